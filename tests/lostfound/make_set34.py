#!/usr/bin/env python3
"""Blind labelled set 34 (临川县, summer holidays / start of school year). Writes set34.json.

Standard library only; one seeded random.Random; never iterates sets or hash-ordered keys.
Each object is drawn first as a hidden truth record; owner report and finder registration are
then written separately from it.
"""
import json
import os
import random

SEED = 20261234
R = random.Random(SEED)
MAXMIN = 172800

SURN = list("李王张刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅曾彭吕苏卢蒋蔡丁魏叶余潘杜夏钟汪田姜方姚谭廖邹熊金邱江顾龚饶黎赖揭")
GIVEN = list("子涵欣怡浩然宇轩梓萱俊杰思远雨桐嘉怡文博志强秀英桂兰春华建国海燕丽娟明辉晓东佳琪一鸣若曦诗雨家豪睿泽")


def name():
    return R.choice(SURN) + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2])))


# ---------- serial helpers ----------
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_number(y0, y1):
    region = R.choice(["361002", "361023", "361025", "361027", "361021"])
    y = R.randint(y0, y1)
    body = "%s%04d%02d%02d%03d" % (region, y, R.randint(1, 12), R.randint(1, 28), R.randint(1, 999))
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    return body + ID_C[s % 11]


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei():
    b = R.choice(["86", "35", "86"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    return b + luhn_digit(b)


def imei_fmt(v):
    k = R.randint(0, 3)
    if k == 0:
        return v
    if k == 1:
        return "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14:])
    if k == 2:
        return " ".join(v[i:i + 4] for i in range(0, 15, 4))
    return "%s-%s-%s" % (v[:8], v[8:14], v[14:])


def id_fmt_owner(v):
    k = R.randint(0, 3)
    if k == 0:
        return v
    if k == 1:
        return v[:6] + "********" + v[14:]
    if k == 2:
        return "尾号" + v[-4:]
    return v[:4] + "**********" + v[-4:]


def id_fmt_finder(v):
    return v if R.random() < 0.7 else v[:6] + "********" + v[14:]


def card_tail():
    return "%04d" % R.randint(0, 9999)


def card_owner(t):
    return R.choice(["尾号" + t, t, "卡号后四位" + t])


def card_finder(t):
    p = R.choice(["6222", "6217", "6228", "6230", "6215"])
    return R.choice([p + "****" + t, p + " **** **** " + t, "尾号" + t])


# ---------- world ----------
PLACES = [
    # key, names, lat, lon, spots
    ("bus", ["临川县汽车站", "县汽车站", "汽车站", "县客运站", "老车站"], 27.9862, 116.3581, ["候车厅", "售票窗口", "出站口", "厕所门口", "三号检票口"]),
    ("hsr", ["临川县高铁站", "高铁站", "县高铁站", "高铁临川站"], 27.9405, 116.4122, ["进站口", "出站口", "停车场", "候车室座椅", "安检口"]),
    ("yz", ["临川县第一中学", "县一中", "一中", "临川一中"], 27.9951, 116.3473, ["校门口", "食堂", "操场看台", "教学楼三楼", "小卖部"]),
    ("yzs", ["一中学生宿舍", "一中宿舍楼", "一中男生宿舍", "一中女生宿舍"], 27.9958, 116.3459, ["宿舍楼下", "水房", "楼梯间", "晾衣区"]),
    ("ez", ["临川县第二中学", "县二中", "二中", "城南二中"], 27.9744, 116.3652, ["校门口", "报名处", "篮球场", "食堂门口"]),
    ("ezs", ["二中宿舍", "二中学生公寓", "二中女生宿舍"], 27.9737, 116.3668, ["宿管室门口", "楼梯口", "洗衣房"]),
    ("hos", ["县人民医院", "临川县人民医院", "人民医院", "县医院"], 27.9893, 116.3526, ["门诊大厅", "挂号处", "住院部电梯", "缴费窗口", "儿科候诊区"]),
    ("jie", ["文昌步行街", "步行街", "文昌路步行街"], 27.9829, 116.3550, ["中段", "喷泉旁", "服装店门口", "公共座椅"]),
    ("cin", ["步行街星河影城", "星河影城", "步行街电影院", "电影院"], 27.9834, 116.3561, ["3号厅", "检票口", "取票机旁", "爆米花柜台"]),
    ("tea", ["步行街蜜雪冰城", "步行街古茗奶茶", "奶茶店", "步行街茶百道"], 27.9825, 116.3545, ["店门口", "靠窗座位", "取餐台"]),
    ("park", ["抚河滨河公园", "滨河公园", "河边公园", "滨江公园"], 27.9790, 116.3490, ["健身器材旁", "凉亭", "跑道", "广场舞场地", "河堤台阶"]),
    ("mkt", ["城关农贸市场", "农贸市场", "菜市场", "城关菜场"], 27.9876, 116.3612, ["猪肉摊", "蔬菜区", "门口水果摊", "二楼干货区"]),
    ("net", ["极速网咖", "网吧", "星际网咖", "二中对面网吧"], 27.9751, 116.3640, ["前台", "包间", "吧台边", "12号机"]),
    ("tbus", ["县城至罗针班车", "乡镇班车", "城到腾桥的班车", "下乡中巴"], 27.9860, 116.3590, ["后排座位", "座位底下", "车门边"]),
    ("kd", ["城关菜鸟驿站", "快递驿站", "中通快递点", "丰巢柜旁边的驿站"], 27.9905, 116.3600, ["取件台", "货架旁", "门口"]),
    ("site", ["滨河新城工地", "工地", "城东建筑工地", "安置房工地"], 27.9712, 116.3801, ["工棚", "塔吊下", "门卫室", "钢筋堆旁"]),
    ("sq", ["人民广场", "县人民广场", "广场"], 27.9848, 116.3533, ["舞台边", "花坛", "停车区"]),
]
FAR_PLACES = [
    ("tq", ["腾桥镇街上", "腾桥镇", "腾桥集市"], 27.8921, 116.2803, ["集市", "镇卫生院门口"]),
    ("lz", ["罗针镇", "罗针镇中学", "罗针镇街口"], 28.0890, 116.4702, ["街口", "中学门口"]),
    ("sg", ["上顿渡", "上顿渡镇", "上顿渡菜场"], 27.9402, 116.2901, ["菜场", "车站"]),
]
PLACE_BY = {}
for p in PLACES + FAR_PLACES:
    PLACE_BY[p[0]] = p
NEAR = {"bus": ["tbus", "mkt", "hsr"], "hsr": ["bus"], "yz": ["yzs", "hos"], "yzs": ["yz"], "ez": ["ezs", "net"],
        "ezs": ["ez"], "hos": ["yz", "mkt"], "jie": ["cin", "tea", "sq"], "cin": ["jie", "tea"], "tea": ["jie", "cin"],
        "park": ["sq", "jie"], "mkt": ["bus", "kd"], "net": ["ez"], "tbus": ["bus"], "kd": ["mkt"], "site": ["park"],
        "sq": ["jie", "park"]}

COLORS = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "曜石黑"], "白": ["白色", "白", "米白", "象牙白"],
    "红": ["红色", "红", "酒红", "大红"], "蓝": ["蓝色", "蓝", "深蓝", "天蓝", "藏青色"],
    "粉": ["粉色", "粉", "粉红", "樱花粉"], "灰": ["灰色", "灰", "深灰", "银灰"], "银": ["银色", "银", "亮银"],
    "金": ["金色", "金", "香槟金"], "绿": ["绿色", "绿", "墨绿", "军绿"], "紫": ["紫色", "紫", "淡紫"],
    "棕": ["棕色", "咖啡色", "棕", "褐色"], "黄": ["黄色", "黄", "明黄"],
}

