#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set71.json: a blind labelled lost-and-found set for 义川市 in July.

Every object first gets a hidden truth record (what it is, who owns it, where and when it was
lost, who found it and when).  The owner's lost report and the finder's registration are then
written separately from that record, each in its own voice and knowing only what that person
could know.  Hard negatives are found items built as their own objects to shadow one lost
report each; every one differs from the report it shadows in time, in place (>= 15 km), in
category, or in a fact the finder writes that contradicts what the report wrote.

Python 3 standard library only; one random.Random(SEED); the output is byte-identical on every
run and under any PYTHONHASHSEED (no set or dict order is ever drawn from).
"""
import json
import math
import os
import random
from datetime import datetime, timedelta

SEED = 7171
PFX = "S71"
PART = "set71"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set71.json")
MADE_BY = "tests/lostfound/make_set71.py"

R = random.Random(SEED)
NOW = datetime(2025, 8, 1, 9, 0)          # the moment every registration is loaded
JULY1 = datetime(2025, 7, 1, 0, 0)
MAXMIN = 172800

N_PAIRS = 150
N_LONE = 90
PAIR_CATS = [("phone", 26), ("wallet", 21), ("id_doc", 19), ("cash", 9), ("bag", 18), ("keys", 11),
             ("ebike", 10), ("bicycle", 4), ("jewelry", 6), ("electronics", 14), ("other", 12)]
LONE_CATS = [("phone", 14), ("wallet", 13), ("id_doc", 9), ("cash", 9), ("bag", 10), ("keys", 5),
             ("ebike", 7), ("bicycle", 3), ("jewelry", 5), ("electronics", 8), ("other", 7)]
NEG_PLAN = [("same_cat_color", 34), ("found_before_loss", 22), ("same_brand_far", 22),
            ("same_model_other_serial", 12), ("same_name_other_person", 8),
            ("card_tail_near_miss", 8), ("twin_sample", 8), ("same_spot_other_item", 6)]


# ------------------------------------------------------------------ random helpers
def ch(seq):
    seq = list(seq)
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


def wch(items):
    tot = sum(w for w, _ in items)
    x = R.random() * tot
    for w, v in items:
        x -= w
        if x < 0:
            return v
    return items[-1][1]


def alt(x):
    """A phrase slot is a string or a list of alternatives."""
    if x is None:
        return None
    if isinstance(x, str):
        return x
    return ch(x)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ------------------------------------------------------------------ numbers
def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def make_imei():
    tac = ch(["86", "86", "35"]) + digits(6)
    snr = R.randrange(100000, 999900)
    a = tac + "%06d" % snr
    b = tac + "%06d" % (snr + ch([1, 1, 2, 8]))
    return a + luhn_digit(a), b + luhn_digit(b)


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, GB_W)) % 11]


PROV = [("33", "浙江"), ("41", "河南"), ("36", "江西"), ("43", "湖南"), ("51", "四川"), ("52", "贵州"),
        ("34", "安徽"), ("35", "福建"), ("45", "广西"), ("13", "河北"), ("37", "山东"), ("42", "湖北"),
        ("61", "陕西"), ("62", "甘肃"), ("65", "新疆"), ("23", "黑龙江")]


def make_id(sex, y0=1965, y1=2004, prov=None):
    pc, pn = prov or ch(PROV)
    area = pc + "%02d" % R.randint(1, 12) + "%02d" % ch([R.randint(21, 29), R.randint(81, 83), R.randint(2, 4)])
    born = datetime(R.randint(y0, y1), 1, 1) + timedelta(days=R.randrange(365))
    seq = R.randrange(0, 100) * 10 + ch([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
    s17 = area + born.strftime("%Y%m%d") + "%03d" % seq
    return s17 + gb_check(s17), pn, born


BANKS = [("义川农商银行", "Yichuan Rural Bank", "农商", "6230"), ("汇通银行", "Huitong Bank", "汇通", "6217"),
         ("浙东银行", "Zhedong Bank", "浙东", "6222"), ("兴华银行", "Xinghua Bank", "兴华", "6214"),
         ("四海银行", "Sihai Bank", "四海", "6259"), ("金桥银行", "Jinqiao Bank", "金桥", "6228")]


def make_card(bank=None, tail=None):
    b = bank or ch(BANKS)
    return {"bank": b, "pre": b[3] + digits(2), "tail": tail or digits(4)}


def near_tail(t):
    i = R.randrange(4)
    d = (int(t[i]) + ch([1, 2, 3, 7, 8, 9])) % 10
    return t[:i] + str(d) + t[i + 1:]


def masked_phone():
    return ch(["138", "139", "135", "150", "151", "158", "187", "188", "177", "199", "136", "152", "183"]) + "****" + digits(4)


# ------------------------------------------------------------------ people
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁宋谢唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾楼骆")
GIV_M = ["建国", "伟", "磊", "志强", "晓东", "俊杰", "小龙", "国栋", "文斌", "春生", "明辉", "宇航", "卫东", "立新", "永福",
         "思远", "凯", "浩然", "德明", "国庆", "海波", "金贵", "振华", "家豪", "子轩", "友良", "长春", "红军"]
GIV_F = ["秀英", "静", "丽华", "海燕", "红梅", "雪芳", "丹", "婷婷", "桂兰", "玉珍", "佳怡", "子涵", "慧敏", "爱华", "金凤",
         "晨曦", "梦琪", "雅琴", "美玲", "小燕", "月娥", "巧云", "思琪", "晓琳"]

FOREIGN = [("Yemen", "也门", "arab", "+967"), ("Egypt", "埃及", "arab", "+20"), ("Iraq", "伊拉克", "arab", "+964"),
           ("Jordan", "约旦", "arab", "+962"), ("Algeria", "阿尔及利亚", "arab", "+213"), ("Morocco", "摩洛哥", "arab", "+212"),
           ("Sudan", "苏丹", "arab", "+249"), ("Syria", "叙利亚", "arab", "+963"), ("Nigeria", "尼日利亚", "wafr", "+234"),
           ("Ghana", "加纳", "wafr", "+233"), ("Mali", "马里", "wafr", "+223"), ("Senegal", "塞内加尔", "wafr", "+221"),
           ("Kenya", "肯尼亚", "eafr", "+254"), ("Tanzania", "坦桑尼亚", "eafr", "+255"), ("Russia", "俄罗斯", "rus", "+7"),
           ("Kazakhstan", "哈萨克斯坦", "cas", "+7"), ("Uzbekistan", "乌兹别克斯坦", "cas", "+998"),
           ("India", "印度", "sas", "+91"), ("Pakistan", "巴基斯坦", "sas", "+92"), ("Brazil", "巴西", "lat", "+55"),
           ("Chile", "智利", "lat", "+56"), ("Mexico", "墨西哥", "lat", "+52"), ("Korea", "韩国", "kor", "+82")]
FNAMES = {
    "arab": (["Ahmed", "Mohammed", "Khalid", "Omar", "Hassan", "Ibrahim", "Tariq", "Bilal", "Yusuf", "Salma", "Fatima",
              "Nadia", "Samir", "Walid", "Mahmoud", "Adel"],
             ["Qassem", "Mansour", "Haddad", "Nasser", "Saleh", "Hamdan", "Farouk", "Issa", "Darwish", "Al-Amin",
              "Khatib", "Zayed", "Barakat", "Othman"]),
    "wafr": (["Chinedu", "Emeka", "Kwame", "Kofi", "Moussa", "Amadou", "Ousmane", "Aliou", "Ngozi", "Adaeze",
              "Abdullahi", "Yaw", "Ibrahima", "Fatoumata"],
             ["Okafor", "Mensah", "Traore", "Diallo", "Abubakar", "Boateng", "Kone", "Sow", "Ndiaye", "Eze", "Owusu",
              "Keita", "Adeyemi", "Camara"]),
    "eafr": (["Baraka", "Juma", "Amani", "Wanjiru", "Otieno", "Zawadi", "Hamisi"],
             ["Mwangi", "Odhiambo", "Kimaro", "Njoroge", "Mushi", "Kariuki"]),
    "rus": (["Dmitri", "Olga", "Sergei", "Irina", "Andrei", "Natalia", "Pavel"],
            ["Petrov", "Sokolova", "Volkov", "Morozova", "Orlov", "Lebedev"]),
    "cas": (["Rustam", "Yerlan", "Aziz", "Dilnoza", "Timur", "Aigerim", "Bakhtiyor"],
            ["Rahimov", "Karimov", "Nurlanov", "Tursunova", "Abdullaev", "Seitkali"]),
    "sas": (["Arjun", "Rahul", "Priya", "Imran", "Faisal", "Sanjay", "Ayesha"],
            ["Sharma", "Mehta", "Qureshi", "Iyer", "Chaudhry", "Malik", "Reddy"]),
    "lat": (["Carlos", "Diego", "Mariana", "Lucia", "Mateo", "Rafael", "Camila"],
            ["Mendoza", "Silva", "Rojas", "Pereira", "Castillo", "Navarro", "Fuentes"]),
    "kor": (["Min-jun", "Ji-woo", "Seo-yeon", "Hyun-woo", "Eun-ji"], ["Kim", "Park", "Choi", "Jung", "Kang"]),
}

COMPANY_A = ["鑫", "宏", "盛", "佳", "恒", "金", "义", "新", "顺", "隆", "源", "达", "美", "丰", "华", "博"]
COMPANY_B = ["饰品", "玩具", "袜业", "工艺品", "日用品", "箱包", "五金", "服饰", "文具", "电子", "伞业", "花艺"]


def company():
    a = ch(COMPANY_A) + ch(COMPANY_A)
    while a[0] == a[1]:
        a = ch(COMPANY_A) + ch(COMPANY_A)
    return "义川市%s%s有限公司" % (a, ch(COMPANY_B)), a


ROLES_ZH = [("stall", "摊主", 5), ("buyer", "外地采购商", 3), ("porter", "搬运工", 2), ("driver", "三轮车师傅", 2),
            ("courier", "快递员", 2), ("resident", "市民", 3), ("student", "学生", 1), ("rider", "外卖骑手", 1),
            ("worker", "装箱工", 1), ("tourist", "游客", 1)]


def make_owner(foreign=None, kind=None):
    if foreign is None:
        foreign = p(0.40)
    o = {"foreign": foreign}
    if foreign:
        c = ch(FOREIGN)
        fn, ln = FNAMES[c[2]]
        o.update(name="%s %s" % (ch(fn), ch(ln)), country=c, kind="fbuyer", role_zh="%s客商" % c[1],
                 voice=wch([(50, "en"), (18, "mix"), (6, "py"), (26, "tr")]),
                 phone="%s ****%s" % (c[3], digits(4)), sex=ch(["m", "m", "m", "f"]),
                 hotel=ch(["H1", "H2", "H3", "H4", "H4"]), passport=ch("PAEGNK") + digits(8))
        if o["name"].split()[0] in ("Salma", "Fatima", "Nadia", "Ngozi", "Adaeze", "Fatoumata", "Wanjiru", "Zawadi",
                                    "Olga", "Irina", "Natalia", "Dilnoza", "Aigerim", "Priya", "Ayesha", "Mariana",
                                    "Lucia", "Camila", "Seo-yeon", "Eun-ji"):
            o["sex"] = "f"
        o["tr_name"] = ch(SUR) + ch(GIV_F + GIV_M)
        o["tr_phone"] = masked_phone()
    else:
        k = kind or wch([(w, (k0, z)) for k0, z, w in ROLES_ZH])
        if isinstance(k, str):
            k = [(k0, z) for k0, z, w in ROLES_ZH if k0 == k][0]
        sex = ch(["m", "f"])
        o.update(kind=k[0], role_zh=k[1], sex=sex, name=ch(SUR) + ch(GIV_M if sex == "m" else GIV_F),
                 voice=wch([(70, "zh"), (30, "zo")]), phone=masked_phone())
        if k[0] == "stall":
            o["stall"] = stall(ch(["D1", "D2", "D3", "D4", "D5"]))
            o["company"] = company()
        if k[0] == "buyer":
            o["from"] = ch(PROV[1:])[1]
    return o


# ------------------------------------------------------------------ places
PL = {}
MARKET_SPOTS = [("东门", "east gate"), ("西门", "west gate"), ("北门", "north gate"), ("一楼中庭", "ground floor atrium"),
                ("二楼", "2nd floor"), ("三楼", "3F"), ("四楼", "4th floor"), ("负一楼停车场", "basement parking"),
                ("货梯口", "near the cargo lift"), ("美食广场", "food court"), ("卫生间门口", "outside the toilets"),
                ("门口三轮车停靠点", "tricycle stand outside"), ("装卸区", "loading area"), ("电梯口", "by the lift")]


def place(pid, lat, lon, zh, en, spots=(), kind="", town="yc"):
    PL[pid] = {"pid": pid, "lat": lat, "lon": lon, "zh": list(zh), "en": list(en), "spots": list(spots),
               "kind": kind, "town": town}


DN = "一二三四五"
DPY = ["yi", "er", "san", "si", "wu"]
for _i, (_la, _lo) in enumerate([(29.3352, 120.0968), (29.3381, 120.1012), (29.3409, 120.1063), (29.3440, 120.1108),
                                  (29.3476, 120.1157)]):
    _d, _c = _i + 1, DN[_i]
    place("D%d" % _d, _la, _lo,
          ["国际商贸城%s区" % _c, "商贸城%s区" % _c, "%s区市场" % _c, "福田%s区" % _c, "%d区" % _d, "商城%s区" % _c,
           "商贸城%d区" % _d],
          ["Trade City District %d" % _d, "Futian market %d" % _d, "District %d" % _d, "market D%d" % _d,
           "Futian %s qu" % DPY[_i], "%s qu market" % DPY[_i]],
          MARKET_SPOTS, "market")
place("SVC", 29.3360, 120.0975, ["商贸城服务中心", "一区服务台", "市场管理处服务台"],
      ["market service center", "service desk District 1"], [("大厅", "hall"), ("门口", "entrance")], "market")
place("LOG", 29.2885, 120.0412, ["陆港物流园", "义川物流园", "物流园区", "陆港物流", "物流园"],
      ["Lugang Logistics Park", "logistics park", "wuliu yuan", "Lugang wuliu"],
      [("速达快递分拨中心", "Suda Express hub"), ("中驿快运3号仓", "Zhongyi Freight warehouse 3"),
       ("飞鹿速运网点", "Feilu Express office"), ("A区装卸平台", "loading dock A"), ("园区食堂", "canteen"),
       ("停车场", "car park")], "logistics")
place("FRT", 29.3236, 120.0545, ["江北货运市场", "货运市场", "托运市场", "江北托运部", "货运场"],
      ["Jiangbei freight market", "freight market", "tuoyun market", "cargo yard"],
      [("托运部12号", "consignment shop 12"), ("过磅处", "weighbridge"), ("西大门", "west gate"), ("3排", "row 3")],
      "logistics")
place("CNT", 29.2768, 120.0296, ["西城集装箱装箱场", "装箱场", "西城堆场", "集装箱堆场", "西城装箱点"],
      ["Xicheng container yard", "container yard", "packing yard", "zhuangxiang chang"],
      [("5号装箱位", "bay 5"), ("门岗", "gatehouse"), ("叉车通道", "forklift lane"), ("休息棚", "rest shed")], "logistics")
place("FTS", 29.3118, 120.0823, ["异国风情街", "外商街", "宾阳路外商街", "阿拉伯街", "风情街"],
      ["Arab Street", "foreign street", "Yiguo Fengqing street", "Binyang road"],
      [("路口", "the crossing"), ("水果摊旁", "by the fruit stall"), ("兑换店门口", "outside the exchange shop"),
       ("公交站", "bus stop")], "street")
REST_SPOTS = [("门口桌子", "outside table"), ("洗手间", "washroom"), ("二楼包间", "upstairs room"), ("收银台", "cashier"),
              ("靠窗座位", "window seat")]
place("R1", 29.3121, 120.0817, ["努尔餐厅", "Al-Noor餐厅", "努尔阿拉伯餐厅"], ["Al-Noor Restaurant", "Alnoor restaurant", "Al Noor"],
      REST_SPOTS, "restaurant")
place("R2", 29.3113, 120.0831, ["撒哈拉烤肉", "撒哈拉餐厅", "撒哈拉烤肉店"], ["Sahara Grill", "Sahara restaurant"], REST_SPOTS,
      "restaurant")
place("R3", 29.3109, 120.0839, ["拉各斯厨房", "非洲餐厅拉各斯", "拉各斯餐厅"], ["Lagos Kitchen", "Lagos restaurant",
                                                                   "African restaurant Lagos Kitchen"], REST_SPOTS, "restaurant")
place("R4", 29.3126, 120.0812, ["大马士革甜品店", "大马士革甜品"], ["Damascus Sweets", "Damascus sweet shop"], REST_SPOTS,
      "restaurant")
place("R5", 29.3132, 120.0844, ["卡萨咖啡", "Casa咖啡馆", "卡萨咖啡馆"], ["Casa Cafe", "Casa coffee"], REST_SPOTS, "restaurant")
HOTEL_SPOTS = [("大堂", "lobby"), ("前台", "reception"), ("电梯里", "in the lift"), ("早餐厅", "breakfast room"),
               ("门口", "entrance"), ("房间", "room")]
place("H1", 29.3160, 120.0880, ["锦川大酒店", "锦川酒店", "锦川大饭店"], ["Jinchuan Hotel", "Jinchuan Grand Hotel"], HOTEL_SPOTS,
      "hotel")
place("H2", 29.3301, 120.0921, ["海纳国际酒店", "海纳酒店", "海纳国际"], ["Haina International Hotel", "Haina Hotel"],
      HOTEL_SPOTS, "hotel")
place("H3", 29.3365, 120.1085, ["悦来宾馆", "商城悦来宾馆", "悦来酒店"], ["Yuelai Hotel", "Yue Lai Inn"], HOTEL_SPOTS, "hotel")
place("H4", 29.3095, 120.0790, ["丝路公寓酒店", "丝路酒店", "丝路公寓"], ["Silk Road Apartment Hotel", "Silkroad hotel"],
      HOTEL_SPOTS, "hotel")
place("RAIL", 29.3188, 120.0642, ["义川站", "义川高铁站", "高铁站", "义川火车站", "义川站东广场"],
      ["Yichuan railway station", "Yichuan high speed station", "train station", "gaotie zhan", "Yichuan Station"],
      [("候车室", "waiting hall"), ("出站口", "exit"), ("2号检票口", "gate 2"), ("安检口", "security check"),
       ("出租车候车区", "taxi queue"), ("地下停车场", "underground parking"), ("站前广场", "station square")], "rail")
place("NIGHT", 29.3052, 120.0758, ["青岩夜市", "青岩路夜市", "夜市", "青岩小吃街"],
      ["Qingyan night market", "night market", "Qingyan food street"],
      [("烧烤摊", "BBQ stall"), ("炒冰摊", "fried ice stall"), ("路口", "corner"), ("公厕旁", "by the public toilet"),
       ("套圈摊", "ring toss stall")], "night")
place("BANK1", 29.3335, 120.0990, ["义川农商银行商城支行", "农商银行商城支行", "一区对面农商银行", "农商行"],
      ["Yichuan Rural Bank Trade City branch", "rural bank near D1", "Rural bank"],
      [("ATM自助区", "ATM room"), ("营业厅", "counter hall"), ("门口", "entrance")], "bank")
place("BANK2", 29.3398, 120.1050, ["汇通银行福田支行", "汇通银行", "三区旁边汇通银行"],
      ["Huitong Bank Futian branch", "Huitong bank", "bank beside D3"],
      [("ATM自助区", "ATM room"), ("营业厅", "counter hall"), ("门口", "entrance")], "bank")
place("EXCH", 29.3125, 120.0835, ["风情街外币兑换点", "兑换店", "换汇点", "外币兑换店"],
      ["money exchange Arab Street", "exchange shop", "change money shop"], [("柜台", "counter"), ("门口", "door")], "bank")
place("BUS", 29.2960, 120.0680, ["义川客运中心", "客运中心", "汽车站", "长途汽车站"],
      ["Yichuan bus station", "long distance bus station", "bus terminal"],
      [("候车厅", "waiting hall"), ("售票处", "ticket office"), ("出站口", "exit")], "street")
place("RES1", 29.3020, 120.0905, ["江滨新村", "江滨小区", "江滨新村3区"], ["Jiangbin Xincun", "Jiangbin compound"],
      [("大门口", "compound gate"), ("车棚", "bike shed"), ("楼下", "downstairs")], "res")
place("RES2", 29.3270, 120.1150, ["后塘社区", "后塘新村", "后塘小区"], ["Houtang community", "Houtang village"],
      [("大门口", "compound gate"), ("车棚", "bike shed"), ("篮球场", "basketball court")], "res")
place("HOSP", 29.3080, 120.0700, ["义川市中心医院", "中心医院", "市医院"], ["Yichuan Central Hospital", "central hospital"],
      [("门诊大厅", "outpatient hall"), ("急诊", "emergency"), ("停车场", "car park")], "street")
place("PARK", 29.2990, 120.0760, ["柳湖公园", "柳湖", "柳湖公园一带"], ["Liuhu Park", "Liu Lake park"],
      [("南门", "south gate"), ("长椅", "bench"), ("绿化带", "flower bed"), ("公厕", "public toilet")], "street")
place("SCH", 29.2870, 120.0920, ["义川商职学院", "商职学院", "商职院"], ["Yichuan Business College", "business college"],
      [("食堂", "canteen"), ("图书馆", "library"), ("校门口", "school gate")], "street")
place("ST1", 29.3205, 120.0950, ["银杏路", "银杏路一带", "银杏路口"], ["Yinxing Road", "Ginkgo road"],
      [("公交站", "bus stop"), ("绿化带", "green belt"), ("垃圾桶旁", "next to a bin")], "street")
place("ST2", 29.3300, 120.0800, ["丰收西路", "丰收路", "丰收西路口"], ["Fengshou West Road", "Fengshou road"],
      [("天桥下", "under the footbridge"), ("绿化带", "green belt"), ("路边", "roadside")], "street")
place("ST3", 29.3045, 120.0860, ["江滨北路", "江滨路", "江滨北路一带"], ["Jiangbin North Road", "Jiangbin road"],
      [("桥下", "under the bridge"), ("河边步道", "riverside path"), ("路边", "roadside")], "street")
# neighbouring towns, only for the "same brand, different place and time" decoys
place("QT1", 29.4920, 120.1080, ["青塘镇小商品街", "青塘小商品街", "青塘镇商品街"], ["Qingtang small goods street", "Qingtang town"],
      [("街口", "street corner")], "far", "青塘镇")
place("QT2", 29.4890, 120.1020, ["青塘汽车站", "青塘镇车站"], ["Qingtang bus station"], [("候车室", "waiting room")], "far", "青塘镇")
place("SH1", 29.1420, 119.9280, ["石湖老街", "石湖镇老街"], ["Shihu old street"], [("石桥边", "by the stone bridge")], "far", "石湖镇")
place("SH2", 29.1395, 119.9320, ["石湖镇菜市场", "石湖菜场"], ["Shihu wet market"], [("门口", "entrance")], "far", "石湖镇")
place("MX1", 29.3310, 120.3600, ["梅溪五金城", "梅溪市五金城", "梅溪五金市场"], ["Meixi hardware city", "Meixi hardware market"],
      [("北门", "north gate")], "far", "梅溪市")
place("MX2", 29.3350, 120.3520, ["梅溪站", "梅溪火车站"], ["Meixi railway station"], [("出站口", "exit")], "far", "梅溪市")
place("LW1", 29.1180, 120.0950, ["柳坞工业区", "柳坞镇工业区"], ["Liuwu industrial zone"], [("厂区门口", "factory gate")], "far", "柳坞镇")
place("LW2", 29.1210, 120.0890, ["柳坞镇中心路", "柳坞中心路"], ["Liuwu Zhongxin road"], [("路边", "roadside")], "far", "柳坞镇")

FAR = ["QT1", "QT2", "SH1", "SH2", "MX1", "MX2", "LW1", "LW2"]
CITY_STREETS = ["ST1", "ST2", "ST3", "PARK", "RES1", "RES2", "BUS", "HOSP"]


def km(a_lat, a_lon, b_lat, b_lon):
    x = (b_lon - a_lon) * math.cos(math.radians((a_lat + b_lat) / 2)) * 111.32
    y = (b_lat - a_lat) * 110.57
    return math.hypot(x, y)


def jitter(lat, lon, m=120):
    dlat = (R.random() * 2 - 1) * m / 110570.0
    dlon = (R.random() * 2 - 1) * m / (111320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


PARK_WORDS = ("停车", "停靠", "车棚", "门口", "路边", "广场", "装卸", "桥下", "天桥", "街口", "东门", "西门", "北门", "南门",
              "石桥", "出站口", "绿化带", "公交站", "门岗", "路口")


def spot_for(pid, cat):
    sp = PL[pid]["spots"]
    if cat in ("ebike", "bicycle"):
        c = [x for x in sp if any(w in x[0] for w in PARK_WORDS) and not any(w in x[0] for w in ("卫生间", "电梯", "厕", "兑换", "美食"))]
        return ch(c) if c else None
    return ch(sp)


OPEN = {"market": (7, 20), "logistics": (6, 23), "bank": (7, 22), "restaurant": (10, 24), "hotel": (0, 24), "rail": (6, 23),
        "night": (18, 27), "street": (5, 23), "res": (5, 24), "far": (6, 22)}


def settle(t, pid, forward=True):
    """Move a finding time into the hours when someone is there to find it."""
    a, b = OPEN[PL[pid]["kind"]]
    if b - a >= 24:
        return t
    hh = t.hour if t.hour >= a else t.hour + 24
    if a <= hh < b:
        return t
    if forward:
        nt = t.replace(hour=R.randint(a, min(b - 1, a + 5)) % 24, minute=R.randrange(0, 60))
        if nt <= t:
            nt += timedelta(days=1)
    else:
        nt = t.replace(hour=R.randint(max(a, b - 5), b - 1) % 24, minute=R.randrange(0, 60))
        if nt >= t:
            nt -= timedelta(days=1)
    return nt


def stall(pid):
    d = int(pid[1])
    fl = R.randint(1, 4)
    st = R.randint(1, 28)
    num = "%d%d%03d" % (d, fl, R.randint(1, 999))
    return {"pid": pid, "fl": fl, "st": st, "num": num}


def stall_zh(s):
    return alt(["%d楼%d街%s号" % (s["fl"], s["st"], s["num"]), "%d街%s" % (s["st"], s["num"]), "%s商位" % s["num"],
                "%d楼%s" % (s["fl"], s["num"]), "%s号摊位" % s["num"]])


def stall_en(s):
    return alt(["shop %s" % s["num"], "F%d street %d no.%s" % (s["fl"], s["st"], s["num"]), "booth %s" % s["num"],
                "stall %s (floor %d)" % (s["num"], s["fl"])])


def pname(pid, lang):
    pl = PL[pid]
    if lang in ("en", "py"):
        return ch(pl["en"])
    if lang == "mix":
        return ch(pl["zh"] + pl["en"])
    return wch([(3, pl["zh"][0])] + [(2, z) for z in pl["zh"][1:]])


def spot_txt(sp, lang):
    if sp is None:
        return ""
    if isinstance(sp, dict):   # a stall
        return stall_en(sp) if lang in ("en", "py") else stall_zh(sp)
    return sp[1] if lang in ("en", "py") else sp[0]


def where_txt(pid, sp, lang, with_spot=True):
    name = pname(pid, lang)
    s = spot_txt(sp, lang) if with_spot else ""
    if not s:
        return name
    if lang in ("en", "py"):
        return ch(["%s, %s" % (s, name), "%s %s" % (name, s), "%s near %s" % (name, s)])
    return ch(["%s%s" % (name, s), "%s %s" % (name, s), "%s%s附近" % (name, s)])


# ------------------------------------------------------------------ colours and brands
COL = {
    "black": (["黑色", "黑色", "黑", "深色", "哑光黑", "曜石黑", "亮黑色"], ["black", "black", "matte black", "dark"], "hei se"),
    "white": (["白色", "白色", "白", "米白色", "乳白色", "象牙白"], ["white", "white", "off-white", "cream"], "bai se"),
    "grey": (["灰色", "灰色", "深灰色", "深空灰", "银灰色", "灰"], ["grey", "gray", "dark grey", "space grey"], "hui se"),
    "silver": (["银色", "银色", "银白色", "亮银色"], ["silver", "silver"], "yin se"),
    "gold": (["金色", "金色", "香槟金", "土豪金"], ["gold", "golden", "champagne"], "jin se"),
    "blue": (["蓝色", "蓝色", "深蓝色", "宝蓝色", "藏青色", "天蓝色"], ["blue", "blue", "navy", "dark blue", "light blue"], "lan se"),
    "red": (["红色", "红色", "大红色", "酒红色", "枣红色"], ["red", "red", "wine red", "maroon"], "hong se"),
    "brown": (["棕色", "棕色", "咖啡色", "褐色", "驼色"], ["brown", "brown", "tan", "coffee colour"], "zong se"),
    "green": (["绿色", "绿色", "墨绿色", "军绿色", "薄荷绿"], ["green", "green", "olive", "dark green"], "lü se"),
    "pink": (["粉色", "粉色", "粉红色", "樱花粉"], ["pink", "pink", "rose"], "fen se"),
    "purple": (["紫色", "紫色", "淡紫色", "薰衣草紫"], ["purple", "lilac"], "zi se"),
    "yellow": (["黄色", "黄色", "明黄色", "姜黄色"], ["yellow", "mustard"], "huang se"),
    "orange": (["橙色", "橘色", "橘黄色"], ["orange"], "cheng se"),
}
COL_NEAR = {"black": ["grey", "blue"], "grey": ["black", "silver"], "silver": ["grey", "white"], "white": ["silver"],
            "blue": ["black", "purple"], "brown": ["red", "black"], "red": ["brown", "pink"], "pink": ["red", "purple"],
            "purple": ["pink", "blue"], "gold": ["yellow"], "yellow": ["gold", "orange"], "green": ["black"],
            "orange": ["yellow", "red"]}


def color_txt(c, lang, side):
    if c is None:
        return ""
    if side == "f" and p(0.10):
        c = ch(COL_NEAR[c])
    zh, en, py = COL[c]
    if lang in ("en", "mix"):
        return ch(en)
    if lang == "py":
        return py
    if side == "f":
        return ch(zh[:3])
    return ch(zh)


def B(key, zh, en, py, alts, models=()):
    return {"key": key, "zh": zh, "en": en, "py": py, "alt": list(alts), "models": list(models)}


PHONE_BRANDS = [
    B("huachen", "华辰", "HUACHEN", "huachen", ["华晨", "Huachen", "华陈"], ["Velo 12", "Velo 12 Pro", "Velo 11", "Nexa 5", "Nexa 5 Lite"]),
    B("lanjing", "蓝鲸", "BLUWHALE", "lanjing", ["兰鲸", "Blu Whale", "Bluewhale"], ["Tide 8", "Tide 8 Max", "Reef 3"]),
    B("ruimi", "锐米", "RUIMI", "ruimi", ["瑞米", "Rui Mi", "锐咪"], ["R13", "R13 Lite", "Max 9", "Max 9 Pro"]),
    B("keto", "珂拓", "KETO", "ketuo", ["可拓", "柯拓", "Ketto"], ["KT50", "KT50 Ultra", "KT7"]),
    B("chenxing", "晨星", "MORNSTAR", "chenxing", ["辰星", "Morn Star", "Mornstar"], ["Aura S3", "Aura S3 Plus", "Aura 2"]),
    B("youguo", "柚果", "Pomelo", "youguo", ["有果", "POMELO", "Pomello"], ["15", "15 Pro", "15 Pro Max", "14 Plus"]),
    B("teklo", "特可乐", "TEKLO", "tekele", ["特克乐", "Tecklo", "TKL"], ["Flare 20", "Zest X", "Pika 8"]),
]
EBIKE_BRANDS = [
    B("dichi", "迪驰", "DICHI", "dichi", ["迪池", "迪驰牌", "DC"], ["DC-5", "冠军版", "DC-9 Pro"]),
    B("lvju", "绿驹", "LVJU", "lüju", ["绿驰", "绿居", "LV JU"], ["风尚", "M3", "M6 Plus"]),
    B("feiling", "飞羚", "FEILING", "feiling", ["飞灵", "飞岭", "Fei Ling"], ["F1", "小飞侠", "F7"]),
    B("suwei", "速威", "SUWEI", "suwei", ["速为", "速卫", "SW"], ["S6", "S6 Max", "酷行"]),
    B("oujun", "欧骏", "OUJUN", "oujun", ["欧俊", "欧峻", "OJ"], ["Q5", "Q8", "都市"]),
]
TRIKE_BRANDS = [B("zongli", "宗力", "ZONGLI", "zongli", ["宗利", "众力", "ZL"], ["载货王", "ZL-150", "小霸王"]),
                B("jinhu", "金虎", "JINHU", "jinhu", ["金琥", "今虎", "JH"], ["JH-130", "货运款"])]
BIKE_BRANDS = [B("jieqi", "捷骑", "JIEQI", "jieqi", ["捷奇", "捷骐"], ["X5", "旅行者", "Kid 16"]),
               B("falco", "法尔科", "FALCO", "faerke", ["法科", "Falko"], ["Ridge 7", "Urban 3"]),
               B("yongchi", "永驰", "YONGCHI", "yongchi", ["永池", "永驰牌"], ["城市款", "Y26", "折叠款"])]
LEATHER_BRANDS = [B("kamanshi", "卡曼诗", "KAMANSHI", "kamanshi", ["卡曼丝", "卡蔓诗", "Kaman"]),
                  B("verlo", "维洛", "VERLO", "weiluo", ["维罗", "Verllo", "维洛VERLO"]),
                  B("yemaju", "野马驹", "YEMAJU", "yemaju", ["野马", "野马驹皮具", "Ye Ma Ju"]),
                  B("mocha", "摩卡巷", "MOCHA LANE", "mokaxiang", ["摩卡", "Mocha", "摩卡巷MOCHA"]),
                  B("tuoling", "驼铃", "TUOLING", "tuoling", ["驼玲", "驼铃皮具", "Tuo Ling"])]
BAG_BRANDS = LEATHER_BRANDS + [B("travo", "途沃", "TRAVO", "tuwo", ["途窝", "Trav0", "TRAV0"]),
                               B("xingzhe", "行者", "XINGZHE", "xingzhe", ["行哲", "Xing Zhe", "行者箱包"])]
ELEC_BRANDS = {
    "laptop": [B("linkwise", "联智", "LINKWISE", "lianzhi", ["联志", "Link Wise", "Linkwize"], ["ThinkAir 14", "ThinkAir 14s", "Yoga Lite 13"]),
               B("huachen", "华辰", "HUACHEN", "huachen", ["华晨", "Huachen"], ["VeloBook 14", "VeloBook 16"])],
    "tablet": [B("huachen", "华辰", "HUACHEN", "huachen", ["华晨", "Huachen"], ["Pad 11", "Pad 11 Air"]),
               B("youguo", "柚果", "Pomelo", "youguo", ["有果", "POMELO"], ["Pad mini 6", "Pad 10"])],
    "earbuds": [B("sonbang", "声邦", "SONBANG", "shengbang", ["声帮", "Son Bang", "声邦SONBANG"], ["Buds 3", "Buds 3 Pro", "Air 2"]),
                B("youguo", "柚果", "Pomelo", "youguo", ["有果", "POMELO"], ["Pods 2", "Pods Pro"])],
    "powerbank": [B("nrgbox", "能量方", "NRGBOX", "nengliangfang", ["能量盒", "NRG BOX", "能量方块"], ["20000mAh", "10000mAh"])],
    "camera": [B("optec", "奥普泰", "OPTEC", "aoputai", ["奥普太", "Optek", "OPTEC奥普泰"], ["M50", "Z30", "GX7"])],
    "translator": [B("xunyi", "讯译", "XUNYI", "xunyi", ["迅译", "讯易", "Xun Yi"], ["T8", "T8 Pro", "T10"])],
    "watch": [B("huachen", "华辰", "HUACHEN", "huachen", ["华晨", "Huachen"], ["Watch GT5", "Band 9"]),
              B("ruimi", "锐米", "RUIMI", "ruimi", ["瑞米", "Rui Mi"], ["Watch S2", "Band 7"])],
    "harddrive": [B("datong", "数通", "DATONG", "shutong", ["数同", "Data Tong"], ["2TB", "1TB"])],
    "speaker": [B("sonbang", "声邦", "SONBANG", "shengbang", ["声帮", "Son Bang"], ["Boom Mini", "Boom 2"])],
}
JEWEL_BRANDS = [B("jmt", "金满堂", "JMT", "jinmantang", ["金满唐", "金满堂珠宝", "JINMANTANG"]),
                B("hengfu", "恒福金行", "HENGFU", "hengfu", ["恒福", "恒富金行", "HENG FU"]),
                B("yuyuan", "玉缘阁", "YUYUAN", "yuyuange", ["玉元阁", "玉缘", "Yu Yuan"]),
                B("rovana", "罗瓦纳", "ROVANA", "luowana", ["罗娃纳", "Rovanna", "ROVANA罗瓦纳"])]
CAR_BRANDS = [B("geerui", "吉瑞", "GEERUI", "jirui", ["吉锐", "Geerui", "GR"]),
              B("chiyuan", "驰远", "CHIYUAN", "chiyuan", ["驰原", "Chi Yuan", "CY"]),
              B("boan", "博安", "BOAN", "boan", ["博岸", "Bo An", "BA"])]


def brand_txt(b, lang, side):
    if b is None:
        return ""
    if lang in ("en", "py"):
        v = wch([(6, b["en"]), (2, b["py"]), (1, ch(b["alt"]))])
    elif lang == "mix":
        v = wch([(4, b["en"]), (3, b["zh"]), (1, b["py"]), (1, ch(b["alt"]))])
    elif side == "f":
        v = wch([(4, b["en"]), (4, b["zh"]), (1, ch(b["alt"])), (1, b["py"])])
    else:
        v = wch([(6, b["zh"]), (2, b["en"]), (1, b["py"]), (2, ch(b["alt"]))])
    if v == v.upper() and p(0.25):
        v = v.capitalize()
    return v


def model_txt(m):
    if not m:
        return ""
    r = R.random()
    if r < 0.45 or not any(c.isascii() and c.isalpha() for c in m):
        return m
    if r < 0.6:
        return m.replace(" ", "")
    if r < 0.75:
        return m.lower()
    if r < 0.87:
        w = m.split()
        return (w[0][0] + "".join(w[1:2]) + (" " + " ".join(w[2:]) if w[2:] else "")) if len(w) > 1 else m.upper()
    w = m.split()
    return " ".join(w[:-1]) if len(w) > 2 else m.replace(" ", "").lower()


# ------------------------------------------------------------------ serial formats
def fmt_imei(v, side, lang):
    opts = [(5, v), (2, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])), (2, "%s-%s-%s" % (v[:8], v[8:14], v[14])),
            (2, "IMEI:" + v), (1, "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:]))]
    if side == "o":
        opts += [(2, ("IMEI后6位%s" if lang not in ("en", "py") else "IMEI last 6: %s") % v[-6:]),
                 (1, ("IMEI尾号%s" if lang not in ("en", "py") else "IMEI ends %s") % v[-4:])]
    return wch(opts)


def fmt_id(v, side, lang):
    if side == "o":
        return wch([(6, v), (1, "%s %s %s" % (v[:6], v[6:14], v[14:])), (2, ("身份证后四位%s" if lang != "en" else "ID ends %s") % v[-4:]),
                    (1, "%s********%s" % (v[:6], v[-4:]))])
    return wch([(4, v), (3, "%s********%s" % (v[:6], v[-4:])), (1, "%s***********%s" % (v[:3], v[-4:])),
                (1, "%s****%s" % (v[:10], v[-4:])), (1, "尾号" + v[-4:]), (1, "%s**********%s" % (v[:4], v[-4:]))])


def fmt_card(c, side, lang):
    t, pre = c["tail"], c["pre"]
    if side == "o":
        if lang in ("en", "py"):
            return ch(["card ending %s" % t, "last 4: %s" % t, "**** %s" % t, "ending in %s" % t])
        return wch([(4, "尾号" + t), (2, "卡号后四位" + t), (1, t), (1, "%s****%s" % (pre[:4], t)), (1, "末四位" + t)])
    return wch([(4, "%s****%s" % (pre[:4], t)), (2, "%s **** **** %s" % (pre[:4], t)), (2, "%s******%s" % (pre, t)),
                (2, "尾号" + t), (1, "****" + t)])


def fmt_plate(v, side):
    city, letter, num = v
    return wch([(4, "%s%s%s" % (city, letter, num)), (2, "%s%s·%s" % (city, letter, num)), (2, "%s %s%s" % (city, letter, num)),
                (2, "%s%s" % (letter, num)), (1, "%s%s%s" % (city, letter.lower(), num)), (1, "%s %s %s" % (city, letter, num))])


def fmt_frame(v, side):
    opts = [(4, v), (2, v.lower()), (2, "%s %s %s" % (v[:4], v[4:8], v[8:])), (1, "%s-%s" % (v[:6], v[6:]))]
    if side == "o":
        opts += [(2, "后6位" + v[-6:]), (1, "尾号" + v[-5:])]
    return wch(opts)


def fmt_sn(v, side):
    opts = [(4, v), (2, "S/N:" + v), (2, "SN " + v.lower()), (1, "%s %s %s" % (v[:4], v[4:8], v[8:]))]
    if side == "o":
        opts += [(2, "SN后四位" + v[-4:])]
    return wch(opts)


def fmt_plain(v, side):
    return wch([(5, v), (1, v.lower()), (1, " ".join([v[i:i + 4] for i in range(0, len(v), 4)]))])


def fmt_serial(s, side, lang):
    k = s["kind"]
    v = s["val"]
    if k == "imei":
        if side == "f" and s.get("alt") and p(0.3):
            v = s["alt"]
        return fmt_imei(v, side, lang)
    if k == "id":
        return fmt_id(v, side, lang)
    if k == "card":
        return fmt_card(v, side, lang)
    if k == "plate":
        return fmt_plate(v, side)
    if k == "frame":
        return fmt_frame(v, side)
    if k == "sn":
        return fmt_sn(v, side)
    if k == "passport":
        return wch([(4, v), (1, "%s %s %s" % (v[0], v[1:5], v[5:])), (1, "No." + v)])
    if k == "student":
        return wch([(3, v), (1, "%s %s %s" % (v[:4], v[4:6], v[6:]))] + ([(1, "学号" + v)] if lang not in ("en", "py") else []))
    return fmt_plain(v, side)


SER_LABEL = {"imei": ("IMEI", "IMEI"), "id": ("身份证号", "ID number"), "card": ("银行卡", "bank card"),
             "plate": ("车牌", "plate"), "frame": ("车架号", "frame no."), "sn": ("序列号", "serial"),
             "passport": ("护照号", "passport no."), "student": ("学号", "student no."), "waybill": ("运单号", "waybill"),
             "cert": ("证书编号", "certificate no."), "stallcard": ("经营户证号", "trader card no.")}


# ------------------------------------------------------------------ objects and facts
def F(tag, val, oz=None, oe=None, fz=None, fe=None, mark=True):
    return {"tag": tag, "val": val, "oz": oz, "oe": oe, "fz": fz, "fe": fe, "mark": mark}


def S(kind, val, po, pf, alt_val=None):
    return {"kind": kind, "val": val, "po": po, "pf": pf, "alt": alt_val}


def N(zh, en, py, mw, gz=None, ge=None):
    return {"zh": zh, "en": en, "py": py, "mw": mw, "gz": gz or zh, "ge": ge or en}


def new_obj(cat, sub, noun, color, brand=None, model=None):
    return {"cat": cat, "sub": sub, "noun": noun, "color": color, "brand": brand, "model": model,
            "facts": [], "sers": [], "people": []}


def fact_vals(o):
    d = {}
    for f in o["facts"]:
        d.setdefault(f["tag"], f["val"])
    if o["brand"]:
        d["brand"] = o["brand"]["key"]
    if o["model"]:
        d["model"] = o["model"]
    d["sub"] = o["sub"]
    for s in o["sers"]:
        if s["kind"] == "card":
            d.setdefault("ser:card", s["val"]["tail"])
        else:
            d.setdefault("ser:" + s["kind"], s["val"])
    return d


CASES = [  # val, owner zh, owner en, finder zh, finder en (whole phrases)
    ("clear", ["带透明手机壳", "套着透明软壳", "手机壳是透明的"], ["with a clear case", "it has a transparent case"],
     ["外有透明保护壳", "透明软壳"], ["in a clear case"]),
    ("blacksil", ["带黑色硅胶壳", "套着黑色的软壳"], ["with a black silicone case"], ["外有黑色软胶壳", "黑色硅胶套"], ["in a black rubber case"]),
    ("ring", ["壳后面有个指环扣", "带指环支架的壳"], ["case with a ring holder"], ["壳背面有金属指环扣", "手机壳带指环支架"],
     ["a metal ring holder on the case"]),
    ("bear", ["小熊图案的卡通壳", "套着卡通熊的壳"], ["with a cartoon bear case"], ["卡通熊图案手机壳", "外有卡通熊图案的壳"], ["in a cartoon bear case"]),
    ("flip", ["带翻盖皮套", "有个棕色翻盖皮套"], ["with a flip leather cover"], ["翻盖式皮套", "外有翻盖皮套"], ["in a flip cover"]),
    ("cardslot", ["后面能插卡的卡包壳", "带插卡的手机壳"], ["wallet case with a card slot"], ["插卡位手机壳", "手机壳背面有插卡位"], ["case with a card slot"]),
    ("armor", ["四个角鼓起来的防摔壳", "套着很厚的防摔壳"], ["with a thick shockproof case"], ["四角加厚防摔壳", "外有厚防摔壳"], ["in a thick rugged case"]),
    ("glitter", ["亮片流沙壳", "带流沙亮片的壳"], ["with a glitter case"], ["流沙亮片壳"], ["in a glittery case"]),
    ("marble", ["大理石花纹的壳"], ["with a marble pattern case"], ["大理石纹手机壳", "外有大理石纹壳"], ["in a marble-look case"]),
]
WALLPAPERS = [("daughter", "我女儿的照片", "a photo of my daughter", "一个小女孩的照片", "a photo of a little girl"),
              ("son", "我儿子的照片", "my son", "一个小男孩的照片", "a small boy"),
              ("cat", "我家猫", "my cat", "一只橘猫", "an orange cat"),
              ("family", "全家福", "my family photo", "几个人的合影", "a group photo"),
              ("mosque", "清真寺的图片", "a mosque picture", "一座清真寺的图片", "a mosque"),
              ("beach", "海边风景", "a beach picture", "海边风景图", "a beach"),
              ("wedding", "我和老婆的结婚照", "my wedding photo", "一男一女的合影", "a man and a woman"),
              ("car", "一辆红色跑车", "a red sports car", "红色跑车图片", "a red car"),
              ("flower", "向日葵", "sunflowers", "向日葵图片", "sunflowers")]
STICKERS = [("smile", "笑脸贴纸", "a smiley sticker"), ("football", "足球贴纸", "a football sticker"),
            ("flag", "国旗贴纸", "a flag sticker"), ("arabic", "阿拉伯文贴纸", "an Arabic writing sticker"),
            ("cat", "小猫贴纸", "a cat sticker"), ("qr", "二维码贴纸（收款码）", "a QR payment sticker")]


def f_case(c):
    val, oz, oe, fz, fe = c
    return F("case", val, oz, oe, fz, fe)


def f_card_in(c, where_zh, where_en):
    bz, be = c["bank"][0], c["bank"][1]
    t = c["tail"]
    return F("card_in", t, ["%s夹着一张%s卡，尾号%s" % (where_zh, bz, t), "%s有张%s卡（尾号%s）" % (where_zh, ch([bz, c["bank"][2] + "银行"]), t)],
             ["a %s card in the %s, ending %s" % (be, where_en, t)],
             ["%s夹有%s卡一张（%s）" % (where_zh, bz[:-2], fmt_card(c, "f", "zh")), "%s有银行卡一张，卡号%s" % (where_zh, fmt_card(c, "f", "zh"))],
             ["a %s bank card in the %s (%s)" % (be, where_en, fmt_card(c, "f", "en"))])


def gen_phone(own, fix):
    b = fix.get("brand") or ch(PHONE_BRANDS if not own["foreign"] else PHONE_BRANDS + [PHONE_BRANDS[-1]] * 3)
    model = fix.get("model") or ch(b["models"])
    color = fix.get("color") or ch(["black", "black", "black", "white", "grey", "blue", "silver", "gold", "purple", "green"])
    o = new_obj("phone", "phone", N("手机", "phone", "shouji", "部"), color, b, model)
    i1, i2 = make_imei()
    o["sers"].append(S("imei", i1, 0.4, 0.3, i2))
    case = fix.get("case") or (ch(CASES) if p(0.8) else None)
    if case:
        o["facts"].append(f_case(case))
    else:
        o["facts"].append(F("case", "none", ["没戴壳", "裸机没有壳"], ["no case"], ["无手机壳", "没有套壳"], ["no case"]))
    if p(0.3):
        loc = ch([("右上角", "top right"), ("左下角", "bottom left"), ("中间", "middle"), ("右下角", "bottom right")])
        o["facts"].append(F("crack", loc[0], ["屏幕%s有裂纹" % loc[0], "屏幕%s摔裂了" % loc[0], "%s碎了一块" % loc[0]],
                            ["the screen is cracked at the %s" % loc[1], "crack on %s of screen" % loc[1]],
                            ["屏幕%s有裂痕" % loc[0], "屏幕%s碎裂" % loc[0]], ["screen cracked (%s)" % loc[1]]))
    if p(0.25):
        st = ch(STICKERS)
        o["facts"].append(F("sticker", st[0], ["背面贴了%s" % st[1]], ["%s on the back" % st[2]], ["背面有%s" % st[1]],
                            ["%s on the back" % st[2]]))
    if case and case[0] != "flip" and p(0.25):
        c = make_card()
        o["facts"].append(f_card_in(c, "手机壳里", "phone case"))
        o["sers"].append(S("card", c, 0.3, 0.35))
    wp = ch(WALLPAPERS)
    alive = p(0.6)
    o["facts"].append(F("wallpaper", wp[0], ["锁屏是%s" % wp[1], "屏保是%s" % wp[1]], ["lock screen is %s" % wp[2], "wallpaper: %s" % wp[2]],
                        (["亮屏显示%s" % wp[3], "锁屏为%s" % wp[3]] if alive else None),
                        (["lock screen shows %s" % wp[4]] if alive else None)))
    if not alive:
        o["facts"].append(F("battery", "dead", None, None, ["已没电关机", "关机状态", "没电了开不了机"], ["battery dead", "switched off"], False))
    else:
        o["facts"].append(F("lock", "locked", ["有密码", "设了锁屏密码"], ["it has a password"], ["有锁屏密码打不开", "开机有密码"],
                            ["locked with password"], False))
    if own["foreign"]:
        o["facts"].append(F("whatsapp", "wa", None, None, None, None, False))
        o["facts"][-1].update(oz=["里面有所有供应商的微信和WhatsApp", "客户联系方式都在里面"],
                              oe=["all my suppliers contacts are in WhatsApp", "all my business contacts are inside"])
    else:
        o["facts"].append(F("sims", "2", ["里面两张电话卡", "双卡"], ["two SIM cards"], None, None, False))
    return o


def person_zh(sex=None):
    sex = sex or ch(["m", "f"])
    return ch(SUR) + ch(GIV_M if sex == "m" else GIV_F), sex


def gen_wallet(own, fix):
    sub = fix.get("sub") or ch(["long", "short", "short", "bifold", "cardholder", "coin"])
    nouns = {"long": N("长款钱包", "long wallet", "qianbao", "个", "钱包", "wallet"),
             "short": N("短款钱包", "short wallet", "qianbao", "个", "钱包", "wallet"),
             "bifold": N("对折皮夹", "bifold wallet", "pijia", "个", "钱包", "wallet"),
             "cardholder": N("卡包", "card holder", "kabao", "个", "卡包", "card holder"),
             "coin": N("零钱包", "coin purse", "lingqianbao", "个", "钱包", "purse")}
    color = fix.get("color") or ch(["black", "black", "brown", "brown", "red", "pink", "blue", "grey", "white"])
    b = fix.get("brand", "none")
    if b == "none":
        b = ch(LEATHER_BRANDS) if p(0.55) else None
    o = new_obj("wallet", sub, nouns[sub], color, b, None)
    mat = ch([("leather", "真皮", "leather", "皮质", "leather"), ("pu", "PU皮", "PU leather", "皮质", "leather-look"),
              ("canvas", "帆布", "canvas", "帆布", "canvas"), ("nylon", "尼龙", "nylon", "布质", "fabric")])
    o["facts"].append(F("material", mat[0], ["%s的" % mat[1]], ["%s" % mat[2]], ["%s" % mat[3]], ["%s" % mat[4]], False))
    # owner identity inside
    if own["foreign"]:
        if p(0.45) or fix.get("with_passport"):
            pp = own["passport"]
            o["facts"].append(F("passport", "yes", ["护照也在里面（%s）" % pp, "里面有护照"], ["my passport is inside (%s)" % pp, "passport inside"],
                                ["内有%s护照一本（%s）" % (own["country"][1], own["name"].upper())],
                                ["a %s passport in the name %s" % (own["country"][0], own["name"].upper())]))
            o["sers"].append(S("passport", pp, 0.5, 0.7))
        usd = ch([0, 0, 100, 200, 300, 500, 1000])
        rmb = ch([300, 500, 800, 1200, 2000, 2600, 3500, 5000])
        if sub == "cardholder":
            usd, rmb = 0, ch([0, 100, 200])
        o["cash"] = (rmb, usd)
        if p(0.35):
            hz = PL[own["hotel"]]["zh"][0]
            o["facts"].append(F("hotelcard", own["hotel"], ["还有%s的房卡" % hz], ["hotel key card of %s" % PL[own["hotel"]]["en"][0]],
                                ["%s房卡一张" % hz], ["a %s key card" % PL[own["hotel"]]["en"][0]]))
    else:
        rmb = ch([0, 50, 120, 200, 300, 500, 800, 1000, 1500, 2300, 3000])
        if sub == "cardholder":
            rmb = ch([0, 0, 50, 100])
        o["cash"] = (rmb, 0)
        if p(0.55) or fix.get("idname"):
            nm = fix.get("idname") or own["name"]
            idv, prov, born = make_id(own["sex"])
            own["id"] = idv
            o["people"].append(nm)
            o["facts"].append(F("id_name", nm, ["身份证在里面（%s）" % nm, "里面有我身份证（%s）" % nm, "身份证%s" % nm],
                                ["my ID card (%s) is inside" % nm], ["内有%s的身份证" % nm, "身份证一张，姓名%s" % nm, "有身份证（%s，%s人）" % (nm, prov)],
                                ["an ID card of %s" % nm]))
            o["sers"].append(S("id", idv, 0.45, 0.6))
        if p(0.2):
            o["facts"].append(F("license", "c1", ["驾驶证也在", "还有驾照"], ["driving licence"], ["驾驶证一本", "机动车驾驶证一本"], ["a driving licence"]))
    rmb, usd = o["cash"]
    if rmb or usd:
        ap = rmb if p(0.5) else int(round(rmb * ch([0.9, 1.1, 0.8, 1.2]), -2))
        if ap == rmb:
            mz = "现金%d%s" % (rmb, ch(["元", "块"]))
        else:
            mz = "现金%s%d%s" % (ch(["大概", "大约", "差不多"]), ap, ch(["元", "块"]))
        if 2000 < rmb < 3000 and p(0.3):
            mz = "现金两千多"
        me = "about %d RMB cash" % ap
        fz_ = "现金%d元" % rmb
        fe_ = "%d RMB cash" % rmb
        if usd:
            mz += "，还有%d美元" % usd
            me += " and %d US dollars" % usd
            fz_ += "、美元%d元" % usd
            fe_ += " and %d USD" % usd
        o["facts"].append(F("cash", rmb, [mz, "里面有" + mz], [me, "cash (%s)" % me], ["内有" + fz_, fz_], [fe_]))
    else:
        o["facts"].append(F("cash", 0, ["没什么现金", "里面没钱"], ["no cash in it"], ["无现金"], ["no cash"], False))
    ncard = 0 if sub == "coin" else ch([0, 1, 1, 2, 2, 3])
    if fix.get("card"):
        ncard = max(ncard, 1)
    cards = []
    for i in range(ncard):
        c = make_card(fix.get("card")["bank"] if (i == 0 and fix.get("card")) else None,
                      fix.get("card")["tail"] if (i == 0 and fix.get("card")) else None)
        cards.append(c)
    if cards:
        o["cards"] = cards
        oz = "、".join("%s尾号%s" % (c["bank"][ch([0, 2])], c["tail"]) for c in cards)
        oe = ", ".join("%s ending %s" % (c["bank"][1], c["tail"]) for c in cards)
        fz = "、".join("%s卡%s" % (c["bank"][0], fmt_card(c, "f", "zh")) for c in cards)
        fe = ", ".join("%s card %s" % (c["bank"][1], fmt_card(c, "f", "en")) for c in cards)
        ne = ["a", "two", "three"][len(cards) - 1]
        o["facts"].append(F("cards", cards[0]["tail"], ["银行卡%d张：%s" % (len(cards), oz), "有%s" % oz],
                            ["%s bank card%s: %s" % (ne, "s" if len(cards) > 1 else "", oe)], ["银行卡%d张（%s）" % (len(cards), fz)],
                            ["%s bank card%s (%s)" % (ne, "s" if len(cards) > 1 else "", fe)]))
        o["sers"].append(S("card", cards[0], 0.35, 0.35))
    if p(0.3) and not own["foreign"]:
        cn = own.get("company", company())[0]
        o["facts"].append(F("bizcard", cn, ["有几张名片（%s）" % cn, "我的名片（%s）" % cn], ["business cards of %s" % cn],
                            ["名片若干（%s）" % cn, "名片数张，印有“%s”" % cn], ["business cards (%s)" % cn]))
    if p(0.2):
        o["facts"].append(F("receipt", "r", ["几张进货单", "一张送货单"], ["some order receipts"], ["票据若干", "进货单据数张"], ["some receipts"]))
    if p(0.15):
        o["facts"].append(F("photo", "p", ["里面有张孩子的一寸照", "夹着一张老照片"], ["a small photo of my kid"], ["照片一张"], ["a photo"]))
    if p(0.3):
        w = ch([("worn", "边角磨白了", "corners worn", "边角磨损", "worn edges"),
                ("zip", "拉链坏了", "zip is broken", "拉链损坏", "broken zip"),
                ("logo", "正面有个金属标", "metal logo on front", "正面有金属标牌", "metal badge on front"),
                ("stitch", "红色缝线", "red stitching", "红色缝线", "red stitching")])
        o["facts"].append(F("wear", w[0], w[1], w[2], w[3], w[4]))
    return o


def gen_id(own, fix):
    if own["foreign"]:
        sub = fix.get("sub") or ch(["passport", "passport", "passport", "bankcard"])
    else:
        sub = fix.get("sub") or ch(["idcard", "idcard", "idcard", "driver", "student", "bundle", "bankcard"] +
                                   (["stallcard", "stallcard"] if own["kind"] == "stall" else []))
        if sub == "student":
            own["kind"] = "student"
    nouns = {"idcard": N("身份证", "ID card", "shenfenzheng", "张", "证件", "ID"),
             "driver": N("驾驶证", "driving licence", "jiashizheng", "本", "证件", "licence"),
             "student": N("学生证", "student card", "xueshengzheng", "本", "证件", "student ID"),
             "stallcard": N("商位经营户证", "market trader card", "jingyinghu zheng", "张", "证件", "trader card"),
             "bundle": N("卡套（身份证和银行卡）", "card sleeve with ID and bank cards", "katao", "个", "证件", "cards"),
             "bankcard": N("银行卡", "bank card", "yinhangka", "张", "卡", "card"),
             "passport": N("护照", "passport", "huzhao", "本", "证件", "passport")}
    color = None
    o = new_obj("id_doc", sub, nouns[sub], None)
    nm = fix.get("idname") or own["name"]
    o["people"].append(nm)
    if sub == "passport":
        pp = own["passport"] if not fix.get("other") else ch("PAEGNK") + digits(8)
        color = fix.get("color") or ch(["green", "blue", "red", "red", "black"])
        o["color"] = color
        cz = own["country"][1]
        o["facts"].append(F("id_name", nm, ["%s护照，名字%s" % (cz, nm), "护照姓名%s" % nm.upper()], ["my name %s" % nm, "name: %s" % nm.upper()],
                            ["%s护照，持照人%s" % (cz, nm.upper()), "外国护照一本，姓名%s" % nm.upper()],
                            ["%s passport, holder %s" % (own["country"][0], nm.upper())]))
        o["facts"].append(F("country", own["country"][0], ["%s护照" % cz], ["%s passport" % own["country"][0]], ["%s护照" % cz],
                            ["%s passport" % own["country"][0]], False))
        o["sers"].append(S("passport", pp, 0.6, 0.8))
        if p(0.5):
            o["facts"].append(F("visa", "visa", ["里面有中国签证", "有中国签证页"], ["Chinese visa inside"], ["内有中国签证", "夹着签证页"],
                                ["has a Chinese visa"]))
        if p(0.3):
            o["facts"].append(F("ticket", "t", ["夹着回程机票的打印单", "夹着临时住宿登记单"], ["my flight ticket printout is inside"],
                                ["夹有机票行程单", "夹有住宿登记单一张"], ["a ticket printout inside"]))
        if p(0.4):
            cc = ch([("black", "黑色皮套", "black leather cover"), ("clear", "透明护照套", "clear plastic cover"),
                     ("brown", "棕色护照夹", "brown holder")])
            o["facts"].append(F("cover", cc[0], ["外面套着%s" % cc[1]], ["in a %s" % cc[2]], ["有%s" % cc[1]], ["in a %s" % cc[2]]))
    elif sub == "bankcard":
        c = make_card(fix.get("card", {}).get("bank"), fix.get("card", {}).get("tail"))
        o["cards"] = [c]
        o["facts"].append(F("id_name", nm, ["卡上名字%s" % nm, "户名%s" % nm], ["name on card %s" % nm],
                            ["卡面姓名%s" % (nm.upper() if own["foreign"] else nm)], ["name %s" % nm]))
        o["facts"].append(F("bank", c["bank"][0], ["%s的卡" % c["bank"][0]], ["%s card" % c["bank"][1]], ["%s借记卡" % c["bank"][0]],
                            ["%s debit card" % c["bank"][1]], False))
        o["sers"].append(S("card", c, 0.9, 0.9))
        o["color"] = fix.get("color") or ch(["gold", "blue", "red", "silver", "green"])
    else:
        idv, prov, born = make_id(own["sex"] if nm == own["name"] else ch(["m", "f"]),
                                  y0=2000 if sub == "student" else 1965, y1=2006 if sub == "student" else 2001)
        if nm == own["name"]:
            own["id"] = idv
        o["idv"] = idv
        o["facts"].append(F("id_name", nm, ["名字%s" % nm, "姓名%s" % nm, "是%s的" % nm], ["name %s" % nm],
                            ["姓名%s" % nm, "%s的" % nm, "持证人%s" % nm], ["name %s" % nm]))
        o["facts"].append(F("birth", born.year, ["%d年出生" % born.year], ["born %d" % born.year],
                            ["出生%d年%d月%d日" % (born.year, born.month, born.day), "%d年生" % born.year], ["born %s" % born.strftime("%Y-%m-%d")], False))
        o["facts"].append(F("prov", prov, ["老家%s的" % prov, "户籍%s" % prov], ["from %s" % prov], ["住址%s省（下略）" % prov if prov not in ("新疆", "广西") else "住址%s（下略）" % prov, "%s籍" % prov],
                            ["address in %s" % prov], False))
        if sub in ("idcard", "driver", "bundle"):
            o["sers"].append(S("id", idv, 0.75, 0.85))
        if sub == "driver":
            o["facts"].append(F("class", "C1", ["C1驾照"], ["C1 licence"], ["准驾车型C1"], ["class C1"], False))
            o["color"] = "blue" if p(0.3) else None
            o["facts"].append(F("cover", "leather", ["带皮套"], ["in a leather cover"], ["有皮套"], ["leather cover"]))
        if sub == "student":
            sno = "20%d%02d%04d" % (R.randint(21, 24), R.randint(1, 12), R.randint(1, 9999))
            o["sers"].append(S("student", sno, 0.8, 0.9))
            o["facts"].append(F("school", "SCH", ["义川商职学院的", "商职院学生证"], ["Yichuan Business College"],
                                ["义川商职学院学生证", "学校：商职学院"], ["Yichuan Business College"], False))
            if p(0.5):
                o["facts"].append(F("mealcard", "m", ["里面夹着饭卡", "夹着饭卡和公交卡"], ["meal card inside"], ["夹有饭卡一张"], ["a meal card inside"]))
        if sub == "stallcard":
            st = own.get("stall") or stall(ch(["D1", "D2", "D3", "D4", "D5"]))
            o["facts"].append(F("stall", st["num"], ["商位号%s" % st["num"], "%s区%s" % (DN[int(st["pid"][1]) - 1], st["num"])],
                                ["booth %s" % st["num"]], ["商位%s" % st["num"], "商位号：%s" % st["num"]], ["booth %s" % st["num"]]))
            o["sers"].append(S("stallcard", "YC-D%s-%s" % (st["pid"][1], st["num"]), 0.3, 0.8))
            o["color"] = ch(["blue", "white"])
        if sub == "bundle":
            c = make_card(fix.get("card", {}).get("bank"), fix.get("card", {}).get("tail"))
            o["cards"] = [c]
            o["facts"].append(F("cards", c["tail"], ["还有一张%s卡尾号%s" % (c["bank"][0], c["tail"])], ["and a %s card ending %s" % (c["bank"][1], c["tail"])],
                                ["%s卡一张（%s）" % (c["bank"][0], fmt_card(c, "f", "zh"))], ["a %s card %s" % (c["bank"][1], fmt_card(c, "f", "en"))]))
            o["sers"].append(S("card", c, 0.4, 0.4))
            o["color"] = fix.get("color") or ch(["red", "blue", "black", "pink", "white"])
            o["facts"].append(F("sleeve", o["color"], ["卡套是%s的" % COL[o["color"]][0][0]], ["the sleeve is %s" % COL[o["color"]][1][0]],
                                ["%s卡套" % COL[o["color"]][0][0]], ["%s sleeve" % COL[o["color"]][1][0]], False))
            if p(0.4):
                o["facts"].append(F("social", "s", ["还有社保卡"], ["social security card"], ["社保卡一张"], ["a social security card"]))
    return o


def gen_cash(own, fix):
    sub = fix.get("sub") or ch(["envelope", "bundle", "plastic", "redpacket", "bankbag", "atm"])
    nouns = {"envelope": N("装现金的{c}信封", "cash in a {c} envelope", "xianjin", "个", "现金", "cash"),
             "bundle": N("现金", "roll of cash", "xianjin", "沓", "现金", "cash"),
             "plastic": N("装现金的{c}塑料袋", "cash in a {c} plastic bag", "xianjin", "个", "现金", "cash"),
             "redpacket": N("红包", "red envelope with cash", "hongbao", "个", "现金", "cash"),
             "bankbag": N("装现金的{c}银行纸袋", "cash in a {c} bank paper bag", "xianjin", "个", "现金", "cash"),
             "atm": N("现金", "cash", "xianjin", "笔", "现金", "cash")}
    for k in nouns:
        nouns[k]["gmw"] = "笔"
    colors = {"envelope": ch(["brown", "white", "yellow"]), "bundle": None, "plastic": ch(["black", "white", "red"]),
              "redpacket": "red", "bankbag": ch(["white", "brown"]), "atm": None}
    o = new_obj("cash", sub, nouns[sub], fix.get("color") or colors[sub])
    usd = own["foreign"] and p(0.4) and sub != "redpacket"
    if sub == "atm":
        amt = ch([1000, 2000, 2000, 3000, 5000, 500, 800])
    else:
        amt = ch([600, 1200, 1850, 2000, 3000, 4600, 5000, 6800, 8000, 10000, 12500, 20000]) if not usd else ch([300, 500, 800, 1000, 2000])
    o["amount"] = (amt, "USD" if usd else "RMB")
    unit_zh = "美元" if usd else "元"
    unit_en = "USD" if usd else "RMB"
    approx = amt if p(0.6) else int(round(amt * ch([0.9, 1.1, 0.95, 1.05]), -2))
    o["facts"].append(F("amount", amt, ["%d%s" % (approx, unit_zh) if approx == amt else "大概%d%s" % (approx, unit_zh),
                                        "一共%d%s" % (approx, unit_zh)], ["%d %s" % (approx, unit_en), "about %d %s" % (approx, unit_en)],
                        ["经清点共%d%s" % (amt, unit_zh), "现金%d%s" % (amt, unit_zh), "内有%d%s" % (amt, unit_zh)],
                        ["%d %s counted" % (amt, unit_en)]))
    den = "100" if amt >= 1000 or usd else ch(["100", "50"])
    o["facts"].append(F("denom", den, ["都是%s%s的" % (den, "美元" if usd else "块"), "%s面额的" % den], ["all %s notes" % den],
                        ["均为%s元面额" % den if not usd else "均为100美元面额"], ["all %s notes" % den], False))
    if sub == "envelope":
        wr = ch([("货款", "“货款”"), ("laoli", "“老李”"), ("rent", "“7月房租”"), ("none", None)])
        if wr[1]:
            o["facts"].append(F("writing", wr[0], ["信封上写着%s" % wr[1]], ["the envelope says %s" % wr[1]], ["信封上手写%s" % wr[1]],
                                ["handwritten %s on envelope" % wr[1]]))
    if sub == "bundle":
        o["facts"].append(F("band", "rubber", ["用%s橡皮筋扎着" % ch(["黄色", "黑色", "红色"]), "用皮筋捆着"], ["tied with a rubber band"],
                            ["用橡皮筋捆扎", "皮筋扎好"], ["tied with a rubber band"]))
    if sub == "bankbag":
        bk = ch(BANKS)
        o["facts"].append(F("bankname", bk[0], ["%s的取款袋" % bk[0]], ["%s paper bag" % bk[1]], ["袋上印有“%s”" % bk[0]], ["bag printed %s" % bk[1]]))
    if sub == "atm":
        c = make_card(fix.get("card", {}).get("bank"), fix.get("card", {}).get("tail"))
        o["cards"] = [c]
        o["facts"].append(F("atmcard", c["tail"], ["用的是尾号%s的卡" % c["tail"], "取款卡尾号%s" % c["tail"]], ["withdrew with card ending %s" % c["tail"]],
                            ["经查交易记录为尾号%s的卡取款" % c["tail"], "取款卡号%s" % fmt_card(c, "f", "zh")], ["the withdrawal card ends %s" % c["tail"]]))
        o["sers"].append(S("card", c, 0.6, 0.6))
    return o


SAMPLES = [("hair", "发饰样品", "hair accessory samples", "发夹、发圈之类"),
           ("xmas", "圣诞装饰样品", "Christmas decoration samples", "彩球、小铃铛"),
           ("toys", "玩具样品", "toy samples", "几个塑料小汽车和公仔"),
           ("socks", "袜子样品", "sock samples", "几十双袜子"),
           ("flowers", "仿真花样品", "artificial flower samples", "仿真玫瑰和绿植"),
           ("cases", "手机壳样品", "phone case samples", "各种型号手机壳"),
           ("scarf", "围巾样品", "scarf samples", "丝巾和围巾"),
           ("jewelry", "饰品样品", "fashion jewelry samples", "耳环项链等小饰品"),
           ("stationery", "文具样品", "stationery samples", "笔和本子"),
           ("watches", "手表样品", "watch samples", "十几块电子表")]


def gen_bag(own, fix):
    if own["foreign"]:
        sub = fix.get("sub") or ch(["backpack", "crossbody", "sample", "sample", "laptop", "suitcase", "tote"])
    else:
        sub = fix.get("sub") or ch(["backpack", "handbag", "crossbody", "waist", "waist", "sample", "woven", "tote", "laptop"])
    nouns = {"backpack": N("双肩包", "backpack", "shuangjianbao", "个", "包", "bag"),
             "handbag": N("女士手提包", "handbag", "shoutibao", "个", "包", "bag"),
             "crossbody": N("斜挎包", "shoulder bag", "xiekuabao", "个", "包", "bag"),
             "waist": N("腰包", "waist bag", "yaobao", "个", "包", "bag"),
             "sample": N("样品袋", "sample bag", "yangpin dai", "个", "袋子", "bag"),
             "woven": N("编织袋", "woven sack", "bianzhidai", "个", "袋子", "sack"),
             "tote": N("帆布袋", "tote bag", "fanbudai", "个", "包", "bag"),
             "laptop": N("电脑包", "laptop bag", "diannaobao", "个", "包", "bag"),
             "suitcase": N("拉杆箱", "suitcase", "laganxiang", "个", "箱子", "luggage")}
    color = fix.get("color") or ch(["black", "black", "black", "grey", "blue", "brown", "red", "green", "white", "pink"])
    if sub == "woven":
        color = fix.get("color") or ch(["white", "red", "blue"])
    b = fix.get("brand", "none")
    if b == "none":
        b = ch(BAG_BRANDS) if (p(0.5) and sub not in ("sample", "woven")) else None
    o = new_obj("bag", sub, nouns[sub], color, b, None)
    if sub in ("sample", "woven", "tote") or (own["foreign"] and p(0.4)):
        sm = fix.get("sample") or ch(SAMPLES)
        st = fix.get("stall") or stall(ch(["D1", "D2", "D3", "D4", "D5"]))
        qty = fix.get("qty") or ch([5, 8, 10, 12, 20, 30])
        o["sample"], o["stall"] = sm, st
        o["facts"].append(F("sample", sm[0], ["里面是%s（%s）" % (sm[1], sm[3]), "装着%s" % sm[1]], ["%s inside" % sm[2]],
                            ["内装%s" % sm[1], "里面是%s" % sm[3]], ["contains %s" % sm[2]]))
        o["facts"].append(F("stall", st["num"], ["还有%s区%s商位的名片" % (DN[int(st["pid"][1]) - 1], st["num"]), "样品上贴着%s的标签" % st["num"]],
                            ["with the shop card of booth %s" % st["num"]], ["附%s商位名片一张" % st["num"], "样品挂牌写着%s" % st["num"]],
                            ["a shop card of booth %s" % st["num"]]))
        o["facts"].append(F("qty", qty, ["大概%d件" % qty, "%d样左右" % qty], ["about %d pieces" % qty], ["约%d件" % qty, "共%d件" % qty],
                            ["about %d pieces" % qty], False))
        if sub in ("sample", "woven", "tote") and p(0.35):
            o["facts"].append(F("print", "tc", ["袋子上印着“义川商贸城”", "是市场送的那种袋子"], ["the bag has Yichuan Trade City printed"],
                                ["袋子印有“义川国际商贸城”字样"], ["printed 'Yichuan Trade City'"]))
    inside = []
    pool = [("laptop", "一台%s笔记本电脑" % ch(["联智", "华辰"]), "a laptop", "笔记本电脑一台", "a laptop"),
            ("catalog", "产品画册和报价单", "catalogues and price lists", "画册、报价单若干", "catalogues"),
            ("charger", "充电器和充电宝", "charger and power bank", "充电器一个", "a charger"),
            ("umbrella", "一把折叠伞", "an umbrella", "折叠伞一把", "an umbrella"),
            ("cup", "保温杯", "a thermos cup", "保温杯一个", "a thermos"),
            ("clothes", "两件换洗衣服", "some clothes", "衣物若干", "clothes"),
            ("orderbook", "订货本", "my order book", "订货本一本", "an order book"),
            ("medicine", "降压药", "my medicine", "药品一盒", "medicine"),
            ("customs", "报关单据", "customs papers", "报关单据一叠", "customs documents"),
            ("keys", "一串钥匙", "a bunch of keys", "钥匙一串", "keys")]
    for it in sorted(R.sample(range(len(pool)), ch([0, 1, 2, 2, 3]))):
        inside.append(pool[it])
    for it in inside:
        o["facts"].append(F("in_" + it[0], it[0], ["里面有%s" % it[1], it[1]], ["%s inside" % it[2]], ["内有%s" % it[3], it[3]], [it[4] + " inside"]))
    if sub == "waist" or (p(0.25) and sub in ("handbag", "crossbody")):
        amt = ch([800, 1500, 2600, 4000, 6500])
        o["facts"].append(F("bagcash", amt, ["包里有现金%d左右" % amt, "里面有今天收的货款%d多" % amt],
                            ["about %d RMB cash inside" % amt], ["内有现金%d元" % (amt + ch([0, 0, 30, 50, 120]))], ["%d RMB inside" % amt]))
    if own["foreign"] and p(0.4):
        pp = own["passport"]
        o["facts"].append(F("passport", "yes", ["护照在包里（%s）" % pp], ["my passport %s is inside" % pp],
                            ["内有%s护照一本（%s）" % (own["country"][1], pp)], ["a passport no. %s" % pp]))
        o["sers"].append(S("passport", pp, 0.4, 0.5))
    if p(0.35):
        mk = ch([("pendant", "拉链上挂着一个毛绒小熊", "a small teddy bear on the zip", "拉链挂毛绒熊挂件", "teddy bear keyring on zip"),
                 ("strap", "肩带断过用线缝了", "strap was sewn", "肩带有缝补痕迹", "repaired strap"),
                 ("tag", "挂着行李牌写着我名字", "luggage tag with my name", "挂有行李牌（写有%s）" % own["name"], "luggage tag (%s)" % own["name"]),
                 ("stain", "前面有一块油渍", "an oil stain on the front", "正面有污渍", "stain on front"),
                 ("patch", "侧面有个国旗布贴", "a flag patch on the side", "侧面有国旗布贴", "a flag patch")])
        o["facts"].append(F("bagmark", mk[0], mk[1], mk[2], mk[3], mk[4]))
    return o


def gen_keys(own, fix):
    sub = fix.get("sub") or ch(["bunch", "bunch", "bunch", "car", "ebikekey", "single"])
    nouns = {"bunch": N("钥匙", "bunch of keys", "yaoshi", "串", "钥匙", "bunch of keys"),
             "car": N("汽车钥匙", "car key", "qiche yaoshi", "把", "钥匙", "key"),
             "ebikekey": N("电动车钥匙", "e-bike key", "diandongche yaoshi", "把", "钥匙", "key"),
             "single": N("钥匙", "key", "yaoshi", "把", "钥匙", "key")}
    color = fix.get("color")
    b = fix.get("brand", "none")
    if b == "none":
        b = ch(CAR_BRANDS) if sub == "car" else (ch(EBIKE_BRANDS) if sub == "ebikekey" else None)
    o = new_obj("keys", sub, nouns[sub], color, b, None)
    n = {"bunch": ch([3, 4, 5, 5, 6, 7, 8]), "car": ch([1, 2]), "ebikekey": ch([1, 2]), "single": 1}[sub]
    counted = n if p(0.7) else n + ch([-1, 1])
    if sub == "bunch":
        o["facts"].append(F("count", n, ["%d把" % counted, "大概%d把" % counted], ["%d keys" % counted], ["共%d把" % n, "%d把钥匙" % n], ["%d keys" % n], False))
    pend = ch([("bear", "毛绒小熊挂件", "a little plush bear", "毛绒熊挂件", "a plush bear"),
               ("gourd", "铜葫芦", "a small brass gourd", "黄铜葫芦挂件", "a brass gourd"),
               ("jade", "平安扣", "a jade ring charm", "绿色玉扣挂件", "a green jade charm"),
               ("opener", "开瓶器", "a bottle opener", "开瓶器挂件", "a bottle opener"),
               ("torch", "小手电", "a mini torch", "小手电筒", "a small torch"),
               ("nazar", "蓝眼睛挂件", "an evil eye charm", "蓝色眼睛图案挂件", "a blue eye charm"),
               (None, None, None, None, None)])
    if pend[0] and not fix.get("pend_not") == pend[0]:
        o["facts"].append(F("pendant", pend[0], ["挂着%s" % pend[1], "有个%s" % pend[1]], ["with %s on it" % pend[2]],
                            ["挂有%s" % pend[3], "带%s" % pend[3]], ["with %s" % pend[4]]))
        if o["color"] is None and pend[0] == "jade":
            o["color"] = "green"
    if sub == "bunch":
        card = ch([("blue", "蓝色门禁卡"), ("red", "红色门禁卡"), ("yellow", "黄色门禁卡"), (None, None)])
        if card[0]:
            o["color"] = o["color"] or card[0]
            o["facts"].append(F("fob", card[0], ["还有个%s" % card[1]], ["and a %s door fob" % COL[card[0]][1][0]], ["附%s一张" % card[1]],
                                ["a %s door fob" % COL[card[0]][1][0]]))
        use = ch(["家里防盗门、仓库和店里卷帘门的", "出租房和电瓶车的", "宿舍和柜子的", "商位卷帘门和仓库的"])
        o["facts"].append(F("use", use, ["是%s" % use], ["keys of my home, shop and storeroom"], None, None, False))
        if p(0.4):
            o["facts"].append(F("shutter", "s", ["有一把长的卷帘门钥匙"], ["one long shutter key"], ["其中一把为长条卷帘门钥匙"], ["one long shutter key"]))
        if p(0.3):
            tg = ch(["3-502", "仓库", "店", "7幢"])
            o["facts"].append(F("tag", tg, ["钥匙牌上写着“%s”" % tg], ["tag says %s" % tg], ["挂牌写“%s”" % tg], ["label '%s'" % tg]))
    if sub == "car":
        o["color"] = o["color"] or "black"
        o["facts"].append(F("fobbrand", b["key"], ["%s的遥控钥匙" % b["zh"]], ["%s remote key" % b["en"]], ["%s汽车遥控钥匙" % brand_txt(b, "zh", "f")],
                            ["%s car remote" % b["en"]]))
    if sub == "ebikekey":
        o["color"] = o["color"] or ch(["black", "red", "blue"])
    return o


def gen_ebike(own, fix):
    sub = fix.get("sub") or (ch(["ebike", "ebike", "ebike", "moped", "trike"]) if not own["foreign"] else "ebike")
    if own["kind"] in ("driver", "porter") and not fix.get("sub"):
        sub = "trike"
    nouns = {"ebike": N("电动车", "e-bike", "diandongche", "辆", "电动车", "e-bike"),
             "moped": N("电动摩托车", "electric scooter", "diandong motuo", "辆", "电动车", "e-scooter"),
             "trike": N("电动三轮车", "electric tricycle", "diandong sanlunche", "辆", "三轮车", "tricycle")}
    brands = TRIKE_BRANDS if sub == "trike" else EBIKE_BRANDS
    b = fix.get("brand") or ch(brands)
    model = fix.get("model") or (ch(b["models"]) if p(0.6) else None)
    color = fix.get("color") or ch(["white", "black", "red", "blue", "grey", "green", "pink", "silver"])
    if sub == "trike":
        color = fix.get("color") or ch(["red", "blue", "blue", "green", "grey"])
    o = new_obj("ebike", sub, nouns[sub], color, b, model)
    plate = ("义川", ch("ABCDEF"), digits(5))
    frame = b["en"][:2].upper() + "%02d%02d" % (R.randint(19, 25), R.randint(1, 12)) + ch("ABCKMNPRTX") + digits(6)
    o["sers"].append(S("plate", plate, 0.85, 0.55))
    o["sers"].append(S("frame", frame, 0.25, 0.6))
    pool = [("canopy", "装了%s雨棚" % ch(["透明", "蓝色", "灰色"]), "has a rain canopy", "装有雨棚", "rain canopy fitted"),
            ("box", "后面有个%s后备箱" % ch(["黑色", "白色"]), "a top box at the back", "后置尾箱一个", "rear top box"),
            ("basket", "前面有车篮", "front basket", "带前车篮", "front basket"),
            ("seat", "坐垫套是%s" % ch(["豹纹的", "卡通的", "黑色网格的"]), "seat cover", "坐垫有套", "seat cover"),
            ("holder", "车头装了手机支架", "phone holder on handlebar", "车把装手机支架", "phone holder"),
            ("light", "前灯罩裂了", "front light cracked", "前灯罩破损", "front light broken"),
            ("sticker", "车身贴了“%s”的贴纸" % ch(["新手上路", "招财进宝", "外卖"]), "a sticker on the body", "车身有贴纸", "stickers on body"),
            ("mirror", "左边后视镜掉了", "left mirror missing", "缺左后视镜", "left mirror missing")]
    if sub == "trike":
        pool += [("bed", "车斗写着%s" % ch(["“拉货”", "电话号码", "“三区货运”"]), "writing on the cargo bed", "车斗有字", "writing on cargo bed"),
                 ("tarp", "车斗有块%s篷布" % ch(["蓝色", "绿色"]), "a tarp in the bed", "车斗内有篷布", "tarp in bed")]
    for i in sorted(R.sample(range(len(pool)), ch([1, 2, 2, 3]))):
        it = pool[i]
        o["facts"].append(F(it[0], it[0], it[1], it[2], it[3], it[4]))
    bat = ch(["48V", "60V", "72V"])
    o["facts"].append(F("battery", bat, ["%s的电瓶" % bat, "电池是%s的，刚换不久" % bat], ["%s battery" % bat], None, None, False))
    return o


def gen_bicycle(own, fix):
    sub = fix.get("sub") or ch(["mtb", "city", "folding", "kids"])
    nouns = {"mtb": N("山地车", "mountain bike", "shandiche", "辆", "自行车", "bicycle"),
             "city": N("自行车", "bicycle", "zixingche", "辆", "自行车", "bicycle"),
             "folding": N("折叠自行车", "folding bike", "zhedieche", "辆", "自行车", "bicycle"),
             "kids": N("儿童自行车", "kids bike", "ertongche", "辆", "自行车", "bicycle")}
    b = fix.get("brand") or ch(BIKE_BRANDS)
    model = fix.get("model") or (ch(b["models"]) if p(0.4) else None)
    color = fix.get("color") or ch(["black", "white", "red", "blue", "green", "yellow", "grey"])
    o = new_obj("bicycle", sub, nouns[sub], color, b, model)
    frame = ch(["JQ", "FC", "YC"]) + digits(8)
    o["sers"].append(S("frame", frame, 0.2, 0.6))
    pool = [("lock", "锁着一把%s的U型锁" % ch(["黑色", "黄色"]), "it had a U-lock", "车上有U型锁", "a U-lock on it"),
            ("basket", "有车筐", "a basket", "带车筐", "a basket"),
            ("seat", "车座破了用胶布缠着", "seat torn and taped", "车座有胶带缠绕", "taped seat"),
            ("bell", "车铃是小黄鸭的", "a yellow duck bell", "小黄鸭车铃", "duck bell"),
            ("rack", "后面有货架", "rear rack", "带后货架", "rear rack"),
            ("wheel", "前轮换过是新的", "front tyre is new", "前轮较新", "new front tyre")]
    for i in sorted(R.sample(range(len(pool)), ch([1, 2, 2]))):
        it = pool[i]
        o["facts"].append(F(it[0], it[0], it[1], it[2], it[3], it[4]))
    if sub == "mtb":
        sp = ch([21, 24, 27])
        o["facts"].append(F("gears", sp, ["%d速的" % sp], ["%d speed" % sp], ["%d速变速" % sp], ["%d gears" % sp], False))
    return o


def gen_jewelry(own, fix):
    sub = fix.get("sub") or ch(["bracelet", "necklace", "ring", "bangle", "earrings", "pendant", "watch"])
    nouns = {"bracelet": N("金手链", "gold bracelet", "jin shoulian", "条", "手链", "bracelet"),
             "necklace": N("金项链", "gold necklace", "jin xianglian", "条", "项链", "necklace"),
             "ring": N("戒指", "ring", "jiezhi", "枚", "戒指", "ring"),
             "bangle": N("玉镯", "jade bangle", "yuzhuo", "只", "手镯", "bangle"),
             "earrings": N("耳环", "earrings", "erhuan", "对", "耳环", "earrings"),
             "pendant": N("吊坠", "pendant", "diaozhui", "个", "吊坠", "pendant"),
             "watch": N("手表", "wristwatch", "shoubiao", "块", "手表", "watch")}
    if sub == "bangle":
        b = fix.get("brand") or (BRAND_YU if p(0.5) else None)
        color = fix.get("color") or ch(["green", "white"])
        mat = ("jade", "翡翠" if color == "green" else "和田玉", "jade", "绿色玉石" if color == "green" else "白色玉石", "stone")
    elif sub == "watch":
        b = fix.get("brand") or JEWEL_BRANDS[3]
        color = fix.get("color") or ch(["silver", "gold", "black"])
        mat = ("steel", "钢带", "steel strap", "金属表带", "metal strap")
    else:
        b = fix.get("brand", "none")
        if b == "none":
            b = ch(JEWEL_BRANDS[:2]) if p(0.55) else None
        color = fix.get("color") or ch(["gold", "gold", "gold", "silver"])
        mat = ("gold", "足金", "24k gold", "黄色金属", "yellow metal") if color == "gold" else ("silver", "925银", "silver", "白色金属", "white metal")
        if color == "gold" and sub in ("ring", "earrings") and p(0.4):
            mat = ("18k", "18K金", "18k gold", "黄色金属", "yellow metal")
    o = new_obj("jewelry", sub, nouns[sub], color, b, None)
    if sub in ("bracelet", "necklace") and color != "gold":
        o["noun"] = N("银" + nouns[sub]["gz"], "silver " + nouns[sub]["ge"], "yin", nouns[sub]["mw"], nouns[sub]["gz"], nouns[sub]["ge"])
    o["facts"].append(F("material", mat[0], [mat[1]], [mat[2]], [mat[3]], [mat[4]], False))
    if sub in ("bracelet", "necklace", "ring", "pendant", "bangle"):
        g = round(R.uniform(2.5, 35.0), 1) if sub != "ring" else round(R.uniform(2.0, 8.0), 1)
        if sub == "bangle":
            g = round(R.uniform(45, 70), 1)
        o["facts"].append(F("weight", g, ["%s克" % g, "大概%d克" % round(g)], ["%s grams" % g], (["称重约%s克" % round(g + R.uniform(-0.3, 0.3), 1)] if p(0.4) else None),
                            None, False))
    eng = ch([("LY", "刻着字母“LY”", "engraved 'LY'", "内侧刻有“LY”", "engraved LY"),
              ("love", "内圈刻了“爱”字", "engraved with a heart", "内圈刻“爱”", "engraved character"),
              ("date", "刻着“2015.5.20”", "engraved 2015.5.20", "刻有“2015.5.20”", "engraved 2015.5.20"),
              (None,) * 5, (None,) * 5])
    if eng[0] and sub not in ("bangle", "earrings"):
        o["facts"].append(F("engrave", eng[0], eng[1], eng[2], eng[3], eng[4]))
    if sub in ("necklace", "pendant", "bracelet"):
        pd = ch([("pixiu", "貔貅", "a pixiu charm"), ("heart", "心形", "a heart"), ("m", "字母M", "letter M"), ("lock", "长命锁", "a little lock"),
                 ("hand", "法蒂玛之手", "a Hamsa hand"), ("none", None, None)])
        if pd[1]:
            o["facts"].append(F("charm", pd[0], ["有个%s吊坠" % pd[1]], ["with %s" % pd[2]], ["带%s挂件" % pd[1]], ["with %s" % pd[2]]))
    if p(0.3):
        br = ch([("clasp", "扣子有点松", "the clasp is loose", "搭扣已断", "clasp broken"),
                 ("pouch", "装在红色小绒布袋里", "in a little red pouch", "装于红色绒布袋", "in a red pouch")])
        o["facts"].append(F(br[0], br[0], br[1], br[2], br[3], br[4]))
    if sub == "bangle" and p(0.5):
        cert = "YY" + digits(8)
        o["sers"].append(S("cert", cert, 0.5, 0.0))
    if sub == "watch":
        o["model"] = fix.get("model") or ch(["Classic 38", "Marina", "Chrono 42"])
        sn = digits(7)
        o["sers"].append(S("sn", "RV" + sn, 0.2, 0.5))
    return o


BRAND_YU = JEWEL_BRANDS[2]


def gen_elec(own, fix):
    sub = fix.get("sub") or ch(["laptop", "tablet", "earbuds", "earbuds", "powerbank", "camera", "translator", "watch", "harddrive", "speaker"])
    if own["foreign"] and not fix.get("sub") and p(0.3):
        sub = "translator"
    nouns = {"laptop": N("笔记本电脑", "laptop", "bijiben", "台", "电脑", "laptop"),
             "tablet": N("平板电脑", "tablet", "pingban", "台", "平板", "tablet"),
             "earbuds": N("蓝牙耳机", "wireless earbuds", "lanya erji", "副", "耳机", "earbuds"),
             "powerbank": N("充电宝", "power bank", "chongdianbao", "个", "充电宝", "power bank"),
             "camera": N("相机", "camera", "xiangji", "台", "相机", "camera"),
             "translator": N("翻译机", "translator device", "fanyiji", "台", "翻译机", "translator"),
             "watch": N("智能手表", "smart watch", "zhineng shoubiao", "块", "手表", "watch"),
             "harddrive": N("移动硬盘", "external hard drive", "yingpan", "个", "硬盘", "hard drive"),
             "speaker": N("蓝牙音箱", "bluetooth speaker", "yinxiang", "个", "音箱", "speaker")}
    b = fix.get("brand") or ch(ELEC_BRANDS[sub])
    model = fix.get("model") or (ch(b["models"]) if p(0.7) else None)
    color = fix.get("color") or ch(["black", "black", "white", "grey", "silver", "blue"])
    o = new_obj("electronics", sub, nouns[sub], color, b, model)
    if sub in ("laptop", "tablet", "camera", "translator", "harddrive"):
        sn = (b["en"][:2].upper() if b["en"][:2].isalpha() else "SN") + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
        o["sers"].append(S("sn", sn, 0.3 if sub != "laptop" else 0.4, 0.55))
    pool = {
        "laptop": [("sticker", "贴了很多贴纸", "lots of stickers on it", "外壳贴有多张贴纸", "stickers on lid"),
                   ("sleeve", "装在灰色内胆包里", "in a grey sleeve", "有灰色内胆包", "grey sleeve"),
                   ("dent", "右上角有个凹痕", "dent on the top right corner", "右上角有磕痕", "dent in corner"),
                   ("files", "里面有全部订单和报价表", "all my orders and price lists are inside", None, None)],
        "tablet": [("case", "带%s皮套" % ch(["蓝色", "黑色", "粉色"]), "in a folio case", "有翻盖保护套", "folio cover"),
                   ("pencil", "还有一支触控笔", "with a stylus", "附触控笔一支", "with a stylus"),
                   ("kid", "里面都是孩子的动画片", "my kid's cartoons on it", None, None)],
        "earbuds": [("left", "左耳那只掉过漆", "left bud is scratched", "左耳机有划痕", "scratched left bud"),
                    ("cover", "充电盒套了个%s硅胶套" % ch(["恐龙", "小黄鸭", "黑色"]), "a silicone cover on the case", "充电仓有硅胶套", "silicone cover on case"),
                    ("name", "盒子上刻了名字缩写", "initials on the case", "充电仓刻有字母", "letters engraved on case")],
        "powerbank": [("cable", "自带两根线", "two built-in cables", "自带数据线", "built-in cables"),
                      ("scratch", "外壳很旧有划痕", "old and scratched", "外壳磨损", "worn shell"),
                      ("sticker", "贴着我的名字", "my name sticker on it", "贴有姓名贴", "name sticker")],
        "camera": [("strap", "相机带是%s的" % ch(["红色", "民族风"]), "colourful strap", "有彩色背带", "coloured strap"),
                   ("lens", "装的是长焦镜头", "with a zoom lens", "带变焦镜头", "zoom lens"),
                   ("photos", "里面全是产品照片", "photos of products inside", None, None)],
        "translator": [("case", "套着黑色皮套", "black leather case", "有黑色保护套", "black case"),
                       ("lang", "设置的是阿拉伯语和中文", "set to Arabic-Chinese", "界面显示阿拉伯语", "Arabic on screen"),
                       ("lanyard", "有挂绳", "with a lanyard", "带挂绳", "with lanyard")],
        "watch": [("strap", "%s表带" % ch(["橙色", "黑色硅胶", "皮"]), "a coloured strap", "表带为硅胶", "silicone strap"),
                  ("face", "表盘是我女儿照片", "watch face is my daughter's photo", "表盘显示小孩照片", "photo of a child on face")],
        "harddrive": [("pouch", "装在黑色小包里", "in a small black pouch", "有收纳包", "in a pouch"),
                      ("label", "贴着“样品图”标签", "label says samples", "贴有“样品图”字样标签", "labelled 'samples'")],
        "speaker": [("strap", "有挂绳", "has a strap", "带挂绳", "with strap"),
                    ("scratch", "底部有划痕", "scratched bottom", "底部划痕", "scratched base")],
    }[sub]
    for i in sorted(R.sample(range(len(pool)), min(len(pool), ch([1, 2, 2])))):
        it = pool[i]
        o["facts"].append(F(it[0], it[0], it[1], it[2], it[3], it[4]))
    return o


def gen_other(own, fix):
    sub = fix.get("sub") or ch(["samples", "samples", "samples", "orderbook", "umbrella", "glasses", "thermos", "helmet",
                                "parcel", "beads", "cardbook", "calculator", "toy"])
    nouns = {"samples": N("样品", "goods samples", "yangpin", "袋", "样品", "samples"),
             "orderbook": N("订货本", "order book", "dinghuoben", "本", "本子", "notebook"),
             "umbrella": N("雨伞", "umbrella", "yusan", "把", "伞", "umbrella"),
             "glasses": N("眼镜", "glasses", "yanjing", "副", "眼镜", "glasses"),
             "thermos": N("保温杯", "thermos cup", "baowenbei", "个", "杯子", "cup"),
             "helmet": N("头盔", "helmet", "toukui", "个", "头盔", "helmet"),
             "parcel": N("快递包裹", "parcel", "kuaidi baoguo", "个", "包裹", "parcel"),
             "beads": N("念珠", "prayer beads", "nianzhu", "串", "珠子", "beads"),
             "cardbook": N("名片夹", "business card book", "mingpianjia", "本", "名片夹", "card book"),
             "calculator": N("计算器", "calculator", "jisuanqi", "个", "计算器", "calculator"),
             "toy": N("儿童玩具", "child's toy", "wanju", "个", "玩具", "toy")}
    colors = {"samples": None, "orderbook": ch(["black", "red", "blue"]), "umbrella": ch(["black", "blue", "pink", "green"]),
              "glasses": ch(["black", "gold", "brown"]), "thermos": ch(["silver", "pink", "black", "blue", "white"]),
              "helmet": ch(["white", "yellow", "red", "black", "blue", "pink"]), "parcel": ch(["brown", "white", "black"]),
              "beads": ch(["brown", "black", "green"]), "cardbook": ch(["black", "brown"]), "calculator": ch(["black", "white", "gold"]),
              "toy": ch(["yellow", "blue", "pink"])}
    o = new_obj("other", sub, nouns[sub], fix.get("color") or colors[sub])
    if sub == "samples":
        sm = fix.get("sample") or ch(SAMPLES)
        st = fix.get("stall") or stall(ch(["D1", "D2", "D3", "D4", "D5"]))
        qty = fix.get("qty") or ch([6, 10, 12, 15, 20, 24, 40])
        o["sample"], o["stall"] = sm, st
        o["color"] = fix.get("color") or ch(["white", "black", "blue", "red"])
        o["noun"] = N(sm[1], sm[2], "yangpin", "袋", "样品", "samples")
        o["sub"] = "samples:" + sm[0]
        o["facts"].append(F("sample", sm[0], ["是%s" % sm[3]], ["%s" % sm[2]], ["内为%s" % sm[3]], ["%s" % sm[2]], False))
        o["facts"].append(F("stall", st["num"], ["上面有%s商位的吊牌" % st["num"], "我家商位%s的样品" % st["num"], "%s区%s拿的样品" % (DN[int(st["pid"][1]) - 1], st["num"])],
                            ["with tags of booth %s" % st["num"], "from shop %s" % st["num"]], ["吊牌印有商位号%s" % st["num"], "附%s商位名片" % st["num"]],
                            ["tags of booth %s" % st["num"]]))
        o["facts"].append(F("qty", qty, ["%d件左右" % qty, "大概%d个" % qty], ["about %d pcs" % qty], ["共%d件" % qty, "约%d件" % qty], ["%d pieces" % qty], False))
        o["facts"].append(F("bagtype", o["color"], ["装在%s塑料袋里" % COL[o["color"]][0][0]], ["in a %s plastic bag" % COL[o["color"]][1][0]],
                            ["%s塑料袋装" % COL[o["color"]][0][0]], ["in a %s plastic bag" % COL[o["color"]][1][0]], False))
    elif sub == "orderbook":
        o["facts"].append(F("content", "orders", ["里面记着这个月的订单和客户电话", "记账本，很重要"], ["all my orders this month"],
                            ["内记有订单、电话号码等", "手写记账内容"], ["handwritten orders inside"]))
        nm = own["name"]
        o["facts"].append(F("id_name", nm, ["封面写着%s" % nm], ["my name %s on cover" % nm], ["封面写有“%s”" % nm], ["name %s on cover" % nm]))
    elif sub == "parcel":
        wb = ch(["SD", "ZY", "FL"]) + digits(12)
        o["sers"].append(S("waybill", wb, 0.7, 0.9))
        o["facts"].append(F("size", "box", ["一个%s纸箱" % ch(["小", "中号"]), "鞋盒大小"], ["a small box"], ["纸箱包装", "纸盒一个"], ["a cardboard box"]))
        o["facts"].append(F("courier", wb[:2], ["%s的件" % {"SD": "速达", "ZY": "中驿", "FL": "飞鹿"}[wb[:2]]],
                            ["%s express" % {"SD": "Suda", "ZY": "Zhongyi", "FL": "Feilu"}[wb[:2]]],
                            ["面单为%s快递" % {"SD": "速达", "ZY": "中驿", "FL": "飞鹿"}[wb[:2]]], ["%s label" % {"SD": "Suda", "ZY": "Zhongyi", "FL": "Feilu"}[wb[:2]]]))
    elif sub == "helmet":
        o["facts"].append(F("visor", "v", ["带挡风镜片", "有防晒面罩"], ["with visor"], ["带透明镜片", "有面罩"], ["with visor"]))
        if p(0.5):
            o["facts"].append(F("ears", "cat", ["上面有猫耳朵", "贴着小恐龙贴纸"], ["with cat ears"], ["顶部有猫耳造型", "贴有卡通贴纸"], ["cat ears on top"]))
    elif sub == "beads":
        o["facts"].append(F("count", 33, ["33颗的", "一串33颗"], ["33 beads tasbih"], ["共33颗珠", "约30余颗"], ["about 33 beads"]))
        o["facts"].append(F("tassel", "t", ["有个%s流苏" % ch(["绿色", "金色"]), "带流苏"], ["with a tassel"], ["带流苏"], ["with tassel"]))
    elif sub == "glasses":
        g = ch([("myopia", "近视眼镜，度数挺高", "my prescription glasses", "近视眼镜一副", "prescription glasses"),
                ("sun", "墨镜", "sunglasses", "墨镜一副", "sunglasses")])
        o["facts"].append(F("type", g[0], [g[1]], [g[2]], [g[3]], [g[4]]))
        if p(0.5):
            o["facts"].append(F("box", "case", ["装在%s眼镜盒里" % ch(["黑色", "棕色"])], ["in a hard case"], ["有眼镜盒"], ["in a case"]))
    elif sub == "thermos":
        o["facts"].append(F("print", "p", ["杯身印着%s" % ch(["小熊", "“加油”", "公司logo"])], ["with print on it"], ["杯身有图案"], ["printed pattern"]))
        if p(0.5):
            o["facts"].append(F("tea", "tea", ["里面泡着茶叶"], ["tea inside"], ["内有茶水"], ["tea inside"]))
    elif sub == "cardbook":
        o["facts"].append(F("cards", "suppliers", ["里面一百多张供应商名片", "全是工厂名片"], ["about 100 supplier business cards"],
                            ["内有大量名片", "名片百余张"], ["lots of business cards"]))
    elif sub == "calculator":
        o["facts"].append(F("size", "big", ["大号按键的", "摊位上用的大计算器"], ["big desk calculator"], ["大按键计算器", "台式计算器"], ["large calculator"]))
        if p(0.5):
            tg = own.get("stall", stall("D2"))["num"]
            o["facts"].append(F("stall", tg, ["背面写着%s" % tg], ["booth number %s on back" % tg], ["背面写有“%s”" % tg], ["'%s' on back" % tg]))
    elif sub == "toy":
        g = ch([("car", "遥控小汽车", "a remote control car", "玩具遥控车一辆", "a toy RC car"),
                ("bear", "毛绒熊", "a teddy bear", "毛绒熊玩偶", "a plush bear")])
        o["facts"].append(F("toy", g[0], [g[1]], [g[2]], [g[3]], [g[4]]))
    elif sub == "umbrella":
        g = ch([("fold", "三折伞", "a folding umbrella", "折叠伞", "folding umbrella"), ("long", "长柄伞", "a long umbrella", "长柄伞", "long umbrella")])
        o["facts"].append(F("type", g[0], [g[1]], [g[2]], [g[3]], [g[4]]))
        if p(0.5):
            o["facts"].append(F("handle", "wood", ["木头伞柄"], ["wooden handle"], ["木柄"], ["wooden handle"]))
    return o


GENS = {"phone": gen_phone, "wallet": gen_wallet, "id_doc": gen_id, "cash": gen_cash, "bag": gen_bag, "keys": gen_keys,
        "ebike": gen_ebike, "bicycle": gen_bicycle, "jewelry": gen_jewelry, "electronics": gen_elec, "other": gen_other}


# ------------------------------------------------------------------ time phrases
WD_ZH = "一二三四五六日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def at(mins):
    return NOW - timedelta(minutes=mins)


def mins_of(d):
    return int(round((NOW - d).total_seconds() / 60))


def period_zh(h):
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


def period_en(h):
    if h < 5:
        return "night"
    if h < 12:
        return "morning"
    if h < 13:
        return "noon"
    if h < 18:
        return "afternoon"
    return "evening"


def clock_zh(d, loose=True):
    h, mi = d.hour, d.minute
    h12 = h if h <= 12 else h - 12
    if mi < 8:
        tail = "点"
    elif 25 <= mi <= 35:
        tail = "点半"
    elif loose:
        tail = "点多"
    else:
        tail = "点%d分" % mi
    return period_zh(h) + "%d%s" % (h12, tail)


def clock_en(d, loose=True, style=None):
    h, mi = d.hour, d.minute
    h12 = h if h <= 12 else h - 12
    ap = "am" if h < 12 else "pm"
    if h12 == 0:
        h12 = 12
    style = style if style is not None else R.randrange(3)
    if style == 2 and not loose:
        style = 0
    if mi < 8:
        return ["%d%s" % (h12, ap), "%d:00" % h, "around %d%s" % (h12, ap)][style]
    return ["%d:%02d%s" % (h12, mi, ap), "%d:%02d" % (h, mi), "around %d%s" % (h12, ap)][style]


def day_zh(d):
    return wch([(4, "%d月%d日" % (d.month, d.day)), (4, "%d月%d号" % (d.month, d.day)), (2, "%d号" % d.day),
                (1, "%d.%d" % (d.month, d.day)), (1, "周%s（%d号）" % (WD_ZH[d.weekday()], d.day))])


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


MON_EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug"]


def day_en(d):
    return wch([(3, "%d %s" % (d.day, MON_EN[d.month])), (3, "%s %d" % (MON_EN[d.month], d.day)), (2, "%d/%d" % (d.day, d.month)),
                (1, "%s %s" % (WD_EN[d.weekday()], ordinal(d.day))), (1, "the %s" % ordinal(d.day))])


def window_zh(s, e):
    if s.date() == e.date():
        dz = day_zh(s)
        if (e - s) <= timedelta(minutes=50):
            return ch(["%s%s左右" % (dz, clock_zh(s)), "%s%s" % (dz, clock_zh(s))])
        if period_zh(s.hour) == period_zh(max(s.hour, e.hour - 1)):
            return ch(["%s%s" % (dz, period_zh(s.hour)), "%s%s到%s之间" % (dz, clock_zh(s), clock_zh(e)[2:] if clock_zh(e)[:2] == period_zh(s.hour) else clock_zh(e))])
        return ch(["%s%s到%s之间" % (dz, clock_zh(s), clock_zh(e)), "%s从%s到%s" % (dz, clock_zh(s), clock_zh(e))])
    if (e.date() - s.date()).days == 1:
        return ch(["%s%s到%s%s" % (day_zh(s), period_zh(s.hour), day_zh(e), period_zh(e.hour)),
                   "从%s%s到%s%s" % (day_zh(s), clock_zh(s), day_zh(e), clock_zh(e))])
    return ch(["%s到%s之间" % (day_zh(s), day_zh(e)), "从%s到%s这几天" % (day_zh(s), day_zh(e))])


def window_en(s, e):
    if s.date() == e.date():
        de = day_en(s)
        if (e - s) <= timedelta(minutes=50):
            return ch(["on %s around %s" % (de, clock_en(s, False)), "%s at about %s" % (de, clock_en(s, False))])
        st = R.randrange(2)
        return ch(["on %s between %s and %s" % (de, clock_en(s, False, st), clock_en(e, False, st)), "%s %s" % (de, period_en(s.hour)),
                   "on %s, %s to %s" % (de, clock_en(s, False, st), clock_en(e, False, st))])
    return ch(["between %s %s and %s %s" % (day_en(s), period_en(s.hour), day_en(e), period_en(e.hour)),
               "from %s to %s" % (day_en(s), day_en(e))])


def point_zh(d, officer=False):
    if officer:
        return wch([(3, "%d月%d日%d时许" % (d.month, d.day, d.hour)), (2, "%d月%d日%d时%d分" % (d.month, d.day, d.hour, d.minute)),
                    (1, "2025年%d月%d日%d时许" % (d.month, d.day, d.hour))])
    return wch([(4, "%s%s" % (day_zh(d), clock_zh(d))), (2, "%s%s" % (day_zh(d), period_zh(d.hour))),
                (1, "%s %02d:%02d" % (day_zh(d), d.hour, d.minute))])


def point_en(d):
    return ch(["on %s at %s" % (day_en(d), clock_en(d)), "%s %s" % (day_en(d), period_en(d.hour)), "%s, %s" % (day_en(d), clock_en(d))])


# ------------------------------------------------------------------ events (where, when, who finds)
FINDERS = {
    "cleaner": ("保洁员", "cleaner"), "guard": ("保安", "security guard"), "stallnb": ("附近摊主", "a stall owner nearby"),
    "buyer": ("外地采购商", "a buyer"), "porter": ("搬运工", "a porter"), "trike": ("电动三轮车师傅", "tricycle driver"),
    "taxi": ("出租车司机", "taxi driver"), "ridehail": ("网约车司机", "ride-hailing driver"), "railstaff": ("车站工作人员", "station staff"),
    "hotelstaff": ("酒店前台", "hotel reception"), "housekeeping": ("客房服务员", "housekeeper"), "waiter": ("餐厅服务员", "waiter"),
    "bankstaff": ("银行大堂经理", "bank lobby manager"), "courier": ("快递员", "courier"), "packer": ("装箱工人", "container packer"),
    "patrol": ("巡逻辅警", "patrol officer"), "sanitation": ("环卫工人", "street sweeper"), "citizen": ("市民", "a passer-by"),
    "vendor": ("夜市摊主", "night market vendor"), "resguard": ("小区保安", "compound guard"), "fbuyer": ("外国客商", "a foreign buyer"),
    "exchstaff": ("兑换店店员", "exchange shop clerk"), "student": ("学生", "a student"), "forklift": ("叉车司机", "forklift driver"),
}
STAFF_KINDS = ("railstaff", "hotelstaff", "housekeeping", "bankstaff", "exchstaff", "guard")

SCEN_BY_CAT = {
    "phone": [(30, "market"), (14, "ride"), (10, "rail"), (8, "hotel"), (10, "restaurant"), (8, "night"), (8, "logistics"), (6, "street"), (3, "bank")],
    "wallet": [(25, "market"), (10, "ride"), (8, "rail"), (5, "hotel"), (8, "restaurant"), (12, "pickpocket"), (10, "night"), (8, "bank"), (8, "street"), (6, "logistics")],
    "id_doc": [(20, "market"), (10, "ride"), (12, "rail"), (10, "hotel"), (6, "restaurant"), (8, "pickpocket"), (8, "bank"), (12, "street"), (6, "logistics"), (8, "exchange")],
    "cash": [(25, "market"), (20, "bank"), (10, "ride"), (10, "exchange"), (10, "logistics"), (10, "street"), (5, "night")],
    "bag": [(25, "market"), (20, "ride"), (10, "rail"), (10, "hotel"), (10, "restaurant"), (15, "logistics"), (5, "street"), (5, "night")],
    "keys": [(25, "market"), (10, "street"), (10, "night"), (15, "logistics"), (10, "restaurant"), (10, "res"), (5, "rail")],
    "ebike": [(50, "theft"), (15, "forgot")],
    "bicycle": [(3, "theft"), (1, "forgot")],
    "jewelry": [(20, "market"), (15, "hotel"), (15, "night"), (15, "street"), (10, "restaurant"), (10, "rail"), (10, "res")],
    "electronics": [(20, "market"), (15, "ride"), (15, "rail"), (15, "hotel"), (15, "restaurant"), (10, "logistics"), (10, "street")],
    "other": [(35, "market"), (15, "ride"), (20, "logistics"), (10, "street"), (10, "restaurant"), (10, "rail")],
}


def rand_time(h0, h1, day=None):
    day = day or R.randint(1, 31)
    h = R.randint(h0, h1)
    d = datetime(2025, 7, day, h % 24, R.randrange(60))
    if h >= 24:
        d += timedelta(days=1)
    if d > NOW - timedelta(hours=6):
        d = NOW - timedelta(hours=R.randint(8, 30), minutes=R.randrange(60))
    return d


def make_event(cat, own, scen=None):
    sc = scen or wch(SCEN_BY_CAT[cat])
    ev = {"scen": sc, "alt_pid": None, "via": None}
    mk = ["D1", "D2", "D3", "D4", "D5"]
    if sc == "market":
        lp = own["stall"]["pid"] if (own.get("stall") and p(0.5)) else ch(mk)
        ev["loss_pid"] = lp
        ev["loss_sp"] = own["stall"] if (own.get("stall") and own["stall"]["pid"] == lp and p(0.5)) else (
            spot_for(lp, cat) if p(0.7) else stall(lp))
        i = mk.index(lp)
        r = R.random()
        fp = lp if r < 0.7 else (mk[max(0, min(4, i + ch([-1, 1])))] if r < 0.88 else "SVC")
        ev["found_pid"] = fp
        ev["found_sp"] = spot_for(fp, cat) if fp != lp or p(0.5) else ev["loss_sp"]
        ev["finder"] = wch([(5, "cleaner"), (4, "guard"), (4, "stallnb"), (2, "buyer"), (2, "porter"), (1, "fbuyer")])
        t = rand_time(8, 18)
        delay = wch([(5, (3, 90)), (3, (90, 360)), (1, (360, 1500))])
        if p(0.15):
            ev["alt_pid"] = mk[max(0, min(4, i + ch([-1, 1])))]
    elif sc == "ride":
        a = ch(mk + ["H1", "H2", "FTS", "RAIL"])
        bb = ch(["LOG", "FRT", "H1", "H2", "H3", "H4", "RAIL", "FTS", "CNT"])
        while bb == a:
            bb = ch(["LOG", "FRT", "H4", "RAIL"])
        ev["loss_pid"], ev["loss_sp"] = a, None
        ev["alt_pid"] = bb
        veh = ch([("trike", "电动三轮", "tricycle"), ("taxi", "出租车", "taxi"), ("ridehail", "网约车", "car (Didi-like app)")])
        ev["via"] = veh
        ev["found_pid"] = ch([bb, bb, "LOG", "FRT", "RAIL"])
        ev["found_sp"] = spot_for(ev["found_pid"], "ebike") if p(0.5) else None
        ev["finder"] = veh[0]
        t = rand_time(8, 20)
        delay = wch([(3, (20, 240)), (3, (240, 1440)), (1, (1440, 4000))])
    elif sc in ("rail", "hotel", "restaurant", "bank", "exchange", "logistics", "night", "res"):
        pid = {"rail": "RAIL", "hotel": ch(["H1", "H2", "H3", "H4"]), "restaurant": ch(["R1", "R2", "R3", "R4", "R5"]),
               "bank": ch(["BANK1", "BANK2"]), "exchange": "EXCH", "logistics": ch(["LOG", "LOG", "FRT", "CNT"]), "night": "NIGHT",
               "res": ch(["RES1", "RES2"])}[sc]
        ev["loss_pid"], ev["loss_sp"] = pid, spot_for(pid, cat) if p(0.75) else None
        ev["found_pid"], ev["found_sp"] = pid, (ev["loss_sp"] if p(0.6) else spot_for(pid, cat))
        ev["finder"] = {"rail": wch([(4, "railstaff"), (1, "citizen")]), "hotel": ch(["hotelstaff", "housekeeping"]),
                        "restaurant": ch(["waiter", "waiter", "fbuyer"]), "bank": ch(["bankstaff", "bankstaff", "citizen"]),
                        "exchange": "exchstaff", "logistics": ch(["courier", "packer", "forklift", "guard"]),
                        "night": ch(["vendor", "citizen", "sanitation"]), "res": ch(["resguard", "citizen", "sanitation"])}[sc]
        hrs = {"rail": (6, 21), "hotel": (7, 23), "restaurant": (12, 23), "bank": (8, 21), "exchange": (9, 20),
               "logistics": (7, 20), "night": (19, 25), "res": (7, 22)}[sc]
        t = rand_time(*hrs)
        delay = {"rail": (5, 180), "hotel": (30, 900), "restaurant": (5, 200), "bank": (2, 40), "exchange": (3, 60),
                 "logistics": (20, 1440), "night": (10, 600), "res": (20, 1440)}[sc]
        if sc == "night" and p(0.2):
            ev["alt_pid"] = ch(["FTS", "PARK"])
    elif sc == "pickpocket":
        pid = ch(["NIGHT", "D1", "D2", "D3", "BUS", "RAIL", "FTS"])
        ev["loss_pid"], ev["loss_sp"] = pid, spot_for(pid, cat) if p(0.5) else None
        dump = ch([x for x in CITY_STREETS if km(PL[x]["lat"], PL[x]["lon"], PL[pid]["lat"], PL[pid]["lon"]) < 4.5] or CITY_STREETS)
        ev["found_pid"], ev["found_sp"] = dump, spot_for(dump, cat)
        ev["finder"] = ch(["sanitation", "citizen", "patrol"])
        ev["theft"] = True
        t = rand_time(9, 22)
        delay = (120, 2880)
    elif sc == "street":
        pid = ch(CITY_STREETS + ["FTS", "SCH"])
        ev["loss_pid"], ev["loss_sp"] = pid, spot_for(pid, cat) if p(0.6) else None
        ev["found_pid"], ev["found_sp"] = pid, spot_for(pid, cat) if p(0.6) else None
        ev["finder"] = ch(["citizen", "sanitation", "patrol", "student"])
        t = rand_time(7, 22)
        delay = (10, 720)
    elif sc in ("theft", "forgot"):
        pid = ch(["RES1", "RES2", "D1", "D2", "D3", "D4", "D5", "LOG", "FTS", "SCH", "NIGHT", "RAIL", "HOSP"])
        ev["loss_pid"], ev["loss_sp"] = pid, spot_for(pid, cat) if p(0.6) else None
        if sc == "theft":
            near = [x for x in CITY_STREETS + ["RES1", "RES2", "FRT", "LOG"] if x != pid and
                    0.4 < km(PL[x]["lat"], PL[x]["lon"], PL[pid]["lat"], PL[pid]["lon"]) < 5.0]
            ev["found_pid"] = ch(near or CITY_STREETS)
            ev["finder"] = ch(["patrol", "patrol", "resguard", "citizen", "sanitation"])
            ev["theft"] = True
            delay = (300, 9000)
        else:
            ev["found_pid"] = pid
            ev["finder"] = ch(["guard", "resguard", "patrol"])
            delay = (600, 5000)
        ev["found_sp"] = spot_for(ev["found_pid"], cat) if p(0.6) else None
        t = rand_time(7, 22)
    else:
        raise ValueError(sc)
    ev["t_loss"] = t
    tf = min(t + timedelta(minutes=R.randint(*delay)), NOW - timedelta(minutes=R.randint(15, 300)))
    if tf < t:
        tf = t + timedelta(minutes=3)
    tf2 = settle(tf, ev["found_pid"], True)
    ev["t_found"] = tf2 if tf2 <= NOW - timedelta(minutes=10) else tf
    # the owner's window: from when last seen to when missed
    wk = wch([(40, "tight"), (35, "half"), (20, "day"), (5, "long")])
    if sc == "theft":
        wk = ch(["half", "day", "day", "long"])
    a, b = {"tight": ((5, 60), (0, 45)), "half": ((30, 240), (30, 200)), "day": ((120, 900), (60, 720)),
            "long": ((600, 3000), (120, 2000))}[wk]
    s = t - timedelta(minutes=R.randint(*a))
    e = t + timedelta(minutes=R.randint(*b))
    if s.hour < 6 and t.hour >= 7:
        s = t.replace(hour=ch([6, 7, 7, 8]), minute=ch([0, 0, 30]))
        if s > t:
            s = t - timedelta(minutes=30)
    if e.date() > t.date() and e.hour < 6 and t.hour < 20:
        e = t.replace(hour=ch([21, 22, 23]), minute=0)
    s = s.replace(minute=(s.minute // 10) * 10, second=0)
    e = e.replace(second=0) + timedelta(minutes=(10 - e.minute % 10) % 10)
    lim = NOW - timedelta(minutes=R.randint(20, 600))
    if e > lim:
        e = max(lim, t)
    ev["win"] = (s, e)
    return ev


def finder_person(kind):
    sex = ch(["m", "f"])
    if kind == "fbuyer":
        c = ch(FOREIGN)
        fn, ln = FNAMES[c[2]]
        return {"kind": kind, "name": "%s %s" % (ch(fn), ln[0]), "foreign": True, "country": c}
    nm = ch(SUR) + ch(GIV_M if sex == "m" else GIV_F)
    if kind == "cleaner" and p(0.5):
        nm = ch(SUR) + "阿姨"
    if kind in ("trike", "taxi") and p(0.5):
        nm = ch(SUR) + "师傅"
    return {"kind": kind, "name": nm, "foreign": False}


# ------------------------------------------------------------------ typos
TYPO_ZH = [("身份证", "身分证"), ("钱包", "钱抱"), ("钥匙", "要是"), ("捡到", "检到"), ("联系", "连系"), ("附近", "付近"),
           ("现金", "现今"), ("护照", "户照"), ("已经", "以经"), ("市场", "市常"), ("银行卡", "银航卡"), ("黑色", "黑涩"),
           ("手机", "手几"), ("电动车", "电动者"), ("丢了", "丢啦"), ("谢谢", "谢谢谢"), ("在", "再"), ("的", "得"),
           ("左右", "左有"), ("里面", "里边")]
TYPO_EN = [("wallet", "walet"), ("passport", "pasport"), ("black", "blak"), ("please", "pls"), ("market", "markt"),
           ("district", "distric"), ("money", "mony"), ("phone", "fone"), ("inside", "insid"), ("around", "arround"),
           ("lost", "lose"), ("restaurant", "restorant"), ("hotel", "hotal"), ("station", "staion"), ("thank you", "thx"),
           ("because", "becuz"), ("between", "beetween"), ("grey", "gery")]


def typo(text, lang, n=1):
    table = TYPO_EN if lang in ("en", "py", "mix") else TYPO_ZH
    if lang == "mix":
        table = TYPO_EN + TYPO_ZH
    cands = [t for t in table if t[0] in text]
    for a, b in R.sample(cands, min(n, len(cands))):
        idx = [i for i in range(len(text)) if text.startswith(a, i)]
        i = ch(idx)
        text = text[:i] + b + text[i + len(a):]
    return text


# ------------------------------------------------------------------ writing one registration
BRAND_KNOW = {"o": {"phone": 0.93, "wallet": 0.6, "bag": 0.65, "ebike": 0.95, "bicycle": 0.85, "electronics": 0.9,
                    "jewelry": 0.7, "keys": 0.9, "other": 0.5, "id_doc": 0.0, "cash": 0.0},
              "f": {"phone": 0.7, "wallet": 0.5, "bag": 0.55, "ebike": 0.8, "bicycle": 0.7, "electronics": 0.7,
                    "jewelry": 0.2, "keys": 0.75, "other": 0.4, "id_doc": 0.0, "cash": 0.0}}
MODEL_KNOW = {"o": {"phone": 0.8, "ebike": 0.5, "bicycle": 0.4, "electronics": 0.65, "jewelry": 0.5},
              "f": {"phone": 0.3, "ebike": 0.3, "bicycle": 0.3, "electronics": 0.4, "jewelry": 0.3}}


def lang_of(voice):
    return {"zh": "zh", "zo": "zh", "tr": "zh", "en": "en", "mix": "mix", "py": "py", "narr": "zh", "off": "zh",
            "staff": "zh", "fen": "en"}[voice]


def fact_text(f, side, lang):
    zk, ek = ("oz", "oe") if side == "o" else ("fz", "fe")
    if lang in ("en", "py"):
        return alt(f[ek]) if f[ek] else None
    if lang == "mix":
        if f[ek] and (p(0.65) or not f[zk]):
            return alt(f[ek])
        return alt(f[zk])
    return alt(f[zk])


def cut(s, n):
    return s if len(s) <= n else s[:n]


def join_zh(parts, sep="，"):
    return sep.join(x for x in parts if x)


def clean(s):
    while "  " in s:
        s = s.replace("  ", " ")
    for a, b in (("，，", "，"), ("。。", "。"), ("，。", "。"), (" .", "."), ("..", "."), (" ,", ","), ("。，", "。"),
                 (",.", "."), ("：，", "："), ("，）", "）")):
        while a in s:
            s = s.replace(a, b)
    return s.strip(" ，,")


def headline(o, view, lang, side, color_s, brand_s, model_s, specific):
    noun = view["noun"]
    if lang in ("en", "py"):
        n = noun["en"] if specific else noun["ge"]
    elif lang == "mix":
        n = ch([noun["en"] if specific else noun["ge"], noun["zh"] if specific else noun["gz"]])
    else:
        n = noun["zh"] if specific else noun["gz"]
    if "{c}" in n:
        n = n.replace("{c}", color_s if color_s else "").replace("a  ", "a ")
        color_s = ""
    if view["cat"] == "cash":
        color_s = brand_s = model_s = ""
    if lang in ("en", "py", "mix"):
        return clean(" ".join(x for x in (color_s, brand_s, model_s, n) if x))
    m = (" %s " % model_s) if model_s and model_s[0].isascii() else model_s
    b = brand_s + (" " if brand_s and brand_s[-1].isascii() and not m and n[0].isascii() else "")
    return clean("%s%s%s%s" % (color_s, b, m, n)).replace(" 手机", "手机")


def write_reg(o, side, voice, lvl, ev, person, force=(), view=None):
    """One registration from the object's truth, in one voice, knowing what that side knows.
    Returns (fields, said_tags)."""
    view = dict(view or {"noun": o["noun"], "tags": None})
    view.setdefault("cat", o["cat"])
    if view.get("noun") is None:
        view["noun"] = o["noun"]
    tags_ok = view.get("tags")
    lang = lang_of(voice)
    force = set(force)
    said = set()
    cat = o["cat"]
    # what this side knows
    know_brand = o["brand"] is not None and (("brand" in force) or p(BRAND_KNOW[side].get(cat, 0.5)))
    know_model = o["model"] is not None and (("model" in force) or p(MODEL_KNOW[side].get(cat, 0.0)))
    if tags_ok is not None:
        know_brand = know_brand and "brand" in tags_ok
        know_model = know_model and "model" in tags_ok
    rate = {"full": 0.9, "part": 0.6, "body": 0.55, "hurry": 0.12}[lvl]
    facts = []
    for f in o["facts"]:
        if tags_ok is not None and f["tag"] not in tags_ok:
            continue
        if f["tag"] in force or p(rate):
            if o.get("stripped") and side == "f" and f["tag"] in ("cash", "bagcash"):
                f = dict(f, fz=["内无现金", "现金已无", "未见现金"], fe=["no cash inside"])
            t = fact_text(f, side, lang)
            if t:
                facts.append((f, t))
    sers = []
    for s in o["sers"]:
        pr = s["po"] if side == "o" else s["pf"]
        if o.get("stripped") and side == "f" and s["kind"] == "plate":
            pr *= 0.4
        if tags_ok is not None and "ser:" + s["kind"] not in tags_ok:
            continue
        if lvl == "hurry":
            pr *= 0.3
        if ("ser:" + s["kind"]) in force or p(pr):
            sers.append(s)
    specific = ("sub" in force) or p(0.75 if lvl != "hurry" else 0.4)
    color_s = color_txt(o["color"], lang, side) if o["color"] and (p(0.85) or "color" in force) else ""
    if tags_ok is not None and "color" not in tags_ok:
        color_s = ""
    brand_s = brand_txt(o["brand"], lang, side) if know_brand else ""
    model_s = model_txt(o["model"]) if know_model else ""
    fields = {}
    put = {"full": 0.92, "part": 0.5, "body": 0.0, "hurry": 0.12}[lvl]
    if color_s and p(put):
        fields["color"] = color_s if p(0.7) else color_txt(o["color"], lang, side)
    if brand_s and p(put):
        fields["brand"] = brand_s if p(0.7) else brand_txt(o["brand"], lang, side)
    if model_s and p(put):
        fields["model"] = model_s
    ser_in_body = []
    ser_all = []
    for i, s in enumerate(sers):
        txt = fmt_serial(s, side, lang)
        ser_all.append((s, txt))
        if i == 0 and p({"full": 0.9, "part": 0.6, "body": 0.0, "hurry": 0.3}[lvl]):
            fields["serial"] = cut(txt, 60)
            if p(0.2):
                ser_in_body.append((s, txt))
        else:
            ser_in_body.append((s, txt))
    all_facts = list(facts)
    marks_f = [t for f, t in facts if f["mark"]]
    if marks_f and lvl in ("full", "part") and p(0.85 if lvl == "full" else 0.55):
        sep = "；" if lang == "zh" else ("; " if p(0.5) else ", ")
        fields["marks"] = cut(sep.join(marks_f), 500)
        if lvl == "full" and p(0.5):   # everything went to the fields; the body stays short
            facts = [(f, t) for f, t in facts if not f["mark"]]
    H = headline(o, view, lang, side, color_s if "color" not in fields or p(0.6) else "",
                 brand_s if "brand" not in fields or p(0.6) else "", model_s if "model" not in fields or p(0.5) else "", specific)
    mw = view["noun"]["mw"] if specific else view["noun"].get("gmw", view["noun"]["mw"])
    det = [t for f, t in facts]
    R.shuffle(det)
    stxt = []
    for s, txt in ser_in_body:
        lab = SER_LABEL.get(s["kind"], ("编号", "number"))
        if txt[:2] in ("IM", "身份", "尾号", "卡号", "后6", "SN", "S/", "No", "学号", "ca", "la", "**", "en", "ID", "末四", "后四"):
            stxt.append(txt)
        else:
            stxt.append(("%s：%s" if lang == "zh" else "%s %s") % (lab[0] if lang == "zh" else lab[1], txt))
    if side == "o":
        body = lost_body(o, view, voice, lvl, ev, person, H, det, stxt, lang)
    else:
        body = found_body(o, view, voice, lvl, ev, person, H, det, stxt, lang, mw)
    body = clean(body)
    # what this registration really says, read back from its own text
    text = (body + "\n" + fields.get("marks", "")).lower()
    for f, t in all_facts:
        if t.lower() in text:
            said.add(f["tag"])
    for s, txt in ser_all:
        if txt.lower() in text or fields.get("serial") == cut(txt, 60):
            said.add("ser:" + s["kind"])
    if brand_s and ("brand" in fields or brand_s in body):
        said.add("brand")
    if model_s and ("model" in fields or model_s in body):
        said.add("model")
    if color_s and ("color" in fields or color_s in body):
        said.add("color")
    if specific and view["noun"]["zh"] != view["noun"]["gz"] and H in body:
        said.add("sub")
    if p({"full": 0.08, "part": 0.15, "body": 0.2, "hurry": 0.6}[lvl]):
        body = typo(body, lang, ch([1, 1, 2]))
    fields = dict(body=cut(body, 600), **fields)
    return fields, said


def ride_txt(ev, lang):
    via = ev["via"]
    a, b = pname(ev["loss_pid"], lang), pname(ev["alt_pid"], lang)
    if lang in ("en", "py"):
        return ch(["in a %s from %s to %s" % (via[2], a, b), "on the %s going from %s to %s" % (via[2], a, b)])
    if lang == "mix":
        return ch(["in %s from %s to %s" % (via[1], a, b), "坐%s from %s to %s" % (via[1], a, b)])
    return ch(["在从%s去%s的%s上" % (a, b, via[1]), "坐%s从%s到%s的时候" % (via[1], a, b), "在%s上（%s到%s）" % (via[1], a, b)])


def loss_where(ev, lang):
    """(where, at_where): the place, and the place with its preposition."""
    if ev["via"]:
        r = ride_txt(ev, lang)
        return r, r
    w = where_txt(ev["loss_pid"], ev["loss_sp"], lang, with_spot=p(0.7))
    if ev["alt_pid"]:
        w2 = pname(ev["alt_pid"], lang)
        if lang in ("en", "py", "mix"):
            w = ch(["%s or maybe %s" % (w, w2), "%s (or %s, not sure)" % (w, w2)])
        else:
            w = ch(["%s或者%s" % (w, w2), "%s，也可能是%s" % (w, w2)])
    if lang in ("en", "py"):
        return w, ch(["at ", "in ", "near "]) + w
    if lang == "mix":
        return w, ch(["in ", "at ", "在"]) + w
    return w, "在" + w


def lost_body(o, view, voice, lvl, ev, own, H, det, stxt, lang):
    s, e = ev["win"]
    theft = ev.get("theft") and o["cat"] in ("ebike", "bicycle")
    where, AW = loss_where(ev, lang)
    if lang == "zh":
        W = window_zh(s, e)
        V = ch(["被偷了", "被人偷了", "被偷走了"]) if theft else ch(["丢了", "掉了", "遗失了", "弄丢了", "落下了"])
        D = join_zh(det)
        ST = join_zh(stxt)
        if lvl == "hurry":
            return ch(["%s%s%s%s" % (where, V, H, "，" + D if D else ""), "%s%s %s %s %s" % (H, V, AW, day_zh(s), D),
                       "%s %s%s！急 %s" % (day_zh(s), H, V, D)])
        if voice == "zo":
            nm = own["name"]
            role = own["role_zh"] + ("，%s商位" % own["stall"]["num"] if own.get("stall") and p(0.5) else "")
            if own.get("from") and p(0.5):
                role = "%s来的采购商" % own["from"]
            core = ch(["报失人%s（%s）称：其于%s%s%s%s。" % (nm, role, W, AW, "遗失" if not theft else "被盗", H),
                       "%s来所报称，%s%s%s%s。" % (nm, W, AW, "丢失" if not theft else "被盗", H)])
            tail = ch(["", "请求协助查找。", "留有联系电话%s。" % own["phone"], "已告知有消息联系。"])
            return core + ("%s。" % D if D else "") + ("%s。" % ST if ST else "") + tail
        if voice == "tr":
            hz = pname(own["hotel"], "zh")
            core = ch(["翻译%s代%s客户%s报失：%s%s%s%s。" % (own["tr_name"], own["country"][1], own["name"], W, AW, "丢失" if not theft else "被偷", H),
                       "我是翻译%s，我的客户%s（%s人）%s%s把%s%s了。" % (own["tr_name"], own["name"], own["country"][1], W, AW, H, ch(["丢", "弄丢", "落下"]))])
            tail = ch(["客人住%s，有消息请联系翻译%s。" % (hz, own["tr_phone"]), "客人过几天就要回国，麻烦尽快。",
                       "联系翻译%s。" % own["tr_phone"], "客人很着急，里面的东西很重要。"])
            return core + ("%s。" % D if D else "") + ("%s。" % ST if ST else "") + tail
        op = ch(["", "", "您好，", "你好，", "麻烦一下，", "我是%s，" % own["role_zh"]])
        if own.get("stall") and p(0.4):
            op = ch(["我在%s%s做生意，" % (pname(own["stall"]["pid"], "zh"), stall_zh(own["stall"])), "我是%s摊主，" % stall_zh(own["stall"])])
        if own.get("from") and p(0.4):
            op = "我是%s来进货的，" % own["from"]
        core = ch(["%s%s%s%s。" % (W, AW, V, H), "%s，%s把%s%s。" % (W, AW, H, ch(["丢了", "弄丢了", "忘拿了"]) if not theft else "停着被偷了"),
                   "%s%s，%s%s。" % (H, V, W, AW), "%s，%s，%s%s。" % (where, W, H, V)])
        cl = ch(["", "", "捡到的请联系%s，必有重谢。" % own["phone"], "麻烦帮忙找一下，谢谢！", "证件很重要，钱可以不要。",
                 "电话%s。" % own["phone"], "有消息请打我电话。", "急！"])
        if o["cat"] not in ("wallet", "bag", "id_doc"):
            cl = cl.replace("证件很重要，钱可以不要。", "拜托了。")
        return op + core + ("%s。" % D if D else "") + ("%s。" % ST if ST else "") + cl
    if lang == "en":
        W = window_en(s, e)
        V = "was stolen" if theft else ch(["lost", "left", "dropped"])
        D = ". ".join(x[0].upper() + x[1:] for x in det)
        ST = ", ".join(stxt)
        if lvl == "hurry":
            return ch(["lost %s %s %s. %s" % (H, AW, W, D), "%s lost, %s. help %s" % (H, where, D), "Lost my %s %s. %s" % (H, AW, D)])
        op = ch(["", "Hello, ", "Hi, ", "Dear police, ", "Good day. ", "Salam. "])
        if theft:
            core = ch(["My %s %s %s %s." % (H, V, W, AW), "Someone stole my %s %s, %s." % (H, AW, W)])
        else:
            core = ch(["I %s my %s %s %s." % (V, H, W, AW), "My %s was lost %s %s." % (H, AW, W),
                       "%s I %s my %s %s." % (W[0].upper() + W[1:], V, H, AW)])
        cl = ch(["", "Please help me.", "Please call my translator %s." % own.get("tr_phone", own["phone"]),
                 "My WhatsApp %s." % own["phone"], "I stay at %s." % pname(own.get("hotel", "H1"), "en"),
                 "I fly home on the %s, please help!" % ordinal(min(31, e.day + R.randint(2, 6))), "Reward for the finder.",
                 "Thank you very much."])
        return op + core + (" " + D + "." if D else "") + (" " + ST + "." if ST else "") + " " + cl
    if lang == "mix":
        W = window_en(s, e) if p(0.6) else window_zh(s, e)
        D = ", ".join(det)
        ST = ", ".join(stxt)
        op = ch(["你好 ", "hello 你好, ", "Hi ", "", "朋友 "])
        core = ch(["I lost %s %s %s." % (H, AW, W), "%s 丢了 %s, %s." % (H, AW, W), "我的 %s lost %s, %s." % (H, AW, W)])
        cl = ch(["谢谢", "thank you 谢谢", "pls help", "call me %s" % own["phone"], "微信 %s" % own["phone"], ""])
        return op + core + (" " + D + "." if D else "") + (" " + ST + "." if ST else "") + " " + cl
    # pinyin-ish
    W = window_en(s, e)
    D = ", ".join(det)
    ST = ", ".join(stxt)
    return ch(["ni hao, wo de %s diu le. %s, zai %s. %s %s xie xie" % (o["noun"]["py"], W, where, D, ST),
               "wo diu le %s (%s) zai %s %s. %s %s" % (o["noun"]["py"], H, where, W, D, ST)])


ORG = {"railstaff": lambda ev: ch(["义川站客运值班室", "车站失物招领处", "义川站服务台"]),
       "hotelstaff": lambda ev: pname(ev["found_pid"], "zh") + "前台",
       "housekeeping": lambda ev: pname(ev["found_pid"], "zh") + ch(["客房部", "前台"]),
       "bankstaff": lambda ev: pname(ev["found_pid"], "zh"),
       "exchstaff": lambda ev: "风情街外币兑换点",
       "guard": lambda ev: {"market": ch(["%s管理处" % pname(ev["found_pid"], "zh"), "市场保安队"]),
                            "logistics": ch(["园区门岗", "%s保安室" % pname(ev["found_pid"], "zh")])}.get(PL[ev["found_pid"]]["kind"], "保安室")}
CTX = {"railstaff": "旅客", "hotelstaff": "客人", "housekeeping": "客人", "bankstaff": "客户", "exchstaff": "顾客", "guard": "他人"}


def found_where(ev, lang):
    return where_txt(ev["found_pid"], ev["found_sp"], lang, with_spot=p(0.8))


def found_body(o, view, voice, lvl, ev, fnd, H, det, stxt, lang, mw):
    t = ev["t_found"]
    where = found_where(ev, lang)
    fk = ev["finder"]
    fdesc = FINDERS[fk]
    abandoned = o["cat"] in ("ebike", "bicycle")
    ride = ev.get("via") and fk in ("trike", "taxi", "ridehail")
    if lang == "en":
        D = ". ".join(x[0].upper() + x[1:] for x in det)
        ST = ", ".join(stxt)
        pt = point_en(t)
        if lvl == "hurry":
            return ch(["found %s at %s. %s" % (H, where, D), "%s found near %s, %s. %s" % (H, where, day_en(t), D)])
        if ride:
            core = "Found %s%s in my %s when I stopped at %s, %s." % ("" if H.endswith("s") else "a ", H, ev["via"][2], where, pt)
        else:
            a = "" if H.endswith("s") else "a "
            core = ch(["Found %s%s at %s %s." % (a, H, where, pt), "I found this %s %s at %s." % (H, pt, where),
                       "%s: %s%s %s left at %s." % (pt[0].upper() + pt[1:], a, H, "were" if not a else "was", where)])
        cl = ch(["Handed to police.", "I am %s, I give it to the police." % fnd["name"], "Please find the owner.", ""])
        return core + (" " + D + "." if D else "") + (" " + ST + "." if ST else "") + " " + cl
    D = join_zh(det)
    ST = join_zh(stxt)
    if lvl == "hurry":
        return ch(["%s捡到%s一%s %s" % (where, H, mw, D), "%s %s %s %s" % (day_zh(t), where, H, D), "拾得%s一%s，地点%s %s" % (H, mw, where, D)])
    if ride:
        v = ev["via"]
        if voice == "off":
            core = ch(["%s司机%s送交%s一%s，称系乘客遗落在车上，%s收车时在%s发现" % (v[1], fnd["name"], H, mw, point_zh(t), where),
                       "%s，%s司机在%s清理车辆时发现乘客遗留的%s一%s" % (point_zh(t, True), v[1], where, H, mw)])
            return core + ("，%s。" % D if D else "。") + ("%s。" % ST if ST else "") + ch(["已登记保管。", "暂存本所。", ""])
        core = ch(["我是开%s的，%s在%s收车时发现后座有%s一%s，应该是乘客落下的。" % (v[1], point_zh(t), where, H, mw),
                   "%s车开到%s，发现%s上有一%s%s，不知道是哪个客人的。" % (point_zh(t), where, "车斗" if v[0] == "trike" else "车", mw, H)])
        return core + ("%s。" % D if D else "") + ("%s。" % ST if ST else "") + ch(["交到派出所。", "等失主来领。", ""])
    if abandoned:
        core = ch(["%s，%s在%s发现一%s无人认领的%s，%s。" % (point_zh(t, True), fdesc[0], where, mw, H, ch(["停放多日", "疑似被盗后丢弃", "长时间无人骑走"])),
                   "%s在%s巡查时发现%s一%s，%s。" % (point_zh(t), where, H, mw, ch(["无人认领", "车锁被破坏", "停在路边好几天"]))])
        return core + ("%s。" % D if D else "") + ("%s。" % ST if ST else "") + ch(["已拖回所里。", "已暂扣待领。", ""])
    if voice == "staff" and fk in ORG:
        org = ORG[fk](ev)
        core = ch(["%s：%s在%s发现%s遗留的%s一%s。" % (org, point_zh(t), where, CTX[fk], H, mw),
                   "%s工作人员%s于%s在%s捡到%s一%s。" % (org, fnd["name"], point_zh(t), where, H, mw)])
        return core + ("%s。" % D if D else "") + ("%s。" % ST if ST else "") + ch(["现移交派出所。", "送交本所登记。", "请失主凭证件认领。", ""])
    if voice == "off":
        who = fdesc[0] + (fnd["name"] if p(0.6) else "")
        core = ch(["%s，%s在%s拾得%s一%s" % (point_zh(t, True), who, where, H, mw),
                   "拾得人%s（%s）于%s在%s捡到%s一%s" % (fnd["name"], fdesc[0], point_zh(t, True), where, H, mw),
                   "%s送交%s一%s，称%s在%s捡到" % (who, H, mw, point_zh(t), where)])
        return core + ("，%s。" % D if D else "。") + ("%s。" % ST if ST else "") + ch(["已登记保管。", "暂存本所。", "已入库待领。", "", "拾得人未留联系方式。"])
    op = ch(["", "", "我是%s，" % fdesc[0], "本人%s，" % fdesc[0]])
    if fk == "stallnb" and p(0.5):
        op = "我是%s摊主，" % stall_zh(stall(ev["found_pid"] if ev["found_pid"].startswith("D") else "D2"))
    V = ch(["捡到", "拾到", "发现地上有", "看到有人落下"])
    core = ch(["%s在%s%s%s一%s。" % (point_zh(t), where, V, H, mw), "%s，%s，%s一%s%s。" % (point_zh(t), where, H, mw, ch(["没人要", "放在那里很久没人拿"])),
               "%s在%s看到一%s%s，没人认领。" % (point_zh(t), where, mw, H)])
    cl = ch(["交到派出所。", "希望尽快找到失主。", "", "等失主来领。", "放你们这里登记。"])
    return op + core + ("%s。" % D if D else "") + ("%s。" % ST if ST else "") + cl


# ------------------------------------------------------------------ assembling registrations
FOREIGN_P = {"phone": 0.45, "wallet": 0.4, "id_doc": 0.35, "cash": 0.3, "bag": 0.45, "keys": 0.1, "ebike": 0.0,
             "bicycle": 0.0, "jewelry": 0.2, "electronics": 0.45, "other": 0.35}
LVL_LOST = [(30, "full"), (38, "part"), (20, "body"), (12, "hurry")]
LVL_FOUND = [(32, "full"), (40, "part"), (18, "body"), (10, "hurry")]


def addr_lost(ev, lang):
    if ev["via"]:
        a, b = pname(ev["loss_pid"], lang), pname(ev["alt_pid"], lang)
        if lang in ("en", "py"):
            return "%s to %s (%s)" % (a, b, ev["via"][2])
        return ch(["%s至%s途中" % (a, b), "%s→%s（%s）" % (a, b, ev["via"][1]), "%s到%s路上" % (a, b)])
    w = where_txt(ev["loss_pid"], ev["loss_sp"], lang, with_spot=p(0.6))
    if ev["alt_pid"] and p(0.5):
        w += "/" + pname(ev["alt_pid"], lang)
    return w


def finish(reg_fields, side, o, ev, lvl, lang, cat):
    reg = {"key": None, "category": cat, "body": reg_fields["body"]}
    for k in ("color", "brand", "model", "serial"):
        if reg_fields.get(k):
            reg[k] = cut(reg_fields[k], 60)
    if reg_fields.get("marks"):
        reg["marks"] = cut(reg_fields["marks"], 500)
    ap = {"full": 0.95, "part": 0.7, "body": 0.35, "hurry": 0.25}[lvl]
    if p(ap):
        reg["address"] = cut(addr_lost(ev, lang) if side == "o" else found_where(ev, "en" if lang == "en" else "zh"), 60)
    lp = {"full": 0.85, "part": 0.55, "body": 0.3, "hurry": 0.1}[lvl] + (0.12 if side == "f" else 0.0)
    if p(lp):
        pid = ev["loss_pid"] if side == "o" else ev["found_pid"]
        if side == "o" and ev["via"] and p(0.5):
            pid = ev["alt_pid"]
        lat, lon = jitter(PL[pid]["lat"], PL[pid]["lon"], 150)
        reg["lat"], reg["lon"] = lat, lon
    if side == "o":
        s, e = ev["win"]
        reg["lost_from_min"] = mins_of(s)
        reg["lost_to_min"] = mins_of(e)
        reg["truth"] = None
    else:
        reg["found_at_min"] = mins_of(ev["t_found"])
    return reg


def finder_voice(fnd, fk, found_pid):
    if fnd["foreign"]:
        return "fen"
    if fk == "waiter" and PL[found_pid]["kind"] == "restaurant" and p(0.2):
        return "fen"
    if fk in STAFF_KINDS:
        return wch([(45, "staff"), (35, "off"), (20, "narr")])
    return wch([(50, "off"), (50, "narr")])


def write_lost(o, own, ev, lvl=None, force=(), view=None):
    lvl = lvl or wch(LVL_LOST)
    voice = own["voice"]
    fields, said = write_reg(o, "o", voice, lvl, ev, own, force, view)
    reg = finish(fields, "o", o, ev, lvl, lang_of(voice), (view or {}).get("cat", o["cat"]))
    return reg, said


def write_found(o, ev, lvl=None, force=(), view=None, fnd=None):
    lvl = lvl or wch(LVL_FOUND)
    fnd = fnd or finder_person(ev["finder"])
    voice = finder_voice(fnd, ev["finder"], ev["found_pid"])
    fields, said = write_reg(o, "f", voice, lvl, ev, fnd, force, view)
    reg = finish(fields, "f", o, ev, lvl, lang_of(voice), (view or {}).get("cat", o["cat"]))
    return reg, said


def new_owner_for(cat, foreign=None):
    if foreign is None:
        foreign = p(FOREIGN_P[cat])
    if cat in ("ebike", "bicycle"):
        return make_owner(False, kind=ch(["rider", "driver", "porter", "resident", "stall", "courier", "student"]
                                         if cat == "ebike" else ["student", "resident", "worker", "resident"]))
    return make_owner(foreign)


# ------------------------------------------------------------------ the true pairs and the never-found reports
CROSS = {}


def make_case(cat, kind, special=None):
    own = new_owner_for(cat, False if special in ("wallet>id", "coin>cash") else None)
    fix = {}
    scen = None
    lost_view = found_view = None
    if special == "wallet>id":
        fix = {"idname": own["name"], "card": make_card()}
        scen = "pickpocket"
    if special == "bag>other":
        fix = {"sub": "sample"}
        scen = "ride"
    if special == "coin>cash":
        fix = {"sub": "coin"}
        scen = "market"
    if special == "elec>phone":
        own = new_owner_for(cat, True)
        fix = {"sub": "translator"}
        scen = "restaurant"
    o = GENS[cat](own, fix)
    if special == "coin>cash":
        while o["cash"][0] < 200:
            o = GENS[cat](own, fix)
    ev = make_event(cat, own, scen)
    if ev.get("theft") and cat in ("wallet", "bag", "ebike", "bicycle"):
        o["stripped"] = True
    force_l = ()
    if special == "wallet>id":
        found_view = {"cat": "id_doc", "noun": N("身份证和银行卡", "ID card and bank cards", "zhengjian", "组", "证件", "cards"),
                      "tags": {"id_name", "cards", "ser:id", "ser:card", "prov", "license"}}
    if special == "bag>other":
        found_view = {"cat": "other", "noun": N(o["sample"][1], o["sample"][2], "yangpin", "袋", "样品", "samples"),
                      "tags": {"sample", "stall", "qty", "print", "color"}}
    if special == "coin>cash":
        lost_view = {"cat": "cash", "noun": N("现金（装在{c}零钱包里）", "cash in a {c} small purse", "xianjin", "笔", "现金", "cash"), "tags": None}
        force_l = ("cash",)
    if special == "elec>phone":
        found_view = {"cat": "phone", "noun": N("手机", "phone", "shouji", "部", "手机", "phone"), "tags": None}
    lreg, said = write_lost(o, own, ev, force=force_l, view=lost_view)
    case = {"obj": o, "own": own, "ev": ev, "lost": lreg, "said": said, "kind": kind, "found": None, "decoys": 0}
    if kind == "pair":
        freg, _ = write_found(o, ev, view=found_view)
        case["found"] = freg
        if special:
            CROSS[special] = True
    return case


# ------------------------------------------------------------------ hard negatives
def finder_for(pid):
    k = PL[pid]["kind"]
    if pid == "EXCH":
        return "exchstaff"
    return ch({"market": ["cleaner", "guard", "stallnb", "buyer", "porter"], "logistics": ["courier", "packer", "forklift", "guard"],
               "rail": ["railstaff", "railstaff", "citizen"], "hotel": ["hotelstaff", "housekeeping"],
               "restaurant": ["waiter", "waiter", "fbuyer"], "bank": ["bankstaff", "citizen"], "night": ["vendor", "citizen", "sanitation"],
               "res": ["resguard", "citizen", "sanitation"], "street": ["citizen", "sanitation", "patrol", "student"],
               "far": ["citizen", "patrol", "sanitation", "guard"]}[k])


def near_place(pid):
    if p(0.6):
        return pid
    lat, lon = PL[pid]["lat"], PL[pid]["lon"]
    c = [x for x in sorted(PL) if x != pid and PL[x]["kind"] != "far" and km(lat, lon, PL[x]["lat"], PL[x]["lon"]) < 1.6]
    return ch(c) if c else pid


def t_after(ev):
    s, e = ev["win"]
    span = int((e - s).total_seconds() / 60) + 3 * 1440
    t = s + timedelta(minutes=R.randint(5, max(60, span)))
    lim = NOW - timedelta(minutes=R.randint(20, 200))
    return min(t, lim) if min(t, lim) >= s else s + timedelta(minutes=5)


def dev(pid, d, t, mode, win):
    """A decoy's finding: place, spot, time moved into opening hours while keeping its relation to the window."""
    s0 = win[0]
    t2 = settle(t, pid, mode != "before")
    ok = (lambda x: x < s0) if mode == "before" else ((lambda x: x >= s0) if mode == "after" else (lambda x: True))
    lim = NOW - timedelta(minutes=10)
    if not (ok(t2) and t2 <= lim):
        t3 = settle(t, pid, mode == "before")
        t2 = t3 if ok(t3) and t3 <= lim else t
    ev = {"found_pid": pid, "found_sp": spot_for(pid, d["cat"]), "t_found": t2, "via": None}
    ev["finder"] = finder_for(pid)
    return ev


