"""Set 94 hidden truth records, part 2: ebike, bicycle, bag, jewelry, electronics, other."""
from set94_facts import fact, color_fact, brand_fact, model_fact, serial_fact, name_fact, set_fact, story
from set94_ids import frame_no, plate, sn, digits
from set94_objects import obj, slot

EB_FEAT = [("quilt", ["挡风被", "防风被"], ["挂有挡风被"], ["a wind quilt"]), ("box", ["后备箱", "后面的尾箱"], ["后置尾箱"], ["a rear box"]),
           ("basket", ["前车筐", "车筐"], ["前有车筐"], ["a front basket"]), ("holder", ["手机支架"], ["车把装手机支架"], ["a phone holder"]),
           ("canopy", ["雨棚"], ["加装雨棚"], ["a canopy"])]

EB_STICK = [("dino", ["车身贴着恐龙贴纸"], ["车身贴恐龙贴纸"], ["a dinosaur sticker"]),
            ("flag", ["车尾贴了俄罗斯国旗"], ["车尾贴俄罗斯国旗贴纸"], ["a Russian flag sticker"]),
            ("peace", ["贴着“出入平安”"], ["车身贴“出入平安”字样"], ["a 'safe trip' sticker"])]


def gen_ebike(rng, owner, hint=None):
    b = rng.choice(["yadea", "aima", "tailg", "sunra", "niu"])
    feats = sorted(EB_FEAT, key=lambda e: rng.random())[:rng.randint(1, 3)]
    f = {"color": color_fact(rng.choice(["white", "black", "grey", "blue", "red", "pink", "green"])),
         "brand": brand_fact(b, po=0.85, pf=0.85), "model": model_fact(b, rng, po=0.3, pf=0.3),
         "plate": serial_fact("plate", plate(rng), po=0.65, pf=0.85, field="marks"),
         "serial": serial_fact("frame", frame_no(rng, b[:2].upper()), po=0.25, pf=0.55),
         "contents": set_fact(feats, po=0.5, pf=0.75, tmpl_own=["车上有{x}", "装了{x}"], tmpl_fnd=["车辆{x}", "{x}"], tmpl_en=["it has {x}"])}
    if rng.random() < 0.4:
        f["sticker"] = slot(rng, EB_STICK, po=0.6, pf=0.75)
    f["story"] = story(rng.choice([["钥匙没拔"], ["车锁着的"], ["电池是新换的"]]))
    return obj("ebike", "ebike", ["电动车", "电瓶车", "电驴", "小电驴", "电动自行车"], ["电动自行车", "电动车"], ["e-bike", "electric scooter"], "辆", f)


BTYPE = {"mtb": (["山地车", "山地自行车"], ["山地自行车"], ["mountain bike"]), "road": (["公路车"], ["公路自行车"], ["road bike"]),
         "fold": (["折叠车", "折叠自行车"], ["折叠自行车"], ["folding bike"]), "lady": (["女式车", "女士自行车"], ["女式自行车"], ["ladies' bike"])}
B_FEAT = [("basket", ["车筐"], ["前车筐"], ["a basket"]), ("rack", ["后座"], ["后货架"], ["a rear rack"]), ("bottle", ["水壶架"], ["水壶架"], ["a bottle cage"]),
          ("light", ["车灯"], ["前车灯"], ["a front light"]), ("bell", ["铃铛"], ["车铃"], ["a bell"])]
LOCKB = [("u_lock", ["U型锁"], ["U型锁锁着"], ["a U-lock"]), ("chain", ["链条锁", "密码链锁"], ["链条锁"], ["a chain lock"]),
         ("none", ["没锁"], ["未上锁"], ["unlocked"])]


def gen_bicycle(rng, owner, hint=None):
    b = rng.choice(["giant", "giant", "merida", "forever", "phoenix", "xds"])
    t = hint if hint in BTYPE else rng.choice(sorted(BTYPE))
    feats = sorted(B_FEAT, key=lambda e: rng.random())[:rng.randint(1, 3)]
    f = {"color": color_fact(rng.choice(["black", "white", "blue", "red", "green", "grey", "yellow"])),
         "brand": brand_fact(b, po=0.8, pf=0.85), "model": model_fact(b, rng, po=0.25, pf=0.3),
         "serial": serial_fact("frame", frame_no(rng, "G" if b == "giant" else b[0].upper()), po=0.2, pf=0.5),
         "lock": slot(rng, LOCKB, po=0.4, pf=0.7),
         "contents": set_fact(feats, po=0.4, pf=0.7, tmpl_own=["有{x}", "装着{x}"], tmpl_fnd=["带{x}", "{x}"], tmpl_en=["with {x}"])}
    return obj("bicycle", t, ["自行车", "单车", "车子"], ["自行车"], ["bicycle", "bike"], "辆", f, spec=BTYPE[t])


