# -*- coding: utf-8 -*-
"""World data for set123: 冰城, an invented border city in the far northeast, in January
during its ice-and-snow festival (冰雪节).  Every name, place, model and number here is
invented.  Only plain lists and dicts; set123_gen.py draws from them in list order."""

import datetime

SEED = 123123
PREFIX = "S123"
PART = "set123"

# The moment every registration is made (minutes are counted back from here).  The year is
# never printed; it only fixes the calendar for the dates written in bodies.
NOW = datetime.datetime(2031, 1, 28, 20, 0)

# ---------------------------------------------------------------------------------------
# Places.  Coordinates are invented points in the far northeast (inside China).
# Each spot: (name, dx metres east, dy metres north) from the place centre.
# ---------------------------------------------------------------------------------------
PLACES = {
    "icepark": {
        "formal": "冰城冰雪大观园", "lat": 47.05210, "lon": 131.04030, "zone": "north",
        "owner": ["冰雪大观园", "大观园", "冰雕公园", "冰灯公园"],
        "en": "the Ice and Snow Park", "en_short": "ice park",
        "spots": [("南门检票口", 0, -320), ("冰滑梯排队处", 110, 60), ("冰城堡底下", -160, 130),
                  ("雪雕广场", 210, -90), ("暖屋休息厅", -60, -210), ("东侧停车场", 460, -260),
                  ("冰灯迷宫", -260, 10), ("观光小火车站", 320, 200)],
        "finders": ["guard", "sanitation", "passerby", "passerby", "desk_formal"],
    },
    "river": {
        "formal": "松澜江冰面游览区", "lat": 47.03560, "lon": 131.05520, "zone": "river",
        "owner": ["江上", "松澜江冰面", "江边", "冰面上"],
        "en": "the frozen Songlan river", "en_short": "river",
        "spots": [("冬泳池", 0, 0), ("冬泳更衣棚", 40, 30), ("马爬犁上客点", -300, 50),
                  ("冰上大滑梯", 210, -80), ("望江亭", -110, -250), ("江畔观景台", 300, -260),
                  ("冰上陀螺场", -180, 160)],
        "finders": ["sleigh_driver", "sleigh_driver", "sanitation", "passerby", "guard"],
    },
    "street": {
        "formal": "白桦俄式步行街", "lat": 47.02410, "lon": 131.04810, "zone": "centre",
        "owner": ["步行街", "白桦街", "俄罗斯风情街", "白桦步行街", "老街"],
        "en": "Birch Street (the Russian pedestrian street)", "en_short": "pedestrian street",
        "spots": [("列巴面包房门口", 0, 0), ("套娃商店", 60, 120), ("圣雪教堂广场", -90, 340),
                  ("冰棍摊", 30, -150), ("伏特加小馆门口", -40, 220), ("大熊铜像", 20, 460),
                  ("街口公交站", 70, -380)],
        "finders": ["sanitation", "passerby", "stall_owner", "patrol", "desk_formal"],
    },
    "hotpot": {
        "formal": "老铜锅火锅街", "lat": 47.01830, "lon": 131.06310, "zone": "centre",
        "owner": ["火锅街", "铜锅一条街", "涮肉街", "老铜锅街"],
        "en": "the hot-pot street", "en_short": "hot pot street",
        "spots": [("炭火铜锅王店", 0, 0), ("烤冷面摊", 80, 40), ("铁锅炖大院", -120, 60),
                  ("羊蝎子馆门口", 160, -30), ("街尾公厕旁", 260, 10), ("街口停车位", -230, -40)],
        "finders": ["stall_owner", "stall_owner", "sanitation", "passerby"],
    },
    "station": {
        "formal": "冰城火车站", "lat": 47.01180, "lon": 131.03520, "zone": "south",
        "owner": ["火车站", "冰城站", "冰城火车站"],
        "en": "the railway station", "en_short": "train station",
        "spots": [("候车大厅", 0, 0), ("软卧候车室", 40, 30), ("进站安检口", -50, -40),
                  ("出站口", 120, -60), ("站前广场", 0, -220), ("3号站台", 30, 140)],
        "finders": ["guard", "passerby", "patrol", "desk_formal"],
    },
    "hospital": {
        "formal": "冰城市儿童医院", "lat": 47.00630, "lon": 131.07140, "zone": "east",
        "owner": ["儿童医院", "儿医", "市儿童医院"],
        "en": "the children's hospital", "en_short": "children's hospital",
        "spots": [("门诊大厅挂号处", 0, 0), ("输液大厅", 30, 40), ("发热门诊", -60, 70),
                  ("住院部电梯间", 90, 110), ("门口停车场", -20, -150)],
        "finders": ["nurse", "nurse", "guard", "passerby"],
    },
    "market": {
        "formal": "延川里朝鲜族市场", "lat": 47.00020, "lon": 131.03010, "zone": "southwest",
        "owner": ["延川里市场", "朝鲜族市场", "高丽市场", "市场"],
        "en": "the Korean market (Yanchuanli)", "en_short": "Korean market",
        "spots": [("打糕铺", 0, 0), ("泡菜街", 50, 60), ("米肠摊", -40, 30), ("冷面馆", 90, -30),
                  ("二楼服装区", 10, 10), ("市场东门", 150, 0)],
        "finders": ["stall_owner", "stall_owner", "sanitation", "passerby"],
    },
    "skiresort": {
        "formal": "雪鹰岭滑雪场", "lat": 46.86140, "lon": 131.33280, "zone": "ski",
        "owner": ["雪鹰岭", "滑雪场", "雪鹰岭滑雪场"],
        "en": "Snow Eagle Ridge ski resort", "en_short": "ski resort",
        "spots": [("雪具大厅", 0, 0), ("缆车上站", 900, 1300), ("初级道", 200, 350),
                  ("更衣柜区", 20, -20), ("班车停车场", -150, -200), ("魔毯旁", 260, 300)],
        "finders": ["ski_instructor", "ski_instructor", "guard", "passerby"],
    },
}

