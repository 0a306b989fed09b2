#!/usr/bin/env python3
"""Write tests/lostfound/set49.json: a blind labelled lost-and-found set.

World: the invented coastal city 海澄市 in the summer holidays (beach, ferry to
鹭屿岛, seafood night market, theme park, hotels and homestays, cruise terminal,
sightseeing buses).  Every object is first drawn as a hidden truth record; the
owner's report and the finder's registration are then written from it
separately, each knowing only what that person would know.

Standard library only, one random.Random(SEED); output is identical on every
run and under any PYTHONHASHSEED.
"""
import datetime
import json
import os
import random

SEED = 4949
PFX = "S49"
PART = "set49"
N_MATCHED = 150
N_NEVER = 90
N_NEG_TEMPT = 82      # hard negatives built against one never-found report each
N_NEG_TWIN = 24       # near twins of a report whose true item is also present
N_NEG_STRAY = 14      # handed in, reported by nobody
REG = datetime.datetime(2026, 8, 31, 21, 0)   # the moment of registration
HOL_START = datetime.datetime(2026, 7, 1, 0, 0)

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def mins_before(dt):
    return int((REG - dt).total_seconds() // 60)


# ---------------------------------------------------------------- numbers
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_imei():
    body = "86" + "".join(str(R.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def make_idno(year=None):
    region = pick(["4509", "4521", "4407", "3502", "4301", "5101", "4103", "3601", "4201"]) + "%02d" % R.randrange(1, 30)
    y = year or R.randrange(1962, 2010)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(365))
    s17 = region + d.strftime("%Y%m%d") + "%03d" % R.randrange(1, 999)
    return s17 + id_check(s17)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def alnum(n):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(pick(al) for _ in range(n))


def imei_forms(imei, side):
    f = [imei, imei[:2] + " " + imei[2:8] + " " + imei[8:14] + " " + imei[14],
         imei[:8] + "-" + imei[8:14] + "-" + imei[14], "IMEI:" + imei,
         " ".join(imei[i:i + 4] for i in range(0, 15, 4))]
    if side == "owner":
        f += ["IMEI后六位" + imei[-6:], "串号尾号" + imei[-4:], imei[:6] + "*****" + imei[-4:]]
    return f


def card_forms(tail, side):
    f = ["尾号" + tail, "6222****" + tail, "卡号后四位" + tail, "**** " + tail, "尾数" + tail]
    return f


def id_forms(idno, side):
    f = [idno, idno[:6] + "********" + idno[-4:], idno[:4] + "**********" + idno[-4:],
         "身份证尾号" + idno[-4:], idno[:6] + " " + idno[6:14] + " " + idno[14:]]
    return f


# ---------------------------------------------------------------- names
SURN = ["陈", "林", "黄", "梁", "吴", "苏", "郑", "何", "邓", "冯", "叶", "蔡", "许", "潘", "杜", "钟", "覃", "韦", "庞", "莫"]
GIVN = ["晓岚", "子涵", "浩然", "思琪", "海波", "雨桐", "俊杰", "佳怡", "志远", "欣妍", "文博", "梓萱", "国栋", "秀英",
        "嘉豪", "若曦", "明轩", "静怡", "振华", "一诺", "沐阳", "可欣", "天佑", "舒婷", "宏伟", "乐乐", "朵朵", "安琪",
        "美玲", "建军", "丽华", "少杰", "语嫣", "泽宇", "凯文", "晓婷", "家明", "慧敏", "永康", "紫涵"]
KIDN = ["小宝", "乐乐", "朵朵", "豆豆", "果果", "然然", "小鱼", "球球", "糖糖", "皮皮", "妞妞", "壮壮"]
PINY = {"陈": "Chen", "林": "Lin", "黄": "Huang", "梁": "Liang", "吴": "Wu", "苏": "Su", "郑": "Zheng", "何": "He",
        "邓": "Deng", "冯": "Feng", "叶": "Ye", "蔡": "Cai", "许": "Xu", "潘": "Pan", "杜": "Du", "钟": "Zhong",
        "覃": "Qin", "韦": "Wei", "庞": "Pang", "莫": "Mo"}


POOLS = {}


def from_pool(name, items):
    """Draw without replacement (cycling only if exhausted) so that two objects rarely share a name."""
    if name not in POOLS:
        lst = list(items)
        R.shuffle(lst)
        POOLS[name] = [lst, 0]
    lst, i = POOLS[name]
    POOLS[name][1] = i + 1
    return lst[i % len(lst)]


def person():
    return from_pool("person", [(a, b) for a in SURN for b in GIVN])


def kidname():
    return "".join(from_pool("kid", [(a, b) for a in SURN for b in KIDN]))


# ---------------------------------------------------------------- colours / brands
COL = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "亮黑色", "black"],
    "白": ["白色", "白", "米白色", "乳白", "white"],
    "蓝": ["蓝色", "蓝", "海蓝色", "天蓝", "浅蓝色", "blue"],
    "红": ["红色", "红", "大红", "酒红色", "red"],
    "粉": ["粉色", "粉红色", "浅粉", "樱花粉", "pink"],
    "黄": ["黄色", "黄", "柠檬黄", "明黄色", "yellow"],
    "绿": ["绿色", "绿", "墨绿色", "薄荷绿", "green"],
    "灰": ["灰色", "深灰", "浅灰色", "太空灰", "grey"],
    "棕": ["棕色", "咖啡色", "褐色", "茶色", "brown"],
    "金": ["金色", "香槟金", "金", "gold"],
    "银": ["银色", "银白色", "银", "silver"],
    "紫": ["紫色", "淡紫色", "薰衣草紫", "purple"],
    "橙": ["橙色", "橘色", "橘黄色", "orange"],
}
COL_EN = {"黑": "black", "白": "white", "蓝": "blue", "红": "red", "粉": "pink", "黄": "yellow", "绿": "green",
          "灰": "grey", "棕": "brown", "金": "gold", "银": "silver", "紫": "purple", "橙": "orange"}

BR = {
    "华为": ["华为", "HUAWEI", "Huawei", "huawei", "华伟", "hua wei"],
    "苹果": ["苹果", "Apple", "iPhone", "apple", "平果", "iphone"],
    "小米": ["小米", "Xiaomi", "XIAOMI", "xiaomi", "小咪", "MI"],
    "OPPO": ["OPPO", "oppo", "欧珀", "0PPO", "Oppo"],
    "vivo": ["vivo", "VIVO", "维沃", "Vivo", "viv0"],
    "荣耀": ["荣耀", "HONOR", "Honor", "rongyao", "荣跃"],
    "三星": ["三星", "Samsung", "SAMSUNG", "sanxing", "Samsumg"],
    "浪途": ["浪途", "WaveTrek", "wavetrek", "langtu", "浪图"],
    "潜影": ["潜影", "DiveShot", "diveshot", "qianying", "潜映"],
    "极跃": ["极跃", "JumpX", "jumpx", "jiyue", "极越"],
    "光屿": ["光屿", "Lumisle", "LUMISLE", "guangyu", "光雨"],
    "晴鸥": ["晴鸥", "SunGull", "sungull", "qingou", "晴欧"],
    "电小满": ["电小满", "PowerMan", "dianxiaoman", "电晓满"],
    "澎湃能": ["澎湃能", "SurgeCell", "surgecell", "pengpai"],
    "声浪": ["声浪", "SoundTide", "soundtide", "shenglang", "声朗"],
    "雅迪": ["雅迪", "Yadea", "YADEA", "yadi", "亚迪"],
    "爱玛": ["爱玛", "AIMA", "Aima", "aima", "艾玛"],
    "台铃": ["台铃", "TAILG", "Tailg", "tailing", "台玲"],
    "小牛": ["小牛", "NIU", "niu", "xiaoniu", "小扭"],
    "捷安特": ["捷安特", "GIANT", "Giant", "jieante", "捷安待"],
    "美利达": ["美利达", "MERIDA", "Merida", "meilida", "美丽达"],
    "游鲸": ["游鲸", "SwimWhale", "youjing", "游京"],
    "海贝": ["海贝", "SeaShell", "haibei", "海呗"],
    "蔻岚": ["蔻岚", "Koulan", "KOULAN", "koulan"],
    "途斐": ["途斐", "Tufei", "TUFEI", "tufei", "途菲"],
}

