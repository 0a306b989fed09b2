#!/usr/bin/env python3
"""make_set13.py - writes set13.json, a blind labelled lost-and-found set.

World: 永宁街 desk (阳光坐席) of the invented 荷塘街派出所 in the old city district
(老城区) of the invented southern city 岭州: 骑楼 streets, 早茶 tea houses, two 街市,
the big 市一医院, the 北帝庙 temple fair, parks with 广场舞 and bird cages, two primary
schools, a metro line and a bus terminal; a few far places (火车站, 高铁南站, 机场,
大学城, 天汇广场).

Every object is first drawn as a hidden truth record (kind, colour, brand, model,
serials, marks, contents, where and when it was lost).  The owner's report and the
finder's registration are then written INDEPENDENTLY from that record, each by its own
random stream, in its own voice: the owner knows hidden contents and may remember
things vaguely; the finder sees only what is visible or printed.  Negatives are other
objects drawn the same way and placed on purpose near a report (see SET13.md).

Python 3 standard library only.  Deterministic: every random stream is seeded from a
string (hashed with SHA-512 by the random module, independent of PYTHONHASHSEED), no
set() is iterated, dicts are only iterated in insertion order.
"""
import json
import math
import os
import random
import re

SEED = 20261213
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set13.json")

NOW_CLOCK = 21 * 60 + 30      # the virtual "now" is 21:30 of day 0
DAYS = 108                    # losses happen within the last DAYS days
LIMIT_MIN = 172800            # nothing older than 120 days
LAT0, LON0 = 23.1180, 113.2520
KM_LAT, KM_LON = 1 / 111.0, 1 / 102.2

N_TRUE = {"phone": 27, "wallet": 20, "id_doc": 13, "keys": 15, "ebike": 9, "bicycle": 7,
          "bag": 16, "cash": 6, "jewelry": 10, "electronics": 16, "other": 11}
N_NULL = {"phone": 11, "wallet": 8, "id_doc": 5, "keys": 6, "ebike": 8, "bicycle": 4,
          "bag": 5, "cash": 4, "jewelry": 4, "electronics": 3, "other": 2}
N_NEG = {"decoy": 37, "decoy_vague": 8, "decoy_true": 25, "twin": 22, "before_loss": 20,
         "other_place": 16, "unclaimed": 22}


def rng_for(*parts):
    return random.Random("set13|%d|%s" % (SEED, "|".join(str(p) for p in parts)))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


