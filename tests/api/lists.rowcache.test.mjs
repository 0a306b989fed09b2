// The list-row cache (列表行缓存, src/core/case_cache.c): a typed list (type=event) keeps its
// rows rendered, and so does the untyped list for its event rows; each test lists a row once
// (it is kept), changes what the row shows through the API, and lists again: the next page
// must show the change. Paths: an edit (PATCH) and an action of the case, a user's new name
// (users: assignee and reporter names), persons added by a later action, and what depends on
// the viewer (persons 当事人 only for staff of the case's units, in both orders: the first
// viewer of a row must not decide what the second sees). Taking out the cache's `cases` or
// `users` path, or its persons cut, fails a test here; its side-table and persons paths do
// not (every API writer of them also writes the case row): tests/unit/test_cache.c checks
// those. Also: a write behind the server's back (the sqlite3 shell) shows within seconds, and
// a second server on the database is refused.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, runCli, API, orgsByName, unique } from './lib.mjs';

let srv;
const S = {};
let org;
const PW = 'rowcache-Pw-5512x';

const list = async (who, query = 'type=event&limit=200') => {
  const r = await srv.api('GET', `${API}/cases?${query}`, { token: S[who].token });
  assert.equal(r.status, 200, r.text);
  return r;
};
const row = async (who, id, query) => (await list(who, query)).json.items.find((x) => x.id === id);

async function create(who, extra = {}) {
  const r = await srv.api('POST', `${API}/cases`, { token: S[who].token, body: { type: 'event',
    title: unique('列表缓存'), category: 'SZ02', org_id: org.get('将军社区第一网格').id, ...extra } });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

before(async () => {
  srv = await startServer();
  for (const l of ['admin', 'operator', 'citizen']) S[l] = await srv.login(l);
  org = await orgsByName(srv, S.admin);
});
after(async () => { await srv?.stop(); });

test('a page listed twice is the same bytes, and its rows are those of the untyped list', async () => {
  await create('operator', { persons: [{ role: 'party', name: '慕容复', phone: '13711112222' }] });
  const a = await list('operator');
  const b = await list('operator');
  assert.equal(b.text, a.text);
  const all = (await list('operator', 'limit=200')).json.items.filter((x) => x.type === 'event');
  const typed = a.json.items.slice(0, all.length);
  assert.ok(typed.length > 0);
  // the untyped list copies the same kept rows, so this only shows the two lists agree
  assert.deepEqual(typed, all.slice(0, typed.length));
  // against the case page: its own rendering from case_load (kept by the one-case cache, not
  // the list-row cache), which carries more fields
  for (const r of typed.slice(0, 3)) {
    const one = (await srv.api('GET', `${API}/cases/${r.id}`, { token: S.operator.token })).json;
    for (const k of Object.keys(r)) assert.deepEqual(r[k], one[k], `${r.id}.${k}`);
  }
});

test('an edit (PATCH) shows in the next page', async () => {
  const c = await create('operator');
  const before0 = await row('operator', c.id);
  assert.equal(before0.title, c.title);
  const title = unique('改过的标题');
  const r = await srv.api('PATCH', `${API}/cases/${c.id}`, { token: S.operator.token,
    body: { version: before0.version, title, address: '将军路1号' } });
  assert.equal(r.status, 200, r.text);
  const after1 = await row('operator', c.id);
  assert.equal(after1.title, title);
  assert.equal(after1.address, '将军路1号');
  assert.equal(after1.version, r.json.version);
});

test('an action shows in the next page: status, stage, its side fields, version', async () => {
  const c = await create('operator');
  const before0 = await row('operator', c.id);
  assert.equal(before0.status, 'reported');
  const r = await srv.api('POST', `${API}/cases/${c.id}/actions`, { token: S.operator.token,
    body: { action: 'accept' } });
  assert.equal(r.status, 200, r.text);
  const after1 = await row('operator', c.id);
  assert.equal(after1.status, r.json.status);
  assert.notEqual(after1.status, 'reported');
  assert.equal(after1.stage, r.json.stage);
  assert.equal(after1.accepted_at, r.json.accepted_at);
  assert.ok(after1.accepted_at, 'accepted_at (a column of event_details) is set');
  assert.equal(after1.version, r.json.version);
  // the same page as the case itself, but for what only the case page carries
  const one = (await srv.api('GET', `${API}/cases/${c.id}`, { token: S.operator.token })).json;
  for (const k of Object.keys(after1)) assert.deepEqual(after1[k], one[k], k);
});

test("a user's new name shows in the next page (reporter and assignee names)", async () => {
  const u = await srv.api('POST', `${API}/users`, { token: S.admin.token, body: { login: unique('rc'),
    name: '缓存测试员', password: PW, grants: [{ role: 'operator', org_id: org.get('城中街道').id }] } });
  assert.equal(u.status, 201, u.text);
  S.mine = await srv.login(u.json.login, PW);
  const c = await create('mine');
  assert.equal((await row('operator', c.id)).reporter_name, '缓存测试员');
  const r = await srv.api('PATCH', `${API}/users/${u.json.id}`, { token: S.admin.token,
    body: { name: '改名测试员' } });
  assert.equal(r.status, 200, r.text);
  assert.equal((await row('operator', c.id)).reporter_name, '改名测试员');
});

test('persons follow the viewer, whoever listed the row first', async () => {
  const party = { role: 'party', name: '欧阳修远', phone: '13766661234' };
  // staff first: the row is kept with its persons; the citizen reporter must not get them
  const one = await create('citizen', { body: '楼道堆物' });
  const a1 = await srv.api('POST', `${API}/cases/${one.id}/actions`, { token: S.operator.token,
    body: { action: 'accept', fields: { persons: [party] } } });
  assert.equal(a1.status, 200, a1.text);
  const staff1 = await row('operator', one.id);
  assert.equal(staff1.persons.length, 1);
  assert.equal(staff1.persons[0].name, '欧**远');
  const own1 = await row('citizen', one.id);
  assert.ok(own1, 'the citizen lists their report');
  assert.ok(!('persons' in own1), JSON.stringify(own1.persons));
  assert.equal(own1.title, one.title);
  // the citizen first: the row is kept as it is; staff must still get the persons
  const two = await create('citizen', { body: '楼道堆物' });
  const a2 = await srv.api('POST', `${API}/cases/${two.id}/actions`, { token: S.operator.token,
    body: { action: 'accept', fields: { persons: [party] } } });
  assert.equal(a2.status, 200, a2.text);
  const own2 = await row('citizen', two.id);
  assert.ok(!('persons' in own2));
  const staff2 = await row('operator', two.id);
  assert.equal(staff2.persons.length, 1, JSON.stringify(staff2));
  assert.equal(staff2.persons[0].phone, '137****1234');
  // apart from the persons, both saw the same row
  delete staff2.persons;
  assert.deepEqual(own2, staff2);
});

test('persons registered by a later action show in the next page', async () => {
  const c = await create('operator');
  const r0 = await row('operator', c.id);
  assert.deepEqual(r0.persons, []);
  const a = await srv.api('POST', `${API}/cases/${c.id}/actions`, { token: S.operator.token,
    body: { action: 'accept', fields: { persons: [{ role: 'party', name: '段誉', phone: '13899990000' }] } } });
  assert.equal(a.status, 200, a.text);
  const r1 = await row('operator', c.id);
  assert.equal(r1.persons.length, 1);
  assert.equal(r1.persons[0].name, '段*');
});

test('a list row carries nothing in the reader language (the cache keeps one rendering for all)', async () => {
  // the case JSON (not cached) in English and in Chinese: the fields a list row has are the
  // same; if a row ever shows a name in the reader's language, this fails and the cache must
  // key its rows by language
  const c = await create('operator', { persons: [{ role: 'party', name: '王语嫣', phone: '13655556666' }] });
  const one = async (lang) => (await srv.api('GET', `${API}/cases/${c.id}`, { token: S.operator.token,
    headers: { 'accept-language': lang } })).json;
  const zh1 = await one('zh-CN,zh;q=0.9');
  const en1 = await one('en-GB,en;q=0.9');
  const listed = await row('operator', c.id);
  for (const k of Object.keys(listed)) assert.deepEqual(en1[k], zh1[k], k);
  const get = (lang) => srv.api('GET', `${API}/cases?type=event&limit=200`, { token: S.operator.token,
    headers: { 'accept-language': lang } });
  const en = await get('en-GB,en;q=0.9');
  const zh = await get('zh-CN,zh;q=0.9');
  assert.equal(en.status, 200);
  assert.equal(en.text, zh.text);
});

test('a page of kept and new rows, more than one batch of 50, is the page listed again', async () => {
  for (let i = 0; i < 75; i++) await create('operator');     // new rows: not kept yet
  const ten = await list('operator', 'type=event&limit=10');        // the 10 newest kept
  const mixed = await list('operator', 'type=event&limit=120');     // 10 kept, the rest read in batches
  const again = await list('operator', 'type=event&limit=120');     // all kept now
  // 65 new rows not kept: they take two batches
  assert.ok(mixed.json.items.length >= 75, `${mixed.json.items.length} items`);
  assert.deepEqual(mixed.json.items.slice(0, 10), ten.json.items);
  assert.equal(again.text, mixed.text);
  const ids = mixed.json.items.map((x) => x.id);
  assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'newest first, no row twice');
  assert.equal(new Set(ids).size, ids.length);
  // the untyped list (its own keys, the same rows kept) agrees on the events
  const all = await list('operator', 'limit=200');
  const ev = all.json.items.filter((x) => x.type === 'event').slice(0, ids.length);
  assert.deepEqual(ev, mixed.json.items);
});

