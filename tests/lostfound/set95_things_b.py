"""Hidden truth records (part b): e-bikes, bicycles, bags, jewellery, electronics, other."""
from set95_ids import digits
from set95_things_a import F, base, pick_feats
from set95_world import zh_name

EBIKE_POOLS = {
    "basket": [("front_basket", "前面有个车筐", "front basket"), ("no_basket", "没有车筐", "no basket")],
    "box": [("rear_box", "后面装了尾箱", "rear top box"), ("kid_seat", "后座装了儿童座椅", "child seat on the back")],
    "seat": [("leopard", "坐垫套着豹纹坐垫套", "leopard-print seat cover"), ("torn_seat", "坐垫破了用胶布缠着", "torn seat taped up"),
             ("rain_cover", "坐垫上盖着塑料袋", "plastic bag over the seat")],
    "deco": [("yellow_helmet", "车把上挂着黄色头盔", "yellow helmet on the handlebar"), ("windshield", "装了挡风被", "winter leg cover fitted"),
             ("fish_smell", "车上有鱼腥味，脚踏板有泡沫箱的印子", "smells of fish, foam-box marks on the footboard")],
}


def ebike(rng):
    b = rng.choice(["yadea", "aima", "niu", "tailg"])
    o = base("ebike", rng.choice(["电动车", "电瓶车", "电动自行车"]), "e-bike", rng.choice(["white", "black", "blue", "red", "grey", "green"]), b)
    plate = "鲎岛" + rng.choice("ABC") + digits(rng, 5)
    o["serial"] = {"kind": "plate", "value": plate, "owner": rng.random() < 0.8, "finder": rng.random() < 0.8}
    o["feats"] = pick_feats(rng, EBIKE_POOLS, 1, 3)
    o["hid"] = [("电池是去年刚换的", "battery replaced last year"), ("车架号买车发票上有", "frame number is on the invoice")]
    return o


BIKE_POOLS = {
    "basket": [("front_basket", "前面带车筐", "front basket"), ("none", "没有车筐", "no basket")],
    "bell": [("duck_bell", "车铃是小黄鸭的", "yellow duck bell"), ("no_bell", "车铃掉了", "bell missing")],
    "extra": [("phone_mount", "车把上有手机支架", "phone mount on the bar"), ("bottle", "水壶架上插着一个蓝色水壶", "blue bottle in the cage"),
              ("kid_seat", "后面有儿童座", "child seat on the back"), ("light", "车头绑了个手电当车灯", "torch strapped on as a light")],
}


def bicycle(rng):
    rental = rng.random() < 0.6
    b = rng.choice(["giant", "merida", "xds", "phoenix"])
    o = base("bicycle", rng.choice(["自行车", "单车", "山地车", "脚踏车"]), "bicycle", rng.choice(["white", "black", "blue", "red", "yellow", "green", "orange"]), b)
    if rental:
        shop = rng.choice([("骑行驿站", "HD"), ("北环路租车点", "BH")])
        no = "%s-%03d" % (shop[1], rng.randint(1, 160))
        o["serial"] = {"kind": "fleet", "value": no, "owner": rng.random() < 0.6, "finder": True}
        o["feats"].append(F("shop", shop[0], "%s租的车" % shop[0], "rented from " + shop[0], True, "车身贴着%s的标" % shop[0]))
        o["rental"] = True
    else:
        o["serial"] = {"kind": "frame", "value": rng.choice("GMXW") + digits(rng, 2) + rng.choice("ABCDEF") + digits(rng, 6),
                       "owner": rng.random() < 0.3, "finder": rng.random() < 0.4}
    o["feats"] += pick_feats(rng, BIKE_POOLS, 1, 2)
    return o


