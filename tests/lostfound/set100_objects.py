"""set100 objects: the hidden truth record of one object.

A truth record is never written out. Each side (owner, finder) renders it separately:
  vis   - what anyone holding the object sees from outside (k, zh, en)
  inner - what a finder sees on opening it (contents, cards, printed names)
  hid   - what only the owner knows (amounts, passwords, whose photo, weights)
  serials - list of (type, value, who) with who in owner/finder/both
"""
from set100_world import (cname, id_number, imei, ticket_no, student_no, card_tail, card_head, plate,
                          frame_no, passport_no, digits, alnum, fname, PLACES)

NOUNS = {
    "phone": (["手机"], "phone"),
    "wallet": (["钱包", "皮夹", "钱夹"], "wallet"),
    "keys": (["钥匙", "一串钥匙", "钥匙串"], "keys"),
    "ebike": (["电动车", "电瓶车", "小电驴", "电动自行车"], "e-bike"),
    "bicycle": (["自行车", "单车"], "bike"),
    "cash": (["现金", "钱"], "cash"),
}
TEAMS = ["澜州市代表队", "岭川市代表队", "临渚市代表队", "安禾市代表队", "澜州大学代表队", "青梧区代表队"]
EVENTS = ["100米", "400米", "跳远", "跳高", "铅球", "200米自由泳", "100米蛙泳", "50米蝶泳", "篮球", "排球", "羽毛球", "4x100米接力"]
SCHOOLS = ["澜州一中", "澜州二中", "青梧实验中学", "岭川一中", "临渚县二中", "安禾中学", "澜州外国语学校"]
COLLEGES = ["计算机学院", "外国语学院", "体育学院", "经济管理学院", "化学化工学院", "文学院"]
CHARMS = [("小黄鸭挂件", "a little yellow duck charm"), ("红色福袋挂件", "a red lucky-bag charm"),
          ("篮球小挂件", "a tiny basketball charm"), ("写着逢考必过的木牌", "a wooden tag saying 逢考必过"),
          ("毛绒小熊", "a plush bear"), ("银色小铃铛", "a small silver bell"), ("粉色樱花亚克力牌", "a pink acrylic sakura tag"),
          ("蓝色开瓶器", "a blue bottle opener"), ("奥体中心纪念钥匙扣", "a sports-centre souvenir keyring")]
WALLS = [("一只橘猫", "an orange cat"), ("全家福", "a family photo"), ("一片海", "the sea"), ("卡通小狗", "a cartoon puppy"),
         ("篮球明星海报", "a basketball poster"), ("孩子的照片", "a photo of the kid"), ("星空", "a starry sky"),
         ("纯黑背景", "a plain black background"), ("樱花", "cherry blossoms"), ("一句倒计时标语", "an exam countdown slogan")]
CASES = [("透明壳", "clear case"), ("黑色皮质手机壳", "black leather case"), ("粉色硅胶壳", "pink silicone case"),
         ("蓝色磨砂壳", "blue frosted case"), ("带支架的防摔壳", "rugged case with a stand"), ("卡通图案的壳", "cartoon case"),
         ("白色毛绒壳", "white fluffy case"), ("绿色格子壳", "green check case")]
PHONE_MODELS = {
    "huawei": ["Mate 80 Lite", "nova 15", "Pura 90", "畅享 80"],
    "apple": ["iPhone 19", "iPhone 19 Pro", "iPhone 18 Plus", "iPhone SE 6"],
    "xiaomi": ["小米 17", "Redmi K90", "Redmi Note 16"],
    "oppo": ["Reno 16", "Find X10", "A98"],
    "vivo": ["X300s", "S30", "Y300t"],
    "honor": ["Magic 9", "X70", "数字系列 400"],
}


def F(k, zh, en=None):
    return {"k": k, "zh": zh, "en": en or zh}


