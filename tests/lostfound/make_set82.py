#!/usr/bin/env python3
"""Write tests/lostfound/set82.json, a blind labelled lost-and-found set.

World: 岑东站, a high-speed railway hub in the invented province 东澜省, and the new
town around it (岑东新城, city of 青岑) during the National Day Golden Week.  Every
person, place, model name and number is invented; brand names are the public
brands a desk would see written.  Each object is drawn once as a hidden truth
record.  The lost report and the found registration are then written from that
record separately, each in its own voice and knowing only what that person could
know: a finder sees what is visible or printed, an owner knows hidden things.

Standard library only, one random.Random(SEED), no set or hash order is ever
drawn from, so the output is identical on every run and under any PYTHONHASHSEED.
"""
import datetime
import json
import os
import random
import sys

SEED = 8282
PFX = "S82"
PART = "set82"
N_PAIRS = 150
N_NULL = 90
N_NEG = 120
R = random.Random(SEED)
# minute 0 = the moment of registration; the Golden Week runs 10月1日 .. 10月8日
T0 = datetime.datetime(2025, 10, 8, 20, 0)
MAX_MIN = 172800


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def sample(seq, k):
    k = max(0, min(k, len(seq)))
    return R.sample(list(seq), k)


# ---------------------------------------------------------------- numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


REGIONS = ["330102", "330521", "320585", "340104", "310115", "110105", "440304",
           "510107", "420106", "370202", "350203", "410105", "130102", "360102",
           "430104", "210203", "610113", "500103", "520102", "230103", "330783",
           "321282", "341502", "330424"]


def make_idno(year=None, male=None, region=None):
    region = region or pick(REGIONS)
    year = year or R.randint(1948, 2007)
    d = datetime.date(year, 1, 1) + datetime.timedelta(days=R.randrange(365))
    if male is None:
        male = chance(0.5)
    sexd = pick([1, 3, 5, 7, 9]) if male else pick([0, 2, 4, 6, 8])
    s17 = "%s%s%02d%d" % (region, d.strftime("%Y%m%d"), R.randint(0, 99), sexd)
    return s17 + id_check(s17)


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


def luhn_ok(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def make_imei():
    body = "86" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def alnum(n):
    return "".join(pick(ALNUM) for _ in range(n))


# ---------------------------------------------------------------- names
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭"
                "吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江"
                "史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建文斌宇浩凯晨轩"
             "子涵梓萱欣怡思雨佳琪博睿俊豪一诺梦瑶雅婷海燕志远立新春梅晓东国庆振华慧琳若曦")
USED_NAMES = []


def make_name(unique=True):
    for _ in range(200):
        n = pick(SURNAMES) + "".join(pick(GIVEN) for _ in range(1 if chance(0.35) else 2))
        if not unique or n not in USED_NAMES:
            USED_NAMES.append(n)
            return n
    raise RuntimeError("names exhausted")


FIRST_EN = ["Lukas", "Amelia", "Kenji", "Sofia", "Marc", "Priya", "Tomas", "Ivana", "Daniel",
            "Hannah", "Oliver", "Chloe", "Mateo", "Leila", "Jonas", "Aiko", "Samuel", "Nadia",
            "Ethan", "Greta", "Rafael", "Yasmin", "Felix", "Ingrid"]
LAST_EN = ["Brenner", "Costa", "Morimoto", "Lindqvist", "Duval", "Raman", "Ruzicka", "Petrova",
           "Okafor", "Weissmann", "Hartley", "Moreau", "Alvarado", "Haddad", "Falk", "Tanabe",
           "Whitlock", "Kovacs", "Brandt", "Sorensen", "Quintero", "Nakashima", "Delacroix", "Ferreira"]
COUNTRIES = [("Germany", "德国"), ("Brazil", "巴西"), ("Japan", "日本"), ("Sweden", "瑞典"),
             ("France", "法国"), ("India", "印度"), ("Czech Republic", "捷克"), ("Bulgaria", "保加利亚"),
             ("Nigeria", "尼日利亚"), ("Austria", "奥地利"), ("UK", "英国"), ("Canada", "加拿大"),
             ("Spain", "西班牙"), ("Lebanon", "黎巴嫩"), ("Norway", "挪威"), ("Hungary", "匈牙利")]


def make_en_name():
    for _ in range(200):
        n = pick(FIRST_EN) + " " + pick(LAST_EN)
        if n not in USED_NAMES:
            USED_NAMES.append(n)
            return n
    raise RuntimeError("names exhausted")


# ---------------------------------------------------------------- time words
CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def dt_of(m):
    return T0 - datetime.timedelta(minutes=m)


def day_part(h):
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


def h12(h):
    x = h % 12
    return 12 if x == 0 else x


def zh_date(dt, style=None):
    style = style or pick(["md", "md", "mh", "d", "dot", "gw"])
    if style == "md":
        return "%d月%d日" % (dt.month, dt.day)
    if style == "mh":
        return "%d月%d号" % (dt.month, dt.day)
    if style == "d":
        return "%d号" % dt.day
    if style == "dot":
        return "%d.%d" % (dt.month, dt.day)
    if dt.month == 10 and 1 <= dt.day <= 8:
        return "国庆第%s天" % "一二三四五六七八"[dt.day - 1]
    return "%d月%d日" % (dt.month, dt.day)


def zh_clock(dt, style=None):
    style = style or pick(["exact", "approx", "more", "half", "hhmm"])
    h, mi = dt.hour, dt.minute
    p = day_part(h)
    if style == "hhmm":
        return "%02d:%02d" % (h, mi)
    if style == "exact":
        return "%s%d点%d分" % (p, h12(h), mi) if mi else "%s%d点" % (p, h12(h))
    if style == "more" and mi >= 5:
        return "%s%s点多" % (p, CN_NUM[h12(h)])
    if style == "half" and 20 <= mi <= 40:
        return "%s%d点半左右" % (p, h12(h))
    hh = h12(h + 1 if mi >= 45 else h)
    return "%s%d点左右" % (day_part(h + 1 if mi >= 45 else h), hh)


def join_dt(d, c):
    return d + " " + c if d[-1].isdigit() and c[0].isdigit() else d + c


def zh_when(m):
    dt = dt_of(m)
    return join_dt(zh_date(dt), zh_clock(dt))


def en_when(m):
    dt = dt_of(m)
    ap = "am" if dt.hour < 12 else "pm"
    return "Oct %d around %d:%02d %s" % (dt.day, h12(dt.hour), dt.minute - dt.minute % 5, ap) \
        if dt.month == 10 else "%s around %d %s" % (dt.strftime("%b %d"), h12(dt.hour), ap)


def py_when(m):
    dt = dt_of(m)
    return "%d yue %d hao %d dian" % (dt.month, dt.day, dt.hour)


def owner_window(m_from, m_to):
    a, b = dt_of(m_from), dt_of(m_to)
    if a.date() == b.date():
        d = zh_date(a)
        s = pick(["range", "range", "noticed", "part"])
        if s == "part" and day_part(a.hour) == day_part(b.hour):
            return d + day_part(a.hour)
        if s == "noticed":
            return "%s还在，%s发现不见了" % (join_dt(d, zh_clock(a)), zh_clock(b))
        return "%s到%s之间" % (join_dt(d, zh_clock(a)), zh_clock(b))
    if (a.date() - b.date()).days <= 1 and chance(0.5):
        return "%s%s到%s%s之间" % (zh_date(a), day_part(a.hour), zh_date(b, "d"), day_part(b.hour))
    return "%s最后一次看到，%s才发现没了" % (join_dt(zh_date(a), zh_clock(a)), join_dt(zh_date(b), zh_clock(b)))


def en_window(m_from, m_to):
    return "between %s and %s" % (en_when(m_from), en_when(m_to))


TYPOS = [("身份证", "身分证"), ("钱包", "钱抱"), ("候车厅", "侯车厅"), ("候车室", "侯车室"),
         ("联系", "连系"), ("行李箱", "行礼箱"), ("背包", "被包"), ("充电宝", "充电包"),
         ("钥匙", "钥是"), ("酒店", "洒店"), ("出租车", "出祖车"), ("耳机", "耳几"),
         ("检票口", "检票囗"), ("谢谢", "xiexie"), ("丢了", "丢le"), ("地铁", "地帖"),
         ("手机", "手几"), ("麻烦", "麻凡"), ("电脑", "电恼"), ("黑色", "黒色"),
         ("找到", "找道"), ("里面", "里边"), ("捡到", "检到"), ("的", "得")]


def typo(text, n=1):
    hits = [p for p in TYPOS if p[0] in text]
    for a, b in sample(hits, n):
        text = text.replace(a, b, 1)
    return text


# ---------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "曜石黑", "纯黑色"], ["black", "matte black"], "hei se"),
    "white": (["白色", "白", "米白色", "珍珠白", "奶白色"], ["white", "off-white"], "bai se"),
    "grey": (["灰色", "深空灰", "浅灰色", "烟灰色"], ["grey", "gray", "space grey"], "hui se"),
    "silver": (["银色", "银白色", "亮银色"], ["silver"], "yin se"),
    "blue": (["蓝色", "深蓝色", "藏青色", "宝石蓝", "天蓝色"], ["blue", "navy blue"], "lan se"),
    "red": (["红色", "酒红色", "大红色", "枣红色"], ["red", "burgundy"], "hong se"),
    "pink": (["粉色", "樱花粉", "浅粉色", "粉红色"], ["pink", "light pink"], "fen se"),
    "green": (["绿色", "墨绿色", "军绿色", "薄荷绿"], ["green", "olive green"], "lv se"),
    "gold": (["金色", "香槟金", "土豪金"], ["gold", "champagne gold"], "jin se"),
    "brown": (["棕色", "咖啡色", "驼色", "褐色"], ["brown", "tan"], "zong se"),
    "purple": (["紫色", "浅紫色", "薰衣草紫"], ["purple", "lavender"], "zi se"),
    "yellow": (["黄色", "鹅黄色", "明黄色"], ["yellow"], "huang se"),
    "orange": (["橙色", "橘色", "橘黄色"], ["orange"], "cheng se"),
}
# colours that two honest people may give for one object
NEAR = {"black": ["grey", "blue"], "grey": ["silver", "black"], "silver": ["grey", "white"],
        "blue": ["black", "purple"], "white": ["silver"], "red": ["pink", "orange"],
        "pink": ["red", "purple"], "green": [], "gold": ["yellow", "brown"],
        "brown": ["gold"], "purple": ["pink", "blue"], "yellow": ["gold", "orange"],
        "orange": ["red", "yellow"]}


def color_far(a, b):
    return a != b and b not in NEAR[a] and a not in NEAR[b]


def color_zh(c):
    return pick(COLORS[c][0])


def color_en(c):
    return pick(COLORS[c][1])


# ---------------------------------------------------------------- brands
# key: (Chinese spellings, English spellings, pinyin, typos a hurried writer makes)
BRANDS = {
    "huawei": (["华为"], ["HUAWEI", "Huawei"], "huawei", ["华伟", "花为"]),
    "apple": (["苹果"], ["Apple", "iPhone", "APPLE"], "pingguo", ["平果", "苹菓"]),
    "xiaomi": (["小米"], ["Xiaomi", "MI", "xiaomi"], "xiaomi", ["晓米"]),
    "honor": (["荣耀"], ["HONOR", "Honor"], "rongyao", ["容耀", "荣曜"]),
    "oppo": (["欧珀"], ["OPPO", "oppo"], "oppo", ["0PPO"]),
    "vivo": (["维沃"], ["vivo", "VIVO"], "vivo", ["vivio"]),
    "samsung": (["三星"], ["Samsung", "SAMSUNG"], "sanxing", ["三新"]),
    "oneplus": (["一加"], ["OnePlus", "ONEPLUS"], "yijia", ["1加"]),
    "lenovo": (["联想"], ["Lenovo", "lenovo", "ThinkPad"], "lianxiang", ["连想"]),
    "dell": (["戴尔"], ["DELL", "Dell"], "daier", ["带尔"]),
    "hp": (["惠普"], ["HP", "hp"], "huipu", ["慧普"]),
    "sony": (["索尼"], ["SONY", "Sony"], "suoni", ["锁尼"]),
    "canon": (["佳能"], ["Canon", "CANON"], "jianeng", ["佳能能"]),
    "fujifilm": (["富士"], ["FUJIFILM", "Fuji"], "fushi", ["富仕"]),
    "dji": (["大疆"], ["DJI", "dji"], "dajiang", ["大将", "大疆疆"]),
    "anker": (["安克"], ["Anker", "ANKER"], "anke", ["按克"]),
    "romoss": (["罗马仕"], ["ROMOSS", "Romoss"], "luomashi", ["罗马士"]),
    "baseus": (["倍思"], ["Baseus", "BASEUS"], "beisi", ["贝思"]),
    "amazon": (["亚马逊"], ["Kindle", "Amazon"], "yamaxun", ["亚马孙"]),
    "nintendo": (["任天堂"], ["Nintendo", "Switch"], "rentiantang", ["任天党"]),
    "iflytek": (["科大讯飞", "讯飞"], ["iFLYTEK"], "xunfei", ["迅飞"]),
    "samsonite": (["新秀丽"], ["Samsonite", "SAMSONITE"], "xinxiuli", ["新秀利", "新绣丽"]),
    "diplomat": (["外交官"], ["Diplomat", "DIPLOMAT"], "waijiaoguan", ["外交馆"]),
    "amtour": (["美旅"], ["American Tourister", "AT"], "meilv", ["美侣"]),
    "ninetyfun": (["90分"], ["90FUN", "90fen"], "jiushifen", ["九十分"]),
    "tnf": (["北面"], ["The North Face", "TNF", "NORTH FACE"], "beimian", ["北面面"]),
    "nike": (["耐克"], ["Nike", "NIKE"], "naike", ["奈克", "耐可"]),
    "adidas": (["阿迪达斯", "阿迪"], ["adidas", "Adidas"], "adidasi", ["阿迪大斯"]),
    "muji": (["无印良品"], ["MUJI"], "wuyinliangpin", ["无印良品品"]),
    "decathlon": (["迪卡侬"], ["Decathlon", "DECATHLON"], "dikanong", ["迪卡农"]),
    "coach": (["蔻驰"], ["COACH", "Coach"], "kouchi", ["寇驰", "蔻池"]),
    "mk": (["迈克高仕"], ["Michael Kors", "MK"], "maikegaoshi", ["麦克高仕"]),
    "ck": (["小CK"], ["Charles & Keith", "CHARLES&KEITH"], "xiao CK", ["小ck"]),
    "vw": (["大众"], ["Volkswagen", "VW"], "dazhong", ["大重"]),
    "toyota": (["丰田"], ["TOYOTA", "Toyota"], "fengtian", ["丰甜"]),
    "byd": (["比亚迪"], ["BYD"], "biyadi", ["比亚笛", "比亚的"]),
    "tesla": (["特斯拉"], ["Tesla", "TESLA"], "tesila", ["特斯啦"]),
    "bmw": (["宝马"], ["BMW"], "baoma", ["宝吗"]),
    "liauto": (["理想"], ["Li Auto", "LI"], "lixiang", ["里想"]),
    "nio": (["蔚来"], ["NIO", "nio"], "weilai", ["未来", "蔚莱"]),
    "geely": (["吉利"], ["Geely", "GEELY"], "jili", ["吉力"]),
    "honda": (["本田"], ["Honda", "HONDA"], "bentian", ["本天"]),
    "yadea": (["雅迪"], ["Yadea", "YADEA"], "yadi", ["雅笛"]),
    "aima": (["爱玛"], ["AIMA", "Aima"], "aima", ["爱马"]),
    "niu": (["小牛"], ["NIU", "niu"], "xiaoniu", ["小午"]),
    "tailg": (["台铃"], ["TAILG"], "tailing", ["台玲"]),
    "giant": (["捷安特"], ["GIANT", "Giant"], "jieante", ["捷安持", "杰安特"]),
    "merida": (["美利达"], ["MERIDA", "Merida"], "meilida", ["美丽达"]),
    "phoenix": (["凤凰"], ["Phoenix", "PHOENIX"], "fenghuang", ["凤皇"]),
    "goodbaby": (["好孩子"], ["goodbaby", "gb"], "haohaizi", ["好孩仔"]),
    "ctf": (["周大福"], ["Chow Tai Fook", "CTF"], "zhoudafu", ["周大幅", "周大副"]),
    "lfx": (["老凤祥"], ["LAO FENG XIANG"], "laofengxiang", ["老凤翔"]),
    "pandora": (["潘多拉"], ["PANDORA", "Pandora"], "panduola", ["潘朵拉"]),
    "swarovski": (["施华洛世奇"], ["Swarovski", "SWAROVSKI"], "shihualuoshiqi", ["施华洛"]),
    "casio": (["卡西欧"], ["CASIO", "Casio"], "kaxiou", ["卡西鸥"]),
    "tissot": (["天梭"], ["TISSOT", "Tissot"], "tiansuo", ["天唆"]),
    "paradise": (["天堂伞", "天堂"], ["Paradise"], "tiantang", ["天堂散"]),
    "beneunder": (["蕉下"], ["Beneunder", "BENEUNDER"], "jiaoxia", ["焦下"]),
    "thermos": (["膳魔师"], ["THERMOS", "Thermos"], "shanmoshi", ["善魔师"]),
    "zojirushi": (["象印"], ["ZOJIRUSHI", "Zojirushi"], "xiangyin", ["象印印"]),
    "rayban": (["雷朋"], ["Ray-Ban", "RayBan"], "leipeng", ["雷明"]),
    "uniqlo": (["优衣库"], ["UNIQLO", "Uniqlo"], "youyiku", ["优衣裤"]),
    "lego": (["乐高"], ["LEGO", "Lego"], "legao", ["乐搞"]),
    "bandai": (["万代"], ["BANDAI", "Bandai"], "wandai", ["万带"]),
}


def brand_text(b, mode=None, kind=None):
    zh, en, py, ty = BRANDS[b]
    if b == "apple" and kind != "phone":
        en = ["Apple", "APPLE", "apple"]
    mode = mode or wpick([("zh", 5), ("en", 3), ("typo", 1)])
    if mode == "zh":
        return pick(zh)
    if mode == "en":
        return pick(en)
    if mode == "py":
        return py
    if mode == "typo":
        return pick(ty)
    return pick(zh) + "（" + pick(en) + "）"