// A foreign write (the sqlite3 shell; anything but this server's writer) is not in the change
// feed: the writer notices it through PRAGMA data_version (at its next write, or within about
// a second when idle) and drops every kept row. Without that, the row stayed as listed until
// some local write dropped it (months for a closed case).
test('a write by another process (the sqlite3 shell) shows in a later page', async (t) => {
  if (spawnSync('sqlite3', ['-version']).status !== 0) { t.skip('no sqlite3 shell'); return; }
  const c = await create('operator');
  assert.equal((await row('operator', c.id)).title, c.title);     // kept now
  const title = unique('外部改过');
  const sh = spawnSync('sqlite3', [srv.db, `PRAGMA busy_timeout=10000; UPDATE cases SET title = '${title}' WHERE id = ${c.id};`],
    { encoding: 'utf8' });
  assert.equal(sh.status, 0, sh.stderr);
  // no write of the server's own in between: the idle writer must notice (a few seconds at
  // most; the bound is the point, not the timing)
  const deadline = Date.now() + 5000;
  let seen;
  do {
    seen = (await row('operator', c.id)).title;
    if (seen === title) break;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < deadline);
  assert.equal(seen, title);
});

test('a second server on the same database is refused', () => {
  // would serve (and keep rows that the first server's writes never drop) if it started
  const r = runCli(['serve', '--db', srv.db, '--listen', '127.0.0.1:0'], { timeout: 20000 });
  assert.equal(r.timedOut, false, 'it started instead of refusing');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /another server is running on .*t\.db: one server per database/);
});
