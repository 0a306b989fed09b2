"""set99 hidden truth records: what an object really is.

A truth record holds everything about one physical object. Details are kept as
slots: each slot has a value id `v`, the ways the owner says it (`o`), the ways a
finder would write it (`f`, empty when a finder cannot see it) and English (`e`).
Two records contradict each other on a slot when both have it with different `v`.
"""
import copy

from set99_world import (person_name, id_number, imei, card_tail, card_prefix, alnum, plate,
                         frame_no, COMPANIES)


def P(s):
    parts = s.split('=')
    return {'k': None, 'v': parts[0], 'o': parts[1].split('/'),
            'f': parts[2].split('/') if len(parts) > 2 and parts[2] else [],
            'e': parts[3].split('/') if len(parts) > 3 and parts[3] else []}


def D(v, o, f, e=()):
    return {'k': None, 'v': v, 'o': list(o), 'f': list(f), 'e': list(e)}


PH_CASE = [
    "clear=透明手机壳/透明的壳/外面套了个透明壳=外套透明保护壳/透明手机壳=a clear case",
    "blacksoft=黑色软壳/黑色硅胶壳=黑色硅胶保护壳/黑色软质手机壳=a black silicone case",
    "bear=粉色小熊手机壳/壳上有个小熊=粉色手机壳，印小熊图案/小熊图案手机壳",
    "ring=壳背面有个指环扣/带指环支架的壳=背面带金属指环支架/壳背面有指环扣=a case with a ring holder",
    "flip=棕色翻盖皮套/翻盖的皮套=棕色翻盖式皮套=a brown flip cover",
    "bare=没戴壳/裸机没套壳=无保护壳/未戴手机壳=no case",
    "xiaoxin=蜡笔小新的壳/壳上是蜡笔小新=手机壳图案为卡通人物(蜡笔小新)",
    "camo=迷彩的壳/迷彩手机壳=迷彩图案保护壳=a camouflage case",
    "glitter=蓝色闪粉壳/亮晶晶的蓝壳=蓝色亮片手机壳",
]
PH_SCREEN = [
    "tl=屏幕左上角碎了/屏左上角有裂痕=屏幕左上角有裂痕/左上角屏幕破裂=cracked top-left corner",
    "film=钢化膜碎了好几道/贴的膜裂了=屏幕保护膜有多处裂纹/钢化膜破损=the screen protector is cracked",
    "bottom=屏幕下面摔裂了一道/屏底下有条裂缝=屏幕下方有一道裂痕=a crack along the bottom of the screen",
    "back=后盖摔裂了/背面玻璃碎了=手机背板有裂纹=the back glass is cracked",
]
PH_LOCK = [
    "cat=锁屏是一只橘猫/锁屏是我家猫=亮屏后锁屏壁纸为一只橘猫/屏保是橘色猫咪=the lock screen shows an orange cat",
    "girl=锁屏是我女儿照片/锁屏是我闺女=亮屏锁屏为一小女孩照片/屏保是个小女孩=the lock screen is my daughter",
    "boy=锁屏是我儿子/屏保是我家小孩，男孩=亮屏后锁屏为一男童照片",
    "sea=锁屏是海边风景/屏保是大海=锁屏壁纸为海边风景/屏保是海=the lock screen is a beach",
    "couple=锁屏是我和女朋友合照/屏保是我俩合照=锁屏为一男一女合影",
    "anime=锁屏是动漫人物/屏保是个动漫女生=锁屏为动漫人物图片",
    "dog=锁屏是条柯基/屏保是我家狗=锁屏为一只小狗照片=the lock screen is a corgi",
]
PH_CHARM = [
    "redrope=挂了根红绳/挂着红色挂绳=挂有红色挂绳",
    "duck=挂了个小黄鸭挂件=挂有黄色小鸭挂件",
    "lanyard=挂着厂里发的蓝色挂绳/蓝挂绳印着鑫拓电子=挂有蓝色挂绳，印“鑫拓电子”字样",
    "bell=挂了个小铃铛=挂有一小铃铛",
]
PH_INCASE = [
    "bus=壳里夹了张公交卡/手机壳里有张公交卡=手机壳内夹有公交卡一张",
    "cash100=壳里夹着一百块钱/壳里塞了张100的=手机壳内夹有100元纸币一张",
    "photo=壳里夹了张一寸照/壳里夹着一张小照片=手机壳内夹有一张一寸照片",
    "meal=手机壳后面夹着饭卡=手机壳内夹有饭卡一张",
]
OLD_MARK = [
    "tape=后盖用胶布缠了一圈/用黑胶布缠着=机身缠有黑色胶布",
    "paper=背面贴了张纸写着我儿子电话=背面贴纸条，写有一手机号码",
    "worn=按键字都磨没了/按键磨花了=按键字迹磨损",
    "rope=挂了根黑绳子挂脖子上的=挂有黑色挂绳",
]
SLEEVE = [
    "bluesleeve=套着蓝色卡套/装在一个蓝色卡套里=装于蓝色卡套内",
    "clearsleeve=套着透明卡套=装在透明卡套中",
    "nosleeve=没有套=无卡套",
    "redsleeve=红色的卡套/装在红色小卡包里=装于红色卡套内",
]
BADGE_ROPE = [
    "bluerope=蓝色挂绳/挂绳是蓝的=蓝色挂绳",
    "redrope=红色挂绳=红色挂绳",
    "blackrope=黑挂绳/黑色挂带=黑色挂绳",
    "yellowrope=黄色挂绳印着安全生产=黄色挂绳，印“安全生产”",
]
DL_CLASS = ["C1=C1的本=准驾车型C1", "C2=C2证=准驾车型C2", "B2=B2的=准驾车型B2", "D=摩托车D照=准驾车型D"]
DL_COVER = ["blackcover=黑皮套=黑色皮质外套", "browncover=棕色皮套=棕色皮套", "nocover=没有皮套=无外套"]
BANKS = ["abc=农业银行的/农行卡=农业银行卡", "ccb=建设银行/建行的=建设银行卡", "psbc=邮政储蓄的/邮政卡=邮政储蓄银行卡",
         "rcb=农商银行的=农村商业银行卡", "icbc=工商银行/工行卡=工商银行卡"]
