"""Set 93 truth records: phones and identity documents."""
from set93_obj import slot, tslot, cslot, bslot, mslot, sslot, clause, obj, wpick
from set93_vocab import pick_model, eqopts
from set93_nums import (make_imei, imei2, imei_forms, make_id, id_forms, card_tail, card_forms,
                        make_stuno, stu_forms, BANKS)
from set93_world import GIV_F, GIV_M, EN_LAST

PHONE_B = [("huawei", 26), ("apple", 26), ("xiaomi", 12), ("oppo", 9), ("vivo", 9), ("honor", 9),
           ("oneplus", 4), ("samsung", 4)]
PHONE_POOL = [b for b, _ in PHONE_B]
CASES = [
    ("clear", "透明壳|透明手机壳|透明软壳，有点发黄了", "透明保护壳|透明软壳|透明壳（略发黄）", "clear case|transparent case"),
    ("bunny", "粉色兔耳朵硅胶壳|粉色兔子耳朵的壳", "粉色兔耳硅胶保护壳|带兔耳朵的粉色壳", "pink bunny-ear silicone case"),
    ("leather", "黑色皮质翻盖壳|黑色皮套，翻盖的", "黑色翻盖皮套|黑色皮质翻盖保护套", "black leather flip case"),
    ("dragon", "印着龙舟图案的壳|龙舟图案手机壳", "手机壳印有龙舟图案|龙舟图案保护壳", "case with a dragon boat print"),
    ("cat", "白底小猫卡通壳|卡通猫咪手机壳", "卡通猫图案的壳|白色小猫图案保护壳", "white case with a cartoon cat"),
    ("wallet", "带插卡的钱包式手机壳|翻盖钱包壳，能插卡", "插卡式钱包手机壳|带卡槽的翻盖壳", "wallet-style flip case"),
    ("camo", "迷彩壳|迷彩图案的手机壳", "迷彩图案保护壳|迷彩壳", "camouflage case"),
    ("univ", "澜湖大学校徽定制壳|印着澜大校徽的壳", "印有澜湖大学校徽的手机壳", "case with the Lanhu University crest"),
    ("armor", "深蓝色防摔壳，四个角鼓起来|蓝色气囊防摔壳", "蓝色四角气囊防摔壳", "blue shockproof bumper case"),
    ("none", "没戴壳|裸机，没有壳", "无保护壳|裸机无壳", "no case"),
    ("marble", "大理石纹路的壳|白色大理石花纹壳", "大理石纹手机壳", "marble-pattern case"),
    ("zongzi", "粽子卡通图案的壳|绿色粽子图案壳", "绿色粽子卡通图案的壳", "green case with a cartoon zongzi"),
]
WALLS = [
    ("kid", "锁屏是我女儿的照片|锁屏是小孩照片", "锁屏壁纸是一个小女孩照片|屏保是个小孩", "lock screen is a photo of my daughter"),
    ("dog", "锁屏是我家柯基|锁屏是一只柯基狗", "锁屏是一只柯基犬照片", "lock screen is my corgi"),
    ("sunset", "锁屏是湖边日落的照片", "锁屏为湖面日落风景", "lock screen is a lake sunset"),
    ("couple", "锁屏是我和老公的合照|锁屏是两个人合照", "锁屏是一对男女合照", "lock screen is me and my partner"),
    ("anime", "锁屏是动漫人物|锁屏是海贼王路飞", "锁屏壁纸为动漫人物", "lock screen is an anime character"),
    ("buddha", "锁屏是观音菩萨像", "锁屏是菩萨像", "lock screen is a Buddhist image"),
    ("grad", "锁屏是我们班毕业合影", "锁屏为一张穿学士服的合影", "lock screen is my class graduation photo"),
    ("team", "锁屏是我们龙舟队的合照", "锁屏是一群穿队服的人在船上的合照", "lock screen is my dragon boat team"),
    ("flower", "锁屏是一朵荷花", "锁屏图片是荷花", "lock screen is a lotus flower"),
]
PMARKS = [
    ("crack_tr", "屏幕右上角碎了一块|屏幕右上角有裂纹", "屏幕右上角有裂痕", "cracked top-right corner of the screen"),
    ("crack_back", "背板裂了|后盖有蜘蛛网一样的裂纹", "后盖玻璃碎裂", "cracked back glass"),
    ("ring", "背面有个金色指环扣|后面粘了个指环支架", "背面有金色指环支架", "gold ring holder on the back"),
    ("strap", "挂着一根红色挂绳|有红色短挂绳", "挂有红色挂绳", "red wrist strap"),
    ("pika", "背面贴了一张皮卡丘贴纸", "背面贴有皮卡丘贴纸", "Pikachu sticker on the back"),
    ("bear", "背后有个小熊气囊支架", "背面有小熊图案气囊支架", "bear-shaped pop socket"),
    ("dent", "边框左下角磕掉了漆", "边框左下角掉漆", "chipped paint on the bottom-left corner"),
]
INCASE = [
    ("bus", "壳里夹着一张澜湖通公交卡", "壳内夹有澜湖通公交卡一张", "a bus card behind the case"),
    ("ticket", "壳里塞了张龙舟赛门票", "壳内夹龙舟赛门票", "a race ticket tucked in the case"),
    ("note", "壳里夹着一张100块", "壳内夹百元现金一张", "a 100-yuan note in the case"),
    ("ferry", "壳里夹着轮渡船票", "壳内有轮渡船票一张", "a ferry ticket in the case"),
]
HID = ["手机有锁屏密码|里面两张卡，移动和电信|微信支付宝都在上面，很着急|电量不多，可能已经关机了|打过去一直没人接",
       "it has a passcode|my whole trip is on it|battery was low, it may be off"]
