#!/usr/bin/env python3
"""Write tests/lostfound/set48.json: a blind labelled lost-and-found set for the
invented county town 云岭县 (古镇 scenic area, 赶集 market day, county middle school,
hospital outpatient hall, long-distance bus station, scenic shuttle buses).

Every object is first drawn as a hidden truth record; the owner's lost report and the
finder's registration are then written separately from it, each knowing only what that
person would know.  Python 3 standard library only, one random.Random(SEED).
"""
import copy
import json
import os

import random

SEED = 4848
PFX = "S48"
PART = "set48"
R = random.Random(SEED)

N_TRUE = 160
N_NEVER = 100
N_TARGETED = 85      # hard negatives aimed at one specific never-found report
N_DECOY = 20         # negatives near a report that does have its true item
N_UNREPORTED = 15    # things handed in that nobody reported
MAXMIN = 172800


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def sample(seq, k):
    k = max(0, min(k, len(seq)))
    return R.sample(list(seq), k)


# ---------------------------------------------------------------- places
# canonical name, ways people write it, lat, lon, zone
PLACES = [
    ("古镇南门游客中心", ["古镇南门游客中心", "南门游客中心", "古镇南门", "游客中心门口"], 25.6752, 100.1958, "oldtown"),
    ("古镇北门", ["古镇北门", "北门牌坊", "古镇北门口"], 25.6838, 100.1962, "oldtown"),
    ("四方街", ["四方街", "古镇四方街", "四方街广场", "四方街中间"], 25.6795, 100.1965, "oldtown"),
    ("银器街", ["银器街", "古镇银器一条街", "卖银器那条街", "银器街口"], 25.6801, 100.1978, "oldtown"),
    ("石板巷", ["石板巷", "古镇石板巷", "石板路小巷"], 25.6788, 100.1949, "oldtown"),
    ("古戏台", ["古戏台", "古镇戏台", "戏台前面"], 25.6810, 100.1958, "oldtown"),
    ("望月桥", ["望月桥", "望月桥边", "古镇石桥(望月桥)"], 25.6772, 100.1971, "oldtown"),
    ("观景台", ["观景台", "古镇观景台", "山上观景台"], 25.6846, 100.2001, "oldtown"),
    ("古镇生态停车场", ["古镇生态停车场", "古镇停车场", "南门停车场"], 25.6741, 100.1940, "oldtown"),
    ("东关集市", ["东关集市", "东关街集市", "东关赶集的地方", "集市上"], 25.6861, 100.2105, "market"),
    ("农贸市场", ["农贸市场", "县农贸市场", "菜市场"], 25.6843, 100.2088, "market"),
    ("牛马市", ["牛马市", "东关牛马市", "卖牲口那边"], 25.6890, 100.2132, "market"),
    ("集市三轮车停放点", ["集市三轮车停放点", "三轮车停车点", "东关路口停三轮车的地方"], 25.6856, 100.2120, "market"),
    ("县一中校门口", ["云岭县第一中学校门口", "县一中门口", "一中大门", "县一中校门"], 25.6912, 100.1820, "school"),
    ("县一中操场", ["县一中操场", "一中操场", "学校操场"], 25.6920, 100.1812, "school"),
    ("县一中门口公交站", ["县一中公交站", "一中站台", "学校门口车站"], 25.6905, 100.1828, "school"),
    ("县人民医院门诊大厅", ["县人民医院门诊大厅", "人民医院门诊", "县医院门诊大厅", "门诊楼一楼"], 25.6868, 100.1890, "hospital"),
    ("县人民医院挂号收费处", ["县医院挂号收费处", "门诊挂号窗口", "收费窗口"], 25.6866, 100.1893, "hospital"),
    ("县人民医院住院部", ["县人民医院住院部", "住院部", "住院楼"], 25.6876, 100.1883, "hospital"),
    ("县中医院", ["县中医院", "中医院门口", "云岭县中医院"], 25.6846, 100.1906, "hospital"),
    ("长途汽车客运站候车厅", ["长途汽车客运站候车厅", "客运站候车厅", "汽车站候车室", "车站候车大厅"], 25.6716, 100.1842, "station"),
    ("客运站售票厅", ["客运站售票厅", "汽车站售票处", "售票窗口"], 25.6714, 100.1838, "station"),
    ("客运站站前广场", ["客运站站前广场", "车站广场", "汽车站门口"], 25.6709, 100.1846, "station"),
    ("景区接驳车", ["景区接驳车上", "接驳车上(客运站到古镇)", "古镇接驳车", "观光接驳车"], 25.6731, 100.1899, "shuttle"),
    ("接驳车古镇南门站", ["接驳车古镇南门站", "接驳车南门站点", "南门接驳车站"], 25.6748, 100.1950, "shuttle"),
    ("接驳车客运站站点", ["接驳车客运站站点", "客运站接驳车上车点"], 25.6712, 100.1850, "shuttle"),
    ("步行街", ["县城步行街", "步行街", "新华步行街"], 25.6830, 100.1870, "town"),
    ("城南广场", ["城南广场", "城南文化广场"], 25.6785, 100.1855, "town"),
    ("云岭宾馆", ["云岭宾馆", "云岭宾馆门口"], 25.6822, 100.1880, "town"),
]
PL = {p[0]: p for p in PLACES}
ZONES = {}
for _p in PLACES:
    ZONES.setdefault(_p[4], []).append(_p[0])
HANDOVER = {
    "oldtown": ("古镇南门游客中心", "游客中心失物招领处"),
    "shuttle": ("接驳车古镇南门站", "接驳车调度室"),
    "station": ("长途汽车客运站候车厅", "客运站服务台"),
    "market": ("东关集市", "集市管理办公室"),
    "hospital": ("县人民医院门诊大厅", "门诊导医台"),
    "school": ("县一中校门口", "县一中门卫室"),
    "town": ("城南广场", "城南广场治安岗亭"),
}
FAR_ZONE = {"oldtown": ["market", "school", "hospital"], "shuttle": ["market", "school"],
            "station": ["market", "school", "oldtown"], "market": ["oldtown", "station", "school"],
            "hospital": ["oldtown", "station", "market"], "school": ["oldtown", "market", "station"],
            "town": ["market", "school", "oldtown"]}

DOING = {
    "oldtown": ["拍照的时候", "逛银器店的时候", "排队买小吃时", "在石凳上坐着休息后", "扫码付完钱以后", "看表演的时候", "跟团走散的时候"],
    "shuttle": ["坐接驳车的时候", "下接驳车的时候", "在接驳车上打瞌睡", "上车刷码时"],
    "station": ["候车的时候", "买票的时候", "上厕所回来", "等车时"],
    "market": ["赶集买东西的时候", "卖菜收摊的时候", "挤在人堆里", "买猪崽的时候", "搬东西上三轮车时"],
    "hospital": ["排队挂号的时候", "等叫号的时候", "拿药的时候", "缴费时"],
    "school": ["放学的时候", "接娃娃的时候", "在校门口等车时", "上体育课时"],
    "town": ["逛街的时候", "跳广场舞的时候", "吃饭的时候"],
}

SURN = ["杨", "李", "赵", "张", "王", "段", "字", "和", "普", "罗", "施", "鲁", "苏", "刀", "岩",
        "陈", "刘", "周", "吴", "何", "马", "余", "朱", "谢", "董", "白", "尹", "许", "沈", "黄"]
