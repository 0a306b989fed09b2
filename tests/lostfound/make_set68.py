#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind labelled lost-and-found set 68: 澜沧湾镇, a southern coastal fishing town in the August
typhoon season.

Writes tests/lostfound/set68.json.  Every registration is rendered from a hidden truth record of
one object, separately for the owner (lost report) and for the finder (found item), each in their
own voice and knowing only what that person could know.  The truth records never leave this
script.  Deterministic: one random.Random(SEED); nothing depends on hash order.

Written blind: the author saw only the brief, never the matcher.
"""
import json
import math
import os
import random
import sys
from datetime import datetime, timedelta

SEED = 6868
PFX = "S68"
PART = "set68"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set68.json")

R = random.Random(SEED)
# All minute values are "minutes before one common moment of registration", notionally
# 2025-08-30 21:00 local time; dates written in bodies come from that calendar.
REF = datetime(2025, 8, 30, 21, 0)
MAXMIN = 172800
NEAR_KM = 15.0          # within this, place alone never rules a candidate out
TYPHOON_DAY = 21        # 台风"海鹞" made landfall on 8月21日 (invented)


# ----------------------------------------------------------------------------- random helpers
def pick(seq):
    seq = list(seq)
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


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ----------------------------------------------------------------------------- check digits
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


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


REGION = {
    "local": ["4408"],
    "湖南": ["43"], "河南": ["41"], "湖北": ["42"], "四川": ["51"],
    "江西": ["36"], "贵州": ["52"], "陕西": ["61"], "安徽": ["34"],
}
INLAND = ["湖南", "河南", "湖北", "四川", "江西", "贵州", "陕西", "安徽"]


def make_idnum(origin, year, male):
    pre = REGION[origin][0]
    if len(pre) == 4:
        region = pre + "%02d" % R.randint(11, 89)
    else:
        region = pre + "%02d" % R.randint(1, 13) + "%02d" % R.randint(21, 29)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = R.randint(0, 99) * 10 + (R.choice([1, 3, 5, 7, 9]) if male else R.choice([0, 2, 4, 6, 8]))
    s17 = region + "%04d%02d%02d" % (year, m, d) + "%03d" % seq
    return s17 + id_check(s17)


def id_forms(idn, side):
    full = [idn, idn[:6] + " " + idn[6:14] + " " + idn[14:]]
    masked = [idn[:6] + "********" + idn[14:], idn[:4] + "**********" + idn[14:],
              idn[:3] + "*" * 11 + idn[14:], "尾号" + idn[14:]]
    if side == "o":
        return pick(full) if chance(0.8) else pick(masked)
    return pick(full) if chance(0.55) else pick(masked[:3])


def make_imei():
    p = "86" + digits(12)
    return p + luhn_digit(p)


def imei_forms(imei, side):
    a = imei
    forms = [a, a, "%s-%s-%s-%s" % (a[:2], a[2:8], a[8:14], a[14]),
             " ".join([a[0:4], a[4:8], a[8:12], a[12:]]), a[:8] + " " + a[8:]]
    return pick(forms)


BANKS = [("农行卡", "农业银行卡", "6228"), ("邮储卡", "邮政储蓄卡", "6210"),
         ("农商银行卡", "农商行卡", "6230"), ("工行卡", "工商银行卡", "6222"),
         ("建行卡", "建设银行卡", "6217"), ("信用社卡", "农村信用社卡", "6231")]


def tail_forms(bank, tail, side):
    b = [x for x in BANKS if x[0] == bank][0]
    if side == "o":
        return pick(["%s尾号%s" % (b[0], tail), "%s，卡号后四位%s" % (b[0], tail),
                     "一张%s（尾号%s）" % (b[0], tail), "%s 后4位%s" % (b[1], tail)])
    return pick(["%s一张，卡号%s****%s" % (b[1], b[2], tail),
                 "%s（%s **** **** %s）" % (b[1], b[2], tail),
                 "%s一张 尾号%s" % (b[0], tail), "银行卡 ****%s（%s）" % (tail, b[1])])


def tail_serial(bank, tail, side):
    b = [x for x in BANKS if x[0] == bank][0]
    if side == "o":
        return pick(["尾号%s" % tail, "%s尾号%s" % (b[0], tail), "%s****%s" % (b[2], tail)])
    return pick(["%s****%s" % (b[2], tail), "%s **** **** %s" % (b[2], tail), "尾号" + tail])


# ----------------------------------------------------------------------------- names
SURN = list("陈林黄李吴梁杨蔡郑许冯邓莫谭庞符洪柯周王张刘何潘钟詹曾彭")
GIV_M = list("海生强华伟明财福水旺德胜宝杰涛俊锋浩宇成辉文金来春荣贵添")
GIV_F = list("妹娟芳秀兰珍玲丽婷静欣怡萱雪梅英凤琴燕霞莲玉娇翠")
GIV_K = list("梓轩宇涵欣怡墨诗可睿泽安然朵乐晨")
USED_NAMES = set()


def make_name(sex, kid=False):
    for _ in range(200):
        pool = GIV_K if kid else (GIV_M if sex == "m" else GIV_F)
        n = pick(SURN) + pick(pool) + (pick(pool) if chance(0.8) else "")
        if n not in USED_NAMES and len(n) >= 2:
            USED_NAMES.add(n)
            return n
    raise RuntimeError("names")


FOR_FIRST = ["Jonas", "Marie", "Tomasz", "Elin", "Lukas", "Sofia", "Aiko", "Daniel", "Hannah",
             "Mateo", "Greta", "Pieter"]
FOR_LAST = ["Keller", "Dubreuil", "Wronecki", "Lindqvar", "Brennholt", "Moretto", "Tanabeo",
            "Okafemi", "Vargasz", "Silvano", "Haugdal", "Ostrander"]


def make_foreign():
    return pick(FOR_FIRST) + " " + pick(FOR_LAST)


def nick(name):
    return pick(["阿" + name[-1], name[0] + "生" if chance(0.3) else "阿" + name[-1], name])


# ----------------------------------------------------------------------------- places
# id: (aliases, lat, lon, spots, english, pinyin)
PLACES = {
    "harbour": (["渔港", "澜沧湾渔港", "渔港码头", "码头", "港口"], 21.4531, 110.8702,
                ["3号泊位", "卸鱼区", "渔港大排档门口", "加油趸船旁", "渔具店门口", "上落的石阶"],
                "the fishing harbour", "yugang"),
    "iceplant": (["制冰厂", "冰厂", "澜沧湾制冰厂"], 21.4548, 110.8731,
                 ["碎冰口", "装冰台", "门口磅秤旁", "冰厂外空地"], "the ice plant", "bingchang"),
    "shelter": (["避风塘", "避风港"], 21.4515, 110.8745,
                ["避风塘岸边", "渔排上", "石阶边"], "the typhoon shelter", "bifengtang"),
    "nightmarket": (["海鲜夜市", "夜市", "海鲜街夜市", "大排档那条街"], 21.4575, 110.8655,
                    ["第三排炒螺档", "烧烤档", "海鲜加工档", "公共厕所旁", "停车场入口",
                     "糖水铺", "生蚝摊"], "the seafood night market", "yeshi"),
    "ferrypier": (["轮渡码头", "客运码头", "渡口", "候船厅"], 21.4502, 110.8760,
                  ["候船厅", "售票窗口", "检票口", "登船栈桥", "码头停车场"],
                  "the ferry pier", "lundu matou"),
    "ferry": (["渡轮上", "澜沧6号渡轮", "去青螺岛的船上", "轮渡船上"], 21.4300, 110.9050,
              ["二层客舱", "一层座位区", "船尾甲板", "卫生间"], "the ferry", "chuan shang"),
    "island": (["青螺岛", "青螺岛码头", "岛上"], 21.4050, 110.9390,
               ["灯塔下", "民宿门口", "环岛路", "候船亭"], "Qingluo Island", "qingluo dao"),
    "beach": (["银沙滩", "沙滩", "海滩", "银沙湾海滩"], 21.4420, 110.8590,
              ["淋浴间", "救生员岗亭旁", "沙滩排球场", "椰子树下", "更衣室"],
              "Yinsha beach", "shatan"),
    "boardwalk": (["观海栈道", "新栈道", "木栈道", "海边栈道"], 21.4445, 110.8560,
                  ["栈道北入口", "观景台", "中段长椅", "南头公厕"], "the new boardwalk", "zhandao"),
    "hospital": (["镇卫生院", "卫生院", "澜沧湾镇卫生院"], 21.4610, 110.8620,
                 ["门诊大厅", "缴费窗口", "住院部三楼", "急诊室", "输液室", "门口车棚"],
                 "the township hospital", "weishengyuan"),
    "school": (["中心小学", "澜沧湾镇中心小学", "镇小", "学校"], 21.4635, 110.8680,
               ["校门口", "操场", "一年级教室", "家长等候区", "食堂"],
               "the primary school", "xuexiao"),
    "depot": (["骑手站点", "外卖站点", "配送站"], 21.4598, 110.8705,
              ["充电柜旁", "门口", "休息棚", "换电柜旁"], "the delivery depot", "zhandian"),
    "market": (["农贸市场", "菜市场", "澜沧湾市场"], 21.4588, 110.8672,
               ["鱼档区", "猪肉档", "市场门口", "水果摊"], "the market", "caishichang"),
    "busstation": (["汽车站", "镇汽车站", "客运站"], 21.4650, 110.8600,
                   ["候车室", "售票厅", "出站口"], "the bus station", "qichezhan"),
    "village": (["渔民新村", "新村"], 21.4520, 110.8630,
                ["村口榕树下", "篮球场", "小卖部门口"], "the fishermen's village", "xincun"),
    "seawall": (["海堤路", "海堤", "堤路"], 21.4560, 110.8690,
                ["中段", "凉亭", "公交站旁"], "the sea wall road", "haidi lu"),
    # far towns (25 km and more away): only for negatives that place rules out
    "beili": (["北沥镇"], 21.7010, 110.7020, ["北沥镇墟市", "北沥镇车站", "北沥镇河堤"],
              "Beili town", "beili"),
    "lanxi": (["蓝溪县城"], 21.9030, 111.0480, ["蓝溪县城步行街", "蓝溪县城人民广场", "蓝溪县城客运站"],
              "Lanxi county town", "lanxi"),
    "gangtou": (["港头镇"], 21.2480, 110.5520, ["港头镇渔港", "港头镇市场"],
                "Gangtou town", "gangtou"),
    "hailing": (["海陵市区"], 22.1520, 110.9530, ["海陵市区商业街", "海陵市区汽车总站"],
                "Hailing city", "hailing"),
}
TOWN = ["harbour", "iceplant", "shelter", "nightmarket", "ferrypier", "ferry", "island", "beach",
        "boardwalk", "hospital", "school", "depot", "market", "busstation", "village", "seawall"]
FAR = ["beili", "lanxi", "gangtou", "hailing"]
ADJ = {
    "harbour": ["iceplant", "shelter", "seawall"], "iceplant": ["harbour", "shelter"],
    "shelter": ["harbour", "iceplant"], "nightmarket": ["seawall", "market"],
    "ferrypier": ["ferry", "seawall"], "ferry": ["ferrypier", "island"],
    "island": ["ferry"], "beach": ["boardwalk"], "boardwalk": ["beach", "seawall"],
    "hospital": ["seawall", "busstation"], "school": ["village", "market"],
    "depot": ["market", "seawall"], "market": ["nightmarket", "depot"],
    "busstation": ["hospital", "market"], "village": ["school", "harbour"],
    "seawall": ["nightmarket", "harbour", "boardwalk"],
}


def dist_km(a, b):
    la1, lo1 = PLACES[a][1], PLACES[a][2]
    la2, lo2 = PLACES[b][1], PLACES[b][2]
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def alias(pid):
    return pick(PLACES[pid][0])


def spot(pid):
    return pick(PLACES[pid][3])


def town_prefix(pid):
    return "" if pid in FAR else "澜沧湾镇"


def latlon(pid, jitter=0.0012):
    la, lo = PLACES[pid][1], PLACES[pid][2]
    return (round(la + R.uniform(-jitter, jitter), 5), round(lo + R.uniform(-jitter, jitter), 5))


# ----------------------------------------------------------------------------- time phrases
def at(m):
    return REF - timedelta(minutes=m)


def daypart(h):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def h12(h):
    if h > 12:
        return h - 12
    return h


def date_zh(dt, style):
    if style == "formal":
        return "%d月%d日" % (dt.month, dt.day)
    if style == "hao":
        return "%d号" % dt.day
    return pick(["%d月%d日" % (dt.month, dt.day), "%d月%d号" % (dt.month, dt.day)])


def clock_zh(dt, style):
    h, mi = dt.hour, dt.minute
    if style == "formal":
        return "%d时%02d分许" % (h, mi) if mi else "%d时许" % h
    dp = daypart(h)
    if mi == 0:
        return dp + "%d点" % h12(h) + pick(["", "左右", "多"])
    if mi == 30:
        return dp + "%d点半" % h12(h) + pick(["", "左右"])
    return dp + "%d点%d分" % (h12(h), mi) + pick(["", "左右"])


def window_zh(frm, to, style):
    a, b = at(frm), at(to)
    span = frm - to
    if span <= 90:
        return date_zh(a, style) + clock_zh(a, style) + pick(["到", "至"]) + \
            (("%d时%02d分" % (b.hour, b.minute)) if style == "formal" else clock_zh(b, "x").rstrip("左右多"))
    if a.date() == b.date():
        if style == "formal":
            return "%s%d时至%d时之间" % (date_zh(a, style), a.hour, b.hour)
        return "%s%s%d点到%s%d点之间" % (date_zh(a, style), daypart(a.hour), h12(a.hour),
                                    daypart(b.hour) if daypart(b.hour) != daypart(a.hour) else "",
                                    h12(b.hour))
    if span <= 36 * 60:
        return "%s%s到%s%s" % (date_zh(a, style), daypart(a.hour), date_zh(b, "hao"), daypart(b.hour))
    return "%s到%s这几天" % (date_zh(a, style), date_zh(b, "hao"))


def moment_zh(m, style):
    dt = at(m)
    return date_zh(dt, style) + clock_zh(dt, style)


MONTHS_EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def window_en(frm, to):
    a, b = at(frm), at(to)

    def hh(d):
        h = d.hour
        hm = "%d" % (h12(h) if h12(h) else 12) + (":%02d" % d.minute if d.minute else "")
        return hm + ("am" if h < 12 else "pm")
    if a.date() == b.date():
        return "on %s %d between %s and %s" % (MONTHS_EN[a.month], a.day, hh(a), hh(b))
    return "between %s %d %s and %s %d %s" % (MONTHS_EN[a.month], a.day, hh(a),
                                           MONTHS_EN[b.month], b.day, hh(b))


def window_py(frm, to):
    a = at(frm)
    return "%d yue %d hao" % (a.month, a.day)


# ----------------------------------------------------------------------------- colours
# canonical: (plain, fancy (owners, marketing), loose (finders), english, pinyin)
COLORS = {
    "black": (["黑色", "黑"], ["哑光黑", "曜石黑", "幻夜黑", "亮黑色"], ["深色", "黑色", "黑"], "black", "heise"),
    "white": (["白色", "白"], ["珍珠白", "雪域白", "米白色"], ["白色", "白"], "white", "baise"),
    "silver": (["银色"], ["星河银", "冰霜银", "银白色"], ["银色", "银灰色"], "silver", "yinse"),
    "grey": (["灰色", "灰"], ["深空灰", "石墨灰", "铁灰色"], ["灰色", "深灰"], "grey", "huise"),
    "gold": (["金色"], ["香槟金", "流沙金", "土豪金"], ["金色", "金黄色"], "gold", "jinse"),
    "blue": (["蓝色", "蓝"], ["宝石蓝", "天空蓝", "湖水蓝", "海蓝色"], ["蓝色", "浅蓝"], "blue", "lanse"),
    "navy": (["深蓝色", "藏青色"], ["藏蓝", "午夜蓝"], ["深蓝", "藏青"], "navy", "shenlan"),
    "red": (["红色", "红"], ["中国红", "酒红色", "大红色"], ["红色", "红"], "red", "hongse"),
    "pink": (["粉色", "粉红色"], ["樱花粉", "浅粉色", "玫瑰粉"], ["粉色", "粉红"], "pink", "fense"),
    "purple": (["紫色"], ["浅紫色", "星云紫", "薰衣草紫"], ["紫色", "淡紫"], "purple", "zise"),
    "green": (["绿色", "绿"], ["墨绿色", "薄荷绿", "军绿色"], ["绿色", "绿"], "green", "lvse"),
    "yellow": (["黄色"], ["柠檬黄", "明黄色"], ["黄色"], "yellow", "huangse"),
    "orange": (["橙色", "橘色"], ["荧光橙", "橘红色"], ["橙色", "橘黄色"], "orange", "chengse"),
    "brown": (["棕色", "咖啡色"], ["驼色", "焦糖色", "深棕色"], ["棕色", "咖啡色", "褐色"], "brown", "zongse"),
    "transparent": (["透明"], ["透明磨砂"], ["透明"], "clear", "touming"),
}
COMPAT = {frozenset(p) for p in [("navy", "blue"), ("navy", "black"), ("silver", "grey"),
                                  ("silver", "white"), ("gold", "yellow"), ("pink", "red"),
                                  ("pink", "purple"), ("red", "orange"), ("brown", "orange"),
                                  ("grey", "black"), ("transparent", "white")]}


def color_compat(a, b):
    return a == b or frozenset((a, b)) in COMPAT


def color_text(c, side):
    plain, fancy, loose, en, py = COLORS[c]
    if side == "o":
        return pick(fancy) if chance(0.3) else pick(plain)
    if side == "p":
        return pick(plain)
    return pick(loose) if chance(0.35) else pick(plain)


# ----------------------------------------------------------------------------- brands
# key: (chinese forms, latin forms, typos / sound-alikes)
BRANDS = {
    "huawei": (["华为"], ["HUAWEI", "Huawei", "huawei"], ["华伟", "华位"]),
    "honor": (["荣耀"], ["HONOR", "honor"], ["荣曜"]),
    "apple": (["苹果"], ["Apple", "apple"], ["平果", "苹菓"]),
    "xiaomi": (["小米"], ["Xiaomi", "MI", "xiaomi"], ["小咪"]),
    "oppo": (["欧珀"], ["OPPO", "oppo", "Oppo"], ["0PPO"]),
    "vivo": (["维沃"], ["vivo", "VIVO"], ["vivi"]),
    "samsung": (["三星"], ["Samsung", "SAMSUNG"], ["三心"]),
    "yadea": (["雅迪"], ["Yadea", "YADEA", "yadi"], ["亚迪", "雅笛"]),
    "aima": (["爱玛"], ["AIMA", "Aima"], ["艾玛", "爱马"]),
    "tailg": (["台铃"], ["TAILG", "Tailg"], ["台玲", "泰铃"]),
    "sunra": (["新日"], ["SUNRA", "Sunra"], ["新曰"]),
    "luyuan": (["绿源"], ["LUYUAN", "luyuan"], ["绿园"]),
    "niu": (["小牛"], ["NIU", "niu"], ["小妞"]),
    "tianneng": (["天能"], ["TIANNENG", "tianneng"], ["天龙"]),
    "chilwee": (["超威"], ["CHILWEE", "chaowei"], ["超伟"]),
    "goldlion": (["金利来"], ["Goldlion", "GOLDLION"], ["金利莱"]),
    "septwolves": (["七匹狼"], ["SEPTWOLVES", "Septwolves"], ["七匹郎"]),
    "coach": (["蔻驰"], ["COACH", "Coach"], ["寇驰", "蔻弛"]),
    "nike": (["耐克"], ["Nike", "NIKE"], ["奈克"]),
    "adidas": (["阿迪达斯", "阿迪"], ["adidas", "Adidas"], ["阿迪大斯"]),
    "decathlon": (["迪卡侬"], ["Decathlon", "DECATHLON"], ["迪卡龙"]),
    "wuling": (["五菱"], ["Wuling", "WULING"], ["五龄"]),
    "byd": (["比亚迪"], ["BYD", "byd"], ["比亚笛"]),
    "toyota": (["丰田"], ["TOYOTA", "Toyota"], ["丰天"]),
    "honda": (["本田"], ["HONDA", "Honda"], ["本天"]),
    "vw": (["大众"], ["VW", "Volkswagen"], ["大中"]),
    "ctf": (["周大福"], ["CTF", "Chow Tai Fook"], ["周大富"]),
    "lfx": (["老凤祥"], ["LAOFENGXIANG"], ["老凤翔"]),
    "css": (["周生生"], ["Chow Sang Sang", "CSS"], ["周生升"]),
    "romoss": (["罗马仕"], ["ROMOSS", "romoss"], ["罗马士"]),
    "anker": (["安克"], ["Anker", "ANKER"], ["安可"]),
    "xtc": (["小天才"], ["imoo"], ["小天材"]),
    "dji": (["大疆"], ["DJI", "dji"], ["大将"]),
    "gopro": (["狗Pro"], ["GoPro", "gopro"], ["够pro"]),
    "hytera": (["海能达"], ["Hytera", "HYT"], ["海能答"]),
    "baofeng": (["宝锋"], ["BAOFENG", "Baofeng"], ["宝峰"]),
    "giant": (["捷安特"], ["GIANT", "Giant"], ["捷安持"]),
    "merida": (["美利达"], ["MERIDA", "Merida"], ["美丽达"]),
    "phoenix": (["凤凰"], ["PHOENIX", "Phoenix"], ["风凰"]),
    "forever": (["永久"], ["FOREVER", "Forever"], ["永久牌"]),
    "youbei": (["优贝"], ["YOUBEI", "youbei"], ["优倍"]),
    "tiantang": (["天堂伞", "天堂"], ["TIANTANG"], ["天棠"]),
    "jiaoxia": (["蕉下"], ["Beneunder", "BENEUNDER"], ["焦下"]),
    "gw": (["光威"], ["GW", "gw"], ["光伟"]),
    "daiwa": (["达瓦", "达亿瓦"], ["DAIWA", "Daiwa"], ["达娃"]),
    "shimano": (["禧玛诺", "西马诺"], ["SHIMANO", "Shimano"], ["喜玛诺"]),
    "thermos": (["膳魔师"], ["THERMOS", "Thermos"], ["善魔师"]),
    "fuguang": (["富光"], ["FUGUANG", "fuguang"], ["富广"]),
    "locklock": (["乐扣乐扣", "乐扣"], ["LOCK&LOCK", "locklock"], ["乐口"]),
}
# phones are often named after the product, not the maker
BRAND_EXTRA = {("apple", "phone"): ["iPhone", "iphone", "苹果手机", "爱疯"],
               ("apple", "earbuds"): ["AirPods", "airpods"],
               ("apple", "tablet"): ["iPad", "ipad"],
               ("huawei", "earbuds"): ["FreeBuds"],
               ("xtc", "kidwatch"): ["小天才电话手表"]}


def brand_text(b, side, kind):
    zh, latin, typo = BRANDS[b]
    extra = BRAND_EXTRA.get((b, kind), [])
    if side == "o":
        x = R.random()
        if x < 0.5:
            return pick(zh)
        if x < 0.78:
            return pick(latin)
        if x < 0.9 and extra:
            return pick(extra)
        return pick(typo) if chance(0.6) else pick(zh)
    x = R.random()
    if x < 0.5:
        return pick(latin)
    if x < 0.85:
        return pick(zh)
    if extra and x < 0.95:
        return pick(extra)
    return pick(typo) if chance(0.4) else pick(latin)


def brand_en(b, kind):
    zh, latin, typo = BRANDS[b]
    return latin[0]


MODELS = {
    ("phone", "huawei"): ["Mate 66 Pro", "nova 19", "畅享 80", "Pura 90"],
    ("phone", "honor"): ["X70i", "Play 11T", "荣耀 300"],
    ("phone", "apple"): ["iPhone 18", "iPhone 18 Pro", "iPhone 17 Plus"],
    ("phone", "xiaomi"): ["Redmi Note 19", "小米 16", "Redmi 15C"],
    ("phone", "oppo"): ["A98", "Reno 18", "Find X10"],
    ("phone", "vivo"): ["Y89s", "S29", "X300"],
    ("phone", "samsung"): ["Galaxy A77"],
    ("ebike", "yadea"): ["冠能E9", "DE3"], ("ebike", "aima"): ["A600", "小金豆"],
    ("ebike", "tailg"): ["超能N7", "钻石TX"], ("ebike", "sunra"): ["XC3", "乐途"],
    ("ebike", "luyuan"): ["S30", "MODA"], ("ebike", "niu"): ["G5", "U2C"],
    ("earbuds", "apple"): ["AirPods 5", "AirPods Pro 3"], ("earbuds", "huawei"): ["FreeBuds 8i"],
    ("earbuds", "xiaomi"): ["Buds 7"],
    ("smartwatch", "huawei"): ["WATCH GT 7"], ("smartwatch", "apple"): ["Watch S11"],
    ("smartwatch", "xiaomi"): ["Watch S5"],
    ("actioncam", "dji"): ["Osmo Action 7"], ("actioncam", "gopro"): ["HERO 15"],
    ("tablet", "apple"): ["iPad 13"], ("tablet", "huawei"): ["MatePad 14"],
    ("tablet", "xiaomi"): ["Pad 9"],
}
MODEL_ALT = {"畅享 80": ["畅想80"], "小米 16": ["mi16"], "荣耀 300": ["荣耀300"],
             "Redmi Note 19": ["红米Note19", "红米note 19"], "Redmi 15C": ["红米15C"],
             "冠能E9": ["冠能e9"], "Osmo Action 7": ["Action7"], "HERO 15": ["hero15"]}


def model_text(m, side):
    forms = [m, m.replace(" ", ""), m.lower(), m.lower().replace(" ", "")]
    if m.startswith("iPhone "):
        forms += [m[7:], m[7:].replace(" ", "").lower()]
    forms += MODEL_ALT.get(m, [])
    return pick(forms)


# ----------------------------------------------------------------------------- other identifiers
BOATS = ["澜渔0832", "澜渔1107", "澜渔0519", "澜渔2263", "澜渔0748", "澜渔1395", "澜渔0086",
         "澜渔1620", "澜渔0974", "澜渔2031"]
FRAME_PFX = {"yadea": "YD", "aima": "AM", "tailg": "TL", "sunra": "XR", "luyuan": "LY",
             "niu": "NU", "giant": "GT", "merida": "MD", "phoenix": "FH", "forever": "YJ",
             "youbei": "YB", None: "ZX"}


def make_plate():
    return pick("ABCDE") + digits(5)


def plate_forms(p, side):
    full = ["澜沧%s" % p, "澜沧%s·%s" % (p[0], p[1:]), "%s%s" % (p[0], p[1:]),
            "澜沧 %s-%s" % (p[0], p[1:])]
    if side == "o" and chance(0.25):
        return "尾号" + p[-3:]
    return pick(full)


def make_frame(brand):
    return FRAME_PFX.get(brand, "ZX") + "%02d" % R.randint(19, 25) + pick("ABCDEFGHKM") + digits(7)


def frame_forms(f):
    return pick([f, f, f.lower(), f[:4] + " " + f[4:8] + " " + f[8:], "后六位" + f[-6:]])


def make_bserial(brand):
    pre = {"tianneng": "TN", "chilwee": "CW"}.get(brand, "LI")
    return pre + "%02d%02d" % (R.randint(22, 25), R.randint(1, 12)) + digits(6)


# ----------------------------------------------------------------------------- kinds
def V(o, f, en=None, py=None):
    return {"o": o, "f": f, "en": en, "py": py}


KINDS = {}


def kind(name, **kw):
    base = dict(cat=None, fcats=None, group=name, qty_o="一个", qty_f="一个", noun_o=[name],
                noun_f=[name], en=None, py=None, colors=None, ck=(0.9, 0.85), brands=None,
                bk=(0.8, 0.6), mk=(0.0, 0.0), feats=[], specials={}, vehicle=False,
                places=[(p, 1) for p in TOWN], fcolor_from=None)
    base.update(kw)
    KINDS[name] = base


EVERY = [(p, 1) for p in TOWN]
TOURIST_P = [("beach", 4), ("boardwalk", 3), ("nightmarket", 3), ("ferrypier", 2), ("ferry", 2),
             ("island", 2), ("busstation", 1), ("seawall", 1)]
LOCAL_P = [("harbour", 3), ("iceplant", 1), ("market", 3), ("nightmarket", 2), ("hospital", 2),
           ("village", 2), ("seawall", 2), ("depot", 1), ("school", 1), ("shelter", 1)]

kind("phone", cat="phone", qty_o="一部", qty_f="一部", noun_o=["手机"], noun_f=["手机"],
     en=["phone"], py=["shouji"],
     colors=[("black", 5), ("white", 2), ("blue", 2), ("purple", 1), ("gold", 1), ("silver", 1),
             ("green", 1), ("pink", 1)], ck=(0.95, 0.75),
     brands=[("huawei", 5), ("apple", 5), ("xiaomi", 3), ("oppo", 3), ("vivo", 3), ("honor", 2),
             ("samsung", 1)], bk=(0.97, 0.8), mk=(0.6, 0.1),
     feats=[
         ("case", 0.85, {
             "clear": V(["戴着透明手机壳", "壳是透明的软壳", "透明壳"], ["套透明软壳", "透明手机壳"],
                        ["clear case"], ["touming ke"]),
             "black_sil": V(["黑色硅胶壳", "套了个黑色的壳"], ["黑色手机壳", "套黑色硅胶软壳"],
                            ["black silicone case"], ["heise ke"]),
             "pink_rabbit": V(["粉色兔子手机壳", "壳是粉红色的，有只小兔子"], ["粉色卡通壳（兔子图案）", "粉红色兔子壳"],
                              ["pink bunny case"], ["fense tuzi ke"]),
             "blue_wave": V(["蓝色海浪图案的手机壳"], ["蓝色壳，印着海浪", "海浪图案蓝色手机壳"],
                            ["blue case with waves on it"], ["lanse ke you hailang"]),
             "leather_flip": V(["棕色翻盖皮套"], ["翻盖皮套，棕色", "咖啡色翻盖保护套"],
                               ["brown leather flip case"], ["zongse pitao"]),
             "green_dino": V(["绿色恐龙壳（孩子挑的）", "绿色小恐龙手机壳"], ["绿色恐龙图案手机壳"],
                             ["green dinosaur case"], ["lvse konglong ke"]),
             "anti_fall": V(["军绿色防摔壳，四个角很厚"], ["厚的防摔壳，军绿色", "军绿色防摔手机壳"],
                            ["army-green rugged case"], ["junlv fangshuai ke"]),
             "white_pearl": V(["白色壳，挂珍珠链子"], ["白色壳，挂着珍珠手机链"],
                              ["white case with a pearl strap"], ["baise ke zhenzhu lian"]),
         }, 0.95, 0.9),
         ("insert", 0.5, {
             "photo_family": V(["壳里夹了张全家福", "手机壳里面夹着一张我们一家三口的照片"],
                               ["壳内夹一张照片（一家三口）", "手机壳里有张合照，一男一女带个小孩"],
                               ["a family photo tucked inside the case"], ["ke li you quanjiafu"]),
             "bus_card": V(["壳里塞着一张公交卡"], ["壳内有一张交通卡"], ["a bus card inside the case"],
                           ["ke li you gongjiaoka"]),
             "cash_50": V(["壳里夹着50块钱"], ["手机壳内夹有人民币50元一张"], ["a 50 yuan note in the case"],
                          ["ke li you wushi kuai"]),
             "sticker_whale": V(["背面贴了个小鲸鱼贴纸"], ["背面有鲸鱼贴纸"], ["a small whale sticker on the back"],
                                ["beimian you jingyu tiezhi"]),
             "sticker_star": V(["背面贴着星星贴纸"], ["背后贴有星星贴纸"], ["star stickers on the back"],
                               ["xingxing tiezhi"]),
             "charm_red": V(["挂着个红色平安符", "挂了妈祖庙求的平安符"], ["挂有红色平安符吊坠"],
                            ["a red lucky charm hanging from it"], ["gua hongse pinganfu"]),
         }, 0.9, 0.85),
         ("crack", 0.35, {
             "top_right": V(["屏幕右上角摔裂了", "屏右上角有裂痕"], ["屏幕右上角碎裂", "右上角屏幕有裂纹"],
                            ["the screen is cracked at the top right"], ["pingmu youshangjiao lie le"]),
             "bottom": V(["屏幕下面裂了一道"], ["屏幕下方有一道裂纹"], ["a crack across the bottom of the screen"],
                         ["pingmu xiamian lie le"]),
             "back": V(["后盖玻璃碎了"], ["后盖破裂"], ["the back glass is broken"], ["hougai sui le"]),
             "camera": V(["摄像头那块玻璃裂了"], ["后摄像头镜片碎了"], ["the camera lens is cracked"],
                         ["shexiangtou lie le"]),
         }, 0.85, 0.85),
         ("lock", 0.75, {
             "kid_photo": V(["锁屏是我女儿的照片", "锁屏壁纸是我女儿"], ["锁屏是一个小女孩的照片"],
                            ["the lock screen is a photo of my daughter"], ["suoping shi wo nuer"]),
             "boat": V(["锁屏是我家的渔船"], ["锁屏壁纸是一艘渔船"], ["the lock screen shows a fishing boat"],
                       ["suoping shi yuchuan"]),
             "cat": V(["锁屏是我家橘猫"], ["锁屏是一只橘猫", "屏保是橘色的猫"], ["the lock screen is my orange cat"],
                      ["suoping shi mao"]),
             "couple": V(["锁屏是我们两口子的合照"], ["锁屏是一男一女合照"],
                         ["the lock screen is a photo of me and my partner"], ["suoping shi heying"]),
             "sunset": V(["锁屏是海边日落"], ["锁屏是海上日落的图"], ["the lock screen is a sunset over the sea"],
                         ["suoping shi riluo"]),
             "baby": V(["锁屏是我儿子满月照"], ["锁屏是个婴儿照片"], ["the lock screen is my baby son"],
                       ["suoping shi baobao"]),
         }, 0.6, 0.0),   # finders only see the lock screen when the phone is on (see render)
         ("pouch", 0.25, {
             "pouch_blue": V(["装在透明防水袋里，挂绳是蓝色的", "放在防水手机袋里（蓝绳子）"],
                             ["装在防水袋里，蓝色挂绳", "透明防水袋装着，挂蓝绳"],
                             ["in a waterproof pouch with a blue strap"], ["fangshuidai lan shengzi"]),
             "pouch_yellow": V(["套着黄色的防水袋"], ["黄色防水手机袋装着"], ["in a yellow waterproof pouch"],
                               ["huangse fangshuidai"]),
             "pouch_orange": V(["装在橙色防水袋里，挂脖子那种"], ["橙色挂脖防水袋"], ["in an orange neck pouch"],
                               ["chengse fangshuidai"]),
         }, 0.95, 0.95),
     ],
     specials={"imei": (1.0, 0.4, 0.2), "phoneno": (1.0, 0.45, 0.0)},
     places=EVERY)
CASE_COLOR = {"black_sil": "黑色", "pink_rabbit": "粉色", "blue_wave": "蓝色", "leather_flip": "棕色",
              "green_dino": "绿色", "anti_fall": "军绿色", "white_pearl": "白色"}

kind("ebike", cat="ebike", qty_o="一辆", qty_f="一辆", noun_o=["电动车", "电瓶车", "小电驴", "电车"],
     noun_f=["电动自行车", "电动车"], vehicle=True,
     colors=[("white", 3), ("black", 3), ("blue", 2), ("red", 1), ("grey", 2), ("pink", 1), ("green", 1)],
     ck=(1.0, 0.95), brands=[("yadea", 3), ("aima", 3), ("tailg", 2), ("sunra", 1), ("luyuan", 1), ("niu", 1)],
     bk=(0.95, 0.85), mk=(0.5, 0.3),
     feats=[
         ("box", 0.6, {
             "yellow_box": V(["后座装了黄色外卖箱", "有个黄色送餐箱"], ["后座有黄色外卖箱", "带黄色外卖保温箱"]),
             "blue_box": V(["后面有个蓝色外卖箱"], ["后座蓝色外卖箱"]),
             "basket": V(["前面有车篮"], ["带前车筐"]),
             "kid_seat": V(["后座装了儿童座椅"], ["后座有儿童座椅"]),
             "fish_crate": V(["后架绑了个装鱼的塑料筐"], ["后架绑着塑料鱼筐"]),
         }, 0.95, 0.95),
         ("damage", 0.5, {
             "mirror_left": V(["左边后视镜断了"], ["左后视镜缺失"]),
             "seat_tape": V(["坐垫破了用黑胶布缠着"], ["座垫破损，缠有黑色胶布"]),
             "front_crack": V(["车头前面壳裂了"], ["前面板有裂痕"]),
             "no_mirrors": V(["两个后视镜都拆了"], ["无后视镜"]),
         }, 0.85, 0.9),
         ("acc", 0.5, {
             "windcover_camo": V(["车头挂着迷彩挡风被"], ["车把有迷彩色挡风被"]),
             "phone_holder": V(["车把上装了手机支架"], ["车把装有手机支架"]),
             "rain_canopy": V(["装了遮雨棚"], ["带遮阳遮雨棚"]),
             "sticker_fish": V(["车身贴了条鱼的贴纸"], ["车身有鱼形贴纸"]),
         }, 0.85, 0.9),
     ],
     specials={"plate": (0.85, 0.9, 0.9), "frame": (1.0, 0.25, 0.55)},
     places=[("depot", 3), ("market", 2), ("seawall", 2), ("village", 2), ("hospital", 1), ("school", 1),
             ("nightmarket", 2), ("harbour", 1), ("busstation", 1)])

kind("battery", cat="ebike", fcats=[("electronics", 2), ("other", 1), ("ebike", 1)], group="battery",
     qty_o="一块", qty_f="一块", noun_o=["电动车电池", "电瓶", "电池", "电车电瓶"], noun_f=["电动车电池", "电瓶"],
     colors=[("black", 4), ("grey", 1), ("blue", 1)], ck=(0.6, 0.9),
     brands=[("tianneng", 3), ("chilwee", 3), (None, 2)], bk=(0.8, 0.9),
     feats=[
         ("volt", 1.0, {"48V": V(["48V的", "48伏的"], ["标48V", "48V"]),
                        "60V": V(["60V的", "60伏"], ["标60V", "60V"]),
                        "72V": V(["72V的"], ["72V"])}, 0.95, 0.9),
         ("cap", 0.9, {"20Ah": V(["20安的"], ["20Ah"]), "24Ah": V(["24安"], ["24Ah"]),
                       "32Ah": V(["32安时"], ["32Ah"])}, 0.6, 0.85),
         ("btype", 1.0, {"lead": V(["铅酸的", "铅酸电池"], ["铅酸电池组", "铅酸"]),
                         "lithium": V(["锂电池", "锂电的"], ["锂电池"])}, 0.9, 0.8),
         ("handle", 0.4, {"red_tape": V(["提手缠了红胶布"], ["提手缠红色胶布"]),
                          "rope": V(["提手换成了尼龙绳"], ["提手为尼龙绳"])}, 0.9, 0.9),
     ],
     specials={"bserial": (1.0, 0.2, 0.6), "label": (0.4, 0.95, 0.9)},
     places=[("depot", 4), ("seawall", 2), ("market", 2), ("nightmarket", 1), ("village", 1)])

kind("wallet", cat="wallet", qty_o="一个", qty_f="一个", noun_o=["钱包", "钱包", "皮夹"], noun_f=["钱包"],
     en=["wallet"], py=["qianbao"],
     colors=[("black", 4), ("brown", 3), ("red", 1), ("pink", 1), ("navy", 1), ("grey", 1), ("white", 1)],
     ck=(0.95, 0.95), brands=[("goldlion", 2), ("septwolves", 2), ("coach", 1), (None, 4)], bk=(0.85, 0.8),
     feats=[
         ("style", 1.0, {"long": V(["长款", "长款的"], ["长款"], ["long style"], ["chang de"]),
                         "short": V(["短款对折的"], ["短款对折"], ["bifold"], ["duan de"]),
                         "zip": V(["拉链款"], ["拉链款"], ["zip-around"], ["lalian de"])}, 0.8, 0.9),
         ("extra", 0.55, {
             "photo_kid": V(["里面有张我儿子的小照片"], ["夹层有一张小男孩照片"], ["a small photo of my son inside"],
                            ["li mian you erzi zhaopian"]),
             "lottery": V(["夹着几张彩票"], ["内有彩票数张"], ["some lottery tickets inside"], ["you caipiao"]),
             "amulet": V(["里面有个黄纸平安符"], ["夹层有一个黄纸平安符"], ["a yellow paper charm inside"],
                         ["you pinganfu"]),
             "ferry_ticket": V(["里面还有渡轮船票"], ["内有渡轮船票一张"], ["a ferry ticket inside"],
                               ["you chuanpiao"]),
             "clinic_card": V(["有张卫生院就诊卡"], ["内有卫生院就诊卡一张"], ["a clinic card inside"],
                              ["you jiuzhenka"]),
         }, 0.9, 0.85),
     ],
     specials={"name": (0.75, 0.9, 0.9), "idnum": (0.75, 0.25, 0.5), "cardtail": (0.7, 0.7, 0.75),
               "cash": (0.8, 0.9, 0.95)},
     places=EVERY)

kind("cardholder", cat="wallet", fcats=[("wallet", 2), ("id_doc", 1)], group="cardholder",
     qty_o="一个", qty_f="一个", noun_o=["卡套", "证件卡套", "卡包"], noun_f=["卡套", "卡包"],
     colors=[("blue", 2), ("black", 2), ("pink", 1), ("transparent", 1), ("red", 1)], ck=(0.9, 0.95),
     feats=[
         ("ctype", 1.0, {"lanyard": V(["带挂绳的卡套"], ["带挂绳的卡套"]),
                         "clip": V(["伸缩扣的"], ["易拉扣卡套"]),
                         "zipped": V(["小拉链卡包"], ["拉链小卡包"])}, 0.8, 0.9),
         ("busc", 0.5, {"bus": V(["还有张公交卡"], ["另有公交卡一张"]),
                        "canteen": V(["还有张饭卡"], ["另有饭卡一张"])}, 0.9, 0.9),
     ],
     specials={"name": (1.0, 0.95, 0.95), "idnum": (1.0, 0.5, 0.7), "cardtail": (0.6, 0.6, 0.8)},
     places=EVERY)

kind("idcard", cat="id_doc", group="idcard", qty_o="一张", qty_f="一张", noun_o=["身份证", "二代身份证"],
     noun_f=["居民身份证", "身份证"],
     feats=[("sleeve", 0.5, {"blue_sleeve": V(["装在蓝色卡套里"], ["蓝色卡套装着"]),
                             "clear_sleeve": V(["套着透明卡套"], ["透明卡套"]),
                             "rubber": V(["用橡皮筋跟一张银行卡扎在一起"], ["与银行卡用橡皮筋扎在一起"])}, 0.9, 0.9)],
     specials={"name": (1.0, 0.97, 0.97), "idnum": (1.0, 0.75, 0.85), "cardtail": (0.2, 0.7, 0.8)},
     places=EVERY)

kind("sscard", cat="id_doc", group="sscard", qty_o="一张", qty_f="一张", noun_o=["社保卡", "医保卡", "社保卡（医保）"],
     noun_f=["社会保障卡", "社保卡"],
     feats=[("holder", 0.5, {"med_book": V(["和病历本放在一起"], ["夹在一本病历本里"]),
                             "red_sleeve": V(["装在红色卡套里"], ["红色卡套"])}, 0.9, 0.9)],
     specials={"name": (1.0, 0.97, 0.97), "idnum": (1.0, 0.5, 0.7), "cardtail": (1.0, 0.3, 0.6)},
     places=[("hospital", 5), ("market", 1), ("busstation", 1), ("village", 1), ("seawall", 1)])

kind("driver", cat="id_doc", group="driver", qty_o="一本", qty_f="一本", noun_o=["驾驶证", "驾照"],
     noun_f=["机动车驾驶证", "驾驶证"],
     feats=[("dcover", 0.8, {"brown_cover": V(["棕色皮套装着"], ["棕色驾驶证皮套"]),
                            "black_cover": V(["黑色皮套"], ["黑色皮套"]),
                            "with_xs": V(["皮套里还夹着行驶证"], ["内夹行驶证一本"])}, 0.9, 0.9),
            ("dclass", 1.0, {"C1": V(["C1的"], ["准驾车型C1"]), "D": V(["摩托车D照"], ["准驾车型D"])}, 0.7, 0.9)],
     specials={"name": (1.0, 0.97, 0.97), "idnum": (1.0, 0.5, 0.85)},
     places=EVERY)

kind("schoolcard", cat="id_doc", group="schoolcard", qty_o="一张", qty_f="一张", noun_o=["校卡", "学生卡"],
     noun_f=["学生卡", "校卡"],
     feats=[("klass", 1.0, {c: V(["%s的" % t], ["卡上写%s" % t]) for c, t in
                            [("g1c3", "一年级3班"), ("g2c1", "二年级1班"), ("g3c2", "三年级2班"),
                             ("g4c4", "四年级4班"), ("g5c1", "五年级1班"), ("g6c2", "六年级2班")]}, 0.9, 0.9),
            ("lanyard", 0.7, {"blue": V(["挂着蓝色挂绳"], ["蓝色挂绳"]), "red": V(["红色挂绳"], ["红挂绳"]),
                              "cartoon": V(["挂绳是卡通图案的"], ["卡通挂绳"])}, 0.8, 0.9)],
     specials={"name": (1.0, 0.97, 0.95), "cardno": (1.0, 0.35, 0.8)},
     places=[("school", 6), ("village", 2), ("market", 1)])

kind("seacert", cat="id_doc", group="seacert", qty_o="一本", qty_f="一本", noun_o=["船员证", "渔业船员证书", "船员证书"],
     noun_f=["渔业船员证书", "船员证"],
     feats=[("wrap", 0.7, {"plastic": V(["用塑料袋包着防水"], ["外包透明塑料袋"]),
                           "with_health": V(["跟健康证夹在一起"], ["内夹健康证一张"])}, 0.9, 0.9)],
     specials={"name": (1.0, 0.97, 0.97), "certno": (1.0, 0.45, 0.9), "boat": (0.8, 0.8, 0.6)},
     places=[("harbour", 5), ("iceplant", 2), ("shelter", 2), ("market", 1)])

kind("passport", cat="id_doc", group="passport", qty_o="一本", qty_f="一本", noun_o=["护照"],
     noun_f=["外国护照", "护照"], en=["passport"],
     colors=[("red", 3), ("navy", 3), ("green", 1), ("black", 1)], ck=(0.9, 0.95),
     feats=[("pinsert", 0.6, {"ferry_ticket": V(["里面夹着渡轮票"], ["内夹渡轮船票"], ["a ferry ticket inside"]),
                              "hotel_card": V(["夹着民宿房卡"], ["夹有一张民宿房卡"], ["a guesthouse key card inside"]),
                              "photo": V(["夹着一张拍立得照片"], ["夹一张拍立得相片"], ["a polaroid photo inside"])},
             0.9, 0.9)],
     specials={"fname": (1.0, 1.0, 0.97), "passno": (1.0, 0.6, 0.95)},
     places=[("ferrypier", 3), ("ferry", 3), ("beach", 2), ("island", 2), ("nightmarket", 1)])

kind("healthcert", cat="id_doc", group="healthcert", qty_o="一张", qty_f="一张", noun_o=["健康证"],
     noun_f=["健康证", "食品从业人员健康证"],
     feats=[("hc", 0.7, {"laminated": V(["过了塑的"], ["已过塑"]),
                         "with_license": V(["跟档口营业执照复印件放一起"], ["附营业执照复印件一张"])}, 0.9, 0.9)],
     specials={"name": (1.0, 0.97, 0.97), "healthno": (1.0, 0.3, 0.9)},
     places=[("nightmarket", 4), ("market", 3), ("seawall", 1)])

kind("housekeys", cat="keys", group="housekeys", qty_o="一串", qty_f="一串", noun_o=["钥匙", "家门钥匙", "一串钥匙"],
     noun_f=["钥匙", "钥匙"], en=["keys", "bunch of keys"],
     feats=[
         ("chain", 0.85, {
             "dolphin": V(["挂着蓝色海豚钥匙扣"], ["带蓝色海豚挂件"], ["a blue dolphin keyring"]),
             "opener": V(["有个开瓶器挂件"], ["附开瓶器一个"], ["a bottle opener on it"]),
             "shell": V(["挂着一串小贝壳"], ["挂有贝壳串"], ["a string of small shells"]),
             "mahjong": V(["挂件是个“发”字麻将牌"], ["挂一个“发”字麻将牌"], ["a mahjong tile keyring"]),
             "redrope": V(["用红绳串着"], ["红绳串着"], ["on a red string"]),
             "lucky_cat": V(["挂着招财猫"], ["带招财猫挂件"], ["a lucky cat charm"]),
             "bell": V(["有个小铃铛"], ["挂小铃铛"], ["a little bell"]),
         }, 0.9, 0.95),
         ("fob", 0.5, {"blue_fob": V(["一个蓝色门禁扣"], ["蓝色门禁卡扣一个"], ["a blue door fob"]),
                       "red_fob": V(["一个红色门禁扣"], ["红色门禁扣一个"], ["a red door fob"]),
                       "yellow_fob": V(["黄色门禁扣"], ["黄色门禁卡扣"], ["a yellow door fob"])}, 0.85, 0.95),
         ("moto", 0.25, {"moto_key": V(["还有一把摩托车钥匙"], ["含摩托车钥匙一把"], ["a motorbike key too"])},
          0.85, 0.8),
     ],
     specials={"count": (1.0, 0.8, 0.9)},
     places=EVERY)

kind("carkey", cat="keys", group="carkey", qty_o="一把", qty_f="一把", noun_o=["车钥匙", "汽车钥匙"],
     noun_f=["汽车遥控钥匙", "车钥匙"],
     brands=[("wuling", 3), ("byd", 2), ("toyota", 2), ("honda", 2), ("vw", 1)], bk=(1.0, 0.9),
     feats=[
         ("cover", 0.6, {"leather_brown": V(["套着棕色皮套"], ["棕色皮质钥匙套"]),
                         "sil_pink": V(["粉色硅胶套"], ["粉色硅胶保护套"]),
                         "tpu_clear": V(["透明软套"], ["透明钥匙套"])}, 0.9, 0.95),
         ("extra", 0.6, {"house_keys": V(["串着两把家门钥匙"], ["另挂家门钥匙两把"]),
                         "jade_buckle": V(["挂着玉平安扣"], ["挂一个玉质平安扣"]),
                         "photo_tag": V(["挂着孩子照片的亚克力牌"], ["挂件是小孩照片亚克力牌"])}, 0.9, 0.9),
         ("ktype", 1.0, {"fold": V(["折叠的那种"], ["折叠遥控钥匙"]),
                         "smart": V(["智能钥匙，没有钥匙齿"], ["一体式智能遥控钥匙"])}, 0.7, 0.85),
     ],
     places=EVERY)

kind("ebikekey", cat="keys", group="ebikekey", qty_o="一把", qty_f="一把",
     noun_o=["电动车钥匙", "电车钥匙", "小电驴钥匙"], noun_f=["电动车钥匙"],
     brands=[("yadea", 3), ("aima", 3), ("tailg", 2), ("niu", 1), (None, 2)], bk=(0.9, 0.7),
     feats=[("remote", 0.8, {"remote_black": V(["带黑色遥控器"], ["附黑色遥控器"]),
                             "remote_white": V(["带白色遥控器"], ["附白色遥控器"])}, 0.9, 0.95),
            ("echain", 0.7, {"bell": V(["挂了个小铃铛"], ["挂小铃铛"]),
                             "plush": V(["挂着个小毛绒公仔"], ["挂小毛绒玩偶"]),
                             "carabiner": V(["用登山扣扣着"], ["带登山扣"])}, 0.9, 0.95)],
     specials={"count": (1.0, 0.7, 0.9)},
     places=[("depot", 3), ("market", 2), ("nightmarket", 2), ("seawall", 2), ("school", 1), ("hospital", 1)])

kind("boatkey", cat="keys", group="boatkey", qty_o="一串", qty_f="一串", noun_o=["船钥匙", "渔船钥匙", "船上机器的钥匙"],
     noun_f=["钥匙（带浮漂）", "船用钥匙"],
     feats=[("float", 1.0, {"orange_float": V(["挂着橙色泡沫浮子"], ["带橙色泡沫浮漂"]),
                            "yellow_float": V(["挂着黄色浮子"], ["带黄色浮漂"]),
                            "red_float": V(["挂一个红色浮球"], ["带红色小浮球"])}, 0.95, 0.95)],
     specials={"boat": (1.0, 0.9, 0.8), "count": (1.0, 0.6, 0.9)},
     places=[("harbour", 5), ("shelter", 3), ("iceplant", 2)])

kind("backpack", cat="bag", group="backpack", qty_o="一个", qty_f="一个", noun_o=["双肩包", "背包"],
     noun_f=["双肩背包", "背包"], en=["backpack"], py=["beibao"],
     colors=[("black", 4), ("grey", 2), ("navy", 2), ("blue", 1), ("pink", 1), ("green", 1), ("red", 1)],
     ck=(0.95, 0.95), brands=[("nike", 2), ("adidas", 2), ("decathlon", 2), ("xiaomi", 1), (None, 3)],
     bk=(0.85, 0.8),
     feats=[
         ("content", 0.9, {
             "laptop": V(["里面有台笔记本电脑"], ["内有笔记本电脑一台"], ["a laptop inside"], ["li mian you diannao"]),
             "swim": V(["装着泳衣毛巾"], ["内有泳衣、毛巾"], ["swimsuits and towels inside"], ["you yongyi maojin"]),
             "kid_clothes": V(["装着孩子的换洗衣服"], ["内有儿童衣物"], ["kids' clothes inside"], ["you xiaohai yifu"]),
             "tripod": V(["有个三脚架"], ["内有三脚架一个"], ["a tripod inside"], ["you sanjiaojia"]),
             "books": V(["装着几本复习资料"], ["内有书本资料"], ["some study books"], ["you shu"]),
             "charger": V(["里面有充电宝和数据线"], ["内有充电宝、数据线"], ["a power bank and cables"],
                          ["you chongdianbao"]),
         }, 0.95, 0.85),
         ("tag", 0.5, {
             "panda": V(["拉链上挂着熊猫挂件"], ["挂熊猫挂件"], ["a panda charm on the zip"], ["you xiongmao guajian"]),
             "ribbon_yellow": V(["包带上系了黄丝带"], ["背带系黄色丝带"], ["a yellow ribbon on the strap"],
                                ["huang sidai"]),
             "pins": V(["包上别着好几个徽章"], ["包面有多个徽章"], ["lots of pins on the front"], ["hen duo huizhang"]),
         }, 0.9, 0.95),
         ("damage", 0.25, {"torn_pocket": V(["侧袋破了个洞"], ["侧袋有破洞"], ["a hole in the side pocket"],
                                            ["cedai po le"])}, 0.8, 0.9),
     ],
     specials={"label": (0.25, 0.95, 0.9)},
     places=TOURIST_P + [("school", 1), ("hospital", 1), ("depot", 1)])

kind("crossbag", cat="bag", group="crossbag", qty_o="一个", qty_f="一个", noun_o=["斜挎包", "小挎包", "包包"],
     noun_f=["斜挎包", "单肩包"], en=["crossbody bag", "shoulder bag"],
     colors=[("black", 3), ("brown", 2), ("white", 2), ("pink", 1), ("red", 1)], ck=(0.95, 0.95),
     brands=[("coach", 2), ("nike", 1), (None, 3)], bk=(0.85, 0.8),
     feats=[
         ("content", 0.85, {
             "makeup": V(["里面有化妆品口红什么的"], ["内有口红、粉饼等化妆品"], ["make-up inside"]),
             "sunglasses": V(["装着墨镜和纸巾"], ["内有墨镜一副、纸巾"], ["sunglasses inside"]),
             "car_key": V(["包里有车钥匙"], ["内有车钥匙一把"], ["my car key inside"]),
             "umbrella": V(["装着一把小折叠伞"], ["内有折叠伞一把"], ["a small umbrella inside"]),
         }, 0.95, 0.85),
         ("strap", 0.5, {"chain": V(["金属链条肩带"], ["链条肩带"], ["a chain strap"]),
                         "wide": V(["宽肩带是彩色的"], ["彩色宽肩带"], ["a wide colourful strap"])}, 0.9, 0.95),
     ],
     places=TOURIST_P + [("hospital", 1), ("market", 1)])

kind("beachbag", cat="bag", group="beachbag", qty_o="一个", qty_f="一个", noun_o=["沙滩包", "草编包", "沙滩袋"],
     noun_f=["沙滩包", "手提包"],
     colors=[("brown", 3), ("white", 1), ("blue", 2), ("yellow", 1)], ck=(0.9, 0.9),
     feats=[
         ("bmat", 1.0, {"straw": V(["草编的"], ["草编材质"]), "stripe": V(["条纹帆布的"], ["条纹帆布"]),
                        "mesh": V(["网眼的"], ["网眼袋"])}, 0.95, 0.95),
         ("content", 0.9, {
             "towel_hat": V(["里面有浴巾和遮阳帽"], ["内有浴巾、遮阳帽"]),
             "sunscreen": V(["装着防晒霜和泳镜"], ["内有防晒霜、泳镜"]),
             "sand_toys": V(["装着孩子的沙滩铲子小桶"], ["内有儿童沙滩玩具（铲、桶）"]),
             "flipflops": V(["有双人字拖"], ["内有人字拖一双"]),
         }, 0.95, 0.9),
     ],
     places=[("beach", 5), ("boardwalk", 3), ("island", 1)])

kind("waistbag", cat="bag", group="waistbag", qty_o="一个", qty_f="一个", noun_o=["腰包", "小腰包"],
     noun_f=["腰包"],
     colors=[("black", 4), ("grey", 1), ("red", 1), ("green", 1)], ck=(0.9, 0.95),
     brands=[("nike", 1), ("decathlon", 1), (None, 4)], bk=(0.7, 0.8),
     feats=[
         ("use", 1.0, {"stall": V(["档口收钱用的"], ["像是档口收钱用的"]),
                       "rider": V(["跑单用的"], ["骑手用的那种"]),
                       "sport": V(["跑步用的运动腰包"], ["运动腰包"])}, 0.95, 0.6),
         ("content", 0.8, {"coins": V(["里面一堆零钱硬币"], ["内有零钱、硬币若干"]),
                           "charger_keys": V(["有充电线和钥匙"], ["内有充电线、钥匙"]),
                           "ledger": V(["有本记账本"], ["内有记账本一本"])}, 0.95, 0.9),
     ],
     specials={"cash": (0.6, 0.85, 0.95)},
     places=[("nightmarket", 4), ("market", 3), ("depot", 2), ("seawall", 1)])

kind("schoolbag", cat="bag", group="schoolbag", qty_o="一个", qty_f="一个", noun_o=["书包", "孩子的书包"],
     noun_f=["儿童书包", "书包"],
     colors=[("blue", 3), ("pink", 3), ("red", 1), ("navy", 1), ("purple", 1), ("yellow", 1)], ck=(0.95, 0.95),
     feats=[
         ("pattern", 0.9, {"dinosaur": V(["恐龙图案的"], ["印恐龙图案"]), "unicorn": V(["独角兽图案"], ["独角兽图案"]),
                           "astronaut": V(["宇航员图案的"], ["宇航员图案"]), "football": V(["印着足球"], ["足球图案"])},
          0.95, 0.95),
         ("books", 0.9, {"g1": V(["装着一年级的新课本"], ["内有一年级课本"]),
                         "g3": V(["装着三年级课本"], ["内有三年级课本"]),
                         "g5": V(["里面是五年级课本作业本"], ["内有五年级课本、作业本"])}, 0.9, 0.9),
     ],
     specials={"label": (1.0, 0.95, 0.85)},
     places=[("school", 6), ("village", 2), ("market", 1)])

kind("suitcase", cat="bag", group="suitcase", qty_o="一个", qty_f="一个", noun_o=["行李箱", "拉杆箱"],
     noun_f=["拉杆箱", "行李箱"],
     colors=[("silver", 2), ("black", 2), ("blue", 1), ("pink", 1), ("white", 1)], ck=(0.95, 0.95),
     brands=[("xiaomi", 1), (None, 3)], bk=(0.8, 0.8),
     feats=[("size", 1.0, {"20": V(["20寸登机箱"], ["20寸拉杆箱"]), "24": V(["24寸的"], ["24寸行李箱"])}, 0.9, 0.8),
            ("stag", 0.7, {"ribbon_red": V(["把手上系了红丝带"], ["把手系红丝带"]),
                           "stickers": V(["贴了很多旅行贴纸"], ["箱面贴满贴纸"])}, 0.95, 0.95),
            ("content", 0.6, {"dried": V(["装着衣服和买的鱿鱼干"], ["内有衣物、鱿鱼干等干货"]),
                              "gifts": V(["装着衣服和给家里人带的珍珠"], ["内有衣物及珍珠饰品盒"])}, 0.95, 0.7)],
     specials={"label": (0.5, 0.9, 0.9)},
     places=[("ferrypier", 4), ("busstation", 3), ("ferry", 2)])

kind("drybag", cat="bag", group="drybag", qty_o="一个", qty_f="一个", noun_o=["防水桶包", "防水袋"],
     noun_f=["防水桶包"],
     colors=[("orange", 2), ("yellow", 2), ("blue", 1), ("black", 1)], ck=(0.95, 0.95),
     brands=[("decathlon", 2), (None, 2)], bk=(0.7, 0.8),
     feats=[("dsize", 1.0, {"10L": V(["10升的"], ["10L"]), "20L": V(["20升的"], ["20L"])}, 0.7, 0.8),
            ("content", 0.9, {"clothes": V(["里面有换洗衣服"], ["内有衣物"]),
                              "snorkel": V(["装着浮潜面罩"], ["内有浮潜面罩"])}, 0.95, 0.9)],
     places=[("beach", 3), ("ferry", 2), ("island", 2), ("boardwalk", 1)])

kind("cash", cat="cash", group="cash", qty_o="", qty_f="", noun_o=["现金", "钱"], noun_f=["人民币现金", "现金"],
     feats=[("container", 1.0, {
         "bank_envelope": V(["装在银行的信封里"], ["装于银行信封内"]),
         "red_packet": V(["用红包装着"], ["装在红包里"]),
         "rubber_band": V(["用橡皮筋扎成一卷"], ["用橡皮筋捆扎"]),
         "plastic_bag": V(["装在黑色塑料袋里"], ["装于黑色塑料袋"]),
         "newspaper": V(["用报纸包着"], ["用旧报纸包裹"])}, 0.95, 0.95),
         ("purpose", 0.8, {"fish": V(["是卖鱼的钱"], []), "tuition": V(["是给孩子交学费的"], []),
                           "rent": V(["是交铺租的"], []), "medical": V(["准备交住院费的"], [])}, 0.9, 0.0)],
     specials={"cash": (1.0, 1.0, 1.0)},
     places=[("harbour", 2), ("iceplant", 1), ("market", 3), ("nightmarket", 2), ("hospital", 2),
             ("school", 1), ("busstation", 1), ("seawall", 1)])

GOLD_NOUN = {
    "necklace": {"gold": (["金项链", "黄金项链", "金链子"], ["黄色金属项链", "金项链"]),
                 "k18": (["18K金项链", "K金项链"], ["K金项链", "项链"]),
                 "silver": (["银项链", "银链子"], ["银色项链"])},
    "bracelet": {"gold": (["金手镯", "黄金手镯"], ["金色手镯", "金手镯"]),
                 "silver": (["银手镯"], ["银手镯", "银色手镯"])},
    "ring": {"gold": (["金戒指", "黄金戒指"], ["金戒指", "金色戒指"]),
             "k18": (["18K金戒指"], ["K金戒指"]), "silver": (["银戒指"], ["银色戒指"])},
    "earring": {"gold": (["金耳环"], ["金耳环", "金色耳饰"]), "silver": (["银耳环"], ["银耳饰"])},
}
MAT_COLOR = {"gold": "gold", "k18": "gold", "silver": "silver"}
MAT_TEXT = {"gold": (["足金", "999的", "黄金"], ["印有“足金999”", "足金"]),
            "k18": (["18K的", "K金的"], ["印有“Au750”", "K金"]),
            "silver": (["纯银的", "银的"], ["印有“S925”", "银质"])}

kind("necklace", cat="jewelry", qty_o="一条", qty_f="一条", noun_o=["项链"], noun_f=["项链"],
     brands=[("ctf", 2), ("lfx", 1), ("css", 1), (None, 3)], bk=(0.7, 0.4),
     feats=[
         ("pendant", 0.85, {"pixiu": V(["吊坠是个貔貅"], ["带貔貅吊坠"]), "guanyin": V(["挂着观音吊坠"], ["观音吊坠"]),
                            "fu": V(["吊坠是个“福”字"], ["福字吊坠"]), "heart": V(["心形吊坠"], ["心形吊坠"]),
                            "fish": V(["吊坠是条小金鱼"], ["鱼形吊坠"]), "anchor": V(["挂着个船锚"], ["船锚形吊坠"])},
          0.97, 0.95),
         ("chainw", 1.0, {"thick": V(["链子挺粗的", "粗链"], ["粗链", "链条较粗"]),
                          "thin": V(["细链子"], ["细链"])}, 0.8, 0.85),
     ],
     specials={"material": (1.0, 1.0, 0.9), "weight": (1.0, 0.7, 0.25)},
     places=[("harbour", 3), ("beach", 3), ("nightmarket", 2), ("market", 2), ("hospital", 1),
             ("shelter", 1), ("boardwalk", 1), ("village", 1)])

kind("bracelet", cat="jewelry", qty_o="一只", qty_f="一只", noun_o=["手镯"], noun_f=["手镯"],
     brands=[("ctf", 2), ("lfx", 1), (None, 3)], bk=(0.6, 0.3),
     feats=[("bpattern", 1.0, {"dragon_phoenix": V(["刻着龙凤"], ["龙凤花纹"]),
                               "plain": V(["光面的"], ["光面无花纹"]),
                               "flower": V(["雕了花的"], ["雕花纹"])}, 0.95, 0.95),
            ("bopen", 1.0, {"open": V(["开口的"], ["开口款"]), "closed": V(["闭口的"], ["闭口款"])}, 0.7, 0.9)],
     specials={"material": (1.0, 1.0, 0.9), "weight": (1.0, 0.7, 0.25), "engrave": (0.3, 0.9, 0.8)},
     places=[("beach", 2), ("market", 2), ("hospital", 2), ("nightmarket", 1), ("village", 1), ("harbour", 1)])

kind("ring", cat="jewelry", qty_o="一枚", qty_f="一枚", noun_o=["戒指"], noun_f=["戒指"],
     brands=[("ctf", 2), ("css", 1), (None, 3)], bk=(0.6, 0.3),
     feats=[("rstyle", 1.0, {"band": V(["素圈的"], ["素圈"]), "stone": V(["镶了颗小钻"], ["镶一颗白色小石"]),
                             "fu_wide": V(["宽面刻福字的"], ["宽面，刻“福”字"])}, 0.95, 0.95)],
     specials={"material": (1.0, 1.0, 0.9), "engrave": (0.5, 0.95, 0.85)},
     places=[("beach", 3), ("harbour", 2), ("iceplant", 1), ("hospital", 1), ("market", 1), ("nightmarket", 1)])

kind("earring", cat="jewelry", qty_o="一只", qty_f="一只", noun_o=["耳环"], noun_f=["耳环"],
     feats=[("estyle", 1.0, {"hoop": V(["圆圈耳环"], ["圈形耳环"]), "pearl": V(["珍珠吊坠的耳坠"], ["带珍珠的耳坠"]),
                             "plum": V(["梅花形的小耳钉"], ["梅花形耳钉"])}, 0.95, 0.95)],
     specials={"material": (1.0, 1.0, 0.9)},
     places=[("beach", 2), ("nightmarket", 2), ("hospital", 1), ("market", 1), ("school", 1)])

kind("jadebangle", cat="jewelry", group="bracelet_jade", qty_o="一只", qty_f="一只", noun_o=["玉镯", "玉手镯"],
     noun_f=["玉镯", "玉石手镯"], colors=[("green", 3), ("white", 1)], ck=(0.95, 0.95),
     feats=[("jcrack", 0.6, {"gold_wrap": V(["有道小裂，包过金"], ["有裂痕，裂处包金"]),
                             "chip": V(["边上磕掉一小块"], ["边缘有小缺口"])}, 0.95, 0.9)],
     places=[("hospital", 2), ("market", 2), ("beach", 1)])

kind("earbuds", cat="electronics", qty_o="一副", qty_f="一副", noun_o=["蓝牙耳机", "耳机"],
     noun_f=["无线耳机", "蓝牙耳机（含充电盒）"], en=["earbuds"],
     colors=[("white", 4), ("black", 2), ("pink", 1), ("blue", 1)], ck=(0.9, 0.9),
     brands=[("apple", 4), ("huawei", 2), ("xiaomi", 2)], bk=(1.0, 0.8), mk=(0.6, 0.2),
     feats=[
         ("cover", 0.7, {"dino": V(["套着绿色恐龙硅胶套"], ["绿色恐龙硅胶保护套"], ["a green dinosaur cover"]),
                         "clear": V(["透明保护套"], ["透明保护壳"], ["a clear cover"]),
                         "bear": V(["小熊耳朵的粉色套"], ["粉色小熊保护套"], ["a pink teddy-bear cover"]),
                         "lanyard": V(["挂着黑色挂绳"], ["带黑色挂绳"], ["a black lanyard"]),
                         "leather": V(["皮质保护套"], ["皮套"], ["a leather cover"])}, 0.95, 0.95),
         ("parts", 1.0, {"full": V(["盒子和两只耳机都在"], ["充电盒内有左右两只耳机"], ["case with both buds"]),
                         "case_only": V(["只丢了充电盒，耳机在我这"], ["只有充电盒，无耳机"],
                                        ["just the charging case"])}, 0.9, 0.95),
         ("scratch", 0.3, {"scratched": V(["盒子上有划痕"], ["外壳有划痕"], ["scratches on the case"])}, 0.8, 0.9),
     ],
     specials={"engrave": (0.3, 0.95, 0.85)},
     places=EVERY)

kind("powerbank", cat="electronics", qty_o="一个", qty_f="一个", noun_o=["充电宝", "移动电源"], noun_f=["充电宝"],
     colors=[("white", 3), ("black", 2), ("pink", 1), ("blue", 1)], ck=(0.9, 0.9),
     brands=[("romoss", 2), ("anker", 1), ("xiaomi", 2), (None, 1)], bk=(0.8, 0.85),
     feats=[("pcap", 1.0, {"10000": V(["一万毫安的", "10000毫安"], ["容量10000mAh"]),
                           "20000": V(["两万毫安的", "20000毫安"], ["容量20000mAh"])}, 0.7, 0.85),
            ("cable", 0.5, {"builtin": V(["自带线的"], ["自带数据线"]), "magsafe": V(["磁吸的"], ["磁吸式"])}, 0.9, 0.9),
            ("psticker", 0.4, {"cat": V(["贴了个猫咪贴纸"], ["贴猫咪贴纸"]), "flag": V(["贴了个小红旗"], ["贴小红旗贴纸"])},
             0.9, 0.9)],
     specials={"label": (0.2, 0.9, 0.9)},
     places=EVERY)

kind("kidwatch", cat="electronics", fcats=[("electronics", 3), ("other", 1)], qty_o="一块", qty_f="一块",
     noun_o=["电话手表", "儿童手表"], noun_f=["儿童电话手表", "儿童智能手表"],
     colors=[("blue", 2), ("pink", 2), ("black", 1), ("purple", 1)], ck=(0.95, 0.9),
     brands=[("xtc", 3), ("huawei", 1)], bk=(0.95, 0.8),
     feats=[("kstrap", 0.7, {"dino": V(["表带是恐龙图案的"], ["恐龙图案表带"]),
                             "star": V(["表带上有星星"], ["星星图案表带"])}, 0.9, 0.95),
            ("kface", 0.4, {"cracked": V(["屏幕有裂纹"], ["屏幕有裂痕"])}, 0.9, 0.9)],
     specials={"label": (1.0, 1.0, 0.5)},
     places=[("school", 5), ("village", 2), ("market", 1), ("beach", 1)])

kind("smartwatch", cat="electronics", qty_o="一块", qty_f="一块", noun_o=["智能手表", "手表"],
     noun_f=["智能手表"], colors=[("black", 2), ("white", 1), ("silver", 1), ("pink", 1)], ck=(0.9, 0.9),
     brands=[("huawei", 2), ("apple", 2), ("xiaomi", 1)], bk=(1.0, 0.8), mk=(0.6, 0.2),
     feats=[("wstrap", 1.0, {"orange_sil": V(["橙色硅胶表带"], ["橙色硅胶表带"]),
                             "brown_leather": V(["棕色皮表带"], ["棕色皮质表带"]),
                             "blue_nylon": V(["蓝色尼龙表带"], ["蓝色尼龙表带"]),
                             "steel": V(["钢表带"], ["金属表带"])}, 0.95, 0.95)],
     places=EVERY)

kind("actioncam", cat="electronics", qty_o="一台", qty_f="一台", noun_o=["运动相机"], noun_f=["运动相机", "小相机"],
     en=["action camera"], colors=[("black", 4), ("grey", 1)], ck=(0.8, 0.85),
     brands=[("dji", 3), ("gopro", 2)], bk=(1.0, 0.85), mk=(0.7, 0.3),
     feats=[
         ("mount", 0.9, {"float_grip": V(["装着橙色漂浮手柄"], ["带橙色漂浮棒"], ["an orange floating grip"]),
                       "selfie": V(["连着自拍杆"], ["接自拍杆"], ["attached to a selfie stick"]),
                       "housing": V(["装在防水壳里"], ["套潜水防水壳"], ["in a dive housing"]),
                       "chest": V(["带胸前绑带"], ["附胸带"], ["with a chest strap"])}, 0.95, 0.95),
         ("csticker", 0.5, {"turtle": V(["机身贴了个海龟贴纸"], ["贴海龟贴纸"], ["a turtle sticker on it"]),
                            "flag": V(["贴了面小国旗"], ["贴小国旗贴纸"], ["a little flag sticker"])}, 0.9, 0.9),
         ("sd", 0.5, {"dive_videos": V(["卡里有我们潜水的视频"], [], ["the card has our diving videos"])}, 0.9, 0.0),
     ],
     places=[("beach", 4), ("boardwalk", 2), ("ferry", 2), ("island", 3)])

kind("walkie", cat="electronics", qty_o="一台", qty_f="一台", noun_o=["对讲机"], noun_f=["对讲机"],
     colors=[("black", 3), ("orange", 1), ("yellow", 1)], ck=(0.8, 0.9),
     brands=[("hytera", 1), ("baofeng", 2)], bk=(0.9, 0.85),
     feats=[("wx", 0.6, {"long_antenna": V(["换了根长天线"], ["长天线"]),
                         "tape": V(["机身缠着防水胶带"], ["缠有防水胶带"])}, 0.9, 0.95)],
     specials={"boat": (1.0, 0.9, 0.7)},
     places=[("harbour", 4), ("shelter", 2), ("iceplant", 1)])

kind("tablet", cat="electronics", qty_o="一台", qty_f="一台", noun_o=["平板电脑", "平板"], noun_f=["平板电脑"],
     colors=[("grey", 2), ("silver", 2), ("pink", 1), ("blue", 1)], ck=(0.8, 0.6),
     brands=[("apple", 2), ("huawei", 2), ("xiaomi", 1)], bk=(1.0, 0.85), mk=(0.5, 0.1),
     feats=[("tcase", 0.9, {"keyboard": V(["带键盘保护套"], ["套键盘皮套"]),
                            "kid_case": V(["儿童防摔壳，橙色手柄"], ["橙色手柄儿童保护壳"]),
                            "folio_navy": V(["藏青色翻盖保护套"], ["深蓝色翻盖保护套"])}, 0.95, 0.95)],
     specials={"label": (0.4, 0.9, 0.85)},
     places=[("ferry", 2), ("hospital", 2), ("busstation", 2), ("ferrypier", 1), ("school", 1)])

kind("kidbike", cat="bicycle", qty_o="一辆", qty_f="一辆", noun_o=["儿童自行车", "小孩单车"], noun_f=["儿童自行车"],
     vehicle=True, colors=[("pink", 2), ("blue", 2), ("red", 1), ("yellow", 1), ("green", 1)], ck=(1.0, 1.0),
     brands=[("youbei", 2), ("phoenix", 1), ("forever", 1), (None, 2)], bk=(0.8, 0.7),
     feats=[("ksize", 0.9, {"14": V(["14寸的"], ["约14寸"]), "16": V(["16寸"], ["16寸"]), "20": V(["20寸的"], ["20寸"])},
             0.8, 0.7),
            ("aux", 0.7, {"training": V(["带辅助轮"], ["装有辅助轮"]), "basket": V(["前面有小篮子"], ["带前车篮"]),
                          "tassels": V(["车把有彩色流苏"], ["车把挂彩色流苏"])}, 0.95, 0.95)],
     specials={"label": (0.3, 0.9, 0.8)},
     places=[("school", 3), ("village", 3), ("boardwalk", 2), ("market", 1)])

kind("bike", cat="bicycle", qty_o="一辆", qty_f="一辆", noun_o=["自行车", "单车"], noun_f=["自行车"], vehicle=True,
     colors=[("black", 2), ("white", 2), ("grey", 1), ("blue", 1), ("red", 1), ("green", 1)], ck=(1.0, 1.0),
     brands=[("giant", 2), ("merida", 1), ("phoenix", 1), ("forever", 1), (None, 1)], bk=(0.9, 0.8),
     feats=[("bstyle", 1.0, {"mountain": V(["山地车"], ["山地自行车"]), "folding": V(["折叠车"], ["折叠自行车"]),
                             "city": V(["普通通勤车"], ["城市自行车"])}, 0.95, 0.95),
            ("bbasket", 0.5, {"basket": V(["有前车筐"], ["带车筐"]), "rack_box": V(["后架有个箱子"], ["后架装有箱子"])},
             0.9, 0.95)],
     specials={"frame": (1.0, 0.15, 0.5), "rentno": (0.35, 1.0, 0.95)},
     places=[("boardwalk", 3), ("beach", 2), ("seawall", 2), ("island", 2), ("market", 1), ("school", 1)])

kind("umbrella", cat="other", qty_o="一把", qty_f="一把", noun_o=["雨伞", "伞"], noun_f=["雨伞", "伞"],
     colors=[("black", 4), ("navy", 2), ("transparent", 1), ("pink", 1), ("yellow", 1), ("green", 1), ("blue", 1)],
     ck=(0.95, 0.95), brands=[("tiantang", 2), ("jiaoxia", 1), (None, 4)], bk=(0.6, 0.6),
     feats=[("utype", 1.0, {"long": V(["长柄伞"], ["长柄雨伞"]), "folding": V(["折叠伞"], ["三折伞"]),
                            "auto": V(["自动的折叠伞"], ["自动开合折叠伞"])}, 0.95, 0.95),
            ("upattern", 0.5, {"floral": V(["有小碎花"], ["碎花图案"]), "checked": V(["格子的"], ["格子图案"]),
                               "cat": V(["印着卡通猫"], ["卡通猫图案"]), "uv": V(["里面是黑胶的"], ["内层黑胶"])},
             0.9, 0.9),
            ("handle", 0.5, {"wood": V(["木头弯柄"], ["木质弯柄"]), "red": V(["把手是红色的"], ["红色把手"])}, 0.85, 0.9)],
     specials={"label": (0.15, 0.9, 0.9)},
     places=EVERY)

kind("rod", cat="other", qty_o="一根", qty_f="一根", noun_o=["鱼竿", "钓竿"], noun_f=["鱼竿", "钓鱼竿"],
     colors=[("black", 3), ("blue", 1), ("red", 1)], ck=(0.8, 0.85),
     brands=[("gw", 2), ("daiwa", 1), ("shimano", 1), (None, 1)], bk=(0.95, 0.8),
     feats=[("rtype", 1.0, {"sea": V(["海竿"], ["海钓竿"]), "hand": V(["手竿"], ["手竿"]), "lure": V(["路亚竿"], ["路亚竿"])},
             0.95, 0.85),
            ("rlen", 0.8, {"3.6": V(["3米6的", "3.6米"], ["长约3.6米", "3.6m"]),
                           "4.5": V(["4米5的", "4.5米"], ["约4.5米"]),
                           "5.4": V(["5.4米的"], ["5.4m"])}, 0.9, 0.7),
            ("reel", 0.6, {"reel_shimano": V(["装着禧玛诺的渔轮"], ["带SHIMANO纺车轮"]),
                           "reel_daiwa": V(["配的达瓦渔轮"], ["配DAIWA渔轮"]),
                           "reel_red": V(["上面一个红色的渔轮"], ["带红色渔轮"])}, 0.95, 0.9),
            ("rbag", 0.5, {"black_bag": V(["装在黑色竿包里"], ["黑色竿包装着"]),
                           "camo_bag": V(["装在迷彩竿包里"], ["迷彩竿包"])}, 0.9, 0.95)],
     specials={"label": (0.3, 0.9, 0.85)},
     places=[("harbour", 2), ("seawall", 3), ("boardwalk", 2), ("shelter", 2), ("island", 2)])

kind("bottle", cat="other", qty_o="一个", qty_f="一个", noun_o=["水壶", "水杯", "保温杯"], noun_f=["水杯", "儿童水壶"],
     colors=[("pink", 2), ("blue", 2), ("green", 1), ("yellow", 1), ("purple", 1), ("silver", 1)], ck=(0.95, 0.95),
     brands=[("thermos", 1), ("fuguang", 2), ("locklock", 1), (None, 2)], bk=(0.7, 0.75),
     feats=[("bpat", 0.7, {"dino": V(["印着恐龙"], ["恐龙图案"]), "unicorn": V(["独角兽的"], ["独角兽图案"]),
                           "bear": V(["小熊图案"], ["小熊图案"]), "rocket": V(["印着火箭"], ["火箭图案"])}, 0.95, 0.95),
            ("bstrap", 0.6, {"strap_blue": V(["有蓝色背带"], ["带蓝色背带"]), "straw": V(["吸管款的"], ["吸管杯"]),
                             "strap_pink": V(["粉色背带"], ["粉色背带"])}, 0.9, 0.95)],
     specials={"label": (0.8, 0.95, 0.9)},
     places=[("school", 5), ("beach", 2), ("boardwalk", 1), ("hospital", 1), ("village", 1)])

kind("toy", cat="other", qty_o="一个", qty_f="一个", noun_o=["玩具"], noun_f=["儿童玩具"],
     colors=[("blue", 2), ("pink", 2), ("yellow", 1), ("grey", 1), ("brown", 1)], ck=(0.9, 0.95),
     feats=[("ttype", 1.0, {"dolphin": V(["毛绒海豚公仔"], ["毛绒海豚"]), "bear": V(["毛绒小熊"], ["毛绒熊"]),
                            "rc_car": V(["遥控小汽车"], ["遥控玩具车"]), "bucket": V(["沙滩小桶和铲子"], ["儿童沙滩桶、铲"]),
                            "doll": V(["洋娃娃"], ["洋娃娃"])}, 1.0, 1.0),
            ("twear", 0.5, {"bow": V(["脖子上系了个蝴蝶结"], ["系有蝴蝶结"]), "worn_ear": V(["一只耳朵磨破了"], ["一侧耳朵磨损"]),
                            "name_tag": V(["缝了个名字布标"], ["有缝制的名字布标"])}, 0.9, 0.9)],
     places=[("beach", 3), ("ferry", 2), ("hospital", 2), ("nightmarket", 1), ("school", 1), ("boardwalk", 1)])

kind("glasses", cat="other", qty_o="一副", qty_f="一副", noun_o=["眼镜"], noun_f=["眼镜"],
     colors=[("black", 3), ("brown", 1), ("gold", 1), ("transparent", 1)], ck=(0.85, 0.9),
     feats=[("gtype", 1.0, {"myopia": V(["近视眼镜"], ["近视眼镜"]), "sun": V(["墨镜"], ["太阳镜"]),
                            "reading": V(["老花镜"], ["老花眼镜"])}, 1.0, 0.95),
            ("gcase", 0.6, {"blue_case": V(["装在蓝色眼镜盒里"], ["蓝色眼镜盒装"]),
                            "brown_case": V(["棕色皮眼镜盒"], ["棕色眼镜盒"]),
                            "pouch": V(["装在绒布袋里"], ["绒布眼镜袋"])}, 0.95, 0.95),
            ("gframe", 0.7, {"half": V(["半框的"], ["半框"]), "round": V(["圆框"], ["圆形镜框"]),
                             "thick": V(["粗框"], ["粗框"])}, 0.9, 0.9),
            ("degree", 0.6, {"d": V(["度数左400右350"], [])}, 0.8, 0.0)],
     places=EVERY)

kind("medbag", cat="other", qty_o="一袋", qty_f="一袋", noun_o=["药", "药品"], noun_f=["药品", "药"],
     feats=[("mbag", 1.0, {"hosp_bag": V(["卫生院的白色塑料袋装着"], ["卫生院白色药袋"]),
                           "red_bag": V(["红色塑料袋装着"], ["红色塑料袋"])}, 0.9, 0.95),
            ("mcontent", 1.0, {"bp": V(["是降压药和降糖药"], ["内有降压药等"]),
                               "insulin": V(["里面有两支胰岛素笔"], ["胰岛素注射笔两支"]),
                               "ct": V(["还有一个CT片袋"], ["另有CT片一袋"]),
                               "herbs": V(["几包中药"], ["中药数包"])}, 0.95, 0.95)],
     specials={"label": (1.0, 1.0, 0.8)},
     places=[("hospital", 5), ("busstation", 2), ("market", 1), ("seawall", 1)])

kind("icebox", cat="other", qty_o="一个", qty_f="一个", noun_o=["泡沫箱", "一箱海鲜"], noun_f=["泡沫箱"],
     feats=[("icontent", 1.0, {"shrimp": V(["里面是冻虾，十斤左右"], ["内装冻虾约十斤"]),
                               "crab": V(["装着花蟹"], ["内有螃蟹若干"]),
                               "squid": V(["装的是鱿鱼干"], ["内装鱿鱼干"]),
                               "fish": V(["装着几条马鲛鱼"], ["内有马鲛鱼数条"])}, 1.0, 0.95),
            ("itape", 0.6, {"yellow": V(["外面缠了黄色胶带"], ["箱外缠黄色胶带"]),
                            "blue": V(["用蓝色打包带捆着"], ["蓝色打包带捆扎"])}, 0.9, 0.95)],
     specials={"label": (0.8, 0.95, 0.85)},
     places=[("harbour", 3), ("iceplant", 3), ("market", 2), ("nightmarket", 1), ("seawall", 1)])

kind("cane", cat="other", qty_o="一根", qty_f="一根", noun_o=["拐杖"], noun_f=["拐杖"],
     colors=[("brown", 2), ("black", 1), ("silver", 2)], ck=(0.8, 0.9),
     feats=[("ctype", 1.0, {"four_leg": V(["四脚拐杖"], ["四脚拐杖"]), "wood": V(["木头拐杖"], ["木质拐杖"]),
                            "folding": V(["可以折的铝拐杖"], ["折叠铝合金拐杖"])}, 1.0, 1.0),
            ("chandle", 0.6, {"red_cloth": V(["把手缠了红布"], ["手柄缠红布"]),
                              "light": V(["带个小灯"], ["带照明灯"])}, 0.9, 0.95)],
     places=[("hospital", 4), ("busstation", 2), ("market", 1), ("boardwalk", 1)])

# how many lost reports of each kind, and how many of those are handed in
PLAN = [
    ("phone", 46, 30), ("ebike", 14, 9), ("battery", 6, 3),
    ("wallet", 18, 12), ("cardholder", 6, 4),
    ("idcard", 12, 10), ("sscard", 4, 3), ("driver", 3, 2), ("schoolcard", 2, 2), ("seacert", 2, 1),
    ("passport", 2, 1), ("healthcert", 1, 1),
    ("housekeys", 10, 6), ("carkey", 6, 4), ("ebikekey", 4, 2), ("boatkey", 4, 2),
    ("backpack", 6, 4), ("crossbag", 4, 3), ("beachbag", 3, 2), ("waistbag", 3, 2), ("schoolbag", 2, 1),
    ("suitcase", 1, 1), ("drybag", 1, 0),
    ("cash", 10, 4),
    ("necklace", 6, 3), ("bracelet", 4, 2), ("ring", 3, 2), ("earring", 2, 1), ("jadebangle", 1, 0),
    ("earbuds", 7, 4), ("powerbank", 4, 2), ("kidwatch", 3, 2), ("smartwatch", 2, 1), ("actioncam", 3, 2),
    ("walkie", 2, 1), ("tablet", 1, 1),
    ("kidbike", 4, 3), ("bike", 4, 2),
    ("umbrella", 5, 3), ("rod", 4, 2), ("bottle", 4, 3), ("toy", 3, 2), ("glasses", 3, 2), ("medbag", 2, 1),
    ("icebox", 2, 1), ("cane", 1, 1),
]


# ----------------------------------------------------------------------------- people
VOICE_YEARS = {"elder": (1938, 1952), "fisher_m": (1962, 1993), "fisher_w": (1965, 1995),
               "tourist": (1972, 2004), "rider": (1984, 2004), "nurse": (1985, 2001),
               "teacher": (1972, 1999), "parent": (1982, 1996), "stall": (1968, 1996),
               "resident": (1958, 2002), "foreign_en": (1970, 2002), "foreign_py": (1975, 2002),
               "proxy": (1960, 2000)}


def make_person(voice):
    if voice in ("fisher_m", "elder"):
        sex = "m"
    elif voice in ("fisher_w",):
        sex = "f"
    elif voice == "nurse":
        sex = "f" if chance(0.85) else "m"
    elif voice == "rider":
        sex = "m" if chance(0.8) else "f"
    else:
        sex = "m" if chance(0.5) else "f"
    lo, hi = VOICE_YEARS[voice]
    year = R.randint(lo, hi)
    if voice in ("foreign_en", "foreign_py", "proxy"):
        origin, name = "foreign", make_foreign()
    elif voice == "tourist":
        origin, name = pick(INLAND), make_name(sex)
    else:
        origin, name = "local", make_name(sex)
    p = {"sex": sex, "year": year, "origin": origin, "name": name, "voice": voice}
    p["kid"] = None
    if voice in ("parent", "teacher", "tourist", "fisher_w", "resident"):
        kn = make_name("m" if chance(0.5) else "f", kid=True)
        if voice != "teacher":
            kn = name[0] + kn[1:]
            if kn in USED_NAMES:
                kn = make_name("m", kid=True)
            USED_NAMES.add(kn)
        p["kid"] = kn
    return p


KID_KINDS = {"schoolcard", "schoolbag", "kidwatch", "bottle", "kidbike", "toy"}
ENGRAVES = ["L&W", "C♡L", "520", "平安", "0816", "J&M", "永结同心", "H.Y.", "1314", "福", "Z&Q", "爱"]
LABEL_SHOPS = ["阿强海鲜", "阿妹鱼档", "陈记", "林记冻品", "蔡记", "阿福鱼档"]


def make_special(key, o, person):
    k = o["kind"]
    if key == "imei":
        return make_imei()
    if key == "phoneno":
        return digits(4)
    if key == "plate":
        return make_plate()
    if key == "frame":
        return make_frame(o.get("brand"))
    if key == "bserial":
        return make_bserial(o.get("brand"))
    if key == "name":
        if k == "schoolcard":
            return person["kid"] or make_name("m", kid=True)
        return person["name"]
    if key == "fname":
        return person["name"]
    if key == "idnum":
        org = person["origin"] if person["origin"] in REGION else "local"
        return make_idnum(org, person["year"], person["sex"] == "m")
    if key == "cardtail":
        return (pick([b[0] for b in BANKS]), digits(4))
    if key == "cash":
        if k == "cash":
            return pick([600, 800, 1200, 1500, 2000, 2600, 3000, 3500, 4200, 5000, 6800, 8000])
        if k == "waistbag":
            return R.randint(8, 60) * 10 + pick([0, 5])
        return pick([0, 50, 120, 200, 300, 350, 460, 500, 800, 1000, 1200])
    if key == "count":
        return R.randint(2, 6) if k == "housekeys" else R.randint(1, 3)
    if key == "boat":
        return pick(BOATS)
    if key == "certno":
        return "YC" + digits(9)
    if key == "passno":
        return pick("CEGKMPX") + digits(8)
    if key == "cardno":
        return digits(4)
    if key == "healthno":
        return "LC2025" + digits(5)
    if key == "material":
        if k == "bracelet":
            return pick(["gold", "gold", "silver"])
        if k == "earring":
            return pick(["gold", "silver"])
        return pick(["gold", "gold", "gold", "k18", "silver"])
    if key == "weight":
        base = {"necklace": (6, 30), "bracelet": (15, 45)}[k]
        return round(R.uniform(*base), 1)
    if key == "engrave":
        return pick(ENGRAVES)
    if key == "rentno":
        return R.randint(3, 88)
    if key == "label":
        if k in KID_KINDS or k == "tablet":
            return person["kid"] or person["name"]
        if k in ("battery", "rod", "umbrella", "powerbank"):
            return nick(person["name"]) if person["origin"] != "foreign" else person["name"]
        if k == "icebox":
            return pick([nick(person["name"]), pick(LABEL_SHOPS)])
        return person["name"]
    raise KeyError(key)


def make_obj(k, person):
    spec = KINDS[k]
    o = {"kind": k, "group": spec["group"], "feats": {}, "sp": {}, "color": None, "brand": None,
         "model": None}
    if spec["colors"]:
        o["color"] = wpick(spec["colors"])
    if spec["brands"]:
        o["brand"] = wpick(spec["brands"])
    if (k, o["brand"]) in MODELS:
        o["model"] = pick(MODELS[(k, o["brand"])])
    for key, p, vals, ok, fk in spec["feats"]:
        if chance(p):
            o["feats"][key] = pick(sorted(vals))
    for key in sorted(spec["specials"]):
        p = spec["specials"][key][0]
        if chance(p):
            o["sp"][key] = make_special(key, o, person)
    if k == "wallet" and "name" not in o["sp"]:
        o["sp"].pop("idnum", None)
    if person["origin"] == "foreign":
        o["sp"].pop("idnum", None)
        o["sp"].pop("cardtail", None)
    if "material" in o["sp"]:
        o["color"] = MAT_COLOR[o["sp"]["material"]]
    if k == "earbuds" and o["brand"] == "apple":
        o["color"] = "white"
    if k == "bike" and "rentno" in o["sp"]:
        o["sp"].pop("frame", None)
    return o


# ----------------------------------------------------------------------------- what each side can know
RANGE_KEYS = {"cash", "count", "weight"}
POWERED = {"有电，锁着屏", "屏幕亮着，一直有未接来电"}
STATES = {
    "phone": ["已进水，开不了机", "没电关机了", "有电，锁着屏", "屏幕亮着，一直有未接来电", "机身湿透，黑屏"],
    "ebike": ["电池已被拆走", "车锁被撬过", "停在路边好几天没人动", "钥匙还插在车上", "车身很多泥水"],
    "bicycle": ["没上锁", "车胎没气了", "被雨淋了好几天"],
    "wallet": ["被雨淋湿了", "东西看着都在"],
    "bag": ["被雨淋湿了", "拉链开着"],
}


def capability(o, key, side):
    spec = KINDS[o["kind"]]
    i = 0 if side == "o" else 1
    if key == "color":
        if o["color"] is None:
            return 0.0
        if o["kind"] == "phone" and side == "f" and o["feats"].get("case") in CASE_COLOR:
            return 0.0
        if "material" in o["sp"]:
            return 0.0   # jewellery colour is said through the material
        return spec["ck"][i]
    if key == "brand":
        return spec["bk"][i] if o["brand"] else 0.0
    if key == "model":
        return spec["mk"][i] if o["model"] else 0.0
    for fk_, p, vals, ok, fk in spec["feats"]:
        if fk_ == key:
            if key not in o["feats"]:
                return 0.0
            if not vals[o["feats"][key]][side]:
                return 0.0
            if o["kind"] == "phone" and key == "lock" and side == "f":
                return 0.7 if o.get("_state") in POWERED else 0.0
            return ok if side == "o" else fk
    if key in spec["specials"] and key in o["sp"]:
        return spec["specials"][key][1 + i]
    return 0.0


def all_keys(o):
    spec = KINDS[o["kind"]]
    ks = ["color", "brand", "model"] + [f[0] for f in spec["feats"]] + sorted(spec["specials"])
    return [k for k in ks if (k in ("color", "brand", "model") and o.get(k)) or k in o["feats"] or k in o["sp"]]


def both_knowable(o, key):
    return capability(o, key, "o") > 0 and capability(o, key, "f") > 0


# ----------------------------------------------------------------------------- numbers in words
CN = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "两" if n == 2 else CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    return str(n)


def cash_owner(amt):
    """owner's words for an amount, with the range those words allow"""
    if amt == 0:
        return ("里面没什么钱", 0, 20)
    x = R.random()
    if x < 0.35:
        return ("%d元" % amt, amt, amt)
    if amt >= 1000:
        k = amt // 1000
        if x < 0.7:
            return ("%s千多块" % cn_num(k) if amt % 1000 else "%s千块左右" % cn_num(k),
                    k * 1000 if amt % 1000 else int(k * 1000 * 0.9), (k + 1) * 1000 if amt % 1000 else int(k * 1000 * 1.1))
        lo, hi = int(amt * 0.85), int(amt * 1.15)
        return ("大概%d块左右" % (round(amt / 100.0) * 100), lo, hi)
    if amt >= 100:
        h = amt // 100
        if x < 0.7 and amt % 100:
            return ("%s百多块" % cn_num(h), h * 100, (h + 1) * 100)
        return ("大概%d块" % (round(amt / 50.0) * 50), int(amt * 0.8), int(amt * 1.2) + 10)
    return ("几十块零钱", 10, 99)


