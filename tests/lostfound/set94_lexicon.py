"""Set 94 words: colours (with which ones a careful officer would call clearly
different), brands in Chinese, English, pinyin and misspelt forms, invented models."""

# family: (owner words, finder words, English, Russian)
COLORS = {
    "black": (["黑色", "黑", "哑光黑", "亮黑色", "曜石黑", "纯黑"], ["黑色", "黑色", "黑", "亮黑"], ["black", "matte black"], ["чёрный"]),
    "white": (["白色", "白", "米白色", "珍珠白"], ["白色", "白", "米白"], ["white", "off-white"], ["белый"]),
    "grey": (["灰色", "深灰", "太空灰", "银色", "银灰色"], ["灰色", "银色", "银灰"], ["grey", "silver", "gray"], ["серый", "серебристый"]),
    "gold": (["金色", "香槟金", "土豪金"], ["金色", "香槟色"], ["gold", "champagne"], ["золотой"]),
    "red": (["红色", "大红", "酒红色", "枣红"], ["红色", "红", "酒红"], ["red", "burgundy"], ["красный"]),
    "blue": (["蓝色", "深蓝", "宝蓝色", "天蓝"], ["蓝色", "深蓝色", "蓝"], ["blue", "navy blue"], ["синий"]),
    "green": (["绿色", "墨绿", "军绿色", "橄榄绿"], ["绿色", "墨绿色", "军绿"], ["green", "dark green"], ["зелёный"]),
    "pink": (["粉色", "粉红", "樱花粉"], ["粉色", "粉红色"], ["pink"], ["розовый"]),
    "purple": (["紫色", "浅紫", "薰衣草紫"], ["紫色", "淡紫色"], ["purple", "lilac"], ["фиолетовый"]),
    "brown": (["棕色", "咖啡色", "驼色", "深棕"], ["棕色", "咖啡色", "褐色"], ["brown", "tan"], ["коричневый"]),
    "yellow": (["黄色", "橘黄", "明黄色"], ["黄色", "橙黄色"], ["yellow", "orange-yellow"], ["жёлтый"]),
}
VAGUE = {"black": "深色", "blue": "深色", "brown": "深色", "green": "深色", "white": "浅色", "pink": "浅色", "yellow": "浅色"}
CONTRAST = {
    "black": ["white", "red", "pink", "gold", "yellow"], "white": ["black", "red", "blue", "green", "brown", "purple"],
    "grey": ["red", "pink", "yellow", "green"], "gold": ["black", "blue", "green", "red", "purple"],
    "red": ["black", "white", "blue", "green", "grey", "yellow"], "blue": ["white", "red", "pink", "gold", "yellow"],
    "green": ["white", "red", "pink", "gold"], "pink": ["black", "blue", "green", "grey"],
    "purple": ["white", "gold", "green", "yellow"], "brown": ["white", "blue", "pink", "green"],
    "yellow": ["black", "blue", "red", "grey"],
}


def colors_contrast(a, b):
    return b in CONTRAST.get(a, []) or a in CONTRAST.get(b, [])


