// Lost-and-found items whose stored matcher features (m_feat) were written by an older build
// (another layout, or none at all) are prepared again once, by `pingan init` on the existing
// database and at `serve` start, with one line saying so; nothing is said when nothing was
// stale, and matching afterwards finds the same candidate as before.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, runCli, API } from './lib.mjs';

const LINE = /lost-and-found: (\d+) items re-prepared for the current matcher/;

function sql(db, text) {
  const r = spawnSync('sqlite3', [db, text], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, `sqlite3: ${r.stderr}`);
  return r.stdout.trim();
}

const ago = (min) => new Date(Date.now() - min * 60000).toISOString();

async function create(srv, who, body) {
  const r = await srv.api('POST', `${API}/cases`, { token: who.token, body });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

async function matches(srv, who, id) {
  const r = await srv.api('GET', `${API}/cases/${id}/matches`, { token: who.token });
  assert.equal(r.status, 200, r.text);
  return r.json.items.map((m) => [m.case_id, m.score]);
}

test('stale stored features are prepared again at init and at serve start, once', async () => {
  let srv = await startServer();
  const { dir, db } = srv;
  let op = await srv.login('cz-officer');
  const F = await create(srv, op, { type: 'found', category: 'phone', body: '捡到黑色华为手机一部',
    color: '黑色', brand: 'HUAWEI', serial: '861234567890123', found_at: ago(200) });
  const W = await create(srv, op, { type: 'found', category: 'wallet', body: '棕色皮夹，内有现金',
    color: '棕色', found_at: ago(190) });
  const L = await create(srv, op, { type: 'lost', category: 'phone', body: '丢了黑色华为手机',
    color: '黑色', brand: '华为', serial: '尾号0123', lost_from: ago(300), lost_to: ago(240) });
  const before = await matches(srv, op, L.id);
  assert.equal(before[0][0], F.id, 'the premise: the phone is found');
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });

  // as an older build left them: bytes of another layout, and none at all
  const stale = `SELECT count(*) FROM found_details WHERE case_id IN (${F.id}, ${W.id}) `
    + `AND (m_feat IS NULL OR length(m_feat) = 40)`;
  sql(db, `UPDATE found_details SET m_feat = zeroblob(40) WHERE case_id = ${F.id};
           UPDATE found_details SET m_feat = NULL WHERE case_id = ${W.id};`);
  assert.equal(sql(db, stale), '2');

  let r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.match(LINE)?.[1], '2', r.stdout);
  assert.equal(sql(db, stale), '0');
  r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout, LINE, 'nothing left to prepare: nothing said');

  // a database served without init: at start, on the server's log stream
  sql(db, `UPDATE found_details SET m_feat = NULL WHERE case_id = ${F.id};`);
  srv = await startServer({ dir, db });
  try {
    assert.equal(srv.output().match(LINE)?.[1], '1', srv.output());
    assert.equal(sql(db, stale), '0');
    op = await srv.login('cz-officer');
    // the lost report edited: its candidates are scored again against the refreshed item
    const again = await srv.api('PATCH', `${API}/cases/${L.id}`, { token: op.token,
      body: { version: L.version, marks: '无' } });
    assert.equal(again.status, 200, again.text);
    const after = await matches(srv, op, L.id);
    assert.deepEqual(after[0], before[0], 'the same best candidate, the same score');
  } finally {
    await srv.stop();
  }
});

test('migration 025: a found item\'s 对应失物登记 names the lost report whose owner waits for it — a pair confirmed before it was kept, a report withdrawn before it was cleared — so its JSON says whether it is on the public notice', async () => {
  let srv = await startServer();
  const { dir, db } = srv;
  const admin = await srv.login('admin');
  let op = await srv.login('cz-officer');
  const put = await srv.api('PUT', `${API}/lostfound/settings`, { token: admin.token, body: { notice_days: 0 } });
  assert.equal(put.status, 200, put.text);
  const pair = async (found, lost) => {
    const F = await create(srv, op, { type: 'found', storage_place: 'C柜', ...found });
    const L = await create(srv, op, { type: 'lost', lost_from: ago(300), lost_to: ago(240), ...lost });
    const r = await srv.api('POST', `${API}/cases/${L.id}/actions`, { token: op.token,
      body: { action: 'match', fields: { found_id: F.id } } });
    assert.equal(r.status, 200, r.text);
    return [F, L];
  };
  const [F1, L1] = await pair({ category: 'keys', body: '捡到钥匙一串', color: '银色' },
    { category: 'keys', body: '丢了一串钥匙', color: '银色' });
  const [F2, L2] = await pair({ category: 'bag', body: '捡到灰色双肩包', color: '灰色' },
    { category: 'bag', body: '丢了灰色双肩包', color: '灰色' });
  const w = await srv.api('POST', `${API}/cases/${L2.id}/actions`, { token: op.token,
    body: { action: 'withdraw', note: '失主已自行找回' } });
  assert.equal(w.status, 200, w.text);
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  // as an older build left them, before the 24th migration (025: there is no 022)
  sql(db, `UPDATE found_details SET lost_id = NULL WHERE case_id = ${F1.id};
           UPDATE found_details SET lost_id = ${L2.id} WHERE case_id = ${F2.id};
           PRAGMA user_version = 23;`);
  const r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(sql(db, `SELECT COALESCE(lost_id, 0) FROM found_details WHERE case_id = ${F1.id}`), String(L1.id));
  assert.equal(sql(db, `SELECT COALESCE(lost_id, 0) FROM found_details WHERE case_id = ${F2.id}`), '0');
  srv = await startServer({ dir, db });
  try {
    op = await srv.login('cz-officer');
    const one = async (id) => (await srv.api('GET', `${API}/cases/${id}`, { token: op.token })).json;
    const f1 = await one(F1.id);
    assert.deepEqual([f1.noticed, f1.notice_withheld, f1.lost_id], [false, 'owner_waiting', L1.id]);
    const f2 = await one(F2.id);
    assert.deepEqual([f2.noticed, f2.notice_withheld, f2.lost_id], [true, null, null]);
  } finally {
    await srv.stop();
  }
});