def model_variant(m):
    v = pick(["same", "same", "lower", "nospace", "upper"])
    if v == "lower":
        return m.lower()
    if v == "nospace":
        return m.replace(" ", "")
    if v == "upper":
        return m.upper()
    return m


# ---------------------------------------------------------------- places
# id: (zone, Chinese names, English name, pinyin, (lat, lon) or None)
PLACES = {
    # 岑东站 high-speed station
    "st_hall_a": ("station", ["岑东站二楼候车厅A区", "候车厅A区", "二楼A区候车室", "高铁站候车大厅A区座椅"],
                  "Cendong Station waiting hall A", "cendong zhan hou che ting A qu", (30.64215, 120.83470)),
    "st_hall_b": ("station", ["岑东站候车厅B区", "B区候车室", "候车大厅B区靠窗那排座位"],
                  "waiting hall B of Cendong Station", "hou che ting B qu", (30.64240, 120.83555)),
    "st_gate_a": ("station", ["A12检票口", "检票口A12", "A区12号检票口", "岑东站A12检票闸机"],
                  "ticket gate A12", "A12 jian piao kou", (30.64268, 120.83430)),
    "st_gate_b": ("station", ["B5检票口", "检票口B5", "B区5号检票口旁"],
                  "ticket gate B5", "B5 jian piao kou", (30.64275, 120.83590)),
    "st_security": ("station", ["北进站口安检处", "进站安检口（北）", "北广场进站口安检机"],
                    "north entrance security check", "bei jin zhan kou an jian", (30.64330, 120.83500)),
    "st_exit": ("station", ["南出站口", "出站口南侧", "地下出站通道"],
                "south exit of Cendong Station", "nan chu zhan kou", (30.64080, 120.83510)),
    "st_tickets": ("station", ["售票厅自助取票机", "东侧售票大厅", "岑东站售票厅"],
                   "ticket hall", "shou piao ting", (30.64150, 120.83620)),
    "st_food": ("station", ["二楼餐饮区", "候车厅里的面馆", "二楼快餐店座位"],
                "food court upstairs in the station", "er lou can yin qu", (30.64228, 120.83515)),
    "st_mother": ("station", ["A区母婴室", "候车厅母婴室", "A区洗手间旁边"],
                  "mother and baby room, hall A", "mu ying shi", (30.64200, 120.83440)),
    "st_platform": ("station", ["7站台", "7号站台", "站台（7/8道）"],
                    "platform 7", "7 hao zhan tai", (30.64180, 120.83490)),
    "st_desk": ("station", ["车站服务台", "岑东站失物招领处", "重点旅客服务台"],
                "station service desk", "fu wu tai", (30.64190, 120.83560)),
    "st_police": ("station", ["岑东站派出所", "车站警务室", "候车厅铁路警务室"],
                  "station police room", "pai chu suo", (30.64170, 120.83600)),
    # ranks
    "rank_south": ("taxi", ["南广场出租车上客区", "出租车候车区（南广场）", "南广场打车点"],
                   "south square taxi rank", "nan guang chang da che dian", (30.64010, 120.83480)),
    "rank_p2": ("taxi", ["P2停车场网约车上车点", "网约车接客区P2", "P2停车场"],
                "ride-hailing pickup at car park P2", "P2 wang yue che", (30.64390, 120.83700)),
    # metro line 3
    "mt_cendong": ("metro", ["地铁3号线岑东站站", "地铁岑东站站厅", "高铁站下面的地铁站"],
                   "Metro Line 3, Cendong Station stop", "di tie cendong zhan", (30.64160, 120.83420)),
    "mt_xinghui": ("metro", ["地铁星汇广场站", "3号线星汇广场站", "星汇广场地铁站B口"],
                   "Xinghui Plaza metro stop", "xinghui guang chang di tie zhan", (30.64010, 120.84680)),
    "mt_expo": ("metro", ["地铁会展中心站", "会展中心站2号口", "3号线会展中心站"],
                "Expo Centre metro stop", "hui zhan zhong xin zhan", (30.65590, 120.85980)),
    "mt_park": ("metro", ["地铁滨江公园站", "滨江公园站A口", "3号线滨江公园站"],
                "Riverside Park metro stop", "bin jiang gong yuan zhan", (30.62170, 120.83980)),
    "mt_centre": ("metro", ["新城中心站", "地铁新城中心站换乘通道", "3号线新城中心站"],
                  "New Town Centre metro stop", "xin cheng zhong xin zhan", (30.64990, 120.82480)),
    "mt_north": ("metro", ["青岑北站（3号线终点）", "地铁青岑北站", "3号线终点站青岑北"],
                 "Qingcen North, end of Line 3", "qingcen bei zhan", (30.70980, 120.79020)),
    # 星汇天地 mall
    "ml_b1": ("mall", ["星汇天地B1美食广场", "商场负一楼美食街", "星汇天地负一层"],
              "Xinghui Mall B1 food court", "xinghui tian di fu yi lou", (30.64030, 120.84790)),
    "ml_kids": ("mall", ["星汇天地4楼儿童乐园", "商场四楼淘气堡", "星汇天地四层儿童区"],
                "kids playground, 4F Xinghui Mall", "xinghui si lou er tong le yuan", (30.64050, 120.84820)),
    "ml_cinema": ("mall", ["星汇天地5楼影城", "商场顶楼电影院", "星汇影城3号厅"],
                  "cinema on 5F of Xinghui Mall", "xinghui ying cheng", (30.64060, 120.84760)),
    "ml_wc": ("mall", ["星汇天地2楼洗手间", "商场二楼卫生间", "星汇天地二楼女厕"],
              "2F restroom, Xinghui Mall", "shang chang er lou wei sheng jian", (30.64040, 120.84840)),
    "ml_desk": ("mall", ["星汇天地1楼服务台", "商场总服务台"],
                "Xinghui Mall service desk", "shang chang fu wu tai", (30.64020, 120.84800)),
    "ml_park": ("mall", ["星汇天地地下停车场B2", "商场B2停车场", "星汇天地B2车库电梯口"],
                "Xinghui Mall car park B2", "shang chang ting che chang", (30.64000, 120.84730)),
    # hotels
    "ht_fq": ("hotel", ["岑东枫桥酒店大堂", "枫桥酒店", "岑东枫桥酒店前台"],
              "Fengqiao Hotel, Cendong", "fengqiao jiu dian", (30.63950, 120.83850)),
    "ht_yq": ("hotel", ["云栖商旅酒店（站前店）", "云栖酒店前台", "站前云栖商旅酒店"],
              "Yunqi Business Hotel by the station", "yunqi jiu dian", (30.64420, 120.83000)),
    "ht_lj": ("hotel", ["澜江国际大酒店", "澜江国际大酒店早餐厅", "澜江大酒店大堂吧"],
              "Lanjiang International Hotel", "lanjiang da jiu dian", (30.62300, 120.84590)),
    # 岑东国际会展中心, car show
    "ex_h1": ("expo", ["会展中心1号馆", "车展1号馆", "1号馆新能源展区"],
              "Hall 1 of the car show", "che zhan 1 hao guan", (30.65800, 120.86180)),
    "ex_h3": ("expo", ["会展中心3号馆", "车展3号馆星驰展台", "3号馆豪华品牌区"],
              "Hall 3 of the car show", "che zhan 3 hao guan", (30.65870, 120.86330)),
    "ex_reg": ("expo", ["会展中心南登录厅", "车展南入口检票处", "南登录大厅"],
               "south entrance hall of the expo centre", "nan deng lu ting", (30.65700, 120.86200)),
    "ex_park": ("expo", ["会展中心P3停车场", "车展停车场P3", "会展中心东侧停车场"],
                "car park P3 at the expo centre", "hui zhan P3 ting che chang", (30.65950, 120.86500)),
    "ex_desk": ("expo", ["会展中心服务中心", "车展组委会服务台"],
                "expo service centre", "hui zhan fu wu zhong xin", (30.65760, 120.86260)),
    # 澜江滨江公园, lantern festival
    "pk_bridge": ("park", ["滨江公园九曲桥", "灯会九曲桥", "九曲桥边上"],
                  "Nine-Bend Bridge, Riverside Park", "jiu qu qiao", (30.62060, 120.84230)),
    "pk_valley": ("park", ["灯会灯谷", "滨江公园灯谷展区", "花灯长廊"],
                  "lantern valley at the festival", "deng gu", (30.61990, 120.84380)),
    "pk_pier": ("park", ["滨江公园游船码头", "游船码头", "江边游船码头排队处"],
                "boat pier, Riverside Park", "you chuan ma tou", (30.61900, 120.84560)),
    "pk_market": ("park", ["灯会美食市集", "滨江公园美食摊位区", "灯会小吃街"],
                  "food market at the lantern festival", "mei shi shi ji", (30.62120, 120.84460)),
    "pk_gate": ("park", ["滨江公园北门", "公园北门入口", "灯会北门检票口"],
                "north gate of Riverside Park", "bei men", (30.62240, 120.84250)),
    "pk_office": ("park", ["滨江公园管理处", "灯会服务站"],
                  "park office", "gong yuan guan li chu", (30.62180, 120.84320)),
    # new-town streets
    "sr_bus": ("street", ["站前路公交站", "岑东站公交枢纽", "公交枢纽5号站台"],
               "bus hub at the station", "gong jiao shu niu", (30.63980, 120.83300)),
    "sr_cafe": ("street", ["站前路一家咖啡店", "新城大道咖啡馆", "站前路拐角咖啡店"],
                "a cafe on Zhanqian Road", "ka fei dian", (30.63900, 120.83700)),
    "sr_shop": ("street", ["新城大道便利店", "酒店楼下便利店", "站前路24小时便利店"],
                "convenience store on Xincheng Avenue", "bian li dian", (30.63870, 120.83950)),
    "sr_bikes": ("street", ["地铁岑东站C口非机动车停放点", "C口电动车停车棚", "站前非机动车停车场"],
                 "bike parking at metro exit C", "C kou fei ji dong che", (30.64100, 120.83300)),
    "sr_plaza": ("street", ["新城市民广场", "市民中心广场", "新城市民中心喷泉边"],
                 "New Town civic square", "shi min guang chang", (30.64900, 120.82700)),
    # far away (train termini, old town, airport)
    "fr_yuanping": ("far", ["沅平南站", "沅平南站失物招领处", "沅平南站到达层"],
                    "Yuanping South Station", "yuanping nan zhan", (28.11200, 113.01500)),
    "fr_zhaoxi": ("far", ["昭溪站", "昭溪站客运值班室", "昭溪站出站口"],
                  "Zhaoxi Station", "zhaoxi zhan", (31.87200, 117.30800)),
    "fr_tingjiang": ("far", ["汀江北站", "汀江北站服务台"],
                     "Tingjiang North Station", "tingjiang bei zhan", (26.08700, 119.31100)),
    "fr_oldtown": ("far", ["青岑老城人民路", "老城区鼓楼附近", "青岑老城汽车站"],
                   "old town of Qingcen", "qingcen lao cheng", (30.74200, 120.75800)),
    "fr_airport": ("far", ["青岑机场T2航站楼", "机场T2出发层", "青岑机场到达厅"],
                   "Qingcen airport T2", "qingcen ji chang", (30.80100, 120.70100)),
    "fr_campus": ("far", ["东澜理工大学西门", "东澜理工大学图书馆", "大学城东澜理工"],
                  "Donglan University of Technology", "donglan li gong da xue", (30.69800, 120.80200)),
}
TERMINI = ["fr_yuanping", "fr_zhaoxi", "fr_tingjiang"]
TRAINS = ["G7361", "G7382", "G1295", "G2104", "G7417", "D3156", "G7530", "G1873", "G2266", "D3309"]
ZONES = ["station", "train", "taxi", "metro", "mall", "hotel", "expo", "park", "street"]
FOUND_NEAR = {  # where a thing lost in one zone tends to turn up
    "station": [("station", 8), ("metro", 1), ("taxi", 1)],
    "train": [("far", 5), ("station", 3)],
    "taxi": [("taxi", 3), ("station", 2), ("street", 2), ("hotel", 1), ("expo", 1)],
    "metro": [("metro", 8), ("station", 1)],
    "mall": [("mall", 9), ("metro", 1)],
    "hotel": [("hotel", 8), ("street", 1)],
    "expo": [("expo", 8), ("metro", 1)],
    "park": [("park", 8), ("metro", 1)],
    "street": [("street", 6), ("station", 2), ("metro", 1)],
}


def zone_places(zone, finder_side=False):
    out = [k for k, v in PLACES.items() if v[0] == zone]
    if zone == "far":
        out = [k for k in out if k not in TERMINI] if not finder_side else out
    if not finder_side:
        out = [k for k in out if k not in ("st_desk", "st_police", "ml_desk", "ex_desk", "pk_office")]
    return out


def jitter(ll, r=0.00035):
    return (round(ll[0] + R.uniform(-r, r), 6), round(ll[1] + R.uniform(-r, r), 6))


# ---------------------------------------------------------------- facts
# A fact is one thing about the object.  slot/val say what it is (two objects
# with different vals in one slot are different objects); o = how an owner
# writes it, f = how a finder or the desk writes it, e = English.  vis: a finder
# can see it; own: the owner knows it.
def F(slot, val, o, f, e, vis=True, own=True):
    return {"slot": slot, "val": val, "o": o if isinstance(o, list) else [o],
            "f": f if isinstance(f, list) else [f], "e": e, "vis": vis, "own": own}


def opts(slot, rows, vis=True, own=True):
    def fn(obj):
        val, o, f, e = pick(rows)
        return F(slot, val, o, f, e, vis, own)
    return fn


def name_fact(obj):
    n = obj["owner"]
    if obj.get("foreign"):
        return F("name", n, ["名字是%s" % n, "英文名%s" % n], ["姓名：%s" % n, "持有人%s" % n.upper()],
                 "name %s" % n)
    return F("name", n, ["名字是%s" % n, "姓名%s" % n, "%s的" % n],
             ["姓名：%s" % n, "证件姓名%s" % n, "持证人%s" % n], "name %s" % n)


BANKS = ["工商银行", "建设银行", "招商银行", "农业银行", "东澜农商银行", "青岑银行", "交通银行", "邮储银行"]


def amount_fact(obj, lo=80, hi=3000, slot="cash"):
    a = R.randint(lo, hi)
    if a > 300:
        a = a - a % 10 + pick([0, 0, 5])
    rough = max(50, int(round(a / 100.0)) * 100) if a >= 150 else a - a % 10
    o = ["大概%d块钱现金" % rough, "现金%d左右" % rough, "有%d多块钱" % (a - a % 100 if a >= 200 else rough),
         "里面有%d元现金" % a]
    f = ["现金%d元" % a, "内有人民币%d元" % a, "现金共计%d元" % a]
    return F(slot, a, o, f, "about %d yuan in cash" % rough)


def tag_fact(obj):
    n = obj["owner"]
    tail = digits(4)
    pre = pick(["138", "139", "137", "150", "152", "158", "177", "186", "189", "199"])
    if obj.get("foreign"):
        return F("tag", n + "|" + tail, ["luggage tag: %s, +86 %s****%s" % (n, pre, tail)],
                 ["行李牌写有%s，电话%s****%s" % (n.upper(), pre, tail), "行李吊牌：%s %s****%s" % (n, pre, tail)],
                 "luggage tag with %s, phone ending %s" % (n, tail))
    return F("tag", n + "|" + tail,
             ["行李牌上写着%s，电话%s****%s" % (n, pre, tail), "挂了行李牌，名字%s，手机尾号%s" % (n, tail)],
             ["箱上行李牌写有“%s %s****%s”" % (n, pre, tail), "行李吊牌：姓名%s，电话尾号%s" % (n, tail)],
             "luggage tag %s, phone ending %s" % (n, tail))


def engraving_fact(slot="engrave", where_o="内圈", where_f="内侧"):
    def fn(obj):
        a, b = pick("LWZCHYJMXQ"), pick("LWZCHYJMXQ")
        y = R.randint(2008, 2024)
        t = pick(["%s&%s %d" % (a, b, y), "%s♥%s" % (a, b), "平安喜乐", "%s %d.%d.%d" % (a, y, R.randint(1, 12), R.randint(1, 28))])
        return F(slot, t, ["%s刻着“%s”" % (where_o, t), "%s有刻字%s" % (where_o, t)],
                 ["%s刻有“%s”字样" % (where_f, t), "%s刻字：%s" % (where_f, t)], "engraved '%s'" % t)
    return fn


ID_SLEEVE = opts("sleeve", [
    ("blue", ["装在一个蓝色卡套里", "套着蓝色卡套"], ["外有蓝色卡套", "装于蓝色塑料卡套内"], "in a blue card sleeve"),
    ("clear", ["套着透明卡套"], ["透明卡套"], "in a clear sleeve"),
    ("bus", ["和一张公交卡套在一起", "跟地铁卡放在一个卡套里"], ["与交通卡同装一卡套内", "卡套内另有公交卡一张"],
     "together with a transit card"),
    ("lanyard", ["卡套带挂绳，绿色的绳子"], ["带绿色挂绳的卡套"], "sleeve on a green lanyard"),
    ("bare", ["就一张卡，没有套"], ["无卡套"], "bare card")])
PHONE_CASE = opts("case", [
    ("clear_bear", ["透明手机壳，背面贴了个小熊贴纸", "透明壳，后面有小熊贴纸"], ["透明保护壳，背面有小熊贴纸", "透明壳背贴卡通熊"],
     "clear case with a little bear sticker"),
    ("black_soft", ["黑色硅胶壳", "套了个黑色软壳"], ["黑色硅胶保护套", "黑色软壳"], "black silicone case"),
    ("flip", ["棕色翻盖皮套", "翻盖皮套，咖啡色的"], ["带棕色翻盖皮套", "翻盖式皮质保护套（棕色）"], "brown leather flip cover"),
    ("glitter", ["粉色亮片手机壳", "壳是粉色带亮片的"], ["粉色闪粉手机壳", "亮片粉色外壳"], "pink glitter case"),
    ("cat", ["壳上印着一只橘猫", "橘猫图案的手机壳"], ["手机壳印有橘猫图案", "橘色猫咪图案外壳"], "case printed with a ginger cat"),
    ("wave", ["蓝色海浪图案的壳"], ["蓝色浪花图案保护壳"], "case with a blue wave print"),
    ("none", ["没戴壳，裸机"], ["无保护壳"], "no case"),
    ("rugged", ["军绿色防摔壳，四个角很厚"], ["军绿色加厚防摔壳"], "olive rugged case")])