NUMERIC = {"weight": 0.0, "qty": 2, "count": 3, "amount": 300, "cash": 300, "bagcash": 300, "gears": 1}


def differs(tag, a, b):
    if tag in NUMERIC:
        a, b = float(a), float(b)
        return abs(a - b) >= max(NUMERIC[tag], 0.25 * max(a, b))
    return a != b


def can_write(o, tag, lang):
    if tag == "brand":
        return o["brand"] is not None
    if tag == "model":
        return bool(o["model"])
    if tag == "sub":
        return o["noun"]["zh"] != o["noun"]["gz"]
    if tag.startswith("ser:"):
        return any(s["kind"] == tag[4:] and s["pf"] > 0 for s in o["sers"])
    for f in o["facts"]:
        if f["tag"] == tag:
            return bool(f["fe"] if lang == "en" else f["fz"])
    return False


def contradictions(tcase, d, lang):
    tv = fact_vals(tcase["obj"])
    dv = fact_vals(d)
    out = []
    for t in sorted(tcase["said"]):
        if t in ("color", "material", "denom", "country", "class", "battery", "lock", "sims", "whatsapp", "use", "school"):
            continue
        if t in tv and t in dv and differs(t, tv[t], dv[t]) and can_write(d, t, lang):
            if t.startswith("ser:") and str(tv[t])[-4:] == str(dv[t])[-4:]:
                continue
            out.append(t)
    return out


