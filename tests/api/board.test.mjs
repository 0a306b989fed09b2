// The 我爱我家 board: every path of the suggestion workflow, allowed actions per user, comments,
// and the board counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, API, assertError, getOk, listAll, orgsByName, snapshot, chinaToday, chinaWeekStart,
  CST_TIME, unique,
} from './lib.mjs';

let srv;
const S = {}; // sessions by login
let czStation;
let xgStation;
let demoCases; // the suggestion posts of the demo data, before any test ran

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-officer', 'xg-leader']) {
    S[u] = await srv.login(u);
  }
  const orgs = await orgsByName(srv, S.admin);
  czStation = orgs.get('城中派出所');
  xgStation = orgs.get('西关派出所');
  assert.ok(czStation && xgStation, 'demo stations exist');
  demoCases = await listAll(srv, S.admin, `${API}/cases?type=suggestion`);
});
after(async () => { await srv?.stop(); });

const post = (who, body, headers) => srv.api('POST', `${API}/cases`, { token: S[who].token, body, headers });
const act = (who, id, body) => srv.api('POST', `${API}/cases/${id}/actions`, { token: S[who].token, body });
const getCase = (who, id) => getOk(srv, `${API}/cases/${id}`, S[who]);
const board = (who, q = '') => getOk(srv, `${API}/board${q}`, S[who]);

