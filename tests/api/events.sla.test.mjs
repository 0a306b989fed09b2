// Deadlines and supervision (督办): an overdue event turns red, the SLA tick marks it on the
// timeline and notifies the people who must act; the supervision queue puts red first;
// notifications can be read one by one or all at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, CST_TIME } from './lib.mjs';
import { eventWorld, sleep } from './fixtures/events.mjs';

let srv;
let w;
let catAccept;  // PATCHed to accept_hours 0
let cj;
let overdue;    // the event reported with accept_hours 0

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv);
  cj = w.org('城中街道城建办');
  catAccept = w.sub((c) => c.accept_hours > 0, 'a category with an accept deadline');
});
after(async () => { await srv?.stop(); });

const notes = (who, q = '') => getOk(srv, `${API}/notifications${q}`, w.S[who]);
const tick = (who = 'admin') => w.raw(who, 'POST', `${API}/admin/sla-tick`);
const rank = { red: 0, yellow: 1, normal: 2 };
const supervises = (c) => c.timeline.filter((e) => e.kind === 'supervise');

test('only an admin may run the SLA tick', async () => {
  for (const who of ['operator', 'county-operator', 'handler', 'grid-worker']) {
    assertError(await tick(who), 403, 'forbidden');
  }
});

test('accept_hours 0: the event is overdue at once; the tick marks it red on the timeline', async () => {
  const p = await w.raw('admin', 'PATCH', `${API}/categories/${catAccept.code}`, { body: { accept_hours: 0 } });
  assert.equal(p.status, 200, p.text);
  assert.equal((await getOk(srv, `${API}/categories?type=event`, w.S.admin)).items.find((c) => c.code === catAccept.code).accept_hours, 0);

  const gridRed = async () => (await getOk(srv, `${API}/grids`, w.S.operator)).features.find((f) => f.properties.name === '将军社区第一网格').properties.red;
  const red0 = await gridRed();
  overdue = await w.report('grid-worker', { category: catAccept.code, ...w.pointIn('将军社区第一网格') });
  assert.ok(Math.abs(Date.parse(overdue.due_at) - Date.parse(overdue.created_at)) <= 2000, 'due at once');
  assert.equal(overdue.stage, 'accept');
  await sleep(1100); // now is past due_at

  const r = await tick();
  assert.equal(r.status, 200, r.text);
  assert.ok(Number.isInteger(r.json.changed), r.text);
  assert.ok(r.json.changed >= 1, `changed ${r.json.changed}`);

  const c = await w.get('operator', overdue.id);
  assert.equal(c.warn, 'red');
  const sv = supervises(c);
  assert.equal(sv.length, 1, `one supervise event: ${JSON.stringify(c.timeline)}`);
  assert.match(sv[0].at, CST_TIME);
  // the entry records the level and the stage's code, so a page names the stage in its language
  assert.deepEqual(sv[0].data, { warn: 'red', stage: 'accept' });
  assert.equal(c.status, 'reported', 'supervision does not change the status');
  assert.equal(await gridRed(), red0 + 1, 'the grid counts one more red event');

  // The same warning is not marked again.
  const again = await tick();
  assert.equal(again.status, 200, again.text);
  assert.equal(supervises(await w.get('operator', overdue.id)).length, 1, 'no second mark for the same warning');
});