GIV = list("军华明芳丽秀英强勇平霞兰梅玉春桂红云凤志国建林海波杰静婷娜琳宇浩然晨欣怡涛磊鑫福寿发贵")
TOWNSHIPS = ["松坪乡", "河口乡", "大箐乡", "石门乡", "坝头镇", "龙街镇"]
VILLAGES = ["上寨村", "下营村", "龙潭村", "白沙村", "红岩村", "新街村", "和平村", "箐口村", "水碾村"]


def name():
    return pick(SURN) + "".join(pick(GIV) for _ in range(1 if chance(0.35) else 2))


def given():
    return "".join(pick(GIV) for _ in range(1 if chance(0.35) else 2))


def village():
    return pick(TOWNSHIPS) + pick(VILLAGES)


# ---------------------------------------------------------------- numbers
def id_number(y0, y1):
    area = pick(["539921", "539922", "539924", "539926"])
    body = "%s%04d%02d%02d%03d" % (area, R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28), R.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def imei():
    p = "86" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return p + luhn_digit(p)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def fmt_imei(s, who):
    opts = [s, s[:4] + " " + s[4:8] + " " + s[8:12] + " " + s[12:], s[:2] + "-" + s[2:8] + "-" + s[8:14] + "-" + s[14],
            "后四位" + s[-4:], "尾号" + s[-4:], s[:4] + "*" * 7 + s[-4:], "IMEI:" + s]
    if who == "finder":
        opts = [s, "IMEI " + s, s[:8] + " " + s[8:], "电池仓标签串号" + s]
    return pick(opts)


def fmt_id(s, who):
    if who == "finder":
        opts = [s, s[:6] + "********" + s[-4:], s[:6] + " " + s[6:14] + " " + s[14:], s.lower()]
    else:
        opts = [s, s[:6] + "********" + s[-4:], "尾号" + s[-4:], "后四位" + s[-4:], s.lower(), s[:6] + "****" + s[10:]]
    return pick(opts)


def fmt_tail(tail, who):
    pre = pick(["6217", "6230", "6228", "6214"])
    if who == "finder":
        return pick([pre + "****" + tail, pre + " **** **** " + tail, "尾号" + tail, pre + "********" + tail])
    return pick(["尾号" + tail, tail, pre + "****" + tail, "卡号后四位" + tail, "农信社卡尾号" + tail])


def fmt_plain(s, who, tail=4):
    opts = [s, "-".join(s[i:i + 4] for i in range(0, len(s), 4)), " ".join(s[i:i + 4] for i in range(0, len(s), 4))]
    if who == "owner":
        opts += ["后%d位%s" % (tail, s[-tail:]), "尾号" + s[-tail:]]
    else:
        opts += [] if tail == 6 else ["SN:" + s, "S/N " + s]
    return pick(opts)


# ---------------------------------------------------------------- words
COLORS = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "曜石黑", "黑的"],
    "白": ["白色", "白", "米白", "珍珠白", "白的"],
    "红": ["红色", "红", "大红", "酒红", "红的"],
    "蓝": ["蓝色", "蓝", "深蓝", "藏青", "宝石蓝", "蓝的"],
    "银": ["银色", "银", "银白", "亮银"],
    "金": ["金色", "香槟金", "土豪金", "金"],
    "绿": ["绿色", "墨绿", "军绿", "绿"],
    "粉": ["粉色", "粉红", "浅粉", "粉"],
    "紫": ["紫色", "淡紫", "紫"],
    "灰": ["灰色", "深灰", "太空灰", "灰"],
    "棕": ["棕色", "咖啡色", "褐色", "驼色"],
    "彩": ["彩色", "花色", "多色", "花花绿绿"],
}
# a finder sometimes sees a colour differently
SEEN_AS = {"蓝": ["深色", "黑"], "灰": ["银", "黑"], "棕": ["黑"], "紫": ["粉"], "金": ["黄色"]}


def col(c, who):
    if who == "finder" and c in SEEN_AS and chance(0.07):
        return pick(SEEN_AS[c])
    return pick(COLORS[c])


BRANDS = {
    "华为": ["华为", "HUAWEI", "Huawei", "huawei", "华伟"],
    "苹果": ["苹果", "iPhone", "Apple", "apple", "平果"],
    "小米": ["小米", "Xiaomi", "xiaomi", "XIAOMI", "xiao mi"],
    "OPPO": ["OPPO", "oppo", "欧珀", "OPPo"],
    "vivo": ["vivo", "VIVO", "维沃", "vivio"],
    "荣耀": ["荣耀", "HONOR", "Honor", "rongyao", "Rongyao"],
    "佳能": ["佳能", "Canon", "canon", "CANON", "jianeng"],
    "索尼": ["索尼", "SONY", "Sony", "suoni"],
    "富士": ["富士", "FUJIFILM", "Fujifilm", "fushi", "FUJI"],
    "大疆": ["大疆", "DJI", "dji", "dajiang"],
    "福寿通": ["福寿通", "FUSHOUTONG", "fushoutong", "福寿"],
    "乐龄宝": ["乐龄宝", "LeLingBao", "leling", "乐玲宝"],
    "康乐星": ["康乐星", "KANGLEXING", "康乐"],
    "雅迪": ["雅迪", "Yadea", "YADEA", "yadi"],
    "爱玛": ["爱玛", "AIMA", "aima", "艾玛"],
    "台铃": ["台铃", "TAILG", "tailing", "台玲"],
    "宗申": ["宗申", "ZONGSHEN", "zongshen"],
    "金彭": ["金彭", "JINPENG", "jinpeng"],
    "云岭老银坊": ["云岭老银坊", "老银坊", "LAOYINFANG", "云岭银坊"],
    "段记银铺": ["段记银铺", "段记", "DUANJI", "段记银铺子"],
    "古镇银匠坊": ["古镇银匠坊", "银匠坊", "yinjiangfang"],
    "金狐": ["金狐", "JINHU", "金弧"],
    "雁行": ["雁行", "YANXING", "燕行"],
    "启航": ["启航", "QIHANG", "qihang"],
    "童乐": ["童乐", "TONGLE", "同乐"],
    "捷安特": ["捷安特", "GIANT", "giant", "jieante"],
    "凤凰": ["凤凰", "Phoenix", "PHOENIX", "fenghuang"],
}


def brd(b):
    return pick(BRANDS[b]) if b in BRANDS else b


TYPOS = [("钱包", "钱抱"), ("身份证", "身分证"), ("钥匙", "钥是"), ("手机", "手几"), ("捡到", "检到"),
         ("手镯", "手卓"), ("红包", "红苞"), ("户口本", "户口薄"), ("书包", "书抱"), ("相机", "像机"),
         ("候车厅", "侯车厅"), ("游客中心", "游客中新"), ("丢了", "丢le"), ("项链", "项连"),
         ("接驳车", "接泊车"), ("钥匙串", "要匙串"), ("谢谢", "xiexie")]


def typo(text):
    hits = [t for t in TYPOS if t[0] in text]
    if not hits:
        return text
    a, b = pick(hits)
    return text.replace(a, b, 1)


# ---------------------------------------------------------------- objects
# Each maker fills a truth record: what it is, what anyone can see (vis: pairs of how the
# owner says it and how a finder/officer writes it), what only the owner knows (hid).

