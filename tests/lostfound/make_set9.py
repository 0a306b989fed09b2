#!/usr/bin/env python3
"""Write tests/lostfound/set9.json: the ninth labelled lost-and-found set (a judge set).

World: an island town in summer (鹭屿镇, invented), centre 29.990 N 122.300 E, about 7 km across.
Everything is invented: names, numbers, shops, homestays. Deterministic: fixed seed, standard
library only. Run: python3 tests/lostfound/make_set9.py  (then check_set9.py).

How it works: every object is a set of facts (slot -> canonical value). The owner and the finder
each state a subset of the facts, each in their own words. A found item is "compatible" with a lost
report when category and kind are the same, it was not found before the loss began, the two sides
state at least one fact in common and no fact stated by both disagrees. Distance never excludes (the
island is small; things travel on ferries and buses). The generator repeats until every lost report
is compatible with exactly its truth (or with nothing when its truth is null), and every true pair
shares at least two facts, so a careful human reading both sides can reach every label.
"""
import json
import math
import os
import random
import re

SEED = 20261209
R = random.Random(SEED)
LAT0, LON0 = 29.990, 122.300
DAY = 1440
MAX_MIN = 89 * DAY            # every time within the last 90 days
NEAR_KM = 3.5                 # beyond this a negative counts as "far away"
N_TRUE, N_NULL = 150, 60
N_TWIN, N_BEFORE, N_FAR, N_DECOY, N_UNCLAIMED = 45, 25, 20, 30, 30
HARD_SHARE = 1 / 3            # true pairs that share only two concrete facts

# ---------------------------------------------------------------- places
# id: (names as people say them, lat, lon); the first name is the desk's way of writing it.
PLACES = {
    "pier": (["鹭屿客运码头", "客运码头", "轮渡码头候船厅", "码头", "船码头那边", "渡口售票处"], 29.9850, 122.3150),
    "smallpier": (["小鹭岛码头", "小鹭岛那边的码头", "小岛码头", "对面小岛的码头"], 29.9700, 122.3290),
    "ferry": (["鹭屿至小鹭岛渡船上", "去小鹭岛的渡船上", "轮渡船舱里", "坐船去小岛的船上", "快艇上"], 29.9780, 122.3220),
    "beach": (["金沙滩浴场", "金沙滩", "沙滩上", "海滩浴场", "沙滩淋浴间", "海边沙滩那里"], 29.9980, 122.2850),
    "changing": (["金沙滩更衣室", "沙滩更衣室", "海滩换衣服的地方", "浴场冲淋房"], 29.9972, 122.2868),
    "rental": (["环岛单车租赁点", "租车点", "租电瓶车的地方", "沙滩边租自行车的店"], 29.9930, 122.2900),
    "coastroad": (["环岛公路观景台", "环岛公路", "海边公路看日落的平台", "观景台", "骑车环岛那条路上"], 30.0080, 122.2950),
    "market": (["鹭屿海鲜市场", "海鲜市场", "水产市场", "鱼市场里面", "菜场卖海鲜那块"], 29.9820, 122.3050),
    "harbour": (["鹭屿渔港", "渔港", "渔船码头", "避风港", "渔港码头边上"], 29.9780, 122.3100),
    "homestay": (["渔村民宿区", "民宿那一片", "渔村", "村里民宿"], 30.0020, 122.2750),
    "temple": (["潮音寺", "山上的潮音寺", "寺庙大殿", "山顶寺庙", "上寺庙的台阶"], 30.0120, 122.3150),
    "foodst": (["海天夜排档美食街", "美食街", "夜排档", "夜市一条街", "吃烧烤的夜市"], 29.9880, 122.2980),
    "bus": (["鹭屿公交总站", "公交总站", "汽车站", "岛上公交站"], 29.9860, 122.3020),
    "hospital": (["鹭屿镇卫生院", "卫生院", "镇医院", "卫生院门诊"], 29.9920, 122.3050),
    "school": (["鹭屿中学", "中学门口", "学校", "鹭屿中学操场"], 29.9960, 122.3080),
    "mall": (["海岛购物广场", "购物广场", "超市", "海岛超市收银台"], 29.9890, 122.3030),
    "southbay": (["南湾沙滩", "南湾", "南边沙滩", "南湾露营地"], 29.9620, 122.3120),
    "northcape": (["北山观景台", "北山", "北山灯塔", "北山顶上"], 30.0200, 122.2800),
}
HOMESTAYS = ["听海民宿", "望潮居", "海风小筑", "拾贝客栈", "渔家乐小院", "鸥鹭民宿"]
FERRY_LIKE = {"pier", "smallpier", "ferry"}
STORE = ["所里失物柜", "前台保管柜", "值班室保管柜", "物品保管室二号柜", "码头警务室保管柜"]


def km(a, b):
    (_, la1, lo1), (_, la2, lo2) = PLACES[a], PLACES[b]
    dy = (la1 - la2) * 111.0
    dx = (lo1 - lo2) * 111.0 * math.cos(math.radians(LAT0))
    return math.hypot(dx, dy)


NEIGHBOURS = {p: [q for q in PLACES if q != p and km(p, q) <= 1.6] for p in PLACES}
FAR = {p: [q for q in PLACES if km(p, q) > NEAR_KM + 0.5] for p in PLACES}

# ---------------------------------------------------------------- words and numbers
COLORS = {
    "black": (["黑色", "黑的", "黑色的", "纯黑"], ["黑色", "深色", "哑光黑", "黑"]),
    "white": (["白色", "白的", "米白色"], ["白色", "乳白色", "白"]),
    "blue": (["蓝色", "深蓝色", "蓝的", "宝蓝色"], ["蓝色", "藍色", "深蓝", "蓝"]),
    "red": (["红色", "大红色", "红的"], ["红色", "酒红色", "红"]),
    "pink": (["粉色", "粉红色", "粉粉的"], ["粉色", "粉红", "浅粉色"]),
    "green": (["绿色", "墨绿色", "绿的"], ["绿色", "军绿色", "绿"]),
    "gold": (["金色", "土豪金", "香槟金"], ["金色", "香槟色", "金黄色"]),
    "silver": (["银色", "银白色", "银的"], ["银色", "银灰色", "银"]),
    "gray": (["灰色", "深空灰", "灰的"], ["灰色", "深灰色", "灰"]),
    "purple": (["紫色", "淡紫色", "紫的"], ["紫色", "浅紫", "紫"]),
    "brown": (["棕色", "咖啡色", "褐色"], ["棕色", "咖色", "棕褐色"]),
    "yellow": (["黄色", "明黄色", "黄的"], ["黄色", "柠檬黄", "黄"]),
    "orange": (["橙色", "橘色", "橘黄色"], ["橙色", "桔色", "橘红色"]),
}
SURN = "陈王李张刘林周吴徐孙胡朱高何郑罗梁谢宋唐许邓冯韩曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢傅钟"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华梅玲建国兰春海波宁晨欣怡浩宇子轩梓涵一诺雨桐思远佳琪"
CN = "零一二三四五六七八九"
CAP = "零壹贰叁肆伍陆柒捌玖"


def name():
    return R.choice(SURN) + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2])))


