"""set90 colours, brands (Chinese / English / pinyin / misspelt) and invented models."""

COLORS = {
    "black": ["黑色", "黑的", "黑色", "纯黑", "哑光黑", "亮黑色", "黑"],
    "white": ["白色", "白的", "乳白色", "珍珠白", "白"],
    "red": ["红色", "红的", "大红色", "枣红色"],
    "blue": ["蓝色", "蓝的", "宝蓝色", "天蓝色"],
    "navy": ["深蓝色", "藏青色", "藏蓝色"],
    "gold": ["金色", "金的", "香槟金", "土豪金"],
    "silver": ["银色", "银白色", "银的"],
    "grey": ["灰色", "灰的", "深空灰", "太空灰"],
    "pink": ["粉色", "粉的", "粉红色", "樱花粉"],
    "green": ["绿色", "绿的", "墨绿色", "军绿色"],
    "purple": ["紫色", "紫的", "浅紫色", "薰衣草紫"],
    "brown": ["棕色", "咖啡色", "褐色", "棕的"],
    "yellow": ["黄色", "黄的", "明黄色"],
    "orange": ["橙色", "橘色", "橘黄色"],
}
COLOR_EN = {"black": "black", "white": "white", "red": "red", "blue": "blue", "gold": "gold",
            "silver": "silver", "grey": "grey", "pink": "pink", "green": "green"}
VAGUE = {"black": ["深色", "黑乎乎的"], "navy": ["深色"], "grey": ["深色", "灰不溜秋的"],
         "brown": ["深色"], "white": ["浅色"], "silver": ["浅色", "亮晶晶的"], "yellow": ["浅色"],
         "pink": ["浅色"]}
_CONF = [("black", "grey"), ("black", "navy"), ("navy", "blue"), ("grey", "silver"),
         ("silver", "white"), ("gold", "yellow"), ("red", "pink"), ("pink", "purple"),
         ("brown", "black"), ("red", "orange"), ("yellow", "orange"), ("navy", "purple"),
         ("gold", "orange"), ("brown", "red"), ("green", "navy")]
CONFUSABLE = set(_CONF) | set((b, a) for a, b in _CONF)


def colors_clash(a, b):
    return a != b and (a, b) not in CONFUSABLE


