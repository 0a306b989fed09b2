"""set119 world: an invented mountain Buddhist pilgrimage town (岚口镇 / 岚觉山 / 岚觉寺) in October.

Everything here is invented: the town, the mountain, the temple, the shops, the people.
Times are kept as absolute minutes since 2024-09-29 00:00 (local); the registration moment
of the whole set is NOW_ABS (2024-10-09 09:00). Minutes-before = NOW_ABS - t.
"""
import math

NOW_ABS = 10 * 1440 + 9 * 60          # 2024-10-09 09:00

TOWN = "岚口镇"
MOUNT = "岚觉山"
TEMPLE = "岚觉寺"

# id, name, aliases (other ways people say it), lat, lon, zone, English name
PLACES = [
    ("carpark", "游客中心大巴停车场", ["旅游大巴停车场", "大停车场", "游客中心停车场", "景区停车场"], 29.3031, 112.5942, "foot", "big coach car park"),
    ("visitor", "游客中心", ["售票处", "游客服务中心", "景区入口售票厅"], 29.3040, 112.5958, "foot", "visitor centre"),
    ("shuttle_low", "观光车始发站", ["观光车1号站", "换乘中心", "景区交通车站"], 29.3036, 112.5966, "foot", "shuttle bus terminal"),
    ("shuttle_bus", "景区观光车上", ["观光车上", "景区交通车上", "摆渡车上"], 29.3036, 112.5966, "bus", "scenic shuttle bus"),
    ("incense", "香烛街", ["卖香的那条街", "香火铺子街", "进香街", "香烛铺"], 29.3049, 112.5979, "town", "incense street"),
    ("veg1", "莲香素斋馆", ["莲香斋", "莲香素菜馆"], 29.3054, 112.5989, "town", "Lianxiang vegetarian restaurant"),
    ("veg2", "净心素食坊", ["净心斋", "净心素食"], 29.3046, 112.5996, "town", "Jingxin vegetarian place"),
    ("hostel1", "朝山香客客栈", ["香客客栈", "朝山客栈"], 29.3060, 112.5972, "town", "pilgrim hostel"),
    ("hostel2", "云水禅舍", ["云水客栈", "云水居士寮"], 29.3039, 112.5990, "town", "Yunshui hostel"),
    ("gate", "岚觉寺山门", ["山门", "大牌坊", "寺门口"], 29.3068, 112.6002, "temple", "temple gate"),
    ("shuttle_mid", "观光车山门站", ["山门观光车站", "观光车2号站"], 29.3065, 112.5993, "temple", "shuttle stop at the gate"),
    ("tianwang", "天王殿", ["天王殿门口", "四大天王那个殿"], 29.3076, 112.6006, "temple", "Hall of Heavenly Kings"),
    ("daxiong", "大雄宝殿", ["大殿", "正殿", "大雄殿"], 29.3084, 112.6011, "temple", "main hall"),
    ("guanyin", "观音殿", ["观音阁", "观音堂"], 29.3090, 112.6021, "temple", "Guanyin hall"),
    ("sutra", "藏经阁", ["藏经楼"], 29.3095, 112.6007, "temple", "sutra library"),
    ("zhaitang", "寺院斋堂", ["斋堂", "寺里吃斋饭的地方"], 29.3087, 112.5999, "temple", "temple dining hall"),
    ("pond", "放生池", ["放生池边", "放生池旁边"], 29.3078, 112.6017, "temple", "release pond"),
    ("bell", "钟鼓楼", ["钟楼", "鼓楼", "敲钟的地方"], 29.3080, 112.5998, "temple", "bell tower"),
    ("cable_low", "索道下站", ["缆车下站", "下站索道口", "索道售票口"], 29.3101, 112.6043, "stair", "lower cable car station"),
    ("shuttle_cable", "观光车索道站", ["索道站观光车站", "观光车3号站"], 29.3099, 112.6048, "stair", "shuttle stop at the cable car"),
    ("stair", "千步石阶起点", ["石阶入口", "登山步道口", "上山台阶口"], 29.3104, 112.6029, "stair", "bottom of the stone stairway"),
    ("pav1", "半山亭", ["半山腰的亭子", "第一个歇脚亭"], 29.3131, 112.6068, "stair", "Banshan pavilion"),
    ("pav2", "听松亭", ["听松亭子", "第二个亭子"], 29.3147, 112.6091, "stair", "Tingsong pavilion"),
    ("pav3", "歇心亭", ["歇心亭子", "最上面那个亭子"], 29.3163, 112.6113, "stair", "Xiexin pavilion"),
    ("cable_up", "索道上站", ["缆车上站", "上站", "索道顶站"], 29.3183, 112.6148, "summit", "upper cable car station"),
    ("goldtop", "金顶广场", ["金顶", "山顶广场", "顶上"], 29.3196, 112.6161, "summit", "Golden Summit square"),
    ("pagoda", "万佛塔", ["万佛宝塔", "塔那边"], 29.3191, 112.6172, "summit", "Ten-thousand Buddha pagoda"),
    ("upper", "祖师殿", ["上院", "祖师殿门口"], 29.3202, 112.6144, "summit", "Patriarch hall"),
    ("view", "舍身崖观景台", ["观景台", "看云海的平台"], 29.3188, 112.6168, "summit", "cliff viewing platform"),
    # far places (other town, roads)
    ("county_bus", "澧岚县汽车客运站", ["县汽车站", "县城客运站"], 29.3712, 112.4583, "far", "county bus station"),
    ("service", "岚溪高速服务区", ["岚溪服务区", "高速服务区"], 29.2588, 112.6897, "far", "Lanxi motorway service area"),
    ("rail", "澧岚高铁站", ["高铁站", "澧岚站"], 29.3895, 112.4401, "far", "Lilan high-speed rail station"),
]
PLACE = {p[0]: {"id": p[0], "name": p[1], "aliases": p[2], "lat": p[3], "lon": p[4], "zone": p[5], "en": p[6]} for p in PLACES}
PLACE_IDS = sorted(PLACE)
NEAR_IDS = sorted(i for i in PLACE_IDS if PLACE[i]["zone"] != "far")
FAR_IDS = sorted(i for i in PLACE_IDS if PLACE[i]["zone"] == "far")


