#!/usr/bin/env python3
"""Blind labelled set 21 for the lost-and-found matcher.
World: 寒江市 (invented), an old northeastern industrial city in deep winter.
Standard library only; one seeded random.Random; deterministic."""
import json, os, random

SEED = 20261221
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set21.json")
MAXMIN = 172800

# ---------------------------------------------------------------- places
# (id, owner's vague words, finder's precise words, lat, lon, finder roles)
PLACES = [
    ("jsy", ["红星厂家属院那块儿", "红星机械厂家属院", "老红星宿舍区", "家属院里"],
     ["红星路17号家属院3栋门口", "红星机械厂家属院锅炉房旁", "红星路17号院内自行车棚"],
     45.7421, 126.6312, ["居委会网格员", "家属院门卫老张", "退休职工"]),
    ("zt", ["东风澡堂子", "东风浴池", "和平街那个澡堂子", "澡堂子"],
     ["和平街52号东风浴池更衣室", "东风浴池搓澡间门口", "和平街52号浴池休息大厅"],
     45.7388, 126.6275, ["澡堂子服务员", "搓澡师傅", "浴池前台"]),
    ("bxj", ["江畔公园冰雪节", "冰灯那块儿", "看冰雕的时候", "江畔公园"],
     ["江畔大街1号江畔公园冰雕区", "江畔公园冰滑梯排队处", "江畔公园南门售票亭"],
     45.7603, 126.6198, ["公园保安", "冰雕园区工作人员", "南方游客"]),
    ("bc", ["体育场冰场", "人民体育场露天冰场", "滑冰那地方", "冰场"],
     ["人民体育场露天冰场换鞋区", "体育场冰场租鞋窗口", "人民路体育场冰场看台"],
     45.7512, 126.6420, ["冰场管理员", "冰场租鞋处员工", "滑冰的学生"]),
    ("zs", ["南岗早市", "兴华街早市", "早市上", "赶早市的时候"],
     ["兴华街早市冻货摊位旁", "兴华街与胜利路口早市", "南岗早市豆腐摊前"],
     45.7299, 126.6388, ["早市摊主", "早市管理员", "环卫工"]),
    ("hcz", ["寒江站", "火车站", "老站那块儿", "站前广场"],
     ["寒江站候车室二楼", "寒江站站前广场出站口", "寒江站售票厅", "寒江站3站台"],
     45.7680, 126.6105, ["车站站务员", "车站保洁", "出租车司机"]),
    ("mc", ["煤场街社区", "锅炉房那片儿", "煤场街", "小区里"],
     ["煤场街社区锅炉房门口", "煤场街28号楼下", "煤场街社区活动室"],
     45.7355, 126.6501, ["锅炉工", "居委会干部", "社区保洁"]),
    ("yy", ["二院", "市第二医院", "医院", "二院门诊"],
     ["医院街88号市第二医院门诊大厅", "市二院住院部电梯口", "市二院挂号窗口"],
     45.7459, 126.6233, ["医院保安", "护士站护士", "医院保洁"]),
    ("xx", ["七中", "寒江七中", "学校门口", "孩子学校"],
     ["育才路寒江七中校门口", "寒江七中操场", "寒江七中传达室"],
     45.7533, 126.6340, ["学校门卫", "七中老师", "初二学生"]),
    ("gj", ["公交车上", "12路车上", "坐公交", "3路车上"],
     ["12路公交末班车后排座位", "3路公交车厢内", "公交总站12路车上"],
     45.7470, 126.6460, ["公交司机", "公交乘务员", "乘客"]),
]
PLACE = {p[0]: p for p in PLACES}
NEAR = {"jsy": ["mc", "zt"], "zt": ["jsy", "zs"], "bxj": ["hcz", "bc"], "bc": ["xx", "bxj"],
        "zs": ["zt", "mc"], "hcz": ["bxj", "gj"], "mc": ["jsy", "zs"], "yy": ["xx", "gj"],
        "xx": ["bc", "yy"], "gj": ["hcz", "yy"]}

COLORS = {
    "black": ["黑色", "黑的", "纯黑", "曜石黑", "深黑色"],
    "white": ["白色", "白的", "米白", "奶白色", "象牙白"],
    "red": ["红色", "大红", "酒红", "枣红色", "红的"],
    "blue": ["蓝色", "深蓝", "藏蓝", "宝蓝色", "天蓝"],
    "gray": ["灰色", "深灰", "银灰", "太空灰", "灰的"],
    "green": ["绿色", "墨绿", "军绿", "深绿色"],
    "brown": ["棕色", "咖啡色", "褐色", "驼色", "棕的"],
    "gold": ["金色", "香槟金", "土豪金", "金的"],
    "silver": ["银色", "银白", "亮银色", "银的"],
    "pink": ["粉色", "粉红", "樱花粉", "粉的"],
    "yellow": ["黄色", "明黄", "土黄", "黄的"],
    "purple": ["紫色", "淡紫", "深紫", "紫的"],
}