BRANDS = {
    "华为": ["华为", "HUAWEI", "huawei", "华伟"], "苹果": ["苹果", "iPhone", "Apple", "平果"],
    "OPPO": ["OPPO", "oppo", "欧珀"], "vivo": ["vivo", "VIVO", "维沃"], "小米": ["小米", "Xiaomi", "xiaomi", "MI"],
    "荣耀": ["荣耀", "HONOR", "容耀", "rongyao"], "红米": ["红米", "Redmi", "redmi"],
    "小天才": ["小天才", "imoo", "小天财"], "雅迪": ["雅迪", "Yadea", "yadi"], "爱玛": ["爱玛", "AIMA", "艾玛"],
    "台铃": ["台铃", "TAILG", "台玲"], "新日": ["新日", "SUNRA", "xinri"], "捷安特": ["捷安特", "GIANT", "Giant", "jieante"],
    "永久": ["永久", "FOREVER", "yongjiu"], "凤凰": ["凤凰", "PHOENIX", "fenghuang"],
    "周大福": ["周大福", "CHOW TAI FOOK", "zhoudafu", "周大富"], "老凤祥": ["老凤祥", "LAO FENG XIANG", "老凤翔"],
    "耐克": ["耐克", "Nike", "NIKE", "nike"], "安踏": ["安踏", "ANTA", "anta"], "李宁": ["李宁", "LI-NING", "lining"],
    "七匹狼": ["七匹狼", "SEPTWOLVES", "7匹狼"], "金利来": ["金利来", "goldlion", "金力来"],
    "大众": ["大众", "VW", "Volkswagen"], "五菱": ["五菱", "Wuling", "五凌"], "步步高": ["步步高", "BBK", "bubugao"],
    "罗马仕": ["罗马仕", "ROMOSS", "luomashi"], "佳能": ["佳能", "Canon", "canon"], "联想": ["联想", "Lenovo", "lenovo"],
}

PHONES = {"华为": ["Mate 60", "nova 11", "畅享 60", "P50"], "苹果": ["iPhone 13", "iPhone 14 Pro", "iPhone 12", "iPhone 15"],
          "OPPO": ["Reno 10", "A58", "Reno 8"], "vivo": ["Y78", "S17", "X90"], "小米": ["小米 13", "小米 12"],
          "荣耀": ["X50", "Play 7T", "90"], "红米": ["Note 12", "K60", "Note 11"]}


def model_var(m):
    k = R.randint(0, 3)
    if k == 0:
        return m
    if k == 1:
        return m.replace(" ", "")
    if k == 2:
        return m.lower().replace(" ", "")
    return m.replace("iPhone ", "").replace("小米 ", "")


def cw(c):
    return R.choice(COLORS[c]) if c else ""


