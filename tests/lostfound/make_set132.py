#!/usr/bin/env python3
"""make_set132.py -- writes set132.json, a blind labelled lost-and-found set.

World: 榕沥镇 (Rongli), an invented Pearl River Delta manufacturing-and-logistics town, in the
Double-11 week of mid-November.  Every object is first drawn as a hidden truth record; the lost
report and the found registration are then written from it separately, each in its own voice and
knowing only what that person could know.  Python 3 standard library only, one random.Random(SEED),
no set iteration, so the output is identical on every run and under any PYTHONHASHSEED.

Usage: python3 make_set132.py [output.json]   (default: set132.json next to this file)
"""
import json
import math
import os
import random
import sys
from datetime import datetime, timedelta

SEED = 132132
PART = "set132"
PFX = "S132"
N_PAIR, N_NULL = 150, 90
NEG_PLAN = [("same_category_colour", 34), ("found_before_loss", 30),
            ("same_brand_elsewhere", 26), ("lookalike_other_owner", 30)]
N_CROSS = 4
R = random.Random(SEED)
NOW = datetime(2024, 11, 17, 8, 30)   # the moment of registration; the year is never written
HERE = os.path.dirname(os.path.abspath(__file__))


def pick(seq):
    seq = list(seq)
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


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- identifiers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
PROV = {"gx": "45", "hn": "43", "sc": "51", "ha": "41", "gd": "44", "jx": "36", "gz": "52"}
PROV_CN = {"gx": "广西", "hn": "湖南", "sc": "四川", "ha": "河南", "gd": "广东", "jx": "江西", "gz": "贵州"}


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def make_id(prov, male):
    s = (PROV[prov] + "%02d" % R.randint(1, 13) + "%02d" % R.randint(21, 29)
         + "%04d%02d%02d" % (R.randint(1971, 2005), R.randint(1, 12), R.randint(1, 28))
         + "%02d" % R.randint(0, 99) + str(pick([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])))
    return s + id_check(s)


def luhn_digit(s14):
    tot = 0
    for i, ch in enumerate(s14):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def make_imei():
    s = "86" + digits(12)
    return s + luhn_digit(s)


def norm_id(s):
    return "".join(ch for ch in s.upper() if ch not in " -·.:/")


def tailpat(v, k):
    v = norm_id(v)
    return "?" * (len(v) - k) + v[-k:]


def pat_compatible(a, b):
    """Right-aligned comparison of two identifier patterns ('?' = unknown)."""
    if "?" not in a and "?" not in b and len(a) != len(b):
        return False
    for x, y in zip(reversed(a), reversed(b)):
        if x != "?" and y != "?" and x != y:
            return False
    return True


# ---------------------------------------------------------------- world
TOWN = "榕沥镇"
# id: (canonical address, aliases, lat, lon, kind, english)
PLACES = {
    "sort_n": ("榕沥镇迅蜂速运北分拣中心", ["迅蜂北分拣", "北分拣中心", "迅蜂大仓", "分拣中心", "迅蜂北仓"], 22.9995, 113.4480, "work", "the XunFeng north sorting centre"),
    "hub2": ("榕沥镇汇川物流园2号分拨中心", ["汇川物流园2号库", "汇川二分拨", "物流园二号仓", "汇川那个分拨"], 22.9930, 113.4395, "work", "Huichuan logistics park hub 2"),
    "dorm_ht": ("榕沥镇宏泰电子厂员工宿舍A栋", ["宏泰宿舍A栋", "宏泰厂宿舍", "宏泰A栋", "厂里宿舍"], 22.9870, 113.4520, "dorm", "the Hongtai factory dormitory"),
    "canteen": ("榕沥镇科苑工业园第二饭堂", ["科苑二饭堂", "工业园饭堂", "二饭堂", "科苑饭堂"], 22.9890, 113.4585, "eat", "the Keyuan industrial park canteen"),
    "dorm_xd": ("榕沥镇鑫达五金厂宿舍", ["鑫达宿舍", "五金厂宿舍", "鑫达五金宿舍楼"], 22.9815, 113.4440, "dorm", "the Xinda hardware dormitory"),
    "village": ("榕沥镇下洲坊村牌坊口", ["下洲坊村口", "下洲坊牌坊", "村口牌坊", "下洲坊"], 22.9790, 113.4610, "street", "Xiazhoufang village gate"),
    "market": ("榕沥镇下洲坊市场", ["下洲坊菜市场", "菜市场", "下洲坊街市", "市场那边"], 22.9782, 113.4632, "market", "the Xiazhoufang wet market"),
    "night": ("榕沥镇兴隆街下洲坊夜市", ["下洲坊夜市", "兴隆街夜市", "夜市", "兴隆街大排档"], 22.9775, 113.4650, "eat", "the night market on Xinglong Street"),
    "metro": ("地铁9号线榕沥北站（终点站）", ["地铁榕沥北站", "榕沥北站", "地铁终点站", "9号线终点站"], 22.9960, 113.4655, "transit", "Rongli North metro station"),
    "coach": ("榕沥客运站", ["客运站", "榕沥汽车站", "汽车站", "榕沥车站"], 22.9720, 113.4570, "transit", "Rongli coach station"),
    "clinic": ("榕沥社区卫生服务中心", ["社区医院", "卫生服务中心", "社康", "榕沥卫生院"], 22.9805, 113.4560, "clinic", "the community clinic"),
    "shed_ht": ("榕沥镇宏泰宿舍电动车充电棚", ["宏泰充电棚", "宿舍楼下充电棚", "A栋充电棚"], 22.9866, 113.4527, "shed", "the Hongtai charging shed"),
    "shed_xz": ("榕沥镇下洲坊村东电动车充电棚", ["村东充电棚", "下洲坊充电桩", "村东头充电棚"], 22.9795, 113.4665, "shed", "the village charging shed"),
    "yizhan": ("小鹿驿站（下洲坊店）", ["小鹿驿站", "下洲坊驿站", "驿站门口", "小鹿快递点"], 22.9786, 113.4598, "courier", "the Xiaolu parcel station"),
    "xf_stn": ("迅蜂速运榕沥营业站", ["迅蜂站点", "迅蜂营业部", "榕沥站点", "迅蜂网点"], 22.9845, 113.4620, "courier", "the XunFeng courier station"),
    "plaza": ("榕沥镇丰乐广场", ["丰乐广场", "广场", "丰乐商场门口"], 22.9830, 113.4680, "street", "Fengle Plaza"),
    "gate_ky": ("榕沥镇科苑工业园南门", ["工业园南门", "科苑南门", "南门保安亭"], 22.9872, 113.4600, "work", "the Keyuan park south gate"),
    "bus": ("榕沥大道宏泰厂公交站", ["宏泰厂公交站", "榕沥大道公交站", "公交站"], 22.9850, 113.4550, "transit", "the Hongtai bus stop"),
    "dorm_hc": ("榕沥镇汇川物流园宿舍楼", ["物流园宿舍", "汇川宿舍", "园区宿舍"], 22.9940, 113.4370, "dorm", "the Huichuan park dormitory"),
    "netbar": ("榕沥镇兴隆街星际网吧", ["星际网吧", "网吧", "兴隆街网吧"], 22.9770, 113.4640, "eat", "the Xingji internet cafe"),
    "factory": ("榕沥镇宏泰电子厂三号车间", ["宏泰三车间", "三号车间", "车间"], 22.9880, 113.4510, "work", "Hongtai workshop 3"),
    "hotel": ("榕沥镇丰乐国际酒店", ["丰乐酒店", "Fengle Hotel", "酒店大堂"], 22.9835, 113.4700, "hotel", "the Fengle International Hotel"),
    "showroom": ("榕沥镇宏泰电子厂展厅", ["宏泰展厅", "厂里样品间", "宏泰样品展厅"], 22.9885, 113.4530, "hotel", "the Hongtai showroom"),
}
PLACE_IDS = list(PLACES.keys())
# far places, 13-20 km away, used only for "same brand, different place and time" negatives
FAR = {
    "far_wl": ("沙溪片区万联物流园", ["万联物流园", "沙溪物流园"], 23.0950, 113.5620, "work", "Wanlian logistics park"),
    "far_jw": ("江湾新区商业街", ["江湾商业街", "江湾步行街"], 22.8620, 113.3400, "street", "Jiangwan high street"),
    "far_ng": ("南岗客运站", ["南岗汽车站", "南岗车站"], 23.1400, 113.3900, "transit", "Nangang coach station"),
    "far_bn": ("白泥湾工业区宿舍", ["白泥湾宿舍", "白泥湾工业区"], 22.8400, 113.6100, "dorm", "Bainiwan dormitory"),
    "far_tw": ("塘尾村夜市", ["塘尾夜市", "塘尾村大排档"], 23.0600, 113.2950, "eat", "Tangwei night market"),
    "far_sl": ("石岭地铁站", ["石岭站", "地铁石岭站"], 23.1150, 113.4700, "transit", "Shiling metro station"),
}
FAR_IDS = list(FAR.keys())
SPOT = {
    "work": ["更衣柜旁", "3号分拣线边上", "装卸口", "休息区长凳上", "厕所洗手台", "打卡机旁"],
    "dorm": ["楼梯间", "洗衣房", "走廊", "楼下小卖部门口", "晾衣台"],
    "eat": ["桌子底下", "洗碗台旁", "塑料凳上", "收银台边", "门口台阶"],
    "street": ["路边花坛", "台阶上", "垃圾桶旁", "石凳上"],
    "market": ["猪肉档旁", "菜档地上", "卖鱼档边", "市场门口"],
    "transit": ["候车座位上", "站台长椅", "安检口", "车厢座位上", "售票窗口旁"],
    "clinic": ["输液室", "候诊椅上", "药房窗口", "门口"],
    "shed": ["充电桩旁", "棚外空地", "棚子角落"],
    "courier": ["取件架旁", "门口台阶", "快递柜旁", "分件台上"],
    "hotel": ["大堂沙发", "前台", "电梯口", "会客室"],
}


SPOT_AT = {"bus": ["候车亭长椅上", "站牌下", "路边"], "metro": ["站台长椅", "安检口", "车厢座位上", "出站闸机旁"],
           "coach": ["候车座位上", "售票窗口旁", "大巴行李舱", "安检口"], "far_ng": ["候车座位上", "售票窗口旁"],
           "far_sl": ["站台长椅", "出站闸机旁"], "netbar": ["电脑桌下", "前台", "门口"], "night": ["桌子底下", "塑料凳上", "烧烤摊旁"]}


def dist_m(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(h))


def jitter(lat, lon, m):
    ang = R.random() * 2 * math.pi
    r = R.random() * m
    return (round(lat + r * math.cos(ang) / 111000.0, 6), round(lon + r * math.sin(ang) / 102300.0, 6))


NEIGH = {}
for _a in PLACE_IDS:
    NEIGH[_a] = [b for b in PLACE_IDS if b != _a and dist_m(PLACES[_a][2:4], PLACES[b][2:4]) < 900]
PLACES.update(FAR)

# ---------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑", "哑光黑", "深色", "曜石黑", "黑的", "纯黑"], ["black", "matte black"]),
    "white": (["白色", "白", "米白", "珍珠白", "白的"], ["white", "off-white"]),
    "blue": (["蓝色", "蓝", "宝蓝", "天蓝", "湖蓝"], ["blue", "light blue"]),
    "navy": (["深蓝", "藏青", "藏蓝", "深蓝色"], ["navy", "dark blue"]),
    "red": (["红色", "红", "大红", "酒红", "枣红"], ["red", "wine red"]),
    "green": (["绿色", "墨绿", "军绿", "绿"], ["green", "dark green"]),
    "grey": (["灰色", "深灰", "银灰", "太空灰", "灰"], ["grey", "space grey"]),
    "silver": (["银色", "银白", "亮银"], ["silver"]),
    "gold": (["金色", "香槟金", "土豪金", "金黄"], ["gold", "champagne"]),
    "pink": (["粉色", "粉红", "樱花粉", "玫瑰金"], ["pink", "rose gold"]),
    "purple": (["紫色", "浅紫", "薰衣草紫"], ["purple", "lilac"]),
    "brown": (["棕色", "咖啡色", "卡其色", "驼色"], ["brown", "tan"]),
    "yellow": (["黄色", "柠檬黄", "姜黄"], ["yellow"]),
    "orange": (["橙色", "橘色", "橘黄"], ["orange"]),
}
NEAR = {"black": ["grey", "navy"], "navy": ["black", "blue"], "grey": ["black", "silver"],
        "silver": ["grey", "white"], "white": ["silver"], "gold": ["pink", "yellow"],
        "pink": ["gold", "purple", "red"], "purple": ["pink"], "brown": ["orange"],
        "orange": ["brown", "yellow", "red"], "yellow": ["gold", "orange"], "red": ["pink", "orange"],
        "blue": ["navy"], "green": []}


def colors_clash(a, b):
    return a != b and b not in NEAR.get(a, []) and a not in NEAR.get(b, [])


# ---------------------------------------------------------------- brands
def B(bid, sp, models=None, **kw):
    d = dict(id=bid, sp=sp, models=models or [])
    d.update(kw)
    return d


