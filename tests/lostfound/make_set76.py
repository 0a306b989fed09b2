#!/usr/bin/env python3
"""Writes tests/lostfound/set76.json: a blind labelled lost-and-found set for 柳河镇.

柳河镇 is an invented farming town on the north-east plain at harvest time (late September and
October).  Every object is first drawn as a hidden truth record; the owner's lost report and the
finder's registration are then written separately from it, each in its own voice and each knowing
only what that person would know.  Hard negatives are found items drawn next to a chosen lost
report (its "anchor") but honestly a different object.

Python 3 standard library only, one random.Random(SEED); output is identical on every run and
under any PYTHONHASHSEED.  Usage: python3 make_set76.py [output-path]
"""
import datetime
import json
import os
import sys
import random

SEED = 7676
PFX = "S76"
PART = "set76"
R = random.Random(SEED)
# The moment of registration: every *_min value counts minutes back from here.
T0 = datetime.datetime(2025, 10, 30, 20, 0)
MAXMIN = 172800


# ----------------------------------------------------------------------------- random helpers
def ch(seq):
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


def wch(pairs):
    tot = sum(w for _, w in pairs)
    r = R.random() * tot
    for item, w in pairs:
        r -= w
        if r < 0:
            return item
    return pairs[-1][0]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


USED = set()  # membership only, never iterated


def fresh(fn):
    while True:
        v = fn()
        if v not in USED:
            USED.add(v)
            return v


# ----------------------------------------------------------------------------- numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
REGIONS = ["230188", "230189", "230196", "230197"]  # invented county codes
REGIONS_MIGRANT = ["410799", "410899", "370899", "130699"]  # invented codes for the migrants' home counties


def id_check(b17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(b17, ID_W)) % 11]


def new_id(age, sex, migrant=False):
    def make():
        region = ch(REGIONS_MIGRANT if migrant else REGIONS)
        by = 2025 - age - (1 if p(0.3) else 0)
        birth = datetime.date(by, 1, 1) + datetime.timedelta(days=R.randrange(365))
        last = ch("13579") if sex == "男" else ch("02468")
        b17 = region + birth.strftime("%Y%m%d") + digits(2) + last
        return b17 + id_check(b17)
    return fresh(make)


def luhn(d14):
    s = 0
    for i, c in enumerate(d14):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def new_imei():
    def make():
        b = "86" + digits(12)
        return b + luhn(b)
    return fresh(make)


def new_phone():
    return fresh(lambda: "1" + ch("35789") + str(R.randrange(10)) + "****" + digits(4))


def new_tail():
    return fresh(lambda: digits(4))


def fmt_imei(v):
    return wch([
        (lambda: v, 4),
        (lambda: "IMEI:" + v, 2),
        (lambda: v[:4] + " " + v[4:8] + " " + v[8:12] + " " + v[12:], 2),
        (lambda: v[:2] + " " + v[2:8] + " " + v[8:14] + " " + v[14], 1),
        (lambda: v[:8] + "-" + v[8:14] + "-" + v[14], 1),
        (lambda: "串号" + v, 1.5),
        (lambda: "IMEI后六位" + v[-6:], 1),
    ])()


def fmt_id(v, side):
    if side == "own":
        opts = [(lambda: v, 4), (lambda: v[:6] + "********" + v[14:], 2), (lambda: "后四位" + v[-4:], 2),
                (lambda: v[:6] + " " + v[6:14] + " " + v[14:], 1), (lambda: v[:3] + "***********" + v[14:], 1),
                (lambda: v.lower(), 0.2)]
    else:
        opts = [(lambda: v, 5), (lambda: v[:6] + "********" + v[14:], 3), (lambda: v[:10] + "****" + v[14:], 1),
                (lambda: v[:6] + "-" + v[6:14] + "-" + v[14:], 1)]
    return wch(opts)()


CARD_PREFIX = ["6230", "6217", "6228", "6221"]


def fmt_card(prefix, tail, side):
    return wch([
        (lambda: "尾号" + tail, 4),
        (lambda: tail, 1.5 if side == "own" else 0.5),
        (lambda: prefix + "****" + tail, 2 if side == "fnd" else 1),
        (lambda: prefix + " **** **** " + tail, 1),
        (lambda: "卡号后四位" + tail, 2),
        (lambda: "**" + tail, 0.5),
    ])()


def spaced(v, k=4):
    return " ".join(v[i:i + k] for i in range(0, len(v), k))


# ----------------------------------------------------------------------------- the world
# Every place: spellings people use, coordinates, sub-spots, the hours it is busy.
P = {}


def place(key, names, lat, lon, spots=(), hours=(7, 18), town="柳河", finders=("villager",)):
    P[key] = dict(key=key, names=list(names), lat=lat, lon=lon, spots=list(spots), hours=hours,
                  town=town, finders=list(finders))


place("liangku", ["柳河粮库", "柳河镇粮库", "镇粮库", "粮库", "柳河收储库", "粮站", "收粮站", "粮库大院"],
      45.2938, 126.4192, ["磅房门口", "检斤处", "化验室门口", "卸粮口", "门卫室旁边", "结算大厅", "烘干塔底下",
                          "院里停车场", "开票窗口"], (5, 17), finders=("lk_guard", "lk_staff", "cleaner", "driver_f"))
place("liangku_road", ["粮库门口排队的道", "柳兴路粮库段", "粮库外边大道", "粮库东边排车的道边", "柳兴路"],
      45.2949, 126.4158, ["排队的车中间", "道边沟里", "路边", "拖拉机后头"], (3, 19),
      finders=("lk_guard", "villager", "patrol", "driver_f"))
place("gas", ["柳河加油站", "镇东加油站", "加油站", "东头加油站"], 45.2955, 126.4131,
      ["加油机旁边", "便利店里", "洗手间门口"], (6, 21), finders=("gas_staff",))
place("nongji", ["农机修理厂", "农机修配厂", "老刘家农机修理部", "农机大院", "农机维修部"], 45.3046, 126.3886,
      ["院里", "配件柜台", "车间地上", "门口"], (7, 18), finders=("repair",))
place("jishi", ["柳河大集", "集上", "柳河集贸市场", "农贸市场", "大集", "赶集那地方"], 45.3008, 126.4012,
      ["卖菜那趟", "卖衣服的摊子", "猪肉摊旁边", "卖种子化肥那块", "东头", "西头卖鸡鸭鹅那"], (6, 12),
      finders=("stall", "villager", "cleaner", "patrol"))
place("street", ["镇中心十字街", "十字街口", "老供销社门口", "镇里主道"], 45.3004, 126.4031,
      ["道边", "公交站牌底下", "路口"], (6, 21), finders=("villager", "patrol", "taxi"))
place("supermarket", ["万家福超市", "万家福", "超市", "万家福生活超市"], 45.3002, 126.4048,
      ["收银台", "存包柜", "门口", "购物车里"], (7, 21), finders=("shop",))
place("hospital", ["柳河镇医院", "镇医院", "柳河镇中心医院", "镇中心医院", "医院"], 45.2989, 126.4056,
      ["门诊大厅椅子上", "收费处", "住院部二楼", "药房窗口", "B超室门口", "厕所洗手池"], (7, 17),
      finders=("nurse", "cleaner", "guard"))
place("weishengyuan", ["柳河镇卫生院", "卫生院", "镇卫生院", "柳河卫生院", "老卫生院"], 45.3031, 126.4108,
      ["打针室", "挂号窗口", "走廊长椅", "院门口"], (7, 17), finders=("nurse", "cleaner"))
place("bianmin", ["镇政府便民服务大厅", "便民服务大厅", "便民大厅", "镇政务服务中心", "镇政府大厅", "政府一楼大厅"],
      45.3022, 126.4001, ["社保窗口", "补贴窗口", "复印机旁边", "等候区椅子", "填表台"], (8, 16),
      finders=("hall", "cleaner", "guard"))
place("xinyongshe", ["柳河农村信用社", "信用社", "农信社", "柳河信用社营业厅", "农村信用合作社"], 45.3016, 126.4021,
      ["柜台", "填单台", "排号机旁", "门口台阶", "等候椅"], (8, 16), finders=("xys", "guard", "cleaner"))
place("atm", ["信用社ATM机", "信用社门口取款机", "ATM", "取款机", "自助银行"], 45.3013, 126.4026,
      ["取款机上", "取款机旁边地上", "自助银行门口"], (6, 22), finders=("xys", "villager"))
place("bus", ["柳河客运站", "客运站", "汽车站", "长途汽车站", "柳河汽车客运站", "客运总站"], 45.2961, 126.3967,
      ["候车室", "售票窗口", "进站口", "客车上", "厕所门口", "行李架"], (5, 17),
      finders=("bus_staff", "bus_driver", "cleaner"))
place("school", ["柳河镇中学", "镇中学", "柳河中学", "中学", "镇一中"], 45.3063, 126.4074,
      ["操场", "校门口", "初二三班教室", "食堂", "自行车棚"], (6, 18), finders=("teacher", "guard"))
place("jinglaoyuan", ["柳河镇敬老院", "敬老院", "养老院", "镇养老院"], 45.3089, 126.3952,
      ["院里长椅", "活动室", "食堂", "大门口"], (7, 19), finders=("care",))
place("ktv", ["金麦穗KTV", "金麦穗ktv", "金麦穗歌厅", "KTV", "歌厅", "金麦穗量贩KTV"], 45.2997, 126.4038,
      ["包房", "前台", "走廊沙发", "卫生间"], (19, 26), finders=("ktv",))
place("bath", ["龙泉洗浴中心", "龙泉洗浴", "洗浴中心", "澡堂子", "龙泉浴池"], 45.2976, 126.4083,
      ["更衣柜", "休息大厅", "搓澡间", "前台"], (13, 24), finders=("bath",))
place("restaurant", ["老王家铁锅炖", "铁锅炖饭店", "老王铁锅炖", "镇里那家铁锅炖"], 45.2993, 126.3994,
      ["包间", "大厅桌子底下", "门口"], (10, 22), finders=("restaurant",))

VILLAGES = [
    ("dongxing", "东兴村", ["东兴村", "东兴屯", "东兴"], 45.3285, 126.3712),
    ("sanhe", "三合村", ["三合村", "三合屯", "三合"], 45.2746, 126.4368),
    ("yongsheng", "永胜村", ["永胜村", "永胜屯", "永胜"], 45.3176, 126.4528),
    ("kaoshan", "靠山屯", ["靠山屯", "靠山村", "靠山"], 45.3421, 126.4096),
    ("qianjin", "前进村", ["前进村", "前进屯", "前进"], 45.2618, 126.3797),
    ("shuangmiao", "双庙子村", ["双庙子村", "双庙子", "双庙"], 45.2893, 126.3561),
]
TOWN_C = (45.3008, 126.4030)
for vk, vname, valias, vlat, vlon in VILLAGES:
    place("vc_" + vk, [vname + "村委会", vname + "村部", valias[1] + "大队部", vname + "委会"], vlat, vlon,
          ["院里", "会议室", "门口"], (8, 17), finders=("official",))
    place("field_" + vk, [vname + "北边的苞米地", vname + "自家地里", valias[1] + "西头稻田地", vname + "豆地"],
          round(vlat + 0.0061, 4), round(vlon - 0.0079, 4), ["地头", "垄沟里", "机耕道上"], (6, 18),
          finders=("villager", "official"))
    place("road_" + vk, [vname + "到镇里的水泥路", "去" + valias[1] + "的道", valias[1] + "路口"],
          round((vlat + TOWN_C[0]) / 2, 4), round((vlon + TOWN_C[1]) / 2, 4), ["边上", "沟边", "桥头附近"], (5, 20),
          finders=("villager", "patrol"))
VKEYS = [v[0] for v in VILLAGES]
VNAME = {v[0]: v[1] for v in VILLAGES}

# invented neighbouring towns 15-30 km away, used only by the same_brand_far decoys
FAR_TOWNS = [("taiping", "太平岗镇", "太平岗", 45.4702, 126.4318),
             ("shuangyu", "双榆树镇", "双榆树", 45.2994, 126.7025),
             ("hongqi", "红旗堡镇", "红旗堡", 45.1608, 126.2511)]
FAR_KEYS = []
for tk, tname, tshort, tlat, tlon in FAR_TOWNS:
    for sub, names, dlat, dlon, fnd in [
        ("liangku", [tshort + "粮库", tname + "粮库", tshort + "收储库"], 0.002, 0.006, ("lk_guard", "lk_staff")),
        ("jishi", [tshort + "大集", tname + "集贸市场", tshort + "集上"], 0.0, 0.0, ("stall", "villager")),
        ("bus", [tshort + "客运站", tname + "汽车站", tshort + "车站"], -0.003, -0.004, ("bus_staff", "bus_driver")),
        ("weishengyuan", [tshort + "卫生院", tname + "卫生院"], 0.003, 0.002, ("nurse",)),
        ("xinyongshe", [tshort + "信用社", tname + "农村信用社"], 0.001, -0.002, ("xys",)),
        ("bath", [tshort + "浴池", tname + "洗浴"], -0.001, 0.003, ("bath",)),
    ]:
        place("far_%s_%s" % (tk, sub), names, round(tlat + dlat, 4), round(tlon + dlon, 4), P[sub]["spots"],
              P[sub]["hours"], town=tname, finders=fnd)
        FAR_KEYS.append("far_%s_%s" % (tk, sub))

NEAR = {
    "liangku": ["liangku_road", "gas"], "liangku_road": ["liangku", "gas"], "gas": ["liangku_road", "liangku"],
    "jishi": ["street", "xinyongshe", "supermarket"], "street": ["jishi", "supermarket", "ktv"],
    "xinyongshe": ["atm", "jishi", "bianmin"], "atm": ["xinyongshe", "street"],
    "bianmin": ["xinyongshe", "street", "restaurant"], "hospital": ["weishengyuan", "supermarket", "street"],
    "weishengyuan": ["hospital", "school"], "bus": ["street", "restaurant"], "school": ["weishengyuan", "street"],
    "jinglaoyuan": ["nongji", "street"], "ktv": ["bath", "street"], "bath": ["ktv", "hospital"],
    "restaurant": ["bianmin", "bus"], "supermarket": ["jishi", "hospital"], "nongji": ["jinglaoyuan", "bus"],
}
for vk in VKEYS:
    NEAR["vc_" + vk] = ["field_" + vk, "road_" + vk]
    NEAR["field_" + vk] = ["vc_" + vk, "road_" + vk]
    NEAR["road_" + vk] = ["vc_" + vk, "street"]

ACTS = {
    "liangku": ["排队卖苞米", "卖粮", "卸粮", "等着检斤", "开票结账", "送苞米", "卖黄豆"],
    "liangku_road": ["排队卖粮", "在车上等着进粮库", "排车等卸粮", "在道边排队"],
    "gas": ["加油", "加油", "加油买水"],
    "nongji": ["修四轮子", "修收割机", "配零件", "修拖拉机"],
    "jishi": ["赶集", "买菜", "卖鸡蛋", "买化肥", "逛集"],
    "street": ["等车", "溜达", "买东西", "办事"],
    "supermarket": ["买东西", "买菜", "买油"],
    "hospital": ["看病", "拿药", "陪老伴看病", "打点滴", "做检查"],
    "weishengyuan": ["打针", "拿药", "量血压", "看病"],
    "bianmin": ["办粮补", "交医保", "办低保", "开证明", "办社保", "领补贴"],
    "xinyongshe": ["存钱", "取钱", "存卖粮钱", "办卡", "取补贴"],
    "atm": ["取钱", "查余额", "取钱"],
    "bus": ["坐车", "等车", "接人", "送孩子上车"],
    "school": ["接孩子", "开家长会", "给孩子送饭", "上学"],
    "jinglaoyuan": ["看老人", "上班", "溜达"],
    "ktv": ["唱歌", "跟朋友唱歌", "喝酒唱歌"],
    "bath": ["洗澡", "泡澡", "搓澡"],
    "restaurant": ["吃饭", "喝酒", "请人吃饭"],
    "vc": ["开会", "领补贴", "办事", "交材料"],
    "field": ["掰苞米", "收苞米", "割豆子", "干活", "拉苞米"],
    "road": ["骑车", "开四轮子", "坐三轮", "走道"],
}


def acts(pk):
    if pk.startswith("vc_"):
        return ACTS["vc"]
    if pk.startswith("field_"):
        return ACTS["field"]
    if pk.startswith("road_"):
        return ACTS["road"]
    return ACTS[pk]


def pname(pk):
    return ch(P[pk]["names"])


def coord(pk, spread=0.0009, nd=None):
    pl = P[pk]
    lat = pl["lat"] + R.uniform(-spread, spread)
    lon = pl["lon"] + R.uniform(-spread, spread) * 1.4
    nd = nd or wch([(6, 5), (5, 3), (4, 2)])
    return round(lat, nd), round(lon, nd)


# ----------------------------------------------------------------------------- people
SURN = list("王李张刘赵孙于高姜马杨崔邵韩曲吕谷宫付修丛徐曹段邢鲍孔尹")
OLD_M = ["德生", "宝山", "长海", "福林", "国庆", "建军", "春生", "金财", "永贵", "树林", "广义", "振江", "凤山",
         "玉林", "洪波", "殿臣", "景春", "占武", "万福", "庆丰"]
OLD_F = ["淑芬", "桂兰", "凤芝", "秀英", "玉珍", "素琴", "桂芝", "春华", "丽华", "玉兰", "秀云", "淑珍", "凤琴",
         "金凤", "亚琴"]
MID_M = ["海军", "立国", "志刚", "宏伟", "大鹏", "春雷", "德福", "明亮", "金龙", "铁军", "海洋", "二柱"]
MID_F = ["丽娜", "红梅", "晓燕", "春艳", "海霞", "丽丽", "秀丽", "艳华", "晶晶"]
YNG_M = ["浩然", "子豪", "宇航", "一鸣", "俊杰", "天宇", "鑫", "博文", "泽宇"]
YNG_F = ["欣怡", "佳琪", "思雨", "梓涵", "雨桐", "可馨", "诗琪", "梦瑶"]


def new_person(lo, hi, sex=None, surname=None):
    age = R.randint(lo, hi)
    sex = sex or ch(["男", "女"])
    if age >= 52:
        g = ch(OLD_M if sex == "男" else OLD_F)
    elif age >= 24:
        g = ch(MID_M if sex == "男" else MID_F)
    else:
        g = ch(YNG_M if sex == "男" else YNG_F)
    return dict(name=(surname or ch(SURN)) + g, sex=sex, age=age, village=ch(VKEYS), phone=new_phone())


