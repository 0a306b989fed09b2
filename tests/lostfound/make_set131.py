#!/usr/bin/env python3
"""Write set131.json: a blind lost-and-found set for the 阳光坐席 desk of an invented oasis city.

World: 沙枣泉市 (Shazaoquan), a northwestern oasis city in early October — cotton-picking
season (pickers from Henan and Gansu arriving by train and coach), the grape-and-melon harvest
festival, the 金葡萄 night bazaar, the old town by the 大寺, a new high-speed rail station, a bus
terminal, a university and the county hospital.

Written from the issue text alone, without looking at any matcher. Every object is first drawn as
a hidden truth record; the lost report (owner's voice, owner's knowledge) and the found
registration (finder's or desk's voice, only what can be seen) are then written separately from it.

Usage: python3 make_set131.py [OUT]   (default: set131.json next to this file)
Python 3 standard library only; one random.Random(SEED); output independent of PYTHONHASHSEED.
"""
import datetime
import json
import os
import sys
import random

SEED = 131131
PFX = "S131"
PART = "set131"
N_MATCH, N_NULL, N_NEG = 150, 90, 120
R = random.Random(SEED)
BASE = datetime.datetime(2025, 10, 9, 21, 40)   # the moment of registration (all minutes count back from it)
MAXMIN = 172800
C_LAT, C_LON = 42.8410, 88.3720                    # invented city centre (a desert oasis, inside China)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def sample(seq, k):
    k = max(0, min(k, len(seq)))
    return R.sample(list(seq), k)


# ----------------------------------------------------------------------------------------------
# numbers: GB 11643 ID numbers, Luhn IMEIs, masked bank cards
# ----------------------------------------------------------------------------------------------
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


REGION_LOCAL = ["652136", "652141", "652152", "652129"]
REGION_HENAN = ["411726", "411538", "411630"]
REGION_GANSU = ["620527", "621226", "620819"]


def make_id(region, year, male):
    while True:
        d = datetime.date(year, 1, 1) + datetime.timedelta(days=R.randrange(365))
        seq = R.randrange(0, 999)
        if (seq % 2 == 1) != male:
            seq += 1
            if seq > 999:
                continue
        s17 = "%s%s%03d" % (region, d.strftime("%Y%m%d"), seq)
        return s17 + id_check(s17)


def make_id_tail(region, year, tail4, avoid):
    """Another valid ID number from the same region with the same last four characters."""
    for _ in range(5000):
        d = datetime.date(year, 1, 1) + datetime.timedelta(days=R.randrange(365))
        s17 = "%s%s%s" % (region, d.strftime("%Y%m%d"), tail4[:3])
        if id_check(s17) == tail4[3] and s17 + tail4[3] != avoid:
            return s17 + tail4[3]
        year = year + R.choice([-1, 0, 1])
        year = min(2006, max(1950, year))
    return make_id(region, year, True)


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def make_imei(tac=None, tail=None):
    while True:
        tac = tac or pick(["86", "35", "86", "35", "01"]) + "".join(str(R.randrange(10)) for _ in range(6))
        body = tac + "".join(str(R.randrange(10)) for _ in range(6))
        im = body + luhn_digit(body)
        if tail is None or im.endswith(tail):
            return im
        # force the last four: try the last payload digits until the Luhn tail matches
        for _ in range(2000):
            body = tac + "".join(str(R.randrange(10)) for _ in range(3)) + tail[:3]
            im = body + luhn_digit(body)
            if im.endswith(tail):
                return im
        tac = None


def imei_forms(im, who):
    forms = [im, "%s %s %s %s" % (im[:2], im[2:8], im[8:14], im[14]), "%s-%s-%s" % (im[:8], im[8:14], im[14]),
             "IMEI:" + im, "IMEI尾号" + im[-6:], "IMEI后四位" + im[-4:], " ".join(im[i:i + 4] for i in range(0, 15, 4))]
    if who == "owner":
        return pick([forms[0], forms[0], forms[1], forms[3], forms[4], forms[5], forms[6]])
    return pick([forms[0], forms[1], forms[2], forms[3], forms[3], forms[6]])


def id_forms(idn, who):
    if who == "owner":
        return wpick([(idn, 4), (idn[:6] + "********" + idn[-4:], 2), ("身份证后四位" + idn[-4:], 2),
                      ("尾号" + idn[-4:], 1), (idn[:14] + "****", 1)])
    return wpick([(idn, 3), (idn[:6] + "********" + idn[-4:], 4), (idn[:3] + "***********" + idn[-4:], 1),
                  (idn[:10] + "****" + idn[-4:], 1), (idn[:6] + "****" + idn[10:14] + "****", 1)])


BINS = ["6217", "6228", "6222", "6212", "6230", "6259"]


def card_forms(bin4, tail, who):
    if who == "owner":
        return pick(["尾号" + tail, "卡号后四位" + tail, tail, "尾号" + tail, bin4 + "****" + tail])
    return pick([bin4 + "****" + tail, bin4 + " **** **** " + tail, bin4 + "********" + tail, "尾号" + tail,
                 "****" + tail])


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def alnum(n):
    return "".join(pick(ALNUM) for _ in range(n))


# ----------------------------------------------------------------------------------------------
# the city
# ----------------------------------------------------------------------------------------------
PLACES = {}


def place(pid, names, spots, dlat, dlon, en, hours, far=False):
    PLACES[pid] = dict(id=pid, names=names, spots=spots, lat=C_LAT + dlat, lon=C_LON + dlon, en=en,
                       hours=hours, far=far)


place("hsr", ["沙枣泉南站", "高铁南站", "高铁站", "南站"],
      ["南站候车大厅", "南站2号检票口", "南站出站口", "南站进站安检口", "南站地下停车场", "南站西侧卫生间门口",
       "南站售票厅自助机旁"], -0.060, 0.021, "the high-speed rail station", (7, 22))
place("rail", ["沙枣泉火车站", "老火车站", "火车站", "火车站广场"],
      ["火车站出站口", "火车站广场东侧", "火车站候车室", "火车站行包房门口", "火车站广场拾花工接待点"],
      0.031, -0.046, "the old railway station", (0, 24))
place("coach", ["城北汽车客运站", "客运站", "汽车站", "北站客运站"],
      ["客运站候车厅", "客运站3号发车位", "客运站售票窗口", "客运站到达层", "客运站门口小卖部"],
      0.043, 0.011, "the bus terminal", (6, 21))
place("bazaar", ["金葡萄夜市", "夜市", "大巴扎夜市", "夜市烤肉一条街"],
      ["夜市东口", "夜市烤肉摊", "夜市中间的凉皮摊", "夜市西口卖干果的摊子", "夜市公共座椅区", "夜市厕所旁",
       "夜市烤包子摊", "夜市酸奶摊"], 0.000, 0.004, "the night bazaar", (18, 24))
place("oldtown", ["老城大寺", "清真大寺", "老城", "大寺那边的老巷子"],
      ["大寺门前广场", "铁匠巷", "老城馕坑一条街", "大寺东侧巷子口", "老城手工艺品店门口", "大寺对面茶馆"],
      0.008, -0.012, "the old town by the mosque", (8, 22))
place("festival", ["瓜果节主会场", "绿洲广场", "葡萄瓜果节会场", "瓜果节"],
      ["瓜果节主舞台前", "绿洲广场哈密瓜展区", "瓜果节葡萄品尝区", "绿洲广场北门", "瓜果节美食帐篷区",
       "绿洲广场游客服务台"], -0.010, 0.018, "the grape-and-melon festival square", (10, 23))
place("univ", ["沙枣泉大学", "大学", "沙大", "学校"],
      ["沙大图书馆三楼", "沙大三食堂", "沙大东门快递点", "沙大田径场看台", "沙大7号宿舍楼下", "沙大教学楼A区302",
       "沙大校医院门口"], -0.028, -0.031, "the university", (7, 23))
place("hosp", ["县人民医院", "人民医院", "县医院", "沙枣泉县人民医院"],
      ["门诊楼一楼缴费窗口", "医院急诊科候诊区", "住院部三楼护士站", "医院停车棚", "门诊药房取药窗口", "医院CT室门口",
       "医院大门保安亭"], 0.015, 0.026, "the county hospital", (7, 21))
place("cotton", ["城西棉花收购站", "棉麻公司收购站", "棉花收购点", "收购站"],
      ["收购站过磅处", "收购站结算窗口", "收购站大门口", "收购站卸货场"], 0.005, -0.071, "the cotton buying station",
      (8, 20))
place("labor", ["劳务市场", "拾花工集合点", "零工市场"],
      ["劳务市场门口", "劳务市场登记处", "劳务市场对面早餐摊"], 0.022, -0.038, "the labour market", (5, 11))
place("walkst", ["团结路步行街", "步行街", "团结路"],
      ["步行街中段长椅", "步行街奶茶店门口", "步行街手机店门口", "步行街公共厕所"], 0.004, 0.010, "the pedestrian street",
      (10, 23))
place("mall", ["驼铃百货", "驼铃商场", "百货大楼"],
      ["驼铃百货一楼服务台", "驼铃百货三楼女装区", "驼铃百货超市收银台", "驼铃百货地下停车场"], 0.002, 0.016,
      "the Tuoling department store", (10, 22))
place("park", ["人民公园", "公园"], ["人民公园湖边长椅", "人民公园儿童游乐区", "人民公园南门"], -0.006, -0.004,
      "People's Park", (7, 22))
place("farmers", ["城东农贸市场", "农贸市场", "菜市场"],
      ["农贸市场牛羊肉区", "农贸市场蔬菜区", "农贸市场门口"], 0.012, 0.041, "the farmers' market", (7, 19))
place("wholesale", ["瓜果批发市场", "批发市场"], ["批发市场哈密瓜区", "批发市场葡萄装箱区", "批发市场停车场"],
      -0.020, 0.050, "the fruit wholesale market", (5, 18))
place("hotel", ["胡杨快捷酒店", "胡杨酒店"], ["胡杨酒店前台", "胡杨酒店大堂沙发", "胡杨酒店门口"], 0.028, -0.041,
      "the Huyang hotel", (0, 24))
place("netbar", ["星途网吧", "网吧"], ["星途网吧前台", "星途网吧B区"], 0.026, 0.004, "the Xingtu internet cafe", (0, 24))
place("busdepot", ["公交总站", "公交调度站"], ["公交总站调度室", "公交总站失物登记处"], 0.018, 0.002, "the bus depot",
      (7, 22))
place("desk", ["沙枣泉路派出所", "派出所"], ["派出所阳光坐席"], 0.006, 0.001, "the police station", (8, 22))
place("field1", ["阿克墩乡棉田", "阿克墩乡", "阿克墩那边的棉花地"], ["阿克墩乡三队棉田地头", "阿克墩乡棉田机井房旁"],
      0.160, -0.181, "the cotton fields at Akedun", (8, 19), far=True)
place("field2", ["二十二连棉田", "二十二连", "团场的棉花地"], ["二十二连棉田地头", "二十二连拾花工宿舍门口"],
      -0.190, 0.212, "the cotton fields of company 22", (8, 19), far=True)
place("resort", ["沙山度假村", "沙山"], ["沙山度假村滑沙场", "沙山度假村骆驼骑乘点"], -0.120, -0.140,
      "the sand-dune resort", (9, 20), far=True)

NEAR = {"bazaar": ["walkst", "oldtown", "mall"], "walkst": ["bazaar", "mall"], "mall": ["walkst", "bazaar"],
        "oldtown": ["bazaar", "park"], "rail": ["hotel", "labor"], "hotel": ["rail", "labor"],
        "labor": ["rail", "hotel"], "coach": ["netbar", "busdepot"], "netbar": ["coach", "busdepot"],
        "festival": ["park", "walkst"], "park": ["festival", "oldtown"], "hosp": ["farmers", "busdepot"],
        "farmers": ["hosp"], "univ": ["park"], "hsr": ["festival"], "cotton": ["labor"], "wholesale": ["farmers"],
        "busdepot": ["coach", "netbar"], "field1": ["field1"], "field2": ["field2"], "resort": ["resort"],
        "desk": ["walkst"]}

# vehicles: owner phrases, finder spots, depot where the thing ends up
VEH = {
    "bus3": (["3路公交车上", "坐3路公交的时候", "3路车上"], ["3路公交末班车后排座位", "3路公交车中门附近"], "busdepot",
             "bus No.3", (7, 22)),
    "bus9": (["9路公交（火车站—高铁南站）上", "9路车上", "去高铁站的9路公交上"], ["9路公交车最后一排", "9路公交车行李架下"],
             "busdepot", "bus No.9", (7, 22)),
    "taxi": (["出租车上", "打车的时候落在出租车上", "坐出租车"], ["出租车后座", "出租车后排座椅缝里"], "desk", "a taxi",
             (0, 24)),
    "coach_lz": (["从兰州过来的卧铺大巴上", "坐大巴来沙枣泉的路上", "长途大巴上"], ["兰州—沙枣泉卧铺大巴12号铺", "长途大巴行李舱"],
                 "coach", "the long-distance coach", (6, 21)),
    "train": (["郑州开过来的K字头火车上", "坐火车来的路上", "火车上"], ["K1893次列车11车厢", "K1893次硬座车厢行李架"], "rail",
              "the train from Zhengzhou", (0, 24)),
    "pickbus": (["拾花工接送大巴上", "去棉田的大巴上", "拉拾花工的班车上"], ["拾花工接送车座位下", "拾花工班车最后一排"], "labor",
                "the pickers' shuttle bus", (5, 20)),
}

