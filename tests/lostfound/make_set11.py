#!/usr/bin/env python3
"""Write tests/lostfound/set11.json: the eleventh labelled lost-and-found set (a blind judge).

World: an invented county seat in the south-west on market days (around 27.55 N 109.95 E),
plus three townships 10-20 km out.  Everything here is invented: names, ID numbers (with a
valid GB 11643 check digit), IMEIs (valid Luhn digit), card numbers, plates, frame numbers.

How a label is made safe (see SET11.md): every object is a hidden record; the owner and the
finder each write their own text from it, choosing what they say.  Each side also records the
concrete facts it stated (colour family, brand, serial tail, name on a document, amount ...).
A pair is only kept as true when the two sides share at least two facts (one of them a strong
one) and contradict in none; every other found item that could in time be a report's object
(found after the loss began, compatible kind) must contradict that report in at least one
stated fact, so a careful officer reading both sides can reject it.

python3 standard library only; deterministic (fixed seed).  Usage: python3 make_set11.py [out]
"""
import json
import os
import random
import sys

SEED = 110611
R = random.Random(SEED)
MAX_MIN = 89 * 24 * 60          # keep every time within the last 90 days
DAY = 1440

N_TRUE = 150
N_NEVER = 60

# ----------------------------------------------------------------------------- places
# name: (lat, lon, zone, how the owner may say it, how a finder/desk may write it)
PLACES = {
    "market": (27.5531, 109.9522, "city",
               ["老街赶场的地方", "老街集市", "街上赶场", "老街那边", "菜市场那一截", "赶集的老街上"],
               ["老街集市", "老街集市农资店门口", "老街集市东口", "老街菜市场", "老街集市卖鸡鸭的摊位旁"]),
    "livestock": (27.5442, 109.9651, "city",
                  ["牛市", "猪市那边", "卖牛卖猪的场坝", "牲口市场"],
                  ["牲畜交易市场", "县牲畜交易市场", "牲畜市场过磅处", "牛市场坝"]),
    "busstation": (27.5589, 109.9412, "city",
                   ["汽车站", "车站", "县里车站候车的地方", "客车站"],
                   ["县汽车站", "县汽车站候车厅", "县汽车站售票窗口", "汽车站出站口"]),
    "school": (27.5651, 109.9583, "city",
               ["民中", "学校里", "民族中学", "学校宿舍"],
               ["县民族中学", "县民族中学食堂", "县民族中学男生宿舍", "县民族中学操场", "县民族中学教学楼"]),
    "hospital": (27.5502, 109.9441, "city",
                 ["县医院", "人民医院", "医院看病的时候", "县医院住院部"],
                 ["县人民医院", "县人民医院门诊大厅", "县人民医院住院部三楼", "县人民医院收费处"]),
    "xinyongshe": (27.5519, 109.9489, "city",
                   ["信用社", "农信社", "信用社取钱的时候", "信用社门口"],
                   ["农村信用社城关分社", "城关信用社营业厅", "农信社ATM机旁", "信用社城关分社门口"]),
    "postbank": (27.5546, 109.9470, "city",
                 ["邮政银行", "邮局", "邮储那里"],
                 ["邮储银行营业厅", "邮政储蓄银行门口", "邮政营业厅"]),
    "square": (27.5476, 109.9561, "city",
               ["河边广场", "跳舞的广场", "河边跳舞的地方", "滨河广场"],
               ["河滨广场", "河滨广场舞台边", "河滨广场石凳上", "河滨广场护栏边"]),
    "supermarket": (27.5561, 109.9501, "city",
                    ["惠民超市", "超市", "大超市"],
                    ["惠民超市", "惠民超市收银台", "惠民超市存包柜"]),
    "minibus_south": (27.5421, 109.9499, "city",
                      ["城南坐中巴的地方", "南门车站", "坐中巴去坪上的地方"],
                      ["城南中巴停靠点", "城南中巴站", "南门中巴停车场"]),
    "longtan": (27.6403, 110.0598, "longtan",
                ["龙潭赶场", "龙潭街上", "龙潭镇上"],
                ["龙潭镇集市", "龙潭镇集市米粉店门口", "龙潭镇场坝"]),
    "longtan_gov": (27.6421, 110.0615, "longtan",
                    ["镇政府", "龙潭镇政府办事的地方", "龙潭镇便民服务中心"],
                    ["龙潭镇人民政府", "龙潭镇便民服务大厅", "龙潭镇政府门卫室"]),
    "pingshang": (27.4419, 109.9612, "pingshang",
                  ["坪上赶场", "坪上乡场坝", "坪上街上"],
                  ["坪上乡场坝", "坪上乡集市", "坪上乡卫生院旁"]),
    "muxi": (27.5703, 109.7705, "muxi",
             ["木溪赶场", "木溪街上", "木溪镇"],
             ["木溪镇集市", "木溪镇中心小学门口", "木溪镇车站"]),
}
CITY = [k for k, v in PLACES.items() if v[2] == "city"]
ROUTES = {  # minibus lines: (owner words, driver words, terminal place)
    "longtan": (["坐中巴去龙潭", "县城到龙潭的中巴车上", "回龙潭的客车上", "往龙潭方向的中巴最后一排"],
                ["县城—龙潭线中巴", "龙潭线中巴车", "跑龙潭的中巴"], "busstation"),
    "pingshang": (["坐去坪上的中巴", "到坪上的小客车上", "回坪上的车上", "从南门坐去坪上的车，靠门那个位置"],
                  ["县城—坪上线中巴", "坪上线客车", "坪上班车"], "minibus_south"),
    "muxi": (["坐去木溪的班车", "回木溪的中巴上", "木溪那趟车上", "汽车站上车往木溪走的那趟班车上"],
             ["县城—木溪线中巴", "木溪线班车", "木溪中巴"], "busstation"),
}
VILLAGES = ["岩门村", "排吾村", "高坪村", "竹山村", "马鞍村", "大兴寨", "茶园村", "鱼塘村",
            "枫木村", "老寨村", "新田村", "黄连坪村", "岩板村", "水田村", "杉木冲村", "两河口村"]

SURN = list("杨田龙石向彭吴麻张李王刘唐滕符梁胡黄")
GIVEN_OLD = ["秀英", "玉兰", "春花", "金凤", "昌贵", "光明", "德福", "翠花", "桂英", "正发", "老幺",
             "明富", "家顺", "水莲", "月娥", "祖兴", "开银", "三妹", "满秀", "永福", "大贵", "银花", "长寿",
             "树林", "国庆", "凤英", "秋菊", "发旺", "世忠", "菊香", "建军", "腊梅", "老四", "金莲", "启明",
             "再兴", "玉珍", "冬梅", "成林", "顺英"]
GIVEN_YOUNG = ["子涵", "雨欣", "浩然", "俊杰", "思琪", "梓轩", "欣怡", "宇航", "佳怡", "文博",
               "诗涵", "鹏程", "晓燕", "志强", "海波", "丽娟", "小龙", "艳红", "一帆", "梦瑶", "嘉豪", "雨桐",
               "子豪", "可欣", "明轩", "紫涵", "天佑", "若曦", "俊熙", "婷婷", "家乐", "晨曦", "思远", "欣妍",
               "博文", "雅婷", "金宝", "小芳"]
USED_NAMES = set()


def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def person_name(young=False):
    """A name not used anywhere else in the set (two strangers sharing a name would blur labels)."""
    for _ in range(1000):
        n = pick(SURN) + pick(GIVEN_YOUNG if young else GIVEN_OLD)
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n
    raise SystemExit("name pool exhausted")


