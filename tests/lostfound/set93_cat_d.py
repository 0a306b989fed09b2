"""Set 93 truth records: jewellery, electronics and other things."""
from set93_obj import slot, tslot, cslot, bslot, sslot, clause, obj, wpick, nobrand
from set93_vocab import eqopts
from set93_nums import make_sn, sn_forms

JW_SUB = {"bangle": ("金手镯|金镯子|足金手镯", "金色手镯一只|黄金手镯一只", "gold bangle", "gold", ["ctf", "lfx", "css"]),
          "chain": ("金项链|金链子", "金色项链一条", "gold necklace", "gold", ["ctf", "lfx", "css"]),
          "jade": ("玉镯|翡翠镯子|玉手镯", "玉镯一只|绿色玉手镯", "jade bangle", "green", [None]),
          "ring": ("戒指|婚戒|结婚戒指", "戒指一枚", "ring|wedding ring", "gold", ["ctf", "css", None]),
          "anklet": ("银脚镯|小孩的银脚链|宝宝银脚镯", "儿童银脚镯一只|银色小脚镯", "baby's silver anklet", "silver", ["lfx", None]),
          "beads": ("手串|佛珠|佛珠手串", "木质手串一串|佛珠一串", "prayer beads", "brown", [None]),
          "charm": ("潘多拉手链|串珠手链", "银色串珠手链一条", "Pandora bracelet|charm bracelet", "silver", ["pandora"])}
JW_MAT = {"bangle": [("999", "足金999的", "内侧印“足金999”", "gold"), ("5g", "5G硬金的", "内印“5G黄金”", "gold")],
          "chain": [("999", "足金的", "扣头印“足金”", "gold"), ("18k", "18K金的", "扣头印“Au750”", "gold"),
                    ("18kw", "18K白金的", "扣头印“Au750”，白色金属", "silver")],
          "jade": [("fei", "翡翠的，带点飘花", "带飘花的翠绿玉镯", "green"), ("hetian", "白玉的，和田玉", "白色玉质", "white")],
          "ring": [("pt", "铂金的", "内圈印“Pt950”", "silver"), ("18k", "18K玫瑰金", "内圈印“Au750”", "rosegold"),
                   ("999", "足金的", "内圈印“足金”", "gold")],
          "anklet": [("s999", "足银的", "印“S999”", "silver"), ("s925", "925银的", "印“S925”", "silver")],
          "beads": [("zitan", "小叶紫檀的，108颗", "深红棕色木珠，数了108颗", "brown"),
                    ("bodhi", "星月菩提的", "白色带黑点的菩提子", "white"), ("yabai", "崖柏的，有香味", "有木香的木珠", "brown")],
          "charm": [("s925", "925银链子", "链子印“S925”", "silver")]}
JW_ENG = [("lxwy", "内圈刻着“LX&WY 2019”", "内侧刻字“LX&WY 2019”"), ("pingan", "刻了“平安”两个字", "刻有“平安”二字"),
          ("duoduo", "刻着宝宝名字“朵朵”", "刻有“朵朵”字样"), ("anan", "刻着“安安”", "刻有“安安”字样"),
          ("none", "没有刻字", "无刻字"), ("none", "上面没刻字", "未见刻字")]
JW_CORD = [("red", "用红绳串的", "红色绳串", ""), ("elastic", "黑色弹力绳串的", "黑色弹力绳", ""),
           ("metal", "带金属扣的", "带金属扣头", "")]
JW_WRAP = [("gold", "断过一次，包了金", "有包金修补", ""), ("plain", "完整的，没包过", "完整无包边", ""),
           ("silver", "包了一圈银边", "包银边", "")]
DECO_FOR = {"fu": "bangle chain", "guan": "chain beads", "dragon": "beads charm anklet", "bell": "anklet charm",
            "redbead": "beads charm"}