STATE = "捡到时已关机|锁屏状态，屏幕上有未接来电|电量剩一点|一直有电话打进来没敢接|有多个未接来电显示“妈妈”"


def phone(rng, ctx):
    en = ctx["en"]
    b = wpick(rng, [(x, w) for x, w in PHONE_B if not en or x in ("apple", "samsung", "huawei", "xiaomi")])
    m = pick_model(rng, b)
    fam = rng.choice("black black white silver gold blue green purple pink grey".split())
    imei = make_imei(rng)
    own = imei_forms(imei) + ([imei + " / " + imei2(imei)] if rng.random() < 0.3 else [])

    def rem(r):
        n = make_imei(r)
        return sslot(n, imei_forms(n), imei_forms(n, False), ["IMEI", "串号"], ["IMEI", "串号"], rem)
    lo = ["IMEI"] if en else ["IMEI", "IMEI号", "串号", "手机串号"]
    case = tslot(rng, CASES, en)
    hid = HID[1 if en else 0].split("|")
    sl = [("color", cslot(fam, en)), ("brand", bslot(b, en, PHONE_POOL, phone=True)), ("model", mslot(b, m, en)),
          ("imei", sslot(imei, own, imei_forms(imei, False), lo, ["IMEI（拨*#06#查得）", "串号", "IMEI"], rem)),
          ("case", case), ("screen", tslot(rng, WALLS, en)),
          ("mark", tslot(rng, PMARKS, en, excl=False) if rng.random() < 0.6 else None),
          ("incase", tslot(rng, INCASE, en, soft=True) if case["canon"] != "none" and rng.random() < 0.35 else None),
          ("hid", clause("hid", [rng.choice(hid)], [], soft=True)),
          ("state", clause("state", [], [rng.choice(STATE.split("|"))], soft=True))]
    return obj("phone", "phone", "phone|mobile|cell phone" if en else "手机|手机|电话",
               "手机|手机一部|手机一台", sl, en)


def cn_name_slot(rng, name, lab="姓名"):
    def rem(r):
        g = GIV_M + GIV_F
        n2 = name[0] + r.choice([x for x in g if x != name[1:]])
        return cn_name_slot(r, n2, lab)
    own = ["%s：%s" % (lab, name), "名字是%s" % name, "上面名字是%s" % name, "%s%s" % (lab, name)]
    fnd = ["%s%s" % (lab, name), "%s：%s" % (lab, name), "持证人%s" % name, "上面写的名字是%s" % name]
    return slot("clause", eqopts(name, own), eqopts(name, fnd), name, "marks", remake=rem)


