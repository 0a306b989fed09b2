#!/usr/bin/env python3
"""Write tests/lostfound/set61.json: a blind labelled lost-and-found set.

World: the invented coastal fishing town 海门渡镇 (invented county 东澳县) in high summer.
Every record is written from a hidden truth record of the object; the lost side knows what an
owner knows, the found side what a finder can see.  Standard library only, one Random(SEED).
"""
import datetime
import json
import math
import os
import random

SEED = 6161
PFX = "S61"
SET = "set61"
N_TRUE = 150
N_NEVER = 90
NEG_PLAN = [("twin", 22), ("same_category_colour", 24), ("found_before_loss", 22),
            ("same_make_elsewhere_later", 22)]
N_UNCLAIMED = 30

NOW = datetime.datetime(2025, 8, 25, 21, 0)   # the moment of registration; never printed

# ----------------------------------------------------------------------------- places
# key: (name, aliases, (lat, lon), cluster, zone, hours, english)
PLACES = {
    "pier": ("海门渡客运码头", ["海门渡客运码头", "客运码头候船厅", "轮渡码头", "码头售票厅", "渡口检票口", "海门渡镇渡口"],
             (23.4012, 116.9534), "pier", "town", (6, 18), "the Haimendu ferry pier"),
    "ferry": ("海门渡—白鹭屿渡船", ["去白鹭屿的渡船", "“海鸥3号”渡轮", "白鹭屿航线渡船", "白鹭屿渡船"],
              (23.4004, 116.9547), "pier", "town", (7, 17), "the ferry to Bailu Islet"),
    "ferry2": ("海门渡—青龙岛渡船", ["去青龙岛的渡船", "“青龙6号”渡船", "青龙岛航线渡船"],
               (23.4008, 116.9550), "pier", "town", (7, 17), "the ferry to Qinglong Island"),
    "seawall": ("海堤栈道", ["海堤栈道", "海堤", "观海栈道", "海堤灯塔公园"],
                (23.3993, 116.9502), "pier", "town", (5, 23), "the seawall boardwalk"),
    "nightmkt": ("浮桥路海鲜夜市", ["浮桥路夜市", "海鲜夜市", "夜市美食街", "浮桥路夜市入口牌坊", "浮桥路海鲜夜市"],
                 (23.4046, 116.9481), "food", "town", (18, 24), "the seafood night market on Fuqiao Road"),
    "dapaidang": ("渔港路大排档", ["渔港路大排档", "海边大排档一条街", "渔港路阿水大排档", "渔港路宵夜摊"],
                  (23.4031, 116.9562), "food", "town", (18, 24), "the seafood food stalls on Yugang Road"),
    "mazu": ("海门渡天后宫", ["天后宫", "妈祖庙", "天后宫广场", "海门渡天后宫"],
             (23.4052, 116.9519), "food", "town", (6, 21), "the Mazu temple"),
    "beach": ("金沙湾海滩", ["金沙湾海滩", "金沙湾沙滩", "金沙湾浴场", "金沙湾海边"],
              (23.3951, 116.9622), "beach", "town", (7, 19), "Golden Sand Bay beach"),
    "showers": ("金沙湾冲淋房", ["金沙湾公共冲淋房", "沙滩冲凉房", "金沙湾淋浴间", "浴场更衣冲淋区"],
                (23.3958, 116.9607), "beach", "town", (8, 21), "the beach showers at Golden Sand Bay"),
    "umbrella": ("金沙湾遮阳伞租赁点", ["金沙湾遮阳伞租赁点", "沙滩租伞摊", "浴场租伞租泳圈的地方"],
                 (23.3946, 116.9633), "beach", "town", (8, 19), "the umbrella rental at Golden Sand Bay"),
    "lifeguard": ("金沙湾3号救生瞭望台", ["金沙湾3号救生台", "救生瞭望台附近", "浴场救生站"],
                  (23.3939, 116.9648), "beach", "town", (8, 19), "the lifeguard tower on the beach"),
    "harbour": ("海门渡渔港", ["海门渡渔港", "渔港码头", "渔港卸货区", "渔港北堤"],
                (23.4071, 116.9591), "harbour", "town", (3, 11), "the fishing harbour"),
    "iceplant": ("渔港制冰厂", ["渔港制冰厂", "制冰厂门口", "冰厂出冰口"],
                 (23.4083, 116.9604), "harbour", "town", (3, 10), "the ice plant"),
    "fishmkt": ("海门渡水产批发市场", ["水产批发市场", "海鲜批发市场", "渔港边上的批发市场"],
                (23.4061, 116.9574), "harbour", "town", (4, 12), "the fish wholesale market"),
    "fishvillage": ("渔民新村", ["渔民新村", "渔民新村三巷", "渔民新村篮球场"],
                    (23.4102, 116.9533), "harbour", "town", (6, 22), "the fishermen's village"),
    "homestay": ("南湾民宿街", ["南湾民宿街", "南湾路民宿区", "南湾路"],
                 (23.3976, 116.9571), "homestay", "town", (7, 23), "the homestay street in South Bay"),
    "tingtao": ("听涛居民宿", ["听涛居民宿", "南湾路听涛居", "听涛居"],
                (23.3971, 116.9580), "homestay", "town", (7, 23), "Tingtao homestay"),
    "haoke": ("蚝壳厝民宿", ["蚝壳厝民宿", "蚝壳厝", "南湾路蚝壳厝民宿"],
              (23.3982, 116.9565), "homestay", "town", (7, 23), "the oyster-shell house homestay"),
    "bus": ("海门渡汽车客运站", ["海门渡汽车站", "汽车客运站", "汽车站候车室", "客运站售票窗口"],
            (23.4112, 116.9452), "transit", "town", (6, 19), "the Haimendu bus terminal"),
    "market": ("海门渡农贸市场", ["农贸市场", "菜市场", "海门渡菜市场"],
               (23.4087, 116.9491), "transit", "town", (5, 13), "the town market"),
    "bailu_pier": ("白鹭屿码头", ["白鹭屿码头", "白鹭屿客运码头", "岛上码头（白鹭屿）"],
                   (23.3321, 117.0312), "bailu", "bailu", (7, 18), "the Bailu Islet pier"),
    "bailu_beach": ("白鹭屿月亮湾", ["白鹭屿月亮湾", "月亮湾沙滩", "白鹭屿沙滩"],
                    (23.3279, 117.0381), "bailu", "bailu", (8, 18), "Moon Bay on Bailu Islet"),
    "bailu_light": ("白鹭屿灯塔", ["白鹭屿灯塔", "灯塔观景台", "白鹭屿环岛步道"],
                    (23.3248, 117.0452), "bailu", "bailu", (8, 18), "the lighthouse on Bailu Islet"),
    "qinglong_pier": ("青龙岛码头", ["青龙岛码头", "青龙岛渡口"],
                      (23.3602, 117.0921), "qinglong", "qinglong", (7, 18), "the Qinglong Island pier"),
    "qinglong_village": ("青龙岛渔村", ["青龙岛渔村", "青龙岛村口小卖部", "青龙岛渔家乐"],
                         (23.3641, 117.0958), "qinglong", "qinglong", (8, 21), "the village on Qinglong Island"),
    "county_bus": ("东澳县汽车总站", ["东澳县汽车总站", "县城汽车总站", "县汽车站"],
                   (23.5503, 116.7801), "county", "county", (6, 20), "the county bus station"),
    "county_walk": ("东澳县城人民路步行街", ["县城步行街", "东澳县人民路步行街"],
                    (23.5551, 116.7853), "county", "county", (9, 22), "the county town high street"),
}
PKEYS = list(PLACES)
CLUSTERS = {}
for _k in PKEYS:
    CLUSTERS.setdefault(PLACES[_k][3], []).append(_k)

SCEN = {  # what the owner was doing; {n} = noun
    "pier": ["在码头候船厅等船，{n}放在椅子上，检票的时候人多一挤就忘了拿", "在码头售票窗口买船票，买完票{n}就不见了",
             "在码头等去白鹭屿的船，上船后才发现{n}没了"],
    "ferry": ["坐渡船去白鹭屿，下船的时候{n}应该落在座位上了", "坐“海鸥3号”回来，船上晕船躺了一会，{n}就找不到了"],
    "ferry2": ["坐渡船去青龙岛，{n}可能放在船舱座位底下忘拿了", "从青龙岛坐船回来，{n}落在船上了"],
    "seawall": ["在海堤栈道散步拍照，{n}可能掉在栈道上了", "在海堤上钓鱼，收竿走的时候{n}没带上"],
    "nightmkt": ["在浮桥路夜市吃东西，付完钱{n}就不见了", "逛海鲜夜市人太多了，{n}不知道掉哪了", "在夜市买炒粉干，排队的时候{n}没了"],
    "dapaidang": ["在渔港路大排档吃宵夜，{n}放在桌上走的时候忘了", "和朋友在大排档喝酒，散场后发现{n}没了"],
    "mazu": ["去天后宫拜妈祖，烧香的时候{n}放在供桌边上", "在天后宫广场坐着乘凉，{n}可能掉在石凳那边"],
    "beach": ["在金沙湾下海游泳，{n}放在沙滩上，上岸就找不到了", "带小孩在金沙湾堆沙子，{n}应该是埋到沙里了", "在沙滩上躺着晒太阳，睡了一觉醒来{n}不见了"],
    "showers": ["在冲淋房冲凉，{n}放在架子上忘拿了", "游完泳去冲凉房换衣服，出来才发现{n}落在里面"],
    "umbrella": ["在沙滩租伞那里还伞押金，{n}放在桌上忘拿", "租了遮阳伞坐着，走的时候{n}没带"],
    "lifeguard": ["在救生台旁边的阴凉处坐着，{n}放在旁边，走的时候忘了", "小孩在救生台附近玩水，{n}掉在那边了"],
    "harbour": ["在渔港卸货，{n}放在船边的箱子上，忙完就不见了", "在渔港码头上搬鱼箱，{n}掉了都不知道"],
    "iceplant": ["在制冰厂装冰，{n}放在冰台上忘了", "去冰厂拉冰，{n}可能掉在出冰口那边"],
    "fishmkt": ["在水产批发市场卖货，{n}放在秤旁边，收摊就找不到了", "去批发市场进货，{n}掉在市场里了"],
    "fishvillage": ["在渔民新村里走，{n}可能掉在巷子里了", "在新村篮球场乘凉，{n}放在石凳上忘了"],
    "homestay": ["住在南湾民宿街，退房拖行李的时候{n}掉了", "在南湾路上等车，{n}可能掉在路边"],
    "tingtao": ["住听涛居民宿，退房时{n}落在房间里了", "在听涛居楼下院子里喝茶，{n}忘在桌上"],
    "haoke": ["住蚝壳厝民宿，退房的时候{n}没带走", "在蚝壳厝门口坐着吹风，{n}落在那里了"],
    "bus": ["在汽车站候车室等车，{n}放在座位上忘了拿", "坐车去县城，在客运站上车前{n}就没了"],
    "market": ["在菜市场买菜，{n}可能放在摊位上忘了", "去农贸市场买东西，{n}不知道掉哪了"],
    "bailu_pier": ["在白鹭屿码头等回程的船，{n}放在候船棚忘了", "在白鹭屿下船的时候{n}掉了"],
    "bailu_beach": ["在白鹭屿月亮湾玩水，{n}放在礁石上找不到了", "在月亮湾沙滩拍照，{n}落在沙滩上了"],
    "bailu_light": ["在白鹭屿环岛步道走到灯塔，{n}应该是掉在步道上", "在灯塔观景台拍照，{n}放在栏杆上忘了"],
    "qinglong_pier": ["在青龙岛码头等船，{n}放在栏杆边忘了"],
    "qinglong_village": ["在青龙岛渔家乐吃饭，{n}落在店里了", "在青龙岛村口小卖部买水，{n}忘在柜台上"],
    "county_bus": ["在县汽车总站下车的时候{n}没拿"],
    "county_walk": ["在县城步行街逛街，{n}不见了"],
}
SPOT = {
    "pier": ["候船厅座椅上", "检票口旁边", "售票窗口台面上", "码头二号候船厅垃圾桶边"],
    "ferry": ["客舱座位底下", "船上二层座位", "船舱救生衣柜旁边"],
    "ferry2": ["客舱座位上", "船尾甲板", "船舱座椅缝里"],
    "seawall": ["栈道长椅上", "海堤台阶上", "灯塔公园护栏边"],
    "nightmkt": ["摊位桌子底下", "夜市入口牌坊旁", "炒粉干摊前面地上", "夜市公厕洗手台"],
    "dapaidang": ["店里桌子上", "大排档门口塑料凳上", "收桌的时候在桌底"],
    "mazu": ["天后宫供桌旁边", "广场石凳上", "香炉边上"],
    "beach": ["沙滩上", "沙里露出一角", "潮水线附近", "礁石边"],
    "showers": ["冲淋房隔间架子上", "更衣区长凳上", "洗脚池边上"],
    "umbrella": ["租伞点桌子上", "遮阳伞底下", "躺椅上"],
    "lifeguard": ["救生台下面", "救生台旁边的沙里", "救生站门口"],
    "harbour": ["卸货区鱼箱旁", "渔港北堤上", "码头缆桩边"],
    "iceplant": ["出冰口旁边", "制冰厂门口地上", "冰台上"],
    "fishmkt": ["市场过道上", "电子秤旁边", "摊位底下"],
    "fishvillage": ["巷子口", "篮球场石凳上", "路边"],
    "homestay": ["路边花坛", "民宿门口", "人行道上"],
    "tingtao": ["房间床头柜里", "前台沙发上", "院子茶桌上"],
    "haoke": ["房间抽屉里", "门口长凳上", "公共客厅"],
    "bus": ["候车室座位上", "售票窗口前", "进站安检机旁"],
    "market": ["菜摊上", "市场门口", "鱼档旁边"],
    "bailu_pier": ["候船棚长椅上", "码头栏杆边", "售票亭窗口"],
    "bailu_beach": ["礁石上", "沙滩上", "淋浴棚里"],
    "bailu_light": ["步道上", "观景台栏杆边", "灯塔下面台阶"],
    "qinglong_pier": ["码头候船点", "栏杆边"],
    "qinglong_village": ["渔家乐饭桌上", "小卖部柜台上", "村口榕树下"],
    "county_bus": ["到站大巴座位上", "出站口"],
    "county_walk": ["步行街长椅上", "奶茶店门口"],
}