def cash_finder(amt):
    if amt == 0:
        return pick(["无现金", "里面没有现金"])
    h, rest = amt // 100, amt % 100
    if h and chance(0.5):
        s = "现金%d元（百元%d张%s）" % (amt, h, ("，其余零钞%d元" % rest) if rest else "")
    else:
        s = pick(["现金%d元", "人民币%d元", "内有现金%d元"]) % amt
    return s


FANCY_KINDS = {"phone", "earbuds", "smartwatch", "tablet", "ebike", "kidwatch", "powerbank"}


def make_bit(o, key, side, ctx):
    """one thing this side says about the object: text for the body, optional field, exposure value"""
    k = o["kind"]
    spec = KINDS[k]
    en = ctx.get("lang") == "en"
    py = ctx.get("lang") == "py"
    b = {"key": key, "val": None, "text": "", "field": None, "fval": None, "adj": False}
    if key == "color":
        c = o["color"]
        b["val"] = c
        fancy_ok = k in FANCY_KINDS and ctx.get("voice") not in ("elder", "fisher_m", "fisher_w", "rider")
        side_c = side if (side == "f" or fancy_ok) else "p"
        b["text"] = COLORS[c][3] if en else (COLORS[c][4] if py else color_text(c, side_c))
        b["field"], b["fval"], b["adj"] = "color", (COLORS[c][3] if (en or py) else color_text(c, side_c)), True
        return b
    if key == "brand":
        bt = brand_en(o["brand"], k) if (en or py) else brand_text(o["brand"], side, k)
        b.update(val=o["brand"], text=bt, field="brand", fval=bt, adj=True)
        if side == "f" and not (en or py) and chance(0.35):
            pats = ["印有%s标志", "背面有%s字样"] + ([] if bt.endswith(("牌", "伞")) else ["%s牌"])
            b["text"] = pick(pats) % bt
            b["adj"] = False
        return b
    if key == "model":
        mt = model_text(o["model"], side)
        b.update(val=o["model"], text=mt, field="model", fval=mt, adj=True)
        if side == "f":
            b["text"] = pick(["机身印着%s", "看型号是%s", "型号%s"]) % mt
            b["adj"] = False
        return b
    for fk_, p, vals, ok, fk in spec["feats"]:
        if fk_ == key:
            v = o["feats"][key]
            entry = vals[v]
            if en:
                if not entry["en"]:
                    return None
                t = pick(entry["en"])
            elif py:
                if not entry["py"]:
                    return None
                t = pick(entry["py"])
            else:
                t = pick(entry[side])
            b.update(val=v, text=t, field="marks")
            if k == "phone" and key == "case" and side == "f" and v in CASE_COLOR and not (en or py):
                b["field"], b["fval"] = "color", CASE_COLOR[v]
                b["also_marks"] = True
            return b
    v = o["sp"][key]
    b["val"] = v
    if py:
        # a visitor typing pinyin says only the simplest things
        if key == "imei":
            f = imei_forms(v, side)
            b.update(text="IMEI " + f, field="serial", fval=f)
        elif key == "phoneno":
            b.update(text="haoma weishu %s" % v)
        elif key == "name":
            b.update(text="kapian shang mingzi %s" % v)
        elif key == "cash":
            b.update(text="li mian you %d kuai qian" % v, val=(int(v * 0.85), int(v * 1.15) + 10))
        elif key == "label":
            b.update(text="you mingzi pai %s" % v, field="marks")
        else:
            return None
        return b
    if key == "imei":
        f = imei_forms(v, side)
        if side == "o" and chance(0.15):
            f = "后六位" + v[-6:]
        if en:
            t = "IMEI " + f
        elif py:
            t = "IMEI " + f
        elif side == "o":
            t = pick(["IMEI号%s", "串号%s", "IMEI：%s（盒子上抄的）", "IMEI %s"]) % f
        else:
            t = pick(["民警查看卡托，IMEI %s", "IMEI：%s", "取出卡托看到串号%s"]) % f
        b.update(text=t, field="serial", fval=f)
    elif key == "phoneno":
        t = ("my number ends in %s" % v) if en else pick(["手机号尾号%s", "号码后四位%s", "电话号码尾数%s"]) % v
        b.update(text=t)
    elif key == "plate":
        f = plate_forms(v, side)
        t = (pick(["车牌%s", "牌照%s", "号牌%s"]) if side == "o" else pick(["号牌%s", "车牌%s", "挂%s号牌"])) % f
        if f.startswith("尾号"):
            t = "车牌" + f
        b.update(text=t, field="serial", fval=f)
    elif key == "frame":
        f = frame_forms(v)
        t = (pick(["车架号%s（发票上有）", "车架号%s"]) if side == "o" else pick(["车架号%s", "民警核对车架号为%s"])) % f
        if f.startswith("后六位"):
            t = "车架号" + f
        b.update(text=t, field="serial", fval=f)
    elif key == "bserial":
        t = (pick(["电池编号%s", "电池上的编码%s"]) if side == "o" else pick(["电池标签编号%s", "编号%s"])) % v
        b.update(text=t, field="serial", fval=v)
    elif key == "name":
        if k == "wallet" and v.isascii():
            t = ("cards with my name %s inside" % v) if en else (
                pick(["里面的卡是我的名字%s", "卡上名字%s"]) if side == "o" else pick(["内有外文姓名卡片，姓名%s", "卡片上姓名%s"])) % v
        elif k == "wallet":
            t = (pick(["里面有我的身份证（%s）", "身份证也在里面，名字%s", "有身份证，我叫%s"]) if side == "o"
                 else pick(["内有%s的身份证", "内有身份证一张，姓名%s", "有身份证（%s）"])) % v
            if en:
                t = "my ID card is inside, name %s" % v
        elif k == "schoolcard":
            t = (pick(["孩子叫%s", "名字是%s"]) if side == "o" else pick(["卡上姓名%s", "姓名：%s"])) % v
        else:
            t = (pick(["姓名%s", "名字%s", "本人%s", "名字是%s"]) if side == "o"
                 else pick(["姓名：%s", "证上姓名%s", "姓名%s", "持证人%s"])) % v
        b.update(text=t)
    elif key == "fname":
        t = ("name %s" % v) if en else (pick(["姓名%s", "持照人%s"]) % (v.upper() if side == "f" else v))
        b.update(text=t)
    elif key == "idnum":
        f = id_forms(v, side)
        if en:
            t = "ID number %s" % f
        elif side == "o":
            t = pick(["身份证号%s", "身份证号码%s", "号码%s"]) % f
        else:
            t = pick(["证件号码%s", "号码%s", "身份证号%s"]) % f
        b.update(text=t, field="serial", fval=f)
    elif key == "cardtail":
        bank, tail = v
        t = ("a bank card ending %s" % tail) if en else tail_forms(bank, tail, side)
        b.update(text=t, field="serial", fval=tail_serial(bank, tail, side))
    elif key == "cash":
        if side == "o":
            t, lo, hi = cash_owner(v)
            if en:
                t, lo, hi = "about %d yuan cash" % v, int(v * 0.85), int(v * 1.15)
            elif k == "wallet" or k == "waistbag":
                t = ("里面有现金" + t) if not t.startswith("里面") else t
            b["val"] = (lo, hi)
        else:
            t = cash_finder(v)
            b["val"] = (v, v)
        b.update(text=t)
    elif key == "count":
        if side == "o":
            if chance(0.5):
                lo, hi = v, v
                t = ("%d keys" % v) if en else pick(["一共%s把", "%s把钥匙"]) % cn_num(v)
            else:
                lo = v - 1 if chance(0.5) and v > 1 else v
                hi = lo + 1
                t = ("%d or %d keys" % (lo, hi)) if en else "%s%s把" % (cn_num(lo), cn_num(hi))
            b["val"] = (lo, hi)
        else:
            t = pick(["共%d把", "钥匙%d把", "%d把钥匙"]) % v
            b["val"] = (v, v)
        b.update(text=t)
    elif key == "boat":
        if side == "o":
            t = pick(["船名%s", "我们船是%s", "上面写着船名%s"]) % v
        else:
            t = pick(["写有“%s”", "标有船名%s", "贴着“%s”字样"]) % v
        b.update(text=t, field="marks")
    elif key == "certno":
        t = pick(["证书编号%s", "编号%s"]) % v
        b.update(text=t, field="serial", fval=v)
    elif key == "passno":
        t = ("passport number %s" % v) if en else pick(["护照号%s", "护照号码%s"]) % v
        b.update(text=t, field="serial", fval=v)
    elif key == "cardno":
        t = (pick(["卡号%s", "编号%s"]) if side == "o" else pick(["编号%s", "卡号%s"])) % v
        b.update(text=t, field="serial", fval=v)
    elif key == "healthno":
        t = pick(["编号%s", "健康证编号%s"]) % v
        b.update(text=t, field="serial", fval=v)
    elif key == "material":
        t = pick(MAT_TEXT[v][0 if side == "o" else 1])
        ct = {"gold": ["金色", "黄金色"], "k18": ["金色"], "silver": ["银色", "银白色"]}[v]
        b.update(text=t, field="color", fval=pick(ct))
        b["also_marks"] = True
    elif key == "weight":
        if side == "o":
            t = pick(["大概%d克", "%d克左右", "买的时候%d克"]) % round(v)
            b["val"] = (round(v) - 2.0, round(v) + 2.0)
        else:
            t = "称重约%.1f克" % v
            b["val"] = (v - 0.3, v + 0.3)
        b.update(text=t, field="marks")
    elif key == "engrave":
        if side == "o":
            t = pick(["内圈刻着“%s”", "刻了“%s”", "上面刻了字“%s”"]) % v
            if en:
                t = "engraved \"%s\"" % v
        else:
            t = pick(["内侧刻有“%s”", "刻有“%s”字样"]) % v
        b.update(text=t, field="marks")
    elif key == "rentno":
        t = (pick(["是租的车，车身贴着银沙租车%d号", "租车行的车，编号%d"]) if side == "o"
             else pick(["车身贴有“银沙租车 %d号”", "车上有租车行编号%d"])) % v
        b.update(text=t, field="serial", fval="银沙租车%d号" % v)
    elif key == "label":
        if k in ("battery",):
            t = (pick(["外壳用记号笔写了“%s”", "上面写了%s"]) if side == "o" else pick(["外壳有记号笔字“%s”", "写有“%s”"])) % v
        elif k in KID_KINDS or k == "tablet":
            t = (pick(["贴了名字贴，写着%s", "上面有孩子名字%s"]) if side == "o" else pick(["名字贴写着%s", "贴有姓名贴“%s”"])) % v
        elif k == "medbag":
            t = (pick(["药袋上写的病人名字是%s", "处方上是%s的名字"]) if side == "o"
                 else pick(["药袋上写患者姓名%s", "处方单姓名%s"])) % v
        elif k == "icebox":
            t = (pick(["箱子上用记号笔写着“%s”", "箱上写了%s"]) if side == "o" else pick(["箱上记号笔写“%s”", "箱面写有“%s”"])) % v
        elif k in ("backpack", "suitcase"):
            t = (pick(["挂着行李牌写着%s", "有个名字牌%s"]) if side == "o" else pick(["行李牌姓名%s", "挂牌写有%s"])) % v
            if en:
                t = "a luggage tag with my name %s" % v
        else:
            t = (pick(["上面写了“%s”", "贴着名字%s"]) if side == "o" else pick(["写有“%s”", "贴有名字“%s”"])) % v
        b.update(text=t, field="marks")
    else:
        raise KeyError(key)
    return b