def en_name_slot(rng, name):
    def rem(r):
        return en_name_slot(r, name.split()[0] + " " + r.choice([x for x in EN_LAST if x != name.split()[1]]))
    f, l = name.split()
    own = ["name on it: " + name, "holder " + name, "it says " + l.upper() + " " + f.upper()]
    fnd = ["护照姓名：%s %s" % (l.upper(), f.upper()), "持照人%s, %s" % (l.upper(), f.upper()), "姓名%s" % name]
    return slot("clause", eqopts(name, own), eqopts(name, fnd), name, "marks", remake=rem)


def id_slot(idn, gender, local):
    def rem(r):
        while True:
            n = make_id(r, gender, int(idn[6:10]), int(idn[6:10]), local)
            if n[-4:] != idn[-4:]:
                return id_slot(n, gender, local)
    return sslot(idn, id_forms(idn, False), id_forms(idn, True), ["身份证号", "证件号", "号码"],
                 ["证件号码", "身份证号", "号码"], rem)


HOLDERS = [
    ("clear", "装在透明卡套里", "套透明卡套", "in a clear sleeve"),
    ("pink", "套着粉色卡套，挂个小铃铛", "粉色卡套，挂小铃铛", "pink holder with a bell"),
    ("lanyard", "挂在蓝色挂绳的卡套里", "蓝色挂绳卡套", "blue lanyard holder"),
    ("bare", "没有套，光着的", "无卡套", "no holder"),
    ("leather", "装在棕色小皮套里", "棕色皮质卡套", "brown leather sleeve"),
    ("keyring", "和门禁卡穿在一个钥匙圈上", "与门禁卡串在同一钥匙圈", "on a key ring with an access card"),
]
COLLEGES = [("chem", "化学化工学院"), ("fl", "外国语学院"), ("civil", "土木工程学院"), ("econ", "经济管理学院"),
            ("music", "音乐学院"), ("med", "医学院"), ("cs", "计算机学院")]
NATS = [("de", "德国护照", "German passport"), ("nl", "荷兰护照", "Dutch passport"), ("au", "澳大利亚护照", "Australian passport"),
        ("ca", "加拿大护照", "Canadian passport"), ("no", "挪威护照", "Norwegian passport"), ("ie", "爱尔兰护照", "Irish passport")]


