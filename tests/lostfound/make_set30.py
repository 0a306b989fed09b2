#!/usr/bin/env python3
"""Blind labelled set 30 for the lost-and-found matcher (nobody tunes on it).

World: 新围工业园 (invented), a manufacturing district in a Pearl River Delta city,
late March after the Spring Festival return.  Each object is first drawn as a hidden
truth record; the owner's report and the finder's registration are then written
separately from it.  Standard library only; one seeded random.Random.
"""
import json
import os

import random

SEED = 20261230
R = random.Random(SEED)
P = "E3"
HERE = os.path.dirname(os.path.abspath(__file__))
MAXMIN = 172800


def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- colours
COLOURS = [
    ("black", ["黑色", "黑", "深黑色", "曜石黑", "亮黑色", "黑的"]),
    ("white", ["白色", "白", "米白色", "珍珠白", "白的"]),
    ("blue", ["蓝色", "深蓝色", "宝蓝", "天蓝色", "藏青色", "蓝的"]),
    ("red", ["红色", "大红", "酒红色", "枣红色", "红的"]),
    ("grey", ["灰色", "深灰", "铁灰色", "浅灰色", "灰的"]),
    ("silver", ["银色", "银白色", "亮银", "银灰色"]),
    ("green", ["绿色", "墨绿色", "军绿色", "薄荷绿"]),
    ("gold", ["金色", "香槟金", "土豪金", "金黄色"]),
    ("pink", ["粉色", "粉红色", "樱花粉", "浅粉"]),
    ("brown", ["棕色", "咖啡色", "褐色", "驼色"]),
    ("yellow", ["黄色", "明黄色", "柠檬黄"]),
    ("purple", ["紫色", "淡紫色", "星光紫"]),
]
CW = dict(COLOURS)

# ---------------------------------------------------------------- people
SURN = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高",
        "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "邓", "曹", "彭",
        "曾", "肖", "田", "蒋", "潘", "袁", "龙", "向", "谭", "侯"]
GIVEN = ["建华", "小芳", "春燕", "志强", "海波", "丽娟", "红梅", "国庆", "德明", "秀英", "俊杰",
         "晓东", "桂兰", "文斌", "翠平", "永红", "金凤", "伟", "敏", "勇", "娟", "磊", "静",
         "家旺", "玉兰", "长江", "小龙", "雪梅", "明亮", "水生", "三妹", "光辉", "彩霞", "鹏",
         "冬梅", "才富", "艳", "浩", "宏亮", "秋菊", "兴旺", "春生", "美玲", "大军", "二娃"]
PROV = [("湖南", ["430521", "430624", "431021", "430726", "431228"]),
        ("四川", ["511321", "510823", "511622", "513022", "510722"]),
        ("贵州", ["522121", "520221", "522425", "522627", "522731"]),
        ("河南", ["411521", "412723", "411324", "410527", "411425"])]
USED_NAMES = set()