def bw(b):
    return R.choice(BRANDS[b]) if b else ""


# ---------- object drawing (hidden truth) ----------
def draw(cat, brand=None, color=None):
    o = {"cat": cat, "brand": brand, "model": None, "color": color, "serial": None, "skind": None,
         "own": [], "vis": [], "own_marks": [], "vis_marks": []}
    if cat == "id_doc":
        kind = R.choice(["id", "id", "id", "id", "stu", "drv", "hk"])
        if kind == "id":
            who = R.choice(["stu", "adult", "old"])
            yr = {"stu": (2006, 2009), "adult": (1975, 1992), "old": (1950, 1965)}[who]
            o["serial"] = id_number(*yr)
            o["skind"] = "id"
            o["n_own"] = ["身份证", "二代身份证", "身分证", "居民身份证"]
            o["n_fin"] = ["居民身份证", "身份证", "身份证一张"]
            o["holder"] = name()
            o["vis"] = ["姓名" + o["holder"]]
            o["own"] = ["是" + R.choice(["我自己的", "孩子的", "我爸的", "老人家的"])]
            if R.random() < 0.4:
                o["own_marks"] = ["套了个透明卡套"]
                o["vis_marks"] = ["有透明卡套"]
        elif kind == "stu":
            o["serial"] = "2026%04d" % R.randint(1, 3999)
            o["skind"] = "plain"
            o["n_own"] = ["学生证", "校园卡", "饭卡", "一中饭卡"]
            o["n_fin"] = ["校园卡", "学生卡", "饭卡"]
            o["holder"] = name()
            o["vis"] = ["卡面名字" + o["holder"]]
            o["color"] = color or R.choice(["蓝", "白", "红"])
        elif kind == "drv":
            o["serial"] = id_number(1975, 1995)
            o["skind"] = "id"
            o["n_own"] = ["驾驶证", "驾照", "机动车驾驶证"]
            o["n_fin"] = ["驾驶证", "驾驶证一本"]
            o["holder"] = name()
            o["vis"] = ["证上姓名" + o["holder"]]
            o["color"] = color or "棕"
        else:
            o["serial"] = None
            o["n_own"] = ["户口本", "户口簿"]
            o["n_fin"] = ["户口簿", "户口本一本"]
            o["holder"] = name()
            o["vis"] = ["户主" + o["holder"]]
            o["own"] = ["孩子开学报名要用的"]
            o["color"] = color or "红"
        o["unit"] = "张"
    elif cat == "phone":
        b = brand or R.choice(["华为", "华为", "苹果", "苹果", "OPPO", "vivo", "vivo", "小米", "荣耀", "红米"])
        o["brand"] = b
        if b == "小天才":
            o["model"] = R.choice(["Z8", "Q1A", "Z9"])
            o["n_own"] = ["电话手表", "小孩的手表手机", "儿童手表"]
            o["n_fin"] = ["儿童电话手表", "电话手表"]
            o["color"] = color or R.choice(["蓝", "粉", "紫"])
            o["serial"] = None
        else:
            o["model"] = R.choice(PHONES[b])
            o["n_own"] = ["手机", "手几", "电话"]
            o["n_fin"] = ["手机", "手机一部", "智能手机"]
            o["color"] = color or R.choice(["黑", "黑", "白", "蓝", "紫", "金", "绿", "银"])
            o["serial"] = imei()
            o["skind"] = "imei"
            case = R.choice(["透明手机壳", "黑色硅胶壳", "卡通手机壳，有只小熊", "蜡笔小新的壳", "带支架的壳", "没套壳", "粉色闪粉壳"])
            o["own_marks"] = [case]
            o["vis_marks"] = [case.replace("没套壳", "无手机壳")]
            if R.random() < 0.4:
                crack = R.choice(["屏幕左上角碎了", "后盖有裂痕", "屏幕贴了钢化膜有划痕"])
                o["own_marks"].append(crack)
                o["vis_marks"].append(crack)
            o["own"] = [R.choice(["锁屏是全家福", "锁屏是动漫壁纸", "里面插了移动卡", "密码是孩子生日"])]
        o["unit"] = "部"
    elif cat == "wallet":
        o["brand"] = brand or R.choice(["七匹狼", "金利来", None, None, None])
        o["color"] = color or R.choice(["黑", "黑", "棕", "红", "粉", "蓝"])
        o["n_own"] = R.choice([["钱包", "皮夹", "前包"], ["零钱包", "小钱包"], ["卡包", "钱夹"]])
        o["n_fin"] = ["钱包", "皮夹子", "钱包一个"]
        t = card_tail()
        o["serial"] = t
        o["skind"] = "card"
        o["holder"] = name()
        amt = R.choice([30, 50, 120, 200, 300, 500, 80])
        o["own"] = ["里面大概有%d块钱" % amt, "有张%s银行卡" % R.choice(["农行", "邮储", "农商行", "建行"])]
        o["vis"] = ["内有现金%d元" % amt, "身份证一张（%s）" % o["holder"] if R.random() < 0.5 else "银行卡一张"]
        o["unit"] = "个"
    elif cat == "keys":
        o["brand"] = brand or R.choice(["大众", "五菱", "雅迪", "爱玛", None, None, None])
        o["color"] = color or R.choice([None, "银", "黑", "红", "粉"])
        n = R.randint(2, 6)
        o["n_own"] = ["钥匙", "一串钥匙", "钥是", "车钥匙"] if o["brand"] else ["钥匙", "一串钥匙", "家门钥匙"]
        o["n_fin"] = ["钥匙一串", "钥匙", "一串钥匙"]
        fob = R.choice(["挂了个小熊公仔", "有个红色绳子", "挂件是皮卡丘", "带一个门禁卡", "有个开瓶器", "挂了个平安符"])
        o["own_marks"] = ["大概%d把" % n, fob]
        o["vis_marks"] = ["共%d把" % n, fob]
        if o["brand"]:
            o["vis"] = ["含%s车钥匙一把" % bw(o["brand"])]
        o["unit"] = "串"
    elif cat == "ebike":
        o["brand"] = brand or R.choice(["雅迪", "爱玛", "台铃", "新日"])
        o["color"] = color or R.choice(["白", "黑", "蓝", "红", "粉", "灰"])
        plate = "赣F%s%04d" % (R.choice("ABCDE"), R.randint(0, 9999))
        o["serial"] = plate
        o["skind"] = "plate"
        o["n_own"] = ["电动车", "电瓶车", "电驴", "电动自行车"]
        o["n_fin"] = ["电动自行车", "电动车", "两轮电动车一辆"]
        m = R.choice(["前面有个车篮", "后座绑了儿童座椅", "车头贴了反光贴", "坐垫破了用胶带缠着", "挂了雨披"])
        o["own_marks"] = [m]
        o["vis_marks"] = [m]
        o["unit"] = "辆"
    elif cat == "bicycle":
        o["brand"] = brand or R.choice(["捷安特", "永久", "凤凰", None])
        o["color"] = color or R.choice(["黑", "白", "蓝", "红", "黄", "绿"])
        o["n_own"] = ["自行车", "单车", "山地车", "脚踏车"]
        o["n_fin"] = ["自行车", "自行车一辆", "山地自行车"]
        m = R.choice(["有变速", "后座有个架子", "车把缠了胶布", "前轮气门芯坏了", "挂了个铃铛"])
        o["own_marks"] = [m]
        o["vis_marks"] = [m]
        o["own"] = ["孩子骑去学校的"]
        o["unit"] = "辆"
    elif cat == "bag":
        sub = R.choice(["书包", "书包", "双肩包", "挎包", "行李箱", "手提袋"])
        o["brand"] = brand or R.choice(["耐克", "安踏", "李宁", None, None])
        o["color"] = color or R.choice(["黑", "蓝", "粉", "灰", "白", "绿"])
        syn = {"书包": ["书包", "双肩书包", "学生书包"], "双肩包": ["双肩包", "背包", "背囊"],
               "挎包": ["挎包", "斜挎包", "单肩包"], "行李箱": ["行李箱", "拉杆箱", "箱子"],
               "手提袋": ["手提袋", "布袋子", "购物袋"]}[sub]
        o["n_own"] = syn
        o["n_fin"] = syn
        cont = R.choice(["暑假作业和几本练习册", "换洗衣服", "开学要交的资料", "充电器和水杯", "一件校服和饭卡", "几包药和病历"])
        o["own"] = ["里面有" + cont]
        o["vis"] = ["内有" + cont]
        o["unit"] = "个"
    elif cat == "cash":
        amt = R.choice([200, 500, 800, 1000, 1500, 3000, 2600])
        o["color"] = color or R.choice(["红", "白", None])
        o["n_own"] = ["现金", "钱", "一沓钱"]
        o["n_fin"] = ["现金", "人民币现金"]
        wrap = R.choice(["用红包装着", "装在信封里", "用橡皮筋扎着", "夹在一个塑料袋里"])
        o["own"] = ["%d块左右" % amt, wrap, R.choice(["是孩子的学费", "准备交住宿费的", "刚卖菜的钱"])]
        o["vis"] = ["人民币%d元" % amt, wrap]
        o["unit"] = "笔"
    elif cat == "jewelry":
        sub = R.choice(["金项链", "金手镯", "银手镯", "玉坠", "金耳环"])
        o["brand"] = brand or R.choice(["周大福", "老凤祥", None, None])
        o["color"] = color or {"金项链": "金", "金手镯": "金", "银手镯": "银", "玉坠": "绿", "金耳环": "金"}[sub]
        syn = {"金项链": ["金项链", "黄金项链", "金链子"], "金手镯": ["金手镯", "黄金手镯", "金镯子"],
               "银手镯": ["银手镯", "小孩银镯子", "银镯"], "玉坠": ["玉坠", "玉佩", "翡翠吊坠"],
               "金耳环": ["金耳环", "耳环", "金耳钉"]}[sub]
        o["n_own"] = syn
        o["n_fin"] = [syn[0], "首饰一件", syn[1]]
        m = R.choice(["刻了个福字", "内侧刻字", "扣子有点松", "带红绳", "有个小铃铛"])
        o["own_marks"] = [m]
        o["vis_marks"] = [m]
        o["own"] = [R.choice(["老人给的", "结婚时买的", "孩子满月时外婆送的"])]
        o["unit"] = "件"
    elif cat == "electronics":
        sub = R.choice(["earbuds", "earbuds", "watch", "tablet", "powerbank", "camera", "learn"])
        if sub == "earbuds":
            o["brand"] = brand or R.choice(["苹果", "华为", "小米"])
            o["model"] = {"苹果": "AirPods Pro", "华为": "FreeBuds 5i", "小米": "Redmi Buds 4"}.get(o["brand"], "")
            o["n_own"] = ["蓝牙耳机", "耳机", "无线耳机"]
            o["n_fin"] = ["蓝牙耳机", "耳机盒", "无线耳机一副"]
            o["color"] = color or "白"
        elif sub == "watch":
            o["brand"] = brand or "小天才"
            o["model"] = R.choice(["Z8", "Q1A", "Z9"])
            o["n_own"] = ["电话手表", "儿童手表", "智能手表"]
            o["n_fin"] = ["儿童电话手表", "电话手表"]
            o["color"] = color or R.choice(["蓝", "粉"])
        elif sub == "tablet":
            o["brand"] = brand or R.choice(["华为", "苹果", "联想"])
            o["model"] = {"华为": "MatePad 11", "苹果": "iPad 9", "联想": "小新Pad"}.get(o["brand"], "")
            o["n_own"] = ["平板", "平板电脑", "ipad"]
            o["n_fin"] = ["平板电脑", "平板一台"]
            o["color"] = color or R.choice(["灰", "银"])
            o["serial"] = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
            o["skind"] = "sn"
        elif sub == "powerbank":
            o["brand"] = brand or R.choice(["罗马仕", "小米"])
            o["n_own"] = ["充电宝", "移动电源"]
            o["n_fin"] = ["充电宝", "移动电源一个"]
            o["color"] = color or R.choice(["白", "黑"])
        elif sub == "camera":
            o["brand"] = brand or "佳能"
            o["model"] = R.choice(["EOS 200D", "G7X"])
            o["n_own"] = ["相机", "照相机", "单反"]
            o["n_fin"] = ["数码相机", "相机一台"]
            o["color"] = color or "黑"
            o["serial"] = "%012d" % R.randint(10 ** 10, 10 ** 12 - 1)
            o["skind"] = "sn"
        else:
            o["brand"] = brand or "步步高"
            o["model"] = R.choice(["S5", "S6"])
            o["n_own"] = ["学习机", "学习平板", "点读机"]
            o["n_fin"] = ["学习机", "学习平板一台"]
            o["color"] = color or "白"
        m = R.choice(["贴了名字贴", "外壳有划痕", "套了个卡通套子", "角上磕掉点漆", "贴了班级贴纸"])
        o["own_marks"] = [m]
        o["vis_marks"] = [m]
        o["unit"] = "个"
    else:  # other
        sub = R.choice(["校服", "眼镜", "雨伞", "录取通知书", "CT片", "安全帽", "水杯", "药"])
        o["color"] = color or {"校服": "蓝", "眼镜": "黑", "雨伞": R.choice(["黑", "蓝", "粉"]), "录取通知书": "红",
                                "CT片": "白", "安全帽": R.choice(["黄", "红", "白"]), "水杯": R.choice(["粉", "蓝", "白"]),
                                "药": "白"}[sub]
        syn = {"校服": ["校服", "校服外套", "一中校服"], "眼镜": ["眼镜", "近视眼镜", "眼睛"], "雨伞": ["雨伞", "伞", "折叠伞"],
               "录取通知书": ["录取通知书", "通知书", "入学通知书"], "CT片": ["CT片", "片子", "医院拍的片子"],
               "安全帽": ["安全帽", "头盔", "工地安全帽"], "水杯": ["保温杯", "水杯", "杯子"], "药": ["药", "一袋药", "降压药"]}[sub]
        o["n_own"] = syn
        o["n_fin"] = syn
        m = R.choice(["上面写了名字", "有个小挂件", "袋子上有医院的字", "边上磨破了", "印着单位名字"])
        o["own_marks"] = [m]
        o["vis_marks"] = [m]
        o["unit"] = "个"
    return o


