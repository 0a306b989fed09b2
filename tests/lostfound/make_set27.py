#!/usr/bin/env python3
"""Blind labelled set 27 for the lost-and-found matcher (world: 河州市, early winter).

Standard library only, one seeded random.Random(20261227); iterates lists only, so the
output does not depend on PYTHONHASHSEED.  Writes set27.json next to this file.

Each object is first drawn as a hidden truth record; the owner's report and the finder's
registration are then written separately from that record, each choosing its own words.
"""
import json
import os
import datetime

import random

SEED = 20261227
PREFIX = "B3"
R = random.Random(SEED)
NOW = datetime.datetime(2026, 12, 27, 10, 0)
MAXMIN = 172800


def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- numbers
def gb11643(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(first17, w))
    return "10X98765432"[s % 11]


REGIONS = ["622901", "622921", "622923", "620102", "620103", "620104", "620121",
           "622924", "632121", "640102", "610104", "622825"]


def make_id(birth_year_lo=1950, birth_year_hi=2006):
    reg = ch(REGIONS)
    y = R.randint(birth_year_lo, birth_year_hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = "%03d" % R.randint(1, 999)
    f17 = "%s%04d%02d%02d%s" % (reg, y, m, d, seq)
    return f17 + gb11643(f17)


def luhn_digit(s14):
    tot = 0
    for i, c in enumerate(reversed(s14)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def make_imei():
    tac = ch(["86", "35"]) + "".join(str(R.randint(0, 9)) for _ in range(6))
    s14 = tac + "".join(str(R.randint(0, 9)) for _ in range(6))
    return s14 + luhn_digit(s14)


def id_owner_form(idn):
    st = R.randrange(5)
    if st == 0:
        return idn
    if st == 1:
        return idn.replace("X", "x")
    if st == 2:
        return "%s %s %s" % (idn[:6], idn[6:14], idn[14:])
    if st == 3:
        return "尾号" + idn[-4:].lower()
    return idn[:6] + "********" + idn[-4:]


def id_finder_form(idn):
    st = R.randrange(4)
    if st == 0:
        return idn[:4] + "**********" + idn[-4:]
    if st == 1:
        return idn[:6] + "********" + idn[-4:]
    if st == 2:
        return "末四位" + idn[-4:]
    return idn[:3] + "***************"[:11] + idn[-4:]


def imei_owner_form(im):
    st = R.randrange(4)
    if st == 0:
        return im
    if st == 1:
        return "%s %s %s %s" % (im[:4], im[4:8], im[8:12], im[12:])
    if st == 2:
        return "IMEI尾号" + im[-6:]
    return "串号" + im[:8] + "-" + im[8:]


def grouped(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def name():
    sur = ["马", "王", "李", "张", "杨", "韩", "冶", "妥", "虎", "赵", "何", "苏", "拜", "喇",
           "金", "丁", "魏", "祁", "蒲", "鲁", "雷", "窦", "牟", "闫", "秦", "景"]
    giv = ["小军", "建国", "玉兰", "海燕", "志强", "秀英", "文博", "思雨", "尕娃", "福禄",
           "晓东", "梅花", "一鸣", "子涵", "德明", "雪莲", "国栋", "春霞", "浩然", "佳怡",
           "有福", "永红", "佩琪", "俊杰", "晓丽", "万全", "金花", "宇航", "晨曦", "卫东"]
    return ch(sur) + ch(giv)


def mask_name(n):
    return n[0] + "*" * (len(n) - 1) if chance(0.5) else n[0] + "某某"


def phone_no():
    return ch(["139", "138", "152", "186", "177", "133", "189", "150"]) + \
        "".join(str(R.randint(0, 9)) for _ in range(8))


# ---------------------------------------------------------------- places
# (landmark, street form, vague forms, lat, lon, zone)
PLACES = [
    ("河州火车站二楼候车室", "火车站路1号候车大厅二楼", ["火车站候车室", "车站楼上候车的地方"], 36.0621, 103.8502, "rail"),
    ("河州火车站出站口", "火车站路1号北出站口", ["火车站出站的地方", "出站口那块"], 36.0609, 103.8511, "rail"),
    ("河州火车站进站安检处", "火车站路1号进站口安检", ["进站过安检那里", "火车站安检"], 36.0616, 103.8494, "rail"),
    ("火车站站前广场", "火车站路站前广场东侧", ["火车站广场", "站前那个大广场"], 36.0633, 103.8507, "rail"),
    ("火车站售票厅", "火车站路3号售票厅", ["火车站买票的地方", "售票厅"], 36.0627, 103.8521, "rail"),
    ("马记牛肉面(大众巷店)", "城关区大众巷41号", ["大众巷吃牛肉面的地方", "大众巷面馆"], 36.0571, 103.8315, "noodle"),
    ("白家清真餐厅", "城关区永昌南路88号", ["永昌路那个清真馆子", "白家馆子"], 36.0559, 103.8287, "noodle"),
    ("拉面一条街(金城路)", "城关区金城路牛肉面一条街", ["金城路面馆那一片", "牛肉面一条街"], 36.0583, 103.8341, "noodle"),
    ("喇家手抓羊肉馆", "七里河区西津东路205号", ["西津路吃手抓的馆子", "手抓馆子"], 36.0602, 103.7952, "noodle"),
    ("河州铁桥", "滨河东路铁桥南口", ["铁桥上", "桥上头"], 36.0687, 103.8229, "river"),
    ("水车园", "滨河东路水车园", ["水车那达", "水车园里"], 36.0679, 103.8388, "river"),
    ("黄河风情线滨河步道", "滨河中路步道(白塔山对面)", ["河边上散步的地方", "风情线"], 36.0672, 103.8115, "river"),
    ("黄河母亲雕塑广场", "滨河中路母亲雕塑", ["母亲雕塑那里", "河边雕塑广场"], 36.0665, 103.7983, "river"),
    ("河州大学本部校区", "天水南路222号河州大学", ["学校本部", "大学本部那边"], 36.0476, 103.8604, "uni"),
    ("河州大学北山校区图书馆", "北山校区图书馆", ["北山校区图书馆", "图书馆"], 36.0951, 103.8823, "uni"),
    ("河州交通学院食堂", "安宁西路88号交通学院二食堂", ["交院食堂", "学校食堂"], 36.1021, 103.7215, "uni"),
    ("河州师范学院西门", "安宁东路967号师院西门", ["师院门口", "师范学院西门"], 36.1036, 103.7308, "uni"),
    ("东岗暖棚菜市场", "东岗西路366号室内菜市场", ["东岗菜市场", "菜市场里头"], 36.0532, 103.8837, "market"),
    ("西站农贸市场(室内)", "西站东路21号农贸市场", ["西站菜市场", "西站那个市场"], 36.0689, 103.7658, "market"),
    ("河州汽车东站", "东岗西路汽车东站候车厅", ["汽车东站", "东站坐班车的地方"], 36.0513, 103.8776, "coach"),
    ("河州汽车南站", "南山路汽车南站", ["汽车南站", "南站"], 36.0388, 103.8412, "coach"),
    ("1路公交车", "1路公交(火车站-西站)", ["1路车上", "公交车上"], 36.0595, 103.8245, "bus"),
    ("中山路步行街", "城关区中山路步行街", ["中山路", "步行街"], 36.0601, 103.8290, "street"),
    ("西关十字", "城关区西关十字东北角", ["西关十字", "西关那达"], 36.0612, 103.8198, "street"),
]
ZONE_NEAR = {z: [p for p in PLACES if p[5] == z] for z in ["rail", "noodle", "river", "uni", "market", "coach", "bus", "street"]}
ZONES = ["rail", "noodle", "river", "uni", "market", "coach", "bus", "street"]

# ---------------------------------------------------------------- colours
COL = {
    "black": ["黑色", "黑", "黑的", "深黑色", "亮黑", "曜石黑"],
    "white": ["白色", "白", "米白色", "乳白", "奶白色"],
    "grey": ["灰色", "深灰", "浅灰", "银灰色", "铁灰"],
    "blue": ["蓝色", "深蓝", "藏青色", "宝蓝", "海军蓝"],
    "red": ["红色", "酒红", "枣红色", "大红"],
    "green": ["绿色", "墨绿", "军绿色", "橄榄绿"],
    "brown": ["棕色", "咖啡色", "驼色", "褐色"],
    "pink": ["粉色", "浅粉", "粉红", "樱花粉"],
    "silver": ["银色", "银白", "亮银"],
    "gold": ["金色", "香槟金", "土豪金"],
    "purple": ["紫色", "浅紫", "葡萄紫"],
}
COLKEYS = ["black", "white", "grey", "blue", "red", "green", "brown", "pink", "silver", "gold", "purple"]

# ---------------------------------------------------------------- catalogue
# brand: (canonical, [variants], [models])
def F(o, f=None):
    return (o, f if f is not None else o)


KINDS = [
    {"kind": "phone", "cat": "phone", "o": ["手机", "手机一部", "一个手机"], "f": ["手机", "手机一部", "智能手机"],
     "brands": [("华为", ["华为", "HUAWEI", "huawei", "花为"], ["Mate 60", "Mate60 Pro", "nova 11", "P60"]),
                ("苹果", ["苹果", "iPhone", "iphone", "Apple"], ["iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone 12"]),
                ("小米", ["小米", "Xiaomi", "xiaomi"], ["小米13", "Redmi K60", "红米Note12"]),
                ("OPPO", ["OPPO", "oppo", "欧珀"], ["Reno10", "A58", "Find X6"]),
                ("vivo", ["vivo", "VIVO", "维沃"], ["X90", "Y78", "S17"]),
                ("荣耀", ["荣耀", "HONOR", "honor"], ["荣耀90", "X50", "Magic5"])],
     "colors": ["black", "white", "blue", "gold", "purple", "green", "silver"],
     "vis": [F(["透明手机壳", "带个透明壳子"], ["外套透明软壳", "透明保护壳"]),
             F(["屏幕右上角碎了", "屏幕摔裂了一道"], ["屏幕右上角有裂纹", "屏幕有裂痕"]),
             F(["壳子后面夹着一张公交卡", "手机壳里塞着公交卡"], ["壳内夹一张公交卡", "手机壳背面夹公交卡"]),
             F(["挂着个红绳挂坠", "有个红色挂绳"], ["挂红色手机绳", "带红绳挂件"]),
             F(["壳子上印着卡通猫", "猫咪图案的壳"], ["卡通猫图案手机壳", "手机壳印有猫"]),
             F(["黑色皮套", "翻盖皮套"], ["外套翻盖皮套", "皮质翻盖套"]),
             F(["背面贴了个熊猫贴纸", "后盖贴着熊猫贴画"], ["背面有熊猫贴纸", "后盖贴熊猫贴画"])],
     "hid": [["锁屏是娃娃的照片", "锁屏壁纸是我孙子"], ["有密码", "指纹解锁的"], ["里面微信支付宝都登着", "手机里有工作群"], ["刚买了两个月", "去年买的"]],
     "serial": "imei"},
    {"kind": "idcard", "cat": "id_doc", "o": ["身份证", "二代身份证", "身份证一张"], "f": ["居民身份证", "身份证", "身份证一张"],
     "brands": [], "colors": [None], "vis": [], "hid": [["刚补办的", "去年刚换的新证"], ["夹在一个卡套里", "就一张证"]],
     "serial": "id"},
    {"kind": "stucard", "cat": "id_doc", "o": ["学生证", "学生证和校园卡", "校园一卡通"], "f": ["学生证", "校园卡", "一卡通"],
     "brands": [], "colors": ["blue", "red", "white"],
     "vis": [F(["套着个透明卡套", "卡套是透明的"], ["装在透明卡套内", "透明卡套"]),
             F(["挂着蓝色挂绳", "带个挂绳"], ["带蓝色挂绳", "有挂绳"]),
             F(["卡套上贴了小星星贴纸", "有星星贴纸"], ["卡套贴星星贴纸", "星星贴纸"])],
     "hid": [["饭卡里还有一百多块钱", "卡里有钱"], ["补办要好几天", "明天要考试急用"]],
     "serial": "stuno"},
    {"kind": "ticket", "cat": "other", "o": ["火车票", "纸质车票", "报销凭证"], "f": ["纸质车票", "火车票", "车票报销凭证"],
     "brands": [], "colors": ["blue", "red"], "vis": [F(["跟几张发票夹在一起", "夹着出租车发票"], ["内夹出租车票据", "附几张发票"]),
                                                     F(["装在一个白信封里", "有个信封装着"], ["装于白色信封", "白信封内"])],
     "hid": [["单位要报销的", "要回去报账"], ["往返两张", "就一张去程的"]],
     "serial": "ticket"},
    {"kind": "wallet", "cat": "wallet", "o": ["钱包", "钱夹子", "皮夹子", "钱包一个"], "f": ["钱包", "皮质钱包", "钱夹"],
     "brands": [("七匹狼", ["七匹狼", "SEPTWOLVES", "7匹狼"], ["短款", "长款"]),
                ("金利来", ["金利来", "Goldlion", "金力来"], ["对折", "三折"]),
                ("COACH", ["COACH", "蔻驰", "coach"], ["长款", "零钱包"]),
                ("稻草人", ["稻草人", "MEXICAN", "稻草人Mexican"], ["短款", "竖款"])],
     "colors": ["black", "brown", "red", "pink", "blue"],
     "vis": [F(["里面有张银行卡", "有农行卡一张"], ["内有银行卡一张", "夹银行卡1张"]),
             F(["有张全家福照片", "夹着娃娃的照片"], ["内夹小孩照片一张", "有一张照片"]),
             F(["角上磨破了", "边上磨白了"], ["边角磨损", "一角磨破"]),
             F(["带个拉链零钱格", "有个零钱拉链"], ["有零钱拉链袋", "带拉链零钱位"]),
             F(["里面有几张购物小票", "塞着些小票"], ["内有购物小票若干", "小票数张"])],
     "hid": [["是我老伴送的", "用了好多年了"], ["有个平安符", "夹着个护身符"]],
     "serial": "walletcash"},
    {"kind": "keys", "cat": "keys", "o": ["钥匙", "一串钥匙", "钥匙串"], "f": ["钥匙一串", "钥匙", "一串钥匙"],
     "brands": [("大众", ["大众车钥匙", "VW", "大众"], ["朗逸", "速腾"]),
                ("丰田", ["丰田", "TOYOTA", "toyota"], ["卡罗拉", "凯美瑞"]),
                ("五菱", ["五菱", "五菱宏光"], ["MINI EV"]), ]
     , "colors": ["silver", "black", "red", "blue"],
     "vis": [F(["挂着个小熊挂件", "有个毛绒熊"], ["挂毛绒小熊", "带小熊挂件"]),
             F(["有个门禁卡", "带一个蓝色门禁扣"], ["带门禁卡一个", "附门禁扣"]),
             F(["有把U盘大小的电动车钥匙", "还有电动车钥匙"], ["含电动车钥匙一把", "有电动车钥匙"]),
             F(["钥匙扣上刻着福字", "有个福字牌"], ["挂福字金属牌", "钥匙牌刻福字"]),
             F(["拴着红绳", "系着根红绳绳"], ["系红绳", "红绳钥匙圈"])],
     "hid": [["一共五把", "大概四五把"], ["有一把是单位的", "有家门钥匙跟库房钥匙"]],
     "serial": "none"},
    {"kind": "ebike", "cat": "ebike", "o": ["电动车", "电瓶车", "电动自行车"], "f": ["电动车", "电动自行车", "两轮电动车"],
     "brands": [("雅迪", ["雅迪", "Yadea", "亚迪"], ["冠能", "DE3"]),
                ("爱玛", ["爱玛", "AIMA", "艾玛"], ["小悍马", "A500"]),
                ("小牛", ["小牛", "NIU", "niu"], ["U+", "G2"]),
                ("新日", ["新日", "SUNRA", "新曰"], ["XC1", "悦享"]),
                ("台铃", ["台铃", "TAILG", "台玲"], ["超能", "狮子王"])],
     "colors": ["white", "black", "red", "blue", "grey", "pink"],
     "vis": [F(["后面有个储物箱", "后头带个箱子"], ["后置储物箱", "后备箱一只"]),
             F(["车把上套着挡风被", "装着防风把套"], ["装挡风被", "车把带防风手套"]),
             F(["前筐是坏的", "车筐歪了"], ["前车筐变形", "车筐损坏"]),
             F(["座子上套了个皮垫", "座垫套着棉垫子"], ["座垫套棉套", "加装座套"]),
             F(["后视镜少一个", "只有一个后视镜"], ["缺左后视镜", "只剩一个后视镜"])],
     "hid": [["电池是新换的", "锂电池刚换"], ["车架号我有照片", "买的时候的发票还在"]],
     "serial": "plate"},
    {"kind": "bicycle", "cat": "bicycle", "o": ["自行车", "山地车", "单车"], "f": ["自行车", "山地自行车", "单车一辆"],
     "brands": [("捷安特", ["捷安特", "GIANT", "giant"], ["ATX 660", "XTC"]),
                ("美利达", ["美利达", "MERIDA", "美力达"], ["勇士", "公爵"]),
                ("永久", ["永久", "FOREVER"], ["复古款"]),
                ("凤凰", ["凤凰", "PHOENIX"], ["26寸"])],
     "colors": ["black", "white", "red", "blue", "green"],
     "vis": [F(["车后座绑着个筐", "后面带个架子"], ["后货架", "后座带货架"]),
             F(["车铃是个黄色的小鸭子", "鸭子车铃"], ["小黄鸭车铃", "黄色鸭子铃铛"]),
             F(["车架上贴了个学校停车证", "贴着停车证"], ["车架贴停车证", "有校园停车贴"]),
             F(["前轮有点瘪", "前胎没气"], ["前胎亏气", "前轮气不足"])],
     "hid": [["车架号记不清", "车锁钥匙在我这"], ["骑了三年了", "刚买一学期"]],
     "serial": "frame"},
    {"kind": "suitcase", "cat": "bag", "o": ["行李箱", "拉杆箱", "箱子"], "f": ["拉杆箱", "行李箱", "旅行箱"],
     "brands": [("新秀丽", ["新秀丽", "Samsonite", "samsonite"], ["20寸", "24寸"]),
                ("外交官", ["外交官", "Diplomat"], ["24寸", "26寸"]),
                ("小米", ["小米", "90分", "米家"], ["20寸登机箱"]),
                ("爱华仕", ["爱华仕", "OIWAS"], ["24寸"])],
     "colors": ["grey", "black", "silver", "blue", "pink"],
     "vis": [F(["拉杆上绑着红布条", "把手拴了红布"], ["拉杆系红布条", "把手绑红色布条"]),
             F(["箱子上贴着托运条", "有张旧托运标签"], ["贴有旧托运标签", "箱体有托运贴"]),
             F(["一个轮子掉了", "少个轮子"], ["缺一个万向轮", "轮子损坏一个"]),
             F(["箱子侧面划得多", "表面划痕很多"], ["箱体划痕较多", "侧面多处划痕"]),
             F(["挂着个名牌", "挂个行李牌写着名字"], ["挂行李牌", "有行李吊牌"])],
     "hid": [["里面是换洗衣服", "装的衣服跟给家里带的吃的"], ["密码是000", "锁着密码锁"]],
     "serial": "tagname"},
    {"kind": "sack", "cat": "bag", "o": ["蛇皮袋", "编织袋", "一个大编织袋"], "f": ["编织袋", "蛇皮袋", "化纤编织袋"],
     "brands": [], "colors": ["white", "blue", "red", "green"],
     "vis": [F(["袋口用绳子扎着", "拿绳子扎了口"], ["袋口绳扎", "用绳扎口"]),
             F(["里头装着被褥", "装的铺盖卷"], ["内装被褥", "内为铺盖"]),
             F(["装着枸杞跟百合", "有几包枸杞"], ["内有枸杞若干袋", "有百合干、枸杞"]),
             F(["袋子上用毛笔写着名字", "写了个马字"], ["袋身手写字迹", "外有毛笔字"]),
             F(["里面有几个馍馍", "装着干粮馍馍"], ["内有馍若干", "有干粮"])],
     "hid": [["是过年带回家的东西", "给老娘带的"], ["有四五十斤重", "挺沉的"]],
     "serial": "none"},
    {"kind": "backpack", "cat": "bag", "o": ["双肩包", "书包", "背包"], "f": ["双肩背包", "书包", "双肩包"],
     "brands": [("耐克", ["耐克", "NIKE", "Nike"], []), ("JanSport", ["JanSport", "杰斯伯", "jansport"], []),
                ("小米", ["小米", "Xiaomi", "米家"], []), ("Kipling", ["Kipling", "吉普林", "凯浦林"], [])],
     "colors": ["black", "grey", "blue", "pink", "green", "red"],
     "vis": [F(["拉链上挂着个小熊", "挂着个毛绒挂件"], ["挂毛绒挂件", "拉链挂小熊"]),
             F(["里面有本高数书", "装着高等数学课本"], ["内有《高等数学》教材", "内有高数书"]),
             F(["侧兜插着保温杯", "侧面有个保温杯"], ["侧袋有保温杯", "侧兜装水杯"]),
             F(["包上别着几个徽章", "有好几个胸章"], ["包上别徽章数枚", "有徽章装饰"]),
             F(["里面有充电器", "装着个充电宝"], ["内有充电器", "内有充电宝"])],
     "hid": [["有笔记本是考研资料", "里头有实验报告"], ["包是去年生日买的", "背了两年了"]],
     "serial": "none"},
    {"kind": "cash", "cat": "cash", "o": ["现金", "钱", "一沓钱"], "f": ["现金", "人民币现金", "纸币"],
     "brands": [], "colors": [None],
     "vis": [F(["用皮筋扎着", "拿橡皮筋箍着"], ["用皮筋捆扎", "皮筋扎着"]),
             F(["装在信封里", "放在一个牛皮纸信封里"], ["装于牛皮纸信封", "信封内"]),
             F(["卷在一个塑料袋里", "塑料袋包着"], ["塑料袋包裹", "装在塑料袋中"])],
     "hid": [["是给娃娃交学费的", "打工挣的工钱"], ["都是一百的", "有一百的有五十的"]],
     "serial": "amount"},
    {"kind": "bracelet", "cat": "jewelry", "o": ["银手镯", "银镯子", "手镯"], "f": ["银手镯", "白色金属手镯", "手镯一只"],
     "brands": [("周大福", ["周大福", "CTF"], []), ("老凤祥", ["老凤祥", "老风祥"], []), ("", [""], [])],
     "colors": ["silver"],
     "vis": [F(["上面刻着花纹", "有牡丹花纹"], ["表面有花纹", "雕花"]),
             F(["是个开口的", "开口镯"], ["开口式", "开口手镯"]),
             F(["内圈刻了个'安'字", "里面刻着安字"], ["内侧刻'安'字", "内圈有刻字'安'"]),
             F(["有点发黑了", "戴得发乌了"], ["表面氧化发黑", "略发黑"])],
     "hid": [["我妈给的", "结婚时候的"], ["大概三十多克", "挺重的"]],
     "serial": "none"},
    {"kind": "beads", "cat": "jewelry", "o": ["念珠", "手串", "佛珠"], "f": ["手串", "珠串", "念珠一串"],
     "brands": [("", [""], [])], "colors": ["brown", "black", "red", "green"],
     "vis": [F(["一百单八颗", "108颗的"], ["约108颗", "珠子一百余颗"]),
             F(["有个绿松石隔珠", "中间夹着绿松石"], ["带绿松石隔珠", "有绿色隔珠"]),
             F(["穗子是红的", "挂个红穗"], ["带红色流苏", "红穗子"]),
             F(["珠子盘得发亮", "包浆很好"], ["表面光亮", "有包浆"])],
     "hid": [["是寺里请的", "戴了十几年"], ["菩提子的", "檀木的"]],
     "serial": "none"},
    {"kind": "ring", "cat": "jewelry", "o": ["金戒指", "戒指", "金镏子"], "f": ["黄色金属戒指", "戒指一枚", "金色戒指"],
     "brands": [("周大福", ["周大福", "周大富"], []), ("周生生", ["周生生"], []), ("", [""], [])],
     "colors": ["gold"],
     "vis": [F(["刻着福字", "上面有个福"], ["戒面有福字", "刻'福'"]),
             F(["内圈刻了字母", "里头刻着缩写"], ["内圈有字母刻字", "内侧刻字"]),
             F(["是个素圈", "光面的"], ["素圈", "光面无花纹"])],
     "hid": [["大概五克多", "有个五六克"], ["我家老人的", "订婚的"]],
     "serial": "engrave"},
    {"kind": "earbuds", "cat": "electronics", "o": ["蓝牙耳机", "耳机", "无线耳机"], "f": ["蓝牙耳机", "无线耳机(含充电仓)", "耳机盒"],
     "brands": [("苹果", ["AirPods", "苹果耳机", "airpods"], ["AirPods Pro 2", "AirPods 3"]),
                ("华为", ["华为", "FreeBuds", "HUAWEI"], ["FreeBuds 5i", "FreeBuds Pro"]),
                ("小米", ["小米", "Redmi Buds", "xiaomi"], ["Buds 4"])],
     "colors": ["white", "black", "blue"],
     "vis": [F(["套着个小恐龙的硅胶套", "恐龙保护套"], ["充电仓套恐龙硅胶套", "恐龙图案保护套"]),
             F(["仓上有划痕", "盒子磨花了"], ["充电仓有划痕", "外壳磨花"]),
             F(["挂着个小铃铛", "带个挂扣"], ["挂小铃铛", "带挂扣"])],
     "hid": [["序列号在盒子上", "蓝牙名称是我名字"], ["左耳声音小", "右耳换过"]],
     "serial": "sn"},
    {"kind": "powerbank", "cat": "electronics", "o": ["充电宝", "移动电源"], "f": ["充电宝", "移动电源"],
     "brands": [("小米", ["小米", "Xiaomi", "MI"], ["10000mAh", "20000mAh"]),
                ("罗马仕", ["罗马仕", "ROMOSS", "罗马士"], ["20000mAh"]),
                ("Anker", ["Anker", "安克", "anker"], ["10000mAh"])],
     "colors": ["white", "black", "grey", "blue"],
     "vis": [F(["贴着名字贴", "上面贴着我名字"], ["贴有姓名贴", "有姓名贴纸"]),
             F(["带着根数据线", "缠着数据线"], ["附数据线", "连着数据线"]),
             F(["边上摔瘪了一块", "角上磕了"], ["边角有磕痕", "一角凹陷"])],
     "hid": [["电基本是满的", "没多少电了"], ["刚买的", "用了一年多"]],
     "serial": "none"},
    {"kind": "laptop", "cat": "electronics", "o": ["笔记本电脑", "电脑", "笔记本"], "f": ["笔记本电脑", "手提电脑", "电脑一台"],
     "brands": [("联想", ["联想", "Lenovo", "lenovo", "拯救者"], ["小新Pro14", "拯救者Y7000", "ThinkPad E14"]),
                ("华为", ["华为", "HUAWEI", "MateBook"], ["MateBook 14", "MateBook D15"]),
                ("苹果", ["苹果", "MacBook", "macbook"], ["MacBook Air", "MacBook Pro"])],
     "colors": ["grey", "silver", "black"],
     "vis": [F(["贴了好多贴纸", "盖子上贴满贴纸"], ["A面贴多张贴纸", "外壳贴纸多"]),
             F(["装在黑色电脑包里", "有个内胆包"], ["装于电脑内胆包", "带电脑包"]),
             F(["键盘上有个键掉了", "少了个键帽"], ["键盘缺键帽", "缺一个按键"])],
     "hid": [["开机密码是学号", "里面有毕业论文"], ["序列号在发票上", "保修卡在宿舍"]],
     "serial": "sn"},
    {"kind": "watchphone", "cat": "electronics", "alt": "phone", "o": ["儿童电话手表", "电话手表", "小天才手表"], "f": ["儿童电话手表", "电话手表", "儿童手表"],
     "brands": [("小天才", ["小天才", "imoo", "小天才Z"], ["Z6", "Z8", "Q1A"]),
                ("华为", ["华为儿童手表", "HUAWEI"], ["4X", "5 Pro"])],
     "colors": ["blue", "pink", "purple", "black"],
     "vis": [F(["表带上贴着名字", "表带有名字贴"], ["表带贴姓名贴", "表带有姓名"]),
             F(["屏幕有划痕", "表面刮花了"], ["屏幕有划痕", "表盘刮花"]),
             F(["表带是恐龙图案", "恐龙表带"], ["恐龙图案表带", "表带印恐龙"])],
     "hid": [["里面存着家里电话", "能定位但没电了"], ["孙子戴的", "娃娃三年级"]],
     "serial": "imei"},
    {"kind": "handwarmer", "cat": "other", "alt": "electronics", "o": ["暖手宝", "充电暖手宝", "热水袋"], "f": ["暖手宝", "电暖宝", "充电式暖手宝"],
     "brands": [("小米", ["小米", "米家", "xiaomi"], []), ("", [""], [])],
     "colors": ["pink", "white", "brown", "red"],
     "vis": [F(["毛绒外套是小兔子", "兔子毛绒套"], ["兔子毛绒外套", "外套兔子绒套"]),
             F(["带根充电线", "连着线"], ["附充电线", "带数据线"])],
     "hid": [["刚买的", "娃娃给买的"], ["能用两个小时", "电不太行了"]],
     "serial": "none"},
    {"kind": "downjacket", "cat": "other", "o": ["羽绒服", "羽绒衣", "棉袄"], "f": ["羽绒服", "羽绒服一件", "外套(羽绒)"],
     "brands": [("波司登", ["波司登", "BOSIDENG", "波斯登"], ["长款", "短款"]),
                ("鸭鸭", ["鸭鸭", "YAYA", "鸭鸭牌"], ["短款", "中长款"]),
                ("海澜之家", ["海澜之家", "HLA", "海澜"], ["连帽", "立领"]),
                ("优衣库", ["优衣库", "UNIQLO", "uniqlo"], ["轻薄款"])],
     "colors": ["black", "black", "black", "grey", "blue", "green", "white"],
     "vis": [F(["帽子上有毛领", "带毛领帽子"], ["帽子带毛领", "毛领连帽"]),
             F(["兜里有一包纸巾", "口袋里装着纸巾"], ["口袋内有纸巾", "内有面巾纸"]),
             F(["左边袖口有油渍", "袖子上沾了油"], ["袖口有油渍", "左袖口污渍"]),
             F(["口袋里有串车钥匙", "兜里有把小钥匙"], ["口袋有钥匙一把", "兜内有钥匙"]),
             F(["拉链头换成了别针", "拉链头坏了拿曲别针代替"], ["拉链头为回形针", "拉链用别针代替"]),
             F(["口袋里有公交卡", "兜里装着交通卡"], ["口袋内有公交卡", "内有公交卡一张"])],
     "hid": [["XL码", "180的号"], ["才买的新衣服", "穿了两冬了"]],
     "serial": "none"},
    {"kind": "scarf", "cat": "other", "o": ["羊绒围巾", "围巾", "羊绒围脖"], "f": ["围巾", "羊绒围巾", "长围巾"],
     "brands": [("鄂尔多斯", ["鄂尔多斯", "ERDOS", "鄂尔多斯1980"], []), ("恒源祥", ["恒源祥"], []), ("Burberry", ["Burberry", "博柏利", "巴宝莉"], [])],
     "colors": ["red", "grey", "brown", "blue", "purple"],
     "vis": [F(["格子的", "有格子花纹"], ["格纹", "方格图案"]),
             F(["两头有流苏", "带穗穗"], ["两端带流苏", "有流苏"]),
             F(["一头有个小洞", "有个地方勾丝了"], ["有勾丝", "一端有小破洞"])],
     "hid": [["女儿给买的", "一千多块钱"], ["纯羊绒的", "专柜买的"]],
     "serial": "none"},
    {"kind": "gloves", "cat": "other", "o": ["皮手套", "手套", "真皮手套"], "f": ["手套一副", "皮手套", "男式皮手套"],
     "brands": [("", [""], []), ("Dents", ["Dents", "丹特斯"], [])],
     "colors": ["black", "brown"],
     "vis": [F(["里头是兔毛的", "内里带毛"], ["内衬兔毛", "加绒内衬"]),
             F(["手腕那有个扣子", "有个按扣"], ["腕部按扣", "带扣"]),
             F(["右手食指磨破了", "一只指头破了"], ["一只手指处磨破", "食指破损"])],
     "hid": [["一双快五百块", "羊皮的"], ["过年买的", "送人的"]],
     "serial": "none"},
    {"kind": "thermos", "cat": "other", "o": ["保温杯", "杯子", "保温壶"], "f": ["保温杯", "不锈钢保温杯", "水杯"],
     "brands": [("膳魔师", ["膳魔师", "THERMOS", "thermos"], []), ("象印", ["象印", "ZOJIRUSHI"], []), ("富光", ["富光", "FUGUANG"], [])],
     "colors": ["black", "silver", "blue", "pink", "white"],
     "vis": [F(["杯子里泡着枸杞茶", "装的三泡台"], ["杯内有茶水", "内有枸杞茶水"]),
             F(["杯底有个坑", "底下磕瘪了"], ["杯底凹陷", "底部有磕痕"]),
             F(["套着个布杯套", "有个杯套"], ["带布杯套", "有杯套"])],
     "hid": [["用了好几年了", "单位发的"], ["盖子有点漏", "刚换的盖子"]],
     "serial": "none"},
]
KBY = {k["kind"]: k for k in KINDS}
KIND_W = [("phone", 18), ("idcard", 12), ("stucard", 8), ("ticket", 4), ("wallet", 14), ("keys", 9),
          ("ebike", 8), ("bicycle", 5), ("suitcase", 8), ("sack", 4), ("backpack", 8), ("cash", 6),
          ("bracelet", 4), ("beads", 4), ("ring", 3), ("earbuds", 6), ("powerbank", 4), ("laptop", 3),
          ("watchphone", 3), ("handwarmer", 3), ("downjacket", 12), ("scarf", 4), ("gloves", 3), ("thermos", 4)]


def pick_kind():
    tot = sum(w for _, w in KIND_W)
    x = R.randrange(tot)
    for k, w in KIND_W:
        if x < w:
            return k
        x -= w
    return KIND_W[-1][0]


# ---------------------------------------------------------------- truth records
def serial_for(stype, rec):
    if stype == "imei":
        return make_imei(), False
    if stype == "id":
        return make_id(), True
    if stype == "stuno":
        return "20%02d%06d" % (R.randint(19, 26), R.randint(0, 999999)), True
    if stype == "ticket":
        tr = ch(["K", "T", "Z", "D", "G"]) + str(R.randint(100, 9899))
        return "%s次 %02d车%03d%s号" % (tr, R.randint(1, 16), R.randint(1, 118), ch(["", "A", "B", "C", "F"])), True
    if stype == "plate":
        return "河州%s%05d" % (ch(["A", "B", "C", "D"]), R.randint(0, 99999)), True
    if stype == "frame":
        return "%s%08d" % (ch(["GT", "MR", "FX", "PH"]), R.randint(0, 99999999)), False
    if stype == "tagname":
        return None, True
    if stype == "amount":
        return None, True
    if stype == "walletcash":
        return None, True
    if stype == "sn":
        return "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)), False
    if stype == "engrave":
        return ch(["LOVE", "MY", "ZH&LM", "520", "WX", "HY"]), True
    return None, False


def new_record(kind=None, like=None, mode=None):
    """like+mode twin: same kind/brand/model/colour, new specifics.
    like+mode decoy: same category and colour family, another brand or kind."""
    if like is not None and mode == "twin":
        k = KBY[like["kind"]]
        rec = {"kind": like["kind"], "cat": like["cat"], "brand": like["brand"], "model": like["model"],
               "color": like["color"]}
    else:
        if like is not None and mode == "decoy":
            same_cat = [x["kind"] for x in KINDS if x["cat"] == like["cat"]]
            kname = like["kind"]
            kd = KBY[kname]
            other_brands = [b for b in kd["brands"] if b[0] != like["brand"]]
            if (not other_brands) or chance(0.3):
                alts = [x for x in same_cat if x != like["kind"]]
                if alts:
                    kname = ch(alts)
        else:
            kname = kind or pick_kind()
        k = KBY[kname]
        brand = ""
        model = ""
        if k["brands"]:
            choices = k["brands"]
            if like is not None and mode == "decoy":
                choices = [b for b in k["brands"] if b[0] != like["brand"]] or k["brands"]
            b = ch(choices)
            brand = b[0]
            if b[2]:
                model = ch(b[2])
        if like is not None and mode == "decoy" and like["color"] is not None and k["colors"] != [None]:
            color = like["color"]
        else:
            color = ch(k["colors"])
        rec = {"kind": kname, "cat": k["cat"], "brand": brand, "model": model, "color": color}
    k = KBY[rec["kind"]]
    # visible facts: choose 2-3 indices; twins avoid like's
    pool = list(range(len(k["vis"])))
    if like is not None and like["kind"] == rec["kind"]:
        avoid = like["vis"]
        rest = [i for i in pool if i not in avoid]
        pool = rest
    R.shuffle(pool)
    rec["vis"] = sorted(pool[:R.randint(1, 3)]) if pool else []
    rec["hid"] = [ch(h) for h in k["hid"]]
    ser, printed = serial_for(k["serial"], rec)
    if like is not None and like.get("serial") and ser == like.get("serial"):
        ser, printed = serial_for(k["serial"], rec)
    rec["serial"] = ser
    rec["printed"] = printed
    rec["owner"] = name()
    if k["serial"] in ("id", "stuno", "ticket", "tagname"):
        pass
    if rec["kind"] == "stucard":
        rec["school"] = ch(["河州大学", "河州交通学院", "河州师范学院", "河州大学北山校区"])
        rec["college"] = ch(["土木学院", "数学与统计学院", "外国语学院", "化学化工学院", "交通运输学院", "文学院"])
    if rec["kind"] in ("cash", "wallet"):
        amt = ch([0, 50, 120, 200, 300, 350, 460, 500, 800, 1000, 1500, 2000, 3200, 4600, 6000])
        if rec["kind"] == "cash" and amt < 200:
            amt = ch([600, 1200, 2500, 3800, 5000])
        if like is not None and like.get("amount") == amt:
            amt += ch([100, 200, 50])
        rec["amount"] = amt
        rec["cards"] = R.randint(0, 4) if rec["kind"] == "wallet" else 0
        rec["has_id"] = rec["kind"] == "wallet" and chance(0.5)
        if rec["has_id"]:
            rec["idn"] = make_id()
        rec["bank_tail"] = "%04d" % R.randint(0, 9999)
    if rec["kind"] == "suitcase":
        rec["tag"] = rec["owner"]
    if rec["kind"] == "watchphone":
        rec["child"] = name()
    if rec["kind"] == "powerbank" and 0 in rec["vis"]:
        rec["tagname"] = rec["owner"]
    rec["phone"] = phone_no()
    return rec


# ---------------------------------------------------------------- writing
def color_word(rec):
    if rec["color"] is None:
        return ""
    return ch(COL[rec["color"]])


def brand_word(rec):
    if not rec["brand"]:
        return ""
    for b in KBY[rec["kind"]]["brands"]:
        if b[0] == rec["brand"]:
            return ch(b[1])
    return rec["brand"]


def hour_words(minutes):
    t = NOW - datetime.timedelta(minutes=minutes)
    h = t.hour
    if h < 6:
        part = "凌晨"
    elif h < 9:
        part = "早上"
    elif h < 12:
        part = "上午"
    elif h < 14:
        part = "中午"
    elif h < 18:
        part = "下午"
    else:
        part = "晚上"
    return t, part


def dtext(minutes, precise):
    t, part = hour_words(minutes)
    if precise:
        return "%d月%d日%02d:%02d" % (t.month, t.day, t.hour, t.minute)
    return "%d号%s" % (t.day, part)


def cash_owner(amt):
    if amt == 0:
        return ""
    st = R.randrange(3)
    if st == 0:
        return "有%d块钱" % amt
    if st == 1:
        lo = amt // 100 * 100
        return "大概%d多块钱" % lo if lo >= 100 and lo != amt else "%d元左右" % amt
    return "现金%d元" % amt


def owner_facts(rec, nfacts):
    k = KBY[rec["kind"]]
    chosen = list(rec["vis"])
    R.shuffle(chosen)
    chosen = chosen[:nfacts]
    return chosen, [ch(k["vis"][i][0]) for i in chosen]


def finder_facts(rec, must):
    k = KBY[rec["kind"]]
    chosen = list(must)
    for i in rec["vis"]:
        if i not in chosen and chance(0.6):
            chosen.append(i)
    return [ch(k["vis"][i][1]) for i in chosen]


def specifics_owner(rec, rushed):
    """owner-only or shared specifics (numbers, names, amounts)."""
    out = []
    serial_field = None
    kind = rec["kind"]
    if kind == "phone" or kind == "watchphone":
        if rec["serial"] and chance(0.55) and not rushed:
            s = imei_owner_form(rec["serial"])
            if chance(0.5):
                serial_field = s
            else:
                out.append(ch(["盒子上的串号", "IMEI号"]) + "：" + s)
        if kind == "watchphone" and not rushed:
            out.append("表是给%s戴的" % rec["child"] if chance(0.5) else "娃娃叫%s" % rec["child"])
    elif kind == "idcard":
        if not rushed:
            s = id_owner_form(rec["serial"])
            if chance(0.5):
                serial_field = s
            else:
                out.append("身份证号" + s)
        out.append("名字是%s" % rec["owner"] if chance(0.6) else "本人%s" % rec["owner"])
    elif kind == "stucard":
        out.append("%s%s的" % (rec["school"], rec["college"]))
        if not rushed and chance(0.7):
            s = rec["serial"] if chance(0.6) else "尾号" + rec["serial"][-4:]
            if chance(0.5):
                serial_field = s
            else:
                out.append("学号" + s)
        out.append("姓名%s" % rec["owner"])
    elif kind == "ticket":
        parts = rec["serial"].split()
        out.append("%s的票，%s" % (parts[0], parts[1]) if chance(0.6) else "坐的%s" % parts[0])
        out.append("票面名字%s" % rec["owner"])
    elif kind == "wallet":
        c = cash_owner(rec["amount"])
        if c:
            out.append("里面" + c)
        if rec["has_id"]:
            out.append("还有我身份证" + ("，号码" + id_owner_form(rec["idn"]) if chance(0.4) else ""))
        if rec["cards"]:
            out.append("%d张卡，有张农行卡尾号%s" % (rec["cards"], rec["bank_tail"]) if chance(0.5) else "几张银行卡")
    elif kind == "cash":
        out.append(cash_owner(rec["amount"]))
    elif kind == "ebike":
        if chance(0.85):
            p = rec["serial"]
            st = R.randrange(3)
            s = p if st == 0 else ("河州" + p[2] + "·" + p[3:]) if st == 1 else p[2:]
            if chance(0.5):
                serial_field = s
            else:
                out.append("车牌" + s)
    elif kind == "bicycle":
        if not rushed and chance(0.4):
            serial_field = rec["serial"] if chance(0.5) else rec["serial"].lower()
    elif kind == "suitcase":
        if chance(0.6):
            out.append("行李牌上写的%s，电话%s" % (rec["owner"], rec["phone"]) if chance(0.5) else "牌子上写着我名字%s" % rec["owner"])
    elif kind in ("earbuds", "laptop"):
        if not rushed and chance(0.5):
            serial_field = rec["serial"] if chance(0.5) else grouped(rec["serial"], 4, "-")
    elif kind == "ring":
        out.append("内圈刻的%s" % rec["serial"])
    elif kind == "powerbank" and rec.get("tagname"):
        out.append("贴的名字是%s" % rec["tagname"])
    return out, serial_field


def specifics_finder(rec):
    out = []
    serial_field = None
    kind = rec["kind"]
    if kind == "phone":
        out.append(ch(["已关机", "电量低已关机", "有来电未接", "锁屏状态"]))
    elif kind == "watchphone":
        out.append("表带贴名" + mask_name(rec["child"]) if chance(0.5) else ch(["已关机", "无电"]))
    elif kind == "idcard":
        s = id_finder_form(rec["serial"])
        if chance(0.5):
            serial_field = s
        else:
            out.append("证号" + s)
        out.append("姓名" + rec["owner"])
    elif kind == "stucard":
        out.append(rec["school"] + ("" if chance(0.5) else rec["college"]))
        out.append("姓名" + rec["owner"])
        if chance(0.6):
            serial_field = rec["serial"]
    elif kind == "ticket":
        parts = rec["serial"].split()
        out.append("车次%s，%s" % (parts[0].replace("次", ""), parts[1]))
        out.append("乘车人" + mask_name(rec["owner"]))
    elif kind == "wallet":
        if rec["amount"]:
            out.append("内有现金%d元" % rec["amount"])
        else:
            out.append("内无现金")
        if rec["has_id"]:
            out.append("身份证一张(" + ("姓名" + mask_name(rec["owner"]) if chance(0.5) else id_finder_form(rec["idn"])) + ")")
        if rec["cards"]:
            out.append("银行卡%d张" % rec["cards"] + (("，其一尾号%s" if rec["cards"] > 1 else "，尾号%s") % rec["bank_tail"] if chance(0.4) else ""))
    elif kind == "cash":
        out.append("共计%d元" % rec["amount"] if chance(0.5) else "人民币%d元" % rec["amount"])
    elif kind == "ebike":
        serial_field = rec["serial"] if chance(0.6) else None
        if serial_field is None:
            out.append("牌照" + rec["serial"])
    elif kind == "suitcase":
        if chance(0.7):
            out.append("行李牌姓名" + (rec["owner"] if chance(0.5) else mask_name(rec["owner"])))
    elif kind == "ring":
        out.append("内圈刻'%s'" % rec["serial"])
    elif kind == "powerbank" and rec.get("tagname"):
        out.append("姓名贴：" + rec["tagname"])
    return out, serial_field


OWNER_VOICE = ["elder", "local", "student", "passenger", "worker", "plain", "formal"]


def write_lost(rec, place, lf, lt, rushed=False):
    k = KBY[rec["kind"]]
    cat = rec["cat"]
    voice = "rushed" if rushed else ch(OWNER_VOICE)
    if place[5] == "uni" and not rushed and chance(0.6):
        voice = "student"
    if place[5] in ("rail", "coach") and not rushed and chance(0.5):
        voice = ch(["passenger", "worker"])
    kw = ch(k["o"])
    cw = color_word(rec)
    bw = "" if rushed and chance(0.6) else brand_word(rec)
    loc = ch(place[2]) if chance(0.7) else place[0]
    when = dtext(lf, False)
    nf = 0 if rushed else R.randint(1, 2)
    if not bw and not rushed:
        nf = max(1, nf)
    idx, facts = owner_facts(rec, nf)
    spec, serial_field = specifics_owner(rec, rushed)
    hid = [] if rushed else [h for h in rec["hid"] if chance(0.35)]
    item = "%s%s%s" % (cw, bw, kw) if chance(0.5) else "%s%s%s" % (bw, cw, kw)
    if rec["model"] and not rushed and chance(0.4):
        b0 = bw or brand_word(rec)
        if rec["model"].startswith(b0):
            b0 = ""
        item = "%s%s%s" % (b0, rec["model"], kw) + ("，%s的" % cw if cw else "")
    det = "，".join(facts + spec + hid)
    if voice == "rushed":
        body = "%s在%s丢了%s" % (when, loc, item) + ("，" + det if det else "")
    elif voice == "elder":
        act = {"rail": ["等车", "接人"], "noodle": ["吃面", "吃饭"], "river": ["遛弯", "晒太阳"],
               "uni": ["看孙子", "转了一圈"], "market": ["买菜", "称菜"], "coach": ["等班车", "坐车"],
               "bus": ["坐车"], "street": ["转了一圈", "买东西"]}[place[5]]
        body = "我%s在%s%s，把%s丢了。%s。麻烦帮着找一下，谢谢。" % (
            when, loc, ch(act), item, det or "别的记不清了")
    elif voice == "local":
        body = "%s跟几个朋友在%s%s，起身就寻不着了，%s，%s。尕东西不值钱但对我有用，谁见了给个话。" % (
            when, loc, ch(["谝闲传", "吃东西", "喝茶", "浪了一圈"]), item, det or "就这些")
    elif voice == "student":
        body = "本人%s，%s在%s遗失%s，%s。如有拾到请联系，万分感谢！" % (
            ch(["河州大学学生", "大二学生", "研究生", "交院学生"]), when, loc, item, det or "其他特征不明显")
    elif voice == "passenger":
        tr = ch(["K", "T", "Z"]) + str(R.randint(100, 9899))
        if place[5] in ("coach", "bus"):
            body = "坐班车回%s，%s在%s把%s弄丢了，%s。车马上开了，请尽快联系。" % (
                ch(["红水县", "白塔县", "积石县", "县上"]), when, loc, item, det or "")
        else:
            body = "坐%s回家，%s在%s把%s弄丢了，%s。火车就要开了，请尽快联系。" % (tr, when, loc, item, det or "")
    elif voice == "worker":
        doing = "等车" if place[5] in ("rail", "coach", "bus") else ch(["吃饭", "办事", "买东西"])
        body = "我是回家过年的，在%s%s时候%s不见了，%s。%s" % (loc, doing, item, det or "", ch(["着急回家", "车票都在手机里", "要回县上"]))
    elif voice == "plain":
        body = "遗失物品：%s。时间：%s。地点：%s。%s" % (item, when, loc, det)
    else:
        body = "本人于%s在%s%s遗失%s，特征：%s。" % (when, loc, "" if loc.endswith("上") else "附近", item, det or "无")
    body = body.replace("，。", "。").replace("，，", "，")[:600]
    out = {"category": cat, "body": body, "lost_from_min": lf, "lost_to_min": lt}
    # structured fields only when the form had them
    if not rushed and voice in ("student", "formal", "plain") and chance(0.6):
        if cw:
            out["color"] = cw
        if rec["brand"] and chance(0.7):
            out["brand"] = brand_word(rec) or rec["brand"]
        if rec["model"] and chance(0.5):
            out["model"] = rec["model"]
        if idx and chance(0.4):
            out["marks"] = "；".join(facts)
    if serial_field:
        out["serial"] = serial_field[:60]
    if not rushed and chance(0.35):
        out["address"] = place[1] if chance(0.5) else place[0]
        if chance(0.5):
            out["lat"] = round(place[3] + R.uniform(-0.004, 0.004), 5)
            out["lon"] = round(place[4] + R.uniform(-0.004, 0.004), 5)
    return out, idx


FINDER_VOICE = {"rail": ["station", "police", "cleaner"], "noodle": ["owner", "owner", "waiter"],
                "river": ["elder", "police", "passer"], "uni": ["student", "guard"],
                "market": ["vendor", "passer"], "coach": ["station", "driver"], "bus": ["driver"],
                "street": ["passer", "police"]}


def write_found(rec, place, fa, must_idx):
    k = KBY[rec["kind"]]
    voice = ch(FINDER_VOICE[place[5]])
    kw = ch(k["f"])
    cw = color_word(rec)
    printed_brand = rec["brand"] and (rec["kind"] not in ("bracelet", "ring", "beads", "gloves", "scarf") or chance(0.4))
    bw = brand_word(rec) if printed_brand and chance(0.8) else ""
    facts = finder_facts(rec, must_idx)
    spec, serial_field = specifics_finder(rec)
    if "色" in kw:
        cw = ""
    item = "%s%s%s" % (cw, bw, kw)
    det = "，".join(facts + spec)
    when = dtext(fa, voice in ("station", "police", "guard", "driver"))
    if voice == "station":
        body = "%s于%s%s拾得%s%s，%s。已登记，待失主认领。" % (
            "保洁员" + name() if chance(0.5) else "客运员", place[0],
            ch(["%d号检票口" % R.randint(1, 14), "%d候车室" % R.randint(1, 4), "A区座椅下", "补票窗口旁"]) if place[5] == "rail" else ch(["候车厅", "售票窗口前", "班车下客区"]),
            item, "" if ("一" in item) else "件", det or "无明显特征")
    elif voice == "police":
        body = "辅警%s巡查时于%s发现%s，%s，时间%s，已带回登记。" % (name(), place[0], item, det or "无其他特征", when)
    elif voice == "cleaner":
        body = "打扫卫生时在%s座位底下捡到%s，%s。" % (ch(place[2]), item, det)
    elif voice == "owner":
        body = "店里客人落下的%s，%s走的，%s。搁在柜台了，来拿的时候说清楚就行。" % (item, when, det or "没啥特别的")
    elif voice == "waiter":
        body = "服务员收桌子时在%s的椅子背上发现%s，%s。" % (place[0], item, det)
    elif voice == "elder":
        body = "在%s拾到%s，%s。谁丢的到派出所来认。" % (ch(place[2]), item, det)
    elif voice == "passer":
        body = "%s在%s路边捡到%s，%s，交到警务室。" % (when, place[0], item, det)
    elif voice == "student":
        body = "在%s捡到%s，%s，已交宿管/保卫处。" % (place[0], item, det)
    elif voice == "guard":
        body = "门岗%s在%s拾获%s，%s。" % (when, place[0], item, det)
    elif voice == "vendor":
        body = "摊位旁边有人落下%s，%s，%s。" % (item, det, when)
    else:
        body = "司机收车时在车上发现%s，%s，%s。" % (item, det, when)
    body = body.replace("，。", "。").replace("，，", "，")[:600]
    out = {"category": rec["cat"], "body": body, "found_at_min": fa}
    tidy = voice in ("station", "police", "guard", "driver")
    if tidy and chance(0.7):
        if cw:
            out["color"] = cw
        if bw:
            out["brand"] = bw
        if facts and chance(0.5):
            out["marks"] = "；".join(facts)
        if rec["model"] and rec["kind"] in ("phone", "laptop") and chance(0.3):
            out["model"] = rec["model"]
    if serial_field:
        out["serial"] = serial_field[:60]
    if tidy or chance(0.3):
        out["address"] = place[1] if chance(0.5) else place[0]
        if chance(0.7):
            out["lat"] = round(place[3] + R.uniform(-0.002, 0.002), 5)
            out["lon"] = round(place[4] + R.uniform(-0.002, 0.002), 5)
    return out


# ---------------------------------------------------------------- building the set
def window():
    lt = R.randint(30, 70000) if chance(0.85) else R.randint(70000, 110000)
    width = ch([R.randint(10, 90), R.randint(60, 300), R.randint(120, 720), R.randint(600, 2880)])
    lf = min(lt + width, MAXMIN - 8000)
    return lf, lt


def near_place(place):
    if chance(0.6):
        return place
    return ch(ZONE_NEAR[place[5]])


def other_place(place):
    return ch([p for p in PLACES if p[5] != place[5]])


def main():
    lost = []
    found = []
    N_TRUE, N_NEVER = 150, 60
    reports = []
    for i in range(N_TRUE + N_NEVER):
        rec = new_record()
        place = ch(ZONE_NEAR[ch(ZONES)])
        if rec["kind"] in ("suitcase", "sack", "ticket") and chance(0.7):
            place = ch(ZONE_NEAR[ch(["rail", "coach"])])
        if rec["kind"] in ("downjacket", "gloves", "scarf", "thermos") and chance(0.6):
            place = ch(ZONE_NEAR["noodle"])
        if rec["kind"] == "stucard" and chance(0.7):
            place = ch(ZONE_NEAR["uni"])
        lf, lt = window()
        reports.append({"rec": rec, "place": place, "lf": lf, "lt": lt, "true": i < N_TRUE})
    # cross-category pairs (<=5): registered under the alternative category by the finder
    cross_left = 4
    for rp in reports:
        rushed = (not rp["true"]) and chance(0.35)
        lo, idx = write_lost(rp["rec"], rp["place"], rp["lf"], rp["lt"], rushed)
        rp["lost"] = lo
        rp["idx"] = idx
        if rp["true"]:
            rec = rp["rec"]
            must = idx[:1] if idx else (rec["vis"][:1] if rec["vis"] else [])
            delay = ch([R.randint(0, 60), R.randint(30, 600), R.randint(300, 3000), R.randint(1440, 7200)])
            fa = max(0, rp["lf"] - delay)
            fo = write_found(rec, near_place(rp["place"]), fa, must)
            alt = KBY[rec["kind"]].get("alt")
            if alt and cross_left > 0 and chance(0.8):
                fo["category"] = alt
                cross_left -= 1
            rp["found"] = fo
    negs = []  # (found dict, label)
    never = [rp for rp in reports if not rp["true"]]
    trues = [rp for rp in reports if rp["true"]]

    def near_time(rp):
        return max(0, rp["lf"] - ch([R.randint(0, 120), R.randint(60, 900), R.randint(600, 4000)]))

    def add_twin(rp):
        tw = new_record(like=rp["rec"], mode="twin")
        negs.append((write_found(tw, near_place(rp["place"]), near_time(rp), tw["vis"][:1]), "twin"))

    def add_decoy(rp):
        dc = new_record(like=rp["rec"], mode="decoy")
        negs.append((write_found(dc, near_place(rp["place"]), near_time(rp), dc["vis"][:1]), "decoy"))

    # twins: 42 (30 near never-found, 12 near true); decoys: 45 (32 / 13)
    for rp in never[:30]:
        add_twin(rp)
    for rp in trues[:12]:
        add_twin(rp)
    for rp in never[10:42]:
        add_decoy(rp)
    for rp in trues[20:33]:
        add_decoy(rp)
    # clusters: a second twin beside never-found down jackets / suitcases / phones (several black
    # down jackets left in noodle shops the same evening, identical grey suitcases in the waiting hall)
    extra = 0
    for rp in never:
        if extra >= 10:
            break
        if rp["rec"]["kind"] in ("downjacket", "suitcase", "phone", "idcard"):
            add_twin(rp)
            extra += 1
    # before_loss: 20, same kind found before the window began
    for rp in (never[42:52] + trues[40:50]):
        br = new_record(like=rp["rec"], mode="twin") if chance(0.7) else new_record(kind=rp["rec"]["kind"])
        fa = min(MAXMIN, rp["lf"] + R.randint(180, 14400))
        negs.append((write_found(br, ch(ZONE_NEAR[rp["place"][5]]), fa, br["vis"][:1]), "before_loss"))
    # brand_elsewhere: 20
    be = [rp for rp in reports if rp["rec"]["brand"]]
    R.shuffle(be)
    for rp in be[:20]:
        k = KBY[rp["rec"]["kind"]]
        rec = new_record(kind=rp["rec"]["kind"])
        rec["brand"] = rp["rec"]["brand"]
        for b in k["brands"]:
            if b[0] == rec["brand"]:
                rec["model"] = ch(b[2]) if b[2] else ""
        far = rp["lf"] + R.randint(20000, 60000)
        if far > MAXMIN:
            far = max(0, rp["lt"] - R.randint(20000, 60000))
        far = min(far, MAXMIN)
        negs.append((write_found(rec, other_place(rp["place"]), far, rec["vis"][:1]), "brand_elsewhere"))
    # unclaimed: fill to 150 negatives
    while len(negs) < 150:
        rec = new_record()
        negs.append((write_found(rec, ch(PLACES), R.randint(60, MAXMIN), rec["vis"][:1]), "unclaimed"))
    # keys, shuffled
    R.shuffle(reports)
    found_all = [("T", rp) for rp in trues] + [("N", n) for n in negs]
    R.shuffle(found_all)
    for i, (t, x) in enumerate(found_all):
        key = "%s-F%04d" % (PREFIX, i + 1)
        if t == "T":
            x["found"]["key"] = key
            found.append(x["found"])
        else:
            fo, label = x
            fo["key"] = key
            fo["negative"] = label
            found.append(fo)
    for i, rp in enumerate(reports):
        lo = rp["lost"]
        lo["key"] = "%s-L%04d" % (PREFIX, i + 1)
        lo["truth"] = rp["found"]["key"] if rp["true"] else None
        lost.append(lo)
    order_f = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks",
               "address", "lat", "lon", "negative"]
    order_l = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial",
               "marks", "address", "lat", "lon", "truth"]
    found = [{k: f[k] for k in order_f if k in f} for f in found]
    lost = [{k: l[k] for k in order_l if k in l} for l in lost]
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set27.py",
            "parts": {"set27": {"found": found, "lost": lost}}}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set27.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote set27.json: %d found, %d lost" % (len(found), len(lost)))


if __name__ == "__main__":
    main()
