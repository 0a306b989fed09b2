# -*- coding: utf-8 -*-
"""set105 world: an invented coastal resort town on Hainan (鹿湾市) during the
Spring Festival weeks.  Every place, person, model and number here is invented.
Only data lives here; set105_gen.py draws from it with one seeded Random."""

# ---------------------------------------------------------------- time
# Registration moment: 正月十六 09:00.  Day index 0 = 腊月初一, 29 = 除夕
# (腊月三十), 30 = 正月初一 ... 45 = 正月十六.
REF_DAY = 45
REF_MIN = REF_DAY * 1440 + 9 * 60

CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def day_label(day):
    if day < 30:
        d = day + 1
        if day == 29:
            return "除夕"
        if d <= 10:
            return "腊月初" + CN_NUM[d]
        if d < 20:
            return "腊月十" + CN_NUM[d - 10]
        if d == 20:
            return "腊月二十"
        return "腊月廿" + CN_NUM[d - 20]
    d = day - 29
    if d <= 10:
        return "初" + CN_NUM[d]
    if d == 20:
        return "正月二十"
    return "正月十" + CN_NUM[d - 10]


def hour_label(h):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
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


# ---------------------------------------------------------------- places
# key: (name, aliases, lat, lon, kind, neighbours)
PLACES = {
    "yemeng_beach": ("椰梦湾海滩", ["椰梦湾", "椰梦湾沙滩", "椰梦湾浴场", "椰梦湾3号救生塔附近", "椰梦湾海边"], 18.2320, 109.4890, "beach"),
    "haiyue_beach": ("海月湾海滩", ["海月湾", "海月湾沙滩", "海月广场那段沙滩", "海月湾海边"], 18.2195, 109.5120, "beach"),
    "bailu_beach": ("白鹭湾海滩", ["白鹭湾", "白鹭湾浴场", "白鹭湾那边海滩"], 18.2950, 109.6400, "beach"),
    "dongan_market": ("东岸海鲜夜市", ["东岸夜市", "东岸海鲜广场", "东岸市场加工档", "东岸海鲜市场"], 18.2510, 109.5050, "market"),
    "yelin_street": ("椰林路步行街", ["椰林路", "椰林路步行街口", "椰林路商业街"], 18.2485, 109.5010, "street"),
    "qilou_old": ("骑楼老街", ["老街", "骑楼老街", "老街骑楼那边"], 18.2545, 109.5095, "street"),
    "dutyfree": ("鹿湾国际免税城", ["免税城", "免税店", "国际免税城", "鹿湾免税城"], 18.2700, 109.5350, "mall"),
    "haitang_dutyfree": ("海棠湾免税广场", ["海棠湾免税店", "海棠那边的免税店"], 18.3050, 109.7100, "mall"),
    "airport": ("凤岭国际机场", ["凤岭机场", "机场T2航站楼", "机场到达厅", "机场出发层"], 18.3080, 109.4120, "airport"),
    "bus_stop_yelin": ("机场大巴椰林路站", ["机场大巴站", "机场巴士椰林路站", "机场大巴上"], 18.2480, 109.5000, "transport"),
    "ferry": ("白沙渡轮码头", ["白沙码头", "渡轮码头", "码头候船厅", "白沙码头售票处"], 18.2380, 109.5230, "transport"),
    "marina": ("鹿湾游艇会码头", ["游艇码头", "游艇会", "游艇会码头"], 18.2400, 109.5150, "transport"),
    "station": ("鹿湾火车站", ["动车站", "鹿湾站", "火车站进站口"], 18.3000, 109.4900, "transport"),
    "hotel_haiyun": ("海韵大酒店", ["海韵酒店", "海韵大酒店大堂", "海韵大酒店泳池"], 18.2300, 109.4950, "hotel"),
    "hotel_lanwan": ("蓝湾度假酒店", ["蓝湾酒店", "蓝湾度假酒店泳池", "蓝湾酒店自助餐厅"], 18.2180, 109.5180, "hotel"),
    "hotel_yefeng": ("椰风海景民宿", ["椰风民宿", "椰风海景民宿楼下"], 18.2335, 109.4860, "hotel"),
    "jinye_garden": ("金椰花园小区", ["金椰花园", "金椰花园小区门口", "金椰花园东门"], 18.2620, 109.5150, "home"),
    "binhai_park": ("滨海公园广场", ["滨海公园", "滨海公园广场舞那块", "海边公园"], 18.2450, 109.4970, "park"),
    "sanjiang_market": ("三江口菜市场", ["三江口市场", "三江口菜市", "三江口"], 18.2580, 109.5020, "market"),
    "hospital": ("鹿湾市第一人民医院", ["市一医院", "人民医院门诊", "一医院急诊"], 18.2560, 109.5140, "public"),
    "guanlan_temple": ("观澜寺景区", ["观澜寺", "观澜寺景区停车场"], 18.2950, 109.2100, "scenic"),
    "haijiao_rock": ("海角石景区", ["海角石", "海角石景区门口"], 18.2900, 109.3500, "scenic"),
    "luwang_hill": ("鹿望岭公园", ["鹿望岭", "鹿望岭山顶观景台", "鹿望岭公园停车场"], 18.2280, 109.5000, "scenic"),
    "rental_yelin": ("椰城电动车租赁点(椰林路店)", ["椰林路租车点", "椰城租车", "租电动车那家店门口"], 18.2490, 109.5030, "street"),
    "haiyue_mall": ("海悦广场购物中心", ["海悦广场", "海悦广场负一楼", "海悦商场"], 18.2600, 109.5200, "mall"),
    "laoba_tea": ("新风街老爸茶店", ["新风街", "新风街老爸茶", "老爸茶店"], 18.2530, 109.5065, "street"),
    # far places (used for "same brand, elsewhere")
    "hk_port": ("海口北港客运码头", ["海口北港码头", "海口码头"], 20.0610, 110.3100, "far"),
    "hk_qilou": ("海口中山路骑楼", ["海口骑楼", "海口中山路"], 20.0480, 110.3480, "far"),
    "wenchang": ("文昌椰林镇海滩", ["文昌海边", "文昌椰林镇"], 19.6100, 110.7600, "far"),
    "wanning": ("万宁冲浪湾", ["万宁冲浪湾", "万宁那边冲浪的地方"], 18.7800, 110.4300, "far"),
}