PHONE_CRACK = opts("crack", [
    ("tr", ["屏幕右上角摔裂了", "右上角屏幕有裂纹"], ["屏幕右上角碎裂", "右上角有裂痕"], "cracked top right corner"),
    ("web", ["屏幕中间碎成蜘蛛网了"], ["屏幕中部蛛网状碎裂"], "spider-web crack across the screen"),
    ("back", ["后盖摄像头旁边有道裂"], ["背板摄像头旁有裂纹"], "crack on the back by the camera"),
    ("film", ["贴的膜左下角起泡了"], ["屏幕膜左下角有气泡"], "screen protector bubbled at bottom left")])
PHONE_LOCK = opts("lock", [
    ("corgi", ["锁屏是我家柯基的照片", "锁屏壁纸是只柯基"], ["按亮后锁屏是一只柯基犬", "锁屏图片为柯基犬"], "lock screen shows our corgi"),
    ("girl", ["锁屏是我女儿的照片", "锁屏是小女孩照片，我女儿"], ["锁屏为一小女孩照片", "屏保是个小女孩"],
     "lock screen is a photo of my daughter"),
    ("couple", ["锁屏是我和老婆的合照", "锁屏是我们俩合影"], ["锁屏为一男一女合影"], "lock screen is me and my wife"),
    ("lake", ["锁屏是湖边风景照"], ["锁屏为湖景图片"], "lake view lock screen"),
    ("sponge", ["锁屏是海绵宝宝"], ["锁屏为海绵宝宝卡通图"], "SpongeBob lock screen"),
    ("grandson", ["锁屏是我孙子的照片"], ["锁屏是一个小男孩照片"], "lock screen is my grandson")])
PHONE_EXTRA = opts("extra", [
    ("ring", ["背面有个指环扣", "后面粘了个指环支架"], ["背面带指环支架", "有金属指环扣"], "ring holder on the back"),
    ("lanyard", ["挂着红色挂绳", "手机上拴着根红绳子"], ["挂红色手机挂绳", "带红色挂绳"], "red lanyard"),
    ("buscard", ["壳里夹了一张公交卡", "手机壳里面塞着一张地铁卡"], ["壳内夹交通卡一张", "保护壳内有一张公交卡"],
     "a transit card tucked in the case"),
    ("receipt", ["壳里夹着一张火车票报销凭证"], ["手机壳内夹有火车票报销凭证一张"], "a train ticket receipt in the case"),
    ("panda", ["挂着个熊猫小挂件"], ["带熊猫挂件"], "small panda charm")])


def phone_hidden(obj):
    t = digits(4)
    return F("number", t, ["手机号尾号%s" % t, "号码最后四位%s" % t], [], "number ends in %s" % t, vis=False)


def wallet_cards(obj):
    b = pick(BANKS)
    return F("cards", b, ["还有一张%s的卡" % b, "里面有%s银行卡" % b.replace("银行", "")],
             ["另有%s卡一张" % b, "%s银行卡1张" % b.replace("银行", "")], "a %s card" % b)


def id_inside(obj):
    n = obj["owner"]
    return F("idin", n, ["身份证也在里面，%s" % n, "里面有我的身份证（%s）" % n],
             ["内有身份证一张，姓名%s" % n, "夹层有%s的身份证" % n], "my ID card (%s) is inside" % n)


WALLET_STYLE = opts("style", [
    ("long", ["长款拉链的", "长款的"], ["长款拉链式", "长款"], "long zip-around"),
    ("bifold", ["短款对折的", "对折短款"], ["短款对折", "短款"], "short bifold"),
    ("tri", ["三折的小钱包"], ["三折式"], "small trifold")])
WALLET_MISC = opts("misc", [
    ("family", ["夹层里有一张全家福", "有张全家福照片"], ["夹层内有全家福照片一张", "内夹一张家庭合影"], "a family photo inside"),
    ("member", ["有星汇天地的会员卡"], ["星汇天地会员卡1张"], "a Xinghui Mall member card"),
    ("lottery", ["夹着几张彩票"], ["内有彩票数张"], "some lottery tickets"),
    ("coupon", ["有几张车展的优惠券"], ["车展优惠券若干"], "car show coupons"),
    ("charm", ["拉链上挂着一个小铃铛"], ["拉链头挂小铃铛"], "a little bell on the zip")])
KEY_PENDANT = opts("pendant", [
    ("tiger", ["挂着一个小老虎挂件", "钥匙扣是个小老虎"], ["钥匙扣为小老虎公仔", "挂老虎挂件"], "a little tiger charm"),
    ("amulet", ["挂了个红色平安符", "有个平安符"], ["挂红色平安符", "带平安符挂件"], "a red good-luck charm"),
    ("leather", ["套着棕色皮质钥匙套"], ["外有棕色皮质钥匙包"], "in a brown leather key cover"),
    ("opener", ["钥匙圈上有个开瓶器"], ["钥匙圈带开瓶器"], "bottle opener on the ring"),
    ("bear", ["挂着个粉色小熊"], ["粉色小熊挂件"], "pink teddy charm"),
    ("carabiner", ["用一个蓝色登山扣扣着"], ["蓝色登山扣"], "blue carabiner")])
KEY_FOB = opts("fob", [
    ("blue", ["还有一个蓝色门禁卡", "串着蓝色门禁扣"], ["另有蓝色门禁扣一个", "带蓝色门禁卡"], "a blue door fob"),
    ("red", ["有个红色的门禁", "红色门禁扣"], ["红色门禁扣一个"], "a red door fob"),
    ("yellow", ["黄色门禁卡"], ["黄色门禁扣"], "a yellow door fob"),
    ("none", ["没有门禁卡"], ["无门禁卡"], "no fob")])


def key_count(obj):
    n = R.randint(2, 6)
    return F("count", n, ["一共%s把钥匙" % CN_NUM[n], "大概%d把钥匙" % n], ["共%d把钥匙" % n, "钥匙%d把" % n],
             "%d keys" % n)


def room_sleeve(obj):
    h = obj["hotel"]
    room = "%d%02d" % (R.randint(3, 21), R.randint(1, 40))
    return F("room", room, ["房间号%s" % room, "住的%s房" % room], ["房卡纸套上写有房号%s" % room, "纸套手写%s" % room],
             "room %s" % room)


SUITCASE_SIZE = opts("size", [
    ("20", ["20寸", "20寸登机箱"], ["20寸", "小号（约20寸）"], "20-inch"),
    ("24", ["24寸"], ["24寸", "中号约24寸"], "24-inch"),
    ("28", ["28寸大箱子", "28寸"], ["28寸", "大号约28寸"], "28-inch")])
SUITCASE_MARK = opts("smark", [
    ("stickers", ["箱子上贴满了旅游贴纸", "贴了很多城市贴纸"], ["箱体贴有多张旅游贴纸", "贴满贴纸"], "covered in travel stickers"),
    ("strap", ["绑着一根彩虹色打包带", "有条彩虹打包带"], ["捆彩虹色打包带", "箱外绑彩色打包带"], "rainbow luggage strap"),
    ("scratch", ["正面有一道很长的划痕"], ["正面有明显长划痕"], "a long scratch on the front"),
    ("wheel", ["有一个轮子坏了", "一个万向轮卡住了"], ["一只轮子损坏", "有一轮不转"], "one broken wheel"),
    ("ribbon", ["拉杆上系着红丝带", "拉杆上绑了根红布条"], ["拉杆系红色丝带", "拉杆绑红布条"], "red ribbon on the handle")])
SUITCASE_IN = opts("contents", [
    ("clothes_tea", ["里面主要是衣服，还有两盒给爸妈带的茶叶"], ["内有衣物及茶叶两盒"], "clothes and two boxes of tea"),
    ("mooncakes", ["有一盒月饼和换洗衣服"], ["内有月饼礼盒一盒、衣物若干"], "a box of mooncakes and clothes"),
    ("baby", ["里面是孩子的衣服和尿不湿"], ["内有儿童衣物、纸尿裤"], "kid's clothes and nappies"),
    ("samples", ["装的是公司参展的样品和资料"], ["内有产品样品及宣传资料"], "product samples and brochures"),
    ("locked", ["里面有衣服和笔记本电脑"], ["箱子上锁，未开箱"], "clothes and a laptop")], vis=False)
BACKPACK_IN = opts("contents", [
    ("laptop_lenovo", ["里面有台联想笔记本", "包里有联想电脑"], ["内有联想笔记本电脑一台", "内装Lenovo笔记本一台"],
     "a Lenovo laptop inside"),
    ("macbook", ["包里有个苹果笔记本", "里面装着MacBook"], ["内有苹果笔记本电脑一台", "内有MacBook一台"], "a MacBook inside"),
    ("docs", ["里面有一个文件袋，装着合同", "有份合同在里面"], ["内有文件袋一个（合同若干页）"], "a folder with contracts"),
    ("clothes", ["就是几件换洗衣服和充电器"], ["内有衣物、充电器"], "spare clothes and a charger"),
    ("books", ["装着几本考研书"], ["内有考研复习书籍数本"], "some exam prep books"),
    ("camera_bag", ["里面有个相机"], ["内有相机一台"], "a camera inside")])
BACKPACK_MARK = opts("bmark", [
    ("dino", ["拉链上挂了个小恐龙挂件"], ["拉链挂绿色小恐龙挂件"], "little dinosaur charm on the zip"),
    ("badge", ["挂着车展的参观证"], ["挂有车展参观证件"], "car show visitor pass hanging on it"),
    ("cup", ["侧袋插着一个保温杯"], ["侧袋有保温杯一个"], "a flask in the side pocket"),
    ("patch", ["背面缝了个国旗布贴"], ["包身缝有国旗布贴"], "a flag patch sewn on"),
    ("torn", ["右边肩带有点开线"], ["右肩带开线"], "right strap coming apart"),
    ("reflect", ["有条反光条"], ["带反光条"], "reflective strip")])
HANDBAG_IN = opts("contents", [
    ("makeup", ["里面有化妆包和口红"], ["内有化妆包、口红"], "make-up pouch and lipstick"),
    ("glasses", ["有一副墨镜和钥匙"], ["内有墨镜一副、钥匙一串"], "sunglasses and keys"),
    ("tissue", ["里面有纸巾、充电线"], ["内有纸巾、数据线"], "tissues and a cable"),
    ("perfume", ["有瓶香水"], ["内有香水一瓶"], "a bottle of perfume")])
HANDBAG_MARK = opts("hmark", [
    ("scarf", ["包带上系了条丝巾"], ["提手系丝巾"], "a silk scarf tied to the handle"),
    ("chain", ["金色链条肩带"], ["金色链条包带"], "gold chain strap"),
    ("pompom", ["挂了个毛球挂件"], ["挂白色毛球"], "a pompom charm"),
    ("stain", ["底部有块油渍"], ["包底有污渍"], "a stain on the bottom")])
TOTE_PRINT = opts("print", [
    ("carshow", ["印着“澜江国际车展”", "车展发的袋子"], ["印“澜江国际车展”字样", "车展宣传袋"], "car show tote"),
    ("cat", ["印着一只黑猫"], ["印有黑猫图案"], "printed with a black cat"),
    ("lantern", ["印着灯会的兔子灯"], ["印有兔子灯图案"], "printed with a rabbit lantern"),
    ("plain", ["什么图案都没有"], ["无图案"], "plain")])
TOTE_IN = opts("contents", [
    ("model", ["里面有车展领的资料和一个小车模"], ["内有车展资料、汽车模型一个"], "brochures and a toy car model"),
    ("mooncake", ["里面是一盒月饼"], ["内有月饼一盒"], "a box of mooncakes"),
    ("fruit", ["装着刚买的水果"], ["内有水果若干"], "some fruit"),
    ("clothes", ["有一件外套"], ["内有外套一件"], "a jacket")])
KIDBAG_PAT = opts("pattern", [
    ("princess", ["冰雪公主图案的", "上面是艾莎公主"], ["印冰雪公主图案", "公主图案"], "ice princess print"),
    ("dino", ["恐龙造型的", "背后有恐龙背刺"], ["恐龙造型", "带恐龙刺"], "dinosaur-shaped"),
    ("pig", ["小猪佩奇的"], ["小猪佩奇图案"], "Peppa Pig print"),
    ("rocket", ["印着火箭和星星"], ["火箭星星图案"], "rockets and stars")])


def kid_name(obj):
    n = obj.setdefault("kid", pick(SURNAMES) + pick(GIVEN) + pick(GIVEN))
    return F("kidname", n, ["上面写了孩子名字%s" % n, "名字贴写着%s" % n], ["贴有姓名贴“%s”" % n, "写有名字%s" % n],
             "kid's name %s on it" % n)


KIDBAG_IN = opts("contents", [
    ("cup", ["里面有个水杯和零食"], ["内有水杯、零食"], "a cup and snacks"),
    ("book", ["有本绘本"], ["内有绘本一本"], "a picture book"),
    ("crayons", ["装着蜡笔和画本"], ["内有蜡笔、画本"], "crayons and a sketchbook")])
CASH_BOX = opts("container", [
    ("redenv", ["装在红包里", "用红包装着"], ["装于红包内", "红包（利是封）装"], "in a red envelope"),
    ("bankenv", ["装在银行的信封里"], ["装在银行信封内"], "in a bank envelope"),
    ("rubber", ["用橡皮筋扎着", "拿皮筋捆着的一沓"], ["用橡皮筋捆扎", "一沓，橡皮筋扎"], "held with a rubber band"),
    ("folded", ["对折着塞在口袋里的"], ["对折成一沓"], "folded in half")])
CASH_NOTE = opts("note", [
    ("midautumn", ["红包上写着“中秋快乐”"], ["红包印“中秋快乐”"], "'Happy Mid-Autumn' on the envelope"),
    ("mom", ["信封上写着“给妈妈”"], ["信封手写“给妈妈”"], "'for mum' written on the envelope"),
    ("wedding", ["上面写着“新婚快乐”"], ["写有“新婚快乐”"], "'happy wedding' on it"),
    ("none", ["没写字"], ["无字"], "nothing written")])
BANGLE_PAT = opts("pattern", [
    ("plain", ["光面的，没花纹"], ["光面无花纹"], "plain polished"),
    ("fu", ["古法雕花，有个福字"], ["古法工艺，刻福字纹"], "carved with the character fu"),
    ("cloud", ["祥云花纹"], ["祥云纹饰"], "cloud pattern"),
    ("bamboo", ["竹节款"], ["竹节造型"], "bamboo-joint style")])
NECK_PENDANT = opts("pendant", [
    ("swan", ["吊坠是一只小天鹅"], ["天鹅造型吊坠"], "a swan pendant"),
    ("heart", ["心形吊坠"], ["心形吊坠"], "a heart pendant"),
    ("rabbit", ["生肖兔的吊坠"], ["兔子造型吊坠"], "a zodiac rabbit pendant"),
    ("pearl", ["一颗小珍珠坠子"], ["单颗珍珠吊坠"], "a single pearl"),
    ("clover", ["四叶草吊坠"], ["四叶草造型坠"], "a four-leaf clover")])
NECK_CHAIN = opts("chain", [
    ("broken", ["链子扣坏了，可能是掉下来的"], ["链扣断开"], "the clasp is broken"),
    ("thin", ["很细的链子"], ["细链"], "a thin chain"),
    ("box", ["装在蓝色小首饰盒里"], ["装于蓝色首饰盒内"], "in a blue jewellery box")])
RING_STONE = opts("stone", [
    ("diamond", ["镶了一颗小钻"], ["镶一颗白色钻石（疑似）"], "a small diamond"),
    ("ruby", ["中间是一颗红宝石"], ["镶红色宝石一颗"], "a ruby"),
    ("plain", ["素圈，没镶东西"], ["素圈无镶嵌"], "a plain band")])
WATCH_STRAP = opts("strap", [
    ("leather", ["棕色皮表带"], ["棕色皮质表带"], "brown leather strap"),
    ("steel", ["钢表带"], ["金属表带"], "steel bracelet"),
    ("rubber", ["黑色橡胶表带"], ["黑色胶带"], "black rubber strap"),
    ("nato", ["蓝白条纹的帆布表带"], ["蓝白条纹尼龙表带"], "blue and white striped strap")])
WATCH_BACK = opts("back", [
    ("dad60", ["表背刻着“赠爸爸六十大寿”"], ["表背刻“赠爸爸六十大寿”"], "engraved 'for dad's 60th' on the back"),
    ("grad", ["后盖刻着“毕业快乐”"], ["后盖刻“毕业快乐”"], "engraved 'happy graduation'"),
    ("scratch", ["表镜上有道划痕"], ["表镜有划痕"], "a scratch on the glass"),
    ("date", ["日历窗口坏了不走"], ["日历显示异常"], "the date window is stuck")])
LAPTOP_MARK = opts("lmark", [
    ("stickers", ["外壳贴满了贴纸，有个宇航员的", "盖子上贴了很多贴纸"], ["A面贴有多张贴纸（含宇航员图案）", "外壳贴满贴纸"],
     "lid covered in stickers, one with an astronaut"),
    ("asset", ["贴着公司资产标签", "有公司的固定资产标签"], ["底部贴有公司资产标签", "贴资产编号标签"], "a company asset tag"),
    ("dent", ["右上角有个磕痕"], ["右上角有磕碰痕"], "a dent at the top right"),
    ("keyskin", ["键盘膜是粉色的"], ["粉色键盘膜"], "pink keyboard cover"),
    ("camcover", ["摄像头上贴了块黑胶布"], ["摄像头处贴黑色胶布"], "tape over the webcam")])
LAPTOP_SLEEVE = opts("sleeve", [
    ("grey", ["装在灰色内胆包里"], ["装于灰色电脑内胆包"], "in a grey sleeve"),
    ("charger", ["连着充电器一起"], ["附充电器一个"], "with its charger"),
    ("none", ["没装包，就光着"], ["无包"], "no sleeve"),
    ("mouse", ["包里还有个无线鼠标"], ["另有无线鼠标一个"], "a wireless mouse with it")])
TABLET_CASE = opts("case", [
    ("blue_fold", ["蓝色折叠保护套"], ["蓝色三折保护套"], "blue folding cover"),
    ("keyboard", ["带键盘的保护套"], ["带键盘皮套"], "keyboard cover"),
    ("kid", ["儿童防摔壳，橙色的手柄"], ["橙色儿童防摔壳（带手柄）"], "orange kids' bumper case with a handle"),
    ("clear", ["透明壳"], ["透明保护壳"], "clear case")])