# ----------------------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "曜石黑", "亮黑色"], "black"),
    "white": (["白色", "白", "米白", "珍珠白", "象牙白"], "white"),
    "blue": (["蓝色", "蓝", "天蓝", "海蓝色", "宝蓝"], "blue"),
    "navy": (["藏青色", "藏青", "深蓝色", "海军蓝"], "navy"),
    "red": (["红色", "红", "大红", "酒红色"], "red"),
    "pink": (["粉色", "粉", "樱花粉", "浅粉色"], "pink"),
    "gold": (["金色", "金", "香槟金", "土豪金"], "gold"),
    "silver": (["银色", "银", "银灰色", "亮银"], "silver"),
    "green": (["绿色", "绿", "墨绿", "薄荷绿", "军绿色"], "green"),
    "yellow": (["黄色", "黄", "明黄", "柠檬黄"], "yellow"),
    "grey": (["灰色", "灰", "深空灰", "浅灰"], "grey"),
    "purple": (["紫色", "紫", "淡紫", "香芋紫"], "purple"),
    "brown": (["棕色", "咖啡色", "褐色", "驼色"], "brown"),
    "orange": (["橙色", "橘色", "橘黄"], "orange"),
}
CONFUSE = {"black": ["深灰色", "深色"], "navy": ["黑色", "深色"], "silver": ["灰色", "白色"],
           "white": ["米色", "银白"], "brown": ["深咖", "黑褐色"], "purple": ["粉紫"], "blue": ["青色"]}

# ----------------------------------------------------------------------------- brands
def B(zh, variants, logo, en):
    return {"zh": zh, "vars": variants, "logo": logo, "en": en}

BRANDS = {
    # phones: real makers, invented models
    "huawei": B("华为", ["华为", "HUAWEI", "Huawei", "huawei", "华伟"], ["HUAWEI", "华为"], "Huawei"),
    "apple": B("苹果", ["苹果", "Apple", "iPhone", "apple", "苹过"], ["苹果", "Apple", "iPhone"], "Apple"),
    "xiaomi": B("小米", ["小米", "Xiaomi", "xiaomi", "MI", "小咪"], ["小米", "Xiaomi"], "Xiaomi"),
    "oppo": B("OPPO", ["OPPO", "oppo", "欧珀", "OPP0"], ["OPPO"], "OPPO"),
    "vivo": B("vivo", ["vivo", "VIVO", "维沃", "Vivo"], ["vivo"], "vivo"),
    "honor": B("荣耀", ["荣耀", "HONOR", "Honor", "容耀"], ["HONOR", "荣耀"], "Honor"),
    "samsung": B("三星", ["三星", "Samsung", "SAMSUNG", "三心"], ["SAMSUNG", "三星"], "Samsung"),
    # invented makers
    "shatuo": B("沙驼", ["沙驼", "SHATUO", "Shatuo", "沙陀"], ["SHATUO", "沙驼"], "Shatuo"),
    "tuoye": B("拓野", ["拓野", "TUOYE", "tuoye", "拓叶"], ["TUOYE"], "Tuoye"),
    "jingyu": B("鲸语", ["鲸语", "JINGYU", "jingyu", "京语"], ["JINGYU", "鲸语"], "Jingyu"),
    "pijiang": B("皮匠铺", ["皮匠铺", "PIJIANGPU", "Pijiangpu", "皮酱铺"], ["PIJIANGPU"], "Pijiangpu"),
    "chaoxi": B("潮汐客", ["潮汐客", "CHAOXIKE", "chaoxike", "潮夕客"], ["CHAOXIKE", "潮汐客"], "Chaoxike"),
    "lanjian": B("蓝鲣", ["蓝鲣", "LANJIAN", "LanJian", "蓝坚"], ["LANJIAN"], "Lanjian"),
    "fanbu": B("帆布侠", ["帆布侠", "FANBUXIA", "fanbuxia", "帆布虾"], ["FANBUXIA", "帆布侠"], "Fanbuxia"),
    "juntu": B("骏途", ["骏途", "JUNTU", "Juntu", "俊途"], ["JUNTU", "骏途"], "Juntu"),
    "beikun": B("北鲲", ["北鲲", "BEIKUN", "beikun", "北昆"], ["BEIKUN"], "Beikun"),
    "tieliu": B("铁骝", ["铁骝", "TIELIU", "铁流"], ["TIELIU", "铁骝"], "Tieliu"),
    "jinmanlou": B("金满楼", ["金满楼", "JINMANLOU", "金满搂"], ["金满楼", "JML"], "Jinmanlou"),
    "chaofu": B("潮福珠宝", ["潮福珠宝", "潮福", "CHAOFU", "朝福"], ["潮福", "CHAOFU"], "Chaofu"),
    "yinyu": B("银语", ["银语", "YINYU", "银雨"], ["YINYU", "银语"], "Yinyu"),
    "shenglan": B("声澜", ["声澜", "SHENGLAN", "Shenglan", "声兰"], ["SHENGLAN"], "Shenglan"),
    "langke": B("浪客", ["浪客", "LANGKE", "langke", "浪可"], ["LANGKE"], "Langke"),
    "peineng": B("沛能", ["沛能", "PEINENG", "peineng", "配能"], ["PEINENG", "沛能"], "Peineng"),
    "kujing": B("酷鲸", ["酷鲸", "KUJING", "Kujing", "酷京"], ["KUJING"], "Kujing"),
    "lantu": B("澜图", ["澜图", "LANTU", "lantu", "兰图"], ["LANTU"], "Lantu"),
    "tuoying": B("拓影", ["拓影", "TUOYING", "Tuoying", "托影"], ["TUOYING"], "Tuoying"),
    "moye": B("墨页", ["墨页", "MOYE", "moye", "墨叶"], ["MOYE"], "Moye"),
    "jicheng": B("极橙", ["极橙", "JICHENG", "jicheng", "极澄"], ["JICHENG"], "Jicheng"),
    "zhulang": B("逐浪", ["逐浪", "ZHULANG", "zhulang", "逐狼"], ["ZHULANG"], "Zhulang"),
    "feiou": B("飞鸥", ["飞鸥", "FEIOU", "Feiou", "飞欧"], ["FEIOU", "飞鸥"], "Feiou"),
    "shanque": B("山雀", ["山雀", "SHANQUE", "山鹊"], ["SHANQUE"], "Shanque"),
    "haitunying": B("海豚鹰", ["海豚鹰", "HAITUNYING", "海豚莺"], ["海豚鹰", "HAITUNYING"], "Haitunying"),
    "lvju": B("绿驹", ["绿驹", "LVJU", "lvju", "绿居"], ["LVJU", "绿驹"], "Lvju"),
    "susha": B("速鲨", ["速鲨", "SUSHA", "susha", "速沙"], ["SUSHA"], "Susha"),
    "lingfeng": B("铃风", ["铃风", "LINGFENG", "灵风"], ["LINGFENG", "铃风"], "Lingfeng"),
    "kaifan": B("凯帆", ["凯帆", "KAIFAN", "kaifan", "凯凡"], ["KAIFAN"], "Kaifan"),
    "yangyu": B("阳屿", ["阳屿", "YANGYU", "阳雨"], ["YANGYU"], "Yangyu"),
    "kundiao": B("鲲钓", ["鲲钓", "KUNDIAO", "昆钓"], ["KUNDIAO", "鲲钓"], "Kundiao"),
    "langhuabao": B("浪花宝", ["浪花宝", "LANGHUABAO", "浪花包"], ["浪花宝"], "Langhuabao"),
    "qingyufang": B("晴雨坊", ["晴雨坊", "QINGYUFANG", "晴语坊"], ["晴雨坊"], "Qingyufang"),
    "liangyu": B("凉屿", ["凉屿", "LIANGYU", "凉雨"], ["LIANGYU"], "Liangyu"),
    "landong": B("蓝洞", ["蓝洞", "LANDONG", "兰洞"], ["LANDONG"], "Landong"),
    "nuandao": B("暖岛", ["暖岛", "NUANDAO", "暖导"], ["NUANDAO", "暖岛"], "Nuandao"),
    "haitu": B("海图", ["海图", "HAITU", "海途"], ["HAITU"], "Haitu"),
}

PHONE_MODELS = {
    "huawei": [("Mate 77", ["Mate 77", "Mate77", "mate 77", "MATE77"]),
               ("nova 15 SE", ["nova 15 SE", "nova15se", "Nova 15SE", "诺瓦15SE"]),
               ("Pura 90", ["Pura 90", "Pura90", "pura 90", "P90"]),
               ("畅享 70z", ["畅享 70z", "畅享70z", "畅享70Z"])],
    "apple": [("iPhone 19 Pro", ["iPhone 19 Pro", "19 Pro", "iphone19pro", "苹果19Pro"]),
              ("iPhone 19 mini", ["iPhone 19 mini", "19mini", "iphone 19 mini"]),
              ("iPhone 20 SE", ["iPhone 20 SE", "20SE", "iphone20 se"])],
    "xiaomi": [("小米 19 Ultra", ["小米 19 Ultra", "19 Ultra", "小米19U", "Xiaomi 19 Ultra"]),
               ("Redmi K95", ["Redmi K95", "红米K95", "redmi k95", "K95"]),
               ("Redmi Note 19T", ["Redmi Note 19T", "红米Note19T", "note19t"])],
    "oppo": [("Reno 18", ["Reno 18", "Reno18", "reno 18"]), ("Find X11", ["Find X11", "FindX11", "find x11"]),
             ("A3x Max", ["A3x Max", "A3xMax", "a3x max"])],
    "vivo": [("X300s", ["X300s", "X300 S", "x300s"]), ("Y88t", ["Y88t", "Y88T", "y88t"]),
             ("iQOO 17 Neo", ["iQOO 17 Neo", "iqoo17neo", "iQOO17 Neo"])],
    "honor": [("Magic 9 Lite", ["Magic 9 Lite", "Magic9 Lite", "magic9lite"]),
              ("X70 Max", ["X70 Max", "X70Max", "x70 max"]), ("畅玩 60", ["畅玩 60", "畅玩60"])],
    "samsung": [("Galaxy S29", ["Galaxy S29", "S29", "galaxy s29"]), ("Galaxy A77", ["Galaxy A77", "A77", "galaxy a77"])],
}

# ----------------------------------------------------------------------------- people
SURN = list("陈林黄蔡郑吴许李张王刘杨方洪庄苏谢余翁卢詹柯邱魏")
GIVEN = list("海秀丽志强伟建国明华玉金凤娇婷晓宇涛浩欣梓涵俊鹏芳燕珊琳春秋锦添镇潮泉妹娣雅诗")
FOREIGN = ["Maren Oskvik", "Tobias Herrold", "Ines Carvalhal", "Liam Dervane", "Sanne Bolwerk",
           "Aaron Fitzwell", "Clea Rousseaux", "Jonas Weidhaupt", "Hana Kovarikova", "Oliver Brisket"]
BANKS = ["东澳农商银行", "海联银行", "南粤信合银行", "闽潮银行"]
SHOPS = ["海门渡渔具店", "金沙湾冲浪俱乐部", "浮桥路茶餐厅", "渔港加油站", "南湾便利店"]
SCHOOLS = ["东澳县第一中学", "东澳职业技术学校", "海门渡中学", "滨海理工学院"]

W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C_ID = "10X98765432"


def id_check(body17):
    return C_ID[sum(int(a) * b for a, b in zip(body17, W_ID)) % 11]


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


class World:
    def __init__(self, r):
        self.r = r
        self.used_names = []
        self.used_serials = []

    def digits(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def uniq(self, fn):
        for _ in range(200):
            v = fn()
            if v not in self.used_serials:
                self.used_serials.append(v)
                return v
        raise RuntimeError("cannot make unique value")

    def name(self):
        r = self.r
        for _ in range(500):
            n = r.choice(SURN) + r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.8 else "")
            if n not in self.used_names and n[1:2] != n[2:3]:
                self.used_names.append(n)
                return n
        raise RuntimeError("names")

    def imei(self):
        def f():
            body = "86" + self.digits(12)
            return body + luhn_digit(body)
        return self.uniq(f)

    def idno(self, adult=True):
        r = self.r

        def f():
            region = r.choice(["445193", "445197", "350391", "350398", "445291", "445296"])
            y = r.randrange(1955, 2004) if adult else r.randrange(2006, 2012)
            m = r.randrange(1, 13)
            d = r.randrange(1, 29)
            b = "%s%04d%02d%02d%s" % (region, y, m, d, self.digits(3))
            return b + id_check(b)
        return self.uniq(f)

    def tail(self):
        return self.uniq(lambda: self.digits(4))


# ----------------------------------------------------------------------------- object models
def F(k, own, fnd, en=None):
    return {"k": k, "own": own, "fnd": fnd, "en": en}


def pick(r, seq):
    return seq[r.randrange(len(seq))]


PHONE_CASE = [("装着透明软壳", "带透明软壳", "in a clear case"), ("套着蓝色硅胶壳", "套着蓝色硅胶壳", "in a blue silicone case"),
              ("手机壳是小黄鸭图案的", "壳上印着小黄鸭", "with a yellow duck case"),
              ("黑色防摔壳，背面有个支架", "黑色防摔壳，背后带支架", "in a black rugged case with a kickstand"),
              ("壳后面夹着一张公交卡", "壳背面夹着一张公交卡", "with a bus card tucked behind the case"),
              ("粉色闪粉壳", "粉色亮片手机壳", "in a pink glitter case"),
              ("手机壳上画着一条红锦鲤", "壳上有红色锦鲤图案", "with a red koi fish case"),
              ("没戴壳，裸机", "没有手机壳", "no case"), ("棕色皮质翻盖保护套", "棕色翻盖皮套", "in a brown leather flip cover"),
              ("卡通恐龙壳", "恐龙图案的壳", "in a dinosaur case"),
              ("壳是磨砂黑的，后面有个指环扣", "黑色磨砂壳带指环扣", "black matte case with a ring holder"),
              ("绿色渔网纹的壳", "绿色格纹手机壳", "green mesh-pattern case")]
