"""World for set111: an invented Yunnan mountain old town in the February flower season.

Everything here is invented: the town (云岫古城), its gates, lanes, guesthouses, villages,
lake ring road, hospital and airport, every person, every number.  Brand names are the ordinary
ones people write; model names are catalogue-style names, not checked against any catalogue.
All randomness comes from the single random.Random passed in by make_set111.py.
"""
import datetime

REF = datetime.datetime(2025, 2, 26, 17, 30)   # the moment of registration ("minute 0")

# ----------------------------------------------------------------- numbers with check digits
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"


def gb_check(s17):
    return GB_C[sum(int(c) * w for c, w in zip(s17, GB_W)) % 11]


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


REGIONS = ["530102", "532901", "532932", "533221", "530112", "110105", "310115", "440305",
           "510107", "320583", "330106", "610113", "420111", "370202", "500103", "430104",
           "350203", "210102", "520102", "450103"]


def id_number(R, region=None, y0=1956, y1=2006):
    region = region or R.choice(REGIONS)
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    s17 = "%s%04d%02d%02d%03d" % (region, y, m, d, R.randint(1, 999))
    return s17 + gb_check(s17)


TACS = ["86452105", "86981904", "35391811", "86723406", "35762209", "86140305", "35420718",
        "86077003", "35986612", "86519207"]


