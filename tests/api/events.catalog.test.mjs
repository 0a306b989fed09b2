// The event catalogue (事件分类: 大类/小类, platform, deadlines), holidays, and the catalogue's
// CSV export/import on the command line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, runCli, API, assertError, getOk, listAll, unique } from './lib.mjs';
import { eventWorld, PLATFORMS } from './fixtures/events.mjs';

let srv;
let w;
let scratch;
let cj;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, ['admin', 'operator', 'grid-worker', 'county-operator']);
  cj = w.org('城中街道城建办');
  scratch = mkdtempSync(path.join(tmpdir(), 'pingan-catalog-'));
});
after(async () => {
  try { await srv?.stop(); } finally { rmSync(scratch, { recursive: true, force: true }); }
});

const cats = async (who = 'admin') => (await getOk(srv, `${API}/categories?type=event`, w.S[who])).items;
const byCode = async (code) => (await cats()).find((c) => c.code === code);
const postCat = (who, body) => w.raw(who, 'POST', `${API}/categories`, { body });
const patchCat = (who, code, body) => w.raw(who, 'PATCH', `${API}/categories/${encodeURIComponent(code)}`, { body });

/** Asserts the response is the error and the catalogue is exactly as before. */
async function refusedCat(request, status, code, field) {
  const before = await cats();
  const r = await request();
  const e = assertError(r, status, code, field);
  assert.deepEqual(await cats(), before, 'a refused request leaves the catalogue alone');
  return e;
}

// ---- the catalogue -----------------------------------------------------------------------------

test('the demo catalogue is two-level; each sub-category has parent, platform and deadlines', async () => {
  const items = await cats();
  const tops = items.filter((c) => c.parent === null);
  const subs = items.filter((c) => c.parent !== null);
  assert.ok(tops.length >= 2, `several 大类: ${tops.map((c) => c.code)}`);
  assert.ok(subs.length >= tops.length, 'each 大类 has 小类');
  const codes = items.map((c) => c.code);
  assert.equal(new Set(codes).size, codes.length, 'codes are unique');
  const topCodes = new Set(tops.map((c) => c.code));
  for (const c of items) {
    assert.equal(typeof c.code, 'string');
    assert.ok(c.name && typeof c.name === 'string', `${c.code} has a name`);
    assert.ok(PLATFORMS.includes(c.platform), `${c.code} platform ${c.platform}`);
  }
  for (const s of subs) {
    assert.ok(topCodes.has(s.parent), `${s.code}'s parent ${s.parent} is a 大类`);
    assert.ok(Number.isInteger(s.accept_hours) && s.accept_hours >= 0, `${s.code} accept_hours ${s.accept_hours}`);
    assert.ok(Number.isInteger(s.handle_days) && s.handle_days >= 0, `${s.code} handle_days ${s.handle_days}`);
    assert.equal(typeof s.settle_on_spot, 'boolean', `${s.code} settle_on_spot`);
    assert.equal(typeof s.public, 'boolean', `${s.code} public`);
    if (s.department_id !== null && s.department_id !== undefined) {
      const d = w.orgs.find((o) => o.id === s.department_id);
      assert.ok(d && d.kind === 'department', `${s.code} department ${s.department_id} is a department`);
      assert.equal(s.department_name, d.name);
    }
  }
  for (const t of tops) assert.ok(subs.some((s) => s.parent === t.code), `大类 ${t.code} has a 小类`);
  // All four platforms are present (四个平台).
  assert.deepEqual(new Set(items.map((c) => c.platform)), new Set(PLATFORMS));
  // Every signed-in role can read the catalogue (the report form needs it).
  assert.deepEqual((await cats('grid-worker')).map((c) => c.code).sort(), codes.slice().sort());
});