def dist_m(a, b):
    pa, pb = PLACE[a], PLACE[b]
    dy = (pa["lat"] - pb["lat"]) * 111000.0
    dx = (pa["lon"] - pb["lon"]) * 111000.0 * math.cos(math.radians(29.31))
    return math.hypot(dx, dy)


def neighbours(pid, within=320):
    return sorted(q for q in NEAR_IDS if q != pid and q != "shuttle_bus" and dist_m(pid, q) <= within)


def far_from(pid, beyond=700):
    return sorted(q for q in PLACE_IDS if q != "shuttle_bus" and dist_m(pid, q) >= beyond)


def jitter(rng, pid, metres):
    p = PLACE[pid]
    ang = rng.random() * 2 * math.pi
    r = rng.random() * metres
    lat = p["lat"] + (r * math.sin(ang)) / 111000.0
    lon = p["lon"] + (r * math.cos(ang)) / (111000.0 * math.cos(math.radians(29.31)))
    return round(lat, 6), round(lon, 6)


def address(rng, pid, owner=True):
    p = PLACE[pid]
    name = p["name"] if (not owner or rng.random() < 0.55) else rng.choice(p["aliases"])
    z = p["zone"]
    if z == "far":
        forms = [name, "澧岚县" + name if not name.startswith("澧岚") else name]
    else:
        if name.startswith("景区"):
            name = name[2:]
        forms = [name, MOUNT + "景区" + name, TOWN + MOUNT + name, MOUNT + name,
                 TEMPLE + name if (z == "temple" and not name.startswith(TEMPLE)) else MOUNT + "景区" + name]
    return rng.choice(forms)[:60]


# ---------------------------------------------------------------- time
def date_of(t):
    day = t // 1440
    d = 29 + day
    if d <= 30:
        return 9, d
    return 10, d - 30


def clock(t):
    m = t % 1440
    return m // 60, m % 60


def part_of_day(h):
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 17:
        return "下午"
    if h < 19:
        return "傍晚"
    return "晚上"


CN_NUM = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def h12(h):
    return h if h <= 12 else h - 12


def date_zh(rng, t):
    mo, d = date_of(t)
    r = rng.random()
    if mo == 10 and d == 1 and r < 0.3:
        return rng.choice(["国庆节当天", "十一那天", "10月1号国庆那天"])
    if r < 0.45:
        return "%d月%d日" % (mo, d)
    if r < 0.75:
        return "%d月%d号" % (mo, d)
    if r < 0.88:
        return "%d号" % d
    return "%d.%d" % (mo, d)