TABLET_MARK = opts("tmark", [
    ("pencil", ["带着一支手写笔"], ["附手写笔一支"], "a stylus with it"),
    ("peppa", ["锁屏是小猪佩奇"], ["锁屏为小猪佩奇"], "Peppa Pig lock screen"),
    ("crack", ["屏幕左下角有裂"], ["屏幕左下角裂"], "cracked bottom left"),
    ("sticker", ["背面贴着奥特曼贴纸"], ["背面贴奥特曼贴纸"], "an Ultraman sticker on the back")])
BUDS_MARK = opts("bmark", [
    ("dino", ["充电仓套着小恐龙硅胶套"], ["充电盒带恐龙造型硅胶套"], "dinosaur silicone cover on the case"),
    ("clear", ["套着透明保护壳"], ["充电盒透明保护壳"], "clear cover on the case"),
    ("lucky", ["充电盒上刻着“Lucky”"], ["充电盒刻字“Lucky”"], "case engraved 'Lucky'"),
    ("scratch", ["盒子上很多划痕"], ["充电盒划痕较多"], "case badly scratched"),
    ("strap", ["盒子挂着一根黄色短绳"], ["充电盒挂黄色挂绳"], "yellow strap on the case")])
PB_CAP = opts("capacity", [
    ("10000", ["10000毫安的", "一万毫安"], ["容量10000mAh", "标注10000mAh"], "10000 mAh"),
    ("20000", ["20000毫安", "两万毫安的大充电宝"], ["容量20000mAh", "标注20000mAh"], "20000 mAh"),
    ("5000", ["5000毫安小的", "迷你的"], ["5000mAh小型", "标5000mAh"], "small 5000 mAh")])
PB_MARK = opts("pmark", [
    ("cable", ["自带数据线"], ["自带线"], "built-in cable"),
    ("logo", ["贴着我们公司的logo贴纸"], ["贴有企业logo贴纸"], "company logo sticker"),
    ("marker", ["用马克笔写了个“W”"], ["表面马克笔写有“W”"], "a 'W' written on it in marker"),
    ("magsafe", ["磁吸的，背面有个圈"], ["磁吸式"], "magnetic type")])
CAM_MARK = opts("cmark", [
    ("strap", ["彩色编织背带"], ["彩色编织肩带"], "a colourful woven strap"),
    ("bag", ["装在灰色相机包里"], ["装于灰色相机包内"], "in a grey camera bag"),
    ("cap", ["镜头盖丢了，镜头上有UV镜"], ["无镜头盖，带UV镜"], "no lens cap, UV filter on"),
    ("tripod", ["装着一个迷你三脚架"], ["带迷你三脚架"], "a mini tripod attached")])
WATCHE_MARK = opts("wmark", [
    ("rabbit", ["表盘是一只兔子"], ["表盘图案为兔子"], "rabbit watch face"),
    ("pinkstrap", ["粉色表带"], ["粉色表带"], "pink strap"),
    ("bluestrap", ["蓝色表带，有点脏"], ["蓝色表带"], "blue strap"),
    ("scratch", ["屏幕有划痕"], ["表面有划痕"], "scratched screen")])
SWITCH_MARK = opts("smark", [
    ("mario", ["里面插着马里奥卡带"], ["插有马里奥游戏卡"], "a Mario cartridge inside"),
    ("case", ["装在灰色收纳包里"], ["灰色收纳包装"], "in a grey carry case"),
    ("sticker", ["背面贴了宝可梦贴纸"], ["背面贴精灵宝可梦贴纸"], "a Pokemon sticker on the back")])
UMB_PAT = opts("pattern", [
    ("sakura", ["伞面有樱花图案"], ["伞面樱花图案"], "cherry blossom print"),
    ("check", ["格子的"], ["格纹"], "checked"),
    ("plain", ["纯色的"], ["纯色"], "plain"),
    ("bank", ["印着银行的logo"], ["印有银行广告字样"], "a bank logo on it"),
    ("cats", ["上面全是小猫"], ["小猫图案"], "cats all over")])
UMB_TYPE = opts("utype", [
    ("fold3", ["三折伞"], ["三折伞"], "a three-fold umbrella"),
    ("long", ["长柄的，木头弯把"], ["长柄，木质弯柄"], "long with a wooden crook handle"),
    ("auto", ["自动折叠伞"], ["自动开合折叠伞"], "automatic folding umbrella")])
TOY_WHAT = opts("toy", [
    ("ultraman", ["奥特曼玩具", "迪迦奥特曼手办", "奥特曼"], ["奥特曼玩偶", "奥特曼人偶"], "an Ultraman figure"),
    ("rabbit", ["毛绒兔子", "小兔子玩偶", "兔子公仔"], ["毛绒兔子玩偶", "兔子公仔"], "a plush rabbit"),
    ("lego", ["乐高小车", "乐高拼的小汽车"], ["乐高积木车", "积木小车"], "a Lego car"),
    ("peppa", ["佩奇玩偶", "小猪佩奇毛绒玩具"], ["小猪佩奇玩偶"], "a Peppa Pig plush"),
    ("carmodel", ["车展上买的合金车模"], ["合金汽车模型"], "a die-cast car model"),
    ("lantern", ["兔子灯", "手提的兔子花灯"], ["兔子造型花灯", "手提兔子灯"], "a rabbit lantern")])
TOY_MARK = opts("tmark", [
    ("ribbon", ["脖子上系着红色蝴蝶结"], ["颈部系红色蝴蝶结"], "a red bow round its neck"),
    ("ear", ["一只耳朵有点脏"], ["一只耳朵有污渍"], "one dirty ear"),
    ("arm", ["右手断了一截"], ["右臂缺损"], "right arm broken"),
    ("name", ["脚底用笔写了“豆豆”"], ["底部写有“豆豆”"], "'Doudou' written under the foot"),
    ("light", ["按一下会发光"], ["可发光"], "it lights up")])
THERMOS_MARK = opts("cmark", [
    ("dent", ["杯身有个凹坑"], ["杯身有凹痕"], "a dent in the side"),
    ("sticker", ["贴着一个小黄鸭贴纸"], ["贴小黄鸭贴纸"], "a rubber duck sticker"),
    ("strap", ["带一根提绳"], ["带提绳"], "with a carry strap"),
    ("tea", ["里面泡着枸杞"], ["杯内有枸杞茶"], "goji tea still inside")])
GLASSES_MARK = opts("gmark", [
    ("case_blue", ["装在蓝色眼镜盒里"], ["装于蓝色眼镜盒"], "in a blue case"),
    ("gold", ["金丝边的"], ["金属细框"], "thin gold frame"),
    ("half", ["半框的"], ["半框"], "half-rim"),
    ("thick", ["粗黑框"], ["黑色粗框"], "thick black frame"),
    ("bent", ["右边镜腿有点歪"], ["右镜腿变形"], "right arm bent")])
JACKET_MARK = opts("jmark", [
    ("pocket", ["口袋里有一包纸巾和地铁卡"], ["口袋内有纸巾、交通卡"], "tissues and a metro card in the pocket"),
    ("sizeL", ["L码"], ["L码"], "size L"),
    ("hood", ["带帽子的，帽子上有毛边"], ["连帽，帽沿有毛边"], "hooded with fur trim"),
    ("pin", ["胸口别着一个小徽章"], ["胸前别徽章一枚"], "a pin badge on the chest")])
STROLLER_MARK = opts("smark", [
    ("bear", ["扶手上挂着一个小熊玩偶"], ["扶手挂小熊玩偶"], "a teddy hanging on the bar"),
    ("canopy", ["遮阳篷是灰色的"], ["灰色遮阳篷"], "grey canopy"),
    ("bag", ["后面挂着一个妈咪包"], ["车后挂妈咪包一个"], "a nappy bag on the back"),
    ("fold", ["能折叠放登机箱那么小"], ["可折叠轻便型"], "folds very small")])
EBIKE_MARK = opts("emark", [
    ("basket", ["前面装了个车筐"], ["前置车筐"], "a front basket"),
    ("leopard", ["坐垫套是豹纹的"], ["豹纹坐垫套"], "leopard-print seat cover"),
    ("helmet", ["车上挂着个黄色头盔"], ["车把挂黄色头盔"], "a yellow helmet hanging on it"),
    ("quilt", ["装了挡风被"], ["带挡风被"], "a windproof leg cover"),
    ("holder", ["车把上有手机支架"], ["车把装手机支架"], "a phone holder on the handlebar"),
    ("mirror", ["左边后视镜断了"], ["左后视镜缺失"], "left mirror broken")])
BIKE_MARK = opts("kmark", [
    ("training", ["带两个辅助轮"], ["装有辅助轮"], "training wheels"),
    ("basket", ["前面有个白色小车筐"], ["前有白色小车筐"], "a little white basket"),
    ("streamers", ["车把上有彩色流苏"], ["车把挂彩色流苏"], "streamers on the handlebars"),
    ("ulock", ["车上挂着一把U型锁"], ["车架挂U型锁"], "a U-lock on the frame"),
    ("bell", ["车铃是个小黄鸭"], ["小黄鸭车铃"], "a rubber duck bell"),
    ("fold", ["可以折叠的"], ["折叠款"], "folding frame")])
SCHOOLS = ["东澜理工大学", "青岑师范学院", "澜江职业技术学院", "沅平大学", "昭溪医学院"]


def school_fact(obj):
    s = obj.setdefault("school", pick(SCHOOLS))
    return F("school", s, ["%s的" % s, "学校是%s" % s], ["%s学生证" % s, "学校：%s" % s], "student at %s" % s)


def rail_fact(obj):
    c = pick(["青岑—沅平", "青岑—昭溪", "青岑—汀江", "岑东—沅平南"])
    return F("rail", c, ["优惠区间%s" % c, "火车票优惠卡区间%s" % c], ["附火车票优惠卡，区间%s" % c],
             "rail discount %s" % c)


def train_fact(obj):
    tr = obj.setdefault("train", pick(TRAINS))
    d = R.randint(1, 8)
    dest = pick(["沅平南", "昭溪", "汀江北", "青岑"])
    return F("train", "%s/%d" % (tr, d), ["%s次，10月%d日，岑东到%s" % (tr, d, dest), "10月%d号的%s" % (d, tr)],
             ["车次%s，10月%d日岑东—%s" % (tr, d, dest), "%s次（10月%d日）" % (tr, d)], "train %s on Oct %d" % (tr, d))


def seat_fact(obj):
    s = "%02d车%02d%s" % (R.randint(1, 16), R.randint(1, 18), pick("ABCDF"))
    return F("seat", s, ["座位%s" % s, "%s座" % s], ["%s号" % s, "座位号%s" % s], "coach %s seat %s" % (s[:2], s[3:]))


def nat_fact(obj):
    en, zh = obj.setdefault("nation", pick(COUNTRIES))
    return F("nation", en, ["%s护照" % zh, "国籍%s" % zh], ["%s护照" % zh, "国籍：%s" % zh], "%s passport" % en)


PASS_HOLDER = opts("holder", [
    ("leather", ["装在棕色皮护照夹里"], ["外套棕色皮质护照夹"], "in a brown leather passport holder"),
    ("boarding", ["里面夹着一张登机牌"], ["内夹登机牌一张"], "a boarding pass tucked inside"),
    ("none", ["没有护照套"], ["无护照套"], "no cover")])
DOC_COVER = opts("cover", [
    ("black", ["黑色皮套"], ["黑色证件皮套"], "black leather cover"),
    ("clear", ["透明的证件套"], ["透明证件套"], "clear cover"),
    ("with_xs", ["里面还夹着行驶证"], ["内夹行驶证一本"], "vehicle licence inside too")])
SS_CITY = opts("sscity", [
    ("qingcen", ["青岑市的社保卡"], ["青岑市社会保障卡"], "Qingcen social security card"),
    ("yuanping", ["沅平市社保卡，外地的"], ["沅平市社会保障卡"], "Yuanping social security card"),
    ("elder", ["老年优待卡"], ["老年人优待证"], "senior citizen card")])
TOY_BRANDS = [("bandai", 2, None), ("lego", 2, None)]

# ---------------------------------------------------------------- kinds
DEF_VOICES = [("norm", 6), ("trav", 4), ("elder", 1), ("foreign", 0.7), ("pinyin", 0.3), ("staff", 0.5)]
CN_VOICES = [("norm", 6), ("trav", 4), ("elder", 1), ("pinyin", 0.3), ("staff", 0.5)]  # documents only locals hold
KID_VOICES = [("family", 8), ("norm", 2), ("foreign", 0.3)]
ELDER_VOICES = [("elder", 6), ("norm", 3), ("trav", 1)]


def K(cat, n, hand, group, no, nf, en, py, colors=None, brands=None, nob=0.0, ident=None, io=0.0, if_=0.0,
      must=(), slots=(), k=(1, 2), zones=(("station", 1),), voices=DEF_VOICES):
    return dict(cat=cat, n=n, hand=hand, group=group, no=no, nf=nf, en=en, py=py, colors=colors,
                brands=brands, nob=nob, ident=ident, io=io, if_=if_, must=list(must), slots=list(slots),
                k=k, zones=list(zones), voices=voices)


PH_ZONES = (("station", 6), ("train", 2), ("taxi", 2), ("metro", 2), ("mall", 2), ("hotel", 1), ("expo", 2),
            ("park", 2), ("street", 1))