test('made titles of registrations older than title_made get their English once, at init and at serve start: only a title the maker would have made of its category, colour and brand, never a typed one', async () => {
  let srv = await startServer();
  const { dir, db } = srv;
  let op = await srv.login('cz-officer');
  const EN = { 'accept-language': 'en' };
  const M1 = await create(srv, op, { type: 'lost', category: 'keys', color: '银色', lost_from: ago(300) });
  const M2 = await create(srv, op, { type: 'found', category: 'phone', color: '黑色', brand: '华为', storage_place: 'A柜' });
  const M3 = await create(srv, op, { type: 'found', category: 'ebike', color: '深蓝色', brand: '杰安特', storage_place: '车棚' });
  const M4 = await create(srv, op, { type: 'found', category: 'bag', storage_place: 'A柜' });
  // typed: never translated — also one typed as the maker would have made it of another
  // colour, and a made one edited afterwards
  const T1 = await create(srv, op, { type: 'lost', category: 'keys', title: '家门钥匙一串', color: '银色' });
  const T2 = await create(srv, op, { type: 'found', category: 'wallet', title: '钱包（黑色）', color: '棕色', storage_place: 'A柜' });
  const T3 = await create(srv, op, { type: 'found', category: 'wallet', color: '棕色', storage_place: 'A柜' });
  const e = await srv.api('PATCH', `${API}/cases/${T3.id}`, { token: op.token, body: { version: T3.version, title: '棕色钱包，内有零钱' } });
  assert.equal(e.status, 200, e.text);
  assert.deepEqual([M1.title, M2.title, M3.title, M4.title], ['钥匙（银色）', '手机（黑色，华为）', '电动车（深蓝色，杰安特）', '包']);
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });

  // as a build before title_made left them: no title_made, and the pass never run
  const all = [M1, M2, M3, M4, T1, T2, T3].map((c) => c.id).join(',');
  const made = () => sql(db, `SELECT id || '=' || COALESCE(json_extract(attrs, '$.title_made.en'), '') FROM cases `
    + `WHERE id IN (${all}) ORDER BY id`).split('\n');
  sql(db, `UPDATE cases SET attrs = json_remove(attrs, '$.title_made') WHERE id IN (${all});
           DELETE FROM lf_settings WHERE name = 'titles_made';`);
  assert.deepEqual(made(), [M1, M2, M3, M4, T1, T2, T3].map((c) => `${c.id}=`));
  const LINE = /lost-and-found: (\d+) made titles given their English/;
  let r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.match(LINE)?.[1], '4', r.stdout);
  assert.deepEqual(made(), [`${M1.id}=Keys (silver)`, `${M2.id}=Mobile phone (black, Huawei)`,
    `${M3.id}=E-bike (dark blue, Giant)`, `${M4.id}=Bag`, `${T1.id}=`, `${T2.id}=`, `${T3.id}=`]);
  assert.equal(sql(db, `SELECT json_extract(attrs, '$.title_made.zh') FROM cases WHERE id = ${M2.id}`), '手机（黑色，华为）');
  // once: the next init says nothing, and a pass run again (its mark gone) finds nothing to do
  r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout, LINE);
  sql(db, `DELETE FROM lf_settings WHERE name = 'titles_made';`);
  r = runCli(['init', '--db', db]);
  assert.doesNotMatch(r.stdout, LINE, 'nothing left: nothing said');
  assert.equal(sql(db, `SELECT value FROM lf_settings WHERE name = 'titles_made'`), '1');

  // a database served without init: at start, on the server's log stream, before it answers
  sql(db, `UPDATE cases SET attrs = json_remove(attrs, '$.title_made') WHERE id = ${M1.id};
           DELETE FROM lf_settings WHERE name = 'titles_made';`);
  srv = await startServer({ dir, db });
  try {
    assert.equal(srv.output().match(LINE)?.[1], '1', srv.output());
    op = await srv.login('cz-officer');
    const title = async (id, headers) => (await srv.api('GET', `${API}/cases/${id}`, { token: op.token, headers })).json.title;
    assert.equal(await title(M1.id, EN), 'Keys (silver)');
    assert.equal(await title(M1.id), '钥匙（银色）', 'the Chinese title as stored');
    assert.equal(await title(M3.id, EN), 'E-bike (dark blue, Giant)');
    assert.equal(await title(T1.id, EN), '家门钥匙一串');
    assert.equal(await title(T2.id, EN), '钱包（黑色）');
    assert.equal(await title(T3.id, EN), '棕色钱包，内有零钱');
  } finally {
    await srv.stop();
  }
});
