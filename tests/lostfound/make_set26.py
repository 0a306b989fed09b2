#!/usr/bin/env python3
"""Blind labelled set 26 for the lost-and-found matcher (金港市, small-commodities city, late autumn).

Each object is first drawn as a hidden truth record; the owner's report and the finder's
registration are then written separately from it.  Standard library only, one seeded
random.Random, lists only (deterministic whatever PYTHONHASHSEED).
"""
import json
import os
import random

SEED = 20261226
P = "A3"
R = random.Random(SEED)
MAXMIN = 172800


def ch(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- numbers
def gb11643(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return "10X98765432"[s % 11]


def make_id():
    region = ch(["330782", "330783", "330702", "341221", "522130", "412726", "362330", "510681", "431023"])
    y = R.randint(1965, 2003)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = "%03d" % R.randint(1, 999)
    b = "%s%04d%02d%02d%s" % (region, y, m, d, seq)
    return b + gb11643(b)


def luhn_digit(d14):
    total = 0
    for i, c in enumerate(reversed(d14)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def make_imei():
    tac = ch(["86", "35", "86", "86"]) + "".join(str(R.randint(0, 9)) for _ in range(6))
    b = tac + "".join(str(R.randint(0, 9)) for _ in range(6))
    return b + luhn_digit(b)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- people
SUR = ["陈", "楼", "吴", "傅", "骆", "龚", "金", "贾", "冯", "季", "蒋", "朱", "何", "鲍", "虞", "宣", "应", "喻"]
GIV = ["建华", "小燕", "海峰", "丽萍", "国强", "春梅", "志远", "晓东", "素芬", "俊杰", "雅琴", "伟民", "彩霞", "家豪",
       "梦婷", "德胜", "桂香", "一鸣", "思琪", "宏亮"]
FOREIGN = [("Karim Nasseri", "伊朗"), ("Youssef Benali", "摩洛哥"), ("Abdullah Rahimov", "乌兹别克斯坦"),
           ("Omar Haddad", "约旦"), ("Samir Toure", "马里"), ("Dmitri Lavrov", "俄罗斯"),
           ("Hassan El-Amin", "苏丹"), ("Farid Qasimi", "阿富汗"), ("Nadia Sultanova", "哈萨克斯坦"),
           ("Ali Demirkol", "土耳其"), ("Pedro Alvarado", "智利"), ("Rashid Mansoor", "巴基斯坦")]
INTERP = ["翻译小金", "翻译阿丽", "翻译Lily", "翻译马哥", "随行翻译"]
SHOPS = ["鑫达饰品", "佳美袜业", "恒发玩具", "金港华艺工艺品", "义通日用百货", "宏运发饰", "美琪五金",
         "龙腾文具", "瑞祥礼品", "双喜针织", "顺丰源小商品", "七彩头饰", "欣欣圣诞用品", "万家灯饰"]


def cname():
    return ch(SUR) + ch(GIV)


# ---------------------------------------------------------------- places
# name, alternative (landmark / street-number) names, lat, lon, zone
PLACES = [
    ("商贸城一区", ["国际商贸城一区", "一区市场", "商贸城A区"], 29.3321, 120.1052, "hall"),
    ("商贸城二区", ["二区市场", "商贸城B区", "福田路二区东门"], 29.3344, 120.1098, "hall"),
    ("商贸城三区", ["三区市场", "商贸城C区", "三区北门"], 29.3368, 120.1141, "hall"),
    ("商贸城五区", ["五区进口馆", "五区市场", "商贸城E区"], 29.3402, 120.1187, "hall"),
    ("篁园服装市场", ["篁园市场", "服装市场二楼"], 29.3127, 120.0803, "hall"),
    ("江北物流园", ["物流园", "江北物流园区", "物流园北门"], 29.3512, 120.0931, "logi"),
    ("青口托运部", ["青口托运市场", "托运部", "青口那边托运点"], 29.3239, 120.0724, "logi"),
    ("兔兔快递驿站(稠城店)", ["快递驿站", "稠城路菜鸟驿站", "驿站"], 29.3055, 120.0758, "logi"),
    ("城西快递分拨中心", ["分拨中心", "城西快递园区"], 29.3158, 120.0402, "logi"),
    ("北苑直播基地", ["直播基地", "北苑电商直播园", "直播基地3号楼"], 29.3460, 120.0869, "live"),
    ("青岩刘电商村", ["青岩刘", "电商村", "网红村"], 29.2983, 120.0951, "live"),
    ("宾王清真街", ["清真街", "宾王路清真一条街", "宾王夜市清真餐厅那边"], 29.3091, 120.0812, "food"),
    ("宾王夜市", ["夜市", "宾王路夜市", "夜市小吃街"], 29.3102, 120.0830, "food"),
    ("下骆宅出租屋", ["下骆宅", "下骆宅村出租房", "下骆宅村口"], 29.3251, 120.1220, "home"),
    ("廿三里工人宿舍", ["廿三里", "廿三里出租屋", "工业区宿舍"], 29.3617, 120.1402, "home"),
    ("金港火车站", ["火车站", "站前广场", "金港站"], 29.2954, 120.0497, "trans"),
    ("福田路公交站", ["福田公交站", "商贸城公交站"], 29.3330, 120.1110, "trans"),
]
NEAR = {"hall": ["hall", "trans"], "logi": ["logi", "hall"], "live": ["live", "home"], "food": ["food", "home"],
        "home": ["home", "food"], "trans": ["trans", "hall"]}


def place_near(pl):
    zones = NEAR[pl[4]]
    cands = [p for p in PLACES if p[4] in zones and p is not pl]
    return ch(cands) if chance(0.6) else pl


def place_far(pl):
    return ch([p for p in PLACES if p[4] not in NEAR[pl[4]]])


def booth(pl):
    if pl[4] == "hall":
        return "%s%d街%d号" % (pl[0].replace("商贸城", ""), R.randint(1, 30), R.randint(1000, 7999))
    if pl[4] == "logi":
        return "%s%d号仓" % (pl[0], R.randint(1, 60))
    if pl[4] == "live":
        return "%s%d号楼%d室" % (pl[0], R.randint(1, 8), R.randint(101, 520))
    if pl[4] == "home":
        return "%s%d幢%d室" % (pl[0].replace("出租屋", "").replace("工人宿舍", ""), R.randint(1, 40), R.randint(101, 602))
    return pl[0] + ch(["东侧", "西口", "门口", "路口"])


def owner_place(pl):
    return ch([pl[0], ch(pl[1]), ch(pl[1]) + ch(["那边", "附近", "一带", ""])])


def finder_place(pl):
    return ch([booth(pl), pl[0] + ch(["门口", "通道", "保安亭旁", "电梯口", ""]), ch(pl[1])])


def coords(pl):
    return round(pl[2] + R.uniform(-0.0025, 0.0025), 6), round(pl[3] + R.uniform(-0.0025, 0.0025), 6)


# ---------------------------------------------------------------- colours and brands
FAM = {
    "black": ["黑色", "黑", "曜石黑", "深黑色", "亮黑", "墨黑"],
    "white": ["白色", "白", "珍珠白", "米白", "乳白色"],
    "blue": ["蓝色", "深蓝", "天蓝色", "海军蓝", "宝蓝", "蓝"],
    "gray": ["灰色", "深空灰", "银灰", "银色", "铁灰"],
    "gold": ["金色", "香槟金", "土豪金", "金"],
    "pink": ["粉色", "樱花粉", "粉红", "浅粉"],
    "red": ["红色", "大红", "酒红", "枣红"],
    "green": ["绿色", "墨绿", "军绿", "浅绿"],
    "purple": ["紫色", "淡紫", "暗紫色", "薰衣草紫"],
    "brown": ["棕色", "咖啡色", "驼色", "褐色"],
}
# canonical: (owner spellings, printed/finder spellings)
BR = {
    "华为": (["华为", "HUAWEI", "huawei", "华伟", "HW"], ["HUAWEI", "华为"]),
    "苹果": (["苹果", "iPhone", "Apple", "平果", "爱疯"], ["Apple", "苹果"]),
    "小米": (["小米", "Xiaomi", "MI", "xiaomi", "红米"], ["Xiaomi", "小米", "MI"]),
    "OPPO": (["OPPO", "oppo", "欧珀", "OPP0"], ["OPPO"]),
    "vivo": (["vivo", "VIVO", "维沃", "iQOO"], ["vivo"]),
    "荣耀": (["荣耀", "HONOR", "honor", "容耀"], ["HONOR", "荣耀"]),
    "雅迪": (["雅迪", "Yadea", "雅迪电动车", "亚迪"], ["雅迪", "Yadea"]),
    "爱玛": (["爱玛", "AIMA", "艾玛"], ["爱玛", "AIMA"]),
    "台铃": (["台铃", "TAILG", "台玲"], ["台铃", "TAILG"]),
    "小牛": (["小牛", "NIU", "牛电"], ["NIU", "小牛"]),
    "捷安特": (["捷安特", "GIANT", "Giant"], ["GIANT"]),
    "永久": (["永久", "永久牌", "FOREVER"], ["永久"]),
    "七匹狼": (["七匹狼", "SEPTWOLVES", "7匹狼"], ["SEPTWOLVES", "七匹狼"]),
    "金利来": (["金利来", "Goldlion", "金立来"], ["goldlion", "金利来"]),
    "COACH": (["蔻驰", "COACH", "coach", "寇驰"], ["COACH"]),
    "新秀丽": (["新秀丽", "Samsonite", "新秀礼"], ["Samsonite"]),
    "NIKE": (["耐克", "Nike", "NIKE", "耐克牌"], ["NIKE", "耐克"]),
    "周大福": (["周大福", "CTF", "周大富"], ["周大福"]),
    "老凤祥": (["老凤祥", "老凤翔"], ["老凤祥"]),
    "六福": (["六福", "六福珠宝", "Lukfook"], ["六福"]),
    "大疆": (["大疆", "DJI", "dji"], ["DJI"]),
    "罗马仕": (["罗马仕", "ROMOSS", "罗马士"], ["ROMOSS"]),
    "Anker": (["安克", "Anker", "anker"], ["Anker"]),
    "小天才": (["小天才", "imoo", "小天财"], ["小天才"]),
    "拉卡拉": (["拉卡拉", "lakala", "拉咔拉"], ["拉卡拉"]),
    "联想": (["联想", "Lenovo", "lenovo", "拯救者"], ["Lenovo"]),
    "大众": (["大众", "VW", "dazhong"], ["大众"]),
    "公牛": (["公牛", "BULL"], ["公牛"]),
    "天堂": (["天堂伞", "天堂"], ["天堂"]),
}


# ---------------------------------------------------------------- facts
def F(fid, owner, finder):
    return {"fid": fid, "o": owner, "f": finder}


def phone_facts():
    n = cname()
    num = R.randint(1000, 9999)
    shop = ch(SHOPS)
    pool = [
        F("case-clear", ["透明手机壳", "套了个透明壳"], ["外套透明保护壳", "透明软壳"]),
        F("case-bear", ["手机壳上有只小熊", "小熊图案的壳"], ["卡通小熊手机壳", "壳背面印小熊"]),
        F("case-ring", ["壳子后面有个指环扣", "带指环支架的壳"], ["背面有指环支架", "手机壳带金属指环"]),
        F("crack-%d" % R.randint(0, 3), ["屏幕%s有裂纹" % ch(["右上角", "左下角", "中间"]), "屏碎了一块"],
          ["屏幕有碎裂", "屏幕有裂痕"]),
        F("card-%s" % shop, ["壳里夹着张%s的名片" % shop, "手机壳里塞了%s名片" % shop],
          ["壳内夹%s名片一张" % shop, "手机壳里有张名片（%s）" % shop]),
        F("qr-%d" % num, ["背面贴了收款码贴纸，尾号%d" % num, "后面贴着收款二维码"],
          ["背面贴收款码贴纸", "后盖贴有二维码贴纸，下写%d" % num]),
        F("wall-kid", ["锁屏是我儿子照片", "锁屏壁纸是个小孩"], ["锁屏为小孩照片", "锁屏显示儿童照片"]),
        F("lanyard-%s" % ch(["红", "蓝", "黑"]), ["挂了根挂绳", "有手机挂绳"], ["带挂绳", "手机挂绳一根"]),
        F("sticker-live", ["贴了直播基地的工牌贴", "后面贴着主播工牌贴纸"], ["后壳贴直播工牌贴纸", "背面有直播基地贴纸"]),
    ]
    R.shuffle(pool)
    return pool[:R.randint(2, 4)], ["密码%s" % digits(6), "里面有%s的微信，收货款用的" % ch(["我", "店里"]),
                                     "双卡，一张是%s" % ("1" + ch(["38", "59", "77", "86"]) + digits(8)),
                                     "手机号尾号%s" % digits(4), "机主%s" % n]


def key_facts():
    st = "%s区%d街%d" % (ch(["一", "二", "三", "五"]), R.randint(1, 30), R.randint(1000, 7999))
    n = R.randint(2, 7)
    pool = [
        F("tag-" + st, ["挂了个牌子写着%s" % st, "号码牌%s" % st, "钥匙牌上写的%s" % st],
          ["挂号码牌“%s”" % st, "带编号牌，写%s" % st]),
        F("count-%d" % n, ["一共%d把" % n, "%d把钥匙串在一起" % n], ["共%d把" % n, "钥匙%d把" % n]),
        F("pig", ["挂了个小猪佩奇", "有个粉色小猪挂件"], ["挂小猪佩奇挂件", "带小猪挂件"]),
        F("fob-blue", ["有个蓝色门禁卡", "带门禁扣（蓝的）"], ["附蓝色门禁扣", "带门禁卡一个"]),
        F("bottle", ["有个开瓶器", "串着开瓶器"], ["带开瓶器", "附开瓶器挂件"]),
        F("ebkey", ["还有电动车钥匙", "一把电瓶车钥匙"], ["含电动车钥匙一把", "有电瓶车钥匙"]),
        F("tape-%s" % ch(["红", "黄", "绿"]), ["钥匙头缠了胶布", "有把钥匙缠着胶带"], ["一把钥匙缠胶布", "钥匙柄缠胶带"]),
    ]
    R.shuffle(pool)
    return pool[:R.randint(2, 3)], ["是%s卷帘门的" % st, "出租屋的门钥匙", "店里仓库钥匙"]


def wallet_facts():
    n = cname()
    idn = make_id()
    amt = R.randint(2, 30) * 50
    tail = digits(4)
    shop = ch(SHOPS)
    pool = [
        F("id-" + idn, ["里面有身份证，%s，%s" % (n, idn), "有我身份证（%s）" % n],
          ["内有%s身份证（%s）" % (n, idn[:4] + "*" * 10 + idn[-4:]), "内有身份证，姓名%s" % n]),
        F("bank-" + tail, ["有张银行卡尾号%s" % tail, "农行卡，卡号后四位%s" % tail],
          ["银行卡一张（尾号%s）" % tail, "内有尾号%s银行卡" % tail]),
        F("cash-%d" % amt, ["大概%d块现金" % amt, "现金%d左右" % amt], ["现金%d元" % amt, "内有人民币%d元" % amt]),
        F("card-" + shop, ["几张%s的名片" % shop, "有%s名片" % shop], ["%s名片数张" % shop, "内有名片（%s）" % shop]),
        F("receipt", ["夹着几张货单", "里面有送货单"], ["内夹货单若干", "有手写货单几张"]),
        F("photo", ["有张全家福", "夹层有张老照片"], ["夹层有照片一张", "内有照片"]),
    ]
    R.shuffle(pool)
    return pool[:R.randint(2, 4)], ["边角磨破了", "用了好几年了", "拉链有点坏"]


def bag_facts(kind):
    shop = ch(SHOPS)
    n = R.randint(10, 80)
    goods = ch(["发夹", "袜子", "毛绒挂件", "圣诞帽", "手机壳", "钥匙扣", "文具套装", "假睫毛"])
    pool = [
        F("print-" + shop, ["袋子上印着%s" % shop, "印了%s的字" % shop], ["袋面印“%s”" % shop, "包上印有%s字样" % shop]),
        F("goods-%s-%d" % (goods, n), ["里面是%s样品，%d来个" % (goods, n), "装的%s样品" % goods],
          ["内有%s样品约%d件" % (goods, n), "内装%s若干" % goods]),
        F("huodan", ["有一本货单", "里面有货单和收据本"], ["内有货单本一本", "有收据本、货单"]),
        F("charger", ["有个充电宝", "装着充电宝和数据线"], ["内有充电宝一个", "有充电宝"]),
        F("cup", ["侧袋插着保温杯", "有个保温杯"], ["侧袋有保温杯", "附保温杯一个"]),
        F("tag-%d" % R.randint(100, 999), ["拉链上挂了吊牌", "挂着个编号吊牌"], ["拉链挂吊牌", "挂编号吊牌"]),
        F("tape-pink", ["提手缠着粉色胶带", "把手上缠了粉胶布"], ["提手缠粉色胶带", "把手粉胶布"]),
    ]
    if kind == "腰包":
        pool.append(F("change", ["里面都是零钱", "一堆零钱和硬币"], ["内有零钱若干", "零钞若干"]))
    R.shuffle(pool)
    return pool[:R.randint(2, 4)], ["是%s给的样品" % shop, "里面有客户的报价单", "急用，明天要给客户看"]


def cash_facts(kind="现金"):
    amt = R.randint(3, 120) * 100 if kind == "现金" else (R.randint(20, 150) * 10 if kind == "美元" else R.randint(50, 900))
    u = "美元" if kind == "美元" else "元"
    band = ch(["红", "黄", "黑", "绿"])
    shop = ch(SHOPS)
    c = ch(["一沓", "一捆", "两沓"])
    pool = [
        F("amt-%d" % amt, ["%d%s" % (amt, u), "一共%d块" % amt if u == "元" else "%d刀" % amt, "%d左右" % amt],
          ["经清点共计%d%s" % (amt, u), "%d%s" % (amt, u)]),
        F("band-" + band, ["用%s皮筋扎着" % band, "%s色橡皮筋捆的" % band], ["%s色皮筋捆扎" % band, "用%s皮筋扎着" % band]),
        F("env-" + shop, ["装在%s的信封里" % shop, "信封上写了%s" % shop], ["装于信封内，信封写“%s”" % shop, "信封上有%s字样" % shop]),
        F("bag-plastic", ["装在透明塑料袋里", "塑料袋包着"], ["透明塑料袋装", "装在塑料袋里"]),
        F("note", ["里面夹了张纸条写着货款", "有张字条“货款”"], ["内夹字条“货款”", "有纸条写货款"]),
    ]
    first = pool[0]
    rest = pool[1:]
    R.shuffle(rest)
    return [first] + rest[:R.randint(1, 2)], ["是今天收的货款", "%s的现金，都是百元的" % c, "刚从客户那收的"]


def ebike_facts():
    plate = "金港%s%s" % (ch(["A", "B", "C"]), digits(5))
    pool = [
        F("plate-" + plate, ["车牌%s" % plate, "牌照%s" % plate.replace("金港", "")], ["车牌号%s" % plate, "牌照%s" % plate]),
        F("basket", ["前面有个车篮", "带车筐"], ["前有车篮", "带车筐"]),
        F("quilt", ["装了挡风被", "有挡风被子"], ["装有挡风被", "挡风被一条"]),
        F("rack", ["后面加了货架", "后座改了拉货架子"], ["后加装货架", "后座有货架"]),
        F("helmet-%s" % ch(["黄", "白"]), ["挂着个头盔", "车把挂头盔"], ["车把挂头盔", "附头盔一个"]),
        F("scratch", ["左边刮花了", "车壳有划痕"], ["车身有刮擦", "车壳有划痕"]),
    ]
    first = pool[0]
    rest = pool[1:]
    R.shuffle(rest)
    return [first] + rest[:R.randint(1, 3)], ["电瓶新换的", "车架号我有照片", "锁是好的"]


def bike_facts():
    pool = [
        F("bell", ["车把有个铃铛", "装了铃"], ["有车铃", "带铃铛"]),
        F("seat-torn", ["座子破了", "车座皮开了"], ["车座破损", "坐垫开裂"]),
        F("lock-u", ["挂着U型锁", "有把U形锁"], ["挂U型锁", "带U型锁"]),
        F("basket", ["前面车篮", "有车筐"], ["前有车篮", "带车篮"]),
        F("sticker-%s" % ch(["奥特曼", "熊猫", "骷髅"]), ["车架贴了贴纸", "车架上有贴纸"], ["车架有贴纸", "车身贴贴纸"]),
    ]
    R.shuffle(pool)
    return pool[:R.randint(2, 3)], ["变速有点问题", "链条上过油", "买了两年"]


def jewelry_facts(kind):
    ini = ch(["LY", "CX", "平安", "HM", "爱", "JW"])
    g = R.randint(5, 60)
    pool = [
        F("eng-" + ini, ["内圈刻着“%s”" % ini, "刻了%s" % ini], ["内侧刻“%s”" % ini, "内圈刻字%s" % ini]),
        F("pendant-%s" % ch(["貔貅", "观音", "葫芦", "生肖牛"]), ["有个小吊坠", "挂了个吊坠"], ["带吊坠", "附吊坠一个"]),
        F("box", ["装在红色首饰盒里", "有个红盒子"], ["装于红色首饰盒", "红色小盒装"]),
        F("bent", ["有一处有点变形", "有点压扁了"], ["略有变形", "有压痕"]),
    ]
    R.shuffle(pool)
    return pool[:R.randint(1, 3)], ["大概%d克" % g, "结婚时买的", "有发票"]


def elec_facts(kind):
    n = cname()
    shop = ch(SHOPS)
    pool = [
        F("sticker-" + shop, ["背面贴了%s的贴纸" % shop, "贴着%s标签" % shop], ["背贴%s贴纸" % shop, "贴有%s标签" % shop]),
        F("case-%s" % ch(["皮套", "硅胶套"]), ["带保护套", "套了个套子"], ["有保护套", "外带保护套"]),
        F("name-" + n, ["上面贴了名字%s" % n, "写着我名字%s" % n], ["贴名字标签“%s”" % n, "写有“%s”" % n]),
        F("scratch", ["边上磕了一下", "有磕碰"], ["边角磕碰", "有划痕"]),
        F("cable", ["连着数据线", "带着充电线"], ["带数据线", "附充电线"]),
    ]
    R.shuffle(pool)
    return pool[:R.randint(1, 3)], ["密码%s" % digits(4), "里面有客户资料", "直播要用的"]


def id_facts(kind, name, num):
    pool = [F("name-" + name, ["名字%s" % name, "%s的" % name], ["姓名%s" % name, "证上姓名%s" % name])]
    extra = [
        F("holder", ["套着透明卡套", "装在卡套里"], ["装透明卡套", "有卡套"]),
        F("card-" + ch(SHOPS), ["夹着几张名片", "卡套里有名片"], ["夹有名片", "附名片几张"]),
    ]
    R.shuffle(extra)
    return pool + extra[:R.randint(0, 1)], ["号码%s" % num, "办事急用"]


def other_facts(kind):
    shop = ch(SHOPS)
    pool = [
        F("shop-" + shop, ["上面有店名%s" % shop, "写着%s" % shop], ["印店名“%s”" % shop, "有%s字样" % shop]),
        F("booth-%d" % R.randint(1000, 7999), ["写了摊位号", "贴着摊位号"], ["写有摊位号", "贴摊位号"]),
        F("tape", ["缠了透明胶", "用胶带缠过"], ["缠有胶带", "透明胶缠着"]),
        F("worn", ["旧的", "用了很久，很旧"], ["较旧", "使用痕迹明显"]),
    ]
    R.shuffle(pool)
    return pool[:R.randint(1, 3)], ["店里天天要用", "不值钱但很重要"]


# ---------------------------------------------------------------- object catalogue
# category -> list of (kind, finder-kind synonyms, owner-kind synonyms, brands [(brand, models)], colour families)
CAT = {
    "phone": [("手机", ["手机", "智能手机", "移动电话"], ["手机", "手机一部", "机子"],
               [("华为", ["Mate 60", "nova 11", "P50", "畅享60"]), ("苹果", ["iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone 12"]),
                ("小米", ["小米13", "Redmi K60", "Redmi Note 12"]), ("OPPO", ["Reno 10", "A58", "Find X6"]),
                ("vivo", ["X90", "Y78", "S17"]), ("荣耀", ["X50", "Magic 5", "Play 7T"])],
               ["black", "white", "blue", "purple", "gold", "green", "gray"]),
              ("备用机", ["手机", "老年机", "旧手机"], ["备用机", "备用手机", "小手机"],
               [("华为", ["畅享50", "nova 9"]), ("小米", ["Redmi 12C", "Redmi A2"]), ("vivo", ["Y33s"]), ("OPPO", ["A36"])],
               ["black", "blue", "gray"])],
    "keys": [("卷帘门钥匙", ["钥匙串", "一串钥匙", "钥匙"], ["卷帘门钥匙", "店门钥匙", "钥匙一串"], [(None, [])], ["gray", "gold"]),
             ("出租屋钥匙", ["钥匙串", "钥匙"], ["房门钥匙", "出租屋钥匙", "钥匙"], [(None, [])], ["gray", "gold", "black"]),
             ("汽车钥匙", ["车钥匙", "汽车遥控钥匙"], ["车钥匙", "汽车钥匙"], [("大众", ["遥控折叠钥匙"])], ["black"])],
    "wallet": [("钱包", ["钱包", "皮夹"], ["钱包", "皮夹子"], [("七匹狼", ["短款"]), ("金利来", ["长款"]), ("COACH", ["长款"]), (None, [])],
                ["black", "brown", "red", "pink"]),
               ("卡包", ["卡包", "卡夹"], ["卡包", "卡套"], [(None, []), ("七匹狼", ["卡包"])], ["black", "brown", "blue"])],
    "bag": [("样品包", ["黑色袋子", "手提袋", "样品袋", "包"], ["样品包", "样品袋", "装样品的包"], [(None, [])], ["black", "blue", "red"]),
            ("双肩包", ["双肩背包", "背包"], ["双肩包", "书包", "背包"], [("NIKE", ["运动款"]), ("小米", ["极简都市"]), (None, [])],
             ["black", "gray", "blue"]),
            ("腰包", ["腰包", "挎包", "收钱包"], ["腰包", "收钱的腰包", "斜挎包"], [(None, []), ("NIKE", ["腰包"])], ["black", "brown"]),
            ("行李箱", ["拉杆箱", "行李箱"], ["行李箱", "箱子", "拉杆箱"], [("新秀丽", ["20寸", "24寸"]), (None, [])], ["black", "gray", "blue", "pink"])],
    "cash": [("现金", ["现金", "人民币", "钱"], ["现金", "钱", "货款"], [(None, [])], ["red"]),
             ("零钞", ["零钱", "零钞", "现金"], ["零钱", "一把零钱", "找零的钱"], [(None, [])], ["red", "green"]),
             ("美元", ["美元现金", "外币", "美金"], ["美金", "美元", "dollar现金"], [(None, [])], ["green"])],
    "ebike": [("电动车", ["电动自行车", "电瓶车", "电动车"], ["电动车", "电瓶车", "电驴"],
               [("雅迪", ["冠能", "DE3"]), ("爱玛", ["小蜜豆", "A500"]), ("台铃", ["超能"]), ("小牛", ["G2", "F0"])],
               ["white", "black", "blue", "red", "green"]),
              ("三轮车", ["电动三轮车", "货运三轮", "三轮车"], ["三轮车", "拉货三轮", "电三轮"], [("雅迪", ["货运三轮"]), ("台铃", ["货运三轮"]), (None, [])],
               ["blue", "red", "black"])],
    "bicycle": [("自行车", ["自行车", "单车"], ["自行车", "单车"], [("捷安特", ["ATX", "Escape"]), ("永久", ["C1"]), (None, [])],
                 ["black", "white", "blue", "red"])],
    "jewelry": [("金手镯", ["手镯", "金镯子"], ["金手镯", "镯子"], [("周大福", []), ("老凤祥", []), ("六福", [])], ["gold"]),
                ("金项链", ["项链", "金链子"], ["金项链", "项链"], [("周大福", []), ("老凤祥", []), (None, [])], ["gold"]),
                ("银戒指", ["戒指", "银戒"], ["戒指", "银戒指"], [(None, []), ("六福", [])], ["gray"])],
    "electronics": [("平板", ["平板电脑", "平板"], ["平板", "平板电脑", "pad"], [("苹果", ["iPad Air", "iPad 9"]), ("华为", ["MatePad 11"]), ("小米", ["Pad 6"])],
                     ["gray", "black", "blue"]),
                    ("充电宝", ["充电宝", "移动电源"], ["充电宝", "移动电源"], [("罗马仕", ["20000毫安"]), ("Anker", ["10000mAh"]), ("小米", ["20000"])],
                     ["white", "black", "blue"]),
                    ("POS机", ["POS机", "刷卡机"], ["POS机", "刷卡机", "pos"], [("拉卡拉", ["手刷"])], ["black", "white"]),
                    ("稳定器", ["手机稳定器", "云台"], ["稳定器", "手持云台"], [("大疆", ["OM 6", "Osmo Mobile 6"])], ["gray", "black"]),
                    ("电话手表", ["儿童手表", "电话手表"], ["电话手表", "儿童手表"], [("小天才", ["Z8", "Q2"])], ["blue", "pink", "purple"]),
                    ("笔记本电脑", ["笔记本电脑", "电脑"], ["笔记本", "电脑"], [("联想", ["小新14", "ThinkPad"])], ["gray", "black"])],
    "id_doc": [("身份证", ["身份证", "居民身份证"], ["身份证"], [(None, [])], ["white"]),
               ("护照", ["护照"], ["passport护照", "护照"], [(None, [])], ["red", "green", "blue"]),
               ("驾驶证", ["驾驶证", "驾照"], ["驾驶证", "驾照"], [(None, [])], ["brown", "black"])],
    "other": [("收款码牌", ["收款码立牌", "二维码牌"], ["收款码", "收款码牌子", "二维码立牌"], [(None, [])], ["white", "blue", "green"]),
              ("收据本", ["收据本", "本子"], ["收据本", "货单本"], [(None, [])], ["red", "blue"]),
              ("三脚架", ["三脚架", "落地支架"], ["三脚架", "直播支架"], [(None, []), ("大疆", ["三脚架"])], ["black", "white"]),
              ("雨伞", ["雨伞", "伞"], ["雨伞", "伞", "折叠伞"], [("天堂", ["三折"]), (None, [])], ["black", "blue", "purple"]),
              ("插线板", ["插线板", "排插"], ["插座", "插线板"], [("公牛", ["六位"])], ["white"])],
}


def make_record(cat, kind_i=None, brand=None, model=None, fam=None, avoid_brand=None, avoid_kind=None):
    kinds = CAT[cat]
    if kind_i is None:
        cands = [i for i in range(len(kinds)) if kinds[i][0] != avoid_kind]
        if fam is not None:
            c2 = [i for i in cands if fam in kinds[i][4]]
            cands = c2 or cands
        kind_i = ch(cands or list(range(len(kinds))))
    kind, fkinds, okinds, brands, fams = kinds[kind_i]
    if brand is None and model is None:
        bl = [b for b in brands if b[0] != avoid_brand or avoid_brand is None]
        if avoid_brand is not None:
            bl = [b for b in brands if b[0] != avoid_brand]
            if not bl:
                bl = brands
        b = ch(bl)
        brand = b[0]
        model = ch(b[1]) if b[1] else None
    if fam is None or fam not in FAM:
        fam = ch(fams)
    rec = {"cat": cat, "kind": kind, "kind_i": kind_i, "fk": fkinds, "ok": okinds, "brand": brand, "model": model,
           "fam": fam, "serial": None, "serial_kind": None, "serial_vis": False, "alt_cat": None}
    if cat == "phone":
        facts, hidden = phone_facts()
        rec["serial"] = make_imei()
        rec["serial_kind"] = "imei"
    elif cat == "keys":
        facts, hidden = key_facts()
    elif cat == "wallet":
        facts, hidden = wallet_facts()
    elif cat == "bag":
        facts, hidden = bag_facts(kind)
    elif cat == "cash":
        facts, hidden = cash_facts(kind)
    elif cat == "ebike":
        facts, hidden = ebike_facts()
        rec["serial"] = "%s%s" % (ch(["LYD", "AM", "TL", "NIU", "JG"]), digits(9))
        rec["serial_kind"] = "frame"
        rec["serial_vis"] = chance(0.4)
    elif cat == "bicycle":
        facts, hidden = bike_facts()
        rec["serial"] = "%s%s" % (ch(["G", "YJ", "WS"]), digits(8))
        rec["serial_kind"] = "frame"
        rec["serial_vis"] = chance(0.5)
    elif cat == "jewelry":
        facts, hidden = jewelry_facts(kind)
    elif cat == "electronics":
        facts, hidden = elec_facts(kind)
        if kind in ("平板", "笔记本电脑", "POS机"):
            rec["serial"] = ch(["SN", "DMP", "PF", "LKL"]) + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
            rec["serial_kind"] = "sn"
            rec["serial_vis"] = kind == "POS机" or chance(0.3)
        if kind == "电话手表" and chance(0.4):
            rec["alt_cat"] = "phone"
    elif cat == "id_doc":
        if kind == "护照":
            nm, ctry = ch(FOREIGN)
            num = ch(["P", "E", "N", "K"]) + digits(8)
            rec["foreign"] = (nm, ctry)
        else:
            nm = cname()
            num = make_id()
        facts, hidden = id_facts(kind, nm, num)
        rec["serial"] = num
        rec["serial_kind"] = "passport" if kind == "护照" else "id"
        rec["serial_vis"] = True
        rec["holder"] = nm
    else:
        facts, hidden = other_facts(kind)
    rec["facts"] = facts
    rec["hidden"] = hidden
    rec["brand_printed"] = brand is not None and (cat not in ("jewelry",) or chance(0.5)) and chance(0.85)
    return rec


def mask_id(s):
    return s[:4] + "*" * 10 + s[-4:]


def owner_serial(rec):
    s = rec["serial"]
    k = rec["serial_kind"]
    if k == "imei":
        return ch([s, "IMEI:" + s, " ".join([s[:4], s[4:8], s[8:12], s[12:]]), "IMEI尾号" + s[-5:], s[:4] + "******" + s[-5:]])
    if k == "id":
        return ch([s, s.lower(), s[:6] + " " + s[6:14] + " " + s[14:].lower(), "尾号" + s[-4:].lower()])
    if k == "passport":
        return ch([s, s.lower(), "No." + s])
    return ch([s, s.lower(), "后几位" + s[-5:], s[:3] + "-" + s[3:]])


def finder_serial(rec):
    s = rec["serial"]
    k = rec["serial_kind"]
    if k == "id":
        return mask_id(s)
    if k == "passport":
        return s
    return s


# ---------------------------------------------------------------- writers
def cword(fam, rec=None):
    if rec is not None and (rec["cat"] == "cash" or rec["kind"] == "身份证"):
        return ""
    return ch(FAM[fam])


def bword_owner(b):
    return ch(BR[b][0]) if b else None


def bword_finder(b):
    return ch(BR[b][1]) if b else None


def owner_text(rec, pl, facts, plain=False):
    """facts: the visible facts the owner mentions"""
    voice = ch(["stall", "stall", "porter", "foreign", "streamer", "worker"])
    if rec["cat"] == "id_doc" and rec["kind"] == "护照":
        voice = "foreign"
    elif voice == "foreign" and (rec["cat"] == "id_doc" or any(f["fid"][:3] in ("id-", "nam") for f in facts)):
        voice = "worker"
    col = cword(rec["fam"], rec)
    kind = ch(rec["ok"])
    bw = bword_owner(rec["brand"]) if rec["brand"] and chance(0.75) else None
    where = owner_place(pl)
    ftxt = [ch(f["o"]) for f in facts]
    hid = [h for h in rec["hidden"]]
    R.shuffle(hid)
    hid = hid[:R.randint(0, 2)]
    if plain:
        s = ch(["%s丢了%s%s" % (where, col, kind), ("%s %s %s 丢失" % (kind, col, where)).replace("  ", " "),
                "在%s掉了个%s的%s" % (where, col, kind)])
        return s, {"bw": None, "col": col, "where": where}
    desc = (bw or "") + ("" if not rec["model"] or not chance(0.5) or not bw else rec["model"])
    thing = "%s%s%s" % (col, desc, kind)
    detail = "，".join(ftxt + hid)
    if voice == "stall":
        s = ch(["%s丢%s一个，%s。捡到请联系，有酬谢。", "本人%s摊位，%s丢了，%s。麻烦帮忙留意", "%s收摊时%s不见了，%s，急！"])
        if s.startswith("本人"):
            s = s % (where, thing, detail)
        else:
            s = s % (where, thing, detail)
    elif voice == "porter":
        s = "拉货从%s过来，%s掉了，%s。我是%s的，踩三轮拉货的" % (where, thing, detail, ch(["下骆宅", "青口", "物流园"]))
    elif voice == "foreign":
        nm, ctry = rec.get("foreign") or ch(FOREIGN)
        eb = ch(BR[rec["brand"]][0][1:2] or BR[rec["brand"]][0]) if rec["brand"] else ""
        s = "（%s代写）%s客商%s，在%s丢失%s %s%s，%s。He says very important, 请帮忙找。" % (
            ch(INTERP), ctry, nm, where, col, eb, kind, detail)
    elif voice == "streamer":
        s = ch(["家人们谁懂啊，在%s把%s弄丢了😭 %s。捡到的宝子私我，必有重谢！！",
                "救命 %s 直播完%s找不到了，%s，yyds的好心人帮帮忙", "%s下播的时候落了%s，%s，绝了真的"])
        s = s % (where, thing, detail)
    else:
        s = "在%s丢失%s，%s。" % (where, thing, detail)
    return s, {"bw": bw, "col": col, "where": where}


def finder_text(rec, pl, facts, full=True):
    zone = pl[4]
    voices = {"hall": ["security", "security", "stall", "aux", "porter"], "trans": ["security", "aux", "porter"],
              "logi": ["courier", "courier", "porter", "aux"], "live": ["streamer", "streamer", "aux"],
              "food": ["stall", "aux", "aux"], "home": ["aux", "porter", "stall"]}[zone]
    voice = ch(voices)
    col = cword(rec["fam"], rec)
    kind = ch(rec["fk"])
    bw = bword_finder(rec["brand"]) if rec["brand_printed"] and chance(0.7) else None
    where = finder_place(pl)
    ftxt = [ch(f["f"]) for f in facts]
    detail = "，".join(ftxt)
    if rec["serial_vis"] and rec["serial"] and chance(0.6):
        lab = {"id": "证号", "passport": "护照号", "frame": "车架号", "sn": "机身号"}.get(rec["serial_kind"], "编号")
        detail += "，%s%s" % (lab, finder_serial(rec))
    if rec["cat"] == "id_doc" and rec["kind"] == "护照" and chance(0.7):
        detail += "，持证人%s" % rec["foreign"][0].upper()
    thing = "%s%s%s" % (col, (bw or ""), kind)
    if voice == "security":
        s = "商贸城保安部登记：巡逻在%s拾得%s一%s，%s。已暂存保安室。" % (where, thing, ch(["个", "件", "份"]), detail)
    elif voice == "aux":
        s = "群众送交：%s，拾得地点%s，%s。已登记入库待认领。" % (thing, where, detail)
    elif voice == "stall":
        s = ch(["隔壁摊位门口捡到%s，%s，在%s，放我店里了，老板娘代收", "%s捡到%s一个，%s，失主来店里拿"]
               if zone == "hall" else ["店门口捡到%s，%s，在%s，放店里了，老板代收", "%s捡到%s一个，%s，失主来店里拿"])
        s = s % ((thing, detail, where) if s[0] in "隔店" else (where, thing, detail))
    elif voice == "porter":
        s = "三轮车师傅送来：在%s捡的%s，%s" % (where, thing, detail)
    elif voice == "courier":
        s = "驿站柜台/包裹堆上发现%s，%s，地点%s，无人认领" % (thing, detail, where)
    elif voice == "streamer":
        s = "直播间收拾场地发现有人落下的%s，%s，位置%s，已交前台" % (thing, detail, where)
    else:
        s = "%s拾得%s，%s" % (where, thing, detail)
    return s, {"bw": bw, "col": col, "where": where}


# ---------------------------------------------------------------- items
lost, found = [], []


def found_item(rec, pl, t, facts=None, neg=None):
    if facts is None:
        facts = rec["facts"][:]
        R.shuffle(facts)
        facts = facts[:max(1, R.randint(1, len(facts)))]
    body, w = finder_text(rec, pl, facts)
    it = {"category": rec.get("fcat") or rec["cat"], "body": body, "found_at_min": t}
    if w["col"] and chance(0.55):
        it["color"] = w["col"]
    if w["bw"] and chance(0.6):
        it["brand"] = w["bw"]
    if rec["model"] and rec["brand_printed"] and chance(0.2):
        it["model"] = rec["model"]
    if rec["serial_vis"] and rec["serial"] and chance(0.5):
        it["serial"] = finder_serial(rec)
    if chance(0.3):
        it["marks"] = "；".join(ch(f["f"]) for f in facts)
    if chance(0.65):
        it["address"] = ch([booth(pl), pl[0]])
    if chance(0.35):
        it["lat"], it["lon"] = coords(pl)
    if neg:
        it["negative"] = neg
    found.append(it)
    return it


def lost_item(rec, pl, lf, lt, truth_facts=None, plain=False):
    facts = truth_facts
    if facts is None:
        facts = rec["facts"][:]
        R.shuffle(facts)
        facts = facts[:R.randint(1, len(facts))]
    body, w = owner_text(rec, pl, facts, plain=plain)
    it = {"category": rec["cat"], "body": body, "lost_from_min": lf, "lost_to_min": lt}
    if not plain:
        if w["col"] and chance(0.5):
            it["color"] = w["col"]
        if rec["brand"] and chance(0.45):
            it["brand"] = bword_owner(rec["brand"])
        if rec["model"] and chance(0.3):
            it["model"] = rec["model"]
        if rec["serial"] and rec["serial_kind"] != "passport" and chance(0.35):
            it["serial"] = owner_serial(rec)
        elif rec["serial"] and chance(0.3):
            it["body"] = it["body"].rstrip("。！!，") + "。" + ch(["", "编号", "号码"]) + owner_serial(rec)
        if chance(0.3):
            it["marks"] = "，".join(ch(f["o"]) for f in facts)
        if chance(0.5):
            it["address"] = owner_place(pl)
        if chance(0.25):
            it["lat"], it["lon"] = coords(pl)
    it["truth"] = None
    lost.append(it)
    return it


def window():
    lt = R.randint(20, 160000)
    ln = ch([R.randint(5, 60), R.randint(30, 300), R.randint(120, 900), R.randint(600, 2880)])
    lf = min(lt + ln, MAXMIN)
    return lf, lt


def found_time(lf, lt):
    if chance(0.35) and lf > lt:
        return R.randint(lt, lf)
    x = ch([R.randint(10, 240), R.randint(120, 1440), R.randint(600, 5760)])
    return max(0, lt - x)


def near_time(lf, lt):
    return max(0, min(MAXMIN, lt - R.randint(-(lf - lt) - 600, 2880)))


CATS_LOST = (["phone"] * 40 + ["bag"] * 28 + ["wallet"] * 22 + ["keys"] * 20 + ["id_doc"] * 20 +
             ["electronics"] * 22 + ["cash"] * 14 + ["ebike"] * 14 + ["bicycle"] * 6 + ["jewelry"] * 10 + ["other"] * 14)
R.shuffle(CATS_LOST)
true_flags = [True] * 150 + [False] * 60
R.shuffle(true_flags)
# keep category mix even between found and never-found: pair lists positionally
reports = []  # (rec, place, lf, lt, lost_item, true?)
alt_done = 0
for cat, is_true in zip(CATS_LOST, true_flags):
    rec = make_record(cat)
    if rec["alt_cat"] and (not is_true or alt_done >= 4):
        rec["alt_cat"] = None
    pl = ch(PLACES)
    lf, lt = window()
    if is_true:
        if cat == "bag" and rec["kind"] == "样品包" and alt_done < 4 and chance(0.25):
            rec["alt_cat"] = "other"
        if cat == "wallet" and alt_done < 4 and chance(0.1) and any(f["fid"].startswith("id-") for f in rec["facts"]):
            rec["alt_cat"] = "id_doc"
        if rec["alt_cat"]:
            alt_done += 1
            rec["fcat"] = rec["alt_cat"]
        facts = rec["facts"][:]
        R.shuffle(facts)
        shared = facts[0]
        of = [shared] + [f for f in facts[1:] if chance(0.5)]
        ff = [shared] + [f for f in facts[1:] if chance(0.6)]
        R.shuffle(of)
        R.shuffle(ff)
        L = lost_item(rec, pl, lf, lt, truth_facts=of)
        fpl = place_near(pl)
        Fi = found_item(rec, fpl, found_time(lf, lt), facts=ff)
        reports.append((rec, pl, lf, lt, L, Fi))
    else:
        plain = chance(0.25)
        L = lost_item(rec, pl, lf, lt, plain=plain)
        reports.append((rec, pl, lf, lt, L, None))

never = [r for r in reports if r[5] is None]
trues = [r for r in reports if r[5] is not None]


def twin_of(r):
    rec, pl = r[0], r[1]
    for _ in range(30):
        t = make_record(rec["cat"], kind_i=rec["kind_i"], brand=rec["brand"], model=rec["model"], fam=rec["fam"])
        used = [f["fid"] for f in rec["facts"]]
        if not any(f["fid"] in used for f in t["facts"]):
            return t
    t["facts"] = [f for f in t["facts"] if f["fid"] not in used] or [F("plain", ["无"], ["无明显特征"])]
    return t


def sample_twin(r):
    """identical sample bag from the same supplier: same print, other contents"""
    t = twin_of(r)
    prints = [f for f in r[0]["facts"] if f["fid"].startswith("print-")]
    if r[0]["kind"] == "样品包" and prints:
        goods = [f for f in t["facts"] if f["fid"].startswith("goods-")]
        if not goods:
            g = ch(["塑料花", "亚克力挂件", "发圈", "U盘外壳"])
            goods = [F("goods-" + g, ["装的%s样品" % g], ["内装%s若干" % g])]
        t["facts"] = prints + goods + [f for f in t["facts"] if not f["fid"].startswith(("print-", "goods-"))][:1]
    return t


def decoy_of(r):
    rec = r[0]
    if chance(0.5) and len(CAT[rec["cat"]]) > 1:
        t = make_record(rec["cat"], fam=rec["fam"], avoid_kind=rec["kind"])
    else:
        t = make_record(rec["cat"], kind_i=rec["kind_i"], fam=rec["fam"], avoid_brand=rec["brand"] or "__")
        if t["brand"] == rec["brand"]:
            t = make_record(rec["cat"], fam=rec["fam"], avoid_kind=rec["kind"])
    t["fam"] = rec["fam"]
    return t


def pick(lst, n):
    out = []
    for i in range(n):
        out.append(lst[i % len(lst)] if i < len(lst) else ch(lst))
    return out


R.shuffle(never)
R.shuffle(trues)
# twins: 40 (26 near never-found, 14 near true); decoys: 40 (25 near never-found, 15 near true)
for r in pick(never, 26) + pick(trues, 14):
    t = sample_twin(r)
    found_item(t, place_near(r[1]), near_time(r[2], r[3]), neg="twin")
for r in pick(never[::-1], 25) + pick(trues[::-1], 15):
    t = decoy_of(r)
    found_item(t, place_near(r[1]), near_time(r[2], r[3]), neg="decoy")
# 8 more twins near never-found sample-bag / shutter-key / phone reports (the hard look-alikes)
look = [r for r in never if r[0]["kind"] in ("样品包", "卷帘门钥匙")] + [r for r in never if r[0]["kind"] in ("手机", "腰包")]
for r in pick(look, 8):
    t = sample_twin(r)
    found_item(t, r[1] if chance(0.6) else place_near(r[1]), near_time(r[2], r[3]), neg="twin")
# before_loss: 18 — the same kind found before the loss window began
for r in pick(never[5:], 7) + pick(trues[20:], 11):
    rec = r[0]
    t = make_record(rec["cat"], kind_i=rec["kind_i"], brand=rec["brand"] if chance(0.6) else None,
                    model=rec["model"] if rec["brand"] else None)
    if t["brand"] is None and rec["brand"] is not None and chance(0.5):
        pass
    tb = min(MAXMIN, r[2] + ch([R.randint(60, 600), R.randint(600, 4320), R.randint(4320, 14400)]))
    if tb <= r[2]:
        tb = r[2] + 1
    found_item(t, place_near(r[1]), tb, neg="before_loss")
# brand_elsewhere: 16 — same category and brand, another place, 5–28 days off
branded = [r for r in reports if r[0]["brand"]]
R.shuffle(branded)
for r in branded[:16]:
    rec = r[0]
    t = make_record(rec["cat"], brand=rec["brand"], model=ch([rec["model"], None]) if rec["model"] else None,
                    kind_i=rec["kind_i"])
    d = R.randint(5 * 1440, 28 * 1440)
    tt = r[3] - d if r[3] - d >= 0 else r[2] + d
    tt = max(0, min(MAXMIN, tt))
    found_item(t, place_far(r[1]), tt, neg="brand_elsewhere")
# unclaimed: 28 ordinary finds
UNC = ["phone", "keys", "keys", "wallet", "bag", "electronics", "other", "other", "id_doc", "bicycle", "jewelry", "cash", "ebike"]
for i in range(28):
    t = make_record(UNC[i % len(UNC)])
    found_item(t, ch(PLACES), R.randint(0, MAXMIN), neg="unclaimed")

# shuffle and key
order_f = list(range(len(found)))
R.shuffle(order_f)
fkeys = {}
found_out = []
for n, i in enumerate(order_f):
    k = "%s-F%04d" % (P, n + 1)
    fkeys[i] = k
    found_out.append(dict([("key", k)] + list(found[i].items())))
idx = {id(f): i for i, f in enumerate(found)}
order_l = list(range(len(lost)))
R.shuffle(order_l)
lost_out = []
for n, i in enumerate(order_l):
    L = lost[i]
    rep = [r for r in reports if r[4] is L][0]
    d = dict([("key", "%s-L%04d" % (P, n + 1))] + [(k, v) for k, v in L.items() if k != "truth"])
    d["truth"] = fkeys[idx[id(rep[5])]] if rep[5] is not None else None
    lost_out.append(d)
found_out.sort(key=lambda x: x["key"])
lost_out.sort(key=lambda x: x["key"])

for it in found_out + lost_out:
    for k in ("color", "brand", "model", "serial", "address"):
        if k in it:
            it[k] = it[k][:60]
    if "marks" in it:
        it["marks"] = it["marks"][:500]
    it["body"] = it["body"][:600]

out = {"seed": SEED, "made_by": "tests/lostfound/make_set26.py",
       "parts": {"set26": {"found": found_out, "lost": lost_out}}}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set26.json")
with open(path, "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("wrote %s: %d lost (%d with truth), %d found" % (
    path, len(lost_out), sum(1 for x in lost_out if x["truth"]), len(found_out)))
