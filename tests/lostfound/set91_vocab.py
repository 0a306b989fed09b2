"""set91 vocabulary: colours, brands (Chinese, English, pinyin, misspelt, shanzhai) and models.

Colour forms map to the set of canonical colours they could mean ('深色' could be black, navy,
grey or brown); two statements about colour clash only when their sets do not meet.
Phone makers (华为/苹果 and friends), banks and a few sportswear names are the everyday ones a
desk really sees; the local and shanzhai brands and every model name here are invented.
"""

COLORS = {
    'black': (['黑色', '黑', '纯黑', '哑光黑', '曜石黑', '亮黑色', 'heise'], 'black'),
    'white': (['白色', '白', '纯白', '珍珠白', 'baise'], 'white'),
    'silver': (['银色', '银', '亮银色', '银灰色'], 'silver'),
    'grey': (['灰色', '灰', '太空灰', '星空灰', '浅灰色'], 'grey'),
    'gold': (['金色', '土豪金', '香槟金', '金黄色'], 'gold'),
    'rose': (['玫瑰金', '粉金色'], 'rose gold'),
    'red': (['红色', '红', '大红色', '中国红'], 'red'),
    'blue': (['蓝色', '蓝', '天蓝色', '浅蓝色', '湖蓝'], 'blue'),
    'navy': (['深蓝色', '藏青色', '藏蓝', '海军蓝'], 'navy blue'),
    'green': (['绿色', '绿', '墨绿色', '军绿色', '薄荷绿'], 'green'),
    'purple': (['紫色', '紫', '浅紫色', '梦幻紫'], 'purple'),
    'pink': (['粉色', '粉红色', '樱花粉', '粉红'], 'pink'),
    'yellow': (['黄色', '柠檬黄', '明黄色'], 'yellow'),
    'brown': (['棕色', '咖啡色', '褐色', '深棕'], 'brown'),
    'beige': (['米色', '杏色', '米白色'], 'beige'),
    'orange': (['橙色', '橘色', '橘黄色'], 'orange'),
}
# forms that could mean more than one canonical colour
WIDE = {
    '深色': {'black', 'navy', 'grey', 'brown'}, '深灰': {'grey', 'black'}, '银白色': {'silver', 'white'},
    '米白色': {'white', 'beige'}, '卡其色': {'brown', 'beige'}, '深蓝色': {'navy', 'blue'},
    '粉金色': {'rose', 'pink'}, '浅色': {'white', 'beige', 'silver', 'pink', 'yellow'},
    '银灰色': {'silver', 'grey'}, '金黄色': {'gold', 'yellow'}, '米色': {'beige', 'white'}, '玫瑰金': {'rose', 'pink', 'gold'},
}
# colours a careful reader would not hold against each other (a silver laptop called grey)
NEAR = {('silver', 'grey'), ('silver', 'white'), ('rose', 'pink'), ('rose', 'gold'), ('gold', 'yellow'),
        ('beige', 'white'), ('navy', 'blue'), ('navy', 'black'), ('brown', 'orange'), ('purple', 'pink'),
        ('brown', 'beige')}


def widen(cs):
    out = set(cs)
    for a, b in NEAR:
        if a in cs:
            out.add(b)
        if b in cs:
            out.add(a)
    return out


def colour_clash(a, b):
    return not (widen(a) & set(b))


def color_forms(canon, lang='zh'):
    """All (text, set) forms for a canonical colour."""
    if lang == 'en':
        return [(COLORS[canon][1], {canon})]
    out = [(t, WIDE.get(t, {canon})) for t in COLORS[canon][0]]
    out += [(t, s) for t, s in sorted(WIDE.items()) if canon in s and t not in COLORS[canon][0]]
    return out


def far_colors(canon):
    """Colours no form of which can be confused with canon."""
    mine = widen(set().union(*[s for _, s in color_forms(canon)]))
    out = []
    for c in sorted(COLORS):
        theirs = widen(set().union(*[s for _, s in color_forms(c)]))
        if not (mine & theirs):
            out.append(c)
    return out