# ----------------------------------------------------------------------------- brands and colours
BR = {
    "华为": dict(zh=["华为"], en=["HUAWEI", "Huawei"], py=["huawei", "hua wei"], ty=["华伟", "化为"]),
    "荣耀": dict(zh=["荣耀"], en=["HONOR", "Honor"], py=["rongyao"], ty=["荣曜", "容耀"]),
    "小米": dict(zh=["小米", "红米"], en=["Xiaomi", "Redmi", "MI"], py=["xiaomi"], ty=["小咪"]),
    "OPPO": dict(zh=["欧珀"], en=["OPPO", "oppo", "Oppo"], py=["oupo"], ty=["OPP0", "opop"]),
    "vivo": dict(zh=["维沃"], en=["vivo", "VIVO", "Vivo"], py=["weiwo"], ty=["viv0", "vovi"]),
    "苹果": dict(zh=["苹果", "爱疯"], en=["iPhone", "Apple", "iphone"], py=["pingguo"], ty=["平果", "苹菓"]),
    "中兴": dict(zh=["中兴"], en=["ZTE", "zte"], py=["zhongxing"], ty=["中星"]),
    "金寿星": dict(zh=["金寿星"], en=["JINSHOUXING", "JSX"], py=["jinshouxing"], ty=["金受星", "金寿兴"]),
    "百岁通": dict(zh=["百岁通"], en=["BAISUITONG", "BST"], py=["baisuitong"], ty=["百岁同", "白岁通"]),
    "雅迪": dict(zh=["雅迪"], en=["Yadea", "YADEA"], py=["yadi"], ty=["亚迪", "雅笛"]),
    "爱玛": dict(zh=["爱玛"], en=["AIMA", "Aima"], py=["aima"], ty=["艾玛", "爱马"]),
    "台铃": dict(zh=["台铃"], en=["TAILG", "Tailg"], py=["tailing"], ty=["台玲", "台领"]),
    "绿源": dict(zh=["绿源"], en=["LUYUAN", "Luyuan"], py=["lvyuan"], ty=["绿园", "绿原"]),
    "新日": dict(zh=["新日"], en=["SUNRA", "Sunra"], py=["xinri"], ty=["新曰"]),
    "金彭": dict(zh=["金彭"], en=["JINPENG", "Jinpeng"], py=["jinpeng"], ty=["金鹏", "金朋"]),
    "宗申": dict(zh=["宗申"], en=["ZONGSHEN", "Zongshen"], py=["zongshen"], ty=["宗伸", "宗深"]),
    "永久": dict(zh=["永久"], en=["FOREVER", "Forever"], py=["yongjiu"], ty=["永九"]),
    "凤凰": dict(zh=["凤凰"], en=["PHOENIX", "Phoenix"], py=["fenghuang"], ty=["凤皇", "风凰"]),
    "捷安特": dict(zh=["捷安特"], en=["GIANT", "Giant"], py=["jieante"], ty=["捷安待", "杰安特"]),
    "飞鸽": dict(zh=["飞鸽"], en=["FLYING PIGEON"], py=["feige"], ty=["飞哥"]),
    "东方红": dict(zh=["东方红"], en=["DFH", "Dongfanghong"], py=["dongfanghong"], ty=["东方洪"]),
    "约翰迪尔": dict(zh=["约翰迪尔", "迪尔"], en=["John Deere", "JOHN DEERE"], py=["yuehandier"], ty=["约翰迪儿", "约汉迪尔"]),
    "雷沃": dict(zh=["雷沃"], en=["LOVOL", "Lovol"], py=["leiwo"], ty=["雷窝", "雷我"]),
    "解放": dict(zh=["解放", "一汽解放"], en=["FAW", "JIEFANG"], py=["jiefang"], ty=["解方"]),
    "东风": dict(zh=["东风"], en=["DONGFENG", "Dongfeng"], py=["dongfeng"], ty=["东丰"]),
    "福田": dict(zh=["福田"], en=["FOTON", "Foton"], py=["futian"], ty=["福天", "福甜"]),
    "五菱": dict(zh=["五菱"], en=["WULING", "Wuling"], py=["wuling"], ty=["五零", "五陵"]),
    "长城": dict(zh=["长城"], en=["GWM", "Great Wall"], py=["changcheng"], ty=["长成"]),
    "七匹狼": dict(zh=["七匹狼"], en=["SEPTWOLVES", "Septwolves"], py=["qipilang"], ty=["7匹狼", "七皮狼"]),
    "金利来": dict(zh=["金利来"], en=["Goldlion", "GOLDLION"], py=["jinlilai"], ty=["金利莱", "金力来"]),
    "皮尔卡丹": dict(zh=["皮尔卡丹"], en=["pierre cardin", "Pierre Cardin"], py=["pierkadan"], ty=["皮尔卡单", "皮尔卡旦"]),
    "耐克": dict(zh=["耐克"], en=["NIKE", "Nike"], py=["naike"], ty=["奈克", "耐可"]),
    "阿迪达斯": dict(zh=["阿迪达斯", "阿迪"], en=["adidas", "Adidas"], py=["adidasi"], ty=["阿迪大斯", "阿迪达思"]),
    "安踏": dict(zh=["安踏"], en=["ANTA", "Anta"], py=["anta"], ty=["安塔", "按踏"]),
    "骆驼": dict(zh=["骆驼"], en=["CAMEL", "Camel"], py=["luotuo"], ty=["络驼"]),
    "周大福": dict(zh=["周大福"], en=["Chow Tai Fook", "CTF"], py=["zhoudafu"], ty=["周大富", "周大幅"]),
    "老凤祥": dict(zh=["老凤祥"], en=["LAOFENGXIANG"], py=["laofengxiang"], ty=["老凤翔", "老风祥"]),
    "中国黄金": dict(zh=["中国黄金"], en=["China Gold", "CHINA GOLD"], py=["zhongguohuangjin"], ty=["中国皇金"]),
    "大疆": dict(zh=["大疆"], en=["DJI", "dji"], py=["dajiang"], ty=["大将", "大僵"]),
    "西门子": dict(zh=["西门子"], en=["Siemens", "SIEMENS"], py=["ximenzi"], ty=["西门字", "西们子"]),
    "峰力": dict(zh=["峰力"], en=["Phonak", "PHONAK"], py=["fengli"], ty=["丰力", "峰利"]),
    "小天才": dict(zh=["小天才"], en=["imoo", "IMOO"], py=["xiaotiancai"], ty=["小天材", "小天财"]),
    "先科": dict(zh=["先科"], en=["SAST", "sast"], py=["xianke"], ty=["先可", "仙科"]),
    "世达": dict(zh=["世达"], en=["SATA", "sata"], py=["shida"], ty=["世大", "仕达"]),
}


def brand_word(b, side, voice=""):
    a = BR[b]
    if voice == "pinyin":
        return ch(a["py"] + a["en"])
    if side == "own":
        k = wch([("zh", 7), ("en", 2), ("py", 0.5), ("ty", 0.8)])
    else:
        k = wch([("zh", 5), ("en", 4), ("py", 0.2), ("ty", 0.4)])
    return ch(a[k])


COL = {
    "黑": ["黑", "黑色", "深色", "哑光黑", "黑的", "亮黑色"],
    "白": ["白", "白色", "白的", "米白色", "乳白"],
    "红": ["红", "红色", "大红", "枣红色", "酒红色", "红的"],
    "蓝": ["蓝", "蓝色", "深蓝", "宝蓝色", "蓝的", "藏蓝"],
    "金": ["金", "金色", "土豪金", "香槟金", "金黄色"],
    "银": ["银", "银色", "银白色", "银灰色"],
    "灰": ["灰", "灰色", "深灰", "浅灰色"],
    "绿": ["绿", "绿色", "军绿色", "墨绿", "翠绿"],
    "棕": ["棕", "棕色", "咖啡色", "褐色", "驼色"],
    "粉": ["粉", "粉色", "粉红色", "粉的"],
    "紫": ["紫", "紫色", "淡紫色"],
    "黄": ["黄", "黄色", "土黄色"],
    "肤": ["肤色", "米色", "皮肤色"],
}
# what another person may honestly call the same colour
COL_SHIFT = {"黑": ["深灰", "深蓝", "墨色"], "蓝": ["藏青色", "深色"], "白": ["米色", "灰白"], "银": ["灰色", "白色"],
             "金": ["黄色", "香槟色"], "棕": ["黄色", "土黄"], "灰": ["银色", "深色"], "红": ["酒红", "粉红"],
             "绿": ["墨绿", "深绿"], "粉": ["红色", "浅粉"], "紫": ["粉紫"], "黄": ["金色"], "肤": ["米白"]}


def col_word(c):
    return ch(COL[c])


def col_adj(c):
    w = col_word(c)
    if len(w) == 1:
        return w + ch(["色", "色的", "的", ""])
    if w.endswith("的"):
        return w
    return w + ch(["", "的"])


# ----------------------------------------------------------------------------- objects
# A fact is (own-variants, finder-variants, finder-notice-probability).  Empty own-variants: only the
# finder can say it.  Empty finder-variants: only the owner knows it.
def F(own, fnd, fp=0.6):
    return (list(own), list(fnd), fp)


def new_obj(cat, kind):
    return dict(cat=cat, fcat=cat, kind=kind, own_kind=[], fnd_kind=[], measure="一个", color=None, c_own=0.85,
                c_fnd=0.9, brand=None, b_own=0.6, b_fnd=0.6, model=None, m_own=0.3, m_fnd=0.15, serials=[],
                facts=[], holder=None, amount=None, region="")


PH_MODELS = {"华为": ["畅享 Z7", "nova Y8", "麦芒 K5"], "荣耀": ["X52活力版", "Play 9C", "畅玩 50T"],
             "小米": ["Redmi 15R", "Redmi Note 14E", "Redmi K70s"], "OPPO": ["A96s", "K13青春版", "A3x Lite"],
             "vivo": ["Y88t", "S16轻享", "Y37e"], "苹果": ["iPhone 12S", "iPhone 14E", "iPhone 13 Lite"],
             "中兴": ["远航 L7", "守护者 20"], "金寿星": ["JSX-F8", "JSX-K99", "S6大字版"], "百岁通": ["BST-606", "BST-V3"]}
RELS = ["儿子", "老儿子", "大儿子", "闺女", "老闺女", "大姑娘", "老伴", "孙子", "二小子"]
WALLP = [("俺孙子的照片", "一小孩照片"), ("全家福", "多人合影照片"), ("荷花", "荷花图片"), ("一大片苞米地", "田地风景图"),
         ("俺跟老伴的合照", "两位老人合影"), ("俺家大黄狗", "一只黄狗的照片"), ("孙女穿红衣服的照片", "小女孩照片")]


def mk_phone(kind=None, brand=None, color=None, model=None):
    kind = kind or wch([("old", 45), ("smart", 55)])
    o = new_obj("phone", kind)
    o["measure"] = ch(["一部", "一个", "一台"])
    if kind == "old":
        o["brand"] = brand or wch([("金寿星", 4), ("百岁通", 3), ("中兴", 2)])
        o["color"] = color or wch([("黑", 4), ("红", 3), ("金", 2), ("蓝", 1.5), ("灰", 1)])
        o["own_kind"] = ["老人机", "老年机", "手机", "按键手机", "大字手机"]
        o["fnd_kind"] = ["老人机", "老年手机", "按键手机", "手机"]
        o["b_own"], o["b_fnd"], o["m_own"], o["m_fnd"] = 0.55, 0.6, 0.25, 0.45
    else:
        o["brand"] = brand or wch([("华为", 5), ("荣耀", 2), ("小米", 3), ("OPPO", 3), ("vivo", 3), ("苹果", 2)])
        o["color"] = color or wch([("黑", 5), ("白", 2), ("蓝", 2), ("绿", 1), ("紫", 1), ("金", 1), ("银", 1)])
        o["own_kind"] = ["手机", "智能手机", "手机", "电话"]
        o["fnd_kind"] = ["手机", "智能手机", "触屏手机"]
        o["b_own"], o["b_fnd"], o["m_own"], o["m_fnd"] = 0.8, 0.7, 0.45, 0.15
    o["model"] = model or ch(PH_MODELS[o["brand"]])
    imei = new_imei()
    o["serials"].append(("imei", imei, 0.3 if kind == "smart" else 0.2, 0.15 if kind == "smart" else 0.35))
    facts = []
    if kind == "smart" and p(0.75):
        facts.append(ch([
            F(["套着透明壳", "透明手机壳"], ["带透明保护壳", "透明软壳"]),
            F(["带个黑皮套，翻盖的", "黑色翻盖皮套"], ["外有黑色翻盖皮套", "黑色皮套（翻盖）"], 0.9),
            F(["粉色硅胶壳", "套个粉壳"], ["粉色硅胶保护壳", "粉色手机壳"], 0.9),
            F(["蓝色手机壳，后面印个小熊", "壳上印着小熊"], ["蓝色卡通小熊手机壳", "手机壳印小熊图案"], 0.9),
            F(["壳后面有个指环扣", "带指环支架"], ["背面有指环扣", "手机壳带金属指环"], 0.8),
            F(["红色的壳，上面有个福字", "红壳印福字"], ["红色“福”字手机壳", "红色保护壳，有福字"], 0.9),
            F(["磨砂黑壳", "黑色磨砂壳"], ["黑色磨砂保护壳", "黑壳"], 0.8),
        ]))
    if kind == "old" and p(0.4):
        facts.append(ch([F(["套个黑色皮套"], ["有黑色皮套"], 0.9), F(["挂着根红绳"], ["挂有红色挂绳", "拴着红绳"], 0.9),
                         F(["挂着个小葫芦"], ["挂小葫芦挂件"], 0.9)]))
    if p(0.3):
        facts.append(ch([F(["屏幕右上角摔裂了", "右上角屏碎了"], ["屏幕右上角有裂痕", "右上角碎屏"], 0.9),
                         F(["屏幕左下角裂了", "屏左下碎了一块"], ["屏幕左下角破损", "左下角有裂纹"], 0.9),
                         F(["屏幕摔得全是裂纹", "屏碎得跟蜘蛛网似的"], ["屏幕碎裂严重", "满屏裂纹"], 0.95),
                         F(["后盖掉漆了", "后壳磕掉块漆"], ["后壳有磨损掉漆", "背面掉漆"], 0.6)]))
    if p(0.45 if kind == "old" else 0.15):
        num = new_phone()
        rel = ch(RELS)
        facts.append(F(["后盖贴着胶布，写着俺%s电话%s" % (rel, num), "后面胶布上写着%s的电话%s" % (rel, num)],
                       ["背面贴白胶布写有电话%s" % num, "后壳胶布上写着%s" % num, "背后贴纸写“%s %s”" % (rel, num)], 0.95))
    if p(0.2):
        no = str(R.randint(12, 260))
        facts.append(ch([F(["壳里夹着50块钱"], ["手机壳内夹现金50元", "壳里有50元钱"], 0.8),
                         F(["壳里夹着粮库排号的小条，%s号" % no], ["壳内夹有粮库排号条一张（%s号）" % no], 0.8),
                         F(["壳里夹着俺身份证复印件"], ["壳内夹身份证复印件一张"], 0.8)]))
    wp = ch(WALLP)
    facts.append(F(["屏保是%s" % wp[0], "锁屏是%s" % wp[0]], ["锁屏壁纸为%s" % wp[1], "开机屏幕显示%s" % wp[1]], 0.35))
    facts.append(F([ch(["密码是俺生日", "有密码，六位的", "没设密码", "手机里有俺家卖粮的账", "微信里有钱",
                        "里面装的移动卡", "两张卡，一张移动一张联通", "相册里全是孙子照片"])], []))
    facts.append(F([], [ch(["已关机", "电量不足", "屏幕锁定", "已没电关机", "开机状态"])], 0.7))
    if p(0.3):
        lab = ch(["儿子", "老闺女", "大姐", "老伴", "李会计", "二哥", "媳妇"])
        facts.append(F(["俺%s一直给打电话" % lab.replace("老伴", "老伴儿")], ["期间有来电，显示“%s”" % lab], 0.6))
    o["facts"] = facts
    return o


DOC_KINDS = [("身份证", 50), ("户口本", 8), ("驾驶证", 8), ("社保卡", 10), ("学生证", 5), ("残疾证", 4),
             ("老年证", 6), ("行驶证", 4), ("土地承包证", 3)]


