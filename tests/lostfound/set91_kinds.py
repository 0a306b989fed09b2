"""set91 kinds of object: how each is called, what it can look like, what identifies it.

spec: words that name this kind exactly; gen: words for the whole family ('钱包' covers a long
or a short wallet).  A registration using a gen word says nothing about the sub-kind.
"""

CAT_KINDS = {}
# sub-kinds a careful reader could not tell apart from the words alone share a group; None = says nothing
SUBGROUP = {'handbag': 'carry', 'shoulder': 'carry', 'tote': 'carry', 'waist': 'carry', 'roll': None}
KINDS = {}

BLACKISH = ['black', 'white', 'blue', 'green', 'purple', 'gold', 'silver', 'pink', 'grey']
BAGCOL = ['black', 'grey', 'navy', 'blue', 'red', 'pink', 'brown', 'green', 'beige', 'white']


def K(key, cat, fam, spec, gen, en, meas, colors=(), brands=(), serials=(), named=None, slots=(), dyn=(),
      amount=None, contents=(), model=False, notes=(), w=1.0, brand_p=1.0):
    KINDS[key] = dict(key=key, cat=cat, fam=fam, spec=list(spec), gen=list(gen or spec), en=en, meas=meas,
                      colors=list(colors), brands=list(brands), serials=list(serials), named=named,
                      slots=list(slots), dyn=list(dyn), amount=amount, contents=list(contents), model=model,
                      notes=list(notes), brand_p=brand_p, sub=gen is not None)
    CAT_KINDS.setdefault(cat, []).append((key, w))


PH_GEN = ['手机', '电话', 'shouji', '手鸡', '机子']
K('smartphone', 'phone', 'phone', ['智能手机', '触屏手机'], PH_GEN, ('phone', 'phone'), '一部', BLACKISH,
  ['huawei'] * 3 + ['apple'] * 3 + ['xiaomi'] * 2 + ['oppo'] * 2 + ['vivo'] * 2 + ['honor'] * 2 + ['kubistar'],
  ['imei'], slots=['case', 'screen', 'wallpaper', 'strap'], model=True, w=0.85,
  notes=['锁屏密码是孩子生日', '里面有很多孩子的照片', '微信里还有两千多块工资', '手机里存着厂里的排班表'])
K('senior', 'phone', 'phone', ['老人机', '老年机', '按键手机'], PH_GEN, ('basic phone', 'phone'), '一部',
  ['black', 'red', 'gold', 'blue'], ['jinlida', 'kubistar'], ['imei'], slots=['screen', 'strap'], model=True,
  w=0.15, notes=['是给我爸用的', '字体调得很大'])

K('earbuds', 'electronics', 'earbuds', ['蓝牙耳机', '无线耳机', '耳机', '真无线耳机'], None,
  ('wireless earbuds', 'earbuds'), '一副', ['white', 'black', 'grey', 'blue'], ['apple', 'huawei', 'xiaomi', 'soundjoy'],
  ['sn'], slots=['ecover', 'wear'], model=True, w=0.3, notes=['右耳那只音量小一点'])
K('powerbank', 'electronics', 'powerbank', ['充电宝', '移动电源', 'chongdianbao'], None, ('power bank', 'power bank'),
  '一个', ['white', 'black', 'pink', 'blue'], ['nengmao', 'xiaomi'], ['sn'], slots=['sticker', 'wear'], model=True, w=0.2)
K('band', 'electronics', 'band', ['智能手环', '运动手环', '手环'], None, ('fitness band', 'fitness band'), '一个',
  ['black', 'silver', 'gold'], ['huawei', 'xiaomi'], slots=['wstrap', 'wear'], model=True, w=0.15)
K('kidwatch', 'electronics', 'kidwatch', ['儿童电话手表', '电话手表', '小孩手表'], None, ("kid's phone watch", 'watch'),
  '一块', ['blue', 'pink', 'black', 'purple'], ['xtx'], slots=['wstrap', 'wear'], model=True, w=0.15,
  named=(['手表里设的名字是{n}', '表里存的名字叫{n}'], ['name set on the watch: {n}']))
