"""Set 85 kinds of object (details invented).  A slot is (type, pool[, (owner template, finder
template)]); a pool entry is one phrase both sides use, or (owner words, finder words).
Slot types: v = visible to anyone; i = inside or on the lock screen (a finder or the desk sees it
once the thing is opened or counted); s = only the owner knows it (a finder never writes it).
Upper case (V, I): the values exclude each other (one case, one lock screen, one class), so two
different values are a contradiction; lower case: one of several features a thing may have, so a
different value is merely another feature and contradicts nothing."""


def K(cat, o, f, en, colors=None, brands=None, p_brand=1.0, models=None, serials=(), named=False,
      money=None, slots=None, voice='any', places=None, measure='个'):
    return dict(cat=cat, o=o, f=f, en=en, colors=colors, brands=brands, p_brand=p_brand,
                models=models or {}, serials=list(serials), named=named, money=money,
                slots=slots or {}, voice=voice, places=places, measure=measure)


PH_CASE = ('V', ['套着透明软壳', '套着黑色硅胶壳', ('套着绣花布手机套', '外有绣花布手机套'), '带红色指环扣的壳',
                 ('手机壳上印着梯田', '手机壳印有梯田图案'), '棕色皮套翻盖的', ('蓝色熊猫图案的壳', '蓝色熊猫图案手机壳')])
PH_CRACK = ('v', ['屏幕左上角碎了', '屏幕中间一道裂纹', '后盖有道划痕', ('钢化膜碎了屏幕没坏', '钢化膜破裂'), '边框磕掉一块漆'])
PH_WALL = ('I', [('锁屏是我家娃娃穿花衣裳的照片', '锁屏为小孩穿民族服装照片'), ('锁屏是梯田风景', '锁屏为梯田风景图'),
                 ('锁屏是我家大黄狗', '锁屏为黄狗照片'), ('锁屏是我和我媳妇的合照', '锁屏为一男一女合影'),
                 ('锁屏是花水节泼水的照片', '锁屏为泼水节日照片'), ('锁屏是一朵红色马缨花', '锁屏为红色花朵图片'),
                 ('锁屏是默认的星空', '锁屏为默认星空壁纸')])
PH_IN = ('i', [('壳里夹着一张50块', '壳内夹50元纸币一张'), ('壳里夹着饭卡', '壳内夹饭卡一张'),
               ('壳里有张小的全家福', '壳内夹家庭合影小照一张'), ('壳里塞着公交卡', '壳内有公交卡一张'),
               ('壳里夹着身份证复印件', '壳内夹身份证复印件一张')])
PH_SECRET = ('s', ['密码是六个1', '密码是我生日', '微信名叫"山里的风"', '微信里有这几天卖菌子收的钱',
                   '里面有我工地的考勤照片', '手机号是移动的'])
RINGS = ('v', ['挂着一个银铃铛', '挂着红绳编的结', '挂着个小葫芦', '钥匙扣是个塑料熊猫', '挂着个开瓶器', '挂着个绣花小荷包'])
TEAMS = ['钢筋班', '混凝土班', '隧洞掘进班', '机电安装班', '后勤食堂', '测量组']
EMB = ('V', ['绣着马缨花', '绣着蝴蝶', '绣的太阳纹', '绣着两只小鸟', ('绣着"平安"两个字', '绣有"平安"字样')])
SILVER = ['liji', 'yunyin']
PHONE_MODELS = {'huawei': ['Mate 90', 'nova 17', '畅享 80', 'Pura 95'], 'apple': ['iPhone 19', 'iPhone 18 Pro', 'iPhone 17e'],
                'xiaomi': ['Redmi 19C', 'Redmi Note 18', '小米 17'], 'oppo': ['A98', 'Reno 16', 'K15'],
                'vivo': ['Y77s', 'S29', 'iQOO 19'], 'honor': ['X80', 'Play 11', 'Magic 9']}