def cn_small(n):
    """0..99999 in everyday Chinese numerals (三百二十)."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for u, s in units:
        d = n // u
        n %= u
        if d:
            if zero and out:
                out += "零"
            out += ("两" if d == 2 and u >= 1000 else CN[d]) + s
            zero = False
        elif out:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out


def cn_capital(n):
    """Amounts as a desk writes them: 贰仟叁佰元整."""
    units = [(10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for u, s in units:
        d = n // u
        n %= u
        if d:
            if zero and out:
                out += "零"
            out += CAP[d] + s
            zero = False
        elif out:
            zero = True
    return out + "元整"


def digits_cn(s):
    return "".join(CN[int(c)] if c.isdigit() else c for c in s)


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def id_number():
    region = R.choice(["330902", "330921", "310115", "320106", "330106", "340104", "420111", "510107", "330302"])
    y, m, d = R.randint(1950, 2010), R.randint(1, 12), R.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (region, y, m, d, R.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]


def bank_card():
    body = R.choice(["622202", "622848", "621700", "622588", "621226", "623668"]) + "".join(
        R.choice("0123456789") for _ in range(9))
    return body + luhn_digit(body)


def imei():
    body = R.choice(["86", "35"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def alnum(n, letters="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(letters + "0123456789") for _ in range(n))


def spaced(s, k=4):
    return " ".join(s[i:i + k] for i in range(0, len(s), k))


def tail_forms(s, who):
    t4 = s[-4:]
    if who == "o":
        return R.choice(["尾号" + t4, "后四位" + t4, "最后几位是" + t4, "后六位" + s[-6:], s])
    return R.choice([s, spaced(s), s[:4] + "*" * (len(s) - 8) + t4, "尾号" + t4, s[:6] + "-" + s[6:]])


# brand: canonical -> (owner spellings, finder spellings incl. misreads)
BR = {
    "华为": (["华为", "HUAWEI", "华为的"], ["华为", "HUAWEI", "huawei", "华伟"]),
    "苹果": (["苹果", "iPhone", "苹果手机"], ["苹果", "Apple", "iphone", "苹菓"]),
    "小米": (["小米", "红米", "Xiaomi"], ["小米", "MI", "xiaomi", "Redmi"]),
    "OPPO": (["OPPO", "oppo", "欧珀"], ["OPPO", "oppo", "0PPO"]),
    "vivo": (["vivo", "VIVO", "维沃"], ["vivo", "ViVO", "vlvo"]),
    "荣耀": (["荣耀", "HONOR", "华为荣耀"], ["荣耀", "HONOR", "honor"]),
    "七匹狼": (["七匹狼", "7匹狼"], ["SEPTWOLVES", "七匹狼", "septwolves"]),
    "蔻驰": (["蔻驰", "COACH", "寇驰"], ["COACH", "coach", "蔻驰"]),
    "金利来": (["金利来"], ["goldlion", "金利来", "GOLDLION"]),
    "MK": (["MK", "迈克高仕"], ["MICHAEL KORS", "MK"]),
    "雅迪": (["雅迪", "雅迪的"], ["Yadea", "雅迪", "YADEA"]),
    "爱玛": (["爱玛", "爱马"], ["AIMA", "爱玛", "aima"]),
    "台铃": (["台铃", "台玲"], ["TAILG", "台铃"]),
    "小牛": (["小牛", "小牛电动"], ["NIU", "niu", "小牛"]),
    "捷安特": (["捷安特", "杰安特"], ["GIANT", "giant", "捷安特"]),
    "美利达": (["美利达", "美力达"], ["MERIDA", "merida"]),
    "喜德盛": (["喜德盛"], ["XDS", "xds", "喜德盛"]),
    "迪卡侬": (["迪卡侬", "迪卡龙"], ["DECATHLON", "Quechua", "迪卡侬"]),
    "耐克": (["耐克", "Nike"], ["NIKE", "耐克", "nike"]),
    "阿迪达斯": (["阿迪达斯", "阿迪"], ["adidas", "ADIDAS", "阿迪达斯"]),
    "北面": (["北面", "The North Face"], ["THE NORTH FACE", "TNF", "北面"]),
    "新秀丽": (["新秀丽", "Samsonite"], ["Samsonite", "新秀丽", "samsonite"]),
    "周大福": (["周大福"], ["周大福", "CTF", "周大服"]),
    "老凤祥": (["老凤祥"], ["老凤祥", "老凤翔"]),
    "潘多拉": (["潘多拉", "Pandora"], ["PANDORA", "pandora"]),
    "GoPro": (["GoPro", "狗破", "gopro"], ["GoPro", "GOPRO", "go pro"]),
    "大疆": (["大疆", "DJI"], ["DJI", "大疆", "大僵"]),
    "影石": (["影石", "Insta360"], ["insta360", "Insta360", "影石"]),
    "佳能": (["佳能", "Canon"], ["Canon", "CANON", "佳能"]),
    "索尼": (["索尼", "SONY"], ["SONY", "sony", "索妮"]),
    "富士": (["富士", "Fujifilm"], ["FUJIFILM", "富士"]),
    "雷朋": (["雷朋", "Ray-Ban"], ["Ray-Ban", "RayBan", "雷鹏"]),
    "膳魔师": (["膳魔师", "THERMOS"], ["THERMOS", "膳魔师"]),
}


def brand_fact(b, phone=False):
    """Spellings of a brand; phone-only ones (苹果手机, iPhone) only for phones."""
    keep = lambda xs: [x for x in xs if phone or ("手机" not in x and "iphone" not in x.lower())]
    return (b, keep(BR[b][0]), keep(BR[b][1]))


def color_fact(c):
    return (c, COLORS[c][0], COLORS[c][1])


# ---------------------------------------------------------------- objects
# An object: cat, kind words for owner and finder, facts {slot: (canon, owner phrases, finder
# phrases)}, hidden {slot: ...} (owner only), visible {slot: ...} (finder only).
def obj(cat, kind, ko, kf, facts, hidden=None, visible=None):
    return {"cat": cat, "kind": kind, "ko": ko, "kf": kf, "facts": facts,
            "hidden": hidden or {}, "visible": visible or {}}


PHONE_MODELS = {
    "华为": ["Mate60", "Mate 50", "P60", "nova 11", "nova 9"], "苹果": ["iPhone 15", "iPhone 13", "iPhone 14 Pro", "iPhone 12"],
    "小米": ["小米13", "Redmi K60", "Redmi Note 12", "小米14"], "OPPO": ["Reno10", "Find X6", "A58"],
    "vivo": ["X90", "S17", "Y78"], "荣耀": ["荣耀90", "Magic5", "X50"]}
CASES = [("clear", ["透明壳", "套了个透明的壳"], ["透明手机壳", "透明软壳"]),
         ("shinchan", ["蜡笔小新的手机壳", "壳子上是蜡笔小新"], ["卡通手机壳（蜡笔小新图案）", "蜡笔小新图案外壳"]),
         ("ring", ["壳子背面有个指环扣", "带指环支架的壳"], ["背面有金属指环扣", "带指环扣手机壳"]),
         ("drybag", ["装在一个防水袋里挂脖子上", "套着防水手机袋"], ["装于防水手机袋内（带挂绳）", "外套防水袋"]),
         ("flip", ["皮套翻盖的", "翻盖皮套"], ["翻盖式皮套", "皮质翻盖保护套"]),
         ("shell", ["壳子上贴了贝壳装饰", "自己粘的小贝壳壳子"], ["手机壳上粘有贝壳饰品", "壳背面有贝壳装饰"]),
         ("bear", ["小熊图案的壳", "背面是棕色小熊"], ["小熊图案手机壳", "壳上印卡通熊"])]
WALLPAPERS = [("kid", ["锁屏是我女儿的照片", "屏保是小孩照片"], ["锁屏为一小女孩照片", "锁屏图片是小孩"]),
              ("dog", ["锁屏是我家柯基", "屏保是只狗"], ["锁屏为小狗图片", "锁屏是柯基犬"]),
              ("sea", ["锁屏是海边日落", "屏保是大海"], ["锁屏为海景图", "锁屏图片海边日落"]),
              ("couple", ["屏保是我和老婆的合照", "锁屏是情侣照"], ["锁屏为男女合影", "锁屏是两人合照"]),
              ("anime", ["锁屏是动漫人物", "屏保是海贼王"], ["锁屏为动漫图片", "锁屏是卡通人物"])]
CRACKS = [("crack_tr", ["屏幕右上角碎了一块", "屏右上角有裂纹"], ["屏幕右上角有裂痕", "右上角屏碎"]),
          ("crack_bl", ["屏幕左下角裂了", "左下角摔过有裂"], ["屏幕左下角破裂", "左下角碎屏"]),
          ("back_scratch", ["背面有一道划痕", "后盖刮花了"], ["背部有明显划痕", "后盖有划痕"]),
          ("intact", None, ["外观完好", "无明显破损"])]


def pick(lst):
    return R.choice(lst)


def mk_phone():
    b = pick(list(PHONE_MODELS))
    m = pick(PHONE_MODELS[b])
    col = pick(["black", "black", "white", "blue", "gold", "purple", "green", "silver", "gray"])
    case = pick(CASES)
    wp = pick(WALLPAPERS)
    crack = pick(CRACKS)
    facts = {"color": color_fact(col), "brand": brand_fact(b, phone=True), "case": (case[0], case[1], case[2]),
             "wallpaper": (wp[0], wp[1], wp[2])}
    if crack[1]:
        facts["crack"] = crack
    facts["model"] = (m, [m, m.replace(" ", "")], [m, m.lower(), m.replace(" ", "")])
    im = imei()
    facts["serial"] = (im, ["IMEI " + im, "串号后六位" + im[-6:], "盒子上的串号" + spaced(im, 5)],
                       (["卡托上刻的IMEI " + spaced(im, 5), "卡托IMEI:" + im] if b == "苹果" else None))
    hidden = {"sim": ("sim", ["手机号尾号" + "".join(R.choice("0123456789") for _ in range(4))], None)}
    ko = ["手机", "手机", "机子"]
    kf = ["手机一部", "手机壹部", "移动电话一部", "智能手机一部"]
    return obj("phone", "phone", ko, kf, facts, hidden,
               {"power": ("p", None, [pick(["已关机", "电量耗尽已关机", "有锁屏密码", "有未接来电"])])})


WALLET_CONTENTS = [("idcard", "身份证", "身份证一张"), ("bankcard", "银行卡", "银行卡两张"), ("photo", "一张全家福", "照片一张"),
                   ("ticket", "船票", "渡轮船票一张"), ("roomcard", "民宿房卡", "房卡一张"), ("drivers", "驾驶证", "驾驶证一本"),
                   ("coins", "一些硬币", "硬币若干"), ("member", "超市会员卡", "会员卡一张")]


def cash_amount():
    return pick([35, 50, 86, 120, 200, 260, 300, 320, 450, 500, 600, 780, 800, 1000, 1200, 1500, 2000, 2600, 3000])


def cash_owner(n):
    if n < 100:
        return pick(["几十块钱", "%d块钱左右" % n, "零钱%d来块" % (n // 10 * 10)])
    lo = n // 100 * 100
    return pick(["%d多块" % lo if n % 100 else "%d块" % n, "大概%s块钱" % cn_small(n), "%s多块钱" % cn_small(lo), "差不多%d元" % n])


def cash_finder(n):
    return pick(["现金%d元" % n, "人民币%d元" % n, "现金人民币%s" % cn_capital(n), "内有现金%s元" % cn_small(n)])


def mk_wallet():
    b = pick(["七匹狼", "蔻驰", "金利来", "MK", None, None])
    col = pick(["black", "black", "brown", "red", "pink", "blue", "white"])
    kind = pick(["long", "short", "card"])
    ko = {"long": ["长款钱包", "长钱包", "长的那种钱包"], "short": ["短款钱包", "折叠钱包", "短钱包"], "card": ["卡包", "小卡包", "零钱包"]}[kind]
    kf = {"long": ["长款钱包一个", "长款皮夹一个", "长钱包一只"], "short": ["短款钱夹一个", "短款钱包一只", "对折皮夹一个"], "card": ["卡包一个", "卡套一个", "零钱包一个"]}[kind]
    n = cash_amount()
    owner = name()
    facts = {"color": color_fact(col), "cash": (n, [cash_owner(n)], [cash_finder(n)])}
    if b:
        facts["brand"] = brand_fact(b)
    for c in R.sample(WALLET_CONTENTS, 2):
        facts["has_" + c[0]] = (True, [c[1]], [c[2]])
    facts["name"] = (owner, ["证件上名字是" + owner, "身份证上是" + owner, "失主叫" + owner], ["卡证姓名" + owner, "内有" + owner + "的证件", "姓名：" + owner])
    if R.random() < 0.4:
        facts["wear"] = pick([("zip_broken", ["拉链坏了", "拉链头掉了"], ["拉链损坏", "拉链头缺失"]),
                              ("worn_corner", ["边角磨白了", "四个角都磨破了"], ["边角磨损", "四角有磨损"]),
                              ("sand", ["里面都是沙子", "进了沙子"], ["内有沙粒", "沾有沙子"])])
    return obj("wallet", "wallet_" + kind, ko, kf, facts)


def mk_id():
    kind = pick(["id", "id", "id", "drivers", "student", "social", "bank", "passport", "work"])
    nm = name()
    facts = {"name": (nm, [nm, "名字" + nm, "上面是" + nm], [nm, "姓名" + nm, "持证人" + nm])}
    if kind == "id":
        n = id_number()
        facts["serial"] = (n, [n, "身份证号" + n, "号码尾号" + n[-4:]], [n[:6] + "********" + n[-4:], n[:4] + "*" * 10 + n[-4:], spaced(n, 6), n])
        ko, kf = ["身份证", "身份证一张", "二代身份证", "身分证"], ["居民身份证一张", "身份证壹张", "二代证一张"]
    elif kind == "drivers":
        n = id_number()
        facts["serial"] = (n, ["证号" + n, "驾照号码就是身份证号" + n], [n[:6] + "********" + n[-4:], "证号尾号" + n[-4:]])
        c = pick(["C1", "C2", "B2", "A1"])
        facts["lic"] = (c, ["%s的驾照" % c, "准驾车型%s" % c], ["准驾车型%s" % c, "%s驾驶证" % c])
        ko, kf = ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证一本", "驾驶证一本", "驾照"]
    elif kind == "student":
        sch = pick(["浙江海洋大学", "宁波大学", "鹭屿中学", "上海海事大学", "杭州第二中学"])
        sn = str(R.randint(2019, 2025)) + "".join(R.choice("0123456789") for _ in range(6))
        facts["serial"] = (sn, ["学号" + sn, "学号后几位" + sn[-4:]], ["学号" + sn, "学号：" + spaced(sn, 4)])
        facts["school"] = (sch, [sch + "的", sch], [sch, "校名" + sch])
        ko, kf = ["学生证", "学生证一本", "校园卡"], ["学生证一本", "学生证壹本", "学生卡一张"]
    elif kind == "social":
        n = id_number()
        facts["serial"] = (n, ["社会保障号就是身份证号" + n, "社保卡号尾号" + n[-4:]], [n[:6] + "********" + n[-4:], "社会保障号码尾号" + n[-4:]])
        ko, kf = ["社保卡", "医保卡", "社保卡一张"], ["社会保障卡一张", "社保卡一张", "市民卡（社保）一张"]
    elif kind == "bank":
        n = bank_card()
        bank = pick(["工商银行", "农业银行", "建设银行", "中国银行", "邮储银行", "宁波银行"])
        facts["serial"] = (n, ["尾号" + n[-4:], "卡号后四位" + n[-4:], "卡号" + n], [n[:4] + " **** **** " + n[-4:], n[:6] + "******" + n[-4:], spaced(n)])
        facts["bank"] = (bank, [bank, bank + "的卡"], [bank, bank + "借记卡"])
        ko, kf = ["银行卡", "银行卡一张", "储蓄卡"], ["银行卡一张", "借记卡一张", "银联卡一张"]
    elif kind == "passport":
        n = pick("EG") + "".join(R.choice("0123456789") for _ in range(8))
        facts["serial"] = (n, ["护照号" + n, "号码" + n], [n, "护照号码" + n, n[0] + " " + n[1:]])
        ko, kf = ["护照", "护照一本", "因私护照"], ["中华人民共和国护照一本", "护照一本", "护照壹本"]
    else:
        comp = pick(["鹭屿旅游集团", "海天渔业合作社", "鹭屿镇卫生院", "东港快递", "鹭屿客运公司"])
        facts["school"] = (comp, [comp, comp + "的工作证"], [comp, "单位：" + comp])
        ko, kf = ["工作证", "工牌", "工作牌"], ["工作证一个", "工牌一张（带挂绳）", "胸牌一个"]
        kind = "work"
    if R.random() < 0.35:
        facts["holder"] = pick([("sleeve_blue", ["套着蓝色卡套", "装在蓝色证件套里"], ["外有蓝色卡套", "蓝色证件套"]),
                                ("lanyard", ["挂着一根红色挂绳", "有挂绳"], ["带红色挂绳", "附挂绳"]),
                                ("wet", ["应该泡过水", "掉海里可能湿了"], ["已被水浸湿", "有水渍"])])
    return obj("id_doc", "doc_" + kind, ko, kf, facts)


FOBS = [("dolphin", ["一个小海豚挂件", "海豚钥匙扣"], ["海豚形挂件", "蓝色海豚钥匙扣"]),
        ("access_blue", ["蓝色门禁扣", "小区门禁卡（蓝色圆的）"], ["蓝色门禁扣一个", "圆形蓝色门禁卡"]),
        ("vw", ["大众的车钥匙", "一把大众遥控钥匙"], ["大众汽车遥控钥匙", "VW车钥匙"]),
        ("room", ["民宿房卡挂在上面", "挂了个房间号牌"], ["带民宿房号牌", "挂有房号木牌"]),
        ("bottle", ["开瓶器钥匙扣", "挂个开啤酒的起子"], ["开瓶器挂件", "附开瓶器"]),
        ("shell", ["贝壳挂件", "一个贝壳串的挂坠"], ["贝壳串挂坠", "挂有贝壳饰品"]),
        ("doll", ["挂着一个小黄人玩偶", "小黄人公仔"], ["小黄人玩偶挂件", "卡通公仔挂件"]),
        ("ebikekey", ["电瓶车钥匙", "电动车钥匙一把"], ["电动车钥匙", "带一把电瓶车钥匙"])]


def mk_keys():
    n = R.randint(2, 6)
    fob = pick(FOBS)
    ncn = "两" if n == 2 else cn_small(n)
    facts = {"count": (n, ["%s把钥匙" % ncn, "%d把钥匙" % n], ["钥匙%d把" % n, "共%s把" % ncn, "计%d把" % n]),
             "fob": fob}
    if fob[0] == "room":
        hs = pick(HOMESTAYS)
        room = str(pick([101, 102, 201, 203, 205, 302, 306]))
        facts["room"] = (hs + room, [hs + room + "房间", hs + "的" + room], [hs + " " + room, "房号牌写" + hs + room])
    if R.random() < 0.4:
        facts["ring"] = pick([("carabiner", ["挂在一个登山扣上", "有个登山扣"], ["带登山扣", "登山扣式钥匙圈"]),
                              ("red_rope", ["串在红绳上", "红绳子系着"], ["红绳串", "系红绳"])])
    col = None
    if fob[0] in ("dolphin", "access_blue"):
        col = "blue"
    elif R.random() < 0.3:
        col = pick(["red", "yellow", "black"])
    if col:
        facts["color"] = color_fact(col)
    return obj("keys", "keys", ["钥匙", "钥匙串", "要是"], ["钥匙一串", "钥匙壹串", "钥匙串一个"], facts)


def plate():
    return "鹭屿" + pick("ABCDE") + "%05d" % R.randint(1, 99999)


def mk_ebike():
    b = pick(["雅迪", "爱玛", "台铃", "小牛", "雅迪"])
    col = pick(["white", "black", "blue", "red", "gray", "pink", "green"])
    facts = {"color": color_fact(col), "brand": brand_fact(b)}
    rental = R.random() < 0.4
    frame = pick(["LY", "AM", "TL", "NU"]) + alnum(13, "ABCDEFGHJKLMNPRSTUVWXYZ")
    if R.random() < 0.6:
        facts["frame"] = (frame, ["车架号" + frame, "车架号后六位" + frame[-6:]], ["车架号" + spaced(frame, 5), "车架号" + frame, "车架号尾" + frame[-6:]])
    if rental:
        num = "%03d" % R.randint(1, 300)
        facts["fleet"] = (num, ["租车行的编号%s号" % num, "车上贴的编号是%s" % num], ["车身编号%s" % num, "租赁车编号%s" % num, "编号NO.%s" % num])
        facts["shop"] = ("rent", ["从沙滩边租车店租的", "租来的车"], ["租赁车辆", "车身贴有租车行标识"])
        ko = ["租的电瓶车", "电动车", "租的电动车"]
    else:
        p = plate()
        facts["plate"] = (p, ["车牌" + p, "牌照" + p, "牌子是" + p[2:]], ["号牌" + p, "车牌：" + p[:2] + " " + p[2:], "牌照" + p])
        ko = ["电动车", "电瓶车", "电驴"]
    if R.random() < 0.5:
        facts["extra"] = pick([("basket", ["前面有个车筐", "车篮子是黑的"], ["带前车筐", "有车篮"]),
                               ("box", ["后面装了个尾箱", "后备箱"], ["后置尾箱", "带后尾箱"]),
                               ("windshield", ["挡风被子", "装了挡风被"], ["装有挡风被", "挡风罩"]),
                               ("seat_torn", ["座垫破了", "坐垫有个口子"], ["座垫破损", "坐垫开裂"])])
    return obj("ebike", "ebike", ko, ["电动自行车一辆", "电动车一辆", "电瓶车一辆"], facts)


def mk_bicycle():
    b = pick(["捷安特", "美利达", "喜德盛", "迪卡侬", None])
    col = pick(["white", "black", "blue", "red", "yellow", "green", "orange"])
    kind = pick(["mtb", "road", "city", "kid"])
    ko = {"mtb": ["山地车", "山地自行车"], "road": ["公路车", "公路自行车"], "city": ["自行车", "单车"], "kid": ["儿童自行车", "小孩自行车"]}[kind]
    kf = {"mtb": ["山地自行车一辆", "山地车一辆"], "road": ["公路自行车一辆", "跑车一辆"], "city": ["自行车一辆", "脚踏车一辆"], "kid": ["儿童自行车一辆", "童车一辆"]}[kind]
    facts = {"color": color_fact(col)}
    if b:
        facts["brand"] = brand_fact(b)
    if R.random() < 0.5:
        num = "%03d" % R.randint(1, 300)
        facts["fleet"] = (num, ["租车店编号%s" % num, "车把上贴着%s号" % num], ["车身编号%s" % num, "编号%s" % num])
    else:
        fr = alnum(10)
        facts["frame"] = (fr, ["车架号" + fr, "车架底下的号码尾号" + fr[-4:]], ["车架钢印" + fr, "车架号" + spaced(fr, 5)])
    facts["extra"] = pick([("bell", ["车铃是小黄鸭", "有个小黄鸭车铃"], ["小黄鸭车铃", "车把装小黄鸭铃"]),
                           ("basket", ["前面有车筐", "带车篮"], ["带前车筐", "有车篮"]),
                           ("lock", ["锁着一把U型锁", "车上有U型锁"], ["带U型锁（锁着）", "附U型锁"]),
                           ("seat", ["后座有儿童座椅", "后面装了小孩座椅"], ["后置儿童座椅", "带儿童后座"])])
    return obj("bicycle", "bike_" + kind, ko, kf, facts)


BAG_CONTENTS = [("swimsuit", "泳衣", "泳衣一套"), ("goggles", "泳镜", "游泳眼镜一副"), ("sunscreen", "防晒霜", "防晒霜一支"),
                ("towel", "浴巾", "毛巾一条"), ("powerbank", "充电宝", "充电宝一个"), ("ticket", "两张船票", "船票两张"),
                ("medicine", "降压药", "药品一盒"), ("book", "一本笔记本", "笔记本一本"), ("camera", "一个卡片相机", "数码相机一台"),
                ("snorkel", "浮潜面罩", "潜水面镜一个"), ("kidclothes", "小孩的衣服", "儿童衣物若干"),
                ("charger", "充电器", "充电器一个"), ("umbrella", "折叠伞", "雨伞一把"), ("shells", "捡的贝壳", "贝壳若干")]


def mk_bag():
    kind = pick(["backpack", "backpack", "handbag", "waist", "drybag", "suitcase", "tote"])
    ko = {"backpack": ["双肩包", "背包", "书包"], "handbag": ["手提包", "女士包", "包包"], "waist": ["腰包", "斜挎包", "胸包"],
          "drybag": ["防水袋", "防水桶包", "防水包"], "suitcase": ["行李箱", "拉杆箱", "箱子"], "tote": ["帆布袋", "沙滩包", "草编包"]}[kind]
    kf = {"backpack": ["双肩背包一个", "背包一只", "双肩包一个"], "handbag": ["女式手提包一个", "手袋一个", "挎包一只"],
          "waist": ["腰包一个", "斜挎小包一个", "胸包一只"], "drybag": ["防水袋一个", "防水收纳袋一只", "防水桶包一个"],
          "suitcase": ["拉杆箱一只", "行李箱一个", "旅行箱一只"], "tote": ["帆布手提袋一个", "沙滩袋一个", "编织包一个"]}[kind]
    b = pick({"backpack": ["耐克", "北面", "迪卡侬", "阿迪达斯", None], "handbag": ["蔻驰", "MK", None],
              "waist": ["耐克", "阿迪达斯", "迪卡侬", None], "drybag": ["迪卡侬", None, None],
              "suitcase": ["新秀丽", None], "tote": [None]}[kind])
    col = pick(["black", "blue", "gray", "red", "yellow", "green", "pink", "white", "orange"])
    facts = {"color": color_fact(col)}
    if b:
        facts["brand"] = brand_fact(b)
    for c in R.sample(BAG_CONTENTS, 3):
        facts["has_" + c[0]] = (True, [c[1]], [c[2]])
    if R.random() < 0.8:
        facts["tag"] = pick([("pin_badge", ["包上挂了个徽章", "别着一个熊猫徽章"], ["包上别有熊猫徽章", "挂熊猫胸章"]),
                             ("plush", ["拉链上挂了个小海豹毛绒挂件", "挂着毛绒小海豹"], ["挂毛绒海豹玩偶", "海豹毛绒挂件"]),
                             ("torn_strap", ["一根背带断过，用别针别着", "肩带用别针别起来的"], ["一侧背带用别针固定", "背带有别针"]),
                             ("ink", ["包底下有一块蓝墨水印", "底部有墨水渍"], ["底部有蓝色墨迹", "包底墨水印"]),
                             ("ribbon", ["拉链上系了根黄丝带", "系了黄丝带"], ["拉链系黄色丝带", "黄丝带"]),
                             ("nametag", ["有个行李牌写着电话", "挂着行李牌"], ["挂有行李牌（有手机号）", "带行李吊牌"]),
                             ("tourtag", ["挂着旅行团的牌子", "团里发的挂牌"], ["挂旅行社团牌", "旅行团标识挂牌"])])
    return obj("bag", "bag_" + kind, ko, kf, facts)


def mk_cash():
    n = pick([500, 800, 1000, 1200, 1500, 2000, 2600, 3000, 3500, 5000, 6200, 8000])
    wrap = pick([("envelope_red", ["用红包装着", "红包里"], ["红色信封装", "红包袋内"]),
                 ("rubber", ["用皮筋扎着", "橡皮筋捆着"], ["橡皮筋捆扎", "用皮筋扎好"]),
                 ("bank_env", ["银行的信封装着", "装在银行取款的信封里"], ["银行信封内", "装于银行信封"]),
                 ("plastic", ["塑料袋包着", "一个小塑料袋里"], ["塑料袋包裹", "装在透明塑料袋内"]),
                 ("loose", ["就是一沓散的", "散着的一叠"], ["散装", "成沓"])])
    facts = {"cash": (n, [cash_owner(n), "%d块" % n, cn_small(n) + "块钱"], [cash_finder(n), "现金人民币" + cn_capital(n)]), "wrap": wrap}
    notes = pick([("h100", ["全是一百的", "都是百元大钞"], ["均为百元面额", "百元券"]),
                  ("mixed", ["有一百的也有五十的", "大小票都有"], ["面额不等", "百元及五十元混合"])])
    facts["notes"] = notes
    ko = ["现金", "钱", "一沓钱", "卖鱼的钱"]
    return obj("cash", "cash", ko, ["现金", "人民币现金", "现金一沓"], facts)


def mk_jewelry():
    kind = pick(["necklace", "bracelet", "ring", "earring", "bangle"])
    ko = {"necklace": ["金项链", "项链"], "bracelet": ["手链", "金手链"], "ring": ["戒指", "婚戒"], "earring": ["耳环", "耳钉"], "bangle": ["玉镯子", "手镯"]}[kind]
    kf = {"necklace": ["项链一条", "黄色金属项链一条"], "bracelet": ["手链一条", "手串一条"], "ring": ["戒指一枚", "指环一枚"],
          "earring": ["耳环一只", "耳坠一只"], "bangle": ["手镯一只", "玉镯一只"]}[kind]
    b = pick(["周大福", "老凤祥", "潘多拉", None]) if kind != "bangle" else None
    col = {"bangle": "green"}.get(kind, pick(["gold", "gold", "silver"]))
    facts = {"color": color_fact(col)}
    if b:
        facts["brand"] = brand_fact(b)
    ini = pick(["LOVE", "ZY", "W&L", "520", "平安", "CX1314"])
    facts["engrave"] = (ini, ["里面刻了%s" % ini, "刻着%s" % ini], ["内侧刻有“%s”" % ini, "刻字%s" % ini])
    if R.random() < 0.5:
        facts["pendant"] = pick([("fish", ["吊坠是小鱼", "挂一个小鱼坠子"], ["鱼形吊坠", "小鱼坠"]),
                                 ("heart", ["心形吊坠", "挂个爱心"], ["心形坠子", "桃心吊坠"]),
                                 ("buddha", ["观音吊坠", "挂着观音"], ["观音像吊坠", "佛像坠"])])
    return obj("jewelry", "jw_" + kind, ko, kf, facts)


def mk_elec():
    kind = pick(["actioncam", "actioncam", "camera", "earbuds", "powerbank", "tablet", "drone"])
    b = pick({"actioncam": ["GoPro", "大疆", "影石"], "camera": ["佳能", "索尼", "富士"], "earbuds": ["苹果", "华为"],
              "powerbank": ["小米", "华为"], "tablet": ["苹果", "华为"], "drone": ["大疆"]}[kind])
    models = {"GoPro": ["HERO12", "HERO11", "HERO10"], "大疆": ["Osmo Action 4", "Action 3"], "影石": ["X3", "Ace Pro", "GO 3"],
              "佳能": ["G7X", "R50", "200D"], "索尼": ["ZV-1", "A6400", "RX100"], "富士": ["X-S10", "XT30", "X100V"],
              "小米": ["10000mAh", "20000毫安"]}
    models = {("earbuds", "苹果"): ["AirPods Pro", "AirPods 3"], ("earbuds", "华为"): ["FreeBuds 5", "FreeBuds Pro"],
              ("tablet", "苹果"): ["iPad Air", "iPad mini"], ("tablet", "华为"): ["MatePad 11", "MatePad Air"],
              ("powerbank", "华为"): ["10000mAh", "超级快充款"], ("drone", "大疆"): ["Mini 3", "Mini 4 Pro"]}.get((kind, b)) or models[b]
    m = pick(models)
    ko = {"actioncam": ["运动相机", "GoPro相机", "拍视频的小相机"], "camera": ["相机", "照相机", "微单"], "earbuds": ["蓝牙耳机", "耳机"],
          "powerbank": ["充电宝", "移动电源"], "tablet": ["平板", "平板电脑"], "drone": ["无人机", "航拍机"]}[kind]
    kf = {"actioncam": ["运动相机一台", "运动摄像机一部"], "camera": ["数码相机一台", "照相机一部"], "earbuds": ["无线耳机一副（含充电盒）", "蓝牙耳机一副"],
          "powerbank": ["充电宝一个", "移动电源一只"], "tablet": ["平板电脑一台", "平板一部"], "drone": ["无人机一台", "航拍飞行器一架"]}[kind]
    col = pick(["black", "black", "white", "gray", "silver"])
    facts = {"color": color_fact(col), "brand": brand_fact(b), "model": (m, [m], [m, m.upper()])}
    sn = alnum(12)
    facts["serial"] = (sn, ["序列号尾号" + sn[-4:], "SN码" + sn], ["SN:" + sn, "序列号" + spaced(sn), "S/N " + sn])
    facts["acc"] = pick([("float", ["装了个黄色漂浮棒", "接着浮力手柄"], ["附黄色漂浮手柄", "带浮力棒"]),
                         ("case_sticker", ["贴了海绵宝宝贴纸", "外壳有海绵宝宝贴纸"], ["贴有海绵宝宝贴纸", "卡通贴纸（海绵宝宝）"]),
                         ("strap", ["挂绳是彩虹色的", "彩虹挂绳"], ["彩色挂绳", "彩虹色背带"]),
                         ("sandscratch", ["镜头有点刮花", "镜头有划痕"], ["镜头有划痕", "镜片刮花"]),
                         ("pouch", ["装在灰色收纳包里", "有个小收纳袋"], ["装于灰色收纳包", "带收纳袋"])])
    hidden = {"content": ("c", [pick(["卡里有我们一家在沙滩拍的视频", "里面有潜水的视频", "内存卡里都是这几天拍的照片"])], None)}
    return obj("electronics", "el_" + kind, ko, kf, facts, hidden)


def mk_other():
    kind = pick(["sunglasses", "hat", "swimsuit", "goggles", "roomcard", "ticket", "bottle", "glasses", "rod", "umbrella", "toy"])
    table = {
        "sunglasses": (["墨镜", "太阳镜"], ["太阳镜一副", "墨镜一副"], ["雷朋", None], ["black", "brown", "gold"]),
        "hat": (["帽子", "遮阳帽", "渔夫帽"], ["遮阳帽一顶", "帽子一顶"], [None], ["white", "yellow", "pink", "blue"]),
        "swimsuit": (["泳衣", "游泳衣"], ["泳衣一件", "游泳衣一件"], [None], ["red", "blue", "black", "pink"]),
        "goggles": (["泳镜", "游泳眼镜"], ["泳镜一副", "游泳镜一副"], [None], ["blue", "pink", "black"]),
        "roomcard": (["房卡", "民宿房卡"], ["房卡一张", "民宿门卡一张"], [None], [None]),
        "ticket": (["船票", "渡轮票"], ["船票一张", "客船票一张"], [None], [None]),
        "bottle": (["保温杯", "水杯"], ["保温杯一个", "水杯一只"], ["膳魔师", None], ["pink", "blue", "white", "black"]),
        "glasses": (["近视眼镜", "眼镜"], ["眼镜一副", "近视镜一副"], [None], ["black", "silver", "gold"]),
        "rod": (["鱼竿", "钓竿"], ["鱼竿一根", "海竿一根"], [None], ["black", "blue"]),
        "umbrella": (["太阳伞", "遮阳伞", "雨伞"], ["雨伞一把", "伞一把"], [None], ["black", "blue", "pink"]),
        "toy": (["小孩玩具", "玩具"], ["儿童玩具一个", "玩具一件"], [None], ["yellow", "red", "blue"])}
    ko, kf, bs, cs = table[kind]
    facts = {}
    c, b = pick(cs), pick(bs)
    if c:
        facts["color"] = color_fact(c)
    if b:
        facts["brand"] = brand_fact(b)
    if kind == "roomcard":
        hs, room = pick(HOMESTAYS), str(pick([101, 102, 201, 203, 205, 302]))
        facts["room"] = (hs + room, [hs + room, hs + "的" + room + "房间"], ["%s %s房" % (hs, room), "卡面印%s，房号%s" % (hs, room)])
    elif kind == "ticket":
        day = pick(["7月12日", "7月28日", "8月3日", "8月15日", "9月2日"])
        facts["trip"] = (day, ["%s去小鹭岛的" % day, "%s的票" % day], ["%s鹭屿—小鹭岛" % day, "日期%s" % day])
        facts["seat"] = (pick(["12", "27", "35", "48"]), None, None)
        s = facts["seat"][0]
        facts["seat"] = (s, ["座位%s号" % s], ["%s号座" % s])
    else:
        facts["mark"] = pick([("strap_red", ["挂着红色防滑绳", "有根红绳子"], ["系红色绳", "红色挂绳"]),
                              ("name_label", ["上面贴了名字贴", "贴着孩子的名字"], ["贴有姓名贴", "有手写名字"]),
                              ("broken", ["有个地方断了", "有点坏了"], ["有破损", "部分损坏"]),
                              ("sticker", ["贴了个小海龟贴纸", "有小海龟贴纸"], ["海龟图案贴纸", "贴小海龟贴画"]),
                              ("initials", ["写着LJ两个字母", "上面有LJ"], ["标有“LJ”字样", "字母LJ"])])
    return obj("other", "ot_" + kind, ko, kf, facts)


MAKERS = {"phone": mk_phone, "wallet": mk_wallet, "id_doc": mk_id, "keys": mk_keys, "bag": mk_bag,
          "ebike": mk_ebike, "bicycle": mk_bicycle, "cash": mk_cash, "jewelry": mk_jewelry,
          "electronics": mk_elec, "other": mk_other}
CAT_WEIGHTS = [("phone", 24), ("wallet", 16), ("id_doc", 15), ("keys", 11), ("bag", 12), ("electronics", 8),
               ("ebike", 5), ("bicycle", 4), ("cash", 4), ("jewelry", 4), ("other", 9)]
# where things of each category tend to get lost
CAT_PLACES = {
    "ebike": ["rental", "coastroad", "beach", "foodst", "pier", "homestay", "market", "northcape", "southbay"],
    "bicycle": ["rental", "coastroad", "beach", "homestay", "school", "northcape", "southbay"],
    "cash": ["market", "harbour", "foodst", "mall", "bus", "pier"],
}


def pick_cat():
    tot = sum(w for _, w in CAT_WEIGHTS)
    x = R.uniform(0, tot)
    for c, w in CAT_WEIGHTS:
        x -= w
        if x <= 0:
            return c
    return CAT_WEIGHTS[-1][0]


def quota(n):
    """n categories in the desk's mix (largest remainders), shuffled."""
    tot = sum(w for _, w in CAT_WEIGHTS)
    share = [(c, n * w / tot) for c, w in CAT_WEIGHTS]
    out = {c: int(x) for c, x in share}
    for c, x in sorted(share, key=lambda cx: cx[1] - int(cx[1]), reverse=True)[:n - sum(out.values())]:
        out[c] += 1
    cats = [c for c, k in out.items() for _ in range(max(1, k))][:n]
    R.shuffle(cats)
    return cats