BAGS = {"backpack": (["双肩包", "背包", "书包"], ["双肩背包"], ["backpack"], "个"), "suitcase": (["拉杆箱", "行李箱", "旅行箱"], ["拉杆行李箱"], ["suitcase"], "个"),
        "handbag": (["手提包", "女士包", "挎包"], ["女士手提包"], ["handbag"], "个"), "waist": (["腰包", "胸包", "斜挎包"], ["斜挎腰包"], ["waist bag"], "个"),
        "sack": (["编织袋", "蛇皮袋", "大编织袋"], ["编织袋"], ["woven sack"], "个"), "camera_bag": (["相机包"], ["摄影包"], ["camera bag"], "个"),
        "shopper": (["免税店的购物袋", "购物袋"], ["免税店手提购物袋"], ["duty-free shopping bag"], "个")}
BAG_BRANDS = {"backpack": ["tnf", "nike", "adidas", "decathlon", "camel"], "suitcase": ["samsonite", "diplomat", "samsonite"],
              "handbag": ["coach", "lv", "goldlion"], "waist": ["nike", "adidas", "tnf"], "camera_bag": ["canon", "nikon"]}
B_CONT = [("clothes", ["衣服", "几件衣服"], ["衣物若干"], ["clothes"]), ("matryoshka", ["套娃", "两个套娃"], ["俄罗斯套娃"], ["matryoshka dolls"]),
          ("chocolate", ["俄罗斯巧克力", "巧克力"], ["巧克力数盒"], ["Russian chocolate"]), ("vodka", ["伏特加", "两瓶伏特加"], ["伏特加酒"], ["vodka"]),
          ("laptop", ["笔记本电脑"], ["笔记本电脑一台"], ["a laptop"]), ("charger", ["充电器", "充电线"], ["充电器"], ["a charger"]),
          ("medicine", ["药", "降压药"], ["药品"], ["medicine"]), ("papers", ["报关单", "货单"], ["报关单据"], ["customs papers"]),
          ("milk", ["奶粉", "俄罗斯奶粉"], ["奶粉"], ["milk powder"]), ("sausage", ["红肠", "俄罗斯红肠"], ["红肠"], ["sausage"]),
          ("honey", ["蜂蜜"], ["蜂蜜罐"], ["honey"]), ("scarf", ["羊绒围巾"], ["羊绒围巾"], ["a cashmere scarf"]),
          ("tea", ["砖茶", "奶茶粉"], ["砖茶"], ["brick tea"]), ("cosmetics", ["化妆品", "面霜"], ["化妆品"], ["cosmetics"]),
          ("camera", ["相机"], ["相机一台"], ["a camera"]), ("umbrella", ["雨伞"], ["折叠伞"], ["an umbrella"])]
SIZES = [("20", ["20寸", "20寸登机箱"], ["20寸"], ["20-inch"]), ("24", ["24寸"], ["24寸"], ["24-inch"]), ("28", ["28寸大箱子"], ["28寸"], ["28-inch"])]

BAG_TAGS = [("ribbon", ["拉链上系着红丝带"], ["拉链系红丝带"], ["a red ribbon on the zip"]),
            ("doll", ["挂着一个小熊玩偶"], ["挂有小熊玩偶"], ["a teddy bear charm"]),
            ("patch", ["侧面缝了个补丁"], ["侧面有缝补痕迹"], ["a sewn patch"]),
            ("wheel", ["一个轮子坏了"], ["一只轮子破损"], ["one broken wheel"])]


