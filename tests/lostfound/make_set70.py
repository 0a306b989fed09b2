#!/usr/bin/env python3
"""Writes set70.json: a blind labelled lost-and-found set for 石岭镇, an invented
factory town in the south, in November (see SET70.md).

Written from the issue's words only, without looking at the matcher.  Each object
is first drawn as a hidden truth record; the owner's lost report and the finder's
found registration are then written separately from it, each in its own voice and
knowing only what that person could know.

Standard library only, one random.Random(SEED); the output is identical on every
run and under any PYTHONHASHSEED (no set or dict is ever iterated to draw from).

    python3 make_set70.py          # writes set70.json next to this file

build() returns (data, hidden); check_set70.py uses `hidden` (the truth records
behind the decoys) to verify what the labels claim.
"""

import json
import math
import os
import random
import re
from datetime import datetime, timedelta

SEED = 7070
PART = "set70"
PFX = "S70"
# The one moment of registration every *_min field counts back from (world calendar).
NOW = datetime(2024, 11, 30, 21, 30)
MAX_MIN = 172800

TRUE_CATS = [("phone", 22), ("id_doc", 18), ("wallet", 16), ("keys", 16), ("ebike", 16),
             ("bicycle", 6), ("bag", 14), ("cash", 8), ("jewelry", 8), ("electronics", 16),
             ("other", 10)]
NEVER_CATS = [("phone", 12), ("id_doc", 9), ("wallet", 11), ("keys", 10), ("ebike", 10),
              ("bicycle", 4), ("bag", 8), ("cash", 7), ("jewelry", 6), ("electronics", 8),
              ("other", 5)]
# (label, how many, how many of them aimed at never-handed-in reports)
NEG_PLAN = [("twin", 32, 16), ("same_category_colour", 20, 10), ("found_before_loss", 24, 12),
            ("same_brand_elsewhere", 20, 10), ("unclaimed", 24, 0)]
UNCLAIMED_CATS = [("phone", 3), ("id_doc", 3), ("wallet", 3), ("keys", 4), ("ebike", 2),
                  ("bicycle", 1), ("bag", 3), ("cash", 1), ("jewelry", 1), ("electronics", 3),
                  ("other", 5)]
MAX_CROSS = 4

# --------------------------------------------------------------------------- words

COLORS = {
    "black": (["黑色", "黑色", "黑", "深色", "哑光黑", "黑的", "亮黑色", "曜石黑"], "black", ["gray", "blue"]),
    "white": (["白色", "白色", "白", "米白色", "珍珠白", "白的"], "white", ["silver", "gray"]),
    "silver": (["银色", "银白色", "银灰色", "亮银色"], "silver", ["gray", "white"]),
    "gray": (["灰色", "深灰色", "浅灰色", "灰的", "太空灰"], "grey", ["black", "silver"]),
    "red": (["红色", "大红色", "酒红色", "红的"], "red", ["pink", "brown"]),
    "blue": (["蓝色", "深蓝色", "宝蓝色", "天蓝色", "藏青色", "蓝的"], "blue", ["black", "purple"]),
    "green": (["绿色", "墨绿色", "军绿色", "浅绿色", "绿的"], "green", ["blue", "gray"]),
    "pink": (["粉色", "粉红色", "樱花粉", "粉的"], "pink", ["red", "purple"]),
    "gold": (["金色", "香槟金", "土豪金", "金的"], "gold", ["yellow", "silver"]),
    "brown": (["棕色", "咖啡色", "褐色", "驼色", "棕的"], "brown", ["black", "red"]),
    "yellow": (["黄色", "明黄色", "柠檬黄", "黄的"], "yellow", ["gold", "orange"]),
    "purple": (["紫色", "浅紫色", "香芋紫", "紫的"], "purple", ["pink", "blue"]),
    "orange": (["橙色", "橘色", "桔黄色", "橙的"], "orange", ["yellow", "red"]),
}
JEWEL_WORDS = {"gold": ["金色", "黄金", "足金", "金的", "纯金"],
               "silver": ["银色", "银", "925银", "纯银", "银的"]}

# brand key: (usual spellings, typo / pinyin spellings, English)
BRANDS = {
    "huawei": (["华为", "华为", "HUAWEI", "Huawei"], ["华伟", "HUAWAI", "花为"], "Huawei"),
    "apple": (["苹果", "iPhone", "Apple", "苹果"], ["平果", "iphoen", "pingguo"], "Apple"),
    "xiaomi": (["小米", "Xiaomi", "MI", "小米"], ["小咪", "xiao mi", "XIAOMl"], "Xiaomi"),
    "oppo": (["OPPO", "oppo", "欧珀"], ["0PPO", "opop"], "OPPO"),
    "vivo": (["vivo", "VIVO", "维沃"], ["viv0", "vovi"], "vivo"),
    "honor": (["荣耀", "HONOR", "Honor"], ["荣曜", "rongyao"], "Honor"),
    "samsung": (["三星", "Samsung", "SAMSUNG"], ["三心", "samsumg"], "Samsung"),
    "realme": (["真我", "realme"], ["realmi"], "realme"),
    "shouhubao": (["守护宝", "ShouHuBao"], ["守户宝"], "ShouHuBao"),
    "yadea": (["雅迪", "Yadea", "YADEA"], ["牙迪", "yadi", "雅笛"], "Yadea"),
    "aima": (["爱玛", "AIMA", "Aima"], ["艾玛", "aima", "爱马"], "AIMA"),
    "tailg": (["台铃", "TAILG"], ["台玲", "tailing", "台灵"], "TAILG"),
    "sunra": (["新日", "SUNRA", "Sunra"], ["新曰", "xinri"], "Sunra"),
    "niu": (["小牛", "NIU", "小牛电动"], ["小扭", "niu"], "NIU"),
    "luyuan": (["绿源", "LUYUAN"], ["绿园", "lvyuan"], "Luyuan"),
    "tianneng": (["天能", "TIANNENG", "天能"], ["天龙", "tianneng"], "Tianneng"),
    "chaowei": (["超威", "CHILWEE", "超威"], ["超为", "chaowei"], "Chilwee"),
    "giant": (["捷安特", "GIANT", "Giant"], ["捷安待", "jieante"], "Giant"),
    "xds": (["喜德盛", "XDS"], ["喜得盛", "xidesheng"], "XDS"),
    "forever": (["永久", "FOREVER", "永久牌"], ["永九", "yongjiu"], "Forever"),
    "phoenix": (["凤凰", "PHOENIX", "凤凰牌"], ["风凰", "fenghuang"], "Phoenix"),
    "merida": (["美利达", "MERIDA"], ["美丽达", "meilida"], "Merida"),
    "septwolves": (["七匹狼", "SEPTWOLVES", "7匹狼"], ["七匹郎", "qipilang"], "Septwolves"),
    "goldlion": (["金利来", "Goldlion", "GOLDLION"], ["金利莱", "jinlilai"], "Goldlion"),
    "playboy": (["花花公子", "PLAYBOY", "Playboy"], ["花花公仔", "huahuagongzi"], "Playboy"),
    "coach": (["COACH", "蔻驰", "Coach"], ["寇驰", "koach"], "Coach"),
    "nike": (["耐克", "NIKE", "Nike"], ["奈克", "naike", "NIKI"], "Nike"),
    "adidas": (["阿迪达斯", "adidas", "阿迪"], ["阿迪达丝", "adidos"], "Adidas"),
    "anta": (["安踏", "ANTA"], ["安塔", "anta"], "ANTA"),
    "lining": (["李宁", "LI-NING", "LINING"], ["李凝", "lining"], "Li-Ning"),
    "ctf": (["周大福", "CTF", "周大福"], ["周大富", "zhoudafu"], "Chow Tai Fook"),
    "lfx": (["老凤祥", "老凤祥"], ["老凤详", "laofengxiang"], "Lao Feng Xiang"),
    "liufu": (["六福", "六福珠宝", "LUKFOOK"], ["六副", "liufu"], "Lukfook"),
    "css": (["周生生", "Chow Sang Sang"], ["周生笙", "zhoushengsheng"], "Chow Sang Sang"),
    "anker": (["安克", "Anker", "ANKER"], ["安可", "anke"], "Anker"),
    "romoss": (["罗马仕", "ROMOSS", "Romoss"], ["罗马士", "luomashi"], "Romoss"),
    "lenovo": (["联想", "Lenovo", "LENOVO"], ["联像", "lianxiang"], "Lenovo"),
    "nintendo": (["任天堂", "Nintendo"], ["任天棠", "rentiantang"], "Nintendo"),
    "sony": (["索尼", "SONY", "Sony"], ["索泥", "suoni"], "Sony"),
    "fuguang": (["富光", "FUGUANG"], ["富广", "fuguang"], "Fuguang"),
    "thermos": (["膳魔师", "THERMOS", "Thermos"], ["善魔师", "shanmoshi"], "Thermos"),
    "paradise": (["天堂伞", "天堂", "Paradise"], ["天棠", "tiantang"], "Paradise"),
    "wuling": (["五菱", "WULING"], ["五凌", "wuling"], "Wuling"),
    "byd": (["比亚迪", "BYD"], ["比亚笛", "biyadi"], "BYD"),
    "xunsao": (["迅扫", "XunSao"], ["讯扫"], "XunSao"),
    "weixun": (["威讯", "WEIXUN"], ["威迅"], "Weixun"),
}

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林梁谢宋唐韦邓蒙覃彭曾龙向田廖蒋袁熊谭付")
GIVEN = list("俊伟芳丽婷强磊洋勇艳娟敏静杰涛明超秀兰霞平刚桂英华红梅斌鹏辉浩宇欣怡佳琪雪燕文军春志海玉凤金建国晓思雨嘉梓涵轩")
FIRST_EN = ["Arjun", "Tomasz", "Olu", "Dmitri", "Carlos", "Amina", "Kofi", "Lucas", "Priya",
            "Ahmed", "Yusuf", "Elena", "Minh", "Sanjay", "Fatima", "Marek", "Chidi", "Rafael"]
LAST_EN = ["Okafor", "Novak", "Petrov", "Silva", "Mensah", "Kapoor", "Haddad", "Nguyen",
           "Rahman", "Ivanova", "Garcia", "Mwangi", "Adeyemi", "Kowalski", "Sharma", "Costa"]
NATS = [("印度", "Indian"), ("尼日利亚", "Nigerian"), ("俄罗斯", "Russian"), ("巴西", "Brazilian"),
        ("越南", "Vietnamese"), ("巴基斯坦", "Pakistani"), ("肯尼亚", "Kenyan"), ("波兰", "Polish")]
# province, county/city, a six-digit area code used only to shape the invented numbers
PROVS = [("湖南", "邵东", "430521"), ("四川", "南充", "511302"), ("河南", "商丘", "411402"),
         ("江西", "赣州", "360702"), ("广西", "玉林", "450902"), ("贵州", "毕节", "520502"),
         ("湖北", "黄冈", "421102"), ("重庆", "开州", "500154"), ("安徽", "阜阳", "341202"),
         ("广东", "湛江", "440802"), ("云南", "昭通", "530602"), ("甘肃", "天水", "620502"),
         ("河南", "周口", "411602"), ("四川", "达州", "511702")]
BANKS = [("工商银行", "工行", "6222", "ICBC"), ("建设银行", "建行", "6217", "CCB"), ("农业银行", "农行", "6228", "ABC"),
         ("农商银行", "农商行", "6230", "Rural Commercial Bank"), ("邮储银行", "邮政", "6210", "Postal Savings"),
         ("招商银行", "招行", "6225", "China Merchants Bank")]
CHARS = [("皮卡丘", "Pikachu"), ("蜡笔小新", "Crayon Shin-chan"), ("小黄人", "Minion"),
         ("哆啦A梦", "Doraemon"), ("库洛米", "Kuromi"), ("奥特曼", "Ultraman"), ("海绵宝宝", "SpongeBob"),
         ("熊猫头", "panda meme"), ("樱桃小丸子", "Chibi Maruko"), ("柯南", "Conan"),
         ("玉桂狗", "Cinnamoroll"), ("小猪佩奇", "Peppa Pig"), ("派大星", "Patrick Star"),
         ("美乐蒂", "My Melody"), ("线条小狗", "a line-drawn puppy")]
DEPTS = {"hl": ["SMT", "组装二线", "品质部", "仓库", "测试拉", "物控"], "yd": ["CNC", "注塑", "品质部", "包装", "组装一线"],
         "lc": ["SMT", "测试拉", "物控", "组装三线"], "bl": ["针车", "成型", "裁断", "包装", "仓库"],
         "sl": ["分拣组", "装卸组", "仓库", "夜班分拣"]}

FACTS = {
    "hl": dict(name="鸿岭电子", short="鸿岭", code="HL", work="hl_work", gate="hl_gate", dorm="hl_dorm",
               canteen="hl_canteen", shed="hl_shed", en="Hongling Electronics"),
    "yd": dict(name="粤达精密", short="粤达", code="YD", work="yd_work", gate="yd_gate", dorm="yd_dorm",
               canteen="yd_canteen", shed="yd_shed", en="Yueda Precision"),
    "lc": dict(name="联晟科技", short="联晟", code="LS", work="lc_work", gate="lc_gate", dorm="lc_dorm",
               canteen="lc_canteen", shed="lc_shed", en="Liansheng Tech"),
    "bl": dict(name="宝履鞋业", short="宝履", code="BL", work="bl_work", gate="bl_gate", dorm="bl_dorm",
               canteen="bl_canteen", shed="bl_shed", en="Baolu Shoes"),
    "sl": dict(name="顺岭物流", short="顺岭", code="SL", work="sl_work", gate="sl_gate", dorm="sl_dorm",
               canteen="sl_dorm", shed="sl_shed", en="Shunling Logistics"),
}
FAC_IDS = ["hl", "hl", "yd", "yd", "lc", "bl", "bl", "sl"]

