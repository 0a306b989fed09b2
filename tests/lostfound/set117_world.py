"""set117 world: the invented lakeside city of 湄澜 (Meilan) in late April.

Marathon weekend (race day Sunday 2025-04-27), spring tea picking in the western
hills, wedding-photo shoots on the eastern shore, metro line 2 and shared bikes.
Every place, person, model and number here is invented.
"""
import datetime
import math

SEED = 117117
NOW = datetime.datetime(2025, 5, 2, 20, 0)          # the moment of registration
RACE_DAY = datetime.date(2025, 4, 27)
FIRST_DAY = datetime.datetime(2025, 4, 23, 6, 0)


def mins_before(dt):
    return int((NOW - dt).total_seconds() // 60)


def dt_of(mins):
    return NOW - datetime.timedelta(minutes=mins)


# --------------------------------------------------------------------------- places
# key: (zone, lat, lon, [Chinese names, precise first], [English names], vague Chinese)
PLACES = {
    "race_square": ("race", 30.05120, 120.58030,
                    ["澜湖广场马拉松起终点", "澜湖广场", "起终点广场", "澜湖广场主舞台边"],
                    ["Lanhu Square (start/finish)", "the finish square", "Lanhu Square"], "澜湖广场那边"),
    "bagdrop": ("race", 30.05190, 120.57910,
                ["澜湖广场存包帐篷区", "存包区", "赛事存包帐篷", "存包处"],
                ["the bag-drop tents", "bag drop", "baggage tents at Lanhu Square"], "存包那块"),
    "finish_arch": ("race", 30.05070, 120.58120,
                    ["终点拱门", "澜湖广场终点拱门附近", "终点线旁", "终点计时毯后面"],
                    ["the finish arch", "right after the finish line"], "终点那边"),
    "medal_zone": ("race", 30.05010, 120.58060,
                   ["完赛领物区", "完赛奖牌领取处", "领物区帐篷", "完赛补给领取点"],
                   ["the medal and finisher-pack area", "medal pickup"], "领奖牌那里"),
    "medical": ("race", 30.05230, 120.58150,
                ["终点医疗帐篷", "澜湖广场医疗点", "终点拉伸放松区"],
                ["the medical tent at the finish", "the stretching area"], "终点后面"),
    "start_pen": ("race", 30.05300, 120.57970,
                  ["起点检录区", "起点B区出发区", "起点检录口", "起点热身区"],
                  ["the start corrals", "start pen B"], "起点那块"),
    "liusi": ("causeway", 30.04680, 120.57350,
              ["柳丝堤", "柳丝堤中段", "柳丝堤南口", "柳丝堤第二座桥"],
              ["Liusi Causeway", "the willow causeway"], "湖边柳丝堤一带"),
    "hefeng": ("causeway", 30.05850, 120.57020,
               ["荷风堤", "荷风堤北段", "荷风堤长椅边", "荷风堤观景台"],
               ["Hefeng Causeway", "the lotus causeway"], "荷风堤那边"),
    "changhong": ("causeway", 30.04410, 120.57600,
                  ["长虹桥", "长虹桥桥头", "长虹桥西侧台阶"],
                  ["Changhong Bridge", "the long bridge"], "长虹桥附近"),
    "guanyu": ("causeway", 30.04970, 120.56880,
               ["观鱼亭", "观鱼亭石凳", "观鱼亭旁边的码头"],
               ["the Fish-Watching Pavilion", "Guanyu Pavilion"], "观鱼亭那里"),
    "water15k": ("causeway", 30.06100, 120.56950,
                 ["荷风堤北口15公里补给站", "15K补给站", "荷风堤北口"],
                 ["the 15 km water station", "the aid station on Hefeng Causeway"], "补给站那边"),
    "qingao": ("tea", 30.03520, 120.52680,
               ["青岙村", "青岙村村口", "青岙村茶园", "青岙村文化礼堂"],
               ["Qing'ao tea village", "Qingao village"], "青岙那边山上"),
    "baichawu": ("tea", 30.04180, 120.51950,
                 ["白茶坞", "白茶坞茶山", "白茶坞停车场", "白茶坞炒茶作坊"],
                 ["Baichawu tea hill", "Baichawu"], "白茶坞上面"),
    "xitou": ("tea", 30.02870, 120.53320,
              ["溪头村", "溪头村溪边", "溪头村公交站", "溪头村茶叶合作社"],
              ["Xitou village", "the creek village"], "溪头村"),
    "tingcha": ("tea", 30.03570, 120.52750,
                ["听茶民宿", "青岙村听茶民宿", "听茶民宿二楼客房", "听茶民宿院子"],
                ["Tingcha guesthouse", "the Tingcha homestay in Qingao"], "听茶民宿"),
    "banshan": ("tea", 30.04240, 120.51880,
                ["半山云舍民宿", "白茶坞半山云舍", "半山云舍前台", "半山云舍露台"],
                ["Banshan Yunshe homestay", "the hillside homestay"], "半山云舍"),
    "xipan": ("tea", 30.02910, 120.53400,
              ["溪畔人家民宿", "溪头村溪畔人家", "溪畔人家餐厅"],
              ["Xipan Renjia guesthouse", "the creekside homestay"], "溪畔人家"),
    "teatrail": ("tea", 30.03850, 120.52300,
                 ["茶山步道", "青岙至白茶坞茶山步道", "茶山步道观景亭", "采茶体验园"],
                 ["the tea-hill trail", "the tea-picking experience garden"], "茶山上"),
    "luoxia": ("shore", 30.06400, 120.59300,
               ["落霞滩", "落霞滩婚纱拍摄点", "落霞滩沙滩", "落霞滩礁石边"],
               ["Luoxia Beach", "the sunset beach where couples shoot"], "落霞滩"),
    "bailu": ("shore", 30.06680, 120.59020,
              ["白鹭湾草坪", "白鹭湾", "白鹭湾木亭", "白鹭湾草坪秋千"],
              ["Bailu Bay lawn", "Egret Bay"], "白鹭湾"),
    "pier": ("shore", 30.06020, 120.58800,
             ["湖心码头", "湖心码头候船亭", "湖心码头游船上"],
             ["the lake pier", "the ferry pier"], "码头那边"),
    "yueying": ("shore", 30.06550, 120.59580,
                ["月影栈道", "月影栈道中段", "月影栈道观景平台"],
                ["the Moonshadow boardwalk", "the boardwalk"], "栈道上"),
    "m_square": ("metro", 30.05350, 120.58300,
                 ["地铁2号线澜湖广场站", "澜湖广场地铁站", "澜湖广场站B口", "澜湖广场站站厅"],
                 ["Lanhu Square metro station", "Line 2 Lanhu Square station"], "地铁站"),
    "m_hubin": ("metro", 30.05800, 120.59000,
                ["地铁2号线湖滨路站", "湖滨路站", "湖滨路地铁站A口", "湖滨路站站台"],
                ["Hubin Road station", "Line 2 Hubin Rd"], "湖滨路地铁"),
    "m_chabo": ("metro", 30.04200, 120.54800,
                ["地铁2号线茶博园站", "茶博园站", "茶博园地铁站C口"],
                ["Chabo Garden station", "Tea Expo Park station"], "茶博园地铁站"),
    "m_xiao": ("metro", 30.03700, 120.53500,
               ["地铁2号线西岙站", "西岙站", "西岙站共享单车停放点"],
               ["Xi'ao station", "Xiao station (Line 2 terminus)"], "西岙站"),
    "m_train": ("metro", 30.05600, 120.58600,
                ["地铁2号线车厢内", "2号线列车上", "2号线往西岙方向的车厢"],
                ["a Line 2 train", "the metro car on Line 2"], "地铁上"),
    "chashi": ("market", 30.04280, 120.54680,
               ["茶博园茶叶市场", "茶博园茶市", "茶叶市场东区摊位", "茶市门口"],
               ["the tea market at Chabo Garden", "the tea market stalls"], "茶叶市场"),
    "hubin_st": ("market", 30.05700, 120.59250,
                 ["湖滨步行街", "湖滨步行街口", "湖滨步行街奶茶店门口"],
                 ["Hubin pedestrian street", "the lakeside shopping street"], "湖滨街上"),
    "laojie": ("market", 30.04700, 120.60300,
               ["老街菜场", "老街菜场门口", "老街茶馆"],
               ["the old-street market", "Laojie market"], "老街那边"),
    "m_east": ("far", 30.07100, 120.62500,
               ["湄澜东站", "湄澜东站候车室", "湄澜东站出租车上客点"],
               ["Meilan East railway station", "the East station"], "东站"),
}
PLACE_KEYS = list(PLACES.keys())


def place_zone(k):
    return PLACES[k][0]


def dist_m(a, b):
    la1, lo1 = PLACES[a][1], PLACES[a][2]
    la2, lo2 = PLACES[b][1], PLACES[b][2]
    x = math.radians(lo2 - lo1) * math.cos(math.radians((la1 + la2) / 2))
    y = math.radians(la2 - la1)
    return 6371000 * math.hypot(x, y)


def near_places(k, within=1300):
    return [p for p in PLACE_KEYS if p != k and dist_m(k, p) <= within]


def far_places(k, beyond=3500):
    return [p for p in PLACE_KEYS if dist_m(k, p) >= beyond]


# --------------------------------------------------------------------------- colours, brands
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "黑的", "曜石黑"], ["black", "matte black", "dark"]),
    "white": (["白色", "白", "米白", "乳白色", "珍珠白"], ["white", "off-white"]),
    "blue": (["蓝色", "深蓝", "藏青色", "宝蓝", "海蓝色"], ["blue", "navy"]),
    "red": (["红色", "酒红", "大红", "枣红色"], ["red", "burgundy"]),
    "pink": (["粉色", "粉红", "樱花粉", "浅粉色"], ["pink", "light pink"]),
    "silver": (["银色", "银白", "银灰色"], ["silver"]),
    "grey": (["灰色", "深空灰", "浅灰", "太空灰"], ["grey", "gray", "space grey"]),
    "gold": (["金色", "香槟金", "土豪金"], ["gold", "champagne gold"]),
    "green": (["绿色", "墨绿", "军绿色", "抹茶绿", "翠绿"], ["green", "olive"]),
    "purple": (["紫色", "淡紫", "薰衣草紫"], ["purple", "lilac"]),
    "yellow": (["黄色", "荧光黄", "柠檬黄"], ["yellow", "neon yellow"]),
    "brown": (["棕色", "咖啡色", "驼色", "焦糖色"], ["brown", "tan"]),
    "orange": (["橙色", "橘色", "荧光橙"], ["orange"]),
}

