"""set106 objects: the hidden truth record of each lost thing, and how each side words it.

A truth record holds everything about the object. describe() writes what one side knows:
an owner knows hidden things (money amounts, lock screen, passwords, whose photo), a finder
knows what is visible or printed, and counts money exactly.
"""

import copy

from set106_world import (AREA_AWAY, AREA_LOCAL, BRANDS, COLORS, COLOR_SLIPS, GIVEN, SURNAMES,
                          SURNAMES_HUI, alnum, digits, id_number, imei)

PHONE_MODELS = {
    "华为": ["Mate 60", "Mate 50 Pro", "nova 11", "nova 12", "P60", "畅享 60", "Mate 40"],
    "苹果": ["iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone 12", "iPhone 11", "iPhone 14"],
    "小米": ["小米 13", "小米 14", "小米 12S"],
    "红米": ["Redmi K60", "Redmi Note 12", "Redmi Note 13"],
    "OPPO": ["Reno 10", "Reno 11", "A2", "Find X6"],
    "vivo": ["X100", "S18", "Y78", "iQOO 12"],
    "荣耀": ["Magic 6", "荣耀 90", "X50", "Play 8"],
}
PHONE_COLORS = ["黑", "黑", "黑", "白", "蓝", "紫", "绿", "金", "银", "粉", "灰"]
CASES = ["透明手机壳", "黑色硅胶壳", "粉色卡通壳(库洛米)", "小熊图案手机壳", "棕色皮质翻盖套",
         "带指环支架的壳", "蜡笔小新手机壳", "磨砂蓝色壳", "绿色防摔壳", "印着‘平安喜乐’的红色壳"]
LOCKS = ["锁屏是一只橘猫", "锁屏是孩子的照片", "锁屏是黄河铁桥夜景", "锁屏是全家福", "锁屏是一张雪山图",
         "锁屏是动漫人物", "锁屏是清真寺的照片", "锁屏是自己的自拍"]
SCREENS = ["屏幕左上角碎了", "钢化膜裂了一道", "屏幕完好", "屏幕完好", "后盖有划痕", "屏幕右下角有裂纹"]

WALLET_BRANDS = ["七匹狼", "金利来", "蔻驰", "鳄鱼", None, None, None]
KEY_ORN = ["毛绒小熊挂件", "平安扣", "小铃铛", "篮球挂件", "开瓶器", "红绳编的中国结", "奥特曼挂件",
           "牛肉面造型的钥匙扣", "皮质钥匙包", "指甲刀", "小葫芦", "骆驼挂件"]
CAR_BRANDS = ["大众", "丰田", "比亚迪", "五菱"]
EBIKE_BRANDS = ["雅迪", "爱玛", "台铃", "新日", "小牛"]
BIKE_BRANDS = ["捷安特", "美利达", "永久", "喜德盛"]
BAG_BRANDS = ["新秀丽", "耐克", "阿迪达斯", "迪卡侬", "北面", None, None]
JEWEL_BRANDS = ["周大福", "老凤祥", "周生生", None]
TEXTBOOKS = ["高等数学(下册)", "《大学物理》", "考研英语真题", "《有机化学》课本", "线性代数笔记",
             "四级词汇书", "《临床医学导论》", "机械制图作业本"]


def rname(rng, hui=False):
    s = rng.choice(SURNAMES_HUI if hui else SURNAMES)
    return s + rng.choice(GIVEN)


def new_person(rng, persona):
    hui = persona in ("hui",) or rng.random() < 0.2
    local = persona in ("elderly", "hui", "shop", "office", "driver", "patient")
    area = rng.choice(AREA_LOCAL if local or rng.random() < 0.3 else AREA_AWAY)
    if persona == "student":
        lo, hi = 2001, 2006
    elif persona == "elderly":
        lo, hi = 1938, 1958
    else:
        lo, hi = 1965, 2000
    male = rng.random() < 0.55
    return {"name": rname(rng, hui), "id": id_number(rng, area, lo, hi, male), "hui": hui,
            "persona": persona,
            "student_no": "20%02d%02d%02d%02d" % (rng.randint(20, 24), rng.randint(1, 18),
                                                 rng.randint(1, 40), rng.randint(1, 60))}


