// The catalogues in two languages (目录英文名): every entry of the admin-editable catalogues
// (event categories, lost-and-found item categories, patrol kinds) has a Chinese name (required)
// and an English one (optional; the Chinese stands in where there is none). The API answers
// `name` in the reader's language (Accept-Language, or lang= on an export) and both names
// (name_zh, name_en) to signed-in staff for the admin's page; lists, exports and the
// indicator breakdowns name categories the same way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

let srv;
let w;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, ['admin', 'operator', 'grid-worker']);
});
after(async () => { await srv?.stop(); });

const EN = { 'accept-language': 'en-GB,en;q=0.9' };
const ZH = { 'accept-language': 'zh-CN,zh;q=0.9' };
const get = async (who, p, headers = {}) => {
  const r = await srv.api('GET', p, { token: who ? w.S[who].token : undefined, headers });
  assert.equal(r.status, 200, `GET ${p}: ${r.status} ${r.text}`);
  return r.json;
};
const cats = (type, headers, who = 'admin') => get(who, `${API}/categories?type=${type}`, headers).then((j) => j.items);
const byCode = (items, code) => {
  const c = items.find((x) => x.code === code);
  assert.ok(c, `${code} is listed`);
  return c;
};
const ASCII = /^[\x20-\x7e]+$/;

