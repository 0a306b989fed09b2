# -*- coding: utf-8 -*-
"""The invented world of set108: 麦丘县, a county town on the central plain, June wheat harvest.

Every place, person, model name and number here is made up.  Coordinates are WGS84 and sit on
the plain east of Zhoukou/south of Shangqiu only so that they are inside China; no place named
here is meant to be a real one.
"""
import datetime

NOW = datetime.datetime(2025, 6, 22, 21, 0)   # the moment every registration is "made"
COUNTY = "麦丘县"
HARVEST_FIRST_DAY = 1                          # June 1 .. June 22
EXAM_DAYS = [16, 17, 18]                       # 中考 at the two county exam sites
FAIR_DAYS = [6, 7, 8, 9]                       # 火神庙会
CHENGGUAN_MARKET = [1, 4, 7, 11, 14, 17, 21]   # 城关老集 逢一四七
WANGJI_MARKET = [2, 5, 8, 12, 15, 18, 22]      # 王集 逢二五八

# key: names (how people call it), lat, lon, kind, subs (spots inside), sister (a place that is
# easily confused with it), days (only these days of June), hours (typical hours of a visit),
# cats (categories lost there, with weights)
PLACES = {
    "bus": dict(names=["县长途汽车站", "县汽车站", "长途汽车站", "汽车站", "客运站"],
                lat=34.0455, lon=114.6102, kind="bus",
                subs=["候车厅座椅上", "售票窗口", "3号检票口", "厕所洗手台", "出站口", "小卖部门口",
                      "开往王集的中巴车上", "去郑州的大巴上"],
                sister="bus_wj", days=None, hours=(6, 19),
                cats={"phone": 5, "wallet": 4, "bag": 5, "id_doc": 4, "electronics": 3, "cash": 1,
                      "other": 1, "keys": 1}),
    "bus_wj": dict(names=["王集客运站点", "王集车站", "王集停车点"],
                   lat=34.0921, lon=114.6950, kind="bus",
                   subs=["候车棚", "售票亭", "中巴车上", "路边站牌底下"],
                   sister="bus", days=None, hours=(6, 18),
                   cats={"phone": 3, "wallet": 2, "bag": 3, "id_doc": 2, "electronics": 1}),
    "market_cg": dict(names=["城关老集", "老集", "农贸市场", "城关集上", "老集农贸市场"],
                      lat=34.0398, lon=114.6281, kind="market",
                      subs=["卖菜摊位边", "猪肉摊前", "集东头", "卖农具那一片", "集西头卖西瓜哩地方",
                            "卖衣裳的摊子", "路边停车处"],
                      sister="market_wj", days=CHENGGUAN_MARKET, hours=(6, 12),
                      cats={"wallet": 5, "cash": 3, "phone": 4, "keys": 3, "ebike": 3, "bag": 2,
                            "jewelry": 1, "id_doc": 2, "other": 1}),
    "market_wj": dict(names=["王集集上", "王集", "王集街上", "王集镇集市"],
                      lat=34.0935, lon=114.6988, kind="market",
                      subs=["十字街口", "卖菜哩摊子", "农资店门口", "集北头", "卖鸡娃哩那一片"],
                      sister="market_cg", days=WANGJI_MARKET, hours=(6, 12),
                      cats={"wallet": 4, "cash": 3, "phone": 3, "keys": 3, "ebike": 3, "bag": 1,
                            "id_doc": 1, "other": 1}),
    "school2": dict(names=["县二中考点", "县第二初级中学", "二中", "二初中考点"],
                    lat=34.0467, lon=114.6330, kind="school",
                    subs=["考点大门口", "家长等候区", "校门对面树荫下", "自行车棚", "考场楼一楼走廊",
                          "警戒线外"],
                    sister="school_sy", days=EXAM_DAYS, hours=(7, 17),
                    cats={"id_doc": 6, "electronics": 3, "bicycle": 3, "bag": 2, "keys": 1,
                          "phone": 1, "ebike": 1}),
    "school_sy": dict(names=["县实验中学考点", "实验中学", "实验中学考点"],
                      lat=34.0361, lon=114.6169, kind="school",
                      subs=["校门口", "家长等候区", "车棚", "操场边", "东门警戒线外"],
                      sister="school2", days=EXAM_DAYS, hours=(7, 17),
                      cats={"id_doc": 5, "electronics": 2, "bicycle": 3, "bag": 2, "keys": 1,
                            "ebike": 1}),
    "health_wj": dict(names=["王集镇卫生院", "王集卫生院", "镇卫生院", "乡医院"],
                      lat=34.0911, lon=114.7024, kind="health",
                      subs=["挂号窗口", "输液室", "走廊长椅上", "药房门口", "院子里", "B超室门口"],
                      sister="health_cg", days=None, hours=(7, 18),
                      cats={"id_doc": 3, "other": 4, "wallet": 3, "phone": 2, "cash": 1,
                            "electronics": 1, "keys": 1}),
    "health_cg": dict(names=["城关镇卫生院", "城关卫生院", "卫生院"],
                      lat=34.0389, lon=114.6401, kind="health",
                      subs=["挂号处", "输液大厅", "门诊走廊", "收费窗口", "大门口"],
                      sister="health_wj", days=None, hours=(7, 18),
                      cats={"id_doc": 3, "other": 3, "wallet": 3, "phone": 2, "electronics": 1}),
    "temple": dict(names=["火神庙会", "火神庙", "庙会上", "火神庙庙会"],
                   lat=34.0521, lon=114.6407, kind="temple",
                   subs=["大殿前", "香炉边", "戏台底下", "卖小吃哩摊子", "庙门口", "套圈的摊子",
                         "求签的地方"],
                   sister="market_cg", days=FAIR_DAYS, hours=(7, 19),
                   cats={"jewelry": 5, "phone": 4, "wallet": 4, "cash": 2, "keys": 2, "bag": 1,
                         "other": 1, "electronics": 1}),
    "grain_cn": dict(names=["城南粮站", "南关粮站", "城南收粮点"],
                     lat=34.0298, lon=114.6226, kind="grain",
                     subs=["过磅处", "排队卖粮的路边", "结算窗口", "大门口", "晒场边"],
                     sister="grain_sy", days=None, hours=(6, 21),
                     cats={"cash": 4, "wallet": 3, "phone": 3, "id_doc": 3, "ebike": 3, "keys": 1}),
    "grain_sy": dict(names=["孙营粮站", "孙营收粮点", "孙营粮食收购点"],
                     lat=34.0105, lon=114.5703, kind="grain",
                     subs=["过磅哩地方", "卸粮口", "结账哩小屋", "门口排队处"],
                     sister="grain_cn", days=None, hours=(6, 21),
                     cats={"cash": 3, "wallet": 2, "phone": 2, "id_doc": 2, "ebike": 2}),
    "fuel": dict(names=["国道边加油站", "106加油站", "国道加油站", "中石化加油站"],
                 lat=34.0608, lon=114.5887, kind="fuel",
                 subs=["便利店里", "加油机旁边", "后边空地", "洗手间门口"],
                 sister="hotel", days=None, hours=(5, 23),
                 cats={"phone": 3, "electronics": 3, "keys": 3, "wallet": 2, "bag": 2, "id_doc": 1}),
    "hotel": dict(names=["麦香宾馆", "麦香宾馆院里", "收割机停放点（麦香宾馆）"],
                  lat=34.0589, lon=114.5921, kind="fuel",
                  subs=["门口", "收割机停放处", "前台", "水龙头边"],
                  sister="fuel", days=None, hours=(5, 23),
                  cats={"phone": 3, "electronics": 3, "keys": 3, "wallet": 2, "bag": 2, "id_doc": 2}),
    "road": dict(names=["人民路与建设路口", "人民路口", "建设路", "人民路十字路口"],
                 lat=34.0423, lon=114.6245, kind="road",
                 subs=["红绿灯底下", "路边树底下", "公交站牌旁", "银行门口", "超市门口"],
                 sister="road2", days=None, hours=(6, 22),
                 cats={"ebike": 4, "bicycle": 3, "phone": 3, "keys": 3, "wallet": 2, "id_doc": 1,
                       "other": 1}),
    "road2": dict(names=["人民路与解放路口", "解放路口", "解放路"],
                  lat=34.0441, lon=114.6298, kind="road",
                  subs=["红绿灯处", "邮政储蓄门口", "药店门口", "路边花坛"],
                  sister="road", days=None, hours=(6, 22),
                  cats={"ebike": 3, "bicycle": 2, "phone": 2, "keys": 2, "wallet": 2}),
}

