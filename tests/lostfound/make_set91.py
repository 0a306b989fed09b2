#!/usr/bin/env python3
"""Write tests/lostfound/set91.json: a blind lost-and-found set for 禾湾镇 in late August.

Run from the worktree root:  python3 tests/lostfound/make_set91.py
Each object is drawn as a hidden truth record; the owner's lost report and the finder's found
registration are written from it separately, each in its own voice.  Hard negatives are built
against one lost report each.  Before anything is written, every lost report is checked to
clash (set91_conflict) with every found item except its own, so the labels are honest.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set91_conflict import audit, clashes_all, conflicts, lost_clashes_all, shared  # noqa: E402
from set91_kinds import CAT_KINDS  # noqa: E402
from set91_negatives import make_negative  # noqa: E402
from set91_objects import make_object  # noqa: E402
from set91_plan import (COUNTS, EN_PLACES, LABELS, VOICE_PLACES, awake, english_near, found_place,  # noqa: E402
                        found_time, loss_place, loss_window, special_tasks, stated_places)
from set91_write import write_found, write_lost  # noqa: E402

SEED = 9191
PART = 'set91'
PFX = 'S91'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set91.json')
FIELD_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'truth', 'found_at_min', 'negative']
KIDS = ('schoolcard', 'kidwatch', 'kidsbike')
FALLBACK = ['near_twin', 'same_category_colour', 'found_before_loss', 'same_brand_elsewhere']


def _kind(rng, cat):
    ks = CAT_KINDS[cat]
    return rng.choices([k for k, _ in ks], [w for _, w in ks])[0]


def _lost_entry(rng, obj, lcat, used, level, voice=None):
    p0 = loss_place(rng, obj)
    if voice == 'en':
        p0 = english_near(rng, p0) or rng.choice(EN_PLACES)
    elif voice in VOICE_PLACES:
        p0 = rng.choice(VOICE_PLACES[voice])
    hours = (8, 22) if voice == 'en' else ((7, 21) if obj['kind'] in KIDS else None)
    t, frm, to = loss_window(rng, p0, hours)
    places = stated_places(rng, obj, p0)
    s = dict(places=places, frm=frm, to=to, cat=lcat, level=level)
    if voice:
        s['voice'] = voice
    if voice == 'en':
        s['places'] = [p for p in places if p in EN_PLACES]
    rec, st = write_lost(rng, obj, s, used)
    return dict(rec=rec, st=st, obj=obj, place0=p0, t=t, truth=None)


def gen_pair(rng, kind, lcat, fcat, losts, founds, used, flag=''):
    for tries in range(150):
        level = None if tries < 60 else 'rich'
        obj = make_object(rng, kind or _kind(rng, lcat), used)
        L = _lost_entry(rng, obj, lcat, used, level, flag if flag != 'fen' else None)
        fp = found_place(rng, obj, L['place0'])
        fs = dict(place=fp, cat=fcat, level=level)
        ep = english_near(rng, L['place0']) if flag == 'fen' else None
        if ep:
            fs.update(place=ep, voice='en')
        fs['at'] = found_time(rng, obj, L['t'], fs['place'])
        if ep:
            fs['at'] = awake(fs['at']) // 5 * 5
        frec, fst = write_found(rng, obj, fs, used)
        if conflicts(L['st'], fst) or not shared(L['st'], fst) or not lost_clashes_all(L['st'], founds) or not clashes_all(fst, losts):
            continue
        L['id'] = len(losts)
        L['truth'] = len(founds)
        losts.append(L)
        founds.append(dict(rec=frec, st=fst, obj=obj, neg=None))
        return
    raise RuntimeError(f'no honest pair for {kind or lcat}')


def gen_never(rng, kind, cat, losts, founds, used, flag=''):
    for tries in range(150):
        obj = make_object(rng, kind or _kind(rng, cat), used)
        L = _lost_entry(rng, obj, cat, used, None if tries < 60 else 'rich', flag or None)
        if lost_clashes_all(L['st'], founds):
            L['id'] = len(losts)
            losts.append(L)
            return
    raise RuntimeError(f'no honest never-found report for {cat}')


def gen_negatives(rng, losts, founds, used):
    labels = []
    for lab in sorted(LABELS):
        labels += [lab] * LABELS[lab]
    rng.shuffle(labels)
    slots = []
    for cat in sorted(COUNTS):
        slots += [cat] * COUNTS[cat][2]
    rng.shuffle(slots)
    twin_use = {}
    for cat, lab in zip(slots, labels):
        for choice in [lab] + [x for x in FALLBACK if x != lab]:
            neg = make_negative(rng, choice, cat, losts, used, twin_use)
            if neg:
                founds.append(neg)
                break
        else:
            raise RuntimeError(f'no negative for {cat}')


def build():
    rng = random.Random(SEED)
    used = set()
    losts, founds = [], []
    special = special_tasks()
    tasks, never = [], []
    for cat in sorted(COUNTS):
        sp = [(k, c, f, flag) for flag, k, c, f, pair in special if c == cat and pair]
        tasks += sp + [(None, cat, cat, '')] * (COUNTS[cat][0] - len(sp))
        sp = [(k, c, flag) for flag, k, c, f, pair in special if c == cat and not pair]
        never += sp + [(None, cat, '')] * (COUNTS[cat][1] - len(sp))
    rng.shuffle(tasks)
    for kind, lc, fc, flag in tasks:
        gen_pair(rng, kind, lc, fc, losts, founds, used, flag)
    rng.shuffle(never)
    for kind, cat, flag in never:
        gen_never(rng, kind, cat, losts, founds, used, flag)
    gen_negatives(rng, losts, founds, used)
    faults = audit(losts, founds)
    if faults:
        raise RuntimeError('labels not honest: ' + '; '.join(faults[:5]))
    return rng, losts, founds


def assemble(rng, losts, founds):
    lorder = list(range(len(losts)))
    forder = list(range(len(founds)))
    rng.shuffle(lorder)
    rng.shuffle(forder)
    fkey = {j: f'{PFX}-F{n + 1:04d}' for n, j in enumerate(forder)}
    out_f, out_l = [], []
    for n, j in enumerate(forder):
        F = founds[j]
        r = dict(F['rec'], key=fkey[j])
        if F['neg']:
            r['negative'] = F['neg']
        out_f.append({k: r[k] for k in FIELD_ORDER if k in r})
    for n, i in enumerate(lorder):
        L = losts[i]
        r = dict(L['rec'], key=f'{PFX}-L{n + 1:04d}', truth=fkey[L['truth']] if L['truth'] is not None else None)
        out_l.append({k: r[k] for k in FIELD_ORDER if k in r})
    return {'seed': SEED, 'made_by': 'tests/lostfound/make_set91.py',
            'parts': {PART: {'found': out_f, 'lost': out_l}}}


def main():
    rng, losts, founds = build()
    data = assemble(rng, losts, founds)
    text = json.dumps(data, ensure_ascii=False, indent=1) + '\n'
    with open(OUT, 'w', encoding='utf-8') as fh:
        fh.write(text)
    part = data['parts'][PART]
    negs = {}
    for f in part['found']:
        if 'negative' in f:
            negs[f['negative']] = negs.get(f['negative'], 0) + 1
    pairs = sum(1 for x in part['lost'] if x['truth'])
    print(f"wrote {os.path.relpath(OUT)}: {len(part['lost'])} lost ({pairs} with a true found item, "
          f"{len(part['lost']) - pairs} never found), {len(part['found'])} found; negatives {negs}")


if __name__ == '__main__':
    main()