# ----------------------------------------------------------------------------- voices
ACTS = {"harbour": ["卸鱼", "补网", "收网回来", "搬货"], "iceplant": ["装冰", "拉冰"],
        "shelter": ["加固渔船", "绑船避风"], "nightmarket": ["吃宵夜", "买海鲜", "逛夜市"],
        "ferrypier": ["等船", "买票", "排队上船"], "ferry": ["坐着", "打瞌睡", "看海"],
        "island": ["岛上玩", "上岛游玩"], "beach": ["玩水", "游泳", "拍照"],
        "boardwalk": ["散步", "拍照", "看海"], "hospital": ["看病", "陪家人输液", "排队缴费"],
        "school": ["接孩子", "送孩子报到", "开家长会"], "depot": ["换电", "休息"],
        "market": ["买菜", "买东西"], "busstation": ["等车", "坐车"], "village": ["串门", "散步"],
        "seawall": ["骑车经过", "散步", "等公交"]}
GUARD = {"ferrypier": "码头工作人员", "beach": "救生员", "boardwalk": "栈道巡查员", "hospital": "卫生院保安",
         "school": "学校门卫", "busstation": "车站工作人员", "island": "岛上码头管理员"}

LOST_OPEN = {
    "resident": ["{T}在{P}{act}，回家发现{N}不见了。", "本人{T}在{P}不慎遗失{N}。", "{T}在{P}附近丢了{N}。",
                 "{T}去{P}{act}，{N}丢了。"],
    "tourist": ["您好，我们是{prov}来的游客，{T}在{P}{act}，{N}不见了。", "来澜沧湾玩，{T}在{P}{act}的时候把{N}弄丢了。",
                "游客求助：{T}在{P}{act}时遗失{N}。", "{T}我们一家在{P}{act}，回酒店才发现{N}不见了。"],
    "fisher_m": ["{T}在{P}{act}，{N}跌咗。", "{T}我在{P}{act}，{N}唔见咗。", "出海返来，{T}在{P}{act}，丢了{N}。"],
    "fisher_w": ["帮我老公登记，他{T}在{P}{act}，丢了{N}。", "{T}我在{P}{act}，{N}唔见了。",
                 "我系渔民新村的，{T}在{P}丢了{N}。"],
    "rider": ["骑手，{T}跑单经过{P}，{N}丢了。", "{T}在{P}送单，{N}不见了。", "{T} {P} 丢{N}。"],
    "stall": ["我是夜市档主，{T}收档时在{P}丢了{N}。", "档主，{T}在{P}开档，{N}不知道是掉了还是被人拿了。",
              "{T}在{P}做生意，{N}不见了。"],
    "nurse": ["我是卫生院护士，{T}下夜班在{P}丢了{N}。", "{T}上班时在{P}遗失{N}。"],
    "teacher": ["中心小学老师，{T}开学报到那阵在{P}丢了{N}。", "{T}在{P}遗失{N}。"],
    "parent": ["孩子{T}在{P}把{N}弄丢了。", "{T}送孩子去{P}，{N}不见了。", "家长登记：{T}在{P}丢失{N}。"],
    "elder": ["（老人口述，民警代录）{elder}称{T}在{P}{act}时，{N}不见了。",
              "老人家讲{T}去{P}{act}，{N}唔见咗，由民警代为登记。"],
    "proxy": ["外籍游客，民警协助登记：{T}在{P}遗失{N}。", "（外国游客，经翻译软件沟通后代录）{T}在{P}丢失{N}。"],
}
LOST_OPEN_VEH = ["{T}把{N}停在{P}，回来车不见了。", "停在{P}的{N}{T}被偷了。", "{T}{N}停在{P}门口不见了，怀疑被偷。",
                 "{N}{T}停在{P}，出来就没了。"]
