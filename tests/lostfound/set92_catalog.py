"""set92 catalogue: colours, brands (with the ways people spell them), invented models and
the kinds of object in each category."""

# family -> Chinese words, English word
COLOURS = {
    "black": (["黑色", "黑", "哑光黑", "曜石黑", "纯黑"], "black"),
    "white": (["白色", "白", "米白", "象牙白", "奶白色"], "white"),
    "grey": (["灰色", "深灰", "浅灰", "深空灰", "铁灰色"], "grey"),
    "silver": (["银色", "银白", "亮银色", "银灰色"], "silver"),
    "gold": (["金色", "香槟金", "玫瑰金", "土豪金"], "gold"),
    "red": (["红色", "大红", "酒红色", "枣红"], "red"),
    "pink": (["粉色", "粉", "樱花粉", "浅粉色"], "pink"),
    "blue": (["蓝色", "深蓝", "藏青色", "宝蓝", "天蓝色"], "blue"),
    "green": (["绿色", "墨绿", "军绿色", "薄荷绿", "翠绿"], "green"),
    "yellow": (["黄色", "荧光黄", "柠檬黄"], "yellow"),
    "orange": (["橙色", "橘色", "荧光橙"], "orange"),
    "purple": (["紫色", "香芋紫", "浅紫色"], "purple"),
    "brown": (["棕色", "咖啡色", "驼色", "焦糖色"], "brown"),
    "beige": (["米色", "卡其色", "杏色"], "beige"),
}
# a loose word covers several families; neighbours are colours two honest people may confuse
LOOSE = {"深色": ["black", "grey", "blue", "brown", "purple"], "浅色": ["white", "beige", "silver", "grey", "pink"]}
NEIGHBOURS = {frozenset(p) for p in [("black", "grey"), ("grey", "silver"), ("silver", "white"),
                                      ("white", "beige"), ("beige", "brown"), ("gold", "yellow"),
                                      ("gold", "pink"), ("red", "pink"), ("red", "orange"),
                                      ("orange", "yellow"), ("blue", "purple"), ("pink", "purple"),
                                      ("black", "blue"), ("silver", "gold"), ("brown", "orange"),
                                      ("brown", "red"), ("green", "blue"), ("red", "purple"), ("black", "brown")]}


def colours_clash(a, b):
    """a, b: sets of families a text allows. True when no family of a is equal or near one of b."""
    for x in a:
        for y in b:
            if x == y or frozenset((x, y)) in NEIGHBOURS:
                return False
    return True


