# -*- coding: utf-8 -*-
"""World tables for set126: 西坪新区 (invented), November.

Every place, brand, model, name and number here is invented.
Only plain lists and tuples: iteration order is fixed.
"""

# (key, canonical name, zone, lat, lon, aliases a finder or owner might write)
PLACES = [
    ("park_xd_gate", "西坪高新产业园芯达电子厂南门", "park", 30.7121, 104.3915,
     ["芯达厂南门", "产业园芯达电子门口", "芯达南门保安亭"]),
    ("park_df_ws3", "产业园鼎丰精密三号车间", "park", 30.7138, 104.3952,
     ["鼎丰三车间", "鼎丰精密厂里", "鼎丰3号车间更衣室"]),
    ("park_dorm6", "产业园员工宿舍6栋", "park", 30.7160, 104.3890,
     ["园区宿舍6栋", "6栋宿舍楼下", "员工公寓6号楼"]),
    ("park_canteen2", "产业园二食堂", "park", 30.7149, 104.3921,
     ["园区二食堂", "产业园食堂二楼", "二食堂门口"]),
    ("park_shuttle", "产业园班车站台", "park", 30.7109, 104.3938,
     ["厂车站台", "园区班车点", "班车候车亭"]),
    ("metro_b", "地铁19号线西坪站B口", "metro", 30.7042, 104.4081,
     ["西坪站B出口", "地铁站B口", "19号线终点站B口"]),
    ("metro_hall", "地铁19号线西坪站站厅", "metro", 30.7046, 104.4076,
     ["西坪站闸机口", "地铁站厅", "西坪站客服中心旁"]),
    ("metro_train", "19号线列车（西坪站终到）", "metro", 30.7047, 104.4073,
     ["19号线车厢", "地铁19号线上", "终点站清客车厢"]),
    ("bus_hub", "西坪站公交换乘枢纽", "metro", 30.7035, 104.4092,
     ["公交换乘站", "西坪站公交枢纽", "枢纽站台"]),
    ("hail_point", "西坪站网约车上客点", "hub", 30.7031, 104.4070,
     ["网约车上车点", "西坪站打车点", "上客区"]),
    ("bike_area", "西坪站共享单车停放区", "hub", 30.7038, 104.4101,
     ["B口单车停放点", "单车停车区", "共享单车桩"]),
    ("hosp_opd", "西坪医学中心门诊楼一楼", "hospital", 30.6951, 104.4203,
     ["医学中心门诊大厅", "门诊一楼挂号处", "医院门诊楼"]),
    ("hosp_ward7", "西坪医学中心住院部七楼", "hospital", 30.6962, 104.4214,
     ["住院部7楼", "住院楼七楼护士站旁", "七病区走廊"]),
    ("hosp_er", "西坪医学中心急诊科", "hospital", 30.6945, 104.4221,
     ["急诊大厅", "医学中心急诊", "急诊输液室"]),
    ("hosp_park", "西坪医学中心地下停车场", "hospital", 30.6956, 104.4190,
     ["医院负一楼停车场", "医学中心车库", "医院B1停车场"]),
    ("expo_h3", "西坪国际会展中心3号馆", "expo", 30.6880, 104.3990,
     ["会展3号馆", "车展3号馆", "Hall 3"]),
    ("expo_south", "会展中心南登录厅", "expo", 30.6868, 104.3995,
     ["南登录厅", "会展南门入口", "South Lobby"]),
    ("expo_p2", "会展中心P2停车场", "expo", 30.6872, 104.3968,
     ["P2停车场", "会展停车场", "Parking P2"]),
    ("uni_lib", "西坪理工学院图书馆", "uni", 30.7225, 104.4150,
     ["理工图书馆", "理工学院图书馆三楼", "图书馆自习室"]),
    ("uni_canteen", "西坪理工学院二食堂", "uni", 30.7240, 104.4162,
     ["理工二食堂", "理工食堂", "二食堂麻辣烫窗口"]),
    ("uni_express", "蓝湾职业学院东门快递驿站", "uni", 30.7268, 104.4222,
     ["蓝湾东门驿站", "职院快递站", "东门菜鸟驿站"]),
    ("uni_street", "大学城商业街", "uni", 30.7252, 104.4190,
     ["大学城小吃街", "商业街奶茶店门口", "大学城步行街"]),
    ("mkt_f2", "锦绣服装批发城二楼", "market", 30.6990, 104.3860,
     ["锦绣批发城2楼", "服装城二楼档口", "锦绣城二楼"]),
    ("mkt_dock", "锦绣服装批发城物流装卸区", "market", 30.6982, 104.3848,
     ["批发城装货区", "服装城后门装卸口", "锦绣城物流口"]),
    ("est_pa", "坪安家园安置小区", "estate", 30.6920, 104.4320,
     ["坪安家园", "坪安小区", "坪安家园12栋楼下"]),
    ("est_market", "槐树湾安置区菜市场", "estate", 30.6898, 104.4350,
     ["槐树湾菜市", "槐树湾市场", "槐树湾农贸市场"]),
    ("est_clinic", "坪安家园社区卫生站", "estate", 30.6925, 104.4330,
     ["社区卫生站", "坪安卫生站", "社区医院"]),
    ("green_st3", "西坪环湖绿道3号驿站", "greenway", 30.7080, 104.4400,
     ["绿道3号驿站", "环湖绿道驿站", "绿道驿站厕所旁"]),
    ("green_5k", "环湖绿道马拉松训练段5公里处", "greenway", 30.7105, 104.4455,
     ["绿道5公里牌", "环湖跑道5K", "马拉松训练道"]),
]