# Hand-in points for items that travel: hotels, taxis, the ski bus, the sleeper train.
HOTELS = [
    {"name": "雪绒花宾馆", "near": "street", "lat": 47.02590, "lon": 131.05070},
    {"name": "北极星大酒店", "near": "station", "lat": 47.01390, "lon": 131.03810},
    {"name": "冰凌花青年旅舍", "near": "hotpot", "lat": 47.01990, "lon": 131.06010},
    {"name": "白桦林公寓酒店", "near": "icepark", "lat": 47.04770, "lon": 131.03680},
]
TAXI_DEPOT = {"name": "冰城出租车调度中心", "lat": 47.01550, "lon": 131.02180}
SKIBUS = {"name": "雪鹰岭滑雪场班车", "stop": "体育馆上车点", "depot": "雪鹰岭班车调度站",
          "stop_lat": 47.02060, "stop_lon": 131.04190, "lat": 47.01490, "lon": 131.02030}
TRAINS = ["K7291", "K7292", "Z1863", "T5087"]
TRAIN_FROM = ["南屿", "荔港", "榕湾", "海州", "北岭"]   # invented cities on the other end

# Spots where a bicycle or an e-bike can stand.
OUTDOOR = {"icepark": ["东侧停车场", "南门检票口"], "river": ["马爬犁上客点", "望江亭", "江畔观景台"],
           "street": ["街口公交站", "圣雪教堂广场", "大熊铜像"], "hotpot": ["街口停车位", "街尾公厕旁", "羊蝎子馆门口"],
           "station": ["站前广场", "出站口"], "hospital": ["门口停车场"], "market": ["市场东门"],
           "skiresort": ["班车停车场"]}
VEHICLE_FINDERS = ["guard", "sanitation", "patrol", "passerby"]

NEAR = {  # places within walking distance of each other
    "icepark": ["river"], "river": ["icepark", "street"], "street": ["river", "hotpot", "station"],
    "hotpot": ["street", "hospital"], "station": ["street", "market"], "hospital": ["hotpot"],
    "market": ["station"], "skiresort": [],
}

SOUTH_CITIES = ["榕湾", "南屿", "荔港", "海州", "椰林"]
BANKS = ["冰城农商银行", "北疆银行", "松澜银行", "东岭商业银行", "雪原信用社"]