KINDS = {
    "idcard": K("id_doc", 19, 0.85, "idcard", ["身份证", "身份证件", "二代身份证"], ["居民身份证", "身份证", "第二代居民身份证"],
                "ID card", "shenfenzheng", ident="idno", io=0.75, if_=0.8, must=[name_fact], slots=[ID_SLEEVE],
                k=(0, 1), zones=(("station", 8), ("metro", 2), ("taxi", 1), ("hotel", 2), ("mall", 1),
                                 ("park", 1), ("expo", 1), ("street", 1)),
                voices=[("norm", 6), ("trav", 4), ("elder", 2), ("pinyin", 0.3), ("staff", 0.4)]),
    "passport": K("id_doc", 5, 0.9, "passport", ["护照"], ["护照", "护照一本"], "passport", "huzhao",
                  colors=[("blue", 3), ("red", 3), ("black", 1), ("green", 1)], ident="passport", io=0.8, if_=0.85,
                  must=[name_fact, nat_fact], slots=[PASS_HOLDER], k=(0, 1),
                  zones=(("hotel", 3), ("station", 3), ("taxi", 2), ("expo", 1)), voices=[("foreign", 9), ("norm", 1)]),
    "student": K("id_doc", 4, 0.75, "student", ["学生证"], ["学生证", "学生证一本"], "student card", "xueshengzheng",
                 colors=[("blue", 2), ("red", 2), ("green", 1)], ident="student", io=0.6, if_=0.9,
                 must=[name_fact, school_fact], slots=[rail_fact], k=(0, 1), zones=(("station", 5), ("metro", 2), ("train", 1)),
                 voices=[("trav", 5), ("norm", 4), ("pinyin", 0.5)]),
    "driver": K("id_doc", 3, 0.75, "driver", ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "driving licence", "jiazhao",
                ident="idno", io=0.6, if_=0.8, must=[name_fact], slots=[DOC_COVER], k=(0, 1),
                zones=(("expo", 3), ("taxi", 1), ("mall", 2), ("station", 1)), voices=CN_VOICES),
    "permit": K("id_doc", 2, 0.75, "permit", ["港澳通行证", "通行证"], ["往来港澳通行证", "港澳通行证"], "HK/Macau travel permit",
                "gangao tongxingzheng", ident="permit", io=0.7, if_=0.85, must=[name_fact], slots=[DOC_COVER], k=(0, 1),
                zones=(("station", 3), ("hotel", 1)), voices=CN_VOICES),
    "sscard": K("id_doc", 3, 0.7, "sscard", ["社保卡", "医保卡", "老年卡"], ["社会保障卡", "社保卡", "卡一张（社保）"],
                "social security card", "shebaoka", ident="idno", io=0.4, if_=0.6, must=[name_fact, SS_CITY],
                k=(0, 0), zones=(("park", 3), ("mall", 2), ("metro", 2), ("station", 1)), voices=ELDER_VOICES),
    "phone": K("phone", 36, 0.65, "phone", ["手机", "电话", "手机", "机子"], ["手机", "手机一部", "智能手机"], "phone", "shouji",
               colors=[("black", 6), ("white", 3), ("blue", 3), ("purple", 2), ("pink", 2), ("gold", 1),
                       ("silver", 2), ("green", 1), ("grey", 2)],
               brands=[("huawei", 8, ["Mate 77", "Mate 77 Pro", "nova 16", "Pura 90"]),
                       ("apple", 9, ["iPhone 19", "iPhone 19 Pro", "iPhone 18 Plus"]),
                       ("xiaomi", 5, ["Xiaomi 17", "Redmi K90", "Redmi Note 16"]), ("honor", 3, ["Magic 9", "X70"]),
                       ("oppo", 4, ["Find X11", "Reno 16"]), ("vivo", 4, ["X300", "S30"]),
                       ("samsung", 1, ["Galaxy S29", "Galaxy Z Flip 9"]), ("oneplus", 1, ["OnePlus 15"])],
               ident="imei", io=0.45, if_=0.18, must=[PHONE_CASE], slots=[PHONE_CRACK, PHONE_LOCK, PHONE_EXTRA, phone_hidden],
               k=(1, 3), zones=PH_ZONES),
    "wallet": K("wallet", 18, 0.6, "wallet", ["钱包", "皮夹", "钱夹", "钱包"], ["钱包", "皮夹", "钱包一个"], "wallet", "qianbao",
                colors=[("black", 5), ("brown", 4), ("red", 2), ("pink", 1), ("blue", 1), ("grey", 1), ("green", 1)],
                brands=[("coach", 2, None), ("mk", 1, None), ("ck", 1, None), ("goldlion", 2, None), ("septwolves", 2, None)],
                nob=0.4, ident="card", io=0.5, if_=0.6, must=[amount_fact], slots=[WALLET_STYLE, WALLET_MISC, wallet_cards, id_inside],
                k=(1, 3), zones=PH_ZONES),
    "cardholder": K("wallet", 6, 0.6, "wallet", ["卡包", "卡套", "证件包"], ["卡包", "卡套一个", "小卡包"], "card holder", "kabao",
                    colors=[("black", 3), ("blue", 2), ("pink", 1), ("brown", 1)], brands=[("coach", 1, None), ("muji", 1, None)],
                    nob=0.6, ident="card", io=0.6, if_=0.7, must=[id_inside], slots=[wallet_cards, WALLET_MISC], k=(0, 2),
                    zones=(("station", 4), ("metro", 3), ("mall", 1), ("expo", 1))),
    "coinpurse": K("wallet", 4, 0.45, "wallet", ["零钱包", "小钱包"], ["零钱包", "小零钱包"], "coin purse", "ling qian bao",
                   colors=[("red", 2), ("purple", 1), ("pink", 1), ("green", 1)], must=[lambda o: amount_fact(o, 20, 400)],
                   slots=[WALLET_MISC, KEY_FOB], k=(1, 1), zones=(("park", 3), ("mall", 2), ("metro", 2)), voices=ELDER_VOICES),
    "carkey": K("keys", 9, 0.7, "carkey", ["车钥匙", "汽车钥匙", "遥控钥匙"], ["汽车钥匙", "车钥匙一把", "遥控车钥匙"], "car key",
                "che yaoshi", colors=[("black", 5), ("silver", 1), ("white", 1), ("blue", 1)],
                brands=[("vw", 2, None), ("toyota", 2, None), ("byd", 3, None), ("tesla", 1, None), ("bmw", 1, None),
                        ("liauto", 1, None), ("nio", 1, None), ("geely", 2, None), ("honda", 1, None)],
                ident="plate", io=0.85, if_=0.3, slots=[KEY_PENDANT, KEY_FOB], k=(1, 2),
                zones=(("expo", 5), ("mall", 2), ("station", 2), ("park", 1), ("hotel", 1))),
    "housekeys": K("keys", 6, 0.55, "housekeys", ["钥匙", "一串钥匙", "家门钥匙"], ["钥匙一串", "一串钥匙", "钥匙"], "bunch of keys",
                   "yaoshi", must=[key_count], slots=[KEY_PENDANT, KEY_FOB], k=(1, 2),
                   zones=(("metro", 3), ("park", 2), ("mall", 2), ("station", 2), ("street", 1))),
    "roomcard": K("keys", 3, 0.5, "roomcard", ["房卡", "酒店房卡"], ["酒店房卡", "房卡一张"], "hotel key card", "fang ka",
                  slots=[room_sleeve], k=(1, 1), zones=(("hotel", 2), ("metro", 1), ("mall", 1), ("park", 1))),
    "ebike": K("ebike", 6, 0.75, "ebike", ["电动车", "电瓶车", "小电驴"], ["电动自行车", "电动车一辆", "电瓶车"], "e-bike",
               "dian dong che", colors=[("white", 2), ("black", 2), ("blue", 1), ("red", 1), ("grey", 1), ("green", 1), ("pink", 1)],
               brands=[("yadea", 3, ["冠能Q7", "DE3"]), ("aima", 2, ["A500", "小金豆"]), ("niu", 2, ["G5", "MQi Lite"]),
                       ("tailg", 1, ["超能T9"])],
               ident="eplate", io=0.9, if_=0.9, slots=[EBIKE_MARK, EBIKE_MARK], k=(1, 2),
               zones=(("street", 6), ("metro", 2), ("mall", 1), ("park", 1))),
    "kidbike": K("bicycle", 3, 0.6, "kidbike", ["儿童自行车", "孩子的自行车", "小自行车"], ["儿童自行车", "童车一辆"], "kid's bike",
                 "er tong zi xing che", colors=[("pink", 2), ("blue", 2), ("red", 1), ("yellow", 1)],
                 brands=[("goodbaby", 2, None), ("phoenix", 1, None)], nob=0.3, slots=[BIKE_MARK, kid_name], k=(1, 2),
                 zones=(("park", 4), ("mall", 1), ("street", 1)), voices=KID_VOICES),
    "bike": K("bicycle", 3, 0.5, "bike", ["自行车", "折叠自行车", "单车"], ["自行车一辆", "折叠自行车"], "bicycle", "zi xing che",
              colors=[("black", 2), ("white", 1), ("green", 1), ("red", 1), ("grey", 1)],
              brands=[("giant", 2, ["FD-806", "Escape 3"]), ("merida", 1, ["挑战者300"]), ("phoenix", 1, None),
                      ("decathlon", 1, ["Tilt 120"])],
              ident="frame", io=0.4, if_=0.5, slots=[BIKE_MARK], k=(1, 2), zones=(("street", 4), ("metro", 2), ("park", 2))),
    "suitcase": K("bag", 14, 0.8, "suitcase", ["行李箱", "拉杆箱", "旅行箱", "箱子"], ["行李箱", "拉杆箱一个", "旅行箱"],
                  "suitcase", "xing li xiang", colors=[("black", 4), ("grey", 3), ("silver", 2), ("blue", 2), ("pink", 1),
                                                       ("green", 1), ("white", 1), ("red", 1), ("yellow", 1)],
                  brands=[("samsonite", 3, None), ("diplomat", 2, None), ("amtour", 2, None), ("ninetyfun", 2, None)],
                  nob=0.3, must=[SUITCASE_SIZE], slots=[tag_fact, SUITCASE_MARK, SUITCASE_IN], k=(1, 3),
                  zones=(("station", 5), ("taxi", 3), ("train", 2), ("metro", 2), ("hotel", 2))),
    "backpack": K("bag", 12, 0.65, "backpack", ["双肩包", "背包", "书包"], ["双肩背包", "背包一个", "双肩包"], "backpack",
                  "shuang jian bao", colors=[("black", 6), ("grey", 2), ("blue", 2), ("green", 1), ("red", 1), ("pink", 1)],
                  brands=[("tnf", 2, None), ("nike", 2, None), ("adidas", 1, None), ("samsonite", 1, None), ("muji", 1, None),
                          ("decathlon", 1, None), ("xiaomi", 1, None)],
                  nob=0.3, slots=[BACKPACK_IN, BACKPACK_MARK, tag_fact], k=(1, 3), zones=PH_ZONES),
    "handbag": K("bag", 7, 0.6, "handbag", ["手提包", "包包", "挎包", "斜挎包"], ["女士手提包", "挎包一个", "女式包"], "handbag",
                 "shou ti bao", colors=[("black", 3), ("brown", 2), ("red", 1), ("pink", 1), ("white", 1), ("blue", 1)],
                 brands=[("coach", 2, None), ("mk", 2, None), ("ck", 2, None)], nob=0.3,
                 slots=[HANDBAG_IN, HANDBAG_MARK, id_inside], k=(1, 3),
                 zones=(("mall", 3), ("park", 2), ("expo", 2), ("taxi", 1), ("hotel", 1), ("station", 1))),
    "totebag": K("bag", 3, 0.45, "handbag", ["帆布袋", "购物袋", "手提袋"], ["帆布手提袋", "布袋", "手提布袋"], "tote bag",
                 "fan bu dai", colors=[("white", 3), ("black", 1), ("blue", 1)], must=[TOTE_PRINT], slots=[TOTE_IN], k=(1, 1),
                 zones=(("expo", 3), ("metro", 2), ("park", 1))),
    "kidbag": K("bag", 4, 0.55, "backpack", ["孩子的小书包", "儿童背包", "小书包"], ["儿童双肩包", "小孩背包"], "kid's backpack",
                "xiao shu bao", colors=[("pink", 2), ("blue", 2), ("yellow", 1), ("red", 1), ("green", 1)],
                must=[KIDBAG_PAT], slots=[kid_name, KIDBAG_IN], k=(1, 2), zones=(("mall", 3), ("park", 3), ("station", 2)),
                voices=KID_VOICES),
    "cash": K("cash", 6, 0.3, "cash", ["现金", "钱", "一沓钱"], ["现金", "人民币现金"], "cash", "xian jin",
              must=[lambda o: amount_fact(o, 200, 6000), CASH_BOX], slots=[CASH_NOTE], k=(0, 1),
              zones=(("station", 2), ("taxi", 2), ("park", 2), ("mall", 1), ("hotel", 1)),
              voices=[("norm", 5), ("trav", 3), ("elder", 3)]),
    "bangle": K("jewelry", 3, 0.45, "bangle", ["手镯", "镯子", "手镯"], ["手镯一只", "手镯"], "bangle",
                "shou zhuo", colors=[("gold", 3), ("silver", 1)], brands=[("ctf", 2, None), ("lfx", 2, None)], nob=0.3,
                must=[BANGLE_PAT], slots=[engraving_fact()], k=(0, 1), zones=(("park", 3), ("mall", 2), ("hotel", 2), ("station", 1)),
                voices=ELDER_VOICES),
    "necklace": K("jewelry", 2, 0.4, "necklace", ["项链", "吊坠项链"], ["项链一条", "吊坠项链"], "necklace", "xiang lian",
                  colors=[("silver", 2), ("gold", 1)], brands=[("pandora", 1, None), ("swarovski", 1, None), ("ctf", 1, None)],
                  nob=0.2, must=[NECK_PENDANT], slots=[NECK_CHAIN], k=(0, 1), zones=(("park", 2), ("mall", 1), ("hotel", 2))),
    "ring": K("jewelry", 2, 0.4, "ring", ["戒指", "婚戒", "钻戒"], ["戒指一枚", "戒指"], "ring", "jie zhi",
              colors=[("silver", 2), ("gold", 1)], brands=[("ctf", 1, None), ("lfx", 1, None)], nob=0.4,
              must=[RING_STONE, engraving_fact()], k=(0, 0), zones=(("hotel", 2), ("mall", 2), ("station", 1))),
    "watch": K("jewelry", 3, 0.5, "watch", ["手表", "机械表", "表"], ["手表一块", "男士手表", "手表"], "watch", "shou biao",
               colors=[("silver", 2), ("black", 1), ("gold", 1)],
               brands=[("casio", 2, ["GW-7700", "MTP-1480"]), ("tissot", 2, ["力洛克T-8", "PRX 40"])],
               must=[WATCH_STRAP], slots=[WATCH_BACK], k=(0, 1), zones=(("station", 2), ("hotel", 2), ("expo", 1), ("taxi", 1))),
    "laptop": K("electronics", 7, 0.75, "laptop", ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑一台", "笔记本电脑"], "laptop",
                "bi ji ben dian nao", colors=[("grey", 3), ("silver", 3), ("black", 3)],
                brands=[("lenovo", 3, ["ThinkPad X17s", "小新Pro 16"]), ("apple", 3, ["MacBook Air 15", "MacBook Pro 14"]),
                        ("huawei", 2, ["MateBook 14s"]), ("dell", 1, ["Latitude 7650"]), ("hp", 1, ["星Book 14"])],
                ident="sn", io=0.25, if_=0.55, slots=[LAPTOP_MARK, LAPTOP_SLEEVE], k=(1, 2),
                zones=(("station", 4), ("train", 2), ("taxi", 2), ("expo", 2), ("hotel", 1), ("street", 1))),
    "tablet": K("electronics", 5, 0.65, "tablet", ["平板", "平板电脑", "iPad"], ["平板电脑一台", "平板电脑"], "tablet", "ping ban",
                colors=[("grey", 2), ("silver", 2), ("blue", 1), ("purple", 1), ("pink", 1)],
                brands=[("apple", 3, ["iPad Air 7", "iPad mini 8"]), ("huawei", 2, ["MatePad 12"]), ("xiaomi", 1, ["Pad 8"])],
                ident="sn", io=0.2, if_=0.2, must=[TABLET_CASE], slots=[TABLET_MARK], k=(0, 1),
                zones=(("station", 3), ("train", 2), ("mall", 1), ("taxi", 1))),
    "earbuds": K("electronics", 8, 0.4, "earbuds", ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "耳机一副", "无线耳机（含充电盒）"],
                 "earbuds", "lan ya er ji", colors=[("white", 5), ("black", 2), ("blue", 1)],
                 brands=[("apple", 4, ["AirPods Pro 3", "AirPods 5"]), ("huawei", 2, ["FreeBuds 7"]), ("xiaomi", 1, ["Buds 6"]),
                         ("sony", 1, ["WF-1200XM"])],
                 ident="sn", io=0.15, if_=0.3, slots=[BUDS_MARK], k=(1, 1), zones=PH_ZONES),
    "powerbank": K("electronics", 5, 0.35, "powerbank", ["充电宝", "移动电源"], ["充电宝", "移动电源一个"], "power bank",
                   "chong dian bao", colors=[("white", 2), ("black", 2), ("blue", 1), ("pink", 1)],
                   brands=[("xiaomi", 2, None), ("anker", 2, None), ("romoss", 2, None), ("baseus", 1, None)],
                   must=[PB_CAP], slots=[PB_MARK], k=(0, 1), zones=PH_ZONES),
    "camera": K("electronics", 4, 0.6, "camera", ["相机", "微单", "相机"], ["相机一台", "数码相机"], "camera", "xiang ji",
                colors=[("black", 3), ("silver", 1)],
                brands=[("canon", 1, ["EOS R77"]), ("sony", 1, ["ZV-E30"]), ("fujifilm", 1, ["X-S30"]), ("dji", 1, ["Pocket 5"])],
                ident="sn", io=0.3, if_=0.4, slots=[CAM_MARK], k=(1, 2), zones=(("park", 3), ("expo", 2), ("station", 1))),
    "smartwatch": K("electronics", 4, 0.55, "smartwatch", ["智能手表", "手表", "儿童电话手表"], ["智能手表", "电子手表一块"],
                    "smart watch", "zhi neng shou biao", colors=[("black", 2), ("pink", 2), ("blue", 1), ("white", 1)],
                    brands=[("huawei", 2, ["Watch GT 7"]), ("apple", 1, ["Watch S11"]), ("imoo", 2, ["Z10"]),
                            ("xiaomi", 1, ["手环10"])],
                    slots=[WATCHE_MARK], k=(1, 1), zones=(("park", 2), ("mall", 2), ("station", 1)),
                    voices=[("family", 3), ("norm", 3), ("trav", 2)]),
    "kindle": K("electronics", 1, 0.5, "kindle", ["Kindle", "电子书", "阅读器"], ["电子阅读器", "Kindle阅读器"], "e-reader",
                "dian zi shu", colors=[("black", 1)], brands=[("amazon", 1, ["Paperwhite 6"])], slots=[TABLET_CASE], k=(1, 1),
                zones=(("train", 1), ("station", 1))),
    "switch": K("electronics", 2, 0.55, "switch", ["游戏机", "Switch"], ["游戏机一台", "掌上游戏机"], "game console",
                "you xi ji", colors=[("red", 1), ("white", 1), ("grey", 1)], brands=[("nintendo", 1, ["Switch OLED"])],
                slots=[SWITCH_MARK], k=(1, 2), zones=(("train", 1), ("station", 2), ("hotel", 1))),
    "umbrella": K("other", 4, 0.3, "umbrella", ["雨伞", "伞", "折叠伞"], ["雨伞一把", "折叠伞", "雨伞"], "umbrella", "yu san",
                  colors=[("black", 3), ("blue", 2), ("pink", 1), ("green", 1), ("purple", 1), ("yellow", 1)],
                  brands=[("paradise", 2, None), ("beneunder", 2, None)], nob=0.4, must=[UMB_PAT], slots=[UMB_TYPE], k=(0, 1),
                  zones=(("metro", 3), ("mall", 2), ("station", 2), ("taxi", 1))),
    "toy": K("other", 5, 0.45, "toy", ["玩具", "孩子的玩具"], ["儿童玩具", "玩具一个"], "toy", "wan ju",
             colors=[("silver", 1), ("white", 1), ("pink", 1), ("red", 1), ("blue", 1)], must=[TOY_WHAT], slots=[TOY_MARK],
             k=(0, 1), zones=(("mall", 3), ("park", 3), ("station", 2), ("expo", 1), ("metro", 1)), voices=KID_VOICES),
    "ticket": K("other", 3, 0.5, "ticket", ["火车票", "报销凭证", "车票"], ["火车票（报销凭证）", "纸质车票一张", "车票"],
                "train ticket receipt", "huo che piao", ident="ticketno", io=0.05, if_=0.7,
                must=[train_fact, seat_fact, name_fact], k=(0, 0), zones=(("station", 4), ("metro", 1), ("taxi", 1))),
    "thermos": K("other", 2, 0.4, "thermos", ["保温杯", "水杯"], ["保温杯一个", "保温杯"], "flask", "bao wen bei",
                 colors=[("blue", 1), ("pink", 1), ("silver", 1), ("green", 1)],
                 brands=[("thermos", 2, None), ("zojirushi", 1, None), ("fuguang", 1, None)], nob=0.2, slots=[THERMOS_MARK],
                 k=(1, 1), zones=(("station", 2), ("metro", 1), ("expo", 1))),
    "glasses": K("other", 2, 0.45, "glasses", ["眼镜", "近视眼镜", "墨镜"], ["眼镜一副", "近视眼镜"], "glasses", "yan jing",
                 colors=[("black", 2), ("gold", 1), ("brown", 1)], brands=[("rayban", 1, None)], nob=0.6, slots=[GLASSES_MARK],
                 k=(1, 2), zones=(("station", 2), ("mall", 1), ("hotel", 1)), voices=[("elder", 2), ("norm", 3), ("trav", 1)]),
    "jacket": K("other", 1, 0.4, "jacket", ["外套", "衣服", "夹克"], ["外套一件", "夹克"], "jacket", "wai tao",
                colors=[("black", 1), ("green", 1), ("blue", 1)], brands=[("uniqlo", 1, None)], nob=0.4, slots=[JACKET_MARK],
                k=(1, 2), zones=(("park", 1), ("expo", 1), ("station", 1))),
    "stroller": K("other", 1, 0.6, "stroller", ["婴儿推车", "推车", "宝宝推车"], ["婴儿推车一辆", "儿童推车"], "pushchair",
                  "tui che", colors=[("grey", 1), ("blue", 1)], brands=[("goodbaby", 1, None)], nob=0.3, slots=[STROLLER_MARK],
                  k=(1, 2), zones=(("park", 2), ("mall", 1), ("station", 1)), voices=KID_VOICES),
}
BRANDS.update({
    "goldlion": (["金利来"], ["Goldlion", "GOLDLION"], "jinlilai", ["金力来"]),
    "septwolves": (["七匹狼"], ["SEPTWOLVES"], "qipilang", ["7匹狼"]),
    "fuguang": (["富光"], ["FGA"], "fuguang", ["富广"]),
    "imoo": (["小天才"], ["imoo"], "xiaotiancai", ["小天材"]),
})
# kinds that two people may file under different categories: kind -> other category
ALT_CAT = {"cardholder": "id_doc", "smartwatch": "phone", "cash": "other", "ticket": "id_doc", "watch": "electronics",
           "tablet": "phone"}
