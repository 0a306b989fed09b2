#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set40.py: writes set40.json, a blind labelled lost-and-found set.

World: 汉沽新城, a northern satellite city of the invented 津北市, in March 2026 (after the
Lantern Festival).  Every object is first drawn as a hidden truth record (what it is, whose it
is, where and when it was lost and picked up); the owner's lost report and the finder's
registration are then written from that record separately, each in its own voice and knowing
only what that person could know.  Hard negatives are drawn as separate objects aimed at one
lost report each.  All people, places, models and numbers are invented.

Standard library only, one random.Random(SEED); the output does not depend on PYTHONHASHSEED
(no set is ever iterated, dicts are only read in insertion order).
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta

sys.dont_write_bytecode = True

SEED = 20261240
NN = 40
PFX = "R3"
R = random.Random(SEED)
NOW = datetime(2026, 3, 20, 17, 30)   # the one moment every registration is made at
MAXMIN = 172800
HERE = os.path.dirname(os.path.abspath(__file__))

N_TRUE = {"phone": 60, "id_doc": 40, "wallet": 35, "keys": 30, "ebike": 20, "bicycle": 15,
          "bag": 30, "cash": 12, "jewelry": 15, "electronics": 28, "other": 15}
N_NEVER = {"phone": 18, "id_doc": 12, "wallet": 12, "keys": 12, "ebike": 8, "bicycle": 6,
           "bag": 10, "cash": 6, "jewelry": 6, "electronics": 6, "other": 4}
# hard negatives: kind -> (aimed at never-found reports, aimed at reports with a true item)
N_NEG = {"same_cat_color_other_object": (30, 30), "found_before_loss": (25, 25),
         "same_brand_other_place_time": (20, 30)}
N_ORDINARY = 40
N_CROSS = 4          # at most this many pairs filed under different categories (one per kind of object)


# ----------------------------------------------------------------------------- small helpers
def ch(xs):
    return xs[R.randrange(len(xs))]


def p(x):
    return R.random() < x


def rint(a, b):
    return R.randint(a, b)


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def chp(a, b):
    """One choice from two parallel lists: the owner's and the finder's words for the same thing."""
    assert len(a) == len(b)
    i = R.randrange(len(a))
    return a[i], b[i]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def sample(xs, k):
    xs = list(xs)
    R.shuffle(xs)
    return xs[:k]


def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


CN_D = "零一二三四五六七八九"