def owner_time_zh(rng, tf, tt):
    """A loose owner phrase for a loss window [tf, tt]."""
    df, dt = date_of(tf), date_of(tt)
    hf, _ = clock(tf)
    ht, _ = clock(tt)
    if df == dt:
        dz = date_zh(rng, tf)
        r = rng.random()
        pf, pt = part_of_day(hf), part_of_day(ht)
        if r < 0.35:
            end = ("%d点" % (h12(ht) or 12)) if pf == pt else ("%s%d点" % (pt, h12(ht) or 12))
            if ht == hf:
                end = "%d点半" % (h12(hf) or 12)
            return "%s%s%d点到%s之间" % (dz, pf, h12(hf) or 12, end)
        if r < 0.6:
            return "%s%s" % (dz, part_of_day((hf + ht) // 2))
        if r < 0.8:
            return "%s%s%s点多" % (dz, pf, CN_NUM[h12(hf) or 12])
        return "%s %02d:%02d前后" % (dz, hf, (tf % 60) // 10 * 10)
    if rng.random() < 0.5:
        return "%s%s到%s%s之间" % (date_zh(rng, tf), part_of_day(hf), date_zh(rng, tt), part_of_day(ht))
    return "%s到%s之间" % (date_zh(rng, tf), date_zh(rng, tt))


def daytime(rng, t, lo, hi):
    """Move a finding moment out of the small hours, staying inside [lo, hi]."""
    h = clock(t)[0]
    if 6 <= h < 22:
        return t
    day = t // 1440
    fwd = (day + (1 if h >= 22 else 0)) * 1440 + 6 * 60 + rng.randint(0, 150)
    if lo <= fwd <= hi:
        return fwd
    back = (day - (1 if h < 6 else 0)) * 1440 + 21 * 60 - rng.randint(0, 150)
    if lo <= back <= hi:
        return back
    return t


def owner_time_en(rng, tf, tt):
    (mf, df), (mt, dt) = date_of(tf), date_of(tt)
    mon = {9: "Sep", 10: "Oct"}
    hf, ht = clock(tf)[0], clock(tt)[0]

    def ap(h):
        return "%d%s" % (h12(h) or 12, "am" if h < 12 else "pm")
    if (mf, df) == (mt, dt):
        if rng.random() < 0.5:
            return "on %s %d between %s and %s" % (mon[mf], df, ap(hf), ap(max(ht, hf + 1)))
        return "on %s %d, around %s" % (mon[mf], df, ap(hf))
    return "sometime between %s %d and %s %d" % (mon[mf], df, mon[mt], dt)


def found_time_zh(rng, t):
    h, m = clock(t)
    dz = date_zh(rng, t)
    r = rng.random()
    if r < 0.4:
        return "%s %d:%02d" % (dz, h, m)
    if r < 0.7:
        return "%s%s%d点左右" % (dz, part_of_day(h), h12(h) or 12)
    if r < 0.85:
        return "%s%s" % (dz, part_of_day(h))
    return "%s %02d时%02d分" % (dz, h, m)


def found_time_en(rng, t):
    (mo, d), (h, m) = date_of(t), clock(t)
    return "%s %d at %d:%02d" % ({9: "Sep", 10: "Oct"}[mo], d, h, m)


# ---------------------------------------------------------------- people
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林", "谢", "邓", "曾", "彭", "谭", "廖", "蒋", "唐", "龚", "邹"]
OLD_GIVEN = ["秀兰", "桂英", "玉珍", "德福", "凤英", "建国", "淑芬", "金花", "国强", "春梅", "素珍", "永福", "桂芳", "志刚", "翠花", "宝山", "月娥", "秀英", "长生", "兰芝", "福生", "玉兰", "德明", "美珍"]
YOUNG_GIVEN = ["子涵", "浩然", "欣怡", "一诺", "宇轩", "思琪", "梓萱", "俊杰", "雨桐", "嘉怡", "明轩", "诗涵", "晨曦", "佳琪", "博文", "若汐"]
MID_GIVEN = ["海燕", "建军", "丽娟", "志强", "红梅", "卫东", "晓燕", "伟", "静", "军", "敏", "勇", "丹", "涛"]
FIRST_EN = ["Anna", "Marek", "Lukas", "Sophie", "Tomas", "Elena", "Jonas", "Clara", "Pieter", "Ines", "Oliver", "Maya", "Henrik", "Lea", "Daniel", "Nora"]
LAST_EN = ["Veldhorst", "Kaminsky", "Brunwald", "Oyelaran", "Marchetti", "Lindqvar", "Duvernay", "Stolberg", "Hallorann", "Petrakis", "Fennimore", "Aldecoa", "Sorvik", "Quennell"]
COUNTRIES = ["German", "Dutch", "Polish", "French", "Italian", "Spanish", "Norwegian", "British", "Canadian", "Australian"]


def name_zh(rng, age):
    pool = OLD_GIVEN if age == "old" else (YOUNG_GIVEN if age == "young" else MID_GIVEN)
    return rng.choice(SURNAMES) + rng.choice(pool)


def name_en(rng):
    return "%s %s" % (rng.choice(FIRST_EN), rng.choice(LAST_EN))


# provinces: code (first two ID digits), name, dialect words
PROVINCES = {
    "sichuan": {"code": "51", "name": "四川", "lost": ["搞丢了", "落起了", "整掉了"], "filler": ["急死个人哦", "莫得办法了", "麻烦你们帮忙找哈嘛", "耍了一圈就不见了"], "wallet": "钱夹子", "stick": "拐棍儿", "cup": "茶杯子", "self": "我"},
    "hunan": {"code": "43", "name": "湖南", "lost": ["搞掉哒", "冇得哒", "弄丢哒"], "filler": ["咯里怎么搞咯", "冇得办法", "麻烦你们帮我看一下咯"], "wallet": "钱包", "stick": "拐棍", "cup": "杯子", "self": "我"},
    "guangdong": {"code": "44", "name": "广东", "lost": ["唔见咗", "跌咗", "唔记得攞"], "filler": ["唔该晒", "真系好急", "麻烦帮手搵下"], "wallet": "银包", "stick": "拐杖", "cup": "保温壶", "self": "我"},
    "shanghai": {"code": "31", "name": "上海", "lost": ["落脱了", "寻不着了", "弄没了"], "filler": ["阿拉老头子急煞了", "谢谢侬了", "伊拉讲来这里登记"], "wallet": "皮夹子", "stick": "司梯克", "cup": "保温杯", "self": "阿拉"},
    "dongbei": {"code": "23", "name": "黑龙江", "lost": ["整丢了", "整没了", "落下了"], "filler": ["贼着急", "可咋整啊", "谁捡着了给个信儿"], "wallet": "钱包", "stick": "拐棍", "cup": "水杯", "self": "俺"},
    "henan": {"code": "41", "name": "河南", "lost": ["弄丢了", "丢了", "找不着了"], "filler": ["中不中帮俺找找", "俺可急死了", "恁要是见了给俺打电话"], "wallet": "钱包", "stick": "拐棍", "cup": "茶杯", "self": "俺"},
    "jiangxi": {"code": "36", "name": "江西", "lost": ["跌掉了", "冇看到了", "搞掉了"], "filler": ["渠急得饭都冇吃", "麻烦哩", "帮忙留意一下"], "wallet": "荷包", "stick": "拐棍", "cup": "茶杯", "self": "我"},
    "fujian": {"code": "35", "name": "福建", "lost": ["拍毋见了", "不见了", "丢掉了"], "filler": ["歹势麻烦你们", "真的很急", "感恩"], "wallet": "钱包", "stick": "手杖", "cup": "保温杯", "self": "我"},
    "zhejiang": {"code": "33", "name": "浙江", "lost": ["落掉了", "弄没掉了", "丢掉了"], "filler": ["麻烦你们了", "老太婆急得要命", "有消息讲一声"], "wallet": "皮夹", "stick": "拐杖", "cup": "保温杯", "self": "我"},
    "shandong": {"code": "37", "name": "山东", "lost": ["弄丢了", "掉了", "找不着了"], "filler": ["俺娘急得不行", "麻烦恁了", "谁拾着了行行好"], "wallet": "钱包", "stick": "拐棍", "cup": "杯子", "self": "俺"},
}
PROVINCE_IDS = sorted(PROVINCES)

AGENCIES = ["岚山国旅", "心缘旅行社", "莲华朝圣游", "福缘之旅", "湘中假日旅行社", "吉祥行旅游"]
HOME_TEMPLES = ["普觉禅院", "慈云精舍", "妙音庵", "净觉寺", "宝莲禅寺"]
UNIVERSITIES = ["湘岚师范学院", "澧州理工大学", "南岭医科大学", "岚江职业技术学院"]
BANKS = ["岚江农商银行", "湘中银行", "南岭商业银行", "澧州邮储", "华岳银行"]


# ---------------------------------------------------------------- numbers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(first17):
    return ID_C[sum(int(a) * w for a, w in zip(first17, ID_W)) % 11]


def make_id(rng, prov, age, sex=None):
    code = PROVINCES[prov]["code"] + "%02d%02d" % (rng.randint(1, 30), rng.randint(1, 29))
    if age == "old":
        y = rng.randint(1938, 1962)
    elif age == "young":
        y = rng.randint(1996, 2006)
    else:
        y = rng.randint(1966, 1994)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(0, 99)
    if sex is None:
        sex = rng.choice(["男", "女"])
    last = rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8])
    s17 = "%s%04d%02d%02d%02d%d" % (code, y, m, d, seq, last)
    return s17 + id_check(s17), y, sex


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def make_imei(rng):
    body = rng.choice(["86", "35", "86", "99"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)
