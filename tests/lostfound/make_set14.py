#!/usr/bin/env python3
"""Write tests/lostfound/set14.json: a blind labelled lost-and-found set.

World: 白鹭湖大学城 (university town) of the invented city 青崖市 and its
high-speed railway station 青崖西站, in the weeks around the Spring Festival
travel rush (春运). Desk: 白鹭湖派出所 阳光坐席.

Every object is first drawn as a hidden truth record. The owner's report and
the finder's registration are then written from that record independently:
the finder sees only what is visible or printed, the owner knows hidden
contents. Standard library only, fixed seed, deterministic.
"""
import json
import os
import random

SEED = 20270114
OUT_NAME = "set14.json"
MIN_PER_DAY = 1440
SPAN_DAYS = 112            # everything within ~112 days of "now"
N_TRUE = 150
N_NULL = 60
N_DECOY_NEAR_NULL = 34
N_DECOY_NEAR_TRUE = 24
N_BEFORE_LOSS = 24
N_BRAND_ELSEWHERE = 20
N_TWIN = 24
N_UNCLAIMED = 24

rng = random.Random(SEED)


def pick(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------- places
# id, landmark names (several wordings), street address, lat, lon, type
PLACES = [
    ("hall", ["青崖西站候车大厅", "西站二楼候车厅", "高铁站候车室", "西站候车厅B区"], "西站路1号青崖西站二层候车区", 30.74120, 103.88650, "station"),
    ("gate", ["青崖西站进站安检口", "西站进站口", "高铁站安检那里", "西站东进站口"], "西站路1号青崖西站东进站口", 30.74090, 103.88710, "station"),
    ("exit", ["青崖西站出站口", "西站到达层出站通道", "高铁站出站的地方", "西站地下出站层"], "西站路1号青崖西站负一层出站口", 30.74050, 103.88600, "station"),
    ("taxi", ["西站出租车上客区", "高铁站出租车排队那里", "西站东侧出租车蓄车场"], "站东路青崖西站出租车上客区", 30.73980, 103.88900, "car"),
    ("ride", ["西站网约车上客区", "高铁站P2停车场网约车点", "西站打车的P2"], "站前北路青崖西站P2停车场", 30.74250, 103.88450, "car"),
    ("metro", ["地铁3号线西站站", "西站地铁站B口", "地铁西站站站台"], "西站路地铁3号线青崖西站站", 30.74180, 103.88800, "station"),
    ("bus", ["西站公交枢纽", "高铁站公交总站", "西站公交车站"], "站前南路青崖西站公交枢纽", 30.73920, 103.88520, "station"),
    ("coach", ["青崖西客运站", "西站长途汽车站", "西客站售票厅"], "站前南路66号青崖西客运站", 30.73850, 103.88380, "station"),
    ("plaza", ["西站站前广场", "高铁站门口广场", "站前广场"], "站前北路青崖西站南广场", 30.74300, 103.88620, "street"),
    ("hotel", ["锦程快捷酒店", "站北那个锦程酒店", "西站锦程宾馆"], "站北路18号", 30.74410, 103.88890, "street"),
    ("lg_lib", ["川西理工大学图书馆", "理工大图书馆", "川理工图书馆"], "学府路199号川西理工大学图书馆", 30.75210, 103.87320, "campus"),
    ("lg_can", ["川西理工大学三食堂", "理工三食堂", "川理工第三食堂"], "学府路199号川西理工大学三食堂", 30.75120, 103.87450, "campus"),
    ("lg_dorm", ["川西理工大学12栋宿舍", "理工12舍楼下", "川理工学生公寓12栋"], "学府路199号川西理工大学学生公寓12栋", 30.75300, 103.87600, "campus"),
    ("lg_gate", ["川西理工大学东门", "理工大东门", "川理工东门公交站"], "学府路199号川西理工大学东门", 30.75050, 103.87780, "campus"),
    ("express", ["理工东门菜鸟驿站", "川理工快递驿站", "东门快递点"], "学府路201号菜鸟驿站", 30.75080, 103.87700, "campus"),
    ("sf_gym", ["蜀南师范学院体育馆", "师院体育馆", "蜀师体育馆"], "学府路36号蜀南师范学院体育馆", 30.75850, 103.88200, "campus"),
    ("sf_gate", ["蜀南师范学院南门", "师院南门", "蜀师南门口"], "学府路36号蜀南师范学院南门", 30.75700, 103.88310, "campus"),
    ("street", ["学府天街", "大学城商业街", "学府天街小吃街"], "学府路88号学府天街", 30.75500, 103.87950, "street"),
    ("netbar", ["极速网咖", "学府路那个网咖", "大学城网吧"], "学府路120号二楼", 30.75400, 103.88100, "street"),
    ("mall", ["白鹭湖汇城广场", "汇城商场", "汇城负一楼超市"], "白鹭大道2号", 30.74700, 103.89500, "street"),
    ("lake", ["白鹭湖公园", "白鹭湖环湖步道", "白鹭湖边上"], "白鹭大道白鹭湖公园北门", 30.74900, 103.90050, "street"),
    ("village", ["犀角村菜市场", "犀角村城中村", "犀角村出租屋那边"], "犀角村三组", 30.73600, 103.89200, "street"),
    ("site", ["站北工地", "站北路工地宿舍", "中建项目部门口"], "站北路站北安置房项目工地", 30.74550, 103.89050, "street"),
    ("oldst", ["青崖东站", "老火车站", "东站售票厅"], "解放路1号青崖东站", 30.66200, 104.03100, "far"),
    ("airport", ["青崖机场T2", "机场二号航站楼", "机场到达层"], "机场路青崖机场T2航站楼", 30.58000, 103.96000, "far"),
    ("town", ["双桥镇场镇", "双桥镇赶场的街上", "双桥镇汽车站"], "双桥镇正街", 30.83000, 103.76000, "far"),
]
PLACE = {p[0]: p for p in PLACES}
NEAR_IDS = [p[0] for p in PLACES if p[5] != "far"]
STATION_IDS = [p[0] for p in PLACES if p[5] in ("station", "car")]
CAMPUS_IDS = [p[0] for p in PLACES if p[5] == "campus"]
FAR_IDS = [p[0] for p in PLACES if p[5] == "far"]
# where a thing lost at A tends to be handed in
ADJ = {
    "hall": ["hall", "hall", "gate", "exit"], "gate": ["gate", "hall"], "exit": ["exit", "metro", "plaza"],
    "taxi": ["taxi", "taxi", "plaza"], "ride": ["ride", "ride", "plaza"], "metro": ["metro", "metro", "exit"],
    "bus": ["bus", "coach"], "coach": ["coach", "bus"], "plaza": ["plaza", "hall"], "hotel": ["hotel", "plaza"],
    "lg_lib": ["lg_lib", "lg_can"], "lg_can": ["lg_can", "lg_dorm"], "lg_dorm": ["lg_dorm", "express"],
    "lg_gate": ["lg_gate", "express"], "express": ["express", "lg_gate"], "sf_gym": ["sf_gym", "sf_gate"],
    "sf_gate": ["sf_gate", "street"], "street": ["street", "netbar"], "netbar": ["netbar", "street"],
    "mall": ["mall"], "lake": ["lake", "mall"], "village": ["village"], "site": ["site", "village"],
    "oldst": ["oldst"], "airport": ["airport"], "town": ["town"],
}

# ---------------------------------------------------------------- people
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = list("子涵浩宇欣怡梓轩一诺雨桐俊杰思远嘉怡晨曦明轩若溪文博佳琪志强秀英建国春梅海燕桂芳德明玉兰国庆红霞永胜丽娟晓东天佑梦瑶泽宇亚楠宏伟婷婷伟东慧敏")


USED_NAMES = set()   # membership only (never iterated): no two invented people share a name


def person_name():
    while True:
        n = pick(SURNAMES) + pick(GIVEN)
        if chance(0.7):
            n += pick(GIVEN)
        if n not in USED_NAMES and n[1:2] != n[2:3]:
            USED_NAMES.add(n)
            return n


ID_REGIONS = ["510104", "510108", "510124", "511002", "511302", "510681", "500101", "500112", "500230",
              "520102", "532101", "230103", "220104", "411302", "421002", "430611", "511623", "513401"]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check_digit(body17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def make_id_number(birth_year_lo=1962, birth_year_hi=2007):
    y = rng.randint(birth_year_lo, birth_year_hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (pick(ID_REGIONS), y, m, d, rng.randint(1, 999))
    return body + id_check_digit(body)


def luhn_digit(partial):
    total = 0
    for i, c in enumerate(reversed(partial)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def make_imei():
    tac = pick(["86", "35"]) + "%06d" % rng.randint(0, 999999)
    partial = tac + "%06d" % rng.randint(0, 999999)
    return partial + luhn_digit(partial)


BANKS = [("工商银行", ["工商银行", "工行", "ICBC"], "622202", 19), ("建设银行", ["建设银行", "建行"], "621700", 19),
         ("农业银行", ["农业银行", "农行"], "622848", 19), ("招商银行", ["招商银行", "招行"], "621483", 16),
         ("邮储银行", ["邮储银行", "邮政储蓄"], "621799", 19), ("农商银行", ["农商银行", "农信社", "农村信用社"], "621458", 19)]


def make_bank_card():
    b = pick(BANKS)
    partial = b[2] + "".join(str(rng.randint(0, 9)) for _ in range(b[3] - 7))
    return b, partial + luhn_digit(partial)


def fmt_id(num, who):
    """An ID number as a person writes it."""
    r = rng.random()
    if who == "finder":
        if r < 0.75:
            return num
        if r < 0.9:
            return num[:-1] + num[-1].lower()
        return num[:6] + " " + num[6:14] + " " + num[14:]
    if r < 0.35:
        return num
    if r < 0.45:
        return num[:-1] + num[-1].lower()
    if r < 0.65:
        return num[:6] + "********" + num[14:]
    if r < 0.8:
        return num[:4] + "**********" + num[14:]
    return "尾号" + num[-4:]


def fmt_imei(num, who):
    r = rng.random()
    if r < 0.45:
        return num
    if r < 0.6:
        return "IMEI:" + num
    if r < 0.75:
        return "%s %s %s %s" % (num[:2], num[2:8], num[8:14], num[14:])
    if who == "owner" and r < 0.9:
        return "串号尾号" + num[-6:]
    return num[:8] + "-" + num[8:]


def fmt_card(num, who):
    r = rng.random()
    if who == "finder" and r < 0.5:
        return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    if r < 0.55:
        return "尾号" + num[-4:]
    if r < 0.8:
        return num[:4] + "****" + num[-4:]
    return num


COLORS = {
    "black": ["黑色", "黑的", "纯黑", "深色", "曜石黑"],
    "grey": ["深空灰", "灰色", "深灰", "铁灰"],
    "silver": ["银色", "银白", "银灰色"],
    "white": ["白色", "米白", "白的", "奶白色"],
    "blue": ["蓝色", "深蓝", "藏青色", "宝蓝"],
    "red": ["红色", "大红", "酒红色"],
    "pink": ["粉色", "粉红色", "樱花粉"],
    "green": ["绿色", "墨绿", "军绿色"],
    "purple": ["紫色", "淡紫色", "香芋紫"],
    "brown": ["棕色", "咖啡色", "驼色"],
    "yellow": ["黄色", "姜黄色", "明黄"],
    "gold": ["金色", "香槟金"],
}


def color_word(c):
    return pick(COLORS[c]) if c else ""


BRANDS = {
    "华为": ["华为", "HUAWEI", "Huawei", "huawei", "华伟"],
    "苹果": ["苹果", "Apple", "iPhone", "apple", "爱疯"],
    "小米": ["小米", "Xiaomi", "xiaomi", "MI"],
    "红米": ["红米", "Redmi", "redmi"],
    "OPPO": ["OPPO", "oppo", "欧珀"],
    "vivo": ["vivo", "VIVO", "维沃"],
    "荣耀": ["荣耀", "HONOR", "honor", "荣誉"],
    "新秀丽": ["新秀丽", "Samsonite", "samsonite", "新秀立"],
    "外交官": ["外交官", "Diplomat", "diplomat"],
    "爱华仕": ["爱华仕", "OIWAS", "oiwas"],
    "北面": ["北面", "The North Face", "TNF", "北脸"],
    "小米箱包": ["小米", "90分", "小米90分"],
    "七匹狼": ["七匹狼", "SEPTWOLVES", "7匹狼"],
    "金利来": ["金利来", "Goldlion", "goldlion"],
    "蔻驰": ["蔻驰", "COACH", "coach", "寇驰"],
    "雅迪": ["雅迪", "Yadea", "yadea", "雅帝"],
    "爱玛": ["爱玛", "AIMA", "aima"],
    "台铃": ["台铃", "TAILG", "台岭"],
    "小牛": ["小牛", "NIU", "niu"],
    "捷安特": ["捷安特", "GIANT", "Giant", "jieante"],
    "美利达": ["美利达", "MERIDA", "merida"],
    "永久": ["永久", "FOREVER", "永久牌"],
    "凤凰": ["凤凰", "PHOENIX", "凤凰牌"],
    "安克": ["安克", "Anker", "anker"],
    "罗马仕": ["罗马仕", "ROMOSS", "romoss", "罗马士"],
    "倍思": ["倍思", "Baseus", "baseus"],
    "联想": ["联想", "Lenovo", "lenovo"],
    "周大福": ["周大福", "CHOW TAI FOOK", "周大福金店"],
    "老凤祥": ["老凤祥", "老凤祥银楼"],
    "膳魔师": ["膳魔师", "THERMOS", "thermos", "膳魔狮"],
    "象印": ["象印", "ZOJIRUSHI"],
    "波司登": ["波司登", "BOSIDENG", "bosideng"],
    "任天堂": ["任天堂", "Nintendo"],
    "卡西欧": ["卡西欧", "CASIO", "casio"],
    "天堂伞": ["天堂伞", "天堂"],
}


def brand_word(b, cat=None):
    if b == "苹果" and cat != "phone":
        return pick(["苹果", "Apple", "apple"])   # nobody calls earphones or a laptop 爱疯
    return pick(BRANDS[b]) if b else ""


def F(fid, o, f=None):
    """A fact of the truth record: owner wordings o, finder wordings f (None: hidden from finder)."""
    return {"id": fid, "o": o, "f": f}


# ---------------------------------------------------------------- object builders
# Each returns a truth record: cat, alt (another category a person might choose), kinds
# (owner nouns, finder nouns), unit, color, brand, model (list of wordings), serial
# (type, value, owner knows p, finder sees p), facts, visible_brand.

def amount_words(a):
    ws = ["%d元" % a, "现金%d块" % a]
    if a >= 100:
        h = a // 100 * 100
        if a - h >= 10:
            ws += ["现金%d多" % h, "%d多块钱" % h]
        else:
            ws += ["现金%d左右" % h]
    return ws


def cash_finder(a):
    return ["现金%d元" % a, "人民币%d元" % a, "现金共计%d元" % a]


def b_phone(color=None, brand=None, model=None):
    table = [("华为", ["Mate 60 Pro", "Mate60pro", "mate60 pro"], ["black", "white", "green", "purple"]),
             ("华为", ["nova 12", "nova12"], ["black", "pink", "white", "blue"]),
             ("苹果", ["iPhone 15", "15", "iphone15"], ["black", "pink", "blue", "yellow"]),
             ("苹果", ["iPhone 14 Pro", "14pro", "14 Pro"], ["purple", "black", "silver", "gold"]),
             ("苹果", ["iPhone 13", "13"], ["blue", "pink", "white", "red"]),
             ("小米", ["小米14", "Xiaomi 14", "14"], ["black", "white", "green"]),
             ("红米", ["K70", "Redmi K70", "k70"], ["black", "white", "blue"]),
             ("OPPO", ["Reno11", "reno 11", "Reno 11"], ["green", "black", "purple"]),
             ("vivo", ["X100", "x100", "X100 Pro"], ["black", "blue", "white"]),
             ("vivo", ["Y36", "y36"], ["gold", "black"]),
             ("荣耀", ["荣耀90", "90", "Honor 90"], ["black", "silver", "green"])]
    cands = [t for t in table if (brand is None or t[0] == brand) and (model is None or t[1] == model)
             and (color is None or color in t[2])]
    if not cands:
        cands = [t for t in table if (brand is None or t[0] == brand) and (model is None or t[1] == model)] or table
    b, m, cols = pick(cands)
    c = color if color else pick(cols)
    facts = []
    case = pick([("透明壳", "透明手机壳"), ("黑色硅胶壳", "黑色软壳"), ("带支架的壳", "手机壳背面有支架"),
                 ("蜡笔小新的卡通壳", "卡通图案手机壳（蜡笔小新）"), ("皮套", "翻盖皮套"),
                 ("熊猫图案的壳", "熊猫图案手机壳"), ("带挂绳的壳", "手机壳带挂绳"), ("蓝色的壳", "蓝色手机壳"),
                 ("粉色毛绒壳", "粉色毛绒手机壳")])
    if chance(0.85):
        facts.append(F("case", ["套了个" + case[0], "有" + case[0], case[0]], [case[1]]))
    if chance(0.45):
        cr = pick([("屏幕右上角碎了", "屏幕右上角有裂痕"), ("屏幕有一道裂缝", "屏幕有裂纹"),
                   ("后盖摔裂了", "后盖有裂痕"), ("贴了钢化膜，膜碎了", "钢化膜破裂")])
        facts.append(F("crack", [cr[0]], [cr[1]]))
    if chance(0.5):
        wp = pick(["柯基", "全家福", "海贼王路飞", "一只橘猫", "我女朋友的照片", "樱花", "乐山大佛", "哪吒"])
        facts.append(F("wall", ["锁屏是" + wp, "壁纸是" + wp], ["锁屏壁纸为" + wp.replace("我女朋友的照片", "一女子照片"),
                                                       "亮屏显示" + wp.replace("我女朋友的照片", "女子照片")]))
    if chance(0.35):
        cd = pick([("壳里夹了张公交卡", "手机壳内夹公交卡一张"), ("壳后面塞了张饭卡", "壳内夹校园卡一张"),
                   ("壳里有张一百块钱", "壳内夹100元纸币一张")])
        facts.append(F("incase", [cd[0]], [cd[1]]))
    if chance(0.4):
        facts.append(F("sim", [pick(["插的电信卡", "里面是移动的卡", "双卡"])]))
    if chance(0.3):
        facts.append(F("lock", [pick(["有锁屏密码", "设了指纹锁", "有面容锁"])]))
    return {"cat": "phone", "alt": None, "kinds": (["手机", "手机", "电话"], ["手机", "手机"]), "unit": "部",
            "color": c, "brand": b, "model": m, "serial": ("imei", make_imei(), 0.45, 0.15),
            "facts": facts, "visible_brand": 0.85}


def b_idcard(color=None, brand=None, model=None):
    name = person_name()
    num = make_id_number(1960, 2006)
    facts = [F("name", ["名字" + name, "姓名" + name, name + "的"], ["姓名" + name, "持证人" + name])]
    sleeve = None
    if chance(0.4):
        sleeve = color or pick(["blue", "pink", "black", "white"])
        facts.append(F("sleeve", ["装在一个%s卡套里" % COLORS[sleeve][0]], ["%s卡套" % COLORS[sleeve][0]]))
    alt = "wallet" if sleeve and chance(0.5) else None
    return {"cat": "id_doc", "alt": alt, "kinds": (["身份证", "二代身份证", "身份证件"], ["居民身份证", "身份证"]), "unit": "张",
            "color_aside": True, "color": sleeve, "brand": None, "model": None, "serial": ("id", num, 0.75, 0.95),
            "facts": facts, "visible_brand": 0, "person": name}


SCHOOLS = [("川西理工大学", ["川西理工大学", "川理工", "理工大"], ["计算机学院", "土木工程学院", "机械学院", "经管学院"]),
           ("蜀南师范学院", ["蜀南师范学院", "蜀师", "师院"], ["文学院", "数学学院", "音乐学院", "外国语学院"])]


def b_student(color=None, brand=None, model=None):
    name = person_name()
    sch = pick(SCHOOLS)
    col = pick(sch[2])
    num = "%d%02d%06d" % (rng.randint(2021, 2025), rng.randint(1, 40), rng.randint(1, 999999))
    facts = [F("name", ["名字" + name, "我叫" + name], ["姓名" + name]),
             F("school", [sch[1][1] + col, pick(sch[1]) + "的", sch[0] + col], [sch[0] + col, sch[0]])]
    if chance(0.5):
        facts.append(F("rail", ["后面贴了火车票优惠磁条", "里面有乘车区间 青崖西—" + pick(["哈尔滨", "贵阳", "重庆北", "长春", "昆明南"])],
                       ["附火车票优惠卡"]))
    sleeve = color or (pick(["blue", "red", "black"]) if chance(0.5) else None)
    if sleeve:
        facts.append(F("sleeve", ["%s的证套" % COLORS[sleeve][0]], ["%s证件套" % COLORS[sleeve][0]]))
    return {"cat": "id_doc", "alt": None, "kinds": (["学生证", "学生证"], ["学生证", "学生证件"]), "unit": "本",
            "color_aside": True, "color": sleeve, "brand": None, "model": None, "serial": ("stuno", num, 0.5, 0.9),
            "facts": facts, "visible_brand": 0, "person": name}


def b_license(color=None, brand=None, model=None):
    name = person_name()
    num = make_id_number(1965, 2003)
    cls = pick(["C1", "C2", "B2", "A2"])
    facts = [F("name", ["名字" + name, "姓名" + name], ["姓名" + name]),
             F("cls", ["准驾车型" + cls, cls + "的本"], ["准驾车型" + cls])]
    return {"cat": "id_doc", "alt": None, "kinds": (["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证"]), "unit": "本",
            "color": None, "brand": None, "model": None, "serial": ("id", num, 0.6, 0.9),
            "facts": facts, "visible_brand": 0, "person": name}


def b_wallet(color=None, brand=None, model=None):
    b = brand if brand else (pick(["七匹狼", "金利来", "蔻驰", None, None]))
    c = color or pick(["black", "black", "brown", "red", "pink", "blue", "white"])
    kind = pick([(["钱包", "皮夹子", "钱夹"], ["钱包", "皮质钱包"]), (["长款钱包", "长钱包"], ["长款钱包"]),
                 (["短款钱包", "男士钱包"], ["短款钱包"]), (["卡包", "卡夹"], ["卡包"])])
    alt = "other" if "卡包" in kind[0] and chance(0.5) else None
    name = person_name()
    facts = []
    serial = None
    if chance(0.7):
        num = make_id_number(1962, 2006)
        facts.append(F("idin", ["里面有我身份证，名字" + name, "身份证在里头，" + name, "有身份证（" + name + "）"],
                       ["内有" + name + "身份证", "内有居民身份证（" + name + "）", "内有身份证一张，姓名" + name]))
        serial = ("id", num, 0.35, 0.6)
    if chance(0.6):
        bk, cnum = make_bank_card()
        facts.append(F("card", ["%s卡一张，尾号%s" % (pick(bk[1]), cnum[-4:]), "有张%s的卡" % pick(bk[1])],
                       ["%s银行卡一张（尾号%s）" % (bk[0], cnum[-4:]), "%s卡1张 %s****%s" % (bk[0], cnum[:4], cnum[-4:])]))
        if serial is None:
            serial = ("card", cnum, 0.4, 0.5)
    if chance(0.75):
        a = pick([37, 85, 120, 200, 260, 312, 450, 500, 680, 1000, 1200, 1560, 2300])
        facts.append(F("cash", amount_words(a), cash_finder(a)))
    if chance(0.35):
        facts.append(F("extra", [pick(["还有一张一寸照片", "有张全家福", "夹着医保卡", "有几张超市小票"])],
                       None if chance(0.3) else ["另有照片/卡片若干"]))
    if chance(0.25):
        facts.append(F("wear", ["边角磨白了", "拉链坏了"], ["边角磨损"]))
    return {"cat": "wallet", "alt": alt, "kinds": kind, "unit": "个", "color": c, "brand": b, "model": None,
            "serial": serial, "facts": facts, "visible_brand": 0.7, "person": name}


def b_keys(color=None, brand=None, model=None):
    n = rng.randint(2, 6)
    facts = [F("n", ["%d把钥匙" % n, "一串钥匙%d把" % n, "钥匙%d片" % n], ["钥匙%d把" % n, "共%d把钥匙" % n])]
    c = color
    pend = pick([("毛绒小熊挂件", "毛绒小熊挂件", "brown"), ("皮卡丘挂件", "皮卡丘挂件", "yellow"),
                 ("平安符", "红色平安符挂件", "red"), ("蓝色门禁扣", "蓝色门禁卡扣", "blue"),
                 ("开瓶器", "开瓶器挂件", "silver"), ("粉色兔子挂件", "粉色兔子挂件", "pink"),
                 ("黑色皮质钥匙包", "黑色钥匙包", "black")])
    if color is None or pend[2] == color:
        facts.append(F("pend", ["挂了个" + pend[0], "有个" + pend[0]], [pend[1]]))
        c = pend[2]
    b = brand
    if chance(0.4) or brand:
        eb = brand or pick(["雅迪", "爱玛", "台铃"])
        facts.append(F("ebk", ["还有把%s电瓶车钥匙" % eb, "有%s电动车的钥匙" % eb], ["%s电动车钥匙一把" % eb]))
        b = eb
    if chance(0.3):
        facts.append(F("car", [pick(["有个大众车钥匙", "带一把比亚迪的车钥匙"])], ["汽车遥控钥匙一把"]))
    if chance(0.3):
        facts.append(F("home", ["是我犀角村出租屋的钥匙", "宿舍和家里的钥匙"]))
    return {"cat": "keys", "alt": "other" if chance(0.1) else None, "kinds": (["钥匙", "钥匙串"], ["钥匙串", "钥匙"]), "unit": "串",
            "color": c, "brand": b, "model": None, "serial": None, "facts": facts, "visible_brand": 0.8}


def b_ebike(color=None, brand=None, model=None):
    b = brand or pick(["雅迪", "爱玛", "台铃", "小牛"])
    c = color or pick(["black", "white", "blue", "red", "grey", "green"])
    plate = "青崖%s%05d" % (pick("ABCDE"), rng.randint(0, 99999))
    frame = "%s%s%07d" % (pick(["LYD", "AM", "TL", "NIU"]), rng.randint(20, 24), rng.randint(0, 9999999))
    facts = [F("plate", ["车牌" + plate, "牌照" + plate[:3] + " " + plate[3:]], ["车牌" + plate, "号牌" + plate])]
    if chance(0.6):
        facts.append(F("quilt", ["有挡风被", "装了个花挡风被"], ["车上有挡风被"]))
    if chance(0.4):
        facts.append(F("seat", ["后面有儿童座椅", "后座装了小孩座椅"], ["后部加装儿童座椅"]))
    if chance(0.4):
        facts.append(F("box", ["有个后备箱", "带尾箱"], ["有尾箱"]))
    if chance(0.3):
        facts.append(F("helmet", ["车把上挂了个%s头盔" % pick(["黄色", "白色"])], ["车把挂头盔一个"]))
    return {"cat": "ebike", "alt": None, "kinds": (["电动车", "电瓶车", "电驴"], ["电动自行车", "电动车"]), "unit": "辆",
            "color": c, "brand": b, "model": None, "serial": ("frame", frame, 0.3, 0.5),
            "facts": facts, "visible_brand": 0.95}


def b_bicycle(color=None, brand=None, model=None):
    b = brand or pick(["捷安特", "美利达", "永久", "凤凰", None])
    c = color or pick(["black", "white", "blue", "red", "grey", "yellow"])
    typ = pick([("山地车", "山地自行车"), ("折叠车", "折叠自行车"), ("公路车", "公路自行车"), ("普通自行车", "自行车")])
    frame = "%s%08d" % (pick(["G", "M", "F", "X"]), rng.randint(0, 99999999))
    facts = [F("type", [typ[0]], [typ[1]])]
    if chance(0.5):
        facts.append(F("basket", ["前面有车筐", "装了个车篮子"], ["带车筐"]))
    if chance(0.5):
        facts.append(F("lock", ["锁着一把U型锁", "有把黑色链条锁"], ["车上挂锁"]))
    if chance(0.4):
        facts.append(F("sticker", ["车架上贴了%s贴纸" % pick(["学校的", "骷髅", "小黄鸭"])], ["车架有贴纸"]))
    return {"cat": "bicycle", "alt": None, "kinds": (["自行车", "单车", "车子"], ["自行车", "单车"]), "unit": "辆",
            "color": c, "brand": b, "model": None, "serial": ("frame", frame, 0.2, 0.4),
            "facts": facts, "visible_brand": 0.9}


def b_suitcase(color=None, brand=None, model=None):
    b = brand or pick(["新秀丽", "外交官", "爱华仕", "小米箱包", None])
    c = color or pick(["black", "silver", "grey", "pink", "blue", "white", "green"])
    size = pick([20, 24, 26, 28])
    name = person_name()
    facts = [F("size", ["%d寸" % size, "%d寸的" % size], ["%d寸" % size, "约%d寸" % size])]
    inside = pick([("装的冬天衣服和一双鞋", "内有衣物、鞋"), ("里面有羽绒服、笔记本电脑", "内有衣物、笔记本电脑一台"),
                   ("装了给家里带的腊肠和两瓶酒", "内有香肠、白酒两瓶"), ("全是书和被套", "内有书籍、床上用品"),
                   ("有两袋火锅底料还有衣服", "内有火锅底料、衣物")])
    facts.append(F("inside", [inside[0]], [inside[1]] if chance(0.7) else None))
    if chance(0.5):
        facts.append(F("tag", ["挂了个行李牌写的" + name, "把手上有行李牌（" + name + "）"], ["挂行李牌，姓名" + name]))
    if chance(0.4):
        facts.append(F("stk", ["箱子上贴满了贴纸", "贴了个熊本熊"], ["箱体有贴纸"]))
    if chance(0.35):
        facts.append(F("pw", ["密码锁是%03d" % rng.randint(0, 999)]))
    if chance(0.3):
        facts.append(F("dmg", ["一个轮子坏了", "拉杆有点卡"], ["一轮损坏"]))
    alt = "other" if chance(0.2) else None
    return {"cat": "bag", "alt": alt, "kinds": (["行李箱", "拉杆箱", "箱子"], ["行李箱", "拉杆箱"]), "unit": "个",
            "color": c, "brand": b, "model": None, "serial": None, "facts": facts, "visible_brand": 0.8}


def b_backpack(color=None, brand=None, model=None):
    b = brand or pick(["北面", "小米箱包", "新秀丽", None, None])
    c = color or pick(["black", "grey", "blue", "green", "white", "pink"])
    name = person_name()
    facts = []
    cont = [("联想笔记本电脑", "联想笔记本电脑一台"), ("充电宝", "充电宝一个"), ("高等数学课本", "《高等数学》教材"),
            ("保温杯", "保温杯一个"), ("耳机", "耳机一副"), ("身份证（" + name + "）", name + "身份证一张"),
            ("一件毛衣", "毛衣一件"), ("考研资料", "考研复习资料若干")]
    rng.shuffle(cont)
    for i, (o, f) in enumerate(cont[:rng.randint(2, 4)]):
        facts.append(F("in%d" % i, ["里面有" + o, "装了" + o, o], ["内有" + f, f]))
    if chance(0.4):
        facts.append(F("pin", ["包上挂了个%s" % pick(["樱桃小丸子挂件", "徽章", "小熊玩偶", "学校社团的徽章"])],
                       ["包上有挂件"]))
    return {"cat": "bag", "alt": None, "kinds": (["双肩包", "背包", "书包"], ["双肩背包", "背包"]), "unit": "个",
            "color": c, "brand": b, "model": None, "serial": None, "facts": facts, "visible_brand": 0.75, "person": name}


def b_sack(color=None, brand=None, model=None):
    c = color or pick(["red", "blue", "white"])
    cont = pick([("一床棉被和几件衣服", "内有棉被一床、衣物"), ("腊肉香肠，自己家熏的", "内有腊肉、香肠"),
                 ("工地上的工具，电锤和扳手", "内有电锤、扳手等工具"), ("给娃买的衣服和鞋", "内有儿童衣物、鞋"),
                 ("米和菜籽油", "内有大米、食用油")])
    facts = [F("in", [cont[0], "里面装的" + cont[0]], [cont[1]])]
    if chance(0.5):
        facts.append(F("rope", ["口子用%s绳子扎的" % pick(["红", "白", "黑"])], ["袋口捆扎"]))
    if chance(0.4):
        facts.append(F("name", ["袋子上拿笔写了个" + pick(SURNAMES) + "字"], None))
    return {"cat": "bag", "alt": "other" if chance(0.2) else None,
            "kinds": (["编织袋", "蛇皮袋", "尿素袋子"], ["编织袋", "蛇皮袋"]), "unit": "个",
            "color": c, "brand": None, "model": None, "serial": None, "facts": facts, "visible_brand": 0}


def b_redpacket(color=None, brand=None, model=None):
    a = pick([600, 800, 1000, 1200, 1600, 2000, 2600, 3000, 5000])
    c = color or "red"
    kind = pick([(["红包", "利是封"], ["红包", "红色利是封"], "red"), (["信封", "银行信封"], ["信封"], pick(["white", "yellow"]))])
    if color:
        kind = (kind[0], kind[1], color)
    c = kind[2]
    facts = [F("amt", ["里头" + w for w in amount_words(a)] + ["装了" + w for w in amount_words(a)], cash_finder(a))]
    if "红包" in kind[0]:
        facts.append(F("print", ["上面印的" + pick(["恭喜发财", "福字", "大吉大利"])], ["封面印字"]))
    else:
        facts.append(F("print", ["%s的信封" % pick(["工商银行", "农业银行"])], ["银行信封"]))
    if chance(0.5):
        facts.append(F("den", ["全是一百的", "都是百元的新票子"], ["均为百元面额"]))
    if chance(0.3):
        facts.append(F("for", ["是给我妈过年的", "准备包给侄儿的"]))
    return {"cat": "cash", "alt": "other" if chance(0.2) else None, "kinds": kind[:2], "unit": "个", "color": c, "brand": None, "model": None,
            "serial": None, "facts": facts, "visible_brand": 0}


def b_bracelet(color=None, brand=None, model=None):
    kind = pick([("gold", ["金手镯", "金镯子"], ["黄金手镯", "金色手镯"]), ("green", ["玉镯子", "翡翠手镯"], ["玉石手镯", "绿色手镯"]),
                 ("gold", ["金项链", "金链子"], ["黄金项链", "金色项链"]), ("silver", ["银手链", "银镯子"], ["银色手链"]),
                 ("gold", ["金戒指"], ["金色戒指"]), ("white", ["珍珠项链"], ["珍珠项链"])])
    if color and color != kind[0]:
        cands = [k for k in [("gold", ["金手镯", "金镯子"], ["黄金手镯", "金色手镯"]), ("silver", ["银手链", "银镯子"], ["银色手链"]),
                             ("green", ["玉镯子", "翡翠手镯"], ["玉石手镯"]), ("white", ["珍珠项链"], ["珍珠项链"])] if k[0] == color]
        kind = cands[0] if cands else kind
    b = brand or (pick(["周大福", "老凤祥", None]) if kind[0] in ("gold", "silver") else None)
    facts = []
    if kind[0] == "gold":
        g = pick([5.6, 8.2, 12.5, 20.3, 30.1])
        facts.append(F("g", ["%.1f克左右" % g, "足金的，%s克" % g], ["标足金", "内侧印足金字样"]))
    if chance(0.5):
        eng = pick(["LOVE", "平安", "福", "ZY"])
        facts.append(F("eng", ["里面刻了" + eng, "内圈有刻字" + eng], ["内侧刻有“%s”" % eng]))
    if chance(0.4):
        facts.append(F("pend", [pick(["吊坠是平安扣", "有个小兔子吊坠", "带一颗转运珠"])], ["带吊坠/串珠"]))
    if chance(0.4):
        facts.append(F("box", ["装在红色首饰盒里", "装在一个小布袋里"], ["装于首饰盒/袋"]))
    if chance(0.3):
        facts.append(F("gift", ["是结婚时买的", "我妈给我的，很有纪念意义"]))
    return {"cat": "jewelry", "alt": None, "kinds": (kind[1], kind[2]), "unit": "件", "color": kind[0], "brand": b,
            "model": None, "serial": None, "facts": facts, "visible_brand": 0.6}


def b_watch(color=None, brand=None, model=None):
    t = pick([("苹果", ["Apple Watch", "苹果手表", "iwatch"], ["智能手表（苹果）", "Apple Watch"], "electronics"),
              ("华为", ["华为手表", "华为Watch GT", "华为运动手表"], ["华为智能手表", "智能手表"], "electronics"),
              ("卡西欧", ["卡西欧手表", "卡西欧G-SHOCK"], ["卡西欧手表", "电子表"], "jewelry")])
    if brand in ("苹果", "华为", "卡西欧"):
        t = [x for x in [("苹果", ["Apple Watch", "苹果手表"], ["智能手表（苹果）"], "electronics"),
                         ("华为", ["华为手表", "华为Watch GT"], ["华为智能手表"], "electronics"),
                         ("卡西欧", ["卡西欧手表"], ["卡西欧手表"], "jewelry")] if x[0] == brand][0]
    c = color or pick(["black", "silver", "pink", "white", "green"])
    facts = [F("band", ["表带是%s的" % pick(COLORS[c]), "%s表带" % pick(COLORS[c])], ["%s表带" % COLORS[c][0]])]
    if chance(0.4):
        facts.append(F("scr", ["表盘有划痕", "屏幕有道划痕"], ["表面有划痕"]))
    if chance(0.4):
        facts.append(F("dial", ["表盘设的" + pick(["米奇", "全家福", "数字大字体"])], None))
    alt = "jewelry" if t[3] == "electronics" else "electronics"
    return {"cat": t[3], "alt": alt if chance(0.5) else None, "kinds": (t[1], t[2]), "unit": "块", "color": c,
            "brand": t[0], "model": None, "serial": None, "facts": facts, "visible_brand": 0.8}


def b_powerbank(color=None, brand=None, model=None):
    b = brand or pick(["安克", "罗马仕", "倍思", "小米"])
    c = color or pick(["white", "black", "blue", "pink", "grey"])
    cap = pick([10000, 20000, 5000])
    facts = [F("cap", ["%d毫安" % cap, "%dmAh" % cap, "%s毫安的" % ("一万" if cap == 10000 else "两万" if cap == 20000 else "五千")],
               ["容量%dmAh" % cap, "%dmAh" % cap])]
    if chance(0.5):
        facts.append(F("cable", ["自带线", "插着一根%s数据线" % pick(["白色", "黑色"])], ["带数据线"]))
    if chance(0.4):
        facts.append(F("stk", ["背面贴了%s贴纸" % pick(["名字", "小猪佩奇", "学号"]), "上面有我写的名字"], ["表面有贴纸/字迹"]))
    return {"cat": "electronics", "alt": "other" if chance(0.35) else None, "kinds": (["充电宝", "移动电源"], ["充电宝", "移动电源"]),
            "unit": "个", "color": c, "brand": b, "model": None, "serial": None, "facts": facts, "visible_brand": 0.85}


def b_earbuds(color=None, brand=None, model=None):
    t = pick([("苹果", ["AirPods Pro", "airpods pro2", "AirPods"]), ("华为", ["FreeBuds Pro", "FreeBuds 5i"]),
              ("小米", ["Redmi Buds", "小米耳机"])])
    if brand in ("苹果", "华为", "小米"):
        t = [x for x in [("苹果", ["AirPods Pro", "AirPods"]), ("华为", ["FreeBuds Pro"]), ("小米", ["Redmi Buds"])] if x[0] == brand][0]
    c = color or ("white" if t[0] == "苹果" else pick(["white", "black", "blue"]))
    facts = []
    if chance(0.6):
        cv = pick(["小熊保护套", "透明保护套", "挂了个小挂件的保护套", "蓝色硅胶套"])
        facts.append(F("cover", ["耳机盒套了" + cv, "外面有" + cv], ["耳机仓带" + cv]))
    if chance(0.4):
        facts.append(F("eng", ["充电盒上刻了字" + pick(["Lily", "加油", "ZXY"])], ["充电盒有刻字"]))
    if chance(0.3):
        facts.append(F("one", ["只有充电盒和一只耳机，另一只早就丢了"], ["仅一只耳机"]))
    sn = "%s%s" % (pick(["H", "G", "F"]), "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11)))
    return {"cat": "electronics", "alt": None, "kinds": (["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "无线耳机"]), "unit": "副",
            "color": c, "brand": t[0], "model": t[1], "serial": ("sn", sn, 0.15, 0.2), "facts": facts, "visible_brand": 0.7}


def b_laptop(color=None, brand=None, model=None):
    t = pick([("联想", ["ThinkPad X1", "thinkpad"], ["black"]), ("联想", ["小新Pro 14", "小新"], ["grey", "silver"]),
              ("苹果", ["MacBook Air", "mac air", "MacBook"], ["silver", "grey", "gold"]),
              ("华为", ["MateBook 14", "matebook"], ["grey", "silver"])])
    if brand:
        ts = [x for x in [("联想", ["小新Pro 14", "小新"], ["grey", "silver"]), ("苹果", ["MacBook Air", "MacBook"], ["silver", "grey"]),
                          ("华为", ["MateBook 14", "matebook"], ["grey", "silver"])] if x[0] == brand]
        t = ts[0] if ts else t
    c = color or pick(t[2])
    sn = "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    facts = []
    if chance(0.6):
        facts.append(F("stk", ["贴了" + pick(["很多动漫贴纸", "一个NASA贴纸", "学校的贴纸"]), "盖子上有贴纸"], ["外壳有贴纸"]))
    if chance(0.5):
        facts.append(F("sleeve", ["装在%s电脑内胆包里" % pick(["灰色", "黑色", "粉色"])], ["装于电脑内胆包"]))
    if chance(0.3):
        facts.append(F("pw", ["开机密码我知道", "里面有我的毕业论文"]))
    return {"cat": "electronics", "alt": None, "kinds": (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑", "手提电脑"]), "unit": "台",
            "color": c, "brand": t[0], "model": t[1], "serial": ("sn", sn, 0.3, 0.6), "facts": facts, "visible_brand": 0.95}


def b_switch(color=None, brand=None, model=None):
    c = color or pick(["red", "black", "white"])
    facts = [F("joy", ["手柄是红蓝的" if c == "red" else "手柄是%s的" % COLORS[c][0]], ["%s手柄" % ("红蓝" if c == "red" else COLORS[c][0])])]
    if chance(0.6):
        facts.append(F("case", ["装在收纳包里", "有个黑色收纳包"], ["带收纳包"]))
    if chance(0.5):
        facts.append(F("cart", ["里面插的塞尔达卡带", "插着马里奥卡带"], ["插有游戏卡带"]))
    return {"cat": "electronics", "alt": None, "kinds": (["Switch游戏机", "switch", "游戏机"], ["游戏机", "任天堂游戏机"]), "unit": "台",
            "color": c, "brand": "任天堂", "model": ["Switch", "NS", "switch OLED"], "serial": None, "facts": facts, "visible_brand": 0.9}


def b_cup(color=None, brand=None, model=None):
    b = brand or pick(["膳魔师", "象印", None])
    c = color or pick(["white", "black", "pink", "blue", "green", "silver"])
    facts = []
    if chance(0.6):
        facts.append(F("stk", ["杯子上贴了%s" % pick(["我的名字", "小恐龙贴纸", "学号"]), "杯身有贴纸"], ["杯身有贴纸"]))
    if chance(0.4):
        facts.append(F("dent", ["底下磕了个坑", "杯底有凹痕"], ["杯底有凹陷"]))
    if chance(0.4):
        facts.append(F("in", ["里面泡的枸杞", "里头还有半杯茶"], None if chance(0.5) else ["杯内有茶水"]))
    return {"cat": "other", "alt": None, "kinds": (["保温杯", "水杯", "杯子"], ["保温杯", "水杯"]), "unit": "个",
            "color": c, "brand": b, "model": None, "serial": None, "facts": facts, "visible_brand": 0.7}


def b_coat(color=None, brand=None, model=None):
    b = brand or pick(["波司登", None, None])
    c = color or pick(["black", "white", "green", "red", "blue", "brown"])
    size = pick(["L", "XL", "M", "175/92A", "180"])
    facts = [F("size", ["%s码" % size, "尺码%s" % size], ["尺码%s" % size])]
    if chance(0.5):
        facts.append(F("hood", ["带毛领帽子", "帽子上有一圈毛"], ["带毛领帽"]))
    if chance(0.6):
        pk = pick([("兜里有一包纸巾和口罩", "口袋内有纸巾、口罩"), ("口袋里有两百块钱", "口袋内有现金200元"),
                   ("兜里有车钥匙", "口袋内有钥匙一把")])
        facts.append(F("pocket", [pk[0]], [pk[1]]))
    return {"cat": "other", "alt": None, "kinds": (["羽绒服", "棉袄", "外套"], ["羽绒服", "棉服"]), "unit": "件",
            "color": c, "brand": b, "model": None, "serial": None, "facts": facts, "visible_brand": 0.7}


def b_umbrella(color=None, brand=None, model=None):
    b = brand or pick(["天堂伞", None])
    c = color or pick(["black", "blue", "pink", "purple", "green"])
    facts = []
    if chance(0.6):
        facts.append(F("pat", ["有%s图案" % pick(["小碎花", "格子", "猫咪", "星星"])], ["伞面有图案"]))
    if chance(0.4):
        facts.append(F("fold", ["三折的", "折叠伞"], ["折叠伞"]))
    if chance(0.3):
        facts.append(F("brk", ["有根伞骨断了"], ["一伞骨损坏"]))
    return {"cat": "other", "alt": None, "kinds": (["雨伞", "伞", "太阳伞"], ["雨伞", "伞"]), "unit": "把",
            "color": c, "brand": b, "model": None, "serial": None, "facts": facts, "visible_brand": 0.5}


def b_glasses(color=None, brand=None, model=None):
    c = color or pick(["black", "gold", "silver", "brown"])
    facts = [F("deg", [pick(["近视五百度", "近视三百五", "是近视镜"])], None)]
    if chance(0.6):
        facts.append(F("case", ["装在%s眼镜盒里" % pick(["蓝色", "黑色", "宝岛眼镜的"])], ["带眼镜盒"]))
    if chance(0.4):
        facts.append(F("frame", ["半框的", "圆框"], ["半框/圆框"]))
    return {"cat": "other", "alt": None, "kinds": (["眼镜", "近视眼镜"], ["眼镜", "眼镜一副"]), "unit": "副",
            "color": c, "brand": None, "model": None, "serial": None, "facts": facts, "visible_brand": 0}


def b_book(color=None, brand=None, model=None):
    name = person_name()
    c = color or pick(["blue", "white", "green", "red"])
    title = pick(["高等数学同济第七版", "考研英语真题", "线性代数", "大学物理", "考研政治肖秀荣"])
    facts = [F("title", [title, "《%s》" % title], ["《%s》" % title]),
             F("name", ["扉页写了名字" + name, "第一页写的" + name], ["扉页署名" + name])]
    if chance(0.5):
        facts.append(F("notes", ["里面记满了笔记", "夹了几张草稿纸"], ["书内有笔记"]))
    return {"cat": "other", "alt": None, "kinds": (["书", "教材", "课本"], ["书籍", "教材"]), "unit": "本",
            "color": c, "brand": None, "model": None, "serial": None, "facts": facts, "visible_brand": 0, "person": name}


def b_toy(color=None, brand=None, model=None):
    c = color or pick(["brown", "pink", "white", "yellow"])
    t = pick(["小熊", "兔子", "恐龙", "玲娜贝儿", "熊猫"])
    facts = [F("t", ["是个" + t, t + "玩偶"], [t + "造型"])]
    if chance(0.5):
        facts.append(F("wear", ["耳朵有点脱线", "洗得有点旧了"], ["有磨损"]))
    if chance(0.4):
        facts.append(F("kid", ["我家娃抱着睡觉的，哭了一路"]))
    return {"cat": "other", "alt": None, "kinds": (["毛绒玩具", "玩偶", "娃娃"], ["毛绒玩具", "玩偶"]), "unit": "个",
            "color": c, "brand": None, "model": None, "serial": None, "facts": facts, "visible_brand": 0}


BUILDERS = {
    "phone": [(b_phone, 1)],
    "id_doc": [(b_idcard, 3), (b_student, 2), (b_license, 1)],
    "wallet": [(b_wallet, 1)],
    "keys": [(b_keys, 1)],
    "ebike": [(b_ebike, 1)],
    "bicycle": [(b_bicycle, 1)],
    "bag": [(b_suitcase, 3), (b_backpack, 3), (b_sack, 1)],
    "cash": [(b_redpacket, 1)],
    "jewelry": [(b_bracelet, 3), (b_watch, 1)],
    "electronics": [(b_powerbank, 3), (b_earbuds, 3), (b_laptop, 2), (b_switch, 1), (b_watch, 1)],
    "other": [(b_cup, 2), (b_coat, 2), (b_umbrella, 1), (b_glasses, 1), (b_book, 1), (b_toy, 1)],
}
CAT_WEIGHTS = [("phone", 32), ("id_doc", 20), ("wallet", 18), ("keys", 9), ("ebike", 6), ("bicycle", 4), ("bag", 24),
               ("cash", 6), ("jewelry", 7), ("electronics", 22), ("other", 17)]


def weighted(pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def draw_object(cat=None, builder=None, **kw):
    cat = cat or weighted(CAT_WEIGHTS)
    b = builder or weighted(BUILDERS[cat])
    o = b(**kw)
    o["builder"] = b
    return o


# ---------------------------------------------------------------- where lost (by category)
def loss_place(cat):
    if cat in ("ebike", "bicycle"):
        return pick(["plaza", "ride", "lg_dorm", "lg_gate", "sf_gate", "street", "village", "site", "bus", "mall"])
    if cat == "bag":
        return pick(["hall", "hall", "gate", "exit", "taxi", "ride", "metro", "coach", "bus", "plaza", "hotel", "lg_dorm", "express", "site"])
    if chance(0.05):
        return pick(FAR_IDS)
    return pick(NEAR_IDS + ["hall", "hall", "taxi", "ride", "metro", "lg_lib", "lg_can", "street"])


SITUATIONS = {
    "station": ["春运排队进站的时候", "等车的时候", "下了高铁", "赶车太急", "过安检的时候", "放寒假回家那天",
                "返校那天在站里", "送人坐车的时候"],
    "car": ["坐出租车到西站", "打网约车去高铁站", "从学校打车过来", "下车的时候太急了", "拼车去车站"],
    "campus": ["放寒假收拾东西", "上完晚自习", "期末考完", "返校那天", "去拿快递", "晚上打完球"],
    "street": ["吃串串的时候", "逛街的时候", "下班路上", "买年货的时候", "晚上出来耍"],
    "far": ["去外地办事", "转车的时候", "回老家路上"],
}


VEHICLE_SITUATIONS = ["去赶高铁回来", "放寒假前停的，开学回来", "买完东西出来", "上了一天班出来", "停了一晚上，早上起来"]


# ---------------------------------------------------------------- rendering
def phr_colorbrand(o, use_color, use_brand):
    s = ""
    if use_color and o["color"] and not o.get("color_aside"):
        s += color_word(o["color"])
        if not s.endswith("的") and chance(0.3):
            s += "的"
    if use_brand and o["brand"]:
        s += brand_word(o["brand"], o["cat"])
    return s


def glue(a, b):
    """Join words; a space between two Latin words, as people type them."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b


def model_word(o):
    m = o["model"]
    return pick(m) if m else ""


def serial_text(o, who):
    t, v = o["serial"][0], o["serial"][1]
    if t == "id":
        return fmt_id(v, who)
    if t == "imei":
        return fmt_imei(v, who)
    if t == "card":
        return fmt_card(v, who)
    if t == "stuno":
        return v if chance(0.6) or who == "finder" else "学号" + v
    if t == "frame":
        if who == "owner" and chance(0.4):
            return "车架号后几位" + v[-5:]
        return v if chance(0.6) else "车架号" + v
    if t == "sn":
        return v if chance(0.7) else "SN:" + v
    return v


SERIAL_LABEL = {"id": ["身份证号", "证件号"], "imei": ["IMEI", "串号"], "card": ["卡号"], "stuno": ["学号"],
                "frame": ["车架号"], "sn": ["序列号", "SN"]}


def labelled(ser, label):
    """A serial in running text, with its label unless the person already wrote one."""
    for p in ("尾号", "IMEI", "串号", "学号", "车架号", "SN", "证件号", "卡号", "序列号"):
        if ser.startswith(p):
            return ser
    return label + ser


def maybe_coords(pid, jitter):
    p = PLACE[pid]
    return round(p[3] + rng.uniform(-jitter, jitter), 6), round(p[4] + rng.uniform(-jitter, jitter), 6)


def strip_punct(s):
    for ch in "，。；：、（）“”！？":
        s = s.replace(ch, " ")
    return " ".join(s.split())


OWNER_VOICES = [("form", 22), ("chatty", 25), ("voice", 14), ("dongbei", 10), ("chuanyu", 15), ("parent", 7), ("migrant", 7)]


def render_owner(o, pid, win, extra_pid=None):
    voice = weighted(OWNER_VOICES)
    cat = o["cat"]
    if o.get("alt") and chance(0.5):
        cat = o["alt"]
    facts = [f for f in o["facts"] if chance(0.72)]
    if not facts and o["facts"]:
        facts = [o["facts"][0]]
    use_color = o["color"] is not None and chance(0.9)
    use_brand = o["brand"] is not None and chance(0.8)
    use_model = o["model"] is not None and use_brand and chance(0.6)
    use_serial = o["serial"] is not None and chance(o["serial"][2])
    mode = "form" if voice == "form" else pick(["body", "body", "mix"])
    rec = {"category": cat}
    kind = pick(o["kinds"][0])
    place = pick(PLACE[pid][1])
    if extra_pid and extra_pid != pid:
        place = "%s或者%s" % (place, pick(PLACE[extra_pid][1]))
    mdl = model_word(o) if use_model else ""
    fact_txt = [pick(f["o"]) for f in facts]
    ser = serial_text(o, "owner") if use_serial else ""
    ser_lbl = pick(SERIAL_LABEL[o["serial"][0]]) if use_serial else ""
    sit = pick(VEHICLE_SITUATIONS if o["cat"] in ("ebike", "bicycle") else SITUATIONS[PLACE[pid][5]])
    in_fields = set()
    if mode in ("form", "mix"):
        if use_color and chance(0.85):
            rec["color"] = color_word(o["color"])
            in_fields.add("color")
        if use_brand and chance(0.85):
            rec["brand"] = brand_word(o["brand"], o["cat"])
            in_fields.add("brand")
        if use_model and chance(0.9):
            rec["model"] = mdl
            in_fields.add("model")
        if use_serial and chance(0.9):
            rec["serial"] = ser
            in_fields.add("serial")
        if fact_txt and chance(0.6):
            rec["marks"] = "；".join(fact_txt)
            in_fields.add("marks")
        if chance(0.7):
            rec["address"] = PLACE[pid][2] if chance(0.4) else place
    mix = mode == "mix"
    if o.get("color_aside") and "color" not in in_fields:
        use_color = False
    whole = glue(glue(phr_colorbrand(o, use_color and ("color" not in in_fields or mix), use_brand and ("brand" not in in_fields or mix)),
                      mdl if use_model and ("model" not in in_fields or mix) else ""), kind)
    ftxt = "，".join(fact_txt) if ("marks" not in in_fields or mode == "mix") else ""
    stxt = ("，" + labelled(ser, ser_lbl)) \
        if (use_serial and ("serial" not in in_fields or mode == "mix")) else ""
    if voice == "form":
        body = "在%s丢失%s一%s%s。%s" % (place, whole, o["unit"], stxt, (ftxt + "。") if ftxt else "")
        body += pick(["", "望拾到者联系。", "请帮忙查找。", ""])
    elif voice == "chatty":
        who = pick(["我是川西理工的学生", "我是蜀南师院大二的", "我是来青崖打工的", "我是外地来探亲的", "", ""])
        body = "%s%s，%s在%s把%s弄丢了%s。%s%s" % (pick(["您好", "警官你好", "你好", "麻烦一下"]), ("，" + who) if who else "",
                                           sit, place, whole, stxt, (ftxt + "。") if ftxt else "",
                                           pick(["麻烦有消息联系我，谢谢！", "急用，谢谢你们了。", "电话139****%04d。" % rng.randint(0, 9999),
                                                 "明天就要坐车回家了，很着急。"]))
    elif voice == "voice":
        body = "喂 %s 就是%s 我在%s那里 %s 丢了 %s %s %s" % (pick(["你好", "那个", "嗯"]), sit, place,
                                                     pick(["那个", "就是", "嗯"]), whole, stxt, ftxt)
        body = strip_punct(body + pick([" 你们帮我看一下嘛", " 谢谢", " 有人捡到的话打我电话"]))
    elif voice == "dongbei":
        body = "%s俺%s搁%s把%s整丢了%s，%s。%s" % (pick(["哎呀妈呀，", "同志你好，", "大兄弟，"]), sit, place, whole, stxt,
                                          ftxt or "贼着急", pick(["谁捡着了给俺打个电话呗。", "这可咋整啊。", "麻烦给瞅瞅。"]))
    elif voice == "chuanyu":
        body = "%s我%s在%s把%s搞落了%s，%s。%s" % (pick(["警察同志，", "你好哈，", "麻烦问一哈，"]), sit, place, whole, stxt,
                                         ftxt or "找了好久都莫得", pick(["哪个捡到了麻烦联系下我嘛。", "急得很，谢谢了哈。",
                                                                       "晓得在哪儿的话跟我说一声嘛。"]))
    elif voice == "parent":
        child = pick(["我儿子", "我女儿", "我家娃儿"])
        body = "帮%s登记一下，%s%s在%s丢了%s%s。%s" % (child, child.replace("我家", ""), sit, place, whole, stxt,
                                             (ftxt + "。") if ftxt else "")
    else:
        body = "我在%s干活，%s在%s丢了%s%s，%s。%s" % (pick(["站北工地", "犀角村", "物流园"]), sit, place, whole, stxt,
                                             ftxt or "别的记不清了", pick(["麻烦了。", "那是过年要用的。", "帮忙找找。"]))
    if o["cat"] in ("ebike", "bicycle"):
        # a vehicle is not dropped: it is parked and then gone
        tail = ("，" + ftxt) if ftxt else ""
        if voice == "form":
            body = "%s停放的%s丢失%s%s。" % (place, whole, stxt, tail)
        elif voice == "voice":
            body = strip_punct("喂 你好 我的%s停在%s %s 车就不见了 %s %s" % (whole, place, sit, stxt, tail))
        elif voice == "dongbei":
            body = "同志你好，俺把%s搁%s停着，%s车就没了%s%s。这可咋整啊。" % (whole, place, sit, stxt, tail)
        elif voice == "chuanyu":
            body = "你好哈，我的%s停在%s，%s就找不到了%s%s。麻烦帮我看一哈嘛。" % (whole, place, sit, stxt, tail)
        else:
            body = "您好，我的%s停在%s，%s车就不见了%s%s。" % (whole, place, sit, stxt, tail)
    rec["body"] = body[:600]
    if chance(0.3):
        rec["lat"], rec["lon"] = maybe_coords(pid, 0.003)
    lost_from, lost_to = win
    rec["lost_from_min"] = lost_from
    rec["lost_to_min"] = lost_to
    said = {f["id"] for f in facts}
    return rec, {"color": use_color, "brand": use_brand, "serial": use_serial, "facts": said, "model": use_model}


FINDER_VOICES = {
    "station": [("station", 5), ("cleaner", 2), ("citizen", 2), ("officer", 2)],
    "car": [("taxi", 5), ("ride", 4), ("officer", 1)],
    "campus": [("campus", 5), ("citizen", 2), ("officer", 1)],
    "street": [("citizen", 4), ("officer", 3), ("patrol", 2), ("cleaner", 1)],
    "far": [("citizen", 2), ("officer", 2)],
}


ALWAYS_RECORDED = ("amt", "cash", "name", "plate")


def hand_in_place(cat, pid):
    """Where a thing lost at pid is registered as found: vehicles stay where they were left."""
    if cat in ("ebike", "bicycle"):
        return pid
    return pick(ADJ[pid])


def render_finder(o, pid, found_at, force=()):
    ptype = PLACE[pid][5]
    voice = weighted(FINDER_VOICES[ptype])
    if o["cat"] in ("ebike", "bicycle"):
        voice = "patrol" if chance(0.7) else "officer"   # nobody hands in an e-bike from a taxi
    cat = o["cat"]
    if o.get("alt") and chance(0.35):
        cat = o["alt"]
    vis = [f for f in o["facts"] if f["f"]]
    # a desk always counts cash and copies a printed name or a plate
    facts = [f for f in vis if chance(0.7) or f["id"] in force or f["id"] in ALWAYS_RECORDED]
    use_color = o["color"] is not None and (chance(0.93) or "color" in force)
    use_brand = o["brand"] is not None and (chance(o["visible_brand"]) or "brand" in force)
    use_model = o["model"] is not None and use_brand and chance(0.5)
    use_serial = o["serial"] is not None and (chance(o["serial"][3]) or "serial" in force)
    rec = {"category": cat}
    kind = pick(o["kinds"][1])
    place = pick(PLACE[pid][1])
    mdl = model_word(o) if use_model else ""
    fact_txt = [pick(f["f"]) for f in facts]
    ser = serial_text(o, "finder") if use_serial else ""
    ledger = voice in ("station", "officer", "campus", "patrol")
    in_fields = set()
    if ledger and chance(0.75):
        if use_color:
            rec["color"] = color_word(o["color"])
            in_fields.add("color")
        if use_brand:
            rec["brand"] = brand_word(o["brand"], o["cat"])
            in_fields.add("brand")
        if use_model:
            rec["model"] = mdl
            in_fields.add("model")
        if use_serial:
            rec["serial"] = ser
            in_fields.add("serial")
        if fact_txt and chance(0.7):
            rec["marks"] = "，".join(fact_txt)
            in_fields.add("marks")
        if chance(0.8):
            rec["address"] = PLACE[pid][2] if chance(0.5) else place
    if o.get("color_aside") and "color" not in in_fields:
        use_color = False
    if in_fields and chance(0.6):
        whole = glue(glue(phr_colorbrand(o, use_color and "color" not in in_fields, use_brand and "brand" not in in_fields),
                          "" if "model" in in_fields else mdl), kind)
    else:
        whole = glue(glue(phr_colorbrand(o, use_color, use_brand), mdl), kind)
    ftxt = "，".join(fact_txt) if "marks" not in in_fields else ""
    stxt = ""
    if use_serial and "serial" not in in_fields:
        stxt = "，" + labelled(ser, pick(SERIAL_LABEL[o["serial"][0]]))
    n = rng.randint(100, 999)
    if voice == "station":
        body = "青崖西站客运值班室移交（XZ-%03d）：%s拾得%s一%s%s%s。广播寻找失主未果，移交派出所。" % (
            n, place, whole, o["unit"], stxt, ("，" + ftxt) if ftxt else "")
    elif voice == "cleaner":
        body = "保洁员%s在%s打扫时捡到%s%s%s，交到服务台。" % (pick(SURNAMES) + pick(["阿姨", "师傅"]), place, whole, stxt,
                                                   ("，" + ftxt) if ftxt else "")
    elif voice == "citizen":
        body = "市民%s在%s捡到%s一%s送来%s%s。" % (person_name()[:1] + pick(["先生", "女士", "同学"]), place, whole, o["unit"],
                                         stxt, ("，" + ftxt) if ftxt else "")
    elif voice == "officer":
        body = "拾得%s1%s%s%s。拾得地点：%s。" % (whole, o["unit"], stxt, ("，" + ftxt) if ftxt else "", place)
    elif voice == "taxi":
        body = "出租车司机（车号青崖T%04d）交来，称在%s附近送客后发现乘客遗落在后排：%s%s%s。" % (
            rng.randint(0, 9999), place, whole, stxt, ("，" + ftxt) if ftxt else "")
    elif voice == "ride":
        body = "网约车司机%s送来，说是%s下车的乘客落在车上的%s%s%s，联系不上乘客。" % (
            pick(SURNAMES) + "师傅", place, whole, stxt, ("，" + ftxt) if ftxt else "")
    elif voice == "campus":
        body = "%s保卫处移交：%s拾得%s一%s%s%s，校内招领一周无人认领。" % (
            "川西理工大学" if pid.startswith("lg") or pid == "express" else "蜀南师范学院", place, whole, o["unit"], stxt,
            ("，" + ftxt) if ftxt else "")
    else:
        body = "巡逻至%s发现%s无人看管%s%s，已带回所里。" % (place, whole, stxt, ("，" + ftxt) if ftxt else "")
    rec["body"] = body[:600]
    if voice in ("patrol", "officer", "station") and chance(0.5):
        rec["lat"], rec["lon"] = maybe_coords(pid, 0.0004)
    rec["found_at_min"] = found_at
    said = {f["id"] for f in facts}
    return rec, {"color": use_color, "brand": use_brand, "serial": use_serial, "facts": said, "model": use_model}


def shared(os_, fs):
    n = len(os_["facts"] & fs["facts"])
    n += 1 if os_["brand"] and fs["brand"] else 0
    n += 2 if os_["serial"] and fs["serial"] else 0
    n += 1 if os_["color"] and fs["color"] else 0
    return n


def recognisable(os_, fs):
    """A true pair shares at least two concrete facts, one of them more than colour and maker."""
    strong = bool(os_["facts"] & fs["facts"]) or (os_["serial"] and fs["serial"]) or (os_["model"] and fs["model"])
    return shared(os_, fs) >= 2 and bool(strong)


# ---------------------------------------------------------------- time
def day_min():
    """A time in minutes before now; heavier in the travel-rush weeks (days 20-60 ago)."""
    if chance(0.6):
        d = rng.uniform(20, 60)
    else:
        d = rng.uniform(1, SPAN_DAYS - 8)
    return int(d * MIN_PER_DAY)


def window(t_to):
    w = pick([15, 30, 45, 60, 90, 120, 180, 240, 360, 600, 1440, 2880, 4320])
    return t_to + w, t_to


# ---------------------------------------------------------------- build
def main():
    found = []
    lost = []
    truth_objs = []
    # true pairs
    for _ in range(N_TRUE):
        o = draw_object()
        while not (any(f["f"] for f in o["facts"]) or o["serial"]):
            o = draw_object()   # nothing a finder could see that the owner could name
        pid = loss_place(o["cat"])
        t_to = day_min()
        lf, lt = window(t_to)
        extra = pick(NEAR_IDS) if chance(0.08) else None
        orec, os_ = render_owner(o, pid, (lf, lt), extra)
        # found during the window or after it (up to a few days, longer for vehicles)
        if chance(0.3):
            fa = rng.randint(lt, lf)
        else:
            lag = rng.randint(10, 600) if chance(0.6) else rng.randint(600, 9 * MIN_PER_DAY)
            fa = max(0, lt - lag)
        fpid = hand_in_place(o["cat"], pid)
        frec, fs = render_finder(o, fpid, fa)
        tries = 0
        while not recognisable(os_, fs) and tries < 40:
            force = set()
            if os_["facts"]:
                force |= {f for f in os_["facts"] if any(x["id"] == f and x["f"] for x in o["facts"])}
            if os_["color"]:
                force.add("color")
            if os_["brand"]:
                force.add("brand")
            if os_["serial"]:
                force.add("serial")
            frec, fs = render_finder(o, fpid, fa, force)
            if not recognisable(os_, fs):
                orec, os_ = render_owner(o, pid, (lf, lt), extra)
            tries += 1
        assert recognisable(os_, fs), o
        fkey = "T%d" % len(found)
        frec["_id"] = fkey
        found.append(frec)
        orec["_truth"] = fkey
        lost.append(orec)
        truth_objs.append((o, pid, lf, lt, fa, "true"))
    # never-found reports
    null_objs = []
    for _ in range(N_NULL):
        o = draw_object()
        pid = loss_place(o["cat"])
        t_to = day_min()
        lf, lt = window(t_to)
        orec, _ = render_owner(o, pid, (lf, lt))
        orec["_truth"] = None
        lost.append(orec)
        null_objs.append((o, pid, lf, lt, None, "null"))

    def add_neg(o, pid, fa, label):
        frec, _ = render_finder(o, pid, max(0, fa))
        frec["negative"] = label
        frec["_id"] = "N%d" % len(found)
        found.append(frec)

    def decoy_of(base):
        """Same category (and colour when it has one), another object."""
        src = base[0]
        for _ in range(30):
            d = draw_object(src["cat"], color=src["color"])
            if d["color"] != src["color"] or d["cat"] != src["cat"]:
                continue
            if d["brand"] == src["brand"] and d["builder"] == src["builder"] and d["brand"] is not None:
                continue
            if d["builder"] == src["builder"] and d["brand"] == src["brand"]:
                # same kind, no brand: must differ in a visible fact
                vs = {pick(f["f"]) for f in src["facts"] if f["f"]}
                vd = {pick(f["f"]) for f in d["facts"] if f["f"]}
                if not vd or vd <= vs:
                    continue
            return d
        return draw_object(src["cat"])

    for base in null_objs[:N_DECOY_NEAR_NULL]:
        o, pid, lf, lt = base[:4]
        add_neg(decoy_of(base), hand_in_place(o["cat"], pid), rng.randint(lt, lf) if chance(0.4) else lt - rng.randint(30, 3 * MIN_PER_DAY), "decoy")
    near_true = list(truth_objs)
    rng.shuffle(near_true)
    for base in near_true[:N_DECOY_NEAR_TRUE]:
        o, pid, lf, lt = base[:4]
        add_neg(decoy_of(base), hand_in_place(o["cat"], pid), lt - rng.randint(0, 2 * MIN_PER_DAY), "decoy")
    pool = near_true[N_DECOY_NEAR_TRUE:] + null_objs[N_DECOY_NEAR_NULL:]
    rng.shuffle(pool)
    k = 0
    for _ in range(N_BEFORE_LOSS):
        o, pid, lf, lt = pool[k][:4]
        k += 1
        d = draw_object(o["cat"], o["builder"], color=o["color"]) if chance(0.6) else decoy_of(pool[k - 1])
        add_neg(d, hand_in_place(o["cat"], pid), min(SPAN_DAYS * MIN_PER_DAY, lf + rng.randint(60, 20 * MIN_PER_DAY)), "before_loss")
    for _ in range(N_TWIN):
        base = pool[k]
        k += 1
        o, pid, lf, lt = base[:4]
        kw = {"color": o["color"], "brand": o["brand"]}
        if o["builder"] in (b_phone,):
            kw["model"] = o["model"]
        tw = draw_object(o["cat"], o["builder"], **kw)
        tw["brand"] = o["brand"]
        tw["model"] = o["model"]
        tw["color"] = o["color"]
        add_neg(tw, hand_in_place(o["cat"], pid), lt - rng.randint(-min(lf - lt, 600) if lf > lt else 0, 3 * MIN_PER_DAY), "twin")
    branded = [b for b in truth_objs + null_objs if b[0]["brand"]]
    rng.shuffle(branded)
    for base in branded[:N_BRAND_ELSEWHERE]:
        o, pid, lf, lt = base[:4]
        d = draw_object(o["cat"], o["builder"], brand=o["brand"])
        d["brand"] = o["brand"]
        fpid = pick(FAR_IDS + [p for p in NEAR_IDS if PLACE[p][5] != PLACE[pid][5]])
        shift = rng.randint(12, 40) * MIN_PER_DAY * pick([1, -1])
        fa = lt + shift
        if fa < 0 or fa > SPAN_DAYS * MIN_PER_DAY:
            fa = lt - shift
        add_neg(d, fpid, fa, "brand_elsewhere")
    for _ in range(N_UNCLAIMED):
        d = draw_object()
        add_neg(d, loss_place(d["cat"]), day_min(), "unclaimed")

    # keys: shuffle, then name
    rng.shuffle(found)
    rng.shuffle(lost)
    idmap = {}
    out_found = []
    order_f = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address",
               "lat", "lon", "negative"]
    for i, fr in enumerate(found):
        key = "N-F%04d" % (i + 1)
        idmap[fr["_id"]] = key
        fr["key"] = key
        out_found.append({k: fr[k] for k in order_f if k in fr})
    order_l = ["key", "category", "body", "lost_from_min", "lost_to_min", "truth", "color", "brand", "model", "serial",
               "marks", "address", "lat", "lon"]
    out_lost = []
    for i, lr in enumerate(lost):
        lr["key"] = "N-L%04d" % (i + 1)
        lr["truth"] = idmap[lr["_truth"]] if lr["_truth"] else None
        out_lost.append({k: lr[k] for k in order_l if k in lr})
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set14.py",
           "parts": {"set14": {"found": out_found, "lost": out_lost}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost (%d with truth)" % (path, len(out_found), len(out_lost),
                                                          sum(1 for x in out_lost if x["truth"])))


if __name__ == "__main__":
    main()