test('admin creates a 大类 and a 小类; they are listed and usable for events', async () => {
  const top = await postCat('admin', { code: 'TQ', name: '测试大类', platform: 'bianmin' });
  assert.equal(top.status, 201, top.text);
  assert.equal(top.json.code, 'TQ');
  assert.equal(top.json.parent, null);
  const sub = await postCat('admin', {
    code: 'TQ01', name: '测试小类', parent: 'TQ', platform: 'bianmin', department_id: cj.id,
    accept_hours: 4, handle_days: 5, settle_on_spot: false, public: true,
  });
  assert.equal(sub.status, 201, sub.text);
  const got = await byCode('TQ01');
  assert.ok(got, 'listed');
  assert.equal(got.parent, 'TQ');
  assert.equal(got.platform, 'bianmin');
  assert.equal(got.department_id, cj.id);
  assert.equal(got.department_name, '城中街道城建办');
  assert.equal(got.accept_hours, 4);
  assert.equal(got.handle_days, 5);
  assert.equal(got.settle_on_spot, false);

  const c = await w.report('grid-worker', { category: 'TQ01', ...w.pointIn('将军社区第一网格') });
  assert.equal(c.category, 'TQ01');
  assert.equal(c.platform, 'bianmin');
  assert.ok(Math.abs(Date.parse(c.due_at) - Date.parse(c.created_at) - 4 * 3600000) <= 2000, 'accept_hours 4');
});

test('the limits of the deadlines are accepted: accept_hours 0–720, handle_days 0–365', async () => {
  for (const [body, code] of [[{ accept_hours: 720, handle_days: 365 }, 'TQ05'], [{ accept_hours: 0, handle_days: 0 }, 'TQ06']]) {
    const r = await postCat('admin', { code, name: `边界${code}`, parent: 'TQ', platform: 'bianmin', ...body });
    assert.equal(r.status, 201, r.text);
    const got = await byCode(code);
    assert.equal(got.accept_hours, body.accept_hours);
    assert.equal(got.handle_days, body.handle_days);
  }
});