def pick_place(cat):
    return pick(CAT_PLACES.get(cat, list(PLACES)))


# ---------------------------------------------------------------- text styles
TYPO = [("蓝色", "兰色"), ("钱包", "前包"), ("身份证", "身分证"), ("钥匙", "要是"), ("充电宝", "冲电宝"), ("照相机", "照像机"),
        ("手机", "手几"), ("黑色", "嘿色"), ("项链", "项连"), ("帽子", "冒子"), ("码头", "马头"), ("沙滩", "沙摊"),
        ("民宿", "名宿"), ("渡船", "度船"), ("耳机", "耳鸡")]
TRAD = str.maketrans("钱钥匙证机电车号银红绿门码头滩说丢东区里边个这时间", "錢鑰匙證機電車號銀紅綠門碼頭灘說丟東區裏邊個這時間")
FULLW = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def restyle(text, voice=False):
    if voice:
        for a, b in (("，", " "), ("。", " "), ("、", " "), ("：", " ")):
            text = text.replace(a, b)
        text = re.sub(r"[0-9]+", lambda m: digits_cn(m.group()) if len(m.group()) >= 4 else cn_small(int(m.group())), text)
    if R.random() < 0.18:
        a, b = pick(TYPO)
        text = text.replace(a, b, 1)
    r = R.random()
    if r < 0.05:
        text = text.translate(TRAD)
    elif r < 0.10:
        text = text.translate(FULLW)
    return text