BRANDS = {
    'huawei': (['华为', 'HUAWEI', 'Huawei', '华伟', 'huawei', '花为'], 'Huawei'),
    'apple': (['苹果', 'Apple', 'iPhone', '平果', 'apple'], 'Apple'),
    'xiaomi': (['小米', 'Xiaomi', 'MI', 'xiaomi', '小咪'], 'Xiaomi'),
    'oppo': (['OPPO', 'oppo', '欧珀', 'Oppo'], 'OPPO'),
    'vivo': (['vivo', 'VIVO', '维沃', 'weiwo'], 'vivo'),
    'honor': (['荣耀', 'HONOR', 'Honor', 'rongyao', '荣曜'], 'Honor'),
    'kubistar': (['酷比星', 'KUBISTAR', 'kubixing', '酷比兴'], 'Kubistar'),
    'jinlida': (['金立达', 'JINLIDA', 'jinlida', '金力达'], 'Jinlida'),
    'lenovo': (['联想', 'Lenovo', 'lenovo', 'LENOVO'], 'Lenovo'),
    'nengmao': (['能量猫', 'NENGMAO', 'nengliangmao', '能量喵'], 'Nengmao'),
    'soundjoy': (['声悦', 'SOUNDJOY', 'shengyue', '声乐'], 'Soundjoy'),
    'xtx': (['小天星', 'XTX', 'xiaotianxing', '小天心'], 'Xiaotianxing'),
    'icbc': (['工商银行', '工行', 'ICBC', '中国工商银行'], 'ICBC'),
    'abc': (['农业银行', '农行', 'ABC', '中国农业银行'], 'ABC'),
    'ccb': (['建设银行', '建行', 'CCB', '中国建设银行'], 'CCB'),
    'psbc': (['邮储银行', '邮政储蓄', '邮政银行'], 'PSBC'),
    'hwrcb': (['禾湾农商银行', '农商银行', '农商行'], 'Hewan Rural Bank'),
    'xs': (['鑫盛电子', '鑫盛', 'XINSHENG', 'xinsheng'], 'Xinsheng'),
    'hd': (['宏达鞋业', '宏达', 'HONGDA', 'hongda'], 'Hongda'),
    'yt': (['永泰精密', '永泰', 'YONGTAI', 'yongtai'], 'Yongtai'),
    'goldroo': (['金袋鼠', 'JINDAISHU', '金代鼠', 'jindaishu'], 'Jindaishu'),
    'wolfking': (['狼王皮具', '狼王', 'LANGWANG', 'langwang'], 'Langwang'),
    'qipilang': (['七匹浪', 'QIPILANG', '7匹浪'], 'Qipilang'),
    'nike': (['耐克', 'NIKE', 'Nike', 'NlKE', 'naike'], 'Nike'),
    'adidas': (['阿迪达斯', 'adidas', '阿迪', 'Adidos'], 'Adidas'),
    'lining': (['李宁', 'LI-NING', 'LINING', 'lining'], 'Li-Ning'),
    'camelpk': (['骆驼峰', 'LUOTUOFENG', '骆驼峯'], 'Luotuofeng'),
    'yadea': (['雅迪', 'Yadea', 'YADEA', 'yadi', '亚迪'], 'Yadea'),
    'aima': (['爱玛', 'AIMA', 'aima', '艾玛'], 'Aima'),
    'tailg': (['台铃', 'TAILG', 'tailing', '台玲'], 'Tailg'),
    'sunra': (['新日', 'SUNRA', 'xinri'], 'Sunra'),
    'luyuan': (['绿源', 'LUYUAN', 'lvyuan', '緑源'], 'Luyuan'),
    'xfx': (['小飞侠', 'XIAOFEIXIA', '小飞霞'], 'Xiaofeixia'),
    'giant': (['捷安特', 'GIANT', 'Giant', 'jieante', '捷安达'], 'Giant'),
    'forever': (['永久', 'FOREVER', 'yongjiu'], 'Forever'),
    'phoenix': (['凤凰', 'PHOENIX', 'fenghuang'], 'Phoenix'),
    'xds': (['喜德盛', 'XDS', 'xidesheng'], 'XDS'),
    'jinxi': (['金禧珠宝', '金禧', 'JINXI', 'jinxi'], 'Jinxi'),
    'fmt': (['福满堂', 'FUMANTANG', '福满堂珠宝', '福蛮堂'], 'Fumantang'),
    'spalding': (['斯伯丁', 'SPALDING', 'Spalding', '斯波丁'], 'Spalding'),
    'molten': (['摩腾', 'Molten', 'MOLTEN'], 'Molten'),
    'thermos': (['膳魔师', 'THERMOS', 'Thermos'], 'Thermos'),
    'fuguang': (['富光', 'FUGUANG', 'fuguang', '富广'], 'Fuguang'),
    'wjf': (['万家福', '万家福赠品', 'WANJIAFU'], 'Wanjiafu'),
}

