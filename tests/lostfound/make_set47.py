#!/usr/bin/env python3
"""Writes tests/lostfound/set47.json: a blind lost-and-found set for the 阳光坐席 desk of an
invented police station in 松江市道外区 in winter (冰雪节, 滑雪专线, 东升老街, 理工大学考试周,
春运前的松江站).

Every object is first drawn as a hidden truth record; the lost report (owner's voice) and the
found registration (finder's / desk officer's voice) are then written from it separately, each
knowing only what that person could know.  Standard library only, one random.Random(4747).
"""
import datetime
import json
import os
import random

SEED = 4747
PFX = "S47"
PART = "set47"
R = random.Random(SEED)
NOW = datetime.datetime(2027, 1, 25, 18, 0)   # hidden registration moment (春运 just begun)

N_LOST = 260
N_TRUE = 160
N_HARD = 80          # hard negatives, one per never-found report
N_DECOY = 15         # same-category decoys placed near a report that does have its item
N_RANDOM = 25        # things nobody ever asks for
MAX_CROSS = 4

# --------------------------------------------------------------------------- numbers

def gb11643(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return "10X98765432"[s % 11]


REGIONS = ["230188", "230197", "231096", "239102", "230471", "232745", "231283"]


def make_idno(birth_year=None):
    reg = R.choice(REGIONS)
    y = birth_year or R.randint(1958, 2007)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randint(0, 364))
    body = reg + d.strftime("%Y%m%d") + "%03d" % R.randint(1, 999)
    return body + gb11643(body)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def make_imei():
    s = "86" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return s + luhn_digit(s)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def alnum(n):
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(R.choice(a) for _ in range(n))

# --------------------------------------------------------------------------- world

SURN = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = list("春秋冬雪冰松江晓明丽娟红军建国桂兰淑芬玉凤秀英志强海波振宇子涵梓轩欣怡浩然佳琪思远雨桐博文一鸣静怡俊杰德胜永福宏伟立新凤霞晓东桂芝金山")


def person():
    return R.choice(SURN) + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2])))


# name, how people say it, lat, lon
ZONES = {
    "fest": [("松江冰雪世界南门", ["冰雪大世界南门", "冰雪节南门口", "冰雪世界正门那"], 45.7915, 126.5921),
             ("松江冰雪世界超级冰滑梯", ["大滑梯排队那", "冰滑梯", "超级滑梯那块"], 45.7962, 126.5889),
             ("松江冰雪世界游客服务中心", ["游客中心", "冰雪世界寄存处旁边"], 45.7940, 126.5950),
             ("松江冰雪世界P3停车场", ["冰雪世界停车场", "P3停车场"], 45.7898, 126.5985),
             ("江心岛雪雕园", ["雪雕园", "江心岛看雪雕那"], 45.8010, 126.6040)],
    "ski": [("青峰岭滑雪场雪具大厅", ["雪具大厅", "滑雪场租板那", "雪具大厅换鞋区"], 45.5120, 127.0210),
            ("青峰岭滑雪场缆车站", ["缆车那", "缆车上车口", "魔毯旁边"], 45.5085, 127.0262),
            ("青峰岭滑雪场停车场", ["滑雪场停车场", "青峰岭停车场"], 45.5142, 127.0188)],
    "bus": [("Y6路滑雪专线道外客运站始发站", ["Y6路", "滑雪专线大巴", "去青峰岭的公交"], 45.7745, 126.6702),
            ("Y6路青峰岭终点站", ["Y6终点", "滑雪场公交站"], 45.5150, 127.0175)],
    "market": [("东升老街早市", ["老街早市", "东升早市", "老市场"], 45.7808, 126.6551),
               ("东升老街二道街口", ["二道街口", "老街二道街那"], 45.7815, 126.6572),
               ("东升老街冻货市场", ["冻货市场", "卖冻梨冻柿子那"], 45.7799, 126.6538),
               ("老马家铁锅炖东升老街店", ["老马家铁锅炖", "铁锅炖那家"], 45.7821, 126.6560)],
    "univ": [("松江理工大学图书馆", ["图书馆", "理工大图书馆", "图书馆三楼自习室"], 45.7450, 126.6310),
             ("松江理工大学第一食堂", ["一食堂", "理工一食堂"], 45.7438, 126.6295),
             ("松江理工大学A区教学楼", ["A区教学楼", "考场A区", "A区"], 45.7462, 126.6327),
             ("松江理工大学东门快递站", ["东门快递站", "理工东门驿站"], 45.7441, 126.6350),
             ("松江理工大学9号宿舍楼", ["9号楼", "九舍", "宿舍楼下"], 45.7428, 126.6338)],
    "station": [("松江站北广场", ["火车站北广场", "松江站北口", "北广场"], 45.7610, 126.6320),
                ("松江站南广场", ["火车站南广场", "南广场"], 45.7585, 126.6335),
                ("松江站候车室二楼", ["候车室", "二楼候车大厅", "候车室检票口"], 45.7600, 126.6328),
                ("松江站售票厅", ["售票厅", "取票机那"], 45.7594, 126.6310),
                ("松江站出站口", ["出站口", "地下出站通道"], 45.7603, 126.6345)],
    "street": [("道外万象汇商场", ["万象汇", "万象汇一楼"], 45.7870, 126.6480),
               ("地铁2号线东升站", ["东升地铁站", "地铁东升站B口"], 45.7830, 126.6530),
               ("道外区北十六道街", ["北十六道街", "十六道街小区门口"], 45.7852, 126.6615),
               ("道外区景新街菜市场", ["景新街菜市场", "景新菜市场"], 45.7889, 126.6655),
               ("松江市第三医院门诊楼", ["三院门诊", "第三医院"], 45.7790, 126.6420)],
}
ZONE_DAYS = {"fest": (1, 45), "ski": (1, 50), "bus": (1, 50), "market": (1, 55),
             "univ": (8, 22), "station": (0.3, 10), "street": (1, 55)}
ADDR_PFX = {"ski": "松江市青峰岭", "bus": "松江市"}

CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
        "electronics", "other"]
CAT_COUNT = {"phone": 40, "wallet": 28, "id_doc": 30, "keys": 24, "ebike": 16, "bicycle": 12,
             "bag": 24, "cash": 12, "jewelry": 14, "electronics": 30, "other": 30}
CAT_ZONES = {
    "phone": {"fest": 3, "ski": 2, "bus": 2, "market": 2, "univ": 2, "station": 3, "street": 2},
    "wallet": {"market": 3, "station": 3, "street": 2, "fest": 1, "bus": 1, "univ": 1},
    "id_doc": {"station": 4, "univ": 4, "street": 2, "market": 1, "fest": 1},
    "keys": {"street": 3, "market": 2, "ski": 2, "fest": 2, "univ": 1},
    "ebike": {"street": 4, "univ": 3, "market": 2},
    "bicycle": {"univ": 4, "street": 2},
    "bag": {"station": 3, "univ": 3, "bus": 2, "ski": 2, "fest": 1},
    "cash": {"station": 2, "market": 3, "street": 2},
    "jewelry": {"fest": 2, "ski": 2, "market": 1, "street": 2, "station": 1},
    "electronics": {"univ": 3, "station": 2, "ski": 2, "bus": 2, "fest": 2},
    "other": {"ski": 3, "fest": 3, "bus": 2, "univ": 2, "market": 1, "station": 1},
}

