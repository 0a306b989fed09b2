"""set91 identifying marks ("slots").  slot -> (exclusive, {canon: (zh forms, english or None)}).

An exclusive slot holds one value per object (a phone wears one case), so two registrations
that state different values of it describe different objects.  A non-exclusive slot (charms,
damage) is only description: it never counts as a clash.
"""

SLOTS = {
    'case': (True, {
        'clear': (['带透明壳', '套着透明软壳', '手机壳是透明的'], 'in a clear case'),
        'black': (['套着黑色硅胶壳', '黑色手机壳'], 'in a black silicone case'),
        'flip': (['带翻盖皮套', '套着翻盖的皮套'], 'in a flip leather cover'),
        'bear': (['粉色草莓熊手机壳', '壳上是草莓熊'], 'in a pink bear case'),
        'ironman': (['钢铁侠图案的手机壳', '壳上印着钢铁侠'], 'in an Iron Man case'),
        'camo': (['迷彩手机壳', '套了个迷彩壳'], 'in a camouflage case'),
        'bluecase': (['蓝色手机壳', '套了个蓝色的壳'], 'in a blue case'),
        'none': (['没戴壳', '裸机没套壳'], 'no case'),
    }),
    'screen': (True, {
        'crack_tl': (['屏幕左上角碎了', '左上角有裂痕'], 'top-left corner of the screen cracked'),
        'shattered': (['屏幕碎成蜘蛛网了', '屏幕全碎了'], 'screen shattered'),
        'film': (['钢化膜裂了一道', '贴膜碎了一角'], 'screen protector cracked'),
        'intact': (['屏幕完好无损', '屏幕没有裂'], 'screen intact'),
    }),
    'wallpaper': (True, {
        'kid': (['锁屏是一个小女孩的照片', '屏保是小孩照片'], 'a little girl on the lock screen'),
        'anime': (['锁屏是海贼王路飞', '屏保是动漫人物'], 'an anime character on the lock screen'),
        'couple': (['锁屏是两个人的合照', '屏保是情侣合照'], 'a couple photo on the lock screen'),
        'scenery': (['锁屏是山水风景图', '屏保是风景照'], 'a landscape on the lock screen'),
        'dog': (['锁屏是一只柯基', '屏保是狗狗照片'], 'a corgi on the lock screen'),
        'car': (['锁屏是一辆跑车', '屏保是跑车图片'], 'a sports car on the lock screen'),
    }),
    'strap': (False, {
        'red': (['挂着一根红绳', '手机上系了根红绳'], 'a red string tied on'),
        'lanyard': (['有挂脖的手机绳', '带挂绳'], 'a neck lanyard'),
        'pig': (['挂了个小猪挂件', '挂着小猪佩奇挂件'], 'a piggy charm'),
    }),
    'ecover': (True, {
        'bear': (['套着棕色小熊硅胶套', '外面有个小熊保护套'], 'a brown bear silicone cover'),
        'clear': (['套着透明保护套', '透明壳套着'], 'a clear cover'),
        'blackc': (['黑色硅胶保护套', '套了个黑色的套'], 'a black cover'),
        'none': (['没有套', '没套保护套'], 'no cover'),
    }),
    'tcase': (True, {
        'keyboard': (['带键盘保护套', '套着键盘皮套'], 'in a keyboard case'),
        'folio': (['蓝色翻盖保护套', '套着蓝色皮套'], 'in a blue folio case'),
        'clear': (['透明保护壳', '套着透明壳'], 'in a clear shell'),
        'none': (['没有保护套', '裸机'], 'no case'),
    }),
    'wear': (True, {
        'worn': (['用了好几年很旧了', '边角都磨花了'], 'well worn'),
        'new': (['新买的', '还很新，几乎没有划痕'], 'almost new'),
    }),
    'sticker': (False, {
        'asset': (['背面贴着公司资产标签', '有固定资产编号贴纸'], 'a company asset sticker'),
        'cartoon': (['贴了好几张卡通贴纸', '贴满了贴纸'], 'covered in cartoon stickers'),
        'namelabel': (['贴着手写的名字贴', '背面贴了姓名贴'], 'a handwritten name label'),
    }),
    'wstrap': (True, {
        'black': (['黑色表带', '表带是黑色硅胶的'], 'black strap'),
        'pink': (['粉色表带', '表带粉红色'], 'pink strap'),
        'orange': (['橙色表带', '橘色表带'], 'orange strap'),
        'metal': (['金属表带', '钢带'], 'metal strap'),
    }),
    'holder': (True, {
        'clear': (['装在透明卡套里', '套着透明卡套'], 'in a clear sleeve'),
        'kuromi': (['套着库洛米卡套', '卡套是库洛米的'], 'in a Kuromi card sleeve'),
        'leather': (['放在棕色皮卡套里', '皮质卡套'], 'in a brown leather sleeve'),
        'none': (['没有卡套', '裸卡没套'], 'no sleeve'),
    }),
    'lanyard': (True, {
        'blue': (['蓝色挂绳', '挂绳是蓝色的'], 'blue lanyard'),
        'red': (['红色挂绳', '红挂绳'], 'red lanyard'),
        'green': (['绿色挂绳', '挂绳绿色'], 'green lanyard'),
        'black': (['黑色挂绳', '挂绳是黑的'], 'black lanyard'),
    }),
    'material': (True, {
        'leather': (['皮的', '皮质', 'PU皮的', '真皮'], 'leather'),
        'canvas': (['帆布的', '帆布材质'], 'canvas'),
        'nylon': (['尼龙布的', '防水尼龙面料'], 'nylon'),
    }),
    'clasp': (True, {
        'zip': (['拉链款', '一圈拉链的'], 'zip-around'),
        'snap': (['按扣的', '有个按扣'], 'snap button'),
        'open': (['没扣子，对折的', '折叠款没有扣'], 'no clasp'),
    }),
    'photo': (True, {
        'kid': (['夹着小孩的照片', '里面有张孩子照片'], 'a photo of a child inside'),
        'family': (['有一张全家福', '夹着全家福照片'], 'a family photo inside'),
        'wedding': (['有一张结婚照', '夹着结婚照'], 'a wedding photo inside'),
        'idol': (['夹着一张明星小卡', '有张偶像小卡'], 'an idol photo card inside'),
    }),
    'band': (True, {
        'rubber': (['用橡皮筋扎着', '捆了根橡皮筋'], 'held with a rubber band'),
        'clip': (['用回形针夹着', '拿夹子夹着'], 'paper-clipped'),
        'bankstrip': (['银行腰封还在', '带着银行封条'], 'still in the bank strap'),
        'folded': (['对折着没捆', '折成一叠没扎'], 'folded, not tied'),
    }),
    'denom': (True, {
        'h100': (['全是100元的', '都是一百块的'], 'all 100-yuan notes'),
        'mix': (['100和50的混着', '有一百的也有五十的'], 'mixed 100s and 50s'),
        'small': (['有不少20和10块的', '小面额比较多'], 'many small notes'),
    }),
    'writing': (True, {
        'rent': (['信封上写着"8月房租"', '上面写着房租两个字'], 'marked "August rent"'),
        'tuition': (['信封上写着"学费"', '写了学费两个字'], 'marked "tuition"'),
        'salary': (['信封上印着工资袋', '是厂里发的工资袋'], 'a factory pay envelope'),
        'wedding': (['上面写着"新婚快乐"', '写着新婚快乐'], 'marked "happy wedding"'),
    }),
    'charm': (False, {
        'ultraman': (['挂着奥特曼挂件', '有个奥特曼公仔'], 'an Ultraman charm'),
        'amulet': (['挂着红色平安符', '有个平安符'], 'a red amulet'),
        'bear': (['挂着毛绒小熊', '小熊玩偶挂件'], 'a teddy bear charm'),
        'ball': (['挂着小篮球', '篮球挂件'], 'a mini basketball'),
        'gourd': (['挂着个小葫芦', '葫芦挂件'], 'a little gourd'),
    }),
    'tool': (False, {
        'opener': (['钥匙扣是开瓶器', '带个开瓶器'], 'a bottle opener'),
        'clipper': (['挂着指甲刀', '有把指甲刀'], 'a nail clipper'),
    }),
    'remote': (True, {
        'yes': (['带遥控器', '有个防盗遥控'], 'with a remote fob'),
        'no': (['没有遥控器，就一把钥匙', '不带遥控'], 'no remote'),
    }),
    'box': (True, {
        'yes': (['带后尾箱', '后面有个尾箱'], 'with a top box'),
        'no': (['没有尾箱', '后面没装箱子'], 'no top box'),
    }),
    'basket': (True, {
        'front': (['前面有车篮', '带车筐'], 'front basket'),
        'none': (['没车篮', '前面没装篮子'], 'no basket'),
    }),
    'seat': (True, {
        'leopard': (['座垫套是豹纹的', '豹纹座套'], 'leopard seat cover'),
        'blackc': (['黑色座套', '座垫套了个黑套'], 'black seat cover'),
        'doraemon': (['哆啦A梦座套', '座套是哆啦A梦'], 'Doraemon seat cover'),
        'bare': (['座垫没套', '原装座垫没套东西'], 'bare seat'),
    }),
    'mod': (False, {
        'shade': (['装了遮阳伞', '车上装了遮雨棚'], 'sunshade fitted'),
        'quilt': (['挡风被还在上面', '装着挡风被'], 'a wind quilt on it'),
        'mirror': (['左后视镜断了', '少一个后视镜'], 'left mirror broken'),
        'runner': (['车身贴着"禾湾跑腿"贴纸', '贴了跑腿贴纸'], 'an errand-runner sticker'),
        'bell': (['车把上装了铃铛', '有个大铃铛'], 'a big bell'),
        'tape': (['车把缠着黑胶布', '把手缠了胶带'], 'tape on the handlebar'),
    }),
    'childseat': (True, {
        'yes': (['后座装了儿童座椅', '后面有个小孩座椅'], 'child seat on the back'),
        'no': (['后面没座椅', '没有后座'], 'no child seat'),
    }),
    'print': (True, {
        'plain': (['纯色没图案', '素色的'], 'plain'),
        'check': (['格子图案', '格纹的'], 'checked'),
        'camo': (['迷彩的', '迷彩图案'], 'camouflage'),
        'biglogo': (['正面印着大LOGO', '印着一个大logo'], 'big logo on the front'),
        'floral': (['碎花图案', '印着小碎花'], 'floral'),
    }),
    'hanger': (False, {
        'bear': (['拉链上挂着毛绒熊', '挂了个小熊'], 'a teddy bear hanging on the zip'),
        'amulet': (['挂着平安符', '包上挂了平安符'], 'an amulet hanging on it'),
        'keyring': (['挂了个钥匙扣', '拉链头挂着钥匙扣'], 'a keyring on the zip'),
    }),
    'damage': (False, {
        'zip': (['有个拉链坏了', '拉链拉不上'], 'a broken zip'),
        'strap': (['一根背带断了打了个结', '带子断过打了结'], 'a knotted strap'),
        'hole': (['底部磨了个洞', '底下破了个小洞'], 'a hole at the bottom'),
        'wheel': (['一个轮子坏了', '少了个轮子'], 'a broken wheel'),
    }),
    'lock': (True, {
        'tsa': (['带密码锁', '有个三位密码锁'], 'with a combination lock'),
        'none': (['没有锁', '不带锁'], 'no lock'),
    }),
    'metal': (True, {
        'gold': (['足金的', '黄金', '999足金'], 'solid gold'),
        'k18': (['18K金', 'K金的'], '18K gold'),
        'silver': (['925银', '纯银的'], 'silver'),
        'jade': (['翡翠的', '玉的'], 'jade'),
    }),
    'style': (True, {
        'twist': (['麻花链', '绞丝款'], 'rope chain'),
        'plain': (['素圈光面的', '光面没有花纹'], 'plain polished'),
        'diamond': (['镶了一颗小钻', '带碎钻'], 'set with a small diamond'),
        'bead': (['带转运珠', '串着转运珠'], 'with a lucky bead'),
        'carved': (['雕花的', '刻着花纹'], 'carved pattern'),
    }),
    'utype': (True, {
        'fold': (['三折的', '折叠伞'], 'folding'),
        'long': (['长柄的', '直柄长伞'], 'long-handled'),
    }),
    'cap': (True, {
        '500': (['500毫升的', '500ml'], '500 ml'),
        '1000': (['一升的大杯', '1000ml大容量'], '1 litre'),
    }),
    'gframe': (True, {
        'black': (['黑框', '黑色粗框'], 'thick black frame'),
        'metal': (['金属细框', '金丝边'], 'thin metal frame'),
        'half': (['半框的', '上半框'], 'half-rim'),
        'rimless': (['无框的', '无框眼镜'], 'rimless'),
    }),
    'ballsize': (True, {
        '7': (['7号球', '标准7号'], 'size 7'),
        '5': (['5号小球', '小孩用的5号'], 'size 5'),
    }),
    'helmet': (False, {
        'bunny': (['头盔上有两个兔耳朵', '带兔耳朵装饰'], 'bunny ears on top'),
        'visor': (['带透明挡风镜片', '有面罩'], 'a clear visor'),
    }),
    'hosp': (True, {
        'hewan': (['禾湾镇人民医院的片子', '是镇医院拍的'], 'from Hewan hospital'),
        'city': (['东禾市第一人民医院的片子', '市一院拍的'], 'from the city hospital'),
    }),
}

