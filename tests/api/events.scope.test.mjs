// Scope of grid events: another township's operator, a department's handler and another grid's
// worker see (and can do) nothing outside their part, and a refused request changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, listAll, subtreeIds, unique } from './lib.mjs';
import { eventWorld, expectRefused, expectActionRefused } from './fixtures/events.mjs';

let srv;
let w;
let cz;       // 城中街道
let xg;       // 西关街道
let czTree;
let xgTree;
let cj;       // 城中街道城建办
let zf;       // 城中街道综合执法队
let cat;
const ev = {}; // events made in before(): reported, accepted, dispatchedCj, dispatchedZf, handled

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv);
  cz = w.org('城中街道');
  xg = w.org('西关街道');
  czTree = subtreeIds(w.orgs, cz.id);
  xgTree = subtreeIds(w.orgs, xg.id);
  cj = w.org('城中街道城建办');
  zf = w.org('城中街道综合执法队');
  cat = w.sub((c) => c.handle_days > 0, 'a category');
  const pt = w.pointIn('将军社区第一网格');
  const report = () => w.report('grid-worker', { category: cat.code, ...pt });
  ev.reported = await report();
  ev.accepted = await report();
  await w.act('operator', ev.accepted.id, { action: 'accept' }, 'accepted');
  ev.dispatchedCj = await report();
  await w.act('operator', ev.dispatchedCj.id, { action: 'accept' }, 'accepted');
  await w.act('operator', ev.dispatchedCj.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  ev.dispatchedZf = await report();
  await w.act('operator', ev.dispatchedZf.id, { action: 'accept' }, 'accepted');
  await w.act('operator', ev.dispatchedZf.id, { action: 'dispatch', fields: { unit_id: zf.id } }, 'dispatched');
  ev.handled = await report();
  await w.act('operator', ev.handled.id, { action: 'accept' }, 'accepted');
  await w.act('operator', ev.handled.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  await w.act('handler', ev.handled.id, { action: 'sign' }, 'signed');
  await w.act('handler', ev.handled.id, { action: 'handle', fields: { result: '已处理' } }, 'handled');
});
after(async () => { await srv?.stop(); });

/** The error body with the case id taken out, for comparing two 404s. */
const normalised = (r, id) => JSON.parse(r.text.split(String(id)).join('<id>'));

test('xg-operator: every 城中 event is 404 on GET, the same answer as an absent case', async () => {
  for (const c of Object.values(ev)) {
    const r = await w.raw('xg-operator', 'GET', `${API}/cases/${c.id}`);
    assertError(r, 404, 'not_found');
    assert.ok(!r.text.includes(c.title), 'nothing of the event leaks');
  }
  const absent = await w.raw('xg-operator', 'GET', `${API}/cases/999999999`);
  assertError(absent, 404, 'not_found');
  const outside = await w.raw('xg-operator', 'GET', `${API}/cases/${ev.reported.id}`);
  assert.deepEqual(normalised(outside, ev.reported.id), normalised(absent, 999999999));
});

test('xg-operator: actions and comments on 城中 events are 404 and change nothing', async () => {
  const tries = [
    [ev.reported, { action: 'accept' }],
    [ev.reported, { action: 'reject', note: '越权' }],
    [ev.reported, { action: 'escalate', note: '越权' }],
    [ev.accepted, { action: 'dispatch', fields: { unit_id: w.org('西关街道城管中队').id } }],
    [ev.dispatchedCj, { action: 'grant_extension' }],
    [ev.reported, { action: 'accept', fields: { bogus: 1 } }], // a bad body must not reveal the event either
  ];
  for (const [c, body] of tries) {
    await expectRefused(w, c.id, () => w.actRaw('xg-operator', c.id, body), 404, 'not_found');
  }
  await expectRefused(w, ev.reported.id,
    () => w.raw('xg-operator', 'POST', `${API}/cases/${ev.reported.id}/comments`, { body: { body: '越权评论' } }), 404, 'not_found');
  await expectRefused(w, ev.reported.id,
    () => w.raw('xg-operator', 'PATCH', `${API}/cases/${ev.reported.id}`, { body: { version: ev.reported.version, title: '越权' } }), 404, 'not_found');
});

