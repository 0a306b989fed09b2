#!/usr/bin/env python3
"""Write tests/lostfound/set43.json: a blind labelled lost-and-found set.

World: 豫川东站片区 (the high-speed railway hub of the invented city 豫川市) during the
Mid-Autumn / National Day travel rush.  400 lost reports (300 with a true found item, 100 never
handed in) and 500 found items (300 true, 200 hard negatives and ordinary other items).

Every object is first drawn as a hidden truth record; the lost report and the found registration
are then written from it separately, each knowing only what that person would know.
Python 3 standard library only; one random.Random(SEED); identical output on every run.

Usage: python3 tests/lostfound/make_set43.py [output.json]
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta

SEED = 4343
PFX = "V3"
PART = "set43"
MADE_BY = "tests/lostfound/make_set43.py"
NOW = datetime(2025, 10, 8, 21, 30)   # the common moment of registration (never written out)
MAXMIN = 172800

R = random.Random(SEED)


# ----------------------------------------------------------------------------- small helpers
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
    return R.sample(list(seq), k)


CN_NUM = "零一二三四五六七八九"


def cn_small(n):
    if n <= 10:
        return "十" if n == 10 else CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    if n < 100:
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    return str(n)


# ----------------------------------------------------------------------------- numbers
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


USED = set()


def unique(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("could not draw a unique value")


TACS = ["86453207", "86801205", "35298311", "86932104", "35467012", "86712409", "86054118",
        "35901476", "86277305", "86510923"]


def new_imei():
    def f():
        body = pick(TACS) + "".join(str(R.randrange(10)) for _ in range(6))
        return body + luhn_digit(body)
    return unique(f)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
REGIONS = ["411302", "410105", "411424", "412726", "410822", "411627", "420111", "340822",
           "510722", "371302", "130225", "411081", "410326", "421081", "341221", "360731"]


def id_check(body17):
    return ID_C[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


def new_id(age, male):
    def f():
        y = NOW.year - age
        d = datetime(y, 1, 1) + timedelta(days=R.randrange(360))
        seq = R.randrange(0, 99) * 10 + R.randrange(10)
        seq = seq - seq % 2 + (1 if male else 0)
        body = pick(REGIONS) + d.strftime("%Y%m%d") + "%03d" % seq
        return body + id_check(body)
    return unique(f)


def mask_id(i):
    return pick([i[:4] + "*" * 10 + i[-4:], i[:6] + "********" + i[-4:], i[:3] + "*" * 11 + i[-4:]])


def new_card_tail():
    return unique(lambda: "%04d" % R.randrange(10000))


CARD_HEADS = ["6222", "6217", "6228", "6214", "6230", "6259"]


def new_student_no():
    return unique(lambda: "20%d%02d%04d" % (R.choice([21, 22, 23, 24, 25]), R.randrange(1, 40),
                                               R.randrange(10000)))


def new_frame(prefix):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return unique(lambda: prefix + "%02d" % R.randrange(20, 26) + pick(al) + pick(al) +
                  "%06d" % R.randrange(10 ** 6))


def new_plate():
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return unique(lambda: "豫V·" + pick(al) + "%04d" % R.randrange(10000))


def new_sn():
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return unique(lambda: "".join(pick(al) for _ in range(R.choice([10, 11, 12]))))


def new_passport():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return unique(lambda: pick(al) + pick(al) + "%07d" % R.randrange(10 ** 7))


def new_phone_masked():
    return "1%d%d****%04d" % (R.choice([3, 5, 8, 9]), R.randrange(10), R.randrange(10000))


def imei_written(imei, who):
    s = wpick([("plain", 4), ("sp4", 2), ("sp6", 2), ("tail6", 2 if who == "o" else 0),
               ("dash", 1)])
    if s == "plain":
        return imei
    if s == "sp4":
        return " ".join([imei[0:4], imei[4:8], imei[8:12], imei[12:]])
    if s == "sp6":
        return " ".join([imei[0:2], imei[2:8], imei[8:14], imei[14:]])
    if s == "dash":
        return imei[:8] + "-" + imei[8:14] + "-" + imei[14:]
    return "后六位" + imei[-6:]


# ----------------------------------------------------------------------------- people
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIV_M = ["建华", "志强", "国庆", "海涛", "振宇", "文博", "子豪", "宏伟", "保军", "长林", "学军",
         "俊杰", "浩然", "明轩", "德胜", "永福", "金山", "红旗", "晓东", "鹏飞", "天佑", "宇航",
         "家乐", "铁柱", "卫东", "春生", "书恒", "立新"]
GIV_F = ["秀兰", "丽娟", "桂英", "晓燕", "婷婷", "雨欣", "梦琪", "佳怡", "春梅", "玉芬", "静怡",
         "思雨", "雪梅", "海燕", "欣悦", "凤霞", "淑珍", "若曦", "可馨", "彩霞", "巧玲", "梓涵",
         "慧敏", "秋菊"]
FOREIGN = ["Lukas Brenner", "Amara Okafor", "Mateo Ruiz", "Sofia Lindqvist", "Daniel Kowalczyk",
           "Hannah Weiss", "Ravi Menon", "Chloe Martin", "Yusuf Demir", "Elena Petrova",
           "Tomás Alvarez", "Nadia Haddad", "Oliver Grant", "Mei Tanaka"]
HOMETOWNS = ["豫川市", "周口市", "驻马店", "信阳", "南阳", "商丘", "漯河", "安徽阜阳", "湖北孝感",
             "四川达州", "山东菏泽", "河北邯郸", "豫川市临河县", "豫川市北岭县"]


def new_person(kind=None):
    male = chance(0.5)
    age = {"old": R.randrange(66, 86), "student": R.randrange(18, 24),
           "worker": R.randrange(28, 58), "child": R.randrange(6, 13)}.get(kind, R.randrange(20, 60))
    name = pick(SURN) + pick(GIV_M if male else GIV_F)
    if kind != "foreign" and chance(0.2) and len(name) == 3:
        pass
    return {"name": name, "male": male, "age": age, "sex": "男" if male else "女",
            "home": pick(HOMETOWNS)}


# ----------------------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "曜石黑", "亮黑色"], ["黑色", "黑", "深色"], ["black", "dark"]),
    "white": (["白色", "白", "米白色", "象牙白", "珍珠白"], ["白色", "白", "浅色"], ["white"]),
    "silver": (["银色", "银白色", "亮银"], ["银色", "银灰色", "银白色"], ["silver"]),
    "gray": (["灰色", "深灰", "太空灰", "石墨色", "深空灰色"], ["灰色", "深灰色", "灰"], ["grey", "gray", "space grey"]),
    "blue": (["蓝色", "深蓝色", "藏青色", "宝石蓝", "天蓝色"], ["蓝色", "深蓝色", "蓝"], ["blue", "navy"]),
    "red": (["红色", "大红", "酒红色", "枣红色"], ["红色", "红", "暗红色"], ["red"]),
    "pink": (["粉色", "粉红", "樱花粉", "浅粉色"], ["粉色", "粉红色"], ["pink"]),
    "gold": (["金色", "香槟金", "土豪金"], ["金色", "金黄色"], ["gold"]),
    "green": (["绿色", "墨绿色", "军绿色", "薄荷绿"], ["绿色", "深绿色"], ["green"]),
    "purple": (["紫色", "浅紫色", "薰衣草紫"], ["紫色", "淡紫色"], ["purple"]),
    "brown": (["棕色", "咖啡色", "驼色", "深棕色"], ["棕色", "咖啡色", "褐色"], ["brown", "tan"]),
    "yellow": (["黄色", "明黄色", "柠檬黄"], ["黄色"], ["yellow"]),
}
# a finder in bad light may name a neighbouring colour
COLOR_NEAR = {"black": "深蓝色", "blue": "黑色", "gray": "银色", "silver": "灰色", "white": "米黄色",
              "brown": "深色", "purple": "粉紫色", "pink": "浅紫色", "green": "深色", "gold": "黄色",
              "red": "粉红色", "yellow": "金黄色"}


def col_o(c):
    return pick(COLORS[c][0])


def col_f(c):
    if chance(0.06):
        return COLOR_NEAR[c]
    return pick(COLORS[c][1])


def col_en(c):
    return pick(COLORS[c][2])


# ----------------------------------------------------------------------------- brands
# key: (zh, en, pinyin, typos, models by kind)
BR = {
    "huawei": ("华为", "HUAWEI", "huawei", ["华伟", "花为"],
               {"phone": ["Mate 60 Pro", "Mate 60", "Mate 50", "P60", "nova 12", "nova 11", "Pura 70"],
                "earbuds": ["FreeBuds Pro 3", "FreeBuds 5i"], "tablet": ["MatePad 11", "MatePad Air"],
                "laptop": ["MateBook 14", "MateBook D16"], "watch": ["Watch GT 4", "Watch 4 Pro"]}),
    "apple": ("苹果", "Apple", "pingguo", ["平果", "苹菓", "ipone"],
              {"phone": ["iPhone 15 Pro Max", "iPhone 15", "iPhone 14 Pro", "iPhone 14", "iPhone 13", "iPhone 12"],
               "earbuds": ["AirPods Pro 2", "AirPods 3"], "tablet": ["iPad Air", "iPad 10", "iPad mini 6"],
               "laptop": ["MacBook Air 13", "MacBook Pro 14"], "watch": ["Apple Watch S9", "Apple Watch SE"]}),
    "xiaomi": ("小米", "Xiaomi", "xiaomi", ["小咪", "xiaomei"],
               {"phone": ["小米14", "小米13", "小米Civi 4"], "tablet": ["小米平板6"], "powerbank": ["小米充电宝20000"],
                "backpack": ["小米通勤双肩包"], "earbuds": ["Xiaomi Buds 4"]}),
    "redmi": ("红米", "Redmi", "hongmi", ["红咪"], {"phone": ["Note 13 Pro", "K70", "Note 12", "13C"]}),
    "oppo": ("欧珀", "OPPO", "oppo", ["OPPP", "opop"], {"phone": ["Reno 11", "Reno 10", "Find X7", "A3 Pro"]}),
    "vivo": ("维沃", "vivo", "vivo", ["vivio", "viv0"], {"phone": ["X100", "S18", "Y36", "iQOO Neo9"]}),
    "honor": ("荣耀", "HONOR", "rongyao", ["荣曜", "荣跃"], {"phone": ["Magic6", "荣耀90", "X50", "Play 8T"]}),
    "samsung": ("三星", "Samsung", "sanxing", ["samsumg", "三兴"], {"phone": ["Galaxy S23", "Galaxy Z Flip5", "Galaxy A54"]}),
    "oneplus": ("一加", "OnePlus", "yijia", ["1加"], {"phone": ["一加12", "Ace 3"]}),
    "xiaoqin": ("孝亲", "XIAOQIN", "xiaoqin", ["孝琴"], {"phone": ["K8老人机", "T3大字版"]}),            # invented
    "ruige": ("锐格", "RUIGE", "ruige", ["瑞格"], {"phone": ["R5"]}),                                   # invented
    "septwolves": ("七匹狼", "SEPTWOLVES", "qipilang", ["七皮狼"], {}),
    "goldlion": ("金利来", "Goldlion", "jinlilai", ["金利莱"], {}),
    "coach": ("蔻驰", "COACH", "kouchi", ["寇驰", "coch"], {}),
    "lv": ("路易威登", "LV", "luyiweideng", ["驴牌"], {}),
    "pijiang": ("皮匠记", "PIJIANGJI", "pijiangji", ["皮匠纪"], {}),                                    # invented
    "samsonite": ("新秀丽", "Samsonite", "xinxiuli", ["新秀立", "samsonit"], {}),
    "diplomat": ("外交官", "Diplomat", "waijiaoguan", ["外交管"], {}),
    "amtour": ("美旅", "American Tourister", "meilv", ["美侣"], {}),
    "tuan": ("途岸", "TUAN", "tuan", ["途安"], {}),                                                     # invented
    "nike": ("耐克", "Nike", "naike", ["奈克", "nkie"], {}),
    "adidas": ("阿迪达斯", "adidas", "adi", ["阿迪", "addidas"], {}),
    "tnf": ("北面", "The North Face", "beimian", ["北脸"], {}),
    "mk": ("迈克高仕", "MK", "maikegaoshi", ["麦克高仕"], {}),
    "anta": ("安踏", "ANTA", "anta", ["按踏"], {}),
    "sony": ("索尼", "SONY", "suoni", ["索妮"], {"headphone": ["WH-1000XM5", "WH-1000XM4"], "camera": ["ZV-E10", "A7C II"]}),
    "canon": ("佳能", "Canon", "jianeng", ["家能"], {"camera": ["EOS R50", "G7 X Mark III", "EOS 200D II"]}),
    "fuji": ("富士", "FUJIFILM", "fushi", ["富仕"], {"camera": ["X-S20", "X100V"]}),
    "lenovo": ("联想", "Lenovo", "lianxiang", ["连想"], {"laptop": ["ThinkPad X1", "小新Pro 14", "拯救者Y9000P"], "tablet": ["小新Pad"]}),
    "dell": ("戴尔", "DELL", "daier", ["带尔"], {"laptop": ["XPS 13", "灵越14"]}),
    "anker": ("安克", "Anker", "anke", ["按克"], {"powerbank": ["737充电宝", "PowerCore 10000"]}),
    "romoss": ("罗马仕", "ROMOSS", "luomashi", ["罗马士"], {"powerbank": ["PAC20", "Sense 8"]}),
    "nintendo": ("任天堂", "Nintendo", "rentiantang", ["任天棠"], {"console": ["Switch OLED", "Switch Lite"]}),
    "dji": ("大疆", "DJI", "dajiang", ["大僵"], {"camera": ["Pocket 3", "Osmo Action 4"]}),
    "shengtu": ("声途", "SHENGTU", "shengtu", ["声图"], {"earbuds": ["ST-Air 3"]}),                    # invented
    "jichi": ("极驰", "JICHI", "jichi", ["极弛"], {"powerbank": ["JC-20K"]}),                            # invented
    "vw": ("大众", "Volkswagen", "dazhong", ["大重"], {}),
    "toyota": ("丰田", "TOYOTA", "fengtian", ["风田"], {}),
    "byd": ("比亚迪", "BYD", "biyadi", ["比亚笛"], {}),
    "honda": ("本田", "HONDA", "bentian", ["本天"], {}),
    "yadea": ("雅迪", "Yadea", "yadi", ["亚迪", "雅笛"], {"ebike": ["冠能DE3", "欧睿", "Z3"]}),
    "aima": ("爱玛", "AIMA", "aima", ["艾玛"], {"ebike": ["小帅", "A500", "露可露"]}),
    "tailg": ("台铃", "TAILG", "tailing", ["台玲", "台陵"], {"ebike": ["超能", "狮子王"]}),
    "sunra": ("新日", "SUNRA", "xinri", ["新曰"], {"ebike": ["XC1", "佳动"]}),
    "niu": ("小牛", "NIU", "xiaoniu", ["小扭"], {"ebike": ["G2", "UQi+", "F0"]}),
    "luyuan": ("绿源", "LUYUAN", "lvyuan", ["绿园"], {"ebike": ["MODA2", "S70"]}),
    "chifeng": ("驰风", "CHIFENG", "chifeng", ["弛风"], {"ebike": ["CF-9"]}),                          # invented
    "giant": ("捷安特", "GIANT", "jieante", ["捷安持", "杰安特"], {"bicycle": ["ATX 660", "Escape 2", "SCR 2"]}),
    "merida": ("美利达", "MERIDA", "meilida", ["美力达"], {"bicycle": ["勇士500", "挑战者300"]}),
    "xds": ("喜德盛", "XDS", "xidesheng", ["喜得盛"], {"bicycle": ["逐日500", "RC200"]}),
    "forever": ("永久", "FOREVER", "yongjiu", ["永九"], {"bicycle": ["C3", "复古26寸"]}),
    "phoenix": ("凤凰", "PHOENIX", "fenghuang", ["凤皇"], {"bicycle": ["ZH-26", "都市通勤"]}),
    "ctf": ("周大福", "Chow Tai Fook", "zhoudafu", ["周大幅", "周大富"], {}),
    "lfx": ("老凤祥", "LAOFENGXIANG", "laofengxiang", ["老凤翔"], {}),
    "lukfook": ("六福", "LUKFOOK", "liufu", ["六副"], {}),
    "pandora": ("潘多拉", "PANDORA", "panduola", ["潘朵拉"], {}),
    "jinyuange": ("金缘阁", "JINYUANGE", "jinyuange", ["金园阁"], {}),                                # invented
    "tiantang": ("天堂伞", "Paradise", "tiantang", ["天棠伞"], {}),
    "thermos": ("膳魔师", "THERMOS", "shanmoshi", ["善魔师"], {}),
    "zoji": ("象印", "ZOJIRUSHI", "xiangyin", ["像印"], {}),
    "lego": ("乐高", "LEGO", "legao", ["乐搞"], {}),
    "gb": ("好孩子", "gb", "haohaizi", ["好孩孑"], {}),
    "bolon": ("暴龙", "BOLON", "baolong", ["爆龙"], {}),
    "yuxiang": ("豫香斋", "YUXIANGZHAI", "yuxiangzhai", ["玉香斋"], {}),                               # invented
    "dxc": ("稻香村", "DAOXIANGCUN", "daoxiangcun", ["稻香存"], {}),
}
INVENTED_BRANDS = sorted(["xiaoqin", "ruige", "pijiang", "tuan", "shengtu", "jichi", "chifeng",
                          "jinyuange", "yuxiang"])


def brand_o(b):
    zh, en, py, ty, _ = BR[b]
    return wpick([(zh, 5), (en, 3), (py, 1), (pick(ty), 1)])


def brand_f(b):
    zh, en, py, ty, _ = BR[b]
    return wpick([(zh, 5), (en, 4), (pick(ty), 0.5)])


def brand_en(b):
    return BR[b][1]


def model_of(b, kind):
    ms = BR[b][4].get(kind)
    return pick(ms) if ms else None


# ----------------------------------------------------------------------------- places
# key, official name, casual names, english, lat, lon, finder spots, group
PL = [
    ("hall", "豫川东站2楼候车大厅", ["东站二楼候车厅", "候车大厅", "高铁站候车室", "东站候车厅"], "the 2F waiting hall of Yuchuan East Station", 34.38262, 114.21581, ["B区座椅下", "A区座椅上", "充电桩旁", "饮水处", "母婴室门口", "卫生间洗手台", "商铺收银台旁"], "station"),
    ("gateA", "豫川东站A区检票口", ["A检票口", "A12检票口那边", "检票口"], "ticket gate A at East Station", 34.38281, 114.21545, ["A8检票口闸机旁", "A12检票口排队区", "A3检票口座位上"], "station"),
    ("gateB", "豫川东站B区检票口", ["B检票口", "B15检票口", "检票口排队的地方"], "ticket gate B at East Station", 34.38244, 114.21610, ["B15检票口闸机旁", "B6检票口座椅下", "排队栏杆边"], "station"),
    ("security", "豫川东站北进站口安检处", ["进站安检", "北进站口", "安检那里"], "the north entrance security check", 34.38402, 114.21570, ["安检机出口", "行李筐旁", "实名验证闸机旁"], "station"),
    ("platform", "豫川东站站台", ["站台", "12站台", "高铁站台"], "the platform", 34.38255, 114.21650, ["12站台3号车厢门口", "7站台候车线旁", "站台长椅上"], "station"),
    ("exitE", "豫川东站东出站口", ["东出站口", "出站口", "到达层出口"], "the east exit (arrivals)", 34.38240, 114.21812, ["出站闸机旁", "出站通道扶梯口", "到达层接客区"], "station"),
    ("exitW", "豫川东站西出站口", ["西出站口", "西出口"], "the west exit", 34.38280, 114.21330, ["出站闸机旁", "西出口台阶", "出口问询台旁"], "station"),
    ("northsq", "豫川东站北广场", ["北广场", "站前广场", "东站北广场"], "the north square", 34.38510, 114.21600, ["花坛边", "广场台阶上", "北广场休息椅"], "square"),
    ("southsq", "豫川东站南广场", ["南广场", "东站南广场"], "the south square", 34.38000, 114.21550, ["南广场长椅", "地下通道口", "广场垃圾桶旁"], "square"),
    ("metro", "地铁豫川东站站厅（1号线/3号线换乘）", ["地铁站", "地铁东站", "换乘通道", "1号线换3号线那里"], "the metro interchange at East Station", 34.38120, 114.21490, ["换乘通道", "自动售票机旁", "3号线站台", "B口安检处", "站厅座椅"], "metro"),
    ("coach", "豫川东站长途汽车客运站", ["长途汽车站", "东站汽车站", "客运站", "汽车站候车室"], "the long-distance coach station", 34.37960, 114.21980, ["售票厅", "候车室座椅", "3号发车位", "行李寄存处旁"], "coach"),
    ("mall", "东站万汇城购物中心", ["万汇城", "商场", "东站那个商场"], "Wanhui City mall", 34.37780, 114.22060, ["1楼服务台", "B1美食街", "3楼卫生间", "扶梯口", "休息区沙发"], "mall"),
    ("cinema", "万汇城5楼星河影城", ["电影院", "星河影城", "万汇城电影院"], "the Xinghe cinema in Wanhui City", 34.37785, 114.22070, ["6号厅座位下", "检票口", "取票机旁", "影厅走道"], "mall"),
    ("hotel1", "锦程东站商务酒店", ["锦程酒店", "东站锦程商务酒店"], "Jincheng Business Hotel", 34.38620, 114.21900, ["大堂沙发", "客房内", "前台", "早餐厅"], "hotel"),
    ("hotel2", "豫川东站嘉禾大酒店", ["嘉禾大酒店", "嘉禾酒店"], "Jiahe Hotel near East Station", 34.37900, 114.21200, ["大堂", "客房床头柜", "电梯厅", "前台"], "hotel"),
    ("hotel3", "途憩快捷酒店（东站北广场店）", ["途憩酒店", "途憩快捷"], "Tuqi Express Hotel", 34.38710, 114.21360, ["客房内", "前台", "大门口"], "hotel"),
    ("hospital", "豫川市第三人民医院东院区门诊楼", ["三院东院", "第三人民医院门诊楼", "医院门诊"], "the outpatient building of No.3 People's Hospital (East)", 34.37450, 114.22310, ["1楼挂号收费处", "3楼候诊区", "抽血窗口", "自助机旁", "药房取药窗口"], "hospital"),
    ("ridehail", "东站P2网约车上客区", ["网约车上车点", "P2停车场", "网约车那边"], "the ride-hailing pickup zone P2", 34.38080, 114.21760, ["上客区候车栏旁", "P2电梯口", "等车座椅"], "road"),
    ("taxi", "东站出租车上客点", ["出租车排队那里", "打车的地方"], "the taxi rank", 34.38160, 114.21900, ["排队通道", "栏杆旁"], "road"),
    ("bikeN", "北广场共享单车停放点", ["北广场单车停放点", "共享单车那里"], "the shared-bike parking on the north square", 34.38570, 114.21710, ["单车车筐里", "停放点护栏旁"], "bike"),
    ("bikeS", "地铁C口非机动车停放区", ["地铁C口", "C口电动车停车处"], "the bike parking at metro exit C", 34.38060, 114.21400, ["电动车停放区内", "充电桩旁"], "bike"),
    ("bus", "东站公交枢纽站", ["公交站", "东站公交枢纽"], "the bus hub at East Station", 34.37980, 114.21700, ["候车亭长椅", "18路站牌下"], "road"),
]
FAR = [
    ("univ", "豫川大学北校区南门", ["豫川大学", "学校门口"], "the south gate of Yuchuan University", 34.43120, 114.16200),
    ("oldtown", "老城区鼓楼商业街", ["鼓楼", "老城"], "the Gulou shopping street", 34.41050, 114.18020),
    ("oldstation", "豫川站（老火车站）站前", ["老火车站", "豫川站"], "the old Yuchuan railway station", 34.42010, 114.17550),
    ("hexi", "河西长途客运站", ["河西汽车站"], "the Hexi coach station", 34.39500, 114.14000),
    ("hitech", "高新区软件园", ["软件园", "高新区"], "the software park", 34.35000, 114.16500),
    ("airport", "豫川机场T2航站楼", ["机场", "T2"], "airport T2", 34.33000, 114.28000),
    ("metroend", "地铁3号线河西站（终点站）", ["3号线终点站", "河西站"], "Hexi station, end of Metro Line 3", 34.39420, 114.14080),
]
PLD = {p[0]: p for p in PL}
FARD = {p[0]: p for p in FAR}
CENTER = (34.38262, 114.21600)


def place_name(key):
    return (PLD.get(key) or FARD[key])[1]


def place_casual(key):
    return pick((PLD.get(key) or FARD[key])[2])


def place_en(key):
    return (PLD.get(key) or FARD[key])[3]


def place_ll(key):
    p = PLD.get(key) or FARD[key]
    return p[4], p[5]


def jitter(lat, lon, metres):
    a = R.uniform(-metres, metres) / 111000.0
    b = R.uniform(-metres, metres) / 92000.0
    return round(lat + a, 6), round(lon + b, 6)


def dist_m(a, b):
    return (((a[0] - b[0]) * 111000) ** 2 + ((a[1] - b[1]) * 92000) ** 2) ** 0.5


# places a thing plausibly drifts to from where it was lost (walked on, handed over, misremembered)
NEAR = {"hall": ["gateA", "gateB", "security", "platform"], "gateA": ["hall", "gateB", "platform"],
        "gateB": ["hall", "gateA", "platform"], "security": ["hall", "northsq"],
        "platform": ["hall", "gateA", "gateB", "exitE", "exitW"], "exitE": ["platform", "taxi", "ridehail", "metro", "bus"],
        "exitW": ["platform", "metro", "southsq"], "northsq": ["security", "bikeN", "hotel3", "hotel1"],
        "southsq": ["exitW", "bus", "bikeS", "hotel2"], "metro": ["exitE", "exitW", "bikeS", "southsq"],
        "coach": ["bus", "taxi", "mall"], "mall": ["cinema", "coach", "hospital"], "cinema": ["mall"],
        "hotel1": ["northsq"], "hotel2": ["southsq"], "hotel3": ["northsq", "bikeN"], "hospital": ["mall", "bus"],
        "ridehail": ["exitE", "taxi"], "taxi": ["exitE", "ridehail"], "bikeN": ["northsq"], "bikeS": ["metro", "southsq"],
        "bus": ["southsq", "coach", "exitE"]}

LOSS_PLACES = {
    "default": [("hall", 8), ("gateA", 3), ("gateB", 3), ("security", 3), ("platform", 2), ("exitE", 3),
                ("exitW", 1), ("northsq", 2), ("southsq", 2), ("metro", 4), ("coach", 3), ("mall", 3),
                ("cinema", 1.5), ("hotel1", 1.5), ("hotel2", 1.5), ("hotel3", 1), ("hospital", 2),
                ("ridehail", 2), ("taxi", 1), ("bus", 1)],
    "ebike": [("bikeN", 4), ("bikeS", 4), ("southsq", 1), ("hospital", 2), ("mall", 1), ("coach", 1)],
    "bicycle": [("bikeN", 4), ("bikeS", 4), ("northsq", 1), ("hospital", 1), ("mall", 1)],
}


# ----------------------------------------------------------------------------- time text
def dt_of(minutes):
    return NOW - timedelta(minutes=minutes)


def hm_cn(d, loose=False):
    h, m = d.hour, d.minute
    if loose:
        part = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
        hh = h if h <= 12 else h - 12
        tail = "" if m < 10 else "半" if 25 <= m <= 35 else "多" if m < 50 else "快%d点" % ((hh % 12) + 1)
        if tail.startswith("快"):
            return part + tail
        return part + "%d点%s" % (hh, tail)
    return "%d时%02d分" % (h, m) if m else "%d时" % h


def day_cn(d, rel_ok=True):
    delta = (NOW.date() - d.date()).days
    if rel_ok and delta == 0 and chance(0.6):
        return "今天"
    if rel_ok and delta == 1 and chance(0.6):
        return "昨天"
    if rel_ok and delta == 2 and chance(0.4):
        return "前天"
    return pick(["%d月%d日" % (d.month, d.day), "%d月%d号" % (d.month, d.day), "%d号" % d.day])


def when_o(lfrom, lto, style):
    a, b = dt_of(lfrom), dt_of(lto)
    if style == "officer":
        if a.date() == b.date():
            return "%d月%d日%s至%s之间" % (a.month, a.day, hm_cn(a), hm_cn(b))
        return "%d月%d日%s至%d月%d日%s之间" % (a.month, a.day, hm_cn(a), b.month, b.day, hm_cn(b))
    if style == "en":
        if a.date() == b.date():
            return "on %s between %s and %s" % (a.strftime("%b %d").replace(" 0", " "),
                                                a.strftime("%H:%M"), b.strftime("%H:%M"))
        return "sometime between %s and %s" % (a.strftime("%b %d %H:%M").replace(" 0", " "),
                                             b.strftime("%b %d %H:%M").replace(" 0", " "))
    if a.date() == b.date():
        if lfrom - lto <= 90:
            h = hm_cn(a, True)
            return day_cn(a) + h + ("" if h.endswith("多") else "左右")
        return day_cn(a) + hm_cn(a, True) + "到" + hm_cn(b, True) + "之间"
    return day_cn(a) + hm_cn(a, True) + "到" + day_cn(b) + hm_cn(b, True)


def when_f(found, style="officer"):
    d = dt_of(found)
    if style == "officer":
        return "%d月%d日%s许" % (d.month, d.day, hm_cn(d) if d.minute else "%d时" % d.hour)
    if style == "en":
        return d.strftime("%b %d, %H:%M").replace(" 0", " ")
    return day_cn(d) + hm_cn(d, True)


# ----------------------------------------------------------------------------- typos
TYPO = [("的", "得"), ("在", "再"), ("手机", "手几"), ("钱包", "钱抱"), ("候车", "侯车"), ("检票", "捡票"),
        ("身份证", "身分证"), ("钥匙", "钥是"), ("充电宝", "冲电宝"), ("耳机", "耳几"), ("捡到", "检到"),
        ("联系", "连系"), ("已经", "以经"), ("一个", "一哥"), ("麻烦", "麻凡"), ("帮忙", "帮芒")]


def typo(s, n=1):
    for _ in range(n):
        opts = [t for t in TYPO if t[0] in s]
        if not opts:
            break
        a, b = pick(opts)
        i = s.find(a)
        idxs = []
        while i >= 0:
            idxs.append(i)
            i = s.find(a, i + 1)
        j = pick(idxs)
        s = s[:j] + b + s[j + len(a):]
    if chance(0.3):
        s = s.replace("，", " ").replace("。", " ")
    return s


# ----------------------------------------------------------------------------- object builders
# every object: cat, kind, ow (owner words), fw (finder words), unit, en, brand, model, color,
# serial {type,value,...}, vis [(owner, finder, en)], hid [owner only], cont [(owner, finder)],
# fbrand_p / fmodel_p / fserial_p (chance a finder can name it)

def mkobj(cat, kind, ow, fw, unit, en, **kw):
    o = {"cat": cat, "kind": kind, "ow": ow, "fw": fw, "unit": unit, "en": en, "brand": None,
         "model": None, "color": None, "serial": None, "vis": [], "hid": [], "cont": [],
         "fbrand_p": 0.5, "fmodel_p": 0.1, "fserial_p": 0.0, "oserial_p": 0.5, "holder": None}
    o.update(kw)
    return o


PHONE_BR = [("huawei", 10), ("apple", 10), ("xiaomi", 4), ("redmi", 3), ("oppo", 5), ("vivo", 5),
            ("honor", 4), ("samsung", 1.5), ("oneplus", 1), ("xiaoqin", 1.5), ("ruige", 0.7)]
CASES = [("透明手机壳", "透明保护壳", "a clear case"), ("黑色硅胶壳", "黑色软壳", "a black silicone case"),
         ("带支架的手机壳", "背面有指环支架", "a ring holder on the back"),
         ("粉色草莓熊手机壳", "粉色卡通手机壳（草莓熊图案）", "a pink cartoon bear case"),
         ("棕色皮质翻盖保护套", "翻盖皮套（棕色）", "a brown leather flip cover"),
         ("蓝色磨砂壳", "蓝色磨砂保护壳", "a matte blue case"),
         ("蜡笔小新的卡通壳", "卡通壳（蜡笔小新）", "a cartoon case"),
         ("绿色恐龙图案的壳", "手机壳上印有恐龙图案", "a green dinosaur case"),
         ("壳上贴着一张全家福小照片", "手机壳背面夹着一张合影照片", "a small family photo in the case")]
LOCKS = [("锁屏是我儿子的照片", "锁屏壁纸为一男孩照片"), ("锁屏是全家福", "锁屏为多人合影"),
         ("锁屏壁纸是一只橘猫", "锁屏为猫的照片"), ("锁屏是海边风景", "锁屏为海边风景图"),
         ("锁屏是个小女孩", "锁屏为一女童照片"), ("锁屏是默认壁纸", "锁屏为系统默认壁纸"),
         ("锁屏是我和男朋友的合照", "锁屏为一对男女合影"), ("锁屏壁纸是奥特曼", "锁屏为奥特曼图片")]


def b_phone(color=None, brand=None, excl=None, model=None):
    pool = [(b, w) for b, w in PHONE_BR if b != excl]
    b = brand or wpick(pool)
    elder = b in ("xiaoqin", "ruige") and chance(0.8)
    m = model or model_of(b, "phone")
    c = color or (wpick([("black", 5), ("white", 3), ("blue", 2), ("gold", 1), ("silver", 1.5), ("purple", 1),
                         ("green", 1), ("pink", 1), ("gray", 1.5)]) if not elder else pick(["red", "black", "gold"]))
    o = mkobj("phone", "手机", ["手机"] if not elder else ["老人机", "老年手机", "按键手机"],
              ["手机"] if not elder else ["老年机", "按键手机"], "部", "phone" if not elder else "feature phone",
              brand=b, model=m, color=c, serial={"type": "imei", "value": new_imei()},
              fbrand_p=0.85 if b == "apple" else 0.6, fmodel_p=0.12, fserial_p=0.3, oserial_p=0.35)
    if not elder:
        o["vis"].append(pick(CASES))
        lk = pick(LOCKS)
        if chance(0.45):
            o["vis"].append((lk[0], lk[1], None))
        else:
            o["hid"].append(lk[0])
        if chance(0.35):
            o["vis"].append(pick([("屏幕左上角碎了一块", "屏幕左上角有裂痕", "the screen is cracked at the top left"),
                                  ("屏幕有一道裂纹", "屏幕有裂纹", "a crack across the screen"),
                                  ("后盖有磕碰", "后壳边角有磕痕", "a dent on the back corner")]))
        if chance(0.3):
            o["cont"].append(pick([("手机壳里夹了一张公交卡", "壳内夹公交卡一张"),
                                   ("壳里塞了两百块钱", "壳内有现金200元"),
                                   ("壳里夹着我的身份证", "壳内夹有身份证一张")]))
        o["hid"].append(pick(["里面有两张卡，移动和联通", "密码是六位数", "开着微信，里面有几千块钱", "电量不多了可能关机了",
                              "手机里有很多孩子的照片", "装的是电信卡", "锁屏密码是人脸加数字"]))
    else:
        o["vis"].append(pick([("挂着一根红绳", "手机挂有红色挂绳", None), ("后面贴了张写着电话号码的纸", "背面贴有写电话号码的纸条", None),
                              ("按键磨得看不清字了", "按键磨损严重", None)]))
        o["hid"].append(pick(["里面存了家里人的电话", "老人只会接电话", "手机里是老人的电话卡"]))
    return o


def b_iddoc(kind=None, holder=None):
    kind = kind or wpick([("身份证", 10), ("学生证", 3), ("驾驶证", 2), ("护照", 2), ("社保卡", 1.5),
                          ("银行卡", 1.5), ("老年证", 1), ("港澳通行证", 1), ("工作证", 1)])
    p = holder or new_person("student" if kind == "学生证" else "old" if kind == "老年证" else None)
    if kind == "护照" and chance(0.5):
        p = dict(p, name=pick(FOREIGN), foreign=True)
    o = mkobj("id_doc", kind, [kind], [kind], "张" if kind in ("身份证", "社保卡", "银行卡", "工作证") else "本", kind, holder=p,
              fbrand_p=0.0, fserial_p=0.9, oserial_p=0.75)
    o["en"] = {"身份证": "ID card", "学生证": "student card", "驾驶证": "driving licence", "护照": "passport",
               "社保卡": "social security card", "银行卡": "bank card", "老年证": "senior card",
               "港澳通行证": "HK/Macau travel permit", "工作证": "staff badge"}[kind]
    pid = new_id(p["age"], p["male"])
    if kind in ("身份证", "驾驶证", "社保卡", "老年证"):
        o["serial"] = {"type": "id", "value": pid}
        if kind == "身份证":
            o["ow"] = ["身份证", "身份证", "二代身份证"]
            o["vis"].append(pick([("装在透明卡套里", "装于透明卡套内", "in a clear sleeve"),
                                  ("卡套是蓝色的", "蓝色卡套", "in a blue card sleeve"),
                                  ("没有卡套", "无卡套", None),
                                  ("和一张地铁卡套在一起", "与地铁卡一同装在卡套中", None)]))
            if chance(0.4):
                o["color"] = "blue"
        if kind == "驾驶证":
            o["vis"].append(("黑色皮套", "黑色皮质证件套", "in a black cover"))
            o["color"] = "black"
            o["cont"].append(("里面夹着行驶证", "内夹行驶证一本（豫V牌照）"))
        if kind == "老年证":
            o["vis"].append(("红色的小本", "红色证件本", None))
            o["color"] = "red"
    elif kind == "学生证":
        o["serial"] = {"type": "student", "value": new_student_no()}
        o["school"] = pick(["豫川大学", "豫川师范学院", "中原理工学院", "豫川职业技术学院", "华中某大学"])
        o["vis"].append(("学生证上有" + o["school"] + "的校徽", "封面印" + o["school"], None))
        o["color"] = pick(["red", "blue", "green"])
        o["cont"].append(pick([("里面夹着火车票优惠卡", "内夹学生优惠磁条卡"), ("里面夹着一张一寸照", "内夹一寸照片一张")]))
    elif kind == "护照":
        o["serial"] = {"type": "passport", "value": new_passport()}
        o["color"] = "red" if not p.get("foreign") else pick(["blue", "red", "green"])
        o["fserial_p"] = 0.8
    elif kind == "银行卡":
        tail = new_card_tail()
        o["serial"] = {"type": "card", "value": tail, "head": pick(CARD_HEADS)}
        o["bank"] = pick(["工商银行", "农业银行", "建设银行", "中国银行", "邮储银行", "豫川农商银行"])
        o["color"] = pick(["gold", "blue", "silver", "green"])
        o["vis"].append(("是" + o["bank"] + "的卡", o["bank"] + "借记卡", None))
    elif kind == "港澳通行证":
        o["serial"] = {"type": "passport", "value": "C" + "%08d" % R.randrange(10 ** 8)}
        USED.add(o["serial"]["value"])
        o["color"] = "green"
    else:
        o["serial"] = {"type": "staff", "value": "工号%05d" % R.randrange(100000)}
        o["company"] = pick(["豫川东站保洁公司", "万汇城物业", "中原快运", "豫川市第三人民医院"])
        o["vis"].append(("挂着蓝色挂绳，" + o["company"] + "的", "蓝色挂绳工作证，单位" + o["company"], None))
        o["color"] = "blue"
    if kind == "身份证" and chance(0.3):
        o["vis"].append(("还有一张银行卡一起", "同卡套内另有银行卡一张", None))
    return o


WALLET_BR = [("septwolves", 3), ("goldlion", 3), ("coach", 2), ("lv", 1), ("pijiang", 1), (None, 6)]


def b_wallet(color=None, brand=None, excl=None, kind=None):
    kind = kind or wpick([("钱包", 6), ("长款钱包", 2), ("卡包", 2), ("零钱包", 1), ("手拿包", 1)])
    b = brand if brand else wpick([(x, w) for x, w in WALLET_BR if x != excl or x is None])
    if excl and b == excl:
        b = None
    c = color or wpick([("black", 5), ("brown", 4), ("red", 1.5), ("pink", 1.5), ("blue", 1), ("white", 0.5), ("purple", 0.5)])
    p = new_person()
    o = mkobj("wallet", kind, [kind, "钱包", "皮夹"] if kind != "零钱包" else ["零钱包", "小钱包"],
              [kind if kind != "长款钱包" else "长款钱包", "钱包"], "个", "wallet", brand=b, color=c, holder=p,
              fbrand_p=0.6, fserial_p=0.8, oserial_p=0.6)
    o["vis"].append(pick([("皮的，有点旧了", "皮质，边缘磨损", "old leather"), ("对折的", "对折款", "bifold"),
                          ("拉链款", "拉链式", "zipped"), ("上面有个小挂件", "拉链挂有小熊挂件", "a little bear charm"),
                          ("印着格子花纹", "表面格纹", "checked pattern")]))
    cash = pick([86, 120, 200, 350, 500, 630, 800, 1200, 1500, 2000, 2600, 3200, 5000])
    cash += pick([0, 0, 5, 10, 20, 37])
    o["cash"] = cash
    o["cont"].append((("里面有%d块钱现金" % cash) if chance(0.5) else ("里面大概有%d多块钱现金" % (cash // 100 * 100) if cash >= 100 else "里面有几十块钱"),
                      "内有现金人民币%d元" % cash))
    if kind != "零钱包":
        pid = new_id(p["age"], p["male"])
        if chance(0.7):
            o["serial"] = {"type": "id", "value": pid}
            o["cont"].append(("有我的身份证", "身份证一张（姓名%s）" % p["name"]))
        tail = new_card_tail()
        o["tail"] = tail
        bank = pick(["工行", "农行", "建行", "中行", "邮储", "招行"])
        o["cont"].append(("还有%s的银行卡，尾号%s" % (bank, tail), "%s银行卡一张（%s****%s）" % (bank, pick(CARD_HEADS), tail)))
        if o["serial"] is None:
            o["serial"] = {"type": "card", "value": tail, "head": pick(CARD_HEADS)}
        if chance(0.4):
            o["cont"].append(pick([("有张孩子的一寸照片", "照片一张（儿童）"), ("夹着两张火车票报销凭证", "火车票报销凭证两张"),
                                   ("有张医保卡", "医保卡一张"), ("有几张超市购物卡", "购物卡三张")]))
    else:
        o["cont"][0] = ("里面就几十块零钱和硬币", "内有零钱%d元及硬币若干" % (cash % 100 + 20))
        o["cash"] = cash % 100 + 20
    if chance(0.3):
        o["hid"].append(pick(["钱包是女儿送的生日礼物", "里面还有一张写着电话的纸条", "夹层里还有三百块私房钱"]))
    return o


def b_bag(color=None, brand=None, excl=None, kind=None):
    kind = kind or wpick([("行李箱", 5), ("双肩包", 5), ("手提包", 3), ("编织袋", 1.5), ("帆布袋", 1.5), ("电脑包", 1.5),
                          ("斜挎包", 2), ("腰包", 0.8)])
    pools = {"行李箱": [("samsonite", 2), ("diplomat", 3), ("amtour", 2), ("tuan", 1), (None, 3)],
             "双肩包": [("xiaomi", 2), ("nike", 3), ("adidas", 2), ("tnf", 1.5), ("anta", 1.5), (None, 3)],
             "手提包": [("coach", 2), ("mk", 2), ("lv", 0.5), (None, 4)],
             "斜挎包": [("coach", 1), ("nike", 1), ("adidas", 1), ("mk", 1), (None, 3)],
             "电脑包": [("lenovo", 1), ("samsonite", 1), (None, 2)],
             "腰包": [("nike", 1), (None, 2)], "编织袋": [(None, 1)], "帆布袋": [(None, 1)]}
    pool = [(b, w) for b, w in pools[kind] if b is None or b != excl]
    b = brand if brand else wpick(pool)
    if b is not None and b == excl:
        b = None
    c = color or (pick(["red", "blue", "white"]) if kind == "编织袋" else
                  wpick([("black", 6), ("gray", 2), ("blue", 2), ("silver", 1), ("pink", 1), ("green", 1), ("brown", 1.5),
                         ("white", 1), ("red", 1), ("purple", 0.5), ("yellow", 0.5)]))
    words = {"行李箱": (["行李箱", "拉杆箱", "箱子"], ["行李箱", "拉杆箱"], "suitcase"),
             "双肩包": (["双肩包", "背包", "书包"], ["双肩包", "背包"], "backpack"),
             "手提包": (["手提包", "包包", "女士包"], ["女士手提包", "手提包"], "handbag"),
             "斜挎包": (["斜挎包", "挎包", "小包"], ["斜挎包", "挎包"], "crossbody bag"),
             "电脑包": (["电脑包", "公文包"], ["电脑包", "公文包"], "laptop bag"),
             "腰包": (["腰包", "胸包"], ["腰包"], "waist bag"),
             "编织袋": (["编织袋", "蛇皮袋", "大袋子"], ["编织袋"], "woven sack"),
             "帆布袋": (["帆布袋", "帆布包"], ["帆布袋"], "canvas tote")}[kind]
    p = new_person("worker" if kind == "编织袋" else None)
    o = mkobj("bag", kind, words[0], words[1], "个" if kind != "行李箱" else "只", words[2], brand=b, color=c, holder=p,
              fbrand_p=0.55, fserial_p=0.0)
    if kind == "行李箱":
        size = pick(["20寸", "24寸", "26寸", "28寸"])
        o["size"] = size
        o["vis"].append((size + "的", size, None))
        o["vis"].append(pick([("把手上绑了根红丝带", "拉杆把手系有红丝带", "a red ribbon on the handle"),
                              ("贴满了旅行贴纸", "箱体贴有多张贴纸", "covered in travel stickers"),
                              ("有个轮子坏了", "一个万向轮损坏", "one wheel is broken"),
                              ("挂着写有名字的行李牌", "挂有行李牌（写有姓名%s）" % p["name"], "a name tag"),
                              ("密码锁", "TSA密码锁", "a combination lock")]))
        cont = [("里面是换洗衣服", "内有衣物若干"), ("有两盒月饼", "月饼礼盒两盒"), ("有给孩子买的玩具", "儿童玩具若干"),
                ("带了笔记本电脑", "笔记本电脑一台"), ("有一包家乡特产", "土特产一包"), ("有一个保温杯", "保温杯一个")]
    elif kind == "编织袋":
        o["vis"].append(pick([("用绳子扎着口", "袋口用尼龙绳扎紧", None), ("袋子上写着我名字", "袋身用记号笔写有'%s'" % p["name"][0] + "字", None)]))
        cont = [("里面是被子和衣服", "内有棉被一床、衣物若干"), ("有工具，电钻什么的", "内有电钻等工具"),
                ("装着给家里带的花生和小米", "内有花生、小米若干"), ("有一双新棉鞋", "新棉鞋一双")]
    else:
        o["vis"].append(pick([("拉链上挂着毛绒挂件", "拉链挂有毛绒挂件", "a plush keyring on the zip"),
                              ("侧边口袋插着一把折叠伞", "侧袋有折叠伞一把", "a folding umbrella in the side pocket"),
                              ("包带有点磨损", "背带磨损", "worn straps"), ("上面别着几个徽章", "包面别有徽章数枚", "a few pin badges"),
                              ("包上绣了名字缩写", "包面绣有字母缩写", "initials embroidered")]))
        cont = [("里面有笔记本电脑", "笔记本电脑一台"), ("有充电宝和数据线", "充电宝一个、数据线若干"),
                ("有身份证和一些卡", "身份证一张及卡若干"), ("有几本书和笔记本", "书本、笔记本若干"),
                ("有水杯和雨伞", "水杯一个、雨伞一把"), ("装着化妆品", "化妆品若干"), ("有孩子的衣服和尿不湿", "儿童衣物、纸尿裤"),
                ("有药和病历本", "药品及病历本"), ("有一个平板电脑", "平板电脑一台")]
    o["cont"] = sample(cont, 2 if len(cont) > 2 and chance(0.6) else 1)
    if any("身份证" in c[0] for c in o["cont"]):
        o["serial"] = {"type": "id", "value": new_id(p["age"], p["male"])}
        o["fserial_p"] = 0.7
        o["oserial_p"] = 0.5
    if chance(0.35):
        o["hid"].append(pick(["夹层里有现金一千多", "里面的东西对我很重要", "包里有份合同原件", "有一份体检报告"]))
    return o


def b_elec(color=None, brand=None, excl=None, kind=None):
    kind = kind or wpick([("earbuds", 5), ("tablet", 3), ("laptop", 3), ("powerbank", 4), ("camera", 2), ("watch", 2),
                          ("headphone", 1.5), ("console", 1.5), ("kindle", 1)])
    pools = {"earbuds": [("apple", 4), ("huawei", 3), ("xiaomi", 1), ("shengtu", 1)],
             "tablet": [("apple", 4), ("huawei", 2), ("xiaomi", 1.5), ("lenovo", 1)],
             "laptop": [("lenovo", 3), ("apple", 2), ("huawei", 2), ("dell", 1)],
             "powerbank": [("anker", 2), ("romoss", 2), ("xiaomi", 2), ("jichi", 1)],
             "camera": [("canon", 2), ("sony", 2), ("fuji", 1), ("dji", 1.5)],
             "watch": [("apple", 2), ("huawei", 2)],
             "headphone": [("sony", 1)], "console": [("nintendo", 1)], "kindle": [(None, 1)]}
    pool = [(b, w) for b, w in pools[kind] if b is None or b != excl] or pools[kind]
    b = brand or wpick(pool)
    words = {"earbuds": (["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机", "无线耳机"], "earbuds"),
             "tablet": (["平板电脑", "平板", "iPad"] if b == "apple" else ["平板电脑", "平板"], ["平板电脑"], "tablet"),
             "laptop": (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑"], "laptop"),
             "powerbank": (["充电宝", "移动电源"], ["充电宝", "移动电源"], "power bank"),
             "camera": (["相机", "照相机"] if b != "dji" else ["云台相机", "运动相机"], ["相机"], "camera"),
             "watch": (["智能手表", "手表"], ["智能手表", "电子手表"], "smartwatch"),
             "headphone": (["头戴式耳机", "降噪耳机"], ["头戴式耳机"], "headphones"),
             "console": (["游戏机", "Switch"], ["游戏机"], "Switch console"),
             "kindle": (["Kindle", "电子书阅读器"], ["电子阅读器"], "Kindle")}[kind]
    c = color or wpick([("black", 4), ("white", 4), ("silver", 2), ("gray", 2), ("blue", 1), ("pink", 0.7), ("green", 0.5)])
    m = model_of(b, kind) if b else None
    o = mkobj("electronics", kind, words[0], words[1], {"earbuds": "副", "powerbank": "个", "watch": "块"}.get(kind, "台"),
              words[2], brand=b, model=m, color=c, fbrand_p=0.6, fmodel_p=0.2, fserial_p=0.3 if kind in ("laptop", "tablet", "camera") else 0.05,
              oserial_p=0.2, subkind=kind)
    if b is None and kind == "kindle":
        o["brand"] = None
    o["serial"] = {"type": "sn", "value": new_sn()}
    vis = {"earbuds": [("充电仓上贴了个小熊贴纸", "充电仓贴有小熊贴纸", "a bear sticker on the case"),
                       ("充电仓套着透明保护套", "充电盒有透明保护套", "a clear cover on the case"),
                       ("少了左耳", "仓内仅有右耳耳机", "the left bud is missing"),
                       ("保护套是卡皮巴拉的", "耳机套为卡通水豚造型", "a capybara cover")],
           "tablet": [("带键盘保护套", "配有键盘保护套", "a keyboard cover"), ("屏幕贴了类纸膜", "屏幕贴膜", None),
                      ("背面贴了孩子的贴画", "背面有儿童贴纸", "kids' stickers on the back")],
           "laptop": [("贴了个公司资产标签", "底部有资产标签", "an asset tag"), ("A面贴着很多贴纸", "外壳贴有多张贴纸", "stickers on the lid"),
                      ("装在灰色内胆包里", "装于灰色内胆包中", "in a grey sleeve")],
           "powerbank": [("自带两根线", "自带数据线", "built-in cables"), ("上面贴着我的名字", "贴有写名字的标签", None),
                         ("外壳有划痕", "外壳有划痕", None)],
           "camera": [("带了一个皮质相机包", "装于相机包内", "in a leather case"), ("镜头盖丢了", "无镜头盖", None),
                      ("背带是彩色编织的", "彩色编织背带", "a woven strap")],
           "watch": [("表带是橙色运动款", "橙色硅胶表带", "an orange sport band"), ("表盘是孩子照片", "表盘显示儿童照片", None),
                     ("表带是米色尼龙的", "米色尼龙表带", "a beige nylon band")],
           "headphone": [("头梁有点掉皮", "头梁处掉皮", None), ("装在收纳盒里", "配收纳盒", "in its case")],
           "console": [("装着塞尔达卡带", "内有游戏卡带", None), ("手柄是红蓝的", "红蓝手柄", "red/blue controllers")],
           "kindle": [("套着一个猫咪图案的保护套", "猫咪图案保护套", "a cat cover"), ("屏幕有划痕", "屏幕有划痕", None)]}[kind]
    o["vis"].append(pick(vis))
    if kind == "laptop":
        o["cont"].append(pick([("电源适配器也在包里", "另有电源适配器"), ("开机密码是公司的", "设有开机密码")]))
    o["hid"].append(pick(["能在查找里看到最后位置就在附近", "里面有工作资料，很重要", "是刚买的，发票还在", "序列号在盒子上抄下来了",
                          "开机有密码", "买了不到一个月"]))
    return o


def b_keys(color=None, brand=None, excl=None, kind=None):
    kind = kind or wpick([("钥匙串", 5), ("车钥匙", 3), ("门禁卡钥匙", 1.5)])
    b = None
    if kind == "车钥匙":
        b = brand or pick([x for x in ["vw", "toyota", "byd", "honda"] if x != excl])
    c = color or pick(["black", "silver", "red", "blue", "pink", "yellow", "green"])
    n = R.randrange(2, 7)
    o = mkobj("keys", kind, ["钥匙", "一串钥匙", "钥匙串"] if kind != "车钥匙" else ["车钥匙", "汽车钥匙"],
              ["钥匙一串", "钥匙"] if kind != "车钥匙" else ["汽车遥控钥匙", "车钥匙"], "串" if kind != "车钥匙" else "把",
              "keys" if kind != "车钥匙" else "car key", brand=b, color=c, fbrand_p=0.85, nkeys=n)
    ch = pick([("挂着一个小熊挂件", "挂小熊挂件", "a teddy bear keyring"), ("有个红色的开瓶器", "挂红色开瓶器", "a red bottle opener"),
               ("挂了一个平安符", "挂平安符", "a lucky charm"), ("有个皮卡丘挂件", "挂卡通挂件（皮卡丘）", "a Pikachu charm"),
               ("钥匙圈是个小手电", "钥匙扣带迷你手电", "a mini torch"), ("挂着写着门牌号的小牌子", "挂有写门牌号的塑料牌", None)])
    o["vis"].append(ch)
    if kind == "车钥匙":
        o["vis"].append(("还串着%d把家门钥匙" % (n - 1), "另串钥匙%d把" % (n - 1), None))
        o["hid"].append(pick(["车停在P1停车场", "车是白色的，豫V牌照", "备用钥匙在老家"]))
    else:
        o["vis"].append(("一共%s把钥匙" % cn_small(n) if chance(0.6) else "%d把钥匙" % n, "共%d把" % n, "%d keys" % n))
        if kind == "门禁卡钥匙" or chance(0.3):
            o["vis"].append(pick([("还有个蓝色门禁卡", "蓝色门禁卡一张", "a blue fob"), ("有小区门禁扣", "门禁扣一个", "a door fob")]))
        o["hid"].append(pick(["有一把是电动车钥匙", "有一把是防盗门的十字钥匙", "家门钥匙只有这一套", "单位抽屉钥匙也在上面"]))
    return o


def b_cash():
    amt = pick([300, 500, 800, 1000, 1200, 1500, 2000, 2400, 3000, 3600, 4500, 5000, 6000, 8000, 10000])
    amt += pick([0, 0, 0, 50, 100, 200])
    cont = wpick([("牛皮纸信封", 3), ("红包", 3), ("塑料袋", 1.5), ("银行存折封套", 1), ("无", 2)])
    o = mkobj("cash", "现金", ["现金", "钱", "一沓钱"], ["现金", "人民币"], "笔", "cash", amount=amt, container=cont,
              fbrand_p=0.0, color="red" if cont == "红包" else "brown" if cont == "牛皮纸信封" else None)
    if cont != "无":
        o["vis"].append(("装在" + cont + "里", "装于" + cont + "内", "in a " + {"牛皮纸信封": "brown envelope", "红包": "red envelope",
                                                                         "塑料袋": "plastic bag", "银行存折封套": "bank envelope"}[cont]))
    if cont in ("红包", "牛皮纸信封") and chance(0.6):
        w = pick(["给妈妈", "中秋快乐", "爸妈收", "工资", "房租"])
        o["vis"].append(("上面写着'%s'" % w, "封面写有'%s'字样" % w, None))
    bills = pick(["都是一百的", "一百和五十的都有", "大部分是一百的"])
    o["hid"].append(bills)
    o["hid"].append(pick(["是刚从银行取的", "是这个月的工资", "是给家里老人的过节钱", "是要交的学费"]))
    return o


def b_jewelry(color=None, brand=None, excl=None, kind=None):
    kind = kind or wpick([("金手镯", 3), ("金项链", 3), ("戒指", 3), ("玉镯", 2), ("手链", 2), ("耳环", 1), ("手表", 2)])
    pool = [("ctf", 3), ("lfx", 2), ("lukfook", 1.5), ("pandora", 1), ("jinyuange", 1), (None, 3)]
    if kind == "玉镯":
        pool = [(None, 1)]
    if kind == "手表":
        pool = [(None, 1)]
    pool = [(x, w) for x, w in pool if x != excl or x is None]
    b = brand if brand else wpick(pool)
    if b is not None and b == excl:
        b = None
    c = color or {"金手镯": "gold", "金项链": "gold", "玉镯": "green", "戒指": pick(["gold", "silver"]),
                  "手链": pick(["silver", "gold", "pink"]), "耳环": pick(["silver", "gold"]), "手表": pick(["silver", "gold", "black"])}[kind]
    o = mkobj("jewelry", kind, {"金手镯": ["金手镯", "金镯子"], "金项链": ["金项链", "金链子"], "戒指": ["戒指", "婚戒"],
                               "玉镯": ["玉镯子", "翡翠手镯"], "手链": ["手链", "手串"], "耳环": ["耳环", "耳钉"],
                               "手表": ["手表", "机械表"]}[kind],
              {"金手镯": ["黄金手镯", "金手镯"], "金项链": ["金项链", "黄金项链"], "戒指": ["戒指"], "玉镯": ["玉镯", "绿色手镯"],
               "手链": ["手链"], "耳环": ["耳环"], "手表": ["手表", "男士手表"]}[kind],
              "只" if kind in ("金手镯", "玉镯", "耳环", "手表") else "条" if kind in ("金项链", "手链") else "枚",
              {"金手镯": "gold bangle", "金项链": "gold necklace", "戒指": "ring", "玉镯": "jade bangle", "手链": "bracelet",
               "耳环": "earring", "手表": "watch"}[kind], brand=b, color=c, fbrand_p=0.35)
    if kind == "手表":
        o["watchbrand"] = pick(["天王表", "罗西尼", "飞亚达", "海鸥表", "卡西欧"])
        o["vis"].append(("是%s，钢带的" % o["watchbrand"], "表盘印有%s字样，钢表带" % o["watchbrand"], None))
        o["cat"] = "jewelry"
    else:
        if kind in ("金手镯", "金项链", "戒指"):
            g = pick([3.5, 5.2, 8, 12.6, 18, 25, 31.5, 40])
            o["hid"].append("大概%s克" % g)
        eng = pick(["平安", "福", "LOVE", "永结同心", "一生一世", "ZX&LY"])
        if kind in ("金手镯", "戒指") and chance(0.6):
            o["vis"].append(("内圈刻着'%s'" % eng, "内侧刻有'%s'" % eng, "engraved '%s' inside" % eng))
        elif kind == "金项链":
            o["vis"].append(pick([("吊坠是个小金猪", "带小猪吊坠", "a piggy pendant"), ("吊坠是貔貅", "带貔貅吊坠", None),
                                  ("吊坠是观音", "带观音吊坠", None)]))
        elif kind == "玉镯":
            o["vis"].append(pick([("有一小块白色的絮", "镯身有白絮", None), ("碰过有一道小裂", "有细小裂纹", None)]))
        elif kind == "手链":
            o["vis"].append(pick([("串着几个转运珠", "带转运珠", "a few beads"), ("有个小铃铛", "挂小铃铛", "a tiny bell")]))
        else:
            o["vis"].append(("只丢了一只", "单只", "just one"))
    o["hid"].append(pick(["是结婚时买的", "是老人传下来的", "刚在万汇城买的还有发票", "戴了十几年了", "是给女儿买的成人礼"]))
    o["vis"].append(pick([("装在红色首饰盒里", "装于红色首饰盒内", "in a red box"), ("没有盒子", "无包装", None),
                          ("装在一个小布袋里", "装于小布袋内", "in a small pouch")]))
    return o


def b_ebike(color=None, brand=None, excl=None, kind=None):
    b = brand or wpick([(x, 2) for x in ["yadea", "aima", "tailg", "sunra", "niu", "luyuan"] if x != excl] + [("chifeng", 0.5)])
    c = color or wpick([("white", 3), ("black", 3), ("blue", 2), ("red", 1), ("gray", 2), ("green", 1), ("pink", 1)])
    m = model_of(b, "ebike")
    o = mkobj("ebike", "电动车", ["电动车", "电瓶车", "电动自行车"], ["电动自行车", "电动车"], "辆", "e-bike", brand=b, model=m,
              color=c, fbrand_p=0.9, fmodel_p=0.3, fserial_p=0.85, oserial_p=0.8)
    plate = new_plate()
    o["serial"] = {"type": "plate", "value": plate, "frame": new_frame(pick(["LYD", "AMA", "TLG", "XR", "NU", "LY"]))}
    o["vis"].append(pick([("后座装了儿童座椅", "后座加装儿童座椅", None), ("车把上挂着蓝色雨衣", "车把挂有蓝色雨衣", None),
                          ("前面有个车筐，筐里有个头盔", "前车筐内有头盔一个", None), ("脚踏板上铺着一块红地毯", "踏板铺红色地垫", None),
                          ("后视镜掉了一个", "缺一侧后视镜", None), ("挡风被是迷彩的", "加装迷彩挡风被", None)]))
    o["hid"].append(pick(["电池是60V的", "锁了龙头锁", "车钥匙还在我手里", "买了两年了", "电池是换过的超威电池"]))
    return o


def b_bicycle(color=None, brand=None, excl=None, kind=None):
    b = brand or wpick([(x, 2) for x in ["giant", "merida", "xds", "forever", "phoenix"] if x != excl])
    c = color or wpick([("black", 3), ("white", 2), ("blue", 2), ("red", 1), ("gray", 1.5), ("green", 1), ("yellow", 0.5)])
    kindw = pick(["山地车", "公路车", "自行车", "通勤车"])
    o = mkobj("bicycle", "自行车", [kindw, "自行车"], ["自行车", kindw], "辆", "bicycle", brand=b, model=model_of(b, "bicycle"),
              color=c, fbrand_p=0.9, fmodel_p=0.3, fserial_p=0.6, oserial_p=0.3)
    o["serial"] = {"type": "frame", "value": new_frame(pick(["G", "M", "XD", "FV", "PH"]))}
    o["vis"].append(pick([("车座是黑色减震的", "黑色减震车座", None), ("装了个铃铛和水壶架", "有车铃和水壶架", None),
                          ("后轮挡泥板裂了", "后挡泥板破损", None), ("挂着一把U型锁", "车架挂U型锁", None),
                          ("车把缠着白色把带", "白色把带", None)]))
    o["hid"].append(pick(["锁的是密码锁，密码是0917", "车是去年买的，花了两千多", "轮胎刚换过"]))
    return o


def b_other(color=None, brand=None, excl=None, kind=None):
    kind = kind or wpick([("雨伞", 3), ("保温杯", 3), ("月饼礼盒", 3), ("眼镜", 2), ("玩具", 2), ("婴儿推车", 1), ("拐杖", 1),
                          ("片子袋", 1.5), ("档案袋", 1.5), ("外套", 2), ("轮椅", 0.4), ("滑板车", 0.8)])
    pools = {"雨伞": [("tiantang", 2), (None, 2)], "保温杯": [("thermos", 2), ("zoji", 2), (None, 2)],
             "月饼礼盒": [("dxc", 2), ("yuxiang", 2)], "眼镜": [("bolon", 1), (None, 2)], "玩具": [("lego", 1), (None, 2)],
             "婴儿推车": [("gb", 2), (None, 1)], "外套": [("nike", 1), ("anta", 1), ("tnf", 1), (None, 2)]}
    pool = [(x, w) for x, w in pools.get(kind, [(None, 1)]) if x != excl or x is None]
    b = brand if brand else wpick(pool)
    if b is not None and b == excl:
        b = None
    c = color or wpick([("black", 3), ("blue", 2), ("red", 1.5), ("gray", 1.5), ("pink", 1), ("white", 1), ("green", 1),
                        ("brown", 1), ("yellow", 0.5), ("purple", 0.5)])
    W = {"雨伞": (["雨伞", "伞", "折叠伞"], ["雨伞", "折叠伞"], "把", "umbrella"),
         "保温杯": (["保温杯", "水杯"], ["保温杯"], "个", "thermos flask"),
         "月饼礼盒": (["月饼礼盒", "月饼", "一盒月饼"], ["月饼礼盒"], "盒", "mooncake gift box"),
         "眼镜": (["眼镜", "近视眼镜"] if chance(0.5) else ["墨镜", "太阳镜"], ["眼镜"], "副", "glasses"),
         "玩具": (["玩具", "孩子的玩具"], ["儿童玩具"], "个", "toy"),
         "婴儿推车": (["婴儿车", "推车", "宝宝推车"], ["婴儿推车"], "辆", "stroller"),
         "拐杖": (["拐杖", "拐棍"], ["拐杖"], "根", "walking stick"),
         "片子袋": (["CT片子", "片子和病历", "检查报告"], ["医院片子袋"], "个", "scan films"),
         "档案袋": (["档案袋", "文件袋", "材料"], ["档案袋", "文件袋"], "个", "document envelope"),
         "外套": (["外套", "衣服", "冲锋衣"], ["外套"], "件", "jacket"),
         "轮椅": (["轮椅"], ["轮椅"], "辆", "wheelchair"),
         "滑板车": (["滑板车", "孩子的滑板车"], ["儿童滑板车"], "辆", "kick scooter")}[kind]
    p = new_person("old" if kind in ("拐杖", "轮椅", "片子袋") else None)
    o = mkobj("other", kind, W[0], W[1], W[2], W[3], brand=b, color=c, holder=p, fbrand_p=0.6)
    V = {"雨伞": [("伞柄是木头的", "木质伞柄", None), ("伞面有小碎花", "伞面印小碎花", None), ("伞套不见了，伞骨断了一根", "一根伞骨断裂", None)],
         "保温杯": [("杯身贴着名字贴", "杯身贴有姓名贴（%s）" % p["name"], None), ("杯盖上有牙印", "杯盖有咬痕", None), ("杯子有磕瘪的地方", "杯身有凹痕", None)],
         "月饼礼盒": [("手提袋上印着中秋快乐", "手提袋印'中秋快乐'", None), ("是八个装的", "内装8枚", None), ("是送领导的大盒", "礼盒较大，带提袋", None)],
         "眼镜": [("装在一个黑色眼镜盒里", "装于黑色眼镜盒", None), ("镜腿有点歪", "镜腿变形", None), ("镜片是变色的", "变色镜片", None)],
         "玩具": [("是个奥特曼变身器", "奥特曼玩具", None), ("是个毛绒兔子，耳朵长长的", "毛绒兔子", None), ("是个遥控车", "遥控汽车一辆", None),
                  ("是乐高拼好的飞船", "拼装飞船模型", None)],
         "婴儿推车": [("车上挂着一个小铃铛", "推车挂小铃铛", None), ("遮阳篷是星星图案", "星星图案遮阳篷", None)],
         "拐杖": [("是四个脚的那种", "四脚拐杖", None), ("把手缠着胶布", "手柄缠有胶布", None)],
         "片子袋": [("袋子上写着三院东院", "袋面印'豫川市第三人民医院'", None), ("里面有三张CT片", "内有CT片三张", None)],
         "档案袋": [("里面是入职材料", "内有求职/入职材料", None), ("袋子上写着名字", "袋面写有'%s'" % p["name"], None),
                    ("装着学位证复印件", "内有学位证复印件", None)],
         "外套": [("口袋里有包纸巾", "口袋内有纸巾一包", None), ("是连帽的", "连帽款", None), ("袖口有点脏", "袖口有污渍", None)],
         "轮椅": [("是折叠的", "折叠轮椅", None), ("坐垫是蓝色的", "蓝色坐垫", None)],
         "滑板车": [("车把上有贴纸", "车把贴有贴纸", None), ("轮子会发光", "发光轮", None)]}[kind]
    o["vis"].append(pick(V))
    if chance(0.3):
        o["hid"].append(pick(["东西不值钱但对我挺重要", "是孩子最喜欢的", "下午就要用", "是老人的"]))
    return o


BUILDERS = {"phone": b_phone, "wallet": b_wallet, "bag": b_bag, "electronics": b_elec, "keys": b_keys,
            "jewelry": b_jewelry, "ebike": b_ebike, "bicycle": b_bicycle, "other": b_other}


def build(cat, **kw):
    if cat == "id_doc":
        return b_iddoc(kind=kw.get("kind"))
    if cat == "cash":
        return b_cash()
    return BUILDERS[cat](**kw)


def subkind(o):
    return o.get("subkind") or o["kind"]


# ----------------------------------------------------------------------------- scenario (where/when)
def loss_scenario(o):
    cat = o["cat"]
    lp = wpick(LOSS_PLACES.get(cat, LOSS_PLACES["default"]))
    t_loss = R.randrange(40, 14 * 1440)
    sc = {"lp": lp, "t": t_loss}
    # how wide the owner's window is
    w = wpick([("narrow", 5), ("mid", 4), ("wide", 1.5)])
    if cat in ("ebike", "bicycle"):
        w = wpick([("mid", 3), ("wide", 2)])
    before = {"narrow": R.randrange(10, 70), "mid": R.randrange(60, 420), "wide": R.randrange(300, 2400)}[w]
    after = {"narrow": R.randrange(5, 60), "mid": R.randrange(30, 300), "wide": R.randrange(120, 1800)}[w]
    lf = t_loss + before
    lf = lf + (-lf) % 10
    lt = max(0, t_loss - after)
    lt = lt - lt % 10
    sc["lf"], sc["lt"] = min(lf, MAXMIN), lt
    # the vehicle variant: owner left it in a car / metro / coach
    sc["veh"] = None
    if cat not in ("ebike", "bicycle") and chance(0.14):
        sc["veh"] = wpick([("ridehail", 3), ("taxi", 2), ("metrocar", 2), ("coachbus", 1), ("train", 1.5)])
        sc["lp"] = {"ridehail": "ridehail", "taxi": "taxi", "metrocar": "metro", "coachbus": "coach", "train": "platform"}[sc["veh"]]
        sc["dest"] = pick(sorted(FARD))
    return sc


def find_scenario(o, sc):
    """Where and when the true object is found."""
    lp = sc["lp"]
    veh = sc["veh"]
    if veh in ("ridehail", "taxi"):
        fp = sc["dest"] if chance(0.5) else lp
        finder = "driver_" + veh
    elif veh == "metrocar":
        fp = "metroend" if chance(0.6) else "metro"
        finder = "metro"
    elif veh == "coachbus":
        fp = "coach"
        finder = "coachstaff"
    elif veh == "train":
        fp = pick(["hall", "exitE"])
        finder = "conductor"
    elif o["cat"] in ("ebike", "bicycle"):
        r = R.random()
        fp = lp if r < 0.45 else pick([x for x in ["bikeN", "bikeS", "hospital", "mall"] if x != lp]) if r < 0.75 \
            else pick(sorted(FARD))
        finder = None
    else:
        r = R.random()
        if r < 0.6 or not NEAR.get(lp):
            fp = lp
        else:
            fp = pick(NEAR[lp])
        finder = None
    delay = wpick([(R.randrange(3, 90), 5), (R.randrange(60, 600), 3), (R.randrange(600, 3000), 1.2)])
    if o["cat"] in ("ebike", "bicycle"):
        delay = R.randrange(200, 6000)
    if veh == "coachbus":
        delay = R.randrange(300, 2000)
    elif veh in ("ridehail", "taxi", "metrocar"):
        delay = R.randrange(10, 400)
    elif veh == "train":
        delay = R.randrange(10, 150)
    fa = max(0, sc["t"] - delay)
    return {"fp": fp, "fa": fa, "finder": finder or default_finder(fp, o)}


def default_finder(fp, o):
    g = (PLD.get(fp) or (None,) * 8)[7] if fp in PLD else "far"
    opts = {"station": [("cleaner", 4), ("stationstaff", 4), ("passerby", 2), ("police", 1)],
            "square": [("passerby", 4), ("cleaner", 2), ("police", 1.5)],
            "metro": [("metro", 5), ("passerby", 1)], "coach": [("coachstaff", 4), ("cleaner", 1), ("passerby", 1)],
            "mall": [("mallguard", 3), ("cleaner", 1), ("passerby", 1.5)],
            "hotel": [("hotel", 5)], "hospital": [("hospital", 4), ("passerby", 1)],
            "road": [("passerby", 3), ("police", 1.5), ("cleaner", 1)], "bike": [("chengguan", 3), ("police", 2), ("passerby", 1)],
            "far": [("passerby", 2), ("police", 1)]}[g]
    if o["cat"] in ("ebike", "bicycle"):
        opts = [("chengguan", 3), ("police", 2), ("wuye", 1.5)]
    return wpick(opts)


# ----------------------------------------------------------------------------- the owner's report
OWNER_VOICES = [("hurried", 6), ("officer", 6), ("relative", 1.5), ("student", 1.5), ("worker", 1.5),
                ("business", 1.5), ("parent", 1.5), ("en", 0.7)]


def join_words(parts):
    s = ""
    for p in parts:
        if s and s[-1].isascii() and s[-1].isalnum() and p[:1].isascii() and p[:1].isalnum():
            s += " "
        s += p
    return s


def o_desc(o, col=None, with_brand=True, with_model=True):
    parts = []
    if col and o["cat"] not in ("cash", "id_doc"):
        parts.append(col)
    if with_brand and o["brand"]:
        parts.append(brand_o(o["brand"]))
    if with_model and o["model"] and chance(0.6):
        parts.append(o["model"])
    w = pick(o["ow"])
    if o["cat"] == "cash":
        a = o["amount"]
        return pick(["现金%d元" % a, "%d块钱现金" % a, "%s块钱" % (("%d千多" % (a // 1000)) if a >= 2000 and a % 1000 else str(a))])
    if o["cat"] == "id_doc" and o["holder"]:
        return w
    return join_words(parts + [w])


def o_serial_text(o):
    s = o["serial"]
    if not s:
        return None
    t, v = s["type"], s["value"]
    if t == "imei":
        return "IMEI " + imei_written(v, "o") if chance(0.6) else "串号" + imei_written(v, "o")
    if t == "id":
        return pick(["身份证号" + v, v, "身份证号后四位" + v[-4:], "号码" + mask_id(v)]) if o["cat"] == "id_doc" else \
            pick(["身份证号" + v, "身份证尾号" + v[-4:], "身份证号码" + v])
    if t == "card":
        return pick(["尾号" + v, "卡号后四位" + v, s["head"] + "****" + v])
    if t == "student":
        return pick(["学号" + v, v])
    if t == "passport":
        return pick(["护照号" + v, "No. " + v, v]) if o["kind"] == "护照" else "证件号" + v
    if t == "staff":
        return v
    if t == "plate":
        return pick(["车牌" + v, v.replace("·", ""), "车牌%s，车架号%s" % (v, s["frame"])])
    if t == "frame":
        return pick(["车架号" + v, v])
    if t == "sn":
        return pick(["SN:" + v, "序列号" + v, v])
    return v


def owner_knows_serial(o):
    s = o["serial"]
    if not s:
        return False
    if s["type"] in ("id", "student", "passport", "staff", "card"):
        return chance(o.get("oserial_p", 0.7) + 0.15)
    return chance(o.get("oserial_p", 0.3))


def owner_marks(o):
    ms = [v[0] for v in o["vis"]] + [c[0] for c in o["cont"]] + list(o["hid"])
    k = min(len(ms), R.choice([1, 1, 2, 2, 3]))
    return sample(ms, k) if ms else []


def clip(s, n):
    if len(s) <= n:
        return s
    cut = s[:n]
    for sep in ("。", "，", "；", " "):
        i = cut.rfind(sep)
        if i > n * 0.6:
            return cut[:i + 1] if sep == "。" else cut[:i]
    return cut


def holder_phrase(o):
    p = o["holder"]
    if o["kind"] == "学生证":
        return "%s的学生证（%s）" % (p["name"], o["school"])
    if o["kind"] == "工作证":
        return "%s的工作证（%s）" % (p["name"], o["company"])
    if o["kind"] == "银行卡":
        return "%s银行卡" % o["bank"]
    return "%s的%s" % (p["name"], o["kind"])


ACTS = {"hall": ["等车", "候车", "给手机充电", "坐着刷手机"], "gateA": ["排队检票", "检票"], "gateB": ["排队检票", "检票进站"],
        "security": ["过安检", "排队安检"], "platform": ["上车", "等车"], "exitE": ["出站", "刚下高铁出站"],
        "exitW": ["出站"], "northsq": ["等人", "坐着歇脚"], "southsq": ["等车", "歇脚"],
        "metro": ["换乘地铁", "坐地铁", "买地铁票"], "coach": ["买票", "等大巴", "上大巴"], "mall": ["逛商场", "吃饭"],
        "cinema": ["看电影"], "hotel1": ["退房", "住店"], "hotel2": ["住宿", "退房"], "hotel3": ["住宿"],
        "hospital": ["看病", "陪老人看病", "排队挂号", "拿药"], "ridehail": ["等网约车", "上网约车"], "taxi": ["打车", "排队打车"],
        "bus": ["等公交"], "bikeN": ["停车", "放车"], "bikeS": ["停车"]}


def veh_text(sc, en=False):
    v = sc["veh"]
    if not v:
        return ""
    d = FARD[sc["dest"]]
    if en:
        return {"ridehail": "I think I left it in a DiDi car going to %s" % d[3], "taxi": "I probably left it in a taxi to %s" % d[3],
                "metrocar": "I was on Metro Line 3", "coachbus": "I left it on the coach", "train": "I left it on the train"}[v]
    return {"ridehail": "坐网约车去%s，下车后发现落在车上了" % pick(d[2]),
            "taxi": "打出租车去%s，可能掉在出租车后座了" % pick(d[2]),
            "metrocar": "坐地铁3号线往河西方向，可能落在车厢里了",
            "coachbus": "坐长途大巴回%s，下车才发现落在大巴上" % pick(["临河县", "北岭县", "周口", "商丘", "老家"]),
            "train": "坐高铁到东站，下车时落在车上了，%s车厢" % pick(["3号", "5号", "8号", "12号"])}[v]


def write_lost(o, sc, forced_cat=None):
    voice = wpick(OWNER_VOICES)
    if o["cat"] in ("ebike", "bicycle") and voice in ("en", "relative", "parent"):
        voice = "officer"
    if voice == "relative" and o["cat"] == "electronics":
        voice = "hurried"
    if o["cat"] == "phone" and o["ow"][0] == "老人机" and chance(0.6):
        voice = "relative"
    if o["kind"] == "护照" and o["holder"].get("foreign"):
        voice = pick(["en", "officer"])
    if o["cat"] == "id_doc" and o["kind"] == "老年证":
        voice = "relative"
    p = o["holder"] or new_person()
    rec = {"category": forced_cat or o["cat"]}
    place = sc["lp"]
    know_serial = owner_knows_serial(o)
    marks = owner_marks(o)
    stxt = o_serial_text(o) if know_serial else None
    ocol = col_o(o["color"]) if o["color"] else None
    desc = o_desc(o, ocol if chance(0.85) else None)
    if forced_cat == "electronics" and o["cat"] == "bag":
        desc = pick(["装着笔记本电脑的", "里面有笔记本电脑的"]) + desc
    if o["cat"] == "id_doc":
        desc = holder_phrase(o) if voice == "relative" else pick(o["ow"])
        if voice == "officer":
            desc = "其本人" + pick(o["ow"]) if o["kind"] not in ("银行卡",) else holder_phrase(o)
    pl_txt = place_casual(place) if voice != "officer" else place_name(place)
    if not sc["veh"] and chance(0.15) and NEAR.get(place):
        pl_txt = pl_txt + "或者" + place_casual(pick(NEAR[place]))  # unsure where
    vt = veh_text(sc)
    act = pick(ACTS.get(place, ["路过"]))
    mk = "，".join(marks)
    if voice == "en":
        tn = {"id_doc": o["en"], "cash": "cash"}.get(o["cat"], o["en"])
        col = (col_en(o["color"]) + " ") if o["color"] and o["cat"] not in ("id_doc", "cash") else ""
        br = (brand_en(o["brand"]) + " ") if o["brand"] else ""
        mden = (o["model"] + " ") if o["model"] and chance(0.5) else ""
        extra = [v[2] for v in o["vis"] if v[2]]
        s = "Hello, I lost my %s%s%s%s %s %s." % (col, br, mden, tn, "near" if not sc["veh"] else "around",
                                                  place_en(place) if not sc["veh"] else "East Station")
        s = s.replace("  ", " ")
        if o["cat"] == "cash":
            s = "Hello, I lost %d yuan in cash near %s." % (o["amount"], place_en(place))
        s += " It was %s." % when_o(sc["lf"], sc["lt"], "en")
        if sc["veh"]:
            s += " " + veh_text(sc, True) + "."
        if extra:
            s += " It has " + extra[0] + "."
        if o["kind"] == "护照":
            s += " Name in passport: %s." % p["name"]
        if stxt and o["serial"]["type"] in ("imei", "passport", "sn"):
            s += " Number: %s." % o["serial"]["value"]
        s += pick([" Please call me, I need it for my trip!", " My Chinese is not good, thank you for helping.",
                   " 谢谢! Please contact me by WeChat.", ""])
        body = s
        if chance(0.5) and mk:
            rec["marks"] = mk
    elif voice == "officer":
        who = "报失人%s（%s，%d岁，%s人）" % (p["name"] if chance(0.6) else p["name"][0] + "某某", p["sex"], p["age"], p["home"])
        s = "%s称：其于%s在%s%s时，" % (who, when_o(sc["lf"], sc["lt"], "officer"), pl_txt, act)
        if o["cat"] in ("ebike", "bicycle"):
            s = "%s称：其于%s将%s停放在%s，返回时发现车辆不见了%s。" % (who, when_o(sc["lf"], sc["lt"], "officer"), desc + "一辆",
                                                          place_name(place), pick(["", "，怀疑被盗", "，不确定是否被挪走"]))
        elif vt:
            s = "%s称：其于%s%s，" % (who, when_o(sc["lf"], sc["lt"], "officer"), vt)
            s += "所携带的%s%s遗失。" % (desc, "" if "一" + o["unit"] in desc else "一" + o["unit"])
        else:
            s += "发现随身携带的%s%s遗失。" % (desc, "" if "一" + o["unit"] in desc else "一" + o["unit"])
        if mk:
            s += "据报失人描述：" + mk + "。"
        if stxt:
            s += stxt + "。"
        if o["cat"] == "cash" and not any(h in mk for h in o["hid"]):
            s += "报失人称" + "，".join(o["hid"]) + "。"
        s += pick(["现来所登记，请求协助查找。", "已告知其留意失物招领信息。", "报失人留有联系电话" + new_phone_masked() + "。", "请求协助。"])
        body = s
    else:
        tw = when_o(sc["lf"], sc["lt"], "loose")
        if voice == "hurried":
            bits = [pick(["在", ""]) + pl_txt + pick(["丢了", "掉了", "弄丢了"]) + desc]
            if vt:
                bits = [vt + "，" + desc]
            bits.append(tw)
            if mk:
                bits.append(mk)
            if stxt:
                bits.append(stxt)
            bits.append(pick(["有捡到的联系我 谢谢!!", "急！！", "麻烦帮忙找找", "捡到的好心人请联系，必有酬谢", "求求了"]))
            body = "，".join(bits)
            if chance(0.6):
                body = typo(body, R.choice([1, 1, 2]))
            if o["brand"] and chance(0.25):
                zh = BR[o["brand"]][0]
                if zh in body:
                    body = body.replace(zh, pick(BR[o["brand"]][3]), 1)
        elif voice == "relative":
            rel = pick(["我父亲", "我妈", "我爷爷", "我奶奶", "我岳父", "家里老人"])
            pa = R.randrange(68, 88)
            s = "替%s报失：老人%d岁了，%s%s，%s回家才发现%s不见了。" % (rel.replace("我", "") if rel != "家里老人" else "老人", pa, tw,
                                                           "在" + pl_txt + act if not vt else vt, pick(["", "下午"]), desc)
            if o["cat"] == "id_doc":
                s += "证件上名字是%s。" % p["name"]
            if mk:
                s += "老人说" + mk + "。"
            if stxt:
                s += stxt + "。"
            s += pick(["老人记性不好，具体在哪掉的说不清。", "老人着急得不行，麻烦民警同志帮忙留意。", "有消息请打我电话" + new_phone_masked() + "。"])
            body = s
        elif voice == "student":
            s = "本人%s学生，%s返校，在%s%s的时候%s丢了。" % (o.get("school") or pick(["豫川大学", "中原理工学院", "豫川师范学院"]),
                                                 tw, pl_txt if not vt else "路上", act if not vt else "", desc)
            if vt:
                s += vt + "。"
            if mk:
                s += mk + "。"
            if stxt:
                s += stxt + "。"
            s += pick(["拜托了！", "着急用，谢谢老师们。", "有线索请联系我。"])
            body = s
        elif voice == "worker":
            s = "%s回老家，%s在%s%s，%s找不着了。" % (pick(["俺", "我"]), tw, pl_txt if not vt else "车上", act if not vt else "",
                                           desc)
            if vt:
                s += vt + "。"
            if mk:
                s += mk + "。"
            if stxt:
                s += stxt + "。"
            s += pick(["麻烦帮俺找找。", "里头东西对我可重要。", "谢谢公安同志。"])
            body = s
        elif voice == "business":
            s = "%s，%s，遗失%s。" % (tw, pl_txt if not vt else vt, desc)
            if mk:
                s += mk + "。"
            if stxt:
                s += stxt + "。"
            s += pick(["本人明天要出差，急需。", "联系方式已留。", "请有关部门协助。"])
            body = s
        else:  # parent
            s = "带孩子%s，在%s%s，%s把%s落下了。" % (pick(["回老家", "出去玩", "坐高铁"]) if place != "hospital" else "看病", pl_txt if not vt else "车上",
                                           act if not vt else "", tw, desc)
            if vt:
                s += vt + "。"
            if mk:
                s += mk + "。"
            if stxt:
                s += stxt + "。"
            s += pick(["孩子一直在哭，麻烦了。", "人多太乱了没注意。", "谢谢！"])
            body = s
    rec["body"] = clip(body, 600)
    # structured fields
    if o["color"] and chance(0.55) and o["cat"] not in ("cash",):
        rec["color"] = (ocol if chance(0.7) else col_o(o["color"])) if voice != "en" else col_en(o["color"])
    if o["brand"] and chance(0.5):
        rec["brand"] = brand_o(o["brand"])
    if o["model"] and chance(0.35):
        rec["model"] = o["model"]
    if know_serial and chance(0.7):
        st = o["serial"]
        v = st["value"]
        if st["type"] == "imei":
            rec["serial"] = imei_written(v, "o")
        elif st["type"] == "card":
            rec["serial"] = pick(["尾号" + v, st["head"] + "****" + v, v])
        elif st["type"] == "id":
            rec["serial"] = pick([v, v, mask_id(v), v[-4:]]) if o["cat"] == "id_doc" else pick([v, mask_id(v)])
        elif st["type"] == "plate":
            rec["serial"] = pick([v, st["frame"]])
        else:
            rec["serial"] = v
    if marks and chance(0.45) and "marks" not in rec:
        rec["marks"] = clip("；".join(marks), 500)
    if chance(0.65):
        cas = [c for c in PLD[place][2] if "那" not in c and "的" not in c]
        rec["address"] = clip(place_name(place) if chance(0.6) or not cas else pick(cas), 60)
        if sc["veh"] in ("ridehail", "taxi") and chance(0.4):
            rec["address"] = clip("%s至%s途中" % (place_name(place), place_name(sc["dest"])), 60)
    if chance(0.4):
        if chance(0.3):
            rec["lat"], rec["lon"] = jitter(CENTER[0], CENTER[1], 150)
        else:
            la, lo = place_ll(place)
            rec["lat"], rec["lon"] = jitter(la, lo, R.choice([40, 120, 300]))
    rec["lost_from_min"] = sc["lf"]
    rec["lost_to_min"] = sc["lt"]
    return rec


# ----------------------------------------------------------------------------- the finder's registration
FINDER_TXT = {
    "cleaner": ["车站保洁员", "保洁阿姨", "保洁人员"], "stationstaff": ["车站客运员", "东站客运值班员", "候车厅服务台工作人员"],
    "passerby": ["热心群众", "一名旅客", "路过群众"], "police": ["巡逻民警", "辅警", "东站派出所巡逻组"],
    "metro": ["地铁站务员", "地铁东站值班站长", "地铁保洁"], "coachstaff": ["客运站工作人员", "大巴司机", "客运站保洁"],
    "mallguard": ["商场保安", "万汇城服务台", "店员"], "hotel": ["酒店前台", "客房保洁", "酒店大堂经理"],
    "hospital": ["医院导诊员", "医院保安", "门诊护士"], "chengguan": ["城管队员", "停车场管理员"], "wuye": ["物业保安"],
    "driver_ridehail": ["网约车司机"], "driver_taxi": ["出租车司机"], "conductor": ["列车乘务员", "列车长"],
}


def f_desc(o, fs):
    parts = []
    if fs["col"] and o["cat"] not in ("cash", "id_doc") and chance(0.85):
        parts.append(fs["col"])
    if fs["brand_seen"]:
        parts.append(brand_f(o["brand"]))
    if fs["model_seen"]:
        parts.append(o["model"])
    w = pick(o["fw"])
    if o["cat"] == "cash":
        return "现金人民币%d元" % o["amount"]
    if o["cat"] == "id_doc":
        return holder_phrase(o) if fs["name_seen"] else o["kind"]
    return join_words(parts + [w])


def write_found(o, fsc, forced_cat=None):
    rec = {"category": forced_cat or o["cat"]}
    finder = fsc["finder"]
    fp = fsc["fp"]
    ft = pick(FINDER_TXT[finder])
    fs = {"brand_seen": bool(o["brand"]) and chance(o["fbrand_p"]),
          "model_seen": bool(o["model"]) and chance(o["fmodel_p"]),
          "serial_seen": bool(o["serial"]) and chance(o["fserial_p"]),
          "name_seen": chance(0.85), "col": col_f(o["color"]) if o["color"] else None}
    if o["cat"] == "id_doc" and o["serial"] and o["serial"]["type"] in ("id", "student", "passport", "staff", "card"):
        fs["serial_seen"] = chance(0.9)
    vis = [v[1] for v in o["vis"] if chance(0.75)]
    cont = [c[1] for c in o["cont"] if chance(0.85)]
    if o["cat"] == "phone" and fs["serial_seen"] is False and chance(0.15):
        pass
    desc = f_desc(o, fs)
    spot = pick(PLD[fp][6]) if fp in PLD else pick(["路边", "附近", "公交站旁"])
    if o["cat"] in ("ebike", "bicycle"):
        spot = pick(["非机动车停车区", "路边", "门口停车处", "绿化带旁"]) if fp not in ("bikeN", "bikeS") else pick(PLD[fp][6])
    pn = place_name(fp)
    when = when_f(fsc["fa"], "officer")
    stxt = None
    if fs["serial_seen"]:
        st = o["serial"]
        v = st["value"]
        if st["type"] == "imei":
            stxt = pick(["经查IMEI：", "串号", "IMEI "]) + imei_written(v, "f")
        elif st["type"] == "id":
            stxt = "证件号码" + mask_id(v) if chance(0.7) else "身份证号" + v
        elif st["type"] == "card":
            stxt = "卡号" + st["head"] + "****" + v
        elif st["type"] == "student":
            stxt = "学号" + v
        elif st["type"] == "passport":
            stxt = "证件号" + v
        elif st["type"] == "plate":
            stxt = ("车牌%s，" % v if chance(0.8) else "车牌已拆，") + "车架号" + st["frame"]
        elif st["type"] == "frame":
            stxt = "车架号" + v
        else:
            stxt = "SN " + v
    style = wpick([("officer", 6), ("short", 3), ("first", 1.5), ("en", 0.3 if finder == "passerby" else 0)])
    details = "，".join(vis + cont)
    if o["cat"] in ("ebike", "bicycle"):
        s = "%s，%s在%s%s%s发现%s一辆，%s。" % (
            when, ft, pn, spot, pick(["清理乱停放车辆时", "巡查时", ""]), desc,
            pick(["长时间无人使用，已拖移至东站派出所院内", "疑似被盗后丢弃，已拖回暂存", "车锁被撬，已暂扣待认领"]))
        if details:
            s += details + "。"
        if stxt:
            s += stxt + "。"
        body = s
    elif finder.startswith("driver"):
        s = "%s%s称：%s送完一单乘客（%s上车）后，在%s发现%s一%s，联系不上乘客，现交至东站派出所。" % (
            ft, pick(["刘师傅", "王师傅", "张师傅", "陈师傅"]), when, place_casual("ridehail" if finder == "driver_ridehail" else "taxi"),
            pick(["后排座椅缝里", "后座脚垫上", "副驾驶座位上"] + (["后备箱里"] if o["cat"] == "bag" else [])), desc, o["unit"])
        if fp in FARD:
            s += "车辆当时停在%s附近。" % pn
        if details:
            s += details + "。"
        if stxt:
            s += stxt + "。"
        body = s
    elif finder == "conductor":
        s = "%s，%s在%s次列车%s号车厢%s捡到%s一%s，列车终到豫川东站后移交%s失物招领处。" % (
            when, ft, pick(["G1572", "G806", "G2031", "D3327", "G4418"]), R.randrange(1, 17),
            pick(["行李架上", "座位下", "座椅背兜里", "洗手间"]), desc, o["unit"], pn)
        if details:
            s += details + "。"
        if stxt:
            s += stxt + "。"
        body = s
    elif finder == "hotel":
        s = "%s%s：%s，%s在%s发现%s一%s，%s。" % (pn, ft, when, pick(["客人退房后保洁", "前台", "保洁员"]), spot, desc, o["unit"],
                                           pick(["疑似住客遗留", "无法联系失主", "送交派出所"]))
        if details:
            s += details + "。"
        if stxt:
            s += stxt + "。"
        body = s
    elif style == "en":
        s = "Found a %s%s near %s, %s. " % ((col_en(o["color"]) + " ") if o["color"] and o["cat"] not in ("cash", "id_doc") else "",
                                          o["en"], place_en(fp), when_f(fsc["fa"], "en"))
        s += "Handed it to the police desk at the station."
        if stxt and o["serial"]["type"] in ("imei", "passport", "sn", "id"):
            s += " " + stxt
        body = s
    elif style == "first":
        s = "我在%s%s捡到%s，%s交给你们了。" % (place_casual(fp), spot, desc, pick(["", "等了一会没人来找，"]))
        if details:
            s += details + "。"
        if stxt:
            s += stxt
        body = s
    elif style == "short":
        bits = ["拾得" + desc, pn + spot, when_f(fsc["fa"], "loose")]
        if details:
            bits.append(details)
        if stxt:
            bits.append(stxt)
        bits.append(ft + "交来")
        body = "；".join(bits)
    else:
        s = "%s，%s在%s%s拾得%s一%s" % (when, ft, pn, spot, desc, o["unit"])
        s += "，" + details + "。" if details else "。"
        if stxt:
            s += stxt + "。"
        s += pick(["已交至东站派出所阳光坐席登记。", "物品现存放于派出所。", "已登记入库，待失主认领。", ""])
        body = s
    rec["body"] = clip(body, 600)
    if o["color"] and o["cat"] != "cash" and chance(0.6):
        rec["color"] = fs["col"]
    if fs["brand_seen"] and chance(0.5):
        rec["brand"] = brand_f(o["brand"])
    if fs["model_seen"] and chance(0.6):
        rec["model"] = o["model"]
    if stxt and chance(0.75):
        st = o["serial"]
        v = st["value"]
        rec["serial"] = {"imei": lambda: imei_written(v, "f"), "id": lambda: mask_id(v) if chance(0.6) else v,
                         "card": lambda: st["head"] + "****" + v, "plate": lambda: st["frame"] if chance(0.5) else v}.get(
            st["type"], lambda: v)()
    m = vis + cont
    if m and chance(0.55):
        rec["marks"] = clip("；".join(m), 500)
    if chance(0.85):
        rec["address"] = clip(pn + spot if fp in PLD else pn, 60)
    if chance(0.55):
        la, lo = place_ll(fp)
        rec["lat"], rec["lon"] = jitter(la, lo, 50)
    rec["found_at_min"] = fsc["fa"]
    return rec


# ----------------------------------------------------------------------------- assemble
LOST_CATS = [("phone", 80), ("id_doc", 70), ("wallet", 45), ("bag", 55), ("electronics", 45), ("keys", 25),
             ("cash", 15), ("jewelry", 18), ("ebike", 12), ("bicycle", 10), ("other", 25)]
N_PAIRED, N_NF = 300, 100
NEG_PLAN = [("same_category_color", 60), ("found_before_loss", 45), ("same_brand_far", 40), ("ordinary", 55)]
NEG_ON_NF = {"same_category_color": 30, "found_before_loss": 22, "same_brand_far": 20}
# (category of the object, the other category, which side files it under the other one)
CROSS = [("wallet", "id_doc", "found"), ("electronics", "jewelry", "found"), ("bag", "electronics", "lost"),
         ("keys", "other", "found")]


def cross_ok(o, pair):
    a, b, _ = pair
    if o["cat"] != a:
        return False
    if a == "wallet":
        return o["serial"] and o["serial"]["type"] == "id"
    if a == "electronics":
        return subkind(o) == "watch"
    if a == "bag":
        return any("电脑" in c[0] for c in o["cont"])
    if a == "keys":
        return o["kind"] == "车钥匙"
    return False


def main(out_path):
    cats = []
    for c, n in LOST_CATS:
        cats += [c] * n
    R.shuffle(cats)
    objs = []
    for i, c in enumerate(cats):
        o = build(c)
        sc = loss_scenario(o)
        objs.append({"o": o, "sc": sc, "paired": i < N_PAIRED})
    # cross-category pairs: the first paired object fitting each rule
    cross = {}
    for pair in CROSS:
        for i, ob in enumerate(objs):
            if ob["paired"] and i not in cross and cross_ok(ob["o"], pair):
                cross[i] = pair
                break
    lost, found = [], []
    for i, ob in enumerate(objs):
        o, sc = ob["o"], ob["sc"]
        lc = fc = None
        if i in cross:
            a, b, side = cross[i]
            if side == "found":
                fc = b          # the finder files it under the other category
            else:
                lc = b
        lr = write_lost(o, sc, lc)
        lr["_i"] = i
        lost.append(lr)
        if ob["paired"]:
            fsc = find_scenario(o, sc)
            fr = write_found(o, fsc, fc)
            fr["_truth_of"] = i
            found.append(fr)
    # hard negatives
    paired_idx = [i for i, ob in enumerate(objs) if ob["paired"]]
    nf_idx = [i for i, ob in enumerate(objs) if not ob["paired"]]
    neg_counts = {}
    used_targets = {}
    for kind, n in NEG_PLAN:
        neg_counts[kind] = n
        if kind == "ordinary":
            for _ in range(n):
                c = wpick(LOST_CATS)
                o = build(c)
                fp = wpick(LOSS_PLACES.get(c, LOSS_PLACES["default"])) if chance(0.8) else pick(sorted(FARD))
                fsc = {"fp": fp, "fa": R.randrange(0, 14 * 1440), "finder": None}
                fsc["finder"] = default_finder(fp, o)
                fr = write_found(o, fsc)
                fr["negative"] = "ordinary"
                found.append(fr)
            continue
        on_nf = NEG_ON_NF[kind]
        for j in range(n):
            pool = nf_idx if j < on_nf else paired_idx
            elig = [i for i in pool if used_targets.get(i, 0) < 1 and eligible(kind, objs[i]["o"])]
            if not elig:
                elig = [i for i in pool if used_targets.get(i, 0) < 2 and eligible(kind, objs[i]["o"])]
            t = pick(elig)
            used_targets[t] = used_targets.get(t, 0) + 1
            to, tsc = objs[t]["o"], objs[t]["sc"]
            o, fsc = make_negative(kind, to, tsc)
            fr = write_found(o, fsc)
            fr["negative"] = kind
            found.append(fr)
    # order and keys
    R.shuffle(lost)
    R.shuffle(found)
    fkey = {}
    for k, fr in enumerate(found):
        fr["key"] = "%s-F%04d" % (PFX, k + 1)
        if "_truth_of" in fr:
            fkey[fr["_truth_of"]] = fr["key"]
    for k, lr in enumerate(lost):
        lr["key"] = "%s-L%04d" % (PFX, k + 1)
        lr["truth"] = fkey.get(lr["_i"])
    order_l = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"]
    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]
    L = [{k: lr[k] for k in order_l if k in lr} for lr in lost]
    F = [{k: fr[k] for k in order_f if k in fr} for fr in found]
    data = {"seed": SEED, "made_by": MADE_BY, "parts": {PART: {"found": F, "lost": L}}}
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return data


def eligible(kind, o):
    if kind == "same_brand_far":
        return bool(o["brand"])
    if kind == "same_category_color":
        return bool(o["color"]) or o["cat"] in ("id_doc", "cash")
    return True


def build_like(to, **kw):
    cat = to["cat"]
    if cat == "id_doc":
        return b_iddoc(kind=to["kind"])
    if cat == "cash":
        o = b_cash()
        if to.get("container") and chance(0.6):
            o = b_cash()
        return o
    if cat == "electronics":
        kw["kind"] = to["subkind"]
    elif cat not in ("phone", "ebike", "bicycle"):
        kw["kind"] = to["kind"]
    return BUILDERS[cat](**kw)


def make_negative(kind, to, tsc):
    for _ in range(30):
        if kind == "same_category_color":
            o = build_like(to, color=to["color"], excl=to["brand"])
            if to["brand"] and o["brand"] == to["brand"]:
                continue
        elif kind == "found_before_loss":
            o = build_like(to, color=to["color"], brand=to["brand"],
                           **({"model": to["model"]} if to["cat"] == "phone" and to["model"] and chance(0.6) else {}))
        else:
            o = build_like(to, brand=to["brand"], color=to["color"] if chance(0.5) else None)
            if o["brand"] != to["brand"]:
                continue
        if o["cat"] == "cash" and o["amount"] == to["amount"]:
            continue
        if set(v[0] for v in o["vis"]) == set(v[0] for v in to["vis"]) and o["vis"]:
            continue
        break
    lp = tsc["lp"]
    if kind == "same_category_color":
        fp = lp if chance(0.4) else pick(NEAR.get(lp) or [lp])
        fa = max(0, tsc["lf"] - R.randrange(0, 1500))
    elif kind == "found_before_loss":
        fp = lp if chance(0.5) else pick(NEAR.get(lp) or [lp])
        fa = min(MAXMIN, tsc["lf"] + R.randrange(30, 3000))
    else:
        fp = pick(sorted(FARD))
        fa = max(0, tsc["lf"] - R.randrange(600, 6000)) if chance(0.6) else min(MAXMIN, tsc["lf"] + R.randrange(1500, 8000))
    if o["cat"] in ("ebike", "bicycle") and fp in PLD and fp not in ("bikeN", "bikeS", "hospital", "mall", "southsq"):
        fp = pick(["bikeN", "bikeS"])
    fsc = {"fp": fp, "fa": fa, "finder": None}
    fsc["finder"] = default_finder(fp, o)
    return o, fsc


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "set43.json")
    d = main(out)
    p = d["parts"][PART]
    print("wrote %s: %d lost, %d found" % (out, len(p["lost"]), len(p["found"])))