# brand id -> spellings (first is the usual Chinese), English
BRANDS = {
    "huawei": (["华为", "HUAWEI", "Huawei", "华伟", "huawei", "花为"], "Huawei"),
    "apple": (["苹果", "Apple", "apple", "爱疯", "苹果牌"], "Apple"),
    "xiaomi": (["小米", "Xiaomi", "MI", "xiaomi", "小咪"], "Xiaomi"),
    "oppo": (["OPPO", "oppo", "欧珀", "0PPO"], "OPPO"),
    "vivo": (["vivo", "VIVO", "维沃", "viv0"], "vivo"),
    "honor": (["荣耀", "HONOR", "Honor", "容耀"], "Honor"),
    "samsung": (["三星", "Samsung", "SAMSUNG", "sumsung", "三心"], "Samsung"),
    "coach": (["蔻驰", "COACH", "coach", "寇驰"], "Coach"),
    "septwolves": (["七匹狼", "SEPTWOLVES", "7匹狼"], "Septwolves"),
    "muji": (["无印良品", "MUJI", "muji", "无印"], "MUJI"),
    "goldlion": (["金利来", "goldlion", "GOLDLION"], "Goldlion"),
    "longchamp": (["珑骧", "Longchamp", "LONGCHAMP", "龙骧"], "Longchamp"),
    "tnf": (["北面", "The North Face", "TNF", "北脸", "northface"], "The North Face"),
    "arcteryx": (["始祖鸟", "Arc'teryx", "ARCTERYX", "arcteryx", "鸟牌"], "Arc'teryx"),
    "decathlon": (["迪卡侬", "Decathlon", "DECATHLON", "decathon", "迪卡龙"], "Decathlon"),
    "anta": (["安踏", "ANTA", "anta"], "ANTA"),
    "burton": (["伯顿", "BURTON", "Burton", "burten", "波顿"], "Burton"),
    "samsonite": (["新秀丽", "Samsonite", "SAMSONITE", "新秀丽牌"], "Samsonite"),
    "ctf": (["周大福", "Chow Tai Fook", "CTF", "周大幅"], "Chow Tai Fook"),
    "lfx": (["老凤祥", "LAOFENGXIANG", "老凤翔"], "Lao Feng Xiang"),
    "pandora": (["潘多拉", "Pandora", "PANDORA", "panduola"], "Pandora"),
    "swarovski": (["施华洛世奇", "Swarovski", "SWAROVSKI", "施华洛", "swaroski"], "Swarovski"),
    "sony": (["索尼", "SONY", "Sony", "suoni"], "Sony"),
    "canon": (["佳能", "Canon", "CANON", "佳能牌"], "Canon"),
    "fujifilm": (["富士", "FUJIFILM", "Fujifilm", "fuji"], "Fujifilm"),
    "gopro": (["GoPro", "gopro", "狗pro", "GOPRO", "够pro"], "GoPro"),
    "dji": (["大疆", "DJI", "dji", "大江"], "DJI"),
    "insta360": (["影石", "Insta360", "insta 360", "insta360"], "Insta360"),
    "anker": (["安克", "Anker", "ANKER", "anker"], "Anker"),
    "romoss": (["罗马仕", "ROMOSS", "romoss", "罗马士"], "Romoss"),
    "nintendo": (["任天堂", "Nintendo", "NINTENDO", "任天唐"], "Nintendo"),
    "imoo": (["小天才", "imoo", "IMOO", "小天材"], "imoo"),
    "oakley": (["欧克利", "OAKLEY", "Oakley", "oakly"], "Oakley"),
    "smith": (["史密斯", "SMITH", "Smith", "smiths"], "Smith"),
    "poc": (["POC", "poc", "Poc"], "POC"),
    "salomon": (["萨洛蒙", "Salomon", "SALOMON", "萨落蒙"], "Salomon"),
    "bosideng": (["波司登", "BOSIDENG", "bosideng", "波斯登"], "Bosideng"),
    "goose": (["加拿大鹅", "Canada Goose", "CANADA GOOSE", "大鹅"], "Canada Goose"),
    "thermos": (["膳魔师", "THERMOS", "Thermos", "善魔师"], "Thermos"),
    "zojirushi": (["象印", "ZOJIRUSHI", "zojirushi"], "Zojirushi"),
    "vw": (["大众", "Volkswagen", "VW", "大众牌"], "Volkswagen"),
    "toyota": (["丰田", "TOYOTA", "Toyota", "丰天"], "Toyota"),
    "byd": (["比亚迪", "BYD", "byd", "比亚笛"], "BYD"),
    "haval": (["哈弗", "HAVAL", "Haval", "哈佛"], "Haval"),
    "yadea": (["雅迪", "Yadea", "YADEA", "yadi"], "Yadea"),
    "aima": (["爱玛", "AIMA", "aima", "艾玛"], "AIMA"),
    "tailg": (["台铃", "TAILG", "tailg", "台玲"], "TAILG"),
    "niu": (["小牛", "NIU", "niu", "小牛电动"], "NIU"),
    "giant": (["捷安特", "GIANT", "Giant", "jieante", "捷安持"], "Giant"),
    "merida": (["美利达", "MERIDA", "Merida", "美丽达"], "Merida"),
    "phoenix": (["凤凰", "PHOENIX", "凤凰牌"], "Phoenix"),
}