PHONE_MODELS = {"华为": ["nova 15 SE", "畅享 90Z", "Pura 81", "麦芒 Q5"], "苹果": ["iPhone 16 Lite", "iPhone 17S", "iPhone SE4 Plus"],
                "小米": ["Civi 6 Pro", "Redmi K88", "小米 15X"], "OPPO": ["Reno 15 Air", "A99s", "K13 Zoom"],
                "vivo": ["S25e", "Y88 Max", "iQOO Z11"], "荣耀": ["X60 Lite", "Magic 8 Mini", "Play 9C"]}
CASES = [("透明手机壳，壳背面夹着一张古镇门票", "透明手机壳，壳内夹有门票一张"),
         ("粉色卡通壳，上面有只兔子", "粉色卡通手机壳(兔子图案)"),
         ("黑色皮质翻盖壳", "黑色皮套(翻盖式)"),
         ("磨砂壳，背后有个指环支架", "磨砂手机壳带指环支架"),
         ("手机壳上挂着一根彩色民族风挂绳", "带彩色编织挂绳"),
         ("壳是蓝色硅胶的，边角磨破了", "蓝色硅胶壳，边角有磨损"),
         ("没套壳，背面贴了个熊猫贴纸", "无手机壳，背面有熊猫贴纸")]
SCREENS = [("屏幕右上角摔裂了一道", "屏幕右上角有裂纹"), ("屏幕贴了防窥膜", "贴有防窥膜"),
           ("钢化膜碎了但屏幕好的", "钢化膜破裂"), ("后摄像头那里有划痕", "摄像头附近有划痕")]
WALLS = [("锁屏是我家狗的照片", "锁屏壁纸为一只狗"), ("锁屏是我和女朋友的合照", "锁屏为一男一女合影"),
         ("锁屏是雪山风景", "锁屏为雪山图片"), ("锁屏是我女儿的照片", "锁屏为一小女孩照片"),
         ("锁屏是古镇的夜景", "锁屏为古建筑夜景")]


def mk_tourist_phone(o):
    o.update(cat="phone", voice="tourist", zone=pick(["oldtown", "oldtown", "oldtown", "shuttle", "station", "town"]))
    b = pick(sorted(PHONE_MODELS))
    o.update(brand=b, model=pick(PHONE_MODELS[b]), color=pick(["黑", "白", "蓝", "紫", "金", "银", "绿", "粉", "灰"]),
             serial=imei(), sertype="imei", owner_serial=0.5, finder_serial=0.05,
             noun_o=["手机", "手机", "我的手机"], noun_f=["手机一部", "智能手机一部", "手机1部"])
    o["vis"] = sample(CASES, 1) + sample(SCREENS, R.randint(0, 1)) + sample(WALLS, 1)
    o["hid"] = sample(["开机密码是我生日", "微信里有几千块钱，已经冻结了", "手机号是我在用的，打过去关机了",
                       "里面有这次旅游拍的几百张照片", "支付宝已经挂失", "电量出门时只剩百分之二十左右",
                       "买了不到半年", "下午打过去还通，后来就关机了"], R.randint(1, 3))


def mk_elder_phone(o):
    o.update(cat="phone", voice="villager", zone=pick(["market", "market", "hospital", "station", "shuttle"]))
    b = pick(["福寿通", "乐龄宝", "康乐星"])
    o.update(brand=b, model=pick(["F%d" % R.randint(2, 9) + pick(["", "A", "Plus"]), "LL-%d" % R.randint(10, 99), "K%d" % R.randint(100, 999)]),
             color=pick(["红", "黑", "金", "蓝"]), serial=imei(), sertype="imei", owner_serial=0.12, finder_serial=0.35,
             noun_o=["老年机", "老人手机", "按键手机", "手机"], noun_f=["老年机一部", "按键式老人手机一部", "老人机1部"])
    o["vis"] = sample([("后盖用橡皮筋绑着", "后盖用橡皮筋捆扎"), ("背面贴了孙子的照片", "背面贴有小孩照片"),
                       ("挂着一根红毛线", "挂红色毛线绳"), ("按键上的数字磨得看不清了", "按键字迹磨损"),
                       ("屏幕有条裂缝", "屏幕有裂痕"), ("装在一个布套子里", "装于碎花布套内"),
                       ("有个手电筒", "顶部带手电筒")], R.randint(1, 3))
    o["hid"] = sample(["里面存着儿子和女儿的电话", "卡是刚充的五十块话费", "手机是儿子买的",
                       "号码是我家老头的", "不会设密码"], R.randint(1, 2))


CAM_MODELS = {"佳能": ["EOS R90", "G7 Mark V", "EOS M70"], "索尼": ["ZV-E30", "A6900", "RX200"],
              "富士": ["X-S30", "X100Z", "X-M7"], "大疆": ["Pocket 5S", "Osmo Action 7", "Osmo 360 Mini"]}


def mk_camera(o):
    o.update(cat="electronics", voice="tourist", zone=pick(["oldtown", "oldtown", "oldtown", "shuttle", "station"]))
    b = pick(sorted(CAM_MODELS))
    o.update(brand=b, model=pick(CAM_MODELS[b]), color=pick(["黑", "黑", "银", "白"]),
             serial=digits(R.choice([8, 9, 10])), sertype="sn", owner_serial=0.3, finder_serial=0.5,
             noun_o=["相机", "相机", "运动相机" if b == "大疆" else "微单相机"], noun_f=["相机一台", "数码相机一台", "照相机1台"])
    o["vis"] = sample([("背带是红黄色民族风的", "相机背带为红黄色民族风图案"), ("镜头盖不见了", "无镜头盖"),
                       ("装在一个灰色的小相机包里", "装于灰色相机包内"), ("机身左边掉了一块漆", "机身左侧掉漆"),
                       ("贴了一个小熊贴纸", "机身贴有小熊贴纸"), ("挂着一个银铃铛", "挂有银色小铃铛")], R.randint(1, 3))
    o["hid"] = sample(["卡里全是在古镇和观景台拍的照片", "存储卡是128G的", "电池是今天早上充满的",
                       "里面有我们一家四口的合照", "发票上有机身号", "刚买了一个月"], R.randint(1, 2))


SILVER = [("手镯", "手镯"), ("项链", "项链"), ("耳环", "耳环一对"), ("戒指", "戒指"), ("锁片项链", "锁片项链")]


def mk_silver(o):
    o.update(cat="jewelry", voice="tourist", zone=pick(["oldtown", "oldtown", "oldtown", "shuttle", "town"]))
    kind, fkind = pick(SILVER)
    pat = pick(["蝴蝶纹", "龙凤纹", "麻花", "福字", "竹节", "云纹", "莲花"])
    o.update(brand=pick(["云岭老银坊", "段记银铺", "古镇银匠坊"]), model=pat + kind, color="银",
             serial=None, sertype=None, owner_serial=0, finder_serial=0,
             noun_o=["银" + kind, pat + "的银" + kind, "刚买的银" + kind], noun_f=["银" + fkind, fkind, "白色金属" + fkind])
    eng = pick(["平安", "长乐", "LY", "一生", "缘", "福"])
    o["vis"] = [(pat + "的花纹", pat + "花纹")] + sample([("内圈刻了'%s'两个字" % eng if len(eng) == 2 else "内圈刻了'%s'" % eng, "内侧刻有'%s'字样" % eng),
                                                          ("装在一个红色锦盒里", "装于红色小锦盒"), ("有个小铃铛", "带小铃铛"),
                                                          ("开口可以调大小", "开口式"), ("印着S990", "印有S990字样")], R.randint(1, 2))
    o["hid"] = sample(["在银器街买的，花了%d块" % R.choice([280, 360, 480, 680, 880, 1280]), "有小票", "准备送我妈的",
                       "大概%d克" % R.randint(18, 70), "老板说是手工打的"], R.randint(1, 2))


