"""World of set83: a fishing port (青屿港) in September, opening of the season.

Part of the generator for set83 (imported by make_set83.py). Standard library only,
no randomness at import time: every draw goes through the rng passed in.
Everything here is invented: town, places, names, numbers.
"""

# --- clock -------------------------------------------------------------------
# absolute minutes since 1 September 00:00; the registration moment is 6 October 08:00
T0 = 35 * 1440 + 8 * 60
TYPHOON_DAYS = (14, 15)          # 15-16 September: typhoon warning, everything scattered


def before(t):
    """minutes before the registration moment"""
    return T0 - t


def md(t):
    d = t // 1440
    if d < 0:
        return 8, 32 + d
    if d < 30:
        return 9, d + 1
    return 10, d - 29


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


PART_EN = {"凌晨": "early morning", "早上": "early morning", "上午": "morning", "中午": "noon",
           "下午": "afternoon", "傍晚": "evening", "晚上": "evening"}
PART_PY = {"凌晨": "ling chen", "早上": "zao shang", "上午": "shang wu", "中午": "zhong wu",
           "下午": "xia wu", "傍晚": "bang wan", "晚上": "wan shang"}


def spoken_clock(t):
    h, m = (t % 1440) // 60, t % 60
    hh = h if h <= 12 else h - 12
    if hh == 0:
        hh = 12
    if m < 8:
        return "%d点" % hh
    if 23 < m < 38:
        return "%d点半" % hh
    if m >= 50:
        return "快%d点" % (hh % 12 + 1)
    return "%d点多" % hh


def hm(t):
    return (t % 1440) // 60, t % 60


# --- colours -----------------------------------------------------------------
COLORS = {
    "black": (["黑色", "黑的", "深色", "哑光黑", "曜石黑", "纯黑"], "black", "hei se", ["grey", "blue"]),
    "white": (["白色", "白的", "象牙白", "珍珠白", "乳白色"], "white", "bai se", ["silver", "grey"]),
    "grey": (["灰色", "深空灰", "深灰色", "灰的", "银灰"], "grey", "hui se", ["black", "silver"]),
    "silver": (["银色", "银白色", "亮银", "银的"], "silver", "yin se", ["white", "grey"]),
    "gold": (["金色", "香槟金", "土豪金", "金的"], "gold", "jin se", ["yellow"]),
    "blue": (["蓝色", "深蓝色", "宝蓝", "天蓝色", "藏青色", "蓝的"], "blue", "lan se", ["black", "green"]),
    "red": (["红色", "大红", "酒红色", "红的"], "red", "hong se", ["pink", "orange"]),
    "pink": (["粉色", "粉红色", "樱花粉", "粉的"], "pink", "fen se", ["red", "purple"]),
    "green": (["绿色", "墨绿", "军绿色", "翠绿", "绿的"], "green", "lv se", ["blue"]),
    "purple": (["紫色", "浅紫", "淡紫色", "紫的"], "purple", "zi se", ["pink", "blue"]),
    "brown": (["棕色", "咖啡色", "褐色", "驼色", "棕的"], "brown", "zong se", ["black", "red"]),
    "yellow": (["黄色", "明黄", "柠檬黄", "黄的"], "yellow", "huang se", ["orange", "gold"]),
    "orange": (["橙色", "橘色", "橘黄色", "橙的"], "orange", "cheng se", ["yellow", "red"]),
}
COLOR_KEYS = sorted(COLORS)