# brand: ([Chinese spellings], [Latin / pinyin spellings], [typos])
BRANDS = {
    "huawei": (["华为"], ["HUAWEI", "Huawei", "huawei", "hua wei"], ["华伟", "华未"]),
    "apple": (["苹果"], ["Apple", "iPhone", "apple", "pingguo"], ["平果", "苹菓"]),
    "xiaomi": (["小米"], ["Xiaomi", "MI", "xiaomi", "xiao mi"], ["小咪"]),
    "oppo": (["欧珀"], ["OPPO", "oppo", "Oppo"], ["0PPO"]),
    "vivo": (["维沃"], ["vivo", "VIVO", "Vivo"], ["viv0"]),
    "honor": (["荣耀"], ["HONOR", "Honor", "rongyao"], ["荣曜"]),
    "samsung": (["三星"], ["Samsung", "SAMSUNG", "sanxing"], ["三心", "Samsang"]),
    "garmin": (["佳明"], ["Garmin", "GARMIN", "jiaming"], ["佳铭", "Garmim"]),
    "coros": (["高驰"], ["COROS", "Coros", "gaochi"], ["高弛"]),
    "sony": (["索尼"], ["SONY", "Sony", "suoni"], ["索妮"]),
    "canon": (["佳能"], ["Canon", "CANON", "jianeng"], ["佳龙"]),
    "fuji": (["富士"], ["Fujifilm", "FUJI", "fushi"], ["富仕"]),
    "dji": (["大疆"], ["DJI", "dji", "dajiang"], ["大僵"]),
    "coach": (["蔻驰"], ["COACH", "Coach", "kouchi"], ["寇驰"]),
    "decathlon": (["迪卡侬"], ["Decathlon", "DECATHLON", "dikanong"], ["迪卡农"]),
    "nike": (["耐克"], ["Nike", "NIKE", "naike"], ["耐可"]),
    "lining": (["李宁"], ["LI-NING", "Li Ning", "lining"], ["李凝"]),
    "anta": (["安踏"], ["ANTA", "Anta", "anta"], ["安塔"]),
    "samsonite": (["新秀丽"], ["Samsonite", "xinxiuli"], ["新秀利"]),
    "ctf": (["周大福"], ["Chow Tai Fook", "CTF", "zhoudafu"], ["周大富"]),
    "lfx": (["老凤祥"], ["Lao Feng Xiang", "laofengxiang"], ["老凤翔"]),
    "pandora": (["潘多拉"], ["Pandora", "PANDORA"], ["潘朵拉"]),
    "yadea": (["雅迪"], ["Yadea", "YADEA", "yadi"], ["雅笛"]),
    "aima": (["爱玛"], ["AIMA", "Aima", "aima"], ["爱马"]),
    "niu": (["小牛"], ["NIU", "Niu", "xiaoniu"], ["小妞"]),
    "ninebot": (["九号"], ["Ninebot", "NINEBOT", "jiuhao"], ["久号"]),
    "giant": (["捷安特"], ["GIANT", "Giant", "jieante"], ["捷安持"]),
    "merida": (["美利达"], ["MERIDA", "Merida", "meilida"], ["美丽达"]),
    "xds": (["喜德盛"], ["XDS", "xidesheng"], ["喜得盛"]),
    "vw": (["大众"], ["VW", "Volkswagen", "dazhong"], ["大从"]),
    "toyota": (["丰田"], ["Toyota", "TOYOTA", "fengtian"], ["丰天"]),
    "byd": (["比亚迪"], ["BYD", "byd", "biyadi"], ["比亚笛"]),
    "thermos": (["膳魔师"], ["THERMOS", "Thermos", "shanmoshi"], ["善魔师"]),
    "bolon": (["暴龙"], ["BOLON", "Bolon", "baolong"], ["暴笼"]),
}

