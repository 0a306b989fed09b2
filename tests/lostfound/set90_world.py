"""set90 world: an invented county seat on the northern plains (禾丰县) and its
townships during the June wheat harvest.  Every place, name and number is invented.

Coordinates are kept as kilometres east (x) and north (y) of the county seat's
centre and turned into WGS84 with a flat-earth approximation."""
import datetime
import math

NOW = datetime.datetime(2025, 6, 22, 21, 0)      # the common moment of registration
START = datetime.datetime(2025, 5, 29, 5, 0)     # earliest loss considered
LAT0, LON0 = 36.30172, 116.20468
KM_LAT = 111.0
KM_LON = 111.0 * math.cos(math.radians(36.3))

COUNTY = "禾丰县"
STATION = "城关派出所"

# id, kind, x, y, town, official name, other names (nickname / dialect), pinyin
_IN = [
    ("hosp", "hospital", 0.6, 0.8, "城关镇", "禾丰县人民医院", ["县医院", "人民医院", "县里大医院"], "Hefeng Renmin Yiyuan"),
    ("bus", "bus", -0.8, -0.4, "城关镇", "禾丰县汽车客运站", ["汽车站", "老车站", "车站子"], "Hefeng Qichezhan"),
    ("mart", "supermarket", 0.2, 0.1, "城关镇", "惠民购物广场", ["惠民超市", "大超市", "惠民"], "Huimin Chaoshi"),
    ("phst", "phonestreet", 0.4, -0.3, "城关镇", "建设路手机一条街", ["手机街", "卖手机那条街", "建设路"], "Jianshe Lu shouji jie"),
    ("sch2", "school", 1.3, 0.4, "城关镇", "禾丰县第二中学", ["二中", "二中考点", "县二中"], "Hefeng Erzhong"),
    ("schx", "school", -0.5, 1.2, "城关镇", "禾丰县实验中学", ["实验中学", "实验", "实中"], "Shiyan Zhongxue"),
    ("levee", "park", -5.0, 0.5, "城关镇", "黄河大堤生态公园", ["大堤公园", "河堤上", "堤上"], "Huanghe Dadi Gongyuan"),
    ("repair", "repair", 2.0, -1.5, "城关镇", "丰收农机维修厂", ["农机修理厂", "修理场子", "丰收修理厂"], "Fengshou Nongji Weixiuchang"),
    ("grain", "grain", 1.5, -2.2, "城关镇", "禾丰县粮食收储库", ["粮站", "县粮库", "收粮的地儿"], "Hefeng Liangku"),
    ("plaza", "plaza", 0.0, 0.5, "城关镇", "人民广场", ["广场", "县城广场"], "Renmin Guangchang"),
    ("veg", "vegmarket", 1.0, 0.0, "城关镇", "东关农贸市场", ["东关菜市场", "东关大市场", "菜市"], "Dongguan Caishichang"),
    ("gas", "gas", 3.0, 0.2, "城关镇", "105国道城东加油站", ["城东加油站", "国道边加油站"], "Chengdong Jiayouzhan"),
    ("hbase", "harvbase", 3.3, -0.6, "城关镇", "跨区机收接待服务站", ["收割机停车场", "机手接待站", "麦客停车场"], "Jishou Jiedaizhan"),
    ("bank", "bank", 0.1, -0.1, "城关镇", "禾丰农商银行营业部", ["农商行", "信用社", "农商银行"], "Nongshang Yinhang"),
    ("night", "nightmarket", -0.3, 0.2, "城关镇", "东风路夜市", ["夜市", "烧烤街", "东风路"], "Dongfeng Lu yeshi"),
    ("hotel", "hotel", -0.9, -0.6, "城关镇", "顺达旅社", ["顺达宾馆", "车站边上的旅馆"], "Shunda Lvshe"),
    ("gov", "office", 0.8, 1.5, "城关镇", "禾丰县政务服务中心", ["政务大厅", "办证大厅"], "Zhengwu Fuwu Zhongxin"),
    ("xingfu", "residential", -1.2, 0.9, "城关镇", "幸福家园小区", ["幸福小区", "幸福苑"], "Xingfu Jiayuan"),
    ("wjmkt", "market", 1.0, 5.5, "北王集乡", "北王集大集", ["王集集上", "北王集集", "王集"], "Beiwangji dashi"),
    ("wjclin", "clinic", 1.3, 5.8, "北王集乡", "北王集乡卫生院", ["乡卫生院", "王集卫生院"], "Wangji Weishengyuan"),
    ("wjgov", "office", 0.8, 5.9, "北王集乡", "北王集乡政府", ["乡政府大院", "乡里"], "Wangji Xiangzhengfu"),
    ("wjfield", "field", 1.8, 6.3, "北王集乡", "王集村打麦场", ["王集麦场", "村西头麦场"], "Wangji maichang"),
    ("lzmkt", "market", 5.0, -4.5, "柳庄镇", "柳庄大集", ["柳庄集", "柳庄集上"], "Liuzhuang dashi"),
    ("lzgrain", "grain", 5.5, -4.0, "柳庄镇", "柳庄粮食收购点", ["柳庄粮站", "柳庄收粮点"], "Liuzhuang shouliangdian"),
    ("lzsch", "school", 4.6, -4.9, "柳庄镇", "柳庄镇中学", ["柳庄中学", "柳中"], "Liuzhuang Zhongxue"),
    ("zhanglou", "village", -2.5, 3.0, "城关镇", "张楼村", ["张楼", "张家楼"], "Zhanglou cun"),
    ("litun", "village", -3.0, -2.5, "城关镇", "李家屯村", ["李屯", "李家屯"], "Lijiatun"),
    ("qianliu", "village", 3.5, 3.0, "北王集乡", "前刘庄村", ["前刘庄", "前刘"], "Qianliuzhuang"),
    ("houliu", "village", 3.6, 3.8, "北王集乡", "后刘庄村", ["后刘庄", "后刘"], "Houliuzhuang"),
    ("mengz", "village", -1.5, -4.0, "柳庄镇", "孟庄村", ["孟庄", "孟家庄"], "Mengzhuang"),
    ("hekou", "village", -5.5, -1.5, "城关镇", "大河口村", ["河口", "大河口"], "Dahekou"),
    ("xiaoguo", "village", 2.8, -6.5, "柳庄镇", "小郭庄村", ["小郭庄", "小郭"], "Xiaoguozhuang"),
    ("dongying", "village", 6.0, 1.0, "城关镇", "东营村", ["东营", "东营子"], "Dongying cun"),
    ("xiying", "village", -3.8, 1.5, "城关镇", "西营村", ["西营", "西营子"], "Xiying cun"),
    ("heliu", "road", 2.5, -2.3, "城关镇", "禾柳公路", ["禾柳路", "去柳庄那条公路"], "Heliu Gonglu"),
    ("zlfield", "field", -2.3, 2.4, "城关镇", "张楼村南地", ["张楼南地", "张楼村南边麦地"], "Zhanglou nandi"),
    ("toll", "road", 4.0, 1.5, "城关镇", "禾丰高速收费站", ["高速口", "收费站"], "Hefeng shoufeizhan"),
    ("yanhuang", "road", -4.8, -0.5, "城关镇", "沿黄公路", ["沿黄路", "大堤底下那条路"], "Yanhuang Gonglu"),
]