JW_DECO = [("fu", "有个镂空的福字", "镂空福字图案"), ("guan", "挂了个玉观音吊坠", "坠有玉观音吊坠"),
           ("dragon", "有一颗龙舟造型的串珠", "含龙舟造型串珠一颗"), ("bell", "带两个小铃铛", "带两个小铃铛"),
           ("redbead", "中间穿了一颗红色隔珠", "中间有红色隔珠")]


def jewelry(rng, ctx):
    en = ctx["en"]
    sub = wpick(rng, [("bangle", 3), ("chain", 3), ("jade", 2), ("ring", 3), ("anklet", 2), ("beads", 3 if ctx["voice"] == "pilgrim" else 1),
                      ("charm", 1)])
    no, nf, ne, fam, brands = JW_SUB[sub]
    b = rng.choice(brands)
    mat = rng.choice(JW_MAT[sub])
    fam = mat[3]
    nob = nobrand(en, ("未见品牌标识", "无品牌印记"))
    sl = [("color", cslot(fam, en)), ("brand", bslot(b, en, [x for x in brands if x] or [b]) if b else nob),
          ("mat", dict(tslot(rng, [mat[:3] + ("",)], en), remake=None)),
          ("eng", tslot(rng, [(a, o, f, "") for a, o, f in JW_ENG], en) if sub not in ("jade", "beads") else None),
          ("cord", tslot(rng, JW_CORD, en) if sub == "beads" else None),
          ("wrap", tslot(rng, JW_WRAP, en) if sub == "jade" else None),
          ("deco", tslot(rng, [(a, o, f, "") for a, o, f in JW_DECO if sub in DECO_FOR[a]], en, excl=False)
           if rng.random() < 0.5 and sub not in ("ring", "jade") else None)]
    if sub in ("bangle", "chain", "ring", "anklet"):
        g = rng.choice([3.2, 5.6, 8.1, 12.4, 18.8, 25.3, 31.6])
        sl.append(("weight", slot("clause", [("大概%d克" % round(g), ("rng", g - 2, g + 2))],
                                  [("称重%.1f克" % g, ("rng", g, g))], g, "marks", soft=True)))
    sl.append(("hid", clause("hid", [rng.choice(["是结婚时婆婆给的", "发票还在家里", "戴了十几年了", "去庙里开过光的"])] if not en else [],
                             [], soft=True)))
    return obj("jewelry", sub, ne if en else no, nf, sl, en)


EL = {"buds": ("蓝牙耳机|无线耳机|耳机", "蓝牙耳机一副（含充电盒）|无线耳机", "earbuds|wireless earbuds",
               [("apple", "AirPods Pro 5|airpods pro5"), ("huawei", "FreeBuds 9|freebuds9"), ("xiaomi", "Buds 7|小米耳机7"), ("sony", "WF-2000XM8")]),
      "camera": ("相机|微单相机|照相机", "数码相机一台|微单相机一台", "camera|mirrorless camera",
                 [("canon", "EOS R66|R66"), ("sony", "A7M6|α7 VI")]),
      "action": ("运动相机|口袋相机|小相机", "手持云台相机一台|运动相机一台", "pocket camera", [("dji", "Osmo Pocket 5|口袋5")]),
      "tablet": ("平板|平板电脑", "平板电脑一台", "tablet", [("apple", "iPad Air 9|ipad air9"), ("huawei", "MatePad 14|matepad14"),
                                                                  ("xiaomi", "小米平板9|Pad 9")]),
      "laptop": ("笔记本电脑|电脑|笔记本", "笔记本电脑一台", "laptop", [("lenovo", "ThinkPad X1 Gen15|X1"), ("apple", "MacBook Air 17|macbook air"),
                                                                   ("huawei", "MateBook 16|matebook")]),
      "watch": ("智能手表|手表|运动手环", "智能手表一块|手环一个", "smartwatch", [("apple", "Apple Watch S13|watch s13"), ("huawei", "Watch GT 8|GT8"),
                                                                          ("xiaomi", "小米手环11|手环11")]),
      "power": ("充电宝|移动电源", "充电宝一个|移动电源一个", "power bank", [("anker", "PowerCore 20K|20000毫安"), ("romoss", "Sense 9|sense9"),
                                                                        ("xiaomi", "小米充电宝3代|20000mAh")]),
      "shared": ("共享充电宝|租的充电宝", "共享充电宝一个", "rented power bank", [("guaishou", ""), ("jiedian", "")]),
      "reader": ("电子书|Kindle阅读器", "电子阅读器一台", "Kindle|e-reader", [("kindle", "Paperwhite 7|PW7")])}