def mk_doc(kind=None, holder=None, color=None):
    kind = kind or wch(DOC_KINDS)
    o = new_obj("id_doc", kind)
    o["measure"] = "一本" if kind in ("户口本", "残疾证", "老年证", "土地承包证", "驾驶证", "行驶证") else "一张"
    o["holder"] = holder
    h = holder
    o["c_own"], o["c_fnd"] = 0.2, 0.3
    kw = {"身份证": (["身份证", "身份证", "二代身份证", "身份证件"], ["身份证", "居民身份证", "二代身份证"]),
          "户口本": (["户口本", "户口簿", "户口本"], ["户口簿", "户口本", "居民户口簿"]),
          "驾驶证": (["驾驶证", "驾照", "本子（驾驶证）"], ["机动车驾驶证", "驾驶证", "驾驶证"]),
          "社保卡": (["社保卡", "医保卡", "社会保障卡"], ["社会保障卡", "社保卡", "医保卡"]),
          "学生证": (["学生证", "学生卡"], ["学生证", "学生证件"]),
          "残疾证": (["残疾证", "残疾人证"], ["残疾人证", "残疾证"]),
          "老年证": (["老年证", "老年优待证", "老人证"], ["老年人优待证", "老年证"]),
          "行驶证": (["行驶证", "车本（行驶证）"], ["机动车行驶证", "行驶证"]),
          "土地承包证": (["土地承包证", "土地证", "承包经营权证"], ["农村土地承包经营权证", "土地承包证"])}[kind]
    o["own_kind"], o["fnd_kind"] = kw
    o["color"] = color or {"身份证": None, "户口本": ch(["红", "棕"]), "驾驶证": ch(["黑", "棕"]),
                           "社保卡": ch(["蓝", "绿"]), "学生证": ch(["红", "蓝"]), "残疾证": "红",
                           "老年证": ch(["红", "绿"]), "行驶证": "黑", "土地承包证": ch(["红", "绿"])}[kind]
    facts = []
    vname = VNAME[h["village"]]
    if kind in ("身份证", "驾驶证", "社保卡", "残疾证", "老年证"):
        idn = h.get("id") or new_id(h["age"], h["sex"], h.get("migrant", False))
        h["id"] = idn
        if kind == "残疾证":
            o["serials"].append(("idn", idn, 0.5, 0.8))
        else:
            o["serials"].append(("idn", idn, 0.55, 0.85))
        if kind == "社保卡":
            tail = new_tail()
            o["serials"].append(("card", ("6217", tail), 0.15, 0.3))
    if kind == "身份证":
        if h.get("migrant"):
            addr = ch(["河南省某县", "山东省某县", "河北省某县"])
            facts.append(F(["身份证是老家的"], ["住址为外省（%s）" % addr], 0.5))
        else:
            facts.append(F(["住址写的%s" % vname], ["住址：柳河镇%s" % vname, "住址为%s" % vname], 0.6))
        if p(0.35):
            facts.append(ch([F(["装在透明卡套里"], ["装在透明卡套内"], 0.9),
                             F(["套着个信用社送的卡套"], ["卡套上印有“农村信用社”字样"], 0.9),
                             F(["卡套是红色的"], ["红色卡套"], 0.9)]))
        if p(0.3):
            facts.append(F(["照片上%s" % ("戴着眼镜" if p(0.5) else "还是年轻时候的样")],
                           ["照片为%s" % ("戴眼镜者" if p(0.5) else "一%s性" % h["sex"])], 0.5))
        if p(0.2):
            facts.append(F(["身份证有效期今年就到了"], ["证件有效期至2025年"], 0.4))
    elif kind == "户口本":
        hh = h.get("head") or h["name"]
        hno = digits(6)
        o["serials"].append(("hukou", hno, 0.1, 0.5))
        facts.append(F(["户主%s" % hh, "户主是%s" % hh], ["户主：%s" % hh, "户主姓名%s" % hh], 0.95))
        facts.append(F(["俺家%d口人" % R.randint(2, 6)], [], 0))
        facts.append(F(["住址%s" % vname], ["住址柳河镇%s" % vname], 0.7))
        if p(0.4):
            facts.append(F(["装在个塑料袋里", "套着塑料皮"], ["外有透明塑料袋", "带塑料封皮"], 0.9))
    elif kind == "驾驶证":
        facts.append(F(["准驾车型%s" % ch(["B2", "A2", "C1"])], [], 0.5))
        facts.append(F(["夹在黑皮套里"], ["有黑色皮套"], 0.8))
    elif kind == "社保卡":
        facts.append(F(["信用社办的社保卡"], ["农村信用社社保卡"], 0.7))
    elif kind == "学生证":
        sno = "2023" + digits(4)
        o["serials"].append(("sno", sno, 0.6, 0.9))
        facts.append(F(["初%s的" % ch("一二三")], ["柳河镇中学学生证"], 0.9))
    elif kind == "老年证":
        facts.append(F(["坐客车用的"], ["老年人免费乘车证"], 0.4))
    elif kind == "行驶证":
        plate = "黑" + ch("LMRA") + ch("0123456789") + ch("ABCDHKQ") + digits(3)
        o["serials"].append(("plate", plate, 0.6, 0.9))
        facts.append(F(["是俺家货车的"], ["车辆类型：重型仓栅式货车"], 0.6))
    elif kind == "土地承包证":
        no = "2301" + digits(8)
        o["serials"].append(("landno", no, 0.25, 0.7))
        facts.append(F(["承包方代表%s" % h["name"]], ["承包方代表：%s" % h["name"]], 0.9))
        facts.append(F(["里头一共%s亩地" % ch(["十二", "十五", "二十三", "八", "三十"])], [], 0))
    o["facts"] = facts
    return o


def amount_words(a):
    wan, rest = divmod(a, 10000)
    qian, rest = divmod(rest, 1000)
    bai = rest // 100
    num = "零一二三四五六七八九"

    def n(d, lead):
        return "两" if d == 2 and lead else num[d]
    s = ""
    if wan:
        s += n(wan, True) + "万"
    if qian:
        s += n(qian, not wan) + "千"
    elif wan and bai:
        s += "零"
    if bai:
        s += num[bai] if qian else n(bai, not wan) + "百"
    if wan and qian and not bai:
        s = s[:-1]
    return s


def amount_own(a):
    s = wch([("exact", 4), ("words", 3 if a % 100 == 0 else 0), ("approx", 3)])
    if s == "exact":
        return ch(["%d元" % a, "%d块钱" % a, "%d元整" % a, "%d块" % a])
    if s == "words":
        w = amount_words(a)
        return w + (ch(["块钱", "元", ""]) if w[-1] in "万千百" else "")
    r = a // 1000 * 1000 if a >= 10000 else a // 100 * 100
    if a >= 10000:
        return ch(["%d多" % r, "%s多块钱" % amount_words(r), "差不多%d" % a, "%d左右" % (round(a, -3))])
    return ch(["%d多块" % r, "大概%d" % a, "%s来块钱" % amount_words(r)])


CASH_CONT = [("信用社的牛皮纸信封", "印有“柳河农村信用社”的牛皮纸信封", "棕"), ("白信封", "白色信封", "白"),
             ("红塑料袋", "红色塑料袋", "红"), ("黑塑料袋", "黑色塑料袋", "黑"), ("粮库结算单包着", "用粮库结算单包着", "白"),
             ("旧报纸包着", "用旧报纸包裹", "灰"), ("花手绢包着", "用花手绢包着", "红"), ("蓝布兜子", "蓝色小布袋", "蓝")]


def mk_cash(amount=None, cont=None, color=None, kind=None):
    o = new_obj("cash", "cash")
    if cont is None and color is not None:
        same = [c for c in CASH_CONT if c[2] == color]
        cont = ch(same) if same else None
    o["measure"] = ""
    grain = p(0.6)
    a = amount or (R.randint(40, 380) * 100 if grain else R.randint(8, 49) * 100)
    o["amount"] = a
    c = cont or ch(CASH_CONT)
    o["cont"] = c
    o["color"] = c[2]
    o["c_own"], o["c_fnd"] = 0.5, 0.5
    o["own_kind"] = ["钱", "现金", "卖粮钱", "一沓钱"] if grain else ["钱", "现金", "一沓钱"]
    o["fnd_kind"] = ["现金", "人民币", "现金"]
    facts = [F(["装在%s里" % c[0] if not c[0].endswith("着") else c[0], "拿%s装着" % c[0] if not c[0].endswith("着") else c[0]],
               ["现金%s" % c[1] if c[1].startswith("用") else "装于%s内" % c[1]], 0.95)]
    if a >= 5000 and p(0.5):
        facts.append(F(["都是一百的", "一百块一张的，拿皮筋扎着"], ["均为百元面额", "百元钞，皮筋捆扎"], 0.9))
    if a >= 10000 and p(0.3):
        facts.append(F(["有一捆是带信用社封条的"], ["其中一万元带银行封条"], 0.9))
    if p(0.35):
        w = ch(["卖粮款", "苞米钱", VNAME[ch(VKEYS)][:2] + "老" + ch(SURN), "交地租", "给孩子的学费"])
        on = "信封上" if "信封" in c[0] else ch(["外头", "上面"])
        facts.append(F(["%s写着“%s”" % (on, w), "%s写着%s仨字" % (on, w) if len(w) == 3 else "%s写着“%s”" % (on, w)],
                       ["外面写有“%s”字样" % w, "上写“%s”" % w], 0.9))
    if grain and p(0.4):
        js = "JS" + "2025" + digits(6)
        o["serials"].append(("jsd", js, 0.3, 0.8))
        facts.append(F(["里头还夹着粮库的结算单"], ["内夹粮库结算单一张"], 0.9))
    facts.append(F([ch(["是今年的苞米钱", "刚从信用社取的", "俺卖了%s斤苞米的钱" % ch(["两万多", "四万来", "一万八", "三万"]),
                        "准备给孩子交学费的", "要还化肥钱的", "给老伴看病的钱"])], []))
    o["facts"] = facts
    return o


def mk_wallet(kind=None, brand=None, color=None, holder=None):
    kind = kind or wch([("men", 5), ("women", 3), ("coin", 2), ("clutch", 1.5)])
    o = new_obj("wallet", kind)
    if kind == "men":
        o["own_kind"], o["fnd_kind"] = ["钱包", "皮夹子", "钱夹", "钱包"], ["男士钱包", "皮夹", "钱包"]
        o["color"] = color or wch([("黑", 6), ("棕", 4)])
        o["brand"] = brand or (wch([("七匹狼", 3), ("金利来", 2), ("皮尔卡丹", 2)]) if p(0.6) else None)
    elif kind == "women":
        o["own_kind"], o["fnd_kind"] = ["钱包", "长款钱包", "女式钱包"], ["女士长款钱包", "女式钱包", "钱包"]
        o["color"] = color or wch([("红", 4), ("粉", 2), ("棕", 2), ("黑", 2), ("紫", 1)])
        o["brand"] = brand or (wch([("皮尔卡丹", 2), ("金利来", 1)]) if p(0.4) else None)
    elif kind == "coin":
        o["own_kind"], o["fnd_kind"] = ["零钱包", "小钱包", "布钱包"], ["零钱包", "小布包（零钱包）", "钱包"]
        o["color"] = color or wch([("红", 3), ("蓝", 2), ("绿", 1), ("黑", 1)])
        o["brand"] = None
        o["measure"] = "一个"
    else:
        o["own_kind"], o["fnd_kind"] = ["手包", "手拿包", "夹包"], ["男士手拿包", "手包", "手包"]
        o["color"] = color or wch([("黑", 6), ("棕", 2)])
        o["brand"] = brand or (wch([("七匹狼", 2), ("金利来", 1)]) if p(0.6) else None)
    o["b_own"], o["b_fnd"] = 0.6, 0.7
    facts = []
    if kind != "coin" and p(0.4):
        facts.append(ch([F(["边上磨破了", "边都磨白了"], ["边角磨损", "四边磨损发白"], 0.8),
                         F(["拉链坏了"], ["拉链损坏"], 0.8), F(["扣子是磁铁的"], ["磁扣"], 0.5),
                         F(["上面有个小划口子"], ["表面有划痕"], 0.6)]))
    if kind == "coin":
        facts.append(ch([F(["上面绣着花", "绣花的"], ["绣花图案"], 0.9), F(["拉链上拴着红绳"], ["拉链挂红绳"], 0.9),
                         F(["布的，上面有小碎花"], ["碎花布面"], 0.9)]))
    a = R.randint(3, 60) * 100 + ch([0, 0, 50, 20, 70]) if kind != "coin" else R.randint(2, 30) * 50
    o["amount"] = a
    facts.append(F(["里头有%s" % amount_own(a), "钱包里%s现金" % amount_own(a)],
                   ["内有现金%d元" % a, "现金%d元" % a, "有人民币%d元" % a], 0.9))
    h = holder
    if h and p(0.75):
        idn = h.get("id") or new_id(h["age"], h["sex"], h.get("migrant", False))
        h["id"] = idn
        o["holder"] = h
        o["serials"].append(("idn", idn, 0.35, 0.75))
        facts.append(F(["身份证也在里头", "有俺身份证"], ["内有%s的身份证" % h["name"], "身份证一张（%s）" % h["name"]], 0.95))
    if p(0.6):
        tail = new_tail()
        pre = ch(CARD_PREFIX)
        o["serials"].append(("card", (pre, tail), 0.4, 0.6))
        facts.append(F(["还有张信用社的卡", "有两张银行卡"], ["银行卡%s张" % ch(["一", "两"]), "农信社银行卡一张"], 0.9))
    extra = [F(["有张孙子的照片", "夹着孙子一寸照"], ["夹有小孩一寸照片", "小孩照片一张"], 0.7),
             F(["有粮库结算单"], ["粮库结算单一张"], 0.8), F(["有张药方子"], ["卫生院处方一张"], 0.6),
             F(["夹着几张彩票"], ["彩票数张"], 0.6), F(["还有医保卡"], ["医保卡一张"], 0.8),
             F(["有张存粮的条子"], ["手写欠条/收条一张"], 0.5), F(["还有把小钥匙"], ["内有钥匙一把"], 0.8)]
    R.shuffle(extra)
    facts += extra[:R.randint(0, 2)]
    o["facts"] = facts
    return o


KEY_KINDS = {
    "tractor": (["四轮子钥匙", "拖拉机钥匙", "车钥匙"], ["拖拉机钥匙", "车钥匙"], ["东方红", "约翰迪尔", "雷沃"]),
    "combine": (["收割机钥匙", "大机器钥匙", "收割机的钥匙"], ["收割机钥匙", "农机钥匙"], ["雷沃", "约翰迪尔"]),
    "truck": (["货车钥匙", "大车钥匙", "车钥匙"], ["货车钥匙", "汽车钥匙"], ["解放", "东风", "福田"]),
    "tricycle": (["三轮子钥匙", "三轮车钥匙"], ["三轮车钥匙", "电动三轮钥匙"], ["金彭", "宗申"]),
    "car": (["车钥匙", "汽车遥控钥匙", "小车钥匙"], ["汽车遥控钥匙", "车钥匙"], ["五菱", "长城"]),
    "house": (["钥匙", "家门钥匙", "家里钥匙"], ["钥匙", "钥匙串"], []),
    "ebike": (["电动车钥匙", "电瓶车钥匙"], ["电动车钥匙", "电动车遥控钥匙"], ["雅迪", "爱玛", "台铃"]),
}
CHARMS = [("红绳中国结", "红色中国结", "红"), ("小葫芦", "葫芦挂件", "黄"), ("一枚铜钱", "铜钱挂件", "黄"),
          ("塑料小熊", "塑料小熊挂件", "棕"), ("开瓶器", "开瓶器", "银"), ("指甲刀", "指甲刀", "银"),
          ("平安符", "红色平安符", "红"), ("红布条", "红布条", "红"), ("绿色塑料牌写着仓房", "绿色塑料牌写有“仓房”", "绿"),
          ("小手电", "小手电筒", "黑"), ("羊拐", "羊拐骨挂件", "白"), ("蓝色门禁卡", "蓝色门禁卡", "蓝")]


def mk_keys(kind=None, brand=None, color=None):
    kind = kind or wch([("tractor", 4), ("combine", 1.5), ("truck", 3), ("tricycle", 2), ("car", 1.5),
                        ("house", 4), ("ebike", 2)])
    o = new_obj("keys", kind)
    ok, fk, brands = KEY_KINDS[kind]
    o["own_kind"], o["fnd_kind"] = ok, fk
    o["measure"] = ch(["一串", "一把", "一串"]) if kind == "house" else ch(["一把", "一串"])
    o["brand"] = brand or (ch(brands) if brands else None)
    o["b_own"], o["b_fnd"] = 0.8, 0.6
    n = R.randint(2, 7) if kind == "house" else R.randint(1, 4)
    same = [c for c in CHARMS if c[2] == color] if color else []
    charm = ch(same or CHARMS)
    o["color"] = charm[2]
    o["c_own"], o["c_fnd"] = 0.45, 0.5
    cf = F(["拴着%s" % charm[0], "上面挂着%s" % charm[0]], ["挂有%s" % charm[1], "带%s" % charm[1]], 0.95)
    o["color_fact"] = cf
    facts = [F(["一共%d把" % n, "%d把钥匙" % n], ["共%d把钥匙" % n, "%d把" % n], 0.9), cf]
    if kind in ("house",) and p(0.5):
        facts.append(F(["有把是带齿的防盗门钥匙", "一把铜的大门钥匙"], ["含防盗门钥匙一把", "有铜钥匙"], 0.7))
    if kind in ("truck", "car") and p(0.4):
        plate = "黑" + ch("LMRA") + ch("0123456789") + ch("ABCDHKQ") + digits(3)
        o["serials"].append(("plate", plate, 0.7, 0.6))
        facts.append(F(["钥匙扣上贴着车牌号"], ["钥匙牌上写有车牌"], 0.8))
    if kind in ("tractor", "combine") and p(0.5):
        facts.append(F(["钥匙把是黑胶的，缺个角", "钥匙柄磨得锃亮"], ["钥匙柄有破损", "黑色胶柄"], 0.6))
    hidden = {"tractor": ["四轮子还在地里趴着呢", "备用钥匙也找不着了", "四轮子停在粮库外头挪不了"],
              "combine": ["收割机在地头趴着呢，一天好几百的活干不了", "备用钥匙在老家没带来"],
              "truck": ["车在粮库外头排着，没钥匙挪不了", "车停在道边开不走", "备用钥匙在家里"],
              "tricycle": ["三轮子锁在集上了", "备用钥匙找不着了"], "car": ["车停在道边开不走", "备用钥匙在城里孩子那"],
              "house": ["家里门都进不去了", "仓房也开不了", "大门钥匙就这一把"],
              "ebike": ["电动车锁着推不走", "车停在集上了"]}[kind]
    facts.append(F([ch(hidden)], []))
    o["facts"] = facts
    return o


def frame_no(brand):
    code = {"雅迪": "YD", "爱玛": "AM", "台铃": "TL", "绿源": "LY", "新日": "XR", "金彭": "JP", "宗申": "ZS",
            "永久": "YJ", "凤凰": "FH", "捷安特": "GT", "飞鸽": "FG"}[brand]
    return fresh(lambda: code + "2" + str(R.randrange(10)) + ch("ABCDEFGH") + digits(6))


EB_MODELS = {"雅迪": ["YD-Q7", "冠驰 S3"], "爱玛": ["AM-M6", "小蜜 Q2"], "台铃": ["TL-超能S", "TL-K8"],
             "绿源": ["LY-K5", "液冷 M3"], "新日": ["XR-F3", "XR-C9"], "金彭": ["JP-D20", "JP-X150"],
             "宗申": ["ZS-100", "ZS-龙行"]}