# ---------------------------------------------------------------- places
# key: (name variants, area, lat, lon)
PL = {
    "beach": (["金沙湾海水浴场", "金沙湾浴场沙滩", "金沙湾沙滩", "金沙湾海滩", "Jinsha Bay beach"], "beach", 21.47310, 109.12520),
    "locker": (["金沙湾浴场A区储物柜", "金沙湾储物柜区", "浴场更衣室储物柜", "Jinsha Bay lockers"], "beach", 21.47402, 109.12377),
    "shower": (["金沙湾2号淋浴间", "浴场淋浴房", "金沙湾冲淋区", "Jinsha Bay showers"], "beach", 21.47425, 109.12291),
    "tower": (["金沙湾3号救生瞭望台附近", "3号救生台旁沙滩", "金沙湾东侧沙滩"], "beach", 21.47188, 109.12815),
    "visitor": (["金沙湾游客服务中心", "浴场游客中心", "金沙湾服务台"], "beach", 21.47511, 109.12450),
    "beachpark": (["金沙湾停车场", "浴场北停车场", "金沙湾非机动车停放区"], "beach", 21.47633, 109.12602),
    "ferry": (["海澄轮渡码头候船厅", "海澄轮渡码头", "轮渡码头", "Haicheng ferry pier"], "pier", 21.48880, 109.10420),
    "boat": (["海澄—鹭屿轮渡船上", "鹭屿号渡轮二层", "去鹭屿岛的船上", "ferry to Luyu Island"], "pier", 21.46050, 109.14610),
    "islpier": (["鹭屿岛码头", "鹭屿码头出口", "Luyu Island pier"], "island", 21.41275, 109.18930),
    "islroad": (["鹭屿岛环岛路", "鹭屿环岛路观景段", "环岛路租车点附近"], "island", 21.40810, 109.19644),
    "lighthouse": (["鹭屿岛灯塔观景台", "灯塔观景平台", "鹭屿灯塔"], "island", 21.40133, 109.20588),
    "market": (["渔火海鲜夜市", "渔火夜市", "海鲜夜市", "seafood night market"], "market", 21.49312, 109.11288),
    "bbq": (["渔火夜市第三排烧烤摊", "夜市烧烤区", "夜市3排档口"], "market", 21.49290, 109.11341),
    "marketwc": (["渔火夜市公共卫生间", "夜市公厕旁"], "market", 21.49355, 109.11206),
    "park": (["海澄欢乐海洋乐园", "欢乐海洋乐园", "海洋乐园", "Ocean Joy theme park"], "park", 21.50561, 109.13810),
    "parkride": (["海洋乐园激流勇进", "乐园激流勇进出口", "激流勇进排队区"], "park", 21.50620, 109.13922),
    "parkstore": (["海洋乐园大门寄存处", "乐园寄存柜", "乐园入口检票口"], "park", 21.50488, 109.13701),
    "hotel1": (["椰风海景酒店", "椰风海景酒店大堂", "椰风酒店"], "hotel", 21.47780, 109.13105),
    "hotel1pool": (["椰风海景酒店泳池", "椰风酒店无边泳池"], "hotel", 21.47755, 109.13140),
    "hotel2": (["海澄湾畔酒店", "湾畔酒店前台", "湾畔酒店"], "hotel", 21.48120, 109.12033),
    "home1": (["蓝贝壳民宿", "蓝贝壳海景民宿"], "hotel", 21.47150, 109.11808),
    "home2": (["听涛民宿", "听涛小院民宿"], "island", 21.40960, 109.19210),
    "cruise": (["海澄国际邮轮中心", "邮轮中心出境大厅", "邮轮码头", "cruise terminal"], "cruise", 21.52240, 109.09005),
    "cruisebag": (["邮轮中心行李托运处", "邮轮中心安检口"], "cruise", 21.52201, 109.09077),
    "bus1": (["观光巴士1号线车上", "1号线观光巴士", "双层观光巴士上层", "sightseeing bus"], "bus", 21.48500, 109.11900),
    "busstop": (["观光巴士栈桥站", "栈桥观光车站", "环海路观光巴士站"], "bus", 21.48377, 109.12211),
    "road": (["环海路", "环海路辅道", "环海路步行道旁"], "town", 21.48002, 109.12708),
    "fishport": (["渔港路菜市场门口", "渔港路", "渔港菜市场"], "town", 21.49820, 109.10512),
    "oldst": (["海澄老街", "老街骑楼下", "海澄老街口"], "town", 21.49510, 109.10833),
}
AREA_OF = {k: v[1] for k, v in PL.items()}
PL_KEYS = sorted(PL)


def near_place(pk):
    same = [k for k in PL_KEYS if AREA_OF[k] == AREA_OF[pk] and k != pk]
    return pick(same) if same else pk


def far_place(pk, obj=None):
    other = [k for k in PL_KEYS if AREA_OF[k] != AREA_OF[pk] and AREA_OF[k] not in ("town",)]
    if obj is not None:
        fit = sorted(set(k for k in obj["places"] if AREA_OF[k] != AREA_OF[pk]))
        if fit:
            other = fit
    return pick(other)


# ---------------------------------------------------------------- facts
def F(k, val, o, f=None, e=None):
    """A fact: key, canonical value, owner phrase, finder phrase (None: owner-only), English phrase."""
    return {"k": k, "val": val, "o": o, "f": f, "e": e}


STICK = [("小黄鸭贴纸", "a yellow duck sticker"), ("海豚贴纸", "a dolphin sticker"), ("奥特曼贴纸", "an Ultraman sticker"),
         ("草莓贴纸", "a strawberry sticker"), ("熊猫贴纸", "a panda sticker"), ("星星贴纸", "a star sticker"),
         ("猫咪贴纸", "a cat sticker"), ("椰子树贴纸", "a palm tree sticker")]
CHARM = [("贝壳挂坠", "a shell charm"), ("小海星挂件", "a starfish charm"), ("蓝色编织绳", "a blue woven strap"),
         ("毛绒小熊挂件", "a small teddy bear"), ("铃铛", "a little bell"), ("红绳", "a red string")]


def sticker_fact():
    s, e = pick(STICK)
    return F("sticker", s, "背面贴了个" + s, "背面有" + s, "with " + e + " on the back")


def hidden_lock():
    return pick(["锁屏是我女儿的照片", "锁屏壁纸是一只柯基", "屏保是我们全家在海边的合照", "锁屏是海浪图片",
                 "密码锁，屏保是宝宝满月照", "锁屏是一只橘猫", "解锁图案是Z字"])


# each kind: gen() -> obj
def k_phone():
    br = pick(["华为", "苹果", "小米", "OPPO", "vivo", "荣耀", "三星"])
    model = {"华为": ["Mate 70X", "nova 15 Sea", "Pura 88", "畅享 80"], "苹果": ["iPhone 16S", "iPhone 17 Mini", "iPhone 15E"],
             "小米": ["Civi 6 Sand", "14 Lite", "Redmi K90"], "OPPO": ["Reno 14 Coast", "Find X9 Lite", "A98"],
             "vivo": ["S22 Wave", "X220", "Y88s"], "荣耀": ["Magic 8 Air", "X70 Sea", "数字 90"],
             "三星": ["Galaxy S26 FE", "Galaxy A77"]}[br]
    col = pick(["黑", "白", "蓝", "紫", "金", "绿", "灰", "粉"])
    imei = make_imei()
    pouch = pick(["蓝", "粉", "黄", "透明", "绿", "橙"])
    pz = "透明" if pouch == "透明" else COL[pouch][0]
    facts = [F("pouch", pouch, "装在" + pz + "防水袋里挂脖子上", "套着" + pz + "防水手机袋", "in a " + ("clear" if pouch == "透明" else COL_EN[pouch]) + " waterproof pouch"),
             sticker_fact(),
             F("lock", "L", hidden_lock()),
             F("case", None, pick(["手机壳是硅胶的", "透明手机壳", "壳是磨砂黑的", "壳有点发黄"]),
               None)]
    if chance(0.35):
        amt = pick([100, 200, 300, 500, 150])
        facts.append(F("cash", amt, "手机壳里夹了%d块钱现金" % amt, "手机壳内夹有现金%d元" % amt, "%d yuan cash in the case" % amt))
    if chance(0.3):
        facts.append(F("crack", "crack", "屏幕右上角有裂纹", "屏幕右上角碎裂", "cracked screen corner"))
    return dict(kind="phone", cat="phone", noun=["手机", "手机", "电话"], en="phone", color=col, brand=br, model=pick(model),
                serial=("imei", imei), sv_finder=0.25, facts=facts,
                places=["beach", "tower", "locker", "shower", "boat", "ferry", "market", "bbq", "parkride", "bus1", "islroad"])


