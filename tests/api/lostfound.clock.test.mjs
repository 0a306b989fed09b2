// Lost and found (issue 11): the claim clock's notices told by the real tick (lostfound_tick, run
// by the scheduler every second here), with the server's clock moved on by restarting it on the
// same database (PINGAN_TEST_CLOCK_OFFSET_MS), not by moving the item's columns in SQL.
//  - A claim period no longer than the window of the expiring list (LF_EXPIRING_DAYS, 30 days;
//    claim_days may be 30) was told "认领期限30天内届满" at the very moment its public notice came
//    out: noise. It is told only when the period is longer than the window.
//  - The end of the claim period (认领期已满，可申请依法处置) reaches the registering officer and the
//    station's leaders once — not again on the next passes, nor after another restart — at the
//    end fixed at registration: a later change of claim_days moves no item's end.
//  - An item whose owner is confirmed is not on the public notice, so its officer is not told
//    招领公告已发布 when its notice time comes, nor 认领期已满，可申请依法处置 at its end (disposal
//    is refused while the owner waits).
//  - A notice's English names a made title in English (银色 钥匙 → Keys (silver)).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API } from './lib.mjs';
import { ago, lfKit } from './lfkit.mjs';

const DAY = 86400000;
const USERS = ['admin', 'cz-leader', 'cz-officer', 'cz-aux'];
let srv;
const S = {};
const { create, act, get, sql } = lfKit(() => srv, S);
const items = {};

/** Starts (or restarts on the same database) the server with its clock offset ms ahead and the
 *  scheduler every second; logs everybody in again (sessions expire on the moved clock). */
async function serve(keep, offset) {
  if (offset) process.env.PINGAN_TEST_CLOCK_OFFSET_MS = String(offset);
  try {
    srv = await startServer(keep, { args: ['--sla-interval', '1'] });
  } finally {
    delete process.env.PINGAN_TEST_CLOCK_OFFSET_MS;
  }
  for (const u of USERS) S[u] = await srv.login(u);
}

async function restart(offset) {
  const keep = { dir: srv.dir, db: srv.db };
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  await serve(keep, offset);
}

/** How many notices of kind about case id user login got (read in the database: a leader's
 *  inbox holds far more than one page after a month's jump). */
function told(login, id, kind) {
  return Number(sql(`SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id `
    + `WHERE u.login = '${login}' AND n.case_id = ${id} AND n.kind = '${kind}'`));
}

/** Waits (up to 30 s: passes every second) until told(...) is at least 1; its count. */
async function waitTold(login, id, kind) {
  const deadline = Date.now() + 30000;
  let n = 0;
  while (Date.now() < deadline && !(n = told(login, id, kind))) await new Promise((r) => setTimeout(r, 300));
  return n;
}

const settings = async (body) => {
  const r = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body });
  assert.equal(r.status, 200, r.text);
};

before(async () => { await serve(null, 0); });
after(async () => { await srv?.stop(); });

test('a claim period of 30 days (the window) is not told "ends within 30 days" at its publication; one of 45 days is not yet; a later claim_days moves no end', async () => {
  await settings({ notice_days: 0, claim_days: 30 });
  items.A = await create('cz-aux', { type: 'found', category: 'bag', body: '灰色双肩包一个', color: '灰色', storage_place: 'C柜' });
  // owned before its end: confirmed with a lost report, so never "may be disposed of"
  items.L2 = await create('cz-officer', { type: 'lost', category: 'keys', body: '一串钥匙，挂红色绳子', color: '银色',
    lost_from: ago(300), lost_to: ago(200) });
  items.D = await create('cz-aux', { type: 'found', category: 'keys', body: '捡到银色钥匙一串，挂红绳', color: '银色', storage_place: 'C柜' });
  await act('cz-officer', items.L2.id, 'match', { found_id: items.D.id });
  await settings({ claim_days: 45 });
  items.B = await create('cz-aux', { type: 'found', category: 'keys', body: '钥匙一串', storage_place: 'C柜' });
  // owned before its notice time came: confirmed with a lost report, so never on the notice
  await settings({ notice_days: 1 });
  items.L = await create('cz-officer', { type: 'lost', category: 'wallet', body: '棕色皮夹，内有公交卡', color: '棕色',
    lost_from: ago(300), lost_to: ago(200) });
  items.C = await create('cz-aux', { type: 'found', category: 'wallet', body: '捡到棕色皮夹一个', color: '棕色', storage_place: 'C柜' });
  await act('cz-officer', items.L.id, 'match', { found_id: items.C.id });
  // the settings change after registration: the items keep the end they were registered with
  await settings({ notice_days: 3, claim_days: 365 });
  for (const k of ['A', 'B']) {
    const c = (await get('cz-aux', `/cases/${items[k].id}`)).json;
    assert.equal(c.claim_end_at, items[k].claim_end_at, `${k}'s end unchanged by the setting`);
    assert.equal(Date.parse(c.claim_end_at) - Date.parse(c.notice_at), (k === 'A' ? 30 : 45) * DAY);
  }
  // the public notice is out for both now: their officer is told
  assert.equal(await waitTold('cz-aux', items.A.id, 'lf_noticed'), 1);
  assert.equal(await waitTold('cz-aux', items.B.id, 'lf_noticed'), 1);
  // a few more passes: nobody is told that A's period "ends within 30 days" — it did from its
  // publication on (the expiring list shows it), and the notice came with the publication
  await new Promise((r) => setTimeout(r, 3000));
  for (const u of ['cz-leader', 'cz-officer', 'cz-aux']) {
    assert.equal(told(u, items.A.id, 'lf_claim_ending'), 0, `${u}: no ending notice at A's publication`);
    assert.equal(told(u, items.B.id, 'lf_claim_ending'), 0, `${u}: B's is 15 days away`);
  }
  assert.equal(told('cz-aux', items.A.id, 'lf_noticed'), 1, 'once');
  const exp = (await get('cz-officer', '/lostfound/expiring')).json.items;
  assert.ok(exp.some((i) => i.case_id === items.A.id), 'A is in the expiring list from its publication on');
  assert.ok(!exp.some((i) => i.case_id === items.B.id), 'B is not yet');
});