SUR = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIV = "建国淑芬桂兰秀英德胜玉珍志强红梅立新海燕凤霞宝山春生丽娟振华文革晓东雪莹子涵浩然梓萱宇航欣怡铁柱大勇二丫秋菊长青冬梅永福"
def name():
    g = GIV[R.randrange(len(GIV))] + (GIV[R.randrange(len(GIV))] if R.random() < 0.7 else "")
    return SUR[R.randrange(len(SUR))] + g

def idnum(region=None):
    region = region or R.choice(["230103", "230104", "230108", "230182", "231002", "230602"])
    y = R.randint(1948, 2012); m = R.randint(1, 12); d = R.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (region, y, m, d, R.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + "10X98765432"[s]

def imei():
    body = R.choice(["86", "35", "86"]) + "".join(str(R.randrange(10)) for _ in range(12))
    tot = 0
    for i, c in enumerate(body):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)

def digits(n): return "".join(str(R.randrange(10)) for _ in range(n))

def mask_id(i):
    return i[:4] + "*" * 10 + i[-4:] if R.random() < 0.6 else i[:6] + "********" + i[-4:]

# ---------------------------------------------------------------- object records
# visible facts: (owner words, finder words); hidden: owner-only words
def F(o, f): return (o, f)

PHONE = [("华为", ["华为", "HUAWEI", "huawei", "花为"], ["Mate 60", "P50", "nova 11", "Mate 40"]),
         ("小米", ["小米", "Xiaomi", "MI", "xiaomi"], ["小米13", "Redmi K60", "红米Note 12", "小米14"]),
         ("苹果", ["苹果", "iPhone", "Apple", "爱疯"], ["iPhone 13", "iPhone 14 Pro", "iPhone 12", "iPhone 15"]),
         ("OPPO", ["OPPO", "oppo", "欧珀"], ["Reno 9", "A58", "Find X6"]),
         ("vivo", ["vivo", "VIVO", "维沃"], ["X90", "Y78", "S17"]),
         ("荣耀", ["荣耀", "HONOR", "honor"], ["荣耀90", "X50", "Magic5"])]

def rec_phone(brand=None, model=None, color=None):
    b = brand or R.choice(PHONE)
    m = model or R.choice(b[2])
    c = color or R.choice(["black", "white", "blue", "purple", "green", "gold", "silver"])
    pet = R.choice(["橘猫", "孙子的照片", "雪景", "大闺女结婚照", "一条柯基", "熊大"])
    vis = R.sample([F("套了个透明壳", "透明手机壳"), F("屏幕左上角摔裂了", "屏幕左上角有裂纹"),
                    F("壳上印着熊大熊二", "手机壳为熊出没卡通图案"), F("锁屏是%s" % pet, "锁屏壁纸为%s" % pet),
                    F("壳后头夹着一张公交卡", "手机壳背面夹公交卡一张"), F("挂了个红绳小老虎", "挂红绳老虎挂件"),
                    F("带个皮套，翻盖的", "翻盖皮质保护套"), F("背面贴了个福字贴纸", "背面贴有福字贴纸"),
                    F("有个指环支架", "背面带指环支架")], 3)
    hid = R.sample(["密码是孩子生日", "里面有微信零钱", "卡是联通的", "电量不多了估计关机了", "刚买没俩月",
                    "手机号尾号%s" % digits(4)], 2)
    return dict(cat="phone", kind=["手机"], kname=["手机", "电话", "手机"], brand=b[0], bvar=b[1], model=m,
                color=c, vis=vis, hid=hid, serial=imei(), stype="imei", svis=False)