def mk_ethnic_bag(o):
    o.update(cat="bag", voice="tourist", zone=pick(["oldtown", "oldtown", "shuttle", "station", "town"]))
    kind = pick(["扎染斜挎包", "刺绣帆布包", "民族风双肩包", "蜡染手提包", "绣花小挎包"])
    o.update(brand=None, model=None, color=pick(["蓝", "蓝", "红", "黑", "彩"]), serial=None, sertype=None, owner_serial=0, finder_serial=0,
             noun_o=[kind, "民族风的包", "在古镇买的" + kind[-3:]], noun_f=[kind, "布包一个", "民族风格挎包一个"])
    items = sample([("墨镜", "墨镜一副"), ("充电宝", "充电宝一个"), ("纸巾", "纸巾"), ("古镇门票", "门票两张"),
                    ("防晒霜", "防晒霜一支"), ("一把折叠伞", "折叠伞一把"), ("酒店房卡", "宾馆房卡一张"),
                    ("口红", "口红一支"), ("保温杯", "保温杯一个")], R.randint(1, 3))
    o["vis"] = [("包里有" + "、".join(a for a, _ in items), "内有" + "、".join(b for _, b in items))]
    o["vis"] += sample([("包带上系了个流苏", "包带系流苏"), ("拉链头坏了用别针别着", "拉链头用别针代替"),
                        ("绣的是孔雀", "绣孔雀图案"), ("有一块洗不掉的油渍", "有油渍")], R.randint(0, 1))
    o["hid"] = sample(["包里还有现金%d块左右" % R.choice([200, 300, 500, 800]), "包是刚买的一百多块",
                       "身份证放在别的地方没丢", "房卡是云岭宾馆的"], R.randint(1, 2))


def mk_redpacket(o):
    o.update(cat="cash", voice=pick(["villager", "villager", "local"]), zone=pick(["market", "market", "station", "hospital", "town"]))
    amt = R.choice([200, 300, 500, 600, 800, 1000, 1200, 1600, 2000, 888, 666])
    o.update(brand=None, model=None, color="红", serial=None, sertype=None, owner_serial=0, finder_serial=0, amount=amt,
             noun_o=["红包", "一个红包", "装钱的红包"], noun_f=["红包一个", "内装现金的红包", "利是封一个"])
    word = pick(["恭喜发财", "大吉大利", "百年好合", "金榜题名", "福"])
    o["vis"] = [("红包上印着'%s'" % word, "红包印'%s'字样" % word)]
    nm = name()
    o["vis"] += sample([("红包外面用塑料袋包着", "外套塑料袋"), ("红包背面写了名字'%s'" % nm, "背面手写'%s'" % nm)], R.randint(0, 1))
    o["hid"] = sample(["是准备去吃喜酒随的礼", "全是一百的", "是卖猪的钱", "里面有%d块" % amt, "钱是给孙子的压岁钱"], R.randint(1, 2))


def mk_medcard(o):
    o.update(cat="id_doc", voice=pick(["villager", "local"]), zone=pick(["hospital", "hospital", "hospital", "market", "station"]))
    who = name()
    o["person"] = who
    if chance(0.5):
        o.update(serial="YLRY" + "%d%02d%04d" % (R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 9999)), sertype="card",
                 noun_o=["就诊卡", "医院的就诊卡", "看病的卡"], noun_f=["就诊卡一张", "县人民医院就诊卡1张"], owner_serial=0.25, finder_serial=0.8)
        o["vis"] = [("卡上名字是%s" % who, "卡面姓名%s" % who)]
    else:
        o.update(serial=id_number(1940, 1985), sertype="id",
                 noun_o=["医保卡", "社保卡", "医保卡(社保卡)"], noun_f=["社会保障卡一张", "社保卡1张", "医保卡一张"], owner_serial=0.5, finder_serial=0.7)
        o["vis"] = [("卡上是%s的名字" % who, "姓名%s" % who)]
    o.update(brand=None, model=None, color=pick(["绿", "蓝", "白", None]))
    o["vis"] += sample([("装在一个透明卡套里", "装于透明卡套"), ("跟挂号单夹在一起", "夹挂号单一张"),
                        ("卡角有点折了", "卡片一角弯折")], R.randint(0, 1))
    o["hid"] = sample(["是我家老人的", "今天来复查", "里面还有几百块钱余额", "住%s" % village()], R.randint(1, 2))


def mk_hukou(o):
    o.update(cat="id_doc", voice="villager", zone=pick(["market", "hospital", "station", "town", "shuttle"]))
    who = name()
    o["person"] = who
    vil = village()
    o.update(brand=None, model=None, color=pick(["红", "棕"]), serial="%06d" % R.randint(100, 99999), sertype="hukou",
             owner_serial=0.2, finder_serial=0.6, noun_o=["户口本", "户口簿", "家里的户口本"], noun_f=["户口簿一本", "居民户口簿1本"])
    o["vis"] = [("户主是%s" % who, "户主%s" % who), ("住址%s" % vil, "住址云岭县%s" % vil)]
    o["vis"] += sample([("装在一个塑料袋里", "装于塑料袋"), ("封皮破了用胶带粘过", "封皮有胶带粘补")], R.randint(0, 1))
    o["hid"] = sample(["一家五口人", "准备去办低保要用", "里面还夹着土地证复印件", "我是户主的儿子"], R.randint(1, 2))


def mk_idcard(o):
    o.update(cat="id_doc", voice=pick(["tourist", "villager", "local"]), zone=pick(["station", "station", "shuttle", "oldtown", "hospital"]))
    who = name()
    o["person"] = who
    o.update(brand=None, model=None, color=None, serial=id_number(1955, 2008), sertype="id", owner_serial=0.8, finder_serial=0.85,
             noun_o=["身份证", "二代身份证", "身份证"], noun_f=["居民身份证一张", "身份证1张"])
    o["vis"] = [("名字%s" % who, "姓名%s" % who)]
    o["vis"] += sample([("套了个卡通卡套", "套卡通卡套"), ("和车票夹在一起", "与车票一起")], R.randint(0, 1))
    o["hid"] = sample(["买票的时候还在", "要坐车回去没有身份证上不了车", "已经去办了临时身份证"], R.randint(0, 1))


def mk_housekeys(o):
    o.update(cat="keys", voice=pick(["villager", "local", "villager"]), zone=pick(["market", "market", "hospital", "school", "town", "station"]))
    n = R.randint(2, 7)
    rope = pick(["红", "黑", "绿", "蓝"])
    o.update(brand=None, model=None, color=rope if chance(0.6) else None, serial=None, sertype=None, owner_serial=0, finder_serial=0,
             noun_o=["钥匙", "一串钥匙", "家里的钥匙"], noun_f=["钥匙一串", "钥匙%d把" % n])
    o["vis"] = [("%d把钥匙" % n, "共%d把钥匙" % n), ("用%s绳子穿着" % pick(COLORS[rope]), "%s色绳子串" % rope)]
    o["vis"] += sample([("挂了一个铜钱", "挂铜钱一枚"), ("有个小铃铛", "带小铃铛"), ("有一把是挂锁的小钥匙", "含挂锁小钥匙一把"),
                        ("挂着指甲刀", "挂指甲刀一把"), ("有一把是防盗门的", "含防盗门钥匙")], R.randint(1, 2))
    o["hid"] = sample(["家里进不去门了", "有一把是家里柜子的", "老伴在家等着"], R.randint(0, 1))


