"""World data for set124: 汀溪, an invented Hakka county town in the hills, in spring.

Everything here is invented: the town, villages, earthen towers, shops, people, phone models,
plates and numbers.  Only the big consumer brands are real names, because the issue text itself
matches on them (华为/HUAWEI/华伟, 苹果/iPhone/Apple).  Only lists and insertion-ordered dicts are
used, so nothing depends on PYTHONHASHSEED.
"""

import datetime

# The moment every registration is made (all *_min values count back from here).
# Qingming holiday: 4月4日–4月6日; the tea fair 4月3日–4月5日; sports day 4月2日–4月3日.
NOW = datetime.datetime(2025, 4, 7, 19, 30)

# ---------------------------------------------------------------------------------------------
# Places.  o = how an owner names it, f = spots a finder writes down, near = places within ~1.5 km
# ---------------------------------------------------------------------------------------------
PLACES = {
    "station": dict(lat=25.12903, lon=116.49812,
                    o=["汀溪站", "高铁站", "汀溪高铁站", "高铁汀溪站", "高铁站候车厅"],
                    f=["候车厅2号检票口旁座椅", "出站口扶梯下", "进站安检口传送带旁", "售票厅自助取票机旁",
                       "候车厅母婴室门口", "一楼卫生间洗手台", "候车厅充电桩旁"],
                    en=["the high-speed rail station", "Tingxi HSR station"],
                    near=["station_plaza"]),
    "station_plaza": dict(lat=25.12761, lon=116.49617,
                          o=["高铁站站前广场", "高铁站出租车候车区", "高铁站接驳车上车点", "高铁站停车场"],
                          f=["站前广场花坛边", "出租车候车区护栏旁", "接驳车上车点站牌下", "停车场收费亭旁"],
                          en=["the station forecourt", "the shuttle bus stop at the station"],
                          f_bus=["K1接驳车后排座位下", "接驳车行李架上", "K1接驳车最后一排"],
                          near=["station"]),
    "shuttle": dict(lat=25.08720, lon=116.45880,
                    o=["高铁接驳巴士上", "K1接驳车上", "从高铁站坐接驳车回县城的路上", "接驳大巴上"],
                    f=["K1接驳车车厢内"],
                    en=["the K1 shuttle bus from the station", "the shuttle bus into town"],
                    near=[]),
    "depot": dict(lat=25.04551, lon=116.41702,
                  o=["县城公交总站", "汀溪公交总站", "汽车站"],
                  f=["候车亭长椅", "调度室门口"],
                  f_bus=["K1接驳车后排座位下", "接驳车行李架上", "K1接驳车司机座位后面", "接驳车中门台阶", "接驳车第三排座位缝里"],
                  en=["the bus terminal in town"],
                  near=["market", "square"]),
    "night_market": dict(lat=25.05021, lon=116.42363,
                         o=["河背街夜市", "夜市", "河背街", "河背街夜市里面"],
                         f=["烤肠摊旁", "23号摊位下", "炸豆腐摊的小桌上", "夜市口套圈摊", "擂茶摊长凳上",
                            "夜市中段垃圾桶边", "牛肉丸摊前", "手机贴膜摊旁"],
                         en=["the night market on Hebei Street", "the night market"],
                         near=["bridge", "riverside", "supermarket"]),
    "bridge": dict(lat=25.05112, lon=116.42521,
                   o=["廊桥", "河背街廊桥", "廊桥头"],
                   f=["廊桥头台阶", "廊桥中间长凳", "廊桥东头灯笼下"],
                   en=["the covered bridge"],
                   near=["night_market", "riverside"]),
    "riverside": dict(lat=25.05233, lon=116.42804,
                      o=["滨河步道", "滨河公园", "河边步道"],
                      f=["滨河公园健身器材旁", "滨河步道石凳上", "公园公厕门口", "步道边草地"],
                      en=["the riverside park"],
                      near=["bridge", "night_market"]),
    "school": dict(lat=25.04152, lon=116.41201,
                   o=["汀溪中学", "县中学", "汀溪县中学", "学校运动场", "汀溪中学田径场"],
                   f=["田径场东看台", "主席台后面", "跳远沙坑旁", "教学楼一楼走廊", "食堂门口",
                      "篮球场边", "田径场检录处", "西看台第三排"],
                   en=["the county middle school"],
                   near=["school_gate"]),
    "school_gate": dict(lat=25.04223, lon=116.41352,
                        o=["汀溪中学门口", "学校对面文具店", "学校门口车棚"],
                        f=["校门口公交站", "学校对面文具店门口", "校门外车棚", "校门口奶茶店台阶"],
                        en=["the school gate"],
                        near=["school", "market"]),
    "tea_fair": dict(lat=25.03802, lon=116.43305,
                     o=["茶博会", "春茶节", "茶叶交易市场", "茶博园", "春茶节茶博会现场"],
                     f=["斗茶台边", "A区12号展位", "B区茶农展销摊", "主舞台下", "茶博园停车场",
                        "品茗区竹椅上", "C区3号展位桌下", "茶博园卫生间门口"],
                     en=["the tea fair", "the spring tea festival"],
                     near=["hospital"]),
    "tea_garden_yd": dict(lat=25.00903, lon=116.38804,
                          o=["云顶茶园", "云顶茶山", "云顶村茶园"],
                          f=["茶园第三层梯田", "采茶步道上", "茶园凉亭", "制茶坊门口", "茶园观景台"],
                          en=["the Yunding tea garden", "the tea plantation on the hill"],
                          near=["homestay_bs"]),
    "tea_garden_pt": dict(lat=25.07104, lon=116.37206,
                          o=["坪头茶场", "坪头村茶山"],
                          f=["茶场水池边", "茶山小路口", "茶场晒青坪"],
                          en=["the Pingtou tea farm"],
                          near=[]),
    "tulou_qh": dict(lat=24.99201, lon=116.46203,
                     o=["启晖楼", "上坪村启晖楼", "上坪土楼"],
                     f=["启晖楼天井", "楼内二层回廊", "楼门口石阶", "祖堂前", "启晖楼门口小卖部"],
                     en=["Qihui earthen tower", "the round tulou at Shangping"],
                     near=["tulou_vc", "tulou_dr", "homestay_xy"]),
    "tulou_dr": dict(lat=24.98503, lon=116.47102,
                     o=["敦仁楼", "坑尾村敦仁楼", "坑尾土楼"],
                     f=["敦仁楼门口", "楼内水井边", "三楼观景走廊", "楼前晒谷坪"],
                     en=["Dunren earthen tower"],
                     near=["tulou_vc", "tulou_qh", "homestay_ll"]),
    "tulou_ry": dict(lat=25.01804, lon=116.50503,
                     o=["瑞云楼", "岭背村瑞云楼"],
                     f=["瑞云楼门口", "瑞云楼内天井", "楼外荷塘边"],
                     en=["Ruiyun tower"],
                     near=[]),
    "tulou_vc": dict(lat=24.98902, lon=116.46501,
                     o=["土楼景区游客中心", "景区售票处", "景区停车场", "观光车上车点"],
                     f=["游客中心服务台", "售票处排队栏杆旁", "景区停车场", "观光车上车点座椅"],
                     en=["the tulou visitor centre", "the scenic area car park"],
                     near=["tulou_qh", "tulou_dr"]),
    "homestay_xy": dict(lat=24.99051, lon=116.46002,
                        o=["溪云民宿", "住的溪云民宿"],
                        f=["203房间床头柜", "前台沙发", "院子茶桌", "205房间卫生间", "301房间衣柜"],
                        en=["Xiyun guesthouse"],
                        near=["tulou_qh"]),
    "homestay_bs": dict(lat=25.01102, lon=116.39053,
                        o=["半山茶舍", "半山茶舍民宿"],
                        f=["二楼茶室", "102房间枕头下", "停车坪", "露台躺椅"],
                        en=["Banshan tea house guesthouse"],
                        near=["tea_garden_yd"]),
    "homestay_ll": dict(lat=24.98521, lon=116.47131,
                        o=["楼里人家客栈", "敦仁楼里的客栈"],
                        f=["二楼6号房", "客栈厅堂", "楼梯转角"],
                        en=["the inn inside Dunren tower"],
                        near=["tulou_dr"]),
    "raft_start": dict(lat=25.08502, lon=116.35503,
                       o=["石门滩漂流", "漂流起漂点", "石门滩码头", "石门滩"],
                       f=["更衣室储物柜旁", "码头台阶", "售票处窗口", "救生衣发放点"],
                       en=["the Shimentan rafting start", "the rafting pier"],
                       near=["raft_mid"]),
    "raft_mid": dict(lat=25.07503, lon=116.36104,
                     o=["漂流河道上", "石门滩河道中间", "龙口湾那段急流"],
                     f=["龙口湾河道", "河道中段浅滩"],
                     en=["on the river during the rafting"],
                     near=["raft_start", "raft_end"]),
    "raft_end": dict(lat=25.06402, lon=116.37002,
                     o=["下洋坝上岸点", "漂流终点", "下洋坝"],
                     f=["上岸点竹排上", "冲淋房", "终点大巴停车场", "河湾浅滩", "皮筏回收处"],
                     en=["the rafting finish at Xiayang weir"],
                     near=["raft_mid"]),
    "wedding": dict(lat=25.04703, lon=116.42502,
                    o=["鸿禧酒楼", "鸿禧酒楼宴会厅", "喜宴厅", "鸿禧酒楼二楼"],
                    f=["宴会厅8号桌下", "宴会厅门口签到台", "二楼卫生间", "舞台边", "酒楼门口停车场", "宴会厅15号桌椅子上"],
                    en=["the Hongxi banquet hall"],
                    near=["square", "hospital"]),
    "sorting": dict(lat=25.06204, lon=116.44503,
                    o=["汀溪物流园", "快递分拣中心", "物流园分拣站", "物流园"],
                    f=["分拣线3号口", "装卸区", "员工休息室", "物流园大门岗亭", "分拣线尾端笼车里"],
                    en=["the logistics park"],
                    near=["bypass"]),
    "bypass": dict(lat=25.05703, lon=116.43504,
                   o=["环城路", "物流园到县城的环城路"],
                   f=["环城路公交站旁", "环城路加油站对面路边", "环城路与河背街路口"],
                   en=["the ring road"],
                   near=["sorting", "night_market"]),
    "market": dict(lat=25.04953, lon=116.41904,
                   o=["农贸市场", "汀溪农贸市场", "菜市场"],
                   f=["猪肉摊旁", "市场东门", "咸菜干摊位前", "市场门口电动车停放区"],
                   en=["the farmers' market"],
                   near=["depot", "square", "school_gate"]),
    "hospital": dict(lat=25.04404, lon=116.42603,
                     o=["县人民医院", "县医院"],
                     f=["门诊一楼缴费处", "住院部电梯口", "医院停车棚", "门诊输液室"],
                     en=["the county hospital"],
                     near=["wedding", "tea_fair"]),
    "square": dict(lat=25.04702, lon=116.42004,
                   o=["县政府广场", "中心广场", "广场"],
                   f=["广场舞区域长椅", "广场东侧花坛", "广场公厕门口"],
                   en=["the central square"],
                   near=["market", "wedding", "supermarket"]),
    "supermarket": dict(lat=25.04891, lon=116.42212,
                        o=["万家福超市", "超市"],
                        f=["超市收银台", "超市存包柜", "超市门口购物车区"],
                        en=["the supermarket"],
                        near=["square", "night_market"]),
    "ancestral": dict(lat=25.05602, lon=116.41503,
                      o=["罗家祠堂", "宗祠"],
                      f=["祠堂上厅供桌旁", "祠堂门口石狮边"],
                      en=["the ancestral hall"],
                      near=["hill_tomb"]),
    "hill_tomb": dict(lat=25.06003, lon=116.40802,
                      o=["后龙山", "后龙山祖坟", "后龙山上挂纸的地方"],
                      f=["后龙山山道边", "后龙山墓地台阶", "后龙山半山凉亭"],
                      en=["the hill behind town"],
                      near=["ancestral"]),
    "village_yd": dict(lat=25.00502, lon=116.39503,
                       o=["云顶村", "云顶村口"],
                       f=["云顶村口大榕树下", "云顶村小卖部门口"],
                       en=["Yunding village"],
                       near=["tea_garden_yd", "homestay_bs"]),
    # far places (other townships), used for "same brand, different place" negatives
    "xinan": dict(lat=24.94003, lon=116.53004,
                  o=["溪南镇", "溪南镇圩场"],
                  f=["溪南镇圩场", "溪南镇车站", "溪南镇卫生院门口", "溪南中学门口"],
                  en=["Xinan township"], near=[]),
    "fengkou": dict(lat=25.15002, lon=116.32003,
                    o=["峰口乡", "峰口乡街上"],
                    f=["峰口乡卫生院", "峰口乡街口", "峰口乡信用社门口"],
                    en=["Fengkou"], near=[]),
    "shuangxi": dict(lat=25.09502, lon=116.56004,
                     o=["双溪口"],
                     f=["双溪口加油站", "双溪口桥头", "双溪口服务区"],
                     en=["Shuangxikou"], near=[]),
    "baishi": dict(lat=24.97004, lon=116.33503,
                   o=["白石乡"],
                   f=["白石乡政府门口", "白石乡客运点", "白石乡圩场"],
                   en=["Baishi"], near=[]),
}
FAR_PLACES = ["xinan", "fengkou", "shuangxi", "baishi"]