def _phone(rng, o):
    b = rng.choice(["huawei", "huawei", "apple", "apple", "apple", "xiaomi", "oppo", "vivo", "honor"])
    o["brand"], o["model"] = b, rng.choice(PHONE_MODELS[b])
    o["color"] = rng.choice(["black", "black", "white", "silver", "blue", "purple", "gold", "green", "grey", "pink"])
    o["noun"], o["noun_en"] = ["手机"], "phone"
    c = rng.choice(CASES)
    o["vis"].append(F("case", "套着" + c[0], "in a " + c[1]))
    if rng.random() < 0.45:
        w = rng.choice([("屏幕右上角裂了", "cracked top right corner"), ("屏幕有一道斜裂纹", "a diagonal crack on the screen"),
                        ("后摄像头边上磕掉一块漆", "a chipped edge by the camera"), ("贴了防窥膜", "a privacy screen protector")])
        o["vis"].append(F("wear", w[0], w[1]))
    if rng.random() < 0.5:
        wl = rng.choice(WALLS)
        o["vis"].append(F("wall", "锁屏壁纸是" + wl[0], "lock screen shows " + wl[1]))
    if rng.random() < 0.35:
        s = rng.choice([("壳里夹着一张公交卡", "a bus card tucked in the case"), ("壳背面贴着一张小猫贴纸", "a cat sticker on the back"),
                        ("壳里夹着一张50元", "a 50-yuan note tucked in the case"), ("挂着一根红色挂绳", "a red lanyard")])
        o["vis"].append(F("extra", s[0], s[1]))
    o["serials"].append(("imei", imei(rng), "owner"))
    o["hid"].append(F("num", "手机号1" + rng.choice("3589") + digits(rng, 1) + "****" + digits(rng, 4),
                      "number 1" + rng.choice("3589") + "x-xxxx-" + digits(rng, 4)))
    o["hid"].append(F("pwd", rng.choice(["锁屏密码是孩子生日", "有指纹锁", "面容解锁", "开机密码六位数"]), "it has a passcode"))
    if rng.random() < 0.3:
        o["hid"].append(F("app", "里面存着准考证照片和考试须知", "photos of the exam ticket inside"))


