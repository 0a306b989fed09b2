// Lost and found statistics (失物招领统计, GET /lostfound/stats): `noticed` (招领公告) counts the
// found items that really were on the public notice — open, their notice time come and no owner
// waiting for them (what GET /public/found lists) at some moment. An item whose owner was
// confirmed before its notice time was withheld from the notice and never published, also when
// it was returned to that owner afterwards; one confirmed after its notice time was published
// first and still counts; one whose owner stopped waiting (the pair undone) is on the notice from
// then. The server's clock is moved past the notice time by restarting it on the same database
// (PINGAN_TEST_CLOCK_OFFSET_MS), as in lostfound.clock.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API } from './lib.mjs';
import { ago, lfKit, ID_OK } from './lfkit.mjs';

const DAY = 86400000;
const USERS = ['admin', 'cz-leader', 'cz-officer'];
let srv;
const S = {};
const { create, act, get } = lfKit(() => srv, S);
const items = {};
// the period counted: from the test's start (the demo's own registrations are older)
const FROM = new Date(Date.now() - 1000).toISOString();

async function serve(keep, offset) {
  if (offset) process.env.PINGAN_TEST_CLOCK_OFFSET_MS = String(offset);
  try {
    srv = await startServer(keep);
  } finally {
    delete process.env.PINGAN_TEST_CLOCK_OFFSET_MS;
  }
  for (const u of USERS) S[u] = await srv.login(u);
}

/** The total row of the statistics since FROM, as JSON and as the CSV export's columns. */
async function totals() {
  const q = `/lostfound/stats?from=${encodeURIComponent(FROM)}`;
  const j = (await get('cz-leader', q)).json;
  const total = j.items[j.items.length - 1];
  assert.equal(total.category, null);
  const lines = (await get('cz-leader', `${q}&format=csv`)).text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const head = lines[0].split(','), last = lines[lines.length - 1].split(',');
  assert.equal(last[0], '合计');
  return { json: total, csv: Object.fromEntries(head.map((h, i) => [h, last[i]])) };
}

const lostBag = (body) => create('cz-officer', { type: 'lost', category: 'bag', body, color: '灰色',
  lost_from: ago(300), lost_to: ago(200) });
const foundBag = (body) => create('cz-officer', { type: 'found', category: 'bag', body, color: '灰色',
  storage_place: 'C柜' });
const giveBack = (id, lostId) => act('cz-officer', id, 'return', { ...(lostId ? { lost_id: lostId } : {}),
  persons: [{ role: 'claimant', name: '王小明', id_number: ID_OK }], verification: '说出包内物品' });

before(async () => {
  await serve(null, 0);
  const r = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token,
    body: { notice_days: 1, claim_days: 365 } });
  assert.equal(r.status, 200, r.text);
});
after(async () => { await srv?.stop(); });

test('before the notice time nothing was published, whatever its owner', async () => {
  // P: nobody claims it; W: its owner is confirmed now and waits; R: confirmed now, returned to
  // its owner after the notice time; A: confirmed after the notice time; U: confirmed now, the
  // pair undone after the notice time; E: confirmed and undone now; X: returned without a lost
  // report after the notice time; Y: returned before it
  for (const k of ['P', 'W', 'R', 'A', 'U', 'E', 'X', 'Y']) items[k] = await foundBag(`捡到灰色双肩包（${k}）`);
  for (const k of ['W', 'R', 'A', 'U', 'E']) items[`L${k}`] = await lostBag(`丢了灰色双肩包（${k}）`);
  for (const k of ['W', 'R', 'U', 'E']) await act('cz-officer', items[`L${k}`].id, 'match', { found_id: items[k].id });
  await act('cz-officer', items.LE.id, 'dismiss_match', { found_id: items.E.id });
  await giveBack(items.Y.id);
  const { json, csv } = await totals();
  assert.equal(json.found, 8);
  assert.equal(json.noticed, 0, 'no notice time has come');
  assert.equal(csv['招领公告'], '0');
});

test('two days on: the items on the notice at some moment count, those withheld for their owner from before their notice time do not', async () => {
  const keep = { dir: srv.dir, db: srv.db };
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  await serve(keep, 2 * DAY);
  // the owner of A comes after its notice: it was published, and stays counted
  await act('cz-officer', items.LA.id, 'match', { found_id: items.A.id });
  // U's pair undone: back on the notice from now
  await act('cz-officer', items.LU.id, 'dismiss_match', { found_id: items.U.id });
  // R taken by the owner who waited for it since before its notice time: never on the notice
  await giveBack(items.R.id);
  await giveBack(items.X.id);
  const one = async (k) => (await get('cz-officer', `/cases/${items[k].id}`)).json;
  const w = await one('W');
  assert.deepEqual([w.noticed, w.notice_withheld], [false, 'owner_waiting']);
  const a = await one('A');
  assert.deepEqual([a.noticed, a.notice_withheld], [false, 'owner_waiting'], 'withheld now, published before');
  const pub = (await get(null, '/public/found?category=bag&limit=100')).json.items.map((i) => i.code);
  for (const k of ['P', 'U', 'E']) assert.ok(pub.includes(items[k].code), `${k} is on the public notice`);
  for (const k of ['W', 'A']) assert.ok(!pub.includes(items[k].code), `${k} is not`);
  // counted: P, A, U, E, X — not W (withheld), R (withheld until returned to its owner), Y
  // (returned before its notice time)
  const { json, csv } = await totals();
  assert.equal(json.found, 8);
  assert.equal(json.found_returned, 3);
  assert.equal(json.noticed, 5, JSON.stringify(json));
  assert.equal(csv['招领公告'], '5');
  const bag = (await get('cz-leader', `/lostfound/stats?from=${encodeURIComponent(FROM)}`)).json.items
    .find((i) => i.category === 'bag');
  assert.equal(bag.noticed, 5, 'the category row agrees');
  // W's owner stops waiting: it is on the notice now and counts from now on
  await act('cz-officer', items.LW.id, 'withdraw', {}, 200, '失主已自行找回');
  assert.equal((await totals()).json.noticed, 6);
});