def k_sunglasses():
    br = pick(["光屿", "晴鸥", "蔻岚"])
    col = pick(["黑", "棕", "金", "白", "粉"])
    lens = pick(["茶色镜片", "墨绿镜片", "渐变灰镜片", "炫彩蓝镜片", "偏光黑镜片"])
    facts = [F("lens", lens, lens, lens, None),
             F("shape", None, pick(["大框", "猫眼款", "飞行员款", "圆框"]), None, None)]
    if chance(0.5):
        facts.append(F("mark", "leg", "左边镜腿有划痕", "左镜腿有划痕", "scratch on the left arm"))
    if chance(0.4):
        facts.append(F("price", None, "刚买一周，一千多块", None, None))
    return dict(kind="sunglasses", cat="other", noun=["墨镜", "太阳镜", "太阳眼镜"], en="sunglasses", color=col, brand=br,
                model=pick(["SL-20", "Aviator 3", "猫眼C7", "Polar 9"]), serial=None, facts=facts,
                places=["beach", "boat", "ferry", "bus1", "lighthouse", "cruise", "market", "hotel1pool"])


def k_goggles():
    col = pick(["粉", "蓝", "黄", "紫", "橙", "绿"])
    who = pick(["儿童", "儿童", "成人"])
    name = kidname()
    facts = [F("who", who, who + "泳镜", who + "款", None),
             F("name", name, "带子上用记号笔写了“" + name + "”", "松紧带内侧写有“" + name + "”", None)
             if chance(0.6) else F("anti", None, "镜片有防雾涂层", None, None),
             F("earplug", None, "连着一对耳塞", "连耳塞", None)]
    return dict(kind="goggles", cat="other", noun=["泳镜", "游泳眼镜", "潜水镜"], en="goggles", color=col,
                brand=pick(["游鲸", "海贝", None]), model=None, serial=None, facts=facts,
                places=["beach", "shower", "locker", "hotel1pool", "parkride", "tower"])


def k_cam():
    br = pick(["浪途", "潜影", "极跃"])
    model = pick({"浪途": ["Trek 7", "Trek 8 Max"], "潜影": ["DS-40", "DS-55"], "极跃": ["JX Go 3", "JX Pro 2"]}[br])
    col = pick(["黑", "灰", "银", "橙"])
    sn = pick(["C", "Q", "J"]) + digits(3) + alnum(3) + digits(5)
    card = pick(["64G", "128G", "256G"])
    facts = [F("housing", None, pick(["装在潜水壳里", "带透明防水壳"]), "外套透明防水壳", "in a clear dive housing"),
             F("grip", pick(["黄", "橙", "红"]), "接了个浮力手柄", "连接浮力手柄", "with a floating grip")]
    facts[1]["o"] = "接了个" + COL[facts[1]["val"]][0] + "浮力手柄"
    facts[1]["f"] = "连着" + COL[facts[1]["val"]][0] + "漂浮手柄"
    facts[1]["e"] = "with a " + COL_EN[facts[1]["val"]] + " floating grip"
    facts.append(F("video", None, "卡里有我们潜水看海龟的视频", None, None))
    facts.append(F("card", card, "里面%s内存卡" % card, "内有%s存储卡" % card, None))
    return dict(kind="cam", cat="electronics", noun=["运动相机", "水下相机", "相机", "摄像机"], en="action camera", color=col,
                brand=br, model=model, serial=("sn", sn), sv_finder=0.45, facts=facts,
                places=["beach", "boat", "islpier", "lighthouse", "tower", "islroad", "parkride"])


HOTELS = [("椰风海景酒店", "hotel1"), ("海澄湾畔酒店", "hotel2"), ("蓝贝壳民宿", "home1"), ("听涛民宿", "home2")]


def k_keycard():
    hn, hk = pick(HOTELS)
    room = "%d%02d" % (R.randrange(2, 19), R.randrange(1, 40))
    col = pick(["白", "蓝", "黑", "金"])
    facts = [F("hotel", hn, "是" + hn + "的房卡", "卡面印有“" + hn + "”", "key card of " + hn),
             F("room", room, "房间号" + room, "卡套手写房号" + room, "room " + room)]
    if chance(0.5):
        facts.append(F("n", None, "两张房卡用皮筋绑在一起", "两张卡捆在一起", None))
    return dict(kind="keycard", cat="keys", noun=["房卡", "酒店房卡", "门卡"], en="room key card", color=col,
                brand=None, model=None, serial=None, facts=facts, hotel=hk,
                places=["beach", "market", "bus1", "shower", "park", hk, hk])


def k_lockerkey():
    zone = pick(["A", "B", "C"])
    num = "%s-%03d" % (zone, R.randrange(1, 320))
    col = pick(["橙", "蓝", "红", "黄", "绿"])
    facts = [F("num", num, "手环钥匙号码牌是" + num, "号码牌" + num, "tag number " + num),
             F("band", None, "弹簧手环", "螺旋手环", "spiral wristband")]
    return dict(kind="lockerkey", cat="keys", noun=["储物柜钥匙", "手环钥匙", "柜子钥匙"], en="locker key", color=col,
                brand=None, model=None, serial=None, facts=facts,
                places=["beach", "shower", "locker", "tower", "parkstore"])


def k_keys():
    car = pick(["丰田", "比亚迪", "大众", None])
    n = R.randrange(2, 6)
    ch, che = pick(CHARM)
    col = pick(["银", "黑", "蓝"])
    facts = [F("n", n, "一串%d把钥匙" % n, "钥匙%d把" % n, "%d keys" % n),
             F("charm", ch, "挂着" + ch, "挂有" + ch, "with " + che)]
    if car:
        facts.append(F("car", car, "有一把" + car + "车钥匙", "含" + car + "遥控车钥匙", None))
    if chance(0.4):
        facts.append(F("door", None, "还有单位门禁卡", "带一张白色门禁卡", None))
    return dict(kind="keys", cat="keys", noun=["钥匙", "一串钥匙", "钥匙串"], en="keys", color=col, brand=None, model=None,
                serial=None, facts=facts, places=["beach", "market", "bbq", "ferry", "bus1", "road", "fishport", "oldst"])


def k_sandtoy():
    col = pick(["红", "黄", "蓝", "绿", "粉"])
    n = R.randrange(4, 9)
    shape = pick(["螃蟹模具", "城堡模具", "海星模具", "小铲子和耙子", "恐龙模具"])
    facts = [F("n", n, "一套%d件" % n, "共%d件" % n, None), F("shape", shape, "里面有" + shape, "含" + shape, None),
             F("bucket", None, "小桶把手断了一边", "桶把手一侧断", None)]
    if chance(0.5):
        nm = kidname()
        facts.append(F("name", nm, "桶底写着“" + nm + "”", "桶底写“" + nm + "”", None))
    return dict(kind="sandtoy", cat="other", noun=["沙滩玩具", "挖沙玩具", "玩沙工具"], en="sand toys", color=col, brand=None,
                model=None, serial=None, facts=facts, places=["beach", "tower", "visitor", "beach", "home1"])


def k_ring():
    col = pick(["粉", "黄", "蓝", "绿", "白", "橙"])
    pat = pick(["火烈鸟", "小黄鸭", "鲨鱼", "独角兽", "西瓜", "海豚"])
    size = pick(["儿童", "儿童", "大人"])
    facts = [F("pat", pat, pat + "造型", pat + "图案/造型", pat + " shape"),
             F("size", size, size + "的", size + "尺寸", None)]
    if chance(0.5):
        facts.append(F("patch", None, "补过一个补丁", "有补丁", None))
    return dict(kind="swimring", cat="other", noun=["游泳圈", "泳圈", "救生圈"], en="swim ring", color=col, brand=None,
                model=None, serial=None, facts=facts, places=["beach", "tower", "hotel1pool", "parkride", "shower"])