async function newPost(who = 'cz-officer', extra = {}) {
  const r = await post(who, { type: 'suggestion', title: unique('post'), ...extra });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

function lastEvent(c) { return c.timeline[c.timeline.length - 1]; }

function checkEvent(ev, { kind, action, actor, from, to }) {
  assert.equal(ev.kind, kind, JSON.stringify(ev));
  if (action !== undefined) assert.equal(ev.action, action, JSON.stringify(ev));
  assert.equal(ev.actor_id, S[actor].user.id, JSON.stringify(ev));
  assert.equal(ev.actor_name, S[actor].user.name);
  assert.match(ev.at, CST_TIME);
  if (from !== undefined) assert.equal(ev.from_status, from);
  if (to !== undefined) assert.equal(ev.to_status, to);
}

test('GET /types describes the suggestion workflow as documented', async () => {
  const j = await getOk(srv, `${API}/types`, S['cz-officer']);
  const t = j.items.find((x) => x.type === 'suggestion');
  assert.ok(t, 'suggestion type listed');
  assert.deepEqual(t.statuses.map((s) => s.code).sort(), ['declined', 'done', 'in_progress', 'open']);
  const zh = Object.fromEntries(t.statuses.map((s) => [s.code, s.name_zh]));
  assert.deepEqual(zh, { open: '待处理', in_progress: '处理中', done: '已办结', declined: '不采纳' });
  const a = Object.fromEntries(t.actions.map((x) => [x.code, x]));
  assert.deepEqual(Object.keys(a).sort(), ['accept', 'decline', 'done', 'reopen']);
  assert.deepEqual([a.accept.from, a.accept.to], [['open'], 'in_progress']);
  assert.deepEqual([a.decline.from, a.decline.to], [['open'], 'declined']);
  assert.deepEqual([a.done.from, a.done.to], [['in_progress'], 'done']);
  assert.deepEqual([a.reopen.from, a.reopen.to], [['done'], 'in_progress']);
  assert.ok(a.accept.requires.includes('fields.assignee_id'), JSON.stringify(a.accept.requires));
  assert.ok(a.done.requires.includes('fields.result'), JSON.stringify(a.done.requires));
});

test('an officer posts: 201, open, a code, reporter = self, a create event', async () => {
  const before = chinaToday();
  const title = unique('楼道灯坏了');
  const r = await post('cz-officer', { type: 'suggestion', title, body: '三楼楼道灯坏了，晚上很黑', category: 'facility' });
  const after = chinaToday();
  assert.equal(r.status, 201, r.text);
  const c = r.json;
  assert.ok(Number.isInteger(c.id) && c.id > 0);
  assert.equal(c.type, 'suggestion');
  assert.equal(c.title, title);
  assert.equal(c.body, '三楼楼道灯坏了，晚上很黑');
  assert.equal(c.category, 'facility');
  assert.equal(c.status, 'open');
  assert.equal(c.reporter_id, S['cz-officer'].user.id);
  assert.equal(c.reporter_name, S['cz-officer'].user.name);
  assert.equal(c.org_id, czStation.id, 'org defaults to the unit of the first grant');
  assert.equal(c.org_name, '城中派出所');
  assert.equal(c.assignee_id, null);
  assert.equal(c.closed_at, null);
  assert.equal(c.result, null);
  assert.equal(c.priority, 'normal');
  assert.ok(Number.isInteger(c.version));
  assert.match(c.created_at, CST_TIME);
  assert.match(c.updated_at, CST_TIME);
  const m = /^[A-Z]{2,}(\d{8})\d{3,}$/.exec(c.code);
  assert.ok(m, `code format: ${c.code}`);
  assert.ok([before.compact, after.compact].includes(m[1]), `code carries today's China date: ${c.code}`);

  const g = await getCase('cz-officer', c.id);
  assert.equal(g.code, c.code);
  assert.equal(g.version, c.version);
  assert.equal(g.timeline.length, 1);
  checkEvent(g.timeline[0], { kind: 'create', actor: 'cz-officer' });
  assert.ok(Number.isInteger(g.timeline[0].id) && Number.isInteger(g.timeline[0].seq));
  assert.ok(Array.isArray(g.allowed_actions));
});

test('codes are unique across posts', async () => {
  const a = await newPost();
  const b = await newPost('cz-aux');
  assert.notEqual(a.code, b.code);
  assert.notEqual(a.id, b.id);
});

test('allowed_actions depend on who asks', async () => {
  const c = await newPost('cz-officer');
  const leader = await getCase('cz-leader', c.id);
  assert.ok(leader.allowed_actions.includes('accept'), JSON.stringify(leader.allowed_actions));
  assert.ok(leader.allowed_actions.includes('decline'));
  assert.ok(!leader.allowed_actions.includes('done'));
  assert.ok(!leader.allowed_actions.includes('reopen'));
  const officer = await getCase('cz-officer', c.id);
  assert.ok(!officer.allowed_actions.includes('accept'), JSON.stringify(officer.allowed_actions));
  assert.ok(!officer.allowed_actions.includes('decline'));
  const aux = await getCase('cz-aux', c.id);
  assert.deepEqual(aux.allowed_actions.filter((a) => ['accept', 'decline', 'done', 'reopen'].includes(a)), []);
  const admin = await getCase('admin', c.id);
  assert.ok(admin.allowed_actions.includes('accept') && admin.allowed_actions.includes('decline'));

  // After accept with cz-aux as assignee: the assignee may report done, the poster may not.
  const acc = await act('cz-leader', c.id, { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } });
  assert.equal(acc.status, 200, acc.text);
  assert.ok((await getCase('cz-aux', c.id)).allowed_actions.includes('done'));
  assert.ok(!(await getCase('cz-officer', c.id)).allowed_actions.includes('done'));
  assert.ok(!(await getCase('cz-leader', c.id)).allowed_actions.includes('accept'));

  // After done: only the poster may reopen.
  const done = await act('cz-aux', c.id, { action: 'done', fields: { result: '已修好' } });
  assert.equal(done.status, 200, done.text);
  assert.ok((await getCase('cz-officer', c.id)).allowed_actions.includes('reopen'));
  assert.ok(!(await getCase('cz-aux', c.id)).allowed_actions.includes('reopen'));
  assert.ok(!(await getCase('cz-leader', c.id)).allowed_actions.includes('reopen'));
});

