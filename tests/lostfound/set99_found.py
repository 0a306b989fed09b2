"""set99 found registrations, written by whoever picked the object up. A finder sees
only what is visible or printed: no IMEI of a locked phone, no owner's memories."""
from set99_world import PLACE, place_latlon, jitter
from set99_objects import KINDS
from set99_say import brand_word, colour_word, typo, exact_time, when_cn, id_forms, card_forms, spaced, join_name

# how visible a serial is to a finder
SERIAL_SEEN = {'imei': 0.08, 'idno': 0.85, 'card': 0.8, 'health': 0.7, 'badge': 0.85, 'cert': 0.6,
               'passport': 0.9, 'plate': 0.85, 'frame': 0.4, 'sn': 0.45, 'meal': 0.6}

FINDERS = {
    'gate': ['guard', 'guard', 'cleaner'],
    'factory': ['guard', 'cleaner', 'linelead'],
    'rnd': ['guard', 'cleaner', 'frontdesk'],
    'canteen': ['canteen', 'canteen', 'cleaner'],
    'dorm': ['dorm', 'dorm', 'cleaner'],
    'busterm': ['driver'],
    'fair': ['volunteer', 'volunteer', 'guard', 'cleaner'],
    'market': ['passer', 'stall', 'passer'],
    'street': ['passer', 'passer', 'guard'],
    'netcafe': ['netadmin'],
    'clinic': ['nurse', 'cleaner'],
    'agency': ['agencydesk', 'passer'],
    'busstation': ['station', 'station', 'cleaner'],
    'logistics': ['courier', 'guard', 'courier'],
    'far': ['passer', 'station', 'taxi'],
}

SPOTS = {
    'gate': ['岗亭旁花坛边', '闸机口地上', '门口电动车停放区', '岗亭外的长椅上'],
    'factory': ['车间更衣柜顶上', '流水线旁工具架上', '车间门口鞋柜上', '楼梯间'],
    'rnd': ['一楼大堂沙发上', '3楼会议室', '电梯口', '茶水间'],
    'canteen': ['12号餐桌上', '回收餐盘处', '打饭窗口前', '门口洗手池边', '靠窗座位下'],
    'dorm': ['一楼大厅沙发上', '楼道窗台上', '洗衣房', '宿舍楼门口'],
    'fair': ['C区展位旁', '简历投递台下', '入口安检处', '休息区座椅上', '洗手间洗手台'],
    'market': ['猪肉摊旁', '门口台阶', '水果摊前', '市场过道'],
    'street': ['路边', '公交站台座椅上', '绿化带边', '人行道上'],
    'netcafe': ['机位座椅缝里', '前台边', '包间沙发上', '厕所门口'],
    'clinic': ['候诊区椅子上', '抽血窗口', '缴费处', '门诊大厅'],
    'agency': ['门店门口凳子上', '招工广告牌下', '门店里桌子上'],
    'busstation': ['3号检票口座椅上', '候车厅座位下', '售票窗口前', '出站口栏杆边'],
    'logistics': ['分拣线旁', '装卸月台', '驿站货架边', '停车场地上'],
    'far': ['路边', '座椅上', '出租车后座', '候车区'],
}


def finder_detail(rng, sl):
    return rng.choice(sl['f']) if sl['f'] else None


def finder_serial(rng, obj):
    s = obj['serial']
    t, v = s['t'], s['v']
    if t == 'imei':
        f = spaced(rng, v)
        return '经查看卡托IMEI：' + f, f, 'full'
    if t == 'idno':
        f = id_forms(rng, v, 'finder')
        if '*' not in f:
            mask = 'full'
        elif f[4:6] == '**':
            mask = 'head4tail4'
        else:
            mask = 'head6tail4'
        return '证件号码' + f, f, mask
    if t == 'card':
        f = card_forms(rng, s.get('pre', '6217'), v, 'finder')
        return '卡号' + f if f[0].isdigit() else f, f, 'tail4'
    if t == 'health':
        return '编号' + v, v, 'full'
    if t == 'badge':
        return '工号' + v, v, 'full'
    if t == 'cert':
        return '证书编号' + v, v, 'full'
    if t == 'passport':
        return '护照号码' + v, v, 'full'
    if t == 'plate':
        f = rng.choice([v, '云岭' + v, v[0] + '-' + v[1:]])
        return '号牌' + f, f, 'full'
    if t == 'frame':
        return '车架钢印号' + v, v, 'full'
    if t == 'sn':
        return '底部标签S/N：' + v, v, 'full'
    if t == 'meal':
        return '卡面号码' + v, v, 'full'
    return None, None, None


