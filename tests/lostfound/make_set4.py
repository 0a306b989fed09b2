#!/usr/bin/env python3
"""Make set4, the blind judge set of lost-and-found registrations (失物/拾遗物).

Written without looking at the matcher or the earlier sets: every object below is
described twice, once as its owner would tell it at the desk (brand, model, what is
inside, the case, a scratch, half a serial, roughly where and when) and once as the
finder or the desk officer would write it (what is printed on the outside, the cash
counted, serials as read off the thing, other words for colours and kinds, typos).

Deterministic: python3 standard library only, one fixed seed, no clock, no network.
Usage:  python3 tests/lostfound/make_set4.py [output path]
Writes tests/lostfound/set4.json by default.  See SET4.md; set4 is a judge: nobody
tunes on it.
"""

import json
import math
import os
import random
import re
import sys

SEED = 20261202
OUT_DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set4.json")

N_TRUE = 160
N_NULL = 60
DAY = 1440
MAX_MIN = 90 * DAY            # every time within the last 90 days
CENTRE = (29.080, 119.650)
KM_LAT = 1 / 111.0            # degrees of latitude per km
KM_LON = 1 / (111.0 * math.cos(math.radians(29.08)))

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def wpick(pairs):
    """pairs: [(value, weight), ...]"""
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------------------
# Places of one invented town about 6 km across.  Coordinates are fixed offsets
# (km east, km north) from the centre; a report that names a place sits there.
# name: how a desk writes it; say: how people say it.
PLACES = {
    "train":    ("火车站", ["火车站", "火车站南广场", "火车站出站口", "老火车站那边"], (-1.6, 1.9), "transit"),
    "busw":     ("汽车西站", ["汽车西站", "西站", "客运西站候车厅"], (-2.6, 0.3), "transit"),
    "square":   ("人民广场", ["人民广场", "广场那边", "人民广场喷泉边"], (0.1, 0.2), "square"),
    "walk":     ("中山路步行街", ["中山路步行街", "步行街", "中山路"], (0.4, -0.2), "street"),
    "wanda":    ("万达广场", ["万达广场", "万达", "万达三楼美食街", "万达地下车库"], (1.7, 0.9), "mall"),
    "yintai":   ("银泰百货", ["银泰", "银泰百货", "银泰一楼化妆品区"], (0.6, 0.5), "mall"),
    "market":   ("将军路菜场", ["将军路菜场", "菜市场", "将军路农贸市场"], (-0.7, -0.6), "market"),
    "hosp1":    ("市第一人民医院", ["第一人民医院", "市一医", "一院门诊楼", "人民医院急诊"], (-0.9, 1.0), "hospital"),
    "hospzy":   ("市中医院", ["中医院", "中医院住院部", "中医院挂号大厅"], (1.2, -1.1), "hospital"),
    "fuyou":    ("妇幼保健院", ["妇幼保健院", "妇保院", "妇幼儿科门诊"], (2.1, -0.4), "hospital"),
    "school1":  ("实验小学", ["实验小学", "实小", "实验小学校门口"], (-0.3, 1.4), "school"),
    "school4":  ("第四中学", ["四中", "第四中学", "四中操场"], (1.0, 1.8), "school"),
    "college":  ("职业技术学院", ["职业技术学院", "职院", "职院图书馆", "职院食堂"], (2.5, 2.2), "school"),
    "park":     ("江滨公园", ["江滨公园", "江边公园", "江滨绿道"], (0.2, -1.7), "park"),
    "sports":   ("体育中心", ["体育中心", "体育馆", "体育中心跑道"], (-1.9, -1.3), "park"),
    "guzi":     ("古子城", ["古子城", "古子城老街", "古子城那一块"], (-0.4, -1.0), "street"),
    "lianhua":  ("莲花井社区", ["莲花井", "莲花井社区", "莲花井那口古井边"], (0.0, 0.7), "resid"),
    "station":  ("城中派出所", ["城中派出所", "派出所门口"], (0.15, 0.75), "police"),
    "bookshop": ("新华书店", ["新华书店", "书店"], (0.5, 0.0), "shop"),
    "lianhua2": ("世纪联华超市", ["联华超市", "世纪联华", "联华收银台"], (-1.2, 0.2), "mall"),
    "walmart":  ("沃尔玛", ["沃尔玛", "沃尔玛超市", "沃尔玛存包处"], (1.9, -1.5), "mall"),
    "jiefang":  ("解放东路", ["解放东路", "解放东路公交站"], (0.9, 0.1), "street"),
    "shuanglong": ("双龙南街", ["双龙南街", "双龙南街和八一街路口"], (-1.0, -0.2), "street"),
    "bayi":     ("八一北街", ["八一北街", "八一街"], (-0.8, 0.6), "street"),
    "danxi":    ("丹溪路", ["丹溪路", "丹溪路夜市"], (1.4, 0.4), "street"),
    "yanwei":   ("燕尾洲公园", ["燕尾洲", "燕尾洲公园", "燕尾洲中国婺剧院那边"], (-0.5, -2.3), "park"),
    "hospgym":  ("阳光健身房", ["阳光健身房", "健身房更衣室"], (1.6, 1.4), "shop"),
    "kfc":      ("步行街肯德基", ["肯德基", "步行街的肯德基"], (0.45, -0.3), "shop"),
    "cinema":   ("万达影城", ["万达影城", "电影院", "万达电影院"], (1.75, 0.95), "shop"),
    "garden":   ("锦绣花园小区", ["锦绣花园", "锦绣花园小区", "锦绣花园东门"], (-2.2, 1.0), "resid"),
    "xinyuan":  ("新苑小区", ["新苑小区", "新苑", "新苑小区车棚"], (2.3, 0.6), "resid"),
    "jiangnan": ("江南一品小区", ["江南一品", "江南一品小区门口"], (1.1, -2.2), "resid"),
    "techpark": ("科创园", ["科创园", "科创园B座", "科创园食堂"], (2.7, -1.9), "office"),
    "govhall":  ("市民服务中心", ["市民服务中心", "行政服务中心", "办事大厅"], (-1.4, -2.0), "office"),
    "metro_sq": ("地铁人民广场站", ["地铁人民广场站", "人民广场地铁站"], (0.0, 0.3), "transit"),
    "metro_tr": ("地铁火车站站", ["地铁火车站站", "火车站地铁站"], (-1.5, 1.8), "transit"),
    "busdepot": ("公交北停车场", ["公交北停车场", "公交公司北场站"], (-0.6, 2.8), "transit"),
    "taxico":   ("出租车公司调度中心", ["出租车公司", "出租车调度中心"], (-2.4, -0.9), "transit"),
    "xiyuan":   ("西园路口", ["西园路口", "西园路红绿灯"], (-2.8, -1.6), "street"),
    "dongshi":  ("东市街", ["东市街", "东市街早餐店"], (0.8, -0.8), "street"),
}
# Far corners used by the "same brand far away weeks apart" negatives.
FAR_PAIRS = [("xiyuan", "techpark"), ("garden", "jiangnan"), ("busw", "college"),
             ("sports", "school4"), ("yanwei", "busdepot"), ("govhall", "college"),
             ("techpark", "garden"), ("college", "xiyuan"), ("jiangnan", "train")]

# Transit routes: lost on the way, found at the end of the line.
ROUTES = [
    ("K3路公交", "train", "square", "busdepot", "公交车"),
    ("5路公交", "busw", "wanda", "busdepot", "公交车"),
    ("12路公交", "hosp1", "walmart", "busdepot", "公交车"),
    ("203路公交", "college", "train", "busdepot", "公交车"),
    ("地铁2号线", "metro_sq", "metro_tr", "metro_tr", "地铁"),
    ("出租车", "wanda", "garden", "taxico", "出租车"),
    ("网约车", "train", "jiangnan", "station", "网约车"),
]


def coords(key, jitter_m=60):
    _, _, (ex, ny), _ = PLACES[key]
    jx = R.uniform(-jitter_m, jitter_m) / 1000.0
    jy = R.uniform(-jitter_m, jitter_m) / 1000.0
    lat = CENTRE[0] + (ny + jy) * KM_LAT
    lon = CENTRE[1] + (ex + jx) * KM_LON
    return round(lat, 6), round(lon, 6)


def dist_km(a, b):
    (x1, y1), (x2, y2) = PLACES[a][2], PLACES[b][2]
    return math.hypot(x1 - x2, y1 - y2)


# ---------------------------------------------------------------------------
# People and numbers, all invented.
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏吕丁沈任姚卢傅钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国建华志强海燕丹玲鑫浩宇子轩梓涵欣怡雨桐思远晨曦佳怡俊杰诗涵博文一诺梦琪雅婷家豪")
# Homophone swaps a desk officer's pinyin input makes in names.
NAME_HOMO = {"伟": "玮", "芳": "方", "静": "婧", "丽": "莉", "强": "蔷", "磊": "蕾", "军": "君",
             "洋": "阳", "杰": "洁", "娟": "鹃", "明": "铭", "霞": "侠", "平": "萍", "华": "桦",
             "玉": "钰", "红": "虹", "鹏": "朋", "辉": "晖", "海": "海", "燕": "艳", "玲": "琳",
             "宇": "雨", "轩": "萱", "涵": "含", "欣": "昕", "怡": "宜", "婷": "亭", "豪": "浩",
             "博": "波", "文": "雯", "晨": "辰", "佳": "嘉", "俊": "骏", "诗": "诗", "梦": "孟"}


USED_NAMES = set()


def person_name(surname=None):
    """An invented name, never given twice in the set (two people of the same
    name would make a label no officer could check), nor a homophone of one."""
    while True:
        s = surname or pick(SURNAMES)
        n = 1 if chance(0.35) else 2
        name = s + "".join(pick(GIVEN) for _ in range(n))
        key = "".join(NAME_HOMO.get(c, c) for c in name)
        if key not in USED_NAMES:
            USED_NAMES.add(key)
            return name


def name_typo(name):
    chars = list(name)
    idx = [i for i in range(1, len(chars)) if chars[i] in NAME_HOMO and NAME_HOMO[chars[i]] != chars[i]]
    if not idx:
        return name
    i = pick(idx)
    chars[i] = NAME_HOMO[chars[i]]
    return "".join(chars)


ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
REGIONS = ["330702", "330703", "330781", "330782", "330783", "330784", "330723", "330726",
           "330727", "330106", "330302", "341222", "411381", "522425", "362330", "432524",
           "513030", "350583"]


