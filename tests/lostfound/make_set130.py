#!/usr/bin/env python3
"""Write tests/lostfound/set130.json: a blind lost-and-found set for 岚西市 (invented).

World: the new 岚西云岭国际机场 (T1/T2) and its surroundings in July, during the
summer travel peak and a gaming expo.  Each object is first drawn as a hidden truth
record; the owner's lost report and the finder's registration are then written from
it separately, each knowing only what that person could know.

Standard library only, one random.Random(SEED); deterministic under any PYTHONHASHSEED.
"""
import datetime
import json
import os
import random

SEED = 130130
PFX = "S130"
PART = "set130"
N_TRUE, N_NONE = 150, 90
NEG_PLAN = [("near_twin", 30), ("found_before_loss", 30),
            ("same_cat_color", 35), ("same_brand_elsewhere", 25)]
N_CROSS = 4
NOW = datetime.datetime(2024, 7, 31, 22, 0)   # the moment every record is registered
R = random.Random(SEED)


def ch(seq):
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


# ---------------------------------------------------------------- numbers
def gb11643(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, w)) % 11]


def luhn_digit(payload):
    tot = 0
    for i, d in enumerate(reversed(payload)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


USED = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def new_id():
    def f():
        region = ch(["519001", "519104", "519223", "518806", "520317", "519630", "518412"])
        d = datetime.date(1956, 1, 1) + datetime.timedelta(days=R.randrange(0, 19000))
        s = region + d.strftime("%Y%m%d") + digits(3)
        return s + gb11643(s)
    return uniq(f)


def new_imei():
    return uniq(lambda: (lambda s: s + luhn_digit(s))("86" + digits(12)))


def new_sn(prefix):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return uniq(lambda: prefix + "".join(ch(al) for _ in range(8)))


def new_tail():
    return uniq(lambda: digits(4))


def new_plate():
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return uniq(lambda: "岚" + ch("ABDF") + digits(1) + ch(al) + digits(3))


def new_frame(prefix):
    return uniq(lambda: prefix + digits(2) + ch("ABCDK") + digits(5))


def new_tag():
    return uniq(lambda: "LX" + digits(6))


def new_passport():
    return uniq(lambda: "E" + digits(8))


def new_fpassport():
    return uniq(lambda: ch(["NV", "EM", "CD"]) + digits(7))


def new_student():
    return uniq(lambda: "20" + ch(["21", "22", "23"]) + digits(6))


def cnum(n):
    dg = "零一二三四五六七八九"
    if n == 0:
        return "零"
    s, zero = "", False
    for u, name in ((10000, "万"), (1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, u)
        if q:
            if zero:
                s += "零"
                zero = False
            s += ("" if (u == 10 and q == 1 and s == "") else dg[q]) + name
        elif s:
            zero = True
    if n:
        if zero:
            s += "零"
        s += dg[n]
    return s


def big_cn(n):
    t = cnum(n)
    for a, b in zip("一二三四五六七八九十百千万", "壹贰叁肆伍陆柒捌玖拾佰仟万"):
        t = t.replace(a, b)
    return t


def money_owner(a, cur):
    if cur != "CNY":
        u = {"USD": ("美元", "美金"), "EUR": ("欧元", "欧"), "JPY": ("日元", "日币")}[cur]
        return ch([f"{a}{u[0]}", f"大概{cnum(a)}{u[1]}", f"{a} {cur}", f"{a}{u[1]}左右"])
    r = int(round(a / 100.0)) * 100 or a
    colloq = cnum(r)
    if colloq.endswith("百") and len(colloq) == 4:
        colloq = colloq[:-1]
    return ch([f"{a}元", f"大概{r}块", f"{colloq}左右", f"差不多{r}元", f"¥{a}",
               f"{max(r - 100, 50)}到{r + 100}之间", f"{a}块钱", f"{a:,}元"])


def money_finder(a, cur):
    if cur != "CNY":
        nm = {"USD": "美元", "EUR": "欧元", "JPY": "日元"}[cur]
        return ch([f"外币{nm}{a}元", f"{nm}现钞{a}", f"{cur} {a}"])
    return ch([f"人民币{a}元", f"现金{big_cn(a)}元整", f"¥{a}.00", f"{a}元",
               f"现金{a}块", f"RMB{a}"])


# ---------------------------------------------------------------- world: places
# key: (cluster, [aliases], english, lat, lon)
PLACES = {
    "t1_sec": ("T1", ["T1航站楼3号安检通道", "一号航站楼安检口", "T1安检3号通道", "T1国内安检区"], "T1 security lane 3", 30.3127, 104.4405),
    "t1_gate": ("T1", ["T1航站楼B12登机口", "B12登机口候机区", "一号楼B区12号口", "T1 B12候机厅"], "Gate B12, Terminal 1", 30.3141, 104.4382),
    "t1_smoke": ("T1", ["T1航站楼B区吸烟室", "T1 B区抽烟室", "一号航站楼吸烟室"], "T1 smoking room, zone B", 30.3138, 104.4391),
    "t1_claim": ("T1", ["T1到达行李提取厅3号转盘", "T1行李转盘3号", "一号航站楼到达行李厅"], "T1 baggage claim belt 3", 30.3119, 104.4417),
    "t1_lp": ("T1", ["T1失物招领处", "T1到达层问询台", "一号航站楼遗失物品服务台"], "T1 lost property counter", 30.3121, 104.4421),
    "t2_sec": ("T2", ["T2航站楼国际安检", "T2安检口7号通道", "二号航站楼安检区", "T2安检7通道"], "T2 security lane 7", 30.3186, 104.4519),
    "t2_gate": ("T2", ["T2航站楼C27登机口", "C27登机口", "二号楼C区27号口", "T2 C区候机厅"], "Gate C27, Terminal 2", 30.3203, 104.4548),
    "t2_smoke": ("T2", ["T2航站楼C区吸烟室", "T2 C区抽烟室", "二号航站楼吸烟区"], "T2 smoking room, zone C", 30.3199, 104.4539),
    "t2_claim": ("T2", ["T2行李提取大厅7号转盘", "T2到达行李转盘7", "二号航站楼行李提取厅"], "T2 baggage claim belt 7", 30.3179, 104.4527),
    "t2_lp": ("T2", ["T2失物招领处", "T2遗失物品服务台", "二号航站楼失物招领柜台"], "T2 lost property counter", 30.3176, 104.4533),
    "t2_ride": ("T2", ["T2网约车上客区P5", "T2停车楼网约车上车点", "二号航站楼网约车候车区"], "T2 ride-hailing pick-up P5", 30.3168, 104.4561),
    "m_air": ("AIRM", ["机场快线云岭机场站", "机场快线T1T2站站台", "空港快线机场站"], "Airport Express, Yunling Airport station", 30.3157, 104.4466),
    "m_train": ("AIRM", ["机场快线列车车厢内", "机场快线往市区方向列车", "空港快线车上"], "on the Airport Express train", 30.4420, 104.2650),
    "m_expo": ("EXPO", ["机场快线会展城站", "会展城地铁站B口", "会展城站站厅"], "Airport Express, Expo City station", 30.4229, 104.0851),
    "m_city": ("FOOD", ["机场快线锦岚广场站", "锦岚广场地铁站", "锦岚广场站C出口"], "Airport Express, Jinlan Square station", 30.5874, 104.0633),
    "h_air": ("HOT", ["云栖空港酒店", "云栖空港酒店大堂", "机场云栖酒店8楼"], "Yunqi Airport Hotel", 30.3302, 104.4386),
    "h_caps": ("HOT", ["蜂巢胶囊旅舍T2店", "T2胶囊旅舍", "蜂巢胶囊酒店"], "Hive Capsule Hostel, T2", 30.3214, 104.4572),
    "b_depot": ("HOT", ["空港公交总站", "机场公交枢纽站", "空港公交场站候车棚"], "Airport bus depot", 30.3351, 104.4268),
    "e_hall": ("EXPO", ["岚西国际会展中心3号馆", "会展中心3号馆", "会展3馆游戏展区"], "Lanxi Expo Centre Hall 3", 30.4241, 104.0802),
    "e_booth": ("EXPO", ["会展中心5号馆C5-118展位", "5号馆C5-118", "会展5馆展台"], "Expo Hall 5 booth C5-118", 30.4252, 104.0789),
    "e_cos": ("EXPO", ["会展中心南广场Cos集合区", "会展南广场", "会展中心Cos广场"], "Expo south plaza cosplay area", 30.4228, 104.0815),
    "f_street": ("FOOD", ["玉沙夜市街", "玉沙路美食街", "玉沙夜市"], "Yusha night-food street", 30.6011, 104.0488),
    "f_hotpot": ("FOOD", ["蜀炉老灶火锅玉沙店", "玉沙路蜀炉火锅", "蜀炉老灶"], "Shulu hotpot, Yusha Road", 30.6018, 104.0479),
    "f_skewer": ("FOOD", ["签签乐串串香", "玉沙路签签乐", "签签乐串串店门口"], "Qianqianle skewers, Yusha Road", 30.6006, 104.0497),
    "p_base": ("PANDA", ["岚西大熊猫繁育基地", "熊猫基地月亮产房", "熊猫基地太阳馆"], "Lanxi Giant Panda Base", 30.7332, 104.1451),
    "p_shuttle": ("PANDA", ["熊猫基地观光车2号站", "熊猫基地观光车上", "熊猫基地北门接驳车站"], "Panda Base tourist shuttle stop 2", 30.7318, 104.1437),
    "u_dorm": ("UNI", ["西岭大学暑期学校7号宿舍楼", "西岭大学7栋宿舍", "西岭大学暑校宿舍"], "Xiling University summer-school dorm 7", 30.6356, 103.9811),
    "u_gate": ("UNI", ["西岭大学东门", "西岭大学东门共享单车点", "西岭大学东门外"], "Xiling University east gate", 30.6349, 103.9843),
}
PKEYS = sorted(PLACES)
CLUSTERS = sorted({v[0] for v in PLACES.values()})
NEAR_CLUSTER = {"T1": ["T2", "AIRM", "HOT"], "T2": ["T1", "AIRM", "HOT"], "AIRM": ["T1", "T2"],
                "HOT": ["T1", "T2"], "EXPO": ["AIRM"], "FOOD": [], "PANDA": [], "UNI": []}
LP_OF = {"T1": "t1_lp", "T2": "t2_lp", "AIRM": "m_air", "HOT": "h_air"}
OUTDOOR = ["f_street", "f_skewer", "u_dorm", "u_gate", "m_city", "m_expo", "b_depot", "p_shuttle", "e_cos"]
FOR_SUITCASE = ["t1_sec", "t1_gate", "t1_claim", "t2_sec", "t2_gate", "t2_claim", "t2_ride",
                "m_air", "m_train", "h_air", "h_caps", "b_depot", "p_shuttle", "u_dorm"]

# ---------------------------------------------------------------- world: brands
BR = {  # key: (中文, English, pinyin, typo)
    "huali": ("华栎", "HUALI", "Huali", "华砾"),
    "lanmang": ("岚芒", "LANMANG", "lanmang", "蓝芒"),
    "xingcheng": ("星橙", "StarOrange", "Xingcheng", "星程"),
    "miguo": ("米果", "MIGO", "miguo", "米菓"),
    "ouyue": ("欧越", "OUYUE", "Ouyue", "欧悦"),
    "liantuo": ("联拓", "LinkTop", "Liantuo", "联托"),
    "youji": ("游极", "YOUJI", "Youji", "游机"),
    "xuanguang": ("玄光", "XuanGuang", "xuanguang", "玄广"),
    "shengyu": ("声屿", "SoundIsle", "Shengyu", "声语"),
    "nengbao": ("能宝", "NENGBAO", "Nengbao", "能包"),
    "yingyue": ("影岳", "YINGYUE", "Yingyue", "影月"),
    "shilan": ("时岚", "SHILAN", "Shilan", "时兰"),
    "jinfeng": ("金凤坊", "JINFENG", "Jinfengfang", "金风坊"),
    "piyu": ("皮语", "PIYU", "Piyu", "皮羽"),
    "jinlu": ("金鹿皮具", "GOLDEER", "Jinlu", "金路"),
    "xingtu": ("行途", "TripWay", "Xingtu", "形途"),
    "shanji": ("山脊", "RIDGELINE", "Shanji", "山迹"),
    "lanchi": ("岚驰", "LANCHI", "Lanchi", "兰驰"),
    "yachi": ("雅驰", "YACHI", "Yachi", "亚驰"),
    "lvju": ("绿驹", "LVJU", "Lüju", "绿居"),
    "jielun": ("捷轮", "JETLUN", "Jielun", "捷伦"),
    "fengling": ("风羚", "FENGLING", "Fengling", "风铃"),
    "mianyun": ("眠云", "MIANYUN", "Mianyun", "棉云"),
    "qinglan": ("晴岚", "QINGLAN", "Qinglan", "晴兰"),
    "nuantu": ("暖途", "NUANTU", "Nuantu", "暖图"),
}

COL = {  # canonical: (synonyms CN, english)
    "黑": (["黑色", "黑", "深色", "哑光黑", "曜石黑"], "black"),
    "白": (["白色", "白", "米白", "珍珠白", "象牙白"], "white"),
    "银": (["银色", "银白", "亮银"], "silver"),
    "灰": (["灰色", "深空灰", "太空灰", "浅灰"], "grey"),
    "蓝": (["蓝色", "深蓝", "藏青", "宝蓝", "海军蓝"], "blue"),
    "红": (["红色", "酒红", "大红", "枣红"], "red"),
    "粉": (["粉色", "樱花粉", "粉红", "浅粉"], "pink"),
    "绿": (["绿色", "墨绿", "军绿", "薄荷绿"], "green"),
    "金": (["金色", "香槟金", "土豪金"], "gold"),
    "黄": (["黄色", "明黄", "柠檬黄"], "yellow"),
    "紫": (["紫色", "薰衣草紫", "浅紫"], "purple"),
    "棕": (["棕色", "咖啡色", "褐色", "驼色"], "brown"),
}
NEIGHBOUR = {"黑": "灰", "灰": "银", "银": "灰", "白": "银", "蓝": "黑", "红": "粉", "粉": "红",
             "绿": "蓝", "金": "黄", "黄": "金", "紫": "粉", "棕": "红"}

# ---------------------------------------------------------------- world: kinds
# Each kind: cat, names, en, unit, brands {brand: [models]}, serial type, colours,
#            visible-mark pool, owner-only pool, alt category (for a few cross-filed pairs)
M = lambda *a: list(a)
KINDS = {
    "phone": dict(cat="phone", cn=["手机", "电话", "机子"], en="phone", unit="部",
                  brands={"huali": M("HL-P70", "HL-P70 Pro", "Q9 Lite"), "lanmang": M("LM-14", "LM-14 Ultra", "Air 5"),
                          "xingcheng": M("XC-K30", "K30 Turbo"), "miguo": M("MG12S", "MG-12 Max"), "ouyue": M("OY-F21", "F21 Neo")},
                  st="imei", colors=["黑", "白", "蓝", "紫", "金", "绿", "银", "粉"],
                  vis=[("透明手机壳，壳背面贴了张熊猫贴纸", "clear case with a panda sticker"),
                       ("黑色磨砂壳带金属指环扣", "matte black case with a metal ring holder"),
                       ("屏幕右上角碎了一块", "top-right corner of the screen cracked"),
                       ("粉色硅胶壳，挂了根珍珠挂绳", "pink silicone case with a pearl strap"),
                       ("背面贴着游戏角色痛贴", "game-character sticker on the back"),
                       ("棕色皮质翻盖保护套", "brown leather flip cover"),
                       ("没戴壳，边框有磕痕", "no case, dented frame"),
                       ("壳里夹着一张岚西通公交卡", "a Lanxi transit card tucked in the case"),
                       ("蓝色防摔壳，四个角有气囊", "blue rugged case with corner bumpers")],
                  lock=[("锁屏是一只柯基", "a corgi on the lock screen"), ("锁屏是小孩在熊猫基地的照片", "a kid at the panda base on the lock screen"),
                        ("锁屏是星空图", "a starry sky on the lock screen"), ("锁屏是全家福", "a family photo on the lock screen"),
                        ("锁屏是一个动漫角色", "an anime character on the lock screen")],
                  hid=[("设了指纹和面容解锁", "fingerprint and face unlock set"), ("里面有很多工作邮件", "full of work email"),
                       ("电量应该不多了", "battery was nearly flat"), ("装的两张卡，一张岚西移通", "two SIM cards in it")]),
    "laptop": dict(cat="electronics", cn=["笔记本电脑", "笔记本", "电脑"], en="laptop", unit="台",
                   brands={"liantuo": M("LT-X14 G3", "LT-Y15 Air", "ThinkEdge T16"), "huali": M("HL Book 14", "HL Book X Pro")},
                   st="sn", colors=["黑", "银", "灰", "白"],
                   vis=[("A面贴满了展会贴纸", "lid covered in expo stickers"), ("装在灰色毛毡内胆包里", "in a grey felt sleeve"),
                        ("键盘上W键磨掉了字", "the W key worn blank"), ("左下角有个凹坑", "a dent at the lower left corner"),
                        ("屏幕边框贴了公司资产标签", "company asset label on the bezel")],
                   hid=[("开机密码是公司的，里面有投标方案", "company login, tender documents inside"), ("桌面是一张雪山照片", "snowy mountain wallpaper")]),
    "tablet": dict(cat="electronics", cn=["平板电脑", "平板", "iPad一样的平板"], en="tablet", unit="台",
                   brands={"huali": M("HL Pad 11", "HL Pad Air"), "lanmang": M("LM Tab S8", "LM Tab Mini"), "miguo": M("MG Pad 6")},
                   st="sn", colors=["灰", "银", "蓝", "粉"],
                   vis=[("套着带键盘的保护套", "in a keyboard cover"), ("儿童防摔壳，带手柄", "kids' foam case with a handle"),
                        ("背后贴了孩子的名字贴", "child's name label on the back"), ("屏幕有一道划痕", "a scratch across the screen")],
                   hid=[("里面下了很多动画片", "cartoons downloaded for the kids"), ("锁屏密码是孩子生日", "passcode is the kid's birthday")]),
    "console": dict(cat="electronics", cn=["游戏掌机", "掌机", "游戏机"], en="handheld game console", unit="台",
                    brands={"youji": M("Swift OLED", "Swift Lite"), "xuanguang": M("XG Deck 512G", "XG Deck 1T")},
                    st="sn", colors=["黑", "白", "红", "蓝"],
                    vis=[("手柄换成了透明紫色外壳", "clear purple shell swap"), ("装在印着游戏LOGO的收纳包里", "in a carry pouch with a game logo"),
                         ("屏幕贴了磨砂膜，摇杆有漂移", "matte screen film, drifting stick"), ("背面贴了一排角色贴纸", "row of character stickers on the back")],
                    hid=[("账号里存档一百多小时", "100+ hours of saves on the account"), ("插着一张256G内存卡", "256GB card inside")]),
    "earbuds": dict(cat="electronics", cn=["蓝牙耳机", "无线耳机", "耳机"], en="wireless earbuds", unit="副",
                    brands={"shengyu": M("Buds 3 Pro", "Buds 3", "AirIsle 2"), "huali": M("FreeHL 5")},
                    st="sn", colors=["白", "黑", "蓝", "粉"], alt="other",
                    vis=[("充电仓套了个小熊猫硅胶套", "red-panda silicone cover on the case"), ("充电仓盖子有裂纹", "crack on the case lid"),
                         ("仓上刻了字母J.Y.", "initials J.Y. engraved on the case"), ("挂着一个登山扣", "a carabiner attached")],
                    hid=[("左耳那只音量偏小", "left bud quieter"), ("连的是我手机名字叫小鱼", "paired to a phone named Xiaoyu")]),
    "powerbank": dict(cat="electronics", cn=["充电宝", "移动电源"], en="power bank", unit="个",
                      brands={"nengbao": M("NB-20000", "NB-10000 Mini"), "xingcheng": M("XC Power 20K")},
                      st=None, colors=["白", "黑", "蓝", "绿"],
                      vis=[("自带两根线，一根断了头", "two built-in cables, one broken"), ("贴了熊猫贴纸", "panda sticker on it"),
                           ("外壳被马克笔写了个“周”字", "the character 周 written on it in marker"), ("有数显屏", "digital charge display")],
                      hid=[("是3C认证那款，能带上飞机", "the flight-approved model")]),
    "camera": dict(cat="electronics", cn=["相机", "微单相机", "单反"], en="camera", unit="台",
                   brands={"yingyue": M("YX-200", "YX-R5", "YX-Z9 Mark II")},
                   st="sn", colors=["黑", "银"],
                   vis=[("配了一支35mm定焦镜头", "with a 35mm prime lens"), ("肩带是彩色民族风的", "colourful woven strap"),
                        ("镜头盖丢了，UV镜有划痕", "no lens cap, scratched UV filter"), ("热靴上装着一个小闪光灯", "a small flash on the hot shoe")],
                   hid=[("卡里全是熊猫照片", "card full of panda photos"), ("电池只剩一格", "battery on one bar")]),
    "smartwatch": dict(cat="electronics", cn=["智能手表", "运动手表", "手表"], en="smart watch", unit="只",
                       brands={"huali": M("HL Watch 4", "HL Watch GT"), "shilan": M("SL Fit 2")},
                       st="sn", colors=["黑", "银", "粉", "绿"], alt="jewelry",
                       vis=[("表带是橙色硅胶的", "orange silicone strap"), ("表盘屏幕有一道划痕", "a scratch on the face"),
                            ("表带换成了米兰尼斯钢带", "milanese steel band")],
                       hid=[("表盘设置的是我儿子的照片", "face set to my son's photo")]),
    "idcard": dict(cat="id_doc", cn=["身份证", "二代身份证", "居民身份证"], en="ID card", unit="张",
                   brands={}, st="id", colors=["白"],
                   vis=[("套在透明卡套里", "in a clear sleeve"), ("卡套上挂着工牌绳", "on a lanyard"), ("一角有点卷边", "one corner curled")],
                   hid=[]),
    "passport": dict(cat="id_doc", cn=["护照", "因私护照"], en="passport", unit="本",
                     brands={}, st="passport", colors=["红", "棕"],
                     vis=[("外面套着蓝色护照夹", "in a blue passport holder"), ("里面夹着一张登机牌", "boarding pass inside"),
                          ("护照夹上绣着一只熊猫", "panda embroidered holder")],
                     hid=[("签证页贴着去年的签证", "last year's visa inside")]),
    "fpassport": dict(cat="id_doc", cn=["外国护照", "外籍护照"], en="passport", unit="本",
                      brands={}, st="fpassport", colors=["蓝", "红", "绿"],
                      vis=[("夹着一张T2转机的登机牌", "a transfer boarding pass inside"), ("封面有咖啡渍", "coffee stain on the cover")],
                      hid=[("里面有中国过境免签入境章", "visa-free transit stamp inside")]),
    "studentcard": dict(cat="id_doc", cn=["学生证", "校园卡"], en="student card", unit="张",
                        brands={}, st="student", colors=["蓝", "白"],
                        vis=[("挂着一根印有西岭大学的挂绳", "on a Xiling University lanyard"), ("卡套上贴了个兔子贴纸", "rabbit sticker on the holder")],
                        hid=[("校园卡里还有两百多块饭钱", "over 200 yuan of canteen credit")]),
    "idholder": dict(cat="wallet", cn=["证件卡包", "卡包", "证件夹"], en="card holder", unit="个",
                     brands={"piyu": M("经典款"), "jinlu": M("商务款")}, st="id", colors=["黑", "棕", "蓝"], alt="id_doc",
                     vis=[("里面有身份证和一张登机牌", "ID card and a boarding pass inside"), ("皮子边缘磨白了", "worn edges")],
                     hid=[]),
    "wallet": dict(cat="wallet", cn=["钱包", "皮夹", "长款钱包", "短款钱包"], en="wallet", unit="个",
                   brands={"piyu": M("长款", "折叠款"), "jinlu": M("短款三折", "拉链长款")},
                   st="bank", colors=["黑", "棕", "红", "粉", "蓝"],
                   vis=[("拉链头上挂着一个小铃铛", "a little bell on the zip"), ("正面有压花图案", "embossed pattern on the front"),
                        ("角上磨破了皮", "scuffed corners"), ("里面夹着一张小孩的一寸照", "a child's photo inside")],
                   hid=[]),
    "keys": dict(cat="keys", cn=["钥匙串", "一串钥匙", "钥匙"], en="bunch of keys", unit="串",
                 brands={"lanchi": M("车钥匙遥控", "智能钥匙")}, st=None, colors=["银", "黑", "金"],
                 vis=[("挂着一个毛绒熊猫挂件", "a plush panda keyring"), ("有一张蓝色门禁卡", "a blue access fob"),
                      ("挂件是个亚克力游戏角色牌", "an acrylic game-character charm"), ("钥匙圈上套着个开瓶器", "a bottle opener on the ring"),
                      ("有一把电动车钥匙", "an e-bike key on it"), ("挂着写着“802”的塑料牌", "a plastic tag marked 802")],
                 hid=[("是租的房子的钥匙，房东那里没得备用", "only key to my flat")]),
    "ebike": dict(cat="ebike", cn=["电动车", "电瓶车", "电驴"], en="e-bike", unit="辆",
                  brands={"yachi": M("YC-M5", "YC-Q3"), "lvju": M("LJ-S2", "LJ-F7")}, st="plate", colors=["白", "黑", "蓝", "粉", "绿"],
                  vis=[("前面加装了一个黑色车筐", "black front basket"), ("后座有个儿童座椅", "child seat on the back"),
                       ("挡风被是迷彩的", "camouflage leg cover"), ("车头贴了外卖平台的贴纸", "delivery sticker on the front"),
                       ("左边后视镜断了", "left mirror broken")],
                  hid=[("电池是去年新换的60V", "battery replaced last year")]),
    "bicycle": dict(cat="bicycle", cn=["自行车", "单车", "山地车", "折叠车"], en="bicycle", unit="辆",
                    brands={"jielun": M("JL-700C", "JL-MTB27"), "fengling": M("FL-Fold 20", "FL-City")}, st="frame",
                    colors=["黑", "白", "蓝", "红", "黄"],
                    vis=[("车把缠着红色把带", "red bar tape"), ("后座绑着一个菜篮子", "basket tied on the rack"),
                         ("车座是加厚的硅胶座套", "thick gel seat cover"), ("锁在车架上的U型锁是黄色的", "yellow U-lock on the frame")],
                    hid=[("买的时候一千八", "cost 1800")]),
    "suitcase": dict(cat="bag", cn=["行李箱", "拉杆箱", "箱子"], en="suitcase", unit="个",
                     brands={"xingtu": M("20寸登机箱", "24寸", "28寸")}, st="tag", colors=["银", "黑", "蓝", "粉", "白", "绿"],
                     vis=[("把手上系了一条红丝带", "red ribbon on the handle"), ("箱子侧面贴着托运行李牌", "checked-bag tag still on the side"),
                          ("箱体贴满了旅行贴纸", "covered in travel stickers"), ("一个轮子有点卡", "one wheel sticks"),
                          ("套着印熊猫的箱套", "panda-print cover")],
                     hid=[("里面是衣服和给家里带的火锅底料", "clothes and hotpot base for family"), ("密码锁是我生日", "lock code is my birthday")]),
    "backpack": dict(cat="bag", cn=["双肩包", "背包", "书包"], en="backpack", unit="个",
                     brands={"shanji": M("登山包30L", "通勤款"), "xingtu": M("商务双肩包")}, st=None, colors=["黑", "灰", "蓝", "绿"],
                     vis=[("侧袋插着一把折叠伞", "a folding umbrella in the side pocket"), ("拉链上挂着西岭大学校徽挂件", "Xiling University charm on the zip"),
                          ("包上别了好多吧唧", "lots of pin badges"), ("肩带上有个反光条", "reflective strip on the strap")],
                     hid=[("里面有充电器和两本考研书", "charger and two exam-prep books inside"), ("夹层有我的体检报告", "my medical report in the pocket")]),
    "itabag": dict(cat="bag", cn=["痛包", "吧唧包"], en="ita bag", unit="个",
                   brands={}, st=None, colors=["粉", "白", "紫", "黑"],
                   vis=[("透明窗里排满了《苍岚纪元》角色吧唧", "window full of Canglan Era character badges"), ("挂着一只小玩偶", "a small plushie on it"),
                        ("包带上系着蝴蝶结", "bow on the strap")],
                   hid=[("里面有限定色纸，场贩买的", "expo-exclusive shikishi inside"), ("吧唧大概四十几个", "about forty-odd badges")]),
    "cash": dict(cat="cash", cn=["现金", "钱", "一沓钱"], en="cash", unit="笔",
                 brands={}, st=None, colors=["红"],
                 vis=[("用红包装着", "in a red envelope"), ("装在岚商银行的信封里", "in a Lanshang Bank envelope"),
                      ("用橡皮筋捆着", "held with a rubber band"), ("对折夹在一张登机牌里", "folded inside a boarding pass")],
                 hid=[]),
    "necklace": dict(cat="jewelry", cn=["金项链", "项链", "链子"], en="gold necklace", unit="条",
                     brands={"jinfeng": M("足金", "古法金")}, st=None, colors=["金"],
                     vis=[("吊坠是一颗小金珠", "a small gold bead pendant"), ("扣子有点松", "loose clasp"), ("吊坠是个生肖兔", "rabbit zodiac pendant")],
                     hid=[("大概十五克", "about 15 grams"), ("是结婚时候买的", "bought for our wedding")]),
    "bracelet": dict(cat="jewelry", cn=["手镯", "镯子"], en="bangle", unit="只",
                     brands={"jinfeng": M("翡翠", "银镯")}, st=None, colors=["绿", "银", "白"],
                     vis=[("内侧有一小道裂纹", "hairline crack inside"), ("镯子上雕着如意纹", "ruyi pattern carved")],
                     hid=[("是我外婆留下的", "my grandmother's")]),
    "ring": dict(cat="jewelry", cn=["戒指", "钻戒", "对戒"], en="ring", unit="枚",
                 brands={"jinfeng": M("铂金钻戒", "18K金戒指")}, st="engrave", colors=["银", "金"],
                 vis=[("戒圈内侧有刻字", "engraving inside the band"), ("放在一个红色绒面小盒里", "in a small red velvet box")],
                 hid=[("是求婚戒指，今晚要用的", "engagement ring for tonight")]),
    "watch": dict(cat="jewelry", cn=["手表", "机械表", "腕表"], en="watch", unit="只",
                  brands={"shilan": M("SL-Classic 40", "SL-Ocean 42")}, st="sn", colors=["银", "金", "黑"],
                  vis=[("棕色皮表带", "brown leather strap"), ("表镜上有划痕", "scratched crystal"), ("钢带少了一节", "steel band missing a link")],
                  hid=[("是父亲送的毕业礼物", "a graduation gift from my father")]),
    "pillow": dict(cat="other", cn=["U型枕", "颈枕", "护颈枕"], en="neck pillow", unit="个",
                   brands={"mianyun": M("记忆棉款", "充气款")}, st=None, colors=["灰", "蓝", "粉", "黄"],
                   vis=[("上面印着熊猫图案", "panda print"), ("挂在一个登机箱拉杆上的扣子断了", "broken clip"), ("套子可以拆，有拉链", "zip-off cover")],
                   hid=[]),
    "prop": dict(cat="other", cn=["cos道具", "道具剑", "法杖道具", "cos假发"], en="cosplay prop", unit="把",
                 brands={}, st=None, colors=["白", "紫", "金", "蓝", "黑"],
                 vis=[("是《苍岚纪元》里白夜的长剑，EVA泡沫做的", "EVA-foam longsword from Canglan Era"), ("杖头有会亮的LED灯", "LED-lit staff head"),
                      ("手柄缠着紫色绑带", "purple wrap on the grip"), ("装在黑色长条道具袋里", "in a long black prop bag")],
                 hid=[("自己做了两个月", "took me two months to make")]),
    "umbrella": dict(cat="other", cn=["雨伞", "折叠伞", "长柄伞"], en="umbrella", unit="把",
                     brands={"qinglan": M("三折伞", "自动长柄伞")}, st=None, colors=["黑", "蓝", "黄", "紫"],
                     vis=[("伞柄是木头的", "wooden handle"), ("有一根伞骨断了", "one broken rib"), ("伞面印着小猫", "cat print")],
                     hid=[]),
    "toy": dict(cat="other", cn=["毛绒玩具", "熊猫公仔", "玩具"], en="toy", unit="个",
                brands={}, st=None, colors=["白", "黑", "粉", "棕"],
                vis=[("是只毛绒熊猫，脖子上系着红领结", "plush panda with a red bow"), ("一只耳朵缝过", "one ear re-stitched"),
                     ("变形机器人，少了一只手", "transforming robot missing a hand")],
                hid=[("是女儿每天抱着睡的", "my daughter sleeps with it")]),
    "bottle": dict(cat="other", cn=["保温杯", "水杯"], en="thermos flask", unit="个",
                   brands={"nuantu": M("500ml", "750ml")}, st=None, colors=["黑", "白", "粉", "绿", "蓝"],
                   vis=[("杯身刻了名字“小满”", "the name Xiaoman engraved"), ("杯底磕掉了漆", "chipped paint at the base"), ("套着一个针织杯套", "knitted sleeve")],
                   hid=[("里面泡的枸杞", "goji tea inside")]),
}
KIND_KEYS = sorted(KINDS)
CAT_WEIGHTS = [("phone", ["phone"], 34), ("electronics", ["laptop", "tablet", "console", "earbuds", "powerbank", "camera", "smartwatch"], 46),
               ("id_doc", ["idcard", "passport", "fpassport", "studentcard"], 28), ("wallet", ["wallet", "idholder"], 26),
               ("bag", ["suitcase", "backpack", "itabag"], 30), ("keys", ["keys"], 15), ("jewelry", ["necklace", "bracelet", "ring", "watch"], 15),
               ("cash", ["cash"], 12), ("other", ["pillow", "prop", "umbrella", "toy", "bottle"], 22), ("ebike", ["ebike"], 9), ("bicycle", ["bicycle"], 8)]

SUR = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕蒋蔡魏")
GIV = list("子涵浩然雨欣梓轩思远佳怡俊杰晓明婷宇航一诺紫萱文博嘉懿志强秀兰建国红梅亦辰若曦")
FOREIGN = ["Mateo Varnholt", "Anika Ostergaard", "Lars Kestrel", "Priya Quillon", "Tomasz Brannigan", "Keiko Ferland",
           "Olu Tamsin", "Freya Lindqvar", "Dmitri Solance", "Sofia Marrowby", "Henrik Dalstrom", "Amara Okoye-Hale"]
COUNTRY = {"NV": ("Norvania", "诺瓦尼亚"), "EM": ("Estmark", "埃斯特马克"), "CD": ("Calderra", "卡德拉")}


def cname():
    return ch(SUR) + "".join(ch(GIV) for _ in range(R.choice([1, 2])))


# ---------------------------------------------------------------- truth objects
def pick_place(kind):
    if kind in ("ebike", "bicycle"):
        return ch(OUTDOOR)
    if kind == "suitcase":
        return ch(FOR_SUITCASE)
    if kind in ("prop", "itabag", "console"):
        return ch(["e_hall", "e_booth", "e_cos", "m_expo", "m_train", "h_caps", "t2_gate", "t2_sec"])
    if kind == "fpassport":
        return ch(["t2_sec", "t2_gate", "t2_smoke", "t2_claim", "h_air", "e_booth", "m_train", "t2_ride"])
    return ch([q for q in PKEYS if not q.endswith("_lp")])


def serial_for(st, kind, owner_name):
    if st == "imei":
        return new_imei()
    if st == "sn":
        return new_sn(ch(["PF", "SN", "C0", "HX", "QW"]))
    if st == "id":
        return new_id()
    if st == "passport":
        return new_passport()
    if st == "fpassport":
        return new_fpassport()
    if st == "student":
        return new_student()
    if st == "bank":
        return new_tail()
    if st == "plate":
        return new_plate()
    if st == "frame":
        return new_frame(ch(["JL", "FL", "WX"]))
    if st == "tag":
        return new_tag()
    if st == "engrave":
        return uniq(lambda: ch("LZWYHCM") + "&" + ch("LZWYHCM") + " " + ch(["2016", "2019", "2021", "2023"]) + "." + "%02d.%02d" % (R.randint(1, 12), R.randint(1, 28)))
    return None


def mark_group(kind, cn):
    """Marks in one group cannot both be true of one object (one case, one strap...)."""
    if kind in ("toy", "cash"):
        return "one"
    if kind in ("phone", "tablet") and ("壳" in cn or "保护套" in cn):
        return "case"
    if kind in ("watch", "smartwatch") and "带" in cn:
        return "strap"
    if kind == "necklace" and "吊坠" in cn:
        return "pendant"
    if kind == "prop" and ("长剑" in cn or "杖头" in cn):
        return "type"
    return cn


LOCAL_ONLY = ("ebike", "bicycle", "idcard", "passport", "studentcard", "idholder", "keys", "toy")


def make_obj(kind, color=None, brand=None, model=None, vis=None):
    k = KINDS[kind]
    brands = sorted(k["brands"])
    o = {"kind": kind, "cat": k["cat"]}
    o["color"] = color or ch(k["colors"])
    if brand is None and brands and not p(0.08):
        brand = ch(brands)
    o["brand"] = brand or None
    o["model"] = model if model else (ch(k["brands"][brand]) if brand else None)
    o["foreign"] = kind == "fpassport" or (kind not in LOCAL_ONLY and p(0.08))
    o["owner"] = ch(FOREIGN) if o["foreign"] else cname()
    o["st"] = k["st"]
    o["serial"] = serial_for(k["st"], kind, o["owner"])
    if vis is None:
        pool = k["vis"]
        n = min(len(pool), ch([0, 1, 1, 2, 2, 3]))
        idx = list(range(len(pool)))
        R.shuffle(idx)
        got, used = [], set()
        for i in idx:
            g = mark_group(kind, pool[i][0])
            if len(got) < n and g not in used:
                got.append(i)
                used.add(g)
        vis = [pool[i] for i in sorted(got)]
    o["vis"] = vis
    o["lock"] = ch(k["lock"]) if k.get("lock") and p(0.7) else None
    o["hid"] = [ch(k["hid"])] if k["hid"] and p(0.6) else []
    o["cash"] = None
    if kind == "cash":
        cur = ch(["CNY"] * 6 + ["USD", "EUR", "JPY"])
        amt = {"CNY": R.choice([300, 500, 800, 1000, 1200, 1500, 2000, 2600, 3000, 5000]) + R.choice([0, 0, 50, 20, 70]),
               "USD": R.choice([100, 200, 300, 500]), "EUR": R.choice([50, 150, 200]), "JPY": R.choice([10000, 30000, 50000])}[cur]
        o["cash"] = (amt, cur)
    elif kind in ("wallet", "idholder", "backpack", "passport") and p(0.55):
        o["cash"] = (R.choice([80, 150, 200, 360, 500, 620, 1000, 1300]), "CNY")
    if kind == "wallet":
        o["bank"] = ch(["岚商银行", "西岭农商银行", "蜀川银行", "中原信合银行"])
        o["idname"] = o["owner"] if p(0.5) else None
    if kind in ("idcard", "idholder", "studentcard", "passport", "fpassport"):
        o["idname"] = o["owner"]
    return o


# ---------------------------------------------------------------- time
def dt(minutes):
    return NOW - datetime.timedelta(minutes=minutes)


def pod(h):
    return "凌晨" if h < 5 else "早上" if h < 8 else "上午" if h < 11 else "中午" if h < 13 else "下午" if h < 18 else "晚上"


def h12(h):
    return h if h <= 12 else h - 12


def when_cn(m, loose=True):
    d = dt(m)
    days = (NOW.date() - d.date()).days
    opts = [f"{d.month}月{d.day}日{d.hour}:{d.minute:02d}", f"{d.day}号{pod(d.hour)}{cnum(h12(d.hour))}点多",
            f"{d.month}月{d.day}号{pod(d.hour)}"]
    if loose:
        if days == 0:
            opts.append(f"今天{pod(d.hour)}")
        elif days == 1:
            opts.append(f"昨天{pod(d.hour)}{h12(d.hour)}点左右")
        elif days == 2:
            opts.append(f"前天{pod(d.hour)}")
        elif days < 8:
            opts.append(f"{cnum(days)}天前{pod(d.hour)}")
    return ch(opts)


def when_formal(m):
    d = dt(m)
    return ch([f"{d.month}月{d.day}日{d.hour}时{d.minute}分许", f"{d.month}月{d.day}日{d.hour}时许",
               f"7月{d.day}日 {d.hour:02d}:{d.minute:02d}" if d.month == 7 else f"{d.month}月{d.day}日 {d.hour:02d}:{d.minute:02d}"])


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def when_en(m):
    d = dt(m)
    hh = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return ch([f"on {d.day} {MON[d.month - 1]} around {hh} {ap}", f"on {MON[d.month - 1]} {d.day}, {d.hour:02d}:{d.minute:02d}",
               f"around {hh}{ap} on the {d.day}th"])


# ---------------------------------------------------------------- spelling variation
def brand_word(b, en=False, voice=""):
    if not b:
        return ""
    cn, e, py, ty = BR[b]
    if en:
        return ch([e, e, py])
    return ch([cn, cn, cn, e, py, ty] if voice not in ("desk", "security") else [cn, cn, e])


def model_word(mo):
    if not mo:
        return ""
    v = [mo, mo, mo.replace("-", ""), mo.lower(), mo.replace("-", " ")]
    parts = mo.split()
    if len(parts) > 1:
        v.append(parts[-1] if len(parts[-1]) > 2 else mo)
    return ch(v)


def color_word(c, en=False):
    if en:
        return COL[c][1]
    return ch(COL[c][0])


def serial_text(o, side, en=False):
    """How this person writes the identifier, or None when they would not know it."""
    s, st = o["serial"], o["st"]
    if not s:
        return None
    if st == "imei":
        if side == "finder":
            return None
        f = ch(["plain", "space", "dash", "tail6", "label"])
        if f == "space":
            return f"{s[:2]} {s[2:8]} {s[8:14]} {s[14]}"
        if f == "dash":
            return f"{s[:8]}-{s[8:14]}-{s[14]}"
        if f == "tail6":
            return ("IMEI last 6: " if en else "IMEI后六位") + s[-6:]
        if f == "label":
            return "IMEI:" + s
        return s
    if st == "id":
        f = ch(["full", "mask", "mask2", "tail"] if side == "owner" else ["full", "mask", "mask", "full"])
        if f == "full":
            return s
        if f == "mask":
            return s[:6] + "********" + s[-4:]
        if f == "mask2":
            return s[:4] + "*" * 10 + s[-4:]
        return ("ID ending " if en else "尾号") + s[-4:]
    if st == "bank":
        if en:
            return "card ending " + s
        return ch([f"尾号{s}", f"6288****{s}", f"**** {s}", f"卡号后四位{s}", s])
    if st == "sn":
        f = ch(["plain", "lower", "dash", "tail"])
        if f == "lower":
            return s.lower()
        if f == "dash":
            return s[:4] + "-" + s[4:7] + "-" + s[7:]
        if f == "tail":
            return ("SN ending " if en else "SN后五位") + s[-5:]
        return "S/N " + s if p(0.5) else s
    if st == "plate":
        return ch([s, s[:2] + "·" + s[2:], s[:2] + " " + s[2:], s[2:]])
    if st == "frame":
        return ch([s, s.lower(), s[:5] + " " + s[5:], s[-6:]])
    if st == "tag":
        return ch([s, s[:2] + " " + s[2:5] + " " + s[5:], s[2:], "LX-" + s[2:]])
    if st == "engrave":
        return s if p(0.6) else s.split(" ")[0]
    return s


# ---------------------------------------------------------------- typos
TYPO = [("钱包", "钱抱"), ("手机", "手几"), ("身份证", "身分证"), ("充电宝", "冲电宝"), ("行李箱", "行李相"),
        ("钥匙", "钥是"), ("登机口", "登记口"), ("安检", "按检"), ("已经", "以经"), ("耳机", "耳几"), ("电动车", "电动车子"),
        ("在", "再"), ("笔记本", "笔计本"), ("护照", "户照")]


def typo(t):
    for a, b in TYPO:
        if a in t and p(0.5):
            return t.replace(a, b, 1)
    return t


def cap(t):
    return t[0].upper() + t[1:]


def clip(t, n):
    if len(t) <= n:
        return t
    t = t[:n]
    for sep in "。；，":
        i = t.rfind(sep)
        if i > n // 2:
            return t[:i + 1]
    return t


def jitter(lat, lon, r=0.0015):
    return round(lat + R.uniform(-r, r), 6), round(lon + R.uniform(-r, r), 6)


# ---------------------------------------------------------------- the owner's report
OWNER_VOICES = ["biz", "family", "student", "cos", "sichuan", "desk"]


def owner_voice(o, place):
    if o["foreign"]:
        return "foreign"
    c = PLACES[place][0]
    if o["kind"] in ("prop", "itabag") or (c == "EXPO" and p(0.5)):
        return "cos"
    if c == "UNI" or o["kind"] == "studentcard":
        return ch(["student", "student", "sichuan"])
    if c in ("FOOD",) or o["kind"] in ("ebike", "bicycle"):
        return ch(["sichuan", "sichuan", "desk", "student"])
    if c == "PANDA" or o["kind"] in ("toy", "tablet"):
        return ch(["family", "family", "sichuan", "desk"])
    return ch(["biz", "biz", "family", "student", "sichuan", "desk"])


def what_cn(o, voice, know_brand, know_model, cw):
    k = KINDS[o["kind"]]
    noun = ch(k["cn"])
    b = brand_word(o["brand"], voice=voice) if know_brand else ""
    mo = model_word(o["model"]) if know_model else ""
    if o["kind"] == "cash":
        return noun
    if mo and mo[-1].isascii():
        mo = " " + mo + " " if b else mo + " "
    return (cw + b + mo + noun).replace("  ", " ").strip()


def owner_report(o, place, lf, lt):
    voice = owner_voice(o, place)
    en = voice == "foreign"
    k = KINDS[o["kind"]]
    rep = {}
    disc = set()
    know_brand = bool(o["brand"]) and p(0.85)
    know_model = bool(o["model"]) and o["cat"] in ("phone", "electronics", "ebike", "bicycle") and p(0.5)
    kser = {"imei": 0.3, "sn": 0.3, "id": 0.85, "passport": 0.7, "fpassport": 0.8, "student": 0.7, "bank": 0.6,
            "plate": 0.85, "frame": 0.4, "tag": 0.55, "engrave": 0.8}.get(o["st"], 0)
    ser = serial_text(o, "owner", en) if p(kser) else None
    cw = color_word(o["color"], en) if o["kind"] != "cash" else ""
    vis = [v for v in o["vis"] if p(0.8)]
    hid = list(o["hid"])
    lock = o["lock"] if o["lock"] and p(0.6) else None
    # where
    place2 = ch([q for q in PKEYS if PLACES[q][0] == PLACES[place][0] and q != place] or [place])
    unsure = p(0.2) and place2 != place
    if en:
        where = PLACES[place][2] + (f" or maybe {PLACES[place2][2]}" if unsure else "")
    else:
        a = ch(PLACES[place][1])
        where = a + (f"或者{ch(PLACES[place2][1])}" if unsure else "")
    # when
    if en:
        when = f"between {when_en(lf)} and {when_en(lt)}" if p(0.4) else when_en((lf + lt) // 2)
    else:
        r = R.random()
        if r < 0.35:
            w1, w2 = when_cn(lf, False), when_cn(lt, False)
            when = f"{w1}到{w2}之间" if w1 != w2 else w1
        elif r < 0.7:
            when = when_cn((lf + lt) // 2)
        else:
            when = when_cn(lf) + "以后"
    # details
    det = []
    if en:
        what = f"{cw} {brand_word(o['brand'], True) if know_brand else ''} {o['model'] if know_model else ''} {k['en']}".replace("  ", " ").replace("  ", " ").strip()
        for v in vis:
            det.append(cap(v[1]) + ".")
        if lock:
            det.append(cap(lock[1]) + ".")
        for h in hid:
            det.append(cap(h[1]) + ".")
        if o.get("idname"):
            det.append(f"Name on it: {o['idname']}.")
        if o["cash"]:
            det.append(f"About {o['cash'][0]} {'yuan' if o['cash'][1] == 'CNY' else o['cash'][1]} inside.")
        if ser:
            det.append(f"Number: {ser}.")
        ets = ["Lost: {w}. Where: {p}. When: {t}. {d}"]
        ets.append("Dear staff, I am an exhibitor at the expo. My {w} went missing at {p} {t}. {d} Thank you so much!"
                   if PLACES[place][0] == "EXPO" else
                   "Hi, I lost my {w} at {p} {t}. {d} I have a connecting flight, please email me if found.")
        body = ch(ets).format(w=what, p=where, t=when, d=" ".join(det)).strip()
    else:
        what = what_cn(o, voice, know_brand, know_model, cw)
        for v in vis:
            det.append(v[0])
        if lock:
            det.append(lock[0])
        for h in hid:
            det.append(h[0])
        if o.get("idname") and o["kind"] in ("idcard", "passport", "studentcard", "idholder", "wallet"):
            det.append(ch(["名字是", "上面名字", "姓名"]) + o["idname"])
        if o["cash"]:
            det.append(("里面有" if o["kind"] != "cash" else "一共") + money_owner(*o["cash"]))
        if o["kind"] == "wallet" and p(0.6):
            det.append(f"还有{ch(['两', '三', '一'])}张银行卡，有张是{o['bank']}的")
        if ser:
            lab = {"imei": "IMEI", "sn": "序列号", "id": "身份证号", "passport": "护照号", "fpassport": "护照号", "student": "学号",
                   "bank": "银行卡", "plate": "车牌", "frame": "车架号", "tag": "行李牌号", "engrave": "刻字"}[o["st"]]
            det.append(f"{lab}{ch(['', '：', ' '])}{ser}")
        d = "，".join(det)
        d = (d + "。") if d else ""
        tpl = {
            "biz": ["{t}在{p}丢了{w}。{d}赶航班没时间找，捡到请联系，必有酬谢。", "{p} 丢{w} {d}急！", "出差转机，{t}{p}，{w}不见了。{d}"],
            "family": ["我们一家带孩子来岚西玩，{t}在{p}，{w}不见了。{d}孩子哭了一路，麻烦帮忙留意一下。",
                       "带娃出门太乱了，{t}把{w}落在{p}了，{d}谢谢好心人！"],
            "student": ["暑校结束回家，{t}在{p}把{w}弄丢了，{d}求好心人捡到联系我，谢谢！", "{t}在{p}丢了{w}，{d}学生党真的买不起第二个了呜呜"],
            "cos": ["家人们谁懂啊，{t}在{p}出完cos，{w}丢了！{d}破防了，求捞求扩散🙏", "{t}在{p}，场次结束后发现{w}没了，{d}有无好心太太捡到，蹲一个！"],
            "sichuan": ["哎哟我那个{w}，{t}在{p}搞掉了，{d}莫得办法了，哪个捡到了帮个忙嘛，谢谢了哈。",
                        "我真是个瓜娃子，{t}在{p}把{w}弄丢了，{d}啥子都在里头，捡到的巴适朋友联系下嘛。",
                        "{t}{p}丢了{w}，{d}晓得的跟我说一声，要得不？"],
            "desk": ["报失人{n}称：{t}于{p}遗失{w}。{d}", "{n}报失：{w}，{p}，{t}。{d}"],
        }[voice]
        body = ch(tpl).format(t=when, p=where, w=what, d=d, n=o["owner"])
        if p(0.15):
            body = typo(body)
    rep["body"] = clip(body, 600)
    disc.update(["vis:" + v[0] for v in vis])
    # fields: terse voices leave most of them blank
    fill = {"desk": 0.8, "biz": 0.35, "foreign": 0.5}.get(voice, 0.55)
    if o["kind"] != "cash" and p(fill):
        rep["color"] = cw if (en or p(0.5)) else color_word(o["color"])
    if know_brand and p(fill):
        rep["brand"] = brand_word(o["brand"], en)
        disc.add("brand")
    if know_model and p(fill):
        rep["model"] = model_word(o["model"])
    if ser:
        disc.add("serial")
        if p(fill + 0.1):
            rep["serial"] = ser
    if (vis or hid) and p(fill - 0.1):
        rep["marks"] = clip("；".join([v[1] if en else v[0] for v in vis + hid]), 500)
    if p(fill + 0.15):
        rep["address"] = PLACES[place][2] if en else ch(PLACES[place][1])
    if p(0.4):
        rep["lat"], rep["lon"] = jitter(PLACES[place][3], PLACES[place][4], 0.003)
    rep["lost_from_min"] = lf
    rep["lost_to_min"] = lt
    return rep, disc, voice


# ---------------------------------------------------------------- the finder's registration
def finder_voice(place, o):
    c = PLACES[place][0]
    if c in ("T1", "T2", "AIRM", "HOT", "EXPO") and p(0.07):
        return "foreign"
    if place.endswith("_sec"):
        return ch(["security", "security", "desk"])
    if place.endswith("_ride"):
        return ch(["driver", "driver", "desk"])
    if place.startswith("m_"):
        return ch(["metro", "metro", "passerby", "desk"])
    if place.startswith("h_"):
        return ch(["hotel", "hotel", "cleaner"])
    if c in ("T1", "T2"):
        return ch(["cleaner", "staff", "staff", "desk"])
    if c == "EXPO":
        return ch(["volunteer", "volunteer", "passerby", "desk"])
    return ch(["passerby", "passerby", "desk", "cleaner"])


def finder_report(o, place, fa, force=False, voice=None):
    voice = voice or finder_voice(place, o)
    en = voice == "foreign"
    k = KINDS[o["kind"]]
    rep = {}
    logo = bool(o["brand"]) and (force or p(0.75))
    mprint = bool(o["model"]) and o["kind"] in ("laptop", "camera", "console", "ebike", "bicycle", "suitcase", "tablet") and p(0.5)
    vis_ser = o["st"] in ("id", "passport", "fpassport", "student", "bank", "plate", "frame", "tag", "sn", "engrave")
    pser = {"id": 0.9, "passport": 0.9, "fpassport": 0.9, "student": 0.9, "bank": 0.6, "plate": 0.9, "frame": 0.35,
            "tag": 0.8, "sn": 0.35, "engrave": 0.6}.get(o["st"], 0)
    ser = serial_text(o, "finder", en) if vis_ser and (force or p(pser)) else None
    c = o["color"]
    if p(0.06):
        c = NEIGHBOUR[c]       # the finder sees the colour a little differently
    cw = color_word(c, en) if o["kind"] != "cash" else ""
    vis = list(o["vis"]) if force else [v for v in o["vis"] if p(0.75)]
    lock = o["lock"] if o["lock"] and p(0.35) else None
    if en:
        where, when = PLACES[place][2], when_en(fa)
    else:
        where = ch(PLACES[place][1])
        when = when_formal(fa) if voice in ("security", "staff", "desk", "metro") else when_cn(fa)
    det = []
    if en:
        what = f"{cw} {brand_word(o['brand'], True) if logo else ''} {o['model'] if mprint else ''} {k['en']}".replace("  ", " ").replace("  ", " ").strip()
        det += [cap(v[1]) + "." for v in vis]
        if lock:
            det.append(cap(lock[1]) + ".")
        if o.get("idname") and o["kind"] != "wallet":
            det.append(f"Name printed: {o['idname']}.")
        if o["cash"]:
            det.append(f"Contains {o['cash'][0]} {'CNY' if o['cash'][1] == 'CNY' else o['cash'][1]}.")
        if ser:
            det.append(f"No. {ser}.")
        body = ch(["Found a {w} at {p} {t}. {d} Handed to the desk.",
                   "Hello, at our booth we found a {w} left behind ({p}, {t}). {d} Please return it to the owner."
                   if PLACES[place][0] == "EXPO" else
                   "Transit passenger here. I picked up a {w} at {p} {t}. {d} Leaving it with you."]).format(
            w=what, p=where, t=when, d=" ".join(det))
    else:
        what = what_cn(o, voice, logo, mprint, cw)
        det += [v[0] for v in vis]
        if lock:
            det.append("按亮屏幕，" + lock[0])
        if o.get("idname") and (o["kind"] != "wallet" or p(0.7)):
            det.append(ch(["证件姓名", "上面的名字是", "姓名："]) + o["idname"])
        if o["cash"]:
            det.append(ch(["内有", "里面有", "清点有"]) + money_finder(*o["cash"]))
        if o["kind"] == "wallet" and p(0.5):
            det.append(f"内有{o['bank']}银行卡")
        if ser:
            lab = {"id": "证件号", "passport": "护照号", "fpassport": "护照号码", "student": "学号", "bank": "银行卡",
                   "plate": "车牌", "frame": "车架号", "tag": "行李牌", "sn": "机身编号", "engrave": "内圈刻字"}[o["st"]]
            det.append(f"{lab}{ch(['', '：', ' '])}{ser}")
        if o["kind"] == "phone" and p(0.4):
            det.append(ch(["手机已锁屏", "处于关机状态", "一直有未接来电", "电量12%"]))
        d = "，".join(det)
        d = (d + "。") if d else ""
        u = k["unit"]
        tpl = {
            "security": ["{t}，安检员在{p}{s}拾得{w}一{u}。{d}已登记并移交失物招领处。",
                         "安检现场拾获：{w}一{u}，地点{p}{s}，时间{t}。{d}"],
            "cleaner": ["保洁员打扫时在{p}座椅底下捡到{w}，{d}{t}交到服务台。", "{t}打扫{p}的时候捡到的{w}，{d}"],
            "staff": ["{p}工作人员拾得{w}一{u}。{d}拾得时间：{t}。", "旅客服务岗在{p}发现无人认领{w}一{u}，{d}{t}登记。"],
            "driver": ["我是网约车司机，{t}在{p}送完乘客发现后排有个{w}，{d}乘客联系不上，送过来登记。",
                       "跑车的，{t}乘客在{p}下车落了{w}，{d}"],
            "metro": ["机场快线站务员在{p}拾得{w}一{u}。{d}拾得时间{t}。", "{t}，{p}列车终到清客时发现{w}，{d}"],
            "hotel": ["酒店前台：{t}客人退房后，保洁在房间内发现{w}，{d}地址{p}。", "{p}前台代交：{w}一{u}，{d}{t}发现。"],
            "volunteer": ["展会志愿者{t}在{p}捡到{w}，{d}已交志愿者服务站。", "{p}场馆内拾得{w}，{d}{t}，谁的快来领呀！"],
            "passerby": ["{t}在{p}路边捡到{w}，{d}不晓得是哪个的，交给你们。", "我{t}在{p}捡了个{w}，{d}帮忙找下失主嘛。"],
            "desk": ["拾得：{w}，{p}，{t}。{d}", "拾得物品 {w}一{u}；拾得地点 {p}；{t}。{d}"],
        }[voice]
        s = ch(["X光机传送带旁", "复检台", "安检筐里", "旅客整理区"])
        if o["kind"] in ("ebike", "bicycle"):
            tpl = ["{t}在{p}发现一{u}{w}停放多日无人认领，{d}现已移至派出所院内。", "群众反映{p}有一{u}{w}没锁，{d}{t}拖回。"]
        body = ch(tpl).format(t=when, p=where, w=what, d=d, u=u, s=s)
        if p(0.1):
            body = typo(body)
    rep["body"] = clip(body, 600)
    fill = {"desk": 0.85, "security": 0.8, "staff": 0.75, "metro": 0.7, "hotel": 0.6}.get(voice, 0.4)
    if force:
        fill = max(fill, 0.7)
    if o["kind"] != "cash" and p(fill):
        rep["color"] = cw if en else color_word(c)
    if logo and p(fill):
        rep["brand"] = brand_word(o["brand"], en, voice)
    if mprint and p(fill):
        rep["model"] = model_word(o["model"])
    if ser and p(fill + 0.1):
        rep["serial"] = ser
    if vis and p(fill):
        rep["marks"] = clip("；".join(v[1] if en else v[0] for v in vis), 500)
    if p(fill + 0.1):
        rep["address"] = PLACES[place][2] if en else ch(PLACES[place][1])
    if p(0.55):
        rep["lat"], rep["lon"] = jitter(PLACES[place][3], PLACES[place][4])
    rep["found_at_min"] = fa
    return rep


# ---------------------------------------------------------------- build
def loss_window():
    t_loss = R.randint(300, 28 * 1440)
    before = R.choice([0, 10, 20, 45, 90, 180, 360, 720, 1440])
    after = R.choice([5, 15, 30, 60, 120, 240, 600, 1440])
    lf = t_loss + R.randint(0, before) if before else t_loss
    lt = max(0, t_loss - R.randint(1, after))
    return t_loss, lf, lt


def found_place(place, kind):
    c = PLACES[place][0]
    r = R.random()
    if r < 0.45 or kind in ("ebike", "bicycle"):
        return place
    if r < 0.75 and c in LP_OF:
        return LP_OF[c]          # handed in at the counter of the same terminal
    same = [q for q in PKEYS if PLACES[q][0] == c]
    return ch(same)


def pick_kind():
    tot = sum(w for _, _, w in CAT_WEIGHTS)
    x = R.randrange(tot)
    for _, kinds, w in CAT_WEIGHTS:
        if x < w:
            return ch(kinds)
        x -= w
    raise AssertionError


def main():
    lost_items = []   # (obj, place, t_loss, lf, lt, rep, disc, has_truth)
    for i in range(N_TRUE + N_NONE):
        kind = pick_kind()
        o = make_obj(kind)
        place = pick_place(kind)
        t_loss, lf, lt = loss_window()
        rep, disc, voice = owner_report(o, place, lf, lt)
        lost_items.append({"o": o, "place": place, "t": t_loss, "lf": lf, "lt": lt, "rep": rep, "disc": disc, "truth": i < N_TRUE})

    found = []   # dicts with rep and link
    cross_left = N_CROSS
    alt_used = {kk: 0 for kk in KIND_KEYS}
    for li in lost_items[:N_TRUE]:
        o = li["o"]
        fp = found_place(li["place"], o["kind"])
        fa = max(5, li["t"] - R.choice([3, 10, 30, 60, 120, 300, 720, 1440, 2880, 4320]) - R.randint(0, 30))
        frep = finder_report(o, fp, fa)
        alt = KINDS[o["kind"]].get("alt")
        if alt and cross_left > 0 and alt_used[o["kind"]] < 2 and p(0.6):
            frep["category"] = alt
            cross_left -= 1
            alt_used[o["kind"]] += 1
        else:
            frep["category"] = o["cat"]
        assert frep["found_at_min"] <= li["lf"]
        li["found"] = frep
        found.append(frep)

    # hard negatives: each aimed at one lost report (never-found ones twice as often)
    for label, n in NEG_PLAN:
        made = 0
        guard = 0
        while made < n:
            guard += 1
            assert guard < 5000
            li = ch(lost_items) if p(0.4) else ch(lost_items[N_TRUE:])
            o = li["o"]
            k = KINDS[o["kind"]]
            if label == "near_twin":
                groups = {mark_group(o["kind"], v[0]) for v in o["vis"]}
                pool = [v for v in k["vis"] if v not in o["vis"]]
                clash = [v for v in pool if mark_group(o["kind"], v[0]) in groups]
                pool = clash or pool
                ok_ser = "serial" in li["disc"] and o["st"] not in ("imei", None)
                ok_vis = any(x.startswith("vis:") for x in li["disc"]) and pool
                if not (ok_ser or ok_vis) or o["kind"] == "cash":
                    continue
                vis = [ch(pool)] if pool else []
                t = make_obj(o["kind"], o["color"], o["brand"] or "", o["model"], vis)
                fp = found_place(li["place"], o["kind"])
                fa = max(0, li["t"] - R.randint(10, 2880))
                frep = finder_report(t, fp, fa, force=True)
            elif label == "found_before_loss":
                if o["kind"] == "cash" and p(0.5):
                    continue
                t = make_obj(o["kind"], o["color"], o["brand"] or "", o["model"])
                fp = found_place(li["place"], o["kind"])
                fa = li["lf"] + R.randint(30, 6 * 1440)
                frep = finder_report(t, fp, fa)
            elif label == "same_cat_color":
                kinds = [kk for kk in KIND_KEYS if KINDS[kk]["cat"] == o["cat"] and kk != o["kind"] and o["color"] in KINDS[kk]["colors"]]
                if kinds:
                    nk = ch(kinds)
                    t = make_obj(nk, o["color"])
                else:
                    others = [b for b in sorted(k["brands"]) if b != o["brand"]]
                    if not others or o["kind"] == "cash":
                        continue
                    t = make_obj(o["kind"], o["color"], ch(others))
                fp = found_place(li["place"], t["kind"])
                fa = max(0, li["t"] - R.randint(10, 2 * 1440))
                frep = finder_report(t, fp, fa, force=True)
            else:  # same_brand_elsewhere
                if not o["brand"]:
                    continue
                c = PLACES[li["place"]][0]
                far = [q for q in PKEYS if PLACES[q][0] != c and PLACES[q][0] not in NEAR_CLUSTER[c]]
                if o["kind"] in ("ebike", "bicycle"):
                    far = [q for q in far if q in OUTDOOR] or far
                t = make_obj(o["kind"], None, o["brand"])
                fp = ch(far)
                if p(0.5) or li["lf"] + 1440 * 3 > 60 * 1440:
                    fa = li["lf"] + R.randint(1440, 10 * 1440)
                else:
                    fa = max(0, li["t"] - R.randint(5 * 1440, 8 * 1440))
                    if li["t"] - fa < 3 * 1440:
                        continue
                frep = finder_report(t, fp, fa, force=True)
            frep["category"] = t["cat"]
            frep["negative"] = label
            found.append(frep)
            made += 1

    # shuffle, then key
    R.shuffle(found)
    for i, f in enumerate(found, 1):
        f["key"] = f"{PFX}-F{i:04d}"
    order = list(range(len(lost_items)))
    R.shuffle(order)
    lost_out = []
    for j, idx in enumerate(order, 1):
        li = lost_items[idx]
        r = dict(li["rep"])
        r["key"] = f"{PFX}-L{j:04d}"
        r["category"] = li["o"]["cat"]
        r["truth"] = li["found"]["key"] if li["truth"] else None
        lost_out.append(r)

    fo = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "found_at_min", "negative"]
    lo = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "lost_from_min", "lost_to_min", "truth"]
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set130.py",
           "parts": {PART: {"found": [{k: f[k] for k in fo if k in f} for f in found],
                            "lost": [{k: r[k] for k in lo if k in r} for r in lost_out]}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set130.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {path}: {len(found)} found, {len(lost_out)} lost")


if __name__ == "__main__":
    main()
