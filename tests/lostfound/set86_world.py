"""set86 world: an invented university town and science park on the edge of an
eastern megacity (东海市), in June: exam week, graduation, moving-out markets.

Every place, person and number here is invented. Coordinates are WGS84.
"""
import datetime

# The moment every registration is made; all minute offsets count back from it.
NOW = datetime.datetime(2025, 6, 26, 18, 0)

# id, canonical name, other ways people write it, pinyin, English, lat, lon,
# time pattern, categories that fit the place best
PLACES = [
    ("c1", "青岚大学第一食堂", ["一食堂二楼", "青岚大学一食堂", "学校一食堂", "青大一食堂门口"], "yi shitang", "No.1 Canteen, Qinglan University", 31.02935, 121.44180, "meal"),
    ("c2", "青岚大学第二食堂", ["二食堂", "青大二食堂一楼", "二食堂麻辣烫窗口"], "er shitang", "No.2 Canteen", 31.02710, 121.44520, "meal"),
    ("lib", "青岚大学图书馆", ["图书馆三楼自习区", "图书馆一楼大厅", "青大图书馆", "总馆四楼阅览室"], "tushuguan", "the main library", 31.03080, 121.44310, "day"),
    ("libg", "青岚大学图书馆南门", ["图书馆南门", "图书馆门口存包柜", "图书馆南门台阶"], "tushuguan nanmen", "south gate of the library", 31.03020, 121.44305, "day"),
    ("t3", "青岚大学第三教学楼", ["三教", "三教201", "第三教学楼门口", "三教一楼走廊"], "san jiao", "Teaching Building 3", 31.03160, 121.44600, "day"),
    ("de7", "青岚大学东区宿舍7栋", ["东区7栋", "东区七号楼楼下", "东区宿舍", "东7"], "dongqu qi dong", "East Dorm Building 7", 31.02620, 121.44840, "any"),
    ("dw12", "青岚大学西区宿舍12栋", ["西区12栋", "西区宿舍楼下", "西十二"], "xiqu shier dong", "West Dorm Building 12", 31.02790, 121.43790, "any"),
    ("flea", "青岚大学东区宿舍广场毕业跳蚤市场", ["东区跳蚤市场", "毕业集市", "东区广场摆摊的地方", "宿舍楼下跳蚤市场"], "tiaozao shichang", "the graduation flea market at East Dorms", 31.02580, 121.44770, "flea"),
    ("gym", "青岚大学体育馆", ["体育馆羽毛球场", "学校体育馆", "田径场看台", "体育馆更衣室"], "tiyuguan", "the university gym", 31.03310, 121.44020, "day"),
    ("gate", "青岚大学南门", ["学校南门", "南门公交站", "青大南门外"], "nanmen", "the south gate", 31.02450, 121.44390, "any"),
    ("exp", "青岚大学东区快递驿站", ["东区驿站", "东区快递站", "菜鸟那边的快递点", "快递驿站门口"], "kuaidi zhan", "the East campus parcel station", 31.02660, 121.44950, "any"),
    ("hall", "青岚大学大礼堂", ["大礼堂", "毕业典礼会场", "礼堂门口拍照的地方", "大礼堂二楼"], "da litang", "the Grand Hall", 31.03210, 121.44230, "grad"),
    ("cafe", "图书馆旁瑞鹿咖啡", ["瑞鹿咖啡", "图书馆边上那家咖啡店", "瑞鹿咖啡青大店"], "ruilu kafei", "Ruilu Coffee next to the library", 31.03050, 121.44400, "day"),
    ("lxc", "岚溪理工学院桂园食堂", ["桂园食堂", "岚溪理工食堂", "理工桂园二楼"], "guiyuan shitang", "Guiyuan Canteen, Lanxi Tech", 31.03720, 121.45330, "meal"),
    ("lxl", "岚溪理工学院图书馆", ["理工图书馆", "岚溪图书馆二楼", "理工图书馆自习室"], "ligong tushuguan", "Lanxi Tech library", 31.03850, 121.45160, "day"),
    ("lxd", "岚溪理工北苑宿舍3号楼", ["北苑3号楼", "北苑宿舍楼下", "理工北苑三栋"], "beiyuan sushe", "North Garden Dorm 3", 31.03960, 121.45420, "any"),
    ("lxf", "岚溪理工北苑毕业跳蚤市场", ["北苑跳蚤市场", "北苑集市", "理工毕业摆摊"], "beiyuan tiaozao", "North Garden flea market", 31.03910, 121.45480, "flea"),
    ("exs", "青岚实验中学考点", ["实验中学考点门口", "青岚实验中学正门", "高考考点", "实验中学东门"], "shiyan zhongxue", "the exam centre at Qinglan Experimental School", 31.04010, 121.43810, "exam"),
    ("exw", "青岚实验中学对面家长等候区", ["考点对面遮阳棚", "家长等候区", "实验中学对面树荫下", "考点外面的等候区"], "jiazhang denghou qu", "the parents' waiting area opposite the exam centre", 31.03980, 121.43890, "exam"),
    ("exh", "考点旁悦栖酒店", ["悦栖酒店", "悦栖酒店大堂", "实验中学旁边的酒店"], "yueqi jiudian", "Yueqi Hotel by the exam centre", 31.04090, 121.43950, "exam"),
    ("mtt", "地铁17号线青岚湖站", ["青岚湖站", "17号线终点站", "青岚湖地铁站2号口", "青岚湖站站台"], "qinglanhu zhan", "Qinglan Lake station (Line 17 terminus)", 31.02150, 121.45250, "any"),
    ("mtu", "地铁17号线大学城站", ["大学城站", "大学城地铁站3号口", "17号线大学城站闸机"], "daxuecheng zhan", "University Town station", 31.02400, 121.44700, "any"),
    ("mtx", "地铁17号线星桥站", ["星桥站", "星桥地铁站1号口", "17号线星桥站"], "xingqiao zhan", "Xingqiao station", 31.03300, 121.46200, "any"),
    ("bkc", "大学城商业街共享单车停放点", ["商业街单车停放点", "商业街路口共享单车", "商业街电单车停车区"], "danche tingfang dian", "the shared-bike dock on the commercial street", 31.02510, 121.44620, "any"),
    ("tpa", "星桥科学园A座", ["科学园A座大堂", "星桥A座", "A座一楼前台", "星桥科学园A座电梯厅"], "xingqiao A zuo", "Tower A, Xingqiao Science Park", 31.03520, 121.46510, "work"),
    ("tpb", "星桥科学园B座", ["B座22楼", "星桥B座会议室", "科学园B座", "B座电梯间"], "xingqiao B zuo", "Tower B, Xingqiao Science Park", 31.03470, 121.46640, "work"),
    ("tpf", "星桥科学园B1美食广场", ["星桥美食广场", "科学园负一楼美食广场", "B1食堂", "美食广场黄焖鸡那边"], "meishi guangchang", "the B1 food court, Xingqiao Science Park", 31.03490, 121.46580, "meal"),
    ("tpp", "星桥科学园地下车库电动车棚", ["科学园电动车棚", "B座地下车库", "科学园非机动车库"], "diandongche peng", "the e-bike shed, Xingqiao Science Park", 31.03430, 121.46700, "work"),
    ("tpx", "星桥科学园快递柜", ["园区快递柜", "科学园驿站", "A座门口快递柜"], "kuaidi gui", "the parcel lockers, Xingqiao Science Park", 31.03560, 121.46450, "work"),
    ("lh", "盐仓Livehouse", ["盐仓livehouse", "商业街那个livehouse", "盐仓现场", "盐仓LIVE"], "yancang livehouse", "Yancang Livehouse", 31.02560, 121.44920, "night"),
    ("st", "青岚湖体育中心体育场", ["体育中心", "演唱会内场", "体育场看台B区", "青岚湖体育场"], "tiyu zhongxin", "Qinglan Lake Stadium", 31.01600, 121.43000, "concert"),
    ("stg", "青岚湖体育中心散场通道", ["体育中心北门", "体育场散场出口", "体育中心地铁口"], "sanchang tongdao", "the stadium exit", 31.01720, 121.43150, "concert"),
    ("cs", "大学城商业街", ["商业街", "大学城美食街", "商业街奶茶店门口", "大学城步行街"], "shangye jie", "the commercial street", 31.02530, 121.44690, "any"),
    ("cvs", "商业街橙子便利店", ["橙子便利店", "商业街便利店", "南门外便利店"], "bianli dian", "Orange convenience store", 31.02480, 121.44560, "any"),
    ("bus", "大学城公交枢纽", ["公交枢纽站", "大学城公交站", "公交总站"], "gongjiao shuniu", "the bus hub", 31.02300, 121.44950, "any"),
    ("lake", "青岚湖公园", ["青岚湖边", "湖边跑道", "青岚湖公园北门"], "qinglanhu gongyuan", "Qinglan Lake Park", 31.01950, 121.43800, "any"),
    ("mall", "湖畔里购物中心", ["湖畔里", "湖畔里商场三楼", "湖畔里影院"], "hupanli", "Hupanli mall", 31.02080, 121.45600, "any"),
]