# where an abandoned e-bike or bicycle stands
VEHICLE_SPOTS = {"market": ["门口电动车停放区", "东门外路边"], "hospital": ["停车棚", "大门外路边"],
                 "school_gate": ["校门外车棚", "对面路边"], "school": ["车棚"], "station_plaza": ["停车场", "非机动车停放区"],
                 "depot": ["门口非机动车区"], "supermarket": ["门口路边"], "night_market": ["路口", "尾巴上的空地"],
                 "square": ["东侧路边"], "riverside": ["步道入口", "草地边"], "bypass": ["公交站旁路边", "加油站对面路边"],
                 "village_yd": ["村口大榕树下", "晒谷坪边"], "hill_tomb": ["山脚路边", "山道口"]}
VEHICLE_SPOTS_DEFAULT = ["路边", "旁边空地", "街口"]

# How a finder names a place: a base name (fb) followed by a spot inside it (f).  These replace the
# spot lists above where the spot already repeated the base name.
_FINDER_SIDE = {
    "station": (["汀溪站", "高铁站", "汀溪高铁站"], None),
    "station_plaza": (["高铁站", "汀溪站"], None),
    "shuttle": (["K1接驳车"], None),
    "depot": (["县城公交总站", "公交总站"], ["候车亭长椅", "调度室门口", "出站口闸机旁"]),
    "night_market": (["河背街夜市", "夜市"], ["烤肠摊旁", "23号摊位下", "炸豆腐摊的小桌上", "入口套圈摊", "擂茶摊长凳上",
                                        "中段垃圾桶边", "牛肉丸摊前", "手机贴膜摊旁"]),
    "bridge": (["廊桥", "河背街廊桥"], ["桥头台阶", "中间长凳", "东头灯笼下"]),
    "riverside": (["滨河公园", "滨河步道"], ["健身器材旁", "石凳上", "公厕门口", "草地边"]),
    "school": (["汀溪中学", "县中学"], None),
    "school_gate": (["汀溪中学", "县中学"], None),
    "tea_fair": (["茶博会", "茶博园", "茶叶交易市场"], ["斗茶台边", "A区12号展位", "B区茶农展销摊", "主舞台下", "停车场",
                                               "品茗区竹椅上", "C区3号展位桌下", "卫生间门口"]),
    "tea_garden_yd": (["云顶茶园", "云顶茶山"], ["第三层梯田", "采茶步道上", "凉亭", "制茶坊门口", "观景台"]),
    "tea_garden_pt": (["坪头茶场"], ["水池边", "茶山小路口", "晒青坪"]),
    "tulou_qh": (["启晖楼", "上坪村启晖楼"], ["天井", "二层回廊", "大门口石阶", "祖堂前", "门口小卖部"]),
    "tulou_dr": (["敦仁楼", "坑尾村敦仁楼"], ["大门口", "里面水井边", "三楼观景走廊", "门前晒谷坪"]),
    "tulou_ry": (["瑞云楼", "岭背村瑞云楼"], ["大门口", "天井", "外面荷塘边"]),
    "tulou_vc": (["土楼景区", "景区"], None),
    "homestay_xy": (["溪云民宿"], None),
    "homestay_bs": (["半山茶舍"], None),
    "homestay_ll": (["楼里人家客栈"], ["二楼6号房", "厅堂", "楼梯转角"]),
    "raft_start": (["石门滩漂流"], None),
    "raft_mid": (["石门滩漂流"], None),
    "raft_end": (["下洋坝"], None),
    "wedding": (["鸿禧酒楼"], ["宴会厅8号桌下", "宴会厅门口签到台", "二楼卫生间", "舞台边", "门口停车场", "宴会厅15号桌椅子上"]),
    "sorting": (["汀溪物流园", "物流园"], ["分拣线3号口", "装卸区", "员工休息室", "大门岗亭", "分拣线尾端笼车里"]),
    "bypass": (["环城路"], ["公交站旁", "加油站对面路边", "与河背街交叉路口"]),
    "market": (["农贸市场", "汀溪农贸市场"], ["猪肉摊旁", "东门", "咸菜干摊位前", "门口电动车停放区"]),
    "hospital": (["县人民医院", "县医院"], ["门诊一楼缴费处", "住院部电梯口", "停车棚", "门诊输液室"]),
    "square": (["县政府广场", "中心广场"], ["广场舞区域长椅", "东侧花坛", "公厕门口"]),
    "supermarket": (["万家福超市"], ["收银台", "存包柜", "门口购物车区"]),
    "ancestral": (["罗家祠堂"], ["上厅供桌旁", "门口石狮边"]),
    "hill_tomb": (["后龙山"], ["山道边", "墓地台阶", "半山凉亭"]),
    "village_yd": (["云顶村"], ["村口大榕树下", "小卖部门口"]),
    "xinan": (["溪南镇"], ["圩场", "车站", "卫生院门口", "中学门口"]),
    "fengkou": (["峰口乡"], ["卫生院", "街口", "信用社门口"]),
    "shuangxi": (["双溪口"], ["加油站", "桥头", "服务区"]),
    "baishi": (["白石乡"], ["乡政府门口", "客运点", "圩场"]),
}
for _pid, (_fb, _f) in _FINDER_SIDE.items():
    PLACES[_pid]["fb"] = _fb
    if _f:
        PLACES[_pid]["f"] = _f

