#!/usr/bin/env python3
"""msgcheck.py — every user-visible error message has a Chinese translation (错误信息中文化检查).

Reads every call of pa_error_set(...) and http_error(...) in src/ and the tables of
src/util/msg_zh.c together with the tables a module holds of its own (a case type's
`static const struct msg_zh msgs_zh[]` and `struct field_label labels[]`, handed to msg.c
through its descriptor), and checks:
  literal      the format is a plain string literal (no variable, no "%s" pass-through)
  translated   the English format has an entry in msg_zh_table
  conversions  the Chinese format has the same conversions in the same order (%.0s may hide a
               string argument; precision and flags may differ, argument types may not)
  chinese      the Chinese format holds no ASCII words (only numbers, punctuation, placeholders
               and the few names in ALLOWED_WORDS)
  table        no English key twice in the table
  labels       every field of a validation table and every query parameter that a message may
               name has a label in field_label_table (or a module's labels[]); every label row
               has a Chinese label without English words and a non-empty English label without
               Chinese, underscores or dots; a list's Chinese element word (zh_one, 位当事人)
               has no English words and sits beside an English one; no field is labelled twice
  english      the English format names no field by its JSON path or code (no snake_case name
               such as org_id, no dotted or indexed path such as fields.unit_id or persons[0])
               and holds no Chinese: a field the message is about is passed as the %s that
               equals the error's field, which is shown by its label in both languages
Unused table entries are reported as notes (a message changed or removed elsewhere), not failures.

Prints one line per failed check naming the format and where it is used, then the summary line
"N passed, N failed" that tools/check.sh counts. With --missing it prints, ready to paste into
msg_zh_table, an entry for each untranslated format. Exit status 1 when anything failed.
"""
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
SRC = os.path.join(ROOT, 'src')
TABLE = os.path.join(SRC, 'util', 'msg_zh.c')
FUNCS = {'pa_error_set': 4, 'http_error': 4}     # index of the format argument
# Image format names that Chinese pages show as they are; anything else is said in Chinese.
ALLOWED_WORDS = {"JPEG", "PNG", "WebP"}


def strip_comments(text):
    """Blanks C comments (keeping newlines and string literals) so that offsets stay line-true."""
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
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def split_args(text, start):
    """Arguments of the call whose '(' is at start: list of raw argument texts, end offset."""
    depth, i, args, cur = 0, start, [], start + 1
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            i = j + 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if depth == 0:
                args.append(text[cur:i])
                return args, i
        elif c == ',' and depth == 1:
            args.append(text[cur:i])
            cur = i + 1
        i += 1
    return None, n


LITERAL = re.compile(r'\s*"((?:[^"\\]|\\.)*)"\s*')


def c_string(arg):
    """The value of an argument made only of adjacent string literals, else None."""
    pos, parts = 0, []
    while pos < len(arg):
        m = LITERAL.match(arg, pos)
        if not m:
            return None
        parts.append(m.group(1))
        pos = m.end()
    if not parts:
        return None
    raw = ''.join(parts)
    return re.sub(r'\\(["\\\'?abfnrtv])', lambda m: {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n',
                                                  'r': '\r', 't': '\t', 'v': '\v'}.get(m.group(1), m.group(1)), raw)


def c_escape(s):
    return s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')


CONV = re.compile(r"%([-+ #0']*)(\d*|\*)(?:\.(\d*|\*))?(hh|h|ll|l|L|z|j|t)?([diouxXcspfFeEgGaA%]|.?)")
KIND = {**{c: 'd' for c in 'di'}, **{c: 'u' for c in 'ouxX'}, 'c': 'c', 's': 's', 'p': 'p',
        **{c: 'f' for c in 'fFeEgGaA'}}


def conversions(fmt):
    """The argument types of a format, e.g. ['s', 'lld']; '?' for anything unsupported."""
    out = []
    for m in CONV.finditer(fmt):
        flags, width, prec, length, conv = m.groups()
        if conv == '%':
            continue
        if width == '*' or prec == '*' or conv not in KIND:
            out.append('?' + m.group(0))
        else:
            out.append((length or '') + KIND[conv])
    return out