assert sum(k["n"] for k in KINDS.values()) == N_PAIRS + N_NULL, sum(k["n"] for k in KINDS.values())


# ---------------------------------------------------------------- identifiers
LOCAL_PLATE = "澜"
VISIT_PLATES = ["沪", "苏", "浙", "皖", "赣", "闽"]
NEV = ("byd", "tesla", "nio", "liauto")


def make_ident(t, obj):
    if t is None:
        return None
    if t == "imei":
        return {"type": t, "value": make_imei()}
    if t == "idno":
        return {"type": t, "value": make_idno(year=R.randint(1940, 1962) if obj["voice"] == "elder" else None)}
    if t == "card":
        return {"type": t, "value": digits(4), "bin": pick(["622202", "621700", "622588", "622848", "623668", "621226"]),
                "bank": pick(BANKS)}
    if t == "passport":
        if obj.get("foreign"):
            return {"type": t, "value": pick(["C", "P", "X", "N"]) + alnum(2) + digits(6)}
        return {"type": t, "value": "E" + digits(8)}
    if t == "permit":
        return {"type": t, "value": "C" + digits(8)}
    if t == "student":
        return {"type": t, "value": "20%d%s" % (R.randint(21, 25), digits(6))}
    if t == "plate":
        pv = LOCAL_PLATE if chance(0.7) else pick(VISIT_PLATES)
        if obj.get("brand") in NEV:
            return {"type": t, "value": pv + pick("ABCE") + pick("DF") + digits(5)}
        return {"type": t, "value": pv + pick("ABCE") + alnum(5)}
    if t == "eplate":
        return {"type": t, "value": "岑" + pick("ABCDE") + digits(5)}
    if t == "frame":
        return {"type": t, "value": pick(["GT", "MD", "FH", "DK"]) + digits(8)}
    if t == "sn":
        if obj.get("brand") == "apple":
            return {"type": t, "value": pick(["C02", "FVF", "H4K"]) + alnum(9)}
        return {"type": t, "value": alnum(2) + alnum(8)}
    if t == "ticketno":
        return {"type": t, "value": pick("ABEZ") + digits(6)}
    raise ValueError(t)


def norm_ident(s):
    return "".join(c for c in s.upper() if c.isalnum() or ord(c) > 0x3000 or c == "?")


def pat_full(v):
    return norm_ident(v)


def pat_tail(v, k):
    v = norm_ident(v)
    return "?" * (len(v) - k) + v[-k:]


def pat_mask(v, a, b):
    v = norm_ident(v)
    return v[:a] + "?" * (len(v) - a - b) + v[-b:]


def ident_conflict(p, q):
    """Two stated identifier patterns that cannot be the same thing."""
    if p is None or q is None:
        return False
    if len(p) != len(q):
        return "?" not in p and "?" not in q
    return any(a != "?" and b != "?" and a != b for a, b in zip(p, q))


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def plate_fmt(v):
    return pick([v, v[:2] + "·" + v[2:], v[:2] + " " + v[2:], v.lower(), v[0] + " " + v[1:]])


def ident_owner(idt, foreign=False):
    """(body text, serial field, pattern) as an owner writes the identifier."""
    t, v = idt["type"], idt["value"]
    if t == "imei":
        s = pick(["full", "full", "g4", "dash", "tail"])
        if s == "tail":
            k = pick([4, 6])
            return ("IMEI last %d digits %s" % (k, v[-k:]) if foreign else "IMEI后%d位%s" % (k, v[-k:]),
                    "IMEI尾号" + v[-k:] if not foreign else "*" + v[-k:], pat_tail(v, k))
        f = {"full": v, "g4": group4(v), "dash": v[:8] + "-" + v[8:14] + "-" + v[14]}[s]
        return ("IMEI %s" % f if foreign else pick(["IMEI：%s" % f, "串号%s" % f, "IMEI号%s" % f]), f, pat_full(v))
    if t == "idno":
        s = pick(["full", "mask", "mask", "tail"])
        if s == "full":
            return (pick(["身份证号%s" % v, "号码%s" % v]), v, pat_full(v))
        if s == "mask":
            f = v[:6] + "********" + v[-4:]
            return ("身份证号%s" % f, f, pat_mask(v, 6, 4))
        return (pick(["身份证后四位%s" % v[-4:], "号码尾号%s" % v[-4:]]), "尾号" + v[-4:], pat_tail(v, 4))
    if t == "card":
        b, pre = idt["bank"], idt["bin"]
        if foreign:
            return ("bank card ending %s" % v, "**** %s" % v, v)
        s = pick(["tail", "tail", "mask", "bank"])
        if s == "mask":
            f = pre[:4] + "****" + v
            return ("银行卡号%s" % f, f, v)
        if s == "bank":
            return ("%s卡，尾号%s" % (b, v), "尾号" + v, v)
        return (pick(["银行卡尾号%s" % v, "卡号后四位%s" % v, "有张卡尾号是%s" % v]), pick([v, "尾号" + v, "****" + v]), v)
    if t in ("passport", "permit"):
        if foreign:
            return ("passport no. %s" % v, v, pat_full(v))
        return ("证件号%s" % v, v, pat_full(v))
    if t == "student":
        return (pick(["学号%s" % v, "学号是%s" % v]), v, pat_full(v))
    if t in ("plate", "eplate"):
        f = plate_fmt(v)
        if foreign:
            return ("plate %s" % f, f, pat_full(v))
        return (pick(["车牌%s" % f, "车牌号%s" % f, "牌照%s" % f]), f, pat_full(v))
    if t == "frame":
        return (pick(["车架号%s" % v, "车架号（发票上的）%s" % v]), v, pat_full(v))
    if t == "sn":
        f = pick([v, v.lower(), group4(v)])
        return ("serial %s" % f if foreign else pick(["序列号%s" % f, "SN：%s" % f]), f, pat_full(v))
    if t == "ticketno":
        return ("票面号%s" % v, v, pat_full(v))
    raise ValueError(t)


def ident_finder(idt):
    """(body text, serial field, pattern) as a finder or the desk records it."""
    t, v = idt["type"], idt["value"]
    if t == "imei":
        s = pick(["full", "g4", "tray", "tail"])
        if s == "tail":
            return ("IMEI尾号%s" % v[-6:], "…" + v[-6:], pat_tail(v, 6))
        f = group4(v) if s == "g4" else v
        return (pick(["卡托印有IMEI %s" % f, "经查IMEI：%s" % f, "串号%s" % f]), f, pat_full(v))
    if t == "idno":
        s = pick(["full", "full", "mask6", "mask4", "tail"])
        if s == "full":
            return (pick(["公民身份号码%s" % v, "身份证号%s" % v]), v, pat_full(v))
        if s == "mask6":
            f = v[:6] + "********" + v[-4:]
            return ("号码%s" % f, f, pat_mask(v, 6, 4))
        if s == "mask4":
            f = v[:4] + "****" + v[-4:]
            return ("号码%s" % f, f, pat_mask(v, 4, 4))
        return ("证件号后四位%s" % v[-4:], "后四位" + v[-4:], pat_tail(v, 4))
    if t == "card":
        pre = idt["bin"]
        s = pick(["mask", "mask", "tail"])
        if s == "mask":
            f = pre + "******" + v
            return ("银行卡1张，卡号%s" % f, f, v)
        return ("%s卡1张，尾号%s" % (idt["bank"], v), "尾号" + v, v)
    if t in ("passport", "permit"):
        return (pick(["证件号码%s" % v, "号码：%s" % v]), v, pat_full(v))
    if t == "student":
        return ("学号%s" % v, v, pat_full(v))
    if t in ("plate", "eplate"):
        f = plate_fmt(v)
        src = "钥匙扣上挂有车牌号牌，" if t == "plate" else ""
        return (src + pick(["车牌%s" % f, "号牌%s" % f]), f, pat_full(v))
    if t == "frame":
        s = pick(["full", "tail"])
        if s == "tail":
            return ("车架号后六位%s" % v[-6:], v[-6:], pat_tail(v, 6))
        return ("车架钢印%s" % v, v, pat_full(v))
    if t == "sn":
        f = pick([v, "S/N:" + v])
        return (pick(["底部标签S/N：%s" % v, "序列号%s" % v]), f, pat_full(v))
    if t == "ticketno":
        return ("票面红色号码%s" % v, v, pat_full(v))
    raise ValueError(t)


# ---------------------------------------------------------------- objects
HOTEL_NAMES = {"ht_fq": "岑东枫桥酒店", "ht_yq": "云栖商旅酒店", "ht_lj": "澜江国际大酒店"}


def hotel_fact(obj):
    h = obj["hotel"]
    n = HOTEL_NAMES[h]
    return F("hotel", h, ["%s的房卡" % n, "是%s的" % n], ["印有“%s”字样" % n, "%s房卡" % n], "key card of %s" % n)


def make_object(kind, voice=None, owner=None):
    spec = KINDS[kind]
    obj = {"kind": kind, "cat": spec["cat"], "facts": [], "foreign": False}
    obj["voice"] = voice or wpick(spec["voices"])
    if obj["voice"] == "foreign":
        obj["foreign"] = True
    if owner:
        obj["owner"] = owner
    else:
        obj["owner"] = make_en_name() if obj["foreign"] else make_name()
    if kind == "passport" and not obj["foreign"]:
        obj["nation"] = ("China", "中国")
    obj["color"] = wpick(spec["colors"]) if spec["colors"] else None
    obj["brand"], obj["model"] = None, None
    if spec["brands"] and not chance(spec["nob"]):
        b = wpick([(x[0], x[1]) for x in spec["brands"]])
        obj["brand"] = b
        models = [x[2] for x in spec["brands"] if x[0] == b][0]
        obj["model"] = pick(models) if models else None
    obj["ident"] = make_ident(spec["ident"], obj)
    if kind == "roomcard":
        obj["hotel"] = pick(sorted(HOTEL_NAMES))
        obj["facts"].append(hotel_fact(obj))
    for fn in spec["must"]:
        obj["facts"].append(fn(obj))
    lo, hi = spec["k"]
    seen = set(f["slot"] for f in obj["facts"])
    for fn in sample(spec["slots"], R.randint(lo, hi)):
        f = fn(obj)
        if f["slot"] not in seen:
            seen.add(f["slot"])
            obj["facts"].append(f)
    return obj


def fact_of(obj, slot):
    for f in obj["facts"]:
        if f["slot"] == slot:
            return f
    return None


def slot_fn(kind, slot):
    spec = KINDS[kind]
    for fn in spec["must"] + spec["slots"]:
        probe = dict(owner="某某", voice="norm", foreign=False, hotel="ht_fq", kid="某某")
        state = R.getstate()
        got = fn(probe)["slot"]
        R.setstate(state)
        if got == slot:
            return fn
    if slot == "hotel":
        return hotel_fact
    return None


def clone(obj):
    c = dict(obj)
    c["facts"] = [dict(f) for f in obj["facts"]]
    c["ident"] = dict(obj["ident"]) if obj["ident"] else None
    return c


def mutate_slot(obj, slot):
    """Give obj a different value in one slot; True when it worked."""
    fn = slot_fn(obj["kind"], slot)
    old = fact_of(obj, slot)
    if fn is None or old is None:
        return False
    for _ in range(40):
        if slot in ("name", "idin", "tag"):
            obj["owner"] = make_en_name() if obj["foreign"] else make_name()
        if slot == "kidname":
            obj["kid"] = pick(SURNAMES) + pick(GIVEN) + pick(GIVEN)
        if slot == "hotel":
            obj["hotel"] = pick(sorted(HOTEL_NAMES))
        if slot == "school":
            obj["school"] = pick(SCHOOLS)
        if slot == "nation":
            obj["nation"] = pick(COUNTRIES)
        if slot == "train":
            obj["train"] = pick(TRAINS)
        new = fn(obj)
        if new["slot"] == slot and str(new["val"]) != str(old["val"]) and not near_amount(slot, new["val"], old["val"]):
            obj["facts"] = [new if f["slot"] == slot else f for f in obj["facts"]]
            return True
    return False


PERSONAL = ("name", "idin", "tag", "kidname", "cash", "room", "seat", "train", "engrave", "number")


def repersonalise(obj, keep=()):
    """Another person's look-alike: whatever is personal to the owner differs."""
    for f in list(obj["facts"]):
        if f["slot"] in PERSONAL and f["slot"] not in keep:
            mutate_slot(obj, f["slot"])


def near_amount(slot, a, b):
    if slot != "cash":
        return False
    return abs(a - b) <= 0.3 * max(a, b)


def near_ident(idt):
    """A different identifier one or two characters away from idt."""
    t, v = idt["type"], idt["value"]
    n = dict(idt)
    for _ in range(50):
        if t == "imei":
            i = R.randint(8, 13)
            body = v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:14]
            nv = body + luhn_digit(body)
        elif t == "idno":
            i = R.randint(14, 16)
            s17 = v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:17]
            nv = s17 + id_check(s17)
        elif t == "card":
            if chance(0.5):
                i = R.randint(0, 3)
                nv = v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:]
            else:
                nv = v[:2] + v[3] + v[2]
        else:
            chars = list(v)
            idx = [i for i, c in enumerate(chars) if c.isdigit()]
            if idx:
                i = pick(idx[-6:])
                chars[i] = str((int(chars[i]) + R.randint(1, 9)) % 10)
            else:
                i = len(chars) - 1 - R.randint(0, 3)
                chars[i] = pick([x for x in ALNUM if x != chars[i]])
            nv = "".join(chars)
        if nv != v:
            n["value"] = nv
            return n
    raise RuntimeError("near ident")


def far_color(kind, c):
    spec = KINDS[kind]
    opts_ = [x for x, _ in spec["colors"] if c is None or color_far(c, x)] if spec["colors"] else []
    if not opts_:
        opts_ = [x for x in sorted(COLORS) if c is None or color_far(c, x)]
    return pick(opts_)


def other_brand(kind, b):
    spec = KINDS[kind]
    cands = [x for x in spec["brands"] or [] if x[0] != b]
    if not cands:
        return None
    x = pick(cands)
    return x[0], (pick(x[2]) if x[2] else None)


# ---------------------------------------------------------------- the owner's report
def place_zh(pid):
    return pick(PLACES[pid][1])


def place_en(pid):
    return PLACES[pid][2]


def case_where_zh(case):
    z = case["zone"]
    if z == "train":
        return "%s次列车%02d车" % (case["train"], case["car"]), pick(["在%s次列车%d号车厢上", "坐%s次的时候在%d号车厢"]) % (
            case["train"], case["car"])
    if z == "taxi":
        a, b = place_zh(case["from"]), place_zh(case["to"])
        return "出租车上（%s→%s）" % (a[:12], b[:12]), pick([
            "在出租车上（从%s到%s）" % (a, b), "打车从%s去%s的路上" % (a, b),
            "在网约车上（%s上车，%s下车）" % (a, b)])
    p = place_zh(case["place"])
    if case.get("alt") and chance(0.7):
        q = place_zh(case["alt"])
        return p, pick(["可能在%s，也可能在%s" % (p, q), "从%s到%s这一路上" % (p, q), "在%s或者%s" % (p, q)])
    return p, pick(["在%s", "在%s附近", "在%s那边", "在%s"]) % p


def case_where_en(case):
    z = case["zone"]
    if z == "train":
        return "on train %s, coach %d" % (case["train"], case["car"])
    if z == "taxi":
        return "in a taxi from %s to %s" % (place_en(case["from"]), place_en(case["to"]))
    s = "at " + place_en(case["place"])
    if case.get("alt"):
        s += " or " + place_en(case["alt"])
    return s


FIELD_P = {"norm": 0.75, "trav": 0.35, "elder": 0.5, "foreign": 0.6, "pinyin": 0.2, "staff": 0.7, "family": 0.5}
FACT_P = {"norm": 0.8, "trav": 0.5, "elder": 0.6, "foreign": 0.75, "pinyin": 0.3, "staff": 0.8, "family": 0.75}
OPEN = {
    "norm": ["", "", "本人", "您好，", "报失：", "不好意思，"],
    "trav": ["急！", "急急急，", "赶车中，", "", "着急！！"],
    "elder": [],
    "family": ["孩子的东西丢了，", "帮儿子登记，", "我家孩子", "宝宝的东西丢了，", "帮女儿登记："],
    "staff": ["我是车站保洁员，", "本人是车展礼仪人员，", "我是地铁站务员，", "我是跑网约车的司机，", "我是商场保洁，"],
}
CLOSE = ["有捡到的请联系我，必有重谢！", "麻烦帮忙留意，谢谢！", "东西对我很重要，拜托了。", "电话已留，谢谢。", "",
         "谢谢警察同志！", "如有消息请尽快通知。"]
CLOSE_EN = ["Please contact me if found, thank you!", "Any help appreciated.", "Thanks a lot.", "I leave China on Oct 10."]
VERBS = ["丢了", "遗失", "弄丢了", "落下了", "找不到了", "不见了"]


def noun_phrase(obj, side):
    spec = KINDS[obj["kind"]]
    if obj["kind"] == "toy":
        f = fact_of(obj, "toy")
        return pick(f["o"] if side == "o" else f["f"])
    return pick(spec["no"] if side == "o" else spec["nf"])


def owner_color(obj):
    c = obj["color"]
    if c and NEAR[c] and chance(0.05):
        c = pick(NEAR[c])
    return c


