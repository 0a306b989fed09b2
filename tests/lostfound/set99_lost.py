"""set99 lost reports, written in the owner's voice from the hidden truth record.

Each report returns the record (without key) and a `said` note of what the owner
actually wrote, so the labels can be checked against what is on paper."""
from set99_world import PLACE, place_latlon, jitter, BUS_LINES, AGENCIES, COURIERS
from set99_objects import KINDS
from set99_say import (brand_word, colour_word, typo, DIALECTS, when_cn, day_cn, imei_forms, id_forms,
                       card_forms, spaced, approx_amount, join_name)

SERIAL_KNOWN = {'imei': 0.3, 'idno': 0.8, 'card': 0.9, 'health': 0.4, 'badge': 0.7, 'cert': 0.3,
                'passport': 0.9, 'plate': 0.8, 'frame': 0.35, 'sn': 0.35, 'meal': 0.3}


# plausible clock hours for the end of a loss window (most losses are noticed by day or evening)
END_HOURS = [(7, 2), (8, 3), (9, 3), (10, 3), (11, 3), (12, 4), (13, 3), (14, 3), (15, 3), (16, 3), (17, 4),
             (18, 4), (19, 4), (20, 4), (21, 3), (22, 3), (23, 2), (0, 1), (1, 1), (2, 1), (5, 1), (6, 1)]


def make_window(rng):
    total = sum(w for _, w in END_HOURS)
    r = rng.uniform(0, total)
    hour = END_HOURS[-1][0]
    for h, w in END_HOURS:
        r -= w
        if r <= 0:
            hour = h
            break
    clock = hour * 60 + rng.randint(0, 59)
    back = rng.randint(0, 26)
    to = back * 1440 + (18 * 60 - clock)
    if to < 360:
        to += 1440
    r = rng.random()
    if r < 0.45:
        length = rng.randint(15, 120)
    elif r < 0.8:
        length = rng.randint(121, 720)
    else:
        length = rng.randint(721, 4320)
    return to + length, to


def third(text, voice):
    if voice == 'dictated':
        return text.replace('我的', '其').replace('我家', '其家').replace('我', '其')
    if voice == 'agency':
        return text.replace('我的', '他的').replace('我', '他')
    return text


def owner_detail(rng, obj, sl, voice):
    if voice == 'foreign':
        return rng.choice(sl['e']) if sl['e'] else None
    ph = rng.choice(sl['o'])
    if sl['k'] == 'content':
        ph = rng.choice(['里面有', '里面装着', '包里有', '装的']) + ph
    if ph == '{approx}':
        amt = int(sl['v'])
        ph = ('里面有现金' if obj['kind'] == '钱包' else '一共') + approx_amount(rng, amt)
    return third(ph, voice)


def serial_text(rng, obj, voice):
    """(body phrase, field value, mask) for the owner's serial"""
    s = obj['serial']
    t, v = s['t'], s['v']
    if t == 'imei':
        f = imei_forms(rng, v, 'owner')
        mask = 'tail6' if ('后六位' in f or '末尾' in f) else 'full'
        return ('IMEI ' + f if mask == 'full' else f), f, mask
    if t == 'idno':
        f = id_forms(rng, v, 'owner')
        mask = 'tail4' if ('后四位' in f or '尾号' in f) else 'full'
        return ('身份证号' + f if mask == 'full' else f), f, mask
    if t == 'card':
        f = card_forms(rng, s.get('pre', '6217'), v, 'owner')
        return ('卡号后四位' + f[-4:] if f[0] in '0123456789*' else f), f, 'tail4'
    if t == 'health':
        return '健康证编号' + v, v, 'full'
    if t == 'badge':
        if rng.random() < 0.3:
            return '工号后四位' + v[-4:], v[-4:], 'tail4'
        return '工号' + v, v, 'full'
    if t == 'cert':
        return '证书编号' + v, v, 'full'
    if t == 'passport':
        return ('passport no. ' if voice == 'foreign' else '护照号') + v, v, 'full'
    if t == 'plate':
        f = rng.choice([v, v[0] + ' ' + v[1:], '云岭' + v])
        return rng.choice(['车牌', '牌照', '车牌号']) + f, f, 'full'
    if t == 'frame':
        if rng.random() < 0.4:
            return '车架号后六位' + v[-6:], v[-6:], 'tail6'
        return '车架号' + v, v, 'full'
    if t == 'sn':
        f = spaced(rng, v)
        return ('S/N: ' if voice in ('engineer', 'foreign') else '序列号') + f, f, 'full'
    if t == 'meal':
        return '卡号' + v, v, 'full'
    return None, None, None


