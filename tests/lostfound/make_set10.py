#!/usr/bin/env python3
"""Generate tests/lostfound/set10.json: a blind labelled lost-and-found set.

Deterministic (fixed seed), standard library only.  Every name, number and
place is invented.  The world is a northern provincial capital in deep winter
(around 45.75 N 126.65 E).  See SET10.md for how the set is built.

Every object is a hidden record of facts (aspect -> canonical value).  The
owner and the finder each say a different subset of those facts in their own
words.  After generation every (lost, found) pair of the same category is
checked: the labelled true pair must agree on at least two concrete facts
both sides stated, and every other pair whose found time is not before the loss
must disagree on at least one fact both sides stated.  A candidate that would
make a label unfair is thrown away and drawn again.
"""
import json
import os
import re
import random

SEED = 20261210
N_TRUE = 150
N_NEVER = 60
MAX_MIN = 89 * 1440          # keep every time inside the last 90 days
NOW_MIN_OF_DAY = 18 * 60 + 30  # registration moment: 18:30 local

R = random.Random(SEED)


def pick(xs):
    return R.choice(xs)


# ----------------------------------------------------------------- places
# name, lat, lon, sub-areas
PLACES = {
    'station': ('高铁西站', 45.7135, 126.6020,
                ['二楼候车大厅', '3号候车室', 'B12检票口', '出站口', '南广场进站口', '母婴室旁边的座椅', '站内快餐店']),
    'metro_xz': ('地铁2号线西站站', 45.7152, 126.6068, ['站台', '安检口', 'B出口']),
    'metro_xf': ('地铁2号线学府路站', 45.7405, 126.6262, ['站台', '闸机口', 'A出口扶梯']),
    'metro_yd': ('地铁2号线医大站', 45.7590, 126.6610, ['站台', '安检口', 'C出口']),
    'metro_zy': ('地铁2号线中央大街站', 45.7755, 126.6760, ['站台', '换乘通道', 'D出口']),
    'lib': ('北疆大学图书馆', 45.7452, 126.6298, ['三楼自习室', '一楼大厅储物柜', '二楼阅览区', '四楼考研自习区']),
    'canteen': ('北疆大学第二食堂', 45.7431, 126.6335, ['一楼麻辣烫窗口', '二楼靠窗座位', '门口取餐处']),
    'dorm': ('北疆大学8号宿舍楼', 45.7418, 126.6352, ['一楼大厅', '洗衣房', '楼门口']),
    'exam': ('北疆大学主楼', 45.7462, 126.6318, ['301考场', '四楼走廊', '一楼门厅']),
    'gym': ('北疆大学体育馆', 45.7472, 126.6278, ['更衣室', '看台', '冰场边']),
    'courier': ('北疆大学南门菜鸟驿站', 45.7408, 126.6330, ['取件货架旁', '门口']),
    'opd': ('省二院门诊楼', 45.7603, 126.6652, ['一楼挂号收费处', '门诊大厅候诊椅', '二楼内科候诊区']),
    'pharm': ('省二院门诊药房', 45.7600, 126.6660, ['取药窗口排队处', '门口的椅子', '自助缴费机旁']),
    'ward': ('省二院住院部', 45.7615, 126.6640, ['7楼护士站', '电梯间', '一楼食堂']),
    'park': ('冰雪大世界', 45.7860, 126.6215, ['南门检票口', '超长冰滑梯排队区', '雪雕区', '暖房休息区', '游客中心']),
    'street': ('中央步行街', 45.7772, 126.6798, ['松花商厦一楼', '老字号红肠店门口', '教堂广场', '地下商城']),
    'mall': ('万象汇商场', 45.7560, 126.6880, ['三楼美食广场', '优衣库门口', '电影院检票口']),
    'home1': ('阳光嘉园小区', 45.7550, 126.6450, ['3号楼门口', '地下车库', '快递柜旁']),
    'home2': ('江畔花园小区', 45.7800, 126.6600, ['南门', '5栋楼下', '车棚']),
}
METRO = ['metro_xz', 'metro_xf', 'metro_yd', 'metro_zy']
CAMPUS = ['lib', 'canteen', 'dorm', 'exam', 'gym', 'courier']
HOSP = ['opd', 'pharm', 'ward']
SOUTH = ['广州', '深圳', '杭州', '厦门', '长沙', '南宁', '海口', '福州', '成都']


def coords(pk, jitter=0.0006):
    _, la, lo, _ = PLACES[pk]
    return round(la + R.uniform(-jitter, jitter), 6), round(lo + R.uniform(-jitter, jitter), 6)


# ----------------------------------------------------------------- numbers
def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return '10X98765432'[s % 11]


