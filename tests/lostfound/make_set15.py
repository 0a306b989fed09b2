#!/usr/bin/env python3
"""make_set15.py - writes set15.json, a blind labelled lost-and-found set.

World: 澜月古城 (an invented ancient-town tourist destination in the south-west)
in the peak of the summer holiday: stone lanes, bar street, 客栈, the 碧澜海 lake and
its cycling ring road, the 白鹿雪山 scenic area (~25 km north, shuttle bus and
cableway), horse-riding trails, silver shops and the night market.

Every object is first drawn as a hidden truth record.  The owner's lost report and
the finder's found registration are then written INDEPENDENTLY from that record:
the owner may state what only an owner knows (hidden contents, SIM number, where it
was bought), the finder only what is visible or printed on the object.  Each side
chooses its own words (synonyms, brand spellings, colour words of one family,
serial formats, place named by landmark or street).  Negatives are separate objects
derived from a truth record and changed so that an attentive officer could tell
them apart (or could not tell, and they are still labelled honestly as negatives).

Python 3 standard library only; one random.Random with a fixed seed; no set()
iteration; output is byte-identical on every run whatever PYTHONHASHSEED is.
"""
import json
import os
import random

SEED = 15072608
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set15.json")

NOW_CLOCK = 20 * 60 + 30     # notional local clock time of "now" (20:30)
MAX_DAYS = 112               # everything within ~120 days
N_TRUE = 150
N_NULL = 60
NEG_PLAN = [                 # kind of distractor, how many
    ("decoy_null", 45),      # same category+colour, another object, near a never-found report
    ("decoy", 22),           # same category+colour, another object, near a true report
    ("twin", 26),            # same brand/model/colour near the same place, other serial/marks
    ("before_loss", 20),     # same kind found before the loss began
    ("elsewhere", 17),       # same brand, another place and time
    ("unclaimed", 20),       # unrelated unclaimed items spread over the weeks
]

R = random.Random(SEED)
DEBUG = os.environ.get("SET15_DEBUG") == "1"     # prints each negative beside its report; output unchanged


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- places
# zone groups: neighbours are places of the same group
PLACES = [
    # key, group, landmark names, street address, lat, lon
    ("sifang", "core", ["四方街", "古城四方街", "四方街广场"], "古城区新义街口", 26.4020, 100.1180),
    ("shuiche", "core", ["大水车", "古城口大水车", "古城入口大水车"], "古城区民主路1号", 26.4061, 100.1195),
    ("jiuba", "core", ["酒吧街", "新月街酒吧街", "新月街"], "古城区新月街中段", 26.4005, 100.1162),
    ("yinjiang", "core", ["银匠街", "银器一条街", "七一街银器店"], "古城区七一街", 26.3990, 100.1190),
    ("yeshi", "core", ["东门夜市", "夜市", "东门美食夜市"], "古城区东大街88号", 26.4032, 100.1228),
    ("mufu", "core", ["木府", "木府门口", "木府景区"], "古城区光义街", 26.3972, 100.1170),
    ("shizi", "core", ["狮子山", "狮子山观景台", "万古楼"], "古城区狮山路", 26.3985, 100.1140),
    ("tingyu", "core", ["听雨客栈", "听雨阁客栈"], "古城区五一街文治巷32号", 26.4011, 100.1209),
    ("banshan", "core", ["半山客栈", "半山云舍"], "古城区狮山路西段17号", 26.3978, 100.1131),
    ("huajian", "core", ["花间客栈", "花间小院客栈"], "古城区光碧巷9号", 26.4042, 100.1173),
    ("bus", "outer", ["古城客运站", "客运站", "汽车客运站"], "澜月大道南段456号", 26.3880, 100.1260),
    ("jisan", "outer", ["旅游集散中心", "景区直通车上车点", "直通车站"], "玉河路旅游集散中心", 26.4090, 100.1240),
    ("rail", "outer", ["澜月站", "火车站", "澜月高铁站"], "金山路1号", 26.3720, 100.1410),
    ("wanda", "outer", ["澜月万达", "万达广场"], "澜月大道北段9号", 26.4150, 100.1300),
    ("matou", "lake", ["碧澜海码头", "湖边码头", "海东码头"], "环湖路东段码头", 26.4150, 100.1560),
    ("swan", "lake", ["环湖路S弯观景台", "S弯网红观景台", "环湖路观景台"], "环湖路12公里处", 26.4290, 100.1620),
    ("zuche", "lake", ["环湖路起点租车点", "湖边单车租赁点", "环湖起点"], "环湖路0公里起点", 26.4080, 100.1480),
    ("shuian", "lake", ["水岸村", "水岸渔村", "湖边水岸村"], "环湖路水岸村段", 26.4350, 100.1510),
    ("majiang", "horse", ["嘎吉村马场", "骑马点", "茶马古道骑马场"], "嘎吉村村口", 26.3780, 100.0950),
    ("mapath", "horse", ["茶马古道马道", "马道", "嘎吉村后山马道"], "嘎吉村后山", 26.3720, 100.0890),
    ("youke", "scenic", ["白鹿雪山游客中心", "雪山游客中心", "景区游客中心"], "白鹿雪山景区服务区", 26.6180, 100.1850),
    ("cabled", "scenic", ["冰川缆车下站", "大索道下站", "缆车下站"], "白鹿雪山冰川公园", 26.6320, 100.2010),
    ("cableu", "scenic", ["冰川缆车上站", "4506观景平台", "上站栈道"], "白鹿雪山冰川公园上站", 26.6400, 100.2100),
    ("cuigu", "scenic", ["翠谷", "翠谷湖", "翠谷蓝湖"], "白鹿雪山翠谷景点", 26.6010, 100.1930),
    ("xingcao", "scenic", ["星草坪", "星草坪徒步道", "星草坪索道"], "白鹿雪山星草坪", 26.6250, 100.1750),
    ("airport", "far", ["澜月机场", "机场", "澜月机场到达口"], "澜月机场航站楼", 26.2010, 100.1120),
    ("cangzhou", "far", ["苍州古城", "苍州", "苍州客运站"], "苍州市", 25.6050, 100.2480),
    ("shimen", "far", ["石门峡", "石门峡景区", "石门峡徒步道"], "石门峡镇", 26.9050, 100.0470),
]
PLACE = {p[0]: p for p in PLACES}
GROUPS = {}
for _p in PLACES:
    GROUPS.setdefault(_p[1], []).append(_p[0])


def neighbour(pk):
    if PLACE[pk][1] == "far":
        return pk     # the far places are far from each other too
    g = GROUPS[PLACE[pk][1]]
    others = [k for k in g if k != pk]
    return pick(others) if others else pk


def place_words(pk, finder=False, plain=False):
    p = PLACE[pk]
    if plain:
        return pick(p[2])
    r = R.random()
    if r < 0.18 and p[3]:
        return p[3]
    name = pick(p[2])
    if r < 0.40:
        return name + pick(["附近", "旁边", "那边", "门口", "一带"])
    return name


def jitter(pk, spread=0.0018):
    p = PLACE[pk]
    return (round(p[4] + R.uniform(-spread, spread), 6), round(p[5] + R.uniform(-spread, spread), 6))


# ---------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑", "深色", "深空灰", "曜石黑", "纯黑"], "black"),
    "white": (["白色", "白", "米白", "奶白色", "象牙白"], "white"),
    "grey": (["灰色", "浅灰", "银灰色", "灰"], "grey"),
    "blue": (["蓝色", "深蓝", "藏青色", "天蓝色", "远峰蓝"], "blue"),
    "red": (["红色", "大红", "酒红色", "红"], "red"),
    "pink": (["粉色", "粉红", "浅粉", "樱花粉"], "pink"),
    "green": (["绿色", "墨绿", "军绿色", "草绿"], "green"),
    "yellow": (["黄色", "明黄", "姜黄色"], "yellow"),
    "brown": (["棕色", "咖啡色", "驼色", "焦糖色"], "brown"),
    "purple": (["紫色", "暗紫色", "浅紫"], "purple"),
    "gold": (["金色", "香槟金", "土豪金"], "gold"),
    "orange": (["橙色", "橘色", "橘黄"], "orange"),
    "silver": (["银色", "银白", "银"], "silver"),
}

# ---------------------------------------------------------------- brands
BRANDS = {
    "apple": (["苹果", "Apple", "apple", "iPhone", "爱疯"], "Apple"),
    "huawei": (["华为", "HUAWEI", "huawei", "Huawei", "华为HUAWEI"], "Huawei"),
    "xiaomi": (["小米", "Xiaomi", "xiaomi", "MI", "xiao mi"], "Xiaomi"),
    "oppo": (["OPPO", "oppo", "欧珀"], "OPPO"),
    "vivo": (["vivo", "VIVO", "维沃"], "vivo"),
    "honor": (["荣耀", "HONOR", "honor"], "Honor"),
    "dji": (["大疆", "DJI", "dji", "大疆DJI"], "DJI"),
    "sony": (["索尼", "SONY", "Sony"], "Sony"),
    "canon": (["佳能", "Canon", "canon"], "Canon"),
    "fuji": (["富士", "FUJIFILM", "Fuji", "富士Fujifilm"], "Fujifilm"),
    "insta": (["Insta360", "影石", "insta360", "影石Insta360"], "Insta360"),
    "gopro": (["GoPro", "gopro", "狗pro"], "GoPro"),
    "coach": (["COACH", "蔻驰", "coach"], "Coach"),
    "mk": (["MK", "Michael Kors", "迈克高仕"], "Michael Kors"),
    "septwolves": (["七匹狼", "SEPTWOLVES"], "Septwolves"),
    "muji": (["无印良品", "MUJI", "muji"], "MUJI"),
    "lv": (["LV", "路易威登", "Louis Vuitton"], "Louis Vuitton"),
    "arcteryx": (["始祖鸟", "Arc'teryx", "ARCTERYX", "arcteryx"], "Arc'teryx"),
    "tnf": (["北面", "The North Face", "TNF", "北脸"], "The North Face"),
    "decathlon": (["迪卡侬", "Decathlon", "DECATHLON"], "Decathlon"),
    "osprey": (["小鹰", "Osprey", "OSPREY"], "Osprey"),
    "kailas": (["凯乐石", "KAILAS", "kailas"], "Kailas"),
    "samsonite": (["新秀丽", "Samsonite"], "Samsonite"),
    "toread": (["探路者", "TOREAD"], "Toread"),
    "yadea": (["雅迪", "Yadea", "YADEA"], "Yadea"),
    "aima": (["爱玛", "AIMA", "Aima"], "Aima"),
    "niu": (["小牛", "NIU", "小牛电动"], "NIU"),
    "tailg": (["台铃", "TAILG"], "Tailg"),
    "giant": (["捷安特", "GIANT", "Giant"], "Giant"),
    "merida": (["美利达", "MERIDA", "Merida"], "Merida"),
    "toyota": (["丰田", "Toyota", "TOYOTA"], "Toyota"),
    "vw": (["大众", "VW", "Volkswagen"], "Volkswagen"),
    "byd": (["比亚迪", "BYD", "byd"], "BYD"),
    "tesla": (["特斯拉", "Tesla"], "Tesla"),
    "chowtaifook": (["周大福", "CTF", "周大福CTF"], "Chow Tai Fook"),
    "rayban": (["雷朋", "Ray-Ban", "RayBan"], "Ray-Ban"),
    "thermos": (["膳魔师", "THERMOS", "Thermos"], "Thermos"),
    "kindle": (["Kindle", "kindle", "亚马逊Kindle"], "Kindle"),
    "anker": (["安克", "Anker", "ANKER"], "Anker"),
    "mi_band": (["小米", "Xiaomi", "米家"], "Xiaomi"),
}


def O(owner, finder=None, en=None):
    """an option of a tag: owner phrasings, finder phrasings (None: same), English."""
    return (owner, owner if finder is None else finder, en)


# ---------------------------------------------------------------- subtypes
# tags: name -> (probability present, who knows it: both/own/fin, options)
SUB = {}


def sub(key, cat, names, fnames, en, py, alt, brands, colors, serial, cl, groups, tags, weight):
    SUB[key] = dict(key=key, cat=cat, names=names, fnames=fnames, en=en, py=py, alt=alt,
                    brands=brands, colors=colors, serial=serial, cl=cl, groups=groups,
                    tags=tags, weight=weight)