def mk_ebike(kind=None, brand=None, color=None):
    kind = kind or wch([("two", 7), ("tri", 3)])
    o = new_obj("ebike", kind)
    o["measure"] = "一辆"
    if kind == "two":
        o["own_kind"], o["fnd_kind"] = ["电动车", "电瓶车", "电驴子", "电动车"], ["电动车", "两轮电动车", "电动自行车"]
        o["brand"] = brand or wch([("雅迪", 4), ("爱玛", 4), ("台铃", 3), ("绿源", 2), ("新日", 2)])
        o["color"] = color or wch([("白", 3), ("红", 3), ("黑", 3), ("蓝", 2), ("银", 2), ("粉", 1)])
    else:
        o["own_kind"], o["fnd_kind"] = ["电动三轮", "三轮子", "电动三轮车"], ["电动三轮车", "三轮车"]
        o["brand"] = brand or wch([("金彭", 5), ("宗申", 3)])
        o["color"] = color or wch([("红", 4), ("蓝", 4), ("绿", 2)])
    o["b_own"], o["b_fnd"], o["c_own"], o["c_fnd"] = 0.85, 0.85, 0.95, 0.95
    o["model"] = ch(EB_MODELS[o["brand"]])
    o["m_own"], o["m_fnd"] = 0.25, 0.4
    fr = frame_no(o["brand"])
    o["serials"].append(("frame", fr, 0.25, 0.5))
    if p(0.5):
        pl = fresh(lambda: "柳河" + ch("ABC") + digits(4))
        o["serials"].append(("eplate", pl, 0.7, 0.9))
    facts = []
    if kind == "two":
        opts = [F(["前面有车筐", "车筐是黑的"], ["带前车筐", "黑色车筐"], 0.8),
                F(["后座套个豹纹座套", "座套是豹纹的"], ["豹纹座套", "座垫套豹纹套"], 0.95),
                F(["挂着花挡风被", "车上有个挡风被，花的"], ["带花色挡风被", "挡风被（花）"], 0.95),
                F(["左边后视镜掉了", "就剩一个后视镜"], ["缺左后视镜", "只有右侧后视镜"], 0.9),
                F(["后面有个后备箱", "后头加了个箱子"], ["带后尾箱", "后备箱"], 0.9),
                F(["车屁股贴着“平安”俩字"], ["车尾贴“平安”贴纸"], 0.9)]
    else:
        opts = [F(["车斗里有两袋化肥", "斗里装着化肥"], ["车斗内有化肥两袋", "斗里有化肥"], 0.95),
                F(["车斗里有把铁锹"], ["车斗内铁锹一把"], 0.9),
                F(["车棚子是蓝的", "带个蓝棚子"], ["带蓝色车棚", "有棚"], 0.95),
                F(["车斗边焊过", "后斗焊过一块"], ["后斗有焊接痕迹"], 0.7),
                F(["车把上缠着布条"], ["车把缠布条"], 0.9)]
    R.shuffle(opts)
    facts += opts[:R.randint(1, 3)]
    facts.append(F([ch(["钥匙还在俺身上", "锁了的", "忘拔钥匙了", "电瓶是新换的", "去年买的，花了三千多"])], []))
    facts.append(F([], [ch(["未上锁", "车已上锁", "钥匙插在车上", "电瓶没电", "车身有泥"])], 0.7))
    o["facts"] = facts
    return o


def mk_bicycle(kind=None, brand=None, color=None):
    kind = kind or wch([("old28", 3), ("lady", 3), ("mtb", 3)])
    o = new_obj("bicycle", kind)
    o["measure"] = "一辆"
    if kind == "old28":
        o["own_kind"], o["fnd_kind"] = ["二八大杠", "自行车", "洋车子", "老式自行车"], ["老式二八自行车", "自行车"]
        o["brand"] = brand or ch(["永久", "飞鸽", "凤凰"])
        o["color"] = color or wch([("黑", 8), ("绿", 1)])
    elif kind == "lady":
        o["own_kind"], o["fnd_kind"] = ["自行车", "女式自行车", "车子"], ["女式自行车", "自行车"]
        o["brand"] = brand or ch(["永久", "凤凰", "飞鸽"])
        o["color"] = color or wch([("红", 3), ("白", 2), ("粉", 2), ("蓝", 1)])
    else:
        o["own_kind"], o["fnd_kind"] = ["山地车", "自行车", "变速车"], ["山地自行车", "变速自行车"]
        o["brand"] = brand or wch([("捷安特", 5), ("永久", 1), ("凤凰", 1)])
        o["color"] = color or wch([("黑", 3), ("蓝", 3), ("白", 2), ("红", 1)])
    o["b_own"], o["b_fnd"], o["c_own"], o["c_fnd"] = 0.7, 0.75, 0.95, 0.95
    fr = frame_no(o["brand"])
    o["serials"].append(("frame", fr, 0.15, 0.5))
    opts = [F(["前面有车筐", "带车筐"], ["带车筐"], 0.9), F(["后座绑着根绳子", "后座上缠着胶皮带"], ["后座缠有绳子"], 0.8),
            F(["铃铛坏了"], ["车铃损坏"], 0.5), F(["链子有点锈"], ["链条生锈"], 0.6),
            F(["车座是后换的，黑色的"], ["黑色车座"], 0.5), F(["车把上贴着名字贴"], ["车把贴有姓名贴"], 0.9),
            F(["大梁上缠着胶布"], ["车梁缠胶布"], 0.8)]
    R.shuffle(opts)
    o["facts"] = opts[:R.randint(1, 3)] + [F([], [ch(["未上锁", "车锁着", "前轮没气"])], 0.7)]
    return o


def mk_bag(kind=None, brand=None, color=None, holder=None):
    kind = kind or wch([("snake", 2), ("canvas", 2), ("backpack", 3), ("lady", 2), ("suitcase", 1.5), ("cloth", 2)])
    o = new_obj("bag", kind)
    o["measure"] = "一个"
    conts = []
    if kind == "snake":
        o["own_kind"], o["fnd_kind"] = ["蛇皮袋子", "编织袋", "袋子"], ["编织袋", "蛇皮袋"]
        o["color"] = color or ch(["白", "绿", "蓝"])
        conts = [("两件棉袄", "棉衣两件"), ("一床被", "棉被一床"), ("一袋苞米种子", "种子一袋"), ("几双胶鞋", "胶鞋数双"),
                 ("一个电饭锅", "电饭锅一个")]
    elif kind == "canvas":
        o["own_kind"], o["fnd_kind"] = ["帆布兜子", "帆布包", "兜子"], ["帆布包", "帆布手提包"]
        o["color"] = color or ch(["绿", "黄", "灰", "蓝"])
        conts = [("饭盒", "饭盒一个"), ("保温杯", "保温杯一个"), ("一把扳手", "扳手一把"), ("几个苹果", "苹果数个"),
                 ("一件工作服", "工作服一件"), ("半包烟", "香烟半包")]
    elif kind == "backpack":
        young = holder is not None and holder["age"] < 19
        o["own_kind"], o["fnd_kind"] = (["书包", "双肩包", "背包"] if young else ["双肩包", "背包"]), ["双肩包", "书包", "背包"]
        o["color"] = color or ch(["黑", "蓝", "红", "灰", "粉"])
        o["brand"] = brand or (ch(["耐克", "阿迪达斯", "安踏"]) if p(0.6) else None)
        if young:
            conts = [("课本和作业本", "课本、作业本若干"), ("一个水杯", "水杯一个"), ("充电宝", "充电宝一个"),
                     ("数学练习册", "练习册"), ("一件校服", "校服一件"), ("几本小说", "书数本")]
        else:
            conts = [("一件外套", "外套一件"), ("充电宝", "充电宝一个"), ("一个水杯", "水杯一个"), ("两包烟", "香烟两包"),
                     ("身份证复印件", "身份证复印件一张"), ("几个面包", "面包数个")]
    elif kind == "lady":
        o["own_kind"], o["fnd_kind"] = ["挎包", "包", "皮包", "女包"], ["女士挎包", "女式皮包", "单肩包"]
        o["color"] = color or ch(["黑", "红", "棕", "白"])
        conts = [("钥匙", "钥匙一串"), ("口红", "口红一支"), ("雨伞", "折叠伞一把"), ("药", "药品若干"),
                 ("一包纸巾", "纸巾一包"), ("镜子", "小镜子")]
    elif kind == "suitcase":
        o["own_kind"], o["fnd_kind"] = ["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱"]
        o["color"] = color or ch(["黑", "蓝", "灰", "红"])
        o["brand"] = brand or (ch(["骆驼", "安踏"]) if p(0.3) else None)
        conts = [("换洗衣服", "衣物若干"), ("一双皮鞋", "皮鞋一双"), ("牙刷毛巾", "洗漱用品"), ("充电器", "充电器"),
                 ("两条烟", "香烟两条")]
    else:
        o["own_kind"], o["fnd_kind"] = ["布兜", "手提兜子", "布袋子"], ["布袋", "手提布袋"]
        o["color"] = color or ch(["蓝", "红", "黑", "绿"])
        conts = [("几盒药", "药品数盒"), ("卫生院的病历", "病历本一本"), ("一袋馒头", "馒头一袋"), ("老花镜", "老花镜一副"),
                 ("一包红糖", "红糖一包")]
    o["b_own"], o["b_fnd"] = 0.7, 0.6
    R.shuffle(conts)
    cs = conts[:R.randint(1, 3)]
    facts = [F(["里头有" + "、".join(c[0] for c in cs), "装着" + "、".join(c[0] for c in cs)],
               ["内有" + "，".join(c[1] for c in cs), "包内：" + "、".join(c[1] for c in cs)], 0.9)]
    if holder and p(0.5):
        o["holder"] = holder
        if kind == "backpack" and holder["age"] < 19:
            facts.append(F(["本子上都写着名%s" % holder["name"]], ["作业本署名%s" % holder["name"]], 0.9))
        else:
            facts.append(F(["里头有俺的病历本，写着%s" % holder["name"], "有俺名字%s的单子" % holder["name"]],
                           ["内有写着“%s”的票据" % holder["name"], "病历本姓名%s" % holder["name"]], 0.85))
    if p(0.45):
        marks = {"snake": [F(["袋口用红绳扎着"], ["袋口红绳扎口"], 0.9), F(["袋子上用毛笔写着个“%s”字" % ch("王李张刘赵孙")],
                                                                        ["袋上有毛笔写的字"], 0.9), F(["底下磨破了个洞"], ["底部破洞"], 0.7)],
                 "canvas": [F(["拉链头掉了一个"], ["拉链头缺失"], 0.6), F(["上面印着“农资”俩字"], ["印有“农资”字样"], 0.9),
                            F(["包带缝过"], ["提带有缝补"], 0.6)],
                 "backpack": [F(["上面挂着个毛绒挂件"], ["挂毛绒挂件"], 0.9), F(["背带打了个结"], ["背带打结"], 0.8),
                              F(["侧兜坏了"], ["侧袋破损"], 0.7)],
                 "lady": [F(["拉链头掉了一个"], ["拉链头缺失"], 0.6), F(["带子上系着丝巾"], ["肩带系丝巾"], 0.9),
                          F(["包角磨白了"], ["包角磨损"], 0.7)],
                 "suitcase": [F(["一个轮子坏了"], ["一个轮子损坏"], 0.8), F(["拉杆上缠着红布条"], ["拉杆系红布条"], 0.9),
                              F(["箱子上贴着托运的条"], ["贴有旧托运标签"], 0.8)],
                 "cloth": [F(["提手用绳子绑过"], ["提手绑绳"], 0.8), F(["兜子上印着“%s”" % ch(["柳河镇卫生院", "万家福超市", "农资站"])],
                                                                     ["布袋印有字样"], 0.9)]}[kind]
        facts.append(ch(marks))
    o["facts"] = facts
    return o


def mk_jewelry(kind=None, brand=None, color=None):
    kind = kind or wch([("ring", 4), ("bangle", 2), ("silver", 1.5), ("jade", 1.5), ("earring", 1.5), ("chain", 2)])
    o = new_obj("jewelry", kind)
    gram = None
    if kind == "ring":
        o["own_kind"], o["fnd_kind"] = ["金戒指", "金镏子", "戒指"], ["戒指", "戒指", "黄金戒指"]
        o["color"] = "金"
        gram = round(R.uniform(3, 12), 1)
        o["measure"] = "一枚"
    elif kind == "bangle":
        o["own_kind"], o["fnd_kind"] = ["金镯子", "金手镯"], ["手镯", "手镯", "黄金手镯"]
        o["color"] = "金"
        gram = round(R.uniform(18, 45), 1)
        o["measure"] = "一只"
    elif kind == "silver":
        o["own_kind"], o["fnd_kind"] = ["银镯子", "银手镯"], ["手镯", "金属手镯", "银手镯"]
        o["color"] = "银"
        gram = R.randint(30, 80)
        o["measure"] = "一只"
    elif kind == "jade":
        o["own_kind"], o["fnd_kind"] = ["玉镯子", "玉手镯"], ["玉镯", "手镯", "玉石手镯"]
        o["color"] = color or ch(["绿", "白"])
        o["measure"] = "一只"
    elif kind == "earring":
        o["own_kind"], o["fnd_kind"] = ["金耳环", "耳环", "金耳钳子"], ["耳环", "耳环（单只）"]
        o["color"] = "金"
        gram = round(R.uniform(1.5, 5), 1)
        o["measure"] = "一只"
    else:
        o["own_kind"], o["fnd_kind"] = ["金项链", "金链子"], ["项链", "项链", "链子"]
        o["color"] = "金"
        gram = round(R.uniform(8, 30), 1)
        o["measure"] = "一条"
    if color and kind not in ("jade",):
        o["color"] = color
    o["brand"] = brand or (wch([("周大福", 3), ("老凤祥", 3), ("中国黄金", 2)]) if kind in ("ring", "bangle", "chain", "earring") and p(0.65) else None)
    o["b_own"], o["b_fnd"], o["c_own"], o["c_fnd"] = 0.7, 0.45, 0.6, 0.8
    facts = []
    if gram:
        facts.append(F(["%s克" % gram, "有%s克重" % gram], [], 0))
    if kind in ("ring", "bangle", "chain", "earring"):
        stamp = ch(["足金", "Au999", "足金999", "千足金"])
        facts.append(F(["里头印着%s" % stamp], ["内侧有“%s”印记" % stamp, "刻有%s" % stamp], 0.6))
    if kind == "ring" and p(0.5):
        ini = ch(["ZM", "LH", "WF", "SY", "GQ"]) + "&" + ch(["LX", "YF", "CH", "JL"])
        facts.append(F(["内圈刻着%s" % ini, "戒指里刻的字母%s" % ini], ["内圈刻字“%s”" % ini, "戒圈内刻%s" % ini], 0.8))
    if kind == "ring" and p(0.4):
        facts.append(F(["戒面是个福字", "上面有个福"], ["戒面福字图案"], 0.9))
    if kind == "chain":
        pend = ch(["观音", "貔貅", "平安扣", "小金锁"])
        facts.append(F(["带个%s吊坠" % pend], ["带%s吊坠" % pend], 0.95))
    if kind == "jade":
        facts.append(F(["镯子上有道裂，拿金包过", "有一小块磕了"], ["镯身有包金修补", "有磕损"], 0.9))
    if kind == "silver":
        facts.append(F(["上面刻着花", "刻着长命百岁"], ["刻花纹", "刻有字"], 0.7))
    facts.append(F([ch(["是俺结婚时候的", "闺女给买的", "戴了二十来年了", "刚买不到一个月", "是俺妈留下来的"])], []))
    o["facts"] = facts
    return o


def mk_elec(kind=None, brand=None, color=None, holder=None):
    kind = kind or wch([("hearing", 3), ("tablet", 2), ("drone_rc", 2), ("powerbank", 1.5), ("radio", 2),
                        ("earbuds", 1.5), ("kidwatch", 1.5), ("walkie", 1)])
    o = new_obj("electronics", kind)
    o["measure"] = "一个"
    sn = None
    if kind == "hearing":
        o["own_kind"], o["fnd_kind"] = ["助听器", "耳背机", "助听器"], ["助听器", "耳内式助听器"]
        o["brand"] = brand or ch(["西门子", "峰力"])
        o["color"] = color or ch(["肤", "灰", "银"])
        sn = fresh(lambda: ch(["21", "22", "23"]) + ch("ABCDEFG") + digits(5))
        o["serials"].append(("sn", sn, 0.15, 0.4))
        o["facts"] = [F(["装在个小盒里", "有个小盒子装着"], ["装于小黑盒内", "带收纳盒"], 0.9),
                      F(["是右耳的", "右耳戴的"], ["右耳用"], 0.4), F(["花了六千多配的"], [], 0)]
    elif kind == "tablet":
        o["own_kind"], o["fnd_kind"] = ["平板", "平板电脑", "pad"], ["平板电脑", "平板"]
        o["brand"] = brand or ch(["华为", "小米"])
        o["color"] = color or ch(["灰", "银", "蓝"])
        o["model"] = ch({"华为": ["MatePad SE 11X", "MatePad T8s"], "小米": ["Redmi Pad 3R", "Pad 6E"]}[o["brand"]])
        sn = fresh(lambda: ch("AHNK") + digits(2) + ch("QWXYZ") + digits(7))
        o["serials"].append(("sn", sn, 0.2, 0.3))
        o["facts"] = [F(["带个皮套", "有蓝色保护套"], ["带保护套"], 0.9), F(["孩子上网课用的"], [], 0),
                      F(["里面有孩子下载的游戏"], [], 0)]
    elif kind == "drone_rc":
        o["own_kind"], o["fnd_kind"] = ["无人机遥控器", "打药飞机的遥控", "遥控器"], ["无人机遥控器", "遥控器"]
        o["brand"] = brand or "大疆"
        o["color"] = color or ch(["灰", "黑", "白"])
        sn = fresh(lambda: "RC" + digits(3) + ch("ABCDEF") + digits(6))
        o["serials"].append(("sn", sn, 0.45, 0.6))
        o["facts"] = [F(["带挂脖的带子", "有根挂绳"], ["带挂带"], 0.9), F(["屏幕上贴着膜"], ["带显示屏"], 0.5),
                      F(["一万来块钱呢", "给人打药就靠它"], [], 0)]
    elif kind == "powerbank":
        o["own_kind"], o["fnd_kind"] = ["充电宝", "移动电源"], ["充电宝", "移动电源"]
        o["brand"] = brand or ch(["小米", "华为"])
        o["color"] = color or ch(["白", "黑"])
        o["facts"] = [F(["上面贴着个小猪佩奇", "有个贴画"], ["贴有卡通贴纸"], 0.9), F(["两万毫安的"], ["20000mAh"], 0.6)]
    elif kind == "radio":
        o["own_kind"], o["fnd_kind"] = ["唱戏机", "收音机", "小音箱"], ["收音机（唱戏机）", "插卡音箱", "小收音机"]
        o["brand"] = brand or "先科"
        o["color"] = color or ch(["红", "黑", "金"])
        o["facts"] = [F(["里头有二人转的卡", "存的全是二人转"], ["内插TF卡"], 0.6), F(["天线断了一截"], ["天线折断"], 0.8),
                      F(["有根挂绳"], ["带挂绳"], 0.8)]
    elif kind == "earbuds":
        o["own_kind"], o["fnd_kind"] = ["蓝牙耳机", "耳机"], ["无线耳机", "蓝牙耳机（带充电盒）"]
        o["brand"] = brand or ch(["苹果", "华为", "小米"])
        o["color"] = color or "白"
        o["facts"] = [F(["盒子上有道划痕", "盒盖有划痕"], ["充电盒表面有划痕"], 0.7), F(["套着个卡通硅胶套"], ["带卡通保护套"], 0.9)]
    elif kind == "kidwatch":
        o["own_kind"], o["fnd_kind"] = ["电话手表", "儿童手表", "手表"], ["儿童电话手表", "儿童智能手表"]
        o["brand"] = brand or "小天才"
        o["color"] = color or ch(["蓝", "粉", "黑"])
        o["facts"] = [F(["表带是后换的", "表带有点开胶"], ["表带磨损"], 0.6), F(["里面存着家里电话"], [], 0)]
    else:
        o["own_kind"], o["fnd_kind"] = ["对讲机"], ["对讲机"]
        o["brand"] = brand or None
        o["color"] = color or "黑"
        o["facts"] = [F(["背后贴着“粮库%s”" % ch(["3号", "磅房", "检斤"])], ["背面贴有标签"], 0.8),
                      F(["天线上缠着胶布"], ["天线缠胶布"], 0.8)]
    o["b_own"], o["b_fnd"] = 0.6, 0.6
    if holder and kind in ("kidwatch", "tablet") and p(0.5):
        o["holder"] = holder
        o["facts"].append(F(["孩子叫%s" % holder["name"]], ["设备名称显示“%s”" % holder["name"]], 0.5))
    return o


