#!/usr/bin/env python3
"""Write tests/lostfound/set12.json: a blind, labelled lost-and-found judge set.

World: a megacity CBD around a three-line metro interchange (about 31.230 N 121.470 E,
some 5 km across): office towers with lobby security and property management, co-working
floors, gyms, coffee shops, parcel lockers, a park and an exhibition centre.

Each object is a small hidden record (category, kind, brand, model, colour, serial, marks).
The owner and the finder then each write about it in their own voice, choosing what they
know and what they notice: the owner knows brand, model, contents and half a serial; the
finder sees the outside and writes what is printed on it.  Hard negatives share category,
colour and brand with a real report but disagree on a fact that report states, or were found
before the loss began.  Everything is invented; nothing comes from real people.

python3 standard library only; deterministic (fixed seed).  See SET12.md.
"""
import json
import os
import random
import re

SEED = 20261202
N_TRUE = 150
N_NULL = 60
DAY = 24 * 60
MAX_MIN = 89 * DAY
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set12.json")

rng = random.Random(SEED)
R = rng


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- people, numbers
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲萍鹏飞宇浩然子涵思琪欣怡梓轩一诺雨桐俊熙晨阳佳怡嘉豪婉清博文若曦亦凡书瑶景行慕白"
FOREIGN_FIRST = ["Lukas", "Marie", "Tomas", "Sofia", "Kenji", "Yuna", "Pierre", "Elena", "Dawid", "Minjun", "Aiko", "Mateo", "Ingrid", "Rahul", "Nadia"]
FOREIGN_LAST = ["Brenner", "Moreau", "Takeda", "Seo", "Rinaldi", "Novakova", "Lindqvist", "Ferreira", "Okafor", "Varga", "Haddad", "Kowal"]
used_names = set()


def cn_name():
    while True:
        n = pick(SURNAMES) + "".join(R.sample(GIVEN, R.choice([1, 2])))
        if n not in used_names:
            used_names.add(n)
            return n


def foreign_name():
    while True:
        n = pick(FOREIGN_FIRST) + " " + pick(FOREIGN_LAST)
        if n not in used_names:
            used_names.add(n)
            return n


