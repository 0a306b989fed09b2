#!/usr/bin/env python3
"""Writes tests/lostfound/set73.json: a blind labelled lost-and-found set.

World: 锡林苏木 (an invented grassland township in Inner Mongolia) in late July, during a
three-day grassland music festival (草原音乐节) and the 那达慕 fair next to it.

Every object is first drawn as a hidden truth record (what it is, where and when it was really
lost, where and when it was really found).  The lost report and the found registration are then
written separately from that record, each in its own voice and each told only what that person
could know.  A decoy (hard negative) is a different object drawn next to one lost report on
purpose.  An audit then checks every same-category candidate that is not the truth and was found
after the loss began: if nothing either side wrote tells the two objects apart, one more
detail is revealed (or the lone object is given a distinguishing detail) before the text is
written, so that every label stays honest.

Python 3 standard library only, one random.Random(SEED), no set iteration: output is
byte-identical on every run and under any PYTHONHASHSEED.

Usage: python3 make_set73.py            (writes set73.json next to this file)
       python3 make_set73.py --stdout   (prints the JSON instead)
"""
import copy
import json
import math
import os
import sys
import random

SEED = 7373
PFX = "S73"
PART = "set73"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set73.json")

R = random.Random(SEED)


# ------------------------------------------------------------------ small helpers
def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    """pairs: list of (item, weight)."""
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def sample(seq, k):
    seq = list(seq)
    R.shuffle(seq)
    return seq[:k]


def clamp_text(s, n):
    if len(s) <= n:
        return s
    cut = s[:n]
    for sep in ("。", "！", "!", "；", ".", "，", " "):
        i = cut.rfind(sep)
        if i > n * 0.6:
            return cut[: i + 1]
    return cut


def haversine_km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    d = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(d))


# ------------------------------------------------------------------ numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


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


REGION_PREFIX = ["1525", "1525", "1525", "1501", "1502", "1504", "1101", "1201", "1306", "1401",
                 "2101", "3701", "6101", "1505", "1309"]
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def make_idno(sex, year=None):
    region = pick(REGION_PREFIX) + "%02d" % R.randint(1, 29)
    if year is None:
        year = R.randint(1962, 2006)
    month = R.randint(1, 12)
    day = R.randint(1, DAYS_IN_MONTH[month - 1])
    seq = R.randint(0, 99) * 10 + R.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
    s17 = "%s%04d%02d%02d%03d" % (region, year, month, day, seq)
    return s17 + id_check(s17)


def near_idno(idno, sex):
    """A different valid number sharing the region and birth date (only the tail differs)."""
    while True:
        seq = R.randint(0, 99) * 10 + R.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
        s17 = idno[:14] + "%03d" % seq
        out = s17 + id_check(s17)
        if out[-4:] != idno[-4:]:
            return out


TACS = ["86" + "%06d" % n for n in (441203, 117765, 508812, 390417, 725530, 612088, 903341, 266904)]


