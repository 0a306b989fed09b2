"""set115 world: an invented northern provincial capital (北川市), its university town
(燕岭大学) and the high-speed station (北川西站) in freshmen week.  Places, people, numbers.

Everything here is invented.  Standard library only; every draw goes through the one
random.Random passed in by make_set115.py.
"""
import datetime
import math

BASE_LAT = 38.8765
BASE_LON = 115.4680
# the moment of registration; every *_min in the set is minutes before it
T0 = datetime.datetime(2025, 9, 12, 21, 0)


def ll(x, y):
    """metres east / north of the campus centre -> (lat, lon)"""
    lat = BASE_LAT + y / 111320.0
    lon = BASE_LON + x / (111320.0 * math.cos(math.radians(BASE_LAT)))
    return lat, lon


def at(minutes):
    return T0 - datetime.timedelta(minutes=minutes)


def minutes_of(dt):
    return int((T0 - dt).total_seconds() // 60)


# ---------------------------------------------------------------- places
# key: names (how people write it), en, xy (None for a route), zone, days (allowed days)
ALLDAYS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
ARRIVAL = (3, 4, 5, 6, 7)
PLACES = {
    "EG": dict(names=["燕岭大学东门", "学校东门", "东门", "东大门", "东门岗亭附近"], en="the East Gate",
               xy=(650, 0), zone="campus", days=ALLDAYS),
    "WG": dict(names=["燕岭大学西门", "学校西门", "西门", "西门口", "西门岗亭附近"], en="the West Gate",
               xy=(-650, 0), zone="campus", days=ALLDAYS),
    "SG": dict(names=["燕岭大学南门（正门）", "学校正门", "南门", "南大门"], en="the South Gate",
               xy=(0, -520), zone="campus", days=ALLDAYS),
    "TENT": dict(names=["体育馆前广场迎新帐篷", "新生报到点帐篷", "迎新点", "报到处帐篷", "体育馆门口报到点"],
                 en="the freshmen welcome tents", xy=(120, -340), zone="campus", days=(5, 6)),
    "D12": dict(names=["竹园12号楼", "竹园12栋", "12号宿舍楼", "竹园十二号楼"], en="Bamboo Garden Block 12",
                xy=(350, 300), zone="campus", days=ALLDAYS),
    "D13": dict(names=["竹园13号楼", "竹园13栋", "13号宿舍楼", "竹园十三号楼"], en="Bamboo Garden Block 13",
                xy=(415, 305), zone="campus", days=ALLDAYS),
    "M3": dict(names=["梅园3号楼", "梅园3栋", "梅园三号女生宿舍"], en="Plum Garden Block 3",
               xy=(-300, 350), zone="campus", days=ALLDAYS),
    "M5": dict(names=["梅园5号楼", "梅园5栋", "梅园五号楼"], en="Plum Garden Block 5",
               xy=(-235, 380), zone="campus", days=ALLDAYS),
    "C1": dict(names=["第一食堂", "一食堂", "一餐", "一食堂一楼"], en="Canteen No.1",
               xy=(250, 150), zone="campus", days=ALLDAYS),
    "C2": dict(names=["第二食堂", "二食堂", "二餐", "二食堂二楼"], en="Canteen No.2",
               xy=(-250, 130), zone="campus", days=ALLDAYS),
    "LIB": dict(names=["图书馆", "校图书馆", "图书馆一楼大厅", "图书馆三楼自习室"], en="the library",
                xy=(0, 100), zone="campus", days=ALLDAYS),
    "NPG": dict(names=["北操场", "北区田径场", "北操场军训场地", "北操场看台"], en="the North sports ground",
                xy=(20, 560), zone="campus", days=(8, 9, 10, 11, 12)),
    "SPG": dict(names=["南操场", "南区田径场", "南操场看台", "南操场军训场地"], en="the South sports ground",
                xy=(-120, -220), zone="campus", days=(8, 9, 10, 11, 12)),
    "GYM": dict(names=["体育馆", "体育馆大厅", "体育馆一楼"], en="the gym",
                xy=(160, -290), zone="campus", days=ALLDAYS),
    "EXP": dict(names=["校内快递驿站", "菜鸟驿站（竹园）", "快递点"], en="the parcel station",
                xy=(200, 230), zone="campus", days=ALLDAYS),
    "SHC": dict(names=["南门外接驳车停靠点", "校车停车场", "接驳车下车点（南门外）"], en="the shuttle stop outside the South Gate",
                xy=(30, -610), zone="campus", days=ARRIVAL),
    "SHUT": dict(names=["迎新接驳车上", "高铁站到学校的接驳大巴上", "新生接驳车", "接驳大巴"], en="the shuttle bus",
                 xy=None, zone="bus", days=ARRIVAL),
    "B305": dict(names=["305路公交车上", "305路公交", "305路车上"], en="bus No.305",
                 xy=None, zone="bus", days=ALLDAYS),
    "TAXI": dict(names=["出租车上", "打的时车上", "网约车上"], en="a taxi",
                 xy=None, zone="bus", days=ALLDAYS),
    "WAIT": dict(names=["北川西站候车厅", "高铁站候车大厅", "西站候车室", "高铁西站二楼候车厅"], en="the waiting hall of Beichuan West Station",
                 xy=(-11000, -2000), zone="station", days=ALLDAYS),
    "EXIT": dict(names=["北川西站出站口", "高铁站出站口", "西站到达层出口"], en="the exit of Beichuan West Station",
                 xy=(-11060, -2110), zone="station", days=ALLDAYS),
    "TRANK": dict(names=["北川西站出租车上客区", "高铁站出租车排队处", "西站的士候车点"], en="the taxi rank at the station",
                  xy=(-11160, -2150), zone="station", days=ALLDAYS),
    "SHS": dict(names=["北川西站迎新接驳点", "高铁站站前广场新生接待处", "西站广场接驳车上车点"], en="the freshmen pick-up point at the station",
                xy=(-10950, -2220), zone="station", days=ARRIVAL),
    "ST": dict(names=["学府路商业街", "学府路", "学校东门外小吃街"], en="Xuefu Road",
               xy=(950, -260), zone="street", days=ALLDAYS),
    "PH1": dict(names=["学府路卓越通讯手机店", "东门外卓越通讯", "卓越通讯营业厅"], en="the Zhuoyue phone shop on Xuefu Road",
                xy=(900, -180), zone="street", days=ALLDAYS),
    "PH2": dict(names=["学府路星联手机店", "星联通讯（学府路）", "东门外星联手机卖场"], en="the Xinglian phone shop on Xuefu Road",
                xy=(990, -330), zone="street", days=ALLDAYS),
    "HOT": dict(names=["学府宾馆", "学府宾馆大堂", "东门外学府宾馆"], en="the Xuefu Hotel",
                xy=(1120, -200), zone="street", days=ARRIVAL),
    # far away, for the same-brand-far negatives
    "OLD": dict(names=["北川站（老火车站）", "北川火车站", "老站售票厅"], en="the old Beichuan railway station",
                xy=(3200, -9100), zone="far", days=ALLDAYS),
    "MALL": dict(names=["北川国贸商城", "国贸商城三楼", "市中心国贸"], en="Guomao Mall",
                 xy=(6100, -7200), zone="far", days=ALLDAYS),
    "NORM": dict(names=["北川师范学院", "师院北门", "北川师范学院食堂"], en="Beichuan Normal College",
                 xy=(14200, 5100), zone="far", days=ALLDAYS),
    "PARK": dict(names=["人民公园", "北川人民公园南门", "人民公园湖边"], en="People's Park",
                 xy=(5200, -8300), zone="far", days=ALLDAYS),
    "AIR": dict(names=["北川机场", "机场T2航站楼", "北川机场到达厅"], en="the airport",
                xy=(25000, -18000), zone="far", days=ALLDAYS),
}

# where something lost at a place may end up being found
NEAR = {
    "EG": ["EG", "ST", "PH1"], "WG": ["WG", "C2"], "SG": ["SG", "SHC", "TENT"],
    "TENT": ["TENT", "GYM", "SG"], "D12": ["D12", "EXP", "C1"], "D13": ["D13", "EXP"],
    "M3": ["M3", "C2"], "M5": ["M5", "M3"], "C1": ["C1", "D12"], "C2": ["C2", "WG"],
    "LIB": ["LIB", "C1"], "NPG": ["NPG", "D12", "D13"], "SPG": ["SPG", "GYM"], "GYM": ["GYM", "TENT"],
    "EXP": ["EXP", "D12"], "SHC": ["SHC", "SHUT", "SG"], "SHUT": ["SHUT", "SHC", "SHS"],
    "B305": ["B305", "ST", "EG"], "TAXI": ["TAXI", "TRANK"], "WAIT": ["WAIT", "EXIT"],
    "EXIT": ["EXIT", "SHS", "TRANK"], "TRANK": ["TRANK", "TAXI"], "SHS": ["SHS", "SHUT"],
    "ST": ["ST", "PH1", "PH2"], "PH1": ["PH1", "ST"], "PH2": ["PH2", "ST"], "HOT": ["HOT", "ST"],
}
# places that look alike on paper
TWIN = {"EG": "WG", "WG": "EG", "D12": "D13", "D13": "D12", "M3": "M5", "M5": "M3", "C1": "C2",
        "C2": "C1", "NPG": "SPG", "SPG": "NPG", "PH1": "PH2", "PH2": "PH1", "WAIT": "EXIT",
        "EXIT": "WAIT", "SHC": "SHS", "SHS": "SHC", "SHUT": "B305", "B305": "SHUT", "TRANK": "TAXI",
        "TAXI": "TRANK", "LIB": "GYM", "GYM": "LIB", "TENT": "GYM", "SG": "EG", "ST": "HOT", "HOT": "ST",
        "EXP": "D13"}
FAR = ["OLD", "MALL", "NORM", "PARK", "AIR"]

# who hands things in, by place
FINDERS = {
    "campus": ["guard", "cleaner", "volunteer", "student", "dorm_aunt", "canteen", "librarian", "instructor"],
    "station": ["station_staff", "station_cleaner", "passenger", "taxi_driver"],
    "bus": ["shuttle_driver", "bus_driver", "taxi_driver", "volunteer", "passenger"],
    "street": ["shop_clerk", "hotel_desk", "passerby", "guard"],
    "far": ["passerby", "station_staff", "guard", "cleaner"],
}
PLACE_FINDERS = {
    "NPG": ["instructor", "student", "cleaner", "guard"], "SPG": ["instructor", "student", "cleaner"],
    "LIB": ["librarian", "student", "cleaner"], "C1": ["canteen", "cleaner", "student"],
    "C2": ["canteen", "cleaner", "student"], "D12": ["dorm_aunt", "cleaner", "student"],
    "D13": ["dorm_aunt", "cleaner", "student"], "M3": ["dorm_aunt", "cleaner", "student"],
    "M5": ["dorm_aunt", "cleaner", "student"], "TENT": ["volunteer", "volunteer", "guard"],
    "SHUT": ["shuttle_driver", "volunteer"], "B305": ["bus_driver", "passenger"],
    "TAXI": ["taxi_driver"], "TRANK": ["taxi_driver", "station_staff"], "PH1": ["shop_clerk"],
    "PH2": ["shop_clerk"], "HOT": ["hotel_desk"], "EG": ["guard", "passerby", "volunteer"],
    "WG": ["guard", "passerby"], "SG": ["guard", "volunteer"], "SHC": ["volunteer", "shuttle_driver", "guard"],
    "SHS": ["volunteer", "station_staff"],
}

# ---------------------------------------------------------------- people
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
            "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
            "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛",
            "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚"]