def _id_doc(rng, o, p):
    role = p["role"]
    holder = p.get("child") or p["name"]
    if role == "foreign":
        sub = rng.choice(["passport", "passport", "campus"])
    elif role in ("candidate", "parent", "grand"):
        sub = rng.choice(["ticket", "ticket", "idcard", "idcard", "idcard"])
        if role == "parent" and rng.random() < 0.2:
            sub, holder = "idcard", p["name"]
    elif role in ("athlete", "coach"):
        sub = rng.choice(["athlete", "athlete", "idcard"])
        if role == "coach" and sub == "idcard":
            holder = p["name"]
    elif role == "volunteer":
        sub = rng.choice(["volunteer", "idcard", "campus"])
    elif role == "student":
        sub = rng.choice(["campus", "campus", "idcard"])
    else:
        sub = rng.choice(["idcard", "idcard", "driver"])
    o["holder"] = holder
    o["sub"] = sub
    yr = {"candidate": 2012, "athlete": 2011}.get(role)
    if role in ("candidate", "parent", "grand") and holder != p["name"]:
        yr = rng.choice([2011, 2012, 2012])
    if sub == "idcard":
        v = id_number(rng, year=yr or rng.randint(1968, 2006))
        o["noun"], o["noun_en"] = ["身份证", "二代身份证", "居民身份证"], "ID card"
        o["serials"].append(("id", v, "both"))
        o["vis"].append(F("name", "姓名" + holder, "name " + holder))
        if rng.random() < 0.5:
            cc = rng.choice(["pink", "clear", "blue", "black"])
            o["color"] = cc
            o["vis"].append(F("sleeve", "装在%s卡套里" % {"pink": "粉色", "clear": "透明", "blue": "蓝色", "black": "黑色"}[cc],
                              "in a card sleeve"))
        if rng.random() < 0.4:
            o["vis"].append(F("addr", "住址是澜江省%s" % rng.choice(["岭川市", "临渚县", "安禾县", "澜州市东湖区"]), "address in the province"))
    elif sub == "ticket":
        v = ticket_no(rng)
        site = rng.choice([x for x in PLACES if x["kind"] == "exam"])
        o["noun"], o["noun_en"] = ["准考证", "高考准考证", "准考证"], "exam admission ticket"
        o["serials"].append(("ticket", v, "both"))
        o["vis"].append(F("name", "考生姓名" + holder, "candidate " + holder))
        o["vis"].append(F("site", "考点%s 第%02d考场" % (site["name"].replace("考点", ""), rng.randint(1, 40)), "venue " + site["name"]))
        if rng.random() < 0.6:
            o["color"] = "clear"
            o["vis"].append(F("pouch", "装在透明文件袋里", "in a clear file pouch"))
            o["inner"].append(F("pens", "袋里有两支2B铅笔、一块橡皮和黑色签字笔", "two 2B pencils, an eraser, black pen"))
        o["hid"].append(F("photo", "照片上扎着马尾" if rng.random() < 0.5 else "照片上是平头", "the photo"))
    elif sub == "campus":
        v = student_no(rng)
        sch = rng.choice(["澜州大学", "澜州理工学院"])
        o["noun"], o["noun_en"] = ["校园卡", "学生证", "一卡通"], "student card"
        o["serials"].append(("student", v, "both"))
        o["color"] = rng.choice(["blue", "white", "red"])
        o["vis"].append(F("name", "%s校园卡 姓名%s" % (sch, holder), "%s card, %s" % (sch, holder)))
        o["vis"].append(F("college", rng.choice(COLLEGES), "college"))
        if rng.random() < 0.5:
            o["vis"].append(F("lanyard", "挂着一根%s挂绳" % rng.choice(["黑色", "蓝色", "印着校徽的"]), "on a lanyard"))
        o["hid"].append(F("bal", "卡里还有%d多块钱" % rng.randint(20, 300), "some balance"))
    elif sub == "athlete":
        v = "ST" + digits(rng, 5)
        o["noun"], o["noun_en"] = ["参赛证", "运动员证", "运动会证件"], "athlete pass"
        o["serials"].append(("sn", v, "both"))
        o["vis"].append(F("name", "运动员%s" % holder, "athlete " + holder))
        o["vis"].append(F("team", rng.choice(TEAMS) + " " + rng.choice(EVENTS), "team"))
        o["color"] = rng.choice(["red", "blue", "green"])
        o["vis"].append(F("lanyard", "带挂绳和卡套", "with lanyard"))
    elif sub == "volunteer":
        v = "ZY" + digits(rng, 6)
        o["noun"], o["noun_en"] = ["志愿者证", "工作证"], "volunteer badge"
        o["serials"].append(("sn", v, "both"))
        o["vis"].append(F("name", "志愿者" + holder, "volunteer " + holder))
        o["color"] = rng.choice(["green", "orange"])
    elif sub == "driver":
        v = id_number(rng, year=rng.randint(1965, 1998))
        o["noun"], o["noun_en"] = ["驾驶证", "驾照"], "driving licence"
        o["serials"].append(("id", v, "both"))
        o["vis"].append(F("name", "姓名" + holder, holder))
        o["color"] = "brown" if rng.random() < 0.5 else "black"
        o["vis"].append(F("cover", "棕色皮套", "brown cover"))
    elif sub == "passport":
        v = passport_no(rng)
        o["noun"], o["noun_en"] = ["护照", "外国护照"], "passport"
        o["serials"].append(("passport", v, "both"))
        o["color"] = rng.choice(["navy", "red", "green"])
        o["vis"].append(F("name", "姓名" + holder.upper(), holder.upper()))
        o["vis"].append(F("country", "封面是外文，%s" % rng.choice(["有金色国徽", "写着PASSPORT"]), "PASSPORT on the cover"))
        o["inner"].append(F("visa", "内页夹着澜州大学留学生证明", "a university letter inside"))