def gen_bag(rng, owner, hint=None):
    noun = hint if hint in BAGS else rng.choice(["backpack", "backpack", "suitcase", "suitcase", "handbag", "waist", "sack", "camera_bag", "shopper"])
    own, fnd, en, cl = BAGS[noun]
    cols = ["white", "blue", "red"] if noun == "sack" else ["black", "black", "grey", "blue", "red", "pink", "brown", "green", "purple", "white"]
    f = {"color": color_fact(rng.choice(cols))}
    if noun in BAG_BRANDS and rng.random() < 0.65:
        f["brand"] = brand_fact(rng.choice(BAG_BRANDS[noun]), po=0.6, pf=0.7)
    if noun == "suitcase":
        f["size"] = slot(rng, SIZES, po=0.6, pf=0.6)
    f["contents"] = set_fact(sorted(B_CONT, key=lambda e: rng.random())[:rng.randint(1, 4)], po=0.8, pf=0.85)
    if noun in ("suitcase", "backpack", "sack") and rng.random() < 0.35:
        f["name"] = name_fact(owner, rng, po=0.6, pf=0.9, tmpl_fnd=["行李牌上写有{x}", "挂牌姓名{x}", "包上挂的名牌：{x}"])
    if rng.random() < 0.35:
        f["tag"] = slot(rng, BAG_TAGS if noun == "suitcase" else BAG_TAGS[:3], po=0.55, pf=0.8)
    return obj("bag", noun, ["包", "包包", "包"], ["包"], ["bag"], cl, f, spec=(own, fnd, en))


JEW = {"necklace": (["项链", "链子"], ["项链"], ["necklace"], "条"), "bracelet": (["手链"], ["手链"], ["bracelet"], "条"),
       "bangle": (["手镯", "镯子"], ["手镯"], ["bangle"], "只"), "ring": (["戒指"], ["戒指"], ["ring"], "枚"),
       "earrings": (["耳环", "耳坠"], ["耳环"], ["earrings"], "对"), "watch": (["手表", "表"], ["手表"], ["watch"], "块"),
       "pendant": (["吊坠", "挂坠"], ["吊坠"], ["pendant"], "个")}
MATS = {"gold": (["金的", "黄金", "足金"], ["黄色金属（疑似黄金）", "金色金属"], ["gold"], "gold"), "silver": (["银的", "纯银"], ["银色金属"], ["silver"], "grey"),
        "jade": (["玉的", "和田玉", "翡翠"], ["玉石质"], ["jade"], "green"), "amber": (["琥珀", "蜜蜡"], ["琥珀色（疑似琥珀）"], ["amber"], "yellow"),
        "pearl": (["珍珠"], ["珍珠"], ["pearl"], "white"), "steel": (["钢带的"], ["钢制表带"], ["steel"], "grey")}
SHAPES = [("horse", ["马的造型", "小马吊坠"], ["马形吊坠"], ["a horse"]), ("wolf", ["狼头"], ["狼头造型"], ["a wolf head"]),
          ("buddha", ["佛像", "观音"], ["佛像吊坠"], ["a Buddha"]), ("heart", ["心形"], ["心形"], ["a heart"]),
          ("cross", ["十字架"], ["十字架"], ["a cross"]), ("matryoshka", ["套娃造型"], ["套娃造型"], ["a matryoshka"])]
ENGR = ["平安", "L&M 2019", "Оля", "爱", "永恒 520", "Б.Д."]


def gen_jewelry(rng, owner, hint=None):
    noun = hint if hint in JEW else rng.choice(["necklace", "necklace", "bracelet", "bangle", "ring", "earrings", "watch", "pendant"])
    own, fnd, en, cl = JEW[noun]
    mat = "steel" if noun == "watch" else ("jade" if noun == "bangle" and rng.random() < 0.7 else
                                            rng.choice(["gold", "gold", "silver", "amber", "pearl", "jade"]))
    mo, mf, me, col = MATS[mat]
    f = {"material": fact(mat, mo, mf, me, po=0.85, pf=0.75, field="marks"), "color": color_fact(col, po=0.3, pf=0.6)}
    if noun == "watch":
        b = rng.choice(["casio", "tianwang"])
        f["brand"] = brand_fact(b, po=0.85, pf=0.8)
        f["model"] = model_fact(b, rng, po=0.3, pf=0.2)
        f["color"] = color_fact(rng.choice(["black", "grey", "gold"]), po=0.5, pf=0.7, tmpl_own=["{x}表盘"], tmpl_fnd=["{x}表盘"], in_noun=False)
    elif mat in ("gold", "silver") and rng.random() < 0.5:
        f["brand"] = brand_fact(rng.choice(["ctf", "lfx", "css"]), po=0.6, pf=0.35)
    if noun in ("necklace", "pendant", "bracelet") and rng.random() < 0.6:
        f["shape"] = slot(rng, SHAPES, po=0.7, pf=0.85)
    if noun in ("ring", "bangle", "watch", "pendant") and rng.random() < 0.4:
        e = rng.choice(ENGR)
        f["engraving"] = fact(e, ["刻着“%s”" % e, "内圈刻字%s" % e], ["内刻“%s”字样" % e], ["engraved '%s'" % e], po=0.7, pf=0.6, field="marks")
    f["story"] = story(rng.choice([["是结婚时买的"], ["奶奶留下的"], ["在免税店刚买的，有小票"], ["大概15克"], ["买的时候八千多"]]))
    return obj("jewelry", noun, ["首饰"] + own, own, en, cl, f, spec=(own, fnd, en))