PHONE_BRANDS = [
    B("huayao", ["华曜", "HUAYAO", "Huayao", "华耀", "华跃"], [("H60 Pro", ["H60 Pro", "H60pro", "h60 pro", "H60-Pro"]), ("Nova 9", ["Nova 9", "nova9", "NOVA 9", "诺瓦9"])], colors=["black", "white", "green", "purple"]),
    B("micheng", ["米橙", "MICHENG", "Micheng", "米程", "迷橙"], [("Note 12", ["Note 12", "note12", "Note12", "红橙Note12"]), ("MC 13", ["MC 13", "MC13", "mc13"])], colors=["black", "blue", "white", "green"]),
    B("olang", ["欧朗", "OLANG", "Oulang", "欧郎", "偶朗"], [("A78", ["A78", "a78", "A78 5G"]), ("K9x", ["K9x", "K9X", "k9x"])], colors=["black", "purple", "gold", "blue"]),
    B("vika", ["维卡", "VIKA", "Weika", "唯卡", "维咖"], [("Y36", ["Y36", "y36", "Y 36"]), ("S18", ["S18", "s18", "S-18"])], colors=["black", "gold", "green", "white"]),
    B("pomelo", ["柚子", "Pomelo", "youzi", "Pomello", "柚籽"], [("P15", ["P15", "p15", "Pomelo 15", "柚子15"]), ("P14 Plus", ["P14 Plus", "P14plus", "14 Plus"])], colors=["black", "white", "pink", "blue", "purple"]),
    B("hongla", ["红辣", "HONGLA", "Hongla", "红腊", "洪辣"], [("K1", ["K1", "k1", "老人机K1"])], colors=["red", "black"]),
]
LEATHER = [
    B("jinhu", ["金狐", "GOLDFOX", "Jinhu", "金湖", "金弧"]),
    B("jiupima", ["九匹马", "JIUPIMA", "Jiupima", "九匹码", "久匹马"]),
    B("daishu", ["袋鼠王", "KANGAROO KING", "Daishuwang", "袋鼠玉", "带鼠王"]),
    B("mulan", ["木兰香", "MULANXIANG", "Mulanxiang", "木兰箱", "木蓝香"]),
]
BAGB = [
    B("yuanxing", ["远行者", "FARWALKER", "Yuanxingzhe", "远形者", "Far Walker"]),
    B("qihang", ["启航", "QIHANG", "Qihang", "起航", "启杭"]),
    B("tuan", ["途岸", "TUAN", "Tu'an", "图岸", "途安"]),
    LEATHER[2],
]
EBIKES = [
    B("yacheng", ["雅骋", "YACHENG", "Yacheng", "亚骋", "雅程"], [("G5", ["G5", "冠骋G5", "g5"]), ("Q7", ["Q7", "q7", "Q-7"])], code="YC"),
    B("lvju", ["绿驹", "LVJU", "Lvju", "绿驱", "绿居"], [("LJ-800", ["LJ-800", "LJ800", "800型"]), ("Lv6", ["Lv6", "LV6", "lv6"])], code="LJ"),
    B("kuaidao", ["快刀", "KUAIDAO", "Kuaidao", "快到", "块刀"], [("K-Max", ["K-Max", "KMAX", "k max"]), ("闪电3", ["闪电3", "闪电三代", "SD3"])], code="KD"),
    B("taibo", ["台铂", "TAIBO", "Taibo", "台博", "抬铂"], [("T90", ["T90", "t90", "T-90"])], code="TB"),
]
BIKES = [
    B("fengxiang", ["凤翔", "FENGXIANG", "Fengxiang", "风翔", "凤祥"], [("FX-26", ["FX-26", "FX26", "fx 26"])], code="FX"),
    B("feiling", ["飞羚", "FEILING", "Feiling", "飞铃", "飞玲"], [("C3", ["C3", "城际C3", "c3"])], code="FL"),
    B("zhetu", ["折途", "ZHETU", "Zhetu", "哲途", "折图"], [("Z20", ["Z20", "z20", "Z-20"])], code="ZT"),
]
SHENGYUE = B("shengyue", ["声悦", "SOUNDJOY", "Shengyue", "声越", "Sound Joy"])
CHONGBAO = B("chongbao", ["充宝", "CHONGBAO", "Chongbao", "冲宝", "充保"])
LIANTUO = B("liantuo", ["联拓", "LIANTUO", "Liantuo", "连拓", "联托"])
XUNSAO = B("xunsao", ["迅扫", "XUNSAO", "Xunsao", "讯扫", "迅骚"])
HUAYAO = PHONE_BRANDS[0]
MICHENG = PHONE_BRANDS[1]
# electronics: sub -> (english, colours, [(brand, [(model, variants)])], id type or None)
ELEC = {
    "蓝牙耳机": ("earbuds", ["white", "black", "blue"], [(SHENGYUE, [("Air 3", ["Air 3", "air3", "AIR3"])]), (HUAYAO, [("曜Buds 5", ["曜Buds 5", "Buds5", "buds 5"])]), (MICHENG, [("橙豆 2", ["橙豆2", "橙豆 2", "Orange Buds 2"])])], "sn"),
    "充电宝": ("power bank", ["white", "black", "pink", "blue"], [(CHONGBAO, [("CB-20", ["CB-20", "CB20", "cb 20"])]), (MICHENG, [("PB10", ["PB10", "pb10", "PB-10"])])], None),
    "平板电脑": ("tablet", ["grey", "silver", "blue"], [(HUAYAO, [("H-Pad 11", ["H-Pad 11", "HPad11", "hpad 11"])]), (MICHENG, [("橙Pad 6", ["橙Pad 6", "Pad6", "pad 6"])])], "sn"),
    "笔记本电脑": ("laptop", ["black", "grey", "silver"], [(LIANTUO, [("T14", ["T14", "拓客T14", "t14"])]), (HUAYAO, [("曜Book 14", ["曜Book 14", "Book14", "book 14"])])], "sn"),
    "智能手表": ("smart watch", ["black", "silver", "pink"], [(HUAYAO, [("Watch 4", ["Watch 4", "H Watch4", "watch4"])]), (MICHENG, [("橙环 5", ["橙环5", "Band 5", "band5"])])], None),
    "巴枪": ("barcode scanner", ["black", "yellow"], [(XUNSAO, [("X8", ["X8", "x8", "X-8"])])], "device"),
    "蓝牙音箱": ("speaker", ["black", "red", "blue"], [(SHENGYUE, [("Boom Mini", ["Boom Mini", "boommini", "BOOM迷你"])])], None),
}
JEWELB = [
    B("zhoufujin", ["周福金", "ZHOUFUJIN", "Chow Fu Kam", "周富金", "周福今"]),
    B("laofengge", ["老凤阁", "LAOFENGGE", "Laofengge", "老风阁", "老凤格"]),
    B("yuxiang", ["玉湘斋", "YUXIANGZHAI", "Yuxiangzhai", "玉香斋", "玉湘寨"]),
]
KEYB = [B("gulishi", ["固力士", "GULISHI", "Gulishi", "固立士", "故力士"]), B("yede", ["耶得", "YEDE", "Yede", "耶德", "也得"])]
BANKS = [B("yuehui", ["粤汇银行", "YUEHUI BANK", "Yuehui", "越汇银行", "粤惠银行"]),
         B("zhuwan", ["珠湾农商银行", "ZHUWAN RCB", "Zhuwan", "珠弯农商", "珠湾农商行"])]
OTHERB = {
    "安全帽": B("andun", ["安盾", "ANDUN", "Andun", "安顿", "按盾"]),
    "保温杯": B("xiangbao", ["象宝", "XIANGBAO", "Xiangbao", "象保", "相宝"]),
    "眼镜": B("mingshi", ["明视", "MINGSHI", "Mingshi", "明是", "名视"]),
    "雨伞": B("tianqing", ["天晴", "TIANQING", "Tianqing", "天青", "天睛"]),
    "快递包裹": B("xunfeng", ["迅蜂速运", "XUNFENG", "XF Express", "讯蜂", "迅峰"]),
}


def spell(b, en=False):
    sp = b["sp"]
    if en:
        return sp[1] if chance(.75) else sp[2]
    return wpick([(sp[0], 50), (sp[1], 22), (sp[2], 14), (pick(sp[3:]), 14)])


# ---------------------------------------------------------------- people
SURN = {"gx": ["韦", "覃", "蒙", "黄", "陆", "莫", "农", "梁"], "hn": ["谭", "彭", "向", "刘", "曾", "邓", "贺"],
        "sc": ["罗", "何", "蒋", "杨", "冉", "苟", "廖"], "ha": ["王", "李", "张", "赵", "孙", "郭", "牛"],
        "gd": ["陈", "梁", "林", "黎", "冯"], "jx": ["熊", "涂", "胡"], "gz": ["龙", "吴", "石"]}
GIVEN = ["春燕", "秀梅", "海军", "建华", "小军", "丽娟", "永强", "桂芳", "国庆", "红梅", "志勇", "金凤", "晓东",
         "玉兰", "德明", "小芳", "文斌", "雪梅", "家豪", "思琪", "俊杰", "美玲", "宏伟", "翠花", "振兴", "月娥",
         "少华", "佳怡", "明亮", "兰英", "子轩", "梓涵", "立新", "秋菊", "大勇", "雨欣", "海燕", "光辉", "秀英", "富贵"]
FEMALE = set(["春燕", "秀梅", "丽娟", "桂芳", "红梅", "金凤", "玉兰", "小芳", "雪梅", "思琪", "美玲", "翠花", "月娥",
              "佳怡", "兰英", "梓涵", "秋菊", "雨欣", "海燕", "秀英"])
FOREIGN = ["Kofi Mensaro", "Ravi Shenbagam", "Dmitri Volosko", "Amira Belhadj", "Lucas Ferrante",
           "Nadia Karimova", "Samuel Otienu", "Jana Novotka", "Hector Amarillo", "Ola Brekkestad"]
ORIGINS = [("gx", 24), ("hn", 22), ("sc", 22), ("ha", 20), ("gd", 5), ("jx", 4), ("gz", 3)]


def person(origin=None):
    origin = origin or wpick(ORIGINS)
    g = pick(GIVEN)
    name = pick(SURN[origin]) + (g if chance(.8) else pick(["强", "伟", "芳", "敏", "静", "军", "勇", "杰", "涛", "燕", "霞", "斌", "娟", "磊", "鹏"]))
    return origin, name, g not in FEMALE


# ---------------------------------------------------------------- marks
def M(o, f=None, oe=None, fe=None, vis=True):
    return dict(o=o, f=f or [], oe=oe, fe=fe or oe, vis=vis and bool(f))


PHONE_CASES = [
    M(["套了个透明壳", "透明手机壳", "手机壳是透明的"], ["透明软壳", "外套透明保护壳", "透明壳"], "clear case"),
    M(["黑色硅胶壳"], ["黑色硅胶保护套", "黑色软壳"], "black silicone case"),
    M(["壳上有只小黄鸭", "小黄鸭图案的壳"], ["小黄鸭图案手机壳", "壳印黄色鸭子"], "case with a yellow duck"),
    M(["棕色翻盖皮套", "翻盖的皮套，棕色"], ["棕色翻盖皮套", "翻盖皮套（棕）"], "brown flip cover"),
    M(["壳后面带个指环扣", "有个金属指环支架"], ["背面有指环支架", "带金属指环扣"], "metal ring holder"),
    M(["没套壳", "裸机没壳"], ["无保护壳", "未套壳"], "no case"),
    M(["壳里面夹了张榕通卡", "手机壳后面塞了张公交卡"], ["壳内夹榕通卡一张", "保护壳内夹公交卡"], "a bus card tucked in the case"),
    M(["粉色毛绒壳，有两个兔耳朵"], ["粉色毛绒兔耳手机壳", "兔耳朵毛绒壳"], "pink fluffy bunny case"),
]
PHONE_DMG = [
    M(["屏幕右上角裂了", "右上角屏幕碎咗"], ["屏幕右上角有裂痕", "屏右上角碎裂"], "cracked top-right corner"),
    M(["后盖左下角磕掉一块漆"], ["后盖左下角掉漆"], "chipped paint bottom-left"),
    M(["钢化膜碎成蜘蛛网了", "贴的膜碎了"], ["钢化膜碎裂", "贴膜碎成网状"], "shattered screen protector"),
    M(["摄像头旁边有道划痕"], ["镜头旁有划痕"], "scratch next to the camera"),
]
LOCKSCREENS = [
    M(["锁屏是我女儿的照片", "屏保是我女儿"], ["锁屏为一小女孩照片", "锁屏壁纸：小女孩"], "lock screen is my daughter"),
    M(["锁屏是一只橘猫"], ["锁屏图片为橘猫", "锁屏是只黄猫"], "lock screen is an orange cat"),
    M(["锁屏是桂林山水的图", "屏保是山水风景"], ["锁屏为山水风景图", "锁屏：山水"], "lock screen is a river landscape"),
    M(["锁屏是我和老婆的合照"], ["锁屏为一男一女合影"], "lock screen is me and my wife"),
    M(["锁屏是个打篮球的动漫人物"], ["锁屏为动漫篮球人物", "锁屏动漫图"], "lock screen is an anime basketball player"),
    M(["锁屏是我儿子穿校服的照片"], ["锁屏为穿校服男孩照片"], "lock screen is my son in school uniform"),
    M(["屏保是一片向日葵"], ["锁屏为向日葵图片"], "lock screen is sunflowers"),
]
PHONE_STICK = [
    M(["背面贴了个熊猫贴纸"], ["背面有熊猫贴纸"], "panda sticker on the back"),
    M(["挂着条红绳，上面有个平安扣"], ["挂红色挂绳及平安扣"], "red strap with a jade disc"),
    M(["背后贴着迅蜂的工号贴"], ["背面贴迅蜂工号贴纸"], None),
]


