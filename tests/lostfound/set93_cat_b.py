"""Set 93 truth records: wallets, cash and keys."""
from set93_obj import tslot, cslot, bslot, clause, amount, obj, wpick, cn_amount, nobrand
from set93_nums import BANKS, card_tail, card_forms

WAL_B = [("goldlion", 3), ("septwolves", 3), ("coach", 3), ("muji", 2), ("cardin", 2), ("ck", 2), (None, 6)]
WAL_POOL = [b for b, _ in WAL_B if b]
WAL_SUB = {"long": ("长款钱包|长钱包|长款皮夹", "长款钱包|长款钱包一个", "long wallet|long zip wallet"),
           "short": ("短款钱包|对折小钱包|短钱包", "短款钱包|对折短款钱包一个", "bifold wallet|small bifold wallet"),
           "card": ("卡包|小卡包|卡夹", "卡包|卡包一个", "card holder|card wallet"),
           "coin": ("零钱包|小零钱袋|拉链零钱包", "零钱包|零钱包一个", "coin purse|small zip purse")}
MATS = [("cow", "真皮的|牛皮的", "皮质|牛皮材质", "genuine leather"),
        ("pu", "人造革的|PU皮的", "PU皮材质", "faux leather"),
        ("canvas", "帆布的", "帆布材质", "canvas"), ("nylon", "尼龙的", "尼龙材质", "nylon"),
        ("croc", "鳄鱼纹压花的", "鳄鱼纹皮面", "croc-embossed leather")]
WMARKS = [("zzcharm", "拉链头挂了个小粽子挂件", "拉链头有粽子小挂件", "a tiny zongzi charm on the zip"),
          ("worn", "边角都磨白了", "边角磨损发白", "corners worn white"),
          ("initials", "上面烫了字母LXY", "表面烫金字母LXY", "initials LXY stamped on it"),
          ("snap", "按扣坏了扣不上", "按扣损坏", "the snap is broken"),
          ("stitch", "侧面开线了", "侧边开线", "stitching coming loose on the side"),
          ("pen", "正面有一道圆珠笔印", "正面有蓝色笔迹", "a pen mark on the front")]
WMISC = [("ferry", "还有一张轮渡月票", "另有轮渡月票一张", "a ferry pass"),
         ("photo", "夹着一张孩子的百天照", "夹有婴儿照片一张", "a baby photo"),
         ("receipt", "有几张超市小票", "若干购物小票", "some receipts"),
         ("ticket", "有两张龙舟赛门票", "内有龙舟赛门票两张", "two race tickets"),
         ("vip", "湖心汇的会员卡", "湖心汇会员卡一张", "a Huxinhui mall card"),
         ("fu", "夹了一张水府宫求来的平安符", "内夹黄色平安符一张", "a temple charm paper")]


def idin_slot(name, en):
    def rem(r):
        from set93_world import person
        return idin_slot(person(r)[0], False)
    if name is None:
        return clause("noid", ["证件都没放在里面", "里面没有证件"] if not en else ["no ID inside"], ["内无任何证件", "未见证件"],
                      remake=rem)
    return clause(name, ["里面有我的身份证（%s）" % name, "身份证在里面，名字%s" % name],
                  ["内有身份证一张，姓名%s" % name, "夹层有%s的身份证" % name], remake=rem)


def bank_slot(rng):
    bk = rng.choice(BANKS)
    t = card_tail(rng)
    bn = bk[1].split("|")
    return clause(bk[0] + t, ["还有%s卡，%s" % (bn[0], x) for x in card_forms(bk[2], t, False)[:2]],
                  ["%s卡一张（%s）" % (bn[1], x) for x in card_forms(bk[2], t, True)[:2]],
                  field="serial", soft=True, remake=bank_slot)


def cash_amount(rng, total, en):
    if en:
        o = ["about %d yuan in cash" % (round(total, -2) or total), "%d yuan cash" % total]
        return amount(total, o, _fnd_amt(total), (int(total * 0.8), int(total * 1.2) + 50))
    r = rng.random()
    if r < 0.35:
        return amount(total, ["现金%d元" % total, "里面%d块钱" % total], _fnd_amt(total), (total, total))
    rt = max(100, int(round(total, -2)))
    return amount(total, ["现金大概%s" % cn_amount(rt), "%d块左右的现金" % rt, "几百块现金" if total < 1000 else "一千多现金"],
                  _fnd_amt(total), (int(total * 0.7), int(total * 1.3) + 100))


def _fnd_amt(total):
    return ["现金%d元" % total, "内有现金人民币%d元" % total, "清点现金共%d元" % total]