def card(rng):
    bin_ = rng.choice(["6222", "6228", "6217", "6230", "6214", "6212"])
    return {"bin": bin_, "tail": digits(rng, 4)}


def _obj(cat, kind, nouns_o, nouns_f, color=None, brand=None, model=None):
    return {"cat": cat, "kind": kind, "nouns_o": nouns_o, "nouns_f": nouns_f, "color": color,
            "brand": brand, "model": model, "serial": None, "visible": [], "hidden": [],
            "contents": [], "amount": None, "owner": None}


# ---------------------------------------------------------------- builders

def build(cat, rng, person):
    obj = BUILDERS[cat](rng, person)
    obj["owner"] = person
    return obj


def b_phone(rng, p):
    if p["persona"] == "elderly" and rng.random() < 0.4:
        o = _obj("phone", "老人机", ["老人机", "手机", "老年机"], ["老人机", "老年手机", "手机"],
                 rng.choice(["黑", "红", "蓝", "金"]), None, None)
        o["visible"].append(rng.choice(["按键的", "大字大按键", "后面贴着儿子电话号码的纸条",
                                        "带手电筒的"]))
        o["hidden"].append("里面存着娃娃们的电话")
    else:
        br = rng.choice(["华为"] * 6 + ["苹果"] * 5 + ["小米", "红米", "OPPO", "OPPO", "vivo", "vivo",
                                                      "荣耀", "荣耀"])
        o = _obj("phone", "手机", ["手机", "手机", "电话", "手机"], ["手机", "手机", "智能手机"],
                 rng.choice(PHONE_COLORS), br, rng.choice(PHONE_MODELS[br]))
        if rng.random() < 0.75:
            o["visible"].append(rng.choice(CASES))
        o["visible"].append(rng.choice(SCREENS))
        o["visible"].append(rng.choice(LOCKS))
        o["hidden"].append(rng.choice(["开机密码是六位数", "微信里有工资", "手机号尾号%s" % digits(rng, 4),
                                       "里面有孩子的照片", "有人脸解锁"]))
    o["serial"] = {"type": "imei", "value": imei(rng)}
    if rng.random() < 0.3:
        o["visible"].append(rng.choice(["手机壳里夹着一张公交卡", "壳子后面夹着一张身份证复印件",
                                        "壳里夹着一张20元纸币", "壳里塞着一张校园卡"]))
    return o


def b_id(rng, p):
    r = rng.random()
    if p["persona"] == "student" and r < 0.55:
        o = _obj("id_doc", "学生证", ["学生证", "学生证", "校园卡和学生证"], ["学生证", "学生证件"],
                 rng.choice(["红", "蓝", None]), None, None)
        o["serial"] = {"type": "student_no", "value": p["student_no"],
                       "school": rng.choice(["河西大学", "西北理工学院"])}
        o["visible"].append("姓名%s" % p["name"])
        o["visible"].append(rng.choice(["夹着火车票优惠卡", "里面贴着一寸照片", "外面套着透明卡套",
                                        "盖着注册章"]))
        return o
    kind = rng.choice(["身份证"] * 6 + ["驾驶证", "社保卡", "社保卡", "银行卡", "就诊卡"])
    if p["persona"] == "driver" and rng.random() < 0.6:
        kind = "驾驶证"
    if p["persona"] == "patient" and rng.random() < 0.5:
        kind = "就诊卡"
    nouns = {"身份证": (["身份证", "二代身份证", "身份证件", "身分证"], ["身份证", "居民身份证", "二代证"]),
             "驾驶证": (["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证"]),
             "社保卡": (["社保卡", "医保卡", "社会保障卡"], ["社会保障卡", "社保卡"]),
             "银行卡": (["银行卡", "卡", "工资卡"], ["银行卡", "储蓄卡"]),
             "就诊卡": (["就诊卡", "看病的卡", "医院的卡"], ["就诊卡", "医院就诊卡"])}[kind]
    o = _obj("id_doc", kind, nouns[0], nouns[1], None, None, None)
    if kind in ("身份证", "驾驶证", "社保卡"):
        o["serial"] = {"type": "id", "value": p["id"]}
        o["visible"].append("姓名%s" % p["name"])
    elif kind == "银行卡":
        c = card(rng)
        o["serial"] = {"type": "card", "value": c["bin"] + "*" * 8 + c["tail"], "tail": c["tail"],
                       "bin": c["bin"]}
        o["brand"] = None
        o["visible"].append(rng.choice(["农业银行", "建设银行", "工商银行", "甘肃银行", "邮储银行"]))
        o["visible"].append("背面签名%s" % p["name"])
    else:
        o["serial"] = {"type": "med", "value": "00" + digits(rng, 7)}
        o["visible"].append("写着%s" % p["name"])
        o["visible"].append("市第二人民医院")
    if rng.random() < 0.4:
        o["visible"].append(rng.choice(["装在蓝色卡套里", "套着透明塑料套", "和一张公交卡放在一起",
                                        "卡套上挂着红绳"]))
        if "卡套" in o["visible"][-1] and o["color"] is None and "蓝" in o["visible"][-1]:
            o["color"] = "蓝"
    return o