WHEN_O = [(0, "今天上午"), (0, "今天下午"), (0, "刚才"), (1, "昨天傍晚"), (1, "昨天晚上"), (2, "前天"), (3, "大前天")]


def owner_persona(cat, place):
    p = R.random()
    if place in ("market", "harbour") and p < 0.5:
        return "fisher"
    if place == "homestay" and p < 0.3:
        return "host"
    if p < 0.12:
        return "guide"
    if p < 0.25:
        return "elderly"
    if p < 0.40:
        return "student"
    return "tourist"


def loc_owner(place):
    names = PLACES[place][0]
    if place == "ferry":
        return pick(["坐渡船去小鹭岛的时候在船舱里", "从码头开往小鹭岛方向的渡船上，靠窗那排", "回来的渡船上二层", "快艇上"])
    if place == "coastroad":
        return pick(["骑车环岛的时候，在往北山方向那段海边公路上", "环岛公路看日落的观景平台", "沿海公路拍照停车的地方"])
    if place == "homestay":
        return pick(["住的%s房间里" % pick(HOMESTAYS), "渔村民宿那边", "民宿门口"])
    if place == "bus":
        return pick(["公交总站等车的时候", "坐岛上公交从码头到沙滩那一段", "汽车站候车椅上"])
    return pick(names[1:] + [pick(names[1:]) + "附近", pick(names[1:]) + "那边"])