def id_check_digit(first17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def id_number(min_year=1950, max_year=2008):
    y = R.randint(min_year, max_year)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    s17 = "%s%04d%02d%02d%03d" % (pick(REGIONS), y, m, d, R.randint(1, 999))
    return s17 + id_check_digit(s17)


def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


BANKS = [  # key, bin, names (how people say it)
    ("icbc", "622202", ["工商银行", "工行", "ICBC"]),
    ("abc", "622848", ["农业银行", "农行", "中国农业银行"]),
    ("ccb", "621700", ["建设银行", "建行", "中国建设银行"]),
    ("boc", "621661", ["中国银行", "中行"]),
    ("cmb", "622588", ["招商银行", "招行"]),
    ("psbc", "621799", ["邮政储蓄银行", "邮储银行", "邮政"]),
    ("zjnx", "623091", ["浙江农信", "农商银行", "丰收卡", "农村信用社"]),
    ("jhb", "622478", ["金华银行"]),
]


def bank_card():
    b = pick(BANKS)
    body = b[1] + "".join(str(R.randint(0, 9)) for _ in range(9 if chance(0.6) else 12))
    return b, body + luhn_digit(body)


def imei():
    tac = pick(["86", "35", "86", "86"]) + "".join(str(R.randint(0, 9)) for _ in range(6))
    body = tac + "".join(str(R.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def alnum(n, letters="ABCDEFGHJKLMNPRSTUVWXYZ", digits="0123456789"):
    return "".join(R.choice(letters + digits * 2) for _ in range(n))


# ---------------------------------------------------------------------------
# Writing variation: full-width, traditional characters, pinyin-input homophones.
TRAD = {"钱": "錢", "钥": "鑰", "匙": "匙", "机": "機", "证": "證", "银": "銀", "电": "電",
        "动": "動", "车": "車", "蓝": "藍", "红": "紅", "绿": "綠", "黄": "黃", "书": "書",
        "门": "門", "卡": "卡", "现": "現", "金": "金", "块": "塊", "里": "裡", "个": "個",
        "号": "號", "颜": "顏", "色": "色", "丢": "丟", "遗": "遺", "失": "失", "这": "這",
        "们": "們", "说": "說", "时": "時", "间": "間", "后": "後", "钟": "鐘", "边": "邊",
        "带": "帶", "应": "應", "该": "該", "对": "對", "张": "張", "还": "還", "东": "東",
        "镯": "鐲", "项": "項", "链": "鏈", "话": "話", "儿": "兒", "黑": "黑", "为": "為",
        "华": "華", "园": "園", "广": "廣", "场": "場", "区": "區", "医": "醫", "院": "院"}
HOMOPHONE = [("捡到", "检到"), ("身份证", "身分证"), ("充电宝", "冲电宝"), ("钥匙", "钥是"),
             ("在", "再"), ("的时候", "得时候"), ("已经", "以经"), ("驾驶证", "驾使证"),
             ("银行卡", "银航卡"), ("钱包", "前包"), ("电动车", "电东车"), ("耳机", "耳几"),
             ("里面", "里边"), ("手机壳", "手机可"), ("拾到", "拾倒"), ("登记", "登计")]


def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7e and c.isalnum():
            out.append(chr(o + 0xfee0))
        else:
            out.append(c)
    return "".join(out)


def traditional(s):
    return "".join(TRAD.get(c, c) for c in s)


def homophone_typo(s, n=1):
    cands = [(a, b) for a, b in HOMOPHONE if a in s]
    R.shuffle(cands)
    for a, b in cands[:n]:
        s = s.replace(a, b, 1)
    return s


CN_DIGIT = "零一二三四五六七八九"
CN_UPPER = "零壹贰叁肆伍陆柒捌玖"


def cn_number(n, upper=False):
    """An amount in Chinese words, 326 -> 三百二十六 (upper: 叁佰贰拾陆)."""
    d = CN_UPPER if upper else CN_DIGIT
    units = ["", "拾", "佰", "仟"] if upper else ["", "十", "百", "千"]
    wan = "万"
    if n == 0:
        return d[0]
    parts = []
    if n >= 10000:
        parts.append(cn_number(n // 10000, upper) + wan)
        n %= 10000
        if 0 < n < 1000:
            parts.append(d[0])
    s = ""
    digits = str(n) if n else ""
    zero = False
    for i, c in enumerate(digits):
        pos = len(digits) - 1 - i
        v = int(c)
        if v == 0:
            zero = True
            continue
        if zero and s:
            s += d[0]
        zero = False
        if not upper and v == 1 and pos == 1 and not s and not parts:
            s += units[pos]
        else:
            s += d[v] + units[pos]
    parts.append(s)
    return "".join(parts)


def spoken_digits(s):
    return "".join(CN_DIGIT[int(c)] if c.isdigit() else c for c in s)


# ---------------------------------------------------------------------------
# Colours: canonical key -> (owner words, finder words).  The finder names what it
# sees ("深色", "藏青"); the owner names what it bought ("午夜黑", "远峰蓝").
COLORS = {
    "black":  (["黑色", "黑的", "纯黑", "午夜黑", "曜石黑"], ["黑色", "深色", "哑光黑", "黑", "暗黑色"]),
    "white":  (["白色", "白的", "珍珠白", "陶瓷白"], ["白色", "米白色", "乳白", "白"]),
    "blue":   (["蓝色", "深蓝", "远峰蓝", "宝蓝色"], ["蓝色", "藏青色", "深蓝色", "浅蓝", "蓝"]),
    "purple": (["紫色", "淡紫色", "暗紫色"], ["紫色", "浅紫", "薰衣草色", "紫"]),
    "gold":   (["金色", "土豪金", "香槟金"], ["金色", "香槟色", "金黄色"]),
    "silver": (["银色", "银白", "星光银"], ["银色", "银灰色", "灰白色", "灰色"]),
    "green":  (["绿色", "墨绿", "苍岭绿"], ["绿色", "墨绿色", "军绿色", "深绿"]),
    "pink":   (["粉色", "粉红", "樱花粉"], ["粉色", "粉红色", "浅粉", "淡红色"]),
    "red":    (["红色", "酒红色", "大红"], ["红色", "暗红", "枣红色", "紫红色"]),
    "brown":  (["棕色", "咖啡色", "驼色"], ["棕色", "褐色", "咖色", "深棕"]),
    "grey":   (["灰色", "深空灰", "太空灰"], ["灰色", "深灰", "银灰色"]),
    "yellow": (["黄色", "明黄", "柠檬黄"], ["黄色", "橙黄色", "淡黄"]),
    "orange": (["橙色", "橘色"], ["橙色", "橘黄色", "桔色"]),
}


def cword(color, side, cat=None):
    """Owners of phones and gadgets use the maker's colour names (远峰蓝); for
    anything else people say plain colours."""
    words = COLORS[color][0 if side == "o" else 1]
    if side == "o" and cat not in ("phone", "electronics"):
        words = words[:2]
    return pick(words)


# ---------------------------------------------------------------------------
# Brands: key -> (usual spellings, misspellings/homophones the other side writes).
BRANDS = {
    # phones
    "huawei":  (["华为", "HUAWEI", "Huawei"], ["华伟", "花为", "HUAWAI", "huawei"]),
    "apple":   (["苹果", "iPhone", "Apple"], ["平果", "爱疯", "IPONE", "iphone"]),
    "xiaomi":  (["小米", "Xiaomi", "MI"], ["小咪", "xiaomi", "XIAOMl"]),
    "redmi":   (["红米", "Redmi", "小米红米"], ["洪米", "redmi", "红米(小米)"]),
    "oppo":    (["OPPO", "oppo", "欧珀"], ["0PPO", "OPOP", "欧泊"]),
    "vivo":    (["vivo", "VIVO", "维沃"], ["vovi", "VIV0", "步步高vivo"]),
    "honor":   (["荣耀", "HONOR", "Honor"], ["容耀", "荣曜", "HONER"]),
    "samsung": (["三星", "Samsung", "SAMSUNG"], ["三心", "samsumg", "SAMSONG"]),
    # wallets, bags, fashion
    "goldlion": (["金利来", "Goldlion", "GOLDLION"], ["金力来", "金利莱", "GOLDLlON"]),
    "septwolves": (["七匹狼", "SEPTWOLVES"], ["七匹郎", "7匹狼", "SEPTWOLFS"]),
    "coach":   (["COACH", "蔻驰", "coach"], ["寇驰", "COUCH", "扣驰"]),
    "lv":      (["LV", "路易威登", "Louis Vuitton"], ["LOUISVUITTON", "驴牌", "L V"]),
    "woodpecker": (["啄木鸟"], ["啄木乌", "啄木鸟牌"]),
    "kangaroo": (["袋鼠", "KANGAROO"], ["袋鼠牌", "KANGAR00"]),
    "nike":    (["耐克", "NIKE", "Nike"], ["NIKI", "奈克", "nike"]),
    "adidas":  (["阿迪达斯", "adidas", "阿迪"], ["addidas", "阿迪达司", "ADIDAS"]),
    "anta":    (["安踏", "ANTA"], ["安塔", "anta"]),
    "samsonite": (["新秀丽", "Samsonite"], ["新秀利", "SAMSONlTE", "samsonite"]),
    "jansport": (["杰斯伯", "JanSport"], ["JANSPORT", "杰斯博"]),
    "mk":      (["MK", "Michael Kors", "迈克高仕"], ["M K", "迈克.科尔斯", "MICHAELKORS"]),
    "ck":      (["小CK", "CHARLES&KEITH", "Charles & Keith"], ["CHARLES KEITH", "小ck", "查尔斯凯斯"]),
    # vehicles
    "yadea":   (["雅迪", "Yadea", "YADEA"], ["亚迪", "雅笛", "yadea"]),
    "aima":    (["爱玛", "AIMA", "Aima"], ["艾玛", "爱马", "AlMA"]),
    "tailg":   (["台铃", "TAILG"], ["台玲", "台灵", "tailg"]),
    "sunra":   (["新日", "SUNRA"], ["新曰", "sunra", "新日牌"]),
    "luyuan":  (["绿源", "LUYUAN"], ["绿园", "绿元", "luyuan"]),
    "niu":     (["小牛", "NIU", "小牛电动"], ["niu", "小牛牌", "N1U"]),
    "ninebot": (["九号", "Ninebot", "九号电动"], ["9号", "NINEBOT", "纳恩博"]),
    "giant":   (["捷安特", "GIANT", "Giant"], ["洁安特", "GAINT", "捷安持"]),
    "merida":  (["美利达", "MERIDA"], ["美力达", "MERlDA", "美丽达"]),
    "phoenix": (["凤凰", "凤凰牌"], ["凤皇", "PHOENIX"]),
    "forever": (["永久", "永久牌"], ["永久", "FOREVER"]),
    "xds":     (["喜德盛", "XDS"], ["喜得盛", "xds"]),
    "vw":      (["大众", "Volkswagen", "VW"], ["大从", "volkswagen", "大众汽车"]),
    "toyota":  (["丰田", "TOYOTA"], ["丰天", "toyota"]),
    "byd":     (["比亚迪", "BYD"], ["比亚笛", "byd"]),
    "honda":   (["本田", "HONDA"], ["本天", "honda"]),
    "bmw":     (["宝马", "BMW"], ["宝码", "bmw"]),
    "geely":   (["吉利", "GEELY"], ["吉力", "geely"]),
    # jewelry, watches
    "ctf":     (["周大福", "CHOW TAI FOOK"], ["周大福", "CTF", "周大副"]),
    "lfx":     (["老凤祥"], ["老凤翔", "老凤祥银楼"]),
    "css":     (["周生生", "Chow Sang Sang"], ["周生升", "周生生"]),
    "lukfook": (["六福", "六福珠宝"], ["陆福", "LUKFOOK"]),
    "pandora": (["潘多拉", "PANDORA"], ["潘朵拉", "pandora"]),
    "swarovski": (["施华洛世奇", "SWAROVSKI"], ["施华洛士奇", "swarovski", "天鹅牌"]),
    "longines": (["浪琴", "LONGINES"], ["浪情", "longines"]),
    "tissot":  (["天梭", "TISSOT"], ["天棱", "tissot"]),
    "casio":   (["卡西欧", "CASIO"], ["卡西鸥", "casio"]),
    # electronics
    "lenovo":  (["联想", "Lenovo", "ThinkPad"], ["联相", "LENOVO", "lenovo"]),
    "dell":    (["戴尔", "DELL"], ["dell", "带尔"]),
    "romoss":  (["罗马仕", "ROMOSS"], ["罗马士", "romoss"]),
    "anker":   (["安克", "Anker"], ["ANKER", "按克"]),
    "xtc":     (["小天才", "imoo"], ["小天材", "IMOO", "小天才电话手表"]),
    "canon":   (["佳能", "Canon"], ["CANON", "加能"]),
    "sony":    (["索尼", "SONY"], ["sony", "索妮"]),
    "nintendo": (["任天堂", "Nintendo"], ["任天当", "NINTENDO"]),
    "kindle":  (["Kindle", "亚马逊Kindle"], ["kindle", "KlNDLE"]),
    # other
    "thermos": (["膳魔师", "THERMOS"], ["膳魔狮", "thermos"]),
    "sf":      (["顺丰"], ["顺丰速运", "SF"]),
    "ray":     (["雷朋", "Ray-Ban"], ["RayBan", "雷鹏"]),
    "paradise": (["天堂伞", "天堂"], ["天堂牌", "天唐伞"]),
}


def bword(brand, side, typo_p=0.0):
    """Spelling of a brand.  Owners mostly write it right; finders copy what is
    printed (English) or mistype it."""
    usual, odd = BRANDS[brand]
    if R.random() < typo_p:
        return pick(odd)
    return pick(usual)


# ---------------------------------------------------------------------------
# Objects.  Every object is a dict:
#   cat, kinds (owner words, finder words), color, brand, model (owner form,
#   finder form or None), facts [slot, owner phrases, finder phrases, finder_sees],
#   ids [slot, value, owner forms(), finder forms()], extra.
# A fact's finder phrases say the same thing as the owner's in the words of
# someone who only sees the outside.


def F(slot, o, f, sees=True):
    return {"slot": slot, "o": o, "f": f, "sees": sees}


def fmt_imei(v, side):
    forms = [v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14:]), "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14:]),
             "IMEI:" + v, "IMEI " + v[:8] + "*****" + v[13:], "串号尾号" + v[-4:], "IMEI后六位" + v[-6:]]
    if side == "o":
        return pick([forms[0], forms[3], forms[5], forms[6], forms[1]])
    return pick([forms[0], forms[1], forms[2], forms[3], forms[4]])


def fmt_card(v, side):
    sp = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    forms_o = ["卡号尾号" + v[-4:], "卡号后四位" + v[-4:], "银行卡尾号" + v[-4:], v, sp]
    forms_f = [sp, v, v[:4] + "****" + v[-4:], v[:6] + "******" + v[-4:], "卡号尾号" + v[-4:], "****" + v[-4:]]
    return pick(forms_o if side == "o" else forms_f)


def fmt_id(v, side):
    masked = v[:6] + "********" + v[-4:]
    low = v[:-1] + v[-1].lower()
    forms_o = [v, v, "身份证尾号" + v[-4:], "身份证号后四位" + v[-4:], low, v[:6] + "…" + v[-4:]]
    forms_f = [v, masked, v[:3] + "***********" + v[-4:], v[:6] + " " + v[6:14] + " " + v[14:], low, masked]
    return pick(forms_o if side == "o" else forms_f)


def fmt_plain(v, side):
    forms = [v, v.lower(), " ".join(v[i:i + 4] for i in range(0, len(v), 4)), "-".join(v[i:i + 5] for i in range(0, len(v), 5))]
    if side == "o":
        return pick([v, v, "尾号" + v[-5:], "后几位是" + v[-4:]])
    return pick(forms)


def fmt_plate(v, side):
    # v like "金华B·23817"
    city, rest = v[:2], v[2:]
    letter, digits = rest.split("·")
    forms = [v, city + letter + digits, letter + digits, city + letter + " " + digits, letter.lower() + digits,
             fullwidth(letter + digits), "浙" + letter + "·" + digits]
    return pick(forms[:3] + forms[5:6] if side == "o" else forms)


# ---- phones ---------------------------------------------------------------
PHONE_MODELS = {
    "huawei": ["Mate 60 Pro", "Mate 50", "P60", "P50 Pocket", "nova 11", "nova 12", "畅享 60"],
    "apple": ["iPhone 15 Pro Max", "iPhone 15", "iPhone 14 Pro", "iPhone 14", "iPhone 13", "iPhone 12", "iPhone 11"],
    "xiaomi": ["小米14", "小米13", "小米Civi 3", "小米12S"],
    "redmi": ["Redmi K70", "Redmi Note 13", "Redmi Note 12 Turbo", "Redmi 12C"],
    "oppo": ["Reno 11", "Reno 10 Pro", "Find X7", "A2 Pro", "Find N3 Flip"],
    "vivo": ["X100", "X90", "S18", "Y78", "iQOO 12"],
    "honor": ["Magic6", "X50", "90 GT", "Play 8T", "荣耀100"],
    "samsung": ["Galaxy S23", "Galaxy Z Flip5", "Galaxy A54"],
}
PHONE_BRANDS = [("huawei", 22), ("apple", 24), ("xiaomi", 7), ("redmi", 6), ("oppo", 12), ("vivo", 12),
                ("honor", 10), ("samsung", 4)]
PHONE_CASE = [
    (["手机壳是透明的，里面夹了张公交卡", "透明壳，后面塞了一张公交卡"], ["透明软壳，壳内夹有公交卡一张", "透明保护壳，内夹公交卡"]),
    (["粉色的壳子上面印着一只小熊", "壳是粉的，有个小熊图案"], ["粉色小熊图案手机壳", "套粉色卡通熊手机壳"]),
    (["带一个黑色翻盖皮套", "黑皮套，翻盖的那种"], ["黑色翻盖皮套", "外有黑色皮质翻盖保护套"]),
    (["蓝色硅胶壳，背面有个指环扣", "蓝色软壳带指环支架"], ["蓝色硅胶壳，带金属指环", "深蓝色软壳，背部有指环扣"]),
    (["壳上是蜡笔小新", "蜡笔小新的手机壳"], ["蜡笔小新卡通壳", "卡通人物（蜡笔小新）手机壳"]),
    (["绿色磨砂壳，挂了根编织挂绳", "墨绿的壳子带挂绳"], ["绿色磨砂壳，带编织挂绳", "军绿色手机壳，有挂绳"]),
    (["没戴壳，裸机", "没有套壳子"], ["无保护壳", "未套手机壳"]),
    (["红色的壳，上面写着平安喜乐", "红壳子印着'平安喜乐'四个字"], ["红色手机壳印有“平安喜乐”字样", "红色壳，写有平安喜乐"]),
    (["白色的壳，后面有个猫爪支架", "白壳带个猫爪的支架"], ["白色手机壳，背面猫爪形支架", "白色壳，猫爪支架"]),
    (["黄色皮卡丘的壳", "皮卡丘图案的黄壳子"], ["黄色皮卡丘图案手机壳", "皮卡丘卡通黄色壳"]),
    (["壳是星空图案的", "紫色星空壳"], ["星空图案手机壳", "紫色星空图案保护壳"]),
    (["灰色的防摔壳，四个角鼓起来的", "气囊防摔壳，灰的"], ["灰色四角防摔壳", "灰色气囊防摔保护壳"]),
]
PHONE_CRACK = [
    (["屏幕右上角摔碎了", "右上角屏幕有裂纹"], ["屏幕右上角碎裂", "屏幕右上方有裂痕"]),
    (["屏幕中间有一道裂痕", "屏幕从中间裂了一条"], ["屏幕中部一道裂纹", "屏幕有一道横向裂痕"]),
    (["钢化膜碎了，屏幕本身没事", "贴的膜已经裂了"], ["钢化膜破裂", "屏幕保护膜有裂纹"]),
    (["左下角边框磕掉了漆", "左下角掉漆"], ["左下角边框有磕碰掉漆", "边框左下角磨损"]),
    (["后盖摄像头旁边有划痕", "背面镜头边上划花了"], ["背面摄像头附近有划痕", "后盖镜头旁划痕明显"]),
    (["屏幕左上角有个坏点", "左上角有一块屏幕发绿"], ["屏幕左上角有绿色坏点", "屏幕左上角显示异常"]),
]
PHONE_WALL = [
    (["锁屏是我家柯基的照片", "壁纸是一只柯基犬"], ["锁屏壁纸为一只柯基犬", "锁屏图片是一只小狗（柯基）"]),
    (["锁屏是我儿子的照片", "壁纸是个小男孩"], ["锁屏为一小男孩照片", "锁屏照片是个小孩"]),
    (["锁屏是海边日落", "壁纸是大海风景"], ["锁屏为海边风景", "锁屏是日落海景"]),
    (["锁屏是一张全家福", "壁纸是我们一家三口"], ["锁屏是一家三口合照", "锁屏为全家合影"]),
    (["锁屏是只橘猫", "壁纸是我养的橘猫"], ["锁屏为橘色猫咪", "锁屏是一只橘猫"]),
    (["壁纸是熊猫卡通", "锁屏是卡通熊猫"], ["锁屏为卡通熊猫图", "锁屏是熊猫图案"]),
]
PHONE_STICKER = [
    (["背面贴了个'暴富'的贴纸", "壳上贴着暴富两个字"], ["背面贴有“暴富”贴纸", "壳上有暴富字样贴纸"]),
    (["后面贴了张孩子的大头贴", "背后有张大头贴"], ["背面贴有儿童大头贴", "背部有大头贴照片一张"]),
    (["壳里面夹着一张100块钱", "手机壳里藏了一百块"], ["手机壳内夹有人民币100元", "壳内夹百元纸币一张"]),
    (["壳后面夹着一张身份证复印件", "壳里有张纸条写着电话"], ["壳内有纸条一张（写有电话号码）", "手机壳夹层有纸片"]),
]


def make_phone(brand=None, color=None, model=None):
    brand = brand or wpick(PHONE_BRANDS)
    model = model or pick(PHONE_MODELS[brand])
    color = color or pick(["black", "black", "white", "blue", "purple", "gold", "silver", "green", "pink"])
    facts = []
    for slot, pool, p in (("case", PHONE_CASE, 0.95), ("crack", PHONE_CRACK, 0.5), ("wall", PHONE_WALL, 0.45),
                          ("sticker", PHONE_STICKER, 0.25)):
        if chance(p):
            i = R.randrange(len(pool))
            facts.append(F(slot, pool[i][0], pool[i][1]))
            facts[-1]["idx"] = i
    num = "1" + pick(["38", "39", "58", "59", "87", "88", "35", "36", "77", "80"]) + "%08d" % R.randint(0, 99999999)
    facts.append(F("number", ["手机号是%s" % num, "号码%s" % num, "卡是%s" % (num[:3] + "****" + num[-4:])], [], sees=False))
    if chance(0.3):
        facts.append(F("power", [], ["拾到时已关机", "手机电量耗尽关机", "手机处于锁屏状态，有未接来电"], sees=True))
    ids = [{"slot": "imei", "v": imei(), "fmt": fmt_imei, "o": 0.4, "f": 0.12}]
    kinds = (["手机", "手机一部", "智能手机"], ["手机", "手机一部", "智能手机一台", "移动电话"])
    return {"cat": "phone", "kinds": kinds, "color": color, "brand": brand, "model": model, "facts": facts, "ids": ids}


# ---- wallets --------------------------------------------------------------
WALLET_KIND = [(["长款钱包", "长钱包", "钱包"], ["长款钱包", "长款皮夹", "钱包"]),
               (["短款钱包", "钱包", "折叠钱包"], ["短款钱包", "钱夹", "皮夹"]),
               (["零钱包", "小钱包"], ["零钱包", "小钱袋"]),
               (["男士钱包", "钱包", "皮夹子"], ["男式钱包", "皮夹", "钱包"]),
               (["女士钱包", "手拿包式的钱包"], ["女式钱包", "女士长款钱夹"])]
WALLET_BRANDS = [("goldlion", 6), ("septwolves", 6), ("coach", 5), ("lv", 3), ("woodpecker", 3), ("kangaroo", 3),
                 ("mk", 2), ("ck", 2), (None, 10)]
WALLET_EXTRA = [
    (["里面还有几张购物小票", "有超市小票"], ["内有购物小票若干", "内有小票数张"]),
    (["夹层里有张女儿的照片", "有张小孩子的一寸照片"], ["内有儿童一寸照片一张", "夹层有小孩照片"]),
    (["还有一把小钥匙", "拉链袋里有把信箱钥匙"], ["内有小钥匙一把", "拉链层内有钥匙一把"]),
    (["有张理发店会员卡", "理发店的会员卡也在里面"], ["内有美发会员卡一张", "理发店会员卡"]),
    (["有张医保就诊卡", "一院的就诊卡"], ["内有医院就诊卡一张", "就诊卡（市一医）一张"]),
    (["钱包边角磨破了", "边上有点磨损"], ["钱包边角磨损", "外皮边缘磨损"]),
    (["拉链坏了", "拉链头掉了一个"], ["拉链损坏", "拉链头缺失"]),
    (["有个平安符", "里面放了个护身符"], ["内有护身符一个", "内有红色平安符"]),
]


def cash_amount():
    return R.choice([R.randint(3, 99), R.randint(100, 600), R.randint(100, 600), R.randint(600, 3000)])


def cash_owner(a):
    if a < 100:
        return pick(["几十块零钱", "一点零钱，几十块", "%d块左右零钱" % (a // 10 * 10)])
    lo = a // 100 * 100
    return pick(["%d多块钱" % lo, "%s多块现金" % cn_number(lo), "大概%d块" % int(round(a, -2)), "现金%d元" % a,
                 "%d左右现金" % int(round(a, -1)), "%s块钱左右" % cn_number(int(round(a, -2)))])


def cash_finder(a):
    h, rem = divmod(a, 100)
    notes = []
    if h:
        notes.append("100元%d张" % h)
    for v in (50, 20, 10, 5, 1):
        if rem >= v:
            notes.append("%d元%d张" % (v, rem // v))
            rem %= v
    return pick(["现金%d元" % a, "现金人民币%d元" % a, "现金%s元" % cn_number(a, upper=True), "人民币" + "、".join(notes) + "，共计%d元" % a,
                 "现金￥%d" % a, "现金%d元整" % a])


def make_wallet(brand="", color=None, kind=None):
    if brand == "":
        brand = wpick(WALLET_BRANDS)
    color = color or pick(["black", "black", "brown", "brown", "red", "pink", "blue", "white"])
    kind = kind if kind is not None else R.randrange(len(WALLET_KIND))
    name = person_name()
    idno = id_number()
    facts, ids = [], []
    facts.append(F("idcard", ["里面有我身份证，名字是%s" % name, "有身份证（%s）" % name, "我的身份证在里面，叫%s" % name],
                   ["内有%s的身份证" % name, "内有身份证一张（姓名%s）" % name, "身份证：%s" % name]))
    ids.append({"slot": "idno", "v": idno, "fmt": fmt_id, "o": 0.35, "f": 0.45})
    b, card = bank_card()
    facts.append(F("bank", ["一张%s的卡" % b[2][0], "%s银行卡" % pick(b[2]), "还有%s卡" % pick(b[2])],
                   ["%s银行卡一张" % b[2][0], "%s卡1张" % pick(b[2])]))
    ids.append({"slot": "card", "v": card, "fmt": fmt_card, "o": 0.5, "f": 0.55})
    amt = cash_amount()
    if chance(0.8):
        facts.append(F("cash", [cash_owner(amt)], [cash_finder(amt)]))
    for i in R.sample(range(len(WALLET_EXTRA)), R.choice([0, 1, 1, 2])):
        facts.append(F("extra%d" % i, WALLET_EXTRA[i][0], WALLET_EXTRA[i][1]))
    if not chance(0.5):  # not every wallet holds the owner's ID card
        facts = [f for f in facts if f["slot"] != "idcard"]
        ids = [i for i in ids if i["slot"] != "idno"]
        facts.append(F("name_card", ["有张名片，上面是%s" % name, "会员卡上是我名字%s" % name],
                       ["内有%s名字的会员卡" % name, "内有名片（%s）" % name]))
    k = WALLET_KIND[kind]
    return {"cat": "wallet", "kinds": k, "kind_idx": kind, "color": color, "brand": brand, "model": None,
            "facts": facts, "ids": ids, "name": name}


# ---- identity documents -----------------------------------------------------
SCHOOLS = [("实验小学", "school1", "小学"), ("第四中学", "school4", "中学"), ("职业技术学院", "college", "大学")]
COMPANIES = ["金华市锦程物业管理有限公司", "城西建筑工程有限公司", "市第一人民医院", "顺达快递分部",
             "科创园恒信电子有限公司", "万达广场物业", "市自来水公司"]


def make_id_doc(kind=None, name=None):
    kind = kind or wpick([("idcard", 30), ("driver", 12), ("student", 12), ("social", 10), ("bank", 10),
                          ("passport", 5), ("work", 7), ("hkpass", 4), ("holder", 10)])
    facts, ids = [], []
    if kind == "student":
        sch = pick(SCHOOLS)
        name = name or person_name()
        grade = pick(["三年级2班", "五年级1班", "初二(3)班", "高一(5)班", "2023级计算机1班", "2022级护理2班"]) \
            if sch[2] != "大学" else pick(["2023级计算机1班", "2022级护理2班", "2024级电商3班"])
        if sch[2] == "小学":
            grade = pick(["三年级2班", "五年级1班", "二年级4班", "六年级3班"])
        elif sch[2] == "中学":
            grade = pick(["初二(3)班", "初一(6)班", "初三(1)班"])
        sno = "%d%02d%04d" % (R.choice([2021, 2022, 2023, 2024]), R.randint(1, 12), R.randint(1, 9999))
        facts.append(F("name", ["我孩子%s的学生证，%s%s" % (name, sch[0], grade), "学生证，名字%s，%s" % (name, grade),
                                "%s的学生证，%s的" % (name, sch[0])],
                       ["%s学生证，姓名%s，%s" % (sch[0], name, grade), "学生证一本（%s %s）" % (name, sch[0])]))
        ids.append({"slot": "sno", "v": sno, "fmt": lambda v, s: pick(["学号" + v, v, "学号尾号" + v[-4:]]) if s == "o" else pick(["学号" + v, "学号：" + v, v]),
                    "o": 0.45, "f": 0.6})
        kinds = (["学生证", "学生卡"], ["学生证", "学生证一本", "校园卡"])
        cat_color = pick(["red", "blue", "green"])
        extra = {"school": sch[1]}
    elif kind == "work":
        comp = pick(COMPANIES)
        name = name or person_name()
        no = pick(["GH", "NO.", "", "A"]) + "%04d" % R.randint(1, 9999)
        facts.append(F("name", ["工作证，%s的，单位是%s" % (name, comp), "我的工牌，%s，%s" % (name, comp)],
                       ["%s工作证，姓名%s" % (comp, name), "工作牌一个（%s，%s）" % (comp, name)]))
        ids.append({"slot": "workno", "v": no, "fmt": lambda v, s: ("工号" + v), "o": 0.5, "f": 0.6})
        if chance(0.5):
            facts.append(F("lanyard", ["挂着蓝色挂绳", "有根蓝色吊绳"], ["带蓝色挂绳", "附蓝色挂带"]))
        kinds = (["工作证", "工牌", "胸牌"], ["工作证", "工牌一个", "员工证"])
        cat_color = pick(["blue", "white", "red"])
        extra = {}
    elif kind == "passport" or kind == "hkpass":
        name = name or person_name()
        if kind == "passport":
            no = pick(["E", "EA", "EJ"]) + "%07d" % R.randint(0, 9999999)
            no = no if len(no) == 9 else no + str(R.randint(0, 9))
            kinds = (["护照", "中国护照"], ["护照", "中华人民共和国护照一本", "护照本"])
            cat_color = "red"
        else:
            no = "C" + "%08d" % R.randint(0, 99999999)
            kinds = (["港澳通行证", "港澳通行证卡"], ["往来港澳通行证", "港澳通行证一张"])
            cat_color = pick(["blue", "green"])
        facts.append(F("name", ["%s的%s" % (name, kinds[0][0]), "名字是%s" % name, "持有人%s" % name],
                       ["持证人%s" % name, "姓名%s" % name, "%s（%s）" % (kinds[1][0], name)]))
        ids.append({"slot": "docno", "v": no, "fmt": lambda v, s: pick([v, "证件号" + v, v.lower(), "号码尾号" + v[-4:]]) if s == "o" else pick([v, "证号" + v, v[:2] + "****" + v[-3:]]),
                    "o": 0.5, "f": 0.7})
        if chance(0.5):
            facts.append(F("cover", ["套了个透明护照套", "外面有个皮套"], ["外有透明保护套", "带皮质证件套"]))
        extra = {}
    else:
        name = name or person_name()
        idno = id_number()
        if kind == "idcard":
            facts.append(F("name", ["身份证，%s" % name, "名字%s" % name, "%s的身份证" % name],
                           ["%s身份证一张" % name, "姓名%s" % name, "居民身份证（%s）" % name]))
            ids.append({"slot": "idno", "v": idno, "fmt": fmt_id, "o": 0.6, "f": 0.85})
            kinds = (["身份证", "身份证一张", "二代身份证"], ["居民身份证", "身份证", "身份证一张"])
            cat_color = None
            if chance(0.35):
                facts.append(F("sleeve", ["套了个卡通卡套", "装在一个粉色卡套里"], ["装于卡通卡套内", "有粉色卡套"]))
        elif kind == "driver":
            facts.append(F("name", ["驾驶证，%s，C1的" % name, "%s的驾照" % name, "驾照，名字%s" % name],
                           ["机动车驾驶证（%s）" % name, "驾驶证一本，姓名%s，准驾C1" % name, "%s的驾驶证" % name]))
            ids.append({"slot": "idno", "v": idno, "fmt": fmt_id, "o": 0.45, "f": 0.8})
            if chance(0.5):
                facts.append(F("with", ["和行驶证夹在一起", "里面还夹着行驶证"], ["内夹行驶证一本", "附行驶证"]))
            kinds = (["驾驶证", "驾照", "驾驶本"], ["驾驶证", "机动车驾驶证", "驾照一本"])
            cat_color = pick(["black", "brown"])
        elif kind == "social":
            b = pick(BANKS)
            facts.append(F("name", ["社保卡，%s" % name, "%s的社保卡，%s的" % (name, b[2][0]), "医保卡（%s）" % name],
                           ["社会保障卡一张（%s）" % name, "%s社保卡" % name, "社保卡，姓名%s，%s" % (name, b[2][0])]))
            ids.append({"slot": "idno", "v": idno, "fmt": fmt_id, "o": 0.3, "f": 0.7})
            kinds = (["社保卡", "医保卡", "市民卡"], ["社会保障卡", "社保卡", "社保卡一张"])
            cat_color = None
        elif kind == "bank":
            b, card = bank_card()
            facts.append(F("name", ["%s的银行卡，%s" % (name, b[2][0]), "%s卡一张，户名%s" % (pick(b[2]), name)],
                           ["%s银行卡一张" % b[2][0], "%s卡（背面签名%s）" % (pick(b[2]), name)]))
            ids.append({"slot": "card", "v": card, "fmt": fmt_card, "o": 0.85, "f": 0.9})
            kinds = (["银行卡", "储蓄卡", "借记卡"], ["银行卡", "银行卡一张", "储蓄卡"])
            cat_color = None
        else:  # holder: a card holder with several documents
            b, card = bank_card()
            facts.append(F("name", ["卡套里有我身份证（%s）和一张%s卡" % (name, b[2][0]), "%s的身份证还有银行卡" % name],
                           ["卡套一个，内有%s身份证及%s卡一张" % (name, b[2][0]), "证件卡套（内有身份证%s、银行卡）" % name]))
            ids.append({"slot": "idno", "v": idno, "fmt": fmt_id, "o": 0.35, "f": 0.6})
            ids.append({"slot": "card", "v": card, "fmt": fmt_card, "o": 0.4, "f": 0.5})
            facts.append(F("holder", [pick(["黑色皮卡套", "透明卡套", "带挂绳的卡套"])], ["卡套"]))
            facts[-1]["f"] = [facts[-1]["o"][0].replace("带挂绳的", "挂绳式")]
            kinds = (["卡套", "证件", "证件卡套"], ["证件卡套", "卡包", "卡套"])
            cat_color = pick(["black", "brown", "blue"])
        extra = {}
    return {"cat": "id_doc", "kinds": kinds, "doc": kind, "color": cat_color, "brand": None, "model": None,
            "facts": facts, "ids": ids, "name": name, **extra}


# ---- keys -----------------------------------------------------------------
KEY_FOB = [
    (["挂着个蓝色水滴门禁卡", "有个蓝色水滴形的门禁"], ["附蓝色水滴状门禁卡", "蓝色门禁扣一个"]),
    (["红色的门禁扣", "门禁是红色圆形的"], ["红色圆形门禁扣", "红色门禁卡一个"]),
    (["门禁卡上写着锦绣花园", "有锦绣花园的门禁卡"], ["带锦绣花园小区门禁卡", "门禁卡（印锦绣花园）"]),
    (["有个黑色的车库遥控器", "挂了个车库门遥控"], ["附黑色遥控器（车库门）", "黑色小遥控器一个"]),
]
KEY_ORN = [
    (["挂着一个皮卡丘挂件", "有皮卡丘的钥匙扣"], ["皮卡丘挂件", "黄色卡通（皮卡丘）钥匙扣"]),
    (["有一个玉的平安扣", "挂了个平安扣"], ["玉石平安扣挂件", "绿色玉扣一个"]),
    (["一个小熊玩偶挂件", "毛绒小熊"], ["毛绒小熊挂件", "棕色小熊玩偶挂饰"]),
    (["带个指甲刀", "钥匙串上有指甲剪"], ["附指甲刀一把", "指甲钳一个"]),
    (["有个开瓶器", "挂着开啤酒的起子"], ["附开瓶器", "开瓶器一个"]),
    (["挂了个小手电", "有个迷你手电筒"], ["附小手电筒", "迷你电筒一个"]),
    (["一个写着'出入平安'的红色小牌", "红色出入平安吊牌"], ["红色“出入平安”吊牌", "出入平安字样红牌"]),
    (["有个奥特曼挂件", "挂着奥特曼"], ["奥特曼挂件", "卡通人偶（奥特曼）挂件"]),
]
CAR_MODELS = {"vw": ["朗逸", "帕萨特", "速腾"], "toyota": ["卡罗拉", "凯美瑞", "RAV4"], "byd": ["秦PLUS", "宋PLUS", "海豚"],
              "honda": ["雅阁", "思域", "CR-V"], "bmw": ["3系", "5系", "X3"], "geely": ["帝豪", "星越L", "博越"]}


def make_keys(kind=None, brand="", color=None):
    kind = kind or wpick([("ring", 50), ("car", 25), ("ebike", 15), ("single", 10)])
    facts, ids = [], []
    model = None
    if kind == "car":
        brand = brand if brand != "" else pick(list(CAR_MODELS))
        model = pick(CAR_MODELS[brand])
        kinds = (["车钥匙", "汽车钥匙", "遥控车钥匙"], ["汽车遥控钥匙", "车钥匙一把", "汽车钥匙"])
        if chance(0.6):
            plate = "浙G" + alnum(5, "ABCDEFGHJKLMN")
            facts.append(F("car", ["车牌是%s" % plate, "车是%s" % plate], [], sees=False))
        color = color or pick(["black", "black", "silver", "brown"])
        facts.append(F("cover", *pick([
            (["钥匙套是黑色皮的", "有个黑皮钥匙包"], ["外有黑色皮质钥匙套", "黑色皮钥匙包"]),
            (["套了个粉色硅胶套", "粉的软胶钥匙套"], ["粉色硅胶钥匙套", "粉红色钥匙保护套"]),
            (["没有套", "光秃秃一个遥控"], ["无钥匙套", "无外套"]),
            (["挂着一把家门钥匙", "还串着一把房门钥匙"], ["另附钥匙一把", "同串有普通钥匙一把"])])))
    elif kind == "ebike":
        brand = brand if brand != "" else pick(["yadea", "aima", "tailg", "sunra", "luyuan", "niu"])
        kinds = (["电动车钥匙", "电瓶车钥匙", "电动车遥控钥匙"], ["电动车钥匙", "电瓶车钥匙一把", "电动自行车钥匙"])
        color = color or pick(["black", "red", "blue"])
        n = R.randint(1, 3)
        facts.append(F("count", ["%d把钥匙加一个遥控" % n, "遥控器加%s把钥匙" % cn_number(n)],
                       ["遥控器1个、钥匙%d把" % n, "钥匙%d把带遥控" % n]))
    else:
        brand = None if brand == "" else brand
        n = 1 if kind == "single" else R.randint(2, 8)
        kinds = (["钥匙", "一串钥匙", "钥匙串"] if n > 1 else ["钥匙", "一把钥匙"],
                 ["钥匙一串", "钥匙串", "钥匙"] if n > 1 else ["钥匙一把", "单把钥匙"])
        color = color or pick(["silver", "gold", "black", "blue", "red"])
        if n > 1:
            facts.append(F("count", [pick(["%d把钥匙" % n, "%s把钥匙" % cn_number(n), "%d、%d把钥匙" % (n - 1, n) if n > 2 else "两把钥匙"])],
                           ["钥匙%d把" % n, "共%d把钥匙" % n, "%d把" % n]))
        else:
            facts.append(F("count", [pick(["就一把钥匙", "一把防盗门钥匙"])], ["单把钥匙", "钥匙1把"]))
    if kind in ("ring", "ebike") and chance(0.55):
        i = R.randrange(len(KEY_FOB))
        facts.append(F("fob", KEY_FOB[i][0], KEY_FOB[i][1]))
    if chance(0.7 if kind != "car" else 0.3):
        i = R.randrange(len(KEY_ORN))
        facts.append(F("orn", KEY_ORN[i][0], KEY_ORN[i][1]))
    if kind == "ring" and chance(0.3):
        facts.append(F("lock", ["有一把是王力防盗门钥匙", "里面有把带'王力'字样的钥匙"], ["其中一把刻有“王力”字样", "有王力牌钥匙一把"]))
    return {"cat": "keys", "kinds": kinds, "kkind": kind, "color": color, "brand": brand, "model": model,
            "facts": facts, "ids": ids}


# ---- e-bikes and bicycles -----------------------------------------------------
EBIKE_MODELS = {"yadea": ["冠能", "DE3", "欧睿"], "aima": ["小帅哥", "A500", "绿驹"], "tailg": ["战速", "晴天"],
                "sunra": ["RX", "CC2"], "luyuan": ["S30", "MODA"], "niu": ["MQi2", "UQi", "G2"], "ninebot": ["F90", "A30C"]}
EBIKE_MARK = [
    (["后座装了个儿童座椅", "后面有个小孩座椅"], ["后座加装儿童座椅", "后部有儿童安全座椅"]),
    (["车筐里有件雨披", "前筐放着一件蓝色雨衣"], ["车筐内有雨披一件", "前车筐内有雨衣"]),
    (["装了挡风被，黑色的", "冬天的挡风被还挂着"], ["前部装有黑色挡风被", "带挡风被"]),
    (["少了一个后视镜", "右边后视镜断了"], ["右侧后视镜缺失", "后视镜缺一只"]),
    (["车身贴了个'小心驾驶'的贴纸", "后面贴着一个'新手上路'"], ["车身贴有“新手上路”贴纸", "尾部有贴纸"]),
    (["装了遮阳棚", "有个遮阳伞架"], ["加装遮阳棚", "车上装有遮阳伞支架"]),
    (["坐垫破了个口子，用胶带粘的", "座垫是裂的，缠了胶布"], ["坐垫破损，有胶带缠绕", "座垫有破口用胶带修补"]),
]


def plate():
    return "金华" + pick("ABCDE") + "·" + "%05d" % R.randint(0, 99999)


def make_ebike(brand=None, color=None):
    brand = brand or wpick([("yadea", 10), ("aima", 9), ("tailg", 6), ("sunra", 4), ("luyuan", 4), ("niu", 3), ("ninebot", 2)])
    color = color or pick(["white", "black", "blue", "red", "silver", "green", "pink", "grey"])
    model = pick(EBIKE_MODELS[brand]) if chance(0.5) else None
    facts = []
    for i in R.sample(range(len(EBIKE_MARK)), R.choice([1, 1, 2])):
        facts.append(F("mark%d" % i, EBIKE_MARK[i][0], EBIKE_MARK[i][1]))
    if chance(0.5):
        facts.append(F("state", [], ["电瓶已被拆走", "车锁被撬", "停放多日无人认领", "车辆无电，车锁完好", "被发现倒在路边草丛"]))
    frame = pick(["YD", "AM", "TL", "SR", "LY", "NU", "NB"]) + "%02d" % R.randint(18, 24) + alnum(11, "ABCDEFGHJKLMN")
    ids = [{"slot": "plate", "v": plate(), "fmt": fmt_plate, "o": 0.85, "f": 0.7},
           {"slot": "frame", "v": frame, "fmt": fmt_plain, "o": 0.25, "f": 0.45}]
    kinds = (["电动车", "电瓶车", "电动自行车", "小电驴"], ["电动自行车", "电动车一辆", "两轮电动车", "电瓶车"])
    return {"cat": "ebike", "kinds": kinds, "color": color, "brand": brand, "model": model, "facts": facts, "ids": ids}


BIKE_KIND = [(["山地车", "山地自行车"], ["山地自行车", "变速山地车"]), (["公路车", "公路自行车"], ["公路自行车", "弯把公路车"]),
             (["折叠自行车", "折叠车"], ["折叠自行车", "小折叠车"]), (["儿童自行车", "小孩的自行车"], ["儿童自行车", "童车（带辅助轮）"]),
             (["女式自行车", "淑女车"], ["女式自行车", "带车筐的自行车"])]
BIKE_MARK = [
    (["前面有个黑色车筐", "有车篮"], ["前有黑色车筐", "带车筐"]),
    (["后座绑了个软垫", "后座有坐垫"], ["后座绑有软垫", "后货架有坐垫"]),
    (["车把上缠了黄色把套", "把手是黄色的"], ["车把黄色把套", "黄色车把手套"]),
    (["挂着一把U型锁", "带一把U形锁"], ["车架挂U型锁", "附U形锁一把"]),
    (["车铃是个小黄鸭", "铃铛是小黄鸭的"], ["小黄鸭造型车铃", "车铃为黄色鸭子"]),
    (["后轮挡泥板断了", "挡泥板裂了"], ["后挡泥板断裂", "挡泥板破损"]),
]


def make_bicycle(brand="", color=None, kind=None):
    if brand == "":
        brand = wpick([("giant", 6), ("merida", 4), ("phoenix", 3), ("forever", 3), ("xds", 2), (None, 3)])
    color = color or pick(["black", "white", "blue", "red", "grey", "yellow", "green"])
    kind = kind if kind is not None else R.randrange(len(BIKE_KIND))
    facts = []
    for i in R.sample(range(len(BIKE_MARK)), R.choice([1, 2])):
        facts.append(F("mark%d" % i, BIKE_MARK[i][0], BIKE_MARK[i][1]))
    frame = pick(["G", "M", "X", "P"]) + alnum(9, "ABCDEFGHJK")
    ids = [{"slot": "frame", "v": frame, "fmt": fmt_plain, "o": 0.3, "f": 0.4}]
    return {"cat": "bicycle", "kinds": BIKE_KIND[kind], "kind_idx": kind, "color": color, "brand": brand, "model": None,
            "facts": facts, "ids": ids}


# ---- bags -------------------------------------------------------------------
BAG_KIND = [(["双肩包", "背包"], ["双肩背包", "背包", "双肩包"]), (["书包", "孩子书包"], ["学生书包", "书包", "双肩书包"]),
            (["手提包", "女包"], ["女士手提包", "手提包", "挎包"]), (["斜挎包", "小挎包"], ["斜挎包", "单肩包", "挎包"]),
            (["行李箱", "拉杆箱"], ["拉杆箱", "行李箱一个", "旅行箱"]), (["帆布袋", "布袋子"], ["帆布包", "环保袋", "布袋"]),
            (["电脑包", "笔记本包"], ["电脑包", "公文包"]), (["腰包", "胸包"], ["腰包", "小胸包"])]
BAG_BRANDS = {0: ["nike", "adidas", "jansport", "anta", "xiaomi", None], 1: ["nike", "anta", "adidas", None, None],
              2: ["coach", "mk", "ck", "lv", None], 3: ["coach", "ck", "nike", None], 4: ["samsonite", None, None],
              5: [None], 6: ["samsonite", "lenovo", None], 7: ["nike", "adidas", None]}
BAG_CONTENT = [
    (["有件灰色的外套", "塞了件灰卫衣"], ["内有灰色外套一件", "灰色上衣一件"]),
    (["一个保温杯，膳魔师的", "有个黑色保温杯"], ["内有保温杯一个", "黑色保温杯"]),
    (["里面有病历本和CT片子", "有医院的病历和片子"], ["内有病历本及CT片", "病历资料一袋"]),
    (["有合同文件，很重要", "一袋合同资料"], ["内有合同文件若干", "文件夹一个（合同）"]),
    (["华为的充电器", "充电器和数据线"], ["内有充电器及数据线", "充电器一个"]),
    (["一把折叠伞", "有把蓝色雨伞"], ["内有折叠伞一把", "雨伞一把"]),
    (["一盒药，降压药", "几盒药"], ["内有药品若干", "药盒数个"]),
    (["化妆包，里面有口红", "口红和粉饼"], ["内有化妆包（口红、粉饼）", "化妆品若干"]),
    (["耳机盒", "一副耳机"], ["内有耳机一副", "耳机盒一个"]),
    (["给孩子带的换洗衣服", "小孩衣服和尿不湿"], ["内有儿童衣物", "小孩衣服及纸尿裤"]),
]
BAG_MARK = [
    (["拉链上挂了个毛球", "拉链头有个粉色毛球"], ["拉链挂粉色毛球", "毛球挂饰"]),
    (["包带断过，用线缝的", "一根背带是缝过的"], ["背带有缝补痕迹", "肩带缝补过"]),
    (["上面贴了行李托运标签", "挂着航空托运牌"], ["附行李托运标签", "挂有托运牌"]),
    (["包侧面有圆珠笔画的印子", "侧面被笔划了"], ["侧面有笔迹污渍", "包侧有圆珠笔印"]),
    (["挂了个工作牌套", "上面别着徽章"], ["别有徽章", "挂有卡套"]),
]


def make_bag(kind=None, brand="", color=None):
    kind = kind if kind is not None else wpick([(0, 6), (1, 5), (2, 4), (3, 4), (4, 3), (5, 2), (6, 2), (7, 2)])
    if brand == "":
        brand = pick(BAG_BRANDS[kind])
    color = color or pick(["black", "black", "grey", "blue", "pink", "brown", "white", "green", "red"])
    facts, ids = [], []
    if kind == 1:
        child = person_name()
        grade = pick(["三年级2班", "四年级2班", "五年级1班", "初一(6)班", "初二(3)班"])
        facts.append(F("books", ["里面有课本和作业本，写着%s，%s" % (child, grade), "孩子叫%s，%s的" % (child, grade)],
                       ["内有课本、作业本（署名%s %s）" % (child, grade), "作业本上姓名%s，%s" % (child, grade)]))
        if chance(0.5):
            facts.append(F("pencase", ["还有个奥特曼的文具盒", "文具盒是冰雪奇缘的"], ["内有卡通文具盒", "内有文具盒一个"]))
    for i in R.sample(range(len(BAG_CONTENT)), R.choice([1, 1, 2])):
        facts.append(F("c%d" % i, BAG_CONTENT[i][0], BAG_CONTENT[i][1]))
    if chance(0.5):
        i = R.randrange(len(BAG_MARK))
        facts.append(F("m%d" % i, BAG_MARK[i][0], BAG_MARK[i][1]))
    if chance(0.3):
        amt = cash_amount()
        facts.append(F("cash", [cash_owner(amt)], [cash_finder(amt)]))
    if kind == 4 and chance(0.6):
        code = "%03d" % R.randint(0, 999)
        facts.append(F("lockcode", ["密码锁是%s" % code, "锁的密码%s" % code], [], sees=False))
    if kind == 6 and chance(0.6):
        sn = "PF" + alnum(6)
        facts.append(F("laptop", ["里面有台联想笔记本电脑", "装着ThinkPad电脑"], ["内有笔记本电脑一台（联想）", "联想笔记本电脑一台"]))
        ids.append({"slot": "sn", "v": sn, "fmt": lambda v, s: ("SN:" + v if s == "f" else pick(["电脑序列号" + v, "S/N " + v])), "o": 0.3, "f": 0.6})
    return {"cat": "bag", "kinds": BAG_KIND[kind], "kind_idx": kind, "color": color, "brand": brand, "model": None,
            "facts": facts, "ids": ids}


# ---- cash -------------------------------------------------------------------
CASH_WRAP = [
    (["装在工商银行的信封里", "用银行的白信封装着，工行的"], ["装于工商银行信封内", "工行信封一个"]),
    (["红包装着的，印着恭喜发财", "一个恭喜发财的红包"], ["红包一个（恭喜发财字样）", "装在红包里"]),
    (["用橡皮筋扎着", "一沓用皮筋捆着"], ["橡皮筋捆扎", "用皮筋扎好的一沓"]),
    (["装在一个牛皮纸信封里", "黄色的牛皮纸信封"], ["牛皮纸信封装", "黄色信封内"]),
    (["折起来用回形针夹着", "对折，夹了个回形针"], ["对折，回形针夹住", "用回形针夹着"]),
    (["放在一个塑料袋里", "透明塑料袋包着"], ["装于透明塑料袋", "塑料袋包裹"]),
]


def make_cash(amount=None, wrap=None):
    amount = amount or R.choice([R.randint(2, 50) * 100, R.randint(200, 1500), R.randint(10, 200) * 10, 10000, 5000])
    wrap = wrap if wrap is not None else R.randrange(len(CASH_WRAP))
    facts = [F("wrap", CASH_WRAP[wrap][0], CASH_WRAP[wrap][1])]
    facts[0]["idx"] = wrap
    if amount >= 1000:
        o = pick(["%d元" % amount, "%s块" % cn_number(amount), "%d块钱" % amount, "一共%s元" % cn_number(amount)])
    else:
        o = pick(["%d元" % amount, "%s块钱" % cn_number(amount), "%d左右" % int(round(amount, -1)), "%d多块" % (amount // 100 * 100 or amount)])
    h, rem = divmod(amount, 100)
    f = pick(["人民币%d元" % amount, "现金%s元整" % cn_number(amount, upper=True), "百元%d张%s，合计%d元" % (h, ("及零钞%d元" % rem) if rem else "", amount),
              "现金共计￥%d" % amount])
    facts.append(F("amount", [o], [f]))
    if chance(0.3):
        facts.append(F("note", ["里面还有张取款凭条", "有一张取款单"], ["内有ATM取款凭条一张", "附取款回单"]))
    kinds = (["现金", "钱", "一笔现金"], ["现金", "人民币现金", "现钞"])
    color = None      # the colour is the envelope's, told in the wrap
    return {"cat": "cash", "kinds": kinds, "color": color, "brand": None, "model": None, "facts": facts, "ids": [],
            "amount": amount, "wrap": wrap}


# ---- jewelry ----------------------------------------------------------------
JEWEL_KIND = [(["金项链", "黄金项链"], ["金属项链", "金项链一条", "项链"]), (["金手镯", "黄金手镯"], ["金色手镯", "手镯一只"]),
              (["玉镯子", "翡翠手镯"], ["玉手镯", "绿色玉镯一只"]), (["戒指", "钻戒", "结婚戒指"], ["戒指一枚", "金属戒指"]),
              (["耳环", "耳坠"], ["耳环一只", "耳坠"]), (["手链", "银手链"], ["手链一条", "银色手链"]),
              (["手表", "机械表"], ["手表一块", "男士手表"]), (["吊坠", "玉坠"], ["吊坠一个", "玉石挂坠"])]
JEWEL_BRANDS = {0: ["ctf", "lfx", "css", "lukfook", None], 1: ["ctf", "lfx", "lukfook", None], 2: [None, None],
                3: ["ctf", "css", "swarovski", None], 4: ["ctf", "swarovski", None], 5: ["pandora", "swarovski", None],
                6: ["longines", "tissot", "casio"], 7: [None, "ctf"]}
JEWEL_MARK = {
    0: [(["吊着个观音", "挂件是小观音"], ["带观音吊坠", "观音挂坠"]), (["大概二十克", "二十几克重"], ["约20克", "重约二十克"]),
        (["扣子有点松", "搭扣坏了"], ["搭扣损坏", "扣子松脱"])],
    1: [(["内侧刻了个'福'字", "里面有福字"], ["内侧刻“福”字", "刻有福字"]), (["有点变形", "被压扁了一点"], ["略有变形", "形状微变"]),
        (["是实心的，挺重", "实心镯子，五十多克"], ["实心，较重", "实心手镯，约50克"]), (["上面雕着龙凤", "龙凤图案的"], ["龙凤纹饰", "表面有龙凤花纹"]),
        (["开口的，可以调大小", "开口镯"], ["开口式手镯", "开口可调节"])],
    2: [(["有一条白色的棉絮纹", "玉上有一道白纹"], ["有白色絮状纹路", "玉镯上有白纹"]), (["用红绳包了一段", "缠过红绳"], ["缠有红绳", "部分包红绳"]),
        (["有一处磕了个小缺口", "边上崩了个小口"], ["边缘有小缺口", "有磕碰缺口"]), (["包了一段金，断过又接上的", "断了用金镶起来的"], ["有一段金包镶", "金属包镶一处"]),
        (["颜色是飘绿花的", "白底带绿色飘花"], ["白底飘绿花", "带绿色花纹"])],
    3: [(["内圈刻了字母LW&ZY", "里面刻着LW ZY"], ["内圈刻有LW&ZY", "戒圈内刻字母“LW ZY”"]), (["上面有颗小钻", "一克拉不到的钻"], ["镶有一颗白色宝石", "戒面有小钻"])],
    4: [(["是只耳钉，四叶草形状", "四叶草的耳环"], ["四叶草形耳钉", "耳环为四叶草造型"]), (["吊着一颗珍珠", "珍珠耳坠"], ["带珍珠", "珍珠吊坠耳环"])],
    5: [(["串着一个小猫的串珠", "有猫咪形状的珠子"], ["有猫形串珠", "带小猫吊饰"]), (["扣是心形的", "心形扣"], ["心形搭扣", "爱心扣"])],
    6: [(["表带是棕色皮的", "皮表带，咖啡色"], ["棕色皮表带", "褐色皮带表"]), (["钢带的，表盘是蓝的", "蓝色表盘"], ["钢表带，蓝色表盘", "表盘为蓝色"]),
        (["表背面刻着'赠 2015'", "后盖刻了字"], ["表背刻有“赠 2015”", "后盖有刻字"])],
    7: [(["是个貔貅", "貔貅吊坠"], ["貔貅造型", "瑞兽（貔貅）吊坠"]), (["是个平安扣", "圆的平安扣"], ["圆形平安扣", "平安扣造型"]),
        (["穿着黑色绳子", "黑绳子串的"], ["黑色绳链", "穿黑绳"]), (["是个弥勒佛", "笑佛吊坠"], ["弥勒佛造型", "佛像吊坠"])],
}


def make_jewelry(kind=None, brand="", color=None):
    kind = kind if kind is not None else R.randrange(len(JEWEL_KIND))
    if brand == "":
        brand = pick(JEWEL_BRANDS[kind])
    color = color or {0: "gold", 1: "gold", 2: "green", 3: pick(["silver", "gold"]), 4: pick(["gold", "silver"]),
                      5: "silver", 6: pick(["silver", "black", "gold"]), 7: pick(["green", "white"])}[kind]
    marks = JEWEL_MARK[kind]
    facts = []
    for i in R.sample(range(len(marks)), min(len(marks), R.choice([1, 2]))):
        facts.append(F("j%d" % i, marks[i][0], marks[i][1]))
    if chance(0.3):
        facts.append(F("box", ["装在一个红色首饰盒里", "有个首饰盒"], ["装于红色首饰盒内", "带首饰盒"]))
    if chance(0.25):
        facts.append(F("cert", ["发票和证书在家里", "我有购买发票"], [], sees=False))
    return {"cat": "jewelry", "kinds": JEWEL_KIND[kind], "kind_idx": kind, "color": color, "brand": brand,
            "model": None, "facts": facts, "ids": []}


# ---- electronics ------------------------------------------------------------
ELEC = [  # kind words, brands with models, colours
    ((["蓝牙耳机", "耳机"], ["无线耳机", "蓝牙耳机一副", "耳机盒"]),
     {"apple": ["AirPods Pro", "AirPods 3"], "huawei": ["FreeBuds 5i", "FreeBuds Pro"], "xiaomi": ["Redmi Buds 4"], "sony": ["WF-1000XM4"]},
     ["white", "black", "blue"]),
    ((["平板电脑", "平板"], ["平板电脑", "平板一台"]),
     {"apple": ["iPad Air", "iPad 第9代", "iPad mini"], "huawei": ["MatePad 11", "MatePad Air"], "xiaomi": ["小米平板6"]},
     ["grey", "silver", "blue", "pink"]),
    ((["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑", "手提电脑一台"]),
     {"lenovo": ["ThinkPad E14", "小新Pro 14", "拯救者Y7000"], "apple": ["MacBook Air", "MacBook Pro"], "huawei": ["MateBook 14"], "dell": ["灵越14"]},
     ["grey", "silver", "black"]),
    ((["充电宝", "移动电源"], ["充电宝", "移动电源一个"]),
     {"romoss": ["20000毫安"], "anker": ["10000毫安"], "xiaomi": ["10000mAh"]},
     ["white", "black", "blue", "pink"]),
    ((["电话手表", "儿童手表"], ["儿童电话手表", "儿童智能手表", "电话手表一块"]),
     {"xtc": ["Z7", "Z9", "Q1"], "huawei": ["儿童手表5X"]},
     ["blue", "pink", "purple", "black"]),
    ((["相机", "单反", "微单"], ["数码相机", "相机一台"]),
     {"canon": ["EOS R50", "200D"], "sony": ["A7C", "ZV-E10"]},
     ["black", "white", "silver"]),
    ((["游戏机", "掌机"], ["游戏机", "掌上游戏机"]),
     {"nintendo": ["Switch OLED", "Switch Lite"]},
     ["red", "white", "grey", "blue"]),
    ((["Kindle", "电子书", "阅读器"], ["电子阅读器", "电子书阅读器"]),
     {"kindle": ["Paperwhite", "青春版"]},
     ["black", "white"]),
]
ELEC_MARK = [
    (["外面套着个透明保护套", "有个透明壳"], ["外有透明保护套", "透明硅胶套"]),
    (["背面贴了个小恐龙贴纸", "上面有恐龙贴纸"], ["贴有恐龙图案贴纸", "表面有小恐龙贴纸"]),
    (["边上磕了一个角", "一个角摔凹了"], ["一角有磕碰凹痕", "边角变形"]),
    (["刻了我的名字缩写ZXY", "背面刻着ZXY"], ["背面刻有“ZXY”", "刻字ZXY"]),
    (["挂着一根紫色挂绳", "带个挂绳"], ["带紫色挂绳", "附挂绳"]),
    (["保护套是蓝色的，带笔槽", "蓝色皮套带笔"], ["蓝色保护套（带笔槽）", "蓝色皮套，内插笔一支"]),
    (["上面贴了个'资产编号'的标签", "贴着公司的资产标签"], ["贴有资产编号标签", "表面贴有标签纸"]),
]


def make_electronics(kind=None, brand=None, color=None, model=None):
    kind = kind if kind is not None else wpick([(0, 8), (1, 5), (2, 4), (3, 4), (4, 5), (5, 2), (6, 2), (7, 1)])
    kinds, brands, colors = ELEC[kind]
    brand = brand or pick(list(brands))
    model = model or pick(brands[brand])
    color = color or pick(colors)
    facts, ids = [], []
    # the pen-slot cover and the asset label only fit tablets, laptops, readers, cameras
    fits = [i for i in range(len(ELEC_MARK)) if i not in (5, 6) or
            (i == 5 and kind in (1, 7)) or (i == 6 and kind in (1, 2, 5))]
    for i in R.sample(fits, R.choice([1, 1, 2])):
        facts.append(F("e%d" % i, ELEC_MARK[i][0], ELEC_MARK[i][1]))
    if kind == 4:
        child = person_name()
        facts.append(F("child", ["是我女儿%s的" % child, "孩子叫%s" % child], ["手表通讯录中“妈妈”来电，机主可能为儿童%s" % child, "表内显示名字%s" % child]))
    if kind == 0 and chance(0.5):
        facts.append(F("onlyone", ["盒子和两只耳机都在", "左右两只都在盒子里"], ["耳机盒内两只耳机齐全", "盒内耳机2只"]))
    if kind in (1, 2, 5, 6, 7):
        sn = pick(["F", "D", "P", "S", "C"]) + alnum(9)
        ids.append({"slot": "sn", "v": sn, "fmt": lambda v, s: pick(["序列号" + v, "SN " + v, v]) if s == "o" else pick(["SN:" + v, "S/N " + v, v.lower(), "序列号" + v]),
                    "o": 0.35, "f": 0.5})
    return {"cat": "electronics", "kinds": kinds, "kind_idx": kind, "color": color, "brand": brand, "model": model,
            "facts": facts, "ids": ids}


# ---- other ------------------------------------------------------------------
OTHER = [
    ((["雨伞", "折叠伞", "伞"], ["雨伞一把", "折叠伞"]), ["paradise", None],
     [(["伞柄是木头的", "木柄的长柄伞"], ["木质伞柄", "木柄"]), (["伞面有小碎花", "印着碎花"], ["碎花图案伞面", "花色伞面"]),
      (["有一根伞骨断了", "伞骨坏了一根"], ["一根伞骨断裂", "伞骨损坏"])]),
    ((["眼镜", "近视眼镜", "墨镜"], ["眼镜一副", "眼镜（带眼镜盒）", "太阳镜"]), ["ray", None],
     [(["黑框的，度数很高", "黑框眼镜，镜片很厚"], ["黑色镜框，镜片较厚", "黑框眼镜"]), (["眼镜盒是蓝色的", "装在蓝色眼镜盒里"], ["蓝色眼镜盒", "装于蓝色盒内"]),
      (["金属细边框", "细细的金边"], ["金属细框", "金色细边框"])]),
    ((["保温杯", "水杯"], ["保温杯一个", "水杯"]), ["thermos", None],
     [(["杯身有划痕", "被磕掉一块漆"], ["杯身有掉漆", "外表有磕痕"]), (["杯子上贴着名字贴", "贴着孩子名字"], ["杯身贴有姓名贴", "有名字贴纸"]),
      (["杯盖是带吸管的", "吸管杯"], ["带吸管杯盖", "吸管式"])]),
    ((["快递", "快递包裹", "包裹"], ["快递包裹一件", "快递件", "包裹"]), ["sf", None],
     [(["里面是一双鞋", "鞋盒大小的"], ["鞋盒大小包裹", "外形为鞋盒"]), (["收件人是我，电话尾号", "寄给我的"], ["收件人信息：", "面单收件人"]),
      (["用黄色胶带封的", "黄胶带缠了很多圈"], ["黄色胶带封口", "缠黄色胶带"])]),
    ((["小提琴", "琴"], ["小提琴一把（带琴盒）", "琴盒"]), [None],
     [(["琴盒是黑色的，上面贴了英文贴纸", "黑色琴盒有贴纸"], ["黑色琴盒，表面有贴纸", "琴盒贴有外文贴纸"]),
      (["琴盒里有松香和乐谱", "有本乐谱"], ["盒内有松香、乐谱", "内有乐谱一本"])]),
    ((["玩具", "奥特曼玩具", "毛绒玩具"], ["儿童玩具", "毛绒玩具一个", "玩具"]), [None],
     [(["是个奥特曼", "迪迦奥特曼"], ["奥特曼玩偶", "奥特曼人偶"]), (["一只粉色兔子玩偶", "粉兔子"], ["粉色兔子玩偶", "粉红色毛绒兔"]),
      (["耳朵缝过", "一只耳朵缝补过"], ["一只耳朵有缝补", "耳部有缝线"])]),
    ((["围巾", "羊毛围巾"], ["围巾一条", "毛线围巾"]), [None],
     [(["格子的", "格纹围巾"], ["格子图案", "格纹"]), (["手织的", "我妈织的毛线围巾"], ["手工编织", "手织毛线"]),
      (["有流苏", "两头有穗子"], ["两端有流苏", "带流苏"])]),
    ((["文件袋", "档案袋"], ["文件袋一个", "档案袋"]), [None],
     [(["里面是房产证复印件", "有房子的材料"], ["内有房产资料复印件", "房产相关材料"]), (["袋子上写着'小张'", "封面写了个张字"], ["袋上写有“小张”", "手写“小张”"]),
      (["有个体检报告", "一院的体检报告"], ["内有体检报告", "医院体检报告一份"])]),
]


def make_other(kind=None, brand="", color=None):
    kind = kind if kind is not None else R.randrange(len(OTHER))
    kinds, brands, marks = OTHER[kind]
    if brand == "":
        brand = pick(brands)
    color = color or pick(["black", "blue", "red", "grey", "brown", "pink", "white", "green"])
    facts, ids = [], []
    for i in R.sample(range(len(marks)), min(len(marks), R.choice([1, 2]))):
        facts.append(F("o%d" % i, marks[i][0], marks[i][1]))
    if kind == 3:
        name = person_name()
        tail = "%04d" % R.randint(0, 9999)
        waybill = "SF" + "%013d" % R.randint(0, 10 ** 13 - 1)
        facts = [f for f in facts if f["slot"] != "o1"]
        facts.append(F("recv", ["收件人%s，手机尾号%s" % (name, tail), "寄给%s的，电话后四位%s" % (name, tail)],
                       ["收件人%s（%s）手机尾号%s" % (name[0] + "*" + name[2:] if len(name) > 2 else name[0] + "*", name, tail),
                        "面单收件人%s，尾号%s" % (name, tail)]))
        ids.append({"slot": "waybill", "v": waybill, "fmt": lambda v, s: pick(["运单号" + v, v, "单号尾号" + v[-4:]]) if s == "o" else pick(["运单号" + v, v]),
                    "o": 0.35, "f": 0.8})
    return {"cat": "other", "kinds": kinds, "kind_idx": kind, "color": color, "brand": brand, "model": None,
            "facts": facts, "ids": ids}


MAKERS = {"phone": make_phone, "wallet": make_wallet, "id_doc": make_id_doc, "keys": make_keys, "ebike": make_ebike,
          "bicycle": make_bicycle, "bag": make_bag, "cash": make_cash, "jewelry": make_jewelry,
          "electronics": make_electronics, "other": make_other}


def make_twin(obj, keep_model=False):
    """A different object of the same category, colour and brand (a near twin)."""
    c = obj["cat"]
    best = None
    for _ in range(50):
        if c == "phone":
            models = [m for m in PHONE_MODELS[obj["brand"]] if m != obj["model"]]
            t = make_phone(obj["brand"], obj["color"], obj["model"] if keep_model or not models else pick(models))
        elif c == "wallet":
            t = make_wallet(obj["brand"], obj["color"], obj["kind_idx"])
        elif c == "id_doc":
            t = make_id_doc(obj["doc"], name=person_name(obj["name"][0]) if chance(0.5) else None)
            t["color"] = obj["color"]
        elif c == "keys":
            t = make_keys(obj["kkind"], obj["brand"] if obj["kkind"] in ("car", "ebike") else "", obj["color"])
        elif c == "ebike":
            t = make_ebike(obj["brand"], obj["color"])
        elif c == "bicycle":
            t = make_bicycle(obj["brand"], obj["color"], obj["kind_idx"])
        elif c == "bag":
            t = make_bag(obj["kind_idx"], obj["brand"], obj["color"])
        elif c == "cash":
            amt = obj["amount"]
            # a sum the owner's "三百多" or "大概五千" cannot also cover
            t = make_cash(pick([amt * 2, amt + 500 if amt < 2000 else amt + 3000, max(50, amt // 2 // 10 * 10)]),
                          obj["wrap"] if chance(0.5) else None)
        elif c == "jewelry":
            t = make_jewelry(obj["kind_idx"], obj["brand"], obj["color"])
        elif c == "electronics":
            t = make_electronics(obj["kind_idx"], obj["brand"], obj["color"], obj["model"] if keep_model else None)
        else:
            t = make_other(obj["kind_idx"], obj["brand"], obj["color"])
        # A twin must not repeat the original's telling details.
        mine = {f["slot"]: (f["o"][0] if f["o"] else "") for f in obj["facts"]}
        same = [f for f in t["facts"] if f["slot"] in mine and f["o"] and f["o"][0] == mine[f["slot"]]]
        if not same:
            return t
        if best is None or len(same) < len(best[1]):
            best = (t, same)
    # small pools: keep the closest try and drop what it shares with the original
    t, same = best
    t["facts"] = [f for f in t["facts"] if f not in same]
    return t


# ---------------------------------------------------------------------------
# Times.  The common reference ("now") is the registration moment; minutes count
# backwards from it.  For the text we pretend now is Wednesday 2 December, 10:00.
NOW_DAY_OF_YEAR = 336    # 2 December
NOW_HOUR = 10
WEEKDAY_NOW = 2          # Wednesday (Mon=0)
WEEKDAYS = "一二三四五六日"


def when_text(mins_ago, side, vague=False):
    """How a person says when: 昨天下午三点多, 11月27号晚上, 上周六."""
    t = NOW_HOUR * 60 - mins_ago          # minutes relative to today's 00:00
    day = math.floor(t / 1440)
    mod = t - day * 1440
    h = int(mod // 60)
    mi = int(mod % 60)
    part = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    h12 = h if h <= 12 else h - 12
    if day == 0:
        d = "今天"
    elif day == -1:
        d = "昨天"
    elif day == -2:
        d = "前天"
    elif day >= -7 and side == "o" and chance(0.5):
        wd = (WEEKDAY_NOW + day) % 7
        d = ("上周" if day <= -WEEKDAY_NOW - 1 else "这周") + WEEKDAYS[wd]
    else:
        doy = NOW_DAY_OF_YEAR + day
        mdays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        m = 0
        while doy > mdays[m]:
            doy -= mdays[m]
            m += 1
        d = pick(["%d月%d日" % (m + 1, doy), "%d月%d号" % (m + 1, doy), "%d.%d " % (m + 1, doy)])
    if vague:
        return d + part
    if side == "f":
        return pick(["%s%d时%02d分" % (d, h, mi), "%s %02d:%02d" % (d, h, mi), "%s%s%d点%s" % (d, part, h12, "半" if mi >= 30 else "")])
    return pick(["%s%s%d点多" % (d, part, h12), "%s%s%d点左右" % (d, part, h12), "%s%s" % (d, part), "%s%d点%s" % (d, h12, "半" if mi >= 30 else "")])


# ---------------------------------------------------------------------------
# Rendering one side.

def obj_phrase(obj, side, with_color=True, with_brand=True, with_model=True, typo_p=0.0):
    parts = []
    color_w = brand_w = model_w = None
    if with_color and obj["color"]:
        color_w = cword(obj["color"], side, obj["cat"])
        parts.append(color_w + ("的" if side == "o" and not color_w.endswith("的") and chance(0.3) else ""))
    if with_brand and obj["brand"]:
        brand_w = bword(obj["brand"], side, typo_p)
        parts.append(brand_w)
    if with_model and obj["model"]:
        model_w = obj["model"]
        if side == "f" or chance(0.4):
            model_w = pick([model_w, model_w.replace(" ", ""), model_w.lower()])
        if obj["cat"] == "phone" and obj["brand"] == "apple" and side == "o" and chance(0.4):
            model_w = model_w.replace("iPhone ", "").replace("Pro Max", "pro max")
        parts.append(model_w)
    kind_w = pick(obj["kinds"][0 if side == "o" else 1])
    parts.append(kind_w)
    return "".join(p if not (i and p[:1].isascii() and parts[i - 1][-1:].isascii()) else " " + p for i, p in enumerate(parts)), color_w, brand_w, model_w


def place_text(key, side):
    return pick(PLACES[key][1]) if side == "o" or chance(0.3) else PLACES[key][0]


STYLES_O = [("form", 30), ("prose", 35), ("voice", 12), ("short", 8), ("chatty", 8), ("terse", 7), ("tiny", 4)]
STYLES_F = [("form", 40), ("prose", 35), ("short", 10), ("terse", 15), ("tiny", 5)]
# "tiny": a body of a few characters ("黑色钱包一个"); what else was said went into
# the form's fields, as a desk officer in a hurry does.
MEASURE = {"phone": "一部", "wallet": "一个", "id_doc": "一张", "keys": "一串", "ebike": "一辆", "bicycle": "一辆",
           "bag": "一个", "cash": "一笔", "jewelry": "一件", "electronics": "一个", "other": "一个"}


def finish(text, style, side):
    if style == "voice":
        return text
    r = R.random()
    if r < 0.05:
        text = traditional(text)
    elif r < 0.10:
        text = fullwidth(text)
    elif r < 0.24:
        text = homophone_typo(text)
    return text


def voiceify(s):
    """Turn a sentence into a voice-input transcript: no punctuation, fillers,
    digits spoken."""
    for p in "，。；：、（）()“”":
        s = s.replace(p, " ")
    s = re.sub(r"(\d{1,2})\.(\d{1,2}) ?", r"\1月\2号", s)
    words = s.split()
    fill = ["那个", "就是", "嗯", "然后", "呃", "就是说"]
    out = []
    for w in words:
        if chance(0.35):
            out.append(pick(fill))
        out.append(w)
    s = "".join(out)
    if chance(0.5):
        # long numbers read digit by digit, short ones as numbers (十月四日)
        out, run = [], ""
        for c in s + " ":
            if c.isdigit():
                run += c
                continue
            if run:
                out.append(spoken_digits(run) if len(run) >= 4 else cn_number(int(run)))
                run = ""
            out.append(c)
        s = "".join(out).rstrip()
    return s


def render(obj, side, plan):
    """Write one registration.  plan: dict with
    style, place (key), place_words (text override), show_slots (set of fact
    slots this side mentions), ids (set of id slots), lat/lon use, time text,
    fields to fill."""
    style = plan["style"]
    typo = 0.25 if side == "f" else 0.08
    with_model = chance(0.75 if side == "o" else 0.45)
    phrase, color_w, brand_w, model_w = obj_phrase(obj, side, with_model=with_model, typo_p=typo,
                                                   with_color=plan.get("with_color", True),
                                                   with_brand=plan.get("with_brand", True))
    must = plan.get("must", set())
    facts = [f for f in obj["facts"] if f["slot"] in plan["slots"] and (f["o"] if side == "o" else f["f"])]
    facts.sort(key=lambda f: 0 if f["slot"] in must else 1)
    fact_txt = [pick(f["o"] if side == "o" else f["f"]) for f in facts]
    n_must = sum(1 for f in facts if f["slot"] in must)
    if side == "f" and obj.get("name") and plan["ids"] and chance(0.25):
        # the desk typed the name by pinyin and took the wrong character; the
        # number written next to it still ties it to its owner
        typo = name_typo(obj["name"])
        fact_txt = [t.replace(obj["name"], typo) for t in fact_txt]
    id_txt = []
    for i in obj["ids"]:
        if i["slot"] in plan["ids"]:
            id_txt.append((i["slot"], i["fmt"](i["v"], side)))
    addr = plan["addr"]
    when = plan["when"]
    item = {}
    serial = None
    if id_txt:
        serial = "；".join(t for _, t in id_txt)
    label = {"imei": "串号", "card": "卡号", "idno": "证件号", "sno": "学号", "docno": "证号", "workno": "工号",
             "plate": "车牌", "frame": "车架号", "sn": "序列号", "waybill": "运单号"}
    id_sent = "，".join((label[s] + t if (t[:1].isascii() and t[:1].isalnum() or t[:1] == "*")
                         and not t.startswith(("IMEI", "SN", "S/N")) else t) for s, t in id_txt)
    if style == "tiny":
        body = (color_w or "") + obj["kinds"][0][0] + MEASURE[obj["cat"]]
    elif side == "o":
        lead = pick(["本人", "我", "失主", ""])
        verb = pick(["丢了", "遗失", "不见了", "弄丢了", "掉了"])
        if obj["cat"] in ("ebike", "bicycle"):
            verb = pick(["被偷了", "不见了", "停着找不到了", "丢了"])
        if style == "short":
            said = fact_txt
            body = phrase + pick(["一个", "", "遗失"]) + "".join("，" + t for t in said) + ("，" + id_sent if id_sent else "")
        elif style == "terse":
            body = "；".join(x for x in [when + "在" + addr + verb, phrase] + fact_txt + ([id_sent] if id_sent else []) if x)
        elif style == "form":
            body = "%s于%s在%s遗失%s。" % (lead or "失主", when, addr, phrase)
            if fact_txt:
                body += "特征：" + "，".join(fact_txt) + "。"
            if id_sent:
                body += id_sent + "。"
        elif style == "chatty":
            intro = pick(["同志你好，我是来报失的，", "警官麻烦帮我登记一下，", "你好，我想问一下有没有人捡到东西交过来，", "不好意思打扰了，"])
            stories = ["事情是这样的，%s在%s，我把%s放在旁边，结果走的时候忘拿了，回去就没了。" % (when, addr, phrase)]
            if not plan.get("transit"):
                stories += ["我%s在%s那边，当时在%s，手里东西多，一转身%s就不见了。" % (
                                when, addr, pick(["排队买东西", "等车", "带孩子", "打电话", "扫码付钱"]), phrase),
                            "%s我去%s办事，回来路上才发现%s%s，来回找了两趟都没找到。" % (when, addr, phrase, verb)]
            story = pick(stories)
            body = intro + story
            if fact_txt:
                body += "特征我说一下：" + "，".join(fact_txt) + "。"
            if id_sent:
                body += id_sent + "。"
            body += pick(["东西不值多少钱但对我很重要，麻烦你们了，有消息一定打给我。", "里面的东西补办起来太麻烦了，谢谢你们！", "如果有好心人捡到我愿意给点酬谢。", "我家里老人急得饭都吃不下，拜托了。"])
        elif style == "voice":
            s = "%s %s在%s%s %s" % (pick(["你好", "喂你好", "我要报失"]), when, addr, verb, phrase)
            if fact_txt:
                s += " " + " ".join(fact_txt)
            if id_sent:
                s += " " + id_sent
            body = voiceify(s)
        else:
            body = "%s%s在%s%s%s。" % (lead, when, addr, verb, phrase)
            if fact_txt:
                body += pick(["", "特征："]) + "，".join(fact_txt) + "。"
            if id_sent:
                body += id_sent + "。"
            if chance(0.3):
                body += pick(["请捡到的好心人联系我。", "希望能找回。", "可能是掉在路上了。", "不确定是丢了还是被偷了。"])
    else:
        verb = pick(["拾得", "捡到", "发现", "拾到"])
        if obj["cat"] in ("ebike", "bicycle"):
            verb = pick(["发现", "发现无人认领", "巡逻发现"])
        who = pick(FINDERS.get(plan.get("kind"), ["群众", "市民"]))
        if plan.get("who"):
            who = plan["who"]
        if style == "short":
            said = fact_txt
            body = phrase + "".join("，" + t for t in said) + ("，" + id_sent if id_sent else "")
        elif style == "terse":
            body = "；".join(x for x in [addr + verb, phrase] + fact_txt + ([id_sent] if id_sent else []) if x)
        elif style == "form":
            body = "%s%s在%s%s%s。" % (who, when, addr, verb, phrase)
            if fact_txt:
                body += "物品特征：" + "；".join(fact_txt) + "。"
            if id_sent:
                body += id_sent + "。"
            body += pick(["已登记入库。", "现存放于值班室。", "暂存派出所失物柜。", "", "已拍照留存。"])
        else:
            body = "%s%s交来在%s%s的%s" % (who, when, addr, verb, phrase)
            if fact_txt:
                body += "，" + "，".join(fact_txt)
            if id_sent:
                body += "，" + id_sent
            body += "。" + pick(["未留联系方式。", "拾主留有电话。", "", "请失主带有效证件认领。", "已暂存。"])
    body = finish(body, style, side)
    item["body"] = body
    fill = plan["fields"] or style == "tiny"
    if fill and color_w and chance(0.8):
        item["color"] = color_w
    if fill and brand_w and chance(0.85):
        item["brand"] = brand_w
    if fill and model_w and chance(0.8):
        item["model"] = model_w
    if serial and (fill or chance(0.5)):
        item["serial"] = serial
    if fill and fact_txt and (style == "tiny" or chance(0.8)):
        item["marks"] = "；".join(fact_txt)
    if plan.get("address_field", True):
        item["address"] = plan["addr_field"]
    if plan.get("coord"):
        item["lat"], item["lon"] = plan["coord"]
    return item


# ---------------------------------------------------------------------------
# Choosing what each side says.

def owner_plan(obj, place, when, style=None, transit=None, all_facts=False):
    style = style or wpick(STYLES_O)
    slots = set()
    for f in obj["facts"]:
        if f["o"] and (all_facts or chance(0.75) or (obj["cat"] == "cash" and f["slot"] == "amount")
                       or (obj["cat"] == "id_doc" and f["slot"] == "name")):
            slots.add(f["slot"])
    ids = set(i["slot"] for i in obj["ids"] if chance(i["o"]))
    if transit:
        line, a, b, _, mode = transit
        if mode == "出租车":
            addr = pick(["坐出租车从%s到%s，落在后座" % (pick(PLACES[a][1]), pick(PLACES[b][1])),
                         "打的从%s回%s，下车的时候掉在车上了" % (pick(PLACES[a][1]), pick(PLACES[b][1]))])
        elif mode == "网约车":
            addr = "滴滴网约车上，%s到%s那一单" % (pick(PLACES[a][1]), pick(PLACES[b][1]))
        else:
            addr = pick(["%s往%s方向的车上" % (line, PLACES[b][0]), "坐%s，从%s上车到%s下车" % (line, pick(PLACES[a][1]), pick(PLACES[b][1])),
                         "%s车厢里，%s到%s之间" % (line, PLACES[a][0], PLACES[b][0])])
        addr_field = addr
        coord = coords(a) if chance(0.35) else None
    else:
        addr = place_text(place, "o")
        if chance(0.15):
            other = pick([k for k in PLACES if k != place and dist_km(k, place) < 1.5])
            addr = "%s（也可能是%s）" % (addr, pick(PLACES[other][1]))
        addr_field = addr
        coord = coords(place) if chance(0.7) else None
        if chance(0.05):
            # the owner does not know where; says where it went that day
            other = pick([k for k in PLACES if k != place and dist_km(k, place) < 2.0])
            addr = "路上（具体不清楚，那天去过%s和%s）" % (pick(PLACES[place][1]), pick(PLACES[other][1]))
            addr_field = "不详（当天去过%s、%s）" % (PLACES[place][0], PLACES[other][0])
            coord = None
    return {"style": style, "slots": slots, "ids": ids, "addr": addr, "addr_field": addr_field, "coord": coord,
            "when": when, "fields": style in ("form", "terse") or chance(0.4), "address_field": chance(0.9),
            "transit": bool(transit)}


def finder_plan(obj, place, when, style=None, transit=None, must=None, ids_p=1.0):
    style = style or wpick(STYLES_F)
    slots = set()
    for f in obj["facts"]:
        if f["sees"] and f["f"] and (chance(0.7) or (obj["cat"] == "id_doc" and f["slot"] == "name")):
            slots.add(f["slot"])
    if must:
        slots |= must
    must = set(must or ())
    ids = set(i["slot"] for i in obj["ids"] if chance(i["f"] * ids_p))
    who = None
    if transit:
        line, a, b, depot, mode = transit
        if mode == "出租车":
            tp = "浙G" + pick("TDU") + "%04d" % R.randint(0, 9999)
            addr = pick(["出租车%s后座" % tp, "%s出租车内（司机交来）" % tp])
            who = "出租车司机"
            place = depot
        elif mode == "网约车":
            addr = "网约车后排座位"
            who = "网约车司机"
            place = depot
        elif mode == "地铁":
            addr = "%s列车车厢内（终点站清客时发现）" % line
            who = "地铁站务员"
            place = depot
        else:
            addr = pick(["%s末班车后排座位" % line, "%s车上（收车后在%s清扫时）" % (line, PLACES[depot][0])])
            who = "公交司机"
            place = depot
        named = chance(0.6)
        addr_field = addr + ("（%s）" % PLACES[depot][0] if named else "")
        if not named:
            place = None      # no place named: no coordinates either
    else:
        addr = place_text(place, "f")
        addr_field = addr
        if chance(0.25):
            addr += pick(["门口", "附近", "旁边的长椅上", "地上", "垃圾桶边"])
            addr_field = addr
    coord = coords(place) if place and chance(0.72) else None
    kind = PLACES[place][3] if place else None
    return {"style": style, "slots": slots, "ids": ids, "addr": addr, "addr_field": addr_field, "coord": coord,
            "when": when, "fields": style in ("form", "terse") or chance(0.45), "who": who, "must": must, "kind": kind}


FINDERS = {  # who hands things in, by the kind of place
    "mall": ["商场工作人员", "商场保洁", "顾客", "商场保安", "收银员"],
    "shop": ["店员", "店长", "顾客", "前台工作人员"],
    "hospital": ["医院保安", "护士", "导医台工作人员", "病人家属", "保洁阿姨"],
    "school": ["门卫", "老师", "学生", "宿管阿姨", "校园保安"],
    "street": ["环卫工人", "群众", "路人", "辅警巡逻时", "市民"],
    "square": ["群众", "环卫工人", "辅警巡逻时", "跳广场舞的阿姨"],
    "park": ["晨练市民", "公园管理员", "群众", "环卫工人"],
    "market": ["摊主", "菜场管理员", "群众", "保洁阿姨"],
    "resid": ["小区保安", "物业工作人员", "业主", "快递员"],
    "office": ["前台工作人员", "保安", "窗口工作人员", "保洁阿姨"],
    "police": ["群众", "辅警", "值班民警"],
    "transit": ["车站工作人员", "安检员", "保洁阿姨", "群众"],
}


def telling_slots(obj):
    return [f["slot"] for f in obj["facts"] if f["sees"] and f["f"] and f["o"]]


# ---------------------------------------------------------------------------
# Building the set.

TRUE_MIX = {"phone": 30, "wallet": 24, "id_doc": 24, "keys": 18, "bag": 16, "electronics": 14, "ebike": 8,
            "bicycle": 5, "cash": 6, "jewelry": 7, "other": 8}
NULL_MIX = {"phone": 12, "wallet": 10, "id_doc": 8, "keys": 7, "bag": 6, "electronics": 5, "ebike": 4,
            "bicycle": 2, "cash": 3, "jewelry": 2, "other": 1}
UNCLAIMED_MIX = {"phone": 3, "wallet": 3, "id_doc": 4, "keys": 4, "bag": 2, "electronics": 2, "ebike": 2,
                 "bicycle": 2, "cash": 1, "jewelry": 1, "other": 4}
# Places where things of each category are usually lost.
CAT_PLACES = {
    "phone": ["square", "walk", "wanda", "yintai", "kfc", "cinema", "hosp1", "park", "market", "danxi", "hospgym", "bookshop"],
    "wallet": ["market", "walk", "lianhua2", "walmart", "wanda", "hosp1", "dongshi", "danxi", "jiefang", "govhall"],
    "id_doc": ["govhall", "hosp1", "hospzy", "school1", "school4", "college", "train", "busw", "bayi", "station", "fuyou"],
    "keys": ["garden", "xinyuan", "jiangnan", "lianhua", "park", "sports", "market", "bayi", "shuanglong", "hospgym"],
    "bag": ["school1", "school4", "train", "busw", "walmart", "wanda", "hospzy", "fuyou", "college", "yintai"],
    "electronics": ["college", "school4", "cinema", "kfc", "bookshop", "techpark", "train", "sports", "wanda"],
    "ebike": ["xinyuan", "garden", "jiangnan", "market", "techpark", "shuanglong", "bayi", "college"],
    "bicycle": ["school4", "college", "park", "sports", "xinyuan", "yanwei"],
    "cash": ["market", "jiefang", "dongshi", "walk", "hosp1", "lianhua2", "guzi"],
    "jewelry": ["park", "yintai", "sports", "hospgym", "walk", "guzi", "yanwei", "fuyou"],
    "other": ["hosp1", "bookshop", "school1", "park", "train", "xinyuan", "guzi", "govhall"],
}
TRANSIT_CATS = {"phone", "wallet", "bag", "id_doc", "electronics", "keys", "other", "cash", "jewelry"}
# Owner files the thing under one category, finder under another (a human would
# still put them together).
def cross_category(obj):
    """The category the finder files an object under when it differs from the
    owner's, or None."""
    c = obj["cat"]
    if c == "id_doc" and obj.get("doc") == "holder":
        return "wallet"          # 卡套 with cards: the finder calls it a 卡包
    if c == "wallet" and any(f["slot"] == "idcard" for f in obj["facts"]):
        return "id_doc"          # a wallet holding an ID card filed under 证件
    if c == "electronics" and obj.get("kind_idx") in (0, 4):
        return "other"           # earbuds, a child's phone watch: 其他
    if c == "jewelry" and obj.get("kind_idx") == 6:
        return "other"           # a wrist watch
    return None


def loss_window():
    start = R.randint(90, MAX_MIN - 3 * DAY)
    dur = wpick([(20, 6), (45, 8), (90, 12), (180, 14), (360, 10), (720, 8), (DAY, 6), (2 * DAY, 4), (4 * DAY, 2)])
    end = max(0, start - dur)
    return start, end


def vague_for(dur):
    return dur >= 600


class Builder:
    def __init__(self):
        self.found = []
        self.lost = []
        self.nf = 0
        self.nl = 0

    def add_found(self, obj, plan, found_at, cat=None, negative=None):
        self.nf += 1
        it = {"key": "W-F%04d" % self.nf, "category": cat or obj["cat"]}
        it.update(render(obj, "f", plan))
        it["found_at_min"] = int(found_at)
        if negative:
            it["negative"] = negative
        self.found.append(it)
        return it["key"]

    def add_lost(self, obj, plan, win, truth, cat=None):
        self.nl += 1
        it = {"key": "W-L%04d" % self.nl, "category": cat or obj["cat"]}
        it.update(render(obj, "o", plan))
        it["lost_from_min"], it["lost_to_min"] = int(win[0]), int(win[1])
        it["truth"] = truth
        self.lost.append(it)
        return it


def owner_when(win):
    start, end = win
    return when_text((start + end) // 2, "o", vague=vague_for(start - end))


def told(obj, plan, side):
    """The (slot, value) details one side actually wrote down."""
    out = set()
    for f in obj["facts"]:
        if f["slot"] in plan["slots"] and (f["o"] if side == "o" else f["f"]):
            out.add((f["slot"], f["o"][0] if f["o"] else f["f"][0]))
    for i in obj["ids"]:
        if i["slot"] in plan["ids"]:
            out.add((i["slot"], i["v"]))
    return out


def confusable(lost_specs, pending_found):
    """Pairs (lost report, found item that is not its truth) where the found
    item shows a detail the owner told, in the same category, colour and brand,
    found after the loss began, and shows nothing that contradicts the owner
    (the same slot with another value): a human could not call those apart."""
    bad = []
    for li, (obj, oplan, win, ti, cat) in enumerate(lost_specs):
        mine = told(obj, oplan, "o")
        mine_slots = dict(mine)
        for fi, (t, tplan, fa, fcat, neg, src) in enumerate(pending_found):
            if fi == ti or t is obj or fa > win[0]:
                continue
            if t["cat"] != obj["cat"] or t["brand"] != obj["brand"] or t["color"] != obj["color"]:
                continue
            theirs = told(t, tplan, "f")
            if not mine & theirs:
                continue
            if any(sl in mine_slots and mine_slots[sl] != v for sl, v in theirs):
                continue
            bad.append((li, fi))
    return bad


def resolve_confusable(lost_specs, pending_found):
    """Make each confusable found item tell apart: show a detail of its own that
    contradicts the owner's, or else leave out the detail they share (unless it
    is what ties the item to its own owner).  Returns what could not be fixed."""
    for _ in range(5):
        bad = confusable(lost_specs, pending_found)
        if not bad:
            return []
        for li, fi in bad:
            obj, oplan, win, ti, cat = lost_specs[li]
            t, tplan, fa, fcat, neg, src = pending_found[fi]
            mine = dict(told(obj, oplan, "o"))
            clash = [f["slot"] for f in t["facts"] if f["sees"] and f["f"] and f["slot"] in mine
                     and (f["o"][0] if f["o"] else f["f"][0]) != mine[f["slot"]]]
            clash += [i["slot"] for i in t["ids"] if i["slot"] in mine and i["v"] != mine[i["slot"]]]
            if clash:
                sl = clash[0]
                (tplan["ids"] if sl in [i["slot"] for i in t["ids"]] else tplan["slots"]).add(sl)
                tplan.setdefault("must", set()).add(sl)
                continue
            shared = {sl for sl, v in told(t, tplan, "f") if mine.get(sl) == v}
            keep = tplan.get("must", set())
            if shared - keep:
                tplan["slots"] -= shared - keep
            elif obj["color"]:
                # two objects alike down to the detail that ties each to its own
                # owner: give the lost one (and so its own found side) another colour
                obj["color"] = pick([c for c in COLORS if c != t["color"]])
    return confusable(lost_specs, pending_found)


def build():
    b = Builder()
    pending_found = []   # (obj, plan, found_at, cat, negative) shuffled later so keys do not give the answer
    lost_specs = []      # (obj, plan, win, truth_index or None, cat)

    # ---- 160 true pairs -------------------------------------------------------
    cats = [c for c, n in TRUE_MIX.items() for _ in range(n)]
    R.shuffle(cats)
    cross_left = 8
    twins_left = 40
    before_left = 20
    for c in cats:
        obj = MAKERS[c]()
        place = pick(CAT_PLACES[c])
        transit = None
        if c in TRANSIT_CATS and chance(0.16):
            transit = pick(ROUTES)
            place = transit[1]
        win = loss_window()
        dur = win[0] - win[1]
        # found after the loss began: usually within the window or soon after it
        lag = wpick([("in", 45), ("soon", 40), ("late", 15)])
        if lag == "in":
            fa = win[0] - R.randint(min(10, dur), max(min(10, dur), dur))
        elif lag == "soon":
            fa = win[1] - R.randint(10, 2 * DAY)
        else:
            fa = win[1] - R.randint(2 * DAY, 12 * DAY)
        fa = max(0, min(fa, win[0]))
        # finder place: the same place, the end of the line, or a few hundred metres on
        fplace = place
        if not transit and chance(0.2):
            near = [k for k in PLACES if k != place and dist_km(k, place) < 1.0 and PLACES[k][3] != "transit"]
            if near:
                fplace = pick(near)
        # what each side says; make sure a human can tie them together
        tell = telling_slots(obj)
        oplan = owner_plan(obj, place, owner_when(win), transit=transit)
        shared = [s for s in tell if s in oplan["slots"]]
        must = set()
        if shared:
            must.add(pick(shared))
        elif tell:
            s = pick(tell)
            oplan["slots"].add(s)
            must.add(s)
        if c == "cash":
            must.add("amount")       # cash is told apart by its sum
            oplan["slots"].add("amount")
        fplan = finder_plan(obj, fplace, when_text(fa, "f"), transit=transit, must=must)
        oplan["must"] = set(must)
        if c == "id_doc" and obj["doc"] == "bank":
            # a bank card is told by its number; the name is rarely printed
            oplan["ids"].add("card")
            fplan["ids"].add("card")
        # short registrations keep at least one telling detail or number
        if oplan["style"] == "short" and not (oplan["slots"] & must) and not oplan["ids"]:
            oplan["slots"] |= must
        # an id both sides give is the strongest tie; when only one gives it, fine
        if not must and not (oplan["ids"] & fplan["ids"]) and obj["ids"]:
            s = obj["ids"][0]["slot"]
            oplan["ids"].add(s)
            fplan["ids"].add(s)
        ocat, fcat = c, c
        xc = cross_category(obj)
        if cross_left and xc and chance(0.3):
            fcat = xc
            cross_left -= 1
        idx = len(pending_found)
        pending_found.append((obj, fplan, fa, fcat, None, obj))
        lost_specs.append((obj, oplan, win, idx, ocat))
        # near twins around true items: same category, colour, brand, near in place and time
        if twins_left and chance(0.33):
            twins_left -= 1
            t = make_twin(obj, keep_model=chance(0.4))
            tp = pick([place, fplace] + [k for k in PLACES if dist_km(k, place) < 1.2])
            tfa = max(0, win[0] - R.randint(0, dur + 3 * DAY))
            tplan = finder_plan(t, tp, when_text(tfa, "f"), must=set(fplan["slots"]) & set(f["slot"] for f in t["facts"]))
            pending_found.append((t, tplan, tfa, c, "twin", obj))
        elif before_left and chance(0.2):
            before_left -= 1
            t = make_twin(obj, keep_model=True)
            tfa = win[0] + R.randint(3 * 60, 12 * DAY)
            if tfa <= MAX_MIN:
                tplan = finder_plan(t, place if not transit else transit[3], when_text(tfa, "f"))
                tplan["slots"] = set()   # found earlier, described only from the outside
                tplan["ids"] = set()
                pending_found.append((t, tplan, tfa, c, "before", obj))

    # ---- 60 reports whose object never turns up --------------------------------
    cats = [c for c, n in NULL_MIX.items() for _ in range(n)]
    R.shuffle(cats)
    decoys = 0
    for j, c in enumerate(cats):
        obj = MAKERS[c]()
        place = pick(CAT_PLACES[c])
        transit = pick(ROUTES) if c in TRANSIT_CATS and chance(0.12) else None
        if transit:
            place = transit[1]
        win = loss_window()
        dur = win[0] - win[1]
        oplan = owner_plan(obj, place, owner_when(win), transit=transit)
        tell = [s for s in telling_slots(obj) if s in oplan["slots"]]
        if not tell and telling_slots(obj):
            s = pick(telling_slots(obj))
            oplan["slots"].add(s)
            tell = [s]
        lost_specs.append((obj, oplan, win, None, c))
        # tempting found items: same category, colour, brand at the same place within days,
        # but what the owner said does not fit them
        n_decoy = wpick([(0, 45), (1, 45), (2, 10)])
        for _ in range(n_decoy):
            t = make_twin(obj, keep_model=chance(0.5))
            dp = place if not transit else transit[3]
            if chance(0.4):
                near = [k for k in PLACES if dist_km(k, dp) < 0.9]
                dp = pick(near)
            tfa = max(0, win[0] - R.randint(0, dur + 4 * DAY))
            must = set(tell) & set(f["slot"] for f in t["facts"])
            tplan = finder_plan(t, dp, when_text(tfa, "f"), must=must)
            # the decoy shows its own number where the owner gave one, so they clash
            tplan["ids"] |= set(i["slot"] for i in t["ids"] if i["slot"] in oplan["ids"])
            pending_found.append((t, tplan, tfa, c, "decoy", obj))
            decoys += 1
        if chance(0.15):
            # and sometimes one found a few days before the loss
            t = make_twin(obj, keep_model=True)
            tfa = win[0] + R.randint(6 * 60, 8 * DAY)
            if tfa <= MAX_MIN:
                tplan = finder_plan(t, place if not transit else transit[3], when_text(tfa, "f"))
                tplan["slots"], tplan["ids"] = set(), set()
                pending_found.append((t, tplan, tfa, c, "before", obj))

    # ---- same brand far away, weeks apart ----------------------------------
    branded = [(o, p, w) for (o, p, w, ti, c) in lost_specs if o["brand"]]
    for k in range(16):
        o, p, w = pick(branded)
        t = make_twin(o, keep_model=False)
        a, z = pick(FAR_PAIRS)
        fp = z if chance(0.5) else a
        if chance(0.5):
            tfa = w[1] - R.randint(18 * DAY, 40 * DAY)
            if tfa < 0:
                tfa = w[0] + R.randint(18 * DAY, 40 * DAY)
        else:
            tfa = w[0] + R.randint(18 * DAY, 40 * DAY)
        if not 0 <= tfa <= MAX_MIN:
            tfa = max(0, min(MAX_MIN, w[1] - 21 * DAY)) if w[1] >= 21 * DAY else min(MAX_MIN, w[0] + 21 * DAY)
        tplan = finder_plan(t, fp, when_text(tfa, "f"), must=set(telling_slots(t)))
        pending_found.append((t, tplan, tfa, o["cat"], "far", o))

    # ---- unclaimed things of every category -----------------------------------
    for c, n in UNCLAIMED_MIX.items():
        for _ in range(n):
            t = MAKERS[c]()
            fp = pick(list(PLACES))
            tfa = R.randint(60, MAX_MIN)
            pending_found.append((t, finder_plan(t, fp, when_text(tfa, "f")), tfa, c, "unclaimed", None))

    # ---- no found item but the truth may carry a detail the owner told --------
    global CONFUSABLE
    CONFUSABLE = resolve_confusable(lost_specs, pending_found)

    # ---- write, in shuffled order so the key numbers say nothing ---------------
    order = list(range(len(pending_found)))
    R.shuffle(order)
    keys = {}
    for i in order:
        obj, plan, fa, cat, neg, src = pending_found[i]
        keys[i] = b.add_found(obj, plan, fa, cat, neg)
    R.shuffle(lost_specs)
    lost_key = {}
    for obj, plan, win, ti, cat in lost_specs:
        lost_key[id(obj)] = b.add_lost(obj, plan, win, keys[ti] if ti is not None else None, cat)["key"]
    # for reviewing the set by eye: which lost report each found item was made around
    b.source = {keys[i]: lost_key.get(id(e[5])) for i, e in enumerate(pending_found) if e[5] is not None}
    return b


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT_DEFAULT
    b = build()
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set4.py",
           "parts": {"set4": {"found": b.found, "lost": b.lost}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    if os.environ.get("SET4_REVIEW"):
        with open(os.environ["SET4_REVIEW"], "w", encoding="utf-8") as fh:
            json.dump(b.source, fh)
    neg = {}
    for f in b.found:
        neg[f.get("negative", "true/other")] = neg.get(f.get("negative", "true/other"), 0) + 1
    print("confusable pairs:", len(CONFUSABLE))
    print("set4: %d found (%s), %d lost (%d with truth)" % (
        len(b.found), ", ".join("%s %d" % kv for kv in sorted(neg.items())), len(b.lost),
        sum(1 for l in b.lost if l["truth"])))


if __name__ == "__main__":
    main()