test('xg-operator: 城中 events are absent from lists, /grids and /supervision', async () => {
  const list = await listAll(srv, w.S['xg-operator'], `${API}/cases?type=event`);
  for (const c of Object.values(ev)) assert.ok(!list.some((x) => x.id === c.id), `event ${c.id} is not listed`);
  assert.ok(list.every((x) => xgTree.has(x.org_id) || x.reporter_id === w.S['xg-operator'].user.id), 'only 西关 events');
  // Even asking for 城中 by org_id gives nothing.
  const asked = await srv.api('GET', `${API}/cases?type=event&org_id=${cz.id}`, { token: w.S['xg-operator'].token });
  if (asked.status === 200) assert.deepEqual(asked.json.items, []);
  else assertError(asked, asked.status);

  const grids = await getOk(srv, `${API}/grids`, w.S['xg-operator']);
  assert.equal(grids.type, 'FeatureCollection');
  assert.ok(grids.features.every((f) => xgTree.has(f.id)), `only 西关's grids: ${grids.features.map((f) => f.properties.name)}`);
  const czGrids = await getOk(srv, `${API}/grids`, w.S.operator);
  assert.ok(czGrids.features.length >= 6, 'the 城中 operator sees the 6 grids of 城中街道');
  assert.ok(czGrids.features.every((f) => czTree.has(f.id)));

  const sup = await getOk(srv, `${API}/supervision`, w.S['xg-operator']);
  assert.ok(sup.items.every((x) => xgTree.has(x.org_id)), 'supervision keeps to 西关');
  for (const c of Object.values(ev)) assert.ok(!sup.items.some((x) => x.id === c.id));
  const czSup = await getOk(srv, `${API}/supervision`, w.S.operator);
  assert.ok(czSup.items.some((x) => x.id === ev.reported.id), 'the 城中 operator supervises the open event');
});

test('xg-operator: reporting into a 城中 grid is refused and creates nothing', async () => {
  const n0 = (await listAll(srv, w.S.admin, `${API}/cases?type=event`)).length;
  const r = await w.post('xg-operator', { title: unique('越界'), category: cat.code, org_id: w.feature('将军社区第一网格').id });
  assert.ok([403, 404, 422].includes(r.status), `${r.status} ${r.text}`);
  assertError(r, r.status);
  assert.equal((await listAll(srv, w.S.admin, `${API}/cases?type=event`)).length, n0);
});

test('the handler sees events dispatched to their department and no others', async () => {
  const handler = w.S.handler;
  assert.ok(handler.user.grants.some((g) => g.role === 'handler' && g.org_id === cj.id), 'handler works in 城中街道城建办');
  const mine = await w.get('handler', ev.dispatchedCj.id);
  assert.equal(mine.unit_id, cj.id);
  assert.ok(mine.allowed_actions.includes('sign'));
  for (const c of [ev.reported, ev.accepted, ev.dispatchedZf]) {
    assertError(await w.raw('handler', 'GET', `${API}/cases/${c.id}`), 404, 'not_found');
  }
  await expectRefused(w, ev.dispatchedZf.id, () => w.actRaw('handler', ev.dispatchedZf.id, { action: 'sign' }), 404, 'not_found');
  await expectRefused(w, ev.dispatchedZf.id,
    () => w.actRaw('handler', ev.dispatchedZf.id, { action: 'return', note: '越权退回' }), 404, 'not_found');
  await expectRefused(w, ev.accepted.id,
    () => w.actRaw('handler', ev.accepted.id, { action: 'sign' }), 404, 'not_found');

  const list = await listAll(srv, handler, `${API}/cases?type=event`);
  assert.ok(list.some((x) => x.id === ev.dispatchedCj.id));
  assert.ok(list.some((x) => x.id === ev.handled.id));
  for (const c of [ev.reported, ev.accepted, ev.dispatchedZf]) assert.ok(!list.some((x) => x.id === c.id), `event ${c.id} not listed`);
  assert.ok(list.every((x) => x.unit_id === cj.id || x.reporter_id === handler.user.id),
    `only events of 城建办: ${JSON.stringify(list.map((x) => [x.id, x.unit_id]))}`);

  const sup = await getOk(srv, `${API}/supervision`, handler);
  for (const c of [ev.reported, ev.accepted, ev.dispatchedZf]) assert.ok(!sup.items.some((x) => x.id === c.id));
});

test('a grid worker of another grid cannot verify (or see) this grid\'s event', async () => {
  // A second grid worker, for 将军社区第二网格.
  const grid2 = w.feature('将军社区第二网格');
  const login = unique('gw2').toLowerCase().replace(/[^a-z0-9._-]/g, '-').slice(0, 60);
  const mk = await w.raw('admin', 'POST', `${API}/users`, { body: {
    login, name: '第二网格网格员', password: 'second-grid-pass', grants: [{ role: 'grid_worker', org_id: grid2.id }] } });
  assert.equal(mk.status, 201, mk.text);
  const gw2 = await srv.login(login, 'second-grid-pass');
  w.S.gw2 = gw2;

  // ev.handled is in 将军社区第一网格.
  await expectRefused(w, ev.handled.id, () => w.actRaw('gw2', ev.handled.id, { action: 'verify_pass' }), 404, 'not_found');
  await expectRefused(w, ev.handled.id, () => w.actRaw('gw2', ev.handled.id, { action: 'verify_fail', note: '越权' }), 404, 'not_found');
  assertError(await w.raw('gw2', 'GET', `${API}/cases/${ev.handled.id}`), 404, 'not_found');

  // And the other way round: an event in the second grid, verified by its own grid worker only.
  let c = await w.report('operator', { category: cat.code, ...w.pointIn('将军社区第二网格'), caller_name: '赵先生' });
  assert.equal(c.org_id, grid2.id);
  await w.act('operator', c.id, { action: 'accept' }, 'accepted');
  await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  await w.act('handler', c.id, { action: 'sign' }, 'signed');
  await w.act('handler', c.id, { action: 'handle', fields: { result: '已处理' } }, 'handled');
  await expectRefused(w, c.id, () => w.actRaw('grid-worker', c.id, { action: 'verify_pass' }), 404, 'not_found');
  assert.ok((await w.get('gw2', c.id)).allowed_actions.includes('verify_pass'));
  c = await w.act('gw2', c.id, { action: 'verify_pass' }, 'closed');
  // The reporter was the operator, so the grid worker may not rate.
  await expectActionRefused(w, 'gw2', c.id, { action: 'rate', fields: { rating: 'satisfied' } });
});