# ---------------------------------------------------------------------------------------------
# Scenes: where and when things get lost, who loses them, who finds them
# day offsets are relative to NOW's date (0 = 4月7日); hours are local clock hours
# ---------------------------------------------------------------------------------------------
SCENES = {
    "station": dict(lose=["station", "station_plaza"], days=(-10, 0), hours=(7, 22),
                    owners=["migrant", "tourist", "foreigner", "tw", "my", "local", "hurried"],
                    finders=["security", "police", "cleaner", "taxi"], moved=[]),
    "shuttle": dict(lose=["shuttle"], days=(-10, 0), hours=(8, 21),
                    owners=["migrant", "tourist", "tw", "my", "foreigner", "hurried", "elder"],
                    finders=["bus_driver"], moved=["depot", "station_plaza"]),
    "night_market": dict(lose=["night_market"], days=(-9, -1), hours=(18, 23),
                         owners=["local", "student", "tourist", "migrant", "hurried", "elder", "my"],
                         finders=["vendor", "police", "sanitation", "passerby"], moved=[]),
    "school": dict(lose=["school"], days=(-5, -4), hours=(8, 17),
                   owners=["student", "teacher", "parent"],
                   finders=["teacher", "student_f", "guard"], moved=[]),
    "tea_fair": dict(lose=["tea_fair"], days=(-4, -2), hours=(9, 18),
                     owners=["merchant", "tourist", "tw", "my", "local", "elder"],
                     finders=["fair_staff", "merchant_f", "police"], moved=[]),
    "tea_garden": dict(lose=["tea_garden_yd", "tea_garden_pt"], days=(-12, 0), hours=(6, 12),
                       owners=["elder", "tourist", "local", "foreigner"],
                       finders=["farmer", "homestay"], moved=["village_yd"]),
    "tulou": dict(lose=["tulou_qh", "tulou_dr", "tulou_ry", "tulou_vc"], days=(-10, 0), hours=(9, 18),
                  owners=["tourist", "tw", "my", "foreigner", "hurried"],
                  finders=["villager", "guide", "scenic_staff", "homestay"], moved=[]),
    "homestay": dict(lose=["homestay_xy", "homestay_bs", "homestay_ll"], days=(-10, -1), hours=(20, 23),
                     owners=["tourist", "tw", "my", "foreigner"],
                     finders=["homestay"], moved=[]),
    "rafting": dict(lose=["raft_start", "raft_mid"], days=(-9, 0), hours=(10, 17),
                    owners=["tourist", "student", "migrant", "foreigner", "hurried", "my"],
                    finders=["raft_guide", "raft_staff", "villager"], moved=["raft_end"]),
    "wedding": dict(lose=["wedding"], days=(-2, -1), hours=(11, 22),
                    owners=["guest", "elder", "migrant"],
                    finders=["banquet_staff", "host_family"], moved=[]),
    "sorting": dict(lose=["sorting"], days=(-20, 0), hours=(6, 22),
                    owners=["courier_o", "local"],
                    finders=["sorter", "courier"], moved=["bypass"]),
    "qingming": dict(lose=["hill_tomb", "ancestral"], days=(-3, -1), hours=(6, 12),
                     owners=["migrant", "elder"],
                     finders=["villager", "caretaker"], moved=[]),
    "town": dict(lose=["market", "hospital", "square", "supermarket", "riverside"], days=(-25, 0), hours=(7, 21),
                 owners=["local", "elder", "hurried", "migrant"],
                 finders=["police", "sanitation", "shop_staff", "passerby"], moved=[]),
    "ebike_theft": dict(lose=["market", "hospital", "school_gate", "night_market", "supermarket", "depot"],
                        days=(-15, -1), hours=(8, 22),
                        owners=["local", "teacher", "migrant", "hurried", "elder"],
                        finders=["police", "villager", "passerby"], moved=["bypass", "riverside", "village_yd", "hill_tomb"]),
}