def mk_vehiclekey(o):
    o.update(cat="keys", voice="villager", zone=pick(["market", "market", "market", "school", "hospital", "town"]))
    b = pick(["雅迪", "爱玛", "台铃", "宗申", "金彭"])
    what = "三轮车" if b in ("宗申", "金彭") else pick(["电动车", "电瓶车", "电动车"])
    o.update(brand=b, model=None, color=pick(["黑", "红", "蓝", None]), serial=None, sertype=None, owner_serial=0, finder_serial=0,
             noun_o=[what + "钥匙", what + "的钥匙"], noun_f=["车钥匙一把", what + "钥匙一把", "带遥控器车钥匙"])
    o["vis"] = [("是%s的" % brd(b), "遥控器有%s标志" % brd(b))]
    o["vis"] += sample([("挂了个小葫芦", "挂小葫芦挂件"), ("遥控器壳裂了", "遥控器外壳开裂"), ("还串着一把挂锁钥匙", "另串挂锁钥匙一把"),
                        ("钥匙扣是一个红色平安结", "红色平安结钥匙扣")], R.randint(1, 2))
    o["hid"] = sample(["车还停在集市上推不走", "备用钥匙在家里", "车是去年买的"], R.randint(0, 1))


def mk_schoolbag(o):
    o.update(cat="bag", voice=pick(["student", "parent"]), zone=pick(["school", "school", "school", "shuttle", "station", "market"]))
    who = pick(SURN) + given()
    grade = pick(["初一", "初二", "初三"])
    cls = "%s(%d)班" % (grade, R.randint(1, 9))
    o["person"] = who
    o["klass"] = cls
    o.update(brand=pick(["启航", "童乐", None, None]), model=None, color=pick(["黑", "蓝", "粉", "紫", "灰"]),
             serial="20%02d%02d%02d%02d" % (R.randint(23, 25), R.randint(1, 3), R.randint(1, 9), R.randint(1, 60)), sertype="student",
             owner_serial=0.3, finder_serial=0.45, noun_o=["书包", "双肩书包", "娃娃的书包"], noun_f=["书包一个", "学生书包一个"])
    o["vis"] = [("课本上写着%s %s" % (cls, who), "课本署名%s%s" % (cls, who))]
    o["vis"] += sample([("里面有数学、英语书和作业本", "内有数学英语课本、作业本"), ("挂着一个奥特曼挂件", "挂奥特曼挂件"),
                        ("侧袋有个保温杯", "侧袋插保温杯"), ("书包上有墨水印", "有墨水污渍")], R.randint(1, 2))
    o["hid"] = sample(["饭卡也在里面", "明天要交的作业在里面", "书包是开学才买的"], R.randint(0, 1))


def mk_wallet(o):
    o.update(cat="wallet", voice=pick(["tourist", "local", "villager"]), zone=pick(["oldtown", "market", "station", "hospital", "shuttle", "town"]))
    who = name()
    o["person"] = who
    tail = digits(4)
    amt = R.choice([50, 120, 200, 300, 460, 800, 1500])
    o["amount"] = amt
    o.update(brand=pick(["金狐", "雁行", None, None]), model=pick(["长款", "短款", "拉链款", "折叠款"]), color=pick(["黑", "棕", "红", "粉", "灰"]),
             serial=tail, sertype="tail", owner_serial=0.6, finder_serial=0.6,
             noun_o=["钱包", "皮夹", "钱夹子"], noun_f=["钱包一个", "皮夹一个"])
    o["vis"] = sample([("里面有%s的身份证" % who, "内有身份证(姓名%s)" % who), ("有一张银行卡", "内有银行卡一张"),
                       ("夹着一张全家福", "内夹合影照片一张"), ("拉链坏了一半", "拉链损坏")], R.randint(1, 2))
    o["hid"] = sample(["现金%d块左右" % amt, "有几张超市小票", "钱包是老婆送的", "银行卡已经挂失了"], R.randint(1, 2))


EBIKES = {"雅迪": ["冠能G9", "DE3X"], "爱玛": ["麦派Q7", "A500"], "台铃": ["超能T1", "狮王S"], "宗申": ["福运100", "ZS-150三轮"], "金彭": ["悦享J3", "货运王"]}


def mk_ebike(o):
    o.update(cat="ebike", voice="villager", zone=pick(["market", "market", "school", "hospital", "station"]))
    b = pick(sorted(EBIKES))
    tri = b in ("宗申", "金彭")
    o.update(brand=b, model=pick(EBIKES[b]), color=pick(["红", "蓝", "白", "黑", "灰"]),
             serial=pick(["YD", "AM", "TL", "ZS", "JP"]) + digits(2) + pick("ABCDEF") + digits(7), sertype="frame",
             owner_serial=0.45, finder_serial=0.55,
             noun_o=["电动三轮车", "三轮车"] if tri else ["电动车", "电瓶车"], noun_f=["电动三轮车一辆"] if tri else ["电动自行车一辆", "电动车一辆"])
    plate = "岭%s%05d" % (pick("ABC"), R.randint(1, 99999))
    o["vis"] = [("车牌%s" % plate, "号牌%s" % plate)]
    o["vis"] += sample([("后面有个车筐", "后座装车筐"), ("车斗里有几个竹筐", "车斗内有竹筐"), ("坐垫破了用布包着", "坐垫用布包裹"),
                        ("前面挂着雨棚", "加装雨棚")], R.randint(1, 2))
    o["hid"] = sample(["钥匙还在我身上", "有发票", "锁了龙头锁的"], R.randint(0, 1))


def mk_bicycle(o):
    o.update(cat="bicycle", voice=pick(["student", "local"]), zone=pick(["school", "school", "oldtown", "town"]))
    b = pick(["捷安特", "凤凰"])
    o.update(brand=b, model=pick(["ATX 77", "山地车", "城市通勤款", "FH-26"]), color=pick(["黑", "白", "蓝", "红", "绿"]),
             serial="%s%07d" % (pick(["G", "F", "X"]), R.randint(0, 9999999)), sertype="frame", owner_serial=0.3, finder_serial=0.4,
             noun_o=["自行车", "单车"], noun_f=["自行车一辆", "山地自行车一辆"])
    o["vis"] = sample([("车把缠了黑胶布", "车把缠胶布"), ("后座有个货架", "带后货架"), ("车铃坏了", "无车铃"),
                       ("贴了一中的停车贴", "贴县一中停车标")], R.randint(1, 2))
    o["hid"] = sample(["车锁密码是0817", "骑了两年了", "是客栈给客人骑的"], R.randint(0, 1))


