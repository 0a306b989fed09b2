"""set103 objects: hidden truth records of things people carry around 岚屿县 at Qingming.

A truth record holds what the object *is*; the lost and found writers each read only the
parts their person could know (vis = visible to anyone, inside = seen when opened,
hid = only the owner knows).
"""
import copy

from set103_world import make_imei, make_id, make_person

COLORS = ["黑", "白", "红", "蓝", "金", "银", "灰", "绿", "粉", "棕", "紫", "黄"]

PHONE_BRANDS = {"华为": ["Pura 90", "nova 15 SE", "畅享 80", "Mate 80"], "苹果": ["iPhone 17", "iPhone 16 Plus", "iPhone 15"],
                "小米": ["Redmi 15C", "小米 16", "Redmi Note 15"], "OPPO": ["A5 活力版", "Reno 15", "K13"],
                "vivo": ["Y300t", "S30", "X300"], "荣耀": ["X70", "Play 9", "畅玩 70"]}
PHONE_COLORS = {"华为": ["黑", "白", "绿", "紫", "金"], "苹果": ["黑", "白", "粉", "蓝", "金"], "小米": ["黑", "蓝", "白", "绿"],
                "OPPO": ["黑", "紫", "金", "蓝"], "vivo": ["黑", "蓝", "白", "金"], "荣耀": ["黑", "银", "绿", "白"]}
CASES = ["透明硅胶壳", "黑色皮套", "粉色卡通壳（印着小熊）", "印着妈祖像的手机壳", "蓝色防摔壳", "带指环扣的壳",
         "翻盖皮套（棕色）", "绿色硅胶套", "壳背面夹着一张一百块", "没有壳"]
WALLPAPERS = ["一个小孩的照片", "全家福", "一只橘猫", "海边风景", "观音像", "一对夫妻合照", "球星照片", "茶山风景"]
WALLET_BRANDS = {"金鹿": ["短款两折", "长款拉链"], "雅仕凯": ["横款", "竖款"], "邦维": ["卡包款", "长款"],
                 "七狼皮具": ["短款", "三折"]}
EBIKE_BRANDS = {"雅迪": ["冠能 Q7", "DE3"], "爱玛": ["小蜜豆 S", "A500"], "台铃": ["超能 F9", "星际"], "新日": ["XC3", "锂享 5"],
                "绿源": ["MODA 2", "K7"]}
BIKE_BRANDS = {"捷安特": ["ATX 720", "Escape 3"], "凤凰": ["城市通勤 26寸", "变速 24寸"], "永久": ["学生车 26寸", "复古 28寸"],
               "美利达": ["勇士 500", "公爵 300"]}
BAG_BRANDS = {"山行者": ["双肩包", "腰包"], "骆丘": ["电脑包", "旅行包"], "巴里斯": ["托特包", "斜挎包"], "": [""]}
ELEC = [("无线耳机", "苹果", ["AirPods 5", "AirPods Pro 3"], ["白"]),
        ("无线耳机", "华为", ["FreeBuds 7i", "FreeBuds 6"], ["白", "黑", "蓝"]),
        ("平板电脑", "苹果", ["iPad 11", "iPad Air 7"], ["灰", "银", "蓝"]),
        ("平板电脑", "华为", ["MatePad 12", "MatePad SE"], ["灰", "白"]),
        ("充电宝", "小米", ["20000 22.5W", "10000 口袋版"], ["黑", "白"]),
        ("智能手表", "华为", ["WATCH GT 6", "WATCH Fit 4"], ["黑", "绿", "白"]),
        ("相机", "佳影", ["VX-30", "M5 微单"], ["黑", "银"]),
        ("助听器", "声宜", ["SY-220 耳背式", "SY-108"], ["棕", "灰"]),
        ("笔记本电脑", "联想", ["小新 Air 15", "ThinkBook 14"], ["灰", "银"]),
        ("老人机", "守护宝", ["K8", "T200"], ["红", "黑"])]
JEWEL = [("金手镯", "金"), ("金项链", "金"), ("玉手镯", "绿"), ("银手链（小孩戴的）", "银"), ("金戒指", "金"),
         ("金耳环", "金"), ("珍珠项链", "白"), ("沉香手串", "棕")]