LOST_OPEN_KID = {"teacher": ["我班学生{kid}{T}在{P}丢了{N}。", "老师代登记：学生{kid}{T}在{P}遗失{N}。"]}
LOST_CLOSE = ["有捡到的请联系我，必有重谢！", "麻烦帮忙留意一下，谢谢。", "急！！", "里面东西对我很重要。",
              "好心人捡到请交派出所。", "谢谢民警同志。", "", "", ""]
FOUND_OPEN = {
    "fisher": ["{T}在{P}补网时看到地上有{N}。", "{T}在{P}捡到{N}。", "出海前{T}在{P}看到有{N}落在石阶上。"],
    "worker": ["冰厂工人{T}在{P}装冰时发现{N}。", "{T}冰厂员工在{P}捡到{N}。"],
    "stall": ["{T}收档时在{P}发现有人落下{N}。", "我在{P}开档，{T}有客人落下{N}。", "{T}档口桌上发现{N}，不知道谁的。"],
    "cleaner": ["环卫工{T}在{P}清扫时捡到{N}。", "环卫工人{T}于{P}拾得{N}。"],
    "guard": ["{title}{T}在{P}巡查时发现{N}。", "{T}{title}在{P}拾得{N}，交来登记。"],
    "officer": ["民警巡逻于{T}在{P}发现{N}。", "巡逻时{T}在{P}发现{N}。"],
    "crew": ["澜沧6号渡轮船员交来：{T}航次到港清舱，在{sp}座位下发现{N}。", "渡轮清舱时{T}在{sp}拾得{N}，船员交来。"],
    "nurse": ["卫生院护士站交来：{T}在{P}拾得{N}。", "{T}在{P}捡到{N}，护士代交。"],
    "teacher": ["中心小学老师交来：{T}在学校{sp}捡到{N}。", "{T}在{P}拾到{N}，学校交来。"],
    "rider": ["{T}送餐路过{P}捡到{N}。", "骑手交来：{T}在{P}路边捡到{N}。"],
    "tourist": ["游客交来：{T}在{P}捡到{N}。", "我们{T}在{P}玩的时候捡到{N}，交给你们。"],
    "resident": ["{T}在{P}捡到{N}。", "群众交来：{T}在{P}拾得{N}。", "{T}在{P}拾得{N}，送来派出所。"],
    "foreign_handin": ["一名外国游客交来：{T}在{P}捡到{N}（用翻译软件说明）。"],
}
FOUND_OPEN_VEH = ["{T}在{P}发现{N}停放多日无人认领。", "群众反映{P}路边停着{N}好几天了，{T}民警到场查看。",
                  "{T}巡逻发现{P}有{N}被丢弃。"]
