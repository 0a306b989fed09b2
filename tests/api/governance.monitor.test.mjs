// Monitoring and early warning (监测预警, issue #12 §2): thresholds per unit set by admins; a pass
// raises one warning per subject crossing its threshold and no second one while it is open;
// acknowledge, dismiss, turn into a risk; the 30-day window crossed with the test clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'operator', 'street-leader', 'community-leader', 'grid-worker', 'xg-operator', 'citizen', 'mediator'];
const DAY = 24 * 3600 * 1000;
// two parties, one on each side (当事人: 申请人 and 被申请人)
const PARTIES = [{ role: 'applicant', name: '王建明', phone: '13805791234' }, { role: 'respondent', name: '李秀英', phone: '13905792345' }];
let srv;
let w;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, USERS);
});
after(async () => { await srv?.stop(); });

const put = (who, body) => w.raw(who, 'PUT', `${API}/monitor/thresholds`, { body });
const tick = async () => {
  const r = await w.raw('admin', 'POST', `${API}/admin/monitor-tick`);
  assert.equal(r.status, 200, r.text);
  return r.json.raised;
};
const dispute = async (kind = 'labour', org = '将军社区第二网格') => {
  const r = await w.srv.api('POST', `${API}/cases`, { token: w.S.operator.token,
    body: { type: 'dispute', title: unique('纠纷'), category: kind, org_id: w.org(org).id, persons: PARTIES } });
  assert.equal(r.status, 201, r.text);
  return r.json;
};
const warnings = async (who = 'operator', q = '') => (await getOk(srv, `${API}/cases?type=warning&limit=200${q}`, w.S[who])).items;

test('thresholds: admins only, known indicators, sane numbers', async () => {
  const body = { org_id: w.org('将军社区').id, indicator: 'dispute_kind', threshold: 3, window_days: 30 };
  assertError(await put('operator', body), 403, 'forbidden');
  assertError(await put('citizen', body), 403);
  assertError(await put('admin', { ...body, indicator: 'weather' }), 422, undefined, 'indicator');
  assertError(await put('admin', { ...body, threshold: 0 }), 422, undefined, 'threshold');
  assertError(await put('admin', { ...body, window_days: 400 }), 422, undefined, 'window_days');
  assertError(await put('admin', { ...body, org_id: 99999 }), 422, undefined, 'org_id');
  const r = await put('admin', body);
  assert.equal(r.status, 200, r.text);
  const list = await getOk(srv, `${API}/monitor/thresholds`, w.S.operator);
  const t = list.items.find((x) => x.org_id === body.org_id && x.indicator === 'dispute_kind');
  assert.deepEqual({ n: t.threshold, d: t.window_days, name: t.org_name }, { n: 3, d: 30, name: '将军社区' });
  assertError(await w.raw('operator', 'POST', `${API}/admin/monitor-tick`), 403, 'forbidden');
});