GIVEN = ["子", "涵", "浩", "宇", "欣", "怡", "梓", "轩", "雨", "萱", "博", "文", "思", "嘉", "俊", "杰",
         "佳", "琪", "一", "诺", "晨", "阳", "明", "睿", "可", "馨", "泽", "楷", "若", "曦", "昊", "然",
         "静", "婷", "鑫", "磊", "淼", "彤", "悦", "航", "铭", "瑶", "奕", "辰", "锦", "程", "书", "瑜",
         "煜", "琳", "宁", "远", "安", "晴", "乐", "凡", "翔", "雪", "海", "峰", "伟", "芳", "军", "红"]
EN_FIRST = ["Amina", "Kofi", "Nurlan", "Aigerim", "Bilal", "Sofia", "Tanvir", "Lucas", "Yaw", "Dilnoza",
            "Omar", "Elena", "Tariq", "Grace", "Samuel", "Leila", "Arman", "Fatima", "Ivan", "Zara"]
EN_LAST = ["Mensah", "Seitkali", "Rahman", "Petrova", "Haddad", "Okoro", "Karimova", "Boateng", "Aziz",
           "Morales", "Tembo", "Iskakov", "Farouk", "Nkemelu", "Sadykov", "Qureshi", "Adjei", "Banda"]
