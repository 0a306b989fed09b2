#!/usr/bin/env python3
"""make_set7.py — writes tests/lostfound/set7.json, the seventh labelled lost-and-found set.

Set7 is a judge: nobody tunes the matcher on it (see SET7.md). It was written blind, from how
people at a station desk, a factory guard room, a bus terminal, a school gate or a parcel depot
describe things, without looking at the matcher or at the earlier sets.

The world: an invented county-seat development zone (开发区) around 28.680 N 115.860 E, about
6 km across, served by one police station and the town's grid workers. Every name, phone
number, card number, ID number, plate and frame number below is invented; full ID numbers carry
a valid GB 11643 check digit, bank cards and IMEIs a valid Luhn digit.

How it works: an object is a set of "slots" (brand, model, colour, a scratch, the name on a
card...). The owner and the finder each describe the object through "facts" drawn from the
slots, each in their own words: the owner knows hidden contents and the model, the finder sees
the outside and what is printed. A hard pair shares only two or three concrete facts. A twin or
decoy copies an object's slots and changes one slot that the lost report states, so a careful
reader can always reject it on that fact (or on time: found before the loss began).

Deterministic: python3 standard library only, fixed seed. Usage: python3 make_set7.py [out]
"""
import collections
import json
import math
import os
import random
import sys

SEED = 20261207
N_TRUE = 150            # true pairs
N_NEVER = 60            # lost reports whose object never turns up
N_HARD = 52             # true pairs written to share only two or three concrete facts
N_TWIN = 45             # near twins of true objects (one stated fact differs)
N_DECOY = 36            # tempting items near never-found reports (one stated fact differs)
N_BEFORE = 24           # similar items found before the loss began
N_FAR = 20              # same brand, far away, weeks apart
N_UNCLAIMED = 30        # unrelated things nobody asks for
MAX_MIN = 90 * 24 * 60  # every time lies within the last 90 days
DAY = 24 * 60
NOW_HOUR = 20           # the reference moment is 20:00 on day 0 (phrases like 昨天下午)
CLAT, CLON = 28.680, 115.860
KM_LAT = 1 / 111.0
KM_LON = 1 / (111.0 * math.cos(math.radians(CLAT)))

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------------------------------------
# Places. A zone is what an owner names ("夜市那边"); spots are where a finder picked it up.
# Offsets are in km from the centre; the zone lies where its coordinates are.
# ---------------------------------------------------------------------------------------------
ZONES = {
    "xinda": dict(x=-1.2, y=0.9, owner=["鑫达电子厂", "鑫达电子厂里面", "鑫达厂区", "电子厂"],
                  spots=[("鑫达电子厂东门门口", 0.05, 0.02), ("鑫达电子厂员工食堂", -0.05, 0.04),
                         ("鑫达电子厂3号车间更衣室", 0.0, -0.06), ("鑫达电子厂员工停车棚", 0.08, -0.03),
                         ("鑫达电子厂门口哈啰电单车车筐里", 0.07, 0.03)],
                  finder_role=["鑫达电子厂保安室", "鑫达电子厂行政部", "厂里保洁阿姨"]),
    "xinda_dorm": dict(x=-1.5, y=1.3, owner=["鑫达宿舍区", "电子厂宿舍", "鑫达员工宿舍"],
                       spots=[("鑫达员工宿舍5号楼楼下", 0.03, 0.02), ("鑫达宿舍区充电桩旁", -0.04, 0.0),
                              ("鑫达宿舍2号楼洗衣房", 0.0, 0.05)],
                       finder_role=["鑫达宿舍区宿管", "宿管阿姨", "宿舍楼保安"]),
    "jinhua": dict(x=1.1, y=1.0, owner=["锦华服装厂", "锦华制衣厂", "服装厂"],
                   spots=[("锦华服装厂大门口", 0.04, 0.0), ("锦华服装厂二楼缝纫车间", 0.0, 0.03),
                          ("锦华服装厂食堂门口", -0.03, -0.02)],
                   finder_role=["锦华服装厂保安室", "锦华服装厂车间主任", "锦华宿管"]),
    "bus": dict(x=0.3, y=-1.4, owner=["开发区汽车站", "客运站", "公交总站", "汽车站"],
                spots=[("开发区汽车客运站候车厅", 0.02, 0.01), ("客运站3号检票口", 0.04, -0.02),
                       ("公交总站调度室", -0.05, 0.03), ("客运站出站口", 0.06, 0.0),
                       ("客运站门口共享电单车停放点(车筐内)", 0.08, 0.03)],
                finder_role=["客运站服务台", "公交总站调度室", "车站保洁员"]),
    "logis": dict(x=-2.2, y=-1.0, owner=["顺通物流园", "物流园", "快递分拨中心"],
                  spots=[("顺通物流园分拣场", 0.0, 0.05), ("物流园装卸区3号口", 0.06, 0.0),
                         ("顺通物流园大门", -0.05, -0.03)],
                  finder_role=["物流园保安", "分拣场组长", "物流园门岗"]),
    "yizhan": dict(x=0.2, y=0.4, owner=["兴业路菜鸟驿站", "小区门口的驿站", "驿站"],
                   spots=[("兴业路菜鸟驿站门口", 0.01, 0.01), ("兴业路驿站货架旁", 0.0, -0.01)],
                   finder_role=["驿站老板", "快递员", "驿站店员"]),
    "school1": dict(x=1.6, y=-0.3, owner=["开发区实验小学", "实验小学", "孩子学校"],
                    spots=[("实验小学操场", 0.03, 0.02), ("实验小学校门口", -0.03, 0.0),
                           ("实验小学三楼走廊", 0.0, 0.03)],
                    finder_role=["实验小学门卫", "实验小学值周老师", "实验小学德育处"]),
    "school2": dict(x=2.1, y=0.6, owner=["开发区二中", "第二中学", "二中"],
                    spots=[("二中食堂", 0.02, 0.0), ("二中篮球场", -0.04, 0.03), ("二中校门口", 0.0, -0.04)],
                    finder_role=["二中门卫", "二中政教处", "二中宿管"]),
    "night": dict(x=-0.4, y=-0.3, owner=["工业大道夜市", "夜市", "美食街"],
                  spots=[("夜市东头烧烤摊旁", 0.08, 0.0), ("夜市中间的公厕门口", 0.0, 0.01),
                         ("夜市入口奶茶店前", -0.07, 0.0),
                         ("夜市路口一辆共享电单车的车筐里", 0.1, -0.02)],
                  finder_role=["夜市摊主", "夜市管理处", "烧烤摊老板"]),
    "square": dict(x=0.5, y=1.6, owner=["文化广场", "广场", "跳舞的广场"],
                   spots=[("文化广场舞台边", 0.0, 0.02), ("文化广场东侧长椅", 0.06, 0.0),
                          ("文化广场花坛边", -0.04, -0.03)],
                   finder_role=["广场保洁", "广场跳舞的阿姨", "巡逻辅警"]),
    "market": dict(x=-0.6, y=0.5, owner=["惠万家超市", "超市", "惠万家"],
                   spots=[("惠万家超市服务台", 0.0, 0.0), ("惠万家超市存包柜", 0.01, 0.01),
                          ("惠万家超市收银台", -0.01, 0.0), ("惠万家门口购物车停放处", 0.03, -0.02)],
                   finder_role=["惠万家超市服务台", "超市收银员", "超市保安"]),
    "clinic": dict(x=0.9, y=-0.9, owner=["开发区卫生院", "社区卫生服务中心", "卫生院"],
                   spots=[("卫生院挂号处", 0.0, 0.01), ("卫生院输液室", 0.02, 0.0), ("卫生院门口停车处", -0.03, 0.02)],
                   finder_role=["卫生院护士站", "卫生院保安"]),
    "xingfu": dict(x=-0.1, y=1.1, owner=["幸福里小区", "幸福里", "我们小区"],
                   spots=[("幸福里小区3栋楼下", 0.02, 0.02), ("幸福里小区门口", -0.03, -0.02)],
                   finder_role=["幸福里物业", "小区保安", "网格员"]),
    "cuiyuan": dict(x=1.3, y=2.2, owner=["翠苑新村", "翠苑小区"],
                    spots=[("翠苑新村篮球场", 0.0, 0.02), ("翠苑新村菜市场", 0.04, 0.0)],
                    finder_role=["翠苑物业", "网格员"]),
    # far corners, used for far-away negatives and a few ordinary cases
    "north": dict(x=-2.6, y=2.8, owner=["北边安置小区", "安置小区", "河东村"],
                  spots=[("河东村安置小区门口", 0.0, 0.0), ("河东村村委会", 0.05, 0.02)],
                  finder_role=["河东村网格员", "村委会"]),
    "south": dict(x=2.8, y=-2.7, owner=["南区工业园", "南区"],
                  spots=[("南区工业园公交站", 0.0, 0.0), ("南区工业园食堂", 0.03, 0.02)],
                  finder_role=["南区工业园保安", "网格员"]),
}
ROADS = ["工业大道", "兴业路", "创业路", "科技大道", "富民路"]
# relative places along a bus route: (owner phrase, zone where the driver hands it in)
ROUTES = [("坐K3路公交往火车站方向的车上", "bus"), ("K3路公交车后排", "bus"),
          ("5路车上，从厂门口坐到汽车站那一段", "bus"), ("去县城的城际大巴上", "bus"),
          ("从汽车站坐去市里的班车上", "bus"), ("K8路公交上(往开发区方向)", "bus")]
NEAR_ZONES = [k for k in ZONES if k not in ("north", "south")]


def zone_xy(z):
    return ZONES[z]["x"], ZONES[z]["y"]


def to_latlon(x, y):
    return round(CLAT + y * KM_LAT, 5), round(CLON + x * KM_LON, 5)


def dist_km(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


# ---------------------------------------------------------------------------------------------
# Invented people and numbers
# ---------------------------------------------------------------------------------------------
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文")
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "玉兰", "子涵", "浩然",
         "梓轩", "一诺", "欣怡", "雨桐", "思远", "俊杰", "晓燕", "春梅", "海燕", "志强", "国庆",
         "建国", "小龙", "宇航", "佳怡", "诗琪", "鑫", "婷婷", "丹", "倩", "亮", "辉", "斌", "鹏",
         "波", "晨", "阳", "金凤", "德胜", "秋菊", "冬生", "永红", "翠兰", "桂花", "铁柱", "梦瑶"]
# a name heard, not read: 同音字 that a grid worker or a voice assistant types
HOMO_NAME = {"晓": "小", "婷": "亭", "鑫": "欣", "丽": "莉", "娟": "鹃", "敏": "民", "明": "铭",
             "杰": "洁", "俊": "骏", "红": "宏", "华": "花", "伟": "玮", "芳": "方", "涛": "韬",
             "磊": "蕾", "阳": "洋", "辉": "晖", "波": "博", "鹏": "朋", "亮": "靓", "静": "靖",
             "凤": "风", "菊": "局", "兰": "岚", "燕": "艳", "强": "墙", "军": "君", "勇": "涌"}
USED_NAMES = set()


def person_name():
    while True:
        n = pick(SURNAMES) + pick(GIVEN)
        if len(n) == 2 and chance(0.3):
            n += pick(["", "华", "明", "丽", "军", "芳"])
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def homo_name(n):
    """The name as heard: the given name in 同音字 (the surname kept)."""
    return n[0] + "".join(HOMO_NAME.get(c, c) for c in n[1:])