def decoy_owner(tcase, same_name=False):
    town = tcase["own"]
    if same_name:
        o2 = make_owner(town["foreign"])
        if town["foreign"]:
            o2["country"] = town["country"]
        o2["name"] = town["name"]
        o2["sex"] = town["sex"]
        return o2
    if tcase["obj"]["sub"] == "passport":
        return new_owner_for(tcase["obj"]["cat"], True)
    return new_owner_for(tcase["obj"]["cat"], p(0.6) if town["foreign"] else p(0.2))


def try_decoy(kind, tc):
    """Build one decoy found item shadowing the lost report of case tc, or None."""
    to, tev = tc["obj"], tc["ev"]
    cat = to["cat"]
    s, e = tev["win"]
    pid = near_place(tev["loss_pid"])
    force = set()
    lvl = wch([(40, "full"), (45, "part"), (15, "body")])
    if kind == "same_spot_other_item":
        others = [c for c in sorted(GENS) if c not in (cat, "ebike", "bicycle")]
        dcat = ch(others)
        d = GENS[dcat](new_owner_for(dcat), {})
        ev = dev(tev["loss_pid"], d, t_after(tev), "after", tev["win"])
        if tev["loss_sp"] and not isinstance(tev["loss_sp"], dict):
            ev["found_sp"] = tev["loss_sp"]
        return d, ev, lvl, force
    base = {"color": to["color"]} if to["color"] else {}
    if kind == "same_cat_color":
        if not to["color"]:
            return None
        for _ in range(40):
            fix = dict(base)
            if to["brand"] is not None:
                pool = {"phone": PHONE_BRANDS, "ebike": EBIKE_BRANDS if to["sub"] != "trike" else TRIKE_BRANDS, "bicycle": BIKE_BRANDS,
                        "wallet": LEATHER_BRANDS, "bag": BAG_BRANDS, "jewelry": JEWEL_BRANDS[:2],
                        "electronics": ELEC_BRANDS.get(to["sub"], []), "keys": CAR_BRANDS if to["sub"] == "car" else EBIKE_BRANDS}.get(cat, [])
                pool = [b for b in pool if b["key"] != to["brand"]["key"]]
                if pool:
                    fix["brand"] = ch(pool)
            if (cat in ("electronics", "ebike") and p(0.7)) or cat == "id_doc":
                fix["sub"] = to["sub"]
            if cat == "other":
                fix["sub"] = to["sub"].split(":")[0]
            d = GENS[cat](decoy_owner(tc), fix)
            if d["color"] != to["color"]:
                continue
            ev = dev(pid, d, t_after(tev), "after", tev["win"])
            lang = "en" if ev["finder"] == "fbuyer" else "zh"
            c = contradictions(tc, d, lang)
            if c:
                force = set(R.sample(c, min(2, len(c))))
                return d, ev, lvl, force
        return None
    if kind == "found_before_loss":
        fix = dict(base)
        if to["brand"] is not None:
            fix["brand"] = to["brand"]
        if to["model"]:
            fix["model"] = to["model"]
        if cat not in ("other",):
            fix["sub"] = to["sub"]
        else:
            fix["sub"] = to["sub"].split(":")[0]
            if to.get("sample"):
                fix["sample"] = to["sample"]
        d = GENS[cat](decoy_owner(tc), fix)
        t = s - timedelta(minutes=R.randint(150, 14 * 1440))
        ev = dev(pid, d, t, "before", tev["win"])
        force = {"brand"} if d["brand"] is not None and "brand" in tc["said"] else set()
        if "sub" in tc["said"] and can_write(d, "sub", "zh"):
            force.add("sub")
        return d, ev, lvl, force
    if kind == "same_brand_far":
        if to["brand"] is None:
            return None
        fix = {"brand": to["brand"]}
        if p(0.5) and to["color"]:
            fix["color"] = to["color"]
        if to["model"] and p(0.5):
            fix["model"] = to["model"]
        if cat in ("ebike", "electronics", "keys", "jewelry"):
            fix["sub"] = to["sub"]
        d = GENS[cat](decoy_owner(tc), fix)
        refs = [tev["loss_pid"]] + ([tev["alt_pid"]] if tev["alt_pid"] else [])
        if tc["found"] is not None:
            refs.append(tev["found_pid"])
        far = [x for x in FAR if all(km(PL[x]["lat"], PL[x]["lon"], PL[r]["lat"], PL[r]["lon"]) >= 15.0 for r in refs)]
        if not far:
            return None
        fp = ch(far)
        if p(0.5) or e + timedelta(days=2) > NOW - timedelta(hours=2):
            t = s - timedelta(minutes=R.randint(1440, 12 * 1440))
        else:
            t = e + timedelta(minutes=R.randint(2 * 1440, 12 * 1440))
            t = min(t, NOW - timedelta(minutes=R.randint(30, 300)))
        ev = dev(fp, d, t, "any", tev["win"])
        return d, ev, lvl, {"brand"}
    if kind == "same_model_other_serial":
        kinds = [k for k in ("imei", "plate", "frame", "sn") if "ser:" + k in tc["said"]]
        if not kinds or cat not in ("phone", "ebike", "electronics", "bicycle"):
            return None
        fix = dict(base, brand=to["brand"], sub=to["sub"])
        if to["model"]:
            fix["model"] = to["model"]
        for _ in range(10):
            d = GENS[cat](decoy_owner(tc), fix)
            if can_write(d, "ser:" + kinds[0], "zh"):
                break
        else:
            return None
        for sr in d["sers"]:
            if sr["kind"] == kinds[0]:
                sr["pf"] = 1.0
        ev = dev(pid, d, t_after(tev), "after", tev["win"])
        force = {"ser:" + kinds[0], "brand"} | ({"model"} if d["model"] else set())
        return d, ev, lvl, force
    if kind == "same_name_other_person":
        if "id_name" not in tc["said"] or tc["own"]["name"].upper() not in (tc["lost"]["body"] + tc["lost"].get("marks", "")).upper():
            return None
        kinds = [k for k in ("ser:id", "ser:passport", "ser:student", "birth") if k in tc["said"]]
        if not kinds:
            return None
        for _ in range(20):
            own2 = decoy_owner(tc, same_name=True)
            fix = {"sub": to["sub"], "idname": tc["own"]["name"]} if cat == "id_doc" else {"idname": tc["own"]["name"], "with_passport": True}
            if cat == "wallet":
                fix["sub"] = ch(["long", "short", "bifold", "cardholder"])
            d = GENS[cat](own2, fix)
            ev = dev(ch([pid, ch(CITY_STREETS)]), d, t_after(tev), "after", tev["win"])
            lang = "en" if ev["finder"] == "fbuyer" else "zh"
            c = [k for k in contradictions(tc, d, lang) if k in kinds]
            if c and can_write(d, "id_name", lang):
                for sr in d["sers"]:
                    sr["pf"] = max(sr["pf"], 0.9)
                return d, ev, lvl, {"id_name", c[0]}
        return None
    if kind == "card_tail_near_miss":
        tcards = to.get("cards")
        if not tcards or not ({"ser:card", "cards", "atmcard"} & tc["said"]):
            return None
        c0 = tcards[0]
        card = {"bank": c0["bank"] if p(0.4) else ch([b for b in BANKS if b != c0["bank"]]), "tail": near_tail(c0["tail"])}
        fix = {"card": card}
        if cat == "id_doc":
            fix["sub"] = to["sub"]
        if cat == "cash":
            fix["sub"] = "atm"
        d = GENS[cat](decoy_owner(tc), fix)
        if not d.get("cards") or d["cards"][0]["tail"] != card["tail"]:
            return None
        ev = dev(pid, d, t_after(tev), "after", tev["win"])
        force = {"ser:card"} | ({"id_name"} if any(f["tag"] == "id_name" for f in d["facts"]) else set())
        for sr in d["sers"]:
            if sr["kind"] == "card":
                sr["pf"] = 1.0
        for f in d["facts"]:
            if f["tag"] in ("cards", "atmcard"):
                force.add(f["tag"])
        return d, ev, lvl, force
    if kind == "twin_sample":
        if not to.get("sample") or not ({"stall", "qty"} & tc["said"]):
            return None
        st0 = to["stall"]
        st = stall(st0["pid"])
        while st["num"] == st0["num"]:
            st = stall(st0["pid"])
        qty = to["facts"][[f["tag"] for f in to["facts"]].index("qty")]["val"]
        fix = dict(base, sample=to["sample"], stall=st, qty=ch([q for q in (6, 8, 10, 12, 15, 20, 24, 30, 40) if q != qty]),
                   sub=to["sub"].split(":")[0] if cat == "other" else to["sub"])
        d = GENS[cat](decoy_owner(tc), fix)
        fp = st0["pid"] if tev["loss_pid"].startswith("D") else pid
        ev = dev(fp, d, t_after(tev), "after", tev["win"])
        force = {t for t in ("stall", "qty") if t in tc["said"]} | {"sample"}
        return d, ev, lvl, force
    raise ValueError(kind)