VILLAGE_PAIRS = [
    ("东王庄", 34.0702, 114.6603, "西王庄", 34.0688, 114.6397),
    ("前李营", 34.0177, 114.6498, "后李营", 34.0251, 114.6519),
    ("大刘寨", 34.1012, 114.6244, "小刘寨", 34.1079, 114.6389),
    ("张楼", 33.9983, 114.6012, "章楼", 34.0038, 114.5866),
    ("高庙村", 34.0801, 114.5512, "高桥村", 34.0724, 114.5427),
]
VILLAGE_SUBS = ["麦场", "村头", "地头", "村委会门口", "小卖部门口", "机井边", "村里大路上",
                "打麦场边上", "南地", "老槐树底下"]
VILLAGE_CATS = {"ebike": 4, "phone": 3, "keys": 3, "other": 2, "jewelry": 2, "cash": 2,
                "wallet": 2, "bicycle": 2, "electronics": 1, "id_doc": 1, "bag": 1}

for _a, _alat, _alon, _b, _blat, _blon in VILLAGE_PAIRS:
    for _n, _la, _lo, _s in ((_a, _alat, _alon, _b), (_b, _blat, _blon, _a)):
        PLACES["v:" + _n] = dict(names=[_n, _n if _n.endswith("村") else _n + "村", COUNTY + "城关镇" + _n],
                                  lat=_la, lon=_lo, kind="village", subs=VILLAGE_SUBS,
                                  sister="v:" + _s, days=None, hours=(5, 21), cats=VILLAGE_CATS,
                                  village=_n)