# id: (aliases, lat, lon, type, English name or None)
PLACES = {
    "hl_work": (["鸿岭电子厂A区车间", "鸿岭A车间", "鸿岭电子A栋", "A区SMT车间", "鸿岭厂车间"], 22.9205, 113.8127, "work", "the Hongling Electronics plant"),
    "hl_gate": (["鸿岭电子厂北门", "鸿岭北门", "鸿岭北门岗亭", "鸿岭厂大门", "鸿岭电子北大门"], 22.9212, 113.8105, "gate", "the north gate of Hongling Electronics"),
    "hl_dorm": (["鸿岭3号宿舍楼", "鸿岭3栋宿舍", "三号宿舍楼", "3栋宿舍", "C栋宿舍", "鸿岭C栋", "C栋员工宿舍", "鸿岭三栋"], 22.9226, 113.8121, "dorm", None),
    "hl_canteen": (["鸿岭二食堂", "鸿岭2号饭堂", "二饭堂", "鸿岭第二食堂", "鸿岭厂饭堂二楼"], 22.9218, 113.8133, "canteen", None),
    "hl_shed": (["鸿岭3栋充电棚", "C栋充电棚", "3号楼车棚", "三栋楼下充电桩", "鸿岭宿舍电动车棚"], 22.9229, 113.8114, "shed", None),
    "hl_court": (["鸿岭篮球场", "厂区篮球场", "鸿岭灯光球场", "C栋旁边球场"], 22.9222, 113.8142, "court", None),
    "yd_work": (["粤达精密电子厂", "粤达厂", "粤达精密", "粤达电子E区", "粤达E区车间"], 22.9102, 113.8254, "work", "the Yueda Precision factory"),
    "yd_gate": (["粤达南门", "粤达精密南门岗", "粤达厂南大门", "粤达门岗"], 22.9094, 113.8247, "gate", "the south gate of Yueda"),
    "yd_dorm": (["粤达B栋宿舍", "粤达宿舍B栋", "粤达2号宿舍楼", "B栋宿舍", "粤达员工宿舍B座", "粤达二栋"], 22.9113, 113.8268, "dorm", None),
    "yd_canteen": (["粤达食堂", "粤达员工饭堂", "粤达厂食堂一楼", "粤达饭堂"], 22.9106, 113.8262, "canteen", None),
    "yd_shed": (["粤达B栋车棚", "粤达宿舍充电棚", "B栋充电桩", "粤达电动车棚"], 22.9116, 113.8275, "shed", None),
    "lc_work": (["联晟科技园", "联晟园区", "联晟科技园3号楼", "联晟工业园", "联晟科技"], 22.9150, 113.8320, "work", "Liansheng Tech Park"),
    "lc_gate": (["联晟科技园3号门", "联晟3号门", "联晟园区大门", "联晟门岗"], 22.9143, 113.8311, "gate", "gate 3 of Liansheng Tech Park"),
    "lc_dorm": (["联晟人才公寓", "联晟公寓A栋", "人才公寓A栋", "联晟宿舍A栋", "联晟A座公寓"], 22.9162, 113.8333, "dorm", None),
    "lc_canteen": (["联晟食堂", "联晟园区饭堂", "联晟科技园食堂", "联晟美食广场"], 22.9155, 113.8326, "canteen", "the Liansheng canteen"),
    "lc_shed": (["联晟园区充电棚", "联晟3号门车棚", "联晟电动车充电站", "联晟充电桩"], 22.9158, 113.8314, "shed", None),
    "lc_show": (["联晟B栋样品间", "联晟展厅", "联晟科技样品室", "联晟showroom"], 22.9148, 113.8330, "office", "the Liansheng showroom"),
    "bl_work": (["宝履鞋业", "宝履鞋厂", "宝履鞋业厂区", "宝履大厂", "宝履成型车间"], 22.9030, 113.8080, "work", "the Baolu shoe factory"),
    "bl_gate": (["宝履东门", "宝履鞋业东门岗", "宝履大门", "宝履鞋厂门口"], 22.9024, 113.8092, "gate", "the gate of the Baolu shoe factory"),
    "bl_canteen": (["宝履鞋业大食堂", "宝履饭堂", "宝履鞋厂食堂", "宝履一楼饭堂", "宝履大饭堂"], 22.9036, 113.8088, "canteen", "the Baolu canteen"),
    "bl_dorm": (["宝履7栋宿舍", "宝履宿舍7栋", "七栋宿舍", "G栋宿舍", "宝履G栋", "7号宿舍楼"], 22.9042, 113.8071, "dorm", None),
    "bl_shed": (["宝履7栋充电棚", "宝履宿舍车棚", "七栋楼下充电桩", "G栋车棚"], 22.9046, 113.8078, "shed", None),
    "sl_work": (["顺岭物流分拣中心", "顺岭分拣中心", "物流园分拣场", "顺岭物流园3号仓", "顺岭分拣线"], 22.8955, 113.8200, "logistics", None),
    "sl_gate": (["顺岭物流园大门", "物流园门岗", "顺岭物流门口"], 22.8948, 113.8192, "gate", None),
    "sl_dorm": (["顺岭物流宿舍", "顺岭员工宿舍", "物流园宿舍楼", "顺岭宿舍5栋"], 22.8966, 113.8211, "dorm", None),
    "sl_shed": (["物流园充电棚", "顺岭车棚", "分拣中心电动车棚"], 22.8962, 113.8205, "shed", None),
    "bus_term": (["工业园公交总站", "园区环线总站", "环线巴士总站", "工业园总站调度室", "公交总站"], 22.9120, 113.8150, "bus", "the industrial park bus terminus"),
    "bus_loop": (["园区环线公交", "环线巴士", "园区1路环线车", "环线公交车上", "环线车"], 22.9135, 113.8190, "bus", "the industrial park loop bus"),
    "bus_talent": (["人才市场公交站", "人才市场站", "环线人才市场站台"], 22.9168, 113.8062, "bus", None),
    "bus_hl": (["鸿岭厂公交站", "鸿岭站", "鸿岭电子站台"], 22.9208, 113.8097, "bus", None),
    "bus_yd": (["粤达站", "粤达精密公交站", "粤达厂站台"], 22.9089, 113.8238, "bus", None),
    "netcafe": (["极速网咖", "极速网吧", "极速网络会所", "岭南路极速网咖", "极速电竞网咖"], 22.9178, 113.8160, "netcafe", None),
    "night": (["岭南路夜市", "石岭夜市", "夜市小吃街", "岭南夜市", "夜市烧烤摊那边"], 22.9185, 113.8175, "market", "the night market on Lingnan Road"),
    "talent": (["石岭人才市场", "人才市场", "石岭劳务市场", "人才市场招工大厅", "人才市场二楼"], 22.9165, 113.8055, "talent", None),
    "wet": (["石岭菜市场", "石岭农贸市场", "岭下菜市场", "农贸市场", "菜市场"], 22.9070, 113.8135, "market", None),
    "clinic": (["石岭仁和诊所", "仁和门诊", "仁和诊所", "仁和诊所候诊区"], 22.9090, 113.8160, "clinic", None),
    "courier": (["邻邻快递驿站", "邻邻驿站", "岭下快递站", "快递驿站(岭下村)", "岭下村快递点"], 22.9062, 113.8110, "courier", None),
    "village": (["岭下新村", "岭下村出租屋", "岭下新村12巷", "岭下村", "岭下新村牌坊"], 22.9055, 113.8122, "village", None),
    "super": (["万嘉超市", "万嘉购物广场", "万嘉超市石岭店", "万嘉"], 22.9140, 113.8105, "shop", "Wanjia supermarket"),
    "square": (["石岭文化广场", "文化广场", "石岭广场", "广场舞那边"], 22.9125, 113.8090, "square", None),
    "station": (["石岭汽车站", "石岭客运站", "汽车客运站", "石岭车站候车厅"], 22.9010, 113.8230, "station", "Shiling bus station"),
    "bank": (["农商银行石岭支行", "农商行ATM", "石岭农商银行", "农商银行门口取款机"], 22.9135, 113.8118, "bank", None),
    "hotel": (["石岭丽景酒店", "丽景酒店", "丽景酒店大堂", "Lijing Hotel"], 22.9145, 113.8220, "hotel", "the Lijing Hotel"),
    "swap": (["岭南路换电柜", "岭南路充电站", "换电站(岭南路)", "岭南路换电点"], 22.9172, 113.8140, "shed", None),
    "road": (["石岭大道", "石岭大道公交站旁", "石岭大道人行道", "石岭大道与岭南路口"], 22.9110, 113.8170, "road", None),
    # other towns, 20-30 km away: only the "same brand, different place and time" decoys live here
    "far_hz": (["鹤洲镇汽车站", "鹤洲车站", "鹤洲镇客运站"], 23.0480, 113.9620, "far", None),
    "far_qh": (["青湖镇步行街", "青湖步行街", "青湖镇商业街"], 22.7610, 113.6520, "far", None),
    "far_sp": (["沙埔镇工业区", "沙埔工业区", "沙埔镇宏发电子厂门口"], 23.1010, 113.6980, "far", None),
    "far_nt": (["南塘镇市场", "南塘农贸市场", "南塘镇菜市场"], 22.8020, 114.0610, "far", None),
    "far_hz2": (["鹤洲镇网吧一条街", "鹤洲网吧街"], 23.0450, 113.9580, "far", None),
    "far_qh2": (["青湖镇工业园充电站", "青湖工业园车棚"], 22.7660, 113.6490, "far", None),
}
PLACE_IDS = list(PLACES)
LOCAL_IDS = [p for p in PLACE_IDS if not p.startswith("far_")]
FAR_IDS = [p for p in PLACE_IDS if p.startswith("far_")]

CAT_PLACES = {
    "phone": ["DORM", "CANTEEN", "WORK", "GATE", "bus_loop", "bus_term", "netcafe", "night", "talent", "wet",
              "clinic", "super", "square", "station", "road", "hl_court", "courier", "bank", "hotel", "lc_show"],
    "id_doc": ["talent", "netcafe", "station", "clinic", "bank", "GATE", "bus_loop", "DORM", "CANTEEN",
               "courier", "super", "hotel", "lc_show"],
    "wallet": ["night", "wet", "super", "bus_loop", "netcafe", "talent", "CANTEEN", "DORM", "bank", "station",
               "square", "road", "clinic", "hotel"],
    "keys": ["SHED", "DORM", "CANTEEN", "netcafe", "hl_court", "night", "village", "super", "road", "GATE",
             "swap", "courier"],
    "ebike": ["SHED", "SHED", "DORM", "GATE", "netcafe", "night", "wet", "village", "talent", "swap", "super",
              "courier", "road"],
    "bicycle": ["DORM", "SHED", "GATE", "village", "wet", "square", "super", "station", "road"],
    "bag": ["bus_loop", "bus_term", "station", "talent", "WORK", "netcafe", "CANTEEN", "courier", "night",
            "super", "DORM", "hotel", "lc_show"],
    "cash": ["bank", "talent", "wet", "night", "super", "CANTEEN", "DORM", "bus_loop", "road", "village"],
    "jewelry": ["DORM", "square", "wet", "clinic", "hl_court", "CANTEEN", "village", "super", "night", "WORK"],
    "electronics": ["netcafe", "bus_loop", "DORM", "CANTEEN", "WORK", "hl_court", "station", "night",
                    "courier", "talent", "hotel", "lc_show", "sl_work"],
    "other": ["clinic", "courier", "GATE", "bus_loop", "CANTEEN", "square", "station", "WORK", "super", "wet",
              "DORM"],
}
PERSONA_PLACES = {
    "foreign": ["hotel", "lc_show", "yd_work", "lc_work", "night", "station", "super", "bus_loop", "lc_canteen",
                "bl_canteen", "bl_work"],
    "elder": ["station", "bus_loop", "bus_term", "wet", "square", "clinic", "village", "super", "DORM"],
    "courier": ["courier", "sl_work", "village", "road", "swap", "SHED", "night", "GATE", "sl_dorm"],
    "stall": ["night", "wet", "village", "road", "super"],
}
HOURS_BY_TYPE = {
    "work": [(7, 3), (8, 2), (10, 1), (12, 2), (17, 2), (19, 3), (20, 3), (23, 1), (2, 1)],
    "gate": [(7, 4), (8, 3), (12, 1), (17, 2), (19, 3), (20, 4)],
    "canteen": [(7, 2), (11, 4), (12, 4), (17, 3), (18, 3), (23, 2)],
    "dorm": [(7, 2), (8, 2), (13, 1), (20, 3), (21, 3), (22, 3), (23, 2)],
    "shed": [(19, 2), (20, 3), (21, 3), (22, 3), (23, 3), (0, 1), (7, 2)],
    "market": [(18, 2), (19, 3), (20, 4), (21, 4), (22, 3), (23, 2)],
    "netcafe": [(0, 2), (1, 2), (14, 2), (18, 2), (20, 3), (21, 3), (22, 3), (23, 3)],
    "talent": [(8, 3), (9, 4), (10, 4), (11, 3), (14, 3), (15, 3), (16, 2)],
    "bus": [(7, 4), (8, 3), (12, 2), (17, 2), (19, 4), (20, 4), (21, 2)],
    "clinic": [(9, 3), (10, 3), (15, 2), (16, 2), (19, 2), (20, 2)],
    "station": [(6, 2), (8, 3), (10, 2), (13, 2), (16, 2), (18, 2)],
}
WET_HOURS = [(6, 3), (7, 4), (8, 4), (9, 3), (10, 2), (17, 2)]

# ---------------------------------------------------------------------- helpers


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def expand(pairs):
    out = []
    for v, n in pairs:
        out.extend([v] * n)
    return out


def fill(tpl, **kw):
    return re.sub(r"\{(\w+)\}", lambda m: str(kw.get(m.group(1), "")), tpl)


def tidy(s):
    s = re.sub(r"[ \t]+", " ", s)
    for _ in range(3):
        for a, b in [("，。", "。"), ("。。", "。"), ("，，", "，"), ("。，", "。"), ("：。", "："), (" 。", "。"),
                     (" ，", "，"), ("；。", "。"), ("，；", "，"), ("！。", "！"), ("。 。", "。"), ("..", "."),
                     (". .", "."), (" .", "."), ("，！", "！"), ("、。", "。"), ("，)", ")"), ("（）", "")]:
            s = s.replace(a, b)
    s = s.strip(" ，；").lstrip("。")
    return s


def cat_tokens(toks):
    out = ""
    for t in toks:
        if not t:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and t[0].isascii() and t[0].isalnum():
            out += " "
        out += t
    return out


def haversine(a, b):
    la1, lo1 = map(math.radians, a)
    la2, lo2 = map(math.radians, b)
    d = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(d))


def pxy(pid):
    p = PLACES[pid]
    return (p[1], p[2])


def mins(dt):
    return int(round((NOW - dt).total_seconds() / 60.0))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def make_id(r, region, y0, y1):
    y = r.randint(y0, y1)
    body = f"{region}{y:04d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 999):03d}"
    return body + id_check(body)


def make_imei(r):
    body = "86" + digits(r, 12)
    imei = body + luhn_digit(body)
    assert luhn_ok(imei)
    return imei


def masked_phone(r):
    return r.choice(["138", "139", "135", "150", "151", "158", "186", "187", "159", "177", "199", "166"]) + "****" + digits(r, 4)


CN_D = "零一二三四五六七八九"


def cn_amount(n):
    """Spoken form of a round amount: 2300 -> 两千三, 450 -> 四百五."""
    if n >= 1000 and n % 100 == 0:
        q, h = n // 1000, (n % 1000) // 100
        return ("两" if q == 2 else CN_D[q]) + "千" + (CN_D[h] if h else "")
    if 100 <= n < 1000 and n % 10 == 0:
        h, t = n // 100, (n % 100) // 10
        return ("两" if h == 2 else CN_D[h]) + "百" + (CN_D[t] if t else "")
    return str(n)


def approx_amount(r, n):
    if n >= 1000:
        base = n // 1000 * 1000
        return r.choice([f"{cn_amount(base)}多", f"{base}多", f"{cn_amount(base)}多块"])
    base = n // 100 * 100
    return r.choice([f"{cn_amount(base)}多", f"{base}多块", f"{base}来块"])


# --------------------------------------------------------------- truth records


def feat(key, o, f=None, en=None, fp=0.85, tell=False):
    """One thing about an object: what the owner says (o), what a finder can see (f,
    empty when it is hidden inside or only the owner knows it), English (en)."""
    return {"key": key, "o": o if isinstance(o, list) else [o],
            "f": (f if isinstance(f, list) else [f]) if f else [], "en": en, "fp": fp, "tell": tell}


def mkobj(cat, kind, noun_o, noun_f, cl, color=None, brand=None, model=None, serial=None, feats=None,
          noun_en=None, alt_cat=None):
    feats = feats or []
    tells = [ft for ft in feats if ft["tell"]]
    return {"cat": cat, "kind": kind, "noun_o": noun_o, "noun_f": noun_f, "cl": cl, "color": color,
            "brand": brand, "model": model, "serial": serial, "feats": feats, "noun_en": noun_en,
            "alt_cat": alt_cat, "tell_key": tells[0]["key"] if tells else None}


def fget(force, key, fn):
    return force[key] if key in force else fn()


def new_name(r, W):
    while True:
        n = r.choice(SURN) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2])))
        if n not in W["names"]:
            W["names"].add(n)
            return n


def gen_persona(r, W, ptype):
    p = {"type": ptype}
    if ptype == "foreign":
        while True:
            n = r.choice(FIRST_EN) + " " + r.choice(LAST_EN)
            if n not in W["names"]:
                break
        W["names"].add(n)
        p.update(name=n, nat=r.choice(NATS), fac=r.choice(["yd", "lc", "bl", "hl"]), phone="+" + digits(r, 2) + " ****" + digits(r, 4))
        return p
    p["name"] = new_name(r, W)
    prov = r.choice(PROVS)
    p["prov"], p["city"] = prov[0], prov[1]
    y0, y1 = (1950, 1966) if ptype == "elder" else (1976, 2005)
    p["id"] = make_id(r, prov[2], y0, y1)
    p["fac"] = r.choice(FAC_IDS)
    p["room"] = f"{r.randint(2, 7)}{r.randint(0, 1)}{r.randint(1, 9)}"
    p["phone"] = masked_phone(r)
    p["dept"] = r.choice(DEPTS[p["fac"]])
    return p


def persona_type_for(r, cat):
    pairs = [("worker", 70), ("courier", 6), ("stall", 5), ("elder", 8)]
    if cat in ("phone", "wallet", "bag", "id_doc", "electronics"):
        pairs.append(("foreign", 10))
    if cat == "ebike":
        pairs = [("worker", 80), ("courier", 12), ("stall", 5)]
    return wchoice(r, pairs)


# ---- phone
PHONE_BRANDS = [("huawei", 5), ("apple", 4), ("xiaomi", 4), ("oppo", 3), ("vivo", 3), ("honor", 3),
                ("samsung", 1), ("realme", 1)]
PHONE_MODELS = {"huawei": ["畅享 Z7", "nova Q9", "Mate X58", "麦芒 M12"],
                "apple": ["iPhone 14 Mini", "iPhone 15 Lite", "iPhone SE 5", "iPhone 12 Max"],
                "xiaomi": ["红米 Note 15S", "K75 青春版", "Redmi 14X", "Civi 3X"],
                "oppo": ["A98m", "Reno 13 Air", "K15x"], "vivo": ["Y79x", "S21e", "iQOO Z12"],
                "honor": ["X45 GT", "Play 8X", "畅玩 55 Plus"], "samsung": ["Galaxy A37s", "Galaxy M35s"],
                "realme": ["Q7 Pro", "V58s"]}
CASES = [("case:clear", ["透明手机壳", "透明壳", "透明的软壳"], ["透明保护壳", "透明软壳", "透明手机壳"], "a clear case"),
         ("case:black", ["黑色硅胶壳", "黑色的壳"], ["黑色硅胶保护壳", "黑色软壳"], "a black silicone case"),
         ("case:flip", ["翻盖皮套", "皮套"], ["翻盖式皮套", "皮质翻盖保护套"], "a flip leather cover"),
         ("case:ring", ["带指环扣的壳", "壳后面粘了个指环"], ["背部有指环支架", "带金属指环扣的壳"], "a case with a ring holder"),
         ("case:none", ["没戴壳", "裸机没套壳"], ["无保护壳", "裸机"], "no case")]
WALLS = [("我女儿的照片", "一个小女孩的照片", "a photo of my daughter"), ("我家橘猫", "一只橘猫", "my orange cat"),
         ("我和老婆的合照", "一男一女的合影", "me and my wife"), ("海边风景", "海边风景图", "a beach picture"),
         ("火影鸣人", "动漫人物(鸣人)", "Naruto"), ("我儿子穿校服的照片", "一个穿校服的男孩", "my son in school uniform"),
         ("一只柯基", "一只柯基犬", "a corgi"), ("蓝色星空", "星空图", "a starry sky"),
         ("老家的房子", "一栋农村房子", "my family house"), ("一家三口合照", "一家三口合影", "a family photo"),
         ("篮球明星海报", "篮球运动员图片", "a basketball player")]
CRACKS = [("左上角", "top left"), ("右上角", "top right"), ("左下角", "bottom left"), ("右下角", "bottom right"),
          ("中间", "middle"), ("底部", "bottom")]