def render_lost(obj, case, key):
    spec = KINDS[obj["kind"]]
    v = obj["voice"]
    en = v == "foreign"
    st = {"group": spec["group"]}
    rec = {"key": key, "category": case["lcat"]}
    fp = FIELD_P[v]
    c = owner_color(obj) if obj["color"] and chance(0.92) else None
    b = obj["brand"] if obj["brand"] and chance(0.85) else None
    m = obj["model"] if obj["model"] and b and chance(0.6 if v in ("norm", "staff", "foreign") else 0.35) else None
    io = spec["io"] * (0.5 if v in ("elder", "pinyin") else 1.0)
    idt = ident_owner(obj["ident"], en) if obj["ident"] and chance(io) else None
    known = [f for f in obj["facts"] if f["own"] and (f["slot"] != "toy")]
    must = [f for f in known if f["slot"] in ("name", "train", "seat", "toy", "capacity", "size", "pattern", "print",
                                                "amount", "cash", "hotel")]
    facts = [f for f in known if f in must or chance(FACT_P[v])]
    if known and not facts:
        facts = [pick(known)]
    if v == "pinyin":
        facts, m = [], None
    if c:
        st["color"] = c
    if b:
        st["brand"] = b
    if m:
        st["model"] = m
    if idt:
        st["ident"] = idt[2]
    for f in facts:
        st["slot:" + f["slot"]] = f["val"]
    if obj["kind"] == "toy":
        st["slot:toy"] = fact_of(obj, "toy")["val"]
    addr, where = case_where_zh(case)
    window = owner_window(case["m_from"], case["m_to"])
    # structured fields: some go to fields, some stay in the body only
    in_field = {}
    if c and chance(fp):
        in_field["color"] = color_en(c) if en else color_zh(c)
    if b and chance(fp):
        in_field["brand"] = brand_text(b, "en" if en else None, obj["kind"])
    if m and chance(fp):
        in_field["model"] = model_variant(m)
    if idt and chance(min(1.0, fp + 0.2)):
        in_field["serial"] = idt[1]
    mark_facts = [f for f in facts if chance(fp)] if v != "pinyin" else []
    if mark_facts:
        in_field["marks"] = ("; ".join(f["e"] for f in mark_facts) if en else
                             "，".join(pick(f["o"]) for f in mark_facts))
    if chance(fp + 0.1):
        ae = case_where_en(case)
        if len(ae) > 60:
            ae = "in a taxi" if case["zone"] == "taxi" else ae[:ae.rfind(" or ")] if " or " in ae else ae[:60]
        in_field["address"] = ae if en else addr[:60]
    if v == "pinyin":
        body = pinyin_body(obj, case, c, b, idt)
    elif en:
        body = english_lost_body(obj, case, c, b, m, facts, idt, in_field)
    else:
        body = chinese_lost_body(obj, case, c, b, m, facts, idt, in_field, where, window)
    rec["body"] = body[:600]
    for k in ("color", "brand", "model", "serial", "address"):
        if k in in_field:
            rec[k] = in_field[k][:60]
    if "marks" in in_field:
        rec["marks"] = in_field["marks"][:500]
    ll = PLACES[case["place"]][4] if case.get("place") and case["zone"] not in ("train", "taxi") else None
    if ll and chance(0.5 if en else 0.38):
        rec["lat"], rec["lon"] = jitter(ll, 0.0008)
    rec["lost_from_min"] = case["m_from"]
    rec["lost_to_min"] = case["m_to"]
    return rec, st


def what_zh(obj, c, b, m, side="o"):
    noun = noun_phrase(obj, side)
    parts = []
    if c:
        parts.append(color_zh(c) + pick(["", "的"]) if side == "o" else color_zh(c))
    if b:
        parts.append(brand_text(b, kind=obj["kind"]))
    s = "".join(parts)
    if m and chance(0.5):
        return s + model_variant(m) + noun
    if m:
        return s + noun + "（" + model_variant(m) + "）"
    return s + noun


def chinese_lost_body(obj, case, c, b, m, facts, idt, in_field, where, window):
    v = obj["voice"]
    op = pick(OPEN.get(v) or OPEN["norm"])
    what = what_zh(obj, c, b, m)
    # what is already in a field is often left out of the body
    ftxt = [pick(f["o"]) for f in facts if not ("marks" in in_field and chance(0.4))]
    if not ftxt and facts:
        ftxt = [pick(facts[0]["o"])]
    itxt = idt[0] if idt and not ("serial" in in_field and chance(0.4)) else ""
    verb = pick(VERBS)
    if v == "trav" and chance(0.6):
        bits = [op + what + verb, where if len(where) < 30 else where[:30], zh_date(dt_of(case["m_from"]), "dot")]
        bits += ftxt[:1] + ([itxt] if itxt else [])
        body = " ".join(x for x in bits if x)
        return typo(body, pick([1, 1, 2]))
    if v == "elder":
        op, who = pick([("帮我爸登记一下，", "我爸"), ("替我妈报失，老人不会用手机，", "我妈"), ("我是家属，帮奶奶登记：", "奶奶"),
                        ("代父亲登记：", "父亲"), ("帮家里老人报个失，", "老人"), ("替外公登记，", "外公")])
        body = "%s%s%s，%s把%s%s了。%s%s" % (op, who, window, where, what, pick(["弄丢", "落下", "丢"]),
                                         ("，".join(ftxt) + "。") if ftxt else "具体样子%s也说不清。" % who,
                                         (itxt + "。") if itxt else "")
        body += pick(["%s年纪大记不太清，麻烦多费心。" % who, "有消息请打我电话。", "谢谢！"])
        return body
    if v == "family":
        kid = pick(["孩子", "儿子", "女儿", "宝宝"])
        body = "%s%s%s，%s%s。%s%s一直哭着要，%s" % (op, window, where, kid + "的" + what, verb, "，".join(ftxt) + "。" if ftxt else "",
                                            kid, pick([x for x in CLOSE if x]))
        return body
    form = pick(["A", "B", "C"])
    ident_s = (itxt + "。") if itxt else ""
    facts_s = ("，".join(ftxt) + "。") if ftxt else ""
    if form == "A":
        body = "%s%s，%s%s%s。%s%s%s" % (op, window, where, verb, what, facts_s, ident_s, pick(CLOSE))
    elif form == "B":
        body = "%s%s%s。时间：%s；地点：%s。%s%s%s" % (op, verb, what, window, where.lstrip("在"), facts_s, ident_s,
                                                pick(CLOSE))
    else:
        body = "%s%s%s！%s，%s。%s%s%s" % (op, what, verb, window, where, facts_s, ident_s, pick(CLOSE))
    if v == "staff" and chance(0.3):
        body = typo(body)
    return body


def english_lost_body(obj, case, c, b, m, facts, idt, in_field):
    spec = KINDS[obj["kind"]]
    noun = spec["en"]
    if obj["kind"] == "toy":
        noun = fact_of(obj, "toy")["e"]
    desc = " ".join(x for x in [color_en(c) if c else "", brand_text(b, "en", obj["kind"]) if b else "", noun, m or ""] if x)
    w = case_where_en(case)
    win = en_window(case["m_from"], case["m_to"])
    body = pick(["I lost my %s %s, %s." % (desc, w, win), "Lost: %s, %s, %s." % (desc, win, w),
                 "My %s went missing %s %s." % (desc, win, w)])
    if facts:
        t = "; ".join(f["e"] for f in facts)
        body += " " + t[0].upper() + t[1:] + "."
    if idt:
        body += " " + idt[0] + "."
    if chance(0.4):
        body += " 我不会说中文，请用英文联系。"
    return body + " " + pick(CLOSE_EN)


def pinyin_body(obj, case, c, b, idt):
    spec = KINDS[obj["kind"]]
    where = PLACES[case["place"]][3] if case.get("place") else ("huo che shang" if case["zone"] == "train" else "chu zu che shang")
    s = "wo de %s%s%s diu le, %s zuo you zai %s" % ((COLORS[c][2] + " ") if c else "", (BRANDS[b][2] + " ") if b else "",
                                                  spec["py"], py_when(case["m_from"]), where)
    if idt:
        s += ", " + "".join(ch for ch in idt[1] if ord(ch) < 128)
    return s + pick([", xie xie", ", qing lian xi wo", " (shou ji mei you zhong wen shu ru fa)", ""])


# ---------------------------------------------------------------- the finder's registration
FINDERS = {
    "station": [("cleaner", 3), ("st_staff", 3), ("rail_police", 2), ("citizen", 1), ("desk", 2)],
    "far": [("citizen", 2), ("desk", 1)],
    "taxi": [("taxi", 4), ("desk", 1)],
    "metro": [("metro", 5), ("citizen", 1), ("desk", 1)],
    "mall": [("mall", 5), ("citizen", 1), ("desk", 1)],
    "hotel": [("hotel", 5), ("desk", 1)],
    "expo": [("hostess", 3), ("expo_staff", 2), ("desk", 1)],
    "park": [("park", 4), ("citizen", 2), ("desk", 1)],
    "street": [("citizen", 3), ("sanitation", 2), ("desk", 1)],
}
SPOTS = {
    "station": ["座椅下", "座位上", "垃圾桶旁", "充电桩旁", "洗手台上", "地上"],
    "metro": ["座椅上", "站台候车椅上", "闸机旁", "车厢座位上"],
    "mall": ["餐桌上", "洗手台上", "座位旁", "休息区沙发上"],
    "hotel": ["客房床头柜上", "大堂沙发上", "早餐厅座位上", "电梯里"],
    "expo": ["展台洽谈区沙发上", "展车驾驶座上", "休息区", "卫生间台面上"],
    "park": ["长椅上", "草坪边", "栏杆旁", "小吃摊桌子上"],
    "street": ["路边", "公交站座椅上", "店门口", "花坛边"],
    "far": ["出站口", "候车室座椅上", "路边", "台阶上"],
    "train": ["行李架上", "座位下", "座位上", "座椅背袋里"],
    "taxi": ["后座", "副驾座位缝里", "后备箱", "后排脚垫上"],
    "rank": ["排队栏杆旁", "候车区地上", "路边"],
}
HANDOVER = {
    "station": ["已交车站失物招领处。", "暂存岑东站派出所。", "现存服务台。"],
    "metro": ["已交地铁客服中心。", "暂存车站控制室。"],
    "mall": ["存商场服务台。", "已交一楼服务台。"],
    "hotel": ["酒店前台保管。", "存礼宾部。"],
    "expo": ["交会展中心服务中心。", "存组委会服务台。"],
    "park": ["交公园管理处。", "存灯会服务站。"],
    "taxi": ["司机已送至岑东站派出所。", "司机送到派出所。"],
    "far": ["已登记，等待转回岑东站。", "已交当地车站失物招领。"],
    "street": ["送至派出所。", "已交社区警务室。"],
}
FFIELD_P = {"desk": 0.9, "rail_police": 0.85, "st_staff": 0.75, "metro": 0.75, "mall": 0.7, "hotel": 0.7,
            "hostess": 0.6, "expo_staff": 0.7, "park": 0.6, "crew": 0.8, "taxi": 0.4, "citizen": 0.4, "cleaner": 0.6,
            "sanitation": 0.5, "foreign_f": 0.5, "bikeshed": 0.85}
FFACT_P = {"desk": 0.8, "rail_police": 0.8, "citizen": 0.5, "taxi": 0.5, "foreign_f": 0.6}
MODEL_VIS = {"laptop": 0.5, "camera": 0.6, "ebike": 0.5, "bike": 0.4, "watch": 0.3, "phone": 0.12, "tablet": 0.3,
             "earbuds": 0.3, "smartwatch": 0.3, "kindle": 0.5, "switch": 0.6}


def finder_voice(case):
    fz = case["fzone"]
    if case["zone"] == "train" and fz in ("far", "station"):
        return "crew"
    if case["zone"] == "taxi" and fz == "taxi":
        return "taxi"
    if fz == "taxi":
        return wpick([("citizen", 2), ("st_staff", 1), ("desk", 1)])
    if case["kind"] in ("ebike", "bike") and fz == "street" and chance(0.6):
        return "bikeshed"
    if chance(0.03):
        return "foreign_f"
    return wpick(FINDERS[fz])


def render_found(obj, case, key, force=(), negative=None):
    spec = KINDS[obj["kind"]]
    fv = finder_voice(case)
    fz = case["fzone"]
    fp = FFIELD_P.get(fv, 0.65)
    st = {"group": spec["group"]}
    rec = {"key": key, "category": case["fcat"]}
    c = obj["color"] if obj["color"] and ("color" in force or chance(0.9)) else None
    if c and negative is None and NEAR[c] and chance(0.07):
        c = pick(NEAR[c])
    b = obj["brand"] if obj["brand"] and ("brand" in force or chance(0.8)) else None
    m = obj["model"] if obj["model"] and b and ("model" in force or chance(MODEL_VIS.get(obj["kind"], 0.1))) else None
    idt = ident_finder(obj["ident"]) if obj["ident"] and ("ident" in force or chance(spec["if_"])) else None
    if idt and "ident" in force and "?" in idt[2]:
        for _ in range(20):
            idt = ident_finder(obj["ident"])
            if "?" not in idt[2]:
                break
    powered = chance(0.7) or "slot:lock" in force
    vis = [f for f in obj["facts"] if f["vis"] and f["slot"] != "toy" and (f["slot"] != "lock" or powered)]
    facts = [f for f in vis if ("slot:" + f["slot"]) in force or f["slot"] in ("name", "train", "seat", "hotel", "cash", "idin")
             or chance(FFACT_P.get(fv, 0.7))]
    for k in force:
        if k.startswith("slot:") and not any("slot:" + f["slot"] == k for f in facts):
            raise RuntimeError("cannot force %s on %s" % (k, obj["kind"]))
    if c:
        st["color"] = c
    if b:
        st["brand"] = b
    if m:
        st["model"] = m
    if idt:
        st["ident"] = idt[2]
    for f in facts:
        st["slot:" + f["slot"]] = f["val"]
    if obj["kind"] == "toy":
        st["slot:toy"] = fact_of(obj, "toy")["val"]
    pid = case["fplace"]
    pname = place_zh(pid)
    when = zh_when(case["found_at"]) if chance(0.6) else "%s %s" % (zh_date(dt_of(case["found_at"]), "md"),
                                                                      zh_clock(dt_of(case["found_at"]), "hhmm"))
    ftxt = [pick(f["f"]) for f in facts]
    notes = []
    if obj["kind"] == "phone":
        notes.append(pick(["已关机", "没电关机", "电量耗尽"]) if not powered else pick(["屏幕锁定", "有密码", "有未接来电"]))
    if obj["kind"] == "suitcase" and chance(0.6):
        notes.append(pick(["箱子上锁，未开箱", "密码锁，未打开"]))
    in_field = {}
    if c and chance(fp):
        in_field["color"] = color_zh(c) if fv != "foreign_f" else color_en(c)
    if b and chance(fp):
        in_field["brand"] = brand_text(b, wpick([("zh", 4), ("en", 4), ("typo", 0.4)]), obj["kind"])
    if m and chance(fp):
        in_field["model"] = model_variant(m)
    if idt and chance(fp + 0.15):
        in_field["serial"] = idt[1]
    mf = [f for f in facts if chance(fp)]
    if mf:
        in_field["marks"] = "；".join(pick(f["f"]) for f in mf)
    if chance(fp + 0.1):
        in_field["address"] = pname
    if fv == "foreign_f":
        body = english_found_body(obj, case, c, b, facts, idt)
    else:
        what = what_zh(obj, c, b, m, "f")
        body = chinese_found_body(fv, case, when, pname, what, ftxt, idt, notes, in_field)
    if obj["kind"] in ("ebike", "bike", "kidbike", "stroller"):
        body = body.replace("捡到", "发现").replace("拾到", "发现")
    rec["body"] = body[:600]
    for k in ("color", "brand", "model", "serial", "address"):
        if k in in_field:
            rec[k] = in_field[k][:60]
    if "marks" in in_field:
        rec["marks"] = in_field["marks"][:500]
    ll = PLACES[pid][4]
    if ll and chance(0.62 if fv != "taxi" else 0.4):
        rec["lat"], rec["lon"] = jitter(ll, 0.0003)
    rec["found_at_min"] = case["found_at"]
    if negative:
        rec["negative"] = negative
    return rec, st


def chinese_found_body(fv, case, when, pname, what, ftxt, idt, notes, in_field):
    fz = case["fzone"]
    spots = SPOTS["taxi" if fv == "taxi" else "rank" if fz == "taxi" else fz]
    spot = pick([x for x in spots if x[:3] not in pname] or ["附近"])
    facts = "，".join(ftxt + notes) if (ftxt or notes) else pick(["无明显特征", "无其他标识", "外观无明显特征"])
    if "marks" in in_field and ftxt and chance(0.35):
        facts = "，".join(notes) or "详见备注"
    itxt = (idt[0] + "。") if idt and not ("serial" in in_field and chance(0.4)) else ""
    ho = pick(HANDOVER["taxi" if fv == "taxi" else "station" if fz == "taxi" else fz])
    if fv == "cleaner":
        return "%s，保洁员在%s%s捡到%s，%s。%s%s" % (when, pname, spot, what, facts, itxt, ho)
    if fv == "st_staff":
        return "旅客于%s在%s拾得%s，交至服务台。特征：%s。%s%s" % (when, pname, what, facts, itxt, ho)
    if fv == "rail_police":
        return "%s，民警巡逻时在%s%s发现无人看管的%s，%s。%s%s" % (when, pname, spot, what, facts, itxt, ho)
    if fv == "desk":
        return "拾得物品：%s。拾得时间：%s。拾得地点：%s。特征：%s。%s" % (what, when, pname, facts, itxt)
    if fv == "crew":
        car = case.get("fcar", case.get("car", 1))
        spot = pick(SPOTS["train"])
        if fz == "far":
            return "%s次列车终到%s后，乘务员清理%d号车厢时在%s发现%s。%s。%s%s" % (
                case["train"], pname, car, spot, what, facts, itxt, ho)
        return "%s次列车在岑东站停靠时，乘务员在%d车厢发现旅客遗留的%s，交站台客运值班员。%s。%s" % (
            case["train"], car, what, facts, itxt)
    if fv == "taxi":
        who = pick(["出租车司机", "网约车司机", "的哥"])
        return "%s报称：%s在%s附近送完客人后，发现%s有%s。%s。%s%s" % (who, when, pname, spot, what, facts, itxt, ho)
    if fv == "metro":
        return "%s，地铁站务员在%s%s发现%s，%s。%s%s" % (when, pname, spot, what, facts, itxt, ho)
    if fv == "mall":
        return "%s，商场保洁在%s%s捡到%s，%s。%s" % (when, pname, spot, what, facts, ho)
    if fv == "hotel":
        return "%s，%s服务员在%s发现客人遗留的%s。%s。%s%s" % (when, pname, spot, what, facts, itxt, ho)
    if fv == "hostess":
        return "%s，车展礼仪人员在%s%s拾到%s，%s。%s%s" % (when, pname, spot, what, facts, itxt, ho)
    if fv == "expo_staff":
        return "会展中心保安%s在%s巡查时发现%s，%s。%s%s" % (when, pname, what, facts, itxt, ho)
    if fv == "park":
        return "%s，灯会志愿者在%s%s捡到%s，%s。%s%s" % (when, pname, spot, what, facts, itxt, ho)
    if fv == "sanitation":
        return "环卫工人%s在%s%s捡到%s，%s。%s%s" % (when, pname, spot, what, facts, itxt, ho)
    if fv == "bikeshed":
        return "%s，%s管理员清理长时间停放车辆时发现%s，%s。%s已拖至集中停放点。" % (when, pname, what, facts, itxt)
    return "热心市民%s在%s%s捡到%s送来，%s。%s" % (when, pname, spot, what, facts, itxt)