test('admin PATCHes a category; the new deadline applies to new events', async () => {
  const r = await patchCat('admin', 'TQ01', { accept_hours: 8, name: '测试小类（改）' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.accept_hours, 8);
  const got = await byCode('TQ01');
  assert.equal(got.accept_hours, 8);
  assert.equal(got.name, '测试小类（改）');
  assert.equal(got.handle_days, 5, 'fields not sent are kept');
  const c = await w.report('grid-worker', { category: 'TQ01', ...w.pointIn('将军社区第一网格') });
  assert.ok(Math.abs(Date.parse(c.due_at) - Date.parse(c.created_at) - 8 * 3600000) <= 2000, 'accept_hours 8');
});

test('non-admins may not create or change categories (403)', async () => {
  for (const who of ['operator', 'county-operator', 'grid-worker']) {
    await refusedCat(() => postCat(who, { code: 'TQ09', name: '越权', parent: 'TQ', platform: 'bianmin' }), 403, 'forbidden');
    await refusedCat(() => patchCat(who, 'TQ01', { accept_hours: 1 }), 403, 'forbidden');
  }
});

test('bad category bodies: duplicate 409, bad platform/parent/values 422, unknown code 404', async () => {
  await refusedCat(() => postCat('admin', { code: 'TQ01', name: '重复', parent: 'TQ', platform: 'bianmin' }), 409, 'conflict');
  await refusedCat(() => postCat('admin', { code: 'TQ02', name: '平台错', parent: 'TQ', platform: 'nowhere' }), 422, undefined, 'platform');
  await refusedCat(() => postCat('admin', { code: 'TQ02', name: '缺平台', parent: 'TQ' }), 422, undefined, 'platform');
  await refusedCat(() => postCat('admin', { name: '缺代码', parent: 'TQ', platform: 'bianmin' }), 422, undefined, 'code');
  await refusedCat(() => postCat('admin', { code: 'TQ02', parent: 'TQ', platform: 'bianmin' }), 422, undefined, 'name');
  await refusedCat(() => postCat('admin', { code: 'TQ02', name: '父类不存在', parent: 'NOPE', platform: 'bianmin' }), 422, undefined, 'parent');
  await refusedCat(() => postCat('admin', { code: 'TQ0101', name: '三级', parent: 'TQ01', platform: 'bianmin' }), 422, undefined, 'parent');
  await refusedCat(() => postCat('admin', { code: 'TQ02', name: '负时限', parent: 'TQ', platform: 'bianmin', accept_hours: -1 }), 422, undefined, 'accept_hours');
  await refusedCat(() => postCat('admin', { code: 'TQ02', name: '超时限', parent: 'TQ', platform: 'bianmin', accept_hours: 721 }), 422, undefined, 'accept_hours');
  await refusedCat(() => postCat('admin', { code: 'TQ02', name: '超天数', parent: 'TQ', platform: 'bianmin', handle_days: 366 }), 422, undefined, 'handle_days');
  await refusedCat(() => patchCat('admin', 'TQ01', { handle_days: -1 }), 422, undefined, 'handle_days');
  await refusedCat(() => postCat('admin', { code: 'TQ02', name: '部门错', parent: 'TQ', platform: 'bianmin', department_id: w.org('将军社区第一网格').id }), 422, undefined, 'department_id');
  await refusedCat(() => postCat('admin', { code: 'TQ02', name: '多字段', parent: 'TQ', platform: 'bianmin', colour: 'red' }), 422, 'unknown_field', 'colour');
  await refusedCat(() => patchCat('admin', 'TQ01', { platform: 'nowhere' }), 422, undefined, 'platform');
  await refusedCat(() => patchCat('admin', 'TQ01', { handle_days: 'five' }), 422, undefined, 'handle_days');
  await refusedCat(() => patchCat('admin', 'NOSUCH99', { accept_hours: 1 }), 404, 'not_found');
});

test('creating an event with a 大类 code, an unknown code or none → 422 category, nothing created', async () => {
  const top = (await cats()).find((c) => c.parent === null);
  const n0 = (await listAll(srv, w.S.admin, `${API}/cases?type=event`)).length;
  const pt = w.pointIn('将军社区第一网格');
  for (const body of [{ category: top.code }, { category: 'NOSUCH99' }, {}, { category: 7 }]) {
    const r = await w.post('grid-worker', { title: unique('分类'), ...pt, ...body });
    assertError(r, 422, undefined, 'category');
  }
  assert.equal((await listAll(srv, w.S.admin, `${API}/cases?type=event`)).length, n0);
});

// ---- holidays ----------------------------------------------------------------------------------

test('holidays: admin PUT upserts, GET by year, DELETE removes; others get 403', async () => {
  const year = 2031;
  const get = async (who = 'admin') => (await getOk(srv, `${API}/holidays?year=${year}`, w.S[who])).items;
  const put = (who, items) => w.raw(who, 'PUT', `${API}/holidays`, { body: { items } });
  const before = await get();

  let r = await put('admin', [{ date: '2031-10-01', name: '国庆节', workday: false }, { date: '2031-09-28', name: '国庆调休', workday: true }]);
  assert.equal(r.status, 200, r.text);
  let items = await get();
  const find = (d) => items.find((h) => h.date === d);
  assert.deepEqual(find('2031-10-01'), { date: '2031-10-01', name: '国庆节', workday: false });
  assert.deepEqual(find('2031-09-28'), { date: '2031-09-28', name: '国庆调休', workday: true });
  const dates = items.map((h) => h.date);
  assert.deepEqual(dates, [...dates].sort(), 'ordered by date');
  assert.ok(items.every((h) => h.date.startsWith(`${year}-`)), 'only the year asked for');

  // Upsert: the same date again replaces it.
  r = await put('admin', [{ date: '2031-10-01', name: '国庆节（改）' }]);
  assert.equal(r.status, 200, r.text);
  items = await get();
  assert.equal(items.filter((h) => h.date === '2031-10-01').length, 1);
  assert.equal(find('2031-10-01').name, '国庆节（改）');
  assert.equal(find('2031-10-01').workday, false, 'workday defaults to false');
  assert.equal(items.length, before.length + 2);
  // Other years do not show it.
  assert.ok(!(await getOk(srv, `${API}/holidays?year=2030`, w.S.admin)).items.some((h) => h.date.startsWith('2031')));
  // Anyone signed in may read them (deadlines are shown to everyone).
  assert.deepEqual(await get('operator'), items);

  // Refused: non-admin, bad dates; nothing changes.
  const refused = async (req, status, code, field) => {
    const b = await get();
    assertError(await req(), status, code, field);
    assert.deepEqual(await get(), b);
  };
  await refused(() => put('operator', [{ date: '2031-05-01', name: '劳动节' }]), 403, 'forbidden');
  await refused(() => w.raw('operator', 'DELETE', `${API}/holidays/2031-10-01`), 403, 'forbidden');
  await refused(() => put('admin', [{ date: '2031-02-30', name: '不存在' }]), 422);
  await refused(() => put('admin', [{ date: '31-10-01' }]), 422);
  await refused(() => put('admin', [{ name: '无日期' }]), 422);
  await refused(() => put('admin', [{ date: '2031-05-01', name: '劳动节' }, { date: 'bad' }]), 422); // all or nothing

  r = await w.raw('admin', 'DELETE', `${API}/holidays/2031-10-01`);
  assert.equal(r.status, 204, r.text);
  items = await get();
  assert.equal(find('2031-10-01'), undefined);
  assert.ok(find('2031-09-28'));
  r = await w.raw('admin', 'DELETE', `${API}/holidays/2031-09-28`);
  assert.equal(r.status, 204, r.text);
  assert.deepEqual(await get(), before);
});

// ---- CLI export / import -----------------------------------------------------------------------

/** Minimal RFC 4180 parser: rows of fields (quoted fields may hold commas, quotes, newlines). */
function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (ch === '"') q = false; else f += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(f); f = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(f); rows.push(row); row = []; f = '';
    } else f += ch;
  }
  if (f.length || row.length) { row.push(f); rows.push(row); }
  return rows;
}
const toCsv = (rows) => rows.map((r) => r.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n') + '\n';

function py(script, ...args) {
  const r = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, `python3: ${r.stderr}`);
  return r.stdout.trim();
}

