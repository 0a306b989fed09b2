// Grid events (网格事件, 四个平台): the workflow from report to evaluated close, and every side
// road of it (settle on the spot, reject, return, escalate, extension, unsatisfied rating,
// reports by an operator and by a citizen). Every refused request is checked to change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, listAll, CST_TIME, unique } from './lib.mjs';
import {
  eventWorld, expectRefused, expectActionRefused, eventSnapshot, chinaDate, chinaTimeOfDay, workingDays,
  addWorkingDays, addDays, PLATFORMS,
} from './fixtures/events.mjs';
import { png } from './fixtures/images.mjs';

let srv;
let w;
let homeGrid;   // 将军社区第一网格: the grid of the demo grid worker
let otherGrid;  // 飘萍社区第二网格: another grid of 城中街道
let cj;         // 城中街道城建办 (department)
let zf;         // 城中街道综合执法队 (department)
let cat;        // a sub-category with accept_hours > 0 and handle_days > 0
let catSettle;  // settle_on_spot true
let catNoSettle; // settle_on_spot false

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv);
  homeGrid = w.feature('将军社区第一网格');
  otherGrid = w.feature('飘萍社区第二网格');
  cj = w.org('城中街道城建办');
  zf = w.org('城中街道综合执法队');
  assert.equal(cj.kind, 'department');
  cat = w.sub((c) => c.accept_hours > 0 && c.handle_days > 0, 'a category with both deadlines');
  catSettle = w.sub((c) => c.settle_on_spot === true, 'a settle_on_spot category');
  catNoSettle = w.sub((c) => c.settle_on_spot === false, 'a category that may not be settled on the spot');
});
after(async () => { await srv?.stop(); });

const home = () => w.pointIn('将军社区第一网格');
const lastEv = (c) => c.timeline[c.timeline.length - 1];
const checkAction = (c, { action, who, from, to }) => {
  const e = lastEv(c);
  assert.equal(e.kind, 'action', JSON.stringify(e));
  assert.equal(e.action, action);
  assert.equal(e.actor_id, w.S[who].user.id, `${action} recorded with its actor`);
  assert.equal(e.from_status, from);
  assert.equal(e.to_status, to);
  assert.match(e.at, CST_TIME);
};

/** A fresh event by the grid worker in the home grid, taken through `steps` (accept, dispatch, sign, handle). */
async function eventAt(stage, category = cat) {
  let c = await w.report('grid-worker', { category: category.code, ...home() });
  if (stage === 'reported') return c;
  c = await w.act('operator', c.id, { action: 'accept' }, 'accepted');
  if (stage === 'accepted') return c;
  c = await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  if (stage === 'dispatched') return c;
  c = await w.act('handler', c.id, { action: 'sign' }, 'signed');
  if (stage === 'signed') return c;
  c = await w.act('handler', c.id, { action: 'handle', fields: { result: '已清理完毕' } }, 'handled');
  if (stage === 'handled') return c;
  c = await w.act('grid-worker', c.id, { action: 'verify_pass' }, 'closed');
  if (stage === 'closed') return c;
  throw new Error(`unknown stage ${stage}`);
}

// ---- reporting ---------------------------------------------------------------------------------