# brand -> family -> [(canonical model, written forms)]
MODELS = {
    'huawei': {'phone': [('nova 19', ['nova19', 'nova 19', 'Nova 19', '诺瓦19']),
                         ('nova 19 Lite', ['nova19 Lite', 'nova 19lite', 'Nova19 Lite']),
                         ('畅享 Z9', ['畅享Z9', '畅享 Z9', 'changxiang Z9']),
                         ('Mate 96', ['Mate96', 'mate 96', 'Mate 96'])],
               'earbuds': [('FreeBuds 9i', ['FreeBuds 9i', 'freebuds9i'])],
               'band': [('手环 16', ['手环16', 'Band 16', '手环 16'])],
               'tablet': [('MatePad 15S', ['MatePad 15S', 'matepad15s'])],
               'laptop': [('MateBook D19', ['MateBook D19', 'matebook d19'])]},
    'apple': {'phone': [('iPhone 19', ['iPhone19', 'iPhone 19', '苹果19', 'ip19']),
                        ('iPhone 19 Pro', ['iPhone19 Pro', '19pro', 'iPhone 19 Pro']),
                        ('iPhone 18 mini', ['iPhone18 mini', '苹果18mini', 'iPhone 18 mini']),
                        ('iPhone 17 Plus', ['17Plus', 'iPhone 17 Plus', '苹果17plus'])],
              'earbuds': [('AirPods 7', ['AirPods 7', 'airpods7', 'AirPods第七代'])],
              'tablet': [('iPad Air 9', ['iPad Air 9', 'ipad air9'])],
              'laptop': [('MacBook Air 19', ['MacBook Air 19', 'macbook air 19'])]},
    'xiaomi': {'phone': [('Redmi Note 19', ['红米Note19', 'Redmi Note 19', 'note19']),
                         ('Redmi 19C', ['红米19C', 'Redmi 19C', 'hongmi 19c']),
                         ('小米 19', ['小米19', 'Xiaomi 19', 'MI19'])],
               'band': [('手环 15', ['手环15', 'Band 15', '小米手环15'])],
               'earbuds': [('Buds 9', ['Buds 9', 'buds9'])]},
    'oppo': {'phone': [('A9x', ['A9x', 'a9x', 'A9X']), ('Reno 19', ['Reno19', 'reno 19', '雷诺19']),
                       ('K19', ['K19', 'k19'])]},
    'vivo': {'phone': [('Y97', ['Y97', 'y97']), ('S29', ['S29', 's29']), ('iQOO Z19', ['iQOO Z19', 'iqooz19', '爱酷Z19'])]},
    'honor': {'phone': [('X90', ['X90', 'x90']), ('畅玩 90', ['畅玩90', 'Play 90']),
                        ('Magic 9 Lite', ['Magic9 Lite', 'magic 9 lite'])]},
    'kubistar': {'phone': [('K9 Max', ['K9 Max', 'k9max', 'K9MAX'])]},
    'jinlida': {'phone': [('L8', ['L8', 'l8'])]},
    'lenovo': {'laptop': [('小新 19', ['小新19', 'Xiaoxin 19', 'xiaoxin19']), ('ThinkPad E19', ['ThinkPad E19', 'E19'])],
               'tablet': [('小新 Pad 19', ['小新Pad19', 'xiaoxin pad 19'])]},
    'nengmao': {'powerbank': [('NM-20', ['NM-20', 'NM20', '20000毫安款']), ('NM-10', ['NM-10', 'NM10', '10000毫安款'])]},
    'soundjoy': {'earbuds': [('S3', ['S3', 's3'])]},
    'xtx': {'kidwatch': [('Q2', ['Q2', 'q2'])]},
}


def models_for(brand, family):
    return MODELS.get(brand, {}).get(family, [])


def model_forms(brand, family, canon):
    for c, forms in models_for(brand, family):
        if c == canon:
            return forms
    return [canon]