JEWEL_SHOPS = ["金福楼", "宝源金行", "周六福珠宝", ""]
OTHER = [("雨伞", ["黑", "蓝", "红", "绿", "紫"], ["天堂伞", "", "晴雨伞"]),
         ("老花镜", ["棕", "黑", "金"], ["", "明视"]), ("拐杖", ["棕", "黑"], [""]),
         ("族谱", ["红", "黄"], [""]), ("茶具", ["白", "棕"], ["", "德化窑"]),
         ("药袋", ["白"], [""]), ("校服外套", ["蓝", "白"], [""]), ("斗笠", ["黄"], [""]),
         ("钓竿", ["黑", "银"], ["光威", "渔乐"]), ("佛珠", ["棕", "黑"], [""]), ("石雕小狮子", ["灰", "白"], [""]),
         ("香篮", ["红"], [""])]
CHARMS = ["妈祖平安符", "小铜铃铛", "塑料小茶壶挂件", "红绳编的结", "一个开瓶器", "小熊公仔", "写着'出入平安'的木牌",
          "蓝色门禁扣", "指甲刀", "一个小手电"]


def _code(rng, letters, n):
    return "".join(rng.choice(letters) for _ in range(n))


def _card_tail(rng):
    return "%04d" % rng.randrange(10000)