# What an English message must not show: a field's JSON name or path (org_id, fields.unit_id,
# persons[0]) and Chinese characters.
CODE_WORD = re.compile(r'\b[A-Za-z]\w*_\w+|\b[a-z]+\.[a-z_]+\b|\b[a-z_]+\[|\]\.')
HAN = re.compile(r'[\u3400-\u9fff]+')


def english_words(zh):
    """ASCII words left in a Chinese format once its conversions are taken out."""
    bare = CONV.sub(' ', zh)
    return [w for w in re.findall(r'[A-Za-z]+', bare) if w not in ALLOWED_WORDS]


def calls():
    """(file:line, function, format or None, raw format argument, field argument) per call."""
    found = []
    for dirpath, _, files in os.walk(SRC):
        for f in sorted(files):
            if not f.endswith('.c'):
                continue
            path = os.path.join(dirpath, f)
            text = strip_comments(open(path, encoding='utf-8').read())
            for m in re.finditer(r'\b(pa_error_set|http_error)\s*\(', text):
                line_start = text.rfind('\n', 0, m.start()) + 1
                # the definitions: "void pa_error_set(" at the start of a line
                if re.match(r'\s*(void|static|extern)\b', text[line_start:m.start()]):
                    continue
                args, _ = split_args(text, m.end() - 1)
                where = '%s:%d' % (os.path.relpath(path, ROOT), text.count('\n', 0, m.start()) + 1)
                idx = FUNCS[m.group(1)]
                if args is None or len(args) <= idx:
                    found.append((where, m.group(1), None, '(unparsed call)', None))
                    continue
                fmt = c_string(args[idx])
                found.append((where, m.group(1), fmt, args[idx].strip(), c_string(args[idx - 1])))
    return found


STR = r'(?:\s*"(?:[^"\\]|\\.)*"\s*)+'
ROW = re.compile(r'\{(%s)((?:,(?:%s|\s*NULL\s*))*)\}' % (STR, STR))


def table_in(path, name):
    """Rows of string literals { "a", "b" [, "c" | NULL ...] } in the array `name` of the C file
    path: (first, second, "path:line", [the later ones, None for NULL]); [] when the file has
    no such array."""
    text = strip_comments(open(path, encoding='utf-8').read())
    rel = os.path.relpath(path, ROOT)
    rows = []
    for m in re.finditer(r'\b%s\s*\[\s*\]\s*=\s*\{' % name, text):
        _, end = split_args(text, m.end() - 1)
        body_start = m.end()
        for e in ROW.finditer(text[body_start:end]):
            rest = [None if a.strip() == 'NULL' else c_string(a)
                    for a in re.findall(r',\s*(NULL|%s)' % STR, e.group(2))]
            if not rest or rest[0] is None:
                continue
            line = text.count('\n', 0, body_start + e.start()) + 1
            rows.append((c_string(e.group(1)), rest[0], '%s:%d' % (rel, line), rest[1:]))
    return rows


def table(kind):
    """The rows of every table of `struct kind` (msg_zh or field_zh) in src/: msg_zh.c's
    msg_zh_table / field_label_table first, then each module's own. None when msg_zh.c's is
    missing."""
    main_name = kind + '_table'
    rows = table_in(TABLE, main_name)
    if not rows:
        return None
    for dirpath, _, files in os.walk(SRC):
        for f in sorted(files):
            path = os.path.join(dirpath, f)
            if not f.endswith('.c') or os.path.samefile(path, TABLE):
                continue
            text = open(path, encoding='utf-8').read()
            for m in re.finditer(r'\bstruct\s+%s\s+(\w+)\s*\[\s*\]\s*=' % kind, text):
                rows += table_in(path, m.group(1))
    return rows


def field_names():
    """Names a message may show: validation table fields and query parameters."""
    names = {}
    for dirpath, _, files in os.walk(SRC):
        for f in sorted(files):
            if not f.endswith('.c'):
                continue
            path = os.path.join(dirpath, f)
            text = strip_comments(open(path, encoding='utf-8').read())
            rel = os.path.relpath(path, ROOT)
            for m in re.finditer(r'\{\s*"([A-Za-z0-9_.]+)"\s*,\s*VT_', text):
                names.setdefault(m.group(1), '%s:%d' % (rel, text.count('\n', 0, m.start()) + 1))
            for m in re.finditer(r'\b(?:http_query_int|http_query_time|coord_param)\s*\(\s*r\s*,\s*"([A-Za-z0-9_.]+)"', text):
                names.setdefault(m.group(1), '%s:%d' % (rel, text.count('\n', 0, m.start()) + 1))
    return names