# ---------------------------------------------------------------------------------------
# Colours: key -> owner words, finder words, English.
# ---------------------------------------------------------------------------------------
COLORS = {
    "黑": (["黑色", "黑", "纯黑", "哑光黑", "黑色的"], ["黑色", "深色", "黑", "炭黑色"], "black"),
    "白": (["白色", "白", "米白", "乳白色"], ["白色", "浅色", "米白色", "灰白色"], "white"),
    "红": (["红色", "大红", "酒红", "枣红色"], ["红色", "暗红色", "深红", "红"], "red"),
    "蓝": (["蓝色", "深蓝", "藏青色", "宝蓝"], ["蓝色", "深色", "藏蓝", "蓝黑色"], "blue"),
    "灰": (["灰色", "深空灰", "铁灰", "浅灰"], ["灰色", "深灰", "灰", "银灰色"], "grey"),
    "银": (["银色", "银白色", "亮银"], ["银色", "银灰色", "金属色"], "silver"),
    "金": (["金色", "香槟金", "土豪金"], ["金色", "浅金色", "金黄色"], "gold"),
    "粉": (["粉色", "樱花粉", "粉红"], ["粉色", "粉红色", "浅粉"], "pink"),
    "绿": (["绿色", "军绿", "墨绿"], ["绿色", "深绿色", "橄榄绿"], "green"),
    "棕": (["棕色", "咖啡色", "驼色", "焦糖色"], ["棕色", "褐色", "咖啡色", "黄褐色"], "brown"),
    "黄": (["黄色", "明黄", "荧光黄"], ["黄色", "亮黄色", "黄"], "yellow"),
    "紫": (["紫色", "香芋紫"], ["紫色", "淡紫色"], "purple"),
    "橙": (["橙色", "橘色", "橘黄"], ["橙色", "橘红色"], "orange"),
}

# ---------------------------------------------------------------------------------------
# Brands: key -> owner spellings, finder spellings (what is printed or how it looks), English.
# The big phone brands appear as the issue text names them; every model is invented.
# ---------------------------------------------------------------------------------------
BRANDS = {
    "华为": (["华为", "HUAWEI", "huawei", "华伟", "Huawei"], ["华为", "HUAWEI", "华为"], "Huawei"),
    "苹果": (["苹果", "iPhone", "Apple", "平果", "apple"], ["苹果", "Apple", "苹果"], "Apple"),
    "小米": (["小米", "Xiaomi", "MI", "xiaomi", "小咪"], ["小米", "Xiaomi", "MI"], "Xiaomi"),
    "OPPO": (["OPPO", "oppo", "欧珀"], ["OPPO", "OPPO"], "OPPO"),
    "vivo": (["vivo", "VIVO", "维沃"], ["vivo", "VIVO"], "vivo"),
    "荣耀": (["荣耀", "HONOR", "honor", "荣誉"], ["荣耀", "HONOR"], "Honor"),
    "三星": (["三星", "Samsung", "SAMSUNG"], ["三星", "SAMSUNG"], "Samsung"),
    # invented brands
    "北极熊": (["北极熊", "Beijixiong", "POLAR BEAR", "北极雄"], ["北极熊", "POLAR BEAR"], "Polar Bear"),
    "声浪": (["声浪", "Shenglang", "SOUNDWAVE"], ["声浪", "SOUNDWAVE"], "Soundwave"),
    "望远": (["望远", "Wangyuan", "FARVIEW"], ["FARVIEW", "望远"], "Farview"),
    "雪脊": (["雪脊", "Xueji", "SNOWRIDGE", "雪季"], ["SNOWRIDGE", "雪脊"], "Snowridge"),
    "冰川": (["冰川", "Bingchuan", "GLACIER"], ["冰川", "GLACIER"], "Glacier"),
    "鹿角": (["鹿角", "Lujiao", "ANTLER"], ["鹿角", "ANTLER"], "Antler"),
    "白桦": (["白桦", "Baihua", "BIRCH", "白华"], ["白桦", "BIRCH"], "Birch"),
    "金雁": (["金雁", "Jinyan", "GOLDGOOSE"], ["金雁", "GOLDGOOSE"], "Goldgoose"),
    "极光": (["极光", "Jiguang", "AURORA"], ["AURORA", "极光"], "Aurora"),
    "驰风": (["驰风", "Chifeng", "CHIFENG", "池风"], ["驰风", "CHIFENG"], "Chifeng"),
    "北行": (["北行", "Beixing", "BEIXING"], ["北行", "BEIXING"], "Beixing"),
    "雪驰": (["雪驰", "Xuechi", "XUECHI"], ["雪驰", "XUECHI"], "Xuechi"),
    "远行": (["远行", "Yuanxing", "YUANXING"], ["远行", "YUANXING"], "Yuanxing"),
    "金福楼": (["金福楼", "Jinfulou", "金福"], ["金福楼", "JFL"], "Jinfulou"),
    "北骏": (["北骏", "Beijun", "BEIJUN", "北俊"], ["北骏", "BEIJUN"], "Beijun"),
    "凌途": (["凌途", "Lingtu", "LINGTU"], ["凌途", "LINGTU"], "Lingtu"),
    "捷风": (["捷风", "Jiefeng", "JIEFENG"], ["捷风", "JIEFENG"], "Jiefeng"),
    "松澜": (["松澜", "Songlan", "SONGLAN"], ["松澜", "SONGLAN"], "Songlan"),
}