EN_COUNTRY = ["Kazakhstan", "Ghana", "Pakistan", "Uzbekistan", "Nigeria", "Egypt", "Zambia", "Kyrgyzstan",
              "Malaysia", "Russia"]
COLLEGES = ["机械工程学院", "信息科学与工程学院", "外国语学院", "经济管理学院", "化学化工学院", "土木工程学院",
            "文学院", "数学与统计学院", "材料科学与工程学院", "电气工程学院", "法学院", "艺术学院",
            "国际教育学院", "生命科学学院", "新闻传播学院", "建筑学院"]
COLLEGE_SHORT = {"机械工程学院": "机械学院", "信息科学与工程学院": "信工", "外国语学院": "外院",
                 "经济管理学院": "经管", "化学化工学院": "化工学院", "土木工程学院": "土木",
                 "文学院": "文学院", "数学与统计学院": "数统", "材料科学与工程学院": "材料学院",
                 "电气工程学院": "电气", "法学院": "法学院", "艺术学院": "艺院", "国际教育学院": "国际学院",
                 "生命科学学院": "生科院", "新闻传播学院": "新传", "建筑学院": "建院"}
# province: (GB code prefix, dialect, name)
PROVINCES = [("黑龙江", "23", "ne"), ("吉林", "22", "ne"), ("辽宁", "21", "ne"), ("河南", "41", "henan"),
             ("四川", "51", "sichuan"), ("重庆", "50", "sichuan"), ("山东", "37", "plain"),
             ("河北", "13", "plain"), ("山西", "14", "plain"), ("湖北", "42", "plain"),
             ("湖南", "43", "plain"), ("安徽", "34", "plain"), ("江苏", "32", "plain"),
             ("浙江", "33", "plain"), ("广东", "44", "plain"), ("甘肃", "62", "plain"),
             ("内蒙古", "15", "ne"), ("河南", "41", "henan"), ("四川", "51", "sichuan")]