test('grid worker reports with lat/lon: placed in the grid containing the point, source grid_worker, accept deadline set', async () => {
  const gw = w.S['grid-worker'].user;
  assert.ok(gw.grants.some((g) => g.role === 'grid_worker' && g.org_id === homeGrid.id), 'grid-worker works in 将军社区第一网格');
  const pt = home();
  const loc = await getOk(srv, `${API}/grids/locate?lat=${pt.lat}&lon=${pt.lon}`, w.S['grid-worker']);
  assert.equal(loc.org_id, homeGrid.id, '/grids/locate agrees with the polygon');
  assert.equal(loc.name, '将军社区第一网格');

  const title = unique('消防通道堵塞');
  const r = await w.post('grid-worker', { title, body: '楼道堆放杂物', category: cat.code, ...pt, address: '将军路18号' });
  assert.equal(r.status, 201, r.text);
  const c = r.json;
  assert.equal(c.type, 'event');
  assert.equal(c.status, 'reported');
  assert.equal(c.org_id, homeGrid.id, 'org_id is the Feature id of the grid containing the point');
  assert.equal(c.category, cat.code);
  assert.equal(c.platform, cat.platform);
  assert.ok(PLATFORMS.includes(c.platform));
  assert.equal(c.source, 'grid_worker');
  assert.equal(c.reporter_id, gw.id);
  assert.equal(c.title, title);
  assert.equal(c.stage, 'accept');
  assert.equal(c.warn, 'normal');
  assert.equal(c.rework_count, 0);
  assert.equal(c.extension_pending, null);
  assert.equal(c.rating, null);
  assert.equal(c.closed_at, null);
  assert.equal(c.lat, pt.lat);
  assert.equal(c.lon, pt.lon);
  assert.match(c.due_at, CST_TIME);
  // due_at = report time + accept_hours (calendar hours).
  const diff = Date.parse(c.due_at) - Date.parse(c.created_at);
  assert.ok(Math.abs(diff - cat.accept_hours * 3600000) <= 2000,
    `due_at ${c.due_at} is created_at ${c.created_at} + ${cat.accept_hours} h`);

  const g = await w.get('operator', c.id);
  assert.equal(g.timeline.length, 1);
  assert.equal(g.timeline[0].kind, 'create');
  for (const a of ['accept', 'reject', 'escalate']) assert.ok(g.allowed_actions.includes(a), `operator may ${a}: ${g.allowed_actions}`);
  assert.ok(!g.allowed_actions.includes('settle'), 'the operator may not settle');
  const mine = await w.get('grid-worker', c.id);
  assert.equal(mine.allowed_actions.includes('settle'), cat.settle_on_spot === true, 'settle offered iff settle_on_spot');
  assert.ok(!mine.allowed_actions.includes('accept'));
  const list = await listAll(srv, w.S.operator, `${API}/cases?type=event`);
  assert.ok(list.some((x) => x.id === c.id), 'the operator lists it');
});

test('a retried report with the same Idempotency-Key creates one event', async () => {
  const count = async () => (await listAll(srv, w.S.admin, `${API}/cases?type=event`)).length;
  const n0 = await count();
  const body = { title: unique('重试'), category: cat.code, ...home() };
  const key = unique('key');
  const a = await w.post('grid-worker', body, { 'idempotency-key': key });
  assert.equal(a.status, 201, a.text);
  const b = await w.post('grid-worker', body, { 'idempotency-key': key });
  assert.equal(b.status, 201, b.text);
  assert.equal(b.json.id, a.json.id);
  assert.equal(await count(), n0 + 1);
  const c = await w.post('grid-worker', { ...body, title: unique('另一个') }, { 'idempotency-key': key });
  assertError(c, 409, 'idempotency_key_reused');
  assert.equal(await count(), n0 + 1);
});

test('GET /grids counts the open events of each grid', async () => {
  const grid3 = () => getOk(srv, `${API}/grids`, w.S.operator).then((g) => g.features.find((f) => f.properties.name === '将军社区第三网格'));
  const before = (await grid3()).properties;
  assert.ok(Number.isInteger(before.open_events) && Number.isInteger(before.yellow) && Number.isInteger(before.red));
  const c = await w.report('operator', { category: cat.code, ...w.pointIn('将军社区第三网格'), caller_name: '孙先生' });
  assert.equal(c.org_id, w.feature('将军社区第三网格').id);
  assert.equal((await grid3()).properties.open_events, before.open_events + 1);
  await w.act('operator', c.id, { action: 'reject', note: '重复' }, 'rejected');
  assert.equal((await grid3()).properties.open_events, before.open_events, 'closed events are not open');
});

test('a point outside every grid: /grids/locate answers 404', async () => {
  const r = await w.raw('grid-worker', 'GET', `${API}/grids/locate?lat=0.5&lon=0.5`);
  assertError(r, 404, 'not_found');
});