SCHOOLS = ["xz=湘中机电职业技术学院=湘中机电职业技术学院", "qn=黔南工业技校=黔南工业技工学校",
           "yx=豫西信息工程学院=豫西信息工程学院", "gb=桂北交通职业学院=桂北交通职业学院"]
PASS_COVER = ["blackleather=black leather cover/黑色皮套=黑色皮质护照套=a black leather cover",
              "nocover=no cover/没有套=无护照套=no cover",
              "bluecover=blue plastic cover/蓝色塑料套=蓝色塑料护照套=a blue plastic cover"]
WALLET_STYLE = ["long=长款的/长钱包=长款钱包=a long wallet", "short=短款的/对折的=短款对折钱包=a bifold wallet",
                "zip=拉链的/拉链钱包=拉链式钱包=a zip wallet", "card=小卡包/卡包=卡包=a card holder"]
WALLET_PHOTO = ["kidphoto=夹着我儿子的一寸照/里面有张小孩照片=内有一小孩一寸照片=a photo of my son",
                "couple=有张我和老婆的合照=内有一男一女合影照片",
                "oldphoto=里面有张老人照片，是我妈=内有一老年女性照片"]
WALLET_EXTRA = ["bus=有张公交卡=内有公交卡一张=a bus card", "ticket=有张回老家的车票=内有汽车票一张",
                "meal=里面有饭卡=内有饭卡一张", "lottery=几张彩票=内有彩票数张",
                "clinic=社康的就诊卡=内有禾坪社区卫生服务中心就诊卡",
                "resume=折着一张简历=内有折叠的简历一份", "hk=有张港币=内有港币纸币一张=a Hong Kong banknote"]
WALLET_WEAR = ["corner=边角磨破了/角都磨白了=边角有磨损=worn corners", "zipbad=拉链坏了=拉链损坏",
               "button=扣子掉了一个/按扣坏了=按扣脱落", "pen=外面有圆珠笔划的印子=外皮有圆珠笔划痕"]
KEY_COUNT = ["2=两把钥匙/就两把=钥匙2把", "3=三把钥匙/3把=钥匙3把=three keys", "4=四把钥匙/4把=钥匙4把=four keys",
             "5=五把/5把钥匙=钥匙5把", "6=六七把钥匙/一大串六把=钥匙6把"]
KEY_CHARM = ["bear=挂了个小熊玩偶/有个小熊挂件=挂有小熊玩偶=a teddy bear charm",
             "opener=挂着开瓶器=挂有开瓶器一个=a bottle opener",
             "torch=有个小手电筒=挂有小手电筒", "pikachu=皮卡丘挂件=挂有黄色卡通挂件(皮卡丘)",
             "ring=就一个铁圈=仅一铁质钥匙圈", "leather=黑色皮的钥匙扣=黑色皮质钥匙扣"]
KEY_CARD = ["bluecard=有张蓝色门禁卡/带个蓝色门禁扣=附蓝色门禁卡", "redcard=红色门禁卡=附红色门禁卡",
            "whitecard=白色的门禁卡=附白色门禁卡", "none=没有门禁卡=无门禁卡"]
KEY_EXTRA = ["ebike=有把雅迪电动车钥匙=其中一把为雅迪电动车钥匙", "lockkey=有把小挂锁钥匙=其中有一把挂锁钥匙",
             "car=有个五菱车钥匙=附五菱汽车钥匙", "locker=有个更衣柜小钥匙写着号=有一把柜子钥匙"]
EB_BASKET = ["basket=前面有车篮/带车筐=前有车篮", "nobasket=没有车篮=无车篮", "blackbasket=黑色塑料车筐=前有黑色塑料车筐"]
EB_SEAT = ["redseat=座垫套了个红色的套=座垫有红色座套", "blackseat=座垫是黑的，破了个口=黑色座垫有破口",
           "cartoonseat=座垫套是卡通的=卡通图案座垫套", "leopardseat=豹纹座套=豹纹座垫套"]
EB_BACK = ["childseat=后面装了个儿童座椅=后座装有儿童座椅", "box=后面有个尾箱/后尾箱=后有尾箱",
           "rack=后座有货架绑着绳子=后货架绑有绳子", "nothing=后面啥也没有=后座无加装"]
EB_MARK = ["mirror=左边后视镜断了=左后视镜缺失", "raincoat=车把挂着雨衣=车把挂有雨衣", "scratch=右边刮花了一大块=车身右侧大面积刮痕",
           "sticker=贴了个外卖平台贴纸=车身贴有外卖贴纸", "windshield=装了挡风被=装有挡风被"]
BK_TYPE = ["mtb=山地车=山地车", "fold=折叠车=折叠自行车", "city=普通的，带后座那种=普通带后座自行车", "road=公路车/跑车=公路车"]
BK_LOCK = ["ulock=锁着U型锁=车上有U型锁", "chain=挂了个链条锁=车上有链条锁", "nolock=没上锁=未上锁"]
BK_MARK = ["bell=车铃是个小黄鸭=车铃为小黄鸭造型", "basket=前面加了个铁车筐=前有铁车筐",
           "seat=座子换成了宽的软座=加宽软座垫", "tape=车把缠了黑胶布=车把缠黑色胶带", "kickstand=脚撑坏了=脚撑损坏"]
BAG_MARK = ["badge=挂了个小熊挂件=挂有小熊挂件", "ripped=侧面破了个洞=侧面有破洞", "patch=背带缝过=背带有缝补痕迹",
            "ribbon=把手上系了根红布条=把手系红色布条", "tag=挂着行李牌=挂有行李牌", "lock=拉链上挂着小锁=拉链挂有小挂锁"]
