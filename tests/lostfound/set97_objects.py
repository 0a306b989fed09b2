"""set97 hidden truth records: one dict per physical object.

obj = {cat, kind, own (owner nouns), fnd (finder nouns), en, color, brand, model,
       ids: [{k, v}], details: [{k, v, own, fnd}], holder, holder_py}
A detail with fnd=None is hidden: only the owner can know it.
"""
import set97_world as W

MODELS = {
    "huawei": ["Mate 60 Lite", "nova 12 Youth", "畅享 70X", "Pura 70 Mini"],
    "apple": ["iPhone 16 Mini", "iPhone 14 Ultra", "iPhone 15 Lite", "iPhone 13 Max"],
    "xiaomi": ["Redmi K70 Mini", "Xiaomi 14 Neo", "Redmi Note 13 Youth"],
    "oppo": ["Reno 11 Lite X", "A2 Max Pro", "Find X7 Mini"],
    "vivo": ["Y78 Max", "S18 Lite", "iQOO Z9 Mini"],
    "honor": ["X50 Youth", "Magic 6 Mini", "Play 8X Pro"],
    "yadea": ["冠能Q7", "DE8 Lite", "欧睿E5"], "aima": ["A507", "麒麟M3", "小蜜豆Q"],
    "tailg": ["超能S9", "星悦T2"], "niu": ["U2 Lite", "G6 Mini"],
    "giant": ["ATX 720", "Escape 3X"], "merida": ["勇士 560", "挑战者 R3"],
    "phoenix": ["F26 Lite", "轻骑Z3"], "forever": ["C7 Pro", "QC 300"],
    "canon": ["EOS R77", "PowerShot G8X"], "sony": ["α7C X", "ZV-E20"], "fuji": ["X-S30", "X100 Z"],
    "dji": ["Mini 5 SE", "Pocket 4 Lite", "Action 6 Mini"],
    "lenovo": ["小新 Air 13X", "ThinkBook 15S", "YOGA 12 Mini"],
    "anker": ["PowerCore 20K Z"], "romoss": ["Sense 9X"], "nintendo": ["Switch Lite X"],
}