EL_MARK = [("engr", "充电盒上刻着“Mia 2026”", "充电盒刻字“Mia 2026”", "case engraved 'Mia 2026'"),
           ("pinkskin", "套着粉色硅胶保护套", "套粉色硅胶套", "pink silicone cover"),
           ("stickers", "贴满了贴纸", "表面贴满贴纸", "covered in stickers"),
           ("strap", "挂着红色相机背带", "配红色背带", "red camera strap"),
           ("clearskin", "套了透明保护壳", "透明保护壳", "clear protective shell"),
           ("name", "背面贴了一张写着学号的标签", "背面贴学号标签", "a label with my student number"),
           ("dent", "边上有一个磕痕", "边角有磕碰痕迹", "a dent on one edge"),
           ("keyring", "挂着一个小龙舟挂件", "挂龙舟小挂件", "a little dragon boat charm")]
EL_HID = ["里面存着所有的毕业照，没备份", "SD卡里全是龙舟赛的照片", "有开机密码", "刚买了一个月", "登录着我的账号"]
EL_HID_EN = ["all my trip photos are on it", "it has a passcode", "bought it last month"]


def electronics(rng, ctx):
    en, v = ctx["en"], ctx["voice"]
    w = [("buds", 5), ("camera", 2 if v in ("tourist_en", "tourist", "spectator") else 1), ("action", 1), ("tablet", 2),
         ("laptop", 2 if v in ("graduate", "traveler") else 1), ("watch", 3 if v == "rower" else 2), ("power", 3),
         ("shared", 1 if not en else 0), ("reader", 1)]
    sub = wpick(rng, w)
    no, nf, ne, bm = EL[sub]
    b, mods = rng.choice(bm)
    fam = rng.choice("black white white silver grey blue pink green".split())
    sl = [("color", cslot(fam, en)), ("brand", bslot(b, en, [x for x, _ in bm] if len(bm) > 1 else [b]))]
    if mods:
        ms = mods.split("|")
        sl.append(("model", slot("model", eqopts(b + ms[0], [m for m in ms if m.isascii()] or ms) if en else eqopts(b + ms[0], ms),
                                 eqopts(b + ms[0], ms[:1]), b + ms[0], "model")))
    if sub == "shared":
        code = "%s%08d" % (rng.choice(["GS", "JD"]), rng.randrange(10 ** 8))
        sl.append(("code", sslot(code, [code, code[-6:]], [code], ["编号", "设备号"], ["机身编号"])))
    else:
        sn = make_sn(rng, rng.choice(["H", "C", "F", "S", "G"]), rng.choice([9, 10, 11]))

        def rem(r, pre=sn[0], n=len(sn) - 1):
            s2 = make_sn(r, pre, n)
            return sslot(s2, sn_forms(s2, False), sn_forms(s2, True), ["SN"], ["SN"], rem)
        sl.append(("sn", sslot(sn, sn_forms(sn, False), sn_forms(sn, True), ["SN", "序列号", "SN码"], ["SN", "序列号", "机身序列号"], rem)))
        marks = [m for m in EL_MARK if sub == "camera" or m[0] != "strap"]
        if sub != "buds":
            marks = [m for m in marks if m[0] != "engr"]
        sl.append(("mark", tslot(rng, marks, en, excl=False) if rng.random() < 0.75 else None))
    sl.append(("hid", clause("hid", [rng.choice(EL_HID_EN if en else EL_HID)], [], soft=True)))
    if sub == "power" and rng.random() < 0.5:
        sl.append(("cable", clause("cable", ["上面还插着一根白色数据线"], ["连有白色数据线"], soft=True)))
    return obj("electronics", sub, ne if en else no, nf, sl, en, alt="other" if sub in ("power", "shared") else None)


