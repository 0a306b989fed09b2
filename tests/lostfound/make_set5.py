#!/usr/bin/env python3
"""Write tests/lostfound/set5.json: a labelled lost-and-found set for a rural township.

set5 is a judge: nobody tunes on it.  See SET5.md for how it is made.

World: a township police station (乡镇派出所) of an invented township, 青溪镇, centred on
29.300 N 119.900 E, about 8 km across, with villages a few km apart, a weekly market (集市),
a county bus station and a railway station lost-property office (车站失物招领处) at its edge,
and a few far places (county town, a neighbouring township) for far negatives.

Every name, number, plate and serial is invented.  Full ID numbers carry a valid GB 11643
check digit; IMEIs and bank card numbers carry a valid Luhn digit.

Each object is generated once as a set of facts (canonical values).  The owner's lost report
and the finder's / desk officer's found item are then written independently from those facts,
each side choosing what it knows and how it says it.  What each side revealed is kept (in the
generator only) so that every candidate pair can be checked the way an officer would: a
found item that is not the truth of a lost report must differ from it in something both sides
said (another serial, name, model, mark, amount...), or be found before the loss began, or be
far away and weeks apart.  Candidates that fail this check are drawn again.

Standard library only, fixed seed: the output is the same on every run.
"""
import json
import math
import os
import random
import sys

SEED = 20261205
NOW_TOD = 15 * 60          # registration moment: 15:00 local, 2 Dec 2026
NOW_DAY = (12, 2)          # month, day of the registration moment
DAY = 1440
MAX_MIN = 89 * DAY         # keep everything within the last 90 days

N_TRUE = 150
N_NEVER = 60

CLAT, CLON = 29.300, 119.900
KM_LAT = 111.0
KM_LON = 111.0 * math.cos(math.radians(CLAT))

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


# --------------------------------------------------------------------------- places
# (id, name, x km east, y km north, kind)
VILLAGES = [
    ("下洋村", -2.6, -1.8), ("石门村", 2.8, -2.3), ("枫坞村", -1.3, 3.4), ("溪口村", 3.6, 0.8),
    ("后山村", -3.7, -0.4), ("塘头村", 1.0, -3.6), ("岭下村", -0.9, -3.3), ("上宅村", 2.1, 2.9),
]
VILLAGE_SPOTS = ["村口小卖部", "文化礼堂", "村委会门口", "祠堂边上", "晒谷场", "村口公交站台",
                 "老年活动室", "村卫生室"]

PLACES = {}


def add_place(pid, name, x, y, kind, alias=None):
    PLACES[pid] = {"id": pid, "name": name, "x": x, "y": y, "kind": kind,
                   "alias": alias or [name]}


add_place("market", "青溪集市", 0.0, 0.0, "market",
          ["镇上集市", "青溪老街集市", "赶集的老街", "集市上", "菜场边上的集市"])
add_place("market_bridge", "集市桥头", 0.25, -0.1, "market",
          ["集市桥头", "老街桥头卖菜的地方", "桥头那边摊子"])
add_place("station_pol", "青溪派出所门口", 0.3, 0.15, "town", ["派出所门口", "所门口"])
add_place("school", "青溪镇中学", 0.9, -0.6, "school",
          ["镇中学", "青溪中学", "中学门口", "学校门口"])
add_place("primary", "青溪镇中心小学", -0.5, -0.7, "school", ["中心小学", "镇小门口"])
add_place("clinic", "青溪镇卫生院", -0.4, 0.6, "town", ["镇卫生院", "卫生院", "卫生院挂号处"])
add_place("super", "镇上超市", 0.4, 0.35, "town", ["镇上超市", "老街超市", "超市收银台边上"])
add_place("express", "快递驿站", -0.2, 0.3, "town", ["快递驿站", "老街快递点", "菜鸟驿站"])
add_place("bank", "农商银行青溪支行", 0.15, 0.45, "town", ["农商银行门口", "信用社", "银行ATM机那里"])
add_place("gas", "镇东加油站", 1.6, 0.4, "town", ["加油站", "镇东加油站"])
add_place("gov", "镇政府", 0.6, 0.8, "town", ["镇政府", "镇政府便民服务中心", "便民服务中心"])
add_place("park", "工业园区", 1.9, -1.2, "works",
          ["工业园区", "园区服装厂", "厂里宿舍", "园区门口", "工业园区食堂"])
add_place("site", "溪口大桥工地", 2.9, 0.3, "works", ["大桥工地", "工地上", "工地宿舍"])
add_place("reservoir", "枫坞水库", -1.8, 3.9, "outdoor", ["水库边", "水库大坝上"])
add_place("busstn", "县汽车北站", 3.3, 2.6, "bus",
          ["汽车北站", "县汽车站", "汽车站候车厅", "北站检票口", "汽车站出站口"])
add_place("rail", "青溪火车站", -3.1, 3.0, "rail",
          ["火车站", "火车站候车室", "火车站出站口", "火车站广场"])
add_place("rail_lpo", "青溪火车站失物招领处", -3.05, 3.05, "rail", ["火车站失物招领处"])
for i, (vn, x, y) in enumerate(VILLAGES):
    add_place("v%d" % i, vn, x, y, "village", [vn])
# far places: 15-30 km away
add_place("far_county", "县城人民医院", 15.5, 9.0, "far", ["县人民医院", "县城人民医院门诊楼"])
add_place("far_town", "白沙镇集市", -17.0, -8.5, "far", ["白沙镇集市", "白沙赶集的地方"])
add_place("far_city", "市火车站", 24.0, -6.0, "far", ["市火车站", "市区火车站南广场"])
add_place("far_mall", "县城万达广场", 12.0, 15.0, "far", ["县城万达", "县城商场"])

NEAR_PIDS = [k for k, v in PLACES.items() if v["kind"] != "far" and k != "rail_lpo"]
FAR_PIDS = [k for k, v in PLACES.items() if v["kind"] == "far"]

BUS_ROUTES = [("镇上", "汽车北站"), ("石门村", "镇上"), ("火车站", "汽车北站"), ("溪口村", "火车站")]


def dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def jitter_pt(pid, r=0.15):
    pl = PLACES[pid]
    return (pl["x"] + R.uniform(-r, r), pl["y"] + R.uniform(-r, r))


def latlon(pt):
    return round(CLAT + pt[1] / KM_LAT, 6), round(CLON + pt[0] / KM_LON, 6)


def village_addr(pid):
    pl = PLACES[pid]
    return pl["name"] + ch(VILLAGE_SPOTS)


def place_text(pid, side):
    pl = PLACES[pid]
    if pl["kind"] == "village":
        return village_addr(pid)
    return ch(pl["alias"])


# --------------------------------------------------------------------------- time words
CN_NUM = "零一二三四五六七八九十"


def cn_int(n):
    """Plain Chinese numeral for 0..99999 (spoken style)."""
    if n < 11:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n % 10] if n % 10 else "")
    if n < 100:
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    units = [(10000, "万"), (1000, "千"), (100, "百")]
    out = ""
    zero = False
    for u, w in units:
        if n >= u:
            d = n // u
            out += (cn_int(d) if d >= 10 else ("两" if d == 2 and out == "" else CN_NUM[d])) + w
            n %= u
            zero = False
        elif out:
            zero = True
    if n:
        if zero or n < 10:
            out += "零"
        out += cn_int(n) if n >= 10 or not out else CN_NUM[n]
    return out


DAXIE = "零壹贰叁肆伍陆柒捌玖"