# special days for scenes that are tied to an event
EVENT_DAYS = {
    "school": [-5, -4],        # 运动会 4月2日–3日
    "tea_fair": [-4, -3, -2],  # 茶博会 4月3日–5日
    "qingming": [-3, -2, -1],  # 清明挂纸 4月4日–6日
    "wedding": [-2, -1],       # 4月5日晚宴, 4月6日午宴
}
EVENT_NAME = {
    "school": ["运动会", "校运会", "春季运动会"],
    "tea_fair": ["茶博会", "春茶节", "斗茶赛"],
    "qingming": ["清明挂纸", "清明扫墓", "拜山"],
    "wedding": ["喜酒", "婚宴", "喜宴"],
}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------
SURNAMES = ["张", "李", "刘", "黄", "陈", "赖", "钟", "邱", "温", "巫", "罗", "曾", "廖", "江", "林",
            "简", "游", "卢", "谢", "彭", "叶", "古", "丘", "胡", "吴", "徐", "饶", "范", "涂", "傅"]
GIVEN_M = ["志", "伟", "国", "华", "建", "明", "荣", "福", "春", "海", "金", "辉", "耀", "宗", "德",
           "文", "永", "俊", "浩", "宇", "鸿", "添", "锦", "昌", "坤", "旺", "森", "达", "峰", "新"]