PHONE_TAGS = {
    "case": (0.95, "both", [
        O(["透明壳", "透明的手机壳", "透明软壳"], ["透明手机壳", "透明保护壳"], "clear case"),
        O(["黑色硅胶壳", "黑的硅胶套"], ["黑色硅胶保护套"], "black silicone case"),
        O(["粉色带指环扣的壳", "粉壳子，后面有个指环支架"], ["粉色手机壳，背面带指环扣"], "pink case with a ring holder"),
        O(["咖啡色皮质翻盖壳", "翻盖的皮套，咖啡色"], ["棕色翻盖皮套"], "brown leather flip cover"),
        O(["蜡笔小新的卡通壳", "小新图案的壳"], ["蜡笔小新图案手机壳"], "Crayon Shin-chan case"),
        O(["东巴文图案的壳，在古城买的", "壳上印着东巴文字"], ["手机壳印有东巴象形文字"], "case printed with Dongba script"),
        O(["磨砂蓝色壳"], ["蓝色磨砂壳"], "frosted blue case"),
        O(["没有壳，裸机", "没戴壳"], ["无手机壳", "裸机无壳"], "no case"),
        O(["带彩色编织挂绳的斜挎手机壳"], ["手机壳连着一根彩色编织斜挎绳"], "crossbody case with a colourful woven strap"),
        O(["绿色小恐龙立体壳"], ["绿色恐龙造型手机壳"], "green dinosaur case"),
    ]),
    "crack": (0.35, "both", [
        O(["屏幕右下角有裂纹", "右下角屏碎了一点"], ["屏幕右下角碎裂", "屏右下角有裂痕"], "screen cracked bottom right"),
        O(["后盖摔裂了"], ["后壳玻璃有裂痕"], "back glass cracked"),
        O(["贴了防窥膜，膜边翘起来了"], ["贴防窥膜，膜边缘起翘"], "privacy film peeling at the edge"),
        O(["屏幕左上角碎成蜘蛛网"], ["屏幕左上角蛛网状碎裂"], "spider-web crack top left"),
    ]),
    "wall": (0.45, "both", [
        O(["锁屏是一只柯基", "屏保是我家柯基的照片"], ["锁屏壁纸为一只柯基犬"], "lock screen is a corgi"),
        O(["锁屏是雪山的照片"], ["锁屏为雪山风景照"], "lock screen is a snow mountain"),
        O(["锁屏是我和女儿的合照"], ["锁屏为一成人和小女孩合影"], "lock screen: me and my daughter"),
        O(["锁屏是一只黑白猫"], ["锁屏壁纸是一只黑白花猫"], "lock screen is a black-and-white cat"),
        O(["锁屏是海贼王路飞"], ["锁屏为动漫人物（海贼王）"], "lock screen is Luffy from One Piece"),
        O(["锁屏是洱海一样的蓝色湖面和一个穿红裙子的女生背影"], ["锁屏为湖边红裙女子背影"], "lock screen: a girl in a red dress by the lake"),
    ]),
    "tuck": (0.3, "both", [
        O(["壳后面夹了一张演唱会门票"], ["手机壳内夹有一张演唱会门票"], "a concert ticket tucked in the case"),
        O(["壳里夹了张公交卡"], ["壳内夹一张交通卡"], "a transit card in the case"),
        O(["背面贴着一张大熊猫贴纸"], ["背面有熊猫贴纸"], "a panda sticker on the back"),
        O(["壳里面夹着一百块钱"], ["壳内夹有人民币100元"], "100 yuan tucked in the case"),
        O(["壳里夹了一张拍立得照片，两个人的"], ["壳内夹一张拍立得合影"], "a polaroid of two people in the case"),
    ]),
    "sim": (0.5, "own", [
        O(["卡是移动的，号码尾号{n4}", "手机号尾号{n4}"], [], "SIM number ends {n4}"),
        O(["里面是电信卡，尾号{n4}"], [], "China Telecom SIM ending {n4}"),
        O(["有两张卡，主卡尾号{n4}"], [], "two SIMs, main one ends {n4}"),
    ]),
    "state": (0.35, "fin", [
        O([], ["已没电关机", "关机状态，无法开机"]),
        O([], ["电量约一半，有锁屏密码"]),
        O([], ["一直有未接来电，未接听", "有来电显示'老公'未接"]),
    ]),
}

SUB_LIST = []
sub("phone", "phone", ["手机"], ["手机"], "phone", "shouji", None,
    ["apple", "apple", "apple", "huawei", "huawei", "xiaomi", "oppo", "vivo", "honor"],
    ["black", "white", "blue", "purple", "gold", "green", "silver"], "imei", "部",
    ["core", "core", "scenic", "lake", "outer"], PHONE_TAGS, 32)

MODELS = {
    ("phone", "apple"): [["iPhone 15 Pro", "iphone15pro", "15Pro", "苹果15 pro"], ["iPhone 14", "iphone14", "14"],
                         ["iPhone 13", "iPhone13", "13"], ["iPhone 15 Pro Max", "15promax", "15 Pro Max"],
                         ["iPhone 12", "iphone 12", "12"]],
    ("phone", "huawei"): [["Mate 60 Pro", "Mate60Pro", "mate60 pro"], ["P60", "P60 Pro", "p60pro"],
                          ["nova 11", "nova11", "Nova 11"], ["Mate 40", "mate40"]],
    ("phone", "xiaomi"): [["小米14", "Xiaomi 14", "mi14"], ["Redmi K70", "红米K70", "K70"], ["小米13", "Mi 13"]],
    ("phone", "oppo"): [["Find X6", "FindX6", "find x6"], ["Reno 10", "Reno10"]],
    ("phone", "vivo"): [["X100", "vivo X100", "x100"], ["S18", "s18"]],
    ("phone", "honor"): [["Magic 6", "Magic6", "magic6"], ["荣耀90", "Honor 90", "90"]],
    ("drone", "dji"): [["Mini 3 Pro", "mini3pro", "迷你3 Pro"], ["Mini 4 Pro", "mini4 pro", "Mini4Pro"],
                       ["Air 2S", "air2s", "御Air 2S"], ["Avata", "阿凡达Avata", "avata"]],
    ("camera", "sony"): [["A7C", "a7c", "A7C一代"], ["A7M4", "a7m4", "A7 IV"], ["ZV-E10", "zve10", "ZV E10"]],
    ("camera", "canon"): [["R50", "EOS R50", "r50"], ["G7X Mark III", "G7X3", "g7x"], ["200D二代", "200D II"]],
    ("camera", "fuji"): [["X100V", "x100v", "X100 V"], ["X-S20", "XS20", "xs20"], ["X-T30", "XT30"]],
    ("actioncam", "insta"): [["X3", "ONE X3", "x3"], ["Ace Pro", "ace pro"]],
    ("actioncam", "gopro"): [["HERO12", "Hero 12", "hero12"], ["HERO11", "Hero11"]],
    ("actioncam", "dji"): [["Action 4", "action4", "Osmo Action 4"], ["Pocket 3", "pocket3", "口袋3"]],
    ("ebike", "niu"): [["NQi", "N1S"], ["U+", "U+B"]],
    ("ebike", "yadea"): [["冠能", "G5"], ["DE2"]],
    ("ebike", "aima"): [["A500"], ["麦",]],
    ("ebike", "tailg"): [["战速"]],
    ("earbuds", "apple"): [["AirPods Pro 2", "airpods pro2", "AirPods Pro第二代"], ["AirPods 3", "airpods三代"]],
    ("earbuds", "huawei"): [["FreeBuds Pro 3", "freebuds pro3"], ["FreeBuds 5"]],
    ("tablet", "apple"): [["iPad Air", "ipad air"], ["iPad mini", "ipad mini6", "mini6"]],
    ("tablet", "huawei"): [["MatePad 11", "matepad11"]],
    ("watch", "apple"): [["Apple Watch S9", "S9", "watch s9"], ["Apple Watch Ultra", "ultra"]],
    ("watch", "huawei"): [["Watch GT4", "GT4", "gt 4"], ["Watch 4 Pro", "watch4pro"]],
    ("watch", "mi_band"): [["小米手环8", "手环8", "Band 8"]],
}

sub("drone", "electronics", ["无人机", "航拍器", "航拍无人机"], ["无人机", "航拍飞行器"], "drone", "wurenji", None,
    ["dji"], ["grey", "white", "black"], "dji_sn", "台", ["scenic", "lake", "core"], {
        "bag": (0.6, "both", [
            O(["装在灰色收纳包里", "带着原装收纳包"], ["装于灰色收纳包内"], "in its grey carry bag"),
            O(["连着遥控器一起", "带屏遥控器也在一起"], ["含遥控器一个"], "with the remote"),
            O(["放在一个黑色斜挎包里，里面还有两块电池"], ["黑色斜挎包内有无人机及电池两块"], "in a black sling with two batteries"),
        ]),
        "mark": (0.6, "both", [
            O(["机身贴了一个红色五角星贴纸", "机身上有红五星贴纸"], ["机身贴有红色五角星贴纸"], "red star sticker on the body"),
            O(["一个桨叶断了一截"], ["有一片桨叶断裂"], "one propeller broken"),
            O(["机身写了我的电话号码尾号{n4}"], ["机身贴有电话号码标签（尾号{n4}）"], "my phone ending {n4} written on it"),
            O(["脚架上缠了荧光绿胶带"], ["起落处缠荧光绿胶布"], "fluorescent green tape on the legs"),
        ]),
        "card": (0.4, "own", [
            O(["内存卡里全是雪山和湖边的航拍", "存储卡里有这几天拍的视频"], [], "the SD card has my lake footage"),
        ]),
        "state": (0.5, "fin", [
            O([], ["挂在树上由景区工作人员取下", "机身有刮痕"]),
            O([], ["落在草地上，电池没电"]),
        ]),
    }, 9)
sub("camera", "electronics", ["相机", "微单", "单反相机", "照相机"], ["相机", "照相机", "数码相机"], "camera", "xiangji", None,
    ["sony", "canon", "fuji"], ["black", "silver"], "cam_sn", "台", ["core", "scenic", "lake"], {
        "strap": (0.7, "both", [
            O(["背带是彩色民族风的", "换了一条民族风彩色背带"], ["相机背带为彩色民族风织带"], "colourful ethnic-style strap"),
            O(["原装黑背带"], ["黑色原装背带"], "original black strap"),
            O(["手腕绳是红色的"], ["带红色手腕绳"], "red wrist strap"),
            O(["背带是棕色皮的"], ["棕色皮质背带"], "brown leather strap"),
        ]),
        "lens": (0.6, "both", [
            O(["装着一个定焦镜头", "镜头是35定焦"], ["装有定焦镜头一只"], "prime lens on it"),
            O(["镜头盖丢了，镜头上有UV镜"], ["镜头无镜头盖，有UV镜"], "no lens cap, UV filter"),
            O(["套着一个棕色皮套"], ["相机套棕色皮套"], "brown leather half case"),
        ]),
        "card": (0.5, "own", [
            O(["卡里都是这几天在古城拍的照片", "里面有我和老公在雪山拍的照片"], [], "card full of our photos"),
        ]),
        "sticker": (0.4, "both", [
            O(["侧面贴了一个小熊猫贴纸"], ["机身侧面有熊猫贴纸"], "panda sticker on the side"),
            O(["机顶刻了名字缩写 {ini}"], ["机顶有刻字“{ini}”"], "initials {ini} engraved on top"),
        ]),
    }, 9)
sub("actioncam", "electronics", ["运动相机", "全景相机", "口袋相机"], ["运动相机", "小型摄像机"], "action camera", "yundong xiangji", None,
    ["insta", "gopro", "dji"], ["black", "grey"], "cam_sn", "个", ["lake", "scenic", "horse"], {
        "stick": (0.7, "both", [
            O(["连着一根隐形自拍杆", "接了一根自拍杆"], ["连自拍杆一根"], "on a selfie stick"),
            O(["装在头盔夹上"], ["带头盔固定夹"], "with a helmet mount"),
            O(["有个红色保护套"], ["红色硅胶保护套"], "red silicone cover"),
        ]),
        "mark": (0.4, "both", [
            O(["镜头有一道划痕"], ["镜头有划痕"], "scratched lens"),
            O(["背面贴了名字贴 {ini}"], ["背面有“{ini}”字样贴纸"], "name sticker {ini} on the back"),
        ]),
    }, 5)
sub("earbuds", "electronics", ["耳机", "蓝牙耳机", "无线耳机"], ["蓝牙耳机", "无线耳机"], "earbuds", "erji", "other",
    ["apple", "apple", "huawei"], ["white", "black"], "apple_sn", "副", ["core", "outer", "scenic"], {
        "cover": (0.8, "both", [
            O(["耳机盒套着一个卡通小熊的硅胶套"], ["充电盒有小熊硅胶套"], "bear silicone cover on the case"),
            O(["盒子套了蓝色保护套，挂了个小铃铛"], ["充电盒蓝色保护套，挂小铃铛"], "blue cover with a little bell"),
            O(["充电盒上刻了字 {ini}"], ["充电盒刻有“{ini}”"], "case engraved {ini}"),
            O(["盒子外面是透明壳"], ["充电盒透明套"], "clear cover"),
            O(["套着一个东巴文字皮套"], ["充电盒为东巴文图案皮套"], "Dongba-pattern leather cover"),
        ]),
        "missing": (0.3, "both", [
            O(["盒子里只有左耳，右耳早就丢了"], ["盒内仅左耳一只"], "only the left bud inside"),
        ]),
    }, 6)