test('a grid without a grid worker: the community leader is told to verify, and can; the grid\'s own worker is told first where there is one', async () => {
  const S = { 'community-leader': await srv.login('community-leader'), 'street-leader': await srv.login('street-leader') };
  Object.assign(w.S, S);
  const notes = async (who, id) => (await w.raw(who, 'GET', `${API}/notifications?limit=200`)).json.items
    .filter((n) => n.case_id === id && n.kind === 'verify');
  const handled = async (where) => {
    const c = await w.report('operator', { category: cat.code, ...w.pointIn(where), caller_name: '孙先生' });
    await w.act('operator', c.id, { action: 'accept' }, 'accepted');
    await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
    await w.act('handler', c.id, { action: 'sign' }, 'signed');
    await w.act('handler', c.id, { action: 'handle', fields: { result: '已处理' } }, 'handled');
    return c;
  };
  // 将军社区第三网格 has no grid worker: the notice goes to 将军社区's leader, who may verify
  let c = await handled('将军社区第三网格');
  assert.equal((await notes('community-leader', c.id)).length, 1, 'the community leader is told');
  assert.equal((await notes('admin', c.id)).length, 0, 'not the admins: a leader is there');
  assert.equal((await notes('grid-worker', c.id)).length, 0);
  assert.ok((await w.get('community-leader', c.id)).allowed_actions.includes('verify_pass'));
  await expectActionRefused(w, 'operator', c.id, { action: 'verify_pass' });
  c = await w.act('community-leader', c.id, { action: 'verify_fail', note: '现场仍有杂物' }, 'signed');
  await w.act('handler', c.id, { action: 'handle', fields: { result: '已清理' } }, 'handled');
  await w.act('community-leader', c.id, { action: 'verify_pass' }, 'closed');

  // 将军社区第一网格 has its worker: only the worker is told; the leader may still verify
  c = await handled('将军社区第一网格');
  assert.equal((await notes('grid-worker', c.id)).length, 1);
  assert.equal((await notes('community-leader', c.id)).length, 0, 'the grid\'s own worker is told, not the leader');
  assert.ok((await w.get('community-leader', c.id)).allowed_actions.includes('verify_pass'));

  // 飘萍社区 has neither a grid worker nor a leader: 城中街道's leader is told
  c = await handled('飘萍社区第二网格');
  assert.equal((await notes('street-leader', c.id)).length, 1, 'the street leader is told');
  await w.act('street-leader', c.id, { action: 'verify_pass' }, 'closed');
});

test('the grid worker sees their grid\'s events, not other grids\'', async () => {
  const c = await w.report('operator', { category: cat.code, ...w.pointIn('飘萍社区第三网格'), caller_name: '钱女士' });
  assertError(await w.raw('grid-worker', 'GET', `${API}/cases/${c.id}`), 404, 'not_found');
  const list = await listAll(srv, w.S['grid-worker'], `${API}/cases?type=event`);
  assert.ok(!list.some((x) => x.id === c.id));
  const home = w.feature('将军社区第一网格').id;
  assert.ok(list.every((x) => x.org_id === home || x.reporter_id === w.S['grid-worker'].user.id));
  assert.ok(list.some((x) => x.id === ev.reported.id));
});

test('dispatch goes only to departments that serve the event: another township\'s is 422, the county\'s is fine', async () => {
  const e = await w.report('grid-worker', { category: cat.code, ...w.pointIn('将军社区第一网格') });
  await w.act('operator', e.id, { action: 'accept' }, 'accepted');
  // 西关街道城管中队 belongs to another township: refused, naming the unit, nothing written
  await expectRefused(w, e.id,
    () => w.actRaw('operator', e.id, { action: 'dispatch', fields: { unit_id: w.org('西关街道城管中队').id } }),
    422, 'invalid_value', 'fields.unit_id');
  // a department of the county above the event serves it
  await w.act('operator', e.id, { action: 'dispatch', fields: { unit_id: w.org('婺城区住房和城乡建设局').id } },
    'dispatched');
});
