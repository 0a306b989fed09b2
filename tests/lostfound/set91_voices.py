"""set91 voices: who writes a registration and how it reads.

Lost side: workers (standard, story, one hurried line, Cantonese, Sichuan, Henan), line leaders,
HR, landlords, parents, teachers, stall keepers, foreign buyers in English.  Found side:
guards, cleaners, bus drivers, stall keepers, nurses, teachers, net-café staff, service desks,
workers, landlords, station and hotel staff, the desk officer's own structured entry.
"""

PLEA = ['有捡到的好心人请联系我，必有重谢！', '麻烦捡到的还给我，谢谢！', '急！！！', '谢谢警察同志帮忙。',
        '拾到者请交派出所，万分感谢。', '求求了，对我很重要。', '重酬。', '感谢感谢！', '']
PLEA_SHORT = ['急', '谢谢', '求', '3Q', '有捡到的联系我', 'xiexie', '']
CTX = {
    'factory': ['换班的时候人多挤来挤去', '上完夜班太困了', '在车间换工衣的时候', '那天刚发工资'],
    'dorm': ['搬宿舍搬东西的时候', '宿舍楼下收衣服', '室友都说没看到'],
    'village': ['刚搬到出租屋没几天', '早上出去买早餐'],
    'market': ['和老乡吃宵夜喝了点酒', '在夜市逛着买衣服', '排队买烧烤人很多'],
    'jobfair': ['去人才市场找工作', '在招工大厅填表面试'],
    'hyper': ['去万家福给孩子买开学用品', '超市排队结账人太多'],
    'hospital': ['带孩子看急诊', '去医院做入职体检', '排队挂号的时候'],
    'school': ['送孩子去报名开学', '开学报名那天人太多'],
    'bus': ['坐公交回宿舍', '下车下得太急'], 'busline': ['在车上睡着了', '车上人太挤'],
    'rail': ['赶城际车回老家', '出站的时候人多'], 'netcafe': ['在网吧通宵打游戏', '上网的时候'],
    'park': ['下班去河边打篮球', '晚上在公园散步'], 'street': ['下班路上'], 'shop': ['去拿快递的时候', '买东西的时候'],
    'hotel': ['在酒店大堂等客户'],
}
TYPOS = [('的', '滴'), ('在', '再'), ('了', 'le'), ('谢谢', '谢了'), ('联系', '连系'), ('捡到', '检到'), ('丢', '掉')]
EN_KINDS = ('smartphone', 'passport', 'laptop', 'tablet', 'earbuds', 'powerbank', 'wallet_long', 'wallet_short',
            'cardholder', 'backpack', 'shoulder', 'suitcase', 'handbag', 'ring', 'necklace', 'umbrella', 'glasses')
KID_OK = ('backpack', 'umbrella', 'thermos', 'glasses', 'basketball', 'coinpurse', 'earbuds', 'citybike', 'tote',
          'smartphone')
PARENT_CTX = ['开学前带孩子出去', '送孩子去报名开学', '带孩子去买文具', '孩子放学路上', '周末带孩子出去玩']
LINES = ['三车间A拉', 'SMT二线', '组装五拉', '针车三组', '成型二线', '包装线']


def _j(parts, sep='，'):
    return sep.join(p for p in parts if p)


def an(item):
    if item.endswith('earbuds'):
        return 'a pair of ' + item
    return ('an ' if item[:1].lower() in 'aeiou' else 'a ') + item


def typo(text, rng):
    for a, b in TYPOS:
        i = text.find(a)
        if i >= 0 and rng.random() < 0.35 and not text[i + len(a):i + len(a) + 1].isascii():
            text = text[:i] + b + text[i + len(a):]
    return text


def lost_voice(rng, kind, pkind, en_ok):
    w = {'std': 3, 'story': 2, 'short': 3, 'formal': 1.5, 'canto': 0.8, 'sichuan': 0.8, 'henan': 0.6}
    if kind in ('badge', 'doorcard') or pkind in ('factory', 'dorm'):
        w.update(leader=1.0, hr=0.8)
    if pkind == 'village':
        w['landlord'] = 2.0
    if kind in ('schoolcard', 'kidwatch', 'kidsbike'):
        w.update(parent=10, teacher=3)
    elif kind in KID_OK and pkind in ('school', 'hyper', 'hospital', 'park'):
        w.update(parent=2.5 if pkind == 'school' else 1.0, teacher=1.0 if pkind == 'school' else 0)
    if pkind == 'market':
        w['stall'] = 0.7
    if en_ok and kind in EN_KINDS:
        w['en'] = 1.5 if kind in ('passport', 'laptop', 'suitcase') or pkind == 'hotel' else 0.1
    keys = sorted(w)
    return rng.choices(keys, [w[k] for k in keys])[0]


