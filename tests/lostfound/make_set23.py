#!/usr/bin/env python3
"""Blind labelled set 23 for the lost-and-found matcher: 海澜市, a southern port city in typhoon season.

Each object is drawn first as a hidden truth record; the owner's report and the finder's
registration are then written separately from it. Standard library only, one seeded Random.
"""
import json
import os
import random

SEED = 20261223
PFX = "X2"
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set23.json")


def ch(xs):
    return xs[R.randrange(len(xs))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- identifiers
def id18(region=None, year=None):
    region = region or ch(["440881", "440882", "440883", "440802", "440811", "450502", "440825", "460106"])
    year = year or R.randint(1942, 2008)
    d = "%s%04d%02d%02d%03d" % (region, year, R.randint(1, 12), R.randint(1, 28), R.randint(0, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(d, w))
    return d + "10X98765432"[s % 11]


def imei():
    d = ch(["86", "35"]) + "".join(str(R.randrange(10)) for _ in range(12))
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return d + str((10 - tot % 10) % 10)


def mask_id(x):
    k = ch([4, 6])
    t = ch([3, 4])
    return x[:k] + "*" * (18 - k - t) + x[-t:]


def imei_owner(x):
    f = R.randrange(5)
    if f == 0:
        return "IMEI " + x
    if f == 1:
        return "IMEI:%s %s %s %s" % (x[:2], x[2:8], x[8:14], x[14])
    if f == 2:
        return "串号尾号" + x[-5:]
    if f == 3:
        return "IMEI后六位" + x[-6:]
    return "串号" + x[:4] + "*******" + x[-4:]


SUR = list("陈林黄梁吴李冯蔡何郑张周莫庞邓谭麦苏罗叶杨钟曾韦覃卢彭庄洪邝")
GIV = ["海生", "秀英", "阿强", "金娣", "伟明", "丽珍", "少华", "桂芳", "志坚", "春梅", "国雄", "美玲", "家豪",
       "晓彤", "炳坤", "月娥", "文海", "燕萍", "锦荣", "小凤", "德胜", "嘉怡", "俊杰", "淑贞", "建波", "雨涵",
       "耀祖", "带娣", "浩然", "若曦", "启航", "碧霞", "永康", "惠玲", "梓轩", "秋菊"]
USED_NAMES = []


def name():
    while True:
        n = ch(SUR) + ch(GIV)
        if n not in USED_NAMES:
            USED_NAMES.append(n)
            return n


def name_mask(n):
    return n[0] + "*" * (len(n) - 1) if chance(0.5) else n[0] + "某某"


# ---------------------------------------------------------------- world
# owner words (vague), finder words (precise), address, lat, lon
PLACES = {
    "ferry": (["客运码头", "轮渡码头", "码头候船厅", "坐船那个码头", "海澜港码头那边"],
              ["海澜港客运码头候船大厅3号检票口", "客运码头安检口", "客运码头售票厅", "候船厅二楼座椅区", "码头出站通道"],
              "滨港路1号海澜港客运码头", 21.8712, 111.9634),
    "boat": (["轮渡上", "坐去青螺岛的船上", "船上", "大鹿岛回来的轮渡上", "渡轮二楼"],
             ["'海鸥6号'客轮二层客舱", "海澜—青螺岛航线客轮座位下", "'海鸥3号'客舱行李架", "客轮一层前舱",
              "海澜—大鹿岛航线客轮船尾甲板"],
             "海澜港客运码头(客轮)", 21.8655, 111.9790),
    "harbour": (["渔港", "东澳渔港", "渔船靠岸那里", "卸鱼那边", "冰厂门口"],
                ["东澳渔港3号泊位", "渔港冰厂门口", "渔港卸货平台", "东澳渔港加油码头旁", "渔港北堤"],
                "渔港路88号东澳渔港", 21.8825, 111.9411),
    "market": (["海鲜市场", "批发市场里面", "海鲜档口那边", "东澳市场", "市场门口"],
               ["东澳海鲜批发市场B区", "海鲜批发市场东门卸货区", "批发市场A区过道", "海鲜市场保洁站旁", "批发市场冻品区"],
               "渔港路96号东澳海鲜批发市场", 21.8841, 111.9437),
    "beach": (["海滩", "银沙湾", "沙滩上", "浴场那边", "海边冲凉房"],
              ["银沙湾海滨浴场3号救生塔附近沙滩", "海滨浴场淋浴间", "浴场更衣室储物柜旁", "银沙湾浴场沙滩排球场边",
               "海滨浴场游泳圈租赁点旁"],
              "环海东路银沙湾海滨浴场", 21.8523, 111.9912),
    "walk": (["栈道上", "海边栈道", "看日落那段栈道", "滨海步道", "灯塔那边"],
             ["滨海栈道观景台", "滨海栈道灯塔段休息亭", "栈道K2+300长椅", "滨海栈道入口", "栈道木平台"],
             "环海东路滨海栈道", 21.8601, 111.9805),
    "stalls": (["大排档", "吃夜宵那条街", "海鲜大排档", "渔人码头夜市", "宵夜档"],
               ["渔人码头美食街'阿强炒粉'档", "渔人码头夜市7号摊位", "大排档街'海记生蚝'门口", "美食街公厕旁",
                "渔人码头大排档塑料桌下"],
               "渔人码头美食街", 21.8765, 111.9550),
    "dorm": (["宿舍", "港区宿舍那边", "三村", "宿舍楼下", "港湾三村"],
             ["港湾三村宿舍区5栋楼下", "港湾三村食堂门口", "港湾三村车棚", "宿舍区篮球场", "港湾三村2栋楼道"],
             "港湾三村(集装箱港区生活区)", 21.8950, 111.9200),
    "port": (["港区", "集装箱码头", "码头上班那边", "港区门口", "2号门"],
             ["集装箱码头2号门岗", "港区通勤车站", "集装箱码头停车区", "港区食堂", "码头闸口外"],
             "港前大道集装箱码头", 21.9002, 111.9105),
    "shelter": (["安置点", "躲台风那个学校", "三中体育馆", "避风的地方", "政府安排住的地方"],
                ["海澜三中体育馆临时安置点", "安置点物资发放处", "三中体育馆看台", "安置点登记台", "安置点地铺区"],
                "新港路海澜市第三中学", 21.8890, 111.9620),
    "hospital": (["人民医院", "医院", "医院门诊", "住院部", "看病的时候"],
                 ["市人民医院门诊大厅", "人民医院三楼收费处", "人民医院住院部电梯口", "人民医院CT室外", "医院门口出租车上客点"],
                 "解放路12号海澜市人民医院", 21.8805, 111.9700),
    "bus": (["公交上", "码头公交站", "1路车上", "坐公交的时候", "车站"],
            ["1路公交车后排", "客运码头公交站", "9路公交车(码头—医院)", "人民医院公交站", "公交总站"],
            "滨港路客运码头公交站", 21.8730, 111.9640),
}
PKEYS = list(PLACES.keys())

ROLES = {
    "island": (["ferry", "boat", "hospital", "bus"],
               ["我是青螺岛的,", "岛上过来看病,", "从大鹿岛出来复查,", "陪老母亲出来医院,", ""]),
    "fisher": (["harbour", "market", "stalls"],
               ["打鱼的,", "船上的,", "今早卸完货,", "刚靠岸,", ""]),
    "stall": (["market", "stalls", "harbour"],
              ["我系市场卖鱼的,", "档口的,", "收档的时候", "开大排档的,", ""]),
    "tourist": (["beach", "walk", "stalls", "ferry", "boat"],
                ["来旅游的,", "游客,", "我们一家来玩,", "外地来的,", "跟朋友来海边玩,"]),
    "worker": (["dorm", "port", "stalls", "shelter"],
               ["港区上班的,", "码头开吊机的,", "集装箱码头的,", "住三村宿舍,", ""]),
    "elder": (["shelter", "hospital", "market", "walk", "bus"],
              ["老人家,", "我阿爸七十几岁,", "我今年七十三了,", "替我阿妈来报,", ""]),
    "parent": (["beach", "shelter", "walk"],
               ["带小孩来玩,", "孩子的,", "我儿子的,", "我女儿的,", ""]),
}

COL = {
    "黑": ["黑色", "黑", "深黑", "曜石黑", "亮黑色", "黑的"],
    "白": ["白色", "白", "米白", "珍珠白", "奶白色"],
    "蓝": ["蓝色", "深蓝", "藏青", "天蓝", "宝石蓝", "浅蓝色"],
    "红": ["红色", "酒红", "大红", "枣红色"],
    "粉": ["粉色", "粉红", "樱花粉", "浅粉"],
    "绿": ["绿色", "墨绿", "军绿", "浅绿色"],
    "金": ["金色", "香槟金", "土豪金"],
    "灰": ["灰色", "银灰", "深空灰", "银色"],
    "紫": ["紫色", "浅紫", "薰衣草紫"],
    "黄": ["黄色", "明黄", "柠檬黄"],
    "棕": ["棕色", "咖啡色", "褐色", "驼色"],
}


def cw(fam):
    return ch(COL[fam])


# ---------------------------------------------------------------- objects
# a fact: (id, owner phrases, finder phrases); all phrases of one fact describe the same thing
def F(fid, o, f):
    return (fid, o, f)


PHONE_BRANDS = {
    "vivo": (["vivo", "VIVO", "维沃", "vivio", "Vivo"], ["vivo", "VIVO"],
             [("X90", "X90"), ("Y78", "Y78"), ("S17", "s17"), ("iQOO Neo8", "iqoo")]),
    "OPPO": (["OPPO", "oppo", "欧珀", "0PPO"], ["OPPO", "oppo"],
             [("Reno10", "reno10"), ("A58", "A58"), ("Find X6", "findx6")]),
    "华为": (["华为", "HUAWEI", "Huawei", "花为"], ["HUAWEI", "华为"],
             [("Mate60", "mate60"), ("nova11", "诺瓦11"), ("P60", "p60")]),
    "小米": (["小米", "Xiaomi", "红米", "Redmi", "MI"], ["Redmi", "小米", "Xiaomi"],
             [("Redmi Note12", "红米note12"), ("小米13", "米13"), ("Redmi K60", "k60")]),
    "荣耀": (["荣耀", "HONOR", "容耀", "honor"], ["HONOR", "荣耀"],
             [("X50", "x50"), ("荣耀90", "90"), ("Play7", "play7")]),
    "苹果": (["苹果", "iPhone", "Apple", "平果", "爱疯"], ["苹果", "iPhone", "Apple"],
             [("iPhone 13", "13"), ("iPhone 14 Pro", "14pro"), ("iPhone 12", "12")]),
}
CARTOON = ["蜡笔小新", "小熊维尼", "库洛米", "皮卡丘", "草莓熊", "哆啦A梦", "奥特曼", "玲娜贝儿"]
STICK = ["'海澜欢迎你'", "小狗", "国旗", "奥特曼", "小猪佩奇", "'福'字", "龙舟"]
LOCK = ["小孩照片", "全家福", "一只橘猫", "海边日落", "一条狗", "结婚照", "渔船"]
POS = ["左上角", "右上角", "左下角", "右下角", "中间"]
SMALLCOL = ["蓝", "粉", "黑", "黄", "绿", "白"]


def phone_facts():
    c = ch(CARTOON)
    s = ch(STICK)
    lk = ch(LOCK)
    p = ch(POS)
    pc = ch(SMALLCOL)
    rc = ch(SMALLCOL)
    card = ch(["公交卡", "老年卡", "二十块钱", "一张船票", "游泳圈押金条", "饭卡"])
    return [
        F("case_clear", ["透明手机壳", "套了个透明壳", "透明软壳"], ["透明保护壳", "透明软壳", "透明手机套"]),
        F("case_c_" + c, ["%s的手机壳" % c, "壳上是%s" % c], ["%s图案手机壳" % c, "卡通壳(%s)" % c]),
        F("pouch_" + pc, ["装在%s防水袋里" % cw(pc), "挂脖子的%s防水手机袋" % cw(pc)],
          ["装于%s色防水手机套内" % pc, "外套%s挂脖防水袋" % cw(pc)]),
        F("crack_" + p, ["屏幕%s碎了" % p, "屏幕%s有裂" % p], ["屏幕%s有裂纹" % p, "屏幕碎裂(%s)" % p]),
        F("stick_" + s, ["背面贴了%s贴纸" % s, "后面有张%s贴纸" % s], ["机背贴有%s贴纸" % s, "背面%s贴纸" % s]),
        F("ring_" + rc, ["后面有个%s指环扣" % cw(rc), "带%s指环支架" % cw(rc)], ["背面有%s指环支架" % rc, "附%s色指环扣" % rc]),
        F("card_" + card, ["壳里夹着%s" % card, "手机壳后面塞了%s" % card], ["手机壳内夹有%s" % card, "壳内有%s" % card]),
        F("lock_" + lk, ["锁屏是%s" % lk, "屏保%s" % lk], ["锁屏壁纸为%s" % lk, "亮屏显示%s" % lk]),
    ]


def mk_phone(role, force=None):
    force = force or {}
    b = force.get("brand") or ch(list(PHONE_BRANDS.keys()))
    bo, bf, models = PHONE_BRANDS[b]
    m = force.get("model") or ch(models)
    if b == "小米":
        if m[0].startswith("Redmi"):
            bo, bf = ["红米", "Redmi", "小米", "redmi"], ["Redmi"]
        else:
            bo, bf = ["小米", "Xiaomi", "MI", "xiaomi"], ["Xiaomi", "小米"]
    fam = force.get("color") or ch(["黑", "黑", "白", "蓝", "紫", "金", "绿", "灰", "粉"])
    facts = pick_facts(phone_facts(), force.get("avoid", []), 1, 3)
    hid = [ch(["密码是孩子生日", "微信名叫'%s'" % ch(["海上人家", "阿强水产", "追风少年", "平安是福", "晴天"]),
               "手机号尾号%04d" % R.randrange(10000), "里面有张移动卡", "电量不多了", "买了才两个月"])]
    return dict(cat="phone", kind="手机", ko=["手机", "手机", "电话", "手机"], kf=["手机", "手机一部", "智能手机"],
                brand=b, bo=bo, bf=bf, bvis=chance(0.8), model=m[0], mo=[m[0], m[1]], mvis=chance(0.25),
                color=fam, facts=facts, hid=hid, serial=imei(), svis=chance(0.3), stype="imei")


def pick_facts(pool, avoid, lo, hi):
    pool = [f for f in pool if f[0] not in avoid]
    R.shuffle(pool)
    return pool[:R.randint(lo, hi)]


DOC_KINDS = ["身份证", "医保卡", "老年卡", "工牌", "驾驶证", "船员证"]


def mk_id_doc(role, force=None):
    force = force or {}
    k = force.get("kind")
    if not k:
        k = {"elder": ch(["老年卡", "医保卡", "身份证"]), "worker": ch(["工牌", "工牌", "身份证", "驾驶证"]),
             "island": ch(["医保卡", "身份证", "身份证"]), "fisher": ch(["船员证", "身份证", "驾驶证"]),
             }.get(role, ch(["身份证", "身份证", "驾驶证", "医保卡"]))
    n = name()
    idn = id18(year=R.randint(1940, 1958) if role == "elder" else None)
    holder = ch(["透明卡套", "蓝色卡套", "红色卡套", "黑色皮卡套", "无"])
    hfam = {"透明卡套": None, "蓝色卡套": "蓝", "红色卡套": "红", "黑色皮卡套": "黑", "无": None}[holder]
    facts = []
    if holder != "无":
        facts.append(F("holder_" + holder, ["装在%s里" % holder, "套着%s" % holder], ["外有%s" % holder, "装于%s内" % holder]))
    extra = ch(["一张船票", "一张挂号单", "两张一百块", "一张公交卡", "一张银行卡"])
    if chance(0.4):
        facts.append(F("with_" + extra, ["卡套里还有%s" % extra, "跟%s放一起" % extra], ["卡套内另有%s" % extra, "夹有%s" % extra]))
    serial = None
    stype = None
    ko = [k]
    kf = [k]
    if k == "身份证":
        ko = ["身份证", "身份证", "二代身份证", "证件"]
        kf = ["居民身份证", "身份证", "身份证一张"]
        serial, stype = idn, "id"
        addr = ch(["青螺岛渔村", "大鹿岛南湾村", "海澜市渔港路", "港湾三村", "广西北海市", "湖南衡阳市"])
        facts.append(F("addr_" + addr, ["地址是%s的" % addr], ["住址:%s…" % addr]))
    elif k == "医保卡":
        ko = ["医保卡", "社保卡", "医疗卡", "医保卡"]
        kf = ["社会保障卡", "社保卡(医保)", "医保卡"]
        bank = ch(["农业银行", "建设银行", "农商银行"])
        serial, stype = idn, "id"
        facts.append(F("bank_" + bank, ["%s的那种社保卡" % bank, "跟%s一起的" % bank], ["%s联名社保卡" % bank, "卡面%s" % bank]))
    elif k == "老年卡":
        ko = ["老年卡", "老人卡", "敬老卡", "坐车的老人卡"]
        kf = ["海澜市老年人优待卡", "老年优待证", "老年卡"]
        serial, stype = "LN%02d%06d" % (R.randint(15, 24), R.randrange(10 ** 6)), "card"
        ph = ch(["戴眼镜", "白头发", "穿唐装", "戴帽子"])
        facts.append(F("photo_" + ph, ["照片上%s" % ph, "相片是%s的" % ph], ["照片为%s老人" % ph, "相片:%s" % ph]))
    elif k == "工牌":
        ko = ["工牌", "工作证", "厂牌", "上班的牌子"]
        kf = ["工作证", "工牌", "港务集团工作证"]
        dept = ch(["装卸一队", "装卸三队", "龙门吊班", "理货部", "机修车间", "闸口班"])
        lan = ch(["蓝", "红", "黑", "绿"])
        facts.append(F("dept_" + dept, ["%s的" % dept, "部门%s" % dept], ["部门:%s" % dept, "%s" % dept]))
        facts.append(F("lan_" + lan, ["挂%s挂绳" % cw(lan), "%s色带子" % lan], ["%s色挂绳" % lan, "带%s挂绳" % cw(lan)]))
        hfam = hfam or lan
        serial, stype = "GW%05d" % R.randrange(100000), "card"
    elif k == "驾驶证":
        ko = ["驾驶证", "驾照", "车本"]
        kf = ["机动车驾驶证", "驾驶证"]
        serial, stype = idn, "id"
        cls = ch(["C1", "C2", "B2", "A2"])
        facts.append(F("cls_" + cls, ["%s的驾照" % cls, "准驾%s" % cls], ["准驾车型%s" % cls, "%s驾驶证" % cls]))
    else:
        ko = ["船员证", "渔船船员证", "海员证"]
        kf = ["渔业船员证书", "船员证"]
        serial, stype = "YC%04d%06d" % (R.randint(2015, 2024), R.randrange(10 ** 6)), "card"
        boat = "粤海澜渔%05d" % R.randrange(100000)
        facts.append(F("boat_" + boat, ["船是%s" % boat], ["船名号%s" % boat]))
    return dict(cat="id_doc", kind=k, ko=ko, kf=kf, brand=None, bo=[], bf=[], bvis=False, model=None, mo=[], mvis=False,
                color=hfam, facts=facts, hid=[], serial=serial, svis=True, stype=stype, holder=n, idn=idn)


def mk_wallet(role, force=None):
    force = force or {}
    b = force.get("brand") or ch(["七匹狼", "金利来", "啄木鸟", "COACH", None, None])
    bo = {"七匹狼": ["七匹狼", "SEPTWOLVES", "7匹狼"], "金利来": ["金利来", "goldlion", "金力来"],
          "啄木鸟": ["啄木鸟", "TUCANO"], "COACH": ["COACH", "蔻驰", "coach"]}.get(b, [])
    fam = force.get("color") or ch(["黑", "黑", "棕", "红", "粉", "蓝"])
    k = force.get("kind") or ch(["长款钱包", "短款钱包", "卡包", "零钱包"])
    n = name()
    amt = R.randint(1, 60) * 10 + ch([0, 0, 5, 3])
    bank = ch(["农行", "建行", "工行", "邮储", "农商行"])
    tail = "%04d" % R.randrange(10000)
    pool = [
        F("cash_%d" % amt, ["里面大概%d多块钱" % (amt // 100 * 100) if amt >= 100 else "里面几十块钱", "有%d块左右现金" % amt],
          ["内有现金%d元" % amt, "现金人民币%d元" % amt]),
        F("bank_" + tail, ["有张%s卡尾号%s" % (bank, tail), "%s银行卡,后四位%s" % (bank, tail)],
          ["%s银行卡一张(尾号%s)" % (bank, tail), "银行卡(%s,卡号尾%s)" % (bank, tail)]),
        F("photo", ["夹着一张小孩照片", "有张孙子的照片"], ["夹层内有儿童照片一张", "内有小孩相片"]),
        F("ticket", ["有船票", "放了两张回岛上的船票"], ["内有客轮船票2张", "海澜—青螺岛船票"]),
        F("idcard_" + n, ["%s的身份证在里面" % n, "身份证(%s)也在里面" % n], ["内有身份证(%s)" % name_mask(n), "身份证一张,姓名%s" % name_mask(n)]),
        F("worn", ["边上磨破了", "用了很多年很旧了"], ["边角磨损", "皮面磨旧"]),
        F("receipt", ["有张鱼货收据", "塞了几张进货单"], ["内有海鲜批发市场进货单数张", "有收货单据"]),
    ]
    facts = pick_facts(pool, force.get("avoid", []), 1, 3)
    return dict(cat="wallet", kind=k, ko=[k, "钱包", "银包", "皮夹"], kf=[k, "钱包一个", "钱包"], brand=b, bo=bo, bf=bo[:1],
                bvis=True, model=None, mo=[], mvis=False, color=fam, facts=facts, hid=[], serial=None, svis=False, stype=None)


def mk_keys(role, force=None):
    force = force or {}
    k = force.get("kind") or ("档口钥匙" if role == "stall" and chance(0.6) else ch(["钥匙串", "电动车钥匙", "宿舍钥匙"]))
    facts = []
    fam = force.get("color")
    b = None
    bo = []
    if k == "档口钥匙":
        fam = "蓝"
        tag = "%s-%02d" % (ch(["A", "B", "C"]), R.randint(1, 60))
        facts.append(F("tag_" + tag, ["牌子上写%s" % tag, "%s档的" % tag, "号码牌%s" % tag],
                       ["号码牌%s" % tag, "蓝色塑料牌写有%s" % tag]))
        facts.append(F("blue", ["市场统一发的蓝色那种", "蓝色钥匙头"], ["市场统一配发蓝色钥匙", "蓝色胶头钥匙"]))
        n = R.randint(1, 3)
        facts.append(F("n%d" % n, ["%d把" % n], ["共%d把" % n]))
    else:
        fam = fam or ch(["黑", "灰", "黄", "红", "蓝"])
        pend = ch(["貔貅", "小黄鸭", "平安符", "海螺壳", "开瓶器", "小熊", "妈祖护身符", "指甲钳"])
        n = R.randint(2, 6)
        facts.append(F("pend_" + pend, ["挂了个%s" % pend, "有%s挂件" % pend], ["带%s挂件" % pend, "挂有%s" % pend]))
        facts.append(F("n%d" % n, ["%d条钥匙" % n, "%d把左右" % n], ["共%d把钥匙" % n, "钥匙%d把" % n]))
        if k == "电动车钥匙":
            b = force.get("brand") or ch(["雅迪", "爱玛", "台铃", "新日"])
            bo = EBRANDS[b][0]
            facts.append(F("remote", ["带遥控的", "有遥控器"], ["附电动车遥控器", "有防盗遥控"]))
        elif k == "宿舍钥匙" or chance(0.4):
            dc = ch(["蓝", "白", "黄"])
            facts.append(F("fob_" + dc, ["还有个%s门禁卡" % cw(dc), "%s色门禁扣" % dc], ["附%s色门禁卡" % dc, "含%s门禁扣" % cw(dc)]))
    facts = [f for f in facts if f[0] not in force.get("avoid", [])] or facts[:1]
    return dict(cat="keys", kind=k, ko=[k, "钥匙", "锁匙", "一串钥匙"], kf=[k, "钥匙一串", "钥匙"], brand=b, bo=bo, bf=bo[:1],
                bvis=bool(b), model=None, mo=[], mvis=False, color=fam, facts=facts, hid=[], serial=None, svis=False, stype=None)


EBRANDS = {"雅迪": (["雅迪", "Yadea", "雅迪牌", "亚迪"], [("冠能", "冠能"), ("欧睿", "欧瑞")]),
           "爱玛": (["爱玛", "AIMA", "艾玛"], [("小蜜豆", "蜜豆"), ("麒麟", "麒麟")]),
           "台铃": (["台铃", "TAILG", "台玲"], [("狮鹰", "狮鹰"), ("超能", "超能")]),
           "新日": (["新日", "SUNRA", "新曰"], [("XC3", "xc3"), ("小金鹰", "金鹰")])}


def plate():
    return "海澜%s%05d" % (ch(["A", "B", "C", "D"]), R.randrange(100000))


def mk_ebike(role, force=None):
    force = force or {}
    b = force.get("brand") or ch(list(EBRANDS.keys()))
    m = force.get("model") or ch(EBRANDS[b][1])
    fam = force.get("color") or ch(["白", "黑", "蓝", "红", "灰", "黄"])
    pl = plate()
    vin = "%s%02d%s%06d" % ({"雅迪": "YD", "爱玛": "AM", "台铃": "TL", "新日": "XR"}[b], R.randint(19, 24), ch(["A", "B", "K"]), R.randrange(10 ** 6))
    pool = [
        F("basket", ["前面有车筐", "带个菜篮"], ["前有车筐", "带前篮"]),
        F("mirror", ["左边镜子断了", "倒后镜少一个"], ["左后视镜缺失", "缺左后视镜"]),
        F("rain", ["车筐里有件雨衣", "放了雨衣"], ["车筐内有雨衣一件", "筐内雨衣"]),
        F("foam", ["装了泡沫箱", "后面绑着泡沫箱"], ["后座绑泡沫箱", "后架固定白色泡沫箱"]),
        F("delivery", ["贴了外卖贴纸", "后箱有美团标"], ["车身贴外卖贴纸", "后箱印美团字样"]),
        F("seat", ["坐垫破了", "坐垫用胶布粘着"], ["坐垫破损缠胶布", "坐垫破"]),
    ]
    facts = [F("plate_" + pl, ["车牌%s" % pl, "牌照%s" % pl.replace("海澜", "")], ["车牌号%s" % pl, "号牌%s" % pl])]
    facts += pick_facts(pool, force.get("avoid", []), 0, 2)
    if force.get("noplate"):
        facts = facts[1:] or pick_facts(pool, [], 1, 1)
    return dict(cat="ebike", kind="电动车", ko=["电动车", "电车", "电单车", "电瓶车"], kf=["电动自行车", "电动车", "两轮电动车"],
                brand=b, bo=EBRANDS[b][0], bf=EBRANDS[b][0][:2], bvis=True, model=m[0], mo=list(m), mvis=chance(0.4),
                color=fam, facts=facts, hid=["电池是%s的" % ch(["天能", "超威"]), "买了%d年" % R.randint(1, 4)],
                serial=vin, svis=chance(0.3), stype="vin", plate=pl)


BBRANDS = {"捷安特": (["捷安特", "GIANT", "giant", "捷安特(GIANT)"], [("ATX 777", "ATX777"), ("Escape 2", "escape")]),
           "美利达": (["美利达", "MERIDA", "美力达"], [("勇士", "勇士"), ("挑战者", "挑战者")]),
           "喜德盛": (["喜德盛", "XDS"], [("英雄", "英雄")]),
           "凤凰": (["凤凰", "凤凰牌"], [("城市车", "普通款")])}


def mk_bicycle(role, force=None):
    force = force or {}
    b = force.get("brand") or ch(list(BBRANDS.keys()))
    m = force.get("model") or ch(BBRANDS[b][1])
    fam = force.get("color") or ch(["黑", "白", "蓝", "红", "灰", "绿"])
    pool = [
        F("ulock", ["车上挂着U型锁", "有把U形锁"], ["车把挂U型锁", "带U型锁"]),
        F("bell_duck", ["车铃是小黄鸭", "小鸭子车铃"], ["小黄鸭车铃", "鸭子喇叭"]),
        F("rack", ["后面有货架", "加了后座"], ["加装后座", "后货架"]),
        F("kidseat", ["后面装了儿童座", "有小孩座椅"], ["后座儿童座椅", "带儿童座"]),
        F("rust", ["链条生锈", "锈得厉害"], ["车链锈蚀", "车身锈迹"]),
        F("tire", ["前胎没气", "前轮瘪了"], ["前胎亏气", "前轮无气"]),
        F("stk_" + ch(["海", "星", "鱼"]), ["车架贴了贴纸", "贴了反光贴"], ["车架有贴纸", "贴反光贴"]),
    ]
    facts = pick_facts(pool, force.get("avoid", []), 1, 3)
    vin = "%s%s%05d" % (ch(["G", "M", "X"]), ch(["A", "C", "H"]), R.randrange(10 ** 5)) + ch(["", "T", "K"])
    return dict(cat="bicycle", kind="自行车", ko=["自行车", "单车", "脚踏车", "山地车"], kf=["自行车", "山地自行车", "单车"],
                brand=b, bo=BBRANDS[b][0], bf=BBRANDS[b][0][:2], bvis=True, model=m[0], mo=list(m), mvis=chance(0.5),
                color=fam, facts=facts, hid=["买成%d块" % ch([680, 1280, 1999, 2380])], serial=vin, svis=chance(0.3), stype="frame")


BAG_KINDS = {"tourist": ["沙滩包", "草编包", "双肩包", "防水桶包", "斜挎包"], "island": ["编织袋", "帆布袋", "手提袋", "双肩包"],
             "stall": ["腰包", "腰包", "斜挎包"], "fisher": ["腰包", "编织袋"], "parent": ["妈咪包", "双肩包", "沙滩包"],
             "worker": ["双肩包", "工具包"], "elder": ["布袋", "手提袋"]}
BAG_THINGS = ["泳衣", "毛巾", "防晒霜", "墨镜", "船票", "病历本", "降压药", "CT片子", "充电宝", "雨伞", "水壶", "衣服",
              "饭盒", "小孩玩具铲", "游泳镜", "药", "化验单", "零钱"]


def mk_bag(role, force=None):
    force = force or {}
    k = force.get("kind") or ch(BAG_KINDS.get(role, ["双肩包", "斜挎包"]))
    b = force.get("brand") if "brand" in force else (None if k in ("编织袋", "布袋", "草编包", "帆布袋", "腰包") and chance(0.8)
                                                    else ch(["迪卡侬", "小米", "安踏", "李宁", "耐克", None]))
    bo = {"迪卡侬": ["迪卡侬", "DECATHLON", "迪卡龙"], "小米": ["小米", "米家"], "安踏": ["安踏", "ANTA"],
          "李宁": ["李宁", "LI-NING"], "耐克": ["耐克", "NIKE", "nike"]}.get(b, [])
    fam = force.get("color") or ch(["黑", "蓝", "红", "粉", "黄", "灰", "棕", "绿"])
    th = [t for t in BAG_THINGS]
    R.shuffle(th)
    pool = []
    for t in th[:5]:
        pool.append(F("in_" + t, ["里面有%s" % t, "装了%s" % t], ["内有%s" % t, "包内:%s" % t]))
    pend = ch(["小海豚挂件", "贝壳挂饰", "平安符", "熊猫挂件"])
    pool.append(F("p_" + pend, ["包上挂着%s" % pend], ["挂有%s" % pend]))
    facts = pick_facts(pool, force.get("avoid", []), 1, 3)
    return dict(cat="bag", kind=k, ko=[k, "包", "袋子" if "袋" in k else "包包"], kf=[k, "包一个", k], brand=b, bo=bo, bf=bo[:1],
                bvis=True, model=None, mo=[], mvis=False, color=fam, facts=facts, hid=[], serial=None, svis=False, stype=None)


def mk_cash(role, force=None):
    force = force or {}
    amt = R.randint(3, 60) * 100 + ch([0, 0, 50, 20])
    k = force.get("kind") or ch(["信封", "红包", "胶袋", "橡皮筋"])
    fam = {"信封": "棕", "红包": "红", "胶袋": "白", "橡皮筋": "黄"}[k]
    kw = {"信封": (["用牛皮纸信封装着的现金", "一个信封的钱"], ["牛皮纸信封(内有现金)", "信封装现金"]),
          "红包": (["红包", "一封利是"], ["红包一个(内有现金)", "红色利是封"]),
          "胶袋": (["用塑料袋包着的钱", "一袋现金"], ["透明胶袋装现金", "塑料袋内现金"]),
          "橡皮筋": (["一沓钱,橡皮筋扎着", "一扎现金"], ["橡皮筋捆扎现金一沓", "成沓现金"])}[k]
    facts = [F("amt_%d" % amt, ["%d块" % amt if chance(0.6) else "大概%d左右" % (amt // 100 * 100), "%d元" % amt],
               ["人民币%d元" % amt, "共计%d元" % amt])]
    note = ch(["阿妈医药费", "船租", "鱼钱", "住院押金", "还阿强"])
    if chance(0.5):
        facts.append(F("note_" + note, ["信封/袋子上写着'%s'" % note, "上面写了%s" % note], ["外写'%s'字样" % note, "写有'%s'" % note]))
    facts = [f for f in facts if f[0] not in force.get("avoid", [])] or facts
    return dict(cat="cash", kind=k, ko=kw[0], kf=kw[1], brand=None, bo=[], bf=[], bvis=False, model=None, mo=[], mvis=False,
                color=fam, facts=facts, hid=[], serial=None, svis=False, stype=None, amt=amt)


JEW = {"金项链": ("金", ["吊坠观音", "吊坠是生肖龙", "平安扣吊坠", "无吊坠"]), "金手镯": ("金", ["刻'福'字", "刻花", "光面"]),
       "玉镯": ("绿", ["有一道裂纹", "飘花的", "满绿"]), "银脚链": ("灰", ["挂小铃铛", "带贝壳", "细链"]),
       "戒指": ("金", ["刻字'LZ'", "刻字'520'", "镶一粒小钻"]), "耳环": ("金", ["圆圈的", "珍珠的"])}


def mk_jewelry(role, force=None):
    force = force or {}
    k = force.get("kind") or ch(list(JEW.keys()))
    fam, feats = JEW[k]
    b = force.get("brand") if "brand" in force else ch(["周大福", "周生生", "老凤祥", None, None])
    bo = {"周大福": ["周大福", "CTF", "周大福牌"], "周生生": ["周生生", "周升升"], "老凤祥": ["老凤祥", "老风祥"]}.get(b, [])
    ft = ch([x for x in feats if ("ft_" + x) not in force.get("avoid", [])] or feats)
    facts = [F("ft_" + ft, [ft], [ft.replace("的", "")])]
    if chance(0.5):
        cl = ch(["扣子坏了", "断了一截"])
        facts.append(F("cl_" + cl, [cl], ["搭扣损坏" if "扣" in cl else "链断"]))
    return dict(cat="jewelry", kind=k, ko=[k, "首饰"], kf=[k, "饰品一件", k], brand=b, bo=bo, bf=bo[:1], bvis=chance(0.6),
                model=None, mo=[], mvis=False, color=fam, facts=facts,
                hid=["%d克左右" % R.randint(3, 30), "有发票", "结婚时买的", "戴了十几年"], serial=None, svis=False, stype=None)


EL = {
    "电话手表": [("小天才", ["小天才", "imoo", "小天材"], [("Z9", "z9"), ("Q1A", "q1")]),
             ("华为", ["华为", "HUAWEI"], [("儿童手表5", "儿童手表")])],
    "蓝牙耳机": [("苹果", ["AirPods", "苹果耳机", "airpod"], [("AirPods Pro", "pro"), ("AirPods 3", "三代")]),
             ("华为", ["华为", "HUAWEI"], [("FreeBuds 5i", "freebuds")]), ("OPPO", ["OPPO", "oppo"], [("Enco Air3", "enco")])],
    "充电宝": [("小米", ["小米", "Xiaomi"], [("10000mAh", "一万毫安")]), ("安克", ["Anker", "安克"], [("PowerCore", "")])],
    "运动相机": [("GoPro", ["GoPro", "gopro", "狗pro"], [("HERO11", "11")]), ("大疆", ["大疆", "DJI"], [("Osmo Action 4", "action4")])],
    "平板": [("苹果", ["iPad", "苹果", "ipad"], [("9代", "第九代")]), ("华为", ["华为", "HUAWEI"], [("MatePad", "matepad")])],
}


def mk_electronics(role, force=None):
    force = force or {}
    k = force.get("kind") or ("电话手表" if role == "parent" and chance(0.7) else ch(list(EL.keys())))
    opts = EL[k]
    if force.get("brand"):
        opts = [o for o in opts if o[0] == force["brand"]] or opts
    b, bo, models = ch(opts)
    m = force.get("model") or ch(models)
    fam = force.get("color") or ch(["黑", "白", "蓝", "粉", "灰"])
    pool = []
    serial = None
    stype = None
    svis = False
    if k == "电话手表":
        kid = name()
        pool.append(F("kid_" + kid, ["孩子叫%s" % kid, "表带上贴了名字%s" % kid], ["表带贴有姓名贴'%s'" % kid, "背面名字贴:%s" % kid]))
        bc = ch(SMALLCOL)
        pool.append(F("strap_" + bc, ["%s表带" % cw(bc), "带子是%s的" % bc], ["%s色表带" % bc, "表带%s色" % bc]))
        pool.append(F("scr_", ["表面有划痕", "屏幕花了"], ["表盘有划痕", "屏幕划花"]))
        serial, stype, svis = imei(), "imei", chance(0.2)
    elif k == "蓝牙耳机":
        pool.append(F("one", ["只有盒子和一只耳机", "左耳少了"], ["充电盒内仅一只耳机", "缺左耳"]))
        s = ch(["卡通贴纸", "名字缩写贴纸", "硅胶保护套"])
        pool.append(F("e_" + s, ["盒子上有%s" % s], ["耳机盒带%s" % s]))
        serial, stype, svis = "".join(ch("ABCDEFGHJKLMNPQRTUVWXYZ0123456789") for _ in range(10)), "sn", chance(0.3)
    elif k == "运动相机":
        pool.append(F("float", ["带黄色漂浮手柄", "有浮力棒"], ["附黄色浮力手柄", "带漂浮杆"]))
        pool.append(F("wcase", ["装了防水壳", "套着潜水壳"], ["外有防水壳", "潜水壳"]))
        pool.append(F("sd", ["里面有潜水的视频", "卡里全是孩子游泳的视频"], ["内有存储卡", "有SD卡"]))
    else:
        c = ch(CARTOON)
        pool.append(F("c_" + c, ["贴了%s贴纸" % c], ["有%s贴纸" % c]))
        pool.append(F("scr2", ["边角磕了", "外壳有划痕"], ["边角磕碰", "外壳划痕"]))
        pool.append(F("sand", ["上面可能有沙", "沾了沙子"], ["表面有沙", "沾沙"]))
    facts = pick_facts(pool, force.get("avoid", []), 1, 2)
    return dict(cat="electronics", kind=k, ko=[k, "电子产品" if chance(0.1) else k], kf=[k], brand=b, bo=bo, bf=bo[:1], bvis=chance(0.8),
                model=m[0], mo=list(m), mvis=chance(0.3), color=fam, facts=facts, hid=["绑定了我手机", "在保修期内"],
                serial=serial, svis=svis, stype=stype)


OTHER = {
    "泳衣": (["李宁", "361", "安踏", None], ["泳衣", "泳装", "游泳衣"], ["泳衣", "泳装一件"]),
    "太阳镜": (["雷朋", "暴龙", None], ["墨镜", "太阳镜", "眼镜"], ["太阳镜", "墨镜一副"]),
    "押金条": ([None], ["游泳圈押金条", "押金单", "租泳圈的押金条"], ["游泳圈租赁押金条", "押金收据"]),
    "雨伞": (["天堂", None], ["雨伞", "伞", "遮"], ["雨伞一把", "折叠伞"]),
    "拐杖": ([None], ["拐杖", "拐棍", "手杖"], ["拐杖", "手杖一根"]),
    "病历本": ([None], ["病历本", "病历", "看病的本子"], ["门诊病历本", "病历"]),
    "鱼竿": (["达瓦", "光威", None], ["鱼竿", "钓竿", "海竿"], ["钓鱼竿", "海竿一支"]),
    "游泳圈": ([None], ["游泳圈", "泳圈", "救生圈"], ["充气游泳圈", "泳圈"]),
}


def mk_other(role, force=None):
    force = force or {}
    k = force.get("kind") or {"tourist": ch(["泳衣", "太阳镜", "押金条", "雨伞"]), "parent": ch(["游泳圈", "押金条", "泳衣"]),
                              "elder": ch(["拐杖", "病历本", "雨伞"]), "island": ch(["病历本", "雨伞"]),
                              "fisher": ch(["鱼竿", "雨伞"])}.get(role, ch(list(OTHER.keys())))
    brands, ko, kf = OTHER[k]
    b = force.get("brand") if "brand" in force else ch(brands)
    bo = {"李宁": ["李宁", "LI-NING"], "361": ["361度", "361°"], "安踏": ["安踏", "ANTA"], "雷朋": ["雷朋", "Ray-Ban", "RayBan"],
          "暴龙": ["暴龙", "BOLON"], "天堂": ["天堂", "天堂牌"], "达瓦": ["达瓦", "DAIWA"], "光威": ["光威", "GW"]}.get(b, [])
    fam = force.get("color") or ch(["黑", "蓝", "红", "粉", "黄", "绿", "棕"])
    facts = []
    serial, stype = None, None
    if k == "押金条":
        no = "%04d" % R.randrange(10000)
        dep = ch([30, 50, 100])
        shop = ch(["阿海泳圈出租", "银沙湾3号租赁点", "海妹泳具"])
        facts.append(F("no_" + no, ["押金条编号%s" % no, "单号%s" % no], ["编号%s" % no, "No.%s" % no]))
        facts.append(F("dep_%d" % dep, ["押了%d块" % dep, "%d元押金" % dep], ["押金%d元" % dep, "金额%d元" % dep]))
        facts.append(F("shop_" + shop, ["%s开的" % shop], ["盖'%s'章" % shop]))
        fam = ch(["黄", "白", "粉"])
    elif k == "病历本":
        n = name()
        facts.append(F("pn_" + n, ["病人叫%s" % n, "名字%s" % n], ["封面姓名%s" % n, "姓名栏:%s" % n]))
        facts.append(F("ct", ["夹着CT报告", "里面有片子报告"], ["内夹检查报告", "夹CT报告单"]))
        fam = ch(["蓝", "绿", "白"])
    elif k == "拐杖":
        facts.append(F("leg", ["四个脚的", "四脚拐杖"], ["四脚拐杖", "四脚手杖"]))
        facts.append(F("tape", ["把手缠了胶布", "手柄缠布"], ["手柄缠胶布", "把手缠布条"]))
    elif k == "游泳圈":
        c = ch(["火烈鸟", "小黄鸭", "独角兽", "西瓜"])
        facts.append(F("sh_" + c, ["%s造型的" % c, "%s的泳圈" % c], ["%s造型泳圈" % c, "%s泳圈" % c]))
    else:
        c = ch({"泳衣": ["有个破洞", "印花的", "连体的", "带裙摆"], "太阳镜": ["一条腿歪了", "镜片有划痕", "带眼镜绳"],
                "雨伞": ["柄上写了名字", "骨架断一根", "印花的"], "鱼竿": ["带绕线轮", "竿尖断了", "缠了胶布"]}[k])
        facts.append(F("x_" + c, [c], [c.replace("有个", "有")]))
    facts = [f for f in facts if f[0] not in force.get("avoid", [])] or facts
    return dict(cat="other", kind=k, ko=ko, kf=kf, brand=b, bo=bo, bf=bo[:1], bvis=True, model=None, mo=[], mvis=False,
                color=fam, facts=facts, hid=[], serial=serial, svis=False, stype=stype)


MK = {"phone": mk_phone, "id_doc": mk_id_doc, "wallet": mk_wallet, "keys": mk_keys, "ebike": mk_ebike,
      "bicycle": mk_bicycle, "bag": mk_bag, "cash": mk_cash, "jewelry": mk_jewelry, "electronics": mk_electronics,
      "other": mk_other}
CAT_ROLES = {"phone": ["tourist", "fisher", "stall", "worker", "island", "elder"], "id_doc": ["elder", "worker", "island", "fisher", "tourist"],
             "wallet": ["tourist", "fisher", "island", "worker", "elder"], "keys": ["stall", "stall", "worker", "fisher", "elder"],
             "ebike": ["worker", "stall", "fisher"], "bicycle": ["worker", "parent", "tourist"],
             "bag": ["tourist", "island", "stall", "parent", "elder"], "cash": ["fisher", "stall", "island", "elder"],
             "jewelry": ["tourist", "elder", "stall"], "electronics": ["parent", "tourist", "tourist", "worker"],
             "other": ["tourist", "parent", "elder", "island", "fisher"]}
CAT_N = [("phone", 38), ("id_doc", 30), ("wallet", 20), ("keys", 22), ("ebike", 12), ("bicycle", 8), ("bag", 22),
         ("cash", 12), ("jewelry", 12), ("electronics", 18), ("other", 16)]

# typhoon evacuations (minutes before now): shelter events happen inside these
TYPHOONS = [("白鹭", 118000, 113500), ("海葵", 64000, 59800), ("榕树", 21500, 17800)]


# ---------------------------------------------------------------- writing
def loc(pk, who, near=0.0):
    o, f, addr, lat, lon = PLACES[pk]
    d = {}
    if who == "o":
        d["place"] = ch(o)
        if chance(0.3):
            d["address"] = ch(o) if chance(0.5) else addr
        if chance(0.3):
            d["lat"], d["lon"] = round(lat + R.uniform(-0.004, 0.004), 5), round(lon + R.uniform(-0.004, 0.004), 5)
    else:
        d["place"] = ch(f)
        if chance(0.55):
            d["address"] = addr if chance(0.5) else ch(f)
        if chance(0.5):
            d["lat"], d["lon"] = round(lat + R.uniform(-0.0015, 0.0015) + near, 5), round(lon + R.uniform(-0.0015, 0.0015), 5)
    return d


def when_o(frm, to):
    h = (1440 * 200 - to) // 60 % 24  # pseudo clock hour of the end
    span = frm - to
    if span > 1440:
        return ch(["这两天", "前几天", "不知道哪天", "这几天"])
    return ch(["今天%s" % ch(["早上", "上午", "中午", "下午", "傍晚", "晚上"]), "那天", "昨晚", "大概%d点" % ((h + 7) % 24 or 12),
               "刚才", "下午", ""])


def owner_text(rec, role, pk, frm, to, shared, plain=False):
    lc = loc(pk, "o")
    out = {}
    kind = ch(rec["ko"])
    colw = cw(rec["color"]) if rec["color"] and rec["cat"] not in ("id_doc", "cash") else ""
    if plain:
        body = "%s在%s%s%s%s" % (when_o(frm, to), lc["place"], ch(["丢了", "掉了", "唔见咗", "不见了"]),
                                "" if kind.startswith("一") else ch(["个", "一个", ""]),
                                colw + kind)
        if chance(0.5):
            body += ch(["。", ",急", ",有人捡到请联系", ""])
        out["body"] = body
        if chance(0.3) and colw:
            out["color"] = colw
        return out, lc
    said = list(shared)
    for fct in rec["facts"]:
        if fct not in said and chance(0.45):
            said.append(fct)
    bits = []
    brand_w = ""
    if rec["brand"] and rec["bo"] and chance(0.8):
        brand_w = ch(rec["bo"])
    model_w = ch(rec["mo"]) if rec["mo"] and brand_w and chance(0.5) else ""
    if model_w and brand_w.lower() in model_w.lower():
        brand_w = ""
    what = "".join(x for x in [colw if chance(0.75) else "", brand_w, model_w] if x)
    pre = ch(ROLES[role][1])
    verb = ch(["丢了", "掉了", "落下了", "不见了", "唔见咗", "忘拿了", "被人拿错了还是掉了,"])
    place_part = "在%s" % lc["place"]
    if rec["cat"] == "ebike":
        verb = ch(["被偷了", "不见了", "停在那里找不到了", "台风后找不到了"])
    body = "%s%s%s%s%s%s%s" % (pre, when_o(frm, to), place_part, verb,
                                "" if kind.startswith("一") else ch(["一个", "个", "一部" if rec["cat"] == "phone" else "", ""]),
                                what, kind)
    for fct in said:
        bits.append(ch(fct[1]))
    if rec["hid"] and chance(0.5):
        bits.append(ch(rec["hid"]))
    # serials / documents as the owner writes them
    if rec["stype"] == "imei" and chance(0.35):
        s = imei_owner(rec["serial"])
        if chance(0.5):
            out["serial"] = s.replace("IMEI:", "").replace("IMEI ", "")
        else:
            bits.append(s)
    if rec["stype"] == "id":
        n = rec["holder"]
        bits.append(ch(["名字是%s" % n, "姓名%s" % n, "%s的" % n, "上面名字%s" % n]))
        f = R.randrange(4)
        if f == 0:
            bits.append("号码%s" % rec["idn"])
        elif f == 1:
            bits.append("身份证号%s" % rec["idn"].lower())
        elif f == 2:
            bits.append("尾号%s" % rec["idn"][-4:])
        if f == 0 and chance(0.4):
            out["serial"] = rec["idn"]
    if rec["stype"] == "card":
        n = rec["holder"]
        bits.append(ch(["名字%s" % n, "写的%s" % n, "是%s的" % n]))
        if chance(0.5):
            if chance(0.5):
                out["serial"] = rec["serial"]
            else:
                bits.append("号码%s" % ch([rec["serial"], rec["serial"].lower(), "尾号" + rec["serial"][-4:]]))
    if rec["stype"] in ("vin", "frame") and chance(0.3):
        s = rec["serial"]
        s = ch([s, s.lower(), "尾号" + s[-5:]])
        if chance(0.5):
            out["serial"] = s
        else:
            bits.append("车架号" + s)
    if bits:
        body += "," + ",".join(bits)
    body += ch(["。", "。麻烦帮忙找找", ",谢谢", "。急!", "", "。有人捡到打我电话"])
    out["body"] = body[:600]
    if chance(0.4) and colw:
        out["color"] = colw
    if chance(0.35) and brand_w:
        out["brand"] = brand_w
    if chance(0.25) and model_w:
        out["model"] = model_w
    return out, lc


FINDERS = {
    "ferry": ["码头工作人员", "候船厅保洁", "安检员", "售票员"], "boat": ["客轮乘务员", "船员", "客轮清舱人员", "乘客"],
    "harbour": ["渔民", "冰厂工人", "渔港管理员", "路过市民"], "market": ["市场保洁", "档主", "市场管理处", "搬运工"],
    "beach": ["沙滩保洁员", "救生员", "游客", "租赁点老板"], "walk": ["环卫工", "栈道巡查员", "晨练市民", "游客"],
    "stalls": ["大排档老板", "服务员", "收档阿姨", "食客"], "dorm": ["宿管", "保安", "工友"],
    "port": ["门岗保安", "通勤车司机", "港区工人"], "shelter": ["安置点志愿者", "社区干部", "安置点工作人员"],
    "hospital": ["医院保安", "导诊护士", "保洁员"], "bus": ["公交司机", "乘客", "站务员"],
}


def finder_text(rec, pk, shared, neg=False):
    lc = loc(pk, "f")
    out = {}
    who = ch(FINDERS[pk])
    shown = list(shared)
    for fct in rec["facts"]:
        if fct not in shown and chance(0.6):
            shown.append(fct)
    if not shown and rec["facts"]:
        shown.append(rec["facts"][0])
    kind = ch(rec["kf"])
    colw = cw(rec["color"]) if rec["color"] and rec["cat"] not in ("id_doc", "cash") else ""
    bw = ch(rec["bf"]) if rec["brand"] and rec["bf"] and rec["bvis"] else ""
    mw = ch(rec["mo"][:1]) if rec["mo"] and rec["mvis"] else ""
    if bw and mw and (bw.lower() in mw.lower() or mw.lower() in bw.lower()):
        bw = ""
    what = colw + (bw if bw else "") + (mw if mw else "") + kind
    form = R.randrange(3)
    if form == 0:
        body = "%s在%s%s%s" % (who, lc["place"], ch(["捡到", "拾得", "发现"]), what)
    elif form == 1:
        body = "%s送交:%s,%s%s拾得" % (who, what, lc["place"], "" if lc["place"].endswith("处") else "处")
    else:
        body = "拾得%s,地点%s(%s交)" % (what, lc["place"], who)
    bits = [ch(f[2]) for f in shown]
    if rec["stype"] == "imei" and rec["svis"]:
        if chance(0.5):
            out["serial"] = rec["serial"]
        else:
            bits.append("拨*#06#查得IMEI:%s" % rec["serial"])
    if rec["stype"] == "id":
        n = rec["holder"]
        if chance(0.7):
            bits.append("姓名%s" % ch([n, name_mask(n)]))
        m = mask_id(rec["idn"]) if chance(0.75) else rec["idn"]
        if chance(0.5):
            out["serial"] = m
        else:
            bits.append("证号%s" % m)
    if rec["stype"] == "card":
        n = rec["holder"]
        bits.append("姓名%s" % ch([n, n, name_mask(n)]))
        if chance(0.6):
            s = rec["serial"] if chance(0.6) else rec["serial"][:3] + "***" + rec["serial"][-3:]
            out["serial"] = s
    if rec["stype"] in ("vin", "frame", "sn") and rec["svis"]:
        out["serial"] = rec["serial"]
    if rec["cat"] == "ebike" and not any(f[0].startswith("plate") for f in shown):
        bits.append("无牌" if chance(0.3) else "车牌被遮挡")
    cond = {"beach": ["有沙", "湿的", "沾沙"], "boat": ["", "湿"], "walk": ["被雨淋湿", ""], "shelter": ["", ""],
            "harbour": ["有鱼腥味", "湿的"], "market": ["有水渍", "沾冰水"]}.get(pk, [""])
    c = ch(cond)
    if c and chance(0.5):
        bits.append(c)
    if bits:
        body += "," + ",".join(bits)
    body += ch(["。", "。已入库", "。待认领", "", "。暂存服务台"])
    out["body"] = body[:600]
    if chance(0.5) and colw:
        out["color"] = colw
    if chance(0.5) and bw:
        out["brand"] = bw
    if chance(0.3) and mw:
        out["model"] = mw
    if rec["cat"] == "ebike" and chance(0.4):
        out["marks"] = ",".join(ch(f[2]) for f in shown)[:500]
    elif chance(0.25) and shown:
        out["marks"] = ";".join(ch(f[2]) for f in shown)[:500]
    return out, lc


def put_loc(d, lc):
    if "address" in lc:
        d["address"] = lc["address"][:60]
    if "lat" in lc:
        d["lat"], d["lon"] = lc["lat"], lc["lon"]


# ---------------------------------------------------------------- times
def window(pk):
    if pk == "shelter":
        t = ch(TYPHOONS)
        frm = R.randint(t[2] + 600, t[1])
        span = R.randint(60, 1800)
        return frm, max(t[2], frm - span)
    to = R.randint(300, 168000)
    span = ch([R.randint(10, 180), R.randint(30, 720), R.randint(30, 720), R.randint(720, 4320)])
    frm = min(172700, to + span)
    return frm, to


def found_after(frm, to):
    d = ch([R.randint(5, 240), R.randint(30, 1440), R.randint(120, 4320), R.randint(60, 720)])
    return max(0, frm - d)


# ---------------------------------------------------------------- build
def main():
    cats = []
    for c, n in CAT_N:
        cats += [c] * n
    R.shuffle(cats)
    lost, found = [], []
    objs = []  # (cat, role, pk, rec, frm, to, truth_flag)
    never_idx = set(R.sample(range(210), 60))
    plain_left = 18
    mismatch_left = 3
    for i, c in enumerate(cats):
        role = ch(CAT_ROLES[c])
        pk = ch(ROLES[role][0])
        rec = MK[c](role)
        frm, to = window(pk)
        objs.append(dict(cat=c, role=role, pk=pk, rec=rec, frm=frm, to=to, never=(i in never_idx)))
    fi = [0]

    def fkey():
        fi[0] += 1
        return "%s-F%04d" % (PFX, fi[0])

    true_found = []
    for i, o in enumerate(objs):
        rec = o["rec"]
        plain = False
        shared = []
        if o["never"] and plain_left > 0 and chance(0.45):
            plain = True
            plain_left -= 1
        if not o["never"]:
            shared = [ch(rec["facts"])] if rec["facts"] else []
        od, olc = owner_text(rec, o["role"], o["pk"], o["frm"], o["to"], shared, plain)
        L = {"key": "%s-L%04d" % (PFX, i + 1), "category": o["cat"]}
        L.update({"body": od["body"]})
        for k in ("color", "brand", "model", "serial"):
            if k in od:
                L[k] = od[k][:60]
        put_loc(L, olc)
        L["lost_from_min"], L["lost_to_min"] = o["frm"], o["to"]
        L["truth"] = None
        o["L"] = L
        lost.append(L)
        if not o["never"]:
            fd, flc = finder_text(rec, o["pk"], shared)
            fc = o["cat"]
            if mismatch_left > 0 and (rec["kind"] in ("电话手表", "工牌")) :
                fc = {"电话手表": "phone", "工牌": "other"}[rec["kind"]]
                mismatch_left -= 1
            Fd = {"key": None, "category": fc, "body": fd["body"], "found_at_min": found_after(o["frm"], o["to"])}
            for k in ("color", "brand", "model", "serial", "marks"):
                if k in fd:
                    Fd[k] = fd[k][:60] if k != "marks" else fd[k][:500]
            put_loc(Fd, flc)
            true_found.append((Fd, L))
    # negatives
    nevers = [o for o in objs if o["never"]]
    trues = [o for o in objs if not o["never"]]
    negs = []

    def neg_near(o, label):
        rec = o["rec"]
        avoid = [f[0] for f in rec["facts"]]
        if label == "twin":
            force = {"avoid": avoid, "color": rec["color"]}
            if rec["brand"]:
                force["brand"] = rec["brand"]
            if rec["cat"] in ("phone", "ebike", "bicycle", "electronics"):
                force["model"] = (rec["model"], rec["mo"][-1] if rec["mo"] else rec["model"])
            if rec["cat"] in ("id_doc", "keys", "bag", "cash", "jewelry", "other", "wallet", "electronics"):
                force["kind"] = rec["kind"]
            if rec["cat"] == "ebike":
                force["noplate"] = chance(0.3)
            nr = MK[rec["cat"]](o["role"], force)
            nr["color"] = rec["color"]
        else:  # decoy: same category, colour family, another brand or kind
            for _ in range(20):
                nr = MK[rec["cat"]](ch(CAT_ROLES[rec["cat"]]), {"color": rec["color"], "avoid": avoid})
                if (nr["brand"] != rec["brand"] or nr["kind"] != rec["kind"]):
                    break
            nr["color"] = rec["color"]
        fd, flc = finder_text(nr, o["pk"], [], neg=True)
        lo = max(0, o["to"] - 2880)
        t = R.randint(lo, o["frm"] + 120) if chance(0.75) else R.randint(lo, o["frm"])
        t = min(t, 172800)
        return nr, fd, flc, t

    twin_pool = []  # never-found reports of look-alike kinds weigh triple as twin anchors
    for o in nevers:
        twin_pool += [o] * (3 if o["cat"] in ("phone", "keys", "electronics", "id_doc") else 1)
    plan = ([("twin", True)] * 28 + [("twin", False)] * 14 + [("decoy", True)] * 26 + [("decoy", False)] * 16)
    for label, at_never in plan:
        o = ch(twin_pool if label == "twin" else nevers) if at_never else ch(trues)
        nr, fd, flc, t = neg_near(o, label)
        negs.append((label, nr, fd, flc, t))
    for _ in range(22):  # before_loss: same kind found before the loss window began
        o = ch(objs)
        rec = o["rec"]
        force = {"kind": rec["kind"], "color": rec["color"], "avoid": [f[0] for f in rec["facts"]]}
        if rec["brand"]:
            force["brand"] = rec["brand"]
        nr = MK[rec["cat"]](o["role"], force)
        fd, flc = finder_text(nr, o["pk"], [], neg=True)
        t = min(172800, o["frm"] + R.randint(600, 14400))
        negs.append(("before_loss", nr, fd, flc, t))
    for _ in range(20):  # brand_elsewhere
        o = ch([x for x in objs if x["rec"]["brand"]])
        rec = o["rec"]
        other_pk = ch([p for p in PKEYS if p != o["pk"]])
        nr = MK[rec["cat"]](o["role"], {"brand": rec["brand"], "avoid": [f[0] for f in rec["facts"]]})
        fd, flc = finder_text(nr, other_pk, [], neg=True)
        t = o["frm"] + R.randint(8000, 40000)
        if t > 172800:
            t = max(0, o["to"] - R.randint(8000, 40000))
        negs.append(("brand_elsewhere", nr, fd, flc, t))
    for _ in range(24):  # unclaimed ordinary finds
        c = ch([x[0] for x in CAT_N])
        role = ch(CAT_ROLES[c])
        pk = ch(ROLES[role][0])
        nr = MK[c](role)
        fd, flc = finder_text(nr, pk, [], neg=True)
        negs.append(("unclaimed", nr, fd, flc, R.randint(60, 172000)))

    items = [("T", Fd, L) for Fd, L in true_found] + [("N",) + n for n in negs]
    R.shuffle(items)
    for it in items:
        if it[0] == "T":
            Fd, L = it[1], it[2]
            Fd["key"] = fkey()
            L["truth"] = Fd["key"]
            found.append(Fd)
        else:
            label, nr, fd, flc, t = it[1:]
            d = {"key": fkey(), "category": nr["cat"], "body": fd["body"], "found_at_min": t}
            for k in ("color", "brand", "model", "serial"):
                if k in fd:
                    d[k] = fd[k][:60]
            if "marks" in fd:
                d["marks"] = fd["marks"][:500]
            put_loc(d, flc)
            d["negative"] = label
            found.append(d)
    # key order tidy
    fo = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "negative"]
    lo = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address",
          "lat", "lon", "truth"]
    found = [{k: d[k] for k in fo if k in d} for d in found]
    lost = [{k: d[k] for k in lo if k in d} for d in lost]
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set23.py", "parts": {"set23": {"found": found, "lost": lost}}}
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d lost (%d with truth), %d found" % (OUT, len(lost), sum(1 for x in lost if x["truth"]), len(found)))


if __name__ == "__main__":
    main()
