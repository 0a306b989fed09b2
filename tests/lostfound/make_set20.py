#!/usr/bin/env python3
"""Blind labelled set 20 for the lost-and-found matcher.

World: 云岫山风景区 (an invented mountain scenic area in invented 临溪县) during the
October Golden Week.  Every object is first drawn as a hidden truth record; the owner's
report and the finder's registration are then written separately from it, each side
choosing its own words.  Negatives are separate records placed near reports.

python3 standard library only; one seeded random.Random; deterministic whatever
PYTHONHASHSEED (only lists and insertion-ordered dicts are iterated).
"""
import datetime as dt
import json
import os
import random

SEED = 20261220
rng = random.Random(SEED)
NOW = dt.datetime(2026, 12, 20, 9, 30)
P = 'U'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set20.json')


def mins(t):
    return int((NOW - t).total_seconds() // 60)


def ch(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------- numbers
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return '10X98765432'[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def make_id(region, y0, y1):
    y = rng.randint(y0, y1)
    d = dt.date(y, 1, 1) + dt.timedelta(days=rng.randrange(365))
    s17 = region + d.strftime('%Y%m%d') + '%03d' % rng.randrange(1, 999)
    return s17 + id_check(s17)


def luhn_digit(s14):
    tot = 0
    for i, c in enumerate(reversed(s14)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def make_imei():
    s14 = ch(['86', '35', '86', '86']) + ''.join(str(rng.randrange(10)) for _ in range(12))
    return s14 + luhn_digit(s14)


def digits(n):
    return ''.join(str(rng.randrange(10)) for _ in range(n))


def phone_no():
    return '1' + ch(['38', '39', '58', '59', '87', '88', '36', '77', '80', '99', '50', '51']) + digits(8)


def mask_phone(p):
    return p[:3] + '****' + p[-4:]


# ---------------------------------------------------------------- people
SUR = list('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔崔毛邱秦江顾侯邵孟段钱汤尹黎易常乔贺龚')
GIV = list('伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红建国志文斌宇浩凯鹏辉雪琳晨欣怡梓涵子轩诗雨佳琪思源嘉豪俊熙一诺若曦宏亮春梅国庆德福淑珍海燕晓东')


def pname():
    return ch(SUR) + ''.join(ch(GIV) for _ in range(ch([1, 2, 2, 2])))


def mask_name(n):
    if len(n) == 2:
        return n[0] + '*'
    return n[0] + '*' * (len(n) - 2) + n[-1]


CITIES = [('杭州', '330106'), ('上海', '310115'), ('南京', '320106'), ('合肥', '340104'),
          ('苏州', '320506'), ('宁波', '330203'), ('温州', '330302'), ('无锡', '320213'),
          ('武汉', '420106'), ('南昌', '360102'), ('金华', '330702'), ('嘉兴', '330402'),
          ('绍兴', '330602'), ('芜湖', '340202'), ('临溪', '331182')]

AGENCIES = ['春风国旅', '临江旅行社', '金桥旅游', '途悦旅行社', '江南假日旅行社']

# ---------------------------------------------------------------- places
# own: how a visitor says it; fnd: how staff register it; addr: address-field strings
PL = {
    'gate': dict(lat=29.83121, lon=118.62047,
                 own=['北门检票口', '景区大门检票那', '进山刷身份证的闸机那里', '北门售票处附近'],
                 fnd=['北门检票口3号闸机旁', '北门售票大厅', '北门检票通道', '北门入口闸机区'],
                 addr=['云岫山风景区北门检票口', '云岫山景区北门售票处', '临溪县云岫路1号（景区北门）'],
                 fin=['gate', 'cleaner', 'tourist', 'patrol'], nb=['center', 'hub', 'park_bus']),
    'center': dict(lat=29.83182, lon=118.61983,
                   own=['游客中心', '游客服务中心', '大门口那个游客中心', '游客中心厕所'],
                   fnd=['游客中心一楼大厅', '游客中心母婴室', '游客中心卫生间洗手台', '游客中心休息区座椅'],
                   addr=['云岫山风景区游客中心', '临溪县云岫路3号游客中心'],
                   fin=['cleaner', 'tourist', 'gate'], nb=['gate', 'park_bus', 'park_car']),
    'park_bus': dict(lat=29.83352, lon=118.61797,
                     own=['大巴停车场', '旅游大巴停的那个停车场', 'P2停车场', '停车场上车的地方'],
                     fnd=['P2大巴停车场', 'P2停车场东侧通道', 'P2停车场公厕旁', 'P2停车场12号车位附近'],
                     addr=['云岫山风景区P2停车场', '临溪县云岫路P2旅游大巴停车场'],
                     fin=['parking', 'cleaner', 'patrol'], nb=['center', 'gate', 'park_car']),
    'park_car': dict(lat=29.83013, lon=118.62218,
                     own=['小车停车场', 'P1停车场', '自驾停车的地方', '停车场'],
                     fnd=['P1停车场', 'P1停车场收费亭旁', 'P1停车场充电桩区域'],
                     addr=['云岫山风景区P1停车场', '临溪县云岫路P1停车场'],
                     fin=['parking', 'patrol', 'tourist'], nb=['gate', 'hub', 'park_bus']),
    'hub': dict(lat=29.82903, lon=118.62402,
                own=['换乘中心', '坐摆渡车的地方', '摆渡车站', '换乘点排队那里'],
                fnd=['换乘中心候车区', '换乘中心排队栏杆处', '换乘中心2号站台'],
                addr=['云岫山风景区换乘中心', '云岫山景区摆渡车换乘站'],
                fin=['shuttle', 'cleaner', 'patrol'], nb=['gate', 'bus', 'park_car']),
    'bus': dict(lat=29.82511, lon=118.62893,
                own=['摆渡车上', '景区的小巴上', '坐观光车的时候', '摆渡车（去索道那趟）'],
                fnd=['景区摆渡车车厢后排', '摆渡车座椅缝隙', '摆渡车行李架'],
                addr=['云岫山景区摆渡车', '景区摆渡车（换乘中心—索道下站线）'],
                fin=['shuttle'], nb=['hub', 'cable_low']),
    'cable_low': dict(lat=29.82152, lon=118.63304,
                      own=['索道下站', '坐缆车的地方（山下）', '缆车下站排队的地方', '索道站'],
                      fnd=['索道下站候车大厅', '索道下站检票闸机', '索道下站出口座椅', '索道下站卫生间'],
                      addr=['云岫山索道下站', '云岫山风景区索道下站'],
                      fin=['cable', 'cleaner', 'tourist'], nb=['bus', 'cable_up', 'trail']),
    'cable_up': dict(lat=29.81017, lon=118.64151,
                     own=['索道上站', '缆车上面那站', '坐缆车上去下来的地方', '缆车车厢里'],
                     fnd=['索道上站出站口', '索道上站候车区', '索道吊厢内（上站清点时）', '索道上站观景平台'],
                     addr=['云岫山索道上站', '云岫山风景区索道上站'],
                     fin=['cable', 'cleaner', 'patrol'], nb=['cable_low', 'temple', 'sky']),
    'temple': dict(lat=29.81402, lon=118.63783,
                   own=['寺庙里', '烧香的地方', '云岫寺', '庙里上香那边', '观音殿'],
                   fnd=['云岫禅寺大雄宝殿前香炉旁', '云岫禅寺观音殿门口', '云岫禅寺放生池边', '云岫禅寺请香处'],
                   addr=['云岫山云岫禅寺', '云岫山风景区云岫禅寺'],
                   fin=['temple', 'cleaner', 'tourist'], nb=['cable_up', 'trail']),
    'trail': dict(lat=29.81705, lon=118.63602,
                  own=['十八盘步道', '爬山的台阶上', '登山步道', '从山下往上爬的那条路'],
                  fnd=['十八盘步道第6休息亭', '十八盘步道中段', '登山步道2.3公里处', '十八盘步道公厕旁'],
                  addr=['云岫山十八盘登山步道', '云岫山风景区十八盘步道'],
                  fin=['patrol', 'cleaner', 'tourist'], nb=['cable_low', 'temple', 'summit']),
    'sky': dict(lat=29.80853, lon=118.64418,
                own=['玻璃栈道', '玻璃桥上', '走玻璃栈道的时候', '玻璃栈道换鞋套那里'],
                fnd=['玻璃栈道入口鞋套发放处', '玻璃栈道中段', '玻璃栈道出口', '玻璃栈道存包处'],
                addr=['云岫山玻璃栈道', '云岫山风景区玻璃栈道'],
                fin=['sky', 'cleaner', 'tourist'], nb=['cable_up', 'platform']),
    'platform': dict(lat=29.80682, lon=118.64603,
                     own=['观景台', '望仙台', '山顶看云海的平台', '拍照的观景台'],
                     fnd=['望仙台观景平台', '望仙台护栏边', '望仙台拍照打卡点'],
                     addr=['云岫山望仙台观景台', '云岫山风景区望仙台'],
                     fin=['patrol', 'cleaner', 'tourist'], nb=['sky', 'summit']),
    'summit': dict(lat=29.80498, lon=118.64802,
                   own=['山顶', '天门峰', '最高峰那块石头那', '山顶拍照的地方'],
                   fnd=['天门峰顶界碑处', '天门峰观日台', '天门峰下山口'],
                   addr=['云岫山天门峰', '云岫山风景区天门峰顶'],
                   fin=['patrol', 'tourist', 'cleaner'], nb=['platform', 'trail']),
    'farm': dict(lat=29.83551, lon=118.61502,
                 own=['山脚下的农家乐', '吃饭的农家乐', '溪口村吃饭那家', '老樟树那家农家乐'],
                 fnd=['老樟树农家乐大堂', '老樟树农家乐二楼包厢', '竹林人家农家乐', '溪口土菜馆'],
                 addr=['临溪县溪口村溪滨路18号', '溪口村老樟树农家乐', '溪口村竹林人家农家乐', '溪口村溪滨路22号'],
                 fin=['farm', 'tourist'], nb=['hotel', 'park_bus'],
                 venues=[dict(own=['老樟树那家农家乐', '吃饭的农家乐', '山脚下的农家乐'], fnd=['老樟树农家乐'],
                              addr=['临溪县溪口村溪滨路18号', '溪口村老樟树农家乐']),
                         dict(own=['竹林人家', '溪口村吃饭那家', '村口那家农家乐'], fnd=['竹林人家农家乐'],
                              addr=['溪口村竹林人家农家乐', '临溪县溪口村竹林路3号']),
                         dict(own=['溪口土菜馆', '村里的土菜馆', '吃饭的地方'], fnd=['溪口土菜馆'],
                              addr=['溪口村溪口土菜馆', '临溪县溪口村溪滨路22号'])]),
    'hotel': dict(lat=29.83702, lon=118.61347,
                  own=['住的酒店', '山脚的民宿', '溪口村住的地方', '云岫山居'],
                  fnd=['云岫山居度假酒店', '溪口人家民宿', '半山云舍客栈'],
                  addr=['临溪县溪口村云岫路66号', '云岫山居度假酒店', '溪口村溪口人家民宿', '溪口村半山云舍'],
                  fin=['hotel'], nb=['farm'],
                  venues=[dict(own=['云岫山居', '住的酒店', '山脚那个云岫山居酒店'], fnd=['云岫山居度假酒店'],
                               addr=['临溪县溪口村云岫路66号', '云岫山居度假酒店']),
                          dict(own=['溪口人家民宿', '住的民宿', '村里住的民宿'], fnd=['溪口人家民宿'],
                               addr=['溪口村溪口人家民宿', '临溪县溪口村溪滨路9号']),
                          dict(own=['半山云舍', '住的客栈', '溪口村住的地方'], fnd=['半山云舍客栈'],
                               addr=['溪口村半山云舍', '临溪县溪口村半山路5号'])]),
    'svc': dict(lat=29.91203, lon=118.53702,
                own=['高速服务区', '临溪服务区', '路上休息的服务区', '服务区上厕所的时候'],
                fnd=['临溪服务区（往景区方向）卫生间', '临溪服务区便利店', '临溪服务区餐厅', '临溪服务区加油站'],
                addr=['临溪服务区', '临溪高速服务区（北区）', '临溪服务区南区'],
                fin=['svc', 'tourist'], nb=[]),
}
SCENIC = ['gate', 'center', 'park_bus', 'park_car', 'hub', 'bus', 'cable_low', 'cable_up',
          'temple', 'trail', 'sky', 'platform', 'summit']
# far places used only for brand_elsewhere
FAR = {
    'county_bus': dict(lat=29.88213, lon=118.56104, fnd=['临溪县汽车站候车厅', '临溪汽车站售票处'],
                       addr=['临溪县汽车站', '临溪县城南路99号汽车站']),
    'hsr': dict(lat=29.89511, lon=118.55007, fnd=['临溪站进站口安检处', '临溪站候车室'],
                addr=['临溪高铁站', '临溪站']),
    'town': dict(lat=29.87650, lon=118.57230, fnd=['临溪县人民广场', '县城步行街'],
                 addr=['临溪县人民广场', '临溪县解放路']),
}


def venue(place, r):
    pl = PL[place] if place in PL else FAR[place]
    if 'venues' in pl:
        return pl['venues'][r['venue'] % len(pl['venues'])]
    return pl


def near(a, b):
    return a == b or b in PL[a]['nb'] or a in PL[b]['nb']


# ---------------------------------------------------------------- words
COL = {
    '黑': ['黑色', '黑的', '纯黑', '亮黑色', '曜石黑', '深黑色'],
    '白': ['白色', '白的', '米白色', '乳白色', '珍珠白'],
    '灰': ['灰色', '深空灰', '浅灰色', '灰的', '石墨灰'],
    '银': ['银色', '银白色', '亮银'],
    '金': ['金色', '香槟金', '金的', '亮金色'],
    '红': ['红色', '大红色', '酒红色', '红的', '枣红色'],
    '粉': ['粉色', '粉红色', '樱花粉', '浅粉', '粉的'],
    '蓝': ['蓝色', '深蓝色', '藏青色', '宝蓝色', '天蓝色', '蓝的'],
    '绿': ['绿色', '墨绿色', '军绿色', '翠绿色', '浅绿色'],
    '紫': ['紫色', '浅紫色', '淡紫色', '紫的'],
    '黄': ['黄色', '明黄色', '姜黄色', '黄的'],
    '橙': ['橙色', '橘色', '桔红色'],
    '棕': ['棕色', '咖啡色', '褐色', '驼色', '焦糖色'],
}

# brand: (owner spellings, finder/printed spellings)
BR = {
    'huawei': (['华为', '华为', 'HUAWEI', 'huawei', '花为'], ['华为', 'HUAWEI', '华为（HUAWEI）']),
    'apple': (['苹果', '苹果', 'iPhone', 'apple', '平果'], ['苹果', 'Apple', '苹果（Apple）']),
    'xiaomi': (['小米', '小米', 'xiaomi', 'MI'], ['小米', 'Xiaomi', 'MI']),
    'redmi': (['红米', '小米红米', 'redmi', '小米'], ['Redmi', '红米', 'Redmi（小米）']),
    'oppo': (['OPPO', 'oppo', '欧珀'], ['OPPO', 'oppo']),
    'vivo': (['vivo', 'VIVO', '维沃'], ['vivo', 'VIVO']),
    'honor': (['荣耀', '荣耀', 'honor', '华为荣耀'], ['荣耀', 'HONOR']),
    'imoo': (['小天才', '小天财', 'imoo'], ['小天才', 'imoo', '小天才（imoo）']),
    'shouhubao': (['守护宝', '中兴守护宝', '中兴老人机'], ['守护宝', 'ZTE守护宝']),
    'nokia': (['诺基亚', 'nokia'], ['NOKIA', '诺基亚']),
    'septwolves': (['七匹狼', '7匹狼', 'SEPTWOLVES'], ['七匹狼', 'SEPTWOLVES']),
    'goldlion': (['金利来', 'goldlion', '金利莱'], ['金利来', 'Goldlion']),
    'woodpecker': (['啄木鸟', '啄木鸟牌'], ['啄木鸟']),
    'coach': (['蔻驰', 'coach', 'COACH', '寇驰'], ['COACH', '蔻驰']),
    'mk': (['MK', '迈克高仕', 'Michael Kors'], ['MK', 'MICHAEL KORS']),
    'ck': (['小CK', 'Charles&Keith', 'charles keith'], ['CHARLES & KEITH', '小CK']),
    'toyota': (['丰田', 'toyota', '广汽丰田'], ['丰田', 'TOYOTA']),
    'vw': (['大众', 'VW', '一汽大众', '上汽大众'], ['大众', 'VW']),
    'honda': (['本田', 'honda', '东风本田'], ['本田', 'HONDA']),
    'byd': (['比亚迪', 'BYD', 'byd'], ['比亚迪', 'BYD']),
    'buick': (['别克', 'buick'], ['别克', 'BUICK']),
    'bmw': (['宝马', 'BMW', 'bmw'], ['宝马', 'BMW']),
    'yutong': (['宇通', '宇通客车'], ['宇通', 'YUTONG']),
    'kinglong': (['金龙', '厦门金龙'], ['金龙', 'KING LONG']),
    'yadea': (['雅迪', 'yadea'], ['雅迪', 'YADEA']),
    'aima': (['爱玛', 'AIMA', '艾玛'], ['爱玛', 'AIMA']),
    'tailg': (['台铃', '台玲'], ['台铃', 'TAILG']),
    'giant': (['捷安特', 'GIANT', 'giant'], ['捷安特', 'GIANT']),
    'xds': (['喜德盛', 'XDS'], ['喜德盛', 'XDS']),
    'gb': (['好孩子', 'goodbaby'], ['好孩子', 'gb好孩子']),
    'decathlon': (['迪卡侬', 'decathlon', '迪卡龙'], ['迪卡侬', 'DECATHLON', 'QUECHUA']),
    'arcteryx': (['始祖鸟', 'arcteryx', '鸟'], ['始祖鸟', "ARC'TERYX"]),
    'tnf': (['北面', 'TNF', 'the north face'], ['北面', 'THE NORTH FACE', 'TNF']),
    'camel': (['骆驼', 'CAMEL', '骆驼牌'], ['骆驼', 'CAMEL']),
    'toread': (['探路者', 'toread'], ['探路者', 'TOREAD']),
    'ctf': (['周大福', '周大副', '周大福的'], ['周大福', 'CTF']),
    'lfx': (['老凤祥', '老凤翔'], ['老凤祥']),
    'css': (['周生生'], ['周生生']),
    'canon': (['佳能', 'canon', 'Canon'], ['Canon', '佳能']),
    'sony': (['索尼', 'sony', 'SONY'], ['SONY', '索尼']),
    'fuji': (['富士', 'fujifilm', 'FUJI'], ['FUJIFILM', '富士']),
    'nikon': (['尼康', 'nikon'], ['Nikon', '尼康']),
    'dji': (['大疆', 'DJI', 'dji'], ['DJI', '大疆']),
    'gopro': (['GoPro', 'gopro', '狗pro'], ['GoPro']),
    'insta360': (['影石', 'insta360', 'Insta360'], ['Insta360', '影石']),
    'anker': (['安克', 'anker'], ['Anker', '安克']),
    'romoss': (['罗马仕', 'romoss'], ['ROMOSS', '罗马仕']),
    'motorola': (['摩托罗拉', 'moto'], ['MOTOROLA', '摩托罗拉']),
    'baofeng': (['宝锋', '宝峰'], ['宝锋', 'BAOFENG']),
    'takstar': (['得胜', 'takstar'], ['得胜', 'TAKSTAR']),
    'bjbj': (['不见不散', 'BJBJ'], ['不见不散']),
    'paradise': (['天堂伞', '天堂'], ['天堂', '天堂伞']),
    'thermos': (['膳魔师', 'thermos'], ['THERMOS', '膳魔师']),
    'zojirushi': (['象印', 'zojirushi'], ['象印', 'ZOJIRUSHI']),
    'fuguang': (['富光'], ['富光', 'FGA富光']),
    'bd': (['黑钻', 'black diamond', 'BD'], ['Black Diamond', '黑钻']),
    'rayban': (['雷朋', 'rayban', 'ray-ban'], ['Ray-Ban', '雷朋']),
    'benro': (['百诺', 'benro'], ['BENRO', '百诺']),
    'kindle': (['kindle', '亚马逊kindle', 'Kindle'], ['Kindle', 'amazon kindle']),
    'hotel1': (['云岫山居', '云岫山居酒店'], ['云岫山居度假酒店', '云岫山居']),
    'hotel2': (['溪口人家', '溪口人家民宿'], ['溪口人家民宿', '溪口人家']),
}


def M(key, own, fnd=None):
    return (key, own, fnd or [own[0]])


# ---------------------------------------------------------------- kinds
# slots: slot -> list of values, each value a list of phrasings (each side picks its own)
# contents: list of (key, owner phrasings, finder phrasings); {name} {mname} {tail} {amt} {amt_o}
CASE_SLOTS = {
    'case': [['透明手机壳', '透明壳', '透明的软壳'], ['带指环支架的壳', '背面有个指环扣'],
             ['小熊图案的手机壳', '壳上印着卡通小熊'], ['皮质翻盖保护套', '翻盖皮套'],
             ['壳上印着一只熊猫', '熊猫图案手机壳'], ['磨砂的透明壳', '半透明磨砂壳']],
    'screen': [['屏幕左上角碎了', '左上角屏幕有裂痕'], ['贴着防窥膜', '屏幕贴了防窥膜'],
               ['屏幕右下角有道裂纹', '屏幕右下方碎了一块'], ['屏幕完好没有划痕', '屏幕完好']],
    'lock': [['锁屏是小孩照片', '锁屏壁纸是一个小男孩', '锁屏是个小孩的照片'], ['锁屏是一只柯基', '锁屏壁纸是柯基狗'],
             ['锁屏是雪山风景', '锁屏是一张雪山图'], ['锁屏是两个人的合照', '锁屏为一男一女合影']],
    'strap': [['挂着一根红色挂绳', '挂了红色挂绳'], ['有斜挎长挂绳', '带斜挎手机链'], ['挂了个平安符', '手机上挂着平安符']],
    'inside': [['壳里夹着一张公交卡', '手机壳里夹了张交通卡'], ['壳里夹着一张一百块钱', '手机壳内夹着100元纸币一张'],
               ['壳背面夹着张景区门票', '手机壳里插着云岫山门票']],
}
WALLET_CONT = [
    ('idc', ['里面有我身份证', '有身份证（{name}）'], ['内有身份证一张（姓名{mname}）', '内有{name}的身份证']),
    ('bank', ['有张工行卡尾号{tail}', '几张银行卡，其中工行的尾号{tail}'], ['工商银行卡一张（尾号{tail}）', '银行卡（工行，尾号{tail}）']),
    ('cash', ['现金{amt_o}', '里面大概有{amt_o}现金'], ['现金{amt}元', '人民币{amt}元']),
    ('yb', ['医保卡', '社保卡'], ['社保卡一张', '医保卡一张']),
    ('photo', ['夹着一张孩子的一寸照', '有张小孩照片'], ['内夹儿童照片一张', '有一张小孩一寸照']),
    ('dl', ['驾驶证也在里面', '有驾照'], ['驾驶证一本', '内有驾驶证']),
    ('ticket', ['还有两张门票', '景区门票'], ['云岫山门票2张', '景区门票']),
    ('roomcard', ['酒店房卡', '住的酒店房卡'], ['酒店房卡一张', '房卡一张']),
    ('bus', ['公交卡', '一张交通卡'], ['交通卡一张', '公交卡']),
]
BAG_CONT = [
    ('rain', ['一件雨衣', '雨披'], ['一次性雨衣', '雨衣一件']),
    ('cup', ['保温杯', '一个保温杯'], ['保温杯一个', '水杯']),
    ('pb', ['充电宝', '一个充电宝'], ['充电宝一个', '移动电源']),
    ('snack', ['零食面包', '一些吃的'], ['面包零食若干', '零食']),
    ('med', ['速效救心丸', '老人的降压药'], ['药品若干', '药盒（降压药）']),
    ('jacket', ['一件冲锋衣', '外套'], ['外套一件', '冲锋衣一件']),
    ('idc', ['身份证也在包里', '包里有身份证（{name}）'], ['内有身份证（{mname}）', '包内有{name}身份证一张']),
    ('wal', ['钱包', '一个小钱包'], ['钱包一个', '小钱包']),
    ('tea', ['刚买的两罐茶叶', '在村里买的茶叶'], ['茶叶两罐', '茶叶']),
    ('nappy', ['纸尿裤和奶瓶', '孩子的奶瓶'], ['纸尿裤、奶瓶', '奶瓶一个']),
    ('sun', ['防晒霜墨镜', '墨镜'], ['墨镜一副', '防晒霜']),
]


def K(**kw):
    kw.setdefault('slots', {})
    kw.setdefault('contents', None)
    kw.setdefault('serial', None)
    kw.setdefault('bvis', 0.85)
    kw.setdefault('mvis', 0.0)
    kw.setdefault('roles', None)
    kw.setdefault('places', None)
    kw.setdefault('hidden', [])
    kw.setdefault('alt', None)
    kw.setdefault('colors', [])
    return kw


KINDS = [
    K(k='smartphone', cat='phone', cnt='一部', ow=['手机', '手机', '智能手机'], fi=['手机', '智能手机', '手机'],
      brands=[('huawei', [M('mate60pro', ['Mate60 Pro', 'mate60pro', 'Mate 60 Pro', 'M60pro']), M('nova12', ['nova12', 'Nova 12', 'nova 12'])]),
              ('apple', [M('15pm', ['iPhone15 Pro Max', '15promax', '15 Pro Max'], ['iPhone 15 Pro Max']), M('15', ['iPhone15', '15', 'iphone 15'], ['iPhone 15']),
                         M('13', ['iPhone13', '13', 'iphone13'], ['iPhone 13'])]),
              ('xiaomi', [M('mi14', ['小米14', '14', 'Xiaomi 14'], ['14', 'Xiaomi 14'])]),
              ('redmi', [M('k70', ['K70', 'k70'], ['Redmi K70']), M('note13', ['Note13 Pro', 'note13pro'], ['Redmi Note 13 Pro'])]),
              ('oppo', [M('reno11', ['Reno11', 'reno 11'])]), ('vivo', [M('x100', ['X100', 'x100'])]),
              ('honor', [M('magic6', ['Magic6', 'magic 6']), M('h90', ['荣耀90', '90'])])],
      colors=['黑', '白', '蓝', '紫', '绿', '金', '银', '粉'], mvis=0.25, bvis=0.9, slots=CASE_SLOTS, serial='imei',
      hidden=['手机号{phone}', '里面两张卡', '买了不到半年', '开了查找定位但一直离线', '没电前还有20%的电', '打过去一开始通后来关机了']),
    K(k='kidwatch', cat='phone', alt='electronics', cnt='一块', ow=['电话手表', '儿童电话手表', '小孩的手表'], fi=['儿童手表', '儿童电话手表', '智能手表'],
      brands=[('imoo', [M('z9', ['Z9', 'z9']), M('q1a', ['Q1A', 'q1a'])]), ('huawei', [M('5x', ['儿童手表5X', '5X'])])],
      colors=['蓝', '粉', '黑', '紫'], bvis=0.9, roles=['parent', 'elder_child'], places=None,
      slots={'tag': [['表带上贴着名字贴“{kid}”', '表带内侧写着{kid}的名字'], ['表盘背面贴了小恐龙贴纸', '背面贴着恐龙贴纸']],
             'band': [['表带是后换的黑色硅胶带', '黑色硅胶表带'], ['表带上有牙印', '表带有咬痕']]},
      hidden=['手表号码{phone}', '家长端APP显示最后定位在山上', '买了一年多']),
    K(k='elderphone', cat='phone', cnt='一部', ow=['老人机', '老年手机', '按键手机'], fi=['老人机', '按键手机', '老年机'],
      brands=[('shouhubao', [M('v9', ['V9'])]), ('nokia', [M('105', ['105'])])],
      colors=['红', '黑', '金'], bvis=0.7, roles=['elder', 'elder_child'],
      slots={'note': [['背面贴着写了儿子电话的纸条', '背后用胶带贴着一张写有电话号码的纸'], ['背面贴着红色福字贴', '背面有个福字贴纸']],
             'strap': [['挂了根红绳', '挂着红色挂绳'], ['外面套着个布套子', '装在碎花布套里']]},
      serial='imei', hidden=['号码是{phone}', '老人不会解锁', '声音开得很大']),
    K(k='idcard', cat='id_doc', cnt='一张', ow=['身份证', '身份证', '二代身份证'], fi=['身份证', '居民身份证', '身份证'],
      brands=[(None, [])], serial='idcard', hidden=['刚补办不到一年', '有效期到2031年']),
    K(k='driverlic', cat='id_doc', cnt='一本', ow=['驾驶证', '驾照', '驾驶证'], fi=['驾驶证', '机动车驾驶证'],
      brands=[(None, [])], colors=['黑', '棕'], serial='idcard',
      slots={'cover': [['装在黑色皮套里', '黑色驾驶证皮套'], ['皮套里夹着行驶证', '内夹行驶证一本']]},
      hidden=['准驾车型A1', 'B2的本子']),
    K(k='student', cat='id_doc', cnt='一本', ow=['学生证', '学生证'], fi=['学生证'],
      brands=[(None, [])], roles=['student'], serial='student',
      slots={'school': [['{school}的学生证', '学校是{school}'], ]},
      hidden=['里面贴了火车票优惠磁条', '照片是大一拍的']),
    K(k='passport', cat='id_doc', cnt='一本', ow=['护照', '护照'], fi=['护照', '中华人民共和国护照'],
      brands=[(None, [])], serial='passport', slots={'cover': [['套着透明护照套', '透明护照套'], ['护照套是棕色皮的', '棕色皮质护照夹']]},
      hidden=['下个月要出国用', '里面有泰国签证']),
    K(k='eldercard', cat='id_doc', cnt='一张', ow=['老年优待证', '老年卡', '老人卡'], fi=['老年人优待证', '老年优待卡'],
      brands=[(None, [])], serial='elder', roles=['elder', 'elder_child'], hidden=['免门票用的', '刚办的']),
    K(k='guidecard', cat='id_doc', alt='other', cnt='一张', ow=['导游证', '电子导游证'], fi=['导游证', '导游IC卡'],
      brands=[(None, [])], serial='guide', roles=['guide'],
      slots={'lan': [['挂在蓝色挂绳上', '蓝色挂绳'], ['挂绳上印着{agency}', '挂绳印有{agency}字样']]}, hidden=['明天还要带团要用']),
    K(k='menwallet', cat='wallet', cnt='一个', ow=['钱包', '男士钱包', '皮夹子', '短款钱包'], fi=['钱包', '男式钱包', '皮夹'],
      brands=[('septwolves', []), ('goldlion', []), ('woodpecker', []), (None, [])], colors=['黑', '棕'], bvis=0.7,
      slots={'wear': [['边角磨得发白了', '边角磨损明显'], ['有个扣子坏了', '按扣损坏']]}, contents=WALLET_CONT,
      hidden=['用了好几年了', '是老婆送的']),
    K(k='ladywallet', cat='wallet', cnt='一个', ow=['长款钱包', '女士钱包', '钱包'], fi=['女式长款钱包', '钱包', '长钱包'],
      brands=[('coach', []), ('mk', []), ('ck', []), (None, [])], colors=['红', '粉', '黑', '白', '棕'], bvis=0.8,
      slots={'zip': [['拉链上挂着个小兔子挂件', '拉链挂小兔子挂件'], ['拉链头掉了', '拉链头缺失']],
             'pattern': [['老花图案', '印满老花'], ['表面是荔枝纹', '荔枝纹皮面']]}, contents=WALLET_CONT,
      hidden=['去年生日买的', '专柜买的']),
    K(k='cardholder', cat='wallet', alt='id_doc', cnt='一个', ow=['卡包', '卡套', '小卡包'], fi=['卡套', '卡包'],
      brands=[(None, []), ('coach', [])], colors=['黑', '蓝', '粉', '棕'], bvis=0.7,
      slots={'strap': [['带个挂绳', '卡套有挂绳'], ['卡套上印着卡通猫', '卡通猫图案']]},
      contents=[WALLET_CONT[0], WALLET_CONT[1], WALLET_CONT[8], WALLET_CONT[6]], hidden=['放口袋里掉的']),
    K(k='purse', cat='wallet', cnt='一个', ow=['零钱包', '布钱包', '小钱袋'], fi=['零钱包', '布质零钱包'],
      brands=[(None, [])], colors=['红', '蓝', '紫', '绿'], roles=['elder', 'elder_child'],
      slots={'pat': [['绣着花', '绣花图案'], ['上面印着牡丹花', '牡丹花图案']], 'clip': [['是那种口金扣的', '口金开合']]},
      contents=[WALLET_CONT[2], WALLET_CONT[3], WALLET_CONT[0]], hidden=['老人自己缝的内袋']),
    K(k='carkey', cat='keys', cnt='一把', ow=['车钥匙', '汽车钥匙', '遥控钥匙'], fi=['汽车钥匙', '车钥匙', '汽车遥控钥匙'],
      brands=[('toyota', []), ('vw', []), ('honda', []), ('byd', []), ('buick', []), ('bmw', [])], colors=['黑', '银'], bvis=0.95,
      slots={'fob': [['钥匙扣上挂着平安符', '挂有平安符'], ['挂着一个小熊挂件', '小熊挂件'], ['钥匙扣带开瓶器', '带开瓶器钥匙扣']],
             'extra': [['还串着两把房门钥匙', '另串两把门钥匙'], ['串着一个蓝色门禁扣', '带蓝色水滴形门禁卡'], ['串着一把小的信箱钥匙', '另有小钥匙一把']],
             'cover': [['套着皮质钥匙套', '外有皮质钥匙包'], ['套了个硅胶套', '外套硅胶保护套']]},
      serial='carplate', hidden=['车牌{plate}', '车停在P1停车场开不走了']),
    K(k='coachkey', cat='keys', cnt='一把', ow=['大巴钥匙', '车钥匙（大客车）'], fi=['客车钥匙', '大巴车钥匙'],
      brands=[('yutong', []), ('kinglong', [])], colors=['黑'], bvis=0.8, roles=['driver'], places=['park_bus', 'svc', 'farm', 'center'],
      slots={'tag': [['挂着写了车牌号的塑料牌', '挂有塑料号牌'], ['钥匙圈上还有油箱钥匙', '另串油箱钥匙']]},
      serial='coachplate', hidden=['车牌{plate}', '下午四点要发车']),
    K(k='housekey', cat='keys', cnt='一串', ow=['钥匙', '一串钥匙', '家里钥匙'], fi=['钥匙一串', '钥匙', '门钥匙'],
      brands=[(None, [])], colors=['银', '红', '蓝', '黄'],
      slots={'count': [['三把钥匙', '共三把'], ['四五把钥匙', '五把钥匙'], ['两把钥匙', '共两把']],
             'fob': [['挂着黄色小鸭子挂件', '小黄鸭挂件'], ['挂着个红色中国结', '红色中国结挂饰'], ['挂着奥特曼挂件', '奥特曼钥匙扣']],
             'card': [['带一个红色门禁卡', '红色门禁扣'], ['有一个圆形的小区门禁', '圆形门禁卡']]},
      hidden=['有一把是单位抽屉的', '防盗门钥匙是十字的']),
    K(k='roomcard', cat='keys', alt='other', cnt='一张', ow=['房卡', '房卡', '门卡'], fi=['房卡', '门卡', '房卡'],
      brands=[('hotel1', []), ('hotel2', [])], colors=['白', '蓝', '棕'], bvis=1.0, places=['farm', 'sky', 'temple', 'center', 'bus', 'cable_up'],
      slots={'room': [['房间号{room}', '卡套上写着{room}'], ], 'sleeve': [['装在纸卡套里', '纸质卡套']]},
      hidden=['押金200', '还没退房']),
    K(k='ebike', cat='ebike', cnt='一辆', ow=['电瓶车', '电动车', '电动自行车'], fi=['电动自行车', '电动车', '电瓶车'],
      brands=[('yadea', []), ('aima', []), ('tailg', [])], colors=['白', '黑', '蓝', '红', '灰'], bvis=0.95,
      roles=['staff', 'villager'], places=['park_car', 'park_bus', 'farm', 'hotel', 'gate', 'hub'],
      slots={'basket': [['前面有个车篮', '带前车筐'], ['车篮是坏的', '车筐破损']], 'seat': [['后面装了儿童座椅', '后座有儿童座椅'], ['坐垫套是豹纹的', '豹纹座套']],
             'helmet': [['车把上挂着黄色头盔', '把手挂黄色头盔'], ['挡风被是格子的', '装有格子挡风被']]},
      serial='ebplate', hidden=['车架号后四位{vin4}', '电池是48V的', '钥匙还在我手上']),
    K(k='bike', cat='bicycle', cnt='一辆', ow=['自行车', '山地车', '单车'], fi=['自行车', '山地自行车'],
      brands=[('giant', [M('atx', ['ATX', 'atx'])]), ('xds', []), ('decathlon', [])], colors=['黑', '白', '红', '蓝', '绿'], bvis=0.95, mvis=0.8,
      roles=['hiker', 'villager', 'student'], places=['park_car', 'farm', 'hotel', 'hub', 'gate'],
      slots={'bag': [['车把上挂着骑行包', '把挂骑行包'], ['后座有个货架', '带后货架']], 'lock': [['锁着一把U型锁', 'U型锁锁住'], ['车座是后换的', '车座非原装']]},
      hidden=['花了三千多', '车架有点歪']),
    K(k='kidbike', cat='bicycle', cnt='一辆', ow=['儿童自行车', '小孩的自行车', '平衡车'], fi=['儿童自行车', '小孩自行车'],
      brands=[('gb', [])], colors=['粉', '蓝', '红', '黄'], roles=['parent'], places=['farm', 'hotel', 'park_car'],
      slots={'wheel': [['带辅助轮', '有辅助轮'], ['车头挂着铃铛', '装有铃铛']], 'stk': [['贴着冰雪奇缘贴纸', '车身有冰雪奇缘贴纸'], ['贴了汪汪队贴纸', '汪汪队贴纸']]},
      hidden=['孩子六岁']),
    K(k='backpack', cat='bag', cnt='一个', ow=['背包', '双肩包', '登山包'], fi=['双肩包', '背包', '登山包'],
      brands=[('decathlon', []), ('arcteryx', []), ('tnf', []), ('camel', []), ('toread', []), (None, [])],
      colors=['黑', '灰', '蓝', '绿', '橙', '红'], bvis=0.9,
      slots={'hang': [['包外挂着一个登山扣', '挂有登山扣'], ['侧袋插着一把折叠伞', '侧袋插雨伞'], ['背带上别着一个徽章', '肩带上有徽章']],
             'size': [['30升左右', '约30L'], ['小的那种20升', '20L左右'], ['大容量的那种', '大容量']]},
      contents=BAG_CONT, hidden=['包里还有个笔记本', '下雨打湿过']),
    K(k='crossbody', cat='bag', cnt='一个', ow=['斜挎包', '小挎包', '腰包'], fi=['斜挎包', '腰包', '挎包'],
      brands=[('coach', []), ('mk', []), ('ck', []), ('camel', []), (None, [])], colors=['黑', '白', '棕', '粉', '红'], bvis=0.8,
      slots={'strap': [['带子是链条的', '金属链条肩带'], ['肩带是宽的织带', '宽织带肩带']], 'charm': [['挂着毛球', '挂毛绒球'], ['挂了个御守', '挂有护身符']]},
      contents=[WALLET_CONT[0], WALLET_CONT[2], BAG_CONT[2], BAG_CONT[10], WALLET_CONT[7]], hidden=['包是朋友代购的']),
    K(k='kidbag', cat='bag', cnt='一个', ow=['小书包', '孩子的小背包', '儿童背包'], fi=['儿童背包', '小背包'],
      brands=[(None, [])], colors=['粉', '蓝', '黄', '红'], roles=['parent', 'elder_child'],
      slots={'print': [['印着小猪佩奇', '佩奇图案'], ['是恐龙造型的', '恐龙造型'], ['印着奥特曼', '奥特曼图案']],
             'tag': [['拉链上挂着名字牌“{kid}”', '挂有姓名牌{kid}']]},
      contents=[BAG_CONT[3], BAG_CONT[9], ('toy', ['一个小汽车玩具', '奥特曼玩具'], ['玩具若干', '小玩具'])],
      hidden=['孩子哭了一路']),
    K(k='shopbag', cat='bag', cnt='一个', ow=['袋子', '手提袋', '塑料袋'], fi=['手提袋', '购物袋', '塑料袋'],
      brands=[(None, [])], colors=['红', '白', '黄', '绿'], places=['farm', 'hotel', 'svc', 'bus', 'park_bus', 'center'],
      slots={'print': [['袋子上印着溪口土特产', '印有溪口土特产字样'], ['是农家乐给的那种塑料袋', '农家乐塑料袋']]},
      contents=[('bamboo', ['两包笋干', '笋干'], ['笋干两包', '笋干']), BAG_CONT[8], ('honey', ['一瓶土蜂蜜', '蜂蜜'], ['蜂蜜一瓶', '土蜂蜜'])],
      hidden=['买给丈母娘的']),
    K(k='cashenv', cat='cash', cnt='', ow=['现金', '钱', '一沓钱'], fi=['现金', '人民币现金'],
      brands=[(None, [])], colors=['红', '棕'], bvis=0,
      slots={'wrap': [['装在红包里', '红包装着'], ['装在牛皮纸信封里', '牛皮纸信封装'], ['用橡皮筋扎着', '橡皮筋捆扎']]},
      hidden=['是准备付团款的', '刚从ATM取的'], serial='amount'),
    K(k='bangle', cat='jewelry', cnt='一只', ow=['金手镯', '金镯子', '手镯'], fi=['黄金手镯', '金手镯', '手镯', '金色金属手镯'],
      brands=[('ctf', []), ('lfx', []), ('css', []), (None, [])], colors=['金'], bvis=0.6,
      slots={'design': [['上面刻着福字', '镯面刻福字'], ['是古法的那种磨砂面', '古法磨砂工艺'], ['开口的，两头是龙头', '开口龙头造型']],
             'weight': [['大概三十多克', '约30余克'], ['二十克左右', '约20克']]},
      roles=['elder', 'elder_child', 'parent'], hidden=['发票在家里', '戴了十几年']),
    K(k='jadebangle', cat='jewelry', cnt='一只', ow=['玉镯子', '翡翠手镯', '玉手镯'], fi=['玉镯', '玉手镯', '手镯（玉质）'],
      brands=[(None, [])], colors=['绿', '白'], roles=['elder', 'elder_child'],
      slots={'crack': [['有一道细纹', '有细裂纹'], ['里面有一块飘花', '带飘花']], 'bag': [['装在红色绒布袋里', '红色绒布袋']]},
      hidden=['是婆婆传下来的']),
    K(k='beads', cat='jewelry', cnt='一串', ow=['佛珠', '手串', '佛珠手串'], fi=['手串', '佛珠'],
      brands=[(None, [])], colors=['棕', '红', '白', '黑'], places=['temple', 'trail', 'cable_up', 'summit', 'platform', 'hotel'],
      slots={'mat': [['小叶紫檀的', '紫檀材质'], ['星月菩提', '星月菩提子'], ['金刚菩提', '金刚菩提']],
             'cnt': [['108颗', '108颗'], ['18颗', '18颗']], 'tassel': [['带个红色流苏', '红色流苏'], ['有个银的隔珠', '银色隔珠']]},
      hidden=['在寺里开过光', '盘了五年了']),
    K(k='necklace', cat='jewelry', cnt='一条', ow=['项链', '金项链', '吊坠项链'], fi=['项链', '金属项链'],
      brands=[('ctf', []), ('lfx', []), (None, [])], colors=['金', '银'], bvis=0.5,
      slots={'pend': [['吊坠是个平安扣', '平安扣吊坠'], ['吊坠是小金猪', '金猪吊坠'], ['挂着观音吊坠', '观音吊坠']],
             'clasp': [['扣子有点松', '搭扣松']]},
      hidden=['结婚时买的']),
    K(k='ring', cat='jewelry', cnt='一枚', ow=['戒指', '钻戒', '婚戒'], fi=['戒指', '金属戒指'],
      brands=[('ctf', []), ('css', []), (None, [])], colors=['银', '金'], bvis=0.3,
      slots={'engr': [['内圈刻着字母{ini}', '内圈刻有{ini}'], ], 'stone': [['有颗小钻', '镶一颗钻'], ['素圈没镶东西', '素圈']]},
      hidden=['在洗手的时候摘下来放台子上']),
    K(k='camera', cat='electronics', cnt='一台', ow=['相机', '单反', '微单'], fi=['相机', '数码相机', '照相机'],
      brands=[('canon', [M('r6', ['R6', 'EOS R6', 'r6'], ['EOS R6']), M('5d4', ['5D4', '5D Mark IV'], ['EOS 5D Mark IV'])]),
              ('sony', [M('a7m4', ['A7M4', 'a7m4', 'A7 IV'], ['α7 IV']), M('a7c2', ['A7C2', 'A7CII'], ['α7C II'])]),
              ('fuji', [M('xt5', ['XT5', 'X-T5', 'xt5'], ['X-T5']), M('x100', ['X100VI', 'x100v6'], ['X100VI'])]),
              ('nikon', [M('z6', ['Z6II', 'z62', 'Z6 2代'], ['Z 6II'])])],
      colors=['黑', '银'], bvis=1.0, mvis=0.8, roles=['photog', 'hiker', 'student', 'parent'],
      slots={'lens': [['挂着24-70的镜头', '配24-70mm镜头'], ['装的是35定焦', '35mm定焦镜头'], ['挂着长焦100-400', '100-400mm长焦']],
             'strap': [['相机带是彩色编织的', '彩色编织背带'], ['背带是原装的', '原装背带']], 'cap': [['镜头盖丢了', '无镜头盖'], ['镜头上装了UV镜', '装有UV镜']]},
      serial='camsn', hidden=['卡里有拍的日出', '存储卡是128G闪迪']),
    K(k='drone', cat='electronics', cnt='一台', ow=['无人机', '航拍器', '大疆无人机'], fi=['无人机', '航拍无人机'],
      brands=[('dji', [M('mini4', ['mini4pro', 'Mini 4 Pro', 'mini 4'], ['MINI 4 PRO']), M('air3', ['Air3', 'air 3'], ['AIR 3'])])],
      colors=['灰', '白'], bvis=1.0, mvis=0.7, roles=['photog', 'hiker', 'student'],
      slots={'bag': [['装在灰色收纳包里', '灰色收纳包'], ['单独一个机身没有包', '仅机身']], 'prop': [['一片桨叶有缺口', '桨叶有缺损'], ['贴着黄色的实名登记标签', '有实名登记贴纸']]},
      serial='dronesn', hidden=['飞丢了没炸机', '遥控器还在我这']),
    K(k='action', cat='electronics', cnt='一个', ow=['运动相机', '全景相机'], fi=['运动相机', '小相机'],
      brands=[('gopro', [M('g12', ['12', 'hero12'], ['HERO12'])]), ('insta360', [M('x3', ['X3', 'x3'], ['X3']), M('x4', ['X4'], ['X4'])])],
      colors=['黑'], bvis=0.95, mvis=0.6, roles=['photog', 'hiker', 'student'],
      slots={'stick': [['装在隐形自拍杆上', '连着自拍杆'], ['带个防水壳', '有防水壳']], 'lens': [['镜头有划痕', '镜头有划痕']]},
      serial=None, hidden=['里面有玻璃栈道的视频']),
    K(k='earbuds', cat='electronics', cnt='一副', ow=['耳机', '蓝牙耳机', '无线耳机'], fi=['蓝牙耳机', '耳机', '无线耳机'],
      brands=[('apple', [M('app2', ['AirPods Pro2', 'airpods pro', 'AirPods Pro 2代'], ['AirPods Pro'])]), ('huawei', [M('fb3', ['FreeBuds Pro3', 'freebuds'], ['FreeBuds'])]),
              ('sony', [M('xm5', ['WF-1000XM5', 'xm5'], ['WF-1000XM5'])])],
      colors=['白', '黑', '银'], bvis=0.8, mvis=0.4, roles=['student', 'hiker', 'guide', 'parent', 'photog'],
      slots={'case': [['套着一个小熊耳机套', '小熊硅胶套'], ['套着透明壳', '透明保护套'], ['盒子上有划痕', '充电盒有划痕']],
             'miss': [['只有一只右耳', '仅右耳'], ['两只都在盒子里', '盒内两只耳机']]},
      serial='budsn', hidden=['在手机上显示最后位置在山上']),
    K(k='powerbank', cat='electronics', cnt='一个', ow=['充电宝', '移动电源'], fi=['充电宝', '移动电源'],
      brands=[('anker', []), ('xiaomi', []), ('romoss', [])], colors=['白', '黑', '蓝'], bvis=0.9,
      slots={'cable': [['自带两根线', '自带线'], ['贴着名字贴{name}', '贴有姓名贴{name}']], 'cap': [['20000毫安的', '20000mAh']]},
      hidden=['电量满的']),
    K(k='radio', cat='electronics', cnt='一个', ow=['对讲机', '导游用的小蜜蜂', '扩音器'], fi=['对讲机', '扩音器', '小蜜蜂扩音器'],
      brands=[('motorola', []), ('baofeng', []), ('takstar', []), ('bjbj', [])], colors=['黑', '红', '白'], bvis=0.9, roles=['guide', 'staff'],
      slots={'tag': [['背面贴着{agency}的标签', '贴有{agency}标签'], ['贴着编号07', '贴编号07']], 'clip': [['腰夹断了', '背夹断裂']]},
      hidden=['公司的设备要赔的']),
    K(k='tablet', cat='electronics', cnt='一台', ow=['平板', 'iPad', '平板电脑'], fi=['平板电脑', '平板'],
      brands=[('apple', [M('ipadair', ['iPad Air', 'ipad air5'], ['iPad'])]), ('huawei', [M('matepad', ['MatePad', 'matepad11'], ['MatePad'])]), ('kindle', [])],
      colors=['灰', '银', '蓝'], bvis=0.9, mvis=0.5, roles=['parent', 'student', 'elder_child'],
      slots={'cover': [['套着蓝色的保护套', '蓝色保护套'], ['有个带键盘的套子', '键盘保护套']], 'stk': [['背面贴了奥特曼贴纸', '背面奥特曼贴纸']]},
      serial=None, hidden=['孩子看动画用的', '没设密码']),
    K(k='umbrella', cat='other', cnt='一把', ow=['雨伞', '伞', '折叠伞'], fi=['雨伞', '折叠伞', '长柄伞'],
      brands=[('paradise', []), (None, [])], colors=['黑', '蓝', '红', '紫', '绿'], bvis=0.6,
      slots={'type': [['三折的', '三折伞'], ['长柄的', '长柄伞'], ['自动伞', '自动开合']], 'print': [['伞面有小碎花', '碎花伞面'], ['印着{agency}广告', '印有{agency}字样']]},
      hidden=['是公司发的']),
    K(k='pole', cat='other', cnt='一根', ow=['登山杖', '拐杖', '手杖'], fi=['登山杖', '手杖'],
      brands=[('bd', []), ('decathlon', []), (None, [])], colors=['黑', '红', '蓝', '银'], bvis=0.8,
      slots={'grip': [['手柄是软木的', '软木手柄'], ['手柄缠着胶布', '手柄缠胶带']], 'tip': [['下面少了个杖尖保护套', '无杖尖套'], ['可以伸缩三节的', '三节伸缩']]},
      roles=['hiker', 'elder', 'elder_child', 'photog'], hidden=['买了四百多']),
    K(k='cup', cat='other', cnt='一个', ow=['保温杯', '水杯', '杯子'], fi=['保温杯', '水杯'],
      brands=[('thermos', []), ('zojirushi', []), ('fuguang', []), (None, [])], colors=['黑', '白', '粉', '蓝', '绿', '银'], bvis=0.85,
      slots={'stk': [['杯身贴着卡通贴纸', '杯身有卡通贴纸'], ['杯底有凹痕', '杯底凹陷'], ['杯盖是茶漏的', '带茶漏盖']],
             'content': [['里面泡着枸杞', '杯内有枸杞水'], ['里面是空的', '空杯']]}, hidden=['用了三年了']),
    K(k='jacket', cat='other', cnt='一件', ow=['冲锋衣', '外套', '羽绒马甲'], fi=['冲锋衣', '外套', '上衣'],
      brands=[('tnf', []), ('camel', []), ('toread', []), ('arcteryx', []), ('decathlon', [])], colors=['红', '黑', '蓝', '黄', '绿', '橙'], bvis=0.9,
      slots={'size': [['XL码', '尺码XL'], ['L码', 'L号'], ['小孩的130码', '童装130']], 'pocket': [['口袋里有一包纸巾', '口袋内有纸巾'], ['口袋里有景区门票', '口袋内有门票']]},
      hidden=['刚买一个月']),
    K(k='glasses', cat='other', cnt='一副', ow=['眼镜', '近视眼镜', '墨镜'], fi=['眼镜', '墨镜'],
      brands=[('rayban', []), (None, [])], colors=['黑', '金', '棕'], bvis=0.7,
      slots={'case': [['装在灰色眼镜盒里', '灰色眼镜盒'], ['没有盒子', '无盒']], 'frame': [['是半框的', '半框'], ['全框大方框', '方框全框']]},
      hidden=['度数很高六百多度']),
    K(k='stroller', cat='other', cnt='一辆', ow=['婴儿车', '推车', '遛娃车'], fi=['婴儿推车', '儿童推车'],
      brands=[('gb', [])], colors=['灰', '蓝', '粉', '黑'], bvis=0.9, roles=['parent', 'elder_child'],
      places=['gate', 'center', 'hub', 'cable_low', 'park_bus', 'park_car', 'farm'],
      slots={'hang': [['车把上挂着一个水壶', '把手挂水壶'], ['下面篮子里有个奶粉罐', '底篮内有奶粉罐']], 'shade': [['遮阳棚破了个洞', '遮阳篷破损']]},
      hidden=['折叠起来放那的']),
    K(k='toy', cat='other', cnt='一个', ow=['玩具', '毛绒玩具', '公仔'], fi=['毛绒玩具', '玩偶'],
      brands=[(None, [])], colors=['白', '粉', '黄', '棕', '蓝'], roles=['parent', 'elder_child'],
      slots={'shape': [['是只兔子', '兔子造型'], ['是只小熊', '小熊造型'], ['是恐龙', '恐龙造型']], 'wear': [['耳朵缝过', '耳朵有缝补'], ['脖子上系着蝴蝶结', '系蝴蝶结']]},
      hidden=['孩子睡觉离不开']),
    K(k='flag', cat='other', cnt='一面', ow=['导游旗', '小旗子', '团旗'], fi=['导游旗', '小旗'],
      brands=[(None, [])], colors=['红', '黄', '蓝', '橙'], roles=['guide'],
      slots={'print': [['旗子上印着{agency}', '印有{agency}'], ['旗杆是伸缩的', '伸缩旗杆']], 'dec': [['旗杆上绑着一个小铃铛', '绑有小铃铛']]},
      hidden=['明天带团还要用']),
    K(k='tripod', cat='other', cnt='一个', ow=['三脚架', '脚架'], fi=['三脚架', '相机支架'],
      brands=[('benro', []), (None, [])], colors=['黑', '灰'], bvis=0.8, roles=['photog'],
      places=['summit', 'platform', 'sky', 'cable_up', 'trail'],
      slots={'head': [['带球形云台', '球形云台'], ['快装板没了', '无快装板']], 'wrap': [['腿上缠着防冻海绵', '脚管缠海绵']]},
      hidden=['拍日出的时候放下的']),
]
KBY = {k['k']: k for k in KINDS}

ROLES_GENERAL = ['parent', 'hiker', 'photog', 'student', 'guide', 'elder_child', 'selfdrive', 'selfdrive', 'parent', 'elder', 'driver', 'staff']
SCHOOLS = ['江南理工大学', '东湖师范学院', '临江医学院', '浙东职业技术学院', '海陵财经大学']


# ---------------------------------------------------------------- truth records
def amt_owner(a):
    r = ch(['exact', 'round', 'more', 'about'])
    if r == 'exact':
        return '%d元' % a
    h = (a // 100) * 100
    if a >= 1000 and r == 'more' and a % 1000:
        return '%s千多' % '一两三四五六七八九'[a // 1000 - 1] if a < 10000 else '%d多' % h
    if r == 'about':
        return '%d左右' % int(round(a, -2))
    return '%d多元' % h if h else '%d元' % a


def new_record(kind, role=None, col=None, brand=None, exclude_brand=None):
    r = dict(kind=kind['k'], cat=kind['cat'])
    opts = [b for b in kind['brands'] if (brand is None or b[0] == brand) and (exclude_brand is None or b[0] != exclude_brand)]
    if not opts:
        return None
    b, models = ch(opts)
    r['brand'] = b
    r['model'] = ch(models) if models else None
    cols = kind['colors']
    if col is not None:
        if col not in cols:
            return None
        r['col'] = col
    else:
        r['col'] = ch(cols) if cols else None
    r['role'] = role or (ch(kind['roles']) if kind['roles'] else ch(ROLES_GENERAL))
    city, region = ch(CITIES)
    if r['role'] in ('staff', 'villager'):
        city, region = '临溪', '331182'
    r['city'] = city
    r['name'] = pname()
    r['phone'] = phone_no()
    r['kid'] = ch(['朵朵', '乐乐', '豆豆', '小宇', '可可', '天天', '悠悠', '皮皮', '安安'])
    r['agency'] = ch(AGENCIES)
    r['school'] = ch(SCHOOLS)
    r['room'] = str(ch([2, 3])) + '%02d' % rng.randint(1, 28)
    r['ini'] = ch(['L&W', 'Z❤C', 'LOVE Y', 'H&J', 'forever 520'])
    r['tail'] = digits(4)
    r['vin4'] = digits(4)
    r['venue'] = rng.randrange(3)
    r['amt'] = rng.choice([rng.randint(3, 40) * 50, rng.randint(6, 60) * 100 + ch([0, 0, 20, 50, 70])])
    yr = {'elder': (1942, 1962), 'elder_child': (1942, 1962), 'student': (2002, 2006)}.get(r['role'], (1975, 1996))
    r['idnum'] = make_id(region, *yr)
    r['plate'] = None
    r['serial'] = None
    s = kind['serial']
    if s in ('idcard',):
        r['serial'] = r['idnum']
    elif s == 'imei':
        r['serial'] = make_imei()
    elif s == 'student':
        r['serial'] = '20' + ch(['21', '22', '23', '24']) + digits(6)
    elif s == 'passport':
        r['serial'] = 'E' + digits(8)
    elif s == 'elder':
        r['serial'] = 'LX' + digits(8)
    elif s == 'guide':
        r['serial'] = 'D-' + region[:4] + '-' + digits(6)
    elif s == 'carplate':
        r['plate'] = ch(['浙A', '浙B', '沪A', '苏E', '皖A', '浙G', '苏A']) + ch(['', 'D', 'F']) + digits(4) + ch('ABCDEFGHJKLMN')
    elif s == 'coachplate':
        r['plate'] = ch(['浙A', '沪B', '苏A', '皖A']) + digits(4) + ch(['', '']) + ch('0123456789') + ''
        r['plate'] = r['plate'][:2] + r['plate'][2:7] if len(r['plate']) > 7 else r['plate']
    elif s == 'ebplate':
        r['plate'] = '临溪' + ch('ABC') + digits(5)
    elif s == 'camsn':
        r['serial'] = digits(ch([7, 8, 9]))
    elif s == 'dronesn':
        r['serial'] = ch(['1581F', '1581G']) + digits(4) + ch('ABCDEFGH') + digits(3)
    elif s == 'budsn':
        r['serial'] = ''.join(ch('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(10))
    # slots
    names = list(kind['slots'].keys())
    rng.shuffle(names)
    n = min(len(names), ch([1, 2, 2, 3]))
    r['slots'] = {}
    for sn in names[:n]:
        r['slots'][sn] = rng.randrange(len(kind['slots'][sn]))
    r['contents'] = []
    if kind['contents']:
        pool = list(kind['contents'])
        rng.shuffle(pool)
        r['contents'] = [c[0] for c in pool[:ch([2, 2, 3, 3, 4])]]
        r['contents'] = [c for c in [c for c in r['contents']]]
    if kind['k'] == 'cashenv':
        w = rng.randrange(3) if col is None else {'红': 0, '棕': 1}.get(col, 2)
        r['slots'] = {'wrap': w}
        r['col'] = ['红', '棕', None][w]
        if col is not None and r['col'] != col:
            return None
    r['hidden'] = [h for h in kind['hidden']]
    rng.shuffle(r['hidden'])
    r['hidden'] = r['hidden'][:ch([0, 1, 1, 2])]
    return r


def fill(s, r, side):
    nm = r['name'] if side == 'own' else (r['name'] if chance(0.5) else mask_name(r['name']))
    return (s.replace('{name}', nm).replace('{mname}', mask_name(r['name']) if chance(0.6) else r['name'])
            .replace('{tail}', r['tail']).replace('{amt}', str(r['amt'])).replace('{amt_o}', amt_owner(r['amt']))
            .replace('{phone}', r['phone']).replace('{kid}', r['kid']).replace('{agency}', r['agency'])
            .replace('{school}', r['school']).replace('{room}', r['room']).replace('{ini}', r['ini'])
            .replace('{plate}', r['plate'] or '').replace('{vin4}', r['vin4']))


def visible_facts(r):
    """fact keys a finder could write down."""
    k = KBY[r['kind']]
    f = [('slot', s) for s in r['slots']]
    f += [('content', c) for c in r['contents']]
    if k['serial'] in ('idcard', 'student', 'passport', 'elder', 'guide', 'camsn'):
        f.append(('serial', None))
    if k['cat'] == 'id_doc':
        f.append(('name', None))
    if r['plate'] and k['serial'] in ('ebplate', 'coachplate'):
        f.append(('plate', None))
    if k['serial'] == 'amount':
        f.append(('amount', None))
    return f


def content_item(r, key):
    k = KBY[r['kind']]
    for c in k['contents']:
        if c[0] == key:
            return c
    raise KeyError(key)


# ---------------------------------------------------------------- serial writing
def group_id(s):
    return s[:6] + ' ' + s[6:14] + ' ' + s[14:]


def mask_id(s):
    return s[:4] + '*' * 10 + s[-4:] if chance(0.7) else s[:6] + '********' + s[-4:]


def owner_serial(r):
    k = KBY[r['kind']]['serial']
    s = r['serial']
    if k == 'idcard':
        return ch([s, s, group_id(s), s.lower(), '尾号' + s[-4:].lower(), '后四位' + s[-4:]])
    if k == 'imei':
        return ch([s, 'IMEI:' + s, s[:2] + ' ' + s[2:8] + ' ' + s[8:14] + ' ' + s[14], '串号尾号' + s[-4:], 'IMEI ' + s])
    if k == 'amount':
        return None
    if k in ('camsn', 'student', 'passport', 'elder', 'guide', 'dronesn', 'budsn'):
        return ch([s, s, '尾号' + s[-4:], s.lower()])
    return None


def finder_serial(r):
    k = KBY[r['kind']]['serial']
    s = r['serial']
    if k == 'idcard':
        return mask_id(s) if chance(0.65) else s
    if k in ('camsn', 'student', 'passport', 'elder', 'guide'):
        return s
    return None


def plate_owner(p):
    return ch([p, p[:2] + '·' + p[2:], '尾号' + p[-3:], p.lower()])


# ---------------------------------------------------------------- time words
def period(h):
    if h < 6:
        return '凌晨'
    if h < 9:
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


def tword(t, style=None):
    style = style or ch(['num', 'cn', 'cn', 'dot'])
    h12 = t.hour if t.hour <= 12 else t.hour - 12
    if style == 'num':
        return '%d月%d日%d:%02d' % (t.month, t.day, t.hour, t.minute)
    if style == 'dot':
        return '%d.%d %d点%s' % (t.month, t.day, t.hour, '' if t.minute < 15 else ('半' if 25 < t.minute < 35 else '多'))
    tail = '' if t.minute < 10 else ('半' if 25 <= t.minute <= 35 else '多')
    d = ch(['%d月%d日' % (t.month, t.day), '%d号' % t.day, '%d月%d号' % (t.month, t.day)])
    return d + period(t.hour) + ('两' if h12 == 2 else str(h12)) + '点' + tail


def hour_only(t):
    h12 = t.hour if t.hour <= 12 else t.hour - 12
    return period(t.hour) + str(h12) + '点' + ('' if t.minute < 10 else ('半' if 25 <= t.minute <= 35 else '多'))


def floor5(t):
    return t.replace(minute=t.minute - t.minute % 10, second=0)


def ceil5(t):
    t2 = t.replace(second=0)
    if t2.minute % 10:
        t2 = t2 + dt.timedelta(minutes=10 - t2.minute % 10)
    return t2


def loss_time(place):
    day = ch([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 7, 8])
    if place in ('farm',):
        h = ch([11, 12, 12, 13, 17, 18, 19])
    elif place == 'hotel':
        h = ch([7, 8, 9, 20, 21, 22])
    elif place == 'svc':
        h = rng.randint(6, 20)
    elif place in ('summit', 'platform') and chance(0.3):
        h = 5  # sunrise
    else:
        h = rng.randint(7, 16)
    return dt.datetime(2026, 10, day, h, rng.randrange(60))


def window(tl, plain=False):
    typ = 'day' if plain and chance(0.6) else ch(['point', 'span', 'span', 'span', 'half', 'multi'])
    if typ == 'point':
        a, b = floor5(tl - dt.timedelta(minutes=rng.randint(10, 40))), ceil5(tl + dt.timedelta(minutes=rng.randint(5, 40)))
        txt = ch(['大概' + tword(tl) + '左右', tword(tl) + '前后', '约' + tword(tl)])
    elif typ == 'span':
        a, b = floor5(tl - dt.timedelta(minutes=rng.randint(30, 200))), ceil5(tl + dt.timedelta(minutes=rng.randint(20, 200)))
        txt = tword(a) + ch(['到', '至', '—']) + (hour_only(b) if a.day == b.day and chance(0.6) else tword(b)) + ch(['之间', '', '这段时间'])
    elif typ == 'half':
        if tl.hour < 12:
            a, b = tl.replace(hour=min(7, tl.hour), minute=0), tl.replace(hour=12, minute=0)
            txt = '%d月%d日上午' % (tl.month, tl.day)
        else:
            a, b = tl.replace(hour=12, minute=0), tl.replace(hour=max(18, tl.hour + 1) if tl.hour < 23 else 23, minute=0 if tl.hour < 23 else 59)
            txt = ch(['%d月%d日下午' % (tl.month, tl.day), '%d号下午' % tl.day])
    elif typ == 'multi':
        a, b = floor5(tl - dt.timedelta(hours=rng.randint(3, 20))), ceil5(tl + dt.timedelta(hours=rng.randint(1, 20)))
        if b.hour < 7:
            b = b.replace(hour=rng.randint(7, 9))
        txt = tword(a) + '还在，' + tword(b) + '发现不见了'
    else:
        a, b = tl.replace(hour=min(6, tl.hour), minute=0), tl.replace(hour=23, minute=0) if tl.hour < 23 else tl.replace(minute=59)
        txt = ch(['%d号' % tl.day, '%d月%d日' % (tl.month, tl.day), '国庆%d号那天' % tl.day])
    assert a <= tl <= b
    return a, b, txt


def work_hours(t, forward=True):
    """staff find and register things between 6:30 and 22:00."""
    if 6 <= t.hour < 22 and not (t.hour == 6 and t.minute < 30):
        return t
    if forward:
        base = t if t.hour < 6 or (t.hour == 6 and t.minute < 30) else t + dt.timedelta(days=1)
        return base.replace(hour=rng.randint(6, 8), minute=rng.randrange(30, 60) if True else 0)
    base = t if t.hour >= 22 else t - dt.timedelta(days=1)
    return base.replace(hour=rng.randint(18, 21), minute=rng.randrange(60))


FIND_DELAY = {'cleaner': (20, 1800), 'patrol': (10, 400), 'gate': (5, 200), 'cable': (5, 180), 'shuttle': (20, 300),
              'temple': (10, 600), 'hotel': (60, 1500), 'farm': (30, 900), 'svc': (15, 300), 'tourist': (3, 150),
              'parking': (20, 600), 'sky': (5, 200), 'police': (10, 300)}


# ---------------------------------------------------------------- object phrase
def obj_words(r, side, say_col, say_brand, say_model):
    k = KBY[r['kind']]
    kw = ch(k['ow'] if side == 'own' else k['fi'])
    cw = ch(COL[r['col']]) if (say_col and r['col']) else ''
    if '色' in kw or '黄金' in kw:
        cw = ''
    bsp = BR[r['brand']][0 if side == 'own' else 1] if r['brand'] else []
    if r['brand'] == 'apple' and r['kind'] != 'smartphone':
        bsp = [x for x in bsp if 'iphone' not in x.lower()]
    bw = ch(bsp) if (say_brand and r['brand']) else ''
    mw = ''
    if say_model and r['model']:
        mw = ch(r['model'][1] if side == 'own' else r['model'][2])
    if side == 'own' and bw and mw and r['brand'] == 'apple' and mw.lower().startswith('iphone') and bw.lower() == 'iphone':
        bw = '苹果'
    form = ch([0, 0, 1, 2]) if (cw and (bw or mw)) else 0
    if form == 0:
        txt = cw + (('的' if cw and not cw.endswith('的') and side == 'own' and chance(0.4) else '')) + bw + (' ' if bw and mw and bw[-1].isascii() and mw[0].isascii() else '') + mw + kw
    elif form == 1:
        txt = bw + (' ' if bw and mw and bw[-1].isascii() and mw[0].isascii() else '') + mw + kw + '，' + cw + ('的' if side == 'own' and not cw.endswith('的') else '')
    else:
        txt = kw + '（' + '，'.join(x for x in [bw + (' ' if bw and mw and bw[-1].isascii() and mw[0].isascii() else '') + mw, cw] if x) + '）'
    return txt, cw, bw, mw, kw


def fact_text(r, fact, side):
    k = KBY[r['kind']]
    typ, key = fact
    if typ == 'slot':
        return fill(ch(k['slots'][key][r['slots'][key]]), r, side)
    if typ == 'content':
        c = content_item(r, key)
        return fill(ch(c[1] if side == 'own' else c[2]), r, side)
    if typ == 'serial':
        lab = {'idcard': '证号', 'student': '学号', 'passport': '护照号', 'elder': '卡号', 'guide': '导游证号', 'camsn': '机身号'}[k['serial']]
        v = owner_serial(r) if side == 'own' else finder_serial(r)
        return lab + ('：' if chance(0.5) else '') + v
    if typ == 'name':
        if side == 'own':
            return ch(['名字是' + r['name'], '姓名' + r['name'], '上面是' + r['name']])
        return ch(['姓名：' + r['name'], '姓名' + mask_name(r['name']), '持证人' + r['name']])
    if typ == 'plate':
        return ('车牌' + plate_owner(r['plate'])) if side == 'own' else ('号牌' + r['plate'] if chance(0.5) else '车牌号' + r['plate'])
    if typ == 'amount':
        return ('一共' + amt_owner(r['amt'])) if side == 'own' else ('清点共计%d元' % r['amt'])
    raise ValueError(fact)


def jit(v, d=0.0009):
    return round(v + rng.uniform(-d, d), 5)


# ---------------------------------------------------------------- owner reports
ROLE_SELF = {
    'guide': lambda r: ch(['我是%s的导游%s，' % (r['agency'], r['name']), '%s导游，' % r['agency'], '带团导游，']),
    'parent': lambda r: ch(['带孩子来玩，', '一家三口来爬山，', '带小孩坐缆车，', '']),
    'elder_child': lambda r: ch(['陪家里老人来烧香，', '带父母出来玩，', '陪老人出来玩，', '']),
    'elder': lambda r: ch(['老年团出来玩的，', '', '跟老伴一起来的，']),
    'hiker': lambda r: ch(['徒步爬十八盘，', '跟驴友团一起爬山，', '']),
    'photog': lambda r: ch(['上山拍日出，', '来拍云海的，', '摄影采风，']),
    'student': lambda r: ch(['和室友一起来玩，', '学校放假跟同学来的，', '']),
    'selfdrive': lambda r: ch(['自驾过来的，', '开车来玩的，', '']),
    'driver': lambda r: ch(['旅游大巴司机，', '我是开大巴的司机，', '']),
    'staff': lambda r: ch(['景区员工，', '我是索道站上班的，', '景区保洁，']),
    'villager': lambda r: ch(['溪口村村民，', '本村的，', '']),
}
LOSE_VERB = ['丢了', '遗失', '弄丢了', '掉了', '不见了', '落下了']


def owner_report(r, place_said, a, b, wtxt, plain=False):
    k = KBY[r['kind']]
    role = r['role']
    channel = ch(['hotline', 'hotline', 'desk', 'desk', 'app', 'app', 'transfer'])
    if plain:
        channel = ch(['hotline', 'app', 'app'])
    pl = venue(place_said, r)
    pw = ch(pl['own'])
    f = {}
    if plain:
        say_col = r['col'] is not None
        obj, cw, bw, mw, kw = obj_words(r, 'own', say_col, False, False)
        tw = ch(['', wtxt + '，'])
        body = ch([f'{tw}在{pw}{ch(LOSE_VERB)}{obj}', f'{obj}{ch(LOSE_VERB)}，{pw}附近', f'{pw} {obj} 丢失', f'{tw}{pw}丢了{obj}，谁捡到了请联系{mask_phone(r["phone"])}'])
        if cw and chance(0.4):
            f['color'] = cw
        stated = []
    else:
        say_brand = bool(r['brand']) and chance(0.55 if role in ('elder', 'elder_child') else 0.85)
        say_model = bool(r['model']) and chance(0.6)
        say_col = bool(r['col']) and chance(0.9)
        obj, cw, bw, mw, kw = obj_words(r, 'own', say_col, say_brand, say_model)
        vf = visible_facts(r)
        vf = [x for x in vf if not (x[0] == 'serial')]  # serial is said below in owner's own way
        rng.shuffle(vf)
        nf = min(len(vf), ch([1, 1, 2, 2, 3]))
        stated = vf[:nf]
        if not stated and visible_facts(r):
            stated = [visible_facts(r)[0]]
        facts = [fact_text(r, x, 'own') for x in stated if x[0] != 'serial']
        if KBY[r['kind']]['serial'] == 'amount':
            obj = ch(['现金' + amt_owner(r['amt']), amt_owner(r['amt']) + '现金'])
            stated = [x for x in stated if x[0] != 'amount'] + [('amount', None)]
            facts = [fact_text(r, x, 'own') for x in stated if x[0] not in ('amount', 'serial')]
        hid = [fill(h, r, 'own') for h in r['hidden']]
        ser = None
        if r['serial'] and (chance(0.55) or k['cat'] == 'id_doc'):
            ser = owner_serial(r)
            if ser:
                if k['cat'] == 'id_doc':
                    stated.append(('serial', None))
                facts.append(ch(['号码', '编号', '']) + ('' if ser[:1] in '尾后串I' else '：') + ser if k['serial'] != 'imei' else ser)
        if r['plate'] and chance(0.7) and k['serial'] in ('ebplate', 'coachplate', 'carplate'):
            if k['serial'] == 'carplate':
                hid = [h for h in hid if not h.startswith('车牌')]
                facts.append('车是' + plate_owner(r['plate']))
            elif ('plate', None) not in stated:
                hid = [h for h in hid if not h.startswith('车牌')]
                stated.append(('plate', None))
                facts.append(fact_text(r, ('plate', None), 'own'))
        holder = ''
        if k['cat'] == 'id_doc' or ('content', 'idc') in stated:
            if role == 'elder_child':
                holder = ch(['家里老人', '老人', '我家老人']) + r['name'] + '的'
            elif role == 'guide' and chance(0.5):
                holder = '团里游客' + r['name'] + '的'
        if role in ('parent',) and r['kind'] in ('kidwatch', 'kidbag', 'toy', 'kidbike'):
            holder = ch(['孩子的', '女儿的', '儿子的'])
        intro = ROLE_SELF.get(role, lambda r: '')(r)
        if ('plate', None) in stated:
            hid = [h for h in hid if not h.startswith('车牌')]
        detail = '，'.join(facts + hid)
        verb = ch(LOSE_VERB)
        if channel == 'hotline':
            pron = ch(['其', '报警人'])
            body = (f'{r["name"][0]}{ch(["先生", "女士"])}来电称：{intro}{wtxt}在{pw}{verb}{holder}{obj}。'
                    + (f'{pron}描述：{detail}。' if detail else '') + ch(['请求帮忙查找。', '望帮助寻找。', '']) + f'联系电话{r["phone"]}')
        elif channel == 'desk':
            body = (f'{r["name"]}（{r["city"]}）来所报称：{intro}{wtxt}，在{pw}{verb}{holder}{obj}' + (f'，{detail}' if detail else '')
                    + '。' + ch(['已在游客中心登记过。', '', '已打过电话无人接听。', '']))
        elif channel == 'app':
            first = ch(['求助！', '您好，', '麻烦帮忙找一下，', '', '急！'])
            body = (f'{first}{intro}{wtxt}在{pw}{verb}{holder}{obj}' + (f'，{detail}' if detail else '') + '。'
                    + ch(['有捡到的好心人请联系我，必有重谢！', '谢谢！', '拜托了', '']) + ch(['', '电话' + mask_phone(r['phone'])]))
        else:
            body = f'游客中心转：游客{r["name"]}反映{wtxt}在{pw}附近{verb}{holder}{obj}' + (f'（{detail}）' if detail else '') + '，请派出所协助。'
        form = {'hotline': 0.35, 'desk': 0.85, 'app': 0.6, 'transfer': 0.0}[channel]
        if chance(form):
            if cw and chance(0.85):
                f['color'] = cw
            if bw and chance(0.8):
                f['brand'] = bw
            if mw and chance(0.7):
                f['model'] = mw
            if ser and chance(0.8):
                f['serial'] = ser
            if r['plate'] and chance(0.6) and k['serial'] != 'carplate':
                f['serial'] = plate_owner(r['plate'])
            if facts and chance(0.5):
                f['marks'] = '；'.join(facts)[:500]
            if chance(0.7):
                f['address'] = ch(pl['addr'])
        if channel == 'app' and chance(0.55):
            f['lat'], f['lon'] = jit(PL[place_said]['lat'], 0.002), jit(PL[place_said]['lon'], 0.002)
    return body, f, stated, channel


# ---------------------------------------------------------------- finder registrations
FIN_TXT = {
    'cleaner': lambda n, p: ch([f'保洁员{n}在{p}打扫时捡到', f'保洁{n[0]}阿姨在{p}清扫时拾得', f'环卫保洁在{p}捡到']),
    'patrol': lambda n, p: ch([f'巡逻队员{n}巡查至{p}时发现', f'景区巡逻在{p}发现无人认领的', f'巡查发现：{p}有遗留']),
    'gate': lambda n, p: ch([f'检票员{n}在{p}拾得', f'北门检票岗在{p}发现']),
    'cable': lambda n, p: ch([f'索道站工作人员{n}在{p}发现', f'索道运营部在{p}清理时发现', f'索道站员工在{p}捡到']),
    'shuttle': lambda n, p: ch([f'摆渡车驾驶员{n}收车检查时在{p}发现', f'{rng.randint(1, 30)}号摆渡车司机在{p}发现']),
    'temple': lambda n, p: ch([f'云岫禅寺义工{n}在{p}拾得', f'寺院师父在{p}捡到', f'禅寺客堂转来，在{p}发现']),
    'hotel': lambda n, p: ch([f'{p}前台来电：客房保洁在{rng.randint(2, 3)}{rng.randint(1, 28):02d}房整理时发现（客人已退房）', f'{p}前台送来，大堂沙发上发现的']),
    'farm': lambda n, p: ch([f'{p}老板{n}送来，称客人吃饭时落在桌上', f'{p}服务员收桌时发现', f'{p}老板娘送来']),
    'svc': lambda n, p: ch([f'服务区保安{n}在{p}拾得，转交本所', f'{p}工作人员发现后报警']),
    'tourist': lambda n, p: ch([f'游客{n}在{p}捡到后交来', f'游客{n[0]}先生在{p}拾得交至派出所', f'一名游客（{ch(CITIES)[0]}人）在{p}捡到送来']),
    'parking': lambda n, p: ch([f'停车场收费员{n}在{p}拾得', f'停车场管理员在{p}发现']),
    'sky': lambda n, p: ch([f'玻璃栈道管理员{n}在{p}拾得', f'玻璃栈道工作人员在{p}发现']),
    'police': lambda n, p: ch([f'民警巡逻时在{p}发现', f'辅警{n}在{p}发现']),
}
FIN_WHO = {'cleaner': '保洁员', 'patrol': '巡逻队员', 'gate': '检票员', 'cable': '索道站工作人员', 'shuttle': '摆渡车司机',
           'temple': '寺院义工', 'hotel': '民宿老板', 'farm': '农家乐老板', 'svc': '服务区保安', 'tourist': '游客',
           'parking': '停车场收费员', 'sky': '栈道管理员', 'police': '民警'}
STATE = {
    'phone': ['已关机', '有电，锁屏，无法联系失主', '电量低', '有来电未接'],
    'electronics': ['无法开机', '可正常开机', '', '外观完好'],
}


def finder_reg(r, place, t_found, must=None, prefer=None, extra_ok=True, cat=None):
    """must: a list of fact keys of which at least one is written (true pair: owner's stated facts)."""
    k = KBY[r['kind']]
    pl0 = PL[place] if place in PL else FAR[place]
    role = ch(pl0.get('fin', ['tourist', 'police']))
    pl = venue(place, r)
    pw = ch(pl['fnd'])
    if place in ('farm', 'hotel') and role == 'tourist' and r['kind'] not in ('ebike', 'bike', 'kidbike', 'stroller') and chance(0.6):
        pw += ch(['大堂', '包厢', '餐桌下'] if place == 'farm' else ['大堂', '餐厅'])
    say_brand = bool(r['brand']) and chance(k['bvis'])
    say_model = bool(r['model']) and say_brand and chance(k['mvis'])
    obj, cw, bw, mw, kw = obj_words(r, 'fnd', bool(r['col']) and chance(0.92), say_brand, say_model)
    vis = visible_facts(r)
    chosen = []
    if must:
        cand = [x for x in must if x in vis]
        if cand:
            chosen.append(ch(cand))
    if prefer:
        cand = [x for x in prefer if x in vis and x not in chosen]
        if cand:
            chosen.append(ch(cand))
    rest = [x for x in vis if x not in chosen]
    rng.shuffle(rest)
    if extra_ok:
        chosen += rest[:ch([0, 1, 1, 2])]
    if not chosen and rest:
        chosen.append(rest[0])
    if k['cat'] == 'id_doc' and ('name', None) not in chosen and chance(0.8):
        chosen.append(('name', None))
    facts = [fact_text(r, x, 'fnd') for x in chosen]
    if k['serial'] == 'amount':
        obj = '现金%d元' % r['amt'] if chance(0.5) else '人民币现金' + (('（' + cw + '）') if cw and chance(0.3) else '')
        if ('amount', None) in chosen and obj.startswith('现金'):
            facts = [x for x in facts if not x.startswith('清点')]
    st = ch(STATE.get(k['cat'], [''])) if k['cat'] in STATE else ''
    n = pname()
    tf = tword(t_found, ch(['num', 'cn']))
    channel = ch(['desk', 'desk', 'desk', 'app', 'app', 'transfer'])
    if role in ('hotel', 'farm', 'svc') and channel == 'transfer':
        channel = 'desk'
    lead = FIN_TXT[role](n, pw)
    if r['kind'] in ('ebike', 'bike', 'kidbike', 'stroller'):
        lead = ch([f'{pw}附近有一辆停放多日无人认领的', f'{FIN_WHO[role]}反映{pw}门口停着', f'{FIN_WHO[role]}在{pw}发现无人看管的'])
    detail = '；'.join(x for x in facts + [st] if x)
    if channel == 'desk':
        body = ch([f'{tf}，{lead}{obj}' + (f'，{detail}' if detail else '') + '。现暂存景区派出所。',
                   f'拾得物品：{obj}。' + (f'特征：{detail}。' if detail else '') + f'拾得时间：{tf}。拾得地点：{pw}。拾得人：{n}。'])
    elif channel == 'app':
        body = f'{lead}{obj}' + (f'（{detail}）' if detail else '') + f'，时间{tf}。'
    else:
        body = f'游客中心失物招领处移交：{tf}{lead}{obj}' + (f'，{detail}' if detail else '') + '。'
    f = {}
    if channel == 'desk' and chance(0.8):
        if cw and chance(0.8):
            f['color'] = cw
        if bw and chance(0.8):
            f['brand'] = bw
        if mw and chance(0.7):
            f['model'] = mw
        fs = finder_serial(r) if r['serial'] else None
        if ('serial', None) in chosen and fs and chance(0.8):
            f['serial'] = fs
        if r['plate'] and ('plate', None) in chosen:
            f['serial'] = r['plate']
        if facts and chance(0.5):
            f['marks'] = '；'.join(facts)[:500]
        if chance(0.8):
            f['address'] = ch(pl['addr'])
    if channel == 'app':
        if chance(0.5):
            f['address'] = ch(pl['addr'])
        if chance(0.85):
            f['lat'], f['lon'] = jit(pl0['lat']), jit(pl0['lon'])
        if cw and chance(0.4):
            f['color'] = cw
    return body, f, chosen


# ---------------------------------------------------------------- build
CATS_TRUE = (['phone'] * 24 + ['id_doc'] * 18 + ['wallet'] * 16 + ['keys'] * 14 + ['bag'] * 16 + ['electronics'] * 20
             + ['jewelry'] * 10 + ['cash'] * 8 + ['other'] * 18 + ['ebike'] * 3 + ['bicycle'] * 3)
CATS_NEVER = (['phone'] * 12 + ['id_doc'] * 5 + ['wallet'] * 7 + ['keys'] * 5 + ['bag'] * 6 + ['electronics'] * 9
              + ['jewelry'] * 5 + ['cash'] * 4 + ['other'] * 5 + ['ebike'] * 1 + ['bicycle'] * 1)
assert len(CATS_TRUE) == 150 and len(CATS_NEVER) == 60


def kinds_of(cat):
    return [k for k in KINDS if k['cat'] == cat]


def pick_place(kind):
    if kind['places']:
        return ch(kind['places'])
    return ch(SCENIC + SCENIC + ['farm', 'hotel', 'svc', 'farm', 'hotel'])


reports = []   # dicts: rec, place, said, a, b, stated, entry, truth(found idx or None)
founds = []    # dicts: entry (without key), label, anchor
n_alt = 0


def make_report(cat, has_truth, plain=False):
    global n_alt
    kind = ch(kinds_of(cat))
    r = new_record(kind)
    place = pick_place(kind)
    tl = loss_time(place)
    a, b, wtxt = window(tl, plain)
    said = place if (chance(0.65) or not PL[place]['nb']) else ch(PL[place]['nb'])
    body, f, stated, chan = owner_report(r, said, a, b, wtxt, plain)
    e = dict(category=cat, body=body, lost_from_min=mins(a), lost_to_min=mins(b))
    e.update(f)
    rep = dict(rec=r, place=place, said=said, a=a, b=b, tl=tl, stated=stated, entry=e, truth=None, plain=plain)
    if has_truth:
        fin_place = place
        if place in ('bus',) and chance(0.3):
            fin_place = 'hub'
        pl = PL[fin_place]
        role_guess = ch(pl['fin'])
        lo, hi = FIND_DELAY[role_guess]
        delay = rng.randint(lo, hi) if chance(0.85) else rng.randint(hi, 4 * 1440)
        tf = tl + dt.timedelta(minutes=delay)
        if fin_place != 'svc':
            tf = work_hours(tf)
        if tf > NOW - dt.timedelta(hours=1):
            tf = NOW - dt.timedelta(hours=1)
        fb, ff, chosen = finder_reg(r, fin_place, tf, must=[x for x in stated])
        # a true pair: the owner states a visible fact and the finder writes one the owner stated
        assert stated and any(x in chosen for x in stated), (r['kind'], stated, chosen)
        fcat = cat
        if kind['alt'] and n_alt < 4 and chance(0.5):
            fcat = kind['alt']
            n_alt += 1
        fe = dict(category=fcat, body=fb, found_at_min=mins(tf))
        fe.update(ff)
        founds.append(dict(entry=fe, label=None, rep=rep, rec=r, place=fin_place, tf=tf))
        rep['truth'] = len(founds) - 1
    reports.append(rep)
    return rep


for c in CATS_TRUE:
    make_report(c, True)
plain_left = 15
for c in CATS_NEVER:
    make_report(c, False, plain=plain_left > 0 and chance(0.3))
    if reports[-1]['plain']:
        plain_left -= 1


def clash(cat, col, place, tf, skip):
    """True if a would-be negative could be taken for some report's object (other than its anchor)."""
    for rp in reports:
        if rp is skip:
            continue
        if rp['entry']['category'] != cat:
            continue
        if rp['rec']['col'] != col:
            continue
        if place in PL and not (near(place, rp['place']) or near(place, rp['said'])):
            continue
        if place not in PL:
            continue
        if rp['a'] <= tf <= rp['b'] + dt.timedelta(days=4):
            return True
    return False


def differ(orig, neg, kind):
    """make the negative's visible marks differ from the object it sits near."""
    for s in list(neg['slots']):
        if kind['k'] == 'cashenv':
            break
        if s in orig['slots'] and neg['slots'][s] == orig['slots'][s]:
            opts = [i for i in range(len(kind['slots'][s])) if i != orig['slots'][s]]
            if opts:
                neg['slots'][s] = ch(opts)
            else:
                del neg['slots'][s]
    for s in orig['slots']:
        if kind['k'] == 'cashenv':
            break
        if s not in neg['slots'] and len(kind['slots'][s]) > 1 and chance(0.7):
            neg['slots'][s] = ch([i for i in range(len(kind['slots'][s])) if i != orig['slots'][s]])
    if kind['contents']:
        pool = [c[0] for c in kind['contents'] if c[0] not in orig['contents']]
        if pool:
            keep = [c for c in neg['contents'] if c not in orig['contents']]
            if not keep:
                neg['contents'] = [ch(pool)] + [c for c in neg['contents'] if c != 'idc'][:1]
    while neg['amt'] and abs(neg['amt'] - orig['amt']) < max(150, orig['amt'] * 0.2):
        neg['amt'] = rng.randint(6, 60) * 100
    for key in ('kid', 'room', 'ini', 'agency', 'school'):
        guard = 0
        while neg[key] == orig[key] and guard < 20:
            neg[key] = new_record(kind)[key] if guard < 19 else neg[key]
            guard += 1
    if neg['name'] == orig['name']:
        neg['name'] = pname()


def differing_facts(orig, neg, stated):
    out = []
    for typ, key in stated:
        if typ == 'slot' and key in neg['slots']:
            out.append((typ, key))
        elif typ in ('name', 'serial', 'plate', 'amount'):
            out.append((typ, key))
    for c in neg['contents']:
        if c not in orig['contents']:
            out.append(('content', c))
    for s in neg['slots']:
        if s in orig['slots'] and ('slot', s) not in out:
            out.append(('slot', s))
    return out


def add_negative(label, rec, place, tf, anchor, must=None):
    fb, ff, chosen = finder_reg(rec, place, tf, must=must)
    fe = dict(category=rec['cat'], body=fb, found_at_min=mins(tf))
    fe.update(ff)
    founds.append(dict(entry=fe, label=label, rep=anchor, rec=rec, place=place, tf=tf))


never = [rp for rp in reports if rp['truth'] is None]
trues = [rp for rp in reports if rp['truth'] is not None]
stats = {'clash_kept': 0}


def near_time(rp):
    span = (rp['b'] - rp['a']).total_seconds() / 60
    return rp['a'] + dt.timedelta(minutes=rng.randint(10, int(span) + 36 * 60))


def place_near(rp, kind=None):
    opts = [rp['place'], rp['said']] + PL[rp['place']]['nb']
    if kind is not None and kind['places']:
        fit = [p for p in opts if p in kind['places']]
        if fit:
            opts = fit
    return ch(opts)


def anchored(label, rp):
    kind = KBY[rp['rec']['kind']]
    orig = rp['rec']
    for attempt in range(60):
        if label == 'twin':
            neg = new_record(kind, col=orig['col'], brand=orig['brand'])
            if neg is None:
                return False
            neg['model'] = orig['model']
        else:  # decoy
            if orig['brand'] and chance(0.5):
                neg = new_record(kind, col=orig['col'], exclude_brand=orig['brand'])
            else:
                others = [k for k in kinds_of(kind['cat']) if k['k'] != kind['k'] and (orig['col'] is None or orig['col'] in k['colors'])]
                if not others:
                    if not orig['brand'] or len(kind['brands']) < 2:
                        return False
                    neg = new_record(kind, col=orig['col'], exclude_brand=orig['brand'])
                else:
                    k2 = ch(others)
                    neg = new_record(k2, col=orig['col'])
            if neg is None:
                continue
        nk = KBY[neg['kind']]
        if nk['k'] == kind['k']:
            differ(orig, neg, kind)
        else:
            if neg['name'] == orig['name']:
                neg['name'] = pname()
        tf = work_hours(near_time(rp))
        if tf > NOW - dt.timedelta(hours=2):
            continue
        place = place_near(rp, nk)
        if nk['places'] and place not in nk['places'] and attempt < 40:
            continue
        if clash(neg['cat'], neg['col'], place, tf, rp) and attempt < 50:
            continue
        must = differing_facts(orig, neg, rp['stated']) if nk['k'] == kind['k'] else None
        if not must:
            must = visible_facts(neg) or None
        add_negative(label, neg, place, tf, rp, must=must)
        return True
    return False


def fill_anchored(label, pool, n):
    done = 0
    order = list(pool)
    rng.shuffle(order)
    i = 0
    while done < n:
        rp = order[i % len(order)]
        i += 1
        if anchored(label, rp):
            done += 1


fill_anchored('twin', never, 25)
fill_anchored('twin', trues, 10)
fill_anchored('decoy', never, 28)
fill_anchored('decoy', trues, 12)

# before_loss: the same kind found before the report's window began
cands = never[:] + trues[:]
rng.shuffle(cands)
n = 0
for rp in cands:
    if n >= 20:
        break
    kind = KBY[rp['rec']['kind']]
    neg = new_record(kind, col=rp['rec']['col'] if chance(0.6) else None)
    if neg is None:
        continue
    differ(rp['rec'], neg, kind)
    tf = work_hours(rp['a'] - dt.timedelta(minutes=rng.randint(60, 4 * 1440)), forward=False)
    place = place_near(rp, kind)
    if clash(neg['cat'], neg['col'], place, tf, rp):
        continue
    add_negative('before_loss', neg, place, tf, rp, must=visible_facts(neg) or None)
    n += 1
assert n == 20

# brand_elsewhere: same category and brand, another place and another time
cands = [rp for rp in reports if rp['rec']['brand']]
rng.shuffle(cands)
n = 0
for rp in cands:
    if n >= 20:
        break
    kind = KBY[rp['rec']['kind']]
    neg = new_record(kind, brand=rp['rec']['brand'])
    differ(rp['rec'], neg, kind)
    far = [p for p in list(FAR) + (kind['places'] or SCENIC + ['svc', 'hotel', 'farm']) if (p in FAR or not near(p, rp['place']))]
    place = ch(far)
    if chance(0.5):
        tf = rp['b'] + dt.timedelta(days=rng.randint(8, 45), minutes=rng.randint(0, 600))
    else:
        tf = rp['a'] - dt.timedelta(days=rng.randint(6, 25), minutes=rng.randint(0, 600))
    tf = work_hours(tf, forward=False)
    if tf > NOW - dt.timedelta(hours=3) or mins(tf) > 172000:
        continue
    if place in PL and clash(neg['cat'], neg['col'], place, tf, None):
        continue
    add_negative('brand_elsewhere', neg, place, tf, rp, must=visible_facts(neg) or None)
    n += 1
assert n == 20

# unclaimed: ordinary finds over the weeks
n = 0
while n < 35:
    cat = ch(['phone', 'id_doc', 'wallet', 'keys', 'bag', 'electronics', 'other', 'other', 'other', 'jewelry', 'cash', 'bag', 'keys'])
    kind = ch(kinds_of(cat))
    neg = new_record(kind)
    place = pick_place(kind)
    if chance(0.45):
        tf = loss_time(place) + dt.timedelta(minutes=rng.randint(20, 600))
    else:
        tf = dt.datetime(2026, 9, 5) + dt.timedelta(minutes=rng.randint(0, 100 * 1440))
        tf = tf.replace(hour=rng.randint(7, 18))
    tf = work_hours(tf)
    if tf > NOW - dt.timedelta(hours=3):
        continue
    if clash(neg['cat'], neg['col'], place, tf, None):
        continue
    # also no same-category report at the same place within four days with no colour at all
    add_negative('unclaimed', neg, place, tf, None, must=visible_facts(neg) or None)
    n += 1

# ---------------------------------------------------------------- keys and output
order_f = list(range(len(founds)))
rng.shuffle(order_f)
fkey = {}
found_out = []
for j, i in enumerate(order_f):
    fkey[i] = '%s-F%04d' % (P, j + 1)
for i in sorted(order_f, key=lambda i: fkey[i]):
    fd = founds[i]
    e = {'key': fkey[i]}
    e.update(fd['entry'])
    if fd['label']:
        e['negative'] = fd['label']
    found_out.append(e)

order_r = list(range(len(reports)))
rng.shuffle(order_r)
lost_out = []
for j, i in enumerate(order_r):
    rp = reports[i]
    e = {'key': '%s-L%04d' % (P, j + 1)}
    e.update(rp['entry'])
    e['truth'] = fkey[rp['truth']] if rp['truth'] is not None else None
    lost_out.append(e)


def ordered(e, kind):
    keys = ['key', 'category', 'body', 'found_at_min', 'lost_from_min', 'lost_to_min', 'color', 'brand', 'model',
            'serial', 'marks', 'address', 'lat', 'lon', 'negative', 'truth']
    return {k: e[k] for k in keys if k in e}


data = {'seed': SEED, 'made_by': 'tests/lostfound/make_set20.py',
        'parts': {'set20': {'found': [ordered(e, 'f') for e in found_out], 'lost': [ordered(e, 'l') for e in lost_out]}}}
with open(OUT, 'w', encoding='utf-8') as fh:
    json.dump(data, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
labels = {}
for fd in founds:
    labels[fd['label'] or 'true'] = labels.get(fd['label'] or 'true', 0) + 1
print('wrote %s: %d found, %d lost; %s; cross-category pairs %d' % (OUT, len(found_out), len(lost_out), labels, n_alt))