# far places, outside the district, used only for "other place" negatives
FAR_PLACES = [
    ("far_bus", "城北客运站候车厅", "far", 30.7900, 104.3000, ["城北客运站", "北站候车厅"]),
    ("far_old", "东关老城步行街", "far", 30.6200, 104.5600, ["东关步行街", "老城步行街"]),
    ("far_park", "南湖区人民公园", "far", 30.5800, 104.3500, ["南湖公园", "人民公园南门"]),
    ("far_air", "机场T2航站楼到达层", "far", 30.5400, 104.2200, ["T2到达层", "机场到达厅"]),
    ("far_mall", "河东区银泰里商场", "far", 30.6500, 104.6100, ["银泰里", "河东商场"]),
]

ZONE_OWNER_VOICES = {
    "park": ["sichuan", "henan", "guizhou", "sichuan", "henan", "hurried", "plain"],
    "metro": ["plain", "hurried", "student", "sichuan", "henan", "foreign"],
    "hub": ["plain", "hurried", "student", "guizhou"],
    "hospital": ["relative", "relative", "elder", "plain", "hurried"],
    "expo": ["foreign", "foreign", "plain", "hurried", "student"],
    "uni": ["student", "student", "student", "hurried", "plain"],
    "market": ["henan", "sichuan", "guizhou", "plain", "hurried"],
    "estate": ["elder", "elder", "elder", "plain", "relative"],
    "greenway": ["plain", "student", "elder", "foreign", "hurried"],
}

ZONE_FINDER_VOICES = {
    "park": ["guard", "cleaner", "passerby", "guard"],
    "metro": ["metro", "metro", "cleaner", "passerby"],
    "hub": ["driver", "driver", "bikeops", "passerby"],
    "hospital": ["nurse", "guard", "cleaner", "passerby"],
    "expo": ["expo", "expo", "guard", "cleaner", "expo_en"],
    "uni": ["student", "guard", "cleaner", "passerby"],
    "market": ["passerby", "guard", "cleaner"],
    "estate": ["grid", "passerby", "cleaner"],
    "greenway": ["passerby", "cleaner", "guard"],
    "far": ["passerby", "guard", "cleaner"],
}

COLORS = {
    "black": (["黑色", "黑的", "哑光黑", "深色", "曜石黑", "纯黑"], "black"),
    "white": (["白色", "白的", "米白", "象牙白", "奶白"], "white"),
    "silver": (["银色", "银灰", "亮银", "银白"], "silver"),
    "blue": (["蓝色", "深蓝", "藏青", "宝蓝", "蓝的"], "blue"),
    "red": (["红色", "酒红", "大红", "枣红"], "red"),
    "pink": (["粉色", "樱花粉", "粉的", "浅粉"], "pink"),
    "green": (["绿色", "墨绿", "军绿", "薄荷绿"], "green"),
    "gold": (["金色", "香槟金", "土豪金", "金的"], "gold"),
    "gray": (["灰色", "深空灰", "浅灰", "灰的"], "grey"),
    "brown": (["棕色", "咖啡色", "驼色", "褐色"], "brown"),
    "purple": (["紫色", "淡紫", "薰衣草紫"], "purple"),
    "yellow": (["黄色", "明黄", "柠檬黄"], "yellow"),
}
COLOR_KEYS = sorted(COLORS)