# key: (group, zh, owner spellings, finder spellings, English, models)
BRANDS = {
    "huawei": ("huawei", "华为", ["华为", "HUAWEI", "华伟", "Huawei", "hua wei", "huawie"], ["华为", "HUAWEI", "华为（HUAWEI）"], "Huawei",
               ["Mate X70 Lite", "nova 15 SE", "畅享 Z60", "Pura 88"]),
    "honor": ("huawei", "荣耀", ["荣耀", "HONOR", "Honor", "rongyao"], ["荣耀", "HONOR"], "Honor", ["Play 70C", "X70 Lite", "Magic 9 Mini"]),
    "apple": ("apple", "苹果", ["苹果", "iPhone", "Apple", "爱疯", "iphone", "apple"], ["苹果", "苹果（iPhone）", "Apple"], "Apple",
              ["iPhone 17 mini", "iPhone 16 Lite", "iPhone SE 5"]),
    "xiaomi": ("xiaomi", "小米", ["小米", "Xiaomi", "MI", "xiao mi", "小咪"], ["小米", "Xiaomi"], "Xiaomi", ["Civi 6 Pro", "小米 Z14", "MIX Fold 7"]),
    "redmi": ("xiaomi", "红米", ["红米", "Redmi", "redmi", "红米"], ["红米", "Redmi"], "Redmi", ["Note 17T", "K90 Go", "Turbo 8"]),
    "oppo": ("oppo", "OPPO", ["OPPO", "oppo", "欧珀", "Oppo"], ["OPPO"], "OPPO", ["Reno 19 Lite", "A97x", "Find N9 Flip"]),
    "vivo": ("vivo", "vivo", ["vivo", "VIVO", "维沃", "步步高vivo"], ["vivo", "VIVO"], "vivo", ["Y400s", "S27e", "X300 mini"]),
    "samsung": ("samsung", "三星", ["三星", "Samsung", "SAMSUNG", "Самсунг", "sumsang"], ["三星", "SAMSUNG"], "Samsung", ["Galaxy A78", "Galaxy M66"]),
    # wallets and bags
    "coach": ("coach", "蔻驰", ["蔻驰", "COACH", "coach", "寇驰"], ["COACH", "蔻驰"], "Coach", []),
    "goldlion": ("goldlion", "金利来", ["金利来", "Goldlion", "jinlilai"], ["金利来", "GOLDLION"], "Goldlion", []),
    "septwolves": ("septwolves", "七匹狼", ["七匹狼", "SEPTWOLVES", "qipilang"], ["七匹狼"], "Septwolves", []),
    "lv": ("lv", "LV", ["LV", "路易威登", "LV的（高仿的）", "louis vuitton"], ["LV", "LV老花图案"], "LV", []),
    "samsonite": ("samsonite", "新秀丽", ["新秀丽", "Samsonite", "xinxiuli", "萨姆索纳特"], ["新秀丽", "Samsonite"], "Samsonite", []),
    "tnf": ("tnf", "北面", ["北面", "The North Face", "TNF", "北脸"], ["北面（THE NORTH FACE）", "TNF"], "The North Face", []),
    "nike": ("nike", "耐克", ["耐克", "Nike", "NIKE", "奈克"], ["耐克", "NIKE"], "Nike", []),
    "adidas": ("adidas", "阿迪达斯", ["阿迪达斯", "adidas", "阿迪", "adidass"], ["阿迪达斯", "adidas"], "Adidas", []),
    "camel": ("camel", "骆驼", ["骆驼", "CAMEL", "luotuo"], ["骆驼（CAMEL）", "骆驼"], "Camel", []),
    "diplomat": ("diplomat", "外交官", ["外交官", "Diplomat"], ["外交官", "DIPLOMAT"], "Diplomat", []),
    "decathlon": ("decathlon", "迪卡侬", ["迪卡侬", "Decathlon", "迪卡农"], ["迪卡侬", "DECATHLON"], "Decathlon", []),
    # cars (keys)
    "toyota": ("toyota", "丰田", ["丰田", "Toyota", "TOYOTA", "fengtian"], ["丰田"], "Toyota", []),
    "vw": ("vw", "大众", ["大众", "VW", "Volkswagen", "dazhong"], ["大众", "大众（VW）"], "VW", []),
    "haval": ("haval", "哈弗", ["哈弗", "HAVAL", "哈佛"], ["哈弗", "HAVAL"], "Haval", []),
    "lada": ("lada", "拉达", ["拉达", "LADA", "Лада"], ["LADA", "拉达（LADA）"], "Lada", []),
    "kamaz": ("kamaz", "卡玛斯", ["卡玛斯", "KAMAZ", "КАМАЗ", "卡马斯"], ["KAMAZ", "卡玛斯"], "KAMAZ", []),
    "wuling": ("wuling", "五菱", ["五菱", "Wuling", "五凌"], ["五菱"], "Wuling", []),
    "jeep": ("jeep", "吉普", ["Jeep", "吉普", "jeep"], ["Jeep"], "Jeep", []),
    "byd": ("byd", "比亚迪", ["比亚迪", "BYD", "biyadi"], ["比亚迪", "BYD"], "BYD", []),
    # e-bikes and bicycles
    "yadea": ("yadea", "雅迪", ["雅迪", "Yadea", "YADEA", "yadi"], ["雅迪", "YADEA"], "Yadea", ["冠能 G9", "欧睿 E7"]),
    "aima": ("aima", "爱玛", ["爱玛", "AIMA", "艾玛", "aima"], ["爱玛", "AIMA"], "Aima", ["小蜜豆 Q5", "麒麟 A3"]),
    "tailg": ("tailg", "台铃", ["台铃", "TAILG", "tailing", "台玲"], ["台铃", "TAILG"], "Tailg", ["超能 S8", "狮子王 M6"]),
    "sunra": ("sunra", "新日", ["新日", "SUNRA", "xinri"], ["新日"], "Sunra", ["XC9", "星舰 T2"]),
    "niu": ("niu", "小牛", ["小牛", "NIU", "niu", "Niu"], ["小牛", "NIU"], "NIU", ["U3 Lite", "G6 Sport"]),
    "giant": ("giant", "捷安特", ["捷安特", "GIANT", "Giant", "jieante", "杰安特"], ["捷安特", "GIANT"], "Giant", ["ATX 790", "Escape 7"]),
    "merida": ("merida", "美利达", ["美利达", "MERIDA", "meilida", "美力达"], ["美利达", "MERIDA"], "Merida", ["勇士 560", "Crossway 9"]),
    "forever": ("forever", "永久", ["永久", "Forever", "yongjiu", "永久牌"], ["永久", "永久牌"], "Forever", ["YJ-26 复古款"]),
    "phoenix": ("phoenix", "凤凰", ["凤凰", "Phoenix", "fenghuang", "凤凰牌"], ["凤凰", "凤凰牌"], "Phoenix", ["FH-24 通勤款"]),
    "xds": ("xds", "喜德盛", ["喜德盛", "XDS", "xidesheng"], ["喜德盛", "XDS"], "XDS", ["逐日 600"]),
    # jewellery and watches
    "ctf": ("ctf", "周大福", ["周大福", "Chow Tai Fook", "CTF", "周大富"], ["周大福"], "Chow Tai Fook", []),
    "lfx": ("lfx", "老凤祥", ["老凤祥", "laofengxiang", "老凤翔"], ["老凤祥"], "Lao Feng Xiang", []),
    "css": ("css", "周生生", ["周生生", "Chow Sang Sang"], ["周生生"], "Chow Sang Sang", []),
    "casio": ("casio", "卡西欧", ["卡西欧", "CASIO", "Casio", "卡西鸥"], ["卡西欧", "CASIO"], "Casio", ["G-7790 运动款", "LQ-309 女表"]),
    "tianwang": ("tianwang", "天王", ["天王", "TIANWANG"], ["天王"], "Tianwang", ["GS-5588 钢带款"]),
    # electronics
    "lenovo": ("lenovo", "联想", ["联想", "Lenovo", "lianxiang", "ThinkPad", "联相"], ["联想", "Lenovo", "ThinkPad"], "Lenovo",
               ["ThinkPad T16s Gen9", "小新 Pro 15X", "拯救者 Y7000K"]),
    "dell": ("dell", "戴尔", ["戴尔", "Dell", "DELL", "代尔"], ["戴尔", "DELL"], "Dell", ["Inspiron 7710s", "Latitude 5590x"]),
    "canon": ("canon", "佳能", ["佳能", "Canon", "CANON", "jianeng"], ["佳能", "Canon"], "Canon", ["EOS R80", "PowerShot G9Z"]),
    "nikon": ("nikon", "尼康", ["尼康", "Nikon", "NIKON"], ["尼康", "Nikon"], "Nikon", ["Z 35", "D7700s"]),
    "sony": ("sony", "索尼", ["索尼", "Sony", "SONY", "suoni"], ["索尼", "SONY"], "Sony", ["A6900", "ZV-E30"]),
    "dji": ("dji", "大疆", ["大疆", "DJI", "dajiang", "大僵"], ["大疆", "DJI"], "DJI", ["Mini 6 Pro", "Air 4S", "Pocket 5"]),
    "romoss": ("romoss", "罗马仕", ["罗马仕", "ROMOSS", "luomashi"], ["罗马仕", "ROMOSS"], "Romoss", ["20000毫安"]),
    "anker": ("anker", "安克", ["安克", "Anker", "ANKER"], ["Anker", "安克"], "Anker", ["PowerCore 26K"]),
    "motorola": ("motorola", "摩托罗拉", ["摩托罗拉", "Motorola", "MOTO", "摩托"], ["摩托罗拉", "Motorola"], "Motorola", ["T88 Pro", "GP-3390"]),
    "hytera": ("hytera", "海能达", ["海能达", "Hytera", "hainengda"], ["海能达", "Hytera"], "Hytera", ["BD570", "TC-620s"]),
    "kindle": ("kindle", "Kindle", ["Kindle", "kindle", "亚马逊Kindle", "金读"], ["Kindle"], "Kindle", ["Paperwhite 7", "Basic 5"]),
    # other
    "thermos": ("thermos", "膳魔师", ["膳魔师", "THERMOS", "shanmoshi"], ["膳魔师", "THERMOS"], "Thermos", []),
    "zojirushi": ("zojirushi", "象印", ["象印", "ZOJIRUSHI", "xiangyin"], ["象印"], "Zojirushi", []),
    "fuguang": ("fuguang", "富光", ["富光", "FUGUANG"], ["富光"], "Fuguang", []),
    "tiantang": ("tiantang", "天堂", ["天堂", "Paradise"], ["天堂"], "Paradise", []),
    "rayban": ("rayban", "雷朋", ["雷朋", "Ray-Ban", "rayban", "雷鹏"], ["雷朋", "Ray-Ban"], "Ray-Ban", []),
    "msa": ("msa", "梅思安", ["梅思安", "MSA"], ["MSA", "梅思安"], "MSA", []),
    "lego": ("lego", "乐高", ["乐高", "LEGO", "lego"], ["乐高"], "LEGO", []),
}


def brand_group(key):
    return BRANDS[key][0] if key in BRANDS else key


def brand_word(key, side, rng):
    b = BRANDS[key]
    return rng.choice(b[2] if side == "own" else b[3])


def brand_en(key):
    return BRANDS[key][4]


def models(key):
    return BRANDS[key][5]