FOUND_CLOSE = ["已交派出所保管。", "请失主带有效证件认领。", "暂存阳光坐席。", "", "", "等失主来领。"]
STYLE = {"elder": "formal", "proxy": "formal", "officer": "formal", "cleaner": "formal", "fisher_m": "hao",
         "fisher_w": "hao", "rider": "hao", "fisher": "hao", "worker": "hao"}
LOCAL_WORDS = [("钥匙", "锁匙", 0.6), ("钱包", "银包", 0.5), ("不知道", "唔知", 0.6), ("没有", "冇", 0.4),
               ("不见了", "唔见咗", 0.4), ("丢了", "跌咗", 0.3)]
TYPOS = [("钥匙", "要是"), ("钥匙", "钥是"), ("身份证", "身分证"), ("充电宝", "冲电宝"), ("项链", "项连"),
         ("电瓶", "电平"), ("耳机", "耳几"), ("钱包", "前包"), ("雨伞", "雨散"), ("手镯", "手卓"),
         ("戒指", "介指"), ("渔船", "鱼船"), ("现金", "现今"), ("护照", "户照"), ("拐杖", "拐丈"),
         ("眼镜", "眼睛"), ("驾驶证", "驾使证"), ("手机", "手鸡"), ("电动车", "电东车"), ("钱包", "钱宝")]


