#!/usr/bin/env python3
"""Blind labelled set 18 for the lost-and-found matcher (written without looking at the matcher).

World: the invented 金融城 CBD of 江临市 (滨江区) in autumn -- office towers, a metro interchange,
a general hospital, a mall with its food court, a coworking space, the convention centre during an
expo, ride-hailing pick-up points, two hotels and a riverside park.

Every object is first drawn as a hidden truth record (category, kind, brand, model, colour family,
visible facts, hidden facts, serial and whether the finder can see it).  The owner's report and the
finder's registration are then written separately from that record, each picking its own words.

python3 standard library only; one seeded random.Random; writes set18.json next to this file.
"""
import datetime
import json
import os
import random
import re

SEED = 20261218
R = random.Random(SEED)
NOW = datetime.datetime(2026, 11, 24, 19, 40)
MAXMIN = 172800


def pick(xs):
    return xs[R.randrange(len(xs))]


def chance(p):
    return R.random() < p


def shuffled(xs):
    ys = list(xs)
    R.shuffle(ys)
    return ys


# ---------------------------------------------------------------- identities

GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"


def gb_check(body17):
    return GB_C[sum(int(c) * w for c, w in zip(body17, GB_W)) % 11]


AREAS = ["420106", "420102", "420111", "330106", "320102", "510107", "430104", "370202",
         "610113", "360102", "411102", "500103", "421003", "422801", "341502", "130104"]