K('tablet', 'electronics', 'tablet', ['平板电脑', '平板'], None, ('tablet', 'tablet'), '一台', ['grey', 'silver', 'blue', 'gold'],
  ['apple', 'huawei', 'lenovo'], ['sn'], slots=['tcase', 'sticker', 'wear'], model=True, w=0.1)
K('laptop', 'electronics', 'laptop', ['笔记本电脑', '手提电脑', '笔记本'], None, ('laptop', 'laptop'), '一台',
  ['grey', 'silver', 'black'], ['lenovo', 'huawei', 'apple'], ['sn'], slots=['sticker', 'wear'], model=True, w=0.15,
  notes=['电脑里有客户的报价单', '开机密码我记得'])

ID_HOLD = ['holder']
K('idcard', 'id_doc', 'idcard', ['身份证', '二代身份证', '居民身份证', 'shenfenzheng', '身分证'], None, ('ID card', 'ID card'),
  '一张', serials=['idno'], named=(['姓名{n}', '名字是{n}', '上面名字叫{n}', '持证人{n}'], ['name {n}']),
  slots=ID_HOLD, dyn=['origin'], w=0.3)
K('badge', 'id_doc', 'badge', ['工牌', '厂牌', '工作证', '员工卡', '工卡'], None, ('staff badge', 'badge'), '一张',
  brands=['xs', 'hd', 'yt'], serials=['badge'], named=(['名字{n}', '姓名：{n}', '上面写着{n}'], ['name {n}']),
  slots=['lanyard'], dyn=['dept'], w=0.22)
K('license', 'id_doc', 'license', ['驾驶证', '驾照', '机动车驾驶证'], None, ('driving licence', 'licence'), '一本',
  serials=['idno'], named=(['姓名{n}', '驾驶人{n}'], ['name {n}']), slots=ID_HOLD, dyn=['lic'], w=0.08)
K('social', 'id_doc', 'social', ['社保卡', '社会保障卡', '医保卡'], None, ('social security card', 'card'), '一张',
  brands=['icbc', 'abc', 'hwrcb', 'psbc'], serials=['idno'], named=(['姓名{n}', '卡上名字{n}'], ['name {n}']),
  slots=ID_HOLD, w=0.1)
K('bankcard', 'id_doc', 'bankcard', ['银行卡', '储蓄卡', '借记卡'], None, ('bank card', 'bank card'), '一张',
  brands=['icbc', 'abc', 'ccb', 'psbc', 'hwrcb'], serials=['card'], slots=ID_HOLD, w=0.1)
K('residence', 'id_doc', 'residence', ['居住证', '广东省居住证', '暂住证'], None, ('residence permit', 'permit'), '一张',
  serials=['idno'], named=(['姓名{n}', '持证人{n}'], ['name {n}']), slots=ID_HOLD, dyn=['origin'], w=0.08)
K('schoolcard', 'id_doc', 'schoolcard', ['学生卡', '校卡', '学生证'], None, ('school card', 'card'), '一张',
  serials=['student'], named=(['学生{n}', '名字是{n}', '上面写着{n}'], ['name {n}']), slots=['lanyard'],
  dyn=['grade'], w=0.1)
K('passport', 'id_doc', 'passport', ['护照', '外国护照'], None, ('passport', 'passport'), '一本',
  ['navy', 'red', 'green', 'black'], serials=['passport'], named=(['姓名{n}', '持照人{n}'], ['holder {n}']),
  dyn=['nation'], w=0.08)

