"""set92 marks: identifying marks and contents, each as the owner says it and as a finder
sees it. Flags: 'c' common in this world (a twin may carry it too), 'h' only the owner knows."""

STICKERS = [("雪人", "snowman"), ("熊猫", "panda"), ("柴犬", "shiba dog"), ("樱花", "cherry blossom"),
            ("火箭", "rocket"), ("招财猫", "lucky cat"), ("小恐龙", "dinosaur"), ("草莓", "strawberry")]
UNIS = [("南岭理工大学", "Nanling Tech"), ("江州师范大学", "Jiangzhou Normal"), ("海滨大学", "Haibin Univ"),
        ("西川农业大学", "Xichuan Agri"), ("北原体育学院", "Beiyuan Sport"), ("东渚医科大学", "Dongzhu Medical")]
CHARMS = [("小熊", "teddy bear"), ("葫芦", "gourd"), ("雪花", "snowflake"), ("平安扣", "jade disc"),
          ("奥特曼", "robot hero"), ("小鸭子", "duck"), ("铃铛", "bell")]
LOCKS = [("橘猫", "orange cat"), ("一家三口", "family"), ("雪山", "snowy mountain"), ("小狗", "puppy"),
         ("动漫女孩", "anime girl"), ("婚纱照", "wedding photo"), ("海边日落", "sunset")]
COLS = [("红色", "red"), ("黑色", "black"), ("彩虹色", "rainbow"), ("蓝色", "blue"), ("绿色", "green")]

M = {}


def _p(pool, *rows):
    M.setdefault(pool, []).extend(rows)


_p("phone",
   ("crack", "屏幕右上角碎了一道", "屏幕右上角有裂纹", "cracked screen (top right)", None, ""),
   ("crack2", "屏幕左下角摔裂了", "屏幕左下角碎了", "crack at bottom left", None, ""),
   ("stk", "壳背面贴着{p}贴纸", "手机壳背面有个{p}贴纸", "{e} sticker on the case", STICKERS, ""),
   ("rstk", "壳上贴了雪岭滑雪场送的雪花贴纸", "背面贴着雪岭滑雪场的雪花贴纸", "Xueling snowflake sticker", None, "c"),
   ("lany", "挂着一根{p}挂绳", "带一根{p}手机挂绳", "{e} lanyard", COLS, ""),
   ("tick", "壳里夹着一张缆车票", "手机壳里夹着张缆车票", "a gondola ticket in the case", None, "c"),
   ("photo", "壳里夹了张一寸照片", "手机壳里面夹着一张证件照", "", None, ""),
   ("lock", "锁屏是{p}的照片", "锁屏照片是{p}", "lock screen is a {e} photo", LOCKS, ""),
   ("ring", "背后有个指环扣", "背面粘着指环支架", "ring holder on the back", None, ""),
   ("sim", "电话卡是联通的", "", "", None, "h"),
   ("pwd", "有六位锁屏密码", "", "", None, "h"))
_p("id_card",
   ("sleeve", "装在{p}卡套里", "外面套了个{p}卡套", "", COLS, ""),
   ("glasses", "照片上我戴着眼镜", "照片上是戴眼镜的人", "", None, ""),
   ("bent", "边上有点折痕", "卡片边缘有折痕", "", None, ""))
_p("passport",
   ("bp", "里面夹着一张登机牌", "护照里夹着登机牌", "boarding pass inside", None, ""),
   ("hotel", "里面夹着汤泉谷酒店的入住单", "内夹汤泉谷温泉酒店入住单", "Tangquangu hotel slip inside", None, ""),
   ("cover", "外面有个透明护照套", "套着透明护照夹", "clear plastic cover", None, ""))
_p("student_card",
   ("uni", "{p}的", "学校是{p}", "{e}", UNIS, ""),
   ("tkt", "里面夹着火车票报销凭证", "证里夹着一张车票凭证", "", None, ""))
_p("accred",
   ("team", "{p}代表队", "代表队：{p}", "team {e}", UNIS, ""),
   ("lanyard", "挂着大冬会的蓝挂绳", "带大冬会蓝色挂绳", "blue games lanyard", None, "c"),
   ("pin", "挂绳上别着一枚熊猫徽章", "挂绳上有个熊猫徽章", "panda pin on the lanyard", None, ""))