ID_REGIONS = ["360121", "360122", "411323", "430521", "510322", "452122", "522121", "362426",
              "421127", "341221", "360111", "431223"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USED_NUMS = set()


def gb11643(first17):
    s = sum(int(c) * w for c, w in zip(first17, ID_W))
    return "10X98765432"[s % 11]


def id_number(born_lo=1955, born_hi=2008):
    while True:
        y = R.randint(born_lo, born_hi)
        m = R.randint(1, 12)
        d = R.randint(1, 28)
        body = "%s%04d%02d%02d%03d" % (pick(ID_REGIONS), y, m, d, R.randint(1, 999))
        n = body + gb11643(body)
        if n not in USED_NUMS:
            USED_NUMS.add(n)
            return n


def luhn_digit(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def uniq(make):
    while True:
        v = make()
        if v not in USED_NUMS:
            USED_NUMS.add(v)
            return v


def imei():
    return uniq(lambda: (lambda b: b + luhn_digit(b))("86" + digits(12)))


BANKS = {
    "abc": (["农业银行", "农行"], ["中国农业银行", "农业银行", "ABC农行"], "622848"),
    "ccb": (["建设银行", "建行"], ["中国建设银行", "建设银行", "CCB"], "621700"),
    "icbc": (["工商银行", "工行"], ["中国工商银行", "工商银行", "ICBC"], "622202"),
    "boc": (["中国银行", "中行"], ["中国银行", "BANK OF CHINA"], "621661"),
    "psbc": (["邮政储蓄", "邮储银行", "邮政的"], ["中国邮政储蓄银行", "邮储银行"], "622188"),
    "rcb": (["农商银行", "信用社", "农信社"], ["农村商业银行", "农商银行"], "621799"),
}


def bank_card(bank):
    pre = BANKS[bank][2]
    return uniq(lambda: (lambda b: b + luhn_digit(b))(pre + digits(12)))


def spaced(s, k=4, sep=" "):
    return sep.join(s[i:i + k] for i in range(0, len(s), k))


def mask_mid(s, keep_head, keep_tail):
    return s[:keep_head] + "*" * (len(s) - keep_head - keep_tail) + s[len(s) - keep_tail:]


CN_DIG = "零一二三四五六七八九"
CN_DIG_SPOKEN = "洞幺两三四五六拐八九"


def spoken_digits(s):
    # 电话里报号码的念法: 0 洞, 1 幺, 7 拐 — or plain 一二三
    table = CN_DIG_SPOKEN if chance(0.5) else CN_DIG
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def cn_amount(n):
    """2350 -> 两千三百五十"""
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out = ""
    zero = False
    for u, name in units:
        q = n // u
        n %= u
        if q:
            if zero and out:
                out += "零"
            out += ("两" if q == 2 and u >= 1000 else CN_DIG[q]) + name
            zero = False
        elif out:
            zero = True
    if n:
        if zero and out:
            out += "零"
        out += CN_DIG[n]
    if out.startswith("一十"):
        out = out[1:]
    return out or "零"


def daxie_amount(n):
    t = cn_amount(n)
    return t.translate(str.maketrans("一二两三四五六七八九十百千万", "壹贰贰叁肆伍陆柒捌玖拾佰仟万"))


# ---------------------------------------------------------------------------------------------
# Words: colours, brands
# ---------------------------------------------------------------------------------------------
COLORS = {
    "black": (["黑色", "黑的", "纯黑"], ["黑色", "深色", "哑光黑", "黑"]),
    "white": (["白色", "白的"], ["白色", "米白色", "乳白", "白"]),
    "red": (["红色", "大红色", "酒红色"], ["红色", "暗红", "酒红", "红"]),
    "blue": (["蓝色", "深蓝色", "蓝的"], ["蓝色", "藏青色", "宝蓝", "深蓝"]),
    "pink": (["粉色", "粉红色", "粉的"], ["粉红色", "浅粉", "粉色"]),
    "grey": (["灰色", "深空灰", "灰的"], ["灰色", "银灰", "深灰色"]),
    "gold": (["金色", "香槟色"], ["金色", "香槟金", "土豪金"]),
    "silver": (["银色", "银白色"], ["银色", "银灰色", "银白"]),
    "green": (["绿色", "墨绿色", "绿的"], ["绿色", "墨绿", "军绿色"]),
    "purple": (["紫色", "浅紫色"], ["紫色", "淡紫", "紫"]),
    "brown": (["棕色", "咖啡色", "褐色"], ["咖啡色", "棕色", "深棕", "驼色"]),
    "yellow": (["黄色", "黄的"], ["黄色", "明黄", "姜黄色"]),
}

# brand: owner words, finder words (what is printed), typos / misreadings, voice mishearings
BRANDS = {
    "huawei": (["华为", "华为", "HUAWEI", "huawei"], ["HUAWEI", "华为", "Huawei"], ["华伟", "HUAWEl", "华卫"], ["花为", "华维"]),
    "honor": (["荣耀", "荣耀"], ["HONOR", "荣耀"], ["容耀", "HONER"], ["荣要"]),
    "apple": (["苹果", "iPhone", "苹果"], ["iPhone", "苹果", "Apple"], ["苹菓", "iphnoe", "爱疯"], ["平果", "爱疯"]),
    "xiaomi": (["小米", "红米", "xiaomi"], ["Redmi", "小米", "MI"], ["小咪", "redmi红米"], ["小蜜", "红迷"]),
    "oppo": (["OPPO", "oppo", "欧珀"], ["OPPO", "oppo"], ["OPP0", "0PPO"], ["欧泊", "欧波"]),
    "vivo": (["vivo", "VIVO", "维沃"], ["vivo", "VIVO"], ["viv0", "vlvo"], ["维握", "微沃"]),
    "shouhubao": (["守护宝", "守护宝老人机"], ["守护宝", "SHOUHUBAO"], ["守户宝"], ["守护包"]),
    "nokia": (["诺基亚", "NOKIA"], ["NOKIA", "诺基亚"], ["NOKlA", "诺基压"], ["诺鸡鸭"]),
    "imoo": (["小天才", "小天才电话手表"], ["小天才", "imoo"], ["小天材", "imo0"], ["小天财"]),
    "huawei_kid": (["华为儿童手表"], ["HUAWEI", "华为"], ["华伟"], ["花为"]),
    "septwolves": (["七匹狼", "qipilang"], ["七匹狼", "SEPTWOLVES"], ["七匹郎", "SEPTWOLVS"], ["七匹郎"]),
    "goldlion": (["金利来"], ["金利来", "goldlion"], ["金利莱", "GOLDLlON"], ["金丽来"]),
    "coach": (["蔻驰", "COACH", "coach"], ["COACH", "蔻驰"], ["COAHC", "寇驰"], ["扣驰"]),
    "ck": (["小CK", "CHARLES&KEITH"], ["CHARLES & KEITH", "CK"], ["CHARLS KEITH"], ["小西K"]),
    "playboy": (["花花公子"], ["PLAYBOY", "花花公子"], ["PLAYB0Y"], ["花花宫子"]),
    "kalayang": (["卡拉羊"], ["卡拉羊", "KALAYANG"], ["卡啦羊"], ["卡拉洋"]),
    "disney": (["迪士尼"], ["Disney", "迪士尼"], ["迪斯尼", "Disny"], ["迪斯尼"]),
    "yadea": (["雅迪", "yadi"], ["雅迪", "Yadea", "YADEA"], ["亚迪", "雅笛"], ["亚迪"]),
    "aima": (["爱玛", "aima"], ["爱玛", "AIMA"], ["艾玛", "爱马"], ["艾玛"]),
    "tailg": (["台铃", "tailing"], ["台铃", "TAILG"], ["台玲", "台陵"], ["台灵"]),
    "sunra": (["新日"], ["新日", "SUNRA"], ["新曰"], ["新日"]),
    "niu": (["小牛", "小牛电动"], ["NIU", "小牛"], ["NlU"], ["小妞"]),
    "luyuan": (["绿源"], ["绿源", "LUYUAN"], ["绿原"], ["绿园"]),
    "giant": (["捷安特"], ["GIANT", "捷安特"], ["捷安特", "GAINT"], ["节安特"]),
    "phoenix": (["凤凰", "凤凰牌"], ["凤凰", "PHOENIX"], ["风凰"], ["凤黄"]),
    "forever": (["永久", "永久牌"], ["永久", "FOREVER"], ["永久"], ["永救"]),
    "xds": (["喜德盛"], ["喜德盛", "XDS"], ["喜得盛"], ["喜得胜"]),
    "airpods": (["苹果耳机", "AirPods", "airpods"], ["AirPods", "苹果"], ["airpod", "Airpds"], ["爱破的"]),
    "freebuds": (["华为耳机", "华为FreeBuds"], ["HUAWEI", "FreeBuds"], ["华伟"], ["花为"]),
    "romoss": (["罗马仕"], ["ROMOSS", "罗马仕"], ["罗马士", "ROMOS"], ["罗马事"]),
    "mi_power": (["小米充电宝", "小米"], ["MI", "小米"], ["小咪"], ["小蜜"]),
    "lenovo": (["联想"], ["Lenovo", "联想"], ["Lenvo", "联相"], ["连想"]),
    "ipad": (["iPad", "苹果平板"], ["iPad", "苹果"], ["ipda", "IPAD"], ["爱派"]),
    "phonak": (["峰力"], ["Phonak", "峰力"], ["Phonek", "锋力"], ["风力"]),
    "signia": (["西门子"], ["Signia", "西门子"], ["Sighia"], ["西门字"]),
    "sast": (["先科"], ["SAST", "先科"], ["先科"], ["仙科"]),
    "chowtaifook": (["周大福"], ["周大福", "CTF"], ["周大富"], ["周大福"]),
    "laofengxiang": (["老凤祥"], ["老凤祥"], ["老凤翔"], ["老风祥"]),
    "thermos": (["膳魔师"], ["THERMOS", "膳魔师"], ["善魔师"], ["膳魔狮"]),
    "fuguang": (["富光"], ["富光", "FGA"], ["富广"], ["富光"]),
    "byd": (["比亚迪"], ["BYD", "比亚迪"], ["比亚笛"], ["比亚地"]),
    "vw": (["大众"], ["大众", "VW"], ["大重"], ["大众"]),
    "wuling": (["五菱"], ["五菱", "WULING"], ["五灵"], ["五玲"]),
}

# ---------------------------------------------------------------------------------------------
# Facts. A fact is one thing that can be said about the object, in the owner's and in the
# finder's words. o / f: lists of phrase options (None: that side cannot know or see it).
# slot: the slot it states (twins change one such slot); d: distinctive (identifies the object
# among others of its kind); fld: which structured field it may fill, with the word used.
# ---------------------------------------------------------------------------------------------
class Fact:
    __slots__ = ("slot", "o", "f", "d", "fld", "ow", "fw")

    def __init__(self, slot, o, f, d=False, fld=None, ow=None, fw=None):
        self.slot, self.o, self.f, self.d, self.fld = slot, o, f, d, fld
        self.ow, self.fw = ow, fw   # field values (owner's word / finder's word), parallel lists


def color_fact(slot, c, noun=""):
    ow, fw = COLORS[c]
    return Fact(slot, [w + noun for w in ow], [w + noun for w in fw], False, "color", ow, fw)


def brand_fact(b, model=None, finder_model=True):
    o, f, typo, voice = BRANDS[b]
    fo = list(f) + (list(typo) if chance(0.35) else [])
    return Fact("brand", ["%s的" % w for w in o], ["%s牌" % w if chance(0.3) else w for w in fo],
                False, "brand", list(o), [w for w in fo])


# ---------------------------------------------------------------------------------------------
# Categories. Each has: sample(slots) -> slots, resample[slot] to change one slot for twins,
# facts(slots) -> [Fact], nouns(slots) -> (owner nouns, finder nouns, measure word).
# ---------------------------------------------------------------------------------------------
STICKERS = ["小猫", "皮卡丘", "蜡笔小新", "奥特曼", "平安符", "熊猫", "小黄鸭", "樱桃小丸子",
            "喜羊羊", "葫芦娃", "哆啦A梦", "篮球", "中国国旗", "福字", "小兔子", "恐龙", "库洛米",
            "海绵宝宝", "一只柴犬", "美少女战士", "小猪佩奇", "凯蒂猫", "机器猫", "宇航员"]
CRACKS = ["屏幕左下角碎了一块", "屏幕右上角有裂纹", "屏幕从中间裂了一道", "后盖摔裂了",
          "摄像头那块玻璃碎了", "屏幕边上磕掉一个角", "屏幕有一道很长的划痕"]
CRACKS_F = {"屏幕左下角碎了一块": "屏幕左下角破损", "屏幕右上角有裂纹": "屏幕右上角碎裂",
            "屏幕从中间裂了一道": "屏幕中部有一道裂痕", "后盖摔裂了": "背板有裂痕",
            "摄像头那块玻璃碎了": "后置摄像头镜片破碎", "屏幕边上磕掉一个角": "屏幕边缘缺角",
            "屏幕有一道很长的划痕": "屏幕有长条划痕"}
WALLPAPERS = [("我女儿的照片", "小女孩照片"), ("我儿子的照片", "小男孩照片"), ("一只金毛", "狗的照片"),
              ("我和我老婆的合照", "一男一女合影"), ("一片海", "海景图"), ("一只橘猫", "猫的照片"),
              ("佛像", "佛像图片"), ("我家宝宝满月照", "婴儿照片"), ("一张风景照，有山有水", "山水风景"),
              ("一个动漫人物", "动漫人物"), ("我们一家三口的照片", "三人合影")]
CASE_INSERTS = [("手机壳里夹了一张公交卡", "壳内夹公交卡一张"), ("手机壳后面夹着一张一寸照片", "壳内有一寸照片一张"),
                ("壳里面塞了五十块钱", "壳内夹有现金50元"), ("壳里面夹着厂里的饭卡", "壳内夹饭卡一张"),
                ("手机壳里夹着一张小孩画的画", "壳内夹儿童画一张"), ("壳子里夹着一张二十的", "壳内有20元纸币一张"),
                ("壳里塞了张电动车充电卡", "壳内夹充电卡一张")]
LANYARDS = [("挂了一根红绳", "挂红色挂绳"), ("挂着一个小铃铛", "挂小铃铛"), ("挂了个平安扣", "挂玉平安扣挂件"),
            ("挂着一根长挂绳可以挂脖子上", "带长挂脖绳"), ("挂着一个毛绒小球", "挂毛绒球挂件")]
CASES = [("硅胶壳", "软壳"), ("透明壳", "透明保护壳"), ("皮套", "翻盖皮套"), ("防摔壳", "厚防摔壳"),
         ("磨砂壳", "磨砂硬壳")]

PHONE_MODELS = {
    "huawei": ["Mate 60 Pro", "Mate 40", "nova 11", "nova 12", "畅享 60", "Pura 70", "Mate 50"],
    "honor": ["X50", "Magic5", "90 GT", "Play 8T", "X40"],
    "apple": ["iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone 12", "iPhone 11"],
    "xiaomi": ["Redmi Note 12", "Redmi K60", "小米13", "小米14", "Redmi 12C"],
    "oppo": ["A58", "Reno 10", "Find X6", "A1", "Reno 8"],
    "vivo": ["Y35", "X90", "S17", "iQOO Neo8", "Y78"],
}


def model_owner_words(b, m):
    if b == "apple":
        n = m.replace("iPhone ", "")
        return ["苹果" + n, m, n.replace(" Pro", "pro")]
    return [m, m.replace(" ", ""), m.lower()]


def model_finder_words(b, m):
    if b == "apple":
        return None          # nothing printed on the back but the apple
    return [m, m.upper().replace(" ", "")]


def sample_phone(s):
    s["sub"] = s.get("sub") or pick(["smart"] * 7 + ["elder"] * 2 + ["kid"] * 2)
    if s["sub"] == "smart":
        s["brand"] = pick(list(PHONE_MODELS))
        s["model"] = pick(PHONE_MODELS[s["brand"]])
        s["color"] = pick(["black", "black", "white", "blue", "purple", "gold", "green", "silver", "grey"])
        s["case"] = pick(CASES) if chance(0.75) else None
        s["case_color"] = pick(list(COLORS)) if s["case"] and s["case"][0] != "透明壳" else None
        s["insert"] = pick(CASE_INSERTS) if s["case"] and chance(0.35) else None
        s["crack"] = pick(CRACKS) if chance(0.45) else None
        s["wall"] = pick(WALLPAPERS)
        s["sticker"] = pick(STICKERS) if chance(0.3) else None
        s["lanyard"] = pick(LANYARDS) if chance(0.2) else None
    elif s["sub"] == "elder":
        s["brand"] = pick(["shouhubao", "nokia"])
        s["model"] = None
        s["color"] = pick(["black", "red", "gold", "blue"])
        s["tape"] = pick([("后盖用黑胶布缠着", "后盖缠有黑色胶布"), ("背面贴着写了儿子电话的纸条", "背面贴手写电话号码纸条"),
                          ("按键上的数字都磨掉了", "按键磨损严重"), ("挂着一根红绳", "挂红色挂绳"),
                          ("屏幕上贴了保护膜都起泡了", "屏幕保护膜起泡")])
        s["crack"] = None
        s["sticker"] = None
        s["case"] = None
        s["case_color"] = None
    else:
        s["brand"] = pick(["imoo", "imoo", "huawei_kid"])
        s["model"] = pick(["Z6", "Z7", "Q1A", "D2"]) if s["brand"] == "imoo" else pick(["4X", "5Pro", "K2"])
        s["color"] = pick(["blue", "pink", "purple", "green", "black"])
        s["sticker"] = pick(STICKERS)
        s["kidname"] = person_name()
        s["crack"] = pick(["表盘玻璃裂了", "表带断过用胶带粘的", "表带上的扣子掉了"]) if chance(0.5) else None
    s["imei"] = imei()
    return s


def facts_phone(s):
    F = []
    b = s["brand"]
    F.append(color_fact("color", s["color"]))
    F.append(brand_fact(b))
    if s.get("model"):
        fw = model_finder_words(b, s["model"]) if s["sub"] == "smart" else ["型号" + s["model"]]
        F.append(Fact("model", ["型号是%s" % w for w in model_owner_words(b, s["model"])],
                      ["背面印有%s" % w for w in fw] if fw else None, True, "model",
                      model_owner_words(b, s["model"]), fw))
    if s["sub"] == "smart":
        if s["case"]:
            cc = s["case_color"]
            ow = COLORS[cc][0] if cc else [""]
            fw = COLORS[cc][1] if cc else [""]
            F.append(Fact("case", ["套了个%s%s" % (w, s["case"][0]) for w in ow],
                          ["外套%s%s" % (w, s["case"][1]) for w in fw], cc is not None))
        if s.get("insert"):
            F.append(Fact("insert", [s["insert"][0]], [s["insert"][1]], True, "marks"))
        if s.get("crack"):
            F.append(Fact("crack", [s["crack"]], [CRACKS_F[s["crack"]]], True, "marks"))
        F.append(Fact("wall", ["锁屏是%s" % s["wall"][0], "屏保是%s" % s["wall"][0]],
                      ["锁屏壁纸为%s" % s["wall"][1], "亮屏显示%s" % s["wall"][1]], True, "marks"))
        if s.get("sticker"):
            F.append(Fact("sticker", ["背面贴了个%s贴纸" % s["sticker"]], ["背面有%s图案贴纸" % s["sticker"]],
                          True, "marks"))
        if s.get("lanyard"):
            F.append(Fact("lanyard", [s["lanyard"][0]], [s["lanyard"][1]], True, "marks"))
        F.append(Fact("imei", ["包装盒上的IMEI是%s" % s["imei"]], None, True, "serial", [s["imei"]], None))
    elif s["sub"] == "elder":
        F.append(Fact("tape", [s["tape"][0]], [s["tape"][1]], True, "marks"))
        # the IMEI label under the battery: a finder who opens the back can read it
        F.append(Fact("imei", ["串号%s" % s["imei"], "盒子上写的串号尾数%s" % s["imei"][-6:]],
                      ["电池下标签IMEI:%s" % spaced(s["imei"], 5), "IMEI尾号%s" % s["imei"][-4:]], True, "serial",
                      [s["imei"], "尾数" + s["imei"][-6:]], [spaced(s["imei"], 5), "*" * 11 + s["imei"][-4:]]))
    else:
        F.append(Fact("sticker", ["表带上贴了%s的贴纸" % s["sticker"]], ["有%s贴纸" % s["sticker"]], True, "marks"))
        F.append(Fact("kidname", ["背面贴着孩子名字%s" % s["kidname"]],
                      ["背面名字贴:%s" % s["kidname"], "贴有姓名贴(%s)" % s["kidname"]], True, "marks"))
        if s.get("crack"):
            F.append(Fact("crack", [s["crack"]], [s["crack"].replace("了", "")], True, "marks"))
    return F


def nouns_phone(s):
    if s["sub"] == "smart":
        return ["手机"], ["手机", "智能手机"], "部"
    if s["sub"] == "elder":
        return ["老人机", "老年机", "按键手机"], ["老年手机", "按键手机", "老人机"], "部"
    return ["电话手表", "儿童手表"], ["儿童电话手表", "儿童智能手表", "电话手表"], "块"


# --- wallet ---------------------------------------------------------------------------------
def sample_wallet(s):
    s["sub"] = s.get("sub") or pick(["man", "man", "woman", "woman", "card", "coin"])
    if s["sub"] == "man":
        s["brand"] = pick(["septwolves", "goldlion", "playboy", None])
    elif s["sub"] == "woman":
        s["brand"] = pick(["coach", "ck", "playboy", None, None])
    else:
        s["brand"] = None
    s["color"] = pick(["black", "black", "brown", "red", "pink", "blue", "white"])
    s["cash"] = pick([0, 0, R.randint(1, 9) * 10, R.randint(2, 12) * 50, R.randint(3, 30) * 100 + pick([0, 50, 20])])
    s["bank"] = pick(list(BANKS)) if chance(0.65) else None
    s["card"] = bank_card(s["bank"]) if s["bank"] else None
    s["idname"] = person_name() if chance(0.5) else None
    s["idnum"] = id_number() if s["idname"] else None
    s["knows_tail"] = chance(0.6)      # many owners know only which bank
    s["says_name"] = chance(0.6)
    s["extra"] = pick([("一张超市会员卡", "会员卡一张"), ("厂里的工牌", "鑫达电子厂工牌一张"), ("几张发票", "发票若干"),
                       ("一张小孩的照片", "儿童照片一张"), ("一把小钥匙", "小钥匙一把"), ("医保卡", "医保卡一张"),
                       ("一张驾驶证", "驾驶证一本"), ("一个平安符", "平安符一个"), ("几张彩票", "彩票数张")]) if chance(0.6) else None
    s["wear"] = pick([("边角磨破了", "边角磨损"), ("拉链头掉了", "拉链头缺失"), ("扣子坏了", "按扣损坏"),
                      ("上面有个烟头烫的小洞", "表面有一处烫痕")]) if chance(0.3) else None
    return s


def facts_wallet(s):
    F = [color_fact("color", s["color"])]
    if s["brand"]:
        F.append(brand_fact(s["brand"]))
    c = s["cash"]
    if c:
        lo = c // 100 * 100
        ow = ["里面有%d多块钱" % lo if lo >= 100 else "里面有几十块零钱", "现金大概%s块" % cn_amount(c),
              "里面有%d元左右现金" % c]
        fw = ["内有现金%d元" % c, "现金人民币%s元" % cn_amount(c), "内有现金%s元整" % daxie_amount(c)]
        # an odd sum identifies a wallet; "two hundred" does not
        F.append(Fact("cash", ow, fw, c >= 300 and c % 100 != 0, None))
    if s["bank"]:
        bo, bf, _ = BANKS[s["bank"]]
        tail = s["card"][-4:]
        fo = ["%s卡一张(卡号%s)" % (w, mask_mid(s["card"], 4, 4)) for w in bf] + ["%s银行卡1张，尾号%s" % (bf[0], tail)]
        if s["knows_tail"]:
            F.append(Fact("card", ["有张%s卡，尾号%s" % (w, tail) for w in bo], fo, True, "serial",
                          ["尾号" + tail, tail], [mask_mid(s["card"], 4, 4), spaced(s["card"])]))
        else:
            F.append(Fact("bank", ["有一张%s的卡" % w for w in bo], fo, False, None))
    if s["idname"]:
        F.append(Fact("idname" if s["says_name"] else "hasid",
                      ["我身份证也在里面，名字%s" % s["idname"], "身份证也在里面，叫%s" % s["idname"]] if s["says_name"]
                      else ["里面有我身份证", "身份证也在钱包里"],
                      ["内有身份证一张(姓名:%s，号码%s)" % (s["idname"], mask_mid(s["idnum"], 6, 4)),
                       "内有%s的居民身份证" % s["idname"]], s["says_name"], "serial",
                      [s["idnum"], "身份证" + s["idnum"]], [mask_mid(s["idnum"], 6, 4), s["idnum"][:6] + "..." + s["idnum"][-4:]]))
    if s["extra"]:
        F.append(Fact("extra", ["还有" + s["extra"][0]], [s["extra"][1]], True, "marks"))
    if s["wear"]:
        F.append(Fact("wear", [s["wear"][0]], [s["wear"][1]], True, "marks"))
    return F


def nouns_wallet(s):
    return {"man": (["钱包", "男士钱包", "皮夹"], ["男士钱包", "短款钱包", "皮夹"], "个"),
            "woman": (["钱包", "女士钱包", "长款钱包"], ["女式长款钱包", "钱包", "女士钱包"], "个"),
            "card": (["卡包", "卡套"], ["卡包", "卡套"], "个"),
            "coin": (["零钱包", "小钱包"], ["零钱包", "布艺零钱包"], "个")}[s["sub"]]


# --- id documents ---------------------------------------------------------------------------
FACTORIES = [("鑫达电子厂", "鑫达电子"), ("锦华服装厂", "锦华制衣"), ("南区工业园恒泰电子", "恒泰电子"),
             ("顺通物流园", "顺通物流")]
DEPTS = ["SMT车间", "装配二线", "包装车间", "品检部", "缝纫一组", "仓储部", "分拣组", "后道车间"]


def sample_id(s):
    s["sub"] = s.get("sub") or pick(["sfz"] * 5 + ["jsz"] * 2 + ["xsz"] * 2 + ["sbk"] * 2 + ["yhk"] * 2 +
                                     ["hz"] + ["gp"] * 3 + ["mjk"] + ["xp"])
    s["name"] = person_name()
    s["idnum"] = id_number(2008, 2016) if s["sub"] in ("xsz", "xp") else id_number()
    s["color"] = None
    if s["sub"] == "jsz":
        s["class"] = pick(["C1", "C2", "B2", "A2", "D"])
        s["file"] = uniq(lambda: "36" + digits(10))
    if s["sub"] == "xp":
        s["school"] = "开发区实验小学"
        s["grade"] = pick(["一(1)班", "二(4)班", "三(2)班", "四(3)班", "五(1)班", "六(2)班"])
        s["color"] = pick(["red", "blue"])
    if s["sub"] == "xsz":
        s["school"] = pick(["开发区实验小学", "开发区二中"])
        s["grade"] = pick(["三年级二班", "五年级一班", "四(3)班", "六(1)班"] if s["school"] == "开发区实验小学"
                          else ["初二(5)班", "七年级3班", "初三1班", "八年级2班"])
        s["stuno"] = uniq(lambda: "2024" + digits(4))
    if s["sub"] == "sbk":
        s["bank"] = pick(["abc", "ccb", "psbc", "rcb"])
        s["card"] = bank_card(s["bank"])
    if s["sub"] == "yhk":
        s["bank"] = pick(list(BANKS))
        s["card"] = bank_card(s["bank"])
        s["color"] = pick(["gold", "blue", "red", "silver", "white"])
    if s["sub"] == "hz":
        s["ppno"] = uniq(lambda: "E" + digits(8))
    if s["sub"] == "gp":
        s["fac"] = pick(FACTORIES)
        s["dept"] = pick({"鑫": DEPTS[0:2] + DEPTS[3:4], "锦": DEPTS[4:5] + DEPTS[7:8], "南": DEPTS[1:3],
                          "顺": DEPTS[5:7]}[s["fac"][0][0]])
        pre = {"鑫": "XD", "锦": "JH", "南": "HT", "顺": "ST"}[s["fac"][0][0]]
        s["empno"] = uniq(lambda: pre + digits(5))
        s["color"] = pick(["blue", "red", "green"])   # the lanyard
    if s["sub"] == "mjk":
        s["dorm"] = pick(["鑫达宿舍5号楼", "鑫达宿舍2号楼", "锦华宿舍A栋", "幸福里小区"])
        s["room"] = str(R.randint(2, 6)) + "%02d" % R.randint(1, 20)
        s["color"] = pick(["blue", "red", "yellow", "black"])
    s["holder"] = pick([("装在一个透明卡套里", "外有透明卡套"), ("套着一个蓝色卡套", "蓝色卡套"),
                        ("用橡皮筋和别的卡捆在一起", "与其他卡片用橡皮筋捆扎"), None, None, None])
    return s


def facts_id(s):
    F = []
    n = s["name"]
    sub = s["sub"]
    # a bank card or an access card carries no name a finder could read
    F.append(Fact("name", ["名字是%s" % n, "姓名%s" % n, "上面是%s的名字" % n],
                  None if sub in ("yhk", "mjk") else ["姓名:%s" % n, "持证人%s" % n, "姓名%s" % n], True, None))
    if sub in ("sfz", "jsz", "sbk"):
        num = s["idnum"]
        F.append(Fact("idnum", ["身份证号%s" % num, "号码%s" % num, "证号尾号%s" % num[-4:]],
                      ["证号%s" % mask_mid(num, 6, 4), "号码%s" % num, "号码后四位%s" % num[-4:]], True, "serial",
                      [num, "尾号" + num[-4:]], [mask_mid(num, 6, 4), num, "后四位" + num[-4:]]))
    if sub == "sfz":
        F.append(Fact("addr", ["户口是%s那边的" % {"36": "江西", "41": "河南", "43": "湖南", "51": "四川", "45": "广西",
                                                  "52": "贵州", "42": "湖北", "34": "安徽"}[s["idnum"][:2]]],
                      ["住址为外省" if s["idnum"][:2] != "36" else "住址为本省"], False, None))
    if sub == "jsz":
        F.append(Fact("class", ["准驾车型%s" % s["class"]], ["准驾%s" % s["class"]], False, None))
        F.append(Fact("file", ["档案编号%s" % s["file"]], ["档案编号%s" % s["file"]], True, "serial", [s["file"]], [s["file"]]))
    if sub == "xp":
        F.append(Fact("school", ["%s的" % s["grade"], "实验小学%s" % s["grade"]], ["班级%s" % s["grade"], "实验小学%s" % s["grade"]],
                      True, None))
        F.append(color_fact("color", s["color"], "的"))
    if sub == "xsz":
        F.append(Fact("school", ["%s%s的" % (s["school"], s["grade"])], ["%s %s" % (s["school"], s["grade"])], True, None))
        F.append(Fact("stuno", ["学号%s" % s["stuno"]], ["学号%s" % s["stuno"]], True, "serial", [s["stuno"]], [s["stuno"]]))
    if sub in ("sbk", "yhk"):
        bo, bf, _ = BANKS[s["bank"]]
        tail = s["card"][-4:]
        F.append(Fact("bank", ["是%s的" % w for w in bo], ["%s" % w for w in bf], False, "brand", bo, bf))
        F.append(Fact("card", ["卡号尾数%s" % tail, "卡号%s" % s["card"], "后四位%s" % tail],
                      ["卡号%s" % spaced(s["card"]), "卡号%s" % mask_mid(s["card"], 6, 4), "尾号%s" % tail], True,
                      "serial", ["尾号" + tail, s["card"]], [spaced(s["card"]), mask_mid(s["card"], 6, 4)]))
    if sub == "yhk" and s["color"]:
        F.append(color_fact("color", s["color"], "的卡"))
    if sub == "hz":
        F.append(Fact("ppno", ["护照号%s" % s["ppno"]], ["护照号码%s" % s["ppno"], "编号%s" % s["ppno"]], True,
                      "serial", [s["ppno"]], [s["ppno"], s["ppno"][:3] + "****" + s["ppno"][-2:]]))
    if sub == "gp":
        fac, fshort = s["fac"]
        F.append(Fact("fac", ["%s的厂牌" % fac, "在%s上班" % fac], ["%s工牌" % fshort, "单位:%s" % fac], True, None))
        F.append(Fact("dept", ["%s的" % s["dept"]], ["部门:%s" % s["dept"]], True, None))
        F.append(Fact("empno", ["工号%s" % s["empno"]], ["工号%s" % s["empno"], "编号%s" % s["empno"].lower()], True,
                      "serial", [s["empno"]], [s["empno"], s["empno"].lower()]))
        F.append(color_fact("color", s["color"], "挂绳"))
    if sub == "mjk":
        F.append(Fact("room", ["%s%s房间的门禁卡" % (s["dorm"], s["room"])], ["卡面手写%s" % s["room"]], True, "marks"))
        F.append(color_fact("color", s["color"]))
    if s.get("holder"):
        F.append(Fact("holder", [s["holder"][0]], [s["holder"][1]], False, "marks"))
    return F


def nouns_id(s):
    return {"sfz": (["身份证"], ["居民身份证", "身份证"], "张"),
            "jsz": (["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "本"),
            "xsz": (["学生证", "孩子的学生证"], ["学生证"], "本"),
            "sbk": (["社保卡"], ["社会保障卡", "社保卡"], "张"),
            "yhk": (["银行卡"], ["银行卡", "借记卡"], "张"),
            "hz": (["护照"], ["护照", "中华人民共和国护照"], "本"),
            "gp": (["厂牌", "工牌", "工作证"], ["工作证", "工牌", "员工卡"], "张"),
            "mjk": (["门禁卡"], ["门禁卡", "IC卡"], "张"),
            "xp": (["校牌", "孩子的校牌"], ["学生校牌", "校牌", "胸牌"], "个")}[s["sub"]]


# --- keys -----------------------------------------------------------------------------------
CHARMS = [("一个小熊玩偶", "小熊挂件"), ("一个平安符", "红色平安符挂件"), ("一把指甲刀", "指甲刀一把"),
          ("一个开瓶器", "开瓶器"), ("一个小铃铛", "铃铛挂件"), ("一个皮卡丘挂件", "皮卡丘公仔挂件"),
          ("一个写着房号的小牌子", "手写门牌号小牌"), ("一个迷你手电筒", "小手电"), ("一个佛珠挂件", "木质佛珠挂件"),
          ("一个葫芦挂件", "小葫芦挂件"), ("一个奥特曼挂件", "奥特曼挂件"), ("一个U盘", "U盘一个")]


def sample_keys(s):
    s["n"] = R.randint(2, 7)
    s["fob"] = pick([None, "blue", "red", "yellow", "black", "green"])
    s["car"] = pick([None, None, None, "byd", "vw", "wuling"])
    s["ebike"] = pick([None, None, "yadea", "aima", "tailg"])
    s["charm"] = pick(CHARMS) if chance(0.8) else None
    s["tag"] = pick([("钥匙上用记号笔写了个“6”", "其中一把钥匙上写有数字6"), ("有一把是铜的老式钥匙", "含铜质老式钥匙一把"),
                     ("有把钥匙套了红色的钥匙帽", "一把钥匙带红色钥匙帽"), ("有个信箱的小钥匙", "含小钥匙一把(疑似信箱)")]) \
        if chance(0.4) else None
    if not (s["fob"] or s["car"] or s["ebike"] or s["charm"] or s["tag"]):
        s["charm"] = pick(CHARMS)
    s["color"] = s["fob"]
    return s


def facts_keys(s):
    n = s["n"]
    F = [Fact("n", ["%d把钥匙" % n, "%s把左右" % CN_DIG[n], "大概%s把钥匙" % ("三四" if n in (3, 4) else CN_DIG[n])],
              ["共%d把" % n, "钥匙%d把" % n], False, None)]
    if s["fob"]:
        ow, fw = COLORS[s["fob"]]
        F.append(Fact("fob", ["有个%s门禁卡" % w for w in ow] + ["带一个%s门禁扣" % ow[0]],
                      ["带%s门禁扣一个" % w for w in fw], True, "color", ow, fw))
    if s["car"]:
        bo, bf, _, _ = BRANDS[s["car"]]
        F.append(Fact("car", ["还有%s汽车钥匙" % w for w in bo], ["含%s汽车遥控钥匙一把" % w for w in bf], True, "brand", bo, bf))
    if s["ebike"]:
        bo, bf, typo, _ = BRANDS[s["ebike"]]
        F.append(Fact("ebike", ["一把%s电动车钥匙" % w for w in bo], ["%s电动车钥匙一把" % w for w in bf + typo], True,
                      "brand" if not s["car"] else None, bo, bf))
    if s["charm"]:
        F.append(Fact("charm", ["挂着" + s["charm"][0]], ["挂有" + s["charm"][1]], True, "marks"))
    if s["tag"]:
        F.append(Fact("tag", [s["tag"][0]], [s["tag"][1]], True, "marks"))
    return F


def nouns_keys(s):
    return ["钥匙", "钥匙串"], ["钥匙", "钥匙串", "钥匙"], "串"


# --- e-bikes --------------------------------------------------------------------------------
def frame_no(b):
    pre = {"yadea": "YD", "aima": "AM", "tailg": "TL", "sunra": "XR", "niu": "NU", "luyuan": "LY"}[b]
    return uniq(lambda: pre + "%02d" % R.randint(18, 25) + pick("ABCDEFGHJK") + digits(7))


def sample_ebike(s):
    s["brand"] = pick(["yadea", "yadea", "aima", "aima", "tailg", "sunra", "niu", "luyuan"])
    s["color"] = pick(["white", "black", "red", "blue", "grey", "pink", "green", "yellow"])
    s["plate"] = uniq(lambda: pick("ABCDE") + digits(5))
    s["frame"] = frame_no(s["brand"])
    s["batt"] = pick([("天能48V电池", "天能电池"), ("超威60V电池", "超威电池"), ("锂电池可以拎下来的", "锂电池"),
                      ("72V大电池", "72V电池")])
    s["mod"] = pick([("后座装了个儿童座椅", "后座加装儿童座椅"), ("车篮里有一件蓝色雨衣", "车篮内有蓝色雨衣"),
                     ("左边后视镜掉了", "缺左后视镜"), ("装了挡风被，红格子的", "装红色格子挡风被"),
                     ("车头贴了个“鑫达”的贴纸", "车头贴有鑫达贴纸"), ("前面加了个手机支架", "车把装手机支架"),
                     ("脚踏板上有一块胶垫，黑色的", "脚踏板铺黑色胶垫"), ("后面加装了个外卖箱", "后座有外卖保温箱")])
    s["mod2"] = pick([("座垫破了用胶带粘着", "坐垫破损缠胶带"), ("车身右边刮花了", "车身右侧有刮痕"), None, None])
    s["model"] = pick({"yadea": ["冠能", "DE3"], "aima": ["A500", "A7"], "tailg": ["F8", "战速"], "sunra": ["XC1"],
                       "niu": ["N1s", "U+"], "luyuan": ["S30", "MODA"]}[s["brand"]] + [None])
    return s


def facts_ebike(s):
    F = [color_fact("color", s["color"]), brand_fact(s["brand"])]
    p = s["plate"]
    F.append(Fact("plate", ["车牌%s" % p, "车牌号%s·%s" % (p[0], p[1:]), "牌照%s" % p.lower()],
                  ["号牌%s" % p, "车牌%s·%s" % (p[0], p[1:]), "牌号%s %s" % (p[0], p[1:])], True, "serial",
                  [p, p.lower()], [p, p[0] + "·" + p[1:]]))
    fr = s["frame"]
    fr_misread = fr.replace("0", "O", 1) if "0" in fr[4:] else fr
    F.append(Fact("frame", ["车架号%s" % fr, "发票上车架号%s" % fr],
                  ["车架号%s" % fr_misread, "车架号后六位%s" % fr[-6:], "车架号%s-%s" % (fr[:5], fr[5:])], True,
                  "serial", [fr], [fr_misread, "后六位" + fr[-6:], fr[:5] + "-" + fr[5:]]))
    F.append(Fact("batt", ["电池是" + s["batt"][0]], ["配" + s["batt"][1]], False, None))
    F.append(Fact("mod", [s["mod"][0]], [s["mod"][1]], True, "marks"))
    if s["mod2"]:
        F.append(Fact("mod2", [s["mod2"][0]], [s["mod2"][1]], True, "marks"))
    if s["model"]:
        F.append(Fact("model", ["型号%s" % s["model"]], ["车身印%s字样" % s["model"]], True, "model", [s["model"]], [s["model"]]))
    return F


def nouns_ebike(s):
    return ["电动车", "电瓶车", "电驴"], ["电动自行车", "电动车", "两轮电动车"], "辆"


# --- bicycles -------------------------------------------------------------------------------
def sample_bicycle(s):
    s["brand"] = pick(["giant", "phoenix", "forever", "xds"])
    s["sub"] = pick(["mtb", "lady", "kid"])
    s["color"] = pick(["black", "white", "red", "blue", "pink", "yellow", "green"])
    s["mark"] = pick([("车筐是白色塑料的", "白色塑料车筐"), ("后座绑了个坐垫", "后货架绑软垫"), ("车铃是卡通的", "卡通车铃"),
                      ("链条套是红的", "红色链罩"), ("把手缠了黑色胶布", "车把缠黑胶布"), ("后轮有辅助轮", "带辅助轮"),
                      ("前轮挡泥板掉了", "缺前挡泥板")])
    s["lock"] = pick([("锁是一把U型锁", "U型锁"), ("用密码锁锁着", "密码锁"), (None, None)])
    s["frame"] = uniq(lambda: pick(["G", "F", "Y", "X"]) + digits(8)) if chance(0.4) else None
    return s


def facts_bicycle(s):
    F = [color_fact("color", s["color"]), brand_fact(s["brand"]), Fact("mark", [s["mark"][0]], [s["mark"][1]], True, "marks")]
    if s["lock"][0]:
        F.append(Fact("lock", [s["lock"][0]], ["车上有" + s["lock"][1]], False, None))
    if s["frame"]:
        F.append(Fact("frame", ["钢印号%s" % s["frame"]], ["车架钢印%s" % s["frame"], "钢印尾号%s" % s["frame"][-4:]], True,
                      "serial", [s["frame"]], [s["frame"], "尾号" + s["frame"][-4:]]))
    return F


def nouns_bicycle(s):
    return {"mtb": (["山地车", "自行车"], ["山地自行车", "自行车"], "辆"),
            "lady": (["自行车", "女式自行车", "单车"], ["女式自行车", "自行车"], "辆"),
            "kid": (["儿童自行车", "小孩的自行车"], ["儿童自行车", "童车"], "辆")}[s["sub"]]


# --- bags -----------------------------------------------------------------------------------
def sample_bag(s):
    s["sub"] = s.get("sub") or pick(["school"] * 3 + ["back"] * 3 + ["hand"] * 2 + ["case"] * 2 + ["woven"])
    sub = s["sub"]
    s["brand"] = {"school": pick(["kalayang", "disney", None]), "back": pick(["xiaomi", None, None]),
                  "hand": pick(["coach", "ck", None]), "case": None, "woven": None}[sub]
    s["color"] = pick(["black", "blue", "pink", "red", "grey", "purple", "green", "yellow"]) if sub != "woven" else pick(["white", "red", "blue"])
    s["owner"] = person_name()
    if sub == "school":
        s["c1"] = ("里面有语文数学课本，写着%s的名字" % s["owner"], "内有课本，署名%s" % s["owner"])
        s["c2"] = pick([("还有一条红领巾", "红领巾一条"), ("文具盒是奥特曼的", "奥特曼文具盒"), ("有个粉色水杯", "粉色水杯一个"),
                        (lambda c: ("作业本上写着%s" % c, "作业本一叠(%s)" % c))(pick(["三(2)班", "五(1)班", "初二5班", "四(3)班"]))])
        s["c3"] = pick([(lambda c: ("书包侧边挂着一个%s" % c, "侧挂%s挂件" % c))(pick(STICKERS)), ("书包背带断了一边", "一侧背带断裂"), None])
    elif sub == "back":
        s["c1"] = pick([("里面有一套厂服", "内有工作服一套"), ("里面有笔记本电脑", "内有笔记本电脑一台"),
                        ("装着换洗衣服和洗漱用品", "内有衣物及洗漱用品")])
        s["c2"] = pick([("有一个保温杯", "保温杯一个"), ("有充电器和数据线", "充电器数据线若干"), ("有一本技能证书", "证书一本"),
                        ("有两包烟一个打火机", "香烟两包打火机一个")])
        s["c3"] = pick([("拉链上挂了个小锁", "拉链上挂小锁"), ("包底沾了油漆", "包底有油漆污渍"), None])
    elif sub == "hand":
        s["c1"] = pick([("里面有口红和粉饼", "内有化妆品(口红、粉饼)"), ("里面有一把伞", "内有折叠伞一把"),
                        ("有一包纸巾和一串钥匙", "纸巾一包、钥匙一串")])
        s["c2"] = pick([("还有一副墨镜", "墨镜一副"), ("有个充电宝", "充电宝一个"), ("里面有两百多块钱", "现金2百余元")])
        s["c3"] = pick([("包带上系了条丝巾", "包带系丝巾"), ("包角磨白了", "包角磨损泛白"), None])
    elif sub == "case":
        s["c1"] = pick([("行李牌上写着%s" % s["owner"], "行李牌姓名%s" % s["owner"]),
                        ("箱子上贴着托运单", "箱体贴有托运标签"), ("拉杆上绑了根红布条", "拉杆系红布条")])
        s["c2"] = pick([("里面是过年的衣服", "箱内为衣物"), ("里面有几罐家里带的辣椒酱", "箱内有辣椒酱数罐"),
                        ("装着给孩子的玩具", "箱内有儿童玩具")])
        s["c3"] = pick([("一个轮子坏了", "一个万向轮损坏"), ("20寸的", "20寸"), ("24寸的", "24寸")])
    else:
        s["c1"] = pick([("编织袋里装着被子", "袋内装棉被"), ("里面是一袋米", "袋内装大米约20斤"),
                        ("装着干活的工具", "内有电工工具")])
        s["c2"] = ("袋口用绳子扎着", "袋口绳子捆扎")
        s["c3"] = pick([("袋子上用毛笔写了个“%s”字" % s["owner"][0], "袋上写有“%s”字" % s["owner"][0]), None])
    return s


def facts_bag(s):
    F = [color_fact("color", s["color"])]
    if s["brand"]:
        F.append(brand_fact(s["brand"]))
    F.append(Fact("c1", [s["c1"][0]], [s["c1"][1]], True, "marks"))
    F.append(Fact("c2", [s["c2"][0]], [s["c2"][1]], True, "marks"))
    if s.get("c3"):
        F.append(Fact("c3", [s["c3"][0]], [s["c3"][1]], True, "marks"))
    return F


def nouns_bag(s):
    return {"school": (["书包", "孩子的书包"], ["学生书包", "双肩书包", "书包"], "个"),
            "back": (["双肩包", "背包"], ["双肩背包", "背包"], "个"),
            "hand": (["包", "手提包", "挎包"], ["女式手提包", "单肩包", "女包"], "个"),
            "case": (["行李箱", "拉杆箱"], ["拉杆箱", "行李箱"], "个"),
            "woven": (["编织袋", "蛇皮袋"], ["编织袋"], "个")}[s["sub"]]


# --- cash -----------------------------------------------------------------------------------
def sample_cash(s):
    s["amount"] = pick([R.randint(10, 60) * 100 + pick([0, 50]), R.randint(3, 19) * 100, R.randint(20, 90) * 10])
    s["wrap"] = pick([("装在工资袋里，上面印着鑫达电子", "装于鑫达电子工资信封内"), ("用一个红包装着", "装于红包内"),
                      ("用橡皮筋捆着", "橡皮筋捆扎"), ("装在一个透明塑料袋里", "装在透明塑料袋中"),
                      ("装在一个牛皮纸信封里", "牛皮纸信封装"), ("折起来夹在一本存折里", "夹于存折内")])
    w = s["wrap"][0]
    if "信封" in w or "工资袋" in w:      # what is written on the envelope goes with an envelope
        s["note"] = pick([("信封上写着%s的名字" % person_name(), None), (None, None)])
    elif "红包" in w:
        s["note"] = pick([("红包上印着“恭喜发财”", "红包印恭喜发财"), ("红包上印着“福”字", "红包印福字"), (None, None)])
    else:
        s["note"] = (None, None)
    return s


def facts_cash(s):
    a = s["amount"]
    h, rest = divmod(a, 100)
    fifty = rest // 50
    tens = (rest % 50) // 10
    count = "百元%d张" % h + ("，五十元%d张" % fifty if fifty else "") + ("，十元%d张" % tens if tens else "")
    F = [Fact("amount", ["%d块" % a, "%s元" % cn_amount(a), "%s块钱左右" % cn_amount(round(a, -2) or a),
                         "%d多" % (a // 100 * 100) if a >= 200 else "%d块钱" % a],
              ["共计%d元(%s)" % (a, count), "人民币%s元" % daxie_amount(a), "清点金额%d元" % a, "现金%d元" % a],
              True, None)]
    # a rubber band or a plastic bag says little; the factory's pay envelope says more
    F.append(Fact("wrap", [s["wrap"][0]], [s["wrap"][1]], "鑫达" in s["wrap"][0], "marks"))
    if s["note"][0]:
        F.append(Fact("note", [s["note"][0]], [s["note"][1] or s["note"][0].replace("信封上写着", "封面手写")], True, "marks"))
    return F


def nouns_cash(s):
    return ["钱", "现金", "工资"], ["现金", "人民币"], "笔"


# --- jewellery ------------------------------------------------------------------------------
def sample_jewelry(s):
    s["sub"] = pick(["jade", "earring", "necklace", "ring", "kid"])
    s["brand"] = pick(["chowtaifook", "laofengxiang", None]) if s["sub"] in ("necklace", "ring", "earring") else None
    if s["sub"] == "jade":
        s["color"] = pick(["green", "white"])
        s["m"] = pick([("上面有一道裂纹，用金子包了边", "有金属包边修补"), ("有一块飘花", "带飘花"), ("内圈有个小缺口", "内圈有缺口")])
        s["m2"] = pick([("圈口56的", "内径约5.6厘米"), ("圈口58", "内径约5.8厘米"), ("圈口54", "内径约5.4厘米")])
    elif s["sub"] == "earring":
        s["color"] = "gold"
        s["m"] = pick([("圆圈形的", "圆环形"), ("水滴形的", "水滴形吊坠式"), ("耳钉，小花的样子", "花朵造型耳钉")])
        s["m2"] = pick([("只丢了一只", "单只"), ("一对", "一对(两只)")])
    elif s["sub"] == "necklace":
        s["color"] = pick(["gold", "silver"])
        s["m"] = pick([(lambda c: ("吊坠是一个生肖%s" % c, "带生肖%s吊坠" % c))(pick("鼠牛虎兔龙蛇马羊猴鸡狗猪")), ("吊坠是个观音", "观音吊坠"),
                       ("吊坠是个转运珠", "转运珠吊坠"), ("没有吊坠，是麻花链", "麻花链无吊坠")])
        s["m2"] = pick([("扣子有点松", "搭扣松动"), ("链子断了", "链子断开"), None])
    elif s["sub"] == "ring":
        s["color"] = pick(["gold", "silver"])
        s["m"] = pick([(lambda c: ("内圈刻了字母%s" % c, "内圈刻“%s”" % c))(pick(["LOVE", "L&W", "ZY", "520", "H♥J"])), ("上面有颗小钻", "镶小钻"),
                       ("是个素圈", "素圈无装饰")])
        s["m2"] = None
    else:
        s["color"] = "silver"
        s["m"] = pick([("小孩戴的银手镯，上面有铃铛", "儿童银手镯带铃铛"), ("宝宝的银脚镯，刻了长命百岁", "银脚镯刻长命百岁")])
        s["m2"] = None
    return s


def facts_jewelry(s):
    # a finder cannot say it is gold: 黄色金属, 疑似
    cw = {"gold": (["金的", "黄金"], ["黄色金属", "疑似黄金", "金色"]), "silver": (["银的", "纯银"], ["银白色金属", "银色"]),
          "green": (["绿色的翡翠", "翡翠的"], ["绿色玉石", "青绿色"]), "white": (["白玉的", "和田玉"], ["白色玉石", "乳白色"])}[s["color"]]
    F = [Fact("color", cw[0], cw[1], False, "color", cw[0], cw[1])]
    if s["brand"]:
        bo, bf, _, _ = BRANDS[s["brand"]]
        F.append(Fact("brand", ["%s买的" % w for w in bo], ["内侧印%s" % w for w in bf], True, "brand", bo, bf))
    F.append(Fact("m", [s["m"][0]], [s["m"][1]], True, "marks"))
    if s.get("m2"):
        F.append(Fact("m2", [s["m2"][0]], [s["m2"][1]], True, "marks"))
    return F


def nouns_jewelry(s):
    return {"jade": (["玉镯", "手镯", "镯子"], ["玉镯", "手镯"], "只"),
            "earring": (["金耳环", "耳环"], ["耳环", "耳饰"], "对" if s.get("m2") and "一对" in s["m2"][0] else "只"),
            "necklace": (["项链", "金项链" if s["color"] == "gold" else "银项链"], ["项链", "链子"], "条"),
            "ring": (["戒指"], ["戒指", "指环"], "枚"),
            "kid": (["银手镯", "小孩的银镯子"], ["儿童银饰", "银镯"], "只")}[s["sub"]]


# --- electronics ----------------------------------------------------------------------------
def sample_electronics(s):
    s["sub"] = pick(["buds"] * 3 + ["power"] * 2 + ["tablet"] * 2 + ["laptop", "hearing", "hearing", "speaker"])
    sub = s["sub"]
    s["brand"] = {"buds": pick(["airpods", "freebuds"]), "power": pick(["romoss", "mi_power"]),
                  "tablet": pick(["ipad", "huawei"]), "laptop": "lenovo", "hearing": pick(["phonak", "signia"]),
                  "speaker": "sast"}[sub]
    s["color"] = pick(["white", "black", "grey", "blue", "pink"]) if sub != "hearing" else pick(["grey", "brown"])
    st, cv, en, nt = pick(STICKERS), pick(["小鸭子", "小恐龙", "草莓", "猫爪", "牛油果"]), \
        pick(["LIN", "阿杰", "NO.7", "平安喜乐", "ZX", "暴富"]), pick(["3号线", "小王的", "宿舍302", "别拿走", "装配二线"])
    s["m"] = {"buds": pick([("耳机盒上贴了个%s" % st, "充电盒贴%s贴纸" % st), ("套了个%s的硅胶套" % cv, "外套%s造型硅胶套" % cv),
                            ("盒子上刻了字“%s”" % en, "盒盖刻字%s" % en)]),
              "power": pick([("上面贴了张纸写着%s" % nt, "贴手写纸条“%s”" % nt), ("一万毫安的，自带线", "10000mAh自带线"),
                             ("两万毫安，很重", "20000mAh")]),
              "tablet": pick([(lambda c: ("装在一个%s的保护套里" % c, "带%s保护套" % c))(pick(["粉色", "蓝色", "卡通", "皮质"])), ("屏幕有一道划痕", "屏幕有划痕"),
                              ("里面下了很多孩子的网课", "儿童学习内容")]),
              "laptop": pick([("ThinkPad，键盘上有个红点", "ThinkPad小红点"), ("拯救者，游戏本", "拯救者系列"), ("小新，银色的", "小新系列")]),
              "hearing": pick([("左耳的", "左耳用"), ("右耳的", "右耳用"), ("一对，装在小盒子里", "一对，带收纳盒")]),
              "speaker": pick([("带拉杆和轮子，跳广场舞用的", "拉杆式广场舞音响"), ("有个无线话筒", "配无线话筒一个")])}[sub]
    s["m2"] = {"buds": pick([("只有盒子和一只左耳", "仅充电盒和左耳耳机"), ("两只都在盒子里", "盒内有两只耳机"), None]),
               "power": pick([("边上摔掉了块漆", "边缘掉漆"), None]),
               "tablet": pick([("背面有小孩用笔画的画", "背面有笔画痕迹"), None]),
               "laptop": pick([("装在黑色电脑包里", "有黑色电脑包"), ("贴了公司资产标签", "贴有资产标签")]),
               "hearing": pick([("耳塞是透明的", "透明耳塞"), None]),
               "speaker": pick([(lambda c: ("侧面写着“%s舞蹈队”" % c, "侧面写有“%s舞蹈队”" % c))(pick(["夕阳红", "幸福里", "翠苑", "快乐"])), None])}[sub]
    s["sn"] = uniq(lambda: pick(["H", "F", "G", "C"]) + digits(3) + pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(6)) \
        if sub in ("tablet", "laptop", "buds") and chance(0.5) else None
    return s


def facts_electronics(s):
    F = [color_fact("color", s["color"]), brand_fact(s["brand"]), Fact("m", [s["m"][0]], [s["m"][1]], True, "marks")]
    if s["m2"]:
        F.append(Fact("m2", [s["m2"][0]], [s["m2"][1]], True, "marks"))
    if s["sn"]:
        sn = s["sn"]
        F.append(Fact("sn", ["序列号%s" % sn, "SN码%s" % sn], ["序列号%s" % "-".join([sn[:4], sn[4:8], sn[8:]]), "S/N %s" % sn],
                      True, "serial", [sn], ["-".join([sn[:4], sn[4:8], sn[8:]]), sn]))
    return F


def nouns_electronics(s):
    return {"buds": (["蓝牙耳机", "耳机"], ["无线耳机", "蓝牙耳机(含充电盒)"], "副"),
            "power": (["充电宝"], ["移动电源", "充电宝"], "个"),
            "tablet": (["平板", "平板电脑"], ["平板电脑"], "台"),
            "laptop": (["笔记本电脑", "电脑"], ["笔记本电脑"], "台"),
            "hearing": (["助听器"], ["助听器"], "个"),
            "speaker": (["音响", "音箱"], ["音箱", "户外音响"], "台")}[s["sub"]]


# --- other ----------------------------------------------------------------------------------
def sample_other(s):
    s["sub"] = pick(["glasses", "glasses", "parcel", "parcel", "cup", "umbrella", "passbook", "scarf", "medicine", "toy", "tools"])
    sub = s["sub"]
    s["brand"] = pick(["thermos", "fuguang"]) if sub == "cup" else None
    s["color"] = pick(["black", "brown", "red", "gold", "blue", "pink", "green"])
    s["name"] = person_name()
    s["m"] = {"glasses": pick([("装在一个红色眼镜盒里，盒子上印着明视眼镜店", "红色眼镜盒(明视眼镜)"), ("度数三百度的", "镜片约+3.00"),
                               ("镜腿用胶布缠过", "镜腿缠胶布"), ("挂着眼镜绳", "带眼镜链")]),
              "parcel": ("收件人%s，手机尾号%s" % (s["name"], digits(4)), None),
              "cup": pick([("杯子上贴着名字%s" % s["name"], "杯身姓名贴:%s" % s["name"]), ("杯盖有点凹", "杯盖凹陷"), ("杯套是针织的", "带针织杯套")]),
              "umbrella": pick([("伞柄是木头的", "木质伞柄"), ("伞面印着银行的字", "伞面印银行广告"), ("折叠伞，断了一根骨", "折叠伞一根伞骨断")]),
              "passbook": ("%s的存折，户名%s" % (pick(["农商银行", "邮政储蓄", "信用社"]), s["name"]), None),
              "scarf": pick([("红领巾上写了名字%s" % s["name"], "红领巾内侧写有“%s”" % s["name"]), ("校服上衣，领子后面写了%s" % s["name"], "校服领标姓名%s" % s["name"])]),
              "medicine": pick([("一袋降压药，袋子上写着开发区卫生院", "开发区卫生院药袋"), ("几盒胰岛素和针头", "胰岛素注射笔及药盒")]),
              "toy": pick([("一个奥特曼的变身器", "奥特曼变身器"), ("一个很旧的布娃娃，孩子睡觉要抱的", "旧布娃娃")]),
              "tools": pick([("电工工具包，里面有万用表", "工具包内有万用表"), ("一把冲击钻，博世的", "博世冲击钻")])}[sub]
    if s["m"][1] is None:
        if sub == "parcel":
            s["m"] = (s["m"][0], "面单收件人%s，电话%s" % (s["name"][0] + "*" + s["name"][2:] if len(s["name"]) > 2 else s["name"][0] + "*",
                                                      "1" + pick("3589") + digits(1) + "****" + s["m"][0][-4:]))
        else:
            s["m"] = (s["m"][0], "户名%s" % s["name"])
    s["m2"] = {"parcel": pick([("里面是两双鞋", "包裹较轻(未拆)"), ("是个小纸箱，中通的", "中通小纸箱"), ("韵达的袋子，里面是衣服", "韵达快递袋")]),
               "glasses": pick([("黑框的", "黑色镜框"), ("金属框，金色的", "金色金属框"), None]),
               "medicine": pick([("药袋上写着名字%s" % s["name"], "药袋姓名%s" % s["name"]), None])}.get(sub)
    return s


def facts_other(s):
    F = []
    if s["sub"] in ("cup", "umbrella", "toy", "tools"):
        F.append(color_fact("color", s["color"]))
    if s["brand"]:
        F.append(brand_fact(s["brand"]))
    F.append(Fact("m", [s["m"][0]], [s["m"][1]], True, "marks" if s["sub"] not in ("passbook", "parcel") else None))
    if s.get("m2"):
        F.append(Fact("m2", [s["m2"][0]], [s["m2"][1]], True, "marks"))
    return F


def nouns_other(s):
    return {"glasses": (["老花镜", "眼镜"], ["老花镜", "眼镜"], "副"),
            "parcel": (["快递", "包裹"], ["快递包裹", "包裹"], "件"),
            "cup": (["保温杯", "水杯"], ["保温杯"], "个"),
            "umbrella": (["雨伞", "伞"], ["雨伞"], "把"),
            "passbook": (["存折"], ["存折"], "本"),
            "scarf": (["红领巾", "校服"], ["红领巾", "校服"], "件"),
            "medicine": (["药", "一袋药"], ["药品", "药袋"], "袋"),
            "toy": (["玩具"], ["儿童玩具"], "个"),
            "tools": (["工具", "工具包"], ["工具包", "电动工具"], "个")}[s["sub"]]


CATS = {
    "phone": (sample_phone, facts_phone, nouns_phone),
    "wallet": (sample_wallet, facts_wallet, nouns_wallet),
    "id_doc": (sample_id, facts_id, nouns_id),
    "keys": (sample_keys, facts_keys, nouns_keys),
    "ebike": (sample_ebike, facts_ebike, nouns_ebike),
    "bicycle": (sample_bicycle, facts_bicycle, nouns_bicycle),
    "bag": (sample_bag, facts_bag, nouns_bag),
    "cash": (sample_cash, facts_cash, nouns_cash),
    "jewelry": (sample_jewelry, facts_jewelry, nouns_jewelry),
    "electronics": (sample_electronics, facts_electronics, nouns_electronics),
    "other": (sample_other, facts_other, nouns_other),
}
# a busy town desk: phones, wallets, documents, keys, bags first (true pairs; never-found reports)
TRUE_MIX = {"phone": 32, "wallet": 24, "id_doc": 24, "keys": 18, "bag": 15, "electronics": 9, "ebike": 8,
            "other": 7, "cash": 5, "jewelry": 5, "bicycle": 3}
NEVER_MIX = {"phone": 12, "wallet": 10, "id_doc": 9, "keys": 6, "bag": 6, "electronics": 5, "ebike": 3,
             "other": 3, "cash": 2, "jewelry": 2, "bicycle": 2}


def cat_list(mix):
    out = [c for c, n in mix.items() for _ in range(n)]
    R.shuffle(out)
    return out


def new_object(cat, sub=None):
    s = {"cat": cat}
    if sub:
        s["sub"] = sub
    return CATS[cat][0](s)


# what a near twin shares with the object: how it looks (and, for papers, whose kind of paper)
LOOK = ("sub", "brand", "color", "model", "case", "case_color", "fob", "car", "ebike", "n", "batt", "class",
        "school", "grade", "fac", "dept", "bank", "dorm", "knows_tail", "says_name")


def mutate(s, slot):
    """A near twin: an object of the same look (kind, brand, colour, model, case...) that belongs
    to someone else, with `slot` surely different. Only the look is copied; identity (numbers,
    names) and the other marks come from a fresh object."""
    cat = s["cat"]
    for _ in range(80):
        t = new_object(cat, s.get("sub"))
        if s.get("sub") is not None and t.get("sub") != s.get("sub"):
            continue
        u = dict(t)
        for k in LOOK:
            if k in s:
                u[k] = s[k]
        keys = {"case": ["case", "case_color"], "fob": ["fob", "color"], "school": ["school", "grade"]}.get(slot, [slot])
        for k in keys:
            u[k] = t.get(k)
        if cat == "ebike":
            u["frame"] = frame_no(s["brand"])
        if s.get("bank") and slot != "bank":
            u["card"] = bank_card(s["bank"])
        if u.get(slot) is None or u.get(slot) == s.get(slot):
            continue
        if slot == "model" and cat == "phone" and u["model"] not in PHONE_MODELS.get(u["brand"], [u["model"]]):
            continue
        if slot in ("name", "idname", "kidname") and set(u[slot]) & set(s[slot]):
            continue       # another person: no character in common, not a misread one
        a = {f.slot: f for f in CATS[cat][1](s)}.get(slot)
        b = {f.slot: f for f in CATS[cat][1](u)}.get(slot)
        if a is None or b is None or set(a.f or []) & set(b.f or []) or set(a.o or []) & set(b.o or []):
            continue       # a reader could not tell the two apart on this fact
        return u
    return None


# ---------------------------------------------------------------------------------------------
# Text: times, places, styles
# ---------------------------------------------------------------------------------------------
def clock_of(min_ago):
    t = NOW_HOUR * 60 - min_ago
    day = (-t + DAY - 1) // DAY if t < 0 else 0
    hm = t + day * DAY
    return day, hm // 60, hm % 60


def day_word(day):
    return {0: "今天", 1: "昨天", 2: "前天"}.get(day) or ("%d天前" % day if day < 7 else
                                                      "上周" if day < 14 else "半个多月前" if day < 28 else
                                                      "一个多月前" if day < 60 else "两个多月前")


def part_of_day(h):
    return "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14 else \
        "下午" if h < 18 else "晚上"


def hour12(h):
    return h if h <= 12 else h - 12


def time_phrase(min_ago, precise=True):
    day, h, m = clock_of(min_ago)
    dw = day_word(day)
    if day >= 7:
        return dw
    if not precise:
        return dw + part_of_day(h)
    mm = "" if m < 15 else "半" if 25 <= m <= 40 else "多"
    return "%s%s%d点%s" % (dw, part_of_day(h), hour12(h), mm)


def window_phrase(lf, lt):
    d1, h1, _ = clock_of(lf)
    d2, h2, _ = clock_of(lt)
    if d1 >= 7:
        return pick(["大概%d天前" % d1, "%s(具体哪天记不清了)" % day_word(d1)]) if d1 < 14 else \
            "%s，具体哪天记不清了" % day_word(d1)
    if lf - lt > 2 * DAY:
        return pick(["大概%s到%s之间" % (day_word(d1), day_word(d2)),
                     "(%s还在，这几天没注意)" % day_word(d1)])
    if d1 == d2:
        return pick(["%s%d点到%d点之间" % (day_word(d1), h1, h2 if h2 > h1 else h1 + 1),
                     "%s%s" % (day_word(d1), part_of_day(h1)),
                     "%s%s%d点多到%s%d点左右" % (day_word(d1), part_of_day(h1), hour12(h1), part_of_day(h2), hour12(h2))])
    return "%s%s到%s%s之间" % (day_word(d1), part_of_day(h1), day_word(d2), part_of_day(h2))


TRAD = str.maketrans("钱银钥证机红蓝绿丢门车华为张号买电话现块个东这边场厂时间后没发书学网说们头对开区来里给还钥黄贴镯项链环壳带乱过卡钱儿乐态丽办从",
                     "錢銀鑰證機紅藍綠丟門車華為張號買電話現塊個東這邊場廠時間後沒發書學網說們頭對開區來裡給還鑰黃貼鐲項鏈環殼帶亂過卡錢兒樂態麗辦從")
HOMO = [("钱包", "前包"), ("身份证", "身分证"), ("钥匙", "要是"), ("充电宝", "冲电宝"), ("驾驶证", "驾使证"),
        ("银行卡", "银航卡"), ("耳环", "耳还"), ("手镯", "手卓"), ("学生证", "学生正"), ("已经", "以经"),
        ("因为", "应为"), ("在", "再"), ("的", "得"), ("电动车", "电动扯"), ("手机", "手鸡"), ("书包", "书报"),
        ("助听器", "住听器"), ("老花镜", "老花境"), ("麻烦", "麻番"), ("谢谢", "写写")]


def to_fullwidth(t):
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z") else c for c in t)


def pinyin_typos(t, n=2):
    cands = [p for p in HOMO if p[0] in t]
    R.shuffle(cands)
    for a, b in cands[:n]:
        t = t.replace(a, b, 1)
    return t


VOICE_SUBS = [("华为", "花为"), ("小米", "小蜜"), ("钥匙", "要是"), ("身份证", "身份正"), ("钱包", "钱宝"),
              ("电动车", "店动车"), ("门禁卡", "门进卡"), ("工牌", "公牌"), ("耳机", "儿机"), ("充电宝", "冲电宝"),
              ("vivo", "维沃"), ("OPPO", "欧泊"), ("iPhone", "爱疯"), ("苹果", "平果"), ("雅迪", "压底"), ("爱玛", "艾玛")]


def voiceify(t, read_digits=True):
    """What a phone's voice input makes of a person speaking: no punctuation, fillers, 同音字,
    digits spoken one by one."""
    for a, b in VOICE_SUBS:
        if a in t and chance(0.6):
            t = t.replace(a, b)
    out = []
    run = ""
    for c in t + " ":
        if c.isdigit():
            run += c
            continue
        if run:
            out.append(spoken_digits(run) if len(run) >= 4 and read_digits else run)
            run = ""
        out.append(c)
    t = "".join(out).strip()
    for p in "，。、；：":
        t = t.replace(p, pick([" ", "", " 那个 ", " 就是 ", " 嗯 "]) if chance(0.5) else " ")
    return pick(["喂 ", "嗯 ", "那个 ", ""]) + t.strip()


BACKSTORY = ["我来这边打工两年多了，平时东西都放得好好的。", "那天刚下夜班，人太累了，脑子里一直想着老家孩子生病的事。",
             "我已经在老乡群里问过了，也问了保安，都说没看到。", "本来想着算了，家里人说还是来派出所登记一下。",
             "我普通话说得不好，麻烦警官帮我写一下。", "回去的路上还接了好几个电话，可能是那时候掉的，也可能不是。",
             "我老婆说我丢三落四，这个月已经是第二回了。", "这几天厂里赶货，天天加班到很晚。",
             "我当时还以为是放在另一个口袋里了，到了才发现没有。"]
STORAGE = ["已交派出所值班室保管", "暂存派出所拾遗物品柜", "已送至派出所", "现存服务台", "暂由保安室保管，已报派出所"]


# ---------------------------------------------------------------------------------------------
# Writing one side. sel: the facts this side states (chosen by the caller).
# ---------------------------------------------------------------------------------------------
def render(side, cat, s, facts, sel, style, place, when):
    """Returns (body, fields, stated) for one registration. side: "o" owner / "f" finder."""
    no, nf, cl = CATS[cat][2](s)
    noun = pick(no if side == "o" else nf)
    fields = {}
    phrases = []
    stated = {}
    for f in facts:
        if f.slot not in sel:
            continue
        opts = f.o if side == "o" else f.f
        if not opts or (style == "short" and not f.fld):
            continue
        i = R.randrange(len(opts))
        txt = opts[i]
        phrases.append(txt)
        stated[f.slot] = True
        words = f.ow if side == "o" else f.fw
        if f.fld and (chance(0.75) or f.fld == "serial" or style == "short"):
            if f.fld == "marks":
                fields["marks"] = (fields["marks"] + "；" if "marks" in fields else "") + txt
            elif words:
                w = words[min(i, len(words) - 1)] if len(words) == len(opts) else pick(words)
                if f.fld not in fields:
                    fields[f.fld] = w
    R.shuffle(phrases)
    ph = "，".join(phrases)
    if side == "o" and style in ("desk", "grid", "parent", "employer"):
        ph = ph.replace("我们", "他们").replace("我", "其")      # written down by someone else
    addr, where_said = place[0], place[1]
    surname = (s.get("name") or s.get("idname") or s.get("owner") or pick(SURNAMES))[0]
    if side == "o":
        tw = window_phrase(*when)
        if style == "short":
            col = s.get("color")
            body = "%s%s一%s" % (pick(COLORS[col][0]) if col in COLORS and chance(0.8) else "", noun, cl)
        elif style == "grid":
            who = pick(["阿姨", "大爷", "奶奶", "爷爷"])
            nm = surname
            body = "网格员代登记：%s%s%s（%d岁）说%s%s在%s把%s丢了，%s。老人不会用智能手机，有消息请联系网格员小%s。" % (
                pick(ZONES["xingfu"]["owner"] + ZONES["cuiyuan"]["owner"]), nm, who, R.randint(66, 84),
                "她" if who in ("阿姨", "奶奶") else "他", tw, where_said, noun, ph, pick(SURNAMES))
        elif style == "parent":
            body = "家长来所反映：孩子%s在%s弄丢了%s，%s。孩子说不清楚具体丢在哪。" % (tw, where_said, noun, ph)
        elif style == "employer":
            body = "%s代员工报失：员工%s%s在%s丢失%s一%s，%s。该员工外省人，本地无亲属。" % (
                (s["fac"][0] if s.get("fac") else pick(["鑫达电子厂", "锦华服装厂"])) + pick(["人事部", "行政", "宿管"]),
                surname + "某", tw, where_said, noun, cl, ph)
        elif style == "chatty":
            zone = place[2]
            pre = pick(["我是在%s上班的，外地来的，" % pick(["鑫达", "锦华", "物流园"]), "今天真是倒霉，",
                        "不好意思麻烦你们了，", "我也是急得不行了，", "跟你们说一下情况，"])
            mid = {"square": "跳完舞准备回家才发现", "bus": "下车走到半路一摸才发现", "night": "吃完烧烤结账的时候才发现",
                   "market": "买完东西到门口才发现", "xinda_dorm": "回到宿舍一摸口袋才发现",
                   "school1": "接孩子回家路上才发现", "school2": "晚自习下课才发现"}.get(zone) or \
                pick(["当时人很多挤来挤去的，回去才发现", "下班回去才发现", "到家换衣服的时候才发现"])
            tail = pick(["麻烦帮忙留意一下，谢谢！", "谁捡到了麻烦联系我，必有重谢！",
                         "已经回去找过一遍了没找到，麻烦派出所帮忙看看监控。", "我晚上都在厂里上班，白天可以来所里。"])
            if cat in ("id_doc", "wallet"):
                tail = pick([tail, "证件补办太麻烦了，而且过几天要回老家，请帮帮忙。"])
            if cat == "jewelry":
                tail = pick([tail, "东西不值多少钱，但是是我妈留给我的。"])
            body = "%s%s在%s，%s%s不见了。%s。%s" % (pre, tw, where_said, mid, noun, ph, tail)
            if chance(0.3):     # the very long ones: the story around it, no new facts
                story = R.sample(BACKSTORY, 3)
                body = body[:len(pre)] + "".join(story) + body[len(pre):]
        elif style == "desk":
            body = "报失人称其%s在%s遗失%s一%s，%s。" % (tw, where_said, noun, cl, ph)
        else:   # self
            body = pick(["%s在%s丢了%s，%s，捡到请联系。" % (tw, where_said, noun, ph),
                         "本人%s在%s遗失%s一%s，%s。" % (tw, where_said, noun, cl, ph),
                         "%s不见了，%s。最后一次用是%s在%s。" % (noun, ph, tw, where_said)])
    else:
        tw = time_phrase(when, precise=chance(0.7))
        if style == "short":
            col = s.get("color")
            body = "%s%s一%s" % (pick(COLORS[col][1]) if col in COLORS and chance(0.8) else "", noun, cl)
        else:
            zone = place[2]
            role = pick(ZONES[zone]["finder_role"])
            if style == "courier":
                role = pick(["中通快递员", "韵达快递员", "顺丰小哥", "驿站老板"])
            if style == "driver":
                route = place[3] or ""
                role = "K3路公交司机" if "K3" in route else "5路车驾驶员" if "5路" in route else \
                    "K8路司机" if "K8" in route else "城际班车司机"
            if style == "police":
                body = "%s巡逻时在%s发现%s一%s，%s，无人看管，%s。" % (pick(["民警", "辅警", "巡逻队员"]), addr, noun, cl, ph,
                                                          pick(STORAGE[:3]))
            elif style == "driver":
                body = "%s%s收车时在车厢内拾得%s一%s，%s，交%s。" % (role, tw, noun, cl, ph, addr)
            elif style == "grid":
                body = "网格员巡查%s时拾得%s一%s，%s，已送派出所。" % (addr, noun, cl, ph)
            else:
                body = pick(["%s于%s在%s拾得%s一%s，%s，%s。" % (role, tw, addr, noun, cl, ph, pick(STORAGE)),
                             "%s交来：%s在%s捡到%s，%s。" % (role, tw, addr, noun, ph),
                             "拾得%s一%s。%s，拾得地点%s，时间%s，送交人:%s。" % (noun, cl, ph, addr, tw, role)])
    if side == "o" and style in ("grid", "voice") and s.get("name") and s["cat"] == "id_doc":
        body = body.replace(s["name"], homo_name(s["name"]))     # the name as heard, not read
    if style == "voice":
        body = voiceify(body, read_digits=(side == "o"))     # a clerk's dictation keeps the digits
    return body, fields, stated


# ---------------------------------------------------------------------------------------------
# Assembling pairs and negatives
# ---------------------------------------------------------------------------------------------
found, lost = [], []
NOTES = {}         # key -> the kinds of variation written into it (for the counts in SET7.md)
N_OTHER_CAT = 7    # true pairs whose finder filed the thing under a neighbouring category
OTHER_CAT = {("phone", "kid"): "electronics", ("id_doc", "mjk"): "keys", ("other", "passbook"): "id_doc",
             ("electronics", "hearing"): "other", ("id_doc", "gp"): "other"}
meta_found = {}    # key -> (slots, stated slots, xy, minutes)
meta_lost = {}


OUTDOOR = ("门口", "出站口", "停车棚", "楼下", "充电桩", "广场", "篮球场", "入口", "公交站", "大门", "旁", "操场", "点")


def place_for(zone, side, relative=None, outdoor=False):
    z = ZONES[zone]
    if side == "o":
        x, y = z["x"] + R.uniform(-0.05, 0.05), z["y"] + R.uniform(-0.05, 0.05)
        if relative:
            return (relative, relative, zone), (x, y)
        w = pick(z["owner"])
        said = pick([w, w + "那边", w + "附近", w + "里"])
        if zone in ("night", "square", "market") and chance(0.3):
            said = "%s和%s之间那段路上" % (w, pick([r for r in ROADS if r not in w]))
        return (w, said, zone), (x, y)
    spots = [sp for sp in z["spots"] if any(w in sp[0] for w in OUTDOOR) and not any(w in sp[0] for w in ("车筐", "货架"))] \
        if outdoor else z["spots"]
    spot, dx, dy = pick(spots or z["spots"])
    return (spot, spot, zone), (z["x"] + dx, z["y"] + dy)


def geo_fields(addr, xy, give_coords):
    d = {"address": addr}
    if give_coords:
        lat, lon = to_latlon(*xy)
        d["lat"], d["lon"] = lat, lon
    return d


def choose_sel(facts, side_first, hard, must_shared=None):
    """Pick which facts each side states. Returns (owner_sel, finder_sel)."""
    both = [f for f in facts if f.o and f.f]
    owner_only = [f for f in facts if f.o and not f.f]
    finder_only = [f for f in facts if f.f and not f.o]
    dist = [f for f in both if f.d]
    plain = [f for f in both if not f.d]
    R.shuffle(dist)
    R.shuffle(plain)
    if hard:
        # two or three concrete facts in common, at least one distinctive
        k = R.choice([2, 3])
        shared = dist[:1] + (plain + dist[1:])[:k - 1]
    else:
        shared = dist[:R.randint(2, 4)] + plain[:R.randint(1, 3)]
    if must_shared:
        for f in facts:
            if f.slot in must_shared and f not in shared and f.o and f.f:
                shared.append(f)
    osel = {f.slot for f in shared}
    fsel = {f.slot for f in shared}
    rest = [f for f in both if f not in shared]
    R.shuffle(rest)
    # what one side says that the other does not (never a contradiction)
    for f in rest[:R.randint(0, 2)]:
        (osel if chance(0.5) else fsel).add(f.slot)
    for f in owner_only:
        if chance(0.4 if not hard else 0.6):
            osel.add(f.slot)
    for f in finder_only:
        if chance(0.5):
            fsel.add(f.slot)
    if not hard and not any(f.slot in osel and f.d for f in facts):
        osel.add(dist[0].slot) if dist else None
    return osel, fsel


def mk_times(old=False):
    """A loss window (from, to) and a plausible moment of loss within it."""
    if old:
        start = R.randint(20 * DAY, 80 * DAY)
    else:
        start = int(R.expovariate(1 / (3 * DAY))) + R.randint(60, 600)
        start = min(start, 40 * DAY)
    width = pick([R.randint(30, 180), R.randint(120, 600), R.randint(600, 1800), R.randint(2 * DAY, 5 * DAY)])
    width = width if chance(0.9) else R.randint(60, 240)
    lf = start + width
    lt = max(0, start - R.randint(0, 120))
    lt = min(lt, lf)
    loss = R.randint(lt, lf)
    return lf, lt, loss


OWNER_STYLES = ["desk"] * 6 + ["self"] * 6 + ["chatty"] * 2 + ["voice"] * 2 + ["grid"] + ["parent"] + ["employer"]
FINDER_STYLES = ["desk"] * 20 + ["police"] * 2 + ["grid"] * 2 + ["voice"]


def owner_style(s):
    st = pick(OWNER_STYLES)
    if st == "parent" and not (s.get("sub") in ("kid", "school", "xsz", "xp", "scarf", "toy") or s["cat"] == "bicycle"):
        st = "self"
    if s.get("sub") in ("kid", "school", "xsz", "xp") and chance(0.6):
        st = "parent"
    if s.get("sub") in ("elder", "jade", "earring", "hearing", "glasses", "passbook", "speaker") and chance(0.6):
        st = "grid"
    if s.get("sub") == "gp" and chance(0.4):
        st = "employer"
    if st == "grid" and s.get("sub") in ("xsz", "xp", "jsz", "hz", "gp", "mjk", "kid", "school", "laptop", "back"):
        st = "self"        # not what a grid worker registers for an elderly resident
    return st


def owner_zone(s):
    sub = s.get("sub")
    if sub in ("kid", "school", "xsz", "xp", "scarf", "toy"):
        return pick(["school1", "school1", "school2", "square", "market"])
    if sub in ("elder", "jade", "earring", "hearing", "glasses", "passbook", "speaker", "medicine"):
        return pick(["square", "square", "night", "market", "clinic", "xingfu", "cuiyuan"])
    if sub in ("gp", "mjk") or s["cat"] in ("cash",):
        return pick(["xinda", "xinda_dorm", "jinhua", "night", "market", "bus"])
    if sub == "parcel":
        return pick(["yizhan", "logis"])
    if sub in ("case", "woven"):
        return "bus"
    return pick(NEAR_ZONES)


def style_pass(body, tags, p_trad=0.05, p_typo=0.12):
    if chance(p_typo):
        b2 = pinyin_typos(body)
        if b2 != body:
            tags.add("pinyin_typo")
        body = b2
    if chance(p_trad):
        body = body.translate(TRAD)
        tags.add("traditional")
    elif chance(p_trad):
        body = to_fullwidth(body)
        tags.add("fullwidth")
    return body


def add_lost(key, s, facts, osel, zone, times, truth, style=None, relative=None):
    place, xy = place_for(zone, "o", relative)
    style = style or owner_style(s)
    lf, lt, _ = times
    body, fields, stated = render("o", s["cat"], s, facts, osel, style, place, (lf, lt))
    tags = {"style:" + style}
    if relative:
        tags.add("relative_place")
    body = style_pass(body, tags)
    NOTES[key] = tags
    item = {"key": key, "category": s["cat"], "body": body}
    item.update(fields)
    # a bus route is no point: an owner who lost it on the bus gives no coordinates
    item.update(geo_fields(place[0], xy, chance(0.75) and not relative))
    item["lost_from_min"], item["lost_to_min"], item["truth"] = lf, lt, truth
    lost.append(item)
    meta_lost[key] = (s, set(osel) & set(stated), xy, times, {f.slot for f in facts if f.d})
    return item


def add_found(key, s, facts, fsel, zone, when, negative=None, style=None, route=None):
    place, xy = place_for(zone, "f", outdoor=s["cat"] in ("ebike", "bicycle"))     # no bike in a workshop
    if style == "driver":      # handed in where the bus comes in
        spot, dx, dy = pick([sp for sp in ZONES["bus"]["spots"] if "调度室" in sp[0] or "候车厅" in sp[0]])
        place, xy = (spot, spot, "bus"), (ZONES["bus"]["x"] + dx, ZONES["bus"]["y"] + dy)
    place = place + (route,)
    style = style or pick(FINDER_STYLES)
    if zone in ("yizhan", "logis") and chance(0.5) and style == "desk":
        style = "courier"
    if s["cat"] == "ebike" and chance(0.4):
        style = "police"
    body, fields, stated = render("f", s["cat"], s, facts, fsel, style, place, when)
    tags = {"style:" + style}
    body = style_pass(body, tags, 0.03, 0.05)
    NOTES[key] = tags
    item = {"key": key, "category": s["cat"], "body": body}
    item.update(fields)
    item.update(geo_fields(place[0], xy, chance(0.7)))
    item["found_at_min"] = when
    if negative:
        item["negative"] = negative
    found.append(item)
    meta_found[key] = (s, set(fsel) & set(stated), xy, when, {f.slot for f in facts if f.d})
    return item


def slot_value(s, slot):
    if slot == "addr":
        return s["idnum"][:2]
    if slot == "case":
        return s.get("case"), s.get("case_color")
    return s.get(slot)


def agreement(lk, fk_):
    """How a careful officer would read a lost report against a found item: None when something
    rules it out (category, kind, found before the loss began, far away, a stated fact that
    disagrees), else the set of stated slots on which both agree."""
    s, ls, lxy, times, ld = meta_lost[lk]
    t, fs, fxy, when, fd = meta_found[fk_]
    if s["cat"] != t["cat"] or s.get("sub") != t.get("sub") or when > times[0]:
        return None
    # distance rules nothing out: in a zone 6 km across a thing travels in a pocket or a basket
    common = ls & fs
    if any(differs(x, slot_value(s, x), slot_value(t, x), s["cat"]) for x in common):
        return None
    return common, ld


# features an object can have several of: a finder naming another one does not rule the
# owner's out (a white basket says nothing against taped handlebars)
NONEXCL = {("bicycle", "mark"), ("bicycle", "lock"), ("ebike", "mod"), ("ebike", "mod2"), ("wallet", "extra"),
           ("wallet", "wear"), ("bag", "c2"), ("bag", "c3"), ("keys", "tag"), ("other", "m"), ("other", "m2"),
           ("electronics", "m2"), ("jewelry", "m2"), ("id_doc", "holder")}


def differs(slot, a, b, cat=None):
    """Whether two values of a slot tell a careful reader that these are two things. Counts
    and sums are said roughly by owners ("七把左右", "400多"), so only a clear gap counts."""
    if (cat, slot) in NONEXCL:
        return False
    if slot == "n":
        return abs(a - b) >= 3
    if slot in ("cash", "amount"):
        return abs(a - b) > 0.3 * max(a, b)
    return a != b


def tempting_without_fault(lk, fk_):
    """A found item a careful human could not rule out for lost report lk."""
    a = agreement(lk, fk_)
    if a is None:
        return False
    common, ld = a
    return bool(common & ld) or bool(common & {"color", "brand"}) or not meta_lost[lk][1]


def pop_lost(key):
    assert lost[-1]["key"] == key
    lost.pop()
    del meta_lost[key]


def pop_found(key):
    assert found[-1]["key"] == key
    found.pop()
    del meta_found[key]


def lost_conflicts(lk_, truth):
    """Found items other than the truth that a careful reader could take for lk_'s object."""
    out = []
    for fk_ in meta_found:
        if fk_ != truth:
            a = agreement(lk_, fk_)
            if a is not None and a[0] & a[1]:
                out.append(fk_)
    return out


def found_conflicts(fk_, owner=None):
    out = []
    for lk_ in meta_lost:
        if lk_ != owner:
            a = agreement(lk_, fk_)
            if a is not None and a[0] & a[1]:
                out.append(lk_)
    return out


def audit():
    """Refuses a set in which a careful reader could not tell: a found item other than the truth
    that agrees with a lost report on a distinctive fact and disagrees on nothing, or a true
    pair that disagrees or shares nothing distinctive."""
    faults = []
    for lk_, item in ((x["key"], x) for x in lost):
        truth = item["truth"]
        if truth:
            a = agreement(lk_, truth)
            if a is None or not (a[0] & a[1]):
                faults.append("%s: truth %s not identifiable" % (lk_, truth))
        for fk_ in meta_found:
            if fk_ == truth:
                continue
            a = agreement(lk_, fk_)
            if a is not None and (a[0] & a[1]):
                faults.append("%s: %s also agrees on %s" % (lk_, fk_, sorted(a[0] & a[1])))
    for f in faults:
        print("audit:", f, file=sys.stderr)
    return faults


def report_counts():
    """Prints the counts that SET7.md quotes (kept items only)."""
    labels = ["true", "twin", "decoy", "before", "far", "unclaimed"]
    print("  %-12s %5s %5s | %s" % ("category", "pairs", "never", " ".join("%9s" % x for x in labels)))
    for cat in CATS:
        row = [sum(1 for f in found if f["category"] == cat and f.get("negative", "true") == x) for x in labels]
        print("  %-12s %5d %5d | %s" % (cat, sum(1 for x in lost if x["category"] == cat and x["truth"]),
                                        sum(1 for x in lost if x["category"] == cat and not x["truth"]),
                                        " ".join("%9d" % v for v in row)))
    c = collections.Counter()
    for side, items in (("lost", lost), ("found", found)):
        for it in items:
            for tag in NOTES[it["key"]]:
                if not tag.startswith(("of:", "slot:")):
                    c[side + " " + tag] += 1
            for fld in ("color", "brand", "model", "serial", "marks", "address", "lat"):
                if fld in it:
                    c[side + " field " + fld] += 1
    for k in sorted(c):
        print("  %-34s %d" % (k, c[k]))


def fkey(i):
    return "U-F%04d" % i


def lkey(i):
    return "U-L%04d" % i


# a registration of a few words is only fair where the fields carry what identifies the thing
SHORT_OK = ("phone", "id_doc", "wallet", "bag", "electronics", "ebike")


def make_true_pair(i, cat, k, fkk, hard_idx, short_idx, true_lost):
    """One lost report and the found item that is the same object, each in its own words."""
    s = new_object(cat)
    facts = CATS[cat][1](s)
    hard = i in hard_idx
    osel, fsel = choose_sel(facts, "o", hard)
    zone = owner_zone(s)
    relative = None
    if (zone == "bus" and chance(0.5)) or (cat in ("phone", "wallet", "bag", "electronics", "cash") and chance(0.08)):
        relative, zone = pick(ROUTES)
    times = mk_times(old=chance(0.05))
    lf, lt, loss = times
    delay = pick([R.randint(5, 90), R.randint(60, 600), R.randint(600, 3 * DAY)])
    fat = max(0, loss - delay)
    short_ok = cat in SHORT_OK
    ostyle = "short" if (i in short_idx and i % 2 == 0 and short_ok) else None
    fstyle = "short" if (i in short_idx and ostyle is None and short_ok) else None
    if ostyle == "short" or fstyle == "short":
        hard = False
    add_lost(k, s, facts, osel, zone, times, fkk, style=ostyle, relative=relative)
    # the finder picked it up in the same zone (or where the bus ended)
    fz = zone if (hard or chance(0.85)) else pick([z for z in NEAR_ZONES if dist_km(zone_xy(z), zone_xy(zone)) < 1.3] or [zone])
    if relative and fstyle is None and chance(0.7):
        fstyle = "driver"          # the driver found it when the bus came in
        fz = "bus"
    add_found(fkk, s, facts, fsel, fz, fat, style=fstyle, route=relative)
    a = agreement(k, fkk)
    if a is None or not (a[0] & a[1]) or lost_conflicts(k, fkk) or found_conflicts(fkk, k):
        pop_found(fkk)
        pop_lost(k)
        return False
    if hard:
        NOTES[k].add("hard")
    other = OTHER_CAT.get((cat, s.get("sub")))
    if other and sum(1 for n in NOTES.values() if "other_category" in n) < N_OTHER_CAT and chance(0.5):
        found[-1]["category"] = other       # the desk filed it elsewhere (电话手表 as 电子产品 ...)
        NOTES[fkk].add("other_category")
    true_lost.append((k, s, facts, osel, fz, times, fat))
    return True


def main(out):
    # found keys are shuffled so that a found item's number says nothing about its pair
    n_found = N_TRUE + N_TWIN + N_DECOY + N_BEFORE + N_FAR + N_UNCLAIMED
    fkeys = [fkey(i + 1) for i in range(n_found)]
    R.shuffle(fkeys)
    fkeys_back = []       # keys handed back by a refused negative, used again first

    def fk_next():
        return fkeys_back.pop() if fkeys_back else next(fk_iter)
    fk_iter = iter(fkeys)

    class _K:
        def __next__(self):
            return fk_next()
    fk = _K()
    lkeys = [lkey(i + 1) for i in range(N_TRUE + N_NEVER)]
    R.shuffle(lkeys)
    lk = iter(lkeys)

    hard_idx = set(R.sample(range(N_TRUE), N_HARD))
    short_idx = set(R.sample(sorted(set(range(N_TRUE)) - hard_idx), 10))
    true_lost = []    # (lkey, slots, facts, osel, zone, times)
    assert sum(TRUE_MIX.values()) == N_TRUE and sum(NEVER_MIX.values()) == N_NEVER
    true_cats = cat_list(TRUE_MIX)
    for i in range(N_TRUE):
        k = next(lk)
        fkk = next(fk)
        for _ in range(100):
            if make_true_pair(i, true_cats[i], k, fkk, hard_idx, short_idx, true_lost):
                break
        else:
            raise SystemExit("make_set7: could not place true pair %d" % i)

    # near twins of true objects: the same kind, colour and brand; one fact the owner stated differs
    made = 0
    order = list(range(N_TRUE))
    R.shuffle(order)
    for i in order:
        if made >= N_TWIN:
            break
        k, s, facts, osel, zone, times, fat = true_lost[i]
        stated_d = [f for f in facts if f.slot in meta_lost[k][1] and f.d and f.f and f.slot not in ("cash",)
                    and (s["cat"], f.slot) not in NONEXCL]
        if not stated_d:
            continue
        f0 = pick(stated_d)
        t = mutate(s, f0.slot)
        if t is None:
            continue
        tf = CATS[s["cat"]][1](t)
        _, fsel = choose_sel(tf, "f", False, must_shared={f0.slot, "color", "brand"})
        when = max(0, fat + R.randint(-2 * DAY, 2 * DAY))
        when = min(when, times[0])       # found after the loss began: only the fact tells them apart
        key = next(fk)
        add_found(key, t, tf, fsel, zone, when, negative="twin")
        NOTES[key] |= {"of:" + k, "slot:" + f0.slot}
        if found_conflicts(key):
            pop_found(key)
            fkeys_back.append(key)
            continue
        made += 1
    twin_short = N_TWIN - made

    # lost reports whose object never turns up; many with a tempting decoy nearby
    made_decoy = 0
    never = []
    lkeys_back = []
    never_cats = cat_list(NEVER_MIX)
    while len(never) < N_NEVER:
        i = len(never)
        cat = never_cats[i]
        s = new_object(cat)
        facts = CATS[cat][1](s)
        osel, _ = choose_sel(facts, "o", False)
        zone = owner_zone(s)
        times = mk_times(old=chance(0.15))
        k = lkeys_back.pop() if lkeys_back else next(lk)
        add_lost(k, s, facts, osel, zone, times, None, style="short" if i < 3 and cat in SHORT_OK else None)
        if lost_conflicts(k, None) or not meta_lost[k][1]:
            pop_lost(k)
            lkeys_back.append(k)
            continue
        never.append((k, s, facts, zone, times))
    for j in range(6 * N_NEVER):
        if made_decoy >= N_DECOY + twin_short:
            break
        k, s, facts, zone, times = never[3 + j % (N_NEVER - 3)]    # not the three short ones
        stated_d = [f for f in facts if f.slot in meta_lost[k][1] and f.d and f.f and (s["cat"], f.slot) not in NONEXCL]
        if not stated_d:
            continue       # a decoy must disagree on something the owner said
        t = None
        for _ in range(10):
            f0 = pick(stated_d)
            t = mutate(s, f0.slot)
            if t:
                break
        if t is None:
            continue
        tf = CATS[s["cat"]][1](t)
        _, fsel = choose_sel(tf, "f", False, must_shared={f0.slot, "color", "brand"})
        lf, lt, loss = times
        when = max(0, loss + pick([-1, 1]) * R.randint(DAY, 4 * DAY))
        if when > lf:
            when = lf + R.randint(DAY, 3 * DAY)
        key = next(fk)
        add_found(key, t, tf, fsel, zone, min(when, MAX_MIN - 1), negative="decoy")
        NOTES[key] |= {"of:" + k, "slot:" + f0.slot}
        if found_conflicts(key):
            pop_found(key)
            fkeys_back.append(key)
            continue
        made_decoy += 1

    # found before the loss began: same kind/colour/brand at the same place, other details
    pool = [(k, s, facts, zone, times) for (k, s, facts, osel, zone, times, fat) in true_lost] + never
    R.shuffle(pool)
    made_before = 0
    for k, s, facts, zone, times in pool:
        if made_before >= N_BEFORE:
            break
        stated_d = [f for f in facts if f.slot in meta_lost[k][1] and f.d and f.f] or [f for f in facts if f.d and f.f]
        t = mutate(s, pick(stated_d).slot) if stated_d else None
        if t is None:
            t = new_object(s["cat"], s.get("sub"))
            for kk in ("brand", "color"):
                t[kk] = s.get(kk)
        tf = CATS[s["cat"]][1](t)
        _, fsel = choose_sel(tf, "f", False, must_shared={"color", "brand"})
        when = min(times[0] + R.randint(DAY, 10 * DAY), MAX_MIN - 1)
        key = next(fk)
        add_found(key, t, tf, fsel, zone, when, negative="before")
        if found_conflicts(key):
            pop_found(key)
            fkeys_back.append(key)
            continue
        made_before += 1

    # same brand, far away, weeks apart
    branded = [(k, s, zone, times) for (k, s, facts, osel, zone, times, fat) in true_lost if s.get("brand")] + \
              [(k, s, zone, times) for (k, s, facts, zone, times) in never if s.get("brand")]
    R.shuffle(branded)
    made_far = 0
    for k, s, zone, times in branded:
        if made_far >= N_FAR:
            break
        t = new_object(s["cat"], s.get("sub"))
        t["brand"] = s["brand"]
        if s["cat"] == "ebike":
            t["frame"] = frame_no(s["brand"])
            t["model"] = s.get("model")
        if s["cat"] == "phone" and s["brand"] in PHONE_MODELS:
            t["model"] = pick(PHONE_MODELS[s["brand"]])
        tf = CATS[s["cat"]][1](t)
        _, fsel = choose_sel(tf, "f", False, must_shared={"brand"})
        far = [z for z in ZONES if dist_km(zone_xy(z), zone_xy(zone)) > 3.0]
        fz = pick(far) if far else max(ZONES, key=lambda z: dist_km(zone_xy(z), zone_xy(zone)))
        lf, lt = times[0], times[1]
        if lt >= 16 * DAY and chance(0.5):
            when = lt - R.randint(14 * DAY, min(30, lt // DAY - 1) * DAY)     # weeks after
        else:
            when = min(lf + R.randint(14 * DAY, 35 * DAY), MAX_MIN - 1)      # weeks before
        key = next(fk)
        add_found(key, t, tf, fsel, fz, when, negative="far")
        if found_conflicts(key):
            pop_found(key)
            fkeys_back.append(key)
            continue
        made_far += 1

    # unclaimed things of every category
    cats = list(CATS)
    i = 0
    while len(found) < n_found:     # the rest of the keys: whatever the other kinds left
        cat = cats[i % len(cats)]
        i += 1
        key = next(fk)
        for _ in range(200):
            t = new_object(cat)
            tf = CATS[cat][1](t)
            _, fsel = choose_sel(tf, "f", False)
            add_found(key, t, tf, fsel, pick(list(ZONES)), R.randint(0, 60 * DAY), negative="unclaimed")
            if not any(tempting_without_fault(lk_, key) for lk_ in meta_lost):
                break
            found.pop()
            del meta_found[key]
        else:
            raise SystemExit("make_set7: no unclaimed item of %s fits" % cat)

    if audit():
        raise SystemExit("make_set7: the set fails its own reading (see above)")

    report_counts()
    found.sort(key=lambda x: x["key"])
    lost.sort(key=lambda x: x["key"])
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set7.py", "parts": {"set7": {"found": found, "lost": lost}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost" % (out, len(found), len(lost)))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "set7.json"))