def main():
    want_missing = '--missing' in sys.argv
    passed = failed = 0
    problems = []

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            problems.append(what)

    rows = table('msg_zh')
    labels = table('field_label')
    if rows is None or labels is None:
        print('msgcheck: cannot read msg_zh_table and field_label_table in src/util/msg_zh.c')
        print('0 passed, 1 failed')
        return 1
    zh_of = {}
    for en, zh, line, _ in rows:
        check(en not in zh_of, 'table: %s translates "%s" a second time' % (line, c_escape(en)))
        zh_of.setdefault(en, (zh, line))
    for en, (zh, line) in sorted(zh_of.items(), key=lambda kv: kv[1][1]):
        check(conversions(en) == conversions(zh),
              'conversions: %s "%s" has %s but its Chinese "%s" has %s'
              % (line, c_escape(en), conversions(en), c_escape(zh), conversions(zh)))
        words = english_words(zh)
        check(not words, 'chinese: %s the Chinese of "%s" holds English %s'
              % (line, c_escape(en), words))

    used, missing, english_of = set(), {}, {}
    for where, func, fmt, raw, _field in calls():
        if fmt is None:
            check(False, 'literal: %s %s(...) has a format that is not a string literal: %s'
                  % (where, func, raw))
            continue
        check(conversions(fmt) and all(k[0] != '?' for k in conversions(fmt)) or not conversions(fmt),
              'conversions: %s "%s" uses a conversion the translator cannot follow' % (where, c_escape(fmt)))
        check(fmt.strip() != '%s', 'literal: %s %s(...) passes a message through "%%s"; '
              'give it its own format (or use pa_error_move)' % (where, func))
        used.add(fmt)
        english_of.setdefault(fmt, []).append(where)
        if fmt not in zh_of:
            missing.setdefault(fmt, []).append(where)
            failed += 1
        else:
            passed += 1
    for fmt, wheres in missing.items():
        problems.append('translated: no Chinese for "%s" (%s)' % (c_escape(fmt), ', '.join(wheres)))

    label_of = {}
    for n, zh, line, rest in labels:
        words = english_words(zh)
        check(not words, 'chinese: %s the label of %s holds English %s' % (line, n, words))
        en = rest[0] if rest else None
        check(bool(en) and not CODE_WORD.search(en) and not HAN.search(en),
              'labels: %s the English label of %s is missing, names a code or holds Chinese: %r'
              % (line, n, en))
        en_one = rest[1] if len(rest) > 1 else None
        zh_one = rest[2] if len(rest) > 2 else None
        check(zh_one is None or (bool(zh_one) and en_one and not english_words(zh_one)),
              'labels: %s the Chinese element word of %s is empty, holds English or has no English '
              'one beside it: %r' % (line, n, zh_one))
        check(n not in label_of, 'labels: %s labels %s a second time (first at %s)'
              % (line, n, label_of.get(n, ('', ''))[1]))
        label_of.setdefault(n, (zh, line))
    for name, where in sorted(field_names().items()):
        last = re.sub(r'\[.*', '', name.split('.')[-1])
        check(name in label_of or last in label_of,
              'labels: the field "%s" (%s) has no label in field_label_table' % (name, where))
    for fmt, wheres in sorted(english_of.items()):
        codes = CODE_WORD.findall(CONV.sub(' ', fmt)) + HAN.findall(fmt)
        check(not codes, 'english: "%s" (%s) shows %s; pass the field as the %%s that is the '
              "error's field (shown by its label), or say it in words" % (c_escape(fmt), wheres[0], codes))

    for p in problems:
        print(p)
    stale = [en for en in zh_of if en not in used]
    for en in stale:
        print('note: %s "%s" is not used in src/ any more' % (zh_of[en][1], c_escape(en)))
    if missing and want_missing:
        print('\n/* untranslated formats, ready for msg_zh_table: */')
        for fmt in missing:
            print('\t{ "%s",\n\t    "" },' % c_escape(fmt))
    elif missing:
        print('(tools/msgcheck.py --missing prints them as table entries to fill in)')
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