test('full path: accept → dispatch → sign → handle → verify_fail → handle → verify_pass → rate', async () => {
  let c = await w.report('grid-worker', { category: cat.code, ...home() });
  const versions = [c.version];
  await expectActionRefused(w, 'operator', c.id, { action: 'sign' });
  await expectActionRefused(w, 'grid-worker', c.id, { action: 'accept' });

  c = await w.act('operator', c.id, { action: 'accept', version: c.version }, 'accepted');
  checkAction(c, { action: 'accept', who: 'operator', from: 'reported', to: 'accepted' });
  assert.equal(c.stage, null, 'the accept stage ends at accept; no stage runs until dispatch');
  assert.equal(c.warn, null, 'no running deadline, no warning');
  versions.push(c.version);

  // dispatch needs a department.
  await expectRefused(w, c.id, () => w.actRaw('operator', c.id, { action: 'dispatch' }), 422, undefined, 'fields.unit_id');
  await expectRefused(w, c.id, () => w.actRaw('operator', c.id, { action: 'dispatch', fields: { unit_id: homeGrid.id } }), 422, undefined, 'fields.unit_id');
  await expectRefused(w, c.id, () => w.actRaw('operator', c.id, { action: 'dispatch', fields: { unit_id: 999999999 } }), 422, undefined, 'fields.unit_id');
  c = await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  checkAction(c, { action: 'dispatch', who: 'operator', from: 'accepted', to: 'dispatched' });
  assert.equal(c.unit_id, cj.id);
  assert.equal(c.unit_name, '城中街道城建办');
  assert.equal(c.stage, 'handle');
  assert.equal(c.warn, 'normal');
  assert.match(c.handle_due_at, CST_TIME);
  // The handle stage: handle_days working days from dispatch (Saturdays, Sundays and holidays skipped).
  const dispatchedAt = lastEv(c).at;
  const isWorking = await workingDays(srv, w.S.admin, [...new Set([0, 1].map((k) => Number(chinaDate(dispatchedAt).slice(0, 4)) + k))]);
  assert.equal(chinaDate(c.handle_due_at), addWorkingDays(chinaDate(dispatchedAt), cat.handle_days, isWorking),
    `handle_due_at ${c.handle_due_at}: ${cat.handle_days} working days after dispatch at ${dispatchedAt}`);
  versions.push(c.version);

  await expectActionRefused(w, 'operator', c.id, { action: 'handle', fields: { result: '越权' } });
  c = await w.act('handler', c.id, { action: 'sign' }, 'signed');
  checkAction(c, { action: 'sign', who: 'handler', from: 'dispatched', to: 'signed' });
  versions.push(c.version);

  await expectRefused(w, c.id, () => w.actRaw('handler', c.id, { action: 'handle' }), 422, undefined, 'fields.result');
  await expectRefused(w, c.id, () => w.actRaw('handler', c.id, { action: 'handle', fields: { result: '' } }), 422, undefined, 'fields.result');
  const result1 = unique('已清理楼道');
  c = await w.act('handler', c.id, { action: 'handle', fields: { result: result1 } }, 'handled');
  checkAction(c, { action: 'handle', who: 'handler', from: 'signed', to: 'handled' });
  assert.equal(c.result, result1);
  versions.push(c.version);

  await expectActionRefused(w, 'handler', c.id, { action: 'verify_pass' });
  await expectActionRefused(w, 'operator', c.id, { action: 'verify_pass' });
  await expectRefused(w, c.id, () => w.actRaw('grid-worker', c.id, { action: 'verify_fail' }), 422, undefined, 'note');
  c = await w.act('grid-worker', c.id, { action: 'verify_fail', note: '杂物仍未清走' }, 'signed');
  checkAction(c, { action: 'verify_fail', who: 'grid-worker', from: 'handled', to: 'signed' });
  assert.equal(c.rework_count, 1, 'verify_fail counts one rework');
  assert.equal(lastEv(c).note, '杂物仍未清走');
  versions.push(c.version);

  const result2 = unique('已彻底清理');
  c = await w.act('handler', c.id, { action: 'handle', fields: { result: result2 } }, 'handled');
  assert.equal(c.result, result2);
  assert.equal(c.rework_count, 1);
  versions.push(c.version);

  c = await w.act('grid-worker', c.id, { action: 'verify_pass' }, 'closed');
  checkAction(c, { action: 'verify_pass', who: 'grid-worker', from: 'handled', to: 'closed' });
  assert.match(c.closed_at, CST_TIME);
  assert.equal(c.rework_count, 1);
  assert.equal(c.rating, null);
  assert.equal(c.stage, null);
  assert.equal(c.warn, null);
  assert.equal(c.closed_on_time, true, 'closed before the handling deadline');
  versions.push(c.version);

  // Rating: only the reporter, a valid value, once.
  assert.ok((await w.get('grid-worker', c.id)).allowed_actions.includes('rate'));
  await expectActionRefused(w, 'operator', c.id, { action: 'rate', fields: { rating: 'satisfied' } });
  await expectRefused(w, c.id, () => w.actRaw('grid-worker', c.id, { action: 'rate' }), 422, undefined, 'fields.rating');
  await expectRefused(w, c.id, () => w.actRaw('grid-worker', c.id, { action: 'rate', fields: { rating: 'great' } }), 422, undefined, 'fields.rating');
  c = await w.act('grid-worker', c.id, { action: 'rate', fields: { rating: 'satisfied', comment: '处理及时' } }, 'closed');
  assert.equal(c.rating, 'satisfied');
  assert.equal(c.rating_comment, '处理及时');
  versions.push(c.version);
  const e = await expectActionRefused(w, 'grid-worker', c.id, { action: 'rate', fields: { rating: 'unsatisfied' } });
  assert.ok(!e.allowed_actions.includes('rate'));
  assert.equal((await w.get('admin', c.id)).rating, 'satisfied');

  for (let i = 1; i < versions.length; i++) assert.ok(versions[i] > versions[i - 1], `versions grow: ${versions}`);
  const g = await w.get('admin', c.id);
  assert.deepEqual(g.timeline.filter((x) => x.kind === 'action').map((x) => x.action),
    ['accept', 'dispatch', 'sign', 'handle', 'verify_fail', 'handle', 'verify_pass', 'rate']);
  assert.equal(g.closed_at, c.closed_at, 'rating does not move closed_at');
});