def b_wallet(rng, p):
    style = rng.choice(["长款钱包", "短款钱包", "短款钱包", "卡包", "零钱包", "男士对折钱包"])
    o = _obj("wallet", style, ["钱包", style, "皮夹子", "钱夹"], ["钱包", style, "皮夹"],
             rng.choice(["黑"] * 4 + ["棕", "棕", "红", "粉", "蓝", "灰", "米"]),
             rng.choice(WALLET_BRANDS), None)
    if style == "零钱包":
        o["nouns_o"] = ["零钱包", "小钱包", "钱包"]
    amt = rng.choice([0, 45, 120, 200, 327, 380, 500, 650, 860, 1200, 1500, 2300])
    o["amount"] = amt
    if rng.random() < 0.6:
        o["serial"] = {"type": "id", "value": p["id"]}
        o["contents"].append("身份证(%s)" % p["name"])
    c = card(rng)
    if rng.random() < 0.6:
        o["contents"].append("%s银行卡" % rng.choice(["农行", "建行", "工行", "甘肃银行"]))
        if o["serial"] is None:
            o["serial"] = {"type": "card", "value": c["bin"] + "*" * 8 + c["tail"],
                           "tail": c["tail"], "bin": c["bin"]}
    extra = ["公交卡", "驾驶证", "一张全家福照片", "超市会员卡", "几张发票", "一张挂号单",
             "理发店会员卡", "学生证", "加油卡", "牛肉面馆的饭票", "寺里捐款的收据"]
    rng.shuffle(extra)
    o["contents"] += extra[:rng.randint(0, 2)]
    if o["brand"]:
        o["visible"].append("%s的标" % o["brand"])
    o["visible"].append(rng.choice(["边角磨白了", "扣子有点松", "皮子很新", "拉链头掉了", "有一块油渍"]))
    return o


def b_keys(rng, p):
    o = _obj("keys", "钥匙串", ["钥匙", "一串钥匙", "钥匙串"], ["钥匙", "钥匙串", "一串钥匙"],
             None, None, None)
    n = rng.randint(2, 6)
    parts = ["%d把钥匙" % n]
    if rng.random() < 0.5:
        cb = rng.choice(CAR_BRANDS)
        o["brand"] = cb
        parts.append("%s车钥匙" % cb)
    if rng.random() < 0.5:
        col = rng.choice(["蓝", "红", "黄", "黑", "绿"])
        parts.append("%s门禁扣" % COLORS[col][0])
        o["color"] = col
    if rng.random() < 0.35:
        parts.append("电动车钥匙")
    orn = rng.choice(KEY_ORN)
    parts.append(orn)
    o["visible"] += parts
    o["hidden"].append(rng.choice(["家里防盗门和单位抽屉的钥匙", "有一把是店里卷帘门的", "是出租屋的钥匙",
                                   "有一把是宿舍柜子的"]))
    o["count"] = n
    return o


