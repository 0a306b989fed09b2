"""set118 world: 勐沙坝镇, an invented Dai market town on the 南沙河 in mid-April,
during the Water-Splashing Festival (泼水节).  Everything here is invented.

Time model: every record is registered at one common moment NOW; times are
"minutes before NOW".  NOW is 2025-04-20 09:00 local time (used only to turn
minutes back into loose dates for the bodies).
"""
import datetime

NOW = datetime.datetime(2025, 4, 20, 9, 0)
TOWN = "勐沙坝镇"
TOWN_EN = "Mengshaba"

# id, formal name, aliases (zh), aliases (en), lat, lon, cluster
PLACES = [
    ("square", "泼水广场", ["泼水广场", "泼水广场东门", "泼水广场舞台边", "广场喷水池那点", "泼水广场台阶"],
     ["the water-splashing square", "splash square", "the main square"], 21.95300, 100.95200, "centre"),
    ("riverside", "滨河路泼水街", ["滨河路", "滨河路泼水街", "南沙河边步道", "河堤上", "滨河路中段"],
     ["riverside street", "the river walk", "riverside splashing street"], 21.95120, 100.95610, "river"),
    ("bridge", "南沙河大桥", ["南沙河大桥", "大桥桥头", "大桥底下", "南沙河桥上"],
     ["the big bridge", "Nansha river bridge"], 21.94900, 100.95900, "river"),
    ("dock", "龙舟码头", ["龙舟码头", "赛龙舟看台", "码头台阶", "龙舟码头观礼台"],
     ["dragon boat pier", "the boat race stands"], 21.94780, 100.96030, "river"),
    ("nightmkt", "金孔雀夜市", ["金孔雀夜市", "夜市", "孔雀夜市烧烤街", "夜市小吃街", "夜市入口"],
     ["the night market", "Golden Peacock night market", "night market food street"], 21.95550, 100.94800, "centre"),
    ("hostel", "椰林青年旅舍", ["椰林青旅", "椰林青年旅舍", "椰林客栈"],
     ["Coconut Grove hostel", "the hostel"], 21.95680, 100.95050, "centre"),
    ("hotel", "景兰大酒店", ["景兰大酒店", "景兰酒店门口", "景兰酒店大堂"],
     ["Jinglan hotel"], 21.95800, 100.94600, "centre"),
    ("temple", "曼沙佛寺", ["曼沙佛寺", "佛寺庙会", "曼沙寺门口", "庙会赶摆场", "佛寺大殿外"],
     ["the temple fair", "Mansha temple"], 21.96010, 100.94450, "north"),
    ("school", "勐沙坝中学", ["勐沙坝中学", "中学门口", "中学操场"],
     ["the middle school"], 21.96200, 100.95200, "north"),
    ("village", "曼龙村", ["曼龙村", "曼龙寨子", "曼龙村村口"],
     ["Manlong village"], 21.97000, 100.93000, "north"),
    ("busstn", "勐沙坝长途客运站", ["长途客运站", "客运站", "汽车站候车厅", "车站售票厅", "客运站出站口"],
     ["the long-distance bus station", "bus station", "bus terminal waiting hall"], 21.94520, 100.94020, "west"),
    ("taxi", "客运站摩的点", ["客运站摩的点", "车站门口电瓶车那点", "摩的候客点"],
     ["the e-bike taxi stand", "taxi stand at bus station"], 21.94580, 100.94110, "west"),
    ("farmmkt", "农贸市场", ["农贸市场", "菜市场", "农贸市场水果区", "菜市场门口"],
     ["the farmers market", "fruit market"], 21.95400, 100.94200, "west"),
    ("border", "边贸市场", ["边贸市场", "边贸街", "口岸边贸市场", "边贸市场玉石区"],
     ["the border trade market", "border market"], 21.94050, 100.96500, "south"),
    ("rocket", "高升放飞场", ["高升放飞场", "放高升那点", "高升场坝"],
     ["the rocket launching field"], 21.94200, 100.95500, "south"),
    ("gas", "城南加油站", ["城南加油站", "加油站旁边"],
     ["the south petrol station"], 21.93800, 100.95000, "south"),
    ("rubber", "橡胶林场三队", ["橡胶林场三队", "胶林三队", "林场三队路口"],
     ["the rubber plantation"], 21.98500, 100.92000, "farm"),
    ("tea", "帕岗茶园", ["帕岗茶园", "帕岗茶厂", "茶园路口"],
     ["Pagang tea garden"], 21.93000, 100.98000, "farm"),
]

