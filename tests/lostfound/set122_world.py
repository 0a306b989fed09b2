"""World for set122: 川口塬县, an invented loess-plateau county town in late September
(apple harvest + county fair). Every name, place, model and number here is invented."""

TOWN = "川口塬县"

# place id -> (names as people say them, lat, lon, area)
PLACES = {
    "hospital": (["县人民医院门诊楼", "县医院门诊大厅", "人民医院挂号处", "县医院住院部楼下"], 37.0521, 109.6483, "town"),
    "clinic": (["王家砭镇卫生院", "王家砭卫生院输液室", "镇上卫生院门口"], 37.1204, 109.5907, "wangjiabian"),
    "busstation": (["县汽车站候车厅", "长途汽车站", "客运站售票口", "汽车站进站口"], 37.0462, 109.6601, "town"),
    "minibus": (["汽车站旁小巴停车场", "去乡下的小巴车上", "发往王家砭的小巴", "小巴上"], 37.0467, 109.6613, "town"),
    "hsr": (["川口塬高铁站候车室", "新高铁站进站安检口", "高铁站", "高铁站出站口"], 37.0102, 109.7003, "hsr"),
    "hsrtaxi": (["高铁站出租车候车区", "高铁站停车场", "高铁站外头等车的地方"], 37.0109, 109.7018, "hsr"),
    "livestock": (["牲畜农具交易市场", "东关牲口市场", "农具市场卖镢头的那排", "羊市"], 37.0603, 109.6302, "town"),
    "fair": (["县农博会展区", "物资交流会现场", "会展中心苹果展台", "交流会唱戏台子下"], 37.0551, 109.6552, "town"),
    "coldstore": (["东沟苹果冷库", "东沟冷库装车台", "果业合作社冷库门口"], 37.0704, 109.6801, "donggou"),
    "buypoint": (["东沟苹果收购点", "收购点过磅处", "苹果收购站"], 37.0751, 109.6752, "donggou"),
    "orchard": (["桃树塬村果园", "桃树塬后沟果园", "桃树塬苹果地"], 37.0903, 109.6104, "taoshuyuan"),
    "yaodong": (["杨家峁窑洞民宿", "杨家峁民宿院子", "窑洞民宿村停车场", "杨家峁观景台"], 37.0302, 109.5803, "yangjiamao"),
    "street": (["县城步行街", "新华书店门口", "十字街口", "步行街烤红薯摊旁"], 37.0503, 109.6521, "town"),
    "gas": (["城东加油站", "东环加油站货车停车区", "加油站"], 37.0401, 109.6702, "town"),
}
PLACE_IDS = sorted(PLACES)

# colour canonical -> ways people say it
COLORS = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "黑的", "black"],
    "白": ["白色", "白", "乳白", "米白", "white"],
    "红": ["红色", "大红", "枣红", "红的", "red"],
    "蓝": ["蓝色", "深蓝", "藏青", "蓝的", "blue"],
    "金": ["金色", "土豪金", "香槟色", "金黄", "gold"],
    "银": ["银色", "银灰", "灰色", "银白", "silver"],
    "绿": ["绿色", "军绿", "墨绿", "绿的", "green"],
    "粉": ["粉色", "粉红", "浅粉", "pink"],
    "棕": ["棕色", "咖啡色", "褐色", "brown"],
}