def hidden_phone():
    return pick([
        M(["手机号尾号" + digits(4)], vis=False, oe=None),
        M(["里面有微信和支付宝，急", "微信支付宝都在里面"], vis=False, oe="all my payment apps are on it"),
        M(["买了才%d个月，%d块买的" % (R.randint(1, 9), pick([899, 1299, 1699, 2399, 3199]))], vis=False),
        M(["电量大概只剩%d%%了" % R.randint(5, 40)], vis=False, oe="battery was low"),
        M(["里面有工资卡的银行APP"], vis=False),
        M(["开了定位但是关机了定不到", "定位最后显示在附近"], vis=False),
    ])


# ---------------------------------------------------------------- objects
def base(cat, sub, sgroup, sub_en, unit, nouns, fnouns, place, origin, name, male):
    return dict(cat=cat, sub=sub, sgroup=sgroup, sub_en=sub_en, unit=unit, nouns=nouns, fnouns=fnouns,
                brand=None, model=None, color=None, ids={}, idvis=[], idlabel={}, name=name, namevis=False,
                amount=None, marks=[], place=place, origin=origin, male=male, role="worker", crossf=None)


CAT_PLACES = {
    "phone": ["sort_n", "hub2", "dorm_ht", "canteen", "night", "metro", "coach", "netbar", "market", "bus", "plaza", "factory", "dorm_hc", "xf_stn", "yizhan"],
    "id_doc": ["sort_n", "hub2", "dorm_ht", "canteen", "night", "metro", "coach", "clinic", "bus", "gate_ky", "netbar", "dorm_xd", "village"],
    "wallet": ["night", "market", "metro", "coach", "canteen", "netbar", "bus", "village", "plaza", "clinic", "dorm_xd", "yizhan"],
    "keys": ["dorm_ht", "dorm_xd", "dorm_hc", "market", "shed_ht", "shed_xz", "night", "canteen", "village", "yizhan", "sort_n"],
    "ebike": ["shed_ht", "shed_xz", "xf_stn", "yizhan", "market", "village", "dorm_xd", "gate_ky", "night"],
    "bicycle": ["dorm_ht", "dorm_xd", "village", "metro", "bus", "market", "gate_ky", "dorm_hc"],
    "bag": ["coach", "metro", "bus", "netbar", "canteen", "sort_n", "hub2", "night", "xf_stn", "dorm_hc"],
    "cash": ["market", "night", "canteen", "dorm_ht", "coach", "clinic", "village", "yizhan", "bus"],
    "jewelry": ["market", "clinic", "dorm_ht", "night", "plaza", "coach", "village", "dorm_xd"],
    "electronics": ["sort_n", "hub2", "metro", "netbar", "xf_stn", "yizhan", "coach", "canteen", "factory", "bus"],
    "other": ["clinic", "sort_n", "factory", "xf_stn", "coach", "yizhan", "canteen", "gate_ky", "market", "metro"],
}
EN_PLACES = ["hotel", "showroom", "metro", "plaza", "night", "coach"]
CAT_W = {"phone": 30, "id_doc": 24, "wallet": 20, "keys": 15, "ebike": 12, "bicycle": 7, "bag": 15,
         "cash": 7, "jewelry": 8, "electronics": 14, "other": 10}
CAT_CN = {"phone": "手机", "id_doc": "证件", "wallet": "钱包", "keys": "钥匙", "ebike": "电动车",
          "bicycle": "自行车", "bag": "包", "cash": "现金", "jewelry": "首饰", "electronics": "电子产品", "other": "其他"}


def choose_place(cat, f):
    if f.get("place"):
        return f["place"]
    return pick(CAT_PLACES[cat])


def g_phone(f):
    origin, name, male = person(f.get("origin"))
    if f.get("foreign"):
        name = pick(FOREIGN)
    b = f.get("brand") or pick(PHONE_BRANDS)
    o = base("phone", "手机", "手机", "phone", "部", ["手机"], ["手机"], choose_place("phone", f), origin, name, male)
    o["brand"] = b
    o["model"] = f.get("model") or pick(b["models"])
    o["color"] = f.get("color") or pick(b["colors"])
    o["ids"]["imei"] = make_imei()
    o["idvis"] = ["imei"]   # readable from the lock screen with *#06#
    o["marks"] = [pick(PHONE_CASES)]
    if chance(.5):
        o["marks"].append(pick(PHONE_DMG))
    if chance(.55):
        o["marks"].append(pick(LOCKSCREENS))
    if chance(.2):
        o["marks"].append(pick(PHONE_STICK))
    o["marks"].append(hidden_phone())
    if b["id"] == "hongla":
        o["marks"].append(M(["按键的老人机，字很大"], ["按键老人机"], "a button phone for elderly people"))
    return o


ID_SUBS = [("身份证", 40), ("工牌", 16), ("银行卡", 12), ("社保卡", 8), ("驾驶证", 7), ("居住证", 7), ("学生证", 4)]
COMPANIES = [("宏泰电子", "HT"), ("鑫达五金", "XD"), ("迅蜂速运", "XF"), ("汇川物流", "HC")]


def g_id(f):
    origin, name, male = person(f.get("origin"))
    sub = f.get("sub") or (("护照" if f.get("foreign") else wpick(ID_SUBS)))
    nouns = {"身份证": ["身份证", "身份证", "身分证"], "工牌": ["工牌", "厂牌", "工作证"], "银行卡": ["银行卡", "工资卡", "卡"],
             "社保卡": ["社保卡"], "驾驶证": ["驾驶证", "驾照"], "居住证": ["居住证"], "学生证": ["学生证"], "护照": ["护照"]}[sub]
    en = {"身份证": "ID card", "工牌": "staff badge", "银行卡": "bank card", "社保卡": "social security card",
          "驾驶证": "driving licence", "居住证": "residence permit", "学生证": "student card", "护照": "passport"}[sub]
    unit = "本" if sub in ("护照", "驾驶证", "学生证") else "张"
    o = base("id_doc", sub, sub, en, unit, nouns, [sub], choose_place("id_doc", f), origin, name, male)
    o["namevis"] = sub not in ("银行卡",)
    if sub in ("身份证", "驾驶证", "居住证", "社保卡"):
        o["ids"]["id"] = make_id(origin, male)
        o["idvis"] = ["id"]
        o["marks"].append(M(["住址是%s的" % PROV_CN[origin], "户口%s" % PROV_CN[origin]], ["住址为%s" % PROV_CN[origin], "地址栏：%s某县" % PROV_CN[origin]]))
        if sub == "驾驶证":
            o["color"] = f.get("color") or pick(["brown", "black"])
            o["marks"].append(M(["准驾C1", "C1的本"], ["准驾车型C1"]))
        if sub == "社保卡":
            o["brand"] = f.get("brand") or pick(BANKS)
            o["marks"].append(M(["社保卡是%s联名的" % o["brand"]["sp"][0]], ["%s联名社保卡" % o["brand"]["sp"][0]]))
        if sub == "居住证":
            o["marks"].append(M(["居住地址写的下洲坊村"], ["居住地址：下洲坊村"]))
        if sub == "身份证" and chance(.4):
            o["marks"].append(pick([M(["装在一个透明卡套里"], ["外有透明卡套"]), M(["有效期快到了"], vis=False),
                                     M(["上面照片是以前的短头发"], ["照片为短发"])]))
    elif sub == "工牌":
        comp, code = f.get("company") or pick(COMPANIES)
        o["ids"]["staff"] = code + str(R.randint(10000, 39999))
        o["idvis"] = ["staff"]
        o["color"] = f.get("color") or pick(["blue", "red", "green", "yellow"])
        o["marks"].append(M(["%s的工牌" % comp, "是%s的厂牌" % comp], ["%s工牌" % comp, "印有%s字样" % comp]))
        o["marks"].append(M(["挂绳是%s的" % COLORS[o["color"]][0][0]], ["%s挂绳" % COLORS[o["color"]][0][0]]))
        if chance(.4):
            o["marks"].append(M(["工牌背面夹着饭卡"], ["背面夹饭卡一张"]))
    elif sub == "银行卡":
        o["brand"] = f.get("brand") or pick(BANKS)
        o["ids"]["card"] = "62" + digits(14)
        o["idvis"] = ["card"]
        o["color"] = f.get("color") or pick(["gold", "blue", "silver", "red"])
        o["marks"].append(M(["卡里有这个月工资", "工资刚发进去"], vis=False))
    elif sub == "学生证":
        o["ids"]["student"] = "2023" + digits(6)
        o["idvis"] = ["student"]
        o["color"] = f.get("color") or pick(["red", "blue"])
        o["marks"].append(M(["榕沥职业技术学校的学生证，在厂里实习"], ["榕沥职业技术学校学生证"]))
    elif sub == "护照":
        o["name"] = pick(FOREIGN)
        o["ids"]["passport"] = pick("EKPGT") + digits(8)
        o["idvis"] = ["passport"]
        o["color"] = f.get("color") or pick(["green", "navy", "red", "black"])
        o["marks"].append(M(["护照里夹着酒店房卡"], ["内夹丰乐国际酒店房卡一张"], "hotel key card inside", "hotel key card inside"))
        o["role"] = "buyer"
    return o


WALLET_SUBS = [("长款钱包", "钱包", ["长款钱包", "长钱包", "钱包"], "long wallet"), ("短款钱包", "钱包", ["钱包", "短款钱包", "小钱包"], "wallet"),
               ("卡包", "卡包", ["卡包", "卡套"], "card holder"), ("零钱包", "零钱包", ["零钱包", "小零钱包"], "coin purse")]


def g_wallet(f):
    origin, name, male = person(f.get("origin"))
    if f.get("foreign"):
        name = pick(FOREIGN)
    s = f.get("subt") or pick(WALLET_SUBS)
    o = base("wallet", s[0], s[1], s[3], "个", s[2], s[2], choose_place("wallet", f), origin, name, male)
    o["subt"] = s
    o["brand"] = f.get("brand") or (pick(LEATHER) if chance(.8) else None)
    o["color"] = f.get("color") or pick(["black", "brown", "red", "pink", "navy", "grey", "white"])
    if s[0] != "卡包":
        o["amount"] = pick([R.randint(2, 60) * 10, R.randint(5, 150) * 10 + pick([0, 5]), R.randint(1, 15) * 100])
    if f.get("foreign"):
        o["amount"] = R.randint(3, 20) * 100
        o["marks"].append(M(["还有几张美元"], ["内有外币（美元）数张"], "some US dollars", "some US dollar notes"))
    if chance(.55) or f.get("need_id"):
        if f.get("foreign"):
            o["ids"]["passport"] = pick("EKPGT") + digits(8)
        else:
            o["ids"]["id"] = make_id(origin, male)
        o["idvis"].append(list(o["ids"].keys())[-1])
        o["namevis"] = True
        o["marks"].append(M(["身份证在里面" if not f.get("foreign") else "护照复印件在里面"], ["内有身份证一张" if not f.get("foreign") else "内有护照复印件"], "copy of my passport inside", "passport copy inside"))
    if chance(.45):
        o["ids"]["card"] = "62" + digits(14)
        o["idvis"].append("card")
        bk = pick(BANKS)["sp"][0]
        o["marks"].append(M(["有张%s的卡" % bk, "一张%s银行卡" % bk.replace("银行", "")], ["%s银行卡一张" % bk.replace("银行", "")]))
    o["marks"].append(pick([M(["有张全家福照片"], ["内有全家福照片一张"], "a family photo", "family photo inside"),
                            M(["夹着两张彩票"], ["内有彩票两张"]),
                            M(["有张榕通卡"], ["内有榕通卡（公交卡）一张"], "a bus card", "a bus card"),
                            M(["里面有张宏泰的饭卡"], ["内有宏泰电子饭卡"]),
                            M(["拉链有点坏了"], ["拉链损坏"], "broken zip", "broken zip"),
                            M(["边角磨得发白了", "用了好几年，边都磨烂了"], ["边角磨损严重"], "worn corners", "worn corners"),
                            M(["老婆送的，有感情"], vis=False)]))
    if chance(.3):
        o["marks"].append(M(["里面有张药单"], ["内有社区医院处方单"]))
    if f.get("foreign"):
        o["role"] = "buyer"
    return o


ORNAMENTS = [("小黄鸭公仔", "yellow"), ("熊猫挂件", "black"), ("红色平安结", "red"), ("葫芦挂件", "gold"), ("粉色小熊", "pink"),
             ("蓝色开瓶器", "blue"), ("绿色指甲刀", "green"), ("银色小铃铛", "silver")]