COLORS = {
    "黑": (["黑色", "黑的", "哑光黑", "深色", "曜石黑", "纯黑"], ["黑色", "深色", "黑"]),
    "白": (["白色", "米白", "乳白", "珍珠白", "白的"], ["白色", "白", "浅色"]),
    "蓝": (["蓝色", "深蓝", "冰川蓝", "藏蓝", "宝蓝"], ["蓝色", "蓝", "深蓝色"]),
    "红": (["红色", "酒红", "枣红", "大红"], ["红色", "红", "暗红"]),
    "灰": (["灰色", "深灰", "银灰", "浅灰"], ["灰色", "灰", "深色"]),
    "银": (["银色", "银白", "亮银"], ["银色", "银灰色"]),
    "粉": (["粉色", "樱花粉", "浅粉", "粉的"], ["粉色", "粉红"]),
    "绿": (["绿色", "墨绿", "军绿"], ["绿色", "深绿"]),
    "紫": (["紫色", "浅紫", "香芋紫"], ["紫色", "紫"]),
    "金": (["金色", "香槟金", "土豪金"], ["金色", "金黄色"]),
    "棕": (["棕色", "咖啡色", "驼色", "褐色"], ["棕色", "咖啡色"]),
    "黄": (["黄色", "姜黄", "明黄"], ["黄色"]),
}

BRANDS = {
    "华为": ["华为", "HUAWEI", "华伟", "huawei", "Huawei"],
    "苹果": ["苹果", "iPhone", "Apple", "爱疯", "apple"],
    "小米": ["小米", "Xiaomi", "MI", "xiaomi", "红米"],
    "OPPO": ["OPPO", "oppo", "欧珀"],
    "vivo": ["vivo", "VIVO", "维沃"],
    "荣耀": ["荣耀", "HONOR", "honor", "容耀"],
    "七匹狼": ["七匹狼", "SEPTWOLVES", "7匹狼"],
    "金利来": ["金利来", "Goldlion", "金利莱"],
    "蔻驰": ["蔻驰", "COACH", "寇驰", "coach"],
    "大众": ["大众", "VW", "大众汽车", "Volkswagen"],
    "丰田": ["丰田", "TOYOTA", "toyota"],
    "比亚迪": ["比亚迪", "BYD", "byd", "比亚笛"],
    "吉利": ["吉利", "GEELY", "geely"],
    "雅迪": ["雅迪", "Yadea", "雅笛", "yadi"],
    "爱玛": ["爱玛", "AIMA", "艾玛", "aima"],
    "台铃": ["台铃", "TAILG", "台岭", "tailing"],
    "小牛": ["小牛", "NIU", "niu", "小牛电动"],
    "九号": ["九号", "Ninebot", "9号", "jiuhao"],
    "捷安特": ["捷安特", "GIANT", "吉安特", "giant"],
    "美利达": ["美利达", "MERIDA", "美丽达"],
    "永久": ["永久", "FOREVER", "yongjiu"],
    "喜德盛": ["喜德盛", "XDS", "xidesheng"],
    "北面": ["北面", "The North Face", "TNF", "北脸"],
    "迪卡侬": ["迪卡侬", "Decathlon", "迪卡龙", "DECATHLON"],
    "新秀丽": ["新秀丽", "Samsonite", "新秀里"],
    "波司登": ["波司登", "BOSIDENG", "波斯登", "bosideng"],
    "雪中飞": ["雪中飞", "SNOWFLYING", "xuezhongfei"],
    "周大福": ["周大福", "CTF", "周大富", "Chow Tai Fook"],
    "老凤祥": ["老凤祥", "LAOFENGXIANG", "老凤翔"],
    "周生生": ["周生生", "Chow Sang Sang", "周生升"],
    "罗马仕": ["罗马仕", "ROMOSS", "罗马士", "romoss"],
    "安克": ["安克", "Anker", "anker", "安可"],
    "索尼": ["索尼", "SONY", "sony"],
    "佳能": ["佳能", "Canon", "canon", "佳能相机"],
    "大疆": ["大疆", "DJI", "dji", "大将"],
    "联想": ["联想", "Lenovo", "lenovo", "联相"],
    "膳魔师": ["膳魔师", "THERMOS", "膳魔士", "thermos"],
    "象印": ["象印", "ZOJIRUSHI", "象印牌"],
    "富光": ["富光", "FUGUANG", "fuguang"],
}

# ------------------------------------------------------------------ object generators
# Each returns a truth dict:
#   cat, kind, nouns (owner words), fnouns (finder words), color, brand, model,
#   serial (kind, value), vis (visible marks), hid (owner-only facts), name (printed name)


def base(cat, kind, nouns, fnouns, color, brand=None, model=None):
    return {"cat": cat, "kind": kind, "nouns": nouns, "fnouns": fnouns, "color": color,
            "brand": brand, "model": model, "serial": None, "vis": [], "hid": [], "name": None,
            "alt_cat": None, "case_color": None}


PHONE_MODELS = {"华为": ["Mate 75 雪原版", "nova 15 青春", "畅享 90 Plus", "Pura 85"],
                "苹果": ["iPhone 16s", "iPhone 17 mini", "iPhone 15e Plus"],
                "小米": ["Civi 6 Lite", "Redmi K90 冰川", "小米 16X"],
                "OPPO": ["Reno 15 Air", "A3x Pro", "Find X9s"],
                "vivo": ["X300 Lite", "S25e", "Y79t"],
                "荣耀": ["Magic 8 Lite", "X70 雪", "Play 10C"]}
CASES = [("加厚毛绒壳，上面有个小熊耳朵", "棕"), ("透明壳，有点发黄了", None),
         ("黑色皮套翻盖的", "黑"), ("粉色防摔壳带支架", "粉"), ("卡通企鹅壳", "蓝"),
         ("红色硅胶壳，过年新换的", "红"), ("磨砂黑壳", "黑"), ("白色毛毛壳", "白")]


def o_phone():
    b = R.choice(sorted(PHONE_MODELS))
    o = base("phone", "phone", ["手机", "手机", "手记", "电话"], ["手机", "手机一部", "智能手机"],
             R.choice(["黑", "白", "蓝", "紫", "银", "绿", "金"]), b, R.choice(PHONE_MODELS[b]))
    case, cc = R.choice(CASES)
    o["vis"].append(case)
    o["case_color"] = cc
    if R.random() < 0.4:
        o["vis"].append(R.choice(["屏幕右上角摔裂了", "屏幕碎成蜘蛛网了", "后背贴了张雪人贴纸",
                                  "壳后面插着张公交卡", "挂着一根红绳挂绳"]))
    o["hid"].append(R.choice(["锁屏是我闺女照片", "锁屏是我家狗", "锁屏密码是六位数", "壁纸是冰雪世界拍的夜景",
                              "锁屏是我和对象的合照", "指纹解锁", "锁屏是个动漫人物"]))
    o["hid"].append("手机号尾号" + digits(4))
    if R.random() < 0.3:
        o["hid"].append("壳里夹着" + R.choice(["一百块钱", "身份证", "两张电影票", "滑雪场押金条"]))
    o["serial"] = ("imei", make_imei())
    return o


def o_wallet():
    b = R.choice(["七匹狼", "金利来", "蔻驰", None, None])
    o = base("wallet", "wallet", ["钱包", "钱夹", "皮夹子", "钱抱", "卡包"], ["钱包", "钱包一个", "皮夹"],
             R.choice(["黑", "棕", "红", "粉", "灰"]), b)
    o["name"] = person()
    amt = R.choice([150, 230, 300, 480, 600, 820, 1000, 1260])
    bank = R.choice(["工行", "建行", "农行", "中行", "邮储", "松江农商行"])
    pre = {"工行": "6222", "建行": "6217", "农行": "6228", "中行": "6216", "邮储": "6221",
           "松江农商行": "6231"}[bank]
    tail = digits(4)
    o["bank"] = (bank, pre, tail)
    o["vis"].append(R.choice(["折叠款", "长款拉链的", "短款两折", "边角磨白了"]))
    o["vis"].append("里面有%s卡" % bank)
    o["hid"].append("现金大概%d块" % amt)
    o["cash"] = amt
    if R.random() < 0.6:
        o["idno"] = make_idno()
        o["vis"].insert(0, "有身份证（%s）" % o["name"])
        o["serial"] = ("bankcard", pre + "*" * 8 + tail) if R.random() < 0.4 else ("idno", o["idno"])
    else:
        o["vis"].append("有张名片写着%s" % o["name"])
        o["serial"] = ("bankcard", pre + "*" * 8 + tail)
    o["hid"].append(R.choice(["夹层有张全家福", "有张给孩子买的火车票报销单", "还有两张超市小票",
                              "有个平安符", "有张松江通公交卡"]))
    return o