WAL_GEN = ['钱包', '皮夹', '银包', '钱夹', 'qianbao', '前包']
WAL_NAMED = (['里面有{n}的身份证', '内有身份证一张，姓名{n}', '身份证是{n}的'], ['ID card of {n} inside'])
WAL_CONT = ['几张会员卡', '一些发票', '一张公交卡', '两把小钥匙', '超市小票', '饭卡', '几个硬币', '一张名片']
WAL_BRANDS = ['goldroo', 'wolfking', 'qipilang', 'nike', 'adidas']
WAL_COL = ['black', 'brown', 'red', 'pink', 'navy', 'grey', 'white', 'purple']
for _k, _spec, _en, _w, _amt in (('wallet_long', ['长款钱包', '长钱包', '长皮夹'], 'long wallet', 0.35, (0, 3000)),
                                 ('wallet_short', ['短款钱包', '折叠钱包', '短钱包'], 'bifold wallet', 0.35, (0, 2000)),
                                 ('cardholder', ['卡包', '卡套', '卡夹'], 'card holder', 0.15, (0, 400)),
                                 ('coinpurse', ['零钱包', '硬币包', '零钱袋'], 'coin purse', 0.15, (20, 300))):
    K(_k, 'wallet', 'wallet', _spec, WAL_GEN, (_en, 'wallet'), '一个', WAL_COL, WAL_BRANDS, ['idno', 'card'],
      WAL_NAMED, ['material', 'clasp', 'wear', 'photo'], ['bank', 'badgefac'], _amt, WAL_CONT, w=_w, brand_p=0.45,
      notes=['钱包是老婆送的', '里面还有孩子出生证明的复印件'])

CASH_GEN = ['现金', '钱', '人民币', 'xianjin']
K('envelope', 'cash', 'cash', ['一个信封装的现金', '信封装着的钱', '信封里的现金'], CASH_GEN, ('cash in an envelope', 'cash'),
  '', ['brown', 'white'], slots=['band', 'denom', 'writing'], amount=(800, 6000))
K('redpacket', 'cash', 'cash', ['红包', '利是', '利是封'], CASH_GEN, ('red packet of cash', 'cash'), '', ['red'],
  slots=['denom', 'writing'], amount=(200, 2000))
K('roll', 'cash', 'cash', ['一沓现金', '一卷钱', '一叠钞票'], CASH_GEN, ('a roll of cash', 'cash'), '',
  slots=['band', 'denom'], amount=(300, 5000))
K('bankbag', 'cash', 'cash', ['银行纸袋装的现金', '一个纸袋装的现金'], CASH_GEN, ('cash in a bank bag', 'cash'), '', ['white'],
  slots=['band', 'denom'], amount=(2000, 10000))

K('keyring', 'keys', 'keys', ['钥匙串', '一串钥匙', '钥匙', '锁匙', '要是', 'yaoshi'], None, ('bunch of keys', 'keys'), '一串',
  slots=['charm', 'tool'], dyn=['count', 'tag'], w=0.6)
K('doorcard', 'keys', 'doorcard', ['门禁卡', '门卡', '宿舍门禁卡', 'IC卡'], None, ('door card', 'door card'), '一张',
  ['blue', 'white', 'yellow', 'red'], ['xs', 'hd', 'yt'], ['doorcard'], slots=['charm'], dyn=['room'], w=0.25)
K('ebikekey', 'keys', 'ebikekey', ['电动车钥匙', '电瓶车钥匙', '电单车锁匙'], None, ('e-bike key', 'key'), '一把',
  brands=['yadea', 'aima', 'tailg', 'sunra', 'luyuan'], slots=['remote', 'charm'], w=0.15)

K('ebike', 'ebike', 'ebike', ['电动车', '电瓶车', '电单车', '小电驴', '电驴', 'diandongche'], None, ('e-bike', 'e-bike'),
  '一辆', ['white', 'black', 'blue', 'red', 'pink', 'grey', 'green', 'yellow'],
  ['yadea', 'aima', 'tailg', 'sunra', 'luyuan', 'xfx'], ['plate', 'frame'], slots=['box', 'basket', 'seat', 'mod'])

BIKE_GEN = ['自行车', '单车', '脚踏车', '单车']
K('mtb', 'bicycle', 'bicycle', ['山地车', '山地自行车', '变速山地车'], BIKE_GEN, ('mountain bike', 'bike'), '一辆',
  ['black', 'white', 'blue', 'red', 'green'], ['giant', 'xds', 'forever', 'phoenix'], ['bframe'], slots=['mod'], w=0.35)