FAR_PLACES = [
    ("赵寨乡集上", 34.1802, 114.8101),
    ("马头镇汽车站", 33.9104, 114.4402),
    ("邻县城南粮站", 34.2412, 114.3987),
    ("柳河镇卫生院", 33.9566, 114.8320),
    ("白庙村麦场", 34.1650, 114.4900),
    ("柳河镇街上", 33.9601, 114.8255),
]

PLACE_KEYS = sorted(PLACES)

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘于蒋蔡余杜叶程"
                "苏魏吕丁任沈姚卢姜崔钟谭陆范金石贾夏付方白邹孟秦尹薛闫段雷侯史郝")
GIVEN = {
    "old_m": ["建国", "满仓", "保山", "金锁", "富贵", "国庆", "长生", "德顺", "来福", "拴柱", "老栓", "振华"],
    "old_f": ["桂兰", "秀英", "玉梅", "翠花", "凤琴", "素珍", "桂芝", "秀兰", "春花", "爱莲"],
    "mid_m": ["卫东", "建伟", "红军", "海涛", "永强", "志刚", "国强", "小军", "新民", "跃进"],
    "mid_f": ["丽娟", "红霞", "艳丽", "秀芳", "海燕", "玉红", "春燕", "晓红"],
    "young_m": ["浩然", "子轩", "宇航", "博文", "俊杰", "一鸣", "梓豪", "家豪", "鹏飞", "世杰"],
    "young_f": ["欣怡", "梓涵", "雨萱", "一诺", "佳琪", "思雨", "可欣", "子萱", "梦瑶", "静怡"],
}

PROVINCES = ["河北", "山东", "安徽", "江苏", "山西", "甘肃", "内蒙古"]
CITIES = ["广州", "东莞", "深圳", "杭州", "苏州", "上海", "郑州", "宁波", "昆山", "义乌"]
SUBJECTS = ["语文", "数学", "英语", "物理", "化学", "道德与法治", "历史"]