def o_id():
    k = R.choice(["身份证", "身份证", "学生证", "驾驶证"])
    o = base("id_doc", k, [], [], None)
    o["name"] = person()
    if k == "身份证":
        o["nouns"] = ["身份证", "身分证", "二代证", "身份证件"]
        o["fnouns"] = ["居民身份证一张", "身份证", "身份证一张"]
        o["serial"] = ("idno", make_idno())
        o["vis"].append("姓名%s" % o["name"])
        o["hid"].append(R.choice(["补办过一次的", "照片是十几岁时照的", "证套是蓝色塑料的"]))
        if R.random() < 0.4:
            o["color"] = "蓝"
            o["vis"].append("装在蓝色证件套里")
    elif k == "学生证":
        o["nouns"] = ["学生证", "学生正", "学生卡", "校园卡"]
        o["fnouns"] = ["学生证", "学生证一本", "校园卡"]
        o["serial"] = ("student", "20%02d%04d%02d" % (R.randint(21, 26), R.randint(1101, 1399), R.randint(1, 40)))
        o["color"] = R.choice(["红", "蓝"])
        o["vis"].append("松江理工大学%s学院 %s" % (R.choice(["机械", "计算机", "土木", "材料", "经管", "外语"]), o["name"]))
        o["hid"].append(R.choice(["里面夹着期末准考证", "饭卡里还有两百多", "里面有火车票优惠磁条", "背面贴了个小猫贴纸"]))
    else:
        o["nouns"] = ["驾驶证", "驾照", "本儿"]
        o["fnouns"] = ["机动车驾驶证", "驾驶证一本"]
        o["serial"] = ("idno", make_idno(R.randint(1965, 2004)))
        o["color"] = "黑" if R.random() < 0.5 else None
        o["vis"].append("姓名%s，准驾C1" % o["name"])
        o["hid"].append(R.choice(["里面夹着行驶证", "夹着一张加油卡", "还剩6分没扣"]))
    return o


def o_keys():
    k = R.choice(["car", "car", "home", "ebike"])
    o = base("keys", k, ["钥匙", "钥是", "钥匙串", "一串钥匙"], ["钥匙一串", "钥匙", "钥匙串"],
             R.choice(["黑", "银", "红", "蓝", None]))
    charm = R.choice(["小熊挂件", "雪人毛绒挂件", "红绳葫芦", "开瓶器", "指甲刀", "平安扣", "小铃铛"])
    o["vis"].append("挂着%s" % charm)
    n = R.randint(2, 6)
    if k == "car":
        o["brand"] = R.choice(["大众", "丰田", "比亚迪", "吉利"])
        o["nouns"] = ["车钥匙", "汽车钥匙", "车钥是", "遥控钥匙"]
        o["fnouns"] = ["汽车遥控钥匙", "车钥匙一把", "汽车钥匙"]
        o["vis"].append("带遥控器的车钥匙")
        o["hid"].append("车是%s的，车牌尾号%s" % (R.choice(["白色", "黑色", "银色"]), digits(3)))
    elif k == "ebike":
        o["brand"] = R.choice(["雅迪", "爱玛", "台铃"])
        o["nouns"] = ["电动车钥匙", "电车钥匙", "电驴钥匙"]
        o["fnouns"] = ["电动车钥匙", "电瓶车钥匙一把"]
        o["vis"].append("带个小遥控")
        o["hid"].append("车停在%s" % R.choice(["楼下", "单位门口", "市场后身"]))
    else:
        o["vis"].append("%d把钥匙，带一个%s门禁卡" % (n, R.choice(["蓝色", "黄色", "白色圆的"])))
        o["hid"].append(R.choice(["有一把是单位抽屉的", "有把小的是信报箱的", "防盗门钥匙是十字的"]))
    return o


def o_ebike():
    b = R.choice(["雅迪", "爱玛", "台铃", "小牛", "九号"])
    pre = {"雅迪": "YD", "爱玛": "AM", "台铃": "TL", "小牛": "NU", "九号": "NB"}[b]
    o = base("ebike", "ebike", ["电动车", "电瓶车", "电驴", "小电驴", "电动自行车"],
             ["电动车一辆", "电动自行车", "电瓶车"], R.choice(["白", "黑", "红", "蓝", "灰", "粉"]), b,
             R.choice(["冬季款", "E8", "M6 Lite", "F3", "小龟5", "N1c", "G30"]))
    o["serial"] = ("frame", pre + "%02d%02d" % (R.randint(21, 26), R.randint(1, 12)) + R.choice("ABCDK") + digits(5))
    o["plate"] = "道外" + R.choice("ABCD") + digits(5)
    o["vis"].append(R.choice(["车把上套着黑色棉把套", "车把有红色加厚把套", "前面挂着挡风被（迷彩的）",
                              "把套是带毛的那种", "装了个挡风被，蓝格子的"]))
    o["vis"].insert(0, "车牌%s" % o["plate"])
    if R.random() < 0.5:
        o["vis"].append(R.choice(["后座有个黑色储物箱", "脚踏板上铺着旧地毯", "车筐是铁的，有点变形"]))
    o["hid"].append(R.choice(["电瓶是新换的", "锁是我自己加的U型锁", "座桶里有个头盔和雨衣", "钥匙丢了一把只有一把了"]))
    return o


def o_bicycle():
    b = R.choice(["捷安特", "美利达", "永久", "喜德盛", None])
    o = base("bicycle", "bicycle", ["自行车", "单车", "洋车子", "山地车"], ["自行车一辆", "山地自行车", "自行车"],
             R.choice(["黑", "白", "蓝", "红", "灰", "绿"]), b, R.choice([None, "ATX 770", "勇士300", "XC 2", None]))
    o["serial"] = ("frame", alnum(2) + digits(2) + alnum(1) + digits(5))
    o["vis"].append(R.choice(["后座绑了个纸箱子", "车把缠着蓝色胶带", "前面有车筐", "轮胎上全是雪泥", "车座套着棉坐垫"]))
    o["hid"].append(R.choice(["锁是密码锁0417", "左刹车不太好使", "车座被我调得很低", "链条我前几天刚上过油"]))
    return o


def o_bag():
    k = R.choice(["双肩包", "挎包", "书包", "行李箱", "腰包"])
    b = R.choice(["北面", "迪卡侬", "新秀丽", "小米", None])
    o = base("bag", k, {"双肩包": ["双肩包", "背包", "包"], "挎包": ["挎包", "斜挎包", "小包"],
                        "书包": ["书包", "背包"], "行李箱": ["行李箱", "拉杆箱", "箱子"],
                        "腰包": ["腰包", "胸包"]}[k],
             {"双肩包": ["双肩背包一个", "背包"], "挎包": ["斜挎包一个", "挎包"], "书包": ["双肩书包", "书包"],
              "行李箱": ["拉杆行李箱一个", "行李箱"], "腰包": ["腰包一个", "小挎包"]}[k],
             R.choice(["黑", "灰", "蓝", "红", "绿", "白"]), b)
    things = R.sample(["高数课本和笔记", "考研资料一沓", "联想笔记本电脑", "保温杯", "一副滑雪手套", "充电宝",
                       "给老家带的红肠", "换洗衣服", "药（降压药）", "几本英语四级真题", "雪镜", "暖宝宝一包"], 3)
    o["vis"].append("里面有" + "、".join(things[:2]))
    o["hid"].append("还有" + things[2])
    o["vis"].append(R.choice(["拉链头上挂着个小雪人", "侧兜插着把折叠伞", "背带断了用别针别着", "包上别着个校徽",
                              "绑着张托运行李牌"]))
    o["name"] = person()
    o["hid"].append("本子上写着名字%s" % o["name"])
    return o