def daxie_int(n):
    units = [(10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾")]
    out = ""
    pending_zero = False
    for u, w in units:
        d = n // u
        n %= u
        if d:
            if pending_zero:
                out += "零"
            out += DAXIE[d] + w
            pending_zero = False
        elif out:
            pending_zero = True
    if n:
        if pending_zero:
            out += "零"
        out += DAXIE[n]
    return out or "零"


SPOKEN_DIGIT = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
                "7": "七", "8": "八", "9": "九"}


def spoken_digits(s):
    return "".join(SPOKEN_DIGIT.get(c, c) for c in s)


def clock_of(minutes_before):
    t = NOW_TOD - minutes_before
    day = math.floor(t / DAY)
    tod = t - day * DAY
    return day, tod  # day 0 = today, -1 = yesterday


def date_of(day):
    # month/day for day offset from 2 Dec 2026 (Nov has 30 days, Oct 31, Sep 30)
    m, d = NOW_DAY
    d += day
    while d < 1:
        m -= 1
        d += {9: 30, 10: 31, 11: 30, 8: 31}[m]
    return m, d


def day_word(day):
    if day == 0:
        return ch(["今天", "今天"])
    if day == -1:
        return ch(["昨天", "昨天", "昨日"])
    if day == -2:
        return ch(["前天", "前天"])
    if day == -3:
        return "大前天"
    m, d = date_of(day)
    return ch(["%d月%d号" % (m, d), "%d月%d日" % (m, d), "%d号" % d])


def tod_word(tod, vague=False):
    h = tod // 60
    if vague:
        if h < 5:
            return "半夜"
        if h < 9:
            return ch(["一早", "早上", "天刚亮的时候"])
        if h < 12:
            return ch(["上午", "上半日"])
        if h < 14:
            return ch(["中午", "吃中饭的时候", "晏昼"])
        if h < 18:
            return ch(["下午", "下半日"])
        return ch(["晚上", "天黑的时候", "夜里"])
    hh = h % 12 or 12
    part = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else \
        "下午" if h < 18 else "晚上"
    if p(0.5):
        return "%s%s点%s" % (part, cn_int(hh) if p(0.6) else str(hh), ch(["", "多", "左右"]))
    return "%s%d点%s" % (part, hh, ch(["半", "多", "", "钟"]))


def is_market_day(day):
    return day % 5 == 0  # 逢五一集, as if lunar 三八


# --------------------------------------------------------------------------- people and numbers
SURNAMES = "王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢傅钟姜崔谭陆汪范金石廖贾夏韦方"
GIVEN = "建国明华伟芳秀英丽强军平杰娟敏静磊洋勇艳涛超霞刚桂兰玉珍梅云飞宇浩晨欣怡佳琪子涵雨轩国庆春生水根土福海金林秋菊爱凤"


def person_name():
    return ch(SURNAMES) + "".join(ch(GIVEN) for _ in range(1 if p(0.25) else 2))


REGION = ["330782", "330703", "330702", "330723", "330784", "522422", "511321", "411522",
          "341222", "362321", "430524", "450922"]
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"


def id_number(born_year=None):
    y = born_year or R.randint(1948, 2010)
    s = "%s%04d%02d%02d%03d" % (ch(REGION), y, R.randint(1, 12), R.randint(1, 28), R.randint(1, 999))
    return s + GB_C[sum(int(c) * w for c, w in zip(s, GB_W)) % 11]


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei():
    s = ch(["86", "35"]) + "".join(str(R.randint(0, 9)) for _ in range(12))
    return s + luhn_digit(s)


BANKS = {"农业银行": ("622848", ["农行", "农业银行", "中国农业银行", "ABC"]),
         "建设银行": ("621700", ["建行", "建设银行", "CCB"]),
         "工商银行": ("622202", ["工行", "工商银行", "ICBC"]),
         "农商银行": ("623058", ["农商行", "农商银行", "信用社"]),
         "邮储银行": ("621799", ["邮政储蓄", "邮储", "邮政"])}


def bank_card(bank):
    pre = BANKS[bank][0]
    s = pre + "".join(str(R.randint(0, 9)) for _ in range(18 - len(pre)))
    return s + luhn_digit(s)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def phone_masked():
    return "1%s%d****%s" % (ch("35789"), R.randint(0, 9), digits(4))


# serial presentation ----------------------------------------------------------------
def pat_full(v):
    return ("R", v)


def pat_tail(v, n):
    return ("R", "?" * (len(v) - n) + v[-n:])


def pat_mask(v, head, tail):
    return ("R", v[:head] + "?" * (len(v) - head - tail) + v[-tail:])


def spaced(v, group=4):
    return " ".join(v[i:i + group] for i in range(0, len(v), group))


def serial_text(v, side, kind):
    """Return (text, pattern) for a serial as one side would write it."""
    r = R.random()
    if side == "owner":
        if r < 0.35:
            return v, pat_full(v)
        if r < 0.75:
            n = ch([4, 4, 4, 6])
            return ch(["尾号", "后%d位" % n, "最后几位是", "末尾"]) + v[-n:], pat_tail(v, n)
        n = 5
        return "前面记不清了，后面是" + v[-n:], pat_tail(v, n)
    if r < 0.3:
        return v, pat_full(v)
    if r < 0.5:
        return spaced(v, ch([4, 3, 5])), pat_full(v)
    if r < 0.62:
        return "-".join(v[i:i + 5] for i in range(0, len(v), 5)), pat_full(v)
    if r < 0.82 and len(v) > 12:
        return v[:6] + "*" * (len(v) - 10) + v[-4:], pat_mask(v, 6, 4)
    n = ch([4, 6])
    return ch(["尾号", "尾数", "末4位" if n == 4 else "末6位", "后%d位" % n]) + v[-n:], pat_tail(v, n)


# --------------------------------------------------------------------------- vocabulary
COLORS = {
    "black": (["黑色", "黑的", "黑"], ["黑色", "亮黑", "哑光黑", "曜石黑", "黑"], ["乌色", "乌的", "黑乎乎的"]),
    "white": (["白色", "白的"], ["白色", "米白", "珍珠白", "象牙白"], ["白的"]),
    "red": (["红色", "红的"], ["红色", "大红", "酒红"], ["红兮兮的", "红的"]),
    "pink": (["粉色", "粉红"], ["粉色", "樱花粉", "浅粉色"], ["粉红的"]),
    "blue": (["蓝色", "蓝的", "深蓝"], ["蓝色", "藏青", "宝蓝", "海蓝"], ["蓝的"]),
    "green": (["绿色", "绿的"], ["绿色", "墨绿", "军绿"], ["绿的"]),
    "gold": (["金色", "金的"], ["金色", "香槟金", "土豪金"], ["黄澄澄的"]),
    "grey": (["灰色", "银灰", "银色"], ["灰色", "深空灰", "银色", "银灰色"], ["灰的"]),
    "brown": (["棕色", "咖啡色"], ["棕色", "褐色", "驼色"], ["咖啡色的"]),
    "purple": (["紫色", "紫的"], ["紫色", "浅紫", "紫罗兰"], ["紫的"]),
    "yellow": (["黄色", "黄的"], ["黄色", "明黄", "柠檬黄"], ["黄的"]),
}


def color_word(c, side, style):
    o, f, d = COLORS[c]
    if style == "elder" and p(0.6):
        return ch(d)
    return ch(o if side == "owner" else f)


# brand: key -> (Chinese, English, pinyin, typos / sub-brand / voice)
BRANDS = {
    "huawei": (["华为"], ["HUAWEI", "Huawei"], ["huawei"], ["华伟", "花为", "華為"]),
    "apple": (["苹果"], ["Apple", "iPhone", "iphone"], ["pingguo"], ["平果", "爱疯", "苹果的"]),
    "xiaomi": (["小米", "红米"], ["Xiaomi", "Redmi", "MI"], ["xiaomi"], ["小咪", "红米的"]),
    "oppo": (["欧珀"], ["OPPO", "oppo"], ["oppo"], ["OPP0", "欧泊", "oppo的"]),
    "vivo": (["维沃"], ["vivo", "VIVO"], ["vivo"], ["viv0", "维沃的", "VIV0"]),
    "honor": (["荣耀"], ["HONOR", "Honor"], ["rongyao"], ["荣曜", "华为荣耀"]),
    "elderphone": (["守护宝"], ["SHOUHUBAO"], ["shouhubao"], ["守护堡"]),
    "septwolves": (["七匹狼"], ["SEPTWOLVES"], ["qipilang"], ["七批狼", "7匹狼"]),
    "goldlion": (["金利来"], ["Goldlion"], ["jinlilai"], ["金力来"]),
    "woodpecker": (["啄木鸟"], ["TUCANO"], ["zhuomuniao"], ["啄木乌"]),
    "coach": (["蔻驰"], ["COACH", "coach"], ["kouchi"], ["寇驰", "扣驰"]),
    "yadea": (["雅迪"], ["Yadea", "YADEA"], ["yadi"], ["亚迪", "雅笛"]),
    "aima": (["爱玛"], ["AIMA", "Aima"], ["aima"], ["艾玛", "爱马"]),
    "tailg": (["台铃"], ["TAILG"], ["tailing"], ["台玲", "台灵"]),
    "luyuan": (["绿源"], ["LUYUAN"], ["lvyuan"], ["绿园", "绿缘"]),
    "niu": (["小牛"], ["NIU", "niu"], ["xiaoniu"], ["小牛电动"]),
    "giant": (["捷安特"], ["GIANT", "Giant"], ["jieante"], ["捷安持", "巨人"]),
    "phoenix": (["凤凰"], ["PHOENIX"], ["fenghuang"], ["凤凰牌"]),
    "forever": (["永久"], ["FOREVER"], ["yongjiu"], ["永久牌"]),
    "nike": (["耐克"], ["NIKE", "Nike"], ["naike"], ["奈克", "耐克的"]),
    "adidas": (["阿迪达斯", "阿迪"], ["adidas", "ADIDAS"], ["adi"], ["阿迪达死", "阿迪的"]),
    "anta": (["安踏"], ["ANTA"], ["anta"], ["安踏的"]),
    "lining": (["李宁"], ["LI-NING", "LINING"], ["lining"], ["李宁牌"]),
    "samsonite": (["新秀丽"], ["Samsonite"], ["xinxiuli"], ["新秀莉"]),
    "ctf": (["周大福"], ["CTF", "Chow Tai Fook"], ["zhoudafu"], ["周大富"]),
    "laofengxiang": (["老凤祥"], ["LAOFENGXIANG"], ["laofengxiang"], ["老风祥", "老凤翔"]),
    "chinagold": (["中国黄金"], ["CHINA GOLD"], ["zhongguohuangjin"], ["中国黄金的"]),
    "xtc": (["小天才"], ["imoo"], ["xiaotiancai"], ["小天材", "小天オ"]),
    "lenovo": (["联想"], ["Lenovo", "lenovo"], ["lianxiang"], ["联相"]),
    "romoss": (["罗马仕"], ["ROMOSS"], ["luomashi"], ["罗马士"]),
    "xianke": (["先科"], ["SAST"], ["xianke"], ["先可"]),
    "paradise": (["天堂伞", "天堂"], ["Paradise"], ["tiantang"], ["天棠"]),
    "thermos": (["膳魔师"], ["THERMOS"], ["shanmoshi"], ["善魔师"]),
    "vw": (["大众"], ["VW", "Volkswagen"], ["dazhong"], ["大众的"]),
    "byd": (["比亚迪"], ["BYD"], ["biyadi"], ["比亚的"]),
    "wuling": (["五菱"], ["WULING"], ["wuling"], ["五凌", "五陵"]),
    "toyota": (["丰田"], ["TOYOTA"], ["fengtian"], ["丰天"]),
}


def brand_word(b, side, style):
    cn, en, py, ty = BRANDS[b]
    if style == "voice":
        return ch(cn + ty[:1])
    r = R.random()
    if r < 0.5:
        return ch(cn)
    if r < 0.78:
        return ch(en)
    if r < 0.86:
        return ch(py)
    return ch(ty)


MODELS = {
    "huawei": {"mate40": ["Mate40", "mate 40", "Mate 40", "麦特40"], "mate60p": ["Mate60 Pro", "mate60pro", "M60 Pro"],
               "nova9": ["nova9", "Nova 9", "诺娃9"], "enjoy20": ["畅享20", "畅享 20"], "p40": ["P40", "p40"]},
    "apple": {"ip13": ["iPhone 13", "13", "iPhone13", "苹果13"], "ip14p": ["14 Pro", "iPhone14Pro", "14pro"],
              "ip11": ["iPhone 11", "11", "苹果11"], "ipxr": ["XR", "iPhone XR", "xr"]},
    "xiaomi": {"note12": ["Redmi Note 12", "红米note12", "Note12"], "mi13": ["小米13", "Xiaomi 13", "13"],
               "r9a": ["红米9A", "Redmi 9A", "9a"]},
    "oppo": {"a57": ["A57", "a57"], "reno8": ["Reno8", "reno 8", "瑞诺8"], "a1": ["A1", "A1 5G"]},
    "vivo": {"y76s": ["Y76s", "y76s"], "x80": ["X80", "x80"], "s15": ["S15", "s15"]},
    "honor": {"x40": ["X40", "荣耀X40"], "play6t": ["Play6T", "畅玩6T"], "h90": ["90", "荣耀90"]},
    "elderphone": {"v8": ["V8", "老人机V8"]},
}

KIND_WORDS = {
    "phone": (["手机", "手机", "电话"], ["手机", "手机", "移动电话"], ["手机", "电话机"]),
    "elderphone": (["老人机", "手机"], ["老年机", "老人手机"], ["老人机", "电话"]),
    "wallet_long": (["长钱包", "长款钱包", "钱包"], ["长款钱包", "长夹", "钱夹"], ["钞票包", "皮夹子"]),
    "wallet_short": (["钱包", "短钱包", "皮夹"], ["短款钱包", "对折钱包", "皮夹"], ["皮夹子", "钞票包"]),
    "wallet_coin": (["零钱包", "小钱包"], ["零钱包", "小布包"], ["钞票袋袋", "小钱包"]),
    "cardholder": (["卡包", "卡套"], ["卡包", "卡夹"], ["卡包"]),
    "keys": (["钥匙", "一串钥匙", "钥匙串"], ["钥匙串", "钥匙"], ["锁匙", "一串锁匙"]),
    "carkey": (["车钥匙", "汽车钥匙"], ["汽车遥控钥匙", "车钥匙"], ["车子锁匙"]),
    "ebikekey": (["电动车钥匙", "电瓶车钥匙"], ["电动车钥匙"], ["电瓶车锁匙"]),
    "ebike": (["电动车", "电瓶车", "电驴"], ["电动自行车", "电动车", "两轮电动车"], ["电瓶车", "电动车"]),
    "bicycle": (["自行车", "单车"], ["自行车", "脚踏车"], ["脚踏车", "自行车"]),
    "backpack": (["双肩包", "背包"], ["双肩背包", "背包"], ["背包"]),
    "schoolbag": (["书包"], ["书包", "学生书包"], ["书包"]),
    "handbag": (["手提包", "包包", "女士包"], ["手提包", "女式挎包"], ["拎包"]),
    "crossbag": (["斜挎包", "挎包"], ["斜挎包", "单肩包"], ["挎包"]),
    "suitcase": (["行李箱", "拉杆箱"], ["拉杆箱", "行李箱"], ["箱子"]),
    "sack": (["蛇皮袋", "编织袋"], ["编织袋", "蛇皮袋"], ["蛇皮袋"]),
    "cash": (["钱", "现金"], ["现金", "人民币"], ["钞票"]),
    "necklace": (["金项链", "项链"], ["黄金项链", "金色项链"], ["金链条", "金链子"]),
    "bangle": (["金手镯", "手镯"], ["金手镯", "手镯"], ["金镯头"]),
    "jade": (["玉镯", "玉手镯"], ["玉镯", "玉手镯"], ["玉镯头"]),
    "ring": (["戒指", "金戒指"], ["戒指"], ["戒指", "金戒子"]),
    "lock": (["长命锁", "银锁"], ["银质长命锁", "小银锁"], ["银锁片"]),
    "earbuds": (["蓝牙耳机", "耳机"], ["无线耳机", "蓝牙耳机"], ["耳机"]),
    "tablet": (["平板", "平板电脑", "iPad"], ["平板电脑", "平板"], ["平板"]),
    "laptop": (["笔记本电脑", "电脑"], ["笔记本电脑", "手提电脑"], ["电脑"]),
    "powerbank": (["充电宝"], ["移动电源", "充电宝"], ["充电宝"]),
    "kidwatch": (["电话手表", "儿童手表"], ["儿童电话手表", "智能手表"], ["电话手表"]),
    "opera": (["唱戏机", "收音机"], ["播放器（唱戏机）", "老人收音机"], ["唱戏机", "听戏的机子"]),
    "umbrella": (["雨伞", "伞"], ["雨伞", "折叠伞"], ["伞"]),
    "cup": (["保温杯", "水杯"], ["保温杯"], ["茶杯"]),
    "glasses": (["眼镜"], ["眼镜", "近视眼镜"], ["眼镜"]),
    "hearing": (["助听器"], ["助听器"], ["耳朵上戴的助听器"]),
    "parcel": (["快递", "包裹"], ["快递包裹", "包裹"], ["快递"]),
    "scale": (["电子秤", "秤"], ["电子秤"], ["秤"]),
}

DOC_KINDS = {
    "idcard": (["身份证"], ["居民身份证", "身份证"], ["身份证"]),
    "driving": (["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], ["驾驶证"]),
    "student": (["学生证", "校卡"], ["学生证", "学生卡"], ["学生证"]),
    "social": (["社保卡", "医保卡"], ["社会保障卡", "社保卡"], ["医保卡"]),
    "bankcard": (["银行卡"], ["银行卡", "借记卡"], ["存折卡", "银行卡"]),
    "passport": (["护照"], ["护照", "中华人民共和国护照"], ["护照"]),
    "workcard": (["工作证", "工牌"], ["工作证", "工牌"], ["厂牌"]),
    "eldercard": (["老年证", "老年卡"], ["老年优待证", "老年卡"], ["老年证"]),
}
KIND_WORDS.update(DOC_KINDS)

COMPANIES = ["园区服装厂", "青溪五金厂", "溪口建筑公司", "镇自来水公司", "园区电子厂", "县公交公司"]
SCHOOLS = ["青溪镇中学", "县职业技术学校", "县第二中学", "青溪镇中心小学", "金华职业技术学院"]


def kind_word(kind, side, style):
    o, f, d = KIND_WORDS[kind]
    if style == "elder" and p(0.6):
        return ch(d)
    return ch(o if side == "owner" else f)


# --------------------------------------------------------------------------- objects
class Obj:
    """One physical thing: canonical facts plus how each side can word them."""

    def __init__(self, cat, kind):
        self.cat = cat
        self.kind = kind
        self.color = None
        self.case_color = None     # phones: a case hides the body colour
        self.brand = None
        self.model = None
        self.serials = {}          # key -> full value (imei, frame, plate, card, idno, sn, waybill)
        self.name = None           # name printed on it / inside
        self.facts = []            # (key, value, owner_words or None, finder_words or None, field)
        self.amount = None
        self.count = None
        self.extra_owner = []      # private things only the owner says (not checkable)

    def fact(self, key, value, owner, finder, field="marks"):
        self.facts.append((key, value, owner, finder, field))


MARKS_PHONE = [
    ("sticker", "bear", "背面贴了个小熊贴纸", "背面有小熊贴纸"),
    ("sticker", "ultraman", "壳上贴着奥特曼贴纸", "壳上有奥特曼图案贴纸"),
    ("sticker", "flower", "壳子上有朵小花", "手机壳印有花朵图案"),
    ("crack", "topleft", "屏幕左上角碎了", "屏幕左上角有裂痕"),
    ("crack", "spider", "屏幕摔裂了像蜘蛛网", "屏幕整片蛛网状碎裂"),
    ("crack", "back", "后盖有条裂缝", "后盖破裂"),
    ("rope", "red", "挂了根红绳", "挂红色挂绳"),
    ("rope", "pearl", "挂着珠子挂链", "带珠子挂链"),
    ("ring", "holder", "背面有个指环扣", "背面带指环支架"),
]
WALLPAPERS = [("kid", "屏保是我孙子的照片", "锁屏为小孩照片"),
              ("couple", "屏保是我们两个人的合照", "锁屏为一男一女合照"),
              ("cat", "屏保是只橘猫", "锁屏是一只猫"),
              ("scenery", "屏保是山水风景", "锁屏为风景图"),
              ("buddha", "屏保是观音菩萨", "锁屏为佛像图片")]
CASES = ["black", "pink", "blue", "green", "purple", "brown", "white", "red"]


def make_phone(elder=False):
    if elder:
        o = Obj("phone", "elderphone")
        o.brand = ch(["elderphone", None, None])
        o.color = ch(["red", "black", "gold", "blue"])
        if o.brand:
            o.model = "v8"
        o.fact("kind", "elderphone", "", "", None)
        o.fact("mark:button", "sos", "按键很大，背面有个SOS键", "大按键老年机，背面有SOS按钮")
        o.fact("mark:tag", "nametag", "后面贴了张纸条写着我儿子电话", "背面贴纸条写有电话号码%s" % phone_masked())
    else:
        o = Obj("phone", "phone")
        o.brand = ch(["huawei"] * 4 + ["apple"] * 3 + ["xiaomi"] * 2 + ["oppo"] * 2 + ["vivo"] * 2 + ["honor"])
        o.model = ch(list(MODELS[o.brand]))
        o.color = ch(["black", "black", "white", "blue", "gold", "grey", "green", "purple", "pink"])
        cs = R.random()
        if cs < 0.45:
            o.case_color = ch(CASES)
        elif cs < 0.7:
            o.case_color = "clear"
        m = ch(MARKS_PHONE)
        o.fact("mark:" + m[0], m[1], m[2], m[3])
        if p(0.4):
            m2 = ch(MARKS_PHONE)
            if m2[0] != m[0]:
                o.fact("mark:" + m2[0], m2[1], m2[2], m2[3])
        w = ch(WALLPAPERS)
        o.fact("wallpaper", w[0], w[1], w[2])
    o.serials["imei"] = imei()
    o.extra_owner = ch([["里面有我儿子的电话"], ["微信里有好多聊天记录很重要"], ["手机没设密码"],
                        ["卡是移动的卡"], ["有两张卡"], []])
    return o


def make_wallet():
    kind = ch(["wallet_short"] * 4 + ["wallet_long"] * 3 + ["wallet_coin"] * 2 + ["cardholder"])
    o = Obj("wallet", kind)
    o.color = ch(["black"] * 4 + ["brown"] * 2 + ["red", "pink", "blue", "white"])
    if p(0.55):
        o.brand = ch(["septwolves", "goldlion", "woodpecker", "coach"] if kind != "wallet_coin" else ["coach"])
    o.fact("kind", kind, "", "", None)
    if kind != "cardholder":
        amt = ch([R.randint(20, 99), R.randint(100, 600), R.randint(600, 3000), R.randint(5, 40)])
        o.amount = amt
    o.name = person_name()
    cont = []
    if p(0.7):
        o.serials["idno"] = id_number()
        cont.append("idcard")
    if p(0.6):
        bank = ch(list(BANKS))
        o.serials["card"] = bank_card(bank)
        o.fact("bank", bank, None, None, None)
        cont.append("bank")
    if p(0.3):
        cont.append("driving")
    if p(0.3):
        cont.append("photo")
        o.fact("cont:photo", "photo", "夹层里有张全家福", "内有照片一张")
    if p(0.3):
        m = ch([("wear", "corner", "一个角磨破了", "边角磨损"), ("clasp", "broken", "扣子坏了扣不上", "按扣损坏"),
                ("charm", "tassel", "拉链上挂了个流苏", "拉链挂流苏"), ("charm", "bell", "挂了个小铃铛", "挂小铃铛")])
        o.fact("mark:" + m[0], m[1], m[2], m[3])
    o.contents = cont
    return o


def make_doc():
    kind = ch(["idcard"] * 5 + ["driving"] * 2 + ["student"] * 2 + ["social"] * 2 + ["bankcard"] * 2 +
              ["passport", "workcard", "workcard", "eldercard"])
    o = Obj("id_doc", kind)
    o.fact("kind", kind, "", "", None)
    born = R.randint(1950, 1965) if kind == "eldercard" else R.randint(2005, 2012) if kind == "student" \
        else R.randint(1958, 2004)
    o.name = person_name()
    if kind in ("idcard", "driving", "social", "eldercard"):
        o.serials["idno"] = id_number(born)
    elif kind == "bankcard":
        bank = ch(list(BANKS))
        o.serials["card"] = bank_card(bank)
        o.fact("bank", bank, None, None, None)
        o.color = ch(["gold", "blue", "red", "green", "grey"])
    elif kind == "passport":
        o.serials["passport"] = ch(["E", "EA", "EB", "EC"])
        o.serials["passport"] += digits(9 - len(o.serials["passport"]))
    elif kind == "student":
        o.fact("school", ch(SCHOOLS), None, None, None)
        o.serials["stuno"] = "20%02d%s" % (R.randint(19, 25), digits(6))
        o.color = ch(["blue", "red", "green", None])
    elif kind == "workcard":
        o.fact("company", ch(COMPANIES), None, None, None)
        o.serials["staff"] = "%s%s" % (ch(["A", "B", "GY", ""]), digits(5))
        o.color = ch(["blue", "red", "white"])
    if p(0.35):
        sleeve = ch(["clear", "pink", "blue", "black"])
        o.fact("mark:sleeve", sleeve, "装在%s卡套里" % ("透明" if sleeve == "clear" else COLORS[sleeve][0][0]),
               "带%s卡套" % ("透明" if sleeve == "clear" else COLORS[sleeve][1][0]))
    return o


KEYCHAINS = [("gourd", "挂了个小葫芦", "钥匙扣为小葫芦挂件"), ("bear", "挂着小熊挂件", "挂小熊公仔"),
             ("amulet", "有个平安符", "挂平安符一个"), ("opener", "串着个开瓶器", "带开瓶器"),
             ("clipper", "挂了指甲钳", "挂指甲剪一个"), ("jade", "挂块小玉佩", "挂玉坠"),
             ("led", "带个小手电筒", "带小电筒"), ("tag", "有个写着门牌号的小牌子", "挂有写字小牌")]


def make_keys():
    kind = ch(["keys"] * 5 + ["carkey"] * 2 + ["ebikekey"] * 2)
    o = Obj("keys", kind)
    o.fact("kind", kind, "", "", None)
    if kind == "carkey":
        o.brand = ch(["vw", "byd", "wuling", "toyota"])
        o.color = "black"
    elif kind == "ebikekey":
        o.brand = ch(["yadea", "aima", "tailg", "luyuan"])
    o.count = R.randint(1, 3) if kind != "keys" else R.randint(3, 8)
    kc = ch(KEYCHAINS)
    o.fact("mark:chain", kc[0], kc[1], kc[2])
    if p(0.6):
        fob = ch(["blue", "red", "yellow", "green", "black"])
        o.fact("mark:fob", fob, "还有个%s门禁卡（扣）" % COLORS[fob][0][0],
               "%s门禁扣1个" % COLORS[fob][1][0])
    return o


EBIKE_MARKS = [("seat", "kid", "后座装了个儿童座椅", "后座带儿童座椅"),
               ("quilt", "quilt", "装着挡风被", "车把上装挡风被"),
               ("mirror", "broken", "左边后视镜断了", "左后视镜缺失"),
               ("basket", "helmet", "车筐里有个黄头盔", "车篮内有黄色头盔一个"),
               ("sticker", "lucky", "车尾贴了个出入平安的贴纸", "车尾有'出入平安'贴纸"),
               ("canopy", "canopy", "装了遮阳棚", "加装遮阳蓬")]


def make_ebike():
    o = Obj("ebike", "ebike")
    o.brand = ch(["yadea"] * 3 + ["aima"] * 3 + ["tailg"] * 2 + ["luyuan", "niu"])
    o.color = ch(["white", "blue", "red", "black", "grey", "pink", "green"])
    o.serials["plate"] = "金华%s%s" % (ch("ABCDE"), digits(5))
    pref = {"yadea": "YD", "aima": "AM", "tailg": "TL", "luyuan": "LY", "niu": "NU"}[o.brand]
    o.serials["frame"] = "%s%s%s%s" % (pref, digits(4), ch("ABCDEFGHJK"), digits(6))
    ms = R.sample(EBIKE_MARKS, 2)
    for m in ms:
        o.fact("mark:" + m[0], m[1], m[2], m[3])
    return o


def make_bicycle():
    o = Obj("bicycle", "bicycle")
    o.brand = ch(["giant", "phoenix", "forever", None])
    o.color = ch(["black", "white", "blue", "red", "green", "yellow"])
    t = ch([("mtb", "山地车", "山地自行车"), ("lady", "女式车", "女式自行车"), ("kid", "小孩的车", "儿童自行车"),
            ("road", "公路车", "公路自行车")])
    o.fact("kind", t[0], t[1], t[2], None)
    m = ch([("basket", "front", "前面有个车筐", "带前车篮"), ("seat", "back", "后面有个后座", "带后货架"),
            ("lock", "u", "锁着一把U型锁", "车轮挂U型锁"), ("bell", "cartoon", "车铃是卡通的", "卡通车铃"),
            ("tape", "red", "车把缠了红胶带", "车把缠红色胶布")])
    o.fact("mark:" + m[0], m[1], m[2], m[3])
    if p(0.25):
        o.serials["frame"] = "%s%s" % (ch(["G", "FH", "YJ", "C"]), digits(8))
    return o


BAG_CONTENTS = [("clothes", "几件换洗衣服", "内有衣物若干"), ("charger", "一个充电器", "充电器一个"),
                ("medicine", "降压药", "药品（降压药）"), ("gloves", "干活的手套", "劳保手套数副"),
                ("books", "课本和作业本", "课本、作业本若干"), ("thermos", "一个保温杯", "保温杯1个"),
                ("umbrella", "一把伞", "雨伞一把"), ("docs", "一袋病历和片子", "病历本及CT片"),
                ("tea", "两斤茶叶", "茶叶两包"), ("food", "给孙子买的零食", "零食若干"),
                ("tools", "一套扳手螺丝刀", "工具一套")]


def make_bag():
    kind = ch(["backpack"] * 3 + ["schoolbag"] * 2 + ["handbag"] * 2 + ["crossbag"] * 2 + ["suitcase", "sack"])
    o = Obj("bag", kind)
    o.fact("kind", kind, "", "", None)
    o.color = ch(["black"] * 3 + ["blue", "grey", "red", "pink", "green", "brown", "white"])
    if kind not in ("sack",):
        if p(0.6):
            o.brand = ch({"suitcase": ["samsonite", None], "handbag": ["coach", None]}.get(
                kind, ["nike", "adidas", "anta", "lining"]))
    for c in R.sample(BAG_CONTENTS, 2):
        if kind == "schoolbag" and c[0] in ("medicine", "gloves", "tools"):
            c = BAG_CONTENTS[4]
        o.fact("cont:" + c[0], c[0], c[1], c[2])
    if kind == "schoolbag":
        o.name = person_name()
        grade = ch(["初一(2)班", "初二(3)班", "三年级一班", "五年级(4)班", "初三(1)班"])
        o.fact("class", grade, "我是%s的" % grade, "作业本写%s" % grade)
    return o


def make_cash():
    o = Obj("cash", "cash")
    o.amount = ch([R.randint(2, 40) * 100, R.randint(3, 30) * 50 + R.randint(0, 9) * 10, R.randint(100, 999)])
    cont = ch([("redpacket", "用红包装着", "装于红包内"), ("envelope", "装在牛皮纸信封里", "牛皮纸信封装"),
               ("rubber", "用橡皮筋扎着", "橡皮筋捆扎"), ("hanky", "拿手帕包着", "手帕包裹"),
               ("plastic", "装在塑料袋里", "塑料袋装")])
    o.fact("mark:container", cont[0], cont[1], cont[2])
    if p(0.4):
        w = ch([("pig", "卖猪的钱", "信封上写'猪钱'"), ("fee", "孙子的学费", "信封写'学费'"),
                ("wage", "刚发的工资", "附工资条一张")])
        o.fact("mark:note", w[0], w[1], w[2])
    return o


def make_jewelry():
    kind = ch(["necklace"] * 3 + ["bangle"] * 2 + ["jade"] * 2 + ["ring"] * 2 + ["lock"])
    o = Obj("jewelry", kind)
    o.fact("kind", kind, "", "", None)
    o.color = {"jade": "green", "lock": "grey"}.get(kind, "gold")
    if kind in ("necklace", "bangle", "ring") and p(0.7):
        o.brand = ch(["ctf", "laofengxiang", "chinagold"])
    if kind == "necklace":
        pd = ch([("guanyin", "挂着观音吊坠", "带观音吊坠"), ("pixiu", "有个貔貅坠子", "带貔貅挂坠"),
                 ("bead", "穿着转运珠", "带转运珠"), ("none", "光链子没有坠子", "无吊坠")])
        o.fact("mark:pendant", pd[0], pd[1], pd[2])
    if kind in ("bangle", "ring", "lock"):
        eng = ch(["平安", "LY520", "福", "长命百岁", "吉祥如意", "ZW1314"])
        o.fact("mark:engrave", eng, "内圈刻着“%s”" % eng, "刻字“%s”" % eng)
    if kind == "jade":
        fl = ch([("crack", "上面有一道细裂纹", "有细小裂纹"), ("spot", "里面有个黑点", "内有黑色斑点")])
        o.fact("mark:flaw", fl[0], fl[1], fl[2])
    g = R.randint(3, 40)
    o.fact("weight", g, "大概%d克" % g, "约%d克" % g)
    return o


def make_electronics():
    kind = ch(["earbuds"] * 2 + ["kidwatch"] * 2 + ["tablet", "laptop", "powerbank", "opera"])
    o = Obj("electronics", kind)
    o.fact("kind", kind, "", "", None)
    if kind == "earbuds":
        o.brand = ch(["apple", "huawei", "xiaomi"])
        o.color = ch(["white", "black"])
        o.serials["sn"] = ch(["H", "G", "F"]) + "".join(ch("0123456789ABCDEFGHJKLMNPQRTVWXY") for _ in range(11))
    elif kind == "kidwatch":
        o.brand = "xtc"
        o.color = ch(["blue", "pink", "black", "purple"])
        o.name = person_name()
        st = ch([("dino", "表带上有恐龙图案", "表带印恐龙"), ("unicorn", "表带是独角兽的", "表带印独角兽"),
                 ("star", "表带上都是小星星", "表带印星星图案")])
        o.fact("mark:strap", st[0], st[1], st[2])
    elif kind == "tablet":
        o.brand = ch(["apple", "huawei", "lenovo"])
        o.color = ch(["grey", "gold", "white"])
        o.serials["sn"] = ch(["DMP", "F9F", "HA1"]) + "".join(ch("0123456789ABCDEFGHJKLMNPQRTVWXY") for _ in range(9))
        cv = ch(["blue", "pink", "black"])
        o.fact("mark:cover", cv, "套着个%s保护套" % COLORS[cv][0][0], "带%s保护套" % COLORS[cv][1][0])
    elif kind == "laptop":
        o.brand = ch(["lenovo", "huawei"])
        o.color = ch(["grey", "black"])
        o.serials["sn"] = "PF" + "".join(ch("0123456789ABCDEFGHJKLMNPQRTVWXY") for _ in range(6))
        o.fact("mark:sticker", "club", "上面贴满了动漫贴纸", "外壳贴动漫贴纸多张")
    elif kind == "powerbank":
        o.brand = ch(["romoss", "xiaomi"])
        o.color = ch(["white", "black", "blue"])
        o.fact("mark:cable", "cable", "插着根数据线", "连数据线一根")
    else:
        o.brand = ch(["xianke", None])
        o.color = ch(["red", "black", "gold"])
        o.fact("mark:card", "opera", "插着一张越剧的卡", "内插储存卡（戏曲）")
    return o


def make_other():
    kind = ch(["umbrella", "cup", "glasses", "hearing", "parcel", "scale"])
    o = Obj("other", kind)
    o.fact("kind", kind, "", "", None)
    if kind == "umbrella":
        o.brand = ch(["paradise", None])
        o.color = ch(["black", "blue", "purple", "red"])
        hd = ch([("wood", "伞柄是木头弯钩的", "木质弯柄"), ("plastic", "伞柄是塑料直的", "塑料直柄")])
        o.fact("mark:handle", hd[0], hd[1], hd[2])
    elif kind == "cup":
        o.brand = ch(["thermos", None])
        o.color = ch(["white", "pink", "black", "blue"])
        o.fact("mark:tea", "tea", "里面泡着茶", "杯内有茶叶")
    elif kind == "glasses":
        o.color = ch(["black", "gold", "brown"])
        gc = ch(["blue", "brown", "black"])
        o.fact("mark:case", gc, "装在%s眼镜盒里" % COLORS[gc][0][0], "带%s眼镜盒" % COLORS[gc][1][0])
    elif kind == "hearing":
        o.color = ch(["brown", "grey"])
        sd = ch([("left", "戴左耳的", "左耳助听器"), ("right", "戴右耳的", "右耳助听器")])
        o.fact("mark:side", sd[0], sd[1], sd[2])
    elif kind == "parcel":
        o.name = person_name()
        o.serials["waybill"] = ch(["SF", "YT", "ZT7", "JT"]) + digits(ch([11, 12, 13]))
        bx = ch([("box", "纸箱装的，里面是衣服", "纸箱包装"), ("bag", "黑色快递袋装的", "黑色快递袋包装")])
        o.fact("mark:box", bx[0], bx[1], bx[2])
    else:
        o.color = ch(["white", "blue"])
        o.fact("mark:tape", "tape", "底下贴着我摊位号", "秤底贴有摊位号标签")
    return o


MAKERS = {"phone": make_phone, "wallet": make_wallet, "id_doc": make_doc, "keys": make_keys,
          "ebike": make_ebike, "bicycle": make_bicycle, "bag": make_bag, "cash": make_cash,
          "jewelry": make_jewelry, "electronics": make_electronics, "other": make_other}


def make_obj(cat):
    if cat == "phone":
        return make_phone(elder=p(0.15))
    return MAKERS[cat]()


# --------------------------------------------------------------------------- wording helpers
TRAD = str.maketrans({
    "机": "機", "钱": "錢", "钥": "鑰", "红": "紅", "蓝": "藍", "绿": "綠", "银": "銀", "华": "華",
    "为": "為", "证": "證", "电": "電", "车": "車", "门": "門", "里": "裡", "个": "個", "张": "張",
    "现": "現", "镇": "鎮", "场": "場", "东": "東", "丢": "丟", "发": "發", "头": "頭", "边": "邊",
    "号": "號", "码": "碼", "后": "後", "时": "時", "间": "間", "这": "這", "们": "們", "对": "對",
    "锁": "鎖", "块": "塊", "两": "兩", "贴": "貼", "纸": "紙", "壳": "殼", "学": "學", "书": "書",
    "装": "裝", "从": "從", "长": "長", "还": "還", "过": "過", "样": "樣", "没": "沒", "见": "見",
    "帮": "幫", "谢": "謝", "请": "請", "铁": "鐵", "乡": "鄉", "县": "縣", "饰": "飾", "项": "項",
    "链": "鏈", "镯": "鐲", "内": "內", "农": "農", "业": "業", "驾": "駕", "驶": "駛", "护": "護",
    "动": "動", "脚": "腳", "单": "單", "黄": "黃", "灰": "灰", "条": "條", "双": "雙", "肩": "肩",
    "钟": "鐘", "点": "點", "应": "應", "该": "該", "楼": "樓", "厂": "廠", "杯": "杯", "伞": "傘",
    "镜": "鏡", "图": "圖", "宝": "寶", "挂": "掛", "卫": "衛", "医": "醫", "园": "園", "区": "區",
})
FULLW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def to_trad(s):
    return s.translate(TRAD)


def to_fullwidth(s):
    return "".join(FULLW.get(c, c) for c in s)


TYPOS = [("身份证", "身分证"), ("钥匙", "要是"), ("充电宝", "冲电宝"), ("眼镜", "眼睛"),
         ("项链", "项练"), ("手镯", "手卓"), ("电动车", "电东车"), ("雨伞", "雨散"),
         ("钱包", "前包"), ("驾驶证", "驾使证"), ("银行卡", "银航卡"), ("书包", "书报"),
         ("丢了", "丢勒"), ("捡到", "减到"), ("派出所", "派处所"), ("自行车", "自形车")]


def typo(s):
    cands = [t for t in TYPOS if t[0] in s]
    if not cands:
        return s
    a, b = ch(cands)
    return s.replace(a, b, 1)


FILLERS = ["那个", "就是", "嗯", "然后", "呃", "对对", "那个那个"]


def voiceify(s):
    out = []
    for c in s:
        if c in "，。、；：！？,.;:()（）“”'\"":
            out.append(" ")
            if p(0.25):
                out.append(ch(FILLERS) + " ")
        else:
            out.append(c)
    t = "".join(out)
    t = " ".join(t.split())
    return ch(["喂 ", "你好 ", "", "嗯 "]) + t


def amount_owner(a, style):
    """How an owner says an amount: (text, low, high) of what the words allow."""
    r = R.random()
    if a < 100 and r < 0.5:
        if a < 10:
            return "几块零钱", 1, 9
        if a < 20:
            return "十几块", 10, 19
        return ch([("几十块钱", 10, 99), ("%s十来块" % CN_NUM[a // 10], a // 10 * 10, a // 10 * 10 + 15),
                   ("不到一百块", 1, 99)])
    if r < 0.3 and a >= 100:
        hi = a // 100
        if hi < 10:
            return "%s百多块" % cn_int(hi), hi * 100, hi * 100 + 99
        v = int(round(a, -2))
        return "%s块左右" % cn_int(v), int(v * 0.9), int(v * 1.1)
    if r < 0.55:
        v = int(round(a, -1)) if a > 100 else a
        return ch(["大概", "差不多", "大约"]) + "%d元" % v, int(v * 0.9), int(v * 1.1) + 1
    if r < 0.7 and style != "voice":
        return daxie_int(a) + "元", a, a
    if r < 0.85:
        return cn_int(a) + "块", a, a
    return "%d块" % a, a, a


def amount_finder(a):
    r = R.random()
    if r < 0.7:
        return "%d元" % a
    if r < 0.85:
        return "人民币%s元整" % daxie_int(a)
    return "%d.00元" % a


def denominations(a):
    h = a // 100
    rest = a - h * 100
    parts = []
    if h:
        parts.append("百元%d张" % h)
    f = rest // 50
    if f:
        parts.append("五十元%d张" % f)
    rest -= f * 50
    if rest:
        parts.append("零钞%d元" % rest)
    return "（%s）" % "、".join(parts) if len(parts) > 1 else ""


GENERIC_KIND_WORDS = {"钱包", "皮夹", "皮夹子", "钞票包", "手机", "电话", "包包", "背包", "箱子",
                      "钥匙", "一串钥匙", "钥匙串", "锁匙", "一串锁匙", "钥匙一串", "手机一部", "移动电话",
                      "电话机", "小钱包", "iPad", "车钥匙", "车子锁匙", "平板", "平板电脑", "戒指", "手镯", "耳机", "电脑"}

# kinds an officer would not tell apart by the word alone (a 书包 is a 双肩包, a 挎包 may be a 手提包)
KIND_GROUP = {"schoolbag": "backpack", "crossbag": "handbag"}
# facts too loose to tell two objects apart (a corner crack spreads; a weight is a guess)
WEAK_KEYS = {"mark:crack", "weight"}

QTY = {"phone": "一部", "wallet": "一个", "id_doc": "一张", "keys": "一串", "ebike": "一辆",
       "bicycle": "一辆", "bag": "一个", "cash": "", "jewelry": "一件", "electronics": "一个",
       "other": "一个"}
QTY_OFF = {"phone": "1部", "wallet": "1个", "id_doc": "1张", "keys": "1串", "ebike": "1辆",
           "bicycle": "1辆", "bag": "1个", "cash": "", "jewelry": "1件", "electronics": "1个",
           "other": "1个"}

SERIAL_LABEL = {"imei": ["IMEI", "串号", "IMEI号"], "frame": ["车架号", "车架"], "plate": ["车牌", "牌照", "牌子"],
                "card": ["卡号"], "idno": ["身份证号", "号码"], "passport": ["护照号"], "stuno": ["学号"],
                "staff": ["工号"], "sn": ["序列号", "SN"], "waybill": ["运单号", "单号"]}


def mask_name(n):
    if len(n) == 2:
        return n[0] + "*"
    return n[0] + "*" * (len(n) - 2) + n[-1] if p(0.5) else n[0] + "**"


def name_pat(n):
    return ("L", n)


def name_text(n, side):
    if side == "finder" and p(0.25):
        m = mask_name(n)
        return m, ("L", m.replace("*", "?"))
    return n, ("L", n)


# --------------------------------------------------------------------------- rendering one side
P_SERIAL = {"owner": {"imei": 0.2, "frame": 0.3, "plate": 0.75, "card": 0.35, "idno": 0.35,
                      "passport": 0.5, "stuno": 0.35, "staff": 0.35, "sn": 0.3, "waybill": 0.6},
            "finder": {"imei": 0.35, "frame": 0.75, "plate": 0.45, "card": 0.55, "idno": 0.6,
                       "passport": 0.85, "stuno": 0.55, "staff": 0.6, "sn": 0.5, "waybill": 0.9}}
P_NAME = {"id_doc": (0.9, 0.92), "wallet": (0.6, 0.75), "bag": (0.6, 0.6), "electronics": (0.8, 0.55),
          "other": (0.9, 0.8)}


def render(o, side, style, must=()):
    """Describe object o as the owner ('owner') or finder/desk ('finder') would.

    Returns (fields, revealed, noun, details).  revealed maps fact keys to the value the
    text carries (serials and names as alignment patterns) for the generator's own check."""
    fi = 0 if side == "owner" else 1
    if style == "short" and o.cat == "cash":
        style = "plain"  # nobody registers money without saying how much
    rev = {}
    fields = {}
    det = []
    short = style == "short"
    lean = 0.35 if short else 1.0
    # a short registration says only what fits in its noun: colour, brand, model, kind
    short_keys = {"color", "brand", "model"} | ({"case_color"} if side == "finder" else set())
    if short:
        must = (set(must) & short_keys) | {"color"} | ({"case_color"} if side == "finder" else set())

    def want(pr, key):
        if short and key not in short_keys:
            return False
        return key in must or p(pr * lean)

    kw = kind_word(o.kind, side, style)
    if kw not in GENERIC_KIND_WORDS:
        rev["kind"] = KIND_GROUP.get(o.kind, o.kind)
    # colour
    cw = None
    if o.cat == "phone" and o.case_color:
        if side == "finder":
            if o.case_color == "clear":
                det.append(ch(["透明壳", "带透明手机壳", "套透明软壳"]))
                if not short:
                    rev["case_color"] = "clear"
                if want(0.9, "color"):
                    cw = color_word(o.color, side, style)
                    rev["color"] = o.color
            elif want(0.9, "case_color"):
                cw = color_word(o.case_color, side, style)
                det.append(ch(["%s手机壳" % cw, "外套%s保护壳" % cw, "%s壳" % cw]))
                rev["case_color"] = o.case_color
        else:
            if want(0.8, "color"):
                cw = color_word(o.color, side, style)
                rev["color"] = o.color
            if want(0.55, "case_color"):
                if o.case_color == "clear":
                    det.append(ch(["套了个透明壳", "透明手机壳"]))
                else:
                    det.append("套着个%s的壳" % color_word(o.case_color, side, style).rstrip("的"))
                rev["case_color"] = o.case_color
    elif o.color and want(0.88, "color"):
        if p(0.04) and not must:
            cw = {"black": "深色", "brown": "深色", "blue": "深色", "white": "浅色"}.get(o.color)
        else:
            cw = color_word(o.color, side, style)
            rev["color"] = o.color
    # brand and model
    bw = mw = None
    if o.brand and want(0.9 if fi == 0 else 0.8, "brand"):
        bw = brand_word(o.brand, side, style)
        rev["brand"] = o.brand
    if o.model and want(0.55 if fi == 0 else 0.35, "model"):
        mw = ch(MODELS[o.brand][o.model])
        rev["model"] = o.model
        if style == "voice" and mw.isascii():
            mw = mw.replace("Mate", "麦特").replace("mate", "麦特").replace("Reno", "瑞诺")
    # serials
    stexts = []
    for sk, sv in o.serials.items():
        if sk == "idno" and o.cat == "wallet" and fi == 0:
            pr = 0.15
        else:
            pr = P_SERIAL[side][sk]
        if want(pr, "ser:" + sk):
            if sk == "plate":
                t = sv if p(0.5) else sv[:2] + sv[2] + "·" + sv[3:] if p(0.5) else sv[2:]
                pat = ("R", sv[2:]) if t == sv[2:] else ("R", sv[2:])
                if side == "finder" and p(0.15):
                    t = sv[:3] + "***" + sv[-2:]
                    pat = ("R", sv[2] + "???" + sv[-2:])
            elif sk == "card" and side == "owner":
                n = 4
                t = ch(["尾号", "后四位", "最后是"]) + sv[-n:]
                pat = pat_tail(sv, n)
            else:
                t, pat = serial_text(sv, side, sk)
            lab = ch(SERIAL_LABEL[sk])
            if style == "voice" and p(0.4):
                t = "".join(CN_NUM[int(c)] if c.isdigit() else c for c in t)
            stexts.append(("%s%s" % (lab, "" if t.startswith(("尾", "后", "前", "最", "末", "卡")) else "：") + t, t))
            rev["ser:" + sk] = pat
    # name on it
    if o.name:
        pn = P_NAME.get(o.cat, (0.6, 0.6))[fi]
        if want(pn, "name"):
            nt, npat = name_text(o.name, side)
            rev["name"] = npat
            if o.cat == "id_doc":
                det.append(ch(["姓名%s", "名字叫%s", "%s的"]) % nt if fi == 0 else ch(["姓名：%s", "姓名%s", "持证人%s"]) % nt)
            elif o.cat == "wallet":
                det.append(("里面有我身份证，名字%s" % nt) if fi == 0 else "内有身份证一张（%s）" % nt)
            elif o.cat == "bag":
                det.append(("本子上都写着%s的名字" % nt) if fi == 0 else "作业本署名%s" % nt)
            elif o.cat == "electronics":
                det.append(("孩子叫%s" % nt) if fi == 0 else "表背贴名字%s" % nt)
            else:
                det.append(("收件人是%s" % nt) if fi == 0 else "收件人%s" % nt)
    # amount
    if o.amount is not None:
        pa = {"wallet": (0.75, 0.92), "cash": (1.0, 1.0)}[o.cat][fi]
        if want(pa, "amount"):
            rev["amount"] = (o.amount, o.amount)
            if fi == 0:
                a, lo, hi = amount_owner(o.amount, style)
                rev["amount"] = (lo, hi)
                det.append(("里面有%s现金" % a) if o.cat == "wallet" else a)
            else:
                a = amount_finder(o.amount)
                det.append(("内有现金%s" % a if o.cat == "wallet" else "共计%s" % a) +
                           (denominations(o.amount) if p(0.3) else ""))
    if o.count is not None and want(0.6 if fi == 0 else 0.85, "count"):
        if fi == 0:
            c = o.count
            w = R.randrange(3)
            if w == 0:
                det.append("%s把钥匙" % cn_int(c))
                rev["count"] = (c, c)
            elif w == 1 and c > 2:
                det.append("%s%s把" % (cn_int(c - 1), cn_int(c)))
                rev["count"] = (c - 1, c)
            else:
                det.append("大概%d把" % c)
                rev["count"] = (c - 1, c + 1)
        else:
            det.append("共%d把" % o.count)
            rev["count"] = (o.count, o.count)
    # other facts
    for key, val, ow, fw, _field in o.facts:
        if key == "kind":
            if ow:  # bicycle type words
                if want(0.7, key):
                    det.append(ow if fi == 0 else fw)
                    rev["type"] = val
            continue
        if key == "bank":
            if want(0.7 if fi == 0 else 0.9, key):
                bwd = ch(BANKS[val][1])
                det.append(("%s的卡" % bwd if o.cat == "id_doc" else "还有%s的卡" % bwd) if fi == 0 else
                           ("%s卡" % bwd if o.cat == "id_doc" else "%s卡1张" % bwd))
                rev[key] = val
            continue
        if key in ("school", "company"):
            if want(0.6, key):
                det.append(val if fi == 1 else "%s的" % val)
                rev[key] = val
            continue
        words = ow if fi == 0 else fw
        if not words:
            continue
        if want(0.6 if fi == 0 else 0.65, key):
            det.append(words)
            rev[key] = val
    if fi == 0 and o.extra_owner and style in ("plain", "chatty", "voice", "typo") and p(0.5):
        det.append(ch(o.extra_owner))
    # fields (only what the person said; some say it in the body only)
    if cw and p(0.75):
        fields["color"] = cw
    if bw and p(0.75):
        fields["brand"] = bw
    if mw and p(0.75):
        fields["model"] = mw
    if stexts and p(0.8):
        fields["serial"] = "，".join(t for _, t in stexts) if p(0.5) else "；".join(x for x, _ in stexts)
    marks = [d for d in det if p(0.5)]
    if marks and not short:
        fields["marks"] = "，".join(marks)
    # noun phrase
    noun = ""
    if cw and (short or p(0.85)):
        noun += cw + ("的" if len(cw) > 1 and not cw.endswith("的") and p(0.3) else "")
    if bw and (short or p(0.8)):
        noun += bw + ("牌" if o.cat in ("ebike", "bicycle") and p(0.3) and not bw.isascii() else "")
    if mw and bw and bw in noun and p(0.6):
        noun += (" " if noun[-1:].isascii() and mw[:1].isascii() else "") + mw + kw
    else:
        noun += kw
        if mw and (short or p(0.7)):
            noun += "（%s）" % mw
    body_det = [d for d in det]
    for w, fk in ((cw, "color"), (bw, "brand"), (mw, "model")):
        if w and w not in noun and fk not in fields:
            body_det.insert(0, {"color": "颜色", "brand": "牌子", "model": "型号"}[fk] + w)
    for x, _ in stexts:
        if "serial" not in fields or p(0.6):
            body_det.append(x)
    return fields, rev, noun, body_det


# --------------------------------------------------------------------------- times and bodies
def hour_cn(h):
    hh = h % 12 or 12
    return cn_int(hh)


def part_of_day(h):
    return "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else \
        "下午" if h < 18 else "晚上"


def lost_time_phrase(lf, lt, style, market):
    d1, t1 = clock_of(lf)
    d2, t2 = clock_of(lt)
    span = lf - lt
    if market and (style == "elder" or p(0.4)) and span <= DAY:
        return ch(["赶集那天", "上个集", "%s赶集的时候" % day_word(d1)]) + tod_word(t1, vague=True)
    if span > 2 * DAY:
        if p(0.5):
            return "%s到%s之间" % (day_word(d1), day_word(d2))
        return ch(["这几天", "前几天", "最近几天"]) + ("（具体哪天记不清了）" if p(0.5) else "")
    if d1 != d2:
        return "%s%s到%s%s" % (day_word(d1), tod_word(t1, True), day_word(d2), tod_word(t2, True))
    h1, h2 = t1 // 60, t2 // 60
    if style == "elder" and p(0.5):
        return day_word(d1) + tod_word(t1, vague=True)
    if span <= 75:
        return day_word(d1) + tod_word((t1 + t2) // 2)
    if h2 == h1 + 1 and h1 < 10:
        return "%s%s%s%s点" % (day_word(d1), part_of_day(h1), hour_cn(h1), hour_cn(h2))
    return "%s%s到%s之间" % (day_word(d1), tod_word(t1), tod_word(t2))


def found_time_phrase(fa):
    d, t = clock_of(fa)
    if p(0.5):
        m, dd = date_of(d)
        return "%d月%d日%02d:%02d" % (m, dd, t // 60, t % 60) if p(0.6) else "%d.%d %d时许" % (m, dd, t // 60)
    return day_word(d) + tod_word(t)


ACTIVITY = {"market": ["去赶集", "去集上买菜", "去集市卖菜", "去赶集买种子"],
            "town": ["去镇上办事", "去超市买东西", "去卫生院配药", "去银行取钱", "去快递点拿快递"],
            "school": ["去学校接孙子", "放学", "去学校开家长会"],
            "village": ["在村里走亲戚", "去村委会办事", "在村口乘凉", "去地里干活"],
            "works": ["下班回宿舍", "在厂里上班", "在工地干活"],
            "bus": ["坐公交去汽车站", "在汽车站等车"], "rail": ["坐火车回来", "在火车站候车"],
            "outdoor": ["去水库钓鱼", "去水库边散步"]}
WHO = {"elder": ["%s的，七十多了", "%s的老人", "%s人"], "migrant": ["在园区打工的", "在工地上做事的", "外地来打工的"],
       "student": ["青溪中学初二的学生", "县职校的学生", "镇中学的"], "plain": ["我是%s的", "我住在镇上", "我是%s村民", "我家在%s"],
       "shop": ["老街开小店的", "集上摆摊的"]}


def owner_body(style, noun, det, when, where, pk, village):
    dets = "，".join(det)
    if style == "short":
        return ch(["%s%s" % (noun, QTY_any()), "丢%s" % noun, "%s，%s丢的" % (noun, where)])
    act = ch(ACTIVITY.get(pk, ["出门办事"]))
    if style in ("plain", "trad", "full", "typo"):
        s = ch(["%s在%s丢失%s" % (when, where, noun), "%s在%s把%s弄丢了" % (when, where, noun),
                "本人于%s在%s遗失%s" % (when, where, noun), "%s丢了%s，地点%s" % (when, noun, where)])
        return s + ("，" + dets if dets else "") + "。"
    if style == "long":
        who = ch(WHO["elder"]).replace("%s", village)
        s = "同志啊，我跟你讲，我是%s，%s%s，" % (who, when, act) + ch([
            "本来想顺便去看看我妹妹，她家就在附近，结果她不在家，我就在边上坐了一会儿，",
            "那天人特别多，挤来挤去的，我手里还拎着两袋菜和一只鸡，",
            "我这个人记性不好，儿子老说我丢三落四，上回把伞也丢了，"]) + \
            "后来在%s，%s，%s就不见了。" % (where, ch(["想打个电话", "想付钱", "一摸口袋"]), noun) + \
            ("东西是这样的：%s。" % dets if dets else "") + ch([
                "我回头沿着路找了两遍，问了边上摆摊的，都说没看到。",
                "我老伴说是不是被人拿走了，我说不一定，说不定有好心人捡到了交到你们这里。",
                "我自己不会用手机查，麻烦你们有消息打我儿子电话，他在外地上班。"]) + \
            ch(["你们帮帮忙，谢谢你们了，你们派出所的人都是好人。", "真是麻烦你们了，这个对我来说很要紧的。"])
        return s
    if style == "chatty":
        who = ch(WHO["plain"]).replace("%s", village)
        s = "你好，%s，%s%s，在%s，%s。" % (who, when, act, where, ch(["回家一看东西没了", "一摸口袋发现没了",
                                                                   "等发现的时候已经不见了", "转身就找不到了"])) + \
            "是%s" % noun + ("，" + dets if dets else "") + "。"
        return s + ch(["麻烦你们帮我留意一下，有人交来就打电话给我，谢谢了！", "对我很重要，拜托了。",
                       "我已经回去找过一遍了没找到。", "不知道是掉了还是被人拿了，麻烦了。"])
    if style == "voice":
        s = "我%s%s 在%s 把那个%s丢了 %s" % (when, act, where, noun, dets)
        return voiceify(s)
    if style == "elder":
        who = ch(WHO["elder"]).replace("%s", village)
        s = "我是%s，%s在%s，%s弗见了" % (who, when, where, noun) if p(0.6) else \
            "%s%s，到%s一摸，%s没了" % (when, act, where if where.endswith("那里") else where + "那里", noun)
        s += ("，" + dets if dets else "")
        return s + "。" + ch(["儿子让我来报一下。", "老太婆急死了。", "帮帮忙寻寻看。", "我眼睛不好，也不知道掉哪里了。", ""])
    if style == "migrant":
        who = ch(WHO["migrant"])
        return "我是%s，%s在%s丢了%s" % (who, when, where, noun) + ("，" + dets if dets else "") + "。" + \
            ch(["过几天要回老家了，急用。", "身上就这点东西。", "工友帮我写的。", ""])
    if style == "student":
        who = ch(WHO["student"])
        return "我是%s，%s在%s丢了%s" % (who, when, where, noun) + ("，" + dets if dets else "") + "。" + \
            ch(["老师让我来登记的。", "家长电话见登记表。", ""])
    return "%s在%s丢失%s，%s。" % (when, where, noun, dets)


def QTY_any():
    return ch(["一个", "一只", "1个", ""])


def finder_body(style, cat, noun, det, when, where, pk, ctx):
    dets = "，".join(det)
    q = QTY_OFF[cat] if p(0.6) else QTY[cat]
    if style == "short":
        return ch(["%s%s" % (noun, q), "%s%s，%s" % (noun, q, where), "拾%s%s" % (noun, q)])
    finder = ch(FINDERS.get(pk, ["群众"]))
    if style == "officer":
        s = "拾得%s%s" % (noun, q)
        s += ("，" + dets if dets else "") + "。"
        s += ch(["%s于%s在%s拾得后交所。" % (finder, when, where), "%s在%s拾得，送至我所。" % (finder, where),
                 "地点：%s，%s交来。" % (where, finder), "%s，%s拾得。" % (where, finder)])
        if p(0.35):  # a desk officer in a hurry
            for a, b in (("内有现金", "内现"), ("身份证一张", "身份证1"), ("一张", "1张"),
                         ("拾得后交所", "拾后送所"), ("共计", "计"), ("送至我所", "送所"), ("人民币", "")):
                s = s.replace(a, b)
            if s.startswith("拾得"):
                s = "拾：" + s[2:]
        return s
    if style == "shop":
        return "%s交来：%s在%s发现的%s，%s。%s" % (finder, when, where, noun, dets or "无其他物品",
                                           ch(["估计是顾客落下的。", "收摊时发现的。", "等了半天没人来找。"]))
    if style == "lpo":
        return "%s遗留%s%s%s。%s交%s。" % (ctx or where, noun, q, ("，" + dets if dets else ""), finder,
                                   ch(["失物招领处", "站务室"]))
    if style in ("plain", "trad", "full", "typo"):
        return ch(["在%s捡到%s%s" % (where, noun, q), "%s在%s拾到%s" % (when, where, noun),
                   "%s发现%s%s" % (where, noun, q)]) + ("，" + dets if dets else "") + "。"
    return "%s%s，%s，%s。" % (noun, q, dets, where)


FINDERS = {"market": ["赶集群众", "卖菜摊主", "市场管理员", "集市保洁员", "一位老大爷"],
           "town": ["超市收银员", "银行保安", "卫生院保洁员", "驿站老板", "过路群众", "网格员"],
           "school": ["学校门卫", "班主任", "学生"], "village": ["村民", "村干部", "网格员", "村保洁员"],
           "works": ["厂里保安", "工友", "工地负责人"], "bus": ["公交驾驶员", "车站工作人员", "乘务员"],
           "rail": ["列车员", "车站保洁", "站务员"], "outdoor": ["钓鱼群众", "巡逻民警"],
           "ebike": ["巡逻民警", "村民", "网格员"]}


# --------------------------------------------------------------------------- the officer's check
def pat_differ(a, b):
    sa, va = a
    sb, vb = b
    if sa == "L":
        if "?" not in va and "?" not in vb and len(va) != len(vb):
            return True
        pairs = zip(va, vb)
    else:
        if "?" not in va and "?" not in vb and len(va) != len(vb):
            return True
        pairs = zip(reversed(va), reversed(vb))
    return any(x != "?" and y != "?" and x != y for x, y in pairs)


def differ(k, a, b):
    if k.startswith("ser:") or k == "name":
        return pat_differ(a, b)
    if k in ("amount", "count"):  # (low, high) ranges: differ when they cannot meet
        slack = 0 if k == "count" else max(5, 0.05 * max(a[1], b[1]))
        return a[0] > b[1] + slack or b[0] > a[1] + slack
    if k == "weight":
        return abs(a - b) > max(3, 0.3 * max(a, b))
    return a != b


def obj_values(o):
    """Full fact values of an object, in the form render() reveals them."""
    v = {"kind": KIND_GROUP.get(o.kind, o.kind)}
    if o.color:
        v["color"] = o.color
    if o.case_color:
        v["case_color"] = o.case_color
    if o.brand:
        v["brand"] = o.brand
    if o.model:
        v["model"] = o.model
    for sk, sv in o.serials.items():
        v["ser:" + sk] = ("R", sv[2:]) if sk == "plate" else ("R", sv)
    if o.name:
        v["name"] = ("L", o.name)
    if o.amount is not None:
        v["amount"] = (o.amount, o.amount)
    if o.count is not None:
        v["count"] = (o.count, o.count)
    for key, val, ow, fw, _ in o.facts:
        v["type" if key == "kind" and ow else key] = val
    return v


FAR_KM = 10.0
FAR_GAP = 14 * DAY


def distinguishable(L, F):
    """Could a careful officer tell that found item F is not lost report L's object?"""
    if L["cat"] != F["cat"]:
        return True
    if F["at"] > L["from"]:
        return True  # found before the loss began
    if dist(L["pt"], F["pt"]) > FAR_KM and L["to"] - F["at"] > FAR_GAP:
        return True
    for k in set(L["rev"]) & set(F["rev"]) - WEAK_KEYS:
        if differ(k, L["rev"][k], F["rev"][k]):
            return True
    return False


def consistent(L, F):
    return not any(differ(k, L["rev"][k], F["rev"][k]) for k in set(L["rev"]) & set(F["rev"]))


# --------------------------------------------------------------------------- generation
LOSS_PLACES = {
    "phone": ["market", "market", "market_bridge", "super", "bus", "rail", "village", "works", "school", "clinic", "bank"],
    "wallet": ["market", "market", "market_bridge", "super", "bank", "village", "clinic", "bus", "works", "gas"],
    "id_doc": ["gov", "bank", "clinic", "market", "rail", "bus", "works", "school", "village", "express"],
    "keys": ["market", "village", "super", "school", "works", "clinic", "express", "reservoir"],
    "ebike": ["village", "market", "super", "works", "school", "clinic", "village"],
    "bicycle": ["school", "primary", "rail", "market", "village"],
    "bag": ["bus", "rail", "market", "super", "school", "works", "clinic"],
    "cash": ["market", "market_bridge", "bank", "super", "village"],
    "jewelry": ["village", "market", "clinic", "super", "reservoir"],
    "electronics": ["school", "primary", "bus", "rail", "super", "village", "works"],
    "other": ["market", "clinic", "bus", "rail", "express", "village"],
}
DELAY = {"phone": (10, 2 * DAY), "wallet": (10, 3 * DAY), "id_doc": (30, 25 * DAY), "keys": (10, 3 * DAY),
         "ebike": (DAY, 25 * DAY), "bicycle": (360, 10 * DAY), "bag": (10, 2 * DAY), "cash": (5, DAY),
         "jewelry": (30, 7 * DAY), "electronics": (10, 3 * DAY), "other": (10, 5 * DAY)}

OWNER_STYLES = (["long"] * 6 + ["plain"] * 30 + ["chatty"] * 12 + ["voice"] * 8 + ["elder"] * 14 + ["migrant"] * 8 +
                ["student"] * 6 + ["short"] * 6 + ["trad"] * 3 + ["full"] * 3 + ["typo"] * 10)
FINDER_STYLES = ["officer"] * 42 + ["plain"] * 24 + ["shop"] * 10 + ["short"] * 8 + ["typo"] * 8 + \
    ["trad"] * 3 + ["full"] * 5


def pick_place(cat):
    pid = ch(LOSS_PLACES[cat])
    if pid == "village":
        pid = "v%d" % R.randrange(len(VILLAGES))
    if pid == "bus":
        pid = "busstn"
    if pid == "works":
        pid = ch(["park", "park", "site"])
    return pid


def near_place(pid, lo=0.3, hi=2.0):
    base = (PLACES[pid]["x"], PLACES[pid]["y"])
    c = [q for q in NEAR_PIDS if lo <= dist(base, (PLACES[q]["x"], PLACES[q]["y"])) <= hi
         and PLACES[q]["kind"] not in ("rail", "bus")]
    return ch(c) if c else pid


def loss_time(pid):
    for _ in range(100):
        day = -R.randint(0, 80) if p(0.7) else -R.randint(0, 20)
        if PLACES[pid]["kind"] == "market":
            if not is_market_day(day):
                continue
            tod = R.randint(6 * 60, 11 * 60 + 30)
        else:
            tod = R.randint(6 * 60, 21 * 60 + 30)
        m = NOW_TOD - (day * DAY + tod)
        if 120 <= m <= 82 * DAY:
            return m
    return R.randint(DAY, 30 * DAY)


def loss_window(m, cat):
    r = R.random()
    if cat == "ebike":
        a, b = R.randint(0, 720), R.randint(0, 60)
    elif r < 0.45:
        a, b = R.randint(0, 60), R.randint(0, 60)
    elif r < 0.8:
        a, b = R.randint(0, 240), R.randint(0, 240)
    elif r < 0.92:
        a, b = R.randint(0, 2 * DAY), R.randint(0, DAY)
    else:
        a, b = R.randint(DAY, 6 * DAY), R.randint(0, DAY)
    lf = min(MAX_MIN, m + a)
    lt = max(0, m - b)
    return lf, lt


def day_hours(at):
    """Move a found time that falls in the night to the next morning (still after the loss)."""
    tod = clock_of(at)[1]
    if tod >= 22 * 60:
        d = DAY - tod + R.randint(420, 540)
    elif tod < 6 * 60:
        d = R.randint(420, 540) - tod
    else:
        return at
    return at - d if at - d >= 0 else at


def logu(lo, hi):
    return int(math.exp(R.uniform(math.log(lo), math.log(hi))))


TRAINS = ["G7351次", "K1187次", "D3215次", "G1378次", "K8421次"]


def new_trip(pid):
    """The bus or train of one journey, shared by both sides of a true pair."""
    k = PLACES[pid]["kind"]
    if k == "bus":
        return ("bus",) + ch(BUS_ROUTES)
    if k == "rail":
        return ("rail", ch(TRAINS), R.randint(1, 16))
    return None


def owner_where(pid, cat, trip):
    """(text, exact place?, trip revealed or None)"""
    pl = PLACES[pid]
    if pl["kind"] == "bus" and p(0.6):
        _, a, b = trip
        return ch(["坐%s到%s的公交车上" % (a, b), "%s开往%s的班车上" % (a, b), "%s到%s的中巴上" % (a, b)]), False, trip
    if pl["kind"] == "rail" and p(0.6):
        _, tr, car = trip
        if p(0.5):
            return ch(["坐%s火车，%d号车厢" % (tr, car), "%s列车%d车厢里" % (tr, car)]), False, trip
        return ch(["从杭州坐火车回来，火车上", "火车站候车室", "往火车站方向的公交车上"]), False, None
    if p(0.12):
        return ch(["从家里到%s的路上" % place_text(pid, "owner"), "%s附近" % place_text(pid, "owner"),
                   "%s或者%s" % (place_text(pid, "owner"), place_text(near_place(pid), "owner"))]), False, None
    return place_text(pid, "owner"), True, None


def style_post(s, style):
    if style == "trad":
        return to_trad(s)
    if style == "full":
        return to_fullwidth(s)
    if style == "typo":
        return typo(s)
    return s


def build_lost(o, pid, lf, lt, style=None, must=(), trip=None):
    style = style or ch(OWNER_STYLES)
    if o.cat == "id_doc" and style == "student" and o.kind != "student":
        style = "plain"
    if style == "short" and o.cat == "cash":
        style = "plain"
    fields, rev, noun, det = render(o, "owner", style, must)
    trip = trip or new_trip(pid)
    where, exact, said_trip = owner_where(pid, o.cat, trip)
    if said_trip:
        rev["trip"] = said_trip
    when = lost_time_phrase(lf, lt, style, PLACES[pid]["kind"] == "market")
    vil = PLACES["v%d" % R.randrange(len(VILLAGES))]["name"]
    body = owner_body(style, noun, det, when, where, PLACES[pid]["kind"], vil)
    body = style_post(body, style)
    it = {"category": o.cat, "body": body}
    for k in ("color", "brand", "model", "serial", "marks"):
        if k in fields:
            it[k] = style_post(fields[k], style) if style in ("trad", "full") else fields[k]
    pt = jitter_pt(pid)
    if exact and p(0.8):
        it["lat"], it["lon"] = latlon(pt)
    if style != "short" or p(0.6) or "lat" not in it:
        it["address"] = where
    it["lost_from_min"] = lf
    it["lost_to_min"] = lt
    return {"item": it, "rev": rev, "cat": o.cat, "from": lf, "to": lt, "pt": pt, "obj": o, "style": style}


def build_found(o, pid, at, style=None, must=(), ctx=None, trip=None):
    pk = PLACES[pid]["kind"]
    style = style or ch(FINDER_STYLES)
    if pk in ("bus", "rail") and p(0.7):
        style = "lpo"
    if style == "shop" and pk not in ("market", "town"):
        style = "officer"
    if style == "short" and (must or o.cat == "cash"):
        style = "officer"
    fields, rev, noun, det = render(o, "finder", style, must)
    where = place_text(pid, "finder")
    if style == "lpo":
        if pk == "rail":
            trip = trip or new_trip(pid)
            if p(0.6):
                ctx = "%s列车%d号车厢" % (trip[1], trip[2])
                rev["trip"] = trip
            else:
                ctx = ch(["候车室座椅下", "出站口"])
        else:
            trip = trip or new_trip(pid)
            _, a, b = trip
            if p(0.7):
                ctx = ch(["%s—%s公交车后排座位" % (a, b), "%s至%s班车行李架" % (a, b)])
                rev["trip"] = trip
            else:
                ctx = "候车厅座椅上"
    when = found_time_phrase(at)
    fpk = "ebike" if o.cat == "ebike" else pk
    body = finder_body(style, o.cat, noun, det, when, where, fpk, ctx)
    if o.cat == "ebike" and style != "short" and p(0.5):
        body += ch(["停放多日无人认领。", "疑似被盗后丢弃。", "村民反映停在路边好几天了。", "钥匙插在车上。", "无牌。" if "ser:plate" not in rev else ""])
    body = style_post(body, style)
    it = {"category": o.cat, "body": body}
    for k in ("color", "brand", "model", "serial", "marks"):
        if k in fields:
            it[k] = style_post(fields[k], style) if style in ("trad", "full") else fields[k]
    addr = where if style != "lpo" else PLACES["rail_lpo" if pk == "rail" else pid]["name"] + "（" + ctx + "）"
    pt = jitter_pt("rail_lpo" if (style == "lpo" and pk == "rail") else pid, 0.12)
    if p(0.67):
        it["lat"], it["lon"] = latlon(pt)
    if p(0.97) or "lat" not in it:
        it["address"] = addr
    it["found_at_min"] = at
    return {"item": it, "rev": rev, "cat": o.cat, "at": at, "pt": pt, "obj": o, "style": style}


def specific_overlap(L, F):
    return set(L["rev"]) & set(F["rev"]) - {"kind", "color", "case_color"}


LOST = []
FOUND = []


def ok_lost(L, truth=None):
    return all(f is truth or distinguishable(L, f) for f in FOUND)


def ok_found(F, truth_of=None):
    return all(l is truth_of or distinguishable(l, F) for l in LOST)


PLAN_TRUE = {"phone": 30, "wallet": 24, "id_doc": 24, "keys": 16, "bag": 14, "ebike": 10,
             "bicycle": 6, "cash": 6, "jewelry": 6, "electronics": 8, "other": 6}
PLAN_NEVER = {"phone": 12, "wallet": 10, "id_doc": 8, "keys": 6, "bag": 5, "ebike": 6,
              "bicycle": 2, "cash": 4, "jewelry": 3, "electronics": 2, "other": 2}


def gen_true(cat):
    for attempt in range(400):
        o = make_obj(cat)
        pid = pick_place(cat)
        m = loss_time(pid)
        lf, lt = loss_window(m, cat)
        lo, hi = DELAY[cat]
        at = m - logu(lo, hi)
        if at < 0:
            at = R.randint(0, max(0, m - 5))
        if cat == "ebike":
            fpid = near_place(pid, 1.0, 5.0)
        elif PLACES[pid]["kind"] in ("bus", "rail"):
            fpid = pid
        elif p(0.2):
            fpid = near_place(pid, 0.2, 1.2)
        else:
            fpid = pid
        trip = new_trip(pid)
        L = build_lost(o, pid, lf, lt, trip=trip)
        F = build_found(o, fpid, day_hours(at), trip=trip)
        if not consistent(L, F):
            continue
        short = L["style"] == "short" or F["style"] == "short"
        if short and (fpid != pid or m - at > 2 * DAY):
            continue
        if not short and not specific_overlap(L, F):
            continue
        if not ok_lost(L, F) or not ok_found(F, L):
            continue
        F["neg"] = None
        L["truth"] = F
        LOST.append(L)
        FOUND.append(F)
        return
    raise SystemExit("could not place a true pair of " + cat)


def gen_never(cat):
    for _ in range(400):
        o = make_obj(cat)
        pid = pick_place(cat)
        m = loss_time(pid)
        lf, lt = loss_window(m, cat)
        L = build_lost(o, pid, lf, lt)
        if ok_lost(L):
            L["truth"] = None
            LOST.append(L)
            return L
    raise SystemExit("could not place a never-found report of " + cat)


def similar_obj(o, keep_model):
    """A fresh object of the same kind, colour and brand as o."""
    for _ in range(300):
        t = make_obj(o.cat)
        if t.kind == o.kind:
            break
    t.color = o.color
    t.brand = o.brand
    if o.brand and o.brand in MODELS:
        t.model = o.model if keep_model else ch([k for k in MODELS[o.brand] if k != o.model] or [o.model])
    if o.case_color and p(0.5):
        t.case_color = o.case_color
    if "frame" in t.serials and t.cat == "ebike":
        pref = {"yadea": "YD", "aima": "AM", "tailg": "TL", "luyuan": "LY", "niu": "NU"}[t.brand]
        t.serials["frame"] = pref + t.serials["frame"][2:]
    return t


def gen_twin(L, label, kind="twin"):
    """A hard negative for lost report L.  kind: twin/decoy (near, after the loss, differs in
    something both say), before (near, found before the loss began), far (far and weeks apart)."""
    o = L["obj"]
    for _ in range(300):
        t = similar_obj(o, keep_model=p(0.6))
        pid0 = L.get("pid") or min(NEAR_PIDS, key=lambda q: dist(L["pt"], (PLACES[q]["x"], PLACES[q]["y"])))
        must = ()
        if kind in ("twin", "decoy"):
            tv = obj_values(t)
            keys = [k for k in L["rev"] if k in tv and k not in ("color", "case_color", "kind")
                    and k not in WEAK_KEYS and differ(k, L["rev"][k], tv[k])]
            if not keys:
                continue
            must = (ch(keys),)
            pid = pid0 if p(0.6) else near_place(pid0, 0.2, 1.5)
            at = L["from"] - R.randint(10, max(11, min(L["from"], 4 * DAY)))
            at = max(0, at)
        elif kind == "before":
            pid = pid0 if p(0.6) else near_place(pid0, 0.2, 1.5)
            at = L["from"] + R.randint(6 * 60, 10 * DAY)
            if at > MAX_MIN:
                continue
        else:  # far
            pid = ch(FAR_PIDS)
            if L["to"] > FAR_GAP + 2 * DAY and p(0.6):
                at = L["to"] - R.randint(FAR_GAP + DAY, min(L["to"], 45 * DAY))
            else:
                at = L["from"] + R.randint(FAR_GAP + DAY, 45 * DAY)
            if at > MAX_MIN or at < 0:
                continue
        F = build_found(t, pid, day_hours(at) if kind != "before" else at, must=must)
        if not ok_found(F):
            continue
        F["neg"] = label
        F["target"] = L
        FOUND.append(F)
        return F
    return None


def gen_unclaimed(cats=None):
    cats = cats or list(PLAN_TRUE)
    for _ in range(400):
        cat = ch(cats)
        o = make_obj(cat)
        pid = pick_place(cat)
        at = R.randint(30, 85 * DAY)
        F = build_found(o, pid, at)
        if ok_found(F):
            F["neg"] = "unclaimed"
            FOUND.append(F)
            return F
    raise SystemExit("no unclaimed item placed")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set5.json")
    order = [c for c, n in PLAN_TRUE.items() for _ in range(n)]
    R.shuffle(order)
    for c in order:
        gen_true(c)
    never_order = [c for c, n in PLAN_NEVER.items() for _ in range(n)]
    R.shuffle(never_order)
    never = [gen_never(c) for c in never_order]
    trues = [l for l in LOST if l["truth"] is not None]
    # decoys: tempting items for reports whose own object never turns up
    nd = 0
    for L in R.sample(never, len(never)):
        if gen_twin(L, "decoy", "decoy"):
            nd += 1
        if nd >= 26:
            break
    for L in R.sample(never, 6):
        gen_twin(L, "before", "before")
    # near twins, found-before and far same-brand items around true pairs
    nt = 0
    for L in R.sample(trues, len(trues)):
        if nt >= 45:
            break
        if gen_twin(L, "twin", "twin"):
            nt += 1
    for L in R.sample(trues, 22):
        gen_twin(L, "before", "before")
    for L in R.sample(trues + never, 20):
        gen_twin(L, "far", "far")
    for c in PLAN_TRUE:  # at least one unclaimed thing of every category
        gen_unclaimed([c])
    while len(FOUND) < N_TRUE + 150:
        gen_unclaimed()
    # keys in a shuffled order, so neither list's position says anything
    fl = FOUND[:]
    R.shuffle(fl)
    for i, F in enumerate(fl):
        F["key"] = "V-F%04d" % (i + 1)
    ll = LOST[:]
    R.shuffle(ll)
    for i, L in enumerate(ll):
        L["key"] = "V-L%04d" % (i + 1)
    found_out = []
    for F in fl:
        it = {"key": F["key"]}
        it.update(F["item"])
        if F["neg"]:
            it["negative"] = F["neg"]
        found_out.append(it)
    lost_out = []
    for L in ll:
        it = {"key": L["key"]}
        it.update(L["item"])
        it["truth"] = L["truth"]["key"] if L["truth"] else None
        lost_out.append(it)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set5.py",
           "parts": {"set5": {"found": found_out, "lost": lost_out}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    negs = {}
    for F in FOUND:
        negs[F["neg"] or "true"] = negs.get(F["neg"] or "true", 0) + 1
    if os.environ.get("LFSET5_DEBUG"):
        for F in FOUND:
            if F.get("target"):
                T = F["target"]
                sys.stderr.write("%s %s\n  L %s\n  F %s\n" % (F["neg"], F["key"], json.dumps(T["item"], ensure_ascii=False),
                                                              json.dumps(F["item"], ensure_ascii=False)))
    styles = {}
    for x in LOST:
        styles["lost:" + x["style"]] = styles.get("lost:" + x["style"], 0) + 1
    for x in FOUND:
        styles["found:" + x["style"]] = styles.get("found:" + x["style"], 0) + 1
    print("styles: " + ", ".join("%s %d" % kv for kv in sorted(styles.items())))
    print("wrote %s: %d found (%s), %d lost (%d with truth, %d never found)" % (
        out, len(found_out), ", ".join("%s %d" % kv for kv in sorted(negs.items())), len(lost_out),
        len(trues), len(never)))


if __name__ == "__main__":
    main()