# ---------- voices ----------
TYPO = [("丢", "掉"), ("钥匙", "钥是"), ("钱包", "前包"), ("身份证", "身分证"), ("的", "滴"), ("在", "再"),
        ("手机", "手几"), ("麻烦", "麻范"), ("帮忙", "帮帮忙"), ("颜色", "眼色")]


def typo(s):
    for a, b in TYPO:
        if a in s and R.random() < 0.3:
            s = s.replace(a, b, 1)
    return s


def serial_owner(o):
    k, v = o["skind"], o["serial"]
    if not v:
        return ""
    if k == "imei":
        return imei_fmt(v) if R.random() < 0.5 else ""
    if k == "id":
        return id_fmt_owner(v)
    if k == "card":
        return card_owner(v)
    if k == "plate":
        return R.choice([v, v[:3] + "·" + v[3:], v[:3] + " " + v[3:], v[3:]])
    if k == "sn":
        return v if R.random() < 0.5 else ""
    return v


def serial_finder(o):
    k, v = o["skind"], o["serial"]
    if not v:
        return ""
    if k == "imei":
        return ("IMEI " + imei_fmt(v)) if R.random() < 0.25 else ""
    if k == "id":
        return id_fmt_finder(v)
    if k == "card":
        return card_finder(v) if R.random() < 0.8 else ""
    if k == "plate":
        return R.choice([v, v[:3] + "·" + v[3:], v[:3] + "-" + v[3:]]) if R.random() < 0.9 else ""
    if k == "sn":
        return v if R.random() < 0.6 else ""
    return v if R.random() < 0.7 else ""