# ----------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------
HAN_SUR = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "朱", "高", "郭", "何", "罗", "宋",
           "谢", "韩", "冯", "董", "曹", "袁", "蒋", "任", "彭", "段"]
HUI_SUR = ["马", "马", "丁", "白", "哈", "纳", "冶", "撒", "穆"]
GIV_M = ["建华", "志强", "卫东", "国庆", "海涛", "鹏", "磊", "文博", "俊杰", "红旗", "永刚", "明", "宏伟", "振华", "小军",
         "天宇", "子轩", "浩然", "德福", "长生"]
GIV_F = ["秀英", "海燕", "丽", "芳", "红梅", "静", "晓燕", "桂兰", "玉兰", "雪", "欣怡", "梓涵", "婷婷", "春花", "美玲",
         "佳琪", "秀珍", "文静"]
UY_M = [("艾力", "Eli"), ("买买提", "Memet"), ("吐尔逊", "Tursun"), ("阿不都热合曼", "Abdurehman"), ("艾山", "Hesen"),
        ("库尔班", "Qurban"), ("亚森", "Yasin"), ("依明", "Imin"), ("努尔买买提", "Nurmemet"), ("热合木江", "Rehimjan"),
        ("阿布来提", "Ablet"), ("玉素甫", "Yusup")]
UY_F = [("阿依古丽", "Aygul"), ("古丽娜尔", "Gulnar"), ("热依拉", "Reyila"), ("迪丽拜尔", "Dilber"), ("帕提古丽", "Patigul"),
        ("米热古丽", "Mihrigul"), ("努尔古丽", "Nurgul"), ("再努尔", "Zeynur"), ("阿依努尔", "Aynur"), ("布佐热", "Buzohre")]
KZ_M = [("努尔兰", "Nurlan"), ("叶尔兰", "Erlan"), ("别克", "Bek"), ("巴合提别克", "Bakhytbek"), ("叶尔江", "Erjan"),
        ("哈力木", "Halim"), ("达吾列提", "Dawlet"), ("阿斯哈尔", "Askhar"), ("赛力克", "Serik")]
KZ_F = [("阿依登", "Aydyn"), ("古丽扎达", "Gulzada"), ("沙吾列", "Sawle"), ("阿克居勒", "Akjul"), ("玛依拉", "Mayra"),
        ("加娜尔", "Janar"), ("阿热依", "Aray")]
EN_NAMES = ["Lukas Brenner", "Sofia Marin", "Ethan Cole", "Maya Lindqvist", "Daniel Okafor", "Emma Rossi",
            "Noah Vidal", "Chloe Barrett", "Jonas Weller", "Ines Duarte", "Liam Hartley", "Yuki Tanabe",
            "Felix Amundsen", "Priya Raman", "Oscar Lindgren", "Hannah Voss", "Mateo Ferreira", "Aiko Morimoto",
            "Samuel Achterberg", "Leonie Kraus", "Kofi Mensah", "Elena Petrova", "Tomasz Wrobel", "Zoe Calloway"]
USED_NAMES = set()
NAME_TYPO = [("古丽", "古力"), ("艾力", "艾丽"), ("买买提", "麦麦提"), ("阿依", "阿衣"), ("努尔", "奴尔"), ("热依拉", "热依娜"),
             ("吐尔逊", "吐尔孙"), ("别克", "拜克"), ("叶尔", "也尔"), ("依明", "伊明"), ("亚森", "亚生"), ("玉素甫", "玉苏甫")]

VOICES_OWNER = [("han", 20), ("uyghur", 14), ("kazakh", 8), ("hui", 8), ("picker_henan", 12), ("picker_gansu", 8),
                ("student", 14), ("tourist_cn", 7), ("tourist_en", 5), ("stall", 3), ("desk_call", 6)]


def person(voice):
    for _ in range(60):
        p = person1(voice)
        if p["cn"] not in USED_NAMES:
            break
    USED_NAMES.add(p["cn"])
    return p


def person1(voice):
    male = chance(0.5)
    p = dict(voice=voice, male=male)
    if voice in ("uyghur", "kazakh"):
        gm, gf = (UY_M, UY_F) if voice == "uyghur" else (KZ_M, KZ_F)
        g = pick(gm if male else gf)
        f = pick(gm)
        while f == g:
            f = pick(gm)
        p["cn"] = g[0] + "·" + f[0]
        p["latin"] = g[1] + " " + f[1]
        p["short"] = g[0]
        p["region"] = pick(REGION_LOCAL)
    elif voice == "tourist_en":
        n = pick(EN_NAMES)
        p["cn"] = n
        p["latin"] = n
        p["short"] = n.split()[0]
        p["region"] = None
    else:
        sur = pick(HUI_SUR if voice == "hui" else HAN_SUR)
        g = pick(GIV_M if male else GIV_F)
        p["cn"] = sur + g
        p["latin"] = None
        p["short"] = sur + ("先生" if male else "女士")
        p["region"] = {"picker_henan": pick(REGION_HENAN), "picker_gansu": pick(REGION_GANSU)}.get(
            voice, pick(REGION_LOCAL + REGION_HENAN[:1] + ["320582", "310112"]) if voice == "tourist_cn"
            else pick(REGION_LOCAL))
    if voice == "student":
        p["year"] = R.randint(2001, 2007)
    elif voice.startswith("picker"):
        p["year"] = R.randint(1962, 1990)
    else:
        p["year"] = R.randint(1958, 2004)
    p["nation"] = {"uyghur": "维吾尔", "kazakh": "哈萨克", "hui": "回"}.get(voice, "汉")
    p["phone"] = pick(["13", "15", "18", "17", "19"]) + str(R.randrange(10)) + "****" + digits(4)
    return p


def name_var(p, who):
    """How a name gets written: dots, no dots, Latin, a typo."""
    n = p["cn"]
    if "·" not in n:
        return n
    r = R.random()
    if r < 0.45:
        return n
    if r < 0.6:
        return n.replace("·", "")
    if r < 0.7:
        return n.replace("·", pick([".", "•", "-", " "]))
    if r < 0.82 and p.get("latin"):
        return p["latin"] if who == "owner" else n
    for a, b in sorted(NAME_TYPO):
        if a in n and chance(0.6):
            return n.replace(a, b, 1)
    return n


# ----------------------------------------------------------------------------------------------
# brands, colours
# ----------------------------------------------------------------------------------------------
BR = {
    "huayao": ("华曜", "HUAYAO", "huayao", ["华耀", "华跃", "HUAYOA"]),
    "migo": ("米果", "MIGO", "miguo", ["米国", "米菓", "MIG0"]),
    "stellan": ("星澜", "STELLAN", "xinglan", ["星兰", "星斓", "Stelan"]),
    "olang": ("欧朗", "OLANG", "oulang", ["欧郎", "殴朗", "0LANG"]),
    "vitor": ("维拓", "VITOR", "weituo", ["维托", "唯拓", "Viter"]),
    "soundjoy": ("声悦", "SoundJoy", "shengyue", ["声越", "声阅", "Soundjoi"]),
    "dxb": ("电小宝", "PowerBao", "dianxiaobao", ["电晓宝", "店小宝"]),
    "leito": ("雷拓", "LEITO", "leituo", ["雷托", "蕾拓", "Leitto"]),
    "lumi": ("光影", "LumiShot", "guangying", ["光映", "Lumishoot"]),
    "kidpal": ("童伴", "KidPal", "tongban", ["童半", "同伴"]),
    "gcamel": ("金骆驼", "GOLDEN CAMEL", "jinluotuo", ["金洛驼", "金骆跎", "Golden Camle"]),
    "sandfox": ("沙狐", "SANDFOX", "shahu", ["砂狐", "沙胡", "Sand Fox"]),
    "tuoke": ("驼客", "Camelker", "tuoke", ["陀客", "驼克"]),
    "antler": ("鹿角", "ANTLER", "lujiao", ["路角", "鹿脚"]),
    "fml": ("福满楼", "FUMANLOU", "fumanlou", ["福满搂", "福蛮楼"]),
    "yyg": ("玉缘阁", "YUYUANGE", "yuyuange", ["玉园阁", "玉源阁"]),
    "lvju": ("绿驹", "Green Colt", "lvju", ["绿俱", "录驹", "LVJU"]),
    "jfb": ("疾风豹", "GALE LEOPARD", "jifengbao", ["急风豹", "疾风宝"]),
    "xly": ("小羚羊", "ANTELOPE", "xiaolingyang", ["小玲羊", "小灵羊"]),
    "tuoling": ("驼铃", "CamelBell", "tuoling", ["驼玲", "陀铃"]),
    "feisun": ("飞隼", "FALCON", "feisun", ["飞准", "飞笋"]),
    "changchi": ("长驰", "CHANGCHI", "changchi", ["常驰", "长弛"]),
    "nyy": ("暖洋洋", "WARMSUN", "nuanyangyang", ["暖阳阳"]),
    "mingshi": ("明视", "MINGSHI", "mingshi", ["明式", "名视"]),
}


def brand_sp(b, who, voice=""):
    cn, en, py, typos = BR[b]
    if voice == "tourist_en":
        return pick([en, en, en.title(), cn + " " + en])
    if who == "owner":
        w = [(cn, 55), (en, 12), (py, 10), (pick(typos), 15), ("%s(%s)" % (cn, en), 5), (en.lower(), 3)]
        if voice.startswith("picker"):
            w = [(cn, 45), (pick(typos), 35), (py, 15), (en, 5)]
    else:
        w = [(en, 40), (cn, 35), (py, 5), (pick(typos), 8), ("%s/%s" % (cn, en), 7), (en.lower(), 5)]
    return wpick(w)


COL = {
    "黑": (["黑色", "黑", "黑的", "深色", "哑光黑", "曜石黑", "磨砂黑"], "black"),
    "白": (["白色", "白", "米白", "奶白色", "珍珠白", "白的"], "white"),
    "银": (["银色", "银白色", "银灰", "亮银"], "silver"),
    "灰": (["灰色", "深灰", "铁灰色", "浅灰"], "grey"),
    "蓝": (["蓝色", "深蓝", "宝蓝色", "天蓝", "藏青色", "蓝的"], "blue"),
    "红": (["红色", "大红", "酒红色", "枣红色", "红的"], "red"),
    "粉": (["粉色", "粉红", "樱花粉", "粉的"], "pink"),
    "绿": (["绿色", "墨绿", "军绿色", "草绿"], "green"),
    "金": (["金色", "香槟金", "土豪金"], "gold"),
    "棕": (["棕色", "咖啡色", "褐色", "驼色", "棕的"], "brown"),
    "紫": (["紫色", "浅紫", "薰衣草紫"], "purple"),
    "黄": (["黄色", "土黄色", "明黄"], "yellow"),
}
# colours a finder may honestly mistake (night bazaar lights, dust)
COL_CONFUSE = {"黑": ["蓝", "灰"], "蓝": ["黑"], "灰": ["银", "黑"], "银": ["灰", "白"], "白": ["银"], "棕": ["黑", "红"],
               "紫": ["蓝"], "红": ["粉", "棕"], "金": ["黄"], "绿": ["灰"], "粉": ["红"], "黄": ["金"]}


def col_sp(c, who, voice=""):
    if c is None:
        return None
    words, en = COL[c]
    if voice == "tourist_en":
        return en
    if who == "owner":
        return pick(words)
    return pick(words[:4])


def model_sp(m):
    if not m:
        return m
    return wpick([(m, 5), (m.replace(" ", ""), 2), (m.lower(), 1), (m.upper(), 1), (m.replace(" ", "-"), 1)])


# ----------------------------------------------------------------------------------------------
# objects (hidden truth records)
# ----------------------------------------------------------------------------------------------
def T(cat, **kw):
    t = dict(cat=cat, fcat=cat, brand=None, model=None, color=None, case=None, serial_o=None, serial_f=None,
             p_serial_o=0.5, p_serial_f=0.5, vis=[], hid=[], cont=[], holder=None, raw={}, sub=None)
    t.update(kw)
    return t


PHONE_MODELS = {"huayao": ["Y9 Pro", "Y9", "Y7 Lite", "Fold 2"], "migo": ["M12", "M12 Ultra", "Note 8R"],
                "stellan": ["S9", "S9 Plus", "Aero 5"], "olang": ["R17", "R17s", "A58"], "vitor": ["V30", "V30e", "X3"]}
CASES = [(None, None), ("透明", None), ("粉", "粉"), ("黑", "黑"), ("棕", "棕"), ("蓝", "蓝"), (None, None),
         ("卡通", None), ("皮质翻盖", "棕")]
LOCKS = ["锁屏是我女儿的照片", "锁屏壁纸是我和我老婆的合照", "锁屏是一只橘猫", "屏保是棉花地的照片", "锁屏是我儿子穿校服的照片",
         "锁屏是天池的风景照", "壁纸是一家人在葡萄架下的合影", "锁屏是我家小狗", "锁屏是一朵雪莲花", "锁屏是我孙子的照片",
         "锁屏是冬不拉的图片"]


