"""Set 87 object kinds: category, the words owners and finders use, makers, colours,
what number identifies it, and which details it carries."""


def _k(cat, own, fnd, en, brands, colors, serial, feats, voices, models=None, mvis=0.0,
       name=0.0, cash=0.0, weight=1):
    return {"cat": cat, "own": own.split("|"), "fnd": fnd.split("|"), "en": en,
            "brands": brands.split() if brands else [], "colors": colors.split() if colors else [],
            "serial": serial, "feats": feats.split() if feats else [], "voices": voices,
            "models": models or {}, "mvis": mvis, "name": name, "cash": cash, "w": weight}


PHONE_MODELS = {"huawei": ["Mate 88", "nova 19", "畅享 70X"], "apple": ["iPhone 21", "iPhone 21 Pro", "iPhone 20 Plus"],
                "xiaomi": ["小米 19", "Redmi K99", "Redmi Note 18"], "oppo": ["Reno 19", "Find X12", "A98"],
                "vivo": ["X500", "S40", "Y300e"], "honor": ["Magic 11", "X70", "荣耀 200"],
                "samsung": ["Galaxy S32", "Galaxy A77", "Galaxy Z Flip 9"]}
KINDS = {
    "phone": _k("phone", "手机|手机|电话|手机", "手机|手机一部", "phone",
                "huawei apple xiaomi oppo vivo honor samsung", "black white blue green purple silver gold",
                "imei", "case lock crack strap",
                {"traveller": 3, "foreigner": 1, "elderly": 1, "trucker": 1, "picker": 2, "migrant": 1,
                 "shopper": 2, "staff": 1}, PHONE_MODELS, 0.25),
    "id_card": _k("id_doc", "身份证|身份证|二代身份证|身分证", "居民身份证|身份证", "ID card", "", "",
                  "idno", "idcover", {"traveller": 2, "elderly": 1, "trucker": 1, "picker": 2, "migrant": 3,
                                      "shopper": 1}, name=1.0, weight=3),
    "passport": _k("id_doc", "护照|护照|中国护照", "护照|因私护照", "passport", "", "red", "passport",
                   "ppcover ppin", {"traveller": 3, "elderly": 1}, name=1.0, weight=2),
    "fpassport": _k("id_doc", "护照|passport", "外国护照|外籍护照", "passport", "", "navy red green black",
                    "fpassport", "ppcover ppin", {"foreigner": 1}, name=1.0, weight=1),
    "driver_lic": _k("id_doc", "驾驶证|驾照|驾驶本", "机动车驾驶证|驾驶证", "driving licence", "", "",
                     "idno", "dlclass dlcover", {"trucker": 3, "shopper": 1, "traveller": 1}, name=1.0),
    "badge": _k("id_doc", "工作证|工牌|出入证", "工作证|工牌", "work badge", "", "", "staffno",
                "company lanyard", {"picker": 3, "staff": 2}, name=1.0),
    "wallet": _k("wallet", "钱包|钱包|皮夹|钱夹|钱抱", "钱包|钱包一个|皮夹", "wallet",
                 "lovane yahu luosen goldeer", "black brown red pink blue beige", "card",
                 "wstyle photo extra", {"traveller": 2, "foreigner": 1, "elderly": 2, "trucker": 2, "picker": 2,
                                        "migrant": 2, "shopper": 2, "staff": 1}, name=0.35, cash=0.75, weight=4),
    "card_holder": _k("wallet", "卡包|卡套|卡包", "卡包|卡套", "card holder", "lovane yahu luosen",
                      "black brown pink blue grey", "card", "extra photo",
                      {"traveller": 1, "shopper": 1, "picker": 1, "staff": 1}, name=0.3, cash=0.2),
    "keys": _k("keys", "钥匙|钥匙串|一串钥匙|钥是", "钥匙一串|钥匙串", "keys",
               "yuanchi lingtu qihang zhongjun dongyue", "", None, "kcount charm fob kring",
               {"trucker": 2, "picker": 2, "shopper": 2, "traveller": 1, "staff": 1, "migrant": 1}, weight=3),
    "car_key": _k("keys", "车钥匙|汽车钥匙|遥控钥匙", "汽车遥控钥匙|车钥匙一把", "car key",
                  "yuanchi lingtu qihang zhongjun dongyue", "black silver", None, "charm kring",
                  {"shopper": 2, "traveller": 2, "trucker": 2}),
    "ebike": _k("ebike", "电动车|电瓶车|电驴|电动车", "电动自行车|电动车一辆", "e-bike",
                "suqi lvchi xiaofeng yasu", "white black red blue grey pink", "frame",
                "topbox windshield basket seatcov", {"picker": 4, "migrant": 1, "shopper": 1, "staff": 1},
                {"suqi": ["S7", "Q9"], "lvchi": ["L60", "风行3"], "xiaofeng": ["F2", "蜂鸟"], "yasu": ["Y5", "Y8 Pro"]}, 0.4),
    "bicycle": _k("bicycle", "自行车|单车|自行车", "自行车一辆", "bicycle", "jiefeng feiyan mervis",
                  "black white red blue green yellow", "bframe", "btype basket childseat block",
                  {"picker": 2, "staff": 1, "shopper": 1}),
    "suitcase": _k("bag", "行李箱|拉杆箱|箱子|行礼箱", "拉杆箱|行李箱一只", "suitcase",
                   "tourida xingzhe travstar weitu", "black silver grey blue pink green red",
                   None, "size sticker lstrap scontent",
                   {"traveller": 3, "foreigner": 2, "elderly": 2, "migrant": 1}, name=0.45, weight=3),
    "backpack": _k("bag", "双肩包|背包|书包", "双肩背包|背包一个", "backpack",
                   "shanxing yahu beian tourida", "black grey navy blue green pink", None, "charm bcontent",
                   {"traveller": 2, "foreigner": 2, "picker": 1, "shopper": 1, "migrant": 1}, name=0.15, weight=3),
    "handbag": _k("bag", "包|手提包|女包|包包", "女士手提包|女包一个", "handbag", "lovane yahu luosen",
                  "black red brown beige white pink", None, "hstyle charm hcontent",
                  {"shopper": 3, "traveller": 1, "elderly": 1}, cash=0.25, weight=2),
    "woven": _k("bag", "编织袋|蛇皮袋|大袋子", "编织袋一个|蛇皮袋", "woven bag", "", "stripe white",
                None, "rope wcontent", {"migrant": 3, "elderly": 1}),
    "tote": _k("bag", "布袋|环保袋|手拎袋", "帆布袋|布袋一个", "cloth bag", "", "beige blue red green",
               None, "pattern closure hcontent", {"elderly": 3, "shopper": 1}, cash=0.3),
    "cash": _k("cash", "现金|钱|现金", "现金|现金一笔", "cash", "", "", None, "envelope denom writing",
               {"migrant": 3, "elderly": 2, "trucker": 2, "shopper": 1, "picker": 1}, cash=1.0),
    "bangle": _k("jewelry", "手镯|镯子|手镯", "手镯一只", "bangle", "jinmantang baorui zhouruifu", "",
                 None, "engrave", {"shopper": 2, "elderly": 3, "traveller": 1}),
    "necklace": _k("jewelry", "项链|项链|链子", "项链一条", "necklace", "jinmantang baorui zhouruifu", "",
                   None, "pendant engrave", {"shopper": 2, "elderly": 1, "traveller": 2, "foreigner": 1}),
    "ring": _k("jewelry", "戒指|戒子", "戒指一枚", "ring", "jinmantang baorui zhouruifu", "", None,
               "engrave", {"shopper": 2, "traveller": 2, "foreigner": 1}),
    "watch": _k("jewelry", "手表|机械表", "手表一块", "watch", "rosen beichen", "silver gold black",
                None, "wstrap engrave", {"traveller": 1, "shopper": 1, "trucker": 1}),
    "earbuds": _k("electronics", "蓝牙耳机|无线耳机|耳机", "蓝牙耳机|无线耳机一副", "earbuds",
                  "apple huawei xiaomi", "white black", "sn", "earcase",
                  {"traveller": 2, "foreigner": 1, "shopper": 2, "picker": 1},
                  {"apple": ["AirPods Pro 5", "AirPods 7"], "huawei": ["FreeBuds 9"], "xiaomi": ["Buds 8"]}, 0.2),
    "laptop": _k("electronics", "笔记本电脑|电脑|笔记本", "笔记本电脑一台", "laptop", "lenovo apple huawei dell",
                 "silver grey black", "sn", "lsticker sleeve", {"traveller": 3, "foreigner": 2},
                 {"lenovo": ["ThinkPad X19", "小新 Pro 19"], "apple": ["MacBook Air 15", "MacBook Pro 16"],
                  "huawei": ["MateBook X Pro 9", "MateBook 16S"], "dell": ["XPS 19", "灵越 16"]}, 0.5, weight=2),
    "tablet": _k("electronics", "平板|平板电脑|iPad", "平板电脑一台", "tablet", "apple huawei xiaomi",
                 "silver grey", "sn", "tcase", {"traveller": 2, "elderly": 1, "shopper": 1, "foreigner": 1},
                 {"apple": ["iPad Air 9", "iPad mini 9"], "huawei": ["MatePad 13"], "xiaomi": ["小米平板 9"]}, 0.3),
    "camera": _k("electronics", "相机|照相机|微单", "相机一台", "camera", "canon sony fuji", "black silver",
                 "sn", "camstrap lens", {"foreigner": 2, "traveller": 2},
                 {"canon": ["EOS R99", "G9 X III"], "sony": ["A9900", "ZV-E90"], "fuji": ["X-T90", "X100Z"]}, 0.6),
    "power_bank": _k("electronics", "充电宝|移动电源|冲电宝", "充电宝一个", "power bank", "xiaomi anker romax",
                     "white black blue pink", None, "pbmark pbcap",
                     {"traveller": 2, "picker": 1, "shopper": 1, "migrant": 1}),
    "smartwatch": _k("electronics", "智能手表|运动手表|手表", "智能手表一块", "smartwatch", "huawei apple xiaomi",
                     "black silver pink", None, "wstrap", {"traveller": 1, "shopper": 1, "picker": 1},
                     {"huawei": ["WATCH GT 9"], "apple": ["Watch S15"], "xiaomi": ["Watch S9"]}, 0.2),
    "console": _k("electronics", "游戏机|掌机", "游戏机一台", "game console", "nintendo", "black white red",
                  "sn", "cshell", {"traveller": 1, "shopper": 1}, {"nintendo": ["Switch 3", "Switch 3 Lite"]}, 0.4),
    "umbrella": _k("other", "雨伞|伞|雨伞", "雨伞一把", "umbrella", "qingyu tianqing",
                   "black navy red blue green purple", None, "utype uhandle pattern",
                   {"traveller": 1, "shopper": 2, "picker": 1, "elderly": 1, "foreigner": 1}, weight=2),
    "down_jacket": _k("other", "羽绒服|羽绒衣|棉袄", "羽绒服一件", "down jacket", "xuetu beian jihan",
                      "black navy red white green beige", None, "jsize hood pocket",
                      {"traveller": 1, "picker": 1, "shopper": 1, "trucker": 1}, weight=2),
    "thermos": _k("other", "保温杯|水杯|杯子", "保温杯一个", "thermos", "nuantu beile",
                  "black silver pink blue green", None, "tmark tlid",
                  {"trucker": 2, "picker": 2, "elderly": 1, "migrant": 1}),
    "stick": _k("other", "拐杖|拐棍", "拐杖一根", "walking stick", "", "black brown silver", None,
                "stype shandle", {"elderly": 1}),
    "toy": _k("other", "玩偶|毛绒玩具|公仔", "毛绒玩具一个", "soft toy", "", "brown pink white blue",
              None, "ttype tdress", {"shopper": 1, "traveller": 1, "elderly": 1}),
    "gift": _k("other", "礼盒|年货礼盒", "礼盒一个", "gift box", "mingxiang haizhen", "red gold",
               None, "gtype gbag", {"traveller": 1, "elderly": 1, "migrant": 1}),
    "glasses": _k("other", "眼镜|眼睛", "眼镜一副", "glasses", "", "", None, "gframe glens gcase",
                  {"elderly": 2, "traveller": 1, "shopper": 1}),
}
# the same object may be filed under another category by the finder
CROSS = {"passport": ("wallet", "证件包一个，内有护照|护照夹一个（内有护照）"),
         "smartwatch": ("jewelry", "手表一块（电子表）|腕表一块"),
         "laptop": ("bag", "电脑包一个，内有笔记本电脑|电脑包一只（内装笔记本电脑）"),
         "earbuds": ("other", "耳机盒一个，内有耳机|小盒子一个（内为蓝牙耳机）")}
FUZZY = [{"wallet", "card_holder"}, {"watch", "smartwatch"}]


def kind_conflict(a, b):
    if a == b:
        return False
    return not any(a in s and b in s for s in FUZZY)


def kinds_of(cat):
    return sorted(k for k in KINDS if KINDS[k]["cat"] == cat)


JEWEL_METAL = {"gold": ("gold", "足金|金的|黄金#足金|黄金材质"), "k18": ("gold", "18K金|18K的#18K金|印有18K字样"),
               "silver": ("silver", "纯银|银的#银质|银色金属"), "jade": ("green", "翡翠|玉的#玉质|翠绿色玉石"),
               "pt": ("silver", "铂金|白金#铂金|印有PT950字样")}
JEWEL_OK = {"bangle": ["gold", "silver", "jade"], "necklace": ["gold", "k18", "silver", "pt"],
            "ring": ["gold", "k18", "pt", "silver"]}
BANKS = ["澜湾银行", "东海商业银行", "滨海农商银行", "海峡储蓄银行"]
