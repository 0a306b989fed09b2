#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes tests/lostfound/set81.json, a blind labelled lost-and-found set.

World: 衡原县人民医院 (an invented large county hospital) and the streets around it in the
invented central-plains city of 衡原, in winter.  Every person, place, model and number is
invented.  Each object is first drawn as a hidden truth record; the lost report and the found
registration are then written from it separately, each in its own voice and knowing only what
that person could know.  Python 3 standard library only, one random.Random(SEED); no set or
dict is iterated in an order that depends on hashing.
"""
import copy
import json
import math
import os
import random
import re

SEED = 8181
PFX = "S81"
PART = "set81"
N_PAIRS, N_UNMATCHED, N_NEG = 150, 90, 120
MAXMIN = 172800
NOW_HOUR = 10   # nominal clock time of the registration moment; only used for time words
R = random.Random(SEED)
OUT = os.environ.get("SET81_OUT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "set81.json")


def ch(seq):
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def sample(seq, k):
    seq = list(seq)
    return R.sample(seq, max(0, min(k, len(seq))))


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- numbers with check digits
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
REGIONS = ["411721", "411723", "411725", "411702", "410122", "411422", "411526", "410883"]


def id_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def make_idno(age, sex, region=None):
    region = region or ch(REGIONS)
    year = 2025 - age
    body = "%s%04d%02d%02d%02d" % (region, year, R.randint(1, 12), R.randint(1, 28), R.randrange(100))
    sexd = ch("13579") if sex == "M" else ch("02468")
    s17 = body + sexd
    return s17 + id_check(s17)


def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def make_imei():
    s14 = "86" + digits(6) + digits(6)
    return s14 + luhn_digit(s14)


def other_digit(c):
    return ch([d for d in "0123456789" if d != c])


def near_serial(kind, v):
    """A different but confusable number of the same kind (check digits kept valid)."""
    if kind == "imei":
        i = R.randint(9, 13)
        s14 = v[:i] + other_digit(v[i]) + v[i + 1:14]
        return s14 + luhn_digit(s14)
    if kind == "idno":   # same place and birthday, another sequence number: a twin's card
        i = ch([14, 15])
        s17 = v[:i] + other_digit(v[i]) + v[i + 1:17]
        return s17 + id_check(s17)
    if kind == "plate":
        i = R.randint(len(v) - 5, len(v) - 1)
        return v[:i] + other_digit(v[i]) + v[i + 1:]
    s = list(v)
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    if not idx:
        s[-1] = ch([c for c in ALNUM if c != s[-1]])
        return "".join(s)
    i = ch(idx[-4:]) if len(idx) >= 4 else ch(idx)
    s[i] = other_digit(s[i])
    return "".join(s)


ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def alnum(n):
    return "".join(ch(ALNUM) for _ in range(n))


# ---------------------------------------------------------------- invented people
SURN = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文牛岳申")
OLD_F = ["秀英", "桂兰", "凤英", "玉兰", "秀兰", "桂英", "玉梅", "翠花", "金花", "素芳", "春梅", "淑珍", "凤兰", "爱莲", "桂芝", "秀珍", "巧云", "月娥"]
OLD_M = ["建国", "国强", "德福", "长海", "春生", "金贵", "保国", "永福", "振华", "国庆", "文明", "建军", "守义", "富贵", "来福", "满仓", "书田", "广才"]
MID_F = ["丽娟", "红霞", "晓燕", "海燕", "艳玲", "彩霞", "丽萍", "秀梅", "小芳", "慧敏", "雪梅", "玉洁"]
MID_M = ["海涛", "志刚", "建华", "卫东", "红军", "晓东", "伟", "军", "勇", "磊", "鹏", "国栋", "振宇"]
YNG_F = ["欣怡", "雨桐", "梓涵", "诗琪", "佳怡", "静怡", "一诺", "思雨", "婉婷", "若曦", "晓琳", "梦瑶", "可馨"]
YNG_M = ["浩然", "子轩", "宇航", "俊杰", "博文", "泽宇", "皓轩", "一鸣", "天佑", "嘉豪", "明哲", "志远", "俊熙"]
EN_FIRST = ["Amara", "Kofi", "Priya", "Tariq", "Nadia", "Samuel", "Ayesha", "Daniel", "Fatou", "Ibrahim", "Lucas", "Zainab", "Rohan", "Grace", "Yusuf", "Leila"]
EN_LAST = ["Okoro", "Adebanjo", "Karimova", "Shrestha", "Nwosu", "Haddad", "Kamara", "Osei", "Rahman", "Mwangi", "Ferreira", "Baptiste", "Qureshi", "Danso"]
TOWNS = ["城关镇", "柳河镇", "杜庄乡", "白沙镇", "王屯乡", "石桥镇", "马集乡", "孙营镇", "槐树镇", "芦岗乡"]
VILLS = ["前李村", "后王庄", "大刘庄", "西杨村", "小寨村", "东赵村", "北孟村", "河湾村", "三里井村", "高台村"]
WARDS = ["内科7病区", "心内科", "呼吸科5病区", "骨科2病区", "神经内科", "肾内科", "普外科", "儿科", "老年病科", "ICU"]


def make_name(age, sex):
    s = ch(SURN)
    if age >= 58:
        g = ch(OLD_F if sex == "F" else OLD_M)
    elif age >= 32:
        g = ch(MID_F if sex == "F" else MID_M)
    else:
        g = ch(YNG_F if sex == "F" else YNG_M)
    return s + g


AGES = {"elder": (65, 88), "child": (34, 58), "nurse": (22, 46), "cleaner": (45, 63), "guard": (38, 60),
        "student": (19, 26), "driver": (27, 52), "rural": (38, 72), "intl": (20, 29), "pinyin": (19, 31),
        "family": (28, 62)}


def person(voice):
    sex = ch("MF")
    lo, hi = AGES[voice]
    age = R.randint(lo, hi)
    if voice == "intl":
        name = "%s %s" % (ch(EN_FIRST), ch(EN_LAST))
    else:
        name = make_name(age, sex)
    per = {"voice": voice, "sex": sex, "age": age, "name": name, "rel": None}
    per["subj"] = {"sex": sex, "age": age, "name": name}
    if voice == "child" or (voice == "rural" and p(0.45)) or (voice == "family" and p(0.3)):
        psex = ch("MF")
        page = R.randint(62, 89)
        pname = (name[0] if psex == "M" and voice != "intl" else ch(SURN)) + ch(OLD_F if psex == "F" else OLD_M)
        per["subj"] = {"sex": psex, "age": page, "name": pname}
        if voice == "rural":
            per["rel"] = ch(["俺娘", "俺婆子", "俺奶"]) if psex == "F" else ch(["俺爹", "俺爷", "俺家老头"])
        else:
            per["rel"] = ch(["我妈", "我母亲", "我婆婆", "老太太"]) if psex == "F" else ch(["我爸", "我父亲", "我公公", "老爷子"])
    per["village"] = ch(TOWNS) + ch(VILLS)
    return per


# ---------------------------------------------------------------- colours and brands
COL = {
    "black": (["黑色", "黑", "深色", "哑光黑", "黑的", "纯黑", "亮黑色", "曜石黑"], "black", "hei se"),
    "white": (["白色", "白", "乳白色", "珍珠白", "白的"], "white", "bai se"),
    "silver": (["银色", "银白色", "银灰色", "银的"], "silver", "yin se"),
    "gold": (["金色", "香槟金", "土豪金", "金的"], "gold", "jin se"),
    "red": (["红色", "大红", "酒红色", "红的"], "red", "hong se"),
    "blue": (["蓝色", "深蓝", "藏青色", "宝蓝色", "蓝的"], "blue", "lan se"),
    "grey": (["灰色", "深灰", "浅灰色", "灰的"], "grey", "hui se"),
    "brown": (["棕色", "咖啡色", "褐色", "棕的"], "brown", "zong se"),
    "green": (["绿色", "墨绿", "军绿色", "绿的"], "green", "lv se"),
    "pink": (["粉色", "粉红色", "粉的"], "pink", "fen se"),
    "purple": (["紫色", "淡紫色", "紫的"], "purple", "zi se"),
    "beige": (["米色", "米白色", "卡其色", "肉色"], "beige", "mi se"),
    "yellow": (["黄色", "明黄", "黄的"], "yellow", "huang se"),
}
# how a finder under a corridor light may see the same colour a little differently
DRIFT = {"black": ["深灰色", "藏青色", "黑灰色"], "white": ["米白色", "银白色"], "silver": ["灰色", "浅灰"],
         "grey": ["黑色", "银灰色"], "blue": ["深色", "紫蓝色"], "brown": ["深红色", "黑褐色"],
         "red": ["玫红色", "暗红"], "pink": ["浅紫色"], "gold": ["黄色"], "beige": ["白色", "浅棕色"],
         "green": ["深绿偏灰"], "purple": ["藕荷色"], "yellow": ["土黄"]}

BR = {
    "huawei": (["华为", "HUAWEI", "Huawei", "华伟", "huawei", "华为牌"], "Huawei", "huawei"),
    "apple": (["苹果", "iPhone", "Apple", "苹过", "apple", "爱疯"], "Apple", "pingguo"),
    "xiaomi": (["小米", "Xiaomi", "MI", "xiaomi", "小米牌"], "Xiaomi", "xiaomi"),
    "oppo": (["OPPO", "oppo", "欧珀", "Oppo"], "OPPO", "oppo"),
    "vivo": (["vivo", "VIVO", "维沃", "步步高vivo"], "vivo", "vivo"),
    "honor": (["荣耀", "HONOR", "Honor", "荣耀牌", "容耀"], "Honor", "rongyao"),
    "samsung": (["三星", "Samsung", "SAMSUNG", "叁星"], "Samsung", "sanxing"),
    "shouhu": (["守护宝", "SHOUHUBAO", "守户宝"], "Shouhubao", "shouhubao"),
    "lenovo": (["联想", "Lenovo", "lenovo", "联像"], "Lenovo", "lianxiang"),
    "shenglang": (["声朗", "SONALANG", "声浪", "Sonalang"], "Sonalang", "shenglang"),
    "lingkang": (["聆康", "LINGKANG", "灵康"], "Lingkang", "lingkang"),
    "nuantu": (["暖途", "NUANTU", "暖图"], "Nuantu", "nuantu"),
    "lvju": (["绿驹", "LVJU", "绿驹牌", "绿局"], "Lvju", "lvju"),
    "yachi": (["雅驰", "YACHI", "雅弛"], "Yachi", "yachi"),
    "suheng": (["速恒", "SUHENG", "速衡"], "Suheng", "suheng"),
    "juntu": (["骏途", "JUNTU", "俊途"], "Juntu", "juntu"),
    "fengxing": (["风行者", "FENGXINGZHE", "风行"], "Fengxingzhe", "fengxingzhe"),
    "piermont": (["皮尔蒙", "PIERMONT", "皮尔梦"], "Piermont", "piermeng"),
    "jinhu": (["金狐", "JINHU", "金虎"], "Jinhu", "jinhu"),
    "tuyue": (["途岳", "TUYUE", "途越"], "Tuyue", "tuyue"),
    "jinxi": (["金禧楼", "JINXILOU", "金喜楼"], "Jinxilou", "jinxilou"),
    "zhourui": (["周瑞珠宝", "周瑞", "ZHOURUI"], "Zhourui", "zhourui"),
    "jiguang": (["极光", "JIGUANG", "极光牌"], "Jiguang", "jiguang"),
    "yuanchi": (["远驰", "YUANCHI", "远弛"], "Yuanchi", "yuanchi"),
    "lingqi": (["凌骐", "LINGQI", "凌琪"], "Lingqi", "lingqi"),
    "kangyi": (["康仪", "KANGYI", "康怡"], "Kangyi", "kangyi"),
    "mingshi": (["明视", "MINGSHI"], "Mingshi", "mingshi"),
    "anbu": (["安步", "ANBU", "安步牌"], "Anbu", "anbu"),
    "lisheng": (["力声", "LISHENG", "立声"], "Lisheng", "lisheng"),
    "bingyuan": (["冰原", "BINGYUAN", "冰源"], "Bingyuan", "bingyuan"),
}


def bword(b, cat):
    vs = BR[b][0]
    if b == "apple" and cat != "phone":
        vs = [v for v in vs if v not in ("iPhone", "爱疯")]
    return ch(vs)


def cword(c):
    return ch(COL[c][0])


# ---------------------------------------------------------------- invented places
# key, cluster, metres east, metres north of the outpatient hall, address, aliases, sub-spots, English, pinyin
PLACE_ROWS = [
    ("op_hall", "op", 0, 0, "县人民医院门诊楼一楼大厅", ["门诊一楼", "门诊大厅", "门诊楼大厅"], ["自助挂号机旁", "导医台边上", "东侧候诊椅", "电梯口"], "the outpatient hall", "menzhen lou yi lou"),
    ("op_pay", "op", 10, 5, "县人民医院门诊楼二楼收费处", ["二楼交费的地方", "门诊二楼收费窗口", "二楼挂号收费处"], ["3号窗口前", "排队栏杆边", "垃圾桶旁"], "the payment counter on outpatient 2F", "menzhen er lou jiaofei chu"),
    ("op_ent", "op", -15, 10, "门诊楼三楼眼耳鼻喉科候诊区", ["三楼眼科", "耳鼻喉科门口", "门诊三楼"], ["候诊椅上", "诊室门口", "饮水机旁"], "the eye/ENT clinic on outpatient 3F", "menzhen san lou yanke"),
    ("pharm", "op", 30, -20, "门诊楼西药房取药窗口", ["药房", "拿药的地方", "取药窗口"], ["5号窗口台面上", "排队座椅上", "自助取号机旁"], "the pharmacy window", "yaofang"),
    ("tcm", "op", 45, -30, "门诊楼一楼中药房", ["中药房", "抓中药的地方"], ["煎药登记台", "等候椅上"], "the herbal pharmacy", "zhongyaofang"),
    ("lab", "op", -30, 25, "门诊楼二楼检验科抽血处", ["抽血的地方", "化验室", "检验科"], ["抽血窗口", "报告自助打印机旁", "等候椅上"], "the blood-test room", "chouxue de difang"),
    ("img", "op", -80, 60, "医技楼影像中心CT室", ["CT室", "拍片的地方", "放射科", "影像科"], ["更衣间", "候检椅上", "取片机旁"], "the CT/imaging centre", "CT shi"),
    ("er", "er", 120, -60, "县人民医院急诊科", ["急诊", "急诊科", "急诊大厅"], ["输液区", "分诊台边", "抢救室门口走廊"], "the emergency department", "jizhen"),
    ("wardA", "ip", -60, 180, "住院部A栋内科楼", ["内科楼", "A栋", "住院部A栋"], ["6楼护士站", "8楼走廊", "电梯间", "开水房"], "inpatient building A", "zhuyuanbu A dong"),
    ("wardB", "ip", 40, 200, "住院部B栋外科楼", ["外科楼", "B栋", "住院部B栋"], ["骨科病区走廊", "5楼家属等候区", "电梯里", "楼下吸烟区"], "inpatient building B", "zhuyuanbu B dong"),
    ("wardC", "ip", 150, 170, "住院部C栋妇儿楼", ["妇儿楼", "C栋", "儿科楼"], ["儿科输液室", "3楼产科走廊", "母婴室"], "the women and children building", "fu'er lou"),
    ("canteen", "ip", -120, 220, "县人民医院职工食堂", ["医院食堂", "食堂"], ["打饭窗口", "餐桌上", "门口刷卡机旁"], "the hospital canteen", "yiyuan shitang"),
    ("park", "pk", 200, 30, "县人民医院停车楼", ["停车楼", "停车场", "医院停车楼"], ["P2层电梯口", "P3层C区", "P1层缴费机旁", "楼梯间", "一楼非机动车停放区"], "the parking building", "tingche lou"),
    ("gateS", "st", 0, -150, "县人民医院南门", ["南门", "医院正门"], ["门岗旁", "南门台阶", "公交站牌旁"], "the hospital south gate", "yiyuan nan men"),
    ("gateE", "pk", 260, 0, "县人民医院东门", ["东门", "医院东门口"], ["东门岗亭", "共享单车停放点"], "the hospital east gate", "yiyuan dong men"),
    ("gateN", "ip", 0, 320, "县人民医院北门（住院部门口）", ["北门", "后门", "住院部门口"], ["北门电动车棚", "快递柜旁"], "the hospital north gate", "yiyuan bei men"),
    ("lib", "cp", -400, 500, "衡原医学院图书馆", ["医学院图书馆", "图书馆"], ["三楼自习室", "二楼阅览区", "存包柜"], "the medical college library", "tushuguan"),
    ("cant2", "cp", -550, 420, "衡原医学院第二食堂", ["二食堂", "医学院食堂"], ["二楼餐桌", "一楼门口", "餐具回收处"], "canteen No.2 of the medical college", "er shitang"),
    ("dorm", "cp", -650, 600, "衡原医学院学生公寓", ["宿舍楼", "学生公寓", "宿舍"], ["楼下车棚", "宿管室门口", "洗衣房"], "the student dorms", "sushe lou"),
    ("teach", "cp", -350, 650, "衡原医学院教学楼", ["教学楼", "解剖楼", "实验楼"], ["阶梯教室", "走廊长椅上"], "the teaching building", "jiaoxue lou"),
    ("cgate", "cp", -300, 380, "衡原医学院南门", ["医学院南门", "学校门口"], ["门卫室旁", "外卖架边"], "the college south gate", "xuexiao nan men"),
    ("hot1", "ht", 180, -260, "健康路康宁宾馆", ["康宁宾馆", "医院对面宾馆"], ["前台", "三楼走廊", "楼梯口"], "Kangning Hotel", "kangning binguan"),
    ("hot2", "ht", -150, -300, "杏林街顺心家庭旅馆", ["顺心旅馆", "顺心家庭旅馆"], ["二楼走廊", "公共厨房", "前台"], "Shunxin guesthouse", "shunxin lvguan"),
    ("hot3", "ht", 350, -200, "杏林快捷酒店", ["杏林酒店", "杏林快捷"], ["大堂沙发", "电梯口", "早餐厅"], "Xinglin Express Hotel", "xinglin jiudian"),
    ("hot4", "ht", 420, -320, "健康路平安旅社", ["平安旅社", "平安旅馆"], ["门口", "一楼走廊"], "Ping'an hostel", "ping'an lvshe"),
    ("bus", "bs", 520, -40, "医院东公交枢纽站", ["公交枢纽", "东公交站", "枢纽站"], ["候车亭座椅", "16路站台", "调度室门口"], "the east bus hub", "gongjiao shuniu zhan"),
    ("bfast", "st", 100, -180, "健康路早餐摊", ["健康路", "医院门口早餐摊", "卖胡辣汤的摊子"], ["胡辣汤摊桌子上", "包子铺门口"], "the breakfast stalls on Jiankang Road", "jiankang lu zaocan tan"),
    ("drug", "st", -220, -180, "杏林街大药房", ["杏林街药店", "医院西边药店"], ["收银台", "门口台阶"], "the pharmacy shop on Xinglin Street", "xinglin jie yaodian"),
    ("mart", "st", 60, -220, "南门外便民超市", ["南门超市", "对面小超市"], ["收银台", "购物篮里"], "the mini-market outside the south gate", "nan men chaoshi"),
    ("rdstop", "bs", 0, -420, "人民大道医院站公交站台", ["人民大道站", "医院站站台"], ["站牌下", "候车椅上"], "the Renmin Avenue hospital bus stop", "renmin dadao zhan"),
    ("rail", "far", 3200, -4100, "衡原火车站", ["火车站"], ["出站口", "候车室"], "the railway station", "huoche zhan"),
    ("coach", "far", -5200, -800, "城西客运站", ["西站", "城西汽车站"], ["售票厅", "3号检票口"], "the west coach station", "chengxi keyun zhan"),
    ("parkp", "far", -1800, -2600, "人民公园", ["人民公园", "公园"], ["北门", "湖边长椅"], "People's Park", "renmin gongyuan"),
    ("gov", "far", 1500, -3000, "县政府广场", ["政府广场", "广场"], ["广场东侧", "喷泉旁"], "the county square", "zhengfu guangchang"),
    ("mall", "far", 2400, 1300, "万家福商场", ["万家福", "万家福超市"], ["一楼服务台", "三楼美食城"], "Wanjiafu mall", "wanjiafu"),
    ("mkt", "far", 600, 4200, "城北农贸市场", ["北边菜市场", "城北市场"], ["水产区", "入口"], "the north farmers' market", "chengbei shichang"),
    ("hsr", "far", 8000, -1500, "衡原东高铁站", ["高铁站", "东站"], ["安检口", "二楼候车厅"], "the east high-speed rail station", "gaotie zhan"),
]
PL = {}
PKEYS = []
for _row in PLACE_ROWS:
    PL[_row[0]] = {"key": _row[0], "cl": _row[1], "x": _row[2], "y": _row[3], "addr": _row[4],
                   "al": _row[5], "sub": _row[6], "en": _row[7], "py": _row[8]}
    PKEYS.append(_row[0])
CLUSTER = {}
for _k in PKEYS:
    CLUSTER.setdefault(PL[_k]["cl"], []).append(_k)
NEIGH = {"op": ["er", "gateS", "park", "pharm"], "er": ["op_hall", "gateS", "park"], "ip": ["gateN", "canteen", "op_hall"],
         "pk": ["gateE", "op_hall", "er", "bus"], "st": ["gateS", "bus", "mart", "bfast", "hot1"],
         "cp": ["cgate", "lib", "gateN"], "ht": ["bfast", "mart", "gateS", "drug"], "bs": ["rdstop", "gateE", "gateS"],
         "far": ["bus", "rdstop"]}
LAT0, LON0 = 34.61823, 113.94371
# where an e-bike or bicycle can stand, and the spots there
VSUB = {"park": ["一楼非机动车停放区", "坡道口"], "gateN": ["北门电动车棚", "北门外路边"], "gateE": ["共享单车停放点", "东门岗亭旁"],
        "dorm": ["楼下车棚"], "bus": ["枢纽站非机动车停放点"], "lib": ["门前车棚"], "cgate": ["门口路边"], "teach": ["楼前车棚"],
        "cant2": ["食堂门口车棚"], "hot1": ["门口"], "hot2": ["门口"], "mart": ["门口"], "bfast": ["路边"], "gateS": ["门岗旁", "南门外路边"],
        "canteen": ["门口"], "rail": ["出站口停车场"], "coach": ["站前广场"], "parkp": ["北门停车处"], "gov": ["广场东侧停车区"],
        "mall": ["地面停车场"], "mkt": ["入口"], "hsr": ["非机动车停车场"], "rdstop": ["站台后面"], "er": ["急诊门口"]}


def veh_near(k):
    cl = PL[k]["cl"]
    same = [q for q in sorted(VSUB) if PL[q]["cl"] == cl and q != k]
    if cl == "far":
        return ch([q for q in sorted(VSUB) if PL[q]["cl"] == "far"])
    x = R.random()
    if x < 0.25 and k in VSUB:
        return k
    if x < 0.7 and same:
        return ch(same)
    return ch([q for q in ["park", "gateE", "gateN", "bus", "dorm", "hot1", "mart", "bfast", "cgate", "gateS"] if q != k])


def coords(key, jit):
    pl = PL[key]
    x = pl["x"] + R.uniform(-jit, jit)
    y = pl["y"] + R.uniform(-jit, jit)
    lat = LAT0 + y / 111320.0
    lon = LON0 + x / (111320.0 * math.cos(math.radians(LAT0)))
    return round(lat, 6), round(lon, 6)


def near_place(k):
    cl = PL[k]["cl"]
    x = R.random()
    if x < 0.3 or (cl == "far" and x < 0.5):
        return k
    if x < 0.85 and len(CLUSTER[cl]) > 1 and cl != "far":
        return ch([q for q in CLUSTER[cl] if q != k])
    return ch([q for q in NEIGH[cl] if q != k] or [k])


# ---------------------------------------------------------------- time words
def clock(m):
    t = NOW_HOUR * 60 - m
    d = 0
    while t < 0:
        t += 1440
        d += 1
    return d, t // 60, t % 60


def dayword(d, voice):
    if voice == "rural" and d <= 2:
        return ["今儿", "夜儿个", "前儿个"][d]
    if d <= 2:
        return ["今天", "昨天", "前天"][d]
    if d <= 10:
        return ch(["%d天前" % d, "%d天前的" % d, "大前天" if d == 3 else "%d天前" % d])
    return ch(["%d天前" % d, "大概%d天前" % d])


def partword(h, voice):
    rural = voice == "rural"
    if h < 5:
        return "凌晨"
    if h < 8:
        return "清早" if rural else "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "晌午" if rural else "中午"
    if h < 18:
        return "后晌" if rural else "下午"
    return "晚上"


def h12(h):
    return 12 if h % 12 == 0 else h % 12


def point_zh(m, voice, precise=False):
    d, h, mi = clock(m)
    day, part = dayword(d, voice), partword(h, voice)
    if precise:
        if mi == 0:
            return ch(["%s%s%d点整" % (day, part, h12(h)), "%s%d:00" % (day, h)])
        return ch(["%s%s%d点%02d分" % (day, part, h12(h), mi), "%s%d:%02d" % (day, h, mi),
                   "%s%s%d点%d分左右" % (day, part, h12(h), mi)])
    if mi < 10:
        mw = ch(["点", "点左右", "点钟"])
    elif mi < 25:
        mw = "点多"
    elif mi < 36:
        mw = "点半"
    elif mi < 50:
        mw = ch(["点多", "点四十"])
    else:
        return "%s%s快%d点的时候" % (day, part, h12(h + 1))
    return "%s%s%d%s" % (day, part, h12(h), mw)


def window_zh(frm, to, voice):
    span = frm - to
    if span <= 20:
        return point_zh(to, voice)
    d1, a, _ = clock(frm)
    d2, b, _ = clock(to)
    if d1 == d2 and a == b:
        return point_zh(to, voice)
    if d1 == d2 and span <= 420:
        p1, p2 = partword(a, voice), partword(b, voice)
        if p1 == p2:
            return ch(["%s%s%d点到%d点之间" % (dayword(d1, voice), p1, h12(a), h12(b)),
                       "%s%s%d点到%d点那会儿" % (dayword(d1, voice), p1, h12(a), h12(b))])
        return "%s%s%d点到%s%d点之间" % (dayword(d1, voice), p1, h12(a), p2, h12(b))
    if span <= 2 * 1440:
        return ch(["从%s%s到%s%s之间" % (dayword(d1, voice), partword(a, voice), dayword(d2, voice), partword(b, voice)),
                   "%s%s到%s%s这段时间" % (dayword(d1, voice), partword(a, voice), dayword(d2, voice), partword(b, voice))])
    n = max(2, int(round(span / 1440.0)))
    if to < 720:
        return ch(["这%d天里" % n, "最近%d天，具体哪天记不清，" % n, "这几天"])
    return ch(["%d天前到%d天前之间" % (d1, d2), "大约%d到%d天前" % (d2, d1)])


def day_en(d):
    return ["today", "yesterday", "the day before yesterday"][d] if d <= 2 else "%d days ago" % d


def point_en(m):
    d, h, mi = clock(m)
    return "%s around %d %s" % (day_en(d), h12(h), "am" if h < 12 else "pm")


def window_en(frm, to):
    span = frm - to
    if span <= 420:
        d1, a, _ = clock(frm)
        d2, b, _ = clock(to)
        if d1 == d2:
            return "%s between %d %s and %d %s" % (day_en(d1), h12(a), "am" if a < 12 else "pm", h12(b), "am" if b < 12 else "pm")
        return point_en(to)
    if span <= 2 * 1440:
        return "between %s and %s" % (point_en(frm), point_en(to))
    return "sometime in the last %d days" % max(2, int(round(frm / 1440.0)))


def point_py(m):
    d, h, _ = clock(m)
    day = ["jintian", "zuotian", "qiantian"][d] if d <= 2 else "%d tian qian" % d
    part = "lingchen" if h < 5 else "zaoshang" if h < 8 else "shangwu" if h < 11 else "zhongwu" if h < 13 else "xiawu" if h < 18 else "wanshang"
    return "%s %s %d dian" % (day, part, h12(h))


# ---------------------------------------------------------------- typos a hurried writer makes
TYPOS = [("身份证", "身分证"), ("钱包", "钱宝"), ("钥匙", "钥是"), ("华为", "华伟"), ("苹果", "苹过"), ("眼镜", "眼睛"),
         ("助听器", "助听气"), ("医保卡", "医宝卡"), ("保温杯", "包温杯"), ("拐杖", "拐仗"), ("手机", "手几"), ("门诊", "门珍"),
         ("住院部", "住院步"), ("停车楼", "停车搂"), ("黑色", "黑涩"), ("挂号", "挂好"), ("宾馆", "宾官"), ("图书馆", "图书管"),
         ("充电宝", "冲电宝"), ("耳机", "耳鸡"), ("戒指", "戒子"), ("手镯", "手浊"), ("驾驶证", "驾使证"), ("电动车", "电东车"),
         ("收费处", "收废处"), ("书包", "书抱"), ("现金", "现斤"), ("项链", "项练"), ("自行车", "自行扯"), ("片子", "骗子")]


def typo(s):
    cands = [(a, b) for a, b in TYPOS if a in s]
    if not cands:
        return s
    a, b = ch(cands)
    return s.replace(a, b, 1)


# ---------------------------------------------------------------- how numbers get written down
SER_LAB = {"imei": ["串号", "IMEI", "IMEI号", "手机识别码"], "idno": ["身份证号", "身份证号码", "证号"],
           "card": ["卡号"], "ssn": ["社保卡号", "卡号"], "plate": ["车牌", "车牌号", "牌照"],
           "frame": ["车架号", "车架号码"], "stu": ["学号"], "sn": ["序列号", "SN", "机身号"],
           "pass": ["护照号", "Passport No."], "lic": ["证号", "老年证号"]}


def spaced(v, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(v[i:i + n])
        i += n
    if i < len(v):
        out.append(v[i:])
    return " ".join(x for x in out if x)


def fmt_ser(s, side):
    """(field value, body phrase) for one identifying number, as this side would write it."""
    k, v = s["k"], s["v"]
    lab = s.get("lab") or ch(SER_LAB[k])
    sep = ch(["：", ":", " ", "是"]) if side == "o" else ch(["：", ":"])
    if k == "imei":
        if side == "o":
            f = wch([(v, 3), (spaced(v, [2, 6, 6]), 2), ("%s-%s-%s" % (v[:8], v[8:14], v[14]), 1), (spaced(v, [4, 4, 4]), 1), (v[-6:], 2)])
            if f == v[-6:]:
                return f, ch(["串号后六位是%s" % f, "IMEI最后六位%s" % f])
            return f, "%s%s%s" % (lab, sep, f)
        f = wch([(spaced(v, [2, 6, 6]), 2), (v, 2), ("IMEI1:" + v, 1)])
        if f.startswith("IMEI1"):
            return f, f
        return f, ch(["卡托上的串号%s" % f, "机身背面贴的IMEI %s" % f, "%s%s%s" % (lab, sep, f)])
    if k == "idno":
        vv = v if not v.endswith("X") or p(0.7) else v[:-1] + "x"
        if side == "o":
            f = wch([(vv, 5), (v[:6] + "********" + v[-4:], 2), (v[:3] + "*" * 11 + v[-4:], 1), (v[-4:], 2)])
            if f == v[-4:]:
                return f, ch(["身份证号后四位%s" % f, "身份证尾号%s" % f])
            return f, "%s%s%s" % (lab, sep, f)
        f = wch([(v, 5), (v[:6] + "********" + v[-4:], 3), (v[:10] + "****" + v[-4:], 1)])
        return f, "%s%s%s" % (lab, sep, f)
    if k == "card":
        t, b = v, s["bin"]
        if s.get("inss"):
            f = t if side == "o" else b + "****" + t
            return f, ("社保卡带%s的银行功能，卡号尾号%s" % (s["bank"], t)) if side == "o" else "金融账户%s，%s" % (s["bank"], f)
        if side == "o":
            f = wch([(t, 3), ("尾号" + t, 2), (b + "****" + t, 1)])
            return f, ch(["%s卡尾号%s" % (s["bank"], t), "一张%s的卡，后四位%s" % (s["bank"], t), "%s卡(%s)" % (s["bank"], f)])
        f = wch([(b + "****" + t, 3), (b + " **** **** " + t, 2), ("尾号" + t, 1)])
        return f, ch(["%s卡一张，卡号%s" % (s["bank"], f), "%s银行卡(%s)" % (s["bank"][:2], f)])
    if k == "plate":
        city, rest = v[:2], v[2:]
        f = wch([(v, 3), (city + rest[0] + "·" + rest[1:], 2), (rest, 2), (city + " " + rest[0] + " " + rest[1:], 1), (rest.lower(), 1)])
        return f, "%s%s%s" % (lab, sep, f)
    if k == "frame":
        if side == "o":
            f = wch([(v, 3), (v.lower(), 1), (spaced(v, [5, 5]), 1), (v[-6:], 2)])
            if f == v[-6:]:
                return f, "车架号后六位%s" % f
        else:
            f = wch([(v, 3), (v[-8:], 1)])
            if f == v[-8:]:
                return f, "车架号后面几位能看清：%s" % f
        return f, "%s%s%s" % (lab, sep, f)
    if k == "sn":
        f = wch([(v, 3), (v.lower(), 1), ("SN:" + v, 1), (v[:4] + "-" + v[4:], 1)])
        return f, "%s%s%s" % (lab, sep, f)
    if k == "pid":
        f = wch([(v, 3), (v.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), 2), (v.lower(), 1)])
        return f, "%s%s%s" % (lab, sep, f)
    f = wch([(v, 4), (v.lower(), 1)])
    return f, "%s%s%s" % (lab, sep, f)


# ---------------------------------------------------------------- hidden truth records
def T(cat, sub, on, fn, en, py, **kw):
    t = {"cat": cat, "lcat": cat, "fcat": cat, "sub": sub, "on": on, "fn": fn, "en": en, "py": py,
         "color": None, "brand": None, "bvis": 0.6, "model": None, "mo": 0.4, "mvis": 0.2,
         "ser": [], "marks": [], "hid": [], "fonly": [], "name": None, "nvis": 0.0}
    t.update(kw)
    return t


def S(k, v, ok, fv, **kw):
    d = {"k": k, "v": v, "ok": ok, "fv": fv}
    d.update(kw)
    return d


def M(o, f=None, e=None, key=None):
    return {"o": o, "f": f, "e": e, "key": key}


BANKS = [("工商银行", "6222"), ("农业银行", "6228"), ("建设银行", "6217"), ("中国银行", "6216"), ("邮储银行", "6221"),
         ("农商银行", "6230"), ("交通银行", "6222")]
PHONE_MODELS = {"huawei": ["Mate 78", "nova 19 Lite", "畅享 88", "Pura 90 Air"], "apple": ["iPhone 19", "iPhone 19 mini", "iPhone 18e", "iPhone 19 Pro"],
                "xiaomi": ["Civi 9", "小米 19S", "Note 31"], "oppo": ["Reno 19", "A98", "K19x"], "vivo": ["Y88s", "S29", "iQ 15"],
                "honor": ["X70i", "Magic 9 Lite", "畅玩 80"], "samsung": ["Galaxy A78", "Galaxy S31"], "shouhu": ["K9", "T2翻盖", "V8大字版"]}
LOCKS = [("我孙女", "一个小女孩", "my granddaughter"), ("我孙子", "一个小男孩", "my grandson"), ("我和老伴的合影", "两位老人的合影", None),
         ("观音菩萨像", "观音像", None), ("我家猫", "一只橘猫", "my cat"), ("我家狗", "一只小白狗", "my dog"), ("我闺女", "一个小女孩", None),
         ("我儿子", "一个小男孩", None), ("一张雪山风景", "雪山风景图", "a snowy mountain"), ("一个动漫人物", "动漫人物图片", "an anime girl"),
         ("我和女朋友的合照", "一对年轻男女合影", "me and my girlfriend")]
CASES = [("套着蓝色硅胶壳", "蓝色硅胶手机壳", "blue silicone case", "case_blue"), ("透明壳，壳里夹着一张公交卡", "透明手机壳内夹公交卡一张", "clear case with a bus card in it", "case_buscard"),
         ("黑色翻盖皮套", "黑色翻盖皮套", "black flip cover", "case_flip"), ("壳上有个黄色小鸭子", "手机壳上有黄色小鸭图案", "case with a yellow duck", "case_duck"),
         ("向日葵图案的手机壳", "向日葵图案手机壳", "sunflower case", "case_sun"), ("背面粘着一个指环扣", "背面有指环支架", "ring holder on the back", "ring"),
         ("挂着一根红绳", "挂有红色挂绳", "red lanyard", "red_string"), ("小熊图案的壳", "小熊图案手机壳", "bear case", "case_bear"),
         ("壳里夹了张县医院就诊卡", "手机壳内夹县人民医院就诊卡一张", None, "case_pcard"), ("粉色亮片壳", "粉色亮片手机壳", "pink glitter case", "case_pink")]
DAMAGE = [("屏幕右上角碎了", "屏幕右上角有裂纹", "cracked screen corner"), ("贴膜起泡了", "屏幕贴膜有气泡", None),
          ("摄像头边上磕掉一块漆", "摄像头旁掉漆", "chipped paint by the camera"), ("边框磨得发白", "边框磨损明显", None)]
PHONE_COL = ["black", "black", "black", "white", "silver", "gold", "blue", "purple", "green", "pink", "grey"]


def masked_mobile():
    return "1%s****%s" % (ch(["38", "39", "58", "59", "87", "52", "36", "77", "86"]), digits(4))


def g_phone(per, sub=None, xc=False):
    v, age = per["voice"], per["subj"]["age"]
    if sub is None:
        sub = "elderphone" if age >= 60 and p(0.3) else "smart"
    if sub == "elderphone":
        b, color = "shouhu", ch(["red", "black", "blue", "gold"])
        t = T("phone", sub, ["老人机", "手机", "按键手机", "老年机"], ["老年手机", "按键手机", "老人机"], "phone", "laoren ji",
              color=color, brand=b, bvis=0.5, model=ch(PHONE_MODELS[b]), mo=0.3, mvis=0.2)
        t["ser"].append(S("imei", make_imei(), 0.05, 0.25))
        t["marks"].append(M(ch(["按键上的字磨没了", "背面贴着写电话号码的胶布", "挂着红绳"]), ch(["按键磨损", "背面贴胶布写有电话号码", "挂红色挂绳"]), None, "elder_mark"))
    else:
        b = wch([("huawei", 28), ("apple", 20), ("xiaomi", 12), ("oppo", 12), ("vivo", 12), ("honor", 10), ("samsung", 3)])
        t = T("phone", sub, ["手机", "智能手机", "手机"], ["手机", "智能手机", "手机一部"], "phone", "shouji",
              color=ch(PHONE_COL), brand=b, bvis=0.75, model=ch(PHONE_MODELS[b]), mo=0.55, mvis=0.12)
        ok = {"child": 0.55, "student": 0.35, "nurse": 0.45, "intl": 0.45, "family": 0.35}.get(v, 0.2)
        t["ser"].append(S("imei", make_imei(), ok, 0.12))
        if p(0.75):
            c = ch(CASES)
            t["marks"].append(M(c[0], c[1], c[2], c[3]))
        lk = LOCKS[R.randrange(0, 4)] if age >= 58 else LOCKS[R.randrange(4, 9)] if age >= 32 else LOCKS[ch([4, 5, 8, 9, 10])]
        if p(0.55):
            t["marks"].append(M("锁屏是%s" % lk[0], "锁屏壁纸为%s" % lk[1], "lock screen shows %s" % lk[2] if lk[2] else None, "lock"))
    if p(0.4):
        d = ch(DAMAGE)
        t["marks"].append(M(d[0], d[1], d[2], None))
    t["hid"] += sample(["手机号%s" % masked_mobile(), "密码是我生日", "买了不到半年", "里面有病人的检查报告照片",
                        "微信名叫“%s”" % ch(["平安是福", "老王", "向日葵", "清风", "小鱼儿"]), "双卡，一张移动一张联通",
                        "医院的挂号记录都在手机里"], R.randint(0, 2))
    t["fonly"] += sample(["已关机", "电量很低", "有来电显示“%s”" % ch(["儿子", "闺女", "老伴", "妈妈", "班长"]), "锁屏有微信消息提示"], R.randint(0, 1))
    return t


def g_id_doc(per, sub=None, xc=False):
    v, sj = per["voice"], per["subj"]
    if sub is None:
        if v == "intl":
            sub = ch(["passport", "stucard"])
        elif v in ("student", "pinyin"):
            sub = wch([("stucard", 6), ("idcard", 3), ("sscard", 1)])
        elif sj["age"] >= 60:
            sub = wch([("idcard", 4), ("sscard", 5), ("senior", 2), ("pcard", 2)])
        else:
            sub = wch([("idcard", 5), ("sscard", 3), ("dl", 2), ("pcard", 1)])
    name = sj["name"]
    if sub == "passport":
        t = T("id_doc", sub, ["护照", "passport"], ["外国护照", "护照（外籍）", "护照"], "passport", "huzhao",
              color=ch(["blue", "red", "green"]), name=name, nvis=0.95)
        t["ser"].append(S("pass", ch("PEKNA") + digits(8), 0.7, 0.9))
        t["marks"].append(M("里面夹着学生证复印件", "护照内夹有学生证复印件", "a copy of my student card inside", None))
        return t
    if sub == "stucard":
        coll = ch(["临床医学院", "护理学院", "药学院", "医学影像学院", "国际教育学院" if v == "intl" else "基础医学院"])
        t = T("id_doc", sub, ["校园卡", "学生卡", "饭卡", "学生证"], ["校园卡", "学生证", "衡原医学院校园卡"], "student card", "xiaoyuan ka",
              color=ch([None, "blue", "white"]), name=name, nvis=0.9)
        t["ser"].append(S("stu", "20%02d%02d%04d" % (R.randint(20, 25), R.randint(1, 12), R.randint(1, 9999)), 0.75, 0.9))
        t["marks"].append(M("%s的" % coll, "卡面印有%s" % coll, "%s" % ("international school" if v == "intl" else "medical college"), None))
        if p(0.5):
            c = ch([("粉色卡套", "粉色卡套", "pink card sleeve", "sleeve_pink"), ("挂绳上印着医学院校名", "挂绳印有衡原医学院字样", "college lanyard", "lanyard_col"),
                    ("卡套上贴着小熊贴纸", "卡套有小熊贴纸", "bear sticker on the sleeve", "bear_sticker")])
            t["marks"].append(M(c[0], c[1], c[2], c[3]))
        return t
    idno = make_idno(sj["age"], sj["sex"])
    addr_on_card = "衡原县%s%d号" % (per["village"], R.randint(1, 99))
    if sub == "idcard":
        t = T("id_doc", sub, ["身份证", "二代身份证", "身份证件", "身份证"], ["居民身份证", "身份证", "身份证一张"], "ID card", "shenfenzheng",
              name=name, nvis=0.95)
        t["ser"].append(S("idno", idno, 0.7 if v == "child" else 0.55, 0.85))
        t["marks"].append(M("住址是%s" % addr_on_card, "住址%s" % addr_on_card, None, None))
    elif sub == "sscard":
        t = T("id_doc", sub, ["医保卡", "社保卡", "医保卡（社保卡）", "社会保障卡"], ["社会保障卡", "社保卡", "医保卡"], "medical insurance card", "yibao ka",
              name=name, nvis=0.9)
        t["ser"].append(S("idno", idno, 0.45, 0.6, lab=ch(["社会保障号码", "身份证号"])))
        bank, binp = ch(BANKS)
        t["ser"].append(S("card", digits(4), 0.25, 0.35, bank=bank, bin=binp, inss=True))
        t["ser"].append(S("ssn", ch("ABHKM") + digits(8), 0.05, 0.5))
    elif sub == "dl":
        t = T("id_doc", sub, ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证"], "driving licence", "jiazhao",
              color=ch(["black", "brown"]), name=name, nvis=0.95)
        t["ser"].append(S("idno", idno, 0.5, 0.85, lab="证号"))
        t["marks"].append(M("装在%s皮套里" % cword(t["color"]), "%s证件皮套" % cword(t["color"]), None, None))
        t["marks"].append(M("准驾车型C1", "准驾车型C1", None, None))
    elif sub == "senior":
        t = T("id_doc", sub, ["老年证", "老年优待证", "坐公交的老年卡"], ["老年人优待证", "老年证"], "senior card", "laonian zheng",
              color=ch(["red", None]), name=name, nvis=0.9)
        t["ser"].append(S("lic", "HY" + digits(7), 0.1, 0.7))
    else:
        t = T("id_doc", sub, ["就诊卡", "县医院的就诊卡", "看病的卡"], ["县人民医院就诊卡", "就诊卡"], "patient card", "jiuzhen ka",
              color=ch(["blue", "white"]), name=name, nvis=0.9)
        t["ser"].append(S("pid", "MZ" + digits(8), 0.25, 0.85, lab=ch(["就诊卡号", "卡号", "门诊号"])))
    if p(0.4):
        c = ch([("用透明卡套装着", "装在透明卡套内", "sleeve_clear"), ("卡套是红色的", "红色卡套", "sleeve_red"),
                ("背面贴着写电话的胶布", "背面贴有写电话号码的胶布", "tape_phone"), ("卡上有道折痕", "卡面有折痕", None)])
        t["marks"].append(M(c[0], c[1], None, c[2]))
    if p(0.35):
        t["hid"].append(ch(["今天还等着用它办住院", "要用它报销", "下午复查要用", "急用，要办出院结算"]))
    if xc and sub == "sscard":   # registered by the finder as a card wallet
        t["fcat"] = "wallet"
        t["fn"] = ["卡包", "小卡包", "卡套钱包"]
        t["color"] = t["color"] or ch(["black", "brown", "red"])
        cw = cword(t["color"])
        t["marks"].append(M("装在一个%s小卡包里，还有几张超市会员卡" % cw, "卡包内有社保卡一张、超市会员卡两张", None, None))
    return t


def money_owner(a):
    r100 = int(round(a / 100.0)) * 100
    opts = ["%d块钱" % a, "%d元" % a, "大概%d块" % r100]
    if a % 100 and 100 < a < 1000:
        opts.append("%d百多块" % (a // 100))
    if 1000 < a < 2000:
        opts.append("一千多块")
    return ch(opts)


PHOTO_WHO = [("我孙子的一寸照", "一男童一寸照片"), ("我和老伴年轻时候的合影", "一对老年夫妇黑白合影"), ("我闺女小时候的照片", "女童照片一张"),
             ("我儿子的照片", "一男孩照片"), ("全家福", "全家合影一张")]


def g_wallet(per, sub=None, xc=False):
    sj = per["subj"]
    if sub is None:
        sub = wch([("long", 4), ("short", 4), ("cardholder", 2), ("coin", 2 if sj["age"] >= 60 else 0.3)])
    if sub == "coin":
        t = T("wallet", sub, ["零钱包", "布钱包", "小钱包"], ["布制零钱包", "零钱包", "小钱包"], "coin purse", "lingqian bao",
              color=ch(["red", "blue", "purple", "green"]), bvis=0.0)
        t["marks"].append(M("布的，上面绣着花", "布质，有刺绣花纹", None, "embroid"))
    else:
        nouns = {"long": (["钱包", "长款钱包", "长钱包"], ["长款钱包", "钱包一个", "钱包"]),
                 "short": (["钱包", "短款钱包", "折叠钱包", "钱夹"], ["短款钱包", "钱包", "折叠钱夹"]),
                 "cardholder": (["卡包", "卡套", "小卡包"], ["卡包", "卡包一个"])}[sub]
        t = T("wallet", sub, nouns[0], nouns[1], "wallet", "qianbao",
              color=ch(["black", "black", "brown", "brown", "red", "pink", "blue", "grey", "purple"]),
              brand=ch(["piermont", "jinhu", None, None]), bvis=0.7, mo=0.0)
        mat = ch([("真皮的", "真皮材质"), ("皮的", "皮质"), ("人造革的", "PU材质")])
        if p(0.5):
            t["marks"].append(M(mat[0], mat[1], None, None))
    a = ch([R.randint(40, 380), R.randint(200, 900), R.randint(800, 2600)]) if sub != "cardholder" or p(0.2) else 0
    if a:
        t["marks"].append(M("里面有%s现金" % money_owner(a), "内有现金%d元" % a, "about %d yuan cash" % max(50, int(round(a / 100.0)) * 100), None))
    for _ in range(ch([0, 1, 1, 2, 2, 3]) if sub != "coin" else ch([0, 0, 1])):
        bank, binp = ch(BANKS)
        t["ser"].append(S("card", digits(4), 0.5, 0.75, bank=bank, bin=binp))
    intl = per["voice"] == "intl"
    if intl and p(0.4):
        t["marks"].append(M("my student card is inside", "内有衡原医学院学生卡，姓名%s" % sj["name"], "my student card is inside", None))
        t["name"], t["nvis"] = sj["name"], 0.9
    if p(0.35) and not intl:
        t["ser"].append(S("idno", make_idno(sj["age"], sj["sex"]), 0.1, 0.7, lab="身份证号"))
        t["marks"].append(M("身份证也在里面", "内有居民身份证一张，姓名%s" % sj["name"], "my ID is inside", None))
        t["name"], t["nvis"] = sj["name"], 0.9
    if p(0.3) and not intl:
        t["marks"].append(M("还有张医保卡", "内有社会保障卡一张，姓名%s" % sj["name"], None, None))
        t["name"], t["nvis"] = sj["name"], 0.9
    if p(0.25):
        w = ch(PHOTO_WHO)
        t["marks"].append(M("夹着一张%s" % w[0], "内有%s" % w[1], None, None))
    if p(0.3) and not intl:
        t["marks"].append(M("夹着挂号单", "内有县人民医院挂号单，患者姓名%s" % sj["name"], None, None))
        t["name"], t["nvis"] = sj["name"], max(t["nvis"], 0.7)
    if p(0.3):
        d = ch([("拉链坏了", "拉链损坏"), ("边角磨破了", "边角磨损严重"), ("扣子松了", "按扣松动")])
        t["marks"].append(M(d[0], d[1], None, None))
    t["hid"] += sample(["钱是准备交药费的", "是闺女给买的", "钱是凑来的住院费", "卡的密码没写在里面"], R.randint(0, 1))
    return t


PENDANTS = [("一个红色平安结", "红色中国结挂件", "a red knot", "knot_red", "red"), ("一个毛绒小熊", "毛绒小熊挂件", "a plush bear", "bear", "brown"),
            ("铜葫芦挂件", "铜葫芦挂件", "a brass gourd", "gourd", "gold"), ("写着“出入平安”的小牌", "“出入平安”小挂牌", "a small 'safe travels' tag", "pingan_tag", "gold"),
            ("一个开瓶器", "开瓶器一个", "a bottle opener", "opener", "silver"), ("一个指甲刀", "指甲刀一个", "a nail clipper", "clipper", "silver"),
            ("蓝色门禁卡", "蓝色圆形门禁卡", "a blue door fob", "fob_blue", "blue"), ("黄色小鸭子", "黄色小鸭挂件", "a yellow duck", "duck", "yellow")]


def g_keys(per, sub=None, xc=False):
    if sub is None:
        sub = wch([("bundle", 6), ("car", 2), ("ebikekey", 2)])
    n = R.randint(2, 6)
    if sub == "car":
        b = ch(["yuanchi", "lingqi"])
        t = T("keys", sub, ["车钥匙", "汽车钥匙", "钥匙"], ["汽车钥匙", "车钥匙一把", "遥控车钥匙"], "car key", "che yaoshi",
              color="black", brand=b, bvis=0.9, model=None)
        n = R.randint(1, 3)
    elif sub == "ebikekey":
        b = ch(["lvju", "yachi", "suheng"])
        t = T("keys", sub, ["电动车钥匙", "电车钥匙", "钥匙"], ["电动车钥匙", "电动车遥控钥匙"], "e-bike key", "dianche yaoshi",
              color=ch(["black", "red", "blue"]), brand=b, bvis=0.6)
        n = R.randint(1, 3)
    else:
        t = T("keys", sub, ["钥匙", "一串钥匙", "钥匙串", "一把钥匙"], ["钥匙一串", "钥匙", "一串钥匙"], "keys", "yaoshi")
    if n > 1:
        on = n if p(0.8) else n + ch([-1, 1])
        t["marks"].append(M("%d把钥匙" % on if on > 1 else "两三把钥匙", "共%d把钥匙" % n, "%d keys" % n, None))
    if p(0.7):
        pd = ch(PENDANTS)
        t["marks"].append(M("挂着" + pd[0], pd[1], "with " + pd[2], pd[3]))
        if t["color"] is None and p(0.6):
            t["color"] = pd[4]
    if p(0.45):
        tag = ch([("钥匙牌上写着“康宁宾馆%d”" % R.randint(201, 320), "钥匙牌“康宁宾馆%d”"),
                  ("胶布上写着“%d号楼%d单元%d”" % (R.randint(1, 12), R.randint(1, 4), R.randint(101, 1802)), "胶布标签“%d号楼%d单元%d”"),
                  ("带着住院部储物柜%d号的牌子" % R.randint(1, 60), "住院部储物柜%d号牌"), ("有个小牌写着“%s”" % per["village"], "小牌写“%s”")])
        if "%d" in tag[1]:
            fl = tag[1]
            for x in re.findall(r"\d+", tag[0]):
                fl = fl.replace("%d", x, 1)
            tag = (tag[0], fl)
        elif "%s" in tag[1]:
            tag = (tag[0], tag[1] % per["village"])
        t["marks"].append(M(tag[0], tag[1], None, "tag"))
    if sub == "bundle" and p(0.35):
        t["marks"].append(M(ch(["有一把是电动车钥匙", "有把小铜钥匙是开信箱的", "有一把是防盗门的长钥匙"]),
                            ch(["含电动车钥匙一把", "有小铜钥匙一把", "有防盗门钥匙"]), None, None))
    t["hid"] += sample(["家里就这一套钥匙", "车停在停车楼，钥匙丢了开不了", "宾馆前台说押金要扣"], R.randint(0, 1))
    return t


EBIKE_MODELS = {"lvju": ["L6", "小驹Q3", "TD-60"], "yachi": ["Q3 Pro", "S7", "冠能5"], "suheng": ["SH-8", "迅风2", "M5"]}


def make_plate():
    return "衡原" + ch("ABCDEF") + digits(5)


def g_ebike(per, sub=None, xc=False):
    b = ch(["lvju", "yachi", "suheng"])
    t = T("ebike", "ebike", ["电动车", "电瓶车", "电车", "小电驴"], ["电动自行车", "电动车一辆", "电动车"], "e-bike", "diandong che",
          color=ch(["black", "white", "red", "blue", "grey", "green", "pink", "silver"]), brand=b, bvis=0.8,
          model=ch(EBIKE_MODELS[b]), mo=0.5, mvis=0.35)
    t["ser"].append(S("plate", make_plate(), 0.85, 0.85))
    t["ser"].append(S("frame", "L" + alnum(14), 0.2, 0.35))
    opts = [(0.55, ("装着黑色挡风被", "车把装有黑色挡风被", "black windshield quilt", "windshield")),
            (0.3, ("后座绑着儿童座椅", "后座有儿童座椅", "child seat", "childseat")),
            (0.3, ("车筐里有个蓝色塑料袋", "车筐内有蓝色塑料袋一个", None, None)),
            (0.25, ("左边后视镜掉了", "缺左侧后视镜", None, "mirror")),
            (0.3, ("座子破了缠着黑胶布", "座垫破损缠有黑胶布", None, "seat_tape")),
            (0.25, ("车尾贴着“新手上路”", "车尾贴“新手上路”贴纸", None, "sticker"))]
    for pr, m in opts:
        if p(pr):
            t["marks"].append(M(*m))
    keyed = p(0.5)
    t["hid"] += sample(["电瓶是新换的60V", "买了%d年了" % R.randint(1, 5), "车是锁着的"] + (["钥匙还在我手里"] if keyed else []), R.randint(0, 2))
    t["fonly"] += sample(["无电瓶", "已停放三天以上", "车锁被撬"] + ([] if keyed else ["钥匙未拔"]), R.randint(0, 1))
    return t


def g_bicycle(per, sub=None, xc=False):
    kind = ch(["山地车", "女式自行车", "折叠自行车", "公路车"])
    t = T("bicycle", kind, ["自行车", "单车", kind, "车子"], ["自行车一辆", kind, "自行车"], "bicycle", "zixingche",
          color=ch(["black", "white", "blue", "red", "grey", "green", "yellow"]), brand=ch(["juntu", "fengxing", "juntu", None]),
          bvis=0.8, model=None)
    t["ser"].append(S("frame", alnum(2) + digits(9), 0.15, 0.4))
    opts = [(0.5, ("挂着一把U型锁", "车上挂U型锁", "U-lock on it", "ulock")),
            (0.4, ("前面有车筐", "带前车筐", "front basket", "basket")),
            (0.3, ("车梁贴着医学院停车证%d号" % R.randint(100, 999), "车梁贴有医学院停车证", "college parking sticker", "parkpass")),
            (0.3, ("座垫套着黑色座套", "座垫有黑色座套", None, None)),
            (0.2, ("链条有点生锈", "链条生锈", None, None))]
    for pr, m in opts:
        if p(pr):
            t["marks"].append(M(*m))
    t["hid"] += sample(["买的二手的", "锁的钥匙在我这", "骑了三年了"], R.randint(0, 1))
    return t


BOOKS = ["系统解剖学", "生理学", "病理学", "内科学", "诊断学", "药理学"]


def g_bag(per, sub=None, xc=False):
    v, sj = per["voice"], per["subj"]
    if sub is None:
        if v in ("student", "intl", "pinyin"):
            sub = wch([("backpack", 8), ("handbag", 1)])
        elif v == "rural":
            sub = wch([("woven", 3), ("filmbag", 3), ("medbag", 2), ("handbag", 1)])
        else:
            sub = wch([("filmbag", 3), ("medbag", 3), ("handbag", 3), ("backpack", 2), ("woven", 1)])
    if sub == "backpack":
        t = T("bag", sub, ["书包", "双肩包", "背包"], ["双肩背包", "书包", "双肩包"], "backpack", "shubao",
              color=ch(["black", "black", "grey", "blue", "pink", "green"]), brand=ch(["tuyue", None]), bvis=0.7)
        bk = ch(BOOKS)
        t["marks"].append(M("里面有《%s》课本，扉页写着名字" % bk, "内有《%s》教材，扉页署名%s" % (bk, sj["name"]), "a %s textbook inside" % {"系统解剖学": "anatomy"}.get(bk, "medical"), None))
        t["name"], t["nvis"] = sj["name"], 0.6
        for pr, m in [(0.35, ("还有个保温杯", "保温杯一个", "a thermos", None)), (0.3, ("拉链上挂着个小熊", "拉链挂小熊挂件", "small bear on the zip", "bear")),
                      (0.3, ("装着白大褂", "内有白大褂一件", "my white coat", None)), (0.25, ("有个充电宝", "充电宝一个", "a power bank", None))]:
            if p(pr):
                t["marks"].append(M(*m))
        t["hid"] += sample(["笔记都在里面，快考试了", "书包是去年买的"], R.randint(0, 1))
    elif sub == "handbag":
        t = T("bag", sub, ["包", "挎包", "手提包", "女士包"], ["女士挎包", "手提包", "挎包一个"], "handbag", "bao",
              color=ch(["red", "black", "brown", "beige", "grey"]), brand=ch(["piermont", None]), bvis=0.75)
        for pr, m in [(0.5, ("里面有化妆包和一把伞", "内有化妆包、折叠伞", None, None)), (0.4, ("包里有一盒降压药", "内有降压药一盒", None, None)),
                      (0.3, ("带子上系着丝巾", "包带系有丝巾", None, "scarf")), (0.3, ("里面还有%s零钱" % money_owner(R.randint(20, 200)), "内有零钱若干", None, None))]:
            if p(pr):
                t["marks"].append(M(*m))
    elif sub in ("filmbag", "medbag"):
        if sub == "filmbag":
            t = T("bag", sub, ["片子", "CT片", "拍的片子", "装片子的袋子"], ["影像胶片袋", "CT胶片袋", "县人民医院胶片袋"], "bag of CT films", "pianzi",
                  color="white", name=sj["name"], nvis=0.95, noc=True)
            t["ser"].append(S("pid", "CT" + "%02d%02d" % (R.randint(1, 12), R.randint(1, 28)) + digits(4), 0.2, 0.75, lab=ch(["检查号", "影像号"])))
            n = R.randint(1, 4)
            t["marks"].append(M("%d张片子和一份报告" % n, "内有胶片%d张及报告单" % n, None, None))
            t["marks"].append(M("袋子上写着%s名字" % ("我" if not per["rel"] else "老人的"), "袋面姓名：%s" % sj["name"], None, None))
            t["hid"].append(ch(["下午要拿给专家看的", "明天手术前要用", "是从省里医院拍的"]))
            if xc:
                t["lcat"] = "other"
                t["on"] = ["片子", "CT片子", "拍的片子和报告"]
        else:
            t = T("bag", sub, ["一袋药", "药袋子", "拿的药"], ["装药的塑料袋", "药品一袋", "一袋药品"], "bag of medicines", "yao",
                  color=ch(["white", "red", "yellow"]), name=sj["name"], nvis=0.8)
            drugs = sample(["硝苯地平片", "二甲双胍", "阿托伐他汀", "氯吡格雷", "胰岛素笔", "板蓝根颗粒", "中药饮片七副"], 2)
            t["marks"].append(M("里面有%s和%s" % tuple(drugs), "内有%s、%s等药品" % tuple(drugs), None, None))
            t["marks"].append(M("有张处方单", "附处方单一张，患者%s" % sj["name"], None, None))
            t["ser"].append(S("pid", "MZ" + digits(8), 0.05, 0.5, lab="门诊号"))
    else:
        t = T("bag", sub, ["编织袋", "蛇皮袋", "大袋子"], ["编织袋一个", "蛇皮袋", "编织袋"], "woven sack", "bianzhi dai",
              color=ch(["white", "red", "blue", "green"]), name=None)
        t["marks"].append(M(ch(["里面是被子和换洗衣裳", "装着被子、衣裳和一包馍"]), ch(["内有被褥、衣物", "内装棉被及衣物、馒头"]), None, None))
        if p(0.5):
            t["marks"].append(M("袋口用红绳扎着", "袋口红绳捆扎", None, "red_string"))
    return t


def g_cash(per, sub=None, xc=False):
    sj = per["subj"]
    if sub is None:
        sub = "inbag" if xc else wch([("envelope", 4), ("roll", 3), ("hongbao", 3)])
    if sub in ("envelope", "inbag"):
        a = ch([1500, 2000, 2600, 3000, 4000, 5000])
        t = T("cash", sub, ["现金", "钱", "住院押金", "一信封钱"], ["现金", "人民币现金", "信封装现金"], "cash", "xianjin", color=None)
        t["marks"].append(M("%d块，都是一百的" % a if p(0.7) else "%s" % money_owner(a), "内有人民币%d元（百元券%d张）" % (a, a // 100), "%d yuan" % a, None))
        t["marks"].append(M("装在牛皮纸信封里", "牛皮纸信封", None, "envelope"))
        if p(0.6):
            w = ch(["押金", "住院费", sj["name"]])
            t["marks"].append(M("信封上写着“%s”" % w, "信封正面手写“%s”" % w, None, None))
        if sub == "inbag":
            t["on"] = ["一布袋钱", "装钱的蓝布袋", "住院押金（装在布袋里）"]
            t["fcat"] = "bag"
            t["fn"] = ["布袋", "手提布袋", "蓝色布袋"]
            t["color"] = "blue"
            t["marks"].append(M("钱装在一个蓝布袋里，布袋上印着农商银行", "蓝色布袋印有“衡原农商银行”字样", None, "cloth_bag"))
    elif sub == "roll":
        a = R.randint(6, 25) * 100 + ch([0, 50, 70, 20])
        t = T("cash", sub, ["现金", "一卷钱", "钱"], ["现金", "一卷现金"], "cash", "xianjin", color=None)
        t["marks"].append(M("一共%s" % money_owner(a), "共计现金%d元" % a, None, None))
        t["marks"].append(M("用皮筋扎着", "皮筋捆扎", None, "rubber"))
    else:
        a = ch([600, 800, 1000, 1200, 2000])
        t = T("cash", sub, ["红包", "压岁钱红包", "红包钱"], ["红包", "红包一个（内有现金）"], "red envelope", "hongbao", color="red")
        t["marks"].append(M("里面%d块，是给孙子的压岁钱" % a, "内有现金%d元" % a, None, None))
        w = ch([("红包上印着福字", "红包印福字"), ("红包上印着“恭喜发财”", "红包印“恭喜发财”")])
        t["marks"].append(M(w[0], w[1], None, None))
    return t


def g_jewelry(per, sub=None, xc=False):
    v = per["voice"]
    if sub is None:
        sub = ch(["goldring", "goldbracelet", "jade", "silverbaby", "necklace", "weddingring", "earring"])
    g = round(R.uniform(3.0, 30.0), 1)
    rural = v == "rural"
    spec = {
        "goldring": (["金戒指", "戒指", "金镏子" if rural else "金戒子"], ["黄色金属戒指", "金色戒指一枚", "戒指"], "gold ring", "gold"),
        "goldbracelet": (["金手镯", "金镯子"], ["金色手镯一只", "黄金手镯"], "gold bracelet", "gold"),
        "jade": (["玉镯子", "翡翠镯子", "玉手镯"], ["玉镯一只", "玉石手镯"], "jade bangle", ch(["green", "white"])),
        "silverbaby": (["银手镯", "小孩的银镯子"], ["儿童银手镯", "银镯子"], "silver baby bangle", "silver"),
        "necklace": (["金项链", "项链"], ["金色项链", "项链一条"], "necklace", ch(["gold", "gold", "silver"])),
        "weddingring": (["婚戒", "结婚戒指", "铂金戒指"], ["白色金属戒指", "戒指一枚"], "wedding ring", "silver"),
        "earring": (["金耳环", "耳环"], ["耳环一只", "金色耳环"], "earring", "gold"),
    }[sub]
    t = T("jewelry", sub, spec[0], spec[1], spec[2], "shoushi", color=spec[3], brand=ch(["jinxi", "zhourui", None, None]), bvis=0.4)
    if sub in ("goldring", "goldbracelet", "necklace", "earring"):
        t["hid"].append(ch(["%.1f克" % g, "大概%d克" % int(g), "%.1f克重，有发票" % g]))
    if sub == "goldring":
        w = ch([("戒面是个福字", "戒面有“福”字", "fu"), ("戒面是素圈", "素圈", None), ("戒面有个小花", "戒面有花形纹饰", None)])
        t["marks"].append(M(w[0], w[1], None, w[2]))
    elif sub == "goldbracelet":
        t["marks"].append(M(ch(["上面刻着花纹", "有一处压扁了"]), None, None, None))
        t["marks"][-1]["f"] = {"上面刻着花纹": "表面有雕花", "有一处压扁了": "一处有压痕"}[t["marks"][-1]["o"]]
    elif sub == "jade":
        t["marks"].append(M("有道裂纹用金包了", "一处有金属包边修补", None, "goldpatch") if p(0.5) else M("颜色不太匀，有白絮", "有白色絮状纹", None, None))
        t["hid"].append("是我婆婆传下来的")
    elif sub == "silverbaby":
        t["marks"].append(M("带小铃铛，刻着“长命百岁”", "带铃铛，刻“长命百岁”", None, "bells"))
    elif sub == "necklace":
        w = ch([("坠子是平安扣", "吊坠为平安扣", "pingankou"), ("挂着观音坠", "观音吊坠", "guanyin"), ("没坠子，是麻花链", "麻花链无吊坠", None)])
        t["marks"].append(M(w[0], w[1], None, w[2]))
    elif sub == "weddingring":
        ini = "%s&%s %d" % (alnum(2).replace("0", "A"), alnum(2).replace("0", "B"), R.randint(2005, 2024))
        t["marks"].append(M("内圈刻着“%s”" % ini, "内圈刻字“%s”" % ini, "engraved '%s'" % ini, "engr"))
    if p(0.4):
        t["marks"].append(M(ch(["用红绳串着", "装在红色小绒布袋里"]), None, None, None))
        t["marks"][-1]["f"] = {"用红绳串着": "穿有红绳", "装在红色小绒布袋里": "装于红色绒布袋内"}[t["marks"][-1]["o"]]
    t["hid"] += sample(["买的时候花了%s千多" % ch("两三四五六七八九") if p(0.8) else "买的时候花了一万多", "天冷手缩了就滑下来了"], R.randint(0, 1))
    return t


def g_electronics(per, sub=None, xc=False):
    v, sj = per["voice"], per["subj"]
    if sub is None:
        if sj["age"] >= 60:
            sub = wch([("hearing", 6), ("glucometer", 2), ("watch", 1)])
        elif v in ("student", "intl", "pinyin"):
            sub = wch([("earbuds", 4), ("laptop", 3), ("tablet", 2), ("watch", 2), ("powerbank", 2)])
        else:
            sub = wch([("earbuds", 3), ("powerbank", 2), ("watch", 2), ("tablet", 1), ("glucometer", 1), ("hearing", 1)])
    if sub == "hearing":
        b = ch(["shenglang", "lingkang"])
        side = ch(["左耳的", "右耳的", "一对"])
        t = T("electronics", sub, ["助听器", "助听器（%s）" % side, "耳朵上戴的助听器"], ["助听器", "助听器一个" if side != "一对" else "助听器一对"],
              "hearing aid", "zhutingqi", color=ch(["beige", "beige", "grey", "silver", "black"]), brand=b, bvis=0.45,
              model=ch(["S3 耳背式", "M20 耳内式", "Q5 充电款"]), mo=0.35, mvis=0.2)
        t["ser"].append(S("sn", alnum(8), 0.2, 0.25))
        bc = ch(["蓝", "黑", "白"])
        t["marks"].append(M("装在%s色小盒子里" % bc, "装于%s色小盒内" % bc, None, "box"))
        if p(0.4):
            t["marks"].append(M("挂着防丢绳", "带防丢绳", None, "lanyard"))
        t["hid"] += sample(["配的时候花了八千多", "老人耳朵背，没它听不见"], R.randint(0, 2))
        if xc:
            t["fcat"] = "other"
            t["fn"] = ["助听器", "耳朵上戴的小机器（像助听器）", "助听器一个"]
        return t
    if sub == "glucometer":
        t = T("electronics", sub, ["血糖仪", "测血糖的仪器", "血糖仪"], ["血糖仪一套", "血糖仪（黑色收纳包）"], "glucose meter", "xuetangyi",
              color="black", brand="kangyi", bvis=0.8, model=ch(["GM-3", "安糖2"]), mo=0.2, mvis=0.4)
        t["ser"].append(S("sn", alnum(10), 0.05, 0.4))
        t["marks"].append(M("包里有试纸和采血针", "包内有试纸、采血针", None, None))
        return t
    models = {"earbuds": {"apple": ["AirPods 6"], "huawei": ["FreeBuds 9i"], "xiaomi": ["Buds 8"]},
              "laptop": {"lenovo": ["小新 Air 18"], "huawei": ["MateBook 17 Go"], "apple": ["MacBook Air 16"]},
              "tablet": {"huawei": ["MatePad 13 SE"], "apple": ["iPad 14 mini"], "xiaomi": ["Pad 9"]},
              "watch": {"huawei": ["Watch GT 9", "Watch Fit 6"], "xiaomi": ["Watch Q7"], "apple": ["Watch S12"]},
              "powerbank": {"jiguang": ["J20"], "xiaomi": ["20000mAh 3代"]}}[sub]
    b = ch(sorted(models))
    nouns = {"earbuds": (["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机（带充电仓）", "无线耳机"], "earbuds", "erji"),
             "laptop": (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑一台", "笔记本电脑"], "laptop", "diannao"),
             "tablet": (["平板", "平板电脑", "iPad" if b == "apple" else "平板"], ["平板电脑", "平板电脑一台"], "tablet", "pingban"),
             "watch": (["手表", "智能手表", "运动手表"], ["智能手表", "电子手表"], "smart watch", "shoubiao"),
             "powerbank": (["充电宝", "移动电源"], ["充电宝", "移动电源一个"], "power bank", "chongdianbao")}[sub]
    t = T("electronics", sub, nouns[0], nouns[1], nouns[2], nouns[3], color=ch(["white", "black", "grey", "silver"] if sub != "watch" else ["black", "pink", "silver"]),
          brand=b, bvis=0.65, model=ch(models[b]), mo=0.5, mvis=0.25)
    t["ser"].append(S("sn", alnum(ch([10, 12])), 0.3 if sub in ("laptop", "tablet") else 0.12, 0.35 if sub == "laptop" else 0.1))
    ward = ch(WARDS)
    pool = {"earbuds": [("充电仓套着小恐龙硅胶套", "充电仓有恐龙造型保护套", "dinosaur case cover", "dino"), ("左耳机上有划痕", "左耳机有划痕", None, None)],
            "laptop": [("贴着医学院校徽贴纸", "贴有衡原医学院校徽贴纸", "college sticker", "college_sticker"), ("装在灰色电脑包里", "装于灰色内胆包", "in a grey sleeve", None),
                       ("键盘上有个键掉了", "缺一个键帽", None, None)],
            "tablet": [("带个键盘保护套", "带键盘保护套", "keyboard cover", None), ("后面贴着卡通贴纸", "背面有卡通贴纸", "cartoon sticker", None)],
            "watch": [("橙色表带", "橙色表带", "orange strap", "orange_strap"), ("表盘有划痕", "表盘有划痕", None, None)],
            "powerbank": [("贴着写“%s”的标签" % ward, "贴有标签“%s”" % ward, None, "wardlabel"), ("侧面有道划痕", "侧面有划痕", None, None)]}[sub]
    for m in sample(pool, R.randint(1, len(pool))):
        t["marks"].append(M(*m))
    if sub == "laptop":
        t["hid"].append(ch(["里面有毕业论文", "实验数据都在里面", "开机密码我能说出来"]))
    return t


def g_other(per, sub=None, xc=False):
    v, sj = per["voice"], per["subj"]
    if sub is None:
        if v == "nurse":
            sub = ch(["stethoscope", "thermos", "jacket", "umbrella"])
        elif v in ("student", "intl", "pinyin"):
            sub = ch(["stethoscope", "umbrella", "thermos", "jacket", "glasses"])
        elif sj["age"] >= 60:
            sub = wch([("stick", 4), ("thermos", 3), ("glasses", 3), ("records", 2), ("handwarmer", 1), ("jacket", 1)])
        else:
            sub = wch([("thermos", 3), ("umbrella", 2), ("jacket", 2), ("records", 2), ("glasses", 1), ("handwarmer", 1)])
    nm = sj["name"]
    if sub == "stick":
        kind = ch(["四脚拐杖", "折叠拐杖", "拐杖"])
        t = T("other", sub, ["拐杖", "拐棍", kind], ["拐杖一根", "手杖", kind], "walking stick", "guaizhang",
              color=ch(["black", "brown", "silver", "blue"]), brand=ch(["anbu", None]), bvis=0.6)
        for pr, m in [(0.45, ("手柄上缠着红胶布", "手柄缠红色胶布", None, "red_tape")), (0.35, ("上面贴着名字和电话", "贴有标签：%s及电话号码" % nm, None, "nametag")),
                      (0.35, ("底下的橡胶头磨坏了", "底部橡胶垫磨损", None, None))]:
            if p(pr):
                t["marks"].append(M(*m))
        if any(m["key"] == "nametag" for m in t["marks"]):
            t["name"], t["nvis"] = nm, 0.9
    elif sub == "thermos":
        t = T("other", sub, ["保温杯", "杯子", "保温壶"], ["保温杯一个", "不锈钢保温杯", "保温杯"], "thermos", "baowen bei",
              color=ch(["black", "silver", "red", "blue", "pink", "green"]), brand=ch(["nuantu", "nuantu", None]), bvis=0.8,
              model=ch(["500ml", "800ml", "1升"]), mo=0.3, mvis=0.3)
        for pr, m in [(0.35, ("杯身贴着写名字的胶布", "杯身胶布写“%s”" % nm, None, "nametag")), (0.35, ("杯盖瘪了一块", "杯盖有凹痕", "dented lid", None)),
                      (0.3, ("套着针织杯套", "有针织杯套", "knitted cover", "knit"))]:
            if p(pr):
                t["marks"].append(M(*m))
        if any(m["key"] == "nametag" for m in t["marks"]):
            t["name"], t["nvis"] = nm, 0.9
        t["hid"] += sample(["里面泡着枸杞", "是单位发的"], R.randint(0, 1))
        t["fonly"] += sample(["内有茶水", "杯内有剩水"], R.randint(0, 1))
    elif sub == "glasses":
        kind = ch(["老花镜", "近视眼镜", "眼镜"]) if sj["age"] >= 50 else ch(["近视眼镜", "眼镜"])
        bc = ch(["红", "黑", "棕", "蓝"])
        t = T("other", sub, [kind, "眼镜", "眼镜和盒子"], ["眼镜一副（带盒）", "眼镜", "眼镜一副"], "glasses", "yanjing",
              color=ch(["black", "brown", "gold", "silver"]), brand=ch(["mingshi", None]), bvis=0.5)
        t["marks"].append(M("眼镜盒是%s色的" % bc, "%s色眼镜盒" % bc, None, "glbox"))
        if p(0.35):
            t["marks"].append(M("一条镜腿用胶布缠过", "镜腿缠有胶布", "tape on one arm", None))
        t["hid"].append("度数%d度" % (ch([150, 200, 250, 300, 400, 600])))
    elif sub == "umbrella":
        t = T("other", sub, ["伞", "雨伞", "折叠伞"], ["雨伞一把", "折叠伞"], "umbrella", "san",
              color=ch(["black", "blue", "red", "purple", "green"]), bvis=0.0)
        for pr, m in [(0.4, ("上面有小碎花", "碎花图案", "small flower print", None)), (0.3, ("伞柄是木头的", "木质伞柄", "wooden handle", None)),
                      (0.3, ("伞套上写着名字", "伞套写有“%s”" % nm, None, "nametag"))]:
            if p(pr):
                t["marks"].append(M(*m))
    elif sub == "jacket":
        t = T("other", sub, ["羽绒服", "棉袄", "外套"], ["羽绒服一件", "棉服", "外套一件"], "down jacket", "yurongfu",
              color=ch(["black", "black", "red", "blue", "grey", "beige", "green"]), brand=ch(["bingyuan", None]), bvis=0.7,
              model=ch(["XL码", "L码", "175/92A"]), mo=0.3, mvis=0.4)
        for pr, m in [(0.5, ("口袋里有一包纸巾和口罩", "口袋内有纸巾、口罩", None, None)), (0.35, ("袖口有点脏", "袖口有污渍", None, None)),
                      (0.3, ("帽子上有一圈毛领", "帽子有毛领", "fur hood", "fur"))]:
            if p(pr):
                t["marks"].append(M(*m))
    elif sub == "stethoscope":
        t = T("other", sub, ["听诊器"], ["听诊器一副", "听诊器"], "stethoscope", "tingzhenqi",
              color=ch(["black", "blue", "purple", "red"]), brand="lisheng", bvis=0.7)
        t["marks"].append(M("听头上刻着我的名字", "听头刻有“%s”" % nm, "my name engraved on the chest piece", "nametag"))
        t["name"], t["nvis"] = nm, 0.9
        if p(0.4):
            t["marks"].append(M("挂着护理学院的小牌", "挂有护理学院小牌", None, None))
    elif sub == "records":
        t = T("other", sub, ["病历本", "病历", "出院小结和病历"], ["病历袋", "门诊病历本", "病历资料一袋"], "medical records", "bingli",
              color=ch(["blue", "white"]), name=nm, nvis=0.95, noc=True)
        t["ser"].append(S("pid", "ZY" + digits(7), 0.3, 0.7, lab=ch(["住院号", "病案号"])))
        t["marks"].append(M("里面有出院小结和化验单", "内有出院记录、化验单", None, None))
    else:
        t = T("other", "handwarmer", ["暖手宝", "热水袋"], ["暖手宝一个", "充电暖手宝"], "hand warmer", "nuanshoubao",
              color=ch(["pink", "red", "white"]), bvis=0.0)
        t["marks"].append(M("毛绒套子是兔子形状的", "兔子造型毛绒外套", None, "rabbit"))
    return t


GEN = {"id_doc": g_id_doc, "phone": g_phone, "wallet": g_wallet, "keys": g_keys, "ebike": g_ebike, "bicycle": g_bicycle,
       "bag": g_bag, "cash": g_cash, "jewelry": g_jewelry, "electronics": g_electronics, "other": g_other}

VOICE_W = {"elder": 14, "child": 16, "nurse": 7, "cleaner": 4, "guard": 3, "student": 13, "driver": 3, "rural": 13,
           "intl": 4, "pinyin": 3, "family": 12}
VOICE_CAT = {"ebike": {"intl": 0, "pinyin": 0.5, "elder": 4, "nurse": 10, "guard": 6, "cleaner": 8, "driver": 6},
             "bicycle": {"student": 30, "intl": 6, "elder": 3, "rural": 3, "child": 3},
             "jewelry": {"student": 3, "intl": 1, "pinyin": 0, "driver": 1},
             "cash": {"intl": 0, "pinyin": 0, "student": 2, "child": 18, "rural": 18},
             "electronics": {"student": 18, "intl": 6}, "bag": {"student": 16}}


def pick_voice(cat):
    w = dict(VOICE_W)
    w.update(VOICE_CAT.get(cat, {}))
    return wch([(k, w[k]) for k in sorted(w)])


def loss_place(t, per):
    """Where the object was really lost (a place key) and, sometimes, the route the owner remembers."""
    v, cat = per["voice"], t["cat"]
    if cat == "ebike":
        return ch(["park", "park", "gateN", "gateE", "dorm", "hot1", "bus", "gateS", "canteen"]), None
    if cat == "bicycle":
        return ch(["dorm", "lib", "cgate", "teach", "gateE", "cant2", "gateN"]), None
    if v in ("rural", "family", "elder", "child") and p(0.07):
        return "bus", "rail"
    cl = wch({"elder": [("op", 50), ("ip", 15), ("pk", 4), ("st", 14), ("bs", 9), ("ht", 4), ("er", 4)],
              "child": [("op", 38), ("ip", 30), ("pk", 14), ("st", 8), ("er", 6), ("ht", 4)],
              "nurse": [("ip", 50), ("er", 15), ("pk", 15), ("st", 10), ("op", 10)],
              "cleaner": [("ip", 30), ("op", 30), ("st", 20), ("bs", 20)],
              "guard": [("pk", 30), ("op", 25), ("st", 25), ("er", 20)],
              "student": [("cp", 65), ("st", 12), ("op", 10), ("ip", 8), ("bs", 5)],
              "driver": [("er", 60), ("pk", 20), ("st", 20)],
              "rural": [("op", 30), ("ht", 22), ("bs", 18), ("st", 15), ("ip", 15)],
              "intl": [("cp", 70), ("st", 15), ("op", 15)], "pinyin": [("cp", 60), ("st", 20), ("op", 20)],
              "family": [("ip", 38), ("ht", 25), ("st", 15), ("op", 12), ("er", 10)]}[v])
    if t["sub"] == "filmbag":
        cl = ch(["op", "op", "ht", "bs", "ip"])
    return ch(CLUSTER[cl]), None


def loss_times():
    """(t_loss, lost_from_min, lost_to_min): the true moment and the window the owner gives."""
    b = wch([(0, 18), (1, 36), (2, 30), (3, 13), (4, 3)])
    t = [lambda: R.randint(30, 600), lambda: R.randint(600, 2880), lambda: R.randint(2880, 10080),
         lambda: R.randint(10080, 43200), lambda: R.randint(43200, 120000)][b]()
    before = wch([(0, 2), (1, 4), (2, 3), (3, 1)])
    before = [lambda: R.randint(0, 30), lambda: R.randint(30, 240), lambda: R.randint(240, 1440), lambda: R.randint(1440, 4320)][before]()
    after = wch([(0, 3), (1, 4), (2, 2)])
    after = [lambda: R.randint(0, 30), lambda: R.randint(30, 240), lambda: R.randint(240, 1440)][after]()
    frm = min(MAXMIN, t + before)
    to = max(0, t - after)
    return t, frm, to


def found_time(t_loss):
    d = wch([(0, 4), (1, 4), (2, 2), (3, 1)])
    d = [lambda: R.randint(2, 60), lambda: R.randint(60, 600), lambda: R.randint(600, 2880), lambda: R.randint(2880, 8000)][d]()
    return max(0, t_loss - d)


# ---------------------------------------------------------------- the owner's report
def joinsub(a, sub):
    """'东门' + '东门岗亭' -> '东门岗亭'; '公交枢纽' + '枢纽站调度室' -> '公交枢纽站调度室'."""
    if not sub:
        return a
    if sub[:2] in a:
        return a[:a.index(sub[:2])] + sub
    return a + sub


def alias(k):
    pl = PL[k]
    return ch(pl["al"] + [pl["addr"]])


def opener(per):
    v, rel = per["voice"], per["rel"]
    if v == "elder":
        return ch(["", "我是来看病的，", "我今年%d了，记性不好，" % per["age"], "老年人报失："])
    if v == "child":
        return ch(["替%s登记：" % rel, "%s%s在咱医院看病，" % (rel, per["subj"]["name"]), "帮家里老人报失，", "我是病人家属，替%s来登记，" % rel])
    if v == "nurse":
        return ch(["%s护士，" % ch(WARDS), "本院护士，", ""])
    if v == "cleaner":
        return ch(["我是医院保洁，", "保洁员，", ""])
    if v == "guard":
        return ch(["保卫科的，", "我是医院保安，", ""])
    if v == "student":
        return ch(["医学院%d级学生，" % R.randint(2021, 2025), "衡原医学院的学生，", "", "实习生，"])
    if v == "driver":
        return ch(["120急救车司机，", "我是跑120的，", "急救中心司机，"])
    if v == "rural":
        return ch(["俺是从%s来给%s看病哩，" % (per["village"], rel or "家里人"), "俺从乡下来的，", "", "俺不识几个字，叫人帮着写哩，"])
    if v == "family":
        who = "，替%s登记，" % rel if rel else "，"
        return ch(["病人家属，住在%s%s" % (ch(["康宁宾馆", "顺心旅馆", "杏林酒店", "平安旅社"]), who), "陪护家属" + who, ""])
    return ""


CLOSE = {"rural": ["中不中帮俺找找。", "俺可急死了。", "谢谢恁了。", ""],
         "nurse": ["捡到请送护士站。", "谢谢。", ""], "student": ["有捡到的同学请联系我，谢谢！", "万分感谢！", ""],
         "_": ["麻烦帮忙留意一下。", "谁捡到了请联系我，必有重谢！", "急用，谢谢！", "谢谢！", "", ""]}


def owner_place(lp, route, veh=False):
    """(address field, body phrase, key for coordinates or None)."""
    if route:
        a = PL[route]["al"][0]
        ph = ch(["从%s坐16路公交到医院的路上" % a, "%s到医院这一路，坐的公交" % a, "在16路公交上，%s上的车，医院东枢纽下的" % a])
        return ph, ph, None
    x = R.random()
    if x < 0.16 and len(CLUSTER[PL[lp]["cl"]]) > 1 and not veh:
        o = ch([q for q in CLUSTER[PL[lp]["cl"]] if q != lp])
        ph = ch(["%s，也可能是%s" % (alias(lp), alias(o)), "%s或者%s" % (alias(o), alias(lp))])
        return ph, ph, ch([lp, o])
    k = lp if x > 0.28 else (veh_near(lp) if veh else near_place(lp))
    ph = alias(k)
    if p(0.3):
        ph = joinsub(ph, ch(VSUB.get(k, ["门口"]) if veh else PL[k]["sub"]))
    addr = ph if p(0.5) else PL[k]["addr"]
    return addr, ph, k


def desc_owner(t, per, fill):
    c = cword(t["color"]) if t["color"] and not t.get("noc") and p(0.9) else None
    b = bword(t["brand"], t["cat"]) if t["brand"] and p(0.85) else None
    m = t["model"] if t["model"] and p(t["mo"]) else None
    n = ch(t["on"])
    cd = (c if c.endswith("的") else c + "的") if c else ""
    x = R.random()
    if x < 0.4:
        d = "%s%s%s%s" % (cd, b or "", m or "", n)
    elif x < 0.7:
        d = "%s%s%s" % (b or "", n, ("，" + c) if c else "")
        if m:
            d += "，型号" + m
    else:
        d = "一个%s%s" % (n, ("，" + cd) if c else "")
        if b:
            d += "，%s牌子%s" % (b, ("（%s）" % m) if m else "")
    if per["rel"] and p(0.7):
        d = per["rel"] + "的" + d
    return d, c, b, m


def pick_marks(t, side, fill, en=False):
    key = "e" if en else side
    ms = [m for m in t["marks"] if m[key]]
    if not ms:
        return []
    k = min(len(ms), R.randint([0, 1, 1][fill], [1, 2, 4][fill]))
    if side == "f" and k == 0 and p(0.8):
        k = 1
    return sample(ms, k)


def render_lost(t, per, lp, route, frm, to):
    v = per["voice"]
    fill = wch([(0, 2), (1, 4.5), (2, 3.5)])
    rec = {"category": t["lcat"]}
    addr, pph, ck = owner_place(lp, route, t["cat"] in ("ebike", "bicycle"))
    known = [s for s in t["ser"] if p(s["ok"])]
    sers = [fmt_ser(s, "o") for s in known]
    pf = [0.15, 0.55, 0.9][fill]
    if v == "intl":
        c = COL[t["color"]][1] if t["color"] and p(0.9) else None
        b = BR[t["brand"]][1] if t["brand"] and p(0.85) else None
        m = t["model"] if t["model"] and p(t["mo"]) else None
        ms = pick_marks(t, "o", fill, en=True)
        d = " ".join(x for x in ["my", c, b, m, t["en"]] if x)
        where = "at %s" % PL[lp]["en"] if ck else "on the way to the hospital"
        body = ch(["I lost %s %s, %s." % (d, where, window_en(frm, to)), "Lost %s %s %s." % (d, window_en(frm, to), where)])
        if ms:
            body += " It has " + ", ".join(x["e"] for x in ms) + "."
        if sers:
            s0 = known[0]
            if s0["k"] == "card":
                sers[0] = (s0["v"], "")
                body += " There is a %s card ending %s." % ("bank", s0["v"])
            else:
                body += " %s: %s." % ({"imei": "IMEI", "pass": "Passport no.", "stu": "Student no.", "sn": "Serial no."}.get(s0["k"], "Number"), sers[0][0])
        body += ch([" Please contact me, thank you!", " I really need it back.", ""])
        addr = PL[lp]["en"] if ck else addr
    elif v == "pinyin":
        c = COL[t["color"]][2] if t["color"] else None
        b = BR[t["brand"]][2] if t["brand"] and p(0.7) else None
        ms, m = [], None
        body = "%s diu le, %s zai %s, %s" % (t["py"], ", ".join(x for x in [c, b] if x) + ("," if c or b else ""), PL[lp]["py"], point_py(frm))
        if sers and p(0.6):
            body += ", %s" % sers[0][0]
        body += ch([", xiexie", ", qing lianxi wo", ""])
        addr = PL[lp]["py"] if p(0.5) else None
    else:
        d, c, b, m = desc_owner(t, per, fill)
        ms = pick_marks(t, "o", fill)
        hid = sample(t["hid"], R.randint(0, [1, 1, 2][fill]))
        verb = ch(["丢了", "弄丢了", "寻不着了", "不见了", "掉了"] if v == "rural" else ["丢了", "弄丢了", "找不着了", "不见了", "落下了", "掉了"])
        tph = window_zh(frm, to, v)
        if p(0.08):
            body = typo("%s%s %s" % (d.split("，")[0], verb, alias(lp) if ck else "公交上"))
            fill, ms, hid, sers, pf = 0, [], [], [], 0.15
        else:
            x = R.random()
            if route:
                s1 = "%s%s%s，下车才发现%s没了" % (opener(per), tph, pph, d)
            elif x < 0.45:
                s1 = "%s%s在%s%s%s" % (opener(per), tph, pph, verb, d)
            elif x < 0.75:
                s1 = "%s%s%s，%s，在%s" % (opener(per), d, verb, tph, pph)
            else:
                s1 = "%s%s去%s，回来发现%s没了" % (opener(per), tph, pph, d)
            segs = [s1]
            if ms:
                segs.append("，".join(x["o"] for x in ms))
            if hid:
                segs.append("，".join(hid))
            if sers and (fill < 2 or p(0.6)):
                segs.append("，".join(x[1] for x in sers))
            segs.append(ch(CLOSE.get(v, CLOSE["_"])))
            body = "。".join(x for x in segs if x)
            body = body.replace("，，", "，").replace("，。", "。").replace("。。", "。").replace("：。", "：")
            if p(0.1):
                body = typo(body)
        if fill and ms and p(pf):
            rec["marks"] = "；".join([x["o"] for x in ms] + hid)[:500]
    t["_oser"] = t["ser"].index(known[0]) if sers else None
    t["_omarks"] = [t["marks"].index(x) for x in ms]
    t["_oc"] = c
    if c and p(pf):
        rec["color"] = c
    if b and p(pf):
        rec["brand"] = b
    if m and p(pf):
        rec["model"] = m
    if sers and p([0.3, 0.7, 0.95][fill]):
        rec["serial"] = sers[0][0]
    if addr and p([0.4, 0.8, 1.0][fill]):
        rec["address"] = addr[:60]
    if ck and p(0.7 if v in ("intl", "student") else 0.42):
        rec["lat"], rec["lon"] = coords(ck, 60)
    rec["body"] = body[:600]
    rec["lost_from_min"], rec["lost_to_min"] = frm, to
    return rec


# ---------------------------------------------------------------- the finder's registration
FINDERS = {"op": ["cleaner", "guard", "volunteer", "pharmacist", "citizen", "desk"], "er": ["nurse", "guard", "amb", "cleaner"],
           "ip": ["nurse", "cleaner", "guard", "family", "canteen"], "pk": ["guard", "parking", "cleaner"],
           "st": ["citizen", "shop", "sanit", "patrol"], "cp": ["student", "dormkeeper", "canteen", "campusguard"],
           "ht": ["hoteldesk", "cleaner", "citizen"], "bs": ["busdriver", "dispatcher", "citizen"], "far": ["citizen", "station", "patrol"]}
HANDOVER = {"op": ["已交门诊一楼导医台", "暂存门诊服务中心", "已送派出所阳光坐席"], "er": ["暂存急诊分诊台", "已交保卫科"],
            "ip": ["暂存护士站", "已交保卫科", "暂存住院部服务台"], "pk": ["已存保卫科", "暂存停车楼岗亭"],
            "st": ["已送派出所", "交到派出所阳光坐席"], "cp": ["已交学校保卫处", "暂存宿管室"], "ht": ["放在宾馆前台", "已送派出所"],
            "bs": ["存枢纽站调度室", "已交公交公司失物招领"], "far": ["已送派出所", "交车站服务台"]}


def finder_who(kind, fp):
    s = ch(SURN)
    return {"cleaner": ch(["保洁员%s阿姨" % s, "保洁员%s某" % s, "保洁人员"]), "guard": ch(["保安%s师傅" % s, "巡逻保安", "保卫科%s某" % s]),
            "volunteer": ch(["导医台志愿者", "志愿者小%s" % s]), "pharmacist": ch(["药房工作人员", "西药房药师%s某" % s]),
            "citizen": ch(["市民%s女士" % s, "市民%s先生" % s, "一位路过的市民", "热心群众"]), "desk": "有人",
            "nurse": ch(["%s护士站" % ch(WARDS), "护士%s某" % s, "值班护士"]), "amb": "120司机%s师傅" % s,
            "family": ch(["一名病人家属", "陪护家属%s某" % s]), "canteen": ch(["食堂师傅", "食堂打饭的%s师傅" % s]),
            "parking": ch(["停车楼收费员", "停车场管理员%s某" % s]), "shop": ch(["店老板", {"bfast": "早餐摊老板", "drug": "药店店员", "mart": "超市老板"}.get(fp, "路边小卖部老板")]),
            "sanit": "环卫工%s师傅" % s, "patrol": ch(["巡逻民警", "辅警%s某" % s]), "student": ch(["医学院学生%s" % make_name(20, ch("MF")), "一名学生"]),
            "dormkeeper": "宿管阿姨", "campusguard": ch(["学校门卫", "医学院保卫处"]), "hoteldesk": "%s前台" % PL[fp]["al"][0],
            "busdriver": "%s路公交司机%s师傅" % (ch(["16", "2", "9", "K3"]), s), "dispatcher": "枢纽站调度员", "station": "车站工作人员"}[kind]


def desc_finder(t, drift=False, force_brand=False):
    c = None
    if t["color"] and p(0.9):
        c = ch(DRIFT[t["color"]]) if drift else cword(t["color"])
    b = bword(t["brand"], t["cat"]) if t["brand"] and (force_brand or p(t["bvis"])) else None
    m = t["model"] if t["model"] and p(t["mvis"]) else None
    n = ch(t["fn"])
    d = "%s%s%s%s" % (c or "", b or "", (" " + m + " ") if m else "", n) if p(0.6) else "%s%s" % (n, ("（%s）" % "，".join(x for x in [c, b, m] if x)) if (c or b or m) else "")
    return d.replace("  ", " "), c, b, m


def render_found(t, fp, fat, drift=False, force=()):
    """force: things a hard negative must show so that it visibly differs ('ser', 'name', 'marks', 'brand')."""
    fill = wch([(0, 2), (1, 4), (2, 4)])
    rec = {"category": t["fcat"]}
    d, c, b, m = desc_finder(t, drift, "brand" in force)
    ms = pick_marks(t, "f", fill)
    if "marks" in force:
        for mk in t["marks"]:
            if mk.get("force") and mk["f"] and mk not in ms:
                ms.append(mk)
    if "name" in force and t["name"]:
        for mk in t["marks"]:
            if mk["f"] and t["name"] in mk["f"] and mk not in ms:
                ms.append(mk)
    vis = [s for s in t["ser"] if p(s["fv"]) or ("ser" in force and s is t["ser"][0])]
    sers = [fmt_ser(s, "f") for s in vis]
    extra = []
    if t["name"] and t["cat"] == "id_doc" and (p(t["nvis"]) or "name" in force):
        nm = t["name"].upper() if t["sub"] == "passport" else t["name"]
        extra.append(ch(["姓名%s" % nm, "姓名：%s" % nm, "持证人%s" % nm]))
        if t["sub"] == "idcard" and t["ser"] and p(0.3):
            extra.append("出生%s年" % t["ser"][0]["v"][6:10])
    fo = sample(t["fonly"], R.randint(0, len(t["fonly"])))
    pl = PL[fp]
    veh = t["cat"] in ("ebike", "bicycle")
    sub = ch(VSUB.get(fp, ["路边"])) if veh else (ch(pl["sub"]) if p(0.75) else "")
    place = joinsub(ch(pl["al"]) if p(0.4) else pl["addr"], sub)
    kind = ch(FINDERS[pl["cl"]])
    who = finder_who(kind, fp)
    tph = point_zh(fat, "_", precise=p(0.5))
    hand = ch(HANDOVER[pl["cl"]])
    feats = "，".join([x["f"] for x in ms] + extra + [x[1] for x in sers])
    verb = ch(["捡到", "拾得", "发现", "拾到"])
    x = R.random()
    if x < 0.4:
        body = "%s，%s在%s%s%s" % (tph, who, place, verb, d)
        body += ("，" + feats if feats else "") + "。" + ("，".join(fo) + "。" if fo else "") + hand + "。"
    elif x < 0.65:
        body = "拾得物品：%s。拾得地点：%s。拾得时间：%s。" % (d, place, tph)
        body += ("特征：%s。" % feats if feats else "") + ("%s。" % "，".join(fo) if fo else "") + ch(["拾得人：%s。" % who, ""] if kind != "desk" else [""]) + hand + "。"
    elif x < 0.85 and kind in ("citizen", "student", "family", "cleaner", "guard", "nurse"):
        body = "我%s在%s捡到%s" % (tph, place, d)
        body += ("，" + feats if feats else "") + ("，" + "，".join(fo) if fo else "") + "，" + ch(["失主请联系我", "已经交给保卫科了", "谁丢的来认领", hand]) + "。"
    else:
        body = "%s交来%s，%s%s。" % (who, d, place, verb) + (feats + "。" if feats else "") + hand + "。"
    body = body.replace("。。", "。").replace("，，", "，")
    pf = [0.3, 0.7, 0.95][fill]
    if c and p(pf):
        rec["color"] = c
    if b and p(pf):
        rec["brand"] = b
    if m and p(pf):
        rec["model"] = m
    if sers and p([0.4, 0.75, 0.95][fill] if "ser" not in force else 0.9):
        rec["serial"] = sers[0][0]
    if (ms or extra) and fill and p(pf):
        rec["marks"] = "；".join([x["f"] for x in ms] + extra + fo)[:500]
    if p([0.6, 0.9, 1.0][fill]):
        rec["address"] = joinsub(pl["addr"], sub if p(0.5) else "")[:60]
    if p(0.6):
        rec["lat"], rec["lon"] = coords(fp, 25)
    rec["body"] = body[:600]
    rec["found_at_min"] = fat
    return rec


# ---------------------------------------------------------------- pairs, never-found reports, hard negatives
PAIR_PLAN = [("id_doc", 26), ("phone", 24), ("wallet", 18), ("keys", 14), ("ebike", 9), ("bicycle", 5), ("bag", 14),
             ("cash", 6), ("jewelry", 8), ("electronics", 13), ("other", 13)]
UNM_PLAN = [("id_doc", 12), ("phone", 14), ("wallet", 10), ("keys", 9), ("ebike", 5), ("bicycle", 4), ("bag", 8),
            ("cash", 6), ("jewelry", 6), ("electronics", 8), ("other", 8)]
# pairs the two sides file under different categories: (category, subtype, voices)
XCAT = [("id_doc", "sscard", ["elder", "child", "rural"]), ("cash", "inbag", ["rural", "child"]),
        ("bag", "filmbag", ["child", "rural", "family"]), ("electronics", "hearing", ["elder", "child", "rural"])]
NEG_PLAN = [("same_category_colour", 24), ("found_before_loss", 18), ("same_brand_far_away", 16), ("twin", 16),
            ("near_serial", 14), ("same_spot_other_item", 12), ("same_name_other_person", 8), ("shared_mark", 12)]
ROAM = ["park", "gateE", "gateN", "bus", "dorm", "hot1", "mart", "bfast", "cgate", "gateS"]


def make_lost(cat, sub=None, xc=False, voices=None):
    per = person(ch(voices) if voices else pick_voice(cat))
    t = GEN[cat](per, sub, xc)
    lp, route = loss_place(t, per)
    tl, frm, to = loss_times()
    rec = render_lost(t, per, lp, route, frm, to)
    return {"t": t, "per": per, "lp": lp, "route": route, "tl": tl, "frm": frm, "to": to, "rec": rec, "found": None, "nneg": 0}


def build_plan(plan, with_x):
    out = []
    for cat, n in plan:
        xs = [x for x in XCAT if x[0] == cat] if with_x else []
        for i in range(n):
            out.append((cat, xs[i][1], True, xs[i][2]) if i < len(xs) else (cat, None, False, None))
    R.shuffle(out)
    return out


lost_entries, found_entries = [], []
for cat, sub, xc, voices in build_plan(PAIR_PLAN, True):
    e = make_lost(cat, sub, xc, voices)
    if e["route"]:
        fp = ch(["bus", "bus", "rdstop"])
    elif cat in ("ebike", "bicycle"):
        fp = ch([q for q in ROAM if q != e["lp"]]) if p(0.4) else veh_near(e["lp"])
    else:
        fp = near_place(e["lp"])
    fat = found_time(e["tl"])
    frec = render_found(e["t"], fp, fat, drift=p(0.06))
    e["found"] = len(found_entries)
    found_entries.append({"rec": frec, "lost": len(lost_entries), "neg": None})
    lost_entries.append(e)
N_PAIRED = len(lost_entries)
for cat, sub, xc, voices in build_plan(UNM_PLAN, False):
    lost_entries.append(make_lost(cat, sub, xc, voices))


def fresh_like(e, same_sub=True, name=None):
    tt = e["t"]
    per = person(e["per"]["voice"])
    if name:
        per["subj"]["name"] = name
    sub = tt["sub"] if same_sub else None
    if tt["cat"] == "cash" and sub == "inbag":
        sub = "envelope"
    n = GEN[tt["cat"]](per, sub, False)
    n["fcat"] = n["cat"]
    return n


def other_brand(n, e):
    for _ in range(12):
        if n["brand"] != e["t"]["brand"]:
            return n
        n2 = fresh_like(e)
        n["brand"], n["model"] = n2["brand"], n2["model"]
    if n["brand"] == e["t"]["brand"]:
        n["brand"], n["model"] = None, None
    return n


def after_loss(e):
    return R.randint(max(0, e["to"] - 1440), e["frm"])


def neg_ok(kind, e):
    tt = e["t"]
    if e["nneg"] >= 2 or e["route"] or tt["lcat"] != tt["fcat"]:
        return False
    if kind == "same_category_colour":
        return bool(tt["color"] and tt["_oc"])
    if kind == "found_before_loss":
        return e["frm"] + 240 <= MAXMIN
    if kind == "same_brand_far_away":
        return bool(tt["brand"])
    if kind == "twin":
        return bool(tt["brand"] or tt["model"]) and (tt["_oser"] is not None or tt["_omarks"])
    if kind == "near_serial":
        return tt["_oser"] is not None
    if kind == "same_spot_other_item":
        return True
    if kind == "same_name_other_person":
        return bool(tt["name"]) and tt["sub"] in ("idcard", "sscard", "stucard", "pcard", "dl", "senior", "filmbag", "medbag", "records", "stethoscope", "passport")
    if kind == "shared_mark":
        return any(tt["marks"][i]["key"] and tt["marks"][i]["f"] for i in tt["_omarks"])
    return False


PRIVATE_KEYS = ("nametag", "tag", "engr", "wardlabel", None)


def public_marks(tt, only_owner_said=False):
    idx = tt["_omarks"] if only_owner_said else range(len(tt["marks"]))
    return [tt["marks"][i] for i in idx if tt["marks"][i]["key"] not in PRIVATE_KEYS and tt["marks"][i]["f"]]


def differs_in_look(n, e, tries=10):
    """Redraw a fresh object until its colour (or brand) differs from the target's."""
    tt = e["t"]
    for _ in range(tries):
        if (n["color"] != tt["color"]) or (n["brand"] and n["brand"] != tt["brand"]):
            return n
        n = fresh_like(e, same_sub=False)
    return n