def k_hat():
    col = pick(["黄", "白", "棕"])
    rib = pick(["黑", "红", "蓝", "粉", "白"])
    facts = [F("ribbon", rib, "帽子上系着" + COL[rib][0] + "丝带", "帽檐系" + COL[rib][0] + "飘带", COL_EN[rib] + " ribbon"),
             F("brim", None, pick(["大檐", "宽帽檐", "小檐"]), None, None)]
    if chance(0.4):
        nm = "".join(person())
        facts.append(F("label", nm, "里面标签写了名字" + nm, "内侧标签写“" + nm + "”", None))
    return dict(kind="hat", cat="other", noun=["草帽", "遮阳帽", "太阳帽"], en="straw hat", color=col, brand=None, model=None,
                serial=None, facts=facts, places=["beach", "boat", "bus1", "lighthouse", "islroad", "busstop"])


def k_bag():
    col = pick(["白", "黄", "棕", "蓝", "粉", "绿"])
    mat = pick(["草编", "帆布", "网格", "防水PVC"])
    towel = pick(["蓝", "白", "粉", "黄", "绿"])
    facts = [F("mat", mat, mat + "沙滩包", mat + "材质", {"草编": "straw", "帆布": "canvas", "网格": "mesh", "防水PVC": "PVC"}[mat] + " beach bag"),
             F("towel", towel, "里面有条" + COL[towel][0] + "浴巾", "内有" + COL[towel][0] + "浴巾一条", COL_EN[towel] + " towel inside"),
             F("sun", None, pick(["一瓶防晒霜", "防晒喷雾", "一本小说"]), "防晒霜等杂物", None),
             F("cloth", None, "孩子换洗衣服", "儿童衣物若干", None)]
    if chance(0.35):
        amt = pick([200, 300, 450, 600])
        facts.append(F("cash", amt, "内袋有现金%d元左右" % amt, None, None))
    return dict(kind="bag", cat="bag", noun=["沙滩包", "包", "手提包", "大包"], en="beach bag", color=col, brand=None, model=None,
                serial=None, facts=facts, places=["beach", "bus1", "busstop", "market", "boat", "visitor", "tower"])


def k_wallet():
    col = pick(["黑", "棕", "红", "粉", "蓝"])
    br = pick(["途斐", "蔻岚", None, None])
    s, g = person()
    idno = make_idno()
    tail = digits(4)
    amt = pick([120, 260, 380, 500, 700, 900])
    tickets = pick(["两张海澄—鹭屿船票", "三张往返船票", "一张去鹭屿岛的船票", "四张轮渡票"])
    facts = [F("tickets", tickets, "里面有" + tickets, "内有" + tickets.replace("两张", "船票2张").replace("三张", "船票3张"), "ferry tickets inside"),
             F("id", s + g, "有我的身份证（" + s + g + "）", "内有" + s + g + "的身份证", "my ID card, name " + PINY[s] + " " + g),
             F("card", tail, "一张银行卡", "银行卡一张", "bank card"),
             F("cash", amt, "现金大概%d元" % amt, "现金%d元" % amt, "about %d yuan" % amt)]
    facts[2]["o"] += card_forms(tail, "owner")[R.randrange(5)]
    facts[2]["f"] += "（" + card_forms(tail, "finder")[R.randrange(5)] + "）"
    return dict(kind="wallet", cat="wallet", noun=["钱包", "钱夹", "短款钱包", "卡包"], en="wallet", color=col, brand=br,
                model=None, serial=("id", idno), sv_finder=0.5, facts=facts, owner=(s, g),
                places=["ferry", "boat", "market", "bbq", "cruise", "bus1", "islpier", "park"])


def k_earring():
    mat = pick(["金", "银"])
    shape = pick(["贝壳", "珍珠", "小海星", "圆环", "水滴"])
    col = "金" if mat == "金" else "银"
    facts = [F("shape", shape, shape + "形状的", shape + "款", shape + " shape"),
             F("mat", None, ("18K金" if mat == "金" else "925银"), ("黄色金属" if mat == "金" else "白色金属"), None),
             F("one", None, "只丢了一只", "单只", "only one")]
    if chance(0.4):
        facts.append(F("gift", None, "是结婚纪念日礼物", None, None))
    return dict(kind="earring", cat="jewelry", noun=["耳环", "耳钉", "耳坠"], en="earring", color=col, brand=None, model=None,
                serial=None, facts=facts, places=["beach", "shower", "tower", "hotel1pool", "parkride"])


def k_bracelet():
    typ = pick(["银手镯", "金手链", "串珠手链", "玉手镯", "编绳手链"])
    col = {"银手镯": "银", "金手链": "金", "串珠手链": pick(["红", "蓝", "白"]), "玉手镯": "绿", "编绳手链": pick(["红", "黑"])}[typ]
    eng = pick(["LOVE", "平安", "C&Y", "520", "一生"])
    facts = [F("typ", None, typ, typ, None)]   # the type fixes the colour, so it is never the one fact changed
    if typ in ("银手镯", "金手链") or chance(0.3):
        facts.append(F("eng", eng, "内圈刻着“" + eng + "”", "内侧刻字“" + eng + "”", "engraved " + eng))
    else:
        facts.append(F("bead", None, pick(["中间有颗转运珠", "有个小葫芦", "中间一颗金珠"]), "带一个小配饰", None))
    facts.append(F("clasp", None, "扣子有点松", None, None))
    return dict(kind="bracelet", cat="jewelry", noun=["手链", "手镯"], en="bracelet", color=col, brand=None, model=None,
                serial=None, facts=facts, places=["beach", "shower", "tower", "hotel1pool", "market", "parkride", "home1"])


def k_powerbank():
    br = pick(["电小满", "澎湃能"])
    cap = pick(["10000", "20000", "5000"])
    col = pick(["白", "黑", "粉", "蓝"])
    sn = "PB" + digits(2) + alnum(2) + digits(6)
    s, e = pick(STICK)
    facts = [F("cap", cap, cap + "毫安", cap + "mAh", cap + " mAh"),
             F("stick", s, "上面贴着" + s, "贴有" + s, "with " + e),
             F("cable", None, "自带线", "带数据线", None)]
    return dict(kind="powerbank", cat="electronics", noun=["充电宝", "移动电源"], en="power bank", color=col, brand=br,
                model=cap[:2] + "K", serial=("sn", sn), sv_finder=0.25, facts=facts,
                places=["ferry", "boat", "park", "parkstore", "bus1", "cruise", "market"])


def k_earbuds():
    br = pick(["声浪", "华为", "苹果", "小米"])
    col = pick(["白", "黑", "蓝"])
    sn = alnum(4) + digits(6) + alnum(2)
    facts = [F("case", None, "充电仓有划痕", "充电仓有划痕", None),
             F("cover", pick(["恐龙", "兔子", "鲨鱼", "透明"]), "", "", None)]
    facts[1]["o"] = "套着" + facts[1]["val"] + "保护套"
    facts[1]["f"] = "外套" + facts[1]["val"] + "硅胶套"
    facts.append(F("left", None, "左耳那只电量低", None, None))
    return dict(kind="earbuds", cat="electronics", noun=["蓝牙耳机", "耳机", "无线耳机"], en="earbuds", color=col, brand=br,
                model=pick(["FreeBuds 7", "Buds Air 4", "Pods S", "Tide 3"]), serial=("sn", sn), sv_finder=0.2, facts=facts,
                places=["ferry", "boat", "bus1", "park", "cruise", "beach", "market"])


def k_ebike():
    br = pick(["雅迪", "爱玛", "台铃", "小牛"])
    col = pick(["白", "黑", "红", "蓝", "灰", "绿"])
    plate = "海澄" + pick(["A", "B"]) + digits(5)
    frame = {"雅迪": "LYD", "爱玛": "AMA", "台铃": "TLG", "小牛": "NIU"}[br] + digits(2) + alnum(3) + digits(6)
    facts = [F("plate", plate, "车牌" + plate, "车牌号" + plate, "plate " + plate),
             F("basket", None, "前面有车篮", "有前车筐", None),
             F("seat", pick(["有儿童座椅", "后座加了靠背", "后面装了外卖箱"]), "", "", None)]
    facts[2]["o"] = facts[2]["val"]
    facts[2]["f"] = facts[2]["val"].replace("有", "带").replace("加了", "带")
    facts.append(F("lock", None, "没锁", None, None) if chance(0.5) else F("key", None, "钥匙在我这", "未插钥匙", None))
    return dict(kind="ebike", cat="ebike", noun=["电动车", "电瓶车", "电单车"], en="e-bike", color=col, brand=br,
                model=pick(["冠能E9", "小金刚", "TDR-3", "G40"]), serial=("frame", frame), sv_finder=0.55, facts=facts,
                places=["fishport", "oldst", "road", "beachpark", "market", "busstop", "ferry"])