# far places: used only for "same brand, other place and time" negatives
FAR_PLACES = [
    ("far1", "勐远乡集市", ["勐远乡集市", "勐远街子"], ["Mengyuan market"], 22.08100, 101.04800, "far"),
    ("far2", "景讷高速服务区", ["景讷服务区", "高速服务区"], ["the highway services"], 22.19000, 100.88000, "far"),
    ("far3", "曼帕口岸", ["曼帕口岸", "曼帕口岸联检楼"], ["Manpa border gate"], 21.82000, 101.10000, "far"),
    ("far4", "南坎村", ["南坎村", "南坎寨子"], ["Nankan village"], 21.88000, 100.83000, "far"),
    ("far5", "勐宽县城汽车站", ["勐宽县汽车站", "勐宽车站"], ["Mengkuan county bus station"], 22.31000, 100.97000, "far"),
]

NEAR = {
    "square": ["riverside", "nightmkt", "hostel"],
    "riverside": ["square", "bridge", "dock"],
    "bridge": ["riverside", "dock"],
    "dock": ["bridge", "riverside"],
    "nightmkt": ["square", "hostel", "hotel"],
    "hostel": ["nightmkt", "square"],
    "hotel": ["nightmkt", "temple"],
    "temple": ["hotel", "school", "village"],
    "school": ["temple", "square"],
    "village": ["temple"],
    "busstn": ["taxi", "farmmkt"],
    "taxi": ["busstn"],
    "farmmkt": ["busstn", "nightmkt"],
    "border": ["rocket", "dock"],
    "rocket": ["border", "gas"],
    "gas": ["rocket"],
    "rubber": ["village"],
    "tea": ["border"],
}

BY_ID = {p[0]: p for p in PLACES + FAR_PLACES}

# ---------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑色", "黑", "深色", "哑光黑", "亮黑色"], ["black", "matte black"]),
    "white": (["白色", "白", "米白色", "象牙白"], ["white", "off-white"]),
    "blue": (["蓝色", "深蓝色", "宝蓝", "藏青色", "浅蓝"], ["blue", "navy", "light blue"]),
    "red": (["红色", "大红", "酒红色", "红"], ["red", "dark red"]),
    "pink": (["粉色", "粉红色", "樱花粉", "浅粉"], ["pink"]),
    "gold": (["金色", "香槟金", "土豪金", "金"], ["gold"]),
    "silver": (["银色", "银白色", "银灰"], ["silver"]),
    "green": (["绿色", "墨绿", "翠绿", "青绿色"], ["green", "dark green"]),
    "purple": (["紫色", "浅紫", "紫"], ["purple", "lilac"]),
    "grey": (["灰色", "深灰", "太空灰", "灰"], ["grey", "gray", "space grey"]),
    "brown": (["棕色", "咖啡色", "褐色", "驼色"], ["brown", "tan"]),
    "yellow": (["黄色", "明黄色", "柠檬黄"], ["yellow"]),
    "orange": (["橙色", "橘色"], ["orange"]),
}
# a finder sometimes sees a neighbouring colour
COLOR_SLIP = {"black": "grey", "grey": "black", "blue": "purple", "purple": "blue", "gold": "yellow",
              "white": "silver", "silver": "white", "red": "orange", "pink": "red", "brown": "black",
              "green": "blue", "yellow": "gold", "orange": "red"}

