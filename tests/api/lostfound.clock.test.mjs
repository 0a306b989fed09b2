// Lost and found (issue 11): the claim clock's notices told by the real tick (lostfound_tick, run
// by the scheduler every second here), with the server's clock moved on by restarting it on the
// same database (PINGAN_TEST_CLOCK_OFFSET_MS), not by moving the item's columns in SQL.
//  - A claim period no longer than the window of the expiring list (LF_EXPIRING_DAYS, 30 days;
//    claim_days may be 30) was told "认领期限30天内届满" at the very moment its public notice came
//    out: noise. It is told only when the period is longer than the window.
//  - The end of the claim period (认领期已满，可依法处置) reaches the registering officer and the
//    station's leaders once — not again on the next passes, nor after another restart — at the
//    end fixed at registration: a later change of claim_days moves no item's end.
//  - An item whose owner is confirmed is not on the public notice, so its officer is not told
//    招领公告已发布 when its notice time comes, nor 认领期已满，可依法处置 at its end (disposal
//    is refused while the owner waits).
//  - When that owner stops waiting afterwards (排除 undoes the pair, or the report is withdrawn),
//    the item is back on the notice: what the clock skipped meanwhile is told then, once (it was
//    never told: the clock reads each moment once); a moment still ahead is the clock's.
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
  assert.ok(!exp.some((i) => i.case_id === items.D.id), 'D\'s owner waits for it: no disposal ahead, not listed');
});