def local_words(s):
    for a, b, p in LOCAL_WORDS:
        if a in s and chance(p):
            s = s.replace(a, b)
    if chance(0.5):
        s = s.replace("是", "系")
    return s


def typo(s):
    cands = [(a, b) for a, b in TYPOS if a in s]
    if not cands:
        return s
    a, b = pick(cands)
    i = s.find(a)
    return s[:i] + b + s[i + len(a):]


def place_phrase(pids, with_spot, lang=None):
    if lang in ("en", "py"):
        idx = 4 if lang == "en" else 5
        names = [PLACES[p][idx] for p in pids]
        return (" or ".join(names)) if lang == "en" else (" huozhe ".join(names))
    parts = []
    for i, p in enumerate(pids):
        s = alias(p)
        if with_spot and i == 0 and p != "ferry":
            s += spot(p)
        elif with_spot and i == 0:
            s += spot(p)
        parts.append(s)
    if len(parts) == 1:
        return parts[0]
    return pick(["%s或者%s", "%s，也可能是%s"]) % (parts[0], parts[1])


FILL_P = {"min": 0.25, "body": 0.7, "mixed": 0.8, "full": 0.92}


def choose_bits(o, side, ctx):
    fill = ctx["fill"]
    chosen = []
    for key in all_keys(o):
        if key in ctx["forbid"]:
            continue
        capp = capability(o, key, side)
        if capp <= 0:
            continue
        forced = key in ctx["force"]
        if not forced and not chance(capp):
            continue
        incl = FILL_P[fill]
        if key in ("color", "brand", "material") and fill != "min":
            incl = max(incl, 0.85)
        if not forced and not chance(incl):
            continue
        b = make_bit(o, key, side, ctx)
        if b is None:
            continue
        b["forced"] = forced
        chosen.append(b)
    if fill == "min":
        free = [b for b in chosen if not b["forced"]]
        keep = set(id(b) for b in free[:2])
        chosen = [b for b in chosen if b["forced"] or id(b) in keep]
    return chosen


def noun_phrase(o, side, adjs, lang):
    spec = KINDS[o["kind"]]
    k = o["kind"]
    adjs = sorted(adjs, key=lambda b: ["color", "brand", "model"].index(b["key"]))
    if lang == "en":
        words = [b["text"] for b in adjs]
        return " ".join(words + [pick(spec["en"])])
    if lang == "py":
        words = [b["text"] for b in adjs]
        return " ".join(words + [pick(spec["py"])])
    if "material" in o["sp"] and k in GOLD_NOUN:
        noun = pick(GOLD_NOUN[k][o["sp"]["material"]][0 if side == "o" else 1])
    else:
        noun = pick(spec["noun_o"] if side == "o" else spec["noun_f"])
    col = [b for b in adjs if b["key"] == "color"]
    br = [b for b in adjs if b["key"] == "brand"]
    md = [b for b in adjs if b["key"] == "model"]
    s = ""
    if col:
        s += col[0]["text"] + ("的" if chance(0.3) else "")
    if br:
        s += br[0]["text"]
    if md:
        s += (" " if s and s[-1].isascii() and md[0]["text"][0].isascii() else "") + md[0]["text"]
    if noun.startswith("一"):
        return s + noun[1:] if s else noun
    qty = spec["qty_o"] if side == "o" else spec["qty_f"]
    return qty + s + noun