def gen_phone(r, W, per, force):
    kind = force.get("kind") or ("elder" if per["type"] == "elder" and r.random() < 0.7 else "smart")
    feats = []
    if kind == "smart":
        brand = fget(force, "brand", lambda: wchoice(r, PHONE_BRANDS))
        model = fget(force, "model", lambda: r.choice(PHONE_MODELS[brand]))
        color = fget(force, "color", lambda: r.choice(["black", "black", "black", "white", "blue", "green",
                                                       "purple", "gold", "silver", "pink"]))
        tell = r.choice(["sticker", "wall", "crack", "casechar"])
        if tell == "casechar":
            c, ce = r.choice(CHARS)
            feats.append(feat(f"case:char:{c}", [f"{c}图案的手机壳", f"壳是{c}的", f"{c}的卡通壳"],
                              [f"手机壳印有{c}图案", f"{c}卡通壳", f"外套{c}图案软壳"], en=f"a {ce} case", fp=0.95, tell=True))
        else:
            k, o, f, en = r.choice(CASES)
            feats.append(feat(k, o, f, en, fp=0.9))
        if tell == "sticker" or r.random() < 0.2:
            c, ce = r.choice(CHARS)
            feats.append(feat(f"sticker:{c}", [f"背面贴了个{c}贴纸", f"后面贴着{c}的贴纸", f"背面有张{c}贴画"],
                              [f"背面贴有{c}贴纸", f"背面有{c}卡通贴纸", f"后面贴一张{c}贴画"],
                              en=f"a {ce} sticker on the back", fp=0.9, tell=(tell == "sticker")))
        if tell == "wall" or r.random() < 0.4:
            wo, wf, we = r.choice(WALLS)
            feats.append(feat(f"wall:{wo}", [f"锁屏是{wo}", f"屏保是{wo}", f"锁屏壁纸是{wo}"],
                              [f"锁屏壁纸为{wf}", f"亮屏显示{wf}", f"锁屏图片是{wf}"],
                              en=f"the lock screen is {we}", fp=0.55 if tell != "wall" else 0.95, tell=(tell == "wall")))
        if tell == "crack" or r.random() < 0.3:
            pz, pe = r.choice(CRACKS)
            feats.append(feat(f"crack:{pz}", [f"屏幕{pz}碎了", f"{pz}屏幕有裂纹", f"屏幕{pz}摔裂了一块"],
                              [f"屏幕{pz}有裂痕", f"屏幕{pz}碎裂", f"{pz}有一道裂纹"],
                              en=f"the screen is cracked at the {pe}", fp=0.95, tell=(tell == "crack")))
        if r.random() < 0.2:
            ch = r.choice(["红绳", "珍珠手机链", "小熊挂绳", "蓝色挂绳", "平安符挂件"])
            feats.append(feat(f"charm:{ch}", [f"挂了个{ch}", f"有根{ch}"], [f"挂有{ch}", f"带{ch}"], en="a phone strap", fp=0.9))
        if r.random() < 0.12 and feats[0]["key"] not in ("case:none", "case:flip"):
            fac = FACTS[per.get("fac", "hl")]["short"]
            nm = per["name"]
            feats.append(feat("card_in_case", ["壳里夹着饭卡，上面有我名字", "手机壳里塞了张饭卡"],
                              [f"壳内夹{fac}饭卡一张，卡上名字“{nm}”", f"壳里夹有饭卡（{nm}）"], fp=0.8))
    else:
        brand = fget(force, "brand", lambda: r.choice(["shouhubao", "shouhubao", None]))
        model = fget(force, "model", lambda: r.choice(["S9", "K2", None]))
        color = fget(force, "color", lambda: r.choice(["red", "black", "gold", "blue"]))
        t4 = digits(r, 4)
        feats.append(feat(f"note:{t4}", ["背面贴了张纸条写着我儿子电话", "后面贴着写电话号码的纸条"],
                          [f"背面贴纸条写有电话139****{t4}", f"机背贴纸条：电话尾号{t4}"], fp=0.95, tell=True))
        if r.random() < 0.5:
            feats.append(feat("bigkeys", ["按键上贴了大数字", "按键是大字的"], ["大按键老人机", "按键贴有大号数字"], fp=0.9))
        if r.random() < 0.5:
            feats.append(feat("pouch", ["装在一个绒布小袋子里", "用个布套子套着"], ["外有绒布手机套", "装在布套内"], fp=0.9))
    if r.random() < 0.55:
        carrier = r.choice(["移动", "联通", "电信"])
        feats.append(feat("sim", [f"里面有张{carrier}卡，号码尾号{digits(r, 4)}", f"手机卡是{carrier}的"]))
    if r.random() < 0.4:
        feats.append(feat("lock", r.choice([["锁屏密码我知道，可以现场解锁"], ["指纹解锁的"], ["密码是六位数，我可以当面解开"]]),
                          en="I can unlock it"))
    if r.random() < 0.3:
        feats.append(feat("price", [f"{r.randint(2, 11)}个月前买的，花了{r.choice([899, 1299, 1699, 2199, 2999, 3899, 4999])}块"]))
    if r.random() < 0.25:
        feats.append(feat("calls", ["打过去已经关机了", "打电话一直没人接"]))
    imei = make_imei(r)
    serial = {"kind": "imei", "v": imei, "op": 0.5, "fp": 0.4}
    if kind == "smart" and r.random() < 0.3:
        serial["v2"] = make_imei(r)
    noun_o = ["手机", "手机", "机子", "电话"] if kind == "smart" else ["老人机", "手机", "老年机"]
    noun_f = ["手机", "智能手机", "手机"] if kind == "smart" else ["老人机", "按键手机", "老年手机"]
    return mkobj("phone", kind, noun_o, noun_f, "部", color, brand, model, serial, feats, noun_en=["phone", "mobile phone"])


# ---- id documents

def mask_name(nm):
    return nm[0] + "*" * (len(nm) - 1)