BAG_CONTENT = [("towel", "一条浴巾", "a beach towel"), ("sunscreen", "防晒霜", "sunscreen"), ("swimsuit", "湿的泳衣", "a wet swimsuit"),
               ("book", "一本小说", "a novel"), ("charger", "充电器和数据线", "charger and cable"), ("kid_clothes", "小孩换洗衣服", "kid's spare clothes"),
               ("medicine", "一盒降压药", "a box of blood-pressure pills"), ("fan", "手持小风扇", "a handheld fan"),
               ("snacks", "几包零食", "some snacks"), ("laptop", "一台笔记本电脑", "a laptop"), ("goggles", "泳镜", "swimming goggles"),
               ("glow", "音乐节荧光棒", "festival glow sticks"), ("shells", "一袋捡的贝壳", "a bag of collected shells")]
BAG_POOLS = {
    "charm": [("duck", "拉链上挂着小黄鸭", "rubber duck on the zip"), ("badge", "别着好几个徽章", "several pin badges"),
              ("ribbon", "把手系着红丝带", "red ribbon on the handle")],
    "wear": [("strap_broken", "一边背带断过又缝上了", "one strap broken and sewn"), ("stain", "底下有一块油渍", "oil stain on the bottom"),
             ("sand", "全是沙子", "full of sand")],
}


def bag(rng):
    noun, en = rng.choice([("双肩包", "backpack"), ("斜挎包", "crossbody bag"), ("帆布袋", "canvas tote"), ("腰包", "waist pack"),
                           ("沙滩包", "beach bag"), ("相机包", "camera bag"), ("小行李箱", "small suitcase"), ("手提包", "handbag")])
    o = base("bag", noun, en, rng.choice(["black", "black", "blue", "grey", "white", "pink", "green", "brown", "yellow"]),
             rng.choice(["samsonite", "decathlon", "tnf", "anta", "coach", None, None]))
    items = rng.sample(BAG_CONTENT, rng.randint(1, 3))
    for k, zh, e in items:
        o["feats"].append(F("content_" + k, k, "里面有" + zh, "inside: " + e))
    o["feats"] += pick_feats(rng, BAG_POOLS, 0, 1)
    o["owner"] = zh_name(rng)
    if rng.random() < 0.3:
        o["feats"].append(F("name", o["owner"], "挂着行李牌写着" + o["owner"], "luggage tag: " + o["owner"]))
    o["hid"] = [("包里有两百块钱左右", "about 200 yuan inside"), ("钥匙也在里面", "my keys were inside too")]
    return o


JEW_POOLS = {
    "pendant": [("fish", "小金鱼吊坠", "little fish pendant"), ("heart", "心形吊坠", "heart pendant"), ("rabbit", "兔子生肖吊坠", "zodiac rabbit pendant"),
                ("lock", "平安锁", "a 'safe lock' charm"), ("shell", "贝壳吊坠", "shell pendant"), ("star", "五角星吊坠", "star pendant")],
    "pouch": [("red_pouch", "装在红色首饰袋里", "in a red jewellery pouch"), ("box", "装在小首饰盒里", "in a small box"),
              ("tissue", "用纸巾包着", "wrapped in a tissue")],
}


def jewelry(rng):
    typ = rng.choice([("项链", "necklace"), ("手链", "bracelet"), ("手镯", "bangle"), ("戒指", "ring"), ("耳环", "earring"), ("脚链", "anklet")])
    mat = rng.choice([("黄金", "gold", "gold"), ("足金", "gold", "gold"), ("银", "silver", "silver"), ("铂金", "silver", "platinum"),
                      ("珍珠", "white", "pearl"), ("玉", "green", "jade"), ("玫瑰金", "pink", "rose-gold")])
    o = base("jewelry", mat[0] + typ[0], mat[2] + " " + typ[1], mat[1], rng.choice(["ctf", "lfx", "pandora", "swarovski", None, None]))
    pools = JEW_POOLS if typ[0] in ("项链", "手链", "脚链") else {"pouch": JEW_POOLS["pouch"]}
    o["feats"] += pick_feats(rng, pools, 0, 2)
    if rng.random() < 0.45:
        eng = rng.choice(["LY&ZQ", "永结同心", "2019.5.20", "平安", "W♥J", "MOM"])
        o["feats"].append(F("engraving", eng, "内侧刻着“%s”" % eng, "engraved inside: " + eng))
    o["hid"] = [("是结婚时买的", "bought for our wedding"), ("大概值五六千", "worth about 5-6 thousand")]
    return o


