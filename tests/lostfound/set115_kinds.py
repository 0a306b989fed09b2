"""set115 object kinds: the hidden truth of an object, and what an owner / a finder can say of it.

gen_object(rng, kind, holder) -> obj
features(obj) -> list of dict(k, own, fnd, en, ident)
    own: phrases the owner may write; fnd: phrases a finder may write (None: not visible);
    en: English phrases; ident: True when the feature tells one object from its twin.
serial_forms(obj, side, rng) -> one way of writing the serial, or None
"""
import datetime

from set115_world import COLLEGE_SHORT, digits, gb11643_check, imei, luhn_digit, mask_phone

COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "曜石黑", "纯黑"], "black"),
    "white": (["白色", "白", "米白", "象牙白", "白色的"], "white"),
    "silver": (["银色", "银", "银灰色", "亮银"], "silver"),
    "blue": (["蓝色", "深蓝", "藏青色", "宝石蓝", "蓝"], "blue"),
    "red": (["红色", "大红", "酒红色", "红"], "red"),
    "pink": (["粉色", "粉红", "樱花粉", "浅粉"], "pink"),
    "green": (["绿色", "墨绿", "军绿色", "薄荷绿"], "green"),
    "grey": (["灰色", "深灰", "太空灰", "浅灰"], "grey"),
    "gold": (["金色", "香槟金", "土豪金"], "gold"),
    "purple": (["紫色", "淡紫", "薰衣草紫"], "purple"),
    "yellow": (["黄色", "姜黄", "明黄"], "yellow"),
    "brown": (["棕色", "咖啡色", "驼色", "褐色"], "brown"),
    "camo": (["迷彩", "迷彩色", "绿色迷彩"], "camouflage"),
}
# colours a finder may see instead (lighting, wear)
SEEN_AS = {"black": ["深色"], "blue": ["深色", "黑色"], "grey": ["银色", "深色"], "silver": ["灰色", "银白"],
           "brown": ["深色"], "purple": ["粉紫"], "gold": ["黄色"], "white": ["米色"]}

BRANDS = {
    "huawei": ["华为", "HUAWEI", "Huawei", "huawei", "华伟", "华为HUAWEI"],
    "apple": ["苹果", "Apple", "apple", "平果", "苹果Apple"],
    "xiaomi": ["小米", "Xiaomi", "MI", "xiaomi", "小米MI"],
    "oppo": ["OPPO", "oppo", "欧珀", "Oppo"],
    "vivo": ["vivo", "VIVO", "维沃", "步步高vivo"],
    "honor": ["荣耀", "HONOR", "Honor", "荣曜"],
    "lenovo": ["联想", "Lenovo", "lenovo", "连想", "联想Lenovo"],
    # invented makers
    "tule": ["途乐", "TULE", "tule", "图乐"],
    "lanfeng": ["岚风", "LANFENG", "lanfeng", "兰风"],
    "lvju": ["绿驹", "LVJU", "lvju", "绿菊"],
    "jieqi": ["捷骑", "JIEQI", "jieqi", "捷奇"],
    "shanyehu": ["山野狐", "SHANYEHU", "shanyehu", "山野狐狸"],
    "lutu": ["鹿途", "LUTU", "lutu"],
    "xingchi": ["星驰", "XINGCHI", "xingchi", "星池"],
    "nuantu": ["暖途", "NUANTU", "nuantu"],
    "yuxing": ["宇行", "YUXING", "yuxing"],
}
BRAND_EN = {"huawei": "Huawei", "apple": "Apple", "xiaomi": "Xiaomi", "oppo": "OPPO", "vivo": "vivo",
            "honor": "Honor", "lenovo": "Lenovo", "tule": "Tule", "lanfeng": "Lanfeng", "lvju": "Lvju",
            "jieqi": "Jieqi", "shanyehu": "Shanyehu", "lutu": "Lutu", "xingchi": "Xingchi",
            "nuantu": "Nuantu", "yuxing": "Yuxing"}

PHONE_MODELS = {
    "huawei": ["nova Q9", "Mate S80", "畅享 Z50", "Pura 88"], "apple": ["iPhone 19", "iPhone 19 Pro", "iPhone 18e"],
    "xiaomi": ["Civi X5", "Redmi K90", "Redmi Note 19"], "oppo": ["Reno 18", "A9 Lite", "Find Q3"],
    "vivo": ["S40", "Y300x", "X110"], "honor": ["X70 Max", "Magic 9 Lite", "Play 11"],
}
LAPTOP_MODELS = {"lenovo": ["小新 Air 15X", "拯救者 R9X", "ThinkBook 16Q"], "huawei": ["MateBook D17", "MateBook X Lite"],
                 "apple": ["MacBook Air M6", "MacBook Pro M6"], "xiaomi": ["RedmiBook 17", "Xiaomi Book Q"]}
TABLET_MODELS = {"apple": ["iPad Air 9", "iPad 13代"], "huawei": ["MatePad 13", "MatePad SE 12"],
                 "xiaomi": ["小米平板 9", "Redmi Pad Q"], "honor": ["平板 X12"]}