def render(side, o, ctx):
    """ctx: voice fill person places/place frm to / found_at force forbid cat lang"""
    lang = ctx.get("lang")
    fill = ctx["fill"]
    spec = KINDS[o["kind"]]
    bits = choose_bits(o, side, ctx)
    R.shuffle(bits)
    bits.sort(key=lambda b: 0 if b["key"] in ("color", "brand", "model", "material") else 1)
    reg = {"category": ctx["cat"]}
    fields = {}
    in_body = []
    field_p = {"min": 0.2, "body": 0.0, "mixed": 0.65, "full": 0.95}[fill]
    marks_p = {"min": 0.0, "body": 0.0, "mixed": 0.5, "full": 0.9}[fill]
    serial_done = False
    marks = []
    for b in bits:
        f = b["field"]
        placed = False
        if f in ("color", "brand", "model") and f not in fields and chance(field_p):
            fields[f] = b["fval"]
            placed = True
            if b.get("also_marks"):
                placed = False
        elif f == "serial" and not serial_done and chance(field_p):
            fields["serial"] = b["fval"]
            serial_done = True
            placed = True
        if f in ("marks", "color") and not placed and b["key"] not in ("color", "brand", "model") \
                and chance(marks_p):
            marks.append(b["text"])
            placed = True
        elif f == "serial" and placed is False and chance(marks_p * 0.6):
            marks.append(b["text"])
            placed = True
        if not placed or chance(0.3):
            in_body.append(b)
    adjs, details = [], []
    for b in in_body:
        if b["adj"] and b["key"] in ("color", "brand", "model") and chance(0.85):
            adjs.append(b)
        else:
            details.append(b)
    N = noun_phrase(o, side, adjs, lang)
    for b in details:
        if b["adj"] and b["key"] == "color":
            b["text"] = ("颜色是" if lang is None else ("colour: " if lang == "en" else "yanse ")) + b["text"]
        elif b["adj"] and b["key"] == "brand":
            b["text"] = (pick(["牌子是", "品牌"]) if lang is None else ("brand " if lang == "en" else "pinpai ")) + b["text"]
        elif b["adj"] and b["key"] == "model":
            b["text"] = ("型号" if lang is None else "model ") + b["text"]
    voice = ctx["voice"]
    style = STYLE.get(voice, "x")
    if side == "o":
        places = ctx["places"]
        if lang == "en":
            T = window_en(ctx["frm"], ctx["to"])
            P = place_phrase(places, False, "en") if places else "a place I can't remember"
            head = pick(["Hi, I lost my {N} {T} at {P}.", "Lost: {N}, {T}, probably at {P}.",
                         "I am a tourist. I lost my {N} at {P} {T}."]).format(N=N, T=T, P=P)
            if not places:
                head = head.replace(" probably at " + P, " not sure where").replace(" at " + P, ", not sure where,")
            det = ("; ".join(b["text"] for b in details) + ".") if details else ""
            close = pick(["Please contact me if found, thank you!", "Thanks for your help.", ""])
            body = " ".join(x for x in [head, det[:1].upper() + det[1:] if det else "", close] if x)
        elif lang == "py":
            T = window_py(ctx["frm"], ctx["to"])
            P = place_phrase(places, False, "py") if places else "mou ge difang"
            head = pick(["wo de {N} diu le, zai {P}, {T}.", "{T} zai {P} diu le {N}."]).format(N=N, T=T, P=P)
            det = (", ".join(b["text"] for b in details) + ".") if details else ""
            body = " ".join(x for x in [head, det, pick(["xiexie", "qing bang mang, xiexie", ""])] if x)
        else:
            T = window_zh(ctx["frm"], ctx["to"], style)
            if at(ctx["frm"]).day in (TYPHOON_DAY - 1, TYPHOON_DAY) and chance(0.6):
                T = pick(["台风“海鹞”那天，", "刮台风那阵，"]) + T
            if places:
                P = place_phrase(places, chance(0.5))
                act = pick(ACTS[places[0]])
            else:
                P, act = pick(["镇上", "外面"]), pick(["办事", "跑了好几个地方"])
            person = ctx["person"]
            if spec["vehicle"]:
                tpl = pick(LOST_OPEN_VEH)
            elif voice == "teacher" and o["kind"] in KID_KINDS:
                tpl = pick(LOST_OPEN_KID["teacher"])
            else:
                tpl = pick(LOST_OPEN[voice])
            head = tpl.format(T=T, P=P, N=N, act=act, prov=person["origin"],
                              elder=person["name"][0] + pick(["伯", "阿公", "叔"]),
                              kid=person.get("kid") or "", sp="")
            if not places:
                head += pick(["具体在哪丢的不清楚。", "不记得丢在哪里了。"])
            sep = "，" if voice not in ("rider",) else pick(["，", " "])
            det = (sep.join(b["text"] for b in details) + "。") if details else ""
            close = pick(LOST_CLOSE)
            if fill == "min":
                body = head.rstrip("。") + ("，" + det if det else "")
                if chance(0.5):
                    body = body.replace("，", " ").replace("。", " ").strip()
            else:
                body = head + det + close
            if voice in ("fisher_m", "fisher_w") or (voice in ("stall", "resident") and chance(0.2)):
                body = local_words(body)
            tp = 0.6 if fill == "min" else (0.35 if voice in ("fisher_m", "fisher_w", "rider") else 0.1)
            if voice in ("elder", "proxy"):
                tp = 0.0
            if chance(tp):
                body = typo(body)
    else:
        pid = ctx["place"]
        sp = ctx["spot"]
        T = moment_zh(ctx["found_at"], style)
        P = ctx.get("place_text") or (alias(pid) + (sp if sp else ""))
        if spec["vehicle"]:
            head = pick(FOUND_OPEN_VEH).format(T=T, P=P, N=N)
        else:
            head = pick(FOUND_OPEN[voice]).format(T=T, P=P, N=N, sp=sp or spot(pid),
                                                   title=GUARD.get(pid, "保安"))
        det = ("，".join(b["text"] for b in details) + "。") if details else ""
        state = ""
        st = o.get("_state") if o["kind"] == "phone" else None
        catkey = spec["cat"]
        if st:
            state = st + "。"
        elif catkey in STATES and chance(0.35):
            state = pick(STATES[catkey]) + "。"
        close = pick(FOUND_CLOSE)
        body = head + det + state + close
        if fill == "min":
            body = head + det
        if voice == "fisher" and chance(0.5):
            body = local_words(body)
        if chance(0.08 if fill != "min" else 0.4):
            body = typo(body)
    reg["body"] = body
    for f in ("color", "brand", "model", "serial"):
        if f in fields:
            reg[f] = fields[f]
    if marks:
        reg["marks"] = ("; " if lang == "en" else "；").join(marks)
    exposed = {}
    for b in bits:
        if b in in_body:
            exposed[b["key"]] = b["val"]
    # everything that reached a field or the marks is exposed too
    for b in bits:
        if (b["field"] in fields and fields.get(b["field"]) == b["fval"]) or b["text"] in marks:
            exposed[b["key"]] = b["val"]
    return reg, exposed


# ----------------------------------------------------------------------------- who reports, who hands in
LOST_VOICES = {
    "harbour": [("fisher_m", 4), ("fisher_w", 2), ("stall", 1), ("resident", 1)],
    "iceplant": [("fisher_m", 4), ("fisher_w", 1), ("rider", 1)],
    "shelter": [("fisher_m", 3), ("fisher_w", 2)],
    "nightmarket": [("tourist", 4), ("stall", 2), ("resident", 2), ("rider", 1), ("foreign_en", 0.35),
                    ("foreign_py", 0.3)],
    "ferrypier": [("tourist", 4), ("resident", 1), ("foreign_en", 0.35), ("elder", 1)],
    "ferry": [("tourist", 3), ("fisher_w", 1), ("foreign_en", 0.35), ("foreign_py", 0.3), ("resident", 1)],
    "island": [("tourist", 3), ("foreign_en", 0.35)],
    "beach": [("tourist", 5), ("resident", 1), ("foreign_en", 0.35), ("foreign_py", 0.5)],
    "boardwalk": [("tourist", 4), ("resident", 2), ("elder", 1), ("foreign_en", 0.35)],
    "hospital": [("nurse", 2), ("elder", 3), ("resident", 2), ("fisher_w", 1)],
    "school": [("parent", 4), ("teacher", 2)],
    "depot": [("rider", 6)],
    "market": [("stall", 3), ("resident", 2), ("fisher_w", 2), ("elder", 1)],
    "busstation": [("tourist", 3), ("resident", 2), ("elder", 1)],
    "village": [("fisher_w", 3), ("fisher_m", 2), ("resident", 2), ("elder", 1)],
    "seawall": [("resident", 3), ("rider", 2), ("tourist", 2), ("elder", 1)],
}
FOUND_VOICES = {
    "harbour": [("fisher", 4), ("officer", 1), ("cleaner", 1)],
    "iceplant": [("worker", 3), ("fisher", 1)],
    "shelter": [("fisher", 3)],
    "nightmarket": [("stall", 4), ("cleaner", 2), ("tourist", 1), ("officer", 1)],
    "ferrypier": [("guard", 3), ("tourist", 1), ("cleaner", 1)],
    "ferry": [("crew", 6)],
    "island": [("resident", 2), ("guard", 1), ("tourist", 1)],
    "beach": [("guard", 2), ("cleaner", 2), ("tourist", 2), ("foreign_handin", 0.4)],
    "boardwalk": [("guard", 3), ("cleaner", 2), ("tourist", 1), ("foreign_handin", 0.3)],
    "hospital": [("nurse", 5), ("guard", 1)],
    "school": [("teacher", 5), ("guard", 1)],
    "depot": [("rider", 5)],
    "market": [("stall", 3), ("resident", 1), ("cleaner", 1)],
    "busstation": [("guard", 2), ("resident", 1)],
    "village": [("resident", 3), ("fisher", 1)],
    "seawall": [("cleaner", 2), ("rider", 2), ("resident", 2), ("officer", 1)],
}
FAR_VOICES = [("resident", 2), ("officer", 1), ("cleaner", 1)]
EN_KINDS = {"phone", "wallet", "passport", "backpack", "crossbag", "actioncam", "earbuds", "housekeys"}
PY_KINDS = {"phone", "wallet", "backpack"}
DOC_KINDS = {"idcard", "sscard", "driver", "seacert", "healthcert", "cardholder", "schoolcard"}
HOURS = {"nightmarket": (17, 26), "school": (7, 18), "hospital": (7, 22), "beach": (7, 21),
         "boardwalk": (6, 22), "harbour": (4, 20), "iceplant": (4, 19), "shelter": (5, 20), "ferry": (7, 18),
         "ferrypier": (7, 19), "island": (8, 18), "depot": (8, 24), "market": (5, 19), "busstation": (6, 20),
         "village": (6, 22), "seawall": (6, 23)}


def plausible(pid, m):
    lo, hi = HOURS.get(pid, (7, 21))
    h = at(m).hour
    return lo <= h < hi or (hi > 24 and h < hi - 24)


def lost_voice(k, pid):
    if k in ("ebike", "battery", "ebikekey") and chance(0.6):
        v = "rider"
    elif k in ("boatkey", "walkie", "seacert"):
        v = "fisher_m" if chance(0.7) else "fisher_w"
    elif k == "passport":
        v = "foreign_en" if chance(0.6) else "proxy"
    elif k == "healthcert":
        v = "stall"
    elif k in KID_KINDS:
        if pid == "school":
            v = "parent" if chance(0.65) else "teacher"
        else:
            v = wpick([("parent", 5), ("tourist", 3), ("fisher_w", 2)])
    elif k in ("medbag", "cane"):
        v = wpick([("elder", 6), ("fisher_w", 2), ("resident", 2)])
    elif k == "icebox":
        v = wpick([("fisher_m", 4), ("stall", 4), ("fisher_w", 2)])
    else:
        v = wpick(LOST_VOICES[pid])
    if v == "foreign_py" and k not in PY_KINDS:
        v = "foreign_en"
    if v == "foreign_en" and k not in EN_KINDS:
        v = "tourist"
    if k in DOC_KINDS and v in ("foreign_en", "foreign_py", "proxy"):
        v = "tourist"
    return v


def draw_actual(pid):
    for _ in range(200):
        a = R.randint(60, 8000) if pid == "school" else R.randint(240, 39000)
        if plausible(pid, a):
            return a
    return a


