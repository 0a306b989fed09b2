"""Hidden truth records: the object itself, before anybody describes it.

An object is a dict:
  cat      catalogue code the owner would file it under
  fcat     code a finder would file it under (differs only for a few objects)
  kind     what it is, internally
  onoun / fnoun   words owner / finder use for it
  brand, model, printed (finder can read the model), color
  serial, skind, ser_vis (finder can read the serial)
  vis      details anybody holding it can see
  hid      things only the owner knows
  name     a name written on/in it, if any
  amount   cash in it, if any
"""
import copy

from set104_world import SURNAMES, GIVEN_YOUNG, GIVEN_MID, GIVEN_OLD, FOREIGN, REGION
from set104_say import make_imei, make_id

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def code(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def person(rng, voice):
    p = {"voice": voice}
    if voice == "foreign":
        f, l, nat = rng.choice(FOREIGN)
        p.update(name=f + " " + l, first=f, nat=nat, year=rng.randint(1984, 2000))
        p["passport"] = code(rng, 1, "CDGKNPXY") + digits(rng, 8)
        p["permit"] = "9" + code(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 11)
        return p
    if voice == "young":
        year = rng.randint(1998, 2006)
        given = GIVEN_YOUNG
    elif voice == "retiree":
        year = rng.randint(1942, 1962)
        given = GIVEN_OLD
    elif voice in ("musician",):
        year = rng.randint(1990, 2003)
        given = GIVEN_YOUNG + GIVEN_MID
    else:
        year = rng.randint(1976, 1996)
        given = GIVEN_MID + GIVEN_YOUNG
    p["name"] = rng.choice(SURNAMES) + rng.choice(given)
    p["year"] = year
    p["idn"] = make_id(rng, rng.choice(REGION), year)
    p["child"] = p["name"][0] + rng.choice(GIVEN_YOUNG)
    return p


PHONES = {
    "华为": ["Mate 66 Pro", "nova 15", "畅享 80", "Pura 90"],
    "苹果": ["iPhone 18", "iPhone 17 Pro Max", "iPhone 16 Plus"],
    "小米": ["小米 16 Ultra", "Redmi K90", "Redmi Note 16"],
    "OPPO": ["Reno 16", "Find X9", "A5 Max"],
    "vivo": ["X300", "S31", "Y500"],
    "荣耀": ["Magic 8", "X70", "荣耀 400"],
}
WALLPAPER = ["一只橘猫", "乐队现场的照片", "两个小孩的合照", "海边日落", "一只柯基", "动漫人物", "一对情侣合照",
             "高炉夜景", "纯黑背景", "一张全家福", "一碗螺蛳粉的照片", "星空"]
CASE = [("透明壳", "透明手机壳"), ("黑色硅胶壳", "黑色软壳"), ("蜡笔小新的卡通壳", "卡通图案的壳"),
        ("带指环扣的壳", "背后有个指环扣"), ("皮质翻盖壳", "翻盖皮套"), ("壳上挂着一只小熊手机链", "挂着小熊挂件"),
        ("磨砂蓝色壳", "蓝色磨砂壳"), ("贴满贴纸的壳", "壳上贴了很多贴纸")]
BANKS = [("工商银行", "6222"), ("建设银行", "6217"), ("农业银行", "6228"), ("铁原农商银行", "6231"),
         ("招商银行", "6214"), ("邮储银行", "6210")]


def obj(**kw):
    o = dict(cat=None, fcat=None, kind=None, onoun=[], fnoun=[], brand=None, model=None, printed=False,
             color=None, serial=None, skind=None, ser_vis=False, vis=[], hid=[], name=None, amount=None)
    o.update(kw)
    if o["fcat"] is None:
        o["fcat"] = o["cat"]
    return o


def k_phone(rng, p):
    b = rng.choice(sorted(PHONES))
    case_o, case_f = rng.choice(CASE)
    wp = rng.choice(WALLPAPER)
    vis = [case_o, "锁屏是" + wp]
    if rng.random() < 0.5:
        vis.append(rng.choice(["屏幕左上角有裂痕", "屏幕碎了一角", "贴了防窥膜", "背面摄像头旁边有划痕"]))
    hid = [rng.choice(["密码是六位数", "手机卡是移动的", "电量当时只剩一点", "开了静音", "手机卡是联通的"]),
           rng.choice(["壳里夹着一张钢花新村门禁卡", "壳后面夹着20块钱", "壳里夹着一张身份证复印件",
                       "壳里夹着一张演出票根", "没有夹东西"])]
    return obj(cat="phone", kind="phone", onoun=["手机", "phone", "手机"], fnoun=["手机", "手机一部", "智能手机"],
               brand=b, model=rng.choice(PHONES[b]), printed=rng.random() < 0.3,
               color=rng.choice(["黑", "白", "银", "蓝", "紫", "绿", "金", "粉"]),
               serial=make_imei(rng), skind="imei", ser_vis=False, vis=vis, hid=hid,
               extra_case=case_f, wallpaper=wp)


def k_watchphone(rng, p):
    kid = p.get("child") or p["name"]
    return obj(cat="electronics", fcat=rng.choice(["electronics", "electronics", "phone"]), kind="kidwatch",
               onoun=["电话手表", "儿童手表"], fnoun=["儿童电话手表", "小孩手表", "儿童手表"],
               brand=rng.choice(["小天才", "小天才", "华为"]), model=rng.choice(["Z12", "Q5 Pro", "D9"]),
               printed=False, color=rng.choice(["粉", "蓝", "紫", "黑"]),
               serial=None, vis=[rng.choice(["表带上贴着名字贴", "表盘上贴了奥特曼贴纸", "表带是硅胶的有点发黄"]),
                                 rng.choice(["表盘有划痕", "表带扣坏了一个", "侧面按键有点松"])],
               hid=["绑定的是我的手机号", "孩子叫" + kid], name=kid)


def k_earbuds(rng, p):
    b, m = rng.choice([("苹果", "AirPods Pro 4"), ("华为", "FreeBuds 7i"), ("漫步者", "Lolli Pro 5"),
                       ("小米", "Buds 6"), ("索尼", "WF-1200XM")])
    return obj(cat="electronics", kind="earbuds", onoun=["蓝牙耳机", "耳机", "earbuds"],
               fnoun=["无线耳机", "蓝牙耳机盒", "耳机充电仓"], brand=b, model=m, printed=False,
               color=rng.choice(["白", "黑", "白", "蓝"]), serial=code(rng, 10), skind="sn", ser_vis=False,
               vis=[rng.choice(["充电仓贴着一个草莓贴纸", "充电仓外面套着小恐龙保护套", "充电仓有磕痕",
                                "充电仓刻了字母J.Y.", "只有充电仓和左耳"])],
               hid=["序列号在盒子上记着"])


def k_pedal(rng, p):
    b, m = rng.choice([("Borealis", "Aurora Drive"), ("Borealis", "Polar Delay"), ("铁匠", "Anvil Fuzz"),
                       ("铁匠", "Quench OD")])
    return obj(cat="electronics", kind="pedal", onoun=["效果器", "单块效果器", "pedal"],
               fnoun=["效果器", "一个铁盒子（好像是吉他效果器）", "乐器效果器"], brand=b, model=m, printed=True,
               color=rng.choice(["红", "绿", "蓝", "银", "黄"]), serial=digits(rng, 4) + "-" + digits(rng, 4),
               skind="sn", ser_vis=True,
               vis=[rng.choice(["贴着乐队贴纸“锈铁”", "底下粘着魔术贴", "一个旋钮帽掉了", "侧面用记号笔写着KK"]),
                    rng.choice(["开关有点锈", "外壳掉漆", "插着一根短跳线"])],
               hid=["是乐队吉他手的，借我用的"])


def k_iem(rng, p):
    return obj(cat="electronics", kind="iem", onoun=["入耳式监听耳机", "返听耳机", "IEM"],
               fnoun=["有线耳机", "耳机（带线）", "耳机一副装在小盒子里"], brand="Borealis",
               model=rng.choice(["IE-3", "IE-5 Stage"]), printed=False, color=rng.choice(["黑", "蓝", "白"]),
               serial=None, vis=[rng.choice(["装在一个圆形铁盒里", "装在黑色拉链小包里"]),
                                 rng.choice(["耳壳是定制的透明壳", "线上缠着红色胶布"])],
               hid=["定制耳模，只有我能戴"])


def k_camera(rng, p):
    b, m = rng.choice([("佳能", "G7 X Mark V"), ("索尼", "ZV-E20"), ("大疆", "Pocket 5"), ("富士", "X-M7")])
    return obj(cat="electronics", kind="camera", onoun=["相机", "camera", "小相机"], fnoun=["相机", "数码相机"],
               brand=b, model=m, printed=True, color=rng.choice(["黑", "银", "黑"]),
               serial=digits(rng, 2) + code(rng, 2) + digits(rng, 6), skind="sn", ser_vis=True,
               vis=[rng.choice(["挂着一根编织挂绳", "镜头盖丢了", "机身贴了皮"]), "底部印有序列号"],
               hid=["里面有一张64G的卡，全是这几天演出的照片"])


def k_laptop(rng, p):
    b, m = rng.choice([("苹果", "MacBook Air 15"), ("联想", "小新Pro 17"), ("华为", "MateBook 16s")])
    return obj(cat="electronics", kind="laptop", onoun=["笔记本电脑", "电脑", "laptop"],
               fnoun=["笔记本电脑", "电脑一台"], brand=b, model=m, printed=False,
               color=rng.choice(["银", "灰", "黑"]), serial=code(rng, 12), skind="sn", ser_vis=True,
               vis=[rng.choice(["盖子上贴了一个熔炉livehouse的贴纸", "A面贴着黑胶唱片贴纸", "套着灰色内胆包"])],
               hid=["开机密码我可以说", "里面是编曲工程"])


def k_powerbank(rng, p):
    b = rng.choice(["安克", "小米", "公牛"])
    return obj(cat="electronics", kind="powerbank", onoun=["充电宝", "移动电源"], fnoun=["充电宝", "移动电源"],
               brand=b, model="20000mAh", printed=True, color=rng.choice(["黑", "白", "灰"]),
               vis=[rng.choice(["插着一根白色数据线", "表面贴着车牌号贴纸", "外壳有点鼓"])], hid=[])


def k_radio(rng, p):
    return obj(cat="electronics", kind="radio", onoun=["收音机", "小收音机"], fnoun=["收音机", "老式收音机"],
               brand=rng.choice(["红灯", "熊猫"]), model=rng.choice(["R-203", "6120"]), printed=True,
               color=rng.choice(["红", "黑", "银"]), serial=None,
               vis=[rng.choice(["天线断了半截用胶布缠着", "背面贴着写了名字的胶布", "挂着一根红绳"])],
               hid=["里面是两节南孚电池", "一直调在戏曲台"])


def k_switch(rng, p):
    return obj(cat="electronics", kind="switch", onoun=["游戏机", "Switch"], fnoun=["游戏机", "掌机"],
               brand="任天堂", model="Switch 2", printed=True, color=rng.choice(["黑", "红", "蓝"]),
               serial="XKW" + digits(rng, 11), skind="sn", ser_vis=True,
               vis=[rng.choice(["手柄是一红一蓝", "装在灰色收纳包里", "屏幕贴了膜"])], hid=["里面插着一张卡带"])


def k_wallet(rng, p):
    bank, pre = rng.choice(BANKS)
    tail = digits(rng, 4)
    cash = rng.choice([0, 50, 120, 200, 300, 560, 800, 1000])
    vis = ["%s卡一张" % bank]
    name = None
    if p["voice"] != "foreign" and rng.random() < 0.6:
        vis.append("身份证")
        name = p["name"]
    vis.append(rng.choice(["公交卡", "钢花新村门禁卡", "四院饭卡", "健身卡", "驾驶证", "几张小票"]))
    if cash:
        vis.append("现金%d元" % cash)
    o = obj(cat="wallet", kind="wallet", onoun=["钱包", "钱夹", "wallet"], fnoun=["钱包", "钱包一个", "皮夹"],
            brand=rng.choice([None, None, "七匹狼", "COACH", "金利来", "迪卡侬"]),
            color=rng.choice(["黑", "棕", "红", "蓝", "粉", "灰"]), serial=tail, skind="tail", ser_vis=True,
            vis=vis, hid=[rng.choice(["夹层里有一张孙子的照片", "拉链有点卡", "里面还有一张没激活的新卡",
                                      "边角磨破了"])],
            name=name, amount=cash or None, bank=bank, bankpre=pre,
            idn=p.get("idn") if name else None)
    if p["voice"] != "foreign":
        o["style"] = rng.choice(["长款", "短款对折", "拉链款", "卡包"])
    else:
        o["style"] = "bifold"
    return o


def k_idcard(rng, p):
    if p["voice"] == "foreign":
        if rng.random() < 0.6:
            return obj(cat="id_doc", kind="passport", onoun=["passport", "护照"], fnoun=["外国护照", "护照一本"],
                       color=rng.choice(["红", "蓝", "绿"]), serial=p["passport"], skind="passport",
                       ser_vis=True, vis=["%s护照" % p["nat"], "封皮有点卷边"], hid=["里面夹着签证页复印件"],
                       name=p["name"])
        return obj(cat="id_doc", kind="permit", onoun=["residence permit", "居留证"], fnoun=["外国人居留证", "卡片式证件"],
                   color="白", serial=p["permit"], skind="permit", ser_vis=True, vis=["印着外文名字"], hid=[],
                   name=p["name"])
    kinds = ["idcard", "idcard", "idcard", "socialcard"]
    if p["voice"] == "young":
        kinds += ["student", "student"]
    if p["voice"] == "driver":
        kinds = ["license", "license", "idcard"]
    if p["voice"] == "shift":
        kinds += ["badge", "badge", "badge"]
    if p["voice"] == "retiree":
        kinds += ["elder", "elder", "elder"]
    k = rng.choice(kinds)
    name = p["name"]
    if k == "idcard":
        return obj(cat="id_doc", kind=k, onoun=["身份证", "二代身份证", "身份证件"], fnoun=["身份证", "居民身份证一张"],
                   serial=p["idn"], skind="id", ser_vis=True, name=name,
                   vis=[rng.choice(["套着透明卡套", "照片那面有划痕", "装在一个小卡套里", "没有套子"])],
                   hid=["%d年出生" % p["year"]])
    if k == "socialcard":
        return obj(cat="id_doc", kind=k, onoun=["社保卡", "社会保障卡"], fnoun=["社保卡", "社会保障卡一张"],
                   serial=p["idn"], skind="id", ser_vis=True, name=name, color="蓝",
                   vis=["铁原市社会保障卡"], hid=["金融账户是工行的"])
    if k == "license":
        return obj(cat="id_doc", kind=k, onoun=["驾驶证", "驾照"], fnoun=["驾驶证", "机动车驾驶证"],
                   serial=p["idn"], skind="id", ser_vis=True, name=name, color="黑",
                   vis=["C1", rng.choice(["黑色皮套", "皮套里还夹着行驶证", "皮套边磨白了"])],
                   hid=["准驾车型C1", "跑网约车用的"])
    if k == "student":
        sno = "20" + str(rng.randint(21, 25)) + digits(rng, 6)
        return obj(cat="id_doc", kind=k, onoun=["学生证", "校园卡"], fnoun=["学生证", "学生卡"],
                   serial=sno, skind="student", ser_vis=True, name=name,
                   color=rng.choice(["红", "蓝"]),
                   vis=["铁原职业技术学院", rng.choice(["夹着火车票优惠卡", "照片是短发"])], hid=["学号我记得"])
    if k == "badge":
        no = rng.choice(["GC", "SY", "HY"]) + "-" + digits(rng, 5)
        org = rng.choice(["铁原市第四人民医院", "铁原北站货场"])
        return obj(cat="id_doc", kind=k, onoun=["工牌", "工作证", "胸牌"], fnoun=["工作证", "工牌一个"],
                   serial=no, skind="badge", ser_vis=True, name=name, color=rng.choice(["蓝", "白"]),
                   vis=[org, rng.choice(["挂绳是蓝色的", "带伸缩扣", "卡套裂了"])], hid=["也是门禁卡"])
    return obj(cat="id_doc", kind="elder", onoun=["老年证", "老年优待证"], fnoun=["老年证", "老年人优待证"],
               serial="铁老" + digits(rng, 7), skind="elder", ser_vis=True, name=name, color="红",
               vis=["塑封过", rng.choice(["跟公交老年卡夹在一起", "夹在红色小皮套里"])], hid=["坐公交刷的"])


KEYCHAIN = ["一个铜的老厂徽", "一个小熊挂件", "一个开瓶器", "一片吉他拨片", "一个红色平安符", "一个迷你手电",
            "一个小铃铛", "一个奥特曼挂件", "一个皮质钥匙扣写着TY"]


def k_keys(rng, p):
    n = rng.randint(2, 7)
    fob = rng.choice(["蓝色门禁卡", "黑色门禁扣", "黄色门禁卡", None])
    vis = ["%d把钥匙" % n, "挂着" + rng.choice(KEYCHAIN)]
    if fob:
        vis.append("带一个" + fob)
    brand = None
    if rng.random() < 0.35:
        brand = rng.choice(["雅迪", "爱玛", "台铃"])
        vis.append("有一把电动车钥匙")
    hid = [rng.choice(["一把是单位更衣柜的", "一把是家里大门的防盗门钥匙", "有一把十字钥匙",
                       "有一把老式铜挂锁钥匙", "一把是我妈家的"])]
    return obj(cat="keys", kind="keys", onoun=["钥匙", "一串钥匙", "钥匙串"], fnoun=["钥匙", "钥匙一串", "一串钥匙"],
               brand=brand, color=rng.choice(["银", "金", "黑"]) if rng.random() < 0.3 else None,
               vis=vis, hid=hid, nkeys=n)


EBIKE = {"雅迪": ["冠能E9", "DE3"], "爱玛": ["麦6", "A500"], "小牛": ["NQi Lite", "F2"], "台铃": ["超能S7", "狮子王"]}


def k_ebike(rng, p):
    b = rng.choice(sorted(EBIKE))
    plate = "铁A" + code(rng, 1, "BCDEFGHK") + digits(rng, 4)
    vis = [rng.choice(["后座加了儿童座椅", "车把上挂着一个白头盔", "装了挡风被", "前筐里有个外卖箱",
                       "车身侧面刮花了", "车座套是豹纹的"]), "车牌" + plate]
    return obj(cat="ebike", kind="ebike", onoun=["电动车", "电瓶车", "电驴"], fnoun=["电动车", "电动自行车", "电瓶车"],
               brand=b, model=rng.choice(EBIKE[b]), printed=rng.random() < 0.5,
               color=rng.choice(["白", "黑", "红", "蓝", "灰", "绿"]), serial=plate, skind="plate", ser_vis=True,
               vis=vis, hid=["车架号" + code(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 9),
                             rng.choice(["电池是48V的", "锁坏了一直没修", "电量剩一半"])],
               plate=plate)


def k_bicycle(rng, p):
    if p["voice"] == "retiree":
        b = rng.choice(["凤凰", "永久"])
        m = "28寸二八大杠"
        vis = ["老式黑色二八大杠", rng.choice(["后座绑着一块棉垫", "车铃是老式转铃", "车筐是铁丝编的"])]
        hid = ["1983年买的", "车架钢印号我记得"]
        color = "黑"
    elif p["voice"] == "parent":
        b, m = rng.choice([("迪卡侬", "16寸儿童车"), ("捷安特", "儿童自行车")])
        vis = [rng.choice(["带辅助轮", "车把上有流苏", "车筐是粉色塑料的"])]
        hid = ["孩子六岁生日买的"]
        color = rng.choice(["粉", "蓝", "黄"])
    else:
        b, m = rng.choice([("捷安特", "ATX 880"), ("迪卡侬", "RC 120"), ("捷安特", "Escape 3")])
        vis = [rng.choice(["车把缠了黑色把带", "后轮有挡泥板", "车座很旧"])]
        hid = ["锁是U型锁，钥匙在我这"]
        color = rng.choice(["黑", "白", "蓝", "灰"])
    frame = code(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 7)
    return obj(cat="bicycle", kind="bicycle", onoun=["自行车", "单车", "bike"], fnoun=["自行车", "自行车一辆"],
               brand=b, model=m, printed=False, color=color, serial=frame, skind="frame",
               ser_vis=rng.random() < 0.4, vis=vis, hid=hid)


def k_bag(rng, p):
    v = p["voice"]
    if v == "parent":
        kid = p["child"]
        return obj(cat="bag", kind="swimbag", onoun=["游泳包", "泳包", "孩子的书包"], fnoun=["游泳包", "防水包", "小孩的包"],
                   brand=rng.choice(["迪卡侬", None]), color=rng.choice(["粉", "蓝", "黄", "绿"]),
                   vis=["泳镜", "泳帽", rng.choice(["一条印着恐龙的浴巾", "一条蓝白条纹浴巾", "一件小外套"]),
                        rng.choice(["一瓶儿童洗发水", "游泳馆的次卡", "一袋饼干"])],
                   hid=["孩子叫" + kid], name=kid)
    if v == "musician":
        return obj(cat="bag", fcat=rng.choice(["bag", "bag", "other"]), kind="gigbag",
                   onoun=["琴包", "gig bag", "吉他琴包"], fnoun=["吉他包", "琴包", "乐器包"],
                   brand=rng.choice(["Borealis", None]), color=rng.choice(["黑", "灰", "黑"]),
                   vis=[rng.choice(["里面是一把电吉他", "里面只有线材和变调夹", "里面一把贝斯"]),
                        rng.choice(["背带上绑着演出手环", "外袋有一包琴弦", "拉链头挂着一个小铃铛"])],
                   hid=["琴颈背面有我的签名"])
    b = rng.choice([None, None, "新秀丽", "始祖鸟", "迪卡侬", "COACH"])
    noun = rng.choice([("双肩包", "背包"), ("帆布袋", "帆布包"), ("斜挎包", "挎包"), ("托特包", "手提包"), ("腰包", "腰包")])
    cont = rng.sample(["充电器", "一把折叠伞", "一本书", "化妆包", "一件外套", "水杯", "耳机", "工作服", "药盒",
                       "一包纸巾", "一件雨衣", "一瓶防晒霜"], 3)
    return obj(cat="bag", kind="bag", onoun=[noun[0], "包"], fnoun=[noun[1], "包一个"], brand=b,
               color=rng.choice(["黑", "灰", "蓝", "白", "绿", "棕", "红"]), vis=cont,
               hid=[rng.choice(["内袋里有一个信封", "拉链头坏了一个", "包底有一块油渍"])])


def k_cash(rng, p):
    amt = rng.choice([300, 500, 800, 1000, 1200, 1500, 2000, 2600, 3000, 650, 460])
    wrap = rng.choice(["一个牛皮纸信封", "一个红包", "一根皮筋扎着", "一个塑料袋", "一个银行的纸袋"])
    return obj(cat="cash", kind="cash", onoun=["现金", "钱"], fnoun=["现金", "人民币", "钱"],
               vis=["装在" + wrap if "扎" not in wrap else "用" + wrap], amount=amt, wrap=wrap,
               hid=[rng.choice(["刚从银行取的", "是退休金", "是货款", "准备交房租的"])])


def k_jewelry(rng, p):
    r = rng.random()
    if r < 0.3 and p["voice"] == "retiree":
        b = "上海牌"
        yr = rng.randint(1975, 1988)
        return obj(cat="jewelry", fcat=rng.choice(["jewelry", "other", "other"]), kind="watch",
                   onoun=["手表", "机械表", "老手表"], fnoun=["手表", "旧手表一块"], brand=b,
                   model=rng.choice(["A581", "7120"]), printed=False, color=rng.choice(["银", "金"]),
                   vis=[rng.choice(["表带是黑色皮的", "钢表带", "表蒙有一道划痕"]), "表背刻着字"],
                   hid=["表背刻着“红钢厂%d年先进生产者”" % yr, "%d年厂里发的" % yr], year=yr)
    kinds = [("ring", ["戒指", "金戒指"], ["戒指", "金色戒指一枚"], "金", ["周大福", "老凤祥", None]),
             ("bracelet", ["手镯", "玉镯子"], ["镯子", "手镯一只"], "绿", [None]),
             ("necklace", ["项链", "银项链"], ["项链", "链子"], "银", [None, "周大福"]),
             ("earring", ["耳环", "耳钉"], ["耳环", "耳饰一只"], "银", [None])]
    k, on, fn, c, bs = rng.choice(kinds)
    vis = {"ring": [rng.choice(["素圈", "带一颗小钻", "有花纹"]), "内圈刻着字母"],
           "bracelet": [rng.choice(["有一道絮状纹", "颜色不太均匀", "细圈"])],
           "necklace": [rng.choice(["挂着一个月亮吊坠", "挂着一颗小珍珠", "挂着一个字母L"])],
           "earring": [rng.choice(["一只圆圈的", "一只带流苏的", "星星形状的"])]}[k]
    hid = {"ring": ["刻的是%s&%s" % (code(rng, 2, "ABCDEFGHJKLMNPQRSTWXYZ"), code(rng, 2, "ABCDEFGHJKLMNPQRSTWXYZ"))],
           "bracelet": ["我妈传给我的"], "necklace": ["是男朋友送的"], "earring": ["只丢了左边那只"]}[k]
    return obj(cat="jewelry", kind=k, onoun=on, fnoun=fn, brand=rng.choice(bs), color=c, vis=vis, hid=hid)


def k_other(rng, p):
    v = p["voice"]
    if v == "musician":
        return obj(cat="other", fcat=rng.choice(["other", "bag"]), kind="guitar",
                   onoun=["电吉他", "吉他"], fnoun=["吉他", "电吉他一把"], brand=rng.choice(["铁匠", "Borealis"]),
                   model=rng.choice(["Strat款", "TL款"]), color=rng.choice(["白", "黄", "红", "蓝"]),
                   serial="BR" + digits(rng, 6), skind="sn", ser_vis=True,
                   vis=["装在黑色软琴包里", rng.choice(["护板上有划痕", "琴头贴了一个骷髅贴纸"])],
                   hid=["琴颈背面有签名"])
    opts = {"retiree": ["glasses", "cane", "umbrella", "thermos", "hearing"],
            "parent": ["toy", "umbrella", "goggles"],
            "shift": ["thermos", "umbrella", "helmet"],
            "driver": ["umbrella", "helmet"],
            "young": ["umbrella", "stool", "umbrella", "fan"],
            "foreign": ["umbrella", "stool"]}[v]
    k = rng.choice(opts)
    if k == "glasses":
        return obj(cat="other", kind=k, onoun=["老花镜", "眼镜"], fnoun=["眼镜", "老花镜一副"],
                   color=rng.choice(["棕", "黑", "金"]),
                   vis=[rng.choice(["装在一个咖啡色硬眼镜盒里", "眼镜盒上印着钢花眼镜店", "镜腿用胶布缠过"])],
                   hid=["度数是250度"])
    if k == "cane":
        return obj(cat="other", kind=k, onoun=["拐杖", "手杖"], fnoun=["拐杖", "手杖一根"], color=rng.choice(["棕", "黑"]),
                   vis=[rng.choice(["木头的，把手是弯的", "铝合金四脚的", "把手缠着红布条"])], hid=["我儿子给我买的"])
    if k == "hearing":
        return obj(cat="electronics", fcat="other", kind=k, onoun=["助听器"], fnoun=["小耳塞一样的东西（可能是助听器）", "助听器"],
                   color=rng.choice(["棕", "灰"]), vis=["挂耳式的", "装在一个小圆盒里"], hid=["左耳的，四千多块配的"])
    if k == "umbrella":
        return obj(cat="other", kind=k, onoun=["雨伞", "伞", "umbrella"], fnoun=["雨伞", "伞一把"],
                   brand=rng.choice([None, None, "迪卡侬"]), color=rng.choice(["黑", "蓝", "黄", "白", "绿"]),
                   vis=[rng.choice(["长柄伞，木头把手", "折叠伞，伞套不见了", "伞骨断了一根", "把手上贴着名字贴",
                                    "印着熔炉livehouse的logo"])], hid=["下暴雨那天带出去的"])
    if k == "thermos":
        return obj(cat="other", kind=k, onoun=["保温杯", "水杯"], fnoun=["保温杯", "杯子"],
                   brand=rng.choice(["象印", None, "膳魔师"]), color=rng.choice(["黑", "银", "粉", "绿", "蓝"]),
                   vis=[rng.choice(["杯身贴着写了名字的医用胶布", "杯盖有个凹坑", "套着一个针织杯套"])],
                   hid=["里面泡着枸杞"])
    if k == "helmet":
        return obj(cat="other", kind=k, onoun=["头盔", "安全帽"], fnoun=["头盔", "电动车头盔"],
                   color=rng.choice(["白", "黄", "黑"]), vis=[rng.choice(["带耳朵装饰", "后面贴着反光条", "镜片有裂纹"])],
                   hid=["内衬有点脏"])
    if k == "toy":
        return obj(cat="other", kind=k, onoun=["毛绒玩具", "玩偶"], fnoun=["毛绒玩具", "布娃娃"],
                   color=rng.choice(["粉", "白", "棕", "蓝"]),
                   vis=[rng.choice(["一只兔子，左耳有点脱线", "一只小熊，穿着黄色背心", "一只恐龙，尾巴缝过"])],
                   hid=["孩子每天抱着睡觉"])
    if k == "goggles":
        return obj(cat="other", kind=k, onoun=["泳镜", "儿童泳镜"], fnoun=["泳镜", "小孩泳镜"],
                   brand=rng.choice(["迪卡侬", None]), color=rng.choice(["粉", "蓝", "黄"]),
                   vis=[rng.choice(["带防雾的", "绑带上写了名字", "配一个同色泳帽"])], hid=["镜片有度数"])
    if k == "stool":
        return obj(cat="other", kind=k, onoun=["折叠凳", "小马扎"], fnoun=["折叠凳", "马扎"],
                   brand=rng.choice(["迪卡侬", None]), color=rng.choice(["绿", "蓝", "灰"]),
                   vis=[rng.choice(["帆布面，铝合金腿", "凳面写了名字缩写", "带一个小收纳袋"])], hid=["看露天电影带的"])
    return obj(cat="other", kind="fan", onoun=["小风扇", "手持风扇"], fnoun=["手持小风扇", "小电风扇"],
               color=rng.choice(["粉", "白", "黄"]), vis=[rng.choice(["挂着一根挂绳", "扇叶是兔子耳朵造型"])],
               hid=["是朋友送的"])


ELEC = [k_earbuds, k_camera, k_powerbank]
MENU = {
    "young": [(k_phone, 6), (k_earbuds, 3), (k_wallet, 2), (k_idcard, 3), (k_bag, 2), (k_keys, 2),
              (k_jewelry, 2), (k_other, 2), (k_camera, 1), (k_cash, 1), (k_switch, 1), (k_bicycle, 1)],
    "musician": [(k_pedal, 4), (k_iem, 2), (k_bag, 2), (k_other, 1), (k_phone, 2), (k_keys, 1), (k_laptop, 1)],
    "retiree": [(k_jewelry, 3), (k_keys, 3), (k_bicycle, 2), (k_cash, 3), (k_wallet, 2), (k_idcard, 2),
                (k_other, 3), (k_radio, 1), (k_ebike, 1), (k_phone, 1)],
    "parent": [(k_bag, 3), (k_watchphone, 3), (k_keys, 2), (k_phone, 2), (k_bicycle, 1), (k_other, 2),
               (k_ebike, 2), (k_wallet, 1)],
    "shift": [(k_idcard, 2), (k_ebike, 3), (k_keys, 2), (k_phone, 2), (k_other, 2), (k_wallet, 2)],
    "driver": [(k_phone, 2), (k_idcard, 2), (k_wallet, 2), (k_powerbank, 2), (k_keys, 2), (k_other, 1), (k_bag, 1)],
    "foreign": [(k_idcard, 2), (k_phone, 2), (k_wallet, 2), (k_bicycle, 1), (k_keys, 1), (k_bag, 1), (k_camera, 1)],
}


def draw(rng, p):
    menu = MENU[p["voice"]]
    tot = sum(w for _, w in menu)
    x = rng.uniform(0, tot)
    for f, w in menu:
        x -= w
        if x <= 0:
            return f(rng, p)
    return menu[-1][0](rng, p)


GEN = {"phone": k_phone, "kidwatch": k_watchphone, "earbuds": k_earbuds, "pedal": k_pedal, "iem": k_iem,
       "camera": k_camera, "laptop": k_laptop, "powerbank": k_powerbank, "radio": k_radio, "switch": k_switch,
       "wallet": k_wallet, "keys": k_keys, "ebike": k_ebike, "bicycle": k_bicycle, "cash": k_cash}


def sibling(rng, o, p):
    """a fresh, different object of the same kind as o (for a person p)"""
    k = o["kind"]
    for _ in range(30):
        if k in GEN:
            n = GEN[k](rng, p)
        elif o["cat"] == "id_doc":
            n = k_idcard(rng, p)
        elif o["cat"] == "bag":
            n = k_bag(rng, p)
        elif o["cat"] == "jewelry":
            n = k_jewelry(rng, p)
        else:
            n = k_other(rng, p)
        if n["kind"] == k or _ >= 29:
            return n
    return n


def clone(o):
    return copy.deepcopy(o)