# (brand, kind) -> models; each model is a list of written forms, the first is its id
MODELS = {
    ("huawei", "phone"): [["Mate 71 Pro", "Mate71Pro", "mate71 pro"], ["nova 16", "Nova16", "nova16"], ["Pura 90", "P90", "pura90"]],
    ("apple", "phone"): [["iPhone 19 Pro", "19Pro", "iphone19 pro"], ["iPhone 19", "19", "iPhone19"], ["iPhone 18 Plus", "18plus", "iPhone18Plus"]],
    ("xiaomi", "phone"): [["Xiaomi 17S", "17S", "mi 17s"], ["Redmi Note 19", "红米Note19", "redmi note19"]],
    ("oppo", "phone"): [["Find X11", "FindX11", "find x11"], ["Reno 16", "Reno16", "reno16"]],
    ("vivo", "phone"): [["X300s", "X300S", "x300s"], ["S30", "s30", "S30"]],
    ("honor", "phone"): [["Magic 9", "Magic9", "magic 9"], ["X70", "X70", "x70"]],
    ("samsung", "phone"): [["Galaxy S29", "S29", "galaxy s29"], ["Galaxy Z Flip 9", "Flip9", "z flip9"]],
    ("apple", "earbuds"): [["AirPods Pro 4", "AirPods Pro4", "airpods pro 4"], ["AirPods 5", "airpods5"]],
    ("huawei", "earbuds"): [["FreeBuds Pro 6", "FreeBuds Pro6", "freebuds pro6"]],
    ("xiaomi", "earbuds"): [["Buds 7", "Buds7", "buds 7"]],
    ("sony", "earbuds"): [["WF-2000XM7", "2000XM7", "wf2000xm7"]],
    ("apple", "tablet"): [["iPad Air 8", "iPad Air8", "ipad air 8"], ["iPad mini 9", "mini9", "ipad mini9"]],
    ("huawei", "tablet"): [["MatePad 14", "MatePad14", "matepad 14"]],
    ("xiaomi", "tablet"): [["Pad 8", "平板8", "pad8"]],
    ("apple", "smartwatch"): [["Watch S12", "iWatch S12", "watch s12"]],
    ("huawei", "smartwatch"): [["Watch GT 7", "GT7", "watch gt7"]],
    ("xiaomi", "smartwatch"): [["Watch S6", "WatchS6", "watch s6"]],
    ("huawei", "kids_watch"): [["儿童手表 K8", "K8", "k8"]],
    ("imoo", "kids_watch"): [["Z11", "Z11", "z11"], ["Q5X", "q5x"]],
    ("sony", "camera"): [["A7C III", "A7C3", "a7c iii"], ["ZV-E20", "ZVE20", "zv-e20"]],
    ("canon", "camera"): [["EOS R9", "R9", "eos r9"]],
    ("fujifilm", "camera"): [["X-S30", "XS30", "xs30"], ["X100 IX", "X100IX", "x100 ix"]],
    ("gopro", "action_cam"): [["HERO 15", "HERO15", "hero 15"], ["HERO 14", "HERO14", "hero14"]],
    ("dji", "action_cam"): [["Action 7", "Action7", "action 7"], ["Pocket 5", "Pocket5", "pocket 5"]],
    ("insta360", "action_cam"): [["X6", "x6", "X6全景"], ["Ace Pro 3", "AcePro3", "ace pro 3"]],
    ("nintendo", "console"): [["Switch 2", "Switch2", "NS2"], ["Switch OLED", "OLED版", "switch oled"]],
    ("oakley", "goggles"): [["Flight Deck L", "FlightDeck", "flight deck"], ["Line Miner XL", "LineMiner", "line miner"]],
    ("smith", "goggles"): [["I/O MAG S", "IO MAG", "io mag s"]],
    ("smith", "helmet"): [["Vantage 2", "Vantage2", "vantage 2"]],
    ("poc", "helmet"): [["Obex 3", "Obex3", "obex 3"]],
}

# kind id: (category, group, cn words, en word, colour families, brands (None = unbranded),
#          serial type, P(owner states serial), P(finder sees serial), name printed on it)
K = {}