def join_facts(phr):
    return "，".join(phr)


def glue(*parts):
    """Join words as people type them: a space only between two Latin words."""
    out = ""
    for p in parts:
        if not p:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            out += " "
        out += p
    return out


def owner_body(o, stated, place, style, when):
    kind = pick(o["ko"])
    col = stated.get("color")
    br = stated.get("brand")
    md = stated.get("model")
    rest = [v for k, v in stated.items() if k not in ("color", "brand", "model")]
    if br and md and md.lower().startswith(br.lower()):
        br = None           # 小米13, not 小米小米13
    head = glue(col, br, md)
    same = head and head[-1] == kind[0]
    thing = head + ("的" if head and not head.endswith("的") and (same or R.random() < 0.5) else "") + kind
    loc = loc_owner(place)
    if style == "short":
        return thing + pick(["一个", "", "丢了"]) + (("，" + join_facts(rest)) if rest else "")
    persona = owner_persona(o["cat"], place)
    lead = {
        "tourist": pick(["我们一家来岛上玩，", "来旅游的，", "我是游客，", ""]),
        "student": pick(["我们几个同学来海边玩，", "学生，暑假来玩的，", ""]),
        "elderly": pick(["我们是跟团来的，我年纪大了记性不好，", "老年团的，", ""]),
        "guide": pick(["我是导游，帮团里一位阿姨报一下，", "我是带团的，我们团员", "导游代报："]),
        "fisher": pick(["阿拉是码头卖鱼的，", "我是渔船上的，", "我在海鲜市场摆摊的，"]),
        "host": pick(["我是开民宿的，", "民宿老板，"]),
    }[persona]
    body = lead + when + "在" + loc + "把" + thing + "弄丢了" if R.random() < 0.5 else \
        lead + when + "在" + loc + "丢了" + thing
    if rest:
        body += "，" + join_facts(rest)
    if style == "chatty":
        why = ["当时人太多了，一转身就不见了，", "我还以为放包里了，回到民宿才发现没了，", "小孩拿着玩的，玩着玩着就没了，"]
        if place in FERRY_LIKE:
            why.append("船晃得厉害，可能从口袋里滑出去了，")
        if place in ("beach", "changing", "southbay"):
            why.append("下水游泳的时候放在沙滩上，上来就找不到了，")
        if o["cat"] == "phone":
            why.append("打电话过去一直没人接，后来就关机了，")
        body += "。" + pick(why)
        body += pick(["我们到处都找过了，沿路问了好几个店老板都说没看到，", "回去原路找了一遍，沙子里也扒过了，没有，",
                      "民宿老板帮我们问了群里，也没人捡到，", "我老公说肯定是被人捡走了，我想还是来报个警登记一下，"])
        body += pick(["麻烦你们帮忙留意一下，谢谢谢谢！", "明天就要坐船回去了，真的很着急。", "里面东西对我很重要，拜托了。"])
    elif persona == "fisher" and R.random() < 0.5:
        body += "，" + pick(["交关要紧的", "侬帮阿拉寻寻看", "物事丢了心里急煞"])
    else:
        body += pick(["。", "，请帮忙查找。", "，有消息请联系我。", ""])
    return restyle(body, voice=(style == "voice"))