# ---------------------------------------------------------------- brands
# key: (zh spellings, en spellings, pinyin/typo spellings)
BRANDS = {
    "huawei": (["华为"], ["HUAWEI", "Huawei"], ["huawei", "华伟", "花为"]),
    "apple": (["苹果"], ["iPhone", "Apple", "APPLE"], ["平果", "pingguo", "iphone"]),
    "xiaomi": (["小米"], ["Xiaomi", "MI"], ["xiaomi", "小咪"]),
    "redmi": (["红米"], ["Redmi"], ["hongmi", "redmi"]),
    "oppo": (["OPPO", "欧珀"], ["OPPO", "Oppo"], ["oppo", "欧泊"]),
    "vivo": (["vivo", "维沃"], ["vivo", "VIVO"], ["weiwo", "vivio"]),
    "honor": (["荣耀"], ["HONOR", "Honor"], ["rongyao", "容耀"]),
    "samsung": (["三星"], ["Samsung", "SAMSUNG"], ["sanxing", "Samsumg"]),
    "septwolves": (["七匹狼"], ["SEPTWOLVES"], ["qipilang", "七匹郎"]),
    "goldlion": (["金利来"], ["Goldlion"], ["jinlilai", "金力来"]),
    "coach": (["蔻驰"], ["COACH", "Coach"], ["kouchi", "寇驰"]),
    "cardin": (["皮尔卡丹"], ["Pierre Cardin"], ["pierkadan", "皮尔卡登"]),
    "toyota": (["丰田"], ["TOYOTA", "Toyota"], ["fengtian", "丰天"]),
    "vw": (["大众"], ["VW", "Volkswagen"], ["dazhong", "大重"]),
    "wuling": (["五菱"], ["Wuling", "SGMW"], ["wuling", "五陵"]),
    "byd": (["比亚迪"], ["BYD"], ["biyadi", "比亚笛"]),
    "yadea": (["雅迪"], ["Yadea", "YADEA"], ["yadi", "雅笛"]),
    "aima": (["爱玛"], ["AIMA", "Aima"], ["aima", "艾玛"]),
    "tailg": (["台铃"], ["TAILG", "Tailg"], ["tailing", "台玲"]),
    "sunra": (["新日"], ["SUNRA", "Sunra"], ["xinri", "新目"]),
    "giant": (["捷安特"], ["GIANT", "Giant"], ["jieante", "捷安持"]),
    "merida": (["美利达"], ["MERIDA", "Merida"], ["meilida", "美丽达"]),
    "forever": (["永久"], ["Forever"], ["yongjiu", "永久牌"]),
    "decathlon": (["迪卡侬"], ["Decathlon", "DECATHLON"], ["dikanong", "迪卡龙"]),
    "tnf": (["北面"], ["The North Face", "TNF", "North Face"], ["beimian", "北脸"]),
    "samsonite": (["新秀丽"], ["Samsonite"], ["xinxiuli", "新秀俪"]),
    "ctf": (["周大福"], ["Chow Tai Fook", "CTF"], ["zhoudafu", "周大富"]),
    "lfx": (["老凤祥"], ["Lao Feng Xiang", "LFX"], ["laofengxiang", "老风祥"]),
    "lukfook": (["六福"], ["Luk Fook"], ["liufu", "六福珠宝"]),
    "canon": (["佳能"], ["Canon", "CANON"], ["jianeng", "佳能相机"]),
    "sony": (["索尼"], ["Sony", "SONY"], ["suoni", "索尼的"]),
    "fuji": (["富士"], ["Fujifilm", "FUJIFILM"], ["fushi", "富仕"]),
    "dji": (["大疆"], ["DJI"], ["dajiang", "大疆的"]),
    "gopro": (["GoPro"], ["GoPro", "GOPRO"], ["gopro", "狗pro"]),
    "romoss": (["罗马仕"], ["ROMOSS", "Romoss"], ["luomashi", "罗马士"]),
    "anker": (["安克"], ["Anker", "ANKER"], ["anke", "安可"]),
    "paradise": (["天堂伞"], ["Paradise"], ["tiantang", "天堂"]),
    "rayban": (["雷朋"], ["Ray-Ban", "RayBan"], ["leipeng", "雷鹏"]),
    "thermos": (["膳魔师"], ["THERMOS", "Thermos"], ["shanmoshi", "膳魔士"]),
    "yamaha": (["雅马哈"], ["YAMAHA", "Yamaha"], ["yamaha", "雅马哈牌"]),
    "kindle": (["亚马逊"], ["Amazon", "AMAZON"], ["yamaxun", "亚玛逊"]),
}