# Far away parts of the same city, for "different place" negatives.
FAR = [
    ("far1", "东海市老城钟楼街", ["老城钟楼街", "钟楼街口"], 31.23010, 121.48020),
    ("far2", "东海南站", ["南站候车大厅", "东海南站北广场"], 31.15510, 121.42980),
    ("far3", "空港新城T2航站楼", ["机场T2", "T2到达层"], 31.19720, 121.34050),
    ("far4", "临江新区海韵广场", ["海韵广场", "临江新区商场"], 30.90120, 121.89930),
    ("far5", "北郊钢城路地铁站", ["钢城路站", "北郊钢城路"], 31.38020, 121.49110),
    ("far6", "东海市第一人民医院", ["市一医院门诊楼", "一院门诊"], 31.25580, 121.46600),
]

# time patterns: (day range inclusive, list of (start hour, end hour))
WHEN = {
    "meal": ((1, 26), [(11.0, 13.5), (17.0, 19.5)]),
    "day": ((1, 26), [(8.0, 22.0)]),
    "any": ((1, 26), [(7.0, 23.0)]),
    "exam": ((7, 9), [(8.0, 11.8), (14.5, 17.5)]),
    "grad": ((19, 25), [(9.0, 17.5)]),
    "concert": ((14, 14), [(18.5, 23.0)]),
    "night": ((1, 25), [(19.5, 23.8)]),
    "flea": ((14, 25), [(15.0, 21.0)]),
    "work": ((2, 26), [(8.5, 20.0)]),
}