def id_number(male):
    y = R.randint(1952, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = R.randint(0, 99) * 10 + (pick([1, 3, 5, 7, 9]) if male else pick([0, 2, 4, 6, 8]))
    body = "%s%04d%02d%02d%03d" % (pick(AREAS), y, m, d, seq)
    return body + gb_check(body)


def luhn_digit(body14):
    s = 0
    for i, c in enumerate(reversed(body14)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


TACS = ["35391811", "35467311", "86801906", "86458504", "86972305", "86735206", "35203448",
        "86154707", "86880305"]


def imei():
    b = pick(TACS) + "%06d" % R.randint(0, 999999)
    return b + luhn_digit(b)


SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃戴莫孔向汤")
GIV_M = ["浩然", "子轩", "俊杰", "志强", "建华", "宇航", "明轩", "振宇", "国庆", "德胜", "文博", "一鸣", "海涛",
         "立新", "晨阳", "子豪", "家豪", "鹏飞", "伟", "勇", "磊", "涛", "斌", "凯", "昊天", "思源", "博文", "建军"]
GIV_F = ["晓雯", "子涵", "欣怡", "雨桐", "佳琪", "嘉怡", "海燕", "丽娟", "若曦", "诗琪", "婷婷", "秀英", "亚楠",
         "梦瑶", "静", "敏", "芳", "丹", "玲", "雪梅", "思琪", "可欣", "晓燕", "慧敏", "雅琴", "梓萱", "春兰"]
PINYIN_S = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG", "黄": "HUANG",
            "赵": "ZHAO", "吴": "WU", "周": "ZHOU", "徐": "XU", "孙": "SUN", "林": "LIN", "高": "GAO"}
FOREIGN = [("Jonas", "Weber", "德国", "Germany", "red"), ("Anna", "Kowalski", "波兰", "Poland", "red"),
           ("Lucas", "Martin", "法国", "France", "red"), ("Kenji", "Mori", "日本", "Japan", "red"),
           ("Priya", "Nair", "印度", "India", "blue"), ("Daniel", "Hughes", "美国", "USA", "blue"),
           ("Ana", "Ribeiro", "巴西", "Brazil", "blue"), ("Minjun", "Park", "韩国", "Korea", "blue"),
           ("Sofia", "Lindqvist", "瑞典", "Sweden", "red"), ("Tomás", "Novak", "捷克", "Czechia", "red"),
           ("Emily", "Carter", "英国", "UK", "blue"), ("Rahul", "Mehta", "印度", "India", "blue"),
           ("Chloé", "Dubois", "法国", "France", "red"), ("Marco", "Ferri", "意大利", "Italy", "red")]
COMPANIES = ["鼎泰资本", "汇金证券", "澜舟科技", "星桥咨询", "江临银行金融城支行", "云汇置业", "北辰律师事务所",
             "启明数据", "拓远物流", "华岳保险", "青禾设计", "昆仑云计算", "蓝鲸传媒", "和信会计师事务所"]


def phone_no():
    return "1" + pick("3578") + pick("0123456789") + "%08d" % R.randint(0, 99999999)


def person(foreign=False):
    if foreign:
        fn, ln, cn, en, pc = pick(FOREIGN)
        return {"name": fn + " " + ln, "first": fn, "last": ln, "nation": cn, "nation_en": en,
                "pass_color": pc, "male": fn in ("Jonas", "Lucas", "Kenji", "Daniel", "Minjun", "Tomás",
                                                  "Rahul", "Marco"),
                "phone": "+" + pick(["49", "48", "33", "81", "91", "1", "55", "82", "46", "420", "44", "39"])
                         + " " + "%d" % R.randint(100000000, 999999999), "foreign": True}
    male = chance(0.5)
    s = pick(SURN)
    n = s + pick(GIV_M if male else GIV_F)
    return {"name": n, "surname": s, "male": male, "id": id_number(male), "phone": phone_no(),
            "foreign": False}


def mask_id(i):
    return pick([i[:4] + "*" * 10 + i[-4:], i[:6] + "********" + i[-4:], i[:3] + "*" * 11 + i[-4:]])


def mask_name(n):
    return n[0] + ("某" if chance(0.5) else "*" * (len(n) - 1))


# ---------------------------------------------------------------- colours

COLORS = {
    "black": (["黑色", "黑的", "纯黑", "曜石黑", "深黑色", "黑"], ["黑色", "黑色", "深黑色"], ["black"]),
    "white": (["白色", "白的", "米白", "奶白色", "象牙白"], ["白色", "白色", "米白色", "乳白色"], ["white"]),
    "grey": (["灰色", "深空灰", "银灰", "太空灰", "银色", "灰的"], ["灰色", "银灰色", "银色", "深灰色"], ["grey", "silver"]),
    "blue": (["蓝色", "深蓝", "藏青", "宝蓝", "蓝的", "海军蓝"], ["蓝色", "深蓝色", "藏青色", "蓝色"], ["blue", "navy"]),
    "red": (["红色", "酒红", "枣红", "大红", "红的"], ["红色", "酒红色", "暗红色"], ["red", "burgundy"]),
    "pink": (["粉色", "粉的", "樱花粉", "浅粉", "粉红"], ["粉色", "粉红色", "浅粉色"], ["pink"]),
    "gold": (["金色", "香槟金", "金的", "黄金色"], ["金色", "金黄色", "香槟色"], ["gold"]),
    "green": (["绿色", "墨绿", "军绿", "薄荷绿", "绿的"], ["绿色", "墨绿色", "军绿色"], ["green"]),
    "brown": (["棕色", "咖啡色", "驼色", "焦糖色", "棕的"], ["棕色", "咖啡色", "褐色"], ["brown", "tan"]),
    "purple": (["紫色", "浅紫", "薰衣草紫", "紫的"], ["紫色", "浅紫色"], ["purple"]),
    "yellow": (["黄色", "明黄", "柠檬黄", "黄的"], ["黄色", "亮黄色"], ["yellow"]),
    "orange": (["橙色", "橘色", "橘的"], ["橙色", "橘黄色"], ["orange"]),
}


def cw_owner(fam, foreign=False):
    if fam is None:
        return ""
    if foreign and chance(0.6):
        return pick(COLORS[fam][2])
    return pick(COLORS[fam][0])


def cw_finder(fam):
    return "" if fam is None else pick(COLORS[fam][1])


# ---------------------------------------------------------------- object records


def F(key, owner, finder):
    """A visible fact: owner's ways to say it, finder's ways to write it."""
    return {"k": key, "o": owner if isinstance(owner, list) else [owner],
            "f": finder if isinstance(finder, list) else [finder]}


def B(key, owner, finder):
    return {"key": key, "o": owner, "f": finder}


def rec(cat, kind, ko, kf, brand=None, model=None, color=None, vis=None, hid=None, serial=None,
        alt=None, famkey=None):
    return {"cat": cat, "kind": kind, "ko": ko, "kf": kf, "brand": brand, "model": model,
            "color": color, "vis": vis or [], "hid": hid or [], "serial": serial, "alt": alt,
            "fam": famkey or kind}


def take(groups, lo, hi, avoid):
    """one fact from each of lo..hi random groups, skipping fact keys in avoid"""
    out = []
    for g in shuffled(groups):
        if len(out) >= hi:
            break
        opts = [f for f in g if f["k"] not in avoid]
        if opts:
            out.append(pick(opts))
    if len(out) < lo:
        return out
    return out[:R.randint(lo, min(hi, len(out)))] if len(out) > lo else out


def approx_amount(a):
    forms = ["%d元" % a, "%d块" % a]
    if a >= 1000:
        k = a // 1000
        cn = "一二三四五六七八九"
        if a % 1000:
            forms.append("%s千多" % cn[k - 1] if k <= 9 else "%d多" % (k * 1000))
        forms.append("%d左右" % (round(a / 500.0) * 500) if abs(round(a / 500.0) * 500 - a) <= 200 else "%d多" % (a // 100 * 100))
    else:
        forms.append("%d多块" % (a // 100 * 100) if a % 100 else "%d块钱" % a)
        forms.append("大概%d" % (round(a / 50.0) * 50) if abs(round(a / 50.0) * 50 - a) <= 30 else "%d出头" % (a // 100 * 100))
    return pick(forms)


def cash_amount(lo, hi):
    a = R.randint(lo // 10, hi // 10) * 10
    if chance(0.4):
        a = a // 100 * 100 or 100
    return a


def denom(a):
    h, rest = divmod(a, 100)
    parts = []
    if h:
        parts.append("100元×%d" % h)
    f, rest = divmod(rest, 50)
    if f:
        parts.append("50元×%d" % f)
    t, rest = divmod(rest, 10)
    if t:
        parts.append("10元×%d" % t)
    return "、".join(parts)


# -- phones
PHONE_BRANDS = [
    ("apple", ["苹果", "iPhone", "苹果手机", "爱疯", "apple", "iphone"], ["苹果", "Apple", "iPhone"],
     [(["15 Pro", "15pro", "十五pro", "15 pro"], "iPhone 15 Pro", ["grey", "white", "black", "blue"]),
      (["14", "14 "], "iPhone 14", ["black", "white", "purple", "blue"]),
      (["13", "13mini"], "iPhone 13", ["pink", "black", "white", "blue"]),
      (["16 Pro Max", "16promax", "16PM"], "iPhone 16 Pro Max", ["grey", "white", "black", "gold"])]),
    ("huawei", ["华为", "HUAWEI", "花为", "华为手机", "huawei"], ["华为", "HUAWEI"],
     [(["Mate60 Pro", "mate60pro", "Mate 60 Pro", "M60P"], "Mate 60 Pro", ["black", "white", "green", "purple"]),
      (["nova12", "nova 12", "Nova12"], "nova 12", ["black", "white", "blue"]),
      (["Pura70", "pura 70", "P70"], "Pura 70", ["black", "white", "pink"]),
      (["Mate X5", "折叠屏matex5"], "Mate X5", ["black", "purple", "green"])]),
    ("xiaomi", ["小米", "Xiaomi", "xiaomi", "mi"], ["小米", "Xiaomi"],
     [(["14", "小米14", "mi14"], "Xiaomi 14", ["black", "white", "green", "pink"]),
      (["13 Ultra", "13u"], "Xiaomi 13 Ultra", ["black", "green", "white"])]),
    ("redmi", ["红米", "Redmi", "小米红米", "redmi"], ["Redmi", "红米"],
     [(["K70", "k70"], "Redmi K70", ["black", "white", "blue"]),
      (["Note 13", "note13"], "Redmi Note 13", ["black", "blue", "white"])]),
    ("oppo", ["OPPO", "oppo", "欧珀"], ["OPPO"],
     [(["Reno11", "reno 11", "Reno 11"], "Reno11", ["black", "green", "purple"]),
      (["Find X7", "findx7"], "Find X7", ["black", "blue", "brown"])]),
    ("vivo", ["vivo", "VIVO", "维沃"], ["vivo"],
     [(["X100", "x100"], "X100", ["black", "white", "blue"]),
      (["S18", "s18"], "S18", ["black", "green", "white"])]),
    ("honor", ["荣耀", "Honor", "honor", "容耀"], ["荣耀", "HONOR"],
     [(["Magic6", "magic 6"], "Magic6", ["black", "green", "white"]),
      (["90", "荣耀90"], "荣耀90", ["black", "blue", "white"])]),
]


def phone_groups(p):
    comp = pick(COMPANIES)
    return [
        [F("case:clear", ["套了个透明壳", "透明手机壳", "外面是透明软壳"], ["透明手机壳", "带透明保护壳"]),
         F("case:blk", ["黑色硅胶壳", "套的黑色软壳"], ["黑色硅胶保护壳", "外套黑色手机壳"]),
         F("case:kuromi", ["库洛米的手机壳", "壳是库洛米图案的"], ["库洛米卡通手机壳", "卡通手机壳（库洛米图案）"]),
         F("case:stand", ["壳带个支架", "磁吸支架壳"], ["带支架的手机壳", "手机壳带磁吸支架"]),
         F("case:lanyard", ["挂了根斜挎挂绳", "有挂绳可以斜挎的"], ["手机壳带斜挎挂绳", "附挂绳一根"]),
         F("case:leather", ["棕色皮套", "翻盖皮套"], ["棕色皮质翻盖保护套", "皮套（棕色）"]),
         F("case:glitter", ["亮片流沙壳", "blingbling的壳"], ["亮片流沙手机壳", "流沙闪片手机壳"])],
        [F("crack:tr", ["屏幕右上角碎了一点", "右上角屏幕裂了"], ["屏幕右上角有裂纹", "屏幕右上角碎裂"]),
         F("crack:bl", ["左下角摔裂了", "屏幕左下角碎了"], ["屏幕左下角碎裂", "屏幕左下角有裂痕"]),
         F("crack:back", ["后盖玻璃裂了", "背面摔裂了"], ["背板玻璃有裂痕", "后盖破裂"])],
        [F("wp:cat", ["锁屏是一只橘猫", "壁纸是我家橘猫"], ["锁屏壁纸为橘猫照片", "锁屏为一只橘色的猫"]),
         F("wp:kid", ["锁屏是我女儿照片", "锁屏是个小女孩"], ["锁屏为小女孩照片", "锁屏壁纸是一个小孩"]),
         F("wp:luffy", ["锁屏是路飞", "壁纸海贼王的"], ["锁屏为动漫人物（路飞）", "锁屏壁纸为海贼王动漫"]),
         F("wp:couple", ["锁屏是我和我对象的合照", "锁屏是情侣照"], ["锁屏为一男一女合照", "锁屏是两人合影"]),
         F("wp:sea", ["锁屏是海边风景", "壁纸是大海"], ["锁屏壁纸为海景", "锁屏是海边照片"])],
        [F("card:badge:" + comp, ["壳里夹着%s的门禁卡" % comp, "手机壳后面塞了张工卡（%s）" % comp],
           ["手机壳内夹有门禁卡一张（印%s）" % comp, "壳内夹%s工卡" % comp]),
         F("card:metro", ["壳里塞了张江临通公交卡", "背后夹了张地铁卡"], ["手机壳背面夹交通卡（江临通）一张", "壳内有公交卡"])],
        [F("stk:dog", ["背面贴了个小狗贴纸", "后面有小狗贴纸"], ["背面有小狗贴纸", "后壳贴小狗图案贴纸"]),
         F("ring", ["背面有个指环扣", "后面粘了个指环"], ["背部有指环支架", "背面带指环扣"]),
         F("film", ["贴了防窥膜", "屏幕是防窥膜"], ["屏幕贴防窥膜", "贴有防窥钢化膜"])],
    ]


def mk_phone(p, avoid=(), brand_key=None, color=None, model_ix=None, alt=False):
    bs = [b for b in PHONE_BRANDS if brand_key is None or b[0] == brand_key]
    bk, bo, bf, models = pick(bs)
    mi = model_ix if model_ix is not None else R.randrange(len(models))
    mo, mname, cols = models[mi]
    col = color if color else pick(cols)
    vis = take(phone_groups(p), 1, 3, avoid)
    im = imei()
    hid = [pick(["密码是我生日", "锁屏密码6位", "开了查找但是已经关机了", "手机号是%s" % p.get("phone", ""),
                 "里面很多工作资料", "去年双十一买的", "电量本来就不多", "微信一直登着的", "里面有我所有的照片"])]
    ser = {"full": im, "o": ["IMEI:" + im, "IMEI " + im[:2] + " " + im[2:8] + " " + im[8:14] + " " + im[14],
                             "IMEI号" + im, "串号尾号" + im[-4:], "imei后六位" + im[-6:],
                             "盒子上的串号" + im, "IMEI:" + im[:6] + "******" + im[-3:]],
           "f": None, "ocan": chance(0.55)}
    r = rec("phone", "phone", ["手机", "手机", "手机一部"] if not p.get("foreign") else ["phone", "手机", "cellphone"],
            ["手机一部", "手机", "智能手机一部"], B(bk, bo, bf), {"o": mo, "f": [mname], "fvis": chance(0.3),
                                                            "ix": mi}, col, vis, hid, ser)
    return r


# -- wallets and card holders
WALLET_BRANDS = [("coach", ["coach", "COACH", "蔻驰", "寇驰"], ["COACH", "蔻驰（COACH）"]),
                 ("mk", ["MK", "mk", "Michael Kors", "迈克高仕"], ["MK（Michael Kors）", "MICHAEL KORS"]),
                 ("septwolves", ["七匹狼", "SEPTWOLVES"], ["七匹狼", "SEPTWOLVES七匹狼"]),
                 ("goldlion", ["金利来", "goldlion"], ["金利来", "goldlion金利来"]),
                 ("ck", ["小CK", "Charles&Keith", "CK的", "C&K"], ["CHARLES & KEITH", "小CK"]),
                 ("muji", ["无印良品", "MUJI", "muji"], ["无印良品MUJI", "MUJI"]),
                 (None, None, None), (None, None, None)]
BANKS = ["招商银行", "工商银行", "建设银行", "中国银行", "农业银行", "交通银行", "浦发银行", "江临农商银行"]


def wallet_groups(p, contents=True):
    n = p["name"]
    a = cash_amount(60, 2600)
    bank = pick(BANKS)
    tail = "%04d" % R.randint(0, 9999)
    g = [
        [F("cash:%d" % a, ["里面大概%s现金" % approx_amount(a), "有%s现金" % approx_amount(a)],
           ["内有现金%d元" % a, "现金人民币%d元" % a])],
        [F("idc:" + n, ["我的身份证在里面（%s）" % n, "有身份证，名字%s" % n],
           ["内有身份证一张（%s，%s）" % (n, mask_id(p["id"])) if not p.get("foreign") else "内有证件", "身份证1张，姓名%s" % n])],
        [F("bank:%s:%s" % (bank, tail), ["一张%s的卡尾号%s" % (bank, tail), "%s卡（尾号%s）" % (bank[:2], tail)],
           ["%s银行卡1张（尾号%s）" % (bank, tail), "%s卡一张，卡号后四位%s" % (bank, tail)])],
        [F("vip:starbucks", ["星巴克星礼卡", "一张星巴克的卡"], ["星巴克星礼卡1张", "星巴克会员卡"]),
         F("vip:yunhui", ["云汇的会员卡", "云汇商场VIP卡"], ["云汇购物中心VIP卡一张", "云汇会员卡"])],
        [F("photo:kid", ["夹了张我儿子的一寸照", "有小孩照片"], ["内夹儿童一寸照片1张", "小孩照片一张"])],
        [F("hosp:" + n, ["三院的就诊卡", "医院就诊卡"], ["江临市第三人民医院就诊卡（%s）" % n, "三院就诊卡一张，姓名%s" % n]),
         F("dl:" + n, ["驾驶证也在里面", "驾照"], ["驾驶证一本（%s）" % n, "驾驶证（姓名%s）" % n])],
        [F("zip:broken", ["拉链头掉了", "拉链坏了一半"], ["拉链头缺失", "拉链损坏"]),
         F("wear:corner", ["边角都磨白了", "用了好几年边上磨坏了"], ["边角有明显磨损", "边缘磨损发白"])],
    ]
    if p.get("foreign"):
        g = [x for x in g if not x[0]["k"].startswith(("idc:", "hosp:", "dl:"))]
    return g


def mk_wallet(p, avoid=(), brand_key="any", color=None, kindix=None):
    kinds = [(["钱包", "长款钱包", "长钱包", "钱夹"], ["长款钱包一个", "钱包（长款）"], "long"),
             (["短款钱包", "小钱包", "折叠钱包", "钱包"], ["短款钱包一个", "折叠钱包"], "short"),
             (["卡包", "卡套", "卡夹"], ["卡包一个", "卡套（多卡位）"], "cardholder")]
    ki = kindix if kindix is not None else R.randrange(3)
    ko, kf, kk = kinds[ki]
    bl = [b for b in WALLET_BRANDS if brand_key == "any" or b[0] == brand_key]
    bk, bo, bf = pick(bl)
    col = color or pick(["black", "brown", "pink", "red", "blue", "grey", "white", "black", "brown"])
    vis = take(wallet_groups(p), 2, 4, avoid)
    hid = [pick(["钱包是朋友送的", "里面还有几张发票", "买了三年了", "有一张医保卡", "里面有个小票"])]
    if p.get("foreign"):
        ko = ["wallet", "钱包", "wallet 钱包"]
    return rec("wallet", "wallet:" + kk, ko, kf, B(bk, bo, bf) if bk else None, None, col, vis, hid, None,
               alt=("id_doc" if kk == "cardholder" else None), famkey="wallet:" + kk)


# -- identity documents
def mk_id(p, avoid=(), kind=None, color=None):
    kinds = ["idcard", "idcard", "sscard", "driving", "passport", "hkmo"] if not p.get("foreign") else ["fpassport"]
    k = kind or pick(kinds)
    n = p["name"]
    if k == "idcard":
        vis = [F("name:" + n, ["名字是%s" % n, "姓名%s" % n, "上面名字%s" % n], ["姓名%s" % n, "持证人%s" % n])]
        vis += take([[F("sleeve:clear", ["套在透明卡套里", "有个透明套"], ["装于透明卡套内", "带透明证件套"])],
                     [F("sleeve:lanyard", ["和地铁卡一起挂在挂绳上", "挂绳上的"], ["与交通卡同挂一根挂绳", "带挂绳"])]],
                    0, 1, avoid)
        ser = {"full": p["id"], "o": ["身份证号" + p["id"], "号码" + p["id"].lower(), "尾号" + p["id"][-4:],
                                      "后四位" + p["id"][-4:].lower(), "号码" + mask_id(p["id"]),
                                      p["id"][:6] + " " + p["id"][6:14] + " " + p["id"][14:]],
               "f": pick([mask_id(p["id"]), mask_id(p["id"]), p["id"]]), "ocan": chance(0.8)}
        return rec("id_doc", "idcard", ["身份证", "身份证", "二代身份证", "身份证件"], ["居民身份证一张", "身份证1张"],
                   None, None, None, vis, ["证件今年才换的", "户口在%s" % pick(["湖北", "湖南", "河南", "四川", "安徽"])], ser)
    if k == "sscard":
        bank = pick(["工商银行", "建设银行", "农业银行", "江临农商银行"])
        vis = [F("name:" + n, ["卡上名字%s" % n, "是%s的" % n], ["姓名%s" % n, "持卡人%s" % n]),
               F("ssbank:" + bank, ["%s的社保卡" % bank[:2], "%s联名的" % bank], ["%s社保卡" % bank, "社保卡（%s）" % bank])]
        ser = {"full": p["id"], "o": ["身份证号" + p["id"], "社会保障号码尾号" + p["id"][-4:]],
               "f": mask_id(p["id"]), "ocan": chance(0.5)}
        return rec("id_doc", "sscard", ["社保卡", "医保卡", "社保卡（医保）"], ["社会保障卡一张", "社保卡"], None, None,
                   color, vis, ["在三院看病刷的", "老人的卡"], ser)
    if k == "driving":
        vis = [F("name:" + n, ["我的名字%s" % n, "驾驶人%s" % n], ["姓名%s" % n, "驾驶人%s" % n]),
               F("dlcover:" + (color or "brown"), ["装在%s皮套里" % cw_owner(color or "brown"), "有个皮套"],
                 ["外有%s皮套" % cw_finder(color or "brown"), "带皮质证套"])]
        vis += take([[F("dl:c1", ["准驾C1", "C1的"], ["准驾车型C1", "C1驾照"])]], 0, 1, avoid)
        ser = {"full": p["id"], "o": ["证号" + p["id"], "证号尾号" + p["id"][-4:]], "f": mask_id(p["id"]),
               "ocan": chance(0.4)}
        return rec("id_doc", "driving", ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证一本", "驾驶证"], None, None,
                   color or "brown", vis, ["今年要换证了"], ser)
    if k == "passport":
        pno = "E" + pick("ABCDEFGHJK") + "%07d" % R.randint(0, 9999999)
        py = PINYIN_S.get(p["surname"], "ZHOU")
        vis = [F("name:" + n, ["名字%s" % n, "护照上%s" % n], ["姓名%s（%s）" % (n, py), "持照人%s" % n])]
        vis += take([[F("boarding", ["里面夹了张登机牌", "夹着登机牌"], ["内夹登机牌一张", "护照内有登机牌"])],
                     [F("hotelcard", ["夹了张酒店房卡", "房卡夹在里面"], ["内夹酒店房卡", "夹有房卡一张"])]], 0, 1, avoid)
        ser = {"full": pno, "o": ["护照号" + pno, "护照号码" + pno.lower(), "号码尾号" + pno[-4:]], "f": pno,
               "ocan": chance(0.5)}
        return rec("id_doc", "passport", ["护照", "护照本", "因私护照"], ["中华人民共和国护照一本", "护照1本"], None, None,
                   "red", vis, ["下周要出差用"], ser)
    if k == "hkmo":
        no = "C" + "%08d" % R.randint(0, 99999999)
        vis = [F("name:" + n, ["名字%s" % n, "是%s的" % n], ["姓名%s" % n, "持证人%s" % n])]
        ser = {"full": no, "o": ["证件号" + no, "尾号" + no[-4:]], "f": no, "ocan": chance(0.5)}
        return rec("id_doc", "hkmo", ["港澳通行证", "通行证", "港澳通行证（卡式）"], ["往来港澳通行证一张", "港澳通行证"],
                   None, None, None, vis, ["签注还没用"], ser)
    # foreign passport
    pno = pick("CPKLMNXY") + "%08d" % R.randint(0, 99999999)
    vis = [F("fname:" + p["last"], ["name %s %s" % (p["first"], p["last"]), "名字 %s" % p["name"],
                                     "%s, %s" % (p["last"].upper(), p["first"])],
             ["姓名%s %s" % (p["last"].upper(), p["first"].upper()), "持照人%s" % p["name"]]),
           F("nation:" + p["nation"], ["%s passport" % p["nation_en"], "%s护照" % p["nation"]],
             ["%s护照" % p["nation"], "%s籍护照" % p["nation"]])]
    vis += take([[F("visa", ["visa inside", "里面有中国签证"], ["内有中国签证页", "有中国签证"])],
                 [F("expobadge", ["expo badge in it", "夹着展会证"], ["护照内夹博览会胸卡", "夹有展会证件"])]], 0, 1, avoid)
    ser = {"full": pno, "o": ["passport no. " + pno, "No." + pno, "号码" + pno.lower()], "f": pno, "ocan": chance(0.6)}
    return rec("id_doc", "fpassport", ["passport", "护照", "passport 护照"], ["外国护照一本", "护照（外籍）1本"], None,
               None, p["pass_color"], vis, ["my flight is on Friday", "need it for hotel check-out"], ser)


def mk_badge(p, avoid=(), color=None, comp=None):
    comp = comp or pick(COMPANIES)
    n = p["name"]
    no = pick(["DT", "HJ", "LZ", "XQ", "QM", "KL"]) + "-%05d" % R.randint(100, 99999)
    col = color or pick(["blue", "red", "black", "green", "orange"])
    vis = [F("badge:" + comp + ":" + n, ["%s的工牌，名字%s" % (comp, n), "上面是%s %s" % (comp, n)],
             ["工牌（%s，%s）" % (comp, n), "印有%s字样，姓名%s" % (comp, n)]),
           F("lanyard:" + col, ["%s挂绳" % cw_owner(col), "挂绳是%s的" % cw_owner(col)],
             ["%s挂绳" % cw_finder(col), "带%s挂带" % cw_finder(col)])]
    ser = {"full": no, "o": ["工号" + no, "工号" + no.replace("-", "")], "f": no, "ocan": chance(0.4)}
    return rec("other", "badge", ["工牌", "工卡", "员工卡", "门禁工牌"], ["工作证（工牌）一个", "员工工牌"], None, None,
               col, vis, ["卡能刷鼎泰的闸机"], ser, alt="id_doc")


# -- keys
CARKEYS = [("byd", ["比亚迪", "BYD", "byd"], ["BYD比亚迪", "比亚迪"]), ("vw", ["大众", "VW", "大众的"], ["大众（VW）", "大众"]),
           ("toyota", ["丰田", "TOYOTA"], ["丰田", "TOYOTA丰田"]), ("tesla", ["特斯拉", "Tesla", "tesla"], ["特斯拉（卡片钥匙）", "Tesla"]),
           ("lixiang", ["理想", "理想汽车"], ["理想汽车"]), ("honda", ["本田", "Honda"], ["本田HONDA"])]
CHARMS = [("charm:bear", ["一个小熊挂件", "挂着小熊"], ["小熊挂件", "带毛绒小熊挂件"], "brown"),
          ("charm:pika", ["皮卡丘挂件", "挂了个皮卡丘"], ["皮卡丘挂件", "黄色皮卡丘钥匙扣"], "yellow"),
          ("charm:shin", ["蜡笔小新的钥匙扣", "小新挂件"], ["蜡笔小新钥匙扣", "卡通挂件（蜡笔小新）"], "red"),
          ("charm:opener", ["一个开瓶器", "带开瓶器的扣"], ["开瓶器钥匙扣", "带开瓶器"], "grey"),
          ("charm:amulet", ["一个平安符", "红色平安符"], ["红色平安符挂件", "平安符一个"], "red"),
          ("charm:bell", ["一个小铃铛", "挂了铃铛"], ["小铃铛", "铃铛挂件"], "gold"),
          ("charm:leather", ["皮的钥匙扣", "一个皮质钥匙扣"], ["皮质钥匙扣", "皮革钥匙扣"], "brown")]


def mk_keys(p, avoid=(), brand_key="any", color=None, kind=None):
    k = kind or pick(["ring", "ring", "car"])
    fob_col = color or pick(["blue", "red", "green", "black", "yellow", "white"])
    charms = [c for c in CHARMS if c[0] not in avoid]
    ch = pick(charms)
    groups = [[F(ch[0], ch[1], ch[2])],
              [F("fob:" + fob_col, ["一个%s门禁扣" % cw_owner(fob_col), "%s的门禁卡扣" % cw_owner(fob_col)],
                 ["%s门禁扣一个" % cw_finder(fob_col), "门禁感应扣（%s）" % cw_finder(fob_col)])],
              [F("tag:%d" % R.randint(101, 3208), "", "")],
              [F("clip", ["指甲刀也挂在上面", "有个指甲刀"], ["附指甲刀一把", "挂指甲钳"])]]
    tagno = groups[2][0]["k"][4:]
    groups[2][0]["o"] = ["有个写着%s的小牌子" % tagno, "贴了%s的标签" % tagno]
    groups[2][0]["f"] = ["挂小标签写“%s”" % tagno, "钥匙牌写有%s" % tagno]
    if k == "ring":
        nk = R.randint(2, 6)
        vis = [F("nkeys:%d" % nk, ["%d把钥匙" % nk, "%s把钥匙吧" % ("三四" if nk in (3, 4) else str(nk))],
                 ["钥匙%d把" % nk, "共%d把钥匙" % nk])]
        vis += take(groups, 1, 3, avoid)
        return rec("keys", "keyring", ["钥匙", "一串钥匙", "钥匙串", "家里钥匙"], ["钥匙一串", "钥匙串"], None, None,
                   fob_col, vis, ["家里和公司的钥匙", "有一把是电动车钥匙"], None)
    bl = [b for b in CARKEYS if brand_key == "any" or b[0] == brand_key]
    bk, bo, bf = pick(bl)
    col = color or pick(["black", "brown", "blue", "white"])
    vis = [F("kcover:" + col, ["套着%s钥匙套" % cw_owner(col), "钥匙包是%s的" % cw_owner(col)],
             ["外有%s钥匙套" % cw_finder(col), "带%s钥匙包" % cw_finder(col)])]
    vis += take(groups[:2] + groups[3:], 1, 2, avoid)
    plate = "临A" + pick("0123456789DF") + "%04d" % R.randint(0, 9999)
    return rec("keys", "carkey", ["车钥匙", "汽车钥匙", "车钥匙一把"], ["汽车钥匙一把", "车钥匙"], B(bk, bo, bf), None,
               col, vis, ["车牌%s" % plate, "车停在三院地库"], None)


# -- ebikes and bicycles
EBIKES = [("yadea", ["雅迪", "Yadea", "雅迪的"], ["雅迪", "YADEA雅迪"], ["冠能", "DE3", "欧睿"]),
          ("aima", ["爱玛", "AIMA", "爱马"], ["爱玛"], ["小金果", "麦", "引擎"]),
          ("niu", ["小牛", "NIU", "小牛电动"], ["小牛（NIU）", "小牛"], ["G2", "UQi+", "F100"]),
          ("ninebot", ["九号", "Ninebot", "9号", "纳恩博"], ["九号Ninebot", "九号"], ["F90", "A30C", "Q90"]),
          ("tailg", ["台铃", "TAILG"], ["台铃"], ["超能", "狮子"]),
          ("sunra", ["新日", "SUNRA"], ["新日"], ["A9", "闪电"])]


def plate_ebike():
    return "临" + pick("ABCD") + "%05d" % R.randint(0, 99999)


def mk_ebike(p, avoid=(), brand_key="any", color=None):
    bl = [b for b in EBIKES if brand_key == "any" or b[0] == brand_key]
    bk, bo, bf, models = pick(bl)
    mo = pick(models)
    col = color or pick(["white", "black", "grey", "blue", "red", "green", "pink", "yellow"])
    groups = [[F("box:meituan", ["后面有美团的外卖箱", "美团箱"], ["后座绑美团外卖箱", "车尾黄色美团外卖箱"]),
               F("box:eleme", ["饿了么的蓝箱子", "后座蓝色饿了么箱"], ["车尾饿了么外卖箱（蓝色）", "后座装蓝色饿了么保温箱"]),
               F("box:trunk", ["后面有个尾箱", "装了个后备箱"], ["车后有尾箱", "后置储物箱"])],
              [F("quilt:" + pick(["army", "red", "plaid"]), ["装了挡风被", "车头有挡风被子"], ["装有挡风被", "车前挡风被"])],
              [F("mirror:broken", ["左边后视镜断了", "少一个后视镜"], ["左侧后视镜断裂", "缺一个后视镜"])],
              [F("seat:tape", ["坐垫破了用胶带缠着", "座包烂了贴了胶布"], ["座垫破损，缠有黑胶带", "坐垫用胶带缠绕"])],
              [F("holder", ["车把上有手机支架", "装了个手机架"], ["车把装手机支架", "带手机支架"])],
              [F("helmet:" + pick(["yellow", "blue", "white"]), ["头盔挂在车把上", "车把挂着头盔"], ["车把挂头盔一个", "附头盔"])]]
    vis = take(groups, 1, 3, avoid)
    pl = plate_ebike()
    ser = {"full": pl, "o": ["车牌" + pl, "牌照" + pl[0] + pl[1] + "·" + pl[2:], "车牌号" + pl[1:], "牌子尾号" + pl[-3:]],
           "f": pick([pl, pl[0] + pl[1] + "·" + pl[2:], pl]), "ocan": chance(0.85)}
    return rec("ebike", "ebike", ["电动车", "电瓶车", "电驴", "小电驴", "电动自行车"], ["电动自行车一辆", "电动车一辆"],
               B(bk, bo, bf), {"o": [mo], "f": [mo], "fvis": chance(0.4)}, col, vis,
               ["电池是天能的", "车架号记不得了", "刚换的电瓶", "钥匙在我这"], ser)


BIKES = [("giant", ["捷安特", "Giant", "GIANT", "捷安特的"], ["捷安特GIANT", "GIANT"], ["ATX 720", "Escape 2", "FCR"]),
         ("merida", ["美利达", "Merida", "MERIDA"], ["美利达"], ["挑战者300", "勇士500"]),
         ("xds", ["喜德盛", "XDS", "喜得盛"], ["喜德盛XDS"], ["逐日", "英雄300"]),
         ("decathlon", ["迪卡侬", "Decathlon", "迪卡龙"], ["迪卡侬（BTWIN）", "Decathlon"], ["RC100", "Riverside 120", "ST100"]),
         ("brompton", ["Brompton", "小布", "布朗普顿"], ["Brompton"], ["C Line", "P Line"]),
         ("dahon", ["大行", "DAHON", "大行折叠车"], ["DAHON大行"], ["P8", "K3"])]


def mk_bicycle(p, avoid=(), brand_key="any", color=None):
    bl = [b for b in BIKES if brand_key == "any" or b[0] == brand_key]
    bk, bo, bf, models = pick(bl)
    mo = pick(models)
    col = color or pick(["black", "white", "blue", "red", "grey", "green", "orange", "yellow"])
    groups = [[F("basket", ["前面加了个车筐", "有车篮"], ["车头加装车筐", "前有车篮"])],
              [F("rack", ["后面有货架", "装了后座"], ["后有货架", "带后座架"])],
              [F("ulock", ["车上挂着U型锁", "U型锁挂在车架上"], ["车架挂U型锁一把", "附U型锁"])],
              [F("computer", ["装了个码表", "车把上有码表"], ["车把装码表", "带骑行码表"])],
              [F("tape:blue", ["车把缠了蓝色把带", "蓝把带"], ["车把缠蓝色把带", "把带蓝色"])],
              [F("childseat", ["后面有儿童座椅", "装了宝宝座椅"], ["后座装儿童座椅", "带儿童座椅"])],
              [F("sticker:frame", ["车架上贴了很多贴纸", "贴了反光贴"], ["车架贴有多张贴纸", "车身有反光贴纸"])]]
    vis = take(groups, 1, 3, avoid)
    fr = pick(["G", "M", "X", "D", "B"]) + pick(["T", "K", "S", "W"]) + "%02d" % R.randint(18, 26) + pick("ABCDEFGH") + "%06d" % R.randint(0, 999999)
    ser = {"full": fr, "o": ["车架号" + fr, "钢印" + fr.lower(), "车架号尾号" + fr[-4:]], "f": fr if chance(0.35) else None,
           "ocan": chance(0.3)}
    return rec("bicycle", "bicycle", ["自行车", "单车", "自行车", "山地车" if bk in ("giant", "merida", "xds") else "折叠车"],
               ["自行车一辆", "单车一辆"], B(bk, bo, bf), {"o": [mo], "f": [mo], "fvis": chance(0.5)}, col, vis,
               ["买了一年多", "没上锁就放了一会儿"], ser)


# -- bags
BAGKINDS = [
    ("backpack", ["双肩包", "背包", "电脑包", "书包"], ["双肩背包一个", "双肩包"],
     [("samsonite", ["新秀丽", "Samsonite", "新秀丽的"], ["新秀丽Samsonite", "Samsonite"]),
      ("xiaomi", ["小米", "小米的"], ["小米（MI）", "小米"]), ("tnf", ["北面", "The North Face", "TNF"], ["THE NORTH FACE", "北面"]),
      ("decathlon", ["迪卡侬", "Decathlon"], ["迪卡侬"]), ("arcteryx", ["始祖鸟", "Arc'teryx", "鸟"], ["始祖鸟ARC'TERYX"]),
      ("thinkpad", ["ThinkPad", "联想的"], ["联想ThinkPad"]), (None, None, None)],
     ["black", "grey", "blue", "black", "green"]),
    ("handbag", ["手提包", "包包", "托特包", "手拎包"], ["女士手提包一个", "手提包"],
     [("longchamp", ["珑骧", "Longchamp", "龙骧"], ["Longchamp珑骧", "LONGCHAMP"]), ("coach", ["coach", "蔻驰"], ["COACH"]),
      ("mk", ["MK", "迈克高仕"], ["MICHAEL KORS"]), ("ck", ["小CK", "Charles&Keith"], ["CHARLES & KEITH"]), (None, None, None)],
     ["black", "brown", "red", "white", "pink", "blue"]),
    ("crossbody", ["斜挎包", "小挎包", "挎包"], ["斜挎包一个", "单肩斜挎包"],
     [("coach", ["coach"], ["COACH"]), ("muji", ["无印良品", "MUJI"], ["MUJI"]), ("uniqlo", ["优衣库", "uniqlo"], ["UNIQLO优衣库"]),
      (None, None, None)], ["black", "grey", "brown", "green", "white"]),
    ("tote", ["帆布袋", "帆布包", "布袋子"], ["帆布袋一个", "帆布手提袋"],
     [("muji", ["无印良品", "MUJI"], ["MUJI"]), ("expo", ["博览会发的", "展会送的"], ["印“江临国际智能制造博览会”字样"]), (None, None, None)],
     ["white", "yellow", "blue", "green"]),
    ("suitcase", ["行李箱", "拉杆箱", "箱子"], ["拉杆箱一个", "行李箱"],
     [("samsonite", ["新秀丽", "Samsonite"], ["Samsonite新秀丽"]), ("diplomat", ["外交官", "Diplomat"], ["Diplomat外交官"]),
      ("90fun", ["90分", "小米90分"], ["90分"]), ("rimowa", ["日默瓦", "Rimowa", "RIMOWA"], ["RIMOWA"])],
     ["grey", "black", "blue", "white", "pink"]),
    ("waist", ["腰包", "跑步腰包", "胸包"], ["腰包一个", "运动腰包"],
     [("decathlon", ["迪卡侬"], ["迪卡侬"]), ("nike", ["耐克", "Nike", "NIKE"], ["NIKE"]), (None, None, None)],
     ["black", "orange", "blue", "grey"]),
]
LAPTOPS = [("联想ThinkPad", "ThinkPad笔记本电脑"), ("Dell XPS", "戴尔笔记本电脑"), ("MacBook Air", "苹果笔记本电脑"),
           ("华为MateBook", "华为笔记本电脑"), ("小米笔记本", "小米笔记本电脑")]


def bag_groups(p, kk):
    lap = pick(LAPTOPS)
    comp = pick(COMPANIES)
    n = p["name"]
    cont = [
        F("lap:" + lap[0], ["里面有台%s" % lap[0], "电脑在里面（%s）" % lap[0]], ["内有%s一台" % lap[1], "%s1台" % lap[1]]),
        F("docs:" + comp, ["有%s的合同文件" % comp, "一叠%s的资料" % comp], ["内有印“%s”字样文件若干" % comp, "%s文件袋一个" % comp]),
        F("ct:" + n, ["有我爸的CT片子和病历", "医院的片子"], ["内有三院CT片袋（患者%s）" % n, "医院影像片袋一个，姓名%s" % n]),
        F("meds", ["刚在药房拿的药", "一袋药"], ["内有药品一袋（三院药房）", "药品若干"]),
        F("cup:" + pick(["象印", "膳魔师"]), ["一个保温杯", "保温杯"], ["保温杯一个", "内有保温杯"]),
        F("clothes", ["换洗衣服", "几件衣服"], ["衣物若干", "内有衣服"]),
        F("expo:" + n, ["展会资料和胸牌", "expo materials and my badge"], ["博览会资料若干及胸卡（%s）" % n, "展会宣传册、参观证（%s）" % n]),
        F("makeup", ["化妆包", "一个化妆袋"], ["化妆包一个", "内有化妆品"]),
        F("charger", ["充电器和数据线", "电源适配器"], ["充电器一个", "电源适配器及数据线"]),
    ]
    outer = [F("tag:" + n, ["挂了个写名字的行李牌", "行李牌上有我名字"], ["挂行李牌（%s）" % n, "行李牌写有%s" % n]),
             F("ribbon:red", ["提手上系了根红绳", "系了红丝带"], ["提手系红绳", "把手系红色丝带"]),
             F("rip:side", ["侧袋破了个口", "侧边兜破了"], ["侧袋破损", "侧面口袋有破口"]),
             F("pin:" + pick(["cat", "astronaut", "flag"]), ["上面别了个徽章", "有个胸针别在包带上"], ["包带别徽章一枚", "外有徽章"]),
             F("charm:rabbit", ["挂了个兔子挂件", "有小兔子毛球"], ["挂毛绒兔子挂件", "包上挂兔子挂件"])]
    if kk == "suitcase":
        cont = [cont[5], cont[8], cont[1], cont[6]]
    elif kk == "waist":
        cont = [F("earbuds", ["里面有耳机", "装了耳机"], ["内有蓝牙耳机", "有耳机一副"]),
                F("gel", ["能量胶", "两包能量胶"], ["能量胶若干", "内有能量胶"]),
                F("card:metro", ["一张交通卡", "地铁卡"], ["交通卡一张", "内有江临通卡"])]
    elif kk == "tote":
        cont = [cont[6], cont[3], cont[4], cont[5]]
    return [[c] for c in cont], [[o] for o in outer]


def mk_bag(p, avoid=(), brand_key="any", color=None, kind=None):
    ks = [b for b in BAGKINDS if kind is None or b[0] == kind]
    kk, ko, kf, brands, cols = pick(ks)
    bl = [b for b in brands if brand_key == "any" or b[0] == brand_key] or brands
    bk, bo, bf = pick(bl)
    col = color or pick(cols)
    cont, outer = bag_groups(p, kk)
    vis = take(cont, 1, 3, avoid) + take(outer, 0, 1, avoid)
    if p.get("foreign"):
        ko = {"backpack": ["backpack", "背包"], "handbag": ["handbag", "包"], "crossbody": ["shoulder bag"],
              "tote": ["tote bag"], "suitcase": ["suitcase", "行李箱"], "waist": ["waist bag"]}[kk]
    return rec("bag", "bag:" + kk, ko, kf, B(bk, bo, bf) if bk else None, None, col, vis,
               [pick(["包是去年买的", "拉链有点卡", "里面还有我的雨伞", "钱包没在里面"])], None, famkey="bag:" + kk)


# -- cash
def mk_cash(p, avoid=(), amount_hint=None):
    a = cash_amount(200, 9000)
    while avoid and ("amt:%d" % a) in avoid:
        a = cash_amount(200, 9000)
    kind = pick(["envelope", "envelope", "loose", "redpacket", "clip"])
    vis = [F("amt:%d" % a, ["%s现金" % approx_amount(a), "大概%s" % approx_amount(a), "%d元" % a],
             ["人民币%d元（%s）" % (a, denom(a)), "现金%d元" % a, "共计%d元" % a])]
    col = None
    if kind == "envelope":
        env = pick([("env:icbc", ["工行的信封", "工商银行的纸信封"], ["工商银行信封装", "装于工行信封内"], "white"),
                    ("env:rent", ["白信封上写着房租", "信封写了“房租”两个字"], ["白色信封（写有“房租”）", "信封上手写“房租”"], "white"),
                    ("env:kraft", ["牛皮纸信封", "黄色牛皮纸信封"], ["牛皮纸信封装", "牛皮信封一个"], "brown"),
                    ("env:hosp", ["信封写着住院押金", "装在写了押金的信封里"], ["信封上写“住院押金”", "信封标注押金"], "white")])
        vis.append(F(env[0], env[1], env[2]))
        ko = ["一信封现金", "现金", "钱"]
    elif kind == "redpacket":
        vis.append(F("red:" + pick(["fu", "plain"]), ["装在红包里", "一个红包"], ["红包装", "装于红包内"]))
        col = "red"
        ko = ["红包", "现金红包", "钱"]
    elif kind == "clip":
        vis.append(F("band", ["用皮筋扎着", "皮筋捆着的"], ["用橡皮筋捆扎", "皮筋扎好"]))
        ko = ["一沓现金", "现金", "一卷钱"]
    else:
        ko = ["现金", "钱", "几张钞票"]
    return rec("cash", "cash:" + kind, ko, ["现金", "人民币现金"], None, None, col, vis,
               ["准备交%s的" % pick(["房租", "住院费", "学费", "货款"]), "刚从银行取的"], None, famkey="cash")


# -- jewelry
JEWEL = [("bangle", ["金手镯", "手镯", "金镯子"], ["手镯一只", "黄金手镯一只"], "gold", ["ctf", "lfx", "css", None]),
         ("necklace", ["金项链", "项链", "链子"], ["项链一条", "黄金项链一条"], "gold", ["ctf", "lfx", "lukfook", None]),
         ("silverchain", ["银项链", "项链", "铂金项链"], ["项链一条", "细项链一条"], "grey", ["tiffany", "swarovski", None]),
         ("ring", ["戒指", "钻戒", "婚戒"], ["戒指一枚", "钻石戒指一枚"], "grey", ["ctf", "tiffany", "css", None]),
         ("bracelet", ["手链", "串珠手链", "手串"], ["手链一条", "手链（串珠）"], "grey", ["pandora", "swarovski", None]),
         ("jade", ["玉镯", "翡翠镯子", "玉镯子"], ["玉镯一只", "玉石手镯一只"], "green", [None, None, "lfx"]),
         ("earring", ["耳环", "耳钉", "一只耳环"], ["耳饰一只", "耳环"], "gold", ["swarovski", "ctf", None]),
         ("pearl", ["珍珠项链", "珍珠链"], ["珍珠项链一条", "珍珠项链"], "white", [None, "ctf"])]
JBRANDS = {"ctf": (["周大福", "CTF", "周大福的"], ["周大福", "CHOW TAI FOOK"]), "lfx": (["老凤祥"], ["老凤祥"]),
           "css": (["周生生"], ["周生生"]), "lukfook": (["六福", "六福珠宝"], ["六福珠宝"]),
           "tiffany": (["Tiffany", "蒂芙尼", "tiffany"], ["TIFFANY&CO.", "蒂芙尼"]),
           "swarovski": (["施华洛世奇", "Swarovski", "施华洛"], ["SWAROVSKI"]), "pandora": (["潘多拉", "Pandora"], ["PANDORA潘多拉"])}


def mk_jewelry(p, avoid=(), brand_key="any", color=None, kind=None):
    js = [j for j in JEWEL if (kind is None or j[0] == kind) and (color is None or j[3] == color)] or JEWEL
    kk, ko, kf, col, brands = pick(js)
    bl = [b for b in brands if brand_key == "any" or b == brand_key] or brands
    bk = pick(bl)
    ini = pick(["W&L", "ZY", "L♥Z", "HJ&MX", "Forever", "CH&YQ", "520"])
    dtx = "%d.%d.%d" % (R.randint(2008, 2024), R.randint(1, 12), R.randint(1, 28))
    groups = [[F("eng:%s:%s" % (ini, dtx), ["内圈刻了%s %s" % (ini, dtx), "里面有刻字%s" % ini],
                 ["内圈刻字“%s %s”" % (ini, dtx), "内侧刻有%s %s" % (ini, dtx)])],
              [F("pend:" + x[0], x[1], x[2]) for x in [
                  ("pax", ["挂了个平安扣", "平安扣吊坠"], ["带平安扣吊坠", "吊坠为平安扣"]),
                  ("bead", ["有颗转运珠", "串了转运珠"], ["带转运珠", "转运珠一颗"]),
                  ("rabbit", ["小兔子吊坠", "兔子坠子"], ["兔子造型吊坠", "吊坠呈兔子形状"]),
                  ("clover", ["四叶草的", "四叶草吊坠"], ["四叶草吊坠", "四叶草造型"]),
                  ("dragon", ["生肖龙吊坠", "一条小龙"], ["龙形吊坠", "生肖龙坠"])]],
              [F("broken:clasp", ["扣子有点松", "搭扣坏了"], ["搭扣损坏", "扣环松脱"]),
               F("broken:chain", ["链子断了", "断成两截了"], ["链子断开", "链条断裂"])],
              [F("box:red", ["装在红色首饰盒里", "有个红盒子"], ["装于红色首饰盒", "红色绒面首饰盒"]),
               F("pouch", ["装在小布袋里", "一个绒布袋装着"], ["装在绒布小袋内", "布袋装"])]]
    if kk in ("bangle", "ring", "jade"):
        groups = [groups[0], groups[3]] + ([[F("crack:jade", ["有一道细纹", "有个小裂"], ["有细微裂纹", "镯身有裂纹"])]] if kk == "jade" else [])
    vis = take(groups, 1, 2, avoid)
    return rec("jewelry", "jewel:" + kk, ko, kf, B(bk, JBRANDS[bk][0], JBRANDS[bk][1]) if bk else None, None, col, vis,
               [pick(["大概%d克" % R.randint(6, 40), "是我妈留给我的", "结婚时买的", "发票还在家里", "去年过生日买的"])],
               None, famkey="jewel:" + kk)


# -- electronics
def mk_elec(p, avoid=(), kind=None, brand_key="any", color=None):
    kinds = ["earbuds", "earbuds", "laptop", "tablet", "watch", "powerbank", "headphones", "camera", "kindle", "kidwatch"]
    k = kind or pick(kinds)
    def g_stk():
        return [F("stk:" + x[0], x[1], x[2]) for x in [
            ("bear", ["贴了个小熊贴纸", "有小熊贴纸"], ["贴有小熊贴纸", "外壳小熊贴纸"]),
            ("python", ["贴了Python的贴纸", "有个蟒蛇贴纸"], ["贴有Python贴纸", "外壳贴蛇形贴纸"]),
            ("logo", ["贴了我们公司logo贴纸", "贴着公司贴纸"], ["贴有企业logo贴纸", "外壳贴公司标志"]),
            ("name", ["贴了写我名字的标签", "标签上有我名字"], ["贴有姓名标签（%s）" % p["name"], "标签写%s" % p["name"]])]]
    if k == "earbuds":
        opts = [("apple", ["AirPods Pro", "airpods pro", "苹果耳机", "AirPods"], ["Apple", "苹果"], ["white"], "AirPods Pro 2"),
                ("huawei", ["华为FreeBuds", "freebuds pro3", "华为耳机"], ["华为", "HUAWEI"], ["white", "black", "green"], "FreeBuds Pro 3"),
                ("xiaomi", ["小米耳机", "Xiaomi Buds", "小米buds"], ["小米", "Xiaomi"], ["white", "black"], "Buds 4 Pro"),
                ("sony", ["索尼耳机", "Sony WF-1000XM5", "索尼豆"], ["SONY", "索尼"], ["black", "white"], "WF-1000XM5")]
        bk, bo, bf, cols, mdl = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color if color in cols else pick(cols)
        cover = [F("cover:" + x[0], x[1], x[2]) for x in [
            ("clear", ["套了透明保护套", "透明壳"], ["外套透明保护套", "充电盒有透明套"]),
            ("duck", ["小黄鸭硅胶套", "套了个鸭子壳"], ["小黄鸭造型硅胶套", "卡通鸭子保护套"]),
            ("leather", ["皮质保护套", "棕色皮套"], ["皮质保护套（棕色）", "充电盒带皮套"]),
            ("hook", ["套子带登山扣", "挂了个登山扣"], ["保护套带登山扣", "附登山扣"])]]
        misc = [F("scratch", ["充电盒有划痕", "盒子上很多划痕"], ["充电盒表面划痕明显", "盒身有划痕"]),
                F("oneonly", ["只剩左耳在盒子里", "右耳之前丢了"], ["盒内仅有左耳一只", "只有一只耳机（左）"])]
        eng = pick(["ZY's", "LUCKY", "小鱼", "W.L.", "🐟"])
        vis = take([cover, misc, g_stk(), [F("eng:" + eng, ["盒子上刻了%s" % eng, "有刻字%s" % eng], ["充电盒刻字“%s”" % eng, "盒面刻有%s" % eng])]], 1, 3, avoid)
        sn = pick("GHJKLMFC") + "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
        ser = {"full": sn, "o": ["序列号" + sn, "SN:" + sn.lower(), "序列号尾号" + sn[-4:]], "f": sn if chance(0.25) else None,
               "ocan": chance(0.3)}
        return rec("electronics", "earbuds", ["耳机", "蓝牙耳机", "无线耳机", "耳机盒"], ["蓝牙耳机一副", "无线耳机（带充电盒）"],
                   B(bk, bo, bf), {"o": [mdl], "f": [mdl], "fvis": False}, col, vis, ["连着我手机名字叫%s的耳机" % p["name"]], ser)
    if k == "headphones":
        opts = [("sony", ["索尼", "Sony", "SONY"], ["SONY"], "WH-1000XM5"), ("bose", ["Bose", "博士"], ["BOSE"], "QC45"),
                ("huawei", ["华为"], ["华为"], "FreeBuds Studio")]
        bk, bo, bf, mdl = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color or pick(["black", "grey", "white"])
        vis = take([[F("hpcase", ["装在收纳盒里", "有个收纳包"], ["带收纳盒", "装于硬壳收纳盒内"])],
                    [F("pad:worn", ["耳罩皮掉了一点", "耳垫有点破"], ["耳罩皮面脱落", "耳垫破损"])], g_stk()], 1, 2, avoid)
        return rec("electronics", "headphones", ["头戴耳机", "耳机", "降噪耳机"], ["头戴式耳机一副", "头戴耳机"], B(bk, bo, bf),
                   {"o": [mdl], "f": [mdl], "fvis": chance(0.5)}, col, vis, ["买了两千多"], None)
    if k in ("laptop", "tablet"):
        if k == "laptop":
            opts = [("apple", ["MacBook", "苹果电脑", "mac", "macbook air"], ["Apple", "苹果"], ["grey", "white"], "MacBook Air"),
                    ("lenovo", ["ThinkPad", "联想", "thinkpad"], ["联想ThinkPad", "ThinkPad"], ["black"], "X1 Carbon"),
                    ("huawei", ["华为MateBook", "华为电脑"], ["华为", "HUAWEI"], ["grey"], "MateBook X Pro"),
                    ("dell", ["戴尔", "Dell", "dell xps"], ["DELL", "戴尔"], ["grey", "black"], "XPS 13")]
            ko, kf = ["笔记本电脑", "电脑", "笔记本", "laptop"], ["笔记本电脑一台", "笔记本电脑"]
        else:
            opts = [("apple", ["iPad", "ipad", "苹果平板"], ["Apple", "苹果"], ["grey", "blue", "pink", "purple"], "iPad Air"),
                    ("huawei", ["华为平板", "MatePad", "华为matepad"], ["华为", "HUAWEI"], ["grey", "white"], "MatePad 11")]
            ko, kf = ["平板", "iPad", "平板电脑"], ["平板电脑一台", "平板电脑"]
        bk, bo, bf, cols, mdl = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color if color in cols else pick(cols)
        vis = take([g_stk(), [F("shell:" + x[0], x[1], x[2]) for x in [
            ("clear", ["套了透明壳", "透明保护壳"], ["外套透明保护壳", "带透明外壳"]),
            ("blue", ["蓝色保护套", "蓝色的皮套"], ["蓝色保护套", "外有蓝色保护壳"]),
            ("sleeve", ["装在灰色内胆包里", "有个内胆包"], ["装于灰色电脑内胆包", "带内胆包"])]],
            [F("dent", ["一个角有凹痕", "角上磕了一下"], ["一角有磕碰凹痕", "边角凹陷"]),
             F("pencil", ["笔吸在边上", "带着手写笔"], ["附手写笔一支", "带触控笔"])]], 1, 3, avoid)
        sn = "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(pick([10, 12])))
        ser = {"full": sn, "o": ["序列号" + sn, "SN " + sn, "S/N:" + sn.lower(), "序列号后四位" + sn[-4:]],
               "f": sn if k == "laptop" and chance(0.45) else None, "ocan": chance(0.45)}
        return rec("electronics", k, ko, kf, B(bk, bo, bf), {"o": [mdl], "f": [mdl], "fvis": chance(0.25)}, col, vis,
                   ["开机密码是公司的", "里面有没备份的报表"], ser)
    if k in ("watch", "kidwatch"):
        if k == "watch":
            opts = [("apple", ["Apple Watch", "苹果手表", "iwatch"], ["Apple", "苹果"], "Apple Watch S9"),
                    ("huawei", ["华为手表", "华为watch", "华为GT4"], ["华为", "HUAWEI"], "Watch GT 4"),
                    ("garmin", ["佳明", "Garmin", "garmin"], ["GARMIN佳明", "Garmin"], "Forerunner 265"),
                    ("xiaomi", ["小米手环", "小米手表"], ["小米", "Xiaomi"], "手环8")]
            ko, kf = ["手表", "智能手表", "运动手表"], ["智能手表一块", "手表一块"]
        else:
            opts = [("imoo", ["小天才", "小天才电话手表", "小天财"], ["小天才", "imoo小天才"], "Z9"),
                    ("huawei", ["华为儿童手表"], ["华为", "HUAWEI"], "儿童手表5X")]
            ko, kf = ["电话手表", "儿童手表", "小孩手表"], ["儿童电话手表一块", "儿童手表"]
        bk, bo, bf, mdl = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color or pick(["black", "white", "pink", "blue", "green", "orange"])
        vis = [F("strap:" + col, ["%s表带" % cw_owner(col), "表带是%s的" % cw_owner(col)], ["%s表带" % cw_finder(col), "表带为%s" % cw_finder(col)])]
        vis += take([[F("scratch:face", ["表盘有划痕", "屏幕划了"], ["表盘有划痕", "表面划痕"])],
                     [F("face:" + pick(["mickey", "photo", "number"]), ["表盘是米奇", "表盘设了照片"], ["屏幕表盘为卡通图案", "表盘为照片"])],
                     g_stk()[3:]], 0, 2, avoid)
        hid = ["绑定的是我的手机号", "手表里存了我电话"] if k == "kidwatch" else ["和我手机配对的"]
        return rec("electronics", k, ko, kf, B(bk, bo, bf), {"o": [mdl], "f": [mdl], "fvis": False}, col, vis, hid, None,
                   alt=("phone" if k == "kidwatch" else None))
    if k == "powerbank":
        opts = [("anker", ["安克", "Anker", "anker"], ["Anker安克"]), ("xiaomi", ["小米", "小米充电宝"], ["小米（MI）"]),
                ("romoss", ["罗马仕", "ROMOSS"], ["ROMOSS罗马仕"])]
        bk, bo, bf = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color or pick(["white", "black", "grey", "pink"])
        vis = take([g_stk(), [F("cable", ["自带一根线", "连着数据线"], ["附带数据线", "自带线"])],
                    [F("mag", ["磁吸的", "可以吸在手机背面"], ["磁吸式", "背面磁吸"])]], 1, 2, avoid)
        return rec("electronics", "powerbank", ["充电宝", "移动电源", "充电宝"], ["充电宝一个", "移动电源"], B(bk, bo, bf),
                   None, col, vis, ["10000毫安的"], None)
    if k == "camera":
        opts = [("sony", ["索尼", "Sony", "A7C"], ["SONY", "索尼"], "A7C II"), ("fuji", ["富士", "Fujifilm", "fuji"], ["FUJIFILM富士"], "X100VI"),
                ("canon", ["佳能", "Canon"], ["Canon佳能"], "G7X III"), ("dji", ["大疆", "DJI", "pocket3"], ["DJI大疆"], "Osmo Pocket 3")]
        bk, bo, bf, mdl = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color or pick(["black", "grey"])
        vis = take([[F("strap:" + pick(["red", "rainbow", "brown"]), ["挂了彩色背带", "有条编织背带"], ["带编织肩带", "挂彩色相机背带"])],
                    [F("lenscap", ["镜头盖丢了", "没有镜头盖"], ["无镜头盖", "镜头盖缺失"])], g_stk()], 1, 2, avoid)
        sn = "%08d" % R.randint(0, 99999999)
        ser = {"full": sn, "o": ["机身号" + sn, "序列号" + sn], "f": sn if chance(0.5) else None, "ocan": chance(0.3)}
        return rec("electronics", "camera", ["相机", "相机", "camera"], ["数码相机一台", "相机一台"], B(bk, bo, bf),
                   {"o": [mdl], "f": [mdl], "fvis": chance(0.6)}, col, vis, ["卡里有展会拍的照片"], ser)
    bk, bo, bf = ("amazon", ["Kindle", "kindle", "亚马逊电子书"], ["Kindle", "亚马逊Kindle"])
    col = color or pick(["black", "white"])
    vis = take([g_stk(), [F("kcase:" + x[0], x[1], x[2]) for x in [("red", ["红色皮套", "套了红色保护套"], ["红色保护套", "外有红色皮套"]),
                                                               ("cat", ["猫咪图案的壳", "猫猫保护套"], ["猫咪图案保护套", "卡通猫保护壳"])]]], 1, 2, avoid)
    return rec("electronics", "kindle", ["Kindle", "kindle", "电子书"], ["电子书阅读器一个", "阅读器一台"], B(bk, bo, bf), None,
               col, vis, ["里面有我的书签"], None)


# -- other
def mk_other(p, avoid=(), kind=None, brand_key="any", color=None):
    k = kind or pick(["umbrella", "umbrella", "cup", "cup", "glasses", "badge", "ctbag", "coat", "stroller", "toy"])
    if k == "badge":
        return mk_badge(p, avoid, color)
    if k == "umbrella":
        opts = [("paradise", ["天堂伞", "天堂"], ["天堂伞"]), ("beneunder", ["蕉下", "蕉下的", "Beneunder"], ["蕉下BENEUNDER"]),
                (None, None, None), (None, None, None)]
        bk, bo, bf = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color or pick(["black", "blue", "pink", "green", "yellow", "white"])
        vis = take([[F("long", ["长柄的", "长柄伞"], ["长柄伞", "直柄长伞"]), F("fold", ["折叠伞", "三折的"], ["折叠伞", "三折伞"])],
                    [F("rib:broken", ["一根伞骨断了", "伞骨坏了一根"], ["伞骨断一根", "一根伞骨折断"])],
                    [F("sleeve", ["带伞套", "有个伞套"], ["附伞套", "带伞套"])],
                    [F("print:" + pick(["dots", "cat", "check"]), ["上面有图案", "印了花纹的"], ["伞面印有图案", "伞面花纹"])]], 1, 2, avoid)
        return rec("other", "umbrella", ["雨伞", "伞", "遮阳伞"], ["雨伞一把", "伞一把"], B(bk, bo, bf) if bk else None, None,
                   col, vis, ["朋友送的"], None)
    if k == "cup":
        opts = [("zojirushi", ["象印", "象印的杯子", "ZOJIRUSHI"], ["象印ZOJIRUSHI"]), ("thermos", ["膳魔师", "THERMOS", "膳魔师的"], ["膳魔师THERMOS"]),
                ("tiger", ["虎牌", "TIGER"], ["虎牌TIGER"]), ("starbucks", ["星巴克", "星巴克的杯子", "sbux"], ["星巴克Starbucks"]),
                ("fuguang", ["富光"], ["富光"])]
        bk, bo, bf = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color or pick(["white", "black", "pink", "blue", "green", "grey", "yellow"])
        vis = take([[F("stk:" + x, ["贴了%s贴纸" % y, "杯身有%s贴纸" % y], ["杯身贴%s贴纸" % y, "有%s贴纸" % y]) for x, y in
                     [("cat", "小猫"), ("flower", "小花"), ("astro", "宇航员"), ("cinna", "玉桂狗")]],
                    [F("dent:cup", ["杯子底部有个凹", "磕瘪了一块"], ["杯底有凹痕", "杯身有磕痕"])],
                    [F("strap:cup", ["有提绳", "带了个杯套"], ["带提绳", "附杯套"])],
                    [F("name:cup:" + p["name"][-1], ["杯盖上写了个‘%s’字" % p["name"][-1], "写了我名字里的字%s" % p["name"][-1]],
                       ["杯盖手写“%s”字" % p["name"][-1], "杯身写有“%s”" % p["name"][-1]])]], 1, 2, avoid)
        return rec("other", "cup", ["保温杯", "水杯", "杯子"], ["保温杯一个", "水杯一个"], B(bk, bo, bf), None, col, vis,
                   ["里面泡着枸杞", "装的咖啡"], None)
    if k == "glasses":
        opts = [("rayban", ["雷朋", "Ray-Ban", "rayban"], ["Ray-Ban雷朋"]), ("bolon", ["暴龙", "BOLON"], ["BOLON暴龙"]),
                (None, None, None)]
        bk, bo, bf = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color or pick(["black", "brown", "gold", "grey"])
        sun = chance(0.4)
        vis = take([[F("gcase:" + x, ["装在%s眼镜盒里" % y, "眼镜盒是%s的" % y], ["装于%s眼镜盒" % y, "%s眼镜盒装" % y]) for x, y in
                     [("baodao", "宝岛眼镜的"), ("blue", "蓝色"), ("leather", "皮的")]],
                    [F("tape:leg", ["镜腿缠了胶布", "一条腿用胶带粘过"], ["一侧镜腿缠胶布", "镜腿有胶布"])],
                    [F("lens:scratch", ["左边镜片有划痕", "镜片花了"], ["左镜片有划痕", "镜片磨花"])]], 1, 2, avoid)
        return rec("other", "sunglasses" if sun else "glasses", ["墨镜", "太阳镜"] if sun else ["眼镜", "近视眼镜"],
                   ["太阳镜一副", "墨镜"] if sun else ["眼镜一副", "近视眼镜一副"], B(bk, bo, bf) if bk else None, None,
                   col, vis, ["近视六百度" if not sun else "偏光的"], None)
    if k == "ctbag":
        n = p["name"]
        vis = [F("ct:" + n, ["片子袋上写的%s" % n, "患者名字是%s" % n], ["片袋上患者姓名%s" % n, "影像袋（%s）" % n])]
        vis += take([[F("ct:mri", ["是核磁共振的片子", "MRI片子"], ["内为磁共振胶片", "MRI胶片"]), F("ct:ct", ["胸部CT", "CT片子"], ["内为CT胶片", "CT片"])],
                     [F("ct:report", ["还有诊断报告", "报告单也在里面"], ["附检查报告单", "内有报告单"])]], 1, 2, avoid)
        return rec("other", "ctbag", ["片子", "CT片", "拍的片子", "病历袋"], ["医院影像片袋一个", "片子袋"], None, None, "white", vis,
                   ["下午要拿给专家看"], None)
    if k == "coat":
        opts = [("uniqlo", ["优衣库", "uniqlo", "UNIQLO"], ["UNIQLO"]), ("arcteryx", ["始祖鸟", "鸟", "Arc'teryx"], ["ARC'TERYX始祖鸟"]),
                ("nike", ["耐克", "Nike"], ["NIKE"]), ("zara", ["ZARA", "zara"], ["ZARA"]), (None, None, None)]
        bk, bo, bf = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color or pick(["black", "grey", "blue", "brown", "green", "white"])
        vis = take([[F("pocket:" + x, ["口袋里有%s" % y, "兜里有%s" % y], ["口袋内有%s" % y, "衣兜内%s" % y]) for x, y in
                     [("tissue", "纸巾"), ("lipbalm", "润唇膏"), ("ticket", "停车小票"), ("gum", "口香糖")]],
                    [F("cuff:worn", ["袖口磨了", "袖口有点脏"], ["袖口磨损", "袖口污渍"])],
                    [F("hood", ["带帽子", "有帽子的"], ["带帽", "连帽"])]], 1, 2, avoid)
        return rec("other", "coat", ["外套", "衣服", "夹克", "风衣"], ["外套一件", "衣物（外套）一件"], B(bk, bo, bf) if bk else None,
                   None, col, vis, ["L码的"], None)
    if k == "stroller":
        opts = [("goodbaby", ["好孩子", "goodbaby"], ["好孩子gb"]), ("babyzen", ["Babyzen", "yoyo"], ["BABYZEN YOYO"])]
        bk, bo, bf = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
        col = color or pick(["grey", "black", "pink", "blue"])
        vis = take([[F("str:toy", ["挂了个摇铃", "车上挂了玩具"], ["车把挂婴儿玩具", "挂摇铃"])],
                    [F("str:blanket", ["有条小毯子", "里面有小被子"], ["内有婴儿毯一条", "小毛毯"])],
                    [F("str:bag", ["挂了个妈咪包", "把手挂了包"], ["推把挂妈咪包", "挂袋一个"])]], 1, 2, avoid)
        return rec("other", "stroller", ["婴儿车", "推车", "宝宝车"], ["婴儿推车一辆", "儿童推车"], B(bk, bo, bf), None, col, vis,
                   ["折叠的"], None)
    opts = [("lego", ["乐高", "LEGO"], ["LEGO乐高"]), ("jellycat", ["jellycat", "JELLYCAT"], ["Jellycat"]), (None, None, None)]
    bk, bo, bf = pick([o for o in opts if brand_key == "any" or o[0] == brand_key] or opts)
    col = color or pick(["brown", "pink", "white", "blue", "yellow"])
    vis = take([[F("toy:" + x, y, z) for x, y, z in [("bunny", ["一只兔子玩偶", "兔子公仔"], ["兔子玩偶", "毛绒兔子"]),
                                                     ("bear", ["小熊公仔", "泰迪熊"], ["毛绒小熊", "小熊玩偶"]),
                                                     ("dino", ["恐龙玩具", "小恐龙"], ["恐龙玩具", "恐龙造型玩偶"])]],
                [F("toy:tag", ["脚上写了名字", "有我家小孩名字"], ["玩偶脚底写有名字", "标签手写名字"])],
                [F("toy:dirty", ["有点旧了", "一只耳朵脏了"], ["较旧", "一侧耳朵有污渍"])]], 1, 2, avoid)
    return rec("other", "toy", ["玩具", "玩偶", "公仔"], ["儿童玩具一个", "毛绒玩具"], B(bk, bo, bf) if bk else None, None, col,
               vis, ["孩子天天抱着睡的"], None)


MAKERS = {"phone": mk_phone, "wallet": mk_wallet, "id_doc": mk_id, "keys": mk_keys, "ebike": mk_ebike,
          "bicycle": mk_bicycle, "bag": mk_bag, "cash": mk_cash, "jewelry": mk_jewelry, "electronics": mk_elec,
          "other": mk_other}


# ---------------------------------------------------------------- the world: places

BASE_LAT, BASE_LON = 30.5887, 114.3012


def P(pid, names, street, addr, subs, dlat, dlon, hours, owners, finders, days=None):
    return {"id": pid, "names": names, "street": street, "addr": addr, "subs": subs,
            "lat": BASE_LAT + dlat, "lon": BASE_LON + dlon, "hours": hours, "owners": owners,
            "finders": finders, "days": days}


EXPO_DAYS = (15, 19)
PLACES = [
    P("dingtai", ["鼎泰中心", "鼎泰", "鼎泰中心T1", "鼎泰大厦"], "金融大道", "江临市滨江区金融大道88号鼎泰中心T1",
      [("一楼大堂安检口", ["大堂安检那", "一楼闸机口"]), ("访客登记台", ["访客登记的地方", "前台"]),
       ("23楼茶水间", ["23楼茶水间", "公司茶水间"]), ("B2电梯厅", ["地下车库电梯口", "B2电梯那"]),
       ("一楼外卖取餐架", ["外卖架子那", "大堂外卖柜"]), ("31楼男卫生间", ["31楼厕所", "洗手间"])],
      0.0012, 0.0021, (7, 22), ["office", "office", "courier", "visitor"], ["guard", "cleaner", "propdesk"]),
    P("huijin", ["汇金大厦", "汇金", "汇金大厦B座", "汇金B座"], "金融大道", "江临市滨江区金融大道126号汇金大厦B座",
      [("B座大堂沙发区", ["大堂沙发那", "楼下大堂"]), ("17楼大会议室", ["17楼会议室", "开会的会议室"]),
       ("一楼快递柜旁", ["快递柜那边", "楼下快递柜"]), ("5楼女卫生间洗手台", ["5楼洗手间", "厕所洗手台"]),
       ("地面停车场出入口岗亭", ["停车场门口", "岗亭那"])],
      0.0031, 0.0047, (7, 22), ["office", "office", "courier"], ["guard", "cleaner", "propdesk"]),
    P("metro", ["金融城站", "金融城地铁站", "地铁金融城站", "金融城站（2/5号线换乘）"], "江汉大道", "江临地铁2号线/5号线金融城站",
      [("2号线往江临北方向站台", ["2号线站台", "地铁站台"]), ("2号线与5号线换乘通道", ["换乘通道", "换乘的那条通道"]),
       ("C口上行扶梯", ["C出口扶梯", "C口"]), ("B口安检机", ["进站安检", "安检那里"]), ("5号线列车车厢（终点站清客）", ["5号线车上", "地铁车厢里"]),
       ("站厅自助售票机旁", ["售票机那", "站厅"])],
      -0.0018, 0.0009, (6, 23), ["office", "office", "courier", "elderly", "visitor"], ["metro", "metro", "cleaner"]),
    P("hospital", ["市三院", "江临市第三人民医院", "三院", "三医院"], "解放南路", "江临市滨江区解放南路301号江临市第三人民医院",
      [("门诊楼一楼挂号大厅", ["挂号大厅", "门诊一楼"]), ("门诊二楼西药房取药窗口", ["二楼取药的地方", "药房"]),
       ("门诊楼自助缴费机旁", ["自助缴费机那", "缴费的机器旁边"]), ("医技楼CT室候诊区", ["CT室外面", "拍片的地方"]),
       ("住院部3号电梯", ["住院部电梯", "住院楼"]), ("地下停车场B1层C区", ["地下停车场", "地库"]),
       ("门诊楼前非机动车停放区", ["门诊楼门口电动车停车的地方", "门口停车区"])],
      0.0068, -0.0042, (7, 20), ["family", "family", "patient", "courier"], ["hguard", "nurse", "cleaner", "parking"]),
    P("mall", ["云汇购物中心", "云汇", "云汇广场", "云汇MALL"], "中山大道", "江临市滨江区中山大道566号云汇购物中心",
      [("B1美食广场", ["美食广场", "B1吃饭的地方"]), ("三楼女卫生间", ["3楼洗手间", "厕所"]), ("二楼优衣库试衣间", ["优衣库试衣间", "优衣库"]),
       ("四楼儿童乐园门口", ["儿童乐园", "4楼游乐场"]), ("一楼中庭服务台", ["一楼中庭", "服务台附近"]),
       ("地下停车场B2-087车位旁", ["地下车库", "停车场"]), ("一楼星巴克", ["星巴克", "楼下星巴克"])],
      -0.0041, -0.0035, (10, 22), ["shopper", "shopper", "parent", "courier", "office"], ["mallsec", "cleaner", "servicedesk"]),
    P("foodcourt", ["食集美食广场", "云汇B1美食广场", "美食广场", "食集"], "中山大道", "江临市滨江区中山大道566号云汇购物中心B1食集",
      [("12号档口前就餐区", ["吃饭的桌子", "就餐区"]), ("餐具回收台", ["收餐盘的地方", "回收台"]), ("外卖骑手取餐区", ["骑手取餐的地方", "取餐口"]),
       ("靠扶梯的长桌", ["扶梯旁边的长桌", "长桌"])],
      -0.0044, -0.0031, (10, 21), ["office", "courier", "courier", "shopper"], ["cleaner", "mallsec", "foodstaff"]),
    P("cowork", ["星座空间", "星座空间联合办公", "Stellar Space", "星座联合办公"], "金融二路", "江临市滨江区金融二路9号星座空间（金融街店）5层",
      [("电话亭2号", ["电话亭", "phone booth"]), ("开放工位区", ["工位", "open desk"]), ("茶歇区", ["pantry", "茶水区"]),
       ("会议室“猎户座”", ["猎户座会议室", "会议室"]), ("前台", ["前台", "reception"])],
      0.0022, 0.0068, (8, 23), ["office", "office", "foreign"], ["community", "cleaner"]),
    P("expo", ["江临国际会展中心", "会展中心", "国际博览中心", "Expo Center", "会展"], "会展大道", "江临市滨江区会展大道1号江临国际会展中心",
      [("3号馆C区通道", ["3号馆", "Hall 3"]), ("2号馆B218展位旁", ["2号馆B218", "booth B218"]), ("登录大厅", ["登录大厅", "registration hall"]),
       ("南广场寄存处", ["寄存处", "cloakroom"]), ("1号馆餐饮区", ["1号馆吃饭的地方", "food area Hall 1"]), ("媒体中心", ["媒体中心", "press center"])],
      -0.0102, 0.0115, (9, 18), ["visitor", "visitor", "foreign", "foreign", "exhibitor"], ["expodesk", "expoguard", "cleaner"], EXPO_DAYS),
    P("ride", ["会展中心南广场网约车上车点", "P2网约车上车点", "南广场打车点", "金融城站D口网约车点"], "会展大道",
      "会展中心南广场P2网约车上车点",
      [("网约车后排座椅", ["车上", "后座"]), ("副驾脚垫", ["车上", "副驾驶"]), ("车辆后备箱", ["后备箱", "trunk"])],
      -0.0095, 0.0101, (6, 23), ["passenger", "passenger", "foreign"], ["driver"]),
    P("hotel1", ["澜庭酒店", "澜庭", "澜庭酒店金融城店"], "金融大道", "江临市滨江区金融大道200号澜庭酒店",
      [("大堂吧", ["大堂吧", "lobby bar"]), ("12楼客房1208", ["房间里", "room"]), ("二楼早餐厅", ["早餐厅", "breakfast"]),
       ("前台行李寄存", ["前台寄存", "行李寄存"]), ("健身房", ["健身房", "gym"])],
      0.0049, 0.0082, (0, 24), ["guest", "foreign", "guest"], ["hotel", "housekeeping"]),
    P("hotel2", ["嘉悦公寓酒店", "嘉悦酒店", "嘉悦"], "会展大道", "江临市滨江区会展大道58号嘉悦公寓酒店",
      [("前台", ["前台", "front desk"]), ("电梯间", ["电梯", "elevator"]), ("8楼走廊", ["走廊", "楼道"])],
      -0.0073, 0.0093, (0, 24), ["guest", "foreign"], ["hotel", "housekeeping"]),
    P("park", ["滨江公园", "江滩公园", "滨江公园跑道", "江边公园"], "沿江大道", "江临市滨江区沿江大道滨江公园",
      [("3公里标志牌附近跑道", ["跑道3公里那", "跑道上"]), ("篮球场看台", ["篮球场", "球场边"]), ("江边长椅", ["江边椅子", "长椅"]),
       ("直饮水点", ["喝水的地方", "直饮水"]), ("儿童游乐区", ["滑梯那", "小孩玩的地方"]), ("北门公共卫生间", ["北门厕所", "公厕"]),
       ("共享单车停放点", ["单车停放点", "门口停车的地方"])],
      0.0121, -0.0086, (5, 22), ["runner", "runner", "elderly", "parent"], ["runner", "parkstaff", "cleaner"]),
]
PLACE_BY_ID = {p["id"]: p for p in PLACES}

# where bikes and e-bikes stand (owner's word, finder's word)
BIKE_SUBS = {
    "dingtai": [("B2非机动车停车区", ["地下车库电动车区", "楼下停车的地方"]), ("西侧外卖骑手停车点", ["西门外卖车停的地方", "西门口"])],
    "huijin": [("地面停车场非机动车棚", ["停车棚", "车棚"]), ("B座东门人行道", ["东门门口", "门口人行道"])],
    "metro": [("C口非机动车停放点", ["C口", "地铁C口停车的地方"]), ("D口共享单车停放区", ["D口", "D口外面"])],
    "hospital": [("门诊楼前非机动车停放区", ["门诊楼门口", "门口停车区"]), ("急诊楼后侧车棚", ["急诊后面车棚", "急诊那边"])],
    "foodcourt": [("云汇北门外卖骑手停车区", ["云汇北门", "北门骑手停车那"])],
    "mall": [("北门非机动车停车场", ["商场北门", "北门停车场"]), ("地下停车场B2非机动车区", ["商场地库", "B2"])],
    "park": [("共享单车停放点", ["单车停放点", "门口停车的地方"]), ("北门入口", ["北门", "公园北门"]), ("3公里标志牌附近跑道旁", ["跑道旁边", "3公里那"])],
    "cowork": [("楼下非机动车位", ["楼下", "写字楼门口"])],
}


def subs_for(pl, cat):
    if cat in ("ebike", "bicycle") and pl["id"] in BIKE_SUBS:
        return BIKE_SUBS[pl["id"]]
    return pl["subs"]

# which categories turn up where (weights by repetition)
CAT_PLACES = {
    "phone": ["dingtai", "huijin", "metro", "metro", "mall", "foodcourt", "ride", "ride", "expo", "park", "hospital", "hotel1"],
    "wallet": ["metro", "mall", "foodcourt", "hospital", "dingtai", "ride", "hotel2", "park", "expo"],
    "id_doc": ["hospital", "hospital", "metro", "dingtai", "hotel1", "hotel2", "expo", "ride", "mall"],
    "keys": ["dingtai", "huijin", "park", "mall", "metro", "hospital", "cowork", "foodcourt"],
    "ebike": ["hospital", "huijin", "dingtai", "foodcourt", "metro", "park"],
    "bicycle": ["park", "park", "metro", "huijin", "cowork", "mall"],
    "bag": ["metro", "expo", "expo", "cowork", "hotel1", "ride", "hospital", "mall", "foodcourt", "dingtai"],
    "cash": ["hospital", "hospital", "metro", "mall", "foodcourt", "ride", "huijin"],
    "jewelry": ["mall", "hotel1", "hotel2", "park", "hospital", "dingtai", "metro"],
    "electronics": ["metro", "cowork", "cowork", "expo", "park", "ride", "foodcourt", "dingtai", "hotel1", "mall"],
    "other": ["metro", "hospital", "dingtai", "mall", "park", "cowork", "foodcourt", "expo", "huijin"],
}
CAT_COUNTS = [("phone", 30), ("wallet", 22), ("id_doc", 24), ("keys", 18), ("bag", 26), ("electronics", 26),
              ("cash", 12), ("jewelry", 14), ("ebike", 10), ("bicycle", 10), ("other", 18)]


def jitter(lat, lon, metres):
    return (round(lat + R.uniform(-1, 1) * metres / 111000.0, 6), round(lon + R.uniform(-1, 1) * metres / 96000.0, 6))


# ---------------------------------------------------------------- time

def dt(m):
    return NOW - datetime.timedelta(minutes=m)


def mins(t):
    return int((NOW - t).total_seconds() // 60)


def pick_moment(place, day_lo=0, day_hi=100):
    lo, hi = day_lo, day_hi
    if place["days"]:
        lo, hi = place["days"]
    for _ in range(100):
        d = R.randint(lo, hi)
        h0, h1 = place["hours"]
        h = R.randint(h0, h1 - 1)
        t = datetime.datetime(NOW.year, NOW.month, NOW.day, h, R.randint(0, 59)) - datetime.timedelta(days=d)
        if t < NOW - datetime.timedelta(minutes=20):
            return t
    return NOW - datetime.timedelta(hours=3)


CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def hour_word(t, cn=False):
    h = t.hour
    if h < 5:
        per = "凌晨"
    elif h < 9:
        per = "早上"
    elif h < 12:
        per = "上午"
    elif h < 13:
        per = "中午"
    elif h < 18:
        per = "下午"
    else:
        per = "晚上"
    h12 = h if h <= 12 else h - 12
    hs = CN_NUM[h12] if cn else str(h12)
    tail = "半" if 25 <= t.minute < 45 else ("多" if t.minute >= 45 else "")
    if t.minute >= 45:
        tail = "快" if False else "多"
    return per + hs + "点" + tail


def day_word(t, ref):
    diff = (ref.date() - t.date()).days
    if diff == 0:
        return pick(["今天", "今天"])
    if diff == 1:
        return pick(["昨天", "昨天"])
    if diff == 2:
        return "前天"
    return pick(["%d月%d日" % (t.month, t.day), "%d月%d号" % (t.month, t.day), "%d.%d" % (t.month, t.day)])


def owner_when(lf, lt, voice, ref):
    a, b = dt(lf), dt(lt)
    if voice == "foreign":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][a.month - 1]
        if lf - lt <= 90:
            return "on %s %d around %d:%02d" % (mon, a.day, a.hour, a.minute // 10 * 10)
        return "%s %d between %d:00 and %d:00" % (mon, a.day, a.hour, b.hour + 1) if a.date() == b.date() else \
            "%s %d–%d" % (mon, a.day, b.day)
    cn = voice in ("voice", "elderly")
    if lf - lt <= 60:
        return day_word(a, ref) + hour_word(a, cn) + pick(["左右", "的时候", "前后", ""])
    if a.date() == b.date():
        ha, hb = hour_word(a, cn), hour_word(b, cn)
        if ha[:2] == hb[:2]:
            hb = hb[2:]
        return day_word(a, ref) + ha + pick(["到", "至", "到"]) + hb + "之间"
    return day_word(a, ref) + hour_word(a, cn) + "到" + day_word(b, ref) + hour_word(b, cn) + pick(["之间", "这段时间", ""])


def finder_when(fm, style, ref):
    t = dt(fm)
    if style == "formal":
        return pick(["%d年%d月%d日%d时%d分" % (t.year, t.month, t.day, t.hour, t.minute),
                     "%04d-%02d-%02d %02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
                     "%d月%d日%02d:%02d" % (t.month, t.day, t.hour, t.minute)])
    return day_word(t, ref) + hour_word(t, style == "voice")


# ---------------------------------------------------------------- writing the owner's report

def brand_o(r, foreign=False):
    b = r["brand"]
    if not b:
        return ""
    if foreign:
        asc = [x for x in b["o"] + b["f"] if all(ord(c) < 128 for c in x)]
        if asc:
            return pick(asc)
    return pick(b["o"])


def model_o(r):
    m = r["model"]
    return pick(m["o"]) if m else ""


EN_KIND = {"phone": "phone", "wallet:long": "wallet", "wallet:short": "wallet", "wallet:cardholder": "card holder",
           "idcard": "ID card", "passport": "passport", "fpassport": "passport", "keyring": "keys", "carkey": "car key",
           "earbuds": "earbuds", "headphones": "headphones", "laptop": "laptop", "tablet": "tablet", "watch": "watch",
           "kidwatch": "kids watch", "powerbank": "power bank", "camera": "camera", "kindle": "Kindle", "umbrella": "umbrella",
           "cup": "water bottle", "glasses": "glasses", "sunglasses": "sunglasses", "badge": "badge", "coat": "jacket",
           "stroller": "stroller", "toy": "toy", "ctbag": "X-ray films", "jewel:bangle": "bangle", "jewel:necklace": "necklace",
           "jewel:silverchain": "necklace", "jewel:ring": "ring", "jewel:bracelet": "bracelet", "jewel:jade": "jade bangle",
           "jewel:earring": "earring", "jewel:pearl": "pearl necklace", "bag:backpack": "backpack", "bag:handbag": "handbag",
           "bag:crossbody": "shoulder bag", "bag:tote": "tote bag", "bag:suitcase": "suitcase", "bag:waist": "waist bag"}


def item_owner(r, voice, say_brand=True, say_model=True, say_color=True):
    c = cw_owner(r["color"], voice == "foreign") if (r["color"] and say_color) else ""
    b = brand_o(r, voice == "foreign") if say_brand else ""
    m = model_o(r) if (say_model and b) else ""
    k = pick(r["ko"])
    if r["color"] and any(w[:1] in k for w in COLORS[r["color"]][0] + COLORS[r["color"]][1]):
        c = ""
    if r["kind"] == "keyring":
        c = ""
    if c.endswith("的"):
        c = c[:-1] + ("" if c[:-1].endswith("色") else "色")
    if b and m and (m.lower() in b.lower() or b.lower() in m.lower()):
        b, m = (b, "") if len(b) >= len(m) else (m, "")
    if voice == "foreign":
        k = EN_KIND.get(r["kind"], k) if chance(0.7) else k
        parts = [x for x in [c, b, m, k] if x]
        return " ".join(parts)
    if r["cat"] == "phone" and b and b in ("iPhone", "iphone") and m:
        return c + b + m + ("" if chance(0.5) else "手机")
    if b and m:
        sep = pick(["", " "])
        return c + ("的" if c and chance(0.3) else "") + b + sep + m + ("" if k.startswith(b) else k if chance(0.6) else "")
    if b:
        return c + ("的" if c and chance(0.3) else "") + b + ("" if k in b else k)
    return c + ("的" if c and chance(0.4) else "") + k


def place_owner(pl, sub, voice):
    nm = pick(pl["names"])
    vague = pick(sub[1])
    forms = ["%s%s" % (nm, vague), "%s那边" % nm, "%s附近" % nm, "在%s，%s" % (nm, vague) if voice != "voice" else "%s %s" % (nm, vague),
             "%s%s一带" % (pl["street"], pick(["", "这边"]))]
    if pl["id"] == "ride":
        forms = ["在%s上的车" % nm, "从%s打的车" % nm, "坐网约车的时候（%s上车）" % nm]
    if voice == "foreign":
        forms = ["at %s (%s)" % (nm, vague), "near %s" % nm, "in %s, %s" % (nm, vague)]
    return pick(forms)


def serial_value(t):
    m = re.search(r"[0-9A-Za-z][0-9A-Za-z*·\- ]*$", t)
    return m.group(0).strip() if m else t


def contact(p, voice):
    if voice == "foreign":
        return pick(["Please contact me: %s" % p["phone"], "my number %s, WeChat same" % p["phone"], "call %s thanks!!" % p["phone"]])
    ph = p["phone"]
    return pick(["联系电话%s" % ph, "电话%s" % ph, "我电话%s" % ph, "有消息请打%s" % ph, "电话 %s（微信同号）" % ph, ""])


INTRO = {
    "office": ["【寻物】", "各位同事，", "急！", "大家好～", "求助：", "有没有人看到", ""],
    "courier": ["我是送外卖的", "骑手", "我是跑美团的", "我是送快递的", ""],
    "visitor": ["你好，", "您好，", ""], "elderly": ["同志你好", "我想问一下", "麻烦帮我找一下", ""],
    "family": ["您好，", "你好，麻烦问一下，", "警官您好，"], "patient": ["你好", "您好，"],
    "shopper": ["求助！", "姐妹们", "你好，", ""], "parent": ["你好，", "家长求助，", ""],
    "passenger": ["你好，", "打车丢东西了，", ""], "guest": ["您好，", "你好，我是住店客人，"],
    "runner": ["跑友们帮忙留意下，", "晨跑的时候", ""], "exhibitor": ["我是参展商，", "展商求助："],
}
CLOSE = {
    "office": ["有捡到的麻烦dd我🙏", "谢谢大家！", "万分感谢", "拜托拜托🙏🙏", "thx"],
    "courier": ["麻烦帮忙找一下", "谢谢", "急用"], "visitor": ["谢谢", "麻烦了"], "elderly": ["谢谢你们了", "麻烦了"],
    "family": ["非常感谢！", "着急，麻烦尽快联系", "谢谢您"], "patient": ["谢谢"], "shopper": ["求好心人", "谢谢！！"],
    "parent": ["孩子一直哭着要", "谢谢"], "passenger": ["谢谢", "司机师傅看到了请联系"], "guest": ["谢谢", "Thanks"],
    "runner": ["感谢", "谢谢跑友"], "exhibitor": ["谢谢", "展会期间急用"],
}


def fact_o(f):
    return pick(f["o"])


def write_lost(r, p, pl, sub, lf, lt, role, rushed=False):
    """the owner's report from the truth record r; returns dict without key/truth"""
    foreign = p.get("foreign", False)
    if foreign:
        voice = "foreign"
    elif role in ("courier", "passenger") and chance(0.7):
        voice = "voice"
    elif role == "elderly":
        voice = pick(["elderly", "desk"])
    elif role in ("family", "patient"):
        voice = pick(["family", "desk", "voice"])
    else:
        voice = pick(["chat", "chat", "app", "desk", "voice"])
    if rushed:
        voice = pick(["plain", "plain", voice])
    ref = dt(max(0, lt - pick([R.randint(5, 300), R.randint(5, 300), R.randint(600, 4000)])))
    out = {}
    say_brand = r["brand"] is not None and (rushed is False) and chance(0.8)
    say_model = say_brand and chance(0.6)
    say_color = r["color"] is not None and chance(0.9 if not rushed else 0.95)
    item = item_owner(r, voice, say_brand, say_model, say_color)
    facts = []
    if not rushed and r["vis"]:
        n = R.randint(1, len(r["vis"]))
        facts = R.sample(r["vis"], n)
    hid = [h for h in r["hid"] if chance(0.35)]
    ser = r["serial"]
    sertxt = pick(ser["o"]) if (ser and ser["ocan"] and not rushed) else ""
    when = owner_when(lf, lt, "foreign" if foreign else voice, ref)
    where = place_owner(pl, sub, voice)
    ftexts = [fact_o(f) for f in facts]
    if pl["id"] == "ride" and voice not in ("voice", "foreign", "plain"):
        where = "网约车上（%s）" % where
    if voice == "plain":
        parts = [x for x in [item, where, when if chance(0.5) else "", "丢了" if chance(0.5) else "遗失"] if x]
        body = pick([" ", "，", " "]).join(parts)
    elif voice == "voice":
        lead = pick(INTRO.get(role, [""]))
        body = " ".join(x for x in [lead, "那个" if chance(0.4) else "", when, "在" + where if not where.startswith(("在", "从", "坐")) else where,
                                     pick(["把" + item + pick(["弄丢了", "丢了", "落下了", "搞丢了"]),
                                           "我的" + item + pick(["丢了", "掉了", "不见了"]), item + pick(["丢了", "不见了"])]),
                                     "就是" + " ".join(ftexts) if ftexts else "", " ".join(hid), sertxt,
                                     pick(["麻烦帮我找一下", "谢谢啊", "捡到的打我电话", ""]), contact(p, "voice")] if x)
        body = body.replace("，", " ").replace("。", " ")
    elif voice == "foreign":
        eng_item = item
        body = "%s I lost my %s %s %s. %s%s%s %s" % (
            pick(["Hi,", "Hello,", "你好 hello,", "Sorry, my Chinese is not good."]), eng_item, where, when,
            ("It has: " + "; ".join(ftexts) + ". ") if ftexts else "",
            (sertxt + ". ") if sertxt else "", pick(["I am here for the expo. ", "Staying at 澜庭酒店. ", "", "I fly back soon. "]),
            contact(p, "foreign"))
    elif voice == "desk":
        nm = p["name"] if not foreign else p["name"]
        body = "报失人%s称，其于%s在%s遗失%s。%s%s%s" % (
            nm if (chance(0.5) or foreign) else mask_name(nm), when,
            where.replace("在", ""), item, ("特征：" + "，".join(ftexts) + "。") if ftexts else "",
            (sertxt + "。") if sertxt else "", ("另称" + "，".join(hid) + "。") if hid else "")
    elif voice == "elderly":
        body = "%s%s我在%s把%s搞丢了，%s%s%s" % (pick(INTRO["elderly"]), when, where.replace("在", ""), item,
                                           ("，".join(ftexts) + "，") if ftexts else "", (sertxt + "，") if sertxt else "",
                                           pick(["我不会用手机，是我儿子帮我登记的", "谢谢你们了", "麻烦了"]))
    elif voice == "family":
        who = pick(["我妈", "我爸", "我婆婆", "我老公", "家里老人", "我"])
        body = "%s%s%s在%s把%s弄丢了。%s%s%s%s" % (
            pick(INTRO["family"]), who, when, where.replace("在", ""), item,
            ("东西是这样的：" + "，".join(ftexts) + "。") if ftexts else "", (sertxt + "。") if sertxt else "",
            ("，".join(hid) + "。") if hid else "", pick(CLOSE["family"]) + " " + contact(p, "chat"))
    else:  # chat / app
        lead = pick(INTRO.get(role, [""]))
        body = "%s%s在%s丢了%s%s%s%s%s %s" % (
            lead, when, where.replace("在", "", 1), pick(["一个", "", "我的"]), item,
            ("，" + "，".join(ftexts)) if ftexts else "", ("，" + sertxt) if sertxt else "",
            ("，" + "，".join(hid)) if hid else "", pick(CLOSE.get(role, ["谢谢"])) + " " + contact(p, "chat"))
    body = " ".join(body.split())
    out["body"] = body[:600]
    out["_facts"] = facts
    # structured fields as that person's form would have them
    if voice in ("app", "desk", "foreign") or (voice == "chat" and chance(0.2)):
        if r["color"] and say_color and chance(0.8):
            out["color"] = cw_owner(r["color"])
        if say_brand and chance(0.85):
            out["brand"] = pick(r["brand"]["o"])
        if say_model and chance(0.7):
            out["model"] = model_o(r)
        if sertxt and voice == "desk" and chance(0.8):
            out["serial"] = ser["full"] if chance(0.5) else serial_value(sertxt)
        if ftexts and voice in ("desk", "app") and chance(0.6):
            out["marks"] = "；".join(ftexts)[:500]
        if chance(0.5):
            out["address"] = pick([pl["names"][0], pl["names"][0] + pick(sub[1]), pl["street"] + "附近"])[:60]
        if voice == "app" and chance(0.6):
            la, lo = jitter(pl["lat"], pl["lon"], R.choice([150, 300, 600]))
            out["lat"], out["lon"] = la, lo
    return out


# ---------------------------------------------------------------- writing the finder's registration

FINDER_LEAD = {
    "guard": ["大堂保安巡查时", "保安%s巡逻时", "安保部值班保安"], "cleaner": ["保洁阿姨", "保洁员%s", "保洁"],
    "propdesk": ["物业前台收到", "物业服务中心登记：", "前台"], "metro": ["站务员%s", "值班站长", "站务员巡视时", "列车终点清客时站务员"],
    "hguard": ["医院保卫科", "门诊保安", "保卫科值班人员"], "nurse": ["药房工作人员", "导诊台护士", "护士站"],
    "parking": ["停车场管理员", "地库巡查员"], "mallsec": ["商场安保", "云汇安保部", "商场保安%s"],
    "servicedesk": ["云汇服务台", "商场服务台"], "foodstaff": ["档口员工", "美食广场工作人员"], "community": ["社区经理", "星座空间前台"],
    "expodesk": ["展会服务台", "会展中心失物招领处", "博览会志愿者"], "expoguard": ["展馆保安", "会展中心安保%s"], "driver": ["网约车司机", "滴滴司机", "我是开网约车的"],
    "hotel": ["前台", "酒店前台", "值班经理"], "housekeeping": ["客房服务员", "客房部", "楼层阿姨"],
    "runner": ["跑步的时候", "晨跑路过", "市民"], "parkstaff": ["公园管理处", "公园保安", "园林工人"],
}


def item_finder(r, say_brand, say_model):
    c = cw_finder(r["color"]) if r["color"] else ""
    b = pick(r["brand"]["f"]) if say_brand else ""
    m = pick(r["model"]["f"]) if say_model else ""
    if b and m and (m.lower() in b.lower() or b.lower() in m.lower()):
        b, m = (b, "") if len(b) >= len(m) else (m, "")
    k = pick(r["kf"])
    if r["kind"] == "keyring" or (r["color"] and any(w[:2] in k for w in COLORS[r["color"]][1])):
        c = ""
    s = c + b + (" " + m if m else "") + k
    return s


def write_found(r, pl, sub, fm, role, must=None, force_style=None):
    """the finder's registration; must = facts the finder text must contain (at least one)"""
    style = force_style or pick(["formal", "formal", "plain", "voice"] if role not in ("driver", "runner", "cleaner") else ["voice", "plain", "voice"])
    ref = dt(max(0, fm - R.randint(0, 240)))
    vis = list(r["vis"])
    seen = []
    for f in vis:
        if must and f in must:
            continue
        if chance(0.6) or f["k"].startswith(("name:", "fname:", "badge:")):
            seen.append(f)
    if must:
        keep = [f for f in must]
        seen = keep[:R.randint(1, len(keep))] + seen
        if not seen:
            seen = keep[:1]
    elif vis and not seen:
        seen = [pick(vis)]
    say_brand = r["brand"] is not None and chance(0.8)
    say_model = say_brand and r["model"] is not None and r["model"].get("fvis")
    item = item_finder(r, say_brand, say_model)
    ftxt = [pick(f["f"]) for f in seen]
    ser = r["serial"]
    stxt = ""
    if ser and ser["f"] and chance(0.85):
        lab = {"phone": "IMEI", "id_doc": "证件号", "ebike": "车牌", "bicycle": "车架号", "electronics": "序列号",
               "other": "编号"}.get(r["cat"], "编号")
        stxt = "%s%s" % (lab, ser["f"])
    when = finder_when(fm, style, ref)
    lead = pick(FINDER_LEAD.get(role, ["市民"]))
    if "%s" in lead:
        lead = lead % pick(["小" + pick(SURN), pick(SURN) + "师傅", ""])
    loc = sub[0]
    pname = pick(pl["names"][:2])
    hand = {"guard": "已交物业前台保管", "cleaner": "已交服务台", "propdesk": "暂存物业前台", "metro": "已登记，暂存金融城站车控室",
            "hguard": "存放于保卫科", "nurse": "交门诊服务台", "parking": "已交保卫科", "mallsec": "存一楼服务台",
            "servicedesk": "存服务台", "foodstaff": "交美食广场管理处", "community": "放前台失物柜", "expodesk": "存会展中心服务台", "expoguard": "交展会服务台",
            "driver": "东西在我车上，可以约地方给", "hotel": "存前台", "housekeeping": "已交前台", "runner": "交到公园管理处了",
            "parkstaff": "存公园管理处"}.get(role, "已交派出所")
    if style == "formal":
        body = "%s于%s在%s%s拾得%s，%s%s。%s" % (lead, when, pname, loc, item, "，".join(ftxt) if ftxt else "无明显特征",
                                          ("，" + stxt) if stxt else "", hand)
    elif style == "voice":
        body = " ".join(x for x in [lead, when, "在" + pname + loc, pick(["捡到", "发现", "看到有人落了"]) + item,
                                     " ".join(ftxt), stxt, hand] if x)
        body = body.replace("，", " ").replace("。", " ")
    else:
        body = "%s %s %s%s %s%s %s" % (item, when, pname, loc, "；".join(ftxt), ("；" + stxt) if stxt else "", hand)
    if role == "driver":
        body = body.replace(pname + loc, pick(["车上" + loc.replace("网约车", ""), loc])) + pick(["", "（乘客在%s上车）" % pl["names"][0]])
    body = " ".join(body.split())
    out = {"body": body[:600]}
    form = style == "formal" or chance(0.3)
    if form:
        if r["color"] and chance(0.85):
            out["color"] = cw_finder(r["color"])
        if say_brand and chance(0.85):
            out["brand"] = pick(r["brand"]["f"])
        if say_model and chance(0.7):
            out["model"] = pick(r["model"]["f"])
        if stxt and chance(0.8):
            out["serial"] = ser["f"]
        if ftxt and chance(0.7):
            out["marks"] = "；".join(ftxt)[:500]
        if chance(0.8):
            out["address"] = (pl["addr"] + (" " + sub[0] if len(pl["addr"] + sub[0]) < 60 else ""))[:60] if role != "driver" else \
                "网约车（接单地%s）" % pl["names"][0]
        if chance(0.55) and role != "driver":
            la, lo = jitter(pl["lat"], pl["lon"], 40)
            out["lat"], out["lon"] = la, lo
    return out


# ---------------------------------------------------------------- building the set

def make_person_for(cat, pl, role):
    foreign = role == "foreign" or (role in ("visitor", "guest", "passenger") and pl["id"] in ("expo", "ride", "hotel1", "hotel2")
                                      and chance(0.35))
    if cat in ("ebike",) or role == "courier":
        foreign = False
    return person(foreign)


def draw_true_record(cat, p, pl):
    if cat == "id_doc":
        if p.get("foreign"):
            return mk_id(p)
        if pl["id"] in ("dingtai", "huijin", "cowork") and chance(0.5):
            b = mk_badge(p)
            b["cat"] = "id_doc"
            b["alt"] = "other"
            return b
        return mk_id(p)
    if cat == "other" and pl["id"] == "hospital" and chance(0.6):
        return mk_other(p, kind="ctbag")
    if cat == "electronics" and pl["id"] in ("park", "mall") and chance(0.4):
        return mk_elec(p, kind="kidwatch" if chance(0.5) else "watch")
    return MAKERS[cat](p)


def owner_role(pl, p):
    if p.get("foreign"):
        return "foreign"
    roles = [x for x in pl["owners"] if x != "foreign"]
    return pick(roles)


def true_found_time(lf, lt, pl):
    loss = R.randint(lt, lf)
    delay = pick([R.randint(3, 60), R.randint(10, 240), R.randint(60, 1440), R.randint(240, 4320), R.randint(20, 180)])
    fm = max(0, loss - delay)
    t = dt(fm)
    if t.hour < 6 and pl["id"] not in ("hotel1", "hotel2", "ride"):
        t2 = t.replace(hour=6, minute=R.randint(0, 50))
        if mins(t2) >= 0:
            fm = mins(t2)
    return min(fm, lf)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lost, found = [], []
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    cats = shuffled(cats)
    # 150 true, 60 never found
    truth_flags = [True] * 150 + [False] * 60
    truth_flags = shuffled(truth_flags)
    cross_used = 0
    reports = []  # (lost dict, record, place, sub, person, found-or-None)
    for i, cat in enumerate(cats):
        pl = PLACE_BY_ID[pick(CAT_PLACES[cat])]
        role = pick(pl["owners"])
        p = make_person_for(cat, pl, role)
        if role == "foreign" and not p.get("foreign"):
            role = pick([x for x in pl["owners"] if x != "foreign"])
        if p.get("foreign"):
            role = "foreign"
        r = draw_true_record(cat, p, pl)
        sub = pick(subs_for(pl, cat))
        t_to = pick_moment(pl)
        width = pick([10, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880])
        lt = mins(t_to)
        lf = min(lt + width, 150000)
        has_truth = truth_flags[i]
        rushed = (not has_truth) and chance(0.35)
        L = write_lost(r, p, pl, sub, lf, lt, role, rushed)
        if not has_truth:
            del L["_facts"]
        L["category"] = r["cat"]
        L["lost_from_min"], L["lost_to_min"] = lf, lt
        Fd = None
        if has_truth:
            fm = true_found_time(lf, lt, pl)
            fsub = sub if chance(0.55) else pick(subs_for(pl, cat))
            frole = pick(pl["finders"])
            owner_facts = L["_facts"]
            assert owner_facts, "a true owner states at least one visible fact"
            Fd = write_found(r, pl, fsub, fm, frole, must=owner_facts)
            Fd["category"] = r["cat"]
            if r["alt"] and cross_used < 4 and chance(0.5):
                Fd["category"] = r["alt"]
                cross_used += 1
            Fd["found_at_min"] = fm
        reports.append({"L": L, "r": r, "pl": pl, "sub": sub, "p": p, "F": Fd})

    negatives = []

    def near_time(rep, after=True):
        L = rep["L"]
        lf, lt = L["lost_from_min"], L["lost_to_min"]
        fm = R.randint(max(0, lt - 1440), lf)
        return max(0, fm)

    never = [x for x in reports if x["F"] is None]
    trues = [x for x in reports if x["F"] is not None]

    def clone_like(rep, mode):
        r = rep["r"]
        cat = r["cat"]
        p2 = person(rep["p"].get("foreign", False) and (cat == "id_doc" or chance(0.5)))
        avoid = [f["k"] for f in r["vis"]]
        bkey = r["brand"]["key"] if r["brand"] else "any"
        if mode == "twin":
            if cat == "phone":
                return mk_phone(p2, avoid, r["brand"]["key"], r["color"], r["model"]["ix"])
            if cat == "id_doc":
                if r["kind"] == "badge":
                    return mk_badge(p2, avoid, r["color"])
                return mk_id(p2, avoid, kind=r["kind"], color=r["color"])
            if cat == "wallet":
                return mk_wallet(p2, avoid, bkey if r["brand"] else None, r["color"], ["long", "short", "cardholder"].index(r["kind"].split(":")[1]))
            if cat == "keys":
                return mk_keys(p2, avoid, bkey, r["color"], "car" if r["kind"] == "carkey" else "ring")
            if cat == "ebike":
                return mk_ebike(p2, avoid, bkey, r["color"])
            if cat == "bicycle":
                return mk_bicycle(p2, avoid, bkey, r["color"])
            if cat == "bag":
                return mk_bag(p2, avoid, bkey if r["brand"] else None, r["color"], r["kind"].split(":")[1])
            if cat == "cash":
                return mk_cash(p2, avoid)
            if cat == "jewelry":
                return mk_jewelry(p2, avoid, bkey if r["brand"] else None, r["color"], r["kind"].split(":")[1])
            if cat == "electronics":
                return mk_elec(p2, avoid, r["kind"], bkey, r["color"])
            return mk_other(p2, avoid, r["kind"] if r["kind"] not in ("sunglasses",) else "glasses", bkey, r["color"])
        # decoy: same category, same colour family, another brand or kind
        rb = r["brand"]["key"] if r["brand"] else None
        d = None
        for _ in range(60):
            if cat == "id_doc":
                d = mk_id(p2) if (chance(0.6) or p2.get("foreign")) else mk_badge(p2)
                d["cat"] = "id_doc"
            elif cat == "cash":
                d = mk_cash(p2, avoid)
            else:
                d = MAKERS[cat](p2, avoid, color=r["color"])
            db = d["brand"]["key"] if d["brand"] else None
            if d["kind"] == r["kind"] and db == rb:
                continue
            if cat == "id_doc" and d["kind"] == r["kind"]:
                continue
            if r["color"] is None or d["color"] is None or d["color"] == r["color"]:
                return d
        return d

    def add_neg(label, rep, d, pl, fm):
        t = dt(fm)
        if t.hour < 6 and pl["id"] not in ("hotel1", "hotel2", "ride"):
            fm2 = fm - (6 - t.hour) * 60 - R.randint(0, 40)
            if fm2 >= 0 and (label != "before_loss" or fm2 > rep["L"]["lost_from_min"]):
                fm = fm2
        sub = pick(subs_for(pl, d["cat"]))
        role = pick(pl["finders"])
        Fd = write_found(d, pl, sub, fm, role)
        Fd["category"] = d["cat"] if d["cat"] == rep["r"]["cat"] or label == "unclaimed" else rep["r"]["cat"]
        Fd["found_at_min"] = fm
        Fd["negative"] = label
        negatives.append(Fd)

    def anchors(pool_never, pool_true, n_never, n_true, need=None):
        a = [x for x in shuffled(pool_never) if need is None or need(x)][:n_never]
        b = [x for x in shuffled(pool_true) if need is None or need(x)][:n_true]
        out = a + b
        while len(out) < n_never + n_true:
            out.append(pick(a + b))
        return out

    for rep in anchors(never, trues, 24, 11):
        add_neg("twin", rep, clone_like(rep, "twin"), rep["pl"], near_time(rep))
    for rep in anchors(never, trues, 26, 14):
        add_neg("decoy", rep, clone_like(rep, "decoy"), rep["pl"], near_time(rep))
    for rep in anchors(never, trues, 10, 10):
        lf = rep["L"]["lost_from_min"]
        fm = min(MAXMIN, lf + pick([R.randint(30, 240), R.randint(240, 1440), R.randint(1440, 14400)]))
        d = clone_like(rep, "twin") if chance(0.6) else MAKERS[rep["r"]["cat"]](person()) if rep["r"]["cat"] != "id_doc" else mk_id(person())
        if rep["r"]["cat"] == "id_doc":
            d["cat"] = "id_doc"
        add_neg("before_loss", rep, d, rep["pl"], fm)
    branded = lambda x: x["r"]["brand"] is not None and x["r"]["brand"]["key"] not in ("expo",)
    for rep in anchors(never, trues, 8, 12, branded):
        r = rep["r"]
        others = [q for q in PLACES if q["id"] != rep["pl"]["id"] and r["cat"] in [c for c, ps in CAT_PLACES.items() if q["id"] in ps] and q["days"] is None]
        pl2 = pick(others)
        lf, lt = rep["L"]["lost_from_min"], rep["L"]["lost_to_min"]
        for _ in range(50):
            fm = R.randint(0, 150000)
            if fm > lf + 4320 or fm < lt - 4320:
                break
        p2 = person()
        bk = r["brand"]["key"]
        cat = r["cat"]
        if cat in ("phone",):
            d = mk_phone(p2, brand_key=bk)
        elif cat in ("wallet", "keys", "ebike", "bicycle", "bag", "jewelry"):
            d = MAKERS[cat](p2, brand_key=bk)
        elif cat == "electronics":
            d = mk_elec(p2, kind=r["kind"], brand_key=bk)
        else:
            d = mk_other(p2, kind=r["kind"] if r["kind"] != "sunglasses" else "glasses", brand_key=bk)
        if d["brand"] is None or d["brand"]["key"] != bk:
            d["brand"] = r["brand"]
        add_neg("brand_elsewhere", rep, d, pl2, fm)
    for _ in range(35):
        cat = pick([c for c, n in CAT_COUNTS for _ in range(n)])
        pl = PLACE_BY_ID[pick(CAT_PLACES[cat])]
        p2 = person(chance(0.1))
        d = draw_true_record(cat, p2, pl)
        d["cat"] = cat
        t = pick_moment(pl, 0, 110)
        fake = {"r": d, "L": {}, "pl": pl}
        add_neg("unclaimed", fake, d, pl, mins(t))

    # keys, ordering
    lost_items = shuffled(reports)
    found_items = shuffled([x["F"] for x in reports if x["F"] is not None] + negatives)
    for i, Fd in enumerate(found_items):
        Fd["key"] = "R-F%04d" % (i + 1)
    for i, rep in enumerate(lost_items):
        rep["L"]["key"] = "R-L%04d" % (i + 1)
        rep["L"]["truth"] = rep["F"]["key"] if rep["F"] is not None else None

    order_f = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "negative"]
    order_l = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address",
               "lat", "lon", "truth"]
    fo = [{k: Fd[k] for k in order_f if k in Fd} for Fd in found_items]
    lo = [{k: rep["L"][k] for k in order_l if k in rep["L"]} for rep in lost_items]
    for x in fo + lo:
        for k in ("color", "brand", "model", "serial", "address"):
            if k in x:
                x[k] = x[k][:60]
                if not x[k]:
                    del x[k]
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set18.py", "parts": {"set18": {"found": fo, "lost": lo}}}
    with open(os.path.join(here, "set18.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("set18.json: %d found (%d negatives), %d lost (%d with truth)" % (
        len(fo), len(negatives), len(lo), sum(1 for x in lo if x["truth"])))


if __name__ == "__main__":
    main()