OTHER = [("雨伞", "雨伞一把", ["黑", "蓝", "彩"]), ("竹背篓", "竹背篓一个", ["棕"]), ("保温杯", "保温杯一个", ["白", "黑", "粉"]),
         ("拐杖", "拐杖一根", ["棕", "黑"]), ("草帽", "草帽一顶", ["棕", "白"]), ("茶叶礼盒", "茶叶礼盒一盒", ["红", "绿"])]


def mk_other(o):
    o.update(voice=pick(["tourist", "villager", "local"]), zone=pick(["oldtown", "market", "shuttle", "station", "hospital"]))
    nm, nf, cols = pick(OTHER)
    o.update(cat="other", brand=None, model=None, color=pick(cols), serial=None, sertype=None, owner_serial=0, finder_serial=0,
             noun_o=[nm], noun_f=[nf])
    o["vis"] = sample([("上面贴了名字贴", "贴有姓名贴"), ("把手是木头的", "木质把手"), ("有点旧了", "较旧"), ("上面绑了根红布条", "系红布条"),
                       ("有个缺口", "有一处缺损")], R.randint(1, 2))
    o["hid"] = sample(["用了好几年了", "是亲戚送的"], R.randint(0, 1))


MAKERS = [("tourist_phone", mk_tourist_phone, 34), ("elder_phone", mk_elder_phone, 22), ("camera", mk_camera, 16),
          ("silver", mk_silver, 22), ("ethnic_bag", mk_ethnic_bag, 18), ("redpacket", mk_redpacket, 16),
          ("medcard", mk_medcard, 16), ("hukou", mk_hukou, 10), ("idcard", mk_idcard, 14), ("housekeys", mk_housekeys, 20),
          ("vehiclekey", mk_vehiclekey, 16), ("schoolbag", mk_schoolbag, 16), ("wallet", mk_wallet, 18), ("ebike", mk_ebike, 8),
          ("bicycle", mk_bicycle, 5), ("other", mk_other, 9)]
MK = {k: f for k, f, _ in MAKERS}


def make(kind, zone=None):
    o = {"kind": kind}
    MK[kind](o)
    if zone:
        o["zone"] = zone
    o["place"] = pick(ZONES[o["zone"]])
    return o


# ---------------------------------------------------------------- times
def loss_window(o):
    r = R.random()
    if r < 0.6:
        to = R.randint(20, 7 * 1440)
    elif r < 0.92:
        to = R.randint(7 * 1440, 40 * 1440)
    else:
        to = R.randint(40 * 1440, 100 * 1440)
    if o["voice"] == "tourist":
        ln = R.randint(10, 360)
    elif o["voice"] == "villager":
        ln = pick([R.randint(120, 600), R.randint(600, 1440), R.randint(1440, 4320)])
    else:
        ln = R.randint(30, 1440)
    return min(to + ln, MAXMIN - 10), to


# ---------------------------------------------------------------- writing
def latlon(place, spread=0.0004):
    p = PL[place]
    return round(p[2] + R.gauss(0, spread), 6), round(p[3] + R.gauss(0, spread), 6)


def cat_words(parts):
    out = ""
    for p in parts:
        if not p:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            out += " "
        out += p
    return out


def lim(s, n):
    return s if len(s) <= n else s[:n]


def owner_record(o, frm, to):
    v = o["voice"]
    place = o["place"]
    pname = pick(PL[place][1])
    noun = pick(o["noun_o"])
    c = col(o["color"], "owner") if o.get("color") else None
    b = brd(o["brand"]) if o.get("brand") else None
    vis = [a for a, _ in o["vis"]]
    remembered = sample(vis, max(1 if v == "tourist" else 0, len(vis) - R.randint(0, 2)))
    if o["kind"] in ("idcard", "medcard", "hukou") and vis[0] not in remembered:
        remembered.insert(0, vis[0])  # an owner always gives the holder's name
    hid = sample(o["hid"], R.randint(0, len(o["hid"])))
    ser = fmt_ser(o, "owner") if o.get("serial") and chance(o["owner_serial"]) else None
    doing = pick(DOING[o["zone"]])
    if v == "student":
        doing = pick(["放学的时候", "在校门口等车时", "跟家里人赶集的时候", "坐车回家的时候", "上体育课时"])
        noun = pick(["书包", "我的书包", "自行车"] if o["kind"] != "bicycle" else ["自行车", "单车"])
        if o["kind"] == "schoolbag":
            noun = noun.replace("自行车", "书包")
    elif v == "parent":
        noun = "娃娃的" + noun.replace("娃娃的", "")
    elif o["kind"] == "schoolbag":
        noun = noun.replace("娃娃的", "")
    if o["kind"] == "housekeys":
        c = None
    cd = c[:-1] if c and c.endswith("的") else c
    desc = cat_words([cd if cd and chance(0.8) and cd[0] not in noun else "", b if b and chance(0.75) else "",
                      (o["model"] if o.get("model") and chance(0.5) else "")])
    other_place = None
    if chance(0.18):
        other_place = pick([p for p in ZONES[o["zone"]] + ZONES[pick(FAR_ZONE[o["zone"]])] if p != place])
    where = pname + ("或者" + pick(PL[other_place][1]) if other_place else "")
    details = "，".join(remembered + hid)
    if v == "tourist":
        pat = R.randint(0, 3)
        if pat == 0:
            body = "%s在%s%s，%s不见了。%s%s。%s" % (pick(["今天", "刚才", "下午", "上午", ""]), where, doing, noun,
                                                  ("是" + desc + "的，") if desc else "", details, pick(["麻烦帮忙留意，谢谢！", "急用，找到请联系我。", "拜托了！", ""]))
        elif pat == 1:
            body = "%s丢了%s%s，%s" % (where, desc, noun, (remembered[0] if remembered else "") + pick(["，急！！", "，谢谢", "。"]))
        elif pat == 2:
            body = "本人游客，%s来古镇玩，%s在%s把%s弄丢了。%s%s。%s" % (pick(["跟团", "自驾", "和朋友", "一家人"]), doing, where, noun,
                                                          ("东西是" + desc + "，") if desc else "", details, pick(["有消息请通知我", "联系方式已留在登记表上", "明天就要走了，麻烦尽快"]))
        else:
            body = "遗失%s一%s。地点：%s。特征：%s%s。" % (noun, pick(["个", "件"]) if o["cat"] != "phone" else "部", where, (desc + "，") if desc else "", details)
        if chance(0.18):
            body = typo(body)
    elif v == "villager":
        body = "报失人%s(%s)称：%s在%s附近%s，%s找不到了。%s%s%s" % (
            name(), village() + pick(["村民", "人", ""]), pick(["赶集那天", "前两天", "今天早上", "上个街天", "", "这两天"]), where,
            doing, noun, ("据称是" + desc + "的。") if desc else pick(["颜色牌子说不太清。", ""]),
            ("特征：" + details + "。") if details else "", pick(["具体在哪丢的说不清。", "可能掉在三轮车上了。", "", "", "报失人不识字，由民警代写。"]))
        if chance(0.08):
            body = typo(body)
    elif v == "student":
        body = "%s在%s%s，%s丢了。%s%s%s" % (pick(["我", "我今天", "学生本人"]), where, doing, noun, ("是" + desc + "的，") if desc else "",
                                          details, pick(["。", "，请叔叔阿姨帮忙找一下。", "。班主任陪同来报。"]))
    else:
        body = "%s在%s%s把%s弄丢了。%s%s%s" % (pick(["昨天", "今天", "前天", "", "上周"]), where, doing, noun,
                                          ("是" + desc + "的。") if desc else "", details, pick(["", "。", "。麻烦了"]))
        if o["voice"] == "parent":
            body = "家长代报：" + body
        if chance(0.1):
            body = typo(body)
    body = body.rstrip("，, ")
    if body[-1] not in "。！!？?）)":
        body += "。"
    if ser:
        body += pick(["%s：%s。" % (SERNAME[o["sertype"]], ser), "%s是%s" % (SERNAME[o["sertype"]], ser), "(%s %s)" % (SERNAME[o["sertype"]], ser)]) if chance(0.6) else ""
    if o["kind"] == "redpacket" and chance(0.7):
        amt = o["amount"]
        body += pick(["里面是%d元。" % amt, "大概%d左右。" % (round(amt, -2) or amt), "有%d块钱，都是整的。" % amt])
    rec = {"category": o.get("cat_lost", o["cat"]), "body": lim(body.replace("。。", "。").replace("，。", "。"), 600)}
    fillp = {"tourist": 0.6, "villager": 0.3}.get(v, 0.45)
    if c and chance(fillp):
        rec["color"] = lim(col(o["color"], "owner"), 60)
    if o.get("brand") and chance(fillp):
        rec["brand"] = lim(brd(o["brand"]), 60)
    if o.get("model") and chance(fillp * 0.7):
        m = o["model"]
        rec["model"] = lim(m if chance(0.7) else m.split(" ")[0], 60)
    if ser and chance(0.75):
        rec["serial"] = lim(ser, 60)
    if chance(fillp):
        rec["marks"] = lim("；".join(remembered + hid) or "无", 500)
    if chance(0.75):
        rec["address"] = lim(pname if not other_place or chance(0.5) else where, 60)
    if chance(0.35):
        rec["lat"], rec["lon"] = latlon(place, 0.0006)
    rec["lost_from_min"], rec["lost_to_min"] = frm, to
    return rec