test('31 days on (the server restarted with its clock moved): A\'s period has ended — its officer and the leaders are told once; B is 30 days from its end — the station is told once; the owned item was never "published"', async () => {
  await restart(31 * DAY);
  assert.equal(await waitTold('cz-aux', items.A.id, 'lf_claim_ended'), 1, 'the registering officer');
  assert.equal(await waitTold('cz-leader', items.A.id, 'lf_claim_ended'), 1, 'the leader');
  assert.equal(await waitTold('cz-leader', items.B.id, 'lf_claim_ending'), 1);
  assert.equal(await waitTold('cz-officer', items.B.id, 'lf_claim_ending'), 1);
  const msg = sql(`SELECT message FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.login = 'cz-leader' `
    + `AND n.case_id = ${items.A.id} AND n.kind = 'lf_claim_ended'`);
  assert.match(msg, /^拾遗物认领期已满，可申请依法处置：/);
  // the English text names the made title in English, not the stored Chinese one
  const en = sql(`SELECT message_en FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.login = 'cz-leader' `
    + `AND n.case_id = ${items.A.id} AND n.kind = 'lf_claim_ended'`);
  assert.match(en, /^The claim period has ended; the item may be disposed of: /);
  assert.doesNotMatch(en, /[\u4e00-\u9fff]/, en);
  // D's end came too, but its owner waits for it (disposal would be refused): nobody is told
  for (const u of ['cz-leader', 'cz-aux']) assert.equal(told(u, items.D.id, 'lf_claim_ended'), 0, u);
  assert.match(sql(`SELECT message FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.login = 'cz-leader' `
    + `AND n.case_id = ${items.B.id} AND n.kind = 'lf_claim_ending'`), /^拾遗物认领期限30天内届满：/);
  // an officer who neither registered it nor leads is not told of the end
  assert.equal(told('cz-officer', items.A.id, 'lf_claim_ended'), 0);
  assert.equal(told('cz-aux', items.B.id, 'lf_claim_ended'), 0, 'B\'s end is 14 days away');
  // A, 30 days long, was never told "ends within 30 days", not even now that it has ended
  for (const u of ['cz-leader', 'cz-officer']) assert.equal(told(u, items.A.id, 'lf_claim_ending'), 0);
  // the owned item's notice time came and went: it was never on the public notice
  assert.equal(told('cz-aux', items.C.id, 'lf_noticed'), 0);
  const pub = await srv.api('GET', `${API}/public/found?org_id=${items.C.org_id}&category=wallet&limit=100`);
  assert.ok(!pub.json.items.some((i) => i.code === items.C.code));
  // what the notice says holds on the server's clock: A's page says ended, disposal may be asked
  const c = (await get('cz-aux', `/cases/${items.A.id}`)).json;
  assert.equal(c.claim_ended, true);
  const d = await act('cz-aux', items.A.id, 'request_disposal', { disposal: 'treasury' }, 200, '认领期满无人认领');
  assert.equal(d.status, 'disposal_pending');
  // each once: more passes tell nobody again
  await new Promise((r) => setTimeout(r, 3000));
  assert.equal(told('cz-aux', items.A.id, 'lf_claim_ended'), 1);
  assert.equal(told('cz-leader', items.A.id, 'lf_claim_ended'), 1);
  assert.equal(told('cz-leader', items.B.id, 'lf_claim_ending'), 1);
});

test('another restart a day later: the marks kept in the database — nothing is told twice', async () => {
  await restart(32 * DAY);
  // the scheduler has run a few passes on the restarted server
  await new Promise((r) => setTimeout(r, 4000));
  assert.equal(told('cz-aux', items.A.id, 'lf_claim_ended'), 1);
  assert.equal(told('cz-leader', items.A.id, 'lf_claim_ended'), 1);
  assert.equal(told('cz-leader', items.B.id, 'lf_claim_ending'), 1);
  assert.equal(told('cz-officer', items.B.id, 'lf_claim_ending'), 1);
  assert.equal(told('cz-aux', items.A.id, 'lf_noticed'), 1);
  assert.equal(told('cz-aux', items.B.id, 'lf_noticed'), 1);
});