def _wallet(rng, o, p):
    holder = p["name"]
    kind = rng.choice([("长款钱包", "long wallet"), ("短款钱包", "short wallet"), ("卡包", "card holder"),
                       ("零钱包", "coin purse"), ("折叠钱包", "bifold wallet")])
    o["noun"], o["noun_en"] = [kind[0], "钱包", "皮夹"], kind[1]
    o["color"] = rng.choice(["black", "black", "brown", "red", "pink", "navy", "white", "grey"])
    if rng.random() < 0.6:
        o["brand"] = rng.choice(["jinhu", "lanlu"])
    o["vis"].append(F("mat", rng.choice(["皮的", "PU皮", "帆布的", "牛皮的"])))
    if rng.random() < 0.4:
        w = rng.choice([("边角磨白了", "worn corners"), ("拉链头掉了", "zip pull missing"), ("上面有个小兔子图案", "a bunny print"),
                        ("按扣坏了", "broken snap")])
        o["vis"].append(F("wear", w[0], w[1]))
    amt = rng.choice([0, 86, 230, 350, 600, 1200, 480, 150, 2000, 45])
    if amt:
        o["amount"] = amt
        o["inner"].append(F("cash", "内有现金%d元" % amt, "%d yuan cash" % amt))
    n_cards = rng.choice([0, 1, 1, 2])
    for _ in range(n_cards):
        o["serials"].append(("card", (card_head(rng), card_tail(rng)), "both"))
    if n_cards:
        o["inner"].append(F("bank", "银行卡%s张" % "一两"[n_cards - 1], "%d bank card%s" % (n_cards, "s"[:n_cards - 1])))
    if rng.random() < 0.55:
        v = id_number(rng, year=rng.randint(1965, 2006))
        o["serials"].append(("id", v, "both"))
        o["holder"] = holder
        o["inner"].append(F("idc", "身份证一张（%s）" % holder, "ID card of " + holder))
    if rng.random() < 0.35:
        o["inner"].append(F("extra", rng.choice(["一张公交卡", "超市会员卡", "一张一寸照片", "一个平安符"]), "misc card"))
    if rng.random() < 0.5:
        o["hid"].append(F("hid", rng.choice(["夹层里有张全家福", "里面有张嘉和超市的小票", "有张写着电话的纸条", "夹层有两百块备用钱"]),
                          "a hidden extra"))


def _keys(rng, o, p):
    o["noun"], o["noun_en"] = ["钥匙", "一串钥匙", "钥匙串"], "keys"
    n = rng.randint(2, 6)
    o["vis"].append(F("n", "%d把钥匙" % n, "%d keys" % n))
    ch = rng.choice(CHARMS)
    o["vis"].append(F("charm", "挂着" + ch[0], "with " + ch[1]))
    cc = rng.choice(["blue", "red", "yellow", "black", "green"])
    o["color"] = cc
    if rng.random() < 0.5:
        o["vis"].append(F("fob", "有一个%s门禁卡" % {"blue": "蓝色", "red": "红色", "yellow": "黄色", "black": "黑色", "green": "绿色"}[cc],
                          "a door fob"))
    if rng.random() < 0.35:
        b = rng.choice(["byd", "vw", "toyota"])
        o["brand"] = b
        o["vis"].append(F("car", "还有一把车钥匙", "a car key"))
    elif p["role"] in ("guest", "parent") and rng.random() < 0.4:
        h = rng.choice(["学府锦澜酒店", "状元楼宾馆"])
        o["vis"].append(F("room", "串着%s的房卡，房号%d" % (h, rng.choice([1208, 806, 315, 1102, 523])), "hotel room card"))
    o["hid"].append(F("hid", rng.choice(["其中一把是电动车钥匙", "有把小的是信箱钥匙", "有一把是十字钥匙", "最大那把是防盗门的"]),
                      "one of them is for something"))


def _ebike(rng, o, p):
    o["noun"], o["noun_en"] = ["电动车", "电瓶车", "小电驴", "电动自行车"], "e-bike"
    o["brand"] = rng.choice(["lvju", "sulu", "feiling"])
    o["model"] = rng.choice(["Q5", "M3", "小风 S", "TDR-8", "F9"])
    o["color"] = rng.choice(["white", "black", "blue", "red", "grey", "mint", "pink"])
    o["serials"].append(("plate", plate(rng), "both"))
    if rng.random() < 0.6:
        o["serials"].append(("frame", frame_no(rng), "finder"))
    feats = [("后座有儿童座椅", "child seat on the back"), ("车筐里放着一个黄色头盔", "a yellow helmet in the basket"),
             ("车把上挂着挡风被", "a wind blanket on the handlebar"), ("后视镜断了一个", "one mirror broken"),
             ("座垫上套着格子座套", "check seat cover"), ("车筐里有雨衣", "a raincoat in the basket")]
    rng.shuffle(feats)
    for f in feats[:rng.randint(1, 2)]:
        o["vis"].append(F("feat", f[0], f[1]))
    o["hid"].append(F("hid", rng.choice(["电池是48V的", "钥匙在我手上", "车是去年买的", "电池是今年换的新电池"]), "owner detail"))