def k_bicycle():
    rental = chance(0.55)
    col = pick(["黄", "蓝", "绿", "白", "橙"])
    if rental:
        co = pick(["岛骑租车", "海鸥单车租赁"])
        num = pick(["LY", "HC"]) + "-" + "%04d" % R.randrange(1, 3000)
        facts = [F("co", co, "在" + co + "租的", "车身印“" + co + "”", "rented from " + co),
                 F("num", num, "车号" + num, "车架编号牌" + num, "bike number " + num),
                 F("bell", None, "车篮里放了瓶水", None, None)]
        return dict(kind="bicycle", cat="bicycle", noun=["自行车", "单车", "租的自行车"], en="rental bike", color=col,
                    brand=None, model=None, serial=("bikeno", num), sv_finder=0.4, facts=facts,
                    places=["islroad", "islpier", "lighthouse", "home2", "road", "beachpark"])
    br = pick(["捷安特", "美利达"])
    frame = {"捷安特": "GT", "美利达": "MD"}[br] + digits(3) + alnum(2) + digits(5)
    facts = [F("type", pick(["山地车", "公路车", "折叠车"]), "", "", None),
             F("bag", None, "后座挂了个车包", "后座有车包", None)]
    facts[0]["o"] = facts[0]["f"] = facts[0]["val"]
    return dict(kind="bicycle", cat="bicycle", noun=["自行车", "单车"], en="bicycle", color=col, brand=br,
                model=pick(["ATX 770", "Escape 3", "勇士 500"]), serial=("frame", frame), sv_finder=0.45, facts=facts,
                places=["road", "beachpark", "oldst", "fishport", "busstop"])


def k_iddoc():
    typ = pick(["身份证", "身份证", "护照", "港澳通行证", "学生证"])
    s, g = person()
    if typ == "身份证":
        idno = make_idno()
        col = "白"
        ser = ("id", idno)
        facts = [F("name", s + g, "姓名" + s + g, "姓名" + s + g, "name " + PINY[s] + " " + g)]
    elif typ == "护照":
        no = "E" + digits(8)
        col = "红"
        ser = ("pp", no)
        facts = [F("name", s + g, "持有人" + s + g, "持照人" + PINY[s].upper() + " " + g, "name " + PINY[s] + " " + g)]
    elif typ == "港澳通行证":
        no = "C" + digits(8)
        col = pick(["蓝", "绿"])
        ser = ("pp", no)
        facts = [F("name", s + g, "名字" + s + g, "姓名" + s + g, "name " + PINY[s] + " " + g)]
    else:
        sch = pick(["海澄市第三中学", "南溟大学", "海澄职业技术学院", "鹭江师范学院"])
        no = "20" + digits(8)
        col = pick(["蓝", "红"])
        ser = ("stu", no)
        facts = [F("name", s + g, "学生" + s + g, "学生姓名" + s + g, None),
                 F("school", sch, sch + "的学生证", "学校：" + sch, None)]
    facts.append(F("cover", None, pick(["套着透明卡套", "夹在一个证件套里", "证件皮有点旧"]), pick(["有卡套", "证件套", ""]) or None, None))
    return dict(kind="iddoc", cat="id_doc", noun=[typ], en={"身份证": "ID card", "护照": "passport", "港澳通行证": "HK/Macau travel permit", "学生证": "student card"}[typ],
                color=col, brand=None, model=typ, serial=ser, sv_finder=0.8, facts=facts, owner=(s, g), doctype=typ,
                places=["ferry", "cruise", "cruisebag", "hotel2", "parkstore", "islpier", "bus1", "market"])


def k_cash():
    amt = pick([300, 500, 800, 1000, 1200, 2000])
    hold = pick(["装在%s手机防水袋里" % pick(["透明", "粉色", "蓝色", "黄色"]), "用白信封装着", "夹在手机壳里", "用皮筋捆着"])
    col = None
    den = pick(["全是一百的", "一百和五十的混着", "有几张二十的"])
    facts = [F("amt", amt, "一共%d元" % amt, "经清点现金%d元" % amt, "%d yuan" % amt),
             F("hold", hold, hold, hold.replace("装在", "装于").replace("用", "以"), None),
             F("den", None, den, None, None)]
    return dict(kind="cash", cat="cash", noun=["现金", "钱"], en="cash", color=None if col == "透明" else col, brand=None,
                model=None, serial=None, facts=facts, places=["market", "bbq", "beach", "marketwc", "busstop", "park"])


KINDS = [(k_phone, 24), (k_sunglasses, 10), (k_goggles, 6), (k_cam, 10), (k_keycard, 7), (k_lockerkey, 6), (k_keys, 6),
         (k_sandtoy, 4), (k_ring, 5), (k_hat, 5), (k_bag, 8), (k_wallet, 14), (k_earring, 5), (k_bracelet, 6),
         (k_powerbank, 7), (k_earbuds, 5), (k_ebike, 9), (k_bicycle, 7), (k_iddoc, 12), (k_cash, 5)]


def draw_kind():
    tot = sum(w for _, w in KINDS)
    x = R.randrange(tot)
    for fn, w in KINDS:
        if x < w:
            return fn
        x -= w
    return KINDS[-1][0]


# ---------------------------------------------------------------- time
HOURS = {"market": (18, 23), "bbq": (18, 23), "marketwc": (18, 23), "park": (9, 20), "parkride": (9, 20), "parkstore": (9, 20)}


def loss_window(pk, kind):
    day = HOL_START + datetime.timedelta(days=R.randrange(0, 61))
    lo, hi = HOURS.get(pk, (7, 21))
    start = day + datetime.timedelta(hours=R.randrange(lo, hi), minutes=pick([0, 10, 15, 20, 30, 40, 45, 50]))
    if kind in ("ebike", "bicycle"):
        length = pick([30, 60, 120, 240, 480, 720])
    elif kind in ("keycard", "iddoc", "wallet", "cash"):
        length = pick([20, 45, 60, 120, 180, 300, 600])
    else:
        length = pick([10, 20, 30, 60, 90, 120, 180, 240])
    end = start + datetime.timedelta(minutes=length)
    if end > REG - datetime.timedelta(minutes=30):
        end = REG - datetime.timedelta(minutes=30)
        start = end - datetime.timedelta(minutes=length)
    return start, end


def dt_zh(dt, loose=False):
    h = dt.hour
    part = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    hh = h if h <= 12 else h - 12
    if loose:
        return "%d月%d日%s" % (dt.month, dt.day, part)
    m = "" if dt.minute == 0 else ("半" if dt.minute == 30 else "%d分" % dt.minute)
    return "%d月%d日%s%d点%s" % (dt.month, dt.day, part, hh, m)


def dt_en(dt):
    return dt.strftime("%b %d") + " around " + str((dt.hour - 1) % 12 + 1) + ("pm" if dt.hour >= 12 else "am")


# ---------------------------------------------------------------- rendering
TYPO = [("钱包", "钱抱"), ("墨镜", "默镜"), ("耳环", "耳还"), ("房卡", "房咔"), ("码头", "马头"), ("充电宝", "充电包"),
        ("游泳", "游永"), ("手机", "手几"), ("丢了", "丢le"), ("身份证", "身分证"), ("自行车", "自形车"), ("电动车", "电懂车"),
        ("沙滩", "沙摊"), ("手链", "手连"), ("夜市", "夜事"), ("钥匙", "钥是")]


def typo(s):
    for a, b in TYPO:
        if a in s and chance(0.5):
            return s.replace(a, b, 1)
    return s


def color_word(c):
    return "透明" if c is None else pick(COL[c][:-1])


def brand_word(b):
    return pick(BR[b]) if b in BR else b


def serial_text(ser, side):
    t, v = ser
    if t == "imei":
        return pick(imei_forms(v, side))
    if t == "id":
        return pick(id_forms(v, side))
    if t == "sn":
        forms = [v, v.lower(), v[:4] + "-" + v[4:], " ".join([v[:4], v[4:8], v[8:]]), "S/N " + v]
        if side == "owner":
            forms += ["序列号后五位" + v[-5:], v[:3] + "…" + v[-4:]]
        return pick(forms)
    if t == "frame":
        forms = [v, v[:5] + " " + v[5:], v[:3] + "-" + v[3:], "车架号" + v]
        if side == "owner":
            forms += ["车架号后六位" + v[-6:]]
        return pick(forms)
    if t == "bikeno":
        return pick([v, v.replace("-", ""), v.replace("-", " "), v.lower()])
    if t in ("pp", "stu"):
        return pick([v, v[:3] + " " + v[3:], v[:1] + "****" + v[-4:] if side == "owner" else v])
    return v


