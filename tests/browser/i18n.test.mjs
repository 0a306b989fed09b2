// The web app's dictionary (web/i18n.js): both languages have the same keys, and every key the
// code asks for with t('...') exists. Runs without a server or a browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

// i18n.js touches localStorage and document only inside functions; give it stand-ins anyway.
globalThis.localStorage ??= { getItem: () => null, setItem: () => {} };
const { _dict: dict } = await import(path.join(WEB, 'i18n.js'));

test('zh and en have the same keys, none empty', () => {
  const zh = Object.keys(dict.zh).sort();
  const en = Object.keys(dict.en).sort();
  assert.deepEqual(zh.filter((k) => !(k in dict.en)), [], 'keys missing in en');
  assert.deepEqual(en.filter((k) => !(k in dict.zh)), [], 'keys missing in zh');
  for (const lang of ['zh', 'en']) {
    for (const [k, v] of Object.entries(dict[lang])) assert.ok(typeof v === 'string' && v.length > 0, `${lang}.${k} is empty`);
  }
});

test('every literal t() key used in web/*.js exists', async () => {
  const files = (await readdir(WEB)).filter((f) => f.endsWith('.js'));
  const missing = [];
  for (const f of files) {
    const src = await readFile(path.join(WEB, f), 'utf8');
    for (const m of src.matchAll(/\bt\('([a-z0-9_.]+)'\s*[,)]/g)) {
      if (!(m[1] in dict.zh)) missing.push(`${f}: ${m[1]}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the status, action and priority labels of the brief', () => {
  const want = {
    'status.open': ['待处理', 'Open'], 'status.in_progress': ['处理中', 'In progress'],
    'status.done': ['已办结', 'Done'], 'status.declined': ['不采纳', 'Declined'],
    'action.accept': ['受理并指派', 'Accept & assign'], 'action.decline': ['不采纳', 'Decline'],
    'action.done': ['办结', 'Mark done'], 'action.reopen': ['重新打开', 'Reopen'],
    'priority.low': ['低', 'Low'], 'priority.normal': ['普通', 'Normal'],
    'priority.high': ['高', 'High'], 'priority.urgent': ['紧急', 'Urgent'],
  };
  for (const [k, [zh, en]] of Object.entries(want)) {
    assert.equal(dict.zh[k], zh, k);
    assert.equal(dict.en[k], en, k);
  }
});
