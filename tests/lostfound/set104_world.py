"""World of set104: the invented inland city of 铁原 (Tieyuan), its old steel district 炉前区
being turned into a night-life and creative quarter, in the second half of August.

Every name, place, number and coordinate here is invented."""
import datetime
import math

# The moment every record is registered (all minute offsets count back from here).
NOW = datetime.datetime(2026, 8, 25, 9, 0)
CITY = "铁原市"
DISTRICT = "炉前区"
BASE_LAT, BASE_LON = 34.6127, 111.8834   # invented inland spot, well inside China

# id, names (first is the official one), east/north offset in metres from BASE, zone, address
PLACES = [
    ("mill", ["红钢1958创意园", "老钢厂", "红钢园区", "红钢1958"], 0, 0, "night",
     "轧钢路88号红钢1958创意园"),
    ("livehouse", ["熔炉Livehouse", "熔炉现场", "Furnace Livehouse", "二号高炉livehouse"], 120, 60, "night",
     "轧钢路88号红钢1958创意园二号高炉"),
    ("ingot", ["铁锭精酿", "Ingot精酿吧", "铁锭酒馆"], -80, 140, "night",
     "轧钢路88号红钢1958创意园A区7号"),
    ("shop3", ["三车间精酿酒馆", "三车间", "3号车间酒馆"], 210, -90, "night",
     "轧钢路88号红钢1958创意园C区三车间"),
    ("cinema", ["冷却塔露天影院", "冷却塔下面的露天电影", "露天影院草坪"], 380, 250, "night",
     "轧钢路88号红钢1958创意园冷却塔草坪"),
    ("plaza", ["高炉广场", "高炉下面的广场"], 60, 220, "night", "炼铁路与轧钢路交叉口高炉广场"),
    ("gate_w", ["红钢园区西门网约车上车点", "园区西门上车点", "西门打车点"], -320, 30, "ride",
     "轧钢路红钢1958创意园西门"),
    ("market", ["轧钢路早市", "轧钢路菜市场早市", "老钢厂早市"], -650, -420, "day",
     "轧钢路与焦化路交叉口东侧"),
    ("estate", ["钢花新村", "钢花新村小区", "钢花老小区"], -900, -1100, "estate", "焦化路17号钢花新村"),
    ("estate_e", ["钢花新村东门", "钢花新村东门口"], -760, -1020, "estate", "焦化路17号钢花新村东门"),
    ("club", ["钢花新村老年活动中心", "老年活动室", "钢花活动中心"], -980, -1240, "estate",
     "焦化路17号钢花新村活动中心"),
    ("shed", ["钢花新村9栋车棚", "9栋自行车棚", "钢花新村车棚"], -1050, -1180, "estate",
     "焦化路17号钢花新村9栋"),
    ("pool", ["钢花少儿游泳馆", "钢花儿童游泳池", "少儿泳池"], -520, -1350, "pool", "焦化路31号钢花少儿游泳馆"),
    ("hospital", ["铁原市第四人民医院", "四院", "原钢厂职工医院"], 900, -800, "work", "炼铁路202号"),
    ("hosp_er", ["四院急诊楼", "第四人民医院急诊", "四院急诊大厅"], 960, -760, "work", "炼铁路202号急诊楼"),
    ("yard", ["铁原北站货场", "北货场", "北站货场"], 1600, 1900, "work", "货场路1号铁原北站货场"),
    ("yard_gate", ["北货场2号门", "货场二号门", "北货场大门"], 1450, 1750, "work", "货场路1号北货场2号门"),
    ("bus_mill", ["夜班N7路红钢园区站", "红钢园区公交站", "N7红钢园区站"], -150, -60, "bus", "轧钢路红钢园区站"),
    ("bus_estate", ["夜班N7路钢花新村站", "钢花新村公交站", "N7钢花新村站"], -820, -960, "bus", "焦化路钢花新村站"),
    ("bus_hosp", ["四院公交站", "N7路四院站"], 860, -700, "bus", "炼铁路四院站"),
    ("street_lt", ["炼铁路", "炼铁路人行道", "炼铁路便利店门口"], 420, -300, "street", "炼铁路中段"),
    ("street_jh", ["焦化路", "焦化路烧烤摊一带", "焦化路路口"], -400, -700, "street", "焦化路中段"),
]
PLACE = {p[0]: p for p in PLACES}