GIVEN_F = ["秀", "梅", "兰", "英", "芳", "玉", "凤", "娟", "丽", "珍", "桂", "燕", "婷", "雯", "欣",
           "怡", "晓", "琳", "萍", "莲", "佳", "慧", "思", "雨", "悦", "静", "敏", "洁", "霞", "妍"]
ELDER_F = ["满妹", "二妹", "石妹", "桂香", "玉兰", "秀英", "招娣", "金娇", "月娥", "三妹"]
ELDER_M = ["添福", "发旺", "桂生", "石生", "福来", "亚古", "荣昌", "水生", "振兴", "贵华"]
TW_SURNAMES = ["林", "陳", "黃", "張", "李", "吳", "蔡", "許", "鄭", "謝"]
TW_GIVEN = ["怡君", "雅婷", "家豪", "冠宇", "佩珊", "彥廷", "宜蓁", "承翰", "郁婷", "柏翰", "詩涵", "俊傑"]
TW_PINYIN = {"林": "LIN", "陳": "CHEN", "黃": "HUANG", "張": "CHANG", "李": "LI", "吳": "WU",
             "蔡": "TSAI", "許": "HSU", "鄭": "CHENG", "謝": "HSIEH"}
MY_NAMES = [("張", "家偉", "CHONG KAH WAI"), ("劉", "美玲", "LEW MEI LING"), ("黃", "志強", "WONG CHEE KEONG"),
            ("李", "秀雯", "LEE SIEW MUN"), ("陳", "俊傑", "CHAN CHUN KIT"), ("葉", "佩君", "YAP PUI KUAN"),
            ("曾", "國明", "TSEN KOK MING"), ("溫", "麗萍", "VOON LEE PING"), ("古", "偉強", "KOO WAI KEONG"),
            ("鍾", "寶儀", "CHONG POH YEE")]
