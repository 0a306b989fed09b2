#!/usr/bin/env python3
"""Blind labelled set 32 (prefix G3): 南陵东站 high-speed hub during 春运.

Standard library only; one seeded random.Random; deterministic whatever PYTHONHASHSEED
(only lists and insertion-ordered dicts are iterated). Writes set32.json next to this file.
Each object is drawn first as a hidden truth record; the owner's report and the finder's
registration are then written separately from it.
"""
import datetime
import json
import os
import random

SEED = 20261232
R = random.Random(SEED)
NOW = datetime.datetime(2026, 3, 20, 10, 0)
PFX = "G3"
MAXMIN = 172800


def ch(x):
    return R.choice(x)


def p(x):
    return R.random() < x


# ---------------------------------------------------------------- numbers
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CK = "10X98765432"
AREAS = ["430124", "431021", "362428", "511623", "412828", "341222", "522427",
         "450881", "421127", "360731", "433127", "513030", "430602", "422823"]


def make_id(y0=1950, y1=2007):
    s17 = "%s%04d%02d%02d%03d" % (ch(AREAS), R.randint(y0, y1), R.randint(1, 12),
                                   R.randint(1, 28), R.randint(1, 999))
    return s17 + CK[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def make_imei():
    s = ch(["86", "35"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def alnum(n, pre=""):
    return pre + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田萧潘袁蒋蔡余杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金贾夏韦付方邹熊孟秦白江阎薛尹段雷侯龙史黎贺顾毛郝龚邵万覃武钱戴严莫孔向常")
GIV = list("建国志强秀英桂兰春梅海燕军伟丽娟明华平红金凤玉兰德福永胜文静子涵雨欣浩然宇轩思琪佳怡俊杰梓萱一诺欣怡晨阳家豪婷婷淑芬秋菊冬生来顺满仓小龙小燕亚楠晓东")


def name():
    return ch(SUR) + "".join(ch(GIV) for _ in range(R.choice([1, 2, 2])))


# ---------------------------------------------------------------- places
HUB = (29.4137, 112.8716)
PLACES = [
    ("waitA", ["二楼候车厅A区A6检票口旁座椅", "候车厅A区第四排座椅下", "A区A9检票口闸机旁", "2F候车室A区充电桩旁"],
     ["候车室", "二楼候车厅A区", "A几的检票口那边", "进站后候车的地方", "候车大厅"], "南陵东站2F候车厅A区", (0.0004, 0.0002)),
    ("waitB", ["二楼候车厅B区B14检票口座椅", "B区B11检票口排队栏杆处", "候车厅B区商业街旁长椅", "2F候车厅B区饮水处"],
     ["候车室B区", "B区检票口", "候车厅里", "等车的地方"], "南陵东站2F候车厅B区", (0.0006, 0.0015)),
    ("security", ["东进站口安检机传送带末端", "东广场进站口安检处", "西进站口安检通道", "实名制验证口旁"],
     ["过安检那里", "进站安检的时候", "安检口", "进站口"], "南陵东站东进站口", (-0.0003, 0.0021)),
    ("exit", ["地下一层出站通道", "东出站口闸机外", "出站口验票闸机旁", "出站层扶梯口"],
     ["出站的时候", "下车出站那一路", "出站口", "出站通道"], "南陵东站B1出站层", (-0.0008, 0.0007)),
    ("platform", ["12站台5号车厢停靠位", "8站台扶梯下", "G1382次7车厢行李架", "G6121次车厢座位下", "站台候车线附近"],
     ["高铁上", "车上", "站台上", "火车上行李架", "下车的时候"], "南陵东站站台层", (0.0011, 0.0004)),
    ("metro", ["地铁2号线南陵东站站换乘大厅", "地铁站厅B口安检机", "地铁5号线站台", "地铁换乘通道C口", "地铁2号线车厢内"],
     ["地铁那边", "坐地铁转高铁的通道", "地铁站", "地铁上", "换乘的地方"], "南陵东站B2地铁换乘大厅", (-0.0012, 0.0003)),
    ("taxi", ["P1出租车上客区", "出租车后座", "出租车后备箱", "P1出租车调度站旁"],
     ["出租车上", "打的的时候", "的士上", "出租车排队的地方"], "南陵东站B1 P1出租车上客区", (-0.0015, -0.0011)),
    ("ride", ["网约车后座", "P3网约车上客点3号柱", "网约车车内座椅缝", "P3停车场电梯口"],
     ["滴滴车上", "网约车上", "打车的时候", "网约车上客的地方"], "南陵东站P3停车场网约车上客区", (-0.0011, -0.0024)),
    ("bus", ["南陵东站长途客运站候车大厅", "长途站12号检票口", "长途大巴行李舱", "长途站售票窗口前"],
     ["对面汽车站", "长途汽车站", "坐大巴的地方", "汽车站候车室"], "站前广场东侧东站路16号南陵东站长途客运站", (0.0021, 0.0058)),
    ("square", ["东广场花坛边", "站前广场排队栏杆处", "广场地下通道口", "东广场非机动车停车场"],
     ["广场上", "站前广场", "出来广场那边", "车站门口"], "南陵东站东广场", (0.0009, 0.0036)),
    ("hotel1", ["锦程酒店(南陵东站店)前台", "锦程酒店8楼客房", "锦程酒店大堂沙发"],
     ["住的酒店", "东站旁边的锦程酒店", "酒店房间里"], "东站路28号锦程酒店", (0.0031, 0.0049)),
    ("hotel2", ["铁城快捷酒店前台", "铁城快捷酒店305房", "铁城快捷酒店早餐厅"],
     ["铁城快捷酒店", "车站对面的快捷酒店", "宾馆里"], "站前大道9号铁城快捷酒店", (-0.0027, 0.0052)),
    ("store", ["惠邻便利店收银台", "惠邻便利店门口", "便利店货架旁", "1F到达层便利店"],
     ["便利店", "买水的那个小超市", "车站里的便利店"], "南陵东站1F惠邻便利店", (-0.0002, 0.0009)),
    ("kfc", ["肯德基二楼餐区", "肯德基靠窗座位", "肯德基点餐台"],
     ["肯德基", "KFC", "吃东西的地方", "车站的肯德基"], "南陵东站2F肯德基", (0.0005, 0.0011)),
    ("noodle", ["南陵米粉店餐桌", "1F南陵米粉收银台", "米粉店靠墙座位"],
     ["吃粉的店", "米粉店", "车站里吃饭的地方"], "南陵东站1F南陵米粉", (-0.0004, 0.0013)),
    ("ticket", ["售票厅自助取票机上", "售票厅12号窗口", "改签窗口台面"],
     ["取票的地方", "售票大厅", "改签的时候", "自助机取票那"], "南陵东站1F售票厅", (-0.0001, 0.0025)),
    ("toilet", ["A区女卫生间洗手台", "B区男卫生间隔间", "母婴室台面"],
     ["厕所", "母婴室", "上卫生间的时候"], "南陵东站2F候车厅卫生间", (0.0003, 0.0008)),
]
PL = {x[0]: x for x in PLACES}
NEAR = {
    "waitA": ["waitB", "toilet", "kfc", "security"], "waitB": ["waitA", "toilet", "kfc"],
    "security": ["waitA", "square", "ticket"], "exit": ["metro", "taxi", "ride"],
    "platform": ["waitA", "waitB", "exit"], "metro": ["exit", "taxi"], "taxi": ["exit", "ride", "metro"],
    "ride": ["taxi", "exit"], "bus": ["square", "hotel1"], "square": ["bus", "security", "hotel2"],
    "hotel1": ["bus", "square"], "hotel2": ["square"], "store": ["noodle", "exit", "ticket"],
    "kfc": ["waitA", "waitB"], "noodle": ["store", "ticket"], "ticket": ["security", "store"],
    "toilet": ["waitA", "waitB"],
}
FAR = [("南陵站(老火车站)候车室", "南陵市芙蓉区车站北路1号", (0.071, -0.062)),
       ("五一广场地铁站", "南陵市五一大道与黄兴路交叉口", (0.064, -0.081)),
       ("河西长途汽车站", "南陵市河西枫林路", (0.052, -0.133)),
       ("南陵黄花机场T2", "南陵县机场大道", (0.021, 0.149)),
       ("南陵西站候车厅", "南陵市岳麓区西站路", (0.038, -0.171)),
       ("步行街地下商场", "南陵市坡子街", (0.059, -0.078))]


def coords(off, jit=0.0004):
    return (round(HUB[0] + off[0] + R.uniform(-jit, jit), 6),
            round(HUB[1] + off[1] + R.uniform(-jit, jit), 6))


# ---------------------------------------------------------------- colours & brands
COL = {
    "black": (["黑色", "黑的", "深黑", "纯黑"], ["黑色", "曜石黑", "黑", "亮黑色"]),
    "white": (["白色", "白的", "米白"], ["白色", "珍珠白", "乳白色"]),
    "red": (["红色", "大红", "红的", "酒红"], ["红色", "大红色", "枣红色", "酒红色"]),
    "blue": (["蓝色", "深蓝", "蓝的", "藏青"], ["蓝色", "深蓝色", "藏青色", "宝蓝色"]),
    "grey": (["灰色", "深灰", "灰的", "银灰"], ["灰色", "深空灰", "铁灰色", "灰"]),
    "silver": (["银色", "银的", "银白"], ["银色", "亮银色", "银白色"]),
    "gold": (["金色", "香槟金", "土豪金"], ["金色", "香槟色", "金黄色"]),
    "green": (["绿色", "墨绿", "军绿"], ["绿色", "墨绿色", "深绿色"]),
    "pink": (["粉色", "粉红", "浅粉"], ["粉色", "樱花粉", "粉红色"]),
    "brown": (["棕色", "咖啡色", "褐色"], ["棕色", "咖啡色", "驼色"]),
    "stripe": (["红白蓝的", "红蓝白条纹", "花的"], ["红白蓝条纹", "蓝白红条纹编织", "三色条纹"]),
    "purple": (["紫色", "紫的"], ["紫色", "浅紫色"]),
}
BR = {
    "huawei": (["华为", "华为", "HUAWEI", "hw", "华唯"], ["华为", "HUAWEI"]),
    "apple": (["苹果", "苹果", "iphone", "平果", "Apple"], ["苹果", "Apple"]),
    "xiaomi": (["小米", "Xiaomi", "米"], ["小米", "Xiaomi", "MI"]),
    "redmi": (["红米", "小米红米", "redmi"], ["Redmi", "红米"]),
    "oppo": (["OPPO", "oppo", "欧珀"], ["OPPO"]),
    "vivo": (["vivo", "VIVO", "维沃"], ["vivo"]),
    "honor": (["荣耀", "华为荣耀", "honor"], ["荣耀", "HONOR"]),
    "samsonite": (["新秀丽", "萨姆索纳特", "Samsonite"], ["新秀丽", "Samsonite"]),
    "diplomat": (["外交官", "Diplomat"], ["外交官", "Diplomat"]),
    "m90": (["90分", "小米90分", "九十分"], ["90分", "90FUN"]),
    "nike": (["耐克", "nike", "NIKE"], ["耐克", "NIKE"]),
    "septwolves": (["七匹狼", "7匹狼"], ["七匹狼", "SEPTWOLVES"]),
    "goldlion": (["金利来", "金力来"], ["金利来", "goldlion"]),
    "coach": (["蔻驰", "coach", "COACH"], ["COACH", "蔻驰"]),
    "lenovo": (["联想", "lenovo", "ThinkPad", "联想thinkpad"], ["联想", "Lenovo", "ThinkPad"]),
    "sony": (["索尼", "sony", "SONY"], ["索尼", "SONY"]),
    "romoss": (["罗马仕", "ROMOSS", "罗马士"], ["罗马仕", "ROMOSS"]),
    "anker": (["安克", "Anker", "anker"], ["Anker", "安克"]),
    "imoo": (["小天才", "小天材"], ["小天才", "imoo"]),
    "nintendo": (["任天堂", "switch", "Nintendo"], ["任天堂", "Nintendo"]),
    "vw": (["大众", "大众车"], ["大众", "VW"]),
    "toyota": (["丰田", "toyota"], ["丰田", "TOYOTA"]),
    "byd": (["比亚迪", "BYD", "byd"], ["比亚迪", "BYD"]),
    "yadea": (["雅迪", "yadea"], ["雅迪", "Yadea"]),
    "aima": (["爱玛", "艾玛"], ["爱玛", "AIMA"]),
    "giant": (["捷安特", "GIANT", "jieante"], ["捷安特", "GIANT"]),
    "xds": (["喜德盛", "XDS"], ["喜德盛", "XDS"]),
    "ctf": (["周大福", "周大福的"], ["周大福", "CHOW TAI FOOK"]),
    "lfx": (["老凤祥", "老凤翔"], ["老凤祥"]),
    "thermos": (["膳魔师", "塞魔师", "THERMOS"], ["膳魔师", "THERMOS"]),
    "zojirushi": (["象印", "象印的"], ["象印", "ZOJIRUSHI"]),
    "fuguang": (["富光", "fuguang"], ["富光"]),
    "bosideng": (["波司登", "bosideng"], ["波司登", "BOSIDENG"]),
    "pigeon": (["贝亲", "pigeon"], ["贝亲", "Pigeon"]),
    "lingxiang": (["陵香斋", "陵香斋的"], ["陵香斋"]),
    "jansport": (["杰斯伯", "JanSport"], ["JanSport"]),
}


def F(key, vis, o, f):
    return {"key": key, "vis": vis, "o": o, "f": f}


# fact pools: (key, visible, owner forms, finder forms)
POOLS = {
    "phone": [
        F("case_clear", 1, ["套着透明壳", "透明的手机壳"], ["透明软壳", "带透明保护壳"]),
        F("case_bear", 1, ["壳子上是个小熊", "手机壳有只小熊"], ["手机壳印卡通熊图案", "背壳有小熊图案"]),
        F("case_flip", 1, ["翻盖皮套", "带翻盖的皮套"], ["翻盖式皮质保护套", "带翻盖皮套"]),
        F("case_flower", 1, ["壳子是碎花的", "花花的手机壳"], ["碎花图案手机壳", "手机壳为花朵图案"]),
        F("crack", 1, ["屏幕右上角碎了", "屏幕有一道裂缝"], ["屏幕右上角碎裂", "屏幕有裂纹"]),
        F("ring", 1, ["背后粘了个指环扣", "后面有个指环支架"], ["背面有指环支架", "带金属指环扣"]),
        F("buscard", 1, ["壳子里夹了张公交卡", "手机壳后面塞了张南陵通"], ["壳内夹交通卡一张", "保护壳里夹有南陵通卡"]),
        F("lanyard", 1, ["挂了根红绳子", "有条红色挂绳"], ["挂有红色挂绳", "带红色手机挂绳"]),
        F("wall_kid", 1, ["锁屏是我儿子照片", "屏保是个小孩"], ["锁屏为小孩照片", "锁屏壁纸是儿童照片"]),
        F("wall_cat", 1, ["锁屏是只橘猫", "屏保是猫"], ["锁屏壁纸为猫", "锁屏是一只橘猫"]),
        F("film", 1, ["钢化膜边上翘起来了", "贴膜碎了一角"], ["钢化膜左下角破损", "贴膜有碎裂"]),
        F("pw", 0, ["密码是我生日", "有锁屏密码"], []),
        F("wx", 0, ["里面有微信和支付宝", "微信里有钱"], []),
        F("off", 0, ["打过去已经关机了", "打电话没人接"], []),
    ],
    "wallet": [
        F("zip", 1, ["拉链坏了一半", "拉链有点坏"], ["拉链损坏", "拉链头缺失"]),
        F("worn", 1, ["边角磨白了", "用了好几年很旧"], ["边角磨损", "有明显磨损"]),
        F("photo", 1, ["夹着一张全家福", "里面有张老人照片"], ["内夹照片一张", "夹有一张合影"]),
        F("receipt", 1, ["还有一沓超市小票", "塞了些发票"], ["内有小票若干", "夹有发票数张"]),
        F("coins", 1, ["零钱格里有硬币", "有几个钢镚"], ["内有硬币若干", "零钱袋有硬币"]),
        F("long", 1, ["长款的", "长的那种钱包"], ["长款", "长款对折"]),
        F("short", 1, ["短款对折的", "小的短款"], ["短款", "对折短款"]),
    ],
    "bag": [
        F("meat", 1, ["里面是腊肉腊肠", "装的自家做的腊肉"], ["内装腊肉、腊肠", "内有熏腊肉若干"]),
        F("milk", 1, ["有两箱牛奶", "带了牛奶"], ["内有牛奶两箱", "装有整箱牛奶"]),
        F("kidclothes", 1, ["给孩子买的新衣服", "有小孩的新衣服"], ["装有儿童新衣", "内有童装若干"]),
        F("clothes", 1, ["几件换洗衣服", "装了些衣服"], ["内有衣物若干", "装有换洗衣物"]),
        F("eggs", 1, ["一筐土鸡蛋", "土鸡蛋"], ["内装鸡蛋", "有鸡蛋一袋"]),
        F("tape", 1, ["用黄胶带缠了好几圈", "绑了胶带"], ["外缠黄色胶带", "用胶带捆扎"]),
        F("ribbon", 1, ["把手上系了根红布条", "拉杆上绑了红绳"], ["把手系红布条", "拉杆绑有红绳"]),
        F("sticker", 1, ["箱子上贴满了贴纸", "贴了个海贼王的贴纸"], ["箱体贴有卡通贴纸", "表面有贴纸"]),
        F("scratch", 1, ["侧面刮花了", "有一道划痕"], ["侧面有明显划痕", "箱体有刮痕"]),
        F("wheel", 1, ["一个轮子坏了", "轮子掉了一个"], ["一个万向轮缺失", "滚轮损坏"]),
        F("lock", 0, ["密码锁是我生日", "锁的密码只有我知道"], []),
        F("wine", 1, ["还有两瓶酒", "装了两瓶白酒"], ["内有白酒两瓶", "有白酒两瓶"]),
        F("smoke", 1, ["有两条烟", "给我爸带的两条烟"], ["内有香烟两条", "有香烟两条"]),
        F("charger", 1, ["里面有充电器和数据线", "装了充电线"], ["内有充电器", "有数据线一根"]),
        F("tag", 1, ["挂了个写着名字的行李牌", "有行李牌"], ["挂有行李牌", "带行李吊牌"]),
    ],
    "electronics": [
        F("sticker", 1, ["贴了个皮卡丘贴纸", "外壳贴了贴纸"], ["外壳贴有卡通贴纸", "贴有皮卡丘贴纸"]),
        F("case", 1, ["套了个保护套", "有个硅胶套"], ["带保护套", "外有硅胶保护套"]),
        F("scratch", 1, ["角上有磕碰", "外壳有划痕"], ["边角有磕痕", "外壳有划痕"]),
        F("cable", 1, ["连着一根数据线", "带着充电线"], ["连有数据线", "附充电线一根"]),
        F("pouch", 1, ["装在一个灰色收纳包里", "放在内胆包里"], ["装于灰色收纳包内", "有内胆包"]),
        F("engrave", 1, ["刻了字", "背面刻了名字缩写"], ["背面有刻字", "有激光刻字"]),
        F("pw", 0, ["开机有密码", "有开机密码"], []),
        F("data", 0, ["里面有工作资料", "有毕业设计"], []),
        F("invoice", 0, ["有发票可以证明", "购买记录都有"], []),
    ],
    "keys": [
        F("fob_blue", 1, ["带个蓝色门禁卡", "有个蓝的门禁扣"], ["附蓝色门禁扣", "有蓝色感应卡"]),
        F("fob_red", 1, ["带个红色门禁卡", "红门禁"], ["附红色门禁扣", "有红色感应卡"]),
        F("bear", 1, ["挂了个小熊挂件", "有个毛绒小熊"], ["挂毛绒小熊", "带小熊挂件"]),
        F("amulet", 1, ["挂了个平安符", "有个红色护身符"], ["挂平安符", "带红色护身符挂件"]),
        F("clipper", 1, ["串了把指甲刀", "有个指甲剪"], ["附指甲刀一把", "串有指甲剪"]),
        F("ebkey", 1, ["还有电动车钥匙", "电瓶车钥匙也在上面"], ["含电动车钥匙一把", "有电瓶车钥匙"]),
        F("opener", 1, ["有个开瓶器", "串了个开瓶器"], ["附开瓶器", "带开瓶器"]),
        F("home", 0, ["家里大门钥匙", "老家的钥匙"], []),
    ],
    "other": [
        F("sticker", 1, ["上面贴了个名字贴", "有贴纸"], ["贴有名字贴", "表面有贴纸"]),
        F("dent", 1, ["摔瘪了一块", "底下有个坑"], ["底部有凹痕", "有磕瘪痕迹"]),
        F("strap", 1, ["有个背带", "带提绳"], ["带提绳", "有背带"]),
        F("bag", 1, ["装在一个塑料袋里", "用超市袋子装着"], ["装于塑料袋内", "外套塑料袋"]),
        F("note", 1, ["里面有张写着电话的纸条", "夹了张纸条"], ["内有纸条一张", "夹有手写纸条"]),
        F("new", 0, ["刚买的", "才用了几天"], []),
    ],
    "jewelry": [
        F("box", 1, ["装在红色首饰盒里", "有个红盒子"], ["装于红色首饰盒", "带红色绒面盒"]),
        F("engr", 1, ["内圈刻了平安两个字", "刻了字"], ["内圈刻有“平安”", "内侧有刻字"]),
        F("stamp", 1, ["是足金的", "有足金印"], ["印有“足金999”", "内侧印足金"]),
        F("crack", 1, ["有一道小裂纹", "有点磕碰"], ["有细微裂纹", "有磕碰痕"]),
        F("pouch", 1, ["装在一个小布袋里", "放在绒布袋里"], ["装于绒布小袋", "有布袋包装"]),
        F("gift", 0, ["给我妈买的过年礼物", "是陪嫁的"], []),
        F("weight", 0, ["大概30多克", "二十几克"], []),
    ],
    "cash": [
        F("fu", 1, ["红包上有个福字", "写着福的红包"], ["红包印“福”字", "福字红包"]),
        F("gxfc", 1, ["红包上印着恭喜发财", "恭喜发财的红包"], ["红包印“恭喜发财”", "印有恭喜发财字样"]),
        F("bank", 1, ["是银行发的那种红包", "农行的红包"], ["红包印有银行标志", "农业银行红包"]),
        F("rubber", 1, ["用皮筋扎着", "拿橡皮筋捆的"], ["用橡皮筋捆扎", "皮筋扎着"]),
        F("write", 1, ["红包上写了给外婆", "上面写了字"], ["红包上手写“给外婆”", "红包有手写字"]),
        F("purpose", 0, ["是给老人的过年钱", "是一年的工钱"], []),
    ],
    "id_doc": [
        F("holder", 1, ["装在透明卡套里", "有个卡套"], ["装于透明卡套", "带卡套"]),
        F("bent", 1, ["有点折弯了", "边角翘了"], ["证件有弯折", "边角翘起"]),
        F("lanyard", 1, ["挂着个挂绳", "拴了根绳子"], ["附挂绳", "带挂绳"]),
        F("ticket", 1, ["和火车票夹在一起", "里面夹着报销凭证"], ["夹有车票报销凭证一张", "附火车票一张"]),
        F("urgent", 0, ["急着坐车回家", "明天就要坐车"], []),
    ],
    "vehicle": [
        F("basket", 1, ["前面有个车篮", "有车筐"], ["前有车篮", "带车筐"]),
        F("raincover", 1, ["装了挡风被", "前面有挡风被"], ["装有挡风被", "带挡风被"]),
        F("seat", 1, ["后面加了个儿童座椅", "有儿童座"], ["后座加装儿童座椅", "有儿童座椅"]),
        F("scratch", 1, ["左边刮花了", "车身有划痕"], ["车身左侧有划痕", "有刮痕"]),
        F("lock", 1, ["锁了个U型锁", "有把U型锁"], ["车轮有U型锁", "带U型锁"]),
    ],
}

# kinds: cat, id, owner words, finder words, unit, brands[(brand, [models])], colours, pool, serial type
KINDS = [
    ("phone", "phone", ["手机", "手机", "电话"], ["手机", "手机", "移动电话"], "部",
     [("huawei", ["Mate 60 Pro", "nova 12", "Mate 50"]), ("apple", ["iPhone 15", "iPhone 13", "iPhone 14 Pro"]),
      ("xiaomi", ["14", "13"]), ("redmi", ["Note 13", "K70"]), ("oppo", ["Reno11", "A2"]), ("vivo", ["X100", "Y35"]),
      ("honor", ["Magic6", "X50"])], ["black", "white", "blue", "green", "gold", "purple", "silver"], "phone", "imei"),
    ("id_doc", "idcard", ["身份证", "身份证", "身分证", "sfz"], ["居民身份证", "身份证", "二代身份证"], "张",
     [], ["white"], "id_doc", "id"),
    ("id_doc", "student", ["学生证", "学生证"], ["学生证", "学生证件"], "本",
     [], ["red", "blue"], "id_doc", "stu"),
    ("id_doc", "driver", ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "本", [], ["brown"], "id_doc", "id"),
    ("wallet", "wallet", ["钱包", "钱夹", "皮夹子"], ["钱包", "皮夹", "钱包"], "个",
     [("septwolves", [""]), ("goldlion", [""]), ("coach", [""]), (None, [""])], ["black", "brown", "red", "pink"], "wallet", "wal"),
    ("keys", "keys", ["钥匙", "一串钥匙", "钥匙串", "要是"], ["钥匙", "钥匙串", "钥匙"], "串",
     [("vw", [""]), ("toyota", [""]), ("byd", [""]), (None, [""]), (None, [""])], ["silver", "black"], "keys", "key"),
    ("bag", "suitcase", ["行李箱", "拉杆箱", "箱子", "行里箱"], ["拉杆箱", "行李箱", "旅行箱"], "个",
     [("samsonite", ["20寸", "24寸"]), ("diplomat", ["24寸", "28寸"]), ("m90", ["20寸", "24寸"]), (None, ["24寸", "28寸"])],
     ["black", "silver", "blue", "pink", "grey"], "bag", "bag"),
    ("bag", "sack", ["编织袋", "蛇皮袋", "大袋子"], ["编织袋", "蛇皮编织袋", "编织袋"], "个",
     [(None, [""])], ["stripe"], "bag", "bag"),
    ("bag", "backpack", ["双肩包", "背包", "书包"], ["双肩背包", "背包", "双肩包"], "个",
     [("nike", [""]), ("xiaomi", [""]), ("jansport", [""]), (None, [""])], ["black", "grey", "blue"], "bag", "bag"),
    ("bag", "giftbag", ["手提袋", "一袋特产", "礼品袋"], ["手提礼品袋", "纸质手提袋", "礼品袋"], "个",
     [("lingxiang", ["酱板鸭礼盒"]), (None, [""])], ["red", "gold"], "bag", "bag"),
    ("electronics", "laptop", ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑", "手提电脑"], "台",
     [("lenovo", ["X1 Carbon", "小新Pro14"]), ("huawei", ["MateBook 14"]), ("apple", ["MacBook Air"])],
     ["black", "grey", "silver"], "electronics", "sn"),
    ("electronics", "earbuds", ["耳机", "蓝牙耳机", "无线耳机"], ["蓝牙耳机", "无线耳机充电仓", "耳机"], "副",
     [("apple", ["AirPods Pro", "AirPods 3"]), ("huawei", ["FreeBuds Pro 3"]), ("sony", ["WF-1000XM5"])],
     ["white", "black"], "electronics", "sn"),
    ("electronics", "headphone", ["头戴耳机", "大耳机"], ["头戴式耳机"], "副",
     [("sony", ["WH-1000XM5"]), ("huawei", ["FreeBuds Studio"])], ["black", "silver"], "electronics", "sn"),
    ("electronics", "powerbank", ["充电宝", "充电包", "移动电源"], ["充电宝", "移动电源"], "个",
     [("xiaomi", ["20000mAh"]), ("romoss", ["10000mAh", "20000mAh"]), ("anker", ["10000mAh"])],
     ["white", "black", "pink"], "electronics", None),
    ("electronics", "tablet", ["平板", "平板电脑", "ipad"], ["平板电脑"], "台",
     [("apple", ["iPad Air", "iPad 10"]), ("huawei", ["MatePad 11"])], ["grey", "silver", "blue"], "electronics", "sn"),
    ("electronics", "switch", ["游戏机", "switch"], ["游戏机", "掌上游戏机"], "台",
     [("nintendo", ["Switch OLED", "Switch"])], ["white", "red"], "electronics", "sn"),
    ("electronics", "watch", ["电话手表", "儿童手表"], ["儿童电话手表", "儿童智能手表"], "块",
     [("imoo", ["Z9", "Q2"])], ["blue", "pink"], "electronics", None),
    ("cash", "redpacket", ["红包", "一个红包", "利是"], ["红包", "红包（内有现金）"], "个",
     [(None, [""])], ["red"], "cash", "amt"),
    ("cash", "envelope", ["信封装的现金", "一沓钱"], ["信封（内有现金）", "现金一沓"], "个",
     [(None, [""])], ["white", "brown"], "cash", "amt"),
    ("jewelry", "bangle", ["金手镯", "金镯子"], ["金色手镯", "黄金手镯"], "只",
     [("ctf", [""]), ("lfx", [""]), (None, [""])], ["gold"], "jewelry", None),
    ("jewelry", "necklace", ["金项链", "项链"], ["金色项链", "项链"], "条",
     [("ctf", [""]), ("lfx", [""])], ["gold"], "jewelry", None),
    ("jewelry", "jade", ["玉镯子", "玉手镯"], ["玉镯", "翡翠手镯"], "只",
     [(None, [""])], ["green", "white"], "jewelry", None),
    ("other", "thermos", ["保温杯", "杯子", "水杯"], ["保温杯", "保温水杯"], "个",
     [("thermos", [""]), ("zojirushi", [""]), ("fuguang", [""]), (None, [""])], ["black", "pink", "blue", "silver"], "other", None),
    ("other", "coat", ["羽绒服", "棉衣"], ["羽绒服", "羽绒外套"], "件",
     [("bosideng", [""]), (None, [""])], ["black", "red", "blue"], "other", None),
    ("other", "medicine", ["药", "一袋药", "降压药"], ["药品一袋", "药品"], "袋",
     [(None, [""])], ["white"], "other", None),
    ("other", "babybottle", ["奶瓶", "宝宝的奶瓶"], ["婴儿奶瓶", "奶瓶"], "个",
     [("pigeon", [""]), (None, [""])], ["white", "pink", "blue"], "other", None),
    ("other", "toy", ["毛绒玩具", "孩子的玩偶", "小兔子玩偶"], ["毛绒玩具", "儿童玩偶"], "个",
     [(None, [""])], ["pink", "white", "brown"], "other", None),
    ("other", "ticketstub", ["报销凭证", "火车票报销凭证"], ["车票报销凭证", "火车票"], "张",
     [(None, [""])], ["red", "blue"], "other", "tkt"),
    ("ebike", "ebike", ["电动车", "电瓶车", "电驴"], ["电动自行车", "电动车"], "辆",
     [("yadea", [""]), ("aima", [""])], ["white", "black", "blue"], "vehicle", "plate"),
    ("bicycle", "bicycle", ["自行车", "单车"], ["自行车", "山地自行车"], "辆",
     [("giant", [""]), ("xds", [""])], ["black", "blue", "red"], "vehicle", "frame"),
]
KIND = {k[1]: k for k in KINDS}
KIND_WEIGHTS = {"phone": 30, "idcard": 18, "student": 5, "driver": 4, "wallet": 22, "keys": 14, "suitcase": 14,
                "sack": 9, "backpack": 8, "giftbag": 5, "laptop": 8, "earbuds": 9, "headphone": 2, "powerbank": 6,
                "tablet": 3, "switch": 2, "watch": 3, "redpacket": 8, "envelope": 4, "bangle": 4, "necklace": 2,
                "jade": 2, "thermos": 9, "coat": 3, "medicine": 4, "babybottle": 3, "toy": 3, "ticketstub": 3,
                "ebike": 4, "bicycle": 3}
SCHOOLS = ["南陵大学", "湘楚师范学院", "南陵理工学院", "江城职业技术学院", "南陵医学院"]
BANKS = [("农业银行", "农行"), ("建设银行", "建行"), ("工商银行", "工行"), ("邮储银行", "邮政银行"), ("农村信用社", "信用社")]


def gen_facts(kid, pool, exclude):
    """specific generated facts (names, amounts, numbers) for a kind"""
    out = []
    if kid in ("idcard", "driver"):
        n = name()
        out.append(F("name:" + n, 1, ["名字是" + n, n + "的", "姓名" + n], ["姓名：" + n, "姓名" + n, "证件姓名" + n]))
    if kid == "student":
        n, s = name(), ch(SCHOOLS)
        out.append(F("name:" + n, 1, ["我叫" + n, "名字" + n], ["姓名" + n, "持证人" + n]))
        out.append(F("school:" + s, 1, [s + "的", "学校是" + s], [s + "学生证", "学校：" + s]))
    if kid == "wallet":
        amt = R.choice([200, 300, 350, 500, 600, 800, 1000, 1200, 1500, 2000, 2600])
        out.append(F("cash:%d" % amt, 1, ["里面有%d多块钱" % amt if amt < 1000 else "里面有%d块现金" % amt, "大概%d元现金" % amt],
                     ["内有现金%d元" % amt, "内装人民币%d元" % amt]))
        b = ch(BANKS)
        tail = "%04d" % R.randint(0, 9999)
        out.append(F("bank:%s%s" % (b[0], tail), 1, ["有张%s卡尾号%s" % (b[1], tail), "%s的卡，后四位%s" % (b[0], tail)],
                     ["%s卡一张(尾号%s)" % (b[0], tail), "银行卡一张，%s，卡号尾%s" % (b[1], tail)]))
        if p(0.6):
            n = name()
            out.append(F("name:" + n, 1, ["身份证也在里面，叫" + n, "有我的身份证，" + n],
                         ["内有身份证一张，姓名" + n, "夹有身份证(姓名" + n + ")"]))
    if kid in ("redpacket", "envelope"):
        amt = R.choice([600, 800, 1000, 1200, 1600, 2000, 3000, 5000, 6600, 8800])
        out.append(F("amt:%d" % amt, 1, ["%d块钱" % amt, "一共%d元" % amt, "里面%d" % amt],
                     ["内有现金%d元" % amt, "内装人民币%d元(百元%d张)" % (amt, amt // 100)]))
    if kid == "suitcase" and p(0.4):
        n = name()
        out.append(F("tagname:" + n, 1, ["行李牌上写着" + n, "牌子上有我名字" + n], ["行李牌写“" + n + "”", "吊牌姓名" + n]))
    if kid in ("sack", "giftbag") and p(0.4):
        n = name()
        out.append(F("written:" + n, 1, ["袋子上用记号笔写了" + n, "上面写了名字" + n], ["袋上手写“" + n + "”", "外有记号笔字样" + n]))
    if kid == "medicine":
        d = ch(["硝苯地平", "二甲双胍", "胰岛素笔", "阿司匹林", "速效救心丸"])
        out.append(F("drug:" + d, 1, ["有" + d, "里面是" + d], ["内有" + d, "药品包括" + d]))
    if kid == "ticketstub":
        tr = "G%d" % R.randint(1001, 6999)
        n = name()
        out.append(F("train:" + tr, 1, [tr + "次的", "车次" + tr], ["车次" + tr, tr + "次"]))
        out.append(F("name:" + n, 1, ["名字是" + n, n + "的票"], ["乘车人" + n, "姓名" + n]))
    if kid == "watch":
        n = name()[0] + "小" + ch(GIV)
        out.append(F("kid:" + n, 1, ["表带上贴了" + n + "的名字", "孩子叫" + n], ["表带贴名字“" + n + "”", "表带有姓名贴" + n]))
    if kid == "keys" and p(0.4):
        nr = "%d栋%d0%d" % (R.randint(1, 18), R.randint(1, 2), R.randint(1, 6))
        out.append(F("tagroom:" + nr, 1, ["钥匙牌写了" + nr, "上面有个牌子写的" + nr], ["钥匙牌写“" + nr + "”", "挂牌标注" + nr]))
    return [f for f in out if f["key"] not in exclude]


def make_serial(stype, cat_rec):
    if stype == "imei":
        return make_imei(), False
    if stype == "id":
        return make_id(), True
    if stype == "sn":
        return alnum(R.choice([10, 12])), True
    if stype == "plate":
        return "南陵%s%05d" % (ch("ABCDE"), R.randint(0, 99999)), True
    if stype == "frame":
        return alnum(4, "GT") + "%06d" % R.randint(0, 999999), True
    if stype == "stu":
        return "2023%06d" % R.randint(0, 999999), True
    return None, False


def new_record(kid, brand=-1, model=None, colour=None, exclude=()):
    k = KIND[kid]
    cat, _, ow, fw, unit, brands, cols, pool, stype = k
    if brand == -1:
        b, models = ch(brands) if brands else (None, [""])
        m = ch(models)
    else:
        b = brand
        m = model if model is not None else ""
    c = colour if colour else ch(cols)
    facts = gen_facts(kid, pool, exclude)
    cand = [f for f in POOLS[pool] if f["key"] not in exclude]
    if kid not in ("laptop", "tablet", "switch"):
        cand = [f for f in cand if f["key"] not in ("pw", "data")]
    if kid not in ("thermos", "babybottle"):
        cand = [f for f in cand if f["key"] != "dent"]
    if kid in ("medicine", "coat"):
        cand = [f for f in cand if f["key"] != "strap"]
    if kid == "jade":
        cand = [f for f in cand if f["key"] != "stamp"]
    if kid in ("bangle", "necklace"):
        cand = [f for f in cand if f["key"] != "crack"]
    if kid in ("sack", "giftbag", "backpack"):
        cand = [f for f in cand if f["key"] not in ("wheel", "lock")]
    if kid == "bicycle":
        cand = [f for f in cand if f["key"] != "raincover"]
    # avoid contradictory pairs (long/short wallet)
    R.shuffle(cand)
    got = []
    for f in cand:
        if len(got) >= R.randint(3, 5):
            break
        if f["key"] in ("long", "short") and any(g["key"] in ("long", "short") for g in got):
            continue
        if f["key"] in ("fob_blue", "fob_red") and any(g["key"] in ("fob_blue", "fob_red") for g in got):
            continue
        if f["key"].startswith("case_") and any(g["key"].startswith("case_") for g in got):
            continue
        got.append(f)
    facts += got
    serial, svis = make_serial(stype, cat)
    return {"cat": cat, "kid": kid, "brand": b, "model": m, "colour": c, "facts": facts,
            "serial": serial, "stype": stype, "svis": svis, "unit": unit}


# ---------------------------------------------------------------- time
def when(mins):
    return NOW - datetime.timedelta(minutes=mins)


LUN = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十", "十一", "十二", "十三", "十四", "十五",
       "十六", "十七", "十八", "十九", "二十", "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]


def lunar(d):
    d0 = datetime.date(2026, 1, 19)
    d1 = datetime.date(2026, 2, 17)
    dd = d.date()
    if d0 <= dd < d1:
        return "腊月" + LUN[(dd - d0).days]
    if d1 <= dd < datetime.date(2026, 3, 19):
        return ("大年" if (dd - d1).days < 8 else "正月") + LUN[(dd - d1).days]
    return None


def daypart(h):
    if h < 6:
        return "凌晨"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def owner_time(lf, lt):
    a, b = when(lf), when(lt)
    r = R.random()
    lu = lunar(a)
    if lu and r < 0.25:
        return "%s%s" % (lu, daypart(a.hour))
    if r < 0.55:
        return "%d月%d号%s" % (a.month, a.day, daypart(a.hour))
    if r < 0.8:
        return "%d月%d日%d点到%d点之间" % (a.month, a.day, a.hour, b.hour) if a.date() == b.date() else \
            "%d号到%d号之间" % (a.day, b.day)
    return "%d.%d %d点多" % (a.month, a.day, a.hour)


def finder_time(fm):
    t = when(fm)
    r = R.random()
    if r < 0.5:
        return "%d月%d日%02d:%02d" % (t.month, t.day, t.hour, t.minute)
    if r < 0.8:
        return "%d月%d日%s" % (t.month, t.day, daypart(t.hour))
    return ""


# ---------------------------------------------------------------- text
TYPO = [("候车", "侯车"), ("钥匙", "要是"), ("充电宝", "充电包"), ("在", "再"), ("麻烦", "麻凡"), ("谢谢", "xx"),
        ("地铁", "dt"), ("黑色", "嘿色"), ("行李箱", "行里箱"), ("身份证", "sfz"), ("的", "得"), ("已经", "以经"),
        ("检票口", "检票囗"), ("钱包", "前包"), ("出租车", "出祖车")]


def typo(s):
    for a, b in TYPO:
        if a in s and p(0.3):
            s = s.replace(a, b, 1)
    return s


def obj_words(rec, side, says_brand, says_model, says_colour):
    k = KIND[rec["kid"]]
    words = ch(k[2] if side == "o" else k[3])
    parts = []
    if says_colour:
        parts.append(ch(COL[rec["colour"]][0 if side == "o" else 1]))
    if says_brand and rec["brand"]:
        parts.append(ch(BR[rec["brand"]][0 if side == "o" else 1]))
    if says_model and rec["model"]:
        parts.append(" " if parts and parts[-1][-1:].isascii() else "")
        parts.append(rec["model"] if side == "f" or p(0.6) else rec["model"].lower().replace(" ", ""))
    return "".join(parts) + words


def owner_serial(rec):
    s, st = rec["serial"], rec["stype"]
    if not s:
        return None
    r = R.random()
    if st == "imei":
        if r < 0.35:
            return s
        if r < 0.55:
            return "%s %s %s %s" % (s[:4], s[4:8], s[8:12], s[12:])
        if r < 0.8:
            return "尾号" + s[-4:]
        return s[:4] + "*******" + s[-4:]
    if st == "id":
        if r < 0.3:
            return s
        if r < 0.45:
            return s[:-1] + s[-1].lower()
        if r < 0.65:
            return "尾号" + s[-4:].lower() if p(0.5) else "尾号" + s[-4:]
        if r < 0.85:
            return s[:4] + "*" * 10 + s[-4:]
        return "%s %s %s" % (s[:6], s[6:14], s[14:])
    if st == "sn":
        if r < 0.5:
            return s
        if r < 0.7:
            return s.lower()
        return "后四位" + s[-4:]
    return s


def finder_serial(rec):
    s, st = rec["serial"], rec["stype"]
    if not s or not rec["svis"]:
        return None
    if st == "id":
        r = R.random()
        if r < 0.2:
            return s
        if r < 0.65:
            return s[:4] + "*" * 10 + s[-4:]
        return s[:6] + "*" * 8 + s[-4:]
    return s


def serial_phrase(st, v, side):
    lab = {"imei": ["IMEI", "串号", "IMEI号"], "id": ["身份证号", "证号", "号码"], "sn": ["序列号", "S/N", "SN"],
           "plate": ["车牌", "牌照"], "frame": ["车架号"], "stu": ["学号"]}.get(st, ["编号"])
    lb = ch(lab)
    if v.startswith("尾号") or v.startswith("后四位"):
        return lb + v
    return lb + ("：" if side == "f" else (" " if lb.isascii() else "")) + v


OWNER_VOICES = ["migrant", "migrant", "elder", "student", "business", "rushed", "rushed", "police", "police", "parent"]
CLOSE = ["麻烦帮忙找找，谢谢！", "捡到的好心人请联系我，必有重谢。", "急用，谢谢。", "拜托了。", "着急回家过年，麻烦了。", "",
         "有消息请打电话给我。", "谢谢警察同志。"]


def owner_text(rec, place, lf, lt, plain=False):
    voice = ch(OWNER_VOICES)
    pw = ch(PL[place][2])
    sb = rec["brand"] is not None and p(0.7)
    sm = sb and p(0.4)
    sc = p(0.85) or not sb
    obj = obj_words(rec, "o", sb, sm, sc)
    tm = owner_time(lf, lt)
    vis = [f for f in rec["facts"] if f["vis"]]
    hid = [f for f in rec["facts"] if not f["vis"]]
    stated = []
    if plain:
        voice = "rushed"
        body = "%s %s 丢了%s" % (tm if p(0.5) else "", pw, obj)
        body = typo(body.strip())
        if vis and p(0.5):
            stated = [vis[0]]
            body += "，" + ch(vis[0]["o"])
        return body, voice, stated, sb, sm, sc
    nv = min(len(vis), R.randint(1, 3))
    stated = vis[:nv]
    extra = hid[:R.randint(0, min(2, len(hid)))]
    fx = [ch(f["o"]) for f in stated + extra]
    R.shuffle(fx)
    fxt = "，".join(fx)
    ser = None
    if rec["serial"] and p(0.65):
        ser = owner_serial(rec)
    sp = ("，" + serial_phrase(rec["stype"], ser, "o")) if ser else ""
    n = name()
    if voice == "migrant":
        body = ch(["我%s在%s把%s弄丢了，%s%s。%s", "%s在%s丢了个%s，%s%s。%s", "老乡们帮帮忙，%s在%s丢了%s，%s%s。%s"]) % (
            tm, pw, obj, fxt, sp, ch(CLOSE))
    elif voice == "elder":
        rel = ch(["我爸", "我妈", "我爷爷", "我外婆", "家里老人"])
        body = "帮%s登记一下，老人家说不太清楚，大概是%s在%s丢了%s，%s%s。%s" % (rel, tm, pw, obj, fxt, sp, ch(CLOSE))
    elif voice == "student":
        body = "本人学生，寒假回家，%s在南陵东站%s附近丢失%s一%s，%s%s。求好心人归还！" % (tm, pw, obj, rec["unit"], fxt, sp)
    elif voice == "business":
        body = "本人%s乘G%d次到南陵东站，在%s遗失%s一%s，%s%s。内有重要物品，必有酬谢。" % (
            tm, R.randint(1001, 6999), pw, obj, rec["unit"], fxt, sp)
    elif voice == "rushed":
        body = typo("%s %s 丢了%s %s%s 急！！" % (tm, pw, obj, fxt, sp))
    elif voice == "parent":
        body = "带孩子赶车太乱了，%s在%s把%s落了，%s%s。%s" % (tm, pw, obj, fxt, sp, ch(CLOSE))
    else:
        body = "报失人%s，%s，%d岁，称其于%s在%s遗失%s一%s，%s%s。现登记备查。" % (
            n, ch(["男", "女"]), R.randint(19, 72), tm, pw, obj, rec["unit"], fxt, sp)
    return body, voice, stated, sb, sm, sc, ser


FINDER_ROLES = {
    "default": [("客运员%s巡视时在%s拾到", "已交客运值班室"), ("保洁员清扫%s时捡到" , "交失物招领处"),
                ("安检员在%s发现旅客遗留", "移交警务站"), ("旅客%s在%s拾得", "交警务站登记"),
                ("拾得人%s交来，称在%s拾得", "警务站暂存")],
    "taxi": [("出租车司机%s送客后在%s发现", "送P1调度站转失物招领处"), ("的哥%s在%s发现乘客遗落", "交东站警务站")],
    "ride": [("网约车司机%s反映乘客在%s遗落", "送至警务站"), ("网约车司机%s在%s发现", "交失物招领处")],
    "metro": [("地铁站务员%s在%s拾获", "地铁客服中心暂存，后移交警务站"), ("地铁安检员在%s发现遗留", "交地铁客服中心")],
    "hotel": [("服务员%s在%s发现客人遗留", "酒店前台暂存"), ("酒店前台在%s收到", "前台保管")],
    "shop": [("店员%s在%s捡到顾客遗留", "店内暂存后交失物招领处"), ("店长在%s发现", "交警务站")],
    "bus": [("长途站工作人员%s在%s拾到", "交长途站服务台"), ("大巴司机%s在%s发现", "交站务室")],
}
ROLEMAP = {"taxi": "taxi", "ride": "ride", "metro": "metro", "hotel1": "hotel", "hotel2": "hotel", "store": "shop",
           "kfc": "shop", "noodle": "shop", "bus": "bus"}


def finder_text(rec, place, fm, must=None, far=None):
    roles = FINDER_ROLES[ROLEMAP.get(place, "default")] if not far else FINDER_ROLES["default"]
    intro, hand = ch(roles)
    pw = far[0] if far else ch(PL[place][1])
    cnt = intro.count("%s")
    intro = intro % ((name(), pw) if cnt == 2 else (pw,))
    sb = rec["brand"] is not None and p(0.85)
    sm = sb and rec["model"] and p(0.35)
    sc = p(0.9)
    obj = obj_words(rec, "f", sb, sm, sc)
    vis = [f for f in rec["facts"] if f["vis"]]
    chosen = []
    if must:
        chosen.append(must)
    for f in vis:
        if f is not must and p(0.55) and len(chosen) < 4:
            chosen.append(f)
    if not chosen and vis:
        chosen.append(vis[0])
    fx = [ch(f["f"]) for f in chosen]
    R.shuffle(fx)
    ser = finder_serial(rec) if p(0.7) else None
    sp = ("，" + serial_phrase(rec["stype"], ser, "f")) if ser else ""
    tm = finder_time(fm)
    body = "%s%s%s一%s，%s%s。%s。" % (tm + "，" if tm else "", intro, obj, rec["unit"], "，".join(fx), sp, hand)
    return body, chosen, sb, sm, sc, ser


# ---------------------------------------------------------------- assembling
def finder_item(rec, place, fm, must=None, far=None):
    body, chosen, sb, sm, sc, ser = finder_text(rec, place, fm, must, far)
    it = {"category": rec["cat"], "body": body, "found_at_min": int(fm)}
    if sc and p(0.55):
        it["color"] = ch(COL[rec["colour"]][1])
    if sb and p(0.5):
        it["brand"] = ch(BR[rec["brand"]][1])
    if sm and p(0.5):
        it["model"] = rec["model"]
    if ser and p(0.5):
        it["serial"] = ser
    if chosen and p(0.4):
        it["marks"] = "；".join(ch(f["f"]) for f in chosen)
    if p(0.4):
        it["address"] = far[1] if far else PL[place][3]
    if p(0.3):
        la, lo = coords(far[2] if far else PL[place][4])
        it["lat"], it["lon"] = la, lo
    return it


def lost_item(rec, place, lf, lt, plain=False):
    res = owner_text(rec, place, lf, lt, plain)
    if plain:
        body, voice, stated, sb, sm, sc = res
        ser = None
    else:
        body, voice, stated, sb, sm, sc, ser = res
    it = {"category": rec["cat"], "body": body[:600], "lost_from_min": int(lf), "lost_to_min": int(lt)}
    form = voice in ("police", "business", "student") or p(0.3)
    if form and not plain:
        if sc and p(0.5):
            it["color"] = ch(COL[rec["colour"]][0])
        if sb and p(0.5):
            it["brand"] = ch(BR[rec["brand"]][0])
        if sm and rec["model"] and p(0.4):
            it["model"] = rec["model"]
        if ser and p(0.6):
            it["serial"] = ser
        if stated and p(0.3):
            it["marks"] = "，".join(ch(f["o"]) for f in stated)
        if p(0.35):
            it["address"] = PL[place][3]
        if p(0.25):
            la, lo = coords(PL[place][4], 0.0012)
            it["lat"], it["lon"] = la, lo
    return it, stated


def pick_kind():
    keys = list(KIND_WEIGHTS.keys())
    return R.choices(keys, weights=[KIND_WEIGHTS[k] for k in keys])[0]


def pick_place(kid):
    if kid in ("ebike", "bicycle"):
        return ch(["square", "bus"])
    return ch([x[0] for x in PLACES])


def loss_window():
    if p(0.75):
        lf = R.randint(15 * 1440, 46 * 1440)  # 春运 weeks
    else:
        lf = R.randint(2 * 1440, 118 * 1440)
    dur = ch([R.randint(10, 90), R.randint(30, 300), R.randint(60, 900), R.randint(600, 4320)])
    lt = max(0, lf - dur)
    return lf, lt


def neg_place(place, kid):
    if kid in ("ebike", "bicycle"):
        return pick_place(kid)
    return place if p(0.6) else ch(NEAR[place])


def main():
    N_TRUE, N_NEVER = 150, 60
    lost, found = [], []
    reports = []  # (lost dict, rec, place, truth found dict or None)
    cross = 0
    for i in range(N_TRUE + N_NEVER):
        kid = pick_kind()
        rec = new_record(kid)
        place = pick_place(kid)
        lf, lt = loss_window()
        is_true = i % 7 not in (3, 6) if i < 210 else False
        reports.append([rec, place, lf, lt, None])
    # exactly 150 true: mark first by pattern then fix counts
    flags = [True] * N_TRUE + [False] * N_NEVER
    R.shuffle(flags)
    out_lost, pairs = [], []
    for (rec, place, lf, lt, _), tr in zip(reports, flags):
        plain = (not tr) and p(0.35)
        L, stated = lost_item(rec, place, lf, lt, plain)
        F_ = None
        if tr:
            if not stated:
                # owner must state a visible fact: regenerate text
                for _ in range(20):
                    L, stated = lost_item(rec, place, lf, lt, False)
                    if stated:
                        break
            must = ch(stated) if stated else None
            fplace = place if p(0.6) or rec["kid"] in ("ebike", "bicycle") else ch(NEAR[place])
            r = R.random()
            if r < 0.6:
                fm = R.randint(max(lt, lf - 240) if lf - lt > 0 else lf, lf)
                fm = R.randint(lt, lf) if p(0.5) else fm
            elif r < 0.9:
                fm = lt - R.randint(30, 720)
            else:
                fm = lt - R.randint(720, 4320)
            fm = max(0, min(fm, lf))
            F_ = finder_item(rec, fplace, fm, must)
            # rare cross-category desk differences
            if cross < 4 and rec["kid"] == "watch" and p(0.7):
                L["category"] = "phone"
                cross += 1
            elif cross < 4 and rec["kid"] == "ticketstub" and p(0.7):
                L["category"] = "id_doc"
                cross += 1
        out_lost.append(L)
        pairs.append((L, F_, rec, place, lf, lt, tr))
    # keys: shuffle presentation order independently
    lost_order = list(range(len(pairs)))
    R.shuffle(lost_order)
    negs = []
    never_idx = [j for j in range(len(pairs)) if not pairs[j][6]]
    true_idx = [j for j in range(len(pairs)) if pairs[j][6]]

    def anchors(n_never, n_true, cond=lambda j: True):
        a = [j for j in never_idx if cond(j)]
        b = [j for j in true_idx if cond(j)]
        return [ch(a) for _ in range(n_never)] + [ch(b) for _ in range(n_true)]

    def near_time(lf, lt):
        return max(0, R.randint(max(0, lt - 1440), lf))

    for j in anchors(22, 13):
        _, _, rec, place, lf, lt, _ = pairs[j]
        tw = new_record(rec["kid"], brand=rec["brand"], model=rec["model"], colour=rec["colour"],
                        exclude=[f["key"] for f in rec["facts"]])
        pl = neg_place(place, rec["kid"])
        negs.append(("twin", finder_item(tw, pl, near_time(lf, lt))))
    for j in anchors(24, 16):
        _, _, rec, place, lf, lt, _ = pairs[j]
        same_cat = [k[1] for k in KINDS if k[0] == rec["cat"] and rec["colour"] in k[6]]
        for _ in range(30):
            kid = ch(same_cat)
            k = KIND[kid]
            bs = [b for b in k[5] if b[0] != rec["brand"]] if k[5] else []
            if kid != rec["kid"] or bs:
                break
        lab = "decoy"
        if kid == rec["kid"] and bs:
            b, ms = ch(bs)
            dc = new_record(kid, brand=b, model=ch(ms), colour=rec["colour"], exclude=[f["key"] for f in rec["facts"]])
        elif kid != rec["kid"]:
            dc = new_record(kid, colour=rec["colour"], exclude=[f["key"] for f in rec["facts"]])
        else:
            # no other kind/brand in this colour family (e.g. ID cards): it is another object of the same kind
            dc = new_record(kid, brand=rec["brand"], model=rec["model"], colour=rec["colour"],
                            exclude=[f["key"] for f in rec["facts"]])
            lab = "twin"
        negs.append((lab, finder_item(dc, neg_place(place, kid), near_time(lf, lt))))
    for j in anchors(8, 12, lambda j: pairs[j][4] < MAXMIN - 3 * 1440):
        _, _, rec, place, lf, lt, _ = pairs[j]
        bl = new_record(rec["kid"], brand=rec["brand"] if p(0.6) else -1, model=rec["model"],
                        colour=rec["colour"] if p(0.6) else None, exclude=[f["key"] for f in rec["facts"]])
        fm = min(MAXMIN, lf + R.randint(1440, 20 * 1440))
        negs.append(("before_loss", finder_item(bl, neg_place(place, rec["kid"]), fm)))
    for j in anchors(8, 12, lambda j: pairs[j][2]["brand"] is not None):
        _, _, rec, place, lf, lt, _ = pairs[j]
        same = [k[1] for k in KINDS if k[0] == rec["cat"] and any(b[0] == rec["brand"] for b in k[5])]
        kid = ch(same)
        models = [b[1] for b in KIND[kid][5] if b[0] == rec["brand"]][0]
        be = new_record(kid, brand=rec["brand"], model=ch(models), exclude=[f["key"] for f in rec["facts"]])
        shift = R.randint(10 * 1440, 40 * 1440)
        fm = lf + shift if lf + shift < MAXMIN and p(0.5) else max(0, lt - shift)
        if fm == 0:
            fm = min(MAXMIN, lf + shift)
        negs.append(("brand_elsewhere", finder_item(be, None, fm, far=ch(FAR))))
    for _ in range(35):
        kid = pick_kind()
        negs.append(("unclaimed", finder_item(new_record(kid), pick_place(kid), R.randint(60, MAXMIN - 60))))
    # keys
    allf = [("T", pr[1], j) for j, pr in enumerate(pairs) if pr[1] is not None] + [("N", n[1], n[0]) for n in negs]
    R.shuffle(allf)
    for i, (t, it, lab) in enumerate(allf):
        it_key = "%s-F%04d" % (PFX, i + 1)
        d = {"key": it_key}
        d.update(it)
        if t == "N":
            d["negative"] = lab
        it.clear()
        it.update(d)
    found = [x[1] for x in allf]
    lost_final = []
    for n, j in enumerate(lost_order):
        L, F_ = pairs[j][0], pairs[j][1]
        d = {"key": "%s-L%04d" % (PFX, n + 1)}
        d.update(L)
        d["truth"] = F_["key"] if F_ is not None else None
        lost_final.append(d)
    for it in found + lost_final:
        it["body"] = it["body"][:600]
        if "marks" in it:
            it["marks"] = it["marks"][:500]
        for fld in ("color", "brand", "model", "serial", "address"):
            if fld in it:
                it[fld] = it[fld][:60]
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set32.py",
           "parts": {"set32": {"found": found, "lost": lost_final}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set32.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost" % (path, len(found), len(lost_final)))


if __name__ == "__main__":
    main()