def g_keys(f):
    origin, name, male = person(f.get("origin"))
    o = base("keys", "钥匙", "钥匙", "keys", "串", ["钥匙", "一串钥匙", "钥匙串"], ["钥匙", "钥匙一串"], choose_place("keys", f), origin, name, male)
    n = R.randint(2, 6)
    o["marks"].append(M(["一共%d把钥匙" % n, "%d条钥匙" % n], ["共%d把钥匙" % n, "钥匙%d把" % n]))
    orn = f.get("orn")
    if orn is None:
        cand = [x for x in ORNAMENTS if not f.get("color") or x[1] == f["color"]]
        orn = pick(cand) if cand else pick(ORNAMENTS)
    o["orn"] = orn
    o["color"] = orn[1]
    o["marks"].append(M(["挂着个%s" % orn[0], "上面有个%s" % orn[0]], ["挂%s" % orn[0], "带%s挂件" % orn[0]]))
    if chance(.5):
        o["marks"].append(M(["有个蓝色的门禁扣"], ["蓝色门禁卡扣一个"]))
    kind = f.get("kkind") or pick(["ebike", "lock", "tag", "plain"])
    o["kkind"] = kind
    if kind == "ebike":
        o["brand"] = f.get("brand") or pick(EBIKES)
        o["marks"].append(M(["有一把%s电动车钥匙" % o["brand"]["sp"][0]], ["含%s电动车钥匙一把" % o["brand"]["sp"][0]]))
    elif kind == "lock":
        o["brand"] = f.get("brand") or pick(KEYB)
        o["ids"]["keyno"] = digits(4)
        o["idvis"] = ["keyno"]
        o["marks"].append(M(["有把挂锁钥匙"], ["挂锁钥匙一把"]))
    elif kind == "tag":
        tag = pick(["A栋", "B栋", "C栋", "3巷", "5巷"]) + str(pick([2, 3, 4, 5, 6])) + "%02d" % R.randint(1, 18)
        o["ids"]["tag"] = tag
        o["idvis"] = ["tag"]
    if chance(.4):
        o["marks"].append(M(["锁宿舍柜子的小钥匙也在上面", "还有个柜桶的小钥匙"], ["另有小号柜锁钥匙"]))
    return o


def g_ebike(f):
    origin, name, male = person(f.get("origin"))
    b = f.get("brand") or pick(EBIKES)
    nouns = ["电动车", "电瓶车", "电驴", "电单车"]
    o = base("ebike", "电动车", "电动车", "e-bike", "辆", nouns, ["电动车", "电动自行车", "电瓶车"], choose_place("ebike", f), origin, name, male)
    o["brand"] = b
    o["model"] = f.get("model") or pick(b["models"])
    o["color"] = f.get("color") or pick(["white", "black", "red", "blue", "grey", "green", "pink", "yellow"])
    o["ids"]["frame"] = b["code"] + pick(["22", "23", "24"]) + "%02d" % R.randint(1, 12) + pick("ABCDEFGHK") + digits(6)
    o["ids"]["plate"] = "榕" + pick("ABCDE") + digits(5)
    o["idvis"] = ["frame", "plate"]
    o["marks"].append(pick([M(["后座装了儿童座椅"], ["后座加装儿童座椅"]), M(["后面有个外卖箱"], ["后置外卖箱"]),
                            M(["后座绑着个蓝色货箱，跑快递用的"], ["后座绑蓝色货箱"]), M(["前面有个车筐"], ["前置车筐"])]))
    if chance(.6):
        o["marks"].append(pick([M(["挂了%s挡风被" % pick(["迷彩", "格子", "黑色"])], ["车头挂挡风被"]),
                                M(["左边后视镜断了"], ["左侧后视镜缺失"]), M(["坐垫破了用胶布粘着"], ["坐垫破损有胶布"]),
                                M(["车头挂了个平安符"], ["车头挂平安符"]), M(["车身贴了迅蜂的贴纸"], ["车身贴迅蜂贴纸"])]))
    o["marks"].append(pick([M(["电池是48V的锂电", "电池48V 20安"], vis=False), M(["买了一年多，花了%d" % pick([2380, 2699, 3150])], vis=False),
                            M(["车是锁了的", "上了大锁的"], vis=False), M(["充电器在车上箱子里"], vis=False)]))
    o["role"] = pick(["courier", "worker", "worker"])
    return o


def g_bicycle(f):
    origin, name, male = person(f.get("origin"))
    b = f.get("brand") or pick(BIKES)
    kind = pick(["山地车", "通勤车", "折叠车"]) if b["id"] != "zhetu" else "折叠车"
    o = base("bicycle", "自行车", "自行车", "bicycle", "辆", ["自行车", "单车", kind], ["自行车", kind], choose_place("bicycle", f), origin, name, male)
    o["brand"] = b
    o["model"] = f.get("model") or pick(b["models"])
    o["color"] = f.get("color") or pick(["black", "white", "blue", "red", "green", "grey", "orange"])
    o["ids"]["frame"] = b["code"] + digits(2) + pick("MNPQ") + digits(6)
    o["idvis"] = ["frame"]
    o["marks"].append(M(["是辆%s" % kind], [kind]))
    o["marks"].append(pick([M(["有个车筐"], ["前有车筐"]), M(["车把缠了黑胶布"], ["车把缠黑胶布"]), M(["后座有个货架"], ["后有货架"]),
                            M(["铃铛是小黄人的"], ["车铃为卡通造型"]), M(["坐垫套了个红色垫子"], ["红色坐垫套"])]))
    o["marks"].append(pick([M(["是上了U型锁的"], vis=False), M(["二手买的，%d块" % pick([180, 260, 350])], vis=False), M(["前轮有点漏气"], ["前轮气不足"])]))
    return o


BAG_SUBS = [("双肩包", "背包", ["双肩包", "背包", "书包"], "backpack"), ("行李箱", "行李箱", ["行李箱", "拉杆箱", "箱子"], "suitcase"),
            ("编织袋", "编织袋", ["编织袋", "蛇皮袋", "大编织袋"], "woven sack"), ("斜挎包", "挎包", ["斜挎包", "挎包", "小包"], "shoulder bag"),
            ("腰包", "腰包", ["腰包", "收款腰包", "腰包"], "waist bag"), ("帆布袋", "手提袋", ["帆布袋", "手提袋", "布袋"], "tote bag")]
SPECIALTY = {"gx": "一袋桂林米粉和几包螺蛳粉", "hn": "两块腊肉和一瓶剁辣椒", "sc": "一包腊肠和两瓶豆瓣酱", "ha": "几包胡辣汤料和烩面",
             "gd": "一盒腊肠", "jx": "一袋米粉", "gz": "两瓶辣椒酱"}


def g_bag(f):
    origin, name, male = person(f.get("origin"))
    if f.get("foreign"):
        name = pick(FOREIGN)
    s = f.get("subt") or (pick(BAG_SUBS[:2] + BAG_SUBS[3:4]) if f.get("foreign") else pick(BAG_SUBS))
    o = base("bag", s[0], s[1], s[3], "个", s[2], [s[0], s[2][0]], choose_place("bag", f), origin, name, male)
    o["subt"] = s
    if s[0] in ("编织袋", "帆布袋"):
        o["color"] = f.get("color") or pick(["white", "red", "blue", "green"])
        o["marks"].append(M(["装了几件衣服和被子"], ["内有衣物被褥"]))
        if chance(.5):
            o["ids"]["tag"] = name[0]
            o["idvis"] = ["tag"]
    else:
        o["brand"] = f.get("brand") or (pick(BAGB) if chance(.8) else None)
        o["color"] = f.get("color") or pick(["black", "grey", "navy", "red", "pink", "green"])
    cont = []
    if not f.get("foreign"):
        if chance(.55):
            cont.append(M(["里面有%s" % SPECIALTY[origin], "装着老家带的%s" % SPECIALTY[origin]], ["内有%s" % SPECIALTY[origin]]))
        if chance(.4):
            comp, code = pick(COMPANIES)
            o["ids"]["staff"] = code + str(R.randint(10000, 39999))
            o["idvis"].append("staff")
            o["namevis"] = True
            cont.append(M(["%s工牌在包里" % comp], ["内有%s工牌一张" % comp]))
        elif chance(.3):
            o["ids"]["id"] = make_id(origin, male)
            o["idvis"].append("id")
            o["namevis"] = True
            cont.append(M(["身份证也在包里"], ["内有身份证一张"]))
        if s[0] == "腰包":
            cont.append(M(["有收款码牌和零钱大概%d块" % R.randint(50, 300)], ["内有收款码牌及零钱"]))
        cont.append(pick([M(["有个充电器和数据线"], ["充电器一个"]), M(["还有一把雨伞"], ["折叠伞一把"]),
                          M(["装了一个保温饭盒"], ["保温饭盒一个"]), M(["有本病历本"], ["内有病历本"]),
                          M(["包侧边挂了个小公仔"], ["侧面挂公仔"]), M(["拉链头坏了一个"], ["拉链头缺一个"])]))
    else:
        o["role"] = "buyer"
        cont.append(M(["有样品和名片"], ["内有电子元件样品及外文名片"], "product samples and my business cards", "electronic samples and business cards"))
        cont.append(M(["有一个笔记本"], ["笔记本（纸质）一本"], "a paper notebook", "a notebook"))
        o["namevis"] = True
    o["marks"].extend(cont)
    if s[0] == "行李箱" and chance(.6):
        o["marks"].append(M(["箱子上贴了客运站的行李条"], ["贴客运站托运条"], "baggage tag from the coach", "baggage tag"))
    return o


def g_cash(f):
    origin, name, male = person(f.get("origin"))
    form = f.get("form") or pick([("红包", "red"), ("白信封", "white"), ("牛皮纸信封", "brown"), ("橡皮筋扎着", None), ("黑色塑料袋", "black")])
    o = base("cash", "现金", "现金", "cash", "笔", ["现金", "钱", "一沓钱"], ["现金", "人民币"], choose_place("cash", f), origin, name, male)
    o["form"] = form
    o["color"] = form[1]
    o["amount"] = f.get("amount") or pick([R.randint(3, 30) * 100, R.randint(20, 90) * 100 + pick([0, 50]), R.randint(10, 40) * 100])
    o["marks"].append(M(["用%s装着" % form[0] if form[0] not in ("橡皮筋扎着",) else "用橡皮筋扎着"],
                        ["装于%s内" % form[0] if form[0] not in ("橡皮筋扎着",) else "橡皮筋捆扎"]))
    if chance(.5):
        o["marks"].append(pick([M(["信封上写着'11月房租'"], ["封面写'11月房租'"]),
                                M(["里面还有张工资条，写着我名字"], ["内夹工资条一张，姓名%s" % name]),
                                M(["是刚从ATM取的，全是一百的"], ["均为百元面额"]),
                                M(["准备寄回家给孩子交学费的"], vis=False)]))
        if "工资条" in o["marks"][-1]["o"][0]:
            o["namevis"] = True
    o["marks"].append(M(["%d块" % o["amount"]], ["经清点共%d元" % o["amount"]]))
    return o


JEWEL_SUBS = [("金手镯", "手镯", "gold", "bangle"), ("金项链", "项链", "gold", "necklace"), ("玉镯", "手镯", "green", "jade bangle"),
              ("金戒指", "戒指", "gold", "ring"), ("银手链", "手链", "silver", "bracelet"), ("金耳环", "耳环", "gold", "earring"),
              ("转运珠手绳", "手链", "red", "lucky bead bracelet")]


def g_jewelry(f):
    origin, name, male = person(f.get("origin"))
    s = f.get("subt") or pick(JEWEL_SUBS)
    o = base("jewelry", s[0], s[1], s[3], "个", [s[0]], [s[0]], choose_place("jewelry", f), origin, name, male)
    o["subt"] = s
    o["color"] = f.get("color") or s[2]
    o["brand"] = f.get("brand") or (JEWELB[2] if s[0] == "玉镯" else pick(JEWELB[:2]))
    w = R.randint(3, 40) if s[0] != "玉镯" else R.randint(40, 70)
    o["marks"].append(M(["大概%d克" % w, "%d克左右" % w], vis=False))
    if chance(.55):
        eng = pick(["平安", "福", "LOVE", "WJ 2019", "永结同心", "520", "Z&L", "长命百岁"])
        o["ids"]["engrave"] = eng
        o["idvis"] = ["engrave"]
    o["marks"].append(pick([M(["吊坠是个生肖兔"], ["带生肖兔吊坠"]), M(["扣子有点松"], ["搭扣松动"]), M(["装在红色首饰袋里"], ["装于红色绒布袋内"]),
                            M(["是我妈留给我的", "结婚时买的"], vis=False), M(["上面有个小铃铛"], ["挂小铃铛"]),
                            M(["买的时候花了%d多" % pick([3000, 5000, 8000, 12000])], vis=False)]))
    return o