def fam(key):
    return (key or "").split("_")[0]


def put_mark(n, mk):
    n["marks"] = [x for x in n["marks"] if not x["key"] or fam(x["key"]) != fam(mk["key"])] + [copy.deepcopy(mk)]


def make_neg(kind, e):
    tt = e["t"]
    veh = tt["cat"] in ("ebike", "bicycle")
    fp, fat, force = (veh_near(e["lp"]) if veh else near_place(e["lp"])), after_loss(e), []
    if kind == "same_category_colour":
        n = fresh_like(e)
        if tt["brand"]:
            n = other_brand(n, e)
        n["color"] = tt["color"]
        force = (["brand"] if n["brand"] else []) + ["marks", "ser"]
    elif kind == "found_before_loss":
        n = fresh_like(e)
        n["brand"], n["model"], n["color"] = tt["brand"], tt["model"], tt["color"]
        for mk in public_marks(tt):
            if p(0.6):
                put_mark(n, mk)
        fat = min(MAXMIN, e["frm"] + R.randint(240, 10 * 1440))
    elif kind == "same_brand_far_away":
        n = fresh_like(e)
        n["brand"] = tt["brand"]
        n["model"] = tt["model"] if p(0.4) else None
        if p(0.5):
            n["color"] = tt["color"]
        fp = ch(CLUSTER["far"]) if not veh else veh_near("rail")
        if e["to"] >= 4320:
            fat = R.randint(0, e["to"] - 2880)
        else:
            fat = min(MAXMIN, e["frm"] + R.randint(2880, 20000))
        force = ["brand"]
    elif kind == "twin":
        n = fresh_like(e)
        n["brand"], n["model"], n["color"] = tt["brand"], tt["model"], tt["color"]
        force = ["marks", "ser", "name"]
    elif kind == "near_serial":
        n = fresh_like(e)
        if p(0.6):
            n["brand"], n["model"], n["color"] = tt["brand"], tt["model"], tt["color"]
        s0 = copy.deepcopy(tt["ser"][tt["_oser"]])
        s0["v"] = near_serial(s0["k"], s0["v"])
        s0["fv"] = 1.0
        n["ser"] = [s0] + [s for s in n["ser"] if s["k"] != s0["k"]]
        force = ["ser", "name"]
    elif kind == "same_spot_other_item":
        n = differs_in_look(fresh_like(e, same_sub=False), e)
        fp = e["lp"]
        fat = R.randint(max(0, e["to"] - 180), e["frm"])
        force = ["brand"] if n["brand"] else ["marks"]
    elif kind == "same_name_other_person":
        n = fresh_like(e, name=tt["name"])
        force = ["name", "ser"]
    else:  # shared_mark
        n = differs_in_look(fresh_like(e), e)
        put_mark(n, ch(public_marks(tt, True)))
        force = ["marks"] + (["brand"] if n["brand"] else [])
    for mk in n["marks"]:
        mk["force"] = "marks" in force or kind == "shared_mark"
    return render_found(n, fp, fat, force=tuple(force))