def _bicycle(rng, o, p):
    typ = rng.choice([("山地车", "mountain bike"), ("公路车", "road bike"), ("折叠车", "folding bike"), ("城市车", "city bike")])
    o["noun"], o["noun_en"] = [typ[0], "自行车", "单车"], typ[1]
    o["brand"] = rng.choice(["giant", "merida", "fengyu", None])
    o["color"] = rng.choice(["black", "white", "blue", "red", "grey", "yellow", "green"])
    if rng.random() < 0.45:
        o["serials"].append(("frame", frame_no(rng), "finder" if rng.random() < 0.7 else "both"))
    if rng.random() < 0.5:
        o["vis"].append(F("sticker", "车架上贴着澜州大学停车证%s" % digits(rng, 4), "campus parking sticker"))
    feats = [("前面有车筐", "front basket"), ("车铃是小黄鸭的", "a duck bell"), ("后轮挡泥板歪了", "bent rear mudguard"),
             ("锁着一把U型锁", "with a U-lock"), ("坐垫破了用胶带缠着", "taped seat"), ("车把缠了黑色把带", "black bar tape")]
    rng.shuffle(feats)
    for f in feats[:rng.randint(1, 2)]:
        o["vis"].append(F("feat", f[0], f[1]))
    o["hid"].append(F("hid", rng.choice(["锁的密码是0609", "车是二手买的", "变速器有点毛病"]), "owner detail"))


def _bag(rng, o, p):
    role = p["role"]
    if role in ("candidate", "parent", "grand"):
        typ = rng.choice([("双肩包", "backpack"), ("书包", "school bag"), ("透明文件袋", "clear file pouch"), ("帆布袋", "tote")])
    elif role in ("athlete", "coach"):
        typ = rng.choice([("运动包", "sports bag"), ("泳包", "swim bag"), ("双肩包", "backpack"), ("鞋包", "shoe bag")])
    elif role == "guest":
        typ = rng.choice([("手提包", "handbag"), ("双肩包", "backpack"), ("旅行包", "travel bag")])
    else:
        typ = rng.choice([("双肩包", "backpack"), ("帆布袋", "tote"), ("斜挎包", "crossbody bag"), ("电脑包", "laptop bag")])
    o["noun"], o["noun_en"] = [typ[0], "包"], typ[1]
    if typ[0] == "透明文件袋":
        o["color"] = "clear"
    else:
        o["color"] = rng.choice(["black", "black", "navy", "grey", "pink", "blue", "white", "green", "red", "yellow"])
        if rng.random() < 0.6:
            o["brand"] = rng.choice(["xingye", "beiyu", "anta", "lining"] if role in ("athlete", "coach") else
                                    ["xingye", "beiyu", "anta", "lining", "xingye"])
    pool = {
        "candidate": ["2B铅笔和橡皮", "错题本", "一瓶矿泉水", "身份证复印件", "一包纸巾", "《高考冲刺》复习资料", "蓝色保温杯", "风油精"],
        "parent": ["一把折叠伞", "两瓶水", "孩子的外套", "一盒藿香正气水", "充电宝", "纸巾和湿巾", "一袋面包", "扇子"],
        "grand": ["老花镜", "一把蒲扇", "保温杯", "降压药", "一袋香蕉", "塑料雨衣"],
        "athlete": ["钉鞋", "泳镜泳帽", "毛巾", "比赛服", "护膝", "运动饮料", "一卷肌贴", "拖鞋"],
        "coach": ["秒表", "训练记录本", "哨子", "队员名单", "一卷肌贴", "充电宝"],
        "volunteer": ["志愿者马甲", "小红帽", "一瓶水", "工作手册", "防晒霜"],
        "student": ["笔记本电脑", "《高等数学》课本", "充电器", "水杯", "耳机", "一本笔记本", "雨伞"],
        "guest": ["换洗衣服", "充电宝", "洗漱包", "几包零食", "一把伞"],
        "foreign": ["laptop / 笔记本电脑", "中文课本", "水杯", "护照复印件", "一本HSK练习册"],
    }[role]
    items = sorted(rng.sample(pool, min(len(pool), rng.randint(2, 4))))
    for it in items:
        o["inner"].append(F("item", it, it))
    if rng.random() < 0.4:
        o["vis"].append(F("tag", rng.choice(["拉链上挂着一个小熊", "侧袋插着一把伞", "背面绣着名字缩写", "肩带上别着一个徽章",
                                             "挂着一个写着金榜题名的红色挂件"]), "a tag outside"))
    if rng.random() < 0.35:
        o["holder"] = p.get("child") or p["name"]
        o["inner"].append(F("name", "里面有写着%s名字的本子" % o["holder"], "a notebook with " + o["holder"]))
    if rng.random() < 0.3:
        o["hid"].append(F("hid", rng.choice(["夹层里有三百块钱", "里面有个U盘", "有一张没拆的快递单", "内袋有一串备用钥匙"]), "owner detail"))


