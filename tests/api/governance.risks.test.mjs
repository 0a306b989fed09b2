// The risk register (风险台账, issue #12 §2): the level matrix, measures, the resolve refusals
// (open measure 409, leaders only), the table's filters, sorting and export with the filters,
// the heat map, and scope.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'operator', 'street-leader', 'community-leader', 'grid-worker', 'handler', 'xg-operator', 'citizen', 'mediator'];
const DAY = 24 * 3600 * 1000;
let srv;
let w;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, USERS);
});
after(async () => { await srv?.stop(); });

const post = (who, body) => w.srv.api('POST', `${API}/cases`, { token: w.S[who].token,
  body: { type: 'risk', title: unique('风险'), category: 'public_safety', source: 'patrol', org_id: w.org('将军社区').id, ...body } });
async function newRisk(body = {}, who = 'operator') {
  const r = await post(who, { likelihood: 3, impact: 3, ...body });
  assert.equal(r.status, 201, r.text);
  return r.json;
}
const inDays = (n) => new Date(Date.now() + n * DAY).toISOString();

// The matrix of docs/indicators.md, written out as the table shows it (rows likelihood 1..5,
// columns impact 1..5), not computed the way the server computes it.
const MATRIX = [
  ['blue', 'blue', 'blue', 'blue', 'yellow'],
  ['blue', 'blue', 'yellow', 'yellow', 'orange'],
  ['blue', 'yellow', 'yellow', 'orange', 'orange'],
  ['blue', 'yellow', 'orange', 'orange', 'red'],
  ['yellow', 'orange', 'orange', 'red', 'red'],
];

test('the level of every likelihood × impact is the matrix of docs/indicators.md', async () => {
  for (let l = 1; l <= 5; l++) {
    for (let i = 1; i <= 5; i++) {
      const r = await newRisk({ likelihood: l, impact: i });
      assert.equal(r.level, MATRIX[l - 1][i - 1], `L${l} × I${i}`);
      assert.equal(r.score, l * i);
      assert.equal(r.status, 'identified');
    }
  }
});

test('create refusals: likelihood out of range, no category, an unknown source, a citizen', async () => {
  assertError(await post('operator', { likelihood: 6, impact: 1 }), 422, undefined, 'likelihood');
  assertError(await post('operator', { likelihood: 0, impact: 1 }), 422, undefined, 'likelihood');
  assertError(await post('operator', { likelihood: 2 }), 422, undefined, 'impact');
  assertError(await post('operator', { likelihood: 2, impact: 2, category: null }), 422, undefined, 'category');
  assertError(await post('operator', { likelihood: 2, impact: 2, source: 'rumour' }), 422, undefined, 'source');
  assertError(await post('citizen', { likelihood: 2, impact: 2 }), 403, 'forbidden');
  assertError(await post('operator', { likelihood: 2, impact: 2, owner_unit_id: 99999 }), 422, undefined, 'owner_unit_id');
});

test('a review date by level when none is given; the review is the running deadline', async () => {
  const red = await newRisk({ likelihood: 5, impact: 5 });
  assert.equal(red.stage, 'review');
  assert.ok(Math.abs(Date.parse(red.review_at) - (Date.parse(red.created_at) + 7 * DAY)) < 2000, 'red: 7 days');
  const blue = await newRisk({ likelihood: 1, impact: 1 });
  assert.ok(Math.abs(Date.parse(blue.review_at) - (Date.parse(blue.created_at) + 90 * DAY)) < 2000, 'blue: 90 days');
  const given = await newRisk({ review_at: '2027-01-15' });
  assert.equal(given.review_at.slice(0, 10), '2027-01-15');
  assert.equal(given.due_at, given.review_at);
});