def cn_int(n):
    """Chinese reading of 0 < n < 100000, e.g. 1850 -> 一千八百五十."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d = n // u
        n %= u
        if d:
            if zero:
                out += "零"
                zero = False
            if not (u == 10 and d == 1 and out == ""):
                out += CN_D[d]
            out += name
        elif out:
            zero = True
    return out


# ----------------------------------------------------------------------------- colours
COL = {
    "black": (["黑色", "黑色", "黑的", "黑", "深色", "哑光黑", "亮黑色"], ["黑色", "黑色", "黑", "深色"]),
    "white": (["白色", "白色", "白的", "米白色", "乳白色"], ["白色", "白色", "白", "米白色"]),
    "silver": (["银色", "银色", "银白色", "亮银色"], ["银色", "银白色", "银灰色"]),
    "gray": (["灰色", "深灰色", "浅灰", "灰的"], ["灰色", "深灰色", "灰"]),
    "blue": (["蓝色", "深蓝色", "宝蓝色", "藏青色", "浅蓝色"], ["蓝色", "深蓝色", "蓝"]),
    "red": (["红色", "大红色", "酒红色", "枣红色"], ["红色", "红", "暗红色"]),
    "pink": (["粉色", "粉红色", "浅粉色", "樱花粉"], ["粉色", "粉红色"]),
    "gold": (["金色", "香槟金", "土豪金"], ["金色", "金黄色"]),
    "green": (["绿色", "墨绿色", "军绿色", "浅绿色"], ["绿色", "墨绿色"]),
    "purple": (["紫色", "浅紫色", "淡紫色", "香芋紫"], ["紫色", "浅紫色"]),
    "brown": (["棕色", "咖啡色", "褐色", "驼色"], ["棕色", "咖啡色", "褐色"]),
    "yellow": (["黄色", "明黄色", "姜黄色"], ["黄色", "黄"]),
    "orange": (["橙色", "橘色"], ["橙色", "橘黄色"]),
}
# what a finder under a desk lamp sometimes writes instead
NEAR_COL = {"blue": "black", "silver": "gray", "gray": "silver", "gold": "yellow", "purple": "pink",
            "brown": "black", "white": "silver", "green": "black", "red": "orange", "pink": "purple"}


def col_o(key):
    return ch(COL[key][0])


def col_f(key, near=False):
    if near and key in NEAR_COL:
        key = NEAR_COL[key]
    return ch(COL[key][1])


# ----------------------------------------------------------------------------- brands
BR = {}


def brand(key, zh, en, py, typo=()):
    BR[key] = {"zh": zh, "en": list(en), "py": py, "typo": list(typo)}


for _b in [
    ("huawei", "华为", ["HUAWEI", "Huawei"], "huawei", ["华伟", "花为"]),
    ("apple", "苹果", ["Apple", "iPhone"], "pingguo", ["平果", "苹菓"]),
    ("xiaomi", "小米", ["Xiaomi", "MI"], "xiaomi", ["小咪"]),
    ("redmi", "红米", ["Redmi"], "hongmi", ["红咪"]),
    ("oppo", "OPPO", ["OPPO", "oppo"], "oppo", ["0PPO", "欧泊"]),
    ("vivo", "vivo", ["vivo", "VIVO"], "weiwo", ["vovi", "维沃"]),
    ("honor", "荣耀", ["HONOR", "Honor"], "rongyao", ["容耀"]),
    ("samsung", "三星", ["SAMSUNG", "Samsung"], "sanxing", ["三心"]),
    ("oneplus", "一加", ["OnePlus"], "yijia", ["1加"]),
    ("zte", "中兴", ["ZTE"], "zhongxing", []),
    ("nubia", "努比亚", ["nubia"], "nubiya", ["努比压"]),
    ("newman", "纽曼", ["Newman"], "niuman", ["钮曼"]),
    ("yadea", "雅迪", ["Yadea", "YADEA"], "yadi", ["雅笛", "牙迪"]),
    ("aima", "爱玛", ["AIMA"], "aima", ["艾玛"]),
    ("tailg", "台铃", ["TAILG"], "tailing", ["台玲"]),
    ("sunra", "新日", ["SUNRA"], "xinri", []),
    ("luyuan", "绿源", ["LUYUAN"], "lvyuan", ["绿园"]),
    ("niu", "小牛", ["NIU"], "xiaoniu", []),
    ("ninebot", "九号", ["Ninebot", "Segway"], "jiuhao", ["9号"]),
    ("xdao", "小刀", ["XDAO"], "xiaodao", []),
    ("jinpeng", "金彭", ["JINPENG"], "jinpeng", ["金鹏"]),
    ("giant", "捷安特", ["GIANT"], "jieante", ["杰安特"]),
    ("merida", "美利达", ["MERIDA"], "meilida", ["美丽达"]),
    ("forever", "永久", ["FOREVER"], "yongjiu", []),
    ("phoenix", "凤凰", ["PHOENIX"], "fenghuang", []),
    ("xds", "喜德盛", ["XDS"], "xidesheng", ["喜得盛"]),
    ("decathlon", "迪卡侬", ["DECATHLON"], "dikanong", ["迪卡农"]),
    ("goodbaby", "好孩子", ["goodbaby"], "haohaizi", []),
    ("samsonite", "新秀丽", ["Samsonite"], "xinxiuli", ["新秀莉"]),
    ("nike", "耐克", ["NIKE", "Nike"], "naike", ["耐可"]),
    ("adidas", "阿迪达斯", ["adidas"], "adidasi", ["阿迪"]),
    ("lining", "李宁", ["LI-NING", "LINING"], "lining", []),
    ("anta", "安踏", ["ANTA"], "anta", []),
    ("carany", "卡拉羊", ["Carany"], "kalayang", []),
    ("coach", "蔻驰", ["COACH"], "kouchi", ["寇驰"]),
    ("oiwas", "爱华仕", ["OIWAS"], "aihuashi", []),
    ("diplomat", "外交官", ["Diplomat"], "waijiaoguan", []),
    ("muji", "无印良品", ["MUJI"], "wuyinliangpin", []),
    ("septwolves", "七匹狼", ["SEPTWOLVES"], "qipilang", ["七匹郎"]),
    ("goldlion", "金利来", ["Goldlion"], "jinlilai", ["金利莱"]),
    ("pierre", "皮尔卡丹", ["Pierre Cardin"], "pierkadan", ["皮尔卡单"]),
    ("scarecrow", "稻草人", ["MEXICAN"], "daocaoren", []),
    ("mk", "迈克高仕", ["MK", "Michael Kors"], "maikegaoshi", []),
    ("charles", "小CK", ["CHARLES & KEITH"], "xiaoCK", []),
    ("cartelo", "卡帝乐鳄鱼", ["CARTELO"], "kadile", ["卡地乐"]),
    ("ctf", "周大福", ["Chow Tai Fook", "CTF"], "zhoudafu", ["周大付"]),
    ("lfx", "老凤祥", ["LAO FENG XIANG"], "laofengxiang", ["老凤翔"]),
    ("css", "周生生", ["Chow Sang Sang"], "zhoushengsheng", []),
    ("lukfook", "六福", ["Lukfook"], "liufu", ["六福珠宝"]),
    ("zlf", "周六福", ["ZLF"], "zhouliufu", []),
    ("chngold", "中国黄金", ["China Gold"], "zhongguohuangjin", []),
    ("pandora", "潘多拉", ["PANDORA", "Pandora"], "panduola", ["潘朵拉"]),
    ("swarovski", "施华洛世奇", ["Swarovski"], "shihualuoshiqi", ["施华洛"]),
    ("tianwang", "天王", ["TIAN WANG"], "tianwang", []),
    ("rossini", "罗西尼", ["ROSSINI"], "luoxini", []),
    ("casio", "卡西欧", ["CASIO"], "kaxiou", ["卡西鸥"]),
    ("lenovo", "联想", ["Lenovo"], "lianxiang", []),
    ("dell", "戴尔", ["DELL"], "daier", []),
    ("romoss", "罗马仕", ["ROMOSS"], "luomashi", ["罗马士"]),
    ("anker", "安克", ["Anker"], "anke", []),
    ("canon", "佳能", ["Canon"], "jianeng", []),
    ("fuji", "富士", ["FUJIFILM"], "fushi", []),
    ("dji", "大疆", ["DJI"], "dajiang", ["大江"]),
    ("xtc", "小天才", ["imoo"], "xiaotiancai", ["小天材"]),
    ("bbk", "步步高", ["BBK"], "bubugao", []),
    ("jbl", "JBL", ["JBL"], "JBL", []),
    ("nintendo", "任天堂", ["Nintendo"], "rentiantang", []),
    ("motorola", "摩托罗拉", ["Motorola"], "motuoluola", []),
    ("ireader", "掌阅", ["iReader"], "zhangyue", []),
    ("toyota", "丰田", ["TOYOTA"], "fengtian", []),
    ("vw", "大众", ["Volkswagen", "VW"], "dazhong", []),
    ("byd", "比亚迪", ["BYD"], "biyadi", ["比亚笛"]),
    ("wuling", "五菱", ["Wuling"], "wuling", []),
    ("haval", "哈弗", ["HAVAL"], "hafu", []),
    ("geely", "吉利", ["Geely"], "jili", []),
    ("gw", "光威", ["GW"], "guangwei", []),
    ("daiwa", "达亿瓦", ["DAIWA"], "dayiwa", []),
    ("shimano", "禧玛诺", ["SHIMANO"], "ximanuo", []),
    ("handing", "汉鼎", ["HANDING"], "handing", []),
    ("thermos", "膳魔师", ["THERMOS"], "shanmoshi", []),
    ("zojirushi", "象印", ["ZOJIRUSHI"], "xiangyin", []),
    ("fuguang", "富光", ["FUGUANG"], "fuguang", []),
    ("paradise", "天堂伞", ["Paradise"], "tiantang", []),
    ("bolon", "暴龙", ["BOLON"], "baolong", []),
    ("meituan", "美团", ["Meituan"], "meituan", []),
    ("eleme", "饿了么", ["ele.me"], "eleme", []),
    ("deli", "得力", ["deli"], "deli", []),
    ("sata", "世达", ["SATA"], "shida", []),
    ("erdos", "鄂尔多斯", ["ERDOS"], "eerduosi", []),
    ("migao", "米高", ["Micro"], "migao", []),
]:
    brand(*_b)


def brand_o(key, cat):
    b = BR[key]
    en = [e for e in b["en"] if not (e == "iPhone" and cat != "phone")]
    form = wch([("zh", 52), ("en", 20), ("py", 8), ("typo", 8), ("mix", 12)])
    if form == "typo" and b["typo"]:
        return ch(b["typo"])
    if form == "en":
        return ch(en)
    if form == "py":
        return b["py"]
    if form == "mix" and en[0] != b["zh"]:
        return b["zh"] + ch(["", "/", " "]) + en[0]
    return b["zh"]


def brand_f(key, cat):
    b = BR[key]
    en = [e for e in b["en"] if not (e == "iPhone" and cat != "phone")]
    form = wch([("zh", 46), ("en", 44), ("mix", 8), ("typo", 2)])
    if form == "en":
        return ch(en)
    if form == "mix" and en[0] != b["zh"]:
        return en[0] + "（" + b["zh"] + "）"
    if form == "typo" and b["typo"]:
        return ch(b["typo"])
    return b["zh"]


# ----------------------------------------------------------------------------- places
# key, kind, what locals call it, official name, the map's name, (lat, lon), spots, what people do there,
# who picks things up there, neighbouring places
PLACE_ROWS = [
    ("station", "hub", ["高铁站", "新城高铁站", "新城站", "高铁北站"], "津北汉沽新城站", "汉沽新城站(高铁)",
     (39.28052, 117.81497),
     ["二楼候车厅", "进站安检口", "5号检票口", "出站口", "一楼卫生间", "地下停车场", "出租车上客区",
      "站前广场", "自助取票机旁", "母婴室门口"],
     ["坐高铁回来", "进站安检", "在候车厅等车", "接站", "取票", "下了高铁出站"],
     ["车站保洁员", "车站服务台工作人员", "一名旅客", "车站安检员", "出租车调度员", "车站保安"],
     ["bushub", "yingbin"]),
    ("bushub", "hub", ["公交枢纽", "站前公交站", "枢纽站", "公交总站"], "汉沽新城综合交通枢纽公交场站",
     "新城站(公交枢纽)", (39.27931, 117.81784),
     ["12路站台", "K3快线站台", "26路车上", "候车亭长椅", "调度室门口", "8号站台", "B8城际通勤车上"],
     ["倒公交", "坐12路", "等K3快线", "下了高铁转公交"],
     ["公交司机", "枢纽调度员", "枢纽保洁员", "一名乘客", "公交安全员"],
     ["station", "yingbin"]),
    ("hospital", "hospital", ["三院", "新城医院", "大医院", "三院新院"], "津北市第三人民医院(汉沽新城院区)",
     "津北三院新城院区", (39.25518, 117.84213),
     ["门诊大厅", "急诊科", "挂号收费处", "住院部6楼走廊", "放射科CT室外", "儿科候诊区", "地下车库",
      "职工食堂", "自助缴费机旁", "检验科抽血处", "住院部电梯口"],
     ["带孩子看病", "陪老人做CT", "来挂号", "住院陪护", "来复查", "来抽血"],
     ["医院保安", "护士站护士", "医院保洁员", "一名病人家属", "导诊台工作人员", "护工"],
     ["xinhua"]),
    ("market", "market", ["服装城", "北方服装城", "批发市场", "轻纺城"], "津北汉沽轻纺服装批发市场",
     "北方国际服装商贸城", (39.24683, 117.80631),
     ["A区二楼", "C区女装档口", "东门装卸口", "物流发货区", "西侧停车场", "小吃街", "B区童装", "地下一层仓库"],
     ["进货", "在档口看货", "去发货", "送货", "逛服装城"],
     ["市场保安", "市场管理处", "一名商户", "搬运工", "市场保洁员", "物流点工作人员"],
     ["wanjia", "zhenxing"]),
    ("dorm", "dorm", ["工地板房", "项目部", "工地宿舍", "三期工地"], "津北城建六公司安置房三期项目部生活区",
     "安置房三期项目部", (39.26902, 117.85871),
     ["3排宿舍", "7排宿舍", "工人食堂", "淋浴间", "工地大门", "钢筋加工棚", "工具房", "生活区小卖部"],
     ["下工回宿舍", "在食堂吃饭", "洗澡", "上工", "领工资"],
     ["工友", "项目部安全员", "食堂师傅", "项目部门卫", "班组长"],
     ["jingu"]),
    ("park", "park", ["河边", "沽河公园", "河滨公园", "北沽河湿地"], "汉沽新城北沽河滨河公园",
     "北沽河湿地公园", (39.26081, 117.82918),
     ["钓鱼台", "风筝广场", "西岸步道", "木栈桥", "南门停车场", "儿童游乐区", "公厕旁", "东岸亲水平台",
      "观景亭"],
     ["钓鱼", "放风筝", "遛弯", "带孩子玩", "晨练", "跑步"],
     ["公园环卫工", "钓鱼的大爷", "公园保安", "一名晨练市民", "放风筝的市民", "公园管理处"],
     ["binhe", "guhe"]),
    ("school1", "school", ["一中", "新城一中"], "津北市汉沽新城第一中学", "汉沽新城第一中学",
     (39.25204, 117.82751),
     ["校门口", "操场", "食堂", "高二教学楼", "家长接送点", "自行车棚"],
     ["开学报到", "接孩子放学", "送孩子上学", "上体育课"],
     ["学校门卫", "一名老师", "一名学生", "学校保洁员"],
     ["lanwan", "school2"]),
    ("school2", "school", ["实小", "实验小学", "新城实小"], "汉沽新城实验小学", "汉沽新城实验小学",
     (39.25751, 117.81903),
     ["东门接送区", "校门口", "操场", "托管班门口"],
     ["接孩子", "送孩子上学", "开家长会"],
     ["学校门卫", "班主任", "一名家长", "学校保安"],
     ["lanwan", "school1", "wanjia"]),
    ("wanjia", "mall", ["万嘉", "万嘉广场", "万嘉商场"], "万嘉购物广场", "万嘉广场(汉沽新城店)",
     (39.25112, 117.81204),
     ["一楼服务台", "惠民生鲜超市收银台", "三楼影院", "四楼美食城", "北侧骑手等单点", "地下停车场",
      "儿童乐园", "东门共享单车停放点"],
     ["逛超市", "吃饭", "看电影", "等单", "带孩子玩"],
     ["商场服务台", "超市收银员", "商场保洁员", "商场保安", "一名外卖骑手"],
     ["market", "school2", "lanwan"]),
    ("lanwan", "home", ["澜湾", "澜湾花园", "澜湾小区"], "汉沽新城澜湾花园小区", "澜湾花园",
     (39.25452, 117.82253),
     ["北门", "7号楼下", "快递柜旁", "地下车库", "电动车棚", "小区广场"],
     ["下楼取快递", "遛狗", "停车", "出门买早点"],
     ["物业保安", "物业客服", "一名业主", "小区保洁员"],
     ["school1", "school2", "wanjia"]),
    ("jingu", "home", ["回迁楼", "锦沽家园", "锦沽"], "锦沽家园小区(回迁安置区)", "锦沽家园",
     (39.26603, 117.84902),
     ["3号门", "12号楼下车棚", "便民菜市场", "充电桩旁"],
     ["买菜", "给电动车充电", "回家"],
     ["小区物业", "一名居民", "菜市场摊主", "充电桩管理员"],
     ["dorm"]),
    ("binhe", "home", ["滨河御景", "御景小区"], "滨河御景小区", "滨河御景", (39.26284, 117.83402),
     ["南门", "地库入口", "5号楼下", "健身器材旁"],
     ["遛弯", "停车", "出门"],
     ["物业保安", "一名业主", "保洁员"],
     ["park"]),
    ("yingbin", "road", ["迎宾大道", "迎宾路"], "迎宾大道", "迎宾大道", (39.27305, 117.81622),
     ["与振兴路交口", "公交站", "人行道上", "加油站旁"],
     ["路过", "骑车经过", "送单路过"],
     ["环卫工", "巡逻民警", "一名路人", "一名外卖骑手"],
     ["station", "bushub"]),
    ("zhenxing", "road", ["振兴路"], "振兴路", "振兴路", (39.25006, 117.81877),
     ["与新华北路交口", "加油站旁", "路边花坛", "建行ATM门口"],
     ["路过", "骑车经过", "送单路过", "取钱"],
     ["环卫工", "巡逻民警", "一名路人", "银行保安"],
     ["market", "wanjia"]),
    ("guhe", "road", ["沽河西路"], "沽河西路", "沽河西路", (39.26452, 117.82401),
     ["桥头", "早市", "公交站"],
     ["赶早市", "路过", "遛弯"],
     ["环卫工", "早市摊主", "一名路人"],
     ["park"]),
    ("xinhua", "road", ["新华北路"], "新华北路", "新华北路", (39.25603, 117.83802),
     ["药店门口", "三院对面", "农商行门口"],
     ["买药", "路过", "取钱"],
     ["药店店员", "环卫工", "一名路人"],
     ["hospital"]),
    # far from 汉沽新城: only ever the scene of a same-brand negative
    ("laocheng", "far", ["老城", "鼓楼"], "津北市老城区鼓楼商业街", "鼓楼步行街", (39.12814, 117.69032),
     ["步行街口", "鼓楼广场", "公交站"], [], ["商户", "巡逻民警", "环卫工"], []),
    ("beitang", "far", ["北塘", "渔港"], "津北北塘渔港码头", "北塘渔港", (39.10521, 117.93497),
     ["海鲜市场", "码头停车场", "售票处"], [], ["码头管理员", "摊主", "一名游客"], []),
    ("konggang", "far", ["空港", "物流园"], "津北空港物流园区", "空港物流园", (39.15044, 117.56013),
     ["3号仓库门口", "园区食堂", "班车站"], [], ["仓库保安", "物流园管理处", "一名司机"], []),
    ("jbzhan", "far", ["老火车站", "津北站"], "津北站", "津北站(普速)", (39.14011, 117.65522),
     ["候车室", "出站口", "广场"], [], ["车站服务台", "保洁员", "一名旅客"], []),
]
PL = {}
for _r in PLACE_ROWS:
    key, kind, loc, off, mp, ll, spots, acts, finders, near = _r
    spread = 0.0042 if key == "park" else 0.0011
    sp = []
    for s in spots:
        sp.append((s, round(ll[0] + R.uniform(-spread, spread), 5), round(ll[1] + R.uniform(-spread, spread), 5)))
    PL[key] = {"key": key, "kind": kind, "loc": loc, "off": off, "map": mp, "ll": ll, "spots": sp,
               "acts": acts, "finders": finders, "near": near}
CITY = [k for k in PL if PL[k]["kind"] != "far"]
FAR = [k for k in PL if PL[k]["kind"] == "far"]
TAXI_ENDS = ["station", "wanjia", "hospital", "market", "lanwan", "binhe"]


def place_name(pk, role):
    pl = PL[pk]
    if role == "o":
        return wch([(ch(pl["loc"]), 70), (pl["off"], 14), (pl["map"], 16)])
    return wch([(ch(pl["loc"]), 35), (pl["off"], 42), (pl["map"], 23)])


# ----------------------------------------------------------------------------- people
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁"
            "魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段汤尹黎常武乔贺")
GIV_M = list("建国伟强军磊洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳东亮成志海峰振庆福山")
GIV_F = list("秀英丽敏静燕艳娟霞芳娜丹玲萍红玉兰桂琴梅莉倩婷雪琳晶颖欣悦佳怡涵萱彤妍素凤")
GIV_K = list("梓子睿轩泽宸浩一诺依沐晨语嘉辰奕可昕朵瑶")
LOCAL_REG = [("129301", "津北市汉沽新城区"), ("129302", "津北市汉沽新城区"), ("129304", "津北市北塘区"),
             ("129311", "津北市老城区")]
AWAY_REG = [("419921", "河南省桐丘县"), ("379932", "山东省沂阳县"), ("139941", "河北省滦西县"),
            ("149951", "山西省汾北县"), ("239961", "黑龙江省绥东县"), ("349971", "安徽省淮川县"),
            ("159981", "内蒙古卓兰旗")]
VILL = ["张庄村", "后营村", "东湖村", "大王庄", "柳林镇", "新安镇", "李家洼村", "河西村"]
STREETS = ["澜湾花园", "锦沽家园", "滨河御景", "振兴里", "沽河西里", "迎宾新村"]
_used_names = {}

ROLE_AGE = {"commuter": (22, 45), "family": (30, 62), "elder": (60, 79), "vendor": (24, 56),
            "worker": (21, 58), "rider": (20, 42), "student": (7, 18), "staff": (23, 52),
            "angler": (42, 74), "resident": (25, 66), "parent": (29, 47)}


def person(role):
    lo, hi = ROLE_AGE[role]
    age = rint(lo, hi)
    g = "m" if p(0.78 if role in ("worker", "angler") else 0.5) else "f"
    if role == "rider":
        g = "m" if p(0.85) else "f"
    while True:
        s = ch(SURN)
        if age <= 18:
            giv = ch(GIV_K) + ch(GIV_M if g == "m" else GIV_F) if p(0.8) else ch(GIV_K)
        else:
            pool = GIV_M if g == "m" else GIV_F
            giv = ch(pool) + ch(pool) if p(0.72) else ch(pool)
        name = s + giv
        if name not in _used_names and giv[0] != s:
            _used_names[name] = 1
            break
    away = role in ("worker",) and p(0.9) or role in ("vendor", "rider") and p(0.5) or p(0.12)
    code, home = ch(AWAY_REG) if away else ch(LOCAL_REG)
    if away:
        home = home + ch(VILL) + str(rint(1, 90)) + "号"
    else:
        home = home + ch(STREETS) + "%d号楼%d门%d" % (rint(1, 20), rint(1, 4), rint(101, 1802))
    born = datetime(2026 - age, 1, 1) + timedelta(days=rint(0, 300))
    seq = rint(0, 99) * 10 + (ch([1, 3, 5, 7, 9]) if g == "m" else ch([0, 2, 4, 6, 8]))
    s17 = code + born.strftime("%Y%m%d") + "%03d" % seq
    return {"name": name, "g": g, "age": age, "role": role, "id": s17 + id_check(s17), "home": home,
            "away": away, "born": born, "phone": ch(["13", "15", "18", "17", "19"]) + digits(1) + "****" + digits(4)}


def name_f(per):
    """How a desk writes a name it has read off a card: full, or masked."""
    n = per["name"]
    return wch([(n, 70), (n[0] + "某某", 12), (n[0] + "*" + n[-1] if len(n) > 2 else n[0] + "*", 18)])


def mask_id(idn, how=None):
    how = how or wch([("6-8-4", 55), ("4-10-4", 30), ("3-11-4", 15)])
    a, b = {"6-8-4": (6, 4), "4-10-4": (4, 4), "3-11-4": (3, 4)}[how]
    return idn[:a] + "*" * (18 - a - b) + idn[-b:]


# ----------------------------------------------------------------------------- serial renderings
def r_imei(v, role):
    i1, i2 = v
    if role == "o":
        form = wch([("raw", 30), ("sp", 20), ("lab", 14), ("both", 16), ("last6", 10), ("dash", 6), ("i2", 4)])
    else:
        form = wch([("raw", 45), ("lab1", 22), ("sp", 10), ("both", 23)])
    if form == "raw":
        return i1
    if form == "sp":
        return ch([i1[:2] + " " + i1[2:8] + " " + i1[8:14] + " " + i1[14],
                   i1[:4] + " " + i1[4:8] + " " + i1[8:12] + " " + i1[12:]])
    if form == "lab":
        return "IMEI:" + i1
    if form == "lab1":
        return "IMEI1：" + i1
    if form == "both":
        return "IMEI1:%s IMEI2:%s" % (i1, i2) if p(0.6) else "%s/%s" % (i1, i2)
    if form == "last6":
        return ch(["IMEI后六位", "串号后6位"]) + i1[-6:]
    if form == "dash":
        return i1[:2] + "-" + i1[2:8] + "-" + i1[8:14] + "-" + i1[14]
    return i2                       # the owner copied the second IMEI off the box


def r_id(v, role):
    if role == "o":
        form = wch([("full", 45), ("mask", 27), ("last4", 16), ("lowx", 12)])
        if form == "full":
            return v
        if form == "lowx":
            return v.lower() if v.endswith("X") else v
        if form == "mask":
            return mask_id(v)
        return ch(["身份证后四位", "证件号后4位", "尾号"]) + v[-4:]
    form = wch([("full", 50), ("mask", 50)])
    return v if form == "full" else mask_id(v)


def r_tail(v, role):
    tail, mask = v
    if role == "o":
        return wch([("尾号" + tail, 45), (tail, 20), ("卡号后四位" + tail, 20), ("****" + tail, 15)])
    return wch([(mask, 55), (mask[:4] + " **** **** " + tail, 25), ("尾号" + tail, 20)])


def r_plain(v, role, labels=("",)):
    lab = ch(list(labels))
    form = wch([("as", 60), ("lab", 25), ("low", 8 if role == "o" else 2), ("sp", 7)])
    if form == "lab":
        return lab + v
    if form == "low":
        return v.lower()
    if form == "sp" and len(v) >= 10:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def r_frame(v, role):
    if role == "o" and p(0.2):
        return "车架号后六位" + v[-6:]
    return r_plain(v, role, ("车架号", "车架号：", "钢印号"))


def r_plate(v, role):
    city, rest = v
    return wch([(city + "·" + rest, 40), (city + rest, 30), (rest[:1] + rest[1:], 15), ("车牌" + rest[1:], 15)])


def render_serial(s, role):
    k, v = s["kind"], s["v"]
    if k == "imei":
        return r_imei(v, role)
    if k == "id":
        return r_id(v, role)
    if k == "tail":
        return r_tail(v, role)
    if k == "frame":
        return r_frame(v, role)
    if k == "plate":
        return r_plate(v, role)
    return r_plain(v, role, s.get("labels", ("",)))


# ----------------------------------------------------------------------------- facets
def fac(who, o, f=None, mark=True, key=None):
    """A thing about the object: who can know it ('both', 'owner', 'finder'), and how each says it."""
    return {"who": who, "o": o, "f": f if f is not None else o, "mark": mark, "key": key}


def new_obj(cat, sub, owner, noun_o, noun_f, qty):
    return {"cat": cat, "sub": sub, "owner": owner, "noun_o": noun_o, "noun_f": noun_f, "qty": qty,
            "color": None, "color_o_extra": [], "color_f_alt": None, "brand": None, "brand_o": True,
            "brand_f": True, "model": None, "model_o": 0.5, "model_f": 0.2, "serials": [], "facets": [],
            "alt_cat": None, "desk": [], "near_f": p(0.06), "desc_color": cat not in ("id_doc", "keys", "cash")}


BANKS = ["建设银行", "农业银行", "工商银行", "中国银行", "邮储银行", "津北农商银行", "交通银行"]
BANK_BIN = {"建设银行": "6217", "农业银行": "6228", "工商银行": "6222", "中国银行": "6216",
            "邮储银行": "6221", "津北农商银行": "6231", "交通银行": "6225"}


def bank_card():
    bank = ch(BANKS)
    tail = digits(4)
    return bank, (tail, BANK_BIN[bank] + "****" + tail)


def approx_amount(n):
    """How an owner remembers an amount of cash."""
    if n < 100:
        return wch([("几十块", 40), ("%d块左右" % (round(n, -1) or 10), 35), ("%d块" % n, 25)])
    if p(0.22):
        return "%d元" % n
    hi = n // 100 * 100
    if n >= 10000:
        return wch([("%s万多" % CN_D[n // 10000], 35), ("大概%d" % round(n, -3), 35), ("%d左右" % round(n, -3), 30)])
    if n >= 1000:
        th = n // 1000
        return wch([("%s千多" % CN_D[th], 30), ("大概%d" % (round(n, -2)), 30),
                    ("%s左右" % cn_int(round(n, -2)), 20), ("%d多块" % hi, 20)])
    return wch([("%s百多" % CN_D[n // 100], 40), ("大概%d块" % round(n, -1), 30), ("%d多" % hi, 30)])


# ----------------------------------------------------------------------------- object makers
CASES = [("透明软壳", "透明软壳", None), ("透明壳，有点发黄了", "透明手机壳（已发黄）", None),
         ("黑色硅胶壳", "黑色硅胶手机壳", "black"), ("粉色草莓图案的壳", "粉色手机壳，草莓图案", "pink"),
         ("翻盖皮套", "翻盖式皮套", "brown"), ("印着蜡笔小新的卡通壳", "卡通手机壳（蜡笔小新图案）", "yellow"),
         ("带支架的防摔壳", "防摔壳，背面带支架", "black"), ("蓝色磨砂壳", "蓝色磨砂手机壳", "blue"),
         ("红色的壳，印着平安喜乐", "红色手机壳，印“平安喜乐”", "red"), ("白色的小熊壳", "白色小熊图案手机壳", "white"),
         ("绿色的壳，上面有个小恐龙", "绿色手机壳（恐龙图案）", "green"), ("磁吸的黑色皮壳", "黑色皮质磁吸壳", "black")]
WALLP = [("锁屏是我闺女的照片", "锁屏为一名小女孩照片"), ("锁屏是我家橘猫", "锁屏图片为一只橘猫"),
         ("锁屏壁纸是海边", "锁屏为海景图片"), ("锁屏是全家福", "锁屏为多人合影"),
         ("壁纸是孙子的照片", "锁屏为一小男孩照片"), ("壁纸是个动漫人物", "锁屏为动漫人物图片"),
         ("屏保是我和对象的合照", "锁屏为一男一女合影"), ("锁屏是手机自带的壁纸", "锁屏为系统默认壁纸"),
         ("锁屏是一朵荷花", "锁屏为荷花图片"), ("锁屏是观音像", "锁屏为佛像图片"),
         ("锁屏是我儿子穿校服的照片", "锁屏为一穿校服男孩照片"), ("锁屏是一只柯基", "锁屏为一只小狗图片"),
         ("锁屏是雪山风景", "锁屏为雪山风景图"), ("锁屏是我们家狗", "锁屏为一只白色小狗")]
CALLERS = ["老婆", "妈妈", "王经理", "儿子", "老公", "闺女", "爸", "李姐", "房东", "班长"]
PHONE_MODELS = {
    "huawei": ["Mate 88 Pro", "Pura 96", "nova 19 SE", "畅享 88 Plus", "Mate 88", "nova 19", "Pura 96 Pro"],
    "apple": ["iPhone 19 Pro", "iPhone 18", "iPhone 18 mini", "iPhone 19 Pro Max", "iPhone 17s"],
    "xiaomi": ["Xiaomi 19 Ultra", "Civi 8", "Xiaomi 19", "MIX Fold 7S"],
    "redmi": ["K90 Turbo", "Note 17R", "Turbo 9", "Note 17 Pro"],
    "oppo": ["Reno 18", "Find X10", "A6 Max", "Reno 18 Pro"],
    "vivo": ["X310", "S29", "Y88t", "iQOO 18"],
    "honor": ["Magic 11", "X80i", "数字 90", "Magic 11 Pro"],
    "samsung": ["Galaxy S31", "Galaxy Z Fold9", "Galaxy A77"],
    "oneplus": ["一加 16", "Ace 7"],
    "zte": ["远航 60", "Axon 70"],
    "nubia": ["Z80 Ultra", "Flip 5"],
    "newman": ["L9 老人机", "M560"],
}
MKT = [("曜石黑", "black"), ("幻夜黑", "black"), ("雪域白", "white"), ("珍珠白", "white"), ("星河银", "silver"),
       ("冰霜银", "silver"), ("雾凇蓝", "blue"), ("深海蓝", "blue"), ("樱语粉", "pink"), ("流光金", "gold"),
       ("松岭青", "green"), ("薄荷绿", "green"), ("暮光紫", "purple"), ("远峰灰", "gray")]


def mk_phone(sub, who, pk, c):
    elder = sub == "elder"
    o = new_obj("phone", sub, who, ["老人机", "老年机", "手机"] if elder else ["手机", "手机", "手机", "电话"],
                ["老年手机", "手机"] if elder else ["手机"], ch(["一部", "一部", "一个"]))
    if c.get("brand"):
        b = c["brand"]
    elif elder:
        b = ch(["newman", "zte"])
    else:
        choices = [("huawei", 22), ("apple", 20), ("xiaomi", 8), ("redmi", 6), ("oppo", 10), ("vivo", 10),
                   ("honor", 9), ("samsung", 3), ("oneplus", 3), ("zte", 2), ("nubia", 2)]
        b = wch([x for x in choices if x[0] != c.get("avoid_brand")])
    o["brand"] = b
    o["color"] = c.get("color") or wch([("black", 30), ("white", 12), ("silver", 8), ("blue", 12), ("green", 6),
                                        ("purple", 6), ("pink", 6), ("gold", 5), ("gray", 8), ("red", 2)])
    mk = [m for m, k in MKT if k == o["color"]]
    if mk and p(0.45):
        o["color_o_extra"] = [ch(mk)]
    o["model"] = ch(PHONE_MODELS.get(b, ["未知型号"]))
    o["model_o"] = 0.45 if not elder else 0.15
    o["model_f"] = 0.2 if b != "apple" else 0.08
    o["brand_o"] = p(0.6) if (elder or who["role"] == "elder") else True
    tac = "86" + digits(6)
    snr = digits(6)
    i1 = tac + snr + luhn_digit(tac + snr)
    snr2 = "%06d" % ((int(snr) + rint(1, 9)) % 1000000)
    i2 = tac + snr2 + luhn_digit(tac + snr2)
    o["serials"].append({"kind": "imei", "v": (i1, i2), "o": p(0.38), "f": p(0.32)})
    if b == "apple":
        sn = "".join(ch("CDFGHJKLMNPQRTVWXY0123456789") for _ in range(10))
        o["serials"].append({"kind": "sn", "v": "F" + sn + ch("XYZ"), "o": p(0.12), "f": False,
                             "labels": ("序列号", "SN:")})
    F = o["facets"]
    if p(0.78):
        co, cf, cc = ch(CASES)
        F.append(fac("both", ch(["带", "套着", "手机壳是"]) + co, ch(["外套", "带", ""]) + cf, key="case"))
        if cc and cc != o["color"] and p(0.12):
            o["color_f_alt"] = cc          # the finder writes the colour of the case
    if p(0.3):
        F.append(fac("both", *chp(["屏幕右下角碎了", "屏幕左上角有裂纹", "钢化膜碎了一角", "后盖有一道划痕"], ["屏幕有裂痕", "屏幕一角破损", "钢化膜破裂", "背面有划痕"])))
    if p(0.22):
        ins = ch([("壳里夹着一张公交卡", "手机壳内夹公交卡一张"), ("壳后面塞了一张50块钱", "手机壳内夹有现金50元"),
                  ("壳里有张孩子的一寸照", "手机壳内有一张儿童一寸照片"), ("壳里夹着门禁卡", "手机壳内夹门禁卡一张")])
        F.append(fac("both", ins[0], ins[1]))
    if p(0.62):
        wo, wf = ch(WALLP)
        F.append(fac("both" if p(0.7) else "owner", wo, wf, mark=True))
    if p(0.15):
        F.append(fac("both", "挂着一根%s手机绳" % col_o(ch(["red", "black", "pink", "blue"])), "挂有手机挂绳"))
    if p(0.5):
        F.append(fac("owner", ch(["我的手机号是", "号码", "手机号"]) + who["phone"], mark=False))
    if p(0.3):
        F.append(fac("owner", ch(["手机里有孩子从小到大的照片", "里面有工作群，很重要", "微信支付宝都已经冻结了",
                                  "买了才三个月", "当时就剩20%的电，可能关机了", "没设指纹，只有数字密码",
                                  "卡是联通的", "手机里有两张卡"]), mark=False))
    if p(0.2):
        F.append(fac("finder", "", "期间有来电，来电显示“%s”" % ch(CALLERS), mark=False))
    o["desk"] = ["手机已关机。", "手机有锁屏密码，无法打开。", "电量不足。", "已充电开机，有锁屏。", "", ""]
    return o


ID_SUBS = ["idcard", "student", "driver", "social", "badge", "health"]


def mk_id(sub, who, pk, c):
    F = None
    if sub == "idcard":
        o = new_obj("id_doc", sub, who, ["身份证", "身份证", "二代身份证", "身份证件"], ["居民身份证", "身份证"], "一张")
        o["serials"].append({"kind": "id", "v": who["id"], "o": p(0.8), "f": p(0.9)})
        F = o["facets"]
        F.append(fac("both", ch(["名字叫", "姓名", "上面名字是"]) + who["name"], "姓名" + name_f(who), key="name"))
        F.append(fac("finder", "", "住址" + who["home"], mark=True))
        if who["away"]:
            F.append(fac("owner", "户口是%s的" % who["home"][:3], mark=False))
        if p(0.3):
            F.append(fac("finder", "", "%d年%d月生" % (who["born"].year, who["born"].month), mark=False))
        if p(0.2):
            F.append(fac("owner", ch(["要坐车急用", "已经在网上挂失了", "临时身份证还没办", "下周要用来办社保"]),
                         mark=False))
    elif sub == "student":
        o = new_obj("id_doc", sub, who, ["学生证", "学生卡", "校园卡"], ["学生证", "学生卡"], "一张")
        if who["age"] <= 12:
            school = ch(["汉沽新城实验小学", "实验小学"])
        elif who["age"] <= 18:
            school = ch(["津北市汉沽新城第一中学", "新城一中"])
        else:
            school = "津北职业技术学院"
        sno = "2025" + digits(4) if who["age"] <= 18 else "24" + digits(8)
        o["serials"].append({"kind": "plain", "v": sno, "o": p(0.55), "f": p(0.85), "labels": ("学号", "学号：")})
        F = o["facets"]
        F.append(fac("both", ch(["名字", "学生姓名", "孩子叫"]) + who["name"], "姓名" + name_f(who), key="name"))
        F.append(fac("both", school, "学校：" + school, key="school"))
        if who["age"] <= 18:
            gr = ch(["三年级", "四年级", "五年级", "六年级"]) if who["age"] <= 12 else ch(["初二", "高一", "高二", "高三"])
            F.append(fac("both", "%s%d班" % (gr, rint(1, 12))))
        if p(0.5):
            o["color"] = ch(["blue", "red", "green"])
            F.append(fac("both", "挂着%s挂绳" % col_o(o["color"]), "带%s挂绳" % col_f(o["color"])))
    elif sub == "driver":
        o = new_obj("id_doc", sub, who, ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证"], "一本")
        o["serials"].append({"kind": "id", "v": who["id"], "o": p(0.45), "f": p(0.85)})
        F = o["facets"]
        F.append(fac("both", ch(["名字", "姓名"]) + who["name"], "姓名" + name_f(who), key="name"))
        F.append(fac("both", "准驾车型" + ch(["C1", "C1", "C2", "B2", "A2"])))
        if p(0.6):
            o["color"] = ch(["black", "brown"])
            F.append(fac("both", "装在%s皮套里" % col_o(o["color"]), "外有%s皮套" % col_f(o["color"])))
        if p(0.35):
            F.append(fac("finder", "", "档案编号" + "1293" + digits(8), mark=True))
    elif sub == "social":
        o = new_obj("id_doc", sub, who, ["社保卡", "社会保障卡", "医保卡"], ["社会保障卡", "社保卡"], "一张")
        bank, t = bank_card()
        o["serials"].append({"kind": "id", "v": who["id"], "o": p(0.35), "f": p(0.8)})
        o["serials"].append({"kind": "tail", "v": t, "o": p(0.45), "f": p(0.7)})
        F = o["facets"]
        F.append(fac("both", ch(["名字", "姓名"]) + who["name"], "姓名" + name_f(who), key="name"))
        F.append(fac("both", "是%s的" % bank, "%s金融功能" % bank))
    elif sub == "badge":
        o = new_obj("id_doc", sub, who, ["工作证", "工牌", "工卡"], ["工作证", "工牌"], "一张")
        org = {"hospital": "津北市第三人民医院", "dorm": "津北城建六公司", "market": "北方服装城商户管理处",
               "wanjia": "万嘉购物广场"}.get(pk, ch(["津北港通物流", "汉沽新城环卫所", "津北城建六公司"]))
        pre = {"津北市第三人民医院": "H3-", "津北城建六公司": "JC6-", "北方服装城商户管理处": "SH-",
               "万嘉购物广场": "WJ"}.get(org, "GT")
        o["serials"].append({"kind": "plain", "v": pre + digits(5), "o": p(0.7), "f": p(0.85), "labels": ("工号", "编号")})
        F = o["facets"]
        F.append(fac("both", ch(["名字", "上面写的", "姓名"]) + who["name"], "姓名" + name_f(who), key="name"))
        F.append(fac("both", org + ch(["的", "的工牌", ""]), "单位：" + org, key="org"))
        if p(0.6):
            o["color"] = ch(["blue", "red", "black", "green"])
            F.append(fac("both", "挂着%s挂绳" % col_o(o["color"]), "%s挂绳" % col_f(o["color"])))
        F.append(fac("both", "有照片", "带本人照片", mark=False))
    else:  # health
        o = new_obj("id_doc", sub, who, ["健康证"], ["健康证"], "一张")
        o["serials"].append({"kind": "plain", "v": "JK26" + digits(6), "o": p(0.3), "f": p(0.85),
                             "labels": ("编号", "证号")})
        F = o["facets"]
        F.append(fac("both", ch(["名字", "姓名"]) + who["name"], "姓名" + name_f(who), key="name"))
        F.append(fac("finder", "", "发证单位汉沽新城疾控中心", mark=False))
        if p(0.5):
            o["color"] = ch(["blue", "yellow"])
            F.append(fac("both", "装在%s卡套里" % col_o(o["color"]), "外有%s卡套" % col_f(o["color"])))
    if sub == "idcard" and p(0.35):
        o["color"] = c.get("color") or ch(["blue", "black", "pink", "red", "brown"])
        F.append(fac("both", "装在%s卡套里" % col_o(o["color"]), "外有%s卡套" % col_f(o["color"])))
    if c.get("color") and o["color"] is None:
        o["color"] = c["color"]
        F.append(fac("both", "装在%s卡套里" % col_o(o["color"]), "外有%s卡套" % col_f(o["color"])))
    o["desk"] = ["已核对证件信息。", "证件暂存本所。", "", ""]
    return o


WALLET_BR = ["septwolves", "goldlion", "pierre", "scarecrow", "coach", "mk", "charles", "cartelo"]
COMPANIES = ["津北港通物流", "鑫达建材", "汉沽新城顺发装饰", "北方服装城恒丰服饰", "津北安居房产中介", "沽河汽修"]


def mk_wallet(sub, who, pk, c):
    nouns = {"long": (["长款钱包", "钱包", "钱夹"], ["长款钱包", "钱包"]),
             "short": (["钱包", "皮夹", "短款钱包", "钱包"], ["短款钱包", "钱包", "皮夹"]),
             "card": (["卡包", "卡套", "卡夹"], ["卡包"]),
             "coin": (["零钱包", "小钱包"], ["零钱包"]),
             "clutch": (["手包", "手拿包", "男士手包"], ["手拿包", "男士手包"])}[sub]
    o = new_obj("wallet", sub, who, nouns[0], nouns[1], "一个")
    if c.get("brand"):
        o["brand"] = c["brand"]
    elif p(0.3 if sub == "coin" else 0.72):
        o["brand"] = ch([b for b in WALLET_BR if b != c.get("avoid_brand")])
    o["color"] = c.get("color") or wch([("black", 40), ("brown", 22), ("red", 8), ("pink", 8), ("blue", 6),
                                        ("white", 5), ("gray", 5), ("purple", 3), ("green", 3)])
    o["brand_o"] = p(0.8)
    o["brand_f"] = p(0.85)
    F = o["facets"]
    cont = []
    if sub != "card" and p(0.85):
        amt = {"coin": rint(3, 60), "clutch": rint(8, 60) * 100 + rint(0, 9) * 10}.get(
            sub, wch([(rint(2, 9) * 10 + rint(0, 9), 20), (rint(1, 9) * 100 + rint(0, 9) * 10, 50),
                      (rint(10, 40) * 100 + rint(0, 9) * 10, 30)]))
        F.append(fac("both", ch(["里面有现金", "有", "钱大概"]) + approx_amount(amt),
                     "内有现金%d元" % amt, key="cash"))
    if sub in ("card", "long", "short", "clutch") and p(0.7):
        F.append(fac("both", ch(["有我的身份证", "身份证也在里面", "里面有身份证"]),
                     "身份证一张（%s）" % name_f(who), key="idcard"))
        if p(0.4):
            o["serials"].append({"kind": "id", "v": who["id"], "o": p(0.5), "f": p(0.6)})
        cont.append("id")
    for _ in range(wch([(0, 25), (1, 40), (2, 25), (3, 10)])):
        bank, t = bank_card()
        F.append(fac("both", "%s的卡尾号%s" % (bank, t[0]) if p(0.6) else "一张%s的卡" % bank,
                     "%s银行卡一张（%s）" % (bank.replace("银行", ""), t[1]) if p(0.7) else "%s卡一张" % bank))
        o["serials"].append({"kind": "tail", "v": t, "o": p(0.55), "f": p(0.7)})
    extras = [("医保卡", "医保卡一张"), ("驾驶证", "驾驶证一本（%s）" % name_f(who)), ("公交卡", "公交卡一张"),
              ("万嘉超市的会员卡", "万嘉购物广场会员卡"), ("门禁卡", "门禁卡一张"),
              ("几张%s的名片" % ch(COMPANIES), "名片若干"), ("孩子的百天照", "婴儿照片一张"),
              ("几张彩票", "体育彩票%d张" % rint(2, 6)), ("一个护身符", "黄色护身符一个"),
              ("三院的挂号单", "津北三院挂号单一张"), ("超市小票", "购物小票若干"),
              ("老家的户口页复印件", "户口本复印页一张（%s）" % name_f(who))]
    for e in sample(extras, wch([(0, 25), (1, 40), (2, 25), (3, 10)])):
        F.append(fac("both", e[0], e[1]))
    if p(0.3):
        F.append(fac("both", *chp(["边角磨破了", "拉链有点坏", "有个金属扣", "上面印着大logo", "皮子有点掉色"], ["边角磨损", "拉链损坏", "带金属扣", "有品牌logo", "皮面有掉色"])))
    if p(0.2):
        F.append(fac("owner", ch(["老婆送的生日礼物", "用了好几年了", "闺女给买的", "刚买不到一个月"]), mark=False))
    if sub == "card" and "id" in cont:
        o["alt_cat"] = "id_doc"
    if sub == "clutch":
        o["alt_cat"] = "bag"
    o["desk"] = ["已当面清点。", "钱包内物品已逐项登记。", "拾得人未留姓名。", ""]
    return o


def plate_ebike():
    return ("津北", ch("ABCDEFGH") + digits(5))


def mk_keys(sub, who, pk, c):
    nouns = {"house": (["钥匙", "一串钥匙", "家门钥匙", "钥匙串"], ["钥匙", "钥匙串"]),
             "car": (["车钥匙", "汽车钥匙"], ["汽车钥匙", "车钥匙"]),
             "ebike": (["电动车钥匙", "电瓶车钥匙", "车钥匙"], ["电动车钥匙"]),
             "dorm": (["宿舍钥匙", "钥匙", "板房钥匙"], ["钥匙"]),
             "fob": (["门禁卡", "门禁扣", "门禁卡和钥匙"], ["门禁卡", "门禁扣"])}[sub]
    o = new_obj("keys", sub, who, nouns[0], nouns[1], ch(["一串", "一把", "一个"]) if sub != "house" else "一串")
    F = o["facets"]
    n = {"house": rint(2, 7), "car": rint(1, 4), "ebike": rint(1, 3), "dorm": rint(1, 3), "fob": rint(0, 2)}[sub]
    if sub == "car":
        o["brand"] = c.get("brand") or ch([b for b in ["toyota", "vw", "byd", "wuling", "haval", "geely"]
                                          if b != c.get("avoid_brand")])
        o["serials"].append({"kind": "plate", "v": ("津北", ch("BCDFG") + digits(1) + ch("ABCDEFGHJK") + digits(3)),
                             "o": p(0.5), "f": False})
    if sub == "ebike":
        o["brand"] = c.get("brand") or ch([b for b in ["yadea", "aima", "tailg", "sunra", "niu"]
                                          if b != c.get("avoid_brand")])
    if n:
        appr = ("%d把" % n) if p(0.6) else ch({1: ["一把"], 2: ["两把", "两三把"], 3: ["两三把", "三四把"],
                                                4: ["三四把", "四五把"], 5: ["四五把", "好几把"]}.get(n, ["好几把", "五六把"]))
        F.append(fac("both", appr + "钥匙" if sub != "fob" else "还拴着%d把钥匙" % n, "钥匙%d把" % n, key="count"))
    chains = [("挂着一个小熊挂件", "钥匙扣为小熊玩偶", "brown"), ("有个红绳平安扣", "挂红绳平安扣", "red"),
              ("有个开瓶器", "带开瓶器一个", None), ("挂着个Labubu", "挂毛绒挂件一个（Labubu）", "pink"),
              ("有个指甲刀", "附指甲刀一个", "silver"), ("拴着个小铃铛", "系小铃铛一个", "gold"),
              ("钥匙扣是个篮球", "篮球造型钥匙扣", "orange"), ("挂着个奥特曼", "奥特曼挂件", "red"),
              ("挂着个皮的钥匙包", "钥匙包一个", "black"), ("挂着一个黄色小鸭子", "黄色鸭子挂件", "yellow"),
              ("有个蓝色的小手电", "附蓝色小手电", "blue")]
    if p(0.75) or sub == "house":
        co, cf, cc = ch(chains)
        F.append(fac("both", co, cf, key="chain"))
        if cc:
            o["color"] = cc
    if sub in ("house", "fob") and p(0.55) or sub == "fob":
        fc = ch(["blue", "red", "yellow", "green", "black"])
        F.append(fac("both", "还有个%s门禁扣" % col_o(fc), "附%s门禁卡扣一个" % col_f(fc)))
        if sub == "fob" or o["color"] is None:
            o["color"] = fc
    if sub == "car":
        F.append(fac("both", "%s的车钥匙%s" % (brand_o(o["brand"], "keys"), ch(["", "（遥控的）", "，带遥控"])),
                     "%s汽车遥控钥匙" % brand_f(o["brand"], "keys"), key="carkey"))
        o["color"] = o["color"] or "black"
    if sub == "ebike":
        F.append(fac("both", "是%s电动车的钥匙" % brand_o(o["brand"], "keys"), "%s电动车钥匙" % brand_f(o["brand"], "keys"),
                     key="ebkey"))
    if sub in ("house", "car") and p(0.3):
        tag = ch(["%d-%d-%d" % (rint(1, 20), rint(1, 4), rint(101, 1802)), "%d号楼" % rint(1, 20), "库房", "办公室"])
        F.append(fac("both", "钥匙上拴着个小牌写着“%s”" % tag, "钥匙牌上写有“%s”" % tag))
    if sub == "dorm":
        F.append(fac("both", "板房%d排%d号的" % (rint(1, 9), rint(1, 24)), ch(["", "钥匙上贴胶布写有房号"]), mark=True))
    if sub == "house" and p(0.35):
        F.append(fac("owner", "是%s家里的钥匙" % ch(["澜湾花园", "锦沽家园", "滨河御景", "振兴里"]), mark=False))
    if c.get("color"):
        o["color"] = c["color"]
    o["desk"] = ["", "", "钥匙暂存本所。"]
    return o


EBIKE_MODELS = {"yadea": ["冠能 Q7", "欧睿 E9", "DE8 Pro"], "aima": ["A510 露娜", "麦特 M3"],
                "tailg": ["超能 T9", "狮鹫 V5"], "sunra": ["RX 锐行", "锐途 6"], "luyuan": ["S90 液冷", "MODA 3"],
                "niu": ["F5 Max", "G6"], "ninebot": ["F95c", "Q80"], "xdao": ["长征 X3"], "lima": ["闪电 L2"],
                "jinpeng": ["S7 代步三轮", "P3"]}
FRAME_PRE = {"yadea": "YD", "aima": "AM", "tailg": "TL", "sunra": "XR", "luyuan": "LY", "niu": "NU", "ninebot": "NB",
             "xdao": "XD", "jinpeng": "JP"}


def mk_ebike(sub, who, pk, c):
    trike = sub == "trike"
    o = new_obj("ebike", sub, who, ["三轮车", "电动三轮", "老年代步车"] if trike else
                ["电动车", "电瓶车", "电动车", "小电驴", "电驴子"], ["电动三轮车"] if trike else ["电动自行车", "电动车"],
                "一辆")
    if c.get("brand"):
        b = c["brand"]
    elif trike:
        b = "jinpeng"
    else:
        b = wch([x for x in [("yadea", 26), ("aima", 22), ("tailg", 16), ("sunra", 8), ("luyuan", 8), ("niu", 8),
                             ("ninebot", 7), ("xdao", 5)] if x[0] != c.get("avoid_brand")])
    o["brand"] = b
    o["model"] = ch(EBIKE_MODELS.get(b, ["通用款"]))
    o["model_o"], o["model_f"] = 0.3, 0.35
    o["color"] = c.get("color") or wch([("black", 20), ("white", 20), ("gray", 12), ("blue", 12), ("red", 10),
                                        ("pink", 6), ("green", 8), ("silver", 6), ("yellow", 3)])
    fr = FRAME_PRE.get(b, "EB") + ch(["24", "25"]) + ch("ABCDEFGHKM") + digits(7)
    o["serials"].append({"kind": "frame", "v": fr, "o": p(0.35), "f": p(0.75)})
    pl = plate_ebike()
    plate_on = p(0.7)
    o["serials"].append({"kind": "plate", "v": pl, "o": p(0.85), "f": plate_on})
    if p(0.2):
        o["serials"].append({"kind": "plain", "v": digits(2) + ch("ABCDK") + digits(6), "o": p(0.3), "f": p(0.5),
                             "labels": ("电机号", "电机号：")})
    F = o["facets"]
    if p(0.45):
        wc = ch(["black", "red", "blue", "brown", "green"])
        F.append(fac("both", "装了%s的挡风被" % col_o(wc).rstrip("的"), "装有%s挡风被" % col_f(wc)))
    if who["role"] == "rider" or p(0.08):
        bx = ch([("黄色", "meituan"), ("蓝色", "eleme")])
        F.append(fac("both", "后面有个%s外卖箱" % bx[0], "后座装%s外卖箱（%s）" % (bx[0], BR[bx[1]]["zh"])))
    opts = [("后座装了儿童座椅", "后座加装儿童座椅"), ("车头有手机支架", "车把装手机支架"), ("有个车筐", "带车筐"),
            ("左边后视镜断了", "左后视镜缺失"), ("座套是豹纹的", "豹纹座套"), ("后面加了个尾箱", "带尾箱"),
            ("车身贴了个“平安”贴纸", "车身贴“平安”字样贴纸"), ("前挡泥板裂了", "前挡泥板破损")]
    for a, f in sample(opts, wch([(0, 15), (1, 40), (2, 35), (3, 10)])):
        F.append(fac("both", a, f))
    F.append(fac("owner", ch(["电瓶是%dV的" % ch([48, 60, 72]), "刚换的天能电池", "买了一年多", "锁了车，钥匙在我这",
                              "停的时候忘拔钥匙了", "车上还挂着头盔"]), mark=False))
    if p(0.5):
        F.append(fac("finder", "", ch(["电瓶已被卸走", "车锁被撬", "电门锁被破坏", "无钥匙", "车辆无明显损坏",
                                       "车牌已被拆除" if not plate_on else "车身有刮痕"]), mark=True))
    o["desk"] = ["车辆停放于本所院内。", "已拍照留存。", "已登记车辆信息。", ""]
    return o


BIKE_MODELS = {"giant": ["ATX 790", "Escape 5 City"], "merida": ["勇士 660", "Crossway 350"],
               "forever": ["Z7 复古", "YJ-820"], "phoenix": ["FH-28 复古", "锋客 C3"], "xds": ["逐日 X8", "RC 300"],
               "decathlon": ["Riverside 130"], "goodbaby": ["小骑士 16"]}


def mk_bicycle(sub, who, pk, c):
    nouns = {"mtb": ["山地车", "自行车", "单车"], "road": ["公路车", "自行车"], "fold": ["折叠车", "折叠自行车"],
             "kids": ["儿童自行车", "小孩自行车", "童车"], "city": ["自行车", "单车", "脚踏车", "二八车"]}[sub]
    o = new_obj("bicycle", sub, who, nouns, ["自行车"] if sub != "kids" else ["儿童自行车"], "一辆")
    if c.get("brand"):
        o["brand"] = c["brand"]
    else:
        pool = {"mtb": ["giant", "merida", "xds", "decathlon"], "road": ["giant", "merida", "xds"],
                "fold": ["forever", "decathlon", "phoenix"], "kids": ["goodbaby", "decathlon"],
                "city": ["forever", "phoenix", "giant"]}[sub]
        pool = [b for b in pool if b != c.get("avoid_brand")] or pool
        o["brand"] = ch(pool) if p(0.88) else None
    if o["brand"]:
        o["model"] = ch(BIKE_MODELS[o["brand"]]) if p(0.7) else None
    o["model_o"], o["model_f"] = 0.25, 0.35
    o["color"] = c.get("color") or wch([("black", 22), ("white", 14), ("blue", 14), ("red", 12), ("gray", 10),
                                        ("green", 8), ("yellow", 5), ("pink", 7), ("orange", 4)])
    fr = ch(["G", "M", "X", "F", "P"]) + digits(2) + ch("ABCDEFGHJK") + digits(6)
    o["serials"].append({"kind": "frame", "v": fr, "o": p(0.15), "f": p(0.6)})
    F = o["facets"]
    size = {"kids": ch(["16寸", "18寸", "20寸"]), "road": "700C", "fold": "20寸"}.get(sub, ch(["26寸", "27.5寸", "28寸"]))
    F.append(fac("both", size + "的" if p(0.5) else size, size, mark=True))
    opts = [("前面有个车筐", "带前车筐"), ("后座有个货架", "有后货架"), ("车把上有铃铛", "车把装车铃"),
            ("贴了好多贴纸", "车身贴有贴纸"), ("车座是黑色加厚的", "加厚坐垫"), ("前轮有点歪", "前轮轻微变形"),
            ("车上有把U型锁", "锁有U型锁（锁闭状态）"), ("21速的", "21速变速"), ("带辅助轮", "带辅助轮"),
            ("车头装了个灯", "车把装头灯"), ("挡泥板是后加的", "加装挡泥板")]
    for a, f in sample(opts, wch([(0, 10), (1, 40), (2, 40), (3, 10)])):
        F.append(fac("both", a, f))
    if p(0.3):
        F.append(fac("owner", ch(["花了一千多买的", "孩子上学骑的", "骑了好几年了", "忘锁了"]), mark=False))
    o["desk"] = ["车辆停放于本所院内。", "", ""]
    return o


BAG_CONTENT = [
    ("一台笔记本电脑（{lap}的）", "笔记本电脑一台（{lap}）"), ("充电宝和充电线", "充电宝一个、数据线一根"),
    ("两件换洗衣服", "衣物若干"), ("保温杯", "保温杯一个"), ("一盒降压药", "药品一盒"),
    ("病历本和CT片子，名字是{name}", "病历本一本（姓名{namef}）、CT片一袋"), ("合同和发票", "合同文件及发票若干"),
    ("几件样衣", "服装样品若干"), ("进货单", "进货单据一沓"), ("折叠伞", "折叠伞一把"),
    ("给家里带的麻花和点心", "食品（麻花、点心）"), ("蓝牙耳机", "耳机一副"), ("身份证（{name}）", "身份证一张（{namef}）"),
    ("钥匙", "钥匙一串"), ("化妆品", "化妆品若干"), ("iPad", "平板电脑一台"), ("几本书", "书籍若干"),
    ("奶瓶和尿不湿", "奶瓶、纸尿裤"), ("一条围巾", "围巾一条"), ("劳动合同和工资条", "劳动合同、工资条（{namef}）"),
]
BAG_SUBS = {
    "backpack": (["双肩包", "背包", "双肩背包"], ["双肩包", "背包"], ["nike", "adidas", "lining", "anta", "xiaomi",
                                                                   "samsonite", "decathlon"]),
    "schoolbag": (["书包"], ["书包", "学生书包"], ["carany", "nike", "anta"]),
    "luggage": (["行李箱", "拉杆箱", "箱子"], ["行李箱", "拉杆箱"], ["samsonite", "oiwas", "diplomat"]),
    "handbag": (["手提包", "包", "女士包", "挎包"], ["女士手提包", "手提包"], ["coach", "mk", "charles"]),
    "crossbody": (["斜挎包", "小挎包", "挎包"], ["斜挎包"], ["coach", "nike", "lining"]),
    "laptop": (["电脑包"], ["电脑包"], ["samsonite", "lenovo"]),
    "woven": (["编织袋", "蛇皮袋", "大编织袋"], ["编织袋"], []),
    "waist": (["腰包", "收钱腰包", "霹雳包"], ["腰包"], ["nike", "lining"]),
    "tote": (["帆布袋", "帆布包", "布袋子"], ["帆布袋", "帆布包"], ["muji"]),
    "travel": (["旅行包", "行李包", "大包"], ["旅行包"], ["adidas", "nike", "lining"]),
}


def mk_bag(sub, who, pk, c):
    no, nf, brands = BAG_SUBS[sub]
    o = new_obj("bag", sub, who, no, nf, "一个")
    if c.get("brand"):
        o["brand"] = c["brand"]
    elif brands and p(0.72):
        o["brand"] = ch([b for b in brands if b != c.get("avoid_brand")] or brands)
    o["brand_o"] = p(0.85)
    o["color"] = c.get("color") or wch([("black", 36), ("gray", 10), ("blue", 12), ("red", 6), ("pink", 8),
                                        ("white", 6), ("brown", 8), ("green", 6), ("purple", 4), ("yellow", 4)])
    if sub == "woven":
        o["color"] = c.get("color") or ch(["white", "red", "blue"])
    F = o["facets"]
    lap = ch(["联想", "华为", "戴尔", "苹果"])
    if sub == "schoolbag":
        pool = [("语文数学课本，上面写着{name}", "课本若干，写有姓名{namef}"), ("文具盒", "文具盒一个"),
                ("作业本", "作业本若干"), ("水杯", "水杯一个"), ("跳绳", "跳绳一根"), ("寒假作业", "寒假作业一本")]
    elif sub == "woven":
        pool = [("被褥", "被褥一套"), ("换洗衣服", "衣物若干"), ("安全帽", "安全帽一顶"), ("脸盆和毛巾", "脸盆、毛巾"),
                ("工具（扳手、电笔）", "工具若干（扳手、电笔）"), ("劳动合同和工资条", "劳动合同、工资条（{namef}）")]
    elif sub == "waist":
        pool = [("零钱大概{amt}", "现金{exact}元（零钱）"), ("收款码牌子", "收款码一张"), ("手机充电线", "数据线一根"),
                ("档口钥匙", "钥匙一串"), ("进货单", "单据若干")]
    else:
        pool = BAG_CONTENT
    exact = rint(2, 40) * 10 + rint(0, 9)
    for a, f in sample(pool, rint(1, 4)):
        F.append(fac("both", a.format(lap=lap, name=who["name"], amt=approx_amount(exact)),
                     f.format(lap=lap, namef=name_f(who), exact=exact), key="content"))
    if sub in ("luggage", "travel") and p(0.5):
        F.append(fac("both", "行李牌上写着%s和电话" % who["name"], "行李牌写有姓名%s及电话" % name_f(who)))
    if sub == "luggage":
        F.append(fac("both", "%s寸的" % ch(["20", "24", "26", "28"]), "", mark=True))
        if p(0.6):
            F.append(fac("owner", "密码锁密码%s" % digits(3), mark=False))
    if p(0.3):
        F.append(fac("both", *chp(["拉链上挂着个小公仔", "肩带断过一次缝上了", "侧兜有个水杯", "包上别着徽章"], ["拉链挂有公仔挂件", "肩带有缝补痕迹", "侧袋插一水杯", "包上有徽章"])))
    if p(0.35):
        F.append(fac("owner", ch(["夹层里还有几百块钱", "东西不值钱但是证件重要", "我着急回老家", "那是样品，明天要交货"]),
                     mark=False))
    o["desk"] = ["已当面清点包内物品。", "包内物品已登记。", ""]
    return o


def mk_cash(sub, who, pk, c):
    nouns = {"hongbao": (["红包", "一个红包"], ["红包"]), "envelope": (["信封", "一信封钱", "装钱的信封"], ["信封（内装现金）"]),
             "bundle": (["一沓钱", "现金", "一捆钱"], ["现金一沓", "现金"]), "loose": (["钱", "几张钱", "零钱"], ["现金"]),
             "plastic": (["塑料袋装的钱", "一袋子钱", "货款"], ["塑料袋（内装现金）"])}[sub]
    o = new_obj("cash", sub, who, nouns[0], nouns[1], "")
    amt = {"hongbao": ch([200, 500, 600, 666, 800, 888, 1000, 1200, 1688, 2000]),
           "envelope": rint(10, 200) * 100, "bundle": rint(20, 150) * 100,
           "loose": rint(2, 45) * 10 + ch([0, 0, 5]), "plastic": rint(30, 300) * 100 + rint(0, 9) * 10}[sub]
    F = o["facets"]
    own = ("%d元" % amt) if p(0.45) else approx_amount(amt)
    F.append(fac("both", own, "经清点共%d元" % amt if p(0.6) else "现金%d元" % amt, key="amount"))
    if amt >= 200:
        h = amt // 100
        F.append(fac("finder", "", "其中100元面额%d张" % h + ("，其余为零钞" if amt % 100 else ""), mark=True))
    if sub == "hongbao":
        o["color"] = c.get("color") or "red"
        bl = ch(["福", "恭喜发财", "龙马精神", "万事如意", "大吉大利"])
        F.append(fac("both", "红包上印着“%s”" % bl, "红包印有“%s”字样" % bl))
        F.append(fac("owner", ch(["是给孙子的压岁钱", "准备给我妈的", "是别人给孩子的红包"]), mark=False))
    if sub == "envelope":
        o["color"] = c.get("color") or ch(["white", "brown", "yellow"])
        F.append(fac("both", "%s的信封" % col_o(o["color"]).rstrip("的"), "%s信封" % col_f(o["color"])))
        if p(0.5):
            bank, t = bank_card()
            F.append(fac("both", "刚从%s的ATM取的" % bank, "信封内有%sATM取款凭条一张" % bank))
            o["serials"].append({"kind": "tail", "v": t, "o": p(0.7), "f": True})
    if sub == "bundle":
        F.append(fac("both", *chp(["用皮筋捆着", "用银行的纸条扎着"], ["皮筋捆扎", "纸条扎捆"])))
        F.append(fac("owner", ch(["是这个月的工资", "要给工人发的工钱", "准备交房租的"]), mark=False))
    if sub == "plastic":
        o["color"] = c.get("color") or ch(["black", "red", "white"])
        F.append(fac("both", "装在%s塑料袋里" % col_o(o["color"]), "%s塑料袋装" % col_f(o["color"])))
        F.append(fac("owner", ch(["是档口今天的货款", "是收的货款"]), mark=False))
    if c.get("color"):
        o["color"] = c["color"]
    o["desk"] = ["现金已当面清点并封存。", "已清点。", "拾得人不愿留名。", ""]
    return o


def mk_jewelry(sub, who, pk, c):
    nouns = {"bangle": (["金手镯", "金镯子", "手镯"], ["黄金手镯", "手镯"]),
             "chain": (["金项链", "项链", "金链子"], ["黄金项链", "项链"]),
             "ring": (["戒指", "金戒指", "婚戒"], ["戒指"]), "diamond": (["钻戒", "戒指"], ["钻石戒指", "戒指"]),
             "jade": (["玉镯子", "镯子", "玉镯"], ["玉镯", "手镯"]), "silver": (["银手镯", "银镯子"], ["银手镯"]),
             "earring": (["耳环", "耳钉", "一只耳环"], ["耳环"]), "beads": (["转运珠手链", "红绳手链", "手链"], ["手链"]),
             "pandora": (["手链", "串珠手链"], ["串珠手链"]), "lock": (["长命锁", "金锁"], ["长命锁"]),
             "watch": (["手表", "表"], ["手表"])}[sub]
    o = new_obj("jewelry", sub, who, nouns[0], nouns[1], {"chain": "一条", "beads": "一条", "pandora": "一条",
                                                         "ring": "一枚", "diamond": "一枚", "earring": "一只"}.get(sub, "一只"))
    pool = {"bangle": ["ctf", "lfx", "css", "lukfook", "zlf", "chngold"], "chain": ["ctf", "lfx", "lukfook", "zlf"],
            "ring": ["ctf", "lfx", "css", "chngold"], "diamond": ["ctf", "css", "lukfook"], "jade": ["ctf"],
            "silver": ["lfx"], "earring": ["swarovski", "ctf", "zlf"], "beads": ["ctf", "lfx", "zlf"],
            "pandora": ["pandora"], "lock": ["lfx", "ctf", "chngold"], "watch": ["tianwang", "rossini", "casio"]}[sub]
    if c.get("brand"):
        o["brand"] = c["brand"]
    elif p(0.7) or sub in ("pandora", "watch"):
        o["brand"] = ch([b for b in pool if b != c.get("avoid_brand")] or pool)
    o["brand_f"] = p(0.55) if sub != "watch" else True
    o["color"] = c.get("color") or {"jade": ch(["green", "white"]), "silver": "silver", "pandora": "silver",
                                    "beads": "red", "watch": ch(["silver", "black", "gold"]),
                                    "diamond": ch(["silver", "gold"]), "earring": ch(["gold", "silver"]),
                                    "ring": ch(["gold", "gold", "pink"])}.get(sub, "gold")
    F = o["facets"]
    g = {"bangle": rint(18, 62), "chain": rint(5, 28), "ring": rint(2, 8), "lock": rint(3, 15),
         "beads": rint(1, 3)}.get(sub)
    if g:
        F.append(fac("both", ch(["%d克左右", "大概%d克", "%d克"]) % g, ch(["称重约%d克", "重约%d克"]) % (g + ch([0, 0, 1, -1])),
                     key="weight"))
        F.append(fac("both", "足金的", ch(["内刻“足金”", "刻有“足金999”", "有“Au999”字样"])))
    if sub in ("ring", "diamond", "bangle") and p(0.55):
        ini = "".join(ch("ABCDGHJLMSWXYZ") for _ in range(2)) + "&" + "".join(ch("ABCDGHJLMSWXYZ") for _ in range(2))
        ds = "%d.%02d.%02d" % (rint(2008, 2024), rint(1, 12), rint(1, 28))
        F.append(fac("both", "里面刻着“%s %s”" % (ini, ds), "内圈刻有“%s %s”" % (ini, ds), key="engr"))
    if sub == "lock":
        F.append(fac("both", "背面刻着孩子名字“%s”" % who["name"][1:], "背面刻“%s”二字" % who["name"][1:]))
    if sub == "chain" and p(0.6):
        pd = ch(["属龙的生肖吊坠", "一个小葫芦坠", "平安扣坠子", "心形吊坠"])
        F.append(fac("both", "带%s" % pd, "附%s" % pd.replace("的", "")))
    if sub == "jade":
        F.append(fac("both", *chp(["有一道白色的棉絮", "内圈有个小磕口", "颜色是飘绿的"], ["有白色絮状纹", "内圈有磕痕", "飘绿花"])))
        o["serials"].append({"kind": "plain", "v": "NGTC" + digits(8), "o": p(0.35), "f": False,
                             "labels": ("证书编号", "鉴定证书号")})
    if sub == "diamond":
        F.append(fac("both", ch(["三十分的钻", "一克拉的", "五十分的主钻"]), "镶钻石一颗"))
        o["serials"].append({"kind": "plain", "v": ch(["GIA", "NGTC", "ZB"]) + digits(9), "o": p(0.35), "f": False,
                             "labels": ("证书号", "证书编号")})
    if sub == "watch":
        o["model"] = ch(["GS51 机械表", "RS7 石英表", "W-880 运动表"])
        o["model_o"], o["model_f"] = 0.3, 0.3
        o["serials"].append({"kind": "plain", "v": digits(7) + ch("ABC"), "o": p(0.2), "f": p(0.5),
                             "labels": ("表背编号", "编号")})
        F.append(fac("both", *chp(["钢带的", "皮表带", "表盘是白的"], ["钢表带", "皮质表带", "白色表盘"])))
        o["alt_cat"] = "other"
    if sub == "earring":
        F.append(fac("both", "只丢了一只，%s" % ch(["是个小圆圈", "带个小珍珠", "是流苏的"]),
                     ch(["单只，圆圈形", "单只，带珍珠", "单只，流苏款"])))
    if sub == "pandora":
        F.append(fac("both", "上面有%d个串珠，有个小猫的" % rint(4, 9), "串珠若干，含猫咪造型串珠"))
    if sub == "silver":
        F.append(fac("both", "刻着“长命百岁”", "刻有“长命百岁”字样"))
    if p(0.4):
        F.append(fac("owner", ch(["花了%d多块买的" % (rint(3, 40) * 1000),
                                  "是结婚时候的", "是我妈留给我的", "去年过生日买的"]), mark=False))
    o["desk"] = ["已称重登记。", "贵重物品，已入保险柜保存。", ""]
    return o


ELEC_SUBS = {
    "earbuds": ([("apple", "AirPods Pro 4"), ("huawei", "FreeBuds 8i"), ("xiaomi", "Redmi Buds 8"), ("oppo", "Enco X5")],
                ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "耳机"], "一副"),
    "watch": ([("apple", "Watch S12"), ("huawei", "Watch GT 9"), ("xiaomi", "小米手环 11")],
              ["智能手表", "手表", "手环"], ["智能手表", "运动手环"], "一块"),
    "kidwatch": ([("xtc", "Z10 Pro"), ("xtc", "Q9"), ("huawei", "儿童手表 6X")], ["电话手表", "儿童手表", "小天才手表"],
                 ["儿童电话手表", "儿童手表"], "一块"),
    "tablet": ([("apple", "iPad Air 8"), ("huawei", "MatePad 13 SE"), ("xiaomi", "小米平板 9")], ["平板", "平板电脑", "iPad"],
               ["平板电脑"], "一台"),
    "laptop": ([("lenovo", "小新 Pro 18"), ("huawei", "MateBook 16X"), ("apple", "MacBook Air 17"), ("dell", "灵越 7720")],
               ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑"], "一台"),
    "powerbank": ([("romoss", "PAC20 Pro"), ("anker", "A1689"), ("xiaomi", "PB2230 快充版")], ["充电宝", "移动电源"],
                  ["充电宝", "移动电源"], "一个"),
    "camera": ([("canon", "EOS R60"), ("fuji", "X-S30"), ("dji", "Pocket 5 Pro")], ["相机", "照相机", "微单"],
               ["相机", "数码相机"], "一台"),
    "drone": ([("dji", "Mini 6"), ("dji", "Air 5S")], ["无人机", "航拍器"], ["无人机"], "一架"),
    "ebook": ([("kindle", "Paperwhite 7"), ("ireader", "Ocean 5")], ["电子书", "阅读器", "Kindle"], ["电子阅读器"], "一台"),
    "speaker": ([("jbl", "Flip 8"), ("xiaomi", "小米音箱 Pro")], ["蓝牙音箱", "音箱", "小音箱"], ["蓝牙音箱"], "一个"),
    "walkie": ([("motorola", "T520")], ["对讲机"], ["对讲机"], "一部"),
    "console": ([("nintendo", "Switch")], ["游戏机", "Switch"], ["游戏机"], "一台"),
    "learner": ([("bbk", "S8 学习机"), ("bbk", "平板 X6")], ["学习机", "学习平板"], ["学习机"], "一台"),
}
brand("kindle", "Kindle", ["Kindle"], "Kindle", [])


def mk_elec(sub, who, pk, c):
    models, no, nf, qty = ELEC_SUBS[sub]
    o = new_obj("electronics", sub, who, no, nf, qty)
    if c.get("brand"):
        cand = [m for m in models if m[0] == c["brand"]] or [(c["brand"], models[0][1])]
    else:
        cand = [m for m in models if m[0] != c.get("avoid_brand")] or models
    b, model = ch(cand)
    o["brand"], o["model"] = b, model
    brand_nouns = {"iPad": "apple", "小天才手表": "xtc", "Kindle": "kindle"}
    o["noun_o"] = [x for x in no if brand_nouns.get(x, b) == b]
    o["model_o"], o["model_f"] = 0.45, 0.25
    o["brand_o"] = p(0.9)
    o["color"] = c.get("color") or {"earbuds": ch(["white", "white", "black"]), "kidwatch": ch(["pink", "blue", "purple"]),
                                    "drone": "gray", "walkie": "black", "powerbank": ch(["white", "black", "blue"]),
                                    "laptop": ch(["silver", "gray", "black"]), "camera": ch(["black", "silver"]),
                                    "console": ch(["red", "black", "gray"]), "learner": ch(["white", "blue"])}.get(
        sub, ch(["black", "white", "silver", "gray", "blue", "pink"]))
    F = o["facets"]
    if sub == "kidwatch":
        tac = "35" + digits(6)
        snr = digits(6)
        o["serials"].append({"kind": "imei", "v": (tac + snr + luhn_digit(tac + snr),) * 2, "o": p(0.35), "f": p(0.45)})
        F.append(fac("both", "表带上贴着名字“%s”" % who["name"], "表带贴有姓名贴“%s”" % who["name"]))
        F.append(fac("owner", "家长手机APP上显示最后定位在%s附近" % ch(PL[pk]["loc"]), mark=False))
        o["alt_cat"] = "phone"
    elif sub not in ("powerbank", "speaker", "walkie"):
        sn = ch("CDFGHJKLMNPQRTVWXY") + "".join(ch("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(11))
        o["serials"].append({"kind": "plain", "v": sn, "o": p(0.3), "f": p(0.45), "labels": ("SN:", "序列号", "S/N ")})
    if sub == "earbuds":
        eng = ch(["小宝", "Lucky", "阿杰", "Mia", "加油"])
        F.append(fac("both", *chp(["套了个%s硅胶套" % col_o(ch(["pink", "black", "blue", "green"])), "盒子上刻了字“%s”" % eng,
                                   "充电盒有划痕", "只有充电盒和左耳", "右耳那只不在盒里"],
                                  ["外有硅胶保护套", "充电盒刻有“%s”" % eng, "充电盒有划痕", "仅充电盒及左耳一只",
                                   "盒内仅左耳"])))
    if sub in ("tablet", "ebook", "learner", "console"):
        F.append(fac("both", "有个%s的保护套" % col_o(ch(["blue", "pink", "gray", "black", "green"])).rstrip("的"), "外有保护套"))
    if sub == "laptop":
        F.append(fac("both", *chp(["背面贴着贴纸", "键盘有个键掉了", "屏幕上贴了防窥膜"], ["背面有贴纸", "键盘缺键", "贴有防窥膜"])))
        F.append(fac("owner", ch(["里面有重要的工作资料", "有开机密码", "公司配的"]), mark=False))
    if sub == "camera":
        F.append(fac("both", *chp(["带一个变焦镜头", "挂着彩色背带", "镜头盖丢了"], ["附变焦镜头", "彩色相机背带", "无镜头盖"])))
        F.append(fac("owner", "存储卡里有%s的照片" % ch(["孩子开学", "河边风筝节", "家里老人"]), mark=False))
    if sub == "drone":
        F.append(fac("both", *chp(["桨叶断了一片", "机身贴了编号贴", "带着一个遥控器"], ["桨叶损坏", "机身有编号贴纸", "附遥控器"])))
        F.append(fac("owner", "飞的时候信号断了，掉下去的", mark=False))
    if sub == "powerbank":
        cap = ch([10000, 20000])
        F.append(fac("both", "%d毫安的" % cap, "容量%dmAh" % cap))
    if sub == "walkie":
        F.append(fac("both", "对讲机上贴着“%s”" % ch(["钢筋班3号", "木工2号", "塔吊1号"]), "机身贴有标签"))
    if sub == "watch":
        F.append(fac("both", "%s表带" % col_o(ch(["black", "white", "blue", "pink", "orange"])), "带表带"))
    if sub in ("tablet", "laptop", "watch", "earbuds") and b == "apple" and p(0.4):
        F.append(fac("owner", "打开“查找”显示最后在%s附近" % ch(PL[pk]["loc"]), mark=False))
    o["desk"] = ["设备已关机。", "已登记。", "", ""]
    return o


OTHER_SUBS = ["rod", "kite", "thermos", "umbrella", "glasses", "hardhat", "riderhelmet", "toolbag", "toy", "scooter",
              "cane", "medical", "uniform", "stroller", "scarf"]


def mk_other(sub, who, pk, c):
    spec = {
        "rod": (["鱼竿", "钓鱼竿", "渔具包"], ["鱼竿", "渔具包"], "一套", ["gw", "daiwa", "shimano", "handing"],
                ["black", "green", "gray"]),
        "kite": (["风筝", "风筝和线轮"], ["风筝"], "一个", [], ["red", "yellow", "blue", "orange"]),
        "thermos": (["保温杯", "杯子", "水杯"], ["保温杯"], "一个", ["thermos", "zojirushi", "fuguang"],
                    ["black", "white", "pink", "blue", "silver"]),
        "umbrella": (["雨伞", "伞"], ["雨伞"], "一把", ["paradise"], ["black", "blue", "purple", "red"]),
        "glasses": (["眼镜", "近视镜", "老花镜", "墨镜"], ["眼镜"], "一副", ["bolon"], ["black", "gold", "silver", "brown"]),
        "hardhat": (["安全帽", "安全头盔"], ["安全帽"], "一顶", [], ["red", "yellow", "blue", "white"]),
        "riderhelmet": (["头盔", "外卖头盔"], ["头盔"], "一个", ["meituan", "eleme"], ["yellow", "blue"]),
        "toolbag": (["工具包", "工具箱"], ["工具包"], "一个", ["deli", "sata"], ["black", "red", "blue"]),
        "toy": (["玩具", "奥特曼", "毛绒玩具", "玩偶"], ["玩具"], "一个", [], ["red", "pink", "blue", "white", "brown"]),
        "scooter": (["滑板车", "儿童滑板车"], ["儿童滑板车"], "一辆", ["migao"], ["pink", "blue", "green"]),
        "cane": (["拐杖", "拐棍", "助行器"], ["拐杖"], "一根", [], ["silver", "brown", "black"]),
        "medical": (["病历袋", "CT片子", "病历和片子"], ["病历袋（内有CT片）", "病历资料"], "一个", [], ["white", "blue"]),
        "uniform": (["校服", "校服外套"], ["校服"], "一件", [], ["blue", "white", "red"]),
        "stroller": (["婴儿车", "推车", "童车"], ["婴儿推车"], "一辆", ["goodbaby"], ["gray", "blue", "pink", "black"]),
        "scarf": (["围巾", "羊绒围巾"], ["围巾"], "一条", ["erdos"], ["red", "gray", "brown", "blue", "purple"]),
    }[sub]
    no, nf, qty, brands, cols = spec
    o = new_obj("other", sub, who, no, nf, qty)
    if c.get("brand"):
        o["brand"] = c["brand"]
    elif brands and p(0.8 if sub == "riderhelmet" else 0.55):
        o["brand"] = ch([b for b in brands if b != c.get("avoid_brand")] or brands)
    if sub == "riderhelmet" and o["brand"]:
        o["color"] = c.get("color") or ("yellow" if o["brand"] == "meituan" else "blue")
    else:
        o["color"] = c.get("color") or ch(cols)
    F = o["facets"]
    if sub == "rod":
        F.append(fac("both", "%s米的台钓竿" % ch(["3.6", "4.5", "5.4", "6.3"]), "鱼竿一根（长约%s米）" % ch(["4", "5", "6"])))
        F.append(fac("both", *chp(["渔具包里有浮漂、鱼线", "还有个折叠马扎", "竿梢缠过胶布"], ["包内有浮漂、鱼线", "附折叠凳", "竿梢有胶布缠绕"])))
    elif sub == "kite":
        F.append(fac("both", *chp(["老鹰风筝", "大蜈蚣风筝", "沙燕风筝", "卡通章鱼风筝"], ["老鹰造型", "蜈蚣造型", "燕子造型", "章鱼造型"])))
        F.append(fac("both", *chp(["带不锈钢线轮", "线轮是木头的"], ["附线轮", "附木质线轮"])))
        F.append(fac("owner", "线断了飘走的", mark=False))
    elif sub == "thermos":
        nm = who["name"]
        F.append(fac("both", *chp(["杯子上贴着名字贴“%s”" % nm, "杯身有划痕", "杯盖是按压的", "杯套是针织的"],
                                  ["杯身贴有姓名贴“%s”" % nm, "杯身有划痕", "按压式杯盖", "带针织杯套"])))
    elif sub == "umbrella":
        F.append(fac("both", *chp(["长柄的", "三折的", "伞柄是木头的"], ["长柄伞", "折叠伞", "木质伞柄"])))
    elif sub == "glasses":
        F.append(fac("both", *chp(["装在眼镜盒里", "镜腿有点松", "半框的", "圆框"], ["附眼镜盒", "镜腿松动", "半框", "圆形镜框"])))
        F.append(fac("owner", ch(["度数五百多", "老花镜二百度", "配了一千多"]), mark=False))
    elif sub == "hardhat":
        F.append(fac("both", "帽子上印着“津北城建六公司”，写着%s" % who["name"], "印“津北城建六公司”，写有姓名%s" % name_f(who)))
    elif sub == "riderhelmet":
        F.append(fac("both", *chp(["头盔上有两个兔耳朵", "头盔镜片有裂纹", "头盔后面贴着反光贴"], ["头盔带兔耳装饰", "镜片有裂纹", "后部有反光贴"])))
    elif sub == "toolbag":
        F.append(fac("both", *chp(["里面有电笔、钳子、扳手", "有一把电钻", "有卷尺和扳手"], ["内有电笔、钳子、扳手", "内有电钻一把", "内有卷尺、扳手"])))
    elif sub == "toy":
        i = R.randrange(3)
        o["noun_o"] = [["奥特曼", "奥特曼玩具", "玩具"], ["毛绒兔子", "兔子玩偶", "玩具"], ["变形金刚", "玩具"]][i]
        o["noun_f"] = [["奥特曼玩具", "玩具"], ["毛绒玩具", "玩具"], ["机器人玩具", "玩具"]][i]
        F.append(fac("both", ["孩子最喜欢的", "耳朵上缝了个蝴蝶结", "一只胳膊松了"][i],
                     ["", "耳部有蝴蝶结", "一侧手臂松动"][i]))
    elif sub == "scooter":
        F.append(fac("both", *chp(["轮子会发光", "车把上挂了个小铃铛"], ["发光轮", "车把挂铃铛"])))
    elif sub == "cane":
        F.append(fac("both", *chp(["四脚的", "可以伸缩的", "底下有橡胶头"], ["四脚拐杖", "伸缩式", "底部橡胶头"])))
    elif sub == "medical":
        F.append(fac("both", "是%s的片子" % who["name"], "病历袋上写有姓名%s" % name_f(who)))
        F.append(fac("both", "津北三院的", "津北市第三人民医院病历袋"))
    elif sub == "uniform":
        F.append(fac("both", "领子里写着%s" % who["name"], "衣领内写有姓名%s" % name_f(who)))
        sch = ("实验小学", "汉沽新城实验小学") if who["age"] <= 12 else ("新城一中", "汉沽新城第一中学")
        F.append(fac("both", sch[0] + "的", "%s校服" % sch[1]))
    elif sub == "stroller":
        F.append(fac("both", *chp(["可以折叠的", "车上挂着个蓝色小被子"], ["折叠式", "车内有蓝色小被子"])))
    elif sub == "scarf":
        F.append(fac("both", *chp(["格子的", "纯色的，有流苏"], ["格子图案", "纯色带流苏"])))
    o["desk"] = ["", "", "暂存本所。"]
    return o


MAKERS = {"phone": mk_phone, "id_doc": mk_id, "wallet": mk_wallet, "keys": mk_keys, "ebike": mk_ebike,
          "bicycle": mk_bicycle, "bag": mk_bag, "cash": mk_cash, "jewelry": mk_jewelry, "electronics": mk_elec,
          "other": mk_other}

# sub-type tables: (sub, weight, places it happens at (None: the category's), owner role (None: from the place))
SUBS = {
    "phone": [("smart", 95, None, None), ("elder", 5, ["hospital", "park", "bushub", "guhe"], "elder")],
    "id_doc": [("idcard", 48, None, None), ("student", 12, ["school1", "school2", "bushub", "park", "wanjia", "station"],
                                                      "student"),
               ("driver", 10, None, None), ("social", 10, ["hospital", "station", "zhenxing", "market"], None),
               ("badge", 14, ["hospital", "dorm", "market", "wanjia"], None),
               ("health", 6, ["wanjia", "market", "zhenxing"], "rider")],
    "wallet": [("long", 28, None, None), ("short", 36, None, None), ("card", 16, None, None), ("coin", 10, None, None),
               ("clutch", 10, ["market", "station", "zhenxing", "hospital"], None)],
    "keys": [("house", 46, None, None), ("car", 14, ["wanjia", "hospital", "station", "park", "market"], None),
             ("ebike", 16, None, None), ("dorm", 10, ["dorm"], "worker"), ("fob", 14, None, None)],
    "ebike": [("ebike", 88, None, None), ("trike", 12, ["market", "jingu", "hospital", "guhe"], None)],
    "bicycle": [("mtb", 30, None, None), ("road", 10, ["park", "lanwan", "binhe"], None), ("fold", 12, None, None),
                ("kids", 15, ["park", "lanwan", "school2", "binhe"], None), ("city", 33, None, None)],
    "bag": [("backpack", 24, None, None), ("schoolbag", 12, ["school1", "school2", "bushub", "park"], "student"),
            ("luggage", 16, ["station", "bushub", "taxi"], None), ("handbag", 12, None, None),
            ("crossbody", 8, None, None), ("laptop", 6, ["station", "bushub", "taxi", "wanjia"], "commuter"),
            ("woven", 8, ["station", "bushub", "dorm"], "worker"), ("waist", 6, ["market", "wanjia", "zhenxing"], None),
            ("tote", 5, None, None), ("travel", 5, ["station", "bushub", "taxi"], None)],
    "cash": [("hongbao", 18, None, None), ("envelope", 22, ["zhenxing", "xinhua", "hospital", "market", "station"], None),
             ("bundle", 22, ["dorm", "market", "jingu", "zhenxing"], None), ("loose", 20, None, None),
             ("plastic", 18, ["market", "wanjia", "guhe"], "vendor")],
    "jewelry": [("bangle", 18, None, None), ("chain", 16, None, None), ("ring", 14, None, None),
                ("diamond", 6, None, None), ("jade", 10, None, None), ("silver", 6, ["park", "hospital", "wanjia"], "student"),
                ("earring", 8, None, None), ("beads", 7, None, None), ("pandora", 5, None, None),
                ("lock", 4, ["park", "hospital", "wanjia", "school2"], "student"), ("watch", 6, None, None)],
    "electronics": [("earbuds", 22, None, None), ("watch", 10, None, None),
                    ("kidwatch", 12, ["school2", "park", "wanjia", "lanwan"], "student"),
                    ("tablet", 10, None, None), ("laptop", 8, ["station", "bushub", "taxi", "wanjia", "hospital"], None),
                    ("powerbank", 12, None, None), ("camera", 6, ["park", "station"], None),
                    ("drone", 5, ["park"], None), ("ebook", 4, ["station", "bushub", "hospital"], None),
                    ("speaker", 4, ["park", "dorm"], None), ("walkie", 3, ["dorm"], "worker"),
                    ("console", 2, ["station", "wanjia"], None),
                    ("learner", 2, ["school1", "school2", "bushub"], "student")],
    "other": [("rod", 14, ["park", "guhe", "binhe"], "angler"), ("kite", 10, ["park"], None),
              ("thermos", 10, None, None), ("umbrella", 4, None, None), ("glasses", 10, None, None),
              ("hardhat", 7, ["dorm", "jingu"], "worker"), ("riderhelmet", 8, ["wanjia", "zhenxing", "yingbin"], "rider"),
              ("toolbag", 6, ["dorm", "jingu", "zhenxing"], "worker"), ("toy", 6, ["park", "wanjia", "school2"], None),
              ("scooter", 4, ["park", "lanwan", "binhe"], None), ("cane", 5, ["hospital", "park"], "elder"),
              ("medical", 7, ["hospital", "xinhua", "bushub"], None), ("uniform", 3, ["school1", "bushub"], "student"),
              ("stroller", 3, ["park", "wanjia", "hospital"], "parent"), ("scarf", 5, ["station", "bushub", "wanjia"], None)],
}
CAT_PLACES = {
    "phone": [("station", 5), ("bushub", 3), ("hospital", 3), ("market", 3), ("wanjia", 3), ("park", 2), ("taxi", 2),
              ("dorm", 2), ("school1", 1), ("yingbin", 1), ("zhenxing", 1), ("lanwan", 1)],
    "id_doc": [("station", 5), ("hospital", 4), ("bushub", 2), ("dorm", 2), ("school1", 1), ("market", 1), ("wanjia", 1),
               ("yingbin", 1), ("taxi", 1)],
    "wallet": [("station", 3), ("hospital", 3), ("market", 3), ("wanjia", 3), ("bushub", 2), ("taxi", 2), ("park", 1),
               ("zhenxing", 1), ("guhe", 1), ("lanwan", 1)],
    "keys": [("park", 3), ("lanwan", 3), ("school2", 2), ("wanjia", 2), ("market", 2), ("bushub", 1), ("binhe", 1),
             ("jingu", 1), ("guhe", 1), ("hospital", 1)],
    "ebike": [("lanwan", 3), ("jingu", 3), ("market", 2), ("hospital", 2), ("wanjia", 2), ("dorm", 2), ("school1", 1),
              ("binhe", 1), ("station", 1)],
    "bicycle": [("school1", 4), ("school2", 1), ("lanwan", 2), ("park", 2), ("wanjia", 1), ("bushub", 1), ("binhe", 1)],
    "bag": [("station", 5), ("bushub", 3), ("hospital", 2), ("market", 3), ("taxi", 2), ("school1", 1), ("wanjia", 1),
            ("park", 1)],
    "cash": [("market", 4), ("hospital", 3), ("dorm", 2), ("zhenxing", 2), ("wanjia", 1), ("station", 1), ("jingu", 1)],
    "jewelry": [("hospital", 4), ("park", 2), ("station", 2), ("wanjia", 2), ("lanwan", 1), ("market", 1), ("jingu", 1)],
    "electronics": [("station", 3), ("park", 2), ("bushub", 2), ("wanjia", 2), ("taxi", 1), ("hospital", 1), ("school1", 1)],
    "other": [("park", 3), ("hospital", 2), ("wanjia", 1), ("station", 1), ("bushub", 1)],
}
PLACE_ROLES = {
    "hub": [("commuter", 5), ("worker", 2), ("vendor", 1), ("elder", 1), ("family", 1), ("student", 1)],
    "hospital": [("family", 4), ("elder", 3), ("staff", 1), ("parent", 2)],
    "market": [("vendor", 5), ("resident", 2), ("rider", 1)],
    "dorm": [("worker", 1)],
    "park": [("angler", 3), ("elder", 2), ("parent", 2), ("resident", 2)],
    "school": [("student", 3), ("parent", 3), ("staff", 1)],
    "mall": [("resident", 3), ("rider", 3), ("parent", 2), ("student", 1)],
    "home": [("resident", 4), ("elder", 2), ("rider", 1), ("worker", 1)],
    "road": [("rider", 3), ("resident", 2), ("commuter", 2), ("worker", 1)],
    "taxi": [("commuter", 3), ("family", 1), ("vendor", 1)],
    "far": [("resident", 3), ("commuter", 2), ("vendor", 1), ("rider", 1), ("worker", 1)],
}


def draw_sub(cat, c):
    if c.get("sub"):
        for row in SUBS[cat]:
            if row[0] == c["sub"]:
                return row
    return wch([(row, row[1]) for row in SUBS[cat]])


def draw_place(cat, row):
    if row[2]:
        return ch(row[2])
    return wch(CAT_PLACES[cat])


def place_kind(pk):
    return "taxi" if pk == "taxi" else PL[pk]["kind"]


def make_object(cat, c=None, pk=None):
    c = c or {}
    row = draw_sub(cat, c)
    if pk is None:
        pk = draw_place(cat, row)
    role = row[3] or wch(PLACE_ROLES[place_kind(pk)])
    if role == "student" and row[3] is None and cat in ("ebike", "cash", "wallet", "keys", "jewelry", "bag"):
        role = "resident"
    who = person(role)
    o = MAKERS[cat](row[0], who, pk, c)
    o["place"] = pk
    return o


# ----------------------------------------------------------------------------- time
def at(mins):
    return NOW - timedelta(minutes=mins)


def mins_of(d):
    return int((NOW - d).total_seconds() // 60)


def day_word(d, role):
    k = (NOW.date() - d.date()).days
    if role == "o" and k <= 2 and p(0.7):
        return ["今天", "昨天", "前天"][k]
    return wch([("%d月%d日" % (d.month, d.day), 45), ("%d号" % d.day, 25 if role == "o" else 10),
                ("%d月%d号" % (d.month, d.day), 20), ("%d.%d" % (d.month, d.day), 10)])


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
    return "晚上"


def clock_word(d):
    h = d.hour
    hh = h if h <= 12 else h - 12
    if p(0.3):
        return "%d:%02d" % (h, d.minute // 5 * 5)
    tail = "半" if 25 <= d.minute < 45 and p(0.6) else ("多" if d.minute >= 10 and p(0.5) else "")
    return part_word(h) + "%d点" % hh + tail


def hm_word(d, prev=None):
    h = d.hour
    hh = h if h <= 12 else h - 12
    if prev is not None and part_word(prev.hour) == part_word(h):
        return "%d点" % hh
    return part_word(h) + "%d点" % hh


def owner_when(lf, lt):
    a, b = at(lf), at(lt)
    span = lf - lt
    mid = at((lf + lt) // 2)
    if span <= 150:
        cw = clock_word(mid)
        return wch([(jd(day_word(mid, "o"), cw) + ("" if cw.endswith(("多", "半")) else ch(["左右", "", "的时候"])), 55),
                    (day_word(a, "o") + hm_word(a) + "到" + hm_word(b, a) + "之间", 25),
                    (day_word(mid, "o") + part_word(mid.hour), 20)])
    if a.date() == b.date():
        return wch([(day_word(a, "o") + part_word(a.hour) + "到" + part_word(b.hour), 40) if part_word(a.hour) != part_word(
            b.hour) else (day_word(a, "o") + part_word(a.hour), 40),
                    (day_word(a, "o") + hm_word(a) + "到" + hm_word(b, a) + "之间", 40), (day_word(a, "o"), 20)])
    if span > 2000 and p(0.3):
        return ch(["这两天", "这几天", "最近两三天"])
    return day_word(a, "o") + part_word(a.hour) + "到" + day_word(b, "o") + part_word(b.hour) + ch(["之间", "", "这段时间"])


def jd(a, b):
    """Join a day word and a clock word, with a space where two numbers would run together."""
    return a + (" " if a[-1:].isdigit() and b[:1].isdigit() else "") + b


def finder_when(fm):
    d = at(fm)
    cw = clock_word(d)
    return wch([("%d月%d日%d时%02d分" % (d.month, d.day, d.hour, d.minute), 40),
                (jd(day_word(d, "f"), cw) + ("" if cw.endswith(("多", "半")) else ch(["左右", ""])), 35),
                ("%d日%d:%02d" % (d.day, d.hour, d.minute), 15), (day_word(d, "f"), 10)])


def draw_loss_time(pk):
    if p(0.04):
        days = rint(17, 55)
    else:
        days = wch([(0, 9), (1, 14), (2, 12), (3, 10), (4, 8), (5, 7), (6, 6), (7, 5)] + [(d, 3) for d in range(8, 17)])
    kind = place_kind(pk)
    if kind == "park":
        hr = wch([(h, w) for h, w in zip(range(6, 19), [3, 4, 4, 4, 3, 2, 2, 3, 4, 4, 3, 2, 1])])
    elif kind == "school":
        hr = ch([7, 7, 8, 11, 12, 16, 17, 17])
    elif kind == "dorm":
        hr = ch([6, 7, 12, 12, 18, 19, 20, 21])
    else:
        hr = wch([(h, w) for h, w in zip(range(6, 23), [1, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 2, 1])])
    d = datetime(NOW.year, NOW.month, NOW.day, hr, rint(0, 59)) - timedelta(days=days)
    while mins_of(d) < 40:
        d -= timedelta(days=1)
    return mins_of(d)


def owner_window(t, cat):
    if cat in ("ebike", "bicycle"):
        before, after = rint(40, 900), rint(0, 600)
    else:
        mode = wch([("narrow", 45), ("mid", 35), ("wide", 20)])
        if mode == "narrow":
            before, after = rint(5, 60), rint(5, 90)
        elif mode == "mid":
            before, after = rint(60, 360), rint(30, 480)
        else:
            before, after = rint(600, 4320), rint(120, 2880)
    lf = min(t + before, MAXMIN)
    a = at(lf)
    if a.hour < 5:          # nobody's window opens in the small hours unless it spans days
        nl = mins_of(a.replace(hour=6, minute=0))
        if nl >= t:
            lf = nl
    lt = max(0, t - after)
    return lf, lt


def daylight(fm, must_be_below=None):
    """Move a pick-up time in the small hours to the next morning (still before the present)."""
    d = at(fm)
    if d.hour < 6:
        nd = d.replace(hour=rint(6, 8), minute=rint(0, 59))
        nm = mins_of(nd)
        if nm >= 0 and (must_be_below is None or nm > must_be_below):
            return nm
    return fm


def found_delay(cat, t):
    if cat in ("ebike", "bicycle"):
        d = wch([(rint(60, 720), 30), (rint(720, 4320), 45), (rint(4320, 12000), 25)])
    else:
        d = wch([(rint(3, 90), 45), (rint(90, 720), 30), (rint(720, 4320), 18), (rint(4320, 14400), 7)])
    return max(0, min(d, t - 1))


# ----------------------------------------------------------------------------- addresses
def spot_of(pk):
    return ch(PL[pk]["spots"])


def addr_text(pk, spot, role):
    nm = place_name(pk, role)
    if PL[pk]["kind"] == "road":
        s = nm + spot[0]
    elif p(0.8 if role == "f" else 0.7):
        s = nm + ch(["", "", " "]) + spot[0]
    else:
        s = nm + (ch(["附近", "那边", ""]) if role == "o" else "")
    return s[:60]


def ll_of(spot):
    return round(spot[1] + R.uniform(-0.00025, 0.00025), 6), round(spot[2] + R.uniform(-0.00025, 0.00025), 6)


# ----------------------------------------------------------------------------- typos and voices
TYPOS = [("候车厅", "侯车厅"), ("捡到", "检到"), ("联系", "连系"), ("身份证", "身分证"), ("钥匙", "钥是"),
         ("已经", "以经"), ("华为", "华伟"), ("苹果", "平果"), ("小米", "小咪"), ("项链", "项连"), ("充电宝", "充电包"),
         ("在", "再"), ("钱包", "钱保"), ("手镯", "手卓"), ("自行车", "自形车"), ("电动车", "电动测"), ("耳机", "耳鸡"),
         ("谢谢", "谢射"), ("门诊", "门珍"), ("丢了", "丢le"), ("麻烦", "麻凡")]


def typo(s):
    hits = [t for t in TYPOS if t[0] in s]
    if not hits:
        return s
    a, b = ch(hits)
    i = s.find(a)
    return s[:i] + b + s[i + len(a):]


def pick_facets(o, role, pmax=0.65):
    want = ("both", "owner") if role == "o" else ("both", "finder")
    out = []
    for f in o["facets"]:
        txt = f[role]
        if f["who"] in want and txt and p(pmax if f["who"] == "both" else pmax * 0.8):
            out.append(f)
    if not out:
        cand = [f for f in o["facets"] if f["who"] in want and f[role]]
        if cand:
            out.append(ch(cand))
    return out


def desc(o, role, with_color, with_brand, with_model):
    noun = ch(o["noun_o"] if role == "o" else o["noun_f"])
    col = ""
    if with_color and o["color"]:
        if role == "o":
            col = ch(o["color_o_extra"]) if o["color_o_extra"] and p(0.4) else col_o(o["color"])
        else:
            col = col_f(o["color_f_alt"] or o["color"], o["near_f"])
        if role == "o" and not col.endswith("的"):
            col += ch(["", "的"])
    br = ""
    if with_brand and o["brand"]:
        br = brand_o(o["brand"], o["cat"]) if role == "o" else brand_f(o["brand"], o["cat"])
    md = o["model"] if with_model and o["model"] else ""
    br = br.replace("（", " ").replace("）", "")
    if br and md:
        br += " " if (br[-1].isascii() or md[0].isascii()) and p(0.85) else ""
    if o["cat"] == "cash":
        return noun
    if not o.get("desc_color", True) or (o["color"] == "gold" and "金" in noun):
        col = ""
    form = ch([1, 2, 3]) if role == "o" else ch([1, 1, 2])
    if form == 1:
        s = col + br + (md + ch([" ", ""]) if md else "") + noun
    elif form == 2:
        s = col + noun + ("（%s）" % (br + " " + md).strip() if br or md else "")
    else:
        s = (br + md + ch(["", "的"]) if br or md else "") + col + noun
    return s.replace("  ", " ")


CLOSE_O = ["请捡到的好心人联系我，必有重谢。", "对我很重要。", "谢谢！", "麻烦帮忙留意一下。", "急！", "", "", "",
           "有消息请打电话。", "拜托了。"]
CONTEXT_O = {
    "hub": ["当时赶车人很多，可能是安检的时候落在筐里了。", "上车前还在，下车就没了。", "候车的时候一直在看手机，没注意。"],
    "hospital": ["当时忙着给孩子挂号，没顾上。", "做检查的时候摘下来放一边了，出来就忘了。", "陪床几天没睡好，记不清放哪了。"],
    "market": ["档口人多手杂。", "搬货的时候可能掉车上了。", "问了好几家档口都说没看见。"],
    "dorm": ["宿舍人多，也可能是别人拿错了。", "问了工友都说没看见。"],
    "park": ["可能是掏东西的时候带出来的。", "回去找了一圈没找着。", "河边风大，也可能掉草里了。"],
    "school": ["放学的时候门口人多。", "问了老师，说没看见。"],
    "mall": ["问了服务台，说还没人交。", "结账的时候可能落在台子上了。"],
    "home": ["物业说监控坏了。", "问了物业，没人交。"],
    "road": ["骑车颠出去的，没注意。", "回头找了一趟没找着。"],
    "taxi": ["没要发票，不知道车牌。", "打车软件上联系司机没回。"],
}
CLOSE_IN = ["里面东西对我很重要。", "钱不要了，里面的证件和卡请还给我。"]
REL = ["我爸", "我妈", "我老伴", "我爱人", "我婆婆", "我公公"]


def owner_body(o, sc, fs, parts):
    who = o["owner"]
    role = who["role"]
    when = parts["when"]
    where = parts["where"]
    d = parts["desc"]
    act = ch(PL[o["place"]]["acts"]) if o["place"] != "taxi" else "打车"
    fx = "，".join(f["o"] for f in fs)
    close = ch(CLOSE_O)
    if o["cat"] in ("wallet", "bag") and p(0.3):
        close = CLOSE_IN[0] if o["cat"] == "bag" else ch(CLOSE_IN)
    if sc["hurried"]:
        s = ch(["%s丢了%s %s" % (parts["short_where"], d, ch(["急", "急！！", "", "谢谢"])),
                "%s %s丢了%s" % (when, parts["short_where"], d),
                "丢%s，%s，%s" % (d, parts["short_where"], fx.split("，")[0] if fx else "")])
        return s.strip("， ")
    voice = sc["voice"]
    if voice == "parent":
        s = ch(["孩子%s在%s把%s弄丢了。" % (when, where, d), "我家孩子%s在%s丢了%s。" % (when, where, d),
                "%s放学的时候孩子把%s丢在%s了。" % (when, d, where)])
    elif voice == "child":
        s = ch(["%s%s在%s%s的时候丢了%s，老人记不清在哪丢的。" % (ch(REL), when, where, act, d),
                "替%s登记：%s在%s丢了%s。" % (ch(REL), when, where, d)])
    elif role == "worker":
        s = ch(["俺%s在%s%s，%s找不着了。" % (when, where, act, d), "%s在%s丢了%s。" % (when, where, d),
                "我是工地上干活的，%s在%s%s的时候把%s丢了。" % (when, where, act, d)])
    elif role == "rider":
        s = ch(["送单路过%s的时候掉了%s，%s。" % (where, d, when), "%s在%s等单，%s丢了。" % (when, where, d),
                "%s %s 丢%s" % (when, where, d)])
    elif role == "elder":
        s = ch(["我岁数大了记性不好，%s去%s%s，回家发现%s没了。" % (when, where, act, d),
                "%s在%s%s，%s丢了。" % (when, where, act, d)])
    elif role == "vendor":
        s = ch(["我是服装城做买卖的，%s在%s把%s弄丢了。" % (when, where, d), "%s%s的时候在%s丢了%s。" % (when, act, where, d)])
    else:
        s = ch(["%s在%s%s，把%s弄丢了。" % (when, where, act, d), "本人于%s在%s遗失%s。" % (when, where, d),
                "%s在%s丢了%s。" % (when, where, d), "我的%s丢了，%s在%s发现不见的。" % (d, when, where),
                "%s，%s丢在%s了。" % (d, when, where)])
    if fx:
        s += fx + "。"
    if p(0.25):
        s += ch(CONTEXT_O[place_kind(o["place"])])
    return (s + close)[:600]


def finder_body(o, sc, fs, parts):
    fnd = sc["finder"]
    when, where, d = parts["when"], parts["where"], parts["desc"]
    fx = "，".join(f["f"] for f in fs)
    desk = ch(o["desk"])
    qty = o["qty"]
    if sc["hurried"]:
        return ch(["%s捡到%s" % (parts["short_where"], d), "%s %s %s" % (d, parts["short_where"], fx.split("，")[0]),
                   "%s交来%s%s" % (fnd, qty, d)]).strip()
    pick = ch(["在地上捡到", "捡到", "发现", "拾得"] + (["在座椅上发现"] if parts.get("seats") else []))
    if sc.get("taxi"):
        s = ch(["出租车司机送来%s%s，称%s有乘客遗落在车后座，%s。" % (qty, d, when, where),
                "网约车司机%s在车内发现%s%s，%s。" % (when, qty, d, where)])
    else:
        s = ch(["%s于%s在%s拾得%s%s。" % (fnd, when, where, qty, d),
                "%s，%s在%s%s%s%s，送至我所。" % (when, fnd, where, pick, qty, d),
                "%s送来%s%s，称%s在%s%s。" % (fnd, qty, d, when, where, pick),
                "拾得物：%s%s；地点：%s；时间：%s。" % (qty, d, where, when)])
    if fx:
        s += fx + "。"
    s += desk
    return s[:600]


def short_where(pk, role):
    if pk == "taxi":
        return "出租车上"
    return ch(PL[pk]["loc"]) if role == "o" else place_name(pk, "f")


def fill_common(rec, o, role, fs_all, full):
    """Fields other than body; returns the facets that went to marks."""
    cat = o["cat"]
    if role == "o":
        pc, pb, pm, ps, pk_ = (0.62, 0.6, o["model_o"], 0.5, 0.45) if full else (0.25, 0.2, 0.1, 0.15, 0.1)
    else:
        pc, pb, pm, ps, pk_ = (0.75, 0.6, o["model_f"], 0.58, 0.55) if full else (0.35, 0.25, 0.05, 0.2, 0.15)
    if o["color"] and p(pc):
        if role == "o":
            rec["color"] = ch(o["color_o_extra"]) if o["color_o_extra"] and p(0.35) else col_o(o["color"])
        else:
            rec["color"] = col_f(o["color_f_alt"] or o["color"], o["near_f"])
    knows_b = o["brand_o"] if role == "o" else o["brand_f"]
    if o["brand"] and knows_b and p(pb):
        rec["brand"] = brand_o(o["brand"], cat) if role == "o" else brand_f(o["brand"], cat)
    if o["model"] and p(pm):
        m = o["model"]
        if role == "o" and p(0.2) and " " in m:
            w = m.split(" ")
            m = " ".join(w[:2]) if w[0] in ("iPhone", "Galaxy", "Xiaomi", "Watch") else w[0] + ch(["", "系列"])
        if role == "o" and p(0.1):
            m = m.lower()
        rec["model"] = m
    known = [s for s in o["serials"] if s["o" if role == "o" else "f"]]
    if known and p(ps):
        s = ch(known)
        rec["serial"] = render_serial(s, role)[:60]
    marks = [f for f in fs_all if f["mark"]]
    if marks and p(pk_):
        ms = sample(marks, rint(1, len(marks)))
        rec["marks"] = ch(["；", "，", "、"]).join(f[role] for f in ms)[:500]
        return ms
    return []


def serial_in_body(o, role, rec):
    known = [s for s in o["serials"] if s["o" if role == "o" else "f"]]
    if not known or p(0.45):
        return ""
    s = ch(known)
    txt = render_serial(s, role)
    if "serial" in rec and rec["serial"] == txt:
        return ""
    k = s["kind"]
    lab = ""
    if k == "imei" and not txt.upper().startswith(("IMEI", "串号")):
        lab = ch(["IMEI ", "串号", "IMEI:"])
    elif k == "id" and not txt.startswith(("身份", "证件", "尾号")):
        lab = ch(["身份证号", "证件号", "号码"])
    elif k == "tail" and txt[:1].isdigit() and "*" not in txt:
        lab = ch(["卡号尾号", "卡尾号"])
    elif k == "frame" and not txt.startswith(("车架", "钢印")):
        lab = ch(["车架号", "车架号："])
    elif k == "plate" and not txt.startswith("车牌"):
        lab = ch(["车牌", "牌照", "车牌号"])
    elif k in ("plain", "sn") and s.get("labels") and not any(txt.startswith(x.strip()) for x in s["labels"]):
        lab = s["labels"][0]
    return lab + txt


def write_lost(o, sc):
    rec = {"category": o["cat"]}
    full = not sc["hurried"]
    fs = pick_facets(o, "o", 0.6 if full else 0.3)
    ms = fill_common(rec, o, "o", fs, full)
    in_desc = (p(0.75), o["brand_o"] and p(0.55), p(0.3))
    parts = {"when": owner_when(sc["lf"], sc["lt"]), "desc": desc(o, "o", *in_desc),
             "where": sc["o_where"], "short_where": short_where(o["place"], "o")}
    body_fs = [f for f in fs if f not in ms or p(0.35)]
    sb = serial_in_body(o, "o", rec) if full else ""
    if sb:
        body_fs = body_fs + [fac("owner", sb)]
    body = owner_body(o, sc, body_fs, parts)
    if sc["voice"] != "parent":
        body = body.replace("孩子叫", "名字叫").replace("孩子上学骑的", "平时上学骑的")
    if p(0.13 if full else 0.3):
        body = typo(body)
    rec["body"] = body
    if sc["o_addr"]:
        rec["address"] = sc["o_addr"]
        if sc["o_ll"]:
            rec["lat"], rec["lon"] = sc["o_ll"]
    rec["lost_from_min"], rec["lost_to_min"] = sc["lf"], sc["lt"]
    return rec


def write_found(o, sc, cat=None):
    rec = {"category": cat or o["cat"]}
    full = not sc["hurried"]
    fs = pick_facets(o, "f", 0.75 if full else 0.3)
    ms = fill_common(rec, o, "f", fs, full)
    in_desc = (p(0.8), o["brand_f"] and p(0.55), p(0.2) and p(o["model_f"] * 3))
    parts = {"when": finder_when(sc["fm"]), "desc": desc(o, "f", *in_desc), "where": sc["f_where"],
             "short_where": sc["f_short"], "seats": sc.get("seats")}
    body_fs = [f for f in fs if f not in ms or p(0.4)]
    sb = serial_in_body(o, "f", rec) if full else ""
    if sb:
        body_fs = body_fs + [fac("finder", "", sb)]
    body = finder_body(o, sc, body_fs, parts)
    if p(0.05 if full else 0.2):
        body = typo(body)
    rec["body"] = body
    if sc["f_addr"]:
        rec["address"] = sc["f_addr"]
        if sc["f_ll"]:
            rec["lat"], rec["lon"] = sc["f_ll"]
    rec["found_at_min"] = sc["fm"]
    return rec


# ----------------------------------------------------------------------------- scenes
def owner_scene(o):
    pk = o["place"]
    t = draw_loss_time(pk)
    lf, lt = owner_window(t, o["cat"])
    who = o["owner"]
    sc = {"t": t, "lf": lf, "lt": lt, "hurried": p(0.1)}
    if who["age"] <= 12:
        sc["voice"] = "parent"
    elif who["age"] <= 18 and p(0.5):
        sc["voice"] = "parent"
    elif who["role"] == "elder" and p(0.3):
        sc["voice"] = "child"
    else:
        sc["voice"] = "self"
    if pk == "taxi":
        a, b = sample(TAXI_ENDS, 2)
        sc["taxi"] = (a, b)
        sc["o_where"] = "出租车上（从%s打车到%s）" % (ch(PL[a]["loc"]), ch(PL[b]["loc"])) if p(0.7) else "网约车上"
        sc["o_addr"] = ("出租车上 %s→%s" % (ch(PL[a]["loc"]), ch(PL[b]["loc"]))) if p(0.6) else None
        sc["o_ll"] = None
        sc["spot"] = None
        return sc
    spot = spot_of(pk)
    sc["spot"] = spot
    if p(0.12):      # the owner is not sure where
        other = ch(PL[pk]["near"]) if PL[pk]["near"] else ch(CITY)
        sc["o_where"] = "%s或者%s" % (ch(PL[pk]["loc"]), ch(PL[other]["loc"]))
        sc["o_addr"] = ch(PL[pk]["loc"]) if p(0.5) else None
        sc["o_ll"] = None
        return sc
    sc["o_where"] = addr_text(pk, spot, "o")
    sc["o_addr"] = addr_text(pk, spot, "o") if p(0.85) else None
    sc["o_ll"] = ll_of(spot) if sc["o_addr"] and p(0.55) else None
    return sc


def finder_scene(o, pk, spot, fm, taxi=None):
    sc = {"fm": fm, "hurried": p(0.07)}
    if taxi:
        a, b = taxi
        sc["taxi"] = True
        sc["finder"] = "出租车司机"
        sc["f_where"] = ch(["乘客在%s上车、%s下车" % (place_name(a, "f"), place_name(b, "f")),
                            "乘客约在%s附近下车" % place_name(b, "f")])
        sc["f_short"] = "出租车内"
        sc["f_addr"] = ("出租车内（%s下车）" % place_name(b, "f"))[:60] if p(0.6) else None
        sc["f_ll"] = ll_of(spot_of(b)) if sc["f_addr"] and p(0.4) else None
        return sc
    sc["finder"] = ch(PL[pk]["finders"])
    sc["seats"] = PL[pk]["kind"] in ("hub", "hospital")
    sc["f_where"] = addr_text(pk, spot, "f")
    sc["f_short"] = place_name(pk, "f")
    sc["f_addr"] = addr_text(pk, spot, "f") if p(0.92) else None
    sc["f_ll"] = ll_of(spot) if sc["f_addr"] and p(0.72) else None
    return sc


def found_place_for(o, sc):
    """Where the true item is picked up, relative to where it was lost."""
    pk = o["place"]
    if pk == "taxi":
        return None, None, sc["taxi"]
    cat = o["cat"]
    if cat in ("ebike", "bicycle"):
        mode = wch([("same", 25), ("other_spot", 20), ("near", 20), ("moved", 35)])
    else:
        mode = wch([("same", 38), ("other_spot", 30), ("near", 22), ("moved", 10)])
    if mode == "same":
        return pk, sc["spot"], None
    if mode == "other_spot":
        return pk, spot_of(pk), None
    if mode == "near" and PL[pk]["near"]:
        q = ch(PL[pk]["near"])
        return q, spot_of(q), None
    q = ch([k for k in CITY if k != pk])
    return q, spot_of(q), None


# ----------------------------------------------------------------------------- build
LOST, FOUND = [], []     # internal records: dict(rec=..., ...)


def add_lost(o, sc, truth_idx):
    LOST.append({"rec": write_lost(o, sc), "truth": truth_idx, "obj": o, "sc": sc})
    return len(LOST) - 1


def add_found(o, sc, negative=None, cat=None):
    FOUND.append({"rec": write_found(o, sc, cat), "negative": negative, "obj": o})
    return len(FOUND) - 1


pairs = []
for cat in N_TRUE:
    for _ in range(N_TRUE[cat]):
        o = make_object(cat)
        sc = owner_scene(o)
        pairs.append((o, sc))
# choose the few pairs the two people file under different categories
cross = []
seen_alt = []
for i, (o, sc) in enumerate(pairs):
    if o["alt_cat"] and o["sub"] not in seen_alt and len(cross) < N_CROSS:
        cross.append(i)
        seen_alt.append(o["sub"])
for i, (o, sc) in enumerate(pairs):
    fm = daylight(sc["t"] - found_delay(o["cat"], sc["t"]))
    fpk, fspot, taxi = found_place_for(o, sc)
    fsc = finder_scene(o, fpk, fspot, fm, taxi)
    fi = add_found(o, fsc, cat=o["alt_cat"] if i in cross else None)
    li = add_lost(o, sc, fi)
never = []
for cat in N_NEVER:
    for _ in range(N_NEVER[cat]):
        o = make_object(cat)
        sc = owner_scene(o)
        never.append(add_lost(o, sc, None))


def near_place(pk):
    if pk == "taxi":
        return ch(TAXI_ENDS)
    if p(0.55):
        return pk
    return ch(PL[pk]["near"]) if PL[pk]["near"] else pk


def decoy(li, kind):
    L = LOST[li]
    t, sc = L["obj"], L["sc"]
    cat = t["cat"]
    c = {"sub": t["sub"]}
    if kind == "same_cat_color_other_object":
        if t["color"]:
            c["color"] = t["color"]
        if t["brand"] and p(0.35):
            c["brand"] = t["brand"]
        elif t["brand"]:
            c["avoid_brand"] = t["brand"]
        pk = near_place(t["place"])
        fm = sc["lf"] - rint(10, max(11, min(sc["lf"] - 1, 2880)))
        fm = max(0, fm)
    elif kind == "found_before_loss":
        if t["color"]:
            c["color"] = t["color"]
        if t["brand"] and p(0.6):
            c["brand"] = t["brand"]
        pk = near_place(t["place"])
        fm = min(MAXMIN, sc["lf"] + rint(90, 5000))
    else:
        c["brand"] = t["brand"]
        if t["color"] and p(0.4):
            c["color"] = t["color"]
        pk = ch(FAR) if p(0.75) else ch([k for k in CITY if k not in (t["place"],) and
                                         (t["place"] == "taxi" or k not in PL[t["place"]]["near"])])
        if sc["lt"] > 5760 and p(0.6):
            fm = sc["lt"] - rint(4320, sc["lt"] - 60)
        else:
            fm = min(MAXMIN, sc["lf"] + rint(7200, 36000))
    o = make_object(cat, c, pk if pk != "taxi" else None)
    if o["place"] == "taxi":
        o["place"] = ch(TAXI_ENDS)
    fm = daylight(fm, sc["lf"] if kind == "found_before_loss" else None)
    fsc = finder_scene(o, o["place"], spot_of(o["place"]), fm)
    add_found(o, fsc, negative=kind)


true_lost = [i for i in range(len(LOST)) if LOST[i]["truth"] is not None]
for kind, (n_never, n_true) in N_NEG.items():
    pool_n, pool_t = never, true_lost
    if kind == "same_brand_other_place_time":
        pool_n = [i for i in never if LOST[i]["obj"]["brand"]]
        pool_t = [i for i in true_lost if LOST[i]["obj"]["brand"]]
    for li in sample(pool_n, n_never) + sample(pool_t, n_true):
        decoy(li, kind)

for _ in range(N_ORDINARY):
    cat = wch([(k, N_TRUE[k]) for k in N_TRUE])
    o = make_object(cat)
    if o["place"] == "taxi":
        o["place"] = ch(TAXI_ENDS)
    fm = draw_loss_time(o["place"]) - rint(0, 600)
    fm = daylight(max(0, fm))
    fsc = finder_scene(o, o["place"], spot_of(o["place"]), fm)
    add_found(o, fsc, negative="ordinary_other_item")

# shuffle and key
lo = list(range(len(LOST)))
fo = list(range(len(FOUND)))
R.shuffle(lo)
R.shuffle(fo)
fkey = {}
found_out = []
for n, fi in enumerate(fo, 1):
    k = "%s-F%04d" % (PFX, n)
    fkey[fi] = k
    rec = {"key": k}
    rec.update(FOUND[fi]["rec"])
    if FOUND[fi]["negative"]:
        rec["negative"] = FOUND[fi]["negative"]
    found_out.append(rec)
lost_out = []
for n, li in enumerate(lo, 1):
    rec = {"key": "%s-L%04d" % (PFX, n)}
    rec.update(LOST[li]["rec"])
    t = LOST[li]["truth"]
    rec["truth"] = fkey[t] if t is not None else None
    lost_out.append(rec)

ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
         "lost_from_min", "lost_to_min", "found_at_min", "truth", "negative"]


def ordered(r):
    return {k: r[k] for k in ORDER if k in r}


out = {"seed": SEED, "made_by": "tests/lostfound/make_set%d.py" % NN,
       "parts": {"set%d" % NN: {"found": [ordered(r) for r in found_out], "lost": [ordered(r) for r in lost_out]}}}
with open(os.path.join(HERE, "set%d.json" % NN), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("set%d.json: %d found (%d negatives), %d lost (%d with a true item)" % (
    NN, len(found_out), sum(1 for r in found_out if "negative" in r), len(lost_out),
    sum(1 for r in lost_out if r["truth"])))