MISSING = []


def build():
    seq = []
    for cat, n in PAIR_CATS:
        seq += [(cat, "pair")] * n
    for cat, n in LONE_CATS:
        seq += [(cat, "lone")] * n
    specials = {("wallet", 0): "wallet>id", ("bag", 0): "bag>other", ("wallet", 1): "coin>cash", ("electronics", 0): "elec>phone"}
    seen = {}
    cases = []
    for cat, kind in seq:
        sp = None
        if kind == "pair":
            i = seen.get(cat, 0)
            seen[cat] = i + 1
            sp = specials.get((cat, i))
        if sp == "coin>cash":
            cases.append(make_case("wallet", kind, sp))
        else:
            cases.append(make_case(cat, kind, sp))
    decoys = []
    for kind, n in NEG_PLAN:
        made = 0
        lone = [c for c in cases if c["kind"] == "lone"]
        paired = [c for c in cases if c["kind"] == "pair"]
        R.shuffle(lone)
        R.shuffle(paired)
        order = []
        for a, b in zip(lone, paired):
            order += [a, b]
        order += lone[len(paired):] + paired[len(lone):]
        for tc in order:
            if made >= n:
                break
            if tc["decoys"] >= 2:
                continue
            r = try_decoy(kind, tc)
            if r is None:
                continue
            d, ev, lvl, force = r
            freg, said = write_found(d, ev, lvl=lvl, force=force)
            missing = set(force) - said
            if missing:   # a contradiction the finder did not write down is no contradiction
                MISSING.append((kind, sorted(missing), freg["body"]))
            freg["negative"] = kind
            decoys.append((freg, tc, sorted(force)))
            tc["decoys"] += 1
            made += 1
        if made < n:
            raise SystemExit("could not make %d %s decoys (made %d)" % (n, kind, made))
    if MISSING:
        raise SystemExit("decoys whose contradicting fact was not written: %r" % MISSING)
    return cases, decoys