test('GET /supervision: red first, the overdue event among the red, ?level filters', async () => {
  const sup = await getOk(srv, `${API}/supervision`, w.S.operator);
  assert.ok(sup.items.length >= 1);
  assert.equal(sup.items[0].warn, 'red', 'red comes first');
  const ranks = sup.items.map((x) => rank[x.warn]);
  assert.ok(ranks.every((r) => r !== undefined), `warn values: ${sup.items.map((x) => x.warn)}`);
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'red, then yellow, then normal');
  const mine = sup.items.find((x) => x.id === overdue.id);
  assert.ok(mine, 'the overdue event is supervised');
  assert.equal(mine.warn, 'red');
  // Most overdue first among the red: their deadlines ascend.
  const deadline = (x) => Date.parse(x.stage === 'handle' && x.handle_due_at ? x.handle_due_at : x.due_at);
  const reds = sup.items.filter((x) => x.warn === 'red').map(deadline);
  assert.deepEqual(reds, [...reds].sort((a, b) => a - b), 'most overdue first');
  // Only open cases with a deadline, of the types that have deadline stages (events; the
  // governance types' follow-ups and reviews).
  const staged = new Set((await getOk(srv, `${API}/types`, w.S.operator)).items.filter((t) => (t.stages || []).length).map((t) => t.type));
  for (const x of sup.items) {
    assert.ok(staged.has(x.type), `${x.type} has deadline stages`);
    assert.ok(!['rejected', 'settled', 'closed'].includes(x.status), `${x.id} is open (${x.status})`);
    assert.ok(x.due_at || x.handle_due_at, `${x.id} has a deadline`);
  }

  const red = await getOk(srv, `${API}/supervision?level=red`, w.S.operator);
  assert.ok(red.items.length >= 1 && red.items.every((x) => x.warn === 'red'));
  assert.ok(red.items.some((x) => x.id === overdue.id));
  assert.equal(red.items.length, sup.items.filter((x) => x.warn === 'red').length);
  const normal = await getOk(srv, `${API}/supervision?level=normal`, w.S.operator);
  assert.ok(normal.items.every((x) => x.warn === 'normal'));
  assert.ok(!normal.items.some((x) => x.id === overdue.id));
  const bad = await w.raw('operator', 'GET', `${API}/supervision?level=purple`);
  assert.ok([400, 422].includes(bad.status), `${bad.status} ${bad.text}`);
  assertError(bad, bad.status);
});

test('the operator is notified of the red event', async () => {
  const n = await notes('operator');
  assert.ok(Number.isInteger(n.unread) && n.unread >= 1, `unread ${n.unread}`);
  const mine = n.items.find((x) => x.case_id === overdue.id);
  assert.ok(mine, `a notification about event ${overdue.id}: ${JSON.stringify(n.items.slice(0, 5))}`);
  assert.ok(Number.isInteger(mine.id));
  assert.equal(typeof mine.kind, 'string');
  assert.ok(typeof mine.message === 'string' && mine.message.length > 0);
  assert.match(mine.created_at, CST_TIME);
  assert.equal(mine.read_at, null);
  const times = n.items.map((x) => Date.parse(x.created_at));
  assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
  assert.ok(n.items.length <= 100);
  // Nobody outside 城中 hears of it.
  assert.ok(!(await notes('xg-operator')).items.some((x) => x.case_id === overdue.id));
});

