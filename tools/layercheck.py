#!/usr/bin/env python3
"""layercheck.py — the layering rules of issue 7, read from the tree (make check runs it).

  1. libmicrohttpd only in src/http: no microhttpd.h and no MHD_ name in any other folder.
  2. A case type is named only in src/modules: no type code as a C or SQL string literal
     ("event", 'event') and no type's own symbol (event_type, event_details, event_api_...)
     in src/core, src/org, src/auth, src/http, src/db, src/util or src/search, and none of
     their files includes a header of src/modules. The type codes are read from the
     descriptors in src/modules (`.code = "..."`). EXCEPTIONS below name each word that is
     the same as a type code but means something else, with the reason.
  3. Layers depend downward only: a folder includes only from the folders below it in ORDER
     (src/pingan.h and src/main.c count as their own), and no headers include each other in
     a circle.

Prints one line per problem and ends with "N passed, N failed"; exit status 1 on a failure.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
SRC = os.path.join(ROOT, 'src')
LOWER = ('core', 'org', 'auth', 'http', 'db', 'util', 'search')

# (file relative to src/, literal) pairs that are not the case type of the same name
EXCEPTIONS = {
    ('core/notify.c', 'warning'): 'the notice kind of a deadline warning (预警), any type',
}

# the layers, lowest first (docs/architecture.md, "Layout"): a folder includes only from below
ORDER = ['pingan.h', 'util', 'db', 'auth', 'http', 'org', 'core', 'search', 'modules', 'main.c']

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def sources():
    for d, _, files in os.walk(SRC):
        for f in sorted(files):
            if f.endswith(('.c', '.h')):
                p = os.path.join(d, f)
                yield os.path.relpath(p, SRC).replace(os.sep, '/'), p


def strip_comments(text):
    """The text without C comments (string literals are kept; a comment's words are prose)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append('\n' * text.count('\n', i, j))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            i = n if j < 0 else j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def type_codes():
    codes = set()
    for rel, p in sources():
        if not rel.startswith('modules/'):
            continue
        text = open(p, encoding='utf-8').read()
        for m in re.finditer(r'const struct case_type\s+\w+\s*=\s*\{', text):
            c = re.search(r'\.code\s*=\s*"([a-z_]+)"', text[m.end():])
            if c:
                codes.add(c.group(1))
    return sorted(codes)


def folder(rel):
    return rel.split('/')[0] if '/' in rel else rel


def cycles(graph):
    """Strongly connected components of more than one node (Tarjan, iterative)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]
    nodes = set(graph) | {w for vs in graph.values() for w in vs}
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def main():
    passed = failed = 0
    problems = []

    def check(ok, msg):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            problems.append(msg)

    codes = type_codes()
    check(len(codes) >= 2, 'types: no case type descriptors found in src/modules')
    lit = re.compile(r'["\'](%s)["\']' % '|'.join(map(re.escape, codes)))
    sym = re.compile(r'\b(%s)_(type|details|api_\w+)\b' % '|'.join(map(re.escape, codes)))

    folders, headers = {}, {}
    for rel, p in sources():
        text = open(p, encoding='utf-8').read()
        code = strip_comments(text)
        top = folder(rel)
        lines = code.split('\n')
        if top != 'http':
            bad = [i + 1 for i, ln in enumerate(lines) if 'microhttpd' in ln or re.search(r'\bMHD_', ln)]
            check(not bad, 'microhttpd: src/%s:%s names libmicrohttpd outside src/http' %
                  (rel, ','.join(map(str, bad))))
        for inc in INCLUDE.findall(text):
            target = os.path.normpath(os.path.join(os.path.dirname(p), inc))
            trel = os.path.relpath(target, SRC).replace(os.sep, '/')
            if not os.path.exists(target):
                continue
            if folder(trel) != top:
                folders.setdefault(top, set()).add(folder(trel))
            if rel.endswith('.h') and trel.endswith('.h'):
                headers.setdefault(rel, set()).add(trel)
            if top in LOWER:
                check(folder(trel) != 'modules', 'types: src/%s includes src/%s (a module)' % (rel, trel))
        if top not in LOWER:
            continue
        for i, ln in enumerate(lines):
            for m in lit.finditer(ln):
                if (rel, m.group(1)) in EXCEPTIONS:
                    continue
                check(False, 'types: src/%s:%d names the case type "%s"' % (rel, i + 1, m.group(1)))
            for m in sym.finditer(ln):
                check(False, 'types: src/%s:%d names %s, a symbol of the type %s' %
                      (rel, i + 1, m.group(0), m.group(1)))
        passed += 1

    for a, tos in sorted(folders.items()):
        for b in sorted(tos):
            check(a in ORDER and b in ORDER and ORDER.index(b) < ORDER.index(a),
                  'layers: src/%s includes from src/%s, which is not below it (%s)' %
                  (a, b, ' < '.join(ORDER)))
    for c in cycles(folders):
        check(False, 'cycle: folders %s include each other' % ' -> '.join(c))
    for c in cycles(headers):
        check(False, 'cycle: headers %s include each other' % ' -> '.join(c))
    passed += 2

    for p in problems:
        print(p)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