def id_number(age):
    region = pick(["433199", "433198", "433197"])
    year = 2026 - age
    body = "%s%04d%02d%02d%03d" % (region, year, R.randint(1, 12), R.randint(1, 28), R.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + "10X98765432"[s]


def luhn_complete(prefix, length):
    digits = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def cn_amount_upper(n):
    """人民币大写, for whole yuan amounts below 100000."""
    dig = "零壹贰叁肆伍陆柒捌玖"
    units = [(10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d = n // u % 10
        if d:
            if zero and out:
                out += "零"
            out += dig[d] + name
            zero = False
        else:
            zero = True
    return out + "元整"


def cn_amount_spoken(n):
    dig = "零一二三四五六七八九"
    if n % 100 == 0 and n >= 1000 and n % 1000:
        return "%s千%s" % ("两" if n // 1000 == 2 else dig[n // 1000], dig[n // 100 % 10])       # 两千五 style
    if n % 1000 == 0 and n >= 1000:
        return ("两" if n // 1000 == 2 else dig[n // 1000]) + "千"
    if n % 100 == 0:
        return ("两" if n // 100 == 2 else dig[n // 100]) + "百"
    return str(n)


def spaced(s, k=4):
    return " ".join(s[i:i + k] for i in range(0, len(s), k))


# ----------------------------------------------------------------------------- colours
COLOURS = {  # family: (owner words, finder words)
    "black": (["黑色", "黑的", "黑黑的", "深色"], ["黑色", "黑色", "哑光黑", "黑"]),
    "white": (["白色", "白的"], ["白色", "米白色", "乳白色"]),
    "red": (["红色", "红的", "大红色"], ["红色", "枣红色", "酒红色"]),
    "blue": (["蓝色", "兰色", "蓝的"], ["蓝色", "深蓝色", "宝蓝色"]),
    "gold": (["金色", "土豪金", "金的"], ["金色", "香槟金"]),
    "grey": (["灰色", "银灰色", "灰的"], ["灰色", "银灰色", "深空灰"]),
    "green": (["绿色", "绿的", "军绿色"], ["绿色", "墨绿色", "军绿色"]),
    "pink": (["粉色", "粉红的"], ["粉色", "粉红色", "浅粉色"]),
    "brown": (["棕色", "咖啡色", "黄褐色"], ["棕色", "咖啡色", "褐色"]),
    "yellow": (["黄色", "黄的"], ["黄色", "亮黄色"]),
    "purple": (["紫色", "紫的"], ["紫色", "浅紫色"]),
}


def de(w):
    return w if w.endswith("的") else w + "的"


def cw(fam, side):
    return pick(COLOURS[fam][0 if side == "o" else 1])


# ----------------------------------------------------------------------------- brands
# canonical: list of spellings an owner might use, list a finder might write off the object
BRANDS = {
    "huawei": (["华为", "华伟", "花为"], ["HUAWEI", "华为", "HUAWE1", "Huawei"]),
    "honor": (["荣耀", "华为荣耀", "荣誉"], ["HONOR", "honor", "荣耀"]),
    "oppo": (["OPPO", "欧珀", "oppo", "哦泊"], ["OPPO", "0PPO", "oppo"]),
    "vivo": (["vivo", "维沃", "步步高vivo", "VIVO"], ["vivo", "VIVO", "viv0"]),
    "xiaomi": (["小米", "小咪", "红米"], ["MI", "Redmi", "小米", "Xiaomi"]),
    "apple": (["苹果", "爱疯"], ["iPhone", "Apple", "苹果"]),
    "tianyu": (["天语", "天语老人机"], ["K-Touch", "天语", "KTOUCH"]),
    "zte": (["中兴"], ["ZTE", "中兴"]),
    "nokia": (["诺基亚", "诺基压"], ["NOKIA", "Nokia"]),
    "shouhubao": (["守护宝", "上海中兴守护宝"], ["守护宝", "SHOUHUBAO"]),
    "yadea": (["雅迪", "亚迪"], ["Yadea", "雅迪", "YADEA"]),
    "aima": (["爱玛", "爱马"], ["AIMA", "爱玛", "AlMA"]),
    "tailg": (["台铃", "台玲"], ["TAILG", "台铃"]),
    "sunra": (["新日"], ["SUNRA", "新日"]),
    "luyuan": (["绿源"], ["LUYUAN", "绿源"]),
    "septwolves": (["七匹狼"], ["SEPTWOLVES", "七匹狼"]),
    "goldlion": (["金利来"], ["Goldlion", "金利来"]),
    "woodpecker": (["啄木鸟"], ["啄木鸟", "TUCANO"]),
    "crocodile": (["鳄鱼", "鳄鱼牌"], ["鳄鱼", "CROCODILE"]),
    "phoenix": (["凤凰", "凤凰牌"], ["凤凰", "PHOENIX"]),
    "forever": (["永久", "永久牌"], ["永久", "FOREVER"]),
    "giant": (["捷安特"], ["GIANT", "捷安特"]),
    "imoo": (["小天才", "小天才电话手表"], ["小天才", "imoo"]),
    "romoss": (["罗马仕"], ["ROMOSS", "罗马仕"]),
    "anta": (["安踏"], ["ANTA", "安踏"]),
    "lining": (["李宁"], ["LI-NING", "李宁", "LINING"]),
    "nike": (["耐克"], ["NIKE", "Nike"]),
    "jindiao": (["金雕"], ["金雕"]),
    "chowtaifook": (["周大福"], ["周大福", "CHOW TAI FOOK"]),
    "wuling": (["五菱"], ["五菱", "WULING"]),
    "haojue": (["豪爵", "豪爵摩托"], ["HAOJUE", "豪爵"]),
    "jialing": (["嘉陵"], ["嘉陵", "JIALING"]),
    "bull": (["公牛"], ["公牛", "BULL"]),
    "xianke": (["先科", "先科唱戏机"], ["SAST", "先科"]),
}


def bw(b, side):
    return pick(BRANDS[b][0 if side == "o" else 1])


# ----------------------------------------------------------------------------- categories
# Each maker returns a hidden object: {"cat", "noun_o", "noun_f", "attrs": {...}} where attrs
# maps a fact name to its canonical value, and "say" maps a fact name to two functions that
# render it for the owner ("o") and the finder ("f") as (clause, field, field_value).
# Strong facts identify an object; weak ones (colour, kind) only narrow it.
STRONG = {"brand", "model", "tail", "name", "amount", "plate", "frame", "case", "charm",
          "content", "inscr", "screen", "count", "wrap", "mark", "detail", "flaw", "lock", "charm", "fob",
          "string", "klass", "unit"}
# marks that can sit side by side on one object (a cracked corner and worn keys): sharing one
# counts for a pair, but two different ones are no contradiction
SOFT = {"screen", "mark", "detail", "flaw"}
IDENT = STRONG - {"brand"}        # a true pair shares at least one of these: brand and colour alone are not enough


# how an owner and a finder/desk officer may each put the same mark (canonical value first)
OPARA = {
    "屏幕碎成蜘蛛网": ["屏幕摔烂了", "屏幕碎得像蜘蛛网", "屏幕碎完了"],
    "屏幕左上角裂了": ["左上角摔裂了", "屏幕左上角有条缝"],
    "屏幕右下角有裂纹": ["右下角屏幕裂了", "屏幕下面右边摔了条口子"],
    "贴了钢化膜": ["贴了膜的", "屏幕上贴了膜"],
    "按键磨掉了字": ["按键上的字都磨没了", "键盘字看不清了"],
    "手机壳后面夹着一张一百块钱": ["壳子里夹了一百块钱", "手机壳后头塞了张一百的"],
    "壳子后面夹了张照片": ["壳子里面夹了张相片", "手机壳里夹着张照片"],
    "挂了根挂绳": ["挂了根绳子", "有个挂绳"],
    "背面贴了张电话号码纸条": ["后面贴了我儿子的电话号码", "背后贴了张写电话的纸"],
    "里面装的降压药和病历本": [],
    "车篓里有一袋化肥": ["篓子里装了袋化肥", "前面篮子里有一包肥料"],
    "车篓里有把雨伞": ["篮子里放了把伞", "车篓里头有把伞"],
    "后座绑了个背篓": ["后面绑了个背篓", "后座上捆了个背篓"],
    "车篓是空的": ["篮子里没放东西"],
    "后座装了儿童座椅": ["后面有个娃娃坐的椅子", "后座有个小孩座位"],
    "脚踏板上放着一袋米": ["脚踩的地方放了一袋米", "踏板上有袋大米"],
    "车头挂了个红色塑料袋": ["龙头上挂个红袋子", "把手上挂了个红塑料袋"],
    "前面有个车篮": ["前头有个篮子"], "后座绑了块海绵": ["后座上绑了块海绵垫子"],
    "车把上缠了黑胶布": ["把手缠了黑胶布", "龙头缠的黑胶布"], "是儿童车带辅助轮": ["是小孩骑的，两边有小轮子"],
    "车座是破的": ["坐垫破了"], "铃铛坏了": ["铃铛不响了"],
    "贴了个小熊贴纸": ["上面贴了只小熊", "贴了个小熊的贴画"], "外壳有划痕": ["壳子刮花了", "外面有刮痕"],
    "用胶布缠过": ["缠了胶布的", "拿胶布缠起的"], "背后写了电话号码": ["后面写了电话"],
    "带一根白色数据线": ["连着根白线", "还插着根白色充电线"], "套了个布套": ["外面有个布袋子套着"],
    "伞把是木头的": ["木头把子的伞"], "伞上印了‘信用社’": ["信用社发的那种伞", "伞上有信用社几个字"],
    "有一根伞骨断了": ["断了根伞骨"], "秤杆上贴了胶布": ["秤杆缠了胶布"], "秤杆一头包了铜": ["秤杆头上包了铜皮"],
    "秤钩是新换的": ["钩子是新的"], "木把子上刻了个‘石’字": ["锄头把上刻了个石字"], "把子是新换的": ["把子才换的"],
    "锄口缺了一块": ["锄头口子缺了一块"], "头盔上贴了个‘平安’贴纸": ["头盔上贴了平安两个字"],
    "镜片是茶色的": ["挡风镜片是茶色的"], "头盔后面裂了": ["头盔后头有裂口"], "刀鞘是木头做的": ["有个木头刀鞘"],
    "刀把缠了铁丝": ["刀把子缠着铁丝"],
}
FPARA = {
    "屏幕碎成蜘蛛网": ["屏幕大面积碎裂", "屏幕呈蛛网状碎裂"],
    "屏幕左上角裂了": ["屏幕左上角有裂痕", "屏左上角破损"],
    "屏幕右下角有裂纹": ["屏幕右下角有裂痕", "屏幕右下角破损"],
    "贴了钢化膜": ["屏幕贴有钢化膜", "有贴膜"],
    "按键磨掉了字": ["按键字迹磨损", "键盘字迹模糊"],
    "手机壳后面夹着一张一百块钱": ["壳内夹有百元纸币一张", "手机壳内夹一百元"],
    "壳子后面夹了张照片": ["壳内夹照片一张", "手机壳内夹有相片"],
    "挂了根挂绳": ["带挂绳", "系有挂绳"], "挂了一根红绳子": ["系红绳", "挂红色绳子"],
    "壳子上贴了毛主席像": ["壳上贴毛主席像贴纸"],
    "背面贴了张电话号码纸条": ["背面贴有写电话号码的纸条", "背贴号码纸条"],
    "车篓里有一袋化肥": ["车篮内有化肥一袋", "车篓内装化肥一袋"],
    "车篓里有把雨伞": ["车篮内有雨伞一把", "车篓内雨伞一把"],
    "后座绑了个背篓": ["后座捆绑竹背篓一个", "后座绑有背篓"],
    "车篓是空的": ["车篓内无物品"],
    "后座装了儿童座椅": ["后座加装儿童座椅", "后座有儿童座椅"],
    "脚踏板上放着一袋米": ["踏板处有大米一袋", "脚踏板上大米一袋"],
    "车头挂了个红色塑料袋": ["车把挂红色塑料袋一个"],
    "前面有个车篮": ["带前车筐"], "后座绑了块海绵": ["后座绑海绵垫"], "车把上缠了黑胶布": ["车把缠黑色胶布"],
    "是儿童车带辅助轮": ["儿童自行车，带辅助轮"], "车座是破的": ["车座破损"], "铃铛坏了": ["车铃损坏"],
    "贴了个小熊贴纸": ["贴有小熊贴纸"], "外壳有划痕": ["外壳有明显划痕", "外壳磨损"], "用胶布缠过": ["缠有胶布"],
    "背后写了电话号码": ["背面手写一串电话号码"], "带一根白色数据线": ["附白色数据线一根"], "套了个布套": ["装在布套内"],
    "伞把是木头的": ["木质伞柄"], "伞上印了‘信用社’": ["伞面印“信用社”字样", "伞面有信用社广告字"],
    "有一根伞骨断了": ["伞骨断一根"], "秤杆上贴了胶布": ["秤杆缠胶布"], "秤杆一头包了铜": ["秤杆一端包铜"],
    "秤钩是新换的": ["秤钩较新"], "木把子上刻了个‘石’字": ["锄把刻有“石”字"], "把子是新换的": ["锄把较新"],
    "锄口缺了一块": ["锄刃有缺口"], "头盔上贴了个‘平安’贴纸": ["头盔贴“平安”字样贴纸"],
    "镜片是茶色的": ["茶色镜片"], "头盔后面裂了": ["头盔后部开裂"], "刀鞘是木头做的": ["带木质刀鞘"],
    "刀把缠了铁丝": ["刀柄缠铁丝"], "有一道裂纹": ["有裂纹一道"],
    "透明壳": ["透明保护壳", "透明手机套"], "卡通壳": ["卡通图案保护壳"], "棕色皮套翻盖": ["棕色翻盖皮套"],
    "带支架的壳": ["带支架保护壳"], "粉色硅胶壳": ["粉色硅胶套"], "印有熊猫的壳子": ["熊猫图案手机壳"],
    "碎花壳": ["碎花图案手机壳"], "黑色皮套翻盖": ["黑色翻盖皮套"], "红色硅胶壳": ["红色硅胶套"],
    "带指环扣的壳": ["壳背面有指环扣"], "有个小缺口": ["有小缺口"], "有点发黑": ["表面氧化发黑"],
}


def op(v):
    return pick([v] + OPARA.get(v, [])) if chance(0.6) else v


def fp(v):
    alts = FPARA.get(v, [])
    return pick(alts) if alts and chance(0.75) else v


def S(o, f):
    return {"o": o, "f": f}


def mk_phone():
    old = chance(0.4)
    if old:
        brand = pick(["tianyu", "zte", "nokia", "shouhubao"])
        model = pick({"tianyu": ["S8", "N1", "T2"], "zte": ["L580", "K2"], "nokia": ["105", "110", "2720"],
                      "shouhubao": ["V3", "K2S"]}[brand])
        fam = pick(["black", "red", "gold", "blue", "grey"])
    else:
        brand = pick(["huawei", "honor", "oppo", "vivo", "xiaomi", "apple", "huawei", "oppo", "vivo"])
        model = pick({"huawei": ["畅享20", "nova 9", "Mate 30", "P40"], "honor": ["X30", "Play 5", "80"],
                      "oppo": ["A57", "Reno 8", "A36", "K10"], "vivo": ["Y35", "S16", "Y77", "iQOO Z5"],
                      "xiaomi": ["红米Note 11", "红米10A", "小米12"], "apple": ["iPhone 11", "iPhone 13", "iPhone XR"]}[brand])
        fam = pick(["black", "white", "blue", "gold", "green", "purple", "grey", "pink"])
    imei = luhn_complete(pick(["86", "35"]), 15)
    case = pick(["透明壳", "卡通壳", "黑色皮套翻盖", "红色硅胶壳", "带指环扣的壳"] if old else
                ["透明壳", "卡通壳", "棕色皮套翻盖", "带支架的壳", "粉色硅胶壳", "印有熊猫的壳子", "碎花壳"])
    mark = pick(["手机壳后面夹着一张一百块钱", "壳子上贴了毛主席像", "挂了一根红绳子", "壳子后面夹了张照片",
                 "挂了根挂绳", "背面贴了张电话号码纸条", None, None])
    screen = pick(["屏幕左上角裂了", "屏幕碎成蜘蛛网", "贴了钢化膜", "屏幕右下角有裂纹", "按键磨掉了字"])
    lock = pick(["孙子的照片", "一朵荷花", "毛主席像", "风景画", "一只猫", "一辆大卡车", "天安门"])
    attrs = {"colour": fam, "brand": brand, "model": model, "tail": imei[-6:], "case": case, "screen": screen,
             "lock": lock}
    if mark:
        attrs["mark"] = mark
    owner_noun = pick(["老人机", "电话", "按键手机", "老年机"]) if old else pick(["手机", "智能手机", "手机"])
    finder_noun = pick(["老年手机", "按键手机", "移动电话"]) if old else pick(["手机", "智能手机", "移动电话"])
    say = {
        "colour": S(lambda a: (de(cw(a["colour"], "o")), "color", None),
                    lambda a: (cw(a["colour"], "f"), "color", None)),
        "brand": S(lambda a: ("是%s的" % bw(a["brand"], "o"), "brand", None),
                   lambda a: ("背面印有%s字样" % bw(a["brand"], "f"), "brand", None)),
        "model": S(lambda a: ("型号是%s" % a["model"], "model", a["model"]),
                   lambda a: ("型号%s" % a["model"].replace(" ", ""), "model", a["model"].replace(" ", ""))),
        "tail": S(lambda a: (pick(["串号最后几位是%s", "盒子上的串号尾数%s", "IMEI后六位%s"]) % a["tail"], "serial",
                             pick(["尾号", "后六位"]) + a["tail"]),
                  lambda a: (lambda v: (pick(["卡槽处IMEI:%s", "电池下面标签串号%s", "IMEI %s"]) % v, "serial", v))(
                      pick([spaced(imei, 5), imei, "*" * 9 + imei[-6:], imei[:8] + "-" + imei[8:]]))),
        "case": S(lambda a: (pick(["%s", "外面套了个%s", "有个%s"]) % a["case"], "marks", None),
                  lambda a: (pick(["%s", "外有%s"]) % fp(a["case"]), "marks", None)),
        "screen": S(lambda a: (op(a["screen"]), "marks", None),
                    lambda a: (fp(a["screen"]), "marks", None)),
        "mark": S(lambda a: (op(a["mark"]), "marks", None), lambda a: (fp(a["mark"]), "marks", None)),
        "lock": S(lambda a: (pick(["屏保是%s", "一开屏就是%s", "桌面是%s"]) % a["lock"], "marks", None),
                  lambda a: (pick(["开机画面为%s", "锁屏壁纸为%s", "屏幕壁纸：%s"]) % a["lock"], "marks", None)),
    }
    return {"cat": "phone", "noun_o": owner_noun, "noun_f": finder_noun, "unit": "部", "attrs": attrs, "say": say,
            "serial_full": imei}


def mk_wallet():
    fam = pick(["black", "brown", "red", "blue", "pink", "black", "brown"])
    brand = pick(["septwolves", "goldlion", "woodpecker", "crocodile", None, None])
    amount = pick([35, 86, 120, 230, 300, 456, 520, 800, 1200, 1500, 2600, 65, 170])
    name = person_name()
    kind = pick(["身份证", "农信社银行卡", "社保卡", "新农合卡", "驾驶证", "邮储银行卡"])
    card_tail = "%04d" % R.randint(0, 9999)
    content = kind
    attrs = {"colour": fam, "amount": amount, "name": name, "content": content}
    if brand:
        attrs["brand"] = brand
    if kind.endswith("银行卡"):
        attrs["tail"] = card_tail
    style = pick(["短款", "长款"])
    attrs["style"] = style
    step = 10 if amount < 500 else 100
    lo = (amount - R.randint(0, max(5, amount // 10))) // step * step
    hi = -(-(amount + R.randint(5, max(10, amount // 8))) // step) * step
    say = {
        "colour": S(lambda a: (de(cw(a["colour"], "o")), "color", None),
                    lambda a: (cw(a["colour"], "f"), "color", None)),
        "brand": S(lambda a: ("牌子是%s" % bw(a["brand"], "o"), "brand", None),
                   lambda a: ("印%s标志" % bw(a["brand"], "f"), "brand", None)),
        "amount": S(lambda a: (pick(["里面大概有%s块钱" % cn_amount_spoken(a["amount"]) if a["amount"] >= 100 else
                                     "零钱%d块左右" % a["amount"], "钱有%d左右" % a["amount"],
                                     "有%d到%d块钱的样子" % (lo, hi)]), "marks", None),
                    lambda a: (pick(["内有现金%d元" % a["amount"], "现金人民币%s" % cn_amount_upper(a["amount"]),
                                     "内有现金%d元（已清点）" % a["amount"]]), "marks", None)),
        "name": S(lambda a: (pick(["里面有%s的%s", "装着%s的%s"]) % (a["name"], kind), "marks", None),
                  lambda a: (pick(["内有%s一张，姓名%s", "内有%s（%s）", "夹层有%s，户名%s"]) %
                             (kind, a["name"]), "marks", None)),
        "tail": S(lambda a: ("卡号尾数%s" % a["tail"], "serial", "尾号" + a["tail"]),
                  lambda a: (lambda v: ("卡号%s" % v, "serial", v))(pick(["6217****" + a["tail"], "尾号" + a["tail"],
                                                                       "**** **** **** " + a["tail"]]))),
        "style": S(lambda a: (a["style"] + "的", None, None),
                   lambda a: (a["style"] + "钱包", None, None)),
    }
    # "content" is carried by the "name" clause; it is not said alone
    attrs_said = dict(attrs)
    attrs_said.pop("content")
    return {"cat": "wallet", "noun_o": pick(["钱包", "皮夹子", "钱包", "荷包"]),
            "noun_f": pick(["钱包", "钱夹", "男式钱包" if chance(0.5) else "女式钱包"]), "unit": "个",
            "attrs": attrs_said, "say": say, "amount_range": (lo, hi)}


DOC_KINDS = ["身份证", "身份证", "身份证", "驾驶证", "学生证", "社保卡", "银行卡", "护照", "工作证", "户口本",
             "残疾证", "新农合卡"]


def mk_doc():
    kind = pick(DOC_KINDS)
    young = kind == "学生证"
    age = R.randint(13, 17) if young else R.randint(22, 82)
    name = person_name(young)
    idn = id_number(age)
    attrs = {"kind": kind, "name": name}
    extra = {}
    if kind in ("身份证", "残疾证", "社保卡", "驾驶证"):
        attrs["tail"] = idn[-4:]
        extra["full"] = idn
    elif kind == "银行卡":
        bank = pick(["农信社", "邮储"])
        num = luhn_complete("621799" if bank == "农信社" else "622188", 19)
        attrs["tail"] = num[-4:]
        attrs["bank"] = bank
        extra["full"] = num
    elif kind == "学生证":
        sno = "2024%04d" % R.randint(1, 2999)
        attrs["tail"] = sno[-4:]
        extra["full"] = sno
        attrs["klass"] = pick(["初二(3)班", "初一(5)班", "高一(2)班", "初三(1)班", "高二(6)班"])
    elif kind == "护照":
        pno = "E%08d" % R.randint(10000000, 99999999)
        attrs["tail"] = pno[-4:]
        extra["full"] = pno
    elif kind == "工作证":
        attrs["unit"] = pick(["县人民医院", "龙潭镇人民政府", "县民族中学", "农村信用社城关分社", "县自然资源局"])
    elif kind == "户口本":
        attrs["count"] = pick(["两页", "三页", "一页"])
    holder = pick(["一个透明卡套里", "一个红色小塑料袋里", "一个绿色卡套里", None, None])
    if holder:
        attrs["wrap"] = holder
    full = extra.get("full")

    def f_serial(a):
        k = a["kind"]
        if k in ("身份证", "残疾证", "社保卡", "驾驶证"):
            return pick([full, full[:6] + "********" + full[-4:], spaced(full, 6), full[:-1] + full[-1]])
        if k == "银行卡":
            return pick([spaced(full, 4), full[:6] + "*****" + full[-4:], full])
        return full

    def o_serial(a):
        k = a["kind"]
        if k in ("身份证", "残疾证", "社保卡", "驾驶证") and chance(0.5):
            return ("号码是%s" % full, full)
        return (pick(["号码最后四位是%s", "尾号%s", "后四位%s"]) % a["tail"], "尾号" + a["tail"])

    say = {
        "kind": S(lambda a: (a["kind"], None, None), lambda a: (a["kind"], None, None)),
        "name": S(lambda a: (pick(["名字是%s", "上面写的%s", "是%s的"]) % a["name"], None, None),
                  lambda a: (pick(["姓名%s", "姓名：%s", "持证人%s"]) % a["name"], None, None)),
        "tail": S(lambda a: (lambda t: (t[0], "serial", t[1]))(o_serial(a)),
                  lambda a: (lambda s: ("号码" + s, "serial", s))(f_serial(a))),
        "bank": S(lambda a: ("%s的卡" % a["bank"], "brand", None),
                  lambda a: ("%s卡" % ("湖南农信" if a["bank"] == "农信社" else "中国邮政储蓄银行"), "brand", None)),
        "klass": S(lambda a: ("%s的学生" % a["klass"], None, None),
                   lambda a: ("班级%s" % a["klass"], None, None)),
        "unit": S(lambda a: ("%s的工作证" % a["unit"], None, None),
                  lambda a: ("单位%s" % a["unit"], None, None)),
        "count": S(lambda a: ("户口本%s" % a["count"], None, None),
                   lambda a: ("户口簿散页%s" % a["count"], None, None)),
        "wrap": S(lambda a: ("装在%s" % a["wrap"], "marks", None),
                  lambda a: ("放在%s" % a["wrap"], "marks", None)),
    }
    noun = {"身份证": "身份证", "驾驶证": "驾驶证", "学生证": "学生证", "社保卡": "社保卡", "银行卡": "银行卡",
            "护照": "护照", "工作证": "工作证", "户口本": "户口本", "残疾证": "残疾证", "新农合卡": "新农合医疗卡"}[kind]
    return {"cat": "id_doc", "noun_o": noun, "noun_f": noun if chance(0.6) else "证件", "unit": "张",
            "attrs": attrs, "say": say, "age": age}


def mk_keys():
    count = R.randint(2, 7)
    charm = pick(["一个小葫芦", "一个桃木小剑", "一个毛绒小熊", "一个红色平安结", "一颗狗牙", "一个铜钱",
                  "一个弥勒佛吊坠", "一个指甲刀"])
    string = pick(["红绳子", "麻绳", "一根鞋带", "钢丝圈", "黑色绳子"])
    fob = pick([None, None, "雅迪电动车遥控器", "爱玛电动车遥控", "蓝色门禁卡", "五菱车钥匙", "豪爵摩托车钥匙"])
    attrs = {"count": count, "charm": charm, "string": string}
    if fob:
        attrs["fob"] = fob
    cnum = "一两三四五六七"[count - 1]
    say = {
        "count": S(lambda a: (pick(["%s把钥匙", "一共%s把"]) % cnum, None, None),
                   lambda a: ("钥匙%d把" % a["count"], None, None)),
        "charm": S(lambda a: (pick(["上面挂了%s", "吊着%s"]) % a["charm"], "marks", None),
                   lambda a: (pick(["挂件为%s", "带%s"]) % a["charm"][2:], "marks", None)),
        "string": S(lambda a: ("用%s穿起的" % a["string"], "marks", None),
                    lambda a: ("%s串着" % a["string"], "marks", None)),
        "fob": S(lambda a: ("还有%s" % a["fob"], "marks", None),
                 lambda a: ("附%s一个" % a["fob"].replace("雅迪", pick(["Yadea", "雅迪"])), "marks", None)),
    }
    return {"cat": "keys", "noun_o": pick(["钥匙", "钥匙串", "锁匙"]), "noun_f": pick(["钥匙串", "钥匙"]),
            "unit": "串", "attrs": attrs, "say": say}


def plate_no():
    return "%s%05d" % (pick("ABCDE"), R.randint(100, 99999))


def mk_ebike():
    brand = pick(["yadea", "aima", "tailg", "sunra", "luyuan"])
    fam = pick(["white", "black", "red", "blue", "grey", "pink"])
    plate = plate_no()
    frame = {"yadea": "YD", "aima": "AM", "tailg": "TL", "sunra": "SR", "luyuan": "LY"}[brand] + "%02d%02d" % (R.randint(19, 25), R.randint(1, 12)) + \
        "%07d" % R.randint(0, 9999999)
    basket = pick(["车篓里有一袋化肥", "车篓里有把雨伞", "后座绑了个背篓", "车头挂了个红色塑料袋", "脚踏板上放着一袋米",
                   "车篓是空的", "后座装了儿童座椅"])
    attrs = {"brand": brand, "colour": fam, "plate": plate[-4:], "frame": frame[-6:], "detail": basket}
    say = {
        "brand": S(lambda a: ("%s牌" % bw(a["brand"], "o"), "brand", None),
                   lambda a: ("车身%s字样" % bw(a["brand"], "f"), "brand", None)),
        "colour": S(lambda a: (de(cw(a["colour"], "o")), "color", None),
                    lambda a: (cw(a["colour"], "f"), "color", None)),
        "plate": S(lambda a: (lambda v: ((pick(["车牌石溪%s", "牌照是%s"]) if len(v) > 4 else "车牌号后面几位%s") % v,
                                         "serial", v))(pick([plate, plate, plate[-4:]])),
                   lambda a: (lambda v: ("号牌" + v, "serial", v))(
                       pick(["石溪" + plate, "石溪 " + plate[0] + " " + plate[1:], plate]))),
        "frame": S(lambda a: (lambda v: ("车架号" + v, "serial", v))(pick([frame, "最后几位" + frame[-6:]])),
                   lambda a: (lambda v: ("车架号" + v, "serial", v))(
                       pick([frame, frame[:4] + "-" + frame[4:], "***" + frame[-6:]]))),
        "detail": S(lambda a: (op(a["detail"]), "marks", None), lambda a: (fp(a["detail"]), "marks", None)),
    }
    return {"cat": "ebike", "noun_o": pick(["电动车", "电瓶车", "电摩"]), "noun_f": pick(["电动自行车", "电动车"]),
            "unit": "辆", "attrs": attrs, "say": say}


def mk_bicycle():
    brand = pick(["phoenix", "forever", "giant", None])
    fam = pick(["red", "blue", "black", "yellow", "green"])
    mark = pick(["前面有个车篮", "后座绑了块海绵", "铃铛坏了", "车把上缠了黑胶布", "是儿童车带辅助轮", "车座是破的"])
    attrs = {"colour": fam, "detail": mark}
    if brand:
        attrs["brand"] = brand
    say = {
        "brand": S(lambda a: ("%s的" % bw(a["brand"], "o"), "brand", None),
                   lambda a: ("车架印%s" % bw(a["brand"], "f"), "brand", None)),
        "colour": S(lambda a: (de(cw(a["colour"], "o")), "color", None),
                    lambda a: (cw(a["colour"], "f"), "color", None)),
        "detail": S(lambda a: (op(a["detail"]), "marks", None), lambda a: (fp(a["detail"]), "marks", None)),
    }
    return {"cat": "bicycle", "noun_o": pick(["自行车", "单车", "脚踏车"]), "noun_f": "自行车", "unit": "辆",
            "attrs": attrs, "say": say}


def mk_bag():
    kind = pick(["背篓", "书包", "挎包", "编织袋", "双肩包", "手提袋", "书包", "挎包"])
    fam = pick(["black", "red", "blue", "brown", "green", "pink", "grey"]) if kind not in ("背篓",) else "brown"
    content = pick({"背篓": ["一把锄头和两包烟", "半背篓红薯", "三斤腊肉", "一包化肥和一件蓑衣"],
                    "书包": ["语文书和作业本", "一个保温杯和数学书", "校服外套和饭卡", "英语书和一盒彩笔"],
                    "挎包": ["降压药和病历本", "一把伞和老花眼镜", "一个饭盒和毛巾", "一包糖和病历本"],
                    "编织袋": ["几件旧衣服", "一袋玉米种子", "两双布鞋", "一床棉絮"],
                    "双肩包": ["换洗衣服和充电器", "一本驾照考试书", "一件冲锋衣"],
                    "手提袋": ["给孙子买的新衣服", "两瓶酒和一条烟", "一包月饼"]}[kind])
    brand = pick(["anta", "lining", "nike"]) if kind in ("书包", "双肩包") and chance(0.6) else None
    name = person_name(young=kind == "书包") if kind in ("书包", "挎包") and chance(0.6) else None
    attrs = {"kind": kind, "colour": fam, "content": content}
    if brand:
        attrs["brand"] = brand
    if name:
        attrs["name"] = name
    say = {
        "kind": S(lambda a: (a["kind"], None, None), lambda a: (a["kind"], None, None)),
        "colour": S(lambda a: (de(cw(a["colour"], "o")), "color", None),
                    lambda a: (cw(a["colour"], "f"), "color", None)),
        "content": S(lambda a: (pick(["里面装的%s", "里头有%s"]) % a["content"], "marks", None),
                     lambda a: (pick(["内有%s", "打开查看有%s"]) % a["content"], "marks", None)),
        "brand": S(lambda a: ("%s的" % bw(a["brand"], "o"), "brand", None),
                   lambda a: ("%s标志" % bw(a["brand"], "f"), "brand", None)),
        "name": S(lambda a: ("%s上面写了名字%s" % (pick(["本子", "书"]), a["name"]), "marks", None),
                  lambda a: ("物品上署名%s" % a["name"], "marks", None)),
    }
    return {"cat": "bag", "noun_o": kind, "noun_f": kind, "unit": "个", "attrs": attrs, "say": say}


def mk_cash():
    amount = pick([500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3600, 4800, 6000, 700])
    wrap = pick(["红布包着", "塑料袋装着", "手帕包着", "信封装着", "黑色塑料袋", "报纸包着"])
    denom = pick(["all100", "100+50", "all50", "100+20"])
    attrs = {"amount": amount, "wrap": wrap}
    lo = amount - R.choice([0, 0, 50, 100])
    hi = amount + R.choice([0, 50, 100, 200])
    say = {
        "amount": S(lambda a: (pick(["%s块钱" % cn_amount_spoken(a["amount"]), "%d元" % a["amount"],
                                     "%d到%d块钱" % (lo, hi) if lo != hi else "%d元整" % a["amount"]]), None, None),
                    lambda a: (pick(["现金%s" % cn_amount_upper(a["amount"]), "人民币%d元" % a["amount"],
                                     "共计%d元" % a["amount"]]), None, None)),
        "wrap": S(lambda a: ("用%s" % a["wrap"].replace("着", ""), "marks", None),
                  lambda a: (a["wrap"], "marks", None)),
    }
    attrs_all = dict(attrs)
    attrs_all["denom"] = denom
    say["denom"] = S(lambda a: (pick({"all100": ["都是一百的", "全是红票子", "全是一百块的"],
                                      "100+50": ["一百的和五十的", "有一百的也有五十的"],
                                      "all50": ["都是五十的", "全是五十块的"],
                                      "100+20": ["一百的和二十的混在一起", "有百元也有二十元的"]}[a["denom"]]), None, None),
                     lambda a: (pick({"all100": ["均为百元面额", "百元券"], "100+50": ["百元和五十元面额"],
                                      "all50": ["均为五十元面额"], "100+20": ["百元及二十元面额"]}[a["denom"]]),
                                None, None))
    return {"cat": "cash", "noun_o": pick(["钱", "现金", "一包钱"]), "noun_f": "现金", "unit": "笔",
            "attrs": attrs_all, "say": say, "amount_range": (lo, hi)}


def mk_jewelry():
    kind = pick(["银手镯", "金耳环", "玉手镯", "金戒指", "银项圈", "长命锁", "金项链"])
    inscr = pick(["刻了一个福字", "刻着“平安”", "刻了名字缩写LY", "刻了龙凤", "刻了一朵梅花", "刻了“长命百岁”"])
    flaw = pick(["有一道裂纹", "有个小缺口", "有点发黑", None, None])
    brand = "chowtaifook" if kind in ("金戒指", "金项链", "金耳环") and chance(0.5) else None
    attrs = {"kind": kind, "inscr": inscr}
    if flaw:
        attrs["flaw"] = flaw
    if brand:
        attrs["brand"] = brand
    say = {
        "kind": S(lambda a: (a["kind"], None, None), lambda a: (a["kind"], None, None)),
        "inscr": S(lambda a: (a["inscr"], "marks", None), lambda a: (a["inscr"].replace("刻了", "刻有"), "marks", None)),
        "flaw": S(lambda a: (a["flaw"], "marks", None), lambda a: (fp(a["flaw"]), "marks", None)),
        "brand": S(lambda a: ("%s买的" % bw(a["brand"], "o"), "brand", None),
                   lambda a: ("内圈%s印记" % bw(a["brand"], "f"), "brand", None)),
    }
    unit = {"银手镯": "只", "金耳环": "对", "玉手镯": "只", "金戒指": "枚", "银项圈": "个", "长命锁": "个",
            "金项链": "条"}[kind]
    return {"cat": "jewelry", "noun_o": kind, "noun_f": kind, "unit": unit, "attrs": attrs, "say": say}


def mk_elec():
    kind = pick(["充电宝", "电话手表", "唱戏机", "蓝牙耳机", "平板电脑"])
    brand = {"充电宝": pick(["romoss", "xiaomi"]), "电话手表": "imoo", "唱戏机": pick(["xianke", "jindiao"]),
             "蓝牙耳机": pick(["huawei", "xiaomi", "oppo"]), "平板电脑": pick(["huawei", "apple"])}[kind]
    fam = pick(["black", "white", "blue", "pink", "red"])
    mark = pick(["贴了个小熊贴纸", "外壳有划痕", "用胶布缠过", "背后写了电话号码", "带一根白色数据线", "套了个布套"])
    attrs = {"kind": kind, "brand": brand, "colour": fam, "detail": mark}
    model = {"充电宝": pick(["5000", "10000", "20000"]), "电话手表": pick(["Z6", "Q1A", "D2", "Z9"]),
             "平板电脑": pick(["MatePad 11", "MatePad SE"]) if brand == "huawei" else pick(["iPad Air", "iPad mini"])}.get(kind)
    if model:
        attrs["model"] = model
    say = {
        "kind": S(lambda a: (a["kind"], None, None), lambda a: (a["kind"], None, None)),
        "brand": S(lambda a: ("%s的" % bw(a["brand"], "o"), "brand", None),
                   lambda a: ("品牌%s" % bw(a["brand"], "f"), "brand", None)),
        "colour": S(lambda a: (de(cw(a["colour"], "o")), "color", None),
                    lambda a: (cw(a["colour"], "f"), "color", None)),
        "detail": S(lambda a: (op(a["detail"]), "marks", None), lambda a: (fp(a["detail"]), "marks", None)),
        "model": S(lambda a: (("%s毫安的" % a["model"]) if a["kind"] == "充电宝" else "型号是%s" % a["model"], "model",
                              None),
                   lambda a: (lambda v: (v, "model", v))(("容量%smAh" % a["model"]) if a["kind"] == "充电宝"
                                                         else "型号" + a["model"])),
    }
    return {"cat": "electronics", "noun_o": kind, "noun_f": kind, "unit": "个", "attrs": attrs, "say": say}


def mk_other():
    kind = pick(["锄头", "玉米种子", "鸡笼", "雨伞", "拐杖", "杆秤", "摩托车头盔", "药袋", "柴刀", "烟叶"])
    detail = pick({"锄头": ["木把子上刻了个‘石’字", "把子是新换的", "锄口缺了一块"],
                   "玉米种子": ["一袋二十斤装", "一袋十斤的，袋子上写了‘正大’", "蛇皮袋装的，口子用红绳扎"],
                   "鸡笼": ["笼子里一只芦花母鸡", "竹编笼子装一只大公鸡", "两只小鸭子"],
                   "雨伞": ["伞把是木头的", "伞上印了‘信用社’", "有一根伞骨断了"],
                   "拐杖": ["不锈钢四脚拐", "竹子做的拐棍，手柄缠布", "木头拐杖刻了龙头"],
                   "杆秤": ["秤钩是新换的", "秤杆上贴了胶布", "秤杆一头包了铜"],
                   "摩托车头盔": ["头盔上贴了个‘平安’贴纸", "镜片是茶色的", "头盔后面裂了"],
                   "药袋": ["装的降压药和胰岛素", "县医院开的中药七副", "药盒上用笔写了个‘田’字"],
                   "柴刀": ["刀鞘是木头做的", "刀把缠了铁丝"],
                   "烟叶": ["一捆晒干的烟叶，用稻草扎着", "两把烟叶装在竹篮里"]}[kind])
    fam = pick(["black", "red", "blue", "yellow", "green", "grey"])
    # what is in a cage, a sack or a medicine bag excludes anything else; a mark on a tool does not
    attrs = {"kind": kind, ("content" if kind in ("玉米种子", "鸡笼", "药袋", "烟叶", "拐杖") else "detail"): detail}
    if kind in ("雨伞", "摩托车头盔"):
        attrs["colour"] = fam
    say = {
        "kind": S(lambda a: (a["kind"], None, None), lambda a: (a["kind"], None, None)),
        "detail": S(lambda a: (op(a["detail"]), "marks", None), lambda a: (fp(a["detail"]), "marks", None)),
        "content": S(lambda a: (a["content"], "marks", None),
                     lambda a: (a["content"].replace("装的", "内装").replace("笼子里", "笼内"), "marks", None)),
        "colour": S(lambda a: (de(cw(a["colour"], "o")), "color", None),
                    lambda a: (cw(a["colour"], "f"), "color", None)),
    }
    unit = {"锄头": "把", "玉米种子": "袋", "鸡笼": "个", "雨伞": "把", "拐杖": "根", "杆秤": "杆", "摩托车头盔": "个",
            "药袋": "袋", "柴刀": "把", "烟叶": "捆"}[kind]
    return {"cat": "other", "noun_o": kind, "noun_f": kind, "unit": unit, "attrs": attrs, "say": say}


MAKERS = {"phone": mk_phone, "wallet": mk_wallet, "id_doc": mk_doc, "keys": mk_keys, "ebike": mk_ebike,
          "bicycle": mk_bicycle, "bag": mk_bag, "cash": mk_cash, "jewelry": mk_jewelry,
          "electronics": mk_elec, "other": mk_other}
TRUE_MIX = {"phone": 28, "wallet": 22, "id_doc": 25, "keys": 14, "bag": 16, "ebike": 8, "bicycle": 4,
            "cash": 8, "jewelry": 6, "electronics": 7, "other": 12}
NEVER_MIX = {"phone": 12, "wallet": 10, "id_doc": 9, "keys": 6, "bag": 6, "ebike": 4, "bicycle": 2,
             "cash": 3, "jewelry": 3, "electronics": 2, "other": 3}


# ----------------------------------------------------------------------------- facts and checks
W_O = {"mark": .45, "detail": .55, "flaw": .4, "colour": .8, "brand": .75, "model": .35, "tail": .3, "case": .5, "screen": .35, "lock": .3,
       "amount": .75, "name": .6, "style": .3, "kind": 1, "bank": .5, "klass": .5, "unit": .8, "count": .5,
       "wrap": .45, "charm": .65, "string": .4, "fob": .85, "plate": .55, "frame": .2, "content": .65,
       "inscr": .7, "denom": .4}
W_F = {"mark": .55, "detail": .65, "flaw": .5, "colour": .85, "brand": .7, "model": .15, "tail": .55, "case": .6, "screen": .5, "lock": .25,
       "amount": .95, "name": .85, "style": .5, "kind": 1, "bank": .6, "klass": .4, "unit": .6, "count": .75,
       "wrap": .5, "charm": .7, "string": .5, "fob": .7, "plate": .85, "frame": .5, "content": .75,
       "inscr": .7, "denom": .3}
ALWAYS = {"kind"}                 # said through the noun on both sides
RIVAL_AFTER = 7 * DAY             # a found item more than this after the loss window is not a rival


def fact_value(obj, k, side):
    if k == "amount" and side == "o":
        return tuple(obj["amount_range"])
    return obj["attrs"][k]


def conflict(lf, ff):
    for k, a in lf.items():
        if k not in ff or k in SOFT:
            continue
        b = ff[k]
        if k == "amount":
            lo, hi = a
            if not lo <= b <= hi:
                return k
        elif a != b:
            return k
    return None


def shared(lf, ff):
    out = []
    for k, a in lf.items():
        if k in ff:
            b = ff[k]
            if (k == "amount" and a[0] <= b <= a[1]) or (k != "amount" and a == b):
                out.append(k)
    return out


def is_rival(L, F):
    """F could, for a careful officer, be L's object: same kind, found after the loss began, and
    no stated fact disagrees; and either found in the same part of the county not much later, or,
    wherever and whenever, sharing an identifying fact (things travel)."""
    if F["item"]["key"] == L["item"].get("truth"):
        return False
    if F["cat"] != L["cat"] or F["at"] > L["from"]:
        return False
    if conflict(L["facts"], F["facts"]) is not None:
        return False
    if F["zone"] in L["zones"] and F["at"] >= L["to"] - RIVAL_AFTER:
        return True
    return any(k in IDENT for k in shared(L["facts"], F["facts"]))


# ----------------------------------------------------------------------------- text
HOMO = [("钥匙", "要是"), ("身份证", "身分证"), ("充电宝", "冲电宝"), ("蓝色", "兰色"), ("驾驶证", "驾使证"),
        ("钱包", "钱抱"), ("手机", "手几"), ("银行卡", "银航卡"), ("雨伞", "雨散"), ("电动车", "电动扯"),
        ("户口本", "户口笨"), ("学生证", "学生正"), ("书包", "书抱"), ("手镯", "手卓"), ("耳环", "耳还"),
        ("锄头", "除头"), ("拐杖", "拐仗"), ("头盔", "头亏"), ("汽车站", "汽车占"), ("医院", "意院"),
        ("信用社", "信用舍"), ("在", "再"), ("的", "得"), ("里面", "理面"), ("现金", "现今")]
TRAD = dict(zip("车钱机银证钥红蓝门里个张场广电话镇书医现块丢东时发这边还号码后绳头颜质钟线兰乡县", 
                "車錢機銀證鑰紅藍門裡個張場廣電話鎮書醫現塊丟東時發這邊還號碼後繩頭顏質鐘線蘭鄉縣"))


def homophone(s):
    cands = [(a, b) for a, b in HOMO if a in s]
    if not cands:
        return s
    a, b = pick(cands)
    return s.replace(a, b, 1)


def traditional(s):
    return "".join(TRAD.get(c, c) for c in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or "A" <= c <= "Z") else c for c in s)


def voice(s):
    s = s.replace("，", pick(["", " ", "嗯"])).replace("。", "").replace("；", "").replace("：", "")
    s = s.replace("、", "")
    fill = pick(["喂你好", "嗯那个", "就是", "哎", "我跟你说"])
    s = fill + s
    for _ in range(R.randint(1, 2)):
        s = homophone(s)
    return s


def when_phrase(L):
    span = L["from"] - L["to"]
    if span <= 240:
        return pick(["上午十点多", "下午两三点钟", "早上赶场的时候", "中午吃饭那会儿", "下午四点左右", "刚才",
                     "九点钟左右"] + (["晚上跳舞的时候"] * 3 if L.get("pk") == "square" else []))
    if span <= DAY:
        return pick(["今天", "赶场那天", "昨天白天", "早上出门到下午回家之间", "那天一整天"])
    return pick(["这几天", "上个场天到现在", "前几天", "最近几天", "这个星期"])


def found_when():
    return pick(["上午", "下午", "傍晚", "中午", "早上", "晚上", "当日", ""])


def noun_phrase(obj, side, facts, said):
    noun = obj["noun_o"] if side == "o" else obj["noun_f"]
    if obj["cat"] == "id_doc" and noun == "证件":
        noun = "证件（%s）" % obj["attrs"]["kind"]
    pre = ""
    if "colour" in facts and "colour" not in said and chance(0.55):
        w = cw(obj["attrs"]["colour"], side)
        pre += w + ("的" if side == "o" and not w.endswith("的") and chance(0.5) else "")
        said["colour"] = w
    w = bw(obj["attrs"]["brand"], side) if "brand" in facts else ""
    if w and "brand" not in said and w[-1] not in "机表" and chance(0.4):
        pre = w + pre if side == "f" else pre + w
        said["brand"] = w
    return pre + noun


def render_facts(obj, side, facts, force=False):
    """-> (noun phrase, [clauses], fields dict); force: every clause goes into a field (a very
    short body, with the desk officer typing the details into the form)"""
    said = {}
    np_ = noun_phrase(obj, side, facts, said)
    clauses, fields, marks = [], {}, []
    order = [k for k in facts if k not in ALWAYS]
    R.shuffle(order)
    for k in order:
        if k in said:
            word = said[k]
            if force or chance(0.6 if side == "f" else 0.45):
                fields["color" if k == "colour" else "brand"] = word
            continue
        if k in ("brand", "colour") and k not in obj["say"]:
            continue
        clause, field, fval = obj["say"][k][side](obj["attrs"])
        clauses.append(clause)
        if force:
            if field is None or (field in fields and field != "marks"):
                field, fval = "marks", None
        elif field is None or not chance(0.7 if side == "f" else 0.5):
            continue
        if field == "marks":
            marks.append(clause)
            continue
        if fval is None:
            if k == "colour":
                fval = next((w for w in sorted(COLOURS[obj["attrs"]["colour"]][0] + COLOURS[obj["attrs"]["colour"]][1],
                                               key=len, reverse=True) if w in clause), clause)
            elif k == "brand":
                b = obj["attrs"]["brand"]
                fval = next((w for w in sorted(BRANDS[b][0] + BRANDS[b][1], key=len, reverse=True) if w in clause),
                            clause)
            else:
                fval = clause
        fields[field] = fval
    if marks:
        fields["marks"] = "；".join(marks)
    return np_, clauses, fields


def join_clauses(cl):
    if not cl:
        return ""
    seps = pick(["，", "，", "；", " "])
    return seps.join(cl)


def place_words(pk, side):
    return pick(PLACES[pk][3] if side == "o" else PLACES[pk][4])


def coords(pk, spread):
    lat, lon = PLACES[pk][0], PLACES[pk][1]
    return round(lat + R.uniform(-spread, spread), 5), round(lon + R.uniform(-spread, spread), 5)


OWNER_STYLES = ["plain", "elder", "relative", "cadre", "teacher", "vendor", "driver", "voice", "short", "long"]
OWNER_W = [18, 16, 16, 9, 7, 7, 5, 10, 6, 8]
FINDER_STYLES = ["aux", "grid", "driver", "school", "hospital", "bank", "square", "citizen", "short", "desk"]


def owner_text(obj, facts, L):
    style = L["style"]
    np_, cl, fields = render_facts(obj, "o", facts, force=style == "short")
    fx = join_clauses(cl)
    where = L["where_o"]
    when = when_phrase(L)
    vil = pick(VILLAGES)
    grp = R.randint(1, 12)
    age = obj.get("age") or R.randint(55, 86)
    if obj["cat"] == "id_doc" and "age" in obj:
        age = obj["age"]
    if style == "long" and L.get("route"):
        style = "long_bus"
    if style == "short":
        body = pick(["%s一%s" % (np_, obj["unit"]), "丢了" + np_, "遗失" + np_, np_ + "丢失"])
    elif style == "elder" and age >= 50:
        body = pick([
            "我是%s%d组的，%s出来赶场，%s搞落了，%s。可能是在%s掉的。" % (
                vil, grp, when.replace("赶场的时候", "").replace("赶场那天", "那天").replace("晚上跳舞的时候", "那天下午"),
                np_, fx, where),
            "%s在%s把%s搞掉了，%s，麻烦你们帮我找下。" % (when, where, np_, fx),
            "%s在%s，回到屋头才发现%s不见了，不晓得是遭偷了还是掉了。%s。" % (when, where, np_, fx),
            "我%d岁了眼睛不好，%s，%s不晓得落哪里了，我只记得%s去过。" % (age, fx, np_, where),
        ])
    elif style == "relative":
        rel = pick(["我爹", "我妈", "我家老人", "我奶奶", "我爷爷", "我外婆"])
        body = pick([
            "帮%s登记一下：%s，%s岁，%s在%s把%s弄丢了。%s。" % (rel, vil, age, when, where, np_, fx),
            "%s年纪大了说不清楚，只晓得%s在%s掉的，是个%s，%s。" % (rel, when, where, np_, fx),
            "%s今天打电话说%s丢了，%s。%s是在%s那一带。我在外地打工，麻烦留意。" % (rel, np_, fx, when, where),
            "替%s报：%s，%s，%s去过%s。" % (rel, np_, fx, when, where),
        ])
    elif style == "cadre":
        nm = obj["attrs"].get("name") or person_name()
        body = "%s村委会反映：本村%d组村民%s（%d岁）%s在%s遗失%s，%s，请派出所帮忙留意。" % (
            vil, grp, nm, age, when, where, np_, fx)
    elif style == "teacher":
        body = pick([
            "我是县民族中学%s的班主任，住校生%s%s在%s丢了%s，%s。" % (
                pick(["初二(3)班", "初一(5)班", "高一(2)班"]) if "klass" not in facts else obj["attrs"]["klass"],
                obj["attrs"].get("name") or person_name(True), when, where, np_, fx),
            "学校老师代学生登记：%s，%s。学生说%s在%s还在。" % (np_, fx, when, where),
        ])
    elif style == "vendor" and L.get("pk") in ("market", "livestock", "longtan", "pingshang", "muxi") \
            and "或者" not in where:
        goods = pick(["卖菜", "卖鸡鸭", "卖米豆腐", "卖农具", "卖衣服"])
        body = "我在%s%s的，%s收摊时发现%s不见了，%s。" % (where, goods, when, np_, fx)
    elif style == "driver":
        body = "我是跑中巴的，%s在%s把自己的%s掉了，%s。" % (when, where, np_, fx)
    elif style == "voice":
        body = voice(pick([
            "我%s在%s丢了%s，%s，麻烦帮我看一下有没有人捡到" % (when, where, np_, fx),
            "%s掉了，%s，%s在%s，你们那里有没有人交过来" % (np_, fx, when, where),
            "我想报个失物，%s，%s，%s在%s，找到了打我电话" % (np_, fx, when, where),
        ]))
    elif style == "long_bus":
        body = ("是这样的，%s我赶完场回%s，坐的是%s，人多得很，下车走到半路才发现%s没得了。%s。"
                "我给司机打电话他说没看到，不晓得是不是被别个拿走了。东西不值好多钱，但是对我很重要，麻烦你们帮忙问一下。" % (
                    when, pick(VILLAGES), where, np_, fx))
    elif style == "long":
        body = pick([
            "是这样的，%s我和我老伴一起来赶场，先去%s，后来又去买了点东西，回家才发现%s没得了。%s。这个东西是%s，用了好几年了，"
            "里面的东西对我们很重要。我们在%s住，来一趟不容易，要是有人捡到了请一定打电话给我们，必有酬谢。" % (
                when, where, np_, fx, pick(["儿子买的", "孙女给的", "自己攒钱买的"]), vil),
            "同志你好，我想问一下有没有人交%s过来。我%s在%s，人很多挤来挤去的，等我摸口袋的时候就没有了。%s。"
            "我也不确定是被偷了还是自己掉的，当时还打了电话但是没人接。我先登记一下，有消息通知我。" % (np_, when, where, fx),
        ])
    else:
        body = pick([
            "本人%s在%s遗失%s，%s。" % (when, where, np_, fx),
            "%s在%s丢失%s。%s。" % (when, where, np_, fx),
            "丢失%s一%s，%s，地点%s，时间%s。" % (np_, obj["unit"], fx, where, when),
        ])
    body = body.replace("，，", "，").replace("，。", "。").replace("。。", "。").replace("：，", "：")
    if style not in ("voice",) and chance(0.12):
        body = homophone(body)
    return body, fields


def finder_text(obj, facts, F):
    style = F["style"]
    np_, cl, fields = render_facts(obj, "f", facts, force=style == "short")
    fx = join_clauses(cl)
    where = F["where_f"]
    unit = obj["unit"]
    t = found_when()
    if style == "short":
        body = np_ + "一" + unit
    elif style == "aux":
        body = "辅警%s巡逻至%s时拾得%s一%s，%s，现存所内。" % (t, where, np_, unit, fx)
    elif style == "grid":
        body = "网格员%s送来：%s村民在%s捡到%s，%s。" % (person_name(), pick(VILLAGES), where, np_, fx)
    elif style == "driver":
        body = "%s司机收车时在%s发现%s一%s，%s，交到车站值班室后转来。" % (
            F.get("route_f", "中巴"), pick(["座位底下", "最后一排座位缝里", "车门边", "行李架上"]), np_, unit, fx)
    elif style == "school":
        body = "%s政教处送来，学生在%s捡到%s，%s。" % ("县民族中学", where, np_, fx)
    elif style == "hospital":
        body = "县人民医院保安在%s拾到%s一%s，%s。" % (where, np_, unit, fx)
    elif style == "bank":
        body = "%s工作人员交来，客户遗留在%s的%s，%s。" % (where, pick(["柜台", "ATM机上", "填单台", "等候椅上"]), np_, fx)
    elif style == "square":
        body = "%s保洁员%s打扫时捡到%s，%s。" % (where, t, np_, fx)
    elif style == "citizen":
        body = pick(["群众%s交来，称%s在%s捡到%s一%s，%s。" % (person_name(), t, where, np_, unit, fx),
                     "%s在%s捡到的，%s，交给派出所。" % (pick(["一个赶场的大姐", "一位老人", "一个小学生", "摆摊的老板"]),
                                               where, np_ + "，" + fx if fx else np_)])
    else:
        body = "拾得物：%s。特征：%s。拾得地点：%s。" % (np_, fx or "无明显特征", where)
    body = body.replace("，，", "，").replace("，。", "。").replace("。。", "。")
    if chance(0.05):
        body = homophone(body)
    return body, fields


# ----------------------------------------------------------------------------- records
PLACE_W = {  # where things of a category tend to get lost in this county
    "phone": ["market", "market", "busstation", "hospital", "square", "livestock", "supermarket", "longtan",
              "pingshang", "muxi", "xinyongshe"],
    "wallet": ["market", "market", "xinyongshe", "postbank", "hospital", "busstation", "livestock", "supermarket",
               "longtan", "pingshang"],
    "id_doc": ["xinyongshe", "postbank", "hospital", "longtan_gov", "busstation", "market", "school", "pingshang",
               "muxi"],
    "keys": ["market", "square", "hospital", "school", "longtan", "muxi", "supermarket"],
    "bag": ["busstation", "market", "school", "hospital", "minibus_south", "longtan", "pingshang"],
    "ebike": ["market", "hospital", "square", "livestock", "busstation", "longtan", "muxi"],
    "bicycle": ["school", "square", "market", "pingshang"],
    "cash": ["livestock", "market", "xinyongshe", "postbank", "longtan", "pingshang"],
    "jewelry": ["square", "market", "hospital", "longtan", "muxi"],
    "electronics": ["school", "square", "busstation", "market", "hospital"],
    "other": ["market", "livestock", "busstation", "longtan", "pingshang", "muxi", "hospital"],
}
FINDER_BY_PLACE = {
    "market": ["aux", "citizen", "grid", "desk", "short"], "livestock": ["aux", "citizen", "desk"],
    "busstation": ["citizen", "desk", "aux", "short"], "school": ["school", "school", "desk"],
    "hospital": ["hospital", "hospital", "desk"], "xinyongshe": ["bank", "bank", "desk"],
    "postbank": ["bank", "desk"], "square": ["square", "aux", "citizen"], "supermarket": ["citizen", "desk", "short"],
    "minibus_south": ["citizen", "aux", "desk"], "longtan": ["grid", "aux", "citizen", "short"],
    "longtan_gov": ["desk", "grid", "citizen"], "pingshang": ["grid", "citizen", "aux"],
    "muxi": ["grid", "citizen", "aux", "desk"],
}


def same_zone_places(pk):
    z = PLACES[pk][2]
    return [k for k, v in PLACES.items() if v[2] == z]


def choose_style(obj):
    st = R.choices(OWNER_STYLES, OWNER_W)[0]
    young = obj["attrs"].get("kind") in ("学生证", "书包", "电话手表")
    if young and st in ("elder", "cadre", "relative", "vendor", "driver"):
        st = pick(["teacher", "plain", "voice"])
    if st == "teacher" and not young:
        st = "plain"
    return st


def pick_facts(obj, side, W):
    return [k for k in obj["attrs"] if k in ALWAYS or chance(W.get(k, .5))]


def facts_dict(obj, keys, side):
    return {k: fact_value(obj, k, side) for k in keys}


def loss_window():
    r = R.random()
    span = R.randint(20, 240) if r < .6 else (R.randint(300, DAY) if r < .85 else R.randint(2 * DAY, 6 * DAY))
    to = R.randint(30, MAX_MIN - span - 12 * DAY)
    return to + span, to


def script_noise(body, fields):
    """now and then a desk PC in traditional characters, or full-width digits from a phone keyboard"""
    r = R.random()
    if r < 0.04:
        body = traditional(body)
    elif r < 0.09:
        body = fullwidth(body)
        if "serial" in fields:
            fields["serial"] = fullwidth(fields["serial"])
    return body, fields


def make_lost(obj, facts, L):
    body, fields = script_noise(*owner_text(obj, facts, L))
    item = {"category": obj["cat"], "body": body}
    item.update(fields)
    if L.get("route"):
        if chance(0.5):
            item["address"] = L["where_o"]
    elif chance(0.7):
        item["address"] = L["where_o"].replace("看病的时候", "").replace("取钱的时候", "")
        if chance(0.85):
            item["lat"], item["lon"] = coords(L["pk"], 0.002)
    item["lost_from_min"] = L["from"]
    item["lost_to_min"] = L["to"]
    return item


def make_found(obj, facts, F):
    body, fields = script_noise(*finder_text(obj, facts, F))
    item = {"category": obj["cat"], "body": body}
    item.update(fields)
    if chance(0.88) or F["style"] == "desk":
        item["address"] = F["where_f"]
        if chance(0.9) and not F.get("route_f"):      # a bus line is no point on the map
            item["lat"], item["lon"] = coords(F["pk"], 0.0008)
    item["found_at_min"] = F["at"]
    return item


def new_loss_setup(obj):
    L = {"cat": obj["cat"]}
    L["from"], L["to"] = loss_window()
    if chance(0.12) and obj["cat"] not in ("ebike", "bicycle"):
        route = pick(list(ROUTES))
        L["route"] = route
        L["where_o"] = pick(ROUTES[route][0])
        L["pk"] = ROUTES[route][2]
        L["zones"] = {"city", route}
    else:
        pk = pick(PLACE_W[obj["cat"]])
        L["pk"] = pk
        w = place_words(pk, "o")
        if chance(0.1):
            other = pick([k for k in same_zone_places(pk) if k != pk] or [pk])
            w = "%s或者%s" % (w, place_words(other, "o"))
        L["where_o"] = w
        L["zones"] = {PLACES[pk][2]}
    L["style"] = choose_style(obj)
    return L


def found_setup_for(L, obj, at):
    F = {"cat": obj["cat"], "at": at}
    if L.get("route"):
        route = L["route"]
        if chance(0.7):
            F["pk"] = ROUTES[route][2]
            F["style"] = "driver"
            F["route_f"] = pick(ROUTES[route][1])
            F["where_f"] = F["route_f"]
        else:
            F["pk"] = {"longtan": "longtan", "pingshang": "pingshang", "muxi": "muxi"}[route]
            F["style"] = pick(FINDER_BY_PLACE[F["pk"]])
            F["where_f"] = place_words(F["pk"], "f")
    else:
        pk = L["pk"] if chance(0.72) else pick(same_zone_places(L["pk"]))
        F["pk"] = pk
        F["style"] = pick(FINDER_BY_PLACE[pk])
        F["where_f"] = place_words(pk, "f")
    F["zone"] = PLACES[F["pk"]][2]
    outdoor(F)
    return F


def outdoor(F):
    """a bike is found outside a place, not at its ticket window"""
    if F["cat"] in ("ebike", "bicycle") and not F.get("route_f"):
        F["where_f"] = PLACES[F["pk"]][4][0] + pick(["门口", "停车棚", "旁边路边", "外面", ""])
        if F["style"] in ("school", "hospital", "bank", "driver", "square"):
            F["style"] = pick(["aux", "citizen", "desk", "grid"])


def found_setup_at(pk, at, cat):
    F = {"cat": cat, "at": at, "pk": pk, "style": pick(FINDER_BY_PLACE[pk]), "where_f": place_words(pk, "f")}
    F["zone"] = PLACES[pk][2]
    outdoor(F)
    return F


def truth_time(L):
    lag = pick([30, 90, 240, 600, DAY, 2 * DAY])
    lo = max(0, L["to"] - lag)
    return R.randint(lo, L["from"])


LOST, FOUND = [], []


def ok_lost(L):
    return not any(is_rival(L, F) for F in FOUND)


def ok_found(F):
    return not any(is_rival(L, F) for L in LOST)


def owner_facts(obj, L, hard):
    fk = pick_facts(obj, "o", W_O)
    if L["style"] in ("cadre", "teacher") and "name" in obj["attrs"] and "name" not in fk:
        fk.append("name")
    if L["style"] == "short":
        fk = [k for k in fk if k in ALWAYS] + [k for k in fk if k not in ALWAYS][:2]
    return fk


def add_true_pair(cat, hard):
    for _ in range(400):
        obj = MAKERS[cat]()
        L = new_loss_setup(obj)
        if hard:
            keys = [k for k in obj["attrs"] if k not in ALWAYS]
            strong = [k for k in keys if k in IDENT]
            if not strong:
                continue
            # hard for a machine: the shared identifying fact is a described mark, not a number or a name
            soft_id = [k for k in strong if k not in ("tail", "plate", "frame", "name", "model")]
            first = pick(soft_id or strong)
            if first in ("tail", "plate", "frame"):
                keys = [k for k in keys if k not in ("tail", "plate", "frame") or k == first]
            rest = [k for k in keys if k != first]
            sh = [first] + R.sample(rest, min(len(rest), R.choice([1, 1, 2]))) if rest else [first]
            others = [k for k in keys if k not in sh]
            R.shuffle(others)
            ok_ = others[:1] if chance(0.6) else []
            fk_ = others[1:2] if chance(0.6) else []
            fo = [k for k in obj["attrs"] if k in ALWAYS] + sh + ok_
            ff = [k for k in obj["attrs"] if k in ALWAYS] + sh + fk_
            if L["style"] in ("cadre", "teacher") and "name" in obj["attrs"] and "name" not in fo:
                continue
            if L["style"] == "short":
                L["style"] = "plain"
        else:
            fo = owner_facts(obj, L, hard)
            ff = pick_facts(obj, "f", W_F)
        L["facts"] = facts_dict(obj, fo, "o")
        at = truth_time(L)
        F = found_setup_for(L, obj, at)
        F["facts"] = facts_dict(obj, ff, "f")
        sh_ = shared(L["facts"], F["facts"])
        if conflict(L["facts"], F["facts"]) or len(sh_) < 2 or not any(k in IDENT for k in sh_):
            continue
        if hard and len(sh_) > 3:
            continue
        lkey, fkey = "L%d" % len(LOST), "F%d" % len(FOUND)
        L["item"] = {"key": lkey, "truth": fkey}
        F["item"] = {"key": fkey}
        if not ok_lost(L) or not ok_found(F):
            continue
        L["item"].update(make_lost(obj, fo, L))
        F["item"].update(make_found(obj, ff, F))
        L["hard"] = hard
        L["obj"], F["obj"] = obj, obj
        LOST.append(L)
        FOUND.append(F)
        return L
    raise SystemExit("could not place a true pair of %s" % cat)


def add_never(cat):
    for _ in range(400):
        obj = MAKERS[cat]()
        L = new_loss_setup(obj)
        fo = owner_facts(obj, L, False)
        if not any(k in STRONG for k in fo):
            continue
        L["facts"] = facts_dict(obj, fo, "o")
        L["item"] = {"key": "L%d" % len(LOST), "truth": None}
        if not ok_lost(L):
            continue
        L["item"].update(make_lost(obj, fo, L))
        L["obj"] = obj
        LOST.append(L)
        return L
    raise SystemExit("could not place a never-found report of %s" % cat)


def lookalike(obj, copy_extra=0):
    """A different object of the same kind, colour and brand (a near twin)."""
    base = obj["attrs"]
    for _ in range(300):
        o2 = MAKERS[obj["cat"]]()
        a2 = o2["attrs"]
        if "brand" in base and a2.get("brand") != base["brand"]:
            continue
        if "kind" in base and a2.get("kind") != base["kind"]:
            continue
        if "colour" in base and "colour" in a2:
            a2["colour"] = base["colour"]
        extras = [k for k in base if k in a2 and k not in ("colour", "brand", "kind", "tail", "plate", "frame",
                                                           "amount", "name")]
        R.shuffle(extras)
        for k in extras[:copy_extra]:
            a2[k] = base[k]
        if obj["cat"] == "id_doc" and "tail" in base and "tail" in a2 and chance(0.35):
            a2["name"] = base["name"]          # 同名: same name, another number
        return o2
    return MAKERS[obj["cat"]]()


def add_negative(label, obj, F, target=None):
    """target: a never-found report the item must tempt (share two stated facts with it)"""
    for _ in range(60):
        ff = pick_facts(obj, "f", W_F)
        if label in ("twin", "decoy"):          # what makes it tempting is said
            ff += [k for k in ("colour", "brand") if k in obj["attrs"] and k not in ff]
        F["facts"] = facts_dict(obj, ff, "f")
        F["item"] = {"key": "F%d" % len(FOUND)}
        if target is not None and len(shared(target["facts"], F["facts"])) < 2:
            continue
        if ok_found(F):
            F["item"].update(make_found(obj, ff, F))
            F["item"]["negative"] = label
            F["obj"] = obj
            FOUND.append(F)
            return True
    return False


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set11.json")
    cats = [c for c, n in TRUE_MIX.items() for _ in range(n)]
    R.shuffle(cats)
    hard_idx = set(R.sample(range(len(cats)), len(cats) // 3))
    for i, c in enumerate(cats):
        add_true_pair(c, i in hard_idx)
    ncats = [c for c, n in NEVER_MIX.items() for _ in range(n)]
    R.shuffle(ncats)
    for c in ncats:
        add_never(c)
    true_L = [L for L in LOST if L["item"]["truth"]]
    never_L = [L for L in LOST if not L["item"]["truth"]]
    made = {"twin": 0, "before": 0, "far": 0, "decoy": 0, "unclaimed": 0}
    want = {"twin": 55, "before": 22, "far": 18, "decoy": 36, "unclaimed": 22}
    decoyed = set()
    rich_never = [L for L in never_L if len([k for k in L["facts"] if k not in ALWAYS]) >= 3] or never_L
    guard = 0
    while any(made[k] < want[k] for k in want) and guard < 5000:
        guard += 1
        label = pick([k for k in want if made[k] < want[k]])
        if label == "twin":
            L = pick(true_L) if chance(0.6) else pick([L for L in true_L if L["cat"] == pick(list(MAKERS))] or true_L)
            o2 = lookalike(L["obj"], R.choice([0, 1, 1, 2]))
            F = found_setup_for(L, o2, truth_time(L))
        elif label == "decoy":
            fresh = [L for L in rich_never if id(L) not in decoyed]
            L = pick(fresh) if fresh and chance(0.8) else pick(never_L)
            o2 = lookalike(L["obj"], R.choice([1, 2]))
            F = found_setup_for(L, o2, truth_time(L))
        elif label == "before":
            L = pick(LOST)
            o2 = lookalike(L["obj"], R.choice([1, 2, 3]))
            at = L["from"] + R.randint(60, 10 * DAY)
            if at > MAX_MIN:
                continue
            F = found_setup_for(L, o2, at)
        elif label == "far":
            L = pick(LOST)
            o2 = lookalike(L["obj"], R.choice([0, 1]))
            far = [k for k in PLACES if PLACES[k][2] not in L["zones"]]
            weeks = R.randint(14 * DAY, 40 * DAY)
            at = L["to"] - weeks if L["to"] - weeks >= 0 else L["from"] + weeks
            if at > MAX_MIN:
                continue
            F = found_setup_at(pick(far), at, o2["cat"])
        else:
            cat = list(MAKERS)[made["unclaimed"] % len(MAKERS)]      # every category in turn
            o2 = MAKERS[cat]()
            F = found_setup_at(pick(list(PLACES)), R.randint(10, MAX_MIN), cat)
        if add_negative(label, o2, F, L if label == "decoy" and chance(0.75) else None):
            made[label] += 1
            if label == "decoy":
                decoyed.add(id(L))
    # the whole set once more: no report has a rival, every true pair holds
    byk = {F["item"]["key"]: F for F in FOUND}
    for L in LOST:
        t = L["item"]["truth"]
        if t:
            F = byk[t]
            sh = shared(L["facts"], F["facts"])
            assert conflict(L["facts"], F["facts"]) is None and len(sh) >= 2 and any(k in IDENT for k in sh)
            assert F["at"] <= L["from"] and "negative" not in F["item"]
        for F in FOUND:
            assert not is_rival(L, F), (L["item"], F["item"])
    # public keys, in an order that does not reveal the pairs
    R.shuffle(FOUND)
    R.shuffle(LOST)
    fmap = {}
    for i, F in enumerate(FOUND, 1):
        fmap[F["item"]["key"]] = "U-F%04d" % i
        F["item"]["key"] = fmap[F["item"]["key"]]
    for i, L in enumerate(LOST, 1):
        L["item"]["key"] = "U-L%04d" % i
        if L["item"]["truth"]:
            L["item"]["truth"] = fmap[L["item"]["truth"]]
    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]
    order_l = order_f[:-2] + ["lost_from_min", "lost_to_min", "truth"]

    def ordered(d, keys):
        return {k: d[k] for k in keys if k in d}

    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set11.py",
           "parts": {"set11": {"found": [ordered(F["item"], order_f) for F in FOUND],
                               "lost": [ordered(L["item"], order_l) for L in LOST]}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    hard = sum(1 for L in LOST if L["item"]["truth"] and L.get("hard"))
    print("wrote %s: %d found (%d true, %s), %d lost (%d with truth, %d hard, %d never found)" % (
        out, len(FOUND), len(true_L), made, len(LOST), len(true_L), hard, len(never_L)))


if __name__ == "__main__":
    main()