def place_of(pid):
    return PLACE[pid]


def render_found(rng, obj, pid, found_at, must=(), serial='maybe', level=0, nodetail=()):
    """must: slot keys the finder is sure to write (a negative's telling detail);
    serial: 'maybe' | 'yes' | 'no'; nodetail: keys it must not write"""
    kind = obj['kind']
    cat = obj['alt_cat'] or obj['cat']
    _, _, nouns_f, _, _, _, _, _ = KINDS[kind]
    pk = PLACE[pid][4]
    finder = rng.choice(FINDERS[pk])
    if obj['cat'] in ('ebike', 'bicycle'):
        finder = rng.choice(['guard', 'parked', 'parked'])
    prof = rng.choice(['form', 'form', 'some', 'some', 'bare', 'hurried'] if finder not in ('guard', 'station')
                      else ['form', 'form', 'form', 'some', 'bare'])
    if level and prof in ('bare', 'hurried'):
        prof = 'some'
    said = {'color': False, 'brand': False, 'model': False, 'serial': None, 'name': False, 'slots': []}
    vis = [k for k in sorted(obj['slots']) if obj['slots'][k] and obj['slots'][k]['f'] and k not in nodetail]
    rng.shuffle(vis)
    n = {'form': 3, 'some': 2, 'bare': 1, 'hurried': 1}[prof]
    n = rng.randint(max(0, n - 1), n) + level
    chosen = [k for k in must if k in obj['slots']]
    for k in vis:
        if len(chosen) >= max(n, len(must)):
            break
        if k not in chosen:
            chosen.append(k)
    details = [finder_detail(rng, obj['slots'][k]) for k in chosen]
    said['slots'] = sorted(chosen)
    cw = None
    if obj['color'] and (rng.random() < 0.88 or level):
        cw = colour_word(rng, obj['color'])
        said['color'] = True
    bw = None
    if obj['brand'] and (rng.random() < 0.7 or 'brand' in must):
        bw = brand_word(rng, obj['brand'], rng.choice(['cn', 'cn', 'en', None]))
        said['brand'] = True
    mw = None
    if obj['model'] and (rng.random() < (0.4 if cat == 'electronics' else 0.15) or 'model' in must):
        mw = obj['model']
        said['model'] = True
    ser_b = ser_f = None
    if obj['serial'] and serial != 'no':
        p = 1.0 if serial == 'yes' else SERIAL_SEEN.get(obj['serial']['t'], 0.3)
        if rng.random() < p:
            ser_b, ser_f, mask = finder_serial(rng, obj)
            said['serial'] = mask
    name_b = None
    if obj['name'] and (rng.random() < 0.8 or 'name' in must):
        name_b = rng.choice(['姓名：%s', '上印姓名%s', '名字为%s', '写有“%s”']) % obj['name']
        said['name'] = True
    noun = rng.choice(nouns_f)
    pname = PLACE[pid][5][0]
    spot = rng.choice(SPOTS.get(pk, SPOTS['street']))
    if obj['cat'] in ('ebike', 'bicycle'):
        spot = rng.choice(['门口停放区', '路边', '车棚里', '消防通道上', '绿化带旁'])
    what = join_name(cw, bw, mw, noun)
    extra = [x for x in [ser_b, name_b] if x]
    t_off = exact_time(found_at)
    t_loose = when_cn(rng, found_at)
    who_line = {
        'guard': ('%s，保安巡逻至%s%s时发现%s一' % (t_off, pname, spot, what)),
        'cleaner': ('保洁员%s打扫%s时在%s捡到%s一' % (t_loose, pname, spot, what)),
        'linelead': ('%s%s拉长在%s发现%s一' % (t_loose, obj['company'], spot, what)),
        'frontdesk': ('前台%s在%s%s收到%s一' % (t_off, pname, spot, what)),
        'canteen': ('食堂阿姨%s收餐盘时在%s捡到的，%s一' % (t_loose, spot, what)),
        'dorm': ('宿管%s在%s%s发现%s一' % (t_loose, pname, spot, what)),
        'driver': ('班车司机%s收车时在车厢后排座位底下捡到%s一' % (t_loose, what)),
        'volunteer': ('招聘会志愿者%s在%s%s拾得%s一' % (t_off, pname, spot, what)),
        'passer': ('市民送来：%s在%s%s捡到%s一' % (t_loose, pname, spot, what)),
        'stall': ('摊主说%s有人落在%s%s的，%s一' % (t_loose, pname, spot, what)),
        'netadmin': ('网管%s在%s%s发现客人遗留%s一' % (t_off, pname, spot, what)),
        'nurse': ('%s导诊台收到病人家属交来的%s一' % (t_off, what)),
        'agencydesk': ('%s门店%s在%s捡到%s一' % (pname, t_loose, spot, what)),
        'station': ('%s，客运站工作人员在%s%s发现遗留%s一' % (t_off, pname, spot, what)),
        'courier': ('快递员%s在%s%s捡到%s一' % (t_loose, pname, spot, what)),
        'parked': ('%s%s停放%s一' % (pname, spot, what)),
        'taxi': ('出租车司机%s在%s载客后发现后座遗留%s一' % (t_loose, pname, what)),
    }[finder]
    unit = {'phone': '部', 'id_doc': '张', 'wallet': '个', 'keys': '串', 'ebike': '辆', 'bicycle': '辆', 'bag': '个',
            'cash': '笔', 'jewelry': '件', 'electronics': '个', 'other': '个'}[obj['cat']]
    if kind in ('毕业证', '体检报告', '护照'):
        unit = '本' if kind != '体检报告' else '份'
    if kind == '笔记本电脑':
        unit = '台'
    body = who_line + unit
    if details or extra:
        body += '，' + '，'.join(details + extra)
    body += '。'
    if cat == 'phone' and serial != 'yes' and rng.random() < 0.4:
        body += rng.choice(['已关机。', '有密码打不开。', '电量低，无来电。', '有未接来电，未接听。'])
    if finder == 'parked':
        body += rng.choice(['停放多日无人认领，%s由保安拖至岗亭。' % exact_time(found_at),
                            '%s物业发现长期停放，无人认领。' % exact_time(found_at)])
    if finder in ('guard', 'station', 'volunteer') and rng.random() < 0.5:
        body += rng.choice(['现交派出所登记。', '无人认领，送交阳光坐席。', '已在广播寻找失主，无人认领。'])
    if finder in ('driver', 'canteen', 'passer', 'stall', 'courier') and rng.random() < 0.4:
        body += rng.choice(['等了一会没人来找。', '不知道是谁的。', '交给你们了。'])
    if prof == 'hurried':
        body = '%s%s捡到%s，%s' % (pname, spot, what, '，'.join(details[:1] + extra[:1]))
        if rng.random() < 0.6:
            body = typo(rng, body)
    rec = {'category': cat, 'body': body[:600]}
    fp = {'form': 0.95, 'some': 0.5, 'bare': 0.05, 'hurried': 0.0}[prof]
    if cw and rng.random() < fp:
        rec['color'] = rng.choice([cw, obj['color']])
    if bw and rng.random() < fp:
        rec['brand'] = bw
    if mw and rng.random() < fp:
        rec['model'] = mw
    if ser_f and rng.random() < max(fp, 0.3):
        rec['serial'] = ser_f
    marks = details + ([name_b] if name_b else [])
    if marks and rng.random() < fp:
        rec['marks'] = '；'.join(marks)[:500]
    if rng.random() < max(fp, 0.4):
        rec['address'] = PLACE[pid][5][0] + (spot if rng.random() < 0.3 else '')
    if rng.random() < {'form': 0.8, 'some': 0.5}.get(prof, 0.2):
        rec['lat'], rec['lon'] = jitter(rng, place_latlon(pid), 150)
    rec['found_at_min'] = found_at
    for f in ('color', 'brand', 'model', 'serial', 'address'):
        if f in rec:
            rec[f] = rec[f][:60]
    meta = {'said': said, 'pid': pid, 'found_at': found_at}
    return rec, meta