# places elsewhere in the city, for "same brand, other place and time" negatives
FAR = [
    ("east_station", ["铁原东站", "高铁东站"], 9200, 3100, "东站路1号铁原东站"),
    ("uni", ["河西大学城", "大学城北门"], -8700, 5400, "河西区学府大道大学城北门"),
    ("lake", ["南湖公园", "南湖公园东门"], 1800, -9800, "南湖区湖滨路南湖公园"),
    ("devzone", ["开发区管委会", "开发区创业大厦"], 11800, -2600, "开发区创业大道9号"),
    ("oldtown", ["鼓楼步行街", "鼓楼"], -5200, -6100, "鼓楼区鼓楼步行街"),
]
FARP = {p[0]: p for p in FAR}

# near: places one may lose a thing at and the finder hands it in from
NEAR = {
    "mill": ["livehouse", "ingot", "shop3", "plaza", "gate_w", "bus_mill"],
    "livehouse": ["mill", "plaza", "ingot", "shop3", "gate_w"],
    "ingot": ["mill", "plaza", "shop3", "livehouse"],
    "shop3": ["mill", "ingot", "livehouse", "cinema"],
    "cinema": ["mill", "plaza", "shop3"],
    "plaza": ["mill", "livehouse", "ingot", "bus_mill"],
    "gate_w": ["mill", "bus_mill", "plaza"],
    "market": ["street_jh", "bus_estate", "estate_e"],
    "estate": ["estate_e", "club", "shed", "bus_estate"],
    "estate_e": ["estate", "bus_estate", "street_jh", "market"],
    "club": ["estate", "shed", "estate_e"],
    "shed": ["estate", "club"],
    "pool": ["estate", "street_jh", "estate_e"],
    "hospital": ["hosp_er", "bus_hosp", "street_lt"],
    "hosp_er": ["hospital", "bus_hosp"],
    "yard": ["yard_gate"],
    "yard_gate": ["yard", "street_lt"],
    "bus_mill": ["bus_estate", "bus_hosp", "mill", "gate_w"],
    "bus_estate": ["bus_mill", "estate_e", "estate"],
    "bus_hosp": ["hospital", "bus_mill"],
    "street_lt": ["hospital", "bus_hosp", "yard_gate"],
    "street_jh": ["market", "estate_e", "pool"],
}


def latlon(east, north, rng=None, jitter=0):
    if rng is not None and jitter:
        east += rng.uniform(-jitter, jitter)
        north += rng.uniform(-jitter, jitter)
    lat = BASE_LAT + north / 111320.0
    lon = BASE_LON + east / (111320.0 * math.cos(math.radians(BASE_LAT)))
    return round(lat, 6), round(lon, 6)


SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
            "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
            "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛"]
GIVEN_YOUNG = ["子涵", "雨桐", "梓萱", "浩然", "一诺", "思远", "欣怡", "若曦", "俊熙", "沐晨", "嘉懿",
               "可馨", "宇轩", "星辰", "诗琪", "铭泽", "语嫣", "晨阳", "佳琪", "天佑", "安然", "书瑶"]
GIVEN_MID = ["海燕", "建军", "丽娟", "志强", "红梅", "晓东", "春燕", "国庆", "文静", "卫东", "秀芳",
             "立新", "雪梅", "振华", "玉兰", "德胜", "丽萍", "永刚", "亚军", "凤霞"]
GIVEN_OLD = ["桂兰", "长林", "秀英", "德福", "玉珍", "富贵", "淑芬", "宝山", "金凤", "满仓", "凤英",
             "铁柱", "素琴", "炳辉", "翠花", "学文", "兰英", "守成"]
FOREIGN = [("Lukas", "Brenner", "German"), ("Amara", "Okafor", "Nigerian"), ("Mateo", "Quiroga", "Argentinian"),
           ("Hanna", "Lindqvist", "Swedish"), ("Tomasz", "Wierzba", "Polish"), ("Chloe", "Marchetti", "Italian"),
           ("Daniel", "Achterberg", "Dutch"), ("Yusuf", "Demirci", "Turkish"), ("Priya", "Raman", "Indian"),
           ("Olivia", "Hartley", "British"), ("Kenji", "Morisaki", "Japanese"), ("Sofia", "Varela", "Portuguese")]

# invented six-digit region codes for the ID numbers of 铁原 people
REGION = ["419102", "419103", "419106", "419121", "419181"]