OTHER_KINDS = [("glasses", 3), ("meds", 3), ("tools", 2.5), ("passbook", 2.5), ("landcert", 1.5), ("dentures", 0.8),
               ("cane", 1), ("thermos", 1.5), ("coat", 1.2), ("receipt", 1.2)]


def mk_other(kind=None, brand=None, color=None, holder=None):
    kind = kind or wch(OTHER_KINDS)
    o = new_obj("other", kind)
    o["measure"] = "一个"
    h = holder
    if kind == "glasses":
        r = ch(["老花镜", "近视镜"])
        o["own_kind"], o["fnd_kind"] = [r, "眼镜"], ["眼镜", "眼镜（带盒）", r]
        o["color"] = color or ch(["黑", "棕", "金", "红"])
        o["measure"] = "一副"
        o["facts"] = [F(["装在%s眼镜盒里" % ch(["黑", "红", "蓝"]), "有个眼镜盒"], ["带眼镜盒"], 0.9),
                      F(["腿上缠着胶布", "一个镜腿修过"], ["镜腿缠胶布", "镜腿有修补"], 0.85),
                      F(["%s度的" % ch(["二百", "三百", "一百五"])], [], 0)]
    elif kind == "meds":
        o["own_kind"], o["fnd_kind"] = ["药", "一兜子药", "药袋子"], ["药品", "一袋药", "药袋"]
        o["color"] = color or ch(["白", "红", "蓝"])
        o["measure"] = "一袋"
        pl = ch(["卫生院", "镇医院"])
        o["facts"] = [F(["%s开的药" % pl, "在%s拿的药" % pl], ["%s药袋" % pl, "印有“柳河镇%s”的药袋" % pl], 0.9),
                      F(["有降压药和速效救心丸", "是降压的药和胰岛素"], ["内有降压药等", "药品数盒"], 0.8)]
        if h:
            o["holder"] = h
            o["facts"].append(F(["药袋上写着%s" % h["name"]], ["药袋标签姓名%s" % h["name"], "处方姓名：%s" % h["name"]], 0.9))
    elif kind == "tools":
        o["own_kind"], o["fnd_kind"] = ["工具包", "一兜子工具", "工具"], ["工具包", "工具袋"]
        o["brand"] = brand or (ch(["世达"]) if p(0.5) else None)
        o["color"] = color or ch(["黑", "红", "蓝"])
        o["facts"] = [F(["里头有套筒扳手", "一套扳手"], ["内有扳手、套筒", "扳手若干"], 0.9),
                      F(["还有个钳子和螺丝刀"], ["钳子一把", "螺丝刀"], 0.7), F(["修四轮子用的"], [], 0)]
    elif kind == "passbook":
        o["own_kind"], o["fnd_kind"] = ["存折", "信用社存折"], ["存折", "农村信用社存折"]
        o["color"] = color or ch(["绿", "红"])
        o["measure"] = "一本"
        tail = new_tail()
        o["serials"].append(("acct", ("6230", tail), 0.35, 0.6))
        if h:
            o["holder"] = h
            o["facts"] = [F(["户名%s" % h["name"], "是%s的折子" % h["name"]], ["户名：%s" % h["name"]], 0.95)]
        o["facts"] = o["facts"] + [F(["里头夹着张银行卡"], ["内夹银行卡一张"], 0.9),
                                   F(["存的是粮补", "里头有三万多"], [], 0)]
    elif kind == "landcert":
        o["own_kind"], o["fnd_kind"] = ["土地承包证", "土地证", "承包证"], ["农村土地承包经营权证", "土地承包证"]
        o["color"] = color or ch(["红", "绿"])
        o["measure"] = "一本"
        no = "2301" + digits(8)
        o["serials"].append(("landno", no, 0.2, 0.7))
        if h:
            o["holder"] = h
            o["facts"] = [F(["承包方是%s" % h["name"]], ["承包方代表：%s" % h["name"]], 0.95)]
        o["facts"] = o["facts"] + [F(["装在塑料袋里"], ["外套塑料袋"], 0.8)]
    elif kind == "dentures":
        o["own_kind"], o["fnd_kind"] = ["假牙", "一副假牙"], ["假牙", "义齿"]
        o["color"] = color or "白"
        o["facts"] = [F(["装在个白小盒里", "用纸巾包着"], ["装在白色小盒内", "纸巾包着"], 0.9), F(["上牙", "下牙一排"], ["上颌", "下颌"], 0.6)]
    elif kind == "cane":
        o["own_kind"], o["fnd_kind"] = ["拐棍", "拐杖"], ["拐杖"]
        o["color"] = color or ch(["棕", "黑", "银"])
        o["measure"] = "一根"
        o["facts"] = [F(["四个脚的", "底下缠着胶皮"], ["四脚拐杖", "底部缠胶皮"], 0.9), F(["把上刻着字"], ["手柄有刻字"], 0.6)]
    elif kind == "thermos":
        o["own_kind"], o["fnd_kind"] = ["保温杯", "水杯"], ["保温杯", "不锈钢保温杯"]
        o["color"] = color or ch(["银", "黑", "红", "蓝"])
        o["facts"] = [F(["里头泡着枸杞", "装着茶水"], ["内有茶水"], 0.7), F(["杯子磕瘪一块"], ["杯身有凹痕"], 0.9)]
    elif kind == "coat":
        o["own_kind"], o["fnd_kind"] = ["军大衣", "大衣", "棉大衣"], ["军大衣", "棉大衣"]
        o["color"] = color or "绿"
        o["measure"] = "一件"
        o["facts"] = [F(["兜里有副手套", "兜里有把钥匙"], ["口袋内有手套", "口袋内钥匙一把"], 0.8),
                      F(["袖口磨破了"], ["袖口破损"], 0.8)]
    else:
        o["own_kind"], o["fnd_kind"] = ["粮库结算单", "卖粮的单子", "结算票"], ["粮食收购结算单", "粮库票据"]
        o["color"] = color or "白"
        o["measure"] = ch(["一张", "几张"])
        js = "JS2025" + digits(6)
        o["serials"].append(("jsd", js, 0.3, 0.9))
        o["facts"] = [F(["上面写着%s斤苞米" % ch(["两万三千", "一万八千六", "三万一千", "九千四"])], ["结算单"], 0.6)]
        if h:
            o["holder"] = h
            o["facts"].append(F(["上头是%s的名" % h["name"]], ["售粮人%s" % h["name"]], 0.95))
    o["b_own"], o["b_fnd"] = 0.5, 0.5
    return o


MAKERS = {"phone": mk_phone, "id_doc": mk_doc, "cash": mk_cash, "wallet": mk_wallet, "keys": mk_keys,
          "ebike": mk_ebike, "bicycle": mk_bicycle, "bag": mk_bag, "jewelry": mk_jewelry, "electronics": mk_elec,
          "other": mk_other}

# ----------------------------------------------------------------------------- where things are lost
PLACE_W = {
    "phone": [("liangku", 4), ("liangku_road", 2), ("jishi", 3), ("bus", 2), ("hospital", 1.5), ("weishengyuan", 1),
              ("bianmin", 1.5), ("xinyongshe", 1), ("ktv", 1), ("bath", 1), ("nongji", 1.5), ("restaurant", 1),
              ("supermarket", 1), ("school", 0.5), ("VC", 1), ("FIELD", 1), ("gas", 0.5)],
    "id_doc": [("bianmin", 4), ("xinyongshe", 3), ("hospital", 2), ("weishengyuan", 1.5), ("liangku", 3), ("bus", 2),
               ("jishi", 1), ("atm", 1), ("VC", 1.5)],
    "cash": [("liangku", 3), ("xinyongshe", 3), ("atm", 2), ("jishi", 3), ("liangku_road", 1), ("bus", 1),
             ("hospital", 1), ("ROAD", 1)],
    "wallet": [("jishi", 3), ("liangku", 2), ("bus", 2), ("hospital", 2), ("xinyongshe", 2), ("supermarket", 1),
               ("restaurant", 1), ("ktv", 1), ("bath", 1.5), ("street", 1)],
    "keys": [("liangku", 3), ("liangku_road", 2), ("nongji", 3), ("jishi", 2), ("gas", 1), ("restaurant", 1),
             ("bath", 1), ("FIELD", 1.5), ("VC", 0.5)],
    "ebike": [("jishi", 3), ("hospital", 2), ("school", 1.5), ("liangku", 1.5), ("supermarket", 1.5), ("bus", 1),
              ("weishengyuan", 1), ("ktv", 0.5)],
    "bicycle": [("school", 3), ("jishi", 2), ("hospital", 1), ("bus", 1), ("supermarket", 1)],
    "bag": [("bus", 4), ("jishi", 2), ("hospital", 1), ("liangku", 1), ("supermarket", 1), ("bianmin", 1), ("school", 1)],
    "jewelry": [("bath", 3), ("hospital", 2), ("weishengyuan", 1), ("FIELD", 2.5), ("jishi", 1), ("ktv", 1)],
    "electronics": [("hospital", 1.5), ("jinglaoyuan", 2), ("FIELD", 2), ("bus", 1.5), ("school", 1.5), ("liangku", 1),
                    ("jishi", 1)],
    "other": [("hospital", 2), ("weishengyuan", 2), ("jinglaoyuan", 1.5), ("bianmin", 2), ("nongji", 2),
              ("xinyongshe", 1), ("bus", 1), ("jishi", 1), ("liangku", 1)],
}
KIND_PLACE = {
    ("other", "passbook"): [("xinyongshe", 4), ("atm", 1), ("bianmin", 2)],
    ("other", "landcert"): [("bianmin", 4), ("xinyongshe", 2), ("VC", 2)],
    ("other", "tools"): [("nongji", 4), ("liangku", 1), ("FIELD", 2)],
    ("other", "receipt"): [("liangku", 4), ("xinyongshe", 2), ("liangku_road", 1)],
    ("other", "meds"): [("hospital", 3), ("weishengyuan", 3), ("bus", 1), ("jishi", 1)],
    ("other", "coat"): [("liangku_road", 2), ("liangku", 2), ("bus", 1), ("FIELD", 1)],
    ("electronics", "hearing"): [("jinglaoyuan", 3), ("hospital", 2), ("jishi", 1), ("bianmin", 1)],
    ("electronics", "drone_rc"): [("FIELD", 5), ("nongji", 1)],
    ("electronics", "kidwatch"): [("school", 5), ("jishi", 1)],
    ("electronics", "walkie"): [("liangku", 5)],
    ("bag", "suitcase"): [("bus", 6), ("street", 1)],
    ("bag", "backpack"): [("school", 4), ("bus", 2)],
    ("id_doc", "学生证"): [("school", 5), ("bus", 1)],
    ("id_doc", "行驶证"): [("liangku", 3), ("liangku_road", 2), ("gas", 2)],
    ("id_doc", "土地承包证"): [("bianmin", 4), ("xinyongshe", 2), ("VC", 2)],
    ("bicycle", "mtb"): [("school", 4), ("jishi", 1)],
    ("keys", "combine"): [("FIELD", 3), ("nongji", 3), ("liangku", 1)],
    ("keys", "truck"): [("liangku", 3), ("liangku_road", 3), ("gas", 2), ("bath", 1), ("restaurant", 1)],
}


def resolve(pk, village):
    if pk == "VC":
        return "vc_" + village
    if pk == "FIELD":
        return "field_" + village
    if pk == "ROAD":
        return "road_" + village
    return pk


