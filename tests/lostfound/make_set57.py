#!/usr/bin/env python3
"""Write tests/lostfound/set57.json: a blind labelled lost-and-found set.

World: the invented 滨湖大学 in the invented city 江宁府市, graduation season
(late May to early July 2025).  Every person, place, brand, model and number is
invented here.  Each object is first drawn as a hidden truth record; the lost
report (owner's voice, owner's knowledge) and the found registration (finder's
voice, only what can be seen) are then written separately from that record.

Standard library only, one random.Random(SEED); no set or dict is iterated in
an order that depends on hashing, so the output is the same on every run.
"""
import datetime
import json
import math
import os
import random
import sys

SEED = 57057
NN = 57
PFX = 'S57'
R = random.Random(SEED)

N_TRUE = 150
N_LOST_ONLY = 90
N_NEG = {'twin': 22, 'same_category_colour': 24, 'found_before_loss': 22,
         'same_brand_far': 22}
N_UNCLAIMED = 30
N_HURRIED = 30

# registration moment; all times are written as minutes before it
NOW = datetime.datetime(2025, 7, 10, 20, 0)
SEASON0 = datetime.datetime(2025, 5, 24)


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


def sample(seq, k):
    seq = list(seq)
    return R.sample(seq, min(k, len(seq)))