# --------------------------------------------------------------------------- people
SURNAMES = list("王李张刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭邹熊金陆郝孔白崔邱秦江顾侯邵孟钱汤尹俞")
GIVEN = list("佳怡子涵浩然宇轩梓萱诗琪雨桐欣妍俊杰晓东丽华建国秀英桂芳志强海燕明辉婉清一诺思远书瑶嘉禾晨曦沐阳若溪安琪锦程文博")
EN_FIRST = ["Maren", "Tobias", "Ines", "Callum", "Priya", "Jonas", "Elodie", "Sven", "Aiko", "Rafael",
            "Greta", "Noor", "Owen", "Lukas", "Freya", "Mateo", "Hana", "Birgit", "Dario", "Yusuf"]
EN_LAST = ["Holtby", "Renner", "Vasquell", "Lindqvale", "Okafore", "Brandtner", "Moreaux", "Kowalik",
           "Satomi", "Ferreirinha", "Dahlgren", "Haddock", "Byrnes", "Kellerman", "Novakov", "Rossetti",
           "Ishidaya", "Bergvik", "Quinteros", "Aydinli"]
COUNTRIES = [("德国", "German"), ("英国", "British"), ("法国", "French"), ("澳大利亚", "Australian"),
             ("加拿大", "Canadian"), ("日本", "Japanese"), ("荷兰", "Dutch"), ("新西兰", "New Zealand")]


def zh_name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def en_name(rng):
    return rng.choice(EN_FIRST) + " " + rng.choice(EN_LAST)


# --------------------------------------------------------------------------- numbers
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


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_imei(rng):
    body = "86" + "".join(str(rng.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(body17):
    return ID_C[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


REGIONS = ["330602", "330621", "330681", "330683", "330106", "330110", "310104", "320506",
           "330482", "340102", "360102", "420106", "510107", "330726"]


def make_idno(rng, birth_year=None):
    y = birth_year or rng.randrange(1948, 2006)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    body = "%s%04d%02d%02d%03d" % (rng.choice(REGIONS), y, m, d, rng.randrange(1, 999))
    return body + id_check(body)


def id_ok(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


BANKS = [("工商银行", "622202"), ("农业银行", "622848"), ("建设银行", "621700"), ("湄澜农商银行", "623091"),
         ("招商银行", "622588"), ("中国银行", "621661"), ("邮储银行", "621799")]