def wpick(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for item, w in pairs:
        r -= w
        if r < 0:
            return item
    return pairs[-1][0]


def sample(rng, seq, k):
    return rng.sample(list(seq), k)


# ---------------------------------------------------------------- check digits

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


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_imei(rng):
    tac = pick(rng, ["86", "35", "86", "86"]) + digits(rng, 6)
    body = tac + digits(rng, 6)
    return body + luhn_digit(body)


BANKS = [("工行", "中国工商银行", "622202", 19), ("建行", "中国建设银行", "621700", 19),
         ("农行", "中国农业银行", "622848", 19), ("中行", "中国银行", "621661", 19),
         ("招行", "招商银行", "622588", 16), ("邮储", "邮政储蓄银行", "621799", 19),
         ("广发", "广发银行", "622568", 16), ("农商行", "岭州农商银行", "623037", 19)]


def make_card(rng, bank):
    _, _, prefix, n = bank
    body = prefix + digits(rng, n - len(prefix) - 1)
    return body + luhn_digit(body)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def mask_mid(s, head, tail, ch="*"):
    return s[:head] + ch * (len(s) - head - tail) + s[len(s) - tail:]


CN_DIG = "零一二三四五六七八九"


def cn_digits(s):
    return "".join(CN_DIG[int(c)] if c.isdigit() else c for c in s)


def cn_num(n):
    """Small integers in words (0 < n < 10000), the way people say money."""
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for u, w in units:
        d = n // u
        n %= u
        if d:
            if zero:
                out += "零"
                zero = False
            out += ("两" if d == 2 and u >= 100 else CN_DIG[d]) + w
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += CN_DIG[n]
    if out.startswith("一十"):
        out = out[1:]
    return out


# ---------------------------------------------------------------- people

SURNAMES = "陈 李 黄 梁 何 罗 冯 吴 林 郭 张 刘 谭 麦 邓 区 余 叶 苏 潘 关 卢 钟 霍 莫 曾 谢 杨 朱 周 彭 骆".split()
GIVEN = {
    ("old", "f"): ["玉英", "秀珍", "惠珍", "凤仪", "桂芳", "淑贤", "妙玲", "少芬", "丽华", "月娥", "瑞芳", "彩霞", "银好", "婉仪"],
    ("old", "m"): ["国强", "志明", "炳坤", "锦荣", "耀华", "伟雄", "汉生", "荣基", "永康", "德明", "金水", "振华", "树森", "洪根"],
    ("adult", "f"): ["嘉欣", "晓彤", "咏诗", "婉婷", "慧敏", "雪莹", "丽君", "佩珊", "美玲", "静怡", "敏仪", "翠萍"],
    ("adult", "m"): ["志豪", "俊杰", "家乐", "伟文", "子健", "浩明", "国栋", "嘉伟", "永强", "卓文", "启明", "冠华"],
    ("kid", "f"): ["子涵", "欣怡", "诗琪", "可欣", "梓晴", "雨桐", "乐瑶", "芷若"],
    ("kid", "m"): ["梓轩", "浩然", "俊熙", "宇航", "子睿", "乐天", "铭轩", "一鸣"],
}
REGIONS = ["440103", "440104", "440105", "440103", "440111", "440106", "445281", "440923",
           "431022", "452501", "440882", "441481", "360726", "440103"]


def make_person(rng, age_group, used_names):
    sex = pick(rng, ["f", "m"])
    for _ in range(200):
        name = pick(rng, SURNAMES) + pick(rng, GIVEN[(age_group, sex)])
        if name not in used_names:
            break
    used_names.append(name)
    age = {"old": rng.randint(62, 86), "adult": rng.randint(21, 58), "kid": rng.randint(7, 12)}[age_group]
    year = 2026 - age
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    seq = rng.randint(0, 99) * 10 + (pick(rng, [1, 3, 5, 7, 9]) if sex == "m" else pick(rng, [0, 2, 4, 6, 8]))
    body = "%s%04d%02d%02d%03d" % (pick(rng, REGIONS), year, month, day, seq)
    return {"name": name, "sex": sex, "age": age, "group": age_group, "id": body + id_check(body)}


def mask_name(name, rng):
    if len(name) == 2:
        return name[0] + "*"
    return pick(rng, [name[0] + "*" + name[2:], name[0] + "**", name[0] + "某某"])


def id_forms_owner(idno, rng):
    low = idno[:-1] + idno[-1].lower()
    return [idno, idno, low if idno.endswith("X") else idno,
            "%s %s %s" % (idno[:6], idno[6:14], idno[14:]),
            mask_mid(idno, 4, 4), "尾号" + idno[-4:], "后四位" + (low[-4:] if chance(rng, 0.5) else idno[-4:])]


def id_forms_finder(idno):
    return [idno, mask_mid(idno, 6, 4), mask_mid(idno, 3, 4), mask_mid(idno, 6, 4), "尾号" + idno[-4:]]


# ---------------------------------------------------------------- colours

COLORS = {
    "black": (["黑色", "黑色", "黑", "深色", "亮黑色"], ["黑色", "黑色", "深色"]),
    "white": (["白色", "白色", "米白色", "乳白色"], ["白色", "白色", "米白色"]),
    "gray": (["灰色", "深灰色", "灰色"], ["灰色", "深灰色"]),
    "silver": (["银色", "银白色"], ["银色", "银白色"]),
    "gold": (["金色", "香槟金"], ["金色", "金黄色"]),
    "red": (["红色", "大红色", "酒红色", "枣红色"], ["红色", "暗红色"]),
    "pink": (["粉色", "粉红色", "浅粉色"], ["粉色", "粉红色"]),
    "blue": (["蓝色", "宝蓝色", "天蓝色", "浅蓝色"], ["蓝色", "蓝色", "浅蓝色"]),
    "navy": (["藏青色", "深蓝色", "藏蓝色"], ["深蓝色", "藏青色"]),
    "green": (["绿色", "墨绿色", "军绿色", "绿色"], ["绿色", "墨绿色"]),
    "brown": (["棕色", "咖啡色", "啡色", "深棕色"], ["棕色", "咖啡色", "棕褐色"]),
    "purple": (["紫色", "淡紫色", "紫罗兰色"], ["紫色", "浅紫色"]),
    "yellow": (["黄色", "鹅黄色", "明黄色"], ["黄色"]),
    "orange": (["橙色", "橘色"], ["橙色", "橘黄色"]),
    "beige": (["肤色", "米色"], ["肤色", "米黄色"]),
    "khaki": (["米色", "卡其色", "米黄色"], ["米色", "卡其色"]),
}
CANTO_COLOR = {"brown": "啡色", "black": "黑色", "white": "白色", "gold": "金色"}


def color_fact(fam, product=None, po=0.75, pf=0.85, canto_ok=True):
    o = list(COLORS[fam][0])
    if not canto_ok and "啡色" in o:
        o.remove("啡色")
    if product:
        o += [product, product]
    return F("color", "color", o, list(COLORS[fam][1]), po, pf)


# ---------------------------------------------------------------- brands

BRANDS = {
    "huawei": (["华为", "华为", "HUAWEI", "Huawei", "huawei", "华维"], ["华为", "HUAWEI", "华为"]),
    "apple": (["苹果", "苹果", "iPhone", "iphone", "Apple", "爱疯", "平果"], ["苹果", "苹果", "Apple"]),
    "xiaomi": (["小米", "小米", "Xiaomi", "MI", "xiaomi"], ["小米", "Xiaomi"]),
    "redmi": (["红米", "Redmi", "小米红米", "redmi"], ["Redmi", "红米"]),
    "oppo": (["OPPO", "oppo", "OPPO", "欧珀", "opp0"], ["OPPO", "OPPO"]),
    "vivo": (["vivo", "VIVO", "vivo", "维沃", "vivio"], ["vivo", "VIVO"]),
    "honor": (["荣耀", "荣耀", "HONOR", "honor"], ["荣耀", "HONOR"]),
    "samsung": (["三星", "三星", "Samsung", "SAMSUNG", "samsang"], ["三星", "SAMSUNG"]),
    "newman": (["纽曼", "Newman", "纽曼"], ["纽曼", "Newman"]),
    "shouhubao": (["守护宝", "守护宝"], ["守护宝"]),
    "philips": (["飞利浦", "Philips", "飞利蒲"], ["飞利浦", "PHILIPS"]),
    "goldlion": (["金利来", "金利来", "Goldlion", "goldlion"], ["金利来", "Goldlion"]),
    "septwolves": (["七匹狼", "七匹狼", "SEPTWOLVES"], ["七匹狼", "SEPTWOLVES"]),
    "coach": (["COACH", "Coach", "蔻驰", "coach"], ["COACH", "Coach"]),
    "scarecrow": (["稻草人", "稻草人", "MEXICAN"], ["稻草人", "MEXICAN"]),
    "cartelo": (["卡帝乐鳄鱼", "鳄鱼", "卡帝乐"], ["鳄鱼标志", "CARTELO"]),
    "yadea": (["雅迪", "雅迪", "Yadea", "YADEA", "雅迪电动车"], ["雅迪", "YADEA"]),
    "aima": (["爱玛", "爱玛", "AIMA", "艾玛"], ["爱玛", "AIMA"]),
    "tailg": (["台铃", "台铃", "TAILG", "台玲"], ["台铃", "TAILG"]),
    "sunra": (["新日", "新日", "SUNRA"], ["新日", "SUNRA"]),
    "niu": (["小牛", "小牛", "NIU", "niu"], ["小牛", "NIU"]),
    "luyuan": (["绿源", "绿源", "LUYUAN"], ["绿源", "LUYUAN"]),
    "giant": (["捷安特", "捷安特", "GIANT", "giant", "捷安特单车"], ["捷安特", "GIANT"]),
    "merida": (["美利达", "MERIDA", "美利达"], ["美利达", "MERIDA"]),
    "forever": (["永久", "永久牌", "永久"], ["永久", "FOREVER"]),
    "phoenix": (["凤凰", "凤凰牌", "凤凰"], ["凤凰", "PHOENIX"]),
    "decathlon": (["迪卡侬", "迪卡侬", "DECATHLON", "迪卡龙"], ["迪卡侬", "DECATHLON", "BTWIN"]),
    "xds": (["喜德盛", "喜德盛", "XDS"], ["喜德盛", "XDS"]),
    "nike": (["耐克", "耐克", "Nike", "NIKE"], ["耐克", "NIKE"]),
    "adidas": (["阿迪达斯", "阿迪", "adidas", "Adidas"], ["阿迪达斯", "adidas"]),
    "anta": (["安踏", "安踏", "ANTA"], ["安踏", "ANTA"]),
    "samsonite": (["新秀丽", "Samsonite", "新秀丽"], ["新秀丽", "Samsonite"]),
    "mk": (["MK", "Michael Kors", "mk"], ["MK", "MICHAEL KORS"]),
    "xiaomibag": (["小米", "小米", "Xiaomi"], ["小米", "MI"]),
    "ctf": (["周大福", "周大福", "周大富"], ["周大福", "周大福"]),
    "css": (["周生生", "周生生"], ["周生生"]),
    "lukfook": (["六福", "六福珠宝", "六福"], ["六福", "六福珠宝"]),
    "lfx": (["老凤祥", "老凤祥", "老凤翔"], ["老凤祥"]),
    "imoo": (["小天才", "小天才", "小天才电话手表", "imoo"], ["小天才", "imoo"]),
    "lenovo": (["联想", "联想", "Lenovo", "ThinkPad"], ["联想", "Lenovo"]),
    "canon": (["佳能", "佳能", "Canon", "canon"], ["佳能", "Canon"]),
    "sony": (["索尼", "SONY", "Sony"], ["索尼", "SONY"]),
    "romoss": (["罗马仕", "罗马仕", "ROMOSS"], ["罗马仕", "ROMOSS"]),
    "phonak": (["峰力", "峰力", "Phonak"], ["峰力", "Phonak"]),
    "signia": (["西门子", "西门子", "Signia", "西嘛子"], ["Signia", "西门子"]),
    "bjbs": (["不见不散", "不见不散", "BJBS"], ["不见不散"]),
    "shinco": (["新科", "新科", "SHINCO"], ["新科", "SHINCO"]),
    "paradise": (["天堂伞", "天堂", "天堂伞"], ["天堂伞", "天堂"]),
    "thermos": (["膳魔师", "膳魔师", "THERMOS"], ["膳魔师", "THERMOS"]),
    "zojirushi": (["象印", "象印", "ZOJIRUSHI"], ["象印", "ZOJIRUSHI"]),
    "fuguang": (["富光", "富光"], ["富光"]),
    "longines": (["浪琴", "浪琴", "Longines"], ["浪琴", "LONGINES"]),
    "tissot": (["天梭", "天梭", "Tissot"], ["天梭", "TISSOT"]),
    "shanghai": (["上海牌", "上海"], ["上海牌", "上海"]),
    "toyota": (["丰田", "丰田", "Toyota"], ["丰田", "丰田"]),
    "honda": (["本田", "本田", "Honda"], ["本田"]),
    "vw": (["大众", "大众", "VW"], ["大众", "大众"]),
    "byd": (["比亚迪", "比亚迪", "BYD"], ["比亚迪", "BYD"]),
    "uniqlo": (["优衣库", "优衣库", "UNIQLO"], ["优衣库", "UNIQLO"]),
}


def brand_fact(key, po=0.85, pf=0.7):
    o, f = BRANDS[key]
    return F("brand", "brand", list(o), list(f), po, pf)


# ---------------------------------------------------------------- facts and views

def opts(lst, slot):
    out = []
    for x in lst:
        if isinstance(x, str):
            x = (x, True)
        text, spec = x[0], x[1]
        field = x[2] if len(x) > 2 else None
        if spec is True:
            spec = (slot,)
        elif not spec:
            spec = ()
        out.append((text, tuple(spec), field))
    return out


def F(slot, group, o, f, po, pf):
    """A fact of a truth record.  o / f: what the owner / the finder could write about
    it (text, or (text, spec) where spec says which slot values the text pins down, or
    (text, spec, field) with the form of it a field would hold).  po / pf: how likely
    each side writes it at all."""
    return {"slot": slot, "group": group, "o": opts(o, slot), "f": opts(f, slot), "po": po, "pf": pf}


# ---------------------------------------------------------------- places

PLACES = []
PLACE = {}


def P(pid, kind, x, y, names, fnames, spots):
    d = {"id": pid, "kind": kind, "x": x, "y": y, "names": names, "fnames": fnames, "spots": spots}
    PLACES.append(d)
    PLACE[pid] = d


P("ruyi", "teahouse", 0.0, 0.0, ["如意茶楼", "永宁路如意茶楼", "如意酒家", "如意茶楼"],
  ["永宁路88号如意茶楼", "如意茶楼（永宁路88号）", "永宁路88号", "如意茶楼"], ["二楼大厅", "三楼", "12号台", "门口等位区", "洗手间门口", "收银台"])
P("fuman", "teahouse", 1.1, 0.6, ["福满楼", "福满楼酒家", "康宁路福满楼"],
  ["康宁路201号福满楼酒家", "福满楼酒家", "康宁路201号"], ["一楼大厅", "8号台", "电梯口", "二楼卡座"])
P("dexing", "teahouse", -0.8, -0.5, ["德兴茶居", "泰和街德兴", "德兴"],
  ["泰和街12号德兴茶居", "德兴茶居", "泰和街12号"], ["靠窗卡位", "5号台", "门口"])
P("hetang_mkt", "market", 0.5, -0.9, ["荷塘街市", "荷塘菜市场", "荷塘市场"],
  ["荷塘路45号荷塘市场", "荷塘菜市场", "荷塘路45号"], ["猪肉档", "鱼档", "蔬菜区", "市场东门", "干货档", "熟食档"])
P("guixiang_mkt", "market", -1.4, 0.9, ["桂香菜市场", "桂香街市", "桂香里市场"],
  ["桂香里3号桂香市场", "桂香菜市场", "桂香里3号"], ["入口", "水果档", "鸡档", "二楼"])
P("hosp", "hospital", 1.6, 0.9, ["市一医院", "岭州市第一人民医院", "一医", "市第一人民医院"],
  ["岭州市第一人民医院", "康宁路300号市一医院", "市一医院", "康宁路300号"],
  ["门诊楼三楼候诊区", "缴费窗口", "住院部电梯口", "急诊大厅", "门诊一楼药房", "地下停车场", "CT室门口"])
P("tcm", "hospital", -0.3, 1.4, ["中医院", "岭州市中医院", "市中医院"],
  ["和平里岭州市中医院", "市中医院", "和平里56号中医院"], ["针灸科", "挂号处", "煎药房门口"])
P("hexi_park", "park", 0.9, -1.8, ["荷溪公园", "荷溪公园东门", "荷溪公园"],
  ["荷溪公园", "荷溪公园东门广场", "荷溪路荷溪公园"], ["东门广场", "湖边长椅", "健身器材区", "凉亭", "儿童游乐区"])
P("rongyin_park", "park", -1.6, -1.2, ["榕荫公园", "榕荫园", "榕荫公园"],
  ["榕荫公园", "西濠路榕荫公园"], ["大榕树下", "鸟笼区", "石凳", "公厕旁"])
P("temple", "temple", -0.4, 0.5, ["北帝庙", "北帝庙庙会", "庙前街北帝庙"],
  ["庙前街北帝庙", "北帝庙广场", "庙前街"], ["香炉旁", "舞狮表演区", "小吃摊", "庙门口"])
P("qilou", "street", 0.2, 0.3, ["永宁路骑楼街", "永宁路", "永宁路骑楼"],
  ["永宁路骑楼街", "永宁路中段骑楼下", "永宁路"], ["骑楼底", "凉茶铺门口", "金铺门口", "公交站"])
P("heping", "street", -0.5, 1.0, ["和平里骑楼", "和平里", "和平路"],
  ["和平路骑楼街", "和平里", "和平路"], ["骑楼底", "糖水铺门口", "报刊亭"])
P("school1", "school", 0.6, -1.3, ["荷塘小学", "荷塘路小学"],
  ["荷塘小学", "荷塘路荷塘小学门口"], ["校门口", "家长等候区", "门卫室"])
P("school2", "school", -1.0, 1.6, ["培英路小学", "培英小学"],
  ["培英路小学", "培英路小学校门"], ["校门口", "对面文具店"])
P("metro_yn", "metro", 0.1, 0.4, ["永宁站", "地铁永宁站", "永宁地铁站"],
  ["地铁3号线永宁站", "永宁站B出口", "永宁站"], ["B出口", "站厅", "安检口", "站台"])
P("metro_kn", "metro", 1.4, 0.7, ["康宁路站", "地铁康宁路站"],
  ["地铁6号线康宁路站", "康宁路站A出口"], ["A出口", "客服中心", "站台"])
P("bus_term", "bus", 0.7, -1.1, ["荷塘公交总站", "荷塘总站"],
  ["荷塘公交总站", "荷塘路公交总站"], ["调度室", "车厢后排", "车厢座位"])
P("jiahe", "supermarket", 0.4, 0.2, ["佳和超市", "永宁路佳和超市"],
  ["佳和超市（永宁店）", "永宁路佳和超市"], ["收银台", "储物柜", "生鲜区", "门口"])
P("baohua", "residential", -0.2, -0.3, ["宝华苑", "宝华苑小区"],
  ["宝华苑小区", "宝华路宝华苑"], ["3栋楼下", "小区门口", "快递柜旁"])
P("taihe", "residential", -0.9, -0.7, ["泰和里", "泰和里小区"],
  ["泰和里小区", "泰和里"], ["巷口", "楼梯间", "单车棚"])
P("changshou", "residential", 0.0, 1.1, ["长寿坊", "长寿坊小区"],
  ["长寿坊社区", "长寿坊"], ["社区活动中心", "巷口"])
P("tongfu", "residential", -1.2, 0.2, ["同福西街", "同福西"],
  ["同福西街", "同福西街口"], ["街口", "老人活动室"])
P("binjiang", "riverside", 0.3, -2.4, ["滨江西路", "江边", "滨江西路江边"],
  ["滨江西路江边步道", "滨江西路"], ["步道", "码头旁", "长椅"])
P("xihao", "riverside", -0.6, -0.1, ["西濠涌", "西濠涌边", "西濠涌步道"],
  ["西濠涌步道", "西濠涌"], ["桥头", "步道"])
P("bank", "bank", 0.3, 0.1, ["工商银行永宁支行", "永宁路工行", "工行永宁支行"],
  ["工商银行永宁支行", "永宁路工商银行"], ["ATM机旁", "大堂", "填单台"])
P("pharmacy", "street", 1.5, 0.8, ["仁济大药房", "医院对面药房"],
  ["康宁路仁济大药房", "仁济大药房"], ["收银台", "门口"])
P("kangning", "street", 1.2, 0.4, ["康宁路", "康宁路口"],
  ["康宁路中段", "康宁路与荷塘路交界"], ["公交站", "人行道"])
P("rail", "far", 2.5, 6.5, ["岭州站", "火车站", "岭州火车站"],
  ["岭州站", "岭州火车站候车室"], ["候车室", "出站口", "售票厅"])
P("hsr", "far", -3.0, -18.0, ["岭州南站", "南站", "高铁南站"],
  ["岭州南站", "岭州南站候车大厅"], ["候车大厅", "检票口", "出租车上客区"])
P("airport", "far", 5.0, 28.0, ["白鹭机场", "机场", "白鹭国际机场"],
  ["白鹭国际机场T2", "白鹭机场"], ["安检口", "到达大厅", "行李转盘"])
P("univ", "far", 14.0, -4.0, ["大学城", "岭州大学城"],
  ["大学城中环路", "岭州大学城"], ["图书馆", "饭堂", "公交站"])
P("tianhui", "far", 6.0, 3.0, ["天汇广场", "天汇商场"],
  ["天汇广场购物中心", "天汇广场"], ["B1美食区", "三楼影院", "洗手间"])

NEAR_KINDS = [k for k in ["teahouse", "market", "hospital", "park", "temple", "street", "school", "metro",
                          "bus", "supermarket", "residential", "riverside", "bank"]]


def dist(a, b):
    return math.hypot(a["x"] - b["x"], a["y"] - b["y"])


def neighbours(place, max_km=1.2):
    return [p for p in PLACES if p is not place and p["kind"] != "far" and dist(p, place) <= max_km]


ACTS = {
    "teahouse": ["饮早茶", "喝早茶", "饮茶", "同几个老友记饮茶", "带孙子饮早茶", "吃早茶"],
    "market": ["买菜", "买肉", "买鱼", "买菜", "买水果"],
    "hospital": ["看病", "复诊", "陪老人看病", "拿药", "做检查", "探病"],
    "park": ["跳广场舞", "晨练", "散步", "遛鸟", "打太极", "带孙子玩"],
    "temple": ["逛庙会", "拜神", "上香", "看舞狮"],
    "school": ["接孩子放学", "送孩子上学", "接孙子放学"],
    "metro": ["坐地铁", "搭地铁"],
    "bus": ["坐公交", "搭巴士"],
    "street": ["逛街", "买东西", "行街", "买凉茶"],
    "supermarket": ["买东西", "买日用品"],
    "residential": ["楼下散步", "取快递", "在楼下坐", "倒垃圾"],
    "riverside": ["散步", "夜跑", "江边钓鱼"],
    "bank": ["办业务", "取钱", "交水电费"],
    "far": ["赶车", "坐车", "接人"],
}
HOURS = {
    "teahouse": [(6, 11), (14, 16)], "market": [(6, 11), (16, 18)], "hospital": [(8, 17)],
    "park": [(6, 9), (18, 21)], "temple": [(9, 17)], "school": [(7, 8), (16, 17)],
    "metro": [(7, 21)], "bus": [(6, 20)], "street": [(9, 21)], "supermarket": [(9, 21)],
    "residential": [(7, 21)], "riverside": [(17, 21)], "bank": [(9, 16)], "far": [(7, 20)],
}
FINDERS = {
    "teahouse": ["服务员", "楼面经理", "收台阿姨", "茶客"],
    "market": ["摊主", "市场管理员", "环卫工", "买菜的街坊"],
    "hospital": ["导医", "保安", "护士", "保洁员", "病人家属"],
    "park": ["保洁员", "晨练的阿姨", "公园保安", "游客"],
    "temple": ["庙会志愿者", "保安", "摊贩"],
    "school": ["门卫", "老师", "家长"],
    "metro": ["站务员", "安检员", "保洁员"],
    "bus": ["司机", "调度员"],
    "street": ["环卫工", "店主", "路人", "辅警"],
    "supermarket": ["收银员", "理货员", "保安"],
    "residential": ["保安", "物业", "邻居"],
    "riverside": ["夜跑市民", "环卫工", "巡逻队员"],
    "bank": ["大堂经理", "保安"],
    "far": ["站务员", "旅客", "保洁员"],
}
ORG = {"teahouse": "本店", "market": "市场管理处", "hospital": "医院保卫科", "school": "学校门卫室",
       "metro": "地铁车站", "bus": "公交总站", "supermarket": "超市", "bank": "银行网点",
       "residential": "小区物业", "far": "车站失物招领处"}
BUS_ROUTES = ["12路", "108路", "233路", "夜31路"]


# ---------------------------------------------------------------- truth records
#
# A maker draws the parameters p of one object (fix: parameters to keep, used for
# twins and decoys) and returns the truth record: its facts, what each side may say.

def person_for(p, rng, ctx, group):
    if "person" not in p:
        p["person"] = make_person(rng, group, ctx["used_names"])
    return p["person"]


def name_forms(person, rng):
    n = person["name"]
    spec_mask = n[0] + "*" + n[2:] if len(n) == 3 else n[0] + "*"
    return n, spec_mask, n[0] + "某"


def choose(rng, p, key, pairs):
    if key not in p:
        p[key] = wpick(rng, pairs)
    return p[key]


def T_base(kind, cats, gen, measure, places, p, facts, color, brand, owner_group, reporter="self", owner=None):
    return {"kind": kind, "cats": cats, "gen": gen, "measure": measure, "places": places, "p": p,
            "facts": facts, "color": color, "brand": brand, "owner_group": owner_group,
            "reporter": reporter, "owner": owner}


PHONE_MODELS = [
    ("huawei", "mate60", ["Mate 60 Pro", "Mate60 Pro", "mate60pro", "Mate60"], ["Mate 60 Pro"],
     [("black", "雅丹黑"), ("purple", "南糯紫"), ("green", "雅川青"), ("white", "白沙银")], 3),
    ("huawei", "nova11", ["nova 11", "nova11", "Nova 11"], ["nova 11"],
     [("black", "曜金黑"), ("blue", "冰晶蓝"), ("white", "雪域白")], 3),
    ("huawei", "enjoy60", ["畅享60", "畅享 60"], ["畅享60"], [("black", "幻夜黑"), ("green", "翡冷翠")], 2),
    ("apple", "ip15", ["iPhone 15", "15", "苹果15"], [("后置双摄", False), ("双摄像头", False)],
     [("black", "黑色"), ("pink", "粉色"), ("blue", "蓝色"), ("yellow", "黄色")], 3),
    ("apple", "ip14p", ["iPhone 14 Pro", "14Pro", "14 pro"], [("后置三摄", False), ("后面三个摄像头", False)],
     [("black", "深空黑色"), ("purple", "暗紫色"), ("gold", "金色"), ("silver", "银色")], 3),
    ("apple", "ip13", ["iPhone 13", "13", "苹果13"], [("后置双摄", False)],
     [("black", "午夜色"), ("white", "星光色"), ("blue", "蓝色"), ("pink", "粉色"), ("red", "红色")], 3),
    ("apple", "ip11", ["iPhone 11", "11"], [("后置双摄", False)],
     [("black", "黑色"), ("white", "白色"), ("purple", "紫色"), ("green", "绿色")], 2),
    ("xiaomi", "mi13", ["小米13", "13", "Xiaomi 13"], ["小米13"],
     [("black", "黑色"), ("white", "白色"), ("blue", "远山蓝"), ("green", "旷野绿")], 2),
    ("redmi", "note12", ["Redmi Note 12", "note12", "红米note12"], ["Redmi Note 12"],
     [("black", "子夜黑"), ("blue", "时光蓝"), ("white", "镜瓷白")], 3),
    ("oppo", "reno10", ["Reno10", "reno 10", "Reno 10"], ["Reno10"],
     [("black", "月海黑"), ("gold", "溢光金"), ("blue", "冰川蓝")], 2),
    ("oppo", "a58", ["A58", "a58"], ["A58"], [("black", "星夜黑"), ("green", "静海绿")], 2),
    ("vivo", "x90", ["X90", "x90"], ["X90"], [("black", "至黑"), ("red", "华夏红"), ("blue", "冰蓝")], 2),
    ("vivo", "y78", ["Y78", "y78"], ["Y78"], [("black", "月影黑"), ("gold", "流金")], 2),
    ("honor", "h90", ["荣耀90", "90"], ["荣耀90"], [("black", "亮黑色"), ("blue", "冰川蓝"), ("silver", "星钻银")], 2),
    ("honor", "x50", ["X50", "x50"], ["X50"], [("black", "典雅黑"), ("green", "燃力绿")], 2),
    ("samsung", "s23", ["Galaxy S23", "S23", "s23"], ["Galaxy S23"],
     [("black", "曜夜黑"), ("white", "悠柔白"), ("green", "悠野绿")], 1),
    ("newman", "l8", ["老人机", "按键老人机"], [], [("red", "红色"), ("black", "黑色"), ("gold", "金色")], 2),
    ("shouhubao", "k1", ["老人机", "按键手机"], [], [("red", "红色"), ("black", "黑色")], 1),
    ("philips", "e6", ["E6", "老人机"], [("E6", True)], [("black", "黑色"), ("gold", "金色")], 1),
]
ELDER_PHONES = ("newman", "shouhubao", "philips")
PHONE_CASES = [
    ("clear", ["透明壳", "透明手机壳", "套着透明软壳"], ["透明保护壳", "透明软壳", "透明手机壳"]),
    ("black_sil", ["黑色硅胶壳", "黑色的硅胶套"], ["黑色硅胶保护套", "黑色手机壳"]),
    ("pink_stand", ["粉色的壳，后面有个支架", "粉色支架壳"], ["粉色手机壳（带支架）", "粉色带支架的手机壳"]),
    ("flip", ["翻盖的皮套", "翻盖皮套"], ["翻盖皮套", "翻盖式保护皮套"]),
    ("bear", ["壳上有只小熊", "小熊图案的壳"], ["手机壳印有卡通小熊", "卡通小熊手机壳"]),
    ("kuromi", ["库洛米的壳", "紫色库洛米手机壳"], ["卡通手机壳（库洛米图案）", "紫色卡通壳，印有库洛米"]),
    ("shinchan", ["蜡笔小新的手机壳", "小新图案的壳"], ["蜡笔小新图案手机壳"]),
    ("armor", ["防摔壳，四个角厚厚的", "防摔壳"], ["四角气囊防摔壳", "防摔手机壳"]),
    ("green_matte", ["绿色磨砂壳", "绿色磨砂的壳"], ["绿色磨砂手机壳"]),
    ("none", ["没有戴壳", "裸机，没套壳"], ["无手机壳", "裸机（无保护壳）"]),
    ("wallet_case", ["皮套后面可以插卡", "插卡的皮套"], ["带插卡位的皮质手机壳"]),
]
PHONE_CHARMS = [
    ("red_rope", ["挂了一条红绳", "有条红色挂绳"], ["挂红色挂绳", "红色手机挂绳"]),
    ("beads", ["挂着一串珠子手机链", "有串珠子挂链"], ["串珠手机链", "挂有串珠挂链"]),
    ("pingan", ["挂了个平安符", "挂着个平安符"], ["挂一个平安符", "平安符挂件"]),
    ("wrist", ["有条黑色手腕绳", "挂了条黑色手绳"], ["黑色腕带挂绳"]),
    ("doll", ["挂着一只玲娜贝儿公仔", "挂了个玲娜贝儿"], ["挂一个粉色小狐狸公仔", "粉色狐狸公仔挂件"]),
]
PHONE_SCREENS = [
    ("crack_tr", ["屏幕右上角有裂纹", "屏幕右上角摔裂了"], ["屏幕右上角碎裂", "右上角屏幕有裂痕"]),
    ("crack_bl", ["屏幕左下角裂了一块", "左下角屏幕碎了"], ["屏幕左下角破裂", "左下角有裂纹"]),
    ("crack_back", ["后盖裂了", "背板摔裂了"], ["后盖玻璃有裂痕"]),
]
PHONE_LOCKS = [
    ("grandkid", ["锁屏是我孙子的照片", "屏保是个小男孩的相"], ["锁屏壁纸为小男孩照片", "锁屏是一个小男孩"]),
    ("cat", ["锁屏是我家橘猫", "锁屏是只橘色的猫"], ["锁屏图片是一只橘猫", "锁屏为猫的照片"]),
    ("couple", ["锁屏是我同老婆的合照", "屏保是我们两公婆的合照"], ["锁屏为一男一女合照"]),
    ("lotus", ["锁屏是荷花", "屏保是一朵荷花"], ["锁屏是荷花图片"]),
    ("girl", ["锁屏是我女儿照片", "屏保是个扎辫子的小女孩"], ["锁屏为小女孩照片", "锁屏是扎辫子的小女孩"]),
    ("beach", ["锁屏是海边风景", "屏保是海边的照片"], ["锁屏为海边风景图"]),
    ("dog", ["锁屏是我家柯基", "屏保是只柯基狗"], ["锁屏是一只柯基犬"]),
]


def vfact(slot, group, table, vid, po, pf, fmt=None):
    for row in table:
        if row[0] == vid:
            o, f = row[1], row[2]
            if fmt:
                o = [x.format(**fmt) for x in o]
                f = [x.format(**fmt) for x in f]
            return F(slot, group, o, f, po, pf)
    raise KeyError(vid)


def vids(table):
    return [row[0] for row in table]


def choose_model(rng, p):
    rows = [m for m in PHONE_MODELS
            if ("brand" not in p or m[0] == p["brand"])
            and ("color" not in p or p["color"] in [c for c, _ in m[4]])
            and ("elder" not in p or (m[0] in ELDER_PHONES) == p["elder"])]
    if not rows:
        rows = [m for m in PHONE_MODELS if "brand" not in p or m[0] == p["brand"]]
    return wpick(rng, [(m, m[5]) for m in rows])


def mk_phone(rng, fix, ctx):
    p = dict(fix)
    if "model" not in p:
        p["model"] = choose_model(rng, p)[1]
    M = [m for m in PHONE_MODELS if m[1] == p["model"]][0]
    p["brand"] = M[0]
    elder = M[0] in ELDER_PHONES
    if "color" not in p or p["color"] not in [c for c, _ in M[4]]:
        p["color"] = pick(rng, [c for c, _ in M[4]])
    product = [w for c, w in M[4] if c == p["color"]][0]
    group = "old" if elder else wpick(rng, [("adult", 4), ("old", 1)])
    person = person_for(p, rng, ctx, group)
    choose(rng, p, "case", [(v, 1) for v in vids(PHONE_CASES)] if not elder else [("none", 3), ("flip", 1), ("clear", 1)])
    choose(rng, p, "charm", [(None, 7)] + [(v, 0.6) for v in vids(PHONE_CHARMS)])
    choose(rng, p, "screen", [(None, 8)] + [(v, 0.8) for v in vids(PHONE_SCREENS)])
    choose(rng, p, "lock", [(None, 6)] + [(v, 0.7) for v in vids(PHONE_LOCKS)] if not elder else [(None, 1)])
    if p["case"] in ("clear", "wallet_case"):
        choose(rng, p, "case_content", [(None, 1), ("transit", 1), ("cash50", 0.6), ("photo", 0.6), ("idcard", 0.5)])
    else:
        p["case_content"] = None
    if "imei" not in p:
        p["imei"] = make_imei(rng)
        p["imei2"] = make_imei(rng)
    if "tail" not in p:
        p["tail"] = digits(rng, 4)
    nouns_o = ["手机", "手机", "电话"] if not elder else ["老人机", "老人手机", "按键手机"]
    nouns_f = ["手机", "手机"] if not elder else ["老年手机", "按键手机", "老人机"]
    facts = [F("type", "noun", nouns_o, nouns_f, 1, 1),
             color_fact(p["color"], product if product not in COLORS[p["color"]][0] else None, 0.75,
                        0.55 if p["case"] not in ("clear", "none") else 0.85),
             brand_fact(p["brand"], 0.9, 0.75)]
    if not elder:
        facts.append(F("model", "model", M[2], M[3], 0.55, 0.35 if p["brand"] == "apple" else 0.12))
    facts.append(vfact("case", "mark", PHONE_CASES, p["case"], 0.6, 0.75))
    if p["charm"]:
        facts.append(vfact("charm", "mark", PHONE_CHARMS, p["charm"], 0.55, 0.65))
    if p["screen"]:
        facts.append(vfact("screen", "mark", PHONE_SCREENS, p["screen"], 0.6, 0.7))
    if p["lock"]:
        facts.append(vfact("lock", "mark", PHONE_LOCKS, p["lock"], 0.35, 0.3))
    n, nm, _ = name_forms(person, rng)
    cc = p["case_content"]
    if cc:
        visible = p["case"] == "clear"
        table = {"transit": (["壳里夹着一张岭州通", "手机壳里面有张岭州通卡"], ["壳内夹有岭州通卡一张", "透明壳里夹着岭州通"]),
                 "cash50": (["壳里塞了张50块", "壳里夹着50元"], ["壳内夹有50元纸币一张"]),
                 "photo": (["壳里夹着孙女的小照片", "壳里有张小女孩照片"], ["壳内夹一张小女孩照片"]),
                 "idcard": (["壳里夹着身份证（%s）" % n, "身份证夹在手机壳里，名字%s" % n],
                            ["壳内夹有身份证一张，姓名%s" % nm, "手机壳内有身份证（%s）" % n])}[cc]
        facts.append(F("case_content", "mark", table[0], table[1] if visible or p["case"] == "wallet_case" else [],
                       0.6, 0.7 if visible else 0.4))
    imei = p["imei"]
    facts.append(F("imei", "serial",
                   [("IMEI：" + imei, True, imei), ("IMEI号" + imei, True, imei),
                    ("串号%s %s %s %s" % (imei[:2], imei[2:8], imei[8:14], imei[14]), True,
                     "%s %s %s %s" % (imei[:2], imei[2:8], imei[8:14], imei[14])),
                    ("IMEI尾号" + imei[-4:], True, "IMEI尾号" + imei[-4:]),
                    ("IMEI后六位" + imei[-6:], True, "后六位" + imei[-6:])],
                   [("IMEI1：%s IMEI2：%s" % (imei, p["imei2"]), True, "%s/%s" % (imei, p["imei2"])),
                    ("经查询IMEI为" + imei, True, imei), ("串号" + imei, True, imei)],
                   0.3, 0.15))
    facts.append(F("phone_no", "note", [("手机号尾号" + p["tail"], False), ("号码尾数" + p["tail"], False)], [], 0.3, 0))
    facts.append(F("onote", "note", [(x, False) for x in ["里面有很多照片，对我很重要", "手机有锁屏密码", "微信已经冻结了",
                                                          "手机卡已经挂失了", "打过去已经关机了"]], [], 0.4, 0))
    facts.append(F("fnote", "note", [], [(x, False) for x in ["已关机", "电量显示23%", "有多个未接来电", "屏幕亮起时有来电"]], 0, 0.35))
    places = [("teahouse", 3), ("market", 3), ("hospital", 2), ("park", 2), ("temple", 1), ("street", 2), ("metro", 2),
              ("bus", 2), ("supermarket", 1), ("school", 0.5), ("residential", 1), ("riverside", 1), ("bank", 0.5), ("far", 0.4)]
    return T_base("phone", [("phone", 1)], "手机", "部", places, p, facts, p["color"], p["brand"], group, owner=person)


WALLET_TYPES = [
    ("long", ["长款钱包", "长钱包", "长款钱包"], ["长款钱包", "长款皮夹"], "钱包", [("wallet", 1)], 3),
    ("short", ["短款钱包", "对折钱包", "短钱包"], ["短款钱包", "折叠式钱包"], "钱包", [("wallet", 1)], 3),
    ("coin", ["零钱包", "拉链小钱包", "散纸包"], ["零钱包", "拉链式小钱包"], "零钱包", [("wallet", 1)], 2),
    ("card", ["卡包", "卡套"], ["卡包", "卡夹"], "卡包", [("wallet", 0.55), ("other", 0.25), ("id_doc", 0.2)], 1.5),
    ("clutch", ["手拿包", "手包"], ["手拿包", "手包"], "手包", [("wallet", 0.6), ("bag", 0.4)], 1),
]
MATERIALS = [("leather", ["真皮的", "皮的", "牛皮的"], ["皮质"]), ("canvas", ["帆布的"], ["帆布材质"]),
             ("nylon", ["尼龙布的"], ["布面"])]
VIP_CARDS = [("ruyi", ["如意茶楼的会员卡"], ["如意茶楼会员卡1张"]), ("jiahe", ["佳和超市会员卡"], ["佳和超市会员卡一张"]),
             ("renji", ["仁济大药房的会员卡"], ["仁济大药房会员卡"]), ("fuman", ["福满楼贵宾卡"], ["福满楼贵宾卡一张"])]
PHOTOS = [("kid", ["孙子的一寸照", "一张小孩的一寸相"], ["小孩一寸照片一张"]),
          ("family", ["一张全家福", "全家福小照片"], ["全家福照片一张"]),
          ("oldcouple", ["我们老两口的合照", "两公婆的合照"], ["老年夫妇合照一张"])]


def cash_owner(amt, rng):
    out = [("现金%d元" % amt, ("cash",)), ("%d块钱" % amt, ("cash",))]
    if amt >= 100 and amt % 100:
        out.append(("%s多块现金" % cn_num(amt // 100 * 100), ()))
        out.append(("%d多块" % (amt // 100 * 100), ()))
    r = int(round(amt / 100.0)) * 100
    if r and abs(r - amt) <= 50:
        out.append(("大概%s块钱" % cn_num(r), ()))
        out.append(("现金%d左右" % r, ()))
    if amt < 100:
        out = [("几十块零钱", ()), ("%d块钱零钱" % amt, ("cash",))]
    return out


def cash_finder(amt):
    h, rest = divmod(amt, 100)
    out = [("现金%d元" % amt, ("cash",)), ("人民币%d元" % amt, ("cash",))]
    if h and rest:
        out.append(("现金%d元（百元%d张及零钱）" % (amt, h), ("cash",)))
    out.append(("现金若干", ()))
    return out


def card_facts(cards, rng):
    short = [b[0] for b, _ in cards]
    o = []
    if len(cards) == 1:
        b, num = cards[0]
        o += [("一张%s卡" % b[0], True), ("%s卡，尾号%s" % (b[0], num[-4:]), True, "%s卡尾号%s" % (b[0], num[-4:])),
              ("银行卡%s****%s" % (num[:4], num[-4:]), True, "%s****%s" % (num[:4], num[-4:]))]
    else:
        o += [("%s卡各一张" % "、".join(short), True), ("%s的银行卡" % "、".join(short), True),
              ("几张银行卡", False), ("%d张银行卡（%s）" % (len(cards), "、".join(short)), True)]
        b, num = cards[0]
        o.append(("%s卡等%d张银行卡，%s卡尾号%s" % (b[0], len(cards), b[0], num[-4:]), True))
    f = [("、".join("%s卡1张（尾号%s）" % (b[1], num[-4:]) for b, num in cards), True),
         ("银行卡%d张（%s）" % (len(cards), "、".join(short)), True),
         ("银行卡%d张" % len(cards), False)]
    b, num = cards[0]
    f.append(("%s卡1张，卡号%s" % (b[0], group4(num)), True if len(cards) == 1 else False))
    return F("cards", "content", o, f, 0.65, 0.75)


def id_in_wallet(person, rng, po=0.7, pf=0.9):
    n, nm, nv = name_forms(person, rng)
    idno = person["id"]
    o = [("身份证（%s）" % n, ("idname",)), ("我的身份证", ()), ("身份证，名字是%s" % n, ("idname",)),
         ("身份证（%s，%s）" % (n, pick(rng, id_forms_owner(idno, rng))), ("idname", "idno"))]
    f = [("居民身份证一张（%s）" % n, ("idname",)), ("身份证一张，姓名%s" % nm, ("idname",)),
         ("身份证1张（%s，%s）" % (n, pick(rng, id_forms_finder(idno))), ("idname", "idno")),
         ("身份证一张，号码%s" % mask_mid(idno, 6, 4), ("idno",)), ("身份证一张（%s）" % nv, ())]
    return F("idcard", "content", o, f, po, pf)


def mk_wallet(rng, fix, ctx):
    p = dict(fix)
    wt = [w for w in WALLET_TYPES if w[0] == choose(rng, p, "wtype", [(w[0], w[5]) for w in WALLET_TYPES])][0]
    group = p.get("group") or wpick(rng, [("adult", 3), ("old", 2)])
    p["group"] = group
    person = person_for(p, rng, ctx, group)
    choose(rng, p, "color", [("black", 4), ("brown", 4), ("red", 2), ("pink", 1), ("navy", 1), ("gray", 1), ("purple", 1)])
    choose(rng, p, "brand", [("goldlion", 2), ("septwolves", 2), ("coach", 1), ("scarecrow", 1), ("cartelo", 1), (None, 4)])
    choose(rng, p, "material", [("leather", 5), ("canvas", 1), ("nylon", 1)])
    if "contents" not in p:
        c = {}
        c["idcard"] = chance(rng, 0.5)
        c["cards"] = [(b, make_card(rng, b)) for b in sample(rng, BANKS, rng.choice([1, 1, 2, 2, 3]))] if chance(rng, 0.7) else []
        c["cash"] = pick(rng, [50, 120, 260, 320, 450, 500, 680, 800, 1000, 1350, 2000, 35, 230]) if wt[0] != "card" and chance(rng, 0.8) else 0
        c["social"] = chance(rng, 0.2)
        c["elder"] = group == "old" and chance(rng, 0.5)
        c["driver"] = group == "adult" and chance(rng, 0.15)
        c["vip"] = pick(rng, vids(VIP_CARDS)) if chance(rng, 0.2) else None
        c["photo"] = pick(rng, vids(PHOTOS)) if chance(rng, 0.18) else None
        c["transit"] = chance(rng, 0.3)
        c["receipt"] = group == "old" and chance(rng, 0.2)
        p["contents"] = c
    c = p["contents"]
    n, nm, nv = name_forms(person, rng)
    facts = [F("type", "noun", wt[1] + ["钱包"], wt[2] + ["钱包"], 1, 1),
             color_fact(p["color"], None, 0.8, 0.85)]
    if p["brand"]:
        facts.append(brand_fact(p["brand"], 0.55, 0.5))
    else:
        facts.append(F("brand", "mark", ["没什么牌子的", "无牌子"], ["无明显品牌标识"], 0.15, 0.2))
    facts.append(vfact("material", "mark", MATERIALS, p["material"], 0.35, 0.35))
    if c["idcard"]:
        facts.append(id_in_wallet(person, rng))
    if c["cards"]:
        facts.append(card_facts(c["cards"], rng))
    if c["cash"]:
        facts.append(F("cash", "content", cash_owner(c["cash"], rng), cash_finder(c["cash"]), 0.8, 0.85))
    if c["social"]:
        facts.append(F("social", "content", [("社保卡（%s）" % n, ("idname",)), ("社保卡", ())],
                       [("社会保障卡一张（%s）" % n, ("idname",)), ("社保卡1张，姓名%s" % nm, ("idname",))], 0.6, 0.8))
    if c["elder"]:
        facts.append(F("elder", "content", [("长者卡（%s）" % n, ("idname",)), ("老人优待卡", ()), ("敬老卡", ())],
                       [("长者优待卡一张（%s）" % n, ("idname",)), ("老年人优待卡1张，姓名%s" % nm, ("idname",))], 0.6, 0.8))
    if c["driver"]:
        facts.append(F("driver", "content", [("驾驶证（%s）" % n, ("idname",)), ("驾照", ())],
                       [("机动车驾驶证一本（%s）" % n, ("idname",))], 0.6, 0.8))
    if c["vip"]:
        facts.append(vfact("vip", "content", VIP_CARDS, c["vip"], 0.45, 0.6))
    if c["photo"]:
        facts.append(vfact("photo", "content", PHOTOS, c["photo"], 0.55, 0.6))
    if c["transit"]:
        facts.append(F("transit", "content", [("岭州通", False), ("一张岭州通卡", False)], [("岭州通卡1张", False)], 0.4, 0.6))
    if c["receipt"]:
        facts.append(F("receipt", "content", ["市一医院的挂号单", "几张医院的单据"], ["市一医院挂号单据若干"], 0.3, 0.4))
    places = [("teahouse", 2), ("market", 3), ("hospital", 2), ("park", 1.5), ("temple", 1), ("street", 2), ("metro", 1),
              ("bus", 1.5), ("supermarket", 1.5), ("bank", 1), ("residential", 0.5), ("far", 0.3)]
    return T_base("wallet", wt[4], wt[3], "个", places, p, facts, p["color"], p["brand"], group, owner=person)


DOC_TYPES = [
    ("idcard", ["身份证", "二代身份证", "身份证"], ["居民身份证", "身份证", "第二代居民身份证"], [("id_doc", 1)], "张", 5),
    ("driver", ["驾驶证", "驾照", "机动车驾驶证"], ["机动车驾驶证", "驾驶证"], [("id_doc", 1)], "本", 1.5),
    ("social", ["社保卡", "社会保障卡", "医保卡"], ["社会保障卡", "社保卡"], [("id_doc", 0.8), ("other", 0.1), ("wallet", 0.1)], "张", 1.5),
    ("passport", ["护照", "中国护照"], ["中华人民共和国护照", "护照"], [("id_doc", 1)], "本", 0.7),
    ("hkmo", ["港澳通行证", "通行证"], ["往来港澳通行证", "港澳通行证"], [("id_doc", 1)], "本", 1),
    ("student", ["学生证", "学生卡"], ["学生证", "学生卡"], [("id_doc", 0.85), ("other", 0.15)], "张", 0.8),
    ("elder", ["长者优待证", "老人证", "敬老卡"], ["老年人优待证", "长者优待证"], [("id_doc", 1)], "张", 0.8),
    ("bundle", ["证件套", "驾驶证和行驶证", "证件包"], ["证件套", "驾驶证皮套"], [("id_doc", 0.7), ("wallet", 0.3)], "个", 0.8),
]
SCHOOLS = ["岭州第十三中学", "岭州职业技术学院", "岭州大学", "荷塘小学"]


def mk_id_doc(rng, fix, ctx):
    p = dict(fix)
    dt = [d for d in DOC_TYPES if d[0] == choose(rng, p, "dtype", [(d[0], d[5]) for d in DOC_TYPES])][0]
    group = {"elder": "old", "student": "adult"}.get(dt[0]) or wpick(rng, [("adult", 3), ("old", 2)])
    person = person_for(p, rng, ctx, group)
    n, nm, nv = name_forms(person, rng)
    idno = person["id"]
    facts = [F("type", "noun", dt[1], dt[2], 1, 1),
             F("idname", "mark", ["名字是" + n, "姓名：" + n, "上面名字" + n, n],
               ["姓名" + n, "姓名：" + nm, ("持证人" + nv, ()), "姓名" + n], 0.92, 0.85)]
    color = None
    if dt[0] in ("passport", "hkmo"):
        if "docno" not in p:
            p["docno"] = ("E" if dt[0] == "passport" else "C") + digits(rng, 8)
        no = p["docno"]
        facts.append(F("idno", "serial", [("号码" + no, True, no), ("证件号" + no.lower(), True, no.lower()),
                                          ("号码尾号" + no[-4:], True, "尾号" + no[-4:])],
                       [("证件号码" + no, True, no), ("号码" + mask_mid(no, 2, 3), True, mask_mid(no, 2, 3))], 0.4, 0.6))
    elif dt[0] == "student":
        if "stuno" not in p:
            p["stuno"] = "20%02d%s" % (rng.randint(21, 25), digits(rng, 6))
            p["school"] = pick(rng, SCHOOLS[:3])
        facts.append(F("school", "mark", [p["school"]], [p["school"]], 0.8, 0.85))
        facts.append(F("idno", "serial", [("学号" + p["stuno"], True, p["stuno"])], [("学号" + p["stuno"], True, p["stuno"])], 0.5, 0.6))
    else:
        facts.append(F("idno", "serial",
                       [("号码" + x, True, x) for x in id_forms_owner(idno, rng)],
                       [("证件号码" + x, True, x) for x in id_forms_finder(idno)], 0.45, 0.6))
    if dt[0] == "social":
        b = choose(rng, p, "sbank", [("工行", 1), ("建行", 1), ("农商行", 1)])
        facts.append(F("sbank", "mark", ["是%s的社保卡" % b, "%s发的" % b], ["卡面银行为%s" % b], 0.35, 0.5))
    if dt[0] == "driver":
        cl = choose(rng, p, "dclass", [("C1", 4), ("C2", 1), ("B2", 1)])
        facts.append(F("dclass", "mark", ["准驾车型%s" % cl, "%s的驾照" % cl], ["准驾车型%s" % cl], 0.3, 0.4))
    if dt[0] == "bundle":
        color = choose(rng, p, "color", [("black", 3), ("brown", 2), ("red", 1)])
        facts.append(color_fact(color, None, 0.7, 0.8))
        if "carplate" not in p:
            p["carplate"] = "岭A" + pick(rng, "DFKLMNPQ") + digits(rng, 4)
        cp = p["carplate"]
        facts.append(F("carplate", "content", ["行驶证车牌%s" % cp, "行驶证（%s）" % cp, "还有行驶证"],
                       ["行驶证一本（号牌%s）" % cp, "机动车行驶证（%s）" % cp], 0.6, 0.8))
    elif dt[0] in ("idcard", "social", "elder", "student"):
        hc = choose(rng, p, "holder", [(None, 3), ("blue", 1), ("pink", 1), ("black", 1)])
        if hc:
            color = hc
            facts.append(F("holder", "mark", ["套着%s卡套" % COLORS[hc][0][0], "装在一个%s的卡套里" % COLORS[hc][0][0]],
                           ["装于%s卡套内" % COLORS[hc][1][0], "带%s卡套" % COLORS[hc][1][0]], 0.55, 0.7))
    places = [("teahouse", 1), ("market", 2), ("hospital", 3), ("park", 1), ("temple", 1), ("street", 2), ("metro", 1.5),
              ("bus", 1.5), ("bank", 2), ("supermarket", 1), ("far", 0.6)]
    return T_base("id_doc", dt[3], dt[1][0], dt[4], places, p, facts, color, None, group, owner=person)


KEY_CHARMS = [
    ("bear", "brown", ["挂着一只小熊公仔", "有个啡色小熊挂件"], ["挂有棕色小熊公仔", "小熊公仔挂件"]),
    ("pingan", "red", ["挂了个平安符", "有个红色平安符"], ["挂红色平安符", "平安符挂件一个"]),
    ("gourd", "yellow", ["挂着个小葫芦", "有个铜葫芦"], ["铜色葫芦挂件", "挂小葫芦一个"]),
    ("opener", "silver", ["有个开瓶器", "挂着开瓶器"], ["开瓶器挂件", "带一个开瓶器"]),
    ("pikachu", "yellow", ["挂了只皮卡丘", "有个皮卡丘公仔"], ["皮卡丘公仔挂件", "黄色皮卡丘挂件"]),
    ("coins", "gold", ["挂着几枚铜钱", "有串五帝钱"], ["挂铜钱一串", "铜钱挂饰"]),
    ("clipper", "silver", ["挂了个指甲钳", "连着指甲钳"], ["带指甲钳一个", "指甲钳"]),
    ("duck", "yellow", ["有只小黄鸭", "挂着小黄鸭"], ["小黄鸭挂件", "黄色小鸭子挂件"]),
    ("kumamon", "black", ["挂着熊本熊", "熊本熊挂件"], ["黑色熊公仔挂件（熊本熊）", "熊本熊挂件"]),
    ("pixiu", "green", ["有个玉貔貅", "挂着绿色的玉貔貅"], ["绿色玉石貔貅挂件", "玉貔貅挂件"]),
    ("doraemon", "blue", ["挂着叮当猫", "有个哆啦A梦"], ["哆啦A梦挂件", "蓝色机器猫公仔"]),
    ("leather", "brown", ["皮质钥匙扣", "啡色皮钥匙扣"], ["棕色皮质钥匙扣"]),
]
COMMUNITIES = ["宝华苑", "泰和里", "长寿坊", "康宁花园", "荷塘新村", "同福西街"]
KEY_SPECIAL = [("mailbox", ["一把信箱小钥匙", "有条信箱锁匙"], ["信箱小钥匙一把"]),
               ("cross", ["有把十字钥匙"], ["十字形钥匙一把"]),
               ("padlock", ["一把铜色挂锁钥匙"], ["铜色挂锁钥匙一把"])]
CAR_BRANDS = ["toyota", "honda", "vw", "byd"]


def count_owner(n):
    out = [("%d把" % n, ()), ("%s把" % ("两" if n == 2 else cn_num(n)), ())]
    if n >= 3:
        out.append(("%s%s把" % (cn_num(n - 1), cn_num(n)), ()))
    out.append(("%s%s把" % (cn_num(n), cn_num(n + 1)), ()))
    return out


def mk_keys(rng, fix, ctx):
    p = dict(fix)
    group = p.get("group") or wpick(rng, [("adult", 3), ("old", 2)])
    p["group"] = group
    person = person_for(p, rng, ctx, group)
    if "count" not in p:
        p["count"] = rng.randint(2, 7)
    color_req = p.get("color")
    if "charm" not in p:
        rows = [c for c in KEY_CHARMS if color_req is None or c[1] == color_req]
        p["charm"] = pick(rng, rows)[0] if (rows and chance(rng, 0.8)) else None
    if "fob" not in p:
        fobc = ["blue", "red", "black", "yellow", "green", "white"]
        p["fob"] = (pick(rng, fobc), pick(rng, COMMUNITIES), chance(rng, 0.4)) if chance(rng, 0.55) else None
    choose(rng, p, "car", [(None, 4), ("toyota", 1), ("honda", 1), ("vw", 1), ("byd", 1)] if group == "adult" else [(None, 1)])
    choose(rng, p, "ekey", [(None, 4), ("yadea", 1), ("aima", 1), ("tailg", 0.5)])
    choose(rng, p, "special", [(None, 3)] + [(v, 1) for v in vids(KEY_SPECIAL)])
    charm = [c for c in KEY_CHARMS if c[0] == p["charm"]]
    color = p["fob"][0] if p["fob"] else (charm[0][1] if charm else None)
    if color_req and color != color_req:
        if p["fob"]:
            p["fob"] = (color_req, p["fob"][1], p["fob"][2])
        color = color_req
    facts = [F("type", "noun", ["钥匙", "一串钥匙", "钥匙"], ["钥匙一串", "钥匙", "一串钥匙"], 1, 1),
             F("count", "mark", count_owner(p["count"]), [("共%d把" % p["count"], ()), ("%d把" % p["count"], ())], 0.6, 0.75)]
    if charm:
        facts.append(F("charm", "mark", charm[0][2], charm[0][3], 0.75, 0.8))
    if p["fob"]:
        fc, comm, labelled = p["fob"]
        cw_o, cw_f = COLORS[fc][0][0], COLORS[fc][1][0]
        facts.append(F("fob", "mark", ["有个%s门禁扣" % cw_o, "带一个%s的门禁卡" % cw_o],
                       ["%s门禁扣一个" % cw_f, "带%s门禁卡" % cw_f], 0.7, 0.8))
        facts.append(F("fob_label", "mark", [("门禁是%s的" % comm, ("fob_label",) if labelled else ()),
                                             ("%s小区的门禁" % comm, ("fob_label",) if labelled else ())],
                       ["门禁卡贴有“%s”字样" % comm] if labelled else [], 0.45, 0.8))
    if p["car"]:
        b = BRANDS[p["car"]]
        facts.append(F("carkey", "mark", ["还有一把%s车钥匙" % x for x in b[0][:2]] + ["有条%s的车匙" % b[0][0]],
                       ["%s汽车遥控钥匙一把" % x for x in b[1]], 0.8, 0.85))
    if p["ekey"]:
        b = BRANDS[p["ekey"]]
        facts.append(F("ekey", "mark", ["一把%s电动车钥匙" % x for x in b[0][:2]], ["%s电动车钥匙一把" % b[1][0]], 0.55, 0.6))
    if p["special"]:
        facts.append(vfact("special", "mark", KEY_SPECIAL, p["special"], 0.4, 0.5))
    cats = [("keys", 0.85), ("electronics", 0.15)] if p["car"] else [("keys", 1)]
    places = [("residential", 3), ("park", 2), ("market", 2), ("street", 2), ("school", 1), ("teahouse", 1),
              ("supermarket", 1), ("riverside", 1), ("metro", 0.5), ("bus", 0.5)]
    return T_base("keys", cats, "钥匙", "串", places, p, facts, color, p["car"] or p["ekey"], group, owner=person)


EBIKE_MODELS = {"yadea": ["冠能T5", "欧睿"], "aima": ["小蜜豆", "引领"], "tailg": ["狮子王", "超能"],
                "sunra": ["XC3", "小金刚"], "niu": ["G2", "NQi"], "luyuan": ["S30", "液冷MN"]}
EBIKE_FEATS = [("childseat", ["后座装了儿童座椅", "后面有个宝宝座椅"], ["后座加装儿童座椅"]),
               ("basket", ["前面有车篮", "车头有个车筐"], ["前置车篮", "带车筐"]),
               ("canopy", ["装了遮阳雨棚", "有个挡雨棚"], ["加装遮阳棚", "装有雨棚"]),
               ("trunk", ["后面有个尾箱", "装了后尾箱"], ["后置尾箱一个", "后尾箱"]),
               ("holder", ["车头装了手机支架", "有个手机支架"], ["车头有手机支架"]),
               ("mirror", ["左边后视镜断了", "少了左边的后视镜"], ["左侧后视镜缺失"]),
               ("seatcover", ["座垫套了个红色座套", "坐垫有个红色套"], ["座垫加红色座套"]),
               ("sticker", ["车头贴了‘平安’贴纸", "车头有张平安贴纸"], ["车头贴有‘平安’字样贴纸"])]
BIKE_TYPES = [
    ("mtb", ["山地车", "山地单车", "山地自行车"], ["山地自行车", "山地车"], ["giant", "merida", "xds", "decathlon"], [26, 27.5]),
    ("road", ["公路车"], ["公路自行车"], ["giant", "merida", "xds"], ["700C"]),
    ("fold", ["折叠车", "折叠单车"], ["折叠自行车"], ["decathlon", "giant", None], [20]),
    ("kid", ["儿童自行车", "小孩单车", "儿童单车"], ["儿童自行车", "小孩自行车"], ["decathlon", "phoenix", None], [16, 20]),
    ("city", ["女式单车", "淑女车", "买菜单车"], ["女式自行车", "城市自行车"], ["forever", "phoenix", "giant", None], [24, 26]),
    ("old", ["老式二八自行车", "二八大杠", "二八单车"], ["老式二八自行车", "二八式自行车"], ["forever", "phoenix"], [28]),
]
BIKE_FEATS = [("basket", ["前面有车筐", "有个车篮"], ["带前车筐", "有车篮"]),
              ("rack", ["后面有货架", "带后座"], ["带后货架", "有后座"]),
              ("training", ["装了辅助轮", "后轮两边有辅助轮"], ["带辅助轮"]),
              ("fender", ["有挡泥板"], ["装挡泥板"]),
              ("bell", ["车铃是个小黄人", "铃铛是卡通的"], ["车铃为卡通造型（小黄人）"]),
              ("light", ["车头有个白色车灯", "装了前灯"], ["车头装有白色车灯"]),
              ("ulock", ["车上挂着一把U型锁", "锁挂在车架上"], ["车架挂一把U型锁"]),
              ("namesticker", ["车架上贴了名字贴（{name}）"], ["车架贴有名字贴“{name}”"])]


def mk_vehicle(rng, fix, ctx, kind):
    p = dict(fix)
    if kind == "ebike":
        group = p.get("group") or wpick(rng, [("adult", 4), ("old", 1)])
        choose(rng, p, "brand", [("yadea", 4), ("aima", 3), ("tailg", 2), ("sunra", 1), ("niu", 1.5), ("luyuan", 1)])
        choose(rng, p, "model", [(None, 1)] + [(m, 0.6) for m in EBIKE_MODELS[p["brand"]]])
        choose(rng, p, "color", [("white", 3), ("black", 3), ("red", 1), ("blue", 1), ("gray", 2), ("pink", 1), ("green", 1)])
        if "plate" not in p:
            p["plate"] = ("岭A" + (pick(rng, "BCDEF") + digits(rng, 4) if chance(rng, 0.4) else digits(rng, 5))) if chance(rng, 0.9) else None
        if "frame" not in p:
            p["frame"] = {"yadea": "LYD", "aima": "AMA", "tailg": "TLG", "sunra": "SRX", "niu": "NIU", "luyuan": "LYC"}[p["brand"]] + digits(rng, 12)
        if "feats" not in p:
            p["feats"] = sorted(sample(rng, vids(EBIKE_FEATS), rng.choice([0, 1, 1, 2, 2, 3])))
        feats_table = EBIKE_FEATS
        nouns_o, nouns_f = ["电动车", "电瓶车", "电单车", "电动自行车"], ["电动自行车", "电动车", "电瓶车"]
    else:
        bt = [b for b in BIKE_TYPES if b[0] == choose(rng, p, "btype", [(b[0], 1) for b in BIKE_TYPES])][0]
        group = p.get("group") or ("kid" if bt[0] == "kid" else ("old" if bt[0] == "old" else wpick(rng, [("adult", 4), ("old", 1)])))
        choose(rng, p, "brand", [(b, 1) for b in bt[3]])
        p.setdefault("model", None)
        choose(rng, p, "color", [("black", 2), ("white", 2), ("red", 1), ("blue", 2), ("green", 1), ("gray", 1), ("pink", 1 if bt[0] in ("kid", "city") else 0.1)])
        choose(rng, p, "wheel", [(w, 1) for w in bt[4]])
        p.setdefault("plate", None)
        if "frame" not in p:
            p["frame"] = pick(rng, ["G", "M", "X", "D", "F"]) + pick(rng, "ABCDEFH") + digits(rng, 8)
        if "feats" not in p:
            pool = [f for f in vids(BIKE_FEATS) if (f != "training" or bt[0] == "kid") and (f != "namesticker" or bt[0] == "kid")]
            p["feats"] = sorted(sample(rng, pool, rng.choice([1, 1, 2, 2, 3])))
        feats_table = BIKE_FEATS
        nouns_o, nouns_f = bt[1] + ["自行车"], bt[2] + ["自行车"]
    p["group"] = group
    person = person_for(p, rng, ctx, "adult" if group == "kid" else group)
    kidname = None
    if kind == "bicycle" and group == "kid":
        if "kid" not in p:
            p["kid"] = make_person(rng, "kid", ctx["used_names"])
        kidname = p["kid"]["name"]
    facts = [F("type", "noun", nouns_o, nouns_f, 1, 1), color_fact(p["color"], None, 0.85, 0.9)]
    if p["brand"]:
        facts.append(brand_fact(p["brand"], 0.85, 0.8))
    if p.get("model"):
        facts.append(F("model", "model", [p["model"]], [p["model"]], 0.5, 0.35))
    if kind == "bicycle":
        w = p["wheel"]
        ws = "%s寸" % w if w != "700C" else "700C"
        facts.append(F("wheel", "mark", ["%s的" % ws, "轮子%s" % ws], ["%s车轮" % ws, "轮径%s" % ws], 0.4, 0.4))
    if p.get("plate"):
        pl = p["plate"]
        facts.append(F("plate", "serial",
                       [("车牌" + pl, True, pl), ("车牌%s·%s" % (pl[:2], pl[2:]), True, "%s·%s" % (pl[:2], pl[2:])),
                        ("号牌%s %s" % (pl[:2], pl[2:]), True, "%s %s" % (pl[:2], pl[2:])), ("车牌号" + pl[1:], True, pl[1:])],
                       [("号牌%s·%s" % (pl[:2], pl[2:]), True, "%s·%s" % (pl[:2], pl[2:])), ("车牌%s-%s" % (pl[:2], pl[2:]), True, "%s-%s" % (pl[:2], pl[2:])),
                        ("号牌" + pl, True, pl)], 0.8, 0.85))
    elif kind == "ebike":
        facts.append(F("plate", "mark", ["还没上牌", "没挂牌的"], ["无号牌", "未悬挂号牌"], 0.5, 0.6))
    fr = p["frame"]
    facts.append(F("frame", "serial", [("车架号" + fr, True, fr), ("车架号后六位" + fr[-6:], True, "后六位" + fr[-6:])],
                   [("车架号" + fr, True, fr), ("车架号：" + fr, True, fr)],
                   0.2 if kind == "ebike" else 0.08, 0.35 if kind == "ebike" else 0.25))
    for fv in p["feats"]:
        facts.append(vfact("feat_" + fv, "mark", feats_table, fv, 0.6, 0.55, fmt={"name": kidname or ""}))
    if kind == "ebike":
        facts.append(F("onote", "note", [(x, False) for x in ["锁了车头锁的", "停在楼下的", "车是去年买的，还很新", "电池是新换的"]], [], 0.5, 0))
        facts.append(F("fnote", "note", [], [(x, False) for x in ["电瓶已被拆走", "车锁被撬", "车身较脏，疑似停放多日", "电瓶仍在"]], 0, 0.5))
        places = [("residential", 4), ("market", 2), ("hospital", 2), ("street", 2), ("school", 1), ("metro", 1), ("park", 0.5)]
        cats = [("ebike", 1)]
        gen, measure = "电动车", "辆"
    else:
        places = [("residential", 3), ("school", 2), ("park", 2), ("street", 2), ("metro", 1.5), ("market", 1), ("riverside", 1)]
        cats = [("bicycle", 1)]
        gen, measure = "自行车", "辆"
    return T_base(kind, cats, gen, measure, places, p, facts, p["color"], p["brand"], group,
                  reporter="parent" if kidname else "self", owner=person)


def mk_ebike(rng, fix, ctx):
    return mk_vehicle(rng, fix, ctx, "ebike")


def mk_bicycle(rng, fix, ctx):
    return mk_vehicle(rng, fix, ctx, "bicycle")


BAG_TYPES = [
    ("backpack", ["双肩包", "背包", "双肩背包"], ["双肩背包", "背包"], ["nike", "adidas", "xiaomibag", "anta", "samsonite", None],
     ["black", "gray", "navy", "blue", "green"], [("bag", 1)], 3),
    ("schoolbag", ["书包", "小学生书包"], ["儿童书包", "书包"], [None, "anta", "decathlon"],
     ["blue", "pink", "red", "purple", "navy"], [("bag", 1)], 2),
    ("crossbody", ["斜挎包", "挎包", "斜孭袋"], ["斜挎包", "单肩斜挎包"], ["coach", "mk", "nike", None],
     ["black", "brown", "white", "red"], [("bag", 1)], 2),
    ("tote", ["帆布袋", "手提布袋", "帆布手提袋"], ["帆布手提袋", "手提布袋"], [None],
     ["white", "khaki", "navy", "green"], [("bag", 1)], 1.5),
    ("handbag", ["手袋", "女式手提包", "手挽袋"], ["女式手提包", "手提包"], ["coach", "mk", None],
     ["black", "brown", "red", "white", "pink"], [("bag", 0.8), ("wallet", 0.2)], 2),
    ("waist", ["腰包", "小腰包"], ["腰包"], ["nike", "adidas", None], ["black", "gray"], [("bag", 0.85), ("wallet", 0.15)], 1),
    ("shopping", ["环保购物袋", "买菜袋"], ["购物袋", "环保袋"], [None], ["red", "blue", "green"], [("bag", 1)], 1),
    ("suitcase", ["行李箱", "拉杆箱"], ["拉杆箱", "行李箱"], ["samsonite", None], ["black", "silver", "blue", "pink"], [("bag", 1)], 0.8),
]
BAG_ITEMS = {
    "umbrella": (["一把折叠伞", "雨伞"], ["折叠雨伞一把"]),
    "thermos": (["保温杯", "一个保温杯"], ["保温杯一个"]),
    "jacket": (["一件外套", "外套"], ["外套一件"]),
    "powerbank": (["充电宝"], ["充电宝一个"]),
    "glasses": (["眼镜盒", "老花镜"], ["眼镜盒一个（内有眼镜）"]),
    "contract": (["一个文件夹，里面是合同", "合同文件"], ["文件夹一个（内有合同）", "合同文件若干"]),
    "laptop": (["笔记本电脑", "一台手提电脑"], ["笔记本电脑一台"]),
    "towel": (["毛巾"], ["毛巾一条"]),
    "fan": (["扇子", "一把纸扇"], ["折扇一把"]),
    "radio": (["收音机"], ["小收音机一台"]),
    "snacks": (["几包饼干"], ["饼干若干"]),
    "medrec": ([("病历本（{name}）", ("c_medrec", "idname")), ("{name}的病历本", ("c_medrec", "idname")), ("病历本", ("c_medrec",))],
               [("病历本一本，姓名{name}", ("c_medrec", "idname")), ("病历本（{nm}）", ("c_medrec", "idname"))]),
    "ct": (["CT片", "拍的片子"], ["CT片一袋（市一医院）", "影像胶片一袋"]),
    "pills": (["降压药", "几盒药"], ["药品若干（降压药）", "药盒数个"]),
    "report": (["检查报告", "化验单"], ["检查报告单", "化验单据"]),
    "textbook": (["课本", "几本书"], ["课本若干"]),
    "homework": ([("作业本（{kid}，{klass}）", ("c_homework", "idname")), ("作业本，上面写着{kid}", ("c_homework", "idname"))],
                 [("作业本，写有“{kid}”“{klass}”", ("c_homework", "idname")), ("作业本（{kid}）", ("c_homework", "idname"))]),
    "pencilcase": (["笔袋", "文具盒"], ["文具盒一个", "笔袋一个"]),
    "bottle": (["水壶", "儿童水壶"], ["儿童水壶一个"]),
    "uniform": (["校服外套"], ["校服一件"]),
    "badge": ([("工牌（{name}）", ("c_badge", "idname")), ("公司工牌", ("c_badge",))],
              [("工作证一张，姓名{name}", ("c_badge", "idname")), ("工牌（{nm}）", ("c_badge", "idname"))]),
    "veg": (["刚买的菜", "几斤青菜和猪肉"], ["蔬菜、肉类若干"]),
    "clothes": (["几件换洗衣服", "衣服"], ["衣物若干"]),
    "cosmetics": (["化妆包", "口红和粉饼"], ["化妆品若干"]),
    "book": (["一本书"], ["书一本"]),
}
BAG_POOLS = {
    "hospital": ["medrec", "ct", "pills", "report", "umbrella", "thermos", "glasses", "fan"],
    "school": ["textbook", "homework", "pencilcase", "bottle", "uniform"],
    "work": ["laptop", "contract", "badge", "powerbank", "umbrella", "thermos"],
    "general": ["umbrella", "thermos", "jacket", "powerbank", "towel", "snacks", "book", "cosmetics", "glasses"],
    "shopping": ["veg", "fan", "radio", "umbrella"],
    "travel": ["clothes", "cosmetics", "powerbank", "book"],
}
BAG_PLACES = {
    "hospital": [("hospital", 5), ("bus", 1), ("metro", 1), ("street", 1)],
    "school": [("school", 4), ("bus", 1), ("park", 1)],
    "work": [("metro", 3), ("bus", 2), ("teahouse", 1), ("street", 1)],
    "general": [("park", 2), ("teahouse", 2), ("bus", 1), ("street", 2), ("temple", 1), ("riverside", 1)],
    "shopping": [("market", 3), ("supermarket", 2)],
    "travel": [("far", 3), ("metro", 1)],
}


def mk_bag(rng, fix, ctx):
    p = dict(fix)
    rows = [b for b in BAG_TYPES if "color" not in p or p["color"] in b[4]]
    bt = [b for b in BAG_TYPES if b[0] == choose(rng, p, "btype", [(b[0], b[6]) for b in rows])][0]
    if bt[0] == "schoolbag":
        group = "kid"
    else:
        group = p.get("group") or wpick(rng, [("adult", 3), ("old", 2)])
    p["group"] = group
    if "context" not in p:
        p["context"] = {"schoolbag": "school", "suitcase": "travel", "shopping": "shopping"}.get(bt[0]) or (
            wpick(rng, [("hospital", 3), ("shopping", 2), ("general", 2)]) if group == "old" else
            wpick(rng, [("work", 3), ("general", 3), ("hospital", 1)]))
    person = person_for(p, rng, ctx, "adult" if group == "kid" else group)
    if group == "kid" and "kid" not in p:
        p["kid"] = make_person(rng, "kid", ctx["used_names"])
        p["klass"] = "%s年级%d班" % (pick(rng, "一二三四五六"), rng.randint(1, 6))
    if "color" not in p or p["color"] not in bt[4]:
        p["color"] = pick(rng, bt[4])
    choose(rng, p, "brand", [(b, 1) for b in bt[3]])
    if "items" not in p:
        pool = BAG_POOLS[p["context"]]
        p["items"] = sorted(sample(rng, pool, min(len(pool), rng.choice([2, 2, 3, 3, 4]))))
    n, nm, _ = name_forms(person, rng)
    fmt = {"name": n, "nm": nm, "kid": p["kid"]["name"] if group == "kid" else "", "klass": p.get("klass", "")}
    facts = [F("type", "noun", bt[1], bt[2], 1, 1), color_fact(p["color"], None, 0.8, 0.85)]
    if p["brand"]:
        facts.append(brand_fact(p["brand"], 0.6, 0.6))
    for it in p["items"]:
        o, f = BAG_ITEMS[it]
        o = [(x[0].format(**fmt), x[1]) if isinstance(x, tuple) else x.format(**fmt) for x in o]
        f = [(x[0].format(**fmt), x[1]) if isinstance(x, tuple) else x.format(**fmt) for x in f]
        facts.append(F("c_" + it, "content", o, f, 0.7, 0.6))
    if bt[0] == "suitcase":
        facts.append(F("tag", "mark", [("行李牌写着%s" % n, ("tag", "idname"))], [("挂有行李牌（%s）" % n, ("tag", "idname"))], 0.5, 0.7))
    return T_base("bag", bt[5], bt[1][0], "个", BAG_PLACES[p["context"]], p, facts, p["color"], p["brand"], group,
                  reporter="parent" if group == "kid" else "self", owner=person)


CASH_BOX = [
    ("lishi", "red", ["红包", "利是", "利是封"], ["红包", "红包（利是封）"], [("cash", 0.8), ("other", 0.2)]),
    ("kraft", "brown", ["一个信封装的钱", "信封（装着现金）"], ["牛皮纸信封（内装现金）", "信封一个（内有现金）"], [("cash", 1)]),
    ("bankenv", "white", ["银行信封装的现金", "一个银行的信封（里面是钱）"], ["银行信封（内装现金）"], [("cash", 1)]),
    ("band", None, ["一沓现金", "一扎钱"], ["现金一沓", "现金一扎"], [("cash", 1)]),
    ("plastic", None, ["用胶袋装着的现金", "一袋钱"], ["透明塑料袋装现金"], [("cash", 1)]),
]
CASH_WRITING = {
    "lishi": [("gongxi", ["利是封印着‘恭喜发财’", "红包上写着恭喜发财"], ["红包印有“恭喜发财”"]),
              ("daji", ["红包上面是‘大吉大利’", "印着大吉大利"], ["红包印“大吉大利”"])],
    "kraft": [("rent", ["信封上写着‘房租’", "信封写了房租两个字"], ["信封上写有“房租”二字"]),
              ("fees", ["信封写了‘学费’"], ["信封上写“学费”"]),
              ("meals", ["信封写着‘伙食费’"], ["信封上写有“伙食费”"])],
    "bankenv": [("icbc", ["工商银行的信封"], ["信封印有工商银行标志"]), ("ccb", ["建行的信封"], ["信封印有建设银行字样"])],
    "band": [("rubber", ["用橡皮筋扎着", "用橡筋扎住"], ["用橡皮筋捆扎"])],
    "plastic": [("clear", ["透明胶袋装着"], ["透明塑料袋包装"])],
}


def mk_cash(rng, fix, ctx):
    p = dict(fix)
    rows = [c for c in CASH_BOX if "color" not in p or c[1] == p["color"]] or CASH_BOX
    box = [c for c in CASH_BOX if c[0] == choose(rng, p, "box", [(c[0], 1) for c in rows])][0]
    group = p.get("group") or wpick(rng, [("adult", 2), ("old", 3)])
    p["group"] = group
    person_for(p, rng, ctx, group)
    if "amount" not in p:
        p["amount"] = pick(rng, [200, 500, 600, 800, 1000, 1200, 1500, 2000, 2600, 3000, 5000]) if box[0] != "lishi" \
            else pick(rng, [100, 200, 500, 888, 1000, 1688])
    choose(rng, p, "writing", [(w[0], 1) for w in CASH_WRITING[box[0]]])
    choose(rng, p, "denom", [("all100", 2), ("mixed", 1)] if p["amount"] >= 500 and p["amount"] % 100 == 0 else [("mixed", 1)])
    amt = p["amount"]
    owner_amt = [("%d元" % amt, ("cash",)), ("%d块" % amt, ("cash",)), ("%s块" % cn_num(amt), ("cash",))]
    r = int(round(amt / 1000.0)) * 1000
    if r and abs(r - amt) <= 250:
        owner_amt.append(("%s块左右" % cn_num(r), ()))
    facts = [F("type", "noun", box[2], box[3], 1, 1),
             F("cash", "content", owner_amt, [("共计%d元" % amt, ("cash",)), ("现金%d元" % amt, ("cash",)), ("人民币%d元整" % amt, ("cash",))], 0.95, 0.95),
             vfact("writing", "mark", CASH_WRITING[box[0]], p["writing"], 0.6, 0.7),
             F("denom", "mark", ["全是一百的" if p["denom"] == "all100" else "有一百的也有五十的"],
               ["均为百元面额" if p["denom"] == "all100" else "百元及五十元面额混合"], 0.4, 0.6)]
    if box[1]:
        facts.append(color_fact(box[1], None, 0.3, 0.3))
    places = [("bank", 3), ("market", 2), ("hospital", 1), ("street", 2), ("temple", 1.5), ("teahouse", 1), ("bus", 1), ("supermarket", 1)]
    return T_base("cash", box[4], "现金", "笔", places, p, facts, box[1], None, group, owner=p["person"])


def initials_row(rng):
    v = pick(rng, "LCHZWYJMQX") + pick(rng, "LCHZWYJMQX")
    return (v, ["戒指内圈刻着‘%s’" % v, "里面刻了%s两个字母" % v], ["内圈刻字“%s”" % v, "内侧刻有“%s”" % v])


def nick_row(rng):
    v = pick(rng, ["阿杰", "小雨", "Kiki", "阿明", "嘉嘉", "Leo", "豆豆"])
    return (v, ["盒子上刻了‘%s’" % v], ["充电盒刻有“%s”" % v])


JEWELRY = [
    dict(id="bangle_gold", w=3, no=["金手镯", "金镯子", "黄金手镯", "金手鈪"], nf=["金色手镯", "黄色金属手镯", "手镯（疑似黄金）"],
         gen="金手镯", measure="只", colors=["gold"], cp=(0.15, 0.3), brands=["ctf", "css", "lukfook", "lfx", None], stamp=True,
         slots=[("pattern", 1, [("plain", ["光面的", "光身的"], ["光面无花纹"]), ("dragon", ["有龙凤花纹", "刻着龙凤"], ["表面有龙凤花纹"]),
                                ("ancient", ["古法金，磨砂面", "古法的，哑光"], ["磨砂古法款"]), ("bead", ["带转运珠", "有颗转运珠"], ["带转运珠"])], 0.6, 0.7)],
         weight=(15, 60), groups=[("old", 1)], cats=[("jewelry", 1)]),
    dict(id="necklace_gold", w=3, no=["金项链", "金链", "黄金项链", "颈链"], nf=["金色项链", "黄色金属项链"], gen="金项链", measure="条",
         colors=["gold"], cp=(0.1, 0.3), brands=["ctf", "css", "lukfook", "lfx", None], stamp=True,
         slots=[("pendant", 0.85, [("guanyin", ["吊着个观音", "观音吊坠"], ["带观音吊坠"]), ("buddha", ["佛公吊坠"], ["佛像吊坠"]),
                                   ("rabbit", ["兔子吊坠（生肖兔）"], ["兔子造型吊坠"]), ("heart", ["心形吊坠"], ["心形吊坠"]),
                                   ("lock", ["长命锁吊坠"], ["长命锁吊坠"])], 0.8, 0.85)],
         weight=(8, 30), groups=[("old", 2), ("adult", 1)], cats=[("jewelry", 1)]),
    dict(id="bangle_jade", w=2, no=["玉镯", "翡翠手镯", "玉手鈪"], nf=["绿色玉石手镯", "玉镯", "玉石手镯"], gen="玉镯", measure="只",
         colors=["green", "white"], cp=(0.4, 0.5), brands=[None],
         slots=[("jmark", 0.7, [("goldwrap", ["断过一次，用金包了边", "有一截金包边"], ["有一处金色包边"]),
                                ("floral", ["有一块飘花", "带点飘花"], ["有飘花纹路"]),
                                ("chip", ["内圈崩了个小口", "有个小缺口"], ["内侧有一处小缺口"])], 0.7, 0.6)],
         groups=[("old", 1)], cats=[("jewelry", 1)]),
    dict(id="ring_gold", w=2, no=["金戒指", "金介指", "戒指"], nf=["金色戒指", "黄色金属戒指"], gen="金戒指", measure="枚",
         colors=["gold"], cp=(0.1, 0.2), brands=["ctf", "css", "lukfook", None], stamp=True,
         slots=[("engrave", 0.6, initials_row, 0.7, 0.6)], weight=(3, 9), groups=[("old", 1), ("adult", 1)], cats=[("jewelry", 1)]),
    dict(id="earring_pearl", w=1, no=["珍珠耳环", "珍珠耳钉"], nf=["珍珠耳环", "白色珠子耳环"], gen="珍珠耳环", measure="副",
         colors=["white"], cp=(0.1, 0.3), brands=[None],
         slots=[("box", 0.6, [("redbox", ["装在红色小盒子里"], ["装于红色首饰盒内"]), ("pouch", ["装在绒布袋里"], ["装在绒布小袋内"])], 0.6, 0.7)],
         groups=[("adult", 1), ("old", 1)], cats=[("jewelry", 1)]),
    dict(id="bracelet_kid", w=1, no=["小孩银手镯", "宝宝银镯", "银手鈪"], nf=["儿童银手镯", "银色小手镯"], gen="银手镯", measure="只",
         colors=["silver"], cp=(0.1, 0.3), brands=[None],
         slots=[("kengr", 0.8, [("changming", ["刻着‘长命百岁’"], ["刻有“长命百岁”"]), ("pingan", ["刻着‘平安’"], ["刻有“平安”字样"])], 0.7, 0.7),
                ("bells", 0.5, [("bell", ["有小铃铛", "挂着铃铛"], ["带小铃铛"])], 0.6, 0.7)],
         groups=[("kid", 1)], cats=[("jewelry", 1)]),
    dict(id="watch_mech", w=1.5, no=["手表", "机械表", "男装手表"], nf=["男士手表", "机械手表", "手表"], gen="手表", measure="块",
         colors=["silver", "gold", "black"], cp=(0.5, 0.6), brands=["longines", "tissot", "shanghai"],
         slots=[("strap", 1, [("steel", ["钢带的", "钢表带"], ["金属表带"]), ("leather", ["皮表带", "皮带的"], ["皮质表带"])], 0.6, 0.8),
                ("back", 0.4, [("retire", ["后盖刻了‘退休纪念’"], ["表背刻有“退休纪念”字样"]), ("wedding", ["后盖刻着结婚日期"], ["表背刻有日期字样"])], 0.7, 0.4)],
         groups=[("old", 2), ("adult", 1)], cats=[("jewelry", 0.6), ("other", 0.25), ("electronics", 0.15)]),
]
JEWEL_PLACES = [("park", 3), ("temple", 2), ("hospital", 2), ("market", 1.5), ("teahouse", 2), ("street", 1), ("bus", 0.5)]

ELECTRONICS = [
    dict(id="airpods", w=3, no=["蓝牙耳机", "耳机", "AirPods"], nf=["无线蓝牙耳机", "蓝牙耳机（含充电盒）"], gen="耳机", measure="副",
         colors=["white"], cp=(0.3, 0.5), brands=["apple"],
         models=[("apple", "app2", ["AirPods Pro 2", "AirPods Pro", "airpods pro"], [("AirPods Pro", True)]),
                 ("apple", "ap3", ["AirPods 3", "AirPods三代"], [])],
         slots=[("cover", 1, [("pink", ["套了粉色硅胶套"], ["粉色硅胶保护套"]), ("clear", ["套了透明壳"], ["透明保护套"]),
                              ("duck", ["套着鸭子造型的套"], ["黄色鸭子造型耳机套"]), ("none", ["没套壳"], ["无保护套"]),
                              ("blackhook", ["黑色保护套，带挂扣"], ["黑色保护套（带挂钩）"])], 0.7, 0.8),
                ("nick", 0.25, nick_row, 0.8, 0.7)],
         serial=("apple", 0.2, 0.15), groups=[("adult", 1)], cats=[("electronics", 1)],
         places=[("metro", 3), ("bus", 2), ("park", 1), ("teahouse", 1), ("street", 1), ("riverside", 1)]),
    dict(id="kidwatch", w=3, no=["电话手表", "儿童手表", "小天才手表"], nf=["儿童电话手表", "儿童智能手表"], gen="电话手表", measure="只",
         colors=["blue", "pink", "green", "purple"], cp=(0.8, 0.85), brands=["imoo"],
         models=[("imoo", "z8", ["Z8"], []), ("imoo", "z9", ["Z9"], []), ("imoo", "q1a", ["Q1A"], [])],
         slots=[("kstrap", 0.6, [("dino", ["表带是恐龙图案"], ["恐龙图案表带"]), ("stars", ["表带有星星图案"], ["星星图案表带"])], 0.5, 0.6),
                ("kface", 0.3, [("photo", ["表盘是孩子照片"], ["表盘显示儿童照片"])], 0.4, 0.3)],
         label=(0.7, [("背面贴了名字（{kid}）", ("idname",)), ("手表上贴了{kid}的名字贴", ("idname",))],
                [("表背贴有姓名贴“{kid}”", ("idname",)), ("背面有名字贴（{kid}）", ("idname",))], 0.7, 0.75),
         groups=[("kid", 1)], cats=[("electronics", 0.6), ("phone", 0.25), ("jewelry", 0.15)],
         places=[("school", 4), ("park", 2), ("residential", 1), ("bus", 1)]),
    dict(id="band", w=2, no=["智能手表", "手环", "运动手表"], nf=["智能手表", "运动手环"], gen="手表", measure="只",
         colors=["black", "pink", "green", "white", "silver"], cp=(0.6, 0.7), brands=["huawei", "xiaomi", "apple"],
         models=[("huawei", "gt4", ["Watch GT 4", "GT4", "华为手表GT4"], []), ("huawei", "band8", ["手环8", "华为手环8"], []),
                 ("xiaomi", "mib8", ["小米手环8", "手环8"], []), ("apple", "aws9", ["Apple Watch S9", "苹果手表"], [])],
         slots=[("face", 0.5, [("panda", ["表盘是熊猫"], ["表盘为熊猫图案"]), ("photo", ["表盘是我女儿的照片"], ["表盘为小女孩照片"])], 0.4, 0.3),
                ("wstrap", 1, [("sil", ["硅胶表带"], ["硅胶表带"]), ("nylon", ["尼龙编织表带"], ["编织表带"]), ("metal", ["换了钢带"], ["金属表带"])], 0.4, 0.5)],
         groups=[("adult", 2), ("old", 1)], cats=[("electronics", 0.7), ("jewelry", 0.3)],
         places=[("park", 3), ("riverside", 2), ("metro", 1), ("hospital", 1), ("teahouse", 1)]),
    dict(id="ipad", w=2, no=["平板", "iPad", "平板电脑"], nf=["平板电脑", "平板"], gen="平板", measure="台",
         colors=["gray", "silver", "blue", "pink", "purple"], cp=(0.5, 0.6), brands=["apple"],
         models=[("apple", "air5", ["iPad Air 5", "iPad Air", "ipad air"], []), ("apple", "ipad9", ["iPad 第9代", "iPad 9"], []),
                 ("apple", "mini6", ["iPad mini 6", "iPad mini"], [])],
         slots=[("icase", 1, [("keyboard", ["带键盘的保护套"], ["带键盘保护套"]), ("trifold", ["三折保护套"], ["三折式保护套"]),
                              ("clear", ["透明壳"], ["透明保护壳"]), ("eva", ["儿童防摔壳，有手柄那种"], ["儿童防摔保护套（带手柄）"])], 0.7, 0.8),
                ("isticker", 0.4, [("stickers", ["背面贴满了贴纸"], ["背面贴有多张卡通贴纸"]), ("name", ["背面贴了名字{surname}"], ["背面贴有“{surname}”字样"])], 0.6, 0.6)],
         serial=("apple", 0.25, 0.2), groups=[("adult", 2), ("kid", 1)], cats=[("electronics", 1)],
         places=[("metro", 2), ("teahouse", 2), ("bus", 1), ("hospital", 1), ("school", 1), ("far", 0.7)]),
    dict(id="laptop", w=1.5, no=["笔记本电脑", "手提电脑", "电脑"], nf=["笔记本电脑"], gen="电脑", measure="台",
         colors=["black", "gray", "silver"], cp=(0.5, 0.7), brands=["lenovo", "huawei", "apple"],
         models=[("lenovo", "e14", ["ThinkPad E14", "E14"], [("ThinkPad", True)]), ("lenovo", "xx14", ["小新Pro 14", "小新14"], [("小新", True)]),
                 ("huawei", "mb14", ["MateBook 14", "matebook"], [("MateBook", True)]), ("apple", "mba", ["MacBook Air", "macbook air"], [("MacBook", True)])],
         slots=[("sleeve", 0.5, [("graysleeve", ["装在灰色内胆包里"], ["装于灰色内胆包内"]), ("blacksleeve", ["装在黑色电脑包里"], ["装在黑色电脑内胆包中"])], 0.7, 0.8),
                ("lsticker", 0.5, [("stickers", ["盖子上贴了几张贴纸"], ["A面贴有多张贴纸"]), ("asset", ["贴了公司资产标签"], ["贴有资产标签"])], 0.6, 0.6)],
         serial=("sn", 0.3, 0.4), groups=[("adult", 1)], cats=[("electronics", 1)],
         places=[("metro", 2), ("teahouse", 2), ("far", 1), ("bus", 1), ("street", 1)]),
    dict(id="camera", w=1.5, no=["相机", "单反", "微单"], nf=["数码相机", "相机"], gen="相机", measure="台",
         colors=["black", "white"], cp=(0.4, 0.6), brands=["canon", "sony"],
         models=[("canon", "r50", ["EOS R50", "R50"], [("EOS R50", True)]), ("canon", "200d", ["200D二代", "EOS 200D II"], [("EOS 200D II", True)]),
                 ("sony", "a6400", ["A6400", "a6400"], [("α6400", True)]), ("sony", "zve10", ["ZV-E10", "zve10"], [("ZV-E10", True)])],
         slots=[("cstrap", 0.6, [("red", ["背带是红色的"], ["红色相机背带"]), ("pattern", ["民族风的背带"], ["花纹背带"])], 0.6, 0.7),
                ("photos", 0.4, [("lion", ["卡里有庙会舞狮的照片"], ["存储卡内有舞狮照片"])], 0.5, 0.2)],
         serial=("sn", 0.15, 0.3), groups=[("adult", 1)], cats=[("electronics", 1)],
         places=[("temple", 3), ("park", 2), ("far", 0.7), ("street", 1), ("teahouse", 1)]),
    dict(id="powerbank", w=1, no=["充电宝", "尿袋", "移动电源"], nf=["充电宝", "移动电源"], gen="充电宝", measure="个",
         colors=["white", "black", "pink"], cp=(0.6, 0.8), brands=["romoss", "xiaomibag"],
         slots=[("pname", 0.35, [("name", ["上面用记号笔写了‘{surname}’"], ["机身写有“{surname}”字"])], 0.9, 0.8),
                ("cable", 0.5, [("cable", ["插着一条白色数据线"], ["连着白色数据线"])], 0.5, 0.6)],
         groups=[("adult", 1), ("kid", 0.3)], cats=[("electronics", 0.75), ("other", 0.25)],
         places=[("teahouse", 2), ("metro", 2), ("bus", 1), ("hospital", 1), ("street", 1)]),
    dict(id="hearingaid", w=1.5, no=["助听器"], nf=["助听器"], gen="助听器", measure="个",
         colors=["beige", "gray"], cp=(0.4, 0.6), brands=["phonak", "signia"],
         slots=[("side", 1, [("left", ["左耳的"], ["左耳用"]), ("right", ["右耳的"], ["右耳用"]), ("pair", ["一对两只"], ["一对"])], 0.6, 0.6),
                ("hbox", 0.5, [("blackbox", ["装在黑色小盒子里"], ["装于黑色小盒内"])], 0.6, 0.8)],
         serial=("num10", 0.15, 0.2), groups=[("old", 1)], cats=[("electronics", 0.6), ("other", 0.4)],
         places=[("hospital", 3), ("teahouse", 2), ("park", 1), ("market", 1), ("bus", 1)]),
    dict(id="speaker", w=1.5, no=["广场舞音箱", "音箱", "拉杆音箱"], nf=["拉杆音箱", "音箱", "便携音箱"], gen="音箱", measure="个",
         colors=["red", "black"], cp=(0.7, 0.8), brands=["bjbs", "shinco"],
         slots=[("slabel", 0.6, [("team", ["后面贴着‘荷溪舞蹈队’"], ["机身贴有“荷溪舞蹈队”字样"]), ("name", ["音箱上写着{name}"], ["音箱上写有“{name}”"])], 0.8, 0.8),
                ("usb", 0.5, [("usb", ["插着一个U盘"], ["插有U盘一个"])], 0.5, 0.6),
                ("mic", 0.4, [("mic", ["连着一个无线话筒"], ["配无线话筒一个"])], 0.5, 0.6)],
         groups=[("old", 1)], cats=[("electronics", 0.75), ("other", 0.25)],
         places=[("park", 4), ("riverside", 2), ("residential", 1), ("temple", 1)]),
]

OTHERS = [
    dict(id="umbrella", w=2, no=["雨伞", "伞", "遮"], nf=["雨伞", "折叠伞"], gen="雨伞", measure="把",
         colors=["black", "navy", "red", "blue", "green", "purple"], cp=(0.8, 0.85), brands=["paradise", None],
         slots=[("upattern", 1, [("plaid", ["格仔伞", "格子的"], ["格子图案"]), ("floral", ["碎花的"], ["碎花图案"]), ("plain", ["纯色的"], ["纯色"])], 0.5, 0.6),
                ("handle", 0.8, [("wood", ["木柄", "木头手柄"], ["木质伞柄"]), ("hook", ["弯钩柄"], ["弯柄"]), ("auto", ["自动伞，按钮开"], ["自动开合"])], 0.5, 0.6)],
         groups=[("adult", 1), ("old", 1)], cats=[("other", 1)],
         places=[("teahouse", 2), ("metro", 2), ("bus", 2), ("hospital", 1), ("market", 1), ("supermarket", 1)]),
    dict(id="cane", w=1.5, no=["拐杖", "手杖", "拐棍"], nf=["手杖", "拐杖"], gen="拐杖", measure="根",
         colors=["black", "brown", "silver"], cp=(0.6, 0.8), brands=[None],
         slots=[("ctype", 1, [("four", ["四只脚的拐杖", "四脚的"], ["四脚拐杖"]), ("fold", ["可以折叠的"], ["可折叠式"]), ("wood", ["木头的"], ["木质"])], 0.7, 0.8),
                ("cname", 0.4, [("name", ["贴了胶布写着‘{surname}’"], ["贴有胶布，写着“{surname}”"])], 0.8, 0.8)],
         groups=[("old", 1)], cats=[("other", 1)], places=[("hospital", 3), ("park", 2), ("teahouse", 2), ("temple", 1), ("bus", 1)]),
    dict(id="glasses", w=1.5, no=["老花镜", "眼镜"], nf=["眼镜", "老花眼镜"], gen="眼镜", measure="副",
         colors=["black", "brown", "red", "blue"], cp=(0.5, 0.6), brands=[None], cmark=(["眼镜盒是%s的", "装在%s眼镜盒里"], ["%s眼镜盒", "装于%s眼镜盒内"]),
         slots=[("store", 0.6, [("baodao", ["眼镜盒是宝岛眼镜的"], ["眼镜盒印有“宝岛眼镜”"]), ("mingyue", ["明月眼镜的盒"], ["眼镜盒印“明月眼镜”"])], 0.6, 0.7),
                ("frame", 1, [("goldframe", ["金属框"], ["金属镜框"]), ("blackframe", ["黑框"], ["黑色镜框"])], 0.6, 0.7)],
         groups=[("old", 1)], cats=[("other", 1)], places=[("teahouse", 2), ("hospital", 2), ("park", 1), ("bank", 1), ("bus", 1)]),
    dict(id="trolley", w=1.5, no=["买菜车", "拖车仔", "买菜推车"], nf=["折叠购物拖车", "买菜小推车"], gen="买菜车", measure="辆",
         colors=["red", "blue", "black", "purple"], cp=(0.8, 0.85), brands=[None], cmark=(["布袋是%s的"], ["%s袋身"]),
         slots=[("tpattern", 1, [("plaid", ["格仔布袋", "格子布的"], ["格子布袋身"]), ("plain", ["纯色布袋"], ["纯色袋身"])], 0.5, 0.6),
                ("tload", 0.6, [("veg", ["里面有刚买的菜"], ["车内有蔬菜若干"]), ("rice", ["里面有一袋米"], ["车内有大米一袋"])], 0.8, 0.8)],
         groups=[("old", 1)], cats=[("other", 1)], places=[("market", 4), ("supermarket", 2), ("bus", 1), ("street", 1)]),
    dict(id="birdcage", w=1.5, no=["鸟笼", "雀笼"], nf=["鸟笼（内有鸟一只）", "鸟笼"], gen="鸟笼", measure="个",
         colors=["blue", "navy", "black"], cp=(0.4, 0.5), brands=[None], cmark=(["笼罩布是%s的", "盖着%s的笼衣"], ["%s笼罩", "罩%s笼衣"]),
         slots=[("bird", 1, [("huamei", ["一只画眉", "里面是画眉"], ["画眉鸟一只"]), ("xiuyan", ["一只绣眼", "里面是绣眼"], ["绣眼鸟一只"])], 0.9, 0.7),
                ("cage", 1, [("bamboo", ["竹笼"], ["竹制鸟笼"]), ("woodcage", ["木笼，枣红色的漆"], ["木质鸟笼（红漆）"])], 0.6, 0.7)],
         groups=[("old", 1)], cats=[("other", 1)], places=[("park", 5), ("teahouse", 2)]),
    dict(id="thermos", w=1.5, no=["保温杯", "水杯"], nf=["保温杯"], gen="保温杯", measure="个",
         colors=["black", "pink", "blue", "silver", "green"], cp=(0.8, 0.85), brands=["thermos", "zojirushi", "fuguang"],
         slots=[("tengr", 0.3, [("name", ["杯身刻了名字{name}"], ["杯身刻有“{name}”"])], 0.9, 0.8),
                ("tsticker", 0.35, [("sticker", ["贴了卡通贴纸"], ["杯身贴有卡通贴纸"])], 0.6, 0.7),
                ("tcover", 0.3, [("cover", ["有个布杯套"], ["带布杯套"])], 0.5, 0.6)],
         groups=[("adult", 1), ("old", 1), ("kid", 0.5)], cats=[("other", 1)],
         places=[("metro", 2), ("bus", 2), ("park", 2), ("hospital", 1), ("school", 1)]),
    dict(id="erhu", w=0.7, no=["二胡"], nf=["二胡（带琴盒）", "二胡"], gen="二胡", measure="把",
         colors=["black"], cp=(0.3, 0.4), brands=[None], cmark=(["琴盒是%s的"], ["%s琴盒"]),
         slots=[("ename", 0.4, [("name", ["琴盒上有我名字{name}"], ["琴盒写有“{name}”"])], 0.9, 0.8),
                ("strings", 0.5, [("spare", ["琴盒里有备用弦"], ["盒内有备用琴弦"])], 0.5, 0.6)],
         groups=[("old", 1)], cats=[("other", 1)], places=[("park", 3), ("bus", 1), ("temple", 1)]),
    dict(id="jacket", w=1, no=["外套", "衫", "夹克"], nf=["外套", "夹克外套"], gen="外套", measure="件",
         colors=["black", "navy", "gray", "brown", "green"], cp=(0.8, 0.85), brands=["uniqlo", None],
         slots=[("pocket", 0.5, [("tissue", ["口袋里有包纸巾"], ["口袋内有纸巾"]), ("receipt", ["口袋有张超市小票"], ["口袋内有购物小票"])], 0.5, 0.6),
                ("size", 0.7, [("L", ["L码"], ["L码"]), ("XL", ["XL码"], ["XL码"])], 0.3, 0.5)],
         groups=[("adult", 1)], cats=[("other", 1)], places=[("teahouse", 2), ("metro", 1), ("park", 1), ("bus", 1)]),
    dict(id="medbag", w=1.5, no=["CT片", "片子", "病历资料袋"], nf=["CT片袋", "医院资料袋", "影像资料袋"], gen="CT片", measure="袋",
         colors=["white"], cp=(0.1, 0.3), brands=[None],
         slots=[("hosp", 1, [("hosp1", ["市一医院拍的"], ["印有“岭州市第一人民医院”"]), ("tcm", ["中医院的"], ["印有“岭州市中医院”"])], 0.7, 0.8)],
         label=(1, [("袋上写着{name}", ("idname",)), ("病人名字{name}", ("idname",))],
                [("袋面姓名“{name}”", ("idname",)), ("姓名栏：{nm}", ("idname",))], 0.8, 0.85),
         groups=[("old", 1)], cats=[("other", 0.6), ("id_doc", 0.2), ("bag", 0.2)],
         places=[("hospital", 3), ("bus", 1), ("metro", 1), ("street", 1), ("teahouse", 1)]),
    dict(id="toy", w=0.8, no=["奥特曼", "奥特曼公仔"], nf=["奥特曼玩具", "玩具公仔"], gen="奥特曼", measure="个",
         colors=["red", "silver"], cp=(0.4, 0.6), brands=[None],
         slots=[("figure", 1, [("tiga", ["迪迦奥特曼", "迪迦"], ["迪迦奥特曼"]), ("zero", ["赛罗奥特曼", "赛罗"], ["赛罗奥特曼"]),
                               ("belial", ["贝利亚"], ["贝利亚（黑红色）"])], 0.7, 0.5),
                ("light", 0.4, [("light", ["会发光的"], ["带发光功能"])], 0.6, 0.5),
                ("arm", 0.3, [("brokenarm", ["左手断了"], ["左臂缺失"])], 0.7, 0.7)],
         groups=[("kid", 1)], cats=[("other", 1)], places=[("park", 2), ("school", 1), ("bus", 1), ("teahouse", 1)]),
]

SERIAL_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def make_sn(rng, kind):
    if kind == "apple":
        return pick(rng, "FGHDC") + "".join(pick(rng, SERIAL_CHARS) for _ in range(11))
    if kind == "sn":
        return pick(rng, ["PF", "SN", "R9", "HW"]) + "".join(pick(rng, SERIAL_CHARS) for _ in range(8))
    return digits(rng, 10)


def mk_generic_factory(table, kind):
    def mk(rng, fix, ctx):
        p = dict(fix)
        rows = [t for t in table if ("color" not in p or p["color"] in t["colors"])
                and ("brand" not in p or p["brand"] in t["brands"])] or table
        ty = [t for t in table if t["id"] == choose(rng, p, "gtype", [(t["id"], t["w"]) for t in rows])][0]
        group = p.get("group") if p.get("group") in [g for g, _ in ty["groups"]] else wpick(rng, ty["groups"])
        p["group"] = group
        person = person_for(p, rng, ctx, "adult" if group == "kid" else group)
        if group == "kid" and "kid" not in p:
            p["kid"] = make_person(rng, "kid", ctx["used_names"])
        if "color" not in p or p["color"] not in ty["colors"]:
            p["color"] = pick(rng, ty["colors"])
        if "brand" not in p or p["brand"] not in ty["brands"]:
            p["brand"] = pick(rng, ty["brands"])
        models = [m for m in ty.get("models", []) if m[0] == p["brand"]]
        if models and ("model" not in p or p["model"] not in [m[1] for m in models]):
            p["model"] = pick(rng, models)[1]
        elif not models:
            p["model"] = None
        for slot, prob, rws, _, _ in ty["slots"]:
            if slot not in p:
                if chance(rng, prob):
                    p[slot] = rws(rng) if callable(rws) else pick(rng, rws)
                else:
                    p[slot] = None
        if not p["brand"] and not ty.get("label") and not ty.get("serial") and all(p[sl[0]] is None for sl in ty["slots"]):
            slot, _, rws, _, _ = ty["slots"][0]
            p[slot] = rws(rng) if callable(rws) else pick(rng, rws)
        n, nm, _ = name_forms(person, rng)
        fmt = {"name": n, "nm": nm, "surname": n[0], "kid": p["kid"]["name"] if group == "kid" else ""}
        facts = [F("type", "noun", ty["no"], ty["nf"], 1, 1)]
        if ty.get("cmark"):
            ot, ft = ty["cmark"]
            facts.append(F("color", "mark", [t % w for t in ot for w in COLORS[p["color"]][0][:2]],
                           [t % w for t in ft for w in COLORS[p["color"]][1][:2]], ty["cp"][0], ty["cp"][1]))
        else:
            facts.append(color_fact(p["color"], None, ty["cp"][0], ty["cp"][1]))
        if p["brand"]:
            b = BRANDS[p["brand"]]
            if ty.get("stamp"):
                facts.append(F("brand", "mark", ["%s的" % x for x in b[0][:2]] + ["在%s买的" % b[0][0]],
                               ["内侧印有“%s 足金”" % b[1][0], "内壁刻有“%s”标记" % b[1][0]], 0.6, 0.45))
            else:
                facts.append(brand_fact(p["brand"], 0.75, 0.6))
        if p["model"]:
            m = [m for m in models if m[1] == p["model"]][0]
            facts.append(F("model", "model", m[2], m[3], 0.5, 0.3))
        for slot, prob, rws, po, pf in ty["slots"]:
            row = p[slot]
            if row is None:
                continue
            if not isinstance(row, tuple):
                row = [r for r in rws if r[0] == row][0]
            facts.append(F(slot, "mark", [x.format(**fmt) for x in row[1]], [x.format(**fmt) for x in row[2]], po, pf))
        if ty.get("label"):
            prob, lo, lf, po, pf = ty["label"]
            if "label" not in p:
                p["label"] = chance(rng, prob)
            if p["label"]:
                facts.append(F("label", "mark", [(t.format(**fmt), s) for t, s in lo], [(t.format(**fmt), s) for t, s in lf], po, pf))
        if ty.get("weight"):
            lo_w, hi_w = ty["weight"]
            if "weight" not in p:
                p["weight"] = rng.randint(lo_w * 10, hi_w * 10) / 10.0
            w = p["weight"]
            facts.append(F("weight", "mark", [("大概%d克" % round(w), ()), ("%d克左右" % round(w), ()), ("%s克" % cn_num(int(round(w))), ())],
                           [("称重约%.1f克" % (w + rng.choice([-0.2, -0.1, 0, 0.1, 0.2])), ())], 0.5, 0.3))
        if ty.get("serial"):
            skind, po, pf = ty["serial"]
            if "sn" not in p:
                p["sn"] = make_sn(rng, skind)
            sn = p["sn"]
            facts.append(F("sn", "serial", [("序列号" + sn, True, sn), ("SN:" + sn, True, sn), ("序列号后四位" + sn[-4:], True, "后四位" + sn[-4:])],
                           [("序列号：" + sn, True, sn), ("SN " + sn, True, sn)], po, pf))
        places = ty.get("places") or JEWEL_PLACES
        return T_base(kind, ty["cats"], ty["gen"], ty["measure"], places, p, facts, p["color"], p["brand"], group,
                      reporter="parent" if group == "kid" else "self", owner=person)
    return mk


MAKERS = {"phone": mk_phone, "wallet": mk_wallet, "id_doc": mk_id_doc, "keys": mk_keys, "ebike": mk_ebike,
          "bicycle": mk_bicycle, "bag": mk_bag, "cash": mk_cash,
          "jewelry": mk_generic_factory(JEWELRY, "jewelry"),
          "electronics": mk_generic_factory(ELECTRONICS, "electronics"),
          "other": mk_generic_factory(OTHERS, "other")}


# ---------------------------------------------------------------- time

def at(day, h, m):
    return day * 1440 + NOW_CLOCK - (h * 60 + m)


def clock_of(minb):
    t = (NOW_CLOCK - minb) % 1440
    return t // 60, t % 60


def day_of(minb):
    h, m = clock_of(minb)
    return (minb - NOW_CLOCK + h * 60 + m) // 1440


def period(h):
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
    return "晚上"


def h12(h):
    return h - 12 if h > 12 else h


def clock_words(minb, rng, style=None):
    h, m = clock_of(minb)
    style = style or pick(rng, ["dup", "dup", "exact", "cn"])
    hh = h12(h)
    if style == "exact":
        return "%s%d点%02d分" % (period(h), hh, m) if m else "%s%d点" % (period(h), hh)
    if m < 10:
        tail = "点"
    elif 25 <= m < 35:
        tail = "点半"
    else:
        tail = "点多"
    if style == "cn":
        return "%s%s%s" % (period(h), cn_num(hh) if hh != 2 else "两", tail)
    return "%s%d%s" % (period(h), hh, tail)


def finder_clock(minb, rng, voice):
    h, m = clock_of(minb)
    if voice in ("ledger", "patrol"):
        return pick(rng, ["%02d:%02d" % (h, m), "%d时%02d分" % (h, m), "%d:%02d" % (h, m)])
    return clock_words(minb, rng)


def time_phrase(rng, frm, to, t_loss):
    span = frm - to
    same_day = day_of(frm) == day_of(to)
    if span <= 150 and same_day:
        return pick(rng, ["%s到%s之间" % (clock_words(frm, rng, "dup"), clock_words(to, rng, "dup").replace(period(clock_of(to)[0]), "", 1)
                                         if period(clock_of(frm)[0]) == period(clock_of(to)[0]) else clock_words(to, rng, "dup")),
                          "%s左右" % clock_words(t_loss, rng, "exact").replace("点00分", "点"),
                          clock_words(t_loss, rng)])
    if same_day and span <= 16 * 60:
        p1, p2 = period(clock_of(frm)[0]), period(clock_of(to)[0])
        return p1 if p1 == p2 else "%s到%s" % (p1, p2)
    if span <= 30 * 60:
        return "%s到第二天%s" % (clock_words(frm, rng, "dup"), period(clock_of(to)[0]))
    return pick(rng, ["这几天", "前几天", "最近两三天", "这两天"])


# ---------------------------------------------------------------- episodes

def places_of_kind(kind):
    return [p for p in PLACES if p["kind"] == kind]


def jitter(rng, place, spread):
    lat = LAT0 + place["y"] * KM_LAT + rng.uniform(-spread, spread)
    lon = LON0 + place["x"] * KM_LON + rng.uniform(-spread, spread)
    return round(lat, 6), round(lon, 6)


def make_episode(rng, T):
    kind = wpick(rng, T["places"])
    place = pick(rng, places_of_kind(kind))
    hr = pick(rng, HOURS[kind])
    h = rng.randint(hr[0], hr[1])
    m = rng.randrange(60)
    day = rng.randrange(0, DAYS)
    t_loss = at(day, h, m)
    if t_loss < 60:
        t_loss += 1440
    vehicle = T["kind"] in ("ebike", "bicycle")
    if vehicle:
        mode = "parked"
    elif kind in ("bus", "metro"):
        mode = "transit"
    else:
        mode = wpick(rng, [("known", 0.55), ("route", 0.3), ("unsure", 0.15)])
    act = pick(rng, ACTS[kind])
    if kind == "teahouse" and h >= 12:
        act = pick(rng, ["饮下午茶", "饮茶", "喝下午茶"])
    elif kind == "park":
        act = pick(rng, ["晨练", "打太极", "遛鸟", "跳广场舞", "散步"] if h < 12 else ["跳广场舞", "散步", "带孙子玩"])
    ep = {"place": place, "mode": mode, "t_loss": t_loss, "act": act}
    near = neighbours(place) if kind != "far" else []
    ep["place2"] = pick(rng, near) if near else None
    if mode in ("route", "unsure") and not ep["place2"]:
        ep["mode"] = mode = "known"
    if mode == "transit":
        ep["board"] = pick(rng, [p for p in PLACES if p["kind"] not in ("far", "bus", "metro") and dist(p, place) < 2.5])
        ep["route"] = pick(rng, BUS_ROUTES) if kind == "bus" else ("3号线" if place["id"] == "metro_yn" else "6号线")
    if mode == "parked":
        if chance(rng, 0.35):
            frm, to = t_loss + rng.randint(300, 700), t_loss - rng.randint(60, 500)
        else:
            frm, to = t_loss + rng.randint(20, 240), t_loss - rng.randint(10, 200)
    elif mode in ("known", "transit"):
        if chance(rng, 0.6):
            frm, to = t_loss + rng.randint(10, 60), t_loss - rng.randint(10, 110)
        else:
            frm, to = t_loss + rng.randint(60, 240), t_loss - rng.randint(60, 330)
    elif mode == "route":
        frm, to = t_loss + rng.randint(10, 60), t_loss - rng.randint(15, 90)
    else:
        if chance(rng, 0.3):
            frm, to = t_loss + rng.randint(1440, 4000), t_loss - rng.randint(60, 1200)
        else:
            frm, to = t_loss + rng.randint(120, 500), t_loss - rng.randint(60, 500)
    to = max(0, to)
    frm = min(frm, LIMIT_MIN - 4000)
    while clock_of(frm)[0] < 6 and frm - 30 > t_loss:
        frm -= 30
    while clock_of(to)[0] < 6 and to - 30 >= 0:
        to -= 30
    ep["frm"], ep["to"] = frm, to
    return ep


def found_for(rng, T, ep):
    """Where and when the object of a true report turns up."""
    place, mode = ep["place"], ep["mode"]
    if mode == "parked":
        cands = [p for p in PLACES if p["kind"] not in ("far",) and 0.4 <= dist(p, place) <= 3.2]
        fplace = place if chance(rng, 0.2) else pick(rng, cands)
        delay = wpick(rng, [(rng.randint(60, 1440), 0.3), (rng.randint(1440, 10 * 1440), 0.5), (rng.randint(10 * 1440, 28 * 1440), 0.2)])
    else:
        if mode == "known":
            close = [p for p in neighbours(place, 0.6)]
            fplace = place if chance(rng, 0.8) or not close else pick(rng, close)
        elif mode == "route":
            fplace = wpick(rng, [(place, 0.4), (ep["place2"], 0.4), (pick(rng, [p for p in neighbours(place) if p["kind"] == "street"] or [place]), 0.2)])
        elif mode == "unsure":
            fplace = pick(rng, [place, ep["place2"]])
        else:
            fplace = place
        delay = wpick(rng, [(rng.randint(3, 180), 0.55), (rng.randint(180, 1440), 0.3), (rng.randint(1440, 9 * 1440), 0.15)])
    return fplace, settle_time(rng, ep["t_loss"] - delay, ep["t_loss"])


def settle_time(rng, t, latest):
    """A finder time no earlier than `latest` (minutes before now, so t <= latest), not
    in the small hours, never in the future."""
    if t < 0:
        t = rng.randint(0, max(0, latest - 1))
    if t > latest:
        t = latest - rng.randint(0, min(600, latest))
    h, m = clock_of(t)
    if h < 6:
        t -= (6 * 60 + rng.randint(20, 80)) - (h * 60 + m)
    return max(0, min(t, latest))


# ---------------------------------------------------------------- views

def choose_view(T, side, rng, force=(), suppress=(), scale=1.0):
    men = []
    for fc in T["facts"]:
        options = fc[side]
        if not options or fc["slot"] in suppress:
            continue
        p = fc["po" if side == "o" else "pf"]
        if fc["group"] in ("noun",):
            p = 1.0
        else:
            p *= scale
        if fc["slot"] in force or any(set(o[1]) & set(force) for o in options):
            sp = [o for o in options if set(o[1]) & set(force)]
            if sp:
                options, p = sp, 1.0
        if rng.random() < min(p, 1.0):
            text, spec, field = pick(rng, options)
            men.append({"slot": fc["slot"], "group": fc["group"], "text": text, "spec": spec, "field": field})
    return men


def spec_slots(men):
    out = []
    for m in men:
        for s in m["spec"]:
            if s not in out:
                out.append(s)
    return out


def fact_texts(T, slot):
    return sorted(o[0] for fc in T["facts"] if fc["slot"] == slot for o in fc["f"])


def finder_texts(T, slot):
    return sorted(o[0] for fc in T["facts"] for o in fc["f"] if slot in o[1])


WEAK = ("type", "color", "material", "denom", "wheel", "size", "side", "pieces", "strings", "cable", "tcover",
        "count", "transit")


def pair_ok(om, fm, need_strong):
    shared = [s for s in spec_slots(om) if s in spec_slots(fm)]
    strong = [s for s in shared if s not in WEAK]
    return len(strong) >= need_strong and len(shared) >= 2


# ---------------------------------------------------------------- writing

CANTO_SUBS = [("不见了", "唔见咗"), ("没有", "冇"), ("菜市场", "街市"), ("咖啡色", "啡色"), ("棕色", "啡色"),
              ("钥匙", "锁匙"), ("钱包", "银包"), ("自行车", "单车"), ("喝早茶", "饮早茶"), ("什么", "咩"), ("谢谢", "唔该")]
CANTO_NOUN = {"phone": ["手提", "手提电话", "手机"], "wallet": ["银包"], "keys": ["锁匙", "一串锁匙"], "bicycle": ["单车"]}


def is_ascii_edge(a, b):
    return a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum()


def brand_model(b, m, brand_key):
    if not m:
        return b or ""
    if not b:
        return m
    aliases = [x.lower() for x in BRANDS[brand_key][0] + BRANDS[brand_key][1]] if brand_key else []
    if any(a and a in m.lower() for a in aliases) or m.lower().startswith(("iphone", "ipad", "airpods", "apple", "macbook")):
        return m
    return b + (" " if is_ascii_edge(b, m) else "") + m


def split_men(men):
    g = {"noun": None, "color": None, "brand": None, "model": None}
    rest = {"mark": [], "content": [], "serial": [], "note": []}
    for m in men:
        if m["group"] == "model" and not m["spec"]:
            rest["mark"].append(m)
        elif m["group"] in g:
            g[m["group"]] = m
        else:
            rest[m["group"]].append(m)
    return g, rest


def noun_phrase(g, T, rng, canto=False, side="o"):
    n = g["noun"]["text"] if g["noun"] else T["gen"]
    if canto and T["kind"] in CANTO_NOUN and n in ("手机", "电话", "钱包", "钥匙", "一串钥匙", "自行车"):
        n = pick(rng, CANTO_NOUN[T["kind"]])
    c = g["color"]["text"] if g["color"] else ""
    if "色" in n:
        c = ""
    bm = brand_model(g["brand"]["text"] if g["brand"] else "", g["model"]["text"] if g["model"] else "", T["brand"])
    if g["brand"] and g["brand"]["text"] in n and n != T["gen"]:
        n = T["gen"]
    if bm and n.lower() in bm.lower():
        n = T["gen"] if T["gen"].lower() not in bm.lower() else pick(rng, ["耳机", "设备"] if T["kind"] == "electronics" else [n])
    style = rng.randrange(4)
    if style == 0 or not (c and bm):
        return c + ("的" if c and not c.endswith("色") and chance(rng, 0.3) else "") + bm + (" " if is_ascii_edge(bm, n) else "") + n
    if style == 1:
        return "%s%s%s（%s）" % (bm, " " if is_ascii_edge(bm, n) else "", n, c)
    if style == 2:
        return "%s%s%s，%s的" % (bm, " " if is_ascii_edge(bm, n) else "", n, c)
    return "%s%s%s" % (c, bm, n)


def subject_words(T, rng, voice):
    """Who the report speaks about: (subject, object word for the thing)."""
    if T["reporter"] == "parent":
        kid = T["p"].get("kid")
        if kid:
            return pick(rng, ["我儿子" if kid["sex"] == "m" else "我女儿", "孩子", "小朋友"]), kid
        return "孩子", None
    if voice == "relative":
        o = T["owner"]
        return pick(rng, ["我妈", "我奶奶", "我外婆", "老人家"] if o["sex"] == "f" else ["我爸", "我爷爷", "我外公", "老人家"]), None
    if voice == "desk":
        return "其", None
    return "我", None


def place_name(rng, place, side):
    return pick(rng, place["names"] if side == "o" else place["fnames"])


def owner_narrative(rng, T, ep, subj, voice):
    tp = time_phrase(rng, ep["frm"], ep["to"], ep["t_loss"])
    obj = T["gen"] if T["gen"] not in ("手机",) else pick(rng, ["手机", "电话"])
    P = place_name(rng, ep["place"], "o")
    Q = place_name(rng, ep["place2"], "o") if ep.get("place2") else P
    act = ep["act"]
    if T["reporter"] == "parent":
        act = pick(rng, {"school": ["放学", "上学", "在校门口玩"], "park": ["玩", "玩滑梯", "骑车玩"]}.get(
            ep["place"]["kind"], ["跟大人" + act.replace("带孙子", "").replace("接孙子放学", "接人"), "跟着我" + act.replace("带孙子", "")]))
    mode = ep["mode"]
    leave = pick(rng, ["走的时候忘了拿%s" % obj, "出来以后发现%s不见了" % obj, "回到家才发现%s不见了" % obj,
                       "%s应该是落在那里了" % obj, "%s可能掉在附近了" % obj])
    if mode == "known":
        s = pick(rng, ["%s%s在%s%s，%s" % (tp, subj, P, act, leave), "%s%s去%s%s，%s" % (subj, tp, P, act, leave)])
        addr = P
    elif mode == "route":
        s = pick(rng, ["%s%s在%s%s完，走去%s，到了才发现%s不见了，应该是路上掉的" % (tp, subj, P, act, Q, obj),
                       "%s%s从%s出来去%s，中途%s不见了" % (tp, subj, P, Q, obj)])
        addr = "%s到%s" % (P, Q) if chance(rng, 0.6) else P
    elif mode == "unsure":
        s = pick(rng, ["%s%s去过%s和%s，%s不知道丢在哪里了" % (tp, subj, P, Q, obj),
                       "不记得在哪里丢的，%s去了%s，后来又去了%s" % (tp, P, Q)])
        addr = P if chance(rng, 0.5) else ""
    elif mode == "transit":
        B = place_name(rng, ep["board"], "o")
        if ep["place"]["kind"] == "bus":
            s = pick(rng, ["%s%s在%s附近坐%s公交车，下车以后发现%s不见了，可能落在车上" % (tp, subj, B, ep["route"], obj),
                           "%s%s搭%s巴士，%s落在车上了" % (tp, subj, ep["route"], obj)])
            addr = "%s公交车" % ep["route"]
        else:
            S = place_name(rng, ep["place"], "o")
            s = pick(rng, ["%s%s在%s坐地铁%s，出站以后发现%s不见了" % (tp, subj, S, ep["route"], obj),
                           "%s%s从%s附近进%s坐地铁，%s可能丢在站里或者车上" % (tp, subj, B, S, obj)])
            addr = S
    else:
        spot = pick(rng, ["门口", "楼下", "路边", "停车场", "门口的单车棚"]) if chance(rng, 0.5) else ""
        nxt = "第二天" if day_of(ep["frm"]) != day_of(ep["to"]) else ""
        s = pick(rng, ["%s把%s停在%s%s，%s%s出来发现不见了" % (clock_words(ep["frm"], rng), obj, P, spot, nxt, clock_words(ep["to"], rng)),
                       "%s%s的%s停在%s%s被偷了" % (tp, subj if subj != "我" else "我", obj, P, spot)])
        addr = P + spot
    if voice == "desk":
        s = s.replace("我", "其")
    return s, addr


OPENERS = ["你好，", "您好，", "警察同志你好，", "你好，想登记个失物。", "", "", "麻烦问下，"]
EXTRAS = ["当时人很多，我也没留意。", "我已经回去找过一遍了，没有。", "问过旁边的人，都说没看到。",
          "这个对我来说很有纪念意义，是家里人送的。", "里面的证件补办起来很麻烦。", "我在那边留了电话。",
          "我平时都很小心的，这次不知道怎么回事。", "现在急得饭都吃不下。", "已经在街坊群里问过了，暂时没有消息。"]
FINDER_EXTRAS = ["我在原地等了一会儿，没人回来找。", "问了旁边的店铺，都说不知道是谁的。", "怕被别人拿走，就先收起来了。",
                 "我下午都在附近，可以联系我。"]
PLEAS = ["如果有人捡到麻烦联系我，谢谢！", "里面的东西对我很重要，麻烦帮忙留意。", "有消息请打电话给我，必有重谢。", "谢谢你们！", "", "麻烦了。"]
CANTO_PLEAS = ["唔该晒！", "麻烦你哋帮手留意下，唔该！", "有消息通知我，多谢！", "拜托拜托。"]


MEASURE_RE = re.compile("一[串沓扎袋副对张本个部只条枚辆把台块件根笔]")


def with_measure(np_, T, rng, after=False):
    if T["measure"] in np_ or MEASURE_RE.search(np_):
        return np_
    if after:
        return "%s一%s" % (np_, T["measure"])
    return "一%s%s" % (T["measure"], np_)


def join_items(items, rng):
    if len(items) <= 1:
        return "".join(items)
    if chance(rng, 0.5):
        return "、".join(items[:-1]) + "和" + items[-1]
    return "、".join(items)


def strip_for_voice(text, rng):
    out = []
    for ch in text:
        if ch in "，。；：！？、（）“”‘’":
            out.append(" " if chance(rng, 0.3) else "")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def voice_numbers(text, rng):
    text = re.sub(r"(尾号|后四位|尾数|后六位)(\d{4,6})", lambda mo: mo.group(1) + (cn_digits(mo.group(2)) if chance(rng, 0.6) else mo.group(2)), text)
    text = re.sub(r"(\d{2,4})(块|元)", lambda mo: (cn_num(int(mo.group(1))) if chance(rng, 0.6) else mo.group(1)) + "块", text)
    return text


def canto_text(text, rng):
    for a, b in CANTO_SUBS:
        if chance(rng, 0.8):
            text = text.replace(a, b)
    return text


def render_owner(T, men, ep, voice, rng):
    subj, kid = subject_words(T, rng, voice)
    g, rest = split_men(men)
    canto = voice == "canto"
    np_ = noun_phrase(g, T, rng, canto)
    marks = [m["text"] for m in rest["mark"]]
    contents = [m["text"] for m in rest["content"]]
    serials = [m["text"] for m in rest["serial"]]
    notes = [m["text"] for m in rest["note"]]
    narr, addr = owner_narrative(rng, T, ep, subj, voice)
    fields = {}
    use_fields = chance(rng, {"form": 0.85, "chatty": 0.45, "voice": 0.1, "relative": 0.35, "canto": 0.3, "desk": 0.6}[voice])
    if use_fields:
        if g["color"] and chance(rng, 0.85):
            fields["color"] = g["color"]["text"]
        if g["brand"] and chance(rng, 0.85):
            fields["brand"] = g["brand"]["text"]
        if g["model"] and chance(rng, 0.8):
            fields["model"] = g["model"]["text"]
        if rest["serial"] and chance(rng, 0.85):
            fields["serial"] = rest["serial"][0]["field"] or rest["serial"][0]["text"]
            if chance(rng, 0.5):
                serials = serials[1:]
        if (marks or contents) and chance(rng, 0.55):
            fields["marks"] = "；".join(marks + (["内有" + "、".join(contents)] if contents else []))
            if chance(rng, 0.6):
                marks, contents = [], []
        if addr and chance(rng, 0.8):
            fields["address"] = addr[:60]
    kidbit = ""
    if kid and chance(rng, 0.5):
        kidbit = pick(rng, ["孩子叫%s，" % kid["name"], "我家%s，%d岁，" % (kid["name"], kid["age"])])
    mk = "，".join(marks)
    ct = join_items(contents, rng)
    sr = "，".join(serials)
    nt = "，".join(notes)
    if voice == "form":
        parts = [pick(rng, ["", "遗失物品："]) + np_]
        if mk:
            parts.append(pick(rng, ["特征：", ""]) + mk)
        if ct:
            parts.append(pick(rng, ["内有：", "里面有"]) + ct)
        if sr:
            parts.append(sr)
        if chance(rng, 0.7):
            parts.append(pick(rng, ["丢失经过：", ""]) + narr)
        if nt and chance(rng, 0.5):
            parts.append(nt)
        body = "。".join(parts) + "。"
    elif voice == "desk":
        o = T["owner"]
        who = "报失人%s某（%s，%d岁）称：" % (o["name"][0], "女" if o["sex"] == "f" else "男", o["age"])
        body = who + narr + "。遗失" + with_measure(np_, T, rng, True) + ("，" + mk if mk else "") + ("，内有" + ct if ct else "") + ("。" + sr if sr else "") + "。"
        if nt and chance(rng, 0.5):
            body += "另称" + nt + "。"
    else:
        op = pick(rng, OPENERS) if voice != "relative" else pick(rng, ["帮%s报个失。" % subj, "我替%s来登记，" % subj, "你好，"])
        if voice == "relative" and subj == "老人家":
            op = pick(rng, ["帮家里老人家报失。", "我替家里老人来登记，"])
        desc = pick(rng, ["是" + with_measure(np_, T, rng), np_, "丢的是%s" % np_]) + ("，" + mk if mk else "") + "。"
        body = op + kidbit + narr + "。" + desc
        if ct:
            body += pick(rng, ["里面有", "里面装着", "里面还有"]) + ct + "。"
        if sr:
            body += sr + "。"
        if nt:
            body += nt + "。"
        extras = [x for x in EXTRAS if "证件" not in x or T["kind"] in ("wallet", "id_doc", "bag")]
        for x in sample(rng, extras, rng.choice([0, 0, 1, 1, 2])):
            body += x
        if voice == "relative":
            body += pick(rng, ["老人家记性不好，记得的就这些。", "", "麻烦帮帮忙，老人家急得不得了。"])
        body += pick(rng, CANTO_PLEAS if canto else PLEAS)
        if canto:
            body = canto_text(body, rng)
        if voice == "voice":
            body = voice_numbers(body, rng)
            body = strip_for_voice(body, rng)
            if chance(rng, 0.5):
                body = pick(rng, ["喂 ", "那个 ", "就是 "]) + body
    body = body.replace("。。", "。").replace("，。", "。").replace("！。", "！")
    return body, fields


VEHICLE_SPOTS = ["路边", "门口空地", "人行道上", "单车棚", "停车场", "树下"]
VEHICLE_FINDERS = ["巡逻队员", "保安", "环卫工", "辅警", "店主", "物业"]
FINDER_VOICES = [("ledger", 0.33), ("staff", 0.2), ("citizen", 0.22), ("patrol", 0.1), ("terse", 0.1), ("voice", 0.05)]


def render_finder(T, men, fplace, found_at, voice, rng):
    g, rest = split_men(men)
    np_ = noun_phrase(g, T, rng, side="f")
    marks = [m["text"] for m in rest["mark"]]
    contents = [m["text"] for m in rest["content"]]
    serials = [m["text"] for m in rest["serial"]]
    notes = [m["text"] for m in rest["note"]]
    P = place_name(rng, fplace, "f")
    vehicle = T["kind"] in ("ebike", "bicycle")
    spot = pick(rng, VEHICLE_SPOTS if vehicle else fplace["spots"]) if chance(rng, 0.7) else ""
    if spot and (spot in P or P in spot):
        spot = ""
    ck = finder_clock(found_at, rng, voice)
    who = pick(rng, FINDERS[fplace["kind"]] if not vehicle else VEHICLE_FINDERS)
    fields = {}
    if chance(rng, {"ledger": 0.8, "staff": 0.5, "citizen": 0.25, "patrol": 0.6, "terse": 0.2, "voice": 0.1}[voice]):
        if g["color"] and chance(rng, 0.85):
            fields["color"] = g["color"]["text"]
        if g["brand"] and chance(rng, 0.8):
            fields["brand"] = g["brand"]["text"]
        if g["model"] and chance(rng, 0.7):
            fields["model"] = g["model"]["text"]
        if rest["serial"] and chance(rng, 0.85):
            fields["serial"] = rest["serial"][0]["field"] or rest["serial"][0]["text"]
            if chance(rng, 0.4):
                serials = serials[1:]
        if (marks or contents) and chance(rng, 0.5):
            fields["marks"] = "；".join(marks + (["内有" + "、".join(contents)] if contents else []))
            if chance(rng, 0.5):
                marks, contents = [], []
        if chance(rng, 0.85):
            fields["address"] = (P + spot)[:60]
    mk = "，".join(marks)
    ct = "、".join(contents)
    sr = "，".join(serials)
    nt = "，".join(notes)
    if voice == "ledger":
        sep = pick(rng, ["；", "。", "，"])
        parts = [pick(rng, ["拾得物品：", "物品：", "【拾遗登记】物品："]) + np_ + ("一" + T["measure"] if chance(rng, 0.5) and T["measure"] not in np_ else "")]
        if mk:
            parts.append(pick(rng, ["特征：", "外观："]) + mk)
        if ct:
            parts.append(pick(rng, ["内有：", "内含："]) + ct)
        if sr:
            parts.append(sr)
        if nt:
            parts.append(nt)
        parts.append(pick(rng, ["拾得地点：", "地点："]) + P + spot)
        parts.append(pick(rng, ["拾得时间：", "时间："]) + ck)
        parts.append(pick(rng, ["交送人：", "送交人：", "拾得人："]) + who + pick(rng, ["", "（未留姓名）", "%s某" % pick(rng, SURNAMES)]))
        body = sep.join(parts) + "。"
    elif voice == "staff":
        org = pick(rng, [P, ORG.get(fplace["kind"], P)]) if who in ("收银员", "理货员", "保安", "导医", "护士", "站务员", "司机", "调度员") else P
        if org == P and not spot:
            spot = pick(rng, fplace["spots"])
        lead = {"teahouse": "收台时", "hospital": "巡查时", "bus": "收车检查时", "metro": "巡视时"}.get(fplace["kind"], "")
        body = "%s%s于%s%s在%s发现%s" % (org, who, ck, lead, spot or P, with_measure(np_, T, rng, True))
        if mk:
            body += "，" + mk
        body += "。"
        if ct:
            body += "内有" + ct + "。"
        if sr:
            body += sr + "。"
        if nt:
            body += nt + "。"
        body += pick(rng, ["现送交派出所。", "已交派出所阳光坐席。", "请失主到所认领。", "失主可凭有效证件认领。"])
    elif voice == "patrol":
        if vehicle:
            body = "%s巡逻至%s时，发现%s停放在%s，%s" % (ck, P, with_measure(np_, T, rng), spot or "路边", pick(rng, ["疑似被遗弃", "长时间无人看管", "未上锁"]))
        else:
            body = "%s巡逻至%s，%s交来%s" % (ck, P, pick(rng, ["群众", "路人", who]), with_measure(np_, T, rng, True))
        if mk:
            body += "，" + mk
        body += "。"
        if ct:
            body += "内有" + ct + "。"
        if sr:
            body += sr + "。"
        if nt:
            body += nt + "。"
        body += pick(rng, ["已带回所内登记。", "暂存所内。", "已拖回所里。" if vehicle else "已登记。"])
    elif voice == "terse":
        bits = [np_] + marks[:2] + ([ct] if ct else []) + serials[:1] + [P + spot]
        body = pick(rng, ["，", " ", "；"]).join(bits)
    else:
        body = "%s我%s在%s%s%s%s" % (pick(rng, ["你好，", "", "您好，"]), ck, P, spot, pick(rng, ["捡到", "拾到", "看到有"]), with_measure(np_, T, rng))
        if mk:
            body += "，" + mk
        body += "。"
        if ct:
            body += pick(rng, ["打开看了一下，里面有", "里面有"]) + ct + "。"
        if sr:
            body += sr + "。"
        if nt:
            body += nt + "。"
        if chance(rng, 0.4):
            body += pick(rng, FINDER_EXTRAS)
        body += pick(rng, ["已经交给派出所了。", "东西放在值班室，失主可以来领。", "请失主联系认领。", "已交到附近警务站。"])
        if voice == "voice":
            body = strip_for_voice(voice_numbers(body, rng), rng)
    body = body.replace("。。", "。").replace("，。", "。")
    return body, fields


# ---------------------------------------------------------------- negatives

IDENTITY_KEYS = ["person", "kid", "imei", "imei2", "tail", "contents", "docno", "stuno", "plate", "frame", "items",
                 "sn", "label", "weight", "amount", "carplate", "fob", "charm", "case", "case_content", "lock", "screen", "feats"]

TWIN_KEYS = {
    "case": ["case", "case_content"], "charm": ["charm"], "screen": ["screen"], "lock": ["lock"], "imei": ["imei", "imei2"],
    "case_content": ["case_content"], "idname": ["person", "kid", "contents", "label"], "idno": ["person", "docno", "stuno"],
    "cards": ["contents"], "fob": ["fob"], "fob_label": ["fob"], "carkey": ["car"], "ekey": ["ekey"], "special": ["special"],
    "plate": ["plate"], "frame": ["frame"], "wheel": ["wheel"], "writing": ["writing"], "denom": ["denom"], "cash": ["amount"],
    "sn": ["sn"], "vip": ["contents"], "photo": ["contents"], "tag": ["person"], "carplate": ["carplate"], "school": ["stuno"],
}


def twin_keys(slot):
    if slot in TWIN_KEYS:
        return TWIN_KEYS[slot]
    if slot.startswith("feat_"):
        return ["feats"]
    if slot.startswith("c_"):
        return ["items", "person", "kid"]
    return [slot]


def decoy_fix(T, rng):
    p = T["p"]
    fix = {}
    if T["color"]:
        fix["color"] = T["color"]
    k = T["kind"]
    if k == "id_doc":
        fix["dtype"] = p["dtype"]
        if "holder" in p:
            fix["holder"] = p["holder"]
    elif k == "wallet" and chance(rng, 0.5):
        fix["wtype"] = p["wtype"]
    elif k == "phone" and chance(rng, 0.35):
        fix["brand"] = p["brand"]
    elif k == "bag" and chance(rng, 0.6):
        fix["btype"] = p["btype"]
    elif k == "bicycle" and chance(rng, 0.6):
        fix["btype"] = p["btype"]
    elif k == "cash":
        fix["box"] = p["box"]
    elif k in ("jewelry", "electronics", "other"):
        fix["gtype"] = p["gtype"]
    return fix


def differing_slots(D, T, slots):
    out = []
    for s in slots:
        if s in WEAK:
            continue
        fd = finder_texts(D, s)
        if fd and fd != finder_texts(T, s):
            out.append(s)
    return out


def similar(D, fplace, t, r):
    T = r["T"]
    if D["kind"] != T["kind"] or D["color"] != T["color"] or D["brand"] != T["brand"]:
        return False
    if D["kind"] in ("jewelry", "electronics", "other") and D["p"].get("gtype") != T["p"].get("gtype"):
        return False
    ep = r["ep"]
    near = min(dist(fplace, ep["place"]), dist(fplace, ep["place2"]) if ep.get("place2") else 99)
    return near <= 1.2 and ep["to"] - 4320 <= t <= ep["frm"]


def overlapping(T, ep, r):
    """Two reports of look-alike objects (same kind, colour, brand) near each other in place and time."""
    U, eq = r["T"], r["ep"]
    if T["kind"] != U["kind"] or T["color"] != U["color"] or T["brand"] != U["brand"]:
        return False
    if T["kind"] in ("jewelry", "electronics", "other") and T["p"].get("gtype") != U["p"].get("gtype"):
        return False
    places = [ep["place"]] + ([ep["place2"]] if ep.get("place2") else [])
    others = [eq["place"]] + ([eq["place2"]] if eq.get("place2") else [])
    if min(dist(a, b) for a in places for b in others) > 1.2:
        return False
    return eq["to"] - 4320 <= ep["frm"] and ep["to"] - 4320 <= eq["frm"]


def clash(D, fplace, t, reports, target):
    return any(similar(D, fplace, t, r) for r in reports if r is not target)


def near_place(rng, place):
    if place["kind"] == "far" or chance(rng, 0.5):
        return place
    return pick(rng, neighbours(place) or [place])


# ---------------------------------------------------------------- assembly

OWNER_VOICES = {
    "old": [("relative", 0.38), ("desk", 0.2), ("canto", 0.16), ("chatty", 0.1), ("voice", 0.1), ("form", 0.06)],
    "adult": [("form", 0.28), ("chatty", 0.3), ("voice", 0.17), ("canto", 0.13), ("desk", 0.08)],
    "kid": [("form", 0.3), ("chatty", 0.4), ("voice", 0.2), ("canto", 0.1)],
}
OWNER_PIN = {"form": 0.45, "chatty": 0.35, "voice": 0.2, "canto": 0.25, "relative": 0.15, "desk": 0.1}
FINDER_PIN = {"ledger": 0.5, "staff": 0.35, "citizen": 0.4, "patrol": 0.8, "terse": 0.2, "voice": 0.3}
FIELD_ORDER = ["color", "brand", "model", "serial", "marks", "address"]


def fit(fields):
    out = {}
    for k in FIELD_ORDER:
        if k in fields and fields[k]:
            v = fields[k]
            lim = 500 if k == "marks" else 60
            if len(v) > lim:
                continue
            out[k] = v
    return out


def build():
    ctx = {"used_names": []}
    order = []
    for kind, n in N_TRUE.items():
        order += [(kind, True)] * n
    for kind, n in N_NULL.items():
        order += [(kind, False)] * n
    rng_for("order").shuffle(order)
    reports = []
    for idx, (kind, is_true) in enumerate(order):
        rng = rng_for("truth", idx)
        T = MAKERS[kind](rng, {}, ctx)
        for a in range(200):
            ep = make_episode(rng_for("ep", idx, a), T)
            if not any(overlapping(T, ep, r) for r in reports):
                break
        else:
            raise SystemExit("no free episode for report %d (%s)" % (idx, kind))
        r = {"idx": idx, "T": T, "ep": ep, "true": is_true}
        grp = T["owner_group"] if T["reporter"] != "parent" else "kid"
        r["ovoice"] = wpick(rng_for("ovoice", idx), OWNER_VOICES[grp])
        if is_true:
            r["fplace"], r["found_at"] = found_for(rng_for("found", idx), T, ep)
            r["fvoice"] = wpick(rng_for("fvoice", idx), FINDER_VOICES)
        need = 2 if chance(rng_for("need", idx), 0.7) else 1
        for a in range(300):
            if a == 150:
                need = 1
            om = choose_view(T, "o", rng_for("ov", idx, a))
            if not [s for s in spec_slots(om) if s not in WEAK]:
                continue
            if not is_true:
                break
            fm = choose_view(T, "f", rng_for("fv", idx, a))
            if pair_ok(om, fm, need):
                r["fmen"] = fm
                break
        else:
            raise SystemExit("no recognisable view for report %d (%s)" % (idx, kind))
        r["omen"] = om
        reports.append(r)

    negs = []
    trues = [r for r in reports if r["true"]]
    nulls = [r for r in reports if not r["true"]]
    nrng = rng_for("neg-order")
    nrng.shuffle(trues)
    nrng.shuffle(nulls)

    def place_time_near(rng, r, D, spread_days=2):
        base_place = r.get("fplace") if r["true"] and chance(rng, 0.5) else r["ep"]["place"]
        fplace = near_place(rng, base_place)
        lo = max(0, r["ep"]["to"] - spread_days * 1440)
        t = settle_time(rng, rng.randint(lo, max(lo, r["ep"]["frm"] - 5)), r["ep"]["frm"])
        return fplace, t

    def add_neg(label, D, fplace, t, fm, target):
        negs.append({"label": label, "T": D, "fplace": fplace, "found_at": t, "fmen": fm, "target": target})

    def decoys(targets, count, label, vague):
        made, i = 0, 0
        while made < count:
            r = targets[i % len(targets)]
            i += 1
            for a in range(40):
                rng = rng_for(label, r["idx"], i, a)
                D = MAKERS[r["T"]["kind"]](rng, decoy_fix(r["T"], rng), ctx)
                if D["color"] != r["T"]["color"]:
                    continue
                strong = [s for s in spec_slots(r["omen"]) if s not in WEAK]
                diff = differing_slots(D, r["T"], strong)
                if vague:
                    sup = [fc["slot"] for fc in D["facts"] if fc["slot"] not in WEAK and fact_texts(D, fc["slot"]) != fact_texts(r["T"], fc["slot"])]
                    fm = choose_view(D, "f", rng, suppress=sup, scale=0.6)
                    if [s for s in spec_slots(fm) if s not in WEAK]:
                        continue
                else:
                    if not diff:
                        continue
                    force = sample(rng, diff, min(len(diff), rng.choice([1, 1, 2])))
                    fm = choose_view(D, "f", rng, force=force)
                fplace, t = place_time_near(rng, r, D)
                if clash(D, fplace, t, reports, r):
                    continue
                add_neg(label, D, fplace, t, fm, r)
                made += 1
                break

    decoys(nulls, N_NEG["decoy"], "decoy", False)
    decoys(nulls[::-1], N_NEG["decoy_vague"], "decoy_vague", True)
    decoys(trues, N_NEG["decoy_true"], "decoy", False)

    made, i = 0, 0
    while made < N_NEG["twin"]:
        r = trues[(i * 7 + 3) % len(trues)]
        i += 1
        strong = [s for s in spec_slots(r["omen"]) if s not in WEAK and s not in ("brand", "model", "type")]
        strong = [s for s in strong if finder_texts(r["T"], s)]
        if not strong or any(n["target"] is r and n["label"] == "twin" for n in negs):
            continue
        for a in range(40):
            rng = rng_for("twin", r["idx"], a)
            s = pick(rng, strong)
            drop = twin_keys(s) + ["person", "kid", "imei", "imei2", "tail", "frame", "sn", "docno", "stuno", "plate", "carplate"]
            fix = dict((k, v) for k, v in r["T"]["p"].items() if k not in drop)
            D = MAKERS[r["T"]["kind"]](rng, fix, ctx)
            diff = differing_slots(D, r["T"], [s])
            if not diff or D["color"] != r["T"]["color"] or D["brand"] != r["T"]["brand"]:
                continue
            fm = choose_view(D, "f", rng, force=diff)
            fplace = near_place(rng, r["fplace"])
            t = settle_time(rng, r["found_at"] + rng.randint(-1440, 1440), r["ep"]["frm"])
            if clash(D, fplace, t, reports, r):
                continue
            add_neg("twin", D, fplace, t, fm, r)
            made += 1
            break

    made, i = 0, 0
    pool = trues[:14] + nulls[:6]
    while made < N_NEG["before_loss"]:
        r = pool[i % len(pool)]
        i += 1
        for a in range(40):
            rng = rng_for("before", r["idx"], i, a)
            fix = dict((k, v) for k, v in r["T"]["p"].items() if k not in IDENTITY_KEYS)
            D = MAKERS[r["T"]["kind"]](rng, fix, ctx)
            ident = [s for s in ("idname", "idno", "imei", "plate", "frame", "sn", "cash", "cards", "tag")
                     if finder_texts(D, s) and finder_texts(D, s) == finder_texts(r["T"], s)]
            if ident:
                continue
            fm = choose_view(D, "f", rng)
            fplace = near_place(rng, r["ep"]["place"])
            t = r["ep"]["frm"] + rng.randint(240, 14 * 1440)
            t = settle_time(rng, t, LIMIT_MIN - 2000)
            if t <= r["ep"]["frm"] or clash(D, fplace, t, reports, r):
                continue
            add_neg("before_loss", D, fplace, t, fm, r)
            made += 1
            break

    made, i = 0, 0
    branded = [r for r in sorted(trues + nulls, key=lambda r: r["idx"]) if r["T"]["brand"]]
    while made < N_NEG["other_place"]:
        r = branded[(i * 5 + 1) % len(branded)]
        i += 1
        for a in range(40):
            rng = rng_for("other", r["idx"], i, a)
            fix = {"brand": r["T"]["brand"]}
            if "gtype" in r["T"]["p"]:
                fix["gtype"] = r["T"]["p"]["gtype"]
            if r["T"]["kind"] == "keys":
                fix = {"car": r["T"]["p"].get("car"), "ekey": r["T"]["p"].get("ekey")}
            D = MAKERS[r["T"]["kind"]](rng, fix, ctx)
            fm = choose_view(D, "f", rng)
            fplace = pick(rng, [p for p in PLACES if p["kind"] == "far" or dist(p, r["ep"]["place"]) >= 3.0])
            t = settle_time(rng, rng.randint(0, DAYS * 1440), LIMIT_MIN - 2000)
            if clash(D, fplace, t, reports, None):
                continue
            add_neg("other_place", D, fplace, t, fm, r)
            made += 1
            break

    made, i = 0, 0
    kinds = [(k, n) for k, n in N_TRUE.items()]
    while made < N_NEG["unclaimed"]:
        i += 1
        rng = rng_for("unclaimed", i)
        kind = wpick(rng, kinds)
        D = MAKERS[kind](rng, {}, ctx)
        ep = make_episode(rng, D)
        fplace = ep["place"] if ep["mode"] != "transit" else ep["place"]
        t = settle_time(rng, ep["t_loss"] - rng.randint(5, 600), ep["t_loss"])
        if clash(D, fplace, t, reports, None):
            continue
        fm = choose_view(D, "f", rng)
        add_neg("unclaimed", D, fplace, t, fm, None)
        made += 1
    return reports, negs


def cat_pick(rng, T):
    return wpick(rng, T["cats"])


def lost_entry(r):
    rng = rng_for("render-lost", r["idx"])
    T, ep = r["T"], r["ep"]
    for a in range(20):
        body, fields = render_owner(T, r["omen"], ep, r["ovoice"], rng)
        if len(body) <= 600:
            break
        r["omen"] = [m for m in r["omen"] if m["group"] != "note"][:-1] if a > 0 else [m for m in r["omen"] if m["group"] != "note"]
    e = {"key": None, "category": cat_pick(rng_for("cat-o", r["idx"]), T), "body": body,
         "lost_from_min": ep["frm"], "lost_to_min": ep["to"], "truth": None}
    e.update(fit(fields))
    if chance(rng, OWNER_PIN[r["ovoice"]]) and ep["mode"] != "unsure":
        pl = ep["board"] if ep["mode"] == "transit" else (ep["place2"] if ep["mode"] == "route" and chance(rng, 0.4) else ep["place"])
        e["lat"], e["lon"] = jitter(rng, pl, 0.0025)
    return e


def found_entry(T, fm, fplace, found_at, voice, tag):
    rng = rng_for("render-found", tag)
    for a in range(20):
        body, fields = render_finder(T, fm, fplace, found_at, voice, rng)
        if len(body) <= 600:
            break
        fm = [m for m in fm if m["group"] != "note"][:-1]
    e = {"key": None, "category": cat_pick(rng_for("cat-f", tag), T), "body": body, "found_at_min": found_at}
    e.update(fit(fields))
    if chance(rng, FINDER_PIN[voice]):
        e["lat"], e["lon"] = jitter(rng, fplace, 0.0008)
    return e


def main():
    reports, negs = build()
    lost, found = [], []
    for r in reports:
        e = lost_entry(r)
        lost.append((e, r))
        if r["true"]:
            fe = found_entry(r["T"], r["fmen"], r["fplace"], r["found_at"], r["fvoice"], "true-%d" % r["idx"])
            found.append((fe, r))
    for j, n in enumerate(negs):
        voice = wpick(rng_for("neg-voice", j), FINDER_VOICES)
        if n["T"]["kind"] in ("ebike", "bicycle") and voice == "staff":
            voice = "patrol"
        fe = found_entry(n["T"], n["fmen"], n["fplace"], n["found_at"], voice, "neg-%d" % j)
        fe["negative"] = n["label"]
        found.append((fe, None))
    # registers run oldest first; ties broken by a fixed shuffle
    tie = rng_for("keys")
    found = [(tie.random(), fe, r) for fe, r in found]
    found.sort(key=lambda x: (-x[1]["found_at_min"], x[0]))
    for i, (_, fe, r) in enumerate(found, 1):
        fe["key"] = "M-F%04d" % i
        if r is not None:
            r["fkey"] = fe["key"]
    lost = [(tie.random(), e, r) for e, r in lost]
    lost.sort(key=lambda x: (-x[1]["lost_to_min"], x[0]))
    for i, (_, e, r) in enumerate(lost, 1):
        e["key"] = "M-L%04d" % i
        if r["true"]:
            e["truth"] = r["fkey"]
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set13.py",
           "parts": {"set13": {"found": [fe for _, fe, _ in found], "lost": [e for _, e, _ in lost]}}}
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    labels = {}
    for _, fe, _ in found:
        labels[fe.get("negative", "true")] = labels.get(fe.get("negative", "true"), 0) + 1
    print("set13: %d lost (%d with a true found item), %d found %s -> %s" % (
        len(lost), sum(1 for _, e, _ in lost if e["truth"]), len(found),
        ", ".join("%s %d" % (k, labels[k]) for k in sorted(labels)), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