NEAR = {
    "yemeng_beach": ["hotel_yefeng", "hotel_haiyun", "binhai_park"],
    "haiyue_beach": ["hotel_lanwan", "marina", "luwang_hill"],
    "dongan_market": ["yelin_street", "qilou_old", "laoba_tea", "rental_yelin"],
    "yelin_street": ["dongan_market", "bus_stop_yelin", "rental_yelin"],
    "qilou_old": ["laoba_tea", "dongan_market", "sanjiang_market"],
    "dutyfree": ["haiyue_mall"],
    "airport": ["station"],
    "bus_stop_yelin": ["yelin_street", "rental_yelin"],
    "ferry": ["marina", "haiyue_beach"],
    "marina": ["ferry", "haiyue_beach"],
    "station": ["airport"],
    "hotel_haiyun": ["yemeng_beach", "hotel_yefeng"],
    "hotel_lanwan": ["haiyue_beach", "luwang_hill"],
    "hotel_yefeng": ["yemeng_beach", "hotel_haiyun"],
    "jinye_garden": ["haiyue_mall", "hospital", "sanjiang_market"],
    "binhai_park": ["yemeng_beach", "bus_stop_yelin"],
    "sanjiang_market": ["qilou_old", "jinye_garden", "laoba_tea"],
    "hospital": ["jinye_garden", "sanjiang_market"],
    "guanlan_temple": ["haijiao_rock"],
    "haijiao_rock": ["guanlan_temple"],
    "luwang_hill": ["haiyue_beach", "hotel_lanwan"],
    "rental_yelin": ["yelin_street", "dongan_market"],
    "haiyue_mall": ["dutyfree", "jinye_garden"],
    "laoba_tea": ["qilou_old", "dongan_market"],
    "bailu_beach": ["haitang_dutyfree"],
    "haitang_dutyfree": ["bailu_beach"],
}

FAR = ["hk_port", "hk_qilou", "wenchang", "wanning", "bailu_beach", "haitang_dutyfree", "guanlan_temple"]