FOREIGN_FIRST = ["Lena", "Tomas", "Marco", "Ines", "Oliver", "Hanna", "Felix", "Clara", "Noah", "Ruth",
                 "Pieter", "Sofia", "Aidan", "Maren", "Jonas", "Elif"]
FOREIGN_LAST = ["Hartwell", "Vidalia", "Okonkwe", "Lindgreve", "Moraux", "Brandauer", "Kowalik", "Ferrante",
                "Duartes", "Ashby", "Rennick", "Solvik", "Marchetti", "Quillan"]
FOREIGN_NAT = ["德国", "荷兰", "葡萄牙", "英国", "瑞典", "波兰", "意大利", "爱尔兰", "挪威", "奥地利"]

# invented administrative codes (first six digits) for ID numbers
ID_REGION_LOCAL = ["350899", "350897", "350896"]
ID_REGION_OTHER = ["360799", "440899", "330299", "450198"]

# ---------------------------------------------------------------------------------------------
# Colours: canonical -> words an owner or finder might use
# ---------------------------------------------------------------------------------------------
COLORS = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "亮黑色", "曜石黑"],
    "白": ["白色", "白", "米白色", "象牙白", "珍珠白"],
    "灰": ["灰色", "深灰", "浅灰色", "深空灰", "铁灰色"],
    "银": ["银色", "银白色", "亮银", "银灰色"],
    "金": ["金色", "香槟金", "土豪金", "金黄色"],
    "蓝": ["蓝色", "深蓝", "天蓝色", "宝蓝", "海蓝色"],
    "藏青": ["藏青色", "深蓝色", "海军蓝", "藏蓝"],
    "红": ["红色", "大红", "酒红色", "枣红"],
    "粉": ["粉色", "粉红色", "樱花粉", "浅粉"],
    "绿": ["绿色", "墨绿色", "军绿色", "薄荷绿", "青绿色"],
    "黄": ["黄色", "明黄色", "土黄色", "柠檬黄"],
    "紫": ["紫色", "浅紫色", "香芋紫", "淡紫"],
    "棕": ["棕色", "咖啡色", "褐色", "驼色", "深棕"],
    "橙": ["橙色", "橘色", "橘黄色"],
    "卡其": ["卡其色", "米黄色", "浅卡其"],
}
COLOR_EN = {"黑": ["black"], "白": ["white"], "灰": ["grey", "gray", "dark grey"], "银": ["silver"],
            "金": ["gold"], "蓝": ["blue", "light blue"], "藏青": ["navy", "navy blue"], "红": ["red"],
            "粉": ["pink"], "绿": ["green", "dark green"], "黄": ["yellow"], "紫": ["purple"],
            "棕": ["brown"], "橙": ["orange"], "卡其": ["khaki", "beige"]}
# a finder sometimes sees a colour as the neighbouring one (noise kept in true pairs, rarely)
COLOR_NEIGHBOUR = {"黑": "灰", "灰": "黑", "藏青": "黑", "蓝": "藏青", "白": "银", "银": "白", "金": "黄",
                   "黄": "金", "棕": "卡其", "卡其": "棕", "红": "粉", "粉": "紫", "紫": "粉", "绿": "藏青",
                   "橙": "红"}