def main():
    cases, shadows = build()
    decoys = [x[0] for x in shadows]
    for f, tc, force in shadows:   # each decoy keeps the relation its label promises to the report it shadows
        lf, lt = tc["lost"]["lost_from_min"], tc["lost"]["lost_to_min"]
        if f["negative"] == "found_before_loss":
            assert f["found_at_min"] > lf, f
        elif f["negative"] == "same_brand_far":
            assert f["found_at_min"] > lf or f["found_at_min"] < lt - 2 * 1440 + 1, f
        else:
            assert f["found_at_min"] <= lf, f
    found = [c["found"] for c in cases if c["found"] is not None] + decoys
    lost = [c for c in cases]
    R.shuffle(found)
    R.shuffle(lost)
    for i, f in enumerate(found):
        f["key"] = "%s-F%04d" % (PFX, i + 1)
    lout = []
    for i, c in enumerate(lost):
        reg = c["lost"]
        reg["key"] = "%s-L%04d" % (PFX, i + 1)
        reg["truth"] = c["found"]["key"] if c["found"] is not None else None
        lout.append(reg)
    for f in found:
        assert f["found_at_min"] >= 0
    data = {"seed": SEED, "made_by": MADE_BY, "parts": {PART: {"found": found, "lost": lout}}}
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    cats = {}
    for r in lout:
        k = (r["category"], "pair" if r["truth"] else "lone")
        cats[k] = cats.get(k, 0) + 1
    negs = {}
    for f in found:
        if "negative" in f:
            negs[f["negative"]] = negs.get(f["negative"], 0) + 1
    print("wrote %s: %d lost (%d with a found item, %d never handed in), %d found (%d hard negatives)" % (
        os.path.relpath(OUT), len(lout), sum(1 for r in lout if r["truth"]), sum(1 for r in lout if not r["truth"]),
        len(found), len(decoys)))
    for k in sorted(cats):
        print("  lost %-12s %-4s %3d" % (k[0], k[1], cats[k]))
    for k in sorted(negs):
        print("  negative %-26s %3d" % (k, negs[k]))


if __name__ == "__main__":
    main()