PHONE_MODELS = {
    "华为": ["Mate 88 RS", "nova 23 SE", "畅享 90 Plus", "Pura 95"],
    "苹果": ["iPhone 27 Pro", "iPhone 25", "iPhone 26 Plus"],
    "小米": ["小米 19 Ultra", "Redmi K99", "Redmi 31A"],
    "OPPO": ["Find X19", "Reno 31", "A97s"],
    "vivo": ["X300 Frost", "S39", "Y88t"],
    "荣耀": ["Magic 11 Lite", "X70i", "荣耀 300"],
    "三星": ["Galaxy S41", "Galaxy A78"],
}
PHONE_COLORS = ["黑", "黑", "白", "蓝", "灰", "金", "紫", "绿", "银", "粉"]

# ---------------------------------------------------------------------------------------
# People.  Names are built from these pieces; none is a real person.
# ---------------------------------------------------------------------------------------
SURNAMES = ["王", "李", "张", "刘", "于", "隋", "宫", "鞠", "栾", "姜", "邵", "孙", "赵", "高", "郭",
            "丛", "曲", "綦", "初", "毕", "修", "逄", "滕", "战", "衣"]
GIVEN = ["立", "春", "冬", "雪", "凯", "丽", "娜", "欣", "强", "岩", "松", "宇", "佳", "鹏", "婷",
         "洋", "爽", "坤", "晶", "峰", "悦", "蕾", "野", "铎", "航", "璐", "薇", "博", "晗", "彤"]
KOREAN_SURNAMES = ["金", "朴", "崔", "郑", "玄", "韩", "姜", "全"]
KOREAN_GIVEN = ["英淑", "明哲", "顺姬", "春花", "哲洙", "贞玉", "光日", "善子", "凤女", "成浩", "美兰"]
RU_FIRST_F = ["Olga", "Irina", "Anastasia", "Yulia", "Marina", "Ksenia", "Vera"]
RU_FIRST_M = ["Dmitry", "Sergei", "Nikolai", "Pavel", "Artem", "Ilya", "Oleg"]
RU_STEM = ["Vetlug", "Krasnob", "Morozyan", "Belozub", "Severtsk", "Tumanch", "Zarechn", "Lesovat",
           "Polyarsk", "Kedrovn"]

# ---------------------------------------------------------------------------------------
# Owner and finder voices.
# ---------------------------------------------------------------------------------------
OWNER_VOICES = ["dongbei", "dongbei", "dongbei", "korean_elder", "south_tourist", "south_tourist",
                "russian_en", "russian_cn", "ski_instructor", "parent", "student", "plain", "plain",
                "hurried", "hurried"]

DONGBEI_OPEN = ["哎呀妈呀，", "我跟你说，", "老铁，", "这事儿整的，", "", "", "唉，"]
DONGBEI_LOSS = ["整丢了", "给整丢了", "整没了", "丢了", "弄丢了"]
DONGBEI_CLOSE = ["谁捡着了给个信儿，必有重谢。", "贼着急，麻烦给瞅瞅。", "寻思能不能找回来，谢谢了老铁。",
                 "天儿贼冷，我在外头找了俩点儿也没找着。", "这玩意儿丢了嘎哈都不方便，拜托了。",
                 "我寻思是掏手机的时候带出去的。", "", ""]
KOREAN_OPEN = ["我是延川里住的朝鲜族，汉话说得不好。", "我老太太，朝鲜族，", "我七十多了，",
               "阿妈妮（我）朝鲜族的，", ""]
KOREAN_CLOSE = ["找到了给我打电话么，谢谢。", "孙子给的，很重要的东西。", "心里着急，睡不着觉。",
                "谢谢警察同志。", ""]
SOUTH_OPEN = ["我们一家从{city}来冰城旅游，第一次看见雪，", "我是{city}来的游客，", "从{city}飞过来玩的，",
              "南方{city}来的游客，从来没这么冷过，"]
SOUTH_CLOSE = ["太冷了手机冻关机了，也没法定位，麻烦帮忙留意一下。", "手套太薄了手冻僵了，东西掉了都没感觉。",
               "充电宝也冻没电了，一直联系不上家里人，很着急。", "我们后天的车就要回去了，希望能找到。",
               "零下二十几度，真的没经验，拜托了。", ""]
SKI_OPEN = ["我是雪鹰岭的滑雪教练，", "在雪鹰岭带课的教练，", "滑雪教练，"]
PARENT_OPEN = ["孩子发烧带他来看病，", "带闺女来儿童医院复查，", "孩子咳嗽来挂水，", "带孩子出来玩，"]
STUDENT_OPEN = ["我是冰城理工学院的学生，", "放寒假了和同学出来玩，", "学生，"]
PLAIN_OPEN = ["本人", "我", "报失人称，", ""]

