#!/usr/bin/env python3
"""Writes tests/lostfound/set78.json: a blind lost-and-found set for 望江新城 in late December.

Every object is first drawn as a hidden truth record; the lost report and the found registration
are then written from it separately, each in its own voice and knowing only what that person
would know. Standard library only, one random.Random(SEED), deterministic output.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta

SEED = 7878
PFX = "S78"
PART = "set78"
N_PAIRS = 150
N_NULL = 90
NEG_PLAN = [  # (label, count)
    ("same_cat_color", 28),
    ("found_before_loss", 22),
    ("same_brand_far", 22),
    ("same_model_diff_serial", 16),
    ("similar_name_doc", 10),
    ("same_place_time_other_cat", 12),
    ("lookalike_kind", 10),
]
N_CROSS = 4
T0 = datetime(2025, 12, 31, 12, 0)  # the moment of registration; minutes count back from here

# ---------------------------------------------------------------- places
EXITS = {"A": (30.5712, 104.0690), "B": (30.5713, 104.0712), "C": (30.5702, 104.0722),
         "D": (30.5690, 104.0716), "E": (30.5687, 104.0696), "F": (30.5694, 104.0680),
         "G": (30.5706, 104.0676), "H": (30.5718, 104.0701)}
PLACES = []  # (pid, cluster, lat, lon, [spellings])
for x in sorted(EXITS):
    la, lo = EXITS[x]
    PLACES.append(("exit" + x, "metro", la, lo, [
        "望江新城站%s口" % x, "望江新城地铁站%s出口" % x, "地铁站%s口" % x, "WJXC站%s口" % x,
        "望江新城 %s出口" % x, "Wangjiang Xincheng Station Exit %s" % x,
        "wangjiangxincheng zhan %s kou" % x.lower(), "望江新城站%s出口外面" % x]))
PLACES += [
    ("transfer", "metro", 30.5701, 104.0699, ["望江新城站换乘通道", "1号线换6号线的通道", "地铁换乘通道里", "望江新城站站厅换乘处"]),
    ("svc", "metro", 30.5703, 104.0704, ["望江新城站客服中心", "地铁站客服中心", "望江新城站票务客服", "站厅客服"]),
    ("line9", "metro", 30.5698, 104.0708, ["望江新城站9号线站台", "9号线站台", "九号线望江新城站台"]),
    ("train1", "metro", 30.5700, 104.0702, ["1号线车厢里", "地铁1号线上", "1号线往江湾方向的车上"]),
    ("t1", "towers", 30.5736, 104.0741, ["望江中心T1大堂", "望江中心1号楼大堂", "WJ Center T1 lobby", "T1大堂前台", "望江中心一号楼"]),
    ("t2", "towers", 30.5741, 104.0751, ["望江中心T2大堂", "望江中心2号楼", "T2 lobby", "望江中心T2一楼"]),
    ("t3", "towers", 30.5731, 104.0758, ["望江中心T3大堂", "望江中心3号楼", "T3楼下", "望江中心T3 一楼大厅"]),
    ("canteen", "towers", 30.5737, 104.0748, ["望江中心B1员工食堂", "T1负一楼食堂", "望江中心食堂", "B1 canteen"]),
    ("cowork", "towers", 30.5742, 104.0752, ["云栖共享办公(T2 12楼)", "云栖Space 12F", "T2十二楼共享办公", "云栖联合办公"]),
    ("ride_t1", "ride", 30.5729, 104.0739, ["T1南侧网约车上车点", "望江中心南门打车点", "T1 south pick-up", "望江中心网约车上车点"]),
    ("mall_desk", "mall", 30.5668, 104.0752, ["望江天街一楼服务台", "天街1F服务台", "望江天街购物中心服务台", "商场一楼客服台"]),
    ("cinema", "mall", 30.5670, 104.0756, ["望江天街三楼星河影城", "星河影城3号厅", "天街电影院", "星河影城(望江天街店)"]),
    ("rink", "mall", 30.5666, 104.0759, ["望江天街四楼冰场", "天街溜冰场", "4F ice rink", "冰场换鞋区"]),
    ("food", "mall", 30.5664, 104.0749, ["望江天街B1美食广场", "天街负一楼美食街", "商场B1吃饭的地方", "B1 food court"]),
    ("p2", "mall", 30.5662, 104.0745, ["望江天街P2停车场", "天街地下二层停车场", "商场车库P2"]),
    ("ride_mall", "ride", 30.5672, 104.0764, ["望江天街东门网约车上车点", "天街东门打车点", "商场东门上车点"]),
    ("gym", "mall", 30.5669, 104.0754, ["力行健身(天街5楼)", "力行健身房", "Lixing Fitness 5F", "天街五楼健身房更衣室"]),
    ("st_n", "stadium", 30.5801, 104.0641, ["望江体育中心北门", "体育场北门", "望江体育中心体育场北入口", "体育场 north gate"]),
    ("st_s", "stadium", 30.5786, 104.0643, ["望江体育中心南门", "体育场南门出口", "体育中心南广场"]),
    ("st_in", "stadium", 30.5795, 104.0640, ["体育场内场A区", "望江体育场看台B区", "演唱会内场", "体育场看台"]),
    ("ride_st", "ride", 30.5793, 104.0626, ["体育中心西侧网约车上车点", "体育场西边打车点", "体育中心西门临时上车点"]),
    ("bike_c", "bikes", 30.5700, 104.0728, ["地铁C口非机动车停放区", "C口共享单车停车点", "C出口电瓶车停车棚"]),
    ("greenway", "bikes", 30.5651, 104.0661, ["滨江绿道停车点", "望江湿地公园绿道入口", "滨江绿道边上"]),
    ("hosp", "hospital", 30.5760, 104.0790, ["望江新城人民医院门诊楼", "人民医院门诊大厅", "望江医院门诊挂号大厅", "新城医院门诊楼一楼"]),
    ("hosp_ped", "hospital", 30.5762, 104.0793, ["人民医院门诊二楼儿科", "门诊楼儿科候诊区", "望江医院儿科"]),
    ("hosp_ph", "hospital", 30.5758, 104.0788, ["门诊楼药房窗口", "人民医院取药处", "医院一楼药房"]),
    ("kg", "kinder", 30.5642, 104.0712, ["望江实验幼儿园门口", "实验幼儿园大门", "望江实验幼儿园接送区", "幼儿园门卫室旁边"]),
    ("res_s", "res", 30.5628, 104.0690, ["锦澜苑南门", "锦澜苑小区南门", "锦澜苑 south gate", "jinlanyuan nanmen"]),
    ("res_lock", "res", 30.5631, 104.0694, ["锦澜苑3栋快递柜", "锦澜苑三栋楼下快递柜", "小区3栋旁边的快递柜"]),
    ("res_gar", "res", 30.5625, 104.0697, ["锦澜苑地下车库", "锦澜苑负一楼车库", "小区地库"]),
    ("res_pm", "res", 30.5630, 104.0686, ["锦澜苑物业服务中心", "锦澜苑物业", "小区物业办公室"]),
    ("bus", "metro", 30.5716, 104.0728, ["望江大道公交站", "望江新城站公交站台", "望江大道站(公交)"]),
]
PLACE = {p[0]: p for p in PLACES}
FAR = [  # neighbouring districts, used only by the same-brand-far decoys
    ("far_qy", 30.742, 104.118, ["青榆区青榆广场", "青榆广场", "青榆区 青榆广场负一楼"]),
    ("far_sx", 30.452, 103.905, ["石溪镇石溪古街", "石溪古街口", "石溪镇老街"]),
    ("far_lw", 30.598, 104.325, ["龙泉湾龙湾万象城", "龙湾万象城", "龙泉湾 龙湾万象城三楼"]),
    ("far_sh", 30.385, 104.020, ["双河区双河高铁站", "双河站出站口", "双河高铁站候车厅"]),
    ("far_ba", 30.792, 103.985, ["北岸区北岸体育馆", "北岸体育馆", "北岸区体育馆东门"]),
]
HANDIN = {"metro": "svc", "towers": "t1", "mall": "mall_desk", "stadium": "st_n", "hospital": "hosp",
          "kinder": "kg", "res": "res_pm", "ride": None, "bikes": "bike_c"}
NEAR = {}
for p in PLACES:
    NEAR.setdefault(p[1], []).append(p[0])
ADJ = {"metro": ["bus", "bike_c", "ride_t1"], "towers": ["ride_t1", "exitB", "exitC"],
       "mall": ["ride_mall", "exitD", "exitE"], "stadium": ["ride_st", "exitG", "exitH"],
       "hospital": ["exitB", "t3"], "kinder": ["res_s", "greenway"], "res": ["kg", "greenway"],
       "ride": ["exitA", "mall_desk", "t1"], "bikes": ["exitC", "res_s"]}

# ---------------------------------------------------------------- vocabulary
COLORS = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "曜石黑", "black", "黑的"],
    "白": ["白色", "白", "米白", "珍珠白", "white"],
    "银": ["银色", "银灰", "silver", "银白"],
    "灰": ["灰色", "深灰", "浅灰", "grey"],
    "蓝": ["蓝色", "深蓝", "藏青", "宝蓝", "blue"],
    "红": ["红色", "酒红", "大红", "red"],
    "粉": ["粉色", "浅粉", "樱花粉", "pink"],
    "绿": ["绿色", "墨绿", "军绿", "green"],
    "棕": ["棕色", "咖啡色", "驼色", "brown"],
    "金": ["金色", "香槟金", "gold"],
    "紫": ["紫色", "淡紫", "purple"],
    "黄": ["黄色", "明黄", "yellow"],
}
SEEN_AS = {"蓝": ["黑"], "灰": ["银", "黑"], "银": ["灰", "白"], "棕": ["黑"], "紫": ["粉", "蓝"], "金": ["黄"]}
BRANDS = {
    "huawei": ["华为", "HUAWEI", "Huawei", "huawei", "华伟", "hua wei"],
    "apple": ["苹果", "Apple", "apple", "平果", "pingguo"],
    "xiaomi": ["小米", "Xiaomi", "MI", "xiao mi", "小咪"],
    "oppo": ["OPPO", "oppo", "欧珀"],
    "vivo": ["vivo", "VIVO", "维沃"],
    "honor": ["荣耀", "Honor", "HONOR", "rongyao"],
    "lenovo": ["联想", "Lenovo", "lenovo", "lianxiang"],
    "romoss": ["罗马仕", "ROMOSS", "luomashi", "罗马士"],
    "anker": ["安克", "Anker", "anker"],
    "tongxin": ["童芯", "TongXin", "tongxin"],
    "coach": ["蔻驰", "COACH", "Coach", "kouchi", "寇驰"],
    "septw": ["七匹狼", "SEPTWOLVES", "qipilang"],
    "mk": ["MK", "Michael Kors", "迈克高仕"],
    "ck": ["小CK", "Charles & Keith", "CHARLES&KEITH"],
    "byd": ["比亚迪", "BYD", "byd", "biyadi"],
    "vw": ["大众", "VW", "Volkswagen", "dazhong"],
    "toyota": ["丰田", "TOYOTA", "Toyota"],
    "tesla": ["特斯拉", "Tesla", "TESLA"],
    "yadea": ["雅迪", "Yadea", "YADEA", "yadi", "亚迪"],
    "aima": ["爱玛", "AIMA", "aima", "艾玛"],
    "niu": ["小牛", "NIU", "niu", "小妞"],
    "tailg": ["台铃", "TAILG", "tailing"],
    "xingheng": ["星恒", "XINGHENG", "xingheng"],
    "tianneng": ["天能", "TIANNENG", "tianneng"],
    "giant": ["捷安特", "GIANT", "Giant", "jieante"],
    "merida": ["美利达", "MERIDA", "meilida"],
    "decathlon": ["迪卡侬", "Decathlon", "DECATHLON", "dikanong"],
    "samsonite": ["新秀丽", "Samsonite", "xinxiuli"],
    "tnf": ["北面", "The North Face", "TNF", "北脸"],
    "ctf": ["周大福", "Chow Tai Fook", "CTF", "zhoudafu"],
    "lfx": ["老凤祥", "laofengxiang", "LAO FENG XIANG"],
    "pandora": ["潘多拉", "Pandora", "PANDORA"],
    "paradise": ["天堂伞", "天堂", "Paradise"],
    "uniqlo": ["优衣库", "UNIQLO", "Uniqlo", "youyiku"],
    "bsd": ["波司登", "BOSIDENG", "bosideng", "波斯登"],
    "gentle": ["暴龙", "BOLON", "baolong"],
    "thermos": ["膳魔师", "THERMOS", "Thermos"],
    "bank_sc": ["蜀川银行"], "bank_wj": ["望江农商银行", "望江农商行"], "bank_jh": ["锦华银行"],
}
# kind: cat, alt_cat, words, brands {brand: [models]}, colors, clusters, serial type
KINDS = {
    "phone": ("phone", None, ["手机", "手机", "手机", "电话", "mobile"],
              {"huawei": ["Mate 76 RS", "nova 18 Active", "Pura 88"], "apple": ["iPhone 19 Pro", "iPhone 19", "iPhone 18e"],
               "xiaomi": ["Civi 9 Lite", "Redmi K92"], "oppo": ["Reno 17 Z", "Find X12s"], "vivo": ["X290 mini", "S31"],
               "honor": ["Magic 11 Lumo", "X70 Neo"]},
              ["黑", "白", "银", "蓝", "绿", "紫", "金", "粉"], None, "imei"),
    "laptop": ("electronics", None, ["笔记本电脑", "笔记本", "电脑", "laptop"],
               {"lenovo": ["小新 Pro 19", "ThinkBook 17 G9"], "huawei": ["MateBook X Pro 26"], "apple": ["MacBook Air 15 M7"],
                "xiaomi": ["RedmiBook 18"]}, ["银", "灰", "黑"], ["towers", "metro", "ride", "mall"], "sn"),
    "tablet": ("electronics", None, ["平板", "平板电脑", "iPad", "tablet"],
               {"apple": ["iPad Air 9", "iPad mini 9"], "huawei": ["MatePad 15 SE"], "xiaomi": ["小米平板 9"]},
               ["银", "灰", "紫", "蓝"], None, "sn"),
    "earbuds": ("electronics", "other", ["蓝牙耳机", "无线耳机", "耳机", "earbuds", "耳机盒"],
                {"apple": ["AirPods Pro 5", "AirPods 6"], "huawei": ["FreeBuds 9i", "FreeBuds Pro 6"], "xiaomi": ["Buds 7"]},
                ["白", "黑"], None, "sn"),
    "powerbank": ("electronics", None, ["充电宝", "移动电源", "power bank"],
                  {"romoss": ["PAC20", "Sense 8X"], "anker": ["Nano 737", "A1289"], "xiaomi": ["20000mAh 3代"]},
                  ["白", "黑", "粉"], None, "sn"),
    "kidwatch": ("electronics", "other", ["儿童手表", "电话手表", "小孩的手表"],
                 {"tongxin": ["Q7", "Z9 Pro"], "huawei": ["儿童手表 6X"]}, ["粉", "蓝", "紫"], ["kinder", "mall", "res", "hospital"], "phone_no"),
    "idcard": ("id_doc", None, ["身份证", "二代身份证", "身份证件", "ID card"], {}, [None], None, "idno"),
    "badge": ("id_doc", "wallet", ["工牌", "工卡", "门禁卡", "员工卡", "badge"], {}, ["蓝", "白", "黑", "红"], ["towers", "metro", "ride", "mall"], "staff"),
    "bankcard": ("id_doc", None, ["银行卡", "储蓄卡", "信用卡", "卡"], {"bank_sc": [""], "bank_wj": [""], "bank_jh": [""]},
                 ["金", "蓝", "白", "黑"], None, "card"),
    "wallet": ("wallet", None, ["钱包", "钱夹", "卡包", "短款钱包", "wallet"],
               {"coach": ["", ""], "septw": [""], "mk": [""], "ck": [""]}, ["黑", "棕", "红", "粉"], None, "wallet"),
    "cash": ("cash", None, ["现金", "钱", "红包", "一沓钱"], {}, ["红"], ["metro", "mall", "res", "hospital"], "cash"),
    "keys": ("keys", None, ["钥匙", "一串钥匙", "钥匙串", "keys"], {}, ["银", "金"], None, "keys"),
    "carkey": ("keys", None, ["车钥匙", "汽车钥匙", "car key", "遥控钥匙"],
               {"byd": ["汉", "海豹07"], "vw": ["朗逸", "ID.7"], "toyota": ["凯美瑞"], "tesla": ["Model Y 卡片钥匙"]},
               ["黑", "白"], ["towers", "mall", "res", "stadium"], "plate"),
    "ebike": ("ebike", None, ["电瓶车", "电动车", "小电驴", "电驴", "e-bike"],
              {"yadea": ["冠能E9", "DE3"], "aima": ["A600", "小蜜豆"], "niu": ["MQi3", "UQi+"], "tailg": ["战速7"]},
              ["白", "黑", "蓝", "粉", "绿"], ["res", "bikes", "kinder", "towers"], "frame"),
    "battery": ("ebike", "electronics", ["电瓶", "电动车电池", "锂电池", "电池"],
                {"xingheng": ["48V 24Ah", "48V 20Ah"], "tianneng": ["60V 20Ah", "48V 12Ah"]}, ["黑", "灰"], ["res", "bikes", "towers"], "sn"),
    "bicycle": ("bicycle", None, ["自行车", "单车", "山地车", "公路车", "童车"],
                {"giant": ["ATX 860", "Escape 7"], "merida": ["勇士 500"], "decathlon": ["RC 120", "儿童车 14寸"]},
                ["黑", "白", "蓝", "红", "黄"], ["res", "bikes", "kinder", "metro"], "frame"),
    "backpack": ("bag", None, ["双肩包", "背包", "书包", "backpack", "电脑包"],
                 {"samsonite": [""], "tnf": [""], "xiaomi": ["极简都市双肩包"]}, ["黑", "灰", "蓝"], None, "bag"),
    "handbag": ("bag", None, ["手提包", "包包", "挎包", "托特包", "斜挎包"],
                {"coach": [""], "mk": [""], "ck": [""]}, ["黑", "棕", "白", "红"], ["mall", "stadium", "hospital", "metro"], "bag"),
    "jewelry": ("jewelry", None, ["金手链", "项链", "戒指", "手镯", "耳环"],
                {"ctf": [""], "lfx": [""], "pandora": [""]}, ["金", "银"], ["mall", "gym", "rink", "stadium", "hospital"], "engr"),
    "umbrella": ("other", None, ["雨伞", "伞", "折叠伞", "长柄伞", "umbrella"], {"paradise": [""]},
                 ["黑", "蓝", "灰", "红"], None, None),
    "scarf": ("other", None, ["围巾", "羊绒围巾", "围脖", "scarf"], {"uniqlo": [""]}, ["灰", "红", "棕", "白"], None, None),
    "gloves": ("other", None, ["手套", "一双手套", "皮手套", "gloves"], {"uniqlo": [""]}, ["黑", "棕", "灰"], ["metro", "rink", "bikes", "stadium"], None),
    "coat": ("other", None, ["羽绒服", "外套", "大衣", "棉服"], {"bsd": [""], "uniqlo": [""]}, ["黑", "白", "绿", "棕"], ["mall", "stadium", "gym", "towers", "rink"], None),
    "ticket": ("other", None, ["演唱会门票", "纸质票", "门票", "ticket"], {}, ["蓝"], ["stadium", "metro", "ride"], "seat"),
    "lightstick": ("other", "electronics", ["应援棒", "荧光棒", "light stick", "手灯"], {}, ["白", "紫"], ["stadium", "ride", "metro"], None),
    "kidtoy": ("other", None, ["儿童水杯", "玩偶", "小孩的外套", "小书包", "绘本"], {}, ["粉", "黄", "蓝"], ["kinder", "mall", "hospital", "res"], None),
    "glasses": ("other", None, ["眼镜", "近视眼镜", "墨镜", "眼镜盒"], {"gentle": [""]}, ["黑", "金", "银"], None, None),
    "thermos": ("other", None, ["保温杯", "水杯", "杯子"], {"thermos": [""]}, ["白", "黑", "粉", "绿"], None, None),
}
KIND_W = [("phone", 30), ("laptop", 8), ("tablet", 6), ("earbuds", 12), ("powerbank", 6), ("kidwatch", 4),
          ("idcard", 14), ("badge", 12), ("bankcard", 6), ("wallet", 16), ("cash", 4), ("keys", 14),
          ("carkey", 6), ("ebike", 5), ("battery", 4), ("bicycle", 4), ("backpack", 8), ("handbag", 6),
          ("jewelry", 7), ("umbrella", 8), ("scarf", 6), ("gloves", 5), ("coat", 5), ("ticket", 5),
          ("lightstick", 4), ("kidtoy", 6), ("glasses", 5), ("thermos", 4)]
CLUSTER_W = [("metro", 30), ("towers", 18), ("mall", 20), ("stadium", 8), ("ride", 6), ("bikes", 4),
             ("hospital", 6), ("kinder", 4), ("res", 8)]
SURN = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "邓", "曾", "彭", "蒋"]
GIVEN = ["子涵", "浩然", "雨桐", "思远", "一诺", "欣怡", "俊杰", "梓萱", "宇航", "婧", "磊", "晓彤", "嘉怡", "文博", "诗琪",
         "志强", "秀英", "建国", "丽华", "明轩", "可馨", "天佑", "若曦", "海涛", "佳琪", "鹏", "倩", "国平", "淑芬", "云帆"]
NAME_TWIN = {"子涵": "紫涵", "浩然": "皓然", "雨桐": "雨彤", "思远": "思源", "欣怡": "心怡", "俊杰": "俊洁", "梓萱": "子萱",
             "宇航": "雨航", "婧": "静", "磊": "垒", "晓彤": "小彤", "嘉怡": "佳怡", "文博": "文波", "诗琪": "诗棋", "志强": "智强",
             "秀英": "秀莹", "建国": "建军", "丽华": "丽花", "明轩": "铭轩", "可馨": "可欣", "天佑": "天宇", "若曦": "若溪",
             "海涛": "海滔", "佳琪": "嘉琪", "鹏": "朋", "倩": "茜", "国平": "国萍", "淑芬": "淑芳", "云帆": "云凡"}
COMPANIES = ["云栈科技", "望江数科", "青禾保险", "蓝鲸互娱", "禾木咨询", "星衍医药", "锦程物流", "川信律师事务所"]
REGIONS = ["510795", "512063", "513241", "500386", "420917", "610429", "530218"]
TYPOS = [("钥匙", "钥是"), ("钱包", "钱苞"), ("身份证", "身分证"), ("耳机", "耳几"), ("手机", "手几"), ("充电宝", "充电保"),
         ("黑色", "黑涩"), ("地铁", "地帖"), ("附近", "付近"), ("左右", "坐右"), ("丢了", "丢le"), ("捡到", "减到"),
         ("电脑", "电恼"), ("围巾", "围斤"), ("眼镜", "眼睛"), ("门口", "们口"), ("已经", "以经"), ("的", "得")]


class W:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.uniform(0, tot)
        for k, w in pairs:
            x -= w
            if x <= 0:
                return k
        return pairs[-1][0]


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def id_check(body17):
    wts = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(body17, wts))
    return "10X98765432"[s % 11]


# ---------------------------------------------------------------- truth objects
def make_object(w, kind, cluster=None, force=None):
    cat, alt, words, brands, colors, clusters, stype = KINDS[kind]
    force = force or {}
    o = {"kind": kind, "cat": cat, "alt": alt, "word": w.pick(words)}
    bk = sorted(brands)
    o["brand"] = force.get("brand", w.pick(bk) if bk else None)
    if o["brand"] and o["brand"] in brands:
        o["model"] = force.get("model", w.pick(brands[o["brand"]]) or None)
    else:
        o["model"] = force.get("model")
    o["color"] = force.get("color", w.pick(colors))
    o["shade"] = w.pick(COLORS[o["color"]][:4]) if o["color"] else None
    o["owner"] = force.get("owner", w.pick(SURN) + w.pick(GIVEN))
    o["vis"], o["hid"] = [], []
    o["serial"] = None
    r = w.r
    if stype == "imei":
        body = "86" + "".join(str(r.randrange(10)) for _ in range(12))
        o["serial"] = ("imei", body + luhn_digit(body))
        o["vis"] += [w.pick(["透明手机壳", "黑色硅胶壳", "带柴犬图案的手机壳", "皮质翻盖壳", "磨砂壳", "带指环扣的壳",
                             "粉色卡通兔子壳", "无壳"]), w.pick(["屏幕左上角有裂纹", "背面贴了一张贴纸", "挂着红色挂绳", "屏幕完好", "有钢化膜，边角碎了"])]
        o["hid"] += [w.pick(["锁屏是我家橘猫", "锁屏是小孩照片", "锁屏壁纸是雪山", "壳里夹了一张公交卡", "壳里夹着100块钱",
                             "里面有两张电话卡", "开机密码是六位数", "微信里有很多工作群"])]
    elif stype == "sn":
        alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        o["serial"] = ("sn", "".join(w.pick(alpha) for _ in range(w.pick([10, 12]))))
        if kind == "laptop":
            o["vis"] += [w.pick(["A面贴了公司资产标签", "贴了一个宇航员贴纸", "装在灰色内胆包里", "键盘上有个键掉了漆"])]
            o["hid"] += [w.pick(["开机密码是公司统一的", "桌面全是年终汇报PPT", "里面有年终总结材料", "登录账号是公司邮箱"])]
        elif kind == "battery":
            o["vis"] += [w.pick(["侧面写了楼号和房号", "提手缠了黑胶布", "贴着防盗编码贴"])]
        else:
            o["vis"] += [w.pick(["外壳有划痕", "套了一个小恐龙硅胶套", "贴了名字贴", "挂着钥匙扣", "壳上有刻字"])]
            o["hid"] += [w.pick(["连着我的手机蓝牙", "刚买两个月", "里面有我的绘画作业", "能定位但已经关机了"])]
    elif stype == "phone_no":
        o["serial"] = ("tel", "1" + w.pick(["38", "57", "86", "99"]) + "%08d" % r.randrange(10 ** 8))
        o["child"] = w.pick(SURN) + w.pick(["小宝", "朵朵", "乐乐", "果果", "豆豆", "安安"])
        o["vis"] += [w.pick(["表带上贴了名字", "表盘有划痕", "表带是卡通的"])]
    elif stype == "idno":
        y = r.randrange(1950, 2008)
        body = w.pick(REGIONS) + "%04d%02d%02d" % (y, r.randrange(1, 13), r.randrange(1, 29)) + "%03d" % r.randrange(1, 999)
        o["serial"] = ("idno", body + id_check(body))
        o["birth_year"] = y
        o["vis"] += [w.pick(["装在透明卡套里", "照片有点模糊", "边角磨损", "单独一张"])]
    elif stype == "staff":
        o["company"] = force.get("company", w.pick(COMPANIES))
        o["serial"] = ("staff", "%s%05d" % (w.pick(["WJ", "YZ", "QH", "LJ"]), r.randrange(10000, 99999)))
        o["vis"] += [w.pick(["挂在蓝色挂绳上", "挂绳上印着公司logo", "卡套里还夹了一张地铁卡", "伸缩卡扣"])]
    elif stype == "card":
        o["serial"] = ("card", "%04d" % r.randrange(10000), w.pick(["6217", "6222", "6228", "6230", "6259"]))
    elif stype == "wallet":
        o["serial"] = ("card", "%04d" % r.randrange(10000), w.pick(["6217", "6222", "6228", "6230", "6259"]))
        o["cash"] = w.pick([0, 50, 120, 200, 260, 300, 450, 800])
        o["ncards"] = r.randrange(2, 6)
        o["vis"] += [w.pick(["拉链坏了一半", "边上有磨损", "有金属logo扣", "皮面有划痕"])]
        o["hid"] += [w.pick(["夹层里有一张全家福", "有一张健身卡", "里面有几张发票", "有一张写着电话的纸条"])]
    elif stype == "cash":
        o["cash"] = w.pick([500, 600, 800, 1000, 1200, 2000])
        o["vis"] += [w.pick(["装在红包里", "用橡皮筋捆着", "装在银行信封里", "对折夹在一起"])]
        o["hid"] += [w.pick(["是准备给老人的压岁钱", "是刚取的年终奖", "红包上写了'福'字"])]
    elif stype == "keys":
        o["nkeys"] = r.randrange(2, 7)
        o["vis"] += [w.pick(["挂着蓝色门禁扣", "挂着一个小熊挂件", "有个开瓶器钥匙扣", "钥匙圈上有个红色门禁卡", "挂着一个铃铛"])]
        o["hid"] += [w.pick(["其中一把是单位抽屉的", "有一把是防盗门钥匙", "有小区门禁"])]
    elif stype == "plate":
        o["plate"] = "川%s%s" % (w.pick(["A", "G", "V"]), "".join(w.pick("0123456789ABCDEFGHJK") for _ in range(5)))
        o["serial"] = ("plate", o["plate"])
        o["vis"] += [w.pick(["挂着一个平安符", "钥匙上缠了胶布", "连着一个小钥匙扣"])]
    elif stype == "frame":
        pre = {"yadea": "LYD", "aima": "AMA", "niu": "NIU", "tailg": "TLG", "giant": "GNT", "merida": "MRD", "decathlon": "DCT"}
        o["serial"] = ("frame", "%s%s%06d" % (pre.get(o["brand"], "XCL"), w.pick(["24", "25"]), r.randrange(10 ** 6)))
        o["vis"] += [w.pick(["后座装了儿童座椅", "车筐是白色的", "挂着挡风被", "车把缠了防滑带", "后视镜掉了一个"])]
        o["hid"] += [w.pick(["车架号我拍了照", "锁了车但钥匙在我这", "有定位但不准"])]
    elif stype == "bag":
        o["vis"] += [w.pick(["里面有一台笔记本电脑", "里面有几本书和一个水杯", "里面有化妆包和一把伞", "里面有一件运动服",
                             "里面有文件夹和工牌"])]
        o["hid"] += [w.pick(["夹层里有身份证", "有一个装着U盘的小袋子", "里面还有家里钥匙", "有一个药盒"])]
        o["serial"] = None
    elif stype == "engr":
        o["vis"] += [w.pick(["有个小吊坠", "链子有点细", "镶了一颗小钻", "是素圈"])]
        o["hid"] += [w.pick(["内侧刻了字母 L&Y", "内圈刻着 2019.10.1", "是结婚纪念", "大概8克左右"])]
    elif stype == "seat":
        o["serial"] = ("seat", "%s区%d排%d座" % (w.pick(["内场A", "内场B", "看台C", "看台D", "看台112"]), r.randrange(1, 40), r.randrange(1, 60)))
        o["vis"] += ["林夏《潮汐》巡回演唱会望江站"]
        o["hid"] += [w.pick(["是12月28号那场的", "两张连座", "票根背面写了字"])]
    if kind in ("umbrella", "scarf", "gloves", "coat", "lightstick", "kidtoy", "glasses", "thermos"):
        o["vis"] += [w.pick({"umbrella": ["伞柄是木头的", "伞面有小碎花", "自动开合的", "伞套丢了"],
                             "scarf": ["格子花纹", "有流苏", "纯色的", "起了一点球"],
                             "gloves": ["触屏手套", "一只手套上有破洞", "里面是绒的", "带毛球的"],
                             "coat": ["口袋里有一包纸巾", "帽子上有毛领", "袖口有点脏", "长款过膝的"],
                             "lightstick": ["官方手灯", "上面贴了名字贴纸", "电池盖松了"],
                             "kidtoy": ["贴了名字贴", "上面印着小恐龙", "有点旧了", "上面写着班级"],
                             "glasses": ["镜腿有点歪", "装在黑色眼镜盒里", "半框的", "镜片有点花"],
                             "thermos": ["杯身有磕痕", "贴了贴纸", "杯盖是弹盖的"]}[kind])]
        o["hid"] += [w.pick(["是家人送的", "刚买不久", "用了好几年了", "上面有我名字缩写"] + (["度数大概500度"] if kind == "glasses" else []))]
        if kind == "kidtoy":
            o["child"] = w.pick(SURN) + w.pick(["小宝", "朵朵", "乐乐", "果果", "豆豆", "安安"])
    return o


# ---------------------------------------------------------------- rendering helpers
def fmt_time(w, dt, eng=False):
    h = dt.hour
    if eng:
        return "Dec %d around %d:%02d%s" % (dt.day, (h % 12) or 12, dt.minute, "pm" if h >= 12 else "am")
    part = "凌晨" if h < 5 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    h12 = h if h <= 12 else h - 12
    style = w.r.randrange(5)
    if style == 0:
        return "12月%d日%d:%02d" % (dt.day, h, dt.minute)
    if style == 1:
        return "%d号%s%d点%s" % (dt.day, part, h12, "多" if dt.minute > 10 else "")
    if style == 2:
        return "12/%d %02d:%02d" % (dt.day, h, dt.minute)
    if style == 3:
        return "12月%d号%s%d点%d分" % (dt.day, part, h12, dt.minute)
    return "%d日%s%d点左右" % (dt.day, part, h12)


def color_word(w, o, finder=False):
    c = o["color"]
    if not c:
        return None
    if finder and c in SEEN_AS and w.chance(0.15):
        return w.pick(COLORS[w.pick(SEEN_AS[c])][:3])
    if w.chance(0.5):
        return o["shade"]
    return w.pick(COLORS[c])


def join_words(w, parts):
    if w.chance(0.5):
        return " ".join(parts)
    out = ""
    for p in parts:
        if out and (out[-1].isascii() or p[0].isascii()):
            out += " "
        out += p
    return out


def brand_word(w, o):
    if not o["brand"]:
        return None
    return w.pick(BRANDS[o["brand"]])


def serial_text(w, o, side):
    """How this side writes the identifying number, or None if they would not know it."""
    s = o["serial"]
    if not s:
        return None
    t, v = s[0], s[1]
    if t == "imei":
        if side == "lost" and not w.chance(0.45):
            return None
        if side == "found" and not w.chance(0.35):
            return None
        st = w.r.randrange(5)
        if st == 0:
            return v
        if st == 1:
            return "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14:])
        if st == 2:
            return "IMEI:" + "-".join([v[:5], v[5:10], v[10:]])
        if st == 3:
            return "IMEI后六位" + v[-6:]
        return "imei " + " ".join(v[i:i + 4] for i in range(0, 15, 4))
    if t == "sn":
        if side == "lost" and not w.chance(0.4):
            return None
        if side == "found" and not w.chance(0.55):
            return None
        st = w.r.randrange(4)
        if st == 0:
            return "SN:" + v
        if st == 1:
            return v.lower()
        if st == 2:
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return "序列号后四位" + v[-4:]
    if t == "idno":
        if side == "lost":
            st = w.r.randrange(4)
            if st == 0:
                return v
            if st == 1:
                return v[:6] + "********" + v[-4:]
            if st == 2:
                return "身份证后四位" + v[-4:]
            return None
        st = w.r.randrange(3)
        if st == 0:
            return v
        if st == 1:
            return v[:4] + "**********" + v[-4:]
        return v[:6] + "********" + v[-4:]
    if t == "staff":
        st = w.r.randrange(3)
        return [v, "工号" + v[2:], v.lower()][st]
    if t == "card":
        tail, head = v, s[2]
        if side == "found" and o["kind"] == "wallet" and not w.chance(0.5):
            return None
        st = w.r.randrange(4)
        return ["尾号" + tail, head + "****" + tail, "****" + tail, "卡号末四位" + tail][st]
    if t == "tel":
        if side == "found":
            return None if w.chance(0.5) else "手表号码" + v[:3] + "****" + v[-4:]
        return v if w.chance(0.5) else v[:3] + " " + v[3:7] + " " + v[7:]
    if t == "plate":
        return None
    if t == "frame":
        if side == "lost" and not w.chance(0.55):
            return None
        if side == "found" and not w.chance(0.6):
            return None
        st = w.r.randrange(3)
        return ["车架号" + v, v.lower(), v[:3] + "-" + v[3:5] + "-" + v[5:]][st]
    if t == "seat":
        return v if w.chance(0.7) else v.replace("区", " 区 ").replace("排", "排 ")
    return None


def typo(w, text):
    opts = [(a, b) for a, b in TYPOS if a in text]
    if not opts:
        return text
    a, b = w.pick(opts)
    return text.replace(a, b, 1)


def jitter(w, la, lo, m=60):
    return round(la + w.r.uniform(-m, m) / 111000.0, 6), round(lo + w.r.uniform(-m, m) / 95800.0, 6)


def minutes_before(dt):
    return int((T0 - dt).total_seconds() // 60)


def clip(s, n):
    return s if len(s) <= n else s[:n]


# ---------------------------------------------------------------- writers
LOST_VOICES = [("office", 30), ("parent", 10), ("elder", 8), ("concert", 6), ("rider", 5), ("foreign", 5), ("pinyin", 3), ("plain", 25), ("hurried", 12)]
FOUND_VOICES = {"metro": ["站务员", "地铁安检员", "保洁阿姨", "乘客"], "towers": ["大堂物业前台", "保洁阿姨", "保安", "同事"],
                "mall": ["商场保安", "商场保洁", "影城工作人员", "顾客"], "stadium": ["场馆工作人员", "安保", "歌迷", "保洁"],
                "ride": ["网约车司机", "下一位乘客"], "bikes": ["外卖小哥", "共享单车运维", "路人"],
                "hospital": ["导医台护士", "医院保安", "保洁阿姨"], "kinder": ["幼儿园门卫", "老师", "家长"],
                "res": ["物业管家", "快递员", "业主", "保安"]}


ENG_NOUN = {"phone": "phone", "laptop": "laptop", "tablet": "tablet", "earbuds": "earbuds case", "powerbank": "power bank",
            "kidwatch": "kids smartwatch", "idcard": "Chinese ID card", "badge": "office badge", "bankcard": "bank card",
            "wallet": "wallet", "cash": "envelope with cash", "keys": "bunch of keys", "carkey": "car key", "ebike": "e-bike",
            "battery": "e-bike battery", "bicycle": "bicycle", "backpack": "backpack", "handbag": "handbag", "jewelry": "bracelet",
            "umbrella": "umbrella", "scarf": "scarf", "gloves": "pair of gloves", "coat": "down jacket", "ticket": "concert ticket",
            "lightstick": "light stick", "kidtoy": "kid's toy", "glasses": "glasses", "thermos": "thermos bottle"}


def owner_describe(w, o, eng=False):
    col = color_word(w, o) if w.chance(0.8) else None
    br = brand_word(w, o) if w.chance(0.75) else None
    mdl = o["model"] if (o["model"] and w.chance(0.4)) else None
    word = o["word"]
    if eng:
        col = [c for c in COLORS[o["color"]] if c.isascii()][0] if (o["color"] and col) else None
        br = [b for b in BRANDS[o["brand"]] if b.isascii()][0] if (o["brand"] and br and any(b.isascii() for b in BRANDS[o["brand"]])) else None
        noun = ENG_NOUN[o["kind"]]
        phrase = " ".join(x for x in [col, br, noun] if x)
        return ("an " if phrase[0] in "aeiouAEIOU" else "a ") + phrase, col, br, mdl
    parts = [p for p in [col, br, mdl, word] if p]
    return join_words(w, parts), col, br, mdl


def owner_details(w, o):
    d = []
    k = o["kind"]
    if k == "wallet":
        d.append("里面有身份证（%s）" % o["owner"] if w.chance(0.6) else "里面有我的身份证")
        d.append("%d张银行卡" % o["ncards"] if w.chance(0.6) else "几张卡")
        if o["cash"]:
            amt = o["cash"]
            d.append(w.pick(["现金%d左右" % amt, "大概%d多块钱" % (amt // 100 * 100) if amt >= 100 else "几十块钱", "现金不多"]))
    elif k == "idcard":
        d.append("名字是%s" % o["owner"])
    elif k == "badge":
        d.append("%s的工牌，名字%s" % (o["company"], o["owner"]))
    elif k == "bankcard":
        d.append("户名%s" % o["owner"])
    elif k == "cash":
        d.append("一共%d元" % o["cash"])
    elif k == "keys":
        d.append("大概%d把钥匙" % o["nkeys"])
    elif k == "carkey":
        d.append("车牌%s" % o["plate"])
    elif k in ("kidwatch", "kidtoy"):
        d.append("孩子叫%s" % o["child"])
    vis = [v for v in o["vis"] if w.chance(0.7)]
    hid = [v for v in o["hid"] if w.chance(0.6)]
    return d + vis + hid


def write_lost(w, key, o, ev, truth):
    """ev: loss event. The owner knows the object and roughly when/where."""
    voice = w.wpick(LOST_VOICES)
    if o["kind"] == "ticket" or ev["cluster"] == "stadium":
        voice = "concert" if w.chance(0.6) else voice
    if o["kind"] in ("kidwatch", "kidtoy"):
        voice = "parent"
    p = PLACE[ev["place"]]
    start, end = ev["from"], ev["to"]
    rec = {"key": key, "category": o["cat"]}
    eng = voice == "foreign"
    desc, col, br, mdl = owner_describe(w, o, eng)
    det = owner_details(w, o) if not eng else []
    ser = serial_text(w, o, "lost")
    pl = w.pick(p[4])
    if ev.get("unsure"):
        other = PLACE[ev["unsure"]]
        plw = "%s或者%s" % (pl, w.pick(other[4]))
    else:
        plw = pl
    t1, t2 = fmt_time(w, start, eng), fmt_time(w, end, eng)
    span = "大概" + t1 if (t1 == t2 or (end - start).total_seconds() < 1800) else t1 + "到" + t2 + "之间"
    hr = ev["actual"].hour
    opener = w.pick(["早上赶地铁", "上班路上", "早高峰挤地铁"] if hr < 10 else ["中午去吃饭", "午休出去", "开完会"] if hr < 14
                    else ["开完会", "下午出去见客户", "下班路上"] if hr < 19 else ["加完班", "下班路上", "年会彩排完", "和同事聚餐完"])
    if eng:
        body = "Hi, I lost %s near %s, between %s and %s. %s Please contact me, thank you!" % (
            desc, w.pick([n for n in p[4] if n.isascii()] or ["Wangjiang Xincheng"]), t1, t2,
            "It has my name %s on it." % o["owner"] if o["cat"] == "id_doc" else "It is important for me.")
    elif voice == "pinyin":
        body = "wo zai %s fu jin diu le %s, dajiang %s dao %s zhi jian. %s" % (plw, desc, t1, t2, "，".join(det[:2]))
    elif voice == "hurried":
        body = "%s %s丢了%s %s" % (t1, pl, desc, w.pick(["急", "急！！", "速回", "", "有人捡到吗"]))
        body = typo(w, body)
    elif voice == "office":
        body = "%s，%s在%s附近%s丢了%s。%s。%s%s" % (
            opener, span, plw, w.pick(["不小心", "好像", "可能"]), desc,
            "，".join(det) if det else "没什么特别的",
            w.pick(["里面有工作资料，很urgent", "明天还要用，pls help", "麻烦有消息call我", "谢谢！"]),
            w.pick(["", " ASAP", " 感谢"]))
    elif voice == "parent":
        body = "带孩子去%s，%s%s不见了。%s。孩子一直哭，麻烦帮忙留意。" % (plw, span, desc, "，".join(det) or "没有特别记号")
    elif voice == "elder":
        body = "我是锦澜苑的住户，年纪大了记性不好，%s出门，%s回来发现%s没了，可能掉在%s了。%s。麻烦警察同志了。" % (
            t1, t2, desc, plw, "，".join(det) or "具体记不清了")
    elif voice == "concert":
        body = "看林夏演唱会%s，%s在%s弄丢了%s。%s。" % (w.pick(["散场的时候人太多", "排队检票的时候", "中途上厕所", "打车回去的路上"]),
                                                 span, plw, desc, "，".join(det) or "")
    elif voice == "rider":
        body = "送外卖的，%s在%s附近取餐的时候%s掉了，时间%s。%s" % (w.pick(["今天", "那天"]), plw, desc, span, "，".join(det))
    else:
        when = "%s至%s期间" % (t1, t2) if t1 != t2 else t1 + "左右"
        body = "本人于%s在%s遗失%s。%s。如有拾到请联系。" % (when, plw, desc, "，".join(det) or "无其他特征")
    if ser and not eng and w.chance(0.5):
        body += "号码：" + ser
    if w.chance(0.08):
        body = typo(w, body)
    rec["body"] = clip(body, 600)
    hurried = voice == "hurried"
    fill = 0.25 if hurried else 0.65
    if col and w.chance(fill):
        rec["color"] = clip(col, 60)
    if br and w.chance(fill):
        rec["brand"] = clip(br, 60)
    if mdl and w.chance(fill * 0.8):
        rec["model"] = clip(mdl, 60)
    if ser and w.chance(0.2 if hurried else 0.6):
        rec["serial"] = clip(ser, 60)
    if det and w.chance(0.15 if hurried else 0.45):
        rec["marks"] = clip("；".join(det), 500)
    if w.chance(0.3 if hurried else 0.8):
        rec["address"] = clip(pl if not ev.get("unsure") else plw, 60)
    if w.chance(0.2 if hurried else 0.5):
        rec["lat"], rec["lon"] = jitter(w, p[2], p[3], 80)
    rec["lost_from_min"] = minutes_before(start)
    rec["lost_to_min"] = minutes_before(end)
    rec["truth"] = truth
    return rec


def write_found(w, key, o, fe, cat=None, negative=None):
    """fe: found event (place, time, finder cluster). The finder sees only what is visible."""
    if fe.get("far"):
        fp = fe["far"]
        pname, la, lo, cluster = w.pick(fp[3]), fp[1], fp[2], "metro"
    else:
        p = PLACE[fe["place"]]
        pname, la, lo, cluster = w.pick(p[4]), p[2], p[3], p[1]
    finder = w.pick(FOUND_VOICES[cluster])
    col = color_word(w, o, finder=True)
    br = brand_word(w, o) if (o["brand"] and w.chance(0.7)) else None
    mdl = o["model"] if (o["model"] and w.chance(0.3)) else None
    ser = serial_text(w, o, "found")
    seen = []
    k = o["kind"]
    if k == "wallet":
        seen.append("内有身份证一张（%s）" % o["owner"] if w.chance(0.7) else "内有证件")
        seen.append("银行卡%d张" % o["ncards"])
        seen.append("现金%d元" % o["cash"] if o["cash"] else "无现金")
    elif k == "idcard":
        seen.append("姓名%s" % o["owner"])
    elif k == "badge":
        seen.append("%s %s" % (o["company"], o["owner"]) if w.chance(0.7) else "卡面印有%s" % o["company"])
    elif k == "bankcard":
        seen.append("%s" % (w.pick(BRANDS[o["brand"]])))
        if w.chance(0.5):
            seen.append("卡背面签名%s" % o["owner"])
    elif k == "cash":
        seen.append("经清点共%d元" % o["cash"])
    elif k == "keys":
        seen.append("共%d把" % o["nkeys"])
    elif k in ("kidwatch", "kidtoy") and w.chance(0.6):
        seen.append("名字贴写着%s" % o["child"])
    elif k == "carkey" and w.chance(0.3):
        seen.append("钥匙扣上挂了车牌号牌%s" % o["plate"])
    seen += [v for v in o["vis"] if w.chance(0.75)]
    parts = [x for x in [col, br, mdl, o["word"]] if x]
    desc = join_words(w, parts)
    when = fmt_time(w, fe["at"])
    st = w.r.randrange(4)
    if st == 0:
        body = "%s于%s在%s拾到%s一%s，%s。已交至我所阳光坐席。" % (finder, when, pname, desc, w.pick(["个", "件", "只", "部"]), "，".join(seen) or "无其他特征")
    elif st == 1:
        body = "%s %s 捡到 %s %s" % (when, pname, desc, " ".join(seen))
    elif st == 2:
        body = "%s送来：%s，在%s%s发现，%s。" % (finder, desc, pname, w.pick(["路边", "停车棚里", "树下"] if o["kind"] in ("ebike", "bicycle") else ["地上", "座位上", "垃圾桶边", "角落", "台面上"]), "；".join(seen) or "无明显特征")
    else:
        body = "拾得物品：%s。拾得地点：%s。拾得时间：%s。特征：%s。" % (desc, pname, when, "，".join(seen) or "无")
    if w.chance(0.08):
        body = typo(w, body)
    rec = {"key": key, "category": cat or o["cat"], "body": clip(body, 600)}
    if col and w.chance(0.7):
        rec["color"] = clip(col, 60)
    if br and w.chance(0.7):
        rec["brand"] = clip(br, 60)
    if mdl and w.chance(0.6):
        rec["model"] = clip(mdl, 60)
    if ser and w.chance(0.75):
        rec["serial"] = clip(ser, 60)
    if seen and w.chance(0.5):
        rec["marks"] = clip("；".join(seen), 500)
    if w.chance(0.85):
        rec["address"] = clip(pname, 60)
    if w.chance(0.75):
        rec["lat"], rec["lon"] = jitter(w, la, lo, 40)
    rec["found_at_min"] = minutes_before(fe["at"])
    if negative:
        rec["negative"] = negative
    return rec


# ---------------------------------------------------------------- events
HOURS = {"metro": (7, 23), "towers": (8, 22), "mall": (10, 22), "stadium": (18, 23), "ride": (7, 24),
         "bikes": (7, 22), "hospital": (8, 17), "kinder": (8, 18), "res": (6, 23)}


def loss_event(w, kind):
    clusters = KINDS[kind][5]
    if clusters:
        cands = [(c, wt) for c, wt in CLUSTER_W if c in clusters]
        if not cands:
            cands = [("mall", 1)]
        cl = w.wpick(cands)
    else:
        cl = w.wpick(CLUSTER_W)
    if kind in ("ticket", "lightstick"):
        cl = "stadium" if w.chance(0.7) else cl
    place = w.pick(NEAR[cl])
    if kind in ("ebike", "bicycle"):
        place = w.pick(["bike_c", "greenway", "res_s", "res_gar", "kg", "exitC", "exitD", "t1", "bus"])
        cl = PLACE[place][1]
    lo_h, hi_h = HOURS[cl]
    if cl == "stadium":
        day = w.pick([27, 28])
    else:
        day = w.r.randrange(18, 31)
    hour = w.r.randrange(lo_h, hi_h)
    actual = datetime(2025, 12, day, hour % 24, w.r.randrange(60))
    a = w.pick([10, 20, 30, 60, 90, 120, 180, 300, 600, 1440])
    b = w.pick([5, 15, 30, 45, 60, 120, 240, 480])
    start = actual - timedelta(minutes=w.r.randrange(0, a))
    end = actual + timedelta(minutes=w.r.randrange(5, b + 6))
    if end > T0 - timedelta(minutes=30):
        end = T0 - timedelta(minutes=30)
    if actual > end:
        actual = end
    ev = {"cluster": cl, "place": place, "actual": actual, "from": start, "to": end, "big": kind in ("ebike", "bicycle")}
    if w.chance(0.12):
        ev["unsure"] = w.pick(ADJ[cl])
    return ev


def found_event(w, ev):
    delay = w.pick([5, 15, 30, 60, 120, 360, 720, 1440, 2880])
    at = ev["actual"] + timedelta(minutes=w.r.randrange(3, delay + 4))
    if at > T0 - timedelta(minutes=10):
        at = T0 - timedelta(minutes=10)
    if at < ev["actual"]:
        at = ev["actual"]
    x = w.r.random()
    cl = ev["cluster"]
    if x < 0.4 or cl == "ride":
        place = ev["place"] if cl != "ride" else w.pick(NEAR["ride"])
    elif x < 0.85 and HANDIN.get(cl):
        place = HANDIN[cl]
    else:
        place = w.pick(ADJ[cl])
    if PLACE[place][0] in ("train1", "line9", "transfer", "cinema", "rink", "gym", "cowork") and KINDS_BIG(ev):
        place = ev["place"]
    return {"place": place, "at": at}


def KINDS_BIG(ev):
    return ev.get("big", False)


def around_window(w, ev, spread=2880):
    """A time after the loss began (so time does not exclude it)."""
    lo = ev["from"] + timedelta(minutes=5)
    hi = min(T0 - timedelta(minutes=10), ev["to"] + timedelta(minutes=spread))
    if hi <= lo:
        return lo if lo <= T0 else T0 - timedelta(minutes=10)
    return lo + timedelta(minutes=w.r.randrange(int((hi - lo).total_seconds() // 60) + 1))


def other_serial(w, o):
    o2 = make_object(w, o["kind"], force={"brand": o["brand"], "model": o["model"], "color": o["color"]})
    return o2


def make_negative(w, label, tgt_o, tgt_ev):
    """Returns (object, found event, category) for a hard negative aimed at one lost report."""
    k = tgt_o["kind"]
    if label == "same_cat_color":
        others = [kk for kk, _ in KIND_W if KINDS[kk][0] == tgt_o["cat"] and kk != k and tgt_o["color"] in KINDS[kk][4]]
        if others and w.chance(0.6):
            kk = w.pick(sorted(others))
            o = make_object(w, kk, force={"color": tgt_o["color"]} if tgt_o["color"] else {})
        else:
            brands = sorted(KINDS[k][3])
            nb = [b for b in brands if b != tgt_o["brand"]]
            f = {"color": tgt_o["color"]}
            if nb:
                f["brand"] = w.pick(nb)
            o = make_object(w, k, force=f)
        o["color"] = tgt_o["color"] or o["color"]
        return o, {"place": w.pick(NEAR[tgt_ev["cluster"]] + ADJ[tgt_ev["cluster"]]), "at": around_window(w, tgt_ev)}, None
    if label == "found_before_loss":
        o = other_serial(w, tgt_o)
        at = tgt_ev["from"] - timedelta(minutes=w.r.randrange(60, 6 * 1440))
        return o, {"place": w.pick([tgt_ev["place"]] + NEAR[tgt_ev["cluster"]]), "at": at}, None
    if label == "same_brand_far":
        o = other_serial(w, tgt_o)
        if w.chance(0.5):
            at = around_window(w, tgt_ev, 4 * 1440)
        else:
            at = tgt_ev["from"] + timedelta(minutes=w.r.randrange(2 * 1440, 5 * 1440))
            if at > T0 - timedelta(minutes=10):
                at = around_window(w, tgt_ev)
        return o, {"far": w.pick(FAR), "at": at}, None
    if label == "same_model_diff_serial":
        o = other_serial(w, tgt_o)
        o["vis"] = list(tgt_o["vis"]) if w.chance(0.5) else o["vis"]
        return o, {"place": w.pick(NEAR[tgt_ev["cluster"]]), "at": around_window(w, tgt_ev)}, None
    if label == "similar_name_doc":
        sur = tgt_o["owner"][0]
        given = tgt_o["owner"][1:]
        o = make_object(w, k, force={"owner": sur + NAME_TWIN.get(given, given + "儿"), "company": tgt_o.get("company") or w.pick(COMPANIES),
                                     "color": tgt_o["color"], "brand": tgt_o["brand"], "model": tgt_o["model"]})
        return o, {"place": w.pick(NEAR[tgt_ev["cluster"]] + ADJ[tgt_ev["cluster"]]), "at": around_window(w, tgt_ev)}, None
    if label == "same_place_time_other_cat":
        kk = w.pick(sorted(kk for kk, _ in KIND_W if KINDS[kk][0] != tgt_o["cat"]))
        o = make_object(w, kk, force={"color": tgt_o["color"]} if (tgt_o["color"] and tgt_o["color"] in KINDS[kk][4]) else {})
        return o, {"place": tgt_ev["place"], "at": around_window(w, tgt_ev, 240)}, None
    if label == "lookalike_kind":
        look = {"phone": "kidwatch", "laptop": "tablet", "tablet": "laptop", "earbuds": "powerbank", "powerbank": "earbuds",
                "kidwatch": "phone", "idcard": "bankcard", "badge": "bankcard", "bankcard": "badge", "wallet": "handbag",
                "cash": "wallet", "keys": "carkey", "carkey": "keys", "ebike": "battery", "battery": "powerbank",
                "bicycle": "ebike", "backpack": "handbag", "handbag": "backpack", "jewelry": "glasses", "umbrella": "thermos",
                "scarf": "gloves", "gloves": "scarf", "coat": "scarf", "ticket": "lightstick", "lightstick": "ticket",
                "kidtoy": "kidwatch", "glasses": "jewelry", "thermos": "umbrella"}[k]
        f = {}
        if tgt_o["color"] and tgt_o["color"] in KINDS[look][4]:
            f["color"] = tgt_o["color"]
        if tgt_o["brand"] and tgt_o["brand"] in KINDS[look][3]:
            f["brand"] = tgt_o["brand"]
        o = make_object(w, look, force=f)
        return o, {"place": w.pick(NEAR[tgt_ev["cluster"]] + ADJ[tgt_ev["cluster"]]), "at": around_window(w, tgt_ev)}, None
    raise ValueError(label)


# ---------------------------------------------------------------- build
def build():
    w = W(random.Random(SEED))
    stories = []  # (object, loss event, has_found)
    n = N_PAIRS + N_NULL
    flags = [True] * N_PAIRS + [False] * N_NULL
    w.r.shuffle(flags)
    for i in range(n):
        kind = w.wpick(KIND_W)
        o = make_object(w, kind)
        ev = loss_event(w, kind)
        stories.append((o, ev, flags[i]))
    found = []  # (sort key, object, event, cat, negative, lost index)
    n_cross = 0
    for i, (o, ev, has) in enumerate(stories):
        if not has:
            continue
        fe = found_event(w, ev)
        cat = None
        if o["alt"] and n_cross < N_CROSS and w.chance(0.5):
            cat = o["alt"]
            n_cross += 1
        found.append([o, fe, cat, None, i])
    # hard negatives: aimed half at reports whose item never turns up, half at paired reports
    nulls = [i for i, s in enumerate(stories) if not s[2]]
    pairs = [i for i, s in enumerate(stories) if s[2]]
    docs = [i for i, s in enumerate(stories) if s[0]["kind"] in ("idcard", "badge", "bankcard", "wallet")]
    for label, cnt in NEG_PLAN:
        for j in range(cnt):
            if label == "similar_name_doc":
                ti = w.pick(docs)
            elif label == "same_model_diff_serial":
                pool = [i for i in (nulls if j % 2 == 0 else pairs) if stories[i][0]["serial"] and stories[i][0]["serial"][0] in ("imei", "sn", "frame", "card", "idno")]
                ti = w.pick(pool)
            else:
                ti = w.pick(nulls if j % 2 == 0 else pairs)
            to, tev, _ = stories[ti]
            o, fe, cat = make_negative(w, label, to, tev)
            if o["kind"] in ("ebike", "bicycle") and fe.get("place") in ("train1", "line9", "transfer", "svc", "cinema", "rink", "gym", "cowork", "canteen", "food"):
                fe["place"] = "bike_c"
            if fe["at"] < datetime(2025, 12, 10):
                fe["at"] = datetime(2025, 12, 10, 9, 0)
            found.append([o, fe, cat, label, None])
    # found items are numbered in a shuffled order so keys say nothing
    order = list(range(len(found)))
    w.r.shuffle(order)
    fkey = {}
    frecs = []
    for num, idx in enumerate(order, 1):
        o, fe, cat, neg, li = found[idx]
        key = "%s-F%04d" % (PFX, num)
        frecs.append(write_found(w, key, o, fe, cat, neg))
        if li is not None:
            fkey[li] = key
    lorder = list(range(len(stories)))
    w.r.shuffle(lorder)
    lrecs = []
    for num, i in enumerate(lorder, 1):
        o, ev, has = stories[i]
        lrecs.append(write_lost(w, "%s-L%04d" % (PFX, num), o, ev, fkey.get(i)))
    return {"seed": SEED, "made_by": "tests/lostfound/make_set78.py", "parts": {PART: {"found": frecs, "lost": lrecs}}}


def dumps():
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set78.json")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(dumps())
    d = json.loads(dumps())["parts"][PART]
    print("wrote %s: %d lost, %d found" % (out, len(d["lost"]), len(d["found"])))