SURN = sorted(set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"))
GIVEN = sorted(set("子涵欣怡梓萱一诺浩宇雨桐思远嘉怡俊熙佳琪宇轩若曦晨阳书瑶天佑诗涵明轩语嫣博文可馨铭泽依诺昊然梦瑶皓轩紫琪泽宇雅琳晓峰丽娟建国秀英志强海燕文静国华玉兰春梅立新振华晓东"))
FOREIGN_FIRST = ["Amara", "Lukas", "Sofia", "Daniyar", "Priya", "Mateo", "Nadia", "Kofi", "Elena", "Yusuf", "Hana", "Oliver", "Aiko", "Tomas", "Leila", "Ivan", "Zanele", "Rafael"]
FOREIGN_LAST = ["Okorie", "Brandtner", "Ferreiro", "Sultanbek", "Ramanath", "Vidalis", "Haddane", "Mensoh", "Petrovna", "Demirel", "Novakov", "Lindqvam", "Satomi", "Moreaux", "Kayalar", "Ionesca"]


def place_by_id(pid):
    for p in PLACES:
        if p[0] == pid:
            return p
    for p in FAR:
        if p[0] == pid:
            return p
    raise KeyError(pid)


def pname(p):
    return p[1]


def plat(p):
    return p[5] if len(p) == 8 else p[3]


def plon(p):
    return p[6] if len(p) == 8 else p[4]


def palias(rng, p):
    """A way of writing the place the way a person would."""
    names = [p[1]] + list(p[2])
    return rng.choice(names)


def jitter(rng, lat, lon, metres):
    dlat = rng.uniform(-metres, metres) / 111000.0
    dlon = rng.uniform(-metres, metres) / 95000.0
    return round(lat + dlat, 6), round(lon + dlon, 6)


def cname(rng):
    s = rng.choice(SURN)
    g = rng.choice(GIVEN)
    if rng.random() < 0.7:
        g += rng.choice(GIVEN)
    return s + g


def fname(rng):
    return rng.choice(FOREIGN_FIRST) + " " + rng.choice(FOREIGN_LAST)


def to_min(dt):
    return int((NOW - dt).total_seconds() // 60)


def to_dt(m):
    return NOW - datetime.timedelta(minutes=m)


def draw_moment(rng, when):
    """A loss moment (minutes before NOW) fitting a place's time pattern."""
    (d0, d1), spans = WHEN[when]
    while True:
        day = rng.randint(d0, d1)
        h0, h1 = rng.choice(spans)
        hour = rng.uniform(h0, h1)
        dt = datetime.datetime(2025, 6, day) + datetime.timedelta(minutes=int(hour * 60))
        m = to_min(dt)
        if m >= 45:
            return m


def hm(dt):
    if dt.minute >= 50 and dt.hour < 23:
        dt = dt + datetime.timedelta(minutes=60 - dt.minute)
    h, mi = dt.hour, dt.minute
    if h < 5:
        seg = "凌晨"
    elif h < 11:
        seg = "上午"
    elif h < 13:
        seg = "中午"
    elif h < 18:
        seg = "下午"
    else:
        seg = "晚上"
    h12 = h if h <= 12 else h - 12
    if mi < 10:
        tail = "点"
    elif 25 <= mi <= 35:
        tail = "点半"
    else:
        tail = "点%d" % mi
    return seg + str(h12) + tail


def day_word(rng, dt):
    delta = (NOW.date() - dt.date()).days
    if delta == 0:
        return "今天"
    m, d = dt.month, dt.day
    if delta == 1:
        return rng.choice(["昨天", "昨天", "%d月%d日" % (m, d)])
    if delta == 2:
        return rng.choice(["前天", "%d号" % d, "%d月%d日" % (m, d)])
    if m == 6 and 7 <= d <= 9 and rng.random() < 0.5:
        return ["高考第一天", "高考第二天", "高考第三天"][d - 7] + "(6月%d日)" % d
    return rng.choice(["%d月%d日" % (m, d), "%d号" % d if m == 6 else "%d月%d号" % (m, d), "%d.%d" % (m, d), "%d月%d号" % (m, d)])


def window_words(rng, frm, to):
    """Owner's words for the loss window (minutes before NOW)."""
    a, b = to_dt(frm), to_dt(to)
    if frm - to <= 100:
        mid = to_dt((frm + to) // 2)
        return day_word(rng, mid) + hm(mid) + rng.choice(["左右", "前后", "的样子", ""])
    if a.date() == b.date():
        ha, hb = hm(a), hm(b)
        if ha[:2] == hb[:2]:
            hb = hb[2:]
        return day_word(rng, a) + ha + "到" + hb + rng.choice(["之间", "这段时间", ""])
    return day_word(rng, a) + hm(a) + "到" + day_word(rng, b) + hm(b) + "之间"


MON = {4: "April", 5: "May", 6: "June"}


def window_words_en(frm, to):
    a, b = to_dt(frm), to_dt(to)
    if frm - to <= 100:
        return "around %d:%02d on %s %d" % (a.hour, a.minute, MON[a.month], a.day)
    return "between %d:%02d on %s %d and %d:%02d on %s %d" % (a.hour, a.minute, MON[a.month], a.day, b.hour, b.minute, MON[b.month], b.day)


def found_words(rng, m):
    dt = to_dt(m)
    if rng.random() < 0.5:
        return "%d月%d日%02d:%02d" % (dt.month, dt.day, dt.hour, dt.minute)
    return day_word(rng, dt) + hm(dt)