def gen_id_doc(r, W, per, force):
    if per["type"] == "foreign":
        kind = "passport"
    else:
        kind = force.get("kind") or wchoice(r, [("idcard", 6), ("badge", 3), ("residence", 1), ("driver", 1),
                                              ("social", 1), ("student", 1), ("sleeve", 1)])
    nm = per["name"]
    feats = []
    color = None
    serial = None
    if kind == "passport":
        nat_zh, nat_en = per["nat"]
        color = fget(force, "color", lambda: r.choice(["red", "blue", "green", "black"]))
        feats.append(feat(f"name:{nm}", [f"名字 {nm}", f"护照上是 {nm}"], [f"持照人{nm.upper()}", f"姓名 {nm.upper()}", f"英文名{nm.upper()}"],
                          en=f"name {nm}", fp=0.95, tell=True))
        feats.append(feat(f"nat:{nat_zh}", [f"{nat_zh}护照"], [f"{nat_zh}护照", f"国籍{nat_zh}"], en=f"{nat_en} passport", fp=0.8))
        feats.append(feat("cover", ["{C}封皮"], ["{C}封皮", "{C}外皮"], en="{C} cover", fp=0.8))
        if r.random() < 0.4:
            feats.append(feat("visa", ["里面夹着中国签证和酒店房卡"], ["内夹酒店房卡一张", "内有中国签证页"], en="my China visa and a hotel key card inside", fp=0.7))
        pno = r.choice("KPENLAU") + digits(r, 8)
        serial = {"kind": "passport", "v": pno, "op": 0.7, "fp": 0.9}
        return mkobj("id_doc", kind, ["护照"], ["外国护照", "护照"], "本", color, None, None, serial, feats, noun_en=["passport"])
    name_f = [f"姓名{nm}", f"姓名：{nm}", f"名字是{nm}", f"持证人{nm}"]
    if r.random() < 0.2:
        name_f = [f"姓名{mask_name(nm)}（已遮挡）", f"姓名：{mask_name(nm)}"]
    name_feat = feat(f"name:{nm}", [f"名字{nm}", f"姓名{nm}", f"上面名字是{nm}", f"我叫{nm}"], name_f, fp=0.95, tell=True)
    if kind in ("idcard", "residence", "driver", "social", "sleeve"):
        serial = {"kind": "id", "v": per["id"], "op": 0.7, "fp": 0.85}
    if kind == "idcard":
        feats.append(name_feat)
        if r.random() < 0.6:
            feats.append(feat("home", [f"我是{per['prov']}{per['city']}的", f"老家{per['prov']}{per['city']}"],
                              [f"住址为{per['prov']}省{per['city']}", f"{per['prov']}{per['city']}人"], fp=0.7))
        if "color" in force and force["color"] or ("color" not in force and r.random() < 0.35):
            color = force.get("color") or r.choice(["blue", "pink", "black", "green", "white"])
            feats.append(feat("cover", ["套着{C}卡套", "装在{C}的卡套里"], ["外套{C}卡套", "套{C}透明卡套"], fp=0.95))
        if r.random() < 0.2:
            feats.append(feat("postit", ["背面贴了张便利贴写着电话"], ["背面贴便利贴，写有手机号码"], fp=0.9))
        return mkobj("id_doc", kind, ["身份证", "身份证", "二代身份证", "身份证件"], ["居民身份证", "身份证", "二代身份证"], "张",
                     color, None, None, serial, feats, noun_en=["ID card"])
    if kind == "badge":
        fac = FACTS[per["fac"]]
        color = fget(force, "color", lambda: r.choice(["blue", "red", "green", "black", "yellow"]))
        feats.append(name_feat)
        feats.append(feat(f"fac:{fac['short']}", [f"{fac['name']}的工牌", f"{fac['short']}厂牌"], [f"{fac['name']}员工工牌", f"印有{fac['name']}字样"], fp=0.95))
        feats.append(feat("dept", [f"{per['dept']}部门"], [f"部门：{per['dept']}"], fp=0.7))
        feats.append(feat("lanyard", ["{C}挂绳", "挂绳是{C}的"], ["{C}挂绳", "带{C}挂带"], fp=0.9))
        if r.random() < 0.4:
            feats.append(feat("fob", ["卡套里还夹着宿舍门禁卡"], ["卡套内另有门禁卡一张"], fp=0.8))
        serial = {"kind": "badge", "v": f"{fac['code']}{r.randint(18, 24)}{digits(r, 6)}", "op": 0.5, "fp": 0.85}
        return mkobj("id_doc", kind, ["工牌", "厂牌", "工卡", "员工卡"], ["员工工牌", "厂牌", "工作牌", "员工证"], "个",
                     color, None, None, serial, feats, alt_cat="other")
    if kind == "residence":
        feats.append(name_feat)
        feats.append(feat("addr", ["居住地址写的岭下新村", "登记地址是岭下村"], ["居住地址：石岭镇岭下新村", "居住地岭下村"], fp=0.7))
        return mkobj("id_doc", kind, ["居住证", "暂住证", "广东居住证"], ["广东省居住证", "居住证"], "张", None, None, None, serial, feats)
    if kind == "driver":
        color = fget(force, "color", lambda: r.choice(["brown", "black"]))
        feats.append(name_feat)
        feats.append(feat("cls", ["C1的驾照", "准驾C1"], ["准驾车型C1", "C1驾驶证"], fp=0.8))
        feats.append(feat("cover", ["{C}皮套"], ["{C}外皮"], fp=0.8))
        return mkobj("id_doc", kind, ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证"], "本", color, None, None, serial, feats)
    if kind == "social":
        feats.append(name_feat)
        feats.append(feat("bank", ["农商行的社保卡，有银行功能"], ["社保卡（农商银行）", "带金融功能的社保卡"], fp=0.8))
        return mkobj("id_doc", kind, ["社保卡"], ["社会保障卡", "社保卡"], "张", None, None, None, serial, feats)
    if kind == "student":
        feats.append(name_feat)
        feats.append(feat("school", ["石岭职业技术学校的学生证", "职校学生证"], ["石岭职业技术学校学生证", "学校：石岭职业技术学校"], fp=0.9))
        serial = {"kind": "student", "v": f"SLZ{r.randint(2021, 2024)}{digits(r, 4)}", "op": 0.3, "fp": 0.8}
        return mkobj("id_doc", kind, ["学生证"], ["学生证"], "本", None, None, None, serial, feats)
    # sleeve: a card sleeve with an ID card and a bank card
    color = fget(force, "color", lambda: r.choice(["black", "brown", "pink", "blue", "red"]))
    bank = r.choice(BANKS)
    feats.append(name_feat)
    feats.append(feat("sleeve", ["{C}卡套", "卡套是{C}的"], ["{C}证件卡套", "{C}皮质卡套"], fp=0.95))
    feats.append(feat(f"bank:{bank[1]}", [f"还有张{bank[1]}卡"], [f"内有{bank[0]}卡一张"], fp=0.8))
    return mkobj("id_doc", kind, ["身份证和卡套", "装身份证的卡套", "证件卡套"], ["证件卡套", "卡套（内有身份证）"], "个",
                 color, None, None, serial, feats, alt_cat="wallet")


# ---- wallet
PHOTOS = [("我和女朋友的合照", "一张男女合照", "a photo of me and my girlfriend"),
          ("我儿子的照片", "一张小男孩照片", "a photo of my son"), ("我女儿的一寸照", "一张小女孩一寸照", "a photo of my daughter"),
          ("我爸妈的照片", "一张老人合照", "a photo of my parents"), ("我自己的证件照", "一张一寸证件照", "a passport photo"),
          ("一张明星小卡", "一张明星小卡片", "a celebrity photo card")]


def gen_wallet(r, W, per, force):
    kind = force.get("kind") or wchoice(r, [("bifold", 5), ("long", 3), ("coin", 1), ("cardholder", 1)])
    if kind == "coin":
        brand = fget(force, "brand", lambda: None)
    elif kind == "long":
        brand = fget(force, "brand", lambda: r.choice([None, None, "coach", "playboy", "goldlion"]))
    else:
        brand = fget(force, "brand", lambda: r.choice([None, None, "septwolves", "goldlion", "playboy", "septwolves"]))
    color = fget(force, "color", lambda: r.choice(["black", "black", "brown", "brown", "red", "pink", "blue", "gray", "white"]))
    feats = []
    tell = r.choice(["cash", "photo", "card", "idname"])
    if r.random() < 0.5:
        mat = r.choice([(["真皮的", "牛皮的"], ["皮质", "真皮"]), (["PU皮的", "人造革的"], ["人造革", "PU材质"]), (["帆布的"], ["帆布材质"])])
        feats.append(feat("mat", mat[0], mat[1], fp=0.6))
    if r.random() < 0.35:
        o, f = r.choice([(["边角磨白了", "四个角都磨破了"], ["边角磨损", "边角发白"]), (["拉链有点坏"], ["拉链损坏"]),
                         (["挂了个小熊挂件"], ["拉链挂小熊挂件"]), (["上面烫了个字母L"], ["表面压印字母L"])])
        feats.append(feat("outer:" + o[0], o, f, fp=0.85))
    amt = r.choice([120, 200, 260, 350, 480, 500, 650, 800, 1200, 1500, 2300, 86, 43, 310])
    taken = r.random() < 0.08 and tell != "cash"
    amt_o = [f"里面有现金{amt}元", f"钱包里有{amt}块钱"] + ([f"大概{approx_amount(r, amt)}现金"] if amt >= 100 and tell != "cash" else [])
    amt_f = ["内无现金"] if taken else [f"内有现金{amt}元", f"现金{amt}元", f"内有人民币{amt}元"]
    feats.append(feat(f"cash:{amt}", amt_o, amt_f, en=f"about {amt} RMB in cash", fp=0.8, tell=(tell == "cash")))
    bank = r.choice(BANKS)
    tail = digits(r, 4)
    serial = None
    if tell == "card" or r.random() < 0.5:
        feats.append(feat(f"card:{tail}", [f"{bank[1]}卡一张，尾号{tail}", f"一张{bank[0]}的卡，卡号后四位{tail}"],
                          [f"{bank[0]}卡一张（尾号{tail}）", f"{bank[1]}银行卡，卡号{bank[2]}****{tail}"],
                          en=f"a {bank[3]} card ending {tail}", fp=0.75, tell=(tell == "card")))
        serial = {"kind": "card", "v": tail, "pre": bank[2], "bank": bank, "op": 0.55, "fp": 0.6}
    if tell == "idname" or r.random() < 0.35:
        nm = per["name"]
        if per["type"] == "foreign":
            feats.append(feat(f"name:{nm}", ["有我的名片"], [f"内有英文名片数张（{nm}）", f"名片印有{nm.upper()}"],
                              en="my business cards", fp=0.75, tell=(tell == "idname")))
        else:
            feats.append(feat(f"name:{nm}", [f"有我身份证，名字{nm}", f"身份证也在里面（{nm}）"], [f"内有身份证一张，姓名{nm}", f"身份证（{nm}）一张"],
                              fp=0.8, tell=(tell == "idname")))
    if tell == "photo" or r.random() < 0.25:
        po, pf, pe = r.choice(PHOTOS)
        feats.append(feat(f"photo:{po}", [f"夹着{po}", f"里面有{po}"], [f"夹有{pf}", f"内有{pf}"], en=f"{pe} inside", fp=0.75, tell=(tell == "photo")))
    if r.random() < 0.3:
        fac = FACTS[per["fac"]]["short"]
        o, f = r.choice([(["还有饭卡"], [f"{fac}饭卡一张"]), (["有张工资条"], ["工资条一张"]), (["里面放了个平安符"], ["内有平安符一个"]),
                         (["有几张超市小票"], ["购物小票若干"])])
        feats.append(feat("extra:" + o[0], o, f, fp=0.7))
    nouns = {"bifold": (["钱包", "钱包", "短款钱包", "男士钱包", "皮夹"], ["钱包", "男式短钱包", "皮夹子"]),
             "long": (["长款钱包", "钱包", "女士钱包", "长钱包"], ["女式长款钱包", "长钱包", "钱包"]),
             "coin": (["零钱包", "小钱包"], ["零钱包", "小零钱包"]),
             "cardholder": (["卡包", "卡夹"], ["卡包", "卡夹（钱包）"])}[kind]
    return mkobj("wallet", kind, nouns[0], nouns[1], "个", color, brand, None, serial, feats, noun_en=["wallet"])


# ---- keys
CHARMS = [("小熊公仔", "小熊玩偶挂件"), ("奥特曼挂件", "奥特曼公仔"), ("篮球挂件", "小篮球挂件"), ("葫芦挂件", "葫芦"),
          ("平安扣", "平安扣挂件"), ("开瓶器", "开瓶器"), ("指甲刀", "指甲剪"), ("毛绒球", "毛球挂件"),
          ("皮卡丘公仔", "皮卡丘挂件"), ("福字红绳", "“福”字红绳"), ("库洛米挂件", "库洛米公仔"), ("小铃铛", "铃铛")]


def gen_keys(r, W, per, force):
    kind = force.get("kind") or wchoice(r, [("bunch", 5), ("ebike_key", 4), ("fob", 2), ("car_key", 1), ("single", 1)])
    color = fget(force, "color", lambda: r.choice(["red", "blue", "black", "pink", "yellow", "green", "white", "brown"]))
    feats = []
    brand = None
    serial = None
    alt = None
    tell = r.choice(["charm", "tag"]) if kind in ("bunch", "fob") else "charm"
    n = {"bunch": r.randint(3, 6), "ebike_key": r.randint(1, 2), "fob": r.randint(1, 3), "car_key": 1, "single": 1}[kind]
    if kind == "ebike_key":
        brand = fget(force, "brand", lambda: r.choice(["yadea", "aima", "tailg", "sunra", "luyuan"]))
        feats.append(feat("remote", ["{B}电动车遥控钥匙", "一个{B}的遥控器"], ["{B}电动车遥控钥匙一个", "{B}遥控器"], fp=0.9))
    if kind == "car_key":
        brand = fget(force, "brand", lambda: r.choice(["wuling", "byd"]))
        feats.append(feat("carkey", ["{B}车钥匙", "{B}的遥控车钥匙"], ["{B}汽车遥控钥匙", "{B}车钥匙"], fp=0.95))
    if kind == "fob":
        alt = "other"
        fac = FACTS[per["fac"]]["short"]
        feats.append(feat("fob", [f"{fac}宿舍的门禁卡", "一个门禁扣"], [f"{fac}门禁卡一张", "门禁扣一个"], fp=0.9))
    if n > 1:
        no = n + (r.choice([-1, 1]) if r.random() < 0.2 else 0)
        feats.append(feat(f"n:{n}", [f"{no}把钥匙", f"一共{no}把"] + ([f"{CN_D[n-1]}{CN_D[n]}把钥匙"] if 2 <= n <= 6 else []),
                          [f"钥匙{n}把", f"共{n}把钥匙", f"{n}把钥匙"], fp=0.9))
    cho, chf = r.choice(CHARMS)
    feats.append(feat(f"charm:{cho}", [f"挂着个{{C}}{cho}", f"钥匙扣是{{C}}的{cho}", f"上面有个{cho}，{{C}}的"],
                      [f"挂{{C}}{chf}", f"带{{C}}{chf}", f"钥匙扣为{{C}}{chf}"], fp=0.95, tell=(tell == "charm")))
    if tell == "tag" or (kind == "bunch" and r.random() < 0.3):
        bld = r.choice(["C", "B", "G", "A", "7栋", "3栋"])
        room = f"{bld}{per.get('room', '502')}" if len(bld) == 1 else f"{bld}{per.get('room', '502')}"
        feats.append(feat(f"tag:{room}", [f"钥匙牌写着{room}", f"{room}宿舍的钥匙", f"有个小牌子写{room}"],
                          [f"挂塑料牌写“{room}”", f"钥匙牌上写有{room}", f"贴有“{room}”标签"], fp=0.9, tell=(tell == "tag")))
        if len(bld) == 1:
            serial = {"kind": "tag", "v": room, "op": 0.4, "fp": 0.7}
    if r.random() < 0.3:
        feats.append(feat("extra", r.choice([["还有一把小的信箱钥匙"], ["有把U型锁的钥匙"], ["其中一把是铜色的老钥匙"]]),
                          r.choice([["另有小钥匙一把"], ["含U型锁钥匙"], ["有一把铜钥匙"]]), fp=0.7))
    nouns = {"bunch": (["钥匙", "钥匙串", "宿舍钥匙"], ["钥匙串", "钥匙", "钥匙串"]),
             "ebike_key": (["电动车钥匙", "电车钥匙", "车钥匙"], ["电动车钥匙", "电瓶车钥匙", "钥匙"]),
             "fob": (["门禁卡和钥匙", "钥匙和门禁", "门禁扣钥匙"], ["门禁卡连钥匙", "钥匙（带门禁卡）"]),
             "car_key": (["车钥匙", "汽车钥匙"], ["汽车钥匙", "车钥匙"]),
             "single": (["钥匙", "钥匙"], ["钥匙", "单把钥匙"])}[kind]
    return mkobj("keys", kind, nouns[0], nouns[1], "串" if n > 1 else "把", color, brand, None, serial, feats, alt_cat=alt)


# ---- e-bikes and their batteries
EBIKE_MODELS = {"yadea": ["冠能Q7", "DE6X", "欧睿T3"], "aima": ["小蜜豆S", "A505", "引领X"], "tailg": ["超能T5", "狮子王Q6"],
                "sunra": ["XC3", "小金刚S"], "niu": ["G3 Lite", "U3Q"], "luyuan": ["INNO7 Q", "MODA Q"]}
FRAME_PFX = {"yadea": "YD", "aima": "AM", "tailg": "TL", "sunra": "XR", "niu": "NU", "luyuan": "LY"}


def gen_ebike(r, W, per, force):
    kind = force.get("kind") or wchoice(r, [("ebike", 7), ("battery", 3)])
    feats = []
    if kind == "battery":
        brand = fget(force, "brand", lambda: r.choice(["tianneng", "chaowei", "chaowei", "yadea", "tianneng"]))
        spec = r.choice(["48V20Ah", "60V20Ah", "48V12Ah", "72V32Ah", "48V24Ah"])
        typ = r.choice(["铅酸", "锂电"]) if spec != "72V32Ah" else "铅酸"
        model = fget(force, "model", lambda: spec)
        color = fget(force, "color", lambda: r.choice(["black", "gray", "blue", "green", "black"]))
        feats.append(feat(f"type:{typ}", [f"{typ}的", f"{typ}电池"], [f"{typ}电池", f"{typ}"], fp=0.8))
        tell = r.choice(["marker", "tape"])
        if tell == "marker":
            mk = r.choice([per.get("room", "302"), per["name"][0] + "记", "C" + per.get("room", "302")])
            feats.append(feat(f"marker:{mk}", [f"上面用记号笔写了“{mk}”", f"电池壳上写着{mk}"], [f"外壳记号笔写有“{mk}”", f"侧面写着{mk}"], fp=0.9, tell=True))
        else:
            tp = r.choice(["黑胶布", "黄色胶带", "红色电工胶布"])
            feats.append(feat(f"tape:{tp}", [f"提手缠了{tp}", f"缠着{tp}"], [f"提手处缠{tp}", f"缠有{tp}"], fp=0.9, tell=True))
        if r.random() < 0.4:
            feats.append(feat("handle", ["提手断了一边"], ["提手断裂"], fp=0.9))
        if r.random() < 0.4:
            feats.append(feat("when", [f"上个月刚换的，花了{r.choice([650, 780, 1100, 1600])}"]))
        serial = {"kind": "battery", "v": f"{BRANDS[brand][2][:2].upper()}{spec[:2]}-{r.randint(2301, 2410)}-{r.choice('ABCDE')}{digits(r, 5)}", "op": 0.2, "fp": 0.5}
        return mkobj("ebike", kind, ["电瓶", "电池", "电动车电池", "电动车电瓶"], ["电动车电瓶", "蓄电池", "电池", "电动车电池"], "块",
                     color, brand, model, serial, feats, alt_cat=r.choice(["electronics", "other"]))
    brand = fget(force, "brand", lambda: r.choice(["yadea", "yadea", "aima", "aima", "tailg", "sunra", "niu", "luyuan"]))
    model = fget(force, "model", lambda: r.choice(EBIKE_MODELS[brand]))
    color = fget(force, "color", lambda: r.choice(["black", "white", "blue", "red", "gray", "green", "pink", "silver", "white"]))
    plate = f"石岭{r.choice('ABCDE')}{digits(r, 5)}" if r.random() < 0.85 else None
    frame = f"{FRAME_PFX[brand]}{r.randint(21, 24)}{r.choice('ABCKMT')}{digits(r, 6)}"
    tell = r.choice(["quilt", "sticker", "box", "mirror"])
    quilts = ["迷彩", "红格子", "黑色加厚", "卡通图案", "蓝色防水", "碎花"]
    if tell == "quilt" or r.random() < 0.4:
        q = r.choice(quilts)
        feats.append(feat(f"quilt:{q}", [f"装了{q}挡风被", f"有{q}的挡风被"], [f"车头有{q}挡风被", f"配{q}挡风被"], fp=0.95, tell=(tell == "quilt")))
    if tell == "sticker" or r.random() < 0.3:
        s = r.choice(["“佛系青年”", "“别摸我”", "“一路平安”", "皮卡丘", "“新手上路”", "“打工人”"])
        feats.append(feat(f"sticker:{s}", [f"车尾贴了{s}贴纸", f"后面贴着{s}"], [f"车尾贴有{s}贴纸", f"尾部贴{s}"], fp=0.9, tell=(tell == "sticker")))
    if tell == "box" or r.random() < 0.35:
        b = r.choice(["黑色尾箱", "白色尾箱", "外卖箱", "后座加装了儿童座椅", "后座加了靠背"])
        feats.append(feat(f"box:{b}", [f"后面有{b}" if "加" not in b else b], [f"后部有{b}" if "加" not in b else b.replace("加装了", "加装").replace("加了", "加装")], fp=0.95, tell=(tell == "box")))
    if tell == "mirror" or r.random() < 0.3:
        m = r.choice(["左边后视镜断了", "右边后视镜没了", "前挡泥板裂了", "车把手缠了胶布", "座垫破了个口"])
        feats.append(feat(f"dmg:{m}", [m], [m.replace("了", "").replace("没", "缺失") + "（已损）" if r.random() < 0.3 else m], fp=0.9, tell=(tell == "mirror")))
    if r.random() < 0.5:
        feats.append(feat("basket", ["前面有车筐", "带车篮"], ["带前车筐", "有车篮"], fp=0.9))
    if r.random() < 0.3:
        feats.append(feat("holder", ["车把上装了手机支架"], ["车把装有手机支架"], fp=0.85))
    if r.random() < 0.5:
        bb = r.choice(["天能", "超威", "原装"])
        feats.append(feat("batt", [f"电池是{bb}的{r.choice(['48V', '60V'])}", f"{bb}电瓶"], ["电池在车上", "电瓶已被拆走"] if r.random() < 0.3 else [], fp=0.6))
    if r.random() < 0.35:
        feats.append(feat("paid", [f"{r.randint(2, 20)}个月前买的，花了{r.choice([2399, 2899, 3299, 3699, 4599])}", "有购车发票和合格证"]))
    if r.random() < 0.3:
        feats.append(feat("lock", ["锁了龙头锁", "钥匙还在我这里"]))
    if plate:
        serial = {"kind": "plate", "v": plate, "frame": frame, "op": 0.75, "fp": 0.85}
    else:
        serial = {"kind": "frame", "v": frame, "op": 0.5, "fp": 0.3}
        feats.append(feat("noplate", ["还没上牌", "没挂牌"], ["无车牌", "未挂牌照"], fp=0.95))
    return mkobj("ebike", kind, ["电动车", "电瓶车", "电车", "电动车"], ["电动车", "电动自行车", "电瓶车"], "辆",
                 color, brand, model, serial, feats)


# ---- bicycles
BIKE_MODELS = {"giant": ["ATX 735", "Escape 3S"], "xds": ["英雄550", "XC700"], "forever": ["QJ-26"], "phoenix": ["FH-2611"], "merida": ["勇士520"]}


def gen_bicycle(r, W, per, force):
    kind = force.get("kind") or wchoice(r, [("mtb", 4), ("city", 3), ("folding", 2), ("kids", 1)])
    brand = fget(force, "brand", lambda: r.choice(["giant", "xds", "forever", "phoenix", "merida", None]))
    model = fget(force, "model", lambda: r.choice(BIKE_MODELS[brand]) if brand and r.random() < 0.6 else None)
    color = fget(force, "color", lambda: r.choice(["black", "white", "blue", "red", "gray", "green", "yellow", "orange"]))
    feats = []
    tell = r.choice(["seat", "lock", "bell"])
    if tell == "seat" or r.random() < 0.3:
        s = r.choice(["豹纹", "卡通", "黑色海绵", "红色"])
        feats.append(feat(f"seat:{s}", [f"座垫套了{s}座套", f"{s}座套"], [f"座垫有{s}座套", f"套{s}座套"], fp=0.9, tell=(tell == "seat")))
    if tell == "lock" or r.random() < 0.3:
        l = r.choice(["U型锁", "钢缆锁", "密码锁"])
        feats.append(feat(f"lock:{l}", [f"车上挂着{l}", f"后轮锁了{l}"], [f"后轮挂{l}", f"带{l}（锁着）"], fp=0.9, tell=(tell == "lock")))
    if tell == "bell" or r.random() < 0.3:
        b = r.choice(["前面装了车灯", "车铃是小黄鸭的", "后面有货架", "前面有车筐", "车把缠了红胶带"])
        feats.append(feat(f"acc:{b}", [b], [b.replace("装了", "装有").replace("是", "为")], fp=0.9, tell=(tell == "bell")))
    if kind == "kids":
        feats.append(feat("training", ["带辅助轮", "有两个小辅助轮"], ["带辅助轮"], fp=0.95))
    if r.random() < 0.4:
        feats.append(feat("gear", ["变速坏了", "前轮有点没气"], ["前轮气不足"] if r.random() < 0.5 else [], fp=0.6))
    frame = f"{(BRANDS[brand][2][:2] if brand else 'SL').upper()}{r.randint(19, 24)}{r.choice('KMTX')}{digits(r, 6)}"
    serial = {"kind": "frame", "v": frame, "op": 0.25, "fp": 0.3}
    nouns = {"mtb": (["山地车", "自行车", "单车"], ["山地自行车", "自行车"]), "city": (["自行车", "单车"], ["自行车", "普通自行车"]),
             "folding": (["折叠车", "折叠自行车"], ["折叠自行车", "折叠车"]), "kids": (["儿童自行车", "小孩的自行车"], ["儿童自行车", "童车"])}[kind]
    return mkobj("bicycle", kind, nouns[0], nouns[1], "辆", color, brand, model, serial, feats)


# ---- bags
def gen_bag(r, W, per, force):
    kind = force.get("kind") or wchoice(r, [("backpack", 5), ("cross", 3), ("hand", 2), ("woven", 2), ("suitcase", 1),
                                          ("waist", 2), ("canvas", 2), ("laptop", 1)])
    bopts = {"backpack": [None, "nike", "adidas", "anta", "lining", "xiaomi"], "cross": [None, "nike", "lining", "coach"],
             "hand": [None, "coach", "playboy"], "woven": [None], "suitcase": [None, "xiaomi"], "waist": [None, "anta", "nike"],
             "canvas": [None], "laptop": [None, "lenovo", "xiaomi"]}[kind]
    brand = fget(force, "brand", lambda: r.choice(bopts))
    color = fget(force, "color", lambda: r.choice(["black", "black", "blue", "gray", "red", "white", "green", "pink", "brown"]))
    if kind == "woven":
        color = fget(force, "color", lambda: r.choice(["red", "blue", "white"]))
    feats = []
    pool = [("工服", "一套工服", "蓝色工服一件", "a work uniform"), ("饭盒", "一个饭盒", "不锈钢饭盒一个", "a lunch box"),
            ("充电器", "手机充电器", "充电器一个", "a phone charger"), ("毛巾", "一条毛巾", "毛巾一条", "a towel"),
            ("水杯", "一个水杯", "塑料水杯一个", "a water bottle"), ("笔记本", "一本笔记本", "笔记本一本", "a notebook"),
            ("药", "几盒感冒药", "药品若干", "some medicine"), ("衣服", "几件换洗衣服", "衣物若干", "some clothes"),
            ("雨伞", "一把折叠伞", "折叠伞一把", "an umbrella"), ("零食", "一些零食", "零食若干", "snacks"),
            ("体检报告", "入职体检报告", "体检报告一份", "a medical report"), ("腊肉", "老家带来的腊肉", "腊肉两块", "some cured meat"),
            ("样品", "几块PCB样品板", "电路板样品数块", "PCB samples"), ("合同", "一份采购合同", "英文合同文件", "purchase contracts"),
            ("鞋", "一双拖鞋", "拖鞋一双", "slippers"), ("书", "一本《电工基础》", "《电工基础》一本", "a book")]
    if kind == "woven":
        pool = [("被子", "一床被子", "被子一床", "a quilt"), ("衣服", "衣服和鞋", "衣物若干", "clothes"),
                ("腊肉", "老家带的腊肉和辣椒", "腊肉、干辣椒", "cured meat"), ("脸盆", "脸盆和桶", "塑料盆一个", "a basin")]
    picks = []
    idxs = list(range(len(pool)))
    r.shuffle(idxs)
    for i in idxs[:r.randint(2, 4)]:
        picks.append(pool[i])
    tell = r.choice(["contents", "charm", "writing"])
    for j, (k, o, f, en) in enumerate(picks):
        feats.append(feat(f"in:{k}", [f"里面有{o}", o], [f"内有{f}", f], en=en + " inside", fp=0.7, tell=(tell == "contents" and j == 0)))
    if tell == "charm" or r.random() < 0.25:
        c, ce = r.choice(CHARS)
        feats.append(feat(f"charm:{c}", [f"拉链上挂了个{c}挂件", f"包上挂着{c}"], [f"拉链挂{c}挂件", f"包外挂{c}公仔"],
                          en=f"a {ce} keychain on the zip", fp=0.95, tell=(tell == "charm")))
    if tell == "writing" or r.random() < 0.2:
        if kind == "woven":
            w = per["name"] if r.random() < 0.5 else per.get("prov", "湖南") + per.get("city", "")
            feats.append(feat(f"writing:{w}", [f"袋子上用油漆写了{w}", f"外面写着“{w}”"], [f"袋身写有“{w}”", f"袋上油漆字“{w}”"], fp=0.95, tell=(tell == "writing")))
        else:
            o, f, en = r.choice([("包带断过，用线缝的", "包带有缝补痕迹", "the strap was sewn"),
                                 ("侧面有块油渍", "侧面有油渍", "an oil stain on the side"),
                                 ("包上别了个党徽", "包上别徽章一枚", "a pin badge"),
                                 ("拉链头换成了回形针", "拉链头为回形针", "a paperclip as zip pull"),
                                 ("前面印着“石岭职校”", "印有“石岭职校”字样", "a school logo")])
            feats.append(feat(f"writing:{o}", [o], [f], en=en, fp=0.9, tell=(tell == "writing")))
    if r.random() < 0.25 and per["type"] != "foreign":
        feats.append(feat("idin", [f"有我的身份证，名字{per['name']}"], [f"内有身份证（{per['name']}）"], fp=0.6))
    nouns = {"backpack": (["双肩包", "背包", "书包"], ["双肩背包", "背包", "双肩包"], ["backpack"]),
             "cross": (["斜挎包", "挎包", "小包"], ["斜挎包", "单肩包"], ["shoulder bag"]),
             "hand": (["手提包", "包包", "女士包"], ["女士手提包", "手提包"], ["handbag"]),
             "woven": (["编织袋", "蛇皮袋", "大袋子"], ["编织袋", "蛇皮袋"], ["woven bag"]),
             "suitcase": (["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱"], ["suitcase"]),
             "waist": (["腰包", "挎包", "快递腰包"], ["腰包", "小腰包"], ["waist bag"]),
             "canvas": (["帆布袋", "帆布包", "布袋"], ["帆布袋", "帆布手提袋"], ["canvas bag"]),
             "laptop": (["电脑包", "笔记本电脑包"], ["电脑包", "公文包"], ["laptop bag"])}[kind]
    return mkobj("bag", kind, nouns[0], nouns[1], "个", color, brand, None, None, feats, noun_en=nouns[2])


# ---- cash
def gen_cash(r, W, per, force):
    kind = force.get("kind") or wchoice(r, [("envelope", 3), ("paybag", 2), ("bundle", 2), ("redpacket", 1), ("plastic", 1)])
    color = fget(force, "color", lambda: {"envelope": r.choice(["brown", "white", "brown"]), "paybag": "brown", "bundle": None,
                                          "redpacket": "red", "plastic": r.choice(["black", "white", "red"])}[kind])
    amt = {"envelope": r.choice([800, 1000, 1200, 1500, 2000, 2300, 3000]),
           "paybag": r.choice([3200, 4100, 4600, 5300, 5800, 6400]),
           "bundle": r.choice([500, 700, 900, 1100, 1600]),
           "redpacket": r.choice([200, 600, 800, 1000]),
           "plastic": r.choice([300, 450, 620, 880])}[kind]
    feats = []
    exact_o = r.random() < 0.6
    amt_o = [f"一共{amt}元", f"{amt}块钱", f"现金{amt}"] if exact_o else [f"大概{approx_amount(r, amt)}", f"{approx_amount(r, amt)}，具体记不清"]
    amt_f = [f"现金{amt}元", f"经清点共{amt}元", f"人民币{amt}元"]
    if r.random() < 0.1:
        amt_f = [f"现金{amt - r.choice([50, 100])}元（当面清点）"]
    feats.append(feat(f"amt:{amt}", amt_o, amt_f, fp=0.95, tell=True))
    deno = r.choice(["都是一百的", "一百的和五十的都有", "有几张二十的零钱"])
    feats.append(feat("deno", [deno], ["面额100元为主" if "一百" in deno else "面额有100、50、20"], fp=0.6))
    if kind in ("envelope", "paybag", "redpacket") and r.random() < 0.7:
        w = r.choice([f"{per.get('room', '302')}房租", "11月工资", f"给妈妈", f"{per['name']}", "生活费", f"{FACTS[per['fac']]['short']}工资袋"])
        feats.append(feat(f"w:{w}", [f"上面写着“{w}”", f"信封上写了{w}"], [f"封面写有“{w}”", f"写着“{w}”"], fp=0.9))
    if kind == "bundle":
        feats.append(feat("band", ["用橡皮筋扎着", "拿皮筋捆的"], ["橡皮筋捆扎", "用皮筋扎成一卷"], fp=0.95))
    if r.random() < 0.5:
        feats.append(feat("why", r.choice([["是这个月的工资"], ["准备寄回老家的"], ["刚从ATM取的"], ["交房租的钱"], ["给小孩交学费的"]])))
    nouns = {"envelope": (["信封（装着现金）", "装钱的信封", "信封"], ["信封（内装现金）", "牛皮纸信封", "现金信封"]),
             "paybag": (["工资袋", "工资袋（里面是现金）"], ["工资袋（内有现金）", "工资袋"]),
             "bundle": (["现金", "钱", "现金"], ["现金", "人民币现金", "现金"]),
             "redpacket": (["红包", "利是封"], ["红包（内有现金）", "红包"]),
             "plastic": (["塑料袋装的现金", "装零钱的塑料袋"], ["塑料袋（内有现金）", "装钱的塑料袋"])}[kind]
    return mkobj("cash", kind, nouns[0], nouns[1], "个" if kind != "bundle" else "沓", color, None, None, None, feats)


# ---- jewelry
def gen_jewelry(r, W, per, force):
    kind = force.get("kind") or wchoice(r, [("necklace", 3), ("bracelet", 2), ("ring", 2), ("bangle", 2), ("jade", 2),
                                          ("earring", 1), ("redstring", 3)])
    brand = fget(force, "brand", lambda: r.choice([None, None, "ctf", "lfx", "liufu", "css"]) if kind != "jade" else None)
    color = fget(force, "color", lambda: {"bangle": "silver", "jade": "green", "redstring": "red"}.get(kind, r.choice(["gold", "gold", "silver"])))
    feats = []
    w = round(r.uniform(1.5, 12.0), 1) if kind not in ("jade", "redstring") else round(r.uniform(0.5, 3.0), 1)
    feats.append(feat(f"w:{w}", [f"大概{w}克", f"{round(w)}克左右"], [f"称重约{round(w + r.choice([-0.2, -0.1, 0, 0.1]), 1)}克"], fp=0.5))
    tell = r.choice(["engrave", "pendant"])
    if tell == "engrave" or r.random() < 0.3:
        e = r.choice(["LOVE", "平安", "520", "ZL♡HM", "永结同心", "福", "2019.10.01", "XY"])
        feats.append(feat(f"eng:{e}", [f"刻着“{e}”", f"内圈刻了{e}"], [f"刻有“{e}”字样", f"内侧刻字“{e}”"], fp=0.85, tell=(tell == "engrave")))
    if tell == "pendant" or r.random() < 0.4:
        p = r.choice(["生肖兔吊坠", "貔貅", "小葫芦", "观音", "平安扣", "心形吊坠", "转运珠", "四叶草"])
        feats.append(feat(f"pend:{p}", [f"挂着{p}", f"有个{p}"], [f"带{p}", f"坠{p}"], fp=0.95, tell=(tell == "pendant")))
    if r.random() < 0.35:
        feats.append(feat("clasp", ["扣子有点松", "搭扣坏了"], ["搭扣已断", "扣头松脱"], fp=0.8))
    if r.random() < 0.3:
        feats.append(feat("gift", [r.choice(["结婚时老公送的", "我妈留给我的", "去年在老家金店买的"])]))
    nouns = {"necklace": (["金项链", "项链"], ["项链", "链子"]), "bracelet": (["手链", "金手链"], ["手链", "链子"]),
             "ring": (["戒指", "金戒指"], ["戒指", "指环"]), "bangle": (["银手镯", "手镯"], ["手镯", "镯子"]),
             "jade": (["玉镯子", "玉手镯", "翡翠手镯"], ["玉手镯", "镯子"]), "earring": (["耳环", "耳环"], ["耳环", "耳饰"]),
             "redstring": (["红绳手链", "转运珠红绳", "红绳"], ["红绳手链", "红色手绳"])}[kind]
    return mkobj("jewelry", kind, nouns[0], nouns[1], "条" if kind in ("necklace", "bracelet", "redstring") else "个",
                 color, brand, None, None, feats)


# ---- electronics
ELEC = {
    "earbuds": ([("apple", ["AirPods 3 Lite"]), ("huawei", ["FreeBuds Q8"]), ("xiaomi", ["Buds 5 Mini"])], ["white", "black", "white"],
                ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "无线耳机（带充电仓）"], ["earbuds", "AirPods"]),
    "powerbank": ([("anker", ["PowerCore Q20"]), ("romoss", ["Sense 8X", "PHQ20"]), ("xiaomi", ["移动电源 Q3"])], ["white", "black", "blue", "pink"],
                  ["充电宝", "移动电源"], ["充电宝", "移动电源"], ["power bank"]),
    "tablet": ([("apple", ["iPad Air 5S"]), ("huawei", ["MatePad Q11"]), ("lenovo", ["小新 Pad 12X"])], ["gray", "silver", "blue"],
               ["平板", "平板电脑", "iPad"], ["平板电脑", "平板"], ["tablet", "iPad"]),
    "laptop": ([("lenovo", ["小新 Air 15X", "ThinkBook 13 K2"]), ("huawei", ["MateBook D17X"]), ("apple", ["MacBook Air 13S"])], ["silver", "gray", "black"],
               ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑", "手提电脑"], ["laptop"]),
    "watch": ([("huawei", ["Watch Fit Q"]), ("xiaomi", ["手环 9X"]), ("apple", ["Watch S12 Lite"])], ["black", "pink", "white", "green"],
              ["手表", "智能手表", "手环"], ["智能手表", "运动手环", "电子手表"], ["smart watch"]),
    "game": ([("nintendo", ["Switch Mini 2"])], ["red", "gray", "blue"], ["游戏机", "switch"], ["游戏机", "掌上游戏机"], ["game console"]),
    "walkie": ([("weixun", ["WX-580"])], ["black"], ["对讲机"], ["对讲机"], ["walkie-talkie"]),
    "scanner": ([("xunsao", ["X9 巴枪"])], ["black", "yellow"], ["巴枪", "扫码枪", "快递巴枪"], ["巴枪（快递扫码机）", "手持扫码终端"], ["scanner"]),
    "camera": ([("sony", ["ZV-E20"])], ["black"], ["相机", "微单"], ["数码相机", "相机"], ["camera"]),
}


def gen_electronics(r, W, per, force):
    if per["type"] == "courier" and "kind" not in force:
        kind = r.choice(["scanner", "powerbank", "earbuds"])
    else:
        kind = force.get("kind") or wchoice(r, [("earbuds", 5), ("powerbank", 4), ("tablet", 2), ("laptop", 2), ("watch", 3),
                                              ("game", 1), ("walkie", 1), ("camera", 1 if per["type"] == "foreign" else 0)])
    bms, cols, no, nf, ne = ELEC[kind]
    bpick = r.choice(bms)
    brand = fget(force, "brand", lambda: bpick[0])
    mlist = dict(bms).get(brand, bpick[1])
    model = fget(force, "model", lambda: r.choice(mlist))
    color = fget(force, "color", lambda: r.choice(cols))
    feats = []
    tell = r.choice(["cover", "sticker", "label"])
    if tell == "cover" or r.random() < 0.3:
        c, ce = r.choice(CHARS)
        what = {"earbuds": "耳机套", "watch": "表带", "tablet": "保护套", "laptop": "电脑外壳贴膜"}.get(kind, "外壳贴纸")
        feats.append(feat(f"cover:{c}", [f"{what}是{c}的", f"套了个{c}{what}"], [f"{c}图案{what}", f"带{c}{what}"],
                          en=f"a {ce} {'cover' if kind != 'watch' else 'strap'}", fp=0.95, tell=(tell == "cover")))
    if tell == "sticker" or r.random() < 0.3:
        s = r.choice(["NASA", "熊本熊", "“暴富”", "樱花", "足球", "“石岭职校”"])
        feats.append(feat(f"stk:{s}", [f"上面贴了个{s}贴纸", f"贴着{s}"], [f"贴有{s}贴纸", f"表面贴{s}"], en=f"a {s} sticker", fp=0.9, tell=(tell == "sticker")))
    if tell == "label" or r.random() < 0.2:
        nm = per["name"]
        lab = nm if per["type"] != "foreign" else nm.split()[0]
        feats.append(feat(f"label:{lab}", [f"背面贴了写着{lab}的标签", f"上面写了我名字{lab}"], [f"背面贴标签“{lab}”", f"写有名字“{lab}”"],
                          en=f"my name {lab} on a label", fp=0.9, tell=(tell == "label")))
    if kind == "earbuds" and r.random() < 0.3:
        side = r.choice(["左", "右"])
        feats.append(feat(f"only:{side}", [f"盒子里只有{side}耳", f"{'右' if side == '左' else '左'}耳之前就丢了"], [f"仓内仅有{side}耳", f"只有{side}耳一只"], fp=0.9))
    if kind == "powerbank":
        feats.append(feat("cap", [r.choice(["20000毫安的", "10000毫安", "两万毫安"])], ["容量20000mAh" if r.random() < 0.5 else "容量10000mAh"], fp=0.7))
    if r.random() < 0.35:
        feats.append(feat("scratch", ["边上有划痕", "角上磕掉了一点漆"], ["边缘有划痕", "一角掉漆"], fp=0.8))
    if r.random() < 0.35:
        feats.append(feat("pw", [r.choice(["开机密码是我生日", "绑定了我的账号，可以定位", "买的时候的盒子还在"])], en="it is linked to my account"))
    if brand != "apple":
        no = [x for x in no if x != "iPad"]
        ne = [x for x in ne if x not in ("iPad", "AirPods")]
    serial = None
    if kind in ("earbuds", "tablet", "laptop", "watch", "game", "camera"):
        sn = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([10, 11, 12])))
        serial = {"kind": "sn", "v": sn, "op": 0.3, "fp": 0.35 if kind in ("laptop", "tablet", "camera") else 0.2}
    return mkobj("electronics", kind, no, nf, "个" if kind not in ("laptop", "tablet", "camera") else "台", color, brand, model,
                 serial, feats, noun_en=ne)