sub("tablet", "electronics", ["平板", "平板电脑", "iPad"], ["平板电脑"], "tablet", "pingban", None,
    ["apple", "huawei"], ["grey", "silver", "blue", "purple"], "apple_sn", "台", ["core", "outer"], {
        "cover": (0.9, "both", [
            O(["带一个蓝色三折保护套"], ["蓝色三折保护壳"], "blue folio cover"),
            O(["套着键盘保护套"], ["带键盘套"], "keyboard cover"),
            O(["保护套上贴满了贴纸"], ["保护壳贴满卡通贴纸"], "cover full of stickers"),
        ]),
        "pen": (0.4, "both", [O(["还夹着一支手写笔"], ["附手写笔一支"], "with a stylus")]),
    }, 3)
sub("watch", "electronics", ["手表", "智能手表", "手环"], ["手表", "智能手表", "运动手环"], "smartwatch", "shoubiao", "jewelry",
    ["apple", "huawei", "mi_band"], ["black", "white", "silver", "pink"], None, "块", ["lake", "horse", "scenic"], {
        "band": (0.9, "both", [
            O(["表带是橙色的运动表带"], ["橙色运动表带"], "orange sport band"),
            O(["换了一条米色编织表带"], ["米色编织表带"], "beige braided band"),
            O(["黑色硅胶表带"], ["黑色橡胶表带"], "black silicone band"),
            O(["表带是金属米兰尼斯的"], ["金属网状表带"], "milanese loop"),
        ]),
        "face": (0.4, "both", [
            O(["表盘是史努比"], ["表盘显示史努比"], "Snoopy watch face"),
            O(["表盘屏幕有划痕"], ["表面有划痕"], "scratched screen"),
        ]),
    }, 4)
sub("powerbank", "electronics", ["充电宝", "移动电源"], ["充电宝", "移动电源"], "power bank", "chongdianbao", "other",
    ["anker", "xiaomi"], ["white", "black", "pink"], None, "个", ["core", "outer", "scenic"], {
        "mark": (0.8, "both", [
            O(["上面贴了一个皮卡丘贴纸"], ["表面贴有皮卡丘贴纸"], "Pikachu sticker"),
            O(["自带线，插头是Type-C的"], ["自带Type-C线"], "built-in USB-C cable"),
            O(["外壳上用马克笔写了个“王”字"], ["外壳有马克笔写“王”字"], "'王' written in marker"),
        ]),
    }, 3)
sub("kindle", "electronics", ["Kindle", "电子书", "阅读器"], ["电子阅读器", "Kindle"], "e-reader", "kindle", None,
    ["kindle"], ["black", "white"], None, "个", ["core", "outer"], {
        "cover": (0.9, "both", [
            O(["套着猫咪图案的保护套"], ["猫咪图案保护套"], "cat-print cover"),
            O(["保护套是星空图案"], ["星空图案保护套"], "starry-sky cover"),
        ]),
        "book": (0.4, "both", [O(["打开是《百年孤独》"], ["屏幕显示《百年孤独》"], "open at One Hundred Years of Solitude")]),
    }, 2)

sub("idcard", "id_doc", ["身份证"], ["身份证", "居民身份证"], "ID card", "shenfenzheng", None,
    [], [], "id18", "张", ["core", "outer", "scenic", "lake"], {
        "holder": (0.4, "both", [
            O(["装在一个透明卡套里"], ["外有透明卡套"], "in a clear sleeve"),
            O(["和一张交通卡套在一起"], ["与一张交通卡在同一卡套"], "in a holder with a transit card"),
        ]),
    }, 10)
sub("driver", "id_doc", ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "driving licence", "jiazhao", None,
    [], [], "id18", "本", ["outer", "lake", "scenic"], {
        "with": (0.6, "both", [
            O(["里面夹着行驶证", "驾驶证和行驶证在一起"], ["内夹行驶证一本"], "with the vehicle licence inside"),
            O(["皮套是黑色的"], ["黑色皮套"], "black cover"),
        ]),
    }, 3)
sub("hkpermit", "id_doc", ["回乡证", "港澳居民来往内地通行证"], ["港澳居民来往内地通行证", "回乡证"], "Home Return Permit", "huixiangzheng", None,
    [], [], "hk", "张", ["core", "outer", "scenic"], {}, 0)
sub("twpermit", "id_doc", ["台胞证", "台湾居民来往大陆通行证"], ["台湾居民来往大陆通行证", "台胞证"], "Taiwan compatriot permit", "taibaozheng", None,
    [], [], "tw", "本", ["core", "outer", "scenic"], {}, 0)
sub("passport", "id_doc", ["护照"], ["外国护照", "护照"], "passport", "huzhao", None,
    [], [], "passport", "本", ["core", "lake", "outer"], {
        "cover": (0.5, "both", [
            O(["护照套是棕色皮的"], ["棕色皮质护照套"], "brown leather passport cover"),
            O(["里面夹着回程车票"], ["内夹火车票一张"], "train ticket inside"),
        ]),
    }, 0)
sub("student", "id_doc", ["学生证"], ["学生证"], "student card", "xueshengzheng", None,
    [], [], "student", "本", ["core", "outer"], {}, 2)

sub("wallet", "wallet", ["钱包", "皮夹", "钱夹"], ["钱包", "皮夹"], "wallet", "qianbao", None,
    ["coach", "mk", "septwolves", "muji", "lv", None, None], ["black", "brown", "red", "pink", "blue"], None, "个",
    ["core", "core", "outer", "scenic"], {
        "shape": (0.6, "both", [
            O(["长款的，拉链式"], ["长款拉链钱包"], "long zip wallet"),
            O(["短款对折的"], ["短款对折钱包"], "short bifold"),
            O(["是个小零钱包，有按扣"], ["小号按扣零钱包"], "small coin purse with a snap"),
        ]),
        "bank": (0.7, "both", "BANKCARD"),
        "idcard": (0.45, "both", "IDINSIDE"),
        "cash": (0.75, "both", "CASH"),
        "misc": (0.5, "both", [
            O(["里面有一张全家福照片"], ["内有一张家庭合影"], "a family photo inside"),
            O(["有一张澜月古城客栈的名片"], ["内有客栈名片一张"], "a guesthouse business card"),
            O(["夹着一张孩子的照片"], ["内有儿童照片一张"], "a photo of my kid"),
            O(["还有一张星巴克会员卡"], ["星巴克卡一张"], "a Starbucks card"),
            O(["钱包里有一个平安符"], ["内有平安符一个"], "a lucky charm inside"),
        ]),
    }, 20)
sub("cardcase", "wallet", ["卡包", "卡套", "证件包"], ["卡包", "卡套"], "card holder", "kabao", "other",
    ["muji", "coach", None, None], ["black", "blue", "pink", "green"], None, "个", ["core", "outer", "lake"], {
        "bank": (0.8, "both", "BANKCARD"),
        "idcard": (0.5, "both", "IDINSIDE"),
        "misc": (0.5, "both", [
            O(["上面挂着一个扎染小挂件"], ["卡包挂扎染小挂件"], "a tie-dye charm"),
            O(["里面有张公交卡"], ["内有交通卡"], "a transit card"),
            O(["有一张学校饭卡"], ["校园卡一张"], "a campus card"),
        ]),
    }, 5)

sub("keys", "keys", ["钥匙", "钥匙串", "钥匙"], ["钥匙", "钥匙串"], "keys", "yaoshi", None,
    [None, "toyota", "vw", "byd", "tesla"], [], None, "串", ["core", "lake", "outer"], {
        "count": (0.8, "both", [
            O(["三把钥匙", "一共三把"], ["钥匙3把"], "three keys"),
            O(["两把钥匙加一个门禁卡"], ["钥匙2把、门禁扣1个"], "two keys and a fob"),
            O(["四五把钥匙"], ["钥匙5把"], "four or five keys"),
            O(["就一把钥匙"], ["钥匙1把"], "a single key"),
        ]),
        "charm": (0.85, "both", [
            O(["挂着一个东巴文木牌", "钥匙扣是东巴文小木牌"], ["挂东巴文木牌钥匙扣"], "a Dongba-script wooden tag"),
            O(["挂了一个毛绒小熊"], ["毛绒小熊挂件"], "a plush bear"),
            O(["有个红色扎染布挂件"], ["红色布艺挂件"], "a red tie-dye charm"),
            O(["挂了个开瓶器"], ["带开瓶器钥匙扣"], "a bottle opener"),
            O(["钥匙扣是个小铃铛"], ["铃铛挂件"], "a little bell"),
            O(["有个客栈房间号牌，写着{room}"], ["挂客栈房号牌“{room}”"], "a guesthouse room tag {room}"),
            O(["挂着一个皮卡丘"], ["皮卡丘挂件"], "a Pikachu charm"),
        ]),
        "home": (0.4, "own", [
            O(["是我上海家里的钥匙"], [], "my home keys"),
            O(["其中一把是公司的柜子钥匙"], [], "one is an office locker key"),
        ]),
    }, 14)
sub("roomcard", "keys", ["房卡", "客栈房卡", "门卡"], ["房卡", "门卡"], "room key card", "fangka", "other",
    [], ["white", "black", "blue"], None, "张", ["core"], {
        "kz": (1.0, "both", [
            O(["是{kz}的房卡"], ["卡面印“{kz}”"], "card of {kz}"),
        ]),
        "room": (0.6, "both", [O(["房间号{room}"], ["卡套写房号{room}"], "room {room}")]),
    }, 3)

sub("ebike", "ebike", ["电动车", "电瓶车", "租的电动车", "电驴"], ["电动车", "电动自行车"], "e-scooter", "diandongche", None,
    ["yadea", "aima", "niu", "tailg"], ["white", "black", "blue", "pink", "yellow", "green"], "plate", "辆",
    ["lake", "lake", "core", "outer"], {
        "rent": (0.7, "both", [
            O(["是在{shop}租的，车上贴着编号{rno}"], ["车身贴“{shop}”租车贴纸，编号{rno}"], "rented from {shop}, number {rno}"),
        ]),
        "basket": (0.6, "both", [
            O(["前面有个车筐", "车筐里有个草帽"], ["前有车筐，筐内有草帽一顶"], "front basket with a straw hat"),
            O(["后面有个白色尾箱"], ["后有白色尾箱"], "white top box"),
            O(["车把上挂着一个头盔"], ["车把挂头盔一个"], "helmet on the handlebar"),
        ]),
        "frame": (0.3, "both", "FRAME"),
    }, 9)
sub("bicycle", "bicycle", ["自行车", "单车", "山地车", "公路车"], ["自行车", "山地自行车"], "bicycle", "zixingche", None,
    ["giant", "merida", "decathlon"], ["white", "black", "red", "blue", "orange"], "bikeno", "辆",
    ["lake", "lake", "core"], {
        "rent": (0.7, "both", [
            O(["是环湖租车点租的，车牌号{rno}"], ["车把挂租车牌{rno}"], "rented at the lake, tag {rno}"),
        ]),
        "acc": (0.6, "both", [
            O(["车座是黑色加厚的，有个后货架"], ["加厚黑色车座，带后货架"], "thick black seat with a rear rack"),
            O(["车把上装了手机支架"], ["车把有手机支架"], "phone mount on the bar"),
            O(["有个前灯，后面挂了红色尾灯"], ["有前灯及红色尾灯"], "front and red rear lights"),
            O(["车座上绑着一件雨衣"], ["车座绑雨衣一件"], "raincoat tied to the seat"),
        ]),
    }, 7)

sub("backpack", "bag", ["双肩包", "背包", "书包", "登山包"], ["双肩包", "背包"], "backpack", "beibao", None,
    ["arcteryx", "tnf", "decathlon", "osprey", "kailas", "toread", None], ["black", "blue", "grey", "green", "orange", "red"], None, "个",
    ["core", "scenic", "outer", "horse"], {
        "c1": (0.8, "both", [
            O(["里面有一件冲锋衣"], ["内有冲锋衣一件"], "a rain jacket inside"),
            O(["有个保温杯"], ["保温杯一个"], "a thermos"),
            O(["有一台笔记本电脑", "装着我的MacBook"], ["内有笔记本电脑一台"], "a laptop"),
            O(["有一袋牦牛肉干和两瓶氧气瓶"], ["内有牦牛肉干、便携氧气两瓶"], "yak jerky and two oxygen cans"),
            O(["装着一本旅行手账"], ["手账本一本"], "a travel journal"),
        ]),
        "c2": (0.6, "both", [
            O(["还有充电宝和数据线"], ["充电宝一个、数据线"], "a power bank and cable"),
            O(["有个药盒，里面是高反药"], ["内有药品（红景天等）"], "altitude pills"),
            O(["一把折叠伞"], ["折叠伞一把"], "a folding umbrella"),
            O(["两件换洗衣服"], ["衣物若干"], "some clothes"),
        ]),
        "outside": (0.6, "both", [
            O(["侧袋挂着一个小黄鸭"], ["侧面挂小黄鸭挂件"], "a rubber duck on the side pocket"),
            O(["背包带子上别了好几个徽章"], ["肩带别有多个徽章"], "badges pinned on the strap"),
            O(["外面挂了一顶遮阳帽"], ["外挂遮阳帽一顶"], "a sun hat clipped outside"),
            O(["拉链上系了红绳"], ["拉链头系红绳"], "red string on the zip"),
        ]),
        "idcard": (0.35, "both", "IDINSIDE"),
    }, 13)