def g_phone(o, color=None, brand=None, sub=None, raw=None):
    b = brand or pick(sorted(PHONE_MODELS))
    m = pick(PHONE_MODELS[b])
    c = color or pick(["黑", "黑", "黑", "白", "蓝", "银", "金", "紫", "绿", "粉", "灰"])
    case, casecol = pick(CASES)
    tail = raw.get("imei", "")[-4:] if raw and raw.get("imei") else None
    im = make_imei(tail=tail)
    vis = []
    if case == "透明":
        vis.append(["透明手机壳", "带透明软壳", "透明壳已经有点发黄"])
    elif case == "卡通":
        vis.append(["卡通手机壳（小熊图案）", "手机壳上是卡通小熊", "小熊图案的壳"])
    elif case == "皮质翻盖":
        vis.append(["棕色皮质翻盖保护套", "带翻盖皮套", "咖啡色翻盖皮套"])
    elif case:
        vis.append(["%s手机壳" % COL[case][0][0], "%s硅胶壳" % COL[case][0][0], "套着%s的壳" % COL[case][0][0]])
    extra = [["屏幕左上角碎了", "屏幕有裂纹", "屏碎了一角", "屏幕摔裂了"],
             ["背面贴着一张葡萄图案贴纸", "后壳有葡萄贴纸", "背面有紫色葡萄贴纸"],
             ["挂着一根红色挂绳", "带红绳挂绳", "红色手机挂绳"],
             ["壳里夹着一张公交卡", "手机壳后面夹了一张公交卡", "壳内夹有公交卡一张"],
             ["后摄像头镜片有划痕", "摄像头有划痕"],
             ["壳背面写着'平安'两个字", "手机壳上有'平安'字样"],
             ["背后有个指环扣", "带指环支架", "后面粘了个指环"],
             ["屏幕贴了防窥膜", "贴着防偷窥膜"],
             ["壳里夹着一张一寸照片", "手机壳里夹了小孩一寸照"],
             ["充电口有点松", "充电口松动"]]
    vis += sample(extra, R.choice([0, 1, 1, 2, 2, 3]))
    hid = sample(LOCKS, 1) + sample(["密码是6位数的", "手机号尾号是" + digits(4), "里面有很多老家孩子的照片",
                                     "丢的时候电量不到20%", "开着静音", "微信里有拾花的工钱记录", "手机里存着学生证照片",
                                     "卡槽里是两张卡"], R.choice([0, 1, 1, 2]))
    t = T("phone", brand=b, model=m, color=c, case=casecol, vis=vis, hid=hid, raw={"imei": im}, sub="phone",
          p_serial_o=0.4, p_serial_f=0.3)
    t["serial_o"] = lambda: imei_forms(im, "owner")
    t["serial_f"] = lambda: imei_forms(im, "finder")
    t["noun_o"] = ["手机", "手机", "电话", "手机一部", "智能手机"]
    t["noun_f"] = ["手机", "手机一部", "移动电话"]
    t["noun_en"] = "phone"
    t["unit"] = "部"
    return t


ID_SUBS = ["idcard", "idcard", "idcard", "student", "student", "driving", "social", "bankcard", "workbadge",
           "passport"]


def g_id(o, color=None, brand=None, sub=None, raw=None):
    s = sub or pick(ID_SUBS)
    if s == "passport" and o["voice"] != "tourist_en":
        s = "idcard"
    if s != "passport" and o["voice"] == "tourist_en":
        s = "passport"
    if s == "student" and o["voice"] != "student":
        s = "idcard"
    name = o["cn"]
    t = T("id_doc", holder=o, sub=s)
    if s in ("idcard", "driving", "social", "cardsleeve"):
        reg = o["region"] or pick(REGION_LOCAL)
        if raw and raw.get("id"):
            reg = raw["id"][:6]
            # same region, another person; keep the same last four when we can (a tail-only match fools)
            idn = make_id_tail(reg, o["year"], raw["id"][-4:], raw["id"])
        else:
            idn = make_id(reg, o["year"], o["male"])
        t["raw"] = {"id": idn}
        t["serial_o"] = lambda: id_forms(idn, "owner")
        t["serial_f"] = lambda: id_forms(idn, "finder")
        t["p_serial_o"], t["p_serial_f"] = 0.55, 0.7
        if s == "idcard":
            t["noun_o"] = ["身份证", "身份证", "二代身份证", "身份证一张", "身分证"]
            t["noun_f"] = ["居民身份证", "身份证", "身份证一张"]
            t["noun_en"] = "ID card"
            t["color"] = None
            t["vis"] = [["姓名" + name, "名字是" + name], ["民族" + o["nation"], o["nation"] + "族"]]
            t["vis"] += sample([["装在透明卡套里", "透明卡套"], ["卡套是蓝色的", "蓝色卡套"], ["边角有点磨损", "证件有磨损"]],
                               R.choice([0, 1]))
            t["hid"] = sample(["是去年才补办的", "上面照片是我年轻时候的", "后天坐火车要用", "有效期到2031年"],
                              R.choice([0, 1]))
        elif s == "driving":
            t["noun_o"] = ["驾驶证", "驾照", "驾驶证一本"]
            t["noun_f"] = ["机动车驾驶证", "驾驶证", "驾驶证一本"]
            t["noun_en"] = "driving licence"
            t["color"] = None
            t["vis"] = [["姓名" + name, "驾驶人" + name], ["准驾车型" + pick(["C1", "C1", "B2", "A2"]), "C1驾照"],
                        ["黑色皮套", "带黑色证件皮套"]]
            t["hid"] = sample(["里面夹着行驶证", "夹着一张加油卡"], R.choice([0, 1]))
        elif s == "social":
            t["noun_o"] = ["社保卡", "社会保障卡", "医保卡"]
            t["noun_f"] = ["社会保障卡", "社保卡一张"]
            t["noun_en"] = "social security card"
            t["vis"] = [["姓名" + name, "持卡人" + name], ["卡面是蓝色的", "蓝色卡面"]]
            t["color"] = None
            t["hid"] = sample(["里面还有六百多块钱余额", "去医院看病带着的"], R.choice([0, 1]))
    elif s == "student":
        sid = raw.get("sid") if raw and raw.get("sid") else None
        if sid:
            sid = sid[:7] + digits(3)
        else:
            sid = str(R.choice([2022, 2023, 2024, 2025])) + pick(["10", "21", "35", "42"]) + digits(4)
        t["raw"] = {"sid": sid}
        t["serial_o"] = lambda: pick([sid, "学号" + sid, sid])
        t["serial_f"] = lambda: pick([sid, "学号：" + sid])
        t["p_serial_o"], t["p_serial_f"] = 0.75, 0.8
        col = pick(["信息工程学院", "农学院", "医学院", "外国语学院", "化学化工学院", "旅游学院"])
        t["noun_o"] = ["校园卡", "学生证", "一卡通", "饭卡（校园卡）"]
        t["noun_f"] = ["沙枣泉大学校园卡", "校园一卡通", "学生卡"]
        t["noun_en"] = "student card"
        t["color"] = pick(["蓝", "绿", "白"])
        t["vis"] = [["姓名" + name, name + "的卡"], [col, col]]
        t["vis"] += sample([["挂着一个葡萄干形状的挂件", "带葡萄挂件"], ["套着卡套，卡套上有只熊猫", "熊猫卡套"],
                            ["挂着一根黄色挂绳", "黄色挂绳"]], R.choice([0, 1]))
        t["hid"] = sample(["卡里还有两百多块饭钱", "背面有我自己写的宿舍号", "刚充了100元"], R.choice([0, 1, 1]))
    elif s == "bankcard":
        bin4 = pick(BINS)
        tail = raw["tail"] if raw and raw.get("tail") else digits(4)
        if raw and raw.get("bin") == bin4:
            bin4 = pick([b for b in BINS if b != raw["bin"]])
        bank = pick(["沙枣泉农商银行", "绿洲银行", "丝路银行", "天山农信"])
        t["raw"] = {"tail": tail, "bin": bin4}
        t["serial_o"] = lambda: card_forms(bin4, tail, "owner")
        t["serial_f"] = lambda: card_forms(bin4, tail, "finder")
        t["p_serial_o"], t["p_serial_f"] = 0.75, 0.8
        t["noun_o"] = ["银行卡", "银行卡一张", bank + "的卡", "工资卡"]
        t["noun_f"] = [bank + "借记卡", "银行卡一张", "银行卡"]
        t["noun_en"] = "bank card"
        t["color"] = pick(["金", "蓝", "绿", "红"])
        t["vis"] = [[bank, bank]]
        t["hid"] = sample(["卡里有工资", "是我在老家办的卡", "已经打电话挂失了"], R.choice([1, 1, 2]))
    elif s == "workbadge":
        no = pick(["HY", "ZY", "NZ"]) + digits(4)
        if raw and raw.get("badge"):
            no = raw["badge"][:3] + digits(3)
        t["raw"] = {"badge": no}
        t["serial_o"] = lambda: pick(["工号" + no, no])
        t["serial_f"] = lambda: pick(["工号" + no, "编号" + no, no])
        t["p_serial_o"], t["p_serial_f"] = 0.6, 0.8
        unit = pick(["县人民医院", "高铁南站客运车间", "城北客运站", "棉麻公司"])
        t["noun_o"] = ["工作证", "工牌", "胸牌"]
        t["noun_f"] = [unit + "工作证", "工作牌", "工作证一个"]
        t["noun_en"] = "staff badge"
        t["color"] = pick(["蓝", "红", "白"])
        t["vis"] = [["姓名" + name, name], [unit, unit], ["挂着%s挂绳" % pick(["蓝色", "红色", "灰色"]), "带挂绳"]]
        t["hid"] = sample(["背面夹着门禁卡", "照片是刚入职拍的"], R.choice([0, 1]))
    elif s == "passport":
        pno = pick(["C", "E", "X", "P"]) + digits(8)
        if raw and raw.get("pass"):
            pno = raw["pass"][:5] + digits(4)
        t["raw"] = {"pass": pno}
        t["serial_o"] = lambda: pick([pno, "Passport No. " + pno])
        t["serial_f"] = lambda: pick([pno, "护照号" + pno])
        t["p_serial_o"], t["p_serial_f"] = 0.6, 0.7
        t["noun_o"] = ["护照", "passport"]
        t["noun_f"] = ["外国护照一本", "护照", "护照一本"]
        t["noun_en"] = "passport"
        t["color"] = pick(["红", "蓝", "绿"])
        t["vis"] = [["姓名" + o["latin"].upper(), "持照人" + o["latin"]], ["夹着一张登机牌", "里面夹着登机牌"]]
        t["hid"] = sample(["has my hotel card inside", "visa page stamped in Urumqi", "里面夹了200元人民币"],
                          R.choice([0, 1]))
    if s == "cardsleeve":
        bin4, tail = pick(BINS), digits(4)
        t["noun_o"] = ["身份证和银行卡（装在卡套里）", "身份证连卡套", "卡套（身份证、银行卡）"]
        t["noun_f"] = ["卡套", "卡包一个", "小卡包"]
        t["noun_en"] = "card sleeve"
        t["color"] = pick(["黑", "棕", "红"])
        t["fcat"] = "wallet"
        t["vis"] = [["卡套里有身份证，姓名" + name, "内有身份证（%s）" % name],
                    ["还有一张银行卡尾号" + tail, "银行卡%s****%s" % (bin4, tail)]]
        t["hid"] = ["卡套是我女儿送的"] if chance(0.5) else []
    return t