CAT_PLACES = {
    "phone": ["yemeng_beach", "haiyue_beach", "dongan_market", "yelin_street", "qilou_old", "dutyfree", "airport", "bus_stop_yelin", "ferry", "hotel_haiyun", "hotel_lanwan", "binhai_park", "luwang_hill", "haiyue_mall", "laoba_tea", "station", "haijiao_rock"],
    "id_doc": ["airport", "station", "ferry", "hotel_haiyun", "hotel_lanwan", "hotel_yefeng", "dutyfree", "hospital", "bus_stop_yelin", "dongan_market", "yelin_street", "guanlan_temple"],
    "wallet": ["dongan_market", "yelin_street", "qilou_old", "sanjiang_market", "dutyfree", "yemeng_beach", "bus_stop_yelin", "haiyue_mall", "laoba_tea", "hospital", "binhai_park"],
    "keys": ["yemeng_beach", "haiyue_beach", "jinye_garden", "binhai_park", "hotel_haiyun", "hotel_lanwan", "sanjiang_market", "rental_yelin", "luwang_hill", "dongan_market"],
    "bag": ["airport", "bus_stop_yelin", "ferry", "station", "hotel_lanwan", "hotel_haiyun", "yemeng_beach", "dutyfree", "marina", "haijiao_rock", "dongan_market"],
    "electronics": ["yemeng_beach", "haiyue_beach", "airport", "ferry", "marina", "luwang_hill", "hotel_lanwan", "hotel_yefeng", "dutyfree", "haijiao_rock", "dongan_market", "station"],
    "ebike": ["rental_yelin", "yemeng_beach", "haiyue_beach", "dongan_market", "jinye_garden", "sanjiang_market", "binhai_park", "yelin_street", "hotel_yefeng"],
    "bicycle": ["jinye_garden", "sanjiang_market", "binhai_park", "hospital", "laoba_tea", "haiyue_mall"],
    "cash": ["dongan_market", "sanjiang_market", "yelin_street", "qilou_old", "dutyfree", "binhai_park", "hotel_haiyun", "laoba_tea", "jinye_garden"],
    "jewelry": ["yemeng_beach", "haiyue_beach", "hotel_lanwan", "hotel_haiyun", "hotel_yefeng", "dutyfree", "binhai_park", "guanlan_temple", "dongan_market"],
    "other": ["yemeng_beach", "haiyue_beach", "binhai_park", "luwang_hill", "airport", "ferry", "haiyue_mall", "hotel_lanwan", "jinye_garden", "guanlan_temple", "dongan_market"],
}

# ---------------------------------------------------------------- people
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万严武戴莫孔向汤")
HAINAN_SURNAMES = list("符王吴陈林云邢羊黎韩冯蒙")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟鹏辉建国庆春梅宏志波斌宇浩凯琳婷雪晨欣怡子涵梓轩雨桐思远佳豪嘉琪俊文博一诺铭泽")
NAME_TYPO = {"伟": "玮", "丽": "莉", "静": "晶", "明": "铭", "军": "君", "华": "桦", "红": "宏", "娟": "鹃", "芳": "方", "涛": "韬", "杰": "洁", "琳": "林", "波": "博", "斌": "彬", "婷": "亭", "欣": "新", "梅": "玫", "辉": "晖", "宇": "雨", "鹏": "朋", "浩": "皓", "轩": "宣", "敏": "民", "兰": "岚"}

ORIGINS = {
    "harbin": ("哈尔滨", ["230102", "230103", "230104", "230108", "230109"], "dongbei"),
    "beijing": ("北京", ["110101", "110102", "110105", "110106", "110108"], "jing"),
    "chengdu": ("成都", ["510104", "510105", "510106", "510107", "510108"], "chuan"),
    "local": ("鹿湾", ["460202", "460203", "460204", "460105", "460106", "460107"], "hainan"),
    "houniao": ("东北", ["230103", "230602", "220102", "210102", "220104", "230202"], "houniao"),
    "other": ("外地", ["310104", "410105", "420106", "320106", "440106", "610113"], "plain"),
}
HOUNIAO_CITY = {"230103": "哈尔滨", "230602": "大庆", "220102": "长春", "210102": "沈阳", "220104": "长春", "230202": "齐齐哈尔"}

# ---------------------------------------------------------------- colours
COLORS = {
    "black": ["黑", "黑色", "深色", "哑光黑", "曜石黑", "黑的"],
    "white": ["白", "白色", "米白", "珍珠白", "白的"],
    "blue": ["蓝", "蓝色", "深蓝", "宝蓝", "藏青", "海蓝色"],
    "red": ["红", "红色", "大红", "酒红", "红的"],
    "pink": ["粉", "粉色", "粉红", "樱花粉", "粉红色"],
    "gold": ["金", "金色", "香槟金", "土豪金"],
    "silver": ["银", "银色", "银白", "银灰色"],
    "grey": ["灰", "灰色", "深空灰", "铁灰", "灰的"],
    "green": ["绿", "绿色", "墨绿", "薄荷绿", "军绿"],
    "purple": ["紫", "紫色", "浅紫", "罗兰紫"],
    "yellow": ["黄", "黄色", "柠檬黄", "明黄"],
    "brown": ["棕", "棕色", "咖啡色", "驼色", "褐色"],
    "orange": ["橙", "橙色", "橘色", "橘黄"],
}
# colours an owner may confuse (misremembering)
COLOR_SLIP = {"black": "blue", "blue": "black", "silver": "white", "white": "silver", "gold": "silver", "grey": "black", "brown": "black", "pink": "red", "red": "pink", "purple": "pink"}