def _k(kid, cat, group, cn, en, colours, brands, stype=None, po=0.0, pf=0.0, named=False):
    K[kid] = {"kid": kid, "cat": cat, "group": group, "cn": cn, "en": en, "colours": colours,
              "brands": brands, "stype": stype, "po": po, "pf": pf, "named": named}


_ph = ["black", "white", "blue", "green", "purple", "pink", "gold", "silver"]
_k("phone", "phone", "phone", ["手机", "电话", "手机"], "phone", _ph,
   ["huawei", "apple", "xiaomi", "oppo", "vivo", "honor", "samsung"], "imei", 0.4, 0.0)
_k("id_card", "id_doc", "id_card", ["身份证", "二代身份证", "身份证"], "ID card", [], [None], "id", 0.6, 0.8, True)
_k("passport_kr", "id_doc", "passport", ["护照", "韩国护照"], "passport", ["blue"], [None], "passport_kr", 0.5, 0.7, True)
_k("passport_ru", "id_doc", "passport", ["护照", "俄罗斯护照"], "passport", ["red"], [None], "passport_ru", 0.5, 0.7, True)
_k("student_card", "id_doc", "student_card", ["学生证", "学生卡"], "student card", ["red", "blue"], [None], "student", 0.5, 0.8, True)
_k("driver_lic", "id_doc", "driver_lic", ["驾驶证", "驾照", "本儿"], "driving licence", ["black", "brown"], [None], "id", 0.4, 0.7, True)
_k("accred", "id_doc", "accred", ["大冬会注册卡", "参赛证", "证件卡"], "accreditation card", ["blue", "white"], [None], "accred", 0.6, 0.9, True)
_k("cardholder", "wallet", "cardholder", ["卡包", "卡套", "证件套"], "card holder", ["black", "brown", "blue", "pink", "red"],
   ["coach", "muji", None], "card", 0.4, 0.5)
_k("long_wallet", "wallet", "wallet", ["长款钱包", "长钱包", "钱包"], "long wallet", ["black", "brown", "red", "pink", "beige"],
   ["coach", "septwolves", "goldlion", "longchamp", None], "card", 0.5, 0.6)
_k("short_wallet", "wallet", "wallet", ["短款钱包", "折叠钱包", "钱包", "皮夹子"], "wallet", ["black", "brown", "blue", "grey"],
   ["coach", "septwolves", "goldlion", "muji", None], "card", 0.5, 0.6)
_k("coin_purse", "wallet", "coin_purse", ["零钱包", "小钱包"], "coin purse", ["pink", "yellow", "green", "purple", "white"],
   [None, "muji"])
_k("keyring", "keys", "keyring", ["钥匙", "一串钥匙", "钥匙串"], "keys", ["silver", "gold", "red", "blue", "black", "green"], [None])
_k("locker_key", "keys", "locker_key", ["储物柜钥匙", "柜子钥匙", "存包柜手环钥匙"], "locker key", ["blue", "red", "green", "yellow", "orange"],
   [None], "locker", 0.85, 0.95)
_k("room_card", "keys", "room_card", ["房卡", "酒店房卡", "门卡"], "room key card", ["white", "blue", "gold", "black"], [None], "room", 0.7, 0.7)
_k("car_key", "keys", "car_key", ["车钥匙", "汽车钥匙", "遥控钥匙"], "car key", ["black", "silver"], ["vw", "toyota", "byd", "haval"])
_k("ebike", "ebike", "ebike", ["电动车", "电瓶车", "小电驴"], "e-bike", ["white", "black", "red", "blue", "grey"],
   ["yadea", "aima", "tailg", "niu"], "plate", 0.8, 0.9)
_k("bicycle", "bicycle", "bicycle", ["自行车", "单车", "山地车"], "bicycle", ["black", "white", "blue", "red", "orange"],
   ["giant", "merida", "phoenix", "decathlon"], "frame", 0.3, 0.4)