BRANDS = {
    "huawei": ["华为", "HUAWEI", "华伟", "huawei", "Huawei"],
    "apple": ["苹果", "iPhone", "Apple", "平果", "apple"],
    "xiaomi": ["小米", "Xiaomi", "MI", "小咪", "xiaomi"],
    "oppo": ["OPPO", "欧珀", "oppo", "Oppo"],
    "vivo": ["vivo", "维沃", "VIVO", "步步高vivo"],
    "honor": ["荣耀", "HONOR", "Honor", "荣耀手机"],
    "yadea": ["雅迪", "Yadea", "yadi", "YADEA"],
    "aima": ["爱玛", "AIMA", "aima", "艾玛"],
    "tailg": ["台铃", "TAILG", "tailing", "太铃"],
    "giant": ["捷安特", "GIANT", "jieante", "Giant"],
    "forever": ["永久", "FOREVER", "yongjiu"],
    "phoenix": ["凤凰", "PHOENIX", "fenghuang"],
    "septwolves": ["七匹狼", "SEPTWOLVES", "qipilang"],
    "goldlion": ["金利来", "Goldlion", "jinlilai"],
    "nike": ["耐克", "Nike", "NIKE", "奈克"],
    "adidas": ["阿迪达斯", "adidas", "阿迪"],
    "canon": ["佳能", "Canon", "jianeng"],
    "dji": ["大疆", "DJI", "dajiang"],
    "anker": ["安克", "Anker", "ANKER"],
    "wuling": ["五菱", "Wuling", "wuling"],
    "changan": ["长安", "CHANGAN", "changan"],
    "zhoudafu": ["周大福", "Chow Tai Fook", "zhoudafu", "周大付"],
    "laofengxiang": ["老凤祥", "laofengxiang", "老风祥"],
}

# category -> list of (noun variants, brands, colours, model pool, serial kind)
KINDS = {
    "phone": [(["手机", "智能手机", "电话", "手几"], ["huawei", "apple", "xiaomi", "oppo", "vivo", "honor"],
               ["黑", "白", "金", "银", "蓝", "绿", "粉"], "phone", "imei")],
    "id_doc": [(["身份证", "身分证", "二代身份证"], [], ["白"], None, "idno"),
               (["驾驶证", "驾照", "驾驶本"], [], ["棕", "黑"], None, "idno"),
               (["学生证", "学生卡"], [], ["红", "蓝"], None, "student")],
    "wallet": [(["钱包", "皮夹子", "钱夹", "钱苞"], ["septwolves", "goldlion"], ["黑", "棕", "红"], None, "card")],
    "keys": [(["钥匙", "一串钥匙", "钥匙串", "钥是"], ["wuling", "changan"], ["银", "黑", "红"], None, "keytag")],
    "ebike": [(["电动车", "电瓶车", "电驴子", "电动自行车"], ["yadea", "aima", "tailg"], ["白", "黑", "红", "蓝", "粉"], "ebike", "frame")],
    "bicycle": [(["自行车", "单车", "车子"], ["giant", "forever", "phoenix"], ["黑", "蓝", "绿", "银"], "bike", "frame")],
    "bag": [(["双肩包", "背包", "书包"], ["nike", "adidas"], ["黑", "蓝", "红", "粉"], None, None),
            (["挎包", "斜挎包", "手提包"], ["septwolves", "goldlion"], ["黑", "棕", "红"], None, None),
            (["蛇皮袋", "编织袋"], [], ["白", "绿", "蓝"], None, None)],
    "cash": [(["现金", "钱", "一沓钱", "一卷钱"], [], ["红"], None, None)],
    "jewelry": [(["金手镯", "金镯子", "手镯"], ["zhoudafu", "laofengxiang"], ["金"], None, None),
                (["金戒指", "戒指"], ["zhoudafu", "laofengxiang"], ["金"], None, None),
                (["银镯子", "银手镯"], ["laofengxiang"], ["银"], None, None),
                (["玉坠子", "玉吊坠", "玉佩"], [], ["绿", "白"], None, None)],
    "electronics": [(["蓝牙耳机", "无线耳机", "耳机"], ["huawei", "apple", "xiaomi"], ["白", "黑"], "buds", "sn"),
                    (["充电宝", "移动电源"], ["anker", "xiaomi"], ["白", "黑", "银"], None, "sn"),
                    (["相机", "照相机", "单反"], ["canon"], ["黑"], "cam", "sn"),
                    (["无人机", "航拍飞机"], ["dji"], ["白", "银"], "drone", "sn"),
                    (["平板", "平板电脑"], ["huawei", "apple", "xiaomi"], ["银", "黑", "金"], "pad", "sn")],
    "other": [(["拐棍", "拐杖"], [], ["棕", "黑"], None, None),
              (["药袋子", "一袋药"], [], ["白"], None, None),
              (["雨伞", "伞"], [], ["黑", "蓝", "红"], None, None),
              (["保温杯", "水杯"], [], ["黑", "银", "红", "蓝"], None, None),
              (["果树剪", "修枝剪", "剪子"], [], ["红", "黑"], None, None),
              (["羊皮袄", "老羊皮袄子"], [], ["白", "棕"], None, None)],
}
CATS = sorted(KINDS)