test('`pingan catalog export` / `import` round trip on a copy of the database', async () => {
  // A category of this test's own, with every column filled in.
  assert.equal((await postCat('admin', { code: 'TR', name: '导出大类', platform: 'shichang' })).status, 201);
  const mk = await postCat('admin', {
    code: 'TR01', name: '导出小类', parent: 'TR', platform: 'shichang', department_id: cj.id,
    accept_hours: 3, handle_days: 7, settle_on_spot: true, public: false,
  });
  assert.equal(mk.status, 201, mk.text);
  const live = await cats();
  const db = path.join(scratch, 'copy.db');
  py('import sqlite3,sys\ns=sqlite3.connect(sys.argv[1]);d=sqlite3.connect(sys.argv[2])\ns.backup(d);d.close();s.close()', srv.db, db);
  copyFileSync(`${srv.db}.key`, `${db}.key`);   // the copy is served below: it needs its key file

  const ex = runCli(['catalog', 'export', '--db', db]);
  assert.equal(ex.signal, null);
  assert.equal(ex.status, 0, ex.stderr);
  const rows = parseCsv(ex.stdout);
  const header = rows[0];
  for (const col of ['code', 'name', 'parent', 'platform']) assert.ok(header.includes(col), `header has ${col}: ${header}`);
  const data = rows.slice(1);
  assert.equal(data.length, live.length, 'one line per category');
  assert.ok(data.every((r) => r.length === header.length), 'every line has every column');
  const col = (name) => header.indexOf(name);
  assert.deepEqual(data.map((r) => r[col('code')]).sort(), live.map((c) => c.code).sort());
  const tq = data.find((r) => r[col('code')] === 'TR01');
  assert.equal(tq[col('name')], '导出小类');
  assert.equal(tq[col('parent')], 'TR');
  assert.equal(tq[col('platform')], 'shichang');
  if (header.includes('accept_hours')) assert.equal(tq[col('accept_hours')], '3');
  if (header.includes('handle_days')) assert.equal(tq[col('handle_days')], '7');
  // the English names travel in the last column (empty where there is none)
  assert.equal(header.at(-1), 'name_en');
  assert.equal(data.find((r) => r[col('code')] === 'XF01')[col('name_en')], 'Blocked fire lane');
  assert.equal(tq[col('name_en')], '');

  // Importing the export unchanged changes nothing.
  const f0 = path.join(scratch, 'same.csv');
  writeFileSync(f0, ex.stdout);
  const same = runCli(['catalog', 'import', '--db', db, f0]);
  assert.equal(same.status, 0, same.stderr);
  assert.equal(runCli(['catalog', 'export', '--db', db]).stdout, ex.stdout, 'import of an export is a no-op');

  // Rename one, add one.
  const edited = rows.map((r) => r.slice());
  edited.find((r) => r[col('code')] === 'TR01')[col('name')] = '测试小类, "导入改名"';
  const added = tq.slice();
  added[col('code')] = 'TR02';
  added[col('name')] = '导入新增';
  edited.push(added);
  const f1 = path.join(scratch, 'edited.csv');
  writeFileSync(f1, toCsv(edited));
  const im = runCli(['catalog', 'import', '--db', db, f1]);
  assert.equal(im.signal, null);
  assert.equal(im.status, 0, im.stderr);
  const ex2 = runCli(['catalog', 'export', '--db', db]);
  assert.equal(ex2.status, 0, ex2.stderr);
  const rows2 = parseCsv(ex2.stdout);
  assert.deepEqual(rows2[0], header);
  assert.equal(rows2.length - 1, live.length + 1, 'one more line');
  assert.equal(rows2.find((r) => r[0 + col('code')] === 'TR01')[col('name')], '测试小类, "导入改名"');
  const tq2 = rows2.find((r) => r[col('code')] === 'TR02');
  assert.ok(tq2, 'TR02 imported');
  for (let i = 0; i < header.length; i++) if (i !== col('code') && i !== col('name')) assert.equal(tq2[i], tq[i], `column ${header[i]}`);
  // Untouched lines are unchanged.
  for (const r of data) {
    if (r[col('code')] === 'TR01') continue;
    assert.deepEqual(rows2.find((x) => x[col('code')] === r[col('code')]), r);
  }

  // A bad file is refused as a whole: non-zero exit, a message, the catalogue unchanged.
  const bad = edited.map((r) => r.slice());
  bad.push(Object.assign(tq.slice(), { [col('code')]: 'TR03', [col('platform')]: 'nowhere' }));
  const f2 = path.join(scratch, 'bad.csv');
  writeFileSync(f2, toCsv(bad));
  const imBad = runCli(['catalog', 'import', '--db', db, f2]);
  assert.equal(imBad.signal, null, imBad.stderr);
  assert.notEqual(imBad.status, 0, 'a bad platform fails the import');
  assert.ok(imBad.stderr.trim().length > 0);
  assert.equal(runCli(['catalog', 'export', '--db', db]).stdout, ex2.stdout, 'nothing of the bad file was imported');
  // A file of the older 9 columns (no name_en) still imports, and keeps the stored English names.
  const old = rows2.map((r) => r.slice(0, col('name_en')));
  old.find((r) => r[col('code')] === 'XF01')[col('handle_days')] = '4';
  const f3 = path.join(scratch, 'old.csv');
  writeFileSync(f3, toCsv(old));
  const imOld = runCli(['catalog', 'import', '--db', db, f3]);
  assert.equal(imOld.status, 0, imOld.stderr);
  const rows3 = parseCsv(runCli(['catalog', 'export', '--db', db]).stdout);
  const xf = rows3.find((r) => r[col('code')] === 'XF01');
  assert.equal(xf[col('handle_days')], '4', 'the old file was imported');
  assert.equal(xf[col('name_en')], 'Blocked fire lane', 'its English name was kept');
  const restore = runCli(['catalog', 'import', '--db', db, f1]);
  assert.equal(restore.status, 0, restore.stderr);
  assert.equal(runCli(['catalog', 'export', '--db', db]).stdout, ex2.stdout, 'back to the edited file');
  const missing = runCli(['catalog', 'import', '--db', db, path.join(scratch, 'nope.csv')]);
  assert.notEqual(missing.status, 0);
  assert.equal(missing.signal, null);

  // A server on the copy serves the imported catalogue.
  const srv2 = await startServer({ dir: mkdtempSync(path.join(tmpdir(), 'pingan-catalog2-')), db });
  try {
    const admin = await srv2.login('admin');
    const items = (await getOk(srv2, `${API}/categories?type=event`, admin)).items;
    const tr2 = items.find((c) => c.code === 'TR02');
    assert.equal(tr2?.name, '导入新增');
    // Every other field came over from TR01's line.
    assert.deepEqual({ ...tr2, code: null, name: null, name_zh: null }, { ...items.find((c) => c.code === 'TR01'), code: null, name: null, name_zh: null });
    assert.equal(tr2.department_id, cj.id);
    assert.equal(tr2.accept_hours, 3);
    assert.equal(tr2.handle_days, 7);
    assert.equal(tr2.settle_on_spot, true);
    assert.equal(tr2.public, false);
    assert.equal(items.find((c) => c.code === 'TR01')?.name, '测试小类, "导入改名"');
    assert.equal(items.length, live.length + 1);
  } finally {
    await srv2.stop();
  }
});