BAG_CONTENT = ["clothes=几件换洗衣服/衣服=内有衣物若干=some clothes", "resume=简历和毕业证复印件/一沓简历=内有个人简历若干份=my CVs",
               "contract=劳动合同/和厂里签的合同=内有劳动合同一份=a labour contract",
               "charger=充电器和数据线=内有充电器及数据线=a charger and cable",
               "uniform=工作服=内有工作服一套=a work uniform", "snacks=家里带的腊肉/老家带的吃的=内有腊肉等食品=some food",
               "tools=一套螺丝刀/工具=内有螺丝刀等工具一套=a screwdriver set",
               "medicine=药/在社康开的药=内有药品若干=some medicine",
               "book=考证的书=内有书籍两本=two books", "bedding=被子和枕头/铺盖=内有被褥枕头=a quilt and pillow",
               "thermos=保温杯=内有保温杯一个=a flask", "laptopin=笔记本电脑=内有笔记本电脑一台=a laptop"]
CASH_BOX = ["envelope=装在牛皮纸信封里/黄信封装着=装于牛皮纸信封内", "hongbao=红包装着的/用红包包着=装于红包内",
            "rubber=用橡皮筋捆着/皮筋扎着=用橡皮筋捆扎", "bag=塑料袋装着/一个小塑料袋里=装于塑料袋内",
            "fold=对折着的一沓/对折放着=对折成一沓"]
CASH_NOTE = ["salary=信封上写着工资两个字=信封上写有“工资”字样", "rent=上面写了房租=外写“房租”二字",
             "name=上面写了我的名字=外面写有姓名", "none=啥也没写=无字迹", "company=信封上印着汇才劳务=信封印有“汇才劳务”"]
JW_PENDANT = ["fu=福字吊坠/挂了个福字=吊坠为福字", "guanyin=观音吊坠=观音吊坠", "heart=心形吊坠=心形吊坠",
              "lu=葫芦吊坠=葫芦形吊坠", "none=没有吊坠=无吊坠", "zodiac=属相吊坠，是只兔子=兔子造型吊坠"]
JW_CHAIN = ["thin=很细的链子=细链", "thick=粗链子/比较粗=粗链", "twist=麻花链=麻花链"]
JW_JADE = ["float=有飘花/带点飘花=带飘花", "thin=比较细的/镯子很细=镯身较细", "crack=有一道细裂纹=有一细裂纹",
           "goldrim=镶了金边=镶金边", "wide=宽边的/比较宽=宽边款"]
JW_FIT = ["gift=是结婚时买的=", "mom=我妈给的=", "year=去年本命年买的="]
EL_STICKER = ["anime=贴了很多动漫贴纸=贴有多张动漫贴纸=anime stickers", "company=贴着公司资产标签=贴有公司资产标签=an asset tag",
              "name=贴了写名字的标签=贴有姓名标签=a name label", "none=什么都没贴=无贴纸=no stickers",
              "flag=贴了个小旗子贴纸=贴有国旗贴纸=a small flag sticker"]
EL_DAMAGE = ["dent=角上有个凹痕/磕了一下有坑=一角有凹痕=a dent on one corner", "scratch=外壳刮花了=外壳有划痕=scratches on the lid",
             "hinge=转轴有点松=转轴松动", "key=少了一个键帽=缺一键帽=a missing key cap"]
EP_CASE = ["pink=套着粉色硅胶套=外有粉色硅胶套", "black=黑色保护套=外有黑色保护套=a black silicone sleeve",
           "bare=没套壳=无保护套", "cartoon=套了个小恐龙的套=外有恐龙造型保护套"]
EP_MISS = ["right=右耳不在里面/只有左耳=仓内仅有左耳", "both=两只都在=两只耳机都在=both buds inside",
           "left=左边那只丢过，只剩右耳=仓内仅有右耳"]
PB_MARK = ["cable=插着根数据线=插有数据线一根", "sticker=贴了个小猪贴纸=贴有小猪贴纸", "scratch=外壳磨得很花=外壳磨损严重",
           "name=用记号笔写了名字=外壳有记号笔写字"]
WT_STRAP = ["blackstrap=黑色表带=黑色表带=a black strap", "orange=橙色硅胶表带=橙色硅胶表带", "steel=钢表带=金属表带",
            "blue=蓝色尼龙表带=蓝色尼龙表带=a blue nylon strap"]
WT_FACE = ["crack=表盘有裂纹=表盘玻璃有裂纹", "film=贴了膜=表盘贴有保护膜", "scratch=表盘有划痕=表盘有划痕"]
TB_COVER = ["fold=蓝色折叠保护套=蓝色折叠保护套=a blue folio cover", "keyboard=带键盘的套=带键盘保护套=a keyboard cover",
            "clear=透明壳=透明保护壳", "none=没套=无保护套"]
MM_LEAD = ["redblack=一红一黑表笔=附红黑表笔", "clip=表笔换成了鳄鱼夹=表笔为鳄鱼夹", "nolead=没带表笔=无表笔"]
MM_HOLSTER = ["yellow=黄色保护套=黄色保护套=yellow holster", "grey=灰色护套=灰色保护套=grey holster", "none=没套=无护套"]
MM_LABEL = ["team=背面贴着调试组的标签=背面贴“调试组”标签=a 'commissioning team' label",
            "asset=有资产编号贴纸=贴有资产编号标签=an asset number sticker", "tape=电池盖用胶布粘着=电池盖用胶布固定"]
USB_MARK = ["rope=挂着红绳=挂红绳", "label=贴了张纸写着资料=贴有“资料”字样标签", "cap=盖子丢了=无盖", "key=挂在一个钥匙圈上=挂有钥匙圈"]
HAT_MARK = ["logo=印着厂里的标=印有公司标志", "sticker=贴了个反光贴=贴有反光贴", "scratch=帽檐裂了=帽檐开裂", "num=写了个编号=写有编号"]
UNI_MARK = ["logo=胸口绣着公司名字=胸前绣公司名", "stain=袖子上有油渍=袖口有油渍", "reflect=带反光条=有反光条", "pocket=口袋里有一支笔=口袋内有笔一支"]
CUP_MARK = ["sticker=贴了个加油贴纸=杯身贴有“加油”贴纸", "dent=杯底磕瘪了=杯底有凹痕", "strap=有根提绳=带提绳",
            "tea=里面泡着枸杞=杯内有枸杞水", "name=杯底写了名字=杯底写有名字"]