def make_imei(tac=None):
    tac = tac or pick(TACS)
    body = tac + "".join(str(R.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def near_imei(imei):
    while True:
        body = imei[:11] + "".join(str(R.randint(0, 9)) for _ in range(3))
        out = body + luhn_digit(body)
        if out[-4:] != imei[-4:]:
            return out


CARD_PREFIX = ["6222", "6217", "6228", "6214", "6230", "6259", "6225", "6212"]
CARD_BANK = {"6222": "工商银行", "6217": "建设银行", "6228": "农业银行", "6214": "中国银行",
             "6230": "邮储银行", "6259": "内蒙古农信", "6225": "招商银行", "6212": "工商银行"}
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def rand_alnum(n):
    return "".join(pick(ALNUM) for _ in range(n))


def rand_digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def masked_phone():
    return pick(["13", "15", "18", "17", "19"]) + str(R.randint(0, 9)) + "****" + rand_digits(4)


# ------------------------------------------------------------------ time
def T(day, hh=0, mm=0):
    """absolute minutes since 20 July 00:00."""
    return (day - 20) * 1440 + hh * 60 + mm


NOW = T(29, 12, 0)          # the moment every registration is made (Tue 29 July, noon)
WEEKDAY = {d: w for d, w in zip(range(8, 31), ["二", "三", "四", "五", "六", "日", "一"] * 4)}
WEEKDAY_EN = {d: w for d, w in zip(range(8, 31), ["Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mon"] * 4)}
FEST_DAY = {24: ["开幕前一天", "进场那天"], 25: ["音乐节第一天", "头一天", "那达慕开幕那天"],
            26: ["音乐节第二天", "第二天"], 27: ["音乐节最后一天", "最后一天", "第三天"],
            28: ["散场那天", "撤场那天"]}
CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def dhm(m):
    return 20 + m // 1440, (m % 1440) // 60, m % 60


def day_word(day, style):
    if style == "desk":
        return "7月%d日" % day
    opts = ["%d号" % day, "%d号" % day, "7月%d号" % day, "周" + WEEKDAY[day]]
    if day in FEST_DAY and style == "talk":
        opts += FEST_DAY[day]
    return pick(opts)


def part_of_day(h):
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
    if h < 20:
        return "傍晚"
    return "晚上"


def clock_talk(m, hedge=True):
    d, h, mi = dhm(m)
    if h == 0:
        return pick(["半夜十二点多", "夜里十二点多", "零点多"]) if mi < 45 else "快一点的时候"
    h12 = h if h <= 12 else h - 12
    num = CN_NUM[h12] if chance(0.6) else str(h12)
    tail = pick(["点多", "点左右", "点"] + (["点多吧"] if hedge else [])) if mi < 25 else (pick(["点半", "点半左右"]) if mi < 45 else "点多快%s点" % (CN_NUM[h12 % 12 + 1] if h12 < 12 else "一"))
    return part_of_day(h) + num + tail


def when_talk(m):
    d, h, mi = dhm(m)
    return day_word(d, "talk") + clock_talk(m, hedge=False)


def when_desk(m, exact=False):
    d, h, mi = dhm(m)
    if exact:
        return "7月%d日%d时%02d分许" % (d, h, mi)
    return "7月%d日%d时许" % (d, h)


def when_en(m):
    d, h, mi = dhm(m)
    ap = "am" if h < 12 else "pm"
    h12 = h if h <= 12 else h - 12
    if h12 == 0:
        h12 = 12
    return pick(["%s %d July around %d%s" % (WEEKDAY_EN[d], d, h12, ap),
                 "July %d, ~%d:%02d" % (d, h, mi // 10 * 10),
                 "on the %d%s around %d%s" % (d, "th", h12, ap)])


def when_py(m):
    d, h, mi = dhm(m)
    pod = {"凌晨": "lingchen", "早上": "zaoshang", "上午": "shangwu", "中午": "zhongwu", "下午": "xiawu",
           "傍晚": "bangwan", "晚上": "wanshang"}[part_of_day(h)]
    h12 = h if h <= 12 else h - 12
    return "%d hao %s %d dian" % (d, pod, h12 or 12)


def window_talk(a, b):
    da, ha, _ = dhm(a)
    db, hb, _ = dhm(b)
    if da == db:
        return pick(["%s%s到%s之间" % (day_word(da, "talk"), clock_talk(a), clock_talk(b)),
                     "%s从%s到%s" % (day_word(da, "talk"), clock_talk(a), clock_talk(b)),
                     "%s%s以后到%s之前" % (day_word(da, "talk"), clock_talk(a), clock_talk(b))])
    return pick(["%s%s到%s%s之间" % (day_word(da, "talk"), clock_talk(a), day_word(db, "talk"), clock_talk(b)),
                 "从%s%s到%s%s" % (day_word(da, "talk"), clock_talk(a), day_word(db, "talk"), clock_talk(b))])


def window_desk(a, b):
    da, ha, ma = dhm(a)
    db, hb, mb = dhm(b)
    if da == db:
        return "7月%d日%d时至%d时" % (da, ha, hb + (1 if mb else 0))
    return "7月%d日%d时至7月%d日%d时" % (da, ha, db, hb + (1 if mb else 0))


def window_en(a, b):
    da, ha, _ = dhm(a)
    db, hb, _ = dhm(b)
    if da == db:
        return "on %s %d July between %d:00 and %d:00" % (WEEKDAY_EN[da], da, ha, min(hb + 1, 23))
    return "between %s %d:00 and %s %d:00" % (WEEKDAY_EN[da], ha, WEEKDAY_EN[db], hb + 1)


# ------------------------------------------------------------------ people
HAN_SUR = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段雷钱汤尹黎易常武乔贺赖龚文")
HAN_GIVEN = list("子涵欣怡梓轩浩宇雨桐佳琪思远诺晨曦博文俊杰雅婷志强建国丽娟晓明静海鹏伟芳敏磊洋艳勇军娜涛超秀英华玉兰霞平刚桂春燕辉丹萍鑫悦然瑶航泽彤昊睿可馨亦凡嘉")
MONGOL = ["巴特尔", "其其格", "乌日娜", "额尔敦", "苏和", "阿拉坦", "斯琴", "乌云", "娜仁", "宝音",
          "那日苏", "敖日格乐", "图雅", "萨仁", "朝鲁", "巴雅尔", "孟和", "吉日木图", "哈斯", "格日勒",
          "达来", "额日和木", "呼和", "塔娜", "阿如汗", "苏布道", "满都拉", "包力高", "特木尔", "巴图",
          "恩和", "毕力格", "萨日朗", "其木格", "诺敏", "阿木古楞", "乌力吉", "布和", "图门", "斯日古楞"]
MONGOL_F = {"其其格", "乌日娜", "斯琴", "乌云", "娜仁", "图雅", "萨仁", "格日勒", "塔娜", "萨日朗", "其木格",
            "诺敏", "斯日古楞", "阿如汗"}
MONGOL_SUR = ["", "", "", "包", "白", "鲍", "云", "韩", "吴", "宝"]
FOREIGN_FIRST = [("Lukas", "M"), ("Emma", "F"), ("Tomas", "M"), ("Aiko", "F"), ("Noah", "M"), ("Clara", "F"),
                 ("Mateo", "M"), ("Ines", "F"), ("Felix", "M"), ("Hanna", "F"), ("Oskar", "M"), ("Leni", "F"),
                 ("Sven", "M"), ("Yuki", "F"), ("Dmitri", "M"), ("Marta", "F"), ("Jonas", "M"), ("Priya", "F")]
FOREIGN_LAST = ["Brenner", "Kovalenko", "Reyes", "Lindqvist", "Moreau", "Tanabe", "Hartwig", "Novak", "Salvi",
                "Ferrand", "Okoro", "Eriksen", "Petrovic", "Haddad", "Costa", "Vermeer", "Oyelaran", "Kask"]
FOREIGN_NAT = [("德国", "German", "D"), ("法国", "French", "F"), ("日本", "Japanese", "J"), ("荷兰", "Dutch", "N"),
               ("瑞典", "Swedish", "S"), ("意大利", "Italian", "I"), ("巴西", "Brazilian", "B"), ("爱沙尼亚", "Estonian", "E")]
HOMETOWN = ["北京", "天津", "呼和浩特", "包头", "石家庄", "太原", "沈阳", "大连", "济南", "西安", "张家口", "赤峰",
            "锡林浩特", "乌兰察布", "通辽", "唐山", "保定", "鄂尔多斯", "大同", "承德"]
GACHA = ["查干", "乌兰", "宝日", "哈日", "额尔敦", "巴彦", "锡林", "阿拉坦", "敖包", "塔林"]


def new_person(kind):
    """kind: han / mongol / foreign."""
    if kind == "mongol":
        g = pick(MONGOL)
        sex = "F" if g in MONGOL_F else "M"
        return dict(name=pick(MONGOL_SUR) + g, sex=sex, nation="蒙古族", kind=kind,
                    home=pick(GACHA) + pick(["嘎查", "嘎查", "苏木"]), age=R.randint(19, 66))
    if kind == "foreign":
        f, sex = pick(FOREIGN_FIRST)
        nat = pick(FOREIGN_NAT)
        return dict(name=f + " " + pick(FOREIGN_LAST), sex=sex, nation=nat[0], nat_en=nat[1], nat_code=nat[2],
                    kind=kind, home=nat[0], age=R.randint(22, 48))
    sur = pick(HAN_SUR)
    given = pick(HAN_GIVEN) + (pick(HAN_GIVEN) if chance(0.75) else "")
    return dict(name=sur + given, sex=pick(["M", "F"]), nation="汉族", kind=kind, home=pick(HOMETOWN),
                age=R.randint(18, 62))


def name_masked(name):
    if " " in name:
        return name
    return name[0] + "某" + ("某" if len(name) > 2 and chance(0.5) else "")


# ------------------------------------------------------------------ places
# Each place: several spellings people really use for it, an English and a pinyin name,
# its own coordinates, a jitter radius in metres, and the hours at which people are there.
PLACES = {}


def place(pid, group, lat, lon, zh, en, py, r=60, hours=(0, 24), desk=None):
    PLACES[pid] = dict(id=pid, group=group, lat=lat, lon=lon, zh=zh, en=en, py=py, r=r, hours=hours,
                       desk=desk or ("锡林苏木草原音乐节" + zh[0] if group in ("stage", "food", "service", "camp", "parking") else zh[0]))


# festival ground (about 2 km across), centre near 43.905 N 116.102 E
place("main_stage", "stage", 43.9062, 116.1035, ["主舞台", "腾格里主舞台", "大舞台", "主舞台前面", "主台", "主舞台内场"],
      ["Main Stage", "the main stage"], ["zhu wutai", "zhuwutai"], 90, (13, 25))
place("stage2", "stage", 43.9081, 116.0978, ["星空舞台", "二号舞台", "B舞台", "副舞台", "星空台"],
      ["Starry Stage", "Stage 2", "stage B"], ["xingkong wutai", "er hao wutai"], 70, (13, 25))
place("edm", "stage", 43.9049, 116.0962, ["电音棚", "电音帐篷", "DJ棚", "蹦迪棚子", "电音区"],
      ["EDM tent", "the DJ tent"], ["dianyin peng", "DJ peng"], 50, (18, 27))
place("food", "food", 43.9040, 116.1010, ["美食街", "小吃街", "烤全羊一条街", "美食区", "吃饭的那条街", "美食摊位区"],
      ["food street", "the food stalls"], ["meishi jie", "xiaochi jie"], 80, (10, 26))
place("market", "food", 43.9033, 116.1042, ["文创市集", "市集", "手作市集", "文创摊位"],
      ["craft market", "the market tents"], ["shiji", "wenchuang shiji"], 50, (11, 23))
place("charge", "service", 43.9046, 116.1048, ["充电帐篷", "充电站", "手机充电区", "充电棚"],
      ["charging tent", "phone charging station"], ["chongdian zhangpeng"], 25, (10, 25))
place("firstaid", "service", 43.9055, 116.1002, ["急救帐篷", "医疗点", "红十字帐篷", "医疗帐篷", "急救站"],
      ["first-aid tent", "medical tent"], ["jijiu zhangpeng", "yiliao dian"], 25, (9, 26))
place("booth", "service", 43.9028, 116.1020, ["失物招领处", "服务中心", "游客服务台", "失物招领亭", "综合服务台"],
      ["lost and found booth", "info desk"], ["shiwu zhaoling chu", "fuwu tai"], 10, (8, 24))
place("police_fest", "service", 43.9026, 116.1027, ["警务站", "现场警务站", "派出所临时警务点", "警务服务台"],
      ["police booth"], ["jingwu zhan"], 10, (0, 24), desk="锡林苏木派出所音乐节现场警务站")
place("gate_s", "gate", 43.9012, 116.1023, ["南门入口", "南门检票口", "南门安检", "正门检票口", "入口安检口"],
      ["south gate", "main entrance", "security check"], ["nan men", "jianpiao kou"], 40, (9, 24))
place("gate_e", "gate", 43.9050, 116.1095, ["东门", "东门出口", "东侧出入口"], ["east gate"], ["dong men"], 30, (9, 26))
place("toilet", "service", 43.9070, 116.1060, ["厕所", "移动厕所那边", "卫生间区", "洗手台"],
      ["toilets", "the portable toilets"], ["cesuo"], 30, (8, 26))
for z, (la, lo) in zip("ABCDE", [(43.9102, 116.1065), (43.9110, 116.1080), (43.9118, 116.1096),
                                 (43.9127, 116.1071), (43.9135, 116.1090)]):
    place("camp_" + z, "camp", la, lo, ["露营区%s区" % z, "%s区营地" % z, "营地%s区" % z, "%s区帐篷区" % z, "露营%s区" % z],
          ["camping zone %s" % z, "camp area %s" % z], ["luying qu %s" % z, "%s qu yingdi" % z], 60)
place("camp_F", "camp", 43.9142, 116.1112, ["房车营地", "F区房车营地", "房车区", "露营区F区"],
      ["RV camp", "camping zone F"], ["fangche yingdi"], 70)
place("p1", "parking", 43.8990, 116.1005, ["南停车场", "1号停车场", "P1停车场", "P1"],
      ["car park P1", "south parking"], ["nan tingchechang", "P1 tingchechang"], 120, (8, 26))
place("p2", "parking", 43.9035, 116.1135, ["东停车场", "2号停车场", "P2停车场", "P2"],
      ["car park P2", "east parking"], ["dong tingchechang"], 100, (8, 26))
place("p3", "parking", 43.9155, 116.1145, ["自驾车停车场", "3号停车场", "P3停车场", "自驾营地停车区"],
      ["car park P3", "self-drive parking"], ["zijia tingchechang"], 100, (0, 24))
place("shuttle_stop", "shuttle", 43.9003, 116.1040, ["摆渡车站", "接驳车站", "摆渡车上下客点", "大巴接驳点", "摆渡车候车区"],
      ["shuttle bus stop", "shuttle stop"], ["baiduche zhan", "jiebo che zhan"], 40, (7, 26))
# naadam fair
place("naadam", "naadam", 43.8975, 116.0930, ["那达慕会场", "那达慕主会场", "摔跤场", "搏克场", "那达慕看台"],
      ["Naadam ground", "wrestling ground"], ["nadamu huichang", "shuaijiao chang"], 120, (8, 19))
place("horse", "naadam", 43.8950, 116.0870, ["赛马场", "赛马跑道", "赛马终点", "马场看台"],
      ["horse racing track", "race course"], ["saima chang"], 150, (8, 14))
place("ride", "naadam", 43.8990, 116.0890, ["骑马体验区", "骑马场", "骑马的地方", "马队那边"],
      ["horse riding area"], ["qima tiyan qu", "qima chang"], 100, (8, 19))
place("archery", "naadam", 43.8962, 116.0955, ["射箭场", "射箭比赛场", "射箭体验区", "弓箭场"],
      ["archery ground", "archery range"], ["shejian chang"], 70, (9, 18))
place("obo", "naadam", 43.8920, 116.0990, ["乌兰敖包", "敖包山", "敖包那边", "祭敖包的山坡"],
      ["the obo hill", "Ulaan Obo"], ["aobao shan", "wulan aobao"], 150, (5, 21))
# yurt hotels
place("h_golden", "hotel", 43.8935, 116.1080, ["金帐蒙古包度假村", "金帐度假村", "金帐蒙古包", "金帐酒店"],
      ["Golden Tent yurt resort"], ["jinzhang menggubao"], 80)
place("h_star", "hotel", 43.9165, 116.0985, ["星空蒙古包营地", "星空包", "星空蒙古包", "星空营地"],
      ["Starry Sky yurt camp"], ["xingkong menggubao"], 70)
place("h_eji", "hotel", 43.8868, 116.1185, ["额吉家蒙古包民宿", "额吉家民宿", "额吉家", "苏木上的额吉家"],
      ["Eji's yurt guesthouse"], ["eji jia minsu"], 40)
# the township (about 2.5 km south-east of the festival)
place("town_st", "town", 43.8862, 116.1205, ["锡林苏木街上", "苏木中心街", "锡林苏木主街", "苏木街上", "镇上"],
      ["Xilin Sum main street", "the township"], ["xilin sumu jie shang", "sumu zhongxin jie"], 150, (7, 23))
place("town_police", "town", 43.8858, 116.1215, ["锡林苏木派出所", "苏木派出所", "派出所门口"],
      ["Xilin Sum police station"], ["xilin sumu paichusuo"], 20)
place("town_gas", "town", 43.8880, 116.1150, ["苏木加油站", "加油站", "中石化加油站(苏木)"],
      ["petrol station"], ["jiayou zhan"], 40, (6, 23))
place("town_shop", "town", 43.8865, 116.1195, ["供销社超市", "苏木超市", "供销社"],
      ["the co-op supermarket"], ["gongxiaoshe chaoshi"], 30, (8, 22))
place("town_clinic", "town", 43.8870, 116.1222, ["苏木卫生院", "卫生院"], ["township clinic"], ["weishengyuan"], 30, (8, 20))
# county town and the high-speed rail station at the other end of the shuttle lines (~35 km)
place("county_depot", "county", 43.6550, 116.4310, ["查布嘎县公交场站", "县城客运站", "查布嘎客运站", "县客运站停车场"],
      ["county bus depot"], ["chabuga keyunzhan"], 60, (6, 23))
place("hsr", "county", 43.6810, 116.4020, ["查布嘎北站", "高铁站", "查布嘎北高铁站", "高铁站出站口"],
      ["Chabuga North station", "the HSR station"], ["gaotie zhan", "chabuga bei zhan"], 80, (6, 23))
# buses (no coordinates of their own)
place("bus_k1", "bus", None, None, ["K1摆渡车上", "高铁站到音乐节的K1接驳车", "K1线大巴上", "从高铁站过来的摆渡车上"],
      ["the K1 shuttle bus (HSR station line)"], ["K1 baiduche shang"], 0, (7, 25))
place("bus_k2", "bus", None, None, ["K2摆渡车上", "县城到音乐节的K2大巴", "K2线接驳车上", "县城过来的大巴车上"],
      ["the K2 shuttle bus (county line)"], ["K2 baiduche shang"], 0, (7, 25))
place("bus_k3", "bus", None, None, ["K3小巴上", "苏木到音乐节的K3小巴", "K3接驳小巴"],
      ["the K3 minibus (township line)"], ["K3 xiaoba shang"], 0, (7, 25))
# neighbouring sums and towns 15-40 km away: used only by 'same brand, different place and time' decoys
place("far_saihan", "far", 44.0850, 116.2650, ["赛罕乌苏苏木", "赛罕乌苏苏木街上", "赛罕乌苏牧家乐"],
      ["Saihan Usu sum"], ["saihan wusu sumu"], 200, (7, 22))
place("far_aolun", "far", 43.7420, 115.8930, ["敖伦其格镇客运站", "敖伦其格镇", "敖伦其格夜市"],
      ["Aolun Qige town"], ["aolun qige zhen"], 200, (7, 23))
place("far_baoli", "far", 44.1600, 115.9300, ["宝力根陶海苏木那达慕小会场", "宝力根陶海苏木", "宝力根陶海苏木政府门口"],
      ["Baoligen Taohai sum"], ["baoligen taohai sumu"], 200, (8, 19))
place("far_halatu", "far", 43.8000, 116.3200, ["哈拉图嘎查", "S307哈拉图服务区", "哈拉图嘎查村委会"],
      ["Halatu gacha service area"], ["halatu gacha"], 150, (6, 23))
FAR_PLACES = ["far_saihan", "far_aolun", "far_baoli", "far_halatu"]

NEAR = {  # where a thing lost at X may turn up, besides X itself
    "stage": ["food", "toilet", "firstaid", "booth", "charge"],
    "food": ["market", "main_stage", "booth", "toilet"],
    "service": ["booth", "food", "main_stage"],
    "gate": ["booth", "shuttle_stop", "police_fest"],
    "camp": ["booth", "toilet", "p3"],
    "parking": ["booth", "gate_s", "shuttle_stop"],
    "shuttle": ["booth", "gate_s", "police_fest"],
    "naadam": ["naadam", "archery", "booth", "police_fest"],
    "hotel": ["town_police"],
    "town": ["town_police", "town_shop"],
    "county": ["county_depot"],
}


def coords_of(pid, jitter=True):
    p = PLACES[pid]
    if p["lat"] is None:
        return None
    if not jitter:
        return (p["lat"], p["lon"])
    r = p["r"] * R.random()
    a = R.random() * 2 * math.pi
    return (round(p["lat"] + r * math.cos(a) / 111000.0, 6),
            round(p["lon"] + r * math.sin(a) / (111000.0 * math.cos(math.radians(p["lat"]))), 6))


def true_point(pid):
    p = PLACES[pid]
    if p["lat"] is None:
        return None
    return (p["lat"], p["lon"])


# ------------------------------------------------------------------ colours
COLORS = {
    "black": dict(o=["黑色", "黑", "曜石黑", "亮黑色", "幻夜黑", "哑光黑", "纯黑"], f=["黑色", "黑", "深色", "黑色的", "哑光黑"],
                  en=["black", "matte black"], py=["hei se", "heise"]),
    "white": dict(o=["白色", "白", "珍珠白", "米白", "象牙白", "奶白色"], f=["白色", "白", "米白色", "白色(有点发黄)"],
                  en=["white", "off-white"], py=["bai se", "baise"]),
    "silver": dict(o=["银色", "亮银", "银白色", "月光银"], f=["银色", "金属银色", "银白"], en=["silver"], py=["yin se"]),
    "gray": dict(o=["灰色", "深空灰", "星空灰", "浅灰", "太空灰"], f=["灰色", "灰", "深灰色", "浅灰色"],
                 en=["grey", "gray", "space grey"], py=["hui se"]),
    "blue": dict(o=["蓝色", "深蓝", "远峰蓝", "宝石蓝", "天蓝", "藏青色", "湖蓝"], f=["蓝色", "深蓝色", "蓝", "藏蓝", "浅蓝色"],
                 en=["blue", "navy"], py=["lan se", "lanse"]),
    "red": dict(o=["红色", "酒红", "中国红", "大红", "枣红"], f=["红色", "暗红色", "红"], en=["red", "dark red"], py=["hong se"]),
    "pink": dict(o=["粉色", "樱花粉", "浅粉", "粉红", "芭比粉"], f=["粉色", "粉红色", "浅粉色"], en=["pink"], py=["fen se", "fense"]),
    "green": dict(o=["绿色", "军绿", "墨绿", "橄榄绿", "薄荷绿", "草绿"], f=["绿色", "深绿色", "军绿色", "绿"],
                  en=["green", "olive"], py=["lv se", "lvse"]),
    "gold": dict(o=["金色", "香槟金", "玫瑰金", "土豪金"], f=["金色", "金黄色", "金"], en=["gold"], py=["jin se"]),
    "brown": dict(o=["棕色", "咖啡色", "驼色", "焦糖色", "卡其色"], f=["棕色", "咖啡色", "褐色", "土黄色"], en=["brown", "tan"],
                  py=["zong se"]),
    "yellow": dict(o=["黄色", "姜黄", "荧光黄", "柠檬黄"], f=["黄色", "黄", "亮黄色"], en=["yellow"], py=["huang se"]),
    "orange": dict(o=["橙色", "橘色", "活力橙"], f=["橙色", "橘黄色", "橘色"], en=["orange"], py=["cheng se"]),
    "purple": dict(o=["紫色", "淡紫", "薰衣草紫", "暗夜紫"], f=["紫色", "紫", "浅紫色"], en=["purple", "lilac"], py=["zi se"]),
}
CONFUSABLE = [("black", "gray"), ("black", "blue"), ("gray", "silver"), ("white", "silver"), ("pink", "red"),
              ("yellow", "gold"), ("yellow", "orange"), ("brown", "gold"), ("brown", "yellow"), ("purple", "pink"),
              ("blue", "purple"), ("gold", "pink"), ("green", "black"), ("white", "gray")]


FINDER_SHIFT = {"blue": ["black"], "gray": ["black", "silver"], "black": ["gray"], "silver": ["gray", "white"],
                "white": ["silver"], "gold": ["yellow"], "yellow": ["gold"], "purple": ["pink", "blue"], "brown": ["yellow"]}
for _a in FINDER_SHIFT:
    for _b in FINDER_SHIFT[_a]:
        assert (_a, _b) in CONFUSABLE or (_b, _a) in CONFUSABLE, (_a, _b)


def confusable(a, b):
    return a == b or (a, b) in CONFUSABLE or (b, a) in CONFUSABLE


def confusable_neighbours(c):
    out = []
    for a, b in CONFUSABLE:
        if a == c:
            out.append(b)
        elif b == c:
            out.append(a)
    return out


# ------------------------------------------------------------------ brands
# zh / en / py spellings, typos people really make, and model names (invented; any likeness is chance)
BRANDS = {
    "huawei": dict(zh=["华为"], en=["HUAWEI", "Huawei", "huawei"], py=["hua wei", "huawei"], typo=["华伟", "花为", "HUAWAI"]),
    "apple": dict(zh=["苹果"], en=["Apple", "APPLE", "apple"], py=["ping guo", "pingguo"], typo=["平果", "苹菓", "Appel"]),
    "xiaomi": dict(zh=["小米"], en=["Xiaomi", "MI", "xiaomi"], py=["xiao mi"], typo=["小咪", "XIAOMl", "xiaomei"]),
    "redmi": dict(zh=["红米"], en=["Redmi", "REDMI"], py=["hong mi"], typo=["红咪", "Remdi"]),
    "oppo": dict(zh=["欧珀"], en=["OPPO", "oppo", "Oppo"], py=["ou po"], typo=["0PPO", "OPP0", "欧泊"]),
    "vivo": dict(zh=["维沃", "步步高vivo"], en=["vivo", "VIVO", "Vivo"], py=["wei wo"], typo=["viov", "vivio"]),
    "honor": dict(zh=["荣耀"], en=["HONOR", "Honor", "honor"], py=["rong yao"], typo=["荣曜", "容耀", "HONER"]),
    "shenglan": dict(zh=["声岚"], en=["ShengLan", "SHENGLAN"], py=["sheng lan"], typo=["声兰", "生岚"]),
    "anker": dict(zh=["安克"], en=["Anker", "ANKER"], py=["an ke"], typo=["安可", "Ankor"]),
    "romoss": dict(zh=["罗马仕"], en=["ROMOSS", "Romoss"], py=["luo ma shi"], typo=["罗马士", "罗码仕", "ROMOS"]),
    "lvchi": dict(zh=["绿驰"], en=["LVCHI", "LvChi"], py=["lv chi"], typo=["绿池", "绿弛"]),
    "mangexia": dict(zh=["满格侠"], en=["MANGEXIA"], py=["man ge xia"], typo=["满格虾", "满个侠"]),
    "sony": dict(zh=["索尼"], en=["SONY", "Sony"], py=["suo ni"], typo=["索泥", "SONNY", "索妮"]),
    "canon": dict(zh=["佳能"], en=["Canon", "CANON"], py=["jia neng"], typo=["家能", "佳能佳能", "Cannon"]),
    "fuji": dict(zh=["富士"], en=["FUJIFILM", "Fuji", "FUJI"], py=["fu shi"], typo=["福士", "富仕", "Fujifim"]),
    "dji": dict(zh=["大疆"], en=["DJI", "dji", "Dji"], py=["da jiang", "dajiang"], typo=["大僵", "大将", "DJl"]),
    "gopro": dict(zh=["狗Pro"], en=["GoPro", "GOPRO", "gopro"], py=["gou pro"], typo=["Gopor", "GoPr0", "勾破"]),
    "insta360": dict(zh=["影石"], en=["Insta360", "insta360", "Insta 360"], py=["ying shi"], typo=["insta306", "影视360"]),
    "feiyu": dict(zh=["飞屿"], en=["FEIYU", "Feiyu"], py=["fei yu"], typo=["飞鱼", "飞宇"]),
    "toyota": dict(zh=["丰田"], en=["TOYOTA", "Toyota"], py=["feng tian"], typo=["丰天", "Toyata"]),
    "vw": dict(zh=["大众"], en=["Volkswagen", "VW", "vw"], py=["da zhong"], typo=["大宗", "Volkwagen"]),
    "byd": dict(zh=["比亚迪"], en=["BYD", "byd"], py=["bi ya di"], typo=["比亚笛", "比压迪"]),
    "haval": dict(zh=["哈弗"], en=["HAVAL", "Haval"], py=["ha fu"], typo=["哈佛", "哈福"]),
    "nissan": dict(zh=["日产"], en=["NISSAN", "Nissan"], py=["ri chan"], typo=["日产尼桑", "Nisan"]),
    "jeep": dict(zh=["吉普"], en=["Jeep", "JEEP"], py=["ji pu"], typo=["吉普车", "Jepp"]),
    "decathlon": dict(zh=["迪卡侬"], en=["DECATHLON", "Decathlon", "Quechua"], py=["di ka nong"], typo=["迪卡农", "迪卡浓"]),
    "northface": dict(zh=["北面"], en=["The North Face", "TNF", "NORTH FACE"], py=["bei mian"], typo=["北脸", "北面TNF", "Nroth Face"]),
    "camel": dict(zh=["骆驼"], en=["CAMEL", "Camel"], py=["luo tuo"], typo=["络驼", "骆驼牌"]),
    "kailas": dict(zh=["凯乐石"], en=["KAILAS", "Kailas"], py=["kai le shi"], typo=["凯乐石头", "凯勒石"]),
    "toread": dict(zh=["探路者"], en=["TOREAD", "Toread"], py=["tan lu zhe"], typo=["探陆者", "Toraed"]),
    "shanxing": dict(zh=["山行"], en=["SHANXING", "Shanxing"], py=["shan xing"], typo=["山形", "山星"]),
    "mobigarden": dict(zh=["牧高笛"], en=["MOBI GARDEN", "Mobigarden"], py=["mu gao di"], typo=["木高笛", "牧高迪"]),
    "naturehike": dict(zh=["挪客"], en=["Naturehike", "NH"], py=["nuo ke"], typo=["娜客", "Naturhike"]),
    "rayban": dict(zh=["雷朋"], en=["Ray-Ban", "RayBan", "RAYBAN"], py=["lei peng"], typo=["雷鹏", "Rayben"]),
    "bolon": dict(zh=["暴龙"], en=["BOLON", "Bolon"], py=["bao long"], typo=["爆龙", "BOLN"]),
    "yanshan": dict(zh=["燕山光学"], en=["YANSHAN"], py=["yan shan"], typo=["燕山光学眼镜", "雁山"]),
    "coach": dict(zh=["蔻驰"], en=["COACH", "Coach"], py=["kou chi"], typo=["寇驰", "扣驰", "COCAH"]),
    "goldlion": dict(zh=["金利来"], en=["Goldlion", "GOLDLION"], py=["jin li lai"], typo=["金利莱", "金力来"]),
    "septwolves": dict(zh=["七匹狼"], en=["SEPTWOLVES", "Septwolves"], py=["qi pi lang"], typo=["七匹郎", "7匹狼"]),
    "muren": dict(zh=["牧人皮具"], en=["MUREN"], py=["mu ren"], typo=["牧仁皮具", "木人"]),
    "ctf": dict(zh=["周大福"], en=["CTF", "Chow Tai Fook"], py=["zhou da fu"], typo=["周大富", "周大福珠宝"]),
    "pandora": dict(zh=["潘多拉"], en=["PANDORA", "Pandora"], py=["pan duo la"], typo=["潘朵拉", "Pandroa"]),
    "erdun": dict(zh=["额尔敦银器", "额尔敦银匠铺"], en=["Erdun Silver"], py=["e er dun"], typo=["额尔墩银器", "额尔顿银器"]),
    "yadea": dict(zh=["雅迪"], en=["YADEA", "Yadea"], py=["ya di"], typo=["雅笛", "亚迪"]),
    "aima": dict(zh=["爱玛"], en=["AIMA", "Aima"], py=["ai ma"], typo=["艾玛", "爱马"]),
    "tailg": dict(zh=["台铃"], en=["TAILG", "Tailg"], py=["tai ling"], typo=["台玲", "泰铃"]),
    "giant": dict(zh=["捷安特"], en=["GIANT", "Giant"], py=["jie an te"], typo=["杰安特", "捷安特儿"]),
    "merida": dict(zh=["美利达"], en=["MERIDA", "Merida"], py=["mei li da"], typo=["美丽达", "美力达"]),
    "phoenix": dict(zh=["凤凰"], en=["PHOENIX", "Phoenix"], py=["feng huang"], typo=["凤皇", "风凰"]),
    "festival": dict(zh=["音乐节官方周边", "草原音乐节周边"], en=["festival merch"], py=["yinyuejie zhoubian"], typo=["音乐节周边", "官方周边"]),
}


def brand_word(bid, style):
    """style: zh / en / py / typo / mixed / any."""
    b = BRANDS[bid]
    if style == "any":
        style = wpick([("zh", 50), ("en", 30), ("py", 4), ("typo", 9), ("mixed", 7)])
    if style == "mixed":
        return b["zh"][0] + b["en"][0]
    return pick(b[style])


def model_variants(model):
    out = [model]
    if " " in model:
        out.append(model.replace(" ", ""))
    out.append(model.lower())
    return out


def short_iphone(model):
    # "iPhone 14 Pro" -> "14pro" / "14 Pro"
    rest = model.replace("iPhone ", "")
    return pick([rest, rest.replace(" ", "").lower(), "苹果" + rest.replace(" ", "")])


# ------------------------------------------------------------------ slots: details of an object
# value -> (visibility, exclusive, owner phrases, finder phrases, english)
# visibility: v = anyone sees it, s = visible only while the screen is on, o = seen when opened,
#             h = only the owner knows.  exclusive: two different values cannot both be true.
def S(vis, x, o, f, en):
    return dict(vis=vis, x=x, o=o, f=f, en=en)


SLOTS = {
    "case": {
        "clear": S("v", 1, ["透明手机壳", "透明壳", "套的透明软壳"], ["透明保护壳", "透明手机壳"], "a clear case"),
        "pink_bear": S("v", 1, ["粉色小熊手机壳", "粉色壳上面有个小熊", "粉色的熊熊壳"], ["粉色卡通熊手机壳", "粉色的壳，印着熊"], "a pink case with a bear"),
        "black_flip": S("v", 1, ["黑色翻盖皮套", "带翻盖的黑皮套"], ["黑色翻盖皮套", "黑色皮质翻盖保护套"], "a black flip cover"),
        "horse": S("v", 1, ["手机壳上印着一匹马", "壳子后面是骏马图案", "马的图案的壳子"], ["手机壳印有奔马图案", "背面是马图案的壳"], "a case with a running horse"),
        "glitter": S("v", 1, ["流沙亮片壳", "闪粉的壳，会流动"], ["亮片流沙手机壳", "带流沙的壳"], "a glitter case"),
        "cardslot": S("v", 1, ["带卡槽的壳，插着一张公交卡", "壳背后卡槽里有张卡"], ["手机壳背面卡槽内有一张卡", "带插卡壳(内有卡一张)"], "a case with a card slot"),
        "none": S("v", 1, ["没套壳", "裸机没壳"], ["无手机壳", "未带保护壳"], "no case"),
        "blue_sil": S("v", 1, ["蓝色硅胶壳", "天蓝色软壳"], ["蓝色硅胶保护壳", "浅蓝色手机壳"], "a blue silicone case"),
    },
    "lock": {
        "cat": S("s", 1, ["锁屏是我家橘猫", "屏保是一只橘猫"], ["锁屏壁纸是一只橘猫", "屏幕亮了是只黄猫"], "the lock screen is an orange cat"),
        "kid": S("s", 1, ["锁屏是我儿子照片", "屏保是小孩的照片"], ["锁屏是小孩照片", "屏保为一男童照片"], "the lock screen is a photo of a child"),
        "couple": S("s", 1, ["锁屏是我和对象的合照", "屏保是两个人的合影"], ["锁屏为一男一女合影", "锁屏是两人合照"], "the lock screen is a couple selfie"),
        "grass": S("s", 1, ["锁屏是草原日落", "壁纸是草原风景"], ["锁屏是草原风景图", "屏保为草原日落"], "the lock screen is a grassland sunset"),
        "idol": S("s", 1, ["锁屏是我本命(一个男歌手)", "屏保是我喜欢的歌手"], ["锁屏是一个男明星的照片", "屏保是歌手照片"], "the lock screen is a singer"),
        "redhorse": S("s", 1, ["屏保是我家枣红马", "锁屏是我们家的马"], ["锁屏是一匹红马照片", "屏保为马匹照片"], "the lock screen is a red horse"),
        "default": S("s", 1, ["锁屏就是默认壁纸", "屏保没换过，系统自带的"], ["锁屏为系统默认壁纸"], "default wallpaper"),
    },
    "damage": {
        "crack_tl": S("v", 1, ["屏幕左上角碎了一块", "屏幕左上角有裂纹"], ["屏幕左上角有裂痕", "左上角屏幕碎裂"], "cracked screen, top left"),
        "back_crack": S("v", 1, ["后盖碎了", "背板玻璃裂了"], ["背面玻璃有裂纹", "后盖碎裂"], "cracked back glass"),
        "lens": S("v", 1, ["摄像头那块玻璃裂了"], ["摄像头镜片有裂"], "cracked camera glass"),
        "ok": S("v", 1, ["屏幕是好的没碎", "外观没毛病"], ["外观完好", "屏幕完好无破损"], "no cracks"),
    },
    "phone_extra": {
        "lanyard_red": S("v", 0, ["挂着红色挂绳", "有根红色的手机绳"], ["带红色挂绳", "挂有红色手机绳"], "a red lanyard"),
        "lanyard_blk": S("v", 0, ["挂着黑色斜挎挂绳"], ["带黑色斜挎手机绳"], "a black crossbody strap"),
        "ring": S("v", 0, ["后面有个指环扣"], ["背面有指环支架"], "a ring holder"),
        "pop": S("v", 0, ["后面粘了个卡通气囊支架"], ["背面有卡通气囊支架"], "a cartoon pop grip"),
        "num": S("h", 0, ["手机号{P}"], [], "my number is {P}"),
    },
    "bud_cover": {
        "dino": S("v", 1, ["耳机盒套着绿色小恐龙套", "恐龙造型的耳机套"], ["耳机盒带恐龙造型硅胶套", "绿色恐龙耳机套"], "a green dinosaur cover"),
        "clear": S("v", 1, ["套了个透明壳"], ["耳机盒带透明保护壳"], "a clear cover"),
        "leather": S("v", 1, ["棕色皮套", "套了个皮质的套子"], ["棕色皮质耳机套"], "a brown leather cover"),
        "cat": S("v", 1, ["黑猫图案的硅胶套"], ["黑色猫咪图案耳机套"], "a black cat silicone cover"),
        "none": S("v", 1, ["没套壳"], ["无保护套"], "no cover"),
    },
    "bud_mark": {
        "init": S("v", 1, ["盒子上刻了字母{L}", "盒子正面刻着{L}"], ["耳机盒刻有字母“{L}”", "盒盖上刻有{L}"], "engraved '{L}'"),
        "scratch": S("v", 1, ["盒子上一道很深的划痕"], ["耳机盒表面有明显划痕"], "a deep scratch on the case"),
        "none": S("v", 1, ["盒子挺新的没啥印子"], ["耳机盒较新"], "looks new"),
    },
    "bud_count": {
        "both": S("o", 1, ["两只耳机都在盒子里"], ["盒内左右耳机齐全", "两只耳机都在"], "both buds inside"),
        "left_only": S("o", 1, ["只有左耳，右耳之前就丢了"], ["盒内仅有左耳一只", "只有一只耳机(左)"], "only the left bud"),
        "case_only": S("o", 1, ["耳机戴在耳朵上，丢的只是充电盒", "只丢了盒子，耳机还在我这"], ["空耳机盒，里面没有耳机"], "just the empty case"),
    },
    "carabiner": {
        "yes": S("v", 0, ["挂着个登山扣"], ["挂有登山扣"], "with a carabiner"),
    },
    "pb_cap": {
        "10k": S("v", 1, ["一万毫安的", "10000毫安"], ["标注10000mAh", "容量10000mAh"], "10000mAh"),
        "20k": S("v", 1, ["两万毫安的", "20000毫安，挺沉"], ["标注20000mAh", "容量20000mAh"], "20000mAh"),
    },
    "pb_sticker": {
        "cat": S("v", 1, ["上面贴了个猫贴纸"], ["表面贴有猫咪贴纸"], "a cat sticker"),
        "fest": S("v", 1, ["贴着去年音乐节的贴纸"], ["贴有音乐节贴纸"], "an old festival sticker"),
        "name": S("v", 1, ["用马克笔写了{L}"], ["表面有马克笔写的“{L}”"], "'{L}' written in marker"),
        "none": S("v", 1, ["没贴东西"], ["无贴纸"], "no sticker"),
    },
    "pb_cable": {
        "builtin": S("v", 1, ["自带线的那种"], ["自带数据线"], "built-in cable"),
        "white": S("v", 1, ["插着一根白色数据线"], ["插有白色数据线一根"], "a white cable plugged in"),
        "none": S("v", 1, ["没带线"], ["无数据线"], "no cable"),
    },
    "cam_strap": {
        "ethnic": S("v", 1, ["背带是民族风刺绣的", "绣花的民族风背带"], ["民族风刺绣背带", "花纹刺绣相机带"], "an embroidered ethnic strap"),
        "orig": S("v", 1, ["原装黑色背带"], ["原装黑色背带"], "the original black strap"),
        "rainbow": S("v", 1, ["彩虹编织背带"], ["彩色编织相机带"], "a rainbow woven strap"),
        "wrist": S("v", 1, ["只有个手腕绳"], ["带手腕绳"], "just a wrist strap"),
    },
    "cam_lens": {
        "prime": S("v", 1, ["装的定焦镜头", "小饼干定焦头"], ["装有定焦镜头"], "a small prime lens"),
        "kit": S("v", 1, ["套机头", "原配的变焦镜头"], ["装有变焦镜头"], "the kit zoom"),
        "tele": S("v", 1, ["装着长焦，挺长一个", "大白长焦"], ["装有长焦镜头"], "a long telephoto"),
    },
    "cam_photos": {
        "horse": S("o", 0, ["卡里都是赛马的照片"], ["相机内多为赛马照片", "存储卡里是赛马照片"], "the card is full of horse racing photos"),
        "band": S("o", 0, ["拍的都是主舞台乐队"], ["相机内为演出现场照片"], "photos of the bands"),
        "family": S("o", 0, ["里面有我们一家三口在蒙古包前的合照"], ["相机内有一家三口在蒙古包前合影"], "family photo in front of a yurt"),
        "none": S("o", 0, ["卡是新换的，没拍几张"], ["相机内照片很少"], "almost no photos"),
    },
    "ac_mount": {
        "stick": S("v", 1, ["插在自拍杆上", "连着自拍杆一起丢的"], ["连接自拍杆", "装在一根自拍杆上"], "on a selfie stick"),
        "helmet": S("v", 1, ["带着头盔支架"], ["带头盔固定支架"], "with a helmet mount"),
        "chest": S("v", 1, ["连着胸前绑带"], ["带胸前绑带"], "with a chest harness"),
        "bare": S("v", 1, ["就机器本身，没支架"], ["无支架"], "no mount"),
    },
    "ac_footage": {
        "ride": S("o", 0, ["里面有我骑马的视频"], ["内有骑马第一视角视频"], "videos of horse riding"),
        "crowd": S("o", 0, ["录的都是蹦迪的现场"], ["内有演出现场视频"], "crowd videos"),
    },
    "dr_bag": {
        "bag": S("v", 1, ["装在黑色收纳包里", "连包一起"], ["装在黑色收纳包内", "带收纳包"], "in a black carry bag"),
        "bare": S("v", 1, ["就飞机本身", "光飞机"], ["仅机身"], "just the drone"),
    },
    "dr_guard": {
        "yes": S("v", 1, ["装了桨叶保护罩"], ["装有桨叶保护罩"], "prop guards on"),
        "no": S("v", 1, ["没装保护罩"], ["无桨叶保护罩"], "no prop guards"),
    },
    "dr_damage": {
        "prop": S("v", 1, ["有一片桨之前就断了个角"], ["一片桨叶缺角"], "one chipped propeller"),
        "ok": S("v", 1, ["机身完好"], ["机身完好"], "undamaged"),
    },
    "dr_tag": {
        "phone": S("v", 0, ["机身贴了我手机号{P}"], ["机身贴有手机号{P}"], "my number {P} is stuck on it"),
    },
    "w_strap": {
        "orange": S("v", 1, ["橙色硅胶表带"], ["橙色硅胶表带"], "orange silicone strap"),
        "leather": S("v", 1, ["棕色皮表带"], ["棕色皮质表带"], "brown leather strap"),
        "mesh": S("v", 1, ["米兰尼斯钢带"], ["金属网状表带"], "metal mesh strap"),
        "black": S("v", 1, ["黑色运动表带"], ["黑色表带"], "black sport strap"),
    },
    "w_face": {
        "kid": S("s", 1, ["表盘是孩子照片"], ["表盘为小孩照片"], "a child's photo as the watch face"),
        "digital": S("s", 1, ["表盘是数字的"], ["数字表盘"], "a digital face"),
    },
    "doc_sleeve": {
        "clear": S("v", 1, ["装在透明卡套里"], ["装于透明卡套内"], "in a clear sleeve"),
        "blue": S("v", 1, ["套着蓝色卡套", "蓝色证件套"], ["蓝色卡套"], "in a blue sleeve"),
        "lanyard": S("v", 1, ["挂在挂绳卡套里"], ["带挂绳卡套"], "in a lanyard holder"),
        "none": S("v", 1, ["就一张卡，没套"], ["无卡套"], "loose card"),
    },
    "lic_extra": {
        "xsz": S("v", 1, ["和行驶证夹在一起", "皮本里还有行驶证"], ["内夹行驶证一本", "与行驶证在同一皮套内"], "with the vehicle licence"),
        "alone": S("v", 1, ["就驾驶证"], ["仅驾驶证"], "just the licence"),
    },
    "wb_type": {
        "3day": S("v", 1, ["三日通票手环，蓝色布的", "三日票手环"], ["蓝色布质三日票手环", "三日通票手环"], "3-day pass wristband (blue fabric)"),
        "vip": S("v", 1, ["VIP手环，金色的", "VIP三日票手环"], ["金色VIP手环", "VIP手环"], "gold VIP wristband"),
        "day2": S("v", 1, ["26号单日票手环，橙色的"], ["橙色单日票手环(26日)"], "orange day ticket (26th)"),
    },
    "wb_state": {
        "cut": S("v", 1, ["手环被剪断了(为了洗澡剪的)", "剪断的"], ["手环已被剪断", "断开的手环"], "cut off"),
        "whole": S("v", 1, ["扣子松了滑掉的，没断"], ["手环完整未断", "扣子完好"], "not cut, the clasp slipped"),
    },
    "wal_style": {
        "long": S("v", 1, ["长款钱包", "长钱包"], ["长款钱包"], "a long wallet"),
        "short": S("v", 1, ["短款对折钱包", "小短款钱包"], ["短款对折钱包"], "a short bifold"),
        "zip": S("v", 1, ["拉链款钱包", "手拿拉链钱包"], ["拉链款钱包"], "a zip wallet"),
        "card": S("v", 1, ["卡包", "小卡包"], ["卡包一个"], "a card holder"),
    },
    "wal_extra": {
        "photo": S("o", 0, ["里面夹着一张全家福小照片"], ["内有全家福照片一张"], "a small family photo"),
        "stub": S("o", 0, ["夹层里有音乐节票根"], ["内有音乐节票根"], "a festival ticket stub"),
        "coins": S("o", 0, ["零钱袋里有些钢镚"], ["有硬币若干"], "some coins"),
        "note": S("o", 0, ["有张纸条记着卖羊的账", "夹着一张记账的小纸条"], ["内有手写记账纸条一张"], "a handwritten note"),
        "hada": S("o", 0, ["里面叠着一小块蓝哈达"], ["内有叠好的蓝色哈达一条"], "a folded blue khata scarf"),
    },
    "cash_wrap": {
        "red_env": S("v", 1, ["装在红包里", "用红包装着"], ["装在红包内", "一个红包"], "in a red envelope"),
        "band": S("v", 1, ["用皮筋捆着", "橡皮筋扎着一沓"], ["用皮筋捆扎", "皮筋捆着的一沓钱"], "held with a rubber band"),
        "kraft": S("v", 1, ["装在牛皮纸信封里，信封上写着“{W}”", "牛皮纸信封装着"], ["装在牛皮纸信封内，信封写有“{W}”", "牛皮纸信封一个"], "in a brown envelope marked '{W}'"),
        "folded": S("v", 1, ["对折着放兜里的", "就叠起来放的"], ["对折的一叠现金"], "folded loose"),
    },
    "cash_denom": {
        "hundreds": S("v", 1, ["都是一百的"], ["均为百元面额"], "all 100s"),
        "mixed": S("v", 1, ["一百五十二十的都有"], ["面额有百元、五十元、二十元"], "mixed notes"),
    },
    "ck_type": {
        "fold": S("v", 1, ["折叠遥控钥匙", "弹出来那种遥控钥匙"], ["折叠式遥控车钥匙"], "a flip remote key"),
        "smart": S("v", 1, ["智能钥匙，一键启动那种"], ["智能遥控钥匙"], "a smart key fob"),
        "card": S("v", 1, ["卡片钥匙", "NFC卡片钥匙"], ["卡片式车钥匙"], "a card key"),
    },
    "ck_chain": {
        "sheep": S("v", 1, ["钥匙扣是个小羊玩偶", "挂着一只小羊毛绒挂件"], ["挂有小羊玩偶", "钥匙扣为毛绒小羊"], "a little sheep plush"),
        "amulet": S("v", 1, ["挂着个红色平安符"], ["挂有红色平安符"], "a red amulet"),
        "hada": S("v", 1, ["挂着一截蓝色哈达穗子"], ["挂有蓝色穗子"], "a blue tassel"),
        "opener": S("v", 1, ["钥匙扣是个开瓶器"], ["带开瓶器钥匙扣"], "a bottle opener keyring"),
        "leather": S("v", 1, ["皮质钥匙扣，压着字母{L}"], ["皮质钥匙扣，刻字母“{L}”"], "a leather tag stamped '{L}'"),
        "none": S("v", 1, ["啥也没挂"], ["无挂件"], "no keyring"),
    },
    "ck_extra": {
        "house": S("v", 1, ["还串着两把家门钥匙"], ["另串有两把钥匙"], "two house keys on the ring"),
        "alone": S("v", 1, ["就一个车钥匙"], ["仅车钥匙一把"], "just the car key"),
    },
    "kb_ring": {
        "big": S("v", 1, ["一个大铁圈串着", "大钥匙圈"], ["大号金属钥匙圈"], "a big steel ring"),
        "carab": S("v", 1, ["挂在登山扣上"], ["挂在登山扣上"], "on a carabiner"),
        "rope": S("v", 1, ["用红绳串着"], ["红绳串着"], "on a red string"),
    },
    "kb_count": {
        "2": S("v", 1, ["两把钥匙"], ["钥匙两把"], "two keys"),
        "3": S("v", 1, ["三把钥匙"], ["钥匙三把"], "three keys"),
        "5": S("v", 1, ["五六把钥匙", "一大串五把"], ["钥匙五把"], "five keys"),
    },
    "kb_card": {
        "blue": S("v", 1, ["还有个蓝色门禁卡"], ["带蓝色门禁扣"], "a blue fob"),
        "yellow": S("v", 1, ["有个黄色的门禁扣"], ["带黄色门禁扣"], "a yellow fob"),
        "none": S("v", 1, ["没有门禁"], ["无门禁卡"], "no fob"),
    },
    "rc_tag": {
        "wood": S("v", 1, ["房卡挂着木头牌子"], ["房卡带木质挂牌"], "a wooden tag"),
        "plain": S("v", 1, ["就是张白卡"], ["白色房卡"], "a plain white card"),
    },
    "bag_deco": {
        "pins": S("v", 0, ["上面别了好几个徽章"], ["包上别有多枚徽章"], "several pin badges"),
        "patch": S("v", 0, ["缝着个国旗臂章"], ["缝有臂章"], "a sewn patch"),
        "doll": S("v", 0, ["拉链上挂着个小熊挂件"], ["拉链挂小熊挂件"], "a bear charm on the zip"),
        "ribbon": S("v", 0, ["肩带上系了根蓝色丝带"], ["肩带系蓝色丝带"], "a blue ribbon on the strap"),
    },
    "bag_content": {
        "thermos": S("o", 0, ["里面有个蓝色保温杯"], ["内有蓝色保温杯"], "a blue thermos"),
        "meds": S("o", 0, ["包里有孩子的药和退烧贴"], ["内有儿童药品、退热贴"], "kids' medicine"),
        "hoodie": S("o", 0, ["装着一件灰色卫衣"], ["内有灰色卫衣一件"], "a grey hoodie"),
        "rain": S("o", 0, ["有件一次性雨衣"], ["内有雨衣"], "a rain poncho"),
        "book": S("o", 0, ["有本速写本"], ["内有速写本一本"], "a sketchbook"),
        "snacks": S("o", 0, ["一堆零食和奶片"], ["内有零食、奶片"], "snacks and milk tablets"),
        "lens": S("o", 0, ["里面有个备用镜头"], ["内有相机镜头一个"], "a spare lens"),
        "charger": S("o", 0, ["充电器和几根线"], ["内有充电器、数据线"], "a charger and cables"),
    },
    "bag_damage": {
        "zip": S("v", 1, ["有个拉链头坏了"], ["一拉链头损坏"], "one broken zip pull"),
        "ok": S("v", 1, ["包挺新的"], ["包较新"], "fairly new"),
    },
    "tent_size": {
        "2p": S("v", 1, ["双人帐篷"], ["双人帐"], "2-person"),
        "4p": S("v", 1, ["四人帐", "四人的大帐篷"], ["四人帐篷"], "4-person"),
    },
    "tent_state": {
        "packed": S("v", 1, ["收好放在收纳袋里的", "已经收起来装袋了"], ["装在收纳袋内", "收纳状态"], "packed in its bag"),
        "blown": S("v", 1, ["支着的被大风吹跑了", "风太大连帐篷带地钉吹走了"], ["帐篷被风吹至此处，展开状态", "展开的帐篷卡在铁丝网上"], "pitched, blown away by wind"),
    },
    "tent_mark": {
        "tape": S("v", 0, ["有一处用银色胶带补过"], ["有银色胶带修补痕迹"], "a silver tape patch"),
        "name": S("v", 0, ["收纳袋上写了{L}"], ["收纳袋上写有“{L}”"], "'{L}' written on the bag"),
    },
    "sg_lens": {
        "mirror_blue": S("v", 1, ["蓝色反光镜片", "炫彩蓝镜片"], ["蓝色反光镜片"], "blue mirrored lenses"),
        "dark": S("v", 1, ["黑色镜片", "深灰色镜片"], ["深色镜片"], "dark lenses"),
        "brown": S("v", 1, ["茶色镜片"], ["茶色镜片"], "brown lenses"),
    },
    "sg_case": {
        "case": S("v", 1, ["装在眼镜盒里", "连盒子一起"], ["装在眼镜盒内"], "in its case"),
        "bare": S("v", 1, ["没有盒子", "挂在领口掉的"], ["无眼镜盒"], "no case"),
    },
    "hat_type": {
        "bucket": S("v", 1, ["渔夫帽"], ["渔夫帽"], "bucket hat"),
        "cowboy": S("v", 1, ["牛仔帽", "西部牛仔帽"], ["牛仔帽"], "cowboy hat"),
        "cap": S("v", 1, ["棒球帽", "鸭舌帽"], ["鸭舌帽", "棒球帽"], "baseball cap"),
        "straw": S("v", 1, ["草帽", "大檐草帽"], ["宽檐草帽"], "straw hat"),
    },
    "hat_deco": {
        "pins": S("v", 1, ["帽子上别了好多徽章"], ["帽上别有多枚徽章"], "covered in pins"),
        "feather": S("v", 1, ["插了根羽毛"], ["帽檐插有羽毛"], "a feather"),
        "embroid": S("v", 1, ["绣着“草原”两个字"], ["绣有“草原”字样"], "embroidered with 草原"),
        "none": S("v", 1, ["没啥装饰"], ["无装饰"], "plain"),
    },
    "jk_type": {
        "shell": S("v", 1, ["冲锋衣"], ["冲锋衣"], "a hardshell jacket"),
        "down": S("v", 1, ["薄羽绒服", "羽绒服"], ["羽绒服", "轻薄羽绒外套"], "a light down jacket"),
        "army": S("v", 1, ["军大衣", "绿色军大衣(租的)"], ["军大衣"], "an army greatcoat"),
        "fleece": S("v", 1, ["抓绒外套", "摇粒绒外套"], ["抓绒衣", "摇粒绒外套"], "a fleece"),
        "denim": S("v", 1, ["牛仔外套"], ["牛仔夹克"], "a denim jacket"),
    },
    "jk_size": {
        "M": S("v", 1, ["M码"], ["M码"], "size M"),
        "L": S("v", 1, ["L码"], ["L号"], "size L"),
        "XL": S("v", 1, ["XL码", "加大码"], ["XL号"], "size XL"),
    },
    "jk_pocket": {
        "lip": S("o", 0, ["兜里有支润唇膏"], ["口袋内有润唇膏"], "lip balm in the pocket"),
        "cig": S("o", 0, ["口袋里有半包烟和打火机"], ["口袋内有香烟、打火机"], "cigarettes and a lighter"),
        "gloves": S("o", 0, ["兜里塞着一副手套"], ["口袋内有手套一副"], "gloves in the pocket"),
        "tissue": S("o", 0, ["口袋里有纸巾"], ["口袋里有纸巾"], "tissues"),
    },
    "knife_sheath": {
        "silver_coral": S("v", 1, ["银刀鞘，上面镶着红珊瑚"], ["银质刀鞘，镶红色珠子"], "silver sheath with coral"),
        "silver_plain": S("v", 1, ["素银刀鞘，刻着盘肠纹"], ["银色刀鞘，有花纹"], "plain silver sheath"),
        "leather": S("v", 1, ["皮刀鞘"], ["皮质刀鞘"], "leather sheath"),
    },
    "knife_handle": {
        "horn": S("v", 1, ["牛角刀柄"], ["牛角刀柄"], "horn handle"),
        "wood": S("v", 1, ["木头刀柄"], ["木质刀柄"], "wooden handle"),
        "bone": S("v", 1, ["骨头刀柄"], ["骨质刀柄"], "bone handle"),
    },
    "sb_pattern": {
        "panchang": S("v", 1, ["刻着盘肠纹", "盘肠花纹的"], ["有盘肠状花纹", "吉祥结花纹"], "endless-knot pattern"),
        "huiwen": S("v", 1, ["回纹的", "刻着回字纹"], ["回形花纹"], "key-fret pattern"),
        "cloud": S("v", 1, ["云纹的"], ["云朵花纹"], "cloud pattern"),
        "plain": S("v", 1, ["光面没花纹"], ["光面无花纹"], "plain"),
    },
    "sb_stone": {
        "coral": S("v", 1, ["镶着红珊瑚"], ["镶红色珠子"], "set with coral"),
        "turq": S("v", 1, ["镶绿松石"], ["镶有绿色/蓝绿色石头"], "set with turquoise"),
        "none": S("v", 1, ["没镶东西"], ["无镶嵌"], "no stones"),
    },
    "engrave": {
        "init": S("v", 1, ["里面刻着{L}", "内侧刻了{L}"], ["内侧刻有“{L}”"], "engraved '{L}' inside"),
        "mongol": S("v", 1, ["里面刻着蒙古文", "内圈刻了一行蒙文"], ["内侧刻有蒙古文字"], "Mongolian script engraved inside"),
        "none": S("v", 1, ["里面没刻字"], ["无刻字"], "no engraving"),
    },
    "ear_style": {
        "drop": S("v", 1, ["长款流苏耳坠", "长流苏"], ["长款流苏耳坠"], "long tassel drops"),
        "hoop": S("v", 1, ["银圈圈耳环"], ["圆圈形耳环"], "hoops"),
        "coral": S("v", 1, ["珊瑚吊坠耳环"], ["红珠吊坠耳环"], "coral drops"),
    },
    "ear_count": {
        "pair": S("v", 1, ["一对都丢了"], ["一对"], "the pair"),
        "one": S("v", 1, ["只丢了一只(左耳的)"], ["仅一只"], "just one"),
    },
    "nk_pendant": {
        "pingan": S("v", 1, ["吊坠是个玉平安扣"], ["吊坠为玉质平安扣"], "a jade disc pendant"),
        "horse": S("v", 1, ["吊坠是一匹小马"], ["马形吊坠"], "a horse pendant"),
        "letter": S("v", 1, ["吊坠是字母{L1}"], ["字母“{L1}”吊坠"], "a letter '{L1}' pendant"),
        "none": S("v", 1, ["光链子没吊坠"], ["无吊坠"], "no pendant"),
    },
    "nk_chain": {
        "thin": S("v", 1, ["细链子"], ["细链"], "thin chain"),
        "thick": S("v", 1, ["挺粗的链子"], ["粗链"], "thick chain"),
    },
    "ring_style": {
        "band": S("v", 1, ["素圈", "光面素圈"], ["素圈戒指"], "plain band"),
        "stone": S("v", 1, ["上面有颗小钻", "镶了一颗小石头"], ["镶一颗小钻"], "a small stone"),
    },
    "bead_mat": {
        "amber": S("v", 1, ["蜜蜡手串", "黄蜜蜡的"], ["黄色珠子手串(像蜜蜡)"], "amber beads"),
        "agate": S("v", 1, ["红玛瑙手串"], ["红色珠子手串(像玛瑙)"], "red agate beads"),
        "bodhi": S("v", 1, ["星月菩提", "菩提子手串盘得发红了"], ["菩提子手串"], "bodhi seed beads"),
    },
    "bead_count": {
        "18": S("v", 1, ["十八颗珠子"], ["共18颗"], "18 beads"),
        "108": S("v", 1, ["一百零八颗的长串", "108颗绕好几圈"], ["108颗长串"], "108 beads"),
        "12": S("v", 1, ["十二颗大珠子"], ["12颗大珠"], "12 large beads"),
    },
    "eb_basket": {
        "yes": S("v", 1, ["前面有车筐"], ["带前车筐"], "front basket"),
        "no": S("v", 1, ["没车筐"], ["无车筐"], "no basket"),
    },
    "eb_extra": {
        "box": S("v", 1, ["后面装了个尾箱"], ["后座装有尾箱"], "a top box"),
        "seat": S("v", 1, ["后座绑着个儿童座椅"], ["后座有儿童座椅"], "a child seat"),
        "none": S("v", 1, ["后面啥都没有"], ["后座无加装"], "nothing on the back"),
    },
    "bk_type": {
        "mtb": S("v", 1, ["山地车"], ["山地自行车"], "a mountain bike"),
        "city": S("v", 1, ["城市通勤车", "普通二八车"], ["普通自行车"], "a city bike"),
    },
    "bk_lock": {
        "u": S("v", 1, ["没锁，锁挂在车把上"], ["车把上挂有U形锁"], "U-lock on the handlebar"),
        "none": S("v", 1, ["没上锁"], ["未上锁"], "no lock"),
    },
    "chair_type": {
        "moon": S("v", 1, ["月亮椅"], ["月亮椅"], "a moon chair"),
        "kermit": S("v", 1, ["克米特椅，木头扶手"], ["木扶手折叠椅"], "a wooden-arm folding chair"),
    },
    "tote_print": {
        "fest": S("v", 1, ["音乐节发的帆布袋，印着“听见草原”"], ["印有“听见草原”字样的帆布袋"], "the festival tote ('听见草原')"),
        "cat": S("v", 1, ["印着一只猫的帆布包"], ["印有猫图案的帆布包"], "a tote with a cat print"),
        "plain": S("v", 1, ["素色没图案"], ["无图案"], "plain"),
    },
    "merch": {
        "yes": S("v", 0, ["音乐节官方周边，背后印着“锡林草原音乐节”", "官方周边款"], ["背后印有“锡林草原音乐节”字样", "音乐节周边款"], "official festival merch"),
    },
    "rental": {
        "yes": S("v", 0, ["是租的", "租来的", "租的，押金还没退"], ["为租赁物品，带编号", "出租设备，带编号"], "a rental"),
    },
    # a mark the owner made; its letters are the object's own, so two tags with different letters are two objects
    "nametag": {
        "yes": S("v", 1, ["上面有我用马克笔写的{L}", "贴了写着{L}的名字贴", "挂着写有{L}的小牌子"],
                 ["上面写有“{L}”字样", "贴有写着{L}的标签", "挂有写着{L}的小牌"], "'{L}' written on it"),
    },
}
NAMETAG_JEWELRY = S("v", 1, ["内侧刻着{L}", "背面刻了{L}"], ["内侧刻有“{L}”", "刻有字母{L}"], "engraved '{L}'")


# ------------------------------------------------------------------ kinds of object
def K(cat, zo, zf, en, py, brands, colors, slots, serial=None, fb=0.6, fm=0.2, places=None, persona=None, models=None):
    return dict(cat=cat, zo=zo, zf=zf, en=en, py=py, brands=brands, colors=colors, slots=slots, serial=serial,
                fb=fb, fm=fm, places=places or [], persona=persona or {}, models=models or {})


STAGES = [("main_stage", 5), ("stage2", 3), ("edm", 2), ("food", 3), ("toilet", 1), ("charge", 1), ("market", 1)]
CAMP = [("camp_A", 1), ("camp_B", 1), ("camp_C", 1), ("camp_D", 1), ("camp_E", 1), ("camp_F", 1)]
NAADAM = [("naadam", 3), ("horse", 2), ("ride", 2), ("archery", 2), ("obo", 1)]
TRAVEL = [("bus_k1", 2), ("bus_k2", 2), ("bus_k3", 1), ("shuttle_stop", 2), ("hsr", 1), ("gate_s", 2), ("gate_e", 1)]
PARK = [("p1", 2), ("p2", 2), ("p3", 1)]
HOTEL = [("h_golden", 1), ("h_star", 1), ("h_eji", 1)]
TOWN = [("town_st", 2), ("town_gas", 1), ("town_shop", 1), ("town_clinic", 1)]


def W(lst, k):
    return [(p, w * k) for p, w in lst]


PHONE_MODELS = {
    "huawei": ["Mate 68 Pro", "nova Z10", "畅享 Q9", "Pura 8 Air", "nova 19 SE"],
    "apple": ["iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone 16 Plus", "iPhone 12 mini", "iPhone 15 Pro Max"],
    "xiaomi": ["Xiaomi 19 Lite", "Civi 9 Neo", "MIX Z7"],
    "redmi": ["Note 19R", "K88", "Turbo 8S"],
    "oppo": ["Reno 18K", "A7 Max", "Find Z9"],
    "vivo": ["X300s Lite", "Y58t", "S29 Neo"],
    "honor": ["Magic 9 Air", "X70i Neo", "Play 12T Max"],
}
KINDS = {
    "phone": K("phone", ["手机"], ["手机", "手机一部", "智能手机"], "phone", "shouji",
               [("apple", 30), ("huawei", 28), ("xiaomi", 8), ("redmi", 6), ("oppo", 9), ("vivo", 9), ("honor", 10)],
               [("black", 30), ("white", 12), ("blue", 12), ("purple", 6), ("green", 6), ("pink", 6), ("gold", 5), ("silver", 8), ("gray", 8)],
               [("case", 1.0, None), ("lock", 0.9, None), ("damage", 0.8, [("crack_tl", 2), ("back_crack", 1), ("lens", 1), ("ok", 4)]),
                ("phone_extra", 0.55, None)],
               serial="imei", fb=0.75, fm=0.15,
               places=STAGES + W(CAMP, 0.6) + W(NAADAM, 0.6) + W(TRAVEL, 0.5) + W(PARK, 0.3) + W(HOTEL, 0.3) + W(TOWN, 0.2),
               models=PHONE_MODELS),
    "earbuds": K("electronics", ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "耳机盒", "无线耳机一副"], "earbuds", "lanya erji",
                 [("apple", 45), ("huawei", 20), ("xiaomi", 12), ("shenglan", 10)],
                 [("white", 70), ("black", 20), ("silver", 5), ("blue", 5)],
                 [("bud_cover", 1.0, None), ("bud_mark", 0.8, None), ("bud_count", 0.9, [("both", 6), ("left_only", 2), ("case_only", 1)]),
                  ("carabiner", 0.3, None)],
                 serial="sn", fb=0.5, fm=0.1, places=STAGES + W(CAMP, 0.5) + W(TRAVEL, 0.5) + W(NAADAM, 0.3),
                 models={"apple": ["AirPods Pro 4", "AirPods 6", "AirPods Lite"], "huawei": ["FreeBuds 9i", "FreeBuds Pro 7"],
                         "xiaomi": ["Buds 9 Lite"], "shenglan": ["Air S3", "Pods 2"]}),
    "powerbank": K("electronics", ["充电宝", "移动电源"], ["充电宝", "移动电源一个"], "power bank", "chongdianbao",
                   [("xiaomi", 30), ("anker", 20), ("romoss", 25), ("lvchi", 15)],
                   [("white", 35), ("black", 35), ("blue", 10), ("pink", 10), ("gray", 10)],
                   [("pb_cap", 1.0, None), ("pb_sticker", 0.8, None), ("pb_cable", 0.8, None)],
                   fb=0.7, fm=0.1, places=STAGES + W(CAMP, 1.0) + [("charge", 3)] + W(TRAVEL, 0.3),
                   models={"xiaomi": ["口袋版 Pro 5", "移动电源 7"], "anker": ["Mini Flat 10K", "PowerLite 20K"],
                           "romoss": ["RS-20 Neo", "PHX10"], "lvchi": ["LC-10", "LC-20 Plus"]}),
    "rental_pb": K("electronics", ["共享充电宝", "租的充电宝"], ["共享充电宝", "租赁充电宝"], "rental power bank", "gongxiang chongdianbao",
                   [("mangexia", 1)], [("yellow", 1)], [("rental", 1.0, None)], serial="rental", fb=0.95, fm=0.0,
                   places=STAGES + W(CAMP, 0.5) + [("charge", 2)]),
    "camera": K("electronics", ["相机", "微单", "照相机"], ["相机", "数码相机", "照相机一台"], "camera", "xiangji",
                [("sony", 40), ("canon", 30), ("fuji", 30)], [("black", 70), ("silver", 30)],
                [("cam_strap", 0.9, None), ("cam_lens", 0.9, None), ("cam_photos", 0.6, None)],
                serial="sn", fb=0.95, fm=0.6, places=W(NAADAM, 2.0) + STAGES + W(HOTEL, 0.5) + W(TRAVEL, 0.3),
                models={"sony": ["ZV-E20", "α6800", "RX200 II"], "canon": ["EOS R70", "PowerShot V12", "EOS M80"],
                        "fuji": ["X-T40", "X100Z", "X-S30"]}),
    "actioncam": K("electronics", ["运动相机", "运动摄像机"], ["运动相机", "小型运动摄像机"], "action cam", "yundong xiangji",
                   [("dji", 40), ("gopro", 35), ("insta360", 25)], [("black", 75), ("gray", 15), ("white", 10)],
                   [("ac_mount", 1.0, None), ("ac_footage", 0.5, None)], serial="sn", fb=0.9, fm=0.4,
                   places=W(NAADAM, 1.5) + STAGES + W(CAMP, 0.5),
                   models={"dji": ["Osmo Action 9", "Osmo Pocket 7"], "gopro": ["HERO 19", "HERO 17 Mini"],
                           "insta360": ["X9 Lite", "GO 7S"]}),
    "drone": K("electronics", ["无人机", "航拍无人机"], ["无人机", "航拍飞行器"], "drone", "wurenji",
               [("dji", 80), ("feiyu", 20)], [("gray", 70), ("white", 20), ("black", 10)],
               [("dr_bag", 1.0, None), ("dr_guard", 0.8, None), ("dr_damage", 0.7, None), ("dr_tag", 0.3, None)],
               serial="sn", fb=0.95, fm=0.5, places=[("obo", 4), ("horse", 2), ("naadam", 1), ("camp_F", 1), ("h_star", 1)],
               models={"dji": ["Mini 9", "Air 7", "Neo 5"], "feiyu": ["F3 Lite", "F5 Pro"]}),
    "watch": K("electronics", ["智能手表", "手表"], ["智能手表", "运动手表"], "smartwatch", "zhineng shoubiao",
               [("huawei", 50), ("apple", 30), ("xiaomi", 20)], [("black", 60), ("silver", 20), ("gold", 20)],
               [("w_strap", 1.0, None), ("w_face", 0.6, None)], fb=0.6, fm=0.3,
               places=W(NAADAM, 1.0) + STAGES + W(CAMP, 0.5),
               models={"huawei": ["Watch GT 9", "Watch Fit 8"], "apple": ["Watch S13", "Watch SE 6"], "xiaomi": ["手环 12 Pro", "Watch S8"]}),
    "id_card": K("id_doc", ["身份证", "二代身份证"], ["居民身份证", "身份证一张"], "ID card", "shenfenzheng",
                 [], [("white", 1)], [("doc_sleeve", 0.8, None)], serial="idno",
                 places=W(TRAVEL, 2.0) + STAGES + W(HOTEL, 1.0) + W(CAMP, 0.6) + W(NAADAM, 0.4) + W(TOWN, 0.5)),
    "driver_lic": K("id_doc", ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证一本"], "driving licence", "jiashizheng",
                    [], [("brown", 50), ("black", 50)], [("lic_extra", 1.0, None)], serial="idno",
                    places=W(PARK, 3.0) + W(TOWN, 1.0) + STAGES + [("town_gas", 2)]),
    "student_card": K("id_doc", ["学生证"], ["学生证", "学生证一本"], "student card", "xueshengzheng",
                      [], [("red", 60), ("blue", 40)], [("doc_sleeve", 0.5, None)], serial="student",
                      places=STAGES + W(TRAVEL, 1.5) + W(CAMP, 0.5)),
    "passport": K("id_doc", ["护照"], ["护照", "外国护照一本"], "passport", "huzhao",
                  [], [("red", 40), ("blue", 30), ("black", 30)], [("doc_sleeve", 0.5, [("clear", 1), ("none", 1)])],
                  serial="passport", places=W(TRAVEL, 2.0) + STAGES + W(HOTEL, 1.5),
                  persona={"foreign": 1}),
    "wristband": K("other", ["手环", "门票手环", "入场手环"], ["音乐节手环", "入场手环", "门票手环一条"], "wristband", "shouhuan",
                   [], [("blue", 1)], [("wb_type", 1.0, [("3day", 6), ("vip", 2), ("day2", 2)]), ("wb_state", 1.0, None)],
                   serial="wband", places=W(CAMP, 2.0) + STAGES + [("toilet", 1), ("firstaid", 1)]),
    "wallet": K("wallet", ["钱包"], ["钱包", "钱包一个"], "wallet", "qianbao",
                [("coach", 15), ("goldlion", 15), ("septwolves", 15), ("muren", 10), (None, 45)],
                [("black", 40), ("brown", 30), ("red", 10), ("pink", 10), ("blue", 10)],
                [("wal_style", 1.0, None), ("wal_extra", 0.6, None)], serial="card", fb=0.4, fm=0.0,
                places=STAGES + W(NAADAM, 1.0) + W(TRAVEL, 0.8) + W(PARK, 0.5) + W(TOWN, 0.5) + W(HOTEL, 0.3)),
    "cash": K("cash", ["现金", "钱"], ["现金", "人民币现金"], "cash", "xianjin",
              [], [("red", 1)], [("cash_wrap", 1.0, None), ("cash_denom", 0.8, None)],
              places=W(NAADAM, 2.0) + W(TOWN, 1.5) + [("food", 2), ("market", 1)] + W(TRAVEL, 0.3),
              persona={"herder": 4, "family": 1, "desk": 2, "worker": 1}),
    "car_key": K("keys", ["车钥匙", "汽车钥匙"], ["汽车遥控钥匙", "车钥匙一把"], "car key", "che yaoshi",
                 [("toyota", 20), ("vw", 20), ("byd", 15), ("haval", 20), ("nissan", 10), ("jeep", 15)],
                 [("black", 90), ("silver", 10)], [("ck_type", 1.0, [("fold", 4), ("smart", 4), ("card", 1)]), ("ck_chain", 0.9, None), ("ck_extra", 0.7, None)],
                 fb=0.9, fm=0.0, places=W(PARK, 3.0) + W(CAMP, 1.0) + STAGES + W(NAADAM, 0.5) + [("town_gas", 1)],
                 models={"toyota": ["荣途", "兰驰", "锐野"], "vw": ["途锐L7", "探界", "迈途"], "byd": ["汉风", "宋驰", "唐Max"],
                         "haval": ["H7 Max", "大熊"], "nissan": ["奇跃", "途逸"], "jeep": ["牧野者", "自由驰"]},
                 persona={"family": 4, "formal": 3, "desk": 2, "youth": 1, "worker": 1, "herder": 1}),
    "key_bunch": K("keys", ["钥匙", "一串钥匙"], ["钥匙一串", "一串钥匙"], "keys", "yaoshi",
                   [], [("silver", 80), ("gold", 20)], [("kb_ring", 1.0, None), ("kb_count", 1.0, None), ("kb_card", 0.8, None)],
                   places=W(TOWN, 2.0) + W(CAMP, 1.0) + STAGES + W(NAADAM, 1.0)),
    "room_card": K("keys", ["房卡", "蒙古包房卡", "门卡"], ["房卡", "酒店房卡一张"], "room key card", "fangka",
                   [], [("white", 1)], [("rc_tag", 1.0, None)], serial="room",
                   places=STAGES + W(NAADAM, 1.0) + W(TRAVEL, 0.5)),
    "backpack": K("bag", ["双肩包", "背包"], ["双肩背包", "背包一个"], "backpack", "shuangjianbao",
                  [("decathlon", 25), ("northface", 20), ("camel", 15), ("kailas", 10), ("shanxing", 10), (None, 20)],
                  [("black", 35), ("gray", 15), ("blue", 15), ("green", 15), ("red", 10), ("orange", 10)],
                  [("bag_deco", 0.5, None), ("bag_content", 0.95, None), ("bag_damage", 0.6, None)], fb=0.6,
                  places=W(TRAVEL, 2.0) + STAGES + W(CAMP, 1.0) + W(NAADAM, 0.8) + W(PARK, 0.5),
                  models={"decathlon": ["QH-22 徒步包", "NX 18L"], "northface": ["Ridgeway 26", "Trailhead 20"], "camel": ["轻便户外包"],
                          "kailas": ["Tarn 16L"], "shanxing": ["游牧者 25L"]}),
    "waistbag": K("bag", ["腰包", "斜挎包", "胸包", "小挎包"], ["腰包", "斜挎小包", "胸包一个"], "bum bag", "yaobao",
                  [("decathlon", 20), ("northface", 15), ("coach", 10), (None, 55)],
                  [("black", 45), ("gray", 15), ("green", 15), ("pink", 10), ("white", 15)],
                  [("bag_deco", 0.4, None), ("bag_content", 0.7, [("charger", 2), ("snacks", 1), ("meds", 1)]), ("bag_damage", 0.4, None)],
                  fb=0.5, places=STAGES + W(CAMP, 0.6) + W(NAADAM, 0.8) + W(TRAVEL, 0.5)),
    "tote": K("bag", ["帆布包", "帆布袋"], ["帆布袋", "布袋子"], "tote bag", "fanbu bao",
              [], [("white", 60), ("black", 25), ("green", 15)], [("tote_print", 1.0, None), ("bag_content", 0.8, None)],
              places=STAGES + [("market", 3)] + W(CAMP, 0.5)),
    "camerabag": K("bag", ["相机包", "摄影包"], ["相机包", "摄影包一个"], "camera bag", "xiangji bao",
                   [("sony", 30), ("decathlon", 30), (None, 40)], [("black", 70), ("gray", 30)],
                   [("bag_content", 1.0, [("lens", 3), ("charger", 1)]), ("bag_deco", 0.3, None)], fb=0.5,
                   places=W(NAADAM, 2.0) + STAGES),
    "tent": K("other", ["帐篷"], ["帐篷", "帐篷一顶"], "tent", "zhangpeng",
              [("mobigarden", 30), ("naturehike", 35), ("camel", 20), ("decathlon", 15)],
              [("green", 30), ("orange", 20), ("blue", 20), ("gray", 20), ("yellow", 10)],
              [("tent_size", 1.0, None), ("tent_state", 1.0, [("packed", 3), ("blown", 2)]), ("tent_mark", 0.6, None)],
              fb=0.7, fm=0.2, places=W(CAMP, 3.0) + [("shuttle_stop", 2), ("p3", 1), ("p1", 1)],
              models={"mobigarden": ["云栖2", "远岫4"], "naturehike": ["Cirro 2", "Aurel 4"], "camel": ["速搭3"],
                      "decathlon": ["QuickPitch 2"]}),
    "rental_tent": K("other", ["帐篷", "租的帐篷"], ["营地租赁帐篷", "帐篷一顶(带租赁编号)"], "rented tent", "zulin zhangpeng",
                     [("naturehike", 1)], [("green", 1)], [("tent_size", 1.0, None), ("tent_state", 1.0, [("packed", 3), ("blown", 2)]), ("rental", 1.0, None)],
                     serial="rental", fb=0.5, places=W(CAMP, 3.0) + [("shuttle_stop", 1)],
                     models={}),
    "chair": K("other", ["折叠椅", "露营椅"], ["折叠椅", "露营椅一把"], "camping chair", "zhedie yi",
               [("naturehike", 50), ("mobigarden", 50)], [("green", 40), ("black", 30), ("brown", 30)],
               [("chair_type", 1.0, None)], fb=0.5, places=W(CAMP, 2.0) + STAGES),
    "sunglasses": K("other", ["墨镜", "太阳镜"], ["墨镜", "太阳镜一副"], "sunglasses", "mojing",
                    [("rayban", 35), ("bolon", 30), ("yanshan", 15), (None, 20)], [("black", 60), ("gold", 20), ("brown", 20)],
                    [("sg_lens", 1.0, None), ("sg_case", 0.8, None)], fb=0.55,
                    places=W(NAADAM, 2.0) + STAGES + W(CAMP, 0.5) + W(TRAVEL, 0.3)),
    "hat": K("other", ["帽子"], ["帽子", "帽子一顶"], "hat", "maozi",
             [("festival", 20), (None, 60), ("northface", 20)], [("black", 25), ("white", 25), ("brown", 25), ("green", 15), ("pink", 10)],
             [("hat_type", 1.0, None), ("hat_deco", 0.9, None), ("merch", 0.0, None)], fb=0.5,
             places=W(NAADAM, 1.5) + STAGES + W(CAMP, 0.5)),
    "jacket": K("other", ["外套", "衣服"], ["外套", "衣服一件", "外套一件"], "jacket", "waitao",
                [("northface", 20), ("camel", 20), ("kailas", 10), ("toread", 15), ("festival", 15), (None, 20)],
                [("black", 35), ("blue", 15), ("green", 20), ("red", 10), ("gray", 10), ("white", 10)],
                [("jk_type", 1.0, None), ("jk_size", 0.7, None), ("jk_pocket", 0.6, None), ("merch", 0.0, None)], fb=0.7,
                places=STAGES + W(CAMP, 1.0) + [("firstaid", 1)] + W(NAADAM, 0.5) + W(TRAVEL, 0.4)),
    "mongol_knife": K("other", ["蒙古刀", "小刀"], ["蒙古刀一把", "带鞘小刀"], "Mongolian knife", "menggu dao",
                      [("erdun", 40), (None, 60)], [("silver", 1)], [("knife_sheath", 1.0, None), ("knife_handle", 1.0, None)],
                      fb=0.3, places=W(NAADAM, 2.0) + W(TOWN, 0.5) + [("food", 1)], persona={"herder": 5, "desk": 2}),
    "silver_bracelet": K("jewelry", ["银手镯", "银镯子", "手镯"], ["银手镯", "白色金属手镯", "手镯一只"], "silver bracelet", "yin shouzhuo",
                         [("erdun", 40), (None, 60)], [("silver", 1)],
                         [("sb_pattern", 1.0, None), ("sb_stone", 0.9, None), ("engrave", 0.8, None)], fb=0.3,
                         places=W(NAADAM, 2.0) + STAGES + W(HOTEL, 0.5), persona={"herder": 4, "family": 1, "desk": 2, "youth": 1}),
    "silver_earrings": K("jewelry", ["银耳坠", "耳环"], ["耳环", "耳坠"], "silver earrings", "yin erzhui",
                         [("erdun", 30), (None, 70)], [("silver", 1)], [("ear_style", 1.0, None), ("ear_count", 1.0, None)], fb=0.2,
                         places=W(NAADAM, 1.5) + STAGES + W(HOTEL, 0.5), persona={"herder": 3, "youth": 2, "desk": 1}),
    "necklace": K("jewelry", ["项链", "金项链"], ["项链", "项链一条"], "necklace", "xianglian",
                  [("ctf", 40), ("pandora", 20), (None, 40)], [("gold", 60), ("silver", 40)],
                  [("nk_pendant", 1.0, None), ("nk_chain", 0.8, None)], fb=0.3,
                  places=STAGES + W(NAADAM, 1.0) + W(HOTEL, 1.0) + [("firstaid", 1)]),
    "ring": K("jewelry", ["戒指", "结婚戒指"], ["戒指", "戒指一枚"], "ring", "jiezhi",
              [("ctf", 50), (None, 50)], [("gold", 50), ("silver", 50)], [("ring_style", 1.0, None), ("engrave", 1.0, None)], fb=0.3,
              places=W(NAADAM, 1.0) + STAGES + W(HOTEL, 1.0) + [("toilet", 2)]),
    "beads": K("jewelry", ["手串", "串珠手链"], ["手串", "珠子手链"], "bead bracelet", "shouchuan",
               [], [("yellow", 40), ("red", 30), ("brown", 30)], [("bead_mat", 1.0, None), ("bead_count", 1.0, None)],
               places=W(NAADAM, 1.5) + STAGES + [("obo", 2)]),
    "ebike": K("ebike", ["电动车", "电瓶车"], ["电动自行车", "电动车一辆"], "e-bike", "diandong che",
               [("yadea", 40), ("aima", 35), ("tailg", 25)], [("white", 30), ("black", 30), ("red", 20), ("blue", 20)],
               [("eb_basket", 1.0, None), ("eb_extra", 1.0, None)], serial="plate", fb=0.95, fm=0.3,
               places=W(TOWN, 2.0) + W(PARK, 1.0) + [("gate_e", 1)], persona={"worker": 3, "herder": 2, "desk": 2},
               models={"yadea": ["冠驰Q9"], "aima": ["A770"], "tailg": ["劲能T19"]}),
    "bicycle": K("bicycle", ["自行车", "单车"], ["自行车", "自行车一辆"], "bicycle", "zixingche",
                 [("giant", 45), ("merida", 35), ("phoenix", 20)], [("black", 30), ("white", 20), ("red", 20), ("blue", 30)],
                 [("bk_type", 1.0, None), ("bk_lock", 1.0, None)], serial="frame", fb=0.9, fm=0.3,
                 places=W(TOWN, 1.5) + W(PARK, 1.0) + W(CAMP, 0.5), persona={"worker": 2, "youth": 2, "desk": 1, "herder": 1},
                 models={"giant": ["TR 660", "Urban 3"], "merida": ["驰风 330", "挑战者 500"], "phoenix": ["28寸经典款"]}),
}


# a few places that only ever appear as where something turned up
place("pasture", "pasture", 43.8850, 116.0850, ["敖包北边的草场", "乌兰敖包北面草场", "牧民草场里", "北边草场围栏边"],
      ["a pasture north of the obo"], ["caochang"], 600)
place("camp_fence", "pasture", 43.9178, 116.1062, ["营地北侧围栏", "露营区后面铁丝网", "营地外面的围栏边"],
      ["the fence behind the camp"], ["yingdi weilan"], 200)
place("ride_trail", "pasture", 43.8960, 116.0820, ["骑马线路上", "骑马道边上", "马队走的那条道"],
      ["the riding trail"], ["qima xianlu"], 400)
NEAR["naadam"] = NEAR["naadam"] + ["pasture"]


# ------------------------------------------------------------------ serials
HOTEL_CODE = {"h_golden": "G", "h_star": "S", "h_eji": "E"}
HOTEL_SHORT = {"G": ["金帐", "金帐蒙古包"], "S": ["星空包", "星空营地"], "E": ["额吉家", "额吉家民宿"]}


def new_serial(stype, obj, person):
    if stype == "imei":
        return dict(type="imei", canon=make_imei())
    if stype == "idno":
        return dict(type="idno", canon=obj["ident"]["idno"])
    if stype == "student":
        return dict(type="student", canon="20%02d%06d" % (R.randint(21, 24), R.randint(100000, 999999)))
    if stype == "passport":
        return dict(type="passport", canon=person.get("nat_code", "X") + pick("KLMPRT") + rand_digits(7))
    if stype == "wband":
        t = {"3day": "3D", "vip": "VP", "day2": "D2"}[obj["slots"]["wb_type"]]
        return dict(type="wband", canon="XLM25" + t + "%06d" % R.randint(1000, 99999))
    if stype == "card":
        p = pick(CARD_PREFIX)
        return dict(type="card", canon=p + "********" + rand_digits(4), bank=CARD_BANK[p])
    if stype == "sn":
        k = obj["kind"]
        if k == "camera":
            return dict(type="sn", canon=rand_digits(7) if chance(0.5) else rand_alnum(2) + rand_digits(6))
        if k == "drone":
            return dict(type="sn", canon="1581F" + rand_alnum(8))
        if k == "actioncam":
            return dict(type="sn", canon="C3" + rand_alnum(4) + rand_digits(6))
        return dict(type="sn", canon=rand_alnum(10))
    if stype == "rental":
        if obj["kind"] == "rental_pb":
            return dict(type="rental", canon="MG" + "%08d" % R.randint(10000000, 99999999))
        return dict(type="rental", canon="ZP" + pick("ABCDE") + "%03d" % R.randint(1, 160))
    if stype == "room":
        return dict(type="room", canon=HOTEL_CODE[obj["hotel"]] + "%03d" % R.randint(1, 48))
    if stype == "plate":
        return dict(type="plate", canon="锡林" + pick("ABC") + "%05d" % R.randint(100, 9999))
    if stype == "frame":
        return dict(type="frame", canon=pick(["GT", "MD", "FH"]) + pick(ALNUM) + rand_digits(8))
    raise ValueError(stype)


SERIAL_FORMS = {  # side -> [(form, weight)]
    "imei": {"o": [("full", 4), ("spaced", 2), ("dashed", 1), ("tail6", 1), ("tail4", 2)], "f": [("full", 5), ("spaced", 1), ("tail4", 1)]},
    "idno": {"o": [("full", 5), ("spaced", 1), ("tail4", 2), ("mask64", 1), ("lowx", 1)], "f": [("full", 3), ("mask64", 3), ("mask44", 2), ("tail4", 1)]},
    "student": {"o": [("full", 3), ("tail4", 1)], "f": [("full", 4), ("tail4", 1)]},
    "passport": {"o": [("full", 3), ("spaced", 1)], "f": [("full", 3)]},
    "wband": {"o": [("full", 3), ("nodash", 1), ("short", 2), ("tail4", 1)], "f": [("full", 2), ("short", 3), ("tail4", 1)]},
    "card": {"o": [("tail4", 4), ("mask44", 1)], "f": [("mask44", 3), ("tail4", 2)]},
    "sn": {"o": [("full", 3), ("tail4", 1)], "f": [("full", 4), ("tail4", 1)]},
    "rental": {"o": [("full", 3), ("digits", 1), ("tail4", 1)], "f": [("full", 4), ("digits", 1)]},
    "room": {"o": [("full", 3), ("room", 2)], "f": [("full", 2), ("room", 2)]},
    "plate": {"o": [("full", 3), ("nodot", 1), ("short", 1)], "f": [("full", 3), ("nodot", 1)]},
    "frame": {"o": [("full", 2), ("tail6", 1)], "f": [("full", 3), ("tail6", 1)]},
}
SERIAL_P = {  # probability the owner / the finder writes the serial down at all
    "imei": (0.4, 0.15), "idno": (0.65, 0.9), "student": (0.6, 0.9), "passport": (0.7, 0.9), "wband": (0.55, 0.75),
    "card": (0.55, 0.6), "sn": (0.3, 0.4), "rental": (0.6, 0.9), "room": (0.9, 0.55), "plate": (0.85, 0.85), "frame": (0.35, 0.55),
}


def known_positions(canon, form):
    n = len(canon)
    if form in ("full", "spaced", "dashed", "lowx", "nodash", "nodot"):
        idx = range(n)
    elif form == "tail4":
        idx = range(n - 4, n)
    elif form == "tail6" or form == "short":
        idx = range(n - 6, n)
    elif form == "mask64":
        idx = list(range(6)) + list(range(n - 4, n))
    elif form == "mask44":
        idx = list(range(4)) + list(range(n - 4, n))
    elif form == "digits":
        idx = range(2, n)
    elif form == "room":
        idx = range(n - 3, n)
    else:
        raise ValueError(form)
    return {i: canon[i] for i in idx if canon[i] != "*"}


def serial_text(ser, form):
    """How the serial looks on paper in the given form (no prose around it)."""
    c, t = ser["canon"], ser["type"]
    if t == "imei":
        if form == "full":
            return c
        if form == "spaced":
            return pick([c[:4] + " " + c[4:8] + " " + c[8:12] + " " + c[12:], c[:2] + " " + c[2:8] + " " + c[8:14] + " " + c[14]])
        if form == "dashed":
            return c[:2] + "-" + c[2:8] + "-" + c[8:14] + "-" + c[14]
        return c[-6:] if form == "tail6" else c[-4:]
    if t == "idno":
        if form == "full":
            return c
        if form == "lowx":
            return c.lower()
        if form == "spaced":
            return c[:6] + " " + c[6:14] + " " + c[14:]
        if form == "mask64":
            return c[:6] + "********" + c[-4:]
        if form == "mask44":
            return c[:4] + "**********" + c[-4:]
        return c[-4:]
    if t == "card":
        if form == "mask44":
            return pick([c[:4] + "****" + c[-4:], c[:4] + " **** **** " + c[-4:], c[:4] + "********" + c[-4:]])
        return c[-4:]
    if t == "wband":
        if form == "full":
            return c[:5] + "-" + c[5:7] + "-" + c[7:]
        if form == "nodash":
            return pick([c, c.lower()])
        if form == "short":
            return pick(["No." + c[-6:], c[-6:], "NO " + c[-6:]])
        return c[-4:]
    if t == "rental":
        if form == "full":
            return c if c.startswith("MG") else c[:2] + "-" + c[2:]
        if form == "digits":
            return c[2:]
        return c[-4:]
    if t == "room":
        room = str(int(c[1:]))
        if form == "full":
            return pick(HOTEL_SHORT[c[0]]) + room + "号" + pick(["包", "房", ""])
        return room + "号" + pick(["包", "房"])
    if t == "plate":
        if form == "full":
            return c[:3] + "·" + c[3:]
        if form == "nodot":
            return c
        return c[-6:]
    if t == "passport":
        if form == "spaced":
            return c[:2] + " " + c[2:5] + " " + c[5:]
        return c
    if t in ("sn", "student", "frame"):
        if form == "tail4":
            return c[-4:]
        if form == "tail6":
            return c[-6:]
        return c
    raise ValueError(t)


SERIAL_LABEL = {"imei": ["IMEI", "串号", "IMEI号", "imei"], "idno": ["身份证号", "证件号", "号码"], "student": ["学号"],
                "passport": ["护照号", "Passport No."], "wband": ["手环号", "票号", "手环编号"], "card": ["银行卡", "卡号"],
                "sn": ["序列号", "S/N", "SN码", "机身号"], "rental": ["编号", "设备编号", "租赁编号"], "room": ["房号", "房间号"],
                "plate": ["车牌", "牌照"], "frame": ["车架号", "车架编号"]}


def serial_phrase(ser, form, side):
    """Serial with a label, as a person would write it in the body."""
    t = ser["type"]
    txt = serial_text(ser, form)
    if form in ("tail4", "tail6", "short") and t in ("imei", "idno", "card", "sn", "student", "frame", "wband"):
        n = {"tail4": "四", "tail6": "六", "short": "六"}[form]
        if t == "card":
            return pick(["%s尾号%s" % (ser.get("bank", "银行卡"), txt), "卡号后四位%s" % txt, "银行卡尾号%s" % txt])
        if form == "short" and t == "wband":
            return pick(["手环上的号码%s" % txt, "编号%s" % txt])
        return pick(["%s后%s位%s" % (pick(SERIAL_LABEL[t]), n, txt), "%s尾号%s" % (pick(SERIAL_LABEL[t]), txt)])
    if t == "card":
        return pick(["%s卡(%s)" % (ser.get("bank", "银行"), txt), "银行卡%s" % txt])
    return pick(SERIAL_LABEL[t]) + pick(["", ":", "：", " "]) + txt


def serial_phrase_en(ser, form):
    t = ser["type"]
    txt = serial_text(ser, form)
    lab = {"imei": "IMEI", "idno": "ID no.", "student": "student no.", "passport": "passport no.", "wband": "wristband no.",
           "card": "card ending", "sn": "serial", "rental": "unit no.", "room": "room", "plate": "plate", "frame": "frame no."}[t]
    if form in ("tail4", "tail6") and t != "card":
        return "%s ending %s" % (lab, txt)
    return "%s %s" % (lab, txt)


# ------------------------------------------------------------------ objects (hidden truth records)
DEFAULT_PERSONA = [("youth", 28), ("herder", 12), ("family", 16), ("formal", 8), ("foreign", 6), ("pinyin", 3),
                   ("worker", 7), ("desk", 20)]
CN_DOCS = ("id_card", "driver_lic", "student_card")
SCHOOLS = ["塞北师范学院", "北疆理工大学", "燕赵传媒学院", "呼伦职业技术学院", "滨海外国语学院", "晋北农业大学"]
ENVELOPE_WORDS = ["羊钱", "卖羊的钱", "车费", "份子钱", "给额吉", "草场费", "马鞍钱"]
NOCOLOR = ("cash", "id_card", "room_card")


def choose_persona(kind):
    p = KINDS[kind]["persona"]
    persona = wpick(list(p.items())) if p else wpick(DEFAULT_PERSONA)
    if kind in CN_DOCS and persona in ("foreign", "pinyin"):
        persona = "youth"
    if kind == "student_card" and persona in ("formal", "herder"):
        persona = "youth"
    return persona


def person_for(persona):
    if persona == "herder":
        p = new_person("mongol")
    elif persona in ("foreign", "pinyin"):
        p = new_person("foreign")
    elif persona in ("desk", "worker"):
        p = new_person("mongol" if chance(0.35) else "han")
    elif persona == "formal":
        p = new_person("han")
    else:
        p = new_person("mongol" if chance(0.15) else "han")
    if persona == "youth":
        p["age"] = R.randint(18, 29)
    elif persona == "family":
        p["age"] = R.randint(30, 46)
    elif persona == "formal":
        p["age"] = R.randint(45, 66)
    return p


def letters():
    return "".join(pick("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(R.choice([2, 3, 3])))


def make_ident(kind, person):
    year = 2025 - person["age"]
    idno = make_idno(person["sex"], year)
    ident = dict(name=person["name"], sex=person["sex"], nation=person["nation"], idno=idno, year=year)
    if kind == "student_card":
        ident["school"] = pick(SCHOOLS)
    return ident


def gen_object(kind, person, force=None):
    k = KINDS[kind]
    force = force or {}
    obj = dict(kind=kind, cat=k["cat"], brand=None, model=None, color=None, slots={}, params={}, serial=None,
               ident=None, amount=None, owner=person, hotel=None, plate=None)
    if k["brands"]:
        if "brand" in force:
            obj["brand"] = force["brand"]
        else:
            choices = [(b, w) for b, w in k["brands"] if b not in force.get("not_brand", [])] or k["brands"]
            obj["brand"] = wpick(choices)
        if obj["brand"] and k["models"].get(obj["brand"]):
            obj["model"] = force.get("model") or pick(k["models"][obj["brand"]])
    obj["color"] = force.get("color") or wpick(k["colors"])
    for slot, p, vals in k["slots"]:
        if chance(p):
            obj["slots"][slot] = wpick(vals) if vals else pick(list(SLOTS[slot].keys()))
    if obj["brand"] == "festival":
        obj["slots"]["merch"] = "yes"
        obj["color"] = force.get("color") or pick(["black", "white"])
    if kind == "wristband":
        obj["color"] = {"3day": "blue", "vip": "gold", "day2": "orange"}[obj["slots"]["wb_type"]]
    if kind == "beads":
        obj["color"] = {"amber": "yellow", "agate": "red", "bodhi": "brown"}[obj["slots"]["bead_mat"]]
    obj["params"] = dict(L=letters(), L1=pick("ABCDEHJLMSTWY"), P=masked_phone(), W=pick(ENVELOPE_WORDS))
    if kind in CN_DOCS:
        obj["ident"] = make_ident(kind, person)
    if kind == "passport":
        obj["ident"] = dict(name=person["name"], sex=person["sex"], nation=person["nation"], idno=None, year=2025 - person["age"])
    if kind == "wallet" and chance(0.4) and person["kind"] != "foreign":
        obj["ident"] = make_ident("id_card", person)
    if kind in ("backpack", "waistbag") and chance(0.25) and person["kind"] != "foreign":
        obj["ident"] = make_ident("id_card", person)
    if kind == "room_card":
        obj["hotel"] = pick(["h_golden", "h_star", "h_eji"])
    if kind == "car_key":
        obj["plate"] = pick(["蒙H", "蒙H", "蒙A", "京N", "冀G", "蒙D", "晋B"]) + pick(ALNUM[:24]) + "".join(pick(ALNUM) for _ in range(4))
    st = k["serial"]
    if kind == "wallet":
        st = "card" if chance(0.8) else None
    if st:
        obj["serial"] = new_serial(st, obj, person)
    if kind == "cash":
        if person["kind"] == "mongol" and chance(0.6):
            amt = R.randint(30, 120) * 100
        else:
            amt = R.randint(20, 160) * 10 * (5 if chance(0.3) else 1)
        obj["amount"] = amt
        if amt >= 3000 and "cash_wrap" in obj["slots"] and chance(0.5):
            obj["slots"]["cash_wrap"] = "kraft"
    if kind == "wallet":
        obj["amount"] = pick([0, 0, R.randint(1, 30) * 10, R.randint(3, 120) * 10, R.randint(10, 60) * 10 + R.randint(0, 9)])
    if obj["amount"] is not None:
        a = obj["amount"]
        lo = int(a * R.uniform(0.8, 1.0)) // 10 * 10
        hi = (int(a * R.uniform(1.0, 1.25)) + 9) // 10 * 10
        obj["amount_owner"] = (lo, max(hi, lo + 10))
    return obj


# ------------------------------------------------------------------ events: where and when
def place_hours(pid):
    return PLACES[pid]["hours"]


def pick_time_at(pid, day=None):
    g = PLACES[pid]["group"]
    if day is None:
        if g in ("stage", "food", "naadam", "service", "gate"):
            day = wpick([(25, 3), (26, 3.5), (27, 3)])
        else:
            day = wpick([(24, 1), (25, 3), (26, 3), (27, 3), (28, 1.2)])
    h0, h1 = place_hours(pid)
    if g == "naadam" and day not in (25, 26, 27):
        day = 26
    m = T(day) + h0 * 60 + R.randrange(max(1, (h1 - h0) * 60))
    return min(m, NOW - 600)


def is_open(pid, t):
    h0, h1 = place_hours(pid)
    h = (t % 1440) // 60
    return h0 <= h < h1 or h0 <= h + 24 < h1


def next_open(pid, t):
    """t, or the first minute after t at which people are at the place again (plus a little)."""
    if is_open(pid, t):
        return t
    h0 = place_hours(pid)[0]
    day0 = t - t % 1440
    for start in (day0 + h0 * 60, day0 + 1440 + h0 * 60):
        if start > t:
            return start + R.randint(5, 120)
    return t


def prev_open(pid, t):
    """t, or a minute shortly before the place last closed before t."""
    if is_open(pid, t):
        return t
    h0, h1 = place_hours(pid)
    day0 = t - t % 1440
    for end in (day0 + h1 * 60, day0 - 1440 + h1 * 60):
        if end < t:
            return end - R.randint(10, 150)
    return t


def round_down(m, q):
    return m - m % q


def round_up(m, q):
    return m + (-m) % q


def gen_loss(kind, obj=None):
    pid = wpick(KINDS[kind]["places"])
    if obj is not None and obj["slots"].get("tent_state") == "blown" and PLACES[pid]["group"] != "camp":
        pid = wpick(CAMP)
    t = pick_time_at(pid)
    if chance(0.15):
        seen = t - R.randint(6, 30) * 60          # a wide window: "some time that afternoon"
        notice = t + R.randint(3, 20) * 60
    else:
        seen = t - R.randint(5, 200)
        notice = t + R.randint(5, 420)
    q = pick([10, 10, 30, 60])
    seen = round_down(seen, q)
    notice = min(round_up(notice, q), NOW - 30)
    guess = [pid]
    g = PLACES[pid]["group"]
    if g not in ("bus",) and chance(0.18):
        alts = [p for p in NEAR.get(g, []) if PLACES[p]["group"] not in ("service", "pasture")
                and p not in ("town_police", "police_fest", "booth")] or [pid]
        alt = pick(alts)
        if alt != pid:
            guess = [alt, pid] if chance(0.5) else [pid, alt]   # owner not sure: "either here or there"
            if chance(0.3):
                guess = [alt]                                 # owner is wrong about the place
    spot = None
    if g == "camp":
        spot = R.randint(1, 160)
    return dict(place=pid, t=t, seen=seen, notice=notice, guess=guess, spot=spot)


FINDER_HOURS = {"vendor": (8, 26), "medic": (8, 26), "worker_f": (6, 23), "driver": (7, 26), "hotel": (6, 23),
                "herder_f": (5, 22), "volunteer": (8, 26), "booth": (8, 24), "cleaner": (5, 24), "foreign_f": (7, 27)}


def awake(persona, t):
    if persona not in FINDER_HOURS:
        return True
    h0, h1 = FINDER_HOURS[persona]
    h = (t % 1440) // 60
    return h0 <= h < h1 or h0 <= h + 24 < h1


def finder_for(pid, t=None):
    if t is not None and t > T(28, 10) and pid not in ("booth", "police_fest") and \
            PLACES[pid]["group"] in ("stage", "food", "service", "gate", "naadam", "camp", "parking", "shuttle"):
        return wpick([("cleaner", 3), ("security", 2), ("volunteer", 1)])   # the tear-down sweep
    for _ in range(30):
        p = _finder_for(pid)
        if t is None or awake(p, t):
            return p
    return "security" if PLACES[pid]["group"] not in ("town", "far", "county", "hotel") else "desk"


def _finder_for(pid):
    if pid in ("town_police", "police_fest"):
        return "desk"
    if pid == "booth":
        return wpick([("booth", 3), ("desk", 1)])
    if pid in ("town_clinic", "firstaid"):
        return wpick([("medic", 3), ("desk", 1)])
    if pid == "charge":
        return wpick([("volunteer", 2), ("booth", 1), ("goer", 1)])
    g = PLACES[pid]["group"]
    table = {
        "stage": [("volunteer", 3), ("security", 3), ("cleaner", 2), ("goer", 3), ("booth", 2), ("desk", 2), ("foreign_f", 0.5)],
        "food": [("vendor", 4), ("cleaner", 2), ("goer", 2), ("volunteer", 1), ("desk", 1), ("booth", 1)],
        "service": [("booth", 4), ("desk", 3), ("volunteer", 1)],
        "gate": [("security", 4), ("volunteer", 2), ("desk", 1)],
        "camp": [("security", 2), ("cleaner", 2), ("goer", 3), ("volunteer", 1), ("booth", 1), ("foreign_f", 0.4)],
        "parking": [("security", 3), ("goer", 1), ("desk", 1)],
        "shuttle": [("driver", 3), ("volunteer", 2), ("desk", 1)],
        "county": [("driver", 4), ("worker_f", 2), ("desk", 1)],
        "naadam": [("herder_f", 3), ("volunteer", 2), ("security", 1), ("desk", 1), ("goer", 1)],
        "hotel": [("hotel", 5), ("desk", 1)],
        "town": [("vendor", 2), ("herder_f", 2), ("desk", 3)],
        "far": [("herder_f", 2), ("vendor", 2), ("desk", 3), ("goer", 1)],
        "pasture": [("herder_f", 5), ("security", 1)],
    }[g]
    return wpick(table)


def gen_found_for_loss(kind, loss, obj):
    pid = loss["place"]
    g = PLACES[pid]["group"]
    slots = obj["slots"]
    fp = None
    if g == "bus":
        fp = wpick({"bus_k1": [("hsr", 4), ("shuttle_stop", 4), ("booth", 2)],
                    "bus_k2": [("county_depot", 5), ("shuttle_stop", 3), ("booth", 2)],
                    "bus_k3": [("town_st", 4), ("shuttle_stop", 4), ("booth", 2)]}[pid])
    elif kind == "drone":
        fp = "pasture" if chance(0.6) else pid
    elif slots.get("tent_state") == "blown":
        fp = wpick([("camp_fence", 3), ("pasture", 1), (pid, 1)])
    elif pid == "ride" and chance(0.5):
        fp = "ride_trail"
    elif chance(0.55):
        fp = pid
    else:
        fp = pick(NEAR.get(g, [pid]))
    if fp == "naadam" and pid == "naadam":
        fp = pid
    r = R.random()
    if r < 0.4:
        delay = R.randint(8, 120)
    elif r < 0.75:
        delay = R.randint(120, 720)
    elif r < 0.95:
        delay = R.randint(720, 2880)
    else:
        delay = R.randint(2880, 5000)
    if g == "camp" and chance(0.3):
        delay = max(delay, T(28, 9) - loss["t"] + R.randint(0, 300))   # found at the tear-down sweep
    t = next_open(fp, loss["t"] + delay)
    t = min(t, NOW - R.randint(20, 200))
    t = max(t, loss["t"] + 5)
    persona = finder_for(fp, t)
    return dict(place=fp, t=round_down(t, pick([1, 5, 10])) if t - loss["seen"] > 15 else t, persona=persona)


# ------------------------------------------------------------------ who knows what
def new_reveal():
    return dict(color=False, color_fam=None, brand=False, model=False, slots=[], serial=None, name=False,
                amount=False, hidden=[], opened=False, screen=False)


def lost_reveal(obj, persona, terse):
    k = KINDS[obj["kind"]]
    rv = new_reveal()
    sc = 0.45 if terse else 1.0
    if obj["kind"] not in NOCOLOR:
        rv["color"] = chance(0.9 * (0.8 if terse else 1.0))
        rv["color_fam"] = obj["color"]
    if obj["brand"]:
        rv["brand"] = chance((0.92 if obj["cat"] in ("phone", "electronics", "keys", "ebike", "bicycle") else 0.7) * (0.8 if terse else 1))
        rv["model"] = rv["brand"] and obj["model"] is not None and chance(0.5 * sc)
    for slot in sorted(obj["slots"]):
        v = SLOTS[slot][obj["slots"][slot]]
        if chance((0.6 if v["vis"] != "h" else 0.5) * sc):
            rv["slots"].append(slot)
    if obj["serial"]:
        po, _ = SERIAL_P[obj["serial"]["type"]]
        if persona == "desk":
            po = min(1.0, po + 0.15)
        if chance(po * (0.7 if terse else 1.0)):
            rv["serial"] = wpick(SERIAL_FORMS[obj["serial"]["type"]]["o"])
    if obj["ident"]:
        rv["name"] = chance(0.85 if obj["kind"] in CN_DOCS + ("passport",) else 0.55)
    if obj["amount"] is not None:
        rv["amount"] = chance(0.95 if obj["kind"] == "cash" else 0.6)
    if obj["kind"] == "car_key" and chance(0.6):
        rv["hidden"].append("plate")
    if obj["kind"] in ("phone",) and chance(0.3):
        rv["hidden"].append("phone_no")
    return rv


def found_reveal(obj, fpersona):
    k = KINDS[obj["kind"]]
    rv = new_reveal()
    rv["opened"] = obj["kind"] in ("wallet", "backpack", "waistbag", "tote", "camerabag", "camera", "actioncam", "jacket") and \
        chance(0.8 if fpersona in ("desk", "booth", "security", "hotel") else 0.55)
    rv["screen"] = chance(0.6)
    if obj["kind"] not in NOCOLOR:
        rv["color"] = chance(0.92)
        rv["color_fam"] = obj["color"]
        if chance(0.15) and obj["color"] in FINDER_SHIFT:
            rv["color_fam"] = pick(FINDER_SHIFT[obj["color"]])   # seen at night or under stage lights
    if obj["brand"]:
        rv["brand"] = chance(k["fb"])
        rv["model"] = rv["brand"] and obj["model"] is not None and chance(k["fm"])
    for slot in sorted(obj["slots"]):
        v = SLOTS[slot][obj["slots"][slot]]
        if v["vis"] == "h":
            continue
        if v["vis"] == "s" and not rv["screen"]:
            continue
        if v["vis"] == "o" and not rv["opened"]:
            continue
        if chance(0.62):
            rv["slots"].append(slot)
    if obj["serial"]:
        t = obj["serial"]["type"]
        _, pf = SERIAL_P[t]
        if t == "card" and not rv["opened"]:
            pf = 0.0
        if chance(pf):
            rv["serial"] = wpick(SERIAL_FORMS[t]["f"])
    if obj["ident"]:
        if obj["kind"] in CN_DOCS + ("passport",):
            rv["name"] = chance(0.95)
        elif rv["opened"]:
            rv["name"] = chance(0.75)
    if obj["amount"] is not None:
        rv["amount"] = obj["kind"] == "cash" or (rv["opened"] and chance(0.85))
    return rv


# ------------------------------------------------------------------ telling two objects apart
FULL_FORMS = ("full", "spaced", "dashed", "lowx", "nodash", "nodot")


def from_end(canon, form):
    n = len(canon)
    return {n - i: ch for i, ch in known_positions(canon, form).items()}


def serial_conflict(sa, fa, sb, fb):
    if not (sa and sb and fa and fb) or sa["type"] != sb["type"]:
        return False
    if len(sa["canon"]) != len(sb["canon"]):
        if fa in FULL_FORMS and fb in FULL_FORMS:
            return sa["canon"] != sb["canon"]
        ka, kb = from_end(sa["canon"], fa), from_end(sb["canon"], fb)
        common = [i for i in sorted(ka) if i in kb]
        return bool(common) and any(ka[i] != kb[i] for i in common)
    ka = known_positions(sa["canon"], fa)
    kb = known_positions(sb["canon"], fb)
    common = [i for i in sorted(ka) if i in kb]
    return bool(common) and any(ka[i] != kb[i] for i in common)


def serial_agree(sa, fa, sb, fb):
    if not (sa and sb and fa and fb) or sa["type"] != sb["type"]:
        return False
    ka = known_positions(sa["canon"], fa)
    kb = known_positions(sb["canon"], fb)
    common = [i for i in sorted(ka) if i in kb]
    return len(common) >= 4 and all(ka[i] == kb[i] for i in common)


PARAM_KEYS = ("{L}", "{L1}", "{W}", "{P}")


def slot_differs(lo, fo, s):
    a, b = lo["slots"][s], fo["slots"][s]
    if a != b:
        return bool(SLOTS[s][a]["x"])
    v = SLOTS[s][a]
    text = " ".join(v["o"] + v["f"])
    for key in PARAM_KEYS:
        if key in text and lo["params"][key[1:-1]] != fo["params"][key[1:-1]]:
            return True
    return False


# a rented tent or power bank is still a tent or a power bank to someone reading quickly:
# the kind alone does not tell them apart, something else written down must
KIND_FAMILY = {"rental_tent": "tent", "rental_pb": "powerbank"}


def conflicts(lo, lr, fo, fr):
    out = []
    if KIND_FAMILY.get(lo["kind"], lo["kind"]) != KIND_FAMILY.get(fo["kind"], fo["kind"]):
        out.append("kind")
    if lr["color"] and fr["color"] and not confusable(lr["color_fam"], fr["color_fam"]):
        out.append("color")
    if lr["brand"] and fr["brand"] and lo["brand"] != fo["brand"]:
        out.append("brand")
    if lr["model"] and fr["model"] and lo["model"] != fo["model"]:
        out.append("model")
    for s in lr["slots"]:
        if s in fr["slots"] and s in lo["slots"] and s in fo["slots"]:
            if slot_differs(lo, fo, s) and SLOTS[s][fo["slots"][s]]["vis"] != "h":
                out.append("slot:" + s)
    if lr["serial"] and fr["serial"] and serial_conflict(lo["serial"], lr["serial"], fo["serial"], fr["serial"]):
        out.append("serial")
    if lr["name"] and fr["name"] and lo["ident"] and fo["ident"] and lo["ident"]["name"] != fo["ident"]["name"]:
        out.append("name")
    if lr["amount"] and fr["amount"] and lo.get("amount_owner") and fo["amount"] is not None:
        lo_, hi_ = lo["amount_owner"]
        if not (lo_ * 0.9 <= fo["amount"] <= hi_ * 1.1):
            out.append("amount")
    return out


# ------------------------------------------------------------------ the population
PAIR_KINDS = [("phone", 23), ("earbuds", 7), ("powerbank", 5), ("rental_pb", 2), ("camera", 5), ("actioncam", 3),
              ("drone", 3), ("watch", 2), ("id_card", 10), ("driver_lic", 4), ("student_card", 2), ("passport", 2),
              ("wristband", 5), ("wallet", 13), ("cash", 4), ("car_key", 10), ("key_bunch", 3), ("room_card", 2),
              ("backpack", 6), ("waistbag", 5), ("tote", 2), ("camerabag", 1), ("tent", 2), ("rental_tent", 1),
              ("chair", 1), ("sunglasses", 4), ("hat", 3), ("jacket", 4), ("mongol_knife", 2), ("silver_bracelet", 3),
              ("silver_earrings", 2), ("necklace", 2), ("ring", 1), ("beads", 2), ("ebike", 2), ("bicycle", 2)]
UNFOUND_KINDS = [("phone", 11), ("earbuds", 4), ("powerbank", 3), ("rental_pb", 2), ("camera", 2), ("actioncam", 2),
                 ("drone", 2), ("watch", 1), ("id_card", 5), ("driver_lic", 2), ("student_card", 1), ("passport", 1),
                 ("wristband", 4), ("wallet", 9), ("cash", 4), ("car_key", 6), ("key_bunch", 2), ("room_card", 1),
                 ("backpack", 3), ("waistbag", 3), ("tote", 1), ("tent", 1), ("rental_tent", 1), ("sunglasses", 3),
                 ("hat", 3), ("jacket", 3), ("mongol_knife", 1), ("silver_bracelet", 2), ("silver_earrings", 1),
                 ("necklace", 2), ("ring", 1), ("beads", 1), ("ebike", 1), ("bicycle", 1)]
def _strip_classifier(noun):
    for c in ("一部", "一副", "一个", "一台", "一张", "一本", "一条", "一把", "一顶", "一件", "一只", "一枚", "一辆", "一串"):
        noun = noun.replace(c, "")
    return noun


for _k in KINDS:
    KINDS[_k]["zf"] = [_strip_classifier(z) for z in KINDS[_k]["zf"]]
N_PAIRS = sum(n for _, n in PAIR_KINDS)
N_UNFOUND = sum(n for _, n in UNFOUND_KINDS)
assert N_PAIRS == 150 and N_UNFOUND == 90, (N_PAIRS, N_UNFOUND)

# pairs that two people file under different categories: kind -> (owner's category, finder's category)
CROSS = {"wristband": ("id_doc", "other"), "camerabag": ("bag", "electronics"), "mongol_knife": ("other", "jewelry"),
         "beads": ("jewelry", "other")}

NEG_PLAN = [("same_cat_color", 34), ("found_before_loss", 24), ("same_brand_far", 24), ("serial_near_miss", 14),
            ("twin_merch", 10), ("name_twin", 6), ("same_spot_diff_item", 8)]

LOST = []
FOUND = []


def add_lost(kind, paired, force=None):
    persona = choose_persona(kind)
    person = person_for(persona)
    obj = gen_object(kind, person, force)
    loss = gen_loss(kind, obj)
    if kind == "room_card":
        loss["hotel"] = obj["hotel"]
    terse = persona not in ("desk", "formal") and chance(0.2)
    L = dict(obj=obj, persona=persona, loss=loss, terse=terse, cat=obj["cat"], truth=None, idx=len(LOST), decoys=[])
    LOST.append(L)
    if paired:
        fe = gen_found_for_loss(kind, loss, obj)
        F = dict(obj=obj, persona=fe["persona"], place=fe["place"], t=fe["t"], cat=obj["cat"], negative=None,
                 truth_of=L["idx"], idx=len(FOUND), target=None)
        FOUND.append(F)
        L["truth"] = F["idx"]
    return L


def build_population():
    merch_left = {"hat": 1, "jacket": 1}
    for kinds, paired in ((PAIR_KINDS, True), (UNFOUND_KINDS, False)):
        for kind, n in kinds:
            for i in range(n):
                force = None
                if kind in merch_left and merch_left[kind] > 0 and i == 0:
                    force = {"brand": "festival"}
                add_lost(kind, paired, force)
        merch_left = {"hat": 1, "jacket": 1}
    # cross-category pairs: the first paired object of each of these kinds
    done = []
    for L in LOST:
        k = L["obj"]["kind"]
        if L["truth"] is not None and k in CROSS and k not in done:
            L["cat"] = CROSS[k][0]
            FOUND[L["truth"]]["cat"] = CROSS[k][1]
            done.append(k)
    for L in LOST:
        L["rev"] = lost_reveal(L["obj"], L["persona"], L["terse"])
    for F in FOUND:
        F["rev"] = found_reveal(F["obj"], F["persona"])


# ------------------------------------------------------------------ hard negatives (decoys)
def near_place(pid):
    g = PLACES[pid]["group"]
    if g == "bus":
        return pick(["shuttle_stop", "booth", "gate_s"])
    if chance(0.5):
        return pid
    return pick(NEAR.get(g, [pid]))


def time_after(L, max_min):
    a = L["loss"]["seen"] + 10
    b = min(NOW - 20, a + max_min)
    return R.randint(a, max(a, b))


def other_kind_same_cat(kind):
    cat = KINDS[kind]["cat"]
    ks = [k for k in KINDS if KINDS[k]["cat"] == cat and k != kind and k not in ("passport",)]
    return pick(ks) if ks else None


def new_decoy(L, obj, place_id, t, label):
    if label == "found_before_loss" or (label == "same_brand_far" and t < L["loss"]["seen"]):
        t2 = prev_open(place_id, t)
        if t2 < L["loss"]["seen"] - 30:
            t = t2
    else:
        t2 = next_open(place_id, t)
        if L["loss"]["seen"] + 10 <= t2 <= NOW - 20:
            t = t2
    F = dict(obj=obj, persona=finder_for(place_id, t), place=place_id, t=t, cat=obj["cat"], negative=label, truth_of=None,
             idx=len(FOUND), target=L["idx"])
    F["rev"] = found_reveal(obj, F["persona"])
    FOUND.append(F)
    L["decoys"].append(F["idx"])
    return F


def fresh_owner():
    return person_for(wpick([("youth", 3), ("family", 2), ("desk", 2), ("herder", 1), ("worker", 1)]))


def redraw_slots(obj, n):
    names = sorted(obj["slots"])
    R.shuffle(names)
    for s in names[:n]:
        if s in ("merch", "rental", "wb_type"):
            continue
        obj["slots"][s] = pick(list(SLOTS[s].keys()))


def clone_as_other(obj, keep_slots=False):
    """Same kind, brand, model and colour as obj, but a different physical thing with its own owner."""
    o = copy.deepcopy(obj)
    person = fresh_owner()
    if o["kind"] == "passport":
        person = new_person("foreign")
    o["owner"] = person
    if not keep_slots:
        redraw_slots(o, 2)
    o["params"] = dict(L=letters(), L1=pick("ABCDEHJLMSTWY"), P=masked_phone(), W=pick(ENVELOPE_WORDS))
    if o["ident"]:
        if o["kind"] == "passport":
            o["ident"] = dict(name=person["name"], sex=person["sex"], nation=person["nation"], idno=None, year=2025 - person["age"])
        else:
            o["ident"] = make_ident("student_card" if o["kind"] == "student_card" else "id_card", person)
    if o["serial"]:
        o["serial"] = new_serial(o["serial"]["type"], o, person)
    if o["amount"] is not None:
        o = regen_amount(o)
    return o


def regen_amount(o):
    a = o["amount"]
    while True:
        b = max(10, int(a * R.uniform(0.3, 2.5)) // 10 * 10)
        if abs(b - a) > 0.3 * max(a, 1):
            break
    o["amount"] = b
    lo = int(b * 0.9) // 10 * 10
    o["amount_owner"] = (lo, (int(b * 1.15) + 9) // 10 * 10)
    return o


def tweak_serial(ser):
    c = ser["canon"]
    t = ser["type"]
    if t == "imei":
        return dict(ser, canon=near_imei(c))
    if t == "idno":
        return dict(ser, canon=near_idno(c, "M" if int(c[16]) % 2 else "F"))
    if t == "card":
        tail = c[-4:]
        while True:
            nt = tail[0] + "".join(sample(tail[1:], 3)) if chance(0.5) else tail[:2] + rand_digits(2)
            if nt != tail:
                break
        return dict(ser, canon=c[:-4] + nt)
    while True:
        n = len(c)
        i = R.randrange(n - 4, n)
        ch = c[i]
        rep = str(R.randint(0, 9)) if ch.isdigit() else pick(ALNUM)
        out = c[:i] + rep + c[i + 1:]
        if out != c:
            return dict(ser, canon=out)


def pick_targets(eligible, k, prefer_unfound=0.6):
    un = [L for L in eligible if L["truth"] is None and len(L["decoys"]) < 2]
    pa = [L for L in eligible if L["truth"] is not None and len(L["decoys"]) < 2]
    R.shuffle(un)
    R.shuffle(pa)
    out = []
    while len(out) < k and (un or pa):
        src = un if (un and (not pa or chance(prefer_unfound))) else pa
        out.append(src.pop())
    return out


def make_decoys():
    for label, n in NEG_PLAN:
        if label == "same_cat_color":
            elig = [L for L in LOST if L["obj"]["kind"] not in NOCOLOR + ("wristband", "passport") and L["obj"]["cat"] != "id_doc"]
            for L in pick_targets(elig, n):
                kind = L["obj"]["kind"] if chance(0.75) else (other_kind_same_cat(L["obj"]["kind"]) or L["obj"]["kind"])
                force = {"color": L["obj"]["color"]} if len(KINDS[kind]["colors"]) > 1 else {}
                if kind == L["obj"]["kind"] and L["obj"]["brand"]:
                    force["not_brand"] = [L["obj"]["brand"]]
                if kind in ("wristband",) or (kind == "hat" and L["obj"]["brand"] == "festival"):
                    force = {}
                o = gen_object(kind, fresh_owner(), force)
                F = new_decoy(L, o, near_place(L["loss"]["place"]), time_after(L, 36 * 60), label)
                if o["kind"] not in NOCOLOR and L["obj"]["kind"] not in NOCOLOR:
                    L["rev"]["color"] = True
                    F["rev"]["color"] = True
                    F["rev"]["color_fam"] = o["color"]
                if o["brand"] and L["obj"]["brand"] and o["brand"] != L["obj"]["brand"]:
                    L["rev"]["brand"] = True
                    F["rev"]["brand"] = True
        elif label == "found_before_loss":
            elig = [L for L in LOST if L["loss"]["seen"] > T(24, 12)]
            for L in pick_targets(elig, n, 0.5):
                o = clone_as_other(L["obj"])
                t = L["loss"]["seen"] - R.randint(60, 2880)
                pid = near_place(L["loss"]["place"])
                if t < T(24, 12) and PLACES[pid]["group"] in ("stage", "food", "naadam", "service", "gate", "camp"):
                    pid = pick(["town_st", "town_gas", "town_shop", "h_eji"])
                F = new_decoy(L, o, pid, t, label)
                F["rev"]["color"] = o["kind"] not in NOCOLOR
                F["rev"]["color_fam"] = o["color"]
                if o["brand"]:
                    F["rev"]["brand"] = True
        elif label == "same_brand_far":
            elig = [L for L in LOST if L["obj"]["brand"] or L["obj"]["kind"] in ("id_card", "wallet", "key_bunch")]
            for L in pick_targets(elig, n, 0.55):
                o = clone_as_other(L["obj"])
                if chance(0.5):
                    t = R.randint(T(12, 8), max(T(12, 9), L["loss"]["seen"] - 300))
                else:
                    t = min(NOW - 30, L["loss"]["notice"] + R.randint(360, 4320))
                F = new_decoy(L, o, pick(FAR_PLACES), t, label)
                if o["brand"]:
                    F["rev"]["brand"] = True
                    F["rev"]["model"] = o["model"] is not None and chance(0.5)
                F["rev"]["color"] = o["kind"] not in NOCOLOR
                F["rev"]["color_fam"] = o["color"]
        elif label == "serial_near_miss":
            elig = [L for L in LOST if L["obj"]["serial"] and L["obj"]["serial"]["type"] in
                    ("imei", "idno", "card", "sn", "wband", "student", "plate", "frame")]
            for L in pick_targets(elig, n, 0.55):
                o = clone_as_other(L["obj"], keep_slots=True)
                o["serial"] = tweak_serial(L["obj"]["serial"])
                if o["kind"] in CN_DOCS and o["ident"]:
                    o["ident"]["idno"] = o["serial"]["canon"]
                F = new_decoy(L, o, near_place(L["loss"]["place"]), time_after(L, 48 * 60), label)
                if not L["rev"]["serial"]:
                    L["rev"]["serial"] = wpick(SERIAL_FORMS[o["serial"]["type"]]["o"])
                F["rev"]["serial"] = wpick(SERIAL_FORMS[o["serial"]["type"]]["f"])
                if o["brand"]:
                    F["rev"]["brand"] = True
                F["rev"]["color"] = o["kind"] not in NOCOLOR
                F["rev"]["color_fam"] = o["color"]
        elif label == "twin_merch":
            elig = [L for L in LOST if L["obj"]["kind"] in ("wristband", "rental_pb", "room_card", "rental_tent")
                    or L["obj"]["brand"] == "festival"]
            for L in pick_targets(elig, n, 0.5):
                o = clone_as_other(L["obj"], keep_slots=True)
                if o["kind"] == "room_card":
                    o["hotel"] = L["obj"]["hotel"]
                    while o["serial"]["canon"] == L["obj"]["serial"]["canon"]:
                        o["serial"] = new_serial("room", o, o["owner"])
                if o["kind"] in ("hat", "jacket"):
                    redraw_slots(o, 2)
                F = new_decoy(L, o, near_place(L["loss"]["place"]), time_after(L, 30 * 60), label)
                if o["serial"]:
                    if not L["rev"]["serial"]:
                        L["rev"]["serial"] = wpick(SERIAL_FORMS[o["serial"]["type"]]["o"])
                    F["rev"]["serial"] = wpick(SERIAL_FORMS[o["serial"]["type"]]["f"])
                F["rev"]["color"] = True
                F["rev"]["color_fam"] = o["color"]
                for sl in ("merch", "rental"):
                    if sl in o["slots"] and sl not in F["rev"]["slots"]:
                        F["rev"]["slots"].append(sl)
        elif label == "name_twin":
            elig = [L for L in LOST if L["obj"]["kind"] in CN_DOCS]
            for L in pick_targets(elig, n, 0.5):
                o = clone_as_other(L["obj"], keep_slots=False)
                same = L["obj"]["ident"]
                person = dict(o["owner"], name=same["name"], sex=same["sex"], nation=same["nation"])
                o["owner"] = person
                o["ident"] = make_ident(o["kind"], dict(person, age=R.randint(18, 60)))
                o["ident"]["name"] = same["name"]
                if o["kind"] == "student_card":
                    o["ident"]["school"] = pick([s for s in SCHOOLS if s != same.get("school")])
                o["serial"] = new_serial(o["serial"]["type"], o, person)
                F = new_decoy(L, o, near_place(L["loss"]["place"]), time_after(L, 48 * 60), label)
                L["rev"]["name"] = True
                if not L["rev"]["serial"]:
                    L["rev"]["serial"] = wpick(SERIAL_FORMS[o["serial"]["type"]]["o"])
                F["rev"]["name"] = True
                F["rev"]["serial"] = "full" if o["serial"]["type"] != "idno" else pick(["full", "mask64"])
        elif label == "same_spot_diff_item":
            elig = [L for L in LOST if other_kind_same_cat(L["obj"]["kind"]) and PLACES[L["loss"]["place"]]["group"] != "bus"]
            for L in pick_targets(elig, n, 0.6):
                cat = KINDS[L["obj"]["kind"]]["cat"]
                here = [k for k in KINDS if KINDS[k]["cat"] == cat and k != L["obj"]["kind"] and k != "passport"
                        and L["loss"]["place"] in [p for p, w in KINDS[k]["places"]]]
                kind = pick(here) if here else other_kind_same_cat(L["obj"]["kind"])
                o = gen_object(kind, fresh_owner())
                F = new_decoy(L, o, L["loss"]["place"], time_after(L, 180), label)
        else:
            raise ValueError(label)


# ------------------------------------------------------------------ audit: every label must be defensible
def plausible(L, F):
    if F["truth_of"] == L["idx"]:
        return False
    same = F["cat"] == L["cat"] or F["obj"]["kind"] == L["obj"]["kind"]
    return same and F["t"] >= L["loss"]["seen"]


def diff_candidates(L, F):
    lo, fo = L["obj"], F["obj"]
    c = []
    if lo["kind"] not in NOCOLOR and fo["kind"] not in NOCOLOR and not confusable(lo["color"], fo["color"]):
        c.append("color")
    if lo["brand"] and fo["brand"] and lo["brand"] != fo["brand"] and KINDS[fo["kind"]]["fb"] >= 0.3:
        c.append("brand")
    if lo["model"] and fo["model"] and lo["brand"] == fo["brand"] and lo["model"] != fo["model"]:
        c.append("model")
    for s in sorted(lo["slots"]):
        if s in fo["slots"] and slot_differs(lo, fo, s):
            v1, v2 = SLOTS[s][lo["slots"][s]], SLOTS[s][fo["slots"][s]]
            if v1["vis"] != "h" and v2["vis"] != "h":
                c.append("slot:" + s)
    if lo["serial"] and fo["serial"] and lo["serial"]["type"] == fo["serial"]["type"] and lo["serial"]["canon"] != fo["serial"]["canon"]:
        c.append("serial")
    if lo["ident"] and fo["ident"] and lo["ident"]["name"] != fo["ident"]["name"]:
        c.append("name")
    if lo.get("amount_owner") and fo["amount"] is not None:
        a, b = lo["amount_owner"]
        if not (a * 0.9 <= fo["amount"] <= b * 1.1):
            c.append("amount")
    return c


def apply_reveal(L, F, cand):
    lr, fr = L["rev"], F["rev"]
    if cand == "color":
        lr["color"], lr["color_fam"] = True, L["obj"]["color"]
        fr["color"], fr["color_fam"] = True, F["obj"]["color"]
    elif cand == "brand":
        lr["brand"] = fr["brand"] = True
    elif cand == "model":
        lr["brand"] = fr["brand"] = lr["model"] = fr["model"] = True
    elif cand.startswith("slot:"):
        s = cand[5:]
        if s not in lr["slots"]:
            lr["slots"].append(s)
        if s not in fr["slots"]:
            fr["slots"].append(s)
        vis = SLOTS[s][F["obj"]["slots"][s]]["vis"]
        if vis == "s":
            fr["screen"] = True
        if vis == "o":
            fr["opened"] = True
    elif cand == "serial":
        t = L["obj"]["serial"]["type"]
        if not lr["serial"]:
            lr["serial"] = wpick(SERIAL_FORMS[t]["o"])
        if not fr["serial"]:
            fr["serial"] = wpick(SERIAL_FORMS[t]["f"])
        if not serial_conflict(L["obj"]["serial"], lr["serial"], F["obj"]["serial"], fr["serial"]):
            lr["serial"] = "mask44" if t == "card" else "full"
            fr["serial"] = "mask44" if t == "card" else "full"
        if t == "card":
            fr["opened"] = True
    elif cand == "name":
        lr["name"] = fr["name"] = True
        if F["obj"]["kind"] not in CN_DOCS + ("passport",):
            fr["opened"] = True
    elif cand == "amount":
        lr["amount"] = fr["amount"] = True
        if F["obj"]["kind"] != "cash":
            fr["opened"] = True


def mutate_apart(L, F):
    """Nothing either side could see tells the two apart: the owner of one of them marked it.

    The mark goes on the lost report's object when that report is never handed in, on the decoy when
    the found item is a decoy, and otherwise on the lost report's object (its own found item then
    carries the same mark).  Both objects get a tag with their own letters, and both sides mention it."""
    if L["truth"] is None or not F["negative"]:
        tgt, oth = L["obj"], F["obj"]
    else:
        tgt, oth = F["obj"], L["obj"]
    for o in (tgt, oth):
        if "nametag" not in o["slots"]:
            o["slots"]["nametag"] = "yes"
    while tgt["params"]["L"] == oth["params"]["L"]:
        tgt["params"]["L"] = letters()
    apply_reveal(L, F, "slot:nametag")
    return True


AUDIT = dict(passes=0, revealed=0, mutated=0)


def audit():
    for it in range(20):
        bad = 0
        for L in LOST:
            for F in FOUND:
                if not plausible(L, F):
                    continue
                if conflicts(L["obj"], L["rev"], F["obj"], F["rev"]):
                    continue
                bad += 1
                cands = diff_candidates(L, F)
                if cands:
                    apply_reveal(L, F, pick(cands))
                    AUDIT["revealed"] += 1
                elif mutate_apart(L, F):
                    AUDIT["mutated"] += 1
                else:
                    raise SystemExit("cannot tell apart L%d F%d" % (L["idx"], F["idx"]))
        AUDIT["passes"] = it + 1
        if bad == 0:
            break
    else:
        raise SystemExit("audit did not settle")
    for L in LOST:
        if L["truth"] is not None:
            F = FOUND[L["truth"]]
            c = conflicts(L["obj"], L["rev"], F["obj"], F["rev"])
            assert not c, (L["idx"], c)


# ------------------------------------------------------------------ writing: shared bits
CLASSIFIER = {"phone": "一部", "earbuds": "一副", "powerbank": "一个", "rental_pb": "一个", "camera": "一台", "actioncam": "一台",
              "drone": "一架", "watch": "一块", "id_card": "一张", "driver_lic": "一本", "student_card": "一本", "passport": "一本",
              "wristband": "一条", "wallet": "一个", "cash": "一叠", "car_key": "一把", "key_bunch": "一串", "room_card": "一张",
              "backpack": "一个", "waistbag": "一个", "tote": "一个", "camerabag": "一个", "tent": "一顶", "rental_tent": "一顶",
              "chair": "一把", "sunglasses": "一副", "hat": "一顶", "jacket": "一件", "mongol_knife": "一把", "silver_bracelet": "一只",
              "silver_earrings": "一对", "necklace": "一条", "ring": "一枚", "beads": "一串", "ebike": "一辆", "bicycle": "一辆"}
ACTIONS = {
    "stage": ["看演出的时候", "蹦迪的时候", "前排pogo的时候", "挤着看乐队的时候", "跟着大合唱的时候", "等返场的时候"],
    "food": ["排队买烤串的时候", "吃手把肉的时候", "买奶茶的时候", "吃饭的时候", "逛摊子的时候"],
    "service": ["充电的时候", "排队的时候", "问路的时候"],
    "gate": ["排队过安检的时候", "检票的时候", "出门的时候"],
    "camp": ["搭帐篷的时候", "收帐篷的时候", "坐帐篷外面聊天的时候", "半夜出去上厕所的时候", "烤火的时候"],
    "parking": ["停车的时候", "从后备箱拿东西的时候", "找车的时候", "站车边换衣服的时候"],
    "shuttle": ["排队等摆渡车的时候", "上车的时候", "下车的时候"],
    "bus": ["睡着了，下车的时候", "下车太急了", "车上人多挤的时候"],
    "naadam": ["看摔跤的时候", "看赛马的时候", "射箭的时候", "骑马的时候", "坐看台上的时候", "转敖包的时候"],
    "hotel": ["退房的时候", "收拾行李的时候", "吃早饭的时候", "包外面拍照的时候"],
    "town": ["买东西的时候", "加油的时候", "结账的时候", "下车的时候"],
    "county": ["等车的时候", "出站的时候", "上摆渡车前"],
}
ACTIONS_PLACE = {
    "naadam": ["看摔跤的时候", "看搏克的时候", "坐看台上的时候"], "horse": ["看赛马的时候", "在终点等马的时候", "给赛马拍照的时候"],
    "ride": ["骑马的时候", "上马的时候", "下马的时候"], "archery": ["射箭的时候", "看射箭比赛的时候"],
    "obo": ["转敖包的时候", "爬山拍照的时候", "献哈达的时候"], "toilet": ["上厕所的时候", "洗手的时候"],
    "charge": ["充电的时候", "等充电的时候"], "firstaid": ["处理伤口的时候", "在里面休息的时候"],
    "booth": ["问路的时候", "排队的时候"], "police_fest": ["报警的时候"],
    "town_gas": ["加油的时候"], "town_shop": ["结账的时候", "买东西的时候"], "town_clinic": ["看病的时候"],
}
ACTIONS_EN = {"stage": "watching the show", "food": "queueing for food", "service": "waiting there", "gate": "at the security check",
              "camp": "packing up the tent", "parking": "at the car", "shuttle": "getting on the shuttle", "bus": "on the bus",
              "naadam": "watching the wrestling", "hotel": "checking out", "town": "shopping", "county": "at the station"}
EMOJI = ["😭", "🙏", "😭😭", "🙏🙏🙏", "💔", "🥺", "😫", "！！！", "🆘", "😢"]
TYPOS_ZH = [("手机", "手几"), ("钱包", "钱宝"), ("身份证", "身分证"), ("耳机", "耳鸡"), ("充电宝", "充电包"), ("钥匙", "钥是"),
            ("帐篷", "账篷"), ("墨镜", "默镜"), ("项链", "项连"), ("舞台", "午台"), ("停车场", "停车厂"), ("蒙古包", "蒙古饱"),
            ("已经", "以经"), ("左右", "左又"), ("捡到", "检到"), ("的时候", "的时侯"), ("麻烦", "麻凡"), ("联系", "连系"),
            ("附近", "付近"), ("充电", "冲电"), ("帮忙", "帮帮忙"), ("在", "再"), ("一个", "一各"), ("颜色", "言色")]
TYPOS_EN = [("wallet", "walet"), ("received", "recieved"), ("lost", "lsot"), ("please", "pls"), ("thank you", "thx"),
            ("around", "arround"), ("black", "balck")]


def add_typo(text, lang):
    pool = TYPOS_EN if lang == "en" else TYPOS_ZH
    cands = [(a, b) for a, b in pool if a in text]
    if not cands:
        return text
    a, b = pick(cands)
    i = text.find(a)
    return text[:i] + b + text[i + len(a):]


def fmt(phrase, obj):
    p = obj["params"]
    return phrase.replace("{L}", p["L"]).replace("{L1}", p["L1"]).replace("{P}", p["P"]).replace("{W}", p["W"])


def slot_phrase(obj, s, side, lang="zh"):
    v = SLOTS[s][obj["slots"][s]]
    if s == "nametag" and obj["cat"] == "jewelry":
        v = NAMETAG_JEWELRY
    if lang == "en":
        return fmt(v["en"], obj)
    return fmt(pick(v["o"] if side == "o" else v["f"]), obj)


def color_word(fam, side, lang):
    c = COLORS[fam]
    if lang == "en":
        return pick(c["en"])
    if lang == "py":
        return pick(c["py"])
    return pick(c[side])


BRAND_STYLE = {"youth": "any", "herder": [("zh", 6), ("typo", 2), ("en", 2)], "family": [("zh", 5), ("en", 4), ("typo", 1)],
               "formal": [("zh", 7), ("mixed", 3)], "foreign": [("en", 1)], "pinyin": [("py", 1), ("en", 1)], "worker": "any",
               "desk": [("zh", 6), ("mixed", 2), ("en", 2)], "security": [("zh", 5), ("en", 3), ("typo", 2)],
               "volunteer": [("zh", 5), ("en", 4), ("typo", 1)], "cleaner": [("zh", 5), ("en", 2), ("typo", 3)], "goer": "any",
               "vendor": [("zh", 6), ("typo", 2), ("en", 2)], "driver": [("zh", 5), ("en", 3), ("typo", 2)],
               "hotel": [("zh", 5), ("en", 4), ("typo", 1)], "herder_f": [("zh", 6), ("typo", 3), ("en", 1)],
               "booth": [("zh", 5), ("en", 4), ("mixed", 1)], "foreign_f": [("en", 1)], "worker_f": [("zh", 5), ("en", 5)],
               "medic": [("zh", 5), ("en", 5)]}


def brand_for(obj, persona):
    st = BRAND_STYLE.get(persona, "any")
    style = st if isinstance(st, str) else wpick(st)
    return brand_word(obj["brand"], style)


def model_for(obj, side):
    m = obj["model"]
    if obj["brand"] == "apple" and obj["kind"] == "phone" and side == "o" and chance(0.5):
        return short_iphone(m)
    return pick(model_variants(m))


def place_word(pid, lang, spot=None, desk=False):
    p = PLACES[pid]
    if lang == "en":
        w = pick(p["en"])
        return w + (" (spot %d)" % spot if spot else "")
    if lang == "py":
        return pick(p["py"]) + (" %d hao" % spot if spot else "")
    w = p["desk"] if desk else pick(p["zh"])
    if spot:
        z = pid[-1]
        w = pick([w + "%d号营位" % spot, w + "%d号帐篷附近" % spot, "%s%d营位" % (z, spot), w + "第%d号位置" % spot])
    return w


def place_attr(fill):
    if fill == "bare":
        return "body"
    if fill == "rich":
        return wpick([("field", 5), ("both", 4), ("body", 1)])
    return wpick([("field", 3), ("both", 2), ("body", 4)])


def amount_owner_text(obj, lang):
    lo, hi = obj["amount_owner"]
    if lang == "en":
        return "about %d-%d yuan in cash" % (lo, hi)
    if obj["kind"] == "wallet" and obj["amount"] == 0:
        return pick(["里面没什么现金", "现金没有"])
    mid = (lo + hi) // 2
    mid = mid // 100 * 100 if mid >= 1000 else mid // 10 * 10
    return pick(["大概%d到%d块钱" % (lo, hi), "%d左右" % mid, "差不多%d-%d元" % (lo, hi), "估计有%d来块" % mid])


def amount_found_text(obj):
    a = obj["amount"]
    if obj["kind"] == "wallet" and a == 0:
        return pick(["内无现金", "无现金"])
    return pick(["现金%d元" % a, "经清点现金共%d元" % a, "人民币%d元" % a])


def name_text(obj, side, lang, mask=False):
    idt = obj["ident"]
    nm = name_masked(idt["name"]) if mask else idt["name"]
    if lang == "en":
        return "name on it: %s" % nm
    k = obj["kind"]
    if k in CN_DOCS:
        if side == "o":
            return pick(["名字是%s" % nm, "姓名%s" % nm, "上面是%s" % nm])
        extra = ""
        if chance(0.5):
            extra = "，%s，%s，%d年生" % ("男" if idt["sex"] == "M" else "女", idt["nation"], idt["year"])
        if k == "student_card":
            extra = "，%s" % idt.get("school", "")
        return "姓名%s%s" % (nm, extra)
    if k == "passport":
        return ("护照上名字%s" % nm) if side == "o" else ("持照人%s" % nm)
    if side == "o":
        return pick(["里面有我身份证，名字%s" % nm, "有身份证(%s)" % nm])
    return pick(["内有%s的身份证" % nm, "内有身份证一张，姓名%s" % nm])


# ------------------------------------------------------------------ writing a lost report
def collect_bits(obj, rv, side, persona, lang, fill):
    """Decide, attribute by attribute, whether it goes into the body, a field, or both."""
    body, fields, marks = {}, {}, []
    body["details"] = []
    if rv["color"] and rv["color_fam"]:
        pl = place_attr(fill)
        w = color_word(rv["color_fam"], side, lang)
        if pl in ("field", "both"):
            fields["color"] = w if lang == "en" or chance(0.6) else color_word(rv["color_fam"], side, "zh")
        if pl in ("body", "both"):
            body["color"] = w
    if rv["brand"] and obj["brand"]:
        pl = place_attr(fill)
        if pl in ("field", "both"):
            fields["brand"] = brand_for(obj, persona)
        if pl in ("body", "both"):
            body["brand"] = brand_for(obj, persona) if lang == "zh" else (pick(BRANDS[obj["brand"]]["py"]) if lang == "py" else pick(BRANDS[obj["brand"]]["en"]))
    if rv["model"] and obj["model"]:
        pl = place_attr(fill)
        if pl in ("field", "both"):
            fields["model"] = model_for(obj, side)
        if pl in ("body", "both"):
            body["model"] = model_for(obj, side)
    for s in rv["slots"]:
        if s not in obj["slots"]:
            continue
        pl = place_attr(fill)
        if pl in ("field", "both"):
            marks.append(slot_phrase(obj, s, side, "en" if lang == "en" and chance(0.5) else "zh"))
        if pl in ("body", "both"):
            body["details"].append(slot_phrase(obj, s, side, "en" if lang in ("en", "py") else "zh"))
    if rv["serial"] and obj["serial"]:
        pl = place_attr(fill)
        if pl in ("field", "both"):
            fields["serial"] = serial_text(obj["serial"], rv["serial"]) if chance(0.7) else serial_phrase(obj["serial"], rv["serial"], side)
        if pl in ("body", "both"):
            body["serial"] = serial_phrase_en(obj["serial"], rv["serial"]) if lang in ("en", "py") else serial_phrase(obj["serial"], rv["serial"], side)
    if rv["name"] and obj["ident"]:
        t = name_text(obj, side, "en" if lang in ("en", "py") else "zh")
        if fill != "bare" and chance(0.4):
            marks.append(t)
        else:
            body["details"].append(t)
    if rv["amount"] and obj["amount"] is not None:
        t = amount_owner_text(obj, "en" if lang in ("en", "py") else "zh") if side == "o" else amount_found_text(obj)
        if fill != "bare" and chance(0.35):
            marks.append(t)
        else:
            body["details"].append(t)
    if side == "o":
        for h in rv["hidden"]:
            if h == "plate" and obj["plate"]:
                t = pick(["车牌%s" % obj["plate"], "车是%s的" % obj["plate"], "我的车牌号%s" % obj["plate"]]) if lang == "zh" else "car plate %s" % obj["plate"]
                body["details"].append(t)
            if h == "phone_no":
                t = ("手机号%s" % obj["params"]["P"]) if lang == "zh" else "number %s" % obj["params"]["P"]
                body["details"].append(t)
    return body, fields, marks


def noun_zh(obj, side, body, persona):
    k = obj["kind"]
    nouns = KINDS[k]["zo"] if side == "o" else KINDS[k]["zf"]
    noun = nouns[0] if persona in ("desk", "formal") else pick(nouns)
    if k == "earbuds" and obj["brand"] == "apple" and side == "o" and "brand" in body and chance(0.5):
        noun = pick(["AirPods", "airpods", "耳机"])
    color = body.get("color", "")
    brand = body.get("brand", "")
    model = body.get("model", "")
    bm = (brand + ("" if not model else (" " if brand and brand[-1].isascii() and model[0].isascii() else "") + model))
    if model and brand == "" and obj["brand"] == "apple" and k == "phone":
        bm = model
    style = R.randrange(4)
    if not color:
        return bm + noun if bm else noun
    if style == 0:
        return color + ("" if color.endswith("的") or not bm else "") + bm + noun
    if style == 1:
        return color + ("" if color.endswith("的") else "的") + bm + noun
    if style == 2 and bm:
        return bm + noun + "，" + color + ("" if color.endswith("的") else "的")
    return bm + noun + "(" + color + ")"


def noun_en(obj, body):
    parts = [body.get("color", ""), body.get("brand", ""), body.get("model", ""), KINDS[obj["kind"]]["en"]]
    return " ".join(p for p in parts if p)


def herder_flavor(s):
    reps = [("丢了", pick(["丢了嘛", "找不见了", "丢下了", "丢了"])), ("不知道", pick(["不知道", "不晓得"])),
            ("。", pick(["。", "嘛。", "的呢。", "。"]))]
    for a, b in reps:
        if a in s and chance(0.6):
            i = s.find(a)
            s = s[:i] + b + s[i + len(a):]
    return s


def lost_body(L, body):
    obj, persona, loss = L["obj"], L["persona"], L["loss"]
    person = obj["owner"]
    g = PLACES[loss["guess"][0]]["group"]
    det = body["details"]
    serial = body.get("serial")
    spot = loss["spot"] if loss["guess"][0] == loss["place"] and loss["spot"] and chance(0.6) else None
    if persona == "foreign":
        what = noun_en(obj, body)
        where = " or ".join(place_word(p, "en") for p in loss["guess"])
        doing = {"horse": "watching the horse race", "ride": "riding", "archery": "trying archery", "obo": "walking up the obo hill",
                 "toilet": "at the toilets"}.get(loss["guess"][0], ACTIONS_EN.get(g, "walking around"))
        when = window_en(loss["seen"], loss["notice"])
        if L["terse"]:
            return "Lost %s at %s, %s." % (what, where, when)
        s = pick(["Hi, I lost my %s at %s %s." % (what, where, when),
                  "Lost: %s. Probably at %s, %s, while %s." % (what, where, when, doing),
                  "Hello! My %s went missing %s, I think at %s." % (what, when, where)])
        if det:
            s += " " + pick(["Details: ", "It has ", ""]) + "; ".join(det) + "."
        if serial:
            s += " " + serial + "."
        s += " " + pick(["Please contact me through the info desk, thank you!", "I am staying at the camp until Monday. Thanks a lot!",
                         "Any help is appreciated, it has all my photos.", "Reward if found!", "Thank you so much."])
        if chance(0.2):
            s = add_typo(s, "en")
        return s
    if persona == "pinyin":
        model = body.get("model", "")
        if model and not model.isascii():
            det = det + [model]       # a pinyin writer copies a Chinese model name from the box, in brackets
            model = ""
        what = " ".join(x for x in [body.get("color", ""), body.get("brand", ""), model, KINDS[obj["kind"]]["py"]] if x)
        s = "wo de %s diu le, zai %s, %s." % (what, place_word(loss["guess"][0], "py", spot), when_py(loss["t"]))
        if det:
            s += " (" + "; ".join(det) + ")"
        if serial:
            s += " " + serial
        return s + pick([" xie xie!", " qing lianxi wo, xiexie", " thanks"])
    what = noun_zh(obj, "o", body, persona)
    names = [place_word(p, "zh", spot if p == loss["place"] else None) for p in loss["guess"]]
    if len(names) > 1:
        where_at = pick(["在%s或者%s" % tuple(names), "不是在%s就是在%s" % tuple(names), "在%s还是%s(记不清了)" % tuple(names)])
    else:
        where_at = "在" + names[0]
    when = window_talk(loss["seen"], loss["notice"])
    act = pick(ACTIONS_PLACE.get(loss["guess"][0]) or ACTIONS.get(g, ["走着走着"]))
    tail_det = ("，".join(det)) if det else ""
    if L["terse"]:
        if persona == "youth":
            s = pick(["%s丢了%s %s" % (where_at[1:] if where_at.startswith("在") else where_at, what, pick(EMOJI)),
                      "%s %s丢的 急" % (what, where_at), "救命 %s丢了%s" % (where_at, what)])
        elif persona == "herder":
            s = herder_flavor(pick(["%s丢了。%s" % (what, where_at), "%s%s丢了" % (where_at, what)]))
        else:
            s = pick(["%s遗失%s" % (where_at, what), "%s丢了，%s" % (what, where_at)])
        if tail_det:
            s += "，" + tail_det
        if serial:
            s += " " + serial
        return tidy(s)
    if persona == "desk":
        nm = person["name"] if chance(0.5) else name_masked(person["name"])
        sex = "男" if person["sex"] == "M" else "女"
        s = "报失人%s(%s，%d岁，%s%s)称：其于%s在%s%s遗失%s%s" % (
            nm, sex, person["age"], person["home"] + "人" if person["kind"] != "foreign" else person["nation"] + "籍",
            "" if person["kind"] != "mongol" or chance(0.5) else "，蒙古族",
            window_desk(loss["seen"], loss["notice"]), "或".join(place_word(p, "zh", desk=True) for p in loss["guess"]),
            pick(["", act.replace("的时候", "时")]), CLASSIFIER.get(obj["kind"], ""), what)
        s += "。"
        if tail_det:
            s += "物品特征：" + tail_det + "。"
        if serial:
            s += serial + "。"
        s += pick(["", "报失人留有联系方式。", "已告知报失人留意失物招领信息。", "报失人称当时人多，未发现被盗迹象。",
                   "报失人不能确定具体遗失地点。"])
        return tidy(s)
    if persona == "youth":
        open_ = pick(["救命😭", "家人们谁懂啊，", "急急急！！", "呜呜呜，", "", "有没有人捡到！", "蹲一个好心人，", "寻物启事！"])
        s = "%s%s%s%s把%s弄丢了%s" % (open_, when, where_at, act, what, pick(EMOJI))
        if tail_det:
            s += pick(["，", " ", "。"]) + tail_det
        if serial:
            s += pick(["，", " ", "。"]) + serial
        s += pick(["。捡到的宝子求联系🙏🙏", "！好心人捡到请交服务台，必有重谢！！", "，求求了里面东西很重要😭", "，家人们帮帮忙",
                   " 拜托拜托", "。真的很重要 求扩散"])
    elif persona == "herder":
        open_ = pick(["赛音白努，", "我是%s的%s，" % (person["home"], person["name"]), "", "那个，", "我们是%s来的，" % person["home"]])
        s = "%s%s%s%s，%s丢了。" % (open_, when, where_at, act, what)
        if tail_det:
            s += tail_det + "。"
        if serial:
            s += serial + "。"
        extra = "是额吉给的，" if obj["cat"] == "jewelry" and chance(0.5) else ""
        s += extra + pick(["捡到的人交给派出所嘛，巴雅尔拉。", "谁捡到了给我说一下，谢谢了。", "找到的话打电话，我汉字写得不好。", "麻烦你们了。"])
        s = herder_flavor(s)
    elif persona == "family":
        open_ = pick(["我们一家自驾过来的，", "带孩子来看那达慕，", "", "你好，", "我们从%s开车过来玩，" % person["home"]])
        s = "%s%s%s%s丢了%s%s，" % (open_, when, where_at, act, CLASSIFIER.get(obj["kind"], ""), what)
        if tail_det:
            s += tail_det + "，"
        if serial:
            s += serial + "，"
        s += pick(["麻烦帮忙留意，谢谢！", "孩子急得直哭，拜托大家了。", "有消息请联系，谢谢。", "可能是孩子拿着玩弄丢的。"])
    elif persona == "formal":
        open_ = pick(["本人%s，%s人，" % (person["name"], person["home"]), "您好，", ""])
        s = "%s于%s%s遗失%s%s。" % (open_, when[1:] if when.startswith("从") else when, where_at, CLASSIFIER.get(obj["kind"], ""), what)
        if tail_det:
            s += "特征：" + tail_det + "。"
        if serial:
            s += serial + "。"
        s += pick(["望拾到者与我联系，定当酬谢。", "特此登记。", "恳请帮助查找。"])
    else:  # worker
        role = pick(["美食街卖烤串的", "市集摆摊的", "安保队的", "摆渡车司机", "志愿者", "马队的", "舞台搭建的"])
        s = "我是%s，%s%s把%s丢了" % (role, when, where_at, what)
        if tail_det:
            s += "，" + tail_det
        if serial:
            s += "，" + serial
        s += pick(["。捡到的同事说一声。", "，麻烦了。", "，谢谢大家。"])
    if chance(0.2):
        s = add_typo(s, "zh")
    return tidy(s)


def tidy(s):
    for a, b in (("！。", "！"), ("！；", "！"), ("！，", "！"), ("!。", "!"), ("。。", "。"), ("，，", "，"), ("，。", "。"), ("。，", "。"), ("；。", "。"),
                 ("！，", "！"), ("  ", " ")):
        while a in s:
            s = s.replace(a, b)
    return s.strip()


# ------------------------------------------------------------------ writing a found registration
FOUND_SPOTS = {
    "stage": ["前排栏杆边", "地上", "调音台旁边", "舞台左侧通道", "垃圾桶旁"],
    "food": ["摊位桌子上", "座位底下", "烤串摊前面", "垃圾桶旁边"],
    "service": ["门口", "旁边地上", "桌子底下"],
    "gate": ["安检传送带旁", "检票口地上", "排队护栏边"],
    "camp": ["通道上", "帐篷位旁边的草地上", "篝火堆旁", "水房洗手池边"],
    "parking": ["车位之间的草地上", "停车场出口", "一辆车旁边"],
    "shuttle": ["候车区长椅上", "站牌底下"],
    "county": ["候车厅座椅上", "出站口"],
    "naadam": ["看台座位上", "看台下面", "围栏边", "草地上"],
    "hotel": ["蒙古包里床头", "餐厅桌上", "包门口"],
    "town": ["路边", "店门口", "柜台上"],
    "far": ["路边", "店门口", "院子外面"],
    "pasture": ["草场里", "围栏边", "牛粪堆旁边", "小路边"],
}


def found_body(F, body):
    obj, persona = F["obj"], F["persona"]
    pid = F["place"]
    g = PLACES[pid]["group"]
    det = body["details"]
    serial = body.get("serial")
    spots = [x for x in FOUND_SPOTS.get(g, ["地上"]) if x not in PLACES[pid]["zh"][0] and x[:2] not in " ".join(PLACES[pid]["zh"])]
    spot = pick(spots or ["地上"])
    tail_det = "，".join(det)
    t = F["t"]
    if persona == "foreign_f":
        what = noun_en(obj, body)
        s = "Found %s near %s (%s), %s. " % ("a " + what if not what.startswith(("a ", "an ")) else what,
                                             place_word(pid, "en"), pick(["on the ground", "under a bench", "by the fence", "on a table"]),
                                             when_en(t))
        if det:
            s += pick(["Details: ", "Notes: ", "Looks like: "]) + "; ".join(det) + ". "
        if serial:
            s += serial + ". "
        return tidy(s + pick(["Handed it to the info desk.", "Gave it to the volunteers at the booth.", "Left it with security."]))
    what = noun_zh(obj, "f", body, persona)
    where = place_word(pid, "zh")
    clf = CLASSIFIER.get(obj["kind"], "")
    when = when_talk(t)
    unknown_place = F.get("unknown_place")
    if persona == "security":
        team = pick(["安保%d组" % R.randint(1, 9), "夜班安保", "巡逻队员", "安保员%s" % pick(HAN_SUR) + pick(["师傅", "某"])])
        s = "%s%s巡逻至%s，在%s拾得%s%s" % (team, when, where, spot, clf, what)
    elif persona == "volunteer":
        s = pick(["志愿者%s在%s%s捡到%s" % (pick(HAN_SUR) + pick(HAN_GIVEN), where, spot, what),
                  "%s志愿者在%s发现%s%s" % (when, where, clf, what)])
    elif persona == "cleaner":
        s = "保洁%s姐%s在%s打扫时在%s发现%s" % (pick(HAN_SUR), when, where, spot, what)
    elif persona == "goer":
        s = pick(["在%s%s捡到%s%s！" % (where, spot, clf, what), "%s在%s地上捡的%s" % (when, where, what),
                  "捡到%s，%s那边" % (what, where)])
    elif persona == "vendor":
        if pid == "town_shop":
            s = "%s收银员%s在柜台上发现顾客落下的%s" % (where, when, what)
        elif pid == "town_gas":
            s = "%s员工%s在加油机旁边捡到%s" % (where, when, what)
        elif pid == "town_st":
            s = "我在%s开小卖部，%s门口捡到%s" % (where, when, what)
        else:
            s = "我在%s摆摊，%s有人把%s落在我%s了" % (where, when, what, pick(["摊位上", "桌子上", "凳子上"]))
    elif persona == "medic":
        s = "%s医护人员%s在处置床边发现%s，可能是来处理伤口的游客落下的" % (where, when, what)
    elif persona == "driver":
        line = pick(["K1", "K2", "K3"]) if g in ("shuttle", "county", "town") else "摆渡车"
        s = "%s线司机%s师傅%s收车检查时在车厢%s发现%s，车停%s" % (line, pick(HAN_SUR), when, pick(["后排座位底下", "座位缝里", "行李架上", "最后一排"]), what, where)
    elif persona == "hotel":
        s = "%s服务员%s打扫%d号包时发现客人遗留%s%s" % (where, when, R.randint(1, 40), clf, what)
    elif persona == "herder_f":
        if g == "pasture":
            s = pick(["我放羊的时候在%s%s捡到%s" % (where, spot, what), "%s在%s捡到的%s，送过来了" % (when, where, what),
                      "%s%s有%s%s，我给捡回来了" % (where, spot, clf, what)])
        else:
            s = pick(["我是附近嘎查的牧民，%s在%s%s捡到%s" % (when, where, spot, what), "%s在%s捡到的%s，送过来了" % (when, where, what),
                      "%s%s有%s%s，我给捡回来了" % (where, spot, clf, what)])
    elif persona == "worker_f":
        s = "站务人员%s在%s%s拾得%s" % (when, where, spot, what)
    elif persona == "booth":
        if unknown_place:
            s = "%s有游客交到失物招领处：%s%s。拾得地点不详" % (when, clf, what)
        else:
            s = "游客送交%s%s，称在%s%s捡到" % (clf, what, where, spot)
    else:  # desk
        nm = pick(HAN_SUR) + "某" + pick(["", "某"]) if chance(0.7) else pick(MONGOL)
        if pid in ("town_police", "police_fest", "booth"):
            s = "群众%s于%s将拾得的%s%s送至%s，%s" % (nm, when_desk(t, chance(0.5)), clf, what, place_word(pid, "zh", desk=True),
                                              pick(["拾得地点不详", "称在附近路边捡到", "称在门口地上捡到", "未说明拾得地点"]))
        else:
            s = "群众%s于%s在%s拾得%s%s，送交%s" % (nm, when_desk(t, chance(0.5)), place_word(pid, "zh", desk=True), clf, what,
                                             pick(["本所", "现场警务站", "派出所"]))
    if tail_det:
        s += pick(["。", "，", "；"]) + ("特征：" if persona in ("desk", "booth", "security") and chance(0.5) else "") + tail_det
    if serial:
        s += pick(["。", "，"]) + serial
    state = []
    if obj["kind"] in ("phone", "watch") and not F["rev"]["screen"]:
        state.append(pick(["已关机", "没电了，开不了机", "屏幕点不亮"]))
    elif obj["kind"] == "phone" and chance(0.4):
        state.append(pick(["有锁屏密码，打不开", "一直有电话打进来，没敢接", "来电显示“妈妈”，没接通"]))
    s += ("，" + "，".join(state)) if state else ""
    if persona == "desk":
        s += pick(["。", "。已登记。", "。等失主来领。"])
    elif persona == "booth":
        s += pick(["。", "。暂存服务台。", "。已登记。"])
    else:
        s += pick(["。", "。已交失物招领处。", "。暂存服务台。", "。", "。等失主来领。", "。已登记。"])
    if persona not in ("desk",) and chance(0.12):
        s = add_typo(s, "zh")
    return tidy(s)


# ------------------------------------------------------------------ records
def choose_fill(persona, side):
    if side == "o":
        if persona == "desk":
            return wpick([("rich", 6), ("mid", 4)])
        return wpick([("rich", 3), ("mid", 3.5), ("bare", 3.5)])
    if persona in ("desk", "booth"):
        return wpick([("rich", 6), ("mid", 3), ("bare", 1)])
    return wpick([("rich", 4), ("mid", 3.5), ("bare", 2.5)])


def jitter_pt(pid):
    return coords_of(pid, True)


def lost_record(L):
    obj, rv, persona = L["obj"], L["rev"], L["persona"]
    lang = "en" if persona == "foreign" else ("py" if persona == "pinyin" else "zh")
    fill = choose_fill(persona, "o")
    if L["terse"] and fill == "rich":
        fill = "mid"
    body_bits, fields, marks = collect_bits(obj, rv, "o", persona, lang, fill)
    body = clamp_text(lost_body(L, body_bits), 600)
    loss = L["loss"]
    rec = {"key": None, "category": L["cat"], "body": body}
    for f in ("color", "brand", "model", "serial"):
        if f in fields:
            rec[f] = fields[f][:60]
    gp = loss["guess"][0]
    if fill != "bare" and chance(0.8):
        spot = loss["spot"] if gp == loss["place"] and loss["spot"] else None
        rec["address"] = clamp_text(place_word(gp, "en" if lang == "en" and chance(0.5) else "zh", spot,
                                               desk=persona == "desk" and chance(0.6)), 60)
    if marks:
        rec["marks"] = clamp_text("；".join(marks), 500)
    if PLACES[gp]["lat"] is not None and chance(0.62):
        pt = jitter_pt(gp)
        rec["lat"], rec["lon"] = pt
    elif PLACES[gp]["group"] == "bus" and chance(0.25):
        pt = jitter_pt("shuttle_stop")
        rec["lat"], rec["lon"] = pt
    rec["lost_from_min"] = NOW - loss["seen"]
    rec["lost_to_min"] = NOW - loss["notice"]
    rec["truth"] = L["truth"]
    return rec


def found_record(F):
    obj, rv, persona = F["obj"], F["rev"], F["persona"]
    lang = "en" if persona == "foreign_f" else "zh"
    fill = choose_fill(persona, "f")
    body_bits, fields, marks = collect_bits(obj, rv, "f", persona, lang, fill)
    if persona == "booth" and F["place"] not in ("booth",) and chance(0.4):
        F["unknown_place"] = True
    body = clamp_text(found_body(F, body_bits), 600)
    rec = {"key": None, "category": F["cat"], "body": body}
    for f in ("color", "brand", "model", "serial"):
        if f in fields:
            rec[f] = fields[f][:60]
    pid = "booth" if F.get("unknown_place") else F["place"]
    if fill != "bare" and chance(0.85):
        rec["address"] = clamp_text(place_word(pid, "en" if lang == "en" else "zh", desk=persona == "desk"), 60)
    if marks:
        rec["marks"] = clamp_text("；".join(marks), 500)
    if PLACES[pid]["lat"] is not None and chance(0.75):
        rec["lat"], rec["lon"] = jitter_pt(pid)
    rec["found_at_min"] = NOW - F["t"]
    if F["negative"]:
        rec["negative"] = F["negative"]
    return rec


# ------------------------------------------------------------------ main
def build():
    build_population()
    make_decoys()
    audit()
    lost_recs = [lost_record(L) for L in LOST]
    found_recs = [found_record(F) for F in FOUND]
    lorder = list(range(len(LOST)))
    forder = list(range(len(FOUND)))
    R.shuffle(lorder)
    R.shuffle(forder)
    fkey = {}
    for n, i in enumerate(forder):
        fkey[i] = "%s-F%04d" % (PFX, n + 1)
        found_recs[i]["key"] = fkey[i]
    for n, i in enumerate(lorder):
        lost_recs[i]["key"] = "%s-L%04d" % (PFX, n + 1)
        t = lost_recs[i]["truth"]
        lost_recs[i]["truth"] = fkey[t] if t is not None else None
    lost_out = [lost_recs[i] for i in lorder]
    found_out = [found_recs[i] for i in forder]
    return {"seed": SEED, "made_by": "tests/lostfound/make_set73.py",
            "parts": {PART: {"found": found_out, "lost": lost_out}}}


def main():
    data = build()
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    if "--quiet" not in sys.argv:
        part = data["parts"][PART]
        negs = {}
        for f in part["found"]:
            if "negative" in f:
                negs[f["negative"]] = negs.get(f["negative"], 0) + 1
        print("wrote %s: %d lost (%d with truth), %d found; negatives %s; audit %s" % (
            OUT, len(part["lost"]), sum(1 for l in part["lost"] if l["truth"]), len(part["found"]),
            json.dumps(negs, ensure_ascii=False, sort_keys=True), json.dumps(AUDIT, sort_keys=True)))


if __name__ == "__main__":
    main()