test('measures: listed with ids and state; resolve is refused with an open measure and by a non-leader', async () => {
  const r = await newRisk({ likelihood: 4, impact: 5, review_at: inDays(20) });
  assert.equal(r.level, 'red');
  let c = await w.act('operator', r.id, { action: 'assess', fields: { likelihood: 4, impact: 3 } }, 'assessed');
  assert.equal(c.level, 'orange', 're-derived from the new figures');
  assertError(await w.actRaw('operator', r.id, { action: 'control' }), 409, 'action_not_allowed');
  assertError(await w.actRaw('operator', r.id, { action: 'add_measure', fields: { text: '巡查', owner_unit_id: 99999, due_at: inDays(3) } }), 422, undefined, 'fields.owner_unit_id');
  assertError(await w.actRaw('operator', r.id, { action: 'add_measure', fields: { owner_unit_id: w.org('城中街道城建办').id, due_at: inDays(3) } }), 422, undefined, 'fields.text');
  c = await w.act('operator', r.id, { action: 'add_measure', fields: { text: '每日巡查并张贴警示', owner_unit_id: w.org('城中街道城建办').id, due_at: inDays(3) } });
  assert.equal(c.measures.length, 1);
  assert.deepEqual({ id: c.measures[0].id, state: c.measures[0].state, owner: c.measures[0].owner_unit_id },
    { id: 1, state: 'open', owner: w.org('城中街道城建办').id });
  assert.equal(c.open_measures, 1);
  assert.equal(c.stage, 'measure', 'the measure is due before the review');
  assert.ok(Math.abs(Date.parse(c.due_at) - Date.parse(c.measures[0].due_at)) < 1000);
  c = await w.act('operator', r.id, { action: 'add_measure', fields: { text: '约谈业主', owner_unit_id: w.org('将军社区').id, due_at: inDays(10) } });
  assert.equal(c.measures[1].id, 2);
  c = await w.act('operator', r.id, { action: 'control' }, 'controlled');

  // resolve: the operator may not (a leader's sign-off); the leader may not while a measure is open
  const before = await w.get('admin', r.id);
  const e = assertError(await w.actRaw('street-leader', r.id, { action: 'resolve', note: '已整改' }), 409, 'measures_open');
  assert.match(e.message, /2/);
  const after1 = await w.get('admin', r.id);
  assert.equal(after1.version, before.version, 'a refused resolve writes nothing');
  assert.equal(after1.status, 'controlled');

  assertError(await w.actRaw('operator', r.id, { action: 'complete_measure', fields: { measure_id: 3 } }), 422, undefined, 'fields.measure_id');
  c = await w.act('operator', r.id, { action: 'complete_measure', fields: { measure_id: 1 } });
  assert.equal(c.measures[0].state, 'done');
  assert.equal(c.open_measures, 1);
  assert.equal(c.stage, 'measure');
  assert.ok(Math.abs(Date.parse(c.due_at) - Date.parse(c.measures[1].due_at)) < 1000, 'now the second measure runs');
  assertError(await w.actRaw('operator', r.id, { action: 'complete_measure', fields: { measure_id: 1 } }), 409, 'conflict');
  assertError(await w.actRaw('street-leader', r.id, { action: 'resolve', note: '已整改' }), 409, 'measures_open');
  c = await w.act('operator', r.id, { action: 'complete_measure', fields: { measure_id: 2 } });
  assert.equal(c.open_measures, 0);
  assert.equal(c.stage, 'review', 'back to the review date');
  assertError(await w.actRaw('operator', r.id, { action: 'resolve', note: '已整改' }), 409, 'action_not_allowed');
  assertError(await w.actRaw('street-leader', r.id, { action: 'resolve' }), 422, 'missing_field', 'note');
  c = await w.act('street-leader', r.id, { action: 'resolve', note: '隐患已消除，予以销号' }, 'resolved');
  assert.ok(c.closed_at);
  assert.equal(c.resolved_on_time, true);
  assert.ok((await getOk(srv, `${API}/notifications`, w.S.operator)).items.some((n) => n.case_id === r.id && n.kind === 'risk_resolved'));
});

test('a measure completed after its due date makes the risk resolved late', async () => {
  const r = await newRisk();
  await w.act('operator', r.id, { action: 'add_measure', fields: { text: '整改', owner_unit_id: w.org('将军社区').id, due_at: '2026-01-01' } });
  const c = await w.act('operator', r.id, { action: 'complete_measure', fields: { measure_id: 1 } });
  assert.equal(c.measures[0].late, true);
  assertError(await w.actRaw('street-leader', r.id, { action: 'resolve', note: '销号' }), 409, 'action_not_allowed');
  await w.act('operator', r.id, { action: 'assess', fields: { likelihood: 2, impact: 2 } }, 'assessed');
  await w.act('operator', r.id, { action: 'control' }, 'controlled');
  const done = await w.act('street-leader', r.id, { action: 'resolve', note: '销号' }, 'resolved');
  assert.equal(done.resolved_on_time, false);
});