def place_fields(pk, out, p_addr, p_ll):
    names, area, lat, lon = PL[pk]
    nm = pick(names)
    if chance(p_addr):
        out["address"] = nm
    if chance(p_ll):
        out["lat"] = round(lat + (R.random() - 0.5) * 0.0016, 6)
        out["lon"] = round(lon + (R.random() - 0.5) * 0.0016, 6)
    return nm


def join_desc(parts):
    out = ""
    for p in parts:
        if not p:
            continue
        if out and (out[-1].isascii() and out[-1].isalnum() or p[0].isascii() and p[0].isalnum()):
            out += " "
        out += p
    return out


EN_AREA = {"beach": "Jinsha Bay beach", "pier": "the ferry pier", "island": "Luyu Island", "market": "the seafood night market",
           "park": "the theme park", "hotel": "my hotel", "cruise": "the cruise terminal", "bus": "the sightseeing bus",
           "town": "the old town"}
ACT_AT = {"boat": ["坐船去鹭屿岛", "在船上拍照"], "bus1": ["看风景", "坐车去景点", "打瞌睡"], "locker": ["存东西换衣服", "开柜子拿东西"],
          "shower": ["冲凉换衣服", "洗澡"], "parkstore": ["存包", "检票进园"], "cruisebag": ["托运行李", "过安检"],
          "hotel1pool": ["游泳", "在泳池边躺椅上休息"], "islroad": ["骑车环岛", "拍照"], "lighthouse": ["拍照", "看日落"],
          "home2": ["住民宿", "退房"], "tower": ["玩水", "晒太阳"], "visitor": ["问路", "买水"],
          "beachpark": ["停车", "取车"], "islpier": ["下船", "等回程船"], "busstop": ["等观光巴士", "下车"]}


def mark_text(parts):
    return "；".join(p for p in parts if p)[:500]


def owner_report(obj, pk, start, end, force=()):
    """The owner's lost report: knows hidden facts, remembers some, writes in one of several voices."""
    out = {"category": obj.get("lost_cat", obj["cat"])}
    noun = pick(obj["noun"])
    en_voice = chance(0.12) and all(True for _ in [0])
    facts = [f for f in obj["facts"] if f["o"]]
    keep = [f for f in facts if f["k"] in force or chance(0.6)]
    if not keep and facts:
        keep = [facts[0]]
    col = obj["color"]
    br = obj["brand"]
    fill = R.random()  # how structured this registration is
    sertxt = None
    if obj["serial"] and (obj["serial"][0] in force or chance({"imei": 0.55, "id": 0.6, "sn": 0.35, "frame": 0.6, "bikeno": 0.7, "pp": 0.6, "stu": 0.5}[obj["serial"][0]])):
        sertxt = serial_text(obj["serial"], "owner")
    nm = place_fields(pk, out, 0.3 + 0.6 * fill, 0.25)
    if fill > 0.45 and col:
        out["color"] = color_word(col)
    if fill > 0.4 and br and chance(0.85):
        out["brand"] = brand_word(br)
    if fill > 0.55 and obj["model"] and chance(0.7):
        out["model"] = obj["model"]
    if sertxt and fill > 0.35 and chance(0.75):
        out["serial"] = sertxt[:60]
    if fill > 0.6 and keep and chance(0.7):
        out["marks"] = mark_text([f["o"] for f in keep])
    # body
    if en_voice and any(f["e"] for f in keep) or (en_voice and obj["kind"] in ("phone", "sunglasses", "wallet", "iddoc", "cam")):
        pn = PL[pk][0][-1] if PL[pk][0][-1].isascii() else EN_AREA[AREA_OF[pk]]
        bits = ["Lost my %s%s at %s on %s." % ((COL_EN[col] + " ") if col and chance(0.8) else "",
                                             (BR[br][1] + " " if br and chance(0.7) else "") + obj["en"], pn, dt_en(start))]
        bits += [f["e"][0].upper() + f["e"][1:] + "." for f in keep if f["e"]]
        if sertxt and chance(0.6):
            bits.append("Number: " + sertxt)
        bits.append(pick(["Please call me, I leave tomorrow.", "Thank you!!", "Tourist from Malaysia, staying at " + pick(HOTELS)[0] + ".",
                          "Help please", "My ship leaves soon, please help."]))
        body = " ".join(bits)
    else:
        v = R.random()
        desc = join_desc([color_word(col) if col and chance(0.8) else "", brand_word(br) if br and chance(0.7) else "",
                          (obj["model"] or "") if chance(0.35) and obj["model"] not in obj["noun"] else "", noun])
        facts_txt = "，".join(f["o"] for f in keep)
        if v < 0.2:  # hurried one-liner
            body = typo("%s丢了%s%s" % (pick(PL[pk][0]), desc, ("，" + keep[0]["o"]) if keep and chance(0.7) else ""))
            if sertxt and chance(0.5):
                body += " " + sertxt
        elif v < 0.35 and obj["kind"] in ("goggles", "sandtoy", "swimring", "hat", "bag", "earring", "bracelet", "phone"):
            body = "%s带孩子在%s玩，%s发现%s不见了。%s。%s" % (
                dt_zh(start, True), nm, pick(["回来收拾东西时", "上岸后", "准备走的时候", "吃完饭"]), desc, facts_txt,
                pick(["孩子哭了一晚上，麻烦帮忙留意。", "不值钱但孩子很喜欢。", "", "有人捡到请联系。"]))
        elif obj["kind"] in ("ebike", "bicycle"):
            body = "%s把%s停在%s，%s回来就不见了。%s。%s%s" % (
                dt_zh(start), desc, nm, dt_zh(end)[dt_zh(end).find("日") + 1:], facts_txt,
                ("车架号/编号：" + sertxt + "。") if sertxt else "",
                pick(["租车押金还在租车行。", "还车前丢的，租车行让我来报案。", ""]) if obj["serial"] and obj["serial"][0] == "bikeno"
                else pick(["本地人，天天骑它上班。", "怀疑被人骑走了。", "", "发票还在。"]))
        else:
            when = "%s到%s之间" % (dt_zh(start), dt_zh(end)[dt_zh(end).find("日") + 1:]) if chance(0.6) else dt_zh(start, True)
            act = pick({"beach": ["在海里游泳", "在沙滩上晒太阳", "玩水", "冲凉换衣服"], "pier": ["等船", "排队上船", "买船票"],
                        "island": ["在岛上骑车", "在岛上拍照", "等回程船"], "market": ["吃海鲜", "逛夜市", "排队买烧烤"],
                        "park": ["玩项目", "排队坐激流勇进", "看海豚表演"], "hotel": ["在酒店", "在泳池边", "退房时"],
                        "cruise": ["办登船手续", "过安检", "在候船区"], "bus": ["坐观光巴士", "在车站等车"],
                        "town": ["买菜", "办事"]}[AREA_OF[pk]]) if pk not in ACT_AT else pick(ACT_AT[pk])
            lost_how = pick(["后来发现%s没了" % noun, "%s不见了" % noun, "应该是掉了", "可能落在那里了", "找了一圈没找到"])
            body = "%s在%s%s，%s。%s%s。%s%s" % (when, nm, act, lost_how, (desc if chance(0.8) else noun) + "，", facts_txt,
                                           ("号码：" + sertxt + "。") if sertxt and chance(0.7) else "",
                                           pick(["", "麻烦有消息通知我。", "很重要，谢谢！", "里面东西对我很重要。", "游客，后天离开海澄。"]))
    out["body"] = body[:600]
    out["lost_from_min"] = mins_before(start)
    out["lost_to_min"] = mins_before(end)
    return out


FINDER = {
    "beach": ["救生员", "沙滩保洁员", "游客", "浴场管理员"], "pier": ["码头工作人员", "船员", "游客", "保洁员"],
    "island": ["岛上租车行老板", "游客", "码头工作人员", "民宿老板"], "market": ["摊主", "夜市保安", "游客", "保洁员"],
    "park": ["乐园工作人员", "游客", "乐园保安"], "hotel": ["前台", "客房服务员", "泳池救生员", "民宿老板"],
    "cruise": ["邮轮中心工作人员", "安检员", "游客"], "bus": ["观光巴士司机", "售票员", "游客"], "town": ["巡逻民警", "环卫工人", "市民"],
}