def make(cat, rng, owner, fix=None):
    """Make one truth object of category cat for owner; fix may pin color/brand/model/kind/holder."""
    fix = fix or {}
    t = {"cat": cat, "owner": owner, "color": None, "brand": "", "model": "", "serial": None,
         "vis": [], "hid": [], "inside": [], "holder": None, "kind": ""}
    if cat == "phone":
        b = fix.get("brand") or rng.choice(sorted(PHONE_BRANDS))
        t["brand"] = b
        t["model"] = fix.get("model") or rng.choice(PHONE_BRANDS[b])
        t["color"] = fix.get("color") or rng.choice(PHONE_COLORS[b])
        t["kind"] = fix.get("kind") or ("老人手机" if owner["age"] > 70 and rng.random() < 0.3 else "手机")
        t["serial"] = ("imei", make_imei(rng))
        t["vis"] = [rng.choice(CASES)] + rng.sample(["屏幕左上角有裂痕", "背面有划痕", "屏幕贴着钢化膜碎了一角",
                                                     "挂着一根红色挂绳", "手机是关机的", "电量不多"], rng.randint(0, 2))
        t["wall"] = rng.choice(WALLPAPERS)
        t["hid"] = [rng.choice(["锁屏密码是孙子生日", "里面有微信，绑了银行卡", "手机号尾号%s" % owner["tail"],
                                "相册里有扫墓的照片", "装了两张卡"])]
    elif cat == "id_doc":
        kinds = ["身份证", "身份证", "驾驶证", "社保卡", "学生证"] if not owner["overseas"] else ["护照", "护照", "回乡证"]
        k = fix.get("kind") or (rng.choice(kinds) if owner["age"] > 20 else "学生证" if rng.random() < 0.6 else "身份证")
        t["kind"] = k
        t["holder"] = fix.get("holder") or owner["name"]
        if k in ("身份证", "驾驶证", "社保卡"):
            t["serial"] = ("id", owner["id"])
            t["color"] = fix.get("color") or rng.choice(["白", "蓝", "透明"]) if k != "驾驶证" else "黑"
            if t["color"] == "透明":
                t["color"] = None
            t["vis"] = [rng.choice(["套着透明卡套", "卡套是蓝色的", "没有套", "夹在一张红纸里"])] if k != "驾驶证" else ["黑色皮夹本"]
        elif k == "学生证":
            t["serial"] = ("stuno", "2024%02d%02d" % (rng.randint(1, 20), rng.randint(1, 55)))
            t["color"] = "蓝"
            t["vis"] = ["岚屿二中学生证", rng.choice(["初二", "高一", "高二", "初三"]) + "年段"]
        elif k == "护照":
            t["serial"] = ("passport", rng.choice("AEKS") + "%07d" % rng.randrange(10 ** 7) + rng.choice("ABCHJK"))
            t["color"] = fix.get("color") or rng.choice(["红", "蓝", "棕"])
            t["vis"] = [rng.choice(["护照里夹着机票行程单", "护照套是黑色皮的", "里面夹着一张100元人民币"])]
        else:
            t["serial"] = ("hrp", "H%08d" % rng.randrange(10 ** 8))
            t["color"] = "蓝"
            t["vis"] = ["回乡证卡片"]
        t["hid"] = [rng.choice(["补办要回新加坡办，很麻烦", "下礼拜要坐飞机", "照片是十年前拍的", "过几天要去银行办事"])]
    elif cat == "wallet":
        b = fix.get("brand") if "brand" in fix else rng.choice(sorted(WALLET_BRANDS) + ["", ""])
        t["brand"] = b
        t["model"] = rng.choice(WALLET_BRANDS[b]) if b else ""
        t["color"] = fix.get("color") or rng.choice(["黑", "黑", "棕", "红", "粉", "蓝"])
        t["kind"] = fix.get("kind") or rng.choice(["钱包", "钱包", "长钱包", "零钱包", "卡包"])
        tail = _card_tail(rng)
        t["serial"] = ("card", tail)
        cash = rng.choice([35, 80, 120, 260, 500, 640, 1200, 2000])
        t["cash"] = cash
        t["inside"] = ["现金%d元左右" % cash, "一张农商银行卡尾号%s" % tail]
        if rng.random() < 0.5:
            t["inside"].append("身份证（%s）" % owner["name"])
            t["holder"] = owner["name"]
        t["inside"] += rng.sample(["几张超市购物小票", "一张全家福照片", "医保卡", "公交卡", "一张扫墓用的香烛店收据",
                                   "新加坡元几张", "一张二中饭卡"], rng.randint(0, 2))
        t["vis"] = [rng.choice(["边角磨白了", "皮面有压纹", "扣子有点松", "拉链头掉了", "很新"])]
        t["hid"] = [rng.choice(["里面有老婆的照片", "夹层里还有一张存折", "钱是准备给祠堂添油的"])]
    elif cat == "keys":
        n = rng.randint(2, 7)
        t["kind"] = fix.get("kind") or rng.choice(["钥匙", "一串钥匙", "车钥匙", "电动车钥匙"])
        t["color"] = fix.get("color") or rng.choice(["银", "黑", "金", "红"])
        t["brand"] = fix.get("brand") if "brand" in fix else rng.choice(["", "", "五菱", "比亚迪", "雅迪", "爱玛"])
        t["vis"] = ["%d把钥匙" % n, rng.choice(CHARMS)]
        if t["brand"]:
            t["vis"].append("有一把%s的车钥匙" % t["brand"])
        t["hid"] = [rng.choice(["有一把是老厝大门的", "有一把是茶厂仓库的", "有一把信箱小钥匙", "有一把是渔船舱锁的"])]
        t["n"] = n
    elif cat in ("ebike", "bicycle"):
        brands = EBIKE_BRANDS if cat == "ebike" else BIKE_BRANDS
        b = fix.get("brand") or rng.choice(sorted(brands))
        t["brand"] = b
        t["model"] = fix.get("model") or rng.choice(brands[b])
        t["color"] = fix.get("color") or rng.choice(["白", "黑", "红", "蓝", "灰", "绿", "粉"])
        t["kind"] = "电动车" if cat == "ebike" else "自行车"
        pre = {"雅迪": "YD", "爱玛": "AM", "台铃": "TL", "新日": "XR", "绿源": "LY", "捷安特": "GT", "凤凰": "FH",
               "永久": "YJ", "美利达": "MD"}[b]
        t["serial"] = ("frame", pre + "25" + _code(rng, "ABCDEFGHJK", 1) + "%05d" % rng.randrange(10 ** 5))
        if cat == "ebike":
            t["plate"] = "岚屿%s%04d" % (rng.choice("ABC"), rng.randrange(10000))
            t["vis"] = ["车牌%s" % t["plate"], rng.choice(["车筐里有个红色塑料袋", "后座绑着一个小孩座椅", "前面挡风被有碎花图案",
                                                         "后视镜断了一个", "脚踏板上有泥"])]
        else:
            t["vis"] = [rng.choice(["车筐是黑色铁丝的", "后座有货架", "车把上缠着胶带", "有一个U型锁挂在车上",
                                    "车座是破的"])]
        t["hid"] = [rng.choice(["电瓶刚换不久", "车是去年腊月买的", "链条有点响", "锁是坏的没锁"])]
    elif cat == "bag":
        b = fix.get("brand") if "brand" in fix else rng.choice(sorted(BAG_BRANDS))
        t["brand"] = b
        t["kind"] = fix.get("kind") or (rng.choice(BAG_BRANDS[b]) if b else rng.choice(["编织袋", "手提袋", "布袋", "背包", "红色塑料袋"]))
        t["color"] = fix.get("color") or rng.choice(["黑", "蓝", "红", "灰", "绿", "棕", "白"])
        t["inside"] = rng.sample(["两件换洗衣服", "一包铁观音茶叶（半斤装）", "一叠金纸", "香和蜡烛", "一盒发粿", "一把折叠伞",
                                  "一瓶水", "保温杯", "药盒", "充电器", "一本族谱复印件", "小孩的玩具车", "一袋海蛎干",
                                  "作业本和文具盒", "雨衣"], rng.randint(2, 4))
        t["vis"] = [rng.choice(["背带有一边断过缝过", "拉链上挂着小铃铛", "外面有泥点", "有点湿", "侧袋插着雨伞"])]
        t["hid"] = [rng.choice(["夹层里有三百块钱", "里面有一张回程车票", "包是女儿买的", "里面的茶叶要送亲戚"])]
    elif cat == "cash":
        cur = "SGD" if owner["overseas"] and rng.random() < 0.4 else "RMB"
        amt = rng.choice([200, 500, 600, 800, 1000, 1600, 2000, 3000, 5000]) if cur == "RMB" else rng.choice([100, 200, 500])
        t["cash"] = amt
        t["cur"] = cur
        t["kind"] = fix.get("kind") or rng.choice(["红包", "信封装的现金", "银行纸袋装的现金", "一卷现金（橡皮筋扎着）"])
        t["color"] = {"红包": "红", "信封装的现金": "白", "银行纸袋装的现金": "黄"}.get(t["kind"])
        t["vis"] = [rng.choice(["信封上写着'添油'两个字", "信封上写着一个'陈'字", "没写字", "红包上印着'福'字"])]
        t["hid"] = [rng.choice(["是要交给宗祠的丁钱", "是卖茶的钱", "是给阿嬷的孝敬钱", "是这个月的工钱"])]
    elif cat == "jewelry":
        k, c = JEWEL[rng.randrange(len(JEWEL))] if "kind" not in fix else [j for j in JEWEL if j[0] == fix["kind"]][0]
        t["kind"] = k
        t["color"] = fix.get("color") or c
        t["brand"] = fix.get("brand") if "brand" in fix else rng.choice(JEWEL_SHOPS)
        t["grams"] = rng.choice([5.2, 8.6, 12.3, 15.0, 20.5, 31.8])
        t["vis"] = [rng.choice(["内圈刻着'%s'" % owner["surname"], "有个小坠子", "搭扣有点变形", "刻了'平安'两个字",
                                "表面有龙凤花纹", "是素圈"])]
        t["hid"] = ["大概%s克" % t["grams"], rng.choice(["是结婚时候的嫁妆", "是外婆传下来的", "小孩满月亲戚送的"])]
    elif cat == "electronics":
        idx = rng.randrange(len(ELEC))
        if "brand" in fix or "kind" in fix:
            cands = [e for e in ELEC if e[1] == fix.get("brand", e[1]) and e[0] == fix.get("kind", e[0])] or ELEC
            idx = ELEC.index(cands[rng.randrange(len(cands))])
        k, b, models, cols = ELEC[idx]
        t["kind"], t["brand"] = k, b
        t["model"] = fix.get("model") or rng.choice(models)
        t["color"] = fix.get("color") or rng.choice(cols)
        t["serial"] = ("sn", _code(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10))
        t["vis"] = [rng.choice(["外壳有贴纸", "有一道划痕", "装在一个黑色小袋子里", "充电盒盖子有点松", "背面写了名字'%s'" % owner["given"]])]
        t["hid"] = [rng.choice(["绑了我的账号", "里面有很多照片", "是孩子从外地寄回来的", "发票还在"])]
    else:  # other
        idx = rng.randrange(len(OTHER))
        if "kind" in fix:
            idx = [i for i, o in enumerate(OTHER) if o[0] == fix["kind"]][0]
        k, cols, brands = OTHER[idx]
        t["kind"] = k
        t["color"] = fix.get("color") or rng.choice(cols)
        t["brand"] = fix.get("brand") if "brand" in fix else rng.choice(brands)
        t["vis"] = [rng.choice({"雨伞": ["伞柄是木头的", "伞骨断了一根", "伞面印着银行广告", "自动伞"],
                                "老花镜": ["装在硬壳眼镜盒里", "镜腿缠了胶布", "有一根挂绳"],
                                "拐杖": ["手柄是龙头的", "底下橡胶头磨坏了"],
                                "族谱": ["封面写着'%s氏族谱'" % owner["surname"], "用红布包着"],
                                "茶具": ["一个盖碗三个杯子", "装在木盒里"], "药袋": ["县医院的药袋，上面写着名字%s" % owner["name"]],
                                "校服外套": ["岚屿二中校服，领子写着%s" % owner["name"], "校服袖口有墨水"],
                                "斗笠": ["带红色系带", "边上破了"], "钓竿": ["装在长布袋里", "带一个渔轮"],
                                "佛珠": ["108颗", "有一颗是红的"], "石雕小狮子": ["巴掌大，青石的", "底下刻着'岚'字"],
                                "香篮": ["竹编的，里面有香和金纸", "提手缠着红布"]}[k])]
        t["hid"] = [rng.choice(["是老人家用了十几年的", "是要带回南洋的", "刚买没几天", "对我很有纪念意义"])]
    return t