# name, values, owner template, finder template (None: finder cannot know)
POOLS = {
    "case": (["透明软壳", "黑色硅胶壳", "粉色草莓图案的壳", "蓝色皮革翻盖壳", "印着小熊的卡通壳", "磨砂灰色壳",
              "带支架的银色壳", "绿色恐龙图案的壳", "带挂绳的紫色壳"], "戴着{v}", "{v}"),
    "crack": (["屏幕右上角有裂纹", "屏幕左下角碎了一块", "背面有一道长划痕", "摄像头旁边磕掉一块漆",
               "贴的钢化膜碎了"], "{v}", "{v}"),
    "wall": (["一只橘猫", "小孩在笑的照片", "一家三口在海边", "一幅山水画", "一只柯基", "樱花", "篮球明星",
              "婚纱照", "一只黑白狗"], "锁屏是{v}", "按亮后锁屏是{v}"),
    "caller": (["妈妈", "老婆", "老公", "宝贝女儿", "老爸", "王老板", "辅导员", "哥"],
               "家里人一直在打，我手机里存的是“{v}”", "捡到后有来电显示“{v}”，未接"),
    "incase": (["一张交通卡", "一张一百元", "一张小合影", "一张景区门票", "一张名片"], "壳里夹着{v}", "壳内夹有{v}"),
    "pin": (["六位数字密码", "图案解锁", "人脸解锁"], "设了{v}", None),
    "holdr": (["套着蓝色卡套", "套着透明卡套", "装在带挂绳的卡套里", "套着红色皮卡套", "没有套"], "{v}", "{v}"),
    "style_w": (["长款", "短款对折", "拉链", "三折", "卡包式"], "{v}的", "{v}"),
    "extra_w": (["一张全家福", "几张超市小票", "一把小钥匙", "一个平安符", "两张电影票根", "一张献血证"],
                "还有{v}", "另有{v}"),
    "mat": (["真皮", "帆布", "人造革", "尼龙"], "{v}的", "{v}材质"),
    "nkeys": (["两把", "三把", "四把", "五把", "六七把"], "一共{v}钥匙", "共{v}钥匙"),
    "orn": (["一个小熊玩偶", "红色平安符", "篮球挂件", "开瓶器", "小铃铛", "木头小葫芦", "皮卡丘挂件",
             "一个指甲刀"], "钥匙圈上挂着{v}", "挂有{v}"),
    "fob": (["蓝色门禁卡", "白色门禁扣", "电动车钥匙", "一个U盘", "一把挂锁钥匙"], "还有{v}", "另有{v}"),
    "basket": (["前面有车篮", "前面没有车篮", "车篮是后加的铁篮"], "{v}", "{v}"),
    "tbox": (["后面有个黑色尾箱", "后面没有尾箱", "后座加了个靠背"], "{v}", "{v}"),
    "seat": (["坐垫套是豹纹的", "坐垫破了用胶带缠着", "坐垫上套了个卡通套", "坐垫是棕色的"], "{v}", "{v}"),
    "cover": (["装了挡风被", "装了遮阳棚", "车头挂了个手机支架"], "{v}", "{v}"),
    "stick": (["车头贴着“外卖”贴纸", "车尾贴着奥特曼贴纸", "后挡泥板裂了", "左边后视镜掉了"], "{v}", "{v}"),
    "btype": (["山地车", "公路车", "折叠车", "女式车", "变速车"], "是辆{v}", "{v}"),
    "bmark": (["车把上缠着黑胶布", "后座装了儿童座椅", "前面有车筐", "锁着一把U型锁", "铃铛坏了",
               "车座是黑色的皮坐垫"], "{v}", "{v}"),
    "tag": (["拉链上挂着一只小黄鸭", "侧面有一块墨水印", "肩带上绣着名字缩写", "包上挂着一个毛绒球",
             "外面贴着航空行李条"], "{v}", "{v}"),
    "env": (["装在银行的信封里", "装在一个红包里", "用橡皮筋捆着", "用旧报纸包着", "装在塑料袋里"], "{v}", "{v}"),
    "denom": (["全是一百的", "一百和五十的混着", "有几张二十和十块的"], "{v}", "{v}"),
    "note": (["信封上写着“货款”", "红包上印着“福”字", "信封上写了个“谭”字", "信封背面记了几行账"],
             "{v}", "{v}"),
    "engr": (["内圈刻着“LY 520”", "刻着“平安”两个字", "刻着“2009.10.01”", "刻着“永结同心”", "没有刻字"],
             "{v}", "{v}"),
    "pend": (["挂着一个生肖兔吊坠", "穿着一颗转运珠", "有个小锁片", "挂着一个貔貅"], "{v}", "{v}"),
    "box": (["装在红色首饰盒里", "用纸巾包着", "装在一个小布袋里", "没有盒子"], "{v}", "{v}"),
    "weight": (["十五克左右", "二十克出头", "三十多克", "八克左右"], "大概{v}", None),
    "price": (["两千多买的", "去年花了三千多", "一千出头买的", "五千多买的"], "{v}", None),
    "ecase": (["套着粉色硅胶套", "套着透明保护壳", "外壳有不少划痕", "贴着皮卡丘贴纸", "壳上刻着名字"],
              "{v}", "{v}"),
    "photos": ([("里面都是峡谷的照片", "存储卡里多为峡谷风景照"), ("存着很多我家小孩的照片", "存储卡里有不少小孩的照片"),
                ("里面有一段我们全家坐缆车的视频", "存储卡里有一段一家人坐缆车的视频"),
                ("存了几百张风景照", "存储卡里有几百张风景照")], "{v}", "{v}"),
    "ustyle": (["长柄", "三折", "自动"], "{v}的", "{v}"),
    "om_umbrella": (["柄是木头的", "伞骨断了一根", "伞套上写着“翠嶂宾馆”", "伞柄缠着红绳"], "{v}", "{v}"),
    "om_cane": (["头上是铜的", "刻着个“寿”字", "缠着一根红布条", "底下的橡胶头磨平了"], "{v}", "{v}"),
    "om_pole": (["把手缠着蓝色胶带", "贴着一张反光贴", "底部尖头少了保护套"], "{v}", "{v}"),
    "om_glasses": (["镜腿用胶布缠着", "装在印着“明亮眼镜”的盒子里", "左边镜片有划痕", "挂着一根眼镜绳"],
                   "{v}", "{v}"),
    "om_thermos": (["杯身有个凹坑", "贴着姓名贴", "杯盖是红色的", "套着一个毛线杯套"], "{v}", "{v}"),
    "om_jacket": (["左袖口有点开线", "口袋里有一包纸巾", "帽子可以拆", "胸口有块油渍"], "{v}", "{v}"),
    "om_scale": (["秤盘上写着“老谭”", "背面贴着“菜”字", "显示屏有裂纹"], "{v}", "{v}"),
    "om_cage": (["笼子上罩着一块蓝布", "笼门用铁丝绑着", "挂钩是铜的"], "{v}", "{v}"),
    "om_toy": (["耳朵有点开线", "脖子上系着红丝带", "身上有块污渍", "一按会唱歌"], "{v}", "{v}"),
    "bird": (["一只画眉", "一只八哥", "一对绣眼"], "里面有{v}", "内有{v}"),
    "contents": ([], "", ""),
}