// ---- settle on the spot ------------------------------------------------------------------------

test('settle on the spot: needs fields.result and fields.photos with an uploaded photo', async () => {
  const c = await w.report('grid-worker', { category: catSettle.code, ...home() });
  const photo = await w.upload('grid-worker', png(10, 20, 30), 'image/png');
  const settle = (fields) => () => w.actRaw('grid-worker', c.id, { action: 'settle', fields });

  const e1 = await expectRefused(w, c.id, settle({ result: '已劝离' }), 422, undefined, 'fields.photos');
  assert.ok(e1.message.length > 0);
  await expectRefused(w, c.id, settle({ result: '已劝离', photos: [] }), 422, undefined, 'fields.photos');
  await expectRefused(w, c.id, settle({ result: '已劝离', photos: [999999999] }), 422, undefined, 'fields.photos');
  await expectRefused(w, c.id, settle({ photos: [photo.id] }), 422, undefined, 'fields.result');
  await expectActionRefused(w, 'operator', c.id, { action: 'settle', fields: { result: '受理员代办', photos: [photo.id] } });

  const s = await w.act('grid-worker', c.id, { action: 'settle', fields: { result: '已当场劝离占道摊贩', photos: [photo.id] } }, 'settled');
  checkAction(s, { action: 'settle', who: 'grid-worker', from: 'reported', to: 'settled' });
  assert.equal(s.result, '已当场劝离占道摊贩');
  assert.match(s.closed_at, CST_TIME, 'settled is a closed state');
  assert.ok(Array.isArray(s.photos) && s.photos.includes(photo.id), `photos ${JSON.stringify(s.photos)}`);
  // The photo is now visible to whoever sees the event.
  const img = await w.raw('operator', 'GET', `${API}/attachments/${photo.id}`);
  assert.equal(img.status, 200);
  await expectActionRefused(w, 'operator', c.id, { action: 'accept' });

  // The reporter rates a settled event once; it stays settled.
  const rated = await w.act('grid-worker', c.id, { action: 'rate', fields: { rating: 'basically_satisfied' } }, 'settled');
  assert.equal(rated.rating, 'basically_satisfied');
  await expectActionRefused(w, 'grid-worker', c.id, { action: 'rate', fields: { rating: 'satisfied' } });
});

test('settle is refused (409) for a category without settle_on_spot', async () => {
  const c = await w.report('grid-worker', { category: catNoSettle.code, ...home() });
  const photo = await w.upload('grid-worker', png(11, 21, 31), 'image/png');
  const e = await expectActionRefused(w, 'grid-worker', c.id, { action: 'settle', fields: { result: '已处理', photos: [photo.id] } });
  assert.ok(!e.allowed_actions.includes('settle'));
  assert.equal((await w.get('admin', c.id)).status, 'reported');
});

// ---- reject, return, escalate ------------------------------------------------------------------