def wallet(rng, ctx):
    en, name = ctx["en"], ctx["owner"]
    sub = wpick(rng, [("long", 4), ("short", 4), ("card", 2), ("coin", 1)])
    b = wpick(rng, WAL_B)
    fam = rng.choice("black black brown brown red pink navy beige grey winered".split())
    sl = [("color", cslot(fam, en)), ("brand", bslot(b, en, WAL_POOL) if b else nobrand(en)),
          ("mat", tslot(rng, MATS, en)), ("mark", tslot(rng, WMARKS, en, excl=False) if rng.random() < 0.55 else None)]
    sl.append(("idin", idin_slot(name if sub != "coin" and not en and rng.random() < 0.7 else None, en)))
    if sub != "coin" and rng.random() < 0.6:
        sl.append(("bank", bank_slot(rng)))
    total = rng.choice([35, 80, 126, 200, 300, 480, 650, 1000, 1260, 2300]) + rng.choice([0, 0, 5, 12, 50])
    sl.append(("cash", cash_amount(rng, total, en)))
    if rng.random() < 0.5:
        sl.append(("misc", tslot(rng, WMISC, en, soft=True)))
    no, nf, ne = WAL_SUB[sub]
    return obj("wallet", sub, ne if en else no, nf, sl, en)


ENV = {"redenv": ("红包|一个红包，里面是现金", "红包一个（内有现金）|装在红包里的现金", "red envelope with cash", "red"),
       "bankenv": ("银行信封装的现金|一个银行信封的钱", "银行信封装现金|现金一信封", "bank envelope of cash", "white"),
       "kraft": ("牛皮纸信封装的钱|牛皮纸信封的现金", "牛皮纸信封（内有现金）", "brown paper envelope of cash", "brown"),
       "roll": ("一卷现金，用皮筋扎着|一卷钱", "用橡皮筋捆扎的现金一卷", "roll of cash with a rubber band", None),
       "plastic": ("塑料袋装着的零钱|一袋零钱", "塑料袋内装现金（多为零钞）", "plastic bag of small notes", None)}
WRIT = {"redenv": [("jbtm", "红包上写着“金榜题名”", "红包正面印“金榜题名”"), ("dwak", "红包印着“端午安康”", "红包正面印“端午安康”"),
                   ("waipo", "红包上手写了“给外婆”", "红包手写“给外婆”"), ("zyjd", "红包上写着“状元及第”", "红包印“状元及第”"),
                   ("plainred", "红包上什么字都没有", "红包无字")],
        "bankenv": [("b_" + b[0], "信封上印着%s" % b[1].split("|")[0], "信封印有%s字样" % b[1].split("|")[0]) for b in BANKS[:4]],
        "kraft": [("rent", "信封上写着“6月房租”", "信封上手写“6月房租”"), ("team", "信封上写着“龙舟队伙食费”", "信封写有“龙舟队伙食费”"),
                  ("blank", "信封上没写东西", "信封无字")],
        "roll": [("redband", "用红色皮筋扎的", "红色橡皮筋"), ("yelband", "用黄色皮筋扎的", "黄色橡皮筋"),
                 ("clip", "用一个铁夹子夹着", "用长尾夹夹住")],
        "plastic": [("super", "装在超市的白塑料袋里", "白色超市塑料袋"), ("blackbag", "装在黑色塑料袋里", "黑色塑料袋"),
                    ("ziplock", "装在自封袋里", "透明自封袋")]}


def cash(rng, ctx):
    en = ctx["en"]
    v = ctx["voice"]
    sub = wpick(rng, [("redenv", 5 if v in ("graduate", "parent", "pilgrim") else 2), ("bankenv", 2), ("kraft", 2),
                      ("roll", 2), ("plastic", 3 if v == "stall" else 1)])
    total = rng.choice([200, 500, 600, 800, 1000, 1200, 2000, 2600, 3000, 880, 666, 1888])
    if sub == "plastic":
        total = rng.choice([317, 452, 586, 741, 893])
    wr = tslot(rng, [(c, o, f, "") for c, o, f in WRIT[sub]], en)
    denom = ("全是一百的", "都是百元") if total % 100 == 0 else ("有一百的也有零钱", "有百元也有零钞")
    sl = [("writing", wr), ("cash", cash_amount(rng, total, en)),
          ("denom", clause("d%d" % (total % 100 == 0), [denom[0]], [denom[1]], soft=True))]
    if ENV[sub][3]:
        sl.insert(0, ("color", cslot(ENV[sub][3], en)))
    no, nf, ne = ENV[sub][:3]
    return obj("cash", sub, ne if en else no, nf, sl, en)


