"""Hidden truth records of objects for set109, one generator per category.

An object is a dict: cat, sub, noun (zh words), mw (measure word), noun_en, brand, model,
color (what an owner calls it), fcolor (what a finder sees first, e.g. the case), holder
(a person, for documents) and facts.  A fact is what one side may say about the object:
  o  owner's ways of saying it (zh), f finder's ways (zh), e English,
  po chance the owner mentions it, pf chance the finder sees and mentions it,
  so / sf the serial-field string each side would type (only for identifying facts).
"""
from set109_world import (COLORS, make_idno, make_imei, imei_forms, masked_id, phone_mask)


def F(o, f, e, po, pf, so=None, sf=None, kind="mark"):
    return dict(o=o if isinstance(o, list) else [o], f=f if isinstance(f, list) else [f],
                e=e if isinstance(e, list) else [e], po=po, pf=pf, so=so, sf=sf, kind=kind)


def pick(rng, force, key, options, avoid=None):
    if force.get(key) is not None:
        return force[key]
    opts = [x for x in options if x != (avoid or {}).get(key)]
    return rng.choice(opts)


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for x, w in pairs:
        r -= w
        if r <= 0:
            return x
    return pairs[-1][0]


def amount_owner(rng, amt):
    r = rng.random()
    if r < 0.3:
        return "%d元" % amt
    if r < 0.6:
        return "大概%d多块" % (amt // 100 * 100 if amt >= 200 else amt // 10 * 10)
    if r < 0.8:
        return "%d块左右" % (round(amt, -2) if amt >= 200 else round(amt, -1))
    return "不到%d元" % ((amt // 100 + 1) * 100)


def cn_num(n):
    d = "零一二三四五六七八九"
    if n == 2:
        return "两"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- phone
PHONE_MODELS = {
    "huawei": ["Mate 58", "Mate 58 Pro", "nova 13 SE", "nova 12", "Pura 66", "畅享 72"],
    "apple": ["iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone 12", "iPhone 15 Pro Max", "iPhone 11"],
    "xiaomi": ["Xiaomi 14", "Xiaomi 13", "Civi 4"],
    "redmi": ["Note 13", "K70", "Note 12 Turbo"],
    "oppo": ["Reno 11", "Find X7", "A2 Pro"],
    "vivo": ["X100", "S18", "Y78"],
    "honor": ["Magic 6", "X50", "Play 8T", "荣耀 90"],
    "samsung": ["Galaxy S23", "Galaxy A54", "Galaxy Z Flip5"],
}
PHONE_COLORS = ["black", "black", "white", "blue", "purple", "gold", "green", "silver", "grey", "pink"]
CASES = [
    (None, None, None, None),
    ("透明壳", "透明手机壳", "a clear case", None),
    ("黑色硅胶壳", "黑色软壳", "a black silicone case", "black"),
    ("粉色带支架的手机壳", "粉色支架壳", "a pink case with a stand", "pink"),
    ("蓝色卡通壳，印着小熊", "蓝色卡通手机壳（小熊图案）", "a blue cartoon case with a bear", "blue"),
    ("棕色皮质翻盖保护套", "棕色翻盖皮套", "a brown leather flip cover", "brown"),
    ("磨砂黑壳", "黑色磨砂壳", "a matte black case", "black"),
    ("带红色挂绳的壳", "手机壳上系红色挂绳", "a case with a red lanyard", None),
    ("艾德莱斯花纹的手机壳", "彩色花纹手机壳", "a case with a colourful atlas-silk pattern", None),
    ("绿色硅胶壳", "绿色软壳", "a green silicone case", "green"),
    ("白色磁吸壳", "白色手机壳", "a white magnetic case", "white"),
]
LOCKS = [("一只橘猫", "橘猫照片", "an orange cat"), ("我儿子的照片", "一个小男孩的照片", "a photo of my son"),
         ("一家人合影", "几个人的合影", "a family photo"), ("雪山的风景照", "雪山风景", "a snowy mountain"),
         ("卡通头像", "卡通图案", "a cartoon"), ("我女朋友的照片", "一个女孩的照片", "my girlfriend"),
         ("一只柯基", "小狗照片", "a corgi"), ("天镜湖的照片", "湖景照片", "a lake")]


def gen_phone(rng, owner, force, avoid):
    brand = pick(rng, force, "brand", ["huawei"] * 5 + ["apple"] * 5 + ["xiaomi", "xiaomi", "redmi", "oppo", "oppo", "vivo", "vivo", "honor", "honor", "samsung"], avoid)
    model = force.get("model") or rng.choice(PHONE_MODELS[brand])
    color = pick(rng, force, "color", PHONE_COLORS, avoid)
    case = force.get("case") or rng.choice(CASES)
    facts = []
    fcolor = color
    if case[0]:
        facts.append(F(["手机壳是" + case[0], "套着" + case[0], case[0]], ["带" + case[1], "外有" + case[1], case[1]],
                       ["it has " + case[2], "in " + case[2]], 0.6, 0.85))
        if case[3] and rng.random() < 0.6:
            fcolor = case[3]
    if rng.random() < 0.3:
        w = rng.choice(["右上角", "左下角", "中间", "底部"])
        facts.append(F(["屏幕%s有裂痕" % w, "屏幕%s摔裂了一道" % w], ["屏幕%s有裂纹" % w, "屏幕%s碎裂" % w],
                       ["the screen is cracked at the %s" % {"右上角": "top right", "左下角": "bottom left", "中间": "middle", "底部": "bottom"}[w]], 0.65, 0.7))
    if rng.random() < 0.2:
        s = rng.choice([("骆驼贴纸", "a camel sticker"), ("熊猫贴纸", "a panda sticker"), ("篮球明星贴纸", "a basketball sticker"), ("写着'平安'的贴纸", "a sticker saying ping an")])
        facts.append(F("背面贴了个" + s[0], "背面有" + s[0], "there is " + s[1] + " on the back", 0.6, 0.7))
    if rng.random() < 0.15:
        if rng.random() < 0.5 and owner.get("prov"):
            facts.append(F(["壳里夹着我的身份证", "手机壳里还有身份证"], ["手机壳内夹有身份证一张，姓名%s" % owner["zh"], "壳内夹身份证（%s）" % owner["zh"]],
                           ["my ID card is in the case"], 0.8, 0.9))
        else:
            facts.append(F(["壳里夹着一张公交卡", "手机壳里有张公交卡"], ["壳内夹公交卡一张", "手机壳里夹着公交卡"], ["a bus card in the case"], 0.6, 0.8))
    lock = rng.choice(LOCKS)
    if rng.random() < 0.5:
        facts.append(F(["锁屏是" + lock[0], "锁屏壁纸是" + lock[0]], ["锁屏显示" + lock[1], "屏幕亮起是" + lock[1]],
                       ["lock screen is " + lock[2]], 0.45, 0.35))
    if rng.random() < 0.3:
        facts.append(F("", ["已关机", "没电关机", "电量耗尽无法开机"], "", 0.0, 0.8, kind="state"))
    facts.append(F(["手机号" + phone_mask(rng), "号码是" + phone_mask(rng)], "", ["my number " + phone_mask(rng)], 0.35, 0.0, kind="hidden"))
    if rng.random() < 0.3:
        h = rng.choice([("里面有很多孩子的照片", "lots of photos of my kids inside"), ("里面有工作资料，很重要", "work files inside, very important"),
                        ("手机没设密码", "no password on it"), ("旅游的照片都在里面", "all my travel photos are inside")])
        facts.append(F(h[0], "", h[1], 0.7, 0.0, kind="hidden"))
    imei = make_imei(rng)
    facts.append(F(["IMEI " + imei, "串号" + imei], ["IMEI号：" + imei, "经查IMEI为" + imei], ["IMEI " + imei], 0.45, 0.25,
                   so=imei_forms(rng, imei, "o"), sf=imei_forms(rng, imei, "f"), kind="serial"))
    # the serial text in the body should match the field form most of the time
    so = facts[-1]["so"]
    facts[-1]["o"] = [so if so.startswith(("IMEI", "串号")) else "IMEI " + so]
    return dict(cat="phone", sub="phone", noun=["手机", "手机", "电话"], mw=rng.choice(["部", "个", "台"]), noun_en=["phone", "mobile phone", "smartphone"],
                brand=brand, model=model, color=color, fcolor=fcolor, facts=facts, case=case)


# ---------------------------------------------------------------- documents
def gen_id_doc(rng, owner, force, avoid):
    k = owner["kind"]
    if force.get("sub"):
        sub = force["sub"]
    elif k in ("ru", "west"):
        sub = "passport"
    else:
        sub = wpick(rng, [("idcard", 50), ("passport", 12 if k == "han_east" else 3), ("student", 12), ("driver", 6), ("holder", 12)])
    if sub == "passport" and k not in ("ru", "west", "han_east"):
        sub = "idcard"
    facts = []
    name_o = [owner["zh"], owner["zh"], owner["var"]]
    card_name = owner["zh"] if rng.random() < 0.75 else owner["var"]
    color = None
    brand = None
    if sub in ("idcard", "holder", "driver"):
        idno = owner.get("idno")
        so = rng.choice([idno, idno, masked_id(rng, idno), "后四位" + idno[-4:], idno[:6] + "****" + idno[10:]])
        sf = rng.choice([idno, masked_id(rng, idno), masked_id(rng, idno), idno])
        facts.append(F(["名字叫" + rng.choice(name_o), "姓名" + rng.choice(name_o), "证上名字是" + rng.choice(name_o)],
                       ["姓名：" + card_name, "持证人" + card_name, "姓名" + card_name], ["name " + owner["latin"]], 0.9, 0.95, kind="name"))
        facts.append(F(["身份证号" + so, "号码" + so], ["证号" + sf, "公民身份号码" + sf, "号码：" + sf], ["ID number " + so], 0.55, 0.75,
                       so=so, sf=sf, kind="serial"))
        if owner.get("eth") and rng.random() < 0.3:
            facts.append(F(owner["eth"], "民族：" + owner["eth"][:-1], owner["eth"], 0.3, 0.4))
    if sub == "idcard":
        noun = ["身份证", "身份证", "二代身份证"]
        mw = "张"
        noun_en = ["ID card"]
        if rng.random() < 0.3:
            color = pick(rng, force, "color", ["blue", "black", "pink", "green", "white"], avoid)
            cz = COLORS[color][0][0]
            facts.append(F(["装在%s卡套里" % cz, "套着%s卡套" % cz], ["外有%s卡套" % cz, "装于%s卡套内" % cz], ["in a card sleeve"], 0.5, 0.8))
    elif sub == "driver":
        noun = ["驾驶证", "驾照", "机动车驾驶证"]
        mw = "本"
        noun_en = ["driving licence"]
        color = force.get("color") or "brown"
        facts.append(F(["准驾车型C1", "C1驾照"], "准驾车型C1", "class C1", 0.4, 0.6))
    elif sub == "holder":
        noun = ["证件卡包", "卡包", "证件夹"]
        mw = "个"
        noun_en = ["card holder with my ID"]
        color = pick(rng, force, "color", ["black", "brown", "blue", "red", "grey"], avoid)
        tail = "%04d" % rng.randint(0, 9999)
        bank = rng.choice(["工商银行", "农业银行", "建设银行", "中国银行", "农商银行", "邮储银行"])
        fs = rng.choice(["尾号" + tail, "6222****" + tail, "**** **** **** " + tail, bank + "卡尾号" + tail])
        facts.append(F(["还有一张%s卡，尾号%s" % (bank, tail), "%s银行卡尾号%s" % (bank[:2], tail)],
                       ["内有%s银行卡一张（%s）" % (bank, fs), "%s卡一张，卡号%s" % (bank, fs)], ["a bank card ending " + tail], 0.6, 0.8,
                       so="尾号" + tail, sf=fs, kind="serial2"))
        if rng.random() < 0.5:
            facts.append(F(["社保卡", "医保卡也在里面"], ["社保卡一张", "医保卡一张"], ["social insurance card"], 0.6, 0.8))
    elif sub == "student":
        noun = ["学生证", "学员证", "暑期学校学员证"]
        mw = "张"
        noun_en = ["student card"]
        sno = "2024%06d" % rng.randint(0, 999999) if rng.random() < 0.6 else "2023%06d" % rng.randint(0, 999999)
        school = "雪泉大学" if rng.random() < 0.6 else rng.choice(["浙东理工大学", "江南师范学院", "海州大学"])
        color = force.get("color") or rng.choice(["blue", "red", "green"])
        so = rng.choice([sno, "学号" + sno, "学号后四位" + sno[-4:]])
        facts.append(F(["名字" + rng.choice(name_o), "姓名" + owner["zh"]], ["姓名" + card_name, "持卡人" + card_name], ["name " + owner["latin"]], 0.9, 0.95, kind="name"))
        facts.append(F(["学号" + sno if not so.startswith("学号后") else so], ["学号" + sno, "学号：" + sno], ["student no. " + sno], 0.6, 0.85, so=so, sf=sno, kind="serial"))
        facts.append(F([school + "的", "学校是" + school], [school, "印有" + school + "字样"], ["from " + school], 0.6, 0.8))
        owner["school"] = school
    else:  # passport
        noun = ["护照", "护照", "护照本"]
        mw = "本"
        noun_en = ["passport"]
        if k == "ru":
            pno = "%02d %07d" % (rng.randint(70, 77), rng.randint(0, 9999999))
            cover = "red"
            nat = ("俄罗斯", "Russian")
            if owner["latin"].split()[0] in ("Aigerim", "Nurlan"):
                pno = "N%08d" % rng.randint(0, 99999999)
                cover = "blue"
                nat = ("哈萨克斯坦", "Kazakh")
        elif k == "west":
            pno = "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
            cover = rng.choice(["red", "blue"])
            nat = rng.choice([("德国", "German"), ("荷兰", "Dutch"), ("法国", "French"), ("英国", "British")])
        else:
            pno = "E%08d" % rng.randint(0, 99999999) if rng.random() < 0.6 else "EA%07d" % rng.randint(0, 9999999)
            cover = "red"
            nat = ("中国", "Chinese")
        color = force.get("color") or cover
        pflat = pno.replace(" ", "")
        so = rng.choice([pno, pflat, "No. " + pno, pflat[:-4] + "****" if len(pflat) > 6 else pflat])
        sf = rng.choice([pflat, pno, pflat])
        latin_card = owner["latin"].upper() if k in ("ru", "west") else owner["latin"]
        surname_first = " ".join(reversed(latin_card.split(" "))) if rng.random() < 0.5 else latin_card
        facts.append(F(["名字" + owner["zh"], "姓名" + owner["zh"]] if k not in ("ru", "west") else [owner["var"], owner["zh"]],
                       ["姓名：" + surname_first, "持照人" + surname_first, surname_first], ["name " + owner["var"], owner["var"]], 0.85, 0.95, kind="name"))
        facts.append(F(["护照号" + so], ["护照号" + sf, "号码" + sf, "No." + sf], ["passport number " + so, "number " + so], 0.55, 0.85, so=so, sf=sf, kind="serial"))
        facts.append(F([nat[0] + "护照", nat[0] + "的护照"], [nat[0] + "护照", "封面" + nat[0]], [nat[1] + " passport"], 0.5, 0.8))
        if rng.random() < 0.4:
            facts.append(F(["里面夹着一张火车票", "护照里夹着登机牌"], ["内夹火车票一张", "内夹登机牌"], ["a train ticket is inside", "boarding pass inside"], 0.5, 0.8))
    return dict(cat="id_doc", sub=sub, noun=noun, mw=mw, noun_en=noun_en, brand=brand, model=None, color=color, fcolor=color,
                facts=facts, holder=owner, plain_noun=(sub == "idcard"))


# ---------------------------------------------------------------- wallet
def gen_wallet(rng, owner, force, avoid):
    sub = force.get("sub") or wpick(rng, [("long", 35), ("short", 35), ("coin", 12), ("cardcase", 18)])
    noun = {"long": ["长款钱包", "钱包", "长钱包"], "short": ["钱包", "短款钱包", "皮夹", "折叠钱包"],
            "coin": ["零钱包", "小钱包", "零钱袋"], "cardcase": ["卡包", "卡夹", "钱包"]}[sub]
    brand = force.get("brand") if "brand" in force else (None if rng.random() < 0.4 else pick(rng, {}, "brand", ["coach", "septwolves", "goldlion", "cardin"], avoid))
    if brand and avoid.get("brand") == brand:
        brand = None
    color = pick(rng, force, "color", ["black", "black", "brown", "brown", "red", "pink", "blue", "grey", "white"], avoid)
    facts = []
    mat = rng.choice([("真皮", "leather"), ("皮的", "leather"), ("帆布", "canvas"), ("PU皮", "faux leather")])
    facts.append(F(mat[0], mat[0] if mat[0] != "皮的" else "皮质", mat[1], 0.4, 0.5))
    if sub != "cardcase" or rng.random() < 0.4:
        amt = rng.choice([37, 85, 120, 230, 350, 480, 500, 652, 800, 1100, 1600, 2300, 3000]) + rng.choice([0, 0, 5, 10, 20, 50])
        found_amt = amt if rng.random() < 0.8 else 0
        facts.append(F(["里面有现金" + amount_owner(rng, amt), "现金" + amount_owner(rng, amt), "钱有" + amount_owner(rng, amt)],
                       ["内有现金%d元" % found_amt if found_amt else "内无现金", "现金人民币%d元" % found_amt if found_amt else "里面没有钱"],
                       ["about %d yuan cash" % amt], 0.75, 0.85, kind="content"))
    ntail = rng.choice([1, 1, 2])
    for _ in range(ntail):
        tail = "%04d" % rng.randint(0, 9999)
        bank = rng.choice(["工商银行", "农业银行", "建设银行", "招商银行", "中国银行", "农商银行", "交通银行"])
        fs = rng.choice(["尾号" + tail, "6222****" + tail, "**** " + tail, "622848******" + tail])
        facts.append(F(["%s卡，尾号%s" % (bank, tail), "%s的卡尾号%s" % (bank[:2], tail), "银行卡一张" if rng.random() < 0.3 else "%s卡（%s）" % (bank[:2], tail)],
                       ["%s卡一张（%s）" % (bank, fs), "%s银行卡，卡号%s" % (bank[:2], fs)], ["a bank card ending %s" % tail], 0.6, 0.8,
                       so=rng.choice(["尾号" + tail, tail, bank[:2] + "卡" + tail]), sf=fs, kind="serial2"))
    if owner.get("idno") and rng.random() < 0.45:
        idno = owner["idno"]
        facts.append(F(["身份证也在里面", "还有我的身份证"], ["内有身份证一张（%s，%s）" % (owner["zh"], masked_id(rng, idno)), "身份证：%s" % owner["zh"]],
                       ["my ID card too"], 0.8, 0.9, so=idno if rng.random() < 0.5 else None, sf=masked_id(rng, idno), kind="serial3"))
    elif rng.random() < 0.4:
        facts.append(F("有几张名片", ["内有名片数张（%s）" % owner["zh"], "有名片，名字是" + owner["zh"]], "some business cards", 0.3, 0.7))
    extras = [("公交卡", "公交卡一张", "bus card"), ("孩子的照片", "一张小孩照片", "a photo of my child"),
              ("驼铃宾馆房卡", "驼铃宾馆房卡一张", "hotel key card"), ("在巴扎买玉的发票", "玉器店发票一张", "a receipt from the jade shop"),
              ("几张超市小票", "购物小票若干", "receipts"), ("一张全家福", "照片一张（一家三口）", "a family photo")]
    for x in rng.sample(extras, rng.choice([0, 1, 1, 2])):
        facts.append(F(x[0], x[1], x[2], 0.5, 0.7, kind="content"))
    return dict(cat="wallet", sub=sub, noun=noun, mw="个", noun_en=["wallet", "purse"] if sub != "cardcase" else ["card holder"],
                brand=brand, model=None, color=color, fcolor=color, facts=facts)


# ---------------------------------------------------------------- keys
CHARMS = [("小骆驼挂件", "骆驼挂件", "a little camel charm", "brown"), ("玉石小葫芦", "玉葫芦挂坠", "a small jade gourd", "green"),
          ("毛绒小熊", "毛绒熊挂件", "a plush bear", "brown"), ("红绳中国结", "红色中国结", "a red knot", "red"),
          ("开瓶器", "开瓶器", "a bottle opener", "silver"), ("小手电筒", "迷你手电", "a mini torch", "black"),
          ("艾德莱斯布的小香包", "彩色布袋挂件", "a little silk pouch", "purple"), ("皮卡丘挂件", "黄色卡通挂件", "a yellow cartoon charm", "yellow")]


def gen_keys(rng, owner, force, avoid):
    sub = force.get("sub") or wpick(rng, [("house", 50), ("car", 30), ("ebike", 20)])
    facts = []
    brand = None
    color = None
    n = rng.randint(2, 6)
    noun = ["钥匙", "一串钥匙", "钥匙串"]
    if sub == "car":
        brand = pick(rng, force, "brand", ["toyota", "vw", "byd", "haval"], avoid)
        color = force.get("color") or "black"
        noun = ["车钥匙", "汽车钥匙", "钥匙"]
        if rng.random() < 0.5:
            plate = "雪A·%s%03d" % (rng.choice("BCDFKMR"), rng.randint(0, 999))
            facts.append(F(["车牌" + plate, "车是" + plate], "", ["car plate " + plate], 0.4, 0.0, kind="hidden"))
        facts.append(F(["还挂着%d把家门钥匙" % (n - 1), "另外有%s把钥匙" % cn_num(n - 1)], ["另有钥匙%d把" % (n - 1), "连同%d把钥匙" % (n - 1)], ["and %d house keys" % (n - 1)], 0.5, 0.8))
    elif sub == "ebike":
        brand = pick(rng, force, "brand", ["yadea", "aima", "tailg", "niu"], avoid)
        noun = ["电动车钥匙", "电瓶车钥匙", "钥匙"]
        facts.append(F(["还有%s把门钥匙" % cn_num(n - 1)], ["另有钥匙%d把" % (n - 1)], ["plus %d keys" % (n - 1)], 0.5, 0.8))
    else:
        facts.append(F(["%s把钥匙" % cn_num(n), "%s%s把钥匙" % (cn_num(max(1, n - 1)), cn_num(n))], ["钥匙%d把" % n, "共%d把钥匙" % n], ["%d keys" % n], 0.7, 0.9))
    charm = rng.choice(CHARMS)
    if rng.random() < 0.75:
        facts.append(F(["挂着" + charm[0], "钥匙扣是" + charm[0]], ["带" + charm[1], "挂有" + charm[1]], ["with " + charm[2]], 0.8, 0.9))
        if color is None:
            color = force.get("color") or charm[3]
    if rng.random() < 0.5:
        dc = rng.choice([("蓝色", "blue"), ("红色", "red"), ("黑色", "black"), ("黄色", "yellow")])
        num = "%04d" % rng.randint(0, 9999)
        facts.append(F(["一张%s门禁卡" % dc[0], "%s门禁卡，上面写着%s" % (dc[0], num)], ["%s门禁卡一张（卡面印%s）" % (dc[0], num), "%s门禁卡" % dc[0]],
                       ["a %s door fob" % dc[1]], 0.7, 0.85))
        if color is None:
            color = force.get("color") or dc[1]
    if rng.random() < 0.25:
        lab = "%d-%d-%d0%d" % (rng.randint(1, 12), rng.randint(1, 4), rng.randint(1, 18), rng.randint(1, 4))
        facts.append(F("钥匙上贴着门牌号" + lab, "钥匙上贴有标签“%s”" % lab, "a tag saying " + lab, 0.6, 0.8))
    return dict(cat="keys", sub=sub, plain_noun=(sub == "house"), noun=noun, mw="串" if sub == "house" else "把", noun_en=["keys", "bunch of keys"] if sub == "house" else ["car key" if sub == "car" else "e-bike key"],
                brand=brand, model=None, color=color, fcolor=color, facts=facts)


# ---------------------------------------------------------------- ebike
def gen_ebike(rng, owner, force, avoid):
    brand = pick(rng, force, "brand", ["yadea", "yadea", "aima", "aima", "tailg", "niu", "luyuan"], avoid)
    color = pick(rng, force, "color", ["white", "black", "red", "blue", "grey", "pink", "green"], avoid)
    model = force.get("model") or rng.choice({"yadea": ["冠能 T5", "DE3", "欧拉"], "aima": ["A500", "小蜜豆", "Q7"], "tailg": ["战速", "超能 S"],
                                              "niu": ["G2", "UQi+", "F0"], "luyuan": ["K5", "S30"]}[brand])
    plate = "雪D%05d" % rng.randint(0, 99999)
    pforms = [plate, plate[:2] + "·" + plate[2:], plate[2:], "雪D " + plate[2:]]
    frame = rng.choice(["LY", "AM", "TL", "NU", "LU"]) + "%02d" % rng.randint(18, 24) + rng.choice("ABCDEFG") + "%07d" % rng.randint(0, 9999999)
    facts = []
    facts.append(F(["车牌" + rng.choice(pforms), "牌照" + rng.choice(pforms)], ["车牌号" + rng.choice(pforms), "号牌" + rng.choice(pforms)],
                   ["plate " + plate], 0.75, 0.85, so=rng.choice(pforms), sf=rng.choice(pforms), kind="serial"))
    facts.append(F(["车架号" + frame, "车架号后六位" + frame[-6:]], ["车架号" + frame], ["frame no. " + frame], 0.35, 0.35,
                   so=rng.choice([frame, frame[-6:]]), sf=frame, kind="serial2"))
    marks = [("车筐里有件雨衣", "车筐内有雨衣一件", "a raincoat in the basket"), ("后座装了儿童座椅", "后座有儿童座椅", "a child seat on the back"),
             ("装了遮阳棚", "带遮阳棚", "a sun canopy"), ("右边后视镜没了", "缺右侧后视镜", "right mirror missing"),
             ("车把上绑着红布条", "车把系红布条", "red ribbon on the handlebar"), ("坐垫有个破口", "坐垫破损", "torn seat"),
             ("前面挂着一个黑色头盔", "车把挂黑色头盔", "a black helmet hanging on it")]
    for m in rng.sample(marks, rng.choice([1, 2, 2, 3])):
        facts.append(F(m[0], m[1], m[2], 0.6, 0.75))
    facts.append(F(["新买的，花了%d" % rng.choice([2600, 3200, 3899, 4500])], "", ["new, paid a lot"], 0.3, 0.0, kind="hidden"))
    return dict(cat="ebike", sub="ebike", noun=["电动车", "电瓶车", "电动自行车", "电驴"], mw="辆", noun_en=["e-bike", "electric scooter"],
                brand=brand, model=model, color=color, fcolor=color, facts=facts)


# ---------------------------------------------------------------- bicycle
def gen_bicycle(rng, owner, force, avoid):
    brand = pick(rng, force, "brand", ["giant", "giant", "merida", "xds", "forever", "phoenix", "decathlon"], avoid)
    sub = force.get("sub") or rng.choice(["mtb", "road", "folding", "city", "kids"])
    noun = {"mtb": ["山地车", "山地自行车", "自行车"], "road": ["公路车", "自行车"], "folding": ["折叠车", "折叠自行车"],
            "city": ["自行车", "单车", "通勤车"], "kids": ["儿童自行车", "小孩自行车"]}[sub]
    color = pick(rng, force, "color", ["black", "white", "blue", "red", "grey", "green", "yellow"], avoid)
    model = force.get("model") or rng.choice({"giant": ["ATX 660", "Escape 2", "XTC 800"], "merida": ["勇士 500", "公爵 300"], "xds": ["逐日 300", "XDS 600"],
                                              "forever": ["QJ 26"], "phoenix": ["C70"], "decathlon": ["RC 100", "TILT 120"]}[brand])
    frame = rng.choice(["G", "M", "X", "F", "P", "D"]) + rng.choice("ABKT") + "%02d" % rng.randint(16, 24) + "%06d" % rng.randint(0, 999999)
    facts = [F(["车架号" + frame, "钢印号" + frame], ["车架底部钢印" + frame, "车架号" + frame], ["frame number " + frame], 0.4, 0.4,
               so=frame if rng.random() < 0.7 else frame[-6:], sf=frame, kind="serial")]
    marks = [("车把缠了蓝色把带", "车把缠蓝色把带", "blue bar tape"), ("后面有货架", "带后货架", "a rear rack"), ("链条有点锈", "链条生锈", "rusty chain"),
             ("车铃是小黄鸭的", "小黄鸭车铃", "a duck bell"), ("前轮挂着U型锁", "前轮有U型锁（已剪断）", "a U-lock"), ("车座换成了黑色宽座", "黑色宽座垫", "a wide black seat"),
             ("车架上贴着学校停车证", "车架贴雪泉大学停车证", "a university parking sticker")]
    for m in rng.sample(marks, rng.choice([1, 2, 2, 3])):
        facts.append(F(m[0], m[1], m[2], 0.6, 0.75))
    return dict(cat="bicycle", sub=sub, noun=noun, mw="辆", noun_en=["bicycle", "bike"], brand=brand, model=model, color=color, fcolor=color, facts=facts)


# ---------------------------------------------------------------- bag
BAG_SUBS = {"backpack": (["双肩包", "背包", "书包"], ["backpack", "rucksack"]), "cross": (["斜挎包", "挎包", "单肩包"], ["shoulder bag", "crossbody bag"]),
            "hand": (["手提包", "女士包", "包包"], ["handbag"]), "waist": (["腰包", "胸包", "腰包"], ["waist bag", "bum bag"]),
            "suitcase": (["行李箱", "拉杆箱", "箱子"], ["suitcase"]), "tote": (["帆布袋", "购物袋", "布袋子"], ["tote bag", "canvas bag"]),
            "camera": (["相机包", "摄影包"], ["camera bag"])}
BAG_CONTENTS = [("充电宝", "充电宝一个", "a power bank"), ("保温杯", "保温杯一个", "a thermos"), ("几件衣服", "衣物若干", "clothes"),
                ("防晒霜和墨镜", "防晒霜、墨镜", "sunscreen and sunglasses"), ("降压药", "药品一盒（降压药）", "blood pressure pills"),
                ("刚买的葡萄干", "葡萄干一袋", "raisins I just bought"), ("一本笔记本", "笔记本一本", "a notebook"),
                ("雨伞", "折叠伞一把", "an umbrella"), ("纸巾和湿巾", "纸巾湿巾", "tissues"), ("充电器和数据线", "充电器、数据线", "chargers"),
                ("孩子的玩具", "儿童玩具", "kid's toys"), ("两条艾德莱斯绸围巾", "丝巾两条", "two silk scarves"), ("巴旦木", "坚果一袋", "almonds"),
                ("一个平板", "平板电脑一台", "a tablet"), ("素描本和铅笔", "素描本、铅笔", "a sketchbook")]


def gen_bag(rng, owner, force, avoid):
    sub = force.get("sub") or wpick(rng, [("backpack", 30), ("cross", 20), ("hand", 15), ("waist", 10), ("suitcase", 10), ("tote", 10), ("camera", 5)])
    brands = {"backpack": ["xiaomi", "decathlon", "tnf", "nike", "adidas", "samsonite"], "cross": ["coach", "nike", "adidas", "decathlon"],
              "hand": ["coach", "goldlion"], "waist": ["nike", "decathlon", "adidas"], "suitcase": ["samsonite", "diplomat", "xiaomi"],
              "tote": [], "camera": ["canon", "sony"]}[sub]
    if "brand" in force:
        brand = force["brand"]
    elif brands and rng.random() < 0.7:
        brand = pick(rng, {}, "brand", brands, avoid)
    else:
        brand = None
    if brand and avoid.get("brand") == brand:
        brand = None
    color = pick(rng, force, "color", ["black", "black", "grey", "blue", "red", "green", "white", "pink", "brown", "yellow"], avoid)
    facts = []
    cont = rng.sample(BAG_CONTENTS, rng.choice([1, 2, 3, 3]))
    for c in cont:
        facts.append(F(["里面有" + c[0], c[0]], ["内有" + c[1], c[1]], [c[2]], 0.7, 0.75, kind="content"))
    if rng.random() < 0.3:
        facts.append(F(["行李牌上写着" + owner["zh"], "挂着行李牌"], ["挂有行李牌（%s）" % (owner["zh"] if rng.random() < 0.7 else owner["var"])],
                       ["luggage tag with my name " + owner["latin"]], 0.6, 0.8, kind="name"))
    if rng.random() < 0.2:
        code = rng.choice(["HZ", "SZ", "SH", "QD", "NB"]) + "07%02d" % rng.randint(1, 31) + "-" + rng.choice(["XQ", "TJ", "SL"]) + "%02d" % rng.randint(1, 40)
        facts.append(F(["包上贴着旅行社的团号" + code, "团号" + code], ["包上贴有旅行社团号贴纸“%s”" % code], ["a tour sticker " + code], 0.6, 0.7,
                       so=code, sf=code, kind="serial"))
    if rng.random() < 0.35:
        m = rng.choice([("拉链上挂着小熊", "拉链挂小熊挂件", "a bear on the zip"), ("侧面破了个小洞", "侧面有破洞", "a small hole on the side"),
                        ("绣着名字缩写", "绣有英文字母", "embroidered initials"), ("带子是后换的", "背带与包颜色不同", "a replaced strap")])
        facts.append(F(m[0], m[1], m[2], 0.5, 0.6))
    if sub == "suitcase":
        facts.append(F(["%d寸的" % rng.choice([20, 24, 28])], ["约%d寸" % rng.choice([20, 24, 28])], ["medium size"], 0.5, 0.5))
    bs = BAG_SUBS[sub]
    return dict(cat="bag", sub=sub, noun=bs[0], mw="个", noun_en=bs[1], brand=brand, model=None, color=color, fcolor=color, facts=facts)


# ---------------------------------------------------------------- cash
def gen_cash(rng, owner, force, avoid):
    amt = force.get("amount") or rng.choice([300, 500, 800, 1000, 1200, 1500, 2000, 2600, 3000, 4200, 5000, 6800])
    famt = amt if rng.random() < 0.75 else amt - rng.choice([50, 100, 100, 200])
    cont = force.get("sub") or rng.choice(["envelope", "redpacket", "bankenv", "rubber", "plastic"])
    cz = {"envelope": ("白色信封装着", "白色信封", "in a white envelope", "white"), "redpacket": ("红包装着", "红包", "in a red packet", "red"),
          "bankenv": ("银行的牛皮纸信封装着", "牛皮纸信封", "in a brown bank envelope", "brown"), "rubber": ("用皮筋扎着", "皮筋捆扎", "rolled with a rubber band", None),
          "plastic": ("装在塑料袋里", "塑料袋", "in a plastic bag", None)}[cont]
    facts = [F(["%s现金%s" % (cz[0], amount_owner(rng, amt)), "一共" + amount_owner(rng, amt)], ["现金人民币%d元" % famt, "现金%d元，%s装" % (famt, cz[1])],
               ["%d yuan" % amt], 0.95, 0.95, kind="content")]
    facts.append(F(["都是一百的", "一百的和五十的都有"], ["百元面额%d张" % (famt // 100), "其中百元%d张" % (famt // 100)], ["100 yuan notes"], 0.4, 0.6))
    if rng.random() < 0.6:
        p = rng.choice([("是给孙子交学费的", "for my grandson's school"), ("是卖地毯的货款", "money from selling carpets"), ("准备交房租的", "rent money"),
                        ("是团费", "tour money"), ("刚从银行取的", "just withdrew from the bank")])
        facts.append(F(p[0], "", p[1], 0.8, 0.0, kind="hidden"))
    if cont in ("envelope", "bankenv") and rng.random() < 0.4:
        w = rng.choice(["写着“房租”", "写着“7月”", "写了个电话号码", "印着农商银行"])
        facts.append(F("信封上" + w, "信封上" + w, "something is written on the envelope", 0.6, 0.8))
    return dict(cat="cash", sub=cont, plain_noun=True, noun=["现金", "钱", "人民币"], mw="笔", noun_en=["cash", "money"], brand=None, model=None,
                color=cz[3], fcolor=cz[3], facts=facts, amount=amt)


# ---------------------------------------------------------------- jewelry
JEW = {
    "bangle": (["和田玉手镯", "玉镯子", "玉镯"], ["jade bangle"], ["white", "green"]),
    "pendant": (["玉坠", "玉吊坠", "和田玉挂件"], ["jade pendant"], ["white", "green"]),
    "gold_chain": (["金手链", "黄金手链"], ["gold bracelet"], ["gold"]),
    "gold_neck": (["金项链", "黄金项链"], ["gold necklace"], ["gold"]),
    "silver": (["银手镯", "民族银镯子", "银镯子"], ["silver bangle"], ["silver"]),
    "earring": (["耳环", "一只耳环", "金耳环"], ["earring"], ["gold", "silver"]),
    "ring": (["戒指", "金戒指", "婚戒"], ["ring"], ["gold", "silver"]),
    "agate": (["玛瑙手串", "南红手串", "手串"], ["agate bead bracelet"], ["red"]),
    "watch": (["手表", "机械表", "腕表"], ["watch"], ["silver", "gold", "black"]),
}


def gen_jewelry(rng, owner, force, avoid):
    sub = force.get("sub") or wpick(rng, [("bangle", 20), ("pendant", 20), ("gold_chain", 12), ("gold_neck", 10), ("silver", 10),
                                          ("earring", 8), ("ring", 10), ("agate", 6), ("watch", 4)])
    j = JEW[sub]
    color = force.get("color") or rng.choice(j[2])
    brand = None
    if "brand" in force:
        brand = force["brand"]
    elif sub in ("gold_chain", "gold_neck", "ring", "earring") and rng.random() < 0.6:
        brand = pick(rng, {}, "brand", ["ctf", "ctf", "lfx", "css"], avoid)
    facts = []
    if sub in ("bangle", "pendant"):
        shape = rng.choice([("平安扣", "圆形平安扣", "a round safety buckle"), ("葫芦", "葫芦造型", "gourd shape"), ("观音", "观音像", "Guanyin"),
                            ("素面", "无雕花", "plain"), ("雕着一条鱼", "雕鱼纹", "carved fish")]) if sub == "pendant" else \
            rng.choice([("圆条的", "圆条镯", "round"), ("扁条的", "扁条镯", "flat"), ("有一点黄皮", "带少许糖色", "a bit of brown skin")])
        facts.append(F(shape[0], shape[1], shape[2], 0.7, 0.8))
        cert = "HTY-%02d%02d-%04d" % (rng.randint(20, 24), rng.randint(1, 12), rng.randint(0, 9999))
        facts.append(F(["有鉴定证书，编号" + cert, "证书编号" + cert], "", ["certificate " + cert], 0.35, 0.0, so=cert, kind="hidden"))
        price = rng.choice([1800, 2600, 4800, 8800, 12000, 26000])
        facts.append(F(["在巴扎花%d买的" % price, "价值%d元" % price], "", ["paid %d yuan" % price], 0.6, 0.0, kind="hidden"))
        if sub == "pendant":
            facts.append(F(["红绳穿着", "挂在红绳上"], ["穿红绳", "系红色绳"], ["on a red string"], 0.5, 0.8))
        if rng.random() < 0.3:
            facts.append(F("有一道小裂纹", "有细小裂纹", "a tiny crack", 0.6, 0.5))
    else:
        if rng.random() < 0.4:
            eng = rng.choice(["LY520", "Z&M", "永结同心", "2012.8.8", "AY"])
            facts.append(F(["内侧刻着" + eng, "刻字" + eng], ["内侧刻有“%s”" % eng, "刻字：" + eng], ["engraved " + eng], 0.7, 0.7, so="刻字" + eng, sf=eng, kind="serial"))
        if sub in ("gold_chain", "gold_neck", "ring", "earring"):
            g = rng.choice([8, 10, 12, 15, 20, 3, 5])
            facts.append(F(["大概%d克" % g, "%d克左右" % g], ["约%d克" % (g + rng.choice([-1, 0, 0, 1]))], ["about %d grams" % g], 0.4, 0.3))
        if sub == "watch":
            facts.append(F(["表带是钢的", "钢带"], ["钢制表带", "金属表带"], ["steel strap"], 0.6, 0.8))
            facts.append(F(["父亲留下的", "戴了二十年"], "", ["it was my father's"], 0.5, 0.0, kind="hidden"))
    if rng.random() < 0.4:
        facts.append(F(["装在红色绒布袋里", "放在首饰盒里"], ["装于红色绒布袋内", "在首饰盒内"], ["in a red pouch"], 0.6, 0.8))
    return dict(cat="jewelry", sub=sub, noun=j[0], mw=rng.choice(["个", "只", "条"]) if sub not in ("bangle", "silver", "watch") else ("只" if sub != "watch" else "块"),
                noun_en=j[1], brand=brand, model=None, color=color, fcolor=color, facts=facts)


# ---------------------------------------------------------------- electronics
ELEC = {
    "earbuds": (["蓝牙耳机", "无线耳机", "耳机"], ["earbuds", "wireless earphones"], {"apple": ["AirPods Pro", "AirPods 3"], "huawei": ["FreeBuds Pro 3", "FreeBuds 6"], "xiaomi": ["Buds 5"]}, ["white", "white", "black"]),
    "camera": (["相机", "单反相机", "微单相机", "照相机"], ["camera"], {"canon": ["EOS R8", "EOS 90D"], "sony": ["A7C", "ZV-E10"], "fuji": ["X-S20", "X100V"]}, ["black", "silver"]),
    "action": (["运动相机", "口袋相机"], ["action camera"], {"dji": ["Osmo Pocket 3", "Action 4"]}, ["black", "grey"]),
    "drone": (["无人机", "航拍器"], ["drone"], {"dji": ["Mini 4", "Air 3"]}, ["grey", "white"]),
    "tablet": (["平板", "平板电脑", "iPad"], ["tablet", "iPad"], {"apple": ["iPad Air", "iPad mini"], "huawei": ["MatePad 11"], "xiaomi": ["Pad 6"]}, ["grey", "silver", "blue", "purple"]),
    "laptop": (["笔记本电脑", "电脑", "笔记本"], ["laptop"], {"lenovo": ["ThinkPad X1", "小新 Pro 14"], "huawei": ["MateBook 14"], "apple": ["MacBook Air"]}, ["grey", "silver", "black"]),
    "powerbank": (["充电宝", "移动电源"], ["power bank"], {"romoss": ["PAC20"], "xiaomi": ["10000mAh"], "anker": ["PowerCore 10K"]}, ["white", "black", "blue"]),
    "watch": (["智能手表", "手环", "运动手表"], ["smartwatch", "fitness band"], {"huawei": ["Watch GT 4", "手环 8"], "apple": ["Apple Watch S9"], "xiaomi": ["手环 8"]}, ["black", "white", "pink", "green"]),
    "kindle": (["电子书", "Kindle", "阅读器"], ["e-reader"], {"xiaomi": ["墨水屏阅读器"]}, ["black"]),
}


def gen_electronics(rng, owner, force, avoid):
    sub = force.get("sub") or wpick(rng, [("earbuds", 25), ("camera", 12), ("action", 6), ("drone", 4), ("tablet", 12), ("laptop", 8),
                                          ("powerbank", 15), ("watch", 12), ("kindle", 4)])
    e = ELEC[sub]
    brand = pick(rng, force, "brand", sorted(e[2]), avoid) if len(e[2]) > 1 or not avoid.get("brand") else sorted(e[2])[0]
    if brand not in e[2]:
        brand = sorted(e[2])[0]
    model = force.get("model") or rng.choice(e[2][brand])
    color = pick(rng, force, "color", e[3], avoid) if len(e[3]) > 1 else (force.get("color") or e[3][0])
    facts = []
    sn = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.choice([10, 12])))
    facts.append(F(["序列号" + sn, "SN:" + sn], ["背面序列号" + sn, "S/N " + sn], ["serial " + sn], 0.35, 0.3 if sub not in ("earbuds", "watch") else 0.1,
                   so=sn if rng.random() < 0.8 else "SN " + sn[-5:], sf=sn, kind="serial"))
    marks = {"earbuds": [("充电盒套着硅胶套", "耳机盒有硅胶保护套", "a silicone cover on the case"), ("盒子上刻了字", "充电盒刻有字母", "engraving on the case"), ("少了一只左耳", "仅有右耳一只", "left bud missing")],
             "camera": [("镜头盖丢了", "无镜头盖", "no lens cap"), ("背带是彩色民族风的", "彩色民族风背带", "colourful strap"), ("存储卡里有天镜湖的照片", "", "photos of the lake on the card")],
             "tablet": [("套着键盘保护套", "带键盘皮套", "keyboard cover"), ("背面贴着贴纸", "背面有贴纸", "stickers on the back")],
             "laptop": [("贴着大学的贴纸", "外壳贴有贴纸", "a uni sticker"), ("装在灰色内胆包里", "装在灰色电脑内胆包内", "in a grey sleeve")],
             "powerbank": [("有条自带的线", "自带数据线", "built-in cable"), ("外壳有划痕", "外壳划痕较多", "scratched")],
             "watch": [("表带是后换的尼龙带", "尼龙表带", "a nylon strap"), ("屏幕有划痕", "表盘有划痕", "scratched face")],
             "action": [("配着一个小三脚架", "附小三脚架", "a mini tripod")], "drone": [("装在收纳包里", "装于收纳包", "in its bag")], "kindle": [("套着皮套", "带皮套", "leather cover")]}[sub]
    for m in rng.sample(marks, min(len(marks), rng.choice([1, 1, 2]))):
        facts.append(F(m[0], m[1] or "", m[2], 0.6, 0.7 if m[1] else 0.0))
    if rng.random() < 0.3:
        facts.append(F(["绑着我的手机，能定位" if sub in ("earbuds", "watch", "tablet") else "里面有重要资料"], "", ["it has my data"], 0.5, 0.0, kind="hidden"))
    return dict(cat="electronics", sub=sub, noun=e[0], mw=rng.choice(["个", "台", "部"]) if sub not in ("earbuds",) else "副", noun_en=e[1],
                brand=brand, model=model, color=color, fcolor=color, facts=facts)


# ---------------------------------------------------------------- other
OTHER = {
    "umbrella": (["遮阳伞", "雨伞", "伞"], ["umbrella", "sun umbrella"], [], ["black", "blue", "pink", "purple", "white"]),
    "doppa": (["花帽", "民族花帽", "小花帽"], ["embroidered cap"], [], ["green", "black", "red"]),
    "scarf": (["艾德莱斯绸围巾", "丝巾", "围巾"], ["silk scarf"], [], ["red", "purple", "yellow", "blue"]),
    "thermos": (["保温杯", "水杯", "杯子"], ["thermos", "water bottle"], ["thermos", "zojirushi"], ["black", "white", "pink", "blue", "silver"]),
    "sunglasses": (["墨镜", "太阳镜"], ["sunglasses"], ["rayban", "bolon"], ["black", "brown"]),
    "glasses": (["眼镜", "近视眼镜", "老花镜"], ["glasses"], [], ["black", "brown", "gold"]),
    "poles": (["登山杖", "手杖", "拐杖"], ["trekking pole", "walking stick"], ["decathlon"], ["black", "blue", "silver"]),
    "carpet": (["小地毯", "地毯", "挂毯"], ["small carpet", "rug"], [], ["red", "blue", "brown"]),
    "dutar": (["都塔尔", "乐器", "琴"], ["dutar", "lute"], [], ["brown"]),
    "toy": (["毛绒骆驼", "玩具骆驼", "玩具"], ["toy camel", "plush toy"], [], ["brown", "yellow", "white"]),
    "docs": (["文件袋", "档案袋", "资料袋"], ["document folder"], [], ["brown", "blue", "white"]),
    "meds": (["药袋", "一袋药", "药"], ["bag of medicine"], [], ["white"]),
}


def gen_other(rng, owner, force, avoid):
    sub = force.get("sub") or wpick(rng, [("umbrella", 14), ("doppa", 8), ("scarf", 8), ("thermos", 12), ("sunglasses", 10), ("glasses", 8),
                                          ("poles", 5), ("carpet", 6), ("dutar", 3), ("toy", 7), ("docs", 6), ("meds", 5)])
    o = OTHER[sub]
    brand = None
    if "brand" in force:
        brand = force["brand"]
    elif o[2] and rng.random() < 0.7:
        brand = pick(rng, {}, "brand", o[2], avoid)
    color = pick(rng, force, "color", o[3], avoid) if len(o[3]) > 1 else (force.get("color") or o[3][0])
    facts = []
    m = {
        "umbrella": [("三折的", "三折伞", "folding"), ("伞柄是木头的", "木质伞柄", "wooden handle"), ("伞面有小碎花", "碎花伞面", "flower print"), ("黑胶防晒的", "黑胶涂层", "UV coating")],
        "doppa": [("绣着巴旦木花纹", "巴旦木花纹刺绣", "almond pattern"), ("里面缝了名字", "内缝有字", "a name sewn inside")],
        "scarf": [("是在巴扎刚买的", "带吊牌", "just bought, tag still on"), ("有流苏", "带流苏", "tassels")],
        "thermos": [("杯身贴着名字贴", "杯身贴有名字贴", "name sticker"), ("掉了一块漆", "杯身掉漆", "chipped paint"), ("里面泡着枸杞", "内有枸杞水", "goji tea inside")],
        "sunglasses": [("装在眼镜盒里", "有眼镜盒", "in a case"), ("左腿有点松", "镜腿松动", "loose arm")],
        "glasses": [("金属框", "金属镜框", "metal frame"), ("眼镜盒是蓝色的", "蓝色眼镜盒", "blue case"), ("镜片有划痕", "镜片划痕", "scratched lenses")],
        "poles": [("可伸缩的", "伸缩式", "telescopic"), ("把手上缠着胶带", "把手缠胶带", "tape on the grip")],
        "carpet": [("卷着用绳子捆着", "卷起用绳捆扎", "rolled and tied"), ("里面夹着发票", "内夹地毯店发票", "receipt inside"), ("大概一米长", "长约1米", "about a metre long")],
        "dutar": [("装在黑色琴包里", "黑色琴包", "in a black case"), ("琴头刻着花纹", "琴头雕花", "carved head")],
        "toy": [("脖子上系着小铃铛", "颈部系铃铛", "bell on the neck"), ("是孙女最喜欢的", "", "my granddaughter's favourite")],
        "docs": [("里面是租房合同", "内有合同文件", "a rental contract inside"), ("写着公司名字", "印有公司名称", "company name printed")],
        "meds": [("里面有胰岛素笔", "内有胰岛素笔", "insulin pen"), ("医院的袋子", "医院药袋", "hospital bag"), ("药盒上写着名字", "药盒写有姓名", "name on the box")],
    }[sub]
    for x in rng.sample(m, min(len(m), rng.choice([1, 2, 2]))):
        facts.append(F(x[0], x[1] or "", x[2], 0.65, 0.75 if x[1] else 0.0))
    if sub in ("meds", "docs", "thermos") and rng.random() < 0.5:
        facts.append(F(["上面有我的名字" + owner["zh"]], ["写有姓名“%s”" % owner["zh"]], ["my name " + owner["latin"]], 0.6, 0.8, kind="name"))
    return dict(cat="other", sub=sub, noun=o[0], mw=rng.choice(["个", "把", "件"]) if sub not in ("glasses", "sunglasses") else "副", noun_en=o[1],
                brand=brand, model=None, color=color, fcolor=color, facts=facts)


GEN = {"phone": gen_phone, "id_doc": gen_id_doc, "wallet": gen_wallet, "keys": gen_keys, "ebike": gen_ebike, "bicycle": gen_bicycle,
       "bag": gen_bag, "cash": gen_cash, "jewelry": gen_jewelry, "electronics": gen_electronics, "other": gen_other}


def make_object(rng, cat, owner, force=None, avoid=None):
    force = force or {}
    avoid = avoid or {}
    if owner.get("prov") and not owner.get("idno"):
        owner["idno"] = make_idno(rng, owner["prov"], owner["g"])
    return GEN[cat](rng, owner, force, avoid)