KINDS = {
    # ---- phone ----
    'phone': K('phone', ['手机', '手机', '电话'], ['手机', '智能手机'], 'phone', ['黑', '白', '蓝', '金', '紫', '绿', '银', '粉'],
               sorted(PHONE_MODELS), models=PHONE_MODELS, serials=[('imei', 0.3, 0.35)], measure='部',
               slots={'case': PH_CASE, 'crack': PH_CRACK, 'wall': PH_WALL, 'inside': PH_IN, 'secret': PH_SECRET}),
    'oldphone': K('phone', ['老人机', '按键手机', '老年机'], ['老人机', '按键手机', '老年手机'], 'feature phone', ['黑', '红', '蓝'],
                  ['jinnuo'], 0.7, {'jinnuo': ['JN-88', 'JN-K6']}, [('imei', 0.1, 0.3)], voice='village', measure='部',
                  slots={'keys': ('v', ['按键上的字磨掉了', ('后面贴着家里的电话号码', '背面贴有手写电话号码'), '用橡皮筋绑着电池盖', '挂着一根红绳']),
                         'wall': ('I', [('屏幕上是孙子的照片', '屏幕壁纸为小孩照片'), ('屏幕是一朵花', '屏幕壁纸为花朵'), ('屏幕是默认的', '屏幕为默认界面')])}),
    # ---- id_doc ----
    'idcard': K('id_doc', ['身份证', '二代身份证', '身份证件'], ['居民身份证', '身份证', '二代身份证'], 'ID card',
                serials=[('idno', 0.6, 0.9)], named=True, voice='local', measure='张',
                slots={'sleeve': ('V', ['装在透明卡套里', '装在红色卡套里', ('没有套子，边角磨白了', '无卡套，边角磨损'),
                                        ('卡套上印着信用社的字', '卡套印有信用社字样'), '套着一个蓝色塑料壳']),
                       'home': ('V', ['者吉乡石门村', '者吉乡阿朵村', '龙潭乡大寨村', '岚城镇小河边村', '龙潭乡白岩村', '坝头乡新寨村'],
                                ('住址写的是{}', '住址为岚城县{}'))}),
    'studentcard': K('id_doc', ['学生证', '校园卡', '学生卡'], ['学生证', '校园卡', '民族中学学生卡'], 'student card',
                     ['蓝', '红', '白'], serials=[('stuno', 0.6, 0.8)], named=True, voice='student', places='school', measure='张',
                     slots={'cls': ('V', ['初一(2)班', '初二(3)班', '初三(1)班', '高一(4)班', '高二(6)班', '初二(5)班'], ('{}的', '班级{}')),
                            'lanyard': ('v', ['挂着蓝色挂绳', '挂着印校名的红挂绳', '没有挂绳', '卡套上贴了星星贴纸', '装在绿色卡套里'])}),
    'mealcard': K('id_doc', ['饭卡', '食堂饭卡', '餐卡'], ['饭卡', '食堂卡', '餐卡'], 'canteen card', ['蓝', '绿', '白'],
                  serials=[('mealno', 0.5, 0.8)], voice='student', places='school', measure='张',
                  slots={'sticker': ('v', ['背面用记号笔写了名字', '贴着小熊贴纸', '卡角打了洞穿着钥匙圈', '装在粉色卡套里', '卡面有一道划痕']),
                         'balance': ('s', ['里面还有80多块', '里面还有一百二十几块', '刚充了50块'])}),
    'sitecard': K('id_doc', ['工地门禁卡', '工牌', '出入证', '门禁卡'], ['门禁卡', '工作证', '工地出入证'], 'site badge',
                  ['白', '蓝'], serials=[('siteno', 0.7, 0.9)], named=True, voice='worker', places='site', measure='张',
                  slots={'team': ('V', TEAMS, ('是{}的', '班组：{}')),
                         'lanyard': ('v', ['挂黄色挂绳', '挂蓝色挂绳', '装在红色卡套里', '卡上照片是穿工作服的'])}),
    'bankcard': K('id_doc', ['银行卡', '卡'], ['银行卡'], 'bank card', serials=[('card', 0.9, 0.95)], measure='张',
                  slots={'bank': ('V', ['农村信用社', '邮储银行', '农业银行', '建设银行'], ('是{}的卡', '{}卡')),
                         'sig': ('v', [('背面签了名', '背面有签名'), '卡面有点弯', '装在一个小塑料袋里', '卡上贴着写密码的纸条'])}),
    'driverlic': K('id_doc', ['驾驶证', '驾照', '本本'], ['机动车驾驶证', '驾驶证'], "driver's licence",
                   serials=[('idno', 0.5, 0.8)], named=True, voice='local', measure='本',
                   slots={'cover': ('V', ['黑色皮套', '棕色皮套', '没有皮套', '透明塑料套']),
                          'class': ('V', ['准驾车型D', '准驾车型C1', '准驾车型E'], ('是{}的', '{}'))}),
    # ---- wallet ----
    'wallet': K('wallet', ['钱包', '皮夹子', '钱夹'], ['钱包', '皮夹', '钱夹'], 'wallet', ['黑', '棕', '红', '粉', '蓝'],
                ['jinhu'], 0.45, serials=[('card', 0.3, 0.5)], named=True, money=(0, 1500),
                slots={'style': ('v', ['对折短款', '长款带拉链', '有个按扣', '边上皮磨破了', '有个零钱拉链袋']),
                       'photo': ('i', ['夹着娃娃的一寸照', '有张全家福', '有张老人的照片', '夹着几张超市小票', '有张花水节门票'])}),
    'embwallet': K('wallet', ['绣花钱包', '绣花零钱包', '小花钱包'], ['绣花零钱包', '刺绣钱包', '手工绣花钱包'], 'embroidered purse',
                   ['花', '红', '黑', '蓝'], money=(20, 2000), voice='village', places='village',
                   slots={'pattern': EMB, 'closure': ('v', ['有个银扣子', ('拉链坏了用别针别着', '拉链损坏用别针固定'), '抽绳的口', '挂着个小铃铛'])}),
    'cardholder': K('wallet', ['卡包', '卡套包'], ['卡包', '多卡位卡包'], 'card holder', ['黑', '棕', '红'],
                    serials=[('card', 0.6, 0.6)], named=True,
                    slots={'cards': ('i', ['有三张银行卡', '还有医保卡', '还有驾驶证', '有几张会员卡']),
                           'look': ('v', ['皮面上压着花纹', '拉链头掉了', '有个挂绳'])}),
    # ---- keys ----
    'motokey': K('keys', ['摩托车钥匙', '摩托钥匙', '车钥匙'], ['摩托车钥匙', '钥匙串'], 'motorbike key',
                 brands=['zongjun', 'haoyue', 'jiali'], p_brand=0.8, measure='串',
                 slots={'ring': RINGS, 'count': ('V', ['就一把车钥匙', '一共两把钥匙', '一共三把钥匙', '四五把钥匙']),
                        'tag': ('v', ['钥匙柄上缠着白胶布', '钥匙柄是红色的', '带个遥控器'])}),
    'housekey': K('keys', ['钥匙', '一串钥匙', '家门钥匙'], ['钥匙', '钥匙串', '一串钥匙'], 'keys', measure='串',
                  slots={'ring': RINGS, 'count': ('V', ['五六把', '三把', '七八把一大串', '两把铜的']),
                         'tag': ('v', ['还有个蓝色门禁扣', '有个指甲刀', ('有张写着"302"的小牌', '附小牌写"302"')])}),
    'dormkey': K('keys', ['宿舍钥匙', '寝室钥匙'], ['宿舍钥匙', '钥匙'], 'dorm key', voice='student', places='school', measure='串',
                 slots={'room': ('V', ['男生3-214', '女生2-306', '男生1-105', '女生4-412', '男生2-221'], ('挂的牌子写着{}', '钥匙牌：{}')),
                        'ring': RINGS}),
}