_p("wallet",
   ("worn", "边角磨得发白了", "边角磨损明显", "worn corners", None, ""),
   ("init", "角上压了{p}两个字母", "角上有字母{p}", "letters {e} pressed in the corner", [("LY", "LY"), ("ZQ", "ZQ"), ("WJ", "WJ"), ("HM", "HM")], ""),
   ("kid", "里面夹着我家孩子的一寸照", "内有一张小孩的一寸照片", "photo of my kid inside", None, ""),
   ("spass", "里面有张雪岭的雪卡", "内有雪岭滑雪场雪卡一张", "", None, "c"),
   ("rcpt", "还有几张超市小票", "有福满多超市小票几张", "", None, "c"),
   ("charm", "拉链上挂着个{p}", "拉链头挂着{p}挂件", "{e} charm on the zip", CHARMS, ""),
   ("zip", "拉链有点坏了不太好拉", "拉链损坏", "", None, ""))
_p("keyring",
   ("charm", "挂着一个{p}钥匙扣", "钥匙扣是个{p}", "{e} key ring", CHARMS, ""),
   ("fob", "串着一个{p}门禁扣", "带{p}门禁卡扣", "{e} door fob", COLS, ""),
   ("n3", "一共三把钥匙", "共三把钥匙", "three keys", None, ""),
   ("n5", "五把钥匙，有一把是防盗门的", "共五把钥匙，其中一把防盗门钥匙", "five keys", None, ""),
   ("opener", "还有个开瓶器", "串着一个小开瓶器", "bottle opener", None, ""))
_p("locker_key",
   ("band", "手环带子有点开胶", "手环带子开胶了", "", None, ""),
   ("rub", "上面缠了根皮筋", "手环上缠着一根皮筋", "rubber band on it", None, ""))
_p("room_card",
   ("sleeve", "装在印着酒店名字的纸套里", "有酒店纸卡套", "in the hotel's paper sleeve", None, "c"),
   ("note", "背面贴了张便签写着早餐券", "卡背面贴着便签", "", None, ""))
_p("car_key",
   ("charm", "钥匙扣是个{p}", "钥匙上挂着{p}", "{e} key ring", CHARMS, ""),
   ("fob", "还带一个{p}门禁卡", "串着{p}门禁卡", "{e} door fob", COLS, ""),
   ("cover", "套着皮质钥匙包", "套着皮钥匙套", "leather key cover", None, ""))
_p("ebike",
   ("quilt", "车把上装着{p}挡风被", "车头有{p}挡风被", "", COLS, ""),
   ("basket", "车筐里有个塑料袋", "车筐里有塑料袋", "", None, "c"),
   ("seat", "后座绑了个棉垫子", "后座有棉坐垫", "", None, ""),
   ("mirror", "左边后视镜断了", "左后视镜断", "", None, ""))
_p("bicycle",
   ("stk", "车架上贴着{p}贴纸", "车架有{p}贴纸", "{e} sticker on the frame", STICKERS, ""),
   ("bell", "车把上有个{p}车铃", "带{p}车铃", "", COLS, ""),
   ("rust", "链子有点锈", "链条生锈", "", None, ""))
_p("kids_bike",
   ("stk", "车头贴着{p}贴纸", "车头有{p}贴纸", "", STICKERS, ""),
   ("basket", "前面有个小车筐", "带小车筐", "", None, ""))
_p("bag",
   ("charm", "拉链上挂着{p}挂件", "拉链上有{p}挂件", "{e} charm on the zip", CHARMS, ""),
   ("badge", "包上别着{p}徽章", "包上有个{p}徽章", "{e} pin badge", STICKERS, ""),
   ("cup", "侧袋插着个保温杯", "侧袋里有保温杯", "thermos in the side pocket", None, ""),
   ("laptop", "里面有台笔记本电脑", "内有笔记本电脑一台", "a laptop inside", None, ""),
   ("clothes", "里面有换洗衣服和一条毛巾", "内有衣物、毛巾", "spare clothes inside", None, "c"),
   ("snacks", "里面还有几包零食", "内有零食", "", None, "c"),
   ("meds", "里面有哮喘喷雾", "包内有一支喷雾药", "asthma inhaler inside", None, ""),
   ("tag", "挂着写了名字的行李牌", "挂有行李牌", "name tag", None, ""))
_p("suitcase",
   ("stk", "箱子上贴满了贴纸，有个{p}", "箱体贴了很多贴纸，有{p}图案", "{e} sticker on it", STICKERS, ""),
   ("scarf", "拉杆上系着{p}丝巾", "拉杆上绑着{p}丝巾", "{e} scarf on the handle", COLS, ""),
   ("lock", "密码锁的", "带密码锁", "combination lock", None, "c"),
   ("wheel", "有个轮子坏了", "一个轮子坏了", "one broken wheel", None, ""))
