#!/usr/bin/env python3
"""Blind labelled set 25 for the lost-and-found matcher (world: 蓉城 in midsummer).

Standard library only; one seeded random.Random; deterministic whatever PYTHONHASHSEED
(only lists are iterated).  Every object is first drawn as a hidden truth record; the
owner's report and the finder's registration are then written from it separately.
"""
import json
import os
import random

SEED = 20261225
PFX = "Z2"
R = random.Random(SEED)
MAXMIN = 172800

# ---------------------------------------------------------------- world
PLACES = [
    dict(id="chunxiwan", kind="metro", name="春熙湾站", district="锦澜区", lat=30.65712, lon=104.08126,
         vague=["春熙湾地铁站", "春熙湾站换乘厅", "3号线换7号线的换乘通道", "春熙湾那个换乘站", "地铁春熙湾"],
         spots=["A口安检口", "B口闸机", "C口扶梯下", "3号线站台", "7号线站台", "换乘通道", "3号线列车03117次第4节车厢",
                "7号线列车07205次第2节车厢", "B口进站安检机旁"],
         addr=["锦澜区春熙湾站B口", "春熙湾站(3/7号线换乘)", "锦澜区春熙湾站站务室", "锦澜区东大街春熙湾站A口"]),
    dict(id="tianjin", kind="metro", name="天锦广场站", district="青檀区", lat=30.66395, lon=104.06311,
         vague=["天锦广场站", "天锦广场地铁", "1号线天锦广场站", "天锦广场4号线换乘口"],
         spots=["D口安检口", "1号线站台", "4号线站台", "E口闸机", "换乘厅", "1号线列车01088次第6节车厢",
                "4号线列车04032次第1节车厢", "D口卫生间外"],
         addr=["青檀区天锦广场站D口", "天锦广场站(1/4号线)", "青檀区人民中路天锦广场站"]),
    dict(id="laomatou", kind="hotpot", name="老码头火锅(锦澜路店)", district="锦澜区", lat=30.64820, lon=104.09033,
         vague=["老码头火锅", "锦澜路那家火锅店", "老码头火锅店里", "锦澜路火锅店"],
         spots=["大厅12号桌", "包间“望江厅”", "门口等位区", "收银台旁", "二楼卫生间洗手台"],
         addr=["锦澜区锦澜路88号", "锦澜路88号老码头火锅", "锦澜区锦澜路88号1-2楼"]),
    dict(id="guiyin", kind="snack", name="桂荫街夜市", district="蜀桂区", lat=30.63154, lon=104.04587,
         vague=["桂荫街", "桂荫街串串店", "桂荫街夜啤酒摊", "桂荫街那条小吃街"],
         spots=["“签签香”串串店门口", "夜啤酒摊第3张桌子", "街口烧烤摊", "冰粉摊旁边", "桂荫街17号门口台阶"],
         addr=["蜀桂区桂荫街", "蜀桂区桂荫街17号", "桂荫街与玉兰路路口", "蜀桂区桂荫街42号"]),
    dict(id="qingtan", kind="teahouse", name="青檀公园鹤松茶社", district="青檀区", lat=30.66988, lon=104.05102,
         vague=["青檀公园喝茶的地方", "鹤松茶社", "公园茶馆", "青檀公园麻将桌", "公园里头的茶铺"],
         spots=["茶社竹椅区", "麻将桌第5桌", "湖边藤椅", "茶社门口", "公园东门长椅"],
         addr=["青檀区青檀公园内", "青檀公园鹤松茶社", "青檀区少城路青檀公园东门"]),
    dict(id="panda", kind="panda", name="蓉北大熊猫繁育基地", district="蓉北新区", lat=30.73502, lon=104.14219,
         vague=["熊猫基地", "熊猫基地观景台", "大熊猫基地", "熊猫基地大巴停车场"],
         spots=["游客中心", "2号停车场旅游大巴旁", "月亮产房外栏杆", "太阳产房观景台", "南门检票口", "观光车站"],
         addr=["蓉北新区熊猫大道1375号", "蓉北大熊猫繁育基地南门", "熊猫基地游客中心"]),
    dict(id="shuhui", kind="mall", name="蜀汇天地购物中心", district="浣溪区", lat=30.61227, lon=104.07348,
         vague=["蜀汇天地", "蜀汇商场", "蜀汇电影院", "浣溪那个大商场", "蜀汇天地影城"],
         spots=["1F东门入口", "B1美食广场", "5F影城3号厅", "5F影城检票口", "3F女卫生间", "2F扶梯口", "B2停车场C区"],
         addr=["浣溪区天府二街99号蜀汇天地", "蜀汇天地购物中心东门", "蜀汇天地5F星河影城", "浣溪区蜀汇天地B1"]),
    dict(id="greenway", kind="greenway", name="锦澜河绿道(望江段)", district="锦澜区", lat=30.63378, lon=104.08902,
         vague=["河边绿道", "锦澜河绿道", "望江那段绿道", "河边骑车道"],
         spots=["共享单车停放点", "望江桥下", "绿道驿站", "3号停车点", "亲水平台"],
         addr=["锦澜区锦澜河绿道望江段", "望江桥下绿道驿站", "锦澜区滨河路绿道3号停车点"]),
    dict(id="yulan", kind="snack", name="玉兰路冒菜一条街", district="青檀区", lat=30.65043, lon=104.03977,
         vague=["玉兰路", "玉兰路冒菜馆", "玉兰路的苍蝇馆子"],
         spots=["“胖妹冒菜”门口", "路边塑料凳", "公交站台", "便利店门口"],
         addr=["青檀区玉兰路", "青檀区玉兰路56号", "玉兰路公交站"]),
]
PLACE_BY_ID = {p["id"]: p for p in PLACES}

PROVS = [("杭州", "3301"), ("武汉", "4201"), ("西安", "6101"), ("广州", "4401"), ("沈阳", "2101"),
         ("郑州", "4101"), ("南京", "3201"), ("长沙", "4301"), ("北京", "1101"), ("昆明", "5301")]
LOCAL_AREAS = ["510104", "510105", "510106", "510107", "510108", "510112", "510124"]

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌浩宇晨欣怡子轩梓涵雨桐思远俊熙婷")


def name():
    return R.choice(SURN) + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2])))


COLORS = {
    "white": ["白色", "白的", "米白", "奶白色", "象牙白", "纯白"],
    "black": ["黑色", "黑的", "曜石黑", "深黑", "亮黑色", "哑光黑"],
    "grey": ["灰色", "银灰", "深空灰", "银色", "铁灰色"],
    "blue": ["蓝色", "深蓝", "藏青色", "天蓝", "宝蓝色", "雾蓝"],
    "pink": ["粉色", "粉红", "樱花粉", "淡粉", "玫粉色"],
    "green": ["绿色", "墨绿", "薄荷绿", "军绿色", "浅绿"],
    "red": ["红色", "大红", "酒红", "枣红色"],
    "brown": ["棕色", "咖啡色", "驼色", "焦糖色", "深棕"],
    "gold": ["金色", "香槟金", "土豪金", "亮金"],
    "yellow": ["黄色", "明黄", "鹅黄", "柠檬黄"],
}


