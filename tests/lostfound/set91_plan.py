"""set91 plan: how many of what, where things are lost and found, and when.

Times count minutes back from NOW (31 Aug, 21:30); losses fall between 8 and 31 August.
"""
from set91_world import FAR, PLACES, dist_km, dt_of, kind_of, near

# category: (pairs, never found, hard negatives)
COUNTS = {
    'phone': (30, 16, 24), 'id_doc': (24, 12, 18), 'wallet': (18, 12, 14), 'keys': (14, 9, 10),
    'ebike': (8, 6, 7), 'bicycle': (6, 4, 5), 'bag': (16, 9, 12), 'cash': (6, 5, 5),
    'jewelry': (8, 5, 7), 'electronics': (14, 8, 11), 'other': (6, 4, 7),
}
# pairs filed under two categories: (kind, lost category, found category); they count in the lost one
CROSS = [('badge', 'other', 'id_doc'), ('earbuds', 'electronics', 'other'), ('doorcard', 'keys', 'other'),
         ('helmet', 'other', 'ebike')]
# foreign buyers: lost reports written in English (with a true item / never found), and found items
# handed in by a buyer who writes English
EN_LOST_PAIRS = [('smartphone', 'phone'), ('wallet_short', 'wallet'), ('laptop', 'electronics'), ('backpack', 'bag'),
                 ('passport', 'id_doc'), ('ring', 'jewelry')]
EN_LOST_NEVER = [('smartphone', 'phone'), ('tablet', 'electronics'), ('suitcase', 'bag')]
EN_FOUND_PAIRS = [('smartphone', 'phone'), ('cardholder', 'wallet'), ('earbuds', 'electronics')]
EN_PLACES = sorted(k for k in PLACES if PLACES[k][4])
# a few reports from the desk's less frequent voices, so that each is heard: (voice, kind, category, pair?)
FORCED = [('landlord', None, 'phone', 1), ('landlord', None, 'keys', 0), ('landlord', 'ebike', 'ebike', 1),
          ('teacher', 'schoolcard', 'id_doc', 1), ('teacher', 'kidwatch', 'electronics', 0),
          ('parent', 'kidsbike', 'bicycle', 1), ('parent', 'schoolcard', 'id_doc', 0),
          ('parent', 'kidwatch', 'electronics', 1), ('leader', 'badge', 'id_doc', 1), ('leader', 'doorcard', 'keys', 1),
          ('leader', None, 'phone', 0), ('hr', 'badge', 'id_doc', 0), ('hr', None, 'wallet', 1),
          ('stall', None, 'cash', 1), ('stall', None, 'phone', 0)]
FACTORY = ['xs_gate', 'xs_dorm', 'xs_canteen', 'hd_gate', 'hd_dorm', 'yt_plant', 'yt_dorm', 'ind_stop']
VOICE_PLACES = {'landlord': ['village', 'lane7', 'shangwei'], 'leader': FACTORY, 'hr': FACTORY,
                'stall': ['night_mkt', 'bbq', 'xiang_food', 'wet_mkt']}


def special_tasks():
    """(flag, kind, lost category, found category, pair?): flag '' / 'fen' / a lost voice to use."""
    out = [('', k, lc, fc, 1) for k, lc, fc in CROSS]
    out += [('en', k, c, c, 1) for k, c in EN_LOST_PAIRS] + [('en', k, c, c, 0) for k, c in EN_LOST_NEVER]
    out += [('fen', k, c, c, 1) for k, c in EN_FOUND_PAIRS]
    out += [(v, k, c, c, p) for v, k, c, p in FORCED]
    return out
LABELS = {'near_twin': 40, 'same_category_colour': 30, 'found_before_loss': 25, 'same_brand_elsewhere': 25}

PREF = {
    'schoolcard': ['school', 'hyper', 'square', 'bus203'], 'kidwatch': ['school', 'park', 'hyper', 'square'],
    'kidsbike': ['school', 'square', 'park', 'hyper_shed', 'village'],
    'passport': ['rail', 'hotel', 'rail_sq', 'xs_plant', 'hd_plant', 'night_mkt', 'hyper'],
    'laptop': ['rail', 'hotel', 'xs_plant', 'yt_plant', 'coach', 'nc_star'],
    'suitcase': ['rail', 'rail_sq', 'coach', 'bus_hub', 'hotel', 'job_hall'],
    'woven': ['coach', 'bus_hub', 'job_hall', 'rail_sq', 'village', 'lane7'],
    'badge': ['xs_gate', 'xs_canteen', 'xs_dorm', 'hd_gate', 'hd_dorm', 'yt_plant', 'yt_dorm', 'ind_stop', 'nc_star',
              'night_mkt', 'bus108'],
    'doorcard': ['xs_dorm', 'hd_dorm', 'yt_dorm', 'xs_gate', 'night_mkt', 'nc_star', 'court'],
    'medfolder': ['hospital', 'hosp_er', 'bus203', 'clinic', 'bus_hub'],
    'basketball': ['court', 'park', 'xs_dorm'], 'helmet': ['hyper_shed', 'night_mkt', 'xs_gate', 'wet_mkt', 'village'],
    'license': ['bus_hub', 'coach', 'job_hall', 'hyper', 'night_mkt'],
    'residence': ['job_hall', 'xs_gate', 'village', 'bus_hub', 'hospital'],
    'backpack': ['school', 'job_hall', 'xs_dorm', 'bus108', 'nc_star', 'rail', 'court', 'hyper'],
    'umbrella': ['school', 'hyper', 'bus_hub', 'bus108', 'hospital', 'job_hall'],
    'thermos': ['school', 'xs_canteen', 'hospital', 'job_hall', 'court', 'yt_plant'],
    'tote': ['school', 'hyper', 'wet_mkt', 'express', 'bus203'],
}
CAT_PREF = {
    'ebike': ['xs_dorm', 'hd_dorm', 'yt_dorm', 'village', 'lane7', 'shangwei', 'hyper_shed', 'night_mkt', 'job_hall',
              'wet_mkt', 'school', 'hospital', 'nc_fast'],
    'cash': ['bank', 'hyper', 'wet_mkt', 'night_mkt', 'job_hall', 'xs_gate', 'hospital', 'school', 'bus108', 'village'],
    'jewelry': ['hospital', 'wet_mkt', 'square', 'park', 'hyper', 'village', 'ktv', 'clinic'],
}
CAT_PREF['bicycle'] = CAT_PREF['ebike']
VEHICLE = ('ebike', 'bicycle')
STRICT = ('schoolcard', 'kidwatch', 'kidsbike', 'passport', 'medfolder', 'basketball')