def pname(pk):
    return R.choice(PLACE_BY[pk][1])


def jitter(pk, d=0.0015):
    p = PLACE_BY[pk]
    return round(p[2] + R.uniform(-d, d), 6), round(p[3] + R.uniform(-d, d), 6)


OWN_VOICE = ["student", "parent", "grandparent", "returning", "officer", "grid", "hurry", "worker", "shop"]


def owner_report(o, place_pk, alt_pk):
    voice = R.choice(OWN_VOICE)
    noun = R.choice(o["n_own"])
    col = cw(o["color"]) if o["color"] and R.random() < 0.8 else ""
    br = bw(o["brand"]) if o["brand"] and R.random() < 0.8 else ""
    mdl = model_var(o["model"]) if o["model"] and R.random() < 0.6 else ""
    pl = pname(place_pk)
    if alt_pk and R.random() < 0.5:
        pl_text = "%s（也可能是%s）" % (pl, pname(alt_pk))
    else:
        pl_text = pl
    dcol = "" if (o["color"] and noun.startswith(o["color"])) else col
    desc = "%s%s%s%s" % (dcol, br, mdl, noun)
    det = []
    for x in o["own"] + o["own_marks"]:
        if R.random() < 0.6:
            det.append(x)
    ser = serial_owner(o)
    if ser and R.random() < 0.5:
        det.append(("串号" if o["skind"] == "imei" else "号码") + ser)
    dets = "，".join(det)
    nm = name()
    if voice == "student":
        body = "暑假%s在%s把%s弄丢了，%s。有人捡到麻烦联系我，谢谢！" % (R.choice(["补课回来", "出去玩", "和同学逛街"]), pl_text, desc, dets or "急")
    elif voice == "parent":
        body = "我家孩子开学%s，在%s丢了%s。%s。孩子急哭了，请帮忙留意。" % (R.choice(["报到", "前一天", "第一周"]), pl_text, desc, dets or "别的说不清")
    elif voice == "grandparent":
        body = "我是孙子的奶奶，带他在%s玩，把%s弄掉了。%s。我不会打字，是邻居帮我写的。" % (pl_text, desc, dets or "具体样子记不太清")
    elif voice == "returning":
        body = "大学生暑假回家，坐车到%s后发现%s不见了，%s。过几天就要返校，麻烦了。" % (pl_text, desc, dets or "")
    elif voice == "officer":
        body = "报失人%s称：其在%s遗失%s一%s，%s。请留意拾遗物登记。" % (nm, pl_text, desc, o.get("unit", "件"), dets or "其他特征不详")
    elif voice == "grid":
        body = "网格员代居民%s登记：%s在%s附近遗失%s。%s。" % (nm, R.choice(["老人", "居民", "租户"]), pl_text, desc, dets or "无其他特征")
    elif voice == "hurry":
        body = typo("%s 丢了%s %s 谁捡到了联系下 %s" % (pl, desc, dets, R.choice(["急急急", "谢谢", "重谢", ""])))
    elif voice == "worker":
        body = "在%s干活，下班发现%s掉了，%s。" % (pl_text, desc, dets or "")
    else:
        body = "我在%s上班，%s不见了，%s。" % (pl_text, desc, dets or "")
    if voice != "hurry" and R.random() < 0.15:
        body = typo(body)
    rec = {"category": o["cat"], "body": body[:600]}
    if col and R.random() < 0.7:
        rec["color"] = col
    if br and R.random() < 0.6:
        rec["brand"] = br
    if mdl and R.random() < 0.6:
        rec["model"] = mdl
    if ser and R.random() < 0.8:
        rec["serial"] = ser
    if o["own_marks"] and R.random() < 0.4:
        rec["marks"] = "；".join(o["own_marks"])
    if R.random() < 0.6:
        rec["address"] = pl[:60]
    if R.random() < 0.35:
        rec["lat"], rec["lon"] = jitter(place_pk, 0.004)
    return rec