def id_doc(rng, ctx):
    en, name, g, local = ctx["en"], ctx["owner"], ctx["gender"], ctx["local"]
    v = ctx["voice"]
    subs = {"graduate": [("stu", 45), ("degree", 25), ("idcard", 30)], "tourist_en": [("passport", 1)],
            "pilgrim": [("elder", 40), ("idcard", 40), ("ss", 20)], "hospital": [("med", 40), ("ss", 30), ("idcard", 30)]}
    sub = wpick(rng, subs.get(v, [("idcard", 55), ("driving", 22), ("ss", 13), ("bank", 10)]))
    y0, y1 = ctx["born"]
    holder = tslot(rng, HOLDERS, en)
    if sub == "passport":
        pn = rng.choice("CFGKLMP") + rng.choice("ABCDEFHJK") + "%07d" % rng.randrange(10 ** 7)
        nat = rng.choice(NATS)
        sl = [("name", en_name_slot(rng, name)), ("color", cslot(rng.choice(["winered", "navy", "darkgreen"]), en)),
              ("pno", sslot(pn, [pn, pn[:2] + " " + pn[2:], "ending " + pn[-4:]], [pn, "尾号" + pn[-4:]],
                            ["passport no.", "number"], ["护照号", "号码"])),
              ("nat", clause(nat[0], [nat[2]], [nat[1]])), ("holder", holder)]
        return obj("id_doc", sub, "passport", "护照|护照一本", sl, en)
    idn = make_id(rng, g, y0, y1, local)
    if sub in ("idcard", "driving"):
        noun = "身份证|身份证|二代身份证" if sub == "idcard" else "驾驶证|驾照|机动车驾驶证"
        sl = [("name", cn_name_slot(rng, name)), ("idno", id_slot(idn, g, local)), ("holder", holder)]
        if sub == "driving":
            sl.append(("cover", tslot(rng, [("black", "黑色皮套", "黑色驾驶证皮套", ""), ("brown", "棕色皮套", "棕色皮套", ""),
                                             ("red", "红色塑料套", "红色塑料封套", "")], en)))
        nf = "身份证|身份证一张|居民身份证一张" if sub == "idcard" else "驾驶证|驾驶证一本"
        return obj("id_doc", sub, noun, nf, sl, en,
                   alt="wallet" if holder["canon"] == "leather" else None)
    if sub == "stu" or sub == "degree":
        col = rng.choice(COLLEGES)
        cl = clause(col[0], [col[1], "澜大" + col[1]], ["澜湖大学" + col[1], col[1]])
        if sub == "stu":
            s = make_stuno(rng, y1 + 18)
            sl = [("name", cn_name_slot(rng, name)), ("stuno", sslot(s, stu_forms(s), stu_forms(s), ["学号"], ["学号", "卡号"])),
                  ("college", cl), ("color", cslot(rng.choice(["blue", "white"]), en)), ("holder", holder)]
            return obj("id_doc", sub, "学生证|校园卡|澜大校园卡", "校园卡|学生证一张", sl, en,
                       alt="wallet" if holder["canon"] == "leather" else None)
        cn = "LHU2026-%02d-%05d" % (rng.randint(1, 40), rng.randrange(1, 99999))
        sl = [("name", cn_name_slot(rng, name)), ("cert", sslot(cn, [cn, cn.replace("-", "")], [cn], ["证书编号"], ["编号", "证书编号"])),
              ("college", cl), ("color", cslot("red", en)),
              ("folder", tslot(rng, [("redfolder", "装在红色证书夹里", "红色证书夹", ""), ("kraft", "装在牛皮纸袋里", "牛皮纸档案袋", ""),
                                     ("tube", "卷在一个黑色纸筒里", "黑色纸筒", "")], en))]
        return obj("id_doc", sub, "毕业证和学位证|学位证书|毕业证书", "学位证书|毕业证书一本", sl, en)
    if sub == "bank":
        bk = rng.choice(BANKS)
        t = card_tail(rng)
        sl = [("brand", slot("brand", brand_opts_bank(bk), brand_opts_bank(bk), bk[0], "brand")),
              ("tail", sslot(bk[0] + t, card_forms(bk[2], t, False), card_forms(bk[2], t, True), ["卡号", ""], ["卡号"])),
              ("design", tslot(rng, [("gold", "金色的卡面", "金色卡面", ""), ("dragon", "卡面印着龙舟", "卡面印龙舟图案", ""),
                                     ("plain", "普通蓝色卡面", "蓝色卡面", ""), ("lotus", "荷花图案的卡面", "卡面为荷花图案", "")], en))]
        return obj("id_doc", sub, "银行卡|储蓄卡", "银行卡|银行卡一张", sl, en)
    if sub == "ss":
        bk = rng.choice(BANKS)
        sl = [("name", cn_name_slot(rng, name)), ("idno", id_slot(idn, g, local)),
              ("brand", slot("brand", brand_opts_bank(bk), brand_opts_bank(bk), bk[0], "brand")), ("holder", holder)]
        return obj("id_doc", sub, "社保卡|医保卡|社会保障卡", "社保卡|社会保障卡一张", sl, en)
    if sub == "med":
        mc = "00%08d" % rng.randrange(10 ** 8)
        sl = [("name", cn_name_slot(rng, name)), ("medno", sslot(mc, [mc, mc[2:], "尾号" + mc[-4:]], [mc], ["就诊卡号", "卡号"], ["卡号"])),
              ("hosp", clause("lh1", ["市一医院的", "一院的就诊卡"], ["澜湖市第一人民医院就诊卡", "市一医院"])), ("holder", holder)]
        return obj("id_doc", sub, "就诊卡|医院的卡", "就诊卡|就诊卡一张", sl, en)
    ec = "LN%06d" % rng.randrange(10 ** 6)
    sl = [("name", cn_name_slot(rng, name)), ("eno", sslot(ec, [ec, ec[2:]], [ec, ec[2:]], ["证号", "卡号"], ["编号"])),
          ("holder", holder), ("hid", clause("hid", ["老人不识字，就认得卡上的照片", "是坐公交用的"], [], soft=True))]
    return obj("id_doc", sub, "老年优待证|老年卡|老人公交卡", "老年优待证|老年卡一张", sl, en)


def brand_opts_bank(bk):
    return eqopts(bk[0], bk[1])