PHONE_WEAR = [("屏幕左下角碎了一块", "屏幕左下角碎裂", "the bottom-left of the screen is cracked"),
              ("屏幕中间一道长裂痕", "屏幕有一道长裂纹", "a long crack across the screen"),
              ("后摄像头旁边有道划痕", "摄像头旁边有划痕", "a scratch next to the camera"),
              ("边框掉了几块漆", "边框有掉漆", "paint chipped on the frame"),
              ("贴膜右上角翘起来了", "钢化膜右上角翘边", "the screen protector is peeling at the top right"),
              ("后盖贴了张海贼王贴纸", "背面贴着动漫贴纸", "an anime sticker on the back")]
PHONE_STRAP = [("挂着一根红色挂绳", "挂着红色挂绳", "a red lanyard"), ("装在透明防水袋里", "装在透明防水袋里", "in a clear waterproof pouch"),
               ("挂了个贝壳挂件", "挂着贝壳挂件", "a seashell charm"), ("挂了根斜挎手机链", "带一根斜挎手机链", "a crossbody phone strap"),
               ("挂着个小鱼毛绒挂件", "挂着小鱼毛绒挂件", "a small plush fish charm")]
PHONE_LOCK = [("锁屏是我儿子穿校服的照片", "亮屏能看到锁屏是个穿校服的小男孩"), ("锁屏是一只橘猫", "锁屏图片是只橘猫"),
              ("锁屏壁纸是海边日落", "锁屏是日落风景"), ("锁屏是我和老婆的合照", "锁屏是一男一女合照"),
              ("锁屏是一艘红色渔船", "锁屏是艘红色的船"), ("锁屏是个动漫人物", "锁屏是动漫人物"),
              ("锁屏是全家福", "锁屏是一家人合照"), ("锁屏是我家柯基", "锁屏是只柯基狗")]

WALLET_KIND = [("长款钱包", "长款钱包", "long wallet"), ("短款对折钱包", "对折短钱包", "bifold wallet"),
               ("拉链零钱包", "拉链小钱包", "zip coin purse"), ("卡包", "卡包", "card holder"), ("男士皮夹", "皮夹", "leather wallet")]
WALLET_WEAR = [("边角磨白了", "边角磨损发白"), ("拉链头坏了，用回形针代替", "拉链头是一个回形针"),
               ("上面烫着一个字母L", "表面烫印字母L"), ("扣子有点松", "按扣松了"), ("背面有圆珠笔划的印子", "背面有圆珠笔印"),
               ("挂着一个小铃铛", "拉链上挂着小铃铛"), ("钱包有股鱼腥味，平时放在船上", "有点鱼腥味")]
WALLET_PHOTO = [("夹层里有我女儿的一寸照", "夹层有一张小女孩证件照"), ("里面有张全家福小照片", "里面夹着一张全家福"),
                ("夹着一张老人的黑白照", "夹着一张老人黑白照片"), ("有张平安符折成三角形", "夹着三角形的平安符")]

KEY_CHAIN = [("挂着一个蓝色小海豚钥匙扣", "蓝色小海豚钥匙扣", "blue"), ("挂着一个开瓶器", "带一个开瓶器", "silver"),
             ("有个红色平安符", "挂着红色平安符", "red"), ("挂着一只毛绒小熊", "小熊毛绒挂件", "brown"),
             ("挂着一个木头雕的小鱼", "木雕小鱼挂件", "brown"), ("有块铜牌刻着“福”字", "铜牌刻“福”字", "gold"),
             ("挂着个指甲刀", "挂着指甲刀", "silver"), ("有个小手电筒", "挂一个小手电筒", "black"),
             ("挂着一个贝壳", "贝壳挂件", "white"), ("挂着一个塑料牌写着“302”", "塑料牌写着302", "yellow"),
             ("挂着一个口哨", "挂着口哨", "orange"), ("有个粉色Hello猫挂件", "粉色小猫挂件", "pink"),
             ("挂着一个绿色的浮漂", "绿色钓鱼浮漂挂件", "green"), ("挂着一个小锚", "金属小船锚挂件", "silver"),
             ("有个紫色绒球", "紫色毛绒球", "purple"), ("挂着一颗黑色骰子", "黑色骰子挂件", "black")]
KEY_SPECIAL = [("一张蓝色水滴门禁卡", "蓝色水滴形门禁卡"), ("一个信箱小钥匙", "信箱小钥匙"),
               ("一把U型锁钥匙", "U型锁钥匙"), ("船上机舱的钥匙，铜的", "一把铜钥匙"), ("冰柜的小钥匙", "小号钥匙"),
               ("电动车钥匙", "电动车钥匙")]

ID_HOLDER = [("装在透明卡套里", "透明卡套装着", "blue"), ("蓝色卡套，带挂绳", "蓝色卡套带挂绳", "blue"),
             ("和一张银行卡用皮筋绑在一起", "和一张银行卡用皮筋绑着", None), ("装在红色小胶袋里", "装在红色塑料小袋里", "red"),
             ("套着粉色卡通卡套", "粉色卡通卡套", "pink"), ("装在黑色证件包里", "黑色证件包", "black")]

BAG_KIND = [("双肩包", "双肩背包", "backpack"), ("斜挎包", "斜挎包", "crossbody bag"), ("草编沙滩包", "草编包", "straw beach bag"),
            ("腰包", "腰包", "waist bag"), ("帆布袋", "帆布袋", "canvas tote"), ("防水桶包", "防水桶包", "dry bag"),
            ("手提包", "女士手提包", "handbag"), ("儿童小背包", "儿童小书包", "child's backpack"), ("拉杆箱", "拉杆行李箱", "suitcase")]
BAG_CHARM = [("拉链上挂着一个小海龟", "挂着小海龟挂件", "a little turtle charm"), ("包上别着一个“我爱海门渡”徽章", "别着“我爱海门渡”徽章", "an 'I love Haimendu' pin"),
             ("背带打了个结", "背带打了结", "a knot in the strap"), ("侧袋破了个洞", "侧袋有破洞", "a hole in the side pocket"),
             ("挂着一个毛绒柠檬", "挂着毛绒柠檬", "a plush lemon charm"), ("包上绣着名字拼音", "包上绣着拼音字母", "a name embroidered on it"),
             ("挂着红色行李牌", "挂红色行李牌", "a red luggage tag"), ("提手缠了白色胶布", "提手缠着白胶布", "white tape on the handle")]
BAG_CONTENT = [("充电宝", "充电宝一个", "a power bank"), ("防晒霜", "防晒霜", "sunscreen"), ("一条蓝色毛巾", "蓝色毛巾一条", "a blue towel"),
               ("泳衣泳镜", "泳衣、泳镜", "swimwear and goggles"), ("一包纸巾和湿巾", "纸巾湿巾", "tissues"),
               ("晕船药", "一盒药片", "seasickness pills"), ("一本笔记本", "笔记本一本", "a notebook"),
               ("小孩的水壶", "儿童水壶", "a kid's water bottle"), ("一把折叠伞", "折叠伞一把", "a folding umbrella"),
               ("两件换洗衣服", "几件衣服", "a change of clothes"), ("钓鱼用的铅坠和鱼钩", "一盒鱼钩铅坠", "fishing hooks and sinkers"),
               ("一个保温杯", "保温杯", "a flask"), ("耳机", "一副耳机", "earphones"), ("一副墨镜", "墨镜一副", "sunglasses"),
               ("儿童泳圈（没充气）", "没充气的泳圈", "a deflated swim ring"), ("船票票根", "两张船票", "ferry ticket stubs")]

CASH_CONT = [("装在一个红包里，上面写着“恭喜发财”", "红色利是封装着（印“恭喜发财”）", "red"),
             ("装在牛皮纸信封里", "牛皮纸信封装着", "brown"), ("用橡皮筋捆着", "橡皮筋捆成一卷", None),
             ("装在黑色塑料袋里", "黑色塑料袋包着", "black"), ("夹在一个记账小本子里", "夹在一个小记账本里", "blue"),
             ("折起来用回形针夹着", "折叠用回形针夹住", None), ("装在透明自封袋里", "透明自封袋装着", "white")]
CASH_WHY = ["是卖鱼的货款", "是准备交船租的钱", "是摊位这几天的营业款", "是出来旅游带的现金", "是要给老母亲的生活费",
            "是工钱", "是准备去县城还人家的钱", "是收的民宿房费"]

JEW_KIND = [("金项链", "项链", "gold", "条", "gold necklace"), ("金手镯", "手镯", "gold", "只", "gold bangle"),
            ("银手镯", "手镯", "silver", "只", "silver bangle"), ("戒指", "戒指", "gold", "枚", "ring"),
            ("铂金戒指", "戒指", "silver", "枚", "platinum ring"), ("珍珠耳环", "耳环", "white", "对", "pearl earrings"),
            ("翡翠吊坠", "吊坠", "green", "个", "jade pendant"), ("金手链", "手链", "gold", "条", "gold bracelet"),
            ("银脚链", "脚链", "silver", "条", "silver anklet"), ("沉香手串", "手串", "brown", "串", "agarwood bead bracelet"),
            ("黑曜石手串", "手串", "black", "串", "obsidian bead bracelet")]
JEW_PENDANT = [("吊坠是个小羊", "带小羊吊坠"), ("吊坠是平安扣", "带平安扣吊坠"), ("挂着一个观音", "挂观音吊坠"),
               ("吊坠是一条小鱼", "小鱼形状吊坠"), ("挂着个貔貅", "貔貅吊坠"), ("吊坠是个心形", "心形吊坠"), ("吊坠是个小船锚", "船锚吊坠")]

ELEC = [  # kind own, kind fnd, brand, models, colours, measure, en
    ("蓝牙耳机", "蓝牙耳机", "shenglan", ["Buds 3 Pro", "Buds Air 2"], ["white", "black", "blue"], "副", "wireless earbuds"),
    ("运动相机", "运动相机", "langke", ["Go 7", "Go 6 Max"], ["black", "grey"], "台", "action camera"),
    ("充电宝", "充电宝", "peineng", ["PN-20000", "磁吸 M10"], ["white", "black", "pink"], "个", "power bank"),
    ("智能手表", "手表", "kujing", ["Watch S5", "Watch GT4"], ["black", "silver", "pink"], "块", "smartwatch"),
    ("平板电脑", "平板", "lantu", ["Pad 11", "Pad Mini 8"], ["grey", "silver"], "台", "tablet"),
    ("相机", "相机", "tuoying", ["Z30", "X-M5"], ["black", "silver"], "台", "camera"),
    ("电子阅读器", "电子书阅读器", "moye", ["R7", "R10"], ["black", "white"], "台", "e-reader"),
    ("无人机", "无人机", "jicheng", ["Mini 6", "Air 9"], ["grey", "white"], "台", "drone"),
]
ELEC_MARK = [("外壳贴了一张小恐龙贴纸", "贴着小恐龙贴纸", "a dinosaur sticker"), ("外面套了个硅胶套", "套着硅胶保护套", "in a silicone cover"),
             ("用记号笔写了个“陈”字", "上面写着“陈”字", "a name written on it"), ("边上有一圈磕痕", "边缘有磕碰痕迹", "dents on the edge"),
             ("挂着一根黄色挂绳", "挂黄色挂绳", "a yellow strap"), ("装在一个灰色收纳包里", "装在灰色收纳包里", "in a grey pouch"),
             ("背面贴着一张全家福贴纸", "背面贴有照片贴纸", "a family photo sticker")]

BIKE_KIND = [("山地车", "山地自行车", "mountain bike"), ("城市通勤车", "自行车", "city bike"), ("折叠车", "折叠自行车", "folding bike"),
             ("儿童自行车", "儿童自行车", "kid's bike"), ("公路车", "公路自行车", "road bike")]
BIKE_MARK = [("车筐是白色塑料的", "白色塑料车筐"), ("车座套了个豹纹座套", "豹纹坐垫套"), ("车把上挂着一个铃铛是小黄鸭", "小黄鸭车铃"),
             ("后轮挡泥板掉了", "后挡泥板缺失"), ("车架上贴着“平安”贴纸", "车架贴“平安”贴纸"), ("后座绑了个儿童座椅", "后座有儿童座椅"),
             ("前轮有个闪光灯", "前轮装着闪灯")]
EBIKE_MODELS = {"haitunying": ["小海豚 T3", "DF-60"], "lvju": ["Q5", "Q7 Pro"], "susha": ["S8", "鲨鱼 X2"], "lingfeng": ["LF-3", "风铃 5"]}
EBIKE_MARK = [("装了个遮阳棚", "带遮阳棚"), ("后座装了儿童座椅", "后座加装儿童座椅"), ("后面绑着外卖箱", "后座有外卖保温箱"),
              ("车筐里放着一件雨衣", "车筐里有雨衣"), ("脚踏板上铺着一块红色脚垫", "红色脚垫"), ("车头贴着“一路平安”", "车头贴着“一路平安”"),
              ("后视镜断了一个", "少一个后视镜"), ("座垫破了用胶布粘着", "座垫用胶布粘着")]