OPENERS = {
    'worker': ['', '', '我是%s新进的普工，', '刚进厂一个礼拜，', '新员工，', '我在%s上夜班，', '老乡帮我打的字，'],
    'jobseeker': ['', '来找工作的，', '来参加招聘会的，', '刚到这边找厂，', '在%s面试完，'],
    'engineer': ['', '', '%s工程师，'],
    'courier': ['', '快递员，', '跑件的，%s', '%s快递员，'],
    'plain': ['', ''],
}


def where_text(rng, loss):
    if loss.get('bus'):
        line, route = loss['bus']
        return rng.choice(['在%s班车上' % line, '坐%s厂车（%s）的时候' % (line, route), '%s班车上' % line])
    names = PLACE[loss['pid']][5]
    w = '在' + rng.choice(names[1:])
    if loss.get('pid2'):
        w += '或者' + rng.choice(PLACE[loss['pid2']][5][1:])
    return w


def when_text(rng, frm, to, voice):
    length = frm - to
    if voice == 'engineer':
        return '%s–%s' % (when_cn(rng, frm, 'terse'), when_cn(rng, to, 'terse').split(' ')[1] if length < 1440
                          else when_cn(rng, to, 'terse'))
    if voice == 'dictated':
        a, b = when_cn(rng, frm, 'official'), when_cn(rng, to, 'official')
        if a == b:
            return a
        if a.split('日')[0] == b.split('日')[0]:
            return a + '至' + b.split('日')[1]
        return a + '至' + b
    if voice == 'foreign':
        return 'between %s and %s' % (when_cn(rng, frm, 'en'), when_cn(rng, to, 'en'))
    if length <= 120:
        return when_cn(rng, frm) + rng.choice(['', '的时候', '那会儿'])
    if length <= 720:
        return when_cn(rng, frm) + '到' + when_cn(rng, to) + '之间'
    return day_cn(frm) + '到' + day_cn(to) + rng.choice(['之间，具体啥时候不记得了', '这两天', '之间'])