def mins_before(dt):
    return int((NOW - dt).total_seconds() // 60)


# ---------------------------------------------------------------- geography
LAT0, LON0 = 31.6183, 118.9427   # the invented 江宁府市, 湖滨区


def ll(x, y):
    lat = LAT0 + y / 111320.0
    lon = LON0 + x / (111320.0 * math.cos(math.radians(LAT0)))
    return round(lat, 6), round(lon, 6)


def dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


CAMPUS = ['滨湖大学', '滨湖大学', '滨大', '']
ADDR_ROOT = '江宁府市湖滨区学府路88号滨湖大学'

# key: (aliases, english, x, y, spots[(zh,en)], finders, periods, hours, acts)
PLACES = {
    'library': (['图书馆', '图书馆主馆', '图书馆总馆', '图书馆'], 'the library', 0, 0,
                [('三楼南侧自习区', '3F south study area'), ('二楼自习区', '2F study area'),
                 ('一楼大厅', 'the lobby'), ('四楼期刊阅览室', '4F periodicals room'),
                 ('五楼研讨间', 'a 5F group study room'), ('一楼存包柜', 'the lockers on 1F'),
                 ('门口闸机', 'the entrance gates'), ('24小时自习室', 'the 24h study room'),
                 ('三楼饮水机旁边', 'next to the water dispenser on 3F'), ('二楼卫生间洗手台', 'the 2F washroom')],
                ['cleaner', 'librarian', 'student', 'guard'], [('exam', 3), ('all', 4)], (8, 22),
                ['在{s}复习', '在{s}赶毕业论文', '去{s}还书', '在{s}自习', '在{s}坐了一下午']),
    'jx1': (['第一教学楼', '一教', '1教', '一教'], 'Teaching Building 1', -300, -300,
            [('101教室', 'room 101'), ('203教室', 'room 203'), ('305教室', 'room 305'),
             ('一楼走廊', 'the 1F corridor'), ('楼梯口', 'the stairs'), ('东侧卫生间', 'the east washroom')],
            ['cleaner', 'teacher', 'student'], [('exam', 6), ('all', 2)], (8, 21),
            ['在{s}考{exam}', '考完{exam}从{s}出来', '在{s}上最后一节课', '在{s}复习']),
    'jx2': (['第二教学楼', '二教', '2教', '二教'], 'Teaching Building 2', -150, -420,
            [('102教室', 'room 102'), ('208教室', 'room 208'), ('311阶梯教室', 'lecture hall 311'),
             ('二楼走廊长椅', 'the bench in the 2F corridor'), ('一楼大厅', 'the lobby'), ('楼梯间', 'the stairwell')],
            ['cleaner', 'teacher', 'student'], [('exam', 6), ('all', 2)], (8, 21),
            ['在{s}考{exam}', '考完{exam}从{s}出来', '在{s}上自习', '在{s}复习']),
    'jx3': (['第三教学楼', '三教', '3教'], 'Teaching Building 3', 160, -460,
            [('205教室', 'room 205'), ('402教室', 'room 402'), ('一楼自习区', 'the 1F study corner'),
             ('门口台阶', 'the front steps'), ('三楼走廊', 'the 3F corridor')],
            ['cleaner', 'teacher', 'student'], [('exam', 6), ('all', 2)], (8, 21),
            ['在{s}考{exam}', '考完{exam}从{s}出来', '在{s}复习']),
    'renwen': (['人文楼', '文科楼', '人文楼'], 'the Humanities Building', -520, 120,
               [('一楼咖啡角', 'the 1F coffee corner'), ('三楼答辩教室', 'the 3F defence room'),
                ('二楼打印机旁', 'by the 2F printer'), ('门口', 'the entrance')],
               ['cleaner', 'teacher', 'student'], [('all', 3), ('exam', 2)], (8, 21),
               ['在{s}答辩', '在{s}打印材料', '在{s}等导师签字']),
    'canteen1': (['荷风餐厅', '一食堂', '荷风', '一食'], 'Hefeng canteen (No.1)', -420, -620,
                 [('一楼窗口前', 'in front of the 1F counters'), ('二楼靠窗的位置', 'a 2F window seat'),
                  ('餐具回收处', 'the tray return'), ('门口洗手池', 'the sinks by the door'),
                  ('三楼小炒部', 'the 3F stir-fry hall')],
                 ['canteen', 'cleaner', 'student'], [('all', 1)], (7, 20),
                 ['在{s}吃饭', '和室友在{s}吃散伙饭', '去{s}买早饭', '在{s}打饭']),
    'canteen2': (['松涛餐厅', '二食堂', '松涛', '二食'], 'Songtao canteen (No.2)', 520, -200,
                 [('一楼麻辣烫窗口', 'the 1F malatang counter'), ('二楼长桌', 'the long tables on 2F'),
                  ('餐具回收处', 'the tray return'), ('门口', 'the entrance'), ('二楼清真窗口旁', 'next to the 2F halal counter')],
                 ['canteen', 'cleaner', 'student'], [('all', 1)], (7, 20),
                 ['在{s}吃饭', '和同学在{s}吃饭', '去{s}吃午饭', '在{s}吃散伙饭']),
    'canteen3': (['清湖餐厅', '三食堂', '清湖', '三食'], 'Qinghu canteen (No.3)', 300, 620,
                 [('一楼', '1F'), ('二楼自助餐区', 'the 2F buffet area'), ('门口台阶', 'the front steps'),
                  ('一楼饮料机旁', 'next to the 1F drinks machine')],
                 ['canteen', 'cleaner', 'student'], [('all', 1)], (7, 20),
                 ['在{s}吃饭', '去{s}吃夜宵', '在{s}吃饭']),
    'gym': (['体育馆', '综合体育馆', '体育馆', '体育馆主馆'], 'the gym', -700, 420,
            [('羽毛球场边的椅子上', 'the bench by the badminton courts'), ('看台', 'the stands'),
             ('更衣室', 'the changing room'), ('主馆入口', 'the main entrance'), ('篮球场边', 'beside the basketball court')],
            ['gym', 'cleaner', 'student'], [('ceremony', 3), ('all', 3)], (9, 21),
            ['在{s}打羽毛球', '参加毕业典礼，坐在{s}', '在{s}打球', '毕业典礼结束后在{s}']),
    'track': (['田径场', '操场', '东操场', '田径场'], 'the running track', -920, 100,
              [('跑道边', 'the edge of the track'), ('看台台阶上', 'the stand steps'),
               ('足球场草坪', 'the football pitch'), ('主席台下面', 'under the rostrum')],
              ['student', 'guard', 'cleaner'], [('all', 1)], (6, 22),
              ['在{s}夜跑', '在{s}拍毕业照', '在{s}散步', '在{s}踢球']),
    'hospital': (['校医院', '校医院', '校医务室'], 'the campus hospital', 720, -620,
                 [('挂号窗口', 'the registration window'), ('取药处', 'the pharmacy window'),
                  ('输液室', 'the drip room'), ('门诊二楼候诊椅', 'the 2F waiting chairs')],
                 ['nurse', 'cleaner', 'guard'], [('all', 1)], (8, 17),
                 ['去校医院{s}拿药', '在{s}等着看病', '陪同学去{s}']),
    'express': (['快递中心', '校园驿站', '快递柜', '丰驿快递柜'], 'the parcel centre', 620, 520,
                [('取件柜前', 'the lockers'), ('寄件台', 'the sending counter'), ('门口台阶', 'the steps outside'),
                 ('打包台', 'the packing table')],
                ['courier', 'student'], [('moveout', 4), ('all', 2)], (9, 20),
                ['在{s}寄行李', '去{s}取快递', '在{s}打包寄东西']),
    'shuttle': (['校车', '校园巴士', '环线校车', '校车'], 'the campus shuttle', 200, -800,
                [('1路后排', 'the back row of line 1'), ('2路座位下面', 'under a seat on line 2'),
                 ('总站候车亭', 'the terminal shelter'), ('车上', 'on the bus')],
                ['driver', 'student'], [('all', 2), ('moveout', 1)], (7, 21),
                ['坐{s}', '在{s}等车', '坐{s}去南门']),
    'southgate': (['南门', '学校南门', '南大门', '南门'], 'the south gate', 0, -900,
                  [('岗亭旁边', 'by the guard booth'), ('闸机口', 'the turnstiles'), ('门外公交站', 'the bus stop outside'),
                   ('网约车上车点', 'the ride-hailing pickup point'), ('校名石前面', 'in front of the name stone')],
                  ['guard', 'student', 'parent'], [('all', 2), ('moveout', 1), ('photo', 1)], (7, 23),
                  ['在{s}等车', '在{s}拍照', '从{s}出校门', '在{s}等网约车']),
    'eastgate': (['东门', '东校门', '东门'], 'the east gate', 1000, 0,
                 [('岗亭旁', 'by the guard booth'), ('外卖架', 'the takeaway racks'),
                  ('共享单车停放点', 'the shared-bike parking'), ('门口台阶', 'the steps')],
                 ['guard', 'student'], [('all', 1)], (7, 23),
                 ['在{s}拿外卖', '在{s}等人', '从{s}出去']),
    'metro': (['地铁滨湖大学站', '滨湖大学地铁站', '地铁站', '4号线滨湖大学站'], 'Binhu University metro station', 40, -1160,
              [('A口扶梯', 'the escalator at exit A'), ('B口闸机', 'the gates at exit B'),
               ('站厅客服中心旁', 'by the service centre'), ('站台座椅', 'the platform benches'), ('安检口', 'the security check')],
              ['metro', 'student', 'parent'], [('all', 2), ('ceremony', 1), ('moveout', 1)], (7, 22),
              ['在{s}刷卡进站', '在{s}等车', '从{s}出站', '过{s}的时候']),
    'street': (['学府街', '学生街', '东门小吃街', '后街'], 'the student street (学府街)', 1260, 120,
               [('一家奶茶店里', 'a milk-tea shop'), ('打印店', 'the print shop'), ('烧烤摊', 'a barbecue stall'),
                ('水果店门口', 'outside the fruit shop'), ('一家火锅店', 'a hotpot place')],
               ['shop', 'student'], [('all', 1)], (10, 24),
               ['去{s}买东西', '在{s}逛了一圈', '和室友在{s}吃散伙饭', '去{s}打印材料']),
    'meiyuan': (['梅园', '梅园宿舍', '梅园宿舍区', '梅园'], 'the Meiyuan dorms', -820, -520,
                [('{b}栋楼下的行李堆', 'the luggage pile outside building {b}'), ('{b}栋一楼大厅', 'the lobby of building {b}'),
                 ('{b}栋门口', 'the door of building {b}'), ('{b}栋楼道', 'the stairwell of building {b}'),
                 ('自行车棚', 'the bike shed'), ('{b}栋洗衣房', 'the laundry room of building {b}'),
                 ('楼下的跳蚤市场', 'the flea market downstairs')],
                ['dorm', 'cleaner', 'student'], [('moveout', 5), ('all', 2)], (8, 24),
                ['搬宿舍的时候在{s}', '在{s}收拾行李', '在{s}摆摊卖二手', '在{s}']),
    'zhuyuan': (['竹园', '竹园宿舍', '竹园'], 'the Zhuyuan dorms', 820, 820,
                [('{b}栋楼下', 'outside building {b}'), ('{b}栋门口的快递架', 'the parcel shelf at building {b}'),
                 ('自行车棚', 'the bike shed'), ('{b}栋一楼', '1F of building {b}')],
                ['dorm', 'cleaner', 'student'], [('moveout', 4), ('all', 2)], (8, 24),
                ['搬宿舍的时候在{s}', '在{s}收拾行李', '在{s}']),
    'lanyuan': (['兰园', '兰园研究生公寓', '研究生公寓', '兰园'], 'the Lanyuan grad apartments', -220, 920,
                [('{b}座楼下', 'outside block {b}'), ('{b}座电梯里', 'in the lift of block {b}'),
                 ('{b}座大厅', 'the lobby of block {b}'), ('停车棚', 'the scooter shed')],
                ['dorm', 'cleaner', 'student'], [('moveout', 3), ('all', 3)], (8, 24),
                ['搬家的时候在{s}', '在{s}收拾东西', '在{s}']),
    'hall': (['大礼堂', '礼堂', '大礼堂'], 'the auditorium', 120, 260,
             [('前排座位', 'the front rows'), ('后台', 'backstage'), ('门口签到台', 'the sign-in desk'),
              ('二楼看台', 'the balcony'), ('侧门', 'the side door')],
             ['staff', 'cleaner', 'student'], [('ceremony', 5), ('all', 1)], (8, 18),
             ['参加毕业典礼，坐在{s}', '在{s}排练', '毕业典礼结束在{s}', '在{s}等拨穗']),
    'lawn': (['大草坪', '中心草坪', '图书馆前大草坪'], 'the central lawn', 30, -240,
             [('拍照的台阶', 'the photo steps'), ('边上的长椅', 'a bench by the lawn'), ('喷泉旁', 'by the fountain'),
              ('西北角的树荫下', 'the shade at the north-west corner')],
             ['student', 'cleaner', 'guard', 'photographer'], [('photo', 5), ('all', 1)], (7, 19),
             ['在{s}拍毕业照', '和同学在{s}拍照', '穿学士服在{s}拍照']),
    'lake': (['镜湖', '镜湖边', '湖边'], 'Jinghu lake', -420, 520,
             [('长椅上', 'a lakeside bench'), ('小木桥上', 'the little wooden bridge'), ('湖心亭', 'the pavilion'),
              ('柳树下的大石头旁', 'the rock under the willows')],
             ['student', 'cleaner', 'guard'], [('photo', 4), ('all', 2)], (6, 22),
             ['在{s}拍毕业照', '在{s}散步', '在{s}拍照']),
    'motto': (['校训石', '主楼前校训石', '校训石'], 'the motto stone', 60, -700,
              [('旁边的花坛', 'the flower bed beside it'), ('前面台阶', 'the steps in front'), ('后面的树下', 'under the trees behind')],
              ['student', 'guard', 'photographer'], [('photo', 5), ('all', 1)], (7, 19),
              ['在{s}拍毕业照', '排队在{s}拍照']),
    'admin': (['学生服务中心', '一站式服务大厅', '学生服务中心'], 'the student service centre', 360, -60,
              [('办事窗口', 'the service windows'), ('等候区', 'the waiting area'), ('自助打印机旁', 'the self-service printer')],
              ['staff', 'cleaner'], [('moveout', 3), ('all', 2)], (9, 17),
              ['在{s}办离校手续', '在{s}办档案转递', '在{s}打印成绩单']),
}

FAR_PLACES = {
    'station': (['江宁府火车站', '江宁府站', '火车站'], 'Jiangningfu railway station', 14200, 9100,
                [('候车室', 'the waiting hall'), ('出站口', 'the exit'), ('售票厅', 'the ticket hall')]),
    'south_hsr': (['江宁府南站', '高铁南站', '南站'], 'Jiangningfu South HSR station', -3600, -16800,
                  [('二楼候车厅', 'the upstairs waiting hall'), ('地下停车场', 'the car park'), ('进站口', 'the entrance')]),
    'airport': (['江宁府机场T2', '机场T2航站楼', '江宁府机场'], 'Jiangningfu airport T2', 26500, -27800,
                [('到达大厅', 'arrivals'), ('安检口', 'security'), ('行李转盘旁', 'the baggage belt')]),
    'xishan': (['西山公园', '西山森林公园'], 'Xishan park', -22400, 2300,
               [('登山步道', 'the hiking trail'), ('北门停车场', 'the north car park'), ('观景台', 'the viewpoint')]),
    'gulou': (['鼓楼步行街', '老城区步行街', '鼓楼商圈'], 'Gulou pedestrian street', -15200, 6400,
              [('一家奶茶店', 'a milk-tea shop'), ('商场门口', 'a mall entrance'), ('公交站台', 'a bus stop')]),
    'wanhui': (['城东万汇广场', '万汇广场'], 'Wanhui plaza', 12100, -8300,
               [('三楼电影院', 'the 3F cinema'), ('地下美食街', 'the basement food court'), ('一楼服务台', 'the service desk')]),
    'linjiang': (['临江大学城', '临江大学城'], 'Linjiang college town', 3100, 21400,
                 [('地铁站出口', 'the metro exit'), ('共享单车点', 'a shared-bike spot'), ('商业街', 'the shopping street')]),
    'hospital1': (['江宁府市第一人民医院', '市一医院'], 'Jiangningfu No.1 Hospital', -9800, -11200,
                  [('门诊大厅', 'the outpatient hall'), ('住院部电梯', 'the ward lifts'), ('停车场', 'the car park')]),
}

PERIODS = {
    'photo': (datetime.datetime(2025, 5, 24), datetime.datetime(2025, 6, 19)),
    'exam': (datetime.datetime(2025, 6, 14), datetime.datetime(2025, 6, 27)),
    'ceremony': (datetime.datetime(2025, 6, 20), datetime.datetime(2025, 6, 22)),
    'moveout': (datetime.datetime(2025, 6, 23), datetime.datetime(2025, 7, 5)),
    'all': (datetime.datetime(2025, 5, 24), datetime.datetime(2025, 7, 7)),
}
EXAMS = ['高数', '线代', '大学物理', '有机化学', '宏观经济学', '毛概', '数据结构', '概率论', '马原',
         '英语', '材料力学', '电路原理', '信号与系统', '近代史纲要']

# ---------------------------------------------------------------- people
SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙陶黎贺顾毛郝龚邵万严覃戴莫孔向汤柏宁温')
GIVEN = list('涵怡萱诺宇轩泽远曦琪嘉杰博翊汐阳瑶桐哲清行知夏然辰白雪飞昊琳静峰洋强娜悦欣妍睿铭晗煜珂蕾薇晴朗航楠昕岚澄骁砚檀栩霖筱芮菁浩恺凡皓婧')
PY = {}
INTL_FIRST = ['Amani', 'Lucas', 'Sofiya', 'Kwabena', 'Darya', 'Noor', 'Mateus', 'Leyla', 'Tomasz', 'Aiko',
              'Yusuf', 'Elina', 'Ravindu', 'Minh', 'Jonas', 'Farida', 'Omari', 'Ines', 'Bakhyt', 'Priya']
INTL_LAST = ['Okonjo', 'Petrenko', 'Haddadi', 'Silveira', 'Novakova', 'Rahimov', 'Mendesa', 'Tanabe', 'Osei',
             'Karimova', 'Lindqvist', 'Baptiste', 'Suleimenov', 'Nguyen-Tran', 'Fernandes', 'Abdullaev']
COLLEGES = ['计算机学院', '化学化工学院', '外国语学院', '经济管理学院', '土木工程学院', '新闻传播学院',
            '数学科学学院', '生命科学学院', '法学院', '建筑学院', '环境学院', '物理学院', '医学院',
            '艺术学院', '机械工程学院']
USED_NAMES = set()
USED_SERIALS = set()


def cn_name():
    while True:
        n = pick(SURN) + ''.join(pick(GIVEN) for _ in range(1 if chance(0.3) else 2))
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def intl_name():
    while True:
        n = pick(INTL_FIRST) + ' ' + pick(INTL_LAST)
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def uniq(fn):
    while True:
        v = fn()
        if v not in USED_SERIALS:
            USED_SERIALS.add(v)
            return v


def digits(n):
    return ''.join(str(R.randrange(10)) for _ in range(n))


def luhn_check(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def make_imei():
    body = pick(['86', '35']) + digits(12)
    return body + luhn_check(body)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
PROV = ['32', '33', '34', '36', '37', '41', '42', '43', '35', '51', '13', '14', '22', '45', '61', '53']


def make_id(year0, year1):
    d = datetime.date(year0, 1, 1) + datetime.timedelta(days=R.randrange((year1 - year0 + 1) * 365))
    body = pick(PROV) + '%02d%02d' % (R.randrange(1, 30), R.randrange(1, 28)) + d.strftime('%Y%m%d') + '%03d' % R.randrange(1, 1000)
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    return body + '10X98765432'[s % 11]


def make_person(p=None):
    if p is None:
        p = wpick([('ug', 58), ('grad', 13), ('intl', 8), ('parent', 9), ('teacher', 6), ('worker', 6)])
    d = {'p': p}
    ci = R.randrange(len(COLLEGES))
    d['college'] = COLLEGES[ci]
    d['ccode'] = ci + 1
    if p == 'intl':
        d['name'] = intl_name()
        d['lang'] = 'en' if chance(0.55) else 'mix'
        d['sno'] = uniq(lambda: 'LX2021' + '%04d' % R.randrange(1, 9999))
        d['birth'] = (1997, 2003)
    else:
        d['name'] = cn_name()
        d['lang'] = 'zh'
        if p == 'ug':
            d['sno'] = uniq(lambda: '2021' + '%02d' % (ci + 1) + '%04d' % R.randrange(1, 9999))
            d['birth'] = (2001, 2004)
        elif p == 'grad':
            d['sno'] = uniq(lambda: pick(['MG22', 'MG23', 'DB21']) + '%02d' % (ci + 1) + '%03d' % R.randrange(1, 999))
            d['birth'] = (1996, 2001)
        elif p == 'parent':
            d['birth'] = (1966, 1979)
            d['child'] = pick(['儿子', '女儿', '孩子', '闺女'])
        elif p == 'teacher':
            d['staff'] = uniq(lambda: '%d%04d' % (R.randrange(2005, 2023), R.randrange(1, 9999)))
            d['birth'] = (1972, 1992)
        else:
            d['staff'] = uniq(lambda: 'HQ' + '%05d' % R.randrange(1, 99999))
            d['birth'] = (1968, 1988)
            d['job'] = pick(['canteen', 'cleaner', 'dorm'])
    d['py'] = ''.join(pick('abcdefghjklmnpqrstwxyz') for _ in range(2)).upper()
    return d


# ---------------------------------------------------------------- colours and brands
COLORS = {
    'black': (['黑色', '黑色', '黑的'], ['深色', '哑光黑', '曜石黑', '纯黑', '亮黑色', '暗夜黑'], 'black'),
    'white': (['白色', '白的'], ['米白色', '奶白色', '珍珠白', '象牙白', '白'], 'white'),
    'grey': (['灰色', '灰的'], ['深空灰', '银灰色', '太空灰', '浅灰色', '烟灰色', '深灰'], 'grey'),
    'silver': (['银色', '银的'], ['银白色', '亮银色', '月光银'], 'silver'),
    'blue': (['蓝色', '蓝的'], ['深蓝色', '藏青色', '雾霾蓝', '天蓝色', '宝蓝色', '湖蓝'], 'blue'),
    'red': (['红色', '红的'], ['酒红色', '大红色', '枣红色'], 'red'),
    'pink': (['粉色', '粉的'], ['樱花粉', '浅粉色', '粉红色', '藕粉色'], 'pink'),
    'green': (['绿色', '绿的'], ['墨绿色', '薄荷绿', '军绿色', '橄榄绿'], 'green'),
    'purple': (['紫色', '紫的'], ['浅紫色', '薰衣草紫', '香芋紫'], 'purple'),
    'yellow': (['黄色', '黄的'], ['柠檬黄', '鹅黄色', '明黄色'], 'yellow'),
    'brown': (['棕色', '棕的'], ['咖啡色', '驼色', '焦糖色', '卡其色'], 'brown'),
    'gold': (['金色', '金的'], ['香槟金', '玫瑰金', '土豪金'], 'gold'),
    'orange': (['橙色', '橘色'], ['橘黄色', '亮橙色'], 'orange'),
}
CONFUSE = {'black': ['深灰', '深蓝色'], 'grey': ['黑色', '银色'], 'silver': ['灰色', '白色'], 'white': ['银白色', '米色'],
           'blue': ['黑色', '深紫色'], 'pink': ['玫瑰金', '浅红色'], 'gold': ['黄色', '浅粉色'], 'brown': ['深红色', '橙色'],
           'purple': ['蓝色', '粉色'], 'green': ['灰绿色', '深蓝色'], 'red': ['粉色', '橙色'], 'yellow': ['金色'],
           'orange': ['红色', '黄色']}


def cword(c, who='o'):
    base, fancy, en = COLORS[c]
    if who == 'en':
        return en
    if who == 'f':
        if chance(0.06):
            return pick(CONFUSE[c])
        return pick(base) if chance(0.78) else pick(fancy)
    return pick(base) if chance(0.5) else pick(fancy)


def B(cn, en, py, typo, models):
    return {'cn': cn, 'en': en, 'py': py, 'typo': typo, 'models': models}


BR = {
    'phone': [B('华曜', 'HUAYAO', 'huayao', ['华耀', '花曜'], ['H60 Pro', 'H60', '曜影 M12', 'Aurora 7']),
              B('米拓', 'MITUO', 'mituo', ['米托'], ['Mi-T 14', 'Mi-T 13 Ultra', 'Redo K70']),
              B('欧辰', 'OCHEN', 'ouchen', ['欧晨'], ['Find Q5', 'Reno S11', 'A3x']),
              B('维朗', 'VEILANG', 'weilang', ['维郎', '微朗'], ['V30e', 'X100 Lite', 'S19']),
              B('星澜', 'STARLAN', 'xinglan', ['星兰'], ['Nova Star 9', 'SL-8 Pro']),
              B('果仁', 'GUOREN', 'guoren', ['国仁'], ['G15 Pro Max', 'G14', 'G15'])],
    'laptop': [B('联拓', 'LIANTUO', 'liantuo', ['连拓'], ['小新 Air 14', 'ThinkTop E14', 'Legend Y9000']),
               B('极风', 'GALEWIND', 'jifeng', ['急风'], ['Vela 14', 'G16 游戏本', 'Tide 13 Air']),
               B('华曜', 'HUAYAO', 'huayao', ['华耀'], ['HyBook 14', 'HyBook X Pro']),
               B('果仁', 'GUOREN', 'guoren', ['国仁'], ['GBook Air 13', 'GBook Pro 14']),
               B('拓思', 'TUOSI', 'tuosi', ['托思'], ['TS-X14', 'TS-Slim 13'])],
    'tablet': [B('华曜', 'HUAYAO', 'huayao', ['华耀'], ['HyPad 11', 'HyPad Air']),
               B('米拓', 'MITUO', 'mituo', ['米托'], ['Pad 6', 'Pad 6 Pro']),
               B('果仁', 'GUOREN', 'guoren', ['国仁'], ['GPad Air', 'GPad mini 6'])],
    'buds': [B('声派', 'SOUNDPIE', 'shengpai', ['声牌'], ['Pods 4', 'Pods Pro 2', 'SP-Air 3']),
             B('漫步', 'MANBU', 'manbu', ['慢步'], ['Q2', 'Q3 降噪版']),
             B('华曜', 'HUAYAO', 'huayao', ['华耀'], ['HyBuds 5i', 'HyBuds Pro 3']),
             B('果仁', 'GUOREN', 'guoren', ['国仁'], ['GPods 3', 'GPods Pro']),
             B('米拓', 'MITUO', 'mituo', ['米托'], ['Buds 4 Lite'])],
    'pb': [B('电小宝', 'DIANXIAOBAO', 'dianxiaobao', ['电小包'], ['10000mAh', '20000mAh 快充版', 'PB-22']),
           B('能量方', 'ENERCUBE', 'nengliangfang', ['能量芳'], ['EC-10', 'EC-20 Pro']),
           B('米拓', 'MITUO', 'mituo', ['米托'], ['10000mAh 口袋版'])],
    'calc': [B('精算', 'JINGSUAN', 'jingsuan', ['精箅'], ['JS-991CN X', 'JS-82ES']),
             B('学霸', 'XUEBA', 'xueba', ['学坝'], ['XB-350', 'XB-991'])],
    'usb': [B('速存', 'QUIKSTOR', 'sucun', ['速村'], ['64G', '128G', '32G']),
            B('闪拓', 'SHANTUO', 'shantuo', ['闪托'], ['64G', '256G'])],
    'hdd': [B('速存', 'QUIKSTOR', 'sucun', ['速村'], ['1TB', '2TB']),
            B('拓思', 'TUOSI', 'tuosi', ['托思'], ['TS-P1 1TB'])],
    'cam': [B('光影', 'LUMENO', 'guangying', ['光映'], ['LX-70', 'LX-100 II', 'ZV-5']),
            B('佳影', 'JAYCAM', 'jiaying', ['佳映', '嘉影'], ['A-740', 'JC-R8', 'JC-M50'])],
    'watch': [B('华曜', 'HUAYAO', 'huayao', ['华耀'], ['HY Watch 5', 'HY Band 9']),
              B('米拓', 'MITUO', 'mituo', ['米托'], ['手环 M7', 'Watch S3'])],
    'bike': [B('凤羽', 'FENGYU', 'fengyu', ['风羽', '凤雨'], ['C3 城市通勤', 'F20 折叠车', 'MTB-260']),
             B('飞骑', 'FEIQI', 'feiqi', ['飞琪'], ['FQ-700', '公路车 R5']),
             B('永行', 'YONGXING', 'yongxing', ['永星'], ['YX-26', '城市车 S2'])],
    'ebike': [B('雅驰', 'YACHI', 'yachi', ['雅迪驰', '亚驰'], ['Y5 新国标', 'Y7 Lite']),
              B('绿骑', 'LVQI', 'lvqi', ['绿琪'], ['LQ-3', 'LQ-5 Pro']),
              B('小鹿', 'XIAOLU', 'xiaolu', ['小路'], ['G2', 'G3 长续航'])],
    'wallet': [B('皮匠', 'TANNER', 'pijiang', ['皮将'], []), B('雅盾', 'YADUN', 'yadun', ['亚盾'], [])],
    'bag': [B('行者', 'WALKER', 'xingzhe', ['行着'], []), B('途乐', 'TULE', 'tule', ['途勒'], []),
            B('拾光', 'SHIGUANG', 'shiguang', ['时光'], [])],
    'lug': [B('远航', 'YUANHANG', 'yuanhang', ['远行'], []), B('途乐', 'TULE', 'tule', ['途勒'], [])],
    'bottle': [B('膳净', 'SHANJING', 'shanjing', ['善净'], []), B('乐瓶', 'LEPING', 'leping', ['乐平'], [])],
    'umb': [B('天伞', 'TIANSAN', 'tiansan', ['天散'], [])],
    'glass': [B('明目', 'MINGMU', 'mingmu', ['明木'], []), B('视客', 'SHIKE', 'shike', ['视刻'], [])],
    'jew': [B('金玉堂', 'JINYUTANG', 'jinyutang', ['金玉塘'], []), B('银匠坊', 'YINJIANGFANG', 'yinjiangfang', ['银匠房'], [])],
    'sport': [B('羽翔', 'YUXIANG', 'yuxiang', ['羽祥'], [])],
}


def brand_word(b, who='o'):
    if who == 'en':
        return pick([b['en'], b['en'].title(), b['en'].title()])
    r = R.random()
    if who == 'f':
        if r < 0.55:
            return b['cn']
        if r < 0.93:
            return pick([b['en'], b['en'], b['en'].title()])
        return b['py']
    if r < 0.55:
        return b['cn']
    if r < 0.77:
        return pick([b['en'], b['en'].title(), b['en'].lower()])
    if r < 0.88:
        return b['py']
    return pick(b['typo'])


def model_var(m, who='o'):
    r = R.random()
    if r < 0.55:
        return m
    if r < 0.7:
        return m.replace(' ', '')
    if r < 0.8:
        return m.lower()
    if r < 0.9:
        return m.upper()
    return m.replace('Pro', 'pro').replace(' ', ' ').replace('-', '')


# ---------------------------------------------------------------- serial formats
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fmt_serial(st, v, who, field=False):
    """Render identifier v of kind st the way owner ('o') or finder ('f') writes it."""
    if st == 'student_no':
        opts = [(v, 5), (' '.join([v[:4], v[4:8], v[8:]]).strip(), 1), ('学号' + v, 2 if not field else 1),
                ('学号：' + v, 1)]
        if who == 'o':
            opts += [('尾号' + v[-4:], 1), (v.translate(FW), 2)]
        return wpick(opts)
    if st == 'staff_no':
        return wpick([(v, 3), ('工号' + v, 2), ('工号：' + v, 1)])
    if st == 'id':
        mask = v[:6] + '********' + v[-4:]
        if who == 'f':
            return wpick([(v, 5), (mask, 2), (v[:6] + ' ' + v[6:14] + ' ' + v[14:], 1)])
        return wpick([(v, 4), (mask, 2), (v[:4] + '**********' + v[-4:], 1), ('后四位' + v[-4:], 2),
                      (v[:6] + ' ' + v[6:14] + ' ' + v[14:], 1)])
    if st == 'imei':
        sp = v[:2] + ' ' + v[2:8] + ' ' + v[8:14] + ' ' + v[14]
        return wpick([(v, 4), (sp, 2), ('IMEI:' + v, 2), ('IMEI1 ' + sp, 1), (v[:8] + '-' + v[8:], 1)] +
                     ([(v.translate(FW), 2)] if who == 'o' else []))
    if st == 'sn':
        opts = [(v, 4), ('S/N ' + v, 2), ('SN:' + v, 1), (v.lower(), 1)]
        if who == 'o':
            opts.append(('SN后四位' + v[-4:], 1))
        return wpick(opts)
    if st == 'frame':
        opts = [(v, 4), (v[:2] + ' ' + v[2:6] + ' ' + v[6:], 1), ('车架号' + v, 2), (v.lower(), 1)]
        if who == 'o':
            opts.append(('车架号后五位' + v[-5:], 1))
        return wpick(opts)
    if st == 'plate':
        num = v[3:]
        return wpick([(v, 4), (v.replace('·', ''), 2), (v.replace('·', ' '), 1), ('车牌' + v, 1)] +
                     ([('车牌号' + num, 1)] if who == 'o' else []))
    if st == 'cert':
        sp = v[:6] + ' ' + v[6:10] + ' ' + v[10:]
        return wpick([(v, 4), (sp, 2), ('证书编号' + v, 2)])
    if st == 'card_tail':
        if who == 'f':
            return wpick([('62** **** **** ' + v, 3), ('****' + v, 2), ('尾号' + v, 2), ('6217********' + v, 1)])
        return wpick([('尾号' + v, 4), (v, 2), ('卡号后四位' + v, 2), ('****' + v, 1)])
    if st == 'fob':
        return wpick([('NO.' + v, 3), (v, 2), ('门禁卡号' + v, 1)])
    if st == 'passport':
        return wpick([(v, 4), (v.lower(), 1), ('护照号' + v, 1)])
    if st == 'rental':
        return wpick([(v, 3), (v.replace('-', ''), 1), ('租赁编号' + v, 2)])
    return v


def serial_phrase(st, s, who):
    """a body clause for an already formatted identifier s"""
    if s.startswith(('学号', '工号', '尾号', 'IMEI', 'S/N', 'SN', '车架号', '车牌', '证书编号', '卡号', '门禁卡号',
                     '护照号', '租赁编号', '后四位')):
        if st == 'id' and s.startswith('后四位'):
            return '身份证号' + s
        if st == 'card_tail' and s.startswith('尾号'):
            return pick(['银行卡' + s, '里面银行卡' + s])
        return s
    lab = {'student_no': ['学号', '学号是', '学号：'], 'staff_no': ['工号', '工号是'],
           'id': ['身份证号', '身份证号码', '证件号'], 'imei': ['IMEI号', 'IMEI是', '串号'],
           'sn': ['序列号', '底部序列号', 'S/N：'], 'frame': ['车架号', '车架号是'], 'plate': ['车牌', '车牌号'],
           'cert': ['证书编号', '毕业证编号'], 'card_tail': ['银行卡号', '银行卡'], 'fob': ['门禁扣编号'],
           'passport': ['护照号', 'passport no.'], 'rental': ['租赁编号', '衣服上的编号']}[st]
    return pick(lab) + s


# ---------------------------------------------------------------- feature pools (owner text, finder text or None=same or ''=not visible, english)
P = {
    'holder': [('套着透明卡套', '装在透明卡套里', 'in a clear sleeve'),
               ('卡套是粉色的，上面有只小熊', '粉色小熊卡套', 'pink card sleeve with a bear on it'),
               ('挂在一根蓝色的学院挂绳上', '挂着蓝色挂绳，挂绳上印着学院名字', 'on a blue college lanyard'),
               ('没套卡套，边角都磨白了', '卡没有卡套，边角磨损', 'no sleeve, the corners are worn white'),
               ('连着一个伸缩易拉扣', '连着一个伸缩卡扣', 'on a retractable clip'),
               ('卡套是黑色皮的', '黑色皮质卡套', 'in a black leather holder'),
               ('卡背面贴了一张猫猫贴纸', '卡背面贴着猫咪贴纸', 'a cat sticker on the back'),
               ('绿色硅胶卡套，挂着个小青蛙', '绿色硅胶卡套，带一个小青蛙挂件', 'green silicone sleeve with a little frog'),
               ('卡套上印着"早睡早起"四个字', '卡套上印有"早睡早起"', 'the sleeve says 早睡早起'),
               ('卡套是黄色的，上面有只鸭子', '黄色小鸭卡套', 'yellow duck card sleeve')],
    'card_hidden': [('卡里大概还有{bal}块钱', '', 'about {bal} yuan left on it'),
                    ('离校手续还要用这张卡退押金', '', 'I need it for my dorm deposit refund'),
                    ('卡上照片是大一拍的，跟现在不太像', '', 'the photo is from freshman year'),
                    ('已经挂失了但是想拿回来留作纪念', '', 'already reported it but want it back as a keepsake')],
    'college': [('卡面上学院写的是{college}', '卡面印着{college}', 'it says {college} on it'),
                ('{college}的', '学院：{college}', 'from {college}')],
    'sid_mark': [('里面夹着火车票优惠卡', '内夹火车票优惠卡一张', 'the train discount card is inside'),
                 ('封皮有点掉色了', '封皮褪色', 'the cover is faded'),
                 ('里面夹了两张一寸照', '内夹一寸照片两张', 'two passport photos inside'),
                 ('最后一页盖满了注册章', '内页盖有多个注册章', 'the last page is full of registration stamps')],
    'idcover': [('套着一个透明证件套', '装在透明证件套里', 'in a clear cover'),
                ('证件照上我戴着眼镜', '照片上的人戴眼镜', 'I wear glasses in the photo'),
                ('背面贴着一张写着电话的小纸条', '背面贴有一张便签纸', 'a sticky note on the back'),
                ('和一张公交卡放在一起', '同一个卡套里还有一张公交卡', 'together with a bus card')],
    'certbag': [('装在一个牛皮纸档案袋里', '装在牛皮纸档案袋中', 'in a brown paper envelope'),
                ('放在学校发的红色证书袋里', '装在印有滨湖大学字样的红色袋子里', 'in the red university folder'),
                ('和一份成绩单放在一起', '袋内还有成绩单一份', 'with my transcript'),
                ('用一个透明文件袋装着', '装在透明文件袋里', 'in a clear plastic file bag'),
                ('袋子上用马克笔写着"勿折"', '袋子上写着"勿折"', '勿折 written on the bag')],
    'certhidden': [('是刚领的还没捂热', '', 'I had just picked them up'),
                   ('工作单位入职要用，特别急', '', 'I need them for my new job')],
    'passcover': [('套了一个棕色皮护照套', '棕色皮质护照套', 'brown leather passport cover'),
                  ('里面夹着居留许可', '内夹居留许可', 'residence permit inside'),
                  ('里面夹着一张旧登机牌', '内有旧登机牌一张', 'an old boarding pass inside')],
    'case': [('透明手机壳', None, 'a clear case'),
             ('透明壳，壳里夹着一张演唱会门票', '透明手机壳，里面夹着一张门票', 'clear case with a concert ticket inside'),
             ('黑色磨砂壳', None, 'a matte black case'),
             ('粉色硅胶壳，上面有兔耳朵', '粉色兔耳朵硅胶壳', 'pink silicone case with bunny ears'),
             ('小熊图案的手机壳', '卡通小熊手机壳', 'a cartoon bear case'),
             ('带指环扣的手机壳', '手机壳背面有指环扣', 'a case with a ring holder'),
             ('蓝色皮质翻盖壳', '蓝色翻盖皮套', 'a blue leather flip cover'),
             ('壳背面贴着一张大头贴', '手机壳背面贴有一张大头贴', 'a photo sticker on the back of the case'),
             ('绿色格子手机壳', None, 'a green checkered case'),
             ('壳上印着学校校徽', '手机壳印着滨湖大学校徽', 'a case with the university crest'),
             ('背面有个磁吸支架', '背面吸着一个支架', 'a magnetic stand on the back'),
             ('壳里夹着两张公交卡', '手机壳里夹着公交卡两张', 'two transit cards in the case'),
             ('挂着一根短挂绳，绳上有颗小珍珠', '挂着短挂绳，有颗珠子', 'a short strap with a pearl bead'),
             ('壳上手写了"毕业快乐"', '手机壳上写着"毕业快乐"', '毕业快乐 written on the case')],
    'phmark': [('屏幕左上角碎了一块', '屏幕左上角有碎裂', 'cracked screen at the top left'),
               ('屏幕有一道斜着的裂痕', '屏幕有一道裂纹', 'a diagonal crack across the screen'),
               ('钢化膜边缘翘起来了', '贴膜边缘翘起', 'the screen protector is peeling'),
               ('摄像头旁边有划痕', '背面摄像头附近有划痕', 'scratches next to the camera'),
               ('侧面按键掉漆了', '侧边掉漆', 'paint chipped on the side buttons')],
    'lockscreen': [('锁屏是一只橘猫', '按亮屏幕，锁屏是一只橘猫', 'lock screen is an orange cat'),
             ('锁屏是我们宿舍四个人穿学士服的合照', '锁屏是几个穿学士服的人的合照', 'lock screen is my roommates and me in gowns'),
             ('锁屏壁纸是海边日落', '锁屏是海边日落图', 'lock screen is a sunset at the sea'),
             ('锁屏是一只柯基', '锁屏显示一只柯基犬', 'lock screen is a corgi'),
             ('锁屏是个动漫人物', '锁屏是动漫图片', 'lock screen is an anime character'),
             ('锁屏是我女朋友的照片', '锁屏是一个女生的照片', 'lock screen is a photo of my girlfriend'),
             ('锁屏是图书馆夜景', '锁屏是一栋楼的夜景', 'lock screen is the library at night'),
             ('锁屏是全家福', '锁屏是一张全家福', 'lock screen is a family photo'),
             ('锁屏是一束向日葵', '锁屏是向日葵', 'lock screen is sunflowers'),
             ('锁屏是星空', '锁屏是星空图片', 'lock screen is a starry sky')],
    'phhidden': [('手机号尾号{n4}', '', 'number ends in {n4}'),
                 ('微信和支付宝都登着', '', 'WeChat and Alipay are logged in'),
                 ('相册里全是毕业照，没备份', '', 'all my graduation photos are on it, no backup'),
                 ('里面有毕业论文的录音', '', 'it has my thesis interview recordings'),
                 ('手机设了六位密码', '', 'it has a 6-digit passcode')],
    'lapsticker': [('电脑外壳上贴满了贴纸，有个宇航员的', '外壳贴有多张贴纸，其中一张是宇航员', 'lots of stickers, one is an astronaut'),
                   ('盖子上贴着一张"滨湖大学"的校徽贴', '盖子上贴着滨湖大学校徽贴纸', 'a Binhu Univ crest sticker on the lid'),
                   ('盖子上贴了只小恐龙', '盖子上有小恐龙贴纸', 'a little dinosaur sticker on the lid'),
                   ('没贴东西，很干净', '', ''),
                   ('屏幕背面贴着一张"代码能跑就行"', '背面贴着"代码能跑就行"贴纸', 'a sticker saying 代码能跑就行')],
    'lapmark': [('右下角磕了一块', '机身右下角有磕痕', 'a dent at the bottom right corner'),
                ('键盘上有个键帽掉了', '键盘缺一个键帽', 'one keycap is missing'),
                ('底部有一道很长的划痕', '底部有长划痕', 'a long scratch on the bottom'),
                ('转轴有点松', '', 'the hinge is loose')],
    'laphidden': [('开机用户名是{py}', '', 'the login name is {py}'),
                  ('里面有毕业论文和答辩PPT，求求了', '', 'my thesis and defence slides are on it'),
                  ('开机密码是指纹的', '', 'it unlocks with my fingerprint')],
    'lapcover': [('装在一个灰色的电脑内胆包里', '装在灰色内胆包里', 'in a grey sleeve'),
                 ('套着一个透明保护壳', '有透明保护壳', 'in a clear hard shell'),
                 ('内胆包是粉色毛绒的', '粉色毛绒内胆包', 'in a fluffy pink sleeve')],
    'tabcase': [('带一个黑色键盘保护套', '黑色键盘保护套', 'black keyboard cover'),
                ('套着三折的粉色保护壳', '粉色三折保护壳', 'pink tri-fold case'),
                ('保护壳上贴着课程表', '保护壳上贴有课程表', 'my timetable taped on the case'),
                ('蓝色的保护套，角上裂了', '蓝色保护套，一角裂开', 'blue case, cracked at a corner')],
    'pencil': [('磁吸着一支手写笔', '侧面吸着一支手写笔', 'a stylus attached'),
               ('笔不在上面，只有平板', '', '')],
    'tabhidden': [('里面全是考研笔记', '', 'all my exam notes are in it'),
                  ('壁纸是我画的画', '屏幕壁纸是一幅手绘画', 'the wallpaper is my own drawing')],
    'budcase': [('耳机盒套着一个小狗硅胶套', '耳机盒外有小狗造型硅胶套', 'a puppy silicone cover on the case'),
                ('盒子外面套着透明壳，壳上有划痕', '透明保护壳，有划痕', 'a clear scratched cover'),
                ('耳机套是一只蓝色的小鲸鱼', '鲸鱼造型蓝色耳机套', 'a blue whale cover'),
                ('耳机盒挂着一个小铃铛挂件', '耳机盒挂着铃铛挂件', 'a tiny bell charm on the case'),
                ('耳机套是草莓造型的', '草莓造型保护套', 'a strawberry-shaped cover'),
                ('没有套，盒子有点发黄', '耳机盒没有保护套，有些发黄', 'no cover, the case is yellowed')],
    'budmark': [('只有盒子和左耳，右耳之前就丢了', '盒子里只有一只耳机（左耳）', 'only the case and the left bud'),
                ('盒子上刻着"{ini}"两个字母', '耳机盒刻着字母"{ini}"', 'the case is engraved {ini}'),
                ('盒盖上贴了我的名字{name}', '耳机盒上贴着姓名贴"{name}"', 'my name {name} is stuck on the lid'),
                ('两只耳机都在', '', '')],
    'budhidden': [('蓝牙名字叫"{py}的耳机"', '', 'its Bluetooth name is "{py}\'s buds"'),
                  ('耳机盒电量还有一半', '', '')],
    'pbmark': [('上面贴着一张"别拿走"的便利贴', '贴着写有"别拿走"的便利贴', 'a sticky note saying 别拿走'),
               ('自带一根白色的线', '连着一根白色数据线', 'a built-in white cable'),
               ('边上有个掉漆的地方', '边缘掉漆', 'a chipped edge'),
               ('上面用马克笔写了{ini}', '上面写着字母{ini}', '{ini} written on it with marker'),
               ('屁股上贴着一个哆啦风格的小贴纸', '底部贴着一个卡通贴纸', 'a cartoon sticker at the end')],
    'calcmark': [('背面用马克笔写着{name}', '背面写着名字"{name}"', 'my name {name} on the back'),
                 ('背面贴着学号姓名贴：{name}', '背面贴有姓名贴"{name}"', 'a name label {name} on the back'),
                 ('盖子上贴着一张考试时间表', '盖子上贴着一张时间表', 'an exam timetable taped on the lid'),
                 ('屏幕右上角有个小裂纹', '屏幕右上角有裂纹', 'a small crack in the corner of the screen')],
    'usbmark': [('挂着一个小海豚钥匙扣', '挂着海豚钥匙扣', 'a little dolphin keyring'),
                ('上面贴着标签写着"论文终稿"', '贴有标签"论文终稿"', 'a label saying 论文终稿'),
                ('帽子丢了，只有U盘本体', '没有盖帽', 'the cap is missing'),
                ('挂着一根红绳', '系着一根红绳', 'a red string tied to it')],
    'usbhidden': [('里面有毕业论文终稿和所有数据', '', 'my final thesis and all data are on it'),
                  ('里面有实验数据，没备份', '', 'experiment data without backup')],
    'camstrap': [('背带是彩虹编织的', '彩虹色编织背带', 'a rainbow woven strap'),
                 ('挂着一条黑色原装背带', '黑色背带', 'the original black strap'),
                 ('机身贴着一张小熊贴纸', '机身贴有小熊贴纸', 'a bear sticker on the body'),
                 ('手柄皮有点翘起来了', '手柄皮脱胶', 'the grip leather is peeling')],
    'camlens': [('装着一个50mm定焦镜头', '装着一个定焦镜头', 'a 50mm prime lens on it'),
                ('镜头盖丢了，镜头上有个UV镜', '无镜头盖，有UV镜', 'no lens cap, UV filter on'),
                ('装着原装的变焦镜头', '装着一个变焦镜头', 'the kit zoom lens')],
    'camhidden': [('SD卡里全是这几天拍的毕业照', '', 'the SD card has all our graduation photos'),
                  ('相机里有我们班的毕业合影', '', 'our class photo is on the card')],
    'strap': [('表带是粉色硅胶的', '粉色硅胶表带', 'pink silicone strap'),
              ('黑色尼龙表带', None, 'black nylon strap'),
              ('换了一条米白色编织表带', '米白编织表带', 'an off-white woven strap'),
              ('金属米兰表带', '米兰尼斯金属表带', 'a metal mesh strap')],
    'watchface': [('表盘是一只猫', '屏幕亮起是一只猫的表盘', 'the watch face is a cat'),
                  ('表盘是数字大字体的', '大数字表盘', 'a big-digit watch face')],
    'hpmark': [('头梁上贴着一颗星星贴纸', '头梁上有星星贴纸', 'a star sticker on the headband'),
               ('耳罩皮有点掉皮了', '耳罩皮破损', 'the ear pads are peeling'),
               ('装在一个黑色收纳包里', '装在黑色收纳包内', 'in a black pouch')],
    'hddhidden': [('里面有四年的照片', '', 'four years of photos on it'),
                  ('里面是课题组的数据', '', 'my lab group\'s data')],
    'keycount': [('一共{k}把钥匙', '钥匙{k}把', '{k} keys')],
    'fob': [('一个蓝色门禁扣', '一个蓝色门禁扣', 'a blue door fob'), ('一个红色门禁扣', None, 'a red door fob'),
            ('一个黑色圆形门禁卡扣', '黑色圆形门禁扣', 'a round black fob'),
            ('一个白色门禁扣，上面写着{room}', '白色门禁扣，上面写着{room}', 'a white fob marked {room}'),
            ('一个绿色水滴形门禁扣', '绿色水滴形门禁扣', 'a green drop-shaped fob')],
    'pendant': [('挂着一个草莓熊公仔', '挂着粉色小熊公仔', 'a pink strawberry-bear plush'),
                ('挂着个小黄鸭', '挂着一个小黄鸭挂件', 'a yellow duck charm'),
                ('挂着一个"上岸"的木牌', '挂着写有"上岸"的小木牌', 'a wooden tag saying 上岸'),
                ('钥匙圈上有个开瓶器', '带一个开瓶器', 'a bottle opener on the ring'),
                ('挂着一个滨湖大学的纪念钥匙扣', '挂着滨湖大学纪念钥匙扣', 'a Binhu Univ souvenir keyring'),
                ('挂着一只毛绒小兔', '挂着毛绒兔子挂件', 'a plush bunny'),
                ('挂着一个指甲刀', '挂着指甲刀', 'a nail clipper on it')],
    'keytag': [('挂着一个小塑料牌写着{room}', '挂着塑料牌，写有"{room}"', 'a plastic tag saying {room}'),
               ('有把钥匙上贴了胶布写着"宿舍"', '一把钥匙上贴胶布写"宿舍"', 'one key has tape saying 宿舍')],
    'keyhidden': [('其中一把是自行车锁的', '', 'one is for my bike lock'),
                  ('有一把是实验室柜子的', '', 'one opens a lab cabinet'),
                  ('还有我家的门钥匙，外地的', '', 'and my home key')],
    'wstyle': [('长款的，拉链那种', '长款拉链钱包', 'long zip wallet'),
               ('短款对折的', '短款对折钱包', 'short bifold'),
               ('是个小卡包，能放几张卡', '小卡包', 'a small card holder'),
               ('三折的小钱包', '三折短款钱包', 'small trifold'),
               ('长款的，扣子是磁吸的', '长款磁扣钱包', 'long wallet with a magnetic clasp')],
    'wmark': [('角上磨破了一点', '边角磨损', 'the corner is worn'),
              ('挂着一个小铃铛', '拉链上挂有小铃铛', 'a little bell on the zip'),
              ('上面有一道圆珠笔印', '表面有圆珠笔划痕', 'a ballpoint mark on it'),
              ('里面有张我和我妈的合照', '内夹一张合影照片', 'a photo of me and my mum inside')],
    'basket': [('前面有个黑色车筐', '带黑色前车筐', 'a black front basket'),
               ('车筐是白色塑料的，裂了一个口', '白色塑料车筐，有裂口', 'a cracked white plastic basket'),
               ('没有车筐', '', ''),
               ('后座绑了个儿童座椅', '后座有儿童座椅', 'a child seat on the back')],
    'biklock': [('锁着一把U型锁', '车上锁着U型锁', 'locked with a U-lock'),
             ('车后轮有个环形锁', '后轮装有环形锁', 'a ring lock on the back wheel'),
             ('用一根黑色链条锁锁着', '锁着黑色链条锁', 'a black chain lock'),
             ('没锁，锁坏了', '没有上锁', 'not locked')],
    'bikemark': [('车座套着一个小熊座套', '车座套有小熊座套', 'a bear seat cover'),
                 ('车把上缠着红色胶带', '车把缠红色胶带', 'red tape on the handlebar'),
                 ('前挡泥板掉了', '没有前挡泥板', 'the front mudguard is missing'),
                 ('车铃是一个小黄人造型', '车铃是卡通造型', 'a cartoon bell'),
                 ('链条有点生锈', '链条生锈', 'rusty chain'),
                 ('车杠上贴着"毕业转让"的纸被撕了一半', '车上有撕掉一半的"转让"纸条', 'a half-torn 毕业转让 note on the frame')],
    'permit': [('车上贴着校园车证{permit}', '车架贴有校园车辆登记贴，编号{permit}', 'campus permit {permit}')],
    'bikehidden': [('是毕业前刚从学长那买的二手车', '', 'bought second-hand from a senior'),
                   ('毕业想骑回家的', '', '')],
    'ebox': [('后面有个白色后备箱', '后座装有白色尾箱', 'a white top box'),
             ('后备箱上贴着一张猫咪贴纸', '尾箱贴有猫咪贴纸', 'a cat sticker on the top box'),
             ('车筐里有个蓝色头盔', '车筐内有蓝色头盔', 'a blue helmet in the basket'),
             ('脚踏板上铺了一块红色地垫', '踏板上有红色脚垫', 'a red floor mat'),
             ('车把上挂着一对挡风手套', '车把有挡风手套', 'handlebar muffs')],
    'ebmark': [('右边后视镜断了', '右侧后视镜缺失', 'the right mirror is broken'),
               ('坐垫破了个口，用胶带粘着', '坐垫破损，有胶带', 'a torn seat patched with tape'),
               ('前面挂着一个小风扇', '前面装着小风扇', 'a little fan on the front'),
               ('车身有一道刮痕', '车身有刮痕', 'a scratch on the body')],
    'bagmark': [('拉链上挂着一个小熊挂件', '拉链挂有小熊挂件', 'a bear charm on the zip'),
                ('侧袋有个洞', '侧袋破了个洞', 'a hole in the side pocket'),
                ('包上别着好几个徽章', '包上别有多枚徽章', 'lots of pins on it'),
                ('包带子上绑着一根彩色丝巾', '背带系着丝巾', 'a scarf tied to the strap'),
                ('包上印着"滨湖大学2025届毕业纪念"', '印有"滨湖大学2025届毕业纪念"字样', 'printed with 滨湖大学2025届毕业纪念')],
    'bp_content': [('一台笔记本电脑', '笔记本电脑一台', 'a laptop'), ('几本考研书', '考研复习书几本', 'some exam prep books'),
                   ('一个黑色笔袋', '黑色笔袋一个', 'a black pencil case'), ('一把折叠伞', '折叠伞一把', 'a folding umbrella'),
                   ('充电器和数据线', '充电器、数据线', 'a charger and cables'),
                   ('毕业论文打印稿，封面有我名字', '一沓论文打印稿，封面写着{name}', 'my printed thesis with my name on it'),
                   ('一个保温杯', '保温杯一个', 'a thermos'), ('一包纸巾和润唇膏', '纸巾、润唇膏', 'tissues and lip balm'),
                   ('一本英语六级词汇书', '六级词汇书一本', 'a CET-6 vocabulary book'),
                   ('一个装着简历的文件夹', '文件夹一个，内有简历（姓名{name}）', 'a folder with my CV')],
    'tote_content': [('一本小说和一个笔记本', '小说一本、笔记本一本', 'a novel and a notebook'),
                     ('毕业纪念册', '毕业纪念册一本', 'the yearbook'),
                     ('一件叠好的学士服', '学士服一件', 'a folded gown'),
                     ('化妆包', '化妆包一个', 'a make-up pouch'),
                     ('一袋零食', '零食若干', 'snacks'),
                     ('耳机和充电宝', '耳机、充电宝', 'earbuds and a power bank')],
    'lug_content': [('冬天的衣服和被子', '衣物、被子若干', 'winter clothes and a quilt'), ('几双鞋', '鞋子几双', 'shoes'),
                    ('专业书和笔记', '书本若干', 'textbooks and notes'), ('一个台灯', '台灯一个', 'a desk lamp'),
                    ('一个电饭煲', '小电饭煲一个', 'a little rice cooker'), ('四年攒的各种奖状', '奖状若干', 'certificates from four years')],
    'lugmark': [('行李牌上写着{name}', '挂有行李牌，写着"{name}"', 'a luggage tag with my name {name}'),
                ('箱子上贴满了旅行贴纸', '箱体贴满贴纸', 'covered in travel stickers'),
                ('有一个轮子是坏的', '一个轮子损坏', 'one wheel is broken'),
                ('用蓝色打包带捆了一圈', '缠着蓝色打包带', 'strapped with blue packing tape'),
                ('拉杆上系着一根红丝带', '拉杆系红丝带', 'a red ribbon on the handle')],
    'cb_content': [('一支口红', '口红一支', 'a lipstick'), ('一包纸巾', '纸巾一包', 'tissues'),
                   ('一把宿舍钥匙', '钥匙一把', 'a dorm key'), ('几张会员卡', '会员卡几张', 'some loyalty cards'),
                   ('一个小镜子', '小镜子一个', 'a little mirror'), ('一副耳机', '耳机一副', 'a pair of earbuds')],
    'cashwrap': [('装在一个红包里，红包上写着"毕业快乐"', '装在红包内，红包正面写有"毕业快乐"', 'in a red envelope saying 毕业快乐'),
                 ('用一个白信封装着，信封上写着"生活费"', '装在白色信封里，信封写有"生活费"', 'in a white envelope marked 生活费'),
                 ('对折着用橡皮筋捆着', '对折，用橡皮筋捆扎', 'folded with a rubber band'),
                 ('就散着几张放在口袋里掉的', '散落', 'loose notes'),
                 ('夹在一本书里', '夹在一本书中', 'tucked inside a book'),
                 ('装在一个透明小塑封袋里', '装在透明小袋中', 'in a small clear bag')],
    'cashhidden': [('是我外婆给的毕业红包', '', 'my grandma\'s graduation gift'),
                   ('是准备交房租的钱', '', 'it was for my rent'),
                   ('是卖二手书收的钱', '', 'money from selling old books')],
    'engrave': [('内圈刻着"{ini} 0520"', '戒指内圈刻有"{ini} 0520"', 'engraved "{ini} 0520" inside'),
                ('内圈刻了毕业日期', '内圈刻有日期"2025.06"', 'engraved with the graduation date'),
                ('上面有一颗小钻', '镶一颗小钻', 'a small diamond on it')],
    'pendant_j': [('吊坠是一个小月亮', '月亮形吊坠', 'a moon pendant'), ('吊坠是一个字母{ini1}', '字母{ini1}吊坠', 'a letter {ini1} pendant'),
                  ('吊坠是一颗珍珠', '珍珠吊坠', 'a pearl pendant'), ('挂着一个平安扣', '平安扣吊坠', 'a jade disc pendant')],
    'brace': [('红绳编的，上面有个金色转运珠', '红绳手链，带金色珠子', 'a red string with a gold bead'),
              ('银的，上面挂着几个小铃铛', '银色手链带小铃铛', 'silver with little bells'),
              ('是一串木珠子', '木质珠串', 'wooden beads'),
              ('玉镯子，有一点点裂纹', '玉镯一只，有细裂纹', 'a jade bangle with a tiny crack')],
    'jhidden': [('是我妈送我的毕业礼物', '', 'a graduation gift from my mum'),
                ('对我意义特别大', '', 'it means a lot to me'),
                ('是奶奶留下的', '', 'it was my grandmother\'s')],
    'bsticker': [('杯子上贴满了贴纸，有一个是小恐龙', '杯身贴有多张贴纸（含恐龙图案）', 'covered in stickers incl. a dinosaur'),
                 ('杯身上刻着{name}', '杯身刻有"{name}"', 'my name {name} engraved on it'),
                 ('杯盖是一个小猫耳朵形状', '杯盖有猫耳造型', 'a cat-ear lid'),
                 ('杯子底部磕瘪了一块', '杯底有凹陷', 'a dent on the bottom'),
                 ('挂着一个提绳', '带提绳', 'with a carry strap'),
                 ('杯子上贴着"多喝热水"', '杯身贴有"多喝热水"字样', 'a sticker saying 多喝热水')],
    'umbmark': [('伞面上印着小雏菊', '伞面有雏菊图案', 'daisy print'),
                ('木头伞柄', '木质伞柄', 'wooden handle'),
                ('有一根伞骨断了', '一根伞骨断裂', 'one rib is broken'),
                ('伞套上写着{name}', '伞套写有"{name}"', '{name} written on the cover'),
                ('是自动折叠伞', '自动折叠伞', 'an automatic folding umbrella'),
                ('伞面是黑胶防晒的', '黑胶涂层', 'black UV coating inside')],
    'glasscase': [('装在一个灰色眼镜盒里', '装在灰色眼镜盒内', 'in a grey case'),
                  ('眼镜盒是粉色的，上面有只猫', '粉色猫咪眼镜盒', 'a pink cat case'),
                  ('没有盒子，就挂在领口掉的', '', 'no case'),
                  ('镜腿上缠了一点胶布', '镜腿缠有胶布', 'tape on one temple'),
                  ('圆框的，金属细边', '圆形细金属框', 'round thin metal frame'),
                  ('方框的，很大一个', '大方框', 'big square frame')],
    'glasshidden': [('近视{deg}度左右', '', 'about -{deg2} prescription'),
                    ('左眼度数比右眼高', '', 'left lens is stronger'),
                    ('是防蓝光的镜片', '镜片反蓝光', 'blue-light lenses')],
    'gownset': [('连帽子和流苏一起', '连同学位帽、流苏', 'with the cap and tassel'),
                ('垂布是{hood}色的', '垂布为{hood}色', 'the hood is {hood}'),
                ('装在一个白色无纺布袋里', '装在白色无纺布袋里', 'in a white non-woven bag'),
                ('衣服领口别着一个校徽', '领口别有校徽', 'a university pin on the collar')],
    'gownmark': [('袖口有一块奶茶渍', '袖口有污渍', 'a milk-tea stain on the sleeve'),
                 ('帽子里写着{name}', '帽内写有"{name}"', '{name} written inside the cap'),
                 ('扣子掉了一颗', '缺一颗扣子', 'a button is missing')],
    'flowers': [('是一大束向日葵', '向日葵花束', 'a big bunch of sunflowers'),
                ('红玫瑰配满天星', '红玫瑰与满天星花束', 'red roses with baby\'s breath'),
                ('毛绒玩具花束，里面有只学士服小熊', '毛绒花束，中间是一只穿学士服的小熊', 'a plush bouquet with a bear in a gown'),
                ('香槟玫瑰，用牛皮纸包的', '牛皮纸包装的香槟色玫瑰', 'champagne roses in kraft paper'),
                ('洋桔梗和绣球', '洋桔梗、绣球花束', 'lisianthus and hydrangea')],
    'flcard': [('里面插着卡片写着"祝{name}毕业快乐"', '花束内卡片写着"祝{name}毕业快乐"', 'a card saying congratulations {name}'),
               ('卡片落款是"307全体"', '卡片落款"307全体"', 'the card is signed 307全体'),
               ('包装纸上贴着花店的贴纸', '包装上贴有花店贴纸', 'a florist sticker on the wrap')],
    'nbmark': [('封面写着{name}', '封面写有"{name}"', '{name} on the cover'),
               ('是学校发的那种实验记录本', '滨湖大学实验记录本', 'the university lab notebook'),
               ('封面贴着一张猫的贴纸', '封面有猫咪贴纸', 'a cat sticker on the cover'),
               ('本子边角都卷起来了', '本子边角卷起', 'the corners are curled')],
    'nbhidden': [('里面有毕业设计的全部记录', '', 'all my thesis records are in it'),
                 ('夹着几张实验数据打印纸', '内夹数据打印纸', 'some data printouts inside')],
    'racket': [('拍柄缠着蓝色手胶', '蓝色手胶', 'blue grip tape'), ('装在黑色拍套里', '黑色拍套', 'in a black cover'),
               ('拍线断了一根', '拍线断了一根', 'one string is broken')],
}


STUDENT_WORDS = ('宿舍', '女朋友', '室友', '考研', '毕业论文', '学长', '学士服', '毕业设计', '答辩', '课程表', '六级', '大一',
                 '离校', '退押金', '论文', '我妈', '307全体', '上岸')
EXCLUSIVE = ('holder', 'case', 'lockscreen', 'tabcase', 'budcase', 'strap', 'watchface', 'fob', 'wstyle', 'basket',
             'biklock', 'cashwrap', 'pendant_j', 'brace', 'flowers', 'lapcover', 'passcover', 'certbag', 'idcover')


def feat(slot, ctx, exclude=None, need_vis=False):
    opts = [t for t in P[slot] if t[0] != exclude and t[0] and not (need_vis and t[1] == '')]
    if ctx.get('_adult'):
        opts = [t for t in opts if not any(w in t[0] for w in STUDENT_WORDS)] or opts
    o, f, en = pick(opts)
    return make_feat(slot, o, f, en, ctx)


def cap(s, n=600):
    if len(s) <= n:
        return s
    cut = s[:n]
    i = max(cut.rfind('。'), cut.rfind('，'), cut.rfind('. '))
    return cut[:i + 1] if i > n // 2 else cut


def make_feat(slot, o, f, en, ctx):
    nm = '{name}' in o or (f is not None and '{name}' in f)
    d = {'slot': slot, 'raw': (o, f, en), 'nm': nm}
    fill(d, ctx)
    return d


def fill(d, ctx):
    o, f, en = d['raw']
    d['o'] = o.format(**ctx)
    d['f'] = (o if f is None else f).format(**ctx)
    d['en'] = en.format(**ctx) if en else ''


# ---------------------------------------------------------------- object kinds
# (cat, owner nouns, finder nouns, english, measure, colours, brand group, p_brand,
#  serial kind, p_owner_states_serial, p_finder_states_serial, slots [(slot, p, hidden?)], places, weight)
def K(**kw):
    return kw


CLR_PHONE = [('black', 5), ('white', 3), ('grey', 2), ('blue', 2), ('purple', 1), ('green', 1), ('pink', 1), ('gold', 1), ('silver', 1)]
CLR_GEN = [('black', 5), ('white', 3), ('grey', 2), ('blue', 3), ('pink', 2), ('green', 1), ('red', 1), ('brown', 1), ('yellow', 1), ('purple', 1)]
PL_ANY = ['library', 'jx1', 'jx2', 'jx3', 'renwen', 'canteen1', 'canteen2', 'canteen3', 'gym', 'track', 'hospital',
          'express', 'shuttle', 'southgate', 'eastgate', 'metro', 'street', 'meiyuan', 'zhuyuan', 'lanyuan', 'hall',
          'lawn', 'lake', 'motto', 'admin']
PL_STUDY = ['library', 'library', 'jx1', 'jx2', 'jx3', 'renwen', 'canteen1', 'canteen2', 'lanyuan', 'meiyuan']
PL_BIKE = ['meiyuan', 'zhuyuan', 'lanyuan', 'library', 'jx2', 'canteen2', 'southgate', 'eastgate', 'metro', 'street']
PL_PHOTO = ['lawn', 'lake', 'motto', 'hall', 'gym', 'southgate', 'library']
PL_MOVE = ['meiyuan', 'zhuyuan', 'lanyuan', 'express', 'shuttle', 'southgate', 'metro']

KINDS = {
    'campus_card': K(cat='id_doc', no=['校园卡', '一卡通', '饭卡', '校园卡'], nf=['校园卡', '校园一卡通', '学生校园卡'],
                     en='campus card', meas='一张', colors=None, bg=None, sk='student_no', spo=0.7, spf=0.9, ident=True,
                     slots=[('holder', 0.7), ('college', 0.5), ('card_hidden', 0.35)], places=PL_ANY, w=21),
    'student_id': K(cat='id_doc', no=['学生证'], nf=['学生证'], en='student ID booklet', meas='一本',
                    colors=[('red', 2), ('blue', 3)], bg=None, sk='student_no', spo=0.6, spf=0.85, ident=True,
                    slots=[('sid_mark', 0.6), ('college', 0.5)], places=PL_ANY, w=5),
    'id_card': K(cat='id_doc', no=['身份证', '身份证', '二代身份证'], nf=['居民身份证', '身份证'], en='ID card', meas='一张',
                 colors=None, bg=None, sk='id', spo=0.65, spf=0.9, ident=True,
                 slots=[('idcover', 0.5)], places=PL_ANY, w=10),
    'grad_cert': K(cat='id_doc', no=['毕业证和学位证', '毕业证', '毕业证书和学位证书'], nf=['毕业证书、学位证书', '毕业证书'],
                   en='graduation and degree certificates', meas='一套', colors=[('red', 1)], bg=None, sk='cert', spo=0.35,
                   spf=0.8, ident=True, slots=[('certbag', 0.85), ('certhidden', 0.4)],
                   places=['admin', 'hall', 'gym', 'meiyuan', 'zhuyuan', 'lanyuan', 'shuttle', 'metro', 'southgate', 'express'], w=6),
    'passport': K(cat='id_doc', no=['护照'], nf=['护照'], en='passport', meas='一本',
                  colors=[('red', 1), ('blue', 1), ('green', 1), ('black', 1)], bg=None, sk='passport', spo=0.6, spf=0.85,
                  ident=True, slots=[('passcover', 0.7)], places=['admin', 'metro', 'express', 'southgate', 'library', 'zhuyuan', 'street'],
                  w=0, owner='intl'),
    'staff_card': K(cat='id_doc', no=['工作证', '教职工卡', '工作卡'], nf=['教职工卡', '工作证'], en='staff card', meas='一张',
                    colors=None, bg=None, sk='staff_no', spo=0.6, spf=0.9, ident=True, slots=[('holder', 0.6)],
                    places=['jx1', 'jx2', 'jx3', 'renwen', 'canteen1', 'canteen2', 'canteen3', 'admin', 'hall', 'meiyuan'],
                    w=0, owner='staff'),
    'phone': K(cat='phone', no=['手机'], nf=['手机', '手机', '智能手机'], en='phone', meas='一部', colors=CLR_PHONE, bg='phone',
               pb=1.0, sk='imei', spo=0.3, spf=0.12, slots=[('case', 0.85), ('phmark', 0.45), ('lockscreen', 0.6), ('phhidden', 0.5)],
               places=PL_ANY, w=30),
    'laptop': K(cat='electronics', no=['笔记本电脑', '电脑', '笔记本'], nf=['笔记本电脑', '手提电脑'], en='laptop', meas='一台',
                colors=[('silver', 4), ('grey', 4), ('black', 3), ('pink', 1), ('blue', 1)], bg='laptop', pb=1.0, sk='sn',
                spo=0.25, spf=0.4, slots=[('lapsticker', 0.7), ('lapmark', 0.4), ('laphidden', 0.55), ('lapcover', 0.4)],
                places=PL_STUDY + ['hall', 'shuttle', 'metro', 'street', 'express'], w=8),
    'tablet': K(cat='electronics', no=['平板', '平板电脑', 'pad'], nf=['平板电脑', '平板'], en='tablet', meas='一台',
                colors=[('grey', 3), ('silver', 2), ('pink', 1), ('blue', 1), ('purple', 1)], bg='tablet', pb=1.0, sk='sn',
                spo=0.15, spf=0.15, slots=[('tabcase', 0.85), ('pencil', 0.4), ('tabhidden', 0.5)],
                places=PL_STUDY + ['shuttle', 'metro', 'street'], w=6),
    'earbuds': K(cat='electronics', no=['蓝牙耳机', '耳机', '无线耳机', '耳机'], nf=['蓝牙耳机', '耳机盒', '无线耳机'], en='earbuds',
                 meas='一副', colors=[('white', 5), ('black', 3), ('blue', 1), ('pink', 1), ('green', 1)], bg='buds', pb=0.9,
                 sk='sn', spo=0.1, spf=0.15, slots=[('budcase', 0.75), ('budmark', 0.5), ('budhidden', 0.3)],
                 places=PL_ANY, w=12),
    'power_bank': K(cat='electronics', no=['充电宝', '移动电源'], nf=['充电宝', '移动电源'], en='power bank', meas='一个',
                    colors=[('white', 3), ('black', 3), ('pink', 1), ('blue', 1), ('green', 1)], bg='pb', pb=0.85, sk=None,
                    slots=[('pbmark', 0.75)], places=PL_ANY, w=6),
    'calculator': K(cat='electronics', no=['计算器', '科学计算器', '函数计算器'], nf=['计算器', '科学计算器'], en='calculator',
                    meas='一个', colors=[('black', 3), ('white', 1), ('blue', 1), ('pink', 1)], bg='calc', pb=0.95, sk=None,
                    slots=[('calcmark', 0.85)], places=['jx1', 'jx2', 'jx3', 'library', 'jx1', 'jx2', 'jx3'], w=5),
    'usb': K(cat='electronics', no=['U盘', '优盘', 'u盘'], nf=['U盘'], en='USB drive', meas='一个',
             colors=[('silver', 2), ('black', 2), ('red', 1), ('blue', 1)], bg='usb', pb=0.8, sk=None,
             slots=[('usbmark', 0.75), ('usbhidden', 0.7)], places=['library', 'renwen', 'street', 'admin', 'jx1', 'jx2', 'lanyuan'], w=4),
    'camera': K(cat='electronics', no=['相机', '微单相机', '数码相机', '相机'], nf=['相机', '数码相机'], en='camera', meas='一台',
                colors=[('black', 4), ('silver', 2), ('white', 1)], bg='cam', pb=1.0, sk='sn', spo=0.2, spf=0.3,
                slots=[('camstrap', 0.7), ('camlens', 0.5), ('camhidden', 0.6)], places=PL_PHOTO, w=5),
    'smartwatch': K(cat='electronics', no=['智能手表', '手表', '运动手环'], nf=['智能手表', '手环'], en='smartwatch', meas='一块',
                    colors=[('black', 2), ('pink', 1), ('white', 1), ('silver', 1)], bg='watch', pb=1.0, sk=None,
                    slots=[('strap', 0.85), ('watchface', 0.4)], places=['gym', 'track', 'lake', 'library', 'canteen3'], w=3),
    'headphones': K(cat='electronics', no=['头戴式耳机', '耳机'], nf=['头戴式耳机'], en='headphones', meas='一副',
                    colors=[('black', 2), ('white', 2), ('blue', 1)], bg='buds', pb=0.9, sk=None, slots=[('hpmark', 0.7)],
                    places=PL_STUDY + ['shuttle', 'metro'], w=2),
    'hdd': K(cat='electronics', no=['移动硬盘', '硬盘'], nf=['移动硬盘'], en='external hard drive', meas='一个',
             colors=[('black', 2), ('blue', 1), ('silver', 1)], bg='hdd', pb=0.9, sk='sn', spo=0.1, spf=0.3,
             slots=[('hddhidden', 0.7)], places=['library', 'renwen', 'lanyuan', 'meiyuan', 'express', 'shuttle'], w=2),
    'keys': K(cat='keys', no=['钥匙', '钥匙', '钥匙串', '宿舍钥匙'], nf=['钥匙', '钥匙'], en='keys', meas='一串',
              colors=None, bg=None, sk='fob', spo=0.12, spf=0.3,
              slots=[('keycount', 0.6), ('fob', 0.8), ('pendant', 0.7), ('keytag', 0.35), ('keyhidden', 0.3)], places=PL_ANY, w=18),
    'wallet': K(cat='wallet', no=['钱包', '钱包', '皮夹', '钱夹'], nf=['钱包'], en='wallet', meas='一个',
                colors=[('black', 5), ('brown', 4), ('pink', 2), ('red', 1), ('blue', 1), ('white', 1), ('green', 1)], bg='wallet',
                pb=0.5, sk='card_tail', spo=0.45, spf=0.75, slots=[('wstyle', 0.8), ('wmark', 0.4)], places=PL_ANY, w=16),
    'bicycle': K(cat='bicycle', no=['自行车', '单车', '自行车', '车子'], nf=['自行车'], en='bike', meas='一辆',
                 colors=[('black', 3), ('white', 2), ('blue', 2), ('red', 1), ('green', 1), ('grey', 1), ('yellow', 1), ('pink', 1)],
                 bg='bike', pb=0.85, sk='frame', spo=0.2, spf=0.35,
                 slots=[('basket', 0.6), ('biklock', 0.6), ('bikemark', 0.55), ('permit', 0.4), ('bikehidden', 0.3)], places=PL_BIKE, w=12),
    'ebike': K(cat='ebike', no=['电动车', '电瓶车', '小电驴', '电动自行车'], nf=['电动自行车', '电动车'], en='e-scooter', meas='一辆',
               colors=[('white', 3), ('black', 3), ('pink', 1), ('blue', 1), ('grey', 1), ('green', 1), ('red', 1)], bg='ebike',
               pb=0.95, sk='plate', spo=0.6, spf=0.85, slots=[('ebox', 0.6), ('ebmark', 0.55)],
               places=['meiyuan', 'zhuyuan', 'lanyuan', 'canteen2', 'library', 'eastgate', 'street', 'metro', 'express'], w=10),
    'backpack': K(cat='bag', no=['双肩包', '书包', '背包'], nf=['双肩包', '背包'], en='backpack', meas='一个', colors=CLR_GEN,
                  bg='bag', pb=0.6, sk=None, slots=[('bagmark', 0.5)], contents='bp_content', places=PL_ANY, w=6),
    'tote': K(cat='bag', no=['帆布包', '帆布袋', '托特包'], nf=['帆布包'], en='tote bag', meas='一个',
              colors=[('white', 4), ('black', 2), ('blue', 1), ('green', 1), ('yellow', 1)], bg='bag', pb=0.25, sk=None,
              slots=[('bagmark', 0.5)], contents='tote_content', places=PL_ANY, w=4),
    'luggage': K(cat='bag', no=['行李箱', '拉杆箱', '箱子'], nf=['行李箱', '拉杆箱'], en='suitcase', meas='一个',
                 colors=[('black', 2), ('silver', 2), ('blue', 1), ('pink', 1), ('grey', 1), ('white', 1)], bg='lug', pb=0.6,
                 sk=None, slots=[('lugmark', 0.8)], contents='lug_content', places=PL_MOVE, w=3),
    'crossbody': K(cat='bag', no=['斜挎包', '小包', '单肩包'], nf=['斜挎包', '女士小包'], en='shoulder bag', meas='一个',
                   colors=[('black', 2), ('white', 1), ('pink', 1), ('brown', 1), ('red', 1)], bg='bag', pb=0.5, sk=None,
                   slots=[('bagmark', 0.4)], contents='cb_content', places=PL_ANY, w=3),
    'cash': K(cat='cash', no=['现金', '钱', '现金'], nf=['现金', '人民币现金'], en='cash', meas='', colors=None, bg=None, sk=None,
              slots=[('cashwrap', 0.85), ('cashhidden', 0.5)], places=['street', 'canteen1', 'canteen2', 'hall', 'metro', 'southgate', 'meiyuan', 'express', 'gym'], w=8),
    'ring': K(cat='jewelry', no=['戒指', '戒指', '对戒'], nf=['戒指'], en='ring', meas='一枚',
              colors=[('silver', 3), ('gold', 2)], bg='jew', pb=0.4, sk=None, slots=[('engrave', 0.8), ('jhidden', 0.5)],
              places=['gym', 'track', 'canteen1', 'lake', 'hall', 'library', 'meiyuan'], w=3),
    'necklace': K(cat='jewelry', no=['项链'], nf=['项链'], en='necklace', meas='一条', colors=[('silver', 2), ('gold', 2)],
                  bg='jew', pb=0.4, sk=None, slots=[('pendant_j', 0.9), ('jhidden', 0.5)], places=PL_PHOTO + ['gym', 'track'], w=2),
    'bracelet': K(cat='jewelry', no=['手链', '手串', '手镯'], nf=['手链', '手串'], en='bracelet', meas='一条',
                  colors=[('red', 2), ('silver', 1), ('brown', 1), ('green', 1)], bg='jew', pb=0.2, sk=None,
                  slots=[('brace', 0.95), ('jhidden', 0.5)], places=PL_ANY, w=3),
    'bottle': K(cat='other', no=['水杯', '保温杯', '杯子', '水杯'], nf=['水杯', '保温杯'], en='water bottle', meas='一个',
                colors=CLR_GEN, bg='bottle', pb=0.55, sk=None, slots=[('bsticker', 0.8)], places=PL_ANY, w=6),
    'umbrella': K(cat='other', no=['雨伞', '伞', '遮阳伞'], nf=['雨伞', '伞'], en='umbrella', meas='一把',
                  colors=[('black', 3), ('blue', 2), ('pink', 1), ('green', 1), ('white', 1), ('purple', 1)], bg='umb', pb=0.3,
                  sk=None, slots=[('umbmark', 0.8)], places=PL_ANY, w=4),
    'glasses': K(cat='other', no=['眼镜', '近视眼镜', '眼镜'], nf=['眼镜', '近视眼镜'], en='glasses', meas='一副',
                 colors=[('black', 3), ('gold', 1), ('silver', 1), ('brown', 1), ('pink', 1)], bg='glass', pb=0.3, sk=None,
                 slots=[('glasscase', 0.8), ('glasshidden', 0.6)], places=PL_ANY, w=5),
    'gown': K(cat='other', no=['学士服', '学位服', '硕士服', '毕业服'], nf=['学位服', '学士服'], en='graduation gown', meas='一套',
              colors=[('black', 3), ('blue', 1)], bg=None, sk='rental', spo=0.35, spf=0.6,
              slots=[('gownset', 0.8), ('gownmark', 0.4)], places=PL_PHOTO, w=4),
    'bouquet': K(cat='other', no=['花', '花束', '一束花'], nf=['花束', '鲜花'], en='bouquet', meas='一束',
                 colors=None, bg=None, sk=None,
                 slots=[('flowers', 1.0), ('flcard', 0.7)], places=PL_PHOTO + ['metro', 'shuttle'], w=3),
    'notebook': K(cat='other', no=['笔记本', '实验记录本', '本子'], nf=['笔记本', '记录本'], en='notebook', meas='一本',
                  colors=[('green', 1), ('blue', 1), ('black', 1)], bg=None, sk=None, slots=[('nbmark', 0.9), ('nbhidden', 0.6)],
                  places=PL_STUDY, w=2),
    'racket': K(cat='other', no=['羽毛球拍', '球拍'], nf=['羽毛球拍'], en='badminton racket', meas='一支',
                colors=[('blue', 1), ('red', 1), ('white', 1)], bg='sport', pb=0.8, sk=None, slots=[('racket', 0.8)],
                places=['gym', 'track', 'meiyuan'], w=1),
}

HIDDEN_SLOTS = {'card_hidden', 'certhidden', 'phhidden', 'laphidden', 'tabhidden', 'budhidden', 'usbhidden', 'camhidden',
                'hddhidden', 'keyhidden', 'bikehidden', 'cashhidden', 'jhidden', 'nbhidden', 'glasshidden'}
PHONE_FOUND_STATE = ['已经没电关机了', '有电，一直有电话打进来，锁着屏', '手机有电但锁屏了', '一直在响消息', '没电了', '']


def gen_serial(sk, person):
    if sk == 'student_no':
        return person.get('sno') or uniq(lambda: '2021' + '%02d' % person['ccode'] + '%04d' % R.randrange(1, 9999))
    if sk == 'staff_no':
        return person.get('staff') or uniq(lambda: '%d%04d' % (R.randrange(2005, 2023), R.randrange(1, 9999)))
    if sk == 'id':
        return uniq(lambda: make_id(*person['birth']))
    if sk == 'imei':
        return uniq(make_imei)
    if sk == 'sn':
        return uniq(lambda: pick(['PF', '5C', 'HY', 'SN', 'C0', 'GJ']) + digits(2) + ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6)))
    if sk == 'frame':
        return uniq(lambda: pick(['FY', 'FQ', 'YX', 'BK']) + '24' + digits(2) + pick('ABCDEFGHK') + digits(4))
    if sk == 'plate':
        return uniq(lambda: '宁' + pick('ABCDE') + '·' + digits(5))
    if sk == 'cert':
        return uniq(lambda: '1045811202500' + digits(5))
    if sk == 'card_tail':
        return uniq(lambda: digits(4))
    if sk == 'fob':
        return uniq(lambda: '00' + digits(5))
    if sk == 'passport':
        return uniq(lambda: pick('EPKGN') + pick('ABCDEFGH') + digits(7))
    if sk == 'rental':
        return uniq(lambda: pick(['XYF', 'BH', 'XWF']) + '-' + '%04d' % R.randrange(1, 3000))
    return None