BAG_ITEMS = ["充电宝", "一件灰色冲锋衣", "两瓶矿泉水", "一把折叠伞", "药盒", "一包零食", "保温杯",
             "两张景区门票", "毛巾", "一本笔记本", "耳机", "一个化妆包", "几包纸巾", "一条围巾", "一袋腊肉",
             "钥匙一串", "一盒降压药", "小孩的水壶", "一副扑克牌", "课本两本"]

BANKS = [("农业银行", "6228"), ("建设银行", "6217"), ("工商银行", "6222"), ("邮储银行", "6210"),
         ("翠嶂农商银行", "6231")]

# category -> list of kinds
KINDS = {
    "phone": [dict(kind="phone", own=["手机", "电话", "手机"], fnd=["手机", "手机一部"], en="phone",
                   colors=["black", "white", "blue", "purple", "gold", "green", "pink", "silver"],
                   brands=["huawei", "apple", "xiaomi", "oppo", "vivo", "honor"], ids=["imei"],
                   pools=["case", "crack", "wall", "caller", "incase", "pin"])],
    "id_doc": [
        dict(kind="idcard", own=["身份证", "二代身份证", "身份证"], fnd=["居民身份证", "身份证"], en="ID card",
             colors=[None], brands=[None], ids=["idn"], pools=["holdr"], holder=True),
        dict(kind="student", own=["学生证", "校园卡"], fnd=["学生证", "翠嶂职院学生证"], en="student card",
             colors=["red", "blue"], brands=[None], ids=["stu"], pools=["holdr"], holder=True),
        dict(kind="driving", own=["驾驶证", "驾照"], fnd=["机动车驾驶证", "驾驶证"], en="driving licence",
             colors=["black", "brown"], brands=[None], ids=["idn"], pools=["holdr"], holder=True),
        dict(kind="passport", own=["护照"], fnd=["护照", "中华人民共和国护照"], en="passport",
             colors=["red"], brands=[None], ids=["passport"], pools=["holdr"], holder=True),
        dict(kind="tbz", own=["台胞證", "台胞证", "台湾居民来往大陆通行证"], fnd=["台胞证", "台湾居民来往大陆通行证"],
             en="Taiwan compatriot permit", colors=["green"], brands=[None], ids=["tbz"], pools=["holdr"],
             holder=True),
        dict(kind="elder", own=["老年证", "老人证"], fnd=["老年优待证", "老年证"], en="senior card",
             colors=["red"], brands=[None], ids=["elder"], pools=["holdr"], holder=True),
        dict(kind="sscard", own=["社保卡", "医保卡"], fnd=["社会保障卡", "社保卡"], en="social security card",
             colors=["blue"], brands=[None], ids=["idn"], pools=["holdr"], holder=True),
    ],
    "wallet": [dict(kind="wallet", own=["钱包", "皮夹", "钱夹子"], fnd=["钱包", "钱包一个"], en="wallet",
                    colors=["black", "brown", "red", "pink", "blue", "grey"],
                    brands=["coach", "septwolves", "goldlion", None, None], ids=["cards", "idin"],
                    pools=["style_w", "mat", "extra_w"], holder=True, cash=True)],
    "keys": [dict(kind="keys", own=["钥匙", "一串钥匙", "钥匙串"], fnd=["钥匙一串", "钥匙"], en="keys",
                  colors=["silver", "black", "red", "blue"],
                  brands=["byd", "vw", "toyota", "wuling", "changan", None, None], ids=["room"],
                  pools=["nkeys", "orn", "fob"])],
    "ebike": [dict(kind="ebike", own=["电动车", "电瓶车", "电驴"], fnd=["电动自行车", "电动车一辆"], en="e-bike",
                   colors=["white", "black", "blue", "red", "pink", "grey", "green"],
                   brands=["yadea", "aima", "tailg", "niu"], ids=["plate", "frame_e"],
                   pools=["basket", "tbox", "seat", "cover", "stick"])],
    "bicycle": [dict(kind="bike", own=["自行车", "单车", "脚踏车"], fnd=["自行车", "自行车一辆"], en="bicycle",
                     colors=["black", "white", "blue", "red", "yellow", "green", "grey"],
                     brands=["giant", "merida", "phoenix", "forever", "decathlon"], ids=["frame_b"],
                     pools=["btype", "bmark"])],
    "bag": [
        dict(kind="backpack", own=["双肩包", "背包", "书包"], fnd=["双肩包", "背包一个"], en="backpack",
             colors=["black", "grey", "blue", "green", "pink", "yellow"],
             brands=["lining", "anta", "decathlon", "northface", None], ids=[], pools=["tag"], contents=True),
        dict(kind="crossbody", own=["斜挎包", "挎包", "小包"], fnd=["斜挎包", "女式挎包"], en="shoulder bag",
             colors=["black", "brown", "white", "red", "pink"], brands=["coach", "samsonite", None, None],
             ids=[], pools=["tag"], contents=True),
        dict(kind="suitcase", own=["行李箱", "拉杆箱", "箱子"], fnd=["拉杆箱", "行李箱一个"], en="suitcase",
             colors=["silver", "black", "blue", "pink", "white"], brands=["samsonite", None], ids=[],
             pools=["tag"], contents=True),
        dict(kind="waist", own=["腰包", "胸包"], fnd=["腰包", "小腰包"], en="waist bag",
             colors=["black", "grey", "green"], brands=["anta", "lining", "decathlon", None], ids=[],
             pools=["tag"], contents=True),
        dict(kind="camerabag", own=["相机包"], fnd=["相机包", "摄影包"], en="camera bag",
             colors=["black", "grey"], brands=["canon", "sony", None], ids=[], pools=["tag"], contents=True),
        dict(kind="basket", own=["背篓", "竹背篓"], fnd=["竹背篓", "背篓一个"], en="basket",
             colors=["brown", "yellow"], brands=[None], ids=[], pools=[], contents=True),
    ],
    "cash": [dict(kind="cash", own=["现金", "钱", "一沓钱"], fnd=["现金", "人民币现金"], en="cash",
                  colors=[None], brands=[None], ids=[], pools=["env", "denom", "note"], cash=True)],
    "jewelry": [
        dict(kind="bangle", own=["金手镯", "金镯子"], fnd=["黄金手镯", "手镯一只"], en="gold bangle",
             colors=["gold"], brands=["ctf", "lfx", "chowsang", None], ids=["cert"],
             pools=["engr", "box", "weight"]),
        dict(kind="necklace", own=["金项链", "项链"], fnd=["项链", "项链一条"], en="gold necklace",
             colors=["gold"], brands=["ctf", "lfx", "chowsang", None], ids=["cert"],
             pools=["pend", "box", "weight"]),
        dict(kind="jade", own=["玉镯子", "玉手镯"], fnd=["玉镯", "玉手镯一只"], en="jade bangle",
             colors=["green", "white"], brands=[None], ids=["cert"], pools=["box", "price"]),
        dict(kind="ring", own=["戒指", "金戒指"], fnd=["戒指一枚", "戒指"], en="ring",
             colors=["gold", "silver"], brands=["ctf", "lfx", None], ids=["cert"], pools=["engr", "box"]),
        dict(kind="silver", own=["银手链", "手链"], fnd=["手链", "手链一条"], en="silver bracelet",
             colors=["silver"], brands=["pandora", None], ids=[], pools=["pend", "box", "price"]),
    ],
    "electronics": [
        dict(kind="earbuds", own=["蓝牙耳机", "耳机", "无线耳机"], fnd=["蓝牙耳机", "无线耳机一副"], en="earbuds",
             colors=["white", "black"], brands=["apple", "huawei", "xiaomi"], ids=["sn"], pools=["ecase"],
             models={"apple": ["AirPods 5 Lite", "AirPods Pro 4X"], "huawei": ["FreeBuds 7i Mini"],
                     "xiaomi": ["Buds 6 Youth"]}),
        dict(kind="camera", own=["相机", "单反", "微单"], fnd=["相机", "数码相机一台"], en="camera",
             colors=["black", "silver"], brands=["canon", "sony", "fuji"], ids=["sn"],
             pools=["ecase", "photos", "price"]),
        dict(kind="drone", own=["无人机", "航拍器"], fnd=["无人机", "航拍无人机一台"], en="drone",
             colors=["grey", "white"], brands=["dji"], ids=["sn"], pools=["ecase", "price"]),
        dict(kind="tablet", own=["平板", "iPad", "平板电脑"], fnd=["平板电脑", "平板"], en="tablet",
             colors=["grey", "silver", "blue"], brands=["apple", "huawei", "xiaomi"], ids=["sn"],
             pools=["ecase", "wall"],
             models={"apple": ["iPad Mini 8", "iPad Air 9X"], "huawei": ["MatePad S12", "MatePad 11 Lite"],
                     "xiaomi": ["Pad 7 Youth"]}),
        dict(kind="laptop", own=["笔记本电脑", "电脑"], fnd=["笔记本电脑", "手提电脑一台"], en="laptop",
             colors=["grey", "silver", "black"], brands=["lenovo", "huawei", "apple"], ids=["sn"],
             pools=["ecase", "price"],
             models={"lenovo": ["小新 Air 13X", "ThinkBook 15S"], "huawei": ["MateBook 13 Lite"],
                     "apple": ["MacBook Air 12X"]}),
        dict(kind="powerbank", own=["充电宝", "移动电源"], fnd=["充电宝", "移动电源"], en="power bank",
             colors=["white", "black", "blue"], brands=["xiaomi", "anker", "romoss"], ids=[], pools=["ecase"],
             models={"xiaomi": ["20000 Lite X"]}),
        dict(kind="watch", own=["智能手表", "手环", "手表"], fnd=["智能手表", "手环"], en="smart watch",
             colors=["black", "pink", "white"], brands=["huawei", "apple", "xiaomi"], ids=["sn"],
             pools=["ecase"],
             models={"huawei": ["Watch Fit 5 Mini"], "apple": ["Watch S11 Lite"], "xiaomi": ["Band 10 Youth"]}),
        dict(kind="console", own=["游戏机", "switch"], fnd=["游戏机", "掌上游戏机"], en="game console",
             colors=["blue", "grey", "yellow"], brands=["nintendo"], ids=["sn"], pools=["ecase"]),
    ],
    "other": [
        dict(kind="umbrella", own=["伞", "雨伞"], fnd=["雨伞", "伞一把"], en="umbrella",
             colors=["black", "blue", "purple", "green"], brands=[None], ids=[], pools=["ustyle", "om_umbrella"]),
        dict(kind="cane", own=["拐杖", "拐棍"], fnd=["拐杖", "手杖"], en="walking stick",
             colors=["brown", "black"], brands=[None], ids=[], pools=["om_cane"]),
        dict(kind="pole", own=["登山杖"], fnd=["登山杖", "徒步杖"], en="trekking pole",
             colors=["black", "red", "blue"], brands=["decathlon", "toread", "camel"], ids=[], pools=["om_pole"]),
        dict(kind="glasses", own=["眼镜", "老花镜", "近视眼镜"], fnd=["眼镜", "眼镜一副"], en="glasses",
             colors=["black", "brown", "gold"], brands=[None], ids=[], pools=["om_glasses"]),
        dict(kind="medical", own=["CT片子", "病历本", "检查报告"], fnd=["CT片袋", "病历本"], en="medical records",
             colors=["white", "blue"], brands=[None], ids=["mz"], pools=[], holder=True),
        dict(kind="thermos", own=["保温杯", "杯子"], fnd=["保温杯", "水杯"], en="thermos",
             colors=["black", "silver", "pink", "green", "white"], brands=["thermos", "fuguang", None], ids=[],
             pools=["om_thermos"]),
        dict(kind="jacket", own=["冲锋衣", "外套"], fnd=["冲锋衣", "外套一件"], en="jacket",
             colors=["red", "blue", "black", "yellow", "green"], brands=["northface", "camel", "toread"], ids=[],
             pools=["om_jacket"]),
        dict(kind="scale", own=["电子秤", "秤"], fnd=["电子秤", "台秤"], en="scale",
             colors=["white", "silver"], brands=[None], ids=[], pools=["om_scale"]),
        dict(kind="birdcage", own=["鸟笼", "雀笼"], fnd=["鸟笼", "鸟笼一个"], en="bird cage",
             colors=["brown"], brands=[None], ids=[], pools=["bird", "om_cage"]),
        dict(kind="toy", own=["毛绒玩具", "娃娃"], fnd=["毛绒玩具", "玩偶"], en="plush toy",
             colors=["pink", "white", "brown", "yellow"], brands=[None], ids=[], pools=["om_toy"]),
    ],
}
CATS = sorted(KINDS)