def g_elec(f):
    origin, name, male = person(f.get("origin"))
    if f.get("foreign"):
        name = pick(FOREIGN)
    sub = f.get("sub") or pick(["蓝牙耳机", "蓝牙耳机", "充电宝", "充电宝", "平板电脑", "笔记本电脑", "智能手表", "巴枪", "蓝牙音箱"])
    en, cols, bl, idt = ELEC[sub]
    nouns = {"蓝牙耳机": ["蓝牙耳机", "耳机", "无线耳机"], "充电宝": ["充电宝", "移动电源"], "平板电脑": ["平板", "平板电脑"],
             "笔记本电脑": ["笔记本电脑", "电脑", "笔记本"], "智能手表": ["手表", "智能手表", "手环"], "巴枪": ["巴枪", "扫描枪", "PDA"],
             "蓝牙音箱": ["音箱", "蓝牙音箱", "小音箱"]}[sub]
    unit = {"蓝牙耳机": "副", "笔记本电脑": "台", "平板电脑": "台", "巴枪": "把"}.get(sub, "个")
    o = base("electronics", sub, sub, en, unit, nouns, [sub, nouns[0]], choose_place("electronics", f), origin, name, male)
    if f.get("brand"):
        cand = [x for x in bl if x[0]["id"] == f["brand"]["id"]]
        bb, ms = cand[0] if cand else pick(bl)
    else:
        bb, ms = pick(bl)
    o["brand"] = bb
    o["model"] = f.get("model") or pick(ms)
    o["color"] = f.get("color") or pick(cols)
    if idt == "sn":
        o["ids"]["sn"] = bb["sp"][1][:2] + pick("ABCDEFGHJK") + digits(3) + pick("KLMNPQRS") + digits(4)
        o["idvis"] = ["sn"]
    elif idt == "device":
        o["ids"]["device"] = "XF-RL-PDA-%03d" % R.randint(1, 120)
        o["idvis"] = ["device"]
        o["role"] = "courier"
    extra = {"蓝牙耳机": [M(["充电仓有个划痕"], ["充电仓有划痕"], "scratch on the charging case"), M(["套了个恐龙硅胶套"], ["充电仓套恐龙硅胶套"], "dinosaur silicone cover"),
                        M(["左耳那只有点不响"], vis=False)],
             "充电宝": [M(["贴着迅蜂的工号贴"], ["贴迅蜂工号贴纸"]), M(["连着根白色数据线"], ["连白色数据线"], "white cable attached"), M(["外壳写了我的名字"], ["外壳手写姓名"])],
             "平板电脑": [M(["有个键盘保护套"], ["带键盘保护套"], "keyboard cover"), M(["屏幕右下角有裂纹"], ["屏幕右下角裂纹"], "crack bottom right"), M(["里面有孩子的网课"], vis=False)],
             "笔记本电脑": [M(["电脑贴了很多贴纸"], ["机身贴满贴纸"], "lots of stickers on the lid"), M(["装在黑色电脑内胆包里"], ["装于黑色内胆包"], "in a black sleeve"),
                       M(["里面有客户的订单资料"], vis=False, oe="client order files on it")],
             "智能手表": [M(["表带是%s硅胶的" % pick(["橙色", "黑色", "白色"])], ["硅胶表带"], "silicone strap"), M(["表盘有划痕"], ["表盘划痕"], "scratched face")],
             "巴枪": [M(["上面贴着我的工号"], ["贴有工号"]), M(["套了个防摔套"], ["带防摔套"])],
             "蓝牙音箱": [M(["有根挂绳"], ["带挂绳"], "has a strap"), M(["网罩凹了一块"], ["网罩凹陷"])]}[sub]
    o["marks"].append(pick(extra))
    if sub in ("充电宝",) and "外壳写了我的名字" in o["marks"][-1]["o"]:
        o["namevis"] = True
    if sub == "充电宝" and "贴着迅蜂的工号贴" in o["marks"][-1]["o"]:
        o["ids"]["staff"] = "XF" + str(R.randint(10000, 39999))
        o["idvis"].append("staff")
    if f.get("foreign"):
        o["role"] = "buyer"
    return o


OTHER_SUBS = ["安全帽", "快递包裹", "保温杯", "药品", "眼镜", "雨伞", "饭卡", "玩具"]


def g_other(f):
    origin, name, male = person(f.get("origin"))
    sub = f.get("sub") or pick(OTHER_SUBS)
    en = {"安全帽": "hard hat", "快递包裹": "parcel", "保温杯": "thermos", "药品": "medicine", "眼镜": "glasses",
          "雨伞": "umbrella", "饭卡": "canteen card", "玩具": "toy"}[sub]
    nouns = {"安全帽": ["安全帽", "头盔", "安全帽"], "快递包裹": ["快递", "包裹", "快递件"], "保温杯": ["保温杯", "水杯", "杯子"],
             "药品": ["药", "药袋", "袋装的药"], "眼镜": ["眼镜", "近视眼镜"], "雨伞": ["雨伞", "伞"], "饭卡": ["饭卡", "食堂卡"], "玩具": ["玩具", "机器人玩具"]}[sub]
    unit = {"安全帽": "顶", "快递包裹": "件", "保温杯": "个", "药品": "袋", "眼镜": "副", "雨伞": "把", "饭卡": "张", "玩具": "个"}[sub]
    o = base("other", sub, sub, en, unit, nouns, [sub], choose_place("other", f), origin, name, male)
    o["brand"] = f.get("brand") or OTHERB.get(sub)
    if sub == "安全帽":
        o["color"] = f.get("color") or pick(["yellow", "red", "white", "blue"])
        o["namevis"] = True
        o["marks"].append(M(["帽子上写了我名字和'三车间'"], ["帽檐写有姓名及'三车间'"]))
    elif sub == "快递包裹":
        o["ids"]["waybill"] = "XF" + digits(12)
        o["idvis"] = ["waybill"]
        o["color"] = f.get("color") or pick(["brown", "white", "black"])
        o["namevis"] = False
        o["marks"].append(M(["里面是%s" % pick(["两双运动鞋", "一件羽绒服", "给孩子买的书包", "一箱洗衣液"])], vis=False))
        o["marks"].append(M(["收件人是我，%s" % name], ["收件人%s*" % name[0], "面单收件人%s**" % name[0]]))
        o["marks"].append(M(["盒子是%s的纸箱" % pick(["中号", "小号", "大号"])], ["纸箱包装"]))
    elif sub == "保温杯":
        o["color"] = f.get("color") or pick(["black", "pink", "blue", "silver", "green"])
        o["marks"].append(pick([M(["杯身贴了个小猪贴纸"], ["杯身有小猪贴纸"]), M(["杯盖有点裂"], ["杯盖有裂纹"]), M(["杯子上刻了'%s'" % name[-1]], ["杯身刻字'%s'" % name[-1]])]))
    elif sub == "药品":
        o["brand"] = None
        o["color"] = "white"
        o["namevis"] = True
        o["marks"].append(M(["是社区医院开的%s" % pick(["降压药", "胃药", "小孩的退烧药", "消炎药"]), "在社康拿的药"], ["药袋印榕沥社区卫生服务中心，标签有患者姓名"]))
    elif sub == "眼镜":
        o["color"] = f.get("color") or pick(["black", "silver", "gold", "brown"])
        o["marks"].append(pick([M(["装在一个蓝色眼镜盒里"], ["蓝色眼镜盒"]), M(["镜腿有点歪"], ["镜腿变形"]), M(["度数%d度" % pick([300, 450, 600])], vis=False)]))
    elif sub == "雨伞":
        o["color"] = f.get("color") or pick(["black", "blue", "pink", "green"])
        o["marks"].append(pick([M(["有根伞骨断了"], ["伞骨断一根"]), M(["伞柄是木头的"], ["木质伞柄"]), M(["印着宏泰电子的字"], ["伞面印宏泰电子"])]))
    elif sub == "饭卡":
        o["brand"] = None
        o["ids"]["mealcard"] = "KY" + digits(6)
        o["idvis"] = ["mealcard"]
        o["color"] = f.get("color") or pick(["blue", "green"])
        o["namevis"] = True
        o["marks"].append(M(["科苑工业园的饭卡，里面还有%d多块" % (R.randint(5, 30) * 10)], ["科苑工业园饭卡"]))
    elif sub == "玩具":
        o["brand"] = None
        o["color"] = f.get("color") or pick(["red", "blue", "silver"])
        o["marks"].append(M(["我儿子的变形机器人，一条手臂掉了", "一个变形机器人，少了只手"], ["变形机器人玩具，缺一只手臂"]))
    return o


GEN = {"phone": g_phone, "id_doc": g_id, "wallet": g_wallet, "keys": g_keys, "ebike": g_ebike, "bicycle": g_bicycle,
       "bag": g_bag, "cash": g_cash, "jewelry": g_jewelry, "electronics": g_elec, "other": g_other}


def new_object(cat, f=None):
    f = dict(f or {})
    o = GEN[cat](f)
    if o["role"] == "worker" and o["place"] in ("sort_n", "hub2", "xf_stn", "yizhan") and chance(.5):
        o["role"] = "courier"
    o["plat"], o["plon"] = PLACES[o["place"]][2], PLACES[o["place"]][3]
    return o


# ---------------------------------------------------------------- time
def t_of(m):
    return NOW - timedelta(minutes=m)


def dpart(h):
    return "凌晨" if h < 5 else "早上" if h < 8 else "上午" if h < 11 else "中午" if h < 13 else "下午" if h < 18 else "晚上"


def h12(h):
    return h if h <= 12 else h - 12


def t_day(m):
    d = t_of(m)
    if d.month == 11 and d.day == 11 and chance(.5):
        return pick(["双十一那天", "双11当天", "11.11那天"])
    return pick(["%d月%d日" % (d.month, d.day), "%d号" % d.day, "%d月%d号" % (d.month, d.day)])


def t_loose(m):
    d = t_of(m)
    mm = d.minute
    suf = "半" if 25 <= mm <= 35 else ("多" if mm > 10 else pick(["左右", "", "前后"]))
    return "%s%s%d点%s" % (t_day(m), dpart(d.hour), h12(d.hour), suf)


def t_clock(m):
    d = t_of(m)
    return "%s%d点%s" % (dpart(d.hour), h12(d.hour), "半" if 25 <= d.minute <= 35 else ("多" if d.minute > 10 else ""))


def t_desk(m):
    d = t_of(m)
    return pick(["%02d-%02d %02d:%02d", "%d月%d日%d:%02d"]) % (d.month, d.day, d.hour, d.minute)


MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def t_en(m):
    d = t_of(m)
    return "%s %d around %d%s" % (MON[d.month], d.day, h12(d.hour) or 12, "am" if d.hour < 12 else "pm")