def finder_body(o, stated, place, fdesk, style):
    kind = pick(o["kf"])
    col = stated.get("color")
    br = stated.get("brand")
    md = stated.get("model")
    rest = [v for k, v in stated.items() if k not in ("color", "brand", "model")]
    names = PLACES[place][0]
    where = names[0] if R.random() < 0.6 else pick(names)
    who = {"ferry": pick(["渡船乘务员清舱时", "船员", "轮渡公司工作人员"]),
           "pier": pick(["码头保洁", "候船厅工作人员", "售票处"]),
           "smallpier": pick(["小鹭岛码头管理员", "对岛码头保洁"]),
           "homestay": pick(["%s老板" % pick(HOMESTAYS), "民宿店主"] + ([] if o["cat"] in ("ebike", "bicycle") else ["民宿阿姨打扫房间时"])),
           "beach": pick(["沙滩救生员", "浴场保洁", "游客"]), "changing": pick(["浴场保洁员", "更衣室管理员"]),
           "market": pick(["市场摊主", "市场管理处", "卖鱼的摊主"]), "harbour": pick(["渔民", "渔船船老大", "港区巡查员"]),
           "bus": pick(["公交驾驶员", "车站工作人员"]), "temple": pick(["寺里师父", "寺庙义工"]),
           "foodst": pick(["排档老板", "夜市保洁", "烧烤摊主"]), "rental": pick(["租车店老板", "租车点店员"]),
           "hospital": pick(["卫生院护士", "导医台"]), "school": pick(["学校保安", "门卫"]), "mall": pick(["超市收银员", "商场服务台"]),
           }.get(place, pick(["群众", "巡逻民警", "一名游客", "环卫工人"]))
    if br and md and md.lower().startswith(br.lower()):
        br = None           # 小米13, not 小米小米13
    head = glue(col, br, md)
    if style == "short":
        return head + kind + (("，" + join_facts(rest)) if rest else "")
    body = pick(["%s在%s拾得" % (who, where), "%s于%s捡到" % (who, where), "%s送来，称在%s捡到" % (who, where),
                 "在%s拾到，由%s交至所里：" % (where, who)])
    body += head + kind
    if rest:
        body += "，" + join_facts(rest)
    body += "。" + pick(["现存于" + pick(STORE) + "。", "已登记入柜。", "待失主认领。", ""])
    return restyle(body)