_k("kids_bike", "bicycle", "kids_bike", ["儿童自行车", "小孩自行车", "儿童平衡车"], "kid's bike", ["pink", "blue", "yellow", "green"],
   ["decathlon", "phoenix", None])
_k("backpack", "bag", "backpack", ["双肩包", "背包", "书包"], "backpack", ["black", "grey", "blue", "green", "red", "orange"],
   ["tnf", "arcteryx", "decathlon", "anta", None])
_k("crossbody", "bag", "crossbody", ["斜挎包", "单肩包", "挎包"], "shoulder bag", ["black", "brown", "beige", "white", "pink"],
   ["coach", "longchamp", None])
_k("waist_bag", "bag", "waist_bag", ["腰包", "胸包", "小挎包"], "waist bag", ["black", "grey", "orange", "green"], ["tnf", "decathlon", None])
_k("board_bag", "bag", "board_bag", ["雪板包", "滑雪板包"], "snowboard bag", ["black", "blue", "grey"], ["burton", "decathlon"])
_k("boot_bag", "bag", "boot_bag", ["雪鞋包", "雪具包", "滑雪鞋包"], "ski boot bag", ["black", "red", "blue"], ["burton", "salomon", "decathlon"])
_k("suitcase", "bag", "suitcase", ["行李箱", "拉杆箱", "箱子"], "suitcase", ["silver", "white", "pink", "blue", "green", "black"],
   ["samsonite", "xiaomi", None])
_k("skate_bag", "bag", "skate_bag", ["冰刀包", "冰鞋包"], "skate bag", ["black", "red", "blue"], [None, "anta"])
_k("hongbao", "cash", "hongbao", ["红包", "红包", "压岁钱红包"], "red envelope", ["red"], [None])
_k("cash_roll", "cash", "cash_roll", ["一沓现金", "一卷钱", "一捆现金"], "cash", [], [None])
_k("envelope", "cash", "envelope", ["装钱的信封", "信封", "牛皮纸信封"], "envelope of cash", ["brown", "white"], [None])
_k("ring", "jewelry", "ring", ["戒指", "指环", "戒指"], "ring", ["gold", "silver"], ["ctf", "lfx", None], "engrave", 0.7, 0.6)
_k("necklace", "jewelry", "necklace", ["项链", "链子"], "necklace", ["gold", "silver"], ["ctf", "swarovski", "lfx", None])
_k("bracelet", "jewelry", "bracelet", ["手链", "手串"], "bracelet", ["silver", "gold", "red"], ["pandora", "swarovski", None])
_k("earring", "jewelry", "earring", ["耳环", "耳钉", "耳坠"], "earring", ["gold", "silver"], ["swarovski", "ctf", None])
_k("bangle", "jewelry", "bangle", ["手镯", "镯子"], "bangle", ["green", "white", "gold"], [None, "lfx"])
_k("earbuds", "electronics", "earbuds", ["蓝牙耳机", "无线耳机", "耳机"], "earbuds", ["white", "black", "blue"],
   ["apple", "huawei", "xiaomi", "sony"], "sn", 0.15, 0.3)
_k("action_cam", "electronics", "action_cam", ["运动相机", "运动摄像机"], "action camera", ["black", "grey", "white"],
   ["gopro", "dji", "insta360"], "sn", 0.4, 0.5)
_k("camera", "electronics", "camera", ["相机", "微单相机", "照相机"], "camera", ["black", "silver"], ["sony", "canon", "fujifilm"], "sn", 0.4, 0.5)
_k("tablet", "electronics", "tablet", ["平板电脑", "平板"], "tablet", ["grey", "silver", "blue", "purple", "pink"],
   ["apple", "huawei", "xiaomi"], "sn", 0.3, 0.2)