# --- places ------------------------------------------------------------------
# key: (formal address, [colloquial], english, pinyin, lat, lon, area, hours)
PLACES = {
    "fishmarket": ("青屿渔港鱼市场", ["鱼市", "鱼市场", "渔港鱼市"], "the fish market", "yu shi chang",
                   35.4120, 119.5830, "port", (3, 11)),
    "fish_ice": ("青屿渔港鱼市场冰台区", ["鱼市冰台那边", "卸鱼的冰台", "鱼市里面冰台"], "the ice tables at the fish market",
                 "yu shi bing tai", 35.4126, 119.5838, "port", (3, 10)),
    "fish_lot": ("鱼市场东侧停车场", ["鱼市停车场", "鱼市东边停车的地方"], "the fish market car park", "yu shi ting che chang",
                 35.4112, 119.5822, "port", (4, 18)),
    "quay": ("渔港码头三号泊位", ["三号码头", "渔码头", "靠船的码头"], "berth 3 of the fishing quay", "san hao ma tou",
             35.4135, 119.5852, "port", (2, 20)),
    "night": ("渔港路海鲜夜市", ["夜市", "海鲜夜市", "大排档那条街"], "the seafood night market", "ye shi",
              35.4098, 119.5805, "port", (18, 24)),
    "night_bbq": ("海鲜夜市烧烤区", ["夜市烧烤摊", "烧烤那块", "夜市最里头烧烤"], "the barbecue stalls at the night market",
                  "shao kao tan", 35.4093, 119.5812, "port", (19, 24)),
    "ferry_hall": ("青屿港客运码头候船厅", ["候船厅", "轮渡码头", "客运码头"], "the ferry terminal waiting hall",
                   "lun du ma tou", 35.4161, 119.5901, "ferry", (6, 18)),
    "ferry_ticket": ("客运码头售票大厅", ["售票处", "买船票的地方", "码头售票窗口"], "the ferry ticket office",
                     "shou piao chu", 35.4158, 119.5895, "ferry", (6, 17)),
    "ferry_boat": ("青屿至大鹭岛客轮鹭海3号", ["船上", "去岛上的轮渡上", "鹭海3号上"], "the ferry to Dalu Island",
                   "chuan shang", 35.4165, 119.5910, "ferry", (7, 17)),
    "island_pier": ("大鹭岛客运码头", ["岛上码头", "大鹭岛码头"], "the Dalu Island pier", "da lu dao ma tou",
                    35.4402, 119.7015, "island", (7, 18)),
    "island_vil": ("大鹭岛东村", ["岛上村里", "大鹭岛村子"], "the village on Dalu Island", "da lu dao cun li",
                   35.4431, 119.7050, "island", (7, 22)),
    "island_stay": ("大鹭岛望潮渔家乐", ["岛上望潮渔家乐", "望潮渔家乐"], "the Wangchao homestay on Dalu Island",
                    "wang chao yu jia le", 35.4425, 119.7041, "island", (0, 24)),
    "village": ("南湾渔村", ["南湾村", "渔村里", "南湾"], "Nanwan fishing village", "nan wan cun",
                35.3985, 119.5702, "village", (6, 22)),
    "stay_haisao": ("南湾渔村海嫂渔家乐", ["海嫂渔家乐", "海嫂家"], "the Haisao homestay in Nanwan", "hai sao yu jia le",
                    35.3990, 119.5710, "village", (0, 24)),
    "stay_captain": ("南湾渔村老船长渔家乐", ["老船长渔家乐", "老船长家"], "the Old Captain homestay", "lao chuan zhang jia",
                     35.3978, 119.5695, "village", (0, 24)),
    "boardwalk": ("海滨木栈道", ["栈道", "海边栈道", "木栈道"], "the seaside boardwalk", "zhan dao",
                  35.4050, 119.5885, "shore", (6, 23)),
    "viewdeck": ("海滨栈道观景台", ["观景台", "栈道观景台"], "the viewing deck on the boardwalk", "guan jing tai",
                 35.4032, 119.5901, "shore", (6, 22)),
    "beach": ("月牙湾海水浴场", ["月牙湾沙滩", "海水浴场", "沙滩上"], "Crescent Bay beach", "yue ya wan sha tan",
              35.4010, 119.5920, "shore", (7, 20)),
    "lighthouse": ("白石嘴灯塔", ["灯塔", "灯塔下面"], "the lighthouse", "deng ta", 35.4071, 119.5960, "shore", (6, 21)),
    "shipyard": ("青屿船厂船台", ["船厂", "船台那边", "修船厂"], "the shipyard", "chuan chang",
                 35.4205, 119.5760, "industry", (6, 19)),
    "yard_gate": ("青屿船厂大门", ["船厂门口", "船厂大门口"], "the shipyard gate", "chuan chang men kou",
                  35.4198, 119.5752, "industry", (6, 20)),
    "cold": ("海丰冷链冷库", ["冷库", "海丰冷库", "冷链厂"], "the cold-storage plant", "leng ku",
             35.4232, 119.5690, "industry", (0, 24)),
    "cold_dorm": ("海丰冷库员工宿舍", ["冷库宿舍", "宿舍楼"], "the cold-storage dormitory", "leng ku su she",
                  35.4240, 119.5681, "industry", (0, 24)),
    "cold_canteen": ("海丰冷库食堂", ["冷库食堂", "食堂"], "the cold-storage canteen", "leng ku shi tang",
                     35.4228, 119.5695, "industry", (6, 20)),
    "square": ("开海节广场", ["开海广场", "广场上", "开海节会场"], "the festival square", "kai hai guang chang",
               35.4080, 119.5780, "town", (8, 23)),
    "temple": ("青屿天后宫", ["天后宫", "妈祖庙"], "the Mazu temple", "ma zu miao", 35.4065, 119.5755, "town", (6, 18)),
    "bus": ("青屿汽车站", ["汽车站", "车站"], "the bus station", "qi che zhan", 35.4150, 119.5620, "town", (6, 20)),
    "busstop": ("渔港路公交站", ["公交站", "渔港路站牌"], "the bus stop on Yugang Road", "gong jiao zhan",
                35.4118, 119.5790, "town", (6, 21)),
    "clinic": ("青屿镇卫生院", ["卫生院", "镇医院"], "the town clinic", "wei sheng yuan", 35.4170, 119.5650, "town", (7, 18)),
    "market": ("渔港路海港超市", ["海港超市", "超市"], "the Haigang supermarket", "chao shi", 35.4105, 119.5770, "town", (8, 22)),
    "gas": ("渔港大道加油站", ["加油站"], "the petrol station", "jia you zhan", 35.4180, 119.5720, "industry", (0, 24)),
    "school": ("青屿镇中心小学门口", ["小学门口", "学校门口"], "the primary school gate", "xue xiao men kou",
               35.4140, 119.5670, "town", (7, 18)),
}
PLACE_KEYS = sorted(PLACES)
AREAS = {}
for _k in PLACE_KEYS:
    AREAS.setdefault(PLACES[_k][6], []).append(_k)