def gb11643(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return "10X98765432"[s % 11]


def id_number():
    region = pick(["310101", "310104", "310106", "310115", "320102", "330106", "340104", "410105", "510107", "420106"])
    y = R.randint(1962, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (region, y, m, d, R.randint(1, 999))
    return body + gb11643(body)


def luhn_complete(prefix):
    digits = [int(c) for c in prefix]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return prefix + str((10 - total % 10) % 10)


def imei():
    return luhn_complete(pick(["86", "35", "86", "35"]) + "".join(str(R.randint(0, 9)) for _ in range(12)))


def bank_card():
    pre = pick(["622202", "622848", "621700", "622588", "621483", "623052"])
    return luhn_complete(pre + "".join(str(R.randint(0, 9)) for _ in range(12)))


def alnum(n, letters="ABCDEFGHJKLMNPQRSTUVWXYZ", digits="0123456789"):
    pool = letters + digits
    return "".join(R.choice(pool) for _ in range(n))


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def spaced(s, group=4, sep=" "):
    return sep.join(s[i:i + group] for i in range(0, len(s), group))


DAXIE = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """Amount in capital numerals, as a cashier writes it (n < 100000)."""
    units = [(10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out = ""
    zero = False
    for u, name in units:
        q = n // u
        n %= u
        if q:
            if zero and out:
                out += "零"
            out += DAXIE[q] + name
            zero = False
        else:
            zero = True
    return out + "元整"


TRAD = str.maketrans("钱机证钥丢车门电脑书蓝红银号线铁楼层现币这个们为华苹绿黄色边里面见了场", "錢機證鑰丟車門電腦書藍紅銀號線鐵樓層現幣這個們為華蘋綠黃色邊裡面見了場")


def traditional(s):
    return s.translate(TRAD)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


HOMO = [("充电器", "冲电器"), ("身份证", "身分证"), ("钥匙", "要是"), ("昨天", "作天"), ("已经", "以经"),
        ("捡到", "拣到"), ("在", "再"), ("耳机", "耳几"), ("钱包", "前包"), ("电脑", "电恼"),
        ("那个", "拿个"), ("门禁卡", "门今卡"), ("黑色", "黑涩"), ("帮忙", "帮亡")]


def homophone_typos(s):
    cands = [p for p in HOMO if p[0] in s]
    R.shuffle(cands)
    for a, b in cands[:R.choice([1, 1, 2])]:
        s = s.replace(a, b, 1)
    return s


# ---------------------------------------------------------------- places
# (id, lat, lon, owner words, finder words)
PLACES = [
    ("metro_pm", 31.2316, 121.4727, ["人民广场站", "人广地铁站", "人民广场地铁站换乘的地方", "人广站8号线换2号线的通道"],
     ["人民广场站站厅", "人民广场站2号线站台", "人民广场站换乘通道", "人民广场站8号口附近"]),
    ("metro_l2", 31.2316, 121.4727, ["2号线往浦东机场方向的车厢里", "地铁2号线上，人广上的车", "二号线列车上"],
     ["2号线列车车厢内（人民广场站清客时）", "2号线人民广场站下行站台座椅", "2号线列车第5节车厢"]),
    ("metro_l1", 31.2322, 121.4735, ["1号线往莘庄方向车厢", "一号线上", "1号线人民广场站台"],
     ["1号线列车终点清客", "1号线人民广场站上行站台", "1号线车厢内座位上"]),
    ("metro_l8", 31.2309, 121.4741, ["8号线上", "8号线往沈杜公路方向", "八号线人民广场站"],
     ["8号线人民广场站站台", "8号线列车车厢地板上", "8号线站厅闸机旁"]),
    ("hj_a", 31.2285, 121.4762, ["汇金中心A座", "汇金A座3楼会议室", "汇金中心A座大堂", "公司楼下大堂（汇金A座）"],
     ["汇金中心A座一楼大堂前台", "汇金中心A座3F会议室3-02", "汇金中心A座电梯厅", "汇金A座大堂安检处"]),
    ("hj_b1", 31.2283, 121.4766, ["汇金B1的燃动健身", "楼下健身房（燃动）", "燃动健身更衣室"],
     ["燃动健身（汇金中心B1）更衣区", "汇金中心B1健身房储物柜区域", "燃动健身前台"]),
    ("dfgm", 31.2342, 121.4795, ["东方国贸大厦", "国贸大厦12楼茶水间", "东方国贸那栋楼"],
     ["东方国贸大厦12F茶水间", "东方国贸大厦北门岗亭", "东方国贸大厦1F大堂"]),
    ("dfgm_locker", 31.2345, 121.4792, ["东方国贸北门的丰巢柜", "国贸北门快递柜那里", "丰巢柜旁边"],
     ["东方国贸北门丰巢快递柜顶部", "丰巢柜（东方国贸北门）旁地面", "国贸北门快递柜前"]),
    ("dfgm_b3", 31.2340, 121.4799, ["国贸地下车库", "东方国贸B3停车场", "国贸B3车位附近"],
     ["东方国贸大厦B3车库C区", "东方国贸B3停车场岗亭", "国贸地库B3电梯口"]),
    ("yunjin", 31.2261, 121.4688, ["云锦大厦", "云锦大厦楼下瑞幸", "云锦的瑞幸咖啡"],
     ["瑞幸咖啡（云锦大厦店）", "云锦大厦1F咖啡店", "云锦大厦大堂沙发区"]),
    ("hs_t2", 31.2380, 121.4650, ["恒晟中心T2", "恒晟T2 18楼星座空间", "星座共享办公"],
     ["恒晟中心T2 18F星座共享办公前台", "星座空间（恒晟T2-18F）公共工位", "恒晟中心T2电梯厅"]),
    ("park", 31.2335, 121.4701, ["人民公园", "人民公园里面", "公园相亲角那边", "人民公园湖边长椅"],
     ["人民公园东门", "人民公园湖边长椅", "人民公园草坪", "人民公园管理处"]),
    ("expo", 31.2210, 121.4825, ["城市会展中心", "会展中心2号馆", "会展那边看展的时候"],
     ["城市会展中心2号馆服务台", "城市会展中心1号馆入口", "会展中心寄存处旁"]),
    ("food", 31.2287, 121.4759, ["汇金B2美食广场", "楼下美食广场", "汇金地下吃饭的地方"],
     ["汇金中心B2美食广场餐桌", "汇金B2美食广场收银台", "美食广场保洁回收处"]),
    ("sbux", 31.2352, 121.4760, ["南京东路星巴克", "星巴克（南京东路）", "南京路上那家星巴克"],
     ["星巴克南京东路店", "星巴克南京东路店二楼", "南京东路星巴克门口"]),
    ("xizang", 31.2305, 121.4790, ["西藏中路福州路口", "西藏中路路口等红灯的时候", "福州路那个路口"],
     ["西藏中路福州路交叉口", "西藏中路近福州路人行道", "福州路西藏中路东南角"]),
    ("bus", 31.2296, 121.4665, ["黄陂北路公交站", "黄陂北路那个公交站", "公交站台（黄陂北路）"],
     ["黄陂北路公交站候车亭", "黄陂北路站台座椅", "黄陂北路公交站旁"]),
    ("jiahe", 31.2248, 121.4718, ["嘉禾里小区", "嘉禾里小区门口", "我家小区（嘉禾里）"],
     ["嘉禾里小区门岗", "嘉禾里小区5号楼下", "嘉禾里小区非机动车棚"]),
]
FAR_PLACES = [
    ("far_jas", 31.2236, 121.4459, ["静安寺站"], ["静安寺站站厅", "静安寺站2号口"]),
    ("far_bund", 31.2405, 121.4905, ["外滩观景平台"], ["外滩观景平台", "外滩陈毅广场"]),
    ("far_xtd", 31.2132, 121.4752, ["新天地"], ["新天地北里", "新天地广场"]),
    ("far_lxm", 31.2140, 121.4890, ["老西门站"], ["老西门站站台", "老西门站1号口"]),
    ("far_hk", 31.2470, 121.4850, ["北站那边"], ["火车站南广场", "北站南广场座椅"]),
]
PLACE_BY_ID = {p[0]: p for p in PLACES + FAR_PLACES}
# what kind of thing turns up where (keeps places plausible)
NEAR = {p[0]: [q[0] for q in PLACES if abs(q[1] - p[1]) + abs(q[2] - p[2]) < 0.0065 and q[0] != p[0]] for p in PLACES}


def coords(pid):
    p = PLACE_BY_ID[pid]
    return round(p[1] + R.uniform(-0.0006, 0.0006), 6), round(p[2] + R.uniform(-0.0006, 0.0006), 6)


def time_word(lost_from):
    h = lost_from / 60.0
    if h < 12:
        return pick(["今天", "刚才", "今天上午", "今天下午"])
    if h < 36:
        return pick(["昨天", "昨晚", "昨天下班的时候", "昨天中午"])
    if h < 24 * 7:
        return pick(["前两天", "这周", "前几天", "周一"])
    return pick(["上个月", "之前", "前阵子", "上上周"])


# ---------------------------------------------------------------- colours, brands
COLOR = {
    "black": (["黑色", "黑的", "深空黑", "曜石黑", "纯黑"], ["黑色", "深色", "黑", "黑色系"]),
    "white": (["白色", "白的", "星光色", "珍珠白"], ["白色", "米白色", "白", "浅色"]),
    "blue": (["蓝色", "远峰蓝", "天蓝色", "藏青色"], ["蓝色", "浅蓝", "蓝", "深蓝色"]),
    "green": (["绿色", "雅川青", "墨绿色", "薄荷绿"], ["绿色", "青绿色", "绿", "浅绿色"]),
    "gray": (["灰色", "深空灰", "银灰色", "石墨色"], ["灰色", "深灰", "灰", "灰黑色"]),
    "silver": (["银色", "银白色", "钛金属原色"], ["银色", "银灰色", "金属色"]),
    "gold": (["金色", "香槟金", "土豪金"], ["金色", "浅金色", "金黄色"]),
    "pink": (["粉色", "樱花粉", "粉红色", "浅粉"], ["粉色", "粉红", "浅粉色"]),
    "red": (["红色", "酒红色", "大红"], ["红色", "暗红色", "红"]),
    "brown": (["棕色", "咖啡色", "驼色", "焦糖色"], ["棕色", "咖啡色", "褐色", "棕"]),
    "purple": (["紫色", "暗夜紫", "薰衣草紫"], ["紫色", "浅紫", "紫"]),
    "yellow": (["黄色", "柠檬黄", "鹅黄"], ["黄色", "黄", "亮黄色"]),
    "orange": (["橙色", "橘色", "爱马仕橙"], ["橙色", "橘黄色", "橙"]),
}

BRANDS = {
    "apple": (["苹果", "iPhone", "Apple", "apple", "爱疯", "苹果的"], ["苹果", "Apple", "iPhone", "苹果牌", "带苹果标志的", "aple"]),
    "huawei": (["华为", "HUAWEI", "huawei", "华为的"], ["华为", "HUAWEI", "华伟", "HUAWAI", "华为牌"]),
    "xiaomi": (["小米", "Xiaomi", "xiaomi", "MI"], ["小米", "MI", "xiaomi", "晓米"]),
    "redmi": (["红米", "Redmi", "小米红米"], ["Redmi", "红米", "小米（Redmi）"]),
    "oppo": (["OPPO", "oppo", "欧珀"], ["OPPO", "oppo", "0PPO"]),
    "vivo": (["vivo", "VIVO", "维沃"], ["vivo", "VIVO", "ViVo"]),
    "honor": (["荣耀", "HONOR", "honor"], ["荣耀", "HONOR", "荣曜", "HONER"]),
    "samsung": (["三星", "Samsung", "SAMSUNG"], ["三星", "SAMSUNG", "Samsong", "三新"]),
    "lenovo": (["联想", "Lenovo", "ThinkPad"], ["联想", "Lenovo", "ThinkPad", "lenova"]),
    "dell": (["戴尔", "Dell", "DELL"], ["DELL", "戴尔", "Del"]),
    "sony": (["索尼", "Sony", "SONY"], ["SONY", "索尼", "sony"]),
    "coach": (["Coach", "蔻驰", "COACH"], ["COACH", "蔻驰", "Couch", "寇驰"]),
    "mk": (["MK", "Michael Kors", "迈克高仕"], ["MK", "Michael Kors", "MICHAEL KORS"]),
    "septwolves": (["七匹狼", "SEPTWOLVES"], ["七匹狼", "SEPTWOLVES", "7匹狼"]),
    "goldlion": (["金利来", "Goldlion"], ["金利来", "GOLDLION"]),
    "lv": (["LV", "路易威登", "Louis Vuitton"], ["LV", "路易威登", "LOUIS VUITTON"]),
    "samsonite": (["新秀丽", "Samsonite"], ["Samsonite", "新秀丽", "samsonite"]),
    "tnf": (["北面", "The North Face", "TNF"], ["THE NORTH FACE", "北面", "TNF"]),
    "nike": (["耐克", "Nike", "NIKE"], ["NIKE", "耐克", "勾子牌"]),
    "adidas": (["阿迪", "adidas", "阿迪达斯"], ["adidas", "阿迪达斯", "三叶草"]),
    "lulu": (["lululemon", "露露乐蒙", "lulu"], ["lululemon", "露露柠檬", "lulu"]),
    "uniqlo": (["优衣库", "UNIQLO"], ["UNIQLO", "优衣库"]),
    "thermos": (["膳魔师", "THERMOS"], ["THERMOS", "膳魔师", "膳魔士"]),
    "zojirushi": (["象印", "ZOJIRUSHI"], ["象印", "ZOJIRUSHI"]),
    "stanley": (["Stanley", "史丹利"], ["STANLEY", "Stanley", "斯坦利"]),
    "paradise": (["天堂伞", "天堂"], ["天堂", "天堂伞"]),
    "sandisk": (["闪迪", "SanDisk", "sandisk"], ["SanDisk", "闪迪", "SANDISK"]),
    "kingston": (["金士顿", "Kingston"], ["Kingston", "金士顿", "KINGSTON"]),
    "anker": (["Anker", "安克"], ["Anker", "ANKER", "安克"]),
    "yadea": (["雅迪", "Yadea"], ["雅迪", "YADEA", "亚迪"]),
    "aima": (["爱玛", "AIMA"], ["爱玛", "AIMA", "艾玛"]),
    "niu": (["小牛", "NIU"], ["小牛", "NIU", "小牛电动"]),
    "ninebot": (["九号", "Ninebot", "九号电动车"], ["九号", "Ninebot", "NINEBOT"]),
    "tailg": (["台铃", "TAILG"], ["台铃", "TAILG", "台玲"]),
    "giant": (["捷安特", "Giant", "GIANT"], ["GIANT", "捷安特", "吉安特"]),
    "decathlon": (["迪卡侬", "Decathlon"], ["迪卡侬", "DECATHLON", "BTWIN"]),
    "brompton": (["小布", "Brompton"], ["Brompton", "小布", "布朗顿"]),
    "phoenix": (["凤凰", "凤凰牌"], ["凤凰", "PHOENIX"]),
    "chowtaifook": (["周大福"], ["周大福", "CTF"]),
    "tiffany": (["Tiffany", "蒂芙尼", "TIFFANY"], ["TIFFANY & CO.", "蒂芙尼", "Tiffany"]),
    "pandora": (["潘多拉", "Pandora"], ["PANDORA", "潘多拉"]),
    "casio": (["卡西欧", "CASIO"], ["CASIO", "卡西欧"]),
    "vw": (["大众", "VW"], ["大众", "VW标的"]),
    "toyota": (["丰田", "Toyota"], ["丰田", "TOYOTA"]),
    "bmw": (["宝马", "BMW"], ["宝马", "BMW"]),
    "tesla": (["特斯拉", "Tesla"], ["特斯拉", "TESLA"]),
    "byd": (["比亚迪", "BYD"], ["比亚迪", "BYD"]),
    "benz": (["奔驰", "Benz", "梅赛德斯"], ["奔驰", "Mercedes-Benz"]),
    "muji": (["无印良品", "MUJI"], ["MUJI", "无印良品"]),
    "kindle": (["Kindle", "亚马逊"], ["Kindle", "kindle"]),
    "edifier": (["漫步者", "EDIFIER"], ["EDIFIER", "漫步者"]),
}


def bo(b):
    return pick(BRANDS[b][0])


def bf(b):
    return pick(BRANDS[b][1])


PRODUCT_COLOURS = {"深空黑", "曜石黑", "星光色", "远峰蓝", "雅川青", "深空灰", "石墨色", "钛金属原色", "土豪金", "暗夜紫", "爱马仕橙", "珍珠白"}


def co(c, cat="phone"):
    """Owner's colour word; product colour names only for phones and gadgets."""
    words = COLOR[c][0]
    if cat not in ("phone", "electronics"):
        words = [w for w in words if w not in PRODUCT_COLOURS] or words
    return pick(words)


def cf(c):
    return pick(COLOR[c][1])


def mark(o, f, vis=True, key=None):
    """A fact: owner variants, finder variants, whether a finder can see it."""
    return {"o": o if isinstance(o, list) else [o], "f": f if isinstance(f, list) else [f], "vis": vis, "key": key}


# ---------------------------------------------------------------- object makers
# Each maker returns obj: cat, kind (owner words, finder words), brand, color, model (o, f, key),
# serial (o variants, f variants, key), marks [..]; sig is what makes it "the same kind of thing".
PHONES = {
    "apple": [("iPhone 15 Pro", ["15pro", "苹果15 Pro", "iPhone15Pro"], ["三个摄像头的苹果手机", "苹果15pro（背面印有iPhone）", "iPhone（三摄）"], ["silver", "black", "blue", "white"]),
              ("iPhone 14", ["14", "iPhone14", "苹果14"], ["双摄苹果手机", "苹果手机（两个摄像头）"], ["purple", "blue", "black", "white"]),
              ("iPhone 13 mini", ["13mini", "iPhone 13 mini", "苹果13迷你"], ["小尺寸苹果手机", "苹果小屏手机"], ["pink", "green", "black"]),
              ("iPhone 12", ["12", "iPhone12", "苹果12"], ["苹果手机（边框是直的）", "老款苹果手机"], ["white", "blue", "green"])],
    "huawei": [("Mate 60 Pro", ["Mate60Pro", "mate60 pro", "M60P"], ["华为Mate60", "后面圆形摄像头的华为"], ["green", "black", "white", "purple"]),
               ("P60", ["P60", "p60"], ["华为P系列", "华为P60"], ["black", "green", "white"]),
               ("nova 12", ["nova12", "nova 12", "诺瓦12"], ["华为nova", "nova手机"], ["white", "black", "pink"])],
    "xiaomi": [("小米14", ["14", "小米14"], ["小米手机", "小米14"], ["white", "black", "green"]),
               ("Xiaomi 13 Ultra", ["13 Ultra", "13U"], ["小米带大摄像头", "Leica镜头的小米"], ["black", "green"])],
    "redmi": [("Redmi K70", ["K70", "k70"], ["红米手机", "Redmi"], ["black", "white", "blue"]),
              ("Redmi Note 13", ["note13", "Note 13"], ["红米note", "Redmi手机"], ["black", "blue", "purple"])],
    "oppo": [("Reno 11", ["Reno11", "reno 11"], ["OPPO Reno", "oppo手机"], ["green", "black", "white"]),
             ("Find X7", ["FindX7", "find x7"], ["OPPO Find", "OPPO手机"], ["black", "blue"])],
    "vivo": [("X100", ["X100", "x100"], ["vivo手机", "vivo X"], ["blue", "black", "white"]),
             ("iQOO 12", ["iQOO12", "爱酷12"], ["iQOO手机", "vivo iQOO"], ["black", "white"])],
    "honor": [("Magic6", ["magic6", "Magic 6"], ["荣耀Magic", "荣耀手机"], ["green", "black", "purple"]),
              ("荣耀90", ["90", "荣耀90"], ["荣耀手机", "荣耀90"], ["white", "black", "blue"])],
    "samsung": [("Galaxy S23", ["S23", "s23", "盖乐世S23"], ["三星手机", "Galaxy"], ["black", "green", "purple"]),
                ("Galaxy Z Flip5", ["Flip5", "折叠屏flip5"], ["三星折叠屏", "翻盖折叠手机"], ["purple", "gray", "green"])],
}
CASES = [
    (["透明壳", "透明手机壳", "透明的壳子"], ["透明保护壳", "透明手机壳"]),
    (["黑色硅胶壳", "黑色的软壳"], ["黑色硅胶保护套", "黑色手机套"]),
    (["草莓熊的壳", "粉色草莓熊手机壳"], ["粉色卡通熊手机壳", "草莓熊图案手机壳"]),
    (["皮质翻盖套，棕色的", "棕色翻盖皮套"], ["棕色翻盖皮套", "翻盖式皮套（棕）"]),
    (["背面带支架的磁吸壳", "磁吸壳带个指环扣"], ["带指环支架的手机壳", "背面有金属指环扣"]),
    (["蓝色卡通小狗壳", "小狗图案的壳"], ["蓝色小狗图案手机壳", "卡通狗手机壳"]),
    (["壳子后面夹着一张交通卡", "壳里夹着公交卡"], ["手机壳内夹交通卡一张", "壳背面夹有上海交通卡"]),
    (["米老鼠的壳", "迪士尼米奇壳"], ["米奇图案手机壳", "卡通老鼠手机壳"]),
]
PHONE_MARKS = [
    (["屏幕右上角碎了", "屏幕左下角有裂纹", "屏幕摔裂了一道"], ["屏幕有裂痕", "屏幕一角碎裂"], "crack"),
    (["锁屏是我家猫", "锁屏壁纸是一只橘猫", "壁纸是猫的照片"], ["锁屏为猫的照片", "屏保是一只黄猫"], "wall:cat"),
    (["锁屏是小孩照片", "壁纸是我女儿"], ["锁屏为小孩照片", "锁屏图片是一个小女孩"], "wall:kid"),
    (["锁屏是海边风景", "壁纸是大海"], ["锁屏壁纸为海边风景", "屏保是海"], "wall:sea"),
    (["挂了一根红色手机绳", "有根挂绳，红色的"], ["挂有红色挂绳", "带红色手机链"], "strap_red"),
    (["背面贴了个工牌贴纸", "背面贴着公司logo贴纸"], ["背面贴有公司贴纸", "背面有贴纸"], "sticker"),
    (["摄像头那里有划痕", "镜头边上磕过"], ["摄像头附近有磨损", "镜头处有划痕"], "scratch_cam"),
]


def make_phone():
    b = pick(list(PHONES))
    model, mo, mf, cols = pick(PHONES[b])
    c = pick(cols)
    case = R.randrange(len(CASES))
    marks = [mark(CASES[case][0], CASES[case][1], True, "case:%d" % case)]
    for o, f, k in R.sample(PHONE_MARKS, R.choice([1, 2])):
        marks.append(mark(o, f, True, k))
    im = imei()
    ser = {"o": [im, spaced(im[:2], 2) + " " + im[2:8] + " " + im[8:14] + " " + im[14:], "IMEI " + im, "IMEI尾号" + im[-4:], "串号后六位" + im[-6:]],
           "f": ["卡托上印IMEI:" + im, "卡托IMEI " + im[:8] + "****" + im[-3:], "IMEI " + im[-6:] + "（卡托）"], "key": im}
    hidden = [mark(["手机里有工作微信", "手机里有很多工作资料", "里面有孩子照片"], ["-"], False, "h1")]
    return {"cat": "phone", "kind": (["手机", "手机", "电话"], ["手机", "手机一部", "移动电话"]), "brand": b, "color": c,
            "model": {"o": [model] + mo, "f": mf, "key": model}, "serial": ser, "marks": marks, "hidden": hidden,
            "sig": ("phone", b, model, c), "places": ["metro_pm", "metro_l2", "metro_l1", "metro_l8", "hj_a", "dfgm", "yunjin", "hs_t2", "park", "expo", "food", "sbux", "xizang", "bus", "hj_b1"]}


WALLETS = ["coach", "mk", "septwolves", "goldlion", "lv", "muji", None, None]
WALLET_KIND = [(["钱包", "长款钱包", "长钱包"], ["长款钱包", "钱包", "皮夹"]), (["短款钱包", "小钱包", "折叠钱包"], ["短款钱包", "折叠式皮夹", "钱夹"]),
               (["卡包", "卡包钱包"], ["卡包", "卡夹"]), (["零钱包", "拉链零钱包"], ["零钱包", "小拉链包"])]


def cash_facts(amount):
    lo = (amount // 100) * 100
    o = [("大概%d块" % lo if lo else "几十块钱"), ("三四百现金" if 300 <= amount < 500 else "%d多现金" % lo if lo else "一点零钱"), "现金%d元左右" % amount]
    f = ["现金%d元" % amount, "现金人民币" + daxie(amount), "内有现金%d元（已清点）" % amount, "人民币%d元" % amount]
    return mark(o, f, True, "cash:%d" % amount)


def make_wallet():
    b = pick(WALLETS)
    c = pick(["black", "brown", "red", "pink", "blue", "gray", "white", "green"])
    k = R.randrange(len(WALLET_KIND))
    name = cn_name()
    idn = id_number()
    card = bank_card()
    marks = []
    marks.append(mark(["里面有我身份证（%s）" % name, "身份证%s的" % name, "有身份证，名字%s" % name],
                      ["内有身份证一张（姓名%s）" % name, "身份证：%s，%s" % (name, idn[:6] + "********" + idn[-4:]), "内有%s的身份证" % name], True, "name:" + name))
    bank = pick(["工行", "招行", "建行", "农行", "中行", "交行"])
    marks.append(mark(["%s卡尾号%s" % (bank, card[-4:]), "一张%s银行卡，卡号后四位%s" % (bank, card[-4:])],
                      ["银行卡一张（%s）" % (card[:4] + " **** **** " + card[-4:]), "%s银行卡 尾号%s" % (bank, card[-4:]), "银行卡 " + spaced(card)], True, "card:" + card[-4:]))
    amount = pick([0, 35, 80, 120, 200, 260, 350, 420, 500, 650, 800, 1200])
    if amount:
        marks.append(cash_facts(amount))
    extra = pick([(["交通卡", "一张交通卡"], ["上海交通卡一张", "交通卡1张"], "tc"),
                  (["几张名片", "我的名片"], ["名片若干", "名片数张"], "bc"),
                  (["一张全家照", "孩子的照片"], ["照片一张", "内有一张小孩照片"], "photo"),
                  (["星巴克会员卡", "健身卡"], ["会员卡若干", "健身房会员卡"], "vip")])
    marks.append(mark(extra[0], extra[1], True, extra[2]))
    brand_sig = b or "none"
    return {"cat": "wallet", "kind": WALLET_KIND[k], "brand": b, "color": c, "model": None, "serial": None,
            "marks": marks, "hidden": [mark(["钱包是女朋友送的", "用了好几年了边角磨损", "拉链有点坏"], ["-"], False, "h")],
            "sig": ("wallet", k, brand_sig, c), "person": name,
            "places": ["metro_pm", "metro_l2", "metro_l1", "metro_l8", "hj_a", "dfgm", "yunjin", "park", "expo", "food", "sbux", "xizang", "bus", "jiahe"]}


def make_id_doc():
    t = pick(["sfz", "sfz", "sfz", "jsz", "xsz", "sbk", "yhk", "passport", "passport", "badge", "badge", "badge"])
    if t == "passport":
        name = foreign_name()
        nat = pick([("德国", "C", "red"), ("法国", "2", "red"), ("日本", "T", "red"), ("韩国", "M", "blue"), ("意大利", "Y", "red"), ("巴西", "F", "blue"), ("新加坡", "K", "red"), ("美国", "A", "blue")])
        num = nat[1] + alnum(8)
        c = nat[2]
        marks = [mark(["名字 %s" % name, "my name %s" % name, "%s" % name], ["持照人%s" % name.upper(), "姓名 %s" % name.upper(), "护照姓名：%s" % name], True, "name:" + name),
                 mark(["%s护照" % nat[0], "护照是%s的" % nat[0]], ["%s护照" % nat[0], "%s籍护照" % nat[0]], True, "nat:" + nat[0]),
                 mark(["里面夹着居留许可", "有residence permit在里面"], ["内夹外国人居留许可一张", "夹有居留证件"], True, "rp")]
        ser = {"o": [num, "护照号" + num, "No." + num], "f": ["护照号" + num, num[:3] + "****" + num[-2:], "证号" + num], "key": num}
        kind = (["护照", "passport", "护照本"], ["护照", "外国护照", "护照一本"])
        sig = ("id_doc", "passport", name)
    elif t == "badge":
        name = cn_name()
        comp = pick(["汇金科技", "国贸咨询", "云锦律所", "恒晟资本", "星座空间", "东方广告", "蓝湾保险", "启明数据"])
        no = pick(["A", "E", "HJ", "GM"]) + digits(5)
        c = pick(["blue", "white", "red", "black", "green"])
        marks = [mark(["工牌上是%s" % name, "名字%s" % name], ["工牌姓名%s" % name, "%s（工牌）" % name], True, "name:" + name),
                 mark(["%s的工牌" % comp, "公司是%s" % comp], ["%s员工卡" % comp, "印有%s字样" % comp], True, "comp:" + comp),
                 mark(["带%s挂绳" % pick(["蓝色", "黑色"]), "卡套是透明的，有挂绳"], ["带挂绳卡套", "挂绳卡套"], True, "lanyard"),
                 mark(["后面夹着门禁卡", "和门禁卡放一起"], ["内夹门禁卡一张", "另有门禁卡1张"], True, "access")]
        ser = {"o": ["工号" + no, no], "f": ["工号" + no, "编号" + no], "key": no}
        kind = (["工牌", "工作证", "工卡", "badge"], ["工作证", "员工工牌", "工牌一张"])
        sig = ("id_doc", "badge", name)
    else:
        name = cn_name()
        idn = id_number()
        c = None
        if t == "sfz":
            ser = {"o": [idn, "身份证号" + idn, idn[:6] + "后面记不清了，尾号" + idn[-4:], "尾号" + idn[-4:]],
                   "f": [idn[:6] + "********" + idn[-4:], idn[:3] + "***********" + idn[-4:], "证号末四位" + idn[-4:], idn], "key": idn}
            kind = (["身份证", "二代身份证", "身份证件"], ["居民身份证", "身份证", "身份证一张"])
            extra = mark(["身份证套着一个卡套", "夹在一个透明卡套里"], ["带透明卡套", "装于卡套内"], True, "sleeve")
        elif t == "jsz":
            ser = {"o": ["驾驶证号就是身份证号" + idn, "证号尾号" + idn[-4:], "驾驶证号" + idn], "f": ["证号" + idn[:6] + "********" + idn[-4:], "驾驶证号" + idn], "key": idn}
            kind = (["驾驶证", "驾照", "驾驶证本子"], ["机动车驾驶证", "驾驶证"])
            extra = mark(["驾驶证是C1的", "C1驾照"], ["准驾车型C1", "C1"], True, "c1")
        elif t == "xsz":
            sno = "20" + pick(["21", "22", "23", "24"]) + digits(6)
            ser = {"o": ["学号" + sno, sno], "f": ["学号" + sno, "学号" + sno[:4] + "**" + sno[-4:]], "key": sno}
            school = pick(["市第一职业技术学院", "华东财经进修学院", "城市管理职业学院", "外国语培训中心"])
            kind = (["学生证", "学生卡"], ["学生证", "学生证一本"])
            extra = mark(["%s的" % school, "学校是%s" % school], ["%s学生证" % school, "印%s" % school], True, "school:" + school)
        elif t == "sbk":
            ser = {"o": ["社保卡号码就是身份证号，尾号" + idn[-4:], "身份证号" + idn], "f": ["社保卡 " + idn[:6] + "********" + idn[-4:], "卡面号码尾号" + idn[-4:]], "key": idn}
            kind = (["社保卡", "医保卡", "社会保障卡"], ["社会保障卡", "社保卡一张"])
            extra = mark(["社保卡是带金融功能的", "上面有我照片"], ["有照片", "卡面带照片"], True, "photo")
        else:  # yhk
            card = bank_card()
            bank = pick(["招商银行", "工商银行", "建设银行", "交通银行"])
            ser = {"o": ["尾号" + card[-4:], "卡号后四位" + card[-4:], card], "f": [card[:6] + "******" + card[-4:], spaced(card), "卡号尾号" + card[-4:]], "key": card}
            kind = (["银行卡", "%s的卡" % bank], ["银行卡", "银行卡一张"])
            extra = mark(["%s的" % bank, "是%s信用卡" % bank], ["%s" % bank, "%s卡" % bank], True, "bank:" + bank)
        marks = [mark(["名字是%s" % name, "%s的" % name, "姓名%s" % name], ["姓名%s" % name, "%s" % name, "持卡人%s" % name], True, "name:" + name), extra]
        sig = ("id_doc", t, name)
    return {"cat": "id_doc", "kind": kind, "brand": None, "color": c, "model": None, "serial": ser, "marks": marks,
            "hidden": [mark(["急用，下周要出差", "补办很麻烦"], ["-"], False, "h")], "sig": sig, "doc": t,
            "places": ["metro_pm", "metro_l2", "metro_l1", "metro_l8", "hj_a", "dfgm", "yunjin", "hs_t2", "park", "expo", "food", "sbux", "xizang", "bus", "dfgm_locker"]}


CAR_KEYS = ["vw", "toyota", "bmw", "tesla", "byd", "benz"]
KEYRING = [(["小熊挂件", "一个棕色小熊挂件"], ["熊形挂件", "棕色小熊挂饰"], "bear"),
           (["皮卡丘钥匙扣", "黄色皮卡丘挂件"], ["皮卡丘挂件", "黄色卡通挂件"], "pika"),
           (["指甲剪", "挂了个指甲钳"], ["指甲刀一把", "挂有指甲剪"], "clip"),
           (["开瓶器", "小开瓶器"], ["开瓶器挂件", "金属开瓶器"], "opener"),
           (["红色绳子", "编织红绳"], ["红色编织绳", "红绳"], "redrope"),
           (["一个小手电", "迷你手电筒"], ["小手电筒一个", "迷你手电"], "torch"),
           (["平安符", "一个平安扣"], ["平安符挂件", "玉质平安扣"], "amulet")]


def make_keys():
    car = pick(CAR_KEYS + [None, None, None])
    n = R.randint(2, 6)
    fob_color = pick(["blue", "red", "yellow", "green", "black", "white"])
    ring = R.randrange(len(KEYRING))
    marks = [mark(KEYRING[ring][0], KEYRING[ring][1], True, "ring:%d" % ring),
             mark(["%d把钥匙" % n, "钥匙%d把" % n, "一共%d把" % n], ["钥匙%d把" % n, "共%d把钥匙" % n], True, "n:%d" % n),
             mark(["一个%s门禁扣" % co(fob_color), "带%s的门禁卡扣" % co(fob_color)], ["%s门禁扣一个" % cf(fob_color), "%s感应扣" % cf(fob_color)], True, "fob:" + fob_color)]
    if car:
        kind = (["车钥匙", "汽车钥匙", "车钥匙"], ["汽车遥控钥匙", "车钥匙", "汽车钥匙一串"])
        if car == "tesla":
            kind = (["特斯拉钥匙卡", "Tesla卡片钥匙"], ["特斯拉卡片钥匙", "TESLA卡"])
    else:
        kind = (["钥匙", "一串钥匙", "家门钥匙"], ["钥匙一串", "钥匙", "一串钥匙"])
    return {"cat": "keys", "kind": kind, "brand": car, "color": None, "model": None, "serial": None, "marks": marks,
            "hidden": [mark(["其中一把是公司抽屉的", "有把是我家防盗门的"], ["-"], False, "h")],
            "sig": ("keys", car or "none", ring), "places": ["metro_pm", "hj_a", "dfgm", "dfgm_b3", "yunjin", "park", "food", "bus", "jiahe", "hj_b1", "sbux"]}


def make_bag():
    kinds = [("backpack", ["双肩包", "背包", "电脑包（双肩）"], ["双肩背包", "背包一个", "双肩包"], ["samsonite", "tnf", "xiaomi", "nike", "adidas", None]),
             ("gym", ["健身包", "运动包", "gym包"], ["运动挎包", "健身包", "运动手提包"], ["nike", "adidas", "lulu", "uniqlo"]),
             ("lunch", ["午餐包", "饭盒包", "保温包"], ["保温午餐袋", "饭盒袋", "保温袋"], ["muji", None, "thermos"]),
             ("tote", ["帆布袋", "托特包", "帆布包"], ["帆布手提袋", "帆布袋", "托特包"], ["muji", "uniqlo", None]),
             ("handbag", ["手提包", "女士包", "单肩包"], ["女士手提包", "单肩包", "手拎包"], ["coach", "mk", "lv", None]),
             ("laptopbag", ["电脑包", "公文包", "手提电脑包"], ["电脑手提包", "公文包", "电脑包"], ["samsonite", "lenovo", "tnf", None])]
    kk, ko, kf, brands = pick(kinds)
    b = pick(brands)
    c = pick(["black", "gray", "blue", "green", "pink", "white", "brown", "red", "yellow"])
    pool = {
        "backpack": [(["里面有MacBook和充电器", "装着笔记本电脑"], ["内有笔记本电脑一台、电源适配器", "内有笔记本电脑"], "laptop"),
                     (["有一个蓝色保温杯", "侧袋里插着保温杯"], ["侧袋保温杯一个", "保温杯1个"], "cup"),
                     (["包里有一把折叠伞", "有把伞"], ["内有折叠伞", "雨伞一把"], "umb"),
                     (["拉链上挂了个小恐龙", "挂着恐龙挂件"], ["拉链挂恐龙玩偶", "挂件：小恐龙"], "dino"),
                     (["有几份合同文件", "合同和发票"], ["文件若干（合同）", "内有合同文件"], "docs")],
        "gym": [(["里面有运动服和毛巾", "装着换洗衣服"], ["内有衣物、毛巾", "运动衣物若干"], "clothes"),
                (["一双跑鞋", "有双运动鞋"], ["运动鞋一双", "跑鞋"], "shoes"),
                (["蛋白粉摇摇杯", "一个摇杯"], ["摇摇杯一个", "塑料摇杯"], "shaker"),
                (["洗漱包", "洗发水沐浴露"], ["洗漱用品", "洗漱包一个"], "wash")],
        "lunch": [(["乐扣饭盒两个", "里面两个饭盒"], ["饭盒2个", "内装保鲜盒两个"], "box2"),
                  (["有个苹果和酸奶", "一盒酸奶"], ["酸奶一盒", "水果"], "yogurt"),
                  (["饭盒是粉色的", "粉色饭盒"], ["粉色饭盒", "饭盒（粉）"], "pinkbox"),
                  (["有一双不锈钢筷子", "餐具盒"], ["餐具一套", "筷子勺子"], "cutlery")],
        "tote": [(["袋子上印着会展的logo", "印了城市设计周的字"], ["印有“城市设计周”字样", "印有展会标志"], "print"),
                 (["里面有本书", "一本小说"], ["书一本", "内有书籍"], "book"),
                 (["有个化妆包", "装着化妆品"], ["化妆包一个", "化妆品"], "makeup"),
                 (["有个U盘", "一个小U盘"], ["U盘一个", "U盘"], "usb")],
        "handbag": [(["里面有口红和粉饼", "化妆品"], ["口红、粉饼", "化妆品若干"], "makeup"),
                    (["有把车钥匙", "车钥匙在里面"], ["车钥匙一把", "内有车钥匙"], "carkey"),
                    (["包带上系着丝巾", "系着一条丝巾"], ["包带系丝巾", "丝巾装饰"], "scarf"),
                    (["带一个耳机", "AirPods在包里"], ["蓝牙耳机一副", "耳机盒"], "pods")],
        "laptopbag": [(["装着ThinkPad", "电脑在里面"], ["内有笔记本电脑一台", "电脑1台"], "laptop"),
                      (["有个黑色鼠标", "鼠标和充电器"], ["鼠标一个、充电器", "鼠标"], "mouse"),
                      (["发票夹", "报销单据"], ["票据若干", "发票一沓"], "receipts"),
                      (["包上挂着公司行李牌", "挂着名牌"], ["挂有行李牌", "名牌挂牌"], "tag")],
    }[kk]
    marks = [mark(o, f, True, k) for o, f, k in R.sample(pool, min(len(pool), R.choice([2, 3, 3])))]
    if chance(0.7) or b is None:
        ch = pick([(["拉链上挂着一个小黄鸭", "挂了小黄鸭挂件"], ["拉链挂小黄鸭", "挂件：黄色小鸭"], "charm:duck"),
                   (["包上别着一个宇航员徽章", "有个太空人胸针"], ["包面别宇航员徽章", "太空人徽章"], "charm:astro"),
                   (["挂着一个Labubu", "拉布布挂件"], ["挂有Labubu玩偶", "毛绒小怪兽挂件"], "charm:labubu"),
                   (["挂着行李牌，写着我名字", "挂了个皮质名牌"], ["挂皮质行李牌", "挂名牌"], "charm:tag"),
                   (["背带上系了条彩色丝巾", "包带系丝巾"], ["背带系彩色丝巾", "系丝巾"], "charm:scarf")])
        marks.append(mark(ch[0], ch[1], True, ch[2]))
    return {"cat": "bag", "kind": (ko, kf), "brand": b, "color": c, "model": None, "serial": None, "marks": marks,
            "hidden": [mark(["里面有我药", "夹层里有身份证复印件"], ["-"], False, "h")], "sig": ("bag", kk, b or "none", c),
            "places": ["metro_pm", "metro_l2", "metro_l1", "metro_l8", "hj_a", "hj_b1", "dfgm", "yunjin", "hs_t2", "park", "expo", "food", "sbux", "bus"]}


ELEC = [
    ("laptop", ["apple", "lenovo", "huawei", "dell"], {"apple": ["MacBook Air", "MacBook Pro 14"], "lenovo": ["ThinkPad X1", "小新Pro 14"], "huawei": ["MateBook 14", "MateBook X Pro"], "dell": ["XPS 13", "Latitude 7440"]},
     ["笔记本电脑", "电脑", "笔记本", "laptop"], ["笔记本电脑", "手提电脑一台", "笔记本电脑一台"], ["silver", "gray", "black"]),
    ("earbuds", ["apple", "huawei", "sony", "xiaomi", "edifier"], {"apple": ["AirPods Pro 2", "AirPods 3"], "huawei": ["FreeBuds Pro 3", "FreeBuds 5i"], "sony": ["WF-1000XM5"], "xiaomi": ["Buds 4 Pro"], "edifier": ["LolliPods"]},
     ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "耳机盒", "无线耳机一副"], ["white", "black", "silver", "blue"]),
    ("watch", ["apple", "huawei", "xiaomi"], {"apple": ["Apple Watch S9", "Apple Watch SE"], "huawei": ["Watch GT 4", "Watch 4 Pro"], "xiaomi": ["小米手环8", "Watch S3"]},
     ["手表", "智能手表", "手环"], ["智能手表", "电子表", "手表一块"], ["black", "silver", "pink", "white"]),
    ("charger", ["apple", "anker", "xiaomi", "lenovo"], {"apple": ["67W充电器", "140W"], "anker": ["65W氮化镓"], "xiaomi": ["67W快充头"], "lenovo": ["ThinkPad电源适配器"]},
     ["充电器", "电脑充电器", "电源"], ["充电器", "电源适配器", "充电头和线"], ["white", "black"]),
    ("usb", ["sandisk", "kingston", "huawei"], {"sandisk": ["64G", "128G"], "kingston": ["32G", "64G"], "huawei": ["64G"]},
     ["U盘", "优盘", "USB"], ["U盘", "U盘一个", "USB存储盘"], ["black", "silver", "red", "blue"]),
    ("powerbank", ["anker", "xiaomi", "huawei"], {"anker": ["10000mAh"], "xiaomi": ["20000mAh", "10000mAh"], "huawei": ["12000mAh"]},
     ["充电宝", "移动电源"], ["充电宝", "移动电源一个"], ["white", "black", "blue"]),
    ("tablet", ["apple", "huawei", "kindle"], {"apple": ["iPad Air", "iPad mini"], "huawei": ["MatePad 11"], "kindle": ["Paperwhite"]},
     ["平板", "平板电脑", "平板"], ["平板电脑", "平板一台"], ["gray", "silver", "blue", "black"]),
    ("camera", ["sony"], {"sony": ["ZV-1", "A7C"]}, ["相机", "微单", "相机"], ["数码相机", "相机一台"], ["black"]),
]
ELEC_MARKS = {
    "laptop": [(["贴了很多贴纸", "A面贴满贴纸"], ["外壳贴有多张贴纸", "机身贴纸若干"], "stickers"),
               (["外面套了个%s电脑内胆包", "装在内胆包里"], ["装于电脑内胆包", "带内胆包"], "sleeve"),
               (["屏幕上贴了防窥膜", "有防窥膜"], ["屏幕贴防窥膜", "带防窥膜"], "privacy"),
               (["右下角磕过一个坑", "一个角有凹痕"], ["机身一角有磕碰", "边角凹陷"], "dent"),
               (["贴着公司资产标签", "有公司资产编号贴纸"], ["贴有资产标签", "底部有资产编号贴"], "asset")],
    "earbuds": [(["盒子上刻了字 LULU", "充电盒刻着LULU"], ["充电盒刻有“LULU”", "耳机盒刻字LULU"], "engr_lulu"),
                (["套了个小熊硅胶套", "耳机套是小熊的"], ["带小熊硅胶保护套", "卡通熊保护套"], "bearcase"),
                (["左耳那只不见了，只有右耳", "只剩一只"], ["盒内仅有一只耳机", "只有一只耳机"], "one"),
                (["盒子有划痕", "充电盒掉漆"], ["耳机盒有划痕", "盒子表面磨损"], "scratch"),
                (["挂了一个登山扣", "带个挂扣"], ["带金属挂扣", "挂扣"], "clip")],
    "watch": [(["表带是橙色的", "换了橙色表带"], ["橙色表带", "表带为橙色"], "strap_or"),
              (["米兰尼斯表带", "金属网状表带"], ["金属网状表带", "钢带"], "strap_mil"),
              (["屏幕有划痕", "表盘刮花了"], ["表面有划痕", "屏幕有刮痕"], "scr"),
              (["表盘是一张全家福", "表盘设置的是照片"], ["表盘显示照片", "屏幕为照片表盘"], "face_photo")],
    "charger": [(["线缠着魔术贴", "线用魔术贴绑着"], ["线缆带魔术贴扎带", "扎带绑着"], "velcro"),
                (["上面写了我名字缩写", "贴了个标签写着部门"], ["贴有标签", "写有字母"], "label"),
                (["线有点发黄", "线头用胶布缠过"], ["线头缠胶布", "线有胶布"], "tape")],
    "usb": [(["里面是项目方案和报价", "存了公司投标文件"], ["-"], "files"),
            (["挂着一个红色绳子", "带挂绳"], ["挂红色挂绳", "带挂绳"], "rope"),
            (["U盘上贴了标签写着“财务”", "贴了‘财务’两个字"], ["贴有“财务”标签", "标签写“财务”"], "lbl_fin"),
            (["盖子丢了", "没有盖"], ["无盖", "盖子缺失"], "nocap")],
    "powerbank": [(["自带线", "有两根线在上面"], ["自带充电线", "附线"], "cable"),
                  (["贴了个卡通贴纸", "背面有贴纸"], ["表面有卡通贴纸", "贴纸"], "sticker"),
                  (["电量灯坏了一个", "侧面有裂"], ["外壳有裂纹", "侧面开裂"], "crack")],
    "tablet": [(["带键盘保护套", "有个键盘套"], ["带键盘皮套", "键盘保护套"], "kbd"),
               (["有支笔", "Apple Pencil吸在边上"], ["附手写笔", "带触控笔"], "pen"),
               (["屏幕是裂的", "屏幕碎了一角"], ["屏幕碎裂", "屏幕一角裂"], "crack")],
    "camera": [(["带一个黑色相机包", "装在相机包里"], ["装于黑色相机包", "带相机包"], "cbag"),
               (["镜头盖丢了", "没镜头盖"], ["无镜头盖", "镜头未盖"], "nocap"),
               (["背带是彩色编织的", "彩色背带"], ["彩色编织背带", "花色背带"], "strap")],
}


def make_elec():
    kk, brands, models, ko, kf, cols = pick(ELEC)
    b = pick(brands)
    model = pick(models[b])
    c = pick(cols)
    pool = ELEC_MARKS[kk]
    marks = []
    for o, f, k in R.sample(pool, min(len(pool), R.choice([1, 2, 2]))):
        o = [x.replace("%s", co(pick(["gray", "black", "blue"]))) for x in o]
        marks.append(mark(o, f, f != ["-"], k))
    ser = None
    if kk in ("laptop", "tablet", "earbuds", "camera") and chance(0.6):
        sn = pick(["C02", "F9F", "PF", "H4", "GX"]) + alnum(9)
        ser = {"o": ["序列号" + sn, "SN:" + sn, "SN尾号" + sn[-4:], "S/N " + sn], "f": ["底部S/N " + sn, "序列号" + sn, "SN:" + sn[:3] + "…" + sn[-5:]], "key": sn}
    mf = [model, "型号看不清", model.replace(" ", "")]
    return {"cat": "electronics", "kind": (ko, kf), "brand": b, "color": c, "model": {"o": [model, model.replace(" ", "").lower()], "f": mf, "key": model},
            "serial": ser, "marks": marks, "hidden": [mark(["里面有工作文件", "没设密码，里面有客户资料"], ["-"], False, "h")],
            "sig": ("electronics", kk, b, c), "sub": kk,
            "places": ["metro_pm", "metro_l2", "metro_l1", "metro_l8", "hj_a", "hj_b1", "dfgm", "yunjin", "hs_t2", "park", "expo", "food", "sbux", "bus"]}


def make_ebike():
    b = pick(["yadea", "aima", "niu", "ninebot", "tailg"])
    c = pick(["white", "black", "gray", "red", "blue", "yellow"])
    plate = "沪" + pick(["A", "B", "C", "D", "K"]) + digits(5)
    frame = pick(["LYD", "AM2", "NIU", "N9B", "TLG"]) + digits(9)
    marks = [mark(["后面装了%s外卖箱" % pick(["美团黄色", "饿了么蓝色"]), "后座有个外卖箱"], ["后部装有外卖箱", "后座外卖箱"], True, "box")
             if chance(0.5) else mark(["后座有儿童座椅", "装了个宝宝座椅"], ["后座装儿童座椅", "儿童座椅"], True, "kidseat"),
             mark(["车把上挂了挡风被", "有防风被"], ["车头挂挡风被", "带挡风被"], True, "quilt"),
             mark(["电瓶是新换的", "电池上个月刚换"], ["-"], False, "battery"),
             mark(["车架号" + frame, "车架号后六位" + frame[-6:]], ["车架号" + frame, "车架号尾号" + frame[-6:]], True, "frame:" + frame)]
    ser = {"o": ["车牌" + plate, "牌照" + plate[0] + " " + plate[1:], plate], "f": ["号牌" + plate, plate[:2] + "·" + plate[2:], plate[0] + " " + plate[1:]], "key": plate}
    return {"cat": "ebike", "kind": (["电动车", "电瓶车", "电驴", "小电驴"], ["电动自行车", "电动车一辆", "两轮电动车"]), "brand": b, "color": c,
            "model": None, "serial": ser, "marks": marks, "hidden": [], "sig": ("ebike", b, c),
            "places": ["hj_a", "dfgm", "dfgm_b3", "yunjin", "jiahe", "xizang", "bus", "park"]}


def make_bicycle():
    b = pick(["giant", "decathlon", "brompton", "phoenix"])
    c = pick(["white", "black", "blue", "red", "green", "orange"])
    marks = [mark(["前面有车筐", "带个车篮"], ["前部带车筐", "车篮"], True, "basket"),
             mark(["锁着一把U型锁", "车上挂着U形锁"], ["挂有U型锁", "U形锁"], True, "ulock"),
             mark(["车座换成了黑色宽座", "坐垫包着套"], ["坐垫套着套子", "车座有座套"], True, "seat")]
    ser = {"o": ["车架号" + alnum(10)], "f": ["车架刻号不清"], "key": None} if chance(0.3) else None
    kind = (["自行车", "单车", "折叠车"] if b == "brompton" else ["自行车", "单车", "山地车"], ["自行车一辆", "自行车", "单车"])
    return {"cat": "bicycle", "kind": kind, "brand": b, "color": c, "model": None, "serial": ser, "marks": marks, "hidden": [],
            "sig": ("bicycle", b, c), "places": ["hj_a", "dfgm", "park", "jiahe", "xizang", "bus", "expo"]}


def make_cash():
    amount = pick([500, 600, 800, 1000, 1200, 1500, 2000, 2400, 3000, 5000, 300, 888])
    cont = pick([(["装在一个白色信封里", "一个白信封装着"], ["白色信封装", "装于白色信封内"], "env_w"),
                 (["红包里", "用红包装着"], ["红包内", "红色利是封装"], "red"),
                 (["用橡皮筋扎着", "一卷用皮筋捆的"], ["橡皮筋捆扎", "一沓用皮筋扎着"], "band"),
                 (["夹在一个牛皮纸袋里", "牛皮纸袋装"], ["牛皮纸信封内", "牛皮纸袋"], "kraft")])
    denom = pick([(["都是一百的", "全是百元"], ["百元面额%d张" % (amount // 100), "均为100元面额"], "h") if amount % 100 == 0 else (["有零有整"], ["面额不等"], "mix")])
    marks = [mark(["现金%d元" % amount, "%d块钱" % amount, "一共%d" % amount, daxie(amount).replace("元整", "元")], ["现金%d元" % amount, "人民币" + daxie(amount), "￥%d.00" % amount], True, "amt:%d" % amount),
             mark(cont[0], cont[1], True, "cont:" + cont[2]), mark(denom[0], denom[1], True, "den")]
    return {"cat": "cash", "kind": (["现金", "钱", "现金"], ["现金", "人民币现金"]), "brand": None, "color": None, "model": None, "serial": None,
            "marks": marks, "hidden": [mark(["是交房租的钱", "刚从银行取的"], ["-"], False, "h")], "sig": ("cash", amount),
            "places": ["metro_pm", "hj_a", "dfgm", "yunjin", "food", "bus", "xizang", "sbux"]}


def make_jewelry():
    kk = pick([("ring", ["戒指", "婚戒", "钻戒"], ["戒指", "戒指一枚"]), ("necklace", ["项链", "吊坠项链"], ["项链", "项链一条"]),
               ("bracelet", ["手链", "手链"], ["手链", "手链一条"]), ("earring", ["耳钉", "一只耳钉"], ["耳钉", "耳钉一只"])])
    b = pick(["chowtaifook", "tiffany", "pandora", None])
    c = pick(["gold", "silver", "green" if kk[0] == "bracelet" else "gold"])
    pool = [pick([(["内圈刻了字母 W&L", "刻着W&L"], ["内侧刻字W&L", "刻有W&L字样"], "engr:WL"),
                  (["刻着LOVE", "内圈有LOVE字样"], ["内侧刻“LOVE”", "刻有LOVE"], "engr:LOVE"),
                  (["刻了日期2019.5.20", "刻着520那个日期"], ["内侧刻有“2019.5.20”", "刻字2019.5.20"], "engr:520")]),
            (["有个小钻", "镶了一颗钻"], ["镶有一颗白色小钻", "带小钻石"], "diamond"),
            pick([(["吊坠是个小兔子", "兔子吊坠"], ["兔形吊坠", "吊坠为兔子"], "pend:rabbit"),
                  (["吊坠是爱心形的", "心形吊坠"], ["心形吊坠", "吊坠为桃心"], "pend:heart"),
                  (["四叶草吊坠", "吊坠是四叶草"], ["四叶草形吊坠", "吊坠四叶草"], "pend:clover")]),
            (["装在蓝色小盒子里", "在首饰盒里"], ["装于蓝色首饰盒", "带首饰盒"], "box"),
            (["搭扣有点松", "扣子坏了"], ["搭扣松脱", "扣环损坏"], "clasp")]
    if kk[0] in ("necklace", "bracelet"):
        first = pool[2]
        pool = [p for p in pool if p is not pool[0]]
    else:
        first = pool[0]
        pool = [p for p in pool if p is not pool[2]]
    rest = [p for p in pool if p is not first]
    marks = [mark(o, f, True, k) for o, f, k in [first] + R.sample(rest, R.choice([1, 2]))]
    return {"cat": "jewelry", "kind": (kk[1], kk[2]), "brand": b, "color": c, "model": None, "serial": None, "marks": marks,
            "hidden": [mark(["是结婚纪念日买的", "我妈留给我的"], ["-"], False, "h")], "sig": ("jewelry", kk[0], b or "none", c),
            "places": ["hj_a", "hj_b1", "dfgm", "yunjin", "park", "expo", "food", "sbux"]}


def make_other():
    kinds = [("umbrella", ["雨伞", "伞", "折叠伞"], ["雨伞一把", "折叠伞", "伞"], ["paradise", "uniqlo", None]),
             ("bottle", ["保温杯", "水杯", "水壶"], ["保温杯", "水杯一个", "保温水壶"], ["thermos", "zojirushi", "stanley"]),
             ("cardholder", ["名片夹", "名片盒"], ["名片夹", "金属名片盒"], ["muji", "coach", None]),
             ("transit", ["交通卡", "公交卡", "一卡通"], ["交通卡", "上海公共交通卡"], [None]),
             ("glasses", ["眼镜", "近视眼镜"], ["眼镜一副", "近视眼镜"], [None, "muji"]),
             ("jacket", ["外套", "冲锋衣", "夹克"], ["外套一件", "冲锋衣", "衣服一件"], ["uniqlo", "tnf", "adidas"]),
             ("folder", ["文件袋", "资料袋", "文件夹"], ["文件袋", "档案袋一个", "文件夹"], [None])]
    kk, ko, kf, brands = pick(kinds)
    b = pick(brands)
    c = pick(["black", "blue", "red", "green", "white", "gray", "pink", "yellow"])
    pool = {
        "umbrella": [(["伞柄是木头的", "木手柄"], ["木质伞柄", "伞把为木头"], "handle:wood"), (["伞骨断了一根", "有根伞骨坏了"], ["伞骨折断一根", "一根伞骨弯了"], "bone"), (["伞套上写了名字", "伞套丢了"], ["无伞套", "伞套写字"], "cover")],
        "bottle": [(["杯子上贴着皮卡丘贴纸", "贴了皮卡丘"], ["杯身贴皮卡丘贴纸", "卡通贴纸"], "sticker:pika"), (["杯底磕瘪了", "底部有凹痕"], ["底部凹陷", "杯底有磕碰"], "dent"), (["刻了名字缩写", "杯身刻字"], ["杯身有刻字", "刻字"], "engr")],
        "cardholder": [(["里面都是我的名片", "名片上是我们公司"], ["内有名片若干", "名片二十余张"], "cards"), (["有我工作室的名片", "名片印的是设计工作室"], ["名片为某设计工作室", "设计工作室名片"], "cards:studio")],
        "transit": [(["卡上贴了张贴纸", "贴着小猫贴纸"], ["卡面贴小猫贴纸", "贴有猫咪贴纸"], "sticker:cat"), (["是纪念版的卡", "熊猫纪念卡"], ["熊猫图案纪念卡", "纪念版交通卡"], "design:panda"), (["卡号后四位记得是" + digits(4), "卡号尾号" + digits(4)], ["-"], "no")],
        "glasses": [(["镜框是玳瑁色的", "玳瑁框"], ["玳瑁色镜框", "花纹镜框"], "frame:tort"), (["装在灰色眼镜盒里", "有个眼镜盒"], ["附灰色眼镜盒", "眼镜盒"], "case"), (["一条腿有点歪", "镜腿歪了"], ["一侧镜腿变形", "镜腿弯"], "bent")],
        "jacket": [(["口袋里有张会员卡", "兜里有耳机"], ["口袋内有卡片", "口袋有耳机"], "pocket"), (["袖口有污渍", "袖子脏了"], ["袖口有污渍", "衣袖沾污"], "stain"), (["L码", "尺码是L"], ["L码", "尺码L"], "size:L")],
        "folder": [(["里面是租房合同", "租房合同原件"], ["内有租房合同", "合同文件"], "lease"), (["还有几张发票", "发票报销单"], ["发票若干", "内有票据"], "inv"), (["袋子上写着“项目部”", "上面写了项目部"], ["袋面写“项目部”", "写有项目部字样"], "label:proj")],
    }[kk]
    marks = [mark(o, f, f != ["-"], k) for o, f, k in R.sample(pool, min(len(pool), R.choice([2, 3])))]
    return {"cat": "other", "kind": (ko, kf), "brand": b, "color": c, "model": None, "serial": None, "marks": marks,
            "hidden": [], "sig": ("other", kk, b or "none", c),
            "places": ["metro_pm", "metro_l2", "metro_l1", "metro_l8", "hj_a", "hj_b1", "dfgm", "yunjin", "hs_t2", "park", "expo", "food", "sbux", "bus"]}


MAKERS = {"phone": make_phone, "wallet": make_wallet, "id_doc": make_id_doc, "keys": make_keys, "bag": make_bag,
          "electronics": make_elec, "ebike": make_ebike, "bicycle": make_bicycle, "cash": make_cash,
          "jewelry": make_jewelry, "other": make_other}


# ---------------------------------------------------------------- facts of an object
def facts_of(obj):
    """[(type, value, owner variants, finder variants, visible)]; typed facts can contradict."""
    out = []
    if obj["brand"]:
        out.append(("brand", obj["brand"], None, None, True))
    if obj["color"]:
        out.append(("color", obj["color"], None, None, True))
    if obj["model"]:
        out.append(("model", obj["model"]["key"], obj["model"]["o"], obj["model"]["f"], True))
    if obj["serial"] and obj["serial"]["key"]:
        out.append(("serial", obj["serial"]["key"], obj["serial"]["o"], obj["serial"]["f"], True))
    for m in obj["marks"]:
        k = m["key"]
        if ":" in k:
            t, v = k.split(":", 1)
        else:
            t, v = "u:" + k, True
        out.append((t, v, m["o"], m["f"], m["vis"] and m["f"] != ["-"]))
    return out


def kind_group(obj):
    if obj["cat"] == "keys":   # a car key and a bunch of house keys are told apart by anyone
        return "car" if obj["brand"] else "house"
    return obj["sig"][1] if obj["cat"] in ("bag", "electronics", "other", "id_doc", "jewelry", "wallet") else obj["cat"]


CLASSIFIER = {"phone": "部", "wallet": "个", "id_doc": "张", "keys": "串", "ebike": "辆", "bicycle": "辆", "bag": "个",
              "cash": "笔", "jewelry": "件", "electronics": "个", "other": "个"}
STORAGE = ["物业前台失物柜", "站务室失物招领处", "中控室", "大堂服务台", "派出所暂存柜", "保安室", "客服中心"]
FINDERS = ["保洁阿姨", "保安小李", "站务员", "一位乘客", "外卖骑手", "路过市民", "前台", "巡逻辅警", "会展志愿者", "健身房教练"]


def desc_owner(obj, say):
    kind = pick(obj["kind"][0])
    col = co(obj["color"], obj["cat"]) if "color" in say else ""
    br = bo(obj["brand"]) if "brand" in say else ""
    mo = pick(obj["model"]["o"]) if "model" in say else ""
    if br and mo and mo.lower().startswith(br.lower()):
        br = ""
    words = {"color": col, "brand": br, "model": mo}
    shape = R.randrange(5)
    if shape == 0:
        d = col + ("的" if col and not col.endswith("的") and chance(0.5) else "") + br + mo + kind
    elif shape == 1:
        d = (br + mo + kind) + ("（%s）" % col if col else "")
    elif shape == 2:
        d = "一" + CLASSIFIER[obj["cat"]] + (col + ("" if col.endswith("的") else "的") if col else "") + br + (mo + " " if mo else "") + kind
    elif shape == 3:
        d = kind + ("，" + br + mo if br or mo else "") + ("，" + col + "的" if col else "")
    else:
        d = br + " " + mo + " " + col + kind if (br or mo) else col + kind
    return " ".join(d.split()), words


def desc_finder(obj, say):
    kind = pick(obj["kind"][1])
    col = cf(obj["color"]) if "color" in say else ""
    br = bf(obj["brand"]) if "brand" in say else ""
    mo = pick([m for m in obj["model"]["f"] if m != "型号看不清"] or obj["model"]["f"]) if "model" in say else ""
    shape = R.randrange(4)
    if shape == 0:
        d = col + br + kind + ("（%s）" % mo if mo else "")
    elif shape == 1:
        d = (br + "牌" if br and not br.endswith("牌") and not br.endswith("的") and chance(0.4) else br) + col + kind + (" " + mo if mo else "")
    elif shape == 2:
        d = kind + ("，颜色" + col if col else "") + ("，品牌" + br if br else "") + ("，型号" + mo if mo else "")
    else:
        d = col + kind + ("" if re.search(r"[一1][部个张本串辆台副条把件只枚块笔]$", kind) else "一%s" % CLASSIFIER[obj["cat"]]) + ("，" + br if br else "") + ("，" + mo if mo else "")
    return d, {"color": col, "brand": br, "model": mo}


def join_details(parts, sep=None):
    if not parts:
        return ""
    sep = sep or pick(["，", "，", "；", "。", " "])
    return sep.join(parts)


def write_lost(obj, place, lost_from, lost_to, must=(), avoid=(), persona=None, richness="normal"):
    fx = facts_of(obj)
    types = [f[0] for f in fx]
    say = set(t for t in must)
    for t in types:
        if t in avoid or t in say:
            continue
        p = {"brand": 0.8, "color": 0.8, "model": 0.55, "serial": 0.35}.get(t, 0.45)
        if obj["cat"] in ("id_doc", "ebike") and t in ("serial", "name"):
            p = 0.7
        if richness == "hard":
            p *= 0.5
        if chance(p):
            say.add(t)
    if richness != "hard" and len([t for t in say if t not in ("color",)]) < 2:
        extra = [t for t in types if t not in say and t not in avoid]
        R.shuffle(extra)
        say.update(extra[:2])
    persona = persona or pick(["wechat"] * 7 + ["plain"] * 5 + ["voice"] * 2 + ["chatty"] * 2 + ["short"] * 2 +
                              (["foreign"] * 6 if obj.get("doc") == "passport" else ["foreign"]))
    desc, words = desc_owner(obj, say)
    details = []
    for t, v, ov, fv, vis in fx:
        if t in ("brand", "color", "model") or t not in say:
            continue
        details.append(pick(ov))
    R.shuffle(details)
    if obj["hidden"] and chance(0.4):
        details.append(pick(obj["hidden"][0]["o"]))
    pl = pick(PLACE_BY_ID[place][3])
    tw = time_word(lost_from)
    item = {"category": obj["cat"]}
    fields_to_marks = persona == "short" or chance(0.2)
    body_details = [] if fields_to_marks else details
    dj = join_details(body_details)
    if persona == "wechat":
        shapes = [lambda: "%s在%s落了%s%s。%s" % (tw, pl, desc, ("，" + dj) if dj else "", pick(["有人捡到麻烦联系我", "急！！", "谢谢🙏", "thx", "拜托了"])),
                  lambda: "%s丢了！%s在%s%s" % (desc, tw, pl, ("，" + dj) if dj else ""),
                  lambda: "求助：%s%s落在%s了 %s" % (tw, desc, pl, dj),
                  lambda: "%s %s 找不到了，应该是%s。%s pls" % (desc, dj, pl, pick(["有消息call我", "如果有人交过来告诉我一声", ""])),
                  lambda: "%s%s不见了，最后一次用是在%s。%s" % (tw, desc, pl, dj)]
    elif persona == "plain":
        shapes = [lambda: "本人于%s在%s遗失%s%s。%s" % (tw, pl, desc, ("，" + dj) if dj else "", "如有拾到请联系，谢谢。"),
                  lambda: "%s在%s附近丢失%s。%s%s" % (tw, pl, desc, (dj + "。") if dj else "", pick(["望好心人归还。", "", "可酬谢。"])),
                  lambda: "遗失物品：%s；遗失地点：%s；%s" % (desc, pl, ("特征：" + dj) if dj else "时间：" + tw)]
    elif persona == "voice":
        shapes = [lambda: "就是我%s在那个%s嗯把%s弄丢了 %s 然后我也不确定是不是掉在那里了 你们帮忙看一下" % (tw, pl, desc, dj.replace("，", " ")),
                  lambda: "喂你好 我%s丢了%s 在%s 那个 %s 麻烦你们了" % (tw, desc, pl, dj.replace("，", " "))]
    elif persona == "chatty":
        shapes = [lambda: "警察同志你好，是这样的，我%s从%s那边过，当时赶时间一直在打电话，到家才发现%s没了。%s我回去找过一圈没找到，问了保安他们说没看到，我想来登记一下，看看有没有好心人捡到交过来。%s" % (tw, pl, desc, (dj + "。") if dj else "", pick(["真的很重要，拜托了。", "里面东西对我很重要，谢谢你们！", "麻烦了，有消息随时打我电话。"]))]
    elif persona == "foreign":
        shapes = [lambda: "你好，我丢了我的%s。%s在%s。%s谢谢！" % (desc, tw, pl, (dj + "。") if dj else ""),
                  lambda: "Hello，我的%s不见了（lost）。地方：%s。%s请帮助我，谢谢" % (desc, pl, dj)]
    else:  # short
        shapes = [lambda: "%s一%s" % (desc, CLASSIFIER[obj["cat"]]), lambda: "丢%s" % desc, lambda: desc]
    body = pick(shapes)()
    body = " ".join(body.split())
    body = re.sub(r"([一1][部个张本串辆台副条把件只枚块笔])一[部个张本串辆台副条把件只枚块笔]", r"\1", body)
    if persona == "voice" or chance(0.08):
        body = homophone_typos(body)
    if persona == "foreign" and chance(0.3) or chance(0.03):
        body = traditional(body)
    item["body"] = body
    pfield = {"short": 0.7, "plain": 0.6, "chatty": 0.3}.get(persona, 0.35)
    for k in ("color", "brand", "model"):
        if words.get(k) and chance(pfield):
            item[k] = words[k]
    if "serial" in say and chance(0.5):
        s = [d for d in details if obj["serial"] and d in obj["serial"]["o"]]
        if s:
            item["serial"] = s[0] if not chance(0.1) else fullwidth(s[0])
    if fields_to_marks and details:
        item["marks"] = "；".join(details)
    elif chance(0.15) and details:
        item["marks"] = pick(details)
    if chance(0.6):
        item["address"] = pl
    if chance(0.62):
        item["lat"], item["lon"] = coords(place)
    item["lost_from_min"] = lost_from
    item["lost_to_min"] = lost_to
    stated = {t: v for t, v, ov, fv, vis in fx if t in say}
    stated["kind"] = kind_group(obj)
    return item, stated


def write_found(obj, place, found_at, must=(), avoid=(), persona=None, richness="normal"):
    fx = [f for f in facts_of(obj) if f[4]]
    types = [f[0] for f in fx]
    say = set(t for t in must if t in types)
    for t in types:
        if t in avoid or t in say:
            continue
        p = {"brand": 0.75, "color": 0.9, "model": 0.35, "serial": 0.3}.get(t, 0.55)
        if obj["cat"] in ("id_doc", "ebike") and t in ("serial", "name", "comp"):
            p = 0.8
        if obj["cat"] == "phone" and t == "serial":
            p = 0.12
        if richness == "hard":
            p *= 0.4
        if chance(p):
            say.add(t)
    metro = place.startswith("metro")
    persona = persona or pick(["ledger"] * 7 + ["passer"] * 4 + ["desk"] * 3 + ["rider"] + ["short"] +
                              (["metro"] * 8 if metro else []))
    desc, words = desc_finder(obj, say)
    details = [pick(fv) for t, v, ov, fv, vis in fx if t in say and t not in ("brand", "color", "model")]
    R.shuffle(details)
    if chance(0.25):
        details.append(pick(["外观完好", "有使用痕迹", "无其他物品", "表面有灰"] +
                            (["已关机", "电量低", "屏幕亮着有未接来电"] if obj["cat"] == "phone" else [])))
    pl = pick(PLACE_BY_ID[place][4])
    who = pick(FINDERS)
    st = pick(STORAGE)
    dj = join_details(details, pick(["，", "；", "、"]))
    if persona == "ledger":
        shapes = [lambda: "拾得%s。拾得地点：%s。特征：%s。现存放%s。" % (desc, pl, dj or "无", st),
                  lambda: "【失物登记】物品：%s；地点：%s；拾得人：%s；备注：%s" % (desc, pl, who, dj or "—"),
                  lambda: "%s%s在%s拾到%s，%s，已登记存放于%s" % (pick(["本班", "夜班", "早班"]), who, pl, desc, dj or "无明显特征", st)]
    elif persona == "metro":
        shapes = [lambda: "%s工作人员巡视时发现%s，%s，已交站务室。" % (pl, desc, dj or "无其他特征"),
                  lambda: "列车清客发现遗留%s（%s）。%s" % (desc, pl, dj)]
    elif persona == "passer":
        shapes = [lambda: "我在%s捡到一个%s，%s，交给你们" % (pl, desc, dj or "别的不清楚"),
                  lambda: "路过%s看到地上有%s %s" % (pl, desc, dj),
                  lambda: "在%s的%s上发现%s。%s" % (pl, pick(["椅子", "地", "台子", "桌子"]), desc, dj)]
    elif persona == "desk":
        shapes = [lambda: "群众送交%s，称在%s拾得。%s" % (desc, pl, (dj + "。") if dj else ""),
                  lambda: "%s交来%s，拾得地点%s。经查看：%s。" % (who, desc, pl, dj or "无身份信息")]
    elif persona == "rider":
        shapes = [lambda: "送餐路过%s看到地上有%s，%s，没时间等人，放你们这里了" % (pl, desc, dj or "")]
    else:
        shapes = [lambda: "%s %s" % (desc, pl), lambda: desc]
    body = " ".join(pick(shapes)().split())
    body = re.sub(r"([一1][部个张本串辆台副条把件只枚块笔])一[部个张本串辆台副条把件只枚块笔]", r"\1", body)
    if chance(0.06):
        body = homophone_typos(body)
    item = {"category": obj["cat"], "body": body}
    pf = 0.75 if persona == "ledger" else 0.4
    for k in ("color", "brand", "model"):
        if words.get(k) and chance(pf):
            item[k] = words[k]
    if "serial" in say and chance(0.6):
        s = [d for d in details if d in obj["serial"]["f"]]
        if s:
            item["serial"] = s[0]
    if persona == "short" and details:
        item["marks"] = "；".join(details)
    elif persona == "ledger" and details and chance(0.4):
        item["marks"] = "、".join(details)
    if chance(0.8):
        item["address"] = pl
    if chance(0.7):
        item["lat"], item["lon"] = coords(place)
    item["found_at_min"] = found_at
    stated = {t: v for t, v, ov, fv, vis in fx if t in say}
    stated["kind"] = kind_group(obj)
    return item, stated


# ---------------------------------------------------------------- judging helpers (used while generating)
STRONG = ("serial", "name", "card", "comp", "nat", "school", "bank", "amt", "engr", "wall", "case", "charm", "fob", "ring", "pend", "model", "cash")


def contradicts(ls, fs):
    for t, v in ls.items():
        if t.startswith("u:") or t not in fs or fs[t] == v:
            continue
        if t == "cash":  # owners guess the amount in a wallet; only a big gap is a contradiction
            a, b = int(v), int(fs[t])
            if max(a, b) < 1.6 * max(1, min(a, b)):
                continue
        return True
    return False


def evidence(ls, fs, color_counts=True):
    """How much two descriptions share: a distinctive fact 1, a brand/colour/generic content 0.5."""
    sc = 0.0
    for t in shared(ls, fs):
        if t == "color":
            sc += 0.5 if color_counts else 0
        elif t == "brand" or t.startswith("u:") or t == "n":
            sc += 0.5
        else:
            sc += 1
    return sc


def shared(ls, fs):
    return [t for t in ls if t != "kind" and t in fs and fs[t] == ls[t]]


def dist_km(a, b):
    pa, pb = PLACE_BY_ID[a], PLACE_BY_ID[b]
    return (((pa[1] - pb[1]) * 111.0) ** 2 + ((pa[2] - pb[2]) * 95.0) ** 2) ** 0.5


def near_place(obj, place):
    opts = [p for p in obj["places"] if p == place or dist_km(p, place) < 0.7]
    return pick(opts) if opts else place


def loss_window():
    lost_from = int(min(70 * DAY, 45 + R.expovariate(1.0 / (9 * DAY))))
    w = pick([R.randint(5, 90), R.randint(20, 240), R.randint(60, 720), R.randint(300, 3 * DAY)])
    lost_to = max(0, lost_from - w)
    return lost_from, lost_to


def look(o):
    return (o["cat"], kind_group(o), o["brand"], o["color"], o.get("doc"))


def fresh(cat, want, tries=1500):
    """A new object of the same maker for which want(obj) holds, or None."""
    for _ in range(tries):
        o = MAKERS[cat]()
        if want(o):
            return o
    return None


TRUE_MIX = {"phone": 25, "wallet": 18, "id_doc": 24, "keys": 15, "bag": 18, "electronics": 22, "ebike": 6,
            "bicycle": 3, "cash": 5, "jewelry": 4, "other": 10}
NULL_MIX = {"phone": 9, "wallet": 8, "id_doc": 8, "keys": 7, "bag": 8, "electronics": 9, "ebike": 2,
            "bicycle": 1, "cash": 2, "jewelry": 2, "other": 4}
assert sum(TRUE_MIX.values()) == N_TRUE and sum(NULL_MIX.values()) == N_NULL


def build():
    sigs = set()
    lost = []   # dicts: item, stated, obj, place, truth(index into found) or None
    found = []  # dicts: item, stated, obj, place, label

    made = []

    def too_alike(a, b):
        """Two reported objects a desk could mix up even with a careful reading."""
        return (a["cat"] == b["cat"] and a["cat"] not in ("phone", "id_doc", "cash") and kind_group(a) == kind_group(b) and
                a["color"] == b["color"] and (a["brand"] == b["brand"] or not a["brand"] or not b["brand"]))

    def new_obj(cat):
        tries = 0
        while True:
            tries += 1
            o = MAKERS[cat]()
            if o["sig"] in sigs or (tries < 200 and any(too_alike(o, b) for b in made)):
                continue
            sigs.add(o["sig"])
            made.append(o)
            return o

    cats = [c for c, n in TRUE_MIX.items() for _ in range(n)]
    R.shuffle(cats)
    i = -1
    while len(lost) < N_TRUE:
        i += 1
        cat = cats[i]
        obj = new_obj(cat)
        place = pick(obj["places"])
        lf, lt = loss_window()
        hard = i % 3 == 0 or i % 11 == 5
        fplace = place if chance(0.55) else near_place(obj, place)
        d = min(lf - 1, pick([R.randint(3, 60), R.randint(10, 400), R.randint(60, 2 * DAY)])) if lf > 1 else 0
        fat = max(0, lf - max(1, d))
        for _ in range(200):
            if hard:
                fx = [f for f in facts_of(obj) if f[4]]
                cand = [f[0] for f in fx]
                strong = [t for t in cand if t not in ("color", "brand", "n", "cash") and not t.startswith("u:")]
                if not strong:
                    hard = False
                    continue
                S = set([pick(strong)])
                rest = [t for t in cand if t not in S]
                S.update(R.sample(rest, min(len(rest), R.choice([1, 2]))))
                li, ls = write_lost(obj, place, lf, lt, must=S, richness="hard")
                fi, fs = write_found(obj, fplace, fat, must=S, avoid=set(ls) - S, richness="hard")
            else:
                li, ls = write_lost(obj, place, lf, lt)
                fi, fs = write_found(obj, fplace, fat)
            sh = shared(ls, fs)
            if contradicts(ls, fs):
                continue
            if evidence(ls, fs) >= 2 and (not hard or len(sh) <= 3):
                break
        else:
            # this object has too little a finder could see to be told apart: take another
            cats.append(cat)
            continue
        found.append({"item": fi, "stated": fs, "obj": obj, "place": fplace, "label": None})
        lost.append({"item": li, "stated": ls, "obj": obj, "place": place, "truth": len(found) - 1, "hard": hard})

    ncats = [c for c, n in NULL_MIX.items() for _ in range(n)]
    R.shuffle(ncats)
    for cat in ncats:
        obj = new_obj(cat)
        place = pick(obj["places"])
        lf, lt = loss_window()
        for _ in range(200):
            li, ls = write_lost(obj, place, lf, lt)
            if any(t in ls for t in ("brand", "model", "serial")) or any(t.split(":")[0] in STRONG for t in ls):
                break
        lost.append({"item": li, "stated": ls, "obj": obj, "place": place, "truth": None, "hard": False})

    def add_found(obj, place, fat, must, avoid, label):
        fi, fs = write_found(obj, place, fat, must=must, avoid=avoid)
        fi["negative"] = label
        found.append({"item": fi, "stated": fs, "obj": obj, "place": place, "label": label})
        return fs

    # twins: same category+colour+brand as a true pair, another model / marks / serial the owner stated
    true_idx = [i for i, L in enumerate(lost) if L["truth"] is not None]
    R.shuffle(true_idx)
    n_twin = 0
    for i in true_idx:
        if n_twin >= 52:
            break
        L = lost[i]
        obj = L["obj"]
        o2 = fresh(obj["cat"], lambda o: look(o) == look(obj))
        if o2 is None:
            continue
        f2 = {t: v for t, v, a, b, vis in facts_of(o2) if vis}
        cont = [t for t in L["stated"] if not t.startswith("u:") and t not in ("cash", "n") and t in f2 and f2[t] != L["stated"][t]]
        if not cont:
            continue
        c = pick(cont)
        place = near_place(o2, L["place"]) if o2["places"] else L["place"]
        lf = L["item"]["lost_from_min"]
        fat = max(0, lf - R.randint(1, max(2, min(lf, 4 * DAY))))
        fs = add_found(o2, place, fat, must={c, "color", "brand"}, avoid=(), label="twin")
        assert contradicts(L["stated"], fs)
        n_twin += 1

    # decoys: tempting found items near a never-found report: same kind, colour, place, days off; one fact disagrees
    null_idx = [i for i, L in enumerate(lost) if L["truth"] is None]
    n_decoy = 0
    for i in null_idx:
        if n_decoy >= 40:
            break
        L = lost[i]
        obj = L["obj"]
        o2 = fresh(obj["cat"], lambda o: kind_group(o) == kind_group(obj) and o["color"] == obj["color"] and
                   (o["brand"] == obj["brand"] or "brand" in L["stated"]))
        if o2 is None:
            continue
        f2 = {t: v for t, v, a, b, vis in facts_of(o2) if vis}
        cont = [t for t in L["stated"] if not t.startswith("u:") and t not in ("kind", "cash", "n") and t in f2 and f2[t] != L["stated"][t]]
        if not cont:
            continue
        c = pick(cont)
        lf = L["item"]["lost_from_min"]
        fat = max(0, lf - R.randint(DAY // 2, 5 * DAY)) if lf > DAY else max(0, lf - R.randint(1, max(2, lf)))
        same = [t for t in L["stated"] if t in f2 and f2[t] == L["stated"][t] and t != "kind"]
        fs = add_found(o2, near_place(o2, L["place"]), fat, must=set([c] + same), avoid=(), label="decoy")
        assert contradicts(L["stated"], fs)
        n_decoy += 1

    # before: the same kind of thing, found days before the loss began
    idx = [i for i, L in enumerate(lost) if L["item"]["lost_from_min"] < MAX_MIN - 21 * DAY]
    R.shuffle(idx)
    n_before = 0
    for i in idx:
        if n_before >= 26:
            break
        L = lost[i]
        obj = L["obj"]
        o2 = fresh(obj["cat"], lambda o: look(o) == look(obj))
        if o2 is None:
            continue
        f2 = {t: v for t, v, a, b, vis in facts_of(o2) if vis}
        diff = set(t for t in f2 if t in L["stated"] and f2[t] != L["stated"][t])
        fat = L["item"]["lost_from_min"] + R.randint(DAY, 20 * DAY)
        add_found(o2, near_place(o2, L["place"]), fat, must={"color", "brand"}, avoid=diff, label="before")
        n_before += 1

    # far: same brand and category, another colour, at the other edge of the district, weeks apart
    n_far = 0
    for i in idx[::-1]:
        if n_far >= 16:
            break
        L = lost[i]
        obj = L["obj"]
        if not obj["brand"] or "color" not in L["stated"]:
            continue
        o2 = fresh(obj["cat"], lambda o: o["brand"] == obj["brand"] and kind_group(o) == kind_group(obj) and
                   o["color"] != obj["color"] and o["sig"] not in sigs)
        if o2 is None:
            continue
        o2["places"] = [p[0] for p in FAR_PLACES]
        lf = L["item"]["lost_from_min"]
        fat = lf - R.randint(14 * DAY, 30 * DAY)
        if fat < 0:
            fat = lf + R.randint(14 * DAY, 20 * DAY)
        if fat > MAX_MIN:
            continue
        fs = add_found(o2, pick(o2["places"]), fat, must={"color", "brand"}, avoid=(), label="far")
        n_far += 1

    return lost, found, sigs


def fill_unclaimed(lost, found, sigs, target):
    """Unclaimed: things of every category that nobody reported."""
    allcats = list(MAKERS)
    n_un = 0
    guard = 0
    while n_un < target:
        guard += 1
        if guard > 20000:
            raise SystemExit("cannot place unclaimed items")
        cat = allcats[(n_un + guard // 50) % len(allcats)]
        o2 = MAKERS[cat]()
        if o2["sig"] in sigs:
            continue
        place = pick(o2["places"])
        fat = R.randint(30, MAX_MIN)
        fi, fs = write_found(o2, place, fat)
        if any(ambiguous(L, {"item": fi, "stated": fs, "place": place}) for L in lost):
            continue
        sigs.add(o2["sig"])
        fi["negative"] = "unclaimed"
        found.append({"item": fi, "stated": fs, "obj": o2, "place": place, "label": "unclaimed"})
        n_un += 1


def ambiguous(L, F):
    """Would a careful officer have to treat F as possibly L's object?"""
    li, fi = L["item"], F["item"]
    if li["category"] != fi["category"] or fi["found_at_min"] > li["lost_from_min"]:
        return False
    if contradicts(L["stated"], F["stated"]):
        return False
    days = (li["lost_from_min"] - fi["found_at_min"]) / DAY
    dk = dist_km(L["place"], F["place"])
    return evidence(L["stated"], F["stated"], days < 7 and dk < 1.5) >= 1.5


def tidy(item):
    """What a person would not type twice: 的的, 一部一部."""
    for k in ("body", "marks", "color"):
        if k in item:
            v = item[k].replace("的的", "的")
            item[k] = re.sub(r"([一1][部个张本串辆台副条把件只枚块笔])一[部个张本串辆台副条把件只枚块笔]", r"\1", v)
    return item


def main():
    lost, found, sigs = build()
    for rnd in range(30):
        problems = []
        for li, L in enumerate(lost):
            for fj, F in enumerate(found):
                if fj != L["truth"] and ambiguous(L, F):
                    problems.append((li, fj, F["label"]))
        if not problems:
            break
        drop = set()
        for li, fj, lab in problems:
            if lab is not None:
                drop.add(fj)        # a negative a careful officer could not reject: leave it out
            elif rnd % 2 == 1:
                F = found[fj]       # a finder who wrote too little: let them write more
                owner = [L2 for L2 in lost if L2["truth"] == fj][0]
                obj = F["obj"]
                typed = [f[0] for f in facts_of(obj) if f[4] and not f[0].startswith("u:") and f[0] not in ("n", "cash")]
                for _ in range(100):
                    fi2, fs2 = write_found(obj, F["place"], F["item"]["found_at_min"], must=set(typed))
                    if not contradicts(owner["stated"], fs2) and evidence(owner["stated"], fs2) >= 2:
                        F["item"], F["stated"] = fi2, fs2
                        break
            else:
                L = lost[li]        # an owner who said too little: let them say more
                obj = L["obj"]
                typed = [f[0] for f in facts_of(obj) if not f[0].startswith("u:") and f[0] not in ("n", "cash")]
                own = found[L["truth"]]["stated"] if L["truth"] is not None else {}
                for _ in range(100):
                    li2, ls2 = write_lost(obj, L["place"], L["item"]["lost_from_min"], L["item"]["lost_to_min"],
                                          must=set(R.sample(typed, min(len(typed), 3))))
                    if L["truth"] is None or (not contradicts(ls2, own) and evidence(ls2, own) >= 2):
                        break
                L["item"], L["stated"] = li2, ls2
                L["hard"] = False
        if drop:
            remap = {}
            kept = []
            for j, F in enumerate(found):
                if j not in drop:
                    remap[j] = len(kept)
                    kept.append(F)
            found[:] = kept
            for L in lost:
                if L["truth"] is not None:
                    L["truth"] = remap[L["truth"]]
    n_neg = sum(1 for F in found if F["label"])
    fill_unclaimed(lost, found, sigs, 150 - n_neg)
    problems = []
    for li, L in enumerate(lost):
        for fj, F in enumerate(found):
            if fj != L["truth"] and ambiguous(L, F):
                problems.append((li, fj, F["label"]))
    if problems:
        for li, fj, lab in problems[:40]:
            print("AMBIGUOUS", lab, lost[li]["item"]["body"], "|", found[fj]["item"]["body"], lost[li]["stated"], found[fj]["stated"])
        raise SystemExit("%d ambiguous pairs" % len(problems))
    order_f = list(range(len(found)))
    R.shuffle(order_f)
    fkey = {}
    out_found = []
    for n, j in enumerate(order_f, 1):
        fkey[j] = "U-F%04d" % n
        it = tidy(dict(found[j]["item"]))
        it = {"key": fkey[j], **it}
        out_found.append(it)
    order_l = list(range(len(lost)))
    R.shuffle(order_l)
    out_lost = []
    for n, i in enumerate(order_l, 1):
        it = {"key": "U-L%04d" % n, **tidy(dict(lost[i]["item"]))}
        it["truth"] = fkey[lost[i]["truth"]] if lost[i]["truth"] is not None else None
        out_lost.append(it)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set12.py",
           "parts": {"set12": {"found": out_found, "lost": out_lost}}}
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    labs = {}
    for F in found:
        labs[F["label"]] = labs.get(F["label"], 0) + 1
    print("wrote %s: %d found (%s), %d lost (%d with truth, %d hard)" % (
        OUT, len(found), labs, len(lost), sum(1 for L in lost if L["truth"] is not None), sum(1 for L in lost if L["hard"])))


if __name__ == "__main__":
    main()
