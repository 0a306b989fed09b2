"""set90 numbers: ID numbers (GB 11643 check digit), IMEIs (Luhn), card tails,
the ways people write them, Chinese numerals for sums of money, and typos."""

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(first17):
    return ID_C[sum(int(a) * w for a, w in zip(first17, ID_W)) % 11]


def id_ok(s):
    return (len(s) == 18 and s[:17].isdigit() and s[17] in "0123456789X"
            and id_check(s[:17]) == s[17])


def make_id(rng, region, year, male):
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    seq = rng.randint(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    s17 = "%s%04d%02d%02d%03d" % (region, year, month, day, seq)
    return s17 + id_check(s17)


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and len(s) >= 2 and luhn_digit(s[:-1]) == s[-1]


def make_imei(rng, tac):
    body = tac + "".join(rng.choice("0123456789") for _ in range(14 - len(tac)))
    return body + luhn_digit(body)


def digits(rng, n, first_nonzero=True):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


# --------------------------------------------------------- serial forms
# A stated serial is (kind, prefix, suffix): full -> prefix == suffix == whole value.

def stated_serial(kind, value, form):
    if form == "full":
        return (kind, value, value)
    if form == "tail":
        return (kind, "", value[-4:])
    if form == "tail6":
        return (kind, "", value[-6:])
    if form == "mask":
        return (kind, value[:6], value[-4:])
    raise ValueError(form)


def serial_compatible(a, b):
    if a[0] != b[0]:
        return True
    pa, pb = a[1], b[1]
    sa, sb = a[2], b[2]
    n = min(len(pa), len(pb))
    if pa[:n] != pb[:n]:
        return False
    n = min(len(sa), len(sb))
    if n and sa[-n:] != sb[-n:]:
        return False
    return True


def write_imei(rng, v, form):
    if form == "full":
        return rng.choice([v, v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]),
                           "%s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14]),
                           "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:])])
    if form == "tail6":
        return rng.choice(["IMEI后六位" + v[-6:], "串号后六位" + v[-6:], "串号末尾" + v[-6:]])
    return rng.choice(["IMEI尾号" + v[-4:], "串号后四位" + v[-4:], "imei最后四位" + v[-4:]])


def write_id(rng, v, form):
    if form == "full":
        return rng.choice([v, v, "%s %s %s" % (v[:6], v[6:14], v[14:])])
    if form == "mask":
        return rng.choice([v[:6] + "********" + v[-4:], v[:6] + "****" + "****" + v[-4:],
                           v[:6] + "********" + v[-4:]])
    return rng.choice(["身份证号后四位" + v[-4:], "号码尾号" + v[-4:], "后四位是" + v[-4:]])


def write_card(rng, bin6, tail, form):
    if form == "mask":
        return rng.choice(["%s****%s" % (bin6, tail), "%s **** **** %s" % (bin6[:4], tail),
                           "%s********%s" % (bin6, tail)])
    return rng.choice(["尾号" + tail, "卡号后四位" + tail, "尾号是" + tail, "末四位" + tail])


def write_plain(rng, v, form, label):
    if form == "full":
        return rng.choice([label + v, label + "：" + v, label + " " + v])
    if form == "tail6":
        return label + "后六位" + v[-6:]
    return rng.choice([label + "后四位" + v[-4:], label + "尾号" + v[-4:]])


# ----------------------------------------------------- Chinese numerals
_D = "零一二三四五六七八九"


def cn_int(n):
    """Plain reading of 1..99999, colloquial 两 before 千/万."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for u, name in units:
        q = n // u
        n %= u
        if q:
            if zero:
                out += "零"
                zero = False
            d = "两" if q == 2 and u >= 1000 else _D[q]
            if u == 10 and q == 1 and not out:
                d = ""
            out += d + name
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + _D[n]
    return out


def cn_colloquial(n):
    """三百五 for 350, 一千二 for 1200; otherwise the plain reading."""
    if 1000 < n < 10000 and n % 100 == 0 and n % 1000:
        return cn_int(n // 1000 * 1000) + _D[(n % 1000) // 100]
    if 100 < n < 1000 and n % 10 == 0 and n % 100:
        return cn_int(n // 100 * 100) + _D[(n % 100) // 10]
    return cn_int(n)


_CAP = "零壹贰叁肆伍陆柒捌玖"


def cn_capital(n):
    s = cn_int(n).replace("两", "二")
    m = {"一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆", "七": "柒",
         "八": "捌", "九": "玖", "十": "拾", "百": "佰", "千": "仟", "万": "万", "零": "零"}
    if s.startswith("十"):
        s = "一" + s
    return "".join(m.get(c, c) for c in s) + "元整"


# ---------------------------------------------------------------- typos
TYPOS = [("身份证", "身分证"), ("钥匙", "钥是"), ("钥匙", "要匙"), ("手机", "手几"),
         ("钱包", "钱抱"), ("捡到", "检到"), ("已经", "以经"), ("麻烦", "麻繁"),
         ("联系", "连系"), ("充电宝", "冲电宝"), ("耳机", "耳几"), ("自行车", "自形车"),
         ("电动车", "电动柜"), ("丢了", "丟了"), ("一个", "一各"), ("谢谢", "谢射"),
         ("地方", "地放"), ("时候", "时侯"), ("找到", "找倒"), ("里面", "里边面")]


def typo(rng, text):
    hits = [p for p in TYPOS if p[0] in text]
    if not hits:
        return text
    a, b = rng.choice(hits)
    i = text.find(a)
    return text[:i] + b + text[i + len(a):]