# ---- other
def gen_other(r, W, per, force):
    kind = force.get("kind") or wchoice(r, [("umbrella", 3), ("thermos", 3), ("hardhat", 2), ("uniform", 2), ("glasses", 2),
                                          ("medicine", 2), ("parcel", 2), ("stroller", 1), ("cane", 1), ("toolbag", 1),
                                          ("hearing", 1), ("quilt", 1)])
    brand = None
    model = None
    serial = None
    feats = []
    nm = per["name"]
    if kind == "umbrella":
        brand = fget(force, "brand", lambda: r.choice(["paradise", None]))
        color = fget(force, "color", lambda: r.choice(["black", "blue", "red", "purple", "green"]))
        t = r.choice(["handle", "broken", "pattern"])
        feats.append(feat("fold", [r.choice(["折叠伞", "三折的"])], ["三折伞", "折叠伞"], fp=0.9))
        v = {"handle": ("伞柄是木头的", "木质伞柄"), "broken": ("有一根伞骨断了", "一根伞骨折断"), "pattern": ("伞面有小猫图案", "伞面印小猫图案")}[t]
        feats.append(feat(f"u:{t}", [v[0]], [v[1]], fp=0.9, tell=True))
        no, nf, cl = ["雨伞", "伞"], ["雨伞", "折叠伞"], "把"
    elif kind == "thermos":
        brand = fget(force, "brand", lambda: r.choice(["fuguang", "thermos", None]))
        color = fget(force, "color", lambda: r.choice(["black", "white", "pink", "blue", "green", "silver"]))
        t = r.choice(["name", "sticker", "dent"])
        v = {"name": (f"杯底写了{nm}", f"杯底写有“{nm}”"), "sticker": ("杯身贴了个小熊贴纸", "杯身贴小熊贴纸"), "dent": ("杯子底部磕瘪了一块", "底部有凹痕")}[t]
        feats.append(feat(f"t:{t}:{v[0]}", [v[0]], [v[1]], fp=0.9, tell=True))
        if r.random() < 0.5:
            feats.append(feat("tea", ["里面还泡着枸杞", "装着菊花茶"], ["内有茶水"], fp=0.7))
        no, nf, cl = ["保温杯", "水杯", "杯子"], ["保温杯", "不锈钢保温杯"], "个"
    elif kind == "hardhat":
        color = fget(force, "color", lambda: r.choice(["yellow", "white", "red", "blue"]))
        fac = FACTS[per["fac"]]
        feats.append(feat(f"name:{nm}", [f"帽子后面写着{nm}", f"贴了我名字{nm}"], [f"帽后写有“{nm}”", f"贴名字标签“{nm}”"], fp=0.9, tell=True))
        feats.append(feat("fac", [f"{fac['short']}发的"], [f"印有{fac['name']}标志"], fp=0.8))
        serial = {"kind": "badge", "v": f"{fac['code']}{r.randint(18, 24)}{digits(r, 6)}", "op": 0.3, "fp": 0.5}
        no, nf, cl = ["安全帽", "安全头盔"], ["安全帽", "施工安全帽"], "顶"
    elif kind == "uniform":
        color = fget(force, "color", lambda: r.choice(["blue", "gray", "white", "green"]))
        fac = FACTS[per["fac"]]
        feats.append(feat(f"name:{nm}", [f"胸口名牌写着{nm}", f"工衣上有我名字{nm}"], [f"胸前名牌“{nm}”", f"工衣名牌：{nm}"], fp=0.9, tell=True))
        feats.append(feat("fac", [f"{fac['short']}的工衣", "防静电服"], [f"{fac['name']}工衣", "防静电工作服"], fp=0.85))
        no, nf, cl = ["工衣", "工作服", "厂服"], ["工作服", "工衣", "防静电服"], "件"
    elif kind == "glasses":
        color = fget(force, "color", lambda: r.choice(["black", "brown", "silver", "red"]))
        t = r.choice(["case", "deg", "tape"])
        v = {"case": ("眼镜盒上印着“明亮眼镜店”", "眼镜盒印“明亮眼镜店”"), "deg": ("近视600度，左边镜片有划痕", "左镜片有划痕"),
             "tape": ("镜腿用胶布缠过", "一只镜腿缠胶布")}[t]
        feats.append(feat(f"g:{t}", [v[0]], [v[1]], fp=0.9, tell=True))
        no, nf, cl = ["眼镜", "近视眼镜"], ["眼镜（带盒）", "近视眼镜"], "副"
    elif kind == "medicine":
        color = fget(force, "color", lambda: r.choice(["white", "blue"]))
        feats.append(feat(f"name:{nm}", [f"里面有病历本，名字{nm}", f"药袋上写着{nm}"], [f"药袋标签姓名“{nm}”", f"内有病历本（{nm}）"], fp=0.85, tell=True))
        feats.append(feat("drug", [r.choice(["降压药", "治胃病的药", "小孩退烧药"])], ["药品数盒"], fp=0.8))
        no, nf, cl = ["药袋", "药", "药和病历本"], ["药袋（仁和诊所）", "药品"], "袋"
    elif kind == "parcel":
        color = fget(force, "color", lambda: r.choice(["brown", "white", "black"]))
        wb = "LL" + digits(r, 12)
        feats.append(feat(f"to:{nm}", [f"收件人是我，{nm}", f"收件人{nm}"], [f"收件人{mask_name(nm)}", f"面单收件人：{mask_name(nm)}"], fp=0.9, tell=True))
        feats.append(feat("what", [r.choice(["里面是一双鞋", "买的衣服", "给小孩买的玩具", "手机壳和数据线"])]))
        serial = {"kind": "waybill", "v": wb, "op": 0.5, "fp": 0.8}
        no, nf, cl = ["快递", "快递包裹", "包裹"], ["快递包裹", "快递件"], "个"
    elif kind == "stroller":
        color = fget(force, "color", lambda: r.choice(["gray", "pink", "blue"]))
        feats.append(feat("fold", ["可以折叠的", "折叠的伞车"], ["折叠式", "伞车"], fp=0.9))
        t = r.choice(["toy", "cover"])
        v = {"toy": ("把手上挂着小鸭子玩具", "把手挂黄色小鸭玩具"), "cover": ("篷子上有个破洞", "遮阳篷破了个洞")}[t]
        feats.append(feat(f"s:{t}", [v[0]], [v[1]], fp=0.9, tell=True))
        no, nf, cl = ["婴儿推车", "推车", "小孩推车"], ["婴儿推车", "儿童推车"], "辆"
    elif kind == "cane":
        color = fget(force, "color", lambda: r.choice(["brown", "black", "silver"]))
        t = r.choice(["foot", "grip"])
        v = {"foot": ("底下是四个脚的", "四脚拐杖"), "grip": ("手柄缠着红布", "手柄缠红布条")}[t]
        feats.append(feat(f"c:{t}", [v[0]], [v[1]], fp=0.95, tell=True))
        no, nf, cl = ["拐杖", "拐棍"], ["拐杖", "木拐杖"], "根"
    elif kind == "toolbag":
        color = fget(force, "color", lambda: r.choice(["black", "blue", "orange"]))
        t = r.choice(["meter", "name"])
        v = {"meter": ("里面有个万用表", "内有万用表一台"), "name": (f"包上写着{nm}", f"工具包写名“{nm}”")}[t]
        feats.append(feat(f"tb:{t}", [v[0]], [v[1]], fp=0.85, tell=True))
        feats.append(feat("tools", ["螺丝刀扳手电烙铁", "一套螺丝刀"], ["螺丝刀、扳手等工具", "工具若干"], fp=0.8))
        no, nf, cl = ["工具包", "工具袋"], ["工具包", "工具袋"], "个"
    elif kind == "hearing":
        color = fget(force, "color", lambda: r.choice(["brown", "silver", "white"]))
        feats.append(feat("box", ["装在小盒子里", "用个小圆盒装着"], ["带小盒", "装于圆形小盒"], fp=0.9))
        t = r.choice(["left", "right"])
        feats.append(feat(f"h:{t}", [f"是{'左' if t == 'left' else '右'}耳的"], [f"{'左' if t == 'left' else '右'}耳助听器"], fp=0.6, tell=True))
        no, nf, cl = ["助听器"], ["助听器", "耳背式助听器"], "个"
    else:  # quilt
        color = fget(force, "color", lambda: r.choice(["red", "blue", "pink", "green"]))
        t = r.choice(["flower", "cartoon", "check"])
        v = {"flower": ("被套是大花的", "大花被套"), "cartoon": ("被套有卡通熊", "卡通熊图案被套"), "check": ("格子被套", "格子图案被套")}[t]
        feats.append(feat(f"q:{t}", [v[0]], [v[1]], fp=0.95, tell=True))
        feats.append(feat("rope", ["用绳子捆着", "用打包带扎的"], ["绳子捆扎", "打包带捆着"], fp=0.9))
        no, nf, cl = ["被子", "铺盖", "被子"], ["被子", "棉被"], "床"
    return mkobj("other", kind, no, nf, cl, color, brand, model, serial, feats)