# ---------------------------------------------------------------- people
DAI_M = ["岩温", "岩罕", "岩香", "岩应", "岩庄", "岩保", "岩叫", "岩光", "岩伦", "岩扁", "岩罗", "岩帕", "岩坎", "岩糯", "岩南", "岩胆"]
DAI_F = ["玉香", "玉罕", "玉南", "玉坎", "玉儿", "玉光", "玉应", "玉叫", "玉波", "玉喃", "玉金", "玉腊", "玉章", "玉论", "玉涛", "玉拉"]
DAI_EN = {"岩温": "Ai Wen", "岩罕": "Ai Han", "岩香": "Ai Xiang", "岩应": "Ai Ying", "岩庄": "Ai Zhuang",
          "岩保": "Ai Bao", "岩叫": "Ai Jiao", "岩光": "Ai Guang", "玉香": "Yu Xiang", "玉罕": "Yu Han",
          "玉南": "Yu Nan", "玉坎": "Yu Kan", "玉儿": "Yu Er", "玉光": "Yu Guang", "玉应": "Yu Ying"}
OTHER_MINORITY = ["车沙", "白约", "咪娘", "阿布", "扎妥", "娜倮", "扎克", "岩三", "咪拉", "阿珠", "者黑", "沙卓"]
HAN_SUR = ["李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林", "段", "普", "刀"]
HAN_GIVEN = ["建华", "晓燕", "海波", "丽萍", "志强", "雪梅", "俊杰", "春兰", "文斌", "秀英", "子涵", "一诺", "浩然", "思琪",
             "明", "磊", "静", "婷", "国庆", "红梅", "佳怡", "宇航", "梓萱", "德全", "金凤", "永福", "云霞", "新民"]
WEST_FIRST = ["Jonas", "Mia", "Lukas", "Chloe", "Tom", "Freya", "Mateo", "Ines", "Noah", "Sanne", "Ewan", "Clara",
              "Pieter", "Ayla", "Felix", "Maren", "Oscar", "Lotte", "Dylan", "Greta"]
WEST_LAST = ["Brinkhorst", "Castellane", "Verhoeven-Lind", "Lindqvarn", "Moreaux", "Okonde", "Haldberg", "Rossetti",
             "Achterveld", "McAlden", "Dufrenne", "Kowalczan", "Stroemberg", "Vanterpool", "Ellingsrud"]
SEA_NAMES = [("Somchai Phanwirat", "Thailand"), ("Nattaya Srikorn", "Thailand"), ("Kittipong Rattanadee", "Thailand"),
             ("Pranee Wongsakul", "Thailand"), ("Khamla Vongsouthi", "Laos"), ("Souksavanh Keola", "Laos"),
             ("Bounmy Phommachan", "Laos"), ("Nang Hsu Mon", "Myanmar"), ("Sai Lin Htet", "Myanmar"),
             ("Mya Thida Oo", "Myanmar"), ("Nguyen Thi Hoa", "Vietnam"), ("Tran Van Minh", "Vietnam"),
             ("Anong Kaewmala", "Thailand"), ("Phonesavanh Sihalath", "Laos"), ("Aung Ko Naing", "Myanmar")]
CN_CITIES = ["昆明", "成都", "重庆", "上海", "广州", "长沙", "西安", "杭州", "武汉", "北京", "贵阳", "南宁", "深圳"]
VILLAGES = ["曼龙村", "曼贺村", "曼听寨", "曼嘎村", "曼沙村", "曼景兰", "曼掌寨"]