def g_wallet(o, color=None, brand=None, sub=None, raw=None):
    s = sub or pick(["long", "short", "short", "coin", "clip"])
    b = brand or (pick(["gcamel", "antler", "gcamel"]) if chance(0.6) else None)
    c = color or pick(["黑", "黑", "棕", "棕", "红", "粉", "蓝", "白"])
    noun = {"long": ["长款钱包", "钱包", "长钱包", "皮夹"], "short": ["钱包", "短款钱包", "皮夹子", "钱夹"],
            "coin": ["零钱包", "小钱包", "零钱袋"], "clip": ["卡包", "钱包（卡包）", "卡夹"]}[s]
    nounf = {"long": ["长款钱包一个", "钱包一个", "长款皮夹"], "short": ["钱包一个", "短款钱包", "男士钱包"],
             "coin": ["零钱包一个", "小零钱包"], "clip": ["卡包一个", "卡夹"]}[s]
    cash = pick([0, 35, 86, 120, 200, 326, 450, 580, 800, 1200, 1650, 2300])
    cont = []
    hid = []
    if cash:
        approx = "%d块左右" % (round(cash, -1 if cash < 200 else -2)) if chance(0.6) else "%d元" % cash
        cont.append(["现金" + approx, "现金%d元" % cash])
    idn = None
    tail = raw["tail"] if raw and raw.get("tail") else digits(4)
    bin4 = pick(BINS)
    if chance(0.55):
        reg = o["region"] or pick(REGION_LOCAL)
        idn = make_id(reg, o["year"], o["male"])
        cont.append(["身份证", "身份证一张（%s）" % o["cn"]])
    if chance(0.6) or (raw and raw.get("tail")):
        cont.append(["银行卡尾号" + tail if chance(0.6) else "一张银行卡", "银行卡%s****%s" % (bin4, tail)])
    more = [["公交卡", "公交卡一张"], ["超市会员卡", "驼铃百货会员卡"], ["孩子的一寸照片", "小孩照片一张"],
            ["拾花工工资条", "工资条一张"], ["几张发票", "发票若干"], ["医院就诊卡", "县医院就诊卡"],
            ["一把小钥匙", "小钥匙一把"], ["护身符", "红色护身符"]]
    if o["voice"] in ("student", "tourist_en", "tourist_cn"):
        more = [m for m in more if "工资" not in m[0]]
    cont += sample(more, R.choice([0, 1, 1, 2]))
    vis = sample([["边角磨破了", "边角有磨损"], ["拉链坏了", "拉链损坏"], ["上面有个金属骆驼标", "有骆驼金属标"],
                  ["有一块油渍", "表面有油污"], ["压花的皮面", "压纹皮面"]], R.choice([0, 1, 1, 2]))
    hid = sample(["是我老伴送的", "夹层里还有一张存折", "钱是准备交房租的", "刚在夜市取的钱"], R.choice([0, 1]))
    t = T("wallet", brand=b, color=c, vis=vis, hid=hid, cont=cont, sub=s, holder=o)
    t["raw"] = {"tail": tail, "bin": bin4, "id": idn, "cash": cash}
    ser_o = ["尾号" + tail, "银行卡尾号" + tail] + ([id_forms(idn, "owner")] if idn else [])
    ser_f = ["%s****%s" % (bin4, tail)] + ([id_forms(idn, "finder")] if idn else [])
    t["serial_o"] = lambda: pick(ser_o)
    t["serial_f"] = lambda: pick(ser_f)
    t["p_serial_o"], t["p_serial_f"] = 0.35, 0.45
    t["noun_o"], t["noun_f"], t["noun_en"], t["unit"] = noun, nounf, "wallet", "个"
    return t


def g_keys(o, color=None, brand=None, sub=None, raw=None):
    s = sub or pick(["ring", "ring", "car", "dorm", "hotel"])
    n = R.randint(2, 7)
    charm = pick([("小毛驴挂件", "毛驴形状挂件"), ("葡萄串挂件", "紫色葡萄挂件"), ("冬不拉小挂件", "小乐器挂件"),
                  ("红色中国结", "红绳中国结"), ("小熊挂件", "卡通熊挂件"), ("哈密瓜挂件", "瓜形挂件"), (None, None)])
    c = color
    vis = []
    b = None
    ser_o = ser_f = None
    t = T("keys", sub=s)
    if s == "car":
        b = brand or "changchi"
        c = c or pick(["黑", "银"])
        vis.append(["%s车钥匙" % BR[b][0], "带遥控的汽车钥匙", "遥控车钥匙"])
        vis.append(["还有%d把家门钥匙" % (n - 1), "另有钥匙%d把" % (n - 1)])
    elif s == "dorm":
        room = "%d-%d%02d" % (R.randint(1, 12), R.randint(1, 6), R.randint(1, 30))
        c = c or pick(["黄", "银"])
        vis.append(["宿舍钥匙%d把" % n, "钥匙%d把" % n])
        vis.append(["钥匙牌上写着" + room, "挂有号码牌" + room])
        t["raw"] = {"tag": room}
        ser_o = room
        ser_f = room
    elif s == "hotel":
        room = str(R.randint(2, 9)) + "%02d" % R.randint(1, 40)
        c = c or pick(["白", "黑"])
        vis.append(["胡杨酒店房卡和一把钥匙", "酒店房卡", "房卡一张"])
        vis.append(["房号%s" % room, "卡套上写%s" % room])
        t["raw"] = {"tag": room}
        ser_o = "房号" + room
        ser_f = room
    else:
        c = c or pick(["银", "银", "黄", "黑"])
        vis.append(["%d把钥匙" % n, "钥匙%d把" % n, "一串钥匙（%d把）" % n])
        if chance(0.5):
            fob = pick(["蓝", "红", "黄", "绿"])
            card = digits(7)
            vis.append(["一个%s色门禁卡" % COL[fob][0][0][0], "%s色门禁扣" % COL[fob][0][0][0]])
            if chance(0.5):
                t["raw"] = {"fob": card}
                ser_o = None
                ser_f = "门禁卡号" + card
    if charm[0]:
        vis.append([charm[0], charm[1]])
    vis += sample([["有一把是防盗门的十字钥匙", "含十字钥匙一把"], ["带一个小指甲刀", "挂有指甲刀"],
                   ["钥匙圈是登山扣", "登山扣钥匙圈"]], R.choice([0, 1]))
    hid = sample(["有一把是电动车的钥匙", "有一把是店铺卷帘门的", "是出租屋的钥匙，房东那没有备用的", "有一把是邮箱钥匙"],
                 R.choice([0, 1, 1]))
    t.update(brand=b, color=c, vis=vis, hid=hid)
    t["serial_o"] = (lambda: ser_o) if ser_o else None
    t["serial_f"] = (lambda: ser_f) if ser_f else None
    t["p_serial_o"], t["p_serial_f"] = 0.5, 0.6
    t["noun_o"] = ["钥匙", "一串钥匙", "钥匙串", "钥匙一串"] if s != "car" else ["车钥匙", "汽车钥匙", "钥匙"]
    t["noun_f"] = ["钥匙一串", "钥匙", "钥匙串"] if s != "car" else ["汽车钥匙一把", "车钥匙", "钥匙一串"]
    t["noun_en"] = "keys"
    t["unit"] = "串"
    return t


EBIKE_MODELS = {"lvju": ["G5", "小驹Q3", "TDT-1200"], "jfb": ["豹子王", "FX-9", "劲风2"], "xly": ["L1", "羚动S", "Mini"]}


def g_ebike(o, color=None, brand=None, sub=None, raw=None):
    s = sub or "ebike"
    b = brand or pick(sorted(EBIKE_MODELS))
    m = pick(EBIKE_MODELS[b])
    c = color or pick(["白", "黑", "红", "蓝", "灰", "绿", "粉"])
    plate = "沙A" + digits(5)
    if raw and raw.get("plate"):
        plate = raw["plate"][:-1] + pick([d for d in "0123456789" if d != raw["plate"][-1]])
    frame = pick(["LJF", "TDR", "ZQS"]) + digits(2) + alnum(4) + digits(6)
    if raw and raw.get("frame"):
        frame = raw["frame"][:-4] + digits(4)
    t = T("ebike", brand=b, model=m, color=c, sub=s)
    if s == "battery":
        t["fcat"] = "other"
        t["noun_o"] = ["电动车电瓶", "电动车的电池", "电瓶"]
        t["noun_f"] = ["电瓶一块", "锂电池一块", "电动车电瓶"]
        t["noun_en"] = "e-bike battery"
        t["color"] = "黑"
        v = pick(["48V", "60V", "72V"])
        t["vis"] = [["%s锂电池" % v, "标注%s" % v], ["%s原装电池" % BR[b][0], "印有%s字样" % BR[b][1]],
                    ["提手上缠着黑胶布", "提手有黑色胶布"]]
        t["hid"] = ["电动车停在楼下被人把电瓶拔走了", "车还在，只丢了电瓶"]
        bn = "BT" + digits(8)
        t["raw"] = {"bn": bn}
        t["serial_o"] = lambda: pick(["电池编号" + bn, bn])
        t["serial_f"] = lambda: pick([bn, "编号" + bn])
        t["p_serial_o"], t["p_serial_f"] = 0.3, 0.7
        t["unit"] = "块"
        return t
    t["raw"] = {"plate": plate, "frame": frame}
    t["serial_o"] = lambda: wpick([("车牌" + plate, 4), (plate, 2), ("车架号" + frame, 2), (plate + " 车架号" + frame, 1)])
    t["serial_f"] = lambda: wpick([(plate, 3), ("车架号" + frame, 3), ("牌照%s，车架号%s" % (plate, frame), 2),
                                   ("车架号" + frame[-6:], 1)])
    t["p_serial_o"], t["p_serial_f"] = 0.65, 0.75
    t["vis"] = sample([["后座装了儿童座椅", "后座带儿童座椅"], ["前面有车筐", "带前车筐"], ["座垫套是豹纹的", "豹纹座套"],
                       ["左边后视镜断了", "左后视镜缺失"], ["车把上挂着一个塑料袋", "车把挂塑料袋"],
                       ["前筐里有一顶黄色头盔", "车筐内有黄色头盔一顶"], ["装了挡风罩", "带挡风被"],
                       ["车身有划痕", "车身多处划痕"], ["脚踏板上铺着一块地毯", "脚踏垫是块小地毯"]], R.choice([1, 2, 2, 3]))
    t["hid"] = sample(["钥匙还在我手上", "电池是上个月新换的", "锁了U型锁", "是分期买的还没还完", "车座下面有雨衣"],
                      R.choice([0, 1, 2]))
    t["noun_o"] = ["电动车", "电瓶车", "电驴", "小电驴", "电动自行车"]
    t["noun_f"] = ["电动车一辆", "电动自行车", "两轮电动车"]
    t["noun_en"] = "e-bike"
    t["unit"] = "辆"
    return t


def g_bicycle(o, color=None, brand=None, sub=None, raw=None):
    kind = pick(["山地车", "山地车", "公路车", "折叠车", "女士自行车"])
    b = brand or (pick(["tuoling", "feisun"]) if chance(0.8) else None)
    m = pick(["TL-26", "越野者", "CB300", "F7", "城市骑士"]) if b and chance(0.5) else None
    c = color or pick(["黑", "白", "红", "蓝", "黄", "绿", "灰"])
    frame = pick(["TL", "FS", "HC"]) + digits(8)
    if raw and raw.get("frame"):
        frame = raw["frame"][:-3] + digits(3)
    reg = "沙大" + digits(4) if o["voice"] == "student" or chance(0.2) else None
    t = T("bicycle", brand=b, model=m, color=c, sub=kind)
    t["raw"] = {"frame": frame, "reg": reg}
    so = ["车架号" + frame] + (["校园车辆登记号" + reg] if reg else [])
    sf = ["车架号" + frame, frame] + (["校园登记贴" + reg] if reg else [])
    t["serial_o"] = lambda: pick(so)
    t["serial_f"] = lambda: pick(sf)
    t["p_serial_o"], t["p_serial_f"] = 0.35 if not reg else 0.7, 0.6
    t["vis"] = [[kind, kind]] + sample([["后轮有挡泥板", "带后挡泥板"], ["车把缠了红色把套", "红色把套"],
                                        ["前面挂着车筐", "带车筐"], ["铃铛是小黄鸭的", "小黄鸭车铃"],
                                        ["变速器有点坏了", "变速器损坏"], ["车座是黑色加厚的", "加厚座垫"]],
                                       R.choice([1, 1, 2]))
    if reg:
        t["vis"].append(["车上有沙大校园登记贴", "贴有沙大车辆登记贴"])
    t["hid"] = sample(["我锁在栏杆上的锁也没了", "是开学时在二手群买的", "链条我刚上过油"], R.choice([0, 1]))
    t["noun_o"] = ["自行车", "单车", kind, "自行车一辆"]
    t["noun_f"] = ["自行车一辆", "自行车", kind + "一辆"]
    t["noun_en"] = "bicycle"
    t["unit"] = "辆"
    return t


BAG_TYPES = {"backpack": (["双肩包", "背包", "书包"], ["双肩背包", "背包一个"], ["sandfox", "tuoke"]),
             "cross": (["斜挎包", "小挎包", "包"], ["斜挎包一个", "挎包"], ["tuoke", "sandfox"]),
             "hand": (["手提包", "女士包", "包包"], ["女式手提包", "手提包一个"], ["tuoke"]),
             "canvas": (["帆布袋", "帆布包"], ["帆布袋一个", "帆布手提袋"], []),
             "suitcase": (["行李箱", "拉杆箱", "箱子"], ["拉杆箱一个", "行李箱"], ["sandfox"]),
             "waist": (["腰包", "胸包"], ["腰包一个", "腰包"], ["sandfox"])}
BAG_CONT = [["笔记本电脑", "笔记本电脑一台"], ["几件衣服", "衣物若干"], ["充电宝", "充电宝一个"],
            ["《高等数学》课本", "高等数学教材一本"], ["保温杯", "保温杯一个"], ["两袋葡萄干", "葡萄干两袋"],
            ["两个馕", "馕两个"], ["拾棉花戴的手套", "劳保手套若干"], ["病历本和药", "病历本一本、药品若干"],
            ["雨伞", "折叠伞一把"], ["一盒降压药", "药盒一个"], ["化妆包", "化妆包一个"], ["耳机", "耳机一副"],
            ["身份证", None], ["火车票", "火车票一张"], ["一本《古兰经》", "宗教书籍一本"], ["小孩的玩具车", "玩具车一个"]]