def render_lost(rng, obj, loss, voice, level=0):
    """loss: {'pid', 'pid2'?, 'bus'?, 'from', 'to'}; level>0 makes the owner say more"""
    kind = obj['kind']
    cat, nouns_o, _, noun_en, _, _, _, _ = KINDS[kind]
    profiles = {'worker': [('bare', 3), ('hurried', 2), ('some', 3), ('odd', 1), ('rich', 1)],
                'jobseeker': [('bare', 2), ('hurried', 1), ('some', 3), ('odd', 1), ('rich', 2)],
                'engineer': [('rich', 5), ('some', 3), ('bare', 1)],
                'agency': [('rich', 3), ('some', 3)],
                'courier': [('hurried', 3), ('some', 3), ('bare', 2), ('odd', 1)],
                'foreign': [('rich', 3), ('some', 3)],
                'dictated': [('bare', 3), ('some', 2)],
                'plain': [('some', 3), ('rich', 2), ('bare', 2), ('odd', 1)]}[voice]
    total = sum(w for _, w in profiles)
    r = rng.uniform(0, total)
    prof = profiles[-1][0]
    for p, w in profiles:
        r -= w
        if r <= 0:
            prof = p
            break
    if level >= 1 and prof in ('bare', 'hurried'):
        prof = 'some'
    if level >= 2:
        prof = 'rich'
    said = {'color': False, 'brand': False, 'model': False, 'serial': None, 'name': False, 'slots': []}
    dia = rng.choice(sorted(DIALECTS)) if voice in ('worker', 'courier') else 'plain'
    lostw, worry, fill = DIALECTS[dia]
    # what the owner mentions
    keys = sorted(obj['slots'])
    rng.shuffle(keys)
    nmax = {'rich': 4, 'some': 2, 'bare': 1, 'hurried': 1, 'odd': 2}[prof] + level
    nmin = {'rich': 2, 'some': 1, 'bare': 0, 'hurried': 0, 'odd': 1}[prof] + level
    n = min(len(keys), rng.randint(nmin, max(nmin, nmax)))
    details = []
    for k in keys:
        if len(said['slots']) >= n:
            break
        ph = owner_detail(rng, obj, obj['slots'][k], voice)
        if ph:
            details.append(ph)
            said['slots'].append(k)
    said['slots'].sort()
    hidden = [third(h, voice) for h in obj['hidden']] if voice != 'foreign' and prof in ('rich', 'some', 'odd') else []
    colour = obj['color']
    eng = voice == 'foreign'
    cw = None
    if colour and rng.random() < (0.92 if prof != 'hurried' else 0.6):
        cw = colour_word(rng, colour, eng)
        said['color'] = True
    bw = None
    if obj['brand'] and rng.random() < 0.8:
        style = None
        if eng or voice == 'engineer':
            style = 'en'
        elif voice == 'worker' and rng.random() < 0.25:
            style = rng.choice(['typo', 'py'])
        bw = brand_word(rng, obj['brand'], style)
        said['brand'] = True
    mw = None
    if obj['model'] and (voice in ('engineer', 'foreign') or rng.random() < 0.35):
        mw = obj['model']
        said['model'] = True
    ser_b = ser_f = None
    if obj['serial']:
        p = SERIAL_KNOWN.get(obj['serial']['t'], 0.3)
        if voice in ('engineer', 'foreign'):
            p = min(0.9, p + 0.4)
        if level >= 2:
            p = 1.0
        if rng.random() < p:
            ser_b, ser_f, mask = serial_text(rng, obj, voice)
            if ser_b:
                said['serial'] = mask
    name_b = None
    if obj['name'] and rng.random() < (0.6 + 0.2 * level):
        said['name'] = True
        if eng:
            name_b = 'name in it: %s' % obj['name']
        else:
            name_b = third(rng.choice(['名字是%s', '上面名字%s', '姓名%s', '本人%s']) % obj['name'], voice)
    frame_b = None
    if obj['serial'] and obj['serial']['t'] == 'plate' and rng.random() < 0.3:
        fr = obj['serial']['frame']
        frame_b = '车架号' + (fr if rng.random() < 0.6 else '后六位' + fr[-6:])
        said['frame'] = 'full' if '后六位' not in frame_b else 'tail6'
    noun = rng.choice(nouns_o)
    whr = where_text(rng, loss)
    wht = when_text(rng, loss['from'], loss['to'], voice)
    # ---------------- body
    what_cn = join_name(cw, bw, mw, '的' if (cw or bw) and rng.random() < 0.5 else '', noun)
    extra = [x for x in [ser_b, frame_b, name_b] if x]
    if eng:
        what = ' '.join(x for x in ['my', cw, bw, mw, noun_en] if x)
        parts = ['Lost %s %s, %s.' % (what, wht, whr.replace('在', 'at ').replace('或者', ' or '))]
        if details:
            parts.append('It has ' + ', '.join(details) + '.')
        if extra:
            parts.append(' '.join(extra) + '.')
        parts.append(rng.choice(['Please contact me if found.', 'Reward offered.', 'I need it for work, thanks.']))
        body = ' '.join(parts)
    elif voice == 'dictated':
        unit = {'phone': '部', 'id_doc': '张', 'keys': '串', 'ebike': '辆', 'bicycle': '辆', 'cash': '笔',
                'jewelry': '件'}.get(cat, '个')
        body = '事主%s称，其于%s%s遗失%s一%s' % (rng.choice(['', '（本人口述，民警代录）']), wht, whr, what_cn, unit)
        if details or extra:
            body += '，' + '，'.join(details + extra)
        body += '。' + ''.join(third(h, voice) + '。' for h in hidden[:1])
    elif prof == 'hurried':
        body = '%s%s%s %s' % (whr, lostw[0], what_cn, '，'.join(details + extra[:1]))
        body += rng.choice([' 急', '！！', ' 有捡到的请联系', '', ' 谢谢'])
        body = typo(rng, body, 1) if rng.random() < 0.8 else body
    else:
        op = rng.choice(OPENERS.get(voice, OPENERS['plain']))
        if '%s' in op:
            op = op % (rng.choice(COURIERS) if voice == 'courier' else obj['company'])
        if voice == 'agency':
            op = rng.choice(['我是%s的驻厂专员，帮我们招的新员工登记：' % rng.choice(AGENCIES),
                             '%s招聘专员代登记，' % rng.choice(AGENCIES)])
        verb = rng.choice(lostw)
        if voice == 'engineer':
            body = '%s遗失：%s。时间：%s。地点：%s。' % (op, what_cn, wht, whr.lstrip('在'))
            if details or extra:
                body += '特征：' + '；'.join(details + extra) + '。'
        else:
            order = rng.random()
            if order < 0.5:
                body = '%s%s%s%s%s%s' % (op, wht, whr, verb, rng.choice(['一个', '', '']), what_cn)
            else:
                body = '%s%s%s%s，%s' % (op, what_cn, verb, fill[0] if fill[0] else '', wht + whr + rng.choice(['丢的', '掉的', '不见的']))
            if details or extra:
                body += '，' + '，'.join(details + extra)
            body += '。'
        for h in hidden:
            body += h + '。'
        if voice != 'engineer':
            body += rng.choice(worry + ['有捡到的麻烦联系我', '谢谢好心人', '', '请帮忙留意'])
        if voice in ('worker', 'courier') and rng.random() < 0.35:
            body = typo(rng, body, rng.choice([1, 2]))
    rec = {'category': cat, 'body': body[:600]}
    # ---------------- fields
    fill_p = {'rich': 0.9, 'some': 0.5, 'bare': 0.0, 'hurried': 0.0, 'odd': 0.5}[prof]
    if voice == 'dictated':
        fill_p = 0.7
    if cw and rng.random() < fill_p:
        rec['color'] = cw
    if bw and rng.random() < fill_p:
        rec['brand'] = bw
    if mw and rng.random() < fill_p:
        rec['model'] = mw
    if ser_f and rng.random() < max(fill_p, 0.5 if prof != 'hurried' else 0):
        rec['serial'] = ser_f
    marks = details + [h for h in hidden]
    if marks and rng.random() < fill_p:
        rec['marks'] = '；'.join(marks)[:500]
    if rng.random() < max(fill_p, 0.25):
        if loss.get('bus'):
            rec['address'] = '%s班车（%s）' % loss['bus']
        else:
            rec['address'] = rng.choice(PLACE[loss['pid']][5])
    if prof == 'odd':
        if not cw and rng.random() < 0.7:
            rec['color'] = rng.choice(['不记得', '不清楚', '忘了'])
        elif cw and rng.random() < 0.4:
            rec['color'] = rng.choice(['深色的', '黑白', '偏%s' % cw[0]]) if cw[0] != '偏' else cw
            if rec['color'] == '黑白':
                rec['color'] = '不记得'
        if obj['brand'] and rng.random() < 0.8:
            rec['brand'] = brand_word(rng, obj['brand'], 'py')
            said['brand'] = True
        elif not obj['brand'] and cat in ('phone', 'wallet', 'bag', 'electronics', 'other', 'bicycle'):
            rec['brand'] = rng.choice(['没牌子', '不知道', '杂牌'])
        if rng.random() < 0.5:
            rec['address'] = rng.choice(['厂里', '宿舍附近', '不确定', '路上'])
        if rng.random() < 0.3:
            rec['model'] = rng.choice(['不知道', '不清楚'])
    if not loss.get('bus') and rng.random() < {'rich': 0.75, 'some': 0.4}.get(prof, 0.1):
        rec['lat'], rec['lon'] = jitter(rng, place_latlon(loss['pid']), 250)
    rec['lost_from_min'] = loss['from']
    rec['lost_to_min'] = loss['to']
    for f in ('color', 'brand', 'model', 'serial', 'address'):
        if f in rec:
            rec[f] = rec[f][:60]
    return rec, said