_p("cash",
   ("fu", "外面印着福字", "印有福字图案", "", None, "c"),
   ("band", "用橡皮筋捆着", "橡皮筋扎着", "", None, "c"),
   ("new", "都是新票子", "均为新钞", "", None, ""),
   ("slip", "里面还夹着一张取款凭条", "夹有取款凭条一张", "", None, ""),
   ("write", "上面写着'给{p}'", "上面手写'给{p}'", "", [("小宝", ""), ("妞妞", ""), ("大孙子", ""), ("豆豆", "")], ""))
_p("jewelry",
   ("pend", "吊坠是个{p}", "坠子是{p}的", "{e} pendant", [("小兔子", "rabbit"), ("四叶草", "clover"), ("心形", "heart"), ("雪花", "snowflake")], ""),
   ("box", "装在红色小绒盒里", "在红色绒布小盒里", "in a red velvet box", None, ""),
   ("chip", "有个小缺口", "边上有个小缺口", "a small chip", None, ""),
   ("clasp", "扣头有点松", "搭扣松了", "loose clasp", None, ""))
_p("ring",
   ("box", "装在红色小绒盒里", "在红色绒布小盒里", "in a red velvet box", None, ""),
   ("stone", "上面镶了颗小钻", "镶有一颗小钻", "a small diamond", None, ""),
   ("bent", "戒圈有点变形", "戒圈略变形", "slightly bent", None, ""))
_p("electronics",
   ("case", "套着{p}保护套", "外面有{p}保护套", "{e} protective case", COLS, ""),
   ("stk", "贴着{p}贴纸", "上面贴着{p}贴纸", "{e} sticker", STICKERS, ""),
   ("scr", "有一道明显划痕", "外壳有划痕", "a long scratch", None, ""),
   ("name", "贴了写名字的标签", "贴有姓名标签", "name label", None, ""),
   ("pouch", "装在{p}收纳包里", "装在{p}收纳袋里", "in a {e} pouch", COLS, ""),
   ("data", "里面有这次滑雪拍的视频", "", "", None, "h"))
_p("other",
   ("stk", "上面贴着{p}贴纸", "上面有个{p}贴纸", "{e} sticker", STICKERS, ""),
   ("scr", "侧面有划痕", "侧面有明显刮痕", "scratched on the side", None, ""),
   ("rent", "是雪岭租赁的，带租赁标签", "带雪岭雪具租赁标签", "rental tag from Xueling", None, "c"),
   ("init", "内侧用记号笔写了{p}", "内侧有记号笔写的{p}", "{e} written inside", [("LY", "LY"), ("ZQ", "ZQ"), ("WJ", "WJ"), ("HM", "HM")], ""),
   ("tape", "缠了一圈{p}胶布", "缠着{p}胶布", "{e} tape", COLS, ""),
   ("worn", "挺旧的了", "比较旧", "quite old", None, ""))

RENTABLE = {"helmet", "goggles", "snowboard", "skis", "ski_boots", "skates"}
POOL_OF = {"phone": "phone", "id_card": "id_card", "passport": "passport", "student_card": "student_card",
           "driver_lic": "id_card", "accred": "accred", "cardholder": "wallet", "wallet": "wallet",
           "coin_purse": "wallet", "keyring": "keyring", "locker_key": "locker_key", "room_card": "room_card",
           "car_key": "car_key", "ebike": "ebike", "bicycle": "bicycle", "kids_bike": "kids_bike",
           "suitcase": "suitcase", "hongbao": "cash", "cash_roll": "cash", "envelope": "cash"}
for _g in ("backpack", "crossbody", "waist_bag", "board_bag", "boot_bag", "skate_bag"):
    POOL_OF[_g] = "bag"
POOL_OF["ring"] = "ring"
for _g in ("necklace", "bracelet", "earring", "bangle"):
    POOL_OF[_g] = "jewelry"
for _g in ("earbuds", "action_cam", "camera", "tablet", "powerbank", "console", "smartwatch", "kids_watch"):
    POOL_OF[_g] = "electronics"


def draw_marks(rng, group, n):
    """Draw n distinct marks for an object of kind-group `group`."""
    pool = M.get(POOL_OF.get(group, "other"), M["other"])
    order = list(range(len(pool)))
    rng.shuffle(order)
    out, seen = [], set()
    for i in order:
        tid, own, fnd, en, params, flags = pool[i]
        if tid in seen or (tid == "rent" and group not in RENTABLE):
            continue
        pcn, pen = rng.choice(params) if params else ("", "")
        seen.add(tid)
        out.append({"id": "%s:%s" % (tid, pcn), "slot": tid, "owner": own.replace("{p}", pcn),
                    "finder": fnd.replace("{p}", pcn), "en": en.replace("{e}", pen) if en and (pen or not params) else "",
                    "common": "c" in flags, "hidden": "h" in flags})
        if len(out) >= n:
            break
    return out
