#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set19.py - writes set19.json, a blind labelled set for the lost-and-found matcher.

World: 澄沙镇兴业工业园 (an invented industrial park in the Pearl River Delta) and
下围村, the urban village beside it, in spring (January to early May 2026).
Every object is first drawn as a hidden truth record; the owner's lost report and
the finder's registration are then written separately from it, each choosing its
own words.  Negatives (twin, decoy, before_loss, brand_elsewhere, unclaimed) are
separate records written by the very same finder writer.

Standard library only, one seeded Random, deterministic whatever PYTHONHASHSEED.
"""
import datetime
import json
import math
import re
import os

from random import Random

SEED = 20261219
rng = Random(SEED)
NOW = datetime.datetime(2026, 5, 8, 21, 40)   # hidden "now"; times are minutes before it
MAXMIN = 172800
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'set19.json')


def ch(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


def mins(dt):
    return int((NOW - dt).total_seconds() // 60)


def dt_of(m):
    return NOW - datetime.timedelta(minutes=m)


# ---------------------------------------------------------------- numbers
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return '10X98765432'[sum(int(c) * w for c, w in zip(s17, IDW)) % 11]


def luhn_digit(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def digits(n):
    return ''.join(str(rng.randrange(10)) for _ in range(n))


def make_imei():
    p = '86' + digits(12)
    return p + luhn_digit(p)


def alnum(n, letters='ABCDEFGHJKLMNPQRSTUVWXYZ'):
    pool = letters + '0123456789'
    s = ''
    while True:
        s = ''.join(ch(pool) for _ in range(n))
        if any(c.isalpha() for c in s):
            return s


def phone_no():
    return '1' + ch(['38', '39', '35', '36', '37', '50', '51', '52', '57', '58', '59', '82', '87',
                     '88', '30', '31', '32', '55', '56', '85', '86', '33', '53', '80', '89',
                     '77', '99', '91', '98']) + digits(8)


# ---------------------------------------------------------------- people
PROV = [  # short, name, ID prefixes, speech, weight, printed address tail
    ('川', '四川', ['511321', '510722', '511623', '513030', '511129', '510921'], 'sc', 26,
     ['青杠村', '白鹤村', '石桥村', '桂花村']),
    ('渝', '重庆', ['500236', '500230', '500243'], 'sc', 5, ['龙井村', '双河村']),
    ('豫', '河南', ['411627', '412726', '411522', '410526', '411424'], 'hn', 20,
     ['王营村', '李楼村', '张庄村', '后刘村']),
    ('湘', '湖南', ['430521', '431121', '430626', '433124', '431022'], 'hun', 18,
     ['茶园村', '枫树村', '黄泥村', '大塘村']),
    ('桂', '广西', ['452122', '450821', '452427', '451025', '450923'], 'gx', 13,
     ['那坡屯', '六凤村', '古榄村', '百合村']),
    ('粤', '广东', ['441581', '445221', '441424', '440882'], 'gd', 8, ['上围村', '新塘村']),
    ('黔', '贵州', ['522427', '520221', '522633'], 'gz', 5, ['坪寨村', '大坝村']),
    ('赣', '江西', ['360731', '362323', '360428'], 'jx', 5, ['梅岭村', '樟树村']),
]
SURN = list('王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗高林梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蒋蔡余杜'
            '叶程魏苏吕丁任卢姚沈钟姜谭陆范汪廖石韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺'
            '毛郝顾龚邵万覃蒙莫农')
GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲兰红梅鹏浩宇欣怡婷雪琴亮斌辉鑫佳'
             '俊龙燕飞凤晶玉春海建林波成东嘉思雨晨阳志文彬莉倩露萍翠双金福贵满永凯帅豪婉媛曼蓉荣茂')
GX_SURN = list('韦覃蒙莫农黄陆梁')
GIVEN_F = list('芳娜敏静丽艳娟秀霞桂英玲兰红梅欣怡婷雪琴燕凤晶玉春莉倩露萍翠婉媛曼蓉佳嘉思雨晨小双')
GIVEN_M = list('伟强磊军洋勇杰涛明超平刚华鹏浩宇亮斌辉鑫俊龙飞海建林波成东志文彬金福贵满永凯帅豪荣茂佳嘉思晨阳小')


def person(prov=None, young=True):
    if prov is None:
        tot = sum(p[4] for p in PROV)
        x = rng.randrange(tot)
        for p in PROV:
            x -= p[4]
            if x < 0:
                prov = p
                break
    sur = ch(GX_SURN) if prov[3] == 'gx' and chance(0.5) else ch(SURN)
    male = chance(0.55)
    name = sur + ''.join(ch(GIVEN_M if male else GIVEN_F) for _ in range(1 if chance(0.35) else 2))
    if young:
        birth = datetime.date(rng.randrange(1996, 2007), rng.randrange(1, 13), rng.randrange(1, 29))
    else:
        birth = datetime.date(rng.randrange(1968, 1992), rng.randrange(1, 13), rng.randrange(1, 29))
    n = rng.randrange(1000)
    if (n % 2 == 1) != male:
        n = (n + 1) % 1000
    s17 = ch(prov[2]) + birth.strftime('%Y%m%d') + '%03d' % n
    return dict(name=name, male=male, prov=prov, speech=prov[3], birth=birth,
                age=NOW.year - birth.year, idno=s17 + id_check(s17), phone=phone_no(),
                village=ch(prov[5]))


# ---------------------------------------------------------------- places
LAT0, LON0 = 22.84316, 113.68172


def ll(dx, dy):
    lat = LAT0 + dy / 111320.0
    lon = LON0 + dx / (111320.0 * math.cos(math.radians(LAT0)))
    return lat, lon


PL = {}
PL_ORDER = []


def place(pid, dx, dy, owner, finder, addr, hours, near, roles, acts, far=False):
    PL[pid] = dict(id=pid, xy=(dx, dy), owner=owner, finder=finder, addr=addr, hours=hours,
                   near=near, roles=roles, acts=acts, far=far)
    PL_ORDER.append(pid)


place('hd_gate', 0, 0, ['鸿达门口', '鸿达东门', '厂门口那里', '鸿达电子大门口', '我们厂门口（鸿达）'],
      ['鸿达电子厂东门门岗', '鸿达电子东门闸机旁', '鸿达东门岗亭边'],
      ['澄沙镇兴业大道18号鸿达电子东门', '兴业大道18号（鸿达东门）'],
      [(7, 8.8), (19.2, 20.8), (11.5, 12.8)], ['hd_shuttle', 'hd_canteen'],
      ['guard', 'guard', 'guard', 'worker', 'police'],
      ['下班打卡出来', '过安检的时候', '在门口等人', '交接班出厂'])
place('hd_canteen', 120, 90, ['饭堂', '鸿达食堂', '厂里饭堂', '二楼饭堂'],
      ['鸿达电子二楼饭堂', '鸿达员工食堂打饭窗口', '鸿达食堂餐桌'],
      ['兴业大道18号鸿达电子食堂'], [(11, 13), (17, 18.8), (23.6, 24.6)],
      ['hd_gate', 'hd_line'], ['canteen', 'canteen', 'guard', 'worker'],
      ['吃饭的时候', '打饭排队', '吃宵夜'])
place('hd_line', 200, -40, ['车间', 'C栋车间', '线上', '更衣室', 'SMT车间'],
      ['鸿达电子C栋3楼更衣室', '鸿达C栋SMT车间物料架', 'C栋车间储物柜旁'],
      ['兴业大道18号鸿达电子C栋'], [(7.6, 19.5), (19.6, 31)], ['hd_canteen', 'hd_gate'],
      ['lineleader', 'lineleader', 'worker', 'guard'],
      ['上班换静电衣的时候', '在更衣室换衣服', '上夜班', '开早会'])
place('hd_shuttle', 60, -160, ['等厂车那里', '厂车上', '坐厂车的时候', '厂车站'],
      ['兴业大道鸿达厂车上车点', '鸿达2号厂车车厢内', '鸿达厂车上车点雨棚下'],
      ['兴业大道与兴业二路交叉口'], [(7, 8.4), (19.6, 21)], ['hd_gate', 'bus_hub'],
      ['driver', 'driver', 'guard'], ['坐厂车回宿舍', '等厂车', '坐厂车去二厂'])
place('js_gate', 400, 50, ['锦绣制衣厂门口', '锦绣厂', '制衣厂那边', '锦绣门口'],
      ['锦绣制衣厂门卫室', '兴业大道36号锦绣制衣大门', '锦绣制衣车位区'],
      ['澄沙镇兴业大道36号锦绣制衣'], [(7.5, 8.5), (11.8, 13.4), (17.5, 18.4), (21, 22)],
      ['js_dorm', 'hd_gate'], ['guard', 'guard', 'lineleader', 'worker'],
      ['下班', '加完班出来', '中午出来吃饭', '车衣服的时候'])
place('pr_gate', -300, 350, ['普瑞电子门口', '普瑞厂', '兴业三路那个电子厂'],
      ['普瑞电子门岗', '兴业三路6号普瑞电子大门', '普瑞电子招工报名处'],
      ['兴业三路6号普瑞电子'], [(7, 9), (19, 21), (9, 11)], ['labour', 'hd_dorm'],
      ['guard', 'guard', 'worker'], ['去面试', '下班出来', '排队报名'])
place('hd_dorm', 150, 300, ['宿舍', 'B栋宿舍', '鸿达宿舍', '宿舍楼下', '宿舍洗衣房'],
      ['鸿达员工宿舍B栋一楼洗衣房', '鸿达宿舍B栋3楼走廊', '员工宿舍B栋宿管室门口',
       '鸿达宿舍楼下晾衣区', '鸿达宿舍楼下充电棚'],
      ['兴业二路鸿达员工宿舍B栋', '兴业二路员工宿舍'], [(20.5, 24), (8.5, 11), (12, 14)],
      ['hd_gate', 'pr_gate'], ['dorm', 'dorm', 'dorm', 'worker'],
      ['洗衣服的时候', '在楼下晾衣服', '回宿舍的路上', '在楼下充电'])
place('js_dorm', 500, 380, ['锦绣宿舍', '制衣厂宿舍', '女工宿舍'],
      ['锦绣制衣员工宿舍2栋', '锦绣宿舍一楼大厅', '锦绣宿舍2栋楼梯口'],
      ['兴业四路锦绣员工宿舍'], [(21, 24), (12, 13.5), (8, 10)], ['js_gate'],
      ['dorm', 'dorm', 'worker'], ['回宿舍', '在楼下拿快递', '洗头的时候'])
place('labour', -600, 120, ['劳务市场', '人才市场', '招工市场', '下围那个找工作的地方'],
      ['下围人力资源市场大厅', '人力资源市场招聘摊位区', '人力资源市场门口公告栏'],
      ['下围路88号人力资源市场'], [(8, 12), (13.5, 17)], ['agency', 'pr_gate', 'bball'],
      ['staff', 'staff', 'police', 'jobseeker'],
      ['找工作', '排队面试', '看招工牌子', '登记资料'])
place('agency', -640, 90, ['职介所', '众信中介', '中介那里'],
      ['众信职业介绍所', '下围路12号众信职介店内', '众信职介门口'],
      ['下围路12号'], [(9, 18)], ['labour', 'nm'], ['staff', 'staff', 'jobseeker'],
      ['交中介费', '填表', '等中介带去面试'])
place('nm', -900, -200, ['夜市', '牌坊那边夜市', '下围夜市', '夜市烧烤摊', '牌坊街'],
      ['下围夜市牌坊街', '牌坊街23号烧烤档', '夜市炒粉摊', '牌坊街凉茶铺门口', '夜市奶茶店前',
       '牌坊街麻辣烫档'],
      ['下围村牌坊街', '牌坊街23号'], [(19, 25.5)], ['store', 'police_post', 'cyber'],
      ['stall', 'stall', 'stall', 'police', 'rider'],
      ['吃烧烤', '逛夜市', '买炒粉', '吃麻辣烫', '喝糖水'])
place('wh', 700, -500, ['物流园', '迅通仓库', '3号仓', '仓库'],
      ['迅通物流园3号仓', '迅通物流园装卸月台', '物流园门卫室'],
      ['兴业南路迅通物流园'], [(8, 18), (20, 28)], ['sort'],
      ['warehouse', 'warehouse', 'guard'], ['装车', '拣货', '上夜班'])
place('sort', 850, -420, ['分拣中心', '快递分拣场', '速达分拣'],
      ['速达快递下围分拣中心流水线旁', '分拣中心装卸口', '速达分拣场休息区'],
      ['兴业南路9号速达分拣中心'], [(20, 30)], ['wh'], ['sorter', 'sorter', 'guard'],
      ['分拣', '上夜班扫件', '卸车'])
place('cyber', -760, -60, ['网吧', '极光网吧', '网咖'],
      ['极光网咖前台', '极光网咖32号机位', '网咖吸烟区'],
      ['下围村二巷极光网咖'], [(12, 30)], ['nm', 'police_post'], ['netadmin'],
      ['上网', '打游戏', '包夜'])
place('clinic', -820, 40, ['诊所', '仁心诊所', '村里诊所', '卫生站'],
      ['仁心诊所输液室', '仁心诊所候诊区', '诊所门口台阶'],
      ['下围村三巷仁心诊所'], [(8, 21)], ['police_post', 'rent'], ['nurse'],
      ['打吊针', '看病', '拿药', '带小孩打疫苗'])
place('bus_hub', -100, -450, ['公交总站', '公交车上', '车站', '坐公交的时候'],
      ['兴业园公交总站调度室', 'M217路公交车（末班清车）', '公交总站候车亭'],
      ['兴业南路公交总站'], [(6.5, 22.5)], ['hd_shuttle', 'bike_pt'],
      ['busstaff', 'busdriver'], ['坐M217回来', '等公交', '坐车去镇上'])
place('bike_pt', -60, -400, ['共享电单车那里', '骑共享电单车的时候', '扫码骑车那里'],
      ['公交总站旁共享电单车停放点', '共享电单车车筐内'],
      ['兴业南路公交总站东侧'], [(7, 23)], ['bus_hub'], ['patrol', 'rider'],
      ['骑共享电单车', '还车的时候'])
place('bball', -700, 300, ['篮球场', '村里球场', '下围篮球场'],
      ['下围村篮球场看台', '篮球场边长椅', '篮球场铁丝网边'],
      ['下围村文化广场篮球场'], [(17.5, 22), (14, 18)], ['labour', 'hall'],
      ['worker', 'patrol'], ['打球', '看比赛', '打篮球的时候把东西放场边'])
place('hall', -980, 180, ['同乡会', '老乡会馆', '会馆那里', '老乡会'],
      ['下围村同乡会馆一楼', '同乡会活动室', '会馆门口'],
      ['下围村祠堂路同乡会馆'], [(14, 22)], ['bball', 'rent'], ['hallkeeper'],
      ['老乡聚会', '开会', '打牌', '吃饭'])
place('police_post', -850, -120, ['警务室门口', '警务室那边'],
      ['下围警务室门口', '警务室前台'], ['下围村牌坊街1号警务室'], [(8, 22)],
      ['nm', 'store'], ['police'], ['办居住证', '路过'])
place('rent', -1050, -20, ['出租屋', '五巷那边', '租的房子楼下', '房东楼下'],
      ['下围村五巷8号楼梯间', '五巷8号一楼门口', '五巷出租屋天台'],
      ['下围村五巷8号'], [(7, 24)], ['clinic', 'market'], ['landlord'],
      ['搬家', '回出租屋', '楼下取快递'])
place('store', -880, -160, ['便利店', '惠邻', '小卖部'],
      ['惠邻便利店收银台', '惠邻便利店门口'], ['牌坊街惠邻便利店'], [(7, 26)],
      ['nm', 'police_post'], ['clerk'], ['买水', '充话费', '买烟'])
place('market', -1000, -300, ['菜市场', '市场'], ['下围市场猪肉档旁', '下围菜市场门口'],
      ['下围村市场路'], [(6, 10), (17, 19)], ['rent', 'nm'], ['stall'], ['买菜'])
# far places (only brand_elsewhere and a few ordinary finds)
place('town_bus', 3200, 2100, ['镇汽车站', '汽车站'], ['澄沙汽车客运站候车厅', '汽车站售票处'],
      ['澄沙镇站前路汽车客运站'], [(6, 20)], [], ['busstaff', 'police'], ['坐车回老家'], far=True)
place('town_sq', 2800, 1500, ['文化广场', '镇广场'], ['澄沙文化广场舞台边', '文化广场长椅'],
      ['澄沙镇人民路文化广场'], [(18, 22)], [], ['patrol'], ['散步'], far=True)
place('east', 4500, -1200, ['东岭工业区', '东岭那边'], ['东岭工业区公交站', '东岭工业区宏利厂门岗'],
      ['东岭工业区宏业路'], [(7, 21)], [], ['guard', 'patrol'], ['去朋友厂里'], far=True)
place('mall', 3000, 1800, ['万汇广场', '商场'], ['万汇广场一楼服务台', '万汇广场负一楼超市出口'],
      ['澄沙镇人民路万汇广场'], [(10, 22)], [], ['clerk', 'staff'], ['逛街'], far=True)
place('hosp', 2500, 2600, ['镇医院', '人民医院'], ['澄沙人民医院门诊大厅', '人民医院缴费处'],
      ['澄沙镇健康路人民医院'], [(8, 17)], [], ['staff', 'guard'], ['看病'], far=True)

NEAR_PLACES = [p for p in PL_ORDER if not PL[p]['far']]
FAR_PLACES = [p for p in PL_ORDER if PL[p]['far']]


def dist(a, b):
    (x1, y1), (x2, y2) = PL[a]['xy'], PL[b]['xy']
    return math.hypot(x1 - x2, y1 - y2)


# ---------------------------------------------------------------- colours
COL = {
    'black': ['黑色', '黑', '曜石黑', '亮黑色', '午夜黑', '深黑色', '幻夜黑', '磨砂黑'],
    'white': ['白色', '白', '珍珠白', '米白色', '象牙白', '月光白', '乳白色'],
    'grey': ['灰色', '深灰', '深空灰', '浅灰色', '铁灰色'],
    'silver': ['银色', '银白色', '亮银色', '银'],
    'blue': ['蓝色', '深蓝', '天蓝色', '宝蓝', '冰川蓝', '湖蓝色', '藏青色', '蓝'],
    'green': ['绿色', '墨绿', '军绿色', '薄荷绿', '翠绿', '橄榄绿'],
    'red': ['红色', '大红', '酒红色', '枣红色', '红'],
    'pink': ['粉色', '粉红', '樱花粉', '浅粉色', '粉', '玫红'],
    'purple': ['紫色', '浅紫', '梦幻紫', '薰衣草紫', '紫'],
    'gold': ['金色', '香槟金', '土豪金', '黄金色', '亮金色'],
    'brown': ['棕色', '咖啡色', '褐色', '驼色', '棕'],
    'yellow': ['黄色', '明黄', '柠檬黄', '黄'],
    'orange': ['橙色', '桔色', '橘黄色', '橙'],
}


FANCY = ['曜石黑', '午夜黑', '幻夜黑', '磨砂黑', '珍珠白', '月光白', '象牙白', '深空灰', '冰川蓝', '湖蓝色',
         '梦幻紫', '薰衣草紫', '香槟金', '土豪金', '亮金色', '樱花粉', '亮黑色', '乳白色', '薄荷绿']


def colword(fam, field=False, fancy=False):
    ws = COL[fam]
    if not fancy:
        ws = [w for w in ws if w not in FANCY] or ws
    if field:
        ws = [w for w in ws if len(w) >= 2]
    return ch(ws)


# ---------------------------------------------------------------- kinds
# A brand: (canon, owner spellings, finder spellings, models[(model, owner forms)], colour families)
# A fact: (key, group, owner phrasings, finder phrasings); {x} placeholders come from rec['p'].

def B(canon, o, f, models=None, cols=None):
    return dict(canon=canon, o=o, f=f, models=models or [], cols=cols)


PHONE_BRANDS = [
    B('huawei', ['华为', '华为', 'HUAWEI', 'huawei', '华伟'], ['华为', 'HUAWEI'],
      [('nova 11', ['nova11', 'Nova 11', 'nova 11', '诺瓦11']), ('nova 12', ['nova12', 'Nova12']),
       ('Mate 40', ['mate40', 'Mate40', 'M40']), ('畅享60', ['畅享60', '畅享 60'])],
      ['black', 'white', 'green', 'purple', 'blue']),
    B('honor', ['荣耀', '荣耀', 'honor', 'HONOR', '容耀'], ['荣耀', 'HONOR'],
      [('X50', ['X50', 'x50']), ('荣耀90', ['90', '荣耀90']), ('Play7T', ['play7t', 'Play 7T'])],
      ['black', 'blue', 'green', 'silver']),
    B('oppo', ['OPPO', 'oppo', '欧珀', 'Oppo'], ['OPPO'],
      [('Reno8', ['reno8', 'Reno 8', '瑞诺8']), ('A58', ['A58', 'a58']), ('Reno10', ['reno10', 'Reno 10'])],
      ['black', 'gold', 'blue', 'purple']),
    B('vivo', ['vivo', 'VIVO', 'ViVo', '维沃', 'vivi'], ['vivo'],
      [('Y36', ['Y36', 'y36']), ('S17', ['S17', 's17']), ('iQOO Z7', ['iqoo z7', 'IQOOZ7', '爱酷Z7'])],
      ['black', 'blue', 'gold', 'white']),
    B('xiaomi', ['小米', '红米', 'Redmi', 'redmi', '红米手机'], ['Redmi', '小米（Redmi）', '红米'],
      [('Redmi Note 12', ['note12', 'Note 12', '红米note12']), ('Redmi K60', ['k60', 'K60']),
       ('Redmi 12C', ['12c', '12C'])], ['black', 'blue', 'silver', 'green']),
    B('apple', ['苹果', 'iPhone', 'iphone', '平果', '苹果手机'], ['苹果', 'iPhone（苹果）'],
      [('iPhone 12', ['12', 'iPhone12', '苹果12']), ('iPhone 13', ['13', 'iphone13', '苹果13']),
       ('iPhone 11', ['11', 'iPhone11', '苹果11'])], ['black', 'white', 'blue', 'red', 'purple']),
]
PHONE_FACTS = [
    ('case_clear', 'case', ['透明手机壳', '套了个透明壳', '透明软壳子'], ['透明保护壳', '透明硅胶手机套', '外套透明壳']),
    ('case_xiaoxin', 'case', ['手机壳是蜡笔小新的', '壳子上有蜡笔小新'], ['手机壳印蜡笔小新图案', '卡通手机壳（蜡笔小新）']),
    ('case_matte', 'case', ['黑色磨砂壳', '壳子是黑的磨砂那种'], ['黑色磨砂手机壳', '外套黑色磨砂壳']),
    ('case_lotso', 'case', ['粉色草莓熊手机壳', '壳是草莓熊的'], ['粉色草莓熊图案手机壳', '草莓熊卡通壳']),
    ('case_stand', 'case', ['壳后面带个支架', '有个折叠支架的壳'], ['手机壳背面带支架', '带支架手机壳']),
    ('case_flip', 'case', ['翻盖皮套', '带皮套 翻盖那种'], ['外有翻盖皮套', '翻盖式皮套']),
    ('case_capy', 'case', ['卡皮巴拉的壳', '壳上面一只水豚'], ['手机壳印卡皮巴拉（水豚）', '水豚图案手机壳']),
    ('case_kuromi', 'case', ['库洛米手机壳', '壳子是库洛米'], ['库洛米图案手机壳', '库洛米卡通壳']),
    ('case_card', 'case', ['壳里面夹了张公交卡', '手机壳夹层有张澄沙通'], ['手机壳内夹公交卡一张', '壳内夹有澄沙通卡']),
    ('case_ultra', 'case', ['奥特曼的壳（我儿子选的）', '迪迦奥特曼手机壳'], ['手机壳印奥特曼', '奥特曼图案手机壳']),
    ('scr_tl', 'screen', ['屏幕左上角碎了', '屏左上角有裂痕'], ['屏幕左上角碎裂', '屏幕左上角有裂纹']),
    ('scr_web', 'screen', ['屏幕摔花了像蜘蛛网', '屏碎得很厉害'], ['屏幕呈蛛网状碎裂', '屏幕严重碎裂']),
    ('scr_film', 'screen', ['贴了钢化膜 边边翘起来了', '钢化膜下面有个气泡'], ['贴有钢化膜，膜边缘起翘', '钢化膜有气泡']),
    ('back_scr', 'screen', ['后盖有几道划痕', '背面刮花了'], ['后盖有划痕', '背面有明显刮痕']),
    ('wp_baby', 'wall', ['锁屏是我女儿照片', '屏保是个小孩照片'], ['锁屏壁纸为一小孩照片', '锁屏显示小孩相片']),
    ('wp_cat', 'wall', ['锁屏是只橘猫', '屏保是橘猫'], ['锁屏壁纸为橘色猫', '锁屏是猫的照片']),
    ('wp_sea', 'wall', ['锁屏是海边的照片', '屏保是大海'], ['锁屏为海景图', '锁屏壁纸海边风景']),
    ('wp_naruto', 'wall', ['锁屏是火影的鸣人', '壁纸是鸣人'], ['锁屏为动漫人物（火影忍者）', '锁屏壁纸动漫人物']),
    ('wp_couple', 'wall', ['锁屏是我和我对象合照', '屏保是两个人合照'], ['锁屏为男女合照', '锁屏显示两人合影']),
    ('wp_terrace', 'wall', ['锁屏是老家的梯田', '屏保是我们老家的山'], ['锁屏为梯田山景', '锁屏壁纸梯田风景']),
    ('strap_red', 'strap', ['挂了根红色挂绳', '有条红绳子挂着'], ['挂有红色挂绳', '带红色手机挂绳']),
    ('strap_ring', 'strap', ['背面有个指环扣', '粘了个指环'], ['背面有指环扣', '机背贴指环支架']),
    ('strap_label', 'strap', ['后面贴了个标签写着{line}', '背后贴了张小纸条写{line}'], ['背面贴有标签“{line}”', '机背纸条写“{line}”']),
]
PHONE_HIDDEN = ['密码是{pin}', '解锁图案是个Z字', '手机号{phone}', '微信名叫“{wx}”', '里面有我工资卡的短信',
                '电话卡是移动的', '去年{month}月买的，{price}块', '开了定位的但是没电了', '里面有我崽的好多照片']

ID_KINDS = ['sfz', 'sfz', 'sfz', 'driver', 'sbk', 'jzz', 'jkz', 'badge']
ID_HOLDER = [
    ('h_clear', 'holder', ['套了个透明卡套', '装在透明卡套里'], ['外有透明卡套', '装于透明卡套内']),
    ('h_rubber', 'holder', ['跟饭卡用皮筋绑一起', '和饭卡捆在一起'], ['与饭卡一张用橡皮筋捆扎', '附饭卡一张（皮筋捆扎）']),
    ('h_lanyard', 'holder', ['挂在蓝色挂绳上', '跟厂牌一起挂着的蓝绳子'], ['连同蓝色挂绳', '挂在蓝色挂绳上']),
    ('h_corner', 'holder', ['卡的一个角有点裂', '边上有点磨损'], ['卡片一角有裂痕', '卡面边缘磨损']),
    ('h_pink', 'holder', ['装在粉色卡套里 有个小兔子', '粉色兔子卡套'], ['粉色兔子图案卡套', '外套粉色卡套（兔子）']),
]

WALLET_BRANDS = [
    B('septwolves', ['七匹狼', '7匹狼', 'SEPTWOLVES', '七批狼'], ['七匹狼', 'SEPTWOLVES'], cols=['black', 'brown']),
    B('goldlion', ['金利来', 'goldlion', '金利莱'], ['金利来', 'GOLDLION'], cols=['black', 'brown']),
    B('mexican', ['稻草人', 'MEXICAN稻草人', '稻草人牌'], ['稻草人（MEXICAN）', '稻草人'], cols=['black', 'brown', 'red', 'pink']),
    B('kangaroo', ['袋鼠', 'kangaroo', '袋鼠牌'], ['袋鼠（KANGAROO）', '袋鼠牌'], cols=['black', 'brown', 'blue']),
    B('coach', ['蔻驰', 'coach', 'COACH（高仿的）'], ['印有COACH字样', 'COACH'], cols=['pink', 'brown', 'white', 'black']),
]
BANKS = [('农业银行', '农行'), ('建设银行', '建行'), ('工商银行', '工行'), ('邮政储蓄', '邮政'),
         ('农村信用社', '信用社'), ('中国银行', '中行'), ('招商银行', '招行')]
WALLET_MISC = [
    ('w_fu', 'misc', ['有个平安符 老家庙里求的', '里面有个黄色平安符'], ['内有黄色平安符一个', '夹有护身符一张']),
    ('w_lotto', 'misc', ['有几张彩票', '夹了彩票'], ['内有彩票数张', '彩票若干']),
    ('w_rent', 'misc', ['有张房租收据', '夹着房东开的收据'], ['内有房租收据一张', '收据一张（房租）']),
    ('w_fanka', 'misc', ['饭卡也在里面', '有张鸿达的饭卡'], ['鸿达电子饭卡一张', '内有饭卡一张']),
    ('w_photo', 'misc', ['夹了张我儿子的一寸照', '里面有张小孩照片'], ['内夹小孩一寸照片', '内有儿童照片一张']),
    ('w_worn', 'ext', ['边角都磨白了', '用了好几年 很旧'], ['边角磨损严重', '外皮磨损']),
    ('w_zip', 'ext', ['拉链坏了一半', '拉链拉不上'], ['拉链损坏', '拉链头缺失']),
    ('w_bell', 'ext', ['挂了个小铃铛', '有个铃铛挂件'], ['挂有小铃铛', '带铃铛挂件']),
]

KEY_CHARMS = [
    ('k_bear', 'brown', ['挂了个小熊', '有个棕色小熊挂件'], ['挂小熊玩偶挂件', '带熊仔挂件']),
    ('k_lv', 'brown', ['有个皮的钥匙扣 LV那种（假的）', 'LV钥匙扣'], ['LV字样皮质钥匙扣', '棕色皮钥匙扣']),
    ('k_opener', 'silver', ['有个开瓶器', '串着开瓶器'], ['附开瓶器一个', '带金属开瓶器']),
    ('k_nail', 'silver', ['串着指甲刀', '有把指甲钳'], ['附指甲钳', '带指甲刀一把']),
    ('k_jade', 'green', ['挂了个平安扣', '有个玉的平安扣'], ['挂玉质平安扣', '带绿色平安扣']),
    ('k_greentag', 'green', ['有个绿色塑料牌子', '绿色的钥匙牌'], ['绿色塑料号码牌', '挂绿色钥匙牌']),
    ('k_pika', 'yellow', ['皮卡丘挂件', '挂了个皮卡丘'], ['黄色皮卡丘挂件', '带皮卡丘公仔']),
    ('k_duck', 'yellow', ['小黄鸭挂件', '有只小黄鸭'], ['黄色小鸭挂件', '挂小黄鸭']),
    ('k_lotso', 'pink', ['草莓熊挂件', '粉色草莓熊'], ['粉色草莓熊挂件', '草莓熊公仔挂件']),
    ('k_rabbit', 'pink', ['粉色小兔子挂件', '有个粉兔子'], ['粉色兔子挂件', '带粉兔公仔']),
    ('k_knot', 'red', ['挂了个红色中国结', '有个小中国结'], ['挂红色中国结', '带中国结挂饰']),
    ('k_redrope', 'red', ['用红绳子串着', '红色绳子穿的'], ['以红绳串起', '红绳串钥匙']),
    ('k_case', 'black', ['有个黑色钥匙包', '装在黑皮套里'], ['装于黑色钥匙包内', '黑色皮钥匙包']),
    ('k_bottle', 'black', ['黑色的钥匙扣 可乐瓶形状', '可乐瓶钥匙扣'], ['黑色可乐瓶造型钥匙扣', '可乐瓶形钥匙扣']),
    ('k_dolphin', 'blue', ['蓝色海豚挂件', '有个小海豚'], ['蓝色海豚挂件', '带海豚挂饰']),
    ('k_bluelan', 'blue', ['蓝色挂绳', '挂在一根蓝绳子上'], ['连蓝色挂绳', '蓝色短挂绳']),
]
EBIKE_REMOTE = [B('yadea', ['雅迪', 'yadea', '亚迪'], ['雅迪', 'Yadea']),
                B('aima', ['爱玛', 'AIMA', '艾玛'], ['爱玛', 'AIMA']),
                B('tailg', ['台铃', 'TAILG', '台玲'], ['台铃', 'TAILG'])]

EBIKE_BRANDS = [
    B('yadea', ['雅迪', '雅迪', 'yadea', '亚迪'], ['雅迪', 'Yadea'], [('冠能', ['冠能', '冠能款']), ('DE3', ['DE3'])],
      ['white', 'black', 'blue', 'grey']),
    B('aima', ['爱玛', 'AIMA', '艾玛'], ['爱玛', 'AIMA'], [('小金豆', ['小金豆']), ('麦', ['麦系列'])],
      ['pink', 'white', 'blue', 'green']),
    B('tailg', ['台铃', 'TAILG', '台玲'], ['台铃', 'TAILG'], [('超能版', ['超能版'])], ['black', 'red', 'grey', 'white']),
    B('sunra', ['新日', 'SUNRA', '新曰'], ['新日', 'SUNRA'], [('小龟', ['小龟', '小龟王'])], ['white', 'yellow', 'black']),
    B('niu', ['小牛', 'NIU', '牛牛'], ['小牛', 'NIU'], [('G2', ['G2']), ('U+', ['U+'])], ['white', 'black', 'red']),
    B('luyuan', ['绿源', 'LUYUAN', '绿缘'], ['绿源'], [], ['green', 'white', 'grey']),
    B('xiaodao', ['小刀', '小刀电动车'], ['小刀'], [], ['black', 'blue', 'red']),
]
EBIKE_FACTS = [
    ('e_box', 'rear', ['后面装了个蓝色外卖箱', '后尾箱是蓝的'], ['车尾装蓝色外卖箱', '后置蓝色尾箱']),
    ('e_boxy', 'rear', ['后面有个黄色外卖箱', '装了美团的黄箱子'], ['车尾黄色外卖箱', '后置黄色外卖箱（美团）']),
    ('e_seatkid', 'rear', ['后座装了个小孩座椅', '后面有儿童座椅'], ['后座装儿童座椅', '带儿童后座']),
    ('e_quilt', 'front', ['前面挂了挡风被 格子的', '有个格子挡风被'], ['车前装有格子挡风被', '带格子挡风被']),
    ('e_basket', 'front', ['车筐里有个黄色头盔', '筐里放了黄头盔'], ['车筐内有黄色头盔一个', '前筐放黄色头盔']),
    ('e_mount', 'front', ['装了个手机支架 送外卖用', '车头有手机支架'], ['车把装手机支架', '车头带手机支架']),
    ('e_mirror', 'body', ['左边反光镜断了', '少了一个后视镜'], ['左侧后视镜缺失', '缺左后视镜']),
    ('e_tape', 'body', ['坐垫破了用胶布缠着', '座包烂了贴了黑胶布'], ['坐垫破损缠有胶布', '座垫用黑胶布修补']),
    ('e_peace', 'body', ['车头贴了个“出入平安”', '前面贴着出入平安'], ['车头贴“出入平安”贴纸', '前护板贴“出入平安”']),
    ('e_coat', 'body', ['车把上挂着雨衣', '挂了件雨衣在车把'], ['车把挂雨衣一件', '车把上搭雨衣']),
]
BIKE_BRANDS = [
    B('giant', ['捷安特', 'GIANT', 'giant', '捷安待'], ['捷安特', 'GIANT'], [('ATX', ['ATX', 'atx'])], ['black', 'white', 'blue']),
    B('xds', ['喜德盛', 'XDS', '喜德胜'], ['喜德盛', 'XDS'], [('逐日', ['逐日'])], ['black', 'red', 'grey']),
    B('forever', ['永久', '永久牌'], ['永久'], [], ['black', 'blue', 'green']),
    B('phoenix', ['凤凰', '凤凰牌'], ['凤凰'], [], ['black', 'red', 'pink']),
    B('merida', ['美利达', 'MERIDA', '美丽达'], ['美利达', 'MERIDA'], [('勇士', ['勇士'])], ['black', 'blue', 'grey']),
]
BIKE_FACTS = [
    ('b_basket', 'front', ['前面有个车筐', '装了个铁车筐'], ['车前带车筐', '前装铁车筐']),
    ('b_nobasket', 'front', ['车把缠了黑胶布', '把手套是坏的'], ['车把缠黑胶布', '把套破损']),
    ('b_rack', 'rear', ['后面有货架', '后座是货架'], ['后带货架', '车尾货架']),
    ('b_fender', 'rear', ['后挡泥板掉了', '没有后挡泥板'], ['缺后挡泥板', '后挡泥板缺失']),
    ('b_ulock', 'lock', ['锁了个U型锁', '用的U形锁'], ['车上挂U型锁', '带U形锁']),
    ('b_chain', 'lock', ['锁是那种钢丝锁 绿的', '绿色钢丝锁'], ['绿色钢缆锁', '带绿色钢丝锁']),
    ('b_sticker', 'body', ['车架上贴了个骷髅头贴纸', '贴了骷髅贴纸'], ['车架贴骷髅头贴纸', '骷髅图案贴纸']),
    ('b_bell', 'body', ['铃铛是个小猪的', '有个小猪铃铛'], ['车铃为小猪造型', '小猪车铃']),
]

BAG_KINDS = {
    'backpack': dict(ow=['背包', '双肩包', '书包', '包包', '背囊'], fw=['双肩背包', '背包', '双肩包'],
                     brands=[B('nike', ['耐克', 'NIKE', 'nike', '奈克'], ['NIKE', '耐克']),
                             B('adidas', ['阿迪', 'adidas', '阿迪达斯', '阿迪大师'], ['adidas', '阿迪达斯']),
                             B('anta', ['安踏', 'ANTA'], ['安踏', 'ANTA']),
                             B('lining', ['李宁', 'LI-NING', 'lining'], ['李宁', 'LI-NING']),
                             B('mi', ['小米', '小米的', 'xiaomi'], ['小米', 'MI'])],
                     cols=['black', 'grey', 'blue', 'red', 'white']),
    'cross': dict(ow=['斜挎包', '挎包', '小包', '包'], fw=['斜挎包', '单肩挎包', '女士斜挎包'],
                  brands=[B('coach', ['蔻驰', 'coach'], ['COACH字样', 'COACH']),
                          B('mi', ['小米', 'xiaomi'], ['小米', 'MI'])],
                  cols=['black', 'brown', 'pink', 'white', 'red']),
    'woven': dict(ow=['编织袋', '蛇皮袋', '大袋子', '行李袋'], fw=['编织袋', '红白蓝编织袋', '编织袋（蛇皮袋）'],
                  brands=[], cols=['blue', 'red', 'white']),
    'suitcase': dict(ow=['行李箱', '拉杆箱', '箱子'], fw=['拉杆行李箱', '行李箱'],
                     brands=[B('oiwas', ['爱华仕', 'OIWAS', '爱华士'], ['爱华仕', 'OIWAS'])],
                     cols=['black', 'silver', 'pink', 'blue']),
    'tote': dict(ow=['手提袋', '袋子', '帆布袋'], fw=['帆布手提袋', '手提袋'], brands=[],
                 cols=['white', 'yellow', 'green', 'black']),
}
BAG_FACTS = [
    ('g_uniform', 'c1', ['里面有两件{factory}的工衣', '有厂服 蓝色的'], ['内有蓝色工衣两件（{factory}）', '装有工作服']),
    ('g_pb', 'c1', ['有个白色充电宝', '充电宝在里面'], ['白色充电宝一个', '内有充电宝']),
    ('g_lunch', 'c1', ['有个不锈钢饭盒', '饭盒'], ['不锈钢饭盒一个', '内有饭盒']),
    ('g_book', 'c2', ['有本自考的书 管理学', '管理学的书'], ['《管理学》教材一本', '内有自考教材']),
    ('g_resume', 'c2', ['有几份简历 写的我名字{name}', '简历 名字是{name}'], ['内有简历数份，署名{name}', '简历（{name}）']),
    ('g_medic', 'c2', ['入职体检的单子', '有张体检报告 {name}的'], ['体检报告单一份（{name}）', '入职体检单（{name}）']),
    ('g_drug', 'c2', ['诊所开的药 还有病历本', '一袋药'], ['药品一袋、病历本一本', '内有药品若干']),
    ('g_clothes', 'c3', ['换洗衣服', '几件衣服'], ['衣物若干', '换洗衣服数件']),
    ('g_makeup', 'c3', ['粉色化妆包', '化妆品'], ['粉色化妆包一个', '化妆品若干']),
    ('g_slipper', 'c3', ['一双拖鞋', '拖鞋'], ['拖鞋一双', '内有拖鞋']),
    ('g_doll', 'ext', ['拉链上挂了个玩偶', '挂了个小公仔'], ['拉链挂小玩偶', '挂公仔一个']),
    ('g_rope', 'ext', ['拉链头系了根红绳', '拉链上绑了红绳'], ['拉链头系红绳', '拉链系有红绳']),
    ('g_tape', 'ext', ['底下破了用胶带粘着', '包底用透明胶补过'], ['包底部有胶带修补', '底部贴有胶带']),
]
WOVEN_FACTS = [
    ('v_quilt', 'c1', ['一床被子 还有凉席', '被子和席子'], ['被褥一床、凉席一张', '内有棉被一床']),
    ('v_pot', 'c1', ['电饭锅', '一个小电饭煲'], ['小电饭锅一个', '内有电饭煲']),
    ('v_clothes', 'c2', ['冬天的衣服', '棉衣几件'], ['棉衣若干', '冬季衣物']),
    ('v_spicy', 'c2', ['老家带来的腊肉', '几包辣椒酱 老家带的'], ['腊肉若干', '辣椒酱数瓶']),
    ('v_name', 'ext', ['袋子上用笔写了{name}', '写了名字{name}'], ['袋面写有“{name}”', '袋上手写{name}']),
    ('v_rope', 'ext', ['用绳子捆着', '扎了根尼龙绳'], ['尼龙绳捆扎', '用绳捆扎']),
]

CASH_KINDS = [('envelope', ['信封', '一个信封'], ['信封一个'], ['brown', 'white', 'yellow']),
              ('hongbao', ['红包', '利是'], ['红包一个', '红包封'], ['red']),
              ('bundle', ['一沓钱', '一叠现金'], ['现金一沓', '一叠现金'], []),
              ('plastic', ['塑料袋装的钱', '装在塑料袋里的钱'], ['塑料袋一个（内有现金）'], ['white', 'black'])]
CASH_FACTS = [
    ('c_rentword', 'mark', ['信封上写着“房租”', '写了房租两个字'], ['信封上写“房租”', '封面手写“房租”']),
    ('c_wageword', 'mark', ['上面写着{month}月工资', '写了工资两个字'], ['封面写“{month}月工资”', '写有“工资”字样']),
    ('c_bank', 'mark', ['银行的那种信封 印着{bank}', '{bank}的信封'], ['印有{bank}字样信封', '{bank}信封']),
    ('c_rubber', 'mark', ['用黄色皮筋扎着', '皮筋捆的'], ['用橡皮筋捆扎', '黄色皮筋扎好']),
    ('c_fortune', 'mark', ['红包上印着恭喜发财', '恭喜发财的红包'], ['红包印“恭喜发财”', '“恭喜发财”红包']),
    ('c_clip', 'mark', ['用个黑夹子夹着', '长尾夹夹着'], ['用黑色长尾夹夹着', '长尾夹夹住']),
]

JEWEL_KINDS = {
    'necklace': dict(ow=['金项链', '项链', '链子'], fw=['金属项链', '项链一条', '项链'], cols=['gold'], m='条'),
    'bangle': dict(ow=['手镯', '金手镯', '镯子'], fw=['手镯一只', '手镯'], cols=['gold', 'silver'], m='只'),
    'ring': dict(ow=['戒指', '金戒指', '婚戒'], fw=['戒指一枚', '戒指'], cols=['gold', 'silver'], m='枚'),
    'jade': dict(ow=['玉坠', '玉吊坠', '翡翠吊坠'], fw=['玉石吊坠', '玉坠一个'], cols=['green'], m='个'),
    'bracelet': dict(ow=['转运珠手链', '红绳手链', '手链'], fw=['编绳手链', '手链一条'], cols=['red'], m='条'),
    'earring': dict(ow=['耳环', '耳钉', '一对耳环'], fw=['耳环一对', '耳钉'], cols=['gold', 'silver'], m='对'),
}
JEWEL_BRANDS = [B('ctf', ['周大福', 'CTF', '周大福的', '周大富'], ['周大福', 'CTF']),
                B('lfx', ['老凤祥', '老凤翔'], ['老凤祥']),
                B('css', ['周生生', '周身生'], ['周生生']),
                B('lukfook', ['六福', '六福珠宝'], ['六福']),
                B('cngold', ['中国黄金', '中金'], ['中国黄金'])]
JEWEL_FACTS = [
    ('j_rabbit', 'pend', ['吊坠是个兔子 我属兔', '有个小兔子坠子'], ['带兔子形吊坠', '兔子造型坠']),
    ('j_pixiu', 'pend', ['貔貅吊坠', '有个貔貅'], ['貔貅造型吊坠', '带貔貅']),
    ('j_guanyin', 'pend', ['观音的', '是个观音像'], ['观音造型', '观音像吊坠']),
    ('j_heart', 'pend', ['有个心形的', '爱心形状'], ['心形吊坠', '心形装饰']),
    ('j_ini', 'eng', ['内圈刻了{ini}', '里面刻着{ini}两个字母'], ['内圈刻有“{ini}”字样', '内侧刻“{ini}”']),
    ('j_ping', 'eng', ['刻了个“平安”', '刻的平安两个字'], ['刻“平安”二字', '刻有“平安”']),
    ('j_clasp', 'state', ['扣子有点松 容易掉', '扣是坏的'], ['搭扣损坏', '链扣松脱']),
    ('j_box', 'state', ['装在红色首饰盒里', '红色小盒子装着'], ['装于红色首饰盒内', '红色首饰盒一个']),
    ('j_bag', 'state', ['装在一个小绒布袋里', '绒布袋装着'], ['装于绒布小袋内', '小绒布袋装']),
]
JEWEL_HIDDEN = ['大概{g}克', '发票上写{g}g', '结婚的时候买的', '我妈给我的', '去年{month}月在镇上金店买的',
                '花了{price}多']

ELEC_KINDS = {
    'earbuds': dict(ow=['蓝牙耳机', '耳机', '无线耳机', '耳机盒子'], fw=['蓝牙耳机一副', '无线耳机（含充电盒）', '耳机充电仓'],
                    brands=[B('airpods', ['AirPods', 'airpods', '苹果耳机', '爱疯耳机'], ['AirPods（苹果）', '苹果耳机'],
                              [('AirPods Pro', ['pro', 'Pro', 'AirPods Pro']), ('AirPods 3', ['三代', '3代'])], ['white']),
                            B('freebuds', ['华为耳机', 'FreeBuds', 'freebuds', '华为freebuds'], ['华为 FreeBuds', 'HUAWEI'],
                              [('FreeBuds 5i', ['5i']), ('FreeBuds SE', ['SE'])], ['white', 'black', 'blue']),
                            B('redmibuds', ['小米耳机', 'Redmi Buds', '红米耳机'], ['Redmi', '小米'],
                              [('Redmi Buds 4', ['buds4', 'Buds 4'])], ['white', 'black']),
                            B('edifier', ['漫步者', 'EDIFIER', 'edifier', '漫步着'], ['漫步者', 'EDIFIER'],
                              [('X3', ['X3'])], ['black', 'white', 'pink'])],
                    serial='airsn', m='副'),
    'powerbank': dict(ow=['充电宝', '移动电源', '冲电宝'], fw=['充电宝一个', '移动电源'],
                      brands=[B('mi', ['小米', 'xiaomi', 'MI'], ['小米', 'MI'], [], ['silver', 'white', 'black']),
                              B('romoss', ['罗马仕', 'ROMOSS', '罗马士'], ['罗马仕', 'ROMOSS'], [], ['white', 'black']),
                              B('anker', ['安克', 'Anker', 'anker'], ['Anker', '安克'], [], ['black', 'white', 'blue'])],
                      serial=None, m='个'),
    'tablet': dict(ow=['平板', 'iPad', '平板电脑'], fw=['平板电脑一台', '平板电脑'],
                   brands=[B('ipad', ['iPad', 'ipad', '苹果平板', '爱派'], ['苹果 iPad', 'iPad'], [('iPad 9', ['ipad9', '第九代'])], ['silver', 'grey']),
                           B('matepad', ['华为平板', 'MatePad', 'matepad'], ['HUAWEI', '华为'], [('MatePad 11', ['matepad11', '11寸'])], ['grey', 'white']),
                           B('mipad', ['小米平板', '小米pad'], ['小米', 'MI'], [('小米平板6', ['平板6', '6'])], ['grey', 'blue'])],
                   serial='sn', m='台'),
    'laptop': dict(ow=['笔记本电脑', '笔记本', '电脑'], fw=['笔记本电脑一台', '笔记本电脑'],
                   brands=[B('lenovo', ['联想', 'lenovo', 'Lenovo', '连想'], ['联想', 'Lenovo'],
                             [('小新Pro14', ['小新pro14', '小新']), ('ThinkPad E14', ['thinkpad', 'E14'])], ['grey', 'silver', 'black']),
                           B('matebook', ['华为笔记本', 'MateBook', 'matebook'], ['HUAWEI', '华为'], [('MateBook D14', ['D14', 'd14'])], ['silver', 'grey'])],
                   serial='sn', m='台'),
    'watch': dict(ow=['电话手表', '儿童手表', '小天才手表', '手表'], fw=['儿童电话手表一块', '电话手表', '儿童智能手表'],
                  brands=[B('imoo', ['小天才', 'imoo', '小天财'], ['小天才', 'imoo'], [('Z7', ['Z7', 'z7']), ('Q2', ['Q2'])], ['pink', 'blue', 'purple']),
                          B('hwkids', ['华为儿童手表', '华为手表'], ['华为', 'HUAWEI'], [('4X', ['4X'])], ['pink', 'blue'])],
                  serial='imei', m='块'),
    'band': dict(ow=['手环', '小米手环', '运动手环'], fw=['智能手环一个', '运动手环'],
                 brands=[B('miband', ['小米手环', '小米'], ['小米', 'MI'], [('手环8', ['8代', '手环8'])], ['black', 'pink', 'green']),
                         B('hwband', ['华为手环', '华为'], ['华为', 'HUAWEI'], [('手环8', ['8', '华为手环8'])], ['black', 'pink'])],
                 serial=None, m='个'),
}
ELEC_FACTS = {
    'earbuds': [('eb_cover', 'cover', ['套了个硅胶套 是个小狗', '耳机盒有个小狗套子'], ['充电盒套有小狗造型硅胶套', '耳机仓外套狗狗硅胶套']),
                ('eb_cover2', 'cover', ['外面套了个透明壳', '透明保护套'], ['充电盒外套透明保护壳', '透明耳机套']),
                ('eb_cover3', 'cover', ['套的奶龙的壳', '奶龙耳机套'], ['耳机仓套奶龙图案套', '黄色奶龙耳机套']),
                ('eb_one', 'state', ['右边那只不在里面 只有盒子和左耳', '只剩一只左耳'], ['盒内仅左耳一只', '充电盒内只有左耳']),
                ('eb_scratch', 'state', ['盒子上面刮花了', '盒子有点掉漆'], ['充电盒表面有刮痕', '充电仓掉漆']),
                ('eb_ini', 'state', ['盒子上刻了{ini}', '刻了字母{ini}'], ['充电盒刻“{ini}”', '盒身刻有{ini}'])],
    'powerbank': [('pb_cable', 'cable', ['线还缠在上面', '插着根白线'], ['附数据线一根', '连着充电线']),
                  ('pb_sticker', 'mark', ['贴了个海贼王贴纸', '有路飞的贴纸'], ['贴有海贼王贴纸', '路飞图案贴纸']),
                  ('pb_name', 'mark', ['上面用马克笔写了{name}', '写了名字{name}'], ['机身手写“{name}”', '马克笔写有{name}']),
                  ('pb_dent', 'state', ['一个角摔瘪了', '边上有个凹进去的'], ['一角有磕碰凹陷', '边角凹陷'])],
    'tablet': [('tb_case', 'case', ['套了蓝色的保护套 可以折的', '折叠的皮套'], ['外有折叠保护套', '带折叠皮套']),
               ('tb_crack', 'state', ['屏幕右下角有裂纹', '屏右下角碎了点'], ['屏幕右下角裂纹', '屏右下角有碎痕']),
               ('tb_kid', 'mark', ['背面贴了好多贴纸 小孩贴的', '后面贴满贴纸'], ['背面贴满卡通贴纸', '背面有多张贴纸']),
               ('tb_name', 'mark', ['壳上写了{name}', '保护套里面写了名字'], ['保护套内写“{name}”', '套上写有{name}'])],
    'laptop': [('lp_bag', 'case', ['装在黑色电脑包里', '有个电脑包'], ['装于黑色电脑包内', '连黑色电脑内胆包']),
               ('lp_sticker', 'mark', ['盖子上贴了个NASA贴纸', 'A面贴了贴纸'], ['A面贴“NASA”贴纸', '顶盖有贴纸']),
               ('lp_key', 'state', ['键盘上有个键掉了', 'K键掉了'], ['键盘缺一个键帽', '缺K键帽']),
               ('lp_charger', 'state', ['充电器也在一起', '带着充电器'], ['附电源适配器一个', '连电源适配器'])],
    'watch': [('wt_strap', 'strap', ['表带是{colw}的换过一根', '表带有点脏'], ['表带有污渍', '表带较旧']),
              ('wt_name', 'mark', ['背面贴了个名字贴 {kid}', '背后贴着我儿子名字{kid}'], ['背面贴姓名贴“{kid}”', '表背面有姓名贴：{kid}']),
              ('wt_crack', 'state', ['屏幕有道裂痕', '表盘摔裂了一点'], ['屏幕有裂痕', '表盘有裂纹']),
              ('wt_sticker', 'mark', ['贴了个奥特曼贴纸', '表上有奥特曼贴纸'], ['贴奥特曼贴纸', '奥特曼图案贴纸'])],
    'band': [('bd_strap', 'strap', ['换了个编织的表带', '表带是编织的'], ['编织表带', '尼龙编织带']),
             ('bd_scr', 'state', ['屏幕上有划痕', '屏刮花了'], ['屏幕有划痕', '表面有刮花']),
             ('bd_dirty', 'state', ['带子很旧了 有点发黄', '表带发黄'], ['表带发黄', '带子老旧'])],
}

OTHER_KINDS = {
    'cup': dict(ow=['保温杯', '水杯', '杯子'], fw=['保温杯一个', '不锈钢保温杯'],
                brands=[B('fuguang', ['富光', 'FGA'], ['富光']), B('zojirushi', ['象印', 'ZOJIRUSHI'], ['象印']),
                        B('thermos', ['膳魔师', 'THERMOS', '善魔师'], ['膳魔师', 'THERMOS'])],
                cols=['black', 'pink', 'blue', 'white', 'green'], m='个',
                facts=[('cp_dent', 'state', ['杯底摔瘪了一块', '底下有个凹'], ['杯底有凹陷', '杯底磕瘪']),
                       ('cp_tea', 'state', ['里面有茶叶', '泡了枸杞'], ['内有茶叶', '内有枸杞水']),
                       ('cp_name', 'mark', ['贴了个名字贴{name}', '杯身写了{name}'], ['杯身贴“{name}”', '杯身写有{name}']),
                       ('cp_rope', 'mark', ['有个提绳', '杯盖上有提绳'], ['带提绳', '杯盖带提绳'])]),
    'umbrella': dict(ow=['雨伞', '伞', '太阳伞'], fw=['雨伞一把', '折叠伞', '长柄伞'],
                     brands=[B('paradise', ['天堂伞', '天堂'], ['天堂伞'])],
                     cols=['black', 'blue', 'pink', 'green'], m='把',
                     facts=[('um_broken', 'state', ['有根骨架断了', '伞骨坏了一根'], ['一根伞骨折断', '伞骨损坏']),
                            ('um_dots', 'mark', ['上面有白点点', '波点的'], ['伞面白色波点', '白点图案']),
                            ('um_handle', 'mark', ['伞柄是木头的', '木柄'], ['木质伞柄', '木柄']),
                            ('um_cover', 'mark', ['有个伞套', '装在伞套里'], ['带伞套', '收在伞套中'])]),
    'helmet': dict(ow=['安全帽', '头盔', '帽子'], fw=['安全帽一顶', '安全帽'],
                   brands=[], cols=['yellow', 'white', 'red', 'blue'], m='顶',
                   facts=[('hm_name', 'mark', ['后面写着{name}', '帽子上写了我名字{name}'], ['帽后写“{name}”', '写有{name}']),
                          ('hm_no', 'mark', ['编号{no}', '贴了编号{no}'], ['贴编号“{no}”', '编号{no}']),
                          ('hm_crack', 'state', ['帽檐裂了一点', '前面有条裂'], ['帽檐开裂', '前沿有裂纹'])]),
    'glasses': dict(ow=['眼镜', '近视眼镜', '眼睛'], fw=['近视眼镜一副', '眼镜一副'],
                    brands=[], cols=['black', 'gold', 'silver', 'brown'], m='副',
                    facts=[('gl_case', 'case', ['装在蓝色眼镜盒里', '有个蓝色眼镜盒'], ['装于蓝色眼镜盒内', '带蓝色镜盒']),
                           ('gl_tape', 'state', ['镜腿用胶布缠过', '一边镜腿粘了胶布'], ['镜腿缠胶布', '一侧镜腿有胶布']),
                           ('gl_round', 'mark', ['圆框的', '圆形镜框'], ['圆形镜框', '圆框'])]),
    'ball': dict(ow=['篮球', '球'], fw=['篮球一个', '篮球'],
                 brands=[B('spalding', ['斯伯丁', 'Spalding', '斯波丁'], ['斯伯丁', 'SPALDING']),
                         B('molten', ['摩腾', 'Molten'], ['Molten', '摩腾']),
                         B('lining', ['李宁', 'LI-NING'], ['李宁'])],
                 cols=['orange', 'brown'], m='个',
                 facts=[('bl_name', 'mark', ['球上写了{name}', '用马克笔写了名字{name}'], ['球面手写“{name}”', '写有{name}']),
                        ('bl_flat', 'state', ['有点漏气', '气不太足'], ['气不足', '轻微漏气']),
                        ('bl_bag', 'case', ['装在网兜里', '有个球网袋'], ['装于网兜内', '带球网袋'])]),
    'parcel': dict(ow=['快递', '快递包裹', '件', '包裹'], fw=['快递包裹一件', '快递件'],
                   brands=[], cols=['brown', 'white', 'yellow'], m='件',
                   facts=[('pc_to', 'label', ['收件人{name}', '收件人是{name}'], ['面单收件人{name}', '收件人：{name}']),
                          ('pc_tail', 'label', ['单号尾号{no}', '运单后四位{no}'], ['运单号尾号{no}', '单号后四位{no}']),
                          ('pc_box', 'state', ['纸箱 一尺见方', '纸箱装的'], ['纸箱包装', '瓦楞纸箱']),
                          ('pc_bag', 'state', ['灰色快递袋', '是袋子装的'], ['灰色快递袋包装', '袋装'])]),
    'toolbag': dict(ow=['工具包', '工具袋'], fw=['工具包一个', '帆布工具包'],
                    brands=[B('deli', ['得力', 'deli'], ['得力'])],
                    cols=['black', 'blue', 'grey'], m='个',
                    facts=[('tl_iron', 'c', ['有把电烙铁', '电烙铁在里面'], ['内有电烙铁一把', '电烙铁']),
                           ('tl_meter', 'c', ['万用表', '有个黄色万用表'], ['黄色万用表一个', '内有万用表']),
                           ('tl_tweezer', 'c', ['镊子 剥线钳', '几把镊子'], ['镊子数把', '剥线钳、镊子'])]),
    'foodbox': dict(ow=['外卖箱', '保温箱', '外卖保温箱'], fw=['外卖保温箱一个', '外卖箱'],
                    brands=[B('meituan', ['美团', '美团的'], ['美团']), B('eleme', ['饿了么', '饿了吗'], ['饿了么'])],
                    cols=['yellow', 'blue'], m='个',
                    facts=[('fb_no', 'mark', ['箱子上贴了编号{no}', '编号{no}'], ['箱体编号{no}', '贴编号{no}']),
                           ('fb_crack', 'state', ['盖子裂了', '盖子有裂缝'], ['箱盖开裂', '盖有裂缝']),
                           ('fb_bottle', 'state', ['里面有瓶水', '放了件雨衣'], ['内有矿泉水一瓶', '内有雨衣'])]),
}

FANCY_CATS = ('phone', 'electronics', 'ebike')
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']

ID_WORDS = {
    'sfz': (['身份证', '身份证', 'sfz', '身分证', '二代证'], ['居民身份证', '身份证', '身份证一张']),
    'driver': (['驾驶证', '驾照', '驾证'], ['机动车驾驶证', '驾驶证一本']),
    'sbk': (['社保卡', '医保卡', '社保卡（带银行卡功能的）'], ['社会保障卡', '社保卡一张']),
    'jzz': (['居住证', '广东居住证'], ['广东省居住证', '居住证一张']),
    'jkz': (['健康证', '健康证明'], ['健康证', '从业人员健康证']),
    'badge': (['厂牌', '工牌', '工卡'], ['厂牌一个', '员工工牌', '工作证']),
}


# ---------------------------------------------------------------- records
def mkfact(key, group, o, f, p):
    return dict(key=key, group=group, o=[x.format(**p) for x in o], f=[x.format(**p) for x in f])


def pick_facts(pool, p, n, avoid, must_groups=()):
    """pick up to n facts from distinct groups, skipping keys in avoid."""
    groups = []
    for fk in pool:
        if fk[1] not in groups:
            groups.append(fk[1])
    rng.shuffle(groups)
    out = []
    for g in list(must_groups) + [g for g in groups if g not in must_groups]:
        if len(out) >= n:
            break
        cands = [fk for fk in pool if fk[1] == g and fk[0] not in avoid]
        if not cands:
            continue
        fk = ch(cands)
        out.append(mkfact(fk[0], fk[1], fk[2], fk[3], p))
    return out


def initials():
    return ch('LWZYCHXJSMQT') + ch('LWZYCHXJSMQT')


def base_params(owner):
    return dict(name=owner['name'], phone=owner['phone'], pin=digits(6), wx=ch(['风一样的男子', '小鱼儿', 'A阳光', '平凡人生',
                'Lucky', '追梦人', '安静的美女子', '川妹子', '湘里妹子', '壮乡阿哥']),
                month=ch([3, 5, 7, 8, 9, 10, 11]), price=ch([1299, 1599, 1899, 2199, 2699, 3299, 4599]),
                line=ch(['C3线', 'SMT-2', '7拉', '包装B线', 'QC组']), factory=ch(['鸿达', '锦绣', '普瑞']),
                ini=initials(), no=digits(4), g=ch(['5.2', '8.6', '10.3', '12', '3.8', '15.6', '2.1']),
                kid=ch(['朵朵', '乐乐', '小宝', '豆豆', '浩浩', '欣欣']), bank=ch(['农业银行', '建设银行', '邮储银行']),
                colw=ch(['蓝', '粉', '黑']))


def new_record(cat, owner, kind=None, brand=None, model=None, color=None, avoid=(), like=None):
    """draw a hidden truth record. like= a record whose kind/brand/model/colour to copy (twin)."""
    p = base_params(owner)
    rec = dict(cat=cat, kind=kind, brand=None, model=None, color=color, facts=[], hidden=[], serial=None,
               p=p, owner=owner, printed=True, model_visible=False, amount=None, name=None)
    avoid = list(avoid)
    if cat == 'phone':
        bs = brand or ch(PHONE_BRANDS)
        rec.update(kind='phone', m='部', ow=['手机', '手机', '电话', '手机', '手几'] if chance(0.2) else ['手机'],
                   fw=['手机', '手机一部', '智能手机'], bspec=bs, brand=bs['canon'])
        rec['model'] = model or ch(bs['models'])[0]
        rec['color'] = colpick(color, bs['cols'])
        rec['facts'] = pick_facts(PHONE_FACTS, p, rng.choice([2, 3, 3, 4]), avoid)
        rec['hidden'] = [h.format(**p) for h in rng.sample(PHONE_HIDDEN, 2)]
        imei = make_imei()
        rec['serial'] = dict(t='imei', v=imei, visible=False)
    elif cat == 'id_doc':
        k = kind or ch(ID_KINDS)
        rec['kind'] = k
        rec['m'] = '张' if k not in ('driver',) else '本'
        rec['ow'], rec['fw'] = ID_WORDS[k]
        holder = person() if chance(0.25) and k != 'badge' else owner  # ID of a family member / friend
        rec['holder'] = holder
        rec['name'] = holder['name']
        nf = mkfact('name:' + holder['name'], 'name', ['名字{}'.format(holder['name']), '姓名：{}'.format(holder['name']),
                                                      '上面名字是{}'.format(holder['name'])],
                    ['姓名{}'.format(holder['name']), '证件姓名：{}'.format(holder['name']), '持证人{}'.format(holder['name'])], p)
        rec['facts'] = [nf]
        if k in ('sfz', 'driver', 'sbk', 'jzz'):
            rec['serial'] = dict(t='idno', v=holder['idno'], visible=True)
        if k == 'sfz':
            pv = holder['prov']
            rec['facts'].append(mkfact('addr:' + pv[1], 'addr', ['老家{}的'.format(pv[1]), '地址是{}{}'.format(pv[1], holder['village'])],
                                       ['住址{}省……{}'.format(pv[1], holder['village']) if pv[1] != '重庆' else '住址重庆市……{}'.format(holder['village']),
                                        '户籍地{}'.format(pv[1])], p))
        if k == 'sbk':
            bank = ch(BANKS)
            rec['facts'].append(mkfact('sbkbank:' + bank[0], 'bank', ['{}的社保卡'.format(bank[1]), '是{}发的'.format(bank[1])],
                                       ['{}社保卡'.format(bank[0]), '发卡行{}'.format(bank[0])], p))
        if k == 'badge':
            fac = ch(['鸿达电子', '锦绣制衣', '普瑞电子'])
            wno = {'鸿达电子': 'HD', '锦绣制衣': 'JX', '普瑞电子': 'PR'}[fac] + digits(6)
            rec['facts'].append(mkfact('badge:' + wno, 'no', ['工号{}'.format(wno), '工号是{}'.format(wno.lower())],
                                       ['工号{}'.format(wno), '编号{}'.format(wno)], p))
            rec['facts'].append(mkfact('badgefac:' + fac, 'fac', ['{}的厂牌'.format(fac), '{}的'.format(fac[:2])],
                                       ['{}员工牌'.format(fac), '印有“{}”'.format(fac)], p))
            rec['color'] = colpick(color, ['blue', 'red', 'green'])
        rec['facts'] += pick_facts(ID_HOLDER, p, 1, avoid) if chance(0.6) else []
        if rec['kind'] == 'sfz' and chance(0.3):
            rec['hidden'] = ['去年刚补办的', '有效期到{}年'.format(ch([2030, 2033, 2036, 2041]))]
    elif cat == 'wallet':
        k = kind or ch(['short', 'short', 'long', 'card', 'coin'])
        rec['kind'] = k
        rec['m'] = '个'
        rec['ow'] = {'short': ['钱包', '钱包', '短款钱包', '皮夹', '银包'], 'long': ['长钱包', '钱包', '长款钱包', '手拿包'],
                     'card': ['卡包', '卡套', '小卡包'], 'coin': ['零钱包', '小钱包', '零钱袋']}[k]
        rec['fw'] = {'short': ['钱包', '男士短款钱包', '短款皮夹'], 'long': ['长款钱包', '女士长款钱包'],
                     'card': ['卡包', '卡包一个'], 'coin': ['零钱包', '小零钱包']}[k]
        if brand is not None:
            bs = brand
        else:
            bs = ch(WALLET_BRANDS) if chance(0.6) else None
        rec['bspec'] = bs
        rec['brand'] = bs['canon'] if bs else None
        cols = bs['cols'] if bs else ['black', 'brown', 'red', 'pink', 'blue', 'grey']
        rec['color'] = colpick(color, cols)
        amt = None
        while amt is None or (like and like.get('amount') and abs(amt - like['amount']) < 60):
            amt = rng.choice([rng.randrange(20, 200), rng.randrange(100, 900), rng.randrange(500, 3000)])
        rec['amount'] = amt
        facts = [mkfact('amt:%d' % amt, 'cash', [approx_amount(amt), '现金{}块'.format(amt), '有{}块钱左右'.format(round_amt(amt))],
                        ['现金{}元'.format(amt), '人民币{}元'.format(amt), '内有现金{}元'.format(amt)], p)]
        bank = ch(BANKS)
        tail = digits(4)
        facts.append(mkfact('card:' + tail, 'card', ['{}卡尾号{}'.format(bank[1], tail), '一张{}的卡 后四位{}'.format(bank[1], tail)],
                            ['{}卡一张（尾号{}）'.format(bank[0], tail), '{}银行卡1张，卡号后四位{}'.format(bank[0].replace('银行', ''), tail)], p))
        if chance(0.35):
            facts.append(mkfact('name:' + owner['name'], 'name', ['身份证也在里面 名字{}'.format(owner['name']), '里面有我身份证（{}）'.format(owner['name'])],
                                ['内有{}的身份证'.format(owner['name']), '身份证一张（{}，{}）'.format(owner['name'], mask_id(owner['idno']))], p))
            rec['name'] = owner['name']
        facts += pick_facts(WALLET_MISC, p, rng.choice([1, 2]), avoid)
        rec['facts'] = [f for f in facts if f['key'] not in avoid]
    elif cat == 'keys':
        k = kind or ch(['bunch', 'bunch', 'ebikekey', 'access'])
        rec['kind'] = k
        rec['m'] = '串'
        rec['ow'] = ['钥匙', '钥匙', '钥匙串', '锁匙', '钥匙'] if k != 'ebikekey' else ['电动车钥匙', '车钥匙', '电瓶车钥匙']
        rec['fw'] = ['钥匙一串', '钥匙', '钥匙串'] if k != 'ebikekey' else ['电动车钥匙一把', '电动车遥控钥匙']
        charms = [c for c in KEY_CHARMS if c[0] not in avoid and (color is None or c[1] == color)]
        if not charms:
            charms = [c for c in KEY_CHARMS if c[0] not in avoid]
        c = ch(charms)
        rec['color'] = c[1]
        facts = [mkfact(c[0], 'charm', c[2], c[3], p)]
        n = rng.randrange(2, 7) if k != 'ebikekey' else rng.randrange(1, 3)
        if like and like.get('nkeys') == n:
            n = n + 1
        rec['nkeys'] = n
        facts.append(mkfact('n%d' % n, 'count', ['{}把钥匙'.format(n), '一共{}条钥匙'.format(n)], ['共{}把'.format(n), '钥匙{}把'.format(n)], p))
        if k == 'ebikekey' or chance(0.25):
            if brand is not None:
                bs = brand
            else:
                bs = ch(EBIKE_REMOTE)
            rec['bspec'] = bs
            rec['brand'] = bs['canon']
            facts.append(mkfact('remote', 'remote', ['还有电动车遥控钥匙', '电动车遥控器也在上面'], ['附电动车遥控钥匙', '带电动车遥控器'], p))
        else:
            rec['bspec'] = None
        room = ch(['B栋', 'A栋', '2栋', '五巷8号']) + '%d%02d' % (rng.randrange(1, 8), rng.randrange(1, 20))
        if k == 'access' or chance(0.3):
            facts.append(mkfact('room:' + room, 'tag', ['有个牌子写着{}'.format(room), '钥匙牌上写了{}'.format(room)],
                                ['钥匙牌标注“{}”'.format(room), '挂有号码牌{}'.format(room)], p))
        if k == 'access' or chance(0.2):
            facts.append(mkfact('acc', 'card', ['有张门禁卡', '带了个门禁扣'], ['附门禁卡一张', '带门禁扣'], p))
        rec['facts'] = [f for f in facts if f['key'] not in avoid]
    elif cat in ('ebike', 'bicycle'):
        brands = EBIKE_BRANDS if cat == 'ebike' else BIKE_BRANDS
        bs = brand or ch(brands)
        rec['bspec'] = bs
        rec['brand'] = bs['canon']
        rec['kind'] = cat
        rec['m'] = '辆'
        if cat == 'ebike':
            rec['ow'] = ['电动车', '电瓶车', '电动车', '电驴', '小电驴', '电单车']
            rec['fw'] = ['电动自行车一辆', '电动车', '两轮电动车']
        else:
            rec['ow'] = ['自行车', '单车', '山地车', '脚踏车']
            rec['fw'] = ['自行车一辆', '山地自行车', '自行车']
        rec['model'] = model or (ch(bs['models'])[0] if bs['models'] and chance(0.6) else None)
        rec['color'] = colpick(color, bs['cols'])
        rec['facts'] = pick_facts(EBIKE_FACTS if cat == 'ebike' else BIKE_FACTS, p, rng.choice([2, 2, 3]), avoid)
        if cat == 'ebike':
            plate = ch('ABCDE') + digits(5)
            rec['serial'] = dict(t='plate', v=plate, visible=True)
            rec['frame'] = 'L' + ch(['YD', 'AM', 'TL', 'SR', 'NU']) + digits(4) + ch('ABCDEFGHK') + digits(7)
            rec['hidden'] = rng.sample(['电池是48V的', '电池是新换的', '去年花了{}买的'.format(ch([2380, 2899, 3199, 3580])),
                                        '钥匙还在我身上', '车架号{}'.format(rec['frame']), '锁了龙头锁的'], 2)
        else:
            rec['frame'] = ch(['GA', 'XD', 'YJ', 'FH', 'MD']) + digits(2) + ch('ABCKMX') + digits(5)
            rec['hidden'] = rng.sample(['车架号{}'.format(rec['frame']), '二手买的 300块', '变速是21速的',
                                        '锁了的 钢丝锁'], 1)
    elif cat == 'bag':
        k = kind or ch(['backpack', 'backpack', 'backpack', 'cross', 'cross', 'woven', 'suitcase', 'tote'])
        spec = BAG_KINDS[k]
        rec['kind'] = k
        rec['m'] = '个'
        rec['ow'], rec['fw'] = spec['ow'], spec['fw']
        if brand is not None:
            bs = brand
        else:
            bs = ch(spec['brands']) if spec['brands'] and chance(0.65) else None
        rec['bspec'] = bs
        rec['brand'] = bs['canon'] if bs else None
        rec['color'] = colpick(color, spec['cols'])
        pool = WOVEN_FACTS if k == 'woven' else BAG_FACTS
        rec['facts'] = pick_facts(pool, p, rng.choice([2, 3, 3, 4]), avoid)
    elif cat == 'cash':
        k = kind or ch(['envelope', 'envelope', 'hongbao', 'bundle', 'plastic'])
        spec = [c for c in CASH_KINDS if c[0] == k][0]
        rec['kind'] = k
        rec['m'] = '个'
        rec['ow'], rec['fw'] = spec[1], spec[2]
        rec['color'] = colpick(color, spec[3])
        amt = None
        while amt is None or (like and like.get('amount') and abs(amt - like['amount']) < 150):
            amt = ch([500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3500, 4200, 5000, 6000]) + ch([0, 0, 0, 50, 100, 300])
        rec['amount'] = amt
        hundreds = amt // 100
        facts = [mkfact('amt:%d' % amt, 'amount', ['{}块'.format(amt), '{}元整'.format(amt), '一共{}'.format(amt)],
                        ['现金人民币{}元'.format(amt), '现金{}元（百元{}张{}）'.format(amt, hundreds, '' if amt % 100 == 0 else '，另有零钞'),
                         '经清点共{}元'.format(amt)], p)]
        marks = [m for m in CASH_FACTS if (k == 'hongbao') == (m[0] == 'c_fortune')]
        if k == 'bundle':
            marks = [m for m in CASH_FACTS if m[0] in ('c_rubber', 'c_clip')]
        elif k in ('envelope', 'plastic'):
            marks = [m for m in CASH_FACTS if m[0] not in ('c_fortune',)]
        facts += pick_facts(marks, p, 1, avoid)
        rec['facts'] = [f for f in facts if f['key'] not in avoid]
        rec['hidden'] = [ch(['刚从ATM取的', '是准备交房租的', '要寄回老家给我妈的', '发工资刚取出来', '是老乡凑的钱'])]
    elif cat == 'jewelry':
        k = kind or ch(list(JEWEL_KINDS.keys()))
        spec = JEWEL_KINDS[k]
        rec['kind'] = k
        rec['m'] = spec['m']
        rec['ow'], rec['fw'] = spec['ow'], spec['fw']
        if brand is not None:
            bs = brand
        else:
            bs = ch(JEWEL_BRANDS) if k not in ('bracelet',) and chance(0.6) else None
        rec['bspec'] = bs
        rec['brand'] = bs['canon'] if bs else None
        rec['printed'] = chance(0.5)  # logo on the clasp tag is tiny
        rec['color'] = colpick(color, spec['cols'])
        rec['facts'] = pick_facts(JEWEL_FACTS, p, rng.choice([1, 2, 2]), avoid)
        rec['hidden'] = [h.format(**p) for h in rng.sample(JEWEL_HIDDEN, 2)]
    elif cat == 'electronics':
        k = kind or ch(['earbuds', 'earbuds', 'earbuds', 'powerbank', 'powerbank', 'tablet', 'laptop', 'watch', 'band'])
        spec = ELEC_KINDS[k]
        rec['kind'] = k
        rec['m'] = spec['m']
        rec['ow'], rec['fw'] = spec['ow'], spec['fw']
        bs = brand or ch(spec['brands'])
        rec['bspec'] = bs
        rec['brand'] = bs['canon']
        rec['model'] = model or (ch(bs['models'])[0] if bs['models'] else None)
        rec['model_visible'] = k in ('laptop', 'earbuds')
        rec['color'] = colpick(color, bs['cols'])
        rec['facts'] = pick_facts(ELEC_FACTS[k], p, rng.choice([1, 2, 2, 3]), avoid)
        st = spec['serial']
        if st == 'imei':
            rec['serial'] = dict(t='imei', v=make_imei(), visible=False)
        elif st == 'sn':
            rec['serial'] = dict(t='sn', v=alnum(10) if k == 'laptop' else alnum(12), visible=True)
        elif st == 'airsn':
            rec['serial'] = dict(t='sn', v='H' + alnum(11), visible=chance(0.3))
        if k == 'watch':
            rec['hidden'] = ['手表号码是{}'.format(phone_no()), '绑定了我的手机']
    elif cat == 'other':
        k = kind or ch(list(OTHER_KINDS.keys()))
        spec = OTHER_KINDS[k]
        rec['kind'] = k
        rec['m'] = spec['m']
        rec['ow'], rec['fw'] = spec['ow'], spec['fw']
        if brand is not None:
            bs = brand
        else:
            bs = ch(spec['brands']) if spec['brands'] and chance(0.55 if k != 'foodbox' else 1.0) else None
        rec['bspec'] = bs
        rec['brand'] = bs['canon'] if bs else None
        rec['color'] = colpick(color, spec['cols'])
        if k == 'foodbox' and bs:
            rec['color'] = 'yellow' if bs['canon'] == 'meituan' else 'blue'
        rec['facts'] = pick_facts(spec['facts'], p, rng.choice([1, 2, 2]), avoid)
    if brand is not None and rec.get('bspec') is None and cat not in ('id_doc', 'cash'):
        rec['bspec'] = brand
        rec['brand'] = brand['canon']
    if like is not None:
        # a twin: copy the visible identity, keep the new marks/serial/name/amount
        rec['model'] = like.get('model')
    rec['facts'] = [f for f in rec['facts'] if f['key'] not in avoid]
    if not rec['facts']:
        raise ValueError('no facts')
    return rec


FORCE_COLOR = [False]


def colpick(color, allowed):
    """keep the asked colour family only where this kind comes in it (or where any colour is plausible)."""
    if color and (not allowed or color in allowed or FORCE_COLOR[0]):
        return color
    return ch(allowed) if allowed else None


def round_amt(a):
    if a < 100:
        return (a // 10) * 10
    return (a // 100) * 100


def approx_amount(a):
    if a < 100:
        return '几十块钱'
    r = round_amt(a)
    return ch(['{}多块'.format(r), '{}多'.format(r), '大概{}来块'.format(r)]) if a % 100 else '{}块'.format(a)


def mask_id(v):
    return ch([v[:4] + '*' * 10 + v[-4:], v[:6] + '*' * 8 + v[-4:], v[:3] + '*' * 11 + v[-4:]])


# ---------------------------------------------------------------- serial phrasing
def serial_owner(rec):
    s = rec['serial']
    v = s['v']
    if s['t'] == 'imei':
        form = ch(['full', 'full', 'label', 'group', 'tail', 'tail6'])
        txt = {'full': v, 'label': 'IMEI：' + v, 'group': v[:2] + ' ' + v[2:8] + ' ' + v[8:14] + ' ' + v[14],
               'tail': '串号尾号' + v[-4:], 'tail6': 'imei后六位' + v[-6:]}[form]
        field = {'full': v, 'label': v, 'group': v[:2] + ' ' + v[2:8] + ' ' + v[8:14] + ' ' + v[14],
                 'tail': '尾号' + v[-4:], 'tail6': '后六位' + v[-6:]}[form]
        return txt, field
    if s['t'] == 'idno':
        form = ch(['full', 'full', 'lower', 'group', 'tail'])
        lo = v[:-1] + v[-1].lower()
        txt = {'full': '号码' + v, 'lower': '身份证号' + lo, 'group': v[:6] + ' ' + v[6:14] + ' ' + v[14:],
               'tail': '号码尾号' + v[-4:]}[form]
        field = {'full': v, 'lower': lo, 'group': v[:6] + ' ' + v[6:14] + ' ' + v[14:], 'tail': '尾号' + v[-4:]}[form]
        return txt, field
    if s['t'] == 'plate':
        form = ch(['full', 'short', 'tail', 'full'])
        txt = {'full': '车牌澄沙' + v, 'short': '牌照' + v, 'tail': '车牌尾号' + v[-3:]}[form]
        field = {'full': '澄沙' + v, 'short': v, 'tail': '尾号' + v[-3:]}[form]
        return txt, field
    if s['t'] == 'sn':
        form = ch(['full', 'lower', 'tail'])
        txt = {'full': 'SN码' + v, 'lower': '序列号' + v.lower(), 'tail': '序列号后四位' + v[-4:]}[form]
        field = {'full': v, 'lower': v.lower(), 'tail': '后四位' + v[-4:]}[form]
        return txt, field
    raise ValueError(s['t'])


def serial_finder(rec, police=False):
    s = rec['serial']
    v = s['v']
    if s['t'] == 'imei':
        t = 'IMEI：' + v
        return '（拨*#06#查得' + t + '）', v
    if s['t'] == 'idno':
        form = ch(['mask', 'mask', 'mask6', 'full', 'tail']) if police else ch(['mask', 'mask6', 'tail', 'none'])
        if form == 'none':
            return '', None
        txt = {'mask': v[:4] + '*' * 10 + v[-4:], 'mask6': v[:6] + '*' * 8 + v[-4:], 'full': v, 'tail': '尾号' + v[-4:]}[form]
        return '证号' + txt, txt
    if s['t'] == 'plate':
        t = ch(['澄沙' + v[0] + '·' + v[1:], '澄沙' + v, v[0] + '-' + v[1:]])
        return '号牌' + t, t
    if s['t'] == 'sn':
        return '机身标签SN：' + v, v
    raise ValueError(s['t'])


# ---------------------------------------------------------------- time phrasing
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


def clock_o(dt):
    h, m = dt.hour, dt.minute
    h12 = h if h <= 12 else h - 12
    if m < 15:
        c = '{}点'.format(h12) if chance(0.5) else '{}点多'.format(h12)
    elif m < 40:
        c = ch(['{}点多'.format(h12), '{}点半'.format(h12), '{}点半左右'.format(h12)])
    else:
        c = ch(['快{}点'.format(h12 % 12 + 1), '{}点多'.format(h12)])
    return period(h) + c


def date_o(dt):
    return ch(['{}月{}号'.format(dt.month, dt.day), '{}.{}'.format(dt.month, dt.day), '{}月{}日'.format(dt.month, dt.day),
               '{}号'.format(dt.day)])


def window_owner(lf, lt):
    """(inline phrase usable as 'when', story sentence or None)"""
    a, b = dt_of(lf), dt_of(lt)
    if a.date() == b.date():
        inline = ch(['{}{}到{}之间'.format(date_o(a), clock_o(a), clock_o(b)).replace('左右之间', '之间'), ('{}{}左右'.format(date_o(a), clock_o(a))).replace('左右左右', '左右'),
                     '{}{}到{}'.format(date_o(a), clock_o(a), clock_o(b))])
        story = '{}{}还在，{}发现不见了'.format(date_o(a), clock_o(a), clock_o(b))
    elif (b.date() - a.date()).days == 1:
        inline = '{}{}到第二天{}'.format(date_o(a), clock_o(a), clock_o(b))
        story = '{}{}还在的，第二天{}就没了'.format(date_o(a), clock_o(a), clock_o(b))
    else:
        inline = '{}{}到{}{}'.format(date_o(a), clock_o(a), date_o(b), clock_o(b))
        story = '{}{}最后一次看到，{}{}才发现没了'.format(date_o(a), clock_o(a), date_o(b), clock_o(b))
    return inline, story


def window_ledger(lf, lt):
    a, b = dt_of(lf), dt_of(lt)
    return '{}月{}日{}时{:02d}分至{}月{}日{}时{:02d}分'.format(a.month, a.day, a.hour, a.minute, b.month, b.day, b.hour, b.minute)


def when_finder(fm, ledger):
    d = dt_of(fm)
    if ledger:
        return ch(['{}月{}日{}时许'.format(d.month, d.day, d.hour), '{}月{}日{}时{:02d}分'.format(d.month, d.day, d.hour, d.minute),
                   '{}年{}月{}日{}时许'.format(d.year, d.month, d.day, d.hour)])
    return ch(['{}号{}'.format(d.day, clock_o(d)), '{}月{}号{}'.format(d.month, d.day, clock_o(d)), '{}{}'.format(date_o(d), clock_o(d))])


def season_note(dt, pid):
    d = dt.date()
    if datetime.date(2026, 2, 24) <= d <= datetime.date(2026, 3, 12) and pid in ('labour', 'agency', 'pr_gate', 'bus_hub'):
        return ch(['年后刚过来找工作', '节后刚回来', '刚从老家过来'])
    if datetime.date(2026, 4, 3) <= d <= datetime.date(2026, 4, 6):
        return ch(['清明放假', '清明那几天'])
    if datetime.date(2026, 5, 1) <= d <= datetime.date(2026, 5, 5):
        return ch(['五一放假', '五一那几天'])
    if datetime.date(2026, 3, 1) <= d <= datetime.date(2026, 4, 20) and chance(0.15):
        return ch(['回南天下雨', '那天下大雨'])
    return None


# ---------------------------------------------------------------- voices
SPEECH = {
    'sc': dict(end=['哈', '嘛', '哦', '噻'], plea=['哪个捡到了帮个忙嘛', '麻烦大家帮我看下哈', '捡到的朋友联系我嘛 必有重谢',
                                                  '急惨了', '我真的要哭了'], lost=['搞掉了', '搞丢了', '弄丢了', '丢了'],
               none='莫得'),
    'hn': dict(end=['嘞', '啊', '哩'], plea=['谁捡到了给俺说一声中不中', '恁谁看见了联系俺', '俺可急人', '麻烦大家了'],
               lost=['丢了', '弄丢了', '掉了'], none='没有'),
    'hun': dict(end=['咯', '啰', '哒'], plea=['捡到的老乡帮下忙咯', '蛮急的', '麻烦各位咯', '请好心人联系我'],
                lost=['搞丢了', '丢了', '掉哒'], none='冒得'),
    'gx': dict(end=['嘞', '咯', '哦'], plea=['哪位老表捡到了联系我嘞', '拜托了', '得闲帮我留意下'],
               lost=['丢了', '掉了', '弄不见了'], none='没有'),
    'gd': dict(end=['啊', '呀', '喔'], plea=['唔该大家帮手揾下', '有冇人执到啊', '唔该晒'],
               lost=['唔见咗', '跌咗', '丢咗'], none='冇'),
    'gz': dict(end=['哦', '嘛'], plea=['麻烦好心人', '捡到请联系我哦'], lost=['丢了', '搞丢了'], none='没得'),
    'jx': dict(end=['哦', '啦'], plea=['麻烦大家了', '捡到请联系'], lost=['丢了', '掉了'], none='冇'),
}
EMO = ['[流泪]', '[抱拳]', '[捂脸]', '[哭]', '🙏', '😭', '[可怜]', '']
TYPOS = [('的', '得'), ('在', '再'), ('身份证', '身分证'), ('钥匙', '钥是'), ('钱包', '钱保'), ('联系', '联糸'),
         ('麻烦', '麻繁'), ('已经', '以经'), ('宿舍', '宿设'), ('谢谢', 'xiexie'), ('急', 'ji'), ('耳机', '耳几'),
         ('捡到', '检到'), ('那边', '那遍'), ('发现', '发先'), ('不见', '不jian')]


def typos(s, n):
    for _ in range(n):
        cands = [t for t in TYPOS if t[0] in s]
        if not cands:
            break
        a, b = ch(cands)
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


def brand_o(rec):
    bs = rec.get('bspec')
    return ch(bs['o']) if bs else None


def brand_f(rec):
    bs = rec.get('bspec')
    return ch(bs['f']) if bs else None


def model_o(rec):
    bs = rec.get('bspec')
    if not rec.get('model') or not bs:
        return None
    for m, forms in bs['models']:
        if m == rec['model']:
            return ch(forms + [m])
    return rec['model']


def obj_owner(rec, say_brand, say_model, say_color):
    col = colword(rec['color'], fancy=rec['cat'] in FANCY_CATS) if (say_color and rec.get('color')) else ''
    br = brand_o(rec) if say_brand else ''
    md = model_o(rec) if say_model else ''
    br = br or ''
    md = md or ''
    if br and md and md.lower().startswith(br.lower()):
        br = ''
    kw = ch(rec['ow'])
    if br and (br in kw or kw in br):
        br = ''
    pat = rng.randrange(5)
    if rec['cat'] == 'id_doc':
        return kw
    if pat == 0:
        return '{}{}{}{}'.format(col, br, md, kw)
    if pat == 1 and (br or md):
        return '{}{}{}'.format(br, md, kw) + ('，{}的'.format(col) if col else '')
    if pat == 2 and not kw.startswith('一'):
        return '一{}{}{}{}{}'.format(rec['m'], col + ('的' if col and len(col) > 1 and chance(0.5) else ''), br, md, kw)
    if pat == 3 and (br or md):
        return '{}（{}{}{}）'.format(kw, br, md, ('，' + col) if col else '')
    return '{}{}{}{}'.format(col, br, kw, (' ' + md) if md else '')


def pick_owner_facts(rec, plain=False, force_min=1):
    if plain:
        return []
    fs = list(rec['facts'])
    rng.shuffle(fs)
    n = max(force_min, min(len(fs), rng.choice([1, 1, 2, 2, 3])))
    # names on documents and amounts of cash are always told by the owner
    must = [f for f in fs if f['group'] in ('name', 'amount')]
    rest = [f for f in fs if f not in must]
    return must + rest[:max(0, n - len(must))]


def say(f, side):
    return ch(f['o'] if side == 'o' else f['f'])


# owner-side writers -------------------------------------------------
def write_owner(rep, rec, plain):
    owner = rec['owner']
    sp = SPEECH[owner['speech']]
    pl = PL[rep['place']]
    lf, lt = rep['lost_from_min'], rep['lost_to_min']
    ofacts = rep['_ofacts']
    style = rep['_ostyle']
    say_brand = rec.get('brand') is not None and chance(0.8 if rec['cat'] in ('phone', 'electronics', 'ebike', 'bicycle') else 0.5)
    if plain:
        say_brand = False
    say_model = rec.get('model') is not None and say_brand and chance(0.6)
    say_color = rec.get('color') is not None and (plain or chance(0.85 if rec['cat'] != 'keys' else 0.3))
    if plain and rec.get('color') is None:
        say_color = False
    rep['_said'] = dict(brand=say_brand, model=say_model, color=say_color)
    obj = obj_owner(rec, say_brand, say_model, say_color)
    pvag = ch(pl['owner'])
    act = ch(pl['acts'])
    factsay = [say(f, 'o') for f in ofacts]
    hid = list(rec.get('hidden') or [])
    hidsay = hid[:rng.choice([0, 1, 1, 2])] if not plain else []
    ser = ''
    serfield = None
    if rec.get('serial') and not plain and chance(0.55 if rec['serial']['t'] != 'idno' else 0.7):
        ser, serfield = serial_owner(rec)
    rep['_serfield'] = serfield
    stolen = rec['cat'] in ('ebike', 'bicycle') and chance(0.7)
    lostv = '被偷了' if stolen else ch(sp['lost'])
    win, story = window_owner(lf, lt)
    if chance(0.3):
        win = ''
    else:
        story = None
    season = season_note(dt_of(lf), rep['place'])
    if plain:
        col = colword(rec['color']) if say_color else ''
        kw = ch(rec['ow'])
        return ch(['{}{} {}{}'.format(col, kw, pvag, ch(['丢的', '掉的', '不见了'])),
                   '丢了个{}{} {} 急'.format(col, kw, pvag),
                   '{}，{}{}，{}'.format(pvag, col, kw, ch(['今天丢的', '刚丢', '找不到了'])),
                   '{} {} {}'.format(kw, col, pvag)])
    parts = []
    if style == 'ledger':
        parts.append('报失人{}（{}，{}岁，{}籍）称：'.format(owner['name'], '男' if owner['male'] else '女', owner['age'], owner['prov'][1]))
        parts.append('{}在{}附近遗失{}'.format(window_ledger(lf, lt), ch(pl['addr'] + pl['owner']), obj))
        if '被偷' in lostv:
            parts[-1] = '{}停放于{}的{}被盗'.format(window_ledger(lf, lt), ch(pl['addr'] + pl['owner']), obj)
        body = ''.join(parts) + '。'
        if factsay:
            body += '特征：' + '，'.join(factsay) + '。'
        if ser:
            body += ser + '。'
        if hidsay:
            body += '另称' + '，'.join(hidsay) + '。'
        body += ch(['请协助查找。', '已告知如有消息电话联系。', '联系电话{}。'.format(owner['phone'])])
        return body
    if style == 'proxy':
        who, grp = ch([('我是{}{}的拉长，'.format(ch(['鸿达', '锦绣', '普瑞']), rec['p']['line']), '线上'),
                       ('我是B栋宿管，', '宿舍'), ('帮老乡登记一下，', '老乡里')])
        if story:
            win = story + '，'
        body = who + '我们{}{}（{}）{}在{}{}把{}{}。'.format(grp, ch(['一个小妹', '一个小伙子', '一个员工']),
                                                       owner['name'], win, pvag, (act + '的时候') if chance(0.5) else '', obj, lostv)
        if stolen:
            body = body.replace('把' + obj + lostv, '的' + obj + lostv)
        if factsay:
            body += '，'.join(factsay) + '。'
        if ser:
            body += ser + '。'
        body += ch(['有消息打我电话{}'.format(phone_no()), '麻烦帮忙留意', '她手机不在身上 联系我就行'])
        return body
    if style == 'canto':
        body = '我{}{}{}喺{}{}'.format(ch(['个', '部', '条']) if rec['cat'] in ('phone', 'wallet', 'keys') else '', obj, win, pvag, ch(['唔见咗', '跌咗']))
        if story:
            body = story + '。' + body
        if factsay:
            body += '，' + '，'.join(factsay)
        if ser:
            body += '，' + ser
        body += '。' + ch(['有冇人执到啊？', '唔该大家帮手揾下', '执到嘅请联系我，唔该晒']) + ch(['', ' 电话{}'.format(owner['phone'])])
        return body
    # typed, WeChat/QQ style
    open_ = ch(['', '在吗在吗，', '各位好，', '求助！', '急！！', '有没有人捡到', '麻烦问下，', ''])
    mid = ch([
        '{w}在{p}{a}{l}{o}'.format(w=win, p=pvag, a=(act + '的时候') if chance(0.5) else '', l=lostv, o=obj),
        '我{w}{p}{a}把{o}{l}'.format(w=win, p=pvag, a=('，' + act + '，') if chance(0.5) else '', l=lostv, o=obj),
        '{o}{l}，{w}在{p}'.format(o=obj, l=lostv, w=win, p=pvag),
    ])
    if open_ == '有没有人捡到':
        mid = '{}？{}在{}{}'.format(obj, win, pvag, lostv)
    body = open_ + mid
    if story:
        body += '。' + story
    if season and chance(0.6):
        body = season + '，' + body
    if factsay:
        body += ch(['，', '。', ' ']) + ch(['', '特征：', '认得出来，', '']) + ch(['，', ' ', '，']).join(factsay)
    if ser:
        body += '，' + ser
    if hidsay:
        body += '，' + '，'.join(hidsay)
    body += ch(['', sp['end'][0]]) + '。' + ch(sp['plea'])
    body += ch(['', '', ' 电话{}'.format(owner['phone']), ' vx同号{}'.format(owner['phone']), ' 联系我{}'.format(owner['phone'])])
    body += ch(EMO)
    return typos(body, rng.choice([0, 0, 1, 1, 2]))


# finder-side writers -------------------------------------------------
ROLE = {
    'guard': ('门岗保安', 'ledger'), 'police': ('辅警', 'ledger'), 'patrol': ('巡防队员', 'ledger'),
    'busstaff': ('调度员', 'ledger'), 'staff': ('工作人员', 'ledger'), 'worker': ('员工', 'typed'),
    'lineleader': ('拉长', 'notice'), 'dorm': ('宿管', 'notice'), 'canteen': ('饭堂阿姨', 'typed'),
    'driver': ('厂车司机', 'typed'), 'jobseeker': ('求职人员', 'typed'), 'stall': ('摊主', 'typed'),
    'rider': ('外卖骑手', 'typed'), 'warehouse': ('仓管', 'notice'), 'sorter': ('分拣员', 'typed'),
    'netadmin': ('网管', 'typed'), 'nurse': ('护士', 'notice'), 'busdriver': ('公交司机', 'typed'),
    'hallkeeper': ('会馆管理员', 'notice'), 'landlord': ('房东', 'canto'), 'clerk': ('店员', 'typed'),
}


MEASURE_TAIL = re.compile('一[个部张本串辆副台块条把顶件枚对]$')


def obj_finder(rec, col, br, md):
    kw0 = ch(rec['fw'])
    kw = MEASURE_TAIL.sub('', kw0) or kw0
    if br and br in kw:
        br = None
    pat = rng.randrange(4)
    if rec['cat'] == 'id_doc':
        return kw
    if pat == 0:
        return '{}{}{}{}'.format(col or '', br or '', md or '', kw)
    if pat == 1:
        bits = [x for x in (br, md, col) if x]
        return kw0 + ('（{}）'.format('，'.join(bits)) if bits else '')
    if pat == 2:
        return '{}{}'.format(col or '', kw) + ('，{}{}'.format(ch(['背面有', '印有', '标志为']), br) if br else '') + (' ' + md if md else '')
    return '一{}{}{}{}'.format(rec['m'], col + '的' if col and chance(0.4) else (col or ''), br or '', kw) if not kw.startswith('一') else kw


FINDER_STATE = {
    'phone': ['已关机', '电量低', '屏幕亮起有未接来电', '锁屏状态', '有密码打不开'],
    'ebike': ['电池已被拆走', '车锁已被撬', '停放多日无人认领', '钥匙孔有撬痕'],
    'bicycle': ['锁已被剪断', '停放多日无人认领'],
    'electronics': ['已没电', '可正常开机'],
}


def write_finder(fd, rec, shared, place_id):
    """shared: facts the finder must state (from the owner's stated facts), may be empty for negatives."""
    pl = PL[place_id]
    role = ch(pl['roles'])
    rname, rstyle = ROLE[role]
    fp = person()
    ledger = rstyle == 'ledger'
    fm = fd['found_at_min']
    vis = [f for f in rec['facts']]
    rng.shuffle(vis)
    extra_n = rng.choice([0, 1, 1, 2, 3])
    chosen = list(shared)
    for f in vis:
        if len([c for c in chosen if c not in shared]) >= extra_n:
            break
        if f not in chosen:
            chosen.append(f)
    if not chosen and vis:
        chosen = [vis[0]]
    # documents: the printed name is almost always written down
    for f in rec['facts']:
        if f['group'] == 'name' and rec['cat'] == 'id_doc' and f not in chosen and chance(0.9):
            chosen.insert(0, f)
        if f['group'] == 'amount' and f not in chosen:
            chosen.insert(0, f)
    fd['_ffacts'] = chosen
    col = colword(rec['color'], fancy=rec['cat'] in FANCY_CATS) if rec.get('color') and chance(0.9) else None
    br = brand_f(rec) if rec.get('brand') and rec.get('printed', True) and chance(0.85) else None
    md = None
    if rec.get('model') and br:
        if rec.get('model_visible') and chance(0.6):
            md = rec['model']
        elif chance(0.1):
            md = '看着像' + rec['model']
    fd['_said'] = dict(color=col, brand=br, model=md if md and not md.startswith('看着像') else None)
    obj = obj_finder(rec, col, br, md)
    ftxt = [say(f, 'f') for f in chosen]
    ser = ''
    serfield = None
    s = rec.get('serial')
    if s:
        if s['t'] == 'imei':
            if ledger and chance(0.3):
                ser, serfield = serial_finder(rec, True)
        elif s['t'] == 'plate':
            if chance(0.85):
                ser, serfield = serial_finder(rec, ledger)
            else:
                ser = '号牌已被拆除'
        elif s['visible'] and chance(0.6 if s['t'] != 'idno' else 0.8):
            ser, serfield = serial_finder(rec, ledger)
    if rec['cat'] == 'ebike' and ledger and chance(0.3):
        ser += ('，' if ser else '') + '经查车架号' + rec['frame']
    fd['_serfield'] = serfield
    state = ch(FINDER_STATE.get(rec['cat'], [''])) if chance(0.5) else ''
    where = ch(pl['finder'])
    when = when_finder(fm, ledger)
    if rstyle == 'ledger':
        body = '{}，{}{}在{}拾得{}'.format(when, rname, fp['name'], where, obj)
        if rec['cat'] in ('ebike', 'bicycle'):
            body = '{}，{}{}巡查时发现{}停放{}'.format(when, rname, fp['name'], where, obj)
        body += '，' + '，'.join(ftxt) if ftxt else ''
        if ser:
            body += '，' + ser
        if state:
            body += '，' + state
        body += '。' + ch(['已登记入库，待失主认领。', '现存放于下围警务室。', '已移交警务室。', '请失主携有效证件认领。'])
    elif rstyle == 'notice':
        body = '【失物招领】{}在{}捡到{}'.format(when, where, obj)
        if ftxt:
            body += '，' + '，'.join(ftxt)
        if ser:
            body += '，' + ser
        body += '。' + ch(['请失主到{}认领'.format(ch(['宿管室', '车间办公室', '警务室'])), '失主请带证件来领', '已交警务室'])
        body = ch(['', '{}{}：'.format(rname, fp['name'][0] + ch(['姐', '哥', '师傅']))]) + body
    elif rstyle == 'canto':
        body = '{}喺{}执到{}'.format(when, where, obj)
        if ftxt:
            body += '，' + '，'.join(ftxt)
        if ser:
            body += '，' + ser
        body += '。' + ch(['边个唔见咗嚟搵我', '已经拎去警务室', '失主打我电话'])
    else:
        open_ = ch(['', '', '有人丢东西吗，', '捡到东西了，', '哪个的'])
        body = open_ + ch(['{}在{}捡到{}'.format(when, where, obj), '我{}{}在{}捡到{}{}'.format(when, ch(['', '送单的时候', '下班路上']),
                                                                                 where, '' if obj.startswith('一') else '个', obj)])
        if ftxt:
            body += ch(['，', '。', ' ']) + ch(['，', ' ']).join(ftxt)
        if ser:
            body += '，' + ser
        if state:
            body += '，' + state
        body += '。' + ch(['已经交到警务室了', '放警务室了 失主去领', '在我这 来认领说清楚特征', '交给门卫了', '放前台了'])
        body = typos(body, rng.choice([0, 0, 1]))
    fd['_frole'] = role
    fd['_fstyle'] = rstyle
    fd['_fwhere'] = where
    return body


# ---------------------------------------------------------------- times
def sample_event(pid, cat, days_max=115):
    pl = PL[pid]
    for _ in range(200):
        day = int(rng.triangular(0, days_max, 5))
        h0, h1 = ch(pl['hours'])
        h = rng.uniform(h0, h1)
        base = datetime.datetime(NOW.year, NOW.month, NOW.day) - datetime.timedelta(days=day)
        t = base + datetime.timedelta(minutes=int(h * 60))
        if NOW - t > datetime.timedelta(minutes=90) and mins(t) < MAXMIN - 3000:
            return t
    raise RuntimeError('no event time')


def make_window(t, cat):
    if cat in ('ebike', 'bicycle'):
        a = rng.randrange(30, 720)
        b = rng.randrange(10, 600)
    elif cat in ('cash', 'jewelry', 'id_doc'):
        a = rng.randrange(5, 300)
        b = rng.randrange(10, 1440 if chance(0.3) else 240)
    else:
        a = rng.randrange(0, 150)
        b = rng.randrange(3, 300)
    lf = mins(t - datetime.timedelta(minutes=a))
    lt = max(0, mins(t + datetime.timedelta(minutes=b)))
    lt = min(lt, lf)
    return lf, lt


def found_delay(cat):
    x = rng.random()
    if cat in ('ebike', 'bicycle'):
        return rng.randrange(120, 60 * 24 * 12)
    if x < 0.58:
        return rng.randrange(3, 240)
    if x < 0.85:
        return rng.randrange(240, 60 * 48)
    if x < 0.97:
        return rng.randrange(60 * 48, 60 * 24 * 7)
    return rng.randrange(60 * 24 * 7, 60 * 24 * 18)


def jitter(pid, r_min, r_max):
    dx, dy = PL[pid]['xy']
    ang = rng.uniform(0, 2 * math.pi)
    r = rng.uniform(r_min, r_max)
    lat, lon = ll(dx + r * math.cos(ang), dy + r * math.sin(ang))
    return round(lat, 6), round(lon, 6)


def fits(dt, pid):
    h = dt.hour + dt.minute / 60.0
    for h0, h1 in PL[pid]['hours']:
        if h0 - 0.5 <= h <= h1 + 0.5 or h0 - 0.5 <= h + 24 <= h1 + 0.5:
            return True
    return False


def found_place(pid, cat):
    pl = PL[pid]
    if cat == 'ebike' and chance(0.6):
        return ch([p for p in NEAR_PLACES if p != pid])
    if pid == 'bus_hub' or (pid == 'hd_shuttle' and chance(0.5)):
        return pid
    if pl['near'] and chance(0.35):
        return ch(pl['near'])
    return pid


# ---------------------------------------------------------------- assemble
CAT_PLAN = [  # category, reports, true
    ('phone', 40, 30), ('id_doc', 28, 24), ('wallet', 24, 17), ('keys', 20, 15), ('ebike', 16, 9),
    ('bicycle', 8, 5), ('bag', 22, 17), ('cash', 10, 5), ('jewelry', 10, 6), ('electronics', 22, 16), ('other', 10, 6),
]
PLACE_BY_CAT = {
    'phone': ['nm', 'hd_gate', 'hd_dorm', 'cyber', 'bus_hub', 'hd_shuttle', 'labour', 'bball', 'hd_canteen', 'sort', 'store', 'js_gate'],
    'id_doc': ['labour', 'agency', 'pr_gate', 'hd_gate', 'nm', 'bus_hub', 'clinic', 'cyber', 'police_post', 'store'],
    'wallet': ['nm', 'market', 'store', 'bus_hub', 'labour', 'hd_canteen', 'cyber', 'hd_dorm', 'hall', 'js_gate'],
    'keys': ['hd_dorm', 'js_dorm', 'rent', 'bball', 'nm', 'hd_gate', 'wh', 'market'],
    'ebike': ['hd_dorm', 'js_dorm', 'rent', 'nm', 'hd_gate', 'market', 'cyber', 'sort'],
    'bicycle': ['hd_dorm', 'rent', 'labour', 'js_gate', 'bball'],
    'bag': ['bus_hub', 'labour', 'agency', 'hd_shuttle', 'nm', 'bball', 'clinic', 'cyber', 'hall', 'rent'],
    'cash': ['store', 'nm', 'market', 'rent', 'bus_hub', 'agency', 'hall'],
    'jewelry': ['hd_dorm', 'js_dorm', 'nm', 'clinic', 'hall', 'market', 'hd_line'],
    'electronics': ['hd_shuttle', 'bus_hub', 'bball', 'cyber', 'hd_line', 'sort', 'wh', 'nm', 'clinic', 'hall'],
    'other': ['hd_line', 'wh', 'sort', 'bball', 'bus_hub', 'clinic', 'nm', 'hd_canteen'],
}
KIND_PLACE = {'badge': ['hd_gate', 'hd_canteen', 'hd_line', 'js_gate', 'hd_dorm'],
              'jkz': ['nm', 'market', 'clinic'], 'woven': ['bus_hub', 'labour', 'rent', 'hd_shuttle'],
              'suitcase': ['bus_hub', 'labour', 'agency'], 'watch': ['clinic', 'bball', 'market', 'rent'],
              'helmet': ['hd_line', 'wh', 'sort'], 'foodbox': ['nm', 'store', 'bike_pt'], 'parcel': ['sort', 'wh', 'rent'],
              'toolbag': ['hd_line', 'wh'], 'ball': ['bball'], 'laptop': ['cyber', 'hd_shuttle', 'bus_hub']}
NEG_PLAN = [('twin', 34), ('decoy', 36), ('before_loss', 26), ('brand_elsewhere', 24), ('unclaimed', 30)]
CROSS = [('electronics', 'watch', 'phone', 'electronics'),   # (cat, kind, owner cat, finder cat)
         ('electronics', 'watch', 'electronics', 'phone'),
         ('id_doc', 'badge', 'id_doc', 'other'),
         ('wallet', None, 'wallet', 'id_doc')]

OWNER_STYLES = ['typed'] * 6 + ['ledger'] * 3 + ['proxy', 'canto']


def choose_place(rec):
    k = rec['kind']
    if k in KIND_PLACE:
        return ch(KIND_PLACE[k])
    return ch(PLACE_BY_CAT[rec['cat']])


def fill_fields_owner(rep, rec, form):
    said = rep['_said']
    if not form:
        return
    if said['color'] and rec.get('color') and chance(0.8):
        rep['color'] = colword(rec['color'], field=True, fancy=rec['cat'] in FANCY_CATS)
    if said['brand'] and chance(0.8):
        rep['brand'] = brand_o(rec)
    if said['model'] and chance(0.7):
        rep['model'] = model_o(rec)
    if rep.get('_serfield') and chance(0.8):
        rep['serial'] = rep['_serfield']
    if rep['_ofacts'] and chance(0.5):
        rep['marks'] = '；'.join(say(f, 'o') for f in rep['_ofacts'])
    if chance(0.6):
        rep['address'] = ch(PL[rep['place']]['owner'] + PL[rep['place']]['addr'])
    if chance(0.6):
        rep['lat'], rep['lon'] = jitter(rep['place'], 20, 450)


def fill_fields_found(fd, rec, place_id):
    said = fd['_said']
    if fd['_fstyle'] in ('ledger', 'notice') and chance(0.7):
        if said['color']:
            fd['color'] = colword(rec['color'], field=True, fancy=rec['cat'] in FANCY_CATS)
        if said['brand']:
            fd['brand'] = said['brand']
        if said['model']:
            fd['model'] = said['model']
        if fd.get('_serfield'):
            fd['serial'] = fd['_serfield']
        if fd['_ffacts'] and chance(0.6):
            fd['marks'] = '；'.join(say(f, 'f') for f in fd['_ffacts'])
        if chance(0.7):
            fd['address'] = ch(PL[place_id]['addr'] + [fd['_fwhere']])
        if chance(0.75):
            fd['lat'], fd['lon'] = jitter(place_id, 0, 70)
    elif chance(0.25):
        fd['lat'], fd['lon'] = jitter(place_id, 0, 120)


def main():
    reports = []
    for cat, n, ntrue in CAT_PLAN:
        flags = [True] * ntrue + [False] * (n - ntrue)
        rng.shuffle(flags)
        for t in flags:
            reports.append(dict(category=cat, _true=t))
    # cross-category pairs: mark some true reports
    cross_i = []
    for ccat, ckind, ocat, fcat in CROSS:
        for i, r in enumerate(reports):
            if r['category'] == ccat and r['_true'] and i not in cross_i and '_cross' not in r:
                r['_cross'] = (ckind, ocat, fcat)
                cross_i.append(i)
                break
    # never-found: some are plain rushed ones
    nf = [r for r in reports if not r['_true']]
    for r in nf[::5]:
        r['_plain'] = True
    founds = []
    for rep in reports:
        cat = rep['category']
        owner = person(young=chance(0.85))
        kind = None
        cross = rep.get('_cross')
        if cross:
            kind = cross[0]
        if cross and cross[0] is None and cat == 'wallet':
            # the wallet holds the owner's ID card; the finder files it as a document
            while True:
                rec = new_record(cat, owner)
                if rec.get('name'):
                    break
        else:
            rec = new_record(cat, owner, kind=kind)
        rep['_rec'] = rec
        rep['place'] = choose_place(rec)
        t = sample_event(rep['place'], cat)
        rep['_t'] = t
        rep['lost_from_min'], rep['lost_to_min'] = make_window(t, cat)
        plain = rep.get('_plain', False)
        rep['_ofacts'] = pick_owner_facts(rec, plain=plain)
        rep['_ostyle'] = ch(OWNER_STYLES) if not plain else 'typed'
        if rec['owner']['speech'] == 'gd' and chance(0.6):
            rep['_ostyle'] = 'canto'
        if rep['_ostyle'] == 'canto' and rec['owner']['speech'] != 'gd':
            rep['_ostyle'] = 'typed'
        rep['body'] = write_owner(rep, rec, plain)
        form = (rep['_ostyle'] in ('typed', 'ledger')) and chance(0.55) and not plain
        fill_fields_owner(rep, rec, form)
        if plain and chance(0.3):
            rep['lat'], rep['lon'] = jitter(rep['place'], 50, 500)
        if cross:
            rep['category'] = cross[1]
        if rep['_true']:
            fpid = found_place(rep['place'], cat)
            for _ in range(80):
                d = found_delay(cat)
                ft = t + datetime.timedelta(minutes=d)
                if ft > NOW - datetime.timedelta(minutes=2):
                    ft = t + datetime.timedelta(minutes=rng.randrange(1, max(2, int((NOW - t).total_seconds() // 60) - 1)))
                if fits(ft, fpid):
                    break
            fm = min(mins(ft), rep['lost_from_min'])
            fd = dict(category=cross[2] if cross else cat, found_at_min=fm, _rec=rec, _place=fpid, _label=None, _rep=rep)
            shared = [ch(rep['_ofacts'])] if rep['_ofacts'] else []
            if cross and cat == 'wallet':
                shared = [f for f in rec['facts'] if f['group'] == 'name']
                if shared[0] not in rep['_ofacts']:
                    rep['_ofacts'].append(shared[0])
            fd['body'] = write_finder(fd, rec, shared, fpid)
            fill_fields_found(fd, rec, fpid)
            founds.append(fd)
            rep['_found'] = fd
    # ---- negatives
    never = [r for r in reports if not r['_true'] and not r.get('_plain')]
    plainnf = [r for r in reports if r.get('_plain')]
    trues = [r for r in reports if r['_true'] and not r.get('_cross')]
    negs = []

    def anchor_pool(kind_ok, n_nf, n_true, allow_plain=False):
        a = [r for r in never if kind_ok(r)]
        if allow_plain:
            a += [r for r in plainnf if kind_ok(r)]
        rng.shuffle(a)
        b = [r for r in trues if kind_ok(r)]
        out = []
        for i in range(n_nf):
            out.append(a[i % len(a)] if i < len(a) else ch(a))
        for i in range(n_true):
            out.append(ch(b))
        return out

    rng.shuffle(never)
    rng.shuffle(trues)
    # twins: same kind, brand, model, colour, near place/time; other marks/serial/name/amount
    for rep in anchor_pool(lambda r: True, 22, 12):
        base = rep['_rec']
        owner = person()
        avoid = [f['key'] for f in base['facts']]
        for _ in range(200):
            rec = new_record(base['cat'], owner, kind=base['kind'], brand=base.get('bspec'), model=base.get('model'),
                             color=base.get('color'), avoid=avoid, like=base)
            if rec.get('brand') == base.get('brand') and rec.get('color') == base.get('color'):
                break
        else:
            raise RuntimeError('no twin')
        negs.append(near_neg(rep, rec, 'twin'))
    for rep in anchor_pool(lambda r: True, 22, 14, allow_plain=True):
        base = rep['_rec']
        owner = person()
        avoid = [f['key'] for f in base['facts']]
        rec = decoy_record(base, owner, avoid)
        negs.append(near_neg(rep, rec, 'decoy'))
    for rep in anchor_pool(lambda r: True, 13, 13):
        base = rep['_rec']
        owner = person()
        avoid = [f['key'] for f in base['facts']]
        same = chance(0.6)
        rec = new_record(base['cat'], owner, kind=base['kind'], brand=base.get('bspec') if same else None,
                         model=base.get('model') if same else None, color=base.get('color') if chance(0.7) else None,
                         avoid=avoid)
        pid = rep['place']
        if PL[pid]['near'] and chance(0.4):
            pid = ch(PL[pid]['near'])
        for _ in range(80):
            early = rng.choice([rng.randrange(40, 600), rng.randrange(600, 60 * 24 * 3), rng.randrange(60 * 24 * 3, 60 * 24 * 20)])
            fm = min(MAXMIN, rep['lost_from_min'] + early)
            if fits(dt_of(fm), pid) and fm > rep['lost_from_min']:
                break
        fd = dict(category=rec['cat'], found_at_min=fm, _rec=rec, _place=pid, _label='before_loss', _rep=rep)
        fd['body'] = write_finder(fd, rec, [], pid)
        fill_fields_found(fd, rec, pid)
        negs.append(fd)
    branded = [r for r in reports if r['_rec'].get('bspec') and not r.get('_cross')]
    rng.shuffle(branded)
    for i in range(24):
        rep = branded[i % len(branded)]
        base = rep['_rec']
        owner = person()
        avoid = [f['key'] for f in base['facts']]
        rec = new_record(base['cat'], owner, kind=base['kind'], brand=base['bspec'], avoid=avoid)
        far = ch(FAR_PLACES) if chance(0.7) else ch([p for p in NEAR_PLACES if dist(p, rep['place']) > 1000] or FAR_PLACES)
        after = chance(0.5)
        for _ in range(80):
            days = rng.randrange(5, 40) * 1440 + rng.randrange(0, 1440)
            if rep['lost_to_min'] - days > 0 and after:
                fm = rep['lost_to_min'] - days
            else:
                fm = min(MAXMIN - 10, rep['lost_from_min'] + days)
            if fits(dt_of(fm), far):
                break
        fd = dict(category=base['cat'], found_at_min=fm, _rec=rec, _place=far, _label='brand_elsewhere', _rep=rep)
        fd['body'] = write_finder(fd, rec, [], far)
        fill_fields_found(fd, rec, far)
        negs.append(fd)
    ucats = ['other', 'other', 'keys', 'id_doc', 'bag', 'wallet', 'electronics', 'phone', 'other', 'keys', 'id_doc', 'jewelry',
             'bicycle', 'cash', 'electronics', 'bag']
    for i in range(30):
        cat = ch(ucats)
        owner = person()
        rec = new_record(cat, owner)
        pid = ch(NEAR_PLACES) if chance(0.85) else ch(FAR_PLACES)
        t = sample_event(pid, cat, days_max=118)
        fd = dict(category=cat, found_at_min=mins(t), _rec=rec, _place=pid, _label='unclaimed', _rep=None)
        fd['body'] = write_finder(fd, rec, [], pid)
        fill_fields_found(fd, rec, pid)
        negs.append(fd)
    founds += negs
    # ---- shuffle, key, emit
    rng.shuffle(reports)
    rng.shuffle(founds)
    for i, fd in enumerate(founds):
        fd['key'] = 'S-F%04d' % (i + 1)
    for i, rep in enumerate(reports):
        rep['key'] = 'S-L%04d' % (i + 1)
    out_found = []
    for fd in founds:
        o = dict(key=fd['key'], category=fd['category'], body=fd['body'], found_at_min=fd['found_at_min'])
        for k in ('color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon'):
            if k in fd:
                o[k] = fd[k]
        if fd['_label']:
            o['negative'] = fd['_label']
        out_found.append(o)
    out_lost = []
    for rep in reports:
        o = dict(key=rep['key'], category=rep['category'], body=rep['body'], lost_from_min=rep['lost_from_min'],
                 lost_to_min=rep['lost_to_min'])
        for k in ('color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon'):
            if k in rep:
                o[k] = rep[k]
        o['truth'] = rep['_found']['key'] if rep['_true'] else None
        out_lost.append(o)
    self_check(reports, founds)
    doc = {'seed': SEED, 'made_by': 'tests/lostfound/make_set19.py',
           'parts': {'set19': {'found': out_found, 'lost': out_lost}}}
    with open(OUT, 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print('wrote', OUT, len(out_lost), 'lost,', len(out_found), 'found')


def decoy_record(base, owner, avoid):
    cat = base['cat']
    fam = base.get('color')
    for _ in range(300):
        kind = base['kind'] if chance(0.5) else None
        # brand-made goods come in most colours: after 100 misses let the colour family stand
        FORCE_COLOR[0] = _ > 100 and cat in ('phone', 'electronics', 'ebike', 'bicycle', 'wallet')
        try:
            rec = new_record(cat, owner, kind=kind, color=fam, avoid=avoid)
        except (ValueError, IndexError):
            continue
        finally:
            FORCE_COLOR[0] = False
        other_brand = (rec.get('brand') or '') != (base.get('brand') or '')
        other_kind = rec['kind'] != base['kind']
        if cat == 'id_doc':
            if other_kind:
                return rec
            continue
        # colour family must match; a container/kind with no such colour is allowed late in the search
        if (other_brand or other_kind) and rec.get('color') == fam:
            return rec
        if _ > 150 and other_kind:
            rec['_relaxed'] = True
            return rec
    raise RuntimeError('no decoy for %s/%s' % (cat, base['kind']))


def near_neg(rep, rec, label):
    pid = rep['place']
    if PL[pid]['near'] and chance(0.4):
        pid = ch(PL[pid]['near'])
    lf, lt = rep['lost_from_min'], rep['lost_to_min']
    # found while the window runs or within a couple of days after it
    for _ in range(80):
        lo = max(0, lt - rng.randrange(0, 60 * 48))
        hi = lf
        fm = rng.randrange(min(lo, hi), hi + 1)
        if fits(dt_of(fm), pid):
            break
    fd = dict(category=rec['cat'], found_at_min=fm, _rec=rec, _place=pid, _label=label, _rep=rep)
    fd['body'] = write_finder(fd, rec, [], pid)
    fill_fields_found(fd, rec, pid)
    return fd


def self_check(reports, founds):
    """generator-side honesty checks that need the hidden records."""
    for rep in reports:
        rec = rep['_rec']
        if rep.get('_plain'):
            continue
        assert rep['_ofacts'], rep['body']
        if rep['_true']:
            fd = rep['_found']
            okeys = [f['key'] for f in rep['_ofacts']]
            fkeys = [f['key'] for f in fd['_ffacts']]
            assert any(k in fkeys for k in okeys), (rep['body'], fd['body'])
            assert fd['found_at_min'] <= rep['lost_from_min']
    for fd in founds:
        lab = fd['_label']
        if lab in ('twin', 'decoy', 'before_loss', 'brand_elsewhere'):
            base = fd['_rep']['_rec']
            rec = fd['_rec']
            bkeys = [f['key'] for f in base['facts']]
            assert not any(f['key'] in bkeys for f in rec['facts']), (lab, fd['body'])
            if lab == 'twin':
                assert rec['kind'] == base['kind'] and rec.get('brand') == base.get('brand') and rec.get('color') == base.get('color')
                if base.get('serial') and rec.get('serial'):
                    assert base['serial']['v'] != rec['serial']['v']
                assert base.get('name') is None or base.get('name') != rec.get('name')
                assert base.get('amount') is None or base.get('amount') != rec.get('amount')
            if lab == 'decoy':
                assert rec.get('color') == base.get('color') or (rec.get('_relaxed') and rec['kind'] != base['kind']) \
                    or (rec['cat'] == 'id_doc' and rec['kind'] != base['kind']), (rec['cat'], rec['kind'], base['kind'], rec.get('color'), base.get('color'))
                assert rec['kind'] != base['kind'] or rec.get('brand') != base.get('brand')
            if lab == 'before_loss':
                assert fd['found_at_min'] > fd['_rep']['lost_from_min']
            if lab == 'brand_elsewhere':
                assert rec.get('brand') == base.get('brand') and fd['_place'] != fd['_rep']['place']


if __name__ == '__main__':
    main()