EAR_MODELS = {"apple": ["AirPods 5", "AirPods Pro 4"], "huawei": ["FreeBuds 8i", "FreeBuds Pro 5"],
              "xiaomi": ["Buds 7"], "honor": ["Earbuds X9"]}

BANKS = ["燕北银行", "北川农商银行", "华北商业银行", "燕岭大学校园联名卡（燕北银行）"]
WALLPAPERS = [("一只橘猫", "an orange cat"), ("全家福", "a family photo"), ("动漫人物（海贼王）", "an anime character"),
              ("雪山风景", "a snowy mountain"), ("自拍照", "a selfie"), ("一只柯基", "a corgi"),
              ("高中毕业合影", "my high school class photo"), ("纯黑色", "plain black"), ("星空", "a starry sky")]
CASES = [("透明手机壳", "a clear case"), ("黑色硅胶壳", "a black silicone case"), ("带支架的磨砂壳", "a frosted case with a stand"),
         ("蜡笔小新图案的壳", "a Crayon Shin-chan case"), ("皮质翻盖手机套", "a leather flip cover"),
         ("粉色毛绒壳", "a fluffy pink case"), ("没带壳", "no case"), ("绿色恐龙卡通壳", "a green dinosaur case"),
         ("印着燕岭大学校徽的壳", "a case with the university logo")]
SCREENS = [("屏幕右上角碎了", "the top right corner of the screen is cracked"), ("贴了钢化膜，膜有裂纹", "the screen protector is cracked"),
           ("屏幕完好", None), ("后盖有一道划痕", "a scratch on the back"), ("屏幕左下角有个小裂痕", "a small crack bottom left")]
PENDANTS = [("小熊挂件", "a small bear charm"), ("毛绒兔子挂件", "a plush rabbit charm"), ("篮球钥匙扣", "a basketball keyring"),
            ("燕岭大学校徽钥匙扣", "a university logo keyring"), ("皮卡丘挂件", "a Pikachu charm"), ("红绳平安结", "a red knot"),
            ("开瓶器钥匙扣", "a bottle-opener keyring"), ("迷你手电筒", "a mini torch"), ("塑料号码牌", "a plastic number tag")]
STICKERS = [("贴着一张熊猫贴纸", "a panda sticker"), ("贴满了动漫贴纸", "covered in anime stickers"),
            ("贴着'早八人'贴纸", "a sticker saying 早八人"), ("贴着一张NASA贴纸", "a NASA sticker"),
            ("贴着学校迎新发的贴纸", "a welcome-week sticker"), ("没有贴纸", None), ("贴着一个小黄鸭贴纸", "a yellow duck sticker")]


def cnum(n):
    return str(n)