def english_found_body(obj, case, c, b, facts, idt):
    spec = KINDS[obj["kind"]]
    noun = fact_of(obj, "toy")["e"] if obj["kind"] == "toy" else spec["en"]
    desc = " ".join(x for x in [color_en(c) if c else "", brand_text(b, "en", obj["kind"]) if b else "", noun] if x)
    body = "Found %s %s at %s, %s." % ("an" if desc[0] in "aeiou" else "a", desc, place_en(case["fplace"]),
                                       en_when(case["found_at"]))
    if facts:
        t = "; ".join(f["e"] for f in facts)
        for a, b in (("photo of my daughter", "photo of a little girl"), ("me and my wife", "a man and a woman"),
                     ("our corgi", "a corgi"), ("my grandson", "a little boy"), ("my ID card", "an ID card"),
                     ("my ", "")):
            t = t.replace(a, b)
        body += " " + t[0].upper() + t[1:] + "."
    if idt:
        body += " " + "".join(ch for ch in idt[1] if ord(ch) < 128) + "."
    return body + " Gave it to the staff here."


# ---------------------------------------------------------------- times and places of one case
DAY_W = [(1, 5), (2, 4), (3, 3), (4, 3), (5, 3), (6, 3), (7, 4), (8, 4)]
HOURS = {"park": (17, 22), "expo": (9, 17), "mall": (10, 21), "station": (6, 22), "hotel": (7, 23), "train": (7, 21),
         "taxi": (6, 23), "metro": (7, 22), "street": (7, 22)}


def pick_time(zone):
    lo, hi = HOURS[zone]
    for _ in range(200):
        d = wpick(DAY_W)
        h = R.randint(lo, hi)
        dt = datetime.datetime(2025, 10, d, h, R.randint(0, 59))
        m = int((T0 - dt).total_seconds() // 60)
        if m >= 45:
            return m
    raise RuntimeError("time")


def make_case(obj):
    spec = KINDS[obj["kind"]]
    zone = wpick(spec["zones"])
    case = {"kind": obj["kind"], "zone": zone, "place": None, "lcat": obj["cat"], "fcat": obj["cat"]}
    if zone == "train":
        case["train"] = obj.get("train") or pick(TRAINS)
        case["car"] = R.randint(1, 16)
    elif zone == "taxi":
        pool = [p for z in ("station", "mall", "hotel", "expo", "park", "street") for p in zone_places(z)]
        a = pick(pool)
        b = pick([p for p in pool if PLACES[p][0] != PLACES[a][0]])
        case["from"], case["to"] = a, b
        case["place"] = pick(["rank_south", "rank_p2"]) if PLACES[a][0] == "station" else None
    else:
        case["place"] = obj["hotel"] if zone == "hotel" and obj.get("hotel") else pick(zone_places(zone))
        if chance(0.2) and zone != "hotel":
            others = [p for p in zone_places(zone) if p != case["place"]]
            if others:
                case["alt"] = pick(others)
    t = pick_time(zone)
    before = wpick([(R.randint(5, 40), 4), (R.randint(40, 240), 4), (R.randint(240, 1500), 1)])
    notice = wpick([(R.randint(5, 60), 4), (R.randint(60, 300), 3), (R.randint(300, 1440), 1)])
    case["t_loss"] = t
    case["m_from"] = min(MAX_MIN, t + before)
    case["m_to"] = max(0, t - notice)
    return case


def place_true_found(case):
    z = case["zone"]
    fz = wpick(FOUND_NEAR[z])
    if z == "train":
        fp = pick(TERMINI) if fz == "far" else "st_platform"
        fz = "far" if fz == "far" else "station"
        d = R.randint(40, 360) if fz == "far" else R.randint(5, 40)
        if fz == "far" and chance(0.15):
            case["fcar"] = case["car"] + pick([-1, 1]) if case["car"] > 1 else 2
    else:
        if z == "taxi" and fz == "taxi":
            fp = pick(["rank_south", "rank_p2"])
        elif fz == z and case.get("place") and (chance(0.3) or z == "hotel"):
            fp = case["place"]
        else:
            cands = [p for p in zone_places(fz, finder_side=True) if p != case.get("place")]
            fp = pick(cands)
        if z == "taxi":
            d = R.randint(15, 1800)
        elif case["kind"] in ("ebike", "bike"):
            d = R.randint(120, 4000)
        else:
            d = wpick([(R.randint(3, 60), 4), (R.randint(60, 600), 4), (R.randint(600, 2880), 2)])
    case["fzone"] = fz
    case["fplace"] = fp
    case["found_at"] = case["t_loss"] - d if case["t_loss"] > d else R.randint(0, case["t_loss"])


# ---------------------------------------------------------------- honesty checks on what each side wrote
def contradictions(lst, lrec, fst, frec):
    """Reasons a careful officer could give for 'this found item is not that lost thing'."""
    out = []
    if frec["found_at_min"] > lrec["lost_from_min"]:
        out.append("time")
    if lst["group"] != fst["group"]:
        out.append("group")
    if "color" in lst and "color" in fst and color_far(lst["color"], fst["color"]):
        out.append("color")
    if "brand" in lst and "brand" in fst and lst["brand"] != fst["brand"]:
        out.append("brand")
    if "model" in lst and "model" in fst and lst["model"] != fst["model"]:
        out.append("model")
    if ident_conflict(lst.get("ident"), fst.get("ident")):
        out.append("ident")
    for k in sorted(lst):
        if k.startswith("slot:") and k in fst and str(lst[k]) != str(fst[k]) and not near_amount(k[5:], lst[k], fst[k]):
            out.append(k)
    return out


# ---------------------------------------------------------------- hard negatives
NEG_PLAN = [("same_cat_color_diff_object", 22), ("found_before_loss", 20), ("same_brand_diff_place_time", 16),
            ("twin", 16), ("near_serial", 16), ("same_spot_other_item", 14), ("namesake", 8),
            ("same_model_diff_color", 8)]
assert sum(n for _, n in NEG_PLAN) == N_NEG
NEAR_OK = ("imei", "idno", "card", "plate", "eplate", "student", "passport", "permit", "frame", "sn")


def neg_place_near(t, case):
    """Found near where the target was lost, some time after the loss began."""
    tc = t["case"]
    if tc["zone"] == "train":
        case.update(zone="train", train=tc["train"], car=tc["car"], fzone="far", fplace=pick(TERMINI))
    else:
        case.update(zone=tc["zone"], t_loss=tc["t_loss"], place=tc.get("place"))
        place_true_found(case)
    lo = max(0, tc["m_to"] - 1440)
    hi = max(lo, tc["m_from"] - 5)
    case["found_at"] = R.randint(lo, hi)


def neg_place_far(t, case, before):
    case["fzone"] = "far"
    case["fplace"] = pick(["fr_oldtown", "fr_airport", "fr_campus"] + (["fr_zhaoxi"] if chance(0.3) else []))
    if t["case"]["zone"] in ("park", "expo", "mall", "hotel") and chance(0.4):
        others = [z for z in ("park", "expo", "mall", "hotel", "station") if z != t["case"]["zone"]]
        case["fzone"] = pick(others)
        case["fplace"] = pick(zone_places(case["fzone"], finder_side=True))
    case["zone"] = "street"
    tc = t["case"]
    if before:
        case["found_at"] = min(MAX_MIN, tc["m_from"] + wpick([(R.randint(60, 2880), 3), (R.randint(3000, 40000), 1)]))
    else:
        case["found_at"] = max(0, tc["m_to"] - R.randint(1440, 5000))
        if case["found_at"] == 0:
            case["found_at"] = min(MAX_MIN, tc["m_from"] + R.randint(60, 2880))


def build_negative(nk, t):
    """One attempt at a hard negative of kind nk against target record t; None when t does not suit."""
    obj, lst, tc = t["obj"], t["lst"], t["case"]
    kind = obj["kind"]
    spec = KINDS[kind]
    case = {"kind": kind, "zone": tc["zone"], "lcat": obj["cat"], "fcat": obj["cat"], "place": tc.get("place")}
    force = set()
    new = None
    if nk == "twin":
        slots = [k[5:] for k in sorted(lst) if k.startswith("slot:") and fact_of(obj, k[5:]) and fact_of(obj, k[5:])["vis"]
                 and k[5:] not in ("toy", "cash")]
        new = clone(obj)
        new["ident"] = make_ident(obj["ident"]["type"], new) if obj["ident"] else None
        if slots and (not lst.get("ident") or chance(0.6)):
            s = pick(slots)
            if not mutate_slot(new, s):
                return None
            force.add("slot:" + s)
            repersonalise(new, keep=(s,))
        elif lst.get("ident") and spec["if_"] > 0:
            force.add("ident")
            repersonalise(new)
        else:
            return None
        force.update(k for k in ("color", "brand") if new.get(k))
        neg_place_near(t, case)
    elif nk == "near_serial":
        if not lst.get("ident") or obj["ident"]["type"] not in NEAR_OK:
            return None
        new = clone(obj)
        new["ident"] = near_ident(obj["ident"])
        force.add("ident")
        repersonalise(new)
        if fact_of(new, "name"):
            force.add("slot:name")
        neg_place_near(t, case)
    elif nk == "namesake":
        if "slot:name" not in lst or not lst.get("ident") or kind not in ("idcard", "driver", "sscard", "student", "permit"):
            return None
        new = make_object(kind, voice=obj["voice"], owner=obj["owner"])
        if not new["ident"] or new["ident"]["value"] == obj["ident"]["value"]:
            return None
        force.update(["slot:name", "ident"])
        neg_place_near(t, case)
    elif nk == "same_cat_color_diff_object":
        if "color" not in lst:
            return None
        kinds = [k for k in KINDS if KINDS[k]["cat"] == obj["cat"] and KINDS[k]["colors"]]
        new = make_object(pick(kinds))
        new["color"] = lst["color"]
        force.add("color")
        if "brand" in lst:
            ob = other_brand(new["kind"], lst["brand"])
            if ob is None:
                return None
            new["brand"], new["model"] = ob
            force.add("brand")
        neg_place_near(t, case)
    elif nk == "found_before_loss":
        new = clone(obj)
        new["ident"] = make_ident(obj["ident"]["type"], new) if obj["ident"] else None
        repersonalise(new)
        neg_place_near(t, case)
        case["found_at"] = min(MAX_MIN, tc["m_from"] + wpick([(R.randint(20, 600), 3), (R.randint(600, 4000), 3),
                                                              (R.randint(4000, 30000), 1)]))
        force.update(k for k in ("color", "brand") if new.get(k))
    elif nk == "same_brand_diff_place_time":
        if "brand" not in lst:
            return None
        new = make_object(kind)
        new["brand"] = lst["brand"]
        models = [x[2] for x in spec["brands"] if x[0] == lst["brand"]][0]
        new["model"] = pick(models) if models else None
        force.add("brand")
        before = chance(0.5)
        if "color" in lst and (not before or chance(0.5)):
            new["color"] = far_color(kind, lst["color"])
            force.add("color")
        elif "model" in lst and len(models or []) > 1 and not before:
            new["model"] = pick([x for x in models if x != lst["model"]])
            force.add("model")
        else:
            before = True
        neg_place_far(t, case, before)
    elif nk == "same_model_diff_color":
        if "color" not in lst or "brand" not in lst:
            return None
        new = clone(obj)
        new["color"] = far_color(kind, lst["color"])
        new["ident"] = make_ident(obj["ident"]["type"], new) if obj["ident"] else None
        repersonalise(new)
        force.update(["color", "brand"] + (["model"] if new.get("model") else []))
        neg_place_near(t, case)
    elif nk == "same_spot_other_item":
        kinds = [k for k in KINDS if KINDS[k]["cat"] == obj["cat"]]
        new = make_object(pick(kinds))
        if tc["zone"] == "train":
            case["train"], case["car"], case["zone"] = tc["train"], tc["car"], "train"
            case["fzone"], case["fplace"] = "far", pick(TERMINI)
        elif tc["zone"] == "taxi":
            case["zone"], case["fzone"], case["fplace"] = "taxi", "taxi", pick(["rank_south", "rank_p2"])
        else:
            case["fzone"], case["fplace"] = tc["zone"], tc["place"]
        case["found_at"] = R.randint(max(0, tc["m_to"] - 180), tc["m_from"])
        force.update(k for k in ("color", "brand") if new.get(k))
    new["cat"] = obj["cat"]
    return new, case, force


# what a hard negative of each kind must still share with its target
HARD_NOT = {"twin": {"group", "brand", "color", "time"}, "near_serial": {"group", "brand", "color", "time"},
            "namesake": {"group", "time"}, "same_cat_color_diff_object": {"color", "time"},
            "found_before_loss": {"group", "brand", "color"}, "same_brand_diff_place_time": {"brand", "group"},
            "same_model_diff_color": {"group", "brand", "model", "time"}, "same_spot_other_item": {"time"}}
LOST_FIELDS = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"]
FOUND_FIELDS = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
                "found_at_min", "negative"]


def ordered(rec, fields):
    return {k: rec[k] for k in fields if k in rec}


def look_alike(a, b):
    """Two base objects a desk could not tell apart from their looks alone."""
    if a["kind"] != b["kind"] or a["brand"] != b["brand"] or fact_of(a, "name") or fact_of(b, "name"):
        return False
    if a["brand"] is None and not (a["color"] and b["color"]):
        return False
    if a["color"] and b["color"] and color_far(a["color"], b["color"]):
        return False
    va = set((f["slot"], str(f["val"])) for f in a["facts"] if f["vis"])
    return any((f["slot"], str(f["val"])) in va for f in b["facts"] if f["vis"])


def build():
    objs = []
    for kind in KINDS:
        for _ in range(KINDS[kind]["n"]):
            for _ in range(80):
                o = make_object(kind)
                if not any(look_alike(o, x["obj"]) for x in objs):
                    break
            objs.append({"obj": o, "case": make_case(o), "nneg": 0})
    # which objects are ever handed in: weighted draw without replacement
    keys = [(-(R.random() ** (1.0 / KINDS[t["obj"]["kind"]]["hand"])), i) for i, t in enumerate(objs)]
    found_idx = sorted(i for _, i in sorted(keys)[:N_PAIRS])
    for i, t in enumerate(objs):
        t["found"] = i in found_idx
    cross = sample([i for i in found_idx if objs[i]["obj"]["kind"] in ALT_CAT], 4)
    for i in sorted(cross):
        c = objs[i]["case"]
        c["lcat" if chance(0.5) else "fcat"] = ALT_CAT[objs[i]["obj"]["kind"]]
    for t in objs:
        t["lrec"], t["lst"] = render_lost(t["obj"], t["case"], None)
        if t["found"]:
            place_true_found(t["case"])
            for _ in range(30):
                frec, fst = render_found(t["obj"], t["case"], None)
                if not contradictions(t["lst"], t["lrec"], fst, frec):
                    break
            else:
                raise RuntimeError("true pair contradicts itself")
            t["frec"], t["fst"] = frec, fst
    negs = []
    nulls = [t for t in objs if not t["found"]]
    pairs = [t for t in objs if t["found"]]
    for nk, n in NEG_PLAN:
        made, tries = 0, 0
        while made < n:
            tries += 1
            if tries > 20000:
                raise RuntimeError("cannot build %s" % nk)
            t = pick(nulls if chance(0.6) else pairs)
            if t["nneg"] >= 2:
                continue
            got = build_negative(nk, t)
            if not got:
                continue
            new, case, force = got
            try:
                frec, fst = render_found(new, case, None, force=force, negative=nk)
            except RuntimeError:
                continue
            why = contradictions(t["lst"], t["lrec"], fst, frec)
            if not why or set(why) & HARD_NOT[nk]:
                continue
            if nk == "found_before_loss" and "time" not in why:
                continue
            negs.append({"frec": frec, "fst": fst, "target": t, "why": why, "kind": nk, "obj": new})
            t["nneg"] += 1
            made += 1
    return objs, negs


def main():
    objs, negs = build()
    lost = list(objs)
    R.shuffle(lost)
    for i, t in enumerate(lost):
        t["lrec"]["key"] = "%s-L%04d" % (PFX, i + 1)
    found = [("true", t) for t in objs if t["found"]] + [("neg", x) for x in negs]
    R.shuffle(found)
    for i, (_, x) in enumerate(found):
        x["frec"]["key"] = "%s-F%04d" % (PFX, i + 1)
    for t in lost:
        t["lrec"]["truth"] = t["frec"]["key"] if t["found"] else None
    # honesty: no full identifier is shared by a lost report and anything but its own found item
    full_f = {}
    for _, x in found:
        p = x["fst"].get("ident")
        if p and "?" not in p:
            assert p not in full_f, ("two found items share an identifier", p)
            full_f[p] = x["frec"]["key"]
    for t in lost:
        p = t["lst"].get("ident")
        if p and "?" not in p and p in full_f:
            assert full_f[p] == t["lrec"]["truth"], ("identifier shared with a non-truth item", t["lrec"]["key"])
    for x in negs:
        assert contradictions(x["target"]["lst"], x["target"]["lrec"], x["fst"], x["frec"])
    out = {"seed": SEED, "made_by": "tests/lostfound/make_%s.py" % PART,
           "parts": {PART: {"found": [ordered(x["frec"], FOUND_FIELDS) for _, x in found],
                            "lost": [ordered(t["lrec"], LOST_FIELDS) for t in lost]}}}
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                 "%s.json" % PART)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # a short account of what was written
    loose = 0
    for t in lost:
        for _, x in found:
            if x is t or x.get("target") is t or x["frec"]["category"] != t["lrec"]["category"]:
                continue
            if t["found"] and x is t:
                continue
            if not contradictions(t["lst"], t["lrec"], x["fst"], x["frec"]):
                loose += 1
    by_neg = {}
    for x in negs:
        by_neg[x["kind"]] = by_neg.get(x["kind"], 0) + 1
    print("wrote %s: %d lost (%d with truth, %d never handed in), %d found (%d hard negatives)" % (
        path, len(lost), sum(1 for t in lost if t["found"]), sum(1 for t in lost if not t["found"]), len(found), len(negs)))
    print("negatives:", ", ".join("%s=%d" % (k, by_neg[k]) for k in sorted(by_neg)))
    print("same-category non-truth pairs that nothing written rules out: %d" % loose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
