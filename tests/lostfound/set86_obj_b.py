"""set86 hidden truth records, part B: e-bikes, bicycles, bags, jewellery,
electronics and other things. Same shape as set86_obj_a."""
from set86_nums import make_serial, make_id
from set86_obj_a import T, new, add, know

T.update({
    "trunk": [("trunk", "后面装了个黑色尾箱", "车后装有黑色尾箱", "a black top box"), ("fbasket", "前面有个铁车筐", "带前车筐", "a front basket"),
              ("rearseat", "后座加了个儿童座椅", "后座装儿童座椅", "a child seat on the back")],
    "helmet": [("yhelm", "车把上挂着黄色头盔", "车把挂黄色头盔", "a yellow helmet on the handlebar"),
               ("whelm", "挂着一个白色头盔", "挂有白色头盔", "a white helmet hanging on it"),
               ("phelm", "粉色头盔挂在后视镜上", "后视镜挂粉色头盔", "a pink helmet on the mirror")],
    "seat": [("tape", "坐垫破了用胶带缠着", "坐垫破损缠有胶带", "the seat is torn and taped"),
             ("cover", "坐垫套着格子座套", "格子座套", "a checked seat cover"),
             ("rain", "车上盖着一块蓝色雨披", "车上有蓝色雨披", "a blue rain poncho on it")],
    "escratch": [("lside", "左边车壳有刮痕", "左侧车壳刮花", "scratches on the left panel"),
                 ("mirror", "少了一个后视镜", "右侧后视镜缺失", "one mirror is missing"),
                 ("phold", "车把上装了手机支架", "车把装有手机支架", "a phone mount on the handlebar")],
    "bbasket": [("basket", "前面有个车筐", "带前车筐", "a front basket"), ("rack", "后面有货架", "带后货架", "a rear rack"),
                ("nobasket", "没有车筐", "无车筐", "no basket")],
    "lock": [("ulock", "挂着一把U型锁", "车上挂U型锁", "a U-lock on it"), ("chain", "绕着一根密码链条锁", "缠有密码链条锁", "a combination chain lock"),
             ("nolock", "没上锁", "未上锁", "not locked")],
    "grip": [("whitetape", "车把缠了白色把带", "车把缠白色把带", "white bar tape"), ("foam", "海绵把套磨破了", "海绵把套磨损", "worn foam grips"),
             ("bellcat", "车铃是小猫造型的", "小猫造型车铃", "a cat-shaped bell")],
    "tyre": [("flat", "前轮没气了", "前轮瘪胎", "the front tyre is flat"), ("bent", "后轮有点歪", "后轮变形", "the rear wheel is bent"),
             ("newt", "刚换的新外胎", "外胎较新", "new tyres")],
    "charger": [("charger", "有个充电器", "内有充电器一个", "a charger"), ("umb", "一把折叠伞", "内有折叠伞", "a folding umbrella"),
                ("gymc", "一套运动服", "内有运动服一套", "a set of gym clothes"), ("bottle", "一个保温杯", "内有保温杯", "a thermos bottle"),
                ("makeup", "化妆包", "内有化妆包", "a make-up pouch"), ("snack", "几包零食", "内有零食若干", "some snacks")],
    "thesis": [(t, "有一份毕业论文打印稿" + t, "内有论文打印稿" + t, None) for t in
               ["《城市轨道交通客流预测研究》", "《明清江南市镇研究》", "《钙钛矿薄膜稳定性研究》", "《直播电商消费者行为分析》", "《低空物流无人机调度》"]],
    "metal": [("18k", "18K金的", "18K金", "18K gold"), ("zujin", "足金的", "足金", "pure gold"), ("s925", "925银", "S925银", "sterling silver"),
              ("pt", "铂金的", "铂金", "platinum")],
    "pend": [("clover", "四叶草吊坠", "四叶草造型吊坠", "a four-leaf clover pendant"), ("rabbit", "小兔子吊坠", "兔子造型吊坠", "a rabbit pendant"),
             ("heart", "心形吊坠", "心形吊坠", "a heart pendant"), ("pearl", "一颗珍珠", "缀珍珠一颗", "a single pearl"),
             ("star", "星星吊坠", "星星形吊坠", "a star pendant")],
    "jbox": [("redbox", "装在红色首饰盒里", "红色首饰盒装", "in a red jewellery box"), ("velvet", "装在丝绒小袋里", "丝绒袋装", "in a velvet pouch"),
             ("loose", "没有盒子", "无包装", "no box")],
    "esticker": [("rocket", "贴了个火箭贴纸", "外壳贴火箭贴纸", "a rocket sticker"), ("cats", "贴满了猫咪贴纸", "外壳贴满猫咪贴纸", "covered in cat stickers"),
                 ("band", "贴了乐队贴纸", "贴有乐队贴纸", "a band sticker"), ("crest", "贴了青岚大学校徽", "贴青岚大学校徽贴纸", "a university crest sticker")],
    "esleeve": [("greysl", "装在灰色内胆包里", "灰色内胆包装", "in a grey sleeve"), ("blacksl", "装在黑色保护套里", "黑色保护套", "in a black cover"),
                ("nosl", "没套东西", "无保护套", "no cover")],
    "stylus": [("wpen", "带一支白色手写笔", "附白色手写笔一支", "with a white stylus"), ("kb", "带个磁吸键盘", "附磁吸键盘", "with a magnetic keyboard"),
               ("pencase", "笔套是粉色的", "手写笔带粉色笔套", "the stylus has a pink cap")],
    "dent": [("corner", "右下角磕了个坑", "右下角有磕痕", "a dent on the bottom-right corner"), ("scr", "屏幕有划痕", "屏幕有划痕", "scratches on the screen"),
             ("strap", "表带换成了尼龙的", "尼龙表带", "a nylon strap")],
    "ecase": [("duck", "耳机盒套着小黄鸭硅胶套", "耳机盒有小黄鸭硅胶套", "a yellow duck silicone cover"),
              ("clearc", "耳机盒是透明保护套", "透明耳机保护套", "a clear case cover"),
              ("leatherc", "皮质耳机套带挂扣", "皮质耳机套带挂扣", "a leather cover with a clip")],
    "hood": [("yellow", "垂布是黄色的(工学)", "黄色垂布", "a yellow hood (engineering)"), ("pinkh", "垂布是粉色的(文学)", "粉色垂布", "a pink hood (arts)"),
             ("greyh", "垂布是灰色的(理学)", "灰色垂布", "a grey hood (science)"), ("whiteh", "垂布是白色的(医学)", "白色垂布", "a white hood (medicine)")],
    "gownbag": [("nonwoven", "装在无纺布袋里", "装于无纺布袋", "in a non-woven bag"), ("withcap", "学位帽也在一起", "含学位帽一顶", "the cap is with it")],
    "pattern": [("dots", "白色波点的", "白色波点图案", "white polka dots"), ("catsp", "印着小猫图案", "小猫图案", "a cat print"),
                ("plainp", "纯色没有图案", "纯色", "plain"), ("checks", "格子图案", "格子图案", "checked")],
    "handle": [("wood", "木头伞柄", "木质伞柄", "a wooden handle"), ("hook", "弯钩柄", "弯钩柄", "a hooked handle")],
    "ostick": [("drink", "杯身贴了'多喝热水'贴纸", "杯身贴'多喝热水'贴纸", "a 多喝热水 sticker"),
               ("strapb", "杯子带个提绳", "带提绳", "with a carrying strap"), ("dentb", "杯底磕瘪了一块", "杯底有凹痕", "a dent at the bottom")],
    "gcase": [("bluecase", "装在蓝色眼镜盒里", "蓝色眼镜盒装", "in a blue case"), ("round", "圆框的", "圆形镜框", "round frames"),
              ("square", "方框的", "方形镜框", "square frames")],
    "stickx": [("wrist", "手柄上挂着B区的手环", "手柄挂有B区手环", "a block B wristband on the handle"),
               ("bat", "电池盖贴了胶布", "电池盖贴胶布", "tape on the battery cover")],
    "rgrip": [("pinkg", "手胶是粉色的", "粉色手胶", "pink grip tape"), ("rbag", "装在黑色拍套里", "黑色拍套", "in a black racket bag"),
              ("broken", "有一根线断了", "拍线断一根", "one string is broken")],
    "toyf": [("ear", "兔子玩偶，耳朵缝过", "兔子玩偶耳朵有缝补", "a rabbit toy with a stitched ear"), ("bow", "脖子上系着红色蝴蝶结", "颈部系红色蝴蝶结", "a red bow on the neck")],
})