test('the table: every column filters and sorts; the export carries the filters', async () => {
  const tag = unique('表');
  const mk = (l, i, extra = {}) => newRisk({ title: `${tag}-${l}${i}`, likelihood: l, impact: i, ...extra });
  const a = await mk(5, 5, { category: 'public_order', source: 'report' });
  const b = await mk(4, 4, { category: 'cyber' });
  const c = await mk(1, 2, { category: 'cyber', org_id: w.org('飘萍社区').id });
  const get = (q) => getOk(srv, `${API}/risks?q=${encodeURIComponent(tag)}${q}`, w.S.operator);
  const ids = (j) => j.items.map((x) => x.id);
  assert.deepEqual(ids(await get('&sort=score&order=desc')), [a.id, b.id, c.id]);
  assert.deepEqual(ids(await get('&sort=score&order=asc')), [c.id, b.id, a.id]);
  assert.deepEqual(ids(await get('&sort=level&order=desc')), [a.id, b.id, c.id]);
  assert.deepEqual(ids(await get('&level=red')), [a.id]);
  assert.deepEqual(ids(await get('&category=cyber&sort=likelihood')).sort(), [b.id, c.id].sort());
  assert.deepEqual(ids(await get('&source=report')), [a.id]);
  assert.deepEqual(ids(await get('&likelihood=4')), [b.id]);
  assert.deepEqual(ids(await get('&impact=2')), [c.id]);
  assert.deepEqual(ids(await get(`&org_id=${w.org('飘萍社区').id}`)), [c.id]);
  assert.deepEqual(ids(await get(`&owner_unit_id=${w.org('飘萍社区').id}`)), [c.id]);
  assert.deepEqual(ids(await get('&status=identified&sort=code')), [a.id, b.id, c.id]);
  assert.deepEqual(ids(await get('&status=resolved')), []);
  assert.deepEqual(ids(await get('&open_measures=true')), []);
  const all = await get('&sort=org');
  assert.equal(all.total, 3);
  assert.equal(all.truncated, false);
  const row = all.items.find((x) => x.id === a.id);
  assert.equal(row.category_name, '社会治安');
  assert.equal(row.owner_unit_name, '将军社区');
  for (const bad of ['level=purple', 'sort=colour', 'order=sideways', 'status=lost', 'category=x', 'open_measures=maybe', 'likelihood=9']) {
    assertError(await w.raw('operator', 'GET', `${API}/risks?${bad}`), bad.startsWith('likelihood') ? 422 : 422, 'invalid_value');
  }
  // export with the filter applied: only the red one
  const csv = await w.raw('operator', 'GET', `${API}/risks?q=${encodeURIComponent(tag)}&level=red&format=csv`);
  assert.equal(csv.status, 200, csv.text);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, 2, csv.text);
  assert.match(lines[0], /风险等级/);
  assert.ok(lines[1].includes(a.code) && lines[1].includes('红色'), lines[1]);
  const xlsx = await w.raw('operator', 'GET', `${API}/risks?level=red&format=xlsx`);
  assert.equal(xlsx.status, 200);
  assertError(await w.raw('operator', 'GET', `${API}/risks?format=pdf`), 422);
});

test('heat map: open risks per unit and level; scope narrows it', async () => {
  const before = (await getOk(srv, `${API}/risks/heatmap`, w.S.operator)).items.find((x) => x.org_name === '飘萍社区') ?? { red: 0, total: 0 };
  const r = await newRisk({ likelihood: 5, impact: 4, org_id: w.org('飘萍社区').id });
  const row = (await getOk(srv, `${API}/risks/heatmap`, w.S.operator)).items.find((x) => x.org_name === '飘萍社区');
  assert.equal(row.red, before.red + 1);
  assert.equal(row.total, before.total + 1);
  assert.equal((await getOk(srv, `${API}/risks/heatmap`, w.S['xg-operator'])).items.find((x) => x.org_name === '飘萍社区'), undefined);
  assert.equal((await getOk(srv, `${API}/risks?q=${encodeURIComponent(r.title)}`, w.S['xg-operator'])).items.length, 0);
  assertError(await w.raw('xg-operator', 'GET', `${API}/cases/${r.id}`), 404);
  assertError(await w.raw('citizen', 'GET', `${API}/risks`), 403);
  const csv = await w.raw('operator', 'GET', `${API}/risks/heatmap?format=csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.text, /飘萍社区/);
});

test('test clock: an overdue measure turns the risk red on the next tick and tells the unit', async () => {
  const r = await newRisk({ review_at: inDays(30) });
  await w.act('operator', r.id, { action: 'add_measure', fields: { text: '封闭施工区域', owner_unit_id: w.org('将军社区').id, due_at: inDays(1) } });
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
  const c = await w.get('operator', r.id);
  assert.equal(c.stage, 'measure');
  assert.equal(c.warn, 'red');
  assert.ok(c.timeline.some((e) => e.kind === 'supervise'));
  // the measure's owner unit is 将军社区: its own leader is the nearest one told
  const n = (await getOk(srv, `${API}/notifications`, w.S['community-leader'])).items;
  assert.ok(n.some((x) => x.case_id === r.id && x.kind === 'warning'), 'the leaders are told the measure is overdue');
  assert.ok((await getOk(srv, `${API}/supervision`, w.S.operator)).items.some((x) => x.id === r.id), 'in the supervision queue');
});