def b_ebike(rng, p):
    br = rng.choice(EBIKE_BRANDS)
    o = _obj("ebike", "电动车", ["电动车", "电瓶车", "电动自行车", "小电驴"], ["电动车", "电动自行车", "电瓶车"],
             rng.choice(["黑", "白", "红", "蓝", "灰", "绿"]), br, rng.choice(["冠能", "小刀款", "E8", "G5", "A3", "N1S", None]))
    pre = {"雅迪": "LYD", "爱玛": "AMA", "台铃": "TLG", "新日": "SNR", "小牛": "NIU"}[br]
    o["serial"] = {"type": "frame", "value": pre + digits(rng, 4) + alnum(rng, 1) + digits(rng, 6),
                   "plate": "甘A·%s%s" % (rng.choice("DEFG"), digits(rng, 4))}
    o["visible"].append(rng.choice(["车头装了挡风被", "后座装了儿童座椅", "车筐是铁丝的", "有个雨棚",
                                    "左边车身有刮痕", "座垫套着棉坐垫"]))
    o["visible"].append("车牌%s" % o["serial"]["plate"])
    o["hidden"].append(rng.choice(["电瓶是去年新换的", "锁坏了一直没修", "坐垫下面放着雨衣"]))
    return o


def b_bike(rng, p):
    br = rng.choice(BIKE_BRANDS)
    typ = rng.choice(["山地车", "公路车", "折叠车", "城市车"])
    o = _obj("bicycle", typ, ["自行车", typ, "单车", "车子"], ["自行车", typ],
             rng.choice(["黑", "白", "蓝", "红", "灰", "黄"]), br, rng.choice(["ATX 660", "勇士", "XC 300", None]))
    o["serial"] = {"type": "frame", "value": rng.choice(["G", "M", "W", "X"]) + alnum(rng, 2) + digits(rng, 7)}
    o["visible"].append(rng.choice(["车把缠了黑色胶带", "后面有货架", "车铃是小黄鸭", "前叉有锈",
                                    "车座套了防寒套"]))
    o["hidden"].append("车架号是买车时发票上写的")
    return o


def b_bag(rng, p):
    per = p["persona"]
    if per == "student":
        typ = rng.choice(["双肩包", "双肩包", "帆布袋"])
    elif per == "migrant":
        typ = rng.choice(["编织袋", "编织袋", "旧旅行包", "双肩包"])
    elif per in ("traveller",):
        typ = rng.choice(["行李箱", "旅行包", "双肩包"])
    elif per == "patient":
        typ = rng.choice(["手提袋", "女士挎包"])
    else:
        typ = rng.choice(["女士挎包", "手提包", "双肩包", "旅行包"])
    nouns = {"双肩包": (["双肩包", "书包", "背包"], ["双肩背包", "背包", "书包"]),
             "帆布袋": (["帆布袋", "帆布包"], ["帆布袋", "布袋子"]),
             "编织袋": (["编织袋", "蛇皮袋", "袋子"], ["编织袋", "蛇皮袋子"]),
             "旧旅行包": (["旅行包", "包"], ["旅行包", "行李包"]),
             "旅行包": (["旅行包", "包"], ["旅行包", "行李包"]),
             "行李箱": (["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱"]),
             "手提袋": (["袋子", "手提袋"], ["手提袋", "塑料手提袋"]),
             "女士挎包": (["挎包", "包包", "单肩包"], ["女士挎包", "斜挎包"]),
             "手提包": (["手提包", "包"], ["手提包", "皮包"])}[typ]
    o = _obj("bag", typ, nouns[0], nouns[1], rng.choice(["黑"] * 3 + ["灰", "蓝", "红", "米", "绿", "白", "粉"]),
             None if typ in ("编织袋", "手提袋", "帆布袋") else rng.choice(BAG_BRANDS), None)
    if typ == "编织袋":
        o["color"] = rng.choice(["白", "绿", "蓝"])
        o["contents"] += ["一床被子", rng.choice(["几件旧衣服", "安全帽和工作服", "一箱牛奶"])]
    elif typ == "手提袋":
        o["contents"] += ["CT片子", "病历本", rng.choice(["几盒药", "检查报告单"])]
    elif typ == "行李箱":
        o["contents"] += [rng.choice(["冬衣", "给家里带的百合和牛肉干", "几套衣服和洗漱包"])]
        o["visible"].append(rng.choice(["拉杆上系着红丝带", "贴着托运条码", "有个轮子坏了"]))
    else:
        pool = ["笔记本电脑", "充电宝", rng.choice(TEXTBOOKS), "保温杯", "一把雨伞", "钥匙",
                "化妆包", "围巾", "几本书", "耳机", "水杯", "一包纸巾", "毛线手套"]
        rng.shuffle(pool)
        o["contents"] += pool[:rng.randint(1, 3)]
    if per == "student" and rng.random() < 0.5:
        o["serial"] = {"type": "student_no", "value": p["student_no"], "school": "河西大学"}
        o["contents"].append("学生证")
    elif rng.random() < 0.25:
        o["serial"] = {"type": "id", "value": p["id"]}
        o["contents"].append("身份证")
    if rng.random() < 0.4:
        o["visible"].append(rng.choice(["拉链上挂着小熊", "侧面有个破口", "背带是补过的",
                                        "挂着一个行李牌写着%s" % p["name"][0] + "先生" if rng.random() < 0.5 else "挂着名牌"]))
    return o