SERNAME = {"imei": "串号", "id": "身份证号", "card": "卡号", "sn": "机身号", "tail": "银行卡", "student": "学号", "frame": "车架号", "hukou": "户号"}


def fmt_ser(o, who):
    s, t = o["serial"], o["sertype"]
    if t == "imei":
        return fmt_imei(s, who)
    if t == "id":
        return fmt_id(s, who)
    if t == "tail":
        return fmt_tail(s, who)
    if t == "hukou":
        return pick([s, "户号" + s, s.lstrip("0")])
    if t == "student":
        return pick([s, s[:4] + " " + s[4:], "学号" + s] + (["学号后三位" + s[-3:]] if who == "owner" else []))
    if t == "card":
        return pick([s, s[:4] + "-" + s[4:8] + "-" + s[8:], s[4:]] + (["卡号后四位" + s[-4:]] if who == "owner" else []))
    return fmt_plain(s, who, 6 if t == "frame" else 4)


FINDERS = {"oldtown": ["环卫工", "商铺老板", "游客", "景区保安", "导游", "客栈老板"], "shuttle": ["接驳车司机", "接驳车乘务员", "乘客"],
           "station": ["客运站工作人员", "保洁员", "旅客", "出租车司机"], "market": ["摊主", "赶集群众", "市场管理员", "三轮车师傅"],
           "hospital": ["保洁员", "导医", "医院保安", "病人家属"], "school": ["门卫", "学生", "老师", "家长"], "town": ["群众", "环卫工", "店主"]}


def finder_record(o, fplace, fzone, force_serial=False):
    noun = pick(o["noun_f"])
    c = col(o["color"], "finder") if o.get("color") else None
    b = brd(o["brand"]) if o.get("brand") and chance(0.7) else None
    vis = [f for _, f in o["vis"] if f]
    seen = sample(vis, max(1, len(vis) - R.randint(0, 2)))
    ser = fmt_ser(o, "finder") if o.get("serial") and (force_serial or chance(o["finder_serial"])) else None
    who = pick(FINDERS[fzone])
    pname = pick(PL[fplace][1])
    spot = pick(["", "地上", "椅子下", "路边", "长椅上", "角落"]) if fzone not in ("shuttle",) else pick(["后排座位上", "座椅下", "车门边", "行李架上"])
    cd = c if c and o["kind"] != "housekeys" and c[0] not in noun else ""
    desc = cat_words([cd, b or "", (o["model"] if o.get("model") and b and chance(0.4) else "")])
    pat = R.randint(0, 2)
    det = "，".join(seen)
    if o["kind"] == "redpacket":
        det = ("经清点内有人民币%d元，" % o["amount"] if chance(0.8) else "内有现金，") + det
    if o["kind"] == "wallet" and chance(0.6):
        det = "内有现金%d元，" % o["amount"] + det
    if pat == 0:
        body = "%s在%s%s拾得%s%s，%s。%s" % (who, pname, spot, desc, noun, det, pick(["已交我所。", "送至%s。" % HANDOVER[fzone][1], "", "待认领。"]))
    elif pat == 1:
        body = "%s送来%s%s，称在%s捡到。%s。%s" % (who, desc, noun, pname, det, pick(["", "拾得人未留姓名。", "拾得人已留电话。"]))
    else:
        body = "拾得物：%s%s。拾得地点：%s%s。特征：%s。" % (desc, noun, pname, spot, det)
    if o["cat"] == "phone":
        body += pick(["已关机。", "有电，屏幕锁定。", "期间有来电未接。", "电量低。", ""])
    if ser:
        body += pick(["%s：%s。" % (SERNAME[o["sertype"]], ser), "%s %s" % (SERNAME[o["sertype"]], ser)])
    rec = {"category": o.get("cat_found", o["cat"]), "body": lim(body.replace("，。", "。"), 600)}
    if c and chance(0.55):
        rec["color"] = lim(c, 60)
    if b and chance(0.6):
        rec["brand"] = lim(b, 60)
    if o.get("model") and b and chance(0.3):
        rec["model"] = lim(o["model"], 60)
    if ser and chance(0.8):
        rec["serial"] = lim(ser, 60)
    if chance(0.5):
        rec["marks"] = lim("；".join(seen), 500)
    if chance(0.85):
        rec["address"] = lim(pname + (spot if chance(0.4) else ""), 60)
    if chance(0.4):
        rec["lat"], rec["lon"] = latlon(fplace)
    return rec


def found_place_for(o):
    z = o["zone"]
    r = R.random()
    if r < 0.5:
        return o["place"], z
    if r < 0.85:
        return pick(ZONES[z]), z
    hp = HANDOVER[z][0]
    return hp, PL[hp][4]


def found_time_true(frm, to):
    # found at or after the start of the loss window; sometimes well after it ended
    latest = max(0, to - R.randint(0, 2 * 1440))
    return R.randint(latest, frm) if latest <= frm else frm