FIN_VOICE = ["cleaner", "conductor", "officer", "shop", "rider", "worker", "student", "guard", "grid"]


def finder_reg(o, place_pk):
    voice = R.choice(FIN_VOICE)
    if place_pk == "tbus":
        voice = "conductor"
    noun = R.choice(o["n_fin"])
    col = cw(o["color"]) if o["color"] and R.random() < 0.85 else ""
    br = bw(o["brand"]) if o["brand"] and R.random() < 0.6 else ""
    mdl = model_var(o["model"]) if o["model"] and R.random() < 0.3 else ""
    pl = pname(place_pk)
    spot = R.choice(PLACE_BY[place_pk][4])
    vis = [x for x in o["vis"] + o["vis_marks"] if R.random() < 0.7]
    ser = serial_finder(o)
    if ser and R.random() < 0.6:
        vis.append(("号码" if o["skind"] != "imei" else "") + ser)
    vs = "，".join(vis) or R.choice(["其他特征不详", "无其他物品", "未见失主信息"])
    dcol = "" if (o["color"] and noun.startswith(o["color"])) else col
    desc = "%s%s%s%s" % (dcol, br, mdl, noun)
    nm = name()
    if voice == "cleaner":
        body = "保洁员在%s%s打扫时捡到%s，%s。已交坐席。" % (pl, spot, desc, vs or "无其他物品")
    elif voice == "conductor":
        body = "%s售票员收车时在%s发现%s，%s，乘客已下车。" % (pl, spot, desc, vs or "无身份信息")
    elif voice == "officer":
        body = "拾得人%s交来%s一%s，%s。拾得地点：%s%s。" % (nm, desc, o.get("unit", "件"), vs or "特征见登记", pl, spot)
    elif voice == "shop":
        body = "%s店员在%s捡到顾客落下的%s，%s，等了半天没人来拿，送过来了。" % (pl, spot, desc, vs)
    elif voice == "rider":
        body = "外卖小哥送餐路过%s，在%s捡到%s，%s。" % (pl, spot, desc, vs)
    elif voice == "worker":
        body = "工友在%s附近地上捡的%s，%s，交派出所。" % (pl, desc, vs)
    elif voice == "student":
        body = "同学在%s%s捡到%s，%s。" % (pl, spot, desc, vs)
    elif voice == "guard":
        body = "%s门卫%s交来%s，%s。" % (pl, R.choice(["师傅", "老杨", "值班员"]), desc, vs)
    else:
        body = "网格员巡查时在%s%s发现%s，%s，代为登记。" % (pl, spot, desc, vs)
    rec = {"category": o["cat"], "body": body[:600]}
    if col and R.random() < 0.8:
        rec["color"] = col
    if br and R.random() < 0.6:
        rec["brand"] = br
    if mdl:
        rec["model"] = mdl
    if ser and R.random() < 0.85:
        rec["serial"] = ser
    if o["vis_marks"] and R.random() < 0.5:
        rec["marks"] = "；".join(o["vis_marks"])
    if R.random() < 0.8:
        rec["address"] = (pl + spot)[:60]
    if R.random() < 0.55:
        rec["lat"], rec["lon"] = jitter(place_pk)
    return rec