def make_id(k, rng, obj):
    o = obj["_origin"]
    if k == "imei":
        return W.imei(rng)
    if k in ("idn", "idin"):
        return W.id_number(rng, o["prefix"], o["ylo"], o["yhi"], obj.get("_male"))
    if k == "stu":
        return "20%02d%02d%02d%02d" % (rng.choice([21, 22, 23, 24]), rng.randint(1, 18), rng.randint(1, 6),
                                       rng.randint(1, 45))
    if k == "passport":
        return "E" + rng.choice("ABCDEFGH") + W.digits(rng, 7)
    if k == "tbz":
        return W.digits(rng, 8)
    if k == "elder":
        return "嶂老" + W.digits(rng, 6)
    if k == "cards":
        return W.digits(rng, 4)
    if k == "room":
        return str(rng.choice([2, 3])) + "%02d" % rng.randint(1, 18)
    if k == "plate":
        return "翠嶂" + rng.choice("ABCDE") + W.digits(rng, 5)
    if k == "frame_e":
        return rng.choice(["YD", "AM", "TL", "NU"]) + W.alnum(rng, 3) + W.digits(rng, 8)
    if k == "frame_b":
        return rng.choice(["GT", "MD", "FH", "YJ", "DK"]) + W.digits(rng, 2) + W.alnum(rng, 2) + W.digits(rng, 5)
    if k == "sn":
        return W.alnum(rng, rng.choice([10, 12, 14]))
    if k == "cert":
        return rng.choice(["NGTC", "GTC", "F"]) + W.digits(rng, 9)
    if k == "mz":
        return rng.choice(["MZ", "ZY"]) + "2410" + W.digits(rng, 5)
    raise KeyError(k)