sub("crossbody", "bag", ["斜挎包", "挎包", "小包", "包包"], ["斜挎包", "女士挎包", "手提包"], "crossbody bag", "xiekuabao", None,
    ["coach", "mk", "lv", None, None], ["black", "white", "brown", "pink", "red", "green"], None, "个",
    ["core", "core", "scenic", "lake"], {
        "c1": (0.8, "both", [
            O(["包里有口红和一面小镜子"], ["内有口红、小镜子"], "lipstick and a small mirror"),
            O(["有一副墨镜"], ["墨镜一副"], "sunglasses"),
            O(["有一包纸巾和一瓶防晒霜"], ["纸巾、防晒霜一瓶"], "tissues and sunscreen"),
            O(["有刚买的银镯子，装在红色小布袋里"], ["内有红色布袋装银手镯一只"], "a silver bracelet in a red pouch"),
        ]),
        "bank": (0.4, "both", "BANKCARD"),
        "cash": (0.4, "both", "CASH"),
        "idcard": (0.35, "both", "IDINSIDE"),
        "outside": (0.5, "both", [
            O(["包带是链条的"], ["金属链条包带"], "chain strap"),
            O(["包上挂了一个扎染小挂件"], ["包挂扎染挂件"], "tie-dye charm on it"),
            O(["是编织的草编包"], ["草编款"], "woven straw bag"),
        ]),
    }, 9)
sub("waistbag", "bag", ["腰包", "胸包", "霹雳包"], ["腰包", "胸包"], "bum bag", "yaobao", None,
    ["decathlon", "tnf", None], ["black", "grey", "green"], None, "个", ["horse", "lake", "scenic"], {
        "c1": (0.8, "both", [
            O(["里面有车钥匙和打火机"], ["内有车钥匙、打火机"], "car key and a lighter"),
            O(["有个充电宝和一包烟"], ["充电宝、香烟一包"], "a power bank and cigarettes"),
        ]),
        "cash": (0.5, "both", "CASH"),
        "idcard": (0.5, "both", "IDINSIDE"),
    }, 4)
sub("suitcase", "bag", ["行李箱", "拉杆箱", "箱子"], ["行李箱", "拉杆箱"], "suitcase", "xinglixiang", "other",
    ["samsonite", None, None], ["silver", "black", "pink", "blue", "white"], None, "个", ["outer", "outer", "core"], {
        "size": (0.8, "both", [
            O(["20寸登机箱"], ["20寸左右"], "20-inch cabin size"),
            O(["24寸的"], ["24寸左右"], "24-inch"),
        ]),
        "tag": (0.7, "both", [
            O(["把手上绑了一条彩色丝巾"], ["拉杆系彩色丝巾"], "a scarf tied on the handle"),
            O(["箱子上贴满了旅行贴纸"], ["箱体贴满贴纸"], "covered in travel stickers"),
            O(["挂着航空行李牌，写着{name}"], ["行李牌姓名“{name}”"], "a luggage tag with my name"),
        ]),
        "c1": (0.5, "own", [O(["里面是衣服和两盒鲜花饼"], [], "clothes and two boxes of flower cakes")]),
        "lock": (0.5, "fin", [O([], ["有密码锁，未打开"])]),
    }, 3)

sub("cash", "cash", ["现金", "钱", "一沓钱"], ["现金", "人民币"], "cash", "xianjin", None,
    [], [], None, "笔", ["core", "outer", "scenic"], {
        "wrap": (1.0, "both", [
            O(["装在一个红包里", "用红包装着"], ["装于红包内"], "in a red envelope"),
            O(["装在银行的信封里"], ["装于银行信封内"], "in a bank envelope"),
            O(["用橡皮筋扎着"], ["用橡皮筋捆扎"], "rubber-banded"),
            O(["夹在一张对折的收据里"], ["夹在对折收据中"], "folded inside a receipt"),
        ]),
        "cash": (1.0, "both", "CASH"),
    }, 4)

sub("bracelet", "jewelry", ["银手镯", "手镯", "银镯子"], ["银手镯", "手镯"], "silver bracelet", "yin shouzhuo", None,
    [None], [], None, "只", ["core", "core", "lake"], {
        "pattern": (1.0, "both", [
            O(["上面雕的是龙凤"], ["龙凤纹饰"], "dragon and phoenix pattern"),
            O(["是光面的，开口的"], ["素面开口款"], "plain, open-ended"),
            O(["刻着东巴文"], ["刻有东巴文字"], "Dongba script engraved"),
            O(["上面是花纹，还有个小铃铛"], ["花纹，带小铃铛"], "floral with a little bell"),
        ]),
        "inside": (0.5, "both", [
            O(["内圈刻了“平安”两个字"], ["内圈刻字“平安”"], "'平安' engraved inside"),
            O(["内侧刻了{ini}"], ["内侧刻“{ini}”"], "{ini} engraved inside"),
            O(["内圈有“足银999”的印"], ["内印“足银999”"], "stamped 999 inside"),
        ]),
        "buy": (0.5, "own", [
            O(["昨天在银匠街买的，花了一千二"], [], "bought on Silversmith Street for 1200"),
            O(["是我妈送的，戴了好几年了"], [], "a gift from my mother"),
        ]),
    }, 6)
sub("necklace", "jewelry", ["项链", "金项链", "吊坠"], ["项链", "项链吊坠"], "necklace", "xianglian", None,
    ["chowtaifook", None], ["gold", "silver"], None, "条", ["core", "lake", "scenic", "horse"], {
        "pendant": (0.9, "both", [
            O(["吊坠是一个小金猪"], ["吊坠为小猪造型"], "a piggy pendant"),
            O(["挂着一个玉观音"], ["玉质观音吊坠"], "a jade Guanyin pendant"),
            O(["坠子是转运珠"], ["转运珠吊坠"], "a lucky bead pendant"),
            O(["吊坠是心形的，能打开，里面有照片"], ["心形可开合吊坠，内有小照片"], "a heart locket with a photo"),
        ]),
        "clasp": (0.3, "both", [O(["扣子坏了，所以才掉的"], ["搭扣损坏"], "broken clasp")]),
    }, 4)
sub("beads", "jewelry", ["手串", "佛珠", "串珠"], ["手串", "珠串"], "bead bracelet", "shouchuan", "other",
    [None], ["brown", "red", "green"], None, "串", ["scenic", "core", "horse"], {
        "mat": (1.0, "both", [
            O(["是小叶紫檀的"], ["紫檀木珠"], "rosewood"),
            O(["星月菩提的，盘得很黄了"], ["星月菩提子，已盘黄"], "star-moon bodhi"),
            O(["绿松石的"], ["绿松石珠"], "turquoise"),
            O(["南红玛瑙的"], ["红色玛瑙珠"], "red agate"),
        ]),
        "count": (0.5, "both", [O(["108颗的，绕三圈"], ["108颗"], "108 beads"), O(["18颗"], ["18颗"], "18 beads")]),
    }, 3)
sub("earring", "jewelry", ["耳环", "耳钉", "耳坠"], ["耳环", "耳饰"], "earring", "erhuan", None,
    [None, "chowtaifook"], ["silver", "gold"], None, "只", ["core", "lake"], {
        "shape": (1.0, "both", [
            O(["是珍珠的吊坠款"], ["珍珠吊坠款"], "pearl drop"),
            O(["银质流苏款，民族风"], ["银流苏民族风"], "silver tassel"),
            O(["一个小圆圈"], ["圆圈款"], "small hoop"),
        ]),
        "pair": (0.5, "both", [O(["只丢了一只（左耳）"], ["仅一只"], "just one")]),
    }, 3)
sub("ring", "jewelry", ["戒指", "婚戒"], ["戒指"], "ring", "jiezhi", None,
    ["chowtaifook", None], ["gold", "silver"], None, "枚", ["lake", "core", "scenic"], {
        "stone": (0.8, "both", [
            O(["上面有一颗钻"], ["镶一颗白色钻石"], "one diamond"),
            O(["素圈"], ["素圈无镶嵌"], "plain band"),
        ]),
        "inside": (0.6, "both", [O(["内圈刻着{ini}和日期"], ["内圈刻“{ini}”及日期"], "{ini} and a date inside")]),
    }, 2)

sub("jacket", "other", ["冲锋衣", "外套", "防风外套"], ["冲锋衣", "外套"], "rain jacket", "chongfengyi", None,
    ["arcteryx", "tnf", "kailas", "decathlon", "toread"], ["red", "blue", "black", "yellow", "green", "orange"], None, "件",
    ["scenic", "scenic", "core", "horse"], {
        "size": (0.6, "both", [O(["XL码"], ["XL码"], "size XL"), O(["L号"], ["L码"], "size L"), O(["M号"], ["M码"], "size M")]),
        "pocket": (0.6, "both", [
            O(["口袋里有缆车票"], ["口袋内有缆车票"], "cableway ticket in the pocket"),
            O(["口袋里有一包纸巾和润唇膏"], ["口袋内纸巾、润唇膏"], "tissues and lip balm"),
            O(["兜里有个暖宝宝"], ["口袋有暖宝宝"], "a heat pad in the pocket"),
        ]),
        "mark": (0.4, "both", [O(["袖子上有个破口，用补丁补过"], ["袖子有补丁"], "a patch on the sleeve")]),
    }, 7)
sub("stick", "other", ["登山杖", "手杖"], ["登山杖"], "trekking pole", "dengshanzhang", None,
    ["decathlon", "kailas", None], ["black", "red", "blue"], None, "根", ["scenic", "horse"], {
        "mark": (0.8, "both", [O(["手柄上缠了红布条"], ["手柄缠红布条"], "red cloth on the grip"),
                                O(["是可以折叠三节的"], ["三节折叠款"], "three-section folding")]),
    }, 2)
sub("cup", "other", ["保温杯", "水杯", "杯子"], ["保温杯", "水杯"], "thermos", "baowenbei", None,
    ["thermos", "muji", None], ["white", "pink", "green", "black", "blue"], None, "个", ["scenic", "core", "outer"], {
        "mark": (0.8, "both", [
            O(["杯身贴了奥特曼贴纸"], ["杯身有奥特曼贴纸"], "Ultraman stickers"),
            O(["杯盖有点凹"], ["杯盖凹陷"], "dented lid"),
            O(["杯子上刻着{name}"], ["杯身刻字“{name}”"], "my name engraved"),
            O(["有个背带，里面泡的普洱"], ["带背带，内有茶水"], "a strap, pu'er tea inside"),
        ]),
    }, 3)
sub("glasses", "other", ["墨镜", "太阳镜", "眼镜"], ["墨镜", "眼镜"], "sunglasses", "mojing", None,
    ["rayban", None], ["black", "brown", "gold"], None, "副", ["lake", "scenic", "core"], {
        "case": (0.6, "both", [O(["装在一个棕色眼镜盒里"], ["棕色眼镜盒"], "in a brown case"),
                               O(["没有盒子，镜腿上绑着防滑绳"], ["镜腿系防滑绳"], "with a strap")]),
        "lens": (0.5, "both", [O(["镜片是渐变蓝的"], ["蓝色渐变镜片"], "blue gradient lenses"),
                               O(["是近视的，度数比较高"], ["有度数"], "prescription")]),
    }, 3)
sub("toy", "other", ["玩偶", "娃娃", "毛绒玩具"], ["毛绒玩具", "玩偶"], "plush toy", "wanou", None,
    [None], ["white", "brown", "pink", "yellow"], None, "个", ["core", "scenic", "lake"], {
        "what": (1.0, "both", [O(["是个小羊驼"], ["羊驼玩偶"], "a little alpaca"),
                               O(["是一只兔子，耳朵很长"], ["长耳兔玩偶"], "a long-eared rabbit"),
                               O(["是个小熊，穿着红色民族服装"], ["穿红色民族服饰的小熊"], "a bear in red ethnic dress"),
                               O(["是牦牛造型的"], ["牦牛造型玩偶"], "a yak")]),
        "kid": (0.6, "own", [O(["是我女儿每天抱着睡觉的，她哭了一晚上"], [], "my daughter sleeps with it")]),
    }, 3)
sub("uke", "other", ["尤克里里", "小吉他"], ["尤克里里", "小吉他"], "ukulele", "youkelili", None,
    [None], ["brown", "white", "blue"], None, "把", ["core"], {
        "bag": (0.7, "both", [O(["装在一个黑色琴包里"], ["黑色琴包"], "in a black gig bag")]),
        "mark": (0.6, "both", [O(["琴身上有好多签名"], ["琴身有多处签名"], "signatures on the body"),
                               O(["琴头贴了个月亮贴纸"], ["琴头月亮贴纸"], "a moon sticker on the head")]),
    }, 2)
