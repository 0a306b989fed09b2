"""Set 87 identifying details.  Each group: visibility to a finder ("v" seen at once,
"o" seen only if the finder opens or lights it up), and values written
"owner phrases#finder phrases#English" (finder phrases default to the owner's)."""

from set87_feats_more import G2

_G = {
    "case": ("v", {
        "clear": "套着透明手机壳|透明壳#套有透明保护壳|外套透明软壳#clear case",
        "blacksil": "黑色硅胶壳|套着黑色软壳#套有黑色硅胶保护壳#black silicone case",
        "pinkbun": "粉色小兔子卡通壳|粉色兔子手机壳#套有粉色卡通兔图案保护壳#pink bunny case",
        "leather": "棕色皮质翻盖套|翻盖皮套#套有棕色翻盖皮套#brown leather flip cover",
        "ring": "壳背面有个金属指环支架|带指环扣的壳#保护壳背面带金属指环#case with a metal ring holder",
        "nocase": "没有套壳|裸机没壳#无保护壳#no case",
        "bluecard": "蓝色手机壳后面能插卡|蓝色插卡壳#蓝色保护壳背面带卡槽#blue case with a card slot"}),
    "lock": ("o", {
        "corgi": "锁屏是我家柯基的照片|锁屏壁纸是一只柯基#亮屏显示锁屏为一只柯基犬|锁屏是一只黄白色柯基#lock screen is my corgi",
        "kid": "锁屏是我女儿的照片|锁屏是小女孩照片#锁屏图片为一名小女孩|亮屏是小女孩照片#lock screen shows my little girl",
        "sunset": "锁屏是海边日落|锁屏壁纸是海边夕阳#锁屏为海边日落风景图#lock screen is a beach sunset",
        "family": "锁屏是全家福|锁屏是一家人合照#锁屏为多人合影全家福#lock screen is a family photo",
        "cat": "锁屏是一只橘猫|锁屏是我家橘猫#锁屏图片为一只橘猫#lock screen is an orange cat",
        "snow": "锁屏是雪山照片|锁屏是雪山#锁屏为雪山风景#lock screen is snowy mountains",
        "anime": "锁屏是动漫人物|锁屏是卡通人物#锁屏为动漫人物图片#lock screen is an anime character"}),
    "crack": ("v", {
        "tl": "屏幕左上角有裂纹|左上角摔裂了#屏幕左上角有裂痕#cracked at the top left",
        "br": "屏幕右下角碎了一块|右下角碎屏#屏幕右下角碎裂#cracked bottom right corner",
        "line": "屏幕中间有一道长裂缝|屏幕有一条长裂痕#屏幕中部有一道长裂纹#a long crack across the screen",
        "intact": "屏幕没有碎|屏幕完好#屏幕完好无破损#screen not cracked"}),
    "strap": ("v", {
        "red": "挂着红色挂绳|有根红色手机挂绳#挂有红色挂绳#red lanyard",
        "pearl": "挂着珍珠手机链|带一条珍珠挂链#挂有珍珠手机链#pearl phone chain",
        "cross": "带黑色斜挎背带|有根黑色斜挎绳#连有黑色斜挎背带#black crossbody strap"}),
    "idcover": ("v", {
        "clear": "放在透明卡套里|装在透明卡套里#装于透明卡套内",
        "blue": "套着蓝色卡套|蓝色卡套#装于蓝色卡套内",
        "bear": "卡套上印着卡通熊|卡通熊卡套#卡套印有卡通熊图案",
        "none": "没有卡套|光着没套#无卡套"}),
    "ppcover": ("v", {
        "black": "黑色皮护照套|套着黑色皮套#外套黑色皮质护照套#black leather passport cover",
        "clear": "透明护照套|透明塑料套#外套透明护照套#clear plastic cover",
        "map": "护照套上印着世界地图|印地图的护照套#护照套印有世界地图图案#cover printed with a world map",
        "none": "没有护照套|光护照没套#无外套#no cover"}),
    "ppin": ("o", {
        "boarding": "里面夹着登机牌|夹着登机牌#内夹登机牌一张#a boarding pass inside",
        "dollars": "里面夹了几张美元|夹着美元#内夹美元纸币数张#some US dollars inside",
        "cards": "里面夹着名片|夹着几张名片#内夹名片数张#business cards inside"}),
    "dlclass": ("v", {
        "A2": "准驾车型A2|A2的驾照#准驾车型A2", "B2": "准驾车型B2|B2驾照#准驾车型B2",
        "C1": "准驾车型C1|C1驾照#准驾车型C1"}),
    "dlcover": ("v", {
        "black": "黑色驾驶证皮套|黑皮套#外套黑色皮套", "brown": "棕色皮套|棕色的套子#外套棕色皮套",
        "none": "没有套|没套子#无外套"}),
    "company": ("v", {
        "suchi": "速驰快递的|速驰分拣中心的#速驰快递分拣中心工作证",
        "tongheng": "通衡快运的|通衡分拨的#通衡快运分拨中心工作证",
        "coldchain": "园区冷链公司的|冷库的#澜湾冷链仓储公司工作证",
        "ground": "机场地服公司的|地服的#滨海机场地面服务公司工作证",
        "clean": "洁诚保洁公司的|保洁公司的#洁诚保洁公司工作证"}),
    "lanyard": ("v", {
        "blue": "蓝色挂绳|挂绳是蓝色的#配蓝色挂绳", "red": "红色挂绳|挂绳是红的#配红色挂绳",
        "black": "黑色挂绳|黑挂绳#配黑色挂绳"}),
    "wstyle": ("v", {
        "long": "长款的|长款钱包#长款", "short": "短款对折的|短款#短款对折",
        "tri": "三折的|三折款#三折式", "zip": "拉链款的|拉链钱包#拉链式"}),
    "photo": ("o", {
        "kid": "里面有张小孩一寸照|夹着孩子的一寸照#内有儿童一寸照片一张",
        "couple": "夹着一张情侣合照|有张我和女朋友的合照#内有男女合影照片一张",
        "elder": "夹着我爸妈的照片|有张老人照片#内有老年人照片一张"}),
    "extra": ("o", {
        "bus": "还有一张公交卡|有张公交卡#内有公交卡一张",
        "shop": "有张超市购物卡|还有购物卡#内有购物卡一张",
        "receipt": "夹着几张加油小票|有加油小票#内有加油小票数张",
        "lottery": "有几张彩票|夹着彩票#内有彩票数张"}),
    "kcount": ("v", {
        "2": "两把钥匙|2把钥匙#钥匙2把", "3": "三把钥匙|3把钥匙#钥匙3把",
        "4": "四把钥匙|4把钥匙#钥匙4把", "5": "五把钥匙|5把钥匙#钥匙5把",
        "6": "六把钥匙|6把钥匙#钥匙6把"}),
    "charm": ("v", {
        "bear": "挂着一个棕色小熊挂件|小熊挂件#挂有棕色小熊挂件#a small brown bear charm",
        "panda": "挂着熊猫挂件|熊猫玩偶挂件#挂有熊猫玩偶挂件#a panda charm",
        "fu": "挂着福字红绳|红绳福字挂件#挂有红色福字绳结#a red knot with 福",
        "pingan": "挂着玉平安扣|平安扣挂件#挂有玉质平安扣#a jade ring charm",
        "snake": "挂着小蛇玩偶挂件|小蛇挂件#挂有小蛇玩偶挂件#a little snake toy charm",
        "ball": "挂着小篮球挂件|小篮球#挂有小篮球挂件#a mini basketball charm",
        "dolphin": "挂着蓝色海豚挂件|蓝色小海豚#挂有蓝色海豚挂件#a blue dolphin charm"}),
    "fob": ("v", {
        "blue": "有个蓝色门禁扣|蓝色门禁卡扣#附蓝色门禁扣", "red": "有个红色门禁扣|红色门禁扣#附红色门禁扣",
        "black": "串着一张黑色门禁卡|黑色门禁卡#附黑色门禁卡", "none": "没有门禁卡|没门禁#无门禁扣"}),
    "kring": ("v", {
        "steel": "普通钢圈串着|用钢圈串着#用钢制钥匙圈串起", "carab": "用登山扣串着|登山扣#用登山扣串起",
        "pouch": "装在皮质钥匙包里|钥匙包里#装于皮质钥匙包内"}),
    "topbox": ("v", {
        "black": "后面有黑色后备箱|带黑色尾箱#车尾装有黑色后备箱",
        "white": "后面有白色后备箱|白色尾箱#车尾装有白色后备箱",
        "none": "没装后备箱|没有尾箱#无后备箱"}),
    "windshield": ("v", {
        "camo": "挂着迷彩挡风被|迷彩色挡风被#车头装有迷彩挡风被",
        "black": "装了黑色加厚挡风被|黑色挡风被#车头装有黑色挡风被",
        "plaid": "装了红格子挡风被|红色格子挡风被#车头装有红色格子挡风被",
        "none": "没装挡风被|没挡风被#无挡风被"}),
    "basket": ("v", {"yes": "前面有车筐|带车篮#前有车筐", "no": "前面没车筐|没有车篮#无车筐"}),
    "seatcov": ("v", {
        "cartoon": "座套是卡通图案的|卡通座套#座位套有卡通座套",
        "black": "黑色皮座套|座套黑色皮的#座位为黑色皮质座套",
        "cushion": "座位上绑了个棉垫子|绑着棉坐垫#座位绑有棉坐垫"}),
    "btype": ("v", {"mtb": "变速山地车|山地车#山地自行车", "city": "普通城市车|女式车#城市款自行车",
                     "fold": "折叠车|折叠自行车#折叠自行车"}),
    "childseat": ("v", {"yes": "后面装了儿童座椅|后座有儿童座椅#后座装有儿童座椅",
                        "no": "后面没有座椅|没装儿童座#后座无座椅"}),
    "block": ("v", {"u": "挂着U型锁|U型锁#车上挂有U型锁", "chain": "缠着链条锁|链条锁#车上缠有链条锁",
                    "none": "没上锁|没带锁#未见车锁"}),
    "size": ("v", {"20": "20寸的|20寸登机箱#20寸#20-inch", "24": "24寸的|24寸#24寸#24-inch",
                   "26": "26寸的|26寸#26寸#26-inch", "28": "28寸大箱子|28寸#28寸#28-inch"}),
    "sticker": ("v", {
        "tags": "贴满了托运条码贴|上面好多托运贴纸#箱体贴有多张托运条码贴#covered in old baggage tags",
        "cartoon": "贴着卡通贴纸|有卡通贴纸#贴有卡通贴纸#cartoon stickers",
        "fish": "侧面贴着一个小鱼贴纸|小鱼贴纸#侧面贴有小鱼贴纸#a small fish sticker",
        "none": "上面什么都没贴|没贴东西#表面无贴纸#no stickers"}),
    "lstrap": ("v", {
        "rainbow": "绑了条彩虹打包带|彩虹色打包带#捆有彩虹色打包带#a rainbow luggage strap",
        "red": "绑着红色行李带|红色打包带#捆有红色打包带#a red luggage strap",
        "none": "没有打包带|没绑带子#无打包带#no strap"}),
    "scontent": ("o", {
        "clothes": "里面都是换洗衣服|装的衣服#内为衣物#clothes",
        "gifts": "里面有给家里带的腊肠和茶叶|装着年货腊肠茶叶#内有腊肠、茶叶等年货#sausages and tea as gifts",
        "toys": "里面有给孙子买的玩具和衣服|给孙子的玩具#内有儿童玩具及衣物#toys and clothes for grandchildren",
        "laptop": "里面有笔记本电脑和文件|有电脑和合同#内有笔记本电脑及文件#a laptop and papers",
        "seafood": "装着海鲜干货|鱿鱼干虾干#内有鱿鱼干、虾干等海鲜干货#dried seafood"}),
    "bcontent": ("o", {
        "laptop": "包里有笔记本电脑和充电器|装着电脑#内有笔记本电脑及充电器#a laptop and charger",
        "docs": "包里有文件和工牌|装着文件#内有文件若干#documents",
        "clothes": "装着换洗衣服|有几件衣服#内有衣物#clothes",
        "snacks": "装着零食和保温杯|有零食水杯#内有零食、水杯#snacks and a flask",
        "camera": "包里有相机|装了个相机#内有相机一台#a camera"}),
    "hstyle": ("v", {"tote": "托特包|大托特包#托特包款", "cross": "斜挎包|小斜挎包#斜挎包款",
                     "shoulder": "单肩包|单肩的#单肩包款", "bucket": "水桶包|水桶款#水桶包款"}),
    "hcontent": ("o", {
        "makeup": "里面有口红和粉饼|化妆品#内有口红、粉饼等化妆品",
        "umbrella": "里面有把折叠伞|放着折叠伞#内有折叠伞一把",
        "medicine": "里面有降压药|放着药#内有药品",
        "tickets": "里面有电影票根|电影票#内有电影票根"}),
    "wcontent": ("o", {
        "quilt": "里面是被子和棉衣|装着被子#内为被褥、棉衣",
        "meat": "装着腊肉和香肠|腊肉香肠#内为腊肉、香肠",
        "tools": "装着干活的工具|工具#内为扳手等工具",
        "oranges": "装着两箱橙子|橙子#内为橙子两箱"}),
    "rope": ("v", {
        "red": "用红色尼龙绳捆着|红绳捆的#用红色尼龙绳捆扎",
        "tape": "用黄色胶带缠着|缠了黄胶带#用黄色胶带缠绕",
        "knot": "袋口用绳子打了结|口子用绳系着#袋口用绳子系住"}),
    "pattern": ("v", {
        "plain": "纯色的|素色#纯色", "plaid": "格子图案|格子的#格子图案",
        "floral": "碎花图案|小碎花#碎花图案", "print": "印着“澜湾农商银行”字样|印着银行的字#印有“澜湾农商银行”字样"}),
}
_G.update(G2)


def _parse():
    out = {}
    for g in sorted(_G):
        vis, vals = _G[g]
        d = {}
        for v in sorted(vals):
            parts = vals[v].split("#")
            own = parts[0].split("|")
            fnd = parts[1].split("|") if len(parts) > 1 and parts[1] else own
            en = parts[2] if len(parts) > 2 else None
            d[v] = {"own": own, "fnd": fnd, "en": en}
        out[g] = {"vis": vis, "vals": d}
    return out


FEATS = _parse()