# id: (Chinese, [English], [pinyin], [misspelt])
BRANDS = {
    "huawei": ("华为", ["HUAWEI", "Huawei"], ["huawei", "hua wei"], ["华伟", "HUAWE1", "花为"]),
    "honor": ("荣耀", ["HONOR", "Honor"], ["rongyao"], ["荣跃", "HONER"]),
    "oppo": ("OPPO", ["OPPO", "oppo"], ["oubo"], ["0PPO", "欧珀", "OPP0"]),
    "vivo": ("vivo", ["vivo", "VIVO"], ["weiwo"], ["vivio", "维沃", "viv0"]),
    "xiaomi": ("小米", ["Xiaomi", "MI"], ["xiaomi", "xiao mi"], ["小咪", "xiaomei"]),
    "redmi": ("红米", ["Redmi", "REDMI"], ["hongmi"], ["Readmi", "红咪"]),
    "apple": ("苹果", ["iPhone", "Apple"], ["pingguo"], ["平果", "爱疯", "iphnoe"]),
    "samsung": ("三星", ["Samsung", "SAMSUNG"], ["sanxing"], ["Sansung", "三腥"]),
    "jinnong": ("金农", ["JINNONG"], ["jinnong"], ["金浓", "今农"]),
    "xiangqin": ("乡亲", ["XIANGQIN"], ["xiangqin", "xiang qin"], ["香亲", "乡琴"]),
    "fuxing": ("福星", ["FUXING"], ["fuxing"], ["福兴", "富星"]),
    "septwolves": ("七匹狼", ["SEPTWOLVES"], ["qipilang"], ["七批狼", "七匹郎"]),
    "goldlion": ("金利来", ["Goldlion", "GOLDLION"], ["jinlilai"], ["金力来", "金利莱"]),
    "crocodile": ("鳄鱼", ["CROCODILE"], ["eyu"], ["鄂鱼", "鳄渔"]),
    "playboy": ("花花公子", ["PLAYBOY"], ["huahuagongzi"], ["花花工子"]),
    "maisui": ("麦穗", ["MAISUI"], ["maisui"], ["麦岁", "麦遂"]),
    "lovol": ("雷沃", ["LOVOL", "Lovol"], ["leiwo"], ["雷握", "雷沃谷神"]),
    "kubota": ("久保田", ["KUBOTA", "Kubota"], ["jiubaotian"], ["久宝田", "九保田"]),
    "world": ("沃得", ["WORLD"], ["wode"], ["握得", "沃德"]),
    "haojue": ("豪爵", ["HAOJUE"], ["haojue"], ["豪觉", "毫爵"]),
    "wuling": ("五菱", ["WULING", "Wuling"], ["wuling"], ["五铃", "五陵"]),
    "changan": ("长安", ["CHANGAN"], ["chang'an"], ["常安"]),
    "yadea": ("雅迪", ["Yadea", "YADEA"], ["yadi"], ["亚迪", "雅笛"]),
    "aima": ("爱玛", ["AIMA", "Aima"], ["aima"], ["艾玛", "爱马"]),
    "tailg": ("台铃", ["TAILG"], ["tailing"], ["台玲", "泰铃"]),
    "sunra": ("新日", ["SUNRA"], ["xinri"], ["新曰", "心日"]),
    "jinpeng": ("金彭", ["JINPENG"], ["jinpeng"], ["金鹏", "金朋"]),
    "maifeng": ("麦丰", ["MAIFENG"], ["maifeng"], ["麦峰", "卖丰"]),
    "giant": ("捷安特", ["GIANT", "Giant"], ["jieante"], ["杰安特", "捷按特"]),
    "forever": ("永久", ["FOREVER"], ["yongjiu"], ["永九"]),
    "phoenix": ("凤凰", ["PHOENIX"], ["fenghuang"], ["风凰", "凤皇"]),
    "pigeon": ("飞鸽", ["FLYING PIGEON"], ["feige"], ["飞哥", "非鸽"]),
    "carany": ("卡拉羊", ["Carany", "CARANY"], ["kalayang"], ["卡啦羊", "卡拉洋"]),
    "nike": ("耐克", ["NIKE", "Nike"], ["naike"], ["耐可", "NIKI"]),
    "adidas": ("阿迪达斯", ["adidas", "ADIDAS"], ["adi"], ["阿迪", "adidos"]),
    "chowtf": ("周大福", ["CHOW TAI FOOK", "CTF"], ["zhoudafu"], ["周大富", "周大府"]),
    "laofx": ("老凤祥", ["LAO FENG XIANG"], ["laofengxiang"], ["老凤翔", "老风祥"]),
    "hfgold": ("禾丰金店", [], ["hefeng jindian"], ["禾丰金殿"]),
    "romoss": ("罗马仕", ["ROMOSS", "Romoss"], ["luomashi"], ["罗马士", "ROMASS"]),
    "anker": ("安克", ["Anker", "ANKER"], ["anke"], ["安可"]),
    "xtc": ("小天才", ["imoo", "IMOO"], ["xiaotiancai"], ["小天财", "小天材"]),
    "xiyang": ("夕阳红", ["XIYANGHONG"], ["xiyanghong"], ["夕阳宏", "西阳红"]),
    "casio": ("卡西欧", ["CASIO", "Casio"], ["kaxiou"], ["卡西鸥", "CASI0"]),
    "deli": ("得力", ["deli", "Deli"], ["deli"], ["德力"]),
    "fuguang": ("富光", ["FGA"], ["fuguang"], ["福光", "富广"]),
    "haers": ("哈尔斯", ["HAERS"], ["haersi"], ["哈儿斯"]),
    "guangwei": ("光威", ["GW"], ["guangwei"], ["光为", "广威"]),
    "tiantang": ("天堂伞", ["TIANTANG"], ["tiantang"], ["天棠伞"]),
    "nongshang": ("农商银行", ["RCB"], ["nongshang"], ["农商行", "信用社"]),
    "youchu": ("邮储银行", ["PSBC"], ["youchu"], ["邮政储蓄", "邮政"]),
    "nonghang": ("农业银行", ["ABC"], ["nonghang"], ["农行"]),
}
# brands a careful reader could take for one another
_BCONF = [("huawei", "honor"), ("xiaomi", "redmi"), ("jinpeng", "maifeng")]
BRAND_CONF = set(_BCONF) | set((b, a) for a, b in _BCONF)