def twin(rng, t, how, new_owner):
    """A different object that resembles t. how: near_twin, same_cat_colour, same_brand, namesake, one_detail."""
    cat = t["cat"]
    if how == "one_detail":
        u = copy.deepcopy(t)
        u["owner"] = new_owner
        choices = ["vis"]
        if t["serial"]:
            choices.append("serial")
        if cat in ("wallet", "cash"):
            choices.append("cash")
        w = rng.choice(choices)
        if w == "serial":
            fresh = make(cat, rng, new_owner, {"brand": t["brand"], "color": t["color"], "kind": t["kind"]})
            if fresh["serial"] and fresh["serial"][0] == t["serial"][0]:
                u["serial"] = fresh["serial"]
                if cat == "wallet":
                    u["inside"] = [x.replace(t["serial"][1], u["serial"][1]) for x in u["inside"]]
                if cat == "id_doc":
                    u["holder"] = new_owner["name"]
                if cat == "ebike":
                    u["plate"] = fresh["plate"]
                    u["vis"] = [x for x in fresh["vis"] if x.startswith("车牌")] + u["vis"][1:]
            else:
                w = "vis"
        if w == "cash":
            u["cash"] = t["cash"] + rng.choice([-100, 100, 50, 300]) if t["cash"] > 300 else t["cash"] * 2
            u["inside"] = [("现金%d元左右" % u["cash"]) if x.startswith("现金") else x for x in u["inside"]]
        if w == "vis":
            fresh = make(cat, rng, new_owner, {"brand": t["brand"], "color": t["color"], "kind": t["kind"]})
            u["vis"] = list(fresh["vis"][:1]) + list(t["vis"][1:]) if fresh["vis"] else t["vis"]
            if u["vis"] == t["vis"]:
                u["vis"] = u["vis"] + ["有一处明显的磕痕"]
            if cat == "phone":
                u["wall"] = fresh["wall"]
        u["hid"] = make(cat, rng, new_owner, {"brand": t["brand"]})["hid"]
        return u
    if how == "namesake":
        other = make_person(rng, overseas=False, age=new_owner["age"], surname=t["owner"]["surname"])
        other["name"] = t["owner"]["name"]
        other["given"] = t["owner"]["given"]
        other["id"] = make_id(rng, other["born"], t["owner"]["female"])
        return make(cat, rng, other, {"kind": t["kind"], "holder": t["owner"]["name"]})
    fix = {}
    if how in ("near_twin", "same_cat_colour"):
        fix["color"] = t["color"]
    if how in ("near_twin", "same_brand"):
        fix["brand"] = t["brand"]
        if cat in ("jewelry", "other", "bag", "electronics", "id_doc", "keys"):
            fix["kind"] = t["kind"]
    if how == "same_cat_colour" and cat in ("jewelry", "other", "electronics"):
        fix["kind"] = t["kind"]
    u = make(cat, rng, new_owner, fix)
    if how == "same_cat_colour" and t["brand"] and u["brand"] == t["brand"] and cat not in ("other", "jewelry"):
        u = make(cat, rng, new_owner, fix)
    return u