# ---------------------------------------------------------------- brands
# canonical -> written variants (last entries are typo/pinyin forms)
BRANDS = {
    "huawei": ["华为", "HUAWEI", "Huawei", "华为", "huawei", "华伟"],
    "apple": ["苹果", "iPhone", "Apple", "苹果", "apple", "平果"],
    "xiaomi": ["小米", "Xiaomi", "MI", "小米", "xiaomi", "小咪"],
    "oppo": ["OPPO", "oppo", "OPPO", "欧珀", "0PPO"],
    "vivo": ["vivo", "VIVO", "vivo", "维沃", "viv0"],
    "honor": ["荣耀", "HONOR", "Honor", "荣耀", "rongyao", "荣躍"],
    "samsung": ["三星", "Samsung", "SAMSUNG", "三星", "sanxing"],
    "zte": ["中兴", "ZTE", "中兴", "zhongxing"],
    "septwolves": ["七匹狼", "SEPTWOLVES", "七匹狼", "七匹郎", "qipilang"],
    "goldlion": ["金利来", "Goldlion", "金利来", "金利莱", "jinlilai"],
    "coach": ["蔻驰", "COACH", "Coach", "寇驰", "蔻弛"],
    "lv": ["LV", "路易威登", "Louis Vuitton", "lv", "路易斯威登"],
    "samsonite": ["新秀丽", "Samsonite", "新秀丽", "萨姆森奈特", "新秀莉"],
    "decathlon": ["迪卡侬", "Decathlon", "DECATHLON", "迪卡农", "迪卡浓"],
    "tnf": ["北面", "The North Face", "TNF", "北面", "北脸"],
    "anta": ["安踏", "ANTA", "安踏", "anta"],
    "dji": ["大疆", "DJI", "dji", "大疆", "大僵"],
    "canon": ["佳能", "Canon", "CANON", "佳能", "佳态"],
    "sony": ["索尼", "SONY", "Sony", "索尼", "索妮"],
    "gopro": ["GoPro", "gopro", "狗铺", "GOPRO"],
    "nintendo": ["任天堂", "Nintendo", "switch", "任天堂"],
    "anker": ["安克", "Anker", "ANKER", "安克"],
    "romoss": ["罗马仕", "ROMOSS", "罗马仕", "罗马士"],
    "xtc": ["小天才", "imoo", "小天才", "小天才电话手表", "小天材"],
    "yadea": ["雅迪", "Yadea", "YADEA", "雅迪", "亚迪"],
    "aima": ["爱玛", "AIMA", "爱玛", "艾玛"],
    "niu": ["小牛", "NIU", "小牛电动", "niu"],
    "tailg": ["台铃", "TAILG", "台铃", "台玲"],
    "ninebot": ["九号", "Ninebot", "9号", "九号", "nine bot"],
    "giant": ["捷安特", "GIANT", "Giant", "捷安特", "杰安特"],
    "merida": ["美利达", "MERIDA", "美利达", "美力达"],
    "forever": ["永久", "FOREVER", "永久牌", "永久"],
    "phoenix": ["凤凰", "PHOENIX", "凤凰牌", "凤凰"],
    "ctf": ["周大福", "Chow Tai Fook", "周大福", "CTF", "周大富"],
    "laofengxiang": ["老凤祥", "老凤祥", "老凤翔", "LAOFENGXIANG"],
    "css": ["周生生", "Chow Sang Sang", "周生生", "周升升"],
    "yedao_pearl": ["椰岛珍珠", "椰岛珍珠", "椰岛"],
    "rayban": ["雷朋", "Ray-Ban", "RayBan", "雷朋", "雷鹏"],
    "thermos": ["膳魔师", "THERMOS", "膳魔师", "善魔师"],
    "zojirushi": ["象印", "ZOJIRUSHI", "象印"],
    "beneunder": ["蕉下", "Beneunder", "蕉下", "焦下"],
    "goodbaby": ["好孩子", "gb", "goodbaby", "好孩子"],
    "byd": ["比亚迪", "BYD", "比亚迪", "byd"],
    "toyota": ["丰田", "TOYOTA", "丰田", "Toyota"],
}

# ---------------------------------------------------------------- typos in bodies
BODY_TYPO = [("钱包", "前包"), ("身份证", "身分证"), ("手机", "手几"), ("钥匙", "钥是"), ("黑色", "黑涩"),
             ("电动车", "电瓶车"), ("丢了", "丢啦"), ("捡到", "拣到"), ("已经", "以经"), ("应该", "因该"),
             ("麻烦", "麻繁"), ("联系", "连系"), ("充电宝", "冲电宝"), ("耳机", "耳几"), ("戒指", "介指"),
             ("项链", "项练"), ("背包", "被包"), ("银行卡", "银形卡"), ("驾驶证", "驾使证"), ("护照", "户照")]
