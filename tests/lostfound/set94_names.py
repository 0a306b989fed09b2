"""Set 94 people: invented names in Chinese, Russian and Mongolian forms, and typos."""

CN_SUR = sorted(set("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"))
CN_GIVEN_M = sorted(set("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳晨"))
CN_GIVEN_F = sorted(set("芳娜敏静丽艳娟霞燕玲婷雪琳颖倩洁慧露瑶欣月莉萍红梅兰凤"))
CN_MID = sorted(set("志文晓建海国永小春秋德玉振天金家学立"))
MN_LOCAL_M = ["巴图", "额尔敦", "苏和", "那日苏", "阿拉坦", "宝音", "朝鲁", "满都拉", "毕力格", "巴雅尔", "特木尔", "图门"]
MN_LOCAL_F = ["乌日娜", "其其格", "图雅", "斯琴", "萨仁", "格日勒", "娜仁", "乌兰", "高娃", "托娅", "塔娜", "阿拉腾"]
MN_LOCAL_TAIL = ["", "", "", "巴特尔", "其木格", "图", "夫", "花"]

# (cyrillic, latin in passport, other latin spellings, chinese transliteration)
RU_M = [("Сергей", "SERGEI", ["Sergey", "Serge"], "谢尔盖"), ("Алексей", "ALEKSEI", ["Alexey", "Aleksey"], "阿列克谢"),
        ("Дмитрий", "DMITRII", ["Dmitry", "Dima"], "德米特里"), ("Николай", "NIKOLAI", ["Nikolay"], "尼古拉"),
        ("Андрей", "ANDREI", ["Andrey"], "安德烈"), ("Виктор", "VIKTOR", ["Victor"], "维克多"),
        ("Павел", "PAVEL", ["Pasha"], "帕维尔"), ("Игорь", "IGOR", ["Igor"], "伊戈尔"), ("Юрий", "IURII", ["Yuri", "Yury"], "尤里")]
RU_F = [("Ольга", "OLGA", ["Olga"], "奥尔加"), ("Наталья", "NATALIA", ["Natalya", "Natasha"], "娜塔莉娅"),
        ("Елена", "ELENA", ["Yelena", "Lena"], "叶莲娜"), ("Ирина", "IRINA", ["Irina"], "伊琳娜"),
        ("Татьяна", "TATIANA", ["Tatyana", "Tanya"], "塔季扬娜"), ("Светлана", "SVETLANA", ["Sveta"], "斯韦特兰娜"),
        ("Анна", "ANNA", ["Anya"], "安娜"), ("Марина", "MARINA", ["Marina"], "玛丽娜")]
# male cyr, female cyr, passport latin stem, alt latin stem, chinese (m), chinese (f)
RU_SUR = [("Воронцов", "Воронцова", "VORONTSOV", "Vorontzov", "沃龙佐夫", "沃龙佐娃"),
          ("Белых", "Белых", "BELYKH", "Belykh", "别雷赫", "别雷赫"),
          ("Шубин", "Шубина", "SHUBIN", "Shoubin", "舒宾", "舒宾娜"),
          ("Гордеев", "Гордеева", "GORDEEV", "Gordeyev", "戈尔杰耶夫", "戈尔杰耶娃"),
          ("Ларионов", "Ларионова", "LARIONOV", "Larionoff", "拉里奥诺夫", "拉里奥诺娃"),
          ("Котельников", "Котельникова", "KOTELNIKOV", "Kotelnikov", "科捷利尼科夫", "科捷利尼科娃"),
          ("Усольцев", "Усольцева", "USOLTSEV", "Usoltsev", "乌索利采夫", "乌索利采娃"),
          ("Пахомов", "Пахомова", "PAKHOMOV", "Pakhomov", "帕霍莫夫", "帕霍莫娃"),
          ("Зуев", "Зуева", "ZUEV", "Zuyev", "祖耶夫", "祖耶娃"),
          ("Мельников", "Мельникова", "MELNIKOV", "Melnikov", "梅利尼科夫", "梅利尼科娃")]
MN_M = [("Батбаяр", "BATBAYAR", ["Bataa"], "巴特巴雅尔"), ("Ганзориг", "GANZORIG", ["Ganzo"], "甘卓日格"),
        ("Төмөрбаатар", "TUMURBAATAR", ["Tumurbaatar", "Tomorbaatar"], "图木尔巴特尔"), ("Мөнхбат", "MUNKHBAT", ["Munkhbat", "Monkhbat"], "孟和巴特"),
        ("Эрдэнэбилэг", "ERDENEBILEG", ["Erdenebileg"], "额尔德尼毕力格"), ("Болд", "BOLD", ["Bold"], "宝力德")]
MN_F = [("Оюунчимэг", "OYUUNCHIMEG", ["Oyunchimeg", "Oyuka"], "敖云其木格"), ("Сарангэрэл", "SARANGEREL", ["Saraa"], "萨仁格日勒"),
        ("Наранцэцэг", "NARANTSETSEG", ["Narantsetseg"], "娜仁其其格"), ("Алтанцэцэг", "ALTANTSETSEG", ["Altaa"], "阿拉坦其其格"),
        ("Энхжаргал", "ENKHJARGAL", ["Enkhjargal"], "恩和扎日嘎拉"), ("Цэцэгмаа", "TSETSEGMAA", ["Tsetsegmaa"], "其其格玛")]