def pick_time(pk, days_max=38):
    lo, hi = P[pk]["hours"]
    while True:
        back = R.randrange(0, days_max)
        day = (T0 - datetime.timedelta(days=back)).date()
        if pk.endswith("jishi") and day.day % 5 != 1:  # 柳河大集 逢一、六
            continue
        h = R.randrange(lo, hi)
        when = datetime.datetime(day.year, day.month, day.day) + datetime.timedelta(hours=h, minutes=R.randrange(60))
        t = int((T0 - when).total_seconds() // 60)
        if t >= 45:
            return t


# ----------------------------------------------------------------------------- voices
OWNER_VOICES = [("farmer", 34), ("child", 15), ("driver", 9), ("staff", 4), ("stall", 5), ("nurse", 3), ("clerk", 3),
                ("busdriver", 2), ("official", 4), ("migrant", 7), ("student", 3), ("care", 3), ("pinyin", 6),
                ("plain", 6)]


def choose_voice(cat, pk, kind):
    w = dict(OWNER_VOICES)
    if pk in ("school",) or kind in ("kidwatch", "mtb", "backpack", "学生证"):
        w["student"] += 25
    if pk == "jinglaoyuan" or kind == "hearing":
        w["care"] += 12
        w["child"] += 10
    if pk.startswith("liangku") or pk == "gas":
        w["driver"] += 12
        w["staff"] += 3
        w["farmer"] += 10
    if pk in ("hospital", "weishengyuan"):
        w["nurse"] += 3
        w["child"] += 6
    if pk in ("bus",):
        w["migrant"] += 8
        w["busdriver"] += 2
    if pk in ("ktv", "bath"):
        w["driver"] += 8
        w["plain"] += 6
        w["farmer"] -= 15
        w["care"] = 0
    if pk.startswith("field") or pk.startswith("vc"):
        w["official"] += 6
        w["migrant"] += 4
    if pk == "jishi":
        w["stall"] += 6
    if kind == "drone_rc":
        w["farmer"] += 5
    if kind in ("truck",) or (cat == "id_doc" and kind == "行驶证"):
        w["driver"] += 20
    if cat == "id_doc" and kind == "学生证":
        w = {"student": 10, "child": 1}
    return wch([(k, max(v, 0)) for k, v in w.items() if v > 0])


def owner_for(voice, sex=None, ages=None):
    if voice == "student":
        return new_person(13, 16, sex=sex)
    if voice == "child":
        return new_person(max(58, ages[0]) if ages else 58, 86, sex=sex)
    if voice == "care":
        return new_person(70, 92, sex=sex)
    if ages:
        return new_person(ages[0], ages[1], sex=sex)
    if sex:
        pp = owner_for(voice)
        if pp["sex"] != sex:
            pp = new_person(max(20, pp["age"] - 2), min(88, pp["age"] + 2), sex=sex)
        return pp
    if voice in ("driver", "busdriver"):
        return new_person(28, 58, sex="男" if p(0.9) else "女")
    if voice == "migrant":
        pp = new_person(24, 58, sex="男")
        pp["migrant"] = True
        pp["home"] = ch(["河南", "山东", "河北"])
        return pp
    if voice == "nurse":
        return new_person(23, 48, sex="女")
    if voice in ("clerk", "staff", "official"):
        return new_person(26, 56)
    if voice in ("pinyin", "plain"):
        return new_person(19, 45)
    return new_person(40, 78)


# ----------------------------------------------------------------------------- phrases
def day_phrase(tmin, style=None):
    d = T0 - datetime.timedelta(minutes=tmin)
    back = (T0.date() - d.date()).days
    if back == 0:
        day = ch(["今天", "今儿", "今天"])
    elif back == 1:
        day = ch(["昨天", "昨儿个", "昨天"])
    elif back == 2:
        day = ch(["前天", "前儿个", "%d号" % d.day])
    elif back == 3 and p(0.4):
        day = "大前天"
    else:
        day = ch(["%d月%d号" % (d.month, d.day), "%d月%d日" % (d.month, d.day), "%d号" % d.day,
                  "%d.%d" % (d.month, d.day)])
    h = d.hour
    pod = ("半夜" if h < 5 else "早上" if h < 8 else "上午" if h < 11 else "中午" if h < 13 else "下午" if h < 17
           else "傍晚" if h < 19 else "晚上" if h < 23 else "半夜")
    if style == "date":
        return day
    r = R.random()
    h12 = h if h <= 12 else h - 12
    if r < 0.35:
        return day + pod
    if r < 0.6:
        return day + pod + ch(["%d点来钟" % h12, "%d点多" % h12, "%d点左右" % h12, "%d点多钟" % h12])
    if r < 0.75:
        return day + " %02d:%02d" % (h, d.minute // 10 * 10)
    return day + pod


def window_phrase(lf, lt):
    a = day_phrase(lf)
    b = day_phrase(lt) if lt > 0 else "现在"
    return ch(["从%s到%s之间" % (a, b), "%s到%s这段时间" % (a, b), "大概%s至%s" % (a, b)])


PLEAS = ["谁捡到了请交派出所，必有重谢。", "麻烦民警同志帮着留意一下。", "捡到的好心人请联系我，谢谢！", "急！", "有消息请通知，谢谢。",
         "对别人没用，对我很重要。", "", ""]


def contact(o, v):
    ow = o["owner"]
    ph = ow["phone"]
    if v == "student":
        return ch(["家长电话%s" % ph, "联系电话%s（家长）" % ph, "电话%s" % ph, ""])
    if v == "farmer":
        hon = ch(["大爷", "老哥", "叔"]) if ow["sex"] == "男" else ch(["大娘", "大姐", "婶"])
    else:
        hon = "先生" if ow["sex"] == "男" else "女士"
    return ch(["电话%s" % ph, "联系电话%s" % ph, "有信儿给打电话%s" % ph, "找着了请联系%s，必有重谢" % ph,
               "联系人%s，%s" % (ow["name"][0] + hon, ph), "电话：%s" % ph, ""])


def item_own(o, cw, bw, mw, v):
    kind = ch(o["own_kind"])
    if o["cat"] == "cash":
        return kind
    meas = o["measure"] or "一个"
    if v in ("child", "care", "official"):
        pre = ch([meas, "", meas])
    elif v == "farmer":
        pre = ch([meas, "", "俺的", "俺那个", meas])
    else:
        pre = ch([meas, "", "我的", meas])
    desc = ""
    if cw:
        desc += cw
    if bw:
        desc += bw + (" " if bw[-1].isascii() else "")
    if mw:
        desc += mw + " "
    desc = desc.replace("  ", " ")
    bits = [x for x in (cw.rstrip("的"), bw, mw.strip()) if x]
    if len(bits) >= 2 and p(0.25):
        return "%s%s（%s）" % (pre, kind, "，".join(bits))
    return pre + desc + kind


def serial_text(stype, val, side):
    if stype == "imei":
        return fmt_imei(val)
    if stype == "idn":
        return fmt_id(val, side)
    if stype == "card":
        return fmt_card(val[0], val[1], side)
    if stype == "acct":
        return ch(["账号尾号" + val[1], "账号后四位" + val[1], val[0] + "****" + val[1]])
    if stype == "frame":
        return ch([val, val, val[:4] + " " + val[4:], "车架号" + val, "车架号后六位" + val[-6:]])
    if stype == "eplate":
        return ch([val, val.replace("柳河", "柳"), val[:3] + "-" + val[3:], "车牌" + val])
    if stype == "plate":
        return ch([val, val[:2] + "·" + val[2:], val[:2] + " " + val[2:]])
    if stype == "sno":
        return ch(["学号" + val, val])
    if stype == "hukou":
        return ch(["户号" + val, val])
    if stype == "landno":
        return ch(["证号" + val, "编号" + val, spaced(val)])
    if stype == "jsd":
        return ch(["结算单号" + val, val, val[:6] + "-" + val[6:]])
    if stype == "sn":
        return ch(["SN:" + val, "序列号" + val, val, "S/N " + val])
    return val


SER_LABEL_OWN = {"imei": ["串号", "IMEI", "手机串号"], "idn": ["身份证号", "证号", "身份证号码"], "card": ["卡号", "银行卡"],
                 "acct": ["账号", "存折账号"], "frame": ["车架号"], "eplate": ["车牌", "牌照"], "plate": ["车牌号", "车号"],
                 "sno": ["学号"], "hukou": ["户号"], "landno": ["证书编号", "编号"], "jsd": ["结算单号", "单号"],
                 "sn": ["序列号", "机身号"]}


def typo(s):
    subs = [("身份证", "身分证"), ("钥匙", "钥是"), ("钥匙", "要匙"), ("钱包", "钱抱"), ("手机", "首机"), ("黑色", "黑涩"),
            ("电动车", "电东车"), ("自行车", "自形车"), ("银行卡", "银航卡"), ("已经", "以经"), ("的时候", "得时候"),
            ("捡到", "检到"), ("联系", "连系"), ("着急", "着及"), ("麻烦", "麻凡"), ("信用社", "信用设"), ("粮库", "粮裤"),
            ("客运站", "客运战"), ("现金", "现今"), ("戒指", "戒子"), ("户口本", "户口笨"), ("助听器", "助听气"),
            ("在", "再"), ("拾到", "拾倒"), ("老人机", "老人鸡"), ("丢了", "丢啦"), ("驾驶证", "驾使证")]
    cands = [sb for sb in subs if sb[0] in s]
    if not cands:
        return s
    a, b = ch(cands)
    return s.replace(a, b, 1)


def pinyin_place(pk):
    base = pk.split("_")[0]
    return {"liangku": "liangku", "gas": "jiayouzhan", "nongji": "nongji xiuli chang", "jishi": "jishi (da ji)",
            "street": "shizi jie", "supermarket": "chaoshi", "hospital": "zhen yiyuan", "weishengyuan": "weishengyuan",
            "bianmin": "bianmin dating", "xinyongshe": "xinyongshe", "atm": "ATM", "bus": "keyunzhan",
            "school": "zhongxue", "jinglaoyuan": "jinglaoyuan", "ktv": "KTV", "bath": "xiyu zhongxin",
            "restaurant": "tieguodun fandian", "vc": "cunweihui", "field": "di li", "road": "lu shang"}[base]


PINYIN_CAT = {"phone": "shouji / phone", "id_doc": "shenfenzheng / ID card", "cash": "xianjin / cash",
              "wallet": "qianbao / wallet", "keys": "yaoshi / keys", "ebike": "diandongche / e-bike",
              "bicycle": "zixingche / bike", "bag": "bao / bag", "jewelry": "shoushi / jewelry",
              "electronics": "dianzi chanpin", "other": "dongxi"}


# ----------------------------------------------------------------------------- lost report writer
def fmt_facts(lst, sep=None):
    sep = sep or ch(["，", "，", "；", "。"])
    return sep.join(lst)


LOSE_BA = ["整丢了", "弄丢了", "丢了", "落下了", "整没了"]
LOSE_SUB = ["丢了", "找不着了", "没了", "不知道掉哪去了", "整丢了", "落哪了"]
LOSE_BA_STD = ["丢了", "弄丢了", "遗失了", "落下了"]
LOSE_SUB_STD = ["丢了", "找不到了", "丢失了", "不见了"]
POCKET = ("phone", "wallet", "cash", "keys", "id_doc")
HOLDS = ("phone", "wallet", "bag", "cash")


def pron_for(v, ow):
    if v in ("farmer", "migrant", "stall"):
        return "俺"
    if v in ("child", "care", "official"):
        return "他" if ow["sex"] == "男" else "她"
    return "我"


def lost_report(o):
    v = o["voice"]
    ow = o["owner"]
    cat = o["cat"]
    prof = wch([("full", 30), ("partial", 45), ("bare", 25)]) if v != "pinyin" else "partial"
    if v in ("official", "clerk", "nurse", "child"):
        prof = wch([("full", 40), ("partial", 45), ("bare", 15)])
    rec = {"category": cat}
    know = dict(brand=o["brand"] is not None and p(o["b_own"] + (0.15 if v == "child" else 0)),
                color=o["color"] is not None and p(o["c_own"]), model=o["model"] is not None and p(o["m_own"]))
    if v == "farmer" and cat == "phone" and o["kind"] == "old" and p(0.3):
        know["brand"] = False
    sers = [(t, val) for (t, val, op, fp) in o["serials"] if p(op + (0.2 if v in ("child", "driver") else 0))]
    own_facts = [f for f in o["facts"] if f[0]]
    R.shuffle(own_facts)
    nf = {"full": R.randint(2, 4), "partial": R.randint(1, 3), "bare": R.randint(0, 1)}[prof]
    said = own_facts[:nf]
    pr = pron_for(v, ow)
    fact_txt = [ch(f[0]).replace("俺", pr) for f in said]
    cw = col_adj(o["color"]) if know["color"] and cat != "keys" and not (cat == "jewelry" and o["kind"] != "jade") else ""
    if cat == "keys":
        know["color"] = o.get("color_fact") in said
    bw = brand_word(o["brand"], "own", v) if know["brand"] else ""
    mw = o["model"] if know["model"] else ""
    if mw and p(0.3):
        mw = mw.replace(" ", "").lower() if p(0.5) else mw.replace(" ", "")
    item = item_own(o, cw, bw, mw, v)
    # where, as the owner tells it
    pk = o["lpk"]
    rp = o["rep_place"]
    spot_cl = ""
    route = rp[0] == "route"
    home = ch(["家", VNAME[ow["village"]], "屯里"])
    if rp[0] == "same":
        where = pname(pk)
        if cat in ("ebike", "bicycle"):
            spot_cl = ch(["，车停在门口", "，就停在门口", "，出来车就没了", "，停在道边上", ""])
        elif P[pk]["spots"] and p(0.35):
            spot_cl = ch(["，可能落在%s了", "，应该是在%s那块", "（%s）", "，估计是%s"]) % ch(P[pk]["spots"])
    elif rp[0] == "near":
        where = pname(rp[1])
    elif route:
        where = "从%s去%s的道上" % (home, pname(rp[1]))
    else:
        where = "%s或者%s" % (pname(rp[1]), pname(rp[2]))
    act = "" if route else ch(acts(rp[1] if rp[0] != "same" else pk))
    if v == "care" and (pk == "jinglaoyuan" or rp[1] == "jinglaoyuan"):
        act = ch(["溜达", "晒太阳", "吃饭", "在院里坐着"])
    tphr = day_phrase(o["t_loss"] + R.randint(0, 40))
    ne = v in ("farmer", "official", "care", "stall", "migrant")
    ba = ch(LOSE_BA if ne else LOSE_BA_STD)
    sub = ch(LOSE_SUB if ne else LOSE_SUB_STD)
    ser_txt = []
    for t, val in sers:
        s = serial_text(t, val, "own")
        if not s.startswith(tuple(SER_LABEL_OWN.get(t, []))) and not s[0].isalpha() and p(0.7):
            s = ch(SER_LABEL_OWN[t]) + ch(["", "：", " "]) + s
        ser_txt.append(s)
    hid = ""
    who = o.get("holder")
    if who and (cat == "id_doc" or cat == "other"):
        if v in ("child", "care", "official") or who is not ow:
            hid = "%s的" % who["name"]
        elif p(0.85 if cat == "id_doc" else 0.5):
            hid = ch(["俺叫%s，" % who["name"], "本人%s，" % who["name"], "名字是%s，" % who["name"]]) if v == "farmer" else \
                ch(["本人%s，" % who["name"], "我叫%s，" % who["name"], "%s的" % who["name"], "%s的" % who["name"]])
    ownref = {"男": ch(["我爸", "我父亲", "俺爹", "我老爸"]), "女": ch(["我妈", "我母亲", "俺娘", "我老妈"])}[ow["sex"]]
    det = fmt_facts(fact_txt + ser_txt) if (fact_txt or ser_txt) else ""
    det = (det + "。") if det else ""
    if cat == "cash":
        amt = amount_own(o["amount"])
        item = ch(["%s%s" % (amt, ch(["现金", "的卖粮钱", "现金"] + ([] if amt[-1] in "钱块元" else ["钱"]))),
                   "一沓钱（%s）" % amt, amt])
    if cat == "wallet" and p(0.3):
        det = ch(["里头钱不多但证件都在。", "里头东西可多了。"]) + det
    if cat in ("id_doc", "other") and hid and hid.endswith("的"):
        bare_item = item
        for pre in ("俺那个", "俺的", "我的", o["measure"], "一个", "个"):
            if pre and bare_item.startswith(pre):
                bare_item = bare_item[len(pre):]
                break
        item = hid + bare_item
        hid = ""
    c = contact(o, v)
    c = c + "。" if c else ""
    xs = ["贼着急！", "可咋整啊。", "老闹心了。", "急死个人了！", "这可咋整。", "俺这两天觉都睡不着。", "谁捡着了行行好。",
          "麻烦给找找，贼着急。", "着急上火的。", "", ""]
    if cat in HOLDS:
        xs += ["啥玩意儿都在里头，咋整啊。", "里头东西对别人没用，对俺可老重要了。"]
    x = ch(xs)
    pl = ch(PLEAS)
    tail = ""
    if prof != "bare" and p(0.25):
        tail = ch(["最后一次用是%s。" % day_phrase(o["lost_from"]), "%s还在身上呢。" % day_phrase(o["lost_from"]),
                   "%s发现没的。" % day_phrase(max(o["lost_to"], 1))])
    if prof == "bare":
        wt = where
        body = ch([
            "%s%s%s" % ("在" + wt if route else wt, ba, item),
            "%s在%s丢%s" % (day_phrase(o["t_loss"], "date"), wt, item),
            "%s %s %s" % (item, sub, wt),
            "丢%s，%s" % (item, wt) + ch(["，急", "！！", "", "，谢谢"]),
            "%s%s，%s" % (hid, item, ch(["在%s丢的" % wt, "%s附近丢的" % wt])),
        ])
        if said and p(0.5):
            body += "，" + fact_txt[0]
        if p(0.35):
            body = typo(body)
    elif route:
        who_s = {"farmer": ch(["俺", "我"]), "child": ownref, "care": ow["name"] + ("大爷" if ow["sex"] == "男" else "大娘"),
                 "official": "村里" + ow["name"]}.get(v, "我")
        if ow["age"] >= 66:
            veh = ch(["坐三轮", "走着", "搭邻居的车", "坐客车"])
        elif cat in ("ebike", "bicycle"):
            veh = ch(["走着", "坐三轮", "搭邻居的车"])
        elif cat == "keys":
            veh = ch(["骑车", "走着", "坐三轮", "搭人家的车"])
        else:
            veh = ch(["骑电动车", "开四轮子", "骑车", "坐三轮", "走着", "开三轮子"])
        body = ch(["{t}{w}{veh}从{h}去{d}，半道上{item}{sub}。{det}{tail}{x}{c}",
                   "{t}{w}{veh}往{d}去，到了才发现{item}{sub}，应该是道上掉的。{det}{tail}{x}{c}",
                   "{w}{t}从{h}{veh}去{d}，{item}在道上{ba}。{det}{tail}{pl}{c}"]).format(
            t=tphr, w=who_s, veh=veh, h=home, d=pname(rp[1]), item=item, sub=sub, ba=ba, det=det, tail=tail,
            x=x if ne else "", pl=pl, c=c)
    else:
        fm = dict(t=tphr, w=where, s=spot_cl, act=act, item=item, ba=ba, sub=sub, det=det, x=x, c=c, pl=pl, tail=tail,
                  hid=hid, ref=ownref, vill=VNAME[ow["village"]], me=ch(["俺", "我"]))
        if v == "farmer":
            tpls = ["{hid}{t}{me}在{w}{act}{s}，{item}{sub}。{det}{tail}{x}{c}",
                    "{me}是{vill}的，{t}上{w}{act}{s}，把{item}{ba}。{det}{tail}{x}{c}",
                    "{hid}{t}{me}到{w}{act}，回家才发现{item}{sub}{s}。{det}{tail}{x}{c}"]
            if cat in POCKET:
                tpls.append("{item}{sub}！{t}去{w}{act}，回家一摸兜没了{s}。{det}{tail}{x}{c}")
        elif v == "child":
            tpls = ["帮{ref}登记一下：{t}{ref}在{w}{act}的时候把{item}{ba}{s}。{det}{tail}老人着急上火，麻烦帮忙留意。{c}",
                    "我是替{ref}报的，{ref}不会弄手机。{t}{ref}去{w}{act}，{item}{sub}{s}。{det}{tail}{c}",
                    "我在外地打工，{ref}打电话说{t}在{w}把{item}整丢了{s}。{det}{tail}{pl}{c}",
                    "{ref}岁数大了，{t}在{w}{act}，{item}{sub}{s}。{det}{tail}{pl}{c}"]
        elif v == "driver":
            if pk.startswith("liangku") or pk == "gas":
                tpls = ["跑车的，{t}拉苞米到{w}卸车，{item}{sub}{s}。{det}{tail}{c}",
                        "{t}在{w}排队，下车抽根烟回来{item}就没了{s}。{det}{tail}{pl}{c}",
                        "拉粮的司机，{t}在{w}，{item}可能掉车底下了{s}。{det}{tail}{c}",
                        "{t}{w}，把{item}{ba}{s}。{det}车还等着走呢，{pl}{c}"]
            elif pk in ("ktv", "bath", "restaurant"):
                tpls = ["{t}跟几个跑车的哥们在{w}{act}，{item}{sub}{s}。{det}{tail}{c}",
                        "开大车的，{t}在{w}{act}，把{item}{ba}{s}。{det}{tail}{pl}{c}"]
            else:
                tpls = ["开大车的，{t}在{w}{act}，把{item}{ba}{s}。{det}{tail}{pl}{c}",
                        "跑车路过柳河，{t}在{w}{act}，{item}{sub}{s}。{det}{tail}{c}"]
        elif v == "staff":
            fm["job"] = ch(["检斤员", "化验员", "保管员", "开票的"])
            tpls = ["我是粮库{job}，{t}在{w}把{item}{ba}{s}。{det}{tail}{c}",
                    "本人在粮库上班（{job}），{t}{item}{sub}，可能在{w}{s}。{det}{tail}{pl}{c}"]
        elif v == "stall":
            fm["g"] = ch(["菜", "豆腐", "衣服", "鞋", "农药种子", "鸡蛋", "熟食"])
            tpls = ["我在大集摆摊卖{g}，{t}在{w}{act}，收摊的时候发现{item}没了{s}。{det}{tail}{x}{c}",
                    "集上卖{g}的，{t}在{w}把{item}{ba}{s}。{det}{tail}{c}"]
        elif v == "nurse":
            tpls = ["本人是镇医院护士，{t}在{w}把{item}{ba}{s}。{det}{tail}{c}",
                    "{t}在{w}{act}，{item}遗失{s}。{det}{tail}{pl}{c}",
                    "护士，{t}{w}，{item}{sub}{s}。{det}{tail}{c}"]
        elif v == "clerk":
            fm["org"] = ch(["镇政府", "信用社", "便民大厅", "镇中学"])
            tpls = ["我是{org}工作人员，{t}在{w}把{item}{ba}{s}。{det}{tail}{pl}{c}",
                    "{t}在{w}遗失{item}{s}。{det}{tail}{c}"]
        elif v == "busdriver":
            fm["line"] = VNAME[ch(VKEYS)][:2]
            tpls = ["我是跑柳河—{line}线的客车司机，{t}在{w}把{item}{ba}{s}。{det}{tail}{c}",
                    "开客车的，{t}{w}{act}，{item}{sub}{s}。{det}{tail}{pl}{c}"]
        elif v == "official":
            fm["name"] = ow["name"] + (ch(["", "大爷", "老哥"]) if ow["sex"] == "男" else ch(["", "大娘", "大姐"]))
            fm["ph"] = ow["phone"]
            tpls = ["我是{vill}村委会的，替我们屯{name}登记：{t}在{w}{act}，{item}{sub}{s}。{det}{tail}老人不会写字，有消息打村部电话或者{ph}。",
                    "村里{name}{t}去{w}{act}，{item}{sub}{s}，托村上报一下。{det}{tail}{c}"]
        elif v == "migrant":
            fm["home"] = ow.get("home", "河南")
            tpls = ["俺是{home}来的，跟着收割机过来干活，{t}在{w}{act}，把{item}{ba}{s}。{det}{tail}回不了家咋弄啊。{c}",
                    "外地来收苞米的（{home}），{t}在{w}{act}，{item}{sub}{s}。{det}{tail}俺在这人生地不熟，{pl}{c}",
                    "俺是{home}嘞，{t}在{w}{act}，{item}{sub}{s}，中不中帮俺找找。{det}{tail}{c}"]
        elif v == "student":
            fm["g"] = ch("一二三")
            tpls = ["我是柳河中学初{g}的学生，{t}在{w}把{item}{ba}{s}。{det}{tail}{c}",
                    "孩子在镇中学上初{g}，{t}在{w}{item}{sub}{s}。{det}{tail}{pl}{c}",
                    "{t}放学在{w}丢了{item}{s}。{det}{tail}请捡到的同学交给老师。{c}"]
        elif v == "care":
            fm["name"] = ow["name"] + (ch(["老爷子", "大爷"]) if ow["sex"] == "男" else ch(["老太太", "大娘"]))
            fm["ph"] = new_phone()
            tpls = ["我是敬老院护工，我们院{name}{t}在{w}{act}，把{item}{ba}{s}，{det}{tail}老人耳朵背，有消息打这个电话{ph}。",
                    "替敬老院{name}报：{t}{w}，{item}{sub}{s}。{det}{tail}{c}"]
        elif v == "pinyin":
            fm["cat"] = PINYIN_CAT[cat]
            fm["col"] = {"黑": "black", "白": "white", "红": "red", "蓝": "blue", "金": "gold", "银": "silver", "灰": "grey",
                         "绿": "green", "棕": "brown", "粉": "pink", "紫": "purple", "黄": "yellow",
                         "肤": "beige"}.get(o["color"], "") if know["color"] else ""
            fm["b"] = bw
            fm["pl"] = pinyin_place(pk)
            fm["ph"] = ow["phone"]
            en = " ".join(x for x in (fm["col"], bw.strip()) if x)
            fm["en1"] = (", " + en) if en else ""
            fm["en2"] = ("，" + en) if en else ""
            tpls = ["wo de {cat} diu le{en1}, zai {pl}. {det}pls call {ph}",
                    "Lost {cat} at {pl} {t}{en1}. {det}{ph} xie xie",
                    "丢了 {cat}{en2}，在{w}附近 lost. {det}电话{ph}"]
        else:
            tpls = ["{t}在{w}{act}，遗失{item}{s}。{det}{tail}{pl}{c}",
                    "本人于{t}在{w}丢失{item}{s}。{det}{tail}{c}",
                    "{item}{sub}，{t}在{w}附近{s}。{det}{tail}{pl}{c}",
                    "{t}在{w}不小心把{item}落下了{s}。{det}{tail}{pl}{c}"]
        body = ch(tpls).format(**fm)
        if rp[0] == "unsure" and p(0.8):
            body += ch(["具体在哪丢的说不准。", "也可能是在路上掉的。", "两个地方都去过，记不清了。"])
        if p(0.14):
            body = typo(body)
    for a, b in (("。。", "。"), ("，。", "。"), ("！。", "！"), ("，，", "，"), ("了了", "了"), ("  ", " "), ("，，", "，"),
                 (" ,", ","), (" .", "."), (" ，", "，"), ("， ", "，")):
        body = body.replace(a, b)
    if body.count("必有重谢") > 1:
        i = body.index("必有重谢") + 4
        body = body[:i] + body[i:].replace("，必有重谢", "").replace("必有重谢", "")
    rec["body"] = body.strip().rstrip("，,")[:600]
    # structured fields
    fp = {"full": 0.85, "partial": 0.4, "bare": 0.1}[prof]
    if know["color"] and p(fp + (0.2 if cat == "keys" else 0)):
        rec["color"] = col_word(o["color"]) if (p(0.7) or not cw) else cw.rstrip("的")
    if know["brand"] and p(fp):
        rec["brand"] = bw if p(0.6) else brand_word(o["brand"], "own", v)
    if know["model"] and p(fp + 0.2):
        rec["model"] = o["model"]
    if sers and p(fp + 0.1):
        t, val = sers[0]
        rec["serial"] = serial_text(t, val, "own")
    if said and p(fp):
        rec["marks"] = fmt_facts(fact_txt, "；")[:500]
    if prof != "bare" or p(0.4):
        if rp[0] == "same":
            rec["address"] = ch(["柳河镇", "", ""]) + pname(pk) + (ch(P[pk]["spots"]) if P[pk]["spots"] and p(0.3) else "")
        elif rp[0] == "near":
            rec["address"] = pname(rp[1])
        elif route:
            rec["address"] = "%s至%s路上" % (VNAME[ow["village"]], pname(rp[1]))
        else:
            rec["address"] = pname(rp[1]) + "附近"
        rec["address"] = rec["address"].replace("柳河镇柳河", "柳河镇")[:60]
    if prof != "bare" and p(0.6) or prof == "bare" and p(0.2):
        if rp[0] == "same":
            rec["lat"], rec["lon"] = coord(pk)
        elif rp[0] in ("near", "unsure"):
            rec["lat"], rec["lon"] = coord(rp[1])
        elif route and p(0.5):
            rec["lat"], rec["lon"] = coord("vc_" + ow["village"], 0.002)
    rec["lost_from_min"] = o["lost_from"]
    rec["lost_to_min"] = o["lost_to"]
    shown = [t for t, _ in sers] if prof != "bare" else ([sers[0][0]] if "serial" in rec else [])
    o["said"] = dict(brand=bool(bw) or "brand" in rec, color=bool(cw) or "color" in rec, serial=shown,
                     body=rec["body"], marks=rec.get("marks", ""), holder=bool(o.get("holder")))
    return rec


# ----------------------------------------------------------------------------- found registration writer
FINDER_OPEN = {
    "lk_guard": ["粮库门卫在%s拾到", "粮库保安巡查时在%s发现", "门卫在%s捡到"],
    "lk_staff": ["粮库工作人员在%s发现", "检斤员在%s捡到", "粮库职工在%s地上捡到"],
    "driver_f": ["排队卖粮的司机在%s捡到", "拉粮车司机在%s拾得"],
    "cleaner": ["保洁员打扫卫生时在%s发现", "清洁工在%s捡到", "保洁在%s拾到"],
    "villager": ["村民在%s捡到", "群众在%s拾得", "过路的老乡在%s捡着"],
    "patrol": ["巡逻时在%s发现", "民警巡逻在%s拾得", "辅警在%s发现"],
    "gas_staff": ["加油站员工在%s捡到", "加油站员工在%s发现顾客遗落"],
    "repair": ["修理厂师傅在%s捡到", "修理部伙计在%s发现"],
    "stall": ["摊主收摊时在%s发现", "卖菜的摊主在%s捡到", "摆摊的在%s拾到"],
    "taxi": ["出租车司机送来，乘客在%s下车后落在车上", "三轮车师傅在%s拉客后发现车上有"],
    "shop": ["收银员在%s发现顾客遗落", "超市员工在%s捡到"],
    "nurse": ["护士在%s发现", "在%s有患者遗落", "值班护士在%s拾得"],
    "guard": ["保安在%s捡到", "门卫在%s发现"],
    "hall": ["工作人员在%s发现有人落下", "窗口人员在%s拾得"],
    "xys": ["大堂经理在%s发现", "保安在%s捡到", "柜员在%s发现客户遗留"],
    "bus_staff": ["客运站工作人员在%s捡到", "车站在%s发现旅客遗失"],
    "bus_driver": ["客车到站后司机在%s发现", "班车司机收车时在%s捡到"],
    "teacher": ["学生在%s捡到交给老师", "老师在%s拾得"],
    "care": ["敬老院工作人员在%s捡到", "护工在%s发现"],
    "ktv": ["服务员打扫卫生时在%s发现", "服务员在%s捡到客人落下的"],
    "bath": ["前台：%s发现客人遗落", "服务员在%s捡到"],
    "restaurant": ["服务员收拾桌子时在%s发现", "饭店老板在%s捡到"],
    "official": ["村民交到村部：在%s捡的", "村干部在%s拾得"],
}
FINDER_CLOSE = ["现暂存门卫室。", "已交派出所。", "等失主认领。", "请失主带证件来认领。", "已送到所里。", "", "", "暂存前台。",
                "由拾得人送交。"]
FND_MEASURE_DEFAULT = "一个"


def found_report(o, fpk, t_found, finder=None, prof=None, force=()):
    vehicle = o["cat"] in ("ebike", "bicycle")
    if vehicle and not finder:
        finder = ch(["patrol", "villager", "guard", "patrol"])
    finder = finder or ch(P[fpk]["finders"])
    prof = prof or wch([("full", 38), ("partial", 40), ("bare", 22)])
    if finder in ("patrol", "xys", "hall", "bus_staff", "lk_guard") and prof == "bare" and p(0.5):
        prof = "partial"
    rec = {"category": o["fcat"]}
    kb = o["brand"] is not None and (p(o["b_fnd"]) or "brand" in force)
    kc = o["color"] is not None and (p(o["c_fnd"]) or "color" in force)
    km = o["model"] is not None and (p(o["m_fnd"]) or "model" in force)
    sers = [(t, val) for (t, val, op, fp) in o["serials"] if p(fp) or ("serial" in force and t == o["serials"][0][0])]
    vis = [f for f in o["facts"] if f[1] and (p(f[2]) or f in o.get("force_facts", []))]
    R.shuffle(vis)
    if prof == "bare":
        vis = vis[:1]
        sers = sers[:1] if ("serial" in force or p(0.3)) else []
    elif prof == "partial":
        vis = vis[:R.randint(1, 3)]
    for f in o.get("force_facts", []):
        if f not in vis:
            vis.append(f)
    if o["cat"] == "keys" and "color" not in force and o.get("color_fact") not in vis:
        kc = False
    col = ""
    if kc:
        c = o["color"]
        if o.get("fcolor_shift") and c in COL_SHIFT:
            col = ch(COL_SHIFT[c])
        else:
            col = col_word(c)
    bw = brand_word(o["brand"], "fnd") if kb else ""
    mw = o["model"] if km else ""
    kind = ch(o["fnd_kind"])
    meas = o["measure"] or "一个"
    if o["cat"] == "cash":
        item = "现金%d元" % o["amount"] if p(0.6) else "人民币%s" % ch(["一沓", "若干"])
    else:
        desc = ""
        if col and o["cat"] != "keys":
            desc += col if col.endswith(("的", "色")) and len(col) > 1 else (col + "色" if len(col) == 1 else col + ch(["", "的"]))
        if bw:
            desc += bw + (" " if bw[-1].isascii() else "")
        if mw:
            desc += mw + " "
        item = ch([meas + desc + kind, desc + kind + meas, meas + desc + kind])
    vtxt = [ch(f[1]) for f in vis]
    stxt = []
    for t, val in sers:
        s = serial_text(t, val, "fnd")
        lab = {"imei": ch(["IMEI：", "串号", "电池下标签IMEI ", ""]), "idn": ch(["证号", "身份证号：", "号码", ""]),
               "card": ch(["卡号", "银行卡", ""]), "frame": ch(["车架号", "车架号：", ""]), "eplate": ch(["车牌", "号牌"]),
               "plate": ch(["车牌", "号牌"]), "sno": "", "hukou": "", "landno": ch(["证号", "编号"]), "jsd": "",
               "sn": "", "acct": ""}.get(t, "")
        if s.startswith(("IMEI", "串号", "车架号", "车牌", "学号", "户号", "编号", "证号", "结算", "SN", "S/N", "序列号", "尾号",
                         "卡号", "账号")):
            lab = ""
        stxt.append(lab + s)
    holder_txt = ""
    h = o.get("holder")
    if h and o["cat"] == "id_doc":
        holder_txt = ch(["姓名%s" % h["name"], "持证人：%s" % h["name"], "%s的" % h["name"], "姓名：%s，%s" % (h["name"], h["sex"])])
    spot = ch(P[fpk]["spots"]) if P[fpk]["spots"] and p(0.6) else ""
    if vehicle:
        if fpk.startswith(("road_", "field_", "liangku_road", "street")) or fpk.endswith("jishi"):
            spot = ch(["边上", "道边", "", "附近"])
        else:
            spot = ch(["门口", "门前", "门口停车的地方", "旁边道边", "", "附近"])
    where = pname(fpk) + spot
    tphr = day_phrase(t_found)
    if prof == "bare":
        body = ch([
            "%s拾到%s" % (where, item),
            "拾%s，%s" % (item, where),
            "%s捡到%s" % (tphr, item),
            "%s %s" % (where, item),
        ])
        if holder_txt and p(0.7):
            body += "，" + holder_txt
        if (vtxt or stxt) and p(0.7):
            body += "，" + ch(vtxt + stxt)
        if p(0.25):
            body = typo(body)
    else:
        op = ch(FINDER_OPEN[finder])
        opener = op % where if "%s" in op else op
        parts = [tphr + opener + item]
        if vehicle:
            parts = [tphr + ch(["巡逻时在%s发现", "群众反映%s停着", "在%s发现", "%s有"]) % where + item +
                     ch(["，停放多日无人骑走", "，无人看管", "，停了好几天没人管", ""])]
        if holder_txt:
            parts.append(holder_txt)
        if vtxt:
            parts.append(fmt_facts(vtxt, ch(["，", "；"])))
        if stxt:
            parts.append(fmt_facts(stxt, "，"))
        body = "，".join(parts) + "。" + ch(FINDER_CLOSE)
        if finder == "bus_driver" and P[fpk]["town"] == "柳河" and p(0.6):
            body = body.replace("客车到站后", "%s线客车到站后" % ("柳河—" + VNAME[ch(VKEYS)][:2]), 1)
        if p(0.07):
            body = typo(body)
    rec["body"] = body.replace("。。", "。").strip()[:600]
    fp = {"full": 0.9, "partial": 0.45, "bare": 0.12}[prof]
    if col and (p(fp) or "color" in force):
        rec["color"] = col
    if bw and (p(fp) or "brand" in force):
        rec["brand"] = bw
    if mw and p(fp + 0.2):
        rec["model"] = mw
    if sers and (p(fp + 0.1) or "serial" in force):
        t, val = sers[0]
        rec["serial"] = serial_text(t, val, "fnd")
    mk = vtxt[:]
    if holder_txt and p(0.5):
        mk.insert(0, holder_txt)
    if mk and p(fp):
        rec["marks"] = "；".join(mk)[:500]
    if p(0.9 if prof != "bare" else 0.5) or "place" in force:
        town = P[fpk]["town"]
        pre = town if town != "柳河" and not where.startswith(town[:2]) else ""
        rec["address"] = (pre + where)[:60]
    if p(0.7 if prof != "bare" else 0.35) or ("place" in force and p(0.6)):
        rec["lat"], rec["lon"] = coord(fpk, 0.0006)
    rec["found_at_min"] = t_found
    return rec


# ----------------------------------------------------------------------------- build the truth records
CAT_PLAN = {  # category: (paired, never handed in)
    "phone": (32, 18), "id_doc": (28, 8), "cash": (8, 12), "wallet": (15, 7), "keys": (15, 9), "ebike": (10, 6),
    "bicycle": (4, 4), "bag": (12, 6), "jewelry": (6, 8), "electronics": (9, 5), "other": (11, 7),
}
CROSS = [  # (owner's category, maker kwargs, finder's category): one object filed two ways
    ("other", dict(kind="passbook"), "id_doc"),
    ("id_doc", dict(kind="土地承包证"), "other"),
    ("other", dict(kind="hearing"), "electronics"),
    ("cash", dict(cont=("红布钱包", "红色布钱包（零钱包）", "红")), "wallet"),
]


KIND_W = {
    "phone": [("old", 45), ("smart", 55)],
    "id_doc": DOC_KINDS,
    "cash": [("cash", 1)],
    "wallet": [("men", 5), ("women", 3), ("coin", 2), ("clutch", 1.5)],
    "keys": [("tractor", 4), ("combine", 1.5), ("truck", 3), ("tricycle", 2), ("car", 1.5), ("house", 4), ("ebike", 2)],
    "ebike": [("two", 7), ("tri", 3)],
    "bicycle": [("old28", 3), ("lady", 3), ("mtb", 3)],
    "bag": [("snake", 2), ("canvas", 2), ("backpack", 3), ("lady", 2), ("suitcase", 1.5), ("cloth", 2)],
    "jewelry": [("ring", 4), ("bangle", 2), ("silver", 1.5), ("jade", 1.5), ("earring", 1.5), ("chain", 2)],
    "electronics": [("hearing", 3), ("tablet", 2), ("drone_rc", 2), ("powerbank", 1.5), ("radio", 2), ("earbuds", 1.5),
                    ("kidwatch", 1.5), ("walkie", 1)],
    "other": OTHER_KINDS,
}
# who plausibly owns a thing: (sex or None, probability of that sex, age range or None)
OWNER_HINT = {
    ("wallet", "women"): ("女", 1.0, None), ("bag", "lady"): ("女", 1.0, None), ("jewelry", "earring"): ("女", 1.0, None),
    ("jewelry", "bangle"): ("女", 0.9, None), ("jewelry", "jade"): ("女", 0.95, None), ("jewelry", "silver"): ("女", 0.8, None),
    ("keys", "truck"): ("男", 0.9, None), ("keys", "tractor"): ("男", 0.85, None), ("keys", "combine"): ("男", 0.95, None),
    ("id_doc", "驾驶证"): ("男", 0.8, None), ("id_doc", "行驶证"): ("男", 0.85, None), ("wallet", "clutch"): ("男", 0.9, None),
    ("wallet", "men"): ("男", 1.0, None), ("electronics", "hearing"): (None, 0, (66, 90)),
    ("other", "cane"): (None, 0, (68, 90)), ("other", "dentures"): (None, 0, (64, 88)),
    ("id_doc", "老年证"): (None, 0, (65, 88)), ("electronics", "radio"): (None, 0, (58, 85)),
    ("electronics", "drone_rc"): ("男", 0.9, (24, 52)), ("electronics", "walkie"): (None, 0, (25, 55)),
}
OLD_VOICES = {"farmer", "child", "care", "official"}
YOUNG_KINDS = {"kidwatch", "mtb", "学生证"}
CARE_PLACES = [("jinglaoyuan", 4), ("hospital", 2), ("weishengyuan", 2), ("jishi", 1), ("street", 1), ("bianmin", 1),
               ("xinyongshe", 1), ("supermarket", 1)]
STUDENT_PLACES = [("school", 5), ("bus", 1.5), ("street", 1), ("jishi", 1), ("supermarket", 1), ("weishengyuan", 0.5)]


def make_object(cat, paired, kw=None):
    kw = dict(kw or {})
    kind = kw.pop("kind", None) or wch(KIND_W[cat])
    mcat = "electronics" if kind == "hearing" else cat  # a hearing aid may be filed under 其他
    wl = KIND_PLACE.get((mcat, kind)) or PLACE_W[cat]
    pk0 = wch(wl)
    hint = OWNER_HINT.get((mcat, kind))
    old = bool(hint and hint[2] and hint[2][0] >= 60)
    voice = choose_voice(cat, pk0.lower() if pk0 in ("VC", "FIELD", "ROAD") else pk0, kind)
    if kind in YOUNG_KINDS:
        voice = "student" if p(0.85) or kind == "学生证" else "plain"
    if old and voice not in OLD_VOICES:
        voice = wch([("farmer", 5), ("child", 4), ("care", 2), ("official", 1)])
    if voice == "care" and pk0 not in dict(CARE_PLACES):
        pk0 = wch(CARE_PLACES)
    if voice == "student" and pk0 not in dict(STUDENT_PLACES):
        pk0 = wch(STUDENT_PLACES)
    sex = None
    if hint and hint[0]:
        sex = hint[0] if p(hint[1]) else ("女" if hint[0] == "男" else "男")
    owner = owner_for(voice, sex, hint[2] if hint else None)
    if pk0 == "ktv" and owner["age"] > 58:
        pk0 = ch(["bath", "restaurant"])
    pk = resolve(pk0, owner["village"])
    if mcat in ("id_doc", "wallet", "bag", "electronics", "other"):
        kw.setdefault("holder", owner)
    o = MAKERS[mcat](kind=kind, **kw)
    o["cat"] = o["fcat"] = cat
    o["voice"], o["owner"], o["lpk"], o["paired"] = voice, owner, pk, paired
    t_loss = pick_time(pk)
    a = wch([(R.randint(10, 120), 4), (R.randint(120, 600), 3), (R.randint(600, 2880), 1.5), (R.randint(2880, 10080), 0.5)])
    b = wch([(R.randint(5, 90), 4), (R.randint(90, 720), 3), (R.randint(720, 2880), 1.5)])
    o["t_loss"] = t_loss
    lf = min(t_loss + a, MAXMIN)
    while hour_of(lf) < 5 and lf + 60 <= MAXMIN:  # people remember the evening before, not 3 a.m.
        lf += 60
    lt = max(0, t_loss - b)
    while hour_of(lt) < 6 and lt >= 60:  # and notice the loss once they are up
        lt -= 60
    o["lost_from"], o["lost_to"] = lf, lt
    # how the owner remembers the place
    near = NEAR.get(pk, [])
    can_route = not pk.startswith(("vc_", "field_", "road_")) and cat not in ("ebike", "bicycle") and voice != "care"
    rp = wch([(("same", pk), 65), (("near", ch(near) if near else pk), 14 if near else 0),
              (("route", pk), 10 if can_route else 0),
              (("unsure", pk, ch(near) if near else pk), 9 if near else 0)])
    o["rep_place"] = rp
    return o


def hour_of(tmin):
    return (T0 - datetime.timedelta(minutes=tmin)).hour


def in_hours(pk, tmin):
    lo, hi = P[pk]["hours"]
    h = hour_of(tmin)
    return lo <= h < hi or lo <= h + 24 < hi


def open_hours(pk, tf, step=-30, lo=0, hi=MAXMIN):
    """Move a finding to when someone is there to find it (later by default; earlier with step > 0)."""
    t = tf
    while not in_hours(pk, t) and lo <= t + step <= hi:
        t += step
    return t if in_hours(pk, t) else tf


def found_place_for(o):
    pk = o["lpk"]
    rp = o["rep_place"]
    if rp[0] == "route":
        return "road_" + o["owner"]["village"] if p(0.5) else pk
    near = NEAR.get(pk, [])
    r = R.random()
    if r < 0.68 or not near:
        return pk
    if r < 0.9:
        return ch(near)
    return "street" if pk != "street" else "jishi"


def found_time_for(o, fpk):
    d = wch([(R.randint(3, 120), 4.5), (R.randint(120, 1440), 3), (R.randint(1440, 7200), 2), (R.randint(7200, 20000), 0.5)])
    return open_hours(fpk, max(0, o["t_loss"] - d))


def main(out_path):
    objs = []
    for cat in sorted(CAT_PLAN):
        npair, nnull = CAT_PLAN[cat]
        ncross = sum(1 for c in CROSS if c[0] == cat)
        for _ in range(npair - ncross):
            objs.append(make_object(cat, True))
        for _ in range(nnull):
            objs.append(make_object(cat, False))
    for ocat, kw, fcat in CROSS:
        o = make_object(ocat, True, kw)
        o["fcat"] = fcat
        if ocat == "cash":
            o["fnd_kind"] = ["零钱包", "布钱包"]
        objs.append(o)
    R.shuffle(objs)
    # a few honest colour disagreements between owner and finder
    for o in objs:
        o["fcolor_shift"] = o["paired"] and p(0.07)

    lost = []
    for i, o in enumerate(objs):
        o["lkey"] = "%s-L%04d" % (PFX, i + 1)
        rec = lost_report(o)
        lost.append((o, rec))

    # found items: truths first, then decoys; shuffled before numbering
    found_items = []
    for o in objs:
        if not o["paired"]:
            continue
        fpk = found_place_for(o)
        tf = found_time_for(o, fpk)
        rec = found_report(o, fpk, tf)
        found_items.append(dict(rec=rec, truth_of=o, neg=None))

    decoys = make_decoys(objs)
    found_items += decoys
    R.shuffle(found_items)
    for j, it in enumerate(found_items):
        it["key"] = "%s-F%04d" % (PFX, j + 1)
        if it["truth_of"] is not None:
            it["truth_of"]["fkey"] = it["key"]

    L = []
    for o, rec in lost:
        out = {"key": o["lkey"]}
        out.update(rec)
        out["truth"] = o.get("fkey") if o["paired"] else None
        L.append(order(out, lost=True))
    Fo = []
    for it in found_items:
        out = {"key": it["key"]}
        out.update(it["rec"])
        if it["neg"]:
            out["negative"] = it["neg"]
        Fo.append(order(out, lost=False))
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set76.py", "parts": {PART: {"found": Fo, "lost": L}}}
    text = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return doc


FIELD_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "found_at_min", "truth", "negative"]


def order(d, lost):
    return {k: d[k] for k in FIELD_ORDER if k in d}


# ----------------------------------------------------------------------------- hard negatives
KIND_NOW = [""]
ANCHOR_LOG = []  # (kind, anchor lost key, decoy index): for inspection only, never written
NEG_PLAN = [("same_cat_color", 36), ("found_before_loss", 26), ("same_brand_far", 26), ("serial_mismatch", 16),
            ("namesake_doc", 10), ("cash_other_sum", 6)]


def twin(o, **over):
    """A different object of the same kind, made by the same maker."""
    cat = o["cat"] if o["cat"] != "other" or o["kind"] != "hearing" else "electronics"
    kw = dict(kind=o["kind"])
    kw.update(over)
    if cat == "id_doc":
        kw.setdefault("holder", new_person(18, 85))
    if cat in ("wallet", "bag", "electronics", "other") and "holder" not in kw:
        kw["holder"] = new_person(20, 80)
    d = MAKERS[cat](**kw)
    d["cat"] = d["fcat"] = o["cat"]
    return d


def other_brand(o):
    pool = {"phone": ["华为", "荣耀", "小米", "OPPO", "vivo", "苹果"] if o["kind"] == "smart" else ["金寿星", "百岁通", "中兴"],
            "ebike": ["雅迪", "爱玛", "台铃", "绿源", "新日"] if o["kind"] == "two" else ["金彭", "宗申"],
            "bicycle": ["捷安特", "永久", "凤凰"] if o["kind"] == "mtb" else ["永久", "飞鸽", "凤凰"],
            "wallet": ["七匹狼", "金利来", "皮尔卡丹"], "keys": KEY_KINDS[o["kind"]][2] if o["cat"] == "keys" else [],
            "jewelry": ["周大福", "老凤祥", "中国黄金"], "bag": ["耐克", "阿迪达斯", "安踏"],
            "electronics": {"hearing": ["西门子", "峰力"], "tablet": ["华为", "小米"], "powerbank": ["华为", "小米"],
                            "earbuds": ["苹果", "华为", "小米"]}.get(o["kind"], []),
            "other": ["世达"] if o["kind"] == "tools" else [],
            }.get(o["cat"], [])
    pool = [b for b in pool if b != o["brand"]]
    return ch(pool) if pool else None


def make_decoys(objs):
    out = []
    use = {}  # anchor lkey -> count
    nulls = [o for o in objs if not o["paired"]]
    pairs = [o for o in objs if o["paired"]]

    def anchors(pred):
        a = [o for o in nulls if pred(o) and use.get(o["lkey"], 0) < 2]
        b = [o for o in pairs if pred(o) and use.get(o["lkey"], 0) < 2]
        R.shuffle(a)
        R.shuffle(b)
        res = []
        while a or b:
            src = a if (a and (not b or p(0.6))) else b
            res.append(src.pop())
        return res

    def take(cands):
        for o in cands:
            if use.get(o["lkey"], 0) < 2:
                use[o["lkey"]] = use.get(o["lkey"], 0) + 1
                return o
        raise SystemExit("ran out of anchors for %s" % KIND_NOW[0])

    def after_loss(o, fpk):
        # a moment after the anchor's loss window began (the anchor could, by time alone, be this)
        top = o["lost_from"]
        lo = max(0, o["lost_to"] - wch([(R.randint(0, 1440), 3), (R.randint(1440, 8000), 2)]))
        return open_hours(fpk, R.randint(min(lo, top), top), -30, 0, top)

    for kind, n in NEG_PLAN:
        KIND_NOW[0] = kind
        for _ in range(n):
            if kind == "same_cat_color":
                def cc(o):
                    return o["cat"] not in ("cash", "id_doc") and o["said"]["color"]
                # prefer reports that say something a different object would contradict
                a = take(anchors(lambda o: cc(o) and (o["said"]["brand"] or o["said"]["serial"] or o["said"]["marks"]))
                         + anchors(cc))
                nb = other_brand(a)
                # never the anchor's own (possibly unstated) brand
                d = twin(a, color=a["color"], brand=nb) if nb else twin(a, color=a["color"])
                force = ("color", "brand") if (a["said"]["brand"] and nb) else ("color",)
                d["force_facts"] = [f for f in d["facts"] if f[1] and f[2] >= 0.8][:2]
                fpk = ch([a["lpk"]] + NEAR.get(a["lpk"], []))
                rec = found_report(d, fpk, after_loss(a, fpk), force=force)
            elif kind == "found_before_loss":
                a = take(anchors(lambda o: o["lost_from"] < MAXMIN - 20000))
                kw = {}
                if a["color"] and a["cat"] not in ("id_doc",):
                    kw["color"] = a["color"]
                if a["brand"] and a["cat"] not in ("id_doc", "cash"):
                    kw["brand"] = a["brand"]
                if a["cat"] == "id_doc":
                    kw["holder"] = new_person(16, 85)
                if a["cat"] == "cash":
                    kw = dict(amount=max(500, int(a["amount"] * R.uniform(0.8, 1.2)) // 100 * 100), color=a["color"])
                d = twin(a, **kw)
                fpk = ch([a["lpk"]] + NEAR.get(a["lpk"], []))
                tf = a["lost_from"] + wch([(R.randint(30, 720), 3), (R.randint(720, 4320), 3), (R.randint(4320, 20000), 2)])
                rec = found_report(d, fpk, open_hours(fpk, min(tf, MAXMIN), 30))
            elif kind == "same_brand_far":
                a = take(anchors(lambda o: o["brand"] is not None and o["said"]["brand"]))
                kw = dict(brand=a["brand"])
                if p(0.6) and a["color"]:
                    kw["color"] = a["color"]
                if a["cat"] == "phone" and p(0.6):
                    kw["model"] = a["model"]
                d = twin(a, **kw)
                # same kind of place, in a town 15-30 km away
                base = a["lpk"] if a["lpk"] in ("liangku", "jishi", "bus", "weishengyuan", "xinyongshe", "bath") else ch(
                    ["liangku", "jishi", "bus", "weishengyuan", "xinyongshe"])
                if base == "bath" and p(0.5):
                    base = "jishi"
                fpk = "far_%s_%s" % (ch([t[0] for t in FAR_TOWNS]), base)
                while True:
                    tf = a["t_loss"] + ch([-1, 1]) * R.randint(3 * 1440, 25 * 1440)
                    if 0 <= tf <= MAXMIN:
                        break
                rec = found_report(d, fpk, open_hours(fpk, tf, 30 if tf > a["t_loss"] else -30), force=("brand", "place"))
            elif kind == "serial_mismatch":
                def has_ser(o):
                    return any(t in ("imei", "frame", "eplate", "sn", "card", "acct", "idn", "plate")
                               for t in o["said"]["serial"]) and o["cat"] != "id_doc"
                a = take(anchors(has_ser))
                kw = {}
                if a["color"]:
                    kw["color"] = a["color"]
                if a["brand"]:
                    kw["brand"] = a["brand"]
                if a["cat"] == "phone":
                    kw["model"] = a["model"]
                d = twin(a, **kw)
                st = [t for t in a["said"]["serial"]][0]
                # put the serial of the kind the owner gave first, so the two can be compared
                d["serials"].sort(key=lambda s: 0 if s[0] == st else 1)
                if not d["serials"] or d["serials"][0][0] != st:
                    # the twin lacks that kind of serial: give it one
                    val = {"imei": new_imei, "frame": lambda: frame_no(d["brand"]) if d["brand"] in ("雅迪", "爱玛", "台铃", "绿源", "新日", "金彭", "宗申", "永久", "凤凰", "捷安特", "飞鸽") else new_imei(),
                           "card": lambda: (ch(CARD_PREFIX), new_tail()), "acct": lambda: ("6230", new_tail()),
                           "idn": lambda: new_id(50, "男"),
                           "eplate": lambda: fresh(lambda: "柳河" + ch("ABC") + digits(4)),
                           "sn": lambda: fresh(lambda: "22" + ch("ABCDEFG") + digits(5)),
                           "plate": lambda: "黑" + ch("LMRA") + ch("0123456789") + ch("ABCDHKQ") + digits(3)}[st]()
                    d["serials"].insert(0, (st, val, 0.5, 0.9))
                fpk = ch([a["lpk"]] + NEAR.get(a["lpk"], []))
                rec = found_report(d, fpk, after_loss(a, fpk),
                                   force=("serial", "brand") if a["cat"] == "keys" else ("serial", "brand", "color"))
            elif kind == "namesake_doc":
                def doc_ok(o):
                    return (o["cat"] == "id_doc" and o["kind"] in ("身份证", "驾驶证", "社保卡", "残疾证")
                            and "idn" in o["said"]["serial"] and o["holder"] is not None)
                # best: the owner gave both the name and the number; then any with the number
                a = take(anchors(lambda o: doc_ok(o) and use.get(o["lkey"], 0) == 0
                                 and o["holder"]["name"] in o["said"]["body"])
                         + anchors(lambda o: doc_ok(o) and use.get(o["lkey"], 0) == 0) + anchors(doc_ok))
                h0 = a["holder"]
                shift = ch([-1, 1]) * R.randint(6, 30)
                age = h0["age"] + shift
                if age < 18 or age > 90:
                    age = h0["age"] - shift
                h = dict(name=h0["name"], sex=h0["sex"], age=age, village=ch([v for v in VKEYS if v != h0["village"]]),
                         phone=new_phone())
                d = mk_doc(kind=a["kind"], holder=h)
                fpk = ch(["bianmin", "xinyongshe", "hospital", "liangku", "bus", "jishi", "weishengyuan"])
                rec = found_report(d, fpk, after_loss(a, fpk), force=("serial",), prof=ch(["full", "partial"]))
            else:  # cash_other_sum
                a = take(anchors(lambda o: o["cat"] == "cash"))
                amt = a["amount"]
                while True:
                    na = R.randint(5, 300) * 100
                    if abs(na - amt) > max(1500, amt * 0.4):
                        break
                cont = ch([c for c in CASH_CONT if c != a["cont"]])
                d = mk_cash(amount=na, cont=cont)
                d["force_facts"] = [d["facts"][0]]
                fpk = ch([a["lpk"]] + NEAR.get(a["lpk"], []))
                rec = found_report(d, fpk, after_loss(a, fpk), prof=ch(["full", "partial"]))
                if str(na) not in rec["body"]:
                    rec["body"] = (rec["body"].rstrip("。") + "，经清点共%d元。" % na)[:600]
            out.append(dict(rec=rec, truth_of=None, neg=kind))
            ANCHOR_LOG.append((kind, a["lkey"], out[-1]))
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "set76.json")
    d = main(path)
    part = d["parts"][PART]
    print("wrote %s: %d lost, %d found" % (path, len(part["lost"]), len(part["found"])))