test('the full path: post → accept → done → reopen → done', async () => {
  const c = await newPost('cz-officer');
  const aux = S['cz-aux'].user;

  const acc = await act('cz-leader', c.id, { action: 'accept', fields: { assignee_id: aux.id }, version: c.version });
  assert.equal(acc.status, 200, acc.text);
  assert.equal(acc.json.status, 'in_progress');
  assert.equal(acc.json.assignee_id, aux.id);
  assert.equal(acc.json.assignee_name, aux.name);
  assert.ok(acc.json.version > c.version, 'version grows');
  assert.equal(acc.json.closed_at, null);
  assert.ok(Array.isArray(acc.json.timeline) && Array.isArray(acc.json.allowed_actions), 'action answers the full case');
  assert.equal(acc.json.timeline.length, 2);
  checkEvent(lastEvent(acc.json), { kind: 'action', action: 'accept', actor: 'cz-leader', from: 'open', to: 'in_progress' });

  const result = unique('已更换灯泡');
  const done = await act('cz-aux', c.id, { action: 'done', fields: { result }, version: acc.json.version });
  assert.equal(done.status, 200, done.text);
  assert.equal(done.json.status, 'done');
  assert.equal(done.json.result, result);
  assert.match(done.json.closed_at ?? '', CST_TIME);
  assert.ok(done.json.version > acc.json.version);
  checkEvent(lastEvent(done.json), { kind: 'action', action: 'done', actor: 'cz-aux', from: 'in_progress', to: 'done' });

  const shown = await getCase('cz-officer', c.id);
  assert.equal(shown.result, result, 'result is shown to everyone in scope');
  assert.equal(shown.status, 'done');
  assert.equal(shown.timeline.length, 3);

  const note = unique('灯又坏了');
  const re = await act('cz-officer', c.id, { action: 'reopen', note });
  assert.equal(re.status, 200, re.text);
  assert.equal(re.json.status, 'in_progress');
  assert.equal(re.json.assignee_id, aux.id, 'the assignee stays');
  assert.equal(re.json.closed_at, null, 'a reopened post is not closed');
  assert.ok(re.json.version > done.json.version);
  const reEv = lastEvent(re.json);
  checkEvent(reEv, { kind: 'action', action: 'reopen', actor: 'cz-officer', from: 'done', to: 'in_progress' });
  assert.equal(reEv.note, note);

  const result2 = unique('换了整条线路');
  const done2 = await act('cz-aux', c.id, { action: 'done', fields: { result: result2 } });
  assert.equal(done2.status, 200, done2.text);
  assert.equal(done2.json.status, 'done');
  assert.equal(done2.json.result, result2);
  assert.match(done2.json.closed_at ?? '', CST_TIME);
  assert.equal(done2.json.timeline.length, 5);

  // The timeline is in order, with growing seq and ids.
  const tl = done2.json.timeline;
  assert.deepEqual(tl.map((e) => e.kind), ['create', 'action', 'action', 'action', 'action']);
  assert.deepEqual(tl.slice(1).map((e) => e.action), ['accept', 'done', 'reopen', 'done']);
  for (let i = 1; i < tl.length; i++) {
    assert.ok(tl[i].seq > tl[i - 1].seq, 'seq grows');
    assert.ok(tl[i].id > tl[i - 1].id, 'id grows');
    assert.ok(Date.parse(tl[i].at) >= Date.parse(tl[i - 1].at), 'time does not go back');
  }
});

test('a leader may report done too; the poster (not assignee) may not', async () => {
  const c = await newPost('cz-officer');
  const acc = await act('cz-leader', c.id, { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } });
  assert.equal(acc.status, 200, acc.text);
  const snap = await snapshot(srv, S.admin, c.id);
  const byPoster = await act('cz-officer', c.id, { action: 'done', fields: { result: 'x' } });
  const e = assertError(byPoster, 409, 'action_not_allowed');
  assert.ok(Array.isArray(e.allowed_actions));
  assert.ok(!e.allowed_actions.includes('done'));
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
  const byLeader = await act('cz-leader', c.id, { action: 'done', fields: { result: '所长代为办结' } });
  assert.equal(byLeader.status, 200, byLeader.text);
  assert.equal(byLeader.json.status, 'done');
});

test('decline by a leader with a reason', async () => {
  const c = await newPost('cz-officer');
  const reason = unique('不属于本所职责');
  const r = await act('cz-leader', c.id, { action: 'decline', note: reason, version: c.version });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'declined');
  assert.equal(r.json.assignee_id, null);
  const ev = lastEvent(r.json);
  checkEvent(ev, { kind: 'action', action: 'decline', actor: 'cz-leader', from: 'open', to: 'declined' });
  assert.equal(ev.note, reason);
  // Declined is final: nothing more for the leader or the poster.
  const g = await getCase('cz-leader', c.id);
  assert.deepEqual(g.allowed_actions.filter((a) => ['accept', 'decline', 'done', 'reopen'].includes(a)), []);
  const again = await act('cz-leader', c.id, { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } });
  const e = assertError(again, 409, 'action_not_allowed');
  assert.ok(Array.isArray(e.allowed_actions));
});