# ---------- build ----------
TRUE_CATS = (["id_doc"] * 24 + ["phone"] * 24 + ["wallet"] * 16 + ["keys"] * 16 + ["ebike"] * 10 + ["bicycle"] * 8
             + ["bag"] * 14 + ["cash"] * 6 + ["jewelry"] * 8 + ["electronics"] * 14 + ["other"] * 10)
NEVER_CATS = (["id_doc"] * 6 + ["phone"] * 12 + ["wallet"] * 8 + ["keys"] * 5 + ["ebike"] * 6 + ["bicycle"] * 5
              + ["bag"] * 5 + ["cash"] * 5 + ["jewelry"] * 3 + ["electronics"] * 3 + ["other"] * 2)
PLACE_KEYS = [p[0] for p in PLACES]
CAT_PLACES = {"ebike": ["jie", "mkt", "hos", "yz", "ez", "site", "kd", "net", "sq"],
              "bicycle": ["yz", "ez", "park", "net", "yzs", "ezs", "sq"]}


def loss_window():
    to = R.randint(0, 165000)
    if R.random() < 0.3:
        to = R.randint(0, 4000)
    dur = R.choice([R.randint(10, 120), R.randint(60, 600), R.randint(300, 2880)])
    return min(MAXMIN, to + dur), to