test('crossing a threshold raises one warning; never a second while it is open', async () => {
  assert.equal(await tick(), 0, 'no labour disputes yet');
  await dispute();
  await dispute();
  assert.equal(await tick(), 0, 'two is under the threshold of three');
  await dispute();
  assert.equal(await tick(), 1, 'the third crosses it');
  let open = (await warnings()).filter((x) => x.indicator === 'dispute_kind' && x.status === 'open');
  assert.equal(open.length, 1);
  const wn = open[0];
  assert.equal(wn.value, 3);
  assert.equal(wn.threshold, 3);
  assert.equal(wn.org_id, w.org('将军社区').id, 'raised at the community');
  assert.match(wn.title, /将军社区/);
  assert.match(wn.title, /劳动争议/);
  // told: the nearest operator (城中街道's) and the nearest leader (将军社区's own 社区书记)
  assert.ok((await getOk(srv, `${API}/notifications`, w.S.operator)).items.some((n) => n.case_id === wn.id && n.kind === 'warning_raised'), 'the operator must acknowledge it');
  assert.ok((await getOk(srv, `${API}/notifications`, w.S['community-leader'])).items.some((n) => n.case_id === wn.id && n.kind === 'warning_raised'), 'the community\'s leader is told too');
  assert.ok(!(await getOk(srv, `${API}/notifications`, w.S['street-leader'])).items.some((n) => n.case_id === wn.id && n.kind === 'warning_raised'), 'not the street\'s leader: the community has its own');
  assert.equal(await tick(), 0, 'not again on the next pass');
  await dispute();
  assert.equal(await tick(), 0, 'not again with four');
  // acknowledged is still open
  const ack = await w.act('street-leader', wn.id, { action: 'acknowledge' }, 'acknowledged');
  assert.equal(ack.acknowledged_by, w.S['street-leader'].user.id);
  assert.equal(await tick(), 0, 'acknowledged is still open');
  assertError(await w.actRaw('operator', wn.id, { action: 'acknowledge' }), 409, 'action_not_allowed');
  assertError(await w.actRaw('grid-worker', wn.id, { action: 'dismiss', note: '已核实' }), 404);
  assertError(await w.raw('xg-operator', 'GET', `${API}/cases/${wn.id}`), 404, 'not_found');
  // a person cannot raise one by hand
  assertError(await w.srv.api('POST', `${API}/cases`, { token: w.S.admin.token, body: { type: 'warning', title: 'x', org_id: w.org('将军社区').id } }), 403, 'forbidden');
  // to_risk is taken by the risk create only
  assertError(await w.actRaw('admin', wn.id, { action: 'to_risk' }), 409, 'action_not_allowed');

  // turned into a risk in one step: the warning closes, linked both ways
  const r = await w.srv.api('POST', `${API}/cases`, { token: w.S.operator.token, body: {
    type: 'risk', title: '劳资纠纷集中风险', category: 'social_conflict', likelihood: 3, impact: 4, warning_id: wn.id } });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.source, 'warning');
  assert.equal(r.json.source_case_id, wn.id);
  const after1 = await w.get('operator', wn.id);
  assert.equal(after1.status, 'converted');
  assert.ok(after1.closed_at);
  assert.equal(after1.risk_id, r.json.id);
  assertError(await w.srv.api('POST', `${API}/cases`, { token: w.S.operator.token, body: {
    type: 'risk', title: '重复', category: 'social_conflict', likelihood: 3, impact: 4, warning_id: wn.id } }), 409, 'conflict', 'warning_id');
  // with none open, the same subject (still four in 30 days) warns again
  assert.equal(await tick(), 1);
  open = (await warnings()).filter((x) => x.indicator === 'dispute_kind' && x.closed_at === null);
  assert.equal(open.length, 1);
  assert.equal(open[0].value, 4);
});

test('repeat events at one address', async () => {
  const r = await put('admin', { org_id: w.org('城中街道').id, indicator: 'event_address', threshold: 2, window_days: 30 });
  assert.equal(r.status, 200, r.text);
  const addr = unique('将军路');
  for (let i = 0; i < 2; i++) {
    const e = await w.post('grid-worker', { title: unique('噪声'), category: 'HJ03', address: addr, ...w.pointIn('将军社区第一网格') });
    assert.equal(e.status, 201, e.text);
  }
  assert.equal(await tick(), 1);
  const wn = (await warnings()).find((x) => x.indicator === 'event_address' && x.title.includes(addr));
  assert.ok(wn, 'a warning names the address');
  assert.equal(wn.value, 2);
  assert.equal(await tick(), 0);
});

test('test clock: 31 days on, the window is empty: a dismissed warning is not raised again', async () => {
  const open = (await warnings()).filter((x) => x.closed_at === null);
  const keep = { dir: srv.dir, db: srv.db };
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  process.env.PINGAN_TEST_CLOCK_OFFSET_MS = String(31 * DAY);
  try {
    srv = await startServer(keep);
  } finally {
    delete process.env.PINGAN_TEST_CLOCK_OFFSET_MS;
  }
  w = await eventWorld(srv, USERS);
  for (const x of open) {
    if (x.status === 'open') await w.act('operator', x.id, { action: 'acknowledge' }, 'acknowledged');
    await w.act('operator', x.id, { action: 'dismiss', note: '已处置' }, 'dismissed');
  }
  assert.equal(await tick(), 0, 'nothing counted in the last 30 days');
  assert.equal((await warnings()).filter((x) => x.closed_at === null).length, 0);
});