# value pairs of an exclusive slot that do not rule each other out
COMPAT = {('screen', 'film', 'intact'), ('screen', 'film', 'crack_tl'), ('screen', 'film', 'shattered'),
          ('screen', 'crack_tl', 'shattered'), ('material', 'canvas', 'nylon'), ('photo', 'kid', 'family'),
          ('band', 'bankstrip', 'rubber'), ('band', 'bankstrip', 'clip'), ('denom', 'mix', 'small'),
          ('print', 'plain', 'biglogo'), ('metal', 'gold', 'k18'), ('gframe', 'metal', 'half')}
# in a wallet these may describe different cards of one owner, so they never rule a wallet out
SOFT_IN_WALLET = {'serial:card', 'slot:bank', 'slot:badgefac'}


def slot_clash(s, a, b):
    return a != b and (s, a, b) not in COMPAT and (s, b, a) not in COMPAT


DEPTS = {'xs': ['SMT车间', '组装二课', '品质部', '仓库'], 'hd': ['成型车间', '针车组', '裁断车间', '品检部'],
         'yt': ['CNC车间', '冲压部', '包装线', '模具部']}
LIC_CLASSES = ['C1', 'C2', 'B2', 'D']
GRADES = ['一年级3班', '二年级1班', '三年级2班', '四年级5班', '五年级4班', '六年级1班']
ENGRAVES = ['LY♥ZQ', '520', '平安', '永结同心', 'W&H', '1314', '福']