def _cash(rng, o, p):
    amt = rng.choice([500, 800, 1000, 1200, 1500, 2000, 2600, 3000, 5000, 660, 888])
    o["amount"] = amt
    cont = rng.choice([("红包", "red envelope", "red"), ("牛皮纸信封", "brown envelope", "brown"),
                       ("银行信封", "bank envelope", "white"), ("一沓用橡皮筋扎着的钱", "a rubber-banded wad", None)])
    o["noun"], o["noun_en"] = ["现金", cont[0]], "cash in " + cont[1]
    o["color"] = cont[2]
    o["vis"].append(F("cont", cont[0], cont[1]))
    if cont[2] and rng.random() < 0.6:
        o["vis"].append(F("writing", "上面写着“%s”" % rng.choice(["金榜题名", "小宇加油", "房费", "给妈", "奖金", "考试顺利"]),
                          "writing on the envelope"))
    o["inner"].append(F("amt", "共%d元" % amt, "%d yuan" % amt))
    o["inner"].append(F("denom", rng.choice(["都是一百的", "一百和五十的混着", "大部分是一百元的"]), "mostly 100s"))


def _jewelry(rng, o, p):
    typ = rng.choice([("金手链", "gold bracelet", "gold"), ("平安扣玉坠", "jade pendant", "green"), ("银手镯", "silver bangle", "silver"),
                      ("红绳转运珠手链", "red string bracelet", "red"), ("金耳钉", "gold earrings", "gold"),
                      ("戒指", "ring", "silver"), ("金项链", "gold necklace", "gold"), ("珍珠项链", "pearl necklace", "white")])
    o["noun"], o["noun_en"], o["color"] = [typ[0]], typ[1], typ[2]
    if rng.random() < 0.45:
        o["brand"] = rng.choice(["jmt", "yuelan"])
    if typ[0] in ("银手镯", "戒指"):
        o["vis"].append(F("engr", "内圈刻着“%s”" % rng.choice(["平安", "L&W", "2019.5.20", "长命百岁", "Z&Y"]), "an engraving inside"))
    if typ[0] == "平安扣玉坠":
        o["vis"].append(F("rope", "红绳编的挂绳", "red cord"))
    if typ[0] == "红绳转运珠手链":
        o["vis"].append(F("bead", "上面有个小金珠", "a small gold bead"))
    o["hid"].append(F("wt", rng.choice(["大概十克左右", "是奶奶去庙里求的", "是孩子考试戴着图吉利的", "是结婚纪念的", "卡扣有点松"]), "owner detail"))
    if rng.random() < 0.4:
        o["vis"].append(F("box", "装在%s小盒子里" % rng.choice(["红色", "绒布"]), "in a small box"))