OWNER_VOICES = ["dai", "dai", "dai", "han_local", "han_local", "tourist_cn", "tourist_cn", "worker", "trader",
                "backpacker", "backpacker", "sea_visitor"]
FINDER_VOICES = ["citizen", "citizen", "cleaner", "bus_driver", "ebike_taxi", "temple_volunteer", "police",
                 "hostel_staff", "trader_f", "backpacker_f", "desk", "desk"]


def person(rng, voice):
    """A person with a name in the voice's own habits."""
    if voice in ("dai", "worker", "trader", "trader_f", "temple_volunteer", "ebike_taxi", "cleaner") and rng.random() < 0.7:
        pool = sorted(DAI_M + DAI_F + OTHER_MINORITY) if rng.random() < 0.85 else sorted(OTHER_MINORITY)
        return {"name": rng.choice(pool), "voice": voice}
    if voice in ("backpacker", "backpacker_f"):
        return {"name": rng.choice(WEST_FIRST) + " " + rng.choice(WEST_LAST), "voice": voice}
    if voice == "sea_visitor":
        n, c = rng.choice(SEA_NAMES)
        return {"name": n, "voice": voice, "country": c}
    return {"name": rng.choice(HAN_SUR) + rng.choice(HAN_GIVEN), "voice": voice}


# ---------------------------------------------------------------- time
def when_dt(minutes_before):
    return NOW - datetime.timedelta(minutes=minutes_before)


FEST = {13: "泼水节头一天", 14: "泼水节正日子", 15: "泼水节第三天"}


def _part_of_day_zh(h):
    if h < 6:
        return "半夜"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 14:
        return "中午"
    if h < 18:
        return "下午"
    if h < 20:
        return "傍晚"
    return "晚上"


def _part_of_day_en(h):
    if h < 6:
        return "late at night"
    if h < 12:
        return "in the morning"
    if h < 14:
        return "around noon"
    if h < 18:
        return "in the afternoon"
    if h < 20:
        return "in the evening"
    return "at night"


def loose_when_zh(rng, m):
    d = when_dt(m)
    h = d.hour
    r = rng.random()
    if d.month == 4 and d.day in FEST and r < 0.3:
        return FEST[d.day] + _part_of_day_zh(h)
    if r < 0.55:
        return "%d号%s" % (d.day, _part_of_day_zh(h))
    if r < 0.8:
        hh = h if h <= 12 else h - 12
        return "%d月%d号%s%d点%s" % (d.month, d.day, _part_of_day_zh(h), hh if hh else 12, rng.choice(["多", "左右", "钟", "过"]))
    return "%d月%d日%d时许" % (d.month, d.day, h)


def formal_when_zh(rng, m):
    d = when_dt(m)
    if rng.random() < 0.5:
        return "%d月%d日%d时%02d分许" % (d.month, d.day, d.hour, (d.minute // 10) * 10)
    return "%d月%d日%d时许" % (d.month, d.day, d.hour)


def loose_when_en(rng, m):
    d = when_dt(m)
    h = d.hour
    r = rng.random()
    if d.month == 4 and d.day in FEST and r < 0.3:
        return "on day %d of the water festival %s" % (d.day - 12, _part_of_day_en(h))
    if r < 0.65:
        return "on %s %d %s" % (rng.choice(["April", "Apr", "april"]) if d.month == 4 else "March", d.day, _part_of_day_en(h))
    hh = h % 12 or 12
    return "on the %dth around %d%s" % (d.day, hh, "pm" if h >= 12 else "am")


def window_zh(rng, lf, lt):
    a, b = when_dt(lf), when_dt(lt)
    if a.day == b.day:
        return "%d号%d点到%d点之间" % (a.day, a.hour, b.hour if b.hour != a.hour else a.hour + 1)
    return "%d号%s到%d号%s" % (a.day, _part_of_day_zh(a.hour), b.day, _part_of_day_zh(b.hour))