def gen_object(rng, kind, holder):
    o = dict(kind=kind, holder=holder, color=None, brand=None, model=None, serial=None, a={})
    a = o["a"]
    if kind == "idcard":
        o.update(cat="id_doc", color=None)
        a["sleeve"] = rng.choice(["透明卡套", "蓝色卡套", "没套卡套", "带挂绳的卡套", "粉色卡套"])
        o["serial"] = ("idno", holder["idno"])
    elif kind == "passport":
        o.update(cat="id_doc", color=rng.choice(["green", "red", "blue"]))
        a["cover"] = rng.choice(["透明护照套", "皮质护照套", "没有护照套"])
        a["inside"] = rng.choice(["夹着居留许可申请表", "夹着一张录取确认单", "夹着两张证件照"])
        o["serial"] = ("passport", holder["passport"])
    elif kind == "stucard":
        o.update(cat="id_doc", color=rng.choice(["blue", "red"]))
        a["sleeve"] = rng.choice(["透明卡套", "带挂绳的卡套", "没套卡套", "卡通卡套"])
        o["serial"] = ("stuno", holder["stuno"])
    elif kind == "campuscard":
        o.update(cat="id_doc", color=rng.choice(["blue", "white"]))
        a["sleeve"] = rng.choice(["透明卡套", "带挂绳的卡套", "没套卡套", "蓝色伸缩挂扣", "卡通硅胶套"])
        a["lanyard"] = rng.choice(["红色挂绳", "黑色挂绳", "印校名的蓝色挂绳", None])
        o["serial"] = ("stuno", holder["stuno"])
    elif kind == "bankcard":
        o.update(cat="id_doc", color=rng.choice(["blue", "gold", "red", "green"]))
        a["bank"] = rng.choice(BANKS)
        a["bin"] = "62" + digits(rng, 2)
        a["sleeve"] = rng.choice(["装在银行给的纸套里", "没有套", "跟校园卡套在一个卡套里"])
        a["use"] = rng.choice(["交学费用的", "新开的生活费卡", "报到时刚办的"])
        o["serial"] = ("bank", digits(rng, 4))
    elif kind == "letter":
        o.update(cat="id_doc", color="red")
        a["ksh"] = "25" + holder["idno"][:2] + digits(rng, 10)
        a["inside"] = rng.sample(["新生入学须知", "一张银行卡", "团员档案袋", "体检表", "校园卡领取单", "火车票报销凭证"], 2)
        a["env"] = rng.choice(["装在EMS快递信封里", "放在透明文件袋里", "装在红色的录取通知书盒子里"])
        o["serial"] = ("ksh", a["ksh"])
    elif kind == "phone":
        o.update(cat="phone")
        b = rng.choice(sorted(PHONE_MODELS))
        o["brand"], o["model"] = b, rng.choice(PHONE_MODELS[b])
        o["color"] = rng.choice(["black", "white", "blue", "purple", "green", "silver", "gold", "pink"])
        a["case"] = rng.choice(CASES)
        a["screen"] = rng.choice(SCREENS)
        a["wall"] = rng.choice(WALLPAPERS)
        a["incase"] = rng.choice([None, None, "壳里夹着一张校园卡", "壳里夹着一张50块钱", "壳里夹着一张电影票根", "壳里夹着一张大头贴"])
        if a["case"][0] == "没带壳":
            a["incase"] = None
        a["number"] = holder["phone"]
        a["missed"] = rng.choice(["妈妈", "老爸", "宝贝闺女", "儿子", "辅导员王老师", "室友"])
        o["serial"] = ("imei", imei(rng))
    elif kind == "wallet":
        o.update(cat="wallet")
        o["color"] = rng.choice(["black", "brown", "pink", "red", "blue", "grey"])
        o["brand"] = rng.choice(["lutu", "xingchi", None, None])
        a["type"] = rng.choice(["长款钱包", "短款钱包", "折叠钱包", "卡包", "拉链零钱包"])
        a["mat"] = rng.choice(["皮的", "帆布的", "PU的", "漆皮"])
        a["cash"] = rng.choice([0, 35, 120, 260, 480, 650, 800, 1200, 2000, 75])
        a["cards"] = rng.sample(["身份证", "校园卡", "银行卡", "学生证", "公交卡", "一张全家福照片", "火车票"], 3)
        if not holder.get("idno"):
            a["cards"] = ["护照复印件" if c == "身份证" else c for c in a["cards"]]
        a["tail"] = digits(rng, 4)
        o["serial"] = ("idno", holder["idno"]) if "身份证" in a["cards"] else ("bank", a["tail"]) if "银行卡" in a["cards"] else None
    elif kind == "keys":
        o.update(cat="keys")
        o["color"] = rng.choice(["silver", "gold", None])
        a["n"] = rng.randint(2, 6)
        a["pend"] = rng.choice(PENDANTS)
        a["tag"] = "%s-%s" % ({"D12": "12", "D13": "13", "M3": "3", "M5": "5"}[holder.get("block", "D12")] if holder.get("block") else "12", holder.get("room", "305"))
        a["has"] = rng.sample(["宿舍钥匙", "柜子钥匙", "电动车钥匙", "老家的门钥匙", "自行车锁钥匙", "行李箱小钥匙", "门禁卡"], 2)
    elif kind == "ebike":
        o.update(cat="ebike")
        o["brand"] = rng.choice(["lanfeng", "lvju", "yuxing"])
        o["model"] = rng.choice(["小飞侠Q1", "TDT-3000", "简约款S6", "锂电款L9"])
        o["color"] = rng.choice(["white", "black", "blue", "pink", "green", "grey"])
        a["plate"] = "北川" + rng.choice("ABCDE") + digits(rng, 5)
        a["frame"] = rng.choice(["LF", "LJ", "YX"]) + "25" + digits(rng, 9)
        a["extra"] = rng.sample(["前面有车筐", "后座加了儿童座椅", "挂着雨披", "把手上缠了黑胶布", "车筐里有个头盔", "贴了学校车辆通行证"], 2)
        o["serial"] = ("plate", a["plate"])
    elif kind == "bicycle":
        o.update(cat="bicycle")
        o["brand"] = rng.choice(["jieqi", "shanyehu", "xingchi"])
        o["model"] = rng.choice(["山地车 MX-26", "公路车 R7", "折叠车 F20", "通勤车 C3"])
        o["color"] = rng.choice(["black", "white", "blue", "red", "yellow", "grey"])
        a["sticker"] = "YL-2025-%04d" % rng.randint(1, 4999)
        a["frame"] = "GT" + digits(rng, 10)
        a["extra"] = rng.sample(["U型锁锁在后轮上", "车座是黑色减震座垫", "前面有车筐", "铃铛坏了", "挡泥板缺了一块", "后轮有个补丁"], 2)
        o["serial"] = ("sticker", a["sticker"])
    elif kind == "suitcase":
        o.update(cat="bag")
        o["brand"] = rng.choice(["tule", "lutu", "shanyehu", None])
        o["color"] = rng.choice(["silver", "black", "blue", "pink", "grey", "green"])
        a["size"] = rng.choice(["20寸", "24寸", "26寸", "28寸"])
        a["inside"] = rng.sample(["被子和床单", "冬天的衣服", "洗漱用品", "一双新球鞋", "老家带的腊肉", "几本高中笔记", "一台电饭煲（宿舍不让用）", "暖水袋"], 3)
        a["tag"] = rng.choice(["行李牌上写着名字", "拉杆上绑了红丝带", "贴着航空托运条", "箱子侧面有一道划痕", "万向轮坏了一个"])
        a["code"] = digits(rng, 3)
    elif kind == "backpack":
        o.update(cat="bag")
        o["brand"] = rng.choice(["shanyehu", "lutu", "xingchi", None])
        o["color"] = rng.choice(["black", "grey", "blue", "green", "pink", "white"])
        a["inside"] = rng.sample(["笔记本电脑充电器", "录取通知书复印件", "一个保温杯", "几本笔记本", "一包纸巾和雨伞", "充电宝", "证件照一沓", "军训防晒霜"], 3)
        a["mark"] = rng.choice(["拉链上挂着一个小熊", "侧兜插着一把折叠伞", "肩带上别着校徽", "背包右下角破了个口", "背面缝了名字拼音"])
    elif kind == "canvas":
        o.update(cat="bag", color="white", brand=None)
        a["inside"] = rng.sample(["新生手册", "校园卡领取单", "宿舍钥匙", "一瓶防晒霜", "军训帽子", "充电线", "体检表", "几包纸巾", "校园地图"], 3)
        a["mark"] = rng.choice(["袋子上用马克笔写了名字", "袋子提手系了一根红绳", "袋子里有一件叠好的T恤", "袋子底部有油渍"])
    elif kind == "handbag":
        o.update(cat="bag")
        o["color"] = rng.choice(["brown", "black", "red", "purple"])
        o["brand"] = rng.choice(["lutu", None, None])
        a["inside"] = rng.sample(["老花镜", "降压药", "一把折叠扇", "返程的火车票", "几张孩子的证件照", "保温杯", "钥匙一串", "一包瓜子"], 3)
        a["mark"] = rng.choice(["包带子掉皮了", "拉链头是金色的", "包上挂着一个小铃铛", "斜挎包带子是后换的"])
    elif kind == "cash":
        o.update(cat="cash")
        a["env"] = rng.choice(["红包", "牛皮纸信封", "银行信封", "塑料袋", "橡皮筋扎着的一卷"])
        a["amount"] = rng.choice([500, 800, 1000, 1500, 2000, 2600, 3000, 3600, 5000])
        a["word"] = rng.choice(["学业有成", "金榜题名", "前程似锦", None, None])
        a["for"] = rng.choice(["生活费", "学费", "孩子奶奶给的升学红包", "住宿费", "买电脑的钱"])
        o["color"] = None
    elif kind == "jewelry":
        o.update(cat="jewelry")
        t = rng.choice(["金手镯", "玉平安扣吊坠", "银手链", "金项链", "金耳钉", "金戒指"])
        a["type"] = t
        o["color"] = "gold" if t.startswith("金") else "green" if t.startswith("玉") else "silver"
        a["detail"] = rng.choice(["内圈刻着“平安”两个字", "挂在红绳上", "有个小铃铛吊坠", "刻着字母缩写", "扣子有点松", "内侧刻着一个“福”字"])
        a["story"] = rng.choice(["奶奶给的", "我妈送我的升学礼物", "戴了十几年了", "刚买的", "老人传下来的"])
        a["weight"] = rng.choice(["大概十几克", "二十克左右", "五六克", None])
    elif kind in ("laptop", "tablet", "earbuds"):
        o.update(cat="electronics")
        models = {"laptop": LAPTOP_MODELS, "tablet": TABLET_MODELS, "earbuds": EAR_MODELS}[kind]
        b = rng.choice(sorted(models))
        o["brand"], o["model"] = b, rng.choice(models[b])
        o["color"] = rng.choice(["silver", "grey", "black", "white", "blue"]) if kind != "earbuds" else rng.choice(["white", "black", "white"])
        a["sticker"] = rng.choice(STICKERS)
        a["cover"] = rng.choice({"laptop": ["装在灰色内胆包里", "装在黑色电脑包里", "没装包", "外面套着透明保护壳"],
                                 "tablet": ["套着蓝色磁吸保护套", "套着透明壳", "带着一支触控笔", "套着粉色翻盖套"],
                                 "earbuds": ["充电盒套着小黄鸭硅胶套", "充电盒套着黑色保护套", "充电盒没套", "充电盒上挂着防丢绳"]}[kind])
        a["lock"] = rng.choice(["开机密码是我生日", "锁屏是我和室友的合照", "桌面上有个文件夹叫'高数'", "里面有我的高考志愿表"])
        sn = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
        o["serial"] = ("sn", sn)
    elif kind == "powerbank":
        o.update(cat="electronics")
        o["brand"] = rng.choice(["xiaomi", "huawei", "nuantu"])
        o["model"] = rng.choice(["20000mAh", "10000mAh 快充版", "自带线款"])
        o["color"] = rng.choice(["white", "black", "pink", "blue"])
        a["sticker"] = rng.choice(STICKERS[:5] + [("侧面写着名字缩写", "initials on the side")])
        a["cover"] = rng.choice(["连着一根白色数据线", "连着一根type-c线", "外壳有磨损", "用皮筋绑着一根线"])
    elif kind == "uniform":
        o.update(cat="other", color="camo")
        a["size"] = rng.choice(["170/88A", "175/92A", "180/96A", "165/84A"])
        a["unit"] = rng.choice(["一营三连", "二营五连", "三营七连", "一营一连", "二营八连"])
        a["inside"] = rng.choice(["一整套军训服（上衣、裤子、帽子）", "军训服上衣和帽子", "军训服裤子和腰带", "一套迷彩服和一双胶鞋"])
    elif kind == "sim":
        o.update(cat="other", color=None)
        a["op"] = rng.choice(["移动", "联通", "电信"])
        a["pkg"] = rng.choice(["校园卡套餐", "新生专享卡", "39元学生套餐"])
        a["shop"] = rng.choice(["卓越通讯", "星联通讯"])
        o["serial"] = ("simno", "1" + rng.choice(["47", "78", "98", "66", "45"]) + digits(rng, 8))
    elif kind == "umbrella":
        o.update(cat="other")
        o["color"] = rng.choice(["black", "blue", "pink", "yellow", "green"])
        a["type"] = rng.choice(["折叠伞", "长柄伞", "晴雨两用伞"])
        a["mark"] = rng.choice(["伞柄是木头的", "伞面上有小猫图案", "伞骨断了一根", "伞套上写着名字"])
    elif kind == "glasses":
        o.update(cat="other")
        o["color"] = rng.choice(["black", "silver", "gold", "brown"])
        a["type"] = rng.choice(["近视眼镜", "防蓝光眼镜", "墨镜"])
        a["mark"] = rng.choice(["装在灰色眼镜盒里", "装在黑色硬壳眼镜盒里", "没有盒子", "镜腿上缠了胶布"])
        a["deg"] = rng.choice(["左眼500度右眼450度", "600度左右", "300多度", None])
    else:
        raise ValueError(kind)
    return o