def lost_body(v, p, rng):
    """p: item meas dets when loc locbare verb ctx who kid fac village grade plea"""
    d = p['dets']
    plea = rng.choice(PLEA)
    if v == 'en':
        tail = rng.choice(['Please contact me if found, reward offered.', 'Any help appreciated, thank you.',
                           'I fly home soon, please help.'])
        return _j([_j(['Lost', an(p['item']), p['when'], p['loc']], ' ') + '.', (d[:1].upper() + d[1:] + '.') if d else '',
                   tail], ' ')
    if v == 'short':
        body = ' '.join(x for x in [p['locbare'], p['verb'] + p['item'], d.replace('，', ' '), p['when'],
                                    rng.choice(PLEA_SHORT)] if x)
        return typo(body, rng)
    if v == 'story':
        ctx = p['ctx'] or '那天太忙了'
        return _j([ctx, f"{p['when']}{p['loc']}{p['verb']}{p['meas']}{p['item']}", d]) + '。' + plea
    if v == 'formal':
        head = f"本人于{p['when']}{p['loc']}" if p['when'] else f"本人{p['loc']}"
        return _j([f"{head}不慎遗失{p['item']}{p['meas']}", d]) + '。如有拾到者请与派出所联系，不胜感激。'
    if v == 'leader':
        return (f"我是{p['fac']}{rng.choice(LINES)}的拉长，帮我们线上员工{p['who']}登记一下："
                + _j([f"{p['when']}{p['loc']}{p['verb']}{p['meas']}{p['item']}", d]) + '。员工刚来不久，麻烦留意，谢谢。')
    if v == 'hr':
        head = f"该员工于{p['when']}{p['loc']}" if p['when'] else f"该员工{p['loc']}"
        return (f"{p['fac']}人事部代员工{p['who']}登记：{head}遗失{p['item']}{p['meas']}"
                + (f"，{d}" if d else '') + '。如有拾获请联系我司人事部。')
    if v == 'landlord':
        return (f"我是{p['village']}的房东，帮租客{p['who']}登记，租客刚进厂不太会弄。"
                + _j([f"{p['when']}{p['loc']}{p['verb']}{p['item']}", d]) + '。')
    if v == 'parent':
        ctx = rng.choice(PARENT_CTX)
        return _j([ctx, f"孩子{p['kid']}{p['when']}{p['loc']}把{p['item']}弄丢了", d]) + '。麻烦大家帮忙留意，谢谢！'
    if v == 'teacher':
        return (f"禾湾中心小学{p['grade']}班主任代学生{p['kid']}登记：" + _j([f"{p['when']}{p['loc']}丢失{p['item']}", d]) + '。')
    if v == 'canto':
        loc = ('喺' + p['locbare']) if p['locbare'] else ''
        return _j([f"{p['when']}{loc}唔见咗{p['meas']}{p['item']}", d, '边个执到唔该联系我，多谢晒！'])
    if v == 'sichuan':
        return _j([f"{p['when']}{p['loc']}把{p['item']}搞落了", d]) + '。哪个捡到了麻烦说一声嘛，谢谢了哈！'
    if v == 'henan':
        return _j([f"俺{p['when']}{p['loc']}把{p['item']}弄丢了", d, '谁捡着了给俺说一声中不中，谢谢恁了。'])
    if v == 'stall':
        return _j([f"我在夜市摆摊卖炒粉的，{p['when']}收档的时候发现{p['item']}不见了", p['loc'] and ('可能' + p['loc'] + '掉的'), d]) + '。' + plea
    return _j([f"{p['when']}{p['loc']}{p['verb']}{p['meas']}{p['item']}", d]) + '。' + plea


FOUND_BY_PLACE = {
    'factory': {'guard': 5, 'cleaner': 2, 'worker': 2, 'desk': 1}, 'dorm': {'guard': 4, 'cleaner': 3, 'worker': 2, 'desk': 1},
    'village': {'landlord': 4, 'worker': 3, 'desk': 3}, 'market': {'stall': 5, 'worker': 2, 'desk': 3},
    'jobfair': {'jobstaff': 5, 'cleaner': 2, 'desk': 3}, 'hyper': {'service': 6, 'cleaner': 2, 'desk': 2},
    'hospital': {'nurse': 5, 'cleaner': 3, 'desk': 2}, 'school': {'teacher': 6, 'guard': 2, 'desk': 2},
    'bus': {'driver': 3, 'cleaner': 2, 'desk': 3}, 'busline': {'driver': 8, 'desk': 2},
    'rail': {'rail': 6, 'cleaner': 2, 'desk': 2}, 'netcafe': {'netcafe': 7, 'desk': 3},
    'park': {'guard': 3, 'worker': 4, 'desk': 3}, 'street': {'worker': 5, 'desk': 5}, 'shop': {'worker': 4, 'desk': 4},
    'hotel': {'hotel': 6, 'desk': 2},
}