MN_PATRON = [("Д", "D"), ("Б", "B"), ("Г", "G"), ("Н", "N"), ("Ц", "TS"), ("Л", "L"), ("О", "O")]


def person(rng, nat, female=None):
    """nat: cn, cn_mn (local Mongolian, Chinese ID), ru, mn.  Returns a dict of name forms."""
    if female is None:
        female = rng.random() < 0.45
    if nat == "cn":
        g = rng.choice(CN_GIVEN_F if female else CN_GIVEN_M)
        given = g if rng.random() < 0.35 else rng.choice(CN_MID) + g
        zh = rng.choice(CN_SUR) + given
        return {"nat": nat, "female": female, "id": zh, "zh": zh, "forms": [zh]}
    if nat == "cn_mn":
        zh = rng.choice(MN_LOCAL_F if female else MN_LOCAL_M) + rng.choice(MN_LOCAL_TAIL)
        return {"nat": nat, "female": female, "id": zh, "zh": zh, "forms": [zh]}
    if nat == "ru":
        cyr, lat, alts, zhf = rng.choice(RU_F if female else RU_M)
        s = rng.choice(RU_SUR)
        scyr, szh = (s[1], s[5]) if female else (s[0], s[4])
        slat = s[2] + ("A" if female and s[1] != s[0] else "")
        salt = (s[3] if not s[3].endswith("ff") else s[3][:-2] + "v") + ("a" if female and s[1] != s[0] else "")
        salt = s[3] if not female else salt
        printed = "%s %s" % (slat, lat)
        forms = ["%s %s" % (cyr, scyr), "%s %s" % (scyr, cyr), "%s %s" % (rng.choice(alts), salt.capitalize()),
                 "%s·%s" % (zhf, szh), printed.title()]
        return {"nat": nat, "female": female, "id": printed, "zh": "%s·%s" % (zhf, szh), "printed": printed,
                "cyr": "%s %s" % (cyr, scyr), "forms": forms}
    cyr, lat, alts, zhf = rng.choice(MN_F if female else MN_M)
    pc, pl = rng.choice(MN_PATRON)
    printed = "%s %s" % (pl, lat)
    forms = ["%s.%s" % (pc, cyr), cyr, "%s %s" % (rng.choice(alts), pl), zhf, printed.title()]
    return {"nat": nat, "female": female, "id": printed, "zh": zhf, "printed": printed, "cyr": "%s.%s" % (pc, cyr), "forms": forms}


def name_as_owner(p, rng):
    return rng.choice(p["forms"])


def name_as_printed(p, rng):
    """How a finder or desk officer copies the name off a document."""
    if p["nat"] in ("cn", "cn_mn"):
        return p["zh"]
    if rng.random() < 0.25:
        return "%s（%s）" % (p["printed"], p["cyr"])
    return p["printed"] if rng.random() < 0.7 else p["printed"].title()


def short_ref(p, rng):
    """Desk shorthand for a person who is not named in full."""
    if p["nat"] in ("cn", "cn_mn"):
        return p["zh"][0] + rng.choice(["某", "先生" if not p["female"] else "女士", "某某"])
    return rng.choice([p["zh"], p["forms"][2], p["cyr"]])


# ---- typos ------------------------------------------------------------
ZH_TYPOS = [("身份证", ["身分证", "身份正"]), ("钱包", ["钱抱", "前包"]), ("手机", ["手几", "首机"]), ("钥匙", ["钥是", "要匙"]),
            ("捡到", ["检到", "拣到"]), ("丢了", ["丟了", "丢勒"]), ("护照", ["户照", "护招"]), ("出租车", ["出祖车"]),
            ("蓝色", ["兰色"]), ("黑色", ["黑涩"]), ("行李箱", ["行礼箱"]), ("充电宝", ["冲电宝"]), ("项链", ["项练"]),
            ("眼镜", ["眼睛"]), ("银行卡", ["银航卡"]), ("烧烤", ["烧考"]), ("耳机", ["耳鸡"]), ("背包", ["被包"]),
            ("电动车", ["电动ce", "电动车子"]), ("现金", ["现今"]), ("自行车", ["自形车"]), ("笔记本", ["笔计本"]),
            ("红色", ["洪色"]), ("白色", ["百色"]), ("蒙古包", ["蒙古苞"]), ("酒店", ["久店"]), ("火车站", ["火车占"])]


def typo_zh(text, rng):
    hits = [(w, alts) for w, alts in ZH_TYPOS if w in text]
    if not hits:
        return text
    w, alts = rng.choice(hits)
    return text.replace(w, rng.choice(alts), 1)


def typo_en(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if rng.random() < 0.6 else w[:j] + w[j + 1:]
    return " ".join(words)