UMB_MARK = ["dot=波点的=波点图案", "plain=纯色的=纯色", "bent=有根伞骨断了=一根伞骨折断", "wood=木头伞柄=木质伞柄",
            "ad=印着广告=印有广告字样"]
GLS_MARK = ["case=装在黑色眼镜盒里=装于黑色眼镜盒", "tape=镜腿用胶布缠过=镜腿缠有胶布", "scratch=左边镜片有划痕=左镜片有划痕",
            "half=半框的=半框眼镜"]
MED_MARK = ["folder=装在蓝色文件袋里=装于蓝色文件袋", "bag=用塑料袋装着=装于塑料袋内", "xray=还有胸片=附胸部X光片一张",
            "bill=有张缴费单=附缴费单据"]
MEAL_MARK = ["sleeve=套着卡套=装于卡套内", "hole=打了个孔挂着绳=卡上打孔穿绳", "sticker=贴了个贴纸=贴有贴纸"]
LUGG_MARK = ["ribbon=把手上系了根红绳子=拉杆把手系有红绳", "wheel=有个轮子坏了=一个轮子损坏", "sticker=贴满了贴纸=贴有多张贴纸",
             "lock=密码锁=带密码锁", "strap=捆了根打包带=外捆打包带"]
SACK_MARK = ["red=红蓝条纹的编织袋=红蓝条纹编织袋", "white=白色的编织袋，印着化肥字=白色编织袋，印有化肥字样",
             "rope=用尼龙绳扎着口=袋口用尼龙绳扎紧", "name=袋子上用记号笔写了名字=袋上用记号笔写有姓名"]

HIDDEN = {
    'phone': ['里面两张卡，一张移动一张联通', '电量本来就不多', '里面有很多孩子的照片', '刚买两个月', '开机要指纹', '手机是分期买的',
              '里面有我入职的材料照片', '微信里有工资'],
    'wallet': ['钱是刚发的工资', '是老婆给买的', '身份证是刚补办的', '里面还有张欠条'],
    'keys': ['是出租屋和厂里更衣柜的', '里面有宿舍的钥匙，舍友都进不去了', '电动车钥匙也在上面'],
    'bag': ['里面东西不值钱但是资料很重要', '刚从老家过来', '明天要去报到', '行李都在里面'],
    'cash': ['是准备交房租的', '是给老家寄的', '刚从ATM取的', '是中介退给我的押金'],
    'jewelry': ['是结婚时买的', '我妈给的', '去年本命年买的', '戴了十几年了'],
    'electronics': ['里面有项目资料很重要', '设备是公司的', '有开机密码', '刚买不久'],
    'other': ['是公司发的', '戴了好几年', '明天上班要用'],
    'id_doc': ['明天入职要用', '急着办入职', '要去面试要用', '下周要回老家坐车要用'],
    'ebike': ['每天骑去上班的', '电池是新换的', '锁了龙头锁的', '买了一年多'],
    'bicycle': ['每天骑去厂里', '二手买的', '骑了三年了'],
}

PHONE_C = ['黑色', '白色', '蓝色', '紫色', '金色', '绿色', '银色', '粉色', '灰色']