# far places, 25-60 km away: used only for negatives
_FAR = [
    ("hyst", "bus", 38.0, 39.0, "河阳市", "河阳市火车站", ["河阳站", "河阳火车站"], "Heyang zhan"),
    ("hyhosp", "hospital", 36.5, 40.5, "河阳市", "河阳市第一人民医院", ["河阳一院", "市一院"], "Heyang Yiyuan"),
    ("shenan", "bus", 4.0, -33.0, "莘安县", "莘安县汽车站", ["莘安车站", "莘安"], "Shen'an qichezhan"),
    ("fanji", "market", -21.0, -19.0, "范集镇", "黄河南岸范集", ["范集集上", "河南岸范集"], "Fanji"),
    ("linqing", "grain", 40.0, -3.0, "临清口镇", "临清口粮站", ["临清口收粮点", "临清口"], "Linqingkou liangzhan"),
    ("gaomiao", "market", 3.0, 30.0, "高庙乡", "高庙大集", ["高庙集", "高庙"], "Gaomiao dashi"),
    ("fuqiao", "gas", -30.0, 12.0, "浮桥镇", "浮桥服务区", ["浮桥", "浮桥加油站"], "Fuqiao fuwuqu"),
]


def _mk(row, far):
    pid, kind, x, y, town, off, nicks, py = row
    lat = round(LAT0 + y / KM_LAT, 6)
    lon = round(LON0 + x / KM_LON, 6)
    return {"id": pid, "kind": kind, "x": x, "y": y, "town": town, "name": off,
            "nicks": nicks, "py": py, "lat": lat, "lon": lon, "far": far}


PLACES = {r[0]: _mk(r, False) for r in _IN}
FAR = {r[0]: _mk(r, True) for r in _FAR}
IN_IDS = [r[0] for r in _IN]
FAR_IDS = [r[0] for r in _FAR]
ALL = dict(PLACES)
ALL.update(FAR)


def dist(a, b):
    p, q = ALL[a], ALL[b]
    return math.hypot(p["x"] - q["x"], p["y"] - q["y"])


def near(pid, km):
    """In-area places within km of pid (pid included), sorted."""
    return sorted(q for q in IN_IDS if dist(pid, q) <= km)


def by_kind(*kinds):
    return [p for p in IN_IDS if PLACES[p]["kind"] in kinds]


# periodic rural markets: day of month ends in these digits (阳历 market calendar)
MARKET_DAYS = {"wjmkt": (3, 8), "lzmkt": (1, 6)}
MARKET_SAY = {"wjmkt": "逢三逢八", "lzmkt": "逢一逢六"}
EXAM_DAYS = (14, 15, 16)          # 中考, June 14-16