def loss_place(rng, obj):
    pref = PREF.get(obj['kind']) or CAT_PREF.get(obj['cat'])
    if pref and (rng.random() < 0.75 or obj['kind'] in STRICT):
        return rng.choice(pref)
    keys = [k for k in sorted(PLACES) if not (obj['cat'] in VEHICLE and kind_of(k) == 'busline')]
    return rng.choice(keys)


def nearby(rng, key, km, vehicle=False):
    opts = [k for k in near(key, km) if k != key and not (vehicle and kind_of(k) == 'busline')]
    return rng.choice(opts) if opts else key


def stated_places(rng, obj, p):
    """What the owner says about where: the place, a route, a near guess, or nothing."""
    if obj['cat'] in VEHICLE:
        return [p] if rng.random() < 0.9 else [nearby(rng, p, 0.4, True)]
    if obj['kind'] in STRICT:
        return [p] if rng.random() < 0.8 else []
    r = rng.random()
    if r < 0.58:
        return [p]
    if r < 0.73:
        q = nearby(rng, p, 1.5)
        return [p, q] if rng.random() < 0.5 else [q, p]
    if r < 0.88:
        return []
    return [nearby(rng, p, 0.5)]


def english_near(rng, p, km=2.5):
    """p if it has an English name, else an English-named place within km, else None."""
    if p in EN_PLACES:
        return p
    opts = [k for k in EN_PLACES if dist_km(k, p) <= km]
    return rng.choice(opts) if opts else None


def found_place(rng, obj, p):
    if kind_of(p) == 'busline':
        return 'bus_hub' if rng.random() < 0.5 else p
    if obj['cat'] in VEHICLE:
        return nearby(rng, p, 2.5, True)
    r = rng.random()
    if r < 0.45:
        return p
    return nearby(rng, p, 1.2 if r < 0.9 else 2.5)


def _r10(x, up):
    return (x + 9) // 10 * 10 if up else x // 10 * 10


SPANS = [20, 30, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880]
SPAN_W = [3, 4, 6, 4, 5, 4, 3, 3, 2, 2, 2, 1]


CLOSED = ('school', 'jobfair', 'hyper', 'shop', 'bus', 'busline', 'rail', 'hospital')


def daytime(at, key, rng):
    """Move a moment out of the small hours (later) at places that are shut then."""
    if key not in PLACES or kind_of(key) not in CLOSED or key == 'hosp_er':
        return at
    h = dt_of(at).hour
    if h >= 6:
        return at
    shift = (6 - h) * 60 + rng.randint(0, 90)
    return at - shift if at - shift >= 0 else at


def awake(t, lo=8, hi=22):
    """Move a moment later until it falls between lo and hi o'clock (a visitor's day)."""
    while t >= 30 and not lo <= dt_of(t).hour < hi:
        t -= 30
    return t


def loss_window(rng, key, hours=None):
    """(moment lost, window start, window end) in minutes before NOW."""
    t = rng.randint(90, 23 * 1440)
    t = max(60, daytime(t, key, rng))
    if hours:
        t = max(60, awake(t, *hours))
    span = rng.choices(SPANS, SPAN_W)[0]
    frm = _r10(t + rng.randint(0, span), True)
    to = max(0, _r10(frm - span, False))
    if to > t:
        to = _r10(t, False)
    return t, frm, to


def found_time(rng, obj, t, key):
    if obj['cat'] in VEHICLE:
        d = rng.randint(600, 8 * 1440)
    else:
        r = rng.random()
        d = rng.randint(5, 120) if r < 0.4 else (rng.randint(120, 720) if r < 0.7 else rng.randint(720, 3 * 1440))
    at = t - d
    if at < 0:
        at = rng.randint(0, t)
    return daytime(at, key, rng) // 5 * 5


def far_place(rng, key, places):
    """A far place 15-45 km from key and every stated place, preferably of the same kind as key."""
    ok = [k for k in sorted(FAR) if all(15 <= dist_km(k, p) <= 45 for p in [key] + list(places))]
    same = [k for k in ok if FAR[k][2] == kind_of(key)]
    return rng.choice(same if same and rng.random() < 0.6 else ok)