ELEC = {"laptop": (["笔记本电脑", "笔记本", "电脑"], ["笔记本电脑"], ["laptop"], "台", ["lenovo", "lenovo", "dell", "huawei", "apple"]),
        "tablet": (["平板", "平板电脑", "iPad"], ["平板电脑"], ["tablet"], "台", ["apple", "huawei", "xiaomi"]),
        "earbuds": (["耳机", "蓝牙耳机"], ["无线蓝牙耳机"], ["earbuds"], "副", ["apple", "huawei", "xiaomi"]),
        "camera": (["相机", "单反"], ["数码相机"], ["camera"], "台", ["canon", "nikon", "sony"]),
        "drone": (["无人机", "航拍器"], ["无人机"], ["drone"], "台", ["dji"]),
        "powerbank": (["充电宝", "移动电源"], ["移动电源"], ["power bank"], "个", ["xiaomi", "romoss", "anker"]),
        "walkie": (["对讲机"], ["对讲机"], ["walkie-talkie"], "台", ["motorola", "hytera"]),
        "ereader": (["电子书", "阅读器"], ["电子阅读器"], ["e-reader"], "个", ["kindle"]),
        "smartwatch": (["智能手表", "运动手表"], ["智能手表"], ["smartwatch"], "块", ["huawei", "xiaomi", "apple"])}
ELEC_MODELS = {("laptop", "huawei"): ["MateBook 14X Pro", "MateBook D17 Lite"], ("laptop", "apple"): ["MacBook Air 13 (M5)", "MacBook Pro 14 S"],
               ("tablet", "apple"): ["iPad Air 7", "iPad mini 8"], ("tablet", "huawei"): ["MatePad 12 Lite", "MatePad SE 3"],
               ("tablet", "xiaomi"): ["小米平板 8S", "Pad 8 Mini"], ("earbuds", "apple"): ["AirPods 5 Lite", "AirPods Pro 4"],
               ("earbuds", "huawei"): ["FreeBuds 8i", "FreeClip 3"], ("earbuds", "xiaomi"): ["Buds 7 Lite", "Buds 6 Pro S"],
               ("smartwatch", "huawei"): ["Watch GT 8 Mini", "Watch Fit 5"], ("smartwatch", "xiaomi"): ["Watch S6 Lite", "手环 10 Pro"],
               ("smartwatch", "apple"): ["Watch SE 4", "Watch S11"], ("powerbank", "xiaomi"): ["20000mAh 快充版", "10000mAh 超薄版"]}
STICKERS = [("company", ["贴着公司资产标签"], ["贴有单位资产标签"], ["company asset label"]), ("anime", ["贴了动漫贴纸"], ["贴有动漫贴纸"], ["anime stickers"]),
            ("flag", ["贴着俄罗斯国旗贴纸"], ["贴有俄罗斯国旗贴纸"], ["a Russian flag sticker"]), ("none_st", ["没贴东西"], ["无贴纸"], ["no stickers"])]
SLEEVES = [("felt", ["装在灰色毛毡内胆包里"], ["外有灰色毛毡内胆包"], ["in a grey felt sleeve"]), ("hard", ["有个硬壳收纳盒"], ["装于硬壳收纳盒"], ["in a hard case"]),
           ("none_sl", ["没有包"], ["无外包装"], ["no sleeve"])]