# kind: cat, owner nouns, finder nouns, english noun, colours, brands, serial type, slots {key: (pool, p)}
KINDS = {
    '手机': ('phone', ['手机', '手机', '电话'], ['手机'], 'phone', PHONE_C,
           ['huawei', 'apple', 'xiaomi', 'oppo', 'vivo', 'honor'], 'imei',
           {'case': (PH_CASE, 0.85), 'screen': (PH_SCREEN, 0.4), 'lock': (PH_LOCK, 0.6),
            'charm': (PH_CHARM, 0.3), 'incase': (PH_INCASE, 0.3)}),
    '老人机': ('phone', ['老人机', '老年机', '按键手机'], ['老年手机', '按键手机'], 'phone', ['黑色', '红色', '蓝色'],
            [None], 'imei', {'oldmark': (OLD_MARK, 0.9)}),
    '身份证': ('id_doc', ['身份证'], ['居民身份证', '身份证'], 'ID card', [None], [None], 'idno',
            {'sleeve': (SLEEVE, 0.6)}),
    '银行卡': ('id_doc', ['银行卡', '工资卡'], ['银行卡'], 'bank card', [None], [None], 'card',
            {'bank': (BANKS, 1.0), 'sleeve': (SLEEVE, 0.3)}),
    '健康证': ('id_doc', ['健康证'], ['健康证', '从业人员健康证明'], 'health certificate', [None], [None], 'health',
            {'sleeve': (SLEEVE, 0.5)}),
    '工牌': ('id_doc', ['工牌', '厂牌', '工作证'], ['工牌', '员工工作证'], 'staff badge', [None], [None], 'badge',
           {'rope': (BADGE_ROPE, 0.9), 'sleeve': (SLEEVE, 0.4)}),
    '驾驶证': ('id_doc', ['驾驶证', '驾照'], ['机动车驾驶证'], 'driving licence', [None], [None], 'idno',
            {'class': (DL_CLASS, 0.8), 'cover': (DL_COVER, 0.7)}),
    '社保卡': ('id_doc', ['社保卡'], ['社会保障卡'], 'social security card', [None], [None], 'idno',
            {'bank': (BANKS, 0.8)}),
    '毕业证': ('id_doc', ['毕业证'], ['毕业证书'], 'diploma', ['红色'], [None], 'cert',
            {'school': (SCHOOLS, 1.0)}),
    '护照': ('id_doc', ['护照'], ['外国护照', '护照'], 'passport', [None], [None], 'passport',
           {'pcover': (PASS_COVER, 0.8)}),
    '钱包': ('wallet', ['钱包', '皮夹', '钱夹'], ['钱包', '皮夹'], 'wallet', ['黑色', '棕色', '红色', '粉色', '蓝色', '灰色'],
           ['septwolves', 'goldlion', None, None], 'wallet',
           {'style': (WALLET_STYLE, 0.9), 'photo': (WALLET_PHOTO, 0.3), 'extra': (WALLET_EXTRA, 0.6),
            'wear': (WALLET_WEAR, 0.4)}),
    '钥匙串': ('keys', ['钥匙', '一串钥匙', '钥匙串'], ['钥匙', '钥匙'], 'keys', [None], [None], 'none',
            {'count': (KEY_COUNT, 0.95), 'charm': (KEY_CHARM, 0.8), 'card': (KEY_CARD, 0.6), 'kextra': (KEY_EXTRA, 0.5)}),
    '电动车': ('ebike', ['电动车', '电瓶车', '电车'], ['电动自行车', '电动车'], 'e-bike',
            ['黑色', '白色', '红色', '蓝色', '灰色', '粉色', '绿色'], ['yadea', 'aima', 'tailg', 'niu'], 'plate',
            {'basket': (EB_BASKET, 0.7), 'seat': (EB_SEAT, 0.6), 'back': (EB_BACK, 0.6), 'ebmark': (EB_MARK, 0.6)}),
    '自行车': ('bicycle', ['自行车', '单车', '车子'], ['自行车'], 'bicycle', ['黑色', '白色', '红色', '蓝色', '黄色', '绿色'],
            ['giant', 'xds', 'phoenix', None], 'frame',
            {'btype': (BK_TYPE, 1.0), 'lock': (BK_LOCK, 0.6), 'bkmark': (BK_MARK, 0.7)}),
    '双肩包': ('bag', ['双肩包', '背包', '书包'], ['双肩背包', '背包'], 'backpack', ['黑色', '灰色', '蓝色', '红色', '绿色'],
            ['nike', 'anta', 'swissgear', 'xiaomi', None], 'none',
            {'bmark': (BAG_MARK, 0.6), 'content': (BAG_CONTENT, 1.0)}),
    '电脑包': ('bag', ['电脑包', '笔记本包'], ['电脑包'], 'laptop bag', ['黑色', '灰色', '蓝色'],
            ['swissgear', 'lenovo', 'dell', None], 'none',
            {'bmark': (BAG_MARK, 0.5), 'content': (BAG_CONTENT, 1.0)}),
    '行李箱': ('bag', ['行李箱', '拉杆箱', '箱子'], ['拉杆箱', '行李箱'], 'suitcase', ['黑色', '银色', '蓝色', '粉色', '红色'],
            ['samsonite', None, None], 'none', {'lmark': (LUGG_MARK, 0.8), 'content': (BAG_CONTENT, 1.0)}),
    '编织袋': ('bag', ['编织袋', '蛇皮袋'], ['编织袋'], 'woven sack', [None], [None], 'none',
            {'smark': (SACK_MARK, 0.9), 'content': (BAG_CONTENT, 1.0)}),
    '手提袋': ('bag', ['手提袋', '袋子', '帆布袋'], ['手提袋', '帆布手提袋'], 'tote bag', ['白色', '黑色', '黄色', '绿色'],
            [None], 'none', {'bmark': (BAG_MARK, 0.4), 'content': (BAG_CONTENT, 1.0)}),
    '斜挎包': ('bag', ['斜挎包', '挎包', '小包'], ['斜挎包'], 'shoulder bag', ['黑色', '棕色', '白色', '粉色'],
            ['nike', 'anta', None], 'none', {'bmark': (BAG_MARK, 0.5), 'content': (BAG_CONTENT, 1.0)}),
    '现金': ('cash', ['钱', '现金'], ['现金', '人民币'], 'cash', [None], [None], 'none',
           {'box': (CASH_BOX, 1.0), 'note': (CASH_NOTE, 0.5)}),
    '金项链': ('jewelry', ['金项链', '项链', '金链子'], ['黄色金属项链', '项链'], 'gold necklace', ['金色'], ['ctf', 'lfx', None],
            'none', {'pendant': (JW_PENDANT, 0.9), 'chain': (JW_CHAIN, 0.6)}),
    '金戒指': ('jewelry', ['金戒指', '戒指'], ['黄色金属戒指', '戒指'], 'gold ring', ['金色'], ['ctf', 'lfx', None], 'none', {}),
    '玉镯': ('jewelry', ['玉镯子', '手镯', '玉镯'], ['玉镯', '手镯'], 'jade bangle', ['绿色', '白色'], [None], 'none',
           {'jade': (JW_JADE, 1.0)}),
    '银手镯': ('jewelry', ['银手镯', '银镯子'], ['白色金属手镯', '手镯'], 'silver bangle', ['银色'], [None], 'none',
            {'pendant': (JW_PENDANT, 0.3)}),
    '转运珠手链': ('jewelry', ['转运珠手链', '红绳手链'], ['红绳手链', '手链'], 'red string bracelet', ['红色'],
              ['ctf', 'lfx', None], 'none', {'pendant': (JW_PENDANT, 0.8)}),
    '笔记本电脑': ('electronics', ['笔记本电脑', '电脑', '笔记本'], ['笔记本电脑'], 'laptop', ['黑色', '银色', '灰色'],
              ['lenovo', 'dell', 'huawei', 'apple'], 'sn', {'sticker': (EL_STICKER, 0.8), 'damage': (EL_DAMAGE, 0.5)}),
    '蓝牙耳机': ('electronics', ['蓝牙耳机', '耳机'], ['无线耳机', '蓝牙耳机'], 'earbuds', ['白色', '黑色'],
             ['apple', 'huawei', 'xiaomi'], 'sn', {'epcase': (EP_CASE, 0.8), 'missing': (EP_MISS, 0.7)}),
    '充电宝': ('electronics', ['充电宝', '移动电源'], ['充电宝'], 'power bank', ['白色', '黑色', '粉色'],
            ['xiaomi', 'romoss'], 'none', {'pbmark': (PB_MARK, 0.8)}),
    '智能手表': ('electronics', ['手表', '智能手表', '手环'], ['智能手表'], 'smartwatch', ['黑色', '银色', '粉色'],
             ['huawei', 'xiaomi', 'xtc', 'apple'], 'sn', {'strap': (WT_STRAP, 0.9), 'face': (WT_FACE, 0.4)}),
    '平板电脑': ('electronics', ['平板', '平板电脑'], ['平板电脑'], 'tablet', ['灰色', '银色', '金色'],
             ['huawei', 'apple', 'xiaomi'], 'sn', {'tcover': (TB_COVER, 0.9), 'sticker': (EL_STICKER, 0.4)}),
    '万用表': ('electronics', ['万用表', '数字万用表'], ['万用表'], 'multimeter', ['黄色', '灰色'], ['fluke', 'unit'], 'sn',
            {'lead': (MM_LEAD, 0.7), 'holster': (MM_HOLSTER, 0.7), 'mmlabel': (MM_LABEL, 0.6)}),
    'U盘': ('electronics', ['U盘', '优盘'], ['U盘'], 'USB stick', ['黑色', '银色', '蓝色'], ['kingston', 'deli'], 'none',
           {'usbmark': (USB_MARK, 0.9)}),
    '安全帽': ('other', ['安全帽', '头盔'], ['安全帽'], 'hard hat', ['黄色', '白色', '红色', '蓝色'], [None], 'none',
            {'hatmark': (HAT_MARK, 0.8)}),
    '工作服': ('other', ['工作服', '工衣', '厂服'], ['工作服'], 'work jacket', ['蓝色', '灰色', '橙色'], [None], 'none',
            {'unimark': (UNI_MARK, 0.8)}),
    '保温杯': ('other', ['保温杯', '杯子', '水杯'], ['保温杯'], 'flask', ['黑色', '白色', '粉色', '蓝色', '银色'],
            ['thermos', None], 'none', {'cupmark': (CUP_MARK, 0.9)}),
    '雨伞': ('other', ['雨伞', '伞'], ['雨伞'], 'umbrella', ['黑色', '蓝色', '红色', '紫色'], [None], 'none',
           {'umbmark': (UMB_MARK, 0.9)}),
    '眼镜': ('other', ['眼镜', '近视眼镜'], ['眼镜'], 'glasses', ['黑色', '银色', '棕色'], [None], 'none',
           {'glsmark': (GLS_MARK, 0.9)}),
    '体检报告': ('other', ['体检报告', '入职体检报告'], ['体检报告'], 'medical report', [None], [None], 'none',
             {'medmark': (MED_MARK, 0.9)}),
    '饭卡': ('other', ['饭卡', '食堂卡'], ['饭卡', '食堂消费卡'], 'canteen card', ['蓝色', '白色'], [None], 'meal',
           {'mealmark': (MEAL_MARK, 0.6)}),
}

