"""Set 87 people and numbers: invented names (with pinyin), ID numbers with GB 11643
check digits, Luhn-valid IMEIs, card tails, plates, frame and serial numbers."""

SURNAMES = [("王", "WANG"), ("李", "LI"), ("张", "ZHANG"), ("刘", "LIU"), ("陈", "CHEN"),
            ("杨", "YANG"), ("黄", "HUANG"), ("赵", "ZHAO"), ("吴", "WU"), ("周", "ZHOU"),
            ("徐", "XU"), ("孙", "SUN"), ("马", "MA"), ("朱", "ZHU"), ("胡", "HU"),
            ("郭", "GUO"), ("何", "HE"), ("林", "LIN"), ("罗", "LUO"), ("郑", "ZHENG"),
            ("梁", "LIANG"), ("谢", "XIE"), ("宋", "SONG"), ("唐", "TANG"), ("邓", "DENG"),
            ("冯", "FENG"), ("韩", "HAN"), ("曹", "CAO"), ("彭", "PENG"), ("潘", "PAN")]
GIVEN = [("建", "JIAN"), ("国", "GUO"), ("明", "MING"), ("华", "HUA"), ("丽", "LI"),
         ("芳", "FANG"), ("伟", "WEI"), ("强", "QIANG"), ("军", "JUN"), ("敏", "MIN"),
         ("静", "JING"), ("磊", "LEI"), ("洋", "YANG"), ("勇", "YONG"), ("艳", "YAN"),
         ("杰", "JIE"), ("涛", "TAO"), ("超", "CHAO"), ("秀", "XIU"), ("兰", "LAN"),
         ("海", "HAI"), ("平", "PING"), ("春", "CHUN"), ("霞", "XIA"), ("志", "ZHI"),
         ("鹏", "PENG"), ("辉", "HUI"), ("婷", "TING"), ("雪", "XUE"), ("宇", "YU"),
         ("欣", "XIN"), ("浩", "HAO"), ("桂", "GUI"), ("荣", "RONG"), ("德", "DE"),
         ("文", "WEN"), ("晓", "XIAO"), ("梅", "MEI"), ("翠", "CUI"), ("福", "FU")]
EN_FIRST = ["Daniel", "Sophie", "Lukas", "Amara", "Tomás", "Ingrid", "Rahul", "Chloe",
            "Mateo", "Hana", "Oliver", "Priya", "Jonas", "Elena", "Kwame", "Nadia",
            "Felix", "Aiko", "Marcus", "Leila"]
EN_LAST = ["Hartwell", "Okonjo", "Brandt", "Vasquez", "Lindqvist", "Moreau", "Fenwick",
           "Tanaka-Ross", "Delacroix", "Abernathy", "Kowalczyk", "Ferreira", "Nakamura",
           "Osei", "Whitlock", "Ivanova", "Castell", "Mbeki-Hall", "Sorensen", "Quill"]
COUNTRIES = [("Canada", "加拿大"), ("Germany", "德国"), ("Australia", "澳大利亚"),
             ("the UK", "英国"), ("New Zealand", "新西兰"), ("Ireland", "爱尔兰"),
             ("Sweden", "瑞典"), ("Brazil", "巴西"), ("Ghana", "加纳"), ("Spain", "西班牙")]
# invented-looking region codes (6 digits) for home towns; local ones first
REGIONS = [("350322", "本地"), ("350304", "本地"), ("411523", "河南"), ("510922", "四川"),
           ("432524", "湖南"), ("362427", "江西"), ("130431", "河北"), ("522127", "贵州"),
           ("420982", "湖北"), ("450881", "广西"), ("340823", "安徽"), ("622301", "甘肃")]
HOMETOWNS = ["河南周口", "四川南充", "湖南邵阳", "江西赣州", "贵州遵义", "湖北孝感",
             "广西贵港", "安徽安庆", "甘肃天水", "河北邯郸"]
DEST_CITIES = ["哈尔滨", "成都", "北京", "昆明", "西安", "乌鲁木齐", "重庆", "长春",
               "沈阳", "兰州", "贵阳", "呼和浩特"]


def person(rng, used, age_lo=20, age_hi=60, female=None):
    while True:
        s = rng.choice(SURNAMES)
        n = rng.choice([1, 2, 2, 2])
        g = [rng.choice(GIVEN) for _ in range(n)]
        cn = s[0] + "".join(c for c, _ in g)
        if cn not in used:
            used.add(cn)
            break
    if female is None:
        female = rng.random() < 0.45
    return {"cn": cn, "sur": s[0], "py": s[1] + " " + "".join(p for _, p in g),
            "age": rng.randint(age_lo, age_hi), "female": female}