# ---------------------------------------------------------------- people
SURNAMES = list("王李张刘陈杨赵孙马郭孟宋高田韩冯牛袁侯范秦邢闫贾崔任曹程魏薛")
GIVEN_OLD_F = ["秀兰", "桂英", "桂芝", "凤英", "玉梅", "淑芬", "秋菊", "凤兰", "素珍", "翠花", "玉兰", "金凤"]
GIVEN_OLD_M = ["保国", "长山", "金锁", "满仓", "铁柱", "德胜", "富贵", "春生", "庆山", "丰收", "家旺", "树林"]
GIVEN_MID_F = ["红梅", "海燕", "丽娟", "春燕", "晓丽", "艳芳", "慧敏", "雪梅", "俊霞", "彩云"]
GIVEN_MID_M = ["建军", "卫东", "志强", "永刚", "国庆", "利民", "新民", "学军", "振华", "大勇", "二军", "红旗"]
GIVEN_KID_F = ["梓萱", "欣怡", "雨桐", "思彤", "佳怡", "若汐", "一诺", "可馨", "诗涵", "语嫣"]
GIVEN_KID_M = ["浩然", "宇轩", "博文", "俊熙", "明轩", "天佑", "子豪", "皓宇", "铭泽", "嘉乐"]

# invented region codes (6 digits) for ID numbers
REGION_LOCAL = ["371592", "371593"]
PROVINCES = [  # (how a driver says where he is from, region code)
    ("河南驻马店", "411795"), ("河南周口", "411696"), ("安徽阜阳", "341297"),
    ("江苏徐州", "320396"), ("河北邯郸", "130497"), ("湖北襄阳", "420698"),
]

# -------------------------------------------------------------- time helpers
CN_DIGIT = "零一二三四五六七八九"


def at(m):
    return NOW - datetime.timedelta(minutes=m)


def mins(dt):
    return int((NOW - dt).total_seconds() // 60)


def cn_small(n):
    """1..31 in Chinese characters (日期、钟点)."""
    if n < 10:
        return CN_DIGIT[n]
    if n < 20:
        return "十" + (CN_DIGIT[n % 10] if n % 10 else "")
    return CN_DIGIT[n // 10] + "十" + (CN_DIGIT[n % 10] if n % 10 else "")


def day_word(dt, rng, dialect=False):
    """A way of naming the day of dt; relative words only when they are true."""
    delta = (NOW.date() - dt.date()).days
    opts = ["%d月%d日" % (dt.month, dt.day), "%d号" % dt.day, "%d月%d号" % (dt.month, dt.day),
            "%d.%d " % (dt.month, dt.day), "%s月%s号" % ("六" if dt.month == 6 else "五", cn_small(dt.day))]
    if delta == 0:
        opts += ["今天", "今儿个" if dialect else "今天"]
    elif delta == 1:
        opts += ["昨天", "夜儿个" if dialect else "昨天", "昨天"]
    elif delta == 2:
        opts += ["前天", "前儿个" if dialect else "前天"]
    return rng.choice(opts)


OPEN_HOURS = {"school": (7, 18), "supermarket": (8, 21), "bank": (8, 17), "office": (8, 17),
              "phonestreet": (8, 20), "clinic": (7, 18), "repair": (7, 19), "market": (6, 13),
              "vegmarket": (6, 18), "nightmarket": (17, 24), "grain": (6, 22), "field": (5, 21),
              "village": (6, 22), "road": (6, 22), "park": (5, 22), "plaza": (6, 23)}


def daytime(dt, latest=None, kind=None):
    """Move a found moment into the hours when someone is there to find it,
    when that still fits before latest."""
    h0, h1 = OPEN_HOURS.get(kind, (6, 24))
    if h0 <= dt.hour < h1:
        return dt
    c = dt.replace(hour=min(h0 + dt.minute % 3, 23), minute=dt.minute * 7 % 60)
    if dt.hour >= h1:
        c += datetime.timedelta(days=1)
    return c if latest is None or c <= latest else dt


def part_of_day(h, dialect=False):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "清早" if dialect else "早上"
    if h < 11:
        return "头晌" if dialect else "上午"
    if h < 13:
        return "晌午" if dialect else "中午"
    if h < 18:
        return "后晌" if dialect else "下午"
    if h < 20:
        return "傍黑" if dialect else "傍晚"
    return "黑价" if dialect else "晚上"


def clock_word(dt, rng, approx=True):
    h, mi = dt.hour, dt.minute
    h12 = h if h <= 12 else h - 12
    opts = ["%d点" % h12 if mi == 0 else "%d点%d分" % (h12, mi), "%s点" % cn_small(h12)]
    if approx:
        opts += ["%d点多" % h12, "%d点来钟" % h12, "%d点左右" % h12]
    if mi == 30:
        opts.append("%d点半" % h12)
    return rng.choice(opts)