test('decline with fields.reason instead of note', async () => {
  const c = await newPost('cz-officer');
  const reason = unique('重复建议');
  const r = await act('admin', c.id, { action: 'decline', fields: { reason } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'declined');
  assert.ok(JSON.stringify(lastEvent(r.json)).includes(reason), 'the reason is on the timeline');
});

test('missing required fields → 422 naming the field, nothing changes', async () => {
  const c = await newPost('cz-officer');
  let snap = await snapshot(srv, S.admin, c.id);

  assertError(await act('cz-leader', c.id, { action: 'decline' }), 422, undefined, ['note', 'fields.reason']);
  assertError(await act('cz-leader', c.id, { action: 'decline', note: '' }), 422, undefined, ['note', 'fields.reason']);
  assertError(await act('cz-leader', c.id, { action: 'accept' }), 422, 'missing_field', 'fields.assignee_id');
  assertError(await act('cz-leader', c.id, { action: 'accept', fields: {} }), 422, 'missing_field', 'fields.assignee_id');
  assertError(await act('cz-leader', c.id, { action: 'accept', fields: { assignee_id: 'cz-aux' } }), 422, 'invalid_type', 'fields.assignee_id');
  assertError(await act('cz-leader', c.id, { action: 'accept', fields: { assignee_id: 999999999 } }), 422, 'invalid_value', 'fields.assignee_id');
  // xg-officer holds no grant in 城中派出所's line: not a valid assignee.
  assertError(await act('cz-leader', c.id, { action: 'accept', fields: { assignee_id: S['xg-officer'].user.id } }),
    422, 'invalid_value', 'fields.assignee_id');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);

  const acc = await act('cz-leader', c.id, { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } });
  assert.equal(acc.status, 200, acc.text);
  snap = await snapshot(srv, S.admin, c.id);
  assertError(await act('cz-aux', c.id, { action: 'done' }), 422, 'missing_field', 'fields.result');
  assertError(await act('cz-aux', c.id, { action: 'done', fields: { result: '' } }), 422, 'invalid_value', 'fields.result');
  assertError(await act('cz-aux', c.id, { action: 'done', fields: { result: 'x'.repeat(2001) } }), 422, 'invalid_value', 'fields.result');
  assertError(await act('cz-aux', c.id, { action: 'done', fields: { result: 42 } }), 422, 'invalid_type', 'fields.result');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);

  const done = await act('cz-aux', c.id, { action: 'done', fields: { result: 'x'.repeat(2000) } });
  assert.equal(done.status, 200, '2000 characters is allowed: ' + done.text);
  snap = await snapshot(srv, S.admin, c.id);
  assertError(await act('cz-officer', c.id, { action: 'reopen' }), 422, undefined, ['note', 'fields.reason']);
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
});

test('illegal actions → 409 action_not_allowed with allowed_actions, nothing changes', async () => {
  const c = await newPost('cz-officer');
  const snap = await snapshot(srv, S.admin, c.id);

  const doneOnOpen = await act('cz-leader', c.id, { action: 'done', fields: { result: 'x' } });
  const e1 = assertError(doneOnOpen, 409, 'action_not_allowed');
  assert.ok(Array.isArray(e1.allowed_actions), 'allowed_actions in the error');
  assert.deepEqual([...e1.allowed_actions].sort(), [...(await getCase('cz-leader', c.id)).allowed_actions].sort(),
    'the error lists what the caller may do now');
  assert.ok(e1.allowed_actions.includes('accept'));

  const officerAccept = await act('cz-officer', c.id, { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } });
  const e2 = assertError(officerAccept, 409, 'action_not_allowed');
  assert.ok(Array.isArray(e2.allowed_actions));
  assert.ok(!e2.allowed_actions.includes('accept'));

  const officerDecline = await act('cz-officer', c.id, { action: 'decline', note: '我自己不要了' });
  assertError(officerDecline, 409, 'action_not_allowed');

  const reopenOpen = await act('cz-officer', c.id, { action: 'reopen', note: 'x' });
  assertError(reopenOpen, 409, 'action_not_allowed');

  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
});