def o_cash():
    amt = R.choice([500, 800, 1000, 1200, 1600, 2000, 2600, 3000, 5000])
    k = R.choice(["红包", "信封", "一沓"])
    o = base("cash", k, ["现金", "钱", "红包"] if k == "红包" else ["现金", "钱", "一沓钱"],
             ["现金", "人民币现金"], "红" if k == "红包" else None)
    o["amount"] = amt
    if k == "红包":
        o["vis"].append("装在红包里，红包上印着%s" % R.choice(["福字", "恭喜发财", "金兔"]))
        o["hid"].append("准备过年给%s的" % R.choice(["我妈", "孙子", "外甥", "老丈人"]))
    elif k == "信封":
        o["vis"].append("装在牛皮纸信封里，信封上写着“%s”" % R.choice(["房租", "学费", "老三还款", "年货钱"]))
        o["hid"].append("都是一百的")
    else:
        o["vis"].append("用%s捆着" % R.choice(["皮筋", "银行纸条", "头绳"]))
        o["hid"].append(R.choice(["有几张五十的", "有张一百的缺个角", "都是新票子"]))
    return o


def o_jewelry():
    k = R.choice(["金手镯", "金项链", "戒指", "银手镯", "耳环", "玉吊坠"])
    b = R.choice(["周大福", "老凤祥", "周生生", None])
    col = {"金手镯": "金", "金项链": "金", "戒指": R.choice(["金", "银"]), "银手镯": "银", "耳环": "金",
           "玉吊坠": "绿"}[k]
    o = base("jewelry", k, {"金手镯": ["金手镯", "金镯子"], "金项链": ["金项链", "金链子"],
                            "戒指": ["戒指", "婚戒"], "银手镯": ["银镯子", "银手镯"],
                            "耳环": ["耳环", "耳钉"], "玉吊坠": ["玉坠", "翡翠吊坠", "玉坠子"]}[k],
             {"金手镯": ["金属手镯一只", "手镯一只"], "金项链": ["项链一条"], "戒指": ["戒指一枚"],
              "银手镯": ["手镯一只"], "耳环": ["耳环一只"], "玉吊坠": ["玉石吊坠", "吊坠一个"]}[k], col, b)
    if k in ("戒指", "金手镯", "银手镯"):
        o["engr"] = R.choice(["LOVE", "%s&%s" % (alnum(1), alnum(1)), "平安", "2019.10.1"])
        o["vis"].append("内圈刻着“%s”" % o["engr"])
    o["vis"].append(R.choice(["有点变形", "带个小福袋", "上面有个小雪花吊坠", "链子扣有点松", "很旧了"]))
    o["hid"].append(R.choice(["大概%d克" % R.randint(5, 35), "结婚时候买的", "我妈留给我的", "发票还在家"]))
    o["hid"].append(R.choice(["摘手套的时候带下来的", "在滑雪服兜里", "应该是掉雪地里了"]))
    return o


def o_elec():
    k = R.choice(["充电宝", "充电宝", "耳机", "相机", "平板", "笔记本", "电子书"])
    table = {"充电宝": (["罗马仕", "小米", "安克"], ["充电宝", "冲电宝", "移动电源"], ["充电宝一个", "移动电源"],
                     ["20000毫安", "10000毫安 快充", "磁吸款"]),
             "耳机": (["苹果", "华为", "小米", "索尼"], ["蓝牙耳机", "耳机", "耳机盒"], ["蓝牙耳机一副", "耳机盒"],
                    ["AirPods 4", "FreeBuds 7i", "Buds 6", "WF-C800"]),
             "相机": (["佳能", "索尼", "大疆"], ["相机", "照相机", "运动相机"], ["相机一台", "数码相机"],
                    ["R60", "ZV-E20", "Pocket 4"]),
             "平板": (["苹果", "华为", "小米"], ["平板", "平板电脑", "iPad"], ["平板电脑一台"],
                    ["iPad 12", "MatePad 13", "Pad 8"]),
             "笔记本": (["联想", "华为", "小米"], ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑一台"],
                     ["小新 Pro 17", "MateBook E2", "Redmi Book 15"]),
             "电子书": (["小米", "索尼"], ["电子书", "阅读器", "墨水屏"], ["电子阅读器一台"],
                     ["多看 X3", "Reader T5"])}
    bs, nouns, fnouns, models = table[k]
    b = R.choice(bs)
    o = base("electronics", k, nouns, fnouns, R.choice(["黑", "白", "灰", "银", "蓝"]), b, R.choice(models))
    o["serial"] = ("sn", alnum(4) + digits(4) + alnum(2) + digits(3))
    o["vis"].append(R.choice(["背面贴着写名字的胶布", "外壳有划痕", "套着个毛线套", "贴了一张雪花贴纸", "角上掉漆了"]))
    if k == "充电宝":
        o["vis"].append("带根%s数据线" % R.choice(["白色", "黑色", "粉色"]))
        o["hid"].append("冻得没电了，显示不了电量")
    else:
        o["hid"].append(R.choice(["开机密码是生日", "里面有我毕设的资料", "账号登的是我名字", "装在一个灰色内胆包里"]))
    return o


def o_other():
    k = R.choice(["手套", "羽绒服", "保温杯", "滑雪卡", "公交卡", "围巾", "雪镜"])
    if k == "手套":
        o = base("other", k, ["手套", "棉手套", "一副手套"], ["手套一副", "手套"], R.choice(["黑", "红", "灰", "粉", "白"]),
                 R.choice(["迪卡侬", "北面", None]))
        o["vis"].append(R.choice(["里面是羊毛的", "手背上有个雪花图案", "是连指的", "腕口有松紧带", "滑雪用的加厚款"]))
        o["hid"].append(R.choice(["右手那只食指破了个洞", "左手大拇指那开线了", "里面塞了暖宝宝"]))
    elif k == "羽绒服":
        o = base("other", k, ["羽绒服", "羽线服", "棉袄", "大衣"], ["羽绒服一件", "长款羽绒服"],
                 R.choice(["黑", "白", "红", "蓝", "绿"]), R.choice(["波司登", "雪中飞", "北面", None]))
        o["vis"].append(R.choice(["长款过膝", "帽子上有毛领", "短款面包服", "袖口有点脏"]))
        o["vis"].append("兜里有" + R.choice(["一串钥匙", "一副手套", "几张纸巾和暖宝宝", "一个充电宝"]))
        o["hid"].append(R.choice(["内兜里还有两百块钱", "尺码是XL", "拉链头掉了一个"]))
    elif k == "保温杯":
        o = base("other", k, ["保温杯", "保温悲", "水杯", "杯子"], ["保温杯一个", "水杯"],
                 R.choice(["黑", "白", "粉", "蓝", "绿", "银"]), R.choice(["膳魔师", "象印", "富光"]))
        o["vis"].append(R.choice(["杯身贴着名字贴", "杯盖上有个小熊", "有个提绳", "磕掉了一块漆"]))
        o["hid"].append(R.choice(["里面泡的枸杞", "里面是红糖姜茶", "装的热水"]))
    elif k == "滑雪卡":
        o = base("other", k, ["滑雪卡", "雪卡", "滑雪季卡", "雪票"], ["滑雪场季卡", "雪卡一张"],
                 R.choice(["白", "蓝"]), None)
        o["name"] = person()
        o["serial"] = ("card", "QF" + digits(8))
        o["vis"].append("青峰岭滑雪场季卡，上面有照片，姓名%s" % o["name"])
        o["hid"].append(R.choice(["季卡两千多买的", "卡套是挂脖子的蓝色卡套", "刚续的卡"]))
        o["alt_cat"] = "id_doc"
    elif k == "公交卡":
        o = base("other", k, ["公交卡", "松江通", "交通卡"], ["公交卡", "松江通卡一张"],
                 R.choice(["蓝", "白", "红"]), None)
        o["serial"] = ("card", "3101" + digits(12))
        o["vis"].append(R.choice(["老年卡，上面有照片", "学生卡，印着冰雪图案", "普通卡，套着卡通卡套"]))
        o["hid"].append("里面还有%d块钱" % R.randint(20, 200))
        o["alt_cat"] = "id_doc"
    elif k == "围巾":
        o = base("other", k, ["围巾", "围脖"], ["围巾一条"], R.choice(["红", "灰", "棕", "白", "黑"]), None)
        o["vis"].append(R.choice(["格子的", "毛线手织的", "带流苏的", "羊绒的"]))
        o["hid"].append("我妈给我织的")
    else:
        o = base("other", k, ["雪镜", "滑雪眼镜", "护目镜"], ["滑雪镜一副", "雪镜"], R.choice(["黑", "白", "粉"]),
                 R.choice(["迪卡侬", None]))
        o["vis"].append(R.choice(["镜片是镀膜彩色的", "绑带上有名字", "镜框有划痕"]))
        o["hid"].append(R.choice(["带近视内框", "镜片是可换的"]))
    return o