ELEC = [("耳机", "earbuds", ["apple", "huawei", "xiaomi"], ["white", "black"], "lid"),
        ("相机", "camera", ["canon", "sony", "fujifilm"], ["black", "silver"], "bottom"),
        ("运动相机", "action camera", ["gopro", "dji"], ["black", "grey"], "bottom"),
        ("平板电脑", "tablet", ["apple", "huawei", "xiaomi"], ["grey", "silver", "blue"], "back"),
        ("电子书", "e-reader", ["kindle"], ["black", "white"], "back"),
        ("游戏机", "game console", ["nintendo"], ["red", "blue", "white", "grey"], "back"),
        ("智能手表", "smartwatch", ["huawei", "apple", "xiaomi"], ["black", "pink", "white"], "back"),
        ("充电宝", "power bank", ["xiaomi", "anker"], ["white", "black", "blue"], "side"),
        ("无人机", "drone", ["dji"], ["grey", "white"], "battery bay")]
ELEC_POOLS = {
    "cover": [("dino", "套着小恐龙保护套", "little dinosaur cover"), ("clear", "透明保护套", "clear cover"), ("leather", "棕色皮套", "brown leather cover"),
              ("camo", "迷彩保护套", "camouflage cover")],
    "sticker": [("wave", "贴了海浪贴纸", "wave sticker"), ("name_label", "贴着打印的名字标签", "printed name label"),
                ("scratch", "外壳一道明显划痕", "one clear scratch on the shell"), ("fest", "贴着音乐节的贴纸", "festival sticker")],
    "strap": [("rainbow", "彩虹背带", "rainbow strap"), ("wrist", "挂着手腕绳", "wrist cord"), ("carabiner", "挂着登山扣", "carabiner clip")],
}
ELEC_MODELS = {"apple": ["AirPods 5", "iPad Air 8", "Watch S12"], "huawei": ["FreeBuds 8i", "MatePad 13 Lite", "Watch GT 8"],
               "canon": ["EOS R80", "PowerShot G9 X III"], "sony": ["ZV-E20", "RX100 IX"], "fujifilm": ["X-S30", "X100Z"],
               "gopro": ["HERO 14 Mini"], "dji": ["Osmo Action 7", "Mini 6"], "nintendo": ["Switch 2 Lite"], "kindle": ["Paperwhite 7"],
               "xiaomi": ["Buds 7", "Pad 8", "手环 11"], "anker": ["PowerCore 20K Slim"]}


def electronics(rng):
    noun, en, brands, cols, where = rng.choice(ELEC)
    b = rng.choice(brands)
    o = base("electronics", noun, en, rng.choice(cols), b, rng.choice(ELEC_MODELS[b]) if rng.random() < 0.6 else None)
    if noun not in ("充电宝",):
        o["serial"] = {"kind": "sn", "value": rng.choice(["SN", "", ""]) + rng.choice("FGHJKLMN") + digits(rng, 3) + rng.choice("QRTVWXY") + digits(rng, 5),
                       "owner": rng.random() < 0.3, "finder": rng.random() < 0.35, "where": where}
    o["feats"] = pick_feats(rng, ELEC_POOLS, 1, 2)
    o["hid"] = [("里面有很多灯塔山拍的照片/文件", "lots of my photos and files on it"), ("是借朋友的", "borrowed from a friend")]
    return o