_k("powerbank", "electronics", "powerbank", ["充电宝", "移动电源"], "power bank", ["white", "black", "blue", "pink"], ["xiaomi", "anker", "romoss"])
_k("console", "electronics", "console", ["游戏机", "掌机", "Switch游戏机"], "game console", ["black", "red", "blue"], ["nintendo"], "sn", 0.3, 0.4)
_k("smartwatch", "electronics", "smartwatch", ["智能手表", "手表", "运动手表"], "smartwatch", ["black", "white", "green", "pink"],
   ["apple", "huawei", "xiaomi"], "sn", 0.2, 0.1)
_k("kids_watch", "electronics", "kids_watch", ["儿童电话手表", "小孩手表", "电话手表"], "kids' phone watch", ["blue", "pink", "purple", "green"],
   ["imoo", "huawei"])
_k("goggles", "other", "goggles", ["滑雪镜", "雪镜", "护目镜"], "ski goggles", ["black", "white", "orange", "blue", "purple"],
   ["oakley", "smith", "decathlon"])
_k("helmet", "other", "helmet", ["滑雪头盔", "头盔"], "helmet", ["black", "white", "red", "blue", "pink"], ["smith", "poc", "decathlon"], "tag", 0.3, 0.6)
_k("gloves", "other", "gloves", ["滑雪手套", "手套", "棉手套"], "gloves", ["black", "red", "grey", "blue", "yellow"], ["burton", "tnf", "decathlon", None])
_k("snowboard", "other", "snowboard", ["单板", "滑雪板", "雪板"], "snowboard", ["black", "white", "blue", "green", "red"],
   ["burton", "salomon", "decathlon"], "tag", 0.5, 0.8)
_k("skis", "other", "skis", ["双板", "一副雪板", "滑雪双板"], "skis", ["red", "blue", "white", "black"], ["salomon", "decathlon"], "tag", 0.6, 0.8)
_k("ski_boots", "other", "ski_boots", ["滑雪鞋", "雪鞋", "雪靴"], "ski boots", ["black", "white", "blue"], ["burton", "salomon", "decathlon"])
_k("ski_pass", "other", "ski_pass", ["雪卡", "雪季卡", "滑雪季卡"], "ski pass", ["blue", "white"], [None], "pass", 0.7, 0.9, True)
_k("down_jacket", "other", "down_jacket", ["羽绒服", "棉服", "羽绒外套"], "down jacket", ["black", "white", "red", "blue", "green", "beige"],
   ["bosideng", "goose", "tnf", "anta"])
_k("thermos", "other", "thermos", ["保温杯", "水杯", "保温壶"], "thermos", ["silver", "black", "pink", "blue", "white"], ["thermos", "zojirushi", None])
_k("glasses", "other", "glasses", ["眼镜", "眼镜框"], "glasses", ["black", "gold", "silver", "brown"], [None])
_k("walking_stick", "other", "walking_stick", ["拐杖", "拐棍", "手杖"], "walking stick", ["brown", "black", "silver"], [None])
_k("hearing_aid", "other", "hearing_aid", ["助听器", "耳背机"], "hearing aid", ["beige", "silver", "brown"], [None])
_k("skates", "other", "skates", ["冰刀鞋", "冰鞋", "速滑冰刀"], "skates", ["black", "white", "blue"], ["anta", "decathlon", None])
_k("toy", "other", "toy", ["毛绒玩具", "玩偶", "布娃娃"], "plush toy", ["white", "pink", "brown", "yellow", "blue"], [None])

# objects two people may file as different kinds of thing
COMPAT = {frozenset(p) for p in [("cardholder", "id_card"), ("boot_bag", "ski_boots"),
                                  ("board_bag", "snowboard"), ("wallet", "cardholder"),
                                  ("wallet", "coin_purse"), ("cardholder", "coin_purse"),
                                  ("hongbao", "cash_roll"), ("hongbao", "envelope"), ("cash_roll", "envelope"),
                                  ("keyring", "car_key"), ("crossbody", "waist_bag"), ("smartwatch", "kids_watch"),
                                  ("snowboard", "skis"), ("skate_bag", "skates"), ("board_bag", "skis")]}


def groups_compatible(g1, g2):
    return g1 == g2 or frozenset((g1, g2)) in COMPAT