# colour keys: (owner words, finder words, words that fill the colour box)
COLORS = {
    "black": (["黑色", "黑的", "曜石黑", "哑光黑", "深色", "亮黑色"], ["黑色", "深色", "黑", "哑光黑色"],
              ["黑", "黑色", "深色", "哑光黑", "曜石黑"]),
    "white": (["白色", "白的", "珍珠白", "米白色"], ["白色", "白", "米白色", "乳白色"],
              ["白", "白色", "米白", "珍珠白"]),
    "blue": (["蓝色", "宝石蓝", "深蓝", "天蓝色", "蓝的"], ["蓝色", "深蓝色", "蓝", "浅蓝色"],
             ["蓝", "蓝色", "深蓝", "宝石蓝"]),
    "purple": (["紫色", "幻夜紫", "淡紫色"], ["紫色", "深紫色", "紫"], ["紫", "紫色", "幻夜紫"]),
    "gold": (["金色", "香槟金", "土豪金"], ["金色", "金黄色", "金"], ["金", "金色", "香槟金"]),
    "green": (["绿色", "墨绿", "军绿色", "翠绿"], ["绿色", "深绿色", "墨绿色"], ["绿", "绿色", "墨绿"]),
    "silver": (["银色", "银白色", "亮银"], ["银色", "银灰色", "银"], ["银", "银色", "银白"]),
    "pink": (["粉色", "粉红", "樱花粉"], ["粉色", "粉红色", "浅粉"], ["粉", "粉色", "粉红"]),
    "red": (["红色", "大红", "酒红", "枣红色"], ["红色", "暗红色", "红"], ["红", "红色", "大红", "酒红"]),
    "grey": (["灰色", "深灰", "太空灰", "铁灰"], ["灰色", "深灰色", "灰"], ["灰", "灰色", "深灰", "太空灰"]),
    "brown": (["棕色", "咖啡色", "褐色", "黄褐色"], ["棕色", "咖啡色", "深棕色"], ["棕", "棕色", "咖啡色"]),
}
# what a finder sometimes sees instead of the owner's colour (bad light, a cover, dust)
COLOR_SLIPS = {"purple": "black", "grey": "black", "silver": "white", "blue": "black",
               "brown": "black", "gold": "silver", "pink": "red", "green": "black"}

# brand key: spellings (first is the ordinary Chinese one)
BRANDS = {
    "huawei": ["华为", "HUAWEI", "Huawei", "huawei", "华伟", "花为"],
    "honor": ["荣耀", "HONOR", "Honor", "容耀", "rongyao"],
    "xiaomi": ["小米", "Xiaomi", "MI", "xiaomi", "小咪"],
    "redmi": ["红米", "Redmi", "redmi", "小米红米"],
    "oppo": ["OPPO", "oppo", "欧珀", "0PPO", "Oppo"],
    "vivo": ["vivo", "VIVO", "维沃", "步步高vivo", "vivio"],
    "apple": ["苹果", "iPhone", "Apple", "apple", "平果", "爱疯"],
    "shouhu": ["守护宝", "守护宝牌", "shouhubao"],
    "tianyu": ["天语", "K-Touch", "天雨"],
    "septwolves": ["七匹狼", "SEPTWOLVES", "7匹狼", "七匹郎"],
    "goldlion": ["金利来", "Goldlion", "goldlion", "金利莱"],
    "crocodile": ["鳄鱼", "CROCODILE", "鳄鱼牌"],
    "yadea": ["雅迪", "Yadea", "YADEA", "亚迪", "yadi"],
    "aima": ["爱玛", "AIMA", "Aima", "艾玛"],
    "tailg": ["台铃", "TAILG", "台玲", "tailing"],
    "luyuan": ["绿源", "LUYUAN", "绿原"],
    "sunra": ["新日", "SUNRA", "新曰", "xinri"],
    "jinpeng": ["金彭", "JINPENG", "金鹏", "jinpeng"],
    "huaihai": ["淮海", "HUAIHAI", "怀海"],
    "forever": ["永久", "FOREVER", "永久牌", "yongjiu"],
    "phoenix": ["凤凰", "PHOENIX", "凤凰牌", "fenghuang"],
    "giant": ["捷安特", "GIANT", "Giant", "杰安特"],
    "pigeon": ["飞鸽", "飞鸽牌", "FLYING PIGEON"],
    "xds": ["喜德盛", "XDS", "喜得盛"],
    "nike": ["耐克", "NIKE", "Nike", "naike"],
    "adidas": ["阿迪达斯", "adidas", "阿迪", "阿迪达斯三叶草"],
    "anta": ["安踏", "ANTA", "anta"],
    "diplomat": ["外交官", "Diplomat", "DIPLOMAT"],
    "chowtaifook": ["周大福", "CHOW TAI FOOK", "周大富", "zhoudafu"],
    "laofengxiang": ["老凤祥", "老凤翔", "LAO FENG XIANG"],
    "chinagold": ["中国黄金", "China Gold", "中国黄金牌"],
    "xtc": ["小天才", "imoo", "小天财", "xiaotiancai"],
    "romoss": ["罗马仕", "ROMOSS", "罗马斯"],
    "dji": ["大疆", "DJI", "dji", "大疆农业", "大江"],
    "jinzheng": ["金正", "JINZHENG", "金正牌"],
    "sast": ["先科", "SAST", "先科牌"],
    "lovol": ["雷沃", "LOVOL", "雷沃谷神", "雷沃牌"],
    "kubota": ["久保田", "KUBOTA", "Kubota", "酒保田"],
    "fuguang": ["富光", "FUGUANG", "富光牌"],
    "baofeng": ["宝锋", "BAOFENG", "宝峰"],
    "abc": ["农业银行", "农行", "ABC", "中国农业银行"],
    "psbc": ["邮政储蓄", "邮储银行", "邮政", "PSBC"],
    "rcc": ["农商银行", "农村信用社", "信用社", "农信"],
    "ccb": ["建设银行", "建行", "CCB"],
}