# ---------------------------------------------------------------------------------------------
# Brands: canonical -> spellings (Chinese, English, pinyin, slips)
# ---------------------------------------------------------------------------------------------
BRANDS = {
    "华为": ["华为", "HUAWEI", "Huawei", "华伟", "huawei", "hua wei", "華為"],
    "苹果": ["苹果", "Apple", "iPhone", "apple", "平果", "pingguo", "蘋果"],
    "小米": ["小米", "Xiaomi", "xiaomi", "MI", "小咪", "xiao mi"],
    "OPPO": ["OPPO", "oppo", "欧珀", "Oppo", "哦泊"],
    "vivo": ["vivo", "VIVO", "维沃", "Vivo", "维握"],
    "荣耀": ["荣耀", "HONOR", "Honor", "rongyao", "荣耀（HONOR）", "榮耀"],
    "金利来": ["金利来", "Goldlion", "GOLDLION", "jinlilai", "金莉来"],
    "七匹狼": ["七匹狼", "SEPTWOLVES", "Septwolves", "7匹狼", "qipilang"],
    "蔻驰": ["蔻驰", "COACH", "Coach", "寇驰", "coach"],
    "啄木鸟": ["啄木鸟", "TUCANO", "zhuomuniao", "啄木岛"],
    "比亚迪": ["比亚迪", "BYD", "byd", "biyadi", "比亚笛"],
    "丰田": ["丰田", "TOYOTA", "Toyota", "fengtian", "豐田"],
    "五菱": ["五菱", "Wuling", "WULING", "五陵", "wuling"],
    "大众": ["大众", "VW", "Volkswagen", "dazhong", "大衆"],
    "雅迪": ["雅迪", "Yadea", "YADEA", "yadi", "亚迪"],
    "爱玛": ["爱玛", "AIMA", "Aima", "aima", "艾玛"],
    "台铃": ["台铃", "TAILG", "tailing", "台玲"],
    "绿源": ["绿源", "LUYUAN", "Luyuan", "绿园", "lvyuan"],
    "新日": ["新日", "SUNRA", "Sunra", "xinri", "新曰"],
    "小牛": ["小牛", "NIU", "niu", "小牛电动", "小妞"],
    "捷安特": ["捷安特", "GIANT", "Giant", "杰安特", "jieante"],
    "美利达": ["美利达", "MERIDA", "Merida", "美丽达", "meilida"],
    "永久": ["永久", "FOREVER", "Forever", "yongjiu", "永久牌"],
    "凤凰": ["凤凰", "PHOENIX", "Phoenix", "fenghuang", "凤凰牌"],
    "喜德盛": ["喜德盛", "XDS", "xds", "喜得盛", "xidesheng"],
    "耐克": ["耐克", "NIKE", "Nike", "naike", "耐克（NIKE）"],
    "阿迪达斯": ["阿迪达斯", "adidas", "ADIDAS", "阿迪", "阿迪达丝"],
    "迪卡侬": ["迪卡侬", "DECATHLON", "Decathlon", "迪卡农", "dikanong"],
    "新秀丽": ["新秀丽", "Samsonite", "SAMSONITE", "新秀莉", "xinxiuli"],
    "安踏": ["安踏", "ANTA", "Anta", "anta", "安塔"],
    "李宁": ["李宁", "LI-NING", "Li Ning", "lining", "李咛"],
    "周大福": ["周大福", "CHOW TAI FOOK", "周大富", "CTF", "zhoudafu"],
    "老凤祥": ["老凤祥", "LAOFENGXIANG", "老风祥", "laofengxiang"],
    "六福": ["六福", "LUKFOOK", "六福珠宝", "liufu"],
    "大疆": ["大疆", "DJI", "dji", "dajiang", "大僵"],
    "索尼": ["索尼", "SONY", "Sony", "suoni", "索妮"],
    "佳能": ["佳能", "Canon", "CANON", "jianeng", "佳能（Canon）"],
    "联想": ["联想", "Lenovo", "LENOVO", "lianxiang", "联相"],
    "小天才": ["小天才", "imoo", "IMOO", "xiaotiancai", "小天材"],
    "罗马仕": ["罗马仕", "ROMOSS", "romoss", "罗马士"],
    "GoPro": ["GoPro", "gopro", "GOPRO", "狗pro"],
    "象印": ["象印", "ZOJIRUSHI", "zojirushi", "象印牌"],
    "膳魔师": ["膳魔师", "THERMOS", "Thermos", "膳魔狮"],
    "天堂": ["天堂伞", "天堂", "tiantang", "天棠"],
    "好孩子": ["好孩子", "gb", "GB好孩子", "haohaizi"],
}
BRAND_EN = {"华为": "Huawei", "苹果": "Apple", "小米": "Xiaomi", "OPPO": "OPPO", "vivo": "vivo",
            "荣耀": "Honor", "蔻驰": "Coach", "耐克": "Nike", "阿迪达斯": "Adidas", "迪卡侬": "Decathlon",
            "新秀丽": "Samsonite", "大疆": "DJI", "索尼": "Sony", "佳能": "Canon", "联想": "Lenovo",
            "GoPro": "GoPro", "膳魔师": "Thermos", "象印": "Zojirushi", "丰田": "Toyota", "大众": "VW", "五菱": "Wuling",
            "比亚迪": "BYD", "雅迪": "Yadea", "爱玛": "Aima", "台铃": "Tailg", "小天才": "imoo", "罗马仕": "Romoss",
            "周大福": "Chow Tai Fook", "老凤祥": "Lao Feng Xiang", "六福": "Lukfook", "啄木鸟": "Tucano",
            "天堂": "Paradise", "好孩子": "gb", "美利达": "Merida", "永久": "Forever", "凤凰": "Phoenix",
            "喜德盛": "XDS", "绿源": "Luyuan", "新日": "Sunra", "小牛": "NIU",
            "捷安特": "Giant", "安踏": "Anta", "李宁": "Li-Ning", "金利来": "Goldlion", "七匹狼": "Septwolves"}

# invented models (not real products)
PHONE_MODELS = {
    "华为": ["Mate 90", "nova 19 Pro", "畅享 Z60", "Pura 95"],
    "苹果": ["iPhone 19", "iPhone 19 Pro", "iPhone 18 Plus", "iPhone 17s"],
    "小米": ["小米 18", "Redmi Note 21", "Redmi K95", "Civi 7"],
    "OPPO": ["Reno 19", "A5x Lite", "Find X12"],
    "vivo": ["Y500t", "S31", "X300 mini"],
    "荣耀": ["X80 Max", "Magic 10", "Play 11"],
}
EBIKE_MODELS = {"雅迪": ["冠能Q9", "欧睿E7", "DE8"], "爱玛": ["小蜜豆S", "麦特M6"], "台铃": ["超能T3", "星月神"],
                "绿源": ["MODA 5", "S90"], "新日": ["XC3", "威风V6"], "小牛": ["G6", "UQi+ 2"]}