def g_bag(o, color=None, brand=None, sub=None, raw=None):
    s = sub or pick(["backpack", "backpack", "cross", "hand", "canvas", "suitcase", "waist"])
    if s == "woven":
        t = T("bag", fcat="other", color=color or pick(["白", "蓝", "红"]), sub=s)
        t["noun_o"] = ["编织袋", "蛇皮袋", "行李袋（编织袋）"]
        t["noun_f"] = ["编织袋一个", "蛇皮袋装的行李", "编织袋"]
        t["noun_en"] = "woven sack"
        t["cont"] = [["铺盖", "被褥一套"], ["换洗衣服", "衣物若干"], ["拾花用的围兜", "采棉围兜两个"],
                     ["一袋挂面", "挂面一袋"]]
        t["vis"] = [["袋子上用红漆写了个'%s'字" % o["cn"][0], "袋上有红漆写的'%s'字" % o["cn"][0]],
                    ["口子用绳子扎着", "袋口用绳捆扎"]]
        t["hid"] = ["是从老家带来的全部家当", "被子是新弹的棉花被"]
        t["unit"] = "个"
        return t
    nouns, nounf, brands = BAG_TYPES[s]
    b = brand or (pick(brands) if brands and chance(0.6) else None)
    c = color or pick(["黑", "黑", "灰", "蓝", "棕", "红", "粉", "白", "绿"])
    cont = []
    for cc in sample(BAG_CONT, R.choice([1, 2, 2, 3])):
        if cc[1] is None:
            cont.append(["身份证", "身份证一张（%s）" % o["cn"]])
        else:
            cont.append(cc)
    vis = sample([["拉链上挂着一个小骆驼", "拉链挂件是骆驼"], ["侧兜破了个洞", "侧袋破损"],
                  ["包上别着一个校徽", "有校徽别针"], ["肩带用别针别过", "肩带有别针"],
                  ["包上绣着葡萄图案", "绣有葡萄图案"], ["挂着行李牌写着名字", "行李牌写有%s" % o["cn"]]],
                 R.choice([0, 1, 1, 2]))
    hid = sample(["包里的东西对我很重要", "里面有我孩子的病历", "电脑里有我的毕业论文", "是去年在乌鲁木齐买的"],
                 R.choice([0, 1]))
    t = T("bag", brand=b, color=c, vis=vis, hid=hid, cont=cont, sub=s)
    if s == "suitcase":
        lockno = digits(3)
        hid.append("密码锁密码是" + lockno)
        if chance(0.5):
            tag = "沙" + digits(6)
            t["raw"] = {"tag": tag}
            t["serial_o"] = lambda: "托运条" + tag
            t["serial_f"] = lambda: "行李牌" + tag
            t["p_serial_o"], t["p_serial_f"] = 0.3, 0.6
    t["noun_o"], t["noun_f"], t["noun_en"], t["unit"] = nouns, nounf, "bag", "个"
    return t