def _electronics(rng, o, p):
    typ = rng.choice(["buds", "buds", "watch", "band", "power", "tablet", "camera", "laptop"])
    o["sub"] = typ
    if typ == "buds":
        b = rng.choice(["apple_e", "huawei", "xiaomi", "sony"])
        o["noun"], o["noun_en"] = ["蓝牙耳机", "耳机", "无线耳机"], "earbuds"
        o["model"] = {"apple_e": "AirPods 6", "huawei": "FreeBuds 8i", "xiaomi": "Buds 7 Lite", "sony": "WF-L900"}[b]
        o["color"] = rng.choice(["white", "white", "black", "blue"])
        o["vis"].append(F("case", "充电仓%s" % rng.choice(["套着小恐龙硅胶套", "上面贴了名字贴", "有划痕", "套着透明壳"]), "charging case"))
    elif typ == "watch":
        b = rng.choice(["huawei", "apple_e", "xiaomi"])
        o["noun"], o["noun_en"] = ["智能手表", "手表", "运动手表"], "smart watch"
        o["model"] = {"huawei": "WATCH GT 9", "apple_e": "Watch S12", "xiaomi": "Watch S6"}[b]
        o["color"] = rng.choice(["black", "silver", "pink", "green"])
        o["vis"].append(F("strap", rng.choice(["表带是橙色的", "表带是黑色硅胶", "表盘有划痕", "尼龙表带"]), "strap"))
    elif typ == "band":
        b = rng.choice(["huawei", "xiaomi"])
        o["noun"], o["noun_en"] = ["运动手环", "手环"], "fitness band"
        o["model"] = {"huawei": "Band 11", "xiaomi": "手环 11"}[b]
        o["color"] = rng.choice(["black", "pink", "mint", "blue"])
        o["vis"].append(F("strap", "腕带%s" % rng.choice(["有点发黄", "是新换的", "扣子松了"]), "band"))
    elif typ == "power":
        b = rng.choice(["xiaomi", "leidian"])
        o["noun"], o["noun_en"] = ["充电宝", "移动电源"], "power bank"
        o["model"] = {"xiaomi": "PB2030", "leidian": "LD-20K"}[b]
        o["color"] = rng.choice(["white", "black", "pink", "blue"])
        o["vis"].append(F("feat", rng.choice(["自带两根线", "贴着卡通贴纸", "上面写了名字", "外壳有一道裂"]), "feature"))
    elif typ == "tablet":
        b = rng.choice(["apple_e", "huawei", "xiaomi"])
        o["noun"], o["noun_en"] = ["平板电脑", "平板", "iPad" if b == "apple_e" else "平板"], "tablet"
        o["model"] = {"apple_e": "iPad Air 9", "huawei": "MatePad 14", "xiaomi": "Pad 9"}[b]
        o["color"] = rng.choice(["grey", "silver", "blue", "purple"])
        o["vis"].append(F("case", rng.choice(["带键盘保护套", "套着绿色保护套", "屏幕贴了类纸膜", "保护套上贴着贴纸"]), "cover"))
    elif typ == "camera":
        b = "dji"
        o["noun"], o["noun_en"] = ["运动相机", "相机"], "action camera"
        o["model"] = rng.choice(["Osmo Action 8", "Pocket 5"])
        o["color"] = rng.choice(["black", "grey"])
        o["vis"].append(F("feat", rng.choice(["装着潜水壳", "带一个小三脚架", "镜头盖丢了"]), "feature"))
    else:
        b = rng.choice(["huawei", "xiaomi", "apple_e"])
        o["noun"], o["noun_en"] = ["笔记本电脑", "电脑", "笔记本"], "laptop"
        o["model"] = {"huawei": "MateBook 16s", "xiaomi": "Book Pro 17", "apple_e": "MacBook Air 17"}[b]
        o["color"] = rng.choice(["grey", "silver", "black"])
        o["vis"].append(F("feat", rng.choice(["贴满了贴纸", "键盘上有个键掉了", "装在灰色内胆包里"]), "feature"))
    o["brand"] = b
    if rng.random() < 0.55:
        o["serials"].append(("sn", alnum(rng, 12), "owner" if typ in ("buds", "tablet", "laptop") else "both"))
    o["hid"].append(F("hid", rng.choice(["蓝牙名字是我的名字拼音", "手机上能定位到最后位置", "里面有训练数据", "有开机密码"]), "owner detail"))