def owner_ctx(o, person):
    name = person['name']
    if person['lang'] != 'zh':
        ini = ''.join(w[0] for w in name.split())
    else:
        ini = person['py']
    room = pick(['梅', '竹']) + str(R.randrange(1, 9)) + '-' + str(R.randrange(1, 7)) + '%02d' % R.randrange(1, 40)
    return {'name': name, 'college': person['college'], 'bal': R.randrange(3, 260), 'n4': digits(4), 'py': pick([name, person['py'].lower() + '123', 'MyBook-' + person['py']]) if person['lang'] == 'zh' else name.split()[0],
            'ini': ini, 'ini1': ini[0], 'room': room, 'k': R.randrange(2, 6), 'permit': 'BH-' + '%04d' % R.randrange(1, 9999),
            'deg': pick([300, 350, 400, 450, 500, 550, 600, 650, 700]), 'deg2': pick(['3', '4', '5', '6']),
            'hood': pick(['粉', '灰', '黄', '白', '蓝', '红']), '_adult': person['p'] in ('parent', 'teacher', 'worker')}


def make_object(kname, person):
    k = KINDS[kname]
    o = {'kind': kname, 'cat': k['cat'], 'fcat': k['cat'], 'no': k['no'], 'nf': k['nf'], 'en': k['en'], 'meas': k['meas']}
    o['color'] = wpick(k['colors']) if k.get('colors') else None
    o['brand'] = None
    o['model'] = None
    if k.get('bg') and chance(k.get('pb', 0)):
        o['brand'] = pick(BR[k['bg']])
        if o['brand']['models'] and chance(0.9):
            o['model'] = pick(o['brand']['models'])
    o['sk'] = k.get('sk')
    o['serial'] = gen_serial(o['sk'], person) if o['sk'] else None
    if o['sk'] == 'fob' and not chance(0.5):
        o['serial'] = None
    if o['sk'] == 'frame' and not chance(0.7):
        o['serial'] = None
    o['spo'] = k.get('spo', 0)
    o['spf'] = k.get('spf', 0)
    o['name'] = person['name'] if k.get('ident') else None
    if kname == 'passport' or (o['name'] and person['lang'] != 'zh'):
        o['name'] = person['name']
    ctx = owner_ctx(o, person)
    o['ctx'] = ctx
    o['feats'] = []
    for slot, p in k['slots']:
        if slot == 'college' and person['p'] in ('parent', 'worker'):
            continue
        if chance(p):
            o['feats'].append(feat(slot, ctx))
    if k.get('contents'):
        n = R.randrange(2, 5)
        for t in sample(P[k['contents']], n):
            o['feats'].append(make_feat('content', t[0], t[1], t[2], ctx))
    o['amount'] = None
    if kname == 'cash':
        o['amount'] = make_cash()
    if kname == 'wallet':
        o['amount'] = make_cash(small=True) if chance(0.75) else None
        extra = []
        if chance(0.5):
            extra.append(('里面有我的校园卡', '内有校园卡一张，姓名{name}', 'my campus card is inside'))
        if chance(0.35):
            extra.append(('身份证也在里面', '内有居民身份证一张（姓名{name}）', 'my ID card is inside'))
        if chance(0.4):
            extra.append(pick([('还有几张奶茶店集点卡', '奶茶店积分卡数张', 'some milk-tea stamp cards'),
                               ('夹着一张公交卡', '公交卡一张', 'a transit card'),
                               ('有几张小票', '购物小票若干', 'some receipts'),
                               ('有一张一寸照片', '一寸照片一张', 'a passport photo')]))
        for t in extra:
            o['feats'].append(make_feat('content', t[0], t[1], t[2], ctx))
    return o