def g_cash(o, color=None, brand=None, sub=None, raw=None):
    s = sub or pick(["envelope", "envelope", "roll", "redpacket", "plastic"])
    amt = pick([500, 800, 1200, 1500, 1860, 2300, 2380, 3000, 3650, 4200, 5000, 6800])
    if raw and raw.get("amt"):
        amt = raw["amt"] + pick([-200, -100, 100, 200, 500])
    t = T("cash", sub=s)
    t["raw"] = {"amt": amt}
    approx = pick(["%d元" % amt, "%d块" % amt, "大概%d" % (round(amt, -2)), "%d多块" % (amt // 100 * 100),
                   "一共%d" % amt])
    if s == "envelope":
        who = o["cn"]
        t["noun_o"] = ["一个信封装的现金", "现金（装在信封里）", "工钱", "钱"]
        t["noun_f"] = ["装有现金的信封一个", "信封一个（内有现金）", "现金"]
        t["color"] = pick(["白", "黄", "棕"])
        t["vis"] = [["信封上写着'%s 工钱'" % who, "信封上写有'%s'字样" % who],
                    ["都是100的", "百元钞为主"]]
        t["hid"] = sample(["是拾花发的工钱", "是卖棉花的钱", "准备寄回老家的"], 1)
    elif s == "roll":
        t["noun_o"] = ["一卷现金", "一沓钱", "现金"]
        t["noun_f"] = ["现金一沓", "用皮筋捆着的现金"]
        t["vis"] = [["用皮筋扎着", "皮筋捆扎"], ["有100的也有50的", "百元、五十元混合"]]
        t["hid"] = sample(["是卖哈密瓜的货款", "卖葡萄的钱", "刚从收购站结的账"], 1)
    elif s == "redpacket":
        t["noun_o"] = ["红包", "红包一个", "装钱的红包"]
        t["noun_f"] = ["红包一个", "红包（内有现金）"]
        t["color"] = "红"
        t["vis"] = [["红包上印着'百年好合'", "红包印'百年好合'字样"]]
        t["hid"] = ["是去参加婚礼随的礼", "里面还写了祝福的卡片"]
    else:
        t["noun_o"] = ["一塑料袋钱", "现金（塑料袋装的）", "钱"]
        t["noun_f"] = ["塑料袋装现金", "现金若干（塑料袋装）"]
        t["color"] = pick(["黑", "白", "红"])
        t["vis"] = [["装在%s塑料袋里" % COL[t["color"]][0][0], "%s塑料袋" % COL[t["color"]][0][0]],
                    ["有不少零钱", "零钱较多"]]
        t["hid"] = ["是在夜市摆摊一晚上收的钱"]
    t["cont"] = [[approx, "现金%d元" % amt]]
    t["noun_en"] = "cash"
    t["unit"] = "份"
    return t


def g_jewelry(o, color=None, brand=None, sub=None, raw=None):
    s = sub or pick(["bangle", "bangle", "jade", "earring", "necklace", "ring", "silver"])
    b = brand
    t = T("jewelry", sub=s)
    ini = "".join(pick("ABDGHJLMNSTWXYZ") for _ in range(2))
    dt = "%d.%d.%d" % (R.randint(1998, 2023), R.randint(1, 12), R.randint(1, 28))
    if s == "bangle":
        b = b or pick(["fml", "fml", None])
        g = pick([18.6, 22.3, 25.0, 30.8, 35.2])
        t.update(color="金", noun_o=["金手镯", "金镯子", "手镯"], noun_f=["黄色金属手镯一只", "疑似金手镯", "手镯一只"])
        t["vis"] = [["内圈刻着'%s'" % ini, "内侧刻有字母%s" % ini], ["雕的是龙凤花纹", "龙凤图案"]]
        t["hid"] = ["大概%s克" % g, "是结婚时买的"]
    elif s == "jade":
        b = b or pick(["yyg", None])
        t.update(color=pick(["白", "绿"]), noun_o=["和田玉平安扣", "玉坠子", "玉吊坠"], noun_f=["玉石吊坠一个", "疑似玉佩", "玉坠"])
        t["vis"] = [["挂在一根红绳上", "红绳穿着"], ["平安扣样式", "圆形平安扣"]]
        t["hid"] = ["是我妈给我的", "有鉴定证书"]
        if chance(0.5):
            cert = "YY" + str(R.randint(2015, 2024)) + "-" + digits(5)
            t["raw"] = {"cert": cert}
            t["serial_o"] = lambda: "证书编号" + cert
            t["p_serial_o"] = 0.5
    elif s == "earring":
        b = b or pick(["fml", None])
        t.update(color=pick(["金", "银"]), noun_o=["耳环", "一只耳环", "耳坠"], noun_f=["耳环一只", "耳饰一只"])
        t["vis"] = [["是带小葡萄造型的", "葡萄造型耳坠"], ["只掉了一只", "单只"]]
        t["hid"] = ["另一只还在我耳朵上"]
    elif s == "necklace":
        b = b or pick(["fml", None])
        t.update(color=pick(["金", "银"]), noun_o=["项链", "金项链", "链子"], noun_f=["项链一条", "金属项链一条"])
        t["vis"] = [["带一个心形吊坠", "心形吊坠"], ["扣子坏了", "搭扣断开"]]
        t["hid"] = ["吊坠背面刻着我女儿的生日" + dt]
    elif s == "ring":
        b = b or pick(["fml", None])
        t.update(color=pick(["金", "银", "白"]), noun_o=["戒指", "结婚戒指", "对戒"], noun_f=["戒指一枚", "指环一枚"])
        t["vis"] = [["内圈刻着'%s %s'" % (ini, dt), "内侧刻字%s %s" % (ini, dt)], ["镶了一颗小钻", "镶有一颗白色小石"]]
        t["hid"] = ["洗手的时候摘下来忘了拿", "是结婚戒指"]
    else:
        t.update(color="银", noun_o=["银手镯", "银镯子", "民族银镯"], noun_f=["白色金属手镯", "银镯一只", "手镯"])
        t["vis"] = [["刻着巴旦木花纹", "有巴旦木花纹雕刻"], ["有点发黑", "表面氧化发黑"]]
        t["hid"] = ["是奶奶传下来的", "在老城手工艺品店定做的"]
    t["brand"] = b
    t["noun_en"] = "jewellery"
    t["unit"] = "件"
    return t


ELEC = {"earbuds": (["soundjoy"], ["Buds 3", "Buds Pro 2", "Air S"], ["蓝牙耳机", "无线耳机", "耳机"],
                    ["蓝牙耳机一副", "无线耳机（带充电仓）", "耳机盒一个"], ["白", "白", "黑"]),
        "powerbank": (["dxb"], ["20000mAh", "10000mAh"], ["充电宝", "移动电源"], ["充电宝一个", "移动电源一个"],
                      ["白", "黑", "粉"]),
        "laptop": (["leito"], ["Air 14", "Pro 16", "X13"], ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑一台"],
                   ["银", "灰", "黑"]),
        "camera": (["lumi"], ["G7", "G7 II", "Z50c"], ["相机", "单反相机", "微单相机"], ["数码相机一台", "相机一部"],
                   ["黑", "银"]),
        "tablet": (["huayao", "migo"], ["Tab 11", "Pad 6"], ["平板电脑", "平板", "iPad一样的平板"], ["平板电脑一台"],
                   ["灰", "银", "蓝"]),
        "watch": (["kidpal"], ["Z6", "Z8"], ["儿童手表", "电话手表", "孩子的手表"], ["儿童电话手表一块", "儿童手表"],
                  ["蓝", "粉", "黑"])}


def g_elec(o, color=None, brand=None, sub=None, raw=None):
    s = sub or pick(["earbuds", "earbuds", "powerbank", "laptop", "camera", "tablet", "watch"])
    brands, models, no, nf, cols = ELEC[s]
    b = brand if brand in brands else pick(brands)
    if brand and brand not in brands:
        b = brand
    m = pick(models)
    c = color or pick(cols)
    t = T("electronics", brand=b, model=m, color=c, sub=s, noun_o=no, noun_f=nf, noun_en={
        "earbuds": "earbuds", "powerbank": "power bank", "laptop": "laptop", "camera": "camera", "tablet": "tablet",
        "watch": "kids' watch"}[s], unit={"earbuds": "副", "laptop": "台", "camera": "台", "tablet": "台"}.get(s, "个"))
    sn = alnum(2) + digits(6) + alnum(2)
    if raw and raw.get("sn"):
        sn = raw["sn"][:6] + digits(4)
    t["raw"] = {"sn": sn}
    t["serial_o"] = lambda: pick(["SN:" + sn, sn, "序列号" + sn])
    t["serial_f"] = lambda: pick(["SN " + sn, sn, "S/N:" + sn])
    t["p_serial_o"], t["p_serial_f"] = 0.3, 0.45
    vis = []
    hid = []
    if s == "earbuds":
        vis = sample([["充电仓上贴着小熊贴纸", "耳机仓有小熊贴纸"], ["只有充电仓和一只耳机", "仅一只耳机加充电仓"],
                      ["套着透明硅胶保护套", "硅胶保护套"], ["仓盖上有划痕", "盒盖有划痕"]], R.choice([1, 1, 2]))
        hid = sample(["连接的蓝牙名字是'%s的耳机'" % o["short"], "左耳机声音小一点"], R.choice([0, 1]))
    elif s == "powerbank":
        vis = sample([["带两根线", "自带数据线"], ["壳上贴了名字贴", "贴有姓名贴"], ["掉漆了", "外壳掉漆"]], R.choice([1, 2]))
        hid = ["借给同学用过一次"] if chance(0.3) else []
    elif s == "laptop":
        vis = sample([["贴着很多贴纸", "表面贴满贴纸"], ["装在灰色内胆包里", "电脑内胆包一个"], ["键盘上C键掉了", "键帽缺一个"],
                      ["外壳有凹痕", "壳有磕碰"]], R.choice([1, 2]))
        hid = sample(["开机密码是我生日", "里面有毕业设计", "桌面是学校图书馆的照片"], R.choice([1, 1, 2]))
    elif s == "camera":
        vis = sample([["镜头盖丢了", "无镜头盖"], ["挂着彩色编织背带", "民族风编织背带"], ["机身有胶布", "机身贴胶布"]],
                     R.choice([1, 2]))
        hid = sample(["存储卡里全是瓜果节拍的照片", "里面有沙山骑骆驼的照片", "memory card full of festival photos"],
                     R.choice([1, 1]))
    elif s == "tablet":
        vis = sample([["带键盘保护套", "键盘皮套"], ["屏幕有裂痕", "屏幕裂"], ["背面贴了卡通贴纸", "卡通贴纸"]], R.choice([1, 2]))
        hid = sample(["锁屏是孩子画的画", "里面下载了很多动画片"], R.choice([0, 1]))
    elif s == "watch":
        vis = [["表带上写着孩子名字'%s'" % (o["cn"][0] + pick(["小宝", "乐乐", "朵朵", "豆豆"])),
                "表带上有手写名字"]] + sample([["表盘是卡通恐龙", "恐龙表盘"], ["表带断了一截", "表带破损"]],
                                          R.choice([0, 1]))
        hid = ["手表号码尾号" + digits(4), "能定位但现在关机了"]
        if sub == "watch":
            t["fcat"] = "phone"
    t["vis"], t["hid"] = vis, hid
    return t


OTHER = {"dombra": (["冬不拉", "冬不拉琴", "乐器（冬不拉）"], ["冬不拉一把", "民族乐器一把"], None, "棕",
                    [["装在黑色琴包里", "黑色琴包"], ["琴头绑着红丝带", "琴头系红绸"]], ["是我爷爷做的", "琴背面刻着我名字"]),
         "rawap": (["热瓦甫", "乐器", "热瓦普"], ["热瓦甫一把", "弦乐器一把"], None, "棕",
                   [["琴杆上镶着骨片花纹", "镶嵌花纹"], ["少了一根弦", "缺一根弦"]], ["是老城乐器店订做的"]),
         "thermos": (["保温杯", "水杯", "杯子"], ["保温杯一个", "水杯一个"], "nyy", None,
                     [["杯身有凹痕", "杯体有磕痕"], ["杯盖是%s的" % "灰色", "灰色杯盖"], ["贴着名字贴", "有姓名贴"]],
                     ["里面泡的是茯茶", "里面有枸杞水"]),
         "glasses": (["眼镜", "近视眼镜", "老花镜"], ["眼镜一副", "眼镜（带眼镜盒）"], "mingshi", "黑",
                     [["装在眼镜盒里", "带眼镜盒"], ["镜腿有胶布", "镜腿缠胶布"]], ["度数是500度左右"]),
         "umbrella": (["雨伞", "遮阳伞", "伞"], ["雨伞一把", "折叠伞一把"], None, None,
                      [["伞柄是木头的", "木质伞柄"], ["有一根伞骨断了", "伞骨损坏"]], ["是酒店送的伞"]),
         "xray": (["CT片", "片子", "检查报告和片子"], ["CT片袋一个", "医院片袋（内有胶片）"], None, "白",
                  [["袋子上印着县人民医院", "县人民医院影像科片袋"], ["袋上写着病人名字", "片袋上写有姓名"]],
                  ["是我父亲的片子，下周要去乌鲁木齐复查"]),
         "doppa": (["花帽", "小花帽", "维吾尔族花帽"], ["花帽一顶", "民族帽一顶"], None, "绿",
                   [["绣着巴旦木花纹", "巴旦木图案刺绣"], ["帽檐有点旧", "帽檐磨损"]], ["是我爸戴了很多年的"]),
         "shawl": (["羊毛披肩", "头巾", "围巾"], ["披肩一条", "围巾一条", "头巾一条"], None, None,
                   [["带流苏", "有流苏"], ["印着花朵图案", "花朵图案"]], ["是在巴扎买的新的"]),
         "giftbox": (["葡萄干礼盒", "干果礼盒", "一箱葡萄干"], ["干果礼盒一盒", "葡萄干礼盒一个"], None, "红",
                     [["盒子上印着'沙枣泉瓜果节'", "礼盒印有瓜果节字样"], ["用塑料袋装着", "外套塑料袋"]],
                     ["准备带回老家的", "一共两斤装"]),
         "toy": (["玩具熊", "毛绒玩具", "小熊"], ["毛绒玩具一个", "玩具熊一只"], None, "棕",
                 [["脖子上系着蝴蝶结", "系蝴蝶结"], ["一只眼睛掉了", "缺一只眼睛"]], ["是我女儿睡觉要抱的"]),
         "crutch": (["拐杖", "手杖"], ["拐杖一根", "手杖一根"], None, "黑",
                    [["把手缠着布", "把手缠布"], ["底下橡胶头磨坏了", "橡胶头磨损"]], ["是我奶奶的"])}


def g_other(o, color=None, brand=None, sub=None, raw=None):
    s = sub or pick(sorted(OTHER))
    no, nf, b, c, vis, hid = OTHER[s]
    c = color or c or pick(["黑", "蓝", "红", "灰", "紫"])
    if brand and not b:
        b = None
    t = T("other", brand=brand or b, color=c, sub=s, noun_o=no, noun_f=nf, noun_en={
        "dombra": "dombra", "rawap": "rawap", "thermos": "thermos flask", "glasses": "glasses", "umbrella": "umbrella",
        "xray": "CT films", "doppa": "embroidered cap", "shawl": "shawl", "giftbox": "raisin gift box",
        "toy": "teddy bear", "crutch": "walking stick"}[s], unit="个")
    t["vis"] = sample(vis, R.choice([1, 2]))
    t["hid"] = sample(hid, R.choice([0, 1]))
    if s == "xray":
        t["vis"] = [[vis[0][0], vis[0][1]], ["袋上写着病人名字" + o["cn"], "片袋姓名%s" % o["cn"]]]
        t["holder"] = o
    return t


GEN = {"phone": g_phone, "id_doc": g_id, "wallet": g_wallet, "keys": g_keys, "ebike": g_ebike, "bicycle": g_bicycle,
       "bag": g_bag, "cash": g_cash, "jewelry": g_jewelry, "electronics": g_elec, "other": g_other}

# ----------------------------------------------------------------------------------------------
# time words
# ----------------------------------------------------------------------------------------------


def at(m):
    return BASE - datetime.timedelta(minutes=m)


def day_word(d, voice):
    dd = (BASE.date() - d.date()).days
    if voice == "tourist_en":
        return {0: "today", 1: "yesterday"}.get(dd, "Oct %d" % d.day if d.month == 10 else "Sep %d" % d.day)
    if dd == 0:
        return "今天"
    if dd == 1:
        return "昨天"
    if dd == 2 and chance(0.6):
        return "前天"
    if d.month == 10 and d.day <= 7 and chance(0.25):
        return "国庆第%s天" % "一二三四五六七"[d.day - 1]
    return pick(["%d月%d日" % (d.month, d.day), "%d月%d号" % (d.month, d.day), "%d号" % d.day])


def part_word(h):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


def clock(h, mi):
    h12 = h if h <= 12 else h - 12
    return "%d点%s" % (h12, pick(["", "多", "左右"]) if mi < 30 else pick(["半", "半左右", "多"]))


def when_owner(lf, lt, voice):
    a, b = at(lf), at(lt)
    if voice == "tourist_en":
        if lf - lt <= 240 or a.date() == b.date():
            return "%s around %d%s" % (day_word(a, voice), a.hour % 12 or 12, "am" if a.hour < 12 else "pm")
        return "between %s and %s" % (day_word(a, voice), day_word(b, voice))
    da = day_word(a, voice)
    pa, pb = part_word(a.hour), part_word(b.hour)
    if lf - lt <= 90:
        return da + pa + clock(a.hour, a.minute)
    if a.date() == b.date():
        if pa == pb:
            return pick([da + pa, da + pa + "%d点到%d点之间" % (a.hour % 12 or 12, b.hour % 12 or 12)])
        return pick([da + pa + "到" + pb, da + pa + "%d点到%s%d点之间" % (a.hour % 12 or 12, pb, b.hour % 12 or 12),
                     da + pa])
    db = day_word(b, voice)
    return pick(["%s%s到%s%s之间" % (da, pa, db, pb), "%s%s到%s" % (da, pa, db),
                 "不记得具体时间，大概是%s%s以后丢的" % (da, pa)])


def when_finder(fm, voice):
    d = at(fm)
    if voice == "tourist_en":
        return "%s around %d%s" % (day_word(d, voice), d.hour % 12 or 12, "am" if d.hour < 12 else "pm")
    return day_word(d, voice) + part_word(d.hour) + (clock(d.hour, d.minute) if chance(0.6) else "")


# ----------------------------------------------------------------------------------------------
# text helpers
# ----------------------------------------------------------------------------------------------
TYPO = [("的", "得"), ("在", "再"), ("手机", "手几"), ("身份证", "身分证"), ("钥匙", "钥是"), ("钱包", "钱宝"),
        ("已经", "以经"), ("联系", "连系"), ("谢谢", "谢了"), ("捡到", "检到"), ("颜色", "眼色"), ("丢了", "掉了"),
        ("候车", "侯车"), ("电动车", "电动cHe"), ("酬谢", "筹谢")]


def typo(s, n=1):
    opts = [(a, b) for a, b in TYPO if a in s]
    for a, b in sample(opts, n):
        s = s.replace(a, b, 1)
    return s


def clip(s, n):
    return s if len(s) <= n else s[:n]


def jitter(lat, lon, r):
    return round(lat + R.uniform(-r, r), 6), round(lon + R.uniform(-r, r) * 1.35, 6)


# ----------------------------------------------------------------------------------------------
# a lost report, in the owner's voice
# ----------------------------------------------------------------------------------------------

def owner_obj(t, voice):
    noun = pick(t["noun_o"])
    col = col_sp(t["color"], "owner", voice) if t["color"] and chance(0.8) else ""
    br = brand_sp(t["brand"], "owner", voice) if t["brand"] and chance(0.75) else ""
    md = model_sp(t["model"]) if t["model"] and br and chance(0.45) else ""
    if voice == "tourist_en":
        return " ".join(x for x in [col, br, md, t["noun_en"]] if x), col, br, md
    form = R.random()
    if form < 0.55:
        s = col + (br + " " if br and br[-1].isascii() else br) + (md + " " if md else "") + noun
    elif form < 0.8:
        s = noun + "（" + "，".join(x for x in [br and (br + "的"), md, col] if x) + "）" if (br or col) else noun
    else:
        s = "一%s%s%s" % (t.get("unit", "个"), col, noun) + ("，牌子是" + br if br else "") + (md and "，型号" + md or "")
    return s, col, br, md


def render_lost(L):
    t, o = L["t"], L["o"]
    v = o["voice"]
    thin = chance(0.14)
    objs, col, br, md = owner_obj(t, v)
    when = when_owner(L["lf"], L["lt"], v)
    # where
    if L["veh"]:
        vo = VEH[L["veh"]]
        where = pick(vo[0])
        addr = where.replace("上", "") if chance(0.5) else None
        ll = None
    else:
        pl = PLACES[L["pid"]]
        nm = pick(pl["names"])
        if v == "tourist_en":
            where = pl["en"]
        else:
            where = nm + pick(["", "", "附近", "门口", "里面", "那边"])
        addr = ("沙枣泉市" if chance(0.3) else "") + nm + pick(["", "附近", "一带"])
        ll = jitter(pl["lat"], pl["lon"], 0.003) if chance(0.5) else None
        if L.get("vague"):
            other = PLACES[pick(NEAR[L["pid"]])]
            where = "%s或者%s（记不清了）" % (nm, pick(other["names"]))
            if v == "tourist_en":
                where = "somewhere between %s and %s" % (pl["en"], other["en"])
            addr = None if chance(0.5) else addr
            ll = None
    # details
    det = []
    vis = sample(t["vis"], R.choice([0, 1, 1, 2, 2, 3]) if not thin else R.choice([0, 1]))
    for vv in vis:
        det.append(pick(vv[:-1] if len(vv) > 2 else vv[:1]))
    cont = sample(t["cont"], len(t["cont"]) if chance(0.6) else R.choice([0, 1]))
    if cont:
        det.append("里面有" + "、".join(c[0] for c in cont))
    hid = sample(t["hid"], R.choice([0, 1, 1, 2]) if not thin else R.choice([0, 1]))
    det += hid
    ser = None
    if t["serial_o"] and chance(t["p_serial_o"]):
        ser = t["serial_o"]()
    if ser and chance(0.55):
        det.append(("serial " if v == "tourist_en" else "") + ser)
    sep = "，" if chance(0.7) else "。"
    if v.startswith("picker"):
        sep = " "
    details = sep.join(det)
    name = name_var(o, "owner")
    # voice templates
    if v == "tourist_en":
        body = pick(["Lost my %s at %s, %s. %s. Please call me, 谢谢!",
                     "Hi, I lost my %s near %s (%s). %s. I am a tourist, staying at 胡杨酒店.",
                     "LOST: %s — %s — %s. %s. Reward offered."]) % (objs, where, when, details or "No other details")
        body += " " + name
    elif v.startswith("picker"):
        home = "河南" if v == "picker_henan" else "甘肃"
        body = pick(["俺是%s来拾花的 %s在%s把%s丢了 %s 急用 谢谢" % (home, when, where, objs, details),
                     "%s %s %s丢了%s %s 拾花工 %s" % (when, where, pick(["不小心", "", "下车时"]), objs, details, name),
                     "我们是%s过来摘棉花的，%s %s %s丢了 %s 有捡到的打电话%s" % (home, when, where, objs, details,
                                                                     o["phone"])])
        body = typo(body, R.choice([1, 2, 3]))
    elif v == "student":
        body = pick(["【寻物启事】本人是沙枣泉大学学生%s，于%s在%s不慎遗失%s。%s。如有拾到请联系%s，万分感谢！" % (
            name, when, where, objs, details, o["phone"]),
            "%s在%s丢了%s，%s，有捡到的同学或者老师麻烦联系我，谢谢🙏" % (when, where, objs, details),
            "求助！%s %s 丢失%s %s" % (when, where, objs, details)])
    elif v in ("uyghur", "kazakh"):
        body = pick(["我的%s丢掉了。%s，%s。%s。我是%s。" % (objs, when, where, details, name),
                     "%s我在%s，%s找不到了。%s。请帮忙找一下，谢谢。%s" % (when, where, objs, details, name),
                     "%s %s丢失%s%s，%s，联系人%s %s" % (when, where, objs, "" if "一" in objs else "一" + t.get("unit", "个"),
                                                      details, name, o["phone"])])
        if chance(0.3):
            body = body.replace("丢掉了", "丢了").replace("。。", "。")
    elif v == "hui":
        pray = L["pid"] == "oldtown"
        body = pick(["%s在%s做完礼拜出来发现%s不见了，%s。%s" % (when, where, objs, details, name) if pray else
                     "%s去%s办事，回来发现%s不见了，%s。%s" % (when, where, objs, details, name),
                     "本人%s，%s在%s遗失%s，%s。请拾到者与派出所联系。" % (name, when, where, objs, details),
                     "%s在%s丢了%s，%s，联系电话%s" % (when, where, objs, details, o["phone"])])
    elif v == "stall":
        body = pick(["我在夜市摆摊卖%s的，%s在%s收摊的时候发现%s不见了。%s。" % (
            pick(["烤包子", "酸奶粽子", "葡萄干", "羊肉串", "凉皮"]), when, where, objs, details),
            "摊主%s报失：%s，%s，%s。%s" % (name, when, where, objs, details)])
    elif v == "desk_call":
        body = pick(["来电报失：%s称%s在%s丢失%s。%s。回拨%s" % (name, when, where, objs, details, o["phone"]),
                     "报失。%s，%s，%s，%s。%s" % (name, objs, when, where, details),
                     "%s来所报称：%s在%s遗失%s，%s。" % (name, when, where, objs, details)])
    elif v == "tourist_cn":
        body = pick(["游客，来看瓜果节的。%s在%s把%s弄丢了，%s。明天就要坐高铁走了，麻烦帮忙留意，谢谢！" % (
            when, where, objs, details),
            "%s在%s丢失%s，%s。我是外地游客，住在胡杨酒店。%s" % (when, where, objs, details, name),
            "旅游的时候在%s丢了%s（%s），%s" % (where, objs, when, details)])
    else:
        body = pick(["本人%s于%s在%s不慎遗失%s，%s。望拾到者联系，必有酬谢。" % (name, when, where, objs, details),
                     "%s在%s把%s丢了，%s，有人捡到麻烦联系我%s。" % (when, where, objs, details, o["phone"]),
                     "%s，%s，丢了%s。%s。" % (when, where, objs, details),
                     "%s丢的，%s，%s。%s" % (where, when, objs, details)])
    if thin:
        body = pick(["%s丢了 %s %s" % (objs, where, when), "%s %s 丢%s" % (when, where, objs),
                     "丢%s，%s，%s" % (objs, where, when)])
        if v.startswith("picker") or chance(0.3):
            body = typo(body, 1)
        if v == "tourist_en":
            body = "lost %s, %s, %s" % (objs, where, when)
    body = body.replace("，，", "，").replace("。。", "。").replace("，。", "。").replace(" 。", "。").replace("  ", " ")
    rec = {"key": L["key"], "category": t["cat"], "body": clip(body, 600)}
    fill = 0.25 if (thin or v.startswith("picker")) else 0.6
    if col and chance(fill + 0.1):
        rec["color"] = clip(col, 60)
    elif t["color"] and chance(fill * 0.3):
        rec["color"] = col_sp(t["color"], "owner", v)
    if br and chance(fill + 0.05):
        rec["brand"] = clip(br, 60)
    if md and chance(fill):
        rec["model"] = clip(md, 60)
    if ser and chance(fill + 0.15):
        rec["serial"] = clip(ser, 60)
    mk = [x for x in det if x]
    if mk and chance(fill - 0.1):
        rec["marks"] = clip("；".join(sample(mk, R.randint(1, len(mk)))), 500)
    if addr and chance(fill + 0.15):
        rec["address"] = clip(addr, 60)
    if ll and chance(fill + 0.1):
        rec["lat"], rec["lon"] = ll
    rec["lost_from_min"] = L["lf"]
    rec["lost_to_min"] = L["lt"]
    rec["truth"] = None
    return rec


# ----------------------------------------------------------------------------------------------
# a found registration, in the finder's (or the desk's) voice
# ----------------------------------------------------------------------------------------------
FINDERS = {
    "hsr": ["station", "cleaner", "citizen", "desk"], "rail": ["station", "cleaner", "citizen", "desk"],
    "coach": ["driver", "station", "cleaner", "desk"], "bazaar": ["stall", "stall", "citizen", "tourist_en", "desk"],
    "oldtown": ["citizen", "stall", "desk"], "festival": ["volunteer", "citizen", "tourist_en", "desk"],
    "univ": ["student", "cleaner", "guard"], "hosp": ["guard", "guard", "cleaner", "desk"],
    "cotton": ["citizen", "desk", "guard"], "labor": ["citizen", "desk"], "walkst": ["citizen", "stall", "desk"],
    "mall": ["guard", "cleaner", "desk"], "park": ["citizen", "cleaner", "desk"], "farmers": ["stall", "citizen"],
    "wholesale": ["stall", "citizen"], "hotel": ["guard", "desk"], "netbar": ["guard", "desk"],
    "busdepot": ["driver", "desk"], "desk": ["driver", "desk"], "field1": ["citizen", "desk"],
    "field2": ["citizen", "desk"], "resort": ["guard", "tourist_en", "desk"]}
FINDER_WHO = {"station": ["南站客运值班员", "车站工作人员", "客运员", "火车站值班员"],
              "cleaner": ["保洁员", "保洁阿姨", "清洁工"], "citizen": ["市民", "路人", "群众"],
              "desk": [""], "driver": ["司机", "驾驶员", "公交司机"], "stall": ["摊主", "夜市摊主", "商户"],
              "volunteer": ["瓜果节志愿者", "志愿者"], "student": ["学生", "同学"], "guard": ["保安", "门卫", "值班保安"],
              "tourist_en": ["tourist"], "patrol": ["巡逻民警", "巡防队员", "辅警"],
              "property": ["物业", "小区物业", "商户"]}


def finder_obj(t, voice):
    c = t["color"]
    if t.get("case") and chance(0.35):
        c = t["case"]          # the finder sees the case, not the phone
    elif c and chance(0.08):
        c = pick(COL_CONFUSE[c])
    col = col_sp(c, "finder", voice) if c and chance(0.85) else ""
    br = brand_sp(t["brand"], "finder", voice) if t["brand"] and chance(0.7) else ""
    md = model_sp(t["model"]) if t["model"] and br and chance(0.3) else ""
    noun = pick(t["noun_f"])
    if voice == "tourist_en":
        words = [x for x in [col, br, md, t["noun_en"]] if x]
        art = "an" if words[0][0].lower() in "aeiou" else "a"
        return " ".join([art] + words), col, br, md
    if chance(0.6):
        s = col + (br + " " if br and br[-1].isascii() else br) + (md + " " if md else "") + noun
    else:
        s = noun + "，" + "，".join(x for x in [col, br and ("品牌" + br), md and ("型号" + md)] if x)
    return s, col, br, md


def render_found(F):
    t = F["t"]
    pl = PLACES[F["pid"]]
    kind = pick(FINDERS[F["pid"]])
    if F.get("veh"):
        kind = "driver" if F["veh"] not in ("train",) else "station"
    if t["cat"] in ("ebike", "bicycle") and t["sub"] != "battery":
        kind = pick(["patrol", "patrol", "guard", "citizen", "property", "desk"])
    who = pick(FINDER_WHO[kind])
    v = "tourist_en" if kind == "tourist_en" else "finder"
    objs, col, br, md = finder_obj(t, v)
    when = when_finder(F["fm"], v)
    spot = F["spot"]
    det = []
    for vv in sample(t["vis"], R.choice([0, 1, 1, 2, 2, 3])):
        det.append(vv[-1])
    if t["cont"] and chance(0.85):
        cs = [c[1] for c in t["cont"] if c[1]]
        if cs:
            det.append(("内有" if chance(0.6) else "里面有") + "、".join(cs))
    state = {"phone": ["已关机", "锁屏状态", "电量低", "有未接来电", "处于开机状态"],
             "electronics": ["已关机", "电量耗尽", ""]}.get(t["fcat"], [""])
    st = pick(state)
    if st:
        det.append(st)
    ser = None
    if t["serial_f"] and chance(t["p_serial_f"]):
        ser = t["serial_f"]()
        if ser and (chance(0.6) or t.get("force_serial")):
            if t["cat"] == "phone" and chance(0.5):
                det.append("拨*#06#查得IMEI " + ser.replace("IMEI:", ""))
            else:
                det.append(ser)
    details = pick(["，", "；", "。"]).join(det)
    terse = kind == "desk" or chance(0.2)
    if v == "tourist_en":
        body = "Found %s at %s, %s. %s. Handed it to the police desk." % (objs, pl["en"], when, details or "")
    elif terse:
        one = "" if "一" in objs else "一" + t.get("unit", "个")
        body = pick(["拾得%s%s。%s。%s，%s。" % (objs, one, details, when, spot),
                     "%s于%s拾得%s，%s。" % (who or "群众", spot, objs, details),
                     "%s %s %s %s" % (spot, when, objs, details),
                     "收到%s送交%s：%s，%s拾得于%s。" % (who or "群众", objs, details, when, spot)])
    elif kind == "patrol":
        body = pick(["%s在%s发现%s，停放多日无人认领，%s。%s" % (who, spot, objs, details, when),
                     "%s%s巡逻时发现%s停在%s，无人看管，%s。" % (who, when, objs, spot, details)])
    elif kind == "property":
        body = "%s报称：%s有%s长时间停放无人认领，%s。%s开始停放。" % (who, spot, objs, details, when)
    elif kind == "stall":
        body = pick(["我在%s摆摊，%s收摊的时候发现有客人落下%s，%s。等了好久没人来找，送到派出所。" % (
            spot, when, objs, details),
            "%s在%s捡到%s，%s，可能是买东西的客人落的。" % (when, spot, objs, details)])
    elif kind == "driver":
        body = pick(["%s%s收车清车时在%s发现乘客遗留的%s，%s。" % (who, when, spot, objs, details),
                     "驾驶员送交：%s，%s，车上发现，%s。" % (objs, details, when)])
    elif kind == "station":
        body = "%s在%s巡视时拾得%s，%s。%s。" % (who, spot, objs, details, when)
    elif kind == "guard":
        body = pick(["%s%s在%s拾得%s，%s，已登记交派出所。" % (who, when, spot, objs, details),
                     "%s送交：%s。%s。地点%s，时间%s。" % (who, objs, details, spot, when)])
    elif kind == "cleaner":
        body = "%s打扫卫生时在%s发现%s，%s。%s。" % (who, spot, objs, details, when)
    elif kind == "student":
        body = "%s在%s捡到%s，%s。%s。已交到派出所，失主请来认领。" % (when, spot, objs, details, who)
    elif kind == "volunteer":
        body = "%s在%s捡到%s，%s，时间%s。" % (who, spot, objs, details, when)
    else:
        fv = pick(["han", "uyghur", "kazakh", "hui"])
        fp = person(fv)
        body = pick(["我%s在%s路边捡到%s，%s，交给你们。%s" % (when, spot, objs, details, name_var(fp, "finder")),
                     "%s%s在%s捡到%s，%s。" % (who, name_var(fp, "finder"), spot, objs, details),
                     "%s捡到%s%s，%s，地点%s。" % (when, objs, "" if "一" in objs else "一" + t.get("unit", "个"),
                                              details, spot)])
    body = body.replace("，，", "，").replace("。。", "。").replace("，。", "。").replace("；。", "。").replace("。，", "。")
    rec = {"key": F["key"], "category": t["fcat"], "body": clip(body, 600)}
    fill = 0.7 if terse else 0.5
    if col and chance(fill + 0.1):
        rec["color"] = clip(col, 60)
    if br and chance(fill):
        rec["brand"] = clip(br, 60)
    if md and chance(fill):
        rec["model"] = clip(md, 60)
    if ser and (chance(fill + 0.2) or t.get("force_serial")):
        rec["serial"] = clip(ser, 60)
    mk = [x for x in det if x and x != st]
    if mk and chance(fill):
        rec["marks"] = clip("；".join(mk), 500)
    if chance(0.9):
        rec["address"] = clip(("沙枣泉市" if chance(0.3) else "") + spot, 60)
    if chance(0.6):
        rec["lat"], rec["lon"] = jitter(F["lat"], F["lon"], 0.0012)
    rec["found_at_min"] = F["fm"]
    if F.get("neg"):
        rec["negative"] = F["neg"]
    return rec


# ----------------------------------------------------------------------------------------------
# drawing the world
# ----------------------------------------------------------------------------------------------
CAT_MATCH = [("id_doc", 22), ("phone", 26), ("wallet", 18), ("keys", 12), ("ebike", 10), ("bicycle", 8), ("bag", 16),
             ("cash", 6), ("jewelry", 8), ("electronics", 14), ("other", 10)]
CAT_NULL = [("id_doc", 12), ("phone", 16), ("wallet", 12), ("keys", 8), ("ebike", 7), ("bicycle", 5), ("bag", 9),
            ("cash", 5), ("jewelry", 5), ("electronics", 7), ("other", 4)]
CROSS = [("electronics", "watch"), ("id_doc", "cardsleeve"), ("bag", "woven"), ("ebike", "battery")]

PLACE_BY_CAT = {
    "phone": ["bazaar", "hsr", "rail", "coach", "festival", "walkst", "oldtown", "univ", "hosp", "labor", "mall",
              "netbar", "@bus3", "@bus9", "@taxi", "@train", "@coach_lz", "@pickbus", "field1", "field2", "resort"],
    "id_doc": ["hsr", "rail", "coach", "hosp", "univ", "bazaar", "cotton", "labor", "mall", "hotel", "netbar",
               "@taxi", "@bus3", "@train", "festival"],
    "wallet": ["bazaar", "walkst", "oldtown", "mall", "farmers", "hsr", "rail", "hosp", "festival", "cotton",
               "@bus3", "@bus9", "@taxi", "wholesale"],
    "keys": ["univ", "park", "bazaar", "walkst", "mall", "hotel", "hosp", "farmers", "oldtown", "@bus3"],
    "ebike": ["univ", "hosp", "farmers", "bazaar", "walkst", "mall", "wholesale", "coach", "netbar", "labor"],
    "bicycle": ["univ", "univ", "park", "hsr", "walkst", "oldtown"],
    "bag": ["hsr", "rail", "coach", "univ", "festival", "hotel", "@train", "@coach_lz", "@taxi", "@pickbus",
            "bazaar", "hosp", "labor"],
    "cash": ["cotton", "wholesale", "bazaar", "farmers", "labor", "oldtown", "@taxi"],
    "jewelry": ["oldtown", "mall", "hosp", "festival", "park", "hotel", "bazaar", "walkst"],
    "electronics": ["univ", "hsr", "festival", "resort", "bazaar", "coach", "netbar", "@taxi", "@bus9", "park"],
    "other": ["oldtown", "festival", "hosp", "park", "bazaar", "hsr", "coach", "@taxi", "univ"]}
PLACE_BY_SUB = {"woven": ["rail", "labor", "@train", "@coach_lz", "@pickbus"], "battery": ["univ", "farmers", "hosp"],
                "cardsleeve": ["hsr", "bazaar", "rail"], "watch": ["park", "festival", "mall"]}
VOICE_BY_SUB = {"woven": "picker_henan", "passport": "tourist_en", "student": "student"}


def draw_owner(cat, sub):
    if sub in VOICE_BY_SUB:
        return person(VOICE_BY_SUB[sub])
    v = wpick(VOICES_OWNER)
    if sub in ("watch", "cardsleeve", "battery") and v == "tourist_en":
        v = "han"
    if cat == "cash" and v in ("student", "tourist_en"):
        v = pick(["kazakh", "picker_gansu", "han", "stall"])
    return person(v)


def draw_where(cat, sub, voice):
    opts = PLACE_BY_SUB.get(sub) or PLACE_BY_CAT[cat]
    if voice == "student" and chance(0.5) and "univ" in PLACE_BY_CAT[cat]:
        return "univ"
    if voice.startswith("picker") and chance(0.5):
        opts = [x for x in opts if x in ("rail", "labor", "cotton", "field1", "field2", "@train", "@coach_lz",
                                          "@pickbus", "coach", "bazaar")] or opts
    return pick(opts)


def draw_loss(where, cat, voice=""):
    hours = VEH[where[1:]][4] if where.startswith("@") else PLACES[where]["hours"]
    r = R.random()
    if r < 0.45:
        days = R.randint(0, 2)
    elif r < 0.85:
        days = R.randint(2, 8)
    elif r < 0.96:
        days = R.randint(8, 20)
    else:
        days = R.randint(20, 50)
    if voice.startswith("tourist") or voice == "stall":
        days = R.randint(0, 6)
    h0, h1 = hours
    hh = R.uniform(h0, h1 - 0.01)
    d = datetime.datetime(BASE.year, BASE.month, BASE.day) - datetime.timedelta(days=days) + datetime.timedelta(hours=hh)
    start = int((BASE - d).total_seconds() // 60)
    if start < 40:
        start = 40 + R.randint(0, 300)
    if cat in ("ebike", "bicycle"):
        width = pick([R.randint(60, 240), R.randint(300, 900), R.randint(600, 1500), R.randint(1440, 4320)])
    else:
        width = wpick([(R.randint(10, 120), 40), (R.randint(120, 480), 35), (R.randint(480, 1600), 18),
                       (R.randint(1600, 4400), 7)])
    lt = max(0, start - width)
    return start, lt


def draw_found_time(lf, lt, cat):
    actual = R.randint(lt, lf)
    if cat in ("ebike", "bicycle"):
        delay = wpick([(R.randint(60, 1440), 3), (R.randint(1440, 7 * 1440), 5), (R.randint(7 * 1440, 25 * 1440), 2)])
    else:
        delay = wpick([(R.randint(3, 180), 50), (R.randint(180, 1440), 30), (R.randint(1440, 4 * 1440), 15),
                       (R.randint(4 * 1440, 12 * 1440), 5)])
    fm = actual - delay
    if fm < 0:
        fm = R.randint(0, min(actual, 90))
    return fm


BIKE_SPOTS = ["门口非机动车停车区", "东侧路边", "附近小巷里", "停车棚", "对面人行道上", "后面的空地上"]


def bike_spot(pid):
    return pick(PLACES[pid]["names"][:2]) + pick(BIKE_SPOTS)


def found_spot(where, moved=False):
    """Where the finder registers it: the same place (another spot), a nearby place, or the depot."""
    if where.startswith("@"):
        veh = VEH[where[1:]]
        pid = veh[2]
        return pid, pick(veh[1]), where[1:]
    pid = where
    if moved or chance(0.12):
        pid = pick(NEAR[where])
    return pid, pick(PLACES[pid]["spots"]), None


def lost_record(cat, sub=None, owner=None):
    o = owner or draw_owner(cat, sub)
    t = GEN[cat](o, sub=sub)
    where = draw_where(cat, t["sub"] if t["sub"] in PLACE_BY_SUB else None, o["voice"])
    lf, lt = draw_loss(where, cat, o["voice"])
    L = dict(t=t, o=o, where=where, veh=where[1:] if where.startswith("@") else None,
             pid=None if where.startswith("@") else where, lf=lf, lt=lt, vague=chance(0.08))
    return L


def found_for(L, fm=None, t=None, neg=None, pid=None, spot=None, veh=None):
    if pid is None:
        pid, spot, veh = found_spot(L["where"], moved=(L["t"]["cat"] in ("wallet", "bag") and chance(0.15)))
    pl = PLACES[pid]
    if (t or L["t"])["cat"] in ("ebike", "bicycle") and (t or L["t"])["sub"] != "battery":
        spot, veh = bike_spot(pid), None
    return dict(t=t or L["t"], pid=pid, spot=spot, veh=veh, fm=fm if fm is not None else
                draw_found_time(L["lf"], L["lt"], L["t"]["cat"]), lat=pl["lat"], lon=pl["lon"], neg=neg)


def main(out):
    lost, found = [], []
    # 1. matched pairs (four of them filed under two categories)
    cats = []
    for c, n in CAT_MATCH:
        cats += [c] * n
    R.shuffle(cats)
    for cat, sub in CROSS:
        cats.remove(cat)
    plan = [(c, None) for c in cats] + list(CROSS)
    R.shuffle(plan)
    for cat, sub in plan:
        L = lost_record(cat, sub)
        F = found_for(L)
        L["F"] = F
        lost.append(L)
        found.append(F)
    # 2. lost reports whose object never turns up
    cats = []
    for c, n in CAT_NULL:
        cats += [c] * n
    R.shuffle(cats)
    nulls = []
    for cat in cats:
        L = lost_record(cat)
        L["F"] = None
        nulls.append(L)
    lost += nulls
    # 3. hard negatives, each drawn against one lost report (mostly the never-found ones)
    labels = ["same_category_colour"] * 32 + ["found_before_loss"] * 24 + ["same_brand_other_place"] * 24 + \
             ["similar_serial"] * 18 + ["same_place_other_object"] * 22
    assert len(labels) == N_NEG
    R.shuffle(labels)
    matched = [L for L in lost if L["F"]]
    negs = []
    for lab in labels:
        for _ in range(200):
            target = pick(nulls) if chance(0.6) else pick(matched)
            F = make_negative(target, lab)
            if F:
                break
        negs.append(F)
    found += negs
    # keys: shuffle the order so that nothing is read off the numbering
    R.shuffle(lost)
    R.shuffle(found)
    for i, L in enumerate(lost):
        L["key"] = "%s-L%04d" % (PFX, i + 1)
    for i, F in enumerate(found):
        F["key"] = "%s-F%04d" % (PFX, i + 1)
    lrecs = []
    for L in lost:
        rec = render_lost(L)
        rec["truth"] = L["F"]["key"] if L["F"] else None
        lrecs.append(rec)
    frecs = [render_found(F) for F in found]
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set131.py", "parts": {PART: {"found": frecs, "lost": lrecs}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")


SERIAL_CATS = ("phone", "id_doc", "ebike", "bicycle", "electronics", "wallet")


def make_negative(L, lab):
    t0 = L["t"]
    cat = t0["cat"]
    o = draw_owner(cat, t0["sub"] if t0["sub"] in ("student", "passport") else None)
    if t0.get("holder") and o["voice"] == t0["holder"]["voice"] and chance(0.5):
        o = person(t0["holder"]["voice"])
    where = L["where"]
    lf, lt = L["lf"], L["lt"]
    sub = t0["sub"] if t0["sub"] not in ("watch", "cardsleeve", "woven", "battery") else None
    if lab == "same_category_colour":
        if not t0["color"]:
            return None
        brands = [b for b in sorted(PHONE_MODELS) if b != t0["brand"]]
        t = GEN[cat](o, color=t0["color"], sub=sub if cat not in ("id_doc",) else None,
                     brand=None if not t0["brand"] else pick(brands) if cat in ("phone",) else None)
        if t["brand"] == t0["brand"] and t0["brand"] and cat == "phone":
            return None
        if t["color"] != t0["color"]:
            return None
        fm = draw_found_time(lf, lt, cat)
        pid, spot, veh = found_spot(where)
        return found_for(L, fm=fm, t=t, neg=lab, pid=pid, spot=spot, veh=veh)
    if lab == "found_before_loss":
        if lf + 200 > MAXMIN:
            return None
        t = GEN[cat](o, color=t0["color"], brand=t0["brand"], sub=sub)
        if t0.get("model") and t.get("model") is not None:
            t["model"] = t0["model"]
        fm = lf + R.randint(120, 6 * 1440)
        fm = min(fm, MAXMIN)
        pid, spot, veh = found_spot(where)
        return found_for(L, fm=fm, t=t, neg=lab, pid=pid, spot=spot, veh=veh)
    if lab == "same_brand_other_place":
        if not t0["brand"]:
            return None
        t = GEN[cat](o, brand=t0["brand"], sub=sub)
        if t["brand"] != t0["brand"]:
            return None
        home = L["pid"] or VEH[L["veh"]][2]
        farp = [p for p in sorted(PLACES) if p != home and p not in NEAR.get(home, []) and p != "desk"]
        pid = pick(farp)
        if lt > 2 * 1440 and chance(0.7):
            fm = R.randint(0, lt - 1440)
        else:
            fm = min(MAXMIN, lf + R.randint(1440, 6 * 1440))
        return found_for(L, fm=fm, t=t, neg=lab, pid=pid, spot=pick(PLACES[pid]["spots"]), veh=None)
    if lab == "similar_serial":
        raw = {k: v for k, v in sorted(t0["raw"].items()) if v}
        if not raw or cat not in SERIAL_CATS or not t0["serial_f"]:
            return None
        if cat == "wallet":
            raw = {"tail": raw.get("tail")}
        t = GEN[cat](o, color=t0["color"] if chance(0.5) else None, sub=sub, raw=raw)
        t["p_serial_f"] = 1.0
        t["force_serial"] = True
        fm = draw_found_time(lf, lt, cat)
        pid, spot, veh = found_spot(where)
        return found_for(L, fm=fm, t=t, neg=lab, pid=pid, spot=spot, veh=veh)
    if lab == "same_place_other_object":
        t = GEN[cat](o, sub=None)
        if t["color"] == t0["color"] and t["brand"] == t0["brand"]:
            return None
        fm = max(0, min(lf, R.randint(lt - 120, lf) if lt >= 120 else R.randint(0, lf)))
        pid, spot, veh = found_spot(where)
        return found_for(L, fm=fm, t=t, neg=lab, pid=pid, spot=spot, veh=veh)
    return None


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "set131.json"))