def cw(fam):
    return R.choice(COLORS[fam])


# ---------------------------------------------------------------- identifiers
def gb11643(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(first17, w))
    return "10X98765432"[s % 11]


def idnum(area=None, year=None):
    area = area or R.choice(LOCAL_AREAS)
    y = year or R.randint(1950, 2008)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    s = "%s%04d%02d%02d%03d" % (area, y, m, d, R.randint(1, 999))
    return s + gb11643(s)


def luhn_digit(s14):
    tot = 0
    for i, ch in enumerate(reversed(s14)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def imei():
    s = R.choice(["35", "86", "35", "86"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    return s + luhn_digit(s)


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def mask_id(i):
    k = R.choice([0, 1, 2])
    if k == 0:
        return i[:4] + "*" * 10 + i[-4:]
    if k == 1:
        return i[:6] + "********" + i[-4:]
    return i[:3] + "*" * 11 + i[-4:]


def owner_id(i):
    k = R.choice([0, 1, 2, 3, 4])
    if k == 0:
        return i
    if k == 1:
        return i.lower() if i.endswith("X") else i
    if k == 2:
        return "尾号" + i[-4:].lower()
    if k == 3:
        return i[:6] + " " + i[6:14] + " " + i[14:]
    return i[:4] + "**********" + i[-4:]


def owner_serial(s):
    k = R.choice([0, 0, 1, 2, 3])
    if k == 0:
        return s
    if k == 1:
        return s.lower()
    if k == 2:
        return "尾号" + s[-4:]
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def owner_imei(s):
    k = R.choice([0, 1, 2, 3])
    if k == 0:
        return s
    if k == 1:
        return s[:8] + "-" + s[8:14] + "-" + s[14]
    if k == 2:
        return "IMEI尾号" + s[-5:]
    return " ".join([s[:2], s[2:8], s[8:14], s[14]])


# ---------------------------------------------------------------- object kinds
# each builder returns a truth record:
# cat, kind (canonical), ko (owner words), kf (finder words), brand (key or None), bo (owner spellings),
# bf (printed forms), model, fam, vis [(owner phrase, finder phrase)], hid [owner phrases],
# serial, serial_vis, idn (ID number), imei, fcat (finder's category if desks differ)

def rec(**kw):
    base = dict(brand=None, bo=[], bf=[], model="", vis=[], hid=[], serial="", serial_vis=False,
                idn="", imei="", fcat=None, plate="", amount=0)
    base.update(kw)
    return base


EAR_BR = [
    ("apple", ["苹果", "AirPods", "airpods", "Airpod", "苹果耳机"], ["Apple", "AirPods"], ["AirPods Pro 2", "AirPods 3", "AirPods Pro"], ["white"]),
    ("huawei", ["华为", "HUAWEI", "华伟", "huawei"], ["HUAWEI", "华为"], ["FreeBuds 5i", "FreeBuds Pro 3", "FreeBuds 5"], ["white", "black", "blue"]),
    ("xiaomi", ["小米", "Redmi", "xiaomi", "红米"], ["Xiaomi", "Redmi"], ["Buds 4 Pro", "Redmi Buds 5", "Buds 5"], ["white", "black"]),
    ("edifier", ["漫步者", "EDIFIER", "慢步者", "edifier"], ["EDIFIER"], ["Lolli3", "NeoBuds", "W320TN"], ["white", "black", "pink"]),
]
STICKERS = ["熊猫贴纸", "草莓熊贴纸", "“巴适”两个字的贴纸", "小猫爪印贴纸", "蓝色星星贴纸", "火锅图案贴纸", "奥特曼贴纸"]
CASES = ["透明硅胶套", "小黄鸭保护套", "皮卡丘硅胶套", "黑色磨砂壳套", "带挂绳的粉色保护套", "熊猫头保护套", "迷彩保护套"]


def b_earphones():
    key, bo, bf, models, fams = R.choice(EAR_BR)
    fam = R.choice(fams)
    vis = []
    c = R.choice(CASES)
    vis.append(("套了个" + c, "外有" + c))
    if R.random() < 0.6:
        s = R.choice(STICKERS)
        vis.append(("盒子上贴了" + s, "盒身贴有" + s))
    if R.random() < 0.4:
        scr = R.choice(["盖子边上有道划痕", "充电口旁边磕掉了点漆", "盒子有点发黄"])
        vis.append((scr, scr.replace("有点", "略")))
    if key == "apple" and R.random() < 0.4:
        eng = R.choice(["LY♥", "小蓉", "WANG", "Bye", "2024", "晚安"])
        vis.append(("盒子上刻了“%s”" % eng, "盒面镭雕“%s”" % eng))
    hid = [R.choice(["只有一只左耳在里面", "右耳那只掉过一次有点松", "电量应该没得好多了", "连的我手机名字叫" + R.choice(["小胖的iPhone", "HUAWEI Mate", "阿峰"])])]
    serial = alnum(R.choice([10, 12]))
    return rec(cat="electronics", kind="earphones", ko=["蓝牙耳机", "耳机", "无线耳机", "耳机盒", "耳机充电盒"],
               kf=["无线蓝牙耳机", "耳机充电仓", "蓝牙耳机", "耳机盒"], brand=key, bo=bo, bf=bf, model=R.choice(models),
               fam=fam, vis=vis, hid=hid, serial=serial, serial_vis=R.random() < 0.35)


PB_SHARED = [("guaishou", ["怪兽充电", "怪兽", "怪兽的充电宝"], ["怪兽充电"], "GS"),
             ("jiedian", ["街电", "jiedian", "街电充电宝"], ["街电"], "JD"),
             ("meituan", ["美团充电宝", "美团", "美团的"], ["美团充电宝"], "MT")]
PB_OWN = [("xiaomi", ["小米", "xiaomi", "小咪"], ["Xiaomi", "MI"], ["20000mAh 快充版", "10000mAh 口袋版", "磁吸充电宝"]),
          ("romoss", ["罗马仕", "ROMOSS", "罗马士"], ["ROMOSS"], ["PAC20", "Sense6", "WA10"]),
          ("anker", ["安克", "Anker", "anker"], ["ANKER"], ["A1257", "Nano", "PowerCore 10000"])]


def b_powerbank():
    if R.random() < 0.4:
        key, bo, bf, pre = R.choice(PB_SHARED)
        fam = R.choice(["yellow", "white", "black"]) if key != "meituan" else "yellow"
        code = pre + alnum(8, "0123456789")
        vis = [("是%s租的" % bo[0], "机身印有%s标识" % bf[0]), ("机身编号%s" % code, "设备编号%s" % code)]
        return rec(cat="electronics", kind="powerbank_shared", ko=["共享充电宝", "充电宝", "租的充电宝"],
                   kf=["共享充电宝", "充电宝"], brand=key, bo=bo, bf=bf, model="共享", fam=fam, vis=vis,
                   hid=["租的时候扣了押金99", "订单还没结束一直在计费"], serial=code, serial_vis=True)
    key, bo, bf, models = R.choice(PB_OWN)
    fam = R.choice(["white", "black", "grey", "blue", "pink"])
    vis = []
    w = R.choice(["缠了根Type-C线", "贴了张“勿动”标签", "外壳有个小凹坑", "绑了根红绳", "侧面写了个“蔡”字", "插着一根苹果线"])
    vis.append((w, w.replace("贴了张", "贴有").replace("缠了根", "缠有")))
    if R.random() < 0.5:
        vis.append(("电量灯亮三格", "电量指示灯三格"))
    return rec(cat="electronics", kind="powerbank", ko=["充电宝", "移动电源", "自己的充电宝"], kf=["充电宝", "移动电源"],
               brand=key, bo=bo, bf=bf, model=R.choice(models), fam=fam, vis=vis,
               hid=["买了才两个月", "容量两万毫安"], serial=alnum(12), serial_vis=R.random() < 0.2)


PH_BR = [("huawei", ["华为", "HUAWEI", "华伟", "Mate"], ["HUAWEI"], ["Mate 60 Pro", "nova 12", "P60", "Pura 70"]),
         ("apple", ["苹果", "iPhone", "iphone", "爱疯"], ["Apple"], ["iPhone 15", "iPhone 14 Pro", "iPhone 13", "iPhone 15 Pro Max"]),
         ("xiaomi", ["小米", "Xiaomi", "红米", "Redmi"], ["Xiaomi", "Redmi"], ["小米14", "Redmi K70", "Redmi Note 13"]),
         ("oppo", ["OPPO", "oppo", "欧珀"], ["OPPO"], ["Reno 11", "Find X7", "A2"]),
         ("vivo", ["vivo", "维沃", "VIVO"], ["vivo"], ["X100", "S18", "iQOO 12"])]
PH_CASE = ["透明壳", "黑色皮壳", "熊猫图案手机壳", "带指环扣的壳", "粉色卡通壳", "磨砂蓝壳", "卡包式手机壳", "绿色硅胶壳"]
WALL = ["锁屏是一只柯基", "锁屏是全家福", "锁屏是熊猫照片", "锁屏是晚霞", "锁屏是小孩照片", "锁屏是动漫人物", "锁屏是纯黑"]


def b_phone():
    key, bo, bf, models = R.choice(PH_BR)
    fam = R.choice(["black", "white", "blue", "grey", "green", "gold", "pink"])
    c = R.choice(PH_CASE)
    vis = [("套的" + c, c)]
    w = R.choice(WALL)
    vis.append((w, w.replace("锁屏是", "锁屏壁纸为")))
    if R.random() < 0.5:
        x = R.choice(["屏幕左上角碎了", "背面有道裂纹", "壳里夹了张地铁卡", "挂了个小熊挂绳", "壳里塞了张100元"])
        vis.append((x, x.replace("碎了", "有碎裂").replace("夹了张", "夹有").replace("塞了张", "夹有")))
    return rec(cat="phone", kind="phone", ko=["手机", "电话", "手机"], kf=["手机", "智能手机"], brand=key, bo=bo,
               bf=bf, model=R.choice(models), fam=fam, vis=vis,
               hid=["开机密码是六位数", "手机号尾号" + str(R.randint(1000, 9999)), "里面有两张卡"], imei=imei())


def b_watch():
    key = R.choice(["xtc", "huawei_kids"])
    bo = ["小天才", "小天才电话手表", "XTC"] if key == "xtc" else ["华为儿童手表", "华为", "HUAWEI"]
    bf = ["小天才"] if key == "xtc" else ["HUAWEI"]
    fam = R.choice(["blue", "pink", "black", "green"])
    kid = name()
    vis = [("表带上写了娃娃的名字“%s”" % kid, "表带内侧写有“%s”" % kid)]
    if R.random() < 0.5:
        vis.append(("屏幕保护膜翘起来了", "屏幕贴膜翘边"))
    ocat, fcat = ("phone", "electronics") if R.random() < 0.5 else ("electronics", "phone")
    return rec(cat=ocat, fcat=fcat, kind="kidwatch", ko=["电话手表", "儿童手表", "娃娃的手表"], kf=["儿童电话手表", "智能手表"],
               brand=key, bo=bo, bf=bf, model=R.choice(["Z8", "Z9", "D3", "4X"]), fam=fam, vis=vis,
               hid=["绑的是我的手机", "设了上课禁用"], imei=imei())


WAL_BR = [("septwolves", ["七匹狼", "SEPTWOLVES"], ["SEPTWOLVES"]), ("coach", ["蔻驰", "COACH", "coach", "寇驰"], ["COACH"]),
          ("goldlion", ["金利来", "goldlion"], ["goldlion"]), (None, [], [])]


def b_wallet():
    key, bo, bf = R.choice(WAL_BR)
    fam = R.choice(["black", "brown", "red", "pink", "blue"])
    nm = name()
    amt = R.choice([50, 80, 120, 200, 260, 300, 450, 600, 1000])
    vis = [("里面有%d块钱左右" % amt, "内有现金%d元" % amt)]
    cards = R.choice(["社保卡", "身份证", "银行卡", "学生证", "老年卡", "会员卡"])
    if cards in ("社保卡", "身份证", "学生证", "老年卡"):
        vis.append(("有我的%s，名字%s" % (cards, nm), "内有%s一张（姓名%s）" % (cards, nm)))
    else:
        tail = str(R.randint(1000, 9999))
        vis.append(("有张%s尾号%s" % (cards, tail), "%s一张（尾号%s）" % (cards, tail)))
    if R.random() < 0.4:
        x = R.choice(["边角磨白了", "拉链坏了", "夹了张全家福照片"])
        vis.append((x, x.replace("夹了张", "夹有")))
    return rec(cat="wallet", kind="wallet", ko=["钱包", "皮夹", "钱夹子", "零钱包"], kf=["钱包", "皮质钱包", "钱夹"], brand=key,
               bo=bo, bf=bf, model=R.choice(["短款", "长款", "折叠款", "卡包"]), fam=fam, vis=vis,
               hid=["还有几张发票", "夹层里有张身份证复印件"], amount=amt)


def b_iddoc():
    t = R.choice(["身份证", "身份证", "社保卡", "学生证", "老年卡"])
    nm = name()
    tourist = R.random() < 0.3
    if t in ("身份证", "社保卡"):
        area = R.choice(PROVS)[1] + "0" + str(R.randint(2, 6)) if tourist else None
        n = idnum(area)
        vis = [("名字是%s" % nm, "姓名%s" % nm)]
        fam = "white" if t == "身份证" else R.choice(["blue", "red"])
        return rec(cat="id_doc", kind=t, ko=[t, t + "一张"] if t != "身份证" else ["身份证", "二代证", "身份证件"],
                   kf=["居民身份证" if t == "身份证" else "社会保障卡", t], fam=fam, vis=vis, hid=["有效期到2033年"], idn=n)
    if t == "学生证":
        sch = R.choice(["蓉城理工大学", "锦澜中学", "青檀职业技术学院", "蜀桂实验小学", "西南民族艺术学院"])
        sid = str(R.randint(2021, 2025)) + "%06d" % R.randint(0, 999999)
        vis = [("%s的学生证，名字%s" % (sch, nm), "%s学生证（姓名%s）" % (sch, nm)), ("学号%s" % sid, "学号%s" % sid)]
        return rec(cat="id_doc", kind="学生证", ko=["学生证", "学生卡", "校园卡"], kf=["学生证", "校园卡"], fam=R.choice(["red", "blue", "green"]),
                   vis=vis, hid=["里面夹了张一寸照"], serial=sid, serial_vis=True)
    vis = [("是%s的老年卡" % nm, "老年卡（%s）" % nm)]
    return rec(cat="id_doc", kind="老年卡", ko=["老年卡", "老年乘车卡", "敬老卡"], kf=["老年优待卡", "老年乘车卡"], fam=R.choice(["red", "gold", "green"]),
               vis=vis + [("卡套是" + R.choice(["红色塑料套", "熊猫卡套", "透明卡套"]), "")], hid=["卡里还有乘车次数"])


def b_keys():
    fam = R.choice(["grey", "gold", "black", "red", "blue"])
    n = R.randint(2, 6)
    vis = [("%d把钥匙" % n, "钥匙%d把" % n)]
    ch = R.choice(["熊猫公仔挂件", "小铃铛", "麻将牌“发财”挂件", "红绳编的平安结", "皮卡丘挂件", "开瓶器"])
    vis.append(("挂了个" + ch, "挂有" + ch))
    brand, bo, bf, model = None, [], [], ""
    if R.random() < 0.4:
        brand, bo, bf, model = R.choice([("byd", ["比亚迪", "BYD"], ["BYD"], "车钥匙"), ("vw", ["大众", "VW"], ["大众"], "车钥匙"),
                                         ("toyota", ["丰田", "TOYOTA"], ["丰田"], "车钥匙")])
        vis.append(("还有把%s的车钥匙" % bo[0], "含%s车钥匙一把" % bf[0]))
    if R.random() < 0.5:
        c = R.choice(["蓝色", "红色", "黄色"])
        vis.append(("有个%s门禁卡" % c, "附%s门禁扣" % c))
    return rec(cat="keys", kind="keys", ko=["钥匙", "一串钥匙", "钥匙串"], kf=["钥匙串", "钥匙"], brand=brand, bo=bo, bf=bf,
               model=model, fam=fam, vis=vis, hid=["是屋头防盗门钥匙"])


BAG_BR = [("anello", ["anello", "阿耐洛"], ["anello"]), ("nike", ["耐克", "Nike", "NIKE"], ["NIKE"]),
          ("xiaomi", ["小米", "90分"], ["90FUN"]), ("coach", ["蔻驰", "COACH"], ["COACH"]), (None, [], [])]


def b_bag():
    key, bo, bf = R.choice(BAG_BR)
    kind = R.choice(["双肩包", "帆布包", "斜挎包", "腰包", "手提袋"])
    fam = R.choice(["black", "blue", "grey", "brown", "white", "green"])
    cont = R.sample(["雨伞", "笔记本电脑", "一件防晒衣", "熊猫玩偶", "保温杯", "几本书", "化妆包", "充电器", "工牌", "一盒药"], 2)
    vis = [("里面有%s和%s" % tuple(cont), "内有%s、%s" % tuple(cont))]
    if R.random() < 0.5:
        x = R.choice(["拉链上挂了个熊猫挂件", "背带打了个结", "侧袋破了个洞", "印了“成都·巴适”几个字"])
        vis.append((x, x.replace("挂了个", "挂有").replace("印了", "印有")))
    return rec(cat="bag", kind=kind, ko=[kind, "包", "包包"], kf=[kind, "包"], brand=key, bo=bo, bf=bf,
               model="", fam=fam, vis=vis, hid=["夹层里有张购物小票"])


def b_cash():
    amt = R.choice([200, 300, 500, 800, 1200, 2000, 3000])
    how = R.choice(["红包", "信封", "用橡皮筋捆着", "银行纸袋"])
    fam = "red" if how == "红包" else R.choice(["white", "brown"])
    vis = [("%d块钱" % amt, "现金%d元" % amt), ("装在%s里" % how if how != "用橡皮筋捆着" else "用橡皮筋捆起的",
                                             "装于%s" % how if how != "用橡皮筋捆着" else "橡皮筋捆扎")]
    if R.random() < 0.5:
        w = R.choice(["信封上写了“房租”", "写了个“奠仪”", "红包上印了“恭喜发财”", "上面有个电话号码后四位"])
        vis.append((w, w.replace("写了", "写有").replace("印了", "印有")))
    return rec(cat="cash", kind="cash", ko=["现金", "钱", "一沓钱"], kf=["现金", "人民币现金"], fam=fam, vis=vis,
               hid=["都是百元大钞"], amount=amt)


def b_jewelry():
    kind = R.choice(["金手镯", "玉镯", "银项链", "金项链", "翡翠吊坠", "耳环"])
    fam = {"金手镯": "gold", "金项链": "gold", "银项链": "grey", "玉镯": "green", "翡翠吊坠": "green", "耳环": R.choice(["gold", "grey"])}[kind]
    key, bo, bf = R.choice([("ctf", ["周大福", "CTF"], ["周大福"]), ("lukfook", ["六福", "六福珠宝"], ["六福"]),
                            ("laofengxiang", ["老凤祥"], ["老凤祥"]), (None, [], [])])
    x = R.choice(["刻了个“福”字", "扣头有点松", "上面有小划痕", "刻了“平安”", "配了个红绳"])
    vis = [(x, x.replace("刻了", "刻有").replace("配了个", "系有"))]
    return rec(cat="jewelry", kind=kind, ko=[kind, kind[-2:] if len(kind) > 2 else kind], kf=[kind, "首饰"], brand=key, bo=bo, bf=bf,
               fam=fam, vis=vis, hid=["大概" + str(R.randint(8, 40)) + "克", "是我妈传给我的"])


def b_sunglasses():
    key, bo, bf = R.choice([("rayban", ["雷朋", "Ray-Ban", "rayban", "雷邦"], ["Ray-Ban"]), ("bolon", ["暴龙", "BOLON"], ["BOLON"]),
                            ("parim", ["派丽蒙", "PARIM"], ["PARIM"]), ("gm", ["GM", "Gentle Monster"], ["GENTLE MONSTER"])])
    fam = R.choice(["black", "brown", "gold", "grey"])
    x = R.choice(["装在%s眼镜盒里" % cw(R.choice(["black", "brown", "red"])), "右边镜腿有点歪", "镜片上有个小划痕", "挂了根防滑绳"])
    vis = [(x, x.replace("装在", "装于").replace("挂了根", "系有"))]
    return rec(cat="other", kind="sunglasses", ko=["墨镜", "太阳镜", "太阳眼镜"], kf=["太阳镜", "墨镜"], brand=key, bo=bo, bf=bf,
               model=R.choice(["RB2140", "飞行员款", "方框", "圆框", "BL3028"]), fam=fam, vis=vis, hid=["是偏光的", "有近视度数"])


def b_umbrella():
    key, bo, bf = R.choice([("paradise", ["天堂伞", "天堂"], ["天堂"]), ("bananain", ["蕉下", "BANANAIN", "焦下"], ["蕉下"]),
                            ("muji", ["无印良品", "MUJI"], ["MUJI"]), (None, [], [])])
    fam = R.choice(["black", "black", "blue", "pink", "white", "green"])
    kind = R.choice(["折叠伞", "长柄伞", "晴雨伞", "遮阳伞"])
    x = R.choice(["伞柄缠了胶布", "伞套不见了", "有根伞骨断了", "伞面有小雏菊图案", "伞柄上有个钥匙圈", "伞面内层黑胶"])
    vis = [(x, x.replace("缠了", "缠有"))]
    return rec(cat="other", kind="umbrella", ko=[kind, "伞", "雨伞"], kf=[kind, "雨伞"], brand=key, bo=bo, bf=bf,
               model=kind, fam=fam, vis=vis, hid=["买的时候一百多"])


def b_fan():
    if R.random() < 0.4:
        fam = R.choice(["brown", "yellow"])
        x = R.choice(["扇柄上刻了个“刘”", "边边用布条包过", "扇面上用毛笔写了“心静自然凉”", "扇把上缠了红线"])
        return rec(cat="other", kind="蒲扇", ko=["蒲扇", "扇子", "芭蕉扇"], kf=["蒲扇", "扇子"], fam=fam,
                   vis=[(x, x.replace("刻了个", "刻有").replace("写了", "写有").replace("缠了", "缠有"))], hid=["用了好多年了"])
    key, bo, bf = R.choice([("jisulife", ["几素", "JISULIFE"], ["JISULIFE"]), ("xiaomi", ["小米", "米家"], ["MIJIA"]), (None, [], [])])
    fam = R.choice(["white", "pink", "blue", "green", "yellow"])
    x = R.choice(["挂脖子那种", "底座可以立起来", "贴了个小熊贴纸", "挂绳是彩色的"])
    return rec(cat="electronics", kind="fan", ko=["小风扇", "手持风扇", "电风扇"], kf=["手持小风扇", "USB小风扇"], brand=key, bo=bo, bf=bf,
               fam=fam, vis=[(x, x.replace("贴了个", "贴有"))], hid=["充一次电用一天"])


def b_bottle():
    key, bo, bf = R.choice([("thermos", ["膳魔师", "THERMOS"], ["THERMOS"]), ("zojirushi", ["象印"], ["ZOJIRUSHI"]),
                            ("fuguang", ["富光", "fuguang"], ["富光"]), ("tiger", ["虎牌", "TIGER"], ["TIGER"]), (None, [], [])])
    fam = R.choice(["grey", "pink", "blue", "black", "white", "red"])
    kind = R.choice(["保温杯", "水杯", "运动水壶"])
    x = R.choice(["杯盖上有个贴纸", "杯身有凹痕", "里面泡的枸杞", "杯套是针织的", "杯底写了名字缩写", "里面是菊花茶"])
    return rec(cat="other", kind="bottle", ko=[kind, "杯子", "保温杯"], kf=[kind, "水杯"], brand=key, bo=bo, bf=bf,
               fam=fam, vis=[(x, x.replace("有个", "有").replace("写了", "写有"))], hid=["杯子是单位发的"])


def b_ebike():
    key, bo, bf = R.choice([("yadea", ["雅迪", "yadea"], ["雅迪"]), ("aima", ["爱玛", "AIMA"], ["爱玛"]), ("ninebot", ["九号", "Ninebot"], ["九号"])])
    fam = R.choice(["white", "black", "blue", "pink", "grey"])
    plate = "川A" + alnum(5, "0123456789ABCDEFGHJK")
    vis = [("车牌%s" % plate, "车牌号%s" % plate), ("后面有个" + R.choice(["外卖箱", "儿童座椅", "菜篮子"]), "")]
    vis[1] = (vis[1][0], vis[1][0].replace("后面有个", "后部装有"))
    return rec(cat="ebike", kind="ebike", ko=["电瓶车", "电动车", "电驴"], kf=["电动自行车", "电动车"], brand=key, bo=bo, bf=bf,
               model=R.choice(["冠能", "A7", "F30", "小金豆"]), fam=fam, vis=vis, hid=["车架号记不到了", "电池是新换的"], plate=plate,
               serial=plate, serial_vis=True)


def b_bicycle():
    key, bo, bf = R.choice([("giant", ["捷安特", "GIANT", "giant"], ["GIANT"]), ("merida", ["美利达", "MERIDA"], ["MERIDA"]),
                            ("decathlon", ["迪卡侬", "Decathlon", "迪卡龙"], ["DECATHLON"])])
    fam = R.choice(["black", "white", "blue", "red", "green"])
    x = R.choice(["车把上挂了个铃铛", "后座绑了个软垫", "车篮是黑色铁丝的", "车架上贴了“巴适”贴纸", "链条有点锈"])
    return rec(cat="bicycle", kind="bicycle", ko=["自行车", "单车", "山地车"], kf=["自行车", "山地自行车"], brand=key, bo=bo, bf=bf,
               model=R.choice(["ATX 660", "公路车", "折叠车", "勇士"]), fam=fam,
               vis=[(x, x.replace("挂了个", "挂有").replace("绑了个", "绑有").replace("贴了", "贴有"))], hid=["车架号在五通下面"],
               serial=alnum(10), serial_vis=False)


def b_camera():
    key, bo, bf, models = R.choice([("fujifilm", ["富士", "Fujifilm", "拍立得"], ["FUJIFILM"], ["instax mini 12", "X-S20"]),
                                    ("sony", ["索尼", "SONY"], ["SONY"], ["ZV-1", "ZV-E10"]),
                                    ("dji", ["大疆", "DJI"], ["DJI"], ["Pocket 3", "Action 4"])])
    fam = R.choice(["white", "black", "blue", "pink"])
    x = R.choice(["挂了根彩色背带", "镜头盖不见了", "贴了张熊猫贴纸", "装在小相机包里"])
    return rec(cat="electronics", kind="camera", ko=["相机", "拍立得", "相机"], kf=["相机", "数码相机"], brand=key, bo=bo, bf=bf,
               model=R.choice(models), fam=fam, vis=[(x, x.replace("挂了根", "挂有").replace("贴了张", "贴有"))],
               hid=["卡里有熊猫基地拍的照片"], serial=alnum(8, "0123456789"), serial_vis=R.random() < 0.3)


BUILDERS = [(b_earphones, 20), (b_powerbank, 14), (b_phone, 12), (b_watch, 3), (b_wallet, 10), (b_iddoc, 12), (b_keys, 7),
            (b_bag, 8), (b_cash, 4), (b_jewelry, 5), (b_sunglasses, 6), (b_umbrella, 8), (b_fan, 5), (b_bottle, 6),
            (b_ebike, 5), (b_bicycle, 4), (b_camera, 3)]
BUILD_BY_KIND = {}


def draw_builder(avoid_watch=False):
    tot = sum(w for b, w in BUILDERS if not (avoid_watch and b is b_watch))
    x = R.uniform(0, tot)
    for b, w in BUILDERS:
        if avoid_watch and b is b_watch:
            continue
        x -= w
        if x <= 0:
            return b
    return BUILDERS[0][0]


# ---------------------------------------------------------------- events and text
def place_for(r):
    if r["kind"] in ("ebike", "bicycle"):
        return PLACE_BY_ID[R.choice(["greenway", "greenway", "guiyin", "shuhui", "yulan"])]
    if r["kind"] == "老年卡" or r["kind"] == "蒲扇":
        return PLACE_BY_ID[R.choice(["qingtan", "qingtan", "chunxiwan", "tianjin"])]
    if r["kind"] == "camera":
        return PLACE_BY_ID[R.choice(["panda", "panda", "shuhui", "greenway"])]
    return R.choice(PLACES)


def jitter(p, d=0.0025):
    return round(p["lat"] + R.uniform(-d, d), 6), round(p["lon"] + R.uniform(-d, d), 6)


def brand_word(r, who):
    if not r["brand"]:
        return ""
    if who == "o":
        return R.choice(r["bo"])
    return R.choice(r["bf"])


def color_phrase(w):
    if not w:
        return ""
    return w if w.endswith("的") else w + "的"


TYPOS = [("已经", "以经"), ("钥匙", "钥是"), ("麻烦", "麻凡"), ("谢谢", "谢射"), ("联系", "连系"), ("在", "再"), ("捡到", "检到")]


def typo(s, p=0.15):
    if R.random() < p:
        a, b = R.choice(TYPOS)
        if a in s:
            s = s.replace(a, b, 1)
    return s


def owner_text(r, ev, role, plain=False, shared=None):
    """The owner's report: knows hidden facts, vague place."""
    p = ev["place"]
    kind = R.choice(r["ko"])
    col = cw(r["fam"]) if r["kind"] not in ("身份证", "cash") else ""
    br = brand_word(r, "o") if (r["brand"] and R.random() < 0.8) else ""
    facts = []
    if not plain:
        vis = list(r["vis"])
        if shared is not None:
            facts.append(vis[shared][0])
            rest = [v for i, v in enumerate(vis) if i != shared]
        else:
            rest = vis
        for v in rest:
            if R.random() < 0.5 and v[0]:
                facts.append(v[0])
        if r["hid"] and R.random() < 0.6:
            facts.append(R.choice(r["hid"]))
        if r["idn"] and R.random() < 0.6:
            facts.append("证件号" + owner_id(r["idn"]))
        if r["imei"] and R.random() < 0.5:
            facts.append("串号" + owner_imei(r["imei"]))
        if r["serial"] and r["kind"] not in ("学生证", "powerbank_shared", "ebike") and R.random() < 0.4:
            facts.append("序列号" + owner_serial(r["serial"]))
        R.shuffle(facts)
    where = R.choice(p["vague"])
    fs = "，".join(f for f in facts if f)
    fields = {}
    if plain:
        body = R.choice(["%s %s %s 丢了" % (where, col, kind), "%s丢了%s%s" % (where, col, kind),
                         "%s%s，%s，急" % (col, kind, where), "%s 掉了个%s%s" % (where, col, kind)])
        return typo(body, 0.2), fields
    brs = (br + "的") if br else ""
    if role == "local":
        body = R.choice([
            "今天在%s耍的时候把%s%s%s搞丢了，%s。莫得它硬是恼火，哪个捡到了麻烦联系下，巴适得很，谢谢了！" % (where, color_phrase(col), brs, kind, fs),
            "在%s弄落了一个%s%s%s，%s。啥子时候掉的都不晓得，麻烦帮忙找下哈。" % (where, brs, color_phrase(col), kind, fs),
            "%s%s%s，%s，估计是落在%s了，捡到的朋友请联系我，必有酬谢。" % (col, br, kind, fs, where)])
    elif role == "commuter":
        body = R.choice(["%s丢%s%s%s。%s" % (where, col, br, kind, fs), "%s%s掉了%s%s，%s。" % ("赶地铁" if p["kind"] == "metro" else "下班路过", where, col, kind, fs),
                         "%s %s%s %s，%s" % (where, col, br, kind, fs)])
    elif role == "tourist":
        city, _ = R.choice(PROVS)
        body = R.choice([
            "您好，我是从%s来蓉城旅游的，在%s把%s%s%s落下了，%s。我过两天就要回%s了，麻烦警官帮忙留意一下，非常感谢。" % (city, where, brs, color_phrase(col), kind, fs, city),
            "外地游客，跟旅行团去%s，下来发现%s%s不见了，%s，%s。" % (where, col, kind, ("牌子是" + br) if br else "牌子没注意", fs)])
    elif role == "retiree":
        body = R.choice([
            "我那个%s啊，%s，好像是在%s那边，记不太清楚了。%s。%s" % (kind, color_phrase(col), where, fs, "拿着老年卡保温杯蒲扇一大堆东西，就把它搞忘了。" if r["kind"] not in ("bottle", "老年卡", "蒲扇") else "年纪大了记性不好。"),
            "老年人，下午在%s那一带，%s%s不晓得放哪去了，%s，麻烦你们帮我看看。" % (where, col, kind, fs)])
    else:  # form filler
        body = "丢失物品：%s%s。丢失地点：%s附近。特征：%s。" % (col, kind, where, fs)
        if br:
            fields["brand"] = br
        fields["color"] = col
        if r["model"] and R.random() < 0.5:
            fields["model"] = r["model"]
        if r["imei"] and R.random() < 0.5:
            fields["serial"] = owner_imei(r["imei"])
        elif r["idn"] and R.random() < 0.5:
            fields["serial"] = owner_id(r["idn"])
        elif r["serial"] and R.random() < 0.4:
            fields["serial"] = owner_serial(r["serial"])
        if facts and R.random() < 0.5:
            fields["marks"] = "；".join(facts[:3])
        if R.random() < 0.5:
            fields["address"] = R.choice(p["vague"])
    return typo(body), fields


def finder_text(r, ev, role, shared=None):
    """The finder's registration: sees only visible/printed facts, precise place."""
    p = ev["place"]
    kind = R.choice(r["kf"])
    col = cw(r["fam"]) if r["kind"] not in ("身份证", "cash") else ""
    br = brand_word(r, "f") if (r["brand"] and R.random() < 0.75) else ""
    facts = []
    vis = list(r["vis"])
    if shared is not None and vis[shared][1]:
        facts.append(vis[shared][1])
    for i, v in enumerate(vis):
        if i != shared and v[1] and R.random() < 0.6:
            facts.append(v[1])
    if r["idn"]:
        facts.append("证号" + mask_id(r["idn"]))
    if r["serial"] and r["serial_vis"] and R.random() < 0.7 and r["kind"] not in ("学生证", "powerbank_shared", "ebike"):
        facts.append("机身/盒内印有序列号" + r["serial"])
    if r["imei"] and R.random() < 0.15:
        facts.append("手机背面/设置可见IMEI " + r["imei"])
    if not facts:
        cand = [v[1] for v in vis if v[1]]
        if cand:
            facts.append(R.choice(cand))
    R.shuffle(facts)
    fs = "，".join(facts)
    fsc = ("，" + fs) if fs else ""
    spot = ev["spot"]
    fields = {}
    brs = ("（%s）" % br) if br else ""
    if role == "metro":
        body = "【%s】站务员于%s拾得%s%s%s一件%s。已登记，暂存站务室，待失主认领。" % (p["name"], spot, col, kind, brs, fsc)
        fields["address"] = R.choice(p["addr"])
        if br and R.random() < 0.7:
            fields["brand"] = br
        fields["color"] = col
        if R.random() < 0.6:
            fields["marks"] = fs[:480]
    elif role == "security":
        body = "%s安保部登记：巡逻时于%s发现%s%s%s%s。已拍照封存于服务台。" % (p["name"], spot, col, kind, brs, fsc)
        fields["address"] = R.choice(p["addr"])
        fields["color"] = col
        if br:
            fields["brand"] = br
    elif role == "rider":
        body = R.choice(["送外卖路过%s，在%s边上捡到个%s%s%s，交到警务站了。" % (p["name"], spot, col, kind, fsc),
                         "骑手交来：%s%s，%s附近捡的%s。" % (col, kind, p["name"], fsc)])
    elif role == "retiree":
        body = "在%s%s那里捡到一个%s，%s%s。交给你们，失主来领嘛。" % (p["name"], spot, kind, color_phrase(col), fsc)
    elif role == "staff":
        body = "%s员工在%s拾到顾客遗留%s%s%s%s，已送交。" % (p["name"], spot, col, kind, brs, fsc)
        fields["address"] = R.choice(p["addr"])
    else:
        body = "市民送交：%s%s%s%s。拾得地点：%s%s。" % (col, br, kind, fsc, p["name"], spot)
    if r["plate"] and R.random() < 0.8:
        fields["serial"] = r["plate"]
    elif r["serial"] and r["serial_vis"] and R.random() < 0.5:
        fields["serial"] = r["serial"]
    if r["model"] and role in ("metro", "security") and R.random() < 0.3 and r["brand"]:
        fields["model"] = r["model"]
    if role in ("metro", "security", "staff") or R.random() < 0.2:
        fields["lat"], fields["lon"] = jitter(p, 0.0008)
    return body, fields


def finder_role(p):
    if p["kind"] == "metro":
        return R.choice(["metro", "metro", "metro", "rider", "citizen"])
    if p["kind"] == "mall":
        return R.choice(["security", "security", "staff", "citizen"])
    if p["kind"] == "teahouse":
        return R.choice(["retiree", "retiree", "staff", "citizen"])
    if p["kind"] in ("hotpot",):
        return R.choice(["staff", "staff", "rider", "citizen"])
    if p["kind"] == "panda":
        return R.choice(["staff", "citizen", "citizen"])
    return R.choice(["rider", "citizen", "retiree", "staff"])


def owner_role(r, p):
    if p["kind"] == "teahouse" or r["kind"] in ("老年卡", "蒲扇"):
        return R.choice(["retiree", "retiree", "local"])
    if p["kind"] == "panda":
        return R.choice(["tourist", "tourist", "form"])
    if p["kind"] == "metro":
        return R.choice(["commuter", "commuter", "local", "form", "tourist"])
    return R.choice(["local", "local", "form", "tourist", "commuter", "retiree"])


def spot_of(p):
    return R.choice(p["spots"])


# ---------------------------------------------------------------- assembly
def make_window():
    to = R.randint(60, MAXMIN - 6000)
    length = R.choice([5, 15, 30, 45, 60, 90, 120, 180, 300, 600, 1440, 2880])
    return to + length, to


def clean(d, keys):
    out = {}
    for k in keys:
        if k in d and d[k] not in ("", None):
            v = d[k]
            if k == "body":
                for x, y in (("，，", "，"), ("，。", "。"), ("。。", "。"), ("旁边边上", "旁边"), ("  ", " ")):
                    v = v.replace(x, y)
            if isinstance(v, str):
                lim = 500 if k == "marks" else (600 if k == "body" else 60)
                v = v[:lim]
            out[k] = v
    return out


FKEYS = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "negative"]
LKEYS = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "truth"]

N_TRUE, N_NF = 150, 60
NEG = [("twin", 46), ("decoy", 46), ("before_loss", 20), ("brand_elsewhere", 20), ("unclaimed", 18)]


BIKE_SPOTS = ["非机动车停放区", "门口人行道边", "路边共享单车停放点旁", "地面停车场角落"]


def bike_spot(r, ev):
    if r["kind"] in ("ebike", "bicycle") and ev["place"]["id"] != "greenway":
        return dict(place=ev["place"], spot=R.choice(BIKE_SPOTS))
    return ev


def found_entry(r, ev, found_at, neg=None, shared=None):
    ev = bike_spot(r, ev)
    role = finder_role(ev["place"])
    body, fields = finder_text(r, ev, role, shared)
    d = dict(category=r["fcat"] or r["cat"], body=body, found_at_min=found_at)
    d.update(fields)
    if neg:
        d["negative"] = neg
    return d


def lost_entry(r, ev, win, truth, plain=False, shared=None):
    ev = bike_spot(r, ev)
    role = "commuter" if plain else owner_role(r, ev["place"])
    body, fields = owner_text(r, ev, role, plain, shared)
    d = dict(category=r["cat"], body=body, lost_from_min=win[0], lost_to_min=win[1], truth=truth)
    d.update(fields)
    if role in ("form", "tourist") and R.random() < 0.4:
        d["lat"], d["lon"] = jitter(ev["place"], 0.004)
    return d


GENERIC = ("是", "电量灯")


def vis_differ(a, b):
    sa = [x[0] for x in a["vis"] if not x[0].startswith(GENERIC)]
    sb = [x[0] for x in b["vis"] if not x[0].startswith(GENERIC)]
    if not sb:
        return False
    return not any(x in sa for x in sb)


def twin_of(r):
    for _ in range(400):
        t = KIND_BUILDER[r["kind"]]()
        if t["kind"] != r["kind"]:
            continue
        if t["brand"] != r["brand"]:
            continue
        t["model"], t["fam"] = r["model"], r["fam"]
        if r["cat"] != t["cat"]:
            t["cat"] = r["cat"]
        t["fcat"] = r["fcat"]
        if vis_differ(r, t) and t["amount"] != r["amount"] or (vis_differ(r, t) and not r["amount"]):
            return t
    return None


def decoy_of(r):
    for _ in range(200):
        t = draw_builder(avoid_watch=True)()
        if t["cat"] != r["cat"] or t["fam"] != r["fam"]:
            continue
        if t["brand"] == r["brand"] and t["kind"] == r["kind"]:
            continue
        if vis_differ(r, t):
            return t
    return None


KIND_BUILDER = {}


def builder_for_kind():
    # map each kind to the builder that can produce it (draw a few of each builder)
    for b, _w in BUILDERS:
        for _ in range(60):
            k = b()["kind"]
            if k not in KIND_BUILDER:
                KIND_BUILDER[k] = b


def main():
    builder_for_kind()
    watch_pairs = 0
    reports = []  # (record, event, window, is_true, plain, shared)
    for i in range(N_TRUE + N_NF):
        is_true = i < N_TRUE
        while True:
            r = draw_builder()()
            if r["kind"] == "kidwatch":
                if not is_true or watch_pairs >= 4:
                    continue
                watch_pairs += 1
            if r["kind"] != "kidwatch" and r["fcat"] is None:
                pass
            break
        if r["kind"] != "kidwatch" and r["cat"] != (r["fcat"] or r["cat"]):
            r["fcat"] = None
        p = place_for(r)
        ev = dict(place=p, spot=spot_of(p))
        win = make_window()
        plain = (not is_true) and R.random() < 0.35
        shared = R.randrange(len(r["vis"])) if r["vis"] else None
        if shared is not None and not r["vis"][shared][1]:
            shared = 0
        reports.append(dict(r=r, ev=ev, win=win, true=is_true, plain=plain, shared=shared))
    R.shuffle(reports)

    found = []  # dicts without key
    lost = []
    for rp in reports:
        r, ev, win = rp["r"], rp["ev"], rp["win"]
        truth_idx = None
        if rp["true"]:
            f_from, f_to = win
            lo = max(0, f_to - R.choice([30, 120, 300, 720, 1440, 2880, 4320]))
            fa = R.randint(lo, f_from)
            if R.random() < 0.5:
                fa = R.randint(max(0, f_to - 240), f_from)  # usually within hours
            ev_f = dict(place=ev["place"], spot=spot_of(ev["place"]) if R.random() < 0.5 else ev["spot"])
            found.append(found_entry(r, ev_f, fa, None, rp["shared"]))
            truth_idx = len(found) - 1
        le = lost_entry(r, ev, win, truth_idx, rp["plain"], rp["shared"])
        lost.append(le)
        rp["lost"] = le

    nf = [rp for rp in reports if not rp["true"]]
    tr = [rp for rp in reports if rp["true"]]

    def near_time(win):
        # found after the loss began, near the window
        return max(0, R.randint(max(0, win[1] - 1440), win[0]))

    near = {"twin near never-found": 0, "twin near true": 0, "decoy near never-found": 0, "decoy near true": 0}
    for label, n in NEG:
        made = 0
        guard = 0
        while made < n and guard < 5000:
            guard += 1
            if label in ("twin", "decoy"):
                tgt = R.choice(nf) if R.random() < 0.68 else R.choice(tr)
                t = twin_of(tgt["r"]) if label == "twin" else decoy_of(tgt["r"])
                if t is None:
                    continue
                ev = dict(place=tgt["ev"]["place"], spot=spot_of(tgt["ev"]["place"]))
                fa = near_time(tgt["win"])
            elif label == "before_loss":
                tgt = R.choice(reports)
                t = twin_of(tgt["r"]) if R.random() < 0.6 else KIND_BUILDER[tgt["r"]["kind"]]()
                if t is None or t["kind"] != tgt["r"]["kind"] or not vis_differ(tgt["r"], t):
                    continue
                t["cat"] = tgt["r"]["cat"]
                t["fcat"] = None
                gap = R.choice([600, 1440, 2880, 5000, 10080, 20000])
                fa = tgt["win"][0] + gap
                if fa > MAXMIN:
                    continue
                ev = dict(place=tgt["ev"]["place"] if R.random() < 0.6 else R.choice(PLACES), spot="")
                ev["spot"] = spot_of(ev["place"])
            elif label == "brand_elsewhere":
                tgt = R.choice(reports)
                if not tgt["r"]["brand"]:
                    continue
                t = None
                for _ in range(100):
                    c = draw_builder(avoid_watch=True)()
                    if c["cat"] == tgt["r"]["cat"] and c["brand"] == tgt["r"]["brand"] and vis_differ(tgt["r"], c):
                        t = c
                        break
                if t is None:
                    continue
                others = [p for p in PLACES if p["id"] != tgt["ev"]["place"]["id"]]
                ev = dict(place=R.choice(others), spot="")
                ev["spot"] = spot_of(ev["place"])
                far = R.choice([-1, 1]) * R.randint(14400, 60000)
                fa = tgt["win"][0] + far
                if fa < 0 or fa > MAXMIN:
                    continue
            else:
                t = draw_builder(avoid_watch=True)()
                p = place_for(t)
                ev = dict(place=p, spot=spot_of(p))
                fa = R.randint(0, MAXMIN)
            t["fcat"] = None
            found.append(found_entry(t, ev, fa, label, None))
            made += 1
            if label in ("twin", "decoy"):
                near["%s near %s" % (label, "true" if tgt["true"] else "never-found")] += 1

    # shuffle found with a stable permutation, then assign keys
    order = list(range(len(found)))
    R.shuffle(order)
    newkey = {}
    fout = []
    for n, oi in enumerate(order):
        newkey[oi] = "%s-F%04d" % (PFX, n + 1)
    for n, oi in enumerate(order):
        d = dict(found[oi])
        d["key"] = newkey[oi]
        fout.append(clean(d, FKEYS))
    lout = []
    for n, le in enumerate(lost):
        d = dict(le)
        d["key"] = "%s-L%04d" % (PFX, n + 1)
        d["truth"] = newkey[le["truth"]] if le["truth"] is not None else None
        c = clean(d, LKEYS)
        c["truth"] = d["truth"]
        lout.append(c)

    data = {"seed": SEED, "made_by": "tests/lostfound/make_set25.py",
            "parts": {"set25": {"found": fout, "lost": lout}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set25.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost" % (path, len(fout), len(lout)))
    print("  " + ", ".join("%s %d" % (k, near[k]) for k in ["twin near never-found", "twin near true",
                                                          "decoy near never-found", "decoy near true"]))


if __name__ == "__main__":
    main()