CHARMS = [("zongzi", "挂着一个毛绒小粽子", "钥匙扣为毛绒粽子挂件", "a plush zongzi charm"),
          ("boat", "有个金属小龙舟挂件", "挂金属龙舟小挂件", "a metal dragon-boat charm"),
          ("bear", "挂了个棕色小熊", "挂棕色小熊公仔", "a brown teddy charm"),
          ("jade", "挂着一个平安扣", "挂白色平安扣", "a jade ring charm"),
          ("gourd", "有个小葫芦", "挂木质小葫芦", "a small wooden gourd"),
          ("coin", "红绳穿了两个铜钱", "红绳系铜钱两枚", "red string with two old coins"),
          ("pika", "皮卡丘的钥匙扣", "皮卡丘公仔钥匙扣", "a Pikachu keychain"),
          ("opener", "带一个开瓶器", "钥匙圈上有开瓶器", "a bottle opener"),
          ("lhu", "澜大校徽的钥匙扣", "澜湖大学校徽钥匙扣", "a Lanhu University keychain"),
          ("none", "光钥匙，没挂东西", "无挂件", "no keychain"), ("none", "没挂饰", "无钥匙扣挂饰", "no charm")]
ACCESS = [("hf_blue", "一张蓝色门禁卡（荷风苑的）", "蓝色门禁卡一张，印荷风苑"), ("hg_white", "一个白色门禁扣（湖光里）", "白色水滴门禁扣"),
          ("jg_red", "红色的门禁卡，金桂花园的", "红色门禁卡，印金桂花园"), ("hf_drop", "一个黄色水滴门禁", "黄色水滴形门禁扣"),
          ("dorm_card", "桂园宿舍的门禁卡", "澜大桂园门禁卡"), ("none", "没有门禁卡", "无门禁卡"), ("none", "没带门禁", "未见门禁卡")]
TAGS = [("t3502", "钥匙上贴着“3-502”", "钥匙贴有“3-502”标签"), ("t1201", "有个标签写着1单元201", "有手写标签“1-201”"),
        ("tshop", "有一把是店铺卷闸门钥匙，缠了黑胶布", "其中一把缠黑色胶布"), ("tbox", "有一把小的是信报箱钥匙", "含小号信报箱钥匙一把")]
CAR_B = ["vw", "byd", "toyota", "honda", "geely", "tesla"]
EBK_B = ["yadea", "aima", "tailg", "niu", "luyuan"]


def keys(rng, ctx):
    en = ctx["en"]
    v = ctx["voice"]
    sub = wpick(rng, [("bundle", 6), ("car", 2), ("ebike", 3 if v == "rider" else 1), ("keycase", 1)])
    n = rng.randint(2, 6)
    cnt = clause("n%d" % n, ["一共%d把钥匙" % n, "%d把钥匙" % n], ["钥匙%d把" % n, "共%d把" % n], soft=True)
    sl = [("charm", tslot(rng, CHARMS, en))]
    if sub in ("bundle", "keycase"):
        sl += [("count", cnt), ("access", tslot(rng, [(a, b, c, "") for a, b, c in ACCESS], en)),
               ("tag", tslot(rng, [(a, b, c, "") for a, b, c in TAGS + [("none", "", "")] * 3], en, excl=False))]
        if sub == "keycase":
            sl.insert(0, ("color", cslot(rng.choice(["black", "brown", "red", "navy"]), en)))
        noun = ("一串钥匙|钥匙|一把钥匙串", "钥匙一串|一串钥匙", "bunch of keys|keys") if sub == "bundle" else \
            ("钥匙包|皮的钥匙包", "钥匙包一个（内有钥匙）", "key case")
    elif sub == "car":
        b = rng.choice(CAR_B)
        sl += [("brand", bslot(b, en, CAR_B)), ("color", cslot(rng.choice(["black", "silver", "white"]), en)),
               ("count", cnt if rng.random() < 0.5 else None)]
        noun = ("车钥匙|汽车钥匙|遥控车钥匙", "汽车钥匙一把|车钥匙（遥控）", "car key|car key fob")
    else:
        b = rng.choice(EBK_B)
        sl += [("brand", bslot(b, en, EBK_B)), ("color", cslot(rng.choice(["black", "red", "blue"]), en))]
        noun = ("电动车钥匙|电瓶车钥匙|电动车遥控钥匙", "电动车钥匙一把|电瓶车遥控钥匙", "e-bike key")
    return obj("keys", sub, noun[2] if en else noun[0], noun[1], sl, en)