GEN = {"phone": gen_phone, "id_doc": gen_id_doc, "wallet": gen_wallet, "keys": gen_keys, "ebike": gen_ebike,
       "bicycle": gen_bicycle, "bag": gen_bag, "cash": gen_cash, "jewelry": gen_jewelry, "electronics": gen_electronics,
       "other": gen_other}


# ------------------------------------------------------------- place and time


def resolve(tok, per):
    if tok.isupper():
        return FACTS[per.get("fac", "hl")][tok.lower()]
    return tok


def pick_place(r, cat, per):
    cands = [resolve(t, per) for t in CAT_PLACES[cat]]
    allowed = PERSONA_PLACES.get(per["type"])
    if allowed:
        al = [resolve(t, per) for t in allowed]
        inter = [c for c in cands if c in al]
        cands = inter or al
    else:
        cands = [c for c in cands if c not in ("hotel", "lc_show")] or cands
    return r.choice(cands)


def near_place(r, pid, maxkm=1.3, cat=None):
    q = _near_place(r, pid, maxkm)
    if cat in ("ebike", "bicycle") and PLACES[q][3] in ("bus", "canteen", "clinic", "office", "hotel", "court"):
        q = r.choice([c for c in LOCAL_IDS if PLACES[c][3] in ("shed", "road", "village", "gate", "dorm")
                      and haversine(pxy(pid), pxy(c)) <= maxkm + 0.5] or [pid])
    return q


def _near_place(r, pid, maxkm=1.3):
    flows = {"bus_loop": ["bus_term", "bus_term", "bus_hl", "bus_yd", "bus_talent"], "bus_talent": ["talent", "bus_term"],
             "hl_canteen": ["hl_gate"], "yd_canteen": ["yd_gate"], "bl_canteen": ["bl_gate"], "lc_canteen": ["lc_gate"],
             "hl_dorm": ["hl_shed", "hl_gate"], "yd_dorm": ["yd_shed", "yd_gate"], "bl_dorm": ["bl_shed", "bl_gate"],
             "netcafe": ["night", "swap"], "night": ["netcafe", "road"], "station": ["bus_loop", "road"], "talent": ["bus_talent"],
             "sl_work": ["sl_gate"], "hotel": ["lc_show", "road"]}
    if pid in flows and r.random() < 0.6:
        return r.choice(flows[pid])
    c = [q for q in LOCAL_IDS if q != pid and haversine(pxy(pid), pxy(q)) <= maxkm]
    return r.choice(c) if c else pid


def gen_window(r, cat, pid):
    typ = PLACES[pid][3]
    hours = WET_HOURS if pid == "wet" else HOURS_BY_TYPE.get(typ, [(h, 1) for h in range(7, 23)])
    if cat in ("ebike", "bicycle"):
        width = wchoice(r, [("short", 20), ("medium", 25), ("overnight", 40), ("days", 15)])
    else:
        width = wchoice(r, [("short", 38), ("medium", 35), ("overnight", 12), ("days", 15)])
    wmin = {"short": r.randint(3, 18) * 5, "medium": r.randint(2, 6) * 60 + r.choice([0, 30]),
            "overnight": r.randint(8, 13) * 60, "days": r.randint(24, 72) * 60}[width]
    for _ in range(50):
        day_off = r.randint(0, 27)
        h = wchoice(r, hours)
        start = datetime(NOW.year, NOW.month, NOW.day, h, r.choice([0, 10, 15, 20, 30, 40, 45, 50])) - timedelta(days=day_off)
        end = start + timedelta(minutes=wmin)
        if end <= NOW - timedelta(minutes=30):
            return start, end
    start = NOW - timedelta(days=3, minutes=wmin)
    return start, start + timedelta(minutes=wmin)


PERIODS = [(0, 4, "凌晨"), (5, 7, "早上"), (8, 10, "上午"), (11, 12, "中午"), (13, 17, "下午"), (18, 18, "傍晚"), (19, 23, "晚上")]


def period_of(h):
    for a, b, w in PERIODS:
        if a <= h <= b:
            return w
    return ""


def day_word(r, dt, allow_rel=True):
    diff = (NOW.date() - dt.date()).days
    opts = []
    if allow_rel:
        if diff == 0:
            opts += ["今天", "今天"]
        elif diff == 1:
            opts += ["昨天", "昨天"]
        elif diff == 2:
            opts += ["前天"]
    opts += [f"{dt.month}月{dt.day}号", f"{dt.month}月{dt.day}日", f"{dt.month}.{dt.day}"]
    if dt.month == NOW.month:
        opts.append(f"{dt.day}号")
    return r.choice(opts)


def dh(d, h):
    """Join a day word and an hour word; a space when digits would run together."""
    return f"{d} {h}" if d[-1:].isdigit() and h[:1].isdigit() else d + h


def hour_word(r, dt, with_period=True):
    h, m = dt.hour, dt.minute
    x = r.random()
    if x < 0.3:
        return f"{h}:{m:02d}"
    h12 = h if h <= 12 else h - 12
    if h == 0:
        h12 = 12
    per = period_of(h) if with_period else ""
    tail = "半" if 25 <= m <= 35 else ("多" if m > 5 and r.random() < 0.6 else "")
    return f"{per}{h12}点{tail}"


def window_phrase(r, a, b):
    width = (b - a).total_seconds() / 3600.0
    da = day_word(r, a)
    if a.date() == b.date():
        if a.hour == b.hour:
            h12 = a.hour if a.hour <= 12 else a.hour - 12
            if a.minute == 0:
                return f"{dh(da, period_of(a.hour))}{h12}点到{h12}点{b.minute:02d}之间"
            return f"{dh(da, period_of(a.hour))}{h12}点{a.minute:02d}到{b.minute:02d}分之间" \
                if r.random() < 0.5 else f"{dh(da, f'{a.hour}:{a.minute:02d}')}到{b.hour}:{b.minute:02d}"
        if width <= 1.5 and r.random() < 0.5:
            return dh(da, hour_word(r, a)) + "左右"
        return f"{dh(da, hour_word(r, a))}到{hour_word(r, b, False) if period_of(a.hour) == period_of(b.hour) else hour_word(r, b)}之间"
    if width <= 20:
        db = day_word(r, b)
        if db == da:
            db = "第二天"
        return f"{dh(da, hour_word(r, a))}到{dh(db, hour_word(r, b))}"
    return r.choice([f"{da}到{day_word(r, b)}之间", f"{da}到{day_word(r, b)}这几天", f"{da}至{day_word(r, b)}"])


def time_phrase(r, dt):
    x = r.random()
    if x < 0.7:
        return dh(day_word(r, dt), hour_word(r, dt))
    if x < 0.9:
        return f"{day_word(r, dt)}{period_of(dt.hour)}"
    return f"{day_word(r, dt, False)} {dt.hour:02d}:{dt.minute:02d}"


MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def en_time(r, dt):
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    diff = (NOW.date() - dt.date()).days
    d = "yesterday" if diff == 1 else ("today" if diff == 0 else f"on {MONTH_EN[dt.month - 1]} {dt.day}")
    return r.choice([f"{d} around {h}{ap}", f"{d} at about {h}:{dt.minute:02d} {ap}"])


# ---------------------------------------------------------------- rendering

TYPOS = [("身份证", "身分证"), ("钥匙", "钥是"), ("钥匙", "要是"), ("已经", "以经"), ("联系", "连系"), ("手机", "手几"),
         ("钱包", "钱保"), ("充电宝", "冲电宝"), ("耳机", "耳几"), ("宿舍", "宿社"), ("谢谢", "谢谢谢"), ("捡到", "检到"),
         ("丢了", "丟了"), ("遗失", "遗矢"), ("银行卡", "银航卡"), ("电动车", "电动砗"), ("在", "再"), ("的", "得"),
         ("黑色", "黑涩"), ("麻烦", "麻凡"), ("现金", "现今"), ("项链", "项连"), ("电池", "电地"), ("自行车", "自形车")]
PINYIN = [("手机", "shouji"), ("钱包", "qianbao"), ("钥匙", "yaoshi"), ("身份证", "shenfenzheng"), ("丢了", "diu le"),
          ("黑色", "heise"), ("电动车", "diandongche"), ("耳机", "erji"), ("充电宝", "chongdianbao"), ("谢谢", "xiexie"),
          ("宿舍", "sushe"), ("联系", "lianxi"), ("白色", "baise"), ("网吧", "wangba"), ("网咖", "wangka"), ("急", "ji")]
ENGMIX = [("手机", "phone"), ("钱包", "wallet"), ("钥匙", "key"), ("身份证", "ID card"), ("耳机", "earphone"),
          ("充电宝", "power bank"), ("电脑", "laptop"), ("谢谢", "thx"), ("联系我", "call me")]


def typo(r, s, n=1):
    cands = [(a, b) for a, b in TYPOS if a in s]
    r.shuffle(cands)
    for a, b in cands[:n]:
        i = s.find(a)
        s = s[:i] + b + s[i + len(a):]
    return s


def mix(r, s, table, p):
    for a, b in table:
        if a in s and r.random() < p:
            sp = (" " if b.isascii() else "")
            s = s.replace(a, sp + b + sp, 1)
    return re.sub(r" +", " ", s)


def color_word(r, fam, side, cat):
    if not fam:
        return None
    if side == "f" and r.random() < 0.1:
        fam = r.choice(COLORS[fam][2])
    if cat == "jewelry" and fam in JEWEL_WORDS:
        return r.choice(JEWEL_WORDS[fam])
    return r.choice(COLORS[fam][0])


def brand_word(r, key, side, cat=None):
    if not key:
        return None
    usual, typos, _ = BRANDS[key]
    if key == "apple" and cat != "phone":
        usual = ["苹果", "Apple", "苹果"]
    if r.random() < (0.1 if side == "o" else 0.05):
        return r.choice(typos)
    return r.choice(usual)


def model_word(r, m):
    if not m:
        return None
    v = [m, m, m.replace(" ", ""), m.lower(), m.lower().replace(" ", "")]
    for p in ("iPhone ", "Galaxy ", "红米 ", "Redmi ", "Mate ", "nova ", "iQOO "):
        if m.startswith(p):
            v.append(m[len(p):])
    return r.choice(v)


def render_serial(r, s, side):
    """(field value, phrase for the body) as this side would write the identifier."""
    k, v = s["kind"], s["v"]
    if k == "imei":
        if side == "f" and s.get("v2") and r.random() < 0.6:
            return f"IMEI1:{v} IMEI2:{s['v2']}", f"IMEI1：{v}，IMEI2：{s['v2']}"
        x = wchoice(r, [("plain", 4), ("sp", 2), ("g4", 1), ("dash", 1), ("tail4", 1), ("tail6", 1)])
        val = {"plain": v, "sp": f"{v[:2]} {v[2:8]} {v[8:14]} {v[14]}", "g4": " ".join(v[i:i + 4] for i in range(0, 15, 4)),
               "dash": f"{v[:8]}-{v[8:14]}-{v[14]}", "tail4": f"尾号{v[-4:]}", "tail6": f"后六位{v[-6:]}"}[x]
        return val, r.choice([f"IMEI：{val}", f"串号{val}", f"IMEI {val}"]) if not val.startswith(("尾", "后")) else f"IMEI{val}"
    if k == "id":
        if side == "o":
            x = wchoice(r, [("full", 4), ("mask", 3), ("tail", 3)])
        else:
            x = wchoice(r, [("full", 35), ("mask", 55), ("tail", 10)])
        if x == "full":
            val = v
        elif x == "mask":
            val = r.choice([v[:6] + "*" * 8 + v[-4:], v[:4] + "*" * 10 + v[-4:], v[:3] + "*" * 11 + v[-4:], v[:6] + "****" + v[-4:]])
        else:
            val = r.choice([f"后四位{v[-4:]}", f"尾号{v[-4:]}"])
        return val, r.choice([f"身份证号{val}", f"证件号码{val}", f"号码{val}"])
    if k == "card":
        t, p = v, s["pre"]
        if side == "o":
            val = r.choice([f"尾号{t}", t, f"卡号后四位{t}", f"{p}****{t}"])
        else:
            val = r.choice([f"{p}****{t}", f"{p} **** **** {t}", f"尾号{t}", f"****{t}"])
        return val, (f"{s['bank'][1]}卡号{val}" if val[0].isdigit() or val[0] == "*" else f"{s['bank'][1]}卡{val}")
    if k == "plate":
        val = r.choice([v, v[:3] + " " + v[3:], v[2:], f"{v[:2]}{v[2]}·{v[3:]}", v[3:] if side == "o" else v])
        return val, r.choice([f"车牌{val}", f"牌照{val}", f"车牌号{val}"])
    if k == "frame":
        val = r.choice([v, v.lower(), " ".join(v[i:i + 4] for i in range(0, len(v), 4)), f"后6位{v[-6:]}"])
        return val, r.choice([f"车架号{val}", f"车架号码{val}"])
    if k == "sn":
        val = r.choice([v, f"SN:{v}", f"S/N {v}", v.lower(), f"后五位{v[-5:]}"])
        return val, (val if val.startswith(("SN", "S/N")) else r.choice([f"序列号{val}", f"SN码{val}", f"序列号：{val}"]))
    if k == "badge":
        val = r.choice([v, v[2:], f"{v[:2]}-{v[2:]}", v])
        return val, f"工号{val}"
    if k == "tag":
        val = r.choice([v, f"{v[0]}栋{v[1:]}", v[1:]])
        return val, f"钥匙牌{val}"
    if k == "passport":
        val = r.choice([v, f"No.{v}", v, f"尾号{v[-4:]}" if side == "f" else v])
        return val, (f"护照号{val}" if val.startswith("尾号") else r.choice([f"护照号{val}", f"护照号码：{val}", f"护照号码{val}"]))
    if k == "student":
        val = r.choice([v, v[3:], v.lower()])
        return val, f"学号{val}"
    if k == "waybill":
        val = r.choice([v, f"尾号{v[-4:]}", v[2:]]) if side == "o" else r.choice([v, v, f"尾号{v[-6:]}"])
        return val, f"运单号{val}"
    if k == "battery":
        val = r.choice([v, v.replace("-", ""), v.lower()])
        return val, f"电池编码{val}"
    return v, v


def describe(r, noun, cw, bw, mw, mode, cat):
    pc = {"full": 0.5, "partial": 0.75, "body": 0.92, "hurried": 0.75}[mode]
    pb = {"full": 0.5, "partial": 0.65, "body": 0.88, "hurried": 0.35}[mode]
    pm = {"full": 0.2, "partial": 0.35, "body": 0.55, "hurried": 0.0}[mode]
    c = cw if cw and r.random() < pc and cat != "id_doc" else ""
    b = bw if bw and r.random() < pb else ""
    m = mw if mw and r.random() < pm else ""
    core = cat_tokens([b, m, noun])
    if cat == "cash" or cat == "jewelry":
        core = cat_tokens([b, noun])
        if m:
            core += f"（{m}）"
    x = r.random()
    if not c:
        return core
    if len(c) == 1:
        c += "色"
    if x < 0.55:
        return cat_tokens([c, core])
    if x < 0.75:
        return f"{core}（{c}）"
    return f"{c}{'' if c.endswith('的') else '的'}{core}"


def sub_cb(s, cw, bw):
    return s.replace("{C}", cw or "").replace("{B}", bw or "").replace("的的", "的")


def pick_feats(r, obj, side, force_tell, cw, bw, en=False):
    """Return (phrases, tell_phrase) chosen for this side."""
    out = []
    tell_p = None
    for ft in obj["feats"]:
        if en:
            if not ft["en"]:
                continue
            if ft["tell"] and (force_tell or r.random() < 0.9) or (not ft["tell"] and r.random() < 0.6):
                p = ft["en"].replace("{C}", COLORS[obj["color"]][1] if obj["color"] else "")
                out.append(p)
                if ft["tell"]:
                    tell_p = p
            continue
        if side == "o":
            if ft["tell"]:
                take = force_tell or r.random() < 0.9
            else:
                take = r.random() < (0.6 if not ft["f"] else 0.7)
            if take:
                p = sub_cb(r.choice(ft["o"]), cw, bw)
                out.append(p)
                if ft["tell"]:
                    tell_p = p
        else:
            if not ft["f"]:
                continue
            take = (force_tell and ft["tell"]) or r.random() < ft["fp"]
            if take:
                p = sub_cb(r.choice(ft["f"]), cw, bw)
                out.append(p)
                if ft["tell"]:
                    tell_p = p
    if cw is None:
        out = [p for p in out if p]
    return out, tell_p