sub("hat", "other", ["帽子", "遮阳帽", "草帽"], ["帽子", "遮阳帽"], "hat", "maozi", None,
    [None, "tnf"], ["white", "yellow", "black", "brown"], None, "顶", ["lake", "scenic", "horse"], {
        "mark": (0.8, "both", [O(["帽檐上别着一个小花"], ["帽檐别有小花装饰"], "a flower pin on the brim"),
                               O(["有防风绳"], ["带防风绳"], "with a chin strap"),
                               O(["上面绣着“澜月”两个字"], ["绣有“澜月”字样"], "embroidered 澜月")]),
    }, 2)
sub("stroller", "other", ["婴儿车", "推车", "宝宝推车"], ["婴儿推车", "儿童推车"], "stroller", "yingerche", None,
    [None], ["grey", "blue", "pink"], None, "辆", ["core", "outer"], {
        "mark": (0.8, "both", [O(["可以折叠的，把手上挂着一个小风扇"], ["可折叠，扶手挂小风扇"], "foldable with a little fan")]),
    }, 1)

SUB_KEYS = list(SUB.keys())

# alias map for categories (a finder or an owner may file the same object differently)
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]

# ---------------------------------------------------------------- people
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈")
LOCAL_SURN = list("和木杨段赵李")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞浩宇欣怡子涵思雨梓轩佳琪晨曦嘉")
FOREIGN = ["Lukas Becker", "Emma Dubois", "Noah Jensen", "Chloe Martin", "Tom Walker", "Anna Kowalska", "Mateo Rossi",
           "Sophie Laurent", "Jack Miller", "Lena Vogel", "Olivia Brown", "Finn Larsen"]
COUNTRIES = [("Germany", "德国"), ("France", "法国"), ("Denmark", "丹麦"), ("UK", "英国"), ("Poland", "波兰"),
             ("Italy", "意大利"), ("USA", "美国"), ("Netherlands", "荷兰")]
REGIONS = {
    "sh": ["310104", "310105", "310110", "310115"], "canto": ["440104", "440106", "440304", "440605"],
    "bj": ["110105", "110108", "110102"], "yn": ["530102", "532901", "530702", "532932"],
    "sc": ["510107", "510104", "500103"], "other": ["330106", "420106", "610113", "320106", "370202", "430104"],
}
KZ = ["听雨客栈", "半山云舍", "花间小院", "木屋客栈", "云栖客栈", "月光青旅", "拾光民宿", "雪山下客栈"]
SHOPS = ["湖畔租车", "小李租车行", "风行租车", "环海单车", "阿和租车"]
W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W_ID)) % 11]