def make_id(region=None):
    region = region or pick(['230102', '230103', '230104', '230108', '230109', '230110',
                             '230183', '440106', '330106', '350203', '430104', '450103'])
    y = R.randint(1948, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    body = '%s%04d%02d%02d%03d' % (region, y, m, d, R.randint(1, 999))
    return body + id_check(body)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def make_imei():
    s = pick(['86', '35']) + ''.join(str(R.randint(0, 9)) for _ in range(12))
    return s + luhn_digit(s)


def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


CN_D = '零一二三四五六七八九'
VOICE_D = '零幺二三四五六拐八九'


def cn_digits(s, voice=False):
    t = VOICE_D if voice else CN_D
    return ''.join(t[int(c)] if c.isdigit() else c for c in s)


def cn_amount(n):
    """Chinese words for an integer amount < 100000."""
    if n == 0:
        return '零'
    units = [(10000, '万'), (1000, '千'), (100, '百'), (10, '十'), (1, '')]
    out = ''
    zero = False
    started = False
    for u, name in units:
        d = n // u
        n %= u
        if d:
            if zero and started:
                out += '零'
            out += ('' if (u == 10 and d == 1 and not started) else CN_D[d]) + name
            zero = False
            started = True
        elif started:
            zero = True
    return out.replace('二千', '两千').replace('二万', '两万')


def approx_amount(n):
    """What an owner says about a sum of money: (words, low, high)."""
    if n < 100:
        return pick(['几十块钱', '%s来块' % cn_amount(n // 10 * 10)]), 10, 99
    base = n // 100 * 100
    if n >= 1000:
        base = n // 1000 * 1000 if n % 1000 < 300 else n // 100 * 100
    w = pick(['%s多' % cn_amount(base), '大概%s' % cn_amount(base), '%d左右' % base, '%d多块' % base])
    return w, int(base * 0.9), int(base * 1.3) + 100


# ----------------------------------------------------------------- names
SURN = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIV = ['子涵', '欣怡', '浩然', '雨桐', '宇轩', '思远', '佳怡', '梓萱', '俊杰', '诗涵', '一诺', '晨阳', '明轩', '若曦',
       '嘉豪', '静', '伟', '磊', '丽娟', '秀英', '桂兰', '建国', '淑珍', '玉兰', '志强', '海燕', '春梅', '德福', '凤霞',
       '文博', '雪', '冬梅', '振华', '立新', '晓东', '丹', '婷婷', '鹏飞', '亚楠', '昊天']
# homophone slips a clerk typing with pinyin input makes when copying a name
NAME_SLIP = {'静': '婧', '伟': '玮', '磊': '垒', '丽娟': '丽鹃', '雪': '雪', '丹': '单', '海燕': '海艳',
             '春梅': '春媚', '志强': '志墙', '婷婷': '亭亭', '晓东': '小东', '鹏飞': '朋飞'}
PY = {'王': 'WANG', '李': 'LI', '张': 'ZHANG', '刘': 'LIU', '陈': 'CHEN', '林': 'LIN', '黄': 'HUANG', '吴': 'WU',
      '周': 'ZHOU', '徐': 'XU'}
PYG = {'子涵': 'ZIHAN', '欣怡': 'XINYI', '浩然': 'HAORAN', '雨桐': 'YUTONG', '思远': 'SIYUAN', '佳怡': 'JIAYI',
       '俊杰': 'JUNJIE', '晨阳': 'CHENYANG', '若曦': 'RUOXI', '静': 'JING', '伟': 'WEI'}
USED_NAMES = set()


def new_name(passport=False):
    while True:
        if passport:
            s = pick(list(PY))
            g = pick(list(PYG))
        else:
            s = pick(SURN)
            g = pick(GIV)
        if s + g not in USED_NAMES:
            USED_NAMES.add(s + g)
            return s, g


# ----------------------------------------------------------------- facts
class F:
    """One fact.  canon: value compared across sides; ow / fi: how the owner /
    the finder say it; vis: whether a finder can know it at all; field: which
    structured field it may also go into."""

    def __init__(self, canon, ow, fi=None, vis=True, field='marks', cmp='eq'):
        self.canon = canon
        self.ow = ow if isinstance(ow, list) else [ow]
        self.fi = (fi if isinstance(fi, list) else [fi]) if fi else []
        self.vis = vis and bool(self.fi)
        self.field = field
        self.cmp = cmp


def colour(c):
    ow = {'black': ['黑色', '黑的', '纯黑', '哑光黑'], 'white': ['白色', '白的', '米白色'],
          'silver': ['银色', '银白色'], 'gold': ['金色', '香槟金'], 'blue': ['蓝色', '深蓝', '藏青色'],
          'red': ['红色', '大红色'], 'pink': ['粉色', '粉的', '樱花粉'], 'green': ['绿色', '墨绿色'],
          'grey': ['灰色', '深灰色'], 'purple': ['紫色', '浅紫色'], 'brown': ['棕色', '咖啡色'],
          'yellow': ['黄色', '姜黄色'], 'beige': ['米色', '卡其色']}[c]
    fi = {'black': ['黑色', '深色', '黑'], 'white': ['白色', '浅色', '白'], 'silver': ['银灰色', '灰白色', '银色'],
          'gold': ['金色', '浅金色'], 'blue': ['蓝色', '深蓝色', '蓝'], 'red': ['红色', '酒红色', '红'],
          'pink': ['粉红色', '粉色', '淡粉'], 'green': ['绿色', '深绿色'], 'grey': ['灰色', '灰黑色'],
          'purple': ['紫色', '淡紫'], 'brown': ['褐色', '咖色', '棕色'], 'yellow': ['黄色', '土黄色'],
          'beige': ['浅咖色', '米黄色', '卡其色']}[c]
    return F(c, ow, fi, field='color')


BRANDS = {
    'huawei': (['华为', 'HUAWEI', '华为的'], ['HUAWEI', '华为', '华伟', 'Huawei']),
    'apple': (['苹果', 'iPhone', '苹果的'], ['Apple', '苹果', '平果', 'APPLE']),
    'xiaomi': (['小米', 'Xiaomi'], ['Xiaomi', '小米', 'MI', '小咪']),
    'redmi': (['红米', 'Redmi', '小米的红米'], ['Redmi', '红米', 'REDMI']),
    'honor': (['荣耀', 'HONOR'], ['HONOR', '荣耀', '荣曜']),
    'oppo': (['OPPO', 'oppo', '欧珀'], ['OPPO', '0PPO', 'oppo']),
    'vivo': (['vivo', 'VIVO', '维沃'], ['vivo', 'VIVO', 'vivio']),
    'coach': (['蔻驰', 'COACH', '寇驰'], ['COACH', 'Coach', '蔻驰']),
    'septwolves': (['七匹狼'], ['SEPTWOLVES', '七匹狼', '7匹狼']),
    'goldlion': (['金利来'], ['goldlion', '金利来', 'GOLDLION']),
    'mk': (['MK', 'Michael Kors', '迈克高仕'], ['MK', 'MICHAEL KORS', 'MK（Michael Kors）']),
    'tnf': (['北面', 'The North Face', '北脸'], ['THE NORTH FACE', '北面', 'TNF']),
    'samsonite': (['新秀丽', 'Samsonite'], ['Samsonite', '萨姆索纳特', '新秀丽']),
    'nike': (['耐克', 'Nike'], ['NIKE', '耐克', 'Nike']),
    'anta': (['安踏', 'ANTA'], ['ANTA', '安踏']),
    'decathlon': (['迪卡侬', 'Decathlon'], ['DECATHLON', '迪卡侬', '迪卡农']),
    'muji': (['无印良品', 'MUJI'], ['MUJI', '无印良品']),
    'anker': (['安克', 'Anker'], ['ANKER', 'Anker', '安克']),
    'romoss': (['罗马仕', 'ROMOSS'], ['ROMOSS', '罗马仕', '罗马士']),
    'lenovo': (['联想', 'Lenovo', 'ThinkPad'], ['Lenovo', '联想', 'lenovo']),
    'dji': (['大疆', 'DJI'], ['DJI', '大疆']),
    'fujifilm': (['富士', 'Fujifilm'], ['FUJIFILM', '富士', 'instax']),
    'nintendo': (['任天堂', 'Switch'], ['Nintendo', 'NINTENDO', '任天堂']),
    'amazon': (['亚马逊', 'Kindle'], ['kindle', 'Kindle', '亚马逊']),
    'bosideng': (['波司登', 'BOSIDENG'], ['BOSIDENG', '波司登', '波斯登']),
    'canadagoose': (['加拿大鹅', '大鹅', 'Canada Goose'], ['CANADA GOOSE', '加拿大鹅']),
    'yaya': (['鸭鸭', 'YAYA'], ['YAYA', '鸭鸭', '丫丫']),
    'uniqlo': (['优衣库', 'UNIQLO'], ['UNIQLO', '优衣库', '优依库']),
    'thermos': (['膳魔师', 'THERMOS'], ['THERMOS', '膳魔师', '膳魔士']),
    'zojirushi': (['象印', 'ZOJIRUSHI'], ['ZOJIRUSHI', '象印', '象牌']),
    'tiger': (['虎牌', 'TIGER'], ['TIGER', '虎牌']),
    'oakley': (['欧克利', 'Oakley', '奥克利'], ['OAKLEY', 'Oakley']),
    'burberry': (['巴宝莉', 'Burberry', '博柏利'], ['BURBERRY', '巴宝莉', 'Burberry']),
    'ctf': (['周大福'], ['周大福', 'CHOW TAI FOOK', '周大富']),
    'css': (['周生生'], ['周生生', 'Chow Sang Sang', '周生声']),
    'pandora': (['潘多拉', 'Pandora'], ['PANDORA', '潘朵拉', '潘多拉']),
    'yadea': (['雅迪', 'Yadea'], ['雅迪', 'Yadea', '雅笛']),
    'aima': (['爱玛', 'AIMA'], ['爱玛', 'AIMA', '艾玛']),
    'tailg': (['台铃', 'TAILG'], ['台铃', 'TAILG', '台玲']),
    'ninebot': (['九号', 'Ninebot', '9号'], ['Ninebot', '九号', 'NINEBOT']),
    'niu': (['小牛', 'NIU'], ['小牛', 'NIU']),
    'giant': (['捷安特', 'GIANT'], ['GIANT', '捷安特', '捷安持']),
    'merida': (['美利达', 'MERIDA'], ['MERIDA', '美利达', '美力达']),
    'xds': (['喜德盛', 'XDS'], ['XDS', '喜德盛']),
    'forever': (['永久', '永久牌'], ['永久', 'FOREVER']),
    'vw': (['大众', '大众的'], ['大众', 'VW']),
    'toyota': (['丰田'], ['丰田', 'TOYOTA']),
    'byd': (['比亚迪', 'BYD'], ['比亚迪', 'BYD']),
    'haval': (['哈弗'], ['哈弗', 'HAVAL']),
}


def brand(b):
    ow, fi = BRANDS[b]
    return F(b, ow, fi, field='brand')


def model(m, ow=None, fi=None, vis=True):
    ow = ow or [m, m.replace(' ', ''), m.lower()]
    fi = fi or [m, m.upper(), m.replace(' ', '')]
    return F(m, ow, fi, vis=vis, field='model')


def mark(canon, ow, fi=None, vis=True):
    return F(canon, ow, fi, vis=vis, field='marks')


def serial_tail(full, what, ow, fi, vis=True):
    return F(full, ow, fi, vis=vis, field='serial', cmp='tail')


# ----------------------------------------------------------------- object makers
# Each maker returns (category, kind_fact, facts dict, place keys it fits).

def mk_phone():
    b, models = pick([('huawei', ['Mate 60 Pro', 'nova 12', 'P60', 'Pura 70']),
                      ('apple', ['iPhone 15 Pro', 'iPhone 14', 'iPhone 13', 'iPhone 12 mini']),
                      ('xiaomi', ['小米14', '小米13']), ('redmi', ['K70', 'Note 13']),
                      ('honor', ['Magic6', '荣耀90']), ('oppo', ['Reno11', 'Find X7']), ('vivo', ['X100', 'S18'])])
    f = {'color': colour(pick(['black', 'white', 'blue', 'purple', 'green', 'gold', 'silver', 'pink'])),
         'brand': brand(b)}
    f['model'] = model(pick(models), vis=R.random() < 0.3)
    f['case'] = mark(*pick([
        ('clear_bear', ['透明壳，壳里夹了一张小熊贴纸', '手机壳是透明的里面有个小熊贴纸'],
         ['外套透明软壳，壳内夹有卡通小熊贴纸', '透明保护壳，背面夹熊图案贴纸']),
        ('brown_flip', ['棕色皮套，翻盖的', '咖啡色翻盖皮套'], ['带翻盖式皮质保护套（褐色）', '外有棕色翻盖皮套']),
        ('kuromi', ['库洛米的手机壳', '壳是紫色库洛米图案的'], ['卡通手机壳（紫色，黑色小恶魔图案）', '紫色卡通壳，图案为库洛米']),
        ('ring', ['黑色磨砂壳，背面有个指环扣', '黑壳带指环支架'], ['深色磨砂保护壳，背面带金属指环', '黑色软壳，背有指环扣']),
        ('cardslot', ['壳后面带卡槽，插着一张公交卡', '手机壳背面插了张城市通'], ['壳背面卡槽内插公交卡一张', '保护壳卡位插有城市通卡1张']),
        ('naked', ['没戴壳', '裸机，没套壳'], ['无保护壳', '未戴手机壳']),
        ('fluffy', ['粉色毛绒壳', '毛茸茸的粉色手机壳'], ['粉色毛绒保护壳', '带粉色绒毛外壳']),
        ('panda', ['熊猫图案的壳', '壳上印了个大熊猫'], ['熊猫图案保护壳', '黑白熊猫图案手机壳']),
        ('lanyard', ['壳上拴了根红色挂绳', '带一根红色手机挂绳，可以挎脖子上'], ['手机壳连红色挂绳', '附红色斜挎挂绳']),
    ]))
    f['screen'] = mark(*pick([
        ('crack_tl', ['屏幕左上角有裂纹', '屏幕左上角摔裂了'], ['屏幕左上角碎裂', '屏左上方有裂痕']),
        ('crack_low', ['屏幕下半部分碎了', '下面屏幕裂了好几道'], ['屏幕下部有多道裂纹', '显示屏下方碎裂']),
        ('bubble', ['钢化膜有个大气泡', '贴的膜起泡了'], ['屏幕贴膜有气泡', '钢化膜起泡']),
        ('camera_scratch', ['后摄像头那块有划痕', '镜头边上磕掉一块漆'], ['后置摄像头边缘有磕碰掉漆', '镜头周围有划痕']),
    ]))
    dead = R.random() < 0.45
    if not dead:
        f['lock'] = mark(*pick([
            ('cat', ['锁屏是我家橘猫的照片', '壁纸是只橘猫'], ['锁屏图片为一只橘色猫', '屏保是橘猫照片']),
            ('kid', ['锁屏是我闺女的照片', '屏保是个小女孩照片'], ['锁屏为小女孩照片', '屏保显示一名儿童照片']),
            ('ice', ['锁屏是冰灯夜景', '壁纸是冰雕照片'], ['锁屏为冰灯夜景图片', '屏保为冰雕图片']),
            ('anime', ['锁屏是个动漫男生', '壁纸是二次元纸片人老公'], ['锁屏为动漫人物图片', '屏保为卡通男性人物']),
        ]))
    else:
        f['dead'] = mark('dead', ['（手机冻没电了，可能关机了）', '天太冷手机估计早就冻关机了'],
                         ['已关机，无法开机', '因低温自动关机，充电后需密码', '手机没电关机'], vis=True)
    imei = make_imei()
    f['imei'] = serial_tail(imei, 'IMEI',
                            ['IMEI号%s' % imei, '串号后四位%s（盒子上看的）' % imei[-4:], 'IMEI：%s %s %s' % (imei[:6], imei[6:12], imei[12:])],
                            ['IMEI %s' % imei], vis=False)
    num = '1' + pick(['38', '39', '50', '58', '86', '88', '35', '99']) + digits(8)
    f['phone'] = mark(num[-4:], ['手机号尾号%s' % num[-4:], '我的号是%s****%s' % (num[:3], num[-4:])],
                      ['有来电，显示号码尾号%s的卡' % num[-4:]], vis=False)
    kind = F('phone', ['手机', '手机', '手机一部'], ['手机', '手机一部', '移动电话'], field=None)
    return 'phone', kind, f


def mk_wallet():
    kindc, kow, kfi = pick([('long', ['长款钱包', '长钱包', '钱夹'], ['长款钱包', '长款皮夹']),
                            ('short', ['短款钱包', '对折钱包', '小钱包'], ['短款钱包', '折叠式钱包', '短款皮夹']),
                            ('cardcase', ['卡包', '卡夹'], ['卡包', '卡套式小钱包']),
                            ('coin', ['零钱包', '拉链零钱包'], ['零钱包', '小拉链包'])])
    f = {'color': colour(pick(['black', 'brown', 'red', 'pink', 'blue', 'beige', 'white']))}
    if R.random() < 0.7:
        f['brand'] = brand(pick(['coach', 'septwolves', 'goldlion', 'mk']))
    f['material'] = mark(*pick([('leather', ['真皮的', '牛皮的'], ['皮质', '皮革材质']),
                                ('canvas', ['帆布的', '布的'], ['帆布材质', '布面']),
                                ('pu', ['人造革的', 'PU皮的'], ['人造革', 'PU材质'])]))
    amt = pick([R.randint(2, 9) * 10 + R.randint(0, 9), R.randint(1, 9) * 100 + R.randint(0, 99),
                R.randint(1, 4) * 1000 + R.randint(0, 9) * 100, 0])
    if amt:
        w, lo, hi = approx_amount(amt)
        f['cash'] = F((lo, hi, amt), ['里面有现金%s' % w, '现金%s' % w, '钱大概%s' % w],
                      ['内有现金%d元' % amt, '现金人民币%s元' % cn_amount(amt), '内有人民币%d元（已清点）' % amt], field='marks', cmp='cash')
    else:
        f['cash'] = F((0, 0, 0), ['里面没什么现金', '钱没有，主要是卡'], ['内无现金', '无现金'], cmp='cash')
    s, g = new_name()
    idn = make_id()
    f['idcard'] = F(s + g, ['身份证也在里面，%s' % (s + g), '夹着我的身份证（%s）' % (s + g)],
                    ['内有身份证一张，姓名%s' % (s + NAME_SLIP.get(g, g) if R.random() < 0.15 else s + g),
                     '身份证1张（%s，%s）' % (s + g, idn[:6] + '********' + idn[-4:])], field='marks')
    if R.random() < 0.5:
        tail = digits(4)
        bank = pick([('icbc', ['工行卡', '工商银行的卡'], ['中国工商银行借记卡', 'ICBC银行卡']),
                     ('ccb', ['建行卡', '建设银行卡'], ['建设银行储蓄卡', '中国建设银行卡']),
                     ('abc', ['农行卡', '农业银行的卡'], ['中国农业银行卡', '农行借记卡'])])
        f['bankcard'] = F(bank[0] + tail, ['还有张%s尾号%s' % (pick(bank[1]), tail)],
                          ['%s一张（卡号末四位%s）' % (pick(bank[2]), tail), '%s（%s****%s）' % (pick(bank[2]), pick(['6222', '6217', '6228']), tail)])
    f['extra'] = mark(*pick([('photo', ['夹层里有张全家福', '里面有张我和孙子的合照'], ['夹层内有家庭合影照片一张', '内有照片1张（老人与小孩）']),
                             ('medcard', ['还有省二院的就诊卡', '二院就诊卡也在里面'], ['内有省二院就诊卡一张', '省第二医院就诊卡1张']),
                             ('ticket', ['里面还有张高铁报销凭证', '夹着一张火车票报销单'], ['内有铁路电子客票报销凭证1张', '火车票报销凭证一张']),
                             ('charm', ['拉链上挂了个平安符', '钱包上拴着个小红平安符'], ['拉链挂红色平安符', '附小平安符挂件']),
                             ('coupon', ['有几张超市小票', '里面塞了一堆小票'], ['若干购物小票', '超市小票数张'])]))
    kind = F('wallet-' + kindc, kow, kfi, field=None)
    return 'wallet', kind, f


def mk_id():
    s, g = new_name(passport=False)
    name = s + g
    t = pick(['idcard', 'idcard', 'idcard', 'driver', 'student', 'social', 'bank', 'passport', 'work', 'medical'])
    f = {}
    if t == 'passport':
        USED_NAMES.discard(name)
        s, g = new_name(passport=True)
        name = s + g
        no = 'E' + digits(8)
        f['name'] = F(name, ['名字%s' % name, '我叫%s' % name],
                      ['持照人%s %s' % (PY[s], PYG[g]), '姓名%s/%s %s' % (name, PY[s], PYG[g])])
        f['number'] = F(no, ['护照号%s' % no, '护照号码后四位%s' % no[-4:]], ['护照号%s' % no, '证件号%s****%s' % (no[:2], no[-4:])], field='serial', cmp='tail')
        f['cover'] = mark(*pick([('cover_blue', ['套了个蓝色护照套', '护照夹是蓝的'], ['外有蓝色护照夹', '蓝色证件套']),
                                  ('nocover', ['没套东西', '光的没有套'], ['无外套', '无护照套'])]))
        kind = F('passport', ['护照', '因私护照'], ['护照', '中华人民共和国护照'], field=None)
        return 'id_doc', kind, f
    if t in ('idcard', 'driver', 'social'):
        idn = make_id()
        if R.random() < 0.4:
            idn = make_id(pick(['440106', '330106', '350203', '430104']))
        ow = ['身份证号%s' % idn, '号码%s' % idn, '身份证号后四位%s' % idn[-4:], '号码%s %s %s' % (idn[:6], idn[6:14], idn[14:])]
        fi = ['证号%s' % idn, '号码%s' % (idn[:6] + '********' + idn[-4:]), '%s******%s' % (idn[:4], idn[-4:]), '号码尾号%s' % idn[-4:]]
        f['number'] = F(idn, ow, fi, field='serial', cmp='tail')
        slip = NAME_SLIP.get(g, g)
        f['name'] = F(name, ['名字%s' % name, '我叫%s' % name, '姓名%s' % name, '我爸%s的' % name],
                      ['姓名%s' % name, '姓名：%s' % name, '持证人%s' % (s + slip if R.random() < 0.2 else name)])
        if t == 'idcard':
            kind = F('idcard', ['身份证', '二代身份证', '身分证'], ['居民身份证', '身份证一张', '二代居民身份证'], field=None)
        elif t == 'driver':
            kind = F('driver', ['驾驶证', '驾照', '驾驶本'], ['机动车驾驶证', '驾驶证'], field=None)
            f['extra'] = mark(pick(['C1', 'C2', 'B2', 'A2']) + '证', ['准驾C1的'], None, vis=False)
            f['extra'] = mark(*pick([('dl_cover', ['驾照皮是黑色的', '黑色驾驶证皮套'], ['黑色驾驶证皮套', '外有深色证件夹']),
                                     ('dl_xsz', ['和行驶证夹在一起', '里面还夹着行驶证'], ['内夹行驶证一本', '附行驶证']),
                                     ('dl_none', ['就光一本驾照', '只有驾照'], ['仅驾驶证一本', '单独驾驶证'])]))
        else:
            kind = F('social', ['社保卡', '医保卡', '社会保障卡'], ['社会保障卡', '社保卡（医保）', '社保卡'], field=None)
        if t != 'driver' and R.random() < 0.6:
            f['holder'] = mark(*pick([('sleeve_pink', ['套着个粉色卡套', '装在一个粉色卡套里'], ['外有粉色卡套', '粉色证件卡套']),
                                      ('sleeve_clear', ['透明卡套', '套了透明的卡套'], ['透明塑料卡套', '外套透明卡套']),
                                      ('lanyard', ['卡套带蓝色挂绳', '挂在一根蓝色挂绳上'], ['连蓝色挂绳卡套', '附蓝色挂绳']),
                                      ('rubber', ['跟公交卡用皮筋捆一块儿', '用皮筋和公交卡绑一起'], ['与公交卡一张用橡皮筋捆扎', '附公交卡一张（皮筋捆）'])]))
        return 'id_doc', kind, f
    if t == 'student':
        sno = pick(['2022', '2023', '2024', '2025']) + digits(6)
        f['name'] = F(name, ['名字%s' % name, '我叫%s' % name, '%s的' % name], ['姓名%s' % name, '卡面姓名%s' % name])
        f['number'] = F(sno, ['学号%s' % sno, '学号%s' % sno], ['学号%s' % sno, '卡号%s' % sno, '学号尾号%s' % sno[-4:]], field='serial', cmp='tail')
        f['school'] = mark(*pick([('nj_card', ['北疆大学的校园卡', '我们学校一卡通'], ['北疆大学校园一卡通', '北疆大学校园卡']),
                                  ('nj_paper', ['北疆大学学生证（红本）', '学生证，红皮的'], ['北疆大学学生证（红色封皮）', '学生证一本'])]))
        if R.random() < 0.6:
            f['holder'] = mark(*pick([('sleeve_cat', ['卡套是猫猫头的', '套着猫爪卡套'], ['猫咪造型卡套', '卡通猫卡套']),
                                      ('sleeve_clear', ['透明卡套', '套了透明的卡套'], ['透明塑料卡套', '外套透明卡套']),
                                      ('keyring', ['卡跟钥匙扣串一起', '挂在小熊钥匙扣上'], ['串有小熊挂件', '连小熊钥匙扣'])]))
        kind = F('student', ['校园卡', '一卡通', '学生证', '饭卡'], ['校园卡', '学生卡', '学生证件'], field=None)
        return 'id_doc', kind, f
    if t == 'bank':
        tail = digits(4)
        body = pick(['6222', '6217', '6228']) + digits(11)
        full = body + luhn_digit(body)
        tail = full[-4:]
        b = pick([('icbc', ['工商银行', '工行'], ['中国工商银行', 'ICBC']), ('ccb', ['建设银行', '建行'], ['中国建设银行', 'CCB']),
                  ('boc', ['中国银行', '中行'], ['中国银行', 'BANK OF CHINA']), ('cmb', ['招商银行', '招行'], ['招商银行', 'CMB'])])
        f['bank'] = F(b[0], b[1], b[2], field='brand')
        f['number'] = F(full, ['卡号尾号%s' % tail, '尾号%s' % tail, '卡号%s' % full], ['卡号%s' % ' '.join(full[i:i + 4] for i in range(0, len(full), 4)),
                                                                              '%s****%s' % (full[:4], tail), '末四位%s' % tail], field='serial', cmp='tail')
        f['name'] = F(name, ['户名%s' % name, '卡上名字%s' % name], ['卡背签名%s' % name], vis=R.random() < 0.3)
        kind = F('bankcard', ['银行卡', '储蓄卡', '借记卡'], ['银行卡', '银行卡一张', '储蓄卡'], field=None)
        return 'id_doc', kind, f
    if t == 'work':
        org = pick([('hosp', ['省二院的工作证', '医院工牌'], ['省二院工作牌', '省第二人民医院工作证']),
                    ('rail', ['西站客运的工作证', '铁路工作证'], ['铁路客运段工作证', '高铁西站工作牌']),
                    ('uni', ['学校教职工卡', '北疆大学工作证'], ['北疆大学教职工卡', '北疆大学工作证'])])
        f['org'] = F(org[0], org[1], org[2], field='marks')
        f['name'] = F(name, ['名字%s' % name, '我叫%s' % name], ['姓名%s' % name, '证上姓名%s' % name])
        if R.random() < 0.5:
            no = digits(6)
            f['number'] = F(no, ['工号%s' % no], ['工号%s' % no, '编号%s' % no], field='serial', cmp='tail')
        f['holder'] = mark(*pick([('lanyard_red', ['挂红色挂绳', '红挂绳'], ['连红色挂绳', '红色吊绳']),
                                  ('lanyard_blue', ['蓝色挂绳', '挂着蓝绳子'], ['连蓝色挂绳', '蓝色吊绳'])]))
        kind = F('work', ['工作证', '工牌'], ['工作证', '工作牌', '工作证件'], field=None)
        return 'id_doc', kind, f
    # medical visiting card
    no = digits(8)
    f['name'] = F(name, ['病人叫%s' % name, '我妈%s的' % name, '姓名%s' % name], ['姓名%s' % name, '卡面写%s' % name])
    f['number'] = F(no, ['卡号%s' % no, '就诊卡号后四位%s' % no[-4:]], ['卡号%s' % no, 'No.%s' % no], field='serial', cmp='tail')
    if R.random() < 0.5:
        f['holder'] = mark(*pick([('with_slip', ['跟挂号单夹在一起', '夹着一张挂号单'], ['附挂号单一张', '夹有挂号小票']),
                                  ('with_bag', ['在个塑料袋里，还有几张化验单', '和化验单装一个透明袋里'], ['装于透明塑料袋内，另有化验单数张', '塑料袋内有化验单'])]))
    kind = F('medical', ['就诊卡', '医院的就诊卡', '看病的卡'], ['就诊卡', '医院就诊卡'], field=None)
    return 'id_doc', kind, f


def mk_keys():
    n = R.randint(2, 6)
    f = {}
    f['count'] = F(n, ['%s把钥匙' % cn_amount(n).replace('二', '两'), '%d把钥匙' % n], ['钥匙%d把' % n, '共%s把钥匙' % cn_amount(n)], cmp='count')
    opts = [('fob', mark(*pick([('fob_blue', ['一个蓝色门禁扣', '带着小区蓝色门禁卡'], ['蓝色水滴形门禁卡1个', '附蓝色感应扣']),
                                 ('fob_red', ['红色门禁卡', '挂着红的门禁扣'], ['红色门禁扣', '红色感应门禁'])]))),
            ('car', None),
            ('orn', mark(*pick([('linabell', ['挂着个玲娜贝儿', '有个粉色狐狸玩偶挂件'], ['粉色狐狸玩偶挂件', '挂件为玲娜贝儿公仔']),
                                 ('gourd', ['拴着个小葫芦', '挂了个铜葫芦'], ['小铜葫芦挂件', '葫芦状挂件']),
                                 ('opener', ['钥匙圈上有开瓶器', '带个开瓶器'], ['附开瓶器一个', '钥匙圈带开瓶器']),
                                 ('bear', ['挂了个小熊', '有个棕色小熊挂件'], ['棕色小熊挂件', '小熊公仔挂件']),
                                 ('pinfu', ['拴着平安符', '有个红色平安符'], ['红色平安符挂件', '平安福挂件']),
                                 ('led', ['有个小手电', '钥匙扣带小手电'], ['带迷你手电筒', '附钥匙扣手电'])]))),
            ('lock', mark(*pick([('u_lock', ['里面有把电动车钥匙', '还有电动车钥匙'], ['其中一把为电动车钥匙', '含电动车钥匙1把']),
                                  ('mailbox', ['有个小信箱钥匙', '有把很小的信报箱钥匙'], ['含小号信箱钥匙一把', '一把小信箱钥匙'])])))]
    f['ring'] = mark(*pick([('carabiner', ['挂在一个登山扣上', '用登山扣串着'], ['钥匙串于登山扣上', '带金属登山扣']),
                            ('leather_case', ['装在棕色皮钥匙包里', '有个小皮套包着'], ['外有棕色皮质钥匙包', '装于皮钥匙包内']),
                            ('red_rope', ['用红绳拴着', '串在一根红绳上'], ['以红绳串联', '红色绳子串着']),
                            ('plain_ring', ['就一个普通铁圈', '普通的银色钥匙圈'], ['金属圆环钥匙圈', '普通钥匙圈']),
                            ('lanyard', ['挂在一根蓝色长挂绳上', '有根蓝色长挂绳'], ['连蓝色长挂绳', '附蓝色长挂绳'])]))
    for k, v in R.sample(opts, R.randint(2, 3)):
        if k == 'car':
            cb = pick(['vw', 'toyota', 'byd', 'haval'])
            cw = pick(BRANDS[cb][0]).rstrip('的')
            f['car'] = F(cb, ['有把%s车钥匙' % cw, '%s的车钥匙' % cw],
                         ['含%s汽车遥控钥匙一把' % pick(BRANDS[cb][1]), '%s车钥匙1把' % pick(BRANDS[cb][1])], field='brand')
        else:
            f[k] = v
    kind = F('keys', ['钥匙', '一串钥匙', '钥匙串'], ['钥匙一串', '钥匙', '一串钥匙'], field=None)
    return 'keys', kind, f


def mk_ebike():
    b = pick(['yadea', 'aima', 'tailg', 'ninebot', 'niu'])
    f = {'brand': brand(b), 'color': colour(pick(['white', 'black', 'blue', 'red', 'grey', 'green']))}
    plate = '黑A' + pick('DEFGHKLM') + digits(4)
    f['plate'] = F(plate, ['车牌%s' % plate, '牌照%s %s' % (plate[:2], plate[2:]), '牌子%s' % plate],
                   ['号牌%s' % plate, '车牌：%s·%s' % (plate[:2], plate[2:]), '牌号%s' % plate[2:]], field='serial', cmp='tail')
    frame = pick(['LYD', 'AMA', 'TLG', 'NBT']) + digits(12)
    f['frame'] = F(frame, ['车架号%s' % frame, '车架号后六位%s' % frame[-6:]], ['车架号%s' % frame, '车架号%s-%s' % (frame[:7], frame[7:])], cmp='tail', field='serial')
    f['feat'] = mark(*pick([('quilt', ['挂着挡风被，灰格子的', '车把上有防风被子（灰格）'], ['装有灰色格纹挡风被', '车头挡风被为灰格子']),
                            ('kidseat', ['后座装了个儿童座椅', '后面有小孩座椅'], ['后座加装儿童座椅', '车尾有儿童座椅']),
                            ('basket', ['前面有个车筐，筐里有个环保袋', '车筐里放着个布袋子'], ['前车筐内有布袋一个', '车筐内有环保袋'])]))
    kind = F('ebike', ['电动车', '电瓶车', '电驴'], ['电动自行车', '电动车', '电动车一辆'], field=None)
    return 'ebike', kind, f


def mk_bicycle():
    b = pick(['giant', 'merida', 'xds', 'forever', 'decathlon'])
    f = {'brand': brand(b), 'color': colour(pick(['black', 'white', 'blue', 'red', 'grey', 'yellow']))}
    kc = pick([('mtb', ['山地车', '山地自行车'], ['山地自行车', '山地车']), ('road', ['公路车', '公路自行车'], ['公路自行车', '公路车']),
               ('fold', ['折叠车', '折叠自行车'], ['折叠自行车', '小折叠车'])])
    f['feat'] = mark(*pick([('seatcover', ['车座套着个毛绒座套', '座子上套了毛毛套'], ['车座有毛绒座套', '座椅套绒布座套']),
                            ('light', ['车把上有个前灯', '装了个车灯'], ['车把装有前灯', '带车前灯']),
                            ('rack', ['后面有货架', '装了后货架'], ['有后货架', '后部带货架'])]))
    f['lock'] = mark(*pick([('ulock', ['锁着U型锁', '上了一把U型锁'], ['车上挂U型锁', 'U形锁锁于车轮']),
                            ('cable', ['用钢丝锁锁的', '有根钢缆锁'], ['车上缠钢丝锁', '附钢缆锁'])]))
    kind = F('bike-' + kc[0], kc[1], kc[2], field=None)
    return 'bicycle', kind, f


def mk_bag():
    kc = pick([('backpack', ['双肩包', '背包', '书包'], ['双肩背包', '背包', '双肩包']),
               ('suitcase', ['行李箱', '拉杆箱', '箱子'], ['拉杆行李箱', '行李箱']),
               ('tote', ['手提袋', '帆布袋', '托特包'], ['手提布袋', '帆布手提袋']),
               ('cross', ['斜挎包', '小挎包'], ['斜挎包', '单肩斜挎小包']),
               ('laptop', ['电脑包', '笔记本电脑包'], ['电脑包', '手提电脑包'])])
    f = {'color': colour(pick(['black', 'grey', 'blue', 'red', 'green', 'beige', 'pink', 'white']))}
    if R.random() < 0.75:
        f['brand'] = brand(pick(['tnf', 'samsonite', 'nike', 'anta', 'decathlon', 'muji', 'xiaomi']))
    cont = pick([('laptop', ['里面有台联想笔记本', '装着我的ThinkPad'], ['内有联想笔记本电脑一台', '内装Lenovo笔记本电脑1台']),
                 ('books', ['里面有高数课本和复习资料', '装着考研资料和两本书'], ['内有《高等数学》教材及复习资料若干', '内有书本、资料若干']),
                 ('clothes', ['都是换洗衣服', '装了几件衣服和洗漱用品'], ['内为衣物及洗漱用品', '内有衣物若干']),
                 ('gifts', ['里面是买的红肠和大列巴，带回南方的', '装着刚买的红肠和格瓦斯'], ['内有红肠、面包等食品', '内有食品（红肠、列巴）']),
                 ('meds', ['里面是病历本和片子', '装着CT片子和病历'], ['内有病历本及影像片袋', '内有CT胶片、病历']),
                 ('ski', ['装着滑雪手套和雪镜', '滑雪的手套和护脸'], ['内有滑雪手套、雪镜等', '内有滑雪用品'])])
    f['contents'] = mark(*cont)
    f['tag'] = mark(*pick([('charm_tag', ['拉链上挂着一个毛绒挂件', '包上挂了只毛绒小兔'], ['拉链挂白色毛绒兔挂件', '挂毛绒小兔挂件']),
                           ('lug_tag', ['有行李牌，写着我电话', '挂着行李吊牌'], ['挂有行李吊牌（有手写电话）', '带行李牌']),
                           ('patch', ['包上别了个冰墩墩徽章', '有个徽章别在包上'], ['包面别有徽章', '包上有徽章装饰']),
                           ('stain', ['侧面有块油渍', '包底下蹭脏了一块'], ['侧面有污渍', '包底有污迹'])]))
    kind = F('bag-' + kc[0], kc[1], kc[2], field=None)
    return 'bag', kind, f


def mk_cash():
    amt = pick([R.randint(5, 50) * 100, R.randint(2, 9) * 100 + R.randint(1, 9) * 10, R.randint(10, 30) * 100])
    w, lo, hi = approx_amount(amt)
    f = {}
    f['amount'] = F((lo, hi, amt), ['%s块钱' % w, '钱%s' % w, '一共%d' % amt], ['人民币%d元' % amt, '现金%s元整' % cn_amount(amt), '经清点共计%d元' % amt], cmp='cash')
    f['wrap'] = mark(*pick([('kraft', ['装在牛皮纸信封里', '黄色信封装着'], ['牛皮纸信封装', '黄色信封一个']),
                            ('redpkt', ['装在红包里', '红包装的'], ['红包袋装', '装于红包内']),
                            ('white_env', ['白信封装的', '用银行的白信封装着'], ['白色信封装', '银行白色信封']),
                            ('rubber', ['用皮筋扎着', '一卷用皮套捆的'], ['用橡皮筋捆扎', '皮筋捆扎成卷'])]))
    kind = F('cash', ['现金', '钱', '一沓钱'], ['现金', '人民币现金'], field=None)
    return 'cash', kind, f


def mk_jewelry():
    kc = pick([('bangle', ['金手镯', '金镯子'], ['黄金手镯', '金色手镯']), ('necklace', ['金项链', '项链'], ['金色项链', '项链一条']),
               ('ring', ['戒指', '钻戒'], ['戒指一枚', '镶钻戒指']), ('jade', ['玉镯子', '翡翠手镯'], ['玉镯', '绿色玉石手镯']),
               ('bracelet', ['手链', '银手链'], ['银色手链', '串珠手链']), ('earring', ['耳环', '耳钉'], ['耳环一只', '耳钉一只'])])
    f = {}
    if kc[0] in ('bangle', 'necklace', 'ring'):
        f['brand'] = brand(pick(['ctf', 'css']))
    elif kc[0] == 'bracelet':
        f['brand'] = brand('pandora')
    feats = [('engr_love', ['内圈刻了LOVE', '里面刻着LOVE'], ['内侧刻有“LOVE”字样', '内圈刻字LOVE']),
                            ('engr_date', ['刻着我们结婚日子19980612', '里面刻了日期'], ['内圈刻数字19980612', '内侧有刻字（数字）']),
                            ('pendant_fu', ['吊坠是个福字', '挂着福字牌'], ['吊坠为“福”字', '福字吊坠']),
                            ('crack', ['有一道小裂纹', '边上磕过有个小缺口'], ['有细小裂纹', '边缘有磕损']),
                            ('charm_cat', ['上面有个小猫吊饰', '串了个猫咪串珠'], ['有猫形串珠', '小猫造型串饰'])]
    fit = {'bangle': ('engr_love', 'engr_date', 'crack'), 'jade': ('crack',), 'ring': ('engr_love', 'engr_date'),
           'necklace': ('pendant_fu', 'charm_cat', 'engr_love'), 'bracelet': ('charm_cat', 'engr_love'),
           'earring': ('crack', 'charm_cat')}[kc[0]]
    f['feat'] = mark(*pick([x for x in feats if x[0] in fit]))
    if R.random() < 0.6:
        g = R.randint(*{'bangle': (18, 60), 'necklace': (6, 30), 'ring': (2, 8), 'jade': (40, 80),
                        'bracelet': (5, 20), 'earring': (1, 4)}[kc[0]])
        f['weight'] = F(g, ['%d克左右' % g, '大概%d克' % g], ['称重约%dg' % g, '约%d克' % g], cmp='count')
    kind = F('jew-' + kc[0], kc[1], kc[2], field=None)
    return 'jewelry', kind, f


def mk_elec():
    kc = pick([
        ('airpods', 'apple', ['AirPods Pro', 'AirPods 3'], ['AirPods', '苹果耳机', '蓝牙耳机'], ['无线耳机', '蓝牙耳机（白色充电盒）', 'AirPods耳机']),
        ('freebuds', 'huawei', ['FreeBuds 5i', 'FreeBuds Pro 3'], ['华为耳机', '蓝牙耳机', 'FreeBuds'], ['无线蓝牙耳机', '耳机充电盒', '蓝牙耳机']),
        ('powerbank', pick(['xiaomi', 'anker', 'romoss']), ['10000mAh', '20000mAh'], ['充电宝', '移动电源'], ['充电宝', '移动电源']),
        ('laptop', pick(['lenovo', 'apple', 'huawei']), ['ThinkPad X1', 'MacBook Air', 'MateBook 14'], ['笔记本电脑', '笔记本', '电脑'], ['笔记本电脑', '手提电脑']),
        ('tablet', pick(['apple', 'huawei', 'xiaomi']), ['iPad Air', 'MatePad', '小米平板6'], ['平板', 'iPad', '平板电脑'], ['平板电脑', '平板']),
        ('kindle', 'amazon', ['Kindle Paperwhite'], ['Kindle', '电子书', '阅读器'], ['电子阅读器', 'kindle阅读器']),
        ('switch', 'nintendo', ['Switch OLED', 'Switch Lite'], ['Switch', '游戏机', 'NS'], ['游戏机', '掌上游戏机']),
        ('camera', pick(['fujifilm', 'dji']), ['instax mini 12', 'Pocket 3'], ['相机', '拍立得', '口袋相机'], ['相机', '照相机']),
    ])
    k, b, models, kow, kfi = kc
    if k == 'laptop':
        models = {'lenovo': ['ThinkPad X1', '小新Pro 14'], 'apple': ['MacBook Air', 'MacBook Pro'], 'huawei': ['MateBook 14']}[b]
    if k == 'tablet':
        models = {'apple': ['iPad Air', 'iPad mini'], 'huawei': ['MatePad 11'], 'xiaomi': ['小米平板6']}[b]
    if k == 'camera':
        models = {'fujifilm': ['instax mini 12'], 'dji': ['Pocket 3']}[b]
    f = {'brand': brand(b), 'model': model(pick(models), vis=R.random() < 0.5)}
    f['color'] = colour(pick(['white', 'black', 'silver', 'grey', 'blue', 'pink']) if k not in ('airpods',) else 'white')
    if k in ('airpods', 'freebuds'):
        f['case'] = mark(*pick([('duck', ['套着小黄鸭硅胶套', '耳机盒套了个小黄鸭'], ['充电盒外套黄色鸭子造型硅胶套', '黄色小鸭耳机套']),
                                ('black_sleeve', ['黑色耳机套带挂扣', '套了个黑壳带登山扣'], ['充电盒外有黑色保护套，带金属挂扣', '黑色硅胶套附挂钩']),
                                ('engrave', ['盒子上刻了名字缩写LYT', '充电盒镭雕了LYT三个字母'], ['充电盒刻有“LYT”字样', '盒面刻字LYT']),
                                ('one_missing', ['只剩左耳在盒里，右耳之前丢了', '盒子里只有一只左耳'], ['盒内仅有左耳耳机一只', '内只有一只耳机（左）'])]))
    else:
        f['case'] = mark(*pick([('stickers', ['背面贴满了贴纸', '外壳上贴了很多动漫贴纸'], ['外壳贴有多张卡通贴纸', '背面贴纸较多']),
                                ('sleeve_grey', ['装在灰色毛毡内胆包里', '套着灰色内胆包'], ['装于灰色毛毡保护套内', '外有灰色内胆包']),
                                ('dent', ['角上磕了一块', '一个角有磕痕'], ['一角有磕碰痕迹', '边角有凹痕']),
                                ('name_tag', ['背面贴着我名字的标签', '贴了个写着名字的白标签'], ['背面贴有手写姓名标签', '有姓名贴标签'])]))
    sn = pick(['SN', 'S/N ', '']) + ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(10))
    core = sn.replace('SN', '').replace('S/N ', '')
    f['sn'] = F(core, ['序列号%s' % core, '序列号后几位是%s' % core[-4:], 'SN码%s' % core.lower()],
                ['机身序列号%s' % core, 'S/N：%s-%s' % (core[:5], core[5:]), '底部SN码%s' % core], vis=k in ('laptop', 'tablet', 'kindle', 'switch', 'camera', 'powerbank'),
                field='serial', cmp='tail')
    kind = F('el-' + k, kow, kfi, field=None)
    return 'electronics', kind, f


def mk_other():
    k = pick(['down', 'down', 'gloves', 'scarf', 'hat', 'thermos', 'thermos', 'goggles', 'warmer', 'glasses', 'meds'])
    f = {}
    if k == 'down':
        f['brand'] = brand(pick(['bosideng', 'canadagoose', 'yaya', 'uniqlo']))
        f['color'] = colour(pick(['black', 'white', 'red', 'green', 'beige', 'blue', 'pink']))
        f['size'] = F(pick(['L', 'XL', '175/96A', 'M', '165']), [], None)
        sz = f['size'].canon
        f['size'] = F(sz, ['%s码' % sz, '尺码%s' % sz], ['尺码%s' % sz, '吊牌尺码%s' % sz], field='model')
        f['pocket'] = mark(*pick([('warmers', ['兜里有俩暖宝宝', '口袋里有暖贴'], ['口袋内有暖宝宝2片', '衣兜内有暖贴']),
                                  ('lipbalm', ['兜里有支润唇膏', '口袋里有唇膏和纸巾'], ['衣兜内有润唇膏一支', '口袋内有唇膏、纸巾']),
                                  ('hood_fur', ['帽子上有一圈毛领', '帽檐有毛边'], ['帽子带毛领', '连帽有毛边']),
                                  ('ticket_stub', ['兜里有冰雪大世界的门票', '口袋里有张景区门票'], ['口袋内有冰雪大世界门票一张', '衣兜内有景区门票'])]))
        kind = F('o-down', ['羽绒服', '羽绒外套', '棉服'], ['羽绒服', '羽绒服一件', '羽绒外套'], field=None)
    elif k == 'gloves':
        f['color'] = colour(pick(['black', 'red', 'grey', 'white', 'pink']))
        kc = pick([('mitten', ['连指手套', '手闷子', '棉手闷子'], ['连指手套', '棉手套（连指）']),
                   ('leather', ['皮手套', '真皮手套'], ['皮手套', '皮质手套']),
                   ('ski', ['滑雪手套'], ['滑雪手套', '加厚防水手套'])])
        f['feat'] = mark(*pick([('deer', ['上面有小鹿图案', '织着麋鹿'], ['有鹿纹图案', '麋鹿图案']), ('fur_edge', ['手腕有一圈兔毛', '口上有白毛边'], ['腕口白色绒毛边', '袖口毛边']),
                                ('string', ['两只用绳连着', '中间有根挂脖绳'], ['两只以绳相连', '带挂脖绳']), ('one', ['只丢了右手那只', '就一只右手的'], ['仅右手一只', '单只（右手）'])]))
        kind = F('o-gl-' + kc[0], kc[1], kc[2], field=None)
    elif k == 'scarf':
        f['color'] = colour(pick(['red', 'grey', 'beige', 'blue', 'brown']))
        if R.random() < 0.4:
            f['brand'] = brand('burberry')
        f['feat'] = mark(*pick([('plaid', ['格子的', '格纹的'], ['格纹', '方格图案']), ('tassel', ['两头有流苏', '带穗子'], ['两端有流苏', '带流苏']),
                                ('handknit', ['我妈手织的毛线围巾', '手工织的'], ['手织毛线材质', '毛线手工编织'])]))
        kind = F('o-scarf', ['围巾', '围脖'], ['围巾', '围巾一条'], field=None)
    elif k == 'hat':
        f['color'] = colour(pick(['black', 'grey', 'brown', 'red', 'white']))
        kc = pick([('leifeng', ['雷锋帽', '狗皮帽子', '护耳棉帽'], ['护耳棉帽', '雷锋帽']), ('beanie', ['毛线帽', '针织帽'], ['针织帽', '毛线帽'])])
        f['feat'] = mark(*pick([('pompom', ['顶上有个毛球', '带个大毛球'], ['顶部有毛球', '带绒球']), ('label', ['有个小熊标', '侧面有个布标'], ['侧面有布标', '有小熊标签']),
                                ('fur', ['里面是兔毛的', '内衬毛绒'], ['内衬绒毛', '帽内有毛'])]))
        kind = F('o-hat-' + kc[0], kc[1], kc[2], field=None)
    elif k == 'thermos':
        f['brand'] = brand(pick(['thermos', 'zojirushi', 'tiger', 'muji']))
        f['color'] = colour(pick(['black', 'white', 'pink', 'blue', 'green', 'silver']))
        f['feat'] = mark(*pick([('name_sticker', ['杯身贴着名字贴纸', '贴了个写名字的贴'], ['杯身有姓名贴', '贴有名字标签']), ('dent', ['杯底磕瘪了一块', '底下有个坑'], ['杯底有凹陷', '底部有磕痕']),
                                ('tea', ['里面泡着枸杞', '杯里有红枣枸杞水'], ['杯内有枸杞水', '内有红枣枸杞茶']), ('strap', ['杯子带个提绳', '有根手提绳'], ['带提绳', '附挂绳'])]))
        kind = F('o-thermos', ['保温杯', '水杯', '杯子'], ['保温杯', '保温水杯', '不锈钢保温杯'], field=None)
    elif k == 'goggles':
        f['brand'] = brand('oakley')
        f['color'] = colour(pick(['black', 'white', 'blue']))
        f['feat'] = mark(*pick([('mirror', ['镜片是电镀彩色的', '镜片反光那种'], ['镜片为彩色电镀', '反光镜片']), ('scratch', ['镜片有划痕', '镜片有道划痕'], ['镜片有划痕', '镜片刮花'])]))
        kind = F('o-goggles', ['滑雪镜', '雪镜'], ['滑雪镜', '护目镜'], field=None)
    elif k == 'warmer':
        f['color'] = colour(pick(['pink', 'white', 'yellow', 'blue']))
        f['feat'] = mark(*pick([('capy', ['卡皮巴拉造型的', '水豚样子的'], ['动物造型（水豚）', '卡通水豚造型']), ('egg', ['蛋形的', '圆鸡蛋形状的'], ['椭圆蛋形', '蛋形外观'])]))
        kind = F('o-warmer', ['暖手宝', '充电暖手宝'], ['暖手宝', '电暖手宝'], field=None)
    elif k == 'glasses':
        f['color'] = colour(pick(['black', 'gold', 'silver', 'brown']))
        f['feat'] = mark(*pick([('case_blue', ['装在蓝色眼镜盒里', '蓝眼镜盒'], ['蓝色眼镜盒装', '附蓝色眼镜盒']), ('nocase', ['没有盒', '光眼镜'], ['无眼镜盒', '裸放'])]))
        f['type'] = mark(*pick([('myopia', ['近视镜', '近视眼镜'], ['近视眼镜', '近视镜片']), ('presby', ['老花镜', '花镜'], ['老花镜', '老花眼镜'])]))
        kind = F('o-glasses', ['眼镜', '眼睛'], ['眼镜', '眼镜一副'], field=None)
    else:
        s, g = new_name()
        f['name'] = F(s + g, ['药是给%s开的' % (s + g), '处方上名字%s' % (s + g)], ['药袋上患者姓名%s' % (s + g), '处方笺姓名%s' % (s + g)])
        f['feat'] = mark(*pick([('insulin', ['有两盒胰岛素', '里面是胰岛素笔芯'], ['内有胰岛素2盒', '胰岛素笔芯若干']), ('bp', ['降压药', '好几盒降压药'], ['内有降压药数盒', '降压药若干'])]))
        kind = F('o-meds', ['药', '一袋药', '刚开的药'], ['药品一袋', '药袋', '一袋药品'], field=None)
    return 'other', kind, f


MAKERS = {'phone': mk_phone, 'wallet': mk_wallet, 'id_doc': mk_id, 'keys': mk_keys, 'ebike': mk_ebike,
          'bicycle': mk_bicycle, 'bag': mk_bag, 'cash': mk_cash, 'jewelry': mk_jewelry,
          'electronics': mk_elec, 'other': mk_other}


# ----------------------------------------------------------------- where things happen
CAT_PLACES = {
    'phone': ['station', 'taxi', 'metro', 'lib', 'canteen', 'opd', 'pharm', 'park', 'street', 'mall', 'gym', 'dorm'],
    'wallet': ['station', 'taxi', 'metro', 'opd', 'pharm', 'park', 'street', 'mall', 'canteen', 'home1'],
    'id_doc': ['station', 'metro', 'opd', 'pharm', 'ward', 'lib', 'exam', 'canteen', 'dorm', 'taxi', 'street', 'courier'],
    'keys': ['home1', 'home2', 'street', 'mall', 'dorm', 'courier', 'gym', 'metro', 'park'],
    'ebike': ['home1', 'home2', 'dorm', 'opd', 'street', 'courier'],
    'bicycle': ['dorm', 'lib', 'home1', 'home2', 'canteen'],
    'bag': ['station', 'taxi', 'metro', 'park', 'lib', 'exam', 'mall', 'ward'],
    'cash': ['opd', 'pharm', 'street', 'mall', 'station', 'home1'],
    'jewelry': ['ward', 'opd', 'park', 'mall', 'street', 'gym'],
    'electronics': ['lib', 'station', 'metro', 'taxi', 'park', 'exam', 'canteen', 'gym', 'mall'],
    'other': ['park', 'station', 'metro', 'lib', 'canteen', 'opd', 'pharm', 'taxi', 'street', 'gym', 'exam'],
}
STUDENT_ID_PLACES = ['lib', 'exam', 'canteen', 'dorm', 'gym', 'courier', 'metro']
MED_PLACES = ['opd', 'pharm', 'ward']


def choose_scene(cat, kind_canon):
    opts = CAT_PLACES[cat]
    if kind_canon == 'student':
        opts = STUDENT_ID_PLACES
    elif kind_canon in ('medical', 'o-meds'):
        opts = MED_PLACES + ['taxi']
    p = pick(opts)
    if p == 'metro':
        a, b = R.sample(METRO, 2)
        return {'mode': 'metro', 'a': a, 'b': b, 'pk': b}
    if p == 'taxi':
        a, b = R.sample(['station', 'opd', 'park', 'street', 'mall', 'lib', 'home1', 'home2'], 2)
        return {'mode': 'taxi', 'a': a, 'b': b, 'pk': b, 'car': pick(['出租车', '滴滴', '网约车', '出租车'])}
    return {'mode': 'at', 'pk': p, 'sub': pick(PLACES[p][3])}


def short_name(pk):
    n = PLACES[pk][0]
    if n.startswith('北疆大学') and R.random() < 0.5:
        return n[4:].replace('8号宿舍楼', '8号楼').replace('第二食堂', '二食堂')
    if n.startswith('省二院') and R.random() < 0.4:
        return pick(['二院', '医大二院', '省二院']) + n[3:]
    if n.startswith('地铁2号线') and R.random() < 0.5:
        return n[5:]
    return n


def owner_place(sc):
    if sc['mode'] == 'metro':
        a, b = PLACES[sc['a']][0][5:], PLACES[sc['b']][0][5:]
        dirw = '西站' if METRO.index(sc['b']) < METRO.index(sc['a']) else '中央大街'
        addr = pick(['地铁2号线往%s方向的车厢里' % dirw, '2号线地铁上，%s上的车%s下的' % (a, b),
                     '地铁上（从%s坐到%s）' % (a, b), '坐2号线从%s到%s，车厢里' % (a, b)])
        ll = coords(sc['a'], 0.002) if R.random() < 0.3 else None
        return addr, ll
    if sc['mode'] == 'taxi':
        a, b = short_name(sc['a']), short_name(sc['b'])
        addr = pick(['%s上，从%s到%s' % (sc['car'], a, b), '打%s从%s去%s，落在后座了' % (sc['car'], a, b),
                     '%s到%s的%s上' % (a, b, sc['car'])])
        ll = coords(sc['b'], 0.002) if R.random() < 0.4 else None
        return addr, ll
    pk = sc['pk']
    n = short_name(pk)
    addr = pick(['%s%s' % (n, sc['sub']), '%s，%s那块' % (n, sc['sub']), '%s附近' % n, '%s%s附近' % (n, sc['sub']), n])
    ll = coords(pk, 0.0015) if R.random() < 0.65 else None
    return addr, ll


def finder_place(sc, pk=None):
    if sc['mode'] == 'metro':
        b = PLACES[sc['b']][0]
        addr = pick(['%s（列车清客时车厢内拾得）' % b, '%s站台' % b, '%s车厢座椅上' % b])
        return addr, (coords(sc['b']) if R.random() < 0.7 else None)
    if sc['mode'] == 'taxi':
        b = PLACES[sc['b']][0]
        addr = pick(['%s后排座位（司机在%s附近发现）' % (sc['car'], b), '%s车内，乘客在%s下车' % (sc['car'], b), '司机送交，车停%s' % b])
        return addr, (coords(sc['b'], 0.001) if R.random() < 0.6 else None)
    pk = sc['pk']
    n = PLACES[pk][0]
    addr = pick(['%s%s' % (n, sc['sub']), '%s（%s）' % (n, sc['sub']), '%s%s旁' % (n, sc['sub'])])
    return addr, (coords(pk) if R.random() < 0.7 else None)


def dist_km(pa, pb):
    _, la, lo, _ = PLACES[pa]
    _, lb, lob, _ = PLACES[pb]
    return (((la - lb) * 111.0) ** 2 + ((lo - lob) * 77.5) ** 2) ** 0.5


# ----------------------------------------------------------------- time words
def day_hour(m):
    t = NOW_MIN_OF_DAY - m
    d = t // 1440
    h = (t % 1440) // 60
    return d, h


def day_word(d):
    if d == 0:
        return pick(['今天', '今儿'])
    if d == -1:
        return pick(['昨天', '昨儿'])
    if d == -2:
        return '前天'
    if d >= -6:
        return pick(['%d天前' % -d, '%s天前' % cn_amount(-d)])
    if d >= -13:
        return pick(['上周', '一个多礼拜前', '%d天前' % -d])
    w = -d // 7
    return pick(['%d周前' % w, '大概%s个星期前' % ('两' if w == 2 else cn_amount(w)), '%d天前' % -d])


def part_word(h):
    if h < 6:
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
    return h - 12 if h > 12 else h


def owner_when(lf, lt):
    d1, h1 = day_hour(lf)
    d2, h2 = day_hour(lt)
    if d1 == d2:
        if h1 == h2:
            return pick(['%s%s%d点多' % (day_word(d1), part_word(h1), h12(h1)), '%s%s' % (day_word(d1), part_word(h1))])
        to = ('%d点' % h12(h2)) if part_word(h1) == part_word(h2) else ('%s%d点' % (part_word(h2), h12(h2)))
        return pick(['%s%s%d点到%s之间' % (day_word(d1), part_word(h1), h12(h1), to),
                     '%s%d点到%d点' % (day_word(d1), h1, h2), '%s%s' % (day_word(d1), part_word(h1))])
    if d2 == d1 + 2 and d1 <= -7:
        return '%s%s到第三天%s' % (day_word(d1), part_word(h1), part_word(h2))
    if d2 == d1 + 1:
        return pick(['%s%s到第二天%s' % (day_word(d1), part_word(h1), part_word(h2)),
                     '%s%s%d点以后到第二天%s之间' % (day_word(d1), part_word(h1), h12(h1), part_word(h2))])
    return pick(['%s%s到%s%s之间' % (day_word(d1), part_word(h1), day_word(d2), part_word(h2)),
                 '%s到%s之间，具体不记得了' % (day_word(d1), day_word(d2)), '大概%s' % day_word(d1)])


def finder_when(fa):
    d, h = day_hour(fa)
    mi = (NOW_MIN_OF_DAY - fa) % 60
    return pick(['%s%d时许' % (day_word(d), h), '%s%s' % (day_word(d), part_word(h)), '%s%d:%02d' % (day_word(d), h, mi)])


# ----------------------------------------------------------------- text noise
TRAD = dict(zip('钱机现钥证车门丢张里号电银红蓝绿华为东场厅馆楼书学医们个这说时间后处贴纸壳护饭铁线帮谢烦捡发点钟边还没么对种黄觉东',
                '錢機現鑰證車門丟張裡號電銀紅藍綠華為東場廳館樓書學醫們個這說時間後處貼紙殼護飯鐵線幫謝煩撿發點鐘邊還沒麼對種黃覺東'))
SLIPS = [('钱包', '前包'), ('身份证', '身分证'), ('钥匙', '要是'), ('手机壳', '手机可'), ('图书馆', '图书管'),
         ('保温杯', '保温被'), ('羽绒服', '羽绒福'), ('充电宝', '充电包'), ('候车', '后车'), ('耳机', '耳几'),
         ('已经', '以经'), ('一卡通', '一卡同'), ('手套', '手淘'), ('暖宝宝', '暖包包'), ('信封', '信风'),
         ('门禁', '门进'), ('药房', '要房'), ('捡到', '减到'), ('联系', '连系'), ('滑梯', '花梯'), ('挂件', '挂见')]


def to_trad(s):
    return ''.join(TRAD.get(c, c) for c in s)


def to_full(s):
    return ''.join(chr(ord(c) + 0xFEE0) if ('0' <= c <= '9' or 'A' <= c <= 'Z' or 'a' <= c <= 'z') else c for c in s)


def slip(s):
    cand = [(a, b) for a, b in SLIPS if a in s]
    if not cand:
        return s
    a, b = pick(cand)
    return s.replace(a, b, 1)


NOISE = {'trad': 0, 'full': 0, 'slip': 0, 'voice': 0, 'short': 0, 'long': 0}


def noisy(s, who):
    r = R.random()
    if r < 0.05:
        NOISE['trad'] += 1
        return to_trad(s)
    if r < 0.09:
        NOISE['full'] += 1
        return to_full(s)
    if r < 0.19:
        t = slip(s)
        if t != s:
            NOISE['slip'] += 1
        return t
    return s


# ----------------------------------------------------------------- rendering
HEAD = ('color', 'brand', 'model')
UNIT = {'phone': '部', 'wallet': '个', 'id_doc': '张', 'keys': '串', 'ebike': '辆', 'bicycle': '辆', 'bag': '个',
        'cash': '笔', 'jewelry': '件', 'electronics': '个', 'other': '件'}
ACTS = {'station': ['候车', '检票', '等车'], 'lib': ['自习', '上自习', '借书'], 'canteen': ['吃饭', '打饭'],
        'dorm': ['回宿舍', '洗衣服'], 'exam': ['考试', '考四六级', '期末考试'], 'gym': ['上体育课', '滑冰'],
        'courier': ['取快递', '寄快递'], 'opd': ['挂号', '看病', '排队缴费'], 'pharm': ['排队取药', '拿药'],
        'ward': ['陪床', '探病', '办住院'], 'park': ['玩滑梯', '拍照', '看冰雕'], 'street': ['逛街', '买红肠', '买冰棍'],
        'mall': ['逛商场', '吃饭', '看电影'], 'home1': ['取快递', '遛弯'], 'home2': ['取快递', '下楼扔垃圾']}
FILLER_BEFORE = ['我这人平时挺仔细的，那天也不知道怎么了。', '外面零下二十多度，手都冻木了，根本没注意兜里的东西。',
                 '当时人特别多，排队排了快一个小时。', '孩子一直闹，我光顾着看孩子了。', '手机也冻得没电了，一着急就乱了。']
FILLER_AFTER = ['回到家才发现不见了，又回去找了一圈也没有。', '已经问过保安了，说让来派出所登记一下。',
                '这东西对我挺重要的，钱不钱的无所谓。', '我们在这边人生地不熟的，麻烦警察同志了。',
                '本来想着明天再来找，但是怕被人拿走了。', '里面有的东西补办特别麻烦。']


def first_form(fact, side):
    return pick(fact.ow if side == 'o' else fact.fi)


def head_np(cat, kind, facts, stated, side):
    k = first_form(kind, side)
    c = first_form(facts['color'], side) if 'color' in stated else ''
    b = first_form(facts['brand'], side) if 'brand' in stated else ''
    m = first_form(facts['model'], side) if 'model' in stated else ''
    if b and m and (b in m or m.lower().startswith(b.lower()) or
                    any(x.lower() in m.lower() for x in sum(BRANDS[facts['brand'].canon], []))):
        b = ''
    if b.endswith('的') and (m or k):
        b = b[:-1] if R.random() < 0.5 else b
    if k and (k.lower() in (b + m).lower() or (m and k.isascii())):
        k = ''
    bm = (b + ' ' + m).strip() if (b and m and b[-1].isascii() and m[0].isascii()) else b + m
    r = R.random()
    if not (c or bm):
        return k, (c, b, m)
    if r < 0.5 or not bm:
        return c + bm + k, (c, b, m)
    if r < 0.85:
        return '%s%s（%s）' % (bm, k, c) if c else bm + k, (c, b, m)
    c1 = c[:-1] if c.endswith('的') else c
    return ('%s的%s，%s的' % (c1, k, bm) if c else '%s的%s' % (bm, k)), (c, b, m)


def clause_join(parts, side):
    if not parts:
        return ''
    if side == 'f':
        return pick(['；', '，'])[0].join(parts)
    out = parts[0]
    for p in parts[1:]:
        out += pick(['，', '，', '，还有', '，另外', '。对了，', '，然后'])
        out += p
    return out


def render(side, spec, stated, scene, tm, style=None):
    """Write one side.  spec = (cat, kind, facts)."""
    cat, kind, facts = spec
    np, (cw, bw, mw) = head_np(cat, kind, facts, stated, side)
    clause_aspects = [a for a in facts if a in stated and a not in HEAD]
    R.shuffle(clause_aspects)
    field_only = set()
    for a in clause_aspects:
        if facts[a].field == 'serial' and R.random() < 0.3:
            field_only.add(a)
    phrases = {a: first_form(facts[a], side) for a in clause_aspects}
    body_parts = [phrases[a] for a in clause_aspects if a not in field_only]
    item = {'category': cat}
    if side == 'o':
        addr, ll = owner_place(scene)
        when = owner_when(tm[0], tm[1])
        body = owner_body(style, scene, np, clause_join(body_parts, 'o'), addr, when, cat)
    else:
        addr, ll = finder_place(scene)
        when = finder_when(tm)
        body = finder_body(style, scene, np, clause_join(body_parts, 'f'), addr, when, cat)
    raw_body = body.replace(' ', '')
    if style != 'voice':
        body = noisy(body, side)
    item['body'] = body
    p_field = 0.55 if side == 'o' else 0.75
    if cw and R.random() < p_field:
        item['color'] = cw if R.random() < 0.6 else first_form(facts['color'], side)
    if bw and R.random() < p_field:
        item['brand'] = bw
    elif 'brand' in stated and R.random() < p_field * 0.5:
        item['brand'] = first_form(facts['brand'], side)
    if mw and R.random() < p_field:
        item['model'] = mw
    ser = [phrases[a] for a in clause_aspects if facts[a].field == 'serial' and (a in field_only or R.random() < 0.6)]
    if ser:
        item['serial'] = '；'.join(ser)
    if facts.get('car') is not None and 'car' in stated and 'brand' not in item and R.random() < 0.5:
        item['brand'] = pick(BRANDS[facts['car'].canon][0 if side == 'o' else 1])
    if 'bank' in stated and 'brand' not in item and R.random() < 0.5:
        item['brand'] = first_form(facts['bank'], side)
    mk = [phrases[a] for a in clause_aspects if facts[a].field == 'marks' and a in phrases]
    if mk and R.random() < 0.5:
        item['marks'] = '；'.join(mk)
    missing = [a for a in clause_aspects if a not in field_only and phrases[a].replace(' ', '') not in raw_body]
    if missing and style != 'voice':
        # a very short registration: the officer typed the details into the fields
        item['marks'] = '；'.join(phrases[a] for a in missing if facts[a].field != 'serial') or item.get('marks', '')
        ser = [phrases[a] for a in missing if facts[a].field == 'serial']
        if ser:
            old = [x for x in item.get('serial', '').split('；') if x and x not in ser]
            item['serial'] = '；'.join(ser + old)
        if not item['marks']:
            del item['marks']
    if style != 'voice':
        said = raw_body + item.get('serial', '').replace(' ', '') + item.get('marks', '').replace(' ', '')
        assert all(phrases[a].replace(' ', '') in said for a in clause_aspects), 'a stated fact went unsaid'
    if R.random() < 0.9:
        item['address'] = addr
    if ll:
        item['lat'], item['lon'] = ll
    return item


def yi_unit(np, cat):
    if re.search('一[部串件辆张条只枚副袋个本台把]', np) or np.endswith('的'):
        return ''
    return '一' + UNIT[cat]


def owner_body(style, sc, np, cl, addr, when, cat):
    pk = sc['pk']
    act = pick(ACTS.get(pk, ['办事']))
    cl = cl or ''
    sep = '，' if cl else ''
    if style == 'short':
        NOISE['short'] += 1
        return pick(['%s一个' % np, '丢了%s' % np, '%s，%s' % (np, addr), '%s，%s' % (np, cl)]).rstrip('，')
    if style == 'voice':
        NOISE['voice'] += 1
        s = pick(['喂 你好 那个我%s在%s那块儿 %s丢了 就是%s 就这些 麻烦你们了',
                  '嗯 我要登记一下丢东西 %s 在%s 丢了个%s 然后 %s 嗯 对',
                  '那个 警察同志 我%s在%s把%s弄丢了 %s 谢谢啊'])
        s = s % (when, addr, np, cl)
        for ch in '，。！；（）':
            s = s.replace(ch, ' ')
        s = re.sub(r'[0-9]{3,}(?![0-9]*mAh)', lambda m: cn_digits(m.group(0), voice=True) if R.random() < 0.7 else m.group(0), s)
        return ' '.join(s.split())
    if cat in ('ebike', 'bicycle') and style not in ('long',):
        t = pick(['%(w)s把%(n)s停在%(a)s，回来就找不着了%(s)s%(c)s。', '%(n)s%(w)s在%(a)s丢的，锁了的也被弄走了%(s)s%(c)s。',
                  '我的%(n)s停%(a)s，%(w)s不见了%(s)s%(c)s。'])
    elif style == 'student':
        t = pick(['救命😭 %(w)s在%(a)s丢了%(n)s%(s)s%(c)s。谁捡到了求联系，必有重谢！！',
                  '%(w)s在%(a)s把%(n)s弄丢了%(s)s%(c)s，有没有好心人看到，跪谢orz',
                  '家人们谁懂啊，%(n)s没了。%(w)s，%(a)s%(s)s%(c)s。',
                  '丢了%(n)s  %(c)s  %(w)s在%(a)s  捡到的uu麻烦交一下派出所 感谢感谢',
                  '期末周破防了，%(n)s丢了……%(w)s%(act)s的时候放%(a)s，回来就没了%(s)s%(c)s',
                  '宝子们帮帮忙 %(w)s在%(a)s%(act)s 落下了%(n)s%(s)s%(c)s'])
    elif style == 'elder_child':
        t = pick(['替我妈登记一下：老人%(w)s在%(a)s%(act)s，回家发现%(n)s不见了%(s)s%(c)s。老人记性不好，具体在哪丢的说不太清。',
                  '我爸%(w)s一个人去%(a)s%(act)s，%(n)s丢了%(s)s%(c)s。他耳朵背，电话打我的就行。',
                  '家里老人%(w)s在%(a)s%(act)s时把%(n)s落下了%(s)s%(c)s，麻烦帮着找找。'])
    elif style == 'elder':
        t = pick(['我%(w)s去%(a)s%(act)s，%(n)s找不着了%(s)s%(c)s。', '同志，我%(w)s在%(a)s%(act)s，%(n)s丢了%(s)s%(c)s，你给看看有没有人交。'])
    elif style == 'tourist':
        t = pick(['你好，我们是从%(south)s过来旅游的，%(w)s在%(a)s%(act)s，%(n)s找不到了%(s)s%(c)s。我们后天就回去了，麻烦帮忙留意一下。',
                  '南方来的游客，第一次来东北，%(w)s在%(a)s把%(n)s弄丢了%(s)s%(c)s。太冷了手套摘了就忘了拿东西。',
                  '%(south)s游客。%(w)s在%(a)s丢失%(n)s%(s)s%(c)s，酒店在中央大街附近。'])
    elif style == 'traveler':
        t = pick(['%(w)s在%(a)s%(act)s的时候%(n)s落下了%(s)s%(c)s。', '坐高铁前在%(a)s丢了%(n)s，%(w)s%(s)s%(c)s，人已经到外地了，找到了能寄吗',
                  '%(w)s，%(a)s，%(n)s%(s)s%(c)s。着急赶车没顾上。'])
    elif style == 'long':
        NOISE['long'] += 1
        fl = R.sample(FILLER_BEFORE, 2) + R.sample(FILLER_AFTER, 1)
        t = ('事情是这样的，%(w)s我在%(a)s%(act)s。' + fl[0] + fl[1] +
             '等我反应过来，%(n)s就没了%(s)s%(c)s。' + fl[2] + '你们要是有消息麻烦第一时间告诉我，谢谢了！')
    else:
        t = pick(['%(w)s于%(a)s遗失%(n)s%(s)s%(c)s。', '%(w)s在%(a)s丢失%(n)s%(yu)s%(s)s%(c)s。', '本人%(w)s在%(a)s%(act)s时丢了%(n)s%(s)s%(c)s。',
                  '%(n)s丢了，%(w)s在%(a)s%(s)s%(c)s。'])
    s = t % {'w': when, 'a': addr, 'n': np, 's': sep, 'c': cl, 'act': act, 'south': pick(SOUTH), 'yu': yi_unit(np, cat)}
    if style == 'elder_child':
        for a, b in (('我叫', '老人叫'), ('我的身份证', '她的身份证'), ('我的号是', '她的号是'), ('我爸', '老人'),
                     ('我妈', '老人'), ('我闺女', '她孙女'), ('我家', '她家')):
            s = s.replace(a, b)
        s = s.replace('替老人登记', '替我妈登记').replace('老人一个人去', '我爸一个人去')
    return s.replace('具体不记得了在', '具体不记得了，在').replace('具体不记得了于', '具体不记得了，于')


STORE = ['所内失物保管柜', '值班室', '前台失物柜A-3', '招领柜2号格', '物证室旁保管柜']


def finder_body(style, sc, np, cl, addr, when, cat):
    cl = cl or ''
    sep = '，' if cl else ''
    d = {'w': when, 'a': addr, 'n': np, 's': sep, 'c': cl, 'yu': yi_unit(np, cat), 'st': pick(STORE)}
    pk = sc['pk']
    if sc['mode'] == 'metro':
        t = pick(['%(w)s，地铁工作人员在%(a)s拾得%(n)s%(s)s%(c)s。移交派出所。', '地铁站务员送交：%(a)s拾得%(n)s%(yu)s%(s)s%(c)s。'])
    elif sc['mode'] == 'taxi':
        t = pick(['%(w)s网约车司机送交：乘客遗落%(n)s%(yu)s%(s)s%(c)s。地点：%(a)s。', '出租车司机交来%(n)s，称%(w)s乘客落在车上，%(a)s%(s)s%(c)s。',
                  '滴滴司机师傅送来的%(n)s%(s)s%(c)s，%(w)s发现，%(a)s。'])
    elif pk == 'station':
        t = pick(['%(w)s，客运员在%(a)s清扫时拾得%(n)s%(s)s%(c)s。已交车站派出所。', '车站保洁在%(a)s捡到%(n)s%(yu)s，%(w)s%(s)s%(c)s。存%(st)s。',
                  '%(w)s旅客送交%(n)s，称在%(a)s座位上发现%(s)s%(c)s。'])
    elif pk in HOSP:
        t = pick(['医院失物招领处登记：%(w)s在%(a)s拾得%(n)s%(s)s%(c)s。', '保安%(w)s巡逻时于%(a)s发现%(n)s%(yu)s%(s)s%(c)s，已送所。',
                  '护工在%(a)s捡到%(n)s交来%(s)s%(c)s，时间%(w)s。'])
    elif pk == 'dorm':
        t = pick(['宿管阿姨%(w)s在%(a)s捡到的%(n)s%(s)s%(c)s，先放楼下值班室了，后转交派出所。', '%(a)s宿管交来%(n)s%(s)s%(c)s，%(w)s发现。'])
    elif pk == 'courier':
        t = pick(['驿站工作人员%(w)s在%(a)s发现%(n)s%(s)s%(c)s，无人认领后送交。', '%(w)s%(a)s拾得%(n)s%(s)s%(c)s（驿站送来）。'])
    elif pk in CAMPUS:
        t = pick(['校保卫处移交：%(w)s在%(a)s拾得%(n)s%(s)s%(c)s。', '学生%(w)s在%(a)s捡到%(n)s，交到保卫处%(s)s%(c)s。',
                  '图书馆管理员%(w)s闭馆清场时在%(a)s发现%(n)s%(s)s%(c)s。' if pk == 'lib' else '保安%(w)s在%(a)s发现%(n)s%(s)s%(c)s。'])
    elif pk == 'park':
        t = pick(['景区工作人员%(w)s在%(a)s拾得%(n)s%(s)s%(c)s，游客中心转交。', '%(w)s冰雪大世界游客中心送来%(n)s%(yu)s，%(a)s拾得%(s)s%(c)s。'])
    else:
        t = pick(['%(w)s群众在%(a)s拾得%(n)s送至派出所%(s)s%(c)s。存%(st)s。', '拾得%(n)s%(yu)s。地点%(a)s，时间%(w)s%(s)s%(c)s。',
                  '%(w)s，商户在%(a)s捡到%(n)s交来%(s)s%(c)s。', '%(n)s，%(a)s，%(w)s拾得%(s)s%(c)s。'])
    return t % d


def owner_style(sc, cat, kind_canon):
    r = R.random()
    if r < 0.08:
        return 'voice'
    if r < 0.13:
        return 'long'
    pk = sc['pk'] if sc['mode'] == 'at' else (sc['a'] if sc['mode'] == 'metro' else sc['b'])
    if kind_canon == 'student' or pk in CAMPUS:
        return pick(['student', 'student', 'plain'])
    if pk in HOSP:
        return pick(['elder_child', 'elder', 'plain'])
    if pk == 'park':
        return pick(['tourist', 'tourist', 'plain'])
    if pk == 'station':
        return pick(['traveler', 'tourist', 'plain'])
    return pick(['plain', 'plain', 'elder', 'student'])


# ----------------------------------------------------------------- consistency of labels
IDENT = {'name', 'number', 'idcard', 'imei', 'sn', 'plate', 'frame', 'bankcard', 'phone'}
GENERIC = {'color', 'brand', 'kind', 'dead'}   # facts that identify nothing on their own
WEAK = {'dead'}
# Aspects where one object can carry several values at once (a crack AND a film bubble, an
# engraving AND a chip, several charms, several cards).  Two different values there contradict
# nothing: they only agree when equal.
NONEXCL = {('phone', 'screen'), ('wallet', 'extra'), ('wallet', 'bankcard'), ('keys', 'orn'), ('keys', 'lock'),
           ('ebike', 'feat'), ('bicycle', 'feat'), ('bag', 'tag'), ('jewelry', 'feat'), ('electronics', 'case'),
           ('other', 'feat'), ('other', 'pocket'), ('id_doc', 'extra')}                                # a state, not a feature: never counted as agreement


def fact_conflict(fl, ff):
    """fl: fact as the owner knows it; ff: fact as the finder knows it."""
    if fl.cmp == 'tail':
        return str(fl.canon)[-4:] != str(ff.canon)[-4:]
    if fl.cmp == 'cash':
        lo, hi, _ = fl.canon
        return not (lo <= ff.canon[2] <= hi)
    if fl.cmp == 'count':
        a, b = fl.canon, ff.canon
        return abs(a - b) > max(1, 0.25 * max(a, b))
    return fl.canon != ff.canon


class Rec:
    def __init__(self, side, spec, stated, scene):
        self.side = side
        self.cat, self.kind, self.facts = spec
        self.spec = spec
        self.stated = set(stated)
        self.scene = scene
        self.truth = None
        self.neg = None
        self.item = None


def compat(lr, fr):
    """'other' | 'time' | 'conflict' | int (number of agreeing concrete facts)."""
    if lr.cat != fr.cat:
        return 'other'
    if fr.fa > lr.lf:
        return 'time'
    if lr.kind.canon != fr.kind.canon:
        return 'conflict'
    agree = 0
    for a in lr.stated & fr.stated:
        if a not in lr.facts or a not in fr.facts:
            continue
        if fact_conflict(lr.facts[a], fr.facts[a]):
            if (lr.cat, a) in NONEXCL:
                continue
            return 'conflict'
        if a not in WEAK:
            agree += 1
    return agree


LOST, FOUND = [], []


def found_ok(fr):
    for lr in LOST:
        if lr.truth is fr:
            continue
        if isinstance(compat(lr, fr), int):
            return False
    return True


def lost_ok(lr):
    for fr in FOUND:
        c = compat(lr, fr)
        if fr is lr.truth:
            if not (isinstance(c, int) and c >= 2):
                return False
        elif isinstance(c, int):
            return False
    return True


# ----------------------------------------------------------------- times
def loss_window():
    w = pick([10, 20, 30, 60, 90, 120, 180, 360, 720, 1440, 2880])
    for _ in range(20):
        lf = R.randint(w + 60, 80 * 1440)
        if 7 <= day_hour(lf)[1] <= 21:
            break
    return lf, lf - w


def clamp_found(fa):
    return max(0, min(fa, MAX_MIN))


def found_time(lo, hi):
    """A found time in [lo, hi] minutes before registration, mostly in the daytime."""
    lo, hi = clamp_found(lo), clamp_found(hi)
    if hi < lo:
        lo, hi = hi, lo
    t = R.randint(lo, hi)
    for _ in range(10):
        if 6 <= day_hour(t)[1] <= 22:
            break
        t = R.randint(lo, hi)
    return t


# ----------------------------------------------------------------- generation
CAT_TRUE = [('phone', 26), ('wallet', 22), ('id_doc', 22), ('keys', 14), ('bag', 15), ('electronics', 16),
            ('other', 16), ('ebike', 5), ('bicycle', 3), ('cash', 5), ('jewelry', 6)]
CAT_NEVER = [('phone', 10), ('wallet', 9), ('id_doc', 8), ('keys', 7), ('bag', 6), ('electronics', 7),
             ('other', 7), ('ebike', 2), ('bicycle', 1), ('cash', 1), ('jewelry', 2)]
STATS = {'hard': 0, 'normal': 0}


def expand(table):
    out = []
    for c, n in table:
        out += [c] * n
    R.shuffle(out)
    return out


def make_true_pair(cat, hard):
    for _ in range(400):
        spec = MAKERS[cat]()
        _, kind, facts = spec
        vis = [a for a, f in facts.items() if f.vis]
        concrete = [a for a in vis if a not in GENERIC]
        if len(vis) < 2 or not concrete:
            continue
        k = 2 if hard else R.randint(3, min(5, max(3, len(vis))))
        k = min(k, len(vis))
        if k < 2:
            continue
        strong = [a for a in concrete if a not in ('model', 'size', 'dead')]
        if hard and not strong:
            continue
        first = pick(strong if hard else concrete)
        S = {first} | set(R.sample([a for a in vis if a != first], k - 1))
        rest = [a for a in vis if a not in S]
        o_st, f_st = set(S), set(S)
        for a in rest:
            r = R.random()
            if r < (0.15 if hard else 0.3):
                o_st.add(a)
            elif r < (0.55 if hard else 0.7):
                f_st.add(a)
            elif not hard and r < 0.8:
                o_st.add(a)
                f_st.add(a)
        for a, f in facts.items():
            if not f.vis and R.random() < (0.3 if hard else 0.5):
                o_st.add(a)
        scene = choose_scene(cat, kind.canon)
        lr = Rec('o', spec, o_st, scene)
        fr = Rec('f', spec, f_st, scene)
        lr.lf, lr.lt = loss_window()
        w = lr.lf - lr.lt
        fr.fa = found_time(lr.lf - w - pick([30, 180, 720, 2880]), lr.lf - max(3, w // 5))
        lr.truth = fr
        FOUND.append(fr)
        LOST.append(lr)
        if lost_ok(lr) and found_ok(fr):
            STATS['hard' if hard else 'normal'] += 1
            lr.hard = hard
            lr.style = owner_style(scene, cat, kind.canon)
            if hard and lr.style in ('voice', 'long'):
                lr.style = 'plain'
            return lr, fr
        FOUND.pop()
        LOST.pop()
    raise SystemExit('could not place a true pair of ' + cat)


def make_never(cat):
    for _ in range(400):
        spec = MAKERS[cat]()
        _, kind, facts = spec
        vis = [a for a, f in facts.items() if f.vis]
        o_st = set(a for a in vis if R.random() < 0.6)
        for a, f in facts.items():
            if not f.vis and R.random() < 0.4:
                o_st.add(a)
        if not (o_st - GENERIC):
            continue
        scene = choose_scene(cat, kind.canon)
        lr = Rec('o', spec, o_st, scene)
        lr.lf, lr.lt = loss_window()
        LOST.append(lr)
        if lost_ok(lr):
            lr.style = 'short' if R.random() < 0.12 else owner_style(scene, cat, kind.canon)
            return lr
        LOST.pop()
    raise SystemExit('could not place a never-found report of ' + cat)


def mutated(spec, aspect):
    cat, kind, facts = spec
    for _ in range(500):
        fc, fk, ff = MAKERS[cat]()
        if fk.canon != kind.canon or aspect not in ff:
            continue
        if aspect == 'model' and ff.get('brand') and facts.get('brand') and ff['brand'].canon != facts['brand'].canon:
            continue
        if fact_conflict(facts[aspect], ff[aspect]):
            nf = dict(facts)
            nf[aspect] = ff[aspect]
            return (cat, kind, nf)
    return None


def same_place_scene(sc):
    s = dict(sc)
    if s['mode'] == 'at' and R.random() < 0.5:
        s['sub'] = pick(PLACES[s['pk']][3])
    return s


def finder_stated_for(facts, must, p=0.45):
    st = set(must)
    for a, f in facts.items():
        if f.vis and a not in st and R.random() < p:
            st.add(a)
    return st


def add_found(fr):
    FOUND.append(fr)
    if found_ok(fr):
        return True
    FOUND.pop()
    return False


def make_twin(lr, label):
    """Same category, colour, brand and place; one stated fact differs."""
    cands = [a for a in sorted(lr.stated) if a in lr.facts and lr.facts[a].vis and a not in GENERIC
             and (lr.cat, a) not in NONEXCL]
    if not cands:
        return None
    for _ in range(60):
        a = pick(cands)
        spec = mutated(lr.spec, a)
        if not spec:
            continue
        must = {a} | {g for g in ('color', 'brand') if g in spec[2] and spec[2][g].vis}
        fr = Rec('f', spec, finder_stated_for(spec[2], must), same_place_scene(lr.scene))
        w = lr.lf - lr.lt
        if label == 'decoy':
            fr.fa = found_time(lr.lf - 5 * 1440, lr.lf - min(lr.lf, 1440))
        else:
            fr.fa = found_time(lr.lf - w - 2880, lr.lf)
        fr.neg = label
        fr.changed = a
        fr.anchor = lr
        if add_found(fr):
            return fr
    return None


def make_before(lr):
    cat, kind, facts = lr.spec
    for _ in range(60):
        nf = dict(facts)
        for a in list(nf):
            if a in IDENT:
                sp = mutated((cat, kind, nf), a)
                if sp is None:
                    break
                nf = sp[2]
        else:
            spec = (cat, kind, nf)
            fr = Rec('f', spec, finder_stated_for(nf, set(), 0.6), same_place_scene(lr.scene))
            fr.fa = found_time(lr.lf + 300, lr.lf + 10 * 1440)
            if fr.fa > MAX_MIN:
                continue
            fr.neg = 'before'
            if add_found(fr):
                return fr
    return None


def make_far(lr):
    cat = lr.cat
    anchor_pk = lr.scene['pk']
    far = [p for p in PLACES if dist_km(p, anchor_pk) > 4.0]
    if not far:
        return None
    for _ in range(200):
        spec = MAKERS[cat]()
        if 'brand' in lr.facts:
            if 'brand' not in spec[2] or spec[2]['brand'].canon != lr.facts['brand'].canon:
                continue
        elif 'color' in lr.facts and ('color' not in spec[2] or spec[2]['color'].canon != lr.facts['color'].canon):
            continue
        pk = pick(far)
        sc = {'mode': 'at', 'pk': pk, 'sub': pick(PLACES[pk][3])}
        fr = Rec('f', spec, finder_stated_for(spec[2], {g for g in ('brand', 'color') if g in spec[2]}, 0.5), sc)
        if lr.lf > 20 * 1440 and R.random() < 0.6:
            fr.fa = found_time(lr.lf - min(lr.lf, 40 * 1440), lr.lf - 14 * 1440)
        else:
            fr.fa = found_time(lr.lf + 14 * 1440, lr.lf + 30 * 1440)
        fr.neg = 'far'
        if add_found(fr):
            return fr
    return None


def make_unclaimed(cat):
    for _ in range(300):
        spec = MAKERS[cat]()
        sc = choose_scene(cat, spec[1].canon)
        fr = Rec('f', spec, finder_stated_for(spec[2], set(), 0.6), sc)
        fr.fa = found_time(0, MAX_MIN)
        fr.neg = 'unclaimed'
        if add_found(fr):
            return fr
    return None


# ----------------------------------------------------------------- main
def out_item(rec, key):
    if rec.side == 'o':
        it = render('o', rec.spec, rec.stated, rec.scene, (rec.lf, rec.lt), rec.style)
    else:
        it = render('f', rec.spec, rec.stated, rec.scene, rec.fa)
    d = {'key': key}
    d.update(it)
    if rec.side == 'o':
        d['lost_from_min'] = rec.lf
        d['lost_to_min'] = rec.lt
    else:
        d['found_at_min'] = rec.fa
        if rec.neg:
            d['negative'] = rec.neg
    return d


def main():
    cats = expand(CAT_TRUE)
    assert len(cats) == N_TRUE
    true_lost = []
    for i, c in enumerate(cats):
        lr, _ = make_true_pair(c, hard=(i % 3 == 0))
        true_lost.append(lr)
    never = []
    for c in expand(CAT_NEVER):
        never.append(make_never(c))
    assert len(never) == N_NEVER
    negs = {'twin': 0, 'decoy': 0, 'before': 0, 'far': 0, 'unclaimed': 0}
    for lr in R.sample(true_lost, 70):
        if negs['twin'] >= 50:
            break
        if make_twin(lr, 'twin'):
            negs['twin'] += 1
    for lr in R.sample(never, len(never)):
        if negs['decoy'] >= 30:
            break
        if make_twin(lr, 'decoy'):
            negs['decoy'] += 1
    for lr in R.sample(true_lost, 30) + R.sample(never, 10):
        if negs['before'] >= 25:
            break
        if lr.lf < MAX_MIN - 1440 and make_before(lr):
            negs['before'] += 1
    for lr in R.sample(true_lost, 40):
        if negs['far'] >= 20:
            break
        if make_far(lr):
            negs['far'] += 1
    allcats = [c for c, _ in CAT_TRUE]
    i = 0
    while sum(negs.values()) < 150:
        if make_unclaimed(allcats[i % len(allcats)]):
            negs['unclaimed'] += 1
        i += 1
    # final whole-set check of every label
    for lr in LOST:
        assert lost_ok(lr), 'label check failed'
    found = FOUND[:]
    lost = LOST[:]
    R.shuffle(found)
    R.shuffle(lost)
    fkey = {id(fr): 'U-F%04d' % (i + 1) for i, fr in enumerate(found)}
    found_items = [out_item(fr, fkey[id(fr)]) for fr in found]
    lost_items = []
    for i, lr in enumerate(lost):
        d = out_item(lr, 'U-L%04d' % (i + 1))
        d['truth'] = fkey[id(lr.truth)] if lr.truth else None
        lost_items.append(d)
    data = {'seed': SEED, 'made_by': 'tests/lostfound/make_set10.py',
            'parts': {'set10': {'found': found_items, 'lost': lost_items}}}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'set10.json'), 'w', encoding='utf-8') as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print('found %d (negatives %s), lost %d (true %d: hard %d, never found %d)' % (
        len(found_items), negs, len(lost_items), N_TRUE, STATS['hard'], N_NEVER))
    print('text variation:', NOISE)


if __name__ == '__main__':
    main()