def join_feats(r, ps):
    if not ps:
        return ""
    sep = r.choice(["，", "，", "；", "、", " "])
    return sep.join(ps)


SUFFIX = {"dorm": ["楼下", "门口", "一楼", "楼道", "旁边"], "shed": ["里面", "旁边", "门口"], "gate": ["旁边", "外面", "附近"],
          "canteen": ["门口", "一楼", "里面"], "work": ["门口", "附近", "旁边"], "netcafe": ["门口", "里面", "旁边"],
          "talent": ["门口", "一楼", "里面"], "clinic": ["门口", "里面"], "courier": ["门口", "旁边"],
          "village": ["路口", "附近", "巷子里"], "shop": ["门口", "一楼", "附近"], "station": ["门口", "里面", "附近"],
          "bank": ["门口", "附近"], "hotel": ["门口", "楼下"], "office": ["门口", "里面"], "logistics": ["门口", "附近"],
          "court": ["旁边", "边上"], "market": ["附近", "那边", "路口"], "square": ["附近", "那边"], "road": ["附近", "路边"],
          "far": ["门口", "附近"]}
# hours when someone is there to pick a thing up at the spot (end may pass midnight)
OPEN = {"talent": (8, 18), "clinic": (8, 21), "canteen": (6, 22), "shop": (8, 22), "station": (6, 21),
        "office": (8, 20), "courier": (8, 22)}
OPEN_BY_ID = {"wet": (5, 19), "night": (17, 26)}


def is_open(pid, h):
    span = OPEN_BY_ID.get(pid) or OPEN.get(PLACES[pid][3])
    if not span:
        return True
    a, b = span
    return a <= h < b or a <= h + 24 < b


def snap(pid, dt, lo, hi):
    """Move a finding time to an hour when the place is open, staying within [lo, hi]."""
    if is_open(pid, dt.hour):
        return dt
    for k in range(1, 24):
        t = dt + timedelta(hours=k)
        if t > hi:
            break
        if is_open(pid, t.hour):
            return t
    for k in range(1, 24):
        t = dt - timedelta(hours=k)
        if t < lo:
            break
        if is_open(pid, t.hour):
            return t
    return dt


def address_for(r, pid, side, alt=None):
    al = PLACES[pid][0]
    a = r.choice(al)
    typ = PLACES[pid][3]
    if r.random() < 0.35 and typ in SUFFIX and not a.endswith(("那边", "附近", "门口", "一楼", "二楼", "楼下", "旁", "路口", "调度室", "大堂", "候车厅", "候诊区")):
        a += r.choice(SUFFIX[typ])
    if alt:
        a = f"{a}或者{r.choice(PLACES[alt][0])}"
    return a


def contact(r, per):
    if r.random() < 0.45:
        return ""
    if per["type"] == "foreign":
        return ""
    return r.choice([f"电话{per['phone']}", f"联系电话：{per['phone']}", f"{per['phone']}（微信同号）", "电话在登记表上", "vx同手机号"])


SLANG_O = ["家人们谁懂啊，", "救命，", "裂开了，", "真的栓Q，", "emo了家人们 ", "蚌埠住了，", "破防了，", "绝了，", "服了自己了，"]
SLANG_C = ["好心人捡到私我，红包感谢🙏", "求扩散！！", "捡到的老铁联系下 必有重谢", "谢谢大家了 磕头了", "有看到的踢我一下",
           "求求了😭", "拜托拜托🙏🙏"]
THX = ["谢谢！", "万分感谢", "必有重谢", "谢谢好心人", "请你喝奶茶🙏", "感激不尽"]
FOODS = ["烤冷面", "炒粉", "臭豆腐", "烧烤", "手机壳", "袜子", "水果", "凉皮", "蔬菜", "猪肉"]
RELS = ["儿子", "女儿", "孙子", "外孙女", "侄子"]

L_WORKER = [
    "{T}在{P}{V}{D}，{FE}。{S}{C}",
    "本人{T}在{P}不小心{V}{D}一{CL}，{FE}。{S}有捡到的麻烦联系我，{THX}",
    "{D}{V2}，最后一次用是{T}在{P}。{FE}。{S}{C}",
    "{T}{SH}经过{P}，回来发现{D}{V2}。{FE}。{S}{C}",
    "帮忙找下{D}，{T}在{P}附近{V}的。{FE}。{S}{C}",
    "{P}，{T}，{V}{D}。{FE}。{S}{C}",
    "{T}在{P}{V}一{CL}{D}。特征：{FE}。{S}{C}{THX}",
]
L_VEHICLE = [
    "{T}把{D}停在{P}，{BACK}发现车不见了。{FE}。{S}{C}",
    "{D}{V2}！{T}停在{P}的，{FE}。{S}{C}",
    "{P}的{D}被人骑走了，时间{T}。{FE}。{S}{C}",
]
L_SLANG = ["{SO}{T}在{P}把{D}{V}😭 {FE}。{S}{SC}", "{SO}{D}{V2}了！！{T}在{P}，{FE}。{S}{SC}"]
L_HURRY = ["{P}{VS}{D} {ONE} {URG}", "{VS}{D} {P} {T} {ONE}", "{D}{V2} {P}附近 {ONE}{URG}"]
L_LEADER = ["我是{FAC}{DEPT}的{BOSS}，帮线上员工{NAME}登记：{T}在{P}{V}{D}一{CL}。{FE}。{S}员工刚进厂，手续不太会弄，有消息请联系我。",
            "{FAC}{DEPT}组长代报：员工{NAME}{T}在{P}{V}{D}，{FE}。{S}"]
L_DORM = ["{DORMN}宿管代登记：{ROOM}房员工{NAME}（{PROV}人）说{T}在{P}{V}{D}。{FE}。{S}",
          "宿管帮忙登记——住{DORMN}{ROOM}的{NAME}，{T}，{D}在{P}{V2}，{FE}。{S}"]
L_OFFICER = ["事主{NAME}（{PROV}籍，{JOB}）报称：{T}，其在{P}遗失{D}一{CL}。{FE}。{S}",
             "报失人{NAME}称{T}在{P}丢失{D}，{FE}。{S}请有线索及时联系。"]
L_ELDER = ["老人口述，工作人员代写：老人从{PROV}{CITY}来石岭看{REL}，{T}在{P}把{D}弄丢了。{FE}。{S}老人不识字，联系其{REL}。",
           "俺是从{PROV}来看{REL}的，{T}在{P}{D}就找不着了，{FE}。{S}麻烦你们帮俺找找。",
           "帮我妈登记一下：她来石岭看我，{T}在{P}{V}{D}，{FE}。{S}{C}"]
L_COURIER = ["我是跑{FAC2}片区的快递员，{T}送件时在{P}附近{V}{D}，{FE}。{S}工作要用，急！{C}",
             "跑快递的，{T}在{P}卸货的时候{D}{V2}，{FE}。{S}{C}"]
L_STALL = ["我在{MKT}摆摊卖{FOOD}，{T}收摊的时候发现{D}{V2}，可能掉在{P}。{FE}。{S}{C}",
           "{MKT}卖{FOOD}的，{T}在{P}{V}{D}，{FE}。{S}{C}"]
L_FOREIGN = ["I lost my {D} at {P} {T}. {FE}{S}Please contact me on WeChat, thank you!",
             "Hello, I am a buyer visiting {FACEN}. My {D} has been missing since {T}, probably at {P}. {FE}{S}Thanks for your help.",
             "Lost: {D}. Place: {P}. Time: {T}. {FE}{S}"]
L_FOREIGN_ZH = ["外籍客商{NAME}（{NAT}）报称：{T}在{P}遗失{D}一{CL}，{FE}。{S}当事人只会英语，经翻译登记。"]

F_GUARD = ["{GATE}保安：{FT}巡逻时在{P}拾得{D}一{CL}，{FE}。{S}已暂存门岗值班室。",
           "门岗值班员{FT}在{P}捡到{D}，{FE}。{S}请失主带证件来认领。"]
F_WORKER = ["{FT}在{P}捡到{D}，{FE}。{S}失主请联系我。", "捡到{D}一{CL}，地点{P}，时间{FT}。{FE}。{S}",
            "{FT}下班路过{P}，看到地上有{D}，{FE}。{S}交到这里了。", "在{P}捡到{D}，{FE}，{S}{FT}捡的"]
F_COURIER = ["快递员：{FT}派件时在{P}路边捡到{D}一{CL}，{FE}。{S}先放驿站了。", "送件时在{P}捡到{D}，{FT}，{FE}。{S}"]
F_STALL = ["夜市摊主：{FT}收摊时在摊位底下发现{D}，{FE}。{S}不知道是哪位顾客的。", "{FT}在{P}我档口桌子上有人落下{D}，{FE}。{S}"]
F_NETCAFE = ["{PN}网管：{FT}在{SEAT}号机位下面捡到{D}，{FE}。{S}", "网吧前台：{FT}客人下机后在{SEAT}号机发现{D}，{FE}。{S}"]
F_BUS = ["环线公交司机：{FT}收车检查时在车厢后排座位上发现{D}一{CL}，{FE}。{S}已交总站调度室。",
         "公交调度室：{FT}乘客在{P}交来{D}，{FE}。{S}"]
F_DORM = ["{PN}宿管：{FT}在楼道里发现{D}，{FE}。{S}", "宿管阿姨{FT}在{P}一楼大厅捡到{D}，{FE}。{S}"]
F_CLEANER = ["保洁{FT}在{P}打扫时拾得{D}，{FE}。{S}", "清洁工在{P}垃圾桶旁发现{D}，时间{FT}，{FE}。{S}"]
F_OFFICER = ["群众{FNAME}送来在{P}拾得的{D}一{CL}，拾得时间{FT}。{FE}。{S}", "拾得人{FNAME}交来{D}一{CL}，称{FT}于{P}拾得。{FE}。{S}"]
F_NURSE = ["{PN}前台：{FT}候诊区椅子上发现{D}，{FE}。{S}"]
F_CANTEEN = ["{PN}阿姨收餐盘时在桌上发现{D}，时间{FT}，{FE}。{S}", "{PN}打饭窗口{FT}有人捡到{D}交过来，{FE}。{S}"]
F_TALENT = ["人才市场工作人员：{FT}在招聘大厅座位上发现{D}，{FE}。{S}", "{FT}在{P}二楼面试区捡到{D}，{FE}。{S}"]
F_LOGI = ["分拣中心班组长：{FT}在{P}旁发现{D}，{FE}。{S}", "{FT}在{P}卸货口捡到{D}一{CL}，{FE}。{S}"]
F_SHED = ["充电棚管理员：{FT}在{P}发现{D}，{FE}。{S}", "{FT}在{P}充电桩旁边捡到{D}，{FE}。{S}"]
F_HOTEL = ["{PN}前台：{FT}客人在大堂沙发上发现{D}交来，{FE}。{S}", "{FT}在{P}捡到{D}，{FE}。{S}已交前台。"]
F_HURRY = ["{P}捡到{D}一{CL}", "{FT} {P} 捡到{D}", "捡到{D} {P} {ONE}"]
F_VEHICLE = ["{P}有一辆{D}停放{ND}天无人认领，{FE}。{S}", "{WHO}：{FT}在{P}发现{D}一辆，{FE}。{S}疑似被盗后丢弃。",
             "{FT}巡查发现{P}停着一辆{D}，{FE}。{S}联系不上车主。"]
F_FOREIGN = ["Found a {D} at {P} {FT}. {FE}{S}Handed it to the front desk."]
VOICE_BY_TYPE = {"gate": "guard", "work": "guard", "dorm": "dorm", "canteen": "canteen", "shed": "shed", "bus": "bus",
                 "netcafe": "netcafe", "market": "stall", "clinic": "nurse", "courier": "courier", "talent": "talent",
                 "logistics": "logi", "hotel": "hotel", "office": "hotel", "far": "worker"}
F_TPL = {"guard": F_GUARD, "worker": F_WORKER, "courier": F_COURIER, "stall": F_STALL, "netcafe": F_NETCAFE, "bus": F_BUS,
         "dorm": F_DORM, "cleaner": F_CLEANER, "officer": F_OFFICER, "nurse": F_NURSE, "canteen": F_CANTEEN,
         "talent": F_TALENT, "logi": F_LOGI, "shed": F_SHED, "hotel": F_HOTEL, "hurried": F_HURRY}


def en_cap(s):
    s = s[4:] if s.startswith("the ") else s
    return s[:1].upper() + s[1:]


def coords(r, pid, sd):
    la, lo = pxy(pid)
    return round(la + r.gauss(0, sd), 6), round(lo + r.gauss(0, sd), 6)


def set_fields(r, rec, mode, known):
    p = {"full": 0.95, "partial": 0.5, "body": 0.0, "hurried": 0.0}[mode]
    pa = {"full": 0.95, "partial": 0.75, "body": 0.3, "hurried": 0.2}[mode]
    pl = {"full": 0.9, "partial": 0.7, "body": 0.4, "hurried": 0.2}[mode]
    for k in ("color", "brand", "model", "serial", "marks"):
        v = known.get(k)
        if v and r.random() < p:
            assert len(v) <= (500 if k == "marks" else 60), (k, v)
            rec[k] = v
    if known.get("address") and r.random() < pa:
        assert len(known["address"]) <= 60, known["address"]
        rec["address"] = known["address"]
    if known.get("ll") and r.random() < pl:
        rec["lat"], rec["lon"] = known["ll"]


def third_person(s):
    for a, b in (("我叫", "名叫"), ("我爸妈", "其父母"), ("我妈", "其母亲"), ("我和老婆", "其夫妻"), ("我老婆", "其妻子"),
                 ("留给我的", "留给其的"), ("我自己", "本人"), ("我的", "其"), ("我名字", "其名字"), ("我", "其")):
        s = s.replace(a, b)
    return s


def lost_voice(r, per, cat):
    t = per["type"]
    if t == "foreign":
        return wchoice(r, [("foreign", 80), ("foreign_zh", 20)])
    if t == "elder":
        return wchoice(r, [("elder", 80), ("officer", 20)])
    if t == "courier":
        return wchoice(r, [("courier", 60), ("hurried", 20), ("worker", 20)])
    if t == "stall":
        return wchoice(r, [("stall", 65), ("hurried", 15), ("worker", 20)])
    return wchoice(r, [("worker", 36), ("slang", 14), ("hurried", 11), ("leader", 8), ("dorm", 8), ("officer", 10),
                       ("pinyin", 6), ("engmix", 7)])