NOUNS = {
    "idcard": (["身份证", "二代身份证", "居民身份证"], ["身份证", "居民身份证一张", "身份证一张"], "ID card"),
    "passport": (["护照"], ["护照一本", "外国护照", "护照"], "passport"),
    "stucard": (["学生证", "新发的学生证"], ["学生证", "学生证一本"], "student card"),
    "campuscard": (["校园卡", "饭卡", "一卡通", "校园一卡通"], ["校园卡", "校园一卡通", "饭卡一张"], "campus card"),
    "bankcard": (["银行卡", "储蓄卡", "学费卡"], ["银行卡", "银行卡一张", "储蓄卡"], "bank card"),
    "letter": (["录取通知书", "录取通知书（连同信封）", "通知书"], ["录取通知书", "大学录取通知书一份", "通知书一份"], "admission letter"),
    "phone": (["手机", "手机", "新手机"], ["手机", "手机一部", "智能手机一部"], "phone"),
    "wallet": (["钱包", "钱夹", "皮夹子"], ["钱包", "钱包一个", "钱夹"], "wallet"),
    "keys": (["钥匙", "一串钥匙", "钥匙串"], ["钥匙一串", "钥匙", "一串钥匙"], "keys"),
    "ebike": (["电动车", "电瓶车", "小电驴"], ["电动车", "电动自行车一辆", "电瓶车"], "e-bike"),
    "bicycle": (["自行车", "单车", "山地车"], ["自行车", "自行车一辆", "单车"], "bicycle"),
    "suitcase": (["行李箱", "拉杆箱", "箱子"], ["行李箱", "拉杆箱一个", "旅行箱"], "suitcase"),
    "backpack": (["双肩包", "书包", "背包"], ["双肩包", "背包一个", "书包"], "backpack"),
    "canvas": (["迎新帆布袋", "学校发的帆布包", "帆布袋"], ["帆布袋", "印着校名的帆布袋", "帆布手提袋"], "canvas bag"),
    "handbag": (["挎包", "手提包", "斜挎包"], ["女式挎包", "手提包", "挎包一个"], "handbag"),
    "cash": (["现金", "钱"], ["现金", "现金一沓", "钱"], "cash"),
    "jewelry": (["首饰"], ["首饰"], "jewellery"),
    "laptop": (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑一台", "笔记本电脑", "电脑一台"], "laptop"),
    "tablet": (["平板", "平板电脑", "iPad"], ["平板电脑", "平板一台", "平板"], "tablet"),
    "earbuds": (["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机", "无线耳机一副", "耳机"], "earbuds"),
    "powerbank": (["充电宝", "移动电源"], ["充电宝", "充电宝一个", "移动电源"], "power bank"),
    "uniform": (["军训服", "迷彩服", "军训的衣服"], ["迷彩服", "军训服", "迷彩服一套"], "military-training uniform"),
    "sim": (["新办的电话卡", "手机卡套餐", "电话卡"], ["电话卡", "手机卡卡套", "SIM卡一张（带卡板）"], "SIM card pack"),
    "umbrella": (["雨伞", "伞"], ["雨伞", "雨伞一把", "伞"], "umbrella"),
    "glasses": (["眼镜", "近视镜"], ["眼镜", "眼镜一副", "眼镜"], "glasses"),
}


def nouns(o):
    own, fnd, en = NOUNS[o["kind"]]
    if o["kind"] == "jewelry":
        t = o["a"]["type"]
        own, fnd, en = [t, t], [t, t + "一件", "首饰（" + t + "）"], {"金手镯": "gold bangle", "玉平安扣吊坠": "jade pendant",
                                                                "银手链": "silver bracelet", "金项链": "gold necklace",
                                                                "金耳钉": "gold earrings", "金戒指": "gold ring"}[t]
    if o["kind"] in ("umbrella", "glasses"):
        own = [o["a"]["type"]] + own
        fnd = [o["a"]["type"]] + fnd
    return own, fnd, en


def F(k, own, fnd=None, en=None, ident=False):
    return dict(k=k, own=own, fnd=fnd, en=en, ident=ident)


def features(o):
    a, h, k = o["a"], o["holder"], o["kind"]
    fs = []
    name = h["name"]
    if k == "idcard":
        fs.append(F("name", ["上面名字是" + name, "姓名" + name, "名字叫" + name], ["姓名" + name, "证件姓名：" + name, "持证人" + name],
                    ["name on it: " + name], True))
        fs.append(F("addr", ["住址是" + h.get("county", "") + "的", "户口是" + h.get("county", "")],
                    ["住址为" + h.get("county", "") + "某村", "地址：" + h.get("county", "")], None, True))
        fs.append(F("sleeve", ["套着" + a["sleeve"] if a["sleeve"] != "没套卡套" else "没套卡套"],
                    ["外有" + a["sleeve"] if a["sleeve"] != "没套卡套" else "无卡套"]))
        fs.append(F("photo", ["照片是高中时候拍的，留着平头" if h["sex"] == "男" else "照片是扎马尾的"],
                    ["照片为年轻男性" if h["sex"] == "男" else "照片为年轻女性"]))
    elif k == "passport":
        fs.append(F("name", ["name " + name], ["护照姓名" + name.upper(), "姓名：" + name.upper()], ["the name is " + name], True))
        fs.append(F("country", [h["country"] + "护照"], [h["country"] + "护照", "封面为" + h["country"]], [h["country"] + " passport"], True))
        fs.append(F("inside", [a["inside"]], [a["inside"]], ["inside there are some papers"]))
    elif k in ("stucard", "campuscard"):
        fs.append(F("name", ["名字" + name, "上面是" + name, "姓名是" + name], ["姓名" + name, "卡面姓名：" + name, "写着" + name],
                    ["name " + name], True))
        fs.append(F("college", [h["college"], COLLEGE_SHORT[h["college"]] + "的"], ["学院：" + h["college"], h["college"]],
                    ["School of International Education"], True))
        fs.append(F("sleeve", [a["sleeve"]], [a["sleeve"]], None))
        if k == "campuscard" and a.get("lanyard"):
            fs.append(F("lanyard", ["挂着" + a["lanyard"]], ["带" + a["lanyard"]], ["on a lanyard"]))
    elif k == "bankcard":
        fs.append(F("bank", [a["bank"] + "的卡", a["bank"]], [a["bank"], "发卡行：" + a["bank"]], [a["bank"] + " card"], True))
        fs.append(F("use", [a["use"]], None, ["for my tuition"]))
        fs.append(F("sleeve", [a["sleeve"]], [a["sleeve"]]))
        fs.append(F("holder", ["卡是" + name + "名下的", "户名" + name], None, None, True))
    elif k == "letter":
        fs.append(F("name", ["通知书上名字是" + name, "学生姓名" + name], ["通知书姓名：" + name, "信封收件人" + name], None, True))
        fs.append(F("college", ["录的是" + h["college"], h["college"] + "的"], ["录取学院：" + h["college"]], None, True))
        fs.append(F("inside", ["里面还有" + "和".join(a["inside"])], ["内有" + "、".join(a["inside"])], None, True))
        fs.append(F("env", [a["env"]], [a["env"]]))
    elif k == "phone":
        cs, ce = a["case"]
        fs.append(F("case", ["带着" + cs if cs != "没带壳" else "没带壳", cs], [cs if cs != "没带壳" else "无手机壳", "外有" + cs if cs != "没带壳" else "裸机"],
                    ["with " + ce], True))
        ss, se = a["screen"]
        if se:
            fs.append(F("screen", [ss], [ss], [se], True))
        ws, we = a["wall"]
        fs.append(F("wall", ["锁屏壁纸是" + ws, "屏保是" + ws], ["锁屏壁纸为" + ws, "锁屏是" + ws], ["lock screen is " + we], True))
        if a["incase"]:
            fs.append(F("incase", [a["incase"]], [a["incase"]], None, True))
        fs.append(F("number", ["手机号" + mask_phone(a["number"]), "号码是" + a["number"]], None, ["my number is " + a["number"]], True))
        fs.append(F("missed", None, ["屏幕上有未接来电显示“" + a["missed"] + "”", "一直有人打来，来电显示“" + a["missed"] + "”"], None, True))
        fs.append(F("lock", ["有密码锁，指纹是我的", "设了六位数密码", "面容解锁"], None, ["it has a passcode"]))
    elif k == "wallet":
        fs.append(F("type", [a["mat"] + a["type"], a["type"]], [a["type"], a["mat"] + a["type"]], [a["type"]]))
        if a["cash"]:
            fs.append(F("cash", ["里面有现金%d块左右" % a["cash"], "大概有%d元现金" % a["cash"], "现金%d多" % a["cash"]],
                        ["内有现金%d元" % a["cash"], "现金%d元" % a["cash"]], ["about %d yuan cash" % a["cash"]], True))
        fs.append(F("cards", ["里面有" + "、".join(a["cards"]), "装着" + "和".join(a["cards"])],
                    ["内有" + "、".join(c for c in a["cards"] if "照片" not in c)], ["my cards are inside"], True))
        if "身份证" in a["cards"] or "校园卡" in a["cards"] or "学生证" in a["cards"]:
            fs.append(F("name", ["证件上都是" + name + "的名字", "身份证名字" + name], ["证件姓名" + name, "卡上名字为" + name], ["name " + name], True))
        if "一张全家福照片" in a["cards"]:
            fs.append(F("photo", ["夹着一张全家福"], ["夹有一张合影照片"], ["a family photo inside"], True))
    elif k == "keys":
        fs.append(F("n", ["%d把钥匙" % a["n"], "一共%d把" % a["n"]], ["共%d把" % a["n"], "钥匙%d把" % a["n"]], ["%d keys" % a["n"]], True))
        ps, pe = a["pend"]
        fs.append(F("pend", ["挂着" + ps, "钥匙扣是" + ps], ["带" + ps, "挂有" + ps], ["with " + pe], True))
        fs.append(F("tag", ["宿舍钥匙上贴着" + a["tag"] + "的标签", "有把钥匙写着" + a["tag"]],
                    ["其中一把贴有“" + a["tag"] + "”字样标签", "钥匙上有“" + a["tag"] + "”"], ["one key tagged " + a["tag"]], True))
        fs.append(F("has", ["有" + "和".join(a["has"])], None, ["dorm key and others"]))
    elif k == "ebike":
        fs.append(F("plate", ["车牌" + a["plate"], "牌照" + a["plate"]], ["车牌号" + a["plate"], "牌照" + a["plate"]], ["plate " + a["plate"]], True))
        fs.append(F("extra", a["extra"], a["extra"], None, True))
        fs.append(F("frame", ["车架号" + a["frame"]], ["车架号" + a["frame"]], None, True))
    elif k == "bicycle":
        fs.append(F("sticker", ["车上贴着学校登记号" + a["sticker"], "校园登记贴" + a["sticker"]], ["车身有校园登记贴纸" + a["sticker"], "登记号" + a["sticker"]],
                    ["campus sticker " + a["sticker"]], True))
        fs.append(F("extra", a["extra"], a["extra"], None, True))
        fs.append(F("frame", ["车架号" + a["frame"]], ["车架钢印" + a["frame"]], None, True))
    elif k in ("suitcase", "backpack", "canvas", "handbag"):
        if k == "suitcase":
            fs.append(F("size", [a["size"] + "的"], [a["size"] + "左右", a["size"]], [a["size"].replace("寸", " inch")]))
            fs.append(F("tag", [a["tag"] if "名字" not in a["tag"] else "行李牌上写着" + name], [a["tag"] if "名字" not in a["tag"] else "行李牌姓名" + name],
                        None, True))
            fs.append(F("code", ["密码锁密码是" + a["code"]], None, ["lock code " + a["code"]]))
        else:
            fs.append(F("mark", [a["mark"].replace("名字", "名字" + name) if "名字" in a["mark"] else a["mark"]],
                        [a["mark"].replace("名字", "名字“" + name + "”") if "名字" in a["mark"] else a["mark"]], None, True))
        fs.append(F("inside", ["里面有" + "、".join(a["inside"]), "装着" + "、".join(a["inside"])],
                    ["内有" + "、".join(a["inside"]), "包内：" + "、".join(a["inside"])], None, True))
    elif k == "cash":
        fs.append(F("amount", ["%d元" % a["amount"], "一共%d块钱" % a["amount"], "%d块" % a["amount"]],
                    ["共计%d元" % a["amount"], "清点为%d元" % a["amount"], "%d元" % a["amount"]], ["%d yuan" % a["amount"]], True))
        fs.append(F("env", ["装在" + a["env"] + "里" if a["env"] not in ("橡皮筋扎着的一卷",) else "用橡皮筋扎着"],
                    ["装于" + a["env"] + "内" if a["env"] not in ("橡皮筋扎着的一卷",) else "用橡皮筋捆扎"], None, True))
        if a["word"]:
            fs.append(F("word", ["红包上印着“" + a["word"] + "”", "写着" + a["word"]], ["封面印有“" + a["word"] + "”"], None, True))
        fs.append(F("for", ["是" + a["for"]], None, None))
        fs.append(F("notes", ["都是一百的", "大部分是百元的"], ["均为百元面额", "百元钞为主"], None))
    elif k == "jewelry":
        fs.append(F("detail", [a["detail"]], [a["detail"]], None, True))
        fs.append(F("story", [a["story"]], None, None))
        if a["weight"]:
            fs.append(F("weight", [a["weight"]], None, None))
    elif k in ("laptop", "tablet", "earbuds", "powerbank"):
        ss, se = a["sticker"]
        if se:
            fs.append(F("sticker", [ss], [ss], [se], True))
        fs.append(F("cover", [a["cover"]], [a["cover"]], None, True))
        if "lock" in a:
            fs.append(F("lock", [a["lock"]], None, None))
    elif k == "uniform":
        fs.append(F("size", ["尺码" + a["size"], a["size"] + "的"], ["尺码" + a["size"], "号码" + a["size"]], None, True))
        fs.append(F("unit", [a["unit"] + "的", "我们是" + a["unit"]], ["领口内侧写着“" + a["unit"] + "”"], None, True))
        fs.append(F("name", ["衣服里面写了我名字" + name], ["内侧写有姓名“" + name + "”"], None, True))
        fs.append(F("inside", [a["inside"]], [a["inside"]], None))
    elif k == "sim":
        fs.append(F("op", [a["op"] + a["pkg"]], [a["op"] + "卡", a["op"] + a["pkg"] + "卡板"], None, True))
        fs.append(F("shop", ["在" + a["shop"] + "办的"], ["卡套上盖着" + a["shop"] + "的章"], None, True))
        fs.append(F("name", ["登记的名字是" + name], None, None, True))
    elif k in ("umbrella", "glasses"):
        fs.append(F("mark", [a["mark"].replace("名字", "名字" + name) if "名字" in a["mark"] else a["mark"]],
                    [a["mark"].replace("名字", "名字“" + name + "”") if "名字" in a["mark"] else a["mark"]], None, True))
        if a.get("deg"):
            fs.append(F("deg", [a["deg"]], None, None))
    return fs


# ---------------------------------------------------------------- serials
def serial_forms(o, side, rng):
    if not o["serial"]:
        return None
    t, v = o["serial"]
    if t == "imei":
        return rng.choice([v, v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), "IMEI:" + v, "IMEI " + v,
                           "%s-%s-%s" % (v[:5], v[5:10], v[10:]), "IMEI后六位" + v[-6:], "串号" + v])
    if t == "idno":
        if side == "own":
            return rng.choice([v, v, v[:6] + "********" + v[-4:], "尾号" + v[-4:], v[:4] + "**********" + v[-4:], v.lower()])
        return rng.choice([v, v, v[:6] + "********" + v[-4:], v[:10] + "****" + v[-4:], "身份证号后四位" + v[-4:]])
    if t == "passport":
        return rng.choice([v, "No." + v, v[:1] + " " + v[1:]])
    if t == "stuno":
        return rng.choice([v, v, "学号" + v, v[:4] + " " + v[4:8] + " " + v[8:], "学号尾号" + v[-4:]])
    if t == "bank":
        b = o["a"].get("bin", "62" + v[:2])
        return rng.choice(["尾号" + v, b + "****" + v, "卡号后四位" + v, "**** **** **** " + v, v, b + "********" + v])
    if t == "ksh":
        return rng.choice([v, "考生号" + v, v[:2] + " " + v[2:]])
    if t == "plate":
        return rng.choice([v, v[:2] + " " + v[2:], v[2:], v[:3] + "·" + v[3:]])
    if t == "sticker":
        return rng.choice([v, v.replace("-", ""), "登记号" + v, v[-4:]])
    if t == "sn":
        return rng.choice([v, "SN:" + v, v.lower(), "S/N " + v, v[:5] + " " + v[5:]])
    if t == "simno":
        return rng.choice([mask_phone(v), "尾号" + v[-4:], v[:3] + " " + v[3:7] + " " + v[7:], v])
    return v


def mutate_serial(o, rng):
    """change the serial of a fresh twin so that it nearly matches o's"""
    t, v = o["serial"]
    if t == "imei":
        i = rng.randint(8, 13)
        body = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:14]
        return t, body + luhn_digit(body)
    if t == "idno":
        i = rng.randint(14, 16)
        first = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:17]
        return t, first + gb11643_check(first)
    if t == "stuno":
        n = int(v[-4:]) + rng.choice([-2, -1, 1, 1, 2])
        return t, v[:-4] + "%04d" % n
    if t in ("bank", "ksh", "plate", "sticker", "simno", "passport"):
        idx = [i for i, c in enumerate(v) if c.isdigit()][-4:]
        i = rng.choice(idx)
        return t, v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
    if t == "sn":
        i = rng.randint(4, 9)
        c = rng.choice([x for x in "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if x != v[i]])
        return t, v[:i] + c + v[i + 1:]
    return t, v