OTHER = [  # kind, noun own, noun fnd, brand options, colours, measure, en, marks
    ("sunglasses", "墨镜", "墨镜", ["kaifan", "yangyu"], ["black", "brown"], "副", "sunglasses",
     [("镜片是偏光蓝膜的", "蓝色反光镜片"), ("镜腿上有个小裂口", "镜腿有裂"), ("装在一个硬壳眼镜盒里", "在硬壳眼镜盒里"), ("框是玳瑁纹的", "玳瑁纹镜框")]),
    ("swimring", "游泳圈", "游泳圈", ["langhuabao", None], ["pink", "yellow", "blue"], "个", "swim ring",
     [("火烈鸟造型的", "火烈鸟形状"), ("上面印着小黄鸭", "印小黄鸭图案"), ("独角兽形状", "独角兽造型"), ("带两个把手的儿童座圈", "儿童座圈带把手")]),
    ("rod", "鱼竿", "鱼竿", ["kundiao"], ["black", "red"], "根", "fishing rod",
     [("3.6米的海竿，装着一个5000型渔轮", "海竿带渔轮"), ("竿把缠了防滑带", "手把缠防滑带"), ("竿梢断过接上的", "竿梢有接过的痕迹"), ("装在黑色竿包里", "在黑色竿包里")]),
    ("umbrella", "遮阳伞", "伞", ["qingyufang", None], ["blue", "yellow", "green", "purple"], "把", "umbrella",
     [("伞面是条纹的", "条纹伞面"), ("伞柄是木头的", "木头伞柄"), ("有一根伞骨断了", "一根伞骨断了"), ("伞上印着小鱼", "伞面印小鱼图案")]),
    ("hat", "帽子", "帽子", [None, "liangyu"], ["white", "yellow", "navy", "pink"], "顶", "hat",
     [("是草帽，帽檐很宽", "宽檐草帽"), ("渔夫帽，带防风绳", "渔夫帽有绳"), ("棒球帽上绣着“SEA”", "帽子绣“SEA”字样"), ("帽子里面写着小孩名字", "帽内写有名字")]),
    ("jacket", "防晒衣", "防晒衣", ["liangyu"], ["white", "pink", "blue", "grey"], "件", "sun-protection jacket",
     [("女款M码", "M码"), ("口袋里有一包纸巾", "口袋有纸巾"), ("袖口有点脱线", "袖口脱线"), ("帽子上有个猫耳朵", "带猫耳帽")]),
    ("mask", "潜水面镜", "潜水镜", ["landong"], ["black", "blue", "pink"], "个", "snorkel mask",
     [("带一根黄色呼吸管", "连着黄色呼吸管"), ("镜片是近视度数的", "镜片有度数"), ("绑带是绿色的", "绿色绑带")]),
    ("thermos", "保温杯", "保温杯", ["nuandao"], ["black", "white", "pink", "green"], "个", "thermos",
     [("杯身贴着名字贴纸", "杯身有名字贴纸"), ("杯底凹了一块", "杯底有凹痕"), ("杯套是毛线织的", "毛线杯套"), ("里面泡着枸杞", "里面有枸杞茶")]),
    ("glasses", "近视眼镜", "眼镜", [None], ["black", "silver", "brown"], "副", "glasses",
     [("半框的", "半框眼镜"), ("右边镜腿用胶布缠过", "镜腿缠着胶布"), ("装在蓝色眼镜盒里", "蓝色眼镜盒")]),
    ("watch", "手表", "手表", ["haitu"], ["silver", "black", "gold"], "块", "watch",
     [("钢带的", "金属表带"), ("表盘上有道划痕", "表盘有划痕"), ("背面刻着“退休纪念”", "表背刻“退休纪念”")]),
    ("toys", "沙滩玩具", "沙滩玩具", [None], ["red", "yellow", "blue"], "套", "beach toys",
     [("一个小桶加三把小铲子", "小桶和小铲子"), ("桶上写着“乐乐”", "桶上写“乐乐”"), ("装在网兜里", "装在网兜里")]),
]


def color_word(r, c, confuse=0.0):
    if c is None:
        return ""
    if confuse and c in CONFUSE and r.random() < confuse:
        return pick(r, CONFUSE[c])
    return pick(r, COLORS[c][0])


class Obj(dict):
    pass


