"""Set 94 numbers: invented ID numbers (GB 11643 check digit), IMEIs (Luhn),
passports, permits, frame numbers, card tails, and the many ways people write them."""
import datetime

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
REGIONS = {"local": ["150781", "150726", "150727", "150702"], "south": ["440106", "440304", "350203", "330106", "450103"],
           "north": ["230102", "210204", "130104", "150102", "140105"]}
ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"


def id_check(first17):
    return CHECK[sum(int(c) * w for c, w in zip(first17, W)) % 11]


def id_number(rng, where="local", year=None, female=None):
    region = rng.choice(REGIONS[where])
    y = year or rng.randint(1950, 2005)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    seq = rng.randrange(0, 100)
    sex = rng.randrange(10)
    if female is not None:
        sex = rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9])
    s17 = "%s%s%02d%d" % (region, d.strftime("%Y%m%d"), seq, sex)
    return s17 + id_check(s17)


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def imei(rng):
    body = rng.choice(["86", "35", "86", "35", "99"]) + "".join(str(rng.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def passport(rng, nat):
    if nat == "ru":
        return "7" + str(rng.randrange(1, 10)) + digits(rng, 7)
    if nat == "mn":
        return "E" + digits(rng, 7)
    return "E" + rng.choice(["", "J", "K"]) + digits(rng, 7 if rng.random() < 0.4 else 8)


def permit(rng):
    return "T" + digits(rng, 8)


def student_no(rng):
    return "20%02d%02d%04d" % (rng.randint(21, 25), rng.randint(1, 18), rng.randrange(10000))


def card_tail(rng):
    return digits(rng, 4)


BANK = [("工商银行", "工行", "6222"), ("农业银行", "农行", "6228"), ("建设银行", "建行", "6217"),
        ("中国银行", "中行", "6216"), ("邮储银行", "邮政", "6210"), ("边贸银行", "边贸行", "6231")]


def frame_no(rng, prefix):
    return prefix + digits(rng, 2) + alnum(rng, 2) + digits(rng, 6)


def plate(rng):
    return "锡A" + digits(rng, 5)


def sn(rng, n=10):
    return alnum(rng, n)


# ---- writing numbers down --------------------------------------------
def fmt_imei(v, side, rng):
    if side == "fnd":
        return rng.choice([v, v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])])
    return rng.choice([v, v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), "%s-%s-%s-%s" % (v[:4], v[4:8], v[8:12], v[12:]),
                       "后六位" + v[-6:], "尾号" + v[-4:], v[:8] + "*" * 3 + v[11:]])


def fmt_id(v, side, rng):
    masked = v[:6] + "*" * 8 + v[-4:]
    if side == "fnd":
        return rng.choice([masked, masked, v[:4] + "*" * 10 + v[-4:], "尾号" + v[-4:], v])
    return rng.choice([v, v, v[:6] + " " + v[6:14] + " " + v[14:], "后四位" + v[-4:], masked, v.lower()])


def fmt_passport(v, side, rng):
    if v[0] == "7":
        spaced = v[:2] + " " + v[2:]
        opts = ["№ " + spaced, spaced, v] if side == "fnd" else [spaced, v, "№" + v]
    else:
        opts = [v, v] if side == "fnd" else [v, v.lower(), v[:1] + " " + v[1:]]
    return rng.choice(opts)


def fmt_plain(v, side, rng):
    if len(v) > 8 and rng.random() < 0.4:
        return v[:4] + rng.choice([" ", "-"]) + v[4:]
    if side == "own" and len(v) > 8 and rng.random() < 0.2:
        return "后几位" + v[-5:]
    return v


def fmt_plate(v, side, rng):
    return rng.choice([v[:2] + "·" + v[2:], v, v[:2] + " " + v[2:], v[2:]])


def fmt_tail(bank, tail, side, rng):
    name, short, bin_ = bank
    if side == "fnd":
        return rng.choice(["%s卡 %s****%s" % (name, bin_, tail), "%s借记卡（尾号%s）" % (short, tail),
                           "%s卡一张，卡号%s **** **** %s" % (name, bin_, tail), "%s卡尾号%s" % (short, tail)])
    return rng.choice(["%s卡尾号%s" % (short, tail), "%s的卡，后四位%s" % (name, tail), "%s卡（%s）" % (short, tail),
                       "一张%s卡 ****%s" % (short, tail), "%s %s" % (short, tail)])


def fmt_tail_en(bank, tail, rng):
    return rng.choice(["bank card ending %s" % tail, "card *%s" % tail, "a Chinese bank card (last 4: %s)" % tail])


def serial_text(kind, v, side, rng):
    if kind == "imei":
        return fmt_imei(v, side, rng)
    if kind == "idno":
        return fmt_id(v, side, rng)
    if kind == "passport":
        return fmt_passport(v, side, rng)
    if kind == "plate":
        return fmt_plate(v, side, rng)
    return fmt_plain(v, side, rng)


def serial_norm(s):
    """What a desk officer reduces a written number to: digits and letters only."""
    return "".join(c for c in s.upper() if c.isalnum() and c.isascii())