def neg_ok2(kind, e):
    if not neg_ok(kind, e):
        return False
    if kind == "shared_mark":
        return bool(public_marks(e["t"], True))
    return True


NEG_TARGETS = []
for kind, cnt in NEG_PLAN:
    for _ in range(cnt):
        pu = [i for i in range(N_PAIRED, len(lost_entries)) if neg_ok2(kind, lost_entries[i])]
        pp = [i for i in range(N_PAIRED) if neg_ok2(kind, lost_entries[i])]
        if not pu and not pp:
            raise SystemExit("no target for %s" % kind)
        i = ch(pu if (pu and p(0.5)) or not pp else pp)
        lost_entries[i]["nneg"] += 1
        NEG_TARGETS.append("paired" if i < N_PAIRED else "never_found")
        found_entries.append({"rec": make_neg(kind, lost_entries[i]), "lost": None, "neg": kind})

# ---------------------------------------------------------------- keys, order, output
FIELDS = ["category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
lo = list(range(len(lost_entries)))
fo = list(range(len(found_entries)))
R.shuffle(lo)
R.shuffle(fo)
fkey = {}
for n, i in enumerate(fo):
    fkey[i] = "%s-F%04d" % (PFX, n + 1)
found_out, lost_out = [], []
for i in fo:
    fe, r = found_entries[i], found_entries[i]["rec"]
    o = {"key": fkey[i]}
    o.update((f, r[f]) for f in FIELDS if f in r)
    o["found_at_min"] = r["found_at_min"]
    if fe["neg"]:
        o["negative"] = fe["neg"]
    found_out.append(o)
for n, i in enumerate(lo):
    e, r = lost_entries[i], lost_entries[i]["rec"]
    o = {"key": "%s-L%04d" % (PFX, n + 1)}
    o.update((f, r[f]) for f in FIELDS if f in r)
    o["lost_from_min"], o["lost_to_min"] = r["lost_from_min"], r["lost_to_min"]
    o["truth"] = fkey[e["found"]] if e["found"] is not None else None
    lost_out.append(o)

doc = {"seed": SEED, "made_by": "tests/lostfound/make_set81.py", "parts": {PART: {"found": found_out, "lost": lost_out}}}
with open(OUT, "w", encoding="utf-8") as fh:
    json.dump(doc, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
n_true = sum(1 for o in lost_out if o["truth"])
print("wrote %s: %d lost (%d with a found item, %d never handed in), %d found (%d hard negatives)"
      % (OUT, len(lost_out), n_true, len(lost_out) - n_true, len(found_out), sum(1 for o in found_out if "negative" in o)))
print("hard negatives drawn against a report whose item was handed in: %d, against a never-found report: %d"
      % (NEG_TARGETS.count("paired"), NEG_TARGETS.count("never_found")))
vc = {}
for e in lost_entries:
    vc[e["per"]["voice"]] = vc.get(e["per"]["voice"], 0) + 1
print("owner voices: " + ", ".join("%s %d" % (k, vc[k]) for k in sorted(vc)))