OT = {"umb": ("长柄伞|长柄雨伞|直柄雨伞", "长柄雨伞一把|长柄伞一把", "long umbrella|stick umbrella", ["paradise", "bananain", "muji", None],
              "black navy red pink beige green blue transparent"),
      "fold": ("折叠伞|折叠雨伞|三折伞", "折叠伞一把|折叠雨伞一把", "folding umbrella", ["paradise", "bananain", None], "black navy pink blue beige"),
      "gown": ("学位服|毕业礼服", "学位服一套|学士服", "graduation gown", [None], "black"),
      "paddle": ("龙舟桨|划桨|船桨", "木质船桨一支|龙舟桨一支", "paddle", [None], "red yellow brown"),
      "glasses": ("眼镜|近视眼镜", "眼镜一副|近视眼镜一副", "glasses", ["bolon", "rayban", None], "black brown gold silver"),
      "thermos": ("保温杯|水杯|保温壶", "保温杯一个", "thermos|water bottle", ["thermos", "zojirushi", None], "white pink black blue green silver"),
      "toy": ("玩具|毛绒玩具|娃娃", "儿童毛绒玩具一个", "stuffed toy", [None], "green yellow pink blue"),
      "film": ("片子|CT片|拍的片子", "医院影像片袋一个", "x-ray films", [None], "white"),
      "cane": ("拐杖|拐棍|手杖", "老人拐杖一根", "walking stick", [None], "black brown silver"),
      "hat": ("草帽|帽子|遮阳帽", "遮阳帽一顶|草帽", "sun hat|straw hat", [None], "beige yellow white")}
PATTERN = [("dragon", "伞面是龙舟图案", "伞面印龙舟图案", "dragon boat print"), ("check", "格子图案的", "格子花纹伞面", "checked pattern"),
           ("flower", "小碎花的", "碎花图案", "small floral pattern"), ("ad", "伞上印着湖心汇广告", "伞面印湖心汇字样", "a mall logo on it"),
           ("plain", "纯色的，没有图案", "纯色无图案", "plain, no pattern")]
UMB_WEAR = [("woodhook", "木头弯把手", "木质弯柄", "wooden crook handle"), ("broken", "有一根伞骨断了", "一根伞骨折断", "one broken rib"),
            ("sleeve", "还带着伞套", "带伞套", "still in its sleeve")]
NICK = ["小宇", "朵朵", "乐乐", "阿杰", "糖糖", "一一", "豆豆", "婷婷", "可可", "安安"]