test('reject needs a reason (422 note); rejected is closed and final', async () => {
  const c = await w.report('grid-worker', { category: cat.code, ...home() });
  await expectRefused(w, c.id, () => w.actRaw('operator', c.id, { action: 'reject' }), 422, undefined, 'note');
  await expectRefused(w, c.id, () => w.actRaw('operator', c.id, { action: 'reject', note: '   ' }), 422, undefined, 'note');
  await expectActionRefused(w, 'grid-worker', c.id, { action: 'reject', note: '网格员不能不予受理' });
  const r = await w.act('operator', c.id, { action: 'reject', note: '不属于受理范围' }, 'rejected');
  checkAction(r, { action: 'reject', who: 'operator', from: 'reported', to: 'rejected' });
  assert.equal(lastEv(r).note, '不属于受理范围');
  assert.match(r.closed_at, CST_TIME);
  await expectActionRefused(w, 'operator', c.id, { action: 'accept' });
  await expectActionRefused(w, 'operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } });
});

test('return by the department: dispatched or signed → accepted, unit cleared; it can be dispatched again', async () => {
  const c = await eventAt('dispatched');
  await expectRefused(w, c.id, () => w.actRaw('handler', c.id, { action: 'return' }), 422, undefined, 'note');
  await expectActionRefused(w, 'operator', c.id, { action: 'return', note: '受理员不能退回' });
  const r = await w.act('handler', c.id, { action: 'return', note: '不属于本部门职责' }, 'accepted');
  checkAction(r, { action: 'return', who: 'handler', from: 'dispatched', to: 'accepted' });
  assert.equal(r.unit_id, null, 'return clears the unit');
  assert.equal(r.stage, null);
  assert.ok(r.timeline.length > c.timeline.length, 'the answer is the whole case, although the handler no longer sees it');
  assertError(await w.raw('handler', 'GET', `${API}/cases/${c.id}`), 404, 'not_found');
  const again = await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  assert.equal(again.unit_id, cj.id);

  const s = await eventAt('signed');
  const r2 = await w.act('handler', s.id, { action: 'return', note: '需要综合执法队处理' }, 'accepted');
  checkAction(r2, { action: 'return', who: 'handler', from: 'signed', to: 'accepted' });
  assert.equal(r2.unit_id, null);
  const d2 = await w.act('operator', s.id, { action: 'dispatch', fields: { unit_id: zf.id } }, 'dispatched');
  assert.equal(d2.unit_id, zf.id);
});

test('escalate: the township operator cannot accept the escalated event, the county operator can', async () => {
  const c = await w.report('grid-worker', { category: cat.code, ...home() });
  await expectRefused(w, c.id, () => w.actRaw('operator', c.id, { action: 'escalate' }), 422, undefined, 'note');
  const e = await w.act('operator', c.id, { action: 'escalate', note: '涉及多个街道，需区级协调' }, 'escalated');
  checkAction(e, { action: 'escalate', who: 'operator', from: 'reported', to: 'escalated' });
  assert.ok(e.escalated === true || (typeof e.escalated === 'number' && e.escalated > 0), `escalated flag: ${e.escalated}`);
  await expectActionRefused(w, 'operator', c.id, { action: 'accept' });
  const county = await w.get('county-operator', c.id);
  assert.ok(county.allowed_actions.includes('accept'), `county-operator may accept: ${county.allowed_actions}`);
  const a = await w.act('county-operator', c.id, { action: 'accept' }, 'accepted');
  checkAction(a, { action: 'accept', who: 'county-operator', from: 'escalated', to: 'accepted' });

  // From accepted, too.
  const c2 = await eventAt('accepted');
  const e2 = await w.act('operator', c2.id, { action: 'escalate', note: '需区住建局处理' }, 'escalated');
  checkAction(e2, { action: 'escalate', who: 'operator', from: 'accepted', to: 'escalated' });
  await expectActionRefused(w, 'operator', c2.id, { action: 'accept' });
  await w.act('county-operator', c2.id, { action: 'accept' }, 'accepted');
});

// ---- extension ---------------------------------------------------------------------------------

test('extension: request → refuse clears it; request → grant moves the handle deadline by working days', async () => {
  const c = await eventAt('dispatched');
  const before = await w.get('admin', c.id);
  const req = (fields, note) => () => w.actRaw('handler', c.id, { action: 'request_extension', fields, note });

  // Nothing pending: grant and refuse are refused.
  await expectActionRefused(w, 'operator', c.id, { action: 'grant_extension' });
  await expectActionRefused(w, 'operator', c.id, { action: 'refuse_extension', note: '无申请' });
  // Validation of the request.
  await expectRefused(w, c.id, req(undefined, '材料未到'), 422, undefined, 'fields.days');
  await expectRefused(w, c.id, req({ days: 0 }, '材料未到'), 422, undefined, 'fields.days');
  await expectRefused(w, c.id, req({ days: 31 }, '材料未到'), 422, undefined, 'fields.days');
  await expectRefused(w, c.id, req({ days: 'three' }, '材料未到'), 422, undefined, 'fields.days');
  await expectRefused(w, c.id, req({ days: 3 }), 422, undefined, 'note');
  await expectActionRefused(w, 'operator', c.id, { action: 'request_extension', fields: { days: 3 }, note: '受理员不能申请' });

  // Request, then refuse.
  let r = await w.act('handler', c.id, { action: 'request_extension', fields: { days: 3 }, note: '等待材料' }, 'dispatched');
  assert.deepEqual(r.extension_pending, { days: 3, reason: '等待材料' });
  assert.equal(r.handle_due_at, before.handle_due_at, 'a request alone moves nothing');
  await expectActionRefused(w, 'handler', c.id, { action: 'grant_extension' });
  await expectRefused(w, c.id, () => w.actRaw('operator', c.id, { action: 'refuse_extension' }), 422, undefined, 'note');
  r = await w.act('operator', c.id, { action: 'refuse_extension', note: '请按期办结' }, 'dispatched');
  assert.equal(r.extension_pending, null);
  assert.equal(r.extension_days, 0);
  assert.equal(r.handle_due_at, before.handle_due_at);
  await expectActionRefused(w, 'operator', c.id, { action: 'grant_extension' });

  // Make the working-day count matter: the first working day after the current deadline becomes a
  // holiday, the first Saturday after it a working day (调休上班).
  const oldDate = chinaDate(before.handle_due_at);
  const year = Number(oldDate.slice(0, 4));
  let isWorking = await workingDays(srv, w.S.admin, [year, year + 1]);
  const holiday = addWorkingDays(oldDate, 1, isWorking);
  let saturday = addDays(oldDate, 1);
  while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = addDays(saturday, 1);
  const put = await w.raw('admin', 'PUT', `${API}/holidays`, { body: { items: [
    { date: holiday, name: '测试假日', workday: false }, { date: saturday, name: '测试调休', workday: true }] } });
  assert.equal(put.status, 200, put.text);
  try {
    isWorking = await workingDays(srv, w.S.admin, [year, year + 1]);
    assert.equal(isWorking(holiday), false);
    assert.equal(isWorking(saturday), true);

    // Request 5 days, then grant.
    r = await w.act('handler', c.id, { action: 'request_extension', fields: { days: 5 }, note: '需协调供电部门' }, 'dispatched');
    assert.deepEqual(r.extension_pending, { days: 5, reason: '需协调供电部门' });
    r = await w.act('operator', c.id, { action: 'grant_extension' }, 'dispatched');
    assert.equal(r.extension_pending, null);
    assert.equal(r.extension_days, 5);
    const expected = addWorkingDays(oldDate, 5, isWorking);
    assert.equal(chinaDate(r.handle_due_at), expected,
      `granted 5 working days: ${before.handle_due_at} → ${r.handle_due_at}, expected on ${expected} (holiday ${holiday}, workday ${saturday})`);
    assert.equal(chinaTimeOfDay(r.handle_due_at), chinaTimeOfDay(before.handle_due_at), 'the time of day is kept');
    if (before.due_at) assert.ok(Date.parse(r.due_at) >= Date.parse(before.due_at), 'due_at does not move earlier');
    await expectActionRefused(w, 'operator', c.id, { action: 'grant_extension' });

    // After signing, an extension can still be asked for.
    await w.act('handler', c.id, { action: 'sign' }, 'signed');
    r = await w.act('handler', c.id, { action: 'request_extension', fields: { days: 1 }, note: '天气原因' }, 'signed');
    assert.deepEqual(r.extension_pending, { days: 1, reason: '天气原因' });
    r = await w.act('operator', c.id, { action: 'grant_extension' }, 'signed');
    assert.equal(r.extension_days, 6);
    assert.equal(chinaDate(r.handle_due_at), addWorkingDays(expected, 1, isWorking));
  } finally {
    for (const d of [holiday, saturday]) {
      const del = await w.raw('admin', 'DELETE', `${API}/holidays/${d}`);
      assert.equal(del.status, 204, del.text);
    }
  }
});

// ---- unsatisfied rating ------------------------------------------------------------------------

test('rate unsatisfied → reviewing; operator confirm (with reason) → closed; no second rating', async () => {
  const c = await eventAt('closed');
  const r = await w.act('grid-worker', c.id, { action: 'rate', fields: { rating: 'unsatisfied', comment: '仍有堆放' } }, 'reviewing');
  checkAction(r, { action: 'rate', who: 'grid-worker', from: 'closed', to: 'reviewing' });
  assert.equal(r.rating, 'unsatisfied');
  await expectActionRefused(w, 'grid-worker', c.id, { action: 'rate', fields: { rating: 'satisfied' } });
  assert.ok((await w.get('operator', c.id)).allowed_actions.includes('confirm'));
  await expectRefused(w, c.id, () => w.actRaw('operator', c.id, { action: 'confirm' }), 422, undefined, 'note');
  await expectActionRefused(w, 'handler', c.id, { action: 'confirm', note: '部门不能维持' });
  const k = await w.act('operator', c.id, { action: 'confirm', note: '经复核已按要求办结' }, 'closed');
  checkAction(k, { action: 'confirm', who: 'operator', from: 'reviewing', to: 'closed' });
  assert.match(k.closed_at, CST_TIME);
  const e = await expectActionRefused(w, 'grid-worker', c.id, { action: 'rate', fields: { rating: 'satisfied' } });
  assert.ok(!e.allowed_actions.includes('rate'));
});

test('rate unsatisfied → reviewing → dispatched again → closed; the second rating is refused', async () => {
  const c = await eventAt('closed');
  await w.act('grid-worker', c.id, { action: 'rate', fields: { rating: 'unsatisfied' } }, 'reviewing');
  const d = await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  checkAction(d, { action: 'dispatch', who: 'operator', from: 'reviewing', to: 'dispatched' });
  assert.equal(d.closed_at, null, 'reopened work is not closed');
  assert.equal(d.stage, 'handle');
  await w.act('handler', c.id, { action: 'sign' }, 'signed');
  await w.act('handler', c.id, { action: 'handle', fields: { result: '已再次清理并设置警示牌' } }, 'handled');
  const closed = await w.act('grid-worker', c.id, { action: 'verify_pass' }, 'closed');
  assert.match(closed.closed_at, CST_TIME);
  await expectActionRefused(w, 'grid-worker', c.id, { action: 'rate', fields: { rating: 'satisfied' } });
  assert.equal((await w.get('admin', c.id)).rating, 'unsatisfied', 'the first rating stands');
});

// ---- who reports ---------------------------------------------------------------------------------

test('an operator reports on behalf of a caller: source operator, caller kept, placed by org_id or location', async () => {
  const byOrg = await w.report('operator', {
    category: cat.code, org_id: otherGrid.id, caller_name: '王大爷', caller_phone: '13800138000', address: '飘萍路2号',
  });
  assert.equal(byOrg.source, 'operator');
  assert.equal(byOrg.org_id, otherGrid.id);
  assert.equal(byOrg.reporter_id, w.S.operator.user.id);
  // the caller is a person of the registry (当事人), encrypted; the event keeps no copy
  const caller = (c) => c.persons.find((p) => p.role === 'caller');
  assert.equal(byOrg.caller_name, null);
  assert.equal(byOrg.caller_phone, null);
  assert.equal(caller(byOrg).name, '王*爷');
  assert.equal(caller(byOrg).phone, '138****8000', 'the phone is shown masked');
  const full = await w.raw('operator', 'GET', `${API}/cases/${byOrg.id}`);
  assert.equal(caller(full.json).name, '王*爷');
  assert.equal(caller(full.json).phone, '138****8000');
  assert.ok(!full.text.includes('王大爷'), 'the whole name is never shown');
  assert.ok(!full.text.includes('13800138000'), 'the whole number is never shown');
  const listed = await w.raw('operator', 'GET', `${API}/cases?type=event&limit=200`);
  assert.ok(!listed.text.includes('13800138000'));
  assert.equal(byOrg.status, 'reported');

  const pt = w.pointIn('飘萍社区第二网格');
  const byLoc = await w.report('operator', { category: cat.code, ...pt, caller_name: '李阿姨' });
  assert.equal(byLoc.org_id, otherGrid.id, 'placed in the grid containing the point');
  assert.equal(byLoc.source, 'operator');
  assert.equal(caller(byLoc).name, '李*姨');

  // Not a grid: refused, and nothing is created.
  const n0 = (await listAll(srv, w.S.admin, `${API}/cases?type=event`)).length;
  const r = await w.post('operator', { title: unique('x'), category: cat.code, org_id: w.org('城中街道').id });
  assertError(r, 422, undefined, 'org_id');
  assert.equal((await listAll(srv, w.S.admin, `${API}/cases?type=event`)).length, n0);
});

test('a citizen reports (source citizen) and sees only their own events', async () => {
  const pt = w.pointIn('飘萍社区第一网格');
  const mine = await w.report('citizen', { category: cat.code, ...pt, body: '路灯不亮' });
  assert.equal(mine.source, 'citizen');
  assert.equal(mine.org_id, w.feature('飘萍社区第一网格').id);
  assert.equal(mine.reporter_id, w.S.citizen.user.id);
  const other = await w.report('grid-worker', { category: cat.code, ...home() });

  const list = await listAll(srv, w.S.citizen, `${API}/cases`);
  assert.ok(list.some((x) => x.id === mine.id), 'the citizen lists their own report');
  assert.ok(list.every((x) => x.reporter_id === w.S.citizen.user.id), 'and nothing else');
  assertError(await w.raw('citizen', 'GET', `${API}/cases/${other.id}`), 404, 'not_found');
  await expectRefused(w, other.id, () => w.actRaw('citizen', other.id, { action: 'rate', fields: { rating: 'satisfied' } }), 404, 'not_found');
  const g = await w.get('citizen', mine.id);
  assert.deepEqual(g.allowed_actions.filter((a) => ['accept', 'reject', 'dispatch', 'settle', 'escalate'].includes(a)), []);
  await expectActionRefused(w, 'citizen', mine.id, { action: 'accept' });
  // The township sees it.
  assert.equal((await w.get('operator', mine.id)).source, 'citizen');
});

test('a staff note never reaches the citizen who reported: the notice of 受理 to the poster quotes none, as the timeline shows none', async () => {
  const c = await w.report('citizen', { category: cat.code, ...home() });
  await w.act('operator', c.id, { action: 'accept', note: '来电人另留手机13800001111，已核实' }, 'accepted');
  const r = await w.raw('citizen', 'GET', `${API}/notifications?limit=200`);
  assert.equal(r.status, 200);
  const n = r.json.items.find((x) => x.case_id === c.id && x.kind === 'accepted');
  assert.ok(n, 'the citizen is told it was accepted');
  assert.doesNotMatch(n.message, /备注|13800001111/);
});

test('the citizen rates their own event after it is closed; the grid worker who verified may not', async () => {
  let c = await w.report('citizen', { category: cat.code, ...home() });
  assert.equal(c.org_id, homeGrid.id);
  c = await w.act('operator', c.id, { action: 'accept' }, 'accepted');
  c = await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  c = await w.act('handler', c.id, { action: 'sign' }, 'signed');
  c = await w.act('handler', c.id, { action: 'handle', fields: { result: '已修复路灯' } }, 'handled');
  await expectActionRefused(w, 'citizen', c.id, { action: 'verify_pass' });
  c = await w.act('grid-worker', c.id, { action: 'verify_pass' }, 'closed');
  assert.ok((await w.get('citizen', c.id)).allowed_actions.includes('rate'));
  await expectActionRefused(w, 'grid-worker', c.id, { action: 'rate', fields: { rating: 'satisfied' } });
  const r = await w.act('citizen', c.id, { action: 'rate', fields: { rating: 'satisfied' } }, 'closed');
  assert.equal(r.rating, 'satisfied');
  await expectActionRefused(w, 'citizen', c.id, { action: 'rate', fields: { rating: 'satisfied' } });
});

// ---- refused transitions list the allowed actions ----------------------------------------------

test('refused transitions answer 409 action_not_allowed with the allowed actions, and change nothing', async () => {
  const reported = await eventAt('reported');
  const accepted = await eventAt('accepted');
  const dispatched = await eventAt('dispatched');
  const handled = await eventAt('handled');
  const tries = [
    ['grid-worker', reported, { action: 'dispatch', fields: { unit_id: cj.id } }],
    ['operator', reported, { action: 'verify_pass' }],
    ['operator', reported, { action: 'confirm', note: 'x' }],
    ['operator', accepted, { action: 'accept' }],
    ['operator', accepted, { action: 'sign' }],
    ['grid-worker', accepted, { action: 'verify_fail', note: 'x' }],
    ['handler', dispatched, { action: 'handle', fields: { result: '未签收' } }],
    ['operator', dispatched, { action: 'reject', note: '已交办' }],
    ['grid-worker', handled, { action: 'rate', fields: { rating: 'satisfied' } }],
    ['handler', handled, { action: 'sign' }],
  ];
  for (const [who, c, body] of tries) {
    const e = await expectActionRefused(w, who, c.id, body);
    assert.ok(Array.isArray(e.allowed_actions));
  }
  // The operator's list on a reported event names what can be done.
  const e = await expectActionRefused(w, 'operator', reported.id, { action: 'handle', fields: { result: 'x' } });
  for (const a of ['accept', 'reject', 'escalate']) assert.ok(e.allowed_actions.includes(a), `${a} in ${e.allowed_actions}`);
  // Stale version on an event action.
  await expectRefused(w, accepted.id,
    () => w.actRaw('operator', accepted.id, { action: 'dispatch', version: accepted.version - 1, fields: { unit_id: cj.id } }),
    409, 'stale_version');
  // An unknown action is a validation error, not a transition.
  const snap = await eventSnapshot(srv, w.S.admin, reported.id);
  const u = await w.actRaw('operator', reported.id, { action: 'teleport' });
  assert.ok([409, 422].includes(u.status), `${u.status} ${u.text}`);
  assert.deepEqual(await eventSnapshot(srv, w.S.admin, reported.id), snap);
});