def en_person(rng, used):
    while True:
        nm = "%s %s" % (rng.choice(EN_FIRST), rng.choice(EN_LAST))
        if nm not in used:
            used.add(nm)
            break
    c = rng.choice(COUNTRIES)
    return {"cn": nm, "sur": nm.split()[1], "py": nm.upper(), "age": rng.randint(22, 70),
            "female": False, "country": c[0], "country_cn": c[1]}


def similar_name(rng, p, used):
    """Another person whose Chinese name shares the surname (and maybe one character);
    for a foreign name, the same first name with another family name."""
    if " " in p["cn"]:
        first = p["cn"].split()[0]
        while True:
            nm = "%s %s" % (first, rng.choice(EN_LAST))
            if nm not in used:
                used.add(nm)
                return dict(p, cn=nm, py=nm.upper(), sur=nm.split()[1])
    while True:
        base = p["cn"]
        g = [rng.choice(GIVEN) for _ in range(max(1, len(base) - 1))]
        if len(base) == 3 and rng.random() < 0.6:
            keep = [c for c in GIVEN if c[0] == base[1]]
            if keep:
                g[0] = keep[0]
        cn = base[0] + "".join(c for c, _ in g)
        if cn not in used and cn != base:
            used.add(cn)
            sur = [s for s in SURNAMES if s[0] == base[0]][0][1]
            q = dict(p)
            q.update(cn=cn, py=sur + " " + "".join(y for _, y in g))
            return q


# ------------------------------------------------------------------ numbers
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    s = sum(int(c) * w for c, w in zip(first17, _W))
    return "10X98765432"[s % 11]


def id_number(rng, used, age, female, region=None):
    region = region or rng.choice(REGIONS)[0]
    while True:
        y = 2024 - age
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        seq = rng.randint(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if not female else [0, 2, 4, 6, 8])
        f17 = "%s%04d%02d%02d%03d" % (region, y, m, d, seq)
        v = f17 + id_check(f17)
        if v not in used:
            used.add(v)
            return v


def near_id(rng, used, idn):
    """Same region and birthday, another sequence number: a different person."""
    while True:
        seq = int(idn[14:17])
        seq2 = (seq + rng.choice([2, 4, 10, 20, 100])) % 1000
        f17 = idn[:14] + "%03d" % seq2
        v = f17 + id_check(f17)
        if v not in used:
            used.add(v)
            return v


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei(rng, used, tac=None):
    while True:
        tac = tac or "86%06d" % rng.randint(0, 999999)
        body = tac + "%06d" % rng.randint(0, 999999)
        v = body + luhn_digit(body)
        if v not in used:
            used.add(v)
            return v


def near_imei(rng, used, v):
    """Same TAC (same model), serial differs in the last digits."""
    while True:
        s = int(v[8:14]) + rng.choice([1, 3, 7, 11, 90, 300])
        body = v[:8] + "%06d" % (s % 1000000)
        w = body + luhn_digit(body)
        if w not in used:
            used.add(w)
            return w


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def alnum(rng, n):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(rng.choice(al) for _ in range(n))


def unique(rng, used, fn):
    while True:
        v = fn()
        if v not in used:
            used.add(v)
            return v


def tweak(rng, used, v):
    """Change one or two of the last characters of a serial (digits stay digits)."""
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    while True:
        s = list(v)
        idx = list(range(len(s) - 4, len(s)))
        pick = [rng.choice(idx)]
        if rng.random() < 0.4:
            pick.append(rng.choice(list(range(len(s) - 6, len(s)))))
        for i in pick:
            c = s[i]
            if c.isdigit():
                s[i] = str((int(c) + rng.randint(1, 9)) % 10)
            elif c in al:
                s[i] = al[(al.index(c) + rng.randint(1, len(al) - 1)) % len(al)]
        w = "".join(s)
        if w not in used and w[-4:] != v[-4:]:
            used.add(w)
            return w


def swap_tail(rng, used, v):
    """Card tail 8842 -> 8824 style (two digits swapped), or one digit off."""
    t = v[-4:]
    cands = [t[:2] + t[3] + t[2], t[0] + t[2] + t[1] + t[3], t[:3] + str((int(t[3]) + 1) % 10)]
    for c in cands:
        w = v[:-4] + c
        if c != t and w not in used:
            used.add(w)
            return w
    return tweak(rng, used, v)