def make_cash(small=False):
    notes = []
    if small:
        n100 = R.randrange(0, 5)
    else:
        n100 = R.randrange(2, 21)
    n50 = R.randrange(0, 3)
    n20 = R.randrange(0, 4)
    n10 = R.randrange(0, 4)
    if n100 + n50 + n20 + n10 == 0:
        n20 = 1
    for v, c in ((100, n100), (50, n50), (20, n20), (10, n10)):
        if c:
            notes.append((v, c))
    return {'total': sum(v * c for v, c in notes), 'notes': notes}


def amount_owner(a, en=False):
    t = a['total']
    if en:
        return pick(['about %d yuan' % (round(t, -1)), '%d RMB' % t, 'around %d kuai' % (t // 100 * 100 or t)])
    n100 = dict(a['notes']).get(100, 0)
    opts = [('%d元' % t, 3), ('大概%d块' % (t // 50 * 50 or t), 2), ('%d块左右' % t, 1)]
    if 200 <= t < 1000:
        opts.append(('%s百多块' % CNUM.get(t // 100, str(t // 100)), 2))
    if t >= 1000:
        opts.append(('%s千多块' % CNUM.get(t // 1000, str(t // 1000)), 2))
    if n100 >= 2:
        opts.append(('%s张一百的，还有些零钱' % CNUM.get(n100, str(n100)), 2))
    return wpick(opts)


CNUM = {1: '一', 2: '两', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十', 11: '十一', 12: '十二',
        13: '十三', 14: '十四', 15: '十五', 16: '十六', 17: '十七', 18: '十八', 19: '十九', 20: '二十'}


def amount_finder(a):
    parts = '、'.join('%d元%d张' % (v, c) for v, c in a['notes'])
    return pick(['共计人民币%d元（%s）' % (a['total'], parts), '现金%d元' % a['total'], '%s，共%d元' % (parts, a['total'])])


# ---------------------------------------------------------------- events: where and when
def rand_time(period, hours):
    t0, t1 = PERIODS[period]
    days = (t1 - t0).days
    d = t0 + datetime.timedelta(days=R.randrange(days + 1))
    h0, h1 = hours
    m = R.randrange(h0 * 60, min(h1 * 60, 23 * 60 + 50))
    return d + datetime.timedelta(minutes=m)


def make_event(kname, person, place=None, near=None):
    k = KINDS[kname]
    if place is None:
        cands = list(k['places'])
        if person['p'] == 'parent':
            cands = [c for c in cands if c in ('hall', 'gym', 'lawn', 'motto', 'lake', 'southgate', 'metro', 'street', 'canteen1', 'canteen2', 'library', 'shuttle')] or cands
        if person['p'] == 'teacher':
            cands = [c for c in cands if c in ('jx1', 'jx2', 'jx3', 'renwen', 'admin', 'library', 'canteen1', 'canteen2', 'hall', 'shuttle', 'metro')] or cands
        if person['p'] == 'worker':
            job_places = {'canteen': ('canteen1', 'canteen2', 'canteen3', 'shuttle', 'eastgate', 'street'),
                          'cleaner': ('library', 'jx1', 'jx2', 'jx3', 'renwen', 'canteen1', 'canteen2', 'shuttle', 'hall'),
                          'dorm': ('meiyuan', 'zhuyuan', 'lanyuan', 'express', 'shuttle', 'eastgate')}[person['job']]
            cands = [c for c in cands if c in job_places] or list(job_places)
        place = pick(cands)
    pl = PLACES[place]
    period = wpick(pl[6])
    if person['p'] == 'parent' and chance(0.6):
        period = 'ceremony'
    t = rand_time(period, pl[7])
    if near is not None:
        t = near
    b = R.randrange(1, 9) if place in ('meiyuan', 'zhuyuan') else pick('ABCD')
    spot = pick_spot(place, kname, b)
    x = pl[2] + R.uniform(-40, 40)
    y = pl[3] + R.uniform(-40, 40)
    acts = [a for a in pl[8] if ok_act(a, period)] or ['在{s}']
    if person['p'] in PERSONA_ACTS:
        if place in ('shuttle', 'metro', 'southgate', 'eastgate', 'street'):
            acts = [a for a in acts if '{s}' in a and '毕业照' not in a and '踢球' not in a and '室友' not in a]
        else:
            acts = [a for a in acts if '毕业典礼' in a and person['p'] == 'parent'] + \
                [a for a in PERSONA_ACTS[person['p']] if ok_act(a, period)]
        acts = acts or ['在{s}']
    return {'place': place, 'spot': spot, 't': t, 'x': x, 'y': y, 'act_tpl': pick(acts), 'exam': pick(EXAMS),
            'period': period, 'b': b}


PERSONA_ACTS = {'parent': ['陪孩子在{s}拍照', '在{s}等孩子', '在{s}参观', '跟孩子去{s}', '在{s}歇了一会儿'],
                'teacher': ['在{s}监考', '在{s}开会', '去{s}办事', '在{s}'],
                'worker': ['在{s}上班', '下班路过{s}', '在{s}干活']}
BIKE_SPOTS = [('门口停车处', 'the parking by the entrance'), ('旁边的车棚', 'the shed nearby'), ('路边', 'the roadside'),
              ('附近的停车区', 'the parking area nearby')]
BIG_KINDS = ('bicycle', 'ebike')


def pick_spot(place, kname, b=None):
    if b is None:
        b = R.randrange(1, 9) if place in ('meiyuan', 'zhuyuan') else pick('ABCD')
    if kname in BIG_KINDS:
        if place in ('meiyuan', 'zhuyuan'):
            sz, se = pick([('自行车棚', 'the bike shed'), ('{b}栋楼下', 'outside building {b}')])
        elif place == 'lanyuan':
            sz, se = pick([('停车棚', 'the scooter shed'), ('{b}座楼下', 'outside block {b}')])
        elif place in ('shuttle', 'metro'):
            sz, se = pick([('门口停车处', 'the parking outside'), ('出口旁的非机动车停放区', 'the bike parking by the exit')])
        else:
            sz, se = pick(BIKE_SPOTS)
    else:
        sz, se = pick(PLACES[place][4])
    return (sz.replace('{b}', str(b)), se.replace('{b}', str(b)))


def ok_act(a, period):
    if '搬' in a and period != 'moveout':
        return False
    if '毕业典礼' in a and period != 'ceremony':
        return False
    if '拨穗' in a and period != 'ceremony':
        return False
    if '考' in a and period != 'exam':
        return False
    if '毕业照' in a and period not in ('photo', 'ceremony'):
        return False
    return True


def daytime(t):
    if t.hour < 7:
        t = t.replace(hour=R.randrange(7, 12), minute=R.randrange(0, 60))
    elif t.hour >= 23:
        t = (t + datetime.timedelta(days=1)).replace(hour=R.randrange(7, 12), minute=R.randrange(0, 60))
    return t


def act_text(ev, place_zh, say_spot):
    tpl = ev['act_tpl']
    if any(al in tpl for al in PLACES[ev['place']][0]):
        s = ''
    else:
        s = place_zh
    a = tpl.format(s=s, exam=ev['exam'])
    if say_spot:
        a += pick(['，东西可能落在%s了', '，当时坐在%s', '，应该是在%s附近', '（%s）']) % ev['spot'][0]
    return a


def place_alias(key, far=False):
    al = (FAR_PLACES if far else PLACES)[key][0]
    return pick(al)


# ---------------------------------------------------------------- time phrases
WD = '一二三四五六日'


def pod(h):
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
    if h < 19:
        return '傍晚'
    return '晚上'


def h12(h):
    return h if h <= 12 else h - 12


def when_zh(t, exact=False):
    m, d, h, mi = t.month, t.day, t.hour, t.minute
    opts = [('%d月%d日%s' % (m, d, pod(h)), 3), ('%d月%d号%s%d点多' % (m, d, pod(h), h12(h)), 3),
            ('%d.%d %s' % (m, d, pod(h)), 1), ('%d号%s' % (d, pod(h)), 2),
            ('周%s（%d/%d）%s' % (WD[t.weekday()], m, d, pod(h)), 1)]
    if exact:
        opts = [('%d月%d日%d时%02d分许' % (m, d, h, mi // 10 * 10), 2), ('%d月%d日%s%d点左右' % (m, d, pod(h), h12(h)), 3),
                ('%d/%d %02d:%02d' % (m, d, h, mi // 5 * 5), 2), ('%d号%s%d点半左右' % (d, pod(h), h12(h)), 1)]
    return wpick(opts)


MONTH_EN = {5: 'May', 6: 'June', 7: 'July'}


def when_en(t):
    ap = 'am' if t.hour < 12 else 'pm'
    return pick(['on %s %d around %d%s' % (MONTH_EN[t.month], t.day, h12(t.hour), ap),
                 '%d %s, %s' % (t.day, MONTH_EN[t.month], {'早上': 'early morning', '上午': 'morning', '中午': 'noon', '下午': 'afternoon', '傍晚': 'evening', '晚上': 'evening', '凌晨': 'late night'}[pod(t.hour)]),
                 '%d/%d %d%s' % (t.month, t.day, h12(t.hour), ap)])


def window_zh(a, b):
    if a.date() == b.date() and (b - a).total_seconds() <= 6 * 3600:
        return pick(['%d月%d日%s%d点到%s%d点之间' % (a.month, a.day, pod(a.hour), h12(a.hour), '' if pod(a.hour) == pod(b.hour) else pod(b.hour), h12(b.hour)),
                     '%d号%d点多到%d点多' % (a.day, a.hour, b.hour),
                     '%s' % when_zh(a)])
    return pick(['从%s到%s之间' % (when_zh(a), when_zh(b)),
                 '最后一次看到是%s，%s才发现不见了' % (when_zh(a), when_zh(b)),
                 '%s到%s' % (when_zh(a), when_zh(b))])


# ---------------------------------------------------------------- voices
UG_OPEN = ['', '', '', '家人们，', '救命！', '求助求助，', '各位好心人，', '呜呜呜', '谁懂啊家人们，', '蚌埠住了，', '人麻了，',
           '毕业前夕丢东西我是真的服了，', '破防了，', '急急急！', '求扩散，', '你好，', '您好，']
UG_CLOSE = ['有捡到的uu麻烦联系我！', '好心人捡到请联系，必有重谢🙏', '拜托拜托🙏', '万分感谢！！', '求求了😭', '真的很急，谢谢！',
            '马上要离校了，求帮忙', '捡到的话交到保卫处或者联系我都行', '', '', '谢谢谢谢', '必有重谢！请你喝奶茶', '跪谢']
GRAD_OPEN = ['您好，', '本人是{college}研究生，', '打扰了，', '您好，我是{college}的研三学生，', '']
GRAD_CLOSE = ['如有拾到，烦请联系，不胜感激。', '麻烦各位留意一下，谢谢。', '劳烦帮忙，谢谢！', '']
PARENT_OPEN = ['您好，我是来参加{child}毕业典礼的家长，', '我们是外地来送{child}毕业的，', '您好，我是学生家长，',
               '同志你好，我是{child}的妈妈，', '我是学生家长，']
PARENT_CLOSE = ['麻烦你们帮忙找找，谢谢了。', '我们过几天就要回老家了，请尽快联系。', '谢谢警察同志。', '麻烦了。']
TEACHER_OPEN = ['本人系{college}教师，', '您好，我是{college}的老师，', '您好，', '']
TEACHER_CLOSE = ['如有拾获请联系，谢谢。', '请拾到者交学院办公室或联系本人。', '谢谢！']
WORKER_OPEN = {'canteen': ['我是食堂打菜的，', '我在食堂上班，', '我是食堂的员工，'],
               'cleaner': ['我是学校保洁，', '我是做保洁的，'],
               'dorm': ['我是宿管，', '我是宿舍楼宿管，']}
WORKER_CLOSE = ['麻烦帮我找找，谢谢。', '谢谢你们。', '']
LOSE_VERB = ['丢了', '弄丢了', '不见了', '找不到了', '落在那了', '掉了']
TYPOS = [('钥匙', '要是'), ('图书馆', '图书管'), ('耳机', '耳鸡'), ('充电宝', '充电包'), ('身份证', '身份正'), ('已经', '以经'),
         ('联系', '连系'), ('麻烦', '麻凡'), ('谢谢', '谢谢谢'), ('黑色', '嘿色'), ('食堂', '食唐'), ('自行车', '自形车'),
         ('电动车', '电东车'), ('校园卡', '校园咔'), ('捡到', '减到'), ('宿舍', '宿设'), ('钱包', '前包'), ('眼镜', '眼睛'),
         ('水杯', '水被'), ('雨伞', '雨散'), ('毕业', '毕叶'), ('手机', '手鸡'), ('不见了', '不见啦'), ('一下', '以下'),
         ('在', '再'), ('的', '得'), ('好心人', '好心任'), ('笔记本', '笔记版')]


def typo(s, n=1):
    for _ in range(n):
        opts = [t for t in TYPOS if t[0] in s]
        if not opts:
            return s
        a, b = pick(opts)
        i = s.find(a)
        # replace one occurrence (not always the first)
        idxs = []
        j = s.find(a)
        while j >= 0:
            idxs.append(j)
            j = s.find(a, j + 1)
        i = pick(idxs)
        s = s[:i] + b + s[i + len(a):]
    return s


def fmt_open(t, person):
    return t.format(college=person['college'], child=person.get('child', '孩子'))


# ---------------------------------------------------------------- description builders
def zh_core(o, noun, col, br, md, who):
    meas = o['meas']
    t = R.randrange(5)
    if noun.startswith('一'):
        meas = ''
    if t == 0:
        s = (meas if meas else '') + ((col if col.endswith('的') else col + '的') if col else '') + (br or '') + ((' ' + md) if md and br else (md or '')) + noun
    elif t == 1:
        s = (br or '') + noun + (('，' + col) if col else '') + (('，型号' + md) if md else '')
    elif t == 2:
        s = (col or '') + noun + (('（' + ((br or '') + ((' ' + md) if md else '')).strip() + '）') if (br or md) else '')
    elif t == 3:
        rest = [x for x in (col, ((br or '') + ((' ' + md) if md else '')).strip()) if x]
        s = noun + (('，' + '，'.join(rest)) if rest else '')
    else:
        s = (col or '') + (br or '') + noun + (('，' + md) if md else '')
    return s.replace('  ', ' ')


def en_core(o, col, br, md):
    s = ' '.join(x for x in (col, br, md, o['en']) if x)
    return s


def join_feats(texts, sep_style=None):
    if not texts:
        return ''
    st = sep_style if sep_style is not None else R.randrange(3)
    if st == 0:
        return '，'.join(texts)
    if st == 1:
        return '；'.join(texts)
    return '，'.join(texts)


# ---------------------------------------------------------------- owner side
def owner_facts(o, person, hurried):
    """decide which facts the owner states; returns dict fact -> rendered text"""
    en = person['lang'] == 'en'
    st = {}
    p = person['p']
    if o['color'] and chance(0.5 if hurried else 0.85):
        st['color'] = cword(o['color'], 'en' if en else 'o')
    if o['brand'] and chance(0.3 if hurried else (0.5 if p == 'parent' else 0.78)):
        st['brand'] = brand_word(o['brand'], 'en' if en else 'o')
        if o['model'] and chance(0.25 if hurried else (0.65 if p in ('grad', 'teacher') else 0.45)):
            st['model'] = model_var(o['model'])
    if o['serial']:
        ps = o['spo']
        if hurried and o['sk'] in ('student_no', 'plate', 'id'):
            ps = max(ps, 0.6)
        if chance(ps):
            st['serial'] = fmt_serial(o['sk'], o['serial'], 'o')
    if o['name'] and chance(0.3 if hurried else 0.75):
        st['name'] = o['name']
    if o['amount'] and chance(0.9):
        st['amount'] = amount_owner(o['amount'], en)
    fs = []
    for f in o['feats']:
        if hurried:
            continue
        pf = 0.55 if f['slot'] == 'content' else 0.7
        if f['slot'] in HIDDEN_SLOTS:
            pf = 0.6
        if chance(pf):
            fs.append(f)
    if hurried and o['feats'] and chance(0.35):
        fs = [pick(o['feats'])]
    st['feats'] = fs
    if not hurried and len(st) == 1 and not fs and o['feats']:
        st['feats'] = [o['feats'][0]]
    return st


def write_lost(o, ev, person, hurried, win):
    """returns lost-record dict (without key/truth) and the stated facts"""
    a, b = win
    en = person['lang'] == 'en'
    mix = person['lang'] == 'mix'
    st = owner_facts(o, person, hurried)
    fill_level = 'none' if hurried else wpick([('none', 35), ('some', 40), ('full', 25)])
    rec = {'category': o['cat']}
    # which facts go to structured fields, which to body
    in_field = {}
    in_body = {}
    for fk in ('color', 'brand', 'model', 'serial'):
        if fk not in st:
            continue
        if fill_level == 'none':
            in_body[fk] = st[fk]
        elif fill_level == 'some':
            f_ = chance(0.5)
            b_ = (not f_) or chance(0.6)
            if f_:
                in_field[fk] = st[fk] if fk != 'serial' else fmt_serial(o['sk'], o['serial'], 'o', field=True)
            if b_:
                in_body[fk] = st[fk]
        else:
            in_field[fk] = st[fk] if fk != 'serial' else fmt_serial(o['sk'], o['serial'], 'o', field=True)
            if chance(0.45):
                in_body[fk] = st[fk]
    feat_texts = [(f['en'] if en else f['o']) for f in st['feats'] if (f['en'] if en else f['o'])]
    marks_items = []
    body_feats = []
    for t in feat_texts:
        if fill_level == 'none':
            body_feats.append(t)
        elif fill_level == 'some':
            if chance(0.5):
                marks_items.append(t)
                if chance(0.4):
                    body_feats.append(t)
            else:
                body_feats.append(t)
        else:
            marks_items.append(t)
            if chance(0.4):
                body_feats.append(t)
    name_txt = st.get('name')
    amt = st.get('amount')
    if fill_level != 'none' and amt and chance(0.4):
        marks_items.insert(0, ('cash ' + amt) if en else ('现金' + amt))
    if fill_level == 'full' and name_txt and chance(0.5):
        marks_items.insert(0, ('name: ' + name_txt) if en else ('姓名' + name_txt))
    # place statement
    pl = PLACES[ev['place']]
    place_zh = place_alias(ev['place'])
    vague = chance(0.18) and not hurried
    other_pl = None
    if vague:
        other_pl = pick([k for k in sorted(PLACES) if k != ev['place'] and dist((PLACES[k][2], PLACES[k][3]), (pl[2], pl[3])) < 900] or ['library'])
    say_spot = chance(0.55)
    # body
    noun = pick(o['no'])
    if en:
        body = en_lost_body(o, ev, person, st, in_body, body_feats, name_txt, amt, a, b, vague, other_pl, hurried)
    elif mix:
        body = mix_lost_body(o, ev, person, st, in_body, body_feats, name_txt, amt, a, b, vague, other_pl, noun, place_zh, hurried)
    else:
        body = zh_lost_body(o, ev, person, st, in_body, body_feats, name_txt, amt, a, b, vague, other_pl, noun, place_zh,
                            say_spot, hurried)
    rec['body'] = cap(body)
    for fk in ('color', 'brand', 'model', 'serial'):
        if fk in in_field:
            rec[fk] = in_field[fk]
    if marks_items:
        rec['marks'] = ('; ' if en else '；').join(marks_items)[:500]
    # address
    if not hurried and (fill_level == 'full' and chance(0.95) or fill_level == 'some' and chance(0.6)):
        if vague:
            rec['address'] = place_zh + '或' + place_alias(other_pl)
        elif en:
            rec['address'] = pick([pl[1], 'Binhu University, ' + pl[1]])
        else:
            rec['address'] = pick(CAMPUS) + place_zh + (ev['spot'][0] if say_spot and chance(0.6) else '')
            if chance(0.15):
                rec['address'] = ADDR_ROOT + place_zh
    if not hurried and chance({'none': 0.1, 'some': 0.3, 'full': 0.5}[fill_level]):
        lat, lon = ll(ev['x'] + R.uniform(-120, 120), ev['y'] + R.uniform(-120, 120))
        rec['lat'], rec['lon'] = lat, lon
    for k2 in ('color', 'brand', 'model', 'serial', 'address'):
        if k2 in rec:
            rec[k2] = rec[k2][:60]
    return rec, st


def zh_lost_body(o, ev, person, st, in_body, feats, name_txt, amt, a, b, vague, other_pl, noun, place_zh, say_spot, hurried):
    p = person['p']
    col = in_body.get('color')
    br = in_body.get('brand')
    md = in_body.get('model')
    ser = in_body.get('serial')
    if hurried:
        bits = []
        where = place_zh + (ev['spot'][0] if chance(0.3) else '')
        d = pick(['', '%d号' % ev['t'].day, '%d号%s' % (ev['t'].day, pod(ev['t'].hour)), '今天'[:0]])
        desc = ''.join(x for x in (col, br) if x) + noun
        t = R.randrange(4)
        if t == 0:
            s = '%s%s%s%s' % (d, where, pick(['丢了', '掉了', '落了']), desc)
        elif t == 1:
            s = '%s在%s%s' % (desc, where, pick(LOSE_VERB))
        elif t == 2:
            s = '求助 %s %s %s' % (where, desc, pick(['丢了', '不见了']))
        else:
            s = '%s%s丢%s，' % (d, where, desc)
        extra = []
        if ser:
            extra.append(serial_phrase(o['sk'], ser, 'o'))
        if name_txt:
            extra.append('名字' + name_txt)
        if amt:
            extra.append(amt)
        if st['feats']:
            extra.append(st['feats'][0]['o'])
        s = s.rstrip('，') + ('，' + '，'.join(extra) if extra else '') + pick(['', '', ' 急', '！！', ' 急急急', ' 捡到的私我', '，谢谢'])
        return typo(s, 1 if chance(0.6) else 0)
    parts = []
    if p == 'ug':
        parts.append(pick(UG_OPEN))
    elif p == 'grad':
        parts.append(fmt_open(pick(GRAD_OPEN), person))
    elif p == 'parent':
        parts.append(fmt_open(pick(PARENT_OPEN), person))
    elif p == 'teacher':
        parts.append(fmt_open(pick(TEACHER_OPEN), person))
    elif p == 'worker':
        parts.append(pick(WORKER_OPEN[person['job']]))
    win = window_zh(a, b)
    if vague:
        where = '可能是在%s，也可能是%s' % (place_zh, place_alias(other_pl))
        narr = '%s，%s把%s%s，%s' % (win, pick(['不知道', '不确定', '记不清']) + '在哪', noun, pick(LOSE_VERB), where)
    else:
        act = act_text(ev, place_zh, say_spot)
        t = R.randrange(4)
        sep = '，' if '，' in win else ''
        if t == 0:
            narr = '%s%s%s，%s%s' % (win, sep, act, pick(['回来发现', '后来发现', '结果', '走的时候忘了拿，']), noun + pick(LOSE_VERB))
        elif t == 1:
            narr = '%s%s我%s，%s' % (win, sep, act, pick(['把' + noun + pick(LOSE_VERB), noun + '就' + pick(['不见了', '没了']), '把' + noun + '落下了']))
        elif t == 2:
            narr = '%s在%s%s%s' % (win, place_zh, ev['spot'][0] + '附近' if say_spot else '', '丢了' + noun)
        else:
            narr = '%s，%s，%s%s' % (act, win, noun, pick(['找不到了', '不见了', '没了']))
    if p == 'parent' and chance(0.5):
        narr += pick(['，我们对学校不熟', '，人太多了没注意', '，当时光顾着给孩子拍照了'])
    parts.append(narr + '。')
    core = zh_core(o, pick(o['no']), col, br, md, 'o')
    if not (col or br or md):
        dtpl = pick(['%s上', '特征：', '', '%s：'])
        desc = dtpl.replace('%s', noun) if '%s' in dtpl else dtpl
        desc = desc or ''
    else:
        dtpl = pick(['是%s。', '%s。', '东西是%s，', '描述：%s。', '特征：%s。'])
        desc = dtpl % core
    bits = []
    if ser:
        bits.append(serial_phrase(o['sk'], ser, 'o'))
    if name_txt:
        bits.append(pick(['名字是', '姓名', '上面名字', '写的名字是']) + name_txt)
    if amt:
        bits.append(pick(['里面有', '大概有', '钱是', '']) + amt)
    vis = [f for f in feats]
    rest = join_feats(bits + vis)
    if rest:
        if desc and desc[-1] not in '上：':
            desc = desc.rstrip('，。') + '，'
        desc = desc + rest + '。'
    elif desc and desc[-1] in '上：':
        desc = ''
    if desc.endswith('，'):
        desc = desc[:-1] + '。'
    parts.append(desc)
    if p == 'ug':
        parts.append(pick(UG_CLOSE))
    elif p == 'grad':
        parts.append(pick(GRAD_CLOSE))
    elif p == 'parent':
        parts.append(pick(PARENT_CLOSE))
    elif p == 'teacher':
        parts.append(pick(TEACHER_CLOSE))
    else:
        parts.append(pick(WORKER_CLOSE))
    body = ''.join(parts)
    body = body.replace('。。', '。').replace('，。', '。').replace('，，', '，')
    if p == 'ug' and chance(0.2):
        body = typo(body)
    return body


def en_lost_body(o, ev, person, st, in_body, feats, name_txt, amt, a, b, vague, other_pl, hurried):
    pl = PLACES[ev['place']]
    core = en_core(o, in_body.get('color'), in_body.get('brand'), in_body.get('model'))
    if hurried:
        s = 'lost my %s at %s %s' % (core, pl[1], pick(['pls help', '!!', 'today', '']))
        s = s.strip()
        if in_body.get('serial'):
            s += ', ' + in_body['serial']
        return s
    where = pl[1] if not vague else '%s or maybe %s' % (pl[1], PLACES[other_pl][1])
    parts = [pick(['Hi, ', 'Hello, ', 'Hi there! ', '']),
             pick(['I lost my %s %s at %s. ' % (core, when_en(a), where),
                   'I think I left my %s at %s (%s). ' % (core, where, ev['spot'][1]),
                   'My %s went missing between %s and %s, somewhere around %s. ' % (core, when_en(a), when_en(b), where)])]
    bits = []
    if in_body.get('serial'):
        bits.append('number: ' + in_body['serial'])
    if name_txt:
        bits.append('name on it: %s' % name_txt)
    if amt:
        bits.append(amt)
    bits += feats
    if bits:
        parts.append(pick(['Details: ', 'How to recognise it: ', 'Details - ']) + ', '.join(bits) + '. ')
    parts.append(pick(['Please contact me if you find it, thank you so much!', 'Thanks a lot!!', 'I really need it before I leave China, thank you.', 'Thank you 谢谢!']))
    return ''.join(parts)


def mix_lost_body(o, ev, person, st, in_body, feats, name_txt, amt, a, b, vague, other_pl, noun, place_zh, hurried):
    col = in_body.get('color')
    core = ' '.join(x for x in (col, in_body.get('brand'), in_body.get('model')) if x)
    if hurried:
        return ' '.join(x for x in (place_zh, 'lost', core, noun, pick(['谢谢', 'pls', '谢谢!!'])) if x)
    parts = [pick(['你好，', 'Hi 你好, ', '您好 ']),
             pick(['我 lost my %s 在%s。' % ((core + ' ' + noun).strip(), place_zh),
                   '%s I left my %s at %s%s. ' % (when_en(a), (core + ' ' + noun).strip(), place_zh, ev['spot'][0] if chance(0.5) else ''),
                   '我的%s%s不见了 (%s)，maybe in %s. ' % (core, noun, when_en(a), place_zh)])]
    bits = []
    if in_body.get('serial'):
        bits.append(in_body['serial'])
    if name_txt:
        bits.append('name ' + name_txt)
    if amt:
        bits.append(amt)
    bits += [f for f in feats]
    if bits:
        parts.append(pick(['特点: ', 'It has ', '']) + ', '.join(bits) + '. ')
    parts.append(pick(['Thank you 谢谢！', '请联系我 thanks', '非常感谢!']))
    return ''.join(parts)


# ---------------------------------------------------------------- finder side
FINDER_INTRO = {
    'cleaner': ['我是{pl}的保洁，', '保洁员', '我在{pl}做保洁，', '打扫卫生的时候'],
    'librarian': ['图书馆工作人员', '我是图书馆管理员，', '馆员巡馆时'],
    'student': ['', '', '我是学生，', '同学', '本人学生，'],
    'guard': ['保安巡逻时', '我是{pl}的保安，', '校卫队员', '值班保安'],
    'teacher': ['监考老师', '我是老师，', '任课老师'],
    'canteen': ['食堂阿姨收餐盘时', '我是{pl}的员工，', '食堂师傅'],
    'gym': ['体育馆管理员', '场馆工作人员'],
    'nurse': ['校医院护士', '校医院工作人员'],
    'courier': ['驿站工作人员', '快递员', '我是快递站的，'],
    'driver': ['校车司机收车时', '我是校车司机，', '校车师傅'],
    'metro': ['地铁站工作人员', '站务员', '我是地铁站的，'],
    'shop': ['店主', '我是{pl}一家店的老板，', '店员'],
    'dorm': ['宿管阿姨', '我是{pl}{b}宿管，', '宿管', '宿管阿姨查退宿房间时'],
    'staff': ['工作人员', '典礼志愿者', '我是学校工作人员，'],
    'parent': ['一位家长', '我是来参加毕业典礼的家长，'],
    'photographer': ['毕业照摄影师', '拍照的摄影师'],
    'passer': ['路人', '市民', '一名乘客'],
}
FIND_VERB = ['捡到', '拾到', '发现', '捡到', '看到']
FIND_HOW = ['掉在地上', '没人拿', '在座位底下', '夹在座椅缝里', '放在窗台上', '挂在椅背上', '在垃圾桶旁边',
            '在地上', '放在台阶上', '被人放在一边', '']
FIND_HOW_BIG = ['停在那好几天没人动', '没上锁停在那', '被当成废弃车清理出来', '倒在地上', '']
FIND_CLOSE = ['等了一会儿没人来找，就交过来了。', '失主请带有效证明认领。', '现交到这里。', '', '', '希望早点物归原主。',
              '问了周围的人都说不是他们的。', '已拍照留存。', '先放在这里登记。']


def finder_facts(o, forced=(), noisy=True):
    st = {}
    if o['color'] and (chance(0.9) or 'color' in forced):
        st['color'] = cword(o['color'], 'f' if noisy else 'o')
        if 'color' in forced:
            st['color'] = pick(COLORS[o['color']][0])
    if o['brand'] and (chance(0.6) or 'brand' in forced):
        st['brand'] = brand_word(o['brand'], 'f')
        if o['model'] and (chance(0.25) or 'model' in forced):
            st['model'] = model_var(o['model'], 'f')
    if o['serial'] and (chance(o['spf']) or 'serial' in forced):
        st['serial'] = fmt_serial(o['sk'], o['serial'], 'f')
    if o['name'] and (chance(0.9) or 'name' in forced):
        st['name'] = o['name']
    if o['amount']:
        st['amount'] = amount_finder(o['amount'])
    fs = []
    for f in o['feats']:
        if not f['f']:
            continue
        if f['slot'] in HIDDEN_SLOTS and not f['f']:
            continue
        p = 0.85 if f['slot'] == 'content' else 0.7
        if chance(p) or ('feat:' + f['slot']) in forced or (f.get('forced')):
            fs.append(f)
    st['feats'] = fs
    return st


def write_found(o, fev, finder, forced=(), far=False, noisy=True):
    st = finder_facts(o, forced, noisy)
    rec = {'category': o['fcat']}
    fill_level = wpick([('none', 35), ('some', 35), ('full', 30)])
    in_field, in_body = {}, {}
    for fk in ('color', 'brand', 'model', 'serial'):
        if fk not in st:
            continue
        if fill_level == 'none':
            in_body[fk] = st[fk]
        elif fill_level == 'some':
            if chance(0.55):
                in_field[fk] = st[fk]
                if chance(0.5):
                    in_body[fk] = st[fk]
            else:
                in_body[fk] = st[fk]
        else:
            in_field[fk] = st[fk]
            if chance(0.4):
                in_body[fk] = st[fk]
    if o['kind'] == 'phone':
        state = pick(PHONE_FOUND_STATE) if chance(0.6) else ''
        if '没电' in state:
            if any(f['slot'] == 'lockscreen' and (f.get('forced') or 'feat:lockscreen' in forced) for f in st['feats']):
                state = '手机有电但锁屏了'
            else:
                st['feats'] = [f for f in st['feats'] if f['slot'] != 'lockscreen']
    feat_texts = [f['f'] for f in st['feats'] if f['f']]
    if o['kind'] == 'phone' and state:
        feat_texts.append(state)
    marks, body_feats = [], []
    for t in feat_texts:
        if fill_level == 'none':
            body_feats.append(t)
        elif fill_level == 'some':
            if chance(0.5):
                marks.append(t)
                if chance(0.4):
                    body_feats.append(t)
            else:
                body_feats.append(t)
        else:
            marks.append(t)
            if chance(0.3):
                body_feats.append(t)
    if st.get('amount') and fill_level != 'none' and chance(0.5):
        marks.insert(0, st['amount'])
    if st.get('name') and fill_level == 'full' and chance(0.6):
        marks.insert(0, '姓名：' + st['name'])
    if far:
        fp = FAR_PLACES[fev['place']]
        place_zh = pick(fp[0])
    else:
        place_zh = place_alias(fev['place'])
    body = zh_found_body(o, fev, finder, st, in_body, body_feats, place_zh, far)
    rec['body'] = cap(body)
    for fk in ('color', 'brand', 'model', 'serial'):
        if fk in in_field:
            rec[fk] = in_field[fk][:60]
    if marks:
        rec['marks'] = '；'.join(marks)[:500]
    if fill_level != 'none' and chance(0.85) or chance(0.2):
        if far:
            rec['address'] = '江宁府市' + place_zh + fev['spot'][0]
        else:
            rec['address'] = (pick(CAMPUS) + place_zh + (fev['spot'][0] if chance(0.7) else ''))[:60]
            if chance(0.1):
                rec['address'] = (ADDR_ROOT + place_zh)[:60]
    if chance({'none': 0.35, 'some': 0.6, 'full': 0.8}[fill_level]):
        rec['lat'], rec['lon'] = ll(fev['x'] + R.uniform(-25, 25), fev['y'] + R.uniform(-25, 25))
    return rec


def zh_found_body(o, fev, finder, st, in_body, feats, place_zh, far):
    persona = finder
    noun = pick(o['nf'])
    col = in_body.get('color')
    br = in_body.get('brand')
    md = in_body.get('model')
    intro = pick(FINDER_INTRO[persona]).format(pl=place_zh, b=fev.get('b', ''))
    when = when_zh(fev['t'], exact=chance(0.6))
    spot = fev['spot'][0]
    how = pick(FIND_HOW_BIG if o['kind'] in BIG_KINDS else FIND_HOW)
    core = zh_core(o, noun, col, br, md, 'f')
    bits = []
    if in_body.get('serial'):
        bits.append(serial_phrase(o['sk'], in_body['serial'], 'f'))
    if st.get('name'):
        nm = st['name']
        bits.append(pick(['姓名' + nm, '上面写着' + nm, '名字是' + nm, '持有人' + nm]))
    if st.get('amount') and chance(0.85):
        bits.append(st['amount'])
    bits += feats
    if persona == 'student' and not far and not fev.get('orig') and chance(0.08):
        enb = [f['en'] for f in st['feats'] if f['en']]
        core_en = ' '.join(x for x in (in_body.get('color') and cword(o['color'], 'en'), in_body.get('brand'), o['en']) if x)
        pl = PLACES[fev['place']]
        s = pick(['Found a %s at %s (%s) %s.' % (core_en, pl[1], fev['spot'][1], when_en(fev['t'])),
                  'I picked up a %s near %s, %s.' % (core_en, pl[1], when_en(fev['t']))])
        if in_body.get('serial'):
            s += ' Number: %s.' % in_body['serial']
        if st.get('name'):
            s += ' Name on it: %s.' % st['name']
        if enb:
            s += ' ' + '; '.join(enb) + '.'
        return s + pick([' Handing it in here.', '', ' Hope the owner gets it back!'])
    t = R.randrange(5)
    if fev.get('orig'):
        t = -1
        og = place_alias(fev['orig'])
        s = pick(['%s在%s%s收到一名学生交来的%s，说是在%s附近捡的' % (when, place_zh, spot, core, og),
                  '%s有人送到%s%s：%s，据说是在%s那边捡的' % (when, place_zh, spot, core, og),
                  '%s%s%s收到路过同学交来的%s' % (when, place_zh, spot, core)])
    if t == 0:
        s = '%s%s在%s%s%s%s' % (intro, when, place_zh, spot, pick(FIND_VERB), core)
    elif t == 1:
        s = '%s，%s在%s%s%s%s' % (when, intro, place_zh, spot, pick(FIND_VERB), core)
    elif t == 2:
        who = {'guard': '保安', 'cleaner': '保洁员', 'student': '学生', 'dorm': '宿管', 'driver': '校车司机', 'metro': '地铁站务员',
               'canteen': '食堂员工', 'shop': '商户', 'teacher': '教师', 'staff': '工作人员', 'passer': '群众'}.get(persona, '群众')
        s = '%s于%s在%s%s拾得%s' % (who, when, place_zh, spot, core)
    elif t == 3:
        s = '%s在%s%s看到%s%s，就收起来了' % (when, place_zh, spot, core, ('，' + how) if how else '')
    else:
        s = '%s%s%s%s：%s' % (place_zh, spot, when, pick(['捡到', '拾得']), core)
    if bits:
        s += '，' + join_feats(bits)
    s += '。' + pick(FIND_CLOSE)
    if persona == 'student' and chance(0.15):
        s = typo(s)
    if chance(0.12):
        # short hurried finder
        s = '%s%s捡到%s%s' % (place_zh, spot if chance(0.5) else '', core, ('，' + bits[0]) if bits else '')
    return s.replace('。。', '。').replace('，。', '。')


def finder_for(place_key):
    return pick(PLACES[place_key][5])


def found_event(ev, delay_min, moved=False):
    """true found event: same place (or moved a little) some time after the loss"""
    place = ev['place']
    t = daytime(ev['t'] + datetime.timedelta(minutes=delay_min))
    orig = None
    if moved:
        # somebody picked it up and handed it in at the nearest collection point
        if place == 'shuttle':
            spot = ('总站候车亭', 'the shuttle terminal')
        else:
            cps = [c for c in COLLECT if c[0] != place]
            cps.sort(key=lambda c: (dist((PLACES[c[0]][2], PLACES[c[0]][3]), (ev['x'], ev['y'])), c[0]))
            c = pick(cps[:2])
            orig = place
            place = c[0]
            spot = (c[1], c[2])
        x, y = PLACES[place][2] + R.uniform(-30, 30), PLACES[place][3] + R.uniform(-30, 30)
    else:
        spot = ev['spot']
        x, y = ev['x'] + R.uniform(-30, 30), ev['y'] + R.uniform(-30, 30)
    return {'place': place, 'spot': spot, 't': t, 'x': x, 'y': y, 'orig': orig}


COLLECT = [('southgate', '岗亭', 'the guard booth'), ('eastgate', '岗亭', 'the guard booth'),
           ('admin', '失物招领处', 'the lost-property desk'), ('library', '一楼服务台', 'the front desk'),
           ('meiyuan', '宿管值班室', 'the dorm office'), ('canteen2', '餐厅服务台', 'the service desk')]


def loss_window(ev, kname):
    before = wpick([(R.uniform(5, 60), 4), (R.uniform(60, 240), 4), (R.uniform(240, 900), 2), (R.uniform(900, 3000), 1)])
    after = wpick([(R.uniform(5, 90), 4), (R.uniform(90, 600), 3), (R.uniform(600, 2400), 1)])
    if kname in ('bicycle', 'ebike', 'luggage'):
        before *= 2.5
        after *= 1.5
    a = ev['t'] - datetime.timedelta(minutes=int(before))
    b = ev['t'] + datetime.timedelta(minutes=int(after))
    if a.date() == ev['t'].date() and a.hour < 6:
        a = a.replace(hour=6, minute=0)
    if b.hour < 6:
        b = b.replace(hour=R.randrange(7, 10), minute=R.randrange(0, 60))
    lim = NOW - datetime.timedelta(minutes=R.randrange(30, 600))
    if b > lim:
        b = lim
    if a > b:
        a = b - datetime.timedelta(minutes=30)
    # round to 5 minutes like a desk would
    a = a - datetime.timedelta(minutes=a.minute % 5, seconds=a.second, microseconds=a.microsecond)
    b = b + datetime.timedelta(minutes=(5 - b.minute % 5) % 5) - datetime.timedelta(seconds=b.second, microseconds=b.microsecond)
    if b > NOW:
        b = NOW - datetime.timedelta(minutes=5)
    return a, b


def found_delay(kname):
    d = wpick([(R.uniform(3, 120), 40), (R.uniform(120, 720), 30), (R.uniform(720, 4320), 25), (R.uniform(4320, 14400), 5)])
    if kname in ('bicycle', 'ebike'):
        d = wpick([(R.uniform(60, 1440), 2), (R.uniform(1440, 10000), 3)])
    return int(d)


# ---------------------------------------------------------------- build the world
def choose_kind():
    pairs = [(k, KINDS[k]['w']) for k in sorted(KINDS) if KINDS[k]['w'] > 0]
    return wpick(pairs)


NOT_PARENTS = ('bicycle', 'ebike', 'usb', 'hdd', 'laptop', 'tablet', 'backpack', 'tote', 'power_bank', 'racket')


def make_owner_for(kname):
    if kname == 'passport':
        return make_person('intl')
    if kname == 'staff_card':
        return make_person(pick(['teacher', 'worker']))
    if kname in ('campus_card', 'student_id', 'grad_cert', 'calculator', 'gown', 'notebook'):
        return make_person(wpick([('ug', 70), ('grad', 20), ('intl', 10)]))
    if kname in NOT_PARENTS:
        return make_person(wpick([('ug', 58), ('grad', 13), ('intl', 8), ('teacher', 6), ('worker', 6)]))
    return make_person()


def main(out_path):
    truths = []
    # four cross-category objects (as two people file one thing differently)
    cross = [('keys', 'id_doc', 'keys_card'), ('wallet', 'id_doc', 'cardholder'), ('electronics', 'bag', 'laptop_bag'),
             ('jewelry', 'electronics', 'watch_bracelet')]
    specs = []
    for c in cross:
        specs.append(c[2])
    kinds = []
    for i in range(N_TRUE + N_LOST_ONLY - len(specs)):
        k = choose_kind()
        # a few passports / staff cards among them
        if chance(0.025):
            k = 'passport'
        elif chance(0.025):
            k = 'staff_card'
        kinds.append(k)
    for sp in specs:
        truths.append(build_special(sp))
    for k in kinds:
        person = make_owner_for(k)
        o = make_object(k, person)
        ev = make_event(k, person)
        truths.append({'o': o, 'person': person, 'ev': ev})
    # the first len(specs) are cross-category true pairs; choose the rest of the true set at random
    idx = list(range(len(specs), len(truths)))
    R.shuffle(idx)
    true_idx = list(range(len(specs))) + sorted(idx[:N_TRUE - len(specs)])
    true_set = set(true_idx)
    hurried = set(sample(range(len(truths)), N_HURRIED))
    lost_recs = []
    found_recs = []
    for i, tr in enumerate(truths):
        o, person, ev = tr['o'], tr['person'], tr['ev']
        win = loss_window(ev, o['kind'])
        tr['win'] = win
        rec, st = write_lost(o, ev, person, i in hurried, win)
        rec['lost_from_min'] = mins_before(win[0])
        rec['lost_to_min'] = mins_before(win[1])
        tr['stated'] = st
        tr['lost'] = rec
        lost_recs.append(rec)
        if i in true_set:
            delay = found_delay(o['kind'])
            fev = found_event(ev, delay, moved=chance(0.14))
            if fev['t'] > NOW - datetime.timedelta(minutes=10):
                fev['t'] = NOW - datetime.timedelta(minutes=R.randrange(10, 200))
            if fev['t'] < win[0]:
                fev['t'] = win[0] + datetime.timedelta(minutes=R.randrange(0, 30))
            finder = finder_for(fev['place'])
            frec = write_found(o, fev, finder)
            frec['found_at_min'] = mins_before(fev['t'])
            tr['found'] = frec
            frec['_truth_of'] = i
            found_recs.append(frec)
    # ---------------- hard negatives, each made from one lost report
    negs = []
    used = set()
    true_list = [i for i in range(len(truths)) if i in true_set]
    lost_only = [i for i in range(len(truths)) if i not in true_set]

    def take(pool, cond, n):
        cands = [i for i in pool if i not in used and cond(truths[i])]
        got = sample(cands, n)
        for g in got:
            used.add(g)
        return got

    stated_visible = twin_options

    def has_colour(tr):
        return 'color' in tr['stated']

    def has_brand(tr):
        return 'brand' in tr['stated'] and tr['o']['brand'] is not None

    for kind, n in (('twin', N_NEG['twin']), ('same_category_colour', N_NEG['same_category_colour']),
                    ('found_before_loss', N_NEG['found_before_loss']), ('same_brand_far', N_NEG['same_brand_far'])):
        cond = {'twin': lambda tr: tr['o']['kind'] not in ('keys_card', 'cardholder', 'laptop_bag', 'watch_bracelet') and len(twin_options(tr)) > 0,
                'same_category_colour': lambda tr: has_colour(tr) and tr['o']['kind'] not in ('keys_card', 'cardholder', 'laptop_bag', 'watch_bracelet'),
                'found_before_loss': lambda tr: tr['o']['kind'] not in ('keys_card', 'cardholder', 'laptop_bag', 'watch_bracelet') and tr['win'][0] > datetime.datetime(2025, 5, 27),
                'same_brand_far': lambda tr: has_brand(tr)}[kind]
        half = n // 2
        srcs = take(true_list, cond, half) + take(lost_only, cond, n - half)
        if len(srcs) < n:
            srcs += take(true_list + lost_only, cond, n - len(srcs))
        for si in srcs:
            negs.append(make_negative(kind, si, truths[si], stated_visible))
    # ---------------- unclaimed found items nobody reports
    for _ in range(N_UNCLAIMED):
        while True:
            k = choose_kind()
            person = make_owner_for(k)
            o = make_object(k, person)
            ev = make_event(k, person)
            if not any(look_alike(o, ev, tr) for tr in truths):
                break
        finder = finder_for(ev['place'])
        frec = write_found(o, ev, finder)
        frec['found_at_min'] = mins_before(min(ev['t'], NOW - datetime.timedelta(minutes=60)))
        frec['negative'] = 'unclaimed'
        negs.append(frec)
    # ---------------- shuffle and key
    lorder = list(range(len(lost_recs)))
    R.shuffle(lorder)
    allfound = found_recs + negs
    forder = list(range(len(allfound)))
    R.shuffle(forder)
    fkey = {}
    found_out = []
    for n_, j in enumerate(forder):
        rec = allfound[j]
        rec['key'] = '%s-F%04d' % (PFX, n_ + 1)
        fkey[id(rec)] = rec['key']
    lkey = {}
    for n_, i in enumerate(lorder):
        lkey[i] = '%s-L%04d' % (PFX, n_ + 1)
    for n_, j in enumerate(forder):
        rec = allfound[j]
        if '_neg_of' in rec:
            rec['negative_of'] = lkey[rec.pop('_neg_of')]
        rec.pop('_truth_of', None)
        found_out.append(order_found(rec))
    lost_out = []
    for n_, i in enumerate(lorder):
        tr = truths[i]
        rec = tr['lost']
        rec['key'] = lkey[i]
        rec['truth'] = fkey[id(tr['found'])] if 'found' in tr else None
        lost_out.append(order_lost(rec))
    data = {'seed': SEED, 'made_by': 'tests/lostfound/make_set57.py',
            'parts': {'set57': {'found': found_out, 'lost': lost_out}}}
    with open(out_path, 'w', encoding='utf-8') as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return data


LOST_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
              'lost_from_min', 'lost_to_min', 'truth']
FOUND_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'found_at_min', 'negative', 'negative_of']


def look_alike(o, ev, tr):
    """an unclaimed item must not pass for a reported object by accident: same kind, colour and brand,
    found near the loss place within four days of the start of its window"""
    t = tr['o']
    if t['kind'] != o['kind'] or t['color'] != o['color']:
        return False
    if (t['brand'] or {}).get('cn') != (o['brand'] or {}).get('cn'):
        return False
    if dist((tr['ev']['x'], tr['ev']['y']), (ev['x'], ev['y'])) > 700:
        return False
    w0 = tr['win'][0]
    return w0 - datetime.timedelta(days=1) <= ev['t'] <= w0 + datetime.timedelta(days=4)


def order_lost(rec):
    return {k: rec[k] for k in LOST_ORDER if k in rec}


def order_found(rec):
    return {k: rec[k] for k in FOUND_ORDER if k in rec}


# ---------------------------------------------------------------- special cross-category objects
def build_special(sp):
    if sp == 'keys_card':
        person = make_person('ug')
        o = make_object('keys', person)
        o['kind'] = 'keys_card'
        o['sk'] = 'student_no'
        o['serial'] = person['sno']
        o['spo'] = 0.8
        o['spf'] = 0.95
        o['name'] = person['name']
        o['fcat'] = 'id_doc'
        o['no'] = ['钥匙和校园卡', '钥匙串（连着校园卡）', '钥匙']
        o['nf'] = ['校园卡（连着一串钥匙）', '校园卡及钥匙一串']
        o['en'] = 'keys with my campus card'
        o['feats'].append(make_feat('holder', '校园卡和钥匙挂在同一根挂绳上', '校园卡挂在挂绳上，同一挂绳上有钥匙', 'card and keys on one lanyard', o['ctx']))
        ev = make_event('keys', person)
    elif sp == 'cardholder':
        person = make_person(pick(['parent', 'grad']))
        o = make_object('wallet', person)
        o['kind'] = 'cardholder'
        o['sk'] = 'id'
        o['serial'] = uniq(lambda: make_id(*person['birth']))
        o['spo'] = 0.7
        o['spf'] = 0.95
        o['name'] = person['name']
        o['fcat'] = 'id_doc'
        o['no'] = ['卡包', '证件包', '小卡包']
        o['nf'] = ['身份证（装在卡包里）', '居民身份证一张及卡包']
        o['en'] = 'card holder'
        o['amount'] = None
        o['feats'] = [f for f in o['feats'] if f['slot'] not in ('content', 'wstyle')]
        o['feats'].append(make_feat('wstyle', '是个小卡包，能放几张卡', '小卡包', 'a small card holder', o['ctx']))
        o['feats'].append(make_feat('content', '里面有身份证和两张银行卡', '内有身份证一张、银行卡两张', 'my ID and two bank cards inside', o['ctx']))
        ev = make_event('wallet', person)
    elif sp == 'laptop_bag':
        person = make_person('grad')
        o = make_object('laptop', person)
        o['kind'] = 'laptop_bag'
        o['fcat'] = 'bag'
        o['nf'] = ['电脑包（内有笔记本电脑）', '电脑包']
        o['feats'].append(make_feat('content', '电脑装在一个黑色的单肩电脑包里，包里还有鼠标和充电器', '黑色单肩电脑包，内有笔记本电脑一台、鼠标、充电器', 'in a black laptop bag with mouse and charger', o['ctx']))
        ev = make_event('laptop', person)
    else:
        person = make_person('ug')
        o = make_object('smartwatch', person)
        o['kind'] = 'watch_bracelet'
        o['cat'] = 'jewelry'
        o['fcat'] = 'electronics'
        o['no'] = ['手链表', '手表', '手镯式手表']
        o['nf'] = ['智能手表', '手表']
        o['color'] = 'gold'
        o['feats'] = [make_feat('strap', '表带是金色的链子，像手链一样', '金色链式表带', 'a gold chain strap like a bracelet', o['ctx']),
                      make_feat('jhidden', '是我妈送我的毕业礼物', '', 'a graduation gift from my mum', o['ctx'])]
        ev = make_event('smartwatch', person)
    return {'o': o, 'person': person, 'ev': ev}


# ---------------------------------------------------------------- negatives
def clone(o):
    c = dict(o)
    c['feats'] = [dict(f) for f in o['feats']]
    return c


ID_SK = ('student_no', 'id', 'cert', 'passport', 'staff_no')


def unique_feat(f):
    r = f['raw'][0]
    return any(k in r for k in ('{name}', '{ini', '{room}', '{permit}'))


def twin_options(tr):
    """facts of a report a twin may differ in; a twin is someone else's object, so when the owner stated a
    unique fact (a number, a name) the twin must differ exactly there, and a report with two unique facts
    cannot have a twin"""
    st = tr['stated']
    o = tr['o']
    uniques = []
    if o['name'] and ('name' in st or ('serial' in st and o['sk'] in ID_SK)):
        uniques.append('identity')
    elif 'serial' in st:
        if o['sk'] == 'imei':
            return []
        uniques.append('serial')
    for f in st['feats']:
        if unique_feat(f):
            if not f['f'] or f['slot'] in HIDDEN_SLOTS:
                return []
            uniques.append('feat:' + f['slot'])
    if len(uniques) > 1:
        return []
    if uniques:
        return uniques
    opts = []
    if 'color' in st:
        opts.append('color')
    if 'brand' in st and len(all_brands_like(o)) > 1:
        opts.append('brand')
    if 'model' in st and o['brand'] and len(o['brand']['models']) > 1:
        opts.append('model')
    if 'amount' in st and o['kind'] == 'cash':
        opts.append('amount')
    for f in st['feats']:
        if f['f'] and f['slot'] not in HIDDEN_SLOTS and f['slot'] in EXCLUSIVE:
            opts.append('feat:' + f['slot'])
    return opts


def twin_clone(o, person):
    """copy of o belonging to another person: new name, initials, numbers"""
    n = clone(o)
    other = make_person(person['p'] if person['p'] in ('ug', 'grad', 'intl') else 'ug')
    if person['lang'] != 'zh' and other['lang'] == 'zh':
        other = make_person('intl')
    ctx2 = owner_ctx(n, other)
    if ctx2['ini'] == o['ctx']['ini']:
        ctx2['ini'] = ctx2['ini'][::-1] if ctx2['ini'][::-1] != ctx2['ini'] else ctx2['ini'][0] + 'X'
        ctx2['ini1'] = ctx2['ini'][0]
    n['ctx'] = ctx2
    for f in n['feats']:
        fill(f, ctx2)
    if o['name']:
        n['name'] = other['name']
    if o['serial']:
        if o['sk'] == 'student_no' and o['serial'][:4].isdigit():
            n['serial'] = uniq(lambda: o['serial'][:-4] + '%04d' % R.randrange(1, 9999))
        else:
            n['serial'] = gen_serial(o['sk'], other if o['sk'] != 'student_no' else {'ccode': person['ccode']})
    if o['amount']:
        n['amount'] = dict(o['amount'])
    return n, other


def make_negative(kind, si, tr, stated_visible):
    o, ev, win = tr['o'], tr['ev'], tr['win']
    forced = []
    if kind == 'twin':
        # another person's object that agrees with the report on every fact the owner stated but one
        fact = pick(twin_options(tr))
        n, other = twin_clone(o, tr['person'])
        forced = [fact]
        if fact == 'color':
            n['color'] = pick([c for c in sorted(COLORS) if c != o['color'] and c not in CONFUSE_SET(o['color'])])
        elif fact == 'brand':
            n['brand'] = pick([b for b in all_brands_like(o) if b['cn'] != o['brand']['cn']])
            n['model'] = pick(n['brand']['models']) if (o['model'] and n['brand']['models']) else None
        elif fact == 'model':
            n['model'] = pick([m for m in o['brand']['models'] if m != o['model']])
        elif fact == 'amount':
            a = o['amount']
            while True:
                b = make_cash()
                if abs(b['total'] - a['total']) >= 100:
                    break
            n['amount'] = b
        elif fact.startswith('feat:'):
            slot = fact.split(':', 1)[1]
            for f in n['feats']:
                if f['slot'] == slot:
                    if not unique_feat(f):
                        f.update(feat(slot, o['ctx'], exclude=f['raw'][0], need_vis=True))
                    f['forced'] = True
                    break
        # identity / serial / name-bearing marks already differ: twin_clone gave the object another owner
        if fact == 'identity':
            forced.append('name')
            if o['serial']:
                forced.append('serial')
        # the twin's finder writes down everything else the owner said that can be seen
        st = tr['stated']
        for fk in ('color', 'brand', 'model', 'name'):
            if fk in st and fk not in forced:
                forced.append(fk)
        if 'serial' in st and o['sk'] != 'imei' and 'serial' not in forced:
            forced.append('serial')
        for f in st['feats']:
            if f['f'] and f['slot'] not in HIDDEN_SLOTS:
                forced.append('feat:' + f['slot'])
        fev = neg_event_near(ev, win, after=True, kname=o['kind'])
    elif kind == 'same_category_colour':
        kname = o['kind'] if o['kind'] in KINDS else 'phone'
        same_cat = sorted(k for k in KINDS if KINDS[k]['cat'] == o['cat'] and KINDS[k].get('colors')
                          and o['color'] in [c for c, _ in KINDS[k]['colors']])
        k2 = pick(same_cat) if same_cat else kname
        person = make_person()
        n = make_object(k2, person)
        n['color'] = o['color']
        if o['brand'] and n['brand'] and n['brand']['cn'] == o['brand']['cn']:
            others = [b for b in BR[KINDS[k2]['bg']] if b['cn'] != o['brand']['cn']]
            n['brand'] = pick(others) if others else None
            n['model'] = pick(n['brand']['models']) if n['brand'] and n['brand']['models'] else None
        forced = ['color']
        fev = neg_event_near(ev, win, after=True, kname=o['kind'])
    elif kind == 'found_before_loss':
        # a look-alike of the same kind, handed in before this loss began
        person = make_person(tr['person']['p'])
        n = make_object(o['kind'], person) if o['kind'] in KINDS else clone(o)
        n['color'] = o['color']
        n['brand'] = o['brand']
        n['model'] = o['model']
        n['fcat'] = o['fcat']
        n['cat'] = o['cat']
        if o['feats'] and chance(0.6):
            keep = pick(o['feats'])
            if not keep['nm']:
                n['feats'] = [f for f in n['feats'] if f['slot'] != keep['slot']] + [dict(keep)]
        forced = [x for x in ('color', 'brand') if o.get(x)]
        fev = neg_event_near(ev, win, after=False, kname=o['kind'])
    else:
        # same make far away, far in time
        kname = o['kind'] if o['kind'] in KINDS else {'keys_card': 'keys', 'cardholder': 'wallet', 'laptop_bag': 'laptop', 'watch_bracelet': 'smartwatch'}[o['kind']]
        person = make_person()
        n = make_object(kname, person)
        n['brand'] = o['brand']
        n['model'] = o['model'] if chance(0.5) else (pick(o['brand']['models']) if o['brand']['models'] else None)
        if chance(0.5):
            n['color'] = o['color']
        forced = ['brand']
        fev = far_event(win)
    finder = pick(FINDER_INTRO_KEYS_FAR) if kind == 'same_brand_far' else finder_for(fev['place'])
    rec = write_found(n, fev, finder, forced=forced, far=(kind == 'same_brand_far'), noisy=(kind != 'twin'))
    rec['found_at_min'] = mins_before(fev['t'])
    rec['negative'] = kind
    rec['_neg_of'] = si
    return rec


FINDER_INTRO_KEYS_FAR = ['guard', 'passer', 'staff', 'shop', 'cleaner']


def CONFUSE_SET(c):
    near = {'black': ['grey', 'blue'], 'grey': ['black', 'silver'], 'silver': ['grey', 'white'], 'white': ['silver'],
            'blue': ['black', 'purple'], 'pink': ['gold', 'red', 'purple'], 'gold': ['yellow', 'pink', 'brown', 'orange'],
            'brown': ['red', 'orange', 'gold'], 'purple': ['blue', 'pink'], 'green': ['blue'], 'red': ['pink', 'orange', 'brown'],
            'yellow': ['gold', 'orange'], 'orange': ['red', 'yellow', 'brown', 'gold']}
    return near.get(c, [])


def all_brands_like(o):
    k = o['kind'] if o['kind'] in KINDS else {'keys_card': 'keys', 'cardholder': 'wallet', 'laptop_bag': 'laptop', 'watch_bracelet': 'smartwatch'}[o['kind']]
    return BR[KINDS[k]['bg']]


def neg_event_near(ev, win, after, kname=None):
    place = ev['place']
    if chance(0.35):
        near = sorted(PLACES, key=lambda k: (dist((PLACES[k][2], PLACES[k][3]), (PLACES[place][2], PLACES[place][3])), k))
        place = pick(near[:4])
    pl = PLACES[place]
    spot = pick_spot(place, kname)
    if after:
        t = win[0] + datetime.timedelta(minutes=R.randrange(20, 2880))
        lim = NOW - datetime.timedelta(minutes=R.randrange(15, 300))
        if t > lim:
            t = lim
        if t < win[0]:
            t = win[0]
    else:
        t = win[0] - datetime.timedelta(minutes=R.randrange(1440, 1440 * 14))
    t2 = daytime(t)
    if (not after) or t2 <= NOW - datetime.timedelta(minutes=15):
        t = t2
    return {'place': place, 'spot': spot, 't': t, 'x': pl[2] + R.uniform(-40, 40), 'y': pl[3] + R.uniform(-40, 40)}


def far_event(win):
    place = pick(sorted(FAR_PLACES))
    fp = FAR_PLACES[place]
    spot = pick(fp[4])
    room_after = (NOW - win[1]).total_seconds() / 60 - 60
    if room_after > 12 * 1440 and chance(0.8):
        t = win[1] + datetime.timedelta(minutes=R.randrange(12 * 1440, int(min(40 * 1440, room_after))))
    else:
        t = win[0] - datetime.timedelta(minutes=R.randrange(14 * 1440, 40 * 1440))
    if daytime(t) < NOW - datetime.timedelta(minutes=60):
        t = daytime(t)
    return {'place': place, 'spot': spot, 't': t, 'x': fp[2] + R.uniform(-300, 300), 'y': fp[3] + R.uniform(-300, 300)}


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'set57.json')
    d = main(out)
    p = d['parts']['set57']
    print('wrote %s: %d lost, %d found' % (out, len(p['lost']), len(p['found'])))