# ---------------------------------------------------------------- sides
def choose_shared(o, hard):
    """Slots the two sides both state; hard pairs share exactly two."""
    slots = [k for k, v in o["facts"].items() if v[1] and v[2]]
    R.shuffle(slots)
    # prefer facts that actually identify in hard pairs: never colour+brand alone
    if hard:
        strong = [s for s in slots if s not in ("color", "brand") and not s.startswith("has_")] or \
            [s for s in slots if s not in ("color", "brand")]
        if strong:
            first = strong[0]
            others = [s for s in slots if s != first]
            return [first, others[0]] if others else [first]
        return slots[:2]
    return slots[:R.randint(3, min(5, len(slots)))] if len(slots) >= 3 else slots


def render_side(o, who, slots, extra):
    """Return {slot: phrase} for the stated slots (owner 'o' or finder 'f')."""
    idx = 1 if who == "o" else 2
    out = {}
    for s in list(slots) + list(extra):
        v = o["facts"].get(s)
        if v and v[idx]:
            out[s] = pick(v[idx])
    return out


def side_item(o, who, stated_phr, place, style, key):
    it = {"key": key, "category": o["cat"]}
    fields = {}
    body_stated = {}
    for s, ph in stated_phr.items():
        fld = {"color": "color", "brand": "brand", "model": "model", "serial": "serial", "frame": "serial",
               "plate": "serial", "fleet": "serial"}.get(s, "marks")
        r = R.random()
        if style == "short":
            to_field = s != "color"
        else:
            to_field = r < 0.45
        if to_field and fld in ("color", "brand", "model", "serial") and fld not in fields:
            fields[fld] = ph if fld != "serial" else ph
            if R.random() < 0.4 and style != "short":
                body_stated[s] = ph
        elif to_field and fld == "marks":
            fields["marks"] = (fields["marks"] + "；" + ph) if "marks" in fields else ph
        else:
            body_stated[s] = ph
    return it, fields, body_stated


def coords(place, jitter_m=150):
    _, la, lo = PLACES[place]
    d = R.uniform(0, jitter_m) / 111000.0
    a = R.uniform(0, 2 * math.pi)
    return round(la + d * math.sin(a), 5), round(lo + d * math.cos(a) / math.cos(math.radians(LAT0)), 5)