FINDER_ROLES = {
    "sleigh_driver": ["江上拉马爬犁的{n}师傅", "马爬犁车夫老{n}", "赶爬犁的{n}大哥"],
    "sanitation": ["环卫工人{n}大姐", "环卫工{n}师傅", "扫雪的环卫工老{n}"],
    "hotel_desk": ["{hotel}前台", "{hotel}值班经理", "{hotel}前台小{n}"],
    "ski_instructor": ["雪鹰岭滑雪教练小{n}", "滑雪场教练{n}师傅", "雪具大厅工作人员小{n}"],
    "train_attendant": ["{train}次列车员小{n}", "{train}次卧铺车厢乘务员"],
    "taxi_driver": ["出租车司机{n}师傅", "的哥老{n}"],
    "guard": ["保安{n}师傅"],
    "guard@icepark": ["园区保安小{n}", "大观园安保队员老{n}"],
    "guard@river": ["冰面安全员{n}师傅", "江上巡查员老{n}"],
    "guard@station": ["车站保安小{n}", "冰城站安检员{n}"],
    "guard@hospital": ["医院保安老{n}", "门诊楼保安{n}师傅"],
    "guard@skiresort": ["雪场巡逻员小{n}", "雪鹰岭安保{n}师傅"],
    "nurse": ["儿童医院护士小{n}", "输液大厅护士{n}", "导诊台护士"],
    "stall_owner": ["店主老{n}", "摊主{n}大姐"],
    "stall_owner@hotpot": ["饭店服务员小{n}", "烤冷面摊主老{n}", "铜锅店老板{n}哥"],
    "stall_owner@market": ["朝鲜族大婶{n}", "打糕铺老板娘", "摊主{n}大姐"],
    "stall_owner@street": ["套娃店店员小{n}", "列巴房老板{n}", "摊主{n}大姐"],
    "passerby": ["市民{n}先生", "路过的游客{n}女士", "热心市民小{n}", "游客{n}先生", "南方游客{n}女士"],
    "patrol": ["巡逻民警", "辅警小{n}", "巡逻队员{n}"],
    "bus_driver": ["班车司机{n}师傅", "雪鹰岭班车司机老{n}"],
    "desk_formal": ["{n}某（{occ}）"],
}
DESK_OCCUPATIONS = ["环卫工", "游客", "市民", "商户", "保安", "出租车司机"]

# Typos a hurried person makes (first match is applied).
TYPOS = [("钱包", "前包"), ("身份证", "身分证"), ("钥匙", "要是"), ("手机", "手几"), ("充电宝", "充电包"),
         ("滑雪", "华雪"), ("冰雪", "冰学"), ("步行街", "步行接"), ("火车站", "火车战"), ("黑色", "黑涩"),
         ("银行卡", "银航卡"), ("电动车", "电东车"), ("自行车", "自形车"), ("项链", "项连"), ("耳机", "耳几"),
         ("羽绒服", "羽绒福"), ("手套", "手淘"), ("大观园", "大关园"), ("医院", "医圆"), ("书包", "书抱"),
         ("背包", "贝包"), ("镯子", "桌子"), ("现金", "现今"), ("相机", "像机"), ("戒指", "戒子")]

CATEGORIES = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry",
              "electronics", "other"]

# How many of each category: pairs (found later) and lost reports never handed in.
PAIR_COUNTS = {"id_doc": 22, "phone": 22, "wallet": 17, "keys": 13, "ebike": 6, "bicycle": 5,
               "bag": 18, "cash": 8, "jewelry": 10, "electronics": 16, "other": 13}
UNFOUND_COUNTS = {"id_doc": 12, "phone": 16, "wallet": 11, "keys": 7, "ebike": 3, "bicycle": 3,
                  "bag": 9, "cash": 8, "jewelry": 7, "electronics": 8, "other": 6}
# Hard negatives by kind.
NEGATIVE_COUNTS = {"same_category_colour": 40, "found_before_loss": 30,
                   "same_brand_elsewhere": 30, "look_alike_other_serial": 20}
# Pairs filed under two categories by the two sides (owner category, finder category, subtype).
CROSS_PAIRS = [("wallet", "id_doc", "cardholder"), ("electronics", "phone", "kids_watch"),
               ("phone", "bag", "bag_with_phone"), ("cash", "wallet", "coin_purse_cash")]