def b_cash(rng, p):
    amt = rng.choice([300, 500, 800, 1000, 1200, 2000, 2600, 3000, 4500, 5000])
    wrap = rng.choice(["装在牛皮纸信封里", "装在红包里", "装在塑料袋里", "用橡皮筋捆着", "用报纸包着"])
    o = _obj("cash", "现金", ["现金", "钱", "一沓钱"], ["现金", "人民币", "现金一沓"], None, None, None)
    o["amount"] = amt
    o["visible"].append(wrap)
    o["hidden"].append(rng.choice(["是这个月的工资", "是给娃娃交学费的钱", "是取出来交暖气费的",
                                   "是准备回老家的路费", "是面馆这两天的营业款"]))
    o["denom"] = rng.choice(["全是一百的", "一百和五十的都有", "大部分是一百的，还有几张二十的"])
    return o


def b_jewel(rng, p):
    kind = rng.choice(["金手镯", "金戒指", "银手镯", "玉坠", "金耳环", "珍珠项链", "念珠", "金项链"])
    if p.get("hui") and rng.random() < 0.3:
        kind = "念珠"
    color = {"金手镯": "金", "金戒指": "金", "银手镯": "银", "玉坠": "绿", "金耳环": "金",
             "珍珠项链": "白", "念珠": rng.choice(["棕", "黑", "绿"]), "金项链": "金"}[kind]
    nouns = {"念珠": ["念珠", "泰斯比哈", "珠串"], "玉坠": ["玉坠", "玉吊坠", "和田玉坠子"]}.get(kind, [kind, kind[1:] if kind[0] in "金银" else kind])
    o = _obj("jewelry", kind, nouns, nouns[:2] if kind != "念珠" else ["念珠", "一串珠子", "手串"],
             color, None if kind in ("念珠", "玉坠") else rng.choice(JEWEL_BRANDS), None)
    if kind.startswith("金"):
        o["visible"].append("内侧刻着足金999")
        o["hidden"].append("大概%d克" % rng.choice([3, 5, 8, 12, 18, 25, 32]))
        if rng.random() < 0.5:
            ini = "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(2))
            o["visible"].append("里面刻着%s" % ini)
            o["serial"] = {"type": "engrave", "value": ini}
    elif kind == "念珠":
        o["visible"].append(rng.choice(["33颗珠子", "99颗珠子", "木头的珠子", "中间有个流苏"]))
        o["hidden"].append("是从麦加带回来的")
    elif kind == "玉坠":
        o["visible"].append(rng.choice(["红绳挂着", "雕的是平安扣", "雕的是观音"]))
    else:
        o["visible"].append(rng.choice(["有一处小凹痕", "扣子有点松", "样式很老"]))
    o["hidden"].append(rng.choice(["是结婚时候买的", "是老人留下来的", "去年在%s买的" % (o["brand"] or "金店")]))
    return o