def make_lost(o, place, stated_phr, lfrom, lto, key, style, truth):
    it, fields, body_stated = side_item(o, "o", stated_phr, place, style, key)
    days = lto // DAY
    if lfrom - lto >= DAY:
        if days <= 3:
            when = pick(["这两天", "前前后后这几天", "不记得哪天了，大概这%s天里" % cn_small((lfrom + DAY - 1) // DAY)])
        else:
            when = pick(["%d天前左右" % days, "大概%d到%d天前" % (days, (lfrom + DAY - 1) // DAY)])
    elif days <= 3:
        when = pick([w for d, w in WHEN_O if d == days])
    elif days <= 9:
        when = pick(["前几天", "%d天前" % days, "上个礼拜" if days >= 5 else "四五天前"])
    elif days <= 30:
        when = pick(["%d天前" % days, "半个多月前" if days >= 15 else "十来天前"])
    else:
        when = pick(["%d天前" % days, "%s个多月前" % "一两三"[days // 30 - 1]])
    it["body"] = owner_body(o, body_stated, place, style, when)
    for k in ("color", "brand", "model", "serial", "marks"):
        if k in fields:
            it[k] = fields[k]
    if R.random() < 0.75:
        it["address"] = loc_owner(place) if R.random() < 0.5 else pick(PLACES[place][0][1:])
    if R.random() < 0.66:
        it["lat"], it["lon"] = coords(place, 250)
    it["lost_from_min"], it["lost_to_min"], it["truth"] = lfrom, lto, truth
    return it


def make_found(o, place, stated_phr, fat, key, style, negative=None):
    it, fields, body_stated = side_item(o, "f", stated_phr, place, style, key)
    it["body"] = finder_body(o, body_stated, place, None, style)
    for k in ("color", "brand", "model", "serial", "marks"):
        if k in fields:
            it[k] = fields[k]
    if R.random() < 0.9:
        it["address"] = PLACES[place][0][0] if R.random() < 0.7 else pick(PLACES[place][0])
    if R.random() < 0.66:
        it["lat"], it["lon"] = coords(place, 120)
    it["found_at_min"] = fat
    if negative:
        it["negative"] = negative
    return it


# ---------------------------------------------------------------- building
def loss_window():
    lto = R.randint(30, 80 * DAY)
    span = pick([30, 60, 120, 180, 240, 480, 720, 1440, 2880])
    return min(lto + span, MAX_MIN - 2 * DAY), lto


def found_after(lfrom, lto):
    """Found after the loss began: anywhere from the start of the window to a few days later."""
    lo = max(0, lto - R.randint(0, 4 * DAY))
    return R.randint(lo, lfrom - 5) if lfrom - 5 > lo else max(0, lfrom - 5)


class Rec:
    """A generated side with its structure kept for the consistency check."""
    def __init__(self, item, o, place, slots):
        self.item, self.o, self.place, self.slots = item, o, place, set(slots)

    def val(self, s):
        return self.o["facts"][s][0]


def compatible(L, F):
    if L.item["category"] != F.item["category"]:
        return False
    if F.item["found_at_min"] > L.item["lost_from_min"]:
        return False
    # distance alone never rules a candidate out: the island is small and things travel
    if L.o["kind"] != F.o["kind"] and not (L.o["cat"] in ("wallet",) and False):
        # different kinds (a backpack vs a suitcase) disagree
        return False
    shared = L.slots & F.slots
    for s in shared:
        if L.val(s) != F.val(s):
            return False
    # nothing in common: no evidence either way, and no officer would call it the same object
    return len(shared) >= 1


def pair(o, place, hard, lkey, fkey):
    shared = choose_shared(o, hard)
    rest = [k for k, v in o["facts"].items() if k not in shared]
    R.shuffle(rest)
    # owner adds facts only they would mention, finder facts only they see; never shared by both
    o_only = [k for k in rest if o["facts"][k][1]][:R.randint(0, 2)]
    f_only = [k for k in rest if o["facts"][k][2] and k not in o_only][:R.randint(0, 2)]
    lfrom, lto = loss_window()
    style_o = pick(["plain"] * 6 + ["chatty", "voice", "short"])
    style_f = pick(["plain"] * 8 + ["short"])
    lphr = render_side(o, "o", shared, o_only)
    for k, v in o["hidden"].items():
        if v[1] and R.random() < 0.3:
            lphr["h_" + k] = pick(v[1])
    fphr = render_side(o, "f", shared, f_only)
    for k, v in o["visible"].items():
        if v[2] and R.random() < 0.5:
            fphr["v_" + k] = pick(v[2])
    L = make_lost(o, place, lphr, lfrom, lto, lkey, style_o, fkey)
    fplace = place if R.random() < 0.6 else pick(NEIGHBOURS[place] or [place])
    if place == "ferry" and R.random() < 0.6:
        fplace = pick(["pier", "smallpier"])
    F = make_found(o, fplace, fphr, found_after(lfrom, lto), fkey, style_f)
    return Rec(L, o, place, set(shared) | set(o_only)), Rec(F, o, fplace, set(shared) | set(f_only))


UNIQUE = {"serial", "name", "plate", "frame", "fleet", "room", "engrave", "trip"}


def variant(o, slots_to_change):
    """A different object of the same kind that disagrees on the given slots and keeps the rest
    (but never its identifiers: another object has another serial, name, plate...)."""
    for _ in range(200):
        n = MAKERS[o["cat"]]()
        if n["kind"] != o["kind"]:
            continue
        if "model" in slots_to_change and n["facts"].get("brand", (None,))[0] != o["facts"].get("brand", (None,))[0]:
            continue
        new = dict(o["facts"])
        ok = True
        for s in slots_to_change:
            if s not in n["facts"] or n["facts"][s][0] == o["facts"].get(s, (None,))[0]:
                ok = False
                break
            new[s] = n["facts"][s]
        if ok:
            for s in sorted(UNIQUE & set(new)):
                if s in slots_to_change:
                    continue
                if s in n["facts"] and n["facts"][s][0] != o["facts"][s][0]:
                    new[s] = n["facts"][s]
                else:
                    del new[s]
            c = dict(o)
            c["facts"] = new
            return c
    return None


def found_stating(o, place, slots, fat, key, negative):
    phr = render_side(o, "f", slots, [])
    it = make_found(o, place, phr, fat, key, pick(["plain"] * 5 + ["short"]), negative)
    return Rec(it, o, place, set(k for k in slots if o["facts"].get(k) and o["facts"][k][2]))


def twin_of(L, key):
    """Same category+colour(+brand), near and time-possible, but one fact the owner stated disagrees."""
    stated = [s for s in sorted(L.slots) if s not in ("color", "brand") and L.o["facts"][s][2]]
    if not stated:
        return None
    s = pick(stated)
    o2 = variant(L.o, [s])
    if not o2:
        return None
    slots = {s} | {k for k in ("color", "brand") if k in o2["facts"]}
    extra = [k for k in o2["facts"] if k not in slots and o2["facts"][k][2]]
    R.shuffle(extra)
    slots = sorted(slots | set(extra[:R.randint(0, 2)]))
    fat = found_after(L.item["lost_from_min"], L.item["lost_to_min"])
    place = L.place if R.random() < 0.6 else pick(NEIGHBOURS[L.place] or [L.place])
    return found_stating(o2, place, slots, fat, key, "twin")


def before_of(L, key):
    """The same kind of thing, found at the place before the loss began."""
    o2 = variant(L.o, [])
    if not o2:
        return None
    slots = [k for k in o2["facts"] if o2["facts"][k][2] and k not in UNIQUE]
    R.shuffle(slots)
    slots = slots[:R.randint(2, 4)]
    fat = L.item["lost_from_min"] + R.randint(3 * 60, 6 * DAY)
    if fat > MAX_MIN:
        return None
    return found_stating(o2, L.place, slots, fat, key, "before")


def far_of(L, key):
    """Same brand and category at the other end of the island, weeks apart, another object."""
    if "brand" not in L.o["facts"] or not FAR[L.place]:
        return None
    for _ in range(100):
        o2 = MAKERS[L.o["cat"]]()
        if o2["facts"].get("brand", (None,))[0] == L.o["facts"]["brand"][0]:
            break
    else:
        return None
    slots = ["brand"] + [k for k in o2["facts"] if k != "brand" and o2["facts"][k][2]][:R.randint(1, 3)]
    before = L.item["lost_from_min"] + R.randint(14 * DAY, 40 * DAY)
    after = L.item["lost_to_min"] - R.randint(14 * DAY, 40 * DAY)
    choices = [t for t in (before, after) if 0 <= t <= MAX_MIN]
    if not choices:
        return None
    fat = pick(choices)
    rec = found_stating(o2, pick(FAR[L.place]), slots, fat, key, "far")
    if fat <= L.item["lost_from_min"] and all(rec.val(s) == L.val(s) for s in rec.slots & L.slots):
        return None     # far but not otherwise excluded: a human could not rule it out
    return rec


def unclaimed(key):
    cat = pick([c for c, _ in CAT_WEIGHTS]) if R.random() < 0.4 else pick_cat()
    o = MAKERS[cat]()
    place = pick_place(cat)
    slots = [k for k in o["facts"] if o["facts"][k][2]]
    R.shuffle(slots)
    return found_stating(o, place, slots[:R.randint(1, 4)], R.randint(0, MAX_MIN), key, "unclaimed")


def build():
    lost, found = [], []
    fno = [0]

    def fkey():
        fno[0] += 1
        return "U-F%04d" % fno[0]

    hard_n = round(N_TRUE * HARD_SHARE)
    for i, cat in enumerate(quota(N_TRUE)):
        o = MAKERS[cat]()
        place = pick_place(cat)
        L, F = pair(o, place, i < hard_n, "U-L%04d" % (i + 1), fkey())
        L.hard = i < hard_n
        lost.append(L)
        found.append(F)
    nulls = []
    for j, cat in enumerate(quota(N_NULL)):
        o = MAKERS[cat]()
        place = pick_place(cat)
        slots = [k for k in o["facts"] if o["facts"][k][1]]
        R.shuffle(slots)
        slots = slots[:R.randint(2, 5)]
        lfrom, lto = loss_window()
        phr = render_side(o, "o", slots, [])
        style = pick(["plain"] * 6 + ["chatty", "voice", "short"])
        it = make_lost(o, place, phr, lfrom, lto, "U-L%04d" % (N_TRUE + j + 1), style, None)
        L = Rec(it, o, place, set(slots))
        L.hard = False
        nulls.append(L)
    lost += nulls
    return lost, found, fkey


def clean(lost, found, fkey):
    """Regenerate whatever makes a label ambiguous; negatives are added only when unambiguous."""
    truth = {L.item["truth"]: L for L in lost if L.item["truth"]}

    def clashes(F):
        return [L for L in lost if compatible(L, F) and L.item["truth"] != F.item["key"]]

    # 1. true pairs: the truth must fit its report, and fit no other report
    for _ in range(50):
        bad = False
        for idx, F in enumerate(found):
            L = truth[F.item["key"]]
            assert compatible(L, F), F.item["key"]
            if clashes(F):
                bad = True
                # regenerate the found side's place/time/slots by making a fresh pair for L's object
                o = L.o
                newL, newF = pair(MAKERS[o["cat"]](), pick_place(o["cat"]), L.hard, L.item["key"], F.item["key"])
                newL.hard = L.hard
                lost[lost.index(L)] = newL
                found[idx] = newF
                truth[F.item["key"]] = newL
        # null reports must not fit any truth either; covered by clashes above
        if not bad:
            break
    else:
        raise SystemExit("could not make true pairs unambiguous")
    negs = []

    def try_add(maker, target, n, label):
        # walk the reports in a shuffled order, so negatives spread over categories like the reports
        added, tries, queue = 0, 0, []
        while added < n and tries < n * 60:
            if target and not queue:
                queue = list(target)
                R.shuffle(queue)
            L = queue.pop() if target else None
            for _ in range(4):
                tries += 1
                rec = maker(L, "tmp") if L is not None else maker("tmp")
                if rec is not None and not clashes(rec):
                    break
            else:
                continue
            rec.item["key"] = None
            negs.append(rec)
            added += 1
        if added < n:
            raise SystemExit("only %d of %d %s negatives" % (added, n, label))

    true_lost = [L for L in lost if L.item["truth"]]
    null_lost = [L for L in lost if not L.item["truth"]]
    try_add(twin_of, true_lost, N_TWIN, "twin")
    try_add(before_of, true_lost + null_lost, N_BEFORE, "before")
    try_add(far_of, true_lost + null_lost, N_FAR, "far")
    try_add(lambda L, k: (lambda r: (r.item.update(negative="decoy") or r) if r else None)(twin_of(L, k)),
            null_lost, N_DECOY, "decoy")
    try_add(lambda k: unclaimed(k), None, N_UNCLAIMED, "unclaimed")
    return negs


def main():
    lost, found, fkey = build()
    negs = clean(lost, found, fkey)
    # shuffle the found side so keys say nothing, then renumber
    allf = found + negs
    R.shuffle(allf)
    ren = {}
    for i, F in enumerate(allf):
        newk = "U-F%04d" % (i + 1)
        if F.item["key"]:
            ren[F.item["key"]] = newk
        F.item["key"] = newk
    for L in lost:
        if L.item["truth"]:
            L.item["truth"] = ren[L.item["truth"]]
    # final assertion: each report fits exactly its truth
    byk = {F.item["key"]: F for F in allf}
    for L in lost:
        fits = [F.item["key"] for F in allf if compatible(L, F)]
        want = [L.item["truth"]] if L.item["truth"] else []
        assert fits == want, (L.item["key"], fits, want)
        if L.item["truth"]:
            shared = L.slots & byk[L.item["truth"]].slots
            assert len(shared) >= 2 or len(L.o["facts"]) < 3, L.item["key"]
    R.shuffle(lost)
    for i, L in enumerate(lost):
        L.item["key"] = "U-L%04d" % (i + 1)
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set9.py",
           "parts": {"set9": {"found": [F.item for F in allf], "lost": [L.item for L in lost]}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set9.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %s: %d found, %d lost (%d with a truth)" % (path, len(allf), len(lost), sum(1 for L in lost if L.item["truth"])))


if __name__ == "__main__":
    main()