def new_name():
    while True:
        n = ch(SURN) + ch(GIVEN)
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def gb11643(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return "10X98765432"[s % 11]


def new_id(prov_idx):
    area = ch(PROV[prov_idx][1])
    y = R.randint(1972, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = "%03d" % R.randint(1, 999)
    b = "%s%04d%02d%02d%s" % (area, y, m, d, seq)
    return b + gb11643(b)


def luhn_digit(body14):
    tot = 0
    for i, c in enumerate(reversed(body14)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def new_imei():
    b = ch(["86", "35"]) + "".join(str(R.randrange(10)) for _ in range(12))
    return b + luhn_digit(b)


def phone_no():
    return ch(["135", "138", "150", "152", "158", "177", "183", "187", "199"]) + \
        "".join(str(R.randrange(10)) for _ in range(8))


def mask_id(i):
    return i[:4] + "*" * 10 + i[14:]


def owner_id_text(i):
    k = R.randrange(5)
    if k == 0:
        return i
    if k == 1:
        return i.lower() if i.endswith("X") else i
    if k == 2:
        return "尾号" + i[-4:].lower()
    if k == 3:
        return i[:6] + "********" + i[-4:]
    return i[:6] + " " + i[6:14] + " " + i[14:]


def imei_owner_text(m):
    k = R.randrange(4)
    if k == 0:
        return m
    if k == 1:
        return m[:2] + " " + m[2:8] + " " + m[8:14] + " " + m[14]
    if k == 2:
        return "尾号" + m[-5:]
    return m[:8] + "-" + m[8:]


# ---------------------------------------------------------------- places
CLAT, CLON = 22.8417, 114.0763
PLACES = [
    # key, owner vague words, finder words, address, dlat, dlon
    ("dorm", ["宿舍楼那边", "员工宿舍", "宿舍楼下", "住的宿舍附近", "宿舍楼楼梯间"],
     ["宏达电子厂员工宿舍B栋一楼大厅", "宿舍楼C栋楼梯口", "员工宿舍A栋门口", "宿舍区篮球场边"],
     "新围工业园工业三路8号宿舍区", 0.0021, -0.0013),
    ("hongda", ["宏达厂里", "电子厂门口", "上班的厂门口", "宏达电子厂", "厂里车间"],
     ["宏达电子厂东门岗亭", "宏达电子厂车间更衣室", "宏达电子厂南门", "宏达厂打卡机旁"],
     "新围工业园工业二路16号", 0.0009, 0.0024),
    ("xinyuan", ["制衣厂", "鑫源厂门口", "服装厂那里", "鑫源制衣厂车间"],
     ["鑫源制衣厂门卫室", "鑫源制衣厂二楼车间", "鑫源制衣厂大门口"],
     "新围工业园工业一路3号", -0.0016, 0.0031),
    ("canteen", ["饭堂", "食堂吃饭的时候", "厂里饭堂", "食唐"],
     ["员工食堂打饭窗口", "食堂二楼餐桌上", "员工饭堂门口"],
     "新围工业园工业三路10号食堂", 0.0018, 0.0002),
    ("village", ["新围村", "城中村里面", "出租屋那边", "村里巷子", "握手楼那边"],
     ["新围村三巷12号门口", "新围村五巷出租屋楼下", "新围村牌坊旁小卖部", "新围村七巷24号"],
     "新围村三巷", -0.0031, -0.0022),
    ("market", ["夜市", "夜市摊那边", "夜宵摊", "新围夜市买东西的时候"],
     ["新围大道夜市炒粉摊", "夜市手机贴膜摊旁", "夜市路口水果摊"],
     "新围大道与工业一路交叉口夜市", -0.0008, -0.0035),
    ("labour", ["人才市场", "劳务市场排队的时候", "招工的地方", "人才市场门口"],
     ["新围人力资源市场大厅", "劳务市场招聘栏下", "人才市场二楼登记处"],
     "新围大道88号人力资源市场", 0.0036, -0.0041),
    ("bus", ["汽车站", "下大巴的时候", "长途车站", "坐大巴回来", "车站出站口"],
     ["新围汽车客运站出站口", "客运站候车厅座椅", "客运站行李寄存处旁"],
     "新围大道2号客运站", 0.0052, 0.0011),
    ("busstop", ["公交站", "做公交车的时候", "坐公交", "公交站台"],
     ["工业园公交站站台", "新围村公交站候车亭", "3路公交车后排座位"],
     "新围大道工业园公交站", 0.0003, -0.0019),
    ("supermarket", ["超市", "好又多超市", "买东西的超市"],
     ["好又多超市收银台", "好又多超市存包柜", "超市门口电动车停车处"],
     "新围大道56号好又多超市", -0.0022, 0.0009),
    ("clinic", ["诊所", "社区卫生站", "看病的地方"],
     ["新围社区卫生服务站候诊区", "卫生站门口"],
     "新围村一巷2号卫生服务站", -0.0039, 0.0016),
    ("netbar", ["网吧", "网咖", "星空网吧"],
     ["星空网咖前台", "网吧吧台"],
     "新围村牌坊东侧星空网咖", -0.0027, -0.0007),
    ("road", ["上班路上", "从厂里到宿舍的路上", "下班路上", "工业大道路边"],
     ["工业三路路边绿化带", "工业二路与新围大道路口", "工业大道人行道"],
     "新围工业园工业大道", 0.0011, -0.0006),
    ("bank", ["银行门口", "ATM机那里", "取钱的地方"],
     ["农商银行ATM机旁", "邮储银行门口台阶"],
     "新围大道60号农商银行", -0.0012, -0.0026),
]
ELSEWHERE = [
    ("塘尾镇长途汽车站", "塘尾镇站前路1号", 0.0810, 0.0530),
    ("城区火车站南广场", "城区站前大道南广场", -0.1120, -0.0710),
    ("石岭工业区", "石岭工业区创业路5号", 0.0650, -0.0920),
    ("凤岗村夜市", "凤岗村中心街", -0.0570, 0.1040),
    ("东城汽车总站", "东城大道汽车总站", -0.0930, 0.0380),
]
PK = [p[0] for p in PLACES]
PD = {p[0]: p for p in PLACES}
NEAR = {"dorm": ["canteen", "road", "hongda"], "hongda": ["road", "canteen", "dorm"],
        "xinyuan": ["road", "busstop"], "canteen": ["dorm", "hongda"],
        "village": ["market", "netbar", "clinic"], "market": ["village", "busstop", "bank"],
        "labour": ["busstop", "bus"], "bus": ["labour", "busstop"], "busstop": ["road", "bus"],
        "supermarket": ["market", "bank"], "clinic": ["village"], "netbar": ["village", "market"],
        "road": ["hongda", "busstop", "dorm"], "bank": ["market", "supermarket"]}


def coords(pk, jitter=0.0006):
    p = PD[pk]
    return (round(CLAT + p[4] + R.uniform(-jitter, jitter), 6),
            round(CLON + p[5] + R.uniform(-jitter, jitter), 6))


# ---------------------------------------------------------------- kinds
# Each visible fact: (owner words list, finder words list).  Hidden facts: owner words only.
PH_BRANDS = [
    ("redmi", ["红米", "Redmi", "redmi", "小米红米", "红米手机"], ["Redmi"], ["Note 12", "Note 11", "12C", "K60"]),
    ("honor", ["荣耀", "HONOR", "honor", "荣跃"], ["HONOR"], ["X40", "Play 7T", "畅玩40", "X50"]),
    ("vivo", ["vivo", "VIVO", "维沃", "vivo手机"], ["vivo"], ["Y35", "S17", "Y77", "Y36"]),
    ("oppo", ["OPPO", "oppo", "欧珀", "0PPO"], ["OPPO"], ["A58", "Reno8", "A1", "A2x"]),
    ("realme", ["realme", "真我", "Realme", "真我手机"], ["realme"], ["Q5", "GT Neo5", "10 Pro"]),
    ("huawei", ["华为", "HUAWEI", "华伟", "华为手机"], ["HUAWEI"], ["nova 11", "畅享60", "nova 9"]),
]
PH_VIS = [
    (["透明手机壳", "带透明壳", "透明的壳"], ["透明软壳", "套透明手机壳"]),
    (["壳上贴了个小熊贴纸", "手机壳有小熊贴画"], ["手机壳上有卡通小熊贴纸"]),
    (["屏幕右上角摔裂了", "屏碎了一个角"], ["屏幕右上角有裂痕", "屏幕一角碎裂"]),
    (["黑色硅胶壳", "套了黑壳"], ["黑色硅胶手机壳"]),
    (["壳后面夹了一张饭卡", "手机壳里夹着饭堂卡"], ["手机壳内夹有食堂饭卡一张"]),
    (["挂了根红绳", "挂着红色挂绳"], ["挂红色挂绳"]),
    (["背面摄像头那里掉漆了", "后盖掉漆"], ["后盖有掉漆", "背部有磨损掉漆"]),
    (["钢化膜贴歪了", "钢化膜有气泡"], ["钢化膜有气泡", "贴有钢化膜(有划痕)"]),
    (["手机壳是紫色带闪粉的", "闪粉紫色壳"], ["紫色闪粉手机壳"]),
    (["壳背面夹了张50块钱", "壳里塞了50元"], ["手机壳内夹现金50元"]),
]
PH_HID = ["锁屏是我女儿照片", "屏保是老家房子", "微信名叫{n}", "密码是我生日", "里面有两张卡，一张湖南的号",
          "手机号{p}", "装了支付宝和工资卡的app", "锁屏壁纸是风景图"]

WAL_BRANDS = [
    ("septwolves", ["七匹狼", "SEPTWOLVES", "七匹郎"], ["七匹狼"]),
    ("goldlion", ["金利来", "Goldlion", "金力来"], ["金利来"]),
    ("woodpecker", ["啄木鸟", "啄木鸟牌"], ["啄木鸟"]),
    (None, [], []),
    (None, [], []),
]
BANKS = ["农业银行", "邮储银行", "农村信用社", "建设银行", "工商银行", "湖南农信", "四川农信", "贵州农信", "河南农信"]
FACTORIES = [("宏达电子厂", "hongda"), ("鑫源制衣厂", "xinyuan"), ("恒昌五金厂", "hongda"),
             ("永盛塑胶厂", "xinyuan")]
DEPTS = ["SMT车间", "装配二线", "包装部", "品检部", "裁床", "车缝三组", "仓库", "后整部", "注塑车间"]

EB_BRANDS = [
    ("yadea", ["雅迪", "Yadea", "压迪", "雅迪电动车"], ["雅迪", "Yadea"]),
    ("aima", ["爱玛", "AIMA", "艾玛"], ["爱玛", "AIMA"]),
    ("tailg", ["台铃", "TAILG", "台玲"], ["台铃", "TAILG"]),
    ("sunra", ["新日", "SUNRA"], ["新日"]),
    ("luyuan", ["绿源", "LUYUAN"], ["绿源"]),
    ("xiaodao", ["小刀", "小刀电动车"], ["小刀"]),
]
BI_BRANDS = [
    ("giant", ["捷安特", "GIANT", "捷安特山地车"], ["GIANT", "捷安特"]),
    ("forever", ["永久", "永久牌"], ["永久"]),
    ("phoenix", ["凤凰", "凤凰牌"], ["凤凰"]),
    ("xds", ["喜德盛", "XDS"], ["XDS", "喜德盛"]),
]
EL_KINDS = [
    ("earbuds", ["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机一副(含充电仓)", "无线蓝牙耳机"],
     [("redmi", ["红米", "Redmi"], ["Redmi"]), ("huawei", ["华为", "HUAWEI"], ["HUAWEI"]),
      ("qcy", ["QCY", "qcy"], ["QCY"]), ("edifier", ["漫步者", "EDIFIER"], ["EDIFIER"])]),
    ("powerbank", ["充电宝", "移动电源"], ["充电宝一个", "移动电源"],
     [("xiaomi", ["小米", "MI"], ["小米"]), ("romoss", ["罗马仕", "ROMOSS", "罗马士"], ["ROMOSS"]),
      ("anker", ["安克", "Anker"], ["Anker"])]),
    ("watch", ["电话手表", "儿童手表", "小孩的手表"], ["儿童电话手表", "电话手表"],
     [("imoo", ["小天才", "imoo"], ["小天才"])]),
    ("speaker", ["蓝牙音箱", "小音响"], ["蓝牙音箱一个"],
     [("jbl", ["JBL"], ["JBL"]), ("xiaomi", ["小米"], ["小米"])]),
    ("tablet", ["平板", "平板电脑"], ["平板电脑一台"],
     [("huawei", ["华为", "HUAWEI"], ["HUAWEI"]), ("honor", ["荣耀"], ["HONOR"])]),
]
EL_VIS = [
    (["充电仓上有划痕", "仓子有刮花"], ["充电仓有划痕"]),
    (["贴了个名字贴", "贴着我名字"], ["贴有姓名贴"]),
    (["套了个硅胶套", "有个卡通硅胶套"], ["套卡通硅胶保护套"]),
    (["角上磕掉一块", "边上磕了"], ["边角有磕碰"]),
    (["挂了个钥匙扣", "挂着一个小挂件"], ["挂有小挂件"]),
]
JW_KINDS = [
    ("necklace", ["金项链", "黄金项链", "项链"], ["金属项链一条", "项链一条"], "gold"),
    ("bracelet", ["银手镯", "手镯", "银镯子"], ["手镯一只", "金属手镯一只"], "silver"),
    ("ring", ["金戒指", "戒子", "结婚戒指"], ["戒指一枚", "金属戒指一枚"], "gold"),
    ("pendant", ["玉坠子", "玉吊坠", "玉观音"], ["玉石吊坠(红绳)", "玉吊坠一个"], "green"),
]
JW_BRANDS = [("zdf", ["周大福", "周大幅"], ["周大福"]), ("lfx", ["老凤祥"], ["老凤祥"]),
             ("zss", ["周生生"], ["周生生"]), (None, [], []), (None, [], [])]
BAG_KINDS = [
    ("woven", ["编织袋", "蛇皮袋", "行李袋"], ["编织袋一个", "蛇皮编织袋"],
     ["被子", "几件衣服", "腊肉", "棉被和凉席", "老家带的辣椒酱"]),
    ("backpack", ["双肩包", "背包", "书包"], ["双肩背包", "背包一个"],
     ["充电器", "工衣", "两本书", "雨伞", "水杯"]),
    ("toolbag", ["工具包", "工具袋"], ["帆布工具包", "工具袋一个"],
     ["电笔螺丝刀", "一把扳手", "卷尺", "电烙铁"]),
    ("waist", ["腰包", "挎包", "小包"], ["腰包一个", "斜挎小包"],
     ["钥匙", "纸巾", "香烟打火机", "耳机"]),
    ("suitcase", ["行李箱", "拉杆箱", "箱子"], ["拉杆行李箱", "行李箱一个"],
     ["衣服", "鞋子", "老家特产", "被单"]),
]
BAG_BRANDS = [("anta", ["安踏", "ANTA"], ["ANTA"]), ("xtep", ["特步", "XTEP"], ["特步"]),
              ("361", ["361", "361度"], ["361°"]), (None, [], []), (None, [], []), (None, [], [])]
OT_KINDS = [
    ("thermos", ["保温杯", "水杯", "杯子"], ["保温杯一个", "不锈钢保温杯"],
     [("fuguang", ["富光", "FGA"], ["富光"]), ("xinuo", ["希诺"], ["希诺"]), (None, [], [])]),
    ("hardhat", ["安全帽", "安全貌"], ["安全帽一顶"], [(None, [], [])]),
    ("umbrella", ["雨伞", "伞"], ["折叠雨伞一把"], [("tiantang", ["天堂伞"], ["天堂"]), (None, [], [])]),
    ("uniform", ["工衣", "厂服", "工作服"], ["工服外套一件", "厂服一件"], [(None, [], [])]),
    ("mealcard", ["饭卡", "食堂卡"], ["食堂饭卡一张"], [(None, [], [])]),
]
OT_VIS = [(["杯子上贴了名字", "写了名字"], ["上有姓名贴"]),
          (["杯底有个凹坑", "摔瘪了一点"], ["底部有凹痕"]),
          (["上面写了工号", "写了我工号"], ["写有工号"]),
          (["带个布套子", "套了布套"], ["有布套"])]


def fmt_amount(a):
    return str(a)


def amt_owner(a):
    k = R.randrange(4)
    if k == 0:
        return "%d块" % a
    if k == 1:
        return "大概%d多" % (a // 100 * 100) if a >= 200 else "%d块左右" % a
    if k == 2:
        return "%d元左右" % (round(a, -1))
    return "%d元" % a


def plate():
    return "粤S%s%04d" % (ch(["A", "B", "C", "D", "E", "F"]), R.randint(0, 9999))


def frame_no(brand):
    return "%s%02d%s%05d" % (brand[:2].upper(), R.randint(19, 25), ch("ABCDEFGH"), R.randint(0, 99999))


# ---------------------------------------------------------------- truth records
def person():
    pi = R.randrange(4)
    return {"name": new_name(), "prov": pi, "id": new_id(pi), "phone": phone_no()}


def draw(cat=None, force=None):
    """force: dict to copy kind/brand/model/colour from (twins/decoys)."""
    f = force or {}
    if cat is None:
        cat = ch(["phone"] * 5 + ["wallet"] * 4 + ["id_doc"] * 4 + ["keys"] * 3 + ["ebike"] * 3 +
                 ["bicycle"] + ["bag"] * 3 + ["cash"] * 2 + ["jewelry"] * 2 + ["electronics"] * 3 +
                 ["other"] * 2)
    o = {"cat": cat, "who": person(), "vis": [], "hid": [], "brand": None, "serial": None,
         "serial_printed": False, "model": None, "contents": []}
    if cat == "phone":
        b = f.get("brandrec") or ch(PH_BRANDS)
        o["brandrec"] = b
        o["brand"] = b
        o["kind"] = (["手机"], ["手机一部"])
        o["model"] = f.get("model") or ch(b[3])
        o["colour"] = f.get("colour") or ch(["black", "blue", "white", "green", "purple", "silver", "gold"])
        o["vis"] = R.sample(PH_VIS, 2 + R.randrange(2))
        o["hid"] = [h.format(n=o["who"]["name"][1:] + "ya", p=o["who"]["phone"]) for h in R.sample(PH_HID, 2)]
        o["serial"] = new_imei()
        o["model_printed"] = o["brandrec"][0] == "redmi" or chance(0.3)
    elif cat in ("wallet", "cash", "id_doc"):
        w = o["who"]
        cards = []
        idc = ("身份证", w)
        if cat == "wallet":
            b = f.get("brandrec") or ch(WAL_BRANDS)
            o["brandrec"] = b
            o["brand"] = b if b[0] else None
            o["kind"] = (ch([["钱包", "皮夹"], ["钱包", "银包"], ["短款钱包", "钱包"]]), ["钱包一个", "皮质钱包"])
            o["colour"] = f.get("colour") or ch(["black", "brown", "red", "pink", "blue"])
            o["amount"] = R.choice([0, 50, 120, 380, 632, 1050, 1860, 2400, 3170]) + R.randrange(10)
            o["contents"] = [idc]
            if chance(0.6):
                o["contents"].append(("银行卡", ch(BANKS), "%04d" % R.randint(0, 9999)))
            if chance(0.5):
                fac = ch(FACTORIES)
                o["contents"].append(("厂牌", fac[0], "%s%05d" % (ch("HXY"), R.randint(0, 99999)), ch(DEPTS)))
            if chance(0.3):
                o["contents"].append(("居住证",))
            o["vis"] = R.sample([(["边角磨破了", "旧的，边上都磨烂了"], ["边角有磨损"]),
                                 (["有个铁扣", "按扣的"], ["带金属按扣"]),
                                 (["里面有张老家照片", "夹着我儿子照片"], ["内有小孩照片一张"]),
                                 (["拉链坏了", "拉链拉不上"], ["拉链损坏"])], 2)
        elif cat == "cash":
            o["kind"] = ch([(["工资", "工资信封", "发的工资"], ["工资袋一个", "牛皮纸工资信封"]),
                            (["红包", "一个红包"], ["红包一个"]),
                            (["一卷钱", "现金用皮筋扎着"], ["现金一叠(橡皮筋捆扎)"])])
            o["colour"] = f.get("colour") or ("red" if "红包" in o["kind"][0][0] else ch(["brown", "yellow", "white"]))
            o["amount"] = f.get("amount_alt") or (R.randint(18, 62) * 100 + ch([0, 0, 50, 20]))
            o["brandrec"] = None
            if "工资" in o["kind"][0][0]:
                fac = ch(FACTORIES)
                o["contents"] = [("工资条", fac[0], "%s%05d" % (ch("HXY"), R.randint(0, 99999)))]
                o["vis"] = [(["信封上写了我名字", "上面有名字和工号"], ["信封写有姓名工号"])]
            else:
                o["vis"] = [(["都是一百的", "一百块的票子"], ["均为百元面额"])]
        else:
            k = f.get("idkind") or ch(["身份证", "身份证", "厂牌", "居住证", "驾驶证", "银行卡", "社保卡"])
            o["idkind"] = k
            o["brandrec"] = None
            o["kind"] = ([k], [k])
            o["colour"] = f.get("colour") or {"身份证": "white", "厂牌": "blue", "居住证": "white",
                                              "驾驶证": "brown", "银行卡": "green", "社保卡": "blue"}[k]
            if k == "厂牌":
                fac = ch(FACTORIES)
                o["contents"] = [("厂牌", fac[0], "%s%05d" % (ch("HXY"), R.randint(0, 99999)), ch(DEPTS))]
                o["vis"] = [(["挂着蓝色挂绳", "有挂绳"], ["带挂绳"]), (["卡套是透明的", "套了卡套"], ["装透明卡套"])]
            elif k == "银行卡":
                o["contents"] = [("银行卡", ch(BANKS), "%04d" % R.randint(0, 9999))]
                o["vis"] = [(["卡背面签了名", "背面写了名字"], ["背面有签名"])]
            else:
                o["contents"] = [(k, w)]
                o["vis"] = [(["套了个卡套", "装在卡套里"], ["装卡套"]), (["边上有点弯", "有点折了"], ["卡片略弯折"])]
    elif cat == "keys":
        o["kind"] = ch([(["电动车钥匙", "电车钥匙"], ["电动车钥匙一串", "电动车遥控钥匙"]),
                        (["宿舍钥匙", "钥匙一串"], ["钥匙一串"]),
                        (["出租屋钥匙", "房间钥匙"], ["钥匙一串(带门禁卡)", "钥匙串"])])
        b = f.get("brandrec") or (ch(EB_BRANDS) if "电" in o["kind"][0][0] else None)
        o["brandrec"] = b
        o["brand"] = b
        o["colour"] = f.get("colour") or ch(["silver", "black", "red", "blue"])
        o["vis"] = R.sample([(["有个蓝色门禁卡", "挂了个门禁扣"], ["带门禁扣"]),
                             (["挂了个小熊公仔", "有个毛绒挂件"], ["挂毛绒小挂件"]),
                             (["%d把钥匙" % R.randint(2, 5), "好几把"], None),
                             (["钥匙牌写着%d房" % R.randint(201, 712), "有个房号牌"], None),
                             (["挂着指甲剪", "有个指甲钳"], ["挂指甲钳一个"])], 2)
        o["vis"] = [(v[0], v[1] or [v[0][0].replace("写着", "上写")]) for v in o["vis"]]
    elif cat in ("ebike", "bicycle"):
        if cat == "ebike":
            b = f.get("brandrec") or ch(EB_BRANDS)
            o["kind"] = ch([(["电动车", "电瓶车", "电车"], ["电动自行车一辆", "电动车一辆"]),
                            (["电动车电瓶", "电瓶", "锂电池"], ["电动车电瓶一块", "电瓶一个"])]) \
                if not f.get("kind") else f["kind"]
            o["plate"] = plate() if chance(0.65) else None
            o["serial"] = frame_no(b[0])
            o["serial_printed"] = chance(0.5)
        else:
            b = f.get("brandrec") or ch(BI_BRANDS)
            o["kind"] = (["自行车", "单车", "山地车"], ["自行车一辆", "山地自行车"])
            o["plate"] = None
        o["brandrec"] = b
        o["brand"] = b
        o["colour"] = f.get("colour") or ch(["white", "black", "blue", "red", "grey", "pink"])
        o["vis"] = R.sample([(["后面有个篮子", "装了后篮"], ["带后货篮"]),
                             (["坐垫破了用胶布缠", "座包烂了"], ["坐垫破损缠胶布"]),
                             (["车头挂了个挡风被", "有挡风被"], ["车头装挡风被"]),
                             (["后视镜断了一个", "少一个倒车镜"], ["缺一侧后视镜"]),
                             (["车尾贴了个贴纸", "后面贴了卡通贴纸"], ["车尾贴卡通贴纸"])], 2)
    elif cat == "bag":
        k = f.get("bagkind") or ch(BAG_KINDS)
        o["bagkind"] = k
        o["kind"] = (k[1], k[2])
        b = f.get("brandrec") or ch(BAG_BRANDS)
        o["brandrec"] = b
        o["brand"] = b if b[0] else None
        o["colour"] = f.get("colour") or ch(["black", "blue", "red", "grey", "white", "green"])
        o["items"] = R.sample(k[3], 2)
        o["vis"] = [(["里面有" + x for x in o["items"]], ["内有" + "、".join(o["items"])])]
        o["vis"] += R.sample([(["拉链上系了根红绳", "系着红布条"], ["拉链系红绳"]),
                              (["袋子上用笔写了名字", "写了我名字"], ["外侧手写姓名"]),
                              (["有个破洞", "底下破了个洞"], ["底部有破洞"])], 1)
    elif cat == "jewelry":
        k = f.get("jwkind") or ch(JW_KINDS)
        o["jwkind"] = k
        o["kind"] = (k[1], k[2])
        o["colour"] = k[3]
        b = f.get("brandrec") or ch(JW_BRANDS)
        o["brandrec"] = b
        o["brand"] = b if b[0] else None
        o["vis"] = R.sample([(["刻了字", "里面刻着字"], ["内侧刻字"]),
                             (["扣子有点松", "搭扣坏了"], ["搭扣松脱"]),
                             (["有个小吊坠", "挂了个小福字"], ["带小吊坠"]),
                             (["是细的那种", "很细"], ["较细"])], 2)
    elif cat == "electronics":
        k = f.get("elkind") or ch(EL_KINDS)
        o["elkind"] = k
        o["kind"] = (k[1], k[2])
        b = f.get("brandrec") or ch(k[3])
        o["brandrec"] = b
        o["brand"] = b
        o["colour"] = f.get("colour") or ch(["white", "black", "blue", "pink"])
        o["vis"] = R.sample(EL_VIS, 2)
        if k[0] in ("watch", "tablet"):
            o["serial"] = new_imei()
    else:
        k = f.get("otkind") or ch(OT_KINDS)
        o["otkind"] = k
        o["kind"] = (k[1], k[2])
        b = f.get("brandrec") or ch(k[3])
        o["brandrec"] = b
        o["brand"] = b if b[0] else None
        o["colour"] = f.get("colour") or ch(["white", "yellow", "blue", "silver", "black", "red"])
        o["vis"] = R.sample(OT_VIS, 2)
    if f.get("kind"):
        o["kind"] = f["kind"]
    if o["cat"] == "ebike" and "车" not in o["kind"][0][0]:
        o["plate"] = None
    if o["brand"] is not None and not o["brand"][0]:
        o["brand"] = None
    return o


# ---------------------------------------------------------------- writing
OWNER_OPEN = ["本人", "我", "俺", "", "", "我是宏达厂的，", "我在鑫源厂上班，", "刚从老家回来，"]
LOST_VERB = ["丢了", "不见了", "掉了", "弄丢了", "搞丢了", "遗失", "被人捡走了吧"]
TYPO = [("证", "正"), ("坐", "做"), ("的", "地"), ("钱包", "钱抱"), ("食堂", "食唐"), ("钥匙", "钥是"),
        ("在", "再"), ("已经", "以经"), ("联系", "连系")]


def typo(s):
    if chance(0.35):
        a, b = ch(TYPO)
        if a in s:
            i = s.find(a)
            s = s[:i] + b + s[i + len(a):]
    return s


def content_owner(c):
    k = c[0]
    if k == "身份证":
        w = c[1]
        return ch(["身份证（%s）" % w["name"], "我的身份证，号码%s" % owner_id_text(w["id"]),
                   "身份证一张名字%s" % w["name"]])
    if k == "银行卡":
        return ch(["%s卡一张尾号%s" % (c[1], c[2]), "%s的银行卡" % c[1], "一张银行卡（%s）" % c[1]])
    if k == "厂牌":
        return ch(["厂牌，工号%s" % c[2], "%s的厂牌" % c[1], "工牌（%s %s）" % (c[1], c[3])])
    if k == "工资条":
        return "工资条（%s）" % c[1]
    return ch(["居住证", "暂住证"])


def content_finder(c, owner):
    k = c[0]
    if k == "身份证":
        w = c[1]
        return ch(["身份证一张（姓名：%s，%s）" % (w["name"], mask_id(w["id"])),
                   "%s身份证，号码%s" % (w["name"], mask_id(w["id"]))])
    if k == "银行卡":
        return ch(["%s银行卡一张（尾号%s）" % (c[1], c[2]), "银行卡1张，卡号后四位%s" % c[2]])
    if k == "厂牌":
        return ch(["%s厂牌（姓名%s，工号%s，%s）" % (c[1], owner["name"], c[2], c[3]),
                   "工牌一张：%s %s 工号%s" % (c[1], owner["name"], c[2])])
    if k == "工资条":
        return "%s工资条一张（姓名%s，工号%s）" % (c[1], owner["name"], c[2])
    return ch(["居住证一张（%s）" % owner["name"], "广东省居住证（姓名%s）" % owner["name"]])


def time_word(lf, lt):
    hrs = [(8, "早上八点上班的时候"), (20, "晚上八点下班"), (12, "中午吃饭"), (22, "晚上逛夜市"),
           (19, "交接班的时候"), (7, "早上")]
    return ch(["%s前后" % ch(hrs)[1], "昨天", "前天晚上", "发工资那天", "上个礼拜", "", ""])


def owner_place(pk):
    return ch(PD[pk][1])


def finder_place(pk):
    return ch(PD[pk][2])


def write_lost(o, pk, lf, lt, plain=False):
    w = o["who"]
    kind_o = ch(o["kind"][0])
    col = ch(CW[o["colour"]])
    rec = {"category": o["cat"]}
    if plain:
        body = "%s%s%s%s" % (ch(["", "在", ""]), owner_place(pk), ch(["丢了", "掉了", ""]), col + kind_o)
        if chance(0.4):
            body += "，" + ch(["急", "请帮忙找", "谢谢"])
        rec["body"] = typo(body)
        if chance(0.3):
            rec["color"] = col
        return rec
    parts = []
    intro = ch(OWNER_OPEN)
    tw = time_word(lf, lt)
    parts.append("%s%s在%s%s%s" % (intro, tw, owner_place(pk), ch(LOST_VERB), ""))
    brand_s = ch(o["brand"][1]) if o["brand"] and chance(0.8) else None
    desc = col + (brand_s or "") + kind_o
    if o.get("model") and brand_s and chance(0.6):
        desc = col + brand_s + " " + o["model"] + ("手机" if o["cat"] == "phone" else "")
    parts.append("一个" + desc if chance(0.5) else desc)
    nvis = len(o["vis"])
    k = R.randint(1, nvis)
    ovis = R.sample(range(nvis), k)
    if brand_s is None:
        ovis = ovis or [0]
    o["_ovis"] = ovis
    for i in ovis:
        parts.append(ch(o["vis"][i][0]))
    if o["hid"] and chance(0.6):
        parts.append(ch(o["hid"]))
    if o["contents"]:
        cs = [content_owner(c) for c in o["contents"] if chance(0.8)] or [content_owner(o["contents"][0])]
        parts.append(("" if o["cat"] == "id_doc" else "里面有") + "、".join(cs))
    if o.get("amount"):
        parts.append(("现金" if o["cat"] == "wallet" else "一共") + amt_owner(o["amount"]))
    if o.get("plate"):
        parts.append("车牌%s" % ch([o["plate"], o["plate"][:2] + "·" + o["plate"][2:], o["plate"][2:]]))
    elif o["cat"] == "ebike" and "车" in kind_o:
        parts.append(ch(["没上牌", "无牌的", "还没挂牌"]))
    ser = None
    if o.get("serial") and chance(0.55):
        if o["cat"] in ("phone", "electronics"):
            ser = imei_owner_text(o["serial"])
            parts.append("IMEI " + ser if chance(0.5) else "串号" + ser)
        else:
            ser = ch([o["serial"], o["serial"].lower(), "尾号" + o["serial"][-4:]])
            parts.append("车架号" + ser)
    if o["cat"] == "id_doc" and o["contents"] and o["contents"][0][0] in ("身份证", "驾驶证", "社保卡", "居住证"):
        if chance(0.5):
            ser = owner_id_text(w["id"])
            parts.append("号码" + ser)
            o["_idser"] = True
    parts.append(ch(["电话%s" % w["phone"], "有捡到的请联系%s" % w["phone"], "谢谢", "", "我叫%s" % w["name"]]))
    body = typo("，".join(p for p in parts if p))
    rec["body"] = body[:600]
    if chance(0.5):
        rec["color"] = ch(CW[o["colour"]])
    if o["brand"] and chance(0.45):
        rec["brand"] = ch(o["brand"][1])
    if o.get("model") and chance(0.35):
        rec["model"] = o["model"]
    if ser and chance(0.5):
        rec["serial"] = ser[:60]
    if chance(0.3):
        rec["marks"] = "；".join(ch(o["vis"][i][0]) for i in ovis)
    if chance(0.45):
        rec["address"] = ch([PD[pk][3], owner_place(pk)])
    if chance(0.35):
        rec["lat"], rec["lon"] = coords(pk, 0.0015)
    return rec


FINDERS = ["宏达电子厂保安{n}交来", "鑫源制衣厂门卫{n}送来", "房东{n}送到警务室", "夜市摊主{n}捡到后交来",
           "清洁工{n}在清扫时拾得", "公交司机{n}交来", "辅警{n}巡逻时发现", "群众{n}拾得后交到阳光坐席",
           "好又多超市员工{n}交来", "工友{n}捡到交来"]


def write_found(o, pk, owner_vis=None):
    col = ch(CW[o["colour"]])
    kind_f = ch(o["kind"][1])
    rec = {"category": o["cat"]}
    parts = []
    fn = ch(FINDERS).format(n=new_name())
    parts.append("%s在%s%s" % (ch(["", "今天", "上午", "晚上", "下班时"]), finder_place(pk), ch(["拾得", "捡到", "发现"])))
    brand_f = ch(o["brand"][2]) if o["brand"] and o["brand"][2] and chance(0.85) else None
    d = col + kind_f
    if brand_f:
        d = ch(["%s%s（印有%s字样）" % (col, kind_f, brand_f), "%s %s%s" % (brand_f, col, kind_f),
                "%s%s，品牌%s" % (col, kind_f, brand_f)])
    if o.get("model") and o.get("model_printed") and chance(0.6):
        d += "，背面印%s" % o["model"]
    parts.append(d)
    nv = len(o["vis"])
    if owner_vis:
        keep = [ch(owner_vis)]
        others = [i for i in range(nv) if i not in keep and chance(0.5)]
        fvis = keep + others
    else:
        fvis = [i for i in range(nv) if chance(0.6)] or [0]
    for i in fvis:
        parts.append(ch(o["vis"][i][1]))
    if o["contents"]:
        parts.append("内有" + "、".join(content_finder(c, o["who"]) for c in o["contents"]))
    if o.get("amount"):
        parts.append("现金%d元" % o["amount"] if o["cat"] == "wallet" else "经清点共%d元" % o["amount"])
    if o.get("plate"):
        parts.append("车牌号%s" % o["plate"])
    elif o["cat"] == "ebike" and "车" in kind_f:
        parts.append("无牌照")
    ser = None
    if o.get("serial") and o.get("serial_printed"):
        ser = o["serial"]
        parts.append("车架号" + ser)
    if o["cat"] == "phone":
        parts.append(ch(["已关机", "有锁屏密码无法打开", "电量耗尽", "锁屏，来电无人接"]))
    parts.append(fn)
    rec["body"] = "，".join(p for p in parts if p)[:600]
    if chance(0.6):
        rec["color"] = col
    if brand_f and chance(0.5):
        rec["brand"] = brand_f
    if o.get("model") and o.get("model_printed") and chance(0.3):
        rec["model"] = o["model"]
    if ser and chance(0.5):
        rec["serial"] = ser
    if chance(0.4):
        rec["marks"] = "；".join(ch(o["vis"][i][1]) for i in fvis)[:500]
    if chance(0.6):
        rec["address"] = ch([PD[pk][3], finder_place(pk)])
    if chance(0.45):
        rec["lat"], rec["lon"] = coords(pk)
    return rec


# ---------------------------------------------------------------- assembling
def loss_window():
    # most losses after the Spring Festival return (last ~45 days), a few older
    if chance(0.85):
        lt = R.randint(60, 45 * 1440)
    else:
        lt = R.randint(45 * 1440, 110 * 1440)
    dur = ch([R.randint(10, 120), R.randint(60, 720), R.randint(600, 2880), R.randint(30, 240)])
    lf = min(lt + dur, MAXMIN)
    return lf, lt


found, lost = [], []
CROSS = {"watch": "phone", "工牌": "other"}
n_cross = 0
anchors_true, anchors_nf = [], []

for i in range(150):
    o = draw()
    pk = ch(PK)
    lf, lt = loss_window()
    lr = write_lost(o, pk, lf, lt)
    fpk = pk if chance(0.6) else ch(NEAR[pk])
    fr = write_found(o, fpk, owner_vis=o["_ovis"])
    # found after the loss began: during the window or later
    fa = lf - ch([R.randint(0, max(1, lf - lt)), R.randint(30, 600), R.randint(600, 4320)])
    fr["found_at_min"] = max(0, min(fa, lf))
    # desks disagree on category now and then (<= 5 pairs)
    if n_cross < 4 and o["cat"] == "electronics" and o["elkind"][0] == "watch":
        lr["category"] = "phone"
        n_cross += 1
    elif n_cross < 4 and o["cat"] == "id_doc" and o["idkind"] == "厂牌" and chance(0.5):
        fr["category"] = "other"
        n_cross += 1
    elif n_cross < 4 and o["cat"] == "ebike" and "电瓶" in o["kind"][0][0]:
        fr["category"] = "other"
        n_cross += 1
    lost.append((lr, lf, lt, fr))
    found.append(fr)
    anchors_true.append((o, pk, lf, lt))

never = []
for i in range(60):
    o = draw()
    pk = ch(PK)
    lf, lt = loss_window()
    lr = write_lost(o, pk, lf, lt, plain=chance(0.3))
    lost.append((lr, lf, lt, None))
    anchors_nf.append((o, pk, lf, lt))

FORCE_KEYS = ["brandrec", "model", "colour", "idkind", "bagkind", "jwkind", "elkind", "otkind", "kind"]


def twin_of(o):
    f = {k: o[k] for k in FORCE_KEYS if k in o and o[k] is not None}
    if o["cat"] == "cash":
        f["amount_alt"] = o["amount"] + ch([-300, -150, 200, 450, 800])
    t = draw(o["cat"], f)
    # another object: its visible marks must differ from the anchor's
    ov = set(tuple(v[1]) for v in o["vis"])
    pool = [v for v in t["vis"] if tuple(v[1]) not in ov]
    t["vis"] = pool or [(["无明显特征"], ["无明显特征"])]
    if t.get("amount") == o.get("amount") and t.get("amount"):
        t["amount"] += 70
    return t


COLFAM_NEAR = {"black": ["black"], "white": ["white"], "blue": ["blue"], "red": ["red"], "grey": ["grey", "silver"],
               "silver": ["silver", "grey"], "green": ["green"], "gold": ["gold", "yellow"], "pink": ["pink", "red"],
               "brown": ["brown"], "yellow": ["yellow", "gold"], "purple": ["purple"]}


def decoy_of(o):
    # same category and colour family, another brand or kind
    for _ in range(50):
        t = draw(o["cat"], {"colour": ch(COLFAM_NEAR[o["colour"]])})
        same_brand = (t["brand"] or (None,))[0] == (o["brand"] or (None,))[0]
        same_kind = t["kind"][0][0] == o["kind"][0][0]
        if not (same_brand and same_kind):
            return t
    return t


negs = []


def add_neg(t, pk, fa, label, elsewhere=None):
    fr = write_found(t, pk)
    if elsewhere:
        e = elsewhere
        fr["body"] = fr["body"].replace(fr["body"].split("，")[0], "在%s拾得" % e[0], 1)
        fr.pop("address", None)
        fr.pop("lat", None)
        fr.pop("lon", None)
        if chance(0.6):
            fr["address"] = e[1]
        if chance(0.5):
            fr["lat"], fr["lon"] = round(CLAT + e[2], 6), round(CLON + e[3], 6)
    fr["found_at_min"] = max(0, min(fa, MAXMIN))
    fr["negative"] = label
    negs.append(fr)


def near_time(lf, lt):
    return max(0, lf - ch([R.randint(0, max(1, lf - lt)), R.randint(60, 2880)]))


# twins 40: 28 near never-found, 12 near true
for j in range(40):
    o, pk, lf, lt = ch(anchors_nf) if j < 28 else ch(anchors_true)
    add_neg(twin_of(o), ch([pk] + NEAR[pk]), near_time(lf, lt), "twin")
# decoys 40: 28 near never-found, 12 near true
for j in range(40):
    o, pk, lf, lt = ch(anchors_nf) if j < 28 else ch(anchors_true)
    add_neg(decoy_of(o), ch([pk] + NEAR[pk]), near_time(lf, lt), "decoy")
# before_loss 22: the same kind found before the loss window began
for j in range(22):
    o, pk, lf, lt = ch(anchors_nf + anchors_true)
    fa = lf + R.randint(1440, 20 * 1440)
    if fa > MAXMIN:
        fa = lf + R.randint(60, max(61, MAXMIN - lf))
        if fa > MAXMIN:
            continue
    add_neg(twin_of(o), ch([pk] + NEAR[pk]), fa, "before_loss")
# brand_elsewhere 20: same category and brand, another place, another time
branded = [a for a in anchors_true + anchors_nf if a[0]["brand"]]
for j in range(20):
    o, pk, lf, lt = ch(branded)
    f = {"brandrec": o["brandrec"]}
    t = draw(o["cat"], f)
    t["vis"] = [v for v in t["vis"] if v not in o["vis"]] or [(["无"], ["无明显特征"])]
    far = (lf + R.randint(20, 40) * 1440) if lf < 60 * 1440 else max(0, lt - R.randint(20, 40) * 1440)
    add_neg(t, ch(PK), min(far, MAXMIN), "brand_elsewhere", elsewhere=ch(ELSEWHERE))
# unclaimed: fill to 150 negatives
while len(negs) < 150:
    t = draw()
    add_neg(t, ch(PK), R.randint(60, 118 * 1440), "unclaimed")

# ---------------------------------------------------------------- keys and shuffle
allfound = found + negs
order = list(range(len(allfound)))
R.shuffle(order)
fkey = {}
out_found = []
for n, idx in enumerate(order, 1):
    fr = allfound[idx]
    k = "%s-F%04d" % (P, n)
    fkey[id(fr)] = k
    rec = {"key": k}
    rec.update(fr)
    out_found.append(rec)
out_found.sort(key=lambda r: r["key"])

lorder = list(range(len(lost)))
R.shuffle(lorder)
out_lost = []
for n, idx in enumerate(lorder, 1):
    lr, lf, lt, fr = lost[idx]
    rec = {"key": "%s-L%04d" % (P, n)}
    rec.update(lr)
    rec["lost_from_min"] = lf
    rec["lost_to_min"] = lt
    rec["truth"] = fkey[id(fr)] if fr is not None else None
    out_lost.append(rec)

doc = {"seed": SEED, "made_by": "tests/lostfound/make_set30.py",
       "parts": {"set30": {"found": out_found, "lost": out_lost}}}
with open(os.path.join(HERE, "set30.json"), "w", encoding="utf-8") as fh:
    json.dump(doc, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("set30.json: %d found (%d negative), %d lost (%d with truth)" % (
    len(out_found), sum(1 for r in out_found if "negative" in r), len(out_lost),
    sum(1 for r in out_lost if r["truth"])))