def b_elec(rng, p):
    kind = rng.choice(["无线耳机", "无线耳机", "平板", "笔记本电脑", "充电宝", "智能手表", "相机", "电子书"])
    spec = {
        "无线耳机": ([("苹果", "AirPods Pro"), ("苹果", "AirPods 3"), ("华为", "FreeBuds 5"),
                   ("小米", "Buds 4"), ("OPPO", "Enco X2")], ["耳机", "蓝牙耳机", "无线耳机"], ["蓝牙耳机", "耳机(带充电盒)"]),
        "平板": ([("苹果", "iPad Air"), ("华为", "MatePad 11"), ("小米", "小米平板6")], ["平板", "平板电脑", "iPad"], ["平板电脑", "平板"]),
        "笔记本电脑": ([("联想", "ThinkPad E14"), ("联想", "小新 Pro14"), ("华为", "MateBook 14"), ("苹果", "MacBook Air")],
                  ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑", "电脑"]),
        "充电宝": ([("罗马仕", "20000毫安"), ("小米", "10000毫安"), ("罗马仕", "10000毫安")], ["充电宝", "移动电源"], ["充电宝", "移动电源"]),
        "智能手表": ([("华为", "Watch GT4"), ("小米", "手环8"), ("苹果", "Apple Watch S9")], ["手表", "智能手表", "手环"], ["智能手表", "电子手表"]),
        "相机": ([("佳能", "EOS 200D"), ("索尼", "ZV-E10"), ("索尼", "A6400")], ["相机", "照相机", "微单"], ["相机", "照相机"]),
        "电子书": ([("亚马逊", "Kindle"), ("掌阅", "iReader")], ["电子书", "Kindle", "阅读器"], ["电子阅读器", "电子书"]),
    }[kind]
    br, model = rng.choice(spec[0])
    o = _obj("electronics", kind, spec[1], spec[2],
             rng.choice(["白", "黑", "灰", "银"]) if kind != "无线耳机" else rng.choice(["白", "白", "黑"]), br, model)
    if br not in BRANDS:
        o["brand"] = None
        o["model"] = br + " " + model
    if kind in ("笔记本电脑", "平板", "相机", "无线耳机", "智能手表"):
        o["serial"] = {"type": "sn", "value": alnum(rng, rng.choice([8, 10, 12]))}
    pool = {"无线耳机": ["充电盒上有划痕", "充电盒套着硅胶套", "充电盒上贴着小贴纸", "看着挺新"],
            "笔记本电脑": ["外壳贴着贴纸", "装在灰色内胆包里", "键盘有个键帽掉了", "有明显磨损"],
            "平板": ["套着保护套", "带一支手写笔", "屏幕贴了类纸膜", "有明显磨损"],
            "相机": ["挂着一根挂绳", "镜头盖丢了", "装在相机包里"],
            "智能手表": ["表带是黑色硅胶的", "表盘有划痕", "换过一根皮表带"],
            "充电宝": ["有明显磨损", "连着一根数据线", "贴着名字贴"],
            "电子书": ["套着保护套", "屏幕有一道划痕"]}[kind]
    o["visible"].append(rng.choice(pool))
    o["hidden"].append(rng.choice(["里面有毕业论文", "开机密码是生日", "绑了我的账号", "里面存着照片"]))
    return o


OTHER_KINDS = [
    ("手套", ["手套", "一副手套", "手捂子"], ["手套", "手套一副"], ["黑", "黑", "灰", "棕", "红", "蓝"],
     [None, None, "北面", "迪卡侬"], ["皮手套", "毛线手套", "里面带绒的", "五指分开的", "连指的"]),
    ("围巾", ["围巾", "围脖"], ["围巾", "围巾一条"], ["红", "灰", "米", "蓝", "黑", "棕"],
     [None, None, None], ["羊绒的", "格子的", "毛线织的", "流苏边的", "很长很厚"]),
    ("帽子", ["帽子", "毛线帽", "棉帽"], ["帽子", "棉帽子"], ["黑", "灰", "白", "红", "蓝"],
     [None, None, "耐克"], ["毛线帽", "带护耳的雷锋帽", "白色礼拜帽", "带毛球的", "针织的"]),
    ("保温杯", ["保温杯", "水杯", "杯子"], ["保温杯", "水杯", "不锈钢杯子"], ["黑", "银", "白", "红", "蓝", "粉"],
     ["膳魔师", "象印", "富光", "哈尔斯", None], ["里面泡着枸杞", "里面有茶叶", "杯盖有磕痕", "贴着名字贴", "带提绳"]),
    ("雨伞", ["雨伞", "伞"], ["雨伞", "折叠伞"], ["黑", "蓝", "红", "格"],
     ["天堂", None, None], ["折叠伞", "长柄伞", "伞骨断了一根"]),
    ("羽绒服", ["羽绒服", "外套", "棉袄"], ["羽绒服", "外套一件"], ["黑", "白", "蓝", "红", "绿", "米"],
     ["波司登", "鸭鸭", "北面", None], ["长款带帽", "短款", "兜里有一包纸巾", "帽子上有毛领", "袖口有点脏"]),
    ("眼镜", ["眼镜", "近视眼镜", "老花镜"], ["眼镜", "眼镜一副"], ["黑", "金", "银", "棕"],
     [None, None], ["装在眼镜盒里", "黑框的", "金属细框", "镜腿有胶布"]),
    ("暖手宝", ["暖手宝", "热水袋"], ["暖手宝", "充电暖手宝"], ["粉", "红", "白", "棕"],
     [None, "小米"], ["兔子形状的", "毛绒外套", "充电的"]),
    ("病历袋", ["病历和片子", "检查报告", "片子"], ["病历", "影像片袋", "检查资料袋"], ["白", "蓝"],
     [None], ["市第二人民医院的袋子", "里面有CT片", "里面有化验单"]),
    ("玩具", ["玩具", "娃娃的玩具", "毛绒玩具"], ["毛绒玩具", "儿童玩具"], ["粉", "黄", "白", "棕"],
     [None], ["小熊", "奥特曼", "小兔子", "小汽车"]),
    ("盖碗", ["盖碗", "茶碗", "三炮台"], ["盖碗茶具", "茶碗"], ["白", "蓝"],
     [None], ["青花的", "装在布包里", "碗盖有个小缺口"]),
]


EXCLUSIVE = [("毛线帽", "带护耳的雷锋帽", "白色礼拜帽", "针织的"), ("皮手套", "毛线手套"),
             ("五指分开的", "连指的"), ("黑框的", "金属细框"), ("折叠伞", "长柄伞"), ("长款带帽", "短款")]


def b_other(rng, p):
    k = rng.choice(OTHER_KINDS)
    if p.get("hui") and rng.random() < 0.2:
        k = OTHER_KINDS[2]
    kind, no, nf, cols, brs, feats = k
    col = rng.choice(cols)
    if col == "格":
        col = "蓝"
    o = _obj("other", kind, no, nf, col, rng.choice(brs), None)
    fs = list(feats)
    rng.shuffle(fs)
    got = []
    for f in fs[:rng.randint(1, 2)]:
        grp = [g for g in EXCLUSIVE if f in g]
        if grp and any(x in grp[0] for x in got):
            continue
        got.append(f)
    o["visible"] += got
    if "白色礼拜帽" in got:
        o["brand"] = None
    if kind == "帽子" and "白色礼拜帽" in o["visible"]:
        o["color"] = "白"
    if kind == "羽绒服" and rng.random() < 0.4:
        o["contents"].append(rng.choice(["兜里有一串钥匙", "兜里有几十块零钱", "兜里有公交卡"]))
    if kind in ("保温杯", "手套", "围巾") and rng.random() < 0.3:
        o["hidden"].append(rng.choice(["是女朋友送的", "是娃娃买的", "单位发的"]))
    return o


BUILDERS = {"phone": b_phone, "id_doc": b_id, "wallet": b_wallet, "keys": b_keys, "ebike": b_ebike,
            "bicycle": b_bike, "bag": b_bag, "cash": b_cash, "jewelry": b_jewel,
            "electronics": b_elec, "other": b_other}


def sibling(obj, rng, keep):
    """Another object of the same kind. keep: attributes copied from obj (the rest redrawn)."""
    p2 = new_person(rng, obj["owner"]["persona"])
    o2 = None
    for _ in range(200):
        o2 = build(obj["cat"], rng, p2)
        if "kind" not in keep or (o2["kind"] == obj["kind"] and
                                  (o2["serial"] or {}).get("type") == (obj["serial"] or {}).get("type")):
            break
    else:
        return None
    for k in keep:
        if k == "kind":
            for f in ("kind", "nouns_o", "nouns_f"):
                o2[f] = copy.deepcopy(obj[f])
        elif k == "visible":
            own = [v for v in o2["visible"] if v.startswith(("姓名", "写着", "背面签名", "车牌"))]
            o2["visible"] = [v for v in obj["visible"]
                             if not v.startswith(("姓名", "写着", "背面签名", "车牌"))] + own
        else:
            o2[k] = copy.deepcopy(obj[k])
    return o2


# ---------------------------------------------------------------- wording

def color_word(obj, rng, side):
    c = obj["color"]
    if c is None:
        return None
    if side == "finder" and rng.random() < 0.06 and c in COLOR_SLIPS:
        return rng.choice(COLOR_SLIPS[c])
    w = COLORS[c]
    return w[0] if rng.random() < 0.5 else rng.choice(w)


def brand_word(brand, rng):
    if brand is None:
        return None
    w = BRANDS.get(brand, [brand])
    return w[0] if rng.random() < 0.45 else rng.choice(w)


def model_word(model, rng):
    if not model:
        return None
    r = rng.random()
    if r < 0.45:
        return model
    if r < 0.65:
        return model.replace(" ", "")
    if r < 0.8:
        return model.lower().replace(" ", "")
    if model.startswith("iPhone "):
        return rng.choice(["苹果" + model[7:], model[7:], "i" + model[7:].replace(" ", "")])
    return model.upper()


def spaced(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def serial_word(obj, rng, side):
    s = obj["serial"]
    if s is None:
        return None
    t, v = s["type"], s["value"]
    r = rng.random()
    if t == "imei":
        if side == "owner":
            if r < 0.3:
                return v
            if r < 0.5:
                return spaced(v, [2, 6, 6])
            if r < 0.65:
                return "IMEI:" + v
            if r < 0.8:
                return spaced(v, [4, 4, 4])
            if r < 0.9:
                return "IMEI后四位" + v[-4:]
            return v[:8] + "-" + v[8:]
        if r < 0.5:
            return v
        if r < 0.75:
            return "IMEI " + spaced(v, [2, 6, 6])
        return "串号" + v
    if t == "id":
        if side == "owner":
            if r < 0.6:
                return v
            if r < 0.75:
                return v[:6] + "********" + v[-4:]
            if r < 0.85:
                return "尾号" + v[-4:]
            return v[:6] + " " + v[6:14] + " " + v[14:]
        if r < 0.45:
            return v
        if r < 0.7:
            return v[:6] + "********" + v[-4:]
        if r < 0.85:
            return v[:4] + "*" * 10 + v[-4:]
        return v[:10] + "****" + v[-4:]
    if t == "card":
        tail = s["tail"]
        if side == "owner":
            return rng.choice(["尾号" + tail, "尾号" + tail, "卡号后四位" + tail, tail])
        return rng.choice([s["bin"] + "****" + tail, s["bin"] + " **** **** " + tail, "尾号" + tail])
    if t == "student_no":
        if r < 0.5:
            return v
        if r < 0.7:
            return "学号" + v
        if r < 0.85:
            return v[:4] + "-" + v[4:8] + "-" + v[8:]
        return "学号后四位" + v[-4:] if side == "owner" else v
    if t == "frame":
        if r < 0.5:
            return v
        if r < 0.7:
            return v.lower()
        if r < 0.85:
            return spaced(v, [3, 4, 4])
        return "车架号后六位" + v[-6:]
    if t == "sn":
        if r < 0.55:
            return v
        if r < 0.75:
            return "S/N:" + v
        if r < 0.9:
            return v.lower()
        return spaced(v, [4, 4])
    if t == "med":
        return rng.choice([v, "就诊卡号" + v, v.lstrip("0")])
    if t == "engrave":
        return rng.choice([v, "刻字" + v, v.lower()])
    return v


def owner_amount(amt, rng):
    if amt is None:
        return None
    if amt == 0:
        return rng.choice(["没什么钱", "里面没现金"])
    if amt < 100:
        return rng.choice(["几十块零钱", "有%d块钱" % amt])
    r = rng.random()
    if r < 0.35:
        return "现金%d元" % amt
    if r < 0.7:
        base = amt // 100 * 100
        return rng.choice(["大概%d多块" % base, "%d左右现金" % (round(amt / 100.0) * 100),
                           "一千多块" if 1000 <= amt < 2000 else "%d块钱左右" % base])
    return rng.choice(["有些现金", "几百块现金" if amt < 1000 else "一千多现金" if amt < 2000 else "两三千现金"])


def finder_amount(amt, rng):
    if amt is None:
        return None
    if amt == 0:
        return "内无现金"
    return rng.choice(["内有现金%d元" % amt, "现金%d元" % amt, "经清点现金人民币%d元" % amt, "有%d块钱" % amt])