OTHER = [("雨伞", "umbrella", None, ["black", "blue", "pink", "yellow", "green"],
          {"pattern": [("plain", "纯色", "plain"), ("stripes", "条纹的", "striped"), ("cats", "小猫图案", "cat pattern")],
           "handle": [("wood", "木头弯柄", "curved wooden handle"), ("auto", "自动折叠伞", "auto folding")]}),
         ("太阳镜", "sunglasses", "rayban", ["black", "gold", "brown"],
          {"lens": [("mirror_blue", "蓝色反光镜片", "blue mirrored lenses"), ("dark", "墨色镜片", "dark lenses"), ("gradient", "渐变茶色镜片", "gradient brown lenses")],
           "case": [("case_black", "装在黑色硬壳眼镜盒里", "in a black hard case"), ("no_case", "没有盒子", "no case")]}),
         ("保温杯", "vacuum flask", "thermos", ["white", "pink", "blue", "green", "black"],
          {"label": [("name_duoduo", "杯身贴着名字贴“朵朵”", "name sticker 'Duoduo'"), ("dent", "杯底有个凹坑", "dent on the bottom"),
                     ("tea", "里面泡着茶", "tea inside")]}),
         ("玩偶", "plush toy", None, ["white", "green", "pink", "brown", "yellow"],
          {"shape": [("dino", "恐龙", "a dinosaur"), ("rabbit", "长耳朵兔子", "a long-eared rabbit"), ("whale", "小鲸鱼", "a little whale")],
           "wear": [("ear_sewn", "一只耳朵缝过", "one ear sewn up"), ("bow", "脖子系着蝴蝶结", "bow at the neck")]}),
         ("鱼竿", "fishing rod", "daiwa", ["black", "blue", "silver"],
          {"reel": [("reel_gold", "带金色渔轮", "gold reel"), ("no_reel", "没装渔轮", "no reel")],
           "bag": [("rod_bag", "装在长竿包里", "in a long rod bag")]}),
         ("尤克里里", "ukulele", None, ["brown", "yellow", "blue", "pink"],
          {"sticker": [("stickers", "琴身贴满了贴纸", "covered in stickers"), ("crack", "面板有一道裂", "a crack in the top")],
           "bag": [("gig_bag", "装在黑色琴包里", "in a black gig bag"), ("no_bag", "没琴包", "no gig bag")]}),
         ("助听器", "hearing aid", "phonak", ["silver", "brown", "grey"],
          {"box": [("box_blue", "装在蓝色小盒子里", "in a small blue box"), ("loose", "就一只，没有盒子", "one piece, no box")],
           "side": [("left", "左耳的", "left ear"), ("right", "右耳的", "right ear")]}),
         ("眼镜", "glasses", None, ["black", "gold", "brown", "silver"],
          {"frame": [("round", "圆框", "round frame"), ("square", "方框", "square frame"), ("half", "半框", "half-rim")],
           "case": [("case_shop", "眼镜盒上印着“明亮眼镜店”", "case printed 'Mingliang Optical'"), ("cloth", "用眼镜布包着", "wrapped in a cloth")]}),
         ("遮阳帽", "sun hat", None, ["white", "yellow", "pink", "brown"],
          {"style": [("straw", "草编的大檐帽", "wide straw hat"), ("bucket", "渔夫帽", "bucket hat"), ("cap", "棒球帽", "baseball cap")],
           "deco": [("ribbon", "系着黑丝带", "black ribbon"), ("shell_pin", "别着贝壳别针", "shell pin")]})]


def other(rng):
    noun, en, brand, cols, pools = rng.choice(OTHER)
    if brand == "thermos":
        brand = rng.choice(["thermos", "zojirushi", None])
    elif brand == "daiwa":
        brand = rng.choice(["daiwa", "shimano"])
    elif brand == "rayban" and rng.random() < 0.4:
        brand = None
    o = base("other", noun, en, rng.choice(cols), brand)
    o["feats"] = pick_feats(rng, pools, 1, len(pools))
    if noun == "助听器":
        o["serial"] = {"kind": "sn", "value": digits(rng, 4) + "X" + digits(rng, 4), "owner": rng.random() < 0.4, "finder": rng.random() < 0.5, "where": "机身"}
        o["elder"] = True
    return o