test('an unknown action name → 422 field "action"', async () => {
  const c = await newPost('cz-officer');
  const snap = await snapshot(srv, S.admin, c.id);
  assertError(await act('cz-leader', c.id, { action: 'approve' }), 422, 'invalid_value', 'action');
  assertError(await act('cz-leader', c.id, { action: '' }), 422, 'invalid_value', 'action');
  assertError(await act('cz-leader', c.id, { action: 7 }), 422, 'invalid_type', 'action');
  assertError(await act('cz-leader', c.id, { note: 'no action' }), 422, 'missing_field', 'action');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
});

test('comments: 201 Event, on the timeline, version unchanged', async () => {
  const c = await newPost('cz-officer');
  const text = unique('我也遇到过这个问题');
  const r = await srv.api('POST', `${API}/cases/${c.id}/comments`, { token: S['cz-aux'].token, body: { body: text } });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.kind, 'comment');
  assert.equal(r.json.actor_id, S['cz-aux'].user.id);
  assert.ok(Number.isInteger(r.json.id));
  assert.match(r.json.at, CST_TIME);
  assert.ok(JSON.stringify(r.json).includes(text));

  const g = await getCase('cz-leader', c.id);
  assert.equal(g.version, c.version, 'comments do not change version');
  assert.equal(g.status, 'open');
  assert.equal(g.timeline.length, 2);
  const ev = g.timeline.find((e) => e.id === r.json.id);
  assert.ok(ev, 'the comment is on the timeline');
  assert.equal(ev.kind, 'comment');
  assert.ok(JSON.stringify(ev).includes(text));

  // A leader comments on a closed post too; still no version change.
  const dec = await act('cz-leader', c.id, { action: 'decline', note: '不采纳' });
  assert.equal(dec.status, 200);
  const r2 = await srv.api('POST', `${API}/cases/${c.id}/comments`, { token: S['cz-officer'].token, body: { body: '收到' } });
  assert.equal(r2.status, 201, r2.text);
  const g2 = await getCase('cz-officer', c.id);
  assert.equal(g2.version, dec.json.version);
  assert.equal(g2.timeline.length, 4);
});

test('comment validation: empty, too long, wrong type, unknown field → 422; nothing added', async () => {
  const c = await newPost('cz-officer');
  const snap = await snapshot(srv, S.admin, c.id);
  const cm = (body) => srv.api('POST', `${API}/cases/${c.id}/comments`, { token: S['cz-officer'].token, body });
  assertError(await cm({ body: '' }), 422, 'invalid_value', 'body');
  assertError(await cm({ body: 'x'.repeat(2001) }), 422, 'invalid_value', 'body');
  assertError(await cm({ body: 3 }), 422, 'invalid_type', 'body');
  assertError(await cm({}), 422, 'missing_field', 'body');
  assertError(await cm({ body: 'ok', mood: 'angry' }), 422, 'unknown_field', 'mood');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
  assert.equal((await cm({ body: '中'.repeat(2000) })).status, 201, '2000 Chinese characters are 2000 characters');
});

// ---- board counts -------------------------------------------------------------------------

function expectDelta(prev, now, delta, what) {
  for (const k of ['open', 'in_progress', 'declined', 'done_this_week']) {
    assert.equal(now[k], prev[k] + (delta[k] || 0), `${what}: ${k} was ${prev[k]}, now ${now[k]}, expected delta ${delta[k] || 0}`);
  }
}

