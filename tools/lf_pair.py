#!/usr/bin/env python3
"""lf_pair.py — one lost report of a training part scored against found items, with what the
matcher read of each side (bin/lf-pair: serials and their kinds, colour bits, kind, brand, and the
reasons with their points). For reading why a labelled pair scores as it does; the judges are
refused (their texts are never read to tune on).

    make bin/lf-pair
    python3 tools/lf_pair.py set24 Y2-L0169              # the report against its true item
    python3 tools/lf_pair.py set24 Y2-L0053 Y2-F0226 Y2-F0198

Python 3 standard library only.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lf_fit import JUDGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ('body', 'color', 'brand', 'model', 'serial', 'marks', 'address')


def line(tag, x, t_from, t_to):
    g = [(x.get(k) or '').replace('\t', ' ').replace('\n', ' ') for k in FIELDS]
    return '\t'.join([tag, x['category']] + g + [str(t_from), str(t_to)])


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    part, lost_key, found_keys = sys.argv[1], sys.argv[2], sys.argv[3:]
    if part in JUDGES:
        raise SystemExit(f'{part} is a judge: its pairs are not read')
    name = 'set.json' if part in ('tuning', 'heldout') else part + '.json'
    d = json.load(open(os.path.join(ROOT, 'tests', 'lostfound', name), encoding='utf-8'))
    items = {x['key']: x for x in d['parts'][part]['found'] + d['parts'][part]['lost']}
    lost = items[lost_key]
    found_keys = found_keys or ([lost['truth']] if lost.get('truth') else [])
    rows = [line('L', lost, lost['lost_from_min'], lost['lost_to_min'])]
    rows += [line('F', items[k], items[k]['found_at_min'], items[k]['found_at_min']) for k in found_keys]
    out = subprocess.run([os.path.join(ROOT, 'bin', 'lf-pair')], input='\n'.join(rows) + '\n',
                         capture_output=True, text=True, check=False)
    sys.stdout.write(out.stdout)
    sys.stderr.write(out.stderr)
    return out.returncode


if __name__ == '__main__':
    sys.exit(main())