def make_window(a, pid=None):
    t = R.random()
    if t < 0.3:
        frm = a + pick([15, 20, 30, 45, 60])
        to = a - pick([10, 15, 20, 30, 45])
        frm, to = ((frm + 4) // 5) * 5, (to // 5) * 5
    else:
        if t < 0.7:
            span = pick([120, 180, 240, 300])
        elif t < 0.9:
            span = pick([480, 600, 720, 900])
        else:
            span = pick([1440, 2160, 2880, 4320])
        before = R.randint(10, span - 10)
        frm, to = a + before, a - (span - before)
        frm, to = ((frm + 29) // 30) * 30, (to // 30) * 30
    while at(frm).hour < 6 and frm - 30 >= a and pid != "nightmarket":
        frm -= 30
    to = max(0, to)
    return frm, to


def found_delay(vehicle):
    if vehicle:
        return R.randint(600, 9000)
    return wpick([(R.randint(5, 120), 4), (R.randint(120, 720), 3), (R.randint(720, 2880), 2),
                  (R.randint(2880, 8640), 1)])


def draw_found_at(pid, a, vehicle):
    m = 0
    for _ in range(40):
        m = max(0, a - found_delay(vehicle))
        if plausible(pid, m):
            return m
    return m


def fill_lost():
    return wpick([("min", 12), ("body", 38), ("mixed", 30), ("full", 20)])


def fill_found():
    return wpick([("min", 8), ("body", 32), ("mixed", 35), ("full", 25)])


LOST, FOUND = [], []
UID = [0]


def next_uid():
    UID[0] += 1
    return UID[0]


def new_lost(k, force_voice=None):
    spec = KINDS[k]
    pid = wpick(spec["places"])
    voice = force_voice or lost_voice(k, pid)
    person = make_person(voice)
    o = make_obj(k, person)
    a = draw_actual(pid)
    frm, to = make_window(a, pid)
    r = R.random()
    if r < 0.72:
        places = [pid]
    elif r < 0.88:
        places = [pid, pick(ADJ[pid])]
    elif r < 0.95:
        places = [pick(ADJ[pid]), pid]
    else:
        places = None
    cat = spec["cat"]
    if k == "cardholder" and chance(0.5):
        cat = "id_doc"
    lang = {"foreign_en": "en", "foreign_py": "py"}.get(voice)
    L = {"kind": k, "obj": o, "person": person, "voice": voice, "lang": lang, "fill": fill_lost(),
         "cat": cat, "places": places, "actual": pid, "a": a, "frm": frm, "to": to,
         "force": set(), "forbid": set(), "truth": None, "neg_of": None, "uid": next_uid()}
    return L


def found_place_near(pid, vehicle):
    if vehicle:
        return pick([pid] + ADJ[pid] + [pick([p for p in TOWN if p not in ("ferry", "island")])])
    if pid == "ferry":
        return wpick([("ferry", 7), ("ferrypier", 2), ("island", 1)])
    return pid if chance(0.65) else pick(ADJ[pid])


def found_voice(pid):
    if pid in FAR:
        return wpick(FAR_VOICES)
    return wpick(FOUND_VOICES[pid])


def new_found(o, pid, found_at, cat, neg=None, owner=None, target=None):
    voice = found_voice(pid)
    F = {"kind": o["kind"], "obj": o, "voice": voice, "fill": fill_found(), "cat": cat, "place": pid,
         "spot": (spot(pid) if chance(0.7) else None), "found_at": found_at, "force": set(),
         "forbid": set(), "neg": neg, "owner": owner, "target": target,
         "state": pick(STATES["phone"]) if o["kind"] == "phone" else None, "uid": next_uid()}
    return F


# ----------------------------------------------------------------------------- the real pairs
for k, n_lost, n_found in PLAN:
    # a few foreign tourists who can only type pinyin
    # ... and a few who write in English
    py_at = {"phone": (3, 30), "wallet": (14,), "backpack": (1,)}.get(k, ())
    en_at = {"phone": (10, 22), "earbuds": (2,), "actioncam": (0,), "crossbag": (1,)}.get(k, ())
    batch = [new_lost(k, "foreign_py" if i in py_at else ("foreign_en" if i in en_at else None))
             for i in range(n_lost)]
    for i, L in enumerate(batch):
        if i < n_found:
            spec = KINDS[k]
            fpid = found_place_near(L["actual"], spec["vehicle"])
            fa = draw_found_at(fpid, L["a"], spec["vehicle"])
            cat = spec["cat"]
            if spec["fcats"]:
                cat = wpick(spec["fcats"])
            F = new_found(L["obj"], fpid, fa, cat, owner=L)
            L["truth"] = F
            FOUND.append(F)
        LOST.append(L)

# at most four pairs filed under different categories
n_cross = 0
for L in LOST:
    F = L["truth"]
    if F and F["cat"] != L["cat"]:
        if n_cross < 4:
            n_cross += 1
        else:
            F["cat"] = L["cat"]


# ----------------------------------------------------------------------------- hard negatives
IDENT = ["imei", "phoneno", "plate", "frame", "bserial", "idnum", "passno", "certno", "cardno", "healthno",
         "cardtail", "name", "fname", "label", "engrave", "boat", "cash", "count", "weight", "rentno"]
PERSONAL = {"insert", "lock", "extra", "pinsert", "twear", "sd", "degree", "purpose", "tag", "psticker",
            "csticker", "books"}
# things a bag, wallet or phone can hold or carry several of, or that a finder may not notice: one side
# naming one and the other side another rules nothing out
ADDITIVE = {"insert", "crack", "extra", "damage", "acc", "content", "tag", "busc", "holder", "wrap", "pinsert",
            "hc", "moto", "echain", "stag", "twear", "handle", "chandle", "bstrap", "psticker", "cable",
            "csticker", "scratch", "wx", "aux", "bbasket", "itape", "mcontent", "kface", "sleeve", "jcrack",
            "dcover", "books", "upattern", "sd", "degree", "purpose", "phoneno"}
NOT_TWIN = ADDITIVE | {"color", "brand", "model", "purpose", "degree", "sd", "phoneno", "material"}


def clone(o):
    return json.loads(json.dumps(o))


def other_person(L):
    p = make_person("tourist" if L["person"]["origin"] in INLAND else "resident")
    if L["person"]["origin"] == "foreign":
        p = make_person("foreign_en")
    return p


def regen_idents(o, person, keep=()):
    for key in sorted(o["sp"]):
        if key in keep or key in ("material",):
            continue
        if key in ("cash", "count", "weight"):
            continue
        o["sp"][key] = make_special(key, o, person)


def differs_visibly(key, a, b):
    if key in ("idnum",):
        return a[-4:] != b[-4:] and a[:6] != b[:6] or a[-4:] != b[-4:]
    if key == "imei":
        return a[-6:] != b[-6:]
    if key == "plate":
        return a[-3:] != b[-3:]
    if key == "frame":
        return a[-6:] != b[-6:]
    if key == "cardtail":
        return a[1] != b[1]
    return a != b


def twin_value(o, key, person):
    spec = KINDS[o["kind"]]
    for fk_, p, vals, ok, fk in spec["feats"]:
        if fk_ == key:
            opts = [v for v in sorted(vals) if v != o["feats"][key] and vals[v]["f"] and vals[v]["o"]]
            return pick(opts) if opts else None
    v = o["sp"][key]
    if key == "cash":
        return v * 2 + pick([0, 100]) if v >= 100 else pick([300, 500, 800])
    if key == "count":
        return v + 2 if v <= 3 or chance(0.5) else v - 2
    if key == "weight":
        return round(v + pick([-1, 1]) * R.uniform(6, 10), 1) if v > 14 else round(v + R.uniform(6, 10), 1)
    for _ in range(50):
        nv = make_special(key, o, person)
        if key == "name" and nv == v:
            nv = make_name(person["sex"])
        if key == "label" and nv == v:
            nv = make_name("m" if chance(0.5) else "f", kid=o["kind"] in KID_KINDS)
        if key == "boat" and nv == v:
            continue
        if differs_visibly(key, v, nv):
            return nv
    return None


def set_value(o, key, val):
    if key in o["feats"]:
        o["feats"][key] = val
    else:
        o["sp"][key] = val


def twin_keys(L):
    o = L["obj"]
    return [k for k in all_keys(o) if k not in NOT_TWIN and both_knowable(o, k)
            and not (k == "cardtail" and o["kind"] in ("wallet", "cardholder"))]


def near_time_after_start(L, pid):
    lo = max(0, L["to"] - 2880)
    for _ in range(40):
        m = R.randint(lo, L["frm"])
        if plausible(pid, m):
            return m
    return R.randint(lo, L["frm"])


def make_twin(L):
    o = L["obj"]
    keys = twin_keys(L)
    if not keys:
        return None
    key = pick(keys)
    person = other_person(L)
    o2 = clone(o)
    keep = ("name", "fname") if key in ("idnum", "passno", "certno") else ()
    regen_idents(o2, person, keep=keep)
    val = twin_value(o, key, person)
    if val is None:
        return None
    set_value(o2, key, val)
    pid = L["actual"] if chance(0.6) else pick(ADJ[L["actual"]])
    F = new_found(o2, pid, near_time_after_start(L, pid), L["truth"]["cat"] if L["truth"] else L["cat"],
                  neg="twin_detail", target=L)
    F["force"] = {key}
    F["forbid"] = {k for k in all_keys(o2) if k != key and (k in PERSONAL or
                   (k in IDENT and o2["sp"].get(k) != o["sp"].get(k)))}
    L["force"].add(key)
    if L["truth"] and capability(o, key, "f") > 0 and chance(0.85):
        L["truth"]["force"].add(key)
    F["twin_key"] = key
    return F


def make_before(L):
    o = L["obj"]
    person = other_person(L)
    o2 = clone(o)
    regen_idents(o2, person)
    pid = L["actual"] if chance(0.7) else pick(ADJ[L["actual"]])
    m = L["frm"] + R.randint(180, 6 * 1440)
    for _ in range(40):
        if plausible(pid, m):
            break
        m = L["frm"] + R.randint(180, 6 * 1440)
    m = min(m, MAXMIN)
    F = new_found(o2, pid, m, L["cat"], neg="found_before_loss", target=L)
    F["forbid"] = set(IDENT) | PERSONAL
    if o2.get("brand") and capability(o2, "brand", "f") > 0:
        F["force"].add("brand")
    if o2.get("color") and capability(o2, "color", "f") > 0:
        F["force"].add("color")
    return F


def make_far(L):
    o = L["obj"]
    person = other_person(L)
    o2 = make_obj(o["kind"], person)
    o2["brand"] = o["brand"]
    if (o["kind"], o["brand"]) in MODELS:
        o2["model"] = o["model"] if chance(0.5) else pick(MODELS[(o["kind"], o["brand"])])
    if o["color"] and chance(0.7) and "material" not in o2["sp"]:
        o2["color"] = o["color"]
    pid = pick(FAR)
    before = chance(0.55) or L["to"] < 4500
    for _ in range(40):
        if before:
            m = min(MAXMIN, L["frm"] + R.randint(1440, 10 * 1440))
        else:
            m = max(0, L["to"] - R.randint(3 * 1440, 12 * 1440))
            if m == 0:
                before = True
                continue
        if plausible(pid, m):
            break
    F = new_found(o2, pid, m, L["cat"], neg="same_brand_far_place_time", target=L)
    F["spot"] = spot(pid)
    if o2.get("brand") and capability(o2, "brand", "f") > 0:
        F["force"].add("brand")
    elif o2.get("color") and capability(o2, "color", "f") > 0:
        F["force"].add("color")
    F["far_addr"] = True
    return F


def make_samecol(L):
    o = L["obj"]
    spec = KINDS[o["kind"]]
    for _ in range(30):
        person = other_person(L)
        o2 = make_obj(o["kind"], person)
        if o["color"] and "material" not in o["sp"]:
            o2["color"] = o["color"]
        if "material" in o["sp"]:
            o2["sp"]["material"] = o["sp"]["material"]
            o2["color"] = o["color"]
        if spec["brands"] and o["brand"]:
            others = sorted({b for b, w in spec["brands"] if b and b != o["brand"]})
            if others:
                o2["brand"] = pick(others)
                if (o2["kind"], o2["brand"]) in MODELS:
                    o2["model"] = pick(MODELS[(o2["kind"], o2["brand"])])
                elif o2["brand"] is None:
                    o2["model"] = None
        cands = []
        for key in all_keys(o):
            if key in NOT_TWIN - {"brand"} or key in ("phoneno",):
                continue
            if key == "cardtail" and o["kind"] in ("wallet", "cardholder"):
                continue
            if capability(o, key, "o") <= 0 or capability(o2, key, "f") <= 0:
                continue
            va = o["feats"].get(key, o["sp"].get(key)) if key != "brand" else o["brand"]
            vb = o2["feats"].get(key, o2["sp"].get(key)) if key != "brand" else o2["brand"]
            if vb is None or va == vb:
                continue
            if key in RANGE_KEYS:
                continue
            if key in ("idnum", "imei", "plate", "frame", "cardtail") and not differs_visibly(key, va, vb):
                continue
            cands.append(key)
        if cands:
            key = "brand" if "brand" in cands else pick(cands)
            pid = L["actual"] if chance(0.5) else pick(ADJ[L["actual"]])
            F = new_found(o2, pid, near_time_after_start(L, pid),
                          L["truth"]["cat"] if L["truth"] else L["cat"], neg="same_category_colour", target=L)
            F["force"] = {key}
            if o2.get("color") and capability(o2, "color", "f") > 0:
                F["force"].add("color")
            L["force"].add(key)
            F["twin_key"] = key
            return F
    return None


def make_unclaimed():
    k = wpick([("umbrella", 4), ("bottle", 2), ("housekeys", 3), ("phone", 2), ("idcard", 2), ("wallet", 2),
               ("earbuds", 2), ("glasses", 2), ("toy", 2), ("powerbank", 1), ("cardholder", 1), ("backpack", 1),
               ("crossbag", 1), ("sscard", 1), ("carkey", 1), ("schoolbag", 1), ("kidwatch", 1), ("rod", 1),
               ("bike", 1), ("icebox", 1), ("ring", 1)])
    spec = KINDS[k]
    pid = wpick(spec["places"])
    person = make_person(lost_voice(k, pid))
    o = make_obj(k, person)
    m = draw_found_at(pid, R.randint(240, 39000), False)
    cat = spec["cat"]
    return new_found(o, pid, m, cat, neg="unclaimed")


NEG_PLAN = [("twin", 20, True), ("twin", 20, False), ("before", 8, True), ("before", 14, False),
            ("far", 8, True), ("far", 12, False), ("samecol", 10, True), ("samecol", 10, False)]
NO_BEFORE = DOC_KINDS | {"cash", "passport"}
targeted = set()
order = list(range(len(LOST)))
R.shuffle(order)
for typ, n, with_truth in NEG_PLAN:
    made = 0
    for i in order:
        if made >= n:
            break
        L = LOST[i]
        if i in targeted or (L["truth"] is not None) != with_truth:
            continue
        if typ == "before" and (L["kind"] in NO_BEFORE or L["frm"] > MAXMIN - 7 * 1440):
            continue
        if typ == "far" and (not L["places"] or not (L["obj"]["brand"] or L["obj"]["color"])):
            continue
        if typ == "twin" and not twin_keys(L):
            continue
        F = {"twin": make_twin, "before": make_before, "far": make_far, "samecol": make_samecol}[typ](L)
        if F is None:
            continue
        targeted.add(i)
        L["neg_of"] = F
        FOUND.append(F)
        made += 1
    if made < n:
        raise SystemExit("could not place %d %s negatives" % (n - made, typ))
for _ in range(18):
    FOUND.append(make_unclaimed())


# ----------------------------------------------------------------------------- rendering
def coord_place(pid):
    return "ferrypier" if pid == "ferry" else pid


def render_lost(L, full=False):
    if full:
        L["full"] = True
    full = L.get("full", False)
    ctx = dict(voice=L["voice"], fill="full" if full else L["fill"], person=L["person"], places=L["places"],
               frm=L["frm"], to=L["to"], force=set(L["force"]), forbid=set(L["forbid"]), cat=L["cat"],
               lang=L["lang"])
    if full:
        ctx["force"] |= {k for k in all_keys(L["obj"]) if capability(L["obj"], k, "o") > 0}
    reg, exp = render("o", L["obj"], ctx)
    fill = ctx["fill"]
    if L["places"] and fill in ("mixed", "full") and chance(0.75):
        if L["lang"]:
            addr = PLACES[L["places"][0]][4] + ", Lancangwan"
        elif len(L["places"]) == 2 and chance(0.5):
            addr = "澜沧湾镇%s/%s一带" % (alias(L["places"][0]), alias(L["places"][1]))
        elif L["places"][0] == "ferry":
            addr = pick(["澜沧6号渡轮（澜沧湾—青螺岛）", "澜沧湾至青螺岛渡轮"])
        else:
            a_ = alias(L["places"][0])
            addr = ("" if a_.startswith("澜沧湾") else "澜沧湾镇") + a_ + (spot(L["places"][0]) if chance(0.5) else "")
        reg["address"] = addr
        if chance(0.55):
            reg["lat"], reg["lon"] = latlon(coord_place(L["places"][0]))
    L["reg"], L["exp"] = reg, exp


def render_found(F, full=False):
    if full:
        F["full"] = True
    full = F.get("full", False)
    o = F["obj"]
    o["_state"] = F["state"]
    ctx = dict(voice=F["voice"], fill="full" if full else F["fill"], place=F["place"], spot=F["spot"],
               found_at=F["found_at"], force=set(F["force"]), forbid=set(F["forbid"]), cat=F["cat"], lang=None)
    if full:
        ctx["force"] |= {k for k in all_keys(o) if capability(o, k, "f") > 0} - ctx["forbid"]
    if F["place"] in FAR:
        ctx["place_text"] = F["spot"] or alias(F["place"])
    reg, exp = render("f", o, ctx)
    o.pop("_state", None)
    pid = F["place"]
    if ctx["fill"] != "min" and chance(0.85) or pid in FAR:
        if pid in FAR:
            reg["address"] = F["spot"] or alias(pid)
        else:
            a_ = alias(pid)
            reg["address"] = ("" if a_.startswith("澜沧湾") else "澜沧湾镇") + a_ + (F["spot"] or "")
        if pid == "ferry":
            reg["address"] = pick(["澜沧6号渡轮（澜沧湾—青螺岛航线）", "澜沧湾轮渡码头（渡轮上拾得）"])
    if chance(0.7) or pid in FAR and chance(0.8):
        reg["lat"], reg["lon"] = latlon(coord_place(pid))
    F["reg"], F["exp"] = reg, exp


for L in LOST:
    render_lost(L)
for F in FOUND:
    render_found(F)


# ----------------------------------------------------------------------------- keeping the labels honest
def conflict(key, a, b):
    if key == "color":
        return not color_compat(a, b)
    if key in RANGE_KEYS:
        return a[1] < b[0] or b[1] < a[0]
    if isinstance(a, list):
        a = tuple(a)
    if isinstance(b, list):
        b = tuple(b)
    return a != b


def why_apart(L, F):
    """the written reason a careful officer would rule F out for L, or None"""
    if F["found_at"] > L["frm"]:
        return "time"
    if L["places"] and min(dist_km(F["place"], p) for p in L["places"]) > NEAR_KM:
        return "place"
    if L["obj"]["group"] != F["obj"]["group"]:
        return "kind"
    for k in sorted(L["exp"]):
        if k in ADDITIVE or (k == "cardtail" and L["obj"]["kind"] in ("wallet", "cardholder")):
            continue
        if k in F["exp"] and conflict(k, L["exp"][k], F["exp"][k]):
            return "fact:" + k
    return None


def ambiguous_pairs():
    out = []
    for li, L in enumerate(LOST):
        for fi, F in enumerate(FOUND):
            if F is L["truth"]:
                continue
            if why_apart(L, F) is None:
                out.append((li, fi))
    return out


def regenerate_lost(L):
    keep = None
    if L["voice"] == "foreign_py" and L["kind"] in PY_KINDS:
        keep = "foreign_py"
    elif L["voice"] == "foreign_en" and L["kind"] in EN_KINDS:
        keep = "foreign_en"
    fresh = new_lost(L["kind"], keep)
    for key in ("obj", "person", "voice", "lang", "fill", "cat", "places", "actual", "a", "frm", "to"):
        L[key] = fresh[key]


NEG_MAKERS = {"twin_detail": make_twin, "found_before_loss": make_before,
              "same_brand_far_place_time": make_far, "same_category_colour": make_samecol}


def eligible(L, label):
    if label == "found_before_loss":
        return L["kind"] not in NO_BEFORE and L["frm"] <= MAXMIN - 7 * 1440
    if label == "same_brand_far_place_time":
        return bool(L["places"]) and bool(L["obj"]["brand"] or L["obj"]["color"])
    if label == "twin_detail":
        return bool(twin_keys(L))
    return True


def replace_found(old, new):
    FOUND[FOUND.index(old)] = new


def rebuild_negative(T, label):
    """draw T's hard negative again (T's object may have changed); returns False if none fits"""
    old = T["neg_of"]
    T["force"] = set()
    if T["truth"]:
        T["truth"]["force"] = set()
    newF = NEG_MAKERS[label](T) if eligible(T, label) else None
    if newF is None:
        return False
    T["neg_of"] = newF
    replace_found(old, newF)
    render_found(newF)
    render_lost(T)
    if T["truth"]:
        render_found(T["truth"])
    return True


def retarget(F):
    """give negative F's kind of negative to another report that has none yet"""
    T = F["target"]
    label = F["neg"]
    with_truth = T["truth"] is not None
    cands = [L for L in LOST if L["neg_of"] is None and (L["truth"] is not None) == with_truth and L is not T]
    R.shuffle(cands)
    for L in cands:
        if not eligible(L, label):
            continue
        newF = NEG_MAKERS[label](L)
        if newF is None:
            continue
        T["neg_of"] = None
        T["force"] = set()
        if T["truth"]:
            T["truth"]["force"] = set()
            render_found(T["truth"])
        render_lost(T)
        L["neg_of"] = newF
        replace_found(F, newF)
        render_found(newF)
        render_lost(L)
        if L["truth"]:
            render_found(L["truth"])
        return True
    return False


REBUILDS = {}


def rebuild_owner(O):
    """draw a report's object again, with its found item and its hard negative"""
    REBUILDS[O["uid"]] = REBUILDS.get(O["uid"], 0) + 1
    if REBUILDS[O["uid"]] % 8 == 0:
        # this kind of thing has too few written details to keep apart from its neighbours:
        # the owner lost something else of the same category instead
        cat = KINDS[O["kind"]]["cat"]
        others = [k for k, n, m in PLAN if KINDS[k]["cat"] == cat and k != O["kind"]]
        if others:
            O["kind"] = pick(others)
    O["ver"] = O.get("ver", 0) + 1
    if O["truth"] is not None:
        O["truth"]["ver"] = O["truth"].get("ver", 0) + 1
    regenerate_lost(O)
    O["force"] = set()
    F = O["truth"]
    if F is not None:
        F["obj"] = O["obj"]
        fpid = found_place_near(O["actual"], KINDS[O["kind"]]["vehicle"])
        F["place"], F["spot"] = fpid, (spot(fpid) if chance(0.7) else None)
        F["found_at"] = draw_found_at(fpid, O["a"], KINDS[O["kind"]]["vehicle"])
        F["force"] = set()
        F["voice"] = found_voice(fpid)
        F["state"] = pick(STATES["phone"]) if O["kind"] == "phone" else None
    if O["neg_of"] is not None:
        if not rebuild_negative(O, O["neg_of"]["neg"]):
            retarget(O["neg_of"])
    render_lost(O)
    if F is not None:
        render_found(F)


def canon(o, key):
    if key in ("color", "brand", "model"):
        return o.get(key)
    if key in o["feats"]:
        return o["feats"][key]
    return o["sp"].get(key)


def separable(key, a, b):
    """would the two values still differ once each side has written them down in its own way"""
    if a is None or b is None:
        return False
    if key == "color":
        return not color_compat(a, b)
    if key == "cash":
        lo, hi = sorted((a, b))
        return hi >= lo * 1.6 + 50
    if key == "count":
        return abs(a - b) >= 2
    if key == "weight":
        return abs(a - b) >= 4.5
    if key in ("idnum", "imei", "plate", "frame", "cardtail"):
        return differs_visibly(key, a, b)
    if isinstance(a, list):
        a = tuple(a)
    if isinstance(b, list):
        b = tuple(b)
    return a != b


ORDER = ["brand", "color", "model"]


def splitting_key(L, F):
    lo, fo = L["obj"], F["obj"]
    keys = [k for k in all_keys(lo) if k in set(all_keys(fo))]
    keys.sort(key=lambda k: (ORDER.index(k) if k in ORDER else 3, k))
    for k in keys:
        if k in L["forbid"] or k in F["forbid"] or k in ADDITIVE:
            continue
        if k == "cardtail" and lo["kind"] in ("wallet", "cardholder"):
            continue
        if capability(lo, k, "o") <= 0 or capability(fo, k, "f") <= 0:
            continue
        if L["lang"] and k not in ("color", "brand", "model"):
            spec = KINDS[lo["kind"]]
            if any(f[0] == k and not f[2][lo["feats"][k]]["en" if L["lang"] == "en" else "py"]
                   for f in spec["feats"] if k in lo["feats"]):
                continue
        if separable(k, canon(lo, k), canon(fo, k)):
            return k
    return None


tries = {}
NEGREB = {}
for rnd in range(1000):
    amb = ambiguous_pairs()
    if not amb:
        break
    touched = set()
    for li, fi in amb:
        L, F = LOST[li], FOUND[fi]
        if L["uid"] in touched or F["uid"] in touched:
            continue
        tkey = (L["uid"], L.get("ver", 0), F["uid"], F.get("ver", 0))
        n = tries.get(tkey, 0)
        tries[tkey] = n + 1
        touched.add(L["uid"])
        touched.add(F["uid"])
        k = splitting_key(L, F) if n < 2 else None
        if k is not None:
            # the officer needs one written detail that tells them apart: make both write it
            L["force"].add(k)
            F["force"].add(k)
            render_lost(L)
            render_found(F)
        elif F["neg"] == "unclaimed":
            newF = make_unclaimed()
            replace_found(F, newF)
            render_found(newF)
        elif F["neg"] in ("found_before_loss", "same_brand_far_place_time") and L["frm"] + 60 <= MAXMIN:
            # found before this report's loss began as well: time rules it out for both
            for _ in range(20):
                m = min(MAXMIN, max(F["found_at"], L["frm"] + R.randint(60, 1440)))
                if plausible(F["place"], m):
                    break
            F["found_at"] = m
            render_found(F)
        elif F["neg"] is not None:
            tu = F["target"]["uid"]
            NEGREB[tu] = NEGREB.get(tu, 0) + 1
            if NEGREB[tu] <= 5:
                if not rebuild_negative(F["target"], F["neg"]):
                    retarget(F)
            else:
                retarget(F)
        elif L["truth"] is None:
            rebuild_owner(L)
        else:
            rebuild_owner(F["owner"])
else:
    raise SystemExit("labels still ambiguous after 1000 rounds")

left = ambiguous_pairs()
if left:
    raise SystemExit("ambiguous pairs remain: %r" % left[:5])
for L in LOST:
    F = L["truth"]
    if F is not None:
        assert why_apart(L, F) is None, (L["kind"], why_apart(L, F), L["exp"], F["exp"])
        assert F["found_at"] <= L["frm"]
for F in FOUND:
    if F["neg"] and F.get("target") is not None:
        assert why_apart(F["target"], F) is not None


# ----------------------------------------------------------------------------- output
def limit(s, n):
    return s if len(s) <= n else s[:n - 1] + "…"


def finish(reg):
    out = {}
    for f in ("category", "body", "color", "brand", "model", "serial", "address", "marks", "lat", "lon"):
        if f in reg and reg[f] not in (None, ""):
            out[f] = reg[f]
    out["body"] = limit(out["body"], 600)
    for f in ("color", "brand", "model", "serial", "address"):
        if f in out:
            out[f] = limit(str(out[f]), 60)
    if "marks" in out:
        out["marks"] = limit(out["marks"], 500)
    return out


lost_order = list(range(len(LOST)))
found_order = list(range(len(FOUND)))
R.shuffle(lost_order)
R.shuffle(found_order)
fkey = {}
for n, fi in enumerate(found_order, 1):
    fkey[FOUND[fi]["uid"]] = "%s-F%04d" % (PFX, n)
lost_out, found_out = [], []
for n, li in enumerate(lost_order, 1):
    L = LOST[li]
    rec = {"key": "%s-L%04d" % (PFX, n)}
    rec.update(finish(L["reg"]))
    rec["lost_from_min"] = L["frm"]
    rec["lost_to_min"] = L["to"]
    rec["truth"] = fkey[L["truth"]["uid"]] if L["truth"] else None
    lost_out.append(rec)
for fi in found_order:
    F = FOUND[fi]
    rec = {"key": fkey[F["uid"]]}
    rec.update(finish(F["reg"]))
    rec["found_at_min"] = F["found_at"]
    if F["neg"]:
        rec["negative"] = F["neg"]
    found_out.append(rec)
found_out.sort(key=lambda r: r["key"])

doc = {"seed": SEED, "made_by": "tests/lostfound/make_set68.py",
       "parts": {PART: {"found": found_out, "lost": lost_out}}}


def main():
    out = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]      # the checker regenerates into a scratch file to compare
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    from collections import Counter
    neg = Counter(r.get("negative") for r in found_out if r.get("negative"))
    print("wrote %s: %d lost (%d with a true found item, %d never found), %d found (%d negatives)" % (
        out, len(lost_out), sum(1 for r in lost_out if r["truth"]), sum(1 for r in lost_out if not r["truth"]),
        len(found_out), sum(neg.values())))
    for k in sorted(neg):
        print("  negative %-28s %d" % (k, neg[k]))


if __name__ == "__main__":
    main()