# where things drift to: lost on the ferry -> found on the island, and so on
DRIFT = {"ferry_boat": ["island_pier", "ferry_hall"], "ferry_hall": ["ferry_boat", "island_pier"],
         "boardwalk": ["beach", "lighthouse"], "viewdeck": ["beach"], "beach": ["boardwalk", "lighthouse"],
         "night": ["busstop", "market"], "night_bbq": ["night"], "fishmarket": ["quay", "busstop"],
         "quay": ["fishmarket", "fish_ice"], "island_pier": ["ferry_hall", "ferry_boat"],
         "square": ["temple", "busstop"], "cold": ["cold_dorm", "gas"]}
FAR_AREA = {"port": "island", "ferry": "industry", "island": "town", "village": "island",
            "shore": "industry", "industry": "shore", "town": "island"}

# --- people ------------------------------------------------------------------
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾于董薛姜崔谭陆孔曲隋宫鞠")
GIVEN = list("海波涛强军国建春秀兰英芳丽娜静敏磊鹏飞洋浩宇杰婷雪梅燕霞红玲凤志明伟勇刚斌晨阳欣怡子涵轩睿萱福贵")
INLAND = ["郑州", "西安", "太原", "石家庄", "洛阳", "保定", "邯郸", "银川", "兰州", "成都", "合肥", "长沙", "武汉", "呼和浩特"]
PROV = {"local": "37", "henan": "41", "sichuan": "51", "anhui": "34", "shaanxi": "61", "shanxi": "14",
        "hebei": "13", "gansu": "62"}
BANKS = [("6228", "农业银行", "农行", "ABC"), ("6217", "建设银行", "建行", "CCB"), ("6222", "工商银行", "工行", "ICBC"),
         ("6221", "邮储银行", "邮政储蓄", "PSBC"), ("6230", "青屿农商银行", "农商行", "rural bank")]
SCHOOLS = ["青屿镇中心小学", "青屿第二中学", "海洋职业技术学院", "滨海师范学院"]


def person(rng):
    n = rng.choice(SURNAMES) + rng.choice(GIVEN)
    if rng.random() < 0.7:
        n += rng.choice(GIVEN)
    return n


# --- numbers -----------------------------------------------------------------
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def id_number(rng, prov, y0=1955, y1=2008):
    area = PROV[prov] + "%02d%02d" % (rng.randint(1, 16), rng.randint(1, 30))
    y = rng.randint(y0, y1)
    s17 = area + "%04d%02d%02d" % (y, rng.randint(1, 12), rng.randint(1, 28)) + "%03d" % rng.randint(1, 999)
    return s17 + id_check(s17)


def luhn_digit(s14):
    tot = 0
    for i, c in enumerate(reversed(s14)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def imei(rng):
    s = "86" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return s + luhn_digit(s)


ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def sn(rng, n=11):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def frame_no(rng, prefix):
    return prefix + "%02d%02d" % (rng.randint(19, 24), rng.randint(1, 12)) + rng.choice("ABCDEFGHK") + digits(rng, 6)


def plate(rng):
    return "屿" + rng.choice("ABCD") + digits(rng, 5)


def boat_no(rng):
    return "青屿渔" + rng.choice("56") + digits(rng, 4)


CN_D = "零一二三四五六七八九"


def cn_num(n):
    """integer below 100000 in Chinese words (口语: 三千六百五)"""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d = (n // u) % 10 if u < 10000 else n // u
        if d:
            if zero and out:
                out += "零"
            out += (cn_num(d) if u == 10000 else CN_D[d]) + name
            zero = False
        elif out:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out