MAKERS = {"phone": o_phone, "wallet": o_wallet, "id_doc": o_id, "keys": o_keys, "ebike": o_ebike,
          "bicycle": o_bicycle, "bag": o_bag, "cash": o_cash, "jewelry": o_jewelry,
          "electronics": o_elec, "other": o_other}


def new_object(cat, zone=None):
    o = MAKERS[cat]()
    zw = CAT_ZONES[cat]
    o["zone"] = zone or R.choices(sorted(zw), weights=[zw[k] for k in sorted(zw)])[0]
    if o["kind"] == "学生证" or o["cat"] == "bicycle":
        o["zone"] = zone or R.choice(["univ", "univ", "street"])
    if o["kind"] in ("滑雪卡",):
        o["zone"] = zone or R.choice(["ski", "bus"])
    o["place"] = R.choice(ZONES[o["zone"]])
    return o

# ------------------------------------------------------------------ serial spelling

def spell_serial(kind, v, who):
    """Return (text for a field / body, is_partial)."""
    r = R.random()
    if kind == "imei":
        opts = [v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), "-".join([v[:4], v[4:8], v[8:12], v[12:]]),
                "IMEI:" + v, "IMEI后六位" + v[-6:], "串号尾号" + v[-4:]]
        return R.choice(opts if who == "owner" else opts[:4])
    if kind == "idno":
        masked = v[:6] + "*" * 8 + v[-4:]
        if who == "finder":
            return R.choice([masked, masked, v, v[:6] + "********" + v[-4:].lower(), v[:4] + "************" + v[-2:]])
        return R.choice([v, v, "%s %s %s" % (v[:6], v[6:14], v[14:]), "后四位" + v[-4:], v.lower(), masked])
    if kind == "student":
        return R.choice([v, "%s-%s-%s" % (v[:4], v[4:8], v[8:]), "学号" + v, "学号后四位" + v[-4:] if who == "owner" else v])
    if kind == "frame":
        opts = [v, "%s-%s-%s" % (v[:4], v[4:7], v[7:]), v.lower(), "%s %s" % (v[:5], v[5:])]
        if who == "owner":
            opts.append("车架号后五位" + v[-5:])
        return R.choice(opts)
    if kind == "sn":
        return R.choice([v, "SN:" + v, "S/N " + v[:4] + " " + v[4:8] + " " + v[8:], v.lower()])
    if kind == "card":
        return R.choice([v, " ".join(v[i:i + 4] for i in range(0, len(v), 4)), "卡号尾号" + v[-4:] if who == "owner" else v])
    if kind == "bankcard":
        t = v[-4:]
        if who == "owner":
            return R.choice(["尾号" + t, t, "银行卡尾号" + t, v[:4] + "****" + t])
        return R.choice([v, v[:4] + "****" + t, v[:4] + " **** **** " + t])
    return v

# ------------------------------------------------------------------ time phrases
CN_H = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def part_of_day(h):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 17:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def hour_word(h):
    h12 = h % 12 or 12
    return R.choice(["%d点" % h12, "%s点" % CN_H[h12]])


def day_word(dt):
    dd = (NOW.date() - dt.date()).days
    if dd == 0 and R.random() < 0.7:
        return "今天"
    if dd == 1 and R.random() < 0.7:
        return "昨天"
    if dd == 2 and R.random() < 0.6:
        return "前天"
    return R.choice(["%d月%d号" % (dt.month, dt.day), "%d月%d日" % (dt.month, dt.day), "%d.%d" % (dt.month, dt.day)])


def at(m):
    return NOW - datetime.timedelta(minutes=m)


def when_lost(lf, lt):
    a, b = at(lf), at(lt)
    if a.date() == b.date():
        s = day_word(a) + part_of_day(a.hour) + hour_word(a.hour)
        if lf - lt <= 90:
            return s + R.choice(["左右", "多", "前后"])
        return s + R.choice(["到", "至", "一直到"]) + (part_of_day(b.hour) if part_of_day(b.hour) != part_of_day(a.hour) else "") + hour_word(b.hour) + R.choice(["之间", "", "这段时间"])
    return (day_word(a) + part_of_day(a.hour) + hour_word(a.hour) + R.choice(["到", "，一直到"]) + day_word(b) +
            part_of_day(b.hour) + R.choice(["", hour_word(b.hour)]))


def when_found(m):
    a = at(m)
    d = day_word(a)
    if d[-1].isdigit():
        d += " "
    return d + R.choice([part_of_day(a.hour) + hour_word(a.hour) + R.choice(["许", "左右", ""]),
                                   "%d时%02d分" % (a.hour, a.minute), part_of_day(a.hour)])

# ------------------------------------------------------------------ voices
TYPO = [("身份证", "身分证"), ("充电宝", "冲电宝"), ("钥匙", "钥是"), ("手机", "手记"), ("在", "再"),
        ("的", "得"), ("羽绒服", "羽线服"), ("已经", "以经"), ("谢谢", "谢射"), ("麻烦", "麻凡"),
        ("图书馆", "图书管"), ("滑雪", "划雪"), ("候车室", "侯车室"), ("钱包", "钱抱")]


def typo(s, p):
    if R.random() < p:
        cands = [t for t in TYPO if t[0] in s]
        if cands:
            a, b = R.choice(cands)
            i = s.find(a)
            s = s[:i] + b + s[i + len(a):]
    return s


def colour_word(o, who):
    c = o["color"]
    if who == "finder" and o.get("case_color") and R.random() < 0.5:
        c = o["case_color"]
    if not c:
        return ""
    return R.choice(COLORS[c][0] if who == "owner" else COLORS[c][1])


def brand_word(o, who):
    if not o["brand"]:
        return ""
    sp = BRANDS[o["brand"]]
    return R.choice(sp) if who == "owner" else R.choice(sp[:2] + sp[:1])