/** A CSV body (UTF-8, BOM, RFC 4180 quoting) as rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', q = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (q) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') q = false; else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell.length || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
async function csv(who, p, headers = {}) {
  const r = await srv.api('GET', p, { token: w.S[who].token, headers });
  assert.equal(r.status, 200, `GET ${p}: ${r.status} ${r.text.slice(0, 300)}`);
  return parseCsv(r.text);
}

test('every shipped catalogue entry has an English name; name follows the reader, both names stay available', async () => {
  for (const type of ['event', 'lost']) {
    const zh = await cats(type, ZH);
    const en = await cats(type, EN);
    const none = await cats(type, {});
    assert.ok(zh.length > 5, `${type}: the shipped catalogue`);
    assert.deepEqual(en.map((c) => c.code), zh.map((c) => c.code), 'the same entries in both languages');
    for (const c of zh) {
      const e = byCode(en, c.code);
      assert.ok(c.name_en && ASCII.test(c.name_en), `${type} ${c.code} has an English name: ${c.name_en}`);
      assert.equal(c.name, c.name_zh, `${c.code}: a Chinese reader gets the Chinese name`);
      assert.match(c.name, /[\u4e00-\u9fff]/, `${c.code}'s Chinese name is Chinese`);
      assert.equal(e.name, c.name_en, `${c.code}: an English reader gets the English name`);
      assert.equal(e.name_zh, c.name_zh, 'the Chinese name stays available in English');
      assert.equal(byCode(none, c.code).name, c.name_zh, 'no Accept-Language: Chinese');
    }
  }
  // spot checks of the translation itself
  assert.equal(byCode(await cats('event', EN), 'XF01').name, 'Blocked fire lane');
  assert.equal(byCode(await cats('event', ZH), 'XF01').name, '消防通道堵塞');
  assert.equal(byCode(await cats('event', EN), 'XF01').platform_name, 'Law enforcement');
  const kinds = await get('grid-worker', `${API}/patrol-kinds`, EN);
  const fire = byCode(kinds.items, 'pc_fire');
  assert.deepEqual([fire.name, fire.name_zh, fire.name_en], ['Fire safety', '消防安全', 'Fire safety']);
  assert.equal(byCode((await get('grid-worker', `${API}/patrol-kinds`, ZH)).items, 'pc_fire').name, '消防安全');
});

test('the public item categories (no login) are named in the reader\'s language, codes and names only', async () => {
  const en = await cats('found', EN, null);
  const zh = await cats('found', ZH, null);
  assert.deepEqual(Object.keys(byCode(en, 'wallet')).sort(), ['code', 'name']);
  assert.equal(byCode(en, 'wallet').name, 'Wallet');
  assert.equal(byCode(zh, 'wallet').name, '钱包');
});

test('admin adds categories with and without an English name; English falls back to Chinese; edits both', async () => {
  const a = unique('A').replace(/[^A-Za-z0-9]/g, '').slice(0, 20);
  const b = `${a}B`;
  let r = await w.raw('admin', 'POST', `${API}/categories`, { body: { code: a, name: '测试大类', platform: 'bianmin' }, headers: EN });
  assert.equal(r.status, 201, r.text);
  assert.deepEqual([r.json.name, r.json.name_zh, r.json.name_en], ['测试大类', '测试大类', null], 'no English name: the Chinese stands in');
  r = await w.raw('admin', 'POST', `${API}/categories`, { body: { code: b, name: '测试小类', name_en: 'Test sub-category', parent: a, platform: 'bianmin' } });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.name, '测试小类', 'the answer follows the request\'s language (Chinese)');
  assert.equal(r.json.name_en, 'Test sub-category');
  let en = await cats('event', EN);
  assert.equal(byCode(en, a).name, '测试大类');
  assert.equal(byCode(en, a).name_en, null);
  assert.equal(byCode(en, b).name, 'Test sub-category');
  // set the English name of the first, change the Chinese of the second; then clear with null
  r = await w.raw('admin', 'PATCH', `${API}/categories/${a}`, { body: { name_en: 'Test group' } });
  assert.equal(r.status, 200, r.text);
  r = await w.raw('admin', 'PATCH', `${API}/categories/${b}`, { body: { name: '测试小类二' } });
  assert.equal(r.status, 200, r.text);
  en = await cats('event', EN);
  assert.equal(byCode(en, a).name, 'Test group');
  assert.equal(byCode(en, b).name, 'Test sub-category', 'changing the Chinese name keeps the English one');
  assert.equal(byCode(en, b).name_zh, '测试小类二');
  r = await w.raw('admin', 'PATCH', `${API}/categories/${b}`, { body: { name_en: null } });
  assert.equal(r.status, 200, r.text);
  en = await cats('event', EN);
  assert.equal(byCode(en, b).name, '测试小类二', 'cleared: the Chinese name stands in');
  assert.equal(byCode(en, b).name_en, null);
  // the lost-and-found catalogue takes an English name too
  const l = `${a}L`;
  r = await w.raw('admin', 'POST', `${API}/categories`, { body: { code: l, type: 'lost', name: '雨伞', name_en: 'Umbrella' } });
  assert.equal(r.status, 201, r.text);
  assert.equal(byCode(await cats('found', EN, null), l).name, 'Umbrella');
});

test('bad names: 422 naming the field, the catalogue unchanged; Chinese stays required', async () => {
  const before = await cats('event', ZH);
  const code = unique('Z').replace(/[^A-Za-z0-9]/g, '').slice(0, 20);
  const cases = [
    [{ code, name_en: 'Only English', platform: 'bianmin' }, 'name'],
    [{ code, name: '类别', name_en: '   ', platform: 'bianmin' }, 'name_en'],
    [{ code, name: '类别', name_en: 'x'.repeat(61), platform: 'bianmin' }, 'name_en'],
    [{ code, name: '类别', name_en: 12, platform: 'bianmin' }, 'name_en'],
  ];
  for (const [body, field] of cases) {
    assertError(await w.raw('admin', 'POST', `${API}/categories`, { body }), 422, undefined, field);
  }
  assertError(await w.raw('admin', 'PATCH', `${API}/categories/XF01`, { body: { name_en: '' } }), 422, undefined, 'name_en');
  assertError(await w.raw('admin', 'PATCH', `${API}/categories/XF01`, { body: { name: null } }), 422, undefined, 'name');
  assertError(await w.raw('operator', 'PATCH', `${API}/categories/XF01`, { body: { name_en: 'Mine' } }), 403);
  assert.deepEqual(await cats('event', ZH), before, 'nothing was written');
  // a 60-character English name is the limit, accepted
  const ok = await w.raw('admin', 'POST', `${API}/categories`, { body: { code, name: '类别', name_en: 'y'.repeat(60), platform: 'bianmin' } });
  assert.equal(ok.status, 201, ok.text);
});

test('patrol kinds: PUT sets both names (English optional); the patrol list names its kind in the reader\'s language', async () => {
  const body = { name: '学校周边', name_en: 'Around schools', items: [{ item: 'gate', label: '校门口秩序', label_en: 'Order at the gate' }] };
  let r = await w.raw('admin', 'PUT', `${API}/patrol-kinds/pc_school_en`, { body });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual([r.json.name_zh, r.json.name_en], ['学校周边', 'Around schools']);
  let k = byCode((await get('grid-worker', `${API}/patrol-kinds`, EN)).items, 'pc_school_en');
  assert.equal(k.name, 'Around schools');
  assertError(await w.raw('admin', 'PUT', `${API}/patrol-kinds/pc_school_en`, { body: { ...body, name_en: ' ' } }), 422, undefined, 'name_en');
  // a PUT replaces the kind: without name_en it has none, and English readers get the Chinese
  r = await w.raw('admin', 'PUT', `${API}/patrol-kinds/pc_school_en`, { body: { name: body.name, items: body.items } });
  assert.equal(r.status, 200, r.text);
  k = byCode((await get('grid-worker', `${API}/patrol-kinds`, EN)).items, 'pc_school_en');
  assert.deepEqual([k.name, k.name_en], ['学校周边', null]);
  // the demo's patrols: category_name by the reader's language, in the list and its export
  const zh = (await get('admin', `${API}/patrols?category=pc_fire`, ZH)).items;
  const en = (await get('admin', `${API}/patrols?category=pc_fire`, EN)).items;
  assert.ok(zh.length > 0, 'the demo has fire patrols');
  assert.ok(zh.every((p) => p.category_name === '消防安全'), zh.map((p) => p.category_name).join());
  assert.ok(en.every((p) => p.category_name === 'Fire safety'), en.map((p) => p.category_name).join());
  const rows = await csv('admin', `${API}/patrols?category=pc_fire&format=csv&lang=en`);
  const col = rows[0].indexOf('Kind');
  assert.ok(col >= 0, rows[0].join());
  assert.ok(rows.slice(1).filter((x) => x.length > 1).every((x) => x[col] === 'Fire safety'));
});

test('an event\'s category in an export and the indicator breakdowns follow the language', async () => {
  const c = await w.report('grid-worker', { title: unique('堵塞'), category: 'XF01', ...w.pointIn('将军社区第一网格') });
  const q = `type=event&category=XF01&format=csv`;
  const pick = (rows, header) => {
    const col = rows[0].indexOf(header);
    assert.ok(col >= 0, `${header} in ${rows[0].join()}`);
    const row = rows.find((x) => x[0] === c.code);
    assert.ok(row, `${c.code} is exported`);
    return row[col];
  };
  assert.equal(pick(await csv('admin', `${API}/cases?${q}&lang=en`), 'Category'), 'Fire hazards / Blocked fire lane');
  assert.equal(pick(await csv('admin', `${API}/cases?${q}`, EN), 'Category'), 'Fire hazards / Blocked fire lane');
  assert.equal(pick(await csv('admin', `${API}/cases?${q}`, ZH), '类别'), '消防隐患 / 消防通道堵塞');
  // the breakdown by category: the group (大类) by its name in the language asked
  const zh = await get('operator', `${API}/indicators?category=XF`, ZH);
  const en = await get('operator', `${API}/indicators?category=XF`, EN);
  assert.equal(byCode(zh.by_category, 'XF').name, '消防隐患');
  assert.equal(byCode(en.by_category, 'XF').name, 'Fire hazards');
  assert.equal(byCode(en.by_platform, 'zonghe_zhifa').name, 'Law enforcement');
  assert.equal(byCode(zh.by_platform, 'zonghe_zhifa').name, '综合执法');
});

test('lost-and-found statistics name the item categories in the reader\'s language', async () => {
  const zh = await get('admin', `${API}/lostfound/stats`, ZH);
  const en = await get('admin', `${API}/lostfound/stats`, EN);
  assert.equal(en.items.find((x) => x.category === 'wallet').name, 'Wallet');
  assert.equal(zh.items.find((x) => x.category === 'wallet').name, '钱包');
  assert.equal(en.items.find((x) => x.category === null).name, 'Total');
  const rows = await csv('admin', `${API}/lostfound/stats?format=csv&lang=en`, ZH);
  assert.ok(rows.some((x) => x[0] === 'Wallet'), 'lang=en wins over the header in an export');
});

test('every type\'s categories through the same API: a type\'s own fixed list in both languages, an unknown type 422', async () => {
  const list = (await get('operator', `${API}/types`)).items;
  for (const type of ['dispute', 'risk', 'help', 'incident']) {
    const d = list.find((t) => t.type === type);
    assert.ok(d && Array.isArray(d.category_names), `${type} names its categories in GET /types`);
    const en = await cats(type, EN, 'operator');
    const zh = await cats(type, ZH, 'operator');
    assert.deepEqual(en.map((c) => c.code), d.category_names.map((c) => c.code), `${type}: the type's list`);
    for (const n of d.category_names) {
      assert.equal(byCode(en, n.code).name, n.name_en, `${type} ${n.code} in English`);
      assert.equal(byCode(zh, n.code).name, n.name_zh, `${type} ${n.code} in Chinese`);
      assert.equal(byCode(zh, n.code).editable, false, 'part of the type\'s rules, not the admin\'s catalogue');
    }
  }
  assert.equal(byCode(await cats('dispute', EN, 'operator'), 'neighbour').name_zh, '邻里纠纷');
  assert.equal(byCode(await cats('event', EN), 'XF01').editable, true);
  const bad = await w.raw('operator', 'GET', `${API}/categories?type=nope`);
  assertError(bad, 422, 'invalid_value', 'type');
});

test('migration 019 gives a database seeded before it the same English names a new one gets', async () => {
  // the migration's table of shipped names (code, Chinese, English) against a new database's
  const { readFileSync } = await import('node:fs');
  const sql = readFileSync(new URL('../../src/db/migrations/019_catalogue_en.sql', import.meta.url), 'utf8');
  const rows = [...sql.matchAll(/\('([A-Za-z0-9_]+)', '([^']+)', '([^']+)'\)/g)].map((m) => ({ code: m[1], zh: m[2], en: m[3] }));
  const live = [...await cats('event', ZH), ...await cats('lost', ZH),
    ...(await get('admin', `${API}/patrol-kinds`, ZH)).items];
  const shipped = live.filter((c) => rows.some((r) => r.code === c.code));
  assert.ok(rows.length >= 45 && shipped.length === rows.length, `every shipped entry is in the migration (${rows.length}, ${shipped.length})`);
  for (const r of rows) {
    const c = byCode(live, r.code);
    if (c.name_zh !== r.zh) continue;     // renamed by an earlier test of this file
    assert.equal(c.name_en, r.en, `${r.code}: the seed and the migration agree`);
  }
});