def rec_wallet(brand=None, model=None, color=None):
    b = brand or R.choice([("金利来", ["金利来", "Goldlion", "金利莱"]), ("七匹狼", ["七匹狼", "SEPTWOLVES"]),
                           ("稻草人", ["稻草人", "MEXICAN"]), None, None])
    c = color or R.choice(["black", "brown", "red", "pink"])
    k = model or R.choice(["男士短钱包", "长款钱包", "折叠钱夹", "卡包"])
    nm = name(); amt = R.choice([86, 130, 236, 415, 520, 1200, 67, 300, 2000, 58])
    bank = R.choice(["工商银行", "建设银行", "农业银行", "农村信用社"]); tail = digits(4)
    vis = R.sample([F("里头有身份证，%s的" % nm, "内有身份证一张，姓名%s" % nm),
                    F("有张%s卡尾号%s" % (bank, tail), "%s卡一张（尾号%s）" % (bank, tail)),
                    F("钱大概%s" % (("%d来块" % (amt // 10 * 10)) if amt < 1000 else "%d多" % amt), "内有现金%d元" % amt),
                    F("夹着张东风澡堂子的澡票", "内夹东风浴池澡票一张"),
                    F("里面有张老照片，俺家老伴儿的", "内有黑白老照片一张"),
                    F("边上开线了", "钱包边缘开线")], 3)
    hid = R.sample(["钱包是闺女给买的", "用好些年了", "里头还有医保卡", "有张名片"], 1)
    return dict(cat="wallet", kind=[k], kname=["钱包", "钱夹子", "皮夹", k], brand=b[0] if b else None,
                bvar=b[1] if b else None, model=k, color=c, vis=vis, hid=hid, serial=None, stype=None,
                svis=False, owner=nm)

def rec_keys(brand=None, model=None, color=None):
    b = brand or R.choice([("大众", ["大众", "VW", "一汽大众"]), ("丰田", ["丰田", "TOYOTA"]), None, None, None])
    c = color or R.choice(["red", "blue", "black", "yellow", "pink"])
    n = R.randint(2, 7)
    vis = R.sample([F("%d把钥匙" % n, "钥匙%d把" % n), F("挂着个毛绒小熊", "毛绒小熊挂件"),
                    F("有个门禁卡", "带门禁卡一张"), F("拴着指甲刀", "钥匙圈上有指甲刀"),
                    F("有把钥匙上贴着胶布写着3单元", "一把钥匙贴胶布标“3单元”"),
                    F("红绳编的福字挂件", "红绳福字挂件"), F("还有个开瓶器", "附开瓶器")], 3)
    if b: vis[0] = F("带个%s车钥匙" % b[0], "含%s汽车遥控钥匙" % b[0])
    hid = R.sample(["是我家防盗门和单位更衣柜的", "有把是锅炉房的", "备用的没有"], 1)
    return dict(cat="keys", kind=["钥匙串"], kname=["钥匙", "一串钥匙", "钥匙串"], brand=b[0] if b else None,
                bvar=b[1] if b else None, model=None, color=c, vis=vis, hid=hid, serial=None, stype=None, svis=False)

def rec_ebike(brand=None, model=None, color=None):
    b = brand or R.choice([("雅迪", ["雅迪", "Yadea", "yadea", "雅迪牌"]), ("爱玛", ["爱玛", "AIMA", "艾玛"]),
                           ("台铃", ["台铃", "TAILG", "台玲"]), ("新日", ["新日", "SUNRA"])])
    c = color or R.choice(["white", "black", "red", "blue", "gray"])
    plate = "寒江%s%s" % (R.choice("ABC"), digits(5))
    vis = R.sample([F("车把上套着棉把套", "车把套黑色棉把套"), F("后座绑着挡风被", "后座有挡风被"),
                    F("车筐是铁的有点锈", "铁车筐有锈迹"), F("右边后视镜掉了", "缺右侧后视镜"),
                    F("脚踏那块铺了块胶皮", "脚踏垫胶皮")], 2)
    return dict(cat="ebike", kind=["电动车"], kname=["电动车", "电瓶车", "电驴子"], brand=b[0], bvar=b[1],
                model=model or R.choice(["小龟王", "冠能", "Q7", "TDR"]), color=c, vis=vis,
                hid=["电池是去年换的", "钥匙在我这儿"], serial=plate, stype="plate", svis=True)

def rec_bicycle(brand=None, model=None, color=None):
    b = brand or R.choice([("捷安特", ["捷安特", "GIANT", "giant", "捷安特牌"]), ("永久", ["永久", "永久牌"]),
                           ("凤凰", ["凤凰", "凤凰牌", "PHOENIX"]), ("美利达", ["美利达", "MERIDA"])])
    c = color or R.choice(["black", "blue", "red", "green", "gray"])
    frame = "%s%s" % (R.choice(["GD", "YJ", "FH", "MD"]), digits(8))
    vis = R.sample([F("车座套了个棉垫", "车座有棉座套"), F("后头有货架", "带后货架"),
                    F("前面有车筐", "前车筐"), F("链子掉过，有点松", "链条松"),
                    F("车把缠着胶带", "车把缠胶带")], 2)
    return dict(cat="bicycle", kind=["自行车"], kname=["自行车", "车子", "单车", "二八大杠" if b[0] in ("永久", "凤凰") else "山地车"],
                brand=b[0], bvar=b[1], model=model or R.choice(["二八", "ATX", "山地车", "城市车"]), color=c,
                vis=vis, hid=["车锁是U型锁", "骑了十来年"], serial=frame, stype="frame", svis=True)

def rec_bag(brand=None, model=None, color=None):
    k = model or R.choice(["双肩包", "书包", "帆布袋", "洗澡包", "斜挎包", "网兜洗澡筐"])
    b = brand if brand is not None else R.choice([("耐克", ["耐克", "NIKE", "nike"]), ("阿迪达斯", ["阿迪", "adidas", "阿迪达斯"]),
                                                    ("迪卡侬", ["迪卡侬", "DECATHLON"]), None, None])
    if brand == "NONE": b = None
    c = color or R.choice(["black", "blue", "red", "gray", "pink", "green"])
    nm = name()
    if k in ("洗澡包", "网兜洗澡筐"):
        pool = [F("里头有搓澡巾", "内有搓澡巾"), F("有瓶海飞丝", "海飞丝洗发水一瓶"), F("一块硫磺皂", "硫磺皂一块"),
                F("毛巾是粉的印着牡丹", "粉色牡丹花毛巾"), F("拖鞋是蓝的", "蓝色拖鞋一双"), F("有把木梳子", "木梳一把")]
    else:
        pool = [F("课本上写着%s" % nm, "课本署名%s" % nm), F("有个保温杯", "内有保温杯"),
                F("作业本上写着寒江七中初二%d班" % R.randint(1, 9), "作业本标寒江七中初二班级"),
                F("拉链上挂个奥特曼", "拉链挂奥特曼挂件"), F("有副棉手套", "内有棉手套一副"),
                F("装着俩冻梨", "内有冻梨两个"), F("有个充电宝", "内有充电宝一个")]
    vis = R.sample(pool, 3)
    return dict(cat="bag", kind=[k], kname=[k, "包", "包儿"], brand=b[0] if b else None, bvar=b[1] if b else None,
                model=k, color=c, vis=vis, hid=["是孩子过年新买的"], serial=None, stype=None, svis=False)

def rec_cash(brand=None, model=None, color=None):
    k = model or R.choice(["红包", "信封", "皮筋扎的一沓"])
    c = color or {"红包": "red", "信封": "brown", "皮筋扎的一沓": "red"}[k]
    amt = R.choice([600, 800, 1000, 1500, 2000, 3000, 500, 1200, 2600])
    nm = name()
    vis = [F("%d块钱" % amt if R.random() < 0.6 else "%d元" % amt, "现金%d元" % amt)]
    if k == "红包":
        vis.append(F("红包上印着福字", "红包印福字"))
        vis.append(F("写着给%s压岁" % nm[1:], "红包上手写“给%s”" % nm[1:]))
    elif k == "信封":
        vis.append(F("牛皮纸信封", "牛皮纸信封"))
        vis.append(F("信封上写着%s工资" % nm, "信封写“%s工资”" % nm))
    else:
        vis.append(F("拿皮筋扎着", "用皮筋捆扎"))
        vis.append(F("都是一百的", "均为百元面额"))
    return dict(cat="cash", kind=[k], kname=["钱", k, "现金"], brand=None, bvar=None, model=k, color=c,
                vis=vis, hid=["是给孩子过年的"], serial=None, stype=None, svis=False)

def rec_jewelry(brand=None, model=None, color=None):
    k = model or R.choice(["金手镯", "金项链", "金戒指", "银镯子", "玉坠", "玉镯"])
    b = brand or R.choice([("周大福", ["周大福", "CTF", "周大福牌"]), ("老凤祥", ["老凤祥", "老凤翔"]),
                           ("周生生", ["周生生", "Chow Sang Sang"]), None])
    if brand == "NONE": b = None
    c = color or ("gold" if k.startswith("金") else "silver" if k.startswith("银") else "green")
    ini = R.choice(["LOVE", "平安", "福", "ZY", "永结同心"])
    vis = R.sample([F("里圈刻着“%s”" % ini, "内圈刻字“%s”" % ini), F("有个小扣是坏的", "卡扣损坏"),
                    F("坠了个小葫芦", "带小葫芦吊坠"), F("装在红绒布袋里", "红色绒布袋装"),
                    F("上面有点划痕", "表面有划痕")], 2)
    return dict(cat="jewelry", kind=[k], kname=[k, "首饰", k[-2:] if len(k) > 2 else k], brand=b[0] if b else None,
                bvar=b[1] if b else None, model=k, color=c, vis=vis, hid=["大约%d克" % R.randint(8, 40)],
                serial=None, stype=None, svis=False)

def rec_elec(brand=None, model=None, color=None):
    opts = [("苹果", ["苹果", "AirPods", "Apple"], "耳机"), ("华为", ["华为", "HUAWEI"], "耳机"),
            ("小天才", ["小天才", "imoo", "小天财"], "电话手表"), ("佳能", ["佳能", "Canon", "canon"], "相机"),
            ("罗马仕", ["罗马仕", "ROMOSS"], "充电宝"), ("Kindle", ["Kindle", "亚马逊", "kindle"], "阅读器")]
    b = brand or R.choice(opts)
    k = b[2]
    c = color or R.choice(["white", "black", "pink", "blue"])
    nm = name()
    pool = [F("外壳上贴了张贴纸", "外壳有贴纸"), F("有点磕碰", "外壳磕碰痕迹"), F("套了个硅胶套", "带硅胶保护套")]
    if k == "电话手表":
        pool += [F("表盘上显示%s" % nm[1:], "表盘显示名字“%s”" % nm[1:]), F("表带是%s的" % R.choice(["粉", "蓝"]), "表带彩色")]
    elif k == "相机":
        pool += [F("镜头盖丢了", "无镜头盖"), F("带个黑背带", "黑色背带")]
    else:
        pool += [F("上面写着%s" % nm, "写有名字%s" % nm)]
    vis = R.sample(pool, 2)
    sn = None; st = None
    if k in ("耳机", "相机", "阅读器"):
        sn = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)); st = "sn"
    model_map = {"耳机": ["AirPods Pro", "FreeBuds 5", "AirPods 3"], "电话手表": ["Z8", "Q1A", "D3"],
                 "相机": ["G7X", "200D", "R50"], "充电宝": ["10000毫安", "20000毫安"], "阅读器": ["Paperwhite"]}
    m = model or R.choice(model_map[k])
    return dict(cat="electronics", kind=[k], kname=[k, k, "东西"], brand=b[0], bvar=b[1], model=m, color=c,
                vis=vis, hid=["序列号盒子上有"], serial=sn, stype=st, svis=False, bobj=b)

def rec_other(brand=None, model=None, color=None):
    k = model or R.choice(["冰刀鞋", "棉手套", "围脖", "保温杯", "雷锋帽", "拐棍", "羽绒服", "棉大衣"])
    bmap = {"冰刀鞋": [("黑龙", ["黑龙", "黑龍"]), None], "保温杯": [("膳魔师", ["膳魔师", "THERMOS"]), ("象印", ["象印", "ZOJIRUSHI"])],
            "羽绒服": [("波司登", ["波司登", "BOSIDENG", "波斯登"]), ("雪中飞", ["雪中飞"])]}
    b = brand if brand else R.choice(bmap.get(k, [None]))
    if brand == "NONE": b = None
    c = color or R.choice(["black", "red", "blue", "gray", "brown", "white"])
    pool = [F("上面绣着名字%s" % name()[1:], "绣有名字"), F("袖口有点脏", "袖口脏污"),
            F("有个补丁", "有补丁"), F("系着根红绳", "系红绳"), F("里边有个暖宝宝", "内有暖宝宝一片")]
    if k in ("保温杯", "拐棍"):
        pool = [F("磕掉了一块漆", "有掉漆"), F("系着根红绳", "系红绳"), F("贴着张名字贴%s" % name()[1:], "贴有名字贴"),
                F("底下缠着胶布", "底部缠胶布")]
    if k == "冰刀鞋":
        pool = [F("鞋码%d" % R.randint(34, 44), "鞋码标记"), F("刀刃套着黄刀套", "刀刃带黄色刀套"),
                F("鞋带是后换的红鞋带", "红色鞋带"), F("鞋帮上拿白笔写了个%s" % R.choice("王李刘张"), "鞋帮白笔写字")]
    vis = R.sample(pool, 2)
    return dict(cat="other", kind=[k], kname=[k, k, "东西"], brand=b[0] if b else None, bvar=b[1] if b else None,
                model=k, color=c, vis=vis, hid=["挺暖和的舍不得"], serial=None, stype=None, svis=False)

def rec_id(brand=None, model=None, color=None):
    k = model or R.choice(["身份证", "身份证", "学生证", "工作证", "社保卡", "老年证"])
    nm = name()
    num = idnum()
    c = color or {"身份证": "white", "学生证": "red", "工作证": "blue", "社保卡": "blue", "老年证": "red"}[k]
    if k == "身份证":
        vis = [F("名字叫%s" % nm, "姓名%s" % nm)]
        sv = True
    elif k == "学生证":
        vis = [F("寒江七中的，%s" % nm, "寒江七中学生证，姓名%s" % nm), F("夹着张饭卡", "内夹饭卡")]
        sv = False
    elif k == "工作证":
        vis = [F("红星机械厂的工作证，%s" % nm, "红星机械厂工作证，姓名%s" % nm),
               F("工号%s" % digits(5), None)]
        vis[1] = F(vis[1][0], vis[1][0].replace("工号", "工号"))
        sv = False
    else:
        vis = [F("上面名字是%s" % nm, "姓名%s" % nm)]
        sv = True
    return dict(cat="id_doc", kind=[k], kname=[k, "证件", k], brand=None, bvar=None, model=k, color=c,
                vis=vis, hid=["是我本人的" if R.random() < 0.5 else "是我家老爷子的"], serial=num, stype="id",
                svis=sv, owner=nm)

GEN = {"phone": rec_phone, "wallet": rec_wallet, "keys": rec_keys, "ebike": rec_ebike, "bicycle": rec_bicycle,
       "bag": rec_bag, "cash": rec_cash, "jewelry": rec_jewelry, "electronics": rec_elec, "other": rec_other,
       "id_doc": rec_id}
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
CATW = [14, 18, 14, 13, 5, 5, 12, 6, 6, 9, 12]

def brandtuple(r):
    if r["cat"] == "phone":
        return [b for b in PHONE if b[0] == r["brand"]][0]
    if r["cat"] == "electronics":
        return r["bobj"]
    return (r["brand"], r["bvar"]) if r["brand"] else "NONE"

def twin_of(r):
    for _ in range(50):
        t = GEN[r["cat"]](brand=brandtuple(r) if r["brand"] else ("NONE" if r["cat"] in ("bag", "jewelry", "other") else None),
                          model=r["model"], color=r["color"])
        if r["cat"] in ("keys", "wallet") and r["brand"] is None and t["brand"] is not None:
            continue
        if r["cat"] in ("keys", "wallet") and r["brand"] and t["brand"] != r["brand"]:
            continue
        if set(f for _, f in t["vis"]) != set(f for _, f in r["vis"]) and t["serial"] != r["serial"]:
            return t
    return t

def decoy_of(r):
    for _ in range(80):
        t = GEN[r["cat"]](color=r["color"] if r["cat"] not in ("jewelry", "cash", "id_doc") else None)
        if r["cat"] in ("jewelry", "cash", "id_doc"):
            t["color"] = r["color"]
        if (t["brand"] != r["brand"] or t["kind"] != r["kind"]) and set(f for _, f in t["vis"]).isdisjoint(f for _, f in r["vis"]):
            return t
    return t

# ---------------------------------------------------------------- writing
def cword(r): return R.choice(COLORS[r["color"]])

MW = {"ebike": "辆", "bicycle": "辆", "id_doc": "张", "cash": "份", "keys": "串", "jewelry": "件"}
def mw(r):
    return MW.get(r["cat"]) or R.choice(["个", "只", "件"])

def serial_owner(r):
    s = r["serial"]; st = r["stype"]
    if st == "imei":
        f = R.randrange(4)
        if f == 0: return "IMEI " + s
        if f == 1: return "%s %s %s %s" % (s[:2], s[2:8], s[8:14], s[14:])
        if f == 2: return "串号尾号" + s[-4:]
        return s[:4] + "*******" + s[-4:]
    if st == "id":
        f = R.randrange(4)
        if f == 0: return s
        if f == 1: return s.lower() if s.endswith("X") else s
        if f == 2: return "尾号" + s[-4:].lower()
        return s[:6] + "********" + s[-4:]
    if st == "plate":
        return R.choice([s, s.replace("寒江", "寒江·"), "车牌" + s[-5:]])
    if st == "frame":
        return R.choice([s, s.lower(), "车架号尾号" + s[-4:]])
    if st == "sn":
        return R.choice([s, "序列号" + s, "SN尾号" + s[-4:]])
    return s

def ago_words(mins):
    if mins < 180: return R.choice(["刚才", "就刚才", "一个来小时前"])
    if mins < 1440: return R.choice(["今天", "今儿个", "今天早上"])
    if mins < 2880: return R.choice(["昨天", "昨儿", "昨天晚上"])
    if mins < 10080: return R.choice(["前几天", "大前天", "上礼拜"])
    return R.choice(["", "那天", "之前"])

OWN_OPEN = ["", "我", "俺", "我家老爷子", "我闺女", "孩子", "我对象"]
OWN_TAIL = ["咋整啊，谁捡着了给打个电话。", "贼冷的天手冻木了，也不知道啥时候整丢的。", "麻烦民警同志帮瞅瞅。",
            "嘎哈都不方便了，着急。", "捡到的好心人必有重谢！", "", "", "回来过年的，过完年就得走，挺急。",
            "刚从南方来看雪，头一回来东北，人生地不熟。", "在澡堂子泡完出来就没了。"]

def owner_report(r, place, rushed=False, share=None):
    c = cword(r)
    kn = R.choice(r["kname"])
    b = R.choice(r["bvar"]) if r["bvar"] and R.random() < 0.8 else ""
    if rushed:
        body = "%s%s，%s丢的" % (c, kn, R.choice(PLACE[place][1]))
        if R.random() < 0.4: body += "，" + R.choice(["急", "咋整", "有人见着没"])
        return body, {}, b
    vis = list(r["vis"])
    k = R.randint(1, len(vis))
    pick = R.sample(vis, k)
    if share is not None and share not in pick: pick[0] = share
    if not b and share is None and not pick: pick = [vis[0]]
    facts = "，".join(o for o, _ in pick if o)
    hid = R.choice(r["hid"]) if R.random() < 0.6 else ""
    who = R.choice(OWN_OPEN)
    verb = R.choice(["丢了", "整丢了", "落下了", "找不着了", "不见了"])
    model = r["model"] if r["model"] and r["cat"] in ("phone", "electronics", "ebike") and R.random() < 0.5 else ""
    if r["cat"] in ("id_doc", "cash") and R.random() < 0.8: c = ""
    body = "%s在%s%s一%s%s%s%s%s，%s。" % (who, R.choice(PLACE[place][1]), verb, mw(r), c, b, model and (model + "的"), kn, facts)
    if hid: body += hid + "。"
    if r["serial"] and r["stype"] in ("imei", "id", "plate", "frame", "sn") and R.random() < 0.45:
        body += R.choice(["号是", "号码", "", "记得"]) + serial_owner(r) + "。"
    body += R.choice(OWN_TAIL)
    fields = {}
    if R.random() < 0.45:  # online form with fields
        if c and R.random() < 0.8: fields["color"] = c
        if b and R.random() < 0.7: fields["brand"] = b
        if r["model"] and r["cat"] in ("phone", "electronics", "ebike", "bicycle") and R.random() < 0.5:
            fields["model"] = r["model"]
        if r["serial"] and R.random() < 0.5: fields["serial"] = serial_owner(r)
        if R.random() < 0.3: fields["marks"] = "；".join(o for o, _ in pick if o)
        if R.random() < 0.5: fields["address"] = PLACE[place][1][0]
    return body[:600], fields, b

def finder_reg(r, place, role=None, share=None, k=None):
    p = PLACE[place]
    c = cword(r)
    role = role or R.choice(p[5])
    spot = R.choice(p[2])
    b = ""
    if r["bvar"] and R.random() < 0.85:
        b = R.choice(r["bvar"])
    kn = R.choice(r["kind"] + r["kname"][:1])
    vis = list(r["vis"])
    n = R.randint(1, len(vis))
    pick = R.sample(vis, n)
    if share is not None and share not in pick: pick[0] = share
    facts = "，".join(f for _, f in pick if f)
    body = "%s在%s拾得%s%s%s一%s，%s。" % (role, spot, c, b, kn, mw(r), facts)
    ser = ""
    if r["serial"] and r["svis"]:
        ser = mask_id(r["serial"]) if r["stype"] == "id" else r["serial"]
        if r["stype"] == "id": body += "证号%s。" % ser
        elif r["stype"] == "plate": body += "车牌%s。" % ser
        else: body += "车架号%s。" % ser
    body += R.choice(["已交派出所阳光坐席。", "交居委会暂存。", "存放车站失物招领处。", "待失主认领。", "", "已登记拍照。"])
    fields = {}
    if R.random() < 0.55:
        if R.random() < 0.8: fields["color"] = c
        if b and R.random() < 0.6: fields["brand"] = b
        if ser and R.random() < 0.6: fields["serial"] = ser
        if R.random() < 0.4: fields["marks"] = "；".join(f for _, f in pick if f)
        if R.random() < 0.6: fields["address"] = spot
    return body[:600], fields

def jitter(p, d=0.0015):
    return round(p[3] + R.uniform(-d, d), 6), round(p[4] + R.uniform(-d, d), 6)

# ---------------------------------------------------------------- build
found, lost = [], []
def add_found(rec, place, at, neg=None, share=None, cat=None):
    body, fields = finder_reg(rec, place, share=share)
    it = {"key": None, "category": cat or rec["cat"], "body": body, "found_at_min": at}
    it.update(fields)
    if R.random() < 0.45:
        it["lat"], it["lon"] = jitter(PLACE[place])
    if neg: it["negative"] = neg
    found.append(it)
    return it

def loss_window():
    start = R.randint(300, MAXMIN - 200)
    dur = R.choice([0, 20, 45, 90, 180, 360, 720, 1440, 2880])
    dur = min(dur, start)
    return start, start - dur

NTRUE, NNEVER = 150, 60
plan = [True] * NTRUE + [False] * NNEVER
R.shuffle(plan)
cross = 0
reports = []
for has in plan:
    cat = R.choices(CATS, CATW)[0]
    rec = GEN[cat]()
    place = R.choice([p[0] for p in PLACES])
    lf, lt = loss_window()
    rushed = (not has) and R.random() < 0.35
    share = R.choice(rec["vis"]) if has else None
    body, fields, b = owner_report(rec, place, rushed=rushed, share=share)
    ocat = cat
    fcat = cat
    if has and cross < 5:
        if rec["kind"] == ["电话手表"]:
            ocat = "phone"; cross += 1
        elif cat == "wallet" and rec["vis"][0][1].startswith("内有身份证") and share == rec["vis"][0] and R.random() < 0.5:
            fcat = "id_doc"; cross += 1
    rep = {"key": None, "category": ocat, "body": body, "lost_from_min": lf, "lost_to_min": lt}
    rep.update(fields)
    if R.random() < 0.3:
        rep["lat"], rep["lon"] = jitter(PLACE[place], 0.004)
    truth_item = None
    if has:
        delay = R.choice([R.randint(5, 240), R.randint(60, 1440), R.randint(1440, 5760)])
        at = max(0, lf - delay)
        fplace = place if R.random() < 0.6 else R.choice(NEAR[place])
        truth_item = add_found(rec, fplace, at, share=share, cat=fcat)
    rep["_truth"] = truth_item
    reports.append((rep, rec, place, has))
    lost.append(rep)

# negatives
never = [x for x in reports if not x[3]]
withs = [x for x in reports if x[3]]
NEG = [("twin", 35), ("decoy", 40), ("before_loss", 20), ("brand_elsewhere", 20), ("unclaimed", 35)]
for label, n in NEG:
    for i in range(n):
        if label in ("twin", "decoy"):
            rep, rec, place, has = R.choice(never) if R.random() < 0.65 else R.choice(withs)
            t = twin_of(rec) if label == "twin" else decoy_of(rec)
            at = max(0, rep["lost_to_min"] - R.randint(0, 2880)) if R.random() < 0.8 else rep["lost_from_min"] + R.randint(0, 600)
            add_found(t, place if R.random() < 0.6 else R.choice(NEAR[place]), min(at, MAXMIN), neg=label)
        elif label == "before_loss":
            cand = [x for x in reports if x[0]["lost_from_min"] < MAXMIN - 3000]
            rep, rec, place, has = R.choice(cand)
            t = twin_of(rec) if R.random() < 0.5 else GEN[rec["cat"]](brand=brandtuple(rec) if rec["brand"] else None, model=rec["model"])
            at = rep["lost_from_min"] + R.randint(60, min(2880 * 5, MAXMIN - rep["lost_from_min"]))
            add_found(t, place, at, neg=label)
        elif label == "brand_elsewhere":
            cand = [x for x in reports if x[1]["brand"]]
            rep, rec, place, has = R.choice(cand)
            for _ in range(40):
                t = GEN[rec["cat"]](brand=brandtuple(rec))
                if set(f for _, f in t["vis"]).isdisjoint(f for _, f in rec["vis"]):
                    break
            far = [p[0] for p in PLACES if p[0] != place and p[0] not in NEAR[place]]
            lf = rep["lost_from_min"]
            at = lf + R.randint(20000, 60000) if lf + 20000 < MAXMIN and R.random() < 0.5 else max(0, rep["lost_to_min"] - R.randint(15000, 60000))
            if at == 0 and rep["lost_to_min"] < 15000: at = min(MAXMIN, lf + 20000)
            add_found(t, R.choice(far), min(at, MAXMIN), neg=label)
        else:
            cat = R.choices(CATS, CATW)[0]
            add_found(GEN[cat](), R.choice([p[0] for p in PLACES]), R.randint(0, MAXMIN), neg=label)

# order found items by time found (oldest first), then key them
order = list(range(len(found)))
R.shuffle(order)
found = [found[i] for i in order]
found.sort(key=lambda x: -x["found_at_min"])
for i, it in enumerate(found, 1):
    it["key"] = "V2-F%04d" % i
lost.sort(key=lambda x: -x["lost_from_min"])
for i, rep in enumerate(lost, 1):
    rep["key"] = "V2-L%04d" % i
for rep in lost:
    t = rep.pop("_truth")
    rep["truth"] = t["key"] if t else None

FORDER = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "negative"]
LORDER = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "truth"]
found = [{k: it[k] for k in FORDER if k in it} for it in found]
lost = [{k: it[k] for k in LORDER if k in it} for it in lost]
for it in found + lost:
    for k in ("color", "brand", "model", "serial", "address"):
        if k in it: it[k] = it[k][:60]
    if "marks" in it: it["marks"] = it["marks"][:500]

doc = {"seed": SEED, "made_by": "tests/lostfound/make_set21.py", "parts": {"set21": {"found": found, "lost": lost}}}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote %s: %d found, %d lost" % (OUT, len(found), len(lost)))