BIKE_MODELS = {"捷安特": ["ATX 890", "Escape R5"], "美利达": ["公爵 660", "挑战者 520"], "永久": ["C26"],
               "凤凰": ["都市 24"], "喜德盛": ["传奇 600", "英雄 330"]}

# ---------------------------------------------------------------------------------------------
# Simplified -> traditional, for 台湾 and 马来西亚 voices (character-level, good enough for notes)
# ---------------------------------------------------------------------------------------------
_T2 = ("丢丟 钱錢 里裡 机機 车車 证證 时時 东東 请請 谢謝 说說 门門 开開 楼樓 个個 们們 来來 电電 话話 号號 "
       "绿綠 红紅 蓝藍 银銀 后後 边邊 应應 该該 这這 还還 没沒 见見 发發 现現 帮幫 过過 对對 样樣 钥鑰 "
       "湾灣 游遊 览覽 参參 观觀 间間 问問 题題 联聯 络絡 为為 华華 苹蘋 护護 贵貴 遗遺 购購 买買 给給 亲親 "
       "爷爺 妈媽 饭飯 馆館 点點 两兩 万萬 块塊 单單 双雙 带帶 图圖 书書 学學 记記 让讓 认認 识識 语語 码碼 "
       "与與 几幾 动動 运運 龙龍 凤鳳 饰飾 镯鐲 链鏈 环環 铁鐵 显顯 装裝 满滿 线線 纸紙 张張 黄黃 刘劉 陈陳 "
       "罗羅 温溫 赖賴 长長 风風 伞傘 场場 园園 导導 员員 阳陽 县縣 镇鎮 乡鄉 区區 处處 岁歲 儿兒 孙孫 经經 "
       "结結 离離 终終 务務 岭嶺 坝壩 桥橋 厅廳 叶葉 会會 节節 热熱 闹鬧 卖賣 灯燈 摊攤 谁誰 从從 归歸 总總 "
       "确確 实實 际際 约約 备備 层層 侧側 标標 贴貼 签簽 写寫 画畫 爱愛 优優 质質 计計 划劃 营營 兴興 "
       "广廣 场場 馆館 宾賓 软軟 壳殼 盒盒 机機 钟鐘 响響 头頭 尔爾 种種 类類 颜顏 色色 黑黑 蓝藍 "
       "续續 办辦 谈談 该該 惯慣 习習 闻聞 网網 页頁 维維 纪紀 丽麗 宝寶 贝貝 亿億 币幣 扫掃 挂掛 礼禮 "
       "随隨 乘乘 坐坐 巴巴 约約 车車 辆輛 坏壞 摄攝 镜鏡 头頭 妆妝 众眾 递遞 厦廈 肤膚 纹紋 绣繡 织織 "
       "钞鈔 脑腦 线線 闸閘 检檢 验驗 进進 门門 侣侶 证證 卡卡 钥鑰 匙匙 锁鎖 紧緊 读讀 写寫 议議 脸臉 "
       "专專 业業 队隊 厨廚 楼樓 梯梯 扶扶 诚誠 恳懇 烦煩 麻麻 务務 细細 节節 侨僑 胞胞 车車 驶駛 驾駕 "
       "漂漂 筏筏 艇艇 浆槳 袋袋 背背 迹跡 脚腳 鞋鞋 袜襪 腰腰 绳繩 挂掛 饮飲 壶壺 杯杯 满滿 亚亞 马馬 "
       "证證 傍傍 晚晚 见見 时時 刚剛 才才 发發 觉覺 边邊 附附 近近 应應 该該 问問 忘忘 记記")
T2 = {}
for _pair in _T2.split():
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        T2[_pair[0]] = _pair[1]

# slips for hurried one-liners: (right, wrong)
TYPOS = [("手机", "手几"), ("手机", "收机"), ("钱包", "钱抱"), ("钱包", "前包"), ("身份证", "身份正"),
         ("身份证", "身分证"), ("钥匙", "钥是"), ("钥匙", "要匙"), ("电动车", "电东车"), ("电动车", "电动年"),
         ("自行车", "自行手"), ("耳机", "耳鸡"), ("黑色", "嘿色"), ("丢了", "丢勒"), ("夜市", "夜是"),
         ("高铁站", "高贴站"), ("茶博会", "茶薄会"), ("漂流", "飘流"), ("学生证", "学生正"), ("红包", "红抱"),
         ("手镯", "手卓"), ("充电宝", "冲电宝"), ("背包", "被包"), ("相机", "像机"), ("捡到", "检到"),
         ("民宿", "名宿"), ("雨伞", "雨散"), ("项链", "项连"), ("现金", "现今"), ("一部", "以部")]