def en_finder(e):
    e = e.replace("my ID card", "ID card inside").replace("rented from", "sign of")
    return e[0].upper() + e[1:]


def finder_reg(obj, pk, fdt, force=()):
    """The finder's registration: only what is visible or printed on the object."""
    out = {"category": obj["cat"]}
    noun = pick(obj["noun"])
    facts = [f for f in obj["facts"] if f["f"]]
    keep = [f for f in facts if f["k"] in force or chance(0.55)]
    col = obj["color"]
    br = obj["brand"]
    fill = R.random()
    who = pick(FINDER[AREA_OF[pk]])
    if obj["kind"] in ("ebike", "bicycle"):
        who = pick(["巡逻民警", "市民", "保安", "环卫工人"] + (["租车行老板"] if obj["serial"] and obj["serial"][0] == "bikeno" else []))
    sertxt = None
    if obj["serial"] and (obj["serial"][0] in force or chance(obj.get("sv_finder", 0.3))):
        sertxt = serial_text(obj["serial"], "finder")
    nm = place_fields(pk, out, 0.35 + 0.6 * fill, 0.35)
    if fill > 0.35 and col:
        out["color"] = color_word(col)
    if fill > 0.45 and br and chance(0.7):
        out["brand"] = brand_word(br)
    if fill > 0.65 and obj["model"] and chance(0.5):
        out["model"] = obj["model"]
    if sertxt and fill > 0.3 and chance(0.8):
        out["serial"] = sertxt[:60]
    if fill > 0.5 and keep and chance(0.7):
        out["marks"] = mark_text([f["f"] for f in keep])
    desc = join_desc([color_word(col) if col and chance(0.85) else "", brand_word(br) if br and chance(0.6) else "", noun])
    facts_txt = "，".join(f["f"] for f in keep)
    v = R.random()
    if who == "游客" and chance(0.3):
        body = "Found a %s%s near %s. %s" % ((COL_EN[col] + " ") if col else "", obj["en"],
                                             PL[pk][0][-1] if PL[pk][0][-1].isascii() else EN_AREA[AREA_OF[pk]].replace("my hotel", "the hotel"), (". ".join(en_finder(f["e"]) for f in keep if f["e"]) + ".") if any(f["e"] for f in keep) else "Handed to the desk.")
        if sertxt:
            body += " " + sertxt
    elif v < 0.3:
        body = "%s交：%s拾得%s%s。" % (who, nm, desc, ("，" + facts_txt) if facts_txt else "")
        if sertxt and chance(0.6):
            body += "号码" + sertxt
    elif v < 0.6:
        body = "%s%s在%s捡到%s一%s，%s%s" % (dt_zh(fdt, True), who, nm, desc,
                                        "辆" if obj["kind"] in ("ebike", "bicycle") else pick(["个", "件", "只"]) if obj["cat"] not in ("id_doc", "keys") else "张" if obj["kind"] in ("keycard", "iddoc") else "串",
                                        facts_txt + "。" if facts_txt else "", pick(["无人认领，送来登记。", "交派出所保管。", "", "失主未找到。"]))
    else:
        body = "拾得%s。地点：%s。%s%s" % (desc, nm, facts_txt + "。" if facts_txt else "", "送交人：" + who + "。")
        if sertxt and chance(0.7):
            body += "标识：" + sertxt
    if chance(0.12):
        body = typo(body)
    for f in keep:
        if f["k"] in force and f["f"] not in body and f["f"] not in out.get("marks", ""):
            body += ("；" if body.endswith(("。", ".")) else "。") + f["f"]
    if "brand" in force and br and "brand" not in out and not any(b in body for b in BR[br]):
        out["brand"] = brand_word(br)
    if sertxt and obj["serial"][0] in force and sertxt not in body and "serial" not in out:
        body += " 编号" + sertxt
    out["body"] = body[:600]
    out["found_at_min"] = mins_before(fdt)
    return out