# kinds that carry the owner's name in print
NAMED = {'身份证', '健康证', '工牌', '驾驶证', '社保卡', '毕业证', '护照', '体检报告'}
NAMED_SOMETIMES = {'安全帽': 0.5, '工作服': 0.4, '编织袋': 0.3, '饭卡': 0.5}

MODELS = {
    ('手机', 'huawei'): ['nova Y93', 'Mate 58 Pro', '畅享 Q7', 'nova 13i'],
    ('手机', 'apple'): ['iPhone 12S', 'iPhone 14 Lite', 'iPhone 15C', 'iPhone 13 Mini S'],
    ('手机', 'xiaomi'): ['Redmi K68', 'Redmi 15A', '小米 14 Youth', 'Redmi Note 17T'],
    ('手机', 'oppo'): ['Reno 13A', 'A3x Plus', 'K15 Lite'],
    ('手机', 'vivo'): ['Y37t', 'S21e', 'iQOO Z11s'],
    ('手机', 'honor'): ['X70i', 'Play 9T Max', 'X9c Lite'],
    ('电动车', 'yadea'): ['冠能E9', 'DE3 Pro', '欧睿S2'],
    ('电动车', 'aima'): ['A600', '引领X7'],
    ('电动车', 'tailg'): ['战速N5', '钻石T3'],
    ('电动车', 'niu'): ['F2 Pro', 'G5 Lite'],
    ('自行车', 'giant'): ['ATX 790', 'Escape 2 City'],
    ('自行车', 'xds'): ['英雄300', 'C36'],
    ('自行车', 'phoenix'): ['Z3城市版'],
    ('笔记本电脑', 'lenovo'): ['ThinkPad E16x', '小新Pro 17s'],
    ('笔记本电脑', 'dell'): ['Latitude 5460s', 'Inspiron 3540x'],
    ('笔记本电脑', 'huawei'): ['MateBook D15 SE'],
    ('笔记本电脑', 'apple'): ['MacBook Air 13S'],
    ('蓝牙耳机', 'apple'): ['AirPods 3S'],
    ('蓝牙耳机', 'huawei'): ['FreeBuds 6e'],
    ('蓝牙耳机', 'xiaomi'): ['Redmi Buds 7 Lite'],
    ('智能手表', 'huawei'): ['Watch GT 6e'],
    ('智能手表', 'xiaomi'): ['手环10S'],
    ('智能手表', 'xtc'): ['Z9少年版'],
    ('智能手表', 'apple'): ['Watch S10 Lite'],
    ('平板电脑', 'huawei'): ['MatePad 12 SE'],
    ('平板电脑', 'apple'): ['iPad Air 11S'],
    ('平板电脑', 'xiaomi'): ['Pad 7C'],
    ('万用表', 'fluke'): ['F-117C', 'F-287X'],
    ('万用表', 'unit'): ['UT61E+S', 'UT89XS'],
    ('充电宝', 'xiaomi'): ['20000mAh快充版'],
    ('充电宝', 'romoss'): ['PEA60X'],
    ('U盘', 'kingston'): ['DTX 64G'],
    ('U盘', 'deli'): ['U32 32G'],
}