K('citybike', 'bicycle', 'bicycle', ['女式自行车', '普通单车', '买菜车'], BIKE_GEN, ('city bike', 'bike'), '一辆',
  ['black', 'white', 'pink', 'blue', 'green'], ['forever', 'phoenix', 'giant'], ['bframe'],
  slots=['basket', 'childseat', 'mod'], w=0.35)
K('kidsbike', 'bicycle', 'bicycle', ['儿童自行车', '小孩单车', '儿童单车'], BIKE_GEN, ("child's bike", 'bike'), '一辆',
  ['pink', 'blue', 'red', 'yellow'], ['phoenix', 'forever'], slots=['basket', 'mod'], w=0.2, brand_p=0.6)
K('folding', 'bicycle', 'bicycle', ['折叠自行车', '折叠车'], BIKE_GEN, ('folding bike', 'bike'), '一辆',
  ['white', 'black', 'orange'], ['giant', 'xds'], ['bframe'], slots=['basket', 'mod'], w=0.1)

BAG_GEN = ['包', '袋子', '包包', 'bao']
BAG_NAMED = (['包里有几份{n}的简历', '里面证件是{n}的', '课本上写着名字{n}'], ['documents inside in the name of {n}'])
BAG_CONT = ['两件工衣', '一个饭盒', '一个保温杯', '手机充电器', '一把折叠伞', '换洗衣服', '一条毛巾', '一包纸巾', '几个口罩']
K('backpack', 'bag', 'bag', ['双肩包', '背包', '双肩背包', '书包'], BAG_GEN, ('backpack', 'bag'), '一个', BAGCOL,
  ['nike', 'adidas', 'lining', 'camelpk'], named=BAG_NAMED, slots=['print', 'hanger', 'damage'],
  contents=BAG_CONT + ['课本和作业本', '文具盒'], w=0.3, brand_p=0.6)
K('shoulder', 'bag', 'bag', ['斜挎包', '单肩包', '挎包'], BAG_GEN, ('shoulder bag', 'bag'), '一个', BAGCOL,
  ['nike', 'adidas', 'lining', 'camelpk'], named=BAG_NAMED, slots=['print', 'hanger', 'damage'], contents=BAG_CONT,
  w=0.15, brand_p=0.5)
K('handbag', 'bag', 'bag', ['女士手提包', '手提包', '手袋'], BAG_GEN, ('handbag', 'bag'), '一个', BAGCOL,
  ['goldroo', 'camelpk'], named=BAG_NAMED, slots=['print', 'hanger', 'damage'],
  contents=['化妆包', '口红', '纸巾', '一把雨伞', '钥匙'], w=0.15, brand_p=0.5)
K('woven', 'bag', 'bag', ['编织袋', '蛇皮袋', '大编织袋'], BAG_GEN, ('woven sack', 'sack'), '一个', ['white', 'blue', 'red'],
  slots=['damage'], contents=['一床被子', '几件衣服', '凉席', '脸盆', '拖鞋', '蚊帐'], w=0.1)
K('suitcase', 'bag', 'bag', ['行李箱', '拉杆箱', '旅行箱'], BAG_GEN, ('suitcase', 'suitcase'), '一个',
  ['black', 'silver', 'pink', 'blue', 'grey'], ['camelpk'], named=(['行李牌上写着{n}', '箱子上贴着名字{n}'],
  ['luggage tag: {n}']), slots=['lock', 'damage', 'hanger'], contents=['衣服', '鞋子', '洗漱包', '几双样品鞋'],
  w=0.1, brand_p=0.4)
K('tote', 'bag', 'bag', ['帆布袋', '帆布包', '环保袋'], BAG_GEN, ('canvas tote', 'bag'), '一个', ['beige', 'white', 'black'],
  ['wjf'], slots=['print', 'damage'], contents=['青菜和肉', '几本书', '一盒鸡蛋', '给孩子买的文具'], w=0.1, brand_p=0.3)
