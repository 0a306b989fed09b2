#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Set 38: a blind labelled lost-and-found set for the 阳光坐席 desk of the (invented)
石梁派出所, 石梁镇, 蓉岭县, late spring 2026.

Written from the issue text only, without looking at the matcher.  Every object is first drawn
as a hidden truth record (what it is, whose it is, where and when it went missing); the lost
report and the found registration are then written separately from that record, each in its own
voice and knowing only what that person could know.

Python 3 standard library only, one random.Random(SEED); output is byte-identical on every run.

    python3 tests/lostfound/make_set38.py            # writes tests/lostfound/set38.json
"""
import json
import math
import os
import random
import sys

SEED = 20261238
NN = 38
PFX = 'P3'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set38.json')

# All times are minutes after 2026-04-01 00:00 local time.  Every record is taken to be
# registered at the same moment NOW (the evening of 2026-05-31); the JSON carries minutes
# before that moment.
NOW = 60 * 1440 + 21 * 60
LAT0, LON0 = 29.1472, 105.4387          # invented centre of 石梁镇 (the 场口)

N_TRUE = 300
N_NEVER = 100
N_NEG = {'same_category_colour': 56, 'found_before_loss': 44,
         'same_brand_elsewhere': 40, 'other_handed_in': 60}

TRUE_BY_CAT = [('phone', 50), ('id_doc', 45), ('wallet', 40), ('keys', 30), ('ebike', 20),
               ('bicycle', 12), ('bag', 30), ('cash', 15), ('jewelry', 18),
               ('electronics', 25), ('other', 15)]
NEVER_BY_CAT = [('phone', 18), ('id_doc', 10), ('wallet', 14), ('keys', 10), ('ebike', 10),
                ('bicycle', 5), ('bag', 8), ('cash', 10), ('jewelry', 8), ('electronics', 5),
                ('other', 2)]
OTHER_DESK_CATS = [('phone', 6), ('id_doc', 12), ('wallet', 6), ('keys', 9), ('ebike', 3),
                   ('bicycle', 3), ('bag', 6), ('cash', 2), ('jewelry', 2),
                   ('electronics', 4), ('other', 7)]


def V(s):
    """'a|b|c' -> ['a', 'b', 'c']; None stays None."""
    return s.split('|') if s else None


def F(o, f):
    """A feature: owner's phrasings, finder's phrasings (None: that side cannot know it)."""
    return (V(o), V(f))


# ----------------------------------------------------------------------------- the world
PLACES = {}


def _place(pid, local, official, mapname, spots, dx, dy, kind='town'):
    PLACES[pid] = dict(id=pid, local=local.split('|'), official=official, map=mapname,
                       spots=spots.split('|') if spots else [], dx=dx, dy=dy, kind=kind)


_place('market', '场口|场坝|菜市场|老场口', '石梁镇农贸市场', '石梁农贸市场',
       '卖菜那排|肉摊子那里|鸡鸭市|卖茶叶的棚子|南门口|卖竹器的地方|称秤的公平秤旁边', 0, 0)
_place('street', '正街|老街|下正街', '石梁镇解放街', '解放街',
       '邮政门口|理发店外头|卖凉粉的摊子|街口公厕', -150, 60)
_place('square', '文庙坝子|广场|文庙广场', '石梁镇文化广场', '文庙广场',
       '跳坝坝舞那里|石凳子上|戏台下面|健身器材旁边', -320, -240)
_place('terminal', '新车站|车站|客运中心', '蓉岭县汽车客运中心', '蓉岭客运中心站',
       '候车厅|售票窗口|3号发车位|出站口|厕所门口|小卖部|行李寄存处', 620, -310)
_place('oldstation', '老车站|老站|招呼站', '石梁镇城乡公交换乘站', '石梁公交站(老车站)',
       '等车的棚子|站牌下面|面包车停的地方', -210, 170)
_place('hospital', '县医院|大医院|人民医院', '蓉岭县人民医院', '蓉岭县人民医院门诊楼',
       '门诊大厅|挂号窗口|住院部三楼|缴费处|B超室外面|停车场|输液室', 910, 420)
_place('pharmacy', '大药房|药房|康民药房', '康民大药房(解放街店)', '康民大药房',
       '柜台上|门口', -90, 310)
_place('school1', '一中|县一中', '蓉岭县第一中学', '蓉岭一中',
       '校门口|操场|食堂门口|自行车棚|篮球场', -720, 830)
_place('school2', '实验小学|石梁小学|城小', '蓉岭县实验小学', '蓉岭县实验小学(梁溪校区)',
       '校门口|接娃儿的地方|家长等候区|门口小卖部', 330, 690)
_place('bridge', '老桥|风雨桥', '梁溪大桥', '梁溪桥', '桥头|桥上栏杆边|桥下河坝', -520, -60)
_place('super', '万家福|大超市', '万家福购物广场(石梁店)', '万家福超市',
       '收银台|存包柜|门口推车的地方|二楼', 160, -210)
_place('bank', '信用社|农商行', '蓉岭农商银行石梁支行', '蓉岭农商银行(石梁支行)',
       'ATM机|取号机旁边|门口台阶|柜台', 110, 130)
_place('gov', '便民服务中心|政务中心|社保所', '石梁镇便民服务中心', '石梁镇政务服务中心',
       '办证窗口|社保窗口|大厅椅子上|婚姻登记处', 410, 260)
_place('restaurant', '聚福楼', '蓉岭县聚福酒楼', '聚福楼酒家',
       '二楼宴会厅|包间|门口迎宾台|厕所|停车场', 260, -460)
_place('teahouse', '河边茶馆|老茶馆', '梁溪茶社', '梁溪茶社', '靠河那桌|门口|打牌的里屋', -470, -130)
_place('newst', '新街|茶城大道', '茶城大道', '茶城大道', '路边|公交站台|奶茶店门口', 720, 20)
_place('teagarden', '茶山|岭上茶园|云雾山', '蓉岭县云雾茶场', '云雾茶园',
       '采茶的坡上|收茶点|过秤的棚子|观景台|茶场小路', 3500, 2800, 'hill')
_place('teafactory', '茶厂|收茶的地方', '蓉岭县云雾茶叶加工厂', '云雾茶厂',
       '收购点|门口|晒青的坝子', 2980, 2250, 'hill')
_place('v_lsw', '梨树湾|梨树湾村', '石梁镇梨树湾村', '梨树湾村委会',
       '坝坝宴那里|村口小卖部|晒坝|搭棚子的地方', -2600, 1850, 'village')
_place('v_yj', '岩脚|岩脚村', '石梁镇岩脚村', '岩脚村村委会', '村口|小卖部门口|黄桷树下', 2250, -1900,
       'village')

TOWNS = [  # other townships of 蓉岭县, for the same-brand-elsewhere negatives
    dict(name='龙潭乡', local='龙潭场', spots='龙潭场镇上|龙潭乡卫生院|龙潭乡中心校门口|龙潭车站',
         dx=-12400, dy=-7100),
    dict(name='青冈坪镇', local='青冈坪', spots='青冈坪街上|青冈坪卫生院|青冈坪农贸市场|青冈坪加油站',
         dx=15200, dy=9300),
    dict(name='白鹤乡', local='白鹤场', spots='白鹤场街上|白鹤乡政府门口|白鹤乡茶叶市场',
         dx=4100, dy=21600),
    dict(name='高桥镇', local='高桥', spots='高桥镇汽车站|高桥中学门口|高桥镇卫生院|高桥老街',
         dx=-24300, dy=17800),
    dict(name='回龙镇', local='回龙场', spots='回龙场街上|回龙镇农贸市场|回龙镇敬老院门口',
         dx=8300, dy=-5600),
]

ROUTES = [
    dict(o='去龙潭的小巴|龙潭那趟小巴车|石梁到龙潭的中巴|去龙潭的班车', f='石梁—龙潭乡村客运班车',
         end='terminal'),
    dict(o='去岩脚的面包车|岩脚那趟面包车|跑岩脚的面包车', f='石梁—岩脚村村通客运面包车', end='oldstation'),
    dict(o='城里1路公交|1路车|公交车上', f='县城1路公交车', end='oldstation'),
    dict(o='去梨树湾的乡村公交|梨树湾那趟车', f='石梁—梨树湾乡村公交', end='oldstation'),
    dict(o='从江州回来的大巴|江州到蓉岭的大巴|从市里回来的大巴车', f='江州—蓉岭县班线客车',
         end='terminal'),
    dict(o='出租车上|打的那辆出租车|的士上', f='县城出租车', end='street'),
]

VILLAGES = ['岩脚村', '梨树湾村', '青冈林村', '茶坪村', '大石包村', '龙井湾村', '响水村', '白果树村']
CITIES = ['东莞', '佛山', '宁波', '温州', '昆山', '深圳', '厦门', '苏州']
WEDDING_DAYS = [25, 30, 31, 34, 46, 53]          # 4/26, 5/1, 5/2, 5/5, 5/17, 5/24
MARKET_DAYS = [d for d in range(61) if ((d + 1 if d < 30 else d - 29) % 10) in (1, 4, 7)]
HOLIDAYS = [3, 4, 5, 30, 31, 32, 33, 34]        # 清明, 劳动节

SUR = sorted('王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 罗 高 林 郑 谢 唐 冉 邓 蒋 彭 曾 '
             '肖 田 袁 付 雷 文 苟 母 向 谭 廖 熊 岳 龚 蒲 税'.split())
GIVEN = {
    ('elder', 'F'): '桂芬 秀英 玉兰 淑珍 素华 明珍 翠花 德秀 光英 文英 桂兰 大妹 素芳 玉珍 兴碧 德芳'.split(),
    ('elder', 'M'): '德明 树清 国富 长贵 开明 永福 正华 学文 世荣 光辉 万全 银山 德全 志成 富贵 少云'.split(),
    ('mid', 'F'): '小红 海燕 丽娟 春梅 晓琴 红英 莉 小琼 利平 晓燕 玉梅 雪莲'.split(),
    ('mid', 'M'): '建军 志强 小军 勇 明华 国平 伟 大勇 德兵 继红 光明 兵'.split(),
    ('young', 'F'): '雨欣 思琪 佳怡 梦瑶 欣悦 诗涵 婷婷 雪 露 倩'.split(),
    ('young', 'M'): '浩然 俊杰 子豪 宇航 明轩 嘉豪 鑫 磊 超 杰'.split(),
    ('child', 'F'): '子涵 一诺 欣怡 可馨 若曦 梓萱 雨桐 语嫣'.split(),
    ('child', 'M'): '梓轩 浩宇 锦程 子墨 宇辰 俊熙 睿 天佑'.split(),
}
BIRTH = {'elder': (1938, 1961), 'mid': (1966, 1992), 'young': (1993, 2006), 'child': (2009, 2018)}
REGION = ['519327', '519328']   # invented county codes (no prefecture 93 in 51)

COLORS = {
    '黑': ('黑色|黑的|黑|深色的|哑光黑|纯黑的', '黑色|黑|深色|哑光黑色', '黑|黑色|深色|哑光黑'),
    '白': ('白色|白的|米白色|乳白的', '白色|米白色|白', '白|白色|米白'),
    '红': ('红色|大红的|红的|枣红色|酒红色', '红色|大红色|暗红色', '红|红色|酒红'),
    '蓝': ('蓝色|深蓝色|藏青色|宝蓝的|兰色', '蓝色|深蓝色|藏青色', '蓝|蓝色|深蓝|藏青'),
    '绿': ('绿色|墨绿色|军绿色|翠绿的|绿的', '绿色|墨绿色|翠绿色', '绿|绿色|墨绿'),
    '金': ('金色|土豪金|香槟金|金黄色', '金色|香槟金色', '金|金色|香槟金'),
    '银': ('银色|银白色|银灰色', '银色|银白色', '银|银色|银白'),
    '灰': ('灰色|深灰色|铁灰色|浅灰的', '灰色|深灰色|浅灰色', '灰|灰色|深灰'),
    '粉': ('粉色|粉红色|樱花粉|粉的', '粉色|粉红色', '粉|粉色|粉红'),
    '紫': ('紫色|浅紫色|紫的|香芋紫', '紫色|浅紫色', '紫|紫色'),
    '黄': ('黄色|土黄色|姜黄的|明黄色', '黄色|土黄色', '黄|黄色'),
    '棕': ('棕色|咖啡色|褐色|酱色的|棕的', '棕色|咖啡色|褐色', '棕|棕色|咖啡色'),
}
CONFUSE = {'蓝': '黑', '棕': '黑', '银': '灰', '灰': '银', '金': '黄', '紫': '粉', '白': '银'}

BRANDS = {  # canonical: (Chinese forms, English forms, pinyin forms, miswritten forms)
    '华为': ('华为', 'HUAWEI|Huawei', 'huawei', '华伟|化为'),
    '苹果': ('苹果', 'Apple|iPhone', 'pingguo', '平果|爱疯'),
    '岭风': ('岭风', 'LINGFENG|Lingfeng', 'lingfeng', '领风|岭峰'),
    '青禾': ('青禾', 'QINGHE|Qinghe', 'qinghe', '清禾|青和'),
    '迈途': ('迈途', 'MAITU|Maitu', 'maitu', '麦途|迈图'),
    '星朗': ('星朗', 'XINGLANG|Xinglang', 'xinglang', '星郎|星浪'),
    '康乐': ('康乐', 'KANGLE|Kangle', 'kangle', '康了|康尔'),
    '雅途': ('雅途', 'YATU|Yatu', 'yatu', '雅图|亚途'),
    '绿驹': ('绿驹', 'LVJU|Lvju', 'lvju', '绿居|绿菊'),
    '金鹿': ('金鹿', 'JINLU|Jinlu', 'jinlu', '金路|金露'),
    '速风': ('速风', 'SUFENG|Sufeng', 'sufeng', '速峰|速锋'),
    '捷驰': ('捷驰', 'JIECHI|Jiechi', 'jiechi', '捷池|杰驰'),
    '远征': ('远征', 'YUANZHENG|Yuanzheng', 'yuanzheng', '远正|远争'),
    '飞翎': ('飞翎', 'FEILING|Feiling', 'feiling', '飞玲|飞灵'),
    '途乐': ('途乐', 'TULE|Tule', 'tule', '图乐|途勒'),
    '悦行': ('悦行', 'YUEXING|Yuexing', 'yuexing', '越行|悦星'),
    '锦绣': ('锦绣', 'JINXIU|Jinxiu', 'jinxiu', '锦秀|金绣'),
    '喜羊': ('喜羊', 'XIYANG|Xiyang', 'xiyang', '喜洋|喜阳'),
    '雅琪': ('雅琪', 'YAQI|Yaqi', 'yaqi', '雅奇|亚琪'),
    '韦德': ('韦德', 'WEIDE|Weide', 'weide', '伟德|韦得'),
    '梵诗': ('梵诗', 'FANSHI|Fanshi', 'fanshi', '范诗|梵思'),
    '声悦': ('声悦', 'SHENGYUE|Shengyue', 'shengyue', '声乐|声越'),
    '能宝': ('能宝', 'NENGBAO|Nengbao', 'nengbao', '能保|能包'),
    '影途': ('影途', 'YINGTU|Yingtu', 'yingtu', '影图|映途'),
    '小卫士': ('小卫士', 'XIAOWEISHI|Xiaoweishi', 'xiaoweishi', '小卫视|小卫仕'),
    '学而优': ('学而优', 'XUEERYOU|Xueeryou', 'xueeryou', '学尔优|学而忧'),
    '福满金': ('福满金', 'FUMANJIN|Fumanjin', 'fumanjin', '福满今|富满金'),
    '金喜': ('金喜', 'JINXI|Jinxi', 'jinxi', '金禧|金希'),
    '骏驰': ('骏驰', 'JUNCHI|Junchi', 'junchi', '俊驰|骏池'),
    '远航': ('远航', 'YUANHANG|Yuanhang', 'yuanhang', '远行|远杭'),
}

TYPO = [('身份证', '身分证'), ('钱包', '钱抱'), ('手机', '手几'), ('黑色', '黑涩'), ('电动车', '电东车'),
        ('钥匙', '钥是'), ('捡到', '检到'), ('丢了', '丢勒'), ('蓝色', '兰色'), ('现金', '现今'),
        ('红包', '宏包'), ('耳机', '耳几'), ('自行车', '自形车'), ('项链', '项连'), ('戒指', '戒子'),
        ('书包', '书抱'), ('老年卡', '老年咔'), ('充电宝', '充电包'), ('医院', '医完'),
        ('车站', '车战'), ('拾得', '拾的'), ('遗失', '遗矢')]


# ----------------------------------------------------------------------------- numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return '10X98765432'[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def cn_num(n):
    d = '零一二三四五六七八九'
    if n < 10:
        return d[n]
    if n < 20:
        return '十' + (d[n - 10] if n > 10 else '')
    return d[n // 10] + '十' + (d[n % 10] if n % 10 else '')


def md_of(t):
    day = t // 1440
    if day < 0:
        return 3, 31 + day + 1
    if day < 30:
        return 4, day + 1
    return 5, day - 29


def weekday(day):
    return (2 + day) % 7          # 2026-04-01 is a Wednesday (0 = Monday)


# ----------------------------------------------------------------------------- generator
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.names = []
        self.used = []          # serial values already used (list for determinism)
        self.used_set = set()   # membership only, never iterated
        self.neigh = {}
        ids = sorted(PLACES)
        for a in ids:
            pa = PLACES[a]
            ds = []
            for b in ids:
                if a == b:
                    continue
                pb = PLACES[b]
                d = math.hypot(pa['dx'] - pb['dx'], pa['dy'] - pb['dy'])
                if d < 1100:
                    ds.append((d, b))
            ds.sort()
            self.neigh[a] = [b for _, b in ds[:4]]

    # -- small helpers
    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def p(self, prob):
        return self.r.random() < prob

    def wch(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def uniq(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.used_set:
                self.used_set.add(v)
                self.used.append(v)
                return v
        raise RuntimeError('could not draw a unique value')

    def digits(self, n):
        return ''.join(str(self.r.randrange(10)) for _ in range(n))

    def phone_no(self):
        return '1' + self.ch(['39', '38', '36', '58', '59', '87', '88', '99', '77', '82', '51',
                              '80']) + '****' + self.digits(4)

    def imei(self, tac6):
        return self.uniq(lambda: (lambda b: b + luhn_digit(b))('86' + tac6 + self.digits(6)))

    def person(self, group, sex=None):
        r = self.r
        sex = sex or self.ch(['F', 'M'])
        for _ in range(200):
            name = self.ch(SUR) + self.ch(GIVEN[(group, sex)])
            if name not in self.names:
                break
        self.names.append(name)
        y0, y1 = BIRTH[group]
        year = r.randrange(y0, y1 + 1)
        month = r.randrange(1, 13)
        day = r.randrange(1, 29)

        def draw_id():
            seq = '%02d' % r.randrange(100) + str(self.ch([1, 3, 5, 7, 9] if sex == 'M'
                                                          else [0, 2, 4, 6, 8]))
            s17 = self.ch(REGION) + '%04d%02d%02d' % (year, month, day) + seq
            return s17 + id_check(s17)
        idno = self.uniq(draw_id)
        village = self.ch(VILLAGES)
        addr = self.ch(['蓉岭县石梁镇%s%d组%d号' % (village, r.randrange(1, 9), r.randrange(1, 60)),
                        '蓉岭县石梁镇解放街%d号' % r.randrange(3, 210),
                        '蓉岭县石梁镇茶城大道%d号%d单元' % (r.randrange(10, 300), r.randrange(1, 5))])
        age = 2026 - year - (1 if month > 5 else 0)
        worker = group in ('mid', 'young') and self.p(0.3)
        return dict(name=name, sex=sex, group=group, age=age, idno=idno, village=village,
                    addr=addr, phone=self.phone_no(), worker=worker,
                    city=self.ch(CITIES), surname=name[0])

    def color_word(self, c, side, voice=''):
        o, f, fld = COLORS[c]
        if side == 'f' and c in CONFUSE and self.p(0.04):
            c = CONFUSE[c]
            o, f, fld = COLORS[c]
        return self.ch(V(o) if side == 'o' else V(f)), self.ch(V(fld))

    def brand_word(self, b, side, voice):
        zh, en, py, ty = (V(x) for x in BRANDS[b])
        if side == 'o':
            w = {'elder': [(zh, .7), (ty, .25), (en, .05)], 'kin': [(zh, .7), (en, .2), (ty, .1)],
                 'young': [(zh, .45), (en, .42), (py, .08), (ty, .05)],
                 'worker': [(zh, .55), (en, .3), (py, .05), (ty, .1)],
                 'officer': [(zh, .72), (en, .28)],
                 'hurry': [(zh, .4), (ty, .3), (en, .18), (py, .12)]}[voice]
        else:
            w = {'desk': [(zh, .5), (en, .5)], 'driver': [(zh, .6), (en, .25), (ty, .15)],
                 'simple': [(zh, .55), (en, .3), (ty, .15)],
                 'hurry': [(zh, .3), (en, .35), (ty, .2), (py, .15)],
                 'transfer': [(zh, .6), (en, .4)]}[voice]
        return self.ch(self.wch(w))

    # -- time
    def pick_day(self, scene):
        r = self.r
        if scene == 'market':
            return self.ch([d for d in MARKET_DAYS if d < 60])
        if scene == 'wedding':
            return self.ch(WEDDING_DAYS)
        if scene == 'tea':
            return r.randrange(0, 48)
        if scene == 'school':
            while True:
                d = r.randrange(0, 60)
                if weekday(d) < 5 and d not in HOLIDAYS:
                    return d
        return r.randrange(0, 60)

    HOURS = {'market': (7, 13), 'bus': (6, 19), 'hospital': (8, 17), 'school': (7, 18),
             'tea': (6, 18), 'wedding': (10, 21), 'town': (8, 21), 'square': (19, 22),
             'village': (7, 20), 'ebike': (7, 22)}

    def pick_time(self, scene):
        day = self.pick_day(scene)
        h0, h1 = self.HOURS[scene]
        t = day * 1440 + self.r.randrange(h0 * 60, h1 * 60)
        if t > NOW - 120:
            t = NOW - 120 - self.r.randrange(600, 3000)
        return t

    def daytime(self, ft):
        """Things are handed in while people are up: move a night-time moment to the morning."""
        h = ft % 1440 // 60
        if h < 7:
            ft = ft // 1440 * 1440 + 7 * 60 + self.r.randrange(0, 150)
        elif h >= 21:
            ft = (ft // 1440 + 1) * 1440 + 7 * 60 + self.r.randrange(0, 150)
        return ft

    def window(self, t, style):
        r = self.r
        if style == 'tight':
            a, b = t - r.randrange(10, 70), t + r.randrange(10, 100)
        elif style == 'half':
            a, b = t - r.randrange(60, 260), t + r.randrange(30, 260)
        elif style == 'day':
            d0 = t // 1440 * 1440
            a = d0 + r.randrange(5 * 60, 8 * 60)
            b = d0 + r.randrange(18 * 60, 22 * 60)
            a, b = min(a, t - 30), max(b, t + 30)
        elif style == 'overnight':
            a, b = t - r.randrange(30, 720), t + r.randrange(120, 780)
        else:  # multi
            a, b = t - r.randrange(1440, 4 * 1440), t + r.randrange(600, 2 * 1440)
        a = a // 30 * 30
        b = -(-b // 30) * 30
        b = min(b, NOW - 30)
        a = max(a, -5 * 1440)
        return a, b

    # -- date / time phrases
    def dstr(self, t, voice='x'):
        m, d = md_of(t)
        if voice == 'elder' and self.p(0.35):
            return '%s月%s号' % (cn_num(m), cn_num(d))
        if voice in ('officer', 'desk', 'transfer'):
            return '%d月%d日' % (m, d)
        return self.ch(['%d月%d号' % (m, d), '%d月%d日' % (m, d), '%d.%d' % (m, d),
                        '%d月%d号' % (m, d)])

    def hstr(self, t, exact=False):
        mm = t % 1440
        h, mi = divmod(mm, 60)
        if h < 5:
            part = '凌晨'
        elif h < 9:
            part = '早上'
        elif h < 11:
            part = '上午'
        elif h < 13:
            part = '中午'
        elif h < 18:
            part = '下午'
        elif h < 19:
            part = '傍晚'
        else:
            part = '晚上'
        h12 = h if h <= 12 else h - 12
        if exact:
            return '%d时%02d分' % (h, mi) if mi else '%d时' % h
        if mi == 0:
            return part + '%d点' % h12
        if mi == 30:
            return part + '%d点半' % h12
        return part + self.ch(['%d点多' % h12, '%d点过' % h12, '%d点左右' % h12])

    def part_of_day(self, t):
        return self.hstr(t)[:2]

    def window_phrase(self, a, b, voice, t, scene=None):
        same = a // 1440 == b // 1440
        market = (a // 1440) in MARKET_DAYS and scene == 'market'
        if same:
            d = self.dstr(a, voice)
            if voice == 'elder' and market and self.p(0.5):
                return self.ch(['%s赶场那天' % d, '%s赶场' % d, '那天赶场（%s）' % d])
            if voice == 'hurry':
                return self.ch([d, d + self.part_of_day(t), ''])
            if b - a <= 300 and self.p(0.7):
                return '%s%s到%s之间' % (d, self.hstr(a), self.hstr(b))
            if self.part_of_day(a) == self.part_of_day(b):
                return d + self.part_of_day(a)
            return self.ch(['%s那天' % d, '%s%s到%s' % (d, self.part_of_day(a), self.part_of_day(b)),
                            '%s白天' % d])
        da, db = self.dstr(a, voice), self.dstr(b, voice)
        if voice == 'hurry':
            return da
        return self.ch(['%s到%s之间' % (da, db), '最后一次看到是%s，%s才发现不见了，' % (da, db),
                        '大概%s到%s那几天' % (da, db)])

    # ------------------------------------------------------------------ objects
    def base(self, cat, sub, kind_o, kind_f, unit, owner, scenes, color=None, brand=None,
             model=None, models=None):
        return dict(cat=cat, cat_f=cat, sub=sub, nocol=cat == 'keys' or sub in ('bundle', 'driver', 'hanky', 'hongbao'), kind_o=V(kind_o), kind_f=V(kind_f), unit=unit,
                    owner=owner, scenes=scenes, color=color, brand=brand, model=model,
                    models=models or ([model] if model else []), serials=[], feats=[],
                    contents=[], names_o=[], names_f=[], brand_vis=0.8, model_vis=0.3)

    def pick_feats(self, groups, pgroup):
        out = []
        for g in groups:
            if self.p(pgroup):
                out.append(self.ch(g))
        return out

    def cash_amount(self, lo, hi, step=10):
        return self.r.randrange(lo // step, hi // step + 1) * step

    def cash_words(self, amt, exact_p=0.5):
        """(owner words, finder words) for an amount of cash."""
        r = self.r
        if self.p(exact_p) or amt % 100 == 0:
            o = self.ch(['%d块' % amt, '%d块钱' % amt, '%d元' % amt])
        else:
            h = amt // 100 * 100
            o = self.ch(['%d多块' % h, '%d来块' % h, '大概%d块' % (h + 50 if h else 50),
                         '%d多' % h]) if h else '几十块零钱'
        notes = []
        left = amt
        for den in (100, 50, 20, 10, 5, 1):
            k = left // den
            if k:
                notes.append((den, k))
                left -= den * k
        if self.p(0.45) and len(notes) > 1:
            f = '现金%d元（%s）' % (amt, '、'.join('%d元×%d' % nk for nk in notes))
        else:
            f = self.ch(['现金人民币%d元' % amt, '现金%d元' % amt, '人民币%d元' % amt])
        return o, f

    def b_phone(self, force):
        r = self.r
        sub = force.get('sub') or ('elder' if self.p(0.18) else 'smart')
        if sub == 'elder':
            owner = force.get('owner') or self.person('elder')
            brand = force.get('brand') or self.ch(['康乐', '康乐', '岭风'])
            model = force.get('model') or {'康乐': self.ch(['K2', 'K6']), '岭风': 'LF-K1'}.get(brand, 'K2')
            color = force.get('color') or self.ch(['黑', '红', '金', '蓝'])
            o = self.base('phone', sub, '老人机|手机|老年机|按键手机', '老人手机|按键手机|老年手机',
                          '部', owner, [('market', 3), ('bus', 2), ('hospital', 2),
                                        ('square', 1), ('tea', 1), ('village', 1)],
                          color, brand, model)
            o['feats'] = self.pick_feats([
                [F('按键的，字大声音大|大按键的|按键的那种', '直板按键|大按键直板机')],
                [F('后面贴了胶布写的我儿子电话|背后贴了张纸，写的屋头电话',
                   '背面贴胶布，手写电话号码|背面贴有手写号码纸条')],
                [F('用皮筋绑了个套子|套了个布套子', '外套布套，用皮筋绑着|布制手机套')],
                [F('顶上有个电筒|带个手电筒', '顶部带手电筒')],
                [F('挂了根绳子挂脖子上的|挂了根长绳子', '带长挂绳')],
                [F('屏幕有点花了|屏幕磨花了', '屏幕磨损')],
            ], 0.45)
        else:
            group = self.wch([('young', .45), ('mid', .4), ('elder', .15)])
            owner = force.get('owner') or self.person(group)
            brand = force.get('brand') or self.wch([('华为', .25), ('苹果', .2), ('岭风', .15),
                                                    ('青禾', .15), ('迈途', .12), ('星朗', .13)])
            models = {'华为': ['星河 V8', '星河 V8 Pro', '青山 12'],
                      '苹果': ['iPhone S9', 'iPhone S9 Plus', 'iPhone S7'],
                      '岭风': ['L9 Pro', 'L7'], '青禾': ['Q50', 'Q50 Max', 'Q30'],
                      '迈途': ['M8', 'M8 Lite'], '星朗': ['X20', 'X20 Pro'],
                      '康乐': ['K2']}[brand]
            model = force.get('model') or self.ch(models)
            color = force.get('color') or self.ch(['黑', '黑', '白', '蓝', '金', '银', '紫', '绿', '粉'])
            o = self.base('phone', sub, '手机|电话|智能手机', '手机|智能手机', '部', owner,
                          [('market', 2), ('bus', 2), ('hospital', 1), ('tea', 1.5),
                           ('wedding', 1.2), ('town', 1.5), ('square', .5), ('school', .4)],
                          color, brand, model)
            o['model_vis'] = 0.35
            feats = []
            case = None
            if self.p(0.8):
                case = self.ch([
                    F('透明手机壳子|透明壳子|套的透明壳|透明的壳', '透明保护壳|透明软壳|透明手机壳'),
                    F('黑色硅胶壳|套了个黑壳子|黑的软壳子', '黑色硅胶保护套|黑色手机壳'),
                    F('翻盖皮套|带翻盖的皮壳子', '翻盖式皮套|翻盖皮质保护套'),
                    F('卡通壳子，上面有只小猫|小猫图案的手机壳子', '卡通猫图案手机壳|印有卡通猫的手机壳'),
                    F('粉壳子带个指环扣|粉色的壳子带个支架', '粉色手机壳带指环支架'),
                    F('蓝色防摔壳|蓝的防摔壳子', '蓝色防摔保护壳'),
                    F('壳子上印了朵向日葵', '手机壳印有向日葵图案'),
                ])
                feats.append(case)
                if self.p(0.35):
                    feats.append(self.ch([
                        F('壳子里夹了张孙子的照片|手机壳子后面夹了娃儿的照片',
                          '壳内夹有一张小孩照片|手机壳内夹一张儿童照片'),
                        F('壳子里夹了一百块钱|壳子里塞了张一百的', '壳内夹有现金100元|手机壳内夹100元纸币一张'),
                        F('壳子里夹了张公交卡', '壳内夹公交卡一张'),
                        F('壳子后面贴了张纸写的我妈电话', '壳背面贴有手写电话号码纸条'),
                    ]))
            feats += self.pick_feats([
                [F('屏幕左下角碎了|屏幕摔裂了一块', '屏幕左下角有裂痕|屏幕碎裂'),
                 F('边框磕掉了一块漆|边框有点掉漆', '边框有磕碰掉漆'),
                 F('后面摄像头那块玻璃裂了', '后置摄像头镜片破裂'),
                 F('屏幕上有条划痕', '屏幕有明显划痕')],
                [F('挂了根红绳子|挂了根红挂绳', '挂有红色挂绳'),
                 F('背面贴了个平安符贴纸', '背面贴有"平安"字样贴纸'),
                 F('贴了钢化膜，膜有点翘', '屏幕贴膜边缘起翘'),
                 F('挂了个小铃铛', '挂有小铃铛挂件')],
                [F('锁屏是我女儿的照片|屏保是我女儿|锁屏是我家女儿', '锁屏壁纸为一女孩照片|按亮后锁屏为女孩照片'),
                 F('锁屏是我儿子的照片|屏保是我家小子', '锁屏壁纸为一男孩照片'),
                 F('锁屏是全家福', '锁屏为多人合影'),
                 F('锁屏是一片茶山的风景', '锁屏为山景图片'),
                 F('锁屏是只黄狗', '锁屏壁纸为一只黄色小狗')],
            ], 0.4)
            o['feats'] = feats
        tac = {'华为': '401735', '苹果': '527104', '岭风': '633812', '青禾': '712540',
               '迈途': '359026', '星朗': '488117', '康乐': '915203'}[brand]
        o['serials'].append(dict(type='imei', value=self.imei(tac), o=0.35, f=0.35))
        hidden = [F('我的号码是%s|电话号码%s|卡是%s这个号' % ((owner['phone'],) * 3), None),
                  F('手机里有好多娃儿的照片', None), F('微信里有工钱的记录，很要紧', None),
                  F('开的静音，打过去没人接', None), F('可能没电关机了', None),
                  F('密码是六位数的，别人打不开', None),
                  F(None, '期间有来电，显示"幺儿"|有未接来电多个'), F(None, '已关机|电量耗尽关机')]
        o['feats'] += self.pick_feats([[h] for h in hidden], 0.22)
        return o

    def b_id(self, force):
        r = self.r
        sub = force.get('sub') or self.wch([('idcard', .33), ('bundle', .14), ('elder', .1),
                                           ('student', .1), ('driver', .08), ('social', .11),
                                           ('hukou', .06), ('marriage', .05), ('disab', .03)])
        group = {'elder': 'elder', 'bundle': 'elder', 'student': 'child', 'driver': 'mid',
                 'marriage': 'young', 'disab': 'elder'}.get(sub) or self.wch(
            [('elder', .35), ('mid', .35), ('young', .3)])
        owner = force.get('owner') or self.person(group)
        nm, idno = owner['name'], owner['idno']
        scenes = [('hospital', 2), ('town', 2), ('bus', 1.5), ('market', 1.2), ('village', .5)]
        if sub == 'idcard':
            o = self.base('id_doc', sub, '身份证|身份证|二代身份证|身份证件', '居民身份证|身份证',
                          '张', owner, scenes, force.get('color'))
            o['names_o'] = ['我叫%s|名字是%s|身份证上名字%s' % (nm, nm, nm)]
            o['names_f'] = ['姓名%s|姓名：%s|名字%s' % (nm, nm, nm)]
            o['serials'].append(dict(type='idno', value=idno, o=0.75, f=0.85))
            o['feats'] = self.pick_feats([
                [F('装在透明卡套里|用卡套装起的', '装于透明卡套内|带透明卡套')],
                [F('边上有点磨花了', '卡面磨损')],
                [F(None, '住址：%s' % owner['addr'])],
                [F('有效期是今年到期的', '有效期至2026年')]], 0.35)
        elif sub == 'bundle':
            color = force.get('color') or self.ch(['红', '黑', '蓝', '棕'])
            o = self.base('id_doc', sub, '身份证和老年卡|老年卡跟身份证|卡套，里头是身份证和老年卡|装证件的卡套',
                          '卡套（内有身份证、老年优待证）|证件卡套|身份证及老年卡（卡套装）', '套', owner,
                          scenes + [('square', 1)], color)
            o['names_o'] = ['名字是%s|我叫%s|都是%s的' % (nm, nm, nm)]
            o['names_f'] = ['均为%s本人|姓名%s' % (nm, nm)]
            o['serials'].append(dict(type='idno', value=idno, o=0.45, f=0.8))
            o['serials'].append(dict(type='elder', value=self.uniq(
                lambda: 'LN-%02d-%05d' % (r.randrange(18, 26), r.randrange(1, 99999))), o=0.05, f=0.4))
            cw = COLORS[color][0].split('|')[0]
            o['feats'] = [F('装在一个%s的卡套里|用%s卡套装起的' % (cw, cw), '%s卡套' % COLORS[color][1].split('|')[0])]
            o['feats'] += self.pick_feats([
                [F('用橡皮筋捆起的', '用橡皮筋捆扎')],
                [F('还有张公交卡', '另有公交卡一张')],
                [F('卡套里还夹了张药方', '内夹处方单一张')]], 0.3)
        elif sub == 'elder':
            color = force.get('color') or self.ch(['红', '绿'])
            o = self.base('id_doc', sub, '老年卡|老年证|敬老卡|老年优待证|老人卡',
                          '老年人优待证|老年优待卡|老年卡', '张', owner,
                          [('bus', 3), ('market', 2), ('hospital', 1), ('square', 1)], color)
            o['names_o'] = ['名字%s|我叫%s|是%s的' % (nm, nm, nm)]
            o['names_f'] = ['姓名%s|持卡人%s' % (nm, nm)]
            o['serials'].append(dict(type='elder', value=self.uniq(
                lambda: 'LN-%02d-%05d' % (r.randrange(18, 26), r.randrange(1, 99999))), o=0.15, f=0.85))
            o['feats'] = self.pick_feats([
                [F('坐公交刷的那种|坐车刷卡用的', '可乘车刷卡')],
                [F('上面有我的照片，戴眼镜的', '贴有持卡人照片（戴眼镜）')],
                [F('用根红绳子穿起挂的', '穿有红绳')]], 0.35)
        elif sub == 'student':
            school = self.ch(['school1', 'school2'])
            sname = PLACES[school]['official']
            grade = self.ch(['初二(3)班', '初一(5)班', '高一(2)班', '初三(1)班']) if school == 'school1' \
                else self.ch(['三年级2班', '五年级1班', '四年级3班', '六年级2班'])
            owner['school'], owner['grade'] = school, grade
            color = force.get('color') or self.ch(['蓝', '红', '绿'])
            o = self.base('id_doc', sub, '学生证|学生卡|校卡', '学生证|学生卡', '张', owner,
                          [('school', 4), ('bus', 1), ('town', 1)], color)
            o['names_o'] = ['娃儿叫%s，%s的|名字%s，%s%s' % (nm, grade, nm, PLACES[school]['local'][0], grade)]
            o['names_f'] = ['姓名%s，%s%s|%s %s %s' % (nm, sname, grade, sname, grade, nm)]
            o['serials'].append(dict(type='stu', value=self.uniq(
                lambda: '20%02d%06d' % (r.randrange(19, 26), r.randrange(1, 999999))), o=0.35, f=0.8))
            o['feats'] = self.pick_feats([
                [F('套了个卡套，上面有个小熊', '卡套带小熊图案')],
                [F('挂了根%s挂绳|带根挂绳' % self.ch(['蓝', '黄']), '带挂绳')]], 0.4)
        elif sub == 'driver':
            color = force.get('color') or self.ch(['黑', '棕'])
            cls = self.ch(['C1', 'C1', 'B2', 'D', 'C1E'])
            o = self.base('id_doc', sub, '驾驶证|驾照|驾驶本', '机动车驾驶证|驾驶证', '本', owner,
                          [('town', 2), ('ebike', 1), ('market', 1), ('bus', 1)], color)
            o['names_o'] = ['名字%s，%s的|我叫%s，驾照是%s' % (nm, cls, nm, cls)]
            o['names_f'] = ['姓名%s，准驾车型%s|%s，准驾%s' % (nm, cls, nm, cls)]
            o['serials'].append(dict(type='idno', value=idno, o=0.55, f=0.8))
            cw = COLORS[color][0].split('|')[0]
            o['feats'] = [F('装在%s的皮套里|%s皮壳子' % (cw, cw), '%s皮套' % COLORS[color][1].split('|')[0])]
            o['feats'] += self.pick_feats([[F('皮套里还夹了张行驶证', '内夹行驶证一本')],
                                           [F('皮套边上开线了', '皮套边缘开线')]], 0.3)
        elif sub == 'social':
            tail = self.digits(4)
            o = self.base('id_doc', sub, '社保卡|医保卡|社会保障卡', '社会保障卡|社保卡', '张', owner,
                          [('hospital', 4), ('town', 1.5), ('market', .5)], None)
            o['names_o'] = ['名字%s|我叫%s|卡是%s的' % (nm, nm, nm)]
            o['names_f'] = ['姓名%s|持卡人%s' % (nm, nm)]
            o['serials'].append(dict(type='idno', value=idno, o=0.35, f=0.75))
            o['serials'].append(dict(type='bank', value=tail, bank='农商银行', o=0.3, f=0.35))
            o['feats'] = self.pick_feats([[F('看病用的，刚在医院刷过|拿药刷的卡', None)],
                                          [F('背面用笔写了个名字', '背面手写姓名')]], 0.4)
        elif sub == 'hukou':
            color = force.get('color') or self.ch(['红', '棕'])
            o = self.base('id_doc', sub, '户口本|户口簿|户口册', '居民户口簿|户口本', '本', owner,
                          [('town', 4), ('bus', 1)], color)
            o['names_o'] = ['户主是%s|户主%s，我家的' % (nm, nm)]
            o['names_f'] = ['户主姓名%s|户主：%s' % (nm, nm)]
            o['feats'] = [F('住址是%s|地址%s' % (owner['addr'], owner['addr']), '住址%s|户籍地址：%s' % (owner['addr'], owner['addr']))]
            o['feats'] += self.pick_feats([[F('用塑料袋装起的|套了个塑料袋', '装于塑料袋内')],
                                           [F('里头有四个人的页|一家四口', '共4页常住人口登记卡')]], 0.5)
            o['serials'].append(dict(type='idno', value=idno, o=0.25, f=0.5))
        elif sub == 'marriage':
            spouse = self.person('young', 'F' if owner['sex'] == 'M' else 'M')
            o = self.base('id_doc', sub, '结婚证|两本结婚证|结婚证两个本本', '结婚证', '本',
                          owner, [('town', 3), ('wedding', 2), ('bus', 1)], '红')
            o['names_o'] = ['是我和我%s的，%s、%s|名字%s和%s' % ('老婆' if owner['sex'] == 'M' else '老公',
                                                           nm, spouse['name'], nm, spouse['name'])]
            o['names_f'] = ['持证人%s、%s|姓名%s、%s' % (nm, spouse['name'], nm, spouse['name'])]
            o['serials'].append(dict(type='marry', value=self.uniq(
                lambda: 'J519327-2026-%06d' % r.randrange(1, 999)), o=0.1, f=0.6))
            o['feats'] = self.pick_feats([[F('刚在便民服务中心领的|上个月才领的', '登记日期为2026年')],
                                          [F('装在红色的袋子里', '装于红色纸袋内')]], 0.5)
        else:  # disab
            o = self.base('id_doc', sub, '残疾证|残疾人证', '残疾人证', '本', owner,
                          [('town', 2), ('hospital', 2), ('bus', 1)], self.ch(['红', '绿']))
            o['names_o'] = ['名字%s|是%s的' % (nm, nm)]
            o['names_f'] = ['姓名%s' % nm]
            o['serials'].append(dict(type='idno', value=idno, o=0.3, f=0.6))
            o['feats'] = self.pick_feats([[F('肢体三级的', '残疾类别：肢体，三级')]], 0.6)
        o['brand_vis'] = 0
        return o

    def b_wallet(self, force):
        sub = force.get('sub') or self.wch([('long', .3), ('short', .35), ('coin', .2), ('card', .15)])
        group = {'long': self.wch([('mid', .5), ('young', .3), ('elder', .2)]),
                 'short': self.wch([('mid', .5), ('young', .25), ('elder', .25)]),
                 'coin': 'elder', 'card': self.wch([('young', .5), ('mid', .5)])}[sub]
        owner = force.get('owner') or self.person(group, 'F' if sub == 'long' else None)
        colors = {'long': ['红', '粉', '黑', '棕', '紫'], 'short': ['黑', '黑', '棕', '蓝', '灰'],
                  'coin': ['红', '蓝', '紫', '黄', '绿'], 'card': ['黑', '棕', '粉', '蓝']}[sub]
        color = force.get('color') or self.ch(colors)
        brand = force.get('brand') or (self.ch(['雅琪', '韦德', '梵诗']) if sub != 'coin' and self.p(0.5) else None)
        ko, kf, unit = {'long': ('长钱包|钱夹子|钱包|长款钱包', '长款钱包|女式长钱包|钱包', '个'),
                        'short': ('钱包|钱夹子|皮夹子|钱夹', '短款钱包|钱包|皮夹', '个'),
                        'coin': ('零钱包|小钱包|装零钱的小包包|布钱包', '零钱包|布制零钱包|小钱包', '个'),
                        'card': ('卡包|卡套|装卡的小皮夹', '卡包|卡夹', '个')}[sub]
        o = self.base('wallet', sub, ko, kf, unit, owner,
                      [('market', 2.5), ('bus', 1.5), ('hospital', 1.2), ('town', 1.5),
                       ('wedding', .8), ('tea', .6), ('square', .4)], color, brand)
        o['brand_vis'] = 0.6
        nm = owner['name']
        c = []
        if sub != 'card':
            amt = self.cash_amount(*{'long': (200, 2600), 'short': (100, 1500), 'coin': (20, 400),
                                     'card': (0, 0)}[sub], step=self.ch([1, 10, 10]))
            if amt:
                ow, fw = self.cash_words(amt)
                c.append(F('里头有%s|有%s现金|装了%s' % (ow, ow, ow), fw))
        if sub in ('long', 'short', 'card') or self.p(0.3):
            for _ in range(self.ch([1, 1, 2])):
                bank = self.ch(['农业银行', '农商银行', '邮政储蓄', '建设银行', '工商银行'])
                tail = self.digits(4)
                o['serials'].append(dict(type='bank', value=tail, bank=bank, o=0.3, f=0.35))
                c.append(F('%s的卡|一张%s卡|%s银行卡' % (bank, bank, bank),
                           '%s银行卡一张|%s卡一张' % (bank, bank)))
        if self.p(0.6 if sub != 'coin' else 0.3) or sub == 'card':
            o['serials'].append(dict(type='idno', value=owner['idno'], o=0.25, f=0.6))
            c.append(F('我的身份证|身份证也在里头|还有身份证', '%s的身份证一张|居民身份证一张（%s）' % (nm, nm)))
            o['names_f'].append('身份证姓名%s|证件姓名%s' % (nm, nm))
            o['names_o'].append('我叫%s|名字%s' % (nm, nm))
        if owner['group'] == 'elder' and self.p(0.5):
            c.append(F('老年卡|老年证', '%s的老年优待卡|老年卡一张（%s）' % (nm, nm)))
        extra = [F('医保卡|社保卡', '社保卡一张'), F('一张娃儿的照片|孙女的相片', '小孩照片一张'),
                 F('超市的购物小票', '购物小票若干'), F('一把小钥匙', '小钥匙一把'),
                 F('医院开的药方|处方单', '处方单一张'), F('几张名片', '名片数张'),
                 F('一张公交卡', '公交卡一张'), F('一张护身符', '护身符一张')]
        c += self.pick_feats([[e] for e in extra], 0.18)
        o['contents'] = c
        o['feats'] = self.pick_feats([
            [F('扣子有点松|按扣坏了', '按扣松动|搭扣损坏'), F('拉链头掉了，拴了根线', '拉链头缺失，系有细绳')],
            [F('边角磨白了|用久了边边都磨烂了', '边角磨损严重|边缘磨损')],
            [F('挂了个铜钱坠子', '挂有铜钱挂件'), F('上面有个金色的牌子', '正面有金属标牌'),
             F('绣了朵花', '绣花图案'), F('有个蝴蝶结', '带蝴蝶结装饰')]], 0.35)
        return o

    def b_keys(self, force):
        sub = force.get('sub') or self.wch([('house', .55), ('car', .2), ('ebike', .25)])
        owner = force.get('owner') or self.person(self.wch([('mid', .45), ('young', .25), ('elder', .3)]))
        color = force.get('color') or self.ch(['黑', '红', '蓝', '银', '黄', '绿'])
        if sub == 'car':
            brand = force.get('brand') or self.ch(['骏驰', '远航'])
            ko, kf = '车钥匙|汽车钥匙|小车钥匙|车子钥匙', '汽车遥控钥匙|汽车钥匙'
        elif sub == 'ebike':
            brand = force.get('brand') or (self.ch(['雅途', '绿驹', '金鹿', '速风']) if self.p(0.7) else None)
            ko, kf = '电动车钥匙|摩托钥匙|电瓶车钥匙|车钥匙', '电动车钥匙|电动车遥控钥匙'
        else:
            brand = None
            ko, kf = '钥匙|一串钥匙|钥匙串|一把钥匙', '钥匙串|钥匙'
        o = self.base('keys', sub, ko, kf, '串', owner,
                      [('market', 2), ('town', 2), ('square', 1), ('bus', 1), ('school', .7),
                       ('hospital', .7), ('tea', .5), ('village', .6)], color, brand)
        o['brand_vis'] = 0.7
        n = self.r.randrange(2, 8) if sub == 'house' else self.r.randrange(1, 4)
        cw = COLORS[color][0].split('|')[0]
        fw = COLORS[color][1].split('|')[0]
        approx = {1: '一把', 2: '两把', 3: '三四把', 4: '四五把', 5: '五六把', 6: '五六把', 7: '七八把'}[n]
        o['feats'] = [F('%s钥匙|有%s' % (approx, approx), '共%d把钥匙|钥匙%d把' % (n, n))]
        if sub == 'car':
            o['feats'].append(F('%s遥控器|遥控是%s的' % (cw, cw), '%s遥控钥匙' % fw))
        elif sub == 'ebike':
            o['feats'].append(F('%s的遥控器|遥控器是%s的' % (cw, cw), '%s遥控器' % fw))
        else:
            o['feats'].append(self.ch([F('%s的钥匙扣|钥匙圈是%s的' % (cw, cw), '%s钥匙扣|钥匙环为%s' % (fw, fw)),
                                       F('拴在一根%s绳子上' % cw, '用%s绳串着' % fw)]))
        o['feats'] += self.pick_feats([
            [F('挂了个小葫芦|葫芦挂件', '挂有木葫芦挂件'), F('有个平安扣', '挂有玉质平安扣'),
             F('挂了个小熊', '挂有小熊玩偶挂件'), F('有个塑料牌子写的"302"', '挂有写着"302"的塑料牌'),
             F('挂了个"出入平安"的牌牌', '挂有"出入平安"字样挂牌')],
            [F('还有张蓝色门禁卡|串了个蓝的门禁扣', '附蓝色水滴形门禁卡'),
             F('有把指甲刀', '串有指甲刀一把'), F('有个开瓶器', '串有开瓶器')],
            [F('有一把是防盗门的长钥匙', '其中一把为防盗门钥匙'), F('有把十字钥匙', '含十字形钥匙一把'),
             F('有把小的是信报箱的', '含小号钥匙一把')],
        ], 0.45)
        if sub == 'car' and self.p(0.3):
            o['feats'].append(F('遥控钥匙壳子裂了，用胶布缠起的', '遥控器外壳用胶布缠绕'))
        return o

    def b_ebike(self, force):
        owner = force.get('owner') or self.person(self.wch([('mid', .5), ('young', .25), ('elder', .25)]))
        brand = force.get('brand') or self.ch(['雅途', '绿驹', '金鹿', '速风'])
        models = {'雅途': ['Y3', '风尚Y5'], '绿驹': ['LJ-60', 'LJ-72'], '金鹿': ['JL800', 'JL团团'],
                  '速风': ['SF小精灵', 'SF-9']}[brand]
        model = force.get('model') or self.ch(models)
        color = force.get('color') or self.ch(['白', '黑', '红', '蓝', '灰', '粉', '绿', '银'])
        o = self.base('ebike', 'ebike', '电动车|电瓶车|摩托|电摩托|电驴子|踏板电动车',
                      '电动自行车|电动车|两轮电动车', '辆', owner,
                      [('ebike', 1)], color, brand, model)
        o['brand_vis'], o['model_vis'] = 0.9, 0.4
        r = self.r
        pre = {'雅途': 'YT', '绿驹': 'LJ', '金鹿': 'JL', '速风': 'SF'}[brand]
        o['serials'].append(dict(type='plate', value=self.uniq(lambda: '%05d' % r.randrange(10000, 99999)),
                                 o=0.85, f=0.65))
        o['serials'].append(dict(type='frame', value=self.uniq(
            lambda: '%s%02d%02d%s%05d' % (pre, r.randrange(20, 26), r.randrange(1, 13),
                                           self.ch('ABCDEHKMN'), r.randrange(0, 99999))), o=0.2, f=0.7))
        o['feats'] = self.pick_feats([
            [F('后面装了个篮子|后座装了个菜篮子', '后座加装车筐'), F('后座有个娃儿座椅|后面有个小孩坐的座椅', '后座装有儿童座椅')],
            [F('左边反光镜断了|少了一个反光镜', '左后视镜缺失'), F('车身右边刮花了', '右侧车壳有刮擦')],
            [F('坐垫套是豹纹的|坐垫上套了个豹纹套子', '坐垫套为豹纹图案'), F('坐垫套是碎花的', '花色坐垫套')],
            [F('车头挂钩挂了个编织袋', '车头挂钩挂有编织袋'), F('前面挂了挡风被', '装有挡风被')],
            [F('后备箱上贴了个"出入平安"', '后尾箱贴有"出入平安"贴纸'), F('脚踏板上垫了块胶皮', '脚踏板铺有橡胶垫')],
            [F('座位下面有个红头盔', '座桶内有红色头盔一个'), F('座桶里有件雨衣', '座桶内有雨衣一件')],
        ], 0.4)
        o['feats'] += self.pick_feats([[F(None, '电瓶已被拆走|无电瓶')], [F(None, '电门锁有撬痕|锁芯被撬')]], 0.15)
        return o

    def b_bicycle(self, force):
        sub = force.get('sub') or self.wch([('adult', .5), ('child', .5)])
        owner = force.get('owner') or self.person('child' if sub == 'child' else self.ch(['mid', 'young', 'elder']))
        brand = force.get('brand') or self.ch(['捷驰', '远征', '飞翎'])
        models = {'捷驰': ['JC-300', '追风26'], '远征': ['YZ-21速', 'YZ-500'], '飞翎': ['小飞侠20寸', 'FL-16']}[brand]
        model = force.get('model') or self.ch(models)
        color = force.get('color') or self.ch(['黑', '白', '红', '蓝', '黄', '绿', '粉'])
        if sub == 'child':
            ko, kf = '儿童自行车|娃儿的自行车|小孩自行车|单车', '儿童自行车|自行车'
            scenes = [('school', 4), ('square', 2), ('town', 1)]
        else:
            ko, kf = '自行车|单车|山地车|脚踏车', '自行车|山地自行车'
            scenes = [('town', 2), ('market', 2), ('school', 1), ('ebike', 1)]
        o = self.base('bicycle', sub, ko, kf, '辆', owner, scenes, color, brand, model)
        o['brand_vis'], o['model_vis'] = 0.85, 0.3
        r = self.r
        o['serials'].append(dict(type='frame', value=self.uniq(
            lambda: '%s%02d%s%06d' % ({'捷驰': 'JC', '远征': 'YZ', '飞翎': 'FL'}[brand], r.randrange(19, 26),
                                       self.ch('BCDGK'), r.randrange(0, 999999))), o=0.15, f=0.6))
        o['feats'] = self.pick_feats([
            [F('有变速|21速的变速', '带变速器')],
            [F('前面有车筐|前头有个篮子', '前置车筐'), F('后面有后座', '带后货架')],
            [F('铃铛坏了', '车铃损坏'), F('车把上缠了黑胶布', '车把缠有黑色胶布')],
            [F('贴了奥特曼贴纸|车架上贴满了贴纸', '车架贴有卡通贴纸')],
            [F('车上挂了把黑锁|锁还挂在车上', '车上挂有U形锁')],
            [F('前轮有点漏气', '前胎亏气'), F('后面挡泥板掉了', '后挡泥板缺失')],
        ], 0.4)
        return o

    def b_bag(self, force):
        sub = force.get('sub') or self.wch([('backpack', .18), ('school', .14), ('handbag', .15),
                                           ('cross', .12), ('woven', .14), ('canvas', .1),
                                           ('suitcase', .09), ('waist', .08)])
        group = {'school': 'child', 'woven': 'elder', 'waist': 'elder', 'suitcase': 'young',
                 'handbag': 'mid'}.get(sub) or self.ch(['young', 'mid', 'elder'])
        owner = force.get('owner') or self.person(group)
        if sub == 'suitcase' or (sub == 'backpack' and group != 'elder'):
            owner['worker'] = owner['group'] in ('mid', 'young') and self.p(0.7) or owner['worker']
        spec = {
            'backpack': ('双肩包|背包|双肩背包', '双肩背包|背包', ['黑', '灰', '蓝', '绿'], ['途乐', '悦行']),
            'school': ('书包|娃儿的书包|双肩书包', '学生书包|儿童书包', ['蓝', '粉', '红', '黄', '紫'], ['喜羊']),
            'handbag': ('手提包|包包|女士包|手拎包', '女式手提包|手提包', ['黑', '红', '棕', '白'], ['锦绣']),
            'cross': ('斜挎包|挎包|小挎包', '斜挎包|单肩挎包', ['黑', '棕', '灰', '红'], ['锦绣', '途乐']),
            'woven': ('蛇皮口袋|编织袋|化肥口袋', '编织袋|蛇皮袋', ['白', '绿', '蓝', '红'], []),
            'canvas': ('帆布袋|布口袋|购物袋', '帆布袋|布袋', ['白', '黄', '绿', '蓝'], []),
            'suitcase': ('拉杆箱|行李箱|箱子', '拉杆行李箱|行李箱', ['黑', '银', '蓝', '粉'], ['途乐', '悦行']),
            'waist': ('腰包|腰包包|收钱的腰包', '腰包', ['黑', '棕', '红'], []),
        }[sub]
        color = force.get('color') or self.ch(spec[2])
        brand = force.get('brand') or (self.ch(spec[3]) if spec[3] and self.p(0.55) else None)
        scenes = {'school': [('school', 4), ('bus', 1)], 'woven': [('market', 2), ('bus', 2), ('tea', 2)],
                  'suitcase': [('bus', 3), ('terminal', 3)], 'waist': [('market', 4)],
                  'canvas': [('hospital', 2), ('market', 2), ('town', 1)]}.get(
            sub, [('bus', 2), ('terminal', 1.5), ('town', 2), ('hospital', 1), ('wedding', 1), ('market', 1)])
        o = self.base('bag', sub, spec[0], spec[1], '个', owner, scenes, color, brand)
        o['brand_vis'] = 0.7
        nm = owner['name']
        r = self.r
        pool = {
            'backpack': [F('几件换洗衣服', '衣物若干'), F('一个充电器', '充电器一个'),
                         F('厂里的工牌，写了我名字%s' % nm, '工牌一个（姓名%s）' % nm),
                         F('一个保温杯', '保温杯一个'), F('给娃儿买的玩具车', '玩具车一个'),
                         F('两包烟', '香烟两包')],
            'school': [F('作业本，上面写了%s，%s' % (nm, owner.get('grade') or '四年级2班'), '作业本若干，署名%s' % nm),
                       F('文具盒', '文具盒一个'), F('语文书数学书', '课本若干'), F('红领巾', '红领巾一条'),
                       F('一个水壶，粉色的', '水壶一个')],
            'handbag': [F('一面小镜子、口红', '化妆镜、口红'), F('家里的钥匙', '钥匙一串'),
                        F('降压药', '药品一盒（降压药）'), F('纸巾', '纸巾一包'),
                        F('身份证', '%s的身份证一张' % nm)],
            'cross': [F('耳机', '耳机一副'), F('纸巾', '纸巾'), F('充电线', '数据线一根'),
                      F('一把伞', '折叠伞一把')],
            'woven': [F('%d斤新茶' % r.randrange(2, 9), '茶叶一袋（约%d斤）' % r.randrange(2, 9)),
                      F('几块腊肉，带去吃酒的', '腊肉数块'), F('被子和衣服', '被褥、衣物'),
                      F('菜种子和化肥', '菜种、化肥少量'), F('两只鸡，已经杀好了的', '已宰杀的鸡两只')],
            'canvas': [F('在医院拿的药|刚开的药', '药品若干'), F('病历本，名字%s' % nm, '病历本一本（%s）' % nm),
                       F('买的菜', '蔬菜若干'), F('CT片子', 'CT片一袋')],
            'suitcase': [F('衣服', '衣物若干'), F('给屋头买的礼物', '礼品盒若干'), F('喜糖两袋', '喜糖两袋'),
                         F('一条烟两瓶酒，吃酒用的', '香烟一条、白酒两瓶'), F('充电宝', '充电宝一个')],
            'waist': [F('卖菜的零钱|收的零钱', '零钱若干'), F('一个收款码的牌子', '收款二维码牌一个'),
                      F('一个小本本记账的', '记账本一本')],
        }[sub]
        k = r.randrange(1, min(4, len(pool)) + 1)
        idx = sorted(r.sample(range(len(pool)), k))
        o['contents'] = [pool[i] for i in idx]
        if sub in ('handbag', 'cross', 'waist', 'suitcase') and self.p(0.5):
            amt = self.cash_amount(50, 1500)
            ow, fw = self.cash_words(amt)
            o['contents'].append(F('还有%s钱|里面有%s' % (ow, ow), fw))
        if sub == 'school':
            o['serials'].append(dict(type='stu', value=self.uniq(
                lambda: '20%02d%06d' % (r.randrange(19, 26), r.randrange(1, 999999))), o=0.1, f=0.3))
            o['names_o'].append('娃儿叫%s|我家娃儿%s' % (nm, nm))
        elif sub in ('handbag', 'backpack', 'suitcase') and self.p(0.35):
            o['serials'].append(dict(type='idno', value=owner['idno'], o=0.2, f=0.5))
            o['contents'].append(F('身份证也在包里', '居民身份证一张（%s）' % nm))
        o['feats'] = self.pick_feats([
            [F('拉链坏了一个', '一侧拉链损坏'), F('背带打了个结', '背带打结')],
            [F('挂了个小挂件|挂了个小熊', '挂有小熊挂件'), F('上面有个补丁', '有补丁')],
            [F('有点旧了，边上磨起毛了', '边缘磨损起毛')]], 0.3)
        if sub == 'school':
            o['feats'].append(F('上面印的有个卡通羊|印了只羊', '印有卡通羊图案'))
        return o

    def b_cash(self, force):
        sub = force.get('sub') or self.wch([('hongbao', .4), ('envelope', .2), ('plastic', .15),
                                           ('hanky', .15), ('roll', .1)])
        owner = force.get('owner') or self.person({'hongbao': self.ch(['mid', 'young', 'elder']),
                                                    'envelope': 'elder', 'hanky': 'elder'}.get(sub, 'mid'))
        r = self.r
        if sub == 'hongbao':
            color = '红'
            o = self.base('cash', sub, '红包|一个红包|礼金红包', '红包|红色利是封', '个', owner,
                          [('wedding', 5), ('bus', 1), ('town', 1)], color)
            amt = force.get('amount') or self.ch([600, 666, 800, 888, 1000, 1200, 1600, 2000])
            groom = self.ch(SUR) + self.ch(GIVEN[('young', 'M')])
            bride = self.ch(SUR) + self.ch(GIVEN[('young', 'F')])
            o['feats'] = [F('红包上写了"贺 %s %s新婚之喜 %s"|红包上我写了名字%s' % (groom, bride, owner['name'], owner['name']),
                            '红包上手写"贺 %s %s新婚之喜 %s"|封面写有"%s"字样及贺%s新婚' % (groom, bride, owner['name'], owner['name'], groom))]
            o['feats'] += self.pick_feats([[F('红包上印的"百年好合"', '印有"百年好合"字样'),
                                            F('红包上印的金色双喜', '印金色双喜字')]], 0.6)
            o['wedding'] = (groom, bride)
        elif sub == 'envelope':
            color = self.ch(['白', '黄'])
            o = self.base('cash', sub, '信封装的钱|一信封钱|取的钱，装在信封里', '信封（内有现金）|牛皮纸信封装现金',
                          '个', owner, [('town', 3), ('bus', 1), ('market', 1)], color)
            amt = force.get('amount') or self.cash_amount(1000, 6000, 100)
            o['feats'] = [F('信封上印的农商银行|在信用社取的，信封是信用社的', '信封印有"蓉岭农商银行"字样')]
            o['feats'] += self.pick_feats([[F('取的养老金|刚取的养老金', None)],
                                           [F('信封上用笔写了个"药"字', '信封手写"药"字')]], 0.5)
        elif sub == 'plastic':
            color = self.ch(['黑', '红', '白', '蓝'])
            o = self.base('cash', sub, '塑料口袋装的钱|一袋子钱|用塑料袋包的钱', '塑料袋（内装现金）|现金（塑料袋装）',
                          '袋', owner, [('market', 3), ('tea', 2), ('bus', 1)], color)
            amt = force.get('amount') or self.cash_amount(300, 3000)
            o['feats'] = self.pick_feats([[F('卖茶叶的钱|今天卖鲜叶的钱', None)],
                                          [F('袋子里还有张过秤的单子', '内有过秤单一张')]], 0.5)
        elif sub == 'hanky':
            color = self.ch(['蓝', '白', '红', '黄'])
            o = self.base('cash', sub, '手帕包的钱|手绢包起的钱|一张手帕，里头包的钱', '手帕包裹的现金|手绢包着的钱',
                          '包', owner, [('market', 3), ('tea', 2), ('hospital', 1)], color)
            amt = force.get('amount') or self.cash_amount(100, 1500)
            cw = COLORS[color][0].split('|')[0]
            fw = COLORS[color][1].split('|')[0]
            o['feats'] = [F('%s手帕，格子的|%s的手绢' % (cw, cw), '%s格子手帕|%s手绢' % (fw, fw))]
            o['feats'] += self.pick_feats([[F('卖鸡蛋的钱|卖菜的钱', None)]], 0.5)
        else:
            color = None
            o = self.base('cash', sub, '一卷钱|一沓钱|一叠现金', '现金|成沓现金', '沓', owner,
                          [('market', 2), ('town', 2), ('wedding', 1), ('bus', 1)], color)
            amt = force.get('amount') or self.cash_amount(500, 3000, 50)
            o['feats'] = [F('用橡皮筋捆起的|拿橡皮筋扎起的', '用橡皮筋捆扎')]
        o['amount'] = amt
        ow, fw = self.cash_words(amt, 0.75)
        o['contents'] = [F('一共%s|里头%s|%s' % (ow, ow, ow), fw)]
        o['brand_vis'] = 0
        return o

    def b_jewelry(self, force):
        sub = force.get('sub') or self.wch([('ring', .25), ('necklace', .2), ('earring', .1), ('jade', .18),
                                           ('silver', .12), ('lock', .07), ('beads', .08)])
        owner = force.get('owner') or self.person(self.ch(['elder', 'mid', 'young']))
        r = self.r
        spec = {'ring': ('金戒指|戒指|金箍子', '黄金戒指|金色戒指', '金', '枚'),
                'necklace': ('金项链|项链|金链子', '金色项链|黄金项链', '金', '条'),
                'earring': ('金耳环|耳环|耳坠子', '金色耳环|耳钉', '金', '对'),
                'jade': ('玉镯子|手镯|玉手镯', '玉镯|翠绿色手镯', '绿', '只'),
                'silver': ('银手镯|娃儿的银镯子|银镯子', '银手镯|儿童银手镯', '银', '对'),
                'lock': ('长命锁|银锁|娃儿的长命锁', '长命锁|银质长命锁', '银', '个'),
                'beads': ('手串|佛珠|珠子手串', '手串|佛珠手串', '棕', '串')}[sub]
        color = force.get('color') or spec[2]
        brand = force.get('brand') or (self.ch(['福满金', '金喜']) if sub in ('ring', 'necklace', 'earring', 'silver', 'lock') and self.p(0.65) else None)
        o = self.base('jewelry', sub, spec[0], spec[1], spec[3], owner,
                      [('wedding', 3), ('hospital', 1.5), ('tea', 1), ('market', 1), ('town', 1), ('square', .5)],
                      color, brand)
        o['brand_vis'] = 0.75
        if sub in ('ring', 'necklace', 'earring'):
            g = r.randrange(18, 120) / 10
            o['feats'].append(F('%.1f克左右|大概%.1f克' % (g, g), None))
            if brand:
                o['feats'].append(F('在%s买的|%s的' % (brand, brand), None))
            style = {'ring': [F('龙凤的花纹|龙凤戒', '龙凤纹样'), F('光面的，没得花', '素面款'),
                              F('上面有个"福"字', '刻有"福"字')],
                     'necklace': [F('挂了个心形吊坠', '带心形吊坠'), F('挂了个转运珠', '带转运珠'),
                                  F('挂的是个小葫芦', '带葫芦吊坠')],
                     'earring': [F('圆圈的那种', '圆环款'), F('吊坠是个小桃子', '桃形吊坠')]}[sub]
            o['feats'].append(self.ch(style))
            if sub == 'ring' and self.p(0.5):
                eng = self.ch(['LOVE', '%s%s' % (self.ch('ZLWCHYMJ'), self.ch('ZLWCHYMJ')), '0520', '1314', '永结同心'])
                o['feats'].append(F('内圈刻了"%s"|里头刻的"%s"' % (eng, eng), '内圈刻有"%s"' % eng))
            o['feats'].append(F(None, '标有"足金999"|内侧印"足金"'))
        elif sub == 'jade':
            o['feats'] = self.pick_feats([[F('有条白色的棉絮纹|上面有点白花', '有白色絮状纹')],
                                          [F('内圈有个小缺口|磕过一点', '内圈有小磕口')],
                                          [F('我妈传给我的|戴了二十多年了', None)]], 0.6)
            o['feats'].append(F('口径五十几|不大，手小', '内径约5.5厘米|内径约5厘米'))
        elif sub in ('silver', 'lock'):
            o['feats'] = self.pick_feats([[F('上面有小铃铛|挂的有小铃铛', '带小铃铛')],
                                          [F('刻了"长命百岁"|刻的"长命百岁"', '刻有"长命百岁"')],
                                          [F('娃儿满月的时候外婆送的', None)]], 0.6)
            o['feats'].append(F(None, '标有"S990"|印"足银"'))
        else:
            o['feats'] = self.pick_feats([[F('18颗珠子|十八颗', '共18颗珠子')],
                                          [F('有一颗是蜜蜡的，黄的', '其中一颗为黄色珠子')],
                                          [F('庙里开过光的', None)]], 0.6)
        o['feats'] += self.pick_feats([[F('装在红绒布盒子里|放在一个小红盒子里', '装于红色绒布首饰盒内')],
                                       [F('用纸巾包起的', '用纸巾包裹')]], 0.25)
        return o

    def b_elec(self, force):
        sub = force.get('sub') or self.wch([('earbuds', .2), ('power', .15), ('kidwatch', .14), ('tablet', .1),
                                           ('camera', .07), ('radio', .13), ('speaker', .11), ('learn', .05),
                                           ('watch', .05)])
        r = self.r
        spec = {
            'earbuds': ('蓝牙耳机|耳机|无线耳机', '蓝牙耳机（含充电盒）|无线耳机', ['白', '黑'], ['声悦', '华为'], '副'),
            'power': ('充电宝|移动电源', '充电宝|移动电源', ['白', '黑', '粉', '蓝'], ['能宝'], '个'),
            'kidwatch': ('电话手表|娃儿的手表|儿童手表', '儿童电话手表|儿童智能手表', ['蓝', '粉', '紫', '黑'], ['小卫士'], '块'),
            'tablet': ('平板|平板电脑|iPad', '平板电脑', ['灰', '银', '金'], ['青禾', '华为'], '台'),
            'camera': ('相机|照相机|单反', '数码相机', ['黑'], ['影途'], '台'),
            'radio': ('唱戏机|收音机|听戏的机子|小音箱收音机', '便携收音机|唱戏机', ['红', '黑', '金'], ['康乐'], '台'),
            'speaker': ('音箱|跳舞的音箱|广场舞音箱|蓝牙音箱', '蓝牙音箱|拉杆音箱', ['黑', '红'], ['声悦'], '个'),
            'learn': ('学习机|点读机', '学习机', ['白', '蓝'], ['学而优'], '台'),
            'watch': ('智能手表|手环|运动手表', '智能手表', ['黑', '银'], ['华为', '星朗'], '块'),
        }[sub]
        group = {'kidwatch': 'child', 'learn': 'child', 'radio': 'elder', 'speaker': 'elder'}.get(sub) \
            or self.ch(['young', 'mid'])
        owner = force.get('owner') or self.person(group)
        color = force.get('color') or self.ch(spec[2])
        brand = force.get('brand') or self.ch(spec[3])
        models = {('earbuds', '声悦'): ['Air 3', 'Air 3 Pro'], ('earbuds', '华为'): ['云听 2'],
                  ('power', '能宝'): ['NB-20', 'NB-10'], ('kidwatch', '小卫士'): ['Z7', 'Z9'],
                  ('tablet', '青禾'): ['Pad 11'], ('tablet', '华为'): ['星河 Pad'],
                  ('camera', '影途'): ['YT-5', 'YT-7'], ('radio', '康乐'): ['KL-88', 'KL-66'],
                  ('speaker', '声悦'): ['M9', 'M7'], ('learn', '学而优'): ['S3'],
                  ('watch', '华为'): ['星河 Watch 3'], ('watch', '星朗'): ['XW-2']}
        model = force.get('model') or self.ch(models.get((sub, brand), ['']))
        model = model or None
        o = self.base('electronics', sub, spec[0], spec[1], spec[4], owner,
                      {'kidwatch': [('school', 4), ('square', 1)], 'learn': [('school', 2), ('bus', 1)],
                       'radio': [('square', 2), ('market', 2), ('tea', 1), ('bus', 1)],
                       'speaker': [('square', 4)], 'camera': [('wedding', 4), ('tea', 1)]}.get(
                          sub, [('bus', 2), ('terminal', 1), ('town', 2), ('hospital', 1), ('wedding', .5)]),
                      color, brand, model)
        o['brand_vis'], o['model_vis'] = 0.8, 0.35
        if sub not in ('radio', 'speaker'):
            o['serials'].append(dict(type='sn', value=self.uniq(
                lambda: '%s%02d%s%07d' % (self.ch(['SY', 'NB', 'XW', 'QH', 'YT', 'HW']), r.randrange(20, 26),
                                           self.ch('ABCDKMX'), r.randrange(0, 9999999))), o=0.15, f=0.4))
        pool = {
            'earbuds': [F('充电盒上有道划痕', '充电盒有划痕'), F('左耳的有点接触不良', None),
                        F('套了个小熊的耳机套', '充电盒套有小熊硅胶套')],
            'power': [F('两万毫安的，很重', '容量20000mAh'), F('贴了张纸写的名字', '贴有手写姓名贴纸'),
                      F('连着一根白的充电线', '附白色数据线')],
            'kidwatch': [F('表带上贴了个奥特曼', '表带贴有卡通贴纸'), F('表盘是个小熊', '表盘为小熊图案'),
                         F('绑定的是我手机号%s' % owner['phone'], None), F('屏幕有条裂纹', '屏幕有裂纹')],
            'tablet': [F('套了个皮套', '带保护皮套'), F('屏幕左上角裂了', '屏幕左上角破裂'),
                       F('里头下了很多娃儿的网课', None), F('背面贴了贴纸', '背面贴有贴纸')],
            'camera': [F('镜头盖丢了，用胶布贴起的', '镜头无盖，贴有胶布'), F('背带是红的', '红色背带'),
                       F('卡里全是婚礼的照片', None)],
            'radio': [F('插了张卡，全是川剧|里头全是川剧', '内插储存卡'), F('天线断了一截', '天线折断'),
                      F('用绳子挂着的', '带挂绳')],
            'speaker': [F('拉杆的，带两个话筒', '拉杆式，附无线话筒两个'), F('上面写的"梁溪舞蹈队"', '机身写有"梁溪舞蹈队"'),
                        F('轮子掉了一个', '缺一个轮子')],
            'learn': [F('背面写了娃儿名字', '背面写有姓名'), F('套了个蓝色的套子', '蓝色保护套')],
            'watch': [F('表带换了根黑色的|表带是硅胶的', '黑色硅胶表带'), F('表盘有划痕', '表盘有划痕')],
        }[sub]
        o['feats'] = self.pick_feats([[p] for p in pool], 0.45)
        return o

    def b_other(self, force):
        sub = force.get('sub') or self.wch([('umbrella', .1), ('thermos', .1), ('glasses', .1), ('cane', .06),
                                           ('medicine', .1), ('record', .06), ('beilou', .08), ('tea', .08),
                                           ('gift', .07), ('erhu', .04), ('hat', .05), ('uniform', .06),
                                           ('chicken', .04), ('flask', .03), ('jacket', .03)])
        r = self.r
        spec = {
            'umbrella': ('雨伞|伞|折叠伞', '雨伞|折叠伞', ['黑', '蓝', '红', '花'], '把', [('bus', 2), ('town', 2), ('market', 1)]),
            'thermos': ('保温杯|杯子|水杯', '保温杯', ['黑', '银', '粉', '蓝'], '个', [('bus', 2), ('town', 1), ('school', 1), ('hospital', 1)]),
            'glasses': ('老花镜|眼镜|老光眼镜', '眼镜|老花镜', ['黑', '棕', '金'], '副', [('market', 2), ('hospital', 2), ('square', 1)]),
            'cane': ('拐杖|拐棍|棍棍', '拐杖', ['黑', '棕', '银'], '根', [('hospital', 2), ('market', 1), ('bus', 1)]),
            'medicine': ('药|一袋药|医院开的药', '装药的袋子|药袋', ['白', '蓝'], '个', [('hospital', 3), ('bus', 1)]),
            'record': ('病历本|病历|检查单', '病历本|门诊病历', ['蓝', '白'], '本', [('hospital', 3), ('bus', 1)]),
            'beilou': ('背篓|竹背篓|背兜', '竹背篓', ['黄', '棕'], '个', [('tea', 3), ('market', 2)]),
            'tea': ('茶叶|一包茶叶|新茶', '茶叶|袋装茶叶', ['绿', '黄'], '袋', [('tea', 2), ('market', 2), ('bus', 1)]),
            'gift': ('礼品袋|烟和酒，装在礼品袋里|一条烟两瓶酒', '礼品袋（内有香烟、白酒）|礼品袋', ['红'], '个', [('wedding', 3), ('bus', 1)]),
            'erhu': ('二胡|胡琴', '二胡', ['黑', '棕'], '把', [('square', 2), ('teahouse', 0), ('town', 1)]),
            'hat': ('草帽|帽子|遮阳帽', '草帽|遮阳帽', ['黄', '白'], '顶', [('tea', 3), ('market', 1)]),
            'uniform': ('校服|校服外套', '校服外套', ['蓝', '红', '白'], '件', [('school', 4)]),
            'chicken': ('鸡|一只鸡|老母鸡', '活鸡|活母鸡', ['棕', '黑', '白'], '只', [('market', 4)]),
            'flask': ('暖水瓶|开水瓶|暖壶', '暖水瓶', ['红', '绿'], '个', [('hospital', 3)]),
            'jacket': ('外套|衣服|一件外套', '外套|男式外套', ['黑', '灰', '蓝'], '件', [('wedding', 1), ('town', 1), ('bus', 1)]),
        }[sub]
        group = {'glasses': 'elder', 'cane': 'elder', 'beilou': 'elder', 'chicken': 'elder', 'erhu': 'elder',
                 'uniform': 'child', 'flask': 'mid'}.get(sub) or self.ch(['elder', 'mid', 'young'])
        owner = force.get('owner') or self.person(group)
        color = force.get('color') or self.ch(spec[2])
        if color == '花':
            color = '红'
        scenes = [s for s in spec[4] if s[1] > 0]
        o = self.base('other', sub, spec[0], spec[1], spec[3], owner, scenes, color)
        o['brand_vis'] = 0
        nm = owner['name']
        pool = {
            'umbrella': [F('伞把是木头的', '木质伞柄'), F('有根伞骨断了', '伞骨折断一根'), F('上面印的有小花', '伞面印花')],
            'thermos': [F('杯子上贴了我名字', '杯身贴有姓名贴（%s）' % nm), F('里头泡的茶|泡的枸杞', '杯内有茶水'),
                        F('杯盖掉了漆', '杯盖掉漆')],
            'glasses': [F('装在一个硬壳子里|眼镜盒是硬的', '装于硬质眼镜盒内'), F('一条腿用胶布缠过', '一侧镜腿缠有胶布'),
                        F('两百度的老花', None)],
            'cane': [F('底下有个橡皮头|四个脚的那种', '底部带橡胶头|四脚拐杖'), F('手柄上缠了布', '手柄缠布')],
            'medicine': [F('降压药和胃药|几盒降压药', '药品数盒（降压药等）'), F('药袋上写的我名字%s' % nm, '药袋上写有"%s"' % nm),
                         F('还有张缴费单', '内有缴费单')],
            'record': [F('名字是%s|写的%s' % (nm, nm), '姓名%s' % nm), F('里头夹了几张化验单', '内夹化验单数张'),
                       F('县医院的', '蓉岭县人民医院门诊病历')],
            'beilou': [F('背篓里有个蓝色塑料盆', '篓内有蓝色塑料盆'), F('背带是用布条缠过的', '背带缠布条'),
                       F('里面还有点鲜叶', '内有少量茶青')],
            'tea': [F('两斤明前茶，准备送人的', '茶叶约两斤'), F('装在铁罐子里|铁盒子装的', '铁罐装'),
                    F('袋子上写的"云雾毛尖"', '包装印有"云雾毛尖"')],
            'gift': [F('一条烟两瓶白酒，吃酒用的', '香烟一条、白酒两瓶'), F('装在红色礼品袋里', '红色礼品袋装'),
                     F('酒是本地的高粱酒', '白酒两瓶（本地高粱酒）')],
            'erhu': [F('装在一个黑布套里', '黑色布套装'), F('琴筒上有道裂纹', '琴筒有裂纹')],
            'hat': [F('帽檐上别了根红布条', '帽檐系红布条'), F('帽子里写了名字', '帽内写有姓名')],
            'uniform': [F('领子后面写了%s' % nm, '衣领内写有"%s"' % nm), F('袖子上有团墨水', '袖口有墨迹'),
                        F('一中的校服|城小的校服', '蓉岭县学校校服')],
            'chicken': [F('芦花鸡，脚上拴了根红绳', '芦花色，鸡脚系红绳'), F('装在竹笼子里', '装于竹笼内'),
                        F('一只黑母鸡', '黑色母鸡')],
            'flask': [F('壳子上写了"住院部3床"', '瓶身写有"3床"'), F('塞子是木头的', '木塞')],
            'jacket': [F('口袋里有包纸巾和打火机', '口袋内有纸巾、打火机'), F('袖口磨破了', '袖口磨损')],
        }[sub]
        o['feats'] = self.pick_feats([[p] for p in pool], 0.5) or [pool[0]]
        return o

    BUILD = {'phone': 'b_phone', 'id_doc': 'b_id', 'wallet': 'b_wallet', 'keys': 'b_keys',
             'ebike': 'b_ebike', 'bicycle': 'b_bicycle', 'bag': 'b_bag', 'cash': 'b_cash',
             'jewelry': 'b_jewelry', 'electronics': 'b_elec', 'other': 'b_other'}

    def build(self, cat, force=None):
        return getattr(self, self.BUILD[cat])(force or {})

    # ------------------------------------------------------------------ the event
    def place_event(self, o):
        """Where and when the object went missing (the hidden truth)."""
        scene = self.wch(o['scenes'])
        o['scene'] = scene
        o['route'] = None
        if scene == 'bus':
            o['route'] = self.ch(ROUTES)
            o['place'] = o['route']['end']
        elif scene == 'ebike':
            o['place'] = self.ch(['market', 'street', 'hospital', 'super', 'school1', 'bank', 'newst', 'gov',
                                  'terminal', 'restaurant'])
        else:
            choices = {'market': ['market', 'market', 'market', 'street', 'square'],
                       'terminal': ['terminal', 'terminal', 'oldstation'],
                       'hospital': ['hospital', 'hospital', 'hospital', 'pharmacy'],
                       'school': [o['owner'].get('school') or self.ch(['school1', 'school2'])],
                       'tea': ['teagarden', 'teagarden', 'teafactory'],
                       'wedding': ['restaurant', 'v_lsw'],
                       'town': ['super', 'bank', 'gov', 'teahouse', 'bridge', 'newst', 'street', 'pharmacy'],
                       'square': ['square'], 'village': ['v_yj', 'v_lsw']}[scene]
            o['place'] = self.ch(choices)
        hscene = 'town' if scene == 'terminal' else scene
        o['t'] = self.pick_time(hscene)
        o['spot'] = self.ch(PLACES[o['place']]['spots']) if PLACES[o['place']]['spots'] and self.p(0.55) else None

    def coords(self, pid, jitter=90):
        pl = PLACES[pid]
        dx = pl['dx'] + self.r.uniform(-jitter, jitter)
        dy = pl['dy'] + self.r.uniform(-jitter, jitter)
        return self.to_ll(dx, dy)

    @staticmethod
    def to_ll(dx, dy):
        lat = LAT0 + dy / 111320.0
        lon = LON0 + dx / (111320.0 * math.cos(math.radians(LAT0)))
        return round(lat, 6), round(lon, 6)

    def place_name(self, pid, side, voice):
        pl = PLACES[pid]
        if side == 'o':
            w = {'elder': [('l', .85), ('o', .15)], 'kin': [('l', .6), ('o', .3), ('m', .1)],
                 'officer': [('o', .7), ('l', .2), ('m', .1)], 'young': [('m', .4), ('l', .4), ('o', .2)],
                 'worker': [('l', .6), ('m', .25), ('o', .15)], 'hurry': [('l', .7), ('m', .3)]}[voice]
        else:
            w = {'desk': [('o', .6), ('m', .25), ('l', .15)], 'driver': [('l', .5), ('o', .5)],
                 'simple': [('l', .5), ('m', .3), ('o', .2)], 'hurry': [('l', .5), ('m', .5)],
                 'transfer': [('o', 1)]}[voice]
        k = self.wch(w)
        return self.ch(pl['local']) if k == 'l' else (pl['official'] if k == 'o' else pl['map'])

    # ------------------------------------------------------------------ writing helpers
    def fmt_serial(self, s, side):
        t, v = s['type'], s['value']
        ch = self.ch
        if t == 'imei':
            if side == 'o':
                return ch([v, v, '%s %s %s %s' % (v[:2], v[2:8], v[8:14], v[14:]),
                           ' '.join(v[i:i + 4] for i in range(0, 15, 4)), 'IMEI:' + v, '串号' + v,
                           'IMEI尾号' + v[-4:], 'IMEI后六位' + v[-6:], v[:8] + '-' + v[8:]])
            return ch([v, 'IMEI:' + v, 'IMEI1：' + v, 'IMEI ' + ' '.join(v[i:i + 4] for i in range(0, 15, 4)),
                       v[:8] + ' ' + v[8:]])
        if t == 'idno':
            if side == 'o':
                return ch([v, v, v[:6] + '********' + v[-4:], '身份证尾号' + v[-4:], '身份证号' + v,
                           v[:6] + ' ' + v[6:14] + ' ' + v[14:]])
            return ch([v[:6] + '********' + v[-4:], v[:4] + '**********' + v[-4:], v,
                       v[:10] + '****' + v[-4:], v[:6] + '********' + v[-4:]])
        if t == 'bank':
            if side == 'o':
                return ch(['%s卡尾号%s' % (s['bank'], v), '尾号' + v, '卡号后四位' + v, v])
            return ch(['62**********' + v, '6228 **** **** ' + v, '尾号' + v, '%s卡尾号%s' % (s['bank'], v),
                       '卡号末四位' + v])
        if t == 'plate':
            if side == 'o':
                return ch(['蓉岭A·' + v, '蓉岭A' + v, 'A' + v, v, '牌照' + v, '车牌A ' + v])
            return ch(['蓉岭A·' + v, '蓉岭A ' + v, '岭A' + v, '号牌蓉岭A%s' % v])
        if t == 'frame':
            if side == 'o':
                return ch([v, v.lower(), '车架号后六位' + v[-6:], v[:6] + ' ' + v[6:], '车架号' + v])
            return ch([v, v[:6] + ' ' + v[6:], '车架号' + v, '车架号：' + v])
        if t == 'stu':
            if side == 'o':
                return ch([v, '学号' + v, v[:4] + ' ' + v[4:]])
            return ch([v, '学号：' + v, '学号' + v])
        if t == 'elder':
            if side == 'o':
                return ch(['老年卡号' + v, v.replace('-', ''), v[-5:]])
            return ch(['No.' + v, v, '编号' + v, v.replace('-', '')])
        if t == 'sn':
            if side == 'o':
                return ch(['SN:' + v, v, v.lower(), '序列号后六位' + v[-6:]])
            return ch(['SN ' + v, 'S/N:' + v, v, '序列号' + v])
        if t == 'marry':
            return ch(['字号' + v, v, '结婚证字号' + v])
        raise ValueError(t)

    def typo(self, s, n=1):
        hits = [(a, b) for a, b in TYPO if a in s]
        for _ in range(n):
            if not hits:
                break
            a, b = hits.pop(self.r.randrange(len(hits)))
            s = s.replace(a, b, 1)
        return s

    def pick_phr(self, feat, side):
        ph = feat[0] if side == 'o' else feat[1]
        return self.ch(ph) if ph else None

    def choose(self, items, lo, hi):
        if not items:
            return []
        k = min(len(items), self.r.randint(lo, hi))
        idx = sorted(self.r.sample(range(len(items)), k))
        return [items[i] for i in idx]

    # ------------------------------------------------------------------ the lost report
    LOST_FILL = {  # colour, brand, model, serial, marks, address, latlon
        'officer': (.8, .75, .55, .75, .6, .92, .5),
        'young': (.55, .6, .45, .6, .35, .7, .45),
        'worker': (.5, .5, .3, .5, .3, .7, .3),
        'kin': (.35, .35, .15, .45, .25, .55, .15),
        'elder': (.25, .25, .05, .3, .12, .45, .08),
        'hurry': (.15, .2, .0, .25, .0, .3, .05),
    }

    def lost_voice(self, o):
        g = o['owner']['group']
        if g == 'elder':
            return self.wch([('elder', .5), ('kin', .33), ('officer', .12), ('hurry', .05)])
        if g == 'child':
            return self.wch([('kin', .7), ('officer', .2), ('hurry', .1)])
        if o['owner']['worker']:
            return self.wch([('worker', .6), ('young', .15), ('officer', .15), ('hurry', .1)])
        return self.wch([('young', .5), ('officer', .3), ('hurry', .12), ('kin', .08)])

    def write_lost(self, o):
        r = self.r
        voice = o['voice'] = self.lost_voice(o)
        fill = self.LOST_FILL[voice]
        ow = o['owner']
        rec = {'category': o['cat']}
        # window
        style = {'elder': self.wch([('half', .3), ('day', .45), ('multi', .25)]),
                 'kin': self.wch([('half', .3), ('day', .4), ('multi', .3)]),
                 'hurry': self.wch([('tight', .4), ('half', .4), ('day', .2)])}.get(
            voice, self.wch([('tight', .35), ('half', .4), ('day', .15), ('multi', .1)]))
        if o['cat'] == 'ebike':
            style = self.wch([('overnight', .5), ('half', .35), ('multi', .15)])
        if o['cat'] == 'id_doc' and o['sub'] in ('idcard', 'hukou', 'disab', 'driver') and self.p(0.4):
            style = 'multi'
        a, b = self.window(o['t'], style)
        o['win'] = (a, b)
        rec['lost_from_min'] = NOW - a
        rec['lost_to_min'] = NOW - b
        # what the owner can say
        kind = self.ch(o['kind_o'])
        colw = fcol = None
        if o['color'] and (voice != 'hurry' or self.p(0.6)):
            colw, fcol = self.color_word(o['color'], 'o', voice)
        brw = None
        if o['brand'] and self.p({'elder': .55, 'kin': .7, 'hurry': .6}.get(voice, .92)):
            brw = self.brand_word(o['brand'], 'o', voice)
        mdw = None
        if o['model'] and brw and self.p({'young': .65, 'officer': .6, 'worker': .45}.get(voice, .2)):
            mdw = self.model_word(o['model'])
        feats = [f for f in o['feats'] if f[0]]
        conts = [c for c in o['contents'] if c[0]]
        lo, hi = {'hurry': (0, 1), 'elder': (1, 2), 'kin': (1, 3)}.get(voice, (1, 4))
        fsel = [self.pick_phr(f, 'o') for f in self.choose(feats, lo, hi)]
        csel = [self.pick_phr(c, 'o') for c in self.choose(conts, min(1, len(conts)) if voice != 'hurry' else 0,
                                                            len(conts))]
        names = [self.ch(V(n)) for n in o['names_o']]
        sers = []
        for s in o['serials']:
            mult = {'elder': .4, 'kin': .9, 'hurry': .5, 'officer': 1.2, 'young': 1.2, 'worker': 1.0}[voice]
            if s['type'] == 'idno' and o['cat'] == 'id_doc':
                mult = max(mult, 1.0)
            if self.p(min(0.95, s['o'] * mult)):
                sers.append(self.fmt_serial(s, 'o'))
        # fields
        if colw and self.p(fill[0]):
            rec['color'] = fcol if self.p(0.5) else colw.rstrip('的')
        if brw and self.p(fill[1]):
            rec['brand'] = brw
        if mdw and self.p(fill[2] + 0.2):
            rec['model'] = mdw
        if sers and self.p(fill[3] + 0.15):
            rec['serial'] = sers[0]
        marks_items = fsel + csel
        if marks_items and self.p(fill[4]):
            rec['marks'] = '；'.join(marks_items)[:500]
        # place
        route = o['route']
        where_phr, addr, ll = self.lost_where(o, voice)
        if addr and self.p(fill[5]):
            rec['address'] = addr[:60]
        if ll and self.p(fill[6]):
            rec['lat'], rec['lon'] = ll
        # body
        win = self.window_phrase(a, b, voice, o['t'], o['scene'])
        body_attrs = []
        desc, left = self.describe(kind, colw if not (o['nocol'] or 'color' in rec and self.p(0.3)) else None,
                                   brw if not ('brand' in rec and self.p(0.3)) else None,
                                   mdw if not ('model' in rec and self.p(0.4)) else None, o['unit'], voice)
        body_attrs += left
        det = []
        if 'marks' in rec and self.p(0.45):
            det += []
        else:
            det += fsel
        det += csel if not ('marks' in rec and self.p(0.5)) else csel[:1]
        if names and (voice != 'hurry' or self.p(0.5)):
            det.insert(0, names[0])
        ser_txt = ''
        if sers and (('serial' not in rec) or self.p(0.35)):
            ser_txt = self.ser_sentence(sers, o, 'o', voice)
        body = self.lost_body(o, voice, win, where_phr, desc, body_attrs, det, ser_txt, kind)
        if voice == 'hurry' or self.p(0.08):
            body = self.typo(body, 1 if voice != 'hurry' else 2)
        rec['body'] = body[:600]
        return rec

    def model_word(self, m):
        vs = [m, m.replace(' ', ''), m.lower()]
        if 'Plus' in m:
            vs.append(m.replace(' Plus', '+'))
        if 'Pro' in m:
            vs.append(m.replace(' Pro', 'pro'))
        if 'iPhone ' in m:
            vs.append(m.replace('iPhone ', ''))
        if '星河 ' in m:
            vs.append(m.replace('星河 ', ''))
        return self.ch(vs)

    def lost_where(self, o, voice):
        """(phrase for the body, address field, (lat, lon) or None) as the owner knows it."""
        pid = o['place']
        route = o['route']
        if route:
            rp = self.ch(V(route['o']))
            if self.p(0.3):
                start = self.ch(['market', 'hospital', 'terminal', 'street'])
                phr = '坐%s，从%s上的车' % (rp, self.place_name(start, 'o', voice))
            else:
                phr = '在%s上' % rp if not rp.endswith('上') else rp
            return phr, rp, None
        name = self.place_name(pid, 'o', voice)
        spot = o['spot'] if o['spot'] and self.p(0.7) else None
        if o['cat'] == 'ebike':
            phr = self.ch(['停在%s%s' % (name, '门口' if not spot else spot), '在%s停了一下' % name,
                           '我把车停在%s' % name])
            return phr, name + ('门口' if not spot else spot), self.coords(pid, 60)
        if self.p(0.15) and voice not in ('hurry',):
            other = self.ch(self.neigh[pid]) if self.neigh[pid] else pid
            on = self.place_name(other, 'o', voice)
            phr = self.ch(['从%s走到%s这一路上' % (name, on), '在%s或者%s' % (name, on),
                           '在%s到%s那段路上' % (name, on)])
            return phr, '%s至%s' % (name, on), None
        phr = '在%s%s' % (name, spot or '')
        if voice in ('elder', 'kin') and self.p(0.3):
            phr = self.ch(['在%s那一带' % name, '可能在%s' % name, '好像是在%s' % name])
        return phr, name + (spot or '') if self.p(0.6) else name, self.coords(pid, 120)

    def describe(self, kind, colw, brw, mdw, unit, voice):
        """A noun phrase for the object; attributes not folded in are returned separately."""
        left = []
        one = self.ch(['一%s' % unit, '一%s' % unit, '']) if voice != 'hurry' else ''
        if kind[0] in '一两':
            one, kind = kind[:2], kind[2:]
        mode = self.r.random()
        if brw and mdw and mdw.startswith('iPhone') and brw == 'iPhone':
            mdw = mdw[len('iPhone'):].strip()
        sep = ' ' if brw and mdw and brw[-1].isascii() and mdw[0].isascii() else ''
        brand_part = (brw or '') + sep + (mdw or '')
        if brand_part and brand_part[-1].isascii() and kind[0].isascii():
            brand_part += ' '
        if mode < 0.5:
            desc = '%s%s%s%s' % (one, colw or '', brand_part, kind)
        elif mode < 0.8:
            desc = '%s%s%s' % (one, brand_part, kind)
            if colw:
                left.append(self.ch(['%s的' % colw.rstrip('的'), '颜色是%s' % colw.rstrip('的'),
                                     '%s' % colw]))
        else:
            desc = '%s%s%s' % (one, colw or '', kind)
            if brand_part:
                left.append(self.ch(['牌子是%s' % brand_part.strip(), '%s的' % brand_part.strip(),
                                     '是%s' % brand_part.strip()]))
        return desc, left

    def ser_sentence(self, sers, o, side, voice):
        parts = []
        for s in sers:
            if s[0].isdigit() or s[0].isupper() and s[:2] not in ('IM', 'SN', 'No'):
                lab = {'imei': 'IMEI', 'idno': '身份证号', 'bank': '卡号尾号', 'plate': '车牌',
                       'frame': '车架号', 'stu': '学号', 'elder': '编号', 'sn': '序列号', 'marry': '字号'}
                t = self.serial_type(s, o)
                parts.append('%s%s' % (lab.get(t, ''), s) if t else s)
            else:
                parts.append(s)
        return '，'.join(parts)

    def serial_type(self, text, o):
        for s in o['serials']:
            if s['value'] in text or s['value'].replace('-', '') in text or text.endswith(s['value'][-4:]):
                return s['type']
        return None

    def lost_body(self, o, voice, win, where, desc, attrs, det, ser_txt, kind):
        ow = o['owner']
        r = self.r
        details = '，'.join(attrs + det)
        verbs_plain = ['把%s搞掉了' % desc, '%s弄丢了' % desc, '%s掉了' % desc, '%s不见了' % desc,
                       '把%s落了' % desc]
        if o['cat'] == 'ebike':
            verbs_plain = ['%s，回来%s就不见了' % (where, desc), '%s，出来%s就没得了' % (where, desc),
                           '%s，等我出来%s不在了，晓不得是不是遭偷了' % (where, desc)]
            where_s = ''
        else:
            where_s = where
        contact = self.ch(['电话%s' % ow['phone'], '联系电话%s' % ow['phone'], '打%s' % ow['phone'], ''])
        if voice == 'elder':
            intro = self.ch(['', '我是%s的，' % ow['village'], '我住%s，' % ow['village'],
                             '我今年%d岁了，' % ow['age'], '我是%s%d组的，' % (ow['village'], r.randrange(1, 9))])
            core = '%s%s%s%s。' % (intro, win, where_s, self.ch(verbs_plain))
            tail = self.ch(['哪个捡到了麻烦交到派出所，谢谢了。', '捡到的好心人请打我儿子电话%s。' % ow['phone'],
                            '晓不得掉在哪里的。', '里头的东西对我很要紧，麻烦帮忙找一下。', '',
                            '我眼睛不好，可能是掉在地上没看到。'])
            return core + (details + '。' if details else '') + tail
        if voice == 'kin':
            if ow['group'] == 'child':
                rel = self.ch(['我家娃儿', '我女儿' if ow['sex'] == 'F' else '我儿子', '我孙%s' % ('女' if ow['sex'] == 'F' else '子')])
                lead = '帮%s登记一下。' % rel if self.p(0.5) else ''
                sch = ow.get('school')
                if sch:
                    lead += '娃儿在%s读%s，' % (self.ch(PLACES[sch]['local']), ow.get('grade', ''))
                core = '%s%s%s%s。' % (lead, win, where_s, self.ch(['放学的时候' + self.ch(verbs_plain),
                                                                      self.ch(verbs_plain)]))
            elif ow['group'] != 'elder':
                rel = self.ch(['我老婆', '我妹妹', '我姐', '我女儿'] if ow['sex'] == 'F' else
                              ['我老公', '我弟弟', '我哥', '我儿子'])
                lead = self.ch(['帮%s登记，' % rel, '替%s来报的，%s在上班走不开，' % (rel, '她' if ow['sex'] == 'F' else '他'),
                                '%s（%s）' % (rel, ow['name'])])
                core = '%s%s%s%s。' % (lead, win, where_s, self.ch(verbs_plain))
            else:
                rel = self.ch(['我妈', '我爸', '我婆婆', '我外婆', '我家老汉儿', '我丈母娘', '我爷爷']
                              if ow['sex'] == 'F' or self.p(0.3) else ['我爸', '我家老汉儿', '我爷爷', '我外公'])
                if ow['sex'] == 'M' and rel in ('我妈', '我婆婆', '我外婆', '我丈母娘'):
                    rel = '我爸'
                if ow['sex'] == 'F' and rel in ('我爸', '我家老汉儿', '我爷爷', '我外公'):
                    rel = '我妈'
                lead = self.ch(['帮%s登记，' % rel, '替%s来报的，%s耳朵不好，' % (rel, '她' if ow['sex'] == 'F' else '他'),
                                '%s今年%d岁了，' % (rel, ow['age']), '我是%s的%s，' % (ow['name'], self.ch(['儿子', '女儿']))])
                core = '%s%s%s%s。' % (lead, win, where_s, self.ch(verbs_plain))
            tail = self.ch(['有消息请打我电话%s。' % self.phone_no(), '麻烦了。', ''] +
                           (['老人家急得很，谢谢。'] if ow['group'] == 'elder' else ['谢谢。']))
            return core + (details + '。' if details else '') + (ser_txt + '。' if ser_txt else '') + tail
        if voice == 'officer':
            head = self.ch(['报失人%s，%s，%d岁，%s人。自述' % (ow['name'], '女' if ow['sex'] == 'F' else '男', ow['age'], ow['village']),
                            '%s来所报称：' % ow['name'], '电话报失：', '群众%s报称，' % ow['name'], '事主自述：'])
            if ow['group'] == 'child':
                head = self.ch(['学生%s的家长来所报称，孩子' % ow['name'], '家长电话报失：孩子%s' % ow['name']])
            v = self.ch(['遗失%s' % desc, '不慎遗失%s' % desc, '发现%s丢失' % desc])
            if o['cat'] == 'ebike':
                v = '%s，返回时发现%s不见' % (where, desc)
                where_s = ''
            core = '%s%s%s%s。' % (head, win, where_s, v)
            return core + (details + '。' if details else '') + (ser_txt + '。' if ser_txt else '') + \
                ('联系电话%s。' % ow['phone'] if self.p(0.6) else '')
        if voice == 'worker':
            reason = self.ch(['回来吃表哥的喜酒', '回来参加我妹妹的婚礼', '回来当伴郎', '回来吃酒', '请假回来帮屋头采茶',
                              '回来给娃儿办转学'])
            lead = self.ch(['我在%s打工，这次%s。' % (ow['city'], reason), '刚从%s回来，%s。' % (ow['city'], reason), ''])
            urg = self.ch(['过两天就要回厂里了，麻烦尽快。', '我%d号就要走了，有消息请打%s。' % (
                md_of(o['t'] + r.randrange(2, 6) * 1440)[1], ow['phone']),
                           '有捡到的请联系我%s，必有重谢。' % ow['phone'], ''])
            return '%s%s%s%s。%s%s%s' % (lead, win, where_s, self.ch(verbs_plain), details + '。' if details else '',
                                        ser_txt + '。' if ser_txt else '', urg)
        if voice == 'young':
            v = self.ch(['丢了%s' % desc, '%s丢了' % desc, '弄丢了%s' % desc])
            if o['cat'] == 'ebike':
                v = self.ch(verbs_plain)
                where_s = ''
            tail = self.ch(['有捡到的麻烦联系%s，必有重谢！' % ow['phone'], '好心人捡到请交派出所，感谢！',
                            '求好心人归还，重谢！', contact])
            return '%s%s%s！%s%s%s' % (win, where_s, v, details + '。' if details else '',
                                      ser_txt + '。' if ser_txt else '', tail)
        # hurry: one line
        bits = [where_s.replace('在', '', 1) if where_s else '', '丢' + desc]
        if details and self.p(0.5):
            bits.append(details.split('，')[0])
        if ser_txt and self.p(0.5):
            bits.append(ser_txt)
        if o['cat'] == 'ebike':
            bits = [where.replace('在', '', 1), '车不见了', desc]
        s = ' '.join(x for x in bits if x)
        if win and self.p(0.5):
            s = win + ' ' + s
        return s

    # ------------------------------------------------------------------ the found registration
    FOUND_FILL = {  # colour, brand, model, serial, marks, address, latlon
        'desk': (.85, .75, .45, .7, .6, .95, .75),
        'driver': (.6, .55, .3, .55, .4, .85, .6),
        'simple': (.5, .45, .2, .45, .3, .8, .55),
        'hurry': (.3, .3, .0, .3, .0, .6, .4),
        'transfer': (.8, .8, .4, .65, .5, .95, .7),
    }

    def found_where(self, o, negative=None):
        """Where the found registration says it was found: (pid or None, phrase, address, ll)."""
        if negative == 'elsewhere':
            town = o['town']
            spot = self.ch(V(town['spots']))
            dx = town['dx'] + self.r.uniform(-300, 300)
            dy = town['dy'] + self.r.uniform(-300, 300)
            return None, spot, '蓉岭县' + spot if not spot.startswith(town['name']) else '蓉岭县' + spot, self.to_ll(dx, dy)
        pid = o['place']
        route = o['route']
        if route and negative is None:
            fp = route['end']
            o['fplace'] = fp
            return fp, None, None, self.coords(fp, 60)
        x = self.r.random()
        if o['cat'] == 'ebike':
            if negative is None:
                fp = self.ch(['street', 'newst', 'bridge', 'v_yj', 'v_lsw', 'square', 'oldstation', 'teafactory',
                              'market', 'school2'])
                if fp == pid:
                    fp = 'bridge'
            else:
                fp = self.ch(sorted(PLACES))
        elif x < 0.58 or not self.neigh[pid]:
            fp = pid
        else:
            fp = self.ch(self.neigh[pid])
        o['fplace'] = fp
        return fp, None, None, self.coords(fp, 80)

    def finder_of(self, pid, route):
        if route:
            return 'driver', None
        kind = PLACES[pid]['kind']
        who = {
            'market': ['市场管理员%s师傅', '卖菜的摊主%s大姐', '环卫工人%s师傅', '赶场的群众%s', '肉摊%s老板'],
            'street': ['环卫工人%s师傅', '路过群众%s', '理发店%s老板', '邮政工作人员%s'],
            'square': ['跳广场舞的%s阿姨', '环卫工人%s师傅', '路过群众%s', '广场管理员%s'],
            'terminal': ['客运中心工作人员%s', '候车厅保洁%s阿姨', '售票员%s', '车站保安%s'],
            'oldstation': ['公交站保洁%s', '路过群众%s', '面包车司机%s师傅'],
            'hospital': ['医院保安%s', '门诊护士%s', '医院保洁%s阿姨', '病人家属%s'],
            'pharmacy': ['药房店员%s', '药房%s老板'],
            'school1': ['学校门卫%s师傅', '%s老师', '学生%s'],
            'school2': ['学校门卫%s师傅', '%s老师', '学生家长%s'],
            'bridge': ['路过群众%s', '钓鱼的%s大爷', '环卫工人%s师傅'],
            'super': ['超市收银员%s', '超市保安%s', '超市理货员%s'],
            'bank': ['银行大堂%s经理', '银行保安%s'],
            'gov': ['便民服务中心工作人员%s', '窗口工作人员%s'],
            'restaurant': ['酒楼服务员%s', '酒楼%s经理', '主人家%s'],
            'teahouse': ['茶馆%s老板', '喝茶的%s大爷'],
            'newst': ['奶茶店店员%s', '路过群众%s', '环卫工人%s师傅'],
            'teagarden': ['茶场管理员%s', '采茶工%s大姐', '收茶的%s老板'],
            'teafactory': ['茶厂工人%s', '茶厂门卫%s'],
            'v_lsw': ['村干部%s', '帮厨的%s大姐', '村民%s'],
            'v_yj': ['村干部%s', '小卖部%s老板', '村民%s'],
        }[pid]
        w = self.ch(who)
        titled = any(x in w for x in ('师傅', '阿姨', '大姐', '大爷', '老师', '老板', '经理'))
        return 'who', w % (self.ch(SUR) + ('' if titled else self.ch(['某', '某', '某某'])))

    def write_found(self, o, ft, negative=None):
        r = self.r
        rec = {'category': o['cat_f']}
        rec['found_at_min'] = NOW - ft
        ordinary = negative in (None, 'other_handed_in')
        fp, spot_phr, addr_over, ll = self.found_where(o, 'elsewhere' if negative == 'same_brand_elsewhere' else
                                                       (None if ordinary else 'neg'))
        route = o['route'] if ordinary else None
        if negative == 'same_brand_elsewhere':
            voice = 'transfer' if self.p(0.6) else 'desk'
        elif route:
            voice = self.wch([('driver', .6), ('desk', .3), ('hurry', .1)])
        else:
            voice = self.wch([('desk', .5), ('simple', .32), ('hurry', .18)])
        fill = self.FOUND_FILL[voice]
        kind = self.ch(o['kind_f'])
        colw = fcol = None
        if o['color'] and self.p(0.92):
            colw, fcol = self.color_word(o['color'], 'f')
        brw = None
        if o['brand'] and self.p(o['brand_vis']):
            brw = self.brand_word(o['brand'], 'f', voice)
        mdw = None
        if o['model'] and brw and self.p(o['model_vis']):
            mdw = self.model_word(o['model'])
        feats = [f for f in o['feats'] if f[1]]
        conts = [c for c in o['contents'] if c[1]]
        lo, hi = (0, 1) if voice == 'hurry' else (1, 4)
        fsel = [self.pick_phr(f, 'f') for f in self.choose(feats, lo, hi)]
        csel = [self.pick_phr(c, 'f') for c in conts if self.p(0.88 if voice != 'hurry' else 0.4)]
        names = [self.ch(V(n)) for n in o['names_f']] if o['names_f'] and self.p(0.9) else []
        sers = [self.fmt_serial(s, 'f') for s in o['serials'] if self.p(s['f'])]
        if colw and self.p(fill[0]):
            rec['color'] = fcol if self.p(0.6) else colw
        if brw and self.p(fill[1]):
            rec['brand'] = brw
        if mdw and self.p(fill[2] + 0.2):
            rec['model'] = mdw
        if sers and self.p(fill[3] + 0.15):
            rec['serial'] = sers[0]
        mk = names[:1] + fsel + csel
        if mk and self.p(fill[4]):
            rec['marks'] = '；'.join(mk)[:500]
        # place phrase
        if fp is None:
            place_phr = spot_phr
            addr = addr_over
        else:
            pname = self.place_name(fp, 'f', voice)
            spot = self.ch(PLACES[fp]['spots']) if PLACES[fp]['spots'] and self.p(0.5) else ''
            if route:
                seat = self.ch(['最后一排座位上', '座位缝里', '驾驶座后面', '过道上', '行李架上', '车门边'])
                place_phr = '%s上%s' % (route['f'], seat)
                addr = self.ch([route['f'], pname, '%s（%s）' % (pname, route['f'])])
            else:
                place_phr = pname + spot
                addr = pname + spot if self.p(0.6) else pname
        if addr and self.p(fill[5]):
            rec['address'] = addr[:60]
        if ll and self.p(fill[6]):
            rec['lat'], rec['lon'] = ll
        desc, left = self.describe(kind, None if o['nocol'] else colw, brw, mdw, o['unit'],
                                   'desk' if voice != 'hurry' else 'hurry')
        det = left + names[:1] + fsel
        if csel:
            det.append(self.ch(['内有', '里面有', '内装', '经清点内有']) + '、'.join(csel))
        if sers and ('serial' not in rec or self.p(0.4)):
            det.append('，'.join(sers))
        details = '，'.join(det)
        when = '%s%s' % (self.dstr(ft, 'desk' if voice in ('desk', 'transfer') else 'x'),
                         self.hstr(ft, exact=voice in ('desk', 'transfer') and self.p(0.6)))
        if voice == 'desk':
            fk, who = ('who', None) if fp is None else self.finder_of(fp, route)
            who = who or self.ch(['群众', '热心群众', '过路群众'])
            body = '%s于%s在%s拾得%s，%s。%s' % (who, when, place_phr, desc, details or '无其他明显特征',
                                              self.ch(['已登记保管。', '现存放于所内。', '', '请失主带有效证件认领。']))
        elif voice == 'driver':
            sur = self.ch(SUR)
            body = '%s驾驶员%s师傅%s在%s发现%s，交到%s。%s' % (
                route['f'] if route else '', sur, self.ch(['收车时', '到站清车时', '跑完最后一趟']),
                self.ch(['车上' + self.ch(['最后一排', '座位缝里', '过道上', '行李架上']), '车厢里']), desc,
                self.place_name(route['end'] if route else fp, 'f', 'driver'), details + '。' if details else '')
        elif voice == 'transfer':
            town = o['town']
            body = '%s派出所转来：%s在%s拾得%s。%s' % (town['name'], when, place_phr, desc,
                                                 details + '。' if details else '')
        elif voice == 'simple':
            _, who = ('who', '有人') if fp is None else self.finder_of(fp, route)
            who = who or '群众'
            body = '%s送来%s，说是%s在%s捡的。%s' % (who, desc, self.dstr(ft) + self.part_of_day(ft),
                                               place_phr, details + '。' if details else '')
        else:
            bits = [place_phr, self.ch(['拾', '捡到', '拾得']) + desc]
            if details:
                bits.append(details.split('，')[0])
            body = ' '.join(bits)
            body = self.typo(body, 1)
        rec['body'] = body[:600]
        return rec

    # ------------------------------------------------------------------ negatives
    def neg_object(self, kind, target):
        """A found object that is nobody's truth, shaped after a lost report's object."""
        t = target
        cat = t['cat']
        if kind == 'same_category_colour':
            force = {'color': t['color']}
            if cat in ('id_doc', 'bag', 'wallet', 'jewelry', 'electronics', 'other', 'keys', 'cash'):
                force['sub'] = t['sub']
            if cat == 'id_doc' and t['color'] is None:
                force.pop('color')
            o = self.build(cat, force)
            if t['color'] and o['color'] != t['color']:
                o['color'] = t['color']
            if o['brand'] and t['brand'] and o['brand'] == t['brand'] and o.get('model') == t.get('model'):
                o['model'] = None
            o['place'] = self.ch([t['place']] + self.neigh[t['place']]) if not t['route'] else t['place']
            o['route'] = None
            a, b = t['win']
            ft = a + self.r.randrange(20, 5 * 1440)
        elif kind == 'found_before_loss':
            force = {'color': t['color'], 'brand': t['brand'], 'model': t.get('model'), 'sub': t['sub']}
            if cat == 'cash':
                force['amount'] = t['amount'] if self.p(0.5) else None
            force = {k: v for k, v in force.items() if v is not None}
            o = self.build(cat, force)
            if t['color'] and o['color'] != t['color']:
                o['color'] = t['color']
            # a lookalike: borrow one of the target's visible features
            vis = [f for f in t['feats'] if f[1]]
            if vis and self.p(0.6):
                b = self.ch(vis)
                o['feats'] = [b] + [f for f in o['feats'] if f != b][:2]
            o['place'] = self.ch([t['place']] + self.neigh[t['place']])
            o['route'] = None
            a, b = t['win']
            ft = a - self.r.randrange(45, 6 * 1440)
        elif kind == 'same_brand_elsewhere':
            force = {'brand': t['brand']}
            if cat in ('id_doc', 'bag', 'wallet', 'jewelry', 'electronics', 'keys', 'phone'):
                force['sub'] = t['sub']
            if self.p(0.5) and t['color']:
                force['color'] = t['color']
            o = self.build(cat, force)
            o['brand'] = t['brand']
            o['town'] = self.ch(TOWNS)
            o['place'] = None
            o['route'] = None
            a, b = t['win']
            ft = a + (self.r.randrange(3 * 1440, 20 * 1440) * self.ch([1, 1, -1]))
        else:
            raise ValueError(kind)
        ft = max(-10 * 1440, min(self.daytime(ft), NOW - 20))
        return o, ft

    def twin(self, o, ft, objs):
        """Would this ordinary item pass for one of the reported objects?"""
        for t in objs:
            if t['cat'] != o['cat'] or t['sub'] != o['sub'] or t['color'] != o['color']:
                continue
            if t['brand'] and o['brand'] and t['brand'] != o['brand']:
                continue
            a, b = t['win']
            if a <= ft <= b + 7 * 1440 and (o['place'] == t['place'] or o['place'] in self.neigh[t['place']]):
                return True
        return False

    # ------------------------------------------------------------------ assembly
    def run(self):
        r = self.r
        objs = []
        for cat, n in TRUE_BY_CAT:
            for _ in range(n):
                o = self.build(cat)
                o['truth'] = True
                objs.append(o)
        for cat, n in NEVER_BY_CAT:
            for _ in range(n):
                o = self.build(cat)
                o['truth'] = False
                objs.append(o)
        for i, o in enumerate(objs):
            o['idx'] = i
            self.place_event(o)
        # a few objects are filed under different categories by the two people
        cross = []
        for cat, sub, fcat in [('electronics', 'kidwatch', 'phone'), ('wallet', 'card', 'id_doc'),
                               ('cash', 'hongbao', 'bag'), ('electronics', 'radio', 'other')]:
            for o in objs:
                if o['truth'] and o['cat'] == cat and o['sub'] == sub and o['cat_f'] == o['cat']:
                    o['cat_f'] = fcat
                    if fcat == 'bag':
                        o['kind_f'] = ['红色小手包（内有红包）', '红色小包']
                        o['unit'] = '个'
                    cross.append(o)
                    break
        lost = []
        for o in objs:
            rec = self.write_lost(o)
            o['lost'] = rec
            lost.append(rec)
        found = []
        for o in objs:
            if not o['truth']:
                continue
            a, b = o['win']
            t = o['t']
            delay = {'bus': (20, 600), 'market': (10, 300), 'hospital': (10, 240), 'tea': (60, 2880),
                     'wedding': (60, 1440), 'school': (10, 1440), 'ebike': (720, 10 * 1440)}.get(
                o['scene'], (10, 360))
            if o['cat'] == 'id_doc' and self.p(0.3):
                delay = (600, 15 * 1440)
            ft = self.daytime(t + r.randrange(*delay))
            ft = min(ft, NOW - r.randrange(10, 60))
            ft = max(ft, t)
            rec = self.write_found(o, ft)
            o['found'] = rec
            found.append(rec)
        # hard negatives
        neg_meta = []
        with_brand = [o for o in objs if o['brand']]
        pool_all = list(objs)
        used_targets = {}
        for kind in ('same_category_colour', 'found_before_loss', 'same_brand_elsewhere'):
            n = N_NEG[kind]
            made = 0
            guard = 0
            while made < n:
                guard += 1
                if guard > 5000:
                    raise RuntimeError('negatives')
                never = self.p(0.55)
                if kind == 'same_brand_elsewhere':
                    cands = [o for o in with_brand if o['truth'] != never]
                elif kind == 'found_before_loss':
                    cands = [o for o in pool_all if o['truth'] != never and o['cat'] != 'id_doc'
                             and o['win'][0] > 2 * 1440 and o['route'] is None]
                else:
                    cands = [o for o in pool_all if o['truth'] != never and (o['color'] or o['cat'] == 'id_doc')]
                t = self.ch(cands)
                key = t['idx']
                if used_targets.get(key, 0) >= 1 + (kind == 'other'):
                    continue
                o, ft = self.neg_object(kind, t)
                if kind == 'found_before_loss' and not ft < t['win'][0]:
                    continue
                used_targets[key] = used_targets.get(key, 0) + 1
                o['cat_f'] = o['cat']
                rec = self.write_found(o, ft, negative=kind)
                rec['negative'] = kind
                found.append(rec)
                neg_meta.append((rec, kind, t, o))
                made += 1
        # ordinary items handed in at the desk
        desk = []
        for cat, n in OTHER_DESK_CATS:
            desk += [cat] * n
        assert len(desk) == N_NEG['other_handed_in']
        for cat in desk:
            while True:
                o = self.build(cat)
                self.place_event(o)
                o['route'] = None if self.p(0.5) else o['route']
                if o['route']:
                    o['place'] = o['route']['end']
                ft = min(self.daytime(o['t'] + r.randrange(10, 600)), NOW - 15)
                if not self.twin(o, ft, objs):
                    break
            rec = self.write_found(o, ft, negative='other_handed_in')
            rec['negative'] = 'other_handed_in'
            found.append(rec)
            neg_meta.append((rec, 'other_handed_in', None, o))
        # keys, in shuffled order so the numbering says nothing about the pairs
        r.shuffle(lost)
        r.shuffle(found)
        for i, rec in enumerate(lost, 1):
            rec['key'] = '%s-L%04d' % (PFX, i)
        for i, rec in enumerate(found, 1):
            rec['key'] = '%s-F%04d' % (PFX, i)
        for o in objs:
            o['lost']['truth'] = o['found']['key'] if o['truth'] else None
        order_l = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                   'lost_from_min', 'lost_to_min', 'truth']
        order_f = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                   'found_at_min', 'negative']
        lost_out = [{k: rec[k] for k in order_l if k in rec} for rec in lost]
        found_out = [{k: rec[k] for k in order_f if k in rec} for rec in found]
        data = {'seed': SEED, 'made_by': 'tests/lostfound/make_set38.py',
                'parts': {'set38': {'found': found_out, 'lost': lost_out}}}
        meta = {
            'cross': [(o['lost']['key'], o['found']['key'], o['cat'], o['cat_f']) for o in cross],
            'negatives': [dict(key=rec['key'], kind=kind, target=t['lost']['key'] if t else None,
                               target_cat=t['cat'] if t else None, target_brand=t['brand'] if t else None,
                               target_color=t['color'] if t else None, target_never=(not t['truth']) if t else None,
                               cat=o['cat'], brand=o['brand'], color=o['color'],
                               town=o['town']['name'] if o.get('town') else None)
                          for rec, kind, t, o in neg_meta],
            'voices': [(o['lost']['key'], o['voice']) for o in objs],
            'scenes': [(o['lost']['key'], o['scene']) for o in objs],
        }
        return data, meta


def build():
    return Gen(SEED).run()


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + '\n'


def main():
    data, _ = build()
    with open(OUT, 'w', encoding='utf-8') as fh:
        fh.write(dump(data))
    part = data['parts']['set38']
    print('wrote %s: %d lost, %d found' % (OUT, len(part['lost']), len(part['found'])))


if __name__ == '__main__':
    main()