def main():
    lost, found = [], []
    truths = []  # (report, hidden object, place)
    cats = TRUE_CATS[:]
    R.shuffle(cats)
    cross = {3: ("phone", "electronics"), 17: ("electronics", "phone"), 40: ("wallet", "id_doc")}
    for i, cat in enumerate(cats):
        if i in cross:
            oc, fc = cross[i]
            if oc == "phone" or fc == "phone":
                o = draw("phone", brand="小天才")
            else:
                o = draw("wallet")
                o["n_fin"] = ["卡套（内有身份证）", "证件卡套"]
                o["vis"] = ["身份证一张，姓名" + o["holder"], "银行卡一张"]
        else:
            oc = fc = cat
            o = draw(cat)
        pk = R.choice(CAT_PLACES.get(cat, PLACE_KEYS))
        fpk = pk if R.random() < 0.7 else R.choice(NEAR[pk])
        alt = R.choice(NEAR[pk]) if R.random() < 0.3 else None
        lf, lt = loss_window()
        lr = owner_report(o, pk, alt)
        lr["category"] = oc
        lr["lost_from_min"], lr["lost_to_min"] = lf, lt
        fr = finder_reg(o, fpk)
        fr["category"] = fc
        gap = R.choice([R.randint(0, 180), R.randint(30, 1440), R.randint(600, 4320), R.randint(0, 10080)])
        fr["found_at_min"] = max(0, lf - gap)
        truths.append((lr, fr, o, pk))
    nevers = []
    ncats = NEVER_CATS[:]
    R.shuffle(ncats)
    for cat in ncats:
        o = draw(cat)
        pk = R.choice(CAT_PLACES.get(cat, PLACE_KEYS))
        lf, lt = loss_window()
        lr = owner_report(o, pk, None)
        lr["lost_from_min"], lr["lost_to_min"] = lf, lt
        nevers.append((lr, o, pk))

    negs = []
    colour_cats = ["phone", "wallet", "bag", "ebike", "bicycle", "electronics", "keys", "jewelry", "other"]
    # same_cat_colour: 40 (15 near true, 10 near never-found, 15 ordinary)
    pool_t = [t for t in truths if t[2]["color"] and t[2]["cat"] in colour_cats and t[0]["category"] == t[1]["category"]]
    pool_n = [n for n in nevers if n[1]["color"] and n[1]["cat"] in colour_cats]
    for j in range(40):
        if j < 15:
            lr, _, o, pk = R.choice(pool_t)
        elif j < 25:
            lr, o, pk = R.choice(pool_n)
        else:
            cat = R.choice(colour_cats)
            o = draw(cat)
            while not o["color"]:
                o = draw(cat)
            lr, pk = None, R.choice(PLACE_KEYS)
        other = draw(o["cat"], color=o["color"])
        tries = 0
        while tries < 20 and other["brand"] and other["brand"] == o["brand"] and other["model"] == o["model"]:
            other = draw(o["cat"], color=o["color"])
            tries += 1
        fpk = pk if lr and R.random() < 0.6 else R.choice(PLACE_KEYS)
        fr = finder_reg(other, fpk)
        if lr:
            fr["found_at_min"] = max(0, lr["lost_from_min"] - R.randint(0, 2880))
        else:
            fr["found_at_min"] = R.randint(0, MAXMIN)
        fr["negative"] = "same_cat_colour"
        negs.append(fr)
    # before_loss: 30 (12 near true, 10 near never-found, 8 ordinary reports) - same kind of object, found earlier
    for j in range(30):
        if j < 12:
            lr, _, o, pk = R.choice(truths)
        elif j < 22:
            lr, o, pk = R.choice(nevers)
        else:
            lr, _, o, pk = R.choice(truths + [(a, None, b, c) for a, b, c in nevers])
        cat = lr["category"]
        other = draw(cat if cat == o["cat"] else o["cat"], brand=o["brand"] if R.random() < 0.5 else None,
                     color=o["color"] if R.random() < 0.6 else None)
        fr = finder_reg(other, pk if R.random() < 0.7 else R.choice(PLACE_KEYS))
        fr["category"] = cat
        lo = lr["lost_from_min"] + 30
        if lo >= MAXMIN:
            lo = lr["lost_from_min"] + 1
        fr["found_at_min"] = min(MAXMIN, R.randint(lo, lo + R.choice([600, 4320, 20000])))
        fr["negative"] = "before_loss"
        negs.append(fr)
    # brand_elsewhere: 30
    branded = [(t[0], t[2]) for t in truths if t[2]["brand"] and t[0]["category"] == t[1]["category"]]
    branded_n = [(n[0], n[1]) for n in nevers if n[1]["brand"]]
    for j in range(30):
        lr, o = R.choice(branded) if j < 16 else R.choice(branded_n)
        other = draw(o["cat"], brand=o["brand"])
        far = R.choice([p[0] for p in FAR_PLACES] + ["site", "hsr", "park"])
        fr = finder_reg(other, far)
        if "brand" not in fr or R.random() < 0.5:
            fr["brand"] = bw(o["brand"])
        # elsewhere in time too: weeks away from the loss window
        shift = R.randint(10080, 60000)
        t = lr["lost_to_min"] - shift if lr["lost_to_min"] - shift >= 0 else lr["lost_from_min"] + shift
        fr["found_at_min"] = max(0, min(MAXMIN, t))
        fr["negative"] = "brand_elsewhere"
        negs.append(fr)
    # unclaimed: 50 ordinary finds, desk proportions
    ucats = (["id_doc"] * 10 + ["phone"] * 5 + ["wallet"] * 5 + ["keys"] * 9 + ["ebike"] * 3 + ["bicycle"] * 3
             + ["bag"] * 4 + ["cash"] * 2 + ["jewelry"] * 1 + ["electronics"] * 4 + ["other"] * 4)
    for cat in ucats:
        o = draw(cat)
        fr = finder_reg(o, R.choice(CAT_PLACES.get(cat, PLACE_KEYS + [p[0] for p in FAR_PLACES])))
        fr["found_at_min"] = R.randint(0, MAXMIN)
        fr["negative"] = "unclaimed"
        negs.append(fr)

    allf = [t[1] for t in truths] + negs
    R.shuffle(allf)
    fkeys = {}
    for i, f in enumerate(allf):
        f["key"] = "J3-F%04d" % (i + 1)
        fkeys[id(f)] = f["key"]
    alll = [(t[0], fkeys[id(t[1])]) for t in truths] + [(n[0], None) for n in nevers]
    R.shuffle(alll)
    for i, (l, tk) in enumerate(alll):
        l["key"] = "J3-L%04d" % (i + 1)
        l["truth"] = tk
    FORD = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address",
            "lat", "lon", "negative"]
    LORD = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks",
            "address", "lat", "lon", "truth"]
    fo = [{k: f[k] for k in FORD if k in f} for f in allf]
    lo = [{k: l[k] for k in LORD if k in l} for l, _ in alll]
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set34.py", "parts": {"set34": {"found": fo, "lost": lo}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set34.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost" % (path, len(fo), len(lo)))


if __name__ == "__main__":
    main()