# ---------------------------------------------------------------- negatives
def neg_object(o, how):
    """A different object drawn to tempt report o; returns (obj, place, zone, found_at_fn)."""
    kind = o["kind"]
    if how in ("same_cat_color_diff_object", "decoy_same_cat_color"):
        n = make(kind, o["zone"])
        for _ in range(8):
            if n.get("brand") != o.get("brand") or not o.get("brand"):
                break
            n = make(kind, o["zone"])
        n["color"] = o.get("color")
        return n
    if how == "same_brand_diff_place_time":
        n = make(kind, pick(FAR_ZONE[o["zone"]]))
        n["brand"] = o.get("brand")
        if chance(0.5):
            n["model"] = o.get("model")
        n["voice"] = o["voice"]
        return n
    n = copy.deepcopy(o)
    if how == "found_before_loss":
        if n.get("serial"):
            n["serial"] = new_serial(n)
        if "person" in n:
            # another holder's document of the same look: a name is never found before it is lost
            newp = n["person"][0] + given()
            n["vis"] = [(a.replace(n["person"], newp), f.replace(n["person"], newp) if f else f) for a, f in n["vis"]]
            n["person"] = newp
        return n
    if how == "same_model_diff_serial":
        n["serial"] = new_serial(n)
        if "person" in n:
            newp = n["person"][0] + given()
            n["vis"] = [(a.replace(n["person"], newp), f.replace(n["person"], newp) if f else f) for a, f in n["vis"]]
            n["person"] = newp
        return n
    if how == "diff_amount":
        amt = n["amount"]
        n["amount"] = pick([a for a in [100, 200, 300, 500, 600, 800, 1000, 1200, 2000, 3000] if abs(a - amt) >= 200])
        return n
    raise ValueError(how)


def new_serial(o):
    t = o["sertype"]
    for _ in range(20):
        if t == "imei":
            s = imei()
        elif t == "id":
            s = id_number(1940, 2008)
        elif t == "tail":
            s = digits(4)
        elif t == "card":
            s = o["serial"][:10] + "%04d" % R.randint(1, 9999)
        elif t == "student":
            s = o["serial"][:8] + "%02d" % R.randint(1, 60)
        elif t == "hukou":
            s = "%06d" % R.randint(100, 99999)
        elif t == "frame":
            s = o["serial"][:5] + digits(len(o["serial"]) - 5)
        else:
            s = digits(len(o["serial"]))
        if s != o["serial"] and s[-4:] != o["serial"][-4:]:
            return s
    raise RuntimeError("no serial")


def neg_kinds(o):
    ks = ["same_cat_color_diff_object", "found_before_loss"]
    if o.get("brand"):
        ks.append("same_brand_diff_place_time")
    if o.get("serial"):
        ks += ["same_model_diff_serial", "same_model_diff_serial"]
    if o["kind"] in ("redpacket", "wallet"):
        ks += ["diff_amount", "diff_amount"]
    return ks


def neg_place_time(o, how, n, frm, to):
    if how == "same_brand_diff_place_time":
        fplace = n["place"]
        if frm + 3 * 1440 < MAXMIN and (to < 10 * 1440 or chance(0.5)):
            fat = R.randint(frm + 3 * 1440, min(MAXMIN, frm + 25 * 1440))
        else:
            fat = R.randint(0, max(0, to - 5 * 1440))
        return fplace, PL[fplace][4], fat
    fplace, fz = found_place_for(o)
    if how == "found_before_loss":
        fat = min(MAXMIN, frm + R.randint(45, 3 * 1440))
        if fat <= frm:
            raise RuntimeError("window too old")
        return fplace, fz, fat
    return fplace, fz, found_time_true(frm, to)


# ---------------------------------------------------------------- build
def build():
    kinds = []
    for k, _, n in MAKERS:
        kinds += [k] * n
    R.shuffle(kinds)
    objs = [make(k) for k in kinds]
    true_objs, never_objs = objs[:N_TRUE], objs[N_TRUE:]
    # a few pairs the two sides file under different categories (at most 5)
    cross = {"elder_phone": ("phone", "electronics"), "redpacket": ("cash", "other"),
             "camera": ("electronics", "bag"), "wallet": ("wallet", "id_doc")}
    done = set()
    for o in true_objs:
        if o["kind"] in cross and o["kind"] not in done:
            if o["kind"] == "wallet" and not any("身份证" in f for _, f in o["vis"]):
                continue
            o["cat_lost"], o["cat_found"] = cross[o["kind"]]
            if o["kind"] == "camera":
                o["noun_f"] = ["相机包一个(内有相机)", "黑色相机包一个，内装相机"]
            done.add(o["kind"])
    lost, found = [], []
    for i, o in enumerate(true_objs):
        frm, to = loss_window(o)
        lr = owner_record(o, frm, to)
        fplace, fz = found_place_for(o)
        fr = finder_record(o, fplace, fz)
        fr["found_at_min"] = found_time_true(frm, to)
        lr["_id"], fr["_id"] = "T%d" % i, "T%d" % i
        lost.append(lr)
        found.append(fr)
    never_lost = []
    for i, o in enumerate(never_objs):
        frm, to = loss_window(o)
        lr = owner_record(o, frm, to)
        lr["_id"] = None
        lost.append(lr)
        never_lost.append((o, frm, to))
    negs = []
    targets = list(range(N_NEVER))[:80] + sample(range(80, N_NEVER), N_TARGETED - 80)
    for j in targets:
        o, frm, to = never_lost[j]
        how = pick(neg_kinds(o))
        n = neg_object(o, how)
        fplace, fz, fat = neg_place_time(o, how, n, frm, to)
        fr = finder_record(n, fplace, fz, force_serial=(how == "same_model_diff_serial"))
        if how == "diff_amount" and "经清点" not in fr["body"] and "现金" not in fr["body"]:
            fr["body"] += "现金%d元。" % n["amount"]
        fr["found_at_min"] = fat
        fr["negative"] = how
        negs.append(fr)
    for j in sample(range(N_TRUE), N_DECOY):
        o = true_objs[j]
        lr = lost[j]
        n = neg_object(o, "decoy_same_cat_color")
        fplace, fz = found_place_for(o)
        fr = finder_record(n, fplace, fz)
        fr["found_at_min"] = found_time_true(lr["lost_from_min"], lr["lost_to_min"])
        fr["negative"] = "decoy_same_cat_color"
        negs.append(fr)
    for _ in range(N_UNREPORTED):
        n = make(pick([k for k, _, _ in MAKERS]))
        fplace, fz = found_place_for(n)
        fr = finder_record(n, fplace, fz)
        fr["found_at_min"] = R.randint(0, 90 * 1440)
        fr["negative"] = "unreported_item"
        negs.append(fr)
    for fr in negs:
        fr["_id"] = None
    found += negs
    R.shuffle(lost)
    R.shuffle(found)
    fkey = {}
    for i, fr in enumerate(found):
        fr["key"] = "%s-F%04d" % (PFX, i + 1)
        if fr["_id"]:
            fkey[fr["_id"]] = fr["key"]
    for i, lr in enumerate(lost):
        lr["key"] = "%s-L%04d" % (PFX, i + 1)
        lr["truth"] = fkey[lr["_id"]] if lr["_id"] else None
    order_l = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"]
    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]
    lost = [{k: r[k] for k in order_l if k in r} for r in lost]
    found = [{k: r[k] for k in order_f if k in r} for r in found]
    return {"seed": SEED, "made_by": "tests/lostfound/make_set48.py", "parts": {PART: {"found": found, "lost": lost}}}


def main():
    data = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set48.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    p = data["parts"][PART]
    print("wrote %s: %d lost (%d with truth), %d found (%d negative)" % (
        out, len(p["lost"]), sum(1 for r in p["lost"] if r["truth"]), len(p["found"]), sum(1 for r in p["found"] if "negative" in r)))


if __name__ == "__main__":
    main()