K('waist', 'bag', 'bag', ['腰包', '胸包', '腰挎包'], BAG_GEN, ('waist bag', 'bag'), '一个', ['black', 'grey', 'navy'],
  ['nike', 'lining'], slots=['print', 'damage'], amount=(100, 1500), contents=['零钱', '收款码牌子'], w=0.1,
  brand_p=0.5)

JEW_GEN = ['首饰', '饰品']
K('necklace', 'jewelry', 'jewelry', ['项链', '链子', '颈链'], JEW_GEN, ('necklace', 'necklace'), '一条',
  brands=['jinxi', 'fmt'], slots=['metal', 'style'], w=0.3, brand_p=0.4, notes=['大概十几克', '是结婚时买的'])
K('bangle', 'jewelry', 'jewelry', ['手镯', '镯子'], JEW_GEN, ('bangle', 'bangle'), '一只',
  brands=['jinxi', 'fmt'], slots=['metal', 'style'], dyn=['engrave'], w=0.2, brand_p=0.4, notes=['我妈给的'])
K('ring', 'jewelry', 'jewelry', ['戒指', '婚戒', '指环'], JEW_GEN, ('ring', 'ring'), '一枚',
  brands=['jinxi', 'fmt'], slots=['metal', 'style'], dyn=['engrave'], w=0.25, brand_p=0.4, notes=['洗手时摘下来的'])
K('earring', 'jewelry', 'jewelry', ['耳环', '耳饰'], JEW_GEN, ('earring', 'earring'), '一只',
  brands=['jinxi', 'fmt'], slots=['metal', 'style'], w=0.1, brand_p=0.3)
K('pendant', 'jewelry', 'jewelry', ['吊坠', '挂坠', '坠子'], JEW_GEN, ('pendant', 'pendant'), '一个',
  brands=['jinxi', 'fmt'], slots=['metal', 'style'], w=0.15, brand_p=0.3, notes=['开过光的'])

K('umbrella', 'other', 'umbrella', ['雨伞', '伞', '遮阳伞'], None, ('umbrella', 'umbrella'), '一把',
  ['black', 'navy', 'pink', 'blue', 'green', 'purple'], ['wjf'], slots=['utype', 'print'], brand_p=0.4)
K('thermos', 'other', 'thermos', ['保温杯', '水杯', '保温水杯'], None, ('thermos flask', 'flask'), '一个',
  ['black', 'white', 'pink', 'silver', 'blue'], ['thermos', 'fuguang'], slots=['cap', 'sticker'], brand_p=0.6,
  named=(['杯底贴着名字{n}', '杯子上刻着{n}'], ['name {n} on the bottom']))
K('glasses', 'other', 'glasses', ['眼镜', '近视眼镜'], None, ('glasses', 'glasses'), '一副', slots=['gframe'],
  contents=['装在眼镜盒里', '有块擦镜布'])
K('basketball', 'other', 'basketball', ['篮球'], None, ('basketball', 'basketball'), '一个', ['orange', 'black', 'blue'],
  ['spalding', 'molten', 'lining'], slots=['ballsize', 'wear'],
  named=(['球上用记号笔写着"{n}"', '球上写了名字{n}'], ['"{n}" written on it']))
K('helmet', 'other', 'helmet', ['头盔', '电动车头盔', '安全头盔'], None, ('helmet', 'helmet'), '一个',
  ['white', 'pink', 'black', 'yellow', 'blue'], ['yadea', 'aima'], slots=['helmet'], brand_p=0.5)
K('medfolder', 'other', 'medfolder', ['病历袋', '片子袋', '装片子的袋子'], None, ('medical folder', 'folder'), '一个',
  ['white', 'blue'], named=(['病历上名字是{n}', '患者姓名{n}', '片子上写着{n}'], ['patient {n}']), slots=['hosp'],
  contents=['CT片子', '化验单', '门诊病历本', '缴费单'])