EMODELS = {
    "laptop": {"lenovo": ["小新 Pro 19", "ThinkBook 17X"], "apple": ["MacBook Air 17", "MacBook Pro 18"], "huawei": ["MateBook 17X"],
               "dell": ["灵越 17-9900"], "xiaomi": ["Redmi Book 18"]},
    "tablet": {"apple": ["iPad Air 9", "iPad mini 9"], "huawei": ["MatePad 14 Air"], "xiaomi": ["Pad 9"], "lenovo": ["小新Pad 15"]},
    "earbuds": {"apple": ["AirPods 6", "AirPods Pro 4"], "huawei": ["FreeBuds 9i"], "xiaomi": ["Redmi Buds 9"], "sony": ["WF-2000XM9"],
                "edifier": ["Lolli 7"]},
    "calculator": {"casio": ["fx-999CN X", "fx-88CN"], "deli": ["D-1710"]},
    "camera": {"fuji": ["X-S40"], "canon": ["EOS R70"], "sony": ["ZV-E30"], "dji": ["Pocket 5"]},
    "watch": {"huawei": ["Watch GT 9"], "apple": ["Watch S13"], "xiaomi": ["Band 12"], "imoo": ["Z11"]},
    "powerbank": {"xiaomi": ["PB-30 Lite"], "anker": ["PowerCore 30"]},
    "console": {"nintendo": ["Switch 3"]},
    "ereader": {"ireader": ["Ocean 9"]},
}
# kind -> nouns, finder nouns, English, pinyin, chance finder reads the serial, extra fact types
EKIND = {
    "laptop": (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑"], "laptop", "bijiben", 0.5, ["esticker", "esleeve", "dent"]),
    "tablet": (["平板", "平板电脑", "iPad"], ["平板电脑"], "tablet", "pingban", 0.1, ["stylus", "esleeve", "esticker"]),
    "earbuds": (["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机"], "earbuds", "erji", 0.2, ["ecase"]),
    "calculator": (["计算器", "函数计算器"], ["计算器"], "calculator", "jisuanqi", 0.0, ["esticker"]),
    "camera": (["相机", "微单", "相机"], ["相机"], "camera", "xiangji", 0.5, ["dent", "esleeve"]),
    "watch": (["手表", "智能手表", "手环"], ["智能手表"], "smartwatch", "shoubiao", 0.2, ["dent"]),
    "powerbank": (["充电宝", "移动电源"], ["充电宝"], "power bank", "chongdianbao", 0.0, ["esticker"]),
    "console": (["游戏机", "switch"], ["游戏机"], "game console", "youxiji", 0.4, ["esticker", "esleeve"]),
    "ereader": (["电子书", "阅读器"], ["电子阅读器"], "e-reader", "yueduqi", 0.2, ["esleeve"]),
}


def ebike(rng, holder):
    b = rng.choice(["yadea", "yadea", "aima", "niu", "ninebot", "xiaomi"])
    scooter = b == "xiaomi" or (b == "ninebot" and rng.random() < 0.4)
    model = {"yadea": ["冠能 G9", "DE9"], "aima": ["A700", "Q5"], "niu": ["NQi 3", "U+C"], "ninebot": ["F95", "C80"],
             "xiaomi": ["滑板车 6 Pro"]}[b]
    kind = "电动滑板车" if scooter else rng.choice(["电动车", "电瓶车", "电动自行车"])
    sk = "frame" if scooter else "plate"
    o = new("ebike", kind, [kind, "电动车" if not scooter else "滑板车"], [kind], "e-scooter" if scooter else "e-bike",
            "huabanche" if scooter else "diandongche", rng.choice(["white", "black", "blue", "grey", "green", "red"]), b,
            rng.choice(model if b != "ninebot" or not scooter else ["滑板车 MAX 9"]), sk, make_serial(rng, sk),
            know(rng, 0.85, 0.1) if sk == "plate" else know(rng, 0.2, 0.1), "full" if rng.random() < 0.8 else None, holder)
    add(rng, o, ["trunk", "helmet", "seat", "escratch"], 1, 3)
    return o


def bicycle(rng, holder):
    b = rng.choice(["giant", "giant", "merida", "forever", "phoenix", "decathlon", None])
    models = {"giant": ["ATX 990", "Escape 9"], "merida": ["勇士 600", "Crossway 9"], "forever": ["C9 城市车"], "phoenix": ["Z7 复古车"],
              "decathlon": ["RC 620", "Riverside 720"]}
    kind = rng.choice(["自行车", "自行车", "山地车", "公路车", "单车", "折叠车"])
    o = new("bicycle", kind, [kind, "自行车"], ["自行车", kind], "bicycle", "zixingche",
            rng.choice(["black", "white", "blue", "red", "green", "yellow", "grey"]), b, rng.choice(models[b]) if b else None,
            "frame", make_serial(rng, "frame"), know(rng, 0.15, 0.1), "full" if rng.random() < 0.45 else None, holder)
    add(rng, o, ["bbasket", "lock", "grip", "tyre"], 1, 3)
    return o


def bag(rng, holder):
    kind = rng.choice(["双肩包", "双肩包", "背包", "帆布包", "托特包", "电脑包", "斜挎包", "行李箱", "腰包"])
    b = "samsonite" if kind == "行李箱" else rng.choice(["nike", "adidas", "coach", "muji", "jansport", None, None])
    o = new("bag", kind, [kind, "包"], [kind, "包"], "suitcase" if kind == "行李箱" else "bag", "beibao",
            rng.choice(["black", "black", "grey", "blue", "white", "pink", "green", "brown"]), b, None, None, None, None, None, holder)
    if rng.random() < 0.45:
        o["facts"].append({"t": "textbook", "v": holder, "o": "里面有几本教材，扉页写着我的名字" + holder,
                           "f": "内有教材数本，扉页署名" + holder, "e": "textbooks with my name %s inside" % holder})
    if rng.random() < 0.3:
        lb = rng.choice(["lenovo", "apple", "huawei", "dell"])
        o["facts"].append({"t": "laptopin", "v": lb, "o": "里面有台笔记本电脑", "f": "内有笔记本电脑一台",
                           "e": "a laptop inside", "brand_in": lb})
    if rng.random() < 0.2:
        o["skind"], o["serial"] = "idcard", make_id(rng)
        o["sk_owner"], o["sk_finder"] = know(rng, 0.5, 0.3), "full"
        o["facts"].append({"t": "idin", "v": holder, "o": "身份证也在包里", "f": "内有身份证(姓名%s)" % holder, "e": "my ID card is in it"})
    add(rng, o, ["charger", "thesis", "pendant"], 1, 2)
    return o


def jewelry(rng, holder):
    kind = rng.choice(["戒指", "项链", "手链", "耳环", "手镯", "吊坠"])
    b = rng.choice(["ctf", "pandora", "lfx", "swarovski", None, None])
    en = {"戒指": "ring", "项链": "necklace", "手链": "bracelet", "耳环": "earrings", "手镯": "bangle", "吊坠": "pendant"}[kind]
    o = new("jewelry", kind, [kind, "首饰"], [kind], en, "shoushi", rng.choice(["gold", "gold", "silver", "silver", "pink", "white"]),
            b, None, None, None, None, None, holder)
    o["allow"] = {"metal": ["18k", "zujin"] if o["color"] in ("gold", "pink") else ["s925", "pt"]}
    add(rng, o, ["metal", "pend", "jbox"], 1, 3)
    if rng.random() < 0.5:
        a, c = rng.choice("LWZYHCJXQS"), rng.choice("LWZYHCJXQS")
        e = "%s&%s %d" % (a, c, rng.randint(2012, 2024))
        o["facts"].append({"t": "engrave", "v": e, "o": "内侧刻着'%s'" % e, "f": "内侧刻字'%s'" % e, "e": "engraved '%s' inside" % e})
    return o


def electronics(rng, holder, which=None):
    which = which or rng.choice(["laptop", "laptop", "tablet", "tablet", "earbuds", "earbuds", "calculator", "camera", "watch",
                                 "powerbank", "console", "ereader"])
    nouns, fn, en, py, pf, extra = EKIND[which]
    b = rng.choice(sorted(EMODELS[which]))
    has_sn = which not in ("calculator", "powerbank")
    o = new("electronics", nouns[0], nouns, fn, en, py, rng.choice(["black", "silver", "grey", "white", "blue", "pink"]), b,
            rng.choice(EMODELS[which][b]), "sn" if has_sn else None, make_serial(rng, "sn") if has_sn else None,
            know(rng, 0.25, 0.1) if has_sn else None, ("full" if rng.random() < pf else None) if has_sn else None, holder)
    add(rng, o, extra, 1, 2)
    if which in ("calculator", "tablet", "earbuds") and rng.random() < 0.4:
        o["facts"].append({"t": "namelabel", "v": holder, "o": "上面贴了写着%s的名字贴" % holder, "f": "贴有姓名贴'%s'" % holder,
                           "e": "a name label '%s'" % holder})
    o["which"] = which
    return o


def other(rng, holder):
    which = rng.choice(["gown", "gown", "umbrella", "bottle", "glasses", "lightstick", "racket", "toy"])
    if which == "gown":
        kind = rng.choice(["学士服", "学士服", "硕士服"])
        o = new("other", kind, [kind, "毕业服"], [kind], "graduation gown", "xueshifu", "black", None, None, "tag",
                make_serial(rng, "tag"), know(rng, 0.5, 0.2), "full" if rng.random() < 0.7 else None, holder)
        add(rng, o, ["hood"], 1, 1)
        add(rng, o, ["gownbag"], 0, 1)
    elif which == "umbrella":
        kind = rng.choice(["雨伞", "折叠伞", "遮阳伞", "长柄伞"])
        o = new("other", kind, [kind, "伞"], [kind], "umbrella", "yusan", rng.choice(["black", "blue", "pink", "purple", "green"]),
                None, None, None, None, None, None, holder)
        add(rng, o, ["pattern", "handle"], 1, 2)
    elif which == "bottle":
        kind = rng.choice(["水杯", "保温杯"])
        o = new("other", kind, [kind, "杯子"], [kind], "water bottle", "shuibei", rng.choice(["white", "pink", "blue", "green", "black"]),
                rng.choice(["thermos", None]), None, None, None, None, None, holder)
        add(rng, o, ["ostick"], 1, 2)
    elif which == "glasses":
        o = new("other", "眼镜", ["眼镜", "近视眼镜"], ["眼镜"], "glasses", "yanjing", rng.choice(["black", "gold", "silver", "brown"]),
                None, None, None, None, None, None, holder)
        add(rng, o, ["gcase"], 1, 2)
    elif which == "lightstick":
        o = new("other", "应援棒", ["应援棒", "荧光棒", "手灯"], ["应援棒"], "light stick", "yingyuanbang", rng.choice(["blue", "pink", "white"]),
                None, None, None, None, None, None, holder)
        add(rng, o, ["stickx"], 1, 2)
    elif which == "racket":
        o = new("other", "羽毛球拍", ["羽毛球拍", "球拍"], ["羽毛球拍"], "badminton racket", "qiupai", rng.choice(["blue", "red", "white", "black"]),
                None, None, None, None, None, None, holder)
        add(rng, o, ["rgrip"], 1, 2)
    else:
        o = new("other", "毛绒玩具", ["毛绒玩具", "玩偶"], ["毛绒玩具"], "plush toy", "wanou", rng.choice(["white", "pink", "brown"]),
                None, None, None, None, None, None, holder)
        add(rng, o, ["toyf"], 1, 2)
    o["which"] = which
    return o