KIND_WEIGHTS = {
    'phone': [('手机', 9), ('老人机', 1)],
    'id_doc': [('身份证', 10), ('银行卡', 3), ('健康证', 3), ('工牌', 3), ('驾驶证', 1), ('社保卡', 2), ('毕业证', 2)],
    'wallet': [('钱包', 1)],
    'keys': [('钥匙串', 1)],
    'ebike': [('电动车', 1)],
    'bicycle': [('自行车', 1)],
    'bag': [('双肩包', 4), ('电脑包', 1), ('行李箱', 3), ('编织袋', 2), ('手提袋', 2), ('斜挎包', 2)],
    'cash': [('现金', 1)],
    'jewelry': [('金项链', 3), ('金戒指', 2), ('玉镯', 2), ('银手镯', 1), ('转运珠手链', 2)],
    'electronics': [('笔记本电脑', 3), ('蓝牙耳机', 4), ('充电宝', 2), ('智能手表', 2), ('平板电脑', 1), ('万用表', 2), ('U盘', 1)],
    'other': [('安全帽', 2), ('工作服', 1), ('保温杯', 2), ('雨伞', 2), ('眼镜', 2), ('体检报告', 2), ('饭卡', 2)],
}
FOREIGN_KINDS = ['护照', '手机', '笔记本电脑', '钱包', '双肩包', '电脑包', '蓝牙耳机', '万用表']


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for item, w in pairs:
        r -= w
        if r <= 0:
            return item
    return pairs[-1][0]


def pick_kind(rng, cat, foreign=False):
    pairs = KIND_WEIGHTS[cat]
    if foreign:
        pairs = [p for p in pairs if p[0] in FOREIGN_KINDS] or pairs
    return weighted(rng, pairs)


def dyn_slots(rng, kind, obj, avoid):
    """slots whose value is drawn: money, cards, names, engravings, tags"""
    out = {}
    owner = obj['owner']
    if kind in ('钱包', '现金'):
        while True:
            amt = rng.choice([50, 100, 200, 300, 500, 800, 1000, 1500, 2000, 3000]) + rng.choice([0, 0, 5, 10, 20, 30, 60])
            if avoid.get('cash') is None or abs(amt - int(avoid['cash'])) > max(150, int(avoid['cash']) * 0.4):
                break
        out['cash'] = D(str(amt), ['{approx}'], ['内有现金%d元' % amt if kind == '钱包' else '现金%d元' % amt],
                        ['about %d yuan in cash' % amt])
        if kind == '钱包' and owner['idno'] and (rng.random() < 0.7 or 'idcard' in avoid):
            out['idcard'] = D(owner['idno'] or owner['name'], ['里面有我的身份证，名字%s' % owner['name'],
                                                               '有身份证(%s)' % owner['name']],
                              ['内有%s的居民身份证' % owner['name'], '内有身份证一张，姓名%s' % owner['name']],
                              ['my passport copy with name %s' % owner['name']])
        if kind == '钱包' and rng.random() < 0.6:
            tail = card_tail(rng)
            while tail == avoid.get('bankcard'):
                tail = card_tail(rng)
            pre = card_prefix(rng)
            out['bankcard'] = D(tail, ['一张银行卡尾号%s' % tail, '工资卡，卡号后四位%s' % tail],
                                ['银行卡一张(%s **** %s)' % (pre, tail), '银行卡一张，尾号%s' % tail],
                                ['a bank card ending %s' % tail])
    if kind in ('金戒指', '银手镯') or (kind == '金项链' and rng.random() < 0.3):
        while True:
            ini = rng.choice('LWZCYHXJMS') + rng.choice('LWZCYHXJMS')
            if rng.random() < 0.4:
                ini = ini[0] + '♥' + ini[1]
            if ini != avoid.get('engrave'):
                break
        out['engrave'] = D(ini, ['内圈刻了%s' % ini, '里面刻着字母%s' % ini], ['内侧刻有“%s”字样' % ini])
    if kind == '钥匙串' and rng.random() < 0.6:
        while True:
            tag = rng.choice(['B栋', 'A栋', '7栋', '4栋', '12巷', 'C座']) + str(rng.randint(101, 620))
            if tag != avoid.get('keytag'):
                break
        out['keytag'] = D(tag, ['钥匙牌上写着%s' % tag, '有个小牌子写%s' % tag], ['钥匙牌写有“%s”' % tag])
    return out


def make_serial(rng, st, kind, owner, obj):
    if st == 'imei':
        return {'t': 'imei', 'v': imei(rng)}
    if st == 'idno':
        return {'t': 'idno', 'v': owner['idno']}
    if st == 'card':
        return {'t': 'card', 'v': card_tail(rng), 'pre': card_prefix(rng)}
    if st == 'health':
        return {'t': 'health', 'v': 'HP%04d%05d' % (rng.randint(2023, 2025), rng.randint(0, 99999))}
    if st == 'badge':
        return {'t': 'badge', 'v': rng.choice(['XT', 'SW', 'LC', 'HG', 'YZ']) + '%06d' % rng.randint(0, 999999)}
    if st == 'cert':
        return {'t': 'cert', 'v': '1%04d%02d%06d' % (rng.randint(4000, 5999), rng.randint(20, 25), rng.randint(0, 999999))}
    if st == 'passport':
        return {'t': 'passport', 'v': owner['passport']}
    if st == 'plate':
        return {'t': 'plate', 'v': plate(rng), 'frame': frame_no(rng, rng.choice(['YD', 'AM', 'TL', 'NU', 'LX']))}
    if st == 'frame':
        return {'t': 'frame', 'v': frame_no(rng, rng.choice(['GT', 'XS', 'FH', 'WB']))}
    if st == 'sn':
        return {'t': 'sn', 'v': alnum(rng, rng.choice([8, 10, 12]))}
    if st == 'meal':
        return {'t': 'meal', 'v': '%08d' % rng.randint(0, 99999999)}
    if st == 'wallet':
        ic = obj['slots'].get('idcard')
        if ic:
            return {'t': 'idno', 'v': owner['idno']} if owner['idno'] else None
        bc = obj['slots'].get('bankcard')
        if bc:
            return {'t': 'card', 'v': bc['v'], 'pre': bc['f'][0].split('(')[-1][:4] if '(' in bc['f'][0] else '6217'}
        return None
    return None