test('the inbox pages by time: pages of 3 joined are the whole list, newest first, none twice', async () => {
  const all = (await notes('operator', '?limit=200')).items;
  assert.ok(all.length > 6, `the operator has ${all.length} notices`);
  const paged = [];
  let cursor = null;
  for (let i = 0; i < 100; i++) {
    const page = await notes('operator', `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
    assert.ok(page.items.length <= 3);
    paged.push(...page.items);
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  assert.deepEqual(paged.map((n) => n.id), all.map((n) => n.id));
  assert.equal(new Set(paged.map((n) => n.id)).size, paged.length, 'no notice twice');
  const times = paged.map((n) => Date.parse(n.created_at));
  assert.deepEqual(times, [...times].sort((a, b) => b - a));
});

test('notifications: read one, read all; nobody reads another user\'s', async () => {
  const n0 = await notes('operator');
  assert.ok(n0.unread >= 1);
  const target = n0.items.find((x) => x.read_at === null);

  // Someone else's notification: 404, and it stays unread.
  assertError(await w.raw('handler', 'POST', `${API}/notifications/${target.id}/read`), 404, 'not_found');
  assertError(await w.raw('operator', 'POST', `${API}/notifications/999999999/read`), 404, 'not_found');
  assert.equal((await notes('operator')).unread, n0.unread);

  const r = await w.raw('operator', 'POST', `${API}/notifications/${target.id}/read`);
  assert.equal(r.status, 204, r.text);
  const n1 = await notes('operator');
  assert.equal(n1.unread, n0.unread - 1, 'one fewer unread');
  assert.match(n1.items.find((x) => x.id === target.id).read_at, CST_TIME);
  const unreadOnly = await notes('operator', '?unread=1');
  assert.ok(!unreadOnly.items.some((x) => x.id === target.id));
  assert.ok(unreadOnly.items.every((x) => x.read_at === null));
  // Reading it again changes nothing.
  const again = await w.raw('operator', 'POST', `${API}/notifications/${target.id}/read`);
  assert.equal(again.status, 204, again.text);
  assert.equal((await notes('operator')).unread, n1.unread);

  const all = await w.raw('operator', 'POST', `${API}/notifications/read-all`);
  assert.equal(all.status, 204, all.text);
  const n2 = await notes('operator');
  assert.equal(n2.unread, 0);
  assert.ok(n2.items.every((x) => x.read_at !== null));
  assert.deepEqual((await notes('operator', '?unread=1')).items, []);
  assertError(await srv.api('GET', `${API}/notifications`), 401, 'unauthorized');
});

test('accepting ends the red accept stage; dispatch starts the handle stage; closing leaves the queue', async () => {
  // (The handle stage cannot be made overdue through the API: handle_days is at least 1 working day.)
  const before = await getOk(srv, `${API}/supervision?level=red`, w.S.operator);
  assert.ok(before.items.some((x) => x.id === overdue.id));
  await w.act('operator', overdue.id, { action: 'accept' }, 'accepted');
  const red = await getOk(srv, `${API}/supervision?level=red`, w.S.operator);
  assert.ok(!red.items.some((x) => x.id === overdue.id), 'accepted: the accept deadline no longer counts');
  const d = await w.act('operator', overdue.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  assert.equal(d.stage, 'handle');
  assert.equal(d.warn, 'normal', `a fresh handle stage of ${catAccept.handle_days} working day(s) is normal`);
  const sup = await getOk(srv, `${API}/supervision`, w.S.operator);
  const mine = sup.items.find((x) => x.id === overdue.id);
  assert.ok(mine, 'dispatched events are supervised');
  assert.equal(mine.warn, 'normal');
  assert.ok((await getOk(srv, `${API}/supervision?level=normal`, w.S.handler)).items.some((x) => x.id === overdue.id),
    'in the department\'s queue too');
  await w.act('handler', overdue.id, { action: 'sign' }, 'signed');
  await w.act('handler', overdue.id, { action: 'handle', fields: { result: '已处理' } }, 'handled');
  await w.act('grid-worker', overdue.id, { action: 'verify_pass' }, 'closed');
  assert.ok(!(await getOk(srv, `${API}/supervision`, w.S.operator)).items.some((x) => x.id === overdue.id), 'closed events leave the queue');
  // A tick now marks nothing new on it.
  const n = supervises(await w.get('admin', overdue.id)).length;
  assert.equal((await tick()).status, 200);
  assert.equal(supervises(await w.get('admin', overdue.id)).length, n);
});

test('handle_days 0: due the moment it is dispatched; the tick notifies the department\'s handler', async () => {
  const cat0 = w.sub((c) => c.code !== catAccept.code && c.handle_days > 0 && c.accept_hours > 0, 'a second category');
  const p = await w.raw('admin', 'PATCH', `${API}/categories/${cat0.code}`, { body: { handle_days: 0 } });
  assert.equal(p.status, 200, p.text);
  const h0 = (await notes('handler')).unread;
  let c = await w.report('grid-worker', { category: cat0.code, ...w.pointIn('将军社区第一网格') });
  await w.act('operator', c.id, { action: 'accept' }, 'accepted');
  c = await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  assert.equal(c.stage, 'handle');
  const dispatchedAt = c.timeline[c.timeline.length - 1].at;
  assert.ok(Math.abs(Date.parse(c.handle_due_at) - Date.parse(dispatchedAt)) <= 2000, `due at dispatch: ${c.handle_due_at} vs ${dispatchedAt}`);
  await sleep(1100);
  const r = await tick();
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.changed >= 1, `changed ${r.json.changed}`);
  const g = await w.get('handler', c.id);
  assert.equal(g.warn, 'red');
  assert.equal(supervises(g).length, 1, 'marked once on the timeline');
  const n = await notes('handler');
  assert.ok(n.unread > h0, `handler unread ${h0} → ${n.unread}`);
  assert.ok(n.items.some((x) => x.case_id === c.id && x.read_at === null), 'the department\'s handler hears of it');
  assert.ok(!(await notes('xg-operator')).items.some((x) => x.case_id === c.id));
  const sup = await getOk(srv, `${API}/supervision?level=red`, w.S.handler);
  assert.ok(sup.items.some((x) => x.id === c.id), 'in the handler\'s red queue');
  // Signing does not stop the clock; handling ends the handle stage.
  await w.act('handler', c.id, { action: 'sign' }, 'signed');
  assert.equal((await w.get('handler', c.id)).warn, 'red');
  const h = await w.act('handler', c.id, { action: 'handle', fields: { result: '已处理' } }, 'handled');
  const closed = await w.act('grid-worker', c.id, { action: 'verify_pass' }, 'closed');
  assert.equal(closed.closed_on_time, false, 'closed after the handling deadline');
  assert.ok(h.version < closed.version);
});