def place_name(pl, who, exact=True):
    name, al, _, _ = pl
    if who == "finder":
        return name if R.random() < 0.6 else R.choice(al)
    return R.choice(al) if R.random() < 0.7 else name


def address_for(pl, zone):
    name = pl[0]
    pre = ADDR_PFX.get(zone, "松江市道外区")
    if R.random() < 0.5:
        return (pre + name)[:60]
    return name[:60]


def jitter(pl):
    return (round(pl[2] + R.uniform(-0.0025, 0.0025), 6), round(pl[3] + R.uniform(-0.0035, 0.0035), 6))


OPEN_L = ["", "", "", "您好，", "同志你好，", "急！", "麻烦帮忙找一下，", "我来登记个丢东西的，", "唉，"]
ACT_L = ["寻思揣兜里了，到家一掏{n}没了", "把{n}整丢了", "{n}落那了", "发现{n}没了", "{n}不见了", "{n}忘拿了", "{n}找不着了", "一摸兜{n}没了",
         "{n}不知道掉哪了"]
ACT_BIG = ["{n}让人偷了", "停那的{n}没了", "{n}找不着了", "出来一看{n}没影了", "锁那的{n}不见了"]
CLOSE_L = ["", "", "求好心人送回，必有重谢！", "贼着急，麻烦了", "打电话一直关机，估计冻没电了",
           "过两天就坐火车回老家了，麻烦尽快", "这破天嘎嘎冷，找了半天没找着", "捡到的请联系我，谢谢",
           "要是有人交了给我打电话", "老鼻子重要了", "咋整啊这可", "回去溜达一圈也没找着"]
FINDERS = {"fest": ["冰雪世界保安", "游客", "保洁阿姨", "冰雪世界工作人员"],
           "ski": ["雪具大厅工作人员", "滑雪教练", "游客", "缆车站工作人员"],
           "bus": ["Y6路公交司机", "乘客", "公交公司调度"],
           "market": ["摊主", "环卫工人", "买菜的大姐", "老马家服务员"],
           "univ": ["学生", "宿管阿姨", "图书馆管理员", "保洁阿姨", "快递站店员"],
           "station": ["车站客运员", "旅客", "车站保洁", "出租车司机"],
           "street": ["环卫工人", "商场保安", "群众", "巡逻民警", "出租车司机"]}
STATE_F = {"phone": ["已关机，按不亮，估计冻没电了", "有锁屏密码打不开", "屏幕亮着，有好多未接来电", "开机了但没人打进来"],
           "electronics": ["开不了机", "冻没电了", "外观完好"],
           "ebike": ["停放多日无人骑走，车座上积了雪", "没上锁，停在路边", "电瓶还在"],
           "bicycle": ["一直停那没人动，车上全是雪", "锁着，锁是好的", "锁被剪了扔旁边"]}


def owner_desc(o, use_color, use_brand, use_model):
    parts = []
    if use_color:
        parts.append(colour_word(o, "owner"))
    if use_brand:
        parts.append(brand_word(o, "owner"))
    if use_model and o["model"]:
        parts.append(" " + o["model"] + " " if R.random() < 0.5 else o["model"])
    parts = [p for p in parts if p]
    return "".join(parts) + ("的" if parts and R.random() < 0.3 else "")