def window_cn(lf, lt, simple=False):
    if simple and lf - lt > 90:
        return "%s到%s之间" % (t_loose(lf), t_loose(lt) if t_of(lf).date() != t_of(lt).date() else t_clock(lt))
    if lf - lt <= 90:
        return pick(["%s" % t_loose((lf + lt) // 2), "%s到%s之间" % (t_loose(lf), t_clock(lt))])
    if lt <= 30:
        return pick(["%s之后，今天早上才发现不见" % t_loose(lf), "从%s到现在" % t_loose(lf)])
    if t_of(lf).date() == t_of(lt).date():
        return pick(["%s到%s之间" % (t_loose(lf), t_clock(lt)), "%s%s到%s" % (t_day(lf), t_clock(lf), t_clock(lt))])
    return pick(["%s到%s之间" % (t_loose(lf), t_loose(lt)), "%s还在，%s发现不见了" % (t_loose(lf), t_loose(lt)),
                 "大概%s到%s" % (t_loose(lf), t_loose(lt))])


def window_en(lf, lt):
    if lf - lt <= 90:
        return t_en((lf + lt) // 2)
    return "between %s and %s" % (t_en(lf), t_en(lt))


# ---------------------------------------------------------------- voices
LOSTVERB = {"gx": ["唔见咗", "跌咗", "丢了"], "hn": ["搞丢哒", "掉哒", "丢咯"], "sc": ["搞掉了", "弄丢了", "遭弄丢了"],
            "ha": ["弄丢了", "丢了", "找不着了"], "default": ["丢了", "遗失了", "不见了", "落下了"]}
OPEN = {"gx": ["你好，", "唔该帮下手，", "老乡帮帮忙，", ""], "hn": ["同志你好，", "麻烦问下咯，", ""],
        "sc": ["你好嘛，", "警官，", "麻烦帮个忙哈，", ""], "ha": ["同志，", "恁好，", "麻烦恁，", ""],
        "courier": ["迅蜂快递员，", "跑单的，", "我是送快递的，", ""], "plain": ["你好，", "", "您好，"],
        "leader": ["宏泰三车间拉长代员工登记：", "我是线长，替我们线上员工报失：", "鑫达五金拉长代报："],
        "guard": ["科苑南门保安代报：", "我是宿舍保安，帮人登记："], "landlady": ["我系下洲坊房东，帮租客登记：", "房东代租客报失："],
        "desk": ["来电登记：", "来访登记：", "电话报失：", "报失："]}
CLOSE = {"gx": ["唔该晒！", "有消息打我电话，唔该。", "麻烦你哋。", ""], "hn": ["拜托咯！", "谢谢哒！", ""],
         "sc": ["谢谢哈！", "麻烦了哈，急得很。", ""], "ha": ["有信儿给俺回个话，谢谢！", "谢谢恁了。", ""],
         "courier": ["急，明天还要跑单。", "找到请联系站点。", "谢谢。"], "plain": ["谢谢", "有捡到的请联系我", "", "万分感谢！"],
         "leader": ["员工在上夜班，有消息联系我。", "请协助。"], "guard": ["请协查。", ""], "landlady": ["佢唔识写字，我帮佢写。", "麻烦你哋。"],
         "desk": ["", "报失人留电话。", "已告知等候通知。"]}
FEEL = {"gx": ["急死咯。", "入面好多嘢。"], "hn": ["里面东西蛮要紧的。", "急得冇得办法咯。"], "sc": ["急得很。", "里头东西重要得很嘛。"],
        "ha": ["俺可着急了。", "里头东西可重要。"]}
TYPOS = [("手机", "手鸡"), ("钱包", "钱保"), ("身份证", "身分证"), ("钥匙", "钥是"), ("电动车", "电东车"), ("充电宝", "冲电宝"),
         ("耳机", "耳几"), ("背包", "背保"), ("捡到", "检到"), ("黑色", "黑涩"), ("地铁", "地贴"), ("客运站", "客运占"),
         ("夜市", "夜是"), ("宿舍", "宿社"), ("丢了", "丢啦"), ("饭堂", "饭唐"), ("工牌", "公牌"), ("驿站", "驿占")]


def typo(s):
    cand = [(a, b) for a, b in TYPOS if a in s]
    if not cand:
        return s
    a, b = pick(cand)
    return s.replace(a, b, 1)


def lost_voice(o):
    if o["role"] == "buyer":
        return "en" if chance(.85) else "desk"
    if o["role"] == "courier":
        return wpick([("courier", 65), ("plain", 10), ("desk", 10), (o["origin"] if o["origin"] in FEEL else "plain", 15)])
    dial = o["origin"] if o["origin"] in FEEL else "plain"
    return wpick([(dial, 52), ("plain", 16), ("desk", 14), ("leader", 6), ("guard", 4), ("landlady", 8)])


# ---------------------------------------------------------------- identifier text
ID_LABEL = {"imei": ["IMEI：", "串号", "IMEI号", "IMEI "], "id": ["身份证号", "证件号", "号码", "身份证号码："],
            "card": ["卡号", "银行卡号", "银行卡"], "staff": ["工号", "工号：", "员工号"], "frame": ["车架号", "车架号：", "车架"],
            "plate": ["车牌", "牌照", "车牌号"], "sn": ["SN码", "序列号", "SN:"], "device": ["设备编号", "机器编号"],
            "student": ["学号", "学号："], "passport": ["护照号", "护照号码"], "waybill": ["单号", "运单号", "快递单号"],
            "tag": ["钥匙牌写着", "标签写着"], "engrave": ["刻字", "刻着"], "mealcard": ["卡号", "饭卡号"], "keyno": ["钥匙编号", "钥匙上印着"]}
ID_LABEL_EN = {"imei": "IMEI ", "passport": "passport no. ", "sn": "serial ", "id": "ID no. ", "card": "card ending "}


def fmt_id(t, v, side):
    """Return (text, pattern) for identifier type t with full value v written by side ('o' or 'f')."""
    if t == "imei":
        k = pick(["plain", "space", "dash", "tail"] if side == "o" else ["plain", "space", "plain", "dash"])
        if k == "plain":
            return v, v
        if k == "space":
            return pick(["%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:])]), v
        if k == "dash":
            return "%s-%s-%s" % (v[:8], v[8:14], v[14]), v
        return "后6位" + v[-6:], tailpat(v, 6)
    if t == "id":
        k = wpick([("full", 55), ("tail", 30), ("mask", 15)]) if side == "o" else wpick([("full", 35), ("mask", 50), ("mask2", 10), ("space", 5)])
        if k == "full":
            return v, v
        if k == "space":
            return "%s %s %s" % (v[:6], v[6:14], v[14:]), v
        if k == "tail":
            return "尾号" + v[-4:], tailpat(v, 4)
        if k == "mask":
            return v[:6] + "********" + v[-4:], v[:6] + "?" * 8 + v[-4:]
        return v[:4] + "**********" + v[-4:], v[:4] + "?" * 10 + v[-4:]
    if t == "card":
        if side == "o":
            return pick(["尾号", "后四位"]) + v[-4:], tailpat(v, 4)
        k = pick(["a", "b", "c"])
        if k == "a":
            return v[:4] + "****" + v[-4:], v[:4] + "?" * 8 + v[-4:]
        if k == "b":
            return v[:4] + " **** **** " + v[-4:], v[:4] + "?" * 8 + v[-4:]
        return "尾号" + v[-4:], tailpat(v, 4)
    if t == "staff":
        k = pick(["a", "b", "c", "d"])
        s = {"a": v, "b": v[:2] + "-" + v[2:], "c": v.lower(), "d": v[2:]}[k]
        return s, (tailpat(v, len(v) - 2) if k == "d" else v)
    if t in ("frame", "sn"):
        k = pick(["a", "b", "c", "tail"] if side == "o" else ["a", "b", "c", "a"])
        if k == "a":
            return v, v
        if k == "b":
            return v.lower(), v
        if k == "c":
            return "%s %s" % (v[:6], v[6:]), v
        return "后6位" + v[-6:], tailpat(v, 6)
    if t == "plate":
        return pick([v, v[:2] + "·" + v[2:], v[:2] + " " + v[2:]]), v
    if t == "device":
        k = pick(["a", "b", "c"])
        return {"a": v, "b": v[3:], "c": v.replace("-", "")}[k], (v if k != "b" else tailpat(v, len(norm_id(v)) - 4))
    if t in ("student", "mealcard"):
        if side == "o" and chance(.3):
            return "尾号" + v[-4:], tailpat(v, 4)
        return v, v
    if t == "waybill":
        k = pick(["a", "b", "tail"] if side == "o" else ["a", "b"])
        if k == "a":
            return v, v
        if k == "b":
            return "%s %s %s %s" % (v[:2], v[2:6], v[6:10], v[10:]), v
        return "尾号" + v[-4:], tailpat(v, 4)
    return v, v


# ---------------------------------------------------------------- rendering
def cut(s, n):
    return s if len(s) <= n else s[:n]


def what_phrase(o, side, inc, en=False):
    """Noun phrase with the included pieces; returns (text, colour word, brand word, model word)."""
    cw = bw = mw = None
    if inc.get("color") and o["color"]:
        c = o["color"]
        if side == "f" and not inc.get("exact") and chance(.12) and NEAR.get(c):
            c = pick(NEAR[c])
        inc["color_id"] = c
        cw = pick(COLORS[c][1 if en else 0])
    if inc.get("brand") and o["brand"]:
        bw = spell(o["brand"], en)
    if inc.get("model") and o["model"]:
        mw = pick(o["model"][1])
    noun = o["sub_en"] if en else pick(o["nouns"] if side == "o" else o["fnouns"])
    ncw = cw if o["cat"] not in ("keys", "cash") else None     # their colour is the trinket's or the envelope's
    if o["cat"] == "keys":
        bw = mw = None          # a key ring's brand is that of one key on it; said in the marks
    if en:
        parts = [x for x in (ncw, bw, mw) if x]
        s = " ".join(parts + [noun])
        return s, s, cw, bw, mw
    bm = bw or ""
    if bw and mw:
        bm = bw + " " + mw if (bw[-1:].isascii() and mw[:1].isascii()) else bw + mw
    compact = (ncw or "") + bm + noun
    if ncw and not bm and noun.startswith(ncw[-1:]):
        compact = ncw + noun[1:] if len(noun) > 1 and False else ncw + noun
    bits = []
    if bm:
        bits.append(bm + "的")
    if ncw:
        bits.append(ncw if ncw.endswith("的") else ncw + "的")
    loose = noun + "，" + "，".join(bits) if bits else compact
    return compact, loose, cw, bw, mw


def render(o, side, voice, level, tmin, place_id, force=()):
    """Write one registration.  side 'o' = owner (lost report), 'f' = finder (found registration).
    Returns (record fields, body, disclosure)."""
    en = voice == "en"
    disc = {"cat": o["cat"], "sg": o["sgroup"], "brand": None, "model": None, "color": None, "ids": {}, "name": None, "amount": None}
    rec = {}
    tok = {}
    pr = {"full": 1.0, "body": .8, "terse": .5}[level]
    inc = {}
    inc["color"] = o["color"] is not None and (chance(.93 * pr + .05) or "color" in force)
    inc["exact"] = "color" in force
    if side == "o":
        inc["brand"] = o["brand"] is not None and (chance(.85 * pr + .1) or "brand" in force)
        inc["model"] = o["model"] is not None and chance(.55 * pr)
    else:
        vis_brand = o["cat"] not in ("cash",) and not (o["cat"] == "keys" and o.get("kkind") == "lock" and chance(.3))
        inc["brand"] = o["brand"] is not None and vis_brand and (chance(.8 * pr + .1) or "brand" in force)
        inc["model"] = o["model"] is not None and chance(.45 * pr)
    what, what_l, cw, bw, mw = what_phrase(o, side, inc, en)
    tok.update(color=cw, brand=bw, model=mw)
    if cw and o["cat"] not in ("keys", "cash"):
        disc["color"] = inc["color_id"]
    if bw:
        disc["brand"] = o["brand"]["id"]
    if mw:
        disc["model"] = o["model"][0]
    if o["cat"] == "keys" and o["brand"] and inc.get("brand") and level == "full" and chance(.6):
        rec["brand"] = tok["brand"] = spell(o["brand"])
        disc["brand"] = o["brand"]["id"]
    # identifiers
    id_txt = []
    for t in sorted(o["ids"].keys()):
        v = o["ids"][t]
        if side == "o":
            p = {"imei": .35, "id": .6, "card": .7, "staff": .6, "frame": .4, "plate": .75, "sn": .25, "device": .8,
                 "student": .6, "passport": .8, "waybill": .7, "tag": .6, "engrave": .7, "mealcard": .4, "keyno": .3}[t]
        else:
            if t not in o["idvis"]:
                continue
            p = {"imei": .3, "id": .85, "card": .8, "staff": .85, "frame": .6, "plate": .85, "sn": .45, "device": .9,
                 "student": .85, "passport": .9, "waybill": .9, "tag": .85, "engrave": .75, "mealcard": .8, "keyno": .6}[t]
        if level == "terse":
            p *= .5
        if chance(p) or t in force:
            txt, pat = fmt_id(t, v, side)
            disc["ids"][t] = pat
            tok["id:" + t] = txt
            if en:
                if t == "card":
                    txt, pat = v[-4:], tailpat(v, 4)
                    disc["ids"][t] = pat
                    tok["id:" + t] = txt
                id_txt.append((t, ID_LABEL_EN.get(t, "no. ") + txt))
            elif t in ("tag", "engrave"):
                id_txt.append((t, (pick(["钥匙牌写着", "挂了个牌子写着"]) if side == "o" else pick(["挂牌写有", "吊牌写"])) + "'%s'" % txt
                               if t == "tag" and o["cat"] == "keys" else (("%s刻着" % ("内圈" if o["sub"] in ("金手镯", "玉镯", "金戒指") else pick(["", "上面", "吊牌"])) if side == "o" else "刻字") + "'%s'" % txt
                                                                           if t == "engrave" else (("袋上写了个'%s'字" if side == "o" else "袋身写'%s'字") % txt))))
            else:
                id_txt.append((t, pick(ID_LABEL[t]) + txt))
    # name
    name_txt = None
    if o["name"] and ((side == "o" and o["cat"] in ("id_doc", "wallet", "bag", "other", "cash") and chance(.6 * pr + .15))
                      or (side == "f" and o["namevis"] and chance(.85)) or "name" in force):
        if side == "o" or o["namevis"]:
            disc["name"] = o["name"]
            tok["name"] = o["name"]
            if en:
                name_txt = ("my name is %s" % o["name"]) if side == "o" else ("name on it: %s" % o["name"])
            else:
                name_txt = pick(["名字叫%s" % o["name"], "姓名%s" % o["name"], "名字是%s" % o["name"]]) if side == "o" else \
                    pick(["姓名：%s" % o["name"], "姓名%s" % o["name"], "写有姓名%s" % o["name"]])
    # amount
    amt_txt = None
    if o["amount"]:
        if side == "o" and (chance(.8) or "amount" in force):
            a = o["amount"]
            if chance(.5) and a >= 100:
                lo = (a // 100) * 100
                amt_txt = pick(["%d多块" % lo, "大概%d多" % lo]) if not en else "about %d yuan" % lo
                disc["amount"] = (lo, lo + 100)
                tok["amount"] = str(lo)
            else:
                amt_txt = ("%d块" % a if not en else "%d yuan" % a)
                disc["amount"] = (a, a)
                tok["amount"] = str(a)
            if o["cat"] == "wallet":
                amt_txt = ("现金" if not en else "cash ") + amt_txt
        elif side == "f":
            amt_txt = ("现金%d元" % o["amount"]) if o["cat"] == "wallet" else None
            disc["amount"] = (o["amount"], o["amount"])
            tok["amount"] = str(o["amount"])
    # marks
    mk = []
    pool = [m for m in o["marks"] if (m["oe"] if en else True) and (side == "o" or m["vis"])]
    k = {"full": R.randint(1, 4), "body": R.randint(1, 3), "terse": R.randint(0, 1)}[level]
    if o["cat"] in ("wallet", "bag") and side == "f" and level != "terse":
        k = max(k, len(pool))   # the desk inventories contents
    idx = list(range(len(pool)))
    R.shuffle(idx)
    for i in sorted(idx[:k]):
        m = pool[i]
        if en:
            mk.append(m["oe"] if side == "o" else m["fe"])
        else:
            mk.append(pick(m["o"] if side == "o" else m["f"]))
    if o["cat"] == "cash" and side == "o":
        mk = [x for x in mk if not x.endswith("块")]
    if o["cat"] == "cash" and side == "f":
        mk = [x for x in mk if not x.startswith("经清点")]
        amt_txt = pick(["经清点共%d元" % o["amount"], "共计人民币%d元" % o["amount"], "现金%d元" % o["amount"]])
    details = []
    if name_txt:
        details.append(name_txt)
    if amt_txt:
        details.append(amt_txt)
    details += mk
    # place words
    P = PLACES[place_id]
    spot = pick(SPOT_AT.get(place_id) or SPOT[P[4]])
    # fields
    fields_used = level == "full" or (level == "body" and chance(.25))
    if fields_used:
        if cw and chance(.9):
            rec["color"] = cw
            disc["color"] = inc["color_id"]
        if bw and chance(.9):
            rec["brand"] = bw
        if mw and chance(.8):
            rec["model"] = mw
        if id_txt and chance(.85):
            rec["serial"] = cut(id_txt[0][1].replace("IMEI：", "").replace("IMEI ", "") if chance(.5) else id_txt[0][1], 60)
        if mk and chance(.7):
            rec["marks"] = cut("；".join(mk), 500)
    if level != "terse" and chance(.85 if side == "f" else .6):
        rec["address"] = cut(P[0] if (side == "f" and chance(.6)) else pick(P[1]) if not en else P[5], 60)
    return rec, dict(what=what, what_l=what_l, cw=cw, bw=bw, mw=mw, ids=id_txt, details=details, spot=spot, P=P, en=en, tmin=tmin, tok=tok), disc


def prune(disc, tok, rec):
    """Keep in the disclosure only what the written registration really shows."""
    text = " ".join(str(v) for k, v in sorted(rec.items()) if isinstance(v, str))
    for k in ("color", "brand", "model", "name", "amount"):
        if disc.get(k) and not (tok.get(k) and tok[k] in text):
            disc[k] = None
    for t in sorted(disc["ids"].keys()):
        if not (tok.get("id:" + t) and tok["id:" + t] in text):
            del disc["ids"][t]


def lost_body(o, voice, level, parts, lf, lt):
    P = parts["P"]
    if voice == "en":
        where = pick(["at ", "near ", "somewhere around "]) + P[5]
        s = "I lost my %s %s, %s." % (parts["what"], where, window_en(lf, lt))
        if parts["details"]:
            s += " Details: " + "; ".join(parts["details"]) + "."
        if parts["ids"]:
            s += " " + ", ".join(x[1] for x in parts["ids"]) + "."
        s += " " + pick(["I am staying at the Fengle hotel, please call me.", "I fly home soon, please help.", "Thank you.", ""])
        return s.strip()
    alias = pick(P[1])
    where = pick([alias, alias + parts["spot"] if chance(.4) else alias, alias + "附近", alias + "那边"])
    if chance(.15) and NEIGH.get(o["place"]):
        other = pick(PLACES[pick(NEIGH[o["place"]])][1])
        where = pick(["%s到%s的路上" % (alias, other), "%s或者%s那边" % (alias, other), "%s一带（也可能是%s）" % (alias, other)])
    when = window_cn(lf, lt)
    when_s = window_cn(lf, lt, simple=True)
    det = "，".join(parts["details"])
    ids = "，".join(x[1] for x in parts["ids"])
    verb = pick(LOSTVERB.get(voice, LOSTVERB["default"]))
    ba_verb = pick([v for v in LOSTVERB.get(voice, LOSTVERB["default"]) if v not in ("找不着了", "不见了", "唔见咗")])
    me = "俺" if voice == "ha" and chance(.6) else "我"
    op = pick(OPEN.get(voice, OPEN["plain"]))
    cl = pick(CLOSE.get(voice, CLOSE["plain"]))
    feel = pick(FEEL[voice]) if voice in FEEL and chance(.5) else ""
    if feel and feel[:3] in cl:
        feel = ""
    w = parts["what"]
    wl = pick([parts["what"], parts["what_l"]])
    if level == "terse":
        s = pick(["%s%s%s，%s" % (where, verb, w, t_day(lf)), "%s %s %s" % (w, where, verb), "%s在%s%s了%s" % (t_day(lt if lt else lf), where, "丢", w)])
        if det and chance(.5):
            s += "，" + parts["details"][0]
        if ids and chance(.6):
            s += "，" + parts["ids"][0][1]
        return typo(s) if chance(.7) else s
    if voice == "desk":
        s = "%s%s%s于%s遗失%s一%s。" % (op, "报失人%s，" % o["name"] if chance(.4) else "", when_s, where, w, o["unit"])
        if det:
            s += "特征：" + det + "。"
        if ids:
            s += ids + "。"
        return s + cl
    if voice in ("leader", "guard", "landlady"):
        who = {"leader": ["员工", "我们线上的", "线上工人"], "guard": ["宿舍的", "住宿员工", "厂里员工"],
               "landlady": ["我租客", "我啲租客", "三楼的租客"]}[voice]
        who = pick(who)
        s = "%s%s%s%s%s：%s，在%s。" % (op, who, o["name"] if chance(.6) else "", verb, w, when, where)
        if det:
            s += pick(["特征：", "", "东西："]) + det + "。"
        if ids:
            s += ids + "。"
        return s + cl
    if voice == "courier":
        s = pick(["%s送件途中，%s在%s把%s%s。" % (op, when_s, where, w, ba_verb), "%s%s跑单的时候%s，%s在%s。" % (op, w, verb, when, where)])
    else:
        s = pick(["%s%s%s在%s把%s%s。" % (op, me, when_s, where, w, ba_verb), "%s%s%s%s%s，%s，在%s。" % (op, me, pick(["的", ""]), wl, "，" + verb, when, where),
                  "%s%s%s。%s，在%s。" % (op, wl, verb, when, where)])
    if det:
        s += pick(["", "特征：", "东西是这样的：", "好认："]) + det + "。"
    if ids:
        s += ids + "。"
    s += feel + cl
    return s


FINDER = {"work": ["分拣线组长", "夜班保安", "清洁工黄阿姨", "线长"], "dorm": ["宿舍保安", "宿管阿姨", "同宿舍工友"],
          "eat": ["档主", "饭堂阿姨", "服务员", "网管"], "street": ["路人", "巡逻保安", "环卫工"], "market": ["菜档老板", "市场管理员", "卖鱼档主"],
          "transit": ["站务员", "客运站工作人员", "乘客", "安检员"], "clinic": ["护士", "导诊台工作人员", "保洁员"],
          "shed": ["巡逻队员", "充电棚管理员", "外卖骑手"], "courier": ["快递员", "驿站老板娘", "站点负责人"], "hotel": ["酒店前台", "展厅接待"]}
STATUS = {"phone": ["已关机", "电量低", "锁屏状态", "有未接来电", "屏幕锁定，无法解锁"], "electronics": ["已关机", "可开机", "电量耗尽"],
          "ebike": ["车辆已拖回所内", "车锁完好", "车锁被撬", "电池缺失"]}


HANDOVER = {"metro": ["地铁榕沥北站站务室"], "coach": ["客运站失物招领处"], "bus": ["公交站巡查员", "公交司机"], "xf_stn": ["迅蜂站点"],
            "yizhan": ["小鹿驿站"], "hotel": ["丰乐国际酒店前台"], "showroom": ["宏泰展厅接待"], "far_ng": ["南岗客运站"], "far_sl": ["石岭站站务室"],
            "clinic": ["社区卫生服务中心导诊台"], "market": ["市场管理处"], "night": ["夜市管理处"]}


def found_body(o, level, parts, fat, fplace):
    o = dict(o, unit=o.get("funit", o["unit"]))
    P = parts["P"]
    finder = pick(FINDER[P[4]])
    w = parts["what"] if chance(.75) else parts["what_l"]
    lab = pick(["内有：", "包内有：", "清点："]) if o["cat"] in ("wallet", "bag") else pick(["特征：", "", "外观："])
    det = "，".join(parts["details"])
    ids = "，".join(x[1] for x in parts["ids"])
    alias = pick(P[1])
    spot = parts["spot"]
    st = pick(STATUS[o["cat"]]) if o["cat"] in STATUS and chance(.6) else ""
    if level == "terse":
        s = pick(["拾得：%s（%s），%s，%s交。" % (w, det.split("，")[0] if det else "无其他特征", alias, finder),
                  "%s捡到%s一%s %s" % (alias, w, o["unit"], ids), "%s %s %s" % (t_desk(fat), alias, w)])
        return typo(s) if chance(.4) else s
    style = pick(["desk", "desk", "desk", "finder", "handover"])
    if o["cat"] == "ebike":
        style = pick(["desk", "ebike"])
    if style == "desk":
        s = "%s于%s在%s%s拾得%s一%s。" % (finder, t_desk(fat), pick([P[0], alias]), spot, w, o["unit"])
        if det:
            s += lab + det + "。"
        if ids:
            s += ids + "。"
        if st:
            s += st + "。"
        return s
    if style == "ebike":
        s = "巡逻发现%s停放一辆%s，%s起无人认领。" % (alias + pick(["路边", "巷口", "空地"]), w, t_loose(fat))
        if ids:
            s += ids + "。"
        if det:
            s += det + "。"
        if st:
            s += st + "。"
        return s
    if style == "finder":
        verb = pick(["捡到", "发现", "拾到"])
        s = "%s%s在%s%s%s%s，%s" % (finder, pick(["说", "称", ""]), alias, spot, verb, w, "送来登记。")
        if det:
            s += det + "。"
        if ids:
            s += ids + "。"
        return s + st
    # handover
    s = "%s移交：%s在%s%s发现%s。" % (pick(HANDOVER.get(fplace, ["保安室", "物业", "热心群众"])), t_loose(fat), alias, spot, w)
    if det:
        s += det + "。"
    if ids:
        s += ids + "。"
    return s + st


# ---------------------------------------------------------------- registrations
def loss_window(t_loss):
    kind = wpick([("tight", 30), ("shift", 40), ("wide", 20), ("vague", 10)])
    b, a = {"tight": (R.randint(10, 90), R.randint(10, 90)), "shift": (R.randint(60, 600), R.randint(30, 480)),
            "wide": (R.randint(600, 2880), R.randint(60, 1440)), "vague": (R.randint(2880, 8640), R.randint(0, 1440))}[kind]
    return t_loss + b, max(0, t_loss - a)


def make_lost(o, t_loss, force=(), level=None):
    voice = lost_voice(o)
    level = level or wpick([("full", 35), ("body", 45), ("terse", 20)])
    if voice == "en" and level == "terse":
        level = "body"
    lf, lt = loss_window(t_loss)
    rec, parts, disc = render(o, "o", voice, level, lf, o["place"], force)
    body = lost_body(o, voice, level, parts, lf, lt)
    rec["body"] = cut(body, 600)
    prune(disc, parts["tok"], rec)
    rec["category"] = o["cat"]
    if chance({"full": .75, "body": .4, "terse": .1}[level]):
        rec["lat"], rec["lon"] = jitter(o["plat"], o["plon"], 400)
    rec["lost_from_min"], rec["lost_to_min"] = lf, lt
    meta = dict(cat=o["cat"], disc=disc, lf=lf, lt=lt, pos=(o["plat"], o["plon"]), voice=voice, level=level)
    return rec, meta


def make_found(o, fat, fplace, pos, force=(), level=None, cat=None):
    level = level or wpick([("full", 50), ("body", 35), ("terse", 15)])
    voice = "desk"
    rec, parts, disc = render(o, "f", voice, level, fat, fplace, force)
    body = found_body(o, level, parts, fat, fplace)
    rec["body"] = cut(body, 600)
    prune(disc, parts["tok"], rec)
    rec["category"] = cat or o["cat"]
    if chance({"full": .85, "body": .55, "terse": .2}[level]):
        rec["lat"], rec["lon"] = jitter(pos[0], pos[1], 120)
    rec["found_at_min"] = fat
    disc["cat"] = rec["category"]
    meta = dict(cat=rec["category"], disc=disc, fat=fat, pos=pos, level=level)
    return rec, meta


def conflicts(L, F):
    """Reasons a desk officer could see that found item F is not the object of lost report L."""
    a, b = L["disc"], F["disc"]
    why = []
    if a["cat"] != b["cat"]:
        why.append("category")
    if a["sg"] != b["sg"]:
        why.append("subtype")
    if F["fat"] > L["lf"]:
        why.append("time")
    if a["brand"] and b["brand"] and a["brand"] != b["brand"]:
        why.append("brand")
    if a["model"] and b["model"] and a["model"] != b["model"]:
        why.append("model")
    if a["color"] and b["color"] and colors_clash(a["color"], b["color"]):
        why.append("colour")
    for t in sorted(a["ids"].keys()):
        if t in b["ids"] and not pat_compatible(norm_id(a["ids"][t]), norm_id(b["ids"][t])):
            why.append("id:" + t)
    if a["name"] and b["name"] and a["name"] != b["name"]:
        why.append("name")
    if a["amount"] and b["amount"]:
        lo, hi = a["amount"]
        if b["amount"][1] < lo * 0.85 or b["amount"][0] > hi * 1.15:
            why.append("amount")
    if dist_m(L["pos"], F["pos"]) > 3000:
        why.append("far")
    return why


def ambiguous(L, F):
    return not conflicts(L, F) and dist_m(L["pos"], F["pos"]) <= 1500


# ---------------------------------------------------------------- build
def draw_cat():
    return wpick(sorted(CAT_W.items()))


def foreign_force(cat):
    if cat in ("phone", "id_doc", "wallet", "bag", "electronics") and chance(.09):
        return {"foreign": True, "place": pick(EN_PLACES)}
    return {}


CROSS = [("bag", "electronics", {"subt": BAG_SUBS[0]}), ("wallet", "id_doc", {"subt": WALLET_SUBS[2], "need_id": True}),
         ("other", "electronics", None), ("cash", "wallet", {"form": ("红色布袋", "red")})]


def draw_t_loss():
    return int(R.triangular(90, 12 * 1440, 1800))


def shape_force(o):
    """Forces that make a new object the same kind of thing as o (subtype, form, ornament...)."""
    f = {}
    for k in ("subt", "form", "orn", "kkind"):
        if k in o:
            f[k] = o[k]
    if o["cat"] in ("id_doc", "electronics", "other"):
        f["sub"] = o["sub"]
    if o["role"] == "buyer":
        f["foreign"] = True
    return f


BRANDS_OF = {"phone": PHONE_BRANDS, "wallet": LEATHER, "bag": BAGB, "ebike": EBIKES, "bicycle": BIKES, "jewelry": JEWELB}


def other_brand(o):
    if o["cat"] == "electronics":
        cand = [b for b, _ in ELEC[o["sub"]][2] if b["id"] != o["brand"]["id"]]
    elif o["cat"] == "keys":
        cand = [b for b in (EBIKES if o["kkind"] == "ebike" else KEYB) if b["id"] != o["brand"]["id"]]
    elif o["cat"] == "id_doc":
        cand = [b for b in BANKS if b["id"] != o["brand"]["id"]]
    elif o["cat"] == "jewelry":
        cand = [b for b in JEWELB if b["id"] != o["brand"]["id"]] if o["sub"] != "玉镯" else []
    else:
        cand = [b for b in BRANDS_OF.get(o["cat"], []) if b["id"] != o["brand"]["id"]]
    return pick(cand) if cand else None


def make_negative(label, o_t, tl, Lm):
    """Returns (found rec, meta) for a hard negative aimed at lost report Lm, or None."""
    cat = o_t["cat"]
    f = shape_force(o_t)
    force = []
    want = set()
    place = o_t["place"] if chance(.6) or not NEIGH[o_t["place"]] else pick(NEIGH[o_t["place"]])
    fat = R.randint(max(0, tl - 2880), Lm["lf"])
    if label == "same_category_colour":
        if not o_t["color"]:
            return None
        f["color"] = o_t["color"]
        if o_t["brand"]:
            nb = other_brand(o_t)
            if nb is None:
                return None
            f["brand"] = nb
            if o_t["model"] and nb.get("models"):
                f["model"] = pick(nb["models"])
        force = ["color", "brand"] + sorted(Lm["disc"]["ids"].keys()) + (["name"] if Lm["disc"]["name"] else [])
        want = {"brand", "model", "name", "amount"} | set("id:" + t for t in Lm["disc"]["ids"])
        if cat == "cash":
            f["amount"] = max(100, o_t["amount"] + pick([-1, 1]) * R.randint(3, 20) * 100)
            force.append("amount")
    elif label == "found_before_loss":
        f.update(brand=o_t["brand"], model=o_t["model"], color=o_t["color"])
        if cat == "cash":
            f["amount"] = o_t["amount"]
        place = o_t["place"]
        fat = Lm["lf"] + R.randint(60, 4320)
        force = ["color", "brand"]
        want = {"time"}
    elif label == "same_brand_elsewhere":
        if not o_t["brand"]:
            return None
        f["brand"] = o_t["brand"]
        if o_t["model"] and chance(.6):
            f["model"] = o_t["model"]
        place = pick(FAR_IDS)
        if chance(.6):
            fat = Lm["lf"] + R.randint(1440, 20000)
            want = {"time"}
            if o_t["color"] and chance(.6):
                f["color"] = o_t["color"]
        else:
            fat = R.randint(0, max(0, Lm["lt"]))
            if not o_t["color"]:
                return None
            f["color"] = pick([c for c in COLORS if colors_clash(c, o_t["color"])])
            want = {"colour"}
            force = ["color"]
        force += ["brand"]
    elif label == "lookalike_other_owner":
        if not (Lm["disc"]["ids"] or Lm["disc"]["name"] or (Lm["disc"]["amount"] and cat == "cash")):
            return None
        f.update(brand=o_t["brand"], model=o_t["model"], color=o_t["color"])
        if cat == "wallet" and "id" in Lm["disc"]["ids"]:
            f["need_id"] = True
        if cat == "cash":
            f["amount"] = max(100, o_t["amount"] + pick([-1, 1]) * R.randint(3, 20) * 100)
        force = ["color", "brand"] + sorted(Lm["disc"]["ids"].keys()) + (["name"] if Lm["disc"]["name"] else []) + ["amount"]
        want = {"name", "amount"} | set("id:" + t for t in Lm["disc"]["ids"])
    f["place"] = place if place in PLACE_IDS else o_t["place"]
    n = new_object(cat, f)
    if n["cat"] != cat:
        return None
    for t in sorted(Lm["disc"]["ids"].keys()):
        if label in ("same_category_colour", "lookalike_other_owner") and t not in n["ids"]:
            # the look-alike carries the same kind of identifier (another owner's)
            if t == "id":
                n["ids"]["id"] = make_id(n["origin"], n["male"])
            elif t in o_t["ids"] and t in ("imei", "card", "staff", "frame", "plate", "sn", "student", "mealcard", "waybill", "keyno", "device", "passport"):
                continue
            if t in n["ids"] and t not in n["idvis"]:
                n["idvis"].append(t)
    if label == "lookalike_other_owner" and n["name"] == o_t["name"]:
        return None
    if fat > 172800 or fat < 0:
        return None
    pos = jitter(PLACES[place][2], PLACES[place][3], 150)
    Fr, Fm = make_found(n, fat, place, pos, force=tuple(force))
    why = set(conflicts(Lm, Fm))
    if not (why & want):
        return None
    if label == "same_brand_elsewhere" and "far" not in why:
        return None
    return Fr, Fm


def build_all():
    lost, found = [], []     # lost: [rec, truth found index or None]; found: [rec, negative label or None]
    Lmeta, Fmeta, Lobj = [], [], []
    cats = [draw_cat() for _ in range(N_PAIR)]
    cross_at = sorted(R.sample(range(N_PAIR), N_CROSS))
    for i in range(N_PAIR):
        for attempt in range(300):
            fcat = None
            if i in cross_at:
                lc, fcat, ff = CROSS[cross_at.index(i)]
                if lc == "other":
                    o = new_object("electronics", {"sub": "巴枪"})
                    o["cat"], o["sgroup"] = "other", "巴枪"
                else:
                    o = new_object(lc, ff)
                if lc in ("bag", "wallet"):
                    o["brand"] = None
                if lc == "bag":
                    o["marks"].append(M(["包里有台联拓笔记本电脑"], ["内有联拓笔记本电脑一台"]))
                    o["fnouns"], o["funit"] = ["笔记本电脑（连双肩包）", "笔记本电脑及电脑包"], "套"
                if lc == "wallet":
                    o["marks"].append(M(["卡包里主要是身份证"], ["身份证装于卡套内"]))
                    o["fnouns"] = ["身份证（连卡套）", "证件及卡套"]
                if lc == "cash":
                    o["fnouns"], o["funit"] = ["布袋零钱包", "零钱袋"], "个"
                o["cross"] = True
            else:
                cat = cats[i] if attempt < 150 else draw_cat()
                o = new_object(cat, foreign_force(cat))
            t_loss = draw_t_loss()
            Lr, Lm = make_lost(o, t_loss)
            dk = wpick([("soon", 60), ("day", 25), ("late", 15)])
            dmin = {"soon": R.randint(5, 360), "day": R.randint(360, 2880), "late": R.randint(2880, 8000)}[dk]
            fat = t_loss - dmin if t_loss - dmin >= 0 else R.randint(0, t_loss)
            fplace = o["place"] if chance(.6) or not NEIGH[o["place"]] else pick(NEIGH[o["place"]])
            fpos = jitter(PLACES[fplace][2], PLACES[fplace][3], 150)
            Fr, Fm = make_found(o, fat, fplace, fpos, cat=fcat)
            if fcat:
                Fm["disc"]["sg"] = Lm["disc"]["sg"]
            if [x for x in conflicts(Lm, Fm) if x != "category"]:
                continue
            if any(ambiguous(Lm, F) for F in Fmeta) or any(ambiguous(L, Fm) for L in Lmeta):
                continue
            break
        else:
            raise SystemExit("could not place pair %d" % i)
        Lmeta.append(Lm)
        Fmeta.append(Fm)
        Lobj.append((o, t_loss))
        lost.append([Lr, len(found)])
        found.append([Fr, None])
    for i in range(N_NULL):
        for attempt in range(300):
            cat = draw_cat()
            o = new_object(cat, foreign_force(cat))
            t_loss = draw_t_loss()
            Lr, Lm = make_lost(o, t_loss)
            if any(ambiguous(Lm, F) for F in Fmeta):
                continue
            break
        else:
            raise SystemExit("could not place null %d" % i)
        Lmeta.append(Lm)
        Lobj.append((o, t_loss))
        lost.append([Lr, None])
    plan = []
    for label, n in NEG_PLAN:
        plan += [label] * n
    R.shuffle(plan)
    aimed = [0] * len(lost)
    for label in plan:
        for attempt in range(2000):
            ti = R.randrange(N_PAIR, N_PAIR + N_NULL) if chance(.62) else R.randrange(N_PAIR)
            if aimed[ti] >= 2 or Lobj[ti][0].get("cross"):
                continue
            got = make_negative(label, Lobj[ti][0], Lobj[ti][1], Lmeta[ti])
            if not got:
                continue
            Fr, Fm = got
            if any(ambiguous(L, Fm) for L in Lmeta):
                continue
            break
        else:
            raise SystemExit("could not place negative " + label)
        aimed[ti] += 1
        Fm["aim"] = ti
        Fm["label"] = label
        Fmeta.append(Fm)
        found.append([Fr, label])
    # final honesty pass: no lost report may be indistinguishable from a found item that is not its truth
    for li, (Lr, tr) in enumerate(lost):
        for fi in range(len(found)):
            if fi != tr and ambiguous(Lmeta[li], Fmeta[fi]):
                raise SystemExit("ambiguous %d %d" % (li, fi))
    # shuffle and key
    lo = list(range(len(lost)))
    fo = list(range(len(found)))
    R.shuffle(lo)
    R.shuffle(fo)
    fkey = {}
    out_found = []
    for n, fi in enumerate(fo, 1):
        rec, label = found[fi]
        key = "%s-F%04d" % (PFX, n)
        fkey[fi] = key
        out_found.append(order(dict(rec, key=key), label, "found"))
    out_lost = []
    for n, li in enumerate(lo, 1):
        rec, tr = lost[li]
        out_lost.append(order(dict(rec, key="%s-L%04d" % (PFX, n), truth=fkey[tr] if tr is not None else None), None, "lost"))
    lkey = {li: "%s-L%04d" % (PFX, n) for n, li in enumerate(lo, 1)}
    stats = dict(Lmeta=[Lmeta[i] for i in lo], aimed=aimed, Fmeta=[Fmeta[i] for i in fo],
                 neg_target={fkey[fi]: lkey[Fmeta[fi]["aim"]] for fi in fo if "aim" in Fmeta[fi]},
                 null_keys=[lkey[li] for li in lo if lost[li][1] is None])
    return out_lost, out_found, stats


FIELD_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon",
               "lost_from_min", "lost_to_min", "found_at_min", "truth", "negative"]


def order(rec, label, kind):
    if kind == "found" and label:
        rec["negative"] = label
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "set132.json")
    lost, found, stats = build_all()
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set132.py", "parts": {PART: {"found": found, "lost": lost}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    if len(sys.argv) <= 1:
        from collections import Counter
        print("lost", len(lost), "found", len(found))
        print("voices", sorted(Counter(m["voice"] for m in stats["Lmeta"]).items()))
        print("levels", sorted(Counter(m["level"] for m in stats["Lmeta"]).items()))


if __name__ == "__main__":
    main()