def gen_electronics(rng, owner, hint=None):
    noun = hint if hint in ELEC else rng.choice(["laptop", "laptop", "tablet", "earbuds", "earbuds", "camera", "drone", "powerbank", "walkie", "ereader", "smartwatch"])
    own, fnd, en, cl, brands = ELEC[noun]
    b = rng.choice(brands)
    f = {"color": color_fact(rng.choice(["black", "grey", "white", "blue", "gold"]) if noun != "walkie" else "black", po=0.6, pf=0.85),
         "brand": brand_fact(b, po=0.85, pf=0.8), "model": model_fact(b, rng, po=0.4, pf=0.3, choices=ELEC_MODELS.get((noun, b))),
         "serial": serial_fact("sn", sn(rng, rng.choice([8, 10, 12])), po=0.2, pf=0.3)}
    if noun in ("laptop", "tablet", "camera", "walkie", "powerbank"):
        f["sticker"] = slot(rng, STICKERS, po=0.45, pf=0.75)
    if noun in ("laptop", "tablet", "camera", "drone"):
        f["sleeve"] = slot(rng, SLEEVES, po=0.4, pf=0.7)
    if noun == "walkie" or (noun == "laptop" and rng.random() < 0.3):
        f["asset"] = serial_fact("asset", "BS-" + digits(rng, 4), po=0.6, pf=0.8, field="marks")
    alt = "jewelry" if noun == "smartwatch" else None
    return obj("electronics", noun, own, fnd, en, cl, f, spec=(own, fnd, en), alt_cat=alt)


OTHER = {"thermos": (["保温杯", "水杯"], ["保温杯"], ["thermos flask"], "个", ["thermos", "zojirushi", "fuguang"]),
         "umbrella": (["雨伞", "伞"], ["雨伞"], ["umbrella"], "把", ["tiantang"]),
         "glasses": (["眼镜", "墨镜"], ["眼镜"], ["glasses"], "副", ["rayban"]),
         "morin_khuur": (["马头琴"], ["马头琴（带琴盒）"], ["morin khuur (horsehead fiddle)"], "把", []),
         "ushanka": (["毛帽子", "俄罗斯毛帽", "护耳帽"], ["毛皮护耳帽"], ["fur hat"], "顶", []),
         "helmet": (["安全帽"], ["安全帽"], ["safety helmet"], "顶", ["msa"]),
         "binoculars": (["望远镜"], ["双筒望远镜"], ["binoculars"], "个", []),
         "toy": (["玩具", "毛绒玩具"], ["儿童毛绒玩具"], ["stuffed toy"], "个", ["lego"]),
         "deel": (["蒙古袍", "袍子"], ["蒙古袍"], ["Mongolian robe"], "件", []),
         "docs": (["文件袋", "资料袋"], ["文件袋"], ["document folder"], "个", [])}
O_MARKS = [("name_tape", ["上面贴着名字贴"], ["贴有姓名贴"], ["a name label"]), ("scratch", ["有划痕", "磕掉一块漆"], ["表面有磕碰掉漆"], ["scratched"]),
           ("ribbon", ["系着蓝丝带"], ["系有蓝色丝带"], ["a blue ribbon tied on"]), ("number", ["写着编号07"], ["写有编号07"], ["number 07 written on it"]),
           ("embroidery", ["绣着花纹"], ["绣有云纹"], ["embroidered"]), ("logo", ["印着北山风电"], ["印有“北山风电”字样"], ["printed 'Beishan Wind'"])]
DOC_CONT = [("customs", ["报关单", "报关资料"], ["报关单据"], ["customs declarations"]), ("contract", ["合同", "购销合同"], ["合同文本"], ["a contract"]),
            ("invoice", ["发票"], ["发票若干"], ["invoices"]), ("xray", ["片子", "CT片"], ["医院影像胶片"], ["X-ray films"]),
            ("diploma", ["毕业证复印件"], ["毕业证复印件"], ["diploma copies"])]


def gen_other(rng, owner, hint=None):
    noun = hint if hint in OTHER else rng.choice(sorted(OTHER))
    own, fnd, en, cl, brands = OTHER[noun]
    f = {"color": color_fact(rng.choice(["black", "red", "blue", "white", "brown", "green", "grey", "yellow", "pink"]), po=0.7, pf=0.85)}
    if brands and rng.random() < 0.6:
        f["brand"] = brand_fact(rng.choice(brands), po=0.6, pf=0.6)
    if rng.random() < 0.7:
        f["mark"] = slot(rng, O_MARKS, po=0.55, pf=0.75)
    alt = None
    if noun == "docs":
        f["contents"] = set_fact(sorted(DOC_CONT, key=lambda e: rng.random())[:rng.randint(1, 3)], po=0.8, pf=0.85)
        if rng.random() < 0.6:
            f["name"] = name_fact(owner, rng, po=0.6, pf=0.8, tmpl_fnd=["文件上署名{x}", "资料中姓名为{x}"])
        alt = "bag"
    return obj("other", noun, own, fnd, en, cl, f, spec=(own, fnd, en), alt_cat=alt)