def make_obj(w, cat, fix=None, voice=None):
    """Draw an object's hidden truth.  fix: choices to keep (for twins and look-alikes)."""
    r = w.r
    fix = dict(fix or {})
    ch = {}

    def g(k, fn):
        if k in fix:
            ch[k] = fix[k]
        else:
            ch[k] = fn()
        return ch[k]

    o = Obj(cat=cat, color=None, brand=None, model=None, model_vars=None, serial=None,
            facts=[], hidden=[], measure="个", noun="", noun_f="", en="", ch=ch)

    if cat == "phone":
        if voice == "foreign":
            b = g("brand", lambda: pick(r, ["apple", "samsung", "apple"]))
        else:
            b = g("brand", lambda: pick(r, ["huawei"] * 5 + ["apple"] * 5 + ["xiaomi"] * 3 + ["oppo"] * 3 +
                                         ["vivo"] * 3 + ["honor"] * 2 + ["samsung"]))
        mi = g("model", lambda: r.randrange(len(PHONE_MODELS[b])))
        c = g("color", lambda: pick(r, ["black", "black", "white", "blue", "silver", "gold", "purple", "green", "pink"]))
        cs = g("case", lambda: r.randrange(len(PHONE_CASE)))
        we = g("wear", lambda: r.randrange(len(PHONE_WEAR)) if r.random() < 0.6 else None)
        st = g("strap", lambda: r.randrange(len(PHONE_STRAP)) if r.random() < 0.35 else None)
        lk = g("lock", lambda: r.randrange(len(PHONE_LOCK)))
        tl = g("numtail", lambda: w.digits(4))
        im = g("imei", lambda: w.imei())
        o.update(noun="手机", noun_f="手机", measure="部", color=c, brand=b, model=PHONE_MODELS[b][mi][0],
                 model_vars=PHONE_MODELS[b][mi][1], serial={"t": "imei", "v": im}, en="phone")
        o["facts"].append(F("case", *PHONE_CASE[cs]))
        if we is not None:
            o["facts"].append(F("wear", *PHONE_WEAR[we]))
        if st is not None:
            o["facts"].append(F("strap", *PHONE_STRAP[st]))
        o["facts"].append(F("lock", PHONE_LOCK[lk][0], PHONE_LOCK[lk][1], None))
        o["facts"][-1]["semi"] = True      # finder sees it only if the phone still lights up
        o["hidden"].append("手机号尾号" + tl)
        o["own_knows_serial"] = r.random() < 0.4
        o["fnd_sees_serial"] = r.random() < 0.25
    elif cat == "wallet":
        ki = g("kind", lambda: r.randrange(len(WALLET_KIND)))
        c = g("color", lambda: pick(r, ["black", "black", "brown", "brown", "red", "pink", "navy", "grey"]))
        b = g("brand", lambda: pick(r, ["shatuo", "tuoye", "jingyu", "pijiang", "chaoxi", "lanjian", None, None]))
        idn = g("idcard", lambda: (w.name(), w.idno()) if r.random() < 0.55 and voice != "foreign" else None)
        nb = g("banks", lambda: [(pick(r, BANKS), w.tail()) for _ in range(r.choice([0, 1, 1, 2, 2, 3]))])
        cash = g("cash", lambda: r.choice([0, 0, 30, 50, 120, 200, 260, 300, 450, 600, 800, 1200]))
        taken = g("taken", lambda: cash > 0 and r.random() < 0.08)
        we = g("wear", lambda: r.randrange(len(WALLET_WEAR)))
        ph = g("photo", lambda: r.randrange(len(WALLET_PHOTO)) if r.random() < 0.35 else None)
        mem = g("member", lambda: pick(r, SHOPS) if r.random() < 0.3 else None)
        dl = g("license", lambda: idn is not None and r.random() < 0.3 and voice != "foreign")
        k = WALLET_KIND[ki]
        o.update(noun=k[0], noun_f=k[1], measure="个", color=c, brand=b, en=k[2])
        if idn:
            o["facts"].append(F("idcard", "里面有我的身份证，名字叫%s" % idn[0], "内有身份证一张，姓名%s" % idn[0],
                                "my ID card is inside"))
            o["serial"] = {"t": "id", "v": idn[1]}
            o["owner_name"] = idn[0]
        if nb:
            bt = "、".join("%s尾号%s" % x for x in nb)
            o["facts"].append(F("banks", "有%d张银行卡（%s）" % (len(nb), bt),
                                "银行卡%d张（%s）" % (len(nb), "、".join("%s卡 **** %s" % x for x in nb)),
                                "%s bank card%s" % (["", "one", "two", "three"][len(nb)], "s" if len(nb) > 1 else "")))
            if not idn:
                o["serial"] = {"t": "bank", "v": nb[0][1], "bank": nb[0][0]}
        if dl:
            o["facts"].append(F("license", "驾驶证也在里面", "另有驾驶证一本", "my driving licence"))
        if mem:
            o["facts"].append(F("member", "还有一张%s的会员卡" % mem, "%s会员卡一张" % mem, None))
        o["facts"].append(F("wear", *WALLET_WEAR[we]))
        if ph is not None:
            o["facts"].append(F("photo", *WALLET_PHOTO[ph]))
        if cash:
            found_cash = 0 if taken else cash
            o["hidden"].append(pick(r, ["现金大概%d块" % cash, "里面有%d多块现金" % (cash // 10 * 10), "现金%d元左右" % cash]))
            o["cash_fnd"] = "内有现金%d元" % found_cash if found_cash else "里面没有现金"
            o["cash_en"] = "about %d yuan in cash" % cash
        o["own_knows_serial"] = r.random() < 0.7
        o["fnd_sees_serial"] = r.random() < 0.85
    elif cat == "keys":
        n = g("count", lambda: r.randrange(2, 8))
        kc = g("chain", lambda: r.randrange(len(KEY_CHAIN)))
        car = g("car", lambda: pick(r, ["juntu", "beikun", "tieliu", None, None, None, None]))
        sp = g("special", lambda: r.randrange(len(KEY_SPECIAL)) if r.random() < 0.6 else None)
        o.update(noun="钥匙", noun_f="钥匙", measure="串", color=KEY_CHAIN[kc][2], brand=car, en="keys")
        o["facts"].append(F("count", "一共%d把钥匙" % n, "共%d把钥匙" % n, "%d keys" % n))
        o["facts"].append(F("chain", KEY_CHAIN[kc][0], KEY_CHAIN[kc][1]))
        if car:
            kind = "摩托车钥匙" if car == "tieliu" else "汽车遥控钥匙"
            o["facts"].append(F("car", "还有一把%s%s" % (BRANDS[car]["zh"], kind), "%s%s一把" % ("{brand}", kind)))
        if sp is not None:
            o["facts"].append(F("special", "还串着" + KEY_SPECIAL[sp][0], KEY_SPECIAL[sp][1]))
        o["own_knows_serial"] = False
        o["fnd_sees_serial"] = False
    elif cat == "id_doc":
        kind = g("kind", lambda: ("passport" if voice == "foreign" else
                                  pick(r, ["idcard"] * 6 + ["license"] * 2 + ["student"] * 2 + ["crew", "health", "social"])))
        nm = g("name", lambda: pick(r, FOREIGN) if kind == "passport" else w.name())
        ho = g("holder", lambda: r.randrange(len(ID_HOLDER)) if r.random() < 0.55 else None)
        if kind == "passport":
            num = g("num", lambda: w.uniq(lambda: pick(r, ["NX", "PK", "EJ", "LR"]) + w.digits(7)))
            o.update(noun="护照", noun_f="护照", measure="本", serial={"t": "passport", "v": num},
                     color=g("color", lambda: pick(r, ["red", "navy", "brown"])), en="passport")
            o["facts"].append(F("name", "", "外国护照，姓名 %s" % nm.upper(), "name %s" % nm))
        elif kind == "student":
            num = g("num", lambda: w.uniq(lambda: "20" + pick(r, ["22", "23", "24"]) + w.digits(4)))
            sch = g("school", lambda: pick(r, SCHOOLS))
            o.update(noun="学生证", noun_f="学生证", measure="本", serial={"t": "student", "v": num},
                     color=g("color", lambda: pick(r, ["red", "blue"])), en="student card")
            o["facts"].append(F("name", "名字是%s，%s的" % (nm, sch), "%s学生证，姓名%s" % (sch, nm)))
        elif kind == "crew":
            num = g("num", lambda: w.uniq(lambda: "东澳渔员" + w.digits(2) + "-" + w.digits(5)))
            o.update(noun="渔业船员证书", noun_f="船员证", measure="本", serial={"t": "crew", "v": num},
                     color=g("color", lambda: "blue"), en="crew certificate")
            o["facts"].append(F("name", "证上名字%s" % nm, "持证人%s" % nm))
        else:
            num = g("num", lambda: w.idno())
            noun = {"idcard": "身份证", "license": "驾驶证", "health": "健康证", "social": "社保卡"}[kind]
            meas = {"idcard": "张", "license": "本", "health": "张", "social": "张"}[kind]
            col = {"idcard": None, "license": "black", "health": None, "social": None}[kind]
            o.update(noun=noun, noun_f=noun, measure=meas, serial={"t": "id", "v": num}, color=col, en=noun)
            o["facts"].append(F("name", "名字叫%s" % nm, "姓名%s" % nm))
        if ho is not None:
            o["facts"].append(F("holder", ID_HOLDER[ho][0], ID_HOLDER[ho][1]))
            if o["color"] is None and ID_HOLDER[ho][2]:
                o["color"] = ID_HOLDER[ho][2]
        o["owner_name"] = nm
        o["kind"] = kind
        o["own_knows_serial"] = r.random() < (0.95 if kind == "passport" else 0.7)
        o["fnd_sees_serial"] = True
        o["primary"] = "name"
    elif cat == "bag":
        ki = g("kind", lambda: r.randrange(len(BAG_KIND)))
        c = g("color", lambda: pick(r, ["black", "black", "navy", "grey", "pink", "white", "yellow", "green", "blue", "brown"]))
        b = g("brand", lambda: pick(r, ["shatuo", "tuoye", "jingyu", "chaoxi", "lanjian", "fanbu", None]))
        cm = g("charm", lambda: r.randrange(len(BAG_CHARM)))
        cont = g("contents", lambda: r.sample(range(len(BAG_CONTENT)), r.randrange(2, 5)))
        idn = g("idcard", lambda: (w.name(), w.idno()) if r.random() < 0.3 and voice != "foreign" else None)
        k = BAG_KIND[ki]
        o.update(noun=k[0], noun_f=k[1], color=c, brand=b, en=k[2])
        o["facts"].append(F("charm", *BAG_CHARM[cm]))
        o["facts"].append(F("contents", "里面有" + "、".join(BAG_CONTENT[i][0] for i in cont),
                            "内有" + "、".join(BAG_CONTENT[i][1] for i in cont),
                            "inside: " + ", ".join(BAG_CONTENT[i][2] for i in cont)))
        if idn:
            o["facts"].append(F("idcard", "身份证也在包里（%s）" % idn[0], "包内有身份证，姓名%s" % idn[0], "my ID card"))
            o["serial"] = {"t": "id", "v": idn[1]}
            o["owner_name"] = idn[0]
        o["own_knows_serial"] = r.random() < 0.5
        o["fnd_sees_serial"] = r.random() < 0.8
    elif cat == "cash":
        amt = g("amount", lambda: w.uniq(lambda: r.choice([r.randrange(4, 60) * 50, r.randrange(2, 30) * 100])))
        co = g("container", lambda: r.randrange(len(CASH_CONT)))
        den = g("denom", lambda: pick(r, ["全是一百的", "一百和五十的都有", "大部分是一百的，有几张二十", "有一百的也有十块的"]))
        why = g("why", lambda: pick(r, CASH_WHY))
        o.update(noun="现金", noun_f="现金", measure="", color="red" if co == 0 else None, en="cash")
        o["facts"].append(F("amount", pick(r, ["一共%d元" % amt, "%d块钱" % amt, "大概%d块" % amt]), "现金%d元" % amt,
                            "%d yuan" % amt))
        o["facts"].append(F("container", CASH_CONT[co][0], CASH_CONT[co][1]))
        o["facts"].append(F("denom", den, den.replace("的都有", "面额都有")))
        o["hidden"].append(why)
        o["amount"] = amt
        o["own_knows_serial"] = False
        o["fnd_sees_serial"] = False
        o["primary"] = "amount"
    elif cat == "jewelry":
        ki = g("kind", lambda: r.randrange(len(JEW_KIND)))
        k = JEW_KIND[ki]
        b = g("brand", lambda: pick(r, ["jinmanlou", "chaofu", "yinyu", None]) if k[2] in ("gold", "silver", "white") else None)
        en = g("engrave", lambda: (pick(r, list("LWZCHYXJ")) + pick(r, list("LWZCHYXJ")) + "♡" + "%02d%02d" % (r.randrange(1, 13), r.randrange(1, 29)))
               if r.random() < 0.5 else None)
        pe = g("pendant", lambda: r.randrange(len(JEW_PENDANT)) if k[0] in ("金项链", "银脚链", "金手链") else None)
        wt = g("weight", lambda: r.randrange(3, 40))
        o.update(noun=k[0], noun_f=k[1], measure=k[3], color=k[2], brand=b, en=k[4])
        if en:
            o["facts"].append(F("engrave", "内圈刻着“%s”" % en, "刻有“%s”字样" % en, "engraved '%s'" % en))
        if pe is not None:
            o["facts"].append(F("pendant", *JEW_PENDANT[pe]))
        if k[2] == "gold":
            o["facts"].append(F("stamp", "是足金的", "印有“足金999”", None))
        o["hidden"].append(pick(r, ["大概%d克" % wt, "%d克左右，买的时候花了不少钱" % wt]))
        o["hidden"].append(pick(r, ["是结婚时候买的", "是我妈留给我的", "是老公送的生日礼物", "戴了十几年了", "是女儿满月时打的"]))
        o["own_knows_serial"] = False
        o["fnd_sees_serial"] = False
    elif cat == "electronics":
        ki = g("kind", lambda: r.randrange(len(ELEC)))
        e = ELEC[ki]
        mi = g("model", lambda: r.randrange(len(e[3])))
        c = g("color", lambda: pick(r, e[4]))
        mk = g("mark", lambda: r.randrange(len(ELEC_MARK)))
        sn = g("sn", lambda: w.uniq(lambda: BRANDS[e[2]]["en"][:2].upper() + pick(r, ["24", "25"]) + "%02d" % r.randrange(1, 13)
                                   + pick(r, list("ABCDEK")) + w.digits(4)))
        o.update(noun=e[0], noun_f=e[1], measure=e[5], color=c, brand=e[2], model=e[3][mi],
                 model_vars=[e[3][mi], e[3][mi].replace(" ", ""), e[3][mi].lower()], serial={"t": "sn", "v": sn}, en=e[6])
        o["facts"].append(F("mark", *ELEC_MARK[mk]))
        o["hidden"].append(pick(r, ["里面有我们这次旅游拍的视频", "开机密码是我生日", "绑定了我的账号", "电量应该快没了"]))
        o["own_knows_serial"] = r.random() < 0.2
        o["fnd_sees_serial"] = r.random() < 0.45
    elif cat == "bicycle":
        ki = g("kind", lambda: r.randrange(len(BIKE_KIND)))
        c = g("color", lambda: pick(r, ["black", "white", "blue", "red", "green", "yellow", "grey", "orange"]))
        b = g("brand", lambda: pick(r, ["zhulang", "feiou", "shanque"]))
        mk = g("mark", lambda: r.randrange(len(BIKE_MARK)))
        fr = g("frame", lambda: w.uniq(lambda: BRANDS[b]["en"][:2].upper() + w.digits(2) + pick(r, list("ABCK")) + w.digits(5)))
        k = BIKE_KIND[ki]
        o.update(noun=k[0], noun_f=k[1], measure="辆", color=c, brand=b, serial={"t": "frame", "v": fr}, en=k[2])
        o["facts"].append(F("mark", *BIKE_MARK[mk]))
        o["hidden"].append(pick(r, ["车是锁着的，锁的密码是%s" % w.digits(4), "没上锁，就停了一会儿", "钥匙还在我身上"]))
        o["own_knows_serial"] = r.random() < 0.3
        o["fnd_sees_serial"] = r.random() < 0.4
    elif cat == "ebike":
        b = g("brand", lambda: pick(r, sorted(EBIKE_MODELS)))
        mi = g("model", lambda: r.randrange(len(EBIKE_MODELS[b])))
        c = g("color", lambda: pick(r, ["white", "black", "blue", "red", "pink", "green", "yellow", "grey"]))
        mk = g("mark", lambda: r.randrange(len(EBIKE_MARK)))
        pl = g("plate", lambda: w.uniq(lambda: "东澳" + pick(r, list("ABCD")) + "·" + w.digits(5)))
        fr = g("frame", lambda: w.uniq(lambda: BRANDS[b]["en"][:3].upper() + pick(r, ["23", "24", "25"]) + "%02d" % r.randrange(1, 13)
                                      + pick(r, list("ABC")) + w.digits(5)))
        m = EBIKE_MODELS[b][mi]
        o.update(noun="电动车", noun_f="电动车", measure="辆", color=c, brand=b, model=m,
                 model_vars=[m, m.replace(" ", ""), m.lower()], serial={"t": "plate", "v": pl}, en="e-bike")
        o["frame"] = fr
        o["facts"].append(F("plate", "车牌%s" % pl, "车牌号%s" % pl, "plate %s" % pl))
        o["facts"].append(F("mark", *EBIKE_MARK[mk]))
        o["hidden"].append(pick(r, ["车钥匙在我这", "电池是去年新换的", "车上没装防盗器", "电瓶是60V的"]))
        o["own_knows_serial"] = r.random() < 0.95
        o["fnd_sees_serial"] = r.random() < 0.9
        o["primary"] = "plate"
    elif cat == "other":
        ki = g("kind", lambda: r.randrange(len(OTHER)))
        k = OTHER[ki]
        b = g("brand", lambda: pick(r, k[3]))
        c = g("color", lambda: pick(r, k[4]))
        mk = g("mark", lambda: r.randrange(len(k[7])))
        o.update(noun=k[1], noun_f=k[2], measure=k[5], color=c, brand=b, en=k[6])
        o["facts"].append(F("mark", *k[7][mk]))
        o["other_kind"] = k[0]
        o["own_knows_serial"] = False
        o["fnd_sees_serial"] = False
    else:
        raise ValueError(cat)
    for fct in o["facts"]:
        if fct["fnd"] and "{brand}" in fct["fnd"]:
            fct["fnd"] = fct["fnd"].replace("{brand}", pick(r, BRANDS[o["brand"]]["logo"]))
    o["sig"] = sig_of(o)
    return o


def sig_of(o):
    """The look of an object: two objects with the same look would be told apart only by details.
    Every truth object and every unclaimed item has its own look; only deliberate hard negatives
    share the look of their report's object."""
    ch = o["ch"]
    c = o["cat"]
    if c in ("phone", "electronics", "ebike"):
        parts = [o["brand"], o["model"], o["color"]]
    elif c in ("wallet", "bag", "bicycle", "other"):
        parts = [ch.get("kind"), o["brand"], o["color"]]
    elif c == "keys":
        parts = [ch.get("chain"), ch.get("count")]
    elif c == "id_doc":
        parts = [o.get("owner_name")]
    elif c == "cash":
        parts = [o.get("amount")]
    else:
        parts = [ch.get("kind"), o["brand"], ch.get("engrave"), ch.get("pendant")]
    return "|".join([c] + [str(x) for x in parts])


TWIN_KEYS = {  # which visible choice a twin may differ in: only attributes an object has one of
    "phone": ["case"], "wallet": ["banks", "idcard"],
    "keys": ["count", "chain"], "id_doc": ["name"], "bag": ["idcard"],
    "cash": ["amount"], "jewelry": ["engrave", "pendant"], "electronics": ["model"],
    "bicycle": ["kind"], "ebike": ["plate"], "other": ["mark"],
}
FACT_OF_CHOICE = {"idcard": "idcard", "banks": "banks", "name": "name", "amount": "amount", "plate": "plate"}


IDENTITY = {"phone": ["imei", "numtail"], "wallet": ["idcard", "banks"], "bag": ["idcard"], "id_doc": ["name", "num"],
            "electronics": ["sn"], "bicycle": ["frame"], "ebike": ["plate", "frame"], "cash": ["amount"],
            "keys": [], "jewelry": [], "other": []}


def twin_of(w, base, mentioned):
    """Same object kind and look; one visible fact the owner mentioned is different (and it is
    somebody else's: identity numbers are redrawn, never shared with the owner's object)."""
    r = w.r
    keys = [k for k in TWIN_KEYS[base["cat"]] if k in mentioned and base["ch"].get(k) is not None]
    if base["cat"] == "other" and base.get("other_kind") not in ("swimring", "hat"):
        keys = []      # marks of other kinds are not exclusive: a twin would not be told apart
    if not keys:
        return None, None
    k = pick(r, keys)
    for _ in range(80):
        fix = dict(base["ch"])
        for x in [k] + IDENTITY[base["cat"]]:
            fix.pop(x, None)
        t = make_obj(w, base["cat"], fix)
        if t["ch"].get(k) is None or t["ch"][k] == base["ch"][k]:
            continue
        if k not in ("model", "kind") and not any(f["k"] == FACT_OF_CHOICE.get(k, k) and f["fnd"] for f in t["facts"]):
            continue
        if base["serial"] and t["serial"] and t["serial"]["v"] == base["serial"]["v"]:
            continue
        return t, k
    return None, None


def regen_serial(w, o):
    fix = dict(o["ch"])
    for k in ("imei", "sn", "frame", "plate", "num", "idcard"):
        if k in fix:
            del fix[k]
    t = make_obj(w, o["cat"], fix)
    return t


def lookalike(w, base, keep):
    """Same kind/brand/model/colour, every other detail redrawn (a different object)."""
    fix = {k: base["ch"][k] for k in keep if k in base["ch"]}
    for _ in range(50):
        t = make_obj(w, base["cat"], fix)
        same = [f["k"] for f in t["facts"] if any(f["k"] == g["k"] and f["fnd"] == g["fnd"] for g in base["facts"])]
        if len(same) <= 1 and (not base["serial"] or not t["serial"] or t["serial"]["v"] != base["serial"]["v"]):
            return t
    return t


# ----------------------------------------------------------------------------- time helpers
CN_NUM = "零一两三四五六七八九十"


def hour_cn(h):
    h12 = h % 12 or 12
    if h12 <= 10:
        return CN_NUM[h12] + "点"
    return ["十一点", "十二点"][h12 - 11]


def period(h):
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


def dt_of(m):
    return NOW - datetime.timedelta(minutes=m)


def day_cn(r, d, style=None):
    s = style if style is not None else r.randrange(3)
    if s == 0:
        return "%d月%d日" % (d.month, d.day)
    if s == 1:
        return "%d号" % d.day
    return "%d月%d号" % (d.month, d.day)


def when_point(r, m, loose=False):
    d = dt_of(m)
    if loose or r.random() < 0.4:
        return day_cn(r, d) + period(d.hour)
    return day_cn(r, d) + period(d.hour) + hour_cn(d.hour) + pick(r, ["", "多", "左右", "半" if d.minute >= 30 else "多"])


def when_window(r, lf, lt):
    a, b = dt_of(lf), dt_of(lt)
    span = lf - lt
    if a.date() == b.date():
        if span <= 240:
            bh = b.hour + (1 if b.minute > 20 else 0)
            pb = period(bh % 24) if period(bh % 24) != period(a.hour) else ""
            return "%s%s%s到%s%s之间" % (day_cn(r, a), period(a.hour), hour_cn(a.hour), pb, hour_cn(bh))
        return "%s%s到%s之间" % (day_cn(r, a), period(a.hour), period(b.hour) if period(b.hour) != period(a.hour) else "")
    if span > 1440:
        return pick(r, ["%s到%s之间，具体什么时候丢的说不清" % (day_cn(r, a, 0), day_cn(r, b, 1)),
                        "大概%s到%s这几天" % (day_cn(r, a, 0), day_cn(r, b, 1))])
    return "%s%s到第二天%s" % (day_cn(r, a), period(a.hour), period(b.hour))


def en_when(lf, lt):
    a, b = dt_of(lf), dt_of(lt)
    mon = "Aug" if a.month == 8 else ("Jul" if a.month == 7 else "Jun")
    mon2 = "Aug" if b.month == 8 else ("Jul" if b.month == 7 else "Jun")
    if a.date() == b.date():
        def hh(x):
            return "%d%s" % (x.hour % 12 or 12, "am" if x.hour < 12 else "pm")
        return "on %s %d between about %s and %s" % (mon, a.day, hh(a), hh(b))
    return "sometime between %s %d and %s %d" % (mon, a.day, mon2, b.day)


def km(p, q):
    (la1, lo1), (la2, lo2) = p, q
    dy = (la1 - la2) * 111.2
    dx = (lo1 - lo2) * 111.2 * math.cos(math.radians((la1 + la2) / 2))
    return math.hypot(dx, dy)


def jitter(r, ll, metres=80):
    la, lo = ll
    return (round(la + (r.random() - 0.5) * 2 * metres / 111200.0, 5),
            round(lo + (r.random() - 0.5) * 2 * metres / (111200.0 * math.cos(math.radians(la))), 5))


# ----------------------------------------------------------------------------- voices
CAT_COUNTS = [("phone", 46), ("wallet", 34), ("id_doc", 30), ("keys", 28), ("bag", 28), ("other", 18),
              ("electronics", 16), ("jewelry", 14), ("cash", 10), ("ebike", 9), ("bicycle", 7)]
CAT_ZH = {"phone": "手机", "wallet": "钱包", "id_doc": "证件", "keys": "钥匙", "bag": "包", "other": "其他",
          "electronics": "电子产品", "jewelry": "首饰", "cash": "现金", "ebike": "电动车", "bicycle": "自行车"}

VOICE_BY_CAT = {
    "phone": ["tourist"] * 5 + ["fisher"] * 2 + ["vendor", "local", "rider", "crew"],
    "wallet": ["tourist"] * 5 + ["fisher"] * 2 + ["vendor", "local", "rider"],
    "id_doc": ["tourist"] * 4 + ["fisher"] * 2 + ["vendor", "local", "rider", "crew"],
    "keys": ["tourist"] * 3 + ["fisher"] * 3 + ["vendor", "local", "local", "rider"],
    "bag": ["tourist"] * 7 + ["local", "vendor"],
    "other": ["tourist"] * 5 + ["fisher"] * 2 + ["local"],
    "electronics": ["tourist"] * 6 + ["local", "crew"],
    "jewelry": ["tourist"] * 3 + ["fisher"] * 2 + ["local"] * 2 + ["vendor"],
    "cash": ["fisher"] * 3 + ["vendor"] * 3 + ["tourist", "local"],
    "ebike": ["rider"] * 3 + ["fisher", "local", "local", "vendor"],
    "bicycle": ["tourist"] * 3 + ["local"] * 2 + ["fisher"],
}
PLACES_BY_VOICE = {
    "tourist": ["beach"] * 3 + ["showers", "umbrella", "lifeguard", "pier", "ferry", "ferry", "ferry2", "nightmkt", "nightmkt",
                "dapaidang", "tingtao", "haoke", "homestay", "bailu_beach", "bailu_light", "bailu_pier", "qinglong_village",
                "bus", "seawall", "mazu"],
    "foreign": ["beach", "beach", "showers", "pier", "ferry", "nightmkt", "dapaidang", "tingtao", "bailu_beach", "bailu_light"],
    "fisher": ["harbour"] * 3 + ["iceplant", "iceplant", "fishmkt", "fishvillage", "fishvillage", "mazu", "dapaidang", "market",
                                 "qinglong_village"],
    "vendor": ["nightmkt"] * 3 + ["dapaidang", "dapaidang", "fishmkt", "market", "market"],
    "local": ["market", "mazu", "seawall", "bus", "nightmkt", "fishvillage", "beach", "homestay"],
    "rider": ["nightmkt", "dapaidang", "homestay", "tingtao", "market", "bus", "harbour", "fishvillage"],
    "crew": ["pier", "ferry", "ferry2", "lifeguard", "showers", "bailu_pier"],
}
OPEN = {
    "tourist": ["你好，", "您好，我是来海门渡旅游的游客，", "警察同志您好，", "", "麻烦帮忙登记一下，", "求助！", "我们一家自驾过来玩，",
                "打扰了，", "我是从外省过来玩的，"],
    "fisher": ["", "阿sir，", "我是渔港这边讨海的，", "我是渔民，", "警官，", "我是船老大，"],
    "vendor": ["我是夜市摆摊的，", "我是做小生意的，", "", "我是摆摊卖海鲜的，"],
    "local": ["", "你好，", "我是镇上的，", "我住渔民新村，"],
    "rider": ["我是送外卖的，", "骑手一枚，", "", "我是跑腿的，"],
    "crew": ["我是渡轮上的船员，", "我是金沙湾的救生员，", "我是冲淋房保洁，", ""],
}
PLEA = ["有人捡到请联系我，必有重谢！", "拜托了，里面东西对我很重要。", "急！！麻烦有消息通知我。", "谢谢警官。", "",
        "捡到的好心人请交到派出所，万分感谢。", "有消息打我电话。", "麻烦了。"]
DIALECT_OPEN = ["阿sir，阮个{n}拍唔见咗！", "阮个{n}唔见咗，", "我个{n}今仔日拍唔见了，", "阮头家的{n}唔见咗，"]
DIALECT_PLEA = ["有人捡着请还阮，多谢啦。", "拜托帮阮找一下，多谢。", "阮急死了，多谢警官。"]

F_VOICES = {
    "beach": ["lifeguard", "lifeguard", "cleaner", "shopform", "tourist"],
    "pier": ["ferryform", "ferryform", "cleaner", "tourist", "patrol"],
    "food": ["vendor", "vendor", "cleaner", "tourist", "patrol"],
    "harbour": ["fisher", "fisher", "iceform", "vendor"],
    "homestay": ["homestay", "homestayform", "rider", "tourist"],
    "transit": ["busform", "busform", "vendor", "local"],
    "bailu": ["ferryform", "shopform", "tourist"],
    "qinglong": ["ferryform", "shopform", "fisher"],
    "county": ["busform", "patrol"],
}
F_INTRO = {
    "lifeguard": ["救生员巡场时", "我是3号救生台的救生员，", "浴场救生员"],
    "cleaner": ["保洁阿姨打扫卫生时", "我是搞卫生的，", "保洁员"],
    "tourist": ["游客，", "", "我们来玩的，", "路过的游客，"],
    "vendor": ["我是摆摊的，", "摊主，", "夜市档口老板，"],
    "fisher": ["早上出海回来，", "讨海人，", "渔船上的，"],
    "homestay": ["民宿老板，", "我是民宿管家，", "民宿前台"],
    "rider": ["送外卖路过，", "骑手，"],
    "patrol": ["巡逻时", "辅警巡逻", "值勤时"],
    "local": ["", "街坊，", "镇上居民，"],
}
F_ORG = {"shopform": ["金沙湾浴场管理处", "南湾便利店", "白鹭屿码头小卖部", "青龙岛渔家乐"],
         "ferryform": ["海鸥轮渡公司", "海门渡客运码头服务台", "白鹭屿码头售票处", "青龙岛渡口管理站"],
         "iceform": ["渔港制冰厂"], "busform": ["海门渡汽车客运站", "东澳县汽车总站失物招领处"],
         "homestayform": ["听涛居民宿", "蚝壳厝民宿"]}
F_HANDLE = ["已交派出所。", "失主请联系认领。", "等了半个多小时没人来找，送过来了。", "", "现交阳光坐席登记。", "麻烦帮忙找失主。",
            "东西先放在我们这里，失主可来领。", ""]
F_VERB = ["捡到", "发现", "拾得", "看到有"]

TYPO = [("钱包", "钱抱"), ("手机", "手鸡"), ("钥匙", "钥是"), ("身份证", "身分证"), ("码头", "马头"), ("黑色", "黑涩"),
        ("捡到", "检到"), ("夜市", "夜是"), ("充电宝", "冲电宝"), ("耳机", "耳鸡"), ("电动车", "电动扯"), ("项链", "项连"),
        ("沙滩", "沙摊"), ("背包", "贝包"), ("自行车", "自形车"), ("现金", "现今"), ("手表", "手彪"), ("眼镜", "眼睛"),
        ("驾驶证", "驾使证"), ("冲淋房", "冲凌房"), ("丢了", "丟了"), ("红包", "红抱"), ("墨镜", "默镜")]


def typo(r, s):
    opts = [t for t in TYPO if t[0] in s]
    if not opts:
        return s
    a, b = pick(r, opts)
    return s.replace(a, b, 1)


def serial_own(r, s):
    v, t = s["v"], s["t"]
    if t == "imei":
        return pick(r, [v, v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), " ".join(v[i:i + 4] for i in range(0, 15, 4)),
                        "IMEI尾号" + v[-6:], "IMEI:" + v])
    if t == "id":
        return pick(r, [v, v, "%s %s %s" % (v[:6], v[6:14], v[14:]), v.lower(), "尾号" + v[-4:]])
    if t == "bank":
        return pick(r, ["尾号" + v, v, "卡号尾号" + v, s["bank"] + "尾号" + v])
    if t == "student":
        return pick(r, [v, "学号" + v])
    if t == "passport":
        return pick(r, [v, "No. " + v])
    if t == "plate":
        return pick(r, [v, v.replace("·", ""), v[2:], v.replace("·", " "), v[2:].replace("·", "")])
    if t == "frame":
        return pick(r, [v, v.lower(), "%s-%s" % (v[:5], v[5:]), "尾号" + v[-5:]])
    if t == "sn":
        return pick(r, [v, v.lower(), "SN:" + v, "序列号尾号" + v[-4:]])
    return v


def serial_fnd(r, s):
    v, t = s["v"], s["t"]
    if t == "imei":
        return pick(r, [v, "IMEI " + v, "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14])])
    if t == "id":
        return pick(r, [v[:6] + "*" * 8 + v[14:], v[:6] + "*" * 8 + v[14:], v[:3] + "*" * 11 + v[14:], v, "尾号" + v[-4:]])
    if t == "bank":
        return pick(r, ["**** **** **** " + v, "62** **** **** " + v, "尾号" + v])
    if t == "student":
        return pick(r, [v, "学号" + v])
    if t == "plate":
        return pick(r, [v, v.replace("·", "")])
    if t == "frame":
        return pick(r, [v, "车架号" + v])
    if t == "sn":
        return pick(r, [v, "S/N " + v])
    return v


def serial_label(s):
    return {"imei": "IMEI", "id": "证件号", "bank": "银行卡", "student": "学号", "passport": "护照号", "crew": "证书编号",
            "plate": "车牌", "frame": "车架号", "sn": "序列号"}[s["t"]]


def clip(s, n):
    return s if len(s) <= n else s[:n]


def desc_phrase(r, o, who, with_color=True, with_brand=True, with_model=True, confuse=0.0):
    parts = []
    if o["cat"] == "keys" or o.get("kind") in ("idcard", "health", "social"):
        with_color = with_brand = False
    if with_color and o["color"] and o["cat"] != "cash":
        parts.append(color_word(r, o["color"], confuse))
    if with_brand and o["brand"]:
        bt = BRANDS[o["brand"]]
        parts.append(pick(r, bt["vars"][:3]) if who == "own" else pick(r, bt["logo"]))
    if with_model and o["model"]:
        parts.append(pick(r, o["model_vars"]))
    noun = o["noun"] if who == "own" else o["noun_f"]
    if o["cat"] == "phone" and parts and o["model"] and with_model and r.random() < 0.4:
        noun = ""
    s = ""
    for x in parts:
        if s and re_latin_end(s) and x[:1].isascii() and x[:1].isalnum():
            s += " "
        s += x
    if s and re_latin_end(s) and noun and r.random() < 0.5:
        s += " "
    return s + noun


def re_latin_end(s):
    return s[-1:].isascii() and s[-1:].isalnum()


def lost_fields_prob(level):
    return {"full": dict(color=0.8, brand=0.75, model=0.5, serial=0.6, marks=0.7, address=0.85, ll=0.45),
            "partial": dict(color=0.5, brand=0.45, model=0.2, serial=0.3, marks=0.35, address=0.6, ll=0.3),
            "hurried": dict(color=0.15, brand=0.1, model=0.0, serial=0.1, marks=0.0, address=0.2, ll=0.15)}[level]


def found_fields_prob(level):
    return {"form": dict(color=0.85, brand=0.7, model=0.3, serial=0.6, marks=0.7, address=0.95, ll=0.6),
            "normal": dict(color=0.55, brand=0.45, model=0.15, serial=0.4, marks=0.4, address=0.7, ll=0.5),
            "hurried": dict(color=0.15, brand=0.1, model=0.0, serial=0.1, marks=0.0, address=0.25, ll=0.3)}[level]


def addr_prefix(r, pk, alias):
    zone = PLACES[pk][4]
    if "海门渡" in alias or "东澳" in alias or "县" in alias:
        return alias
    if zone == "town":
        return pick(r, ["", "海门渡镇", "东澳县海门渡镇"]) + alias
    if zone == "county":
        return pick(r, ["", "东澳县城"]) + alias
    return pick(r, ["", "东澳县"]) + alias


PLACE_ORG = {"pier": "海门渡客运码头服务台", "ferry": "海鸥轮渡公司", "ferry2": "青龙岛航线渡船（海鸥轮渡公司）",
             "bailu_pier": "白鹭屿码头售票处", "qinglong_pier": "青龙岛渡口管理站", "bus": "海门渡汽车客运站",
             "county_bus": "东澳县汽车总站失物招领处", "iceplant": "渔港制冰厂", "harbour": "渔港制冰厂",
             "tingtao": "听涛居民宿", "haoke": "蚝壳厝民宿", "homestay": "南湾便利店",
             "beach": "金沙湾浴场管理处", "showers": "金沙湾浴场管理处", "umbrella": "金沙湾遮阳伞租赁点",
             "lifeguard": "金沙湾浴场管理处", "bailu_beach": "白鹭屿码头小卖部", "bailu_light": "白鹭屿码头小卖部",
             "qinglong_village": "青龙岛渔家乐", "market": "海门渡农贸市场管理办", "county_walk": "步行街治安岗亭"}


def org_for(r, fvoice, pk):
    if pk in PLACE_ORG:
        return PLACE_ORG[pk]
    return pick(r, F_ORG.get(fvoice, ["海门渡客运码头服务台"]))


def write_lost(r, o, voice, pk, pk_alt, lf, lt, level, cat_override=None, force=()):
    P = lost_fields_prob(level)
    rec = {"category": cat_override or o["cat"]}
    mentioned = []
    place = PLACES[pk]
    if voice == "foreign":
        return write_lost_en(r, o, pk, lf, lt, rec, mentioned)
    noun = o["noun"]
    # facts the owner tells
    facts = []
    for f in o["facts"]:
        if not f["own"]:
            continue
        p = {"full": 0.8, "partial": 0.45, "hurried": 0.15}[level]
        if o.get("primary") == f["k"]:
            p = max(p, 0.9)
        if f["k"] in force:
            p = 1.0
        if r.random() < p:
            facts.append(f)
    if level == "hurried":
        facts = [f for f in facts if f["k"] in force] or facts[:1]
    hidden = [h for h in o["hidden"] if r.random() < {"full": 0.7, "partial": 0.4, "hurried": 0.1}[level]]
    if o["cat"] == "wallet" and o.get("cash_fnd") is None:
        pass
    mentioned = [f["k"] for f in facts]
    dialect = voice == "fisher" and r.random() < 0.25
    use_c = r.random() < 0.85
    use_b = r.random() < 0.7
    use_m = r.random() < 0.5
    if use_m and o["model"]:
        mentioned.append("model")
    if o["cat"] == "bicycle":
        mentioned.append("kind")
    what = desc_phrase(r, o, "own", use_c, use_b, use_m)
    if use_c and o["color"] and o["cat"] != "keys":
        mentioned.append("color")
    serial_txt = None
    if o["serial"] and o["own_knows_serial"]:
        serial_txt = serial_own(r, o["serial"])
    if o["cat"] in ("ebike", "bicycle"):
        scen = pick(r, ["把车停在%s旁边，回来车就不见了", "车锁在%s那边，过了一会就没了", "车停在%s，办完事出来就找不到了"]) % pick(r, place[1])
    else:
        scen = pick(r, SCEN[pk]).format(n=noun if len(noun) <= 4 else "东西")
    if level == "hurried":
        d = dt_of(lf)
        where = pick(r, place[1])
        s = pick(r, ["%s在%s丢了%s%s" % (day_cn(r, d), where, "一" + o["measure"] if o["measure"] else "", what),
                     "%s%s丢了%s" % (where, period(d.hour), what), "%s 丢%s，%s" % (day_cn(r, d), what, where)])
        if facts:
            s += "，" + facts[0]["own"]
        if dialect:
            s = s.replace("丢了", "拍唔见咗", 1)
        if r.random() < 0.6:
            s = typo(r, s)
        body = s
    else:
        segs = []
        if dialect:
            segs.append(pick(r, DIALECT_OPEN).format(n=noun))
        else:
            segs.append(pick(r, OPEN[voice]))
        when = when_window(r, lf, lt)
        if pk_alt and r.random() < 0.7 and o["cat"] not in ("ebike", "bicycle"):
            scen = scen + "，也可能是掉在%s那边" % pick(r, PLACES[pk_alt][1])
        meas = o["measure"]
        lostw = "拍唔见" if dialect else pick(r, ["丢了", "丢失了", "弄丢了", "掉了"])
        if r.random() < 0.5 and not dialect:
            segs.append("%s%s%s。" % ("" if dialect else "我", lostw, ("一" + meas if meas else "") + what))
            segs.append("%s，%s。" % (when, scen))
        else:
            segs.append("%s，%s。" % (when, scen))
            if o["cat"] != "cash":
                segs.append("是%s%s。" % (("一" + meas if meas else ""), what))
        if facts:
            segs.append("，".join(f["own"] for f in facts) + "。")
        if hidden:
            segs.append("，".join(hidden) + "。")
        if serial_txt and r.random() < 0.5:
            if serial_txt.startswith(("IMEI", "SN:", "序列号", "No.", "学号")):
                segs.append("%s。" % serial_txt)
            elif serial_txt.startswith("尾号"):
                segs.append("%s%s。" % (serial_label(o["serial"]), serial_txt))
            else:
                segs.append("%s：%s。" % (serial_label(o["serial"]), serial_txt))
        if o["cat"] == "wallet" and o.get("cash_fnd") and r.random() < 0.2:
            segs.append("钱不要了，证件和卡还给我就行。")
        segs.append(pick(r, DIALECT_PLEA) if dialect else pick(r, PLEA))
        body = "".join(segs)
    rec["body"] = clip(body, 600)
    if o["color"] and r.random() < P["color"]:
        rec["color"] = color_word(r, o["color"])
        mentioned.append("color")
    if o["brand"] and r.random() < P["brand"]:
        rec["brand"] = pick(r, BRANDS[o["brand"]]["vars"])
    if o["model"] and r.random() < P["model"]:
        rec["model"] = pick(r, o["model_vars"])
    if serial_txt and r.random() < P["serial"]:
        rec["serial"] = clip(serial_txt, 60)
    if (facts or hidden) and r.random() < P["marks"]:
        rec["marks"] = clip("；".join([f["own"] for f in facts] + hidden), 500)
    if r.random() < P["address"]:
        rec["address"] = clip(addr_prefix(r, pk, pick(r, place[1])), 60)
    if r.random() < P["ll"]:
        la, lo = jitter(r, place[2], 150)
        rec["lat"], rec["lon"] = la, lo
    return rec, mentioned


EN_SCEN = {"beach": "I left it on the sand while we were swimming", "pier": "I think I left it on a seat while waiting for the boat",
           "food": "we were eating and I put it on the table", "homestay": "I think I left it behind when checking out",
           "bailu": "we were walking around the island", "qinglong": "we were visiting the island",
           "transit": "I was waiting for the bus", "harbour": "I was looking at the fishing boats", "county": "I was in town"}


def write_lost_en(r, o, pk, lf, lt, rec, mentioned):
    place = PLACES[pk]
    cl = place[3]
    bits = []
    col = COLORS[o["color"]][1] if o["color"] else ""
    br = BRANDS[o["brand"]]["en"] if o["brand"] else ""
    what = " ".join(x for x in [col, br, o["model"] or "", o["en"]] if x)
    if o["model"] and o["brand"] == "apple":
        what = " ".join(x for x in [col, o["model"]] if x)
    if col:
        mentioned.append("color")
    bits.append(pick(r, ["Hello, ", "Hi, ", "Dear officer, ", ""]) + "I lost my %s %s at %s." % (what, en_when(lf, lt), place[6]))
    sc = EN_SCEN.get(cl, "I am not sure where exactly")
    bits.append(sc[0].upper() + sc[1:] + ".")
    fs = [f for f in o["facts"] if f.get("en")]
    fs = [f for f in fs if r.random() < 0.8]
    if fs:
        bits.append(pick(r, ["Details: ", "To recognise it: "]) + "; ".join(f["en"] for f in fs) + ".")
        mentioned.extend(f["k"] for f in fs)
    if o.get("cash_en"):
        bits.append("There was %s in it." % o["cash_en"])
    if o["cat"] == "id_doc":
        bits.append("The name is %s." % o["owner_name"])
        mentioned.append("name")
    if o["serial"] and o["own_knows_serial"]:
        lab = {"imei": "IMEI", "passport": "Passport number", "sn": "Serial number", "id": "ID number", "bank": "card ending"}.get(o["serial"]["t"], "Number")
        bits.append("%s: %s." % (lab, o["serial"]["v"]))
        if r.random() < 0.7:
            rec["serial"] = o["serial"]["v"]
    bits.append(pick(r, ["Please contact me, I leave in two days. Thank you!", "Any help is much appreciated.",
                         "I am staying at a homestay in South Bay. Thank you so much.", "Thanks a lot!"]))
    rec["body"] = clip(" ".join(bits), 600)
    if o["color"] and r.random() < 0.7:
        rec["color"] = COLORS[o["color"]][1] if r.random() < 0.6 else color_word(r, o["color"])
    if o["brand"] and r.random() < 0.7:
        rec["brand"] = BRANDS[o["brand"]]["en"]
    if o["model"] and r.random() < 0.5:
        rec["model"] = o["model"]
    if r.random() < 0.7:
        rec["address"] = clip(place[6][0].upper() + place[6][1:] if r.random() < 0.5 else place[0], 60)
    if r.random() < 0.5:
        la, lo = jitter(r, place[2], 200)
        rec["lat"], rec["lon"] = la, lo
    return rec, mentioned


def write_found(r, o, fvoice, pk, fmin, level, force=(), cat_override=None):
    P = found_fields_prob(level)
    rec = {"category": cat_override or o["cat"]}
    place = PLACES[pk]
    vis = [f for f in o["facts"] if f["fnd"]]
    p = {"form": 0.7, "normal": 0.5, "hurried": 0.1}[level]
    facts = []
    for f in vis:
        q = p
        if f.get("semi"):
            q = 0.25
        if f["k"] in force or o.get("primary") == f["k"]:
            q = 1.0
        if r.random() < q:
            facts.append(f)
    if level == "hurried":
        keep = [f for f in facts if f["k"] in force or o.get("primary") == f["k"]]
        facts = keep if keep else facts[:1]
    ftexts = [f["fnd"] for f in facts]
    if o.get("cash_fnd") and level != "hurried" and r.random() < 0.7:
        ftexts.append(o["cash_fnd"])
    confuse = 0.12
    show_c = r.random() < 0.85 or "color" in force
    show_b = r.random() < (0.6 if level != "hurried" else 0.2)
    show_m = r.random() < 0.2 or "model" in force
    what = desc_phrase(r, o, "fnd", show_c, show_b, show_m, confuse)
    ser = serial_fnd(r, o["serial"]) if (o["serial"] and o["fnd_sees_serial"]) else None
    d = dt_of(fmin)
    alias = pick(r, place[1])
    spot = pick(r, SPOT[pk])
    if o["cat"] in ("ebike", "bicycle"):
        spot = pick(r, ["路边", "门口空地上", "停车棚里", "树底下", "墙角", "路口"])
    if any(spot[i:i + 2] in alias for i in range(len(spot) - 1)):
        spot = ""
    meas = o["measure"]
    if level == "form":
        org = org_for(r, fvoice, pk)
        sep = pick(r, ["\n", "；", " "])
        lines = ["拾得物品：%s%s" % (what, ("一" + meas) if meas and r.random() < 0.6 else ""),
                 "拾得地点：%s%s" % (alias, spot if r.random() < 0.6 else ""),
                 "拾得时间：%d月%d日 %02d:%02d" % (d.month, d.day, d.hour, d.minute)]
        if ftexts:
            lines.append("物品特征：" + "，".join(ftexts))
        if ser and r.random() < 0.6:
            lines.append("%s：%s" % (serial_label(o["serial"]), ser))
        lines.append(pick(r, ["拾得单位：", "交来单位：", "登记人："]) + org)
        body = sep.join(lines)
    elif level == "hurried":
        s = pick(r, ["%s%s%s%s" % (alias, spot, pick(r, F_VERB), ("一" + meas if meas else "") + what),
                     "%s%s一%s，在%s" % (pick(r, F_VERB), what, meas or "笔", alias),
                     "%s%s，%s" % (alias, pick(r, F_VERB) + what, period(d.hour))])
        if ftexts:
            s += " " + ftexts[0]
        if r.random() < 0.6:
            s = typo(r, s)
        body = s
    else:
        intro = pick(r, F_INTRO.get(fvoice, [""]))
        when = when_point(r, fmin)
        s = "%s%s在%s%s%s%s%s" % (intro, when, alias, spot, pick(r, F_VERB), ("一" + meas) if meas else "", what)
        if ftexts:
            s += "，" + "，".join(ftexts)
        s += "。"
        if ser and r.random() < 0.5:
            s += "%s %s。" % (serial_label(o["serial"]), ser)
        s += pick(r, F_HANDLE)
        body = s
    rec["body"] = clip(body, 600)
    if o["color"] and r.random() < P["color"]:
        rec["color"] = color_word(r, o["color"], confuse)
    if o["brand"] and r.random() < P["brand"]:
        bt = BRANDS[o["brand"]]
        rec["brand"] = pick(r, bt["logo"] + bt["vars"][1:2])
    if o["model"] and (r.random() < P["model"] or "model" in force):
        rec["model"] = pick(r, o["model_vars"])
    if ser and r.random() < P["serial"]:
        rec["serial"] = clip(ser, 60)
    if ftexts and r.random() < P["marks"]:
        rec["marks"] = clip("；".join(ftexts), 500)
    if r.random() < P["address"]:
        rec["address"] = clip(addr_prefix(r, pk, alias) + (spot if r.random() < 0.3 else ""), 60)
    if r.random() < P["ll"]:
        la, lo = jitter(r, place[2], 60)
        rec["lat"], rec["lon"] = la, lo
    return rec


# ----------------------------------------------------------------------------- assembly
def minutes_ago(dt):
    return int((NOW - dt).total_seconds() // 60)


def draw_loss_time(r, pk, max_days=55):
    lo, hi = PLACES[pk][5]
    for _ in range(100):
        day = r.randrange(0, max_days)
        h = r.randrange(lo, hi)
        dt = datetime.datetime(NOW.year, NOW.month, NOW.day) - datetime.timedelta(days=day) + datetime.timedelta(hours=h, minutes=r.randrange(60))
        a = minutes_ago(dt)
        if a >= 90:
            break
    kind = r.random()
    if kind < 0.45:
        lf, lt = a + r.randrange(10, 90), a - r.randrange(10, 150)
    elif kind < 0.8:
        lf, lt = a + r.randrange(60, 300), a - r.randrange(30, 360)
    else:
        lf, lt = a + r.randrange(600, 2880), a - r.randrange(60, 1440)
    lt = max(lt, 0)
    return a, lf, lt


def fit_hours(fmin, pk, step=-30):
    """Move a finding time (minutes ago) into the hours when people are at that place."""
    lo, hi = PLACES[pk][5]
    m = fmin
    for _ in range(48):
        if m < 0 or m > 172800:
            return fmin
        if lo <= dt_of(m).hour < hi:
            return m
        m += step
    return fmin


def found_place_for(r, pk, vehicle=False):
    if vehicle:
        cl = [k for k in CLUSTERS[PLACES[pk][3]] if not k.startswith("ferry") and k not in ("tingtao", "haoke", "showers")]
        return pk if r.random() < 0.5 or not cl else pick(r, cl)
    if pk == "ferry":
        return pick(r, ["ferry", "ferry", "bailu_pier", "pier"])
    if pk == "ferry2":
        return pick(r, ["ferry2", "qinglong_pier", "pier"])
    if pk == "bus" and r.random() < 0.3:
        return "county_bus"
    if pk in ("tingtao", "haoke", "showers"):
        return pk if r.random() < 0.85 else pick(r, ["homestay"] if pk != "showers" else ["beach", "lifeguard"])
    x = r.random()
    cl = [k for k in CLUSTERS[PLACES[pk][3]] if not k.startswith("ferry") and k not in ("tingtao", "haoke")]
    if pk not in cl:
        cl = [pk] + cl
    if x < 0.5 or len(cl) == 1:
        return pk
    if x < 0.85:
        return pick(r, [k for k in cl if k != pk])
    near = [k for k in PKEYS if k != pk and 0.2 < km(PLACES[k][2], PLACES[pk][2]) < 1.5 and not k.startswith("ferry")
            and k not in ("tingtao", "haoke")]
    return pick(r, near) if near else pk


def finder_voice(r, fpk):
    v = pick(r, F_VOICES[PLACES[fpk][3]])
    if v.endswith("form"):
        level = "form" if r.random() < 0.85 else "normal"
    else:
        level = "hurried" if r.random() < 0.18 else "normal"
    return v, level


def far_place(r, pk, vehicle=False):
    here = PLACES[pk][2]
    opts = [k for k in PKEYS if km(PLACES[k][2], here) > 5.0 and not k.startswith("ferry")]
    if vehicle:
        opts = [k for k in opts if PLACES[k][4] == "county"] or opts
    return pick(r, opts)


def near_place(r, pk):
    cl = CLUSTERS[PLACES[pk][3]]
    return pick(r, cl)


class Report:
    pass


def build():
    r = random.Random(SEED)
    w = World(r)
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    r.shuffle(cats)
    assert len(cats) == N_TRUE + N_NEVER
    # which reports are true pairs: first N_TRUE after the shuffle
    is_true = [i < N_TRUE for i in range(len(cats))]
    # foreign voices: 5 true, 3 never, on categories a foreign tourist plausibly reports
    en_ok = ("phone", "id_doc", "wallet", "bag", "electronics", "other", "jewelry")
    foreign = []
    for want, n in ((True, 5), (False, 3)):
        idx = [i for i in range(len(cats)) if is_true[i] == want and cats[i] in en_ok]
        r.shuffle(idx)
        got = []
        for i in idx:
            if cats[i] not in [cats[j] for j in got] or len(got) >= 4:
                got.append(i)
            if len(got) == n:
                break
        foreign += got
    # cross-category pairs (<=5): owner and finder file one object differently
    cross_plan = [("wallet", "id_doc", "wallet", {"idcard": "__yes__"}),
                  ("electronics", "electronics", "other", {"kind": 3}),
                  ("jewelry", "jewelry", "other", {"kind": 9}),
                  ("ebike", "ebike", "bicycle", {})]
    cross = {}
    for c, lc, fc, fix in cross_plan:
        for i in range(N_TRUE):
            if cats[i] == c and i not in cross and i not in foreign:
                cross[i] = (lc, fc, fix)
                break
    sigs = []
    reps = []
    for i, c in enumerate(cats):
        rp = Report()
        rp.i = i
        rp.true = is_true[i]
        rp.voice = "foreign" if i in foreign else pick(r, VOICE_BY_CAT[c])
        for _ in range(100):
            fix = {}
            if i in cross:
                fix = {k: v for k, v in cross[i][2].items() if v != "__yes__"}
            o = make_obj(w, c, fix, voice=rp.voice)
            if i in cross and cross[i][2].get("idcard") == "__yes__" and not o["ch"].get("idcard"):
                continue
            if o["sig"] not in sigs:
                break
        sigs.append(o["sig"])
        rp.obj = o
        kd = o.get("kind")
        if kd == "student" and rp.voice in ("crew", "fisher", "rider", "vendor"):
            rp.voice = "tourist"
        elif kd == "crew":
            rp.voice = "fisher"
        elif kd == "health" and rp.voice in ("tourist", "crew"):
            rp.voice = "vendor"
        rp.pk = pick(r, PLACES_BY_VOICE[rp.voice])
        if c == "ebike" or c == "bicycle":
            if rp.pk.startswith("ferry") or rp.pk.startswith("bailu") or rp.pk.startswith("qinglong"):
                rp.pk = pick(r, ["nightmkt", "market", "beach", "homestay", "bus", "fishvillage"])
        if c == "bag" and o["ch"]["kind"] == 8 and rp.pk not in ("bus", "pier", "homestay", "tingtao", "haoke", "ferry"):
            rp.pk = pick(r, ["bus", "pier", "homestay", "tingtao"])
        rp.pk_alt = None
        if r.random() < 0.1 and len(CLUSTERS[PLACES[rp.pk][3]]) > 1:
            rp.pk_alt = pick(r, [k for k in CLUSTERS[PLACES[rp.pk][3]] if k != rp.pk])
        rp.a, rp.lf, rp.lt = draw_loss_time(r, rp.pk)
        if rp.voice == "foreign":
            rp.level = "full"
        else:
            x = r.random()
            rp.level = "hurried" if x < 0.15 else ("partial" if x < 0.6 else "full")
        rp.cross = cross.get(i)
        reps.append(rp)

    found = []   # dicts: obj, pk, fmin, fvoice, level, truth_of, neg, force, target
    for rp in reps:
        if not rp.true:
            continue
        fpk = found_place_for(r, rp.pk, rp.obj["cat"] in ("ebike", "bicycle"))
        x = r.random()
        if x < 0.6:
            d = r.randrange(5, 240)
        elif x < 0.9:
            d = r.randrange(240, 1440)
        else:
            d = r.randrange(1440, 5760)
        fmin = rp.a - d
        if fmin < 0:
            fmin = r.randrange(0, rp.a + 1)
        fmin = fit_hours(fmin, fpk)
        fv, lvl = finder_voice(r, fpk)
        found.append({"obj": rp.obj, "pk": fpk, "fmin": fmin, "fvoice": fv, "level": lvl, "truth_of": rp,
                      "neg": None, "force": (), "target": None,
                      "cat": rp.cross[1] if rp.cross else None})

    # write lost reports now so that negatives can use what the owner mentioned
    for rp in reps:
        lc = rp.cross[0] if rp.cross else None
        rp.rec, rp.mentioned = write_lost(r, rp.obj, rp.voice, rp.pk, rp.pk_alt, rp.lf, rp.lt, rp.level, lc,
                                          ("idcard",) if lc == "id_doc" else ())

    # hard negatives
    used_targets = []
    order = list(range(len(reps)))
    r.shuffle(order)
    neg_found = []

    def eligible(rp, kind):
        if rp.i in used_targets or rp.level == "hurried" or rp.cross:
            return False
        if kind == "twin":
            return any(k in rp.mentioned for k in TWIN_KEYS[rp.obj["cat"]])
        if kind == "same_category_colour":
            return rp.obj["color"] is not None and "color" in rp.mentioned and rp.obj["cat"] not in ("cash", "id_doc")
        if kind == "found_before_loss":
            return rp.lf + 3 * 1440 <= 172800 and rp.lf >= 3 * 1440
        if kind == "same_make_elsewhere_later":
            return rp.obj["brand"] is not None and rp.lt >= 4 * 1440
        return False

    for kind, n in NEG_PLAN:
        n_true = n * 2 // 5
        made = {True: 0, False: 0}
        want = {True: n_true, False: n - n_true}
        for idx in order:
            if made[True] + made[False] == n:
                break
            rp = reps[idx]
            if made[rp.true] >= want[rp.true] or not eligible(rp, kind):
                continue
            nf = make_negative(r, w, rp, kind)
            if nf is None or any(conflicts(nf, q) for q in reps if q is not rp):
                continue
            if nf["obj"]["sig"] != rp.obj["sig"]:
                if nf["obj"]["sig"] in sigs:
                    continue
                sigs.append(nf["obj"]["sig"])
            used_targets.append(rp.i)
            made[rp.true] += 1
            neg_found.append(nf)
        if made[True] + made[False] != n:
            raise RuntimeError("could not place %s negatives: %r" % (kind, made))

    # other unclaimed items
    unclaimed = []
    wts = []
    for c, n in CAT_COUNTS:
        wts += [c] * n
    while len(unclaimed) < N_UNCLAIMED:
        c = pick(r, wts)
        o = make_obj(w, c, {}, voice=None)
        if o["sig"] in sigs:
            continue
        pk = pick(r, PKEYS)
        a, lf, lt = draw_loss_time(r, pk, 70)
        fmin = fit_hours(max(0, a - r.randrange(5, 600)), pk)
        fv, lvl = finder_voice(r, pk)
        nf = {"obj": o, "pk": pk, "fmin": fmin, "fvoice": fv, "level": lvl, "truth_of": None, "neg": "unclaimed",
              "force": (), "target": None, "cat": None}
        if any(conflicts(nf, q) for q in reps):
            continue
        sigs.append(o["sig"])
        unclaimed.append(nf)

    allfound = found + neg_found + unclaimed
    r.shuffle(allfound)
    for j, nf in enumerate(allfound):
        nf["key"] = "%s-F%04d" % (PFX, j + 1)
    # lost report order is the shuffled category order already; keys follow it
    lost_out = []
    for rp in reps:
        rp.key = "%s-L%04d" % (PFX, rp.i + 1)
    truth_key = {}
    for nf in allfound:
        if nf["truth_of"] is not None:
            truth_key[nf["truth_of"].key] = nf["key"]
    for rp in reps:
        rec = {"key": rp.key}
        rec.update(rp.rec)
        rec["lost_from_min"] = rp.lf
        rec["lost_to_min"] = rp.lt
        rec["truth"] = truth_key.get(rp.key) if rp.true else None
        lost_out.append(order_keys(rec))
    found_out = []
    manifest = {"negatives": {}, "cross": [], "foreign": [reps[i].key for i in sorted(foreign)]}
    for nf in allfound:
        rec = {"key": nf["key"]}
        rec.update(write_found(r, nf["obj"], nf["fvoice"], nf["pk"], nf["fmin"], nf["level"], nf["force"], nf["cat"]))
        rec["found_at_min"] = nf["fmin"]
        if nf["neg"]:
            rec["negative"] = nf["neg"]
            manifest["negatives"][nf["key"]] = {"kind": nf["neg"], "target": nf["target"].key if nf["target"] else None,
                                                "km": round(km(PLACES[nf["pk"]][2], PLACES[nf["target"].pk][2]), 2) if nf["target"] else None}
        found_out.append(order_keys(rec))
    for rp in reps:
        if rp.cross:
            manifest["cross"].append(rp.key)
    manifest["ambiguous"] = [[nf["key"], q.key] for nf in allfound for q in reps
                             if q is not nf["truth_of"] and q is not nf["target"] and conflicts(nf, q)]
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set61.py", "parts": {SET: {"found": found_out, "lost": lost_out}}}
    return data, manifest


FIELD_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "found_at_min", "truth", "negative"]


def order_keys(rec):
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


def make_negative(r, w, rp, kind):
    o = rp.obj
    here = rp.pk
    if kind == "twin":
        t, k = twin_of(w, o, rp.mentioned)
        if t is None:
            return None
        fpk = found_place_for(r, here, o["cat"] in ("ebike", "bicycle")) if not here.startswith("ferry") else "pier"
        fmin = max(0, rp.a - r.randrange(10, 2880))
        force = (FACT_OF_CHOICE.get(k, k), "color")
        # the changed fact must be one the finder writes down
        if k in ("banks", "idcard"):
            force = (k, "color")
    elif kind == "same_category_colour":
        t = None
        for _ in range(60):
            fix = {"color": o["ch"]["color"]} if "color" in o["ch"] else {}
            c = make_obj(w, o["cat"], fix)
            if c["color"] == o["color"] and c["brand"] != o["brand"] and c["ch"].get("kind") != o["ch"].get("kind"):
                t = c
                break
            if o["cat"] == "keys" and c["color"] == o["color"] and c["ch"]["chain"] != o["ch"]["chain"] and \
                    c["ch"]["count"] != o["ch"]["count"]:
                t = c
                break
            if c["color"] == o["color"] and c["brand"] != o["brand"] and o["cat"] in ("phone", "ebike", "bicycle"):
                t = c
                break
        if t is None:
            return None
        fpk = found_place_for(r, here, o["cat"] in ("ebike", "bicycle")) if not here.startswith("ferry") else "pier"
        fmin = max(0, rp.a - r.randrange(10, 2880))
        force = ("color",)
    elif kind == "found_before_loss":
        keep = ["brand", "model", "color", "kind", "case", "chain", "container", "holder"]
        t = lookalike(w, o, keep)
        fpk = found_place_for(r, here, o["cat"] in ("ebike", "bicycle")) if not here.startswith("ferry") else "pier"
        fmin = rp.lf + r.randrange(180, 8 * 1440)
        fmin = min(fmin, 172800)
        force = ("color",)
    elif kind == "same_make_elsewhere_later":
        t = lookalike(w, o, ["brand", "model", "color", "kind"])
        fpk = far_place(r, here, o["cat"] in ("ebike", "bicycle"))
        fmin = rp.lt - r.randrange(3 * 1440, min(12 * 1440, rp.lt) + 1)
        if fmin < 0:
            return None
        force = ("color",)
    else:
        raise ValueError(kind)
    fmin = fit_hours(fmin, fpk, 30 if kind == "found_before_loss" else -30)
    fv, lvl = finder_voice(r, fpk)
    if lvl == "hurried":
        lvl = "normal"
    return {"obj": t, "pk": fpk, "fmin": fmin, "fvoice": fv, "level": lvl, "truth_of": None, "neg": kind,
            "force": force, "target": rp, "cat": None}


def conflicts(nf, rp):
    """Could this found item be read as the object of report rp?  Used to keep labels honest."""
    o, q = nf["obj"], rp.obj
    cats = {o["cat"], nf["cat"] or o["cat"]}
    if q["cat"] not in cats:
        return False
    if nf["fmin"] > rp.lf or nf["fmin"] < rp.lt - 10 * 1440:
        return False
    if km(PLACES[nf["pk"]][2], PLACES[rp.pk][2]) > 3.0 and not rp.pk.startswith("ferry") and rp.pk != "bus":
        return False
    if o["color"] and q["color"] and o["color"] != q["color"]:
        return False
    if o["brand"] and q["brand"] and o["brand"] != q["brand"]:
        return False
    if o["model"] and q["model"] and o["model"] != q["model"]:
        return False
    if o["ch"].get("kind") != q["ch"].get("kind"):
        return False
    if o["cat"] == "id_doc" or q["cat"] == "id_doc":
        return o.get("owner_name") == q.get("owner_name")
    if o["cat"] == "cash":
        return o.get("amount") == q.get("amount")
    # same look: distinguishable only if some fact both would write differs
    qf = {f["k"]: f["fnd"] for f in q["facts"] if f["fnd"]}
    of = {f["k"]: f["fnd"] for f in o["facts"] if f["fnd"]}
    differ = [k for k in qf if k in of and qf[k] != of[k] and k in rp.mentioned]
    return not differ


def main():
    data, manifest = build()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "set61.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    part = data["parts"][SET]
    print("wrote %s: %d lost, %d found" % (out, len(part["lost"]), len(part["found"])))


if __name__ == "__main__":
    main()