def make_detail(pool, rng, obj):
    vals, own, fnd = POOLS[pool]
    if pool == "contents":
        items = rng.sample(BAG_ITEMS, rng.randint(2, 5))
        v = "、".join(items)
        return dict(k="contents", v=v, own="里面有" + v, fnd="内有" + v, items=items)
    v = rng.choice(vals)
    vo = vf = v
    if isinstance(v, tuple):
        v, vo, vf = v[0], v[0], v[1]
    return dict(k=pool, v=v, own=own.format(v=vo), fnd=None if fnd is None else fnd.format(v=vf))


def cash_detail(rng, kind):
    if kind == "cash":
        n = rng.choice([rng.randint(3, 60) * 100, rng.randint(5, 40) * 100 + rng.choice([0, 50, 70, 20]),
                        rng.randint(10, 99) * 10])
    else:
        n = rng.choice([0, rng.randint(2, 60) * 10, rng.randint(1, 12) * 100 + rng.randint(0, 9) * 10,
                        rng.randint(3, 90)])
    return dict(k="amount", v=n, own=None, fnd=None)


def new_object(cat, rng, origin, male=None, kind=None, color=None, brand=None, holder=None):
    """origin: dict(prefix, ylo, yhi) used for any ID printed on the object."""
    choices = KINDS[cat]
    spec = next((k for k in choices if k["kind"] == kind), None) if kind else rng.choice(choices)
    obj = dict(cat=cat, kind=spec["kind"], own=spec["own"], fnd=spec["fnd"], en=spec["en"],
               _origin=origin, _male=male if male is not None else rng.random() < 0.5)
    obj["color"] = color if color is not None else rng.choice(spec["colors"])
    obj["brand"] = brand if brand is not None else rng.choice(spec["brands"])
    mods = None
    if obj["brand"]:
        mods = spec.get("models", {}).get(obj["brand"])
        if not mods and cat in ("phone", "ebike", "bicycle", "electronics"):
            mods = MODELS.get(obj["brand"])
    obj["model"] = rng.choice(mods) if mods else None
    obj["ids"] = []
    for k in spec["ids"]:
        if k == "room" and rng.random() < 0.75:
            continue
        if k == "idin" and rng.random() < 0.35:
            continue
        if k == "cards":
            for _ in range(rng.choice([1, 1, 2])):
                bank = rng.choice(BANKS)
                obj["ids"].append(dict(k="cards", v=make_id(k, rng, obj), bank=bank[0], bin=bank[1]))
            continue
        obj["ids"].append(dict(k=k, v=make_id(k, rng, obj)))
    obj["details"] = [make_detail(p, rng, obj) for p in spec["pools"] if rng.random() < 0.85]
    if spec.get("contents"):
        obj["details"].append(make_detail("contents", rng, obj))
    if spec.get("cash"):
        obj["details"].append(cash_detail(rng, spec["kind"]))
    needs_holder = spec.get("holder") or any(i["k"] == "idin" for i in obj["ids"])
    if needs_holder:
        obj["holder"] = holder or W.name(rng, old=origin.get("old", False), local=origin.get("local", False))
    else:
        obj["holder"] = None
    fix_denominations(obj)
    fix_notes(obj)
    return obj


def fix_denominations(obj):
    amt = next((d for d in obj["details"] if d["k"] == "amount"), None)
    den = next((d for d in obj["details"] if d["k"] == "denom"), None)
    if amt and den and amt["v"] % 100 and den["v"] == "全是一百的":
        v = "一百和五十的混着" if amt["v"] % 50 == 0 else "有几张二十和十块的"
        den.update(v=v, own=v, fnd=v)


def fix_notes(obj):
    env = next((d for d in obj["details"] if d["k"] == "env"), None)
    note = next((d for d in obj["details"] if d["k"] == "note"), None)
    if note and (not env or note["v"][:2] not in env["v"]):
        obj["details"].remove(note)


def ident(obj, k):
    return next((i for i in obj["ids"] if i["k"] == k), None)


def detail(obj, k):
    return next((d for d in obj["details"] if d["k"] == k), None)


def clone(obj):
    c = dict(obj)
    c["ids"] = [dict(i) for i in obj["ids"]]
    c["details"] = [dict(d) for d in obj["details"]]
    return c