def extra_owner(o):
    """Things an owner says that depend on the kind."""
    out = []
    if o["cat"] == "wallet":
        bank, pre, tail = o["bank"]
        out.append("%s卡尾号%s" % (bank, tail))
        if o.get("idno") and R.random() < 0.85:
            out.append("身份证也在里面，名字%s" % o["name"])
    if o["cat"] == "cash":
        a = o["amount"]
        out.append(R.choice(["一共%d块" % a, "大概%d左右" % a, "%d多块钱" % (a // 100 * 100 if a >= 1000 else a),
                             ("几百块" if a < 1000 else "%s千来块" % ("一" if a < 2000 else "两" if a < 3000 else "好几"))]))
    if o["cat"] == "ebike":
        out.append(R.choice(["车牌%s" % o["plate"], "车牌号是%s" % o["plate"][2:], "牌子尾号" + o["plate"][-3:]]))
    if o["cat"] in ("id_doc",) or (o["name"] and o["kind"] in ("滑雪卡",)):
        out.append(R.choice(["我叫%s" % o["name"], "名字是%s" % o["name"], "本人%s" % o["name"]]))
    return out


def write_lost(o, force=()):
    """The owner's registration: knows everything, tells some of it."""
    rec = {"category": o["cat"]}
    hurried = R.random() < 0.15 and not force
    uc = R.random() < 0.8 or "color" in force
    ub = R.random() < 0.75 or "brand" in force
    um = R.random() < 0.45
    desc = owner_desc(o, uc, ub, um)
    noun = R.choice(o["nouns"])
    pname = place_name(o["place"], "owner")
    ser = None
    if o["serial"] and (R.random() < 0.55 or "serial" in force):
        ser = spell_serial(o["serial"][0], o["serial"][1], "owner")
        if "serial" in force and ser.startswith(("后", "尾号", "串号", "车架号后", "卡号尾号", "学号后", "IMEI后")) and o["serial"][0] != "bankcard":
            ser = o["serial"][1]
    ex = extra_owner(o)
    if hurried:
        who = (" " + R.choice(["我叫", "本人", ""]) + o["name"]) if o["name"] and o["cat"] in ("id_doc", "other") else ""
        body = " ".join(x for x in [desc + noun + "丢了" + who, pname, when_lost(o["lf"], o["lt"]), R.choice(["急", "急!!", "", "速回电"])] if x)
        body = typo(body, 0.5)
    else:
        bits = [R.choice(OPEN_L) + "本人" * (R.random() < 0.3) + when_lost(o["lf"], o["lt"]) + R.choice(["在", "搁", "在", "去"]) + pname +
                R.choice(["", "的时候", "那块", "附近"]) + "，" + R.choice(ACT_BIG if o["cat"] in ("ebike", "bicycle") else ACT_L).format(n=desc + noun)]
        det = o["vis"][:] + o["hid"][:] + ex
        R.shuffle(det)
        k = R.randint(1, min(4, len(det)))
        if R.random() < 0.8 and o["vis"]:
            det.remove(o["vis"][0])
            det.insert(0, o["vis"][0])
        if o["cat"] == "id_doc":
            force = tuple(force) + ("name",)
        if "name" in force:
            named = [d for d in det if o["name"] and o["name"] in d]
            det = named[:1] + [d for d in det if d not in named[:1]]
            k = max(k, 1)
        bits.append("，".join(det[:k]))
        if ser and R.random() < 0.5:
            bits.append(R.choice(["号码是", "", "号："]) + ser)
        cl = R.choice(CLOSE_L)
        if "关机" in cl and o["cat"] != "phone":
            cl = ""
        bits.append(cl)
        body = "。".join(b for b in bits if b) + R.choice(["。", "", "！"])
        body = typo(body, 0.25)
    rec["body"] = body[:600]
    # structured fields: many people leave them empty
    fill = 0.25 if hurried else 0.65
    if uc and o["color"] and R.random() < fill or "color" in force and o["color"]:
        rec["color"] = colour_word(o, "owner")[:60]
    if o["brand"] and (R.random() < fill or "brand" in force):
        rec["brand"] = brand_word(o, "owner")[:60]
    if o["model"] and um and R.random() < fill:
        rec["model"] = o["model"][:60]
    if ser and (R.random() < 0.7 or "serial" in force):
        rec["serial"] = ser[:60]
    if not hurried and R.random() < 0.5:
        m = o["vis"][:1] + o["hid"][:1] + (ex[:1] if R.random() < 0.5 else [])
        rec["marks"] = "；".join(m)[:500]
    if R.random() < (0.3 if hurried else 0.75):
        rec["address"] = address_for(o["place"], o["zone"]) if R.random() < 0.6 else pname[:60]
    if R.random() < 0.3:
        rec["lat"], rec["lon"] = jitter(o["place"])
    return rec


def write_found(o, fz, fpl, fat, force=()):
    """The finder's registration at the desk: only what can be seen or read."""
    cat = o.get("file_cat") or o["cat"]
    rec = {"category": cat}
    finder = R.choice(FINDERS[fz])
    noun = R.choice(o["fnouns"])
    cw = colour_word(o, "finder")
    bw = brand_word(o, "finder") if (R.random() < 0.6 or "brand" in force) else ""
    pname = place_name(fpl, "finder")
    ser = None
    if o["serial"]:
        sk = o["serial"][0]
        p = {"imei": 0.3, "idno": 0.85, "student": 0.8, "frame": 0.55, "sn": 0.45, "card": 0.7, "bankcard": 0.4}[sk]
        if R.random() < p or "serial" in force:
            ser = spell_serial(sk, o["serial"][1], "finder")
            while "serial" in force and ser[-4:] != o["serial"][1][-4:]:
                ser = spell_serial(sk, o["serial"][1], "finder")
    vis = o["vis"][:]
    R.shuffle(vis)
    if R.random() < 0.85 and vis:
        vis.remove(o["vis"][0])
        vis.insert(0, o["vis"][0])
    if "name" in force:
        vis.sort(key=lambda d: 0 if (o["name"] and o["name"] in d) else 1)
    k = R.randint(1, len(vis))
    desc = cw + bw + noun
    style = R.random()
    if style < 0.2:
        body = "拾%s %s %s %s交来" % (desc, pname, when_found(fat), finder)
        if vis and (R.random() < 0.7 or o["cat"] in ("ebike", "id_doc", "wallet")):
            body += " " + vis[0]
        body = typo(body, 0.4)
    else:
        bits = [when_found(fat) + "，" + finder + R.choice(["在", "于"]) + pname + R.choice(["捡到", "拾得", "发现", "捡着"]) + desc]
        bits.append("，".join(vis[:k]))
        if o["cat"] == "wallet":
            bits.append("内有现金%d元" % o["cash"] if R.random() < 0.7 else "内有少量现金")
        if o["cat"] == "cash":
            bits.append("经清点共%d元" % o["amount"])
        if o["cat"] == "ebike" and R.random() < 0.5:
            bits.append("车牌" + o["plate"])
        if ser and R.random() < 0.6:
            lab = {"imei": "拨*#06#查得IMEI", "idno": "证件号", "student": "学号", "frame": "车架号", "sn": "背面SN",
                   "card": "卡号", "bankcard": "银行卡号"}[o["serial"][0]]
            bits.append(lab + " " + ser)
        if o["cat"] in STATE_F:
            bits.append(R.choice(STATE_F[o["cat"]]))
        bits.append(R.choice(["已交至阳光坐席", "暂存值班室", "", "失主可持有效证件认领", "等失主来领"]))
        body = "。".join(b for b in bits if b) + "。"
        body = typo(body, 0.12)
    rec["body"] = body[:600]
    if cw and R.random() < 0.7:
        rec["color"] = cw[:60]
    if bw and R.random() < 0.7:
        rec["brand"] = bw[:60]
    if o["model"] and R.random() < 0.2:
        rec["model"] = o["model"][:60]
    if ser and (R.random() < 0.75 or "serial" in force):
        rec["serial"] = ser[:60]
    if R.random() < 0.55:
        rec["marks"] = "；".join(vis[:max(1, k)])[:500]
    if R.random() < 0.8:
        rec["address"] = address_for(fpl, fz)
    if R.random() < 0.45:
        rec["lat"], rec["lon"] = jitter(fpl)
    rec["found_at_min"] = fat
    return rec

# ------------------------------------------------------------------ timing

def loss_window(o):
    lo, hi = ZONE_DAYS[o["zone"]]
    lt = int(R.uniform(lo, hi) * 1440)
    if o["cat"] in ("ebike", "bicycle"):
        length = R.randint(240, 2400)
    elif R.random() < 0.2:
        length = R.randint(300, 1800)
    else:
        length = R.randint(20, 300)
    lt = max(5, lt)
    lf = min(lt + length, 172000)
    o["lt"], o["lf"] = lt, lf


def true_find(o):
    """Where and when the object really turns up."""
    r = R.random()
    if r < 0.5:
        fz, fpl = o["zone"], o["place"]
    elif r < 0.85 or o["zone"] not in ("bus", "fest", "ski"):
        fz = o["zone"]
        fpl = R.choice(ZONES[fz])
    else:
        fz = o["zone"]
        fpl = {"bus": ZONES["bus"][1], "fest": ZONES["fest"][2], "ski": ZONES["ski"][0]}[fz]
    span = o["lf"] - o["lt"]
    fat = o["lf"] - R.randint(5, span + R.randint(30, 2880))
    return fz, fpl, max(0, fat)

# ------------------------------------------------------------------ negatives

def far_zone(z):
    if z in ("ski", "bus"):
        return R.choice(["station", "market", "street", "univ"])
    return R.choice(["ski", "station", "market", "street", "univ", "fest"])


def reserial(o):
    for _ in range(50):
        n = _reserial(o)
        if n[1][-4:] != o["serial"][1][-4:]:
            return n
    return n


def _reserial(o):
    k, v = o["serial"]
    if k == "imei":
        s = v[:8] + digits(6)
        return (k, s + luhn_digit(s))
    if k == "idno":
        return (k, make_idno())
    if k == "bankcard":
        return (k, v[:4] + "*" * 8 + digits(4))
    if k == "student":
        return (k, v[:6] + "%04d" % R.randint(0, 9999))
    if k == "frame":
        return (k, v[:5] + digits(len(v) - 5))
    if k == "card":
        return (k, v[:4] + digits(len(v) - 4))
    return (k, v[:4] + digits(4) + alnum(2) + digits(3))


def make_negative(L, kind):
    """A found item that tempts never-found report L but is not its object."""
    o = L
    if kind == "same_cat_colour_other_object":
        n = None
        for _ in range(200):
            n = new_object(o["cat"], o["zone"])
            if n["kind"] != o["kind"] or n["vis"][0] == o["vis"][0]:
                continue
            if o["brand"] is None or (n["brand"] and n["brand"] != o["brand"]):
                break
        n["color"] = o["color"]
        n["case_color"] = None
        n["place"] = R.choice(ZONES[o["zone"]])
        fz, fpl = n["zone"], n["place"]
        fat = max(0, o["lf"] - R.randint(30, o["lf"] - o["lt"] + 2000))
    elif kind == "found_before_loss":
        n = json.loads(json.dumps(o))
        n["place"] = tuple(n["place"])
        n["hid"] = []
        if n["serial"]:
            n["serial"] = reserial(o)
        if o["name"]:
            nm = person()
            n["vis"] = [v.replace(o["name"], nm) for v in n["vis"]]
            n["name"] = nm
        if o["cat"] == "ebike":
            n["plate"] = "道外" + R.choice("ABCD") + digits(5)
            n["vis"] = [v for v in n["vis"] if not v.startswith("车牌")] + ["车牌%s" % n["plate"]]
        fz, fpl = o["zone"], R.choice(ZONES[o["zone"]])
        fat = min(172800, o["lf"] + R.randint(180, 5000))
    elif kind == "same_brand_other_place_time":
        n = None
        for _ in range(80):
            n = new_object(o["cat"])
            if n["brand"] == o["brand"] and n["zone"] != o["zone"]:
                break
        if n["brand"] != o["brand"]:
            n["brand"] = o["brand"]
        if o["color"] and n["color"] == o["color"]:
            n["color"] = R.choice(sorted(c for c in COLORS if c != o["color"]))
            n["case_color"] = None
        fz = far_zone(o["zone"]) if n["zone"] == o["zone"] else n["zone"]
        fpl = R.choice(ZONES[fz])
        if R.random() < 0.5:
            fat = min(172800, o["lf"] + R.randint(3 * 1440, 12 * 1440))
        else:
            fat = max(0, o["lt"] - R.randint(4 * 1440, 10 * 1440))
    elif kind == "same_model_other_serial":
        n = None
        for _ in range(200):
            n = new_object(o["cat"], o["zone"])
            if n["kind"] == o["kind"] and n["serial"] and n["serial"][0] == o["serial"][0]:
                break
        n["brand"], n["model"], n["color"] = o["brand"], o["model"], o["color"]
        n["serial"] = reserial(o)
        if o["cat"] == "wallet" and n["serial"][0] == "bankcard":
            n["bank"] = (o["bank"][0], o["bank"][1], n["serial"][1][-4:])
            n["vis"] = [v for v in n["vis"] if not v.startswith("里面有")] + ["里面有%s卡" % o["bank"][0]]
        fz, fpl = o["zone"], R.choice(ZONES[o["zone"]])
        fat = max(0, o["lf"] - R.randint(30, o["lf"] - o["lt"] + 2000))
    elif kind == "same_name_other_person":
        n = json.loads(json.dumps(o))
        n["place"] = tuple(n["place"])
        n["hid"] = []
        if True:
            k, v = o["serial"]
            n["serial"] = reserial(o)
        fz, fpl = o["zone"], R.choice(ZONES[o["zone"]])
        fat = max(0, o["lf"] - R.randint(30, o["lf"] - o["lt"] + 2000))
    else:
        raise ValueError(kind)
    if o["cat"] == "wallet" and kind != "same_model_other_serial":
        n.setdefault("cash", R.choice([100, 200, 350]))
    return n, fz, fpl, fat


def neg_kinds_for(o):
    ks = ["same_cat_colour_other_object", "found_before_loss"]
    if o["brand"]:
        ks.append("same_brand_other_place_time")
    if o["serial"]:
        ks.append("same_model_other_serial")
    if o["cat"] == "id_doc" and o["serial"] and o["serial"][0] == "idno":
        ks.append("same_name_other_person")
    return ks

# ------------------------------------------------------------------ build

EXPLAIN = []


def build():
    cats = []
    for c in sorted(CAT_COUNT):
        cats += [c] * CAT_COUNT[c]
    R.shuffle(cats)
    objs = []
    for c in cats:
        o = new_object(c)
        loss_window(o)
        objs.append(o)
    has_truth = [True] * N_TRUE + [False] * (N_LOST - N_TRUE)
    R.shuffle(has_truth)

    lost, found = [], []
    cross = 0
    for i, (o, t) in enumerate(zip(objs, has_truth)):
        o["idx"] = i
        o["truth"] = t
    # hard negatives for never-found reports
    never = [o for o in objs if not o["truth"]]
    R.shuffle(never)
    kind_count = {}
    negs = []
    for o in never[:N_HARD]:
        ks = neg_kinds_for(o)
        ks.sort(key=lambda k: (kind_count.get(k, 0), R.random()))
        k = ks[0]
        kind_count[k] = kind_count.get(k, 0) + 1
        o["neg_kind"] = k
        negs.append((o, k))

    for o in objs:
        force = ()
        k = o.get("neg_kind")
        if k == "same_model_other_serial":
            force = ("serial", "brand", "color")
        elif k == "same_name_other_person":
            force = ("serial", "name")
        elif k == "same_brand_other_place_time":
            force = ("brand",)
        elif k == "same_cat_colour_other_object":
            force = ("color", "brand") if o["brand"] else ("color",)
        rec = write_lost(o, force)
        rec["lost_from_min"] = o["lf"]
        rec["lost_to_min"] = o["lt"]
        rec["_obj"] = o
        lost.append(rec)
        if o["truth"]:
            if o["alt_cat"] and cross < MAX_CROSS and R.random() < 0.8:
                o["file_cat"] = o["alt_cat"]
                cross += 1
            fz, fpl, fat = true_find(o)
            f = write_found(o, fz, fpl, fat)
            f["_truth_of"] = rec
            found.append(f)
    # a few further cross-category pairs: a student card filed inside a card holder as a wallet
    for rec in lost:
        o = rec["_obj"]
        if cross >= MAX_CROSS:
            break
        if o["truth"] and o["kind"] == "学生证" and not o.get("file_cat"):
            for f in found:
                if f.get("_truth_of") is rec:
                    f["category"] = "wallet"
                    f["body"] = ("（装在卡套里）" + f["body"])[:600]
                    cross += 1
                    break

    for o, k in negs:
        n, fz, fpl, fat = make_negative(o, k)
        force = ()
        if k in ("same_model_other_serial", "same_name_other_person"):
            force = ("serial", "brand", "name")
        elif k in ("same_brand_other_place_time", "found_before_loss", "same_cat_colour_other_object"):
            force = ("brand",)
        n["file_cat"] = None
        f = write_found(n, fz, fpl, fat, force)
        f["negative"] = k
        f["_tempts"] = o
        found.append(f)
    # decoys near reports that do have their item
    withs = [o for o in objs if o["truth"]]
    R.shuffle(withs)
    for o in withs[:N_DECOY]:
        n = None
        for _ in range(60):
            n = new_object(o["cat"], o["zone"])
            if n["brand"] != o["brand"] and n["color"] != o["color"]:
                break
        fat = max(0, o["lf"] - R.randint(30, 3000))
        f = write_found(n, n["zone"], R.choice(ZONES[o["zone"]]), fat)
        f["negative"] = "decoy_near_matched_report"
        found.append(f)
    for _ in range(N_RANDOM):
        c = R.choice(CATS)
        n = new_object(c)
        fat = int(R.uniform(0.2, 60) * 1440)
        f = write_found(n, n["zone"], n["place"], fat)
        f["negative"] = "unclaimed"
        found.append(f)

    R.shuffle(found)
    R.shuffle(lost)
    for i, f in enumerate(found):
        f["key"] = "%s-F%04d" % (PFX, i + 1)
    for i, l in enumerate(lost):
        l["key"] = "%s-L%04d" % (PFX, i + 1)
    out_f, out_l = [], []
    order = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
    for f in found:
        d = {k: f[k] for k in order if k in f}
        d["found_at_min"] = f["found_at_min"]
        if "negative" in f:
            d["negative"] = f["negative"]
        out_f.append(d)
    truth_of = {id(f["_truth_of"]): f["key"] for f in found if "_truth_of" in f}
    lkey = {id(l["_obj"]): l["key"] for l in lost}
    EXPLAIN[:] = [(f["key"], f["negative"], lkey[id(f["_tempts"])]) for f in found if "_tempts" in f]
    for l in lost:
        d = {k: l[k] for k in order if k in l}
        d["lost_from_min"] = l["lost_from_min"]
        d["lost_to_min"] = l["lost_to_min"]
        d["truth"] = truth_of.get(id(l))
        out_l.append(d)
    return {"seed": SEED, "made_by": "tests/lostfound/make_set47.py",
            "parts": {PART: {"found": out_f, "lost": out_l}}}


def main():
    import sys
    data = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set47.json")
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        path = sys.argv[2]
    if len(sys.argv) == 2 and sys.argv[1] == "--explain":
        for row in EXPLAIN:
            print("%s  %-30s tempts %s" % row)
        return
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    p = data["parts"][PART]
    print("wrote %s: %d lost, %d found" % (path, len(p["lost"]), len(p["found"])))


if __name__ == "__main__":
    main()
