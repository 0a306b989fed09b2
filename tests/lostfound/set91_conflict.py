"""set91 honesty check: what a careful desk officer could see that tells two registrations apart.

conflicts(L, F) lists the details stated on both sides that cannot belong to one object: a
different kind of thing, colours that cannot meet, another brand or model, serial digits that
disagree where both show them, another name, another value of an exclusive mark, amounts that
cannot overlap, places more than FAR_KM apart, or a find before the loss began.
The labels are honest when every lost report clashes with every found item except its own.
"""
from set91_ids import pm_compatible
from set91_slots import SOFT_IN_WALLET, slot_clash
from set91_vocab import colour_clash
from set91_world import dist_km

FAR_KM = 10.0


def conflicts(L, F):
    out = []
    if L['fam'] != F['fam'] or (L['sub'] and F['sub'] and L['sub'] != F['sub']):
        out.append('kind')
    if L['color'] is not None and F['color'] is not None and colour_clash(L['color'], F['color']):
        out.append('color')
    if L['brand'] and F['brand'] and L['brand'] != F['brand']:
        out.append('brand')
    if L['model'] and F['model'] and L['model'] != F['model']:
        out.append('model')
    for t in sorted(L['serials']):
        if t in F['serials'] and not pm_compatible(L['serials'][t], F['serials'][t]):
            out.append('serial:' + t)
    if L['name'] and F['name'] and L['name'] != F['name']:
        out.append('name')
    for s in sorted(L['slots']):
        if s in F['slots'] and slot_clash(s, L['slots'][s], F['slots'][s]):
            out.append('slot:' + s)
    if L['amount'] is not None and F['amount'] is not None:
        (a, b), (c, d) = L['amount'], F['amount']
        if b < c or d < a:
            out.append('amount')
    if L['places'] and F['places'] and min(dist_km(p, q) for p in L['places'] for q in F['places']) > FAR_KM:
        out.append('place')
    if F['t'] > L['t'][0]:
        out.append('time')
    if L['fam'] == 'wallet' and F['fam'] == 'wallet':
        out = [x for x in out if x not in SOFT_IN_WALLET]
    return out


def shared(L, F):
    """Details both sides state alike: the evidence an officer would match on."""
    out = [k for k in ('color', 'brand', 'model', 'name', 'amount') if L[k] is not None and F[k] is not None]
    out += ['serial:' + t for t in sorted(L['serials']) if t in F['serials'] and set(L['serials'][t]) & set(F['serials'][t])]
    out += ['slot:' + s for s in sorted(L['slots']) if s in F['slots']]
    out += ['desc:' + s for s in sorted(L['desc']) if F['desc'].get(s) == L['desc'][s]]
    return [x for x in out if x not in conflicts(L, F)]


def stated_attrs(st):
    """Attributes a lost statement states that a finder could also state."""
    out = []
    if st['color'] is not None:
        out.append('color')
    for k in ('brand', 'model', 'name'):
        if st[k]:
            out.append(k)
    out += ['serial:' + t for t in sorted(st['serials'])]
    out += ['slot:' + s for s in sorted(st['slots'])]
    if st['amount'] is not None:
        out.append('amount')
    return out


def clashes_all(F, losts, skip=None):
    """True if found statement F clashes with every lost statement except index skip."""
    for i, L in enumerate(losts):
        if i != skip and not conflicts(L['st'], F):
            return False
    return True


def lost_clashes_all(L, founds, skip=None):
    for j, F in enumerate(founds):
        if j != skip and not conflicts(L, F['st']):
            return False
    return True


def audit(losts, founds):
    """Every fault in the labels: a pair that clashes, or a stranger nothing tells apart."""
    faults = []
    for i, L in enumerate(losts):
        for j, F in enumerate(founds):
            c = conflicts(L['st'], F['st'])
            if L['truth'] == j and c:
                faults.append(f'lost {i} and its own found {j} clash on {c}')
            elif L['truth'] != j and not c:
                faults.append(f'lost {i} and found {j} cannot be told apart')
    return faults