def build(rng, kind, owner, force=None, avoid=None, need=()):
    """a new truth record. force: color/brand/model/name to copy; avoid: slot values it
    must not share; need: slot keys it must have (so that a finder can see a difference)."""
    force = force or {}
    avoid = avoid or {}
    cat, _, _, _, colours, brands, st, slots = KINDS[kind]
    obj = {'kind': kind, 'cat': cat, 'owner': owner}
    obj['color'] = force['color'] if 'color' in force else rng.choice(colours)
    obj['brand'] = force['brand'] if 'brand' in force else rng.choice(brands)
    models = MODELS.get((kind, obj['brand']))
    if 'model' in force:
        obj['model'] = force['model']
    else:
        obj['model'] = rng.choice(models) if models else None
    obj['slots'] = {}
    for key in sorted(slots):
        pool, p = slots[key]
        if key in need or rng.random() < p:
            opts = [P(s) for s in pool]
            if key in avoid:
                bad = set(avoid[key].split('+'))
                opts = [o for o in opts if o['v'] not in bad]
            if key == 'content':
                n = rng.choice([1, 2, 2, 3])
                picks = rng.sample(opts, n)
                sl = {'k': key, 'v': '+'.join(sorted(o['v'] for o in picks)),
                      'o': ['、'.join(o['o'][0] for o in picks)],
                      'f': ['，'.join(o['f'][0] for o in picks)],
                      'e': [', '.join(o['e'][0] for o in picks)] if all(o['e'] for o in picks) else [],
                      'parts': sorted(o['v'] for o in picks)}
                obj['slots'][key] = sl
                continue
            sl = rng.choice(opts)
            sl['k'] = key
            obj['slots'][key] = sl
    for key, sl in dyn_slots(rng, kind, obj, avoid).items():
        sl['k'] = key
        obj['slots'][key] = sl
    # printed name
    name = None
    if kind in NAMED or rng.random() < NAMED_SOMETIMES.get(kind, 0):
        name = force.get('name', owner['name'])
    obj['name'] = name
    if 'serial' in force:
        obj['serial'] = force['serial']
    else:
        obj['serial'] = make_serial(rng, st, kind, owner, obj)
    obj['company'] = force.get('company') or rng.choice(COMPANIES)
    hid = HIDDEN.get(cat, [])
    obj['hidden'] = rng.sample(hid, min(len(hid), rng.choice([0, 1, 1, 2])))
    obj['alt_cat'] = None
    return obj


def visible_keys(obj):
    return sorted(k for k, s in obj['slots'].items() if s['f'] and s['f'][0])


def redraw_slot(rng, obj, key):
    """a copy of obj that differs from it in exactly one slot (or the serial)"""
    new = copy.deepcopy(obj)
    if key == 'serial':
        old = obj['serial']['v']
        s = make_serial(rng, obj['serial']['t'] if obj['serial']['t'] not in ('idno', 'passport') else 'sn',
                        new['kind'], new['owner'], new)
        if obj['serial']['t'] == 'idno':
            o2 = dict(obj['owner'])
            while True:
                o2['idno'] = id_number(rng, o2['sex'], int(old[6:10]) if rng.random() < 0.5 else None)
                if o2['idno'] != old:
                    break
            s = {'t': 'idno', 'v': o2['idno']}
            new['owner'] = o2
        elif obj['serial']['t'] == 'passport':
            s = {'t': 'passport', 'v': old[0] + '%08d' % rng.randint(0, 99999999)}
        while s['v'] == old:
            s = make_serial(rng, obj['serial']['t'], new['kind'], new['owner'], new)
        new['serial'] = s
        return new
    kind = obj['kind']
    _, _, _, _, _, _, _, slots = KINDS[kind]
    if key in slots:
        pool = [P(s) for s in slots[key][0]]
        if key == 'content':
            parts = obj['slots'][key]['parts']
            rest = [o for o in pool if o['v'] not in parts]
            picks = rng.sample(rest, len(parts))
            new['slots'][key] = {'k': key, 'v': '+'.join(sorted(o['v'] for o in picks)),
                                 'o': ['、'.join(o['o'][0] for o in picks)],
                                 'f': ['，'.join(o['f'][0] for o in picks)], 'e': [],
                                 'parts': sorted(o['v'] for o in picks)}
        else:
            opts = [o for o in pool if o['v'] != obj['slots'][key]['v']]
            sl = rng.choice(opts)
            sl['k'] = key
            new['slots'][key] = sl
    else:
        avoid = {key: obj['slots'][key]['v']}
        fresh = build(rng, kind, obj['owner'], force={'color': obj['color'], 'brand': obj['brand'],
                                                     'model': obj['model'], 'serial': obj['serial']}, avoid=avoid)
        new['slots'][key] = fresh['slots'][key] if key in fresh['slots'] else None
        if new['slots'][key] is None:
            return None
    return new


def namesake_owner(rng, owner):
    o2 = dict(owner)
    while True:
        o2['idno'] = id_number(rng, owner['sex'])
        if o2['idno'][:6] != owner['idno'][:6]:
            break
    return o2


def new_name(rng, sex, avoid):
    while True:
        n = person_name(rng, sex)
        if n != avoid:
            return n