def make_id(region_key):
    reg = pick(REGIONS[region_key])
    y = R.randint(1955, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    s17 = "%s%04d%02d%02d%03d" % (reg, y, m, d, R.randint(1, 999))
    return s17 + id_check(s17)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def make_imei():
    tac = pick(["35", "86", "35", "86", "01"]) + "".join(str(R.randint(0, 9)) for _ in range(6))
    s14 = tac + "".join(str(R.randint(0, 9)) for _ in range(6))
    return s14 + luhn_digit(s14)


BANKS = [("招商银行", "621483"), ("工商银行", "622202"), ("建设银行", "621700"), ("农业银行", "622848"),
         ("中国银行", "621661"), ("交通银行", "622262"), ("浦发银行", "622521"), ("上海银行", "622892")]


def make_bank():
    name, bin6 = pick(BANKS)
    n = 19 if chance(0.6) else 16
    body = bin6 + "".join(str(R.randint(0, 9)) for _ in range(n - 7))
    return name, body + luhn_digit(body)


def person(voice):
    if voice == "foreign":
        return pick(FOREIGN)
    if voice in ("yunnan",) and chance(0.5):
        return pick(LOCAL_SURN) + pick(GIVEN) + (pick(GIVEN) if chance(0.6) else "")
    return pick(SURN) + pick(GIVEN) + (pick(GIVEN) if chance(0.7) else "")


def phone_no():
    return "1" + pick(["3", "5", "8", "7", "9"]) + "".join(str(R.randint(0, 9)) for _ in range(9))


ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def rand_alnum(n):
    return "".join(pick(ALNUM) for _ in range(n))


# ---------------------------------------------------------------- s2t (traditional characters)
S2T_PAIRS = ("于於 丢丟 机機 钱錢 证證 个個 里裡 边邊 后後 门門 东東 车車 电電 头頭 栈棧 场場 马馬 时時 间間 点點 们們 "
             "应應 该該 谢謝 联聯 话話 号號 码碼 华華 为為 苹蘋 没沒 这這 还還 遗遺 发發 现現 带帶 钥鑰 链鏈 镯鐲 项項 环環 "
             "蓝藍 红紅 绿綠 黄黃 紫紫 银銀 无無 镜鏡 单單 双雙 挂掛 护護 贴貼 纸紙 图圖 写寫 绳繩 坠墜 块塊 约約 万萬 两兩 "
             "对對 书書 长長 鸟鳥 龙龍 风風 云雲 乐樂 宝寶 线線 记記 处處 开開 关關 给給 让讓 请請 帮幫 烦煩 问問 题題 导導 "
             "游遊 区區 观觀 缆纜 厅廳 馆館 饭飯 楼樓 层層 园園 广廣 条條 过過 从從 进進 认認 识識 领領 说說 买買 卖賣 张張 "
             "经經 壳殼 数數 据據 缠纏 编編 织織 盖蓋 卡卡 层層 岁歲 亲親 爱愛 妈媽 爷爺 儿兒 孙孫 条條 样樣 种種 阳陽 "
             "湾灣 胞胞 来來 内內 陆陸 乡鄉 务務 网網 罗羅 丽麗 恋戀 态態 气氣 热熱 温溫 杯杯 毛毛 装裝 袋袋 刻刻 纹紋 凤鳳 "
             "铃鈴 币幣 圆圓 扎紮 届屆 锁鎖 屏屏 壁壁 猫貓 贷貸 银銀 际際 许許 联聯 络絡 拨撥 这這 么麼 会會 见見 师師 "
             "傅傅 乘乘 达達 站站 离離 旧舊 当當 时時 实實 确確 认認 谁誰 报報 警警 员員 证證 件件 夹夾 层層 伞傘 药藥 "
             "质質 饰飾 耳耳 钻鑽 戒戒 划劃 痕痕 损損 坏壞 运運 动動 弯彎 兑兌 镇鎮 级級 觉覺 尽盡 急急 谢謝 钟鐘 桥橋 "
             "军軍 学學 系繫 纯純 绒絨 着著 胶膠 荧熒 灯燈 烟煙 补補 刚剛 铛鐺 脚腳 辆輛 叠疊 节節 饼餅 鲜鮮 驼駝 "
             "浅淺 丝絲 满滿 签簽 阅閱 读讀 独獨 笔筆 键鍵 盘盤 标標 绣繡 檐簷 别別 蜡蠟 团團 邮郵 贵貴 镶鑲 纪紀 "
             "转轉 猪豬 玛瑪 颗顆 摄攝 杆桿 桨槳 断斷 储儲 频頻 缩縮 侧側 购購 几幾 营營 户戶 柜櫃 远遠 侬儂 锋鋒 "
             "冲衝 润潤 码碼 码碼 简簡 体體 买買 寻尋 约約 拣揀 该該 块塊 钟鐘 鸭鴨 徽徽 挎挎 链鏈 阁閣 舍舍 "
             "汇匯 总總 备備 须須 干乾 脏髒 将將 骑騎 驴驢 闹鬧 拿拿 捡撿 剩剩 费費 缴繳 图圖 宽寬 窄窄")
S2T = {}
for _pair in S2T_PAIRS.split():
    if len(_pair) == 2:
        S2T[_pair[0]] = _pair[1]


def to_trad(s):
    return "".join(S2T.get(c, c) for c in s)


# ---------------------------------------------------------------- time phrases
CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def clock_of(m):
    return (NOW_CLOCK - m) % 1440


def day_of(m):
    return (NOW_CLOCK - m) // 1440     # 0 today, -1 yesterday ...


def part_of_day(h):
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


def hour12(h, cn):
    hh = h if h <= 12 else h - 12
    if hh == 0:
        return "零点" if cn else "0点"
    return (CN_NUM[hh] if hh <= 12 else str(hh)) + "点" if cn else "%d点" % hh


def day_word(m, ref):
    d = day_of(m) - day_of(ref)
    if d == 0:
        return pick(["今天", ""])
    if d == -1:
        return "昨天"
    if d == -2:
        return "前天"
    return "%d天前" % (-d)


def day_part(m, ref):
    """'昨晚' / '昨天下午' / '今天上午' / '3天前晚上' for the clock hour of m, written at ref."""
    h = clock_of(m) // 60
    dw = day_word(m, ref)
    pt = part_of_day(h)
    if dw == "昨天" and pt == "晚上" and chance(0.5):
        return "昨晚"
    return dw + pt


def when_phrase(lf, lt, ref):
    """owner's words for a loss window [lf, lt] written at time ref (minutes before now)."""
    width = lf - lt
    h1 = clock_of(lf) // 60
    h2 = clock_of(lt) // 60
    cn = chance(0.5)
    dp = day_part(lf, ref)
    if width >= 1440:
        return pick(["%s到%s之间" % (day_word(lf, ref) or "当天", day_word(lt, ref) or "今天"),
                     "这%s天里" % CN_NUM[min(12, max(2, width // 1440 + 1))],
                     "%s以后" % dp])
    if width <= 45:
        return dp + hour12(h1, cn) + pick(["左右", "多", "多钟", "前后"])
    if day_of(lf) == day_of(lt):
        if part_of_day(h1) == part_of_day(h2):
            return dp + hour12(h1, cn) + "到" + hour12(h2, cn) + pick(["之间", "这段时间", ""])
        return dp + hour12(h1, cn) + "到" + part_of_day(h2) + hour12(h2, cn) + pick(["之间", "这段时间", ""])
    return dp + hour12(h1, cn) + "到第二天" + part_of_day(h2) + pick(["", hour12(h2, cn)])


def when_en(lf, lt, ref):
    h1 = clock_of(lf) // 60
    d = day_of(lf) - day_of(ref)
    dw = {0: "today", -1: "yesterday"}.get(d, "%d days ago" % (-d))
    ap = "am" if h1 < 12 else "pm"
    hh = h1 if h1 <= 12 else h1 - 12
    if lf - lt >= 1440:
        return "sometime in the last %d days" % ((lf - lt) // 1440 + 1)
    return "%s around %d%s" % (dw, hh or 12, ap)


def found_when(fa, ref):
    h = clock_of(fa) // 60
    return day_part(fa, ref) + hour12(h, chance(0.4)) + pick(["左右", "多", ""])


# ---------------------------------------------------------------- truth objects
def new_object(subkey=None, fixed=None):
    if subkey is None:
        subkey = weighted_sub()
    s = SUB[subkey]
    o = {"sub": subkey, "cat": s["cat"], "rnd": {}}
    o["brand"] = pick(s["brands"]) if s["brands"] else None
    o["model"] = None
    if o["brand"] and (subkey, o["brand"]) in MODELS:
        o["model"] = R.randrange(len(MODELS[(subkey, o["brand"])]))
    o["color"] = pick(s["colors"]) if s["colors"] else None
    o["tags"] = {}
    for t, (p, who, opts) in s["tags"].items():
        if chance(p):
            o["tags"][t] = R.randrange(len(opts)) if isinstance(opts, list) else 0
    reroll_rnd(o)
    o["serial"] = make_serial(s["serial"], o) if s["serial"] else None
    if fixed:
        o.update(fixed)
    return o


def reroll_rnd(o):
    o["rnd"] = {"n4": "%04d" % R.randint(0, 9999), "room": pick(["101", "203", "2楼05", "A3", "306", "丁香房", "雪山房"]),
                "kz": pick(KZ), "shop": pick(SHOPS), "rno": "%s%03d" % (pick(["", "A", "B", "HH-"]), R.randint(1, 320)),
                "ini": pick(["L&W", "ZY", "JM", "Amy", "小鱼", "CX", "W.Q", "Lulu"]), "amt": cash_amount(),
                "bank": make_bank(), "name": "", "id": "", "frame": "LY" + rand_alnum(2) + "".join(str(R.randint(0, 9)) for _ in range(9))}


def cash_amount():
    return pick([R.randint(2, 12) * 50, R.randint(3, 30) * 100 + pick([0, 0, 20, 50, 70]), R.randint(1, 9) * 1000])


def make_serial(kind, o):
    if kind == "imei":
        return make_imei()
    if kind == "dji_sn":
        return pick(["1581F", "3Q4S", "1SD"]) + rand_alnum(5) + "".join(str(R.randint(0, 9)) for _ in range(3)) + rand_alnum(3)
    if kind == "cam_sn":
        return "".join(str(R.randint(0, 9)) for _ in range(pick([7, 8, 10, 12])))
    if kind == "apple_sn":
        return rand_alnum(10)
    if kind == "plate":
        return "澜月%05d" % R.randint(0, 99999)
    if kind == "bikeno":
        return "GT" + "".join(str(R.randint(0, 9)) for _ in range(7)) + rand_alnum(1)
    return None     # id-like serials are filled when the owner is known


def weighted_sub():
    tot = sum(SUB[k]["weight"] for k in SUB_KEYS)
    x = R.uniform(0, tot)
    for k in SUB_KEYS:
        x -= SUB[k]["weight"]
        if x <= 0:
            return k
    return SUB_KEYS[-1]


def attach_owner(o, voice):
    """fix the owner of an object: a name and documents that match the voice."""
    reg = {"sh_aunt": "sh", "canto": "canto", "bj": "bj", "yunnan": "yn", "voice": pick(["sc", "other", "yn"]),
           "guide": pick(["sh", "other", "canto"]), "selfdrive": pick(["sc", "other", "canto"])}.get(voice, pick(["other", "sc", "bj"]))
    o["owner"] = person(voice)
    o["rnd"]["name"] = o["owner"]
    o["region"] = reg
    s = SUB[o["sub"]]
    if s["serial"] in ("id18",):
        o["serial"] = make_id(reg)
    elif s["serial"] == "hk":
        o["serial"] = "H" + "".join(str(R.randint(0, 9)) for _ in range(8))
    elif s["serial"] == "tw":
        o["serial"] = "".join(str(R.randint(0, 9)) for _ in range(8))
    elif s["serial"] == "passport":
        o["serial"] = pick(["C", "P", "X", "5"]) + rand_alnum(8)
        o["country"] = pick(COUNTRIES)
    elif s["serial"] == "student":
        o["serial"] = "20%02d%06d" % (R.randint(20, 24), R.randint(0, 999999))
        o["school"] = pick(["北京理工大学", "中国人民大学", "北京师范大学", "首都师范大学"])
    o["rnd"]["id"] = make_id(reg) if voice not in ("foreign", "hktw") else ""


# ---------------------------------------------------------------- rendering helpers
def color_word(o, foreign=False):
    if not o["color"]:
        return ""
    words, en = COLORS[o["color"]]
    return en if foreign else pick(words)


def brand_word(o, foreign=False):
    if not o["brand"]:
        return ""
    words, en = BRANDS[o["brand"]]
    if o["sub"] != "phone":
        words = [w for w in words if w not in ("iPhone", "爱疯")]
    return en if foreign and chance(0.7) else pick(words)


def model_word(o):
    if o["model"] is None:
        return ""
    return pick(MODELS[(o["sub"], o["brand"])][o["model"]])


def tag_phrase(o, t, side, foreign=False):
    """(text, strong) of tag t of object o for side 'o' owner or 'f' finder; None if that side cannot say it."""
    s = SUB[o["sub"]]
    p, who, opts = s["tags"][t]
    if side == "o" and who == "fin":
        return None
    if side == "f" and who == "own":
        return None
    rnd = o["rnd"]
    if opts == "CASH":
        amt = rnd["amt"]
        if side == "f":
            return pick(["现金%d元" % amt, "人民币%d元" % amt, "现金共计%d元" % amt, "内有现金%d元" % amt])
        if foreign:
            return "about %d yuan cash" % amt
        approx = pick([amt, amt, int(round(amt / 100.0)) * 100]) if amt >= 500 else amt
        if approx != amt:
            return pick(["现金大概%d块" % approx, "大约%d元现金" % approx, "有%d左右的现金" % approx])
        return pick(["现金%d元" % amt, "里面有%d块钱" % amt, "现金%d" % amt])
    if opts == "BANKCARD":
        bname, num = rnd["bank"]
        if side == "f":
            return pick(["%s卡一张（%s****%s）" % (bname, num[:4], num[-4:]), "%s银行卡，卡号尾号%s" % (bname, num[-4:]),
                         "银行卡1张（%s）" % bname, "%s卡 %s" % (bname, mask_card(num))])
        if foreign:
            return "a %s card ending %s" % (bname, num[-4:])
        return pick(["有一张%s的卡，尾号%s" % (bname, num[-4:]), "%s卡（尾号%s）" % (bname, num[-4:]),
                     "还有%s银行卡" % bname, "%s卡 %s" % (bname, group_card(num))])
    if opts == "IDINSIDE":
        if not o.get("owner") or not rnd["id"]:
            return None
        idn = rnd["id"]
        if side == "f":
            return pick(["内有身份证一张（姓名%s）" % o["owner"], "身份证：%s，%s" % (o["owner"], mask_id(idn)),
                         "%s的身份证" % o["owner"], "居民身份证（%s，号码%s）" % (o["owner"], idn)])
        return pick(["里面有我身份证", "我的身份证也在里面（%s）" % o["owner"], "有身份证，名字是%s" % o["owner"],
                     "身份证号%s" % tail_id(idn)])
    if opts == "FRAME":
        fr = rnd["frame"]
        return ("车架号%s" % fr) if side == "f" or chance(0.5) else ("车架号后六位%s" % fr[-6:])
    opt = opts[o["tags"][t]]
    if foreign and side == "o" and opt[2] and chance(0.8):
        return opt[2].format(**rnd)
    words = opt[0] if side == "o" else opt[1]
    if not words:
        return None
    return pick(words).format(**rnd)


def mask_card(num):
    return num[:4] + "*" * (len(num) - 8) + num[-4:] if chance(0.5) else num[:6] + "******" + num[-4:]


def group_card(num):
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4)) if chance(0.5) else num


def mask_id(idn):
    return pick([idn[:6] + "********" + idn[-4:], idn[:3] + "*" * 11 + idn[-4:], idn[:4] + "**********" + idn[-4:]])


def tail_id(idn):
    t = idn[-4:]
    return ("尾号" + t.lower()) if chance(0.3) else ("后四位" + t)


def fmt_serial(o, side):
    """serial as this side would write it, or None."""
    sn = o.get("serial")
    if not sn:
        return None
    kind = SUB[o["sub"]]["serial"]
    if kind == "imei":
        if side == "f" and not chance(0.3):
            return None
        return pick(["IMEI %s" % sn, "IMEI:%s" % sn, "串号%s" % sn, "IMEI尾号%s" % sn[-4:],
                     "IMEI %s %s %s %s" % (sn[:2], sn[2:8], sn[8:14], sn[14]), "imei %s-%s-%s" % (sn[:8], sn[8:14], sn[14]),
                     "IMEI号后6位%s" % sn[-6:]])
    if kind == "id18":
        if side == "f":
            return pick([sn, mask_id(sn), sn[:6] + " " + sn[6:14] + " " + sn[14:], sn.lower() if sn.endswith("X") else sn])
        return pick([sn, sn.lower() if sn.endswith("X") else sn, tail_id(sn), mask_id(sn),
                     sn[:6] + " " + sn[6:14] + " " + sn[14:]])
    if kind in ("dji_sn", "apple_sn", "cam_sn"):
        if side == "o" and not chance(0.5):
            return None
        return pick(["SN:%s" % sn, "SN %s" % sn, "序列号%s" % sn, "S/N %s" % sn, "序列号尾号%s" % sn[-4:], sn])
    if kind == "plate":
        return pick([sn, sn[:2] + " " + sn[2:], "车牌" + sn, "牌照" + sn[2:], "车牌尾号" + sn[-3:]])
    if kind == "bikeno":
        if side == "o" and not chance(0.3):
            return None
        return pick(["车架号" + sn, sn, "钢印" + sn])
    if kind == "hk":
        return pick([sn, sn[:5] + "****", "证号" + sn])
    if kind == "tw":
        return pick([sn, "台胞证号" + sn, sn[:4] + "****"])
    if kind == "passport":
        return pick([sn, "No. " + sn, "护照号" + sn])
    if kind == "student":
        return pick([sn, "学号" + sn, "学号" + sn[-6:]])
    return sn


def item_phrase(o, side, mention, words):
    s = SUB[o["sub"]]
    names = s["names"] if side == "o" else s["fnames"]
    parts = []
    if mention.get("color"):
        parts.append(words[0])
    if mention.get("brand") and not (mention.get("model") and words[1].lower() in words[2].lower()):
        parts.append(words[1])
    if mention.get("model"):
        parts.append(words[2])
    name = pick(names)
    if o["sub"] == "tablet" and o["brand"] != "apple" and name == "iPad":
        name = "平板"
    if o["sub"] == "watch":
        name = pick(["手环", "智能手环"]) if o["brand"] == "mi_band" else pick(["手表", "智能手表"])
    out = "".join(parts)
    if parts and mention.get("brand") and mention.get("model") and chance(0.4):
        out = " ".join(p for p in parts if p)
    return out + name


def item_en(o, mention):
    s = SUB[o["sub"]]
    parts = []
    if mention.get("color"):
        parts.append(COLORS[o["color"]][1])
    if mention.get("brand"):
        parts.append(BRANDS[o["brand"]][1])
    if mention.get("model"):
        parts.append(MODELS[(o["sub"], o["brand"])][o["model"]][0])
    return " ".join(parts + [s["en"]])


def choose_tags(o, side, must, k_range):
    """pick which tags this side will mention; 'must' are always included when sayable."""
    avail = []
    for t in o["tags"]:
        who = SUB[o["sub"]]["tags"][t][1]
        if side == "o" and who == "fin":
            continue
        if side == "f" and who == "own":
            continue
        avail.append(t)
    k = R.randint(*k_range)
    R.shuffle(avail)
    chosen = []
    for t in must:
        if t in o["tags"] and t not in chosen:
            chosen.append(t)
    for t in avail:
        if len(chosen) >= max(k, len(must)):
            break
        if t not in chosen:
            chosen.append(t)
    return chosen


# ---------------------------------------------------------------- owner (lost report)
OWNER_VOICES = ["std", "std", "std", "sh_aunt", "canto", "bj", "hktw", "foreign", "guide", "voice", "voice", "yunnan",
                "terse", "terse", "selfdrive", "app"]


def owner_voice_for(subkey):
    if subkey == "hkpermit":
        return pick(["hktw", "canto"])
    if subkey == "twpermit":
        return "hktw"
    if subkey == "passport":
        return "foreign"
    if subkey == "student":
        return "bj"
    v = pick(OWNER_VOICES)
    if v == "foreign" and subkey in ("idcard", "driver"):
        v = "std"
    if v == "hktw" and subkey in ("idcard", "driver"):
        v = "canto"
    return v


def write_owner(o, lost_pk, route_pk, lf, lt, must_tags, force):
    """the lost report: its own voice, from the truth record only what the owner knows."""
    voice = o["voice"]
    s = SUB[o["sub"]]
    foreign = voice == "foreign"
    mention = {"color": bool(o["color"]) and (chance(0.85) or "color" in force),
               "brand": bool(o["brand"]) and (chance(0.72) or "brand" in force),
               "model": o["model"] is not None and chance(0.5)}
    if mention["model"] and o["brand"]:
        mention["brand"] = mention["brand"] or chance(0.5)
    kr = (0, 1) if voice == "terse" else (1, 4)
    tags = choose_tags(o, "o", must_tags, kr)
    facts = []
    for t in tags:
        ph = tag_phrase(o, t, "o", foreign)
        if ph:
            facts.append(ph)
    ser = None
    if o.get("serial") and (chance(0.6) or "serial" in force):
        ser = fmt_serial(o, "o")
    ref = max(0, lt - R.randint(5, 720))
    rec = {"category": o["cat"]}
    if s["alt"] and chance(0.25):
        rec["category"] = s["alt"]
    form = voice in ("app", "std", "guide", "selfdrive") and chance(0.6)
    where = place_words(lost_pk)
    if route_pk and route_pk != lost_pk:
        where = place_words(lost_pk, plain=True)
        w2 = place_words(route_pk, plain=True)
        where = pick(["%s到%s的路上" % (where, w2), "%s或者%s" % (where, w2), "%s到%s一带" % (where, w2)])
    if o.get("taxi"):
        where = "%s下车的那辆%s上" % (place_words(lost_pk, plain=True), o["car"])
    when = when_phrase(lf, lt, ref)
    words = (color_word(o), brand_word(o), model_word(o))
    item = item_phrase(o, "o", mention, words)
    doc_extra = ""
    if s["cat"] == "id_doc":
        if o["sub"] == "passport":
            doc_extra = "%s passport, name %s" % (o["country"][0], o["owner"].upper() if chance(0.4) else o["owner"])
        elif o["sub"] == "student":
            doc_extra = "%s的学生证，名字%s" % (o["school"], o["owner"])
        elif chance(0.7) or "name" in force:
            doc_extra = pick(["姓名%s" % o["owner"], "名字是%s" % o["owner"], "本人%s" % o["owner"]])
    fields = {}
    if form:
        if mention["color"]:
            fields["color"] = words[0] if chance(0.8) else color_word(o)
        if mention["brand"]:
            fields["brand"] = words[1] if chance(0.8) else brand_word(o)
        if mention["model"]:
            fields["model"] = words[2]
        if ser:
            fields["serial"] = ser
        if facts and chance(0.7):
            fields["marks"] = "；".join(facts)[:480]
            facts = facts[:R.randint(0, len(facts))]
        if chance(0.6):
            fields["address"] = place_words(lost_pk)[:60]
    elif ser and chance(0.25):
        fields["serial"] = ser
        ser = None if chance(0.5) else ser
    if chance(0.22 if voice != "app" else 0.8):
        ll = jitter(lost_pk, 0.003)
        fields["lat"], fields["lon"] = ll
    contact = pick(["", "", "电话%s" % phone_no(), "微信同号%s" % phone_no(), "联系电话%s，谢谢" % phone_no()])
    factstr = "，".join(facts)
    serstr = ser or ""
    if voice == "foreign":
        en_item = item_en(o, mention)
        factstr = ", ".join(facts)
        wen = "near " + place_words(lost_pk)
        if o.get("taxi"):
            wen = "in a %s, got out at %s" % ("taxi" if o["car"] == "出租车" else "DiDi car", place_words(lost_pk))
        elif route_pk and route_pk != lost_pk:
            wen = "between %s and %s" % (place_words(lost_pk), place_words(route_pk))
        body = "Lost my %s %s %s. %s%s%s Please call me %s. 谢谢!" % (
            en_item, when_en(lf, lt, ref), wen, (doc_extra + ". ") if doc_extra else "",
            (factstr + ". ") if factstr else "", (serstr + ". ") if serstr else "", phone_no() if chance(0.5) else "on WeChat")
        if chance(0.3):
            body = "wo de %s diu le!! %s" % (s["py"], body)
    elif voice == "hktw":
        body = to_trad("本人%s於%s遺失%s一%s，%s%s%s。如有拾獲請聯絡我，非常感謝！%s" % (
            when, where, item, s["cl"], (doc_extra + "，") if doc_extra else "", factstr, ("，" + serstr) if serstr else "",
            contact))
    elif voice == "canto":
        body = "我哋%s喺%s唔見咗%s，%s%s%s。唔該幫手留意下，有消息打俾我！%s" % (
            when, where, item, (doc_extra + "，") if doc_extra else "", factstr, ("，" + serstr) if serstr else "", contact)
        if chance(0.4):
            body = to_trad(body)
    elif voice == "sh_aunt":
        body = "阿拉%s在%s白相，%s寻不着了！%s%s%s。侬帮帮忙，寻到了打电话给我，谢谢侬！%s" % (
            when, where, item, (doc_extra + "，") if doc_extra else "", factstr, ("，" + serstr) if serstr else "", contact)
    elif voice == "bj":
        body = "您好，我是来旅游的学生，%s在%s那块儿玩儿，%s丢了。%s%s%s。挺着急的，麻烦您了！%s" % (
            when, where, item, (doc_extra + "，") if doc_extra else "", factstr, ("，" + serstr) if serstr else "", contact)
    elif voice == "guide":
        grp = pick(["上海夕阳红团", "广州亲子团", "成都散客拼团", "江苏研学团", "杭州公司团建团"])
        body = "导游代登记：%s（团号YN%02d%02d-%02d）游客%s，%s在%s丢失%s一%s。%s%s%s。联系导游%s" % (
            grp, R.randint(6, 8), R.randint(1, 28), R.randint(1, 40), o["owner"], when, where, item, s["cl"],
            (doc_extra + "，") if doc_extra else "", factstr, ("，" + serstr) if serstr else "", phone_no())
    elif voice == "voice":
        filler = pick(["嗯", "那个", "就是", "然后"])
        body = "喂你好 我%s 在%s %s 把%s搞丢了 %s %s %s %s 麻烦你们帮忙看一下有没有人交过来" % (
            when, where, filler, item, filler, doc_extra, factstr, serstr)
        body = body.replace("，", " ").replace("。", " ").replace("、", " ")
        body = " ".join(body.split())
    elif voice == "yunnan":
        body = "%s在%s整丢了%s一%s，%s%s%s。咋个整嘛，拾到的好心人麻烦交到派出所，板扎！%s" % (
            when, where, item, s["cl"], (doc_extra + "，") if doc_extra else "", factstr, ("，" + serstr) if serstr else "",
            contact)
    elif voice == "terse":
        body = "，".join(x for x in [item, place_words(lost_pk), when, doc_extra, factstr, serstr] if x)
    elif voice == "selfdrive":
        body = "自驾游，%s在%s停车休息，%s不见了。%s%s%s。%s" % (
            when, where, item, (doc_extra + "，") if doc_extra else "", factstr, ("，" + serstr) if serstr else "", contact)
    elif voice == "app":
        body = "【失物登记】物品：%s；时间：%s；地点：%s；%s%s%s" % (
            item, when, where, (doc_extra + "；") if doc_extra else "", ("特征：" + factstr + "；") if factstr else "",
            ("编号：" + serstr) if serstr else "")
    else:
        body = "本人%s在%s丢失%s一%s。%s%s%s。%s" % (
            when, where, item, s["cl"], (doc_extra + "，") if doc_extra else "", factstr, ("，" + serstr) if serstr else "",
            pick(["望拾到者联系，必有重谢。", "请帮忙留意，谢谢！", "", "有消息请通知我。"]) + contact)
    body = body.replace("，，", "，").replace("，。", "。").replace("。。", "。").replace("。，", "。").replace("！。", "！")
    body = body.replace("  ", " ").strip().rstrip("，")
    rec["body"] = body[:600]
    rec.update(fields)
    return rec


# ---------------------------------------------------------------- finder (found registration)
FINDER_VOICES = ["staff", "patrol", "shop", "cleaner", "tourist", "ledger", "ledger",
                 "local_voice", "terse"]


STAFF = {"scenic": ["景区工作人员", "缆车站工作人员", "游客中心工作人员", "检票口工作人员", "观光车司机"],
         "core": ["古城管理处工作人员", "古城巡查队队员", "酒吧街保安"],
         "outer": ["客运站工作人员", "车站服务台", "商场服务台"], "lake": ["环湖路管理站工作人员", "码头工作人员"],
         "horse": ["马场工作人员"], "far": ["机场服务台", "景区工作人员", "客运站工作人员"]}


def finder_voice_for(pk, o):
    g = PLACE[pk][1]
    if o.get("taxi"):
        return "driver"
    if SUB[o["sub"]]["cat"] in ("ebike", "bicycle"):
        return pick(["rental", "patrol", "ledger", "local_voice"])
    if g == "scenic":
        return pick(["staff", "staff", "tourist", "ledger", "terse"])
    if g == "horse":
        return pick(["horse", "horse", "ledger"])
    if g == "far":
        return pick(["patrol", "tourist", "ledger", "staff"])
    if pk in ("tingyu", "banshan", "huajian"):
        return pick(["kezhan", "kezhan", "ledger"])
    if pk == "yinjiang":
        return pick(["shop", "shop", "patrol", "tourist"])
    if g == "lake":
        return pick(["patrol", "cleaner", "tourist", "ledger", "staff", "local_voice"])
    return pick(FINDER_VOICES)


def write_finder(o, pk, fa, must_tags, force, hide_model=False):
    s = SUB[o["sub"]]
    voice = finder_voice_for(pk, o)
    mention = {"color": bool(o["color"]) and (chance(0.9) or "color" in force),
               "brand": bool(o["brand"]) and (chance(0.65) or "brand" in force),
               "model": o["model"] is not None and not hide_model and (chance(0.3) or "model" in force)}
    kr = (0, 2) if voice == "terse" else (1, 4)
    tags = choose_tags(o, "f", must_tags, kr)
    facts = [x for x in (tag_phrase(o, t, "f") for t in tags) if x]
    ser = fmt_serial(o, "f") if o.get("serial") and (chance(0.7) or "serial" in force) else None
    if s["cat"] == "id_doc":
        facts.insert(0, pick(["姓名%s" % o["owner"], "持证人%s" % o["owner"], "证件姓名：%s" % o["owner"]])
                     if o["sub"] != "passport" else "%s护照，持照人%s" % (o["country"][1], o["owner"].upper()))
        if o["sub"] == "student":
            facts.insert(1, o["school"])
    ref = max(0, fa - R.randint(5, 300))
    rec = {"category": o["cat"]}
    if s["alt"] and chance(0.3):
        rec["category"] = s["alt"]
    words = (color_word(o), brand_word(o), model_word(o))
    item = item_phrase(o, "f", mention, words)
    where = place_words(pk, True)
    when = found_when(fa, ref)
    fname = person("yunnan" if chance(0.5) else "std")
    factstr = "，".join(facts)
    serstr = ser or ""
    fields = {}
    form = voice in ("ledger", "staff", "patrol", "terse") and chance(0.55)
    if form:
        if mention["color"]:
            fields["color"] = words[0] if chance(0.8) else color_word(o)
        if mention["brand"]:
            fields["brand"] = words[1] if chance(0.8) else brand_word(o)
        if mention["model"]:
            fields["model"] = words[2]
        if ser:
            fields["serial"] = ser
            serstr = "" if chance(0.6) else serstr
        if facts and chance(0.7):
            fields["marks"] = "；".join(facts)[:480]
            factstr = "，".join(facts[:R.randint(0, len(facts))])
        if chance(0.7):
            fields["address"] = where[:60]
    if chance(0.5):
        fields["lat"], fields["lon"] = jitter(pk)
    cl = s["cl"]
    if voice == "kezhan":
        body = "%s老板%s交来：客人退房后在房间里发现%s一%s，%s%s。客人没留电话，联系不上。" % (
            pick(KZ) if pk not in ("tingyu", "banshan", "huajian") else PLACE[pk][2][0], fname, item, cl, factstr,
            ("，" + serstr) if serstr else "")
    elif voice == "staff":
        body = "%s交：%s在%s拾得%s一%s。%s%s" % (
            pick(STAFF[PLACE[pk][1]]), when, where, item, cl, factstr, ("。" + serstr) if serstr else "")
    elif voice == "driver":
        body = "%s司机%s师傅送来，乘客落在后座的%s，%s%s。乘客是在%s下的车，%s" % (
            o["car"], fname[0], item, factstr, ("，" + serstr) if serstr else "", where, when)
    elif voice == "patrol":
        body = "巡逻拾得：%s，%s%s一%s，%s%s" % (when, where, item, cl, factstr, ("，" + serstr) if serstr else "")
    elif voice == "shop":
        body = "%s店主交来，顾客落在柜台上的%s，%s%s，等了一天没人回来找。" % (
            pick(["银器店", "扎染店", "鲜花饼店", "咖啡馆", "酒吧", "米线馆"]), item, factstr, ("，" + serstr) if serstr else "")
    elif voice == "cleaner":
        body = "环卫工%s在%s打扫时捡到%s，%s%s。" % (fname, where, item, factstr, ("，" + serstr) if serstr else "")
    elif voice == "tourist":
        body = "游客%s交来，说%s在%s地上捡到%s一%s，%s%s。" % (
            fname, when, where, item, cl, factstr, ("，" + serstr) if serstr else "")
    elif voice == "horse":
        body = "马场牵马师傅%s交：客人骑马时掉在路上的%s，%s%s，不晓得是哪个客人的。" % (
            fname, item, factstr, ("，" + serstr) if serstr else "")
    elif voice == "rental":
        body = "%s报：%s停在%s路边好几个钟头没人管，%s%s。" % (
            o["rnd"]["shop"], item, where, factstr, ("，" + serstr) if serstr else "")
    elif voice == "local_voice":
        body = "我是跑车的 %s在%s捡着一%s%s %s %s 交给你们 你们看哈是哪个的" % (
            when, where, cl, item, factstr.replace("，", " "), serstr)
        body = " ".join(body.split())
    elif voice == "terse":
        body = "，".join(x for x in [item, where, factstr, serstr] if x)
    else:
        body = "拾得物：%s｜地点：%s｜时间：%s｜特征：%s%s｜状态：暂存" % (
            item, where, when, factstr or ("见备注" if "marks" in fields else "无"), ("｜编号：" + serstr) if serstr else "")
    body = body.replace("，，", "，").replace("，。", "。").replace("，，", "，").replace("，｜", "｜").replace("。。", "。")
    body = body.rstrip("，。 ")
    if voice not in ("terse", "local_voice", "ledger"):
        body += "。"
    rec["body"] = body[:600]
    rec["found_at_min"] = fa
    rec.update(fields)
    return rec


# ---------------------------------------------------------------- times
def loss_window(pk):
    """a loss window; on the mountain and the horse trails only in opening hours."""
    d = R.randint(0, MAX_DAYS - 4)
    daytime_only = PLACE[pk][1] in ("scenic", "horse")
    clock = R.randint(8 * 60, 15 * 60 + 30) if daytime_only else R.randint(8 * 60, 23 * 60 + 30)
    lf = d * 1440 + (NOW_CLOCK - clock)
    if lf < 60:
        lf += 1440
    widths = [10, 20, 30, 45, 60, 90, 120, 180, 240, 360]
    if not daytime_only:
        widths += [600, 900, 1440, 2880]
    width = pick(widths)
    lt = max(0, lf - width)
    return lf, lt


def daytime(fa, pk, low=0, high=None):
    """nobody hands things in on the mountain or the lake in the small hours: move such a find to
    the next morning (a smaller minutes-before-now) when that stays within [low, high]."""
    if PLACE[pk][1] not in ("scenic", "lake", "horse"):
        return fa
    c = clock_of(fa)
    if c < 7 * 60:
        shifted = fa - (7 * 60 + R.randint(0, 90) - c)
        if shifted >= low and (high is None or shifted <= high):
            return shifted
    return fa


def found_after(lf, lt):
    if chance(0.35) and lf - lt > 5:
        return lf - R.randint(1, lf - lt)
    delay = pick([R.randint(5, 90), R.randint(60, 600), R.randint(600, 2880), R.randint(1440, 7200)])
    fa = lt - delay
    if fa < 0:
        fa = R.randint(0, lt) if lt > 0 else 0
    return fa


# ---------------------------------------------------------------- building the set
def lost_place(o):
    g = pick(SUB[o["sub"]]["groups"])
    if chance(0.04) and o["cat"] not in ("ebike", "bicycle"):
        g = "far"
    return pick(GROUPS[g])


def dist_tags(o):
    return [t for t in o["tags"] if SUB[o["sub"]]["tags"][t][1] == "both" and isinstance(SUB[o["sub"]]["tags"][t][2], list)
            and len(SUB[o["sub"]]["tags"][t][2]) > 1]


def alter(o, how):
    """another object like o: 'tag' changes a visible identifying tag (and the serial), 'brand' the brand."""
    n = json.loads(json.dumps(o))
    reroll_rnd(n)
    n["rnd"]["name"] = ""
    n["rnd"]["id"] = ""
    n.pop("owner", None)
    changed = None
    s = SUB[o["sub"]]
    if how == "brand":
        others = [b for b in s["brands"] if b != o["brand"]]
        if o["brand"] and others:
            n["brand"] = pick(others)
            n["model"] = R.randrange(len(MODELS[(o["sub"], n["brand"])])) if (o["sub"], n["brand"]) in MODELS else None
            changed = "brand"
            if n["brand"] is None:
                changed = None
    if changed is None:
        dt = dist_tags(o)
        if dt:
            t = pick(dt)
            opts = s["tags"][t][2]
            n["tags"][t] = pick([i for i in range(len(opts)) if i != o["tags"][t]])
            changed = "tag:" + t
    if s["serial"]:
        n["serial"] = make_serial(s["serial"], n) if s["serial"] not in ("id18", "hk", "tw", "passport", "student") else None
    if s["cat"] == "id_doc":
        v = o["voice"]
        n["voice"] = v
        attach_owner(n, v)
        changed = "owner"
    return n, changed


def main():
    lost = []
    found = []
    truths = []
    for i in range(N_TRUE + N_NULL):
        is_true = i < N_TRUE
        o = new_object()
        o["voice"] = owner_voice_for(o["sub"])
        attach_owner(o, o["voice"])
        lpk = lost_place(o)
        lf, lt = loss_window(lpk)
        route = None
        fpk = lpk
        r = R.random()
        if r < 0.25:
            fpk = neighbour(lpk)
            route = fpk if chance(0.6) else None
        elif r < 0.33 and SUB[o["sub"]]["cat"] in ("phone", "wallet", "bag", "electronics", "id_doc", "keys") \
                and PLACE[lpk][1] in ("core", "outer", "far") and o["voice"] not in ("sh_aunt", "bj", "selfdrive"):
            o["taxi"] = True
            o["car"] = pick(["出租车", "网约车"])
        if fpk in ("tingyu", "banshan", "huajian") and fpk != lpk:
            route = fpk       # found in a guesthouse: the owner went back there
        if not dist_tags(o):
            both = [tg for tg, v in SUB[o["sub"]]["tags"].items() if v[1] == "both" and isinstance(v[2], list)]
            if both:
                tg = pick(both)
                o["tags"][tg] = R.randrange(len(SUB[o["sub"]]["tags"][tg][2]))
        truths.append(dict(o=o, lf=lf, lt=lt, lpk=lpk, fpk=fpk, route=route, true=is_true))

    # which truths get which negatives
    true_idx = [i for i, t in enumerate(truths) if t["true"]]
    null_idx = [i for i, t in enumerate(truths) if not t["true"]]
    plan = {}
    for kind, n in NEG_PLAN:
        pool = null_idx if kind == "decoy_null" else true_idx
        if kind == "unclaimed":
            plan[kind] = [None] * n
            continue
        chosen = R.sample(pool, n)
        plan[kind] = chosen

    must_o = {i: [] for i in range(len(truths))}
    must_f = {i: [] for i in range(len(truths))}
    force_o = {i: [] for i in range(len(truths))}
    negs = []
    for kind, n in NEG_PLAN:
        for ti in plan[kind]:
            if ti is None:
                o = new_object()
                o["voice"] = owner_voice_for(o["sub"])
                attach_owner(o, o["voice"])
                pk = pick(PLACES)[0]
                fa = R.randint(0, MAX_DAYS * 1440)
                negs.append(dict(o=o, pk=pk, fa=fa, kind=kind, must=[], force=[]))
                continue
            t = truths[ti]
            o = t["o"]
            if kind in ("decoy_null", "decoy"):
                n_o, ch = alter(o, "brand" if chance(0.5) else "tag")
                if SUB[o["sub"]]["cat"] in ("cash",):
                    n_o["rnd"]["amt"] = o["rnd"]["amt"] + pick([-300, -150, 200, 400, 1000]) if o["rnd"]["amt"] > 400 else o["rnd"]["amt"] * 3
                    ch = "tag:cash"
                pk = neighbour(t["lpk"]) if chance(0.5) else t["lpk"]
                fa = found_after(t["lf"], t["lt"])
            elif kind == "twin":
                n_o, ch = alter(o, "tag")
                pk = t["fpk"] if chance(0.6) else neighbour(t["fpk"])
                fa = max(0, found_after(t["lf"], t["lt"]) + R.randint(-600, 600))
                fa = min(fa, t["lf"] + R.randint(0, 240))
            elif kind == "before_loss":
                n_o, ch = alter(o, "tag")
                pk = pick([t["lpk"], neighbour(t["lpk"])])
                fa = min(t["lf"] + R.randint(180, 20 * 1440), 118 * 1440)
                ch = None      # the time excludes it; no need to contradict a fact
            else:   # elsewhere: same brand (or same kind), another zone and another time
                n_o, ch = alter(o, "tag")
                g = PLACE[t["lpk"]][1]
                far = [p[0] for p in PLACES if p[1] != g]
                pk = pick(far)
                fa = R.randint(0, MAX_DAYS * 1440)
                if abs(fa - t["lf"]) < 3 * 1440:
                    fa = (t["lf"] + 5 * 1440) if t["lf"] + 5 * 1440 < MAX_DAYS * 1440 else max(0, t["lt"] - 5 * 1440)
                ch = None
            n_o["taxi"] = False
            must = []
            force = []
            if ch == "brand":
                force_o[ti].append("brand")
                force.append("brand")
            elif ch and ch.startswith("tag:"):
                tg = ch[4:]
                if tg in o["tags"]:
                    must_o[ti].append(tg)
                    if t["true"]:
                        must_f[ti].append(tg)
                    must.append(tg)
            elif ch == "owner":
                force_o[ti].append("name")     # a document is told apart by its name
            negs.append(dict(o=n_o, pk=pk, fa=fa, kind=kind, must=must, force=force, ti=ti))

    # write the true pairs and the never-found reports
    truth_found_idx = {}
    for i, t in enumerate(truths):
        o = t["o"]
        lrec = write_owner(o, t["lpk"], t["route"], t["lf"], t["lt"], must_o[i], force_o[i])
        lrec["lost_from_min"] = t["lf"]
        lrec["lost_to_min"] = t["lt"]
        lrec["truth"] = None
        if t["true"]:
            fa = daytime(found_after(t["lf"], t["lt"]), t["fpk"], 0, t["lf"])
            # a true pair must share a concrete fact: a tag both can see, the brand, the serial or the name
            mf = list(must_f[i])
            otags_sayable = [tg for tg in o["tags"] if SUB[o["sub"]]["tags"][tg][1] == "both"]
            frec = None
            for attempt in range(60):
                if attempt and attempt % 6 == 0:
                    mo = list(must_o[i]) + ([pick(otags_sayable)] if otags_sayable else [])
                    fo = list(force_o[i]) + ["name", "serial"]
                    lrec2 = write_owner(o, t["lpk"], t["route"], t["lf"], t["lt"], mo, fo)
                    for k in ("lost_from_min", "lost_to_min", "truth"):
                        lrec2[k] = lrec[k]
                    lrec = lrec2
                frec = write_finder(o, t["fpk"], fa, mf, ["brand"] if "brand" in force_o[i] else [])
                if share_check(o, lrec, frec):
                    break
                if otags_sayable and attempt > 3:
                    mf = mf + [pick(otags_sayable)]
            else:
                raise SystemExit("truth %d (%s): no shared fact" % (i, o["sub"]))
            frec["_truth_of"] = i
            truth_found_idx[i] = len(found)
            found.append(frec)
            lrec["_t"] = i
        lost.append(lrec)

    for ng in negs:
        o = ng["o"]
        if "owner" not in o:
            attach_owner(o, o.get("voice", "std"))
        fa = ng["fa"]
        if ng["kind"] == "before_loss":
            fa = daytime(fa, ng["pk"], lost[ng["ti"]]["lost_from_min"] + 60)
        else:
            fa = daytime(fa, ng["pk"])
        frec = write_finder(o, ng["pk"], fa, ng["must"], ng["force"])
        frec["negative"] = ng["kind"]
        found.append(frec)
        if DEBUG and ng.get("ti") is not None:
            lr = lost[ng["ti"]]
            print("==", ng["kind"], "| L:", lr["body"], lr.get("marks", ""), lr["lost_from_min"], lr["lost_to_min"])
            print("   F:", frec["body"], frec.get("marks", ""), frec["found_at_min"])

    # shuffle and key
    R.shuffle(found)
    for k, f in enumerate(found):
        f["key"] = "N-F%04d" % (k + 1)
    key_of_truth = {}
    for f in found:
        if "_truth_of" in f:
            key_of_truth[f.pop("_truth_of")] = f["key"]
    R.shuffle(lost)
    for k, l in enumerate(lost):
        l["key"] = "N-L%04d" % (k + 1)
        if "_t" in l:
            l["truth"] = key_of_truth[l.pop("_t")]

    fkeys = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
             "negative"]
    lkeys = ["key", "category", "body", "lost_from_min", "lost_to_min", "truth", "color", "brand", "model", "serial", "marks",
             "address", "lat", "lon"]
    found_out = [{k: f[k] for k in fkeys if k in f} for f in found]
    lost_out = [{k: l[k] for k in lkeys if k in l} for l in lost]
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set15.py",
           "parts": {"set15": {"found": found_out, "lost": lost_out}}}
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost (%d with truth)" % (
        OUT, len(found_out), len(lost_out), sum(1 for l in lost_out if l["truth"])))