test('31 days on (the server restarted with its clock moved): A\'s period has ended — its officer and the leaders are told once; B is 30 days from its end — the station is told once; the owned item was never "published"', async () => {
  await restart(31 * DAY);
  assert.equal(await waitTold('cz-aux', items.A.id, 'lf_claim_ended'), 1, 'the registering officer');
  assert.equal(await waitTold('cz-leader', items.A.id, 'lf_claim_ended'), 1, 'the leader');
  assert.equal(await waitTold('cz-leader', items.B.id, 'lf_claim_ending'), 1);
  assert.equal(await waitTold('cz-officer', items.B.id, 'lf_claim_ending'), 1);
  const msg = sql(`SELECT message FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.login = 'cz-leader' `
    + `AND n.case_id = ${items.A.id} AND n.kind = 'lf_claim_ended'`);
  assert.match(msg, /^拾遗物认领期已满，可依法处置：/);
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

test('the owner stops waiting after the moments passed (the pair undone, the report withdrawn): the item is back on the notice, its officer is told 招领公告已发布 then — once — and the end of its claim period too', async () => {
  // C: owned before its notice time (a day after registration), which passed 31 days ago; its
  // officer was never told the notice is out. 排除 on the lost report undoes the pair.
  assert.equal(told('cz-aux', items.C.id, 'lf_noticed'), 0, 'not told while its owner waited');
  let c = (await get('cz-aux', `/cases/${items.C.id}`)).json;
  assert.deepEqual([c.noticed, c.notice_withheld], [false, 'owner_waiting']);
  await act('cz-officer', items.L.id, 'dismiss_match', { found_id: items.C.id });
  assert.equal(told('cz-aux', items.C.id, 'lf_noticed'), 1, 'told with the undoing');
  const msg = sql(`SELECT message || '|' || message_en FROM notifications n JOIN users u ON u.id = n.user_id `
    + `WHERE u.login = 'cz-aux' AND n.case_id = ${items.C.id} AND n.kind = 'lf_noticed'`).split('|');
  assert.match(msg[0], /^招领公告已发布：/);
  assert.match(msg[1], /^The public notice is out: /);
  assert.doesNotMatch(msg[1], /[\u4e00-\u9fff]/, msg[1]);
  c = (await get('cz-aux', `/cases/${items.C.id}`)).json;
  assert.deepEqual([c.noticed, c.notice_withheld], [true, null]);
  const pub = await srv.api('GET', `${API}/public/found?org_id=${items.C.org_id}&category=wallet&limit=100`);
  assert.ok(pub.json.items.some((i) => i.code === items.C.code), 'back on the public notice');
  // C's claim period has not ended: nobody is told it did
  assert.equal(told('cz-aux', items.C.id, 'lf_claim_ended'), 0);
  // D: owned from its registration, its 30-day period ended while its owner waited (nobody was
  // told: it could not be disposed of). The lost report is withdrawn: the end is told now, to
  // its officer and the leaders; its notice is told at most once in all (the tick may have told
  // it in the moment between D's registration and its confirmation)
  const noticedD = told('cz-aux', items.D.id, 'lf_noticed');
  assert.ok(noticedD <= 1);
  await act('cz-officer', items.L2.id, 'withdraw', {}, 200, '失主来电说已在家中找到钥匙');
  assert.equal(told('cz-aux', items.D.id, 'lf_claim_ended'), 1, 'the registering officer');
  assert.equal(told('cz-leader', items.D.id, 'lf_claim_ended'), 1, 'the leader');
  assert.equal(told('cz-aux', items.D.id, 'lf_noticed'), 1);
  const d = (await get('cz-aux', `/cases/${items.D.id}`)).json;
  assert.deepEqual([d.noticed, d.notice_withheld, d.lost_id, d.claim_ended], [true, null, null, true]);
  assert.equal(told('cz-aux', items.D.id, 'lf_unconfirmed'), 1, 'the keeper: the confirmation no longer holds');
  // E: owned and released before its notice time: not told at the undoing — the tick tells it
  // when the time comes (below), once
  await settings({ notice_days: 1 });
  items.L3 = await create('cz-officer', { type: 'lost', category: 'other', body: '黑色长柄伞', color: '黑色',
    lost_from: ago(300), lost_to: ago(200) });
  items.E = await create('cz-aux', { type: 'found', category: 'other', body: '捡到黑色长柄伞一把', color: '黑色', storage_place: 'C柜' });
  await act('cz-officer', items.L3.id, 'match', { found_id: items.E.id });
  await act('cz-officer', items.L3.id, 'dismiss_match', { found_id: items.E.id });
  assert.equal(told('cz-aux', items.E.id, 'lf_noticed'), 0, 'its notice time is a day away');
  // more passes, then undo again nothing: each once
  await new Promise((r) => setTimeout(r, 3000));
  assert.equal(told('cz-aux', items.C.id, 'lf_noticed'), 1);
  assert.equal(told('cz-aux', items.D.id, 'lf_noticed'), 1);
  assert.equal(told('cz-leader', items.D.id, 'lf_claim_ended'), 1);
  assert.equal(told('cz-aux', items.E.id, 'lf_noticed'), 0);
});

test('two days on (restarted): E\'s notice time came — the tick tells its officer once; C and D are told nothing again', async () => {
  await restart(34 * DAY);
  assert.equal(await waitTold('cz-aux', items.E.id, 'lf_noticed'), 1);
  await new Promise((r) => setTimeout(r, 3000));
  assert.equal(told('cz-aux', items.E.id, 'lf_noticed'), 1);
  assert.equal(told('cz-aux', items.C.id, 'lf_noticed'), 1);
  assert.equal(told('cz-aux', items.D.id, 'lf_noticed'), 1);
  assert.equal(told('cz-aux', items.D.id, 'lf_claim_ended'), 1);
  assert.equal(told('cz-leader', items.D.id, 'lf_claim_ended'), 1);
});

test('a claim period out of range is refused naming it in the reader\'s language, and changes nothing', async () => {
  const put = (body, lang) => srv.api('PUT', `${API}/lostfound/settings`,
    { token: S.admin.token, body, headers: lang ? { 'accept-language': lang } : {} });
  const before = sql(`SELECT value FROM lf_settings WHERE name = 'claim_days'`);
  const zh = await put({ claim_days: 10 });
  assert.equal(zh.status, 422, zh.text);
  assert.equal(zh.json.error.field, 'claim_days');
  assert.match(zh.json.error.message, /认领期限天数/);
  assert.doesNotMatch(zh.json.error.message, /[A-Za-z]/, zh.json.error.message);
  const en = await put({ claim_days: 4000 }, 'en');
  assert.equal(en.status, 422, en.text);
  assert.match(en.json.error.message, /^claim period in days must be between 30 and 3650/);
  const wait = await put({ notice_days: 400 }, 'en');
  assert.equal(wait.status, 422, wait.text);
  assert.match(wait.json.error.message, /^days before the public notice must be between 0 and 365/);
  assert.equal(sql(`SELECT value FROM lf_settings WHERE name = 'claim_days'`), before);
});