def found_voice(rng, pkind, en_ok, kind, vehicle):
    w = dict(FOUND_BY_PLACE.get(pkind, {'desk': 1}))
    if vehicle:
        w = {'patrol': 4, 'desk': 2}
        if pkind in ('hyper', 'dorm', 'village', 'factory'):
            w['shed'] = 3
        if pkind in ('factory', 'dorm', 'park', 'school'):
            w['vguard'] = 2
    elif en_ok and kind in EN_KINDS and pkind in ('hotel', 'rail', 'hyper', 'market'):
        w['en'] = 1.2
    keys = sorted(w)
    return rng.choices(keys, [w[k] for k in keys])[0]


def found_body(v, p, rng, finder):
    """p: item meas dets when where route"""
    d, when, where, item = p['dets'], p['when'], p['where'], p['item']
    if v == 'en':
        return _j([_j(['Found', an(item), 'on' if where.startswith('bus') else 'at', where, when], ' ') + '.', (d[:1].upper() + d[1:] + '.') if d else '',
                   'Handed it to the police desk.'], ' ')
    if v == 'guard':
        return (f"本人是{where}的保安{finder}，{when}巡逻时拾得{item}{p['meas']}" + (f"，{d}" if d else '')
                + '。先放在保安室，现送交派出所。')
    if v == 'patrol':
        return _j([f"巡逻民警{when}在{where}发现一辆无人认领的{item}", d, '已拖回所里暂存']) + '。'
    if v == 'shed':
        return _j([f"{where}车棚管理员：有一辆{item}在车棚停放多日没人来取", d, f"{when}报给派出所" if when else '']) + '。'
    if v == 'vguard':
        return _j([f"本人是{where}的保安{finder}，{when}发现一辆{item}停在门口好几天了", d, '怀疑是被人偷了丢在这里']) + '。'
    if v == 'cleaner':
        return _j([f"保洁员{finder}{when}在{where}打扫卫生时捡到{item}", d]) + '。'
    if v == 'driver':
        return _j([f"{p['route']}司机{finder}：{when}收车检查时在后排座位发现乘客遗落的{item}", d, '已交回总站']) + '。'
    if v == 'stall':
        return _j([f"{when}收摊的时候发现有人把{item}落在我档口了（{where}）", d, '等了好久没人回来拿']) + '。'
    if v == 'nurse':
        return _j([f"{where}护士站：{when}在候诊区椅子上发现{item}", d, '广播寻找未果']) + '。'
    if v == 'teacher':
        return _j([f"中心小学老师{finder}：开学报名期间{when}在{where}捡到{item}", d, '问了一圈没有家长认领']) + '。'
    if v == 'netcafe':
        return _j([f"{where}网管：{when}在{rng.randint(1, 80)}号机位发现客人遗留的{item}", d]) + '。'
    if v == 'service':
        return _j([f"{where}服务台登记：{when}顾客在{rng.choice(['收银台', '购物车里', '卫生间门口', '电梯口'])}拾到{item}交来", d]) + '。'
    if v == 'landlord':
        return _j([f"我是{where}的房东，{when}在楼道里捡到{item}", d, '问了几个租客都说不是他们的']) + '。'
    if v == 'rail':
        return _j([f"城际站工作人员{when}在{where}拾获{item}", d, '站内广播后无人认领']) + '。'
    if v == 'jobstaff':
        return _j([f"人力资源市场工作人员：{when}在{where}招聘区座位上拾得{item}", d]) + '。'
    if v == 'hotel':
        return _j([f"{where}前台：{when}在大堂沙发上发现客人遗留的{item}", d]) + '。'
    if v == 'worker':
        return _j([f"{when}下班路过{where}捡到{item}", d, rng.choice(['交给警察同志', '不知道是谁的，送来派出所', '希望失主早点找到'])]) + '。'
    parts = [f"群众送交：{item}{p['meas']}。", f"拾得时间：{when}；" if when else '', f"拾得地点：{where}。",
             f"特征：{d}。" if d else '', f"送交人：{finder}。" if rng.random() < 0.5 else '']
    return ''.join(parts)
