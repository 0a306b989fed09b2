// Measure notices (措施通知, issue #12 §2): a control measure tells its OWN owner unit when it is
// assigned to it (a to-do until it is completed) and when it falls due or overdue; the risk's
// owner unit is told when a measure is completed. Nobody else is told: not the risk's owner on
// assignment, not the owner of another measure, not the measure's owner on completion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, getOk, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'operator', 'street-leader', 'handler', 'xg-operator', 'grid-worker', 'mediator'];
const DAY = 24 * 3600 * 1000;
let srv;
let w;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, USERS);
});
after(async () => { await srv?.stop(); });

const inDays = (n) => new Date(Date.now() + n * DAY).toISOString();
/** The notices of `who` about case id (kind → list). */
async function notes(who, id) {
  const items = (await getOk(srv, `${API}/notifications?limit=100`, w.S[who])).items.filter((n) => n.case_id === id);
  const by = {};
  for (const n of items) (by[n.kind] ||= []).push(n);
  return by;
}

test('a measure tells its own owner unit, when assigned, when overdue; its completion tells the risk owner', async () => {
  // the risk at 飘萍社区: its owner unit is 飘萍社区, whose nearest leaders and operators are
  // 城中街道's (street-leader, operator)
  const r = await srv.api('POST', `${API}/cases`, { token: w.S.operator.token, body: {
    type: 'risk', title: unique('风险'), category: 'public_safety', source: 'patrol',
    org_id: w.org('飘萍社区').id, likelihood: 3, impact: 4, review_at: inDays(30) } });
  assert.equal(r.status, 201, r.text);
  const id = r.json.id;
  // measure 1 → 城中街道城建办 (handler), due tomorrow; measure 2 → 西关街道 (xg-operator), in 10 days
  await w.act('operator', id, { action: 'add_measure', fields: { text: '拆除违建广告牌', owner_unit_id: w.org('城中街道城建办').id, due_at: inDays(1) } });
  await w.act('street-leader', id, { action: 'add_measure', fields: { text: '联合排查周边商铺', owner_unit_id: w.org('西关街道').id, due_at: inDays(10) } });

  let h = await notes('handler', id);
  assert.equal(h.risk_measure?.length, 1, 'the handler of 城建办 is told of its measure, once');
  assert.match(h.risk_measure[0].message, /拆除违建广告牌/);
  assert.doesNotMatch(h.risk_measure[0].message, /联合排查/, 'not of the other unit\'s measure');
  assert.equal(h.risk_measure[0].done_at ?? null, null, 'a to-do until done');
  let x = await notes('xg-operator', id);
  assert.equal(x.risk_measure?.length, 1, '西关街道 is told of its own measure');
  assert.match(x.risk_measure[0].message, /联合排查周边商铺/);
  for (const who of ['street-leader', 'operator', 'grid-worker', 'mediator']) {
    assert.equal((await notes(who, id)).risk_measure, undefined, `${who} (the risk's owner side) gets no measure to-do`);
  }

  // two days later: measure 1 is overdue; the pass tells 城建办 too, not 西关街道
  const keep = { dir: srv.dir, db: srv.db };
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  process.env.PINGAN_TEST_CLOCK_OFFSET_MS = String(2 * DAY);
  try {
    srv = await startServer(keep);
  } finally {
    delete process.env.PINGAN_TEST_CLOCK_OFFSET_MS;
  }
  w = await eventWorld(srv, USERS);
  const tick = await w.raw('admin', 'POST', `${API}/admin/sla-tick`);
  assert.equal(tick.status, 200, tick.text);
  assert.equal((await w.get('operator', id)).warn, 'red');
  h = await notes('handler', id);
  assert.equal(h.warning?.length, 1, 'the measure\'s owner unit is told it is overdue');
  assert.match(h.warning[0].message, /已超期.*拆除违建广告牌/);
  assert.ok((await notes('street-leader', id)).warning?.length, 'the risk\'s owner side is told by the rules as before');
  assert.equal((await notes('xg-operator', id)).warning, undefined, 'the owner of a measure not yet due is not');

  // completion: the risk's owner unit is told; the measure's to-do is done, the other's is not
  const done = await w.act('operator', id, { action: 'complete_measure', fields: { measure_id: 1 } });
  assert.equal(done.measures[0].state, 'done');
  const sl = await notes('street-leader', id);
  assert.equal(sl.risk_measure_done?.length, 1, 'the risk\'s owner unit (城中街道\'s leader) is told');
  assert.match(sl.risk_measure_done[0].message, /已完成/);
  for (const who of ['handler', 'xg-operator', 'grid-worker', 'mediator']) {
    assert.equal((await notes(who, id)).risk_measure_done, undefined, `${who} is not told of the completion`);
  }
  h = await notes('handler', id);
  assert.ok(h.risk_measure[0].done_at, 'the completed measure\'s to-do is done');
  x = await notes('xg-operator', id);
  assert.equal(x.risk_measure[0].done_at ?? null, null, 'the open measure\'s to-do stays');
});