test('board counts follow the actions', async () => {
  const q = `?org_id=${czStation.id}`;
  const xg0 = await board('xg-leader');
  let b = await board('cz-leader', q);
  for (const k of ['open', 'in_progress', 'declined', 'done_this_week']) assert.ok(Number.isInteger(b[k]), `${k}: ${b[k]}`);

  const c = await newPost('cz-officer');
  let n = await board('cz-leader', q); expectDelta(b, n, { open: +1 }, 'post'); b = n;
  const acc = await act('cz-leader', c.id, { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } });
  assert.equal(acc.status, 200);
  n = await board('cz-leader', q); expectDelta(b, n, { open: -1, in_progress: +1 }, 'accept'); b = n;
  assert.equal((await act('cz-aux', c.id, { action: 'done', fields: { result: 'ok' } })).status, 200);
  n = await board('cz-leader', q); expectDelta(b, n, { in_progress: -1, done_this_week: +1 }, 'done'); b = n;
  assert.equal((await act('cz-officer', c.id, { action: 'reopen', note: 'again' })).status, 200);
  n = await board('cz-leader', q); expectDelta(b, n, { in_progress: +1, done_this_week: -1 }, 'reopen'); b = n;
  assert.equal((await act('cz-aux', c.id, { action: 'done', fields: { result: 'ok2' } })).status, 200);
  n = await board('cz-leader', q); expectDelta(b, n, { in_progress: -1, done_this_week: +1 }, 'done again'); b = n;

  const d = await newPost('cz-aux');
  const d2 = await newPost('cz-officer');
  n = await board('cz-leader', q); expectDelta(b, n, { open: +2 }, 'two posts'); b = n;
  assert.equal((await act('cz-leader', d.id, { action: 'decline', note: 'no' })).status, 200);
  n = await board('cz-leader', q); expectDelta(b, n, { open: -1, declined: +1 }, 'decline'); b = n;

  // Refused actions leave the counts alone.
  await act('cz-officer', d2.id, { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } });
  await act('cz-leader', d2.id, { action: 'decline' });
  n = await board('cz-leader', q); expectDelta(b, n, {}, 'refused actions');

  // The other station's board did not move.
  expectDelta(xg0, await board('xg-leader'), {}, '西关派出所 board');
});

test('board numbers agree with the case list', async () => {
  const q = `?org_id=${czStation.id}`;
  const b = await board('cz-leader', q);
  const items = await listAll(srv, S['cz-leader'], `${API}/cases?type=suggestion&org_id=${czStation.id}`);
  const count = (s) => items.filter((c) => c.status === s).length;
  assert.equal(b.open, count('open'));
  assert.equal(b.in_progress, count('in_progress'));
  assert.equal(b.declined, count('declined'));
  const weekStart = chinaWeekStart();
  const done = items.filter((c) => c.status === 'done');
  assert.equal(b.done_this_week, done.filter((c) => Date.parse(c.closed_at) >= weekStart).length);
  assert.ok(done.length > 0, 'demo data and the tests above left done posts');
  const hours = done.map((c) => (Date.parse(c.closed_at) - Date.parse(c.created_at)) / 3600000);
  const mean = hours.reduce((x, y) => x + y, 0) / hours.length;
  assert.equal(typeof b.avg_hours_to_done, 'number');
  assert.ok(Math.abs(b.avg_hours_to_done - mean) <= Math.max(0.1, mean * 0.01),
    `avg_hours_to_done ${b.avg_hours_to_done}, mean from the list ${mean}`);
});

test('the default board covers the caller\'s whole scope', async () => {
  const mine = await board('cz-officer');
  const station = await board('cz-officer', `?org_id=${czStation.id}`);
  // cz-officer's scope is the station's subtree, so the two agree.
  for (const k of ['open', 'in_progress', 'declined', 'done_this_week']) assert.equal(mine[k], station[k], k);
  // The admin's whole-province board holds both stations.
  const all = await board('admin');
  const xg = await board('admin', `?org_id=${xgStation.id}`);
  for (const k of ['open', 'in_progress', 'declined']) {
    assert.ok(all[k] >= station[k] + xg[k], `${k}: province ${all[k]} < 城中 ${station[k]} + 西关 ${xg[k]}`);
  }
  assert.ok(xg.open + xg.in_progress + xg.declined + xg.done_this_week > 0 || xg.avg_hours_to_done !== null,
    'demo posts exist at 西关派出所');
});

test('the demo data has board posts in every state at both stations', async () => {
  // demoCases was listed in before(), ahead of any post made by this file.
  for (const station of [czStation, xgStation]) {
    const states = new Set(demoCases.filter((c) => c.org_id === station.id).map((c) => c.status));
    assert.deepEqual([...states].sort(), ['declined', 'done', 'in_progress', 'open'], `${station.name}: ${[...states]}`);
  }
});