# brand key -> (中文, English, pinyin, typo/sound-alike)
BRANDS = {
    "lanxing": ("澜星", "LANSTAR", "lanxing", "兰星"),
    "cenguo": ("岑果", "CENGO", "cenguo", "岑菓"),
    "xunying": ("迅鹰", "SWIFTERN", "xunying", "迅莺"),
    "chengyu": ("橙屿", "ORANISLE", "chengyu", "橙雨"),
    "moyan": ("墨岩", "MORYAN", "moyan", "默岩"),
    "yajun": ("雅骏", "YAJUN", "yajun", "雅俊"),
    "lvju": ("绿驹", "LUJU", "lvju", "绿居"),
    "fengxing": ("风翎", "WINDLING", "fengling", "风铃"),
    "jielun": ("捷轮", "JETLUN", "jielun", "洁轮"),
    "tuoye": ("拓野", "TUOYE", "tuoye", "托野"),
    "tuchuan": ("途川", "TOCHUAN", "tuchuan", "图川"),
    "maiye": ("麦野", "MAYE", "maiye", "麦叶"),
    "kolan": ("蔻岚", "KOLAN", "koulan", "寇岚"),
    "shengyue": ("声悦", "SONYUE", "shengyue", "声越"),
    "guangyu": ("光屿", "LUMISLE", "guangyu", "光宇"),
    "dianxm": ("电小满", "DIANXM", "dianxiaoman", "电小蛮"),
    "ruilong": ("瑞珑", "RUILONG", "ruilong", "瑞龙"),
    "jinhui": ("金徽", "JINHUI", "jinhui", "金辉"),
    "chiyuan": ("驰远", "CHIYUAN", "chiyuan", "驰原"),
    "fenglang": ("锋朗", "FENGLANG", "fenglang", "峰朗"),
    "anjia": ("安嘉", "ANJIA", "anjia", "安佳"),
}

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱",
            "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于",
            "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢",
            "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟"]
GIVEN = ["建", "国", "秀", "兰", "桂", "英", "明", "华", "志", "强", "芳", "丽", "军", "平",
         "红", "梅", "海", "霞", "俊", "杰", "娟", "涛", "燕", "勇", "艳", "磊", "静", "鹏",
         "婷", "宇", "浩", "欣", "雨", "萱", "子", "轩", "梓", "涵", "诗", "琪", "德", "福",
         "翠", "凤", "成", "林", "春", "秋", "玉", "珍", "辉", "波", "晨", "阳", "娅", "蕾"]
FOREIGN_NAMES = ["Marco Bellandi", "Anja Kowalczek", "Tomas Vrbeck", "Lena Haugstad",
                 "Rafael Quintero", "Priya Ramanath", "Oskar Lindqvist", "Hana Novakova",
                 "Diego Arrabal", "Ingrid Solheimer", "Yusuf Demirtas", "Chloe Marchetti"]
EXHIBITORS = ["Vantora Motors", "Kessler Drive GmbH", "Nordvik EV", "Alvarra Automotive",
              "Brightline Mobility", "Corvessa Parts"]
COMPANIES = ["芯达电子", "鼎丰精密", "恒锐光电", "佳鑫模具", "华岳包装"]

# ID number area prefixes used (Sichuan, Henan, Guizhou, Chongqing style codes)
ID_AREAS = ["511623", "510922", "513030", "411326", "412726", "410327", "522127", "520324",
            "522428", "500236", "510704", "411524"]

TYPOS = [("手机", "手鸡"), ("钱包", "钱宝"), ("钥匙", "要是"), ("身份证", "身分证"),
         ("电动车", "电动cr"), ("耳机", "耳鸡"), ("丢了", "丟了"), ("黑色", "黑涩"),
         ("捡到", "减到"), ("谢谢", "谢谢谢"), ("麻烦", "麻烦烦"), ("联系", "联细"),
         ("地铁", "地帖"), ("背包", "备包"), ("自行车", "自形车"), ("项链", "项连")]