COUNTY_A = ["青", "石", "柳", "安", "平", "长", "永", "宁", "丰", "兴", "临", "泉", "桐", "梧", "云", "沙"]
COUNTY_B = ["阳", "河", "山", "城", "丘", "桥", "川", "源", "陵", "溪", "台", "林"]


def name_cn(rng):
    s = rng.choice(SURNAMES)
    g = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")
    return s + g


def gb11643_check(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return "10X98765432"[s % 11]


def id_number(rng, prov_code, birth):
    area = prov_code + "%02d" % rng.randint(1, 14) + "%02d" % rng.randint(1, 28)
    seq = "%03d" % rng.randint(1, 999)
    first = area + birth.strftime("%Y%m%d") + seq
    return first + gb11643_check(first)


def luhn_digit(partial):
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def imei(rng):
    body = "86" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def person_student(rng, intl=False):
    prov, code, dia = rng.choice(PROVINCES)
    sex = rng.choice(["男", "女"])
    birth = datetime.date(2006, 9, 1) + datetime.timedelta(days=rng.randint(0, 640))
    college = rng.choice(COLLEGES) if not intl else "国际教育学院"
    cidx = COLLEGES.index(college) + 1
    stuno = "2025" + "%02d" % cidx + "%02d" % rng.randint(1, 9) + "%04d" % rng.randint(101, 640)
    block = rng.choice(["D12", "D13"]) if sex == "男" else rng.choice(["M3", "M5"])
    room = rng.choice(["305", "305", "306", "412", "215", "508", "203", "317", "611", "104"])
    p = dict(role="student", sex=sex, prov=prov, dialect=dia, college=college, stuno=stuno,
             block=block, room=room, birth=birth)
    if intl:
        p.update(name=rng.choice(EN_FIRST) + " " + rng.choice(EN_LAST), country=rng.choice(EN_COUNTRY),
                 passport=rng.choice("NPK") + digits(rng, 8), idno=None, intl=True)
    else:
        p.update(name=name_cn(rng), idno=id_number(rng, code, birth), intl=False)
        p["county"] = prov + "省" * (prov not in ("重庆", "内蒙古")) + rng.choice(COUNTY_A) + rng.choice(COUNTY_B) + "县"
    p["phone"] = "1" + rng.choice(["38", "59", "87", "52", "86", "33", "77", "99"]) + digits(rng, 8)
    return p


def person_parent(rng, child):
    code = [c for pn, c, d in PROVINCES if pn == child["prov"]][0]
    birth = datetime.date(1968, 1, 1) + datetime.timedelta(days=rng.randint(0, 15 * 365))
    sex = rng.choice(["男", "女"])
    surname = child["name"][0] if sex == "男" or rng.random() < 0.3 else rng.choice(SURNAMES)
    name = surname + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    p = dict(role="parent", sex=sex, prov=child["prov"], dialect=child["dialect"], name=name,
             idno=id_number(rng, code, birth), birth=birth, child=child, intl=False,
             county=child.get("county", ""))
    p["phone"] = "1" + rng.choice(["35", "39", "58", "82", "89", "37"]) + digits(rng, 8)
    return p


def mask_phone(p):
    return p[:3] + "****" + p[-4:]