def brands_clash(a, b):
    return a != b and (a, b) not in BRAND_CONF


# invented models: brand -> [(model id, [ways of writing it])]
MODELS = {
    "huawei": [("hw70z", ["畅享70z", "畅享 70Z", "changxiang 70z"]), ("hwn13h", ["nova 13 活力版", "nova13活力版", "Nova13"]),
               ("hwm12", ["麦芒12", "麦芒 12", "maimang12"]), ("hwpad", ["MatePad SE 11", "matepad se"]),
               ("hwfb", ["FreeBuds 6e", "freebuds6e"]), ("hwwatch", ["儿童手表 5X", "5X"])],
    "honor": [("hox60", ["X60i 青春版", "X60i"]), ("hop9", ["Play 9T Pro", "play9tpro", "畅玩9T"])],
    "oppo": [("opa3", ["A3x 活力版", "A3x", "a3x"]), ("opk12", ["K12 Plus", "k12plus"]), ("opr13", ["Reno 13C", "reno13c"])],
    "vivo": [("viy300", ["Y300i", "Y300 i", "y300i"]), ("vis20", ["S20e", "s20e"])],
    "xiaomi": [("xm15s", ["15S 标准版", "15s"]), ("xmcivi", ["Civi 5 青春", "civi5"]), ("xmpad", ["平板 7 Lite", "pad7 lite"]),
               ("xmpb", ["充电宝 20000 快充版", "20000毫安快充版"]), ("xmbuds", ["Buds 5i", "buds5i"])],
    "redmi": [("rmn14", ["Note 14R", "note14r", "Note14 R"]), ("rma5", ["A5 Max", "a5max"])],
    "apple": [("ip13", ["iPhone 13", "13", "苹果13"]), ("ip15p", ["iPhone 15 Pro", "15pro", "15 Pro"]),
              ("ipad", ["iPad 第十代", "ipad10"]), ("airpods", ["AirPods 第三代", "airpods3"])],
    "samsung": [("ssa36", ["Galaxy A36s", "A36s"])],
    "jinnong": [("jnk9", ["JN-K9", "K9", "k9"])],
    "xiangqin": [("xq88", ["XQ-88", "88", "xq88"])],
    "fuxing": [("fxf9", ["F9 大字版", "F9"])],
    "xtc": [("xtcz7", ["Z7S", "z7s"]), ("xtcq3", ["Q3 Pro", "q3pro"])],
    "romoss": [("rm20", ["PAC20", "pac20"]), ("rm10", ["Sense 10X", "sense10x"])],
    "anker": [("ank10", ["PowerCore 10K", "10K"])],
    "casio": [("fx82", ["fx-82CN X", "fx82", "82CN"]), ("fx95", ["fx-95CN X", "fx95"])],
    "deli": [("d1710", ["D1710", "1710"])],
    "xiyang": [("xy8", ["XY-8 唱戏机", "XY8"]), ("xy12", ["XY-12 看戏机", "XY12"])],
    "yadea": [("ydg5", ["冠能G5", "G5", "冠能 G5"]), ("ydf3", ["F3 小金果", "F3"])],
    "aima": [("amq7", ["Q7 小金豆", "Q7"]), ("amm9", ["M9 大牌", "M9"])],
    "tailg": [("tlx5", ["巨能X5", "X5"])],
    "giant": [("atx6", ["ATX 610", "ATX610"]), ("xtc8", ["XTC 820", "xtc820"])],
    "haojue": [("hjv125", ["VR125", "vr125"])],
    "wuling": [("wlhg", ["宏光", "宏光MINI"])],
}