def imei(R):
    body = R.choice(TACS) + "".join(str(R.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def digits(R, n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def alnum(R, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


# ----------------------------------------------------------------- people
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
         "明", "超", "秀英", "霞", "平", "刚", "桂英", "玉兰", "萍", "红梅", "玲", "鹏飞", "辉",
         "宇航", "浩然", "欣怡", "梓涵", "子轩", "雨萱", "思彤", "俊杰", "文博", "嘉懿", "晨曦",
         "诗琪", "一鸣", "佳豪", "婷", "雪", "琳", "瑶", "晓东", "建华", "春燕", "志强", "丹丹",
         "小龙", "海燕", "国庆", "慧", "若溪", "沐阳", "亦菲", "梦洁", "子墨"]
BAI_SURN = ["段", "杨", "赵", "李", "张", "尹", "董"]
BAI_GIVEN = ["金花", "阿鹏", "月英", "四妹", "树清", "丽花", "福昌", "桂兰", "五斤"]
NAXI_SURN = ["和", "木", "杨", "李"]
NAXI_GIVEN = ["学文", "秀兰", "志红", "丽梅", "建军", "阿妹", "正清"]
EN_FIRST = ["Lukas", "Mira", "Tom", "Sofie", "Jonas", "Ella", "Noah", "Anouk", "Pieter", "Hanna",
            "Liam", "Chloe", "Mateo", "Freya", "Oskar", "Ines", "Ravi", "Daan", "Maya", "Felix",
            "Nora", "Elias", "Saoirse", "Bram", "Lea"]
EN_LAST = ["Brenner", "Vermeulen", "Hartley", "Lindqvist", "Moreau", "Castellano", "Novak",
           "Fischer", "Dubois", "Kowalczyk", "Brandt", "O'Rourke", "Haugen", "Petrov", "Silva",
           "Janssen", "Whitcombe", "Aalto", "Ferreira", "Duchamp", "Halloran", "Stroud"]
NATIONS = [("德国", "German", "de"), ("荷兰", "Dutch", "nl"), ("英国", "British", "uk"),
           ("法国", "French", "fr"), ("澳大利亚", "Australian", "au"), ("爱尔兰", "Irish", "ie")]


def cn_name(R, kind="han"):
    if kind == "bai":
        return R.choice(BAI_SURN) + R.choice(BAI_GIVEN)
    if kind == "naxi":
        return R.choice(NAXI_SURN) + R.choice(NAXI_GIVEN)
    return R.choice(SURN) + R.choice(GIVEN)


def en_name(R):
    return R.choice(EN_FIRST) + " " + R.choice(EN_LAST)


def passport_no(R, nat):
    if nat == "cn":
        if R.random() < 0.5:
            return "E" + digits(R, 8)
        return "E" + R.choice("ABCDEFGH") + digits(R, 7)
    if nat == "de":
        return "C" + alnum(R, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if nat == "nl":
        return alnum(R, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + alnum(R, 6) + digits(R, 1)
    if nat == "fr":
        return digits(R, 2) + alnum(R, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(R, 5)
    if nat == "au":
        return R.choice("NPRE") + R.choice("ABCDEFG") + digits(R, 7)
    return digits(R, 9)


# ----------------------------------------------------------------- colours and brands
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "黑的", "曜石黑", "亮黑色", "黑色的"], ["black", "matte black", "dark"]),
    "white": (["白色", "白", "米白", "象牙白", "白的", "乳白色"], ["white", "off-white", "cream"]),
    "silver": (["银色", "银白", "亮银", "银的", "银白色"], ["silver", "silvery"]),
    "blue": (["蓝色", "深蓝", "藏青", "宝蓝", "蓝的", "湖蓝色"], ["blue", "navy", "dark blue"]),
    "red": (["红色", "酒红", "大红", "枣红色"], ["red", "burgundy", "wine red"]),
    "pink": (["粉色", "浅粉", "樱花粉", "粉红色"], ["pink", "light pink"]),
    "green": (["绿色", "墨绿", "军绿", "橄榄绿"], ["green", "olive", "dark green"]),
    "grey": (["灰色", "深灰", "太空灰", "浅灰", "灰的"], ["grey", "gray", "space grey"]),
    "gold": (["金色", "香槟金", "土豪金"], ["gold", "champagne"]),
    "purple": (["紫色", "淡紫", "薰衣草紫", "紫的"], ["purple", "lilac"]),
    "yellow": (["黄色", "明黄", "姜黄色"], ["yellow", "mustard"]),
    "brown": (["棕色", "咖啡色", "驼色", "棕的", "焦糖色"], ["brown", "tan"]),
    "indigo": (["蓝白扎染", "扎染蓝", "靛蓝", "蓝底白花"], ["indigo tie-dye", "blue and white"]),
    "orange": (["橙色", "橘色", "桔黄"], ["orange"]),
}
CONFUSE = {"black": ["grey", "blue"], "grey": ["silver", "black"], "white": ["silver"],
           "blue": ["black", "indigo"], "pink": ["red", "purple"], "silver": ["grey", "white"],
           "brown": ["red"], "indigo": ["blue"], "green": ["grey"], "gold": ["yellow"],
           "red": ["pink"], "purple": ["pink"], "yellow": ["orange"], "orange": ["yellow"]}

BRANDS = {
    "huawei": (["华为", "HUAWEI", "Huawei", "华伟", "hua wei", "华为HUAWEI"], ["Huawei"]),
    "apple": (["苹果", "Apple", "iPhone", "平果", "apple", "苹果iPhone"], ["Apple", "iPhone"]),
    "xiaomi": (["小米", "Xiaomi", "MI", "xiaomi", "小咪"], ["Xiaomi"]),
    "oppo": (["OPPO", "oppo", "欧珀"], ["OPPO"]),
    "vivo": (["vivo", "VIVO", "维沃", "步步高vivo"], ["vivo"]),
    "honor": (["荣耀", "HONOR", "Honor", "荣曜"], ["Honor"]),
    "samsung": (["三星", "Samsung", "SAMSUNG", "san xing"], ["Samsung"]),
    "google": (["谷歌", "Google", "Pixel", "google"], ["Google", "Pixel"]),
    "dji": (["大疆", "DJI", "dji", "大僵", "da jiang"], ["DJI"]),
    "canon": (["佳能", "Canon", "CANON", "加能"], ["Canon"]),
    "sony": (["索尼", "SONY", "Sony", "索妮"], ["Sony"]),
    "fuji": (["富士", "FUJIFILM", "Fujifilm", "Fuji", "福士"], ["Fujifilm", "Fuji"]),
    "nikon": (["尼康", "Nikon", "NIKON"], ["Nikon"]),
    "ricoh": (["理光", "RICOH", "Ricoh", "里光"], ["Ricoh"]),
    "gopro": (["GoPro", "gopro", "狗pro"], ["GoPro"]),
    "insta360": (["影石", "Insta360", "insta 360", "影石Insta360"], ["Insta360"]),
    "anker": (["安克", "Anker", "ANKER"], ["Anker"]),
    "kindle": (["Kindle", "亚马逊", "kindle"], ["Kindle"]),
    "yadea": (["雅迪", "Yadea", "YADEA", "亚迪"], ["Yadea"]),
    "aima": (["爱玛", "AIMA", "Aima", "艾玛"], ["Aima"]),
    "niu": (["小牛", "NIU", "niu", "小牛电动"], ["NIU"]),
    "ninebot": (["九号", "Ninebot", "9号", "ninebot"], ["Ninebot"]),
    "tailg": (["台铃", "TAILG", "台玲"], ["Tailg"]),
    "giant": (["捷安特", "GIANT", "Giant", "杰安特"], ["Giant"]),
    "merida": (["美利达", "MERIDA", "Merida", "美丽达"], ["Merida"]),
    "xds": (["喜德盛", "XDS", "喜德胜"], ["XDS"]),
    "decathlon": (["迪卡侬", "Decathlon", "DECATHLON", "迪卡农"], ["Decathlon"]),
    "tnf": (["北面", "The North Face", "TNF", "北脸", "northface"], ["The North Face", "North Face"]),
    "arcteryx": (["始祖鸟", "Arcteryx", "Arc'teryx", "鸟牌"], ["Arc'teryx"]),
    "osprey": (["小鹰", "Osprey", "OSPREY"], ["Osprey"]),
    "coach": (["蔻驰", "COACH", "Coach", "寇驰"], ["Coach"]),
    "septwolves": (["七匹狼", "SEPTWOLVES", "7匹狼"], ["Septwolves"]),
    "goldlion": (["金利来", "Goldlion", "金力来"], ["Goldlion"]),
    "kipling": (["Kipling", "凯浦林", "猴子包"], ["Kipling"]),
    "volkswagen": (["大众", "VW", "Volkswagen", "大众汽车"], ["VW"]),
    "toyota": (["丰田", "TOYOTA", "Toyota"], ["Toyota"]),
    "byd": (["比亚迪", "BYD", "byd"], ["BYD"]),
    "blackdiamond": (["黑钻", "Black Diamond", "BD"], ["Black Diamond"]),
    "rayban": (["雷朋", "Ray-Ban", "RayBan", "雷鹏"], ["Ray-Ban"]),
    "enya": (["恩雅", "Enya", "enya"], ["Enya"]),
    "thermos": (["膳魔师", "THERMOS", "Thermos", "善魔师"], ["Thermos"]),
    "zojirushi": (["象印", "ZOJIRUSHI", "象牌"], ["Zojirushi"]),
    "shiping": (["石坪银坊", "石坪银铺", "石坪村银坊"], ["Shiping silver shop"]),
    "yangji": (["杨记银铺", "杨记银器", "杨氏银铺"], ["Yang's silver"]),
    "duanshi": (["段氏银器", "段家银器", "段氏手工银"], ["Duan silver"]),
    "yunyin": (["云银坊", "云银工坊", "雲銀坊"], ["Yunyin workshop"]),
}

# ----------------------------------------------------------------- places
# key: (zh variants, en name, lat, lon, type, group)
PLACES = {
    "south_gate": (["古城南门", "南城门", "南门城楼下", "古城南门口", "南门"], "South Gate of the old town", 25.68850, 100.16350, "street", "town"),
    "north_gate": (["古城北门", "北城门", "北门城楼", "古城北门口", "北门"], "North Gate of the old town", 25.69900, 100.16100, "street", "town"),
    "tower": (["望苍楼", "望苍楼下", "古城望苍楼广场"], "Wangcang Tower", 25.69380, 100.16250, "street", "town"),
    "foreigner_st": (["洋人街", "洋人街酒吧街", "护国路洋人街"], "Foreigner Street", 25.69450, 100.16000, "street", "town"),
    "renmin_up": (["人民路上段", "人民路上面", "人民路(靠山那头)"], "upper Renmin Road", 25.69300, 100.15800, "street", "town"),
    "renmin_low": (["人民路下段", "人民路下面", "人民路靠湖那头"], "lower Renmin Road", 25.69250, 100.16550, "street", "town"),
    "silver_st": (["银器街", "银器一条街", "古城银器街"], "Silver Street", 25.69500, 100.16400, "street", "town"),
    "tiedye_lane": (["扎染巷", "扎染坊巷子", "扎染一条巷"], "tie-dye lane", 25.69650, 100.15900, "street", "town"),
    "market": (["古城菜市场", "古城农贸市场", "菜市场"], "old-town market", 25.69100, 100.16700, "street", "town"),
    "tingfeng": (["听风客栈", "听风客栈(人民路)", "听风客站"], "Tingfeng guesthouse", 25.69550, 100.15720, "guesthouse", "town"),
    "tingfengge": (["听风阁客栈", "听风阁", "听风阁客栈(北门)"], "Tingfengge guesthouse", 25.69720, 100.16120, "guesthouse", "town"),
    "banshan": (["半山客栈", "半山客栈(玉洱路)", "半山客站"], "Banshan guesthouse", 25.69200, 100.15450, "guesthouse", "town"),
    "banshanyun": (["半山云舍客栈", "半山云舍", "半山云舍民宿"], "Banshan Yunshe guesthouse", 25.68900, 100.15550, "guesthouse", "town"),
    "yunqi": (["云栖客栈", "云栖客栈(复兴路)"], "Yunqi inn", 25.69600, 100.16600, "guesthouse", "town"),
    "yunqi_yard": (["云栖小院", "云栖小院民宿"], "Yunqi courtyard", 25.70100, 100.16800, "guesthouse", "town"),
    "hostel": (["鹿角青年旅舍", "鹿角青旅", "鹿角国际青年旅舍"], "Antler Hostel", 25.69480, 100.16120, "guesthouse", "town"),
    "bus_station": (["古城客运站", "古城汽车站", "客运站"], "old-town bus station", 25.68600, 100.17000, "transport", "town"),
    "shuttle_stop": (["机场大巴古城站", "机场大巴上车点(古城)", "机场大巴站"], "airport shuttle stop, old town", 25.68750, 100.17100, "transport", "town"),
    "airport": (["凤羽机场", "凤羽机场到达厅", "机场出发层", "凤羽机场T1"], "Fengyu Airport", 25.64800, 100.31900, "transport", "airport"),
    "hospital": (["古城区人民医院", "古城区人民医院急诊", "人民医院高原病门诊", "古城医院"], "Old Town People's Hospital", 25.70300, 100.17200, "hospital", "town"),
    "moon_bay": (["环湖东路月牙湾观景台", "月牙湾观景台", "月牙湾", "环湖东路月牙湾"], "Moon Bay viewpoint, east lake road", 25.73500, 100.23500, "lake", "lake"),
    "egret_beach": (["环湖西路鹭鸶滩", "鹭鸶滩", "鹭鸶滩骑行道"], "Egret Beach, west lake road", 25.72200, 100.19800, "lake", "lake"),
    "fishing_pier": (["渔村码头", "渔村码头边", "渔村小码头"], "fishing village pier", 25.71000, 100.21000, "lake", "lake"),
    "lake_road": (["环湖路", "环湖西路", "环湖路生态廊道", "环湖骑行道"], "lake ring road", 25.71600, 100.20300, "lake", "lake"),
    "shiping_village": (["石坪村", "石坪村银匠铺一带", "石坪白族村"], "Shiping Bai village", 25.74200, 100.18500, "village", "lake"),
    "xuesong_village": (["雪松村", "雪松纳西村", "雪松村口"], "Xuesong Naxi village", 25.78000, 100.13500, "village", "hills"),
    "cherry_valley": (["樱花谷", "樱花谷景区", "樱花谷步道"], "Cherry Blossom Valley", 25.67800, 100.14500, "flower", "hills"),
    "flower_park": (["花海公园", "环湖花海", "花海公园北门"], "flower sea park", 25.70800, 100.18500, "flower", "lake"),
    "cableway": (["苍岫索道下站", "索道下站", "苍岫索道售票处"], "cableway lower station", 25.69900, 100.14500, "flower", "hills"),
    "rental_shop": (["湖畔租车行", "湖畔电动车租赁", "湖畔租车"], "Lakeside rentals", 25.69000, 100.16900, "street", "town"),
}
FAR_PLACES = {
    "hsr": (["南湾新区高铁站", "南湾高铁站", "高铁站"], "Nanwan high-speed rail station", 25.59900, 100.27000, "transport", "far"),
    "shuanglin": (["双林镇客运站", "双林镇", "双林镇集市"], "Shuanglin town", 26.04000, 100.05000, "street", "far"),
    "lishui": (["丽水古镇", "丽水古镇四方街", "丽水古镇大水车"], "Lishui old town", 26.87000, 100.23000, "street", "far"),
    "xiguan": (["西关新城", "西关新城万达", "西关新城汽车站"], "Xiguan new city", 25.58500, 100.23500, "street", "far"),
}

LOSS_ACTS = {
    "street": [("逛街的时候", "while walking around"), ("拍照的时候放在台阶上忘了拿", "put it down on the steps to take photos and forgot it"),
               ("人太多挤着挤着就没了", "it was so crowded, it just vanished"), ("买小吃时放在摊位上", "left it on a snack stall counter"),
               ("坐在石凳上休息后", "after resting on a stone bench")],
    "guesthouse": [("退房的时候落在房间里", "left it in the room at checkout"), ("放在前台沙发上忘了拿", "left it on the lobby sofa"),
                   ("在露台喝茶时", "while having tea on the terrace"), ("晚上回来路上或者在客栈", "on the way back or at the guesthouse")],
    "transport": [("坐车下车时没拿", "forgot it when getting off"), ("落在大巴座位上了", "left it on the bus seat"),
                  ("在候车厅排队时", "while queueing in the waiting hall"), ("过安检前后", "around the security check")],
    "hospital": [("看高原反应挂号排队时", "while queueing at the hospital for altitude sickness"), ("在输液室吸氧的时候", "while on oxygen in the infusion room"),
                 ("陪家人看急诊的时候", "while taking a family member to the ER")],
    "lake": [("骑车环湖的时候颠掉了", "it bounced out while cycling the lake road"), ("在观景台拍照时", "while taking photos at the viewpoint"),
             ("停车看湖的时候", "when we stopped to look at the lake"), ("骑电动车环湖时", "while riding an e-scooter around the lake")],
    "village": [("在村里买扎染的时候", "while buying tie-dye in the village"), ("在银匠铺挑东西时", "while choosing things at a silversmith"),
                ("在村里吃饭时", "while eating in the village")],
    "flower": [("看樱花拍照的时候", "while photographing the cherry blossoms"), ("在花海里拍照时", "while taking photos in the flowers"),
               ("排队坐索道时", "while queueing for the cableway")],
}
FOUND_SPOTS = {
    "street": [("路边石凳上", "on a stone bench"), ("店门口台阶上", "on a shop doorstep"), ("垃圾桶旁边", "next to a bin"),
               ("石板路上", "on the cobbles"), ("墙角", "in a corner by a wall"), ("小吃摊桌上", "on a snack-stall table")],
    "guesthouse": [("打扫房间时在枕头下面", "under the pillow when cleaning the room"), ("前台沙发缝里", "in the lobby sofa"),
                   ("公共露台桌上", "on the terrace table"), ("房间床头柜抽屉里", "in the bedside drawer")],
    "transport": [("车厢最后一排座位上", "on the back-row seat"), ("行李架上", "on the luggage rack"),
                  ("候车厅座椅上", "on a waiting-hall seat"), ("座位缝里", "down the side of a seat")],
    "hospital": [("输液室座椅上", "on an infusion-room chair"), ("挂号窗口台面上", "at the registration window"),
                 ("候诊区椅子下", "under a waiting-area chair"), ("卫生间洗手台", "at the washbasin")],
    "lake": [("观景台栏杆边", "by the viewpoint railing"), ("路边草丛里", "in the grass by the road"),
             ("骑行道边上", "at the edge of the cycle path"), ("码头长椅上", "on a bench at the pier")],
    "village": [("店里柜台上", "on the shop counter"), ("村口大树下", "under the big tree at the village entrance"),
                ("染坊门口", "at the dye-house door")],
    "flower": [("樱花树下", "under a cherry tree"), ("步道边", "beside the path"), ("花海里的长椅上", "on a bench in the flower field")],
}