# ---------------------------------------------------------------- building
def found_time_for(start, end, kind):
    span = int((end - start).total_seconds() // 60)
    extra = pick([0, 20, 60, 180, 600]) if kind not in ("ebike", "bicycle") else pick([60, 600, 1440, 2880, 4320])
    fdt = start + datetime.timedelta(minutes=R.randrange(0, span + extra + 1))
    cap = REG - datetime.timedelta(minutes=5)
    return min(fdt, cap)


def make_truth():
    obj = draw_kind()()
    pk = pick(obj["places"])
    start, end = loss_window(pk, obj["kind"])
    return obj, pk, start, end


def near_for(pk, obj):
    same = [k for k in obj["places"] if AREA_OF[k] == AREA_OF[pk] and k != pk]
    same = sorted(set(same))
    if obj["kind"] not in ("ebike", "bicycle"):
        same += [k for k in PL_KEYS if AREA_OF[k] == AREA_OF[pk] and k != pk and k not in same
                 and not k.startswith(("bus1", "boat"))]
    return pick(same) if same else pk


def found_place_for(pk, obj):
    x = R.random()
    if x < 0.5:
        return pk
    if x < 0.9 or obj["kind"] in ("ebike", "bicycle"):
        return near_for(pk, obj)
    # things that travel: to the visitor centre, the island pier, the bus stop, a hotel's desk
    if AREA_OF[pk] == "pier":
        return pick(["islpier", "ferry"])
    if obj.get("hotel") and chance(0.7):
        return obj["hotel"]
    return near_for(pk, obj)


def mutate(obj, key):
    """A different object of the same kind: one fact replaced by a freshly drawn value."""
    import copy
    new = copy.deepcopy(obj)
    for _ in range(50):
        alt = KIND_FN[obj["kind"]]()
        af = [f for f in alt["facts"] if f["k"] == key]
        if af and af[0]["val"] != [f for f in obj["facts"] if f["k"] == key][0]["val"]:
            new["facts"] = [af[0] if f["k"] == key else f for f in new["facts"]]
            return new
    return None


KIND_FN = {}
IDENT = ("name", "id", "card", "plate", "num", "room", "eng", "label", "amt", "cash", "co", "stick", "sticker")


def other_identity(obj):
    """The same-looking object of someone else: identifying facts and serial redrawn."""
    import copy
    new = copy.deepcopy(obj)
    new.pop("lost_cat", None)
    for _ in range(80):
        alt = KIND_FN[obj["kind"]]()
        if alt.get("doctype") == obj.get("doctype") and [f["k"] for f in alt["facts"]][:1] == [f["k"] for f in obj["facts"]][:1]:
            break
    byk = {f["k"]: f for f in alt["facts"]}
    facts = []
    for f in new["facts"]:
        if f["k"] in IDENT and f["k"] in byk:
            facts.append(byk[f["k"]])
        else:
            facts.append(f)
    new["facts"] = facts
    new["serial"] = fresh_serial(obj)
    return new


def fresh_serial(obj):
    """Another object's serial of the same kind and format (None if it has none)."""
    if not obj["serial"]:
        return None
    for _ in range(300):
        alt = KIND_FN[obj["kind"]]()
        if alt["serial"] and alt["serial"][0] == obj["serial"][0] and alt["serial"][1] != obj["serial"][1] \
                and alt.get("doctype") == obj.get("doctype") and alt["brand"] == obj["brand"]:
            return alt["serial"]
    for _ in range(300):
        alt = KIND_FN[obj["kind"]]()
        if alt["serial"] and alt["serial"][0] == obj["serial"][0] and alt["serial"][1] != obj["serial"][1]:
            return alt["serial"]
    raise SystemExit("no fresh serial for " + obj["kind"])


def main():
    for fn, _ in KINDS:
        o = fn()
        KIND_FN[o["kind"]] = fn
    lost, found = [], []
    truths = []
    for i in range(N_MATCHED + N_NEVER):
        obj, pk, start, end = make_truth()
        truths.append((obj, pk, start, end, i < N_MATCHED))
    R.shuffle(truths)
    # a few objects filed under two categories
    cross = 0
    for t in truths:
        if cross >= 4 or not t[4]:
            continue
        o = t[0]
        if o["kind"] == "cam" and cross < 4:
            o["lost_cat"] = "other"; cross += 1
        elif o["kind"] == "keycard" and cross < 4:
            o["lost_cat"] = "other"; cross += 1
        elif o["kind"] == "cash" and cross < 4:
            o["lost_cat"] = "wallet"; cross += 1
    items = []   # (found record, truth index or None, negative label)
    tempt_pool = []
    twin_pool = []
    for idx, (obj, pk, start, end, matched) in enumerate(truths):
        force = ()
        if not matched:
            tempt_pool.append(idx)
        rep = owner_report(obj, pk, start, end)
        rep["_i"] = idx
        lost.append(rep)
        if matched:
            fdt = found_time_for(start, end, obj["kind"])
            fpk = found_place_for(pk, obj)
            fr = finder_reg(obj, fpk, fdt)
            items.append((fr, idx, None))
            twin_pool.append(idx)
    # hard negatives against never-found reports
    neg_kinds = {}

    def negative_for(idx, label_pref):
        obj, pk, start, end, matched = truths[idx]
        rep = lost[idx]
        kinds = []
        if obj["serial"] and obj["serial"][0] in ("imei", "sn", "frame", "bikeno", "id", "pp", "stu"):
            kinds.append("same_model_other_serial")
        if obj["brand"]:
            kinds.append("same_brand_model_other_place_time")
            kinds.append("same_colour_other_brand")
        kinds.append("found_before_loss")
        mkeys = [f["k"] for f in obj["facts"] if f["o"] and f["f"] and f["val"] is not None]
        if mkeys:
            kinds += ["one_fact_differs", "one_fact_differs"]
        kind = pick(kinds)
        import copy
        new = copy.deepcopy(obj)
        new.pop("lost_cat", None)
        fpk = near_for(pk, obj) if chance(0.5) else pk
        fdt = found_time_for(start, end, obj["kind"])
        force = ()
        if kind == "same_model_other_serial":
            t, v = obj["serial"]
            new = other_identity(obj)
            if not new["serial"] or new["serial"][0] != t or new["serial"][1] == v:
                return None
            force = (t,)
            # the owner's report must carry the serial so an owner would know it is not theirs
            if "serial" not in rep and v[-4:] not in rep["body"]:
                rep["serial"] = serial_text(obj["serial"], "owner")[:60]
        elif kind == "same_brand_model_other_place_time":
            new = other_identity(obj)
            fpk = far_place(pk, obj)
            late = pick([3, 6, 10, 20, 30]) * 1440
            fdt = min(end + datetime.timedelta(minutes=late), REG - datetime.timedelta(minutes=10))
            if mins_before(fdt) >= mins_before(end) - 1440:
                fdt = start - datetime.timedelta(days=pick([4, 8, 15]))
                if fdt < HOL_START - datetime.timedelta(days=20):
                    return None
        elif kind == "same_colour_other_brand":
            pool = sorted(b for b in BR if b != obj["brand"])
            same_group = {"phone": ["华为", "苹果", "小米", "OPPO", "vivo", "荣耀", "三星"], "sunglasses": ["光屿", "晴鸥", "蔻岚"],
                          "cam": ["浪途", "潜影", "极跃"], "powerbank": ["电小满", "澎湃能"], "earbuds": ["声浪", "华为", "苹果", "小米"],
                          "ebike": ["雅迪", "爱玛", "台铃", "小牛"], "bicycle": ["捷安特", "美利达"], "goggles": ["游鲸", "海贝"],
                          "wallet": ["途斐", "蔻岚"]}.get(obj["kind"], pool)
            cand = [b for b in same_group if b != obj["brand"]]
            if not cand:
                return None
            new = other_identity(obj)
            new["brand"] = pick(cand)
            alt = KIND_FN[obj["kind"]]()
            tries = 0
            while alt["brand"] != new["brand"] and tries < 80:
                alt = KIND_FN[obj["kind"]]()
                tries += 1
            new["model"] = alt["model"] if alt["brand"] == new["brand"] else None
            if obj["serial"] and alt["serial"] and alt["serial"][0] == obj["serial"][0]:
                new["serial"] = alt["serial"]
            force = ("brand",)
            if "brand" not in rep and not any(b in rep["body"] for b in BR[obj["brand"]]):
                rep["brand"] = brand_word(obj["brand"])
        elif kind == "found_before_loss":
            fdt = start - datetime.timedelta(minutes=pick([90, 300, 720, 1440, 2880, 5760]))
            new = other_identity(obj)
        else:
            mkeys = [f["k"] for f in obj["facts"] if f["o"] and f["f"] and f["val"] is not None]
            ik = [k for k in mkeys if k in IDENT]
            if ik:
                # an object that names its owner: the other object is someone else's, so all of that differs
                key = pick(ik)
                new = other_identity(obj)
                if [f["val"] for f in new["facts"] if f["k"] == key] == [f["val"] for f in obj["facts"] if f["k"] == key]:
                    new = mutate(new, key)
            else:
                key = pick(mkeys)
                new = mutate(obj, key)
            if new is None:
                return None
            new.pop("lost_cat", None)
            force = (key,)
            new["serial"] = fresh_serial(obj)
            # the owner must have said the fact that tells the two apart
            ff = [f for f in obj["facts"] if f["k"] == key][0]
            fo = ff["o"]
            said = fo in rep["body"] or fo in rep.get("marks", "") or (ff["e"] and ff["e"].lower() in rep["body"].lower())
            if not said:
                if rep["body"][-1:].isascii():
                    rep["body"] = (rep["body"] + " (补充：" + fo + ")")[:600]
                else:
                    rep["body"] = (rep["body"] + ("，" if not rep["body"].endswith(("。", ".", "!", "！")) else "") + fo + "。")[:600]
            kind = "one_fact_differs:" + key
        fr = finder_reg(new, fpk, fdt, force=force)
        fr["_t"] = idx
        return fr, kind

    for idx in tempt_pool[:N_NEG_TEMPT]:
        got = None
        for _ in range(6):
            got = negative_for(idx, "t")
            if got:
                break
        if got:
            items.append((got[0], None, got[1]))
    n_tempt = sum(1 for it in items if it[2])
    extra_tempt = tempt_pool[N_NEG_TEMPT:]
    k = 0
    while n_tempt < N_NEG_TEMPT and k < len(extra_tempt):
        got = negative_for(extra_tempt[k], "t")
        k += 1
        if got:
            items.append((got[0], None, got[1])); n_tempt += 1
    # twins of matched reports
    twins = sorted(R.sample(twin_pool, N_NEG_TWIN))
    for idx in twins:
        got = None
        for _ in range(8):
            got = negative_for(idx, "w")
            if got:
                break
        if got:
            items.append((got[0], None, "twin_of_matched:" + got[1]))
    # strays nobody reported
    n_neg = sum(1 for it in items if it[2])
    while n_neg < N_NEG_TEMPT + N_NEG_TWIN + N_NEG_STRAY:
        obj, pk, start, end = make_truth()
        fr = finder_reg(obj, pk, found_time_for(start, end, obj["kind"]))
        items.append((fr, None, "unreported_stray"))
        n_neg += 1
    R.shuffle(items)
    fkey_of = {}
    found_out = []
    dbg = []
    for j, (fr, tidx, neg) in enumerate(items):
        key = "%s-F%04d" % (PFX, j + 1)
        rec = {"key": key}
        fr = dict(fr)
        if "_t" in fr:
            dbg.append((key, fr.pop("_t")))
        rec.update(fr)
        if tidx is not None:
            fkey_of[tidx] = key
        else:
            rec["negative"] = neg
        found_out.append(rec)
    order = list(range(len(lost)))
    R.shuffle(order)
    lost_out = []
    for n, i in enumerate(order):
        rep = dict(lost[i])
        tidx = rep.pop("_i")
        rec = {"key": "%s-L%04d" % (PFX, n + 1)}
        rec.update(rep)
        rec["truth"] = fkey_of.get(tidx)
        lost_out.append(rec)
    data = {"seed": SEED, "made_by": "tests/lostfound/make_%s.py" % PART,
            "parts": {PART: {"found": found_out, "lost": lost_out}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "%s.json" % PART)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    if os.environ.get("SET49_DEBUG"):
        pos = {tidx: "%s-L%04d" % (PFX, n + 1) for n, tidx in enumerate(order)}
        with open(os.environ["SET49_DEBUG"], "w", encoding="utf-8") as fh:
            json.dump({k: pos[t] for k, t in dbg}, fh, indent=0)
    print("wrote", path, "lost", len(lost_out), "found", len(found_out))


if __name__ == "__main__":
    main()