# invented model names
MODELS = {
    "huawei": ["畅享 70Z", "nova 15 青春版", "Mate 66E", "畅享 Q9", "nova Y92"],
    "honor": ["X70 Lite", "Play 9C", "数字系列 R5", "畅玩 60M"],
    "xiaomi": ["小米 15 青春", "Civi 5S", "小米 14E"],
    "redmi": ["Note 15T", "K78", "Note 14 Lite", "13R 5G"],
    "oppo": ["A97s", "Reno 14 青春", "K15x"],
    "vivo": ["Y78m", "S21e", "iQOO Z11x", "Y300t"],
    "apple": ["iPhone 13", "iPhone 14 Plus", "iPhone 12", "iPhone 15"],
    "shouhu": ["S9", "L88"],
    "tianyu": ["N2", "T6"],
    "yadea": ["冠能 G9", "DE3 新国标", "欧睿 E7"],
    "aima": ["A500 新国标", "小蜜豆 M3", "麦瑞 7"],
    "tailg": ["超能 TDT-12", "风行 3"],
    "luyuan": ["K5 液冷", "S30"],
    "sunra": ["XC3 新国标", "F9"],
    "jinpeng": ["JP-1200", "T11", "祥瑞 K5"],
    "huaihai": ["HH-E8", "Q6 代步款"],
    "giant": ["ATX 620", "Escape 7"],
    "xds": ["XDS 380 山地", "探索者 260"],
    "xtc": ["Z8 少年版", "Q3A"],
    "dji": ["T50 植保遥控器", "RC Plus 农业遥控器"],
    "romoss": ["PHP20 20000毫安", "Sense 10"],
    "baofeng": ["UV-K9 对讲机", "BF-888 对讲机"],
    "jinzheng": ["S-99 唱戏机", "K36 看戏机"],
    "sast": ["V30 收音机", "PT-77 唱戏机"],
}

HENAN = [("没有", "木有"), ("什么", "啥"), ("昨天", "夜儿个"), ("前天", "前儿个"), ("今天", "今儿个"),
         ("下午", "后晌"), ("中午", "晌午"), ("早上", "清早"), ("自行车", "洋车子"), ("电动车", "电车子"),
         ("你们", "恁"), ("我", "俺"), ("的", "哩"), ("这么", "恁"), ("很", "可"), ("怎么", "咋")]

TYPOS = [("身份证", "身分证"), ("钥匙", "钥是"), ("已经", "以经"), ("丢了", "丟了"), ("在", "再"),
         ("找到", "找倒"), ("麻烦", "麻番"), ("谢谢", "谢射"), ("钱包", "钱抱"), ("联系", "连系"),
         ("手机", "手几"), ("电动车", "电动车车"), ("的", "得"), ("那", "哪")]