def other_slots(rng, sub):
    """(slot, exclusive, rows) for each kind of thing; rows are (canon, owner, finder, english)."""
    if sub in ("umb", "fold"):
        return [("pattern", True, PATTERN), ("wear", False, UMB_WEAR)]
    if sub == "gown":
        c, z = "B-%04d" % rng.randrange(1, 2000), rng.choice([165, 170, 175, 180, 185])
        hood = rng.choice([("pink", "垂布是粉色的（文科）", "粉色垂布"), ("grey", "灰色垂布", "灰色垂布"), ("yel", "黄色垂布，工科的", "黄色垂布")])
        return [("hood", True, [hood + ("",)]), ("rent", True, [(c, "领口有租赁编号%s" % c, "领口标签编号%s" % c, "")]),
                ("size", True, [("%d" % z, "尺码%d的" % z, "领标尺码%d" % z, "")])]
    if sub == "paddle":
        n = rng.randint(1, 22)
        return [("team", True, [("hb%d" % n, "桨上写着“湖滨街道”和编号%d" % n, "桨面写“湖滨街道%d”" % n, ""),
                                ("lhu%d" % n, "桨上印着澜大龙舟队，编号%d" % n, "桨面印“澜湖大学龙舟队%d”" % n, ""),
                                ("qld%d" % n, "桨柄缠着红布，写着青螺岛%d号" % n, "桨柄缠红布，写“青螺岛%d”" % n, "")])]
    if sub == "glasses":
        return [("gcase", True, [("blue", "装在蓝色眼镜盒里", "带蓝色眼镜盒", "in a blue case"), ("none", "没有盒子", "无镜盒", "no case"),
                                 ("brown", "装在棕色皮眼镜盒里", "带棕色皮质眼镜盒", "in a brown leather case")]),
                ("wear", False, [("chain", "挂着防滑眼镜链", "系眼镜链", "has a glasses chain"),
                                 ("scratch", "左边镜片有划痕", "左镜片有划痕", "left lens scratched")])]
    if sub == "thermos":
        n = rng.choice(NICK)
        return [("label", True, [(n, "杯身贴着名字贴“%s”" % n, "杯身贴名字贴“%s”" % n, ""), ("none", "没贴名字", "无名字贴", "")]),
                ("wear", False, [("dent", "底部瘪了一块", "杯底凹陷", "dent on the bottom"), ("tea", "里面泡着枸杞菊花茶", "杯内有枸杞菊花茶", ""),
                                 ("sticker", "贴着一张龙舟赛贴纸", "贴龙舟赛贴纸", "a race sticker")])]
    if sub == "toy":
        return [("kind", True, [("zz", "一个粽子宝宝玩偶", "粽子造型玩偶", ""), ("dragon", "一条小龙", "小龙玩偶", ""),
                                ("ultra", "奥特曼的", "奥特曼玩偶", ""), ("bunny", "长耳朵兔子", "长耳兔玩偶", "")])]
    if sub == "film":
        from set93_world import person
        p = person(rng)[0]
        k = rng.choice([("CT", "胸部CT"), ("X光", "膝盖的X光片"), ("核磁", "腰椎核磁共振")])
        return [("patient", True, [(p, "病人名字%s" % p, "患者姓名%s" % p, "")]), ("scan", True, [(k[0], "是" + k[1], k[0] + "片", "")])]
    if sub == "cane":
        return [("kind", True, [("four", "四个脚的拐杖", "四脚拐杖", ""), ("wood", "木头的，龙头把手", "木质龙头拐杖", ""),
                                ("fold", "可以折叠的铝拐杖", "铝合金折叠拐杖", "")])]
    return [("deco", False, [("ribbon", "帽子上系着蓝丝带", "帽檐系蓝丝带", "blue ribbon"), ("flower", "帽檐上有朵花", "帽檐带花饰", "a flower on the brim"),
                             ("emb", "绣着“澜湖”两个字", "帽子绣“澜湖”字样", "")])]


def other(rng, ctx):
    en, v = ctx["en"], ctx["voice"]
    w = [("umb", 4), ("fold", 4), ("gown", 4 if v == "graduate" else 0), ("paddle", 4 if v == "rower" else 0),
         ("glasses", 2), ("thermos", 2), ("toy", 2 if v in ("spectator", "parent", "tourist") else 0),
         ("film", 4 if v == "hospital" else 0), ("cane", 3 if v == "pilgrim" else 0), ("hat", 1)]
    if en:
        w = [x for x in w if x[0] in ("umb", "fold", "glasses", "hat", "thermos")]
    sub = wpick(rng, w)
    no, nf, ne, brands, fams = OT[sub]
    b = rng.choice(brands)
    nob = nobrand(en) if sub in ("umb", "fold", "glasses", "thermos") else None
    sl = [("color", cslot(rng.choice(fams.split()), en)), ("brand", bslot(b, en, [x for x in brands if x]) if b else nob)]
    for name, excl, rows in other_slots(rng, sub):
        if excl or rng.random() < 0.6:
            sl.append((name, tslot(rng, rows, en, excl=excl)))
    return obj("other", sub, ne if en else no, nf, sl, en)