def _other(rng, o, p):
    role = p["role"]
    pool = [("cup", "保温杯", "thermos"), ("umb", "雨伞", "umbrella"), ("glasses", "眼镜", "glasses"),
            ("jacket", "校服外套", "school jacket"), ("doll", "玩偶", "plush toy"), ("book", "复习资料", "revision notes")]
    if role in ("athlete", "coach"):
        pool = [("medal", "奖牌", "medal"), ("shoes", "钉鞋", "spikes"), ("goggles", "泳镜", "goggles"),
                ("cup", "运动水壶", "sports bottle"), ("jacket", "队服外套", "team jacket"), ("towel", "速干毛巾", "quick-dry towel")]
    k, zh, en = rng.choice(pool)
    o["sub"] = k
    o["noun"], o["noun_en"] = [zh], en
    o["color"] = rng.choice(["black", "white", "blue", "pink", "navy", "red", "grey", "purple", "green"])
    if k == "cup":
        o["brand"] = "muyu" if rng.random() < 0.6 else None
        o["vis"].append(F("feat", rng.choice(["杯身贴着名字贴", "杯盖有点裂", "杯套是毛线织的", "上面印着卡通熊"]), "feature"))
    elif k == "umb":
        o["brand"] = "tianqing" if rng.random() < 0.5 else None
        o["noun"] = [rng.choice(["折叠伞", "长柄伞", "雨伞", "遮阳伞"])]
        o["vis"].append(F("feat", rng.choice(["伞骨断了一根", "伞柄是木头的", "内面是黑胶的", "伞套丢了"]), "feature"))
    elif k == "glasses":
        o["brand"] = "mingmou" if rng.random() < 0.5 else None
        o["vis"].append(F("feat", rng.choice(["黑框", "半框金属的", "圆框", "装在蓝色眼镜盒里"]), "frame"))
        o["hid"].append(F("deg", "近视%d度左右" % rng.choice([300, 450, 600, 250]), "prescription"))
    elif k == "jacket":
        sch = rng.choice(SCHOOLS) if role != "athlete" else rng.choice(TEAMS)
        o["vis"].append(F("school", "印着%s" % sch, "printed " + sch))
        if rng.random() < 0.5:
            o["holder"] = p.get("child") or p["name"]
            o["vis"].append(F("name", "领口写着名字%s" % o["holder"], "name inside the collar"))
        o["hid"].append(F("size", "%s码" % rng.choice(["170", "175", "180", "L", "XL"]), "size"))
    elif k == "doll":
        o["vis"].append(F("feat", rng.choice(["一只穿学士服的小熊", "一只锦鲤抱枕", "一个小兔子玩偶"]), "a plush"))
    elif k == "book":
        o["noun"] = [rng.choice(["复习资料", "错题本", "笔记本"])]
        o["vis"].append(F("feat", rng.choice(["封面写着高三(7)班", "夹着很多便利贴", "用牛皮纸包着书皮"]), "cover"))
    elif k == "medal":
        o["color"] = rng.choice(["gold", "silver", "brown"])
        o["vis"].append(F("feat", "澜江省学生运动会%s%s" % (rng.choice(EVENTS), rng.choice(["金牌", "银牌", "铜牌"])), "games medal"))
        o["vis"].append(F("rib", "红黄色绶带", "red-yellow ribbon"))
    elif k == "shoes":
        o["brand"] = rng.choice(["anta", "lining"])
        o["vis"].append(F("size", "%d码" % rng.choice([40, 41, 42, 43, 38, 39]), "size"))
    elif k == "goggles":
        o["brand"] = "lanjing" if rng.random() < 0.6 else None
        o["vis"].append(F("feat", rng.choice(["镀膜镜片", "带近视度数", "头带是硅胶的"]), "lens"))
    elif k == "towel":
        o["vis"].append(F("feat", rng.choice(["印着队名", "角上绣了字母", "有点破"]), "towel"))
    if not o["hid"]:
        o["hid"].append(F("hid", rng.choice(["用了两年了", "是同学送的", "很旧了但对我很重要"]), "owner detail"))


MAKERS = {"phone": _phone, "wallet": _wallet, "keys": _keys, "ebike": _ebike, "bicycle": _bicycle, "bag": _bag,
          "cash": _cash, "jewelry": _jewelry, "electronics": _electronics, "other": _other, "id_doc": _id_doc}


def make_truth(rng, cat, persona, place, t):
    o = dict(cat=cat, noun=[], noun_en="", color=None, brand=None, model=None, serials=[], vis=[], inner=[], hid=[],
             holder=None, place=place, t=t, sub=None, amount=None)
    if cat == "phone":
        _phone(rng, o)
    else:
        MAKERS[cat](rng, o, persona)
    return o


USED = set()


def reset_names():
    USED.clear()


def _fresh(rng, draw, keep=True):
    for _ in range(200):
        n = draw()
        if n not in USED:
            if keep:
                USED.add(n)
            return n
    raise RuntimeError("names exhausted")


def make_persona(rng, role, keep=True):
    """keep=False: a name for a look-alike's unseen owner, kept apart from every owner's name
    but not reserved."""
    p = {"role": role, "en": False}
    if role == "foreign":
        p["name"] = _fresh(rng, lambda: fname(rng), keep)
        p["en"] = rng.random() < 0.75
    else:
        p["name"] = _fresh(rng, lambda: cname(rng), keep)
    if role in ("parent", "grand"):
        if rng.random() < 0.8:
            p["child"] = _fresh(rng, lambda: p["name"][0] + cname(rng, 2)[1:], keep)
        else:
            p["child"] = _fresh(rng, lambda: cname(rng), keep)
    return p