def render_lost(r, obj, per, pid, alt_pid, win, force_tell=False):
    a, b = win
    cat = obj["cat"]
    voice = lost_voice(r, per, cat)
    mode = "hurried" if voice == "hurried" else wchoice(r, [("full", 30), ("partial", 38), ("body", 32)])
    if voice in ("elder",):
        mode = wchoice(r, [("partial", 30), ("body", 70)])
    rec = {"category": cat}
    en = voice == "foreign"
    cw = color_word(r, obj["color"], "o", cat)
    bw = brand_word(r, obj["brand"], "o", cat)
    mw = model_word(r, obj["model"]) if obj["model"] and r.random() < 0.6 else None
    if per["type"] == "elder":
        mw = None
        if r.random() < 0.5:
            bw = None
    if en:
        cw = COLORS[obj["color"]][1] if obj["color"] else None
        bw = BRANDS[obj["brand"]][2] if obj["brand"] else None
        mw = obj["model"] if obj["model"] and not re.search(r"[\u4e00-\u9fff]", obj["model"]) else None
    feats, tell_p = pick_feats(r, obj, "o", force_tell, cw, bw, en=en)
    sv = None
    if obj["serial"] and r.random() < obj["serial"]["op"]:
        sv = render_serial(r, obj["serial"], "o")
        if en:
            v = obj["serial"]["v"]
            sv = (f"****{v}", f"card ending {v}") if obj["serial"]["kind"] == "card" else (v, f"No. {v}")
    # what goes in fields vs body
    addr = address_for(r, pid, "o", alt_pid)
    ll = coords(r, pid, 0.0012) if r.random() < 0.85 else None
    if en:
        place_txt = PLACES[pid][4] or addr
        addr = en_cap(PLACES[pid][4]) if PLACES[pid][4] else addr
    else:
        place_txt = addr
    marks = ("; ".join(feats) if en else join_feats(r, feats)) if feats else None
    known = {"color": cw, "brand": bw, "model": mw, "serial": sv[0] if sv else None,
             "marks": marks, "address": addr, "ll": ll}
    set_fields(r, rec, mode, known)
    if mode == "full":
        body_feats = feats[:r.randint(0, 2)]
        if tell_p and tell_p not in body_feats and "marks" not in rec:
            body_feats.append(tell_p)
    elif mode == "hurried":
        body_feats = ([tell_p] if tell_p and (force_tell or r.random() < 0.6) else feats[:1])
    else:
        body_feats = feats
    if tell_p and force_tell and tell_p not in body_feats and tell_p not in rec.get("marks", ""):
        body_feats = body_feats + [tell_p]
    noun = r.choice(obj["noun_en"]) if en else r.choice(obj["noun_o"])
    cl = "个" if noun.endswith(obj["cl"]) else obj["cl"]
    D = describe(r, noun, cw, bw, mw, mode, cat)
    if en:
        D = " ".join(x for x in [cw, bw, mw if mw and r.random() < 0.5 else None, noun] if x)
    S = ""
    if sv and ("serial" not in rec or r.random() < 0.3):
        S = (sv[1] + "。") if not en else sv[1][:1].upper() + sv[1][1:] + ". "
    if en:
        FE = ("; ".join(body_feats) + ". ") if body_feats else ""
        FE = FE[:1].upper() + FE[1:]
        T = en_time(r, a)
        tpl = r.choice(L_FOREIGN)
        body = fill(tpl, D=D, P=place_txt, T=T, FE=FE, S=S, FACEN=FACTS[per["fac"]]["en"])
        body = tidy(body)
    else:
        FE = join_feats(r, body_feats)
        T = window_phrase(r, a, b)
        kw = dict(T=T, P=place_txt, D=D, FE=FE, S=S, C=contact(r, per), CL=cl,
                  V=r.choice(["丢了", "弄丢了", "掉了", "搞丢了", "落下了"]), V2=r.choice(["不见了", "丢了", "找不到了", "没了"]),
                  THX=r.choice(THX), SH=r.choice(["下班", "上班前", "交班后", "吃完饭", "打完球"]),
                  BACK=r.choice(["第二天早上下来", "吃完饭出来", "下班回来", "上网出来", "睡醒下楼"]),
                  SO=r.choice(SLANG_O), SC=r.choice(SLANG_C), VS=r.choice(["丢", "丢了", "掉了"]),
                  ONE=(body_feats[0] if body_feats else (sv[0] if sv else "")), URG=r.choice(["急", "急！！", "速联系", "求求了", "谢谢"]),
                  NAME=per["name"], PROV=per.get("prov", ""), CITY=per.get("city", ""), REL=r.choice(RELS),
                  FAC=FACTS[per["fac"]]["name"], BOSS="组长" if per["fac"] == "sl" else "拉长", FAC2=r.choice(["岭下村", "物流园", "石岭大道"]), DEPT=per.get("dept", ""),
                  DORMN=r.choice(PLACES[FACTS[per["fac"]]["dorm"]][0]), ROOM=per.get("room", ""),
                  JOB=r.choice([FACTS[per["fac"]]["name"] + "员工", "务工人员", "普工"]) if per["type"] == "worker" else {"courier": "快递员", "stall": "个体摊贩", "elder": "探亲老人"}.get(per["type"], "务工人员"),
                  MKT="夜市" if pid == "night" else ("菜市场" if pid == "wet" else "夜市"), FOOD=r.choice(FOODS),
                  NAT=per.get("nat", ("", ""))[0])
        if voice == "foreign_zh":
            tpls = L_FOREIGN_ZH
        elif voice == "hurried":
            tpls = L_HURRY
        elif cat in ("ebike", "bicycle") and obj["kind"] not in ("battery",) and voice in ("worker", "slang", "pinyin", "engmix"):
            tpls = L_VEHICLE + L_WORKER[:1]
        else:
            tpls = {"worker": L_WORKER, "slang": L_SLANG, "leader": L_LEADER, "dorm": L_DORM, "officer": L_OFFICER,
                    "elder": L_ELDER, "courier": L_COURIER, "stall": L_STALL, "pinyin": L_WORKER, "engmix": L_WORKER}[voice]
        tpl = r.choice(tpls)
        if voice in ("leader", "dorm", "officer", "foreign_zh") or tpl.startswith("老人口述"):
            kw["FE"] = third_person(kw["FE"])
        body = fill(tpl, **kw)
        if voice == "pinyin":
            body = mix(r, body, PINYIN, 0.6)
        elif voice == "engmix":
            body = mix(r, body, ENGMIX, 0.7)
        if voice == "hurried":
            body = typo(r, body, 1) if r.random() < 0.6 else body
        elif voice in ("worker", "slang", "pinyin", "engmix") and r.random() < 0.22:
            body = typo(r, body, r.choice([1, 1, 2]))
        body = tidy(body)
    assert len(body) <= 600, body
    rec["body"] = body
    from_min, to_min = mins(a), mins(b)
    rec["lost_from_min"], rec["lost_to_min"] = from_min, to_min
    tell_written = bool(tell_p) and (tell_p in rec["body"] or tell_p in rec.get("marks", ""))
    return rec, {"voice": voice, "mode": mode, "tell_text": tell_p if tell_written else None}


def found_voice(r, pid, en_ok):
    typ = PLACES[pid][3]
    if en_ok and typ in ("hotel", "office") and r.random() < 0.2:
        return "foreign"
    base = VOICE_BY_TYPE.get(typ)
    if base and r.random() < 0.5:
        if base == "bus" and pid not in ("bus_loop", "bus_term"):
            base = "worker"
        return base
    return wchoice(r, [("worker", 30), ("cleaner", 10), ("officer", 18), ("hurried", 11), ("courier", 6), ("guard", 6)])


def render_found(r, W, obj, pid, fdt, force_tell=False, cat=None):
    cat = cat or obj["cat"]
    voice = found_voice(r, pid, not force_tell and bool(obj["noun_en"]))
    if force_tell and voice == "hurried":
        voice = "worker"
    big = (obj["cat"] in ("ebike", "bicycle") and obj["kind"] != "battery") or obj["kind"] in ("stroller", "suitcase", "woven", "quilt")
    if big and voice not in ("guard", "worker", "officer", "cleaner", "hurried", "shed", "dorm"):
        voice = "worker"
    mode = "hurried" if voice == "hurried" else wchoice(r, [("full", 35), ("partial", 38), ("body", 27)])
    rec = {"category": cat}
    en = voice == "foreign"
    cw = color_word(r, obj["color"], "f", obj["cat"])
    bw = brand_word(r, obj["brand"], "f", obj["cat"]) if r.random() < 0.85 else None
    mw = model_word(r, obj["model"]) if obj["model"] and r.random() < 0.35 else None
    if obj["cat"] in ("jewelry", "cash", "keys") and obj["brand"] and r.random() < 0.4:
        bw = None
    if en:
        cw = COLORS[obj["color"]][1] if obj["color"] else None
        bw = BRANDS[obj["brand"]][2] if obj["brand"] else None
        mw = None
    feats, tell_p = pick_feats(r, obj, "f", force_tell, cw, bw, en=False)
    if en:
        feats, tell_p = [], None
    sv = None
    if obj["serial"] and r.random() < obj["serial"]["fp"]:
        sv = render_serial(r, obj["serial"], "f")
    if obj["kind"] == "ebike" and obj["serial"] and obj["serial"]["kind"] == "plate" and not sv and r.random() < 0.3:
        sv = render_serial(r, {"kind": "frame", "v": obj["serial"]["frame"]}, "f")
    addr = address_for(r, pid, "f")
    ll = coords(r, pid, 0.0005) if r.random() < 0.85 else None
    if en:
        addr = en_cap(PLACES[pid][4]) if PLACES[pid][4] else addr
    known = {"color": cw, "brand": bw, "model": mw, "serial": sv[0] if sv else None,
             "marks": join_feats(r, feats) if feats else None, "address": addr, "ll": ll}
    set_fields(r, rec, mode, known)
    if mode == "full":
        body_feats = feats[:r.randint(0, 2)]
    elif mode == "hurried":
        body_feats = feats[:1]
    else:
        body_feats = feats
    if tell_p and force_tell and tell_p not in body_feats and tell_p not in rec.get("marks", ""):
        body_feats = body_feats + [tell_p]
    noun = r.choice(obj["noun_en"]) if en else r.choice(obj["noun_f"])
    cl = "个" if noun.endswith(obj["cl"]) else obj["cl"]
    if en:
        D = " ".join(x for x in [cw, bw, noun] if x)
        body = tidy(fill(F_FOREIGN[0], D=D, P=PLACES[pid][4] or addr, FT=en_time(r, fdt), FE="", S=""))
    else:
        D = describe(r, noun, cw, bw, mw, mode, obj["cat"])
        S = (sv[1] + "。") if sv and ("serial" not in rec or r.random() < 0.3) else ""
        FE = join_feats(r, body_feats)
        if obj["cat"] in ("ebike", "bicycle") and obj["kind"] != "battery" and voice != "hurried":
            tpls = F_VEHICLE
        else:
            tpls = F_TPL[voice]
        fac_gate = [k for k in FACTS if FACTS[k]["gate"] == pid or FACTS[k]["work"] == pid]
        gate = FACTS[fac_gate[0]]["short"] + r.choice(["门岗", "保安室", "值班室"]) if fac_gate else r.choice(["门岗", "值班室", "巡逻岗"])
        kw = dict(FT=time_phrase(r, fdt), P=addr, PN=r.choice(PLACES[pid][0]), D=D, FE=FE, S=S, CL=cl, GATE=gate,
                  SEAT=r.randint(1, 120), FNAME=new_name(r, W), ONE=(body_feats[0] if body_feats else ""),
                  ND=r.randint(2, 9), WHO=r.choice(["巡逻队员", "物业", "宿管", "保安"]))
        body = fill(r.choice(tpls), **kw)
        if voice == "hurried" and r.random() < 0.5:
            body = typo(r, body, 1)
        elif voice in ("worker", "courier", "stall") and r.random() < 0.12:
            body = typo(r, body, 1)
        body = tidy(body)
    assert len(body) <= 600, body
    rec["body"] = body
    rec["found_at_min"] = max(0, mins(fdt))
    tell_written = bool(tell_p) and (tell_p in rec["body"] or tell_p in rec.get("marks", ""))
    return rec, {"voice": voice, "mode": mode, "tell_text": tell_p if tell_written else None}


# ------------------------------------------------------------------- build


def true_found_time(r, a, b, cat, kind):
    loss = a + timedelta(seconds=r.random() * (b - a).total_seconds())
    x = r.random()
    if cat in ("ebike", "bicycle") and kind != "battery" and r.random() < 0.5:
        delay = timedelta(hours=r.uniform(20, 140))
    elif x < 0.2:
        delay = timedelta(minutes=r.uniform(5, 60))
    elif x < 0.6:
        delay = timedelta(hours=r.uniform(1, 12))
    elif x < 0.85:
        delay = timedelta(hours=r.uniform(12, 48))
    else:
        delay = timedelta(days=r.uniform(2, 7))
    fdt = loss + delay
    cap = NOW - timedelta(minutes=5)
    if fdt > cap:
        fdt = max(loss, cap)
    return fdt, loss


def build():
    r = random.Random(SEED)
    W = {"names": set()}
    lost = []    # (rec, hid)
    found = []   # (rec, hid)

    def new_lost(cat):
        per = gen_persona(r, W, persona_type_for(r, cat))
        obj = GEN[cat](r, W, per, {})
        pid = pick_place(r, cat, per)
        alt = near_place(r, pid, 1.3, cat) if r.random() < 0.15 else None
        if alt == pid:
            alt = None
        win = gen_window(r, cat, pid)
        return per, obj, pid, alt, win

    # 1. the true pairs
    cats = expand(TRUE_CATS)
    r.shuffle(cats)
    cross = 0
    for i, cat in enumerate(cats):
        per, obj, pid, alt, win = new_lost(cat)
        lrec, lmeta = render_lost(r, obj, per, pid, alt, win)
        x = r.random()
        actual = alt if (alt and r.random() < 0.5) else pid
        if x < 0.55:
            fpid = actual
        elif x < 0.9:
            fpid = near_place(r, actual, 1.3, cat)
        else:
            fpid = near_place(r, actual, 2.6, cat)
        fdt, loss = true_found_time(r, win[0], win[1], cat, obj["kind"])
        fdt = snap(fpid, fdt, loss, NOW - timedelta(minutes=5))
        fcat = None
        if obj["alt_cat"] and cross < MAX_CROSS and r.random() < 0.45:
            fcat = obj["alt_cat"]
            cross += 1
        frec, fmeta = render_found(r, W, obj, fpid, fdt, cat=fcat)
        fid = f"T{i}"
        lid = f"T{i}"
        lost.append((lrec, dict(id=lid, truth=fid, obj=obj, per=per, pid=pid, alt=alt, win=win, meta=lmeta)))
        found.append((frec, dict(id=fid, neg=None, obj=obj, pid=fpid, fdt=fdt, meta=fmeta)))
    # 2. reports whose object never turns up
    cats = expand(NEVER_CATS)
    r.shuffle(cats)
    for i, cat in enumerate(cats):
        per, obj, pid, alt, win = new_lost(cat)
        lrec, lmeta = render_lost(r, obj, per, pid, alt, win)
        lost.append((lrec, dict(id=f"N{i}", truth=None, obj=obj, per=per, pid=pid, alt=alt, win=win, meta=lmeta)))
    # 3. found items that are nobody's truth
    uses = {}
    decoys = []
    j = 0
    for label, n, n_never in NEG_PLAN:
        if label == "unclaimed":
            ucats = expand(UNCLAIMED_CATS)
            r.shuffle(ucats)
            for cat in ucats[:n]:
                per = gen_persona(r, W, persona_type_for(r, cat))
                obj = GEN[cat](r, W, per, {})
                pid = pick_place(r, cat, per)
                fdt = NOW - timedelta(minutes=r.randint(60, 29 * 1440))
                fdt = snap(pid, fdt, NOW - timedelta(days=30), NOW - timedelta(minutes=60))
                frec, fmeta = render_found(r, W, obj, pid, fdt)
                frec["negative"] = label
                found.append((frec, dict(id=f"U{j}", neg=label, target=None, obj=obj, pid=pid, fdt=fdt, meta=fmeta)))
                j += 1
            continue

        def eligible(h):
            o = h["obj"]
            if uses.get(h["id"], 0) >= 2:
                return False
            if label == "twin":
                return bool(h["meta"]["tell_text"]) and bool(o["tell_key"])
            if label == "same_category_colour":
                return bool(o["color"])
            if label == "same_brand_elsewhere":
                return bool(o["brand"])
            if label == "found_before_loss":
                return not (o["cat"] == "id_doc" and o["kind"] == "passport")
            return True
        pool_never = [h for _, h in lost if h["truth"] is None and eligible(h)]
        pool_true = [h for _, h in lost if h["truth"] is not None and eligible(h)]
        r.shuffle(pool_never)
        r.shuffle(pool_true)
        targets = pool_never[:n_never] + pool_true[:n - n_never]
        for h in targets:
            uses[h["id"]] = uses.get(h["id"], 0) + 1
            o, per0, (a, b) = h["obj"], h["per"], h["win"]
            cat = o["cat"]
            per = gen_persona(r, W, per0["type"])
            force_tell = False
            if label == "twin":
                force = {"kind": o["kind"], "color": o["color"], "brand": o["brand"], "model": o["model"]}
                for _ in range(60):
                    obj = GEN[cat](r, W, per, force)
                    if obj["tell_key"] and obj["tell_key"] != o["tell_key"]:
                        break
                force_tell = True
                pid = h["pid"] if r.random() < 0.5 else near_place(r, h["pid"], 1.3, cat)
                fdt = a + timedelta(minutes=r.randint(10, 3 * 1440))
            elif label == "same_category_colour":
                for _ in range(60):
                    obj = GEN[cat](r, W, per, {"color": o["color"]})
                    if obj["color"] == o["color"] and (obj["kind"] != o["kind"] or obj["brand"] != o["brand"]):
                        break
                else:
                    obj = GEN[cat](r, W, per, {"kind": o["kind"], "color": o["color"]})
                pid = h["pid"] if r.random() < 0.4 else near_place(r, h["pid"], 1.3, cat)
                fdt = a + timedelta(minutes=r.randint(10, 3 * 1440))
            elif label == "found_before_loss":
                force = {"kind": o["kind"], "color": o["color"], "brand": o["brand"], "model": o["model"]}
                obj = GEN[cat](r, W, per, force)
                pid = h["pid"] if r.random() < 0.6 else near_place(r, h["pid"], 1.3, cat)
                fdt = a - timedelta(minutes=r.randint(60, 9 * 1440))
            else:  # same_brand_elsewhere
                obj = GEN[cat](r, W, per, {"kind": o["kind"], "brand": o["brand"]})
                pid = r.choice(FAR_IDS)
                after = b + timedelta(days=r.uniform(3, 12))
                if after < NOW - timedelta(hours=2) and r.random() < 0.5:
                    fdt = after
                else:
                    fdt = a - timedelta(days=r.uniform(2, 12))
            if fdt > NOW - timedelta(minutes=10):
                fdt = NOW - timedelta(minutes=r.randint(10, 120))
            if label in ("twin", "same_category_colour"):
                fdt = snap(pid, fdt, a, NOW - timedelta(minutes=10))
            elif label == "found_before_loss":
                fdt = snap(pid, fdt, a - timedelta(days=10), a - timedelta(minutes=60))
            frec, fmeta = render_found(r, W, obj, pid, fdt, force_tell=force_tell)
            frec["negative"] = label
            found.append((frec, dict(id=f"D{j}", neg=label, target=h["id"], obj=obj, pid=pid, fdt=fdt, meta=fmeta)))
            decoys.append((f"D{j}", label, h["id"]))
            j += 1
    # 4. shuffle, then number
    r.shuffle(lost)
    r.shuffle(found)
    fkey = {}
    for n, (rec, h) in enumerate(found, 1):
        fkey[h["id"]] = f"{PFX}-F{n:04d}"
    lkey = {}
    for n, (rec, h) in enumerate(lost, 1):
        lkey[h["id"]] = f"{PFX}-L{n:04d}"
    out_found, out_lost = [], []
    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "found_at_min", "negative"]
    order_l = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "lost_from_min", "lost_to_min", "truth"]
    for rec, h in found:
        rec = dict(rec, key=fkey[h["id"]])
        out_found.append({k: rec[k] for k in order_f if k in rec})
    for rec, h in lost:
        rec = dict(rec, key=lkey[h["id"]], truth=fkey[h["truth"]] if h["truth"] else None)
        out_lost.append({k: rec[k] for k in order_l if k in rec})
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set70.py", "parts": {PART: {"found": out_found, "lost": out_lost}}}

    def summary(h):
        o = h["obj"]
        return {"cat": o["cat"], "kind": o["kind"], "color": o["color"], "brand": o["brand"], "model": o["model"],
                "tell_key": o["tell_key"], "serial": (o["serial"] or {}).get("v"), "pid": h["pid"], "xy": pxy(h["pid"]),
                "tell_text": h["meta"]["tell_text"], "voice": h["meta"]["voice"], "mode": h["meta"]["mode"]}
    hidden = {"lost": {}, "found": {}, "decoys": []}
    for rec, h in lost:
        s = summary(h)
        s.update(truth=h["truth"] and fkey[h["truth"]], persona=h["per"]["type"])
        hidden["lost"][lkey[h["id"]]] = s
    for rec, h in found:
        s = summary(h)
        s.update(neg=h["neg"])
        hidden["found"][fkey[h["id"]]] = s
    for fid, label, lid in decoys:
        hidden["decoys"].append((fkey[fid], label, lkey[lid]))
    return data, hidden


def dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    data, _ = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set70.json")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(dumps(data))
    part = data["parts"][PART]
    print(f"wrote {path}: {len(part['lost'])} lost, {len(part['found'])} found")


if __name__ == "__main__":
    main()