def norm(text):
    """traditional characters, no punctuation or spaces: for comparing phrasings only."""
    return "".join(c for c in to_trad(text) if c not in " ，。、；：！,.;:!（）()“”'\"")


def share_check(o, lrec, frec):
    """does the pair share a concrete fact an officer can see (beyond category/colour)?"""
    lt = norm(" ".join(str(lrec.get(k, "")) for k in ("body", "brand", "model", "serial", "marks")))
    ft = norm(" ".join(str(frec.get(k, "")) for k in ("body", "brand", "model", "serial", "marks")))
    if o.get("owner") and norm(o["owner"]).upper() in lt.upper() and norm(o["owner"]).upper() in ft.upper():
        return True
    sn = o.get("serial") or ""
    if sn and len(sn) >= 4 and sn[-4:].lower() in lt.lower() and sn[-4:].lower() in ft.lower():
        return True
    s = SUB[o["sub"]]
    for t in o["tags"]:
        p, who, opts = s["tags"][t]
        if who != "both":
            continue
        if opts == "CASH":
            if str(o["rnd"]["amt"]) in ft and ("现金" in lt or "块" in lt or "cash" in lt or "元" in lt):
                return True
            continue
        if opts == "BANKCARD":
            bname = o["rnd"]["bank"][0]
            if bname in lt and bname in ft:
                return True
            continue
        if opts in ("IDINSIDE", "FRAME"):
            continue
        opt = opts[o["tags"][t]]
        ow = [norm(w.format(**o["rnd"])) for w in opt[0]] + ([norm(opt[2].format(**o["rnd"]))] if opt[2] else [])
        fw = [norm(w.format(**o["rnd"])) for w in opt[1]]
        if any(w in lt for w in ow) and any(w in ft for w in fw):
            return True
    return False


if __name__ == "__main__":
    main()