MODELS = {
    "phone": {"huawei": ["Mate 78", "nova 19 Lite", "畅享 Z9"], "apple": ["iPhone 19", "iPhone 19 Pro", "iPhone 18e"],
              "xiaomi": ["Redmi K93", "小米 17X", "Redmi Note 21"], "oppo": ["Reno 17K", "A3x Max"],
              "vivo": ["Y88s", "X300 mini"], "honor": ["X70 Plus", "Play 11T"]},
    "ebike": {"yadea": ["冠能 G7", "DE9"], "aima": ["A580", "小蛮腰 Z"], "tailg": ["战速 T3", "TL-60"]},
    "bike": {"giant": ["ATX 760", "Escape 9"], "forever": ["QJ-28", "二八大杠 Y2"], "phoenix": ["FH-26", "轻骑 C3"]},
    "buds": {"huawei": ["FreeBuds 9i"], "apple": ["AirPods 6"], "xiaomi": ["Buds 7 Pro"]},
    "cam": {"canon": ["EOS 950D", "EOS R60"]},
    "drone": {"dji": ["Mini 7", "Air 5S"]},
    "pad": {"huawei": ["MatePad 13X"], "apple": ["iPad Air 9"], "xiaomi": ["小米平板 9"]},
}

SURNAMES = ["郝", "高", "刘", "拓", "呼", "白", "艾", "折", "贺", "惠", "冯", "曹", "乔", "薛", "霍", "闫", "马", "杜"]
GIVEN = ["拴柱", "存娃", "秀英", "海平", "引弟", "来福", "建军", "玉兰", "宝宝", "俊峰", "彩霞", "铁蛋", "志强", "翠翠", "鹏飞", "改兰", "生荣", "利平"]
FOREIGN = ["Tom Becker", "Lena Vos", "Mark O'Hare", "Sofia Lind", "Jonas Weber", "Emma Clarke"]
PROVINCES = ["河南", "四川", "甘肃", "贵州", "安徽", "湖北"]
VILLAGES = ["桃树塬村", "杨家峁村", "东沟村", "王家砭村", "后坪村", "石窑则村"]

STICKERS = ["背面贴着小猪佩奇贴纸", "壳子上有个蝴蝶结", "壳子裂了一道缝", "后盖贴着苹果合作社的二维码", "屏幕左上角碎了",
            "挂着红绳子平安扣", "贴着孙悟空贴纸", "壳子是透明的里头夹着一张一块钱", "边框磕掉一块漆", "挂着个小铃铛"]
LOCKSCREENS = ["锁屏是孙子的照片", "锁屏是一片苹果园", "锁屏是宝塔山", "屏保是两个娃娃", "锁屏是婆姨抱着猫",
               "锁屏是一头白山羊", "屏保是黄河壶口瀑布", "锁屏是一辆红色大货车"]
KEYTAGS = ["挂着个塑料苹果", "挂着一个蓝色门禁卡", "钥匙圈上拴着红布条", "有个指甲刀", "挂着个小葫芦", "挂着个开瓶器",
           "有个写着'库房'的牌子", "挂着个毛绒小羊"]
BAGMARKS = ["拉链头坏了用铁丝拧着", "侧兜里插着把折叠伞", "肩带上绑着黄丝带", "包上印着'川口塬农博会'", "里头有件红毛衣",
            "里头有两斤红枣", "里头有个饭盒", "包底下磨破了"]
OTHERMARKS = ["把上缠着黑胶布", "上头刻着个'郝'字", "杯盖是红的", "袋子上写着县医院药房", "伞骨断了一根", "剪刃上有锈",
              "袖口补过", "杯子上印着'先进个人'"]
JEWELMARKS = ["内圈刻着'平安'", "内圈刻着名字缩写", "有一处小瘪坑", "刻着龙凤花纹", "刻着福字", "是光面的没花纹",
              "拴着红绳", "坠子上有道白絮"]
