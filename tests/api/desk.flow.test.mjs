// The front desk (阳光坐席), first half: reception, help requests, incidents, CCTV reviews and
// archive queries — every workflow and every refusal, case links both ways, notifications of
// the leader and the requester, and scope (西关 sees nothing of 城中).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, orgsByName, unique } from './lib.mjs';

let srv;
const S = {};
let cz;
let xg;

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-leader', 'xg-officer']) S[u] = await srv.login(u);
  const orgs = await orgsByName(srv, S.admin);
  cz = orgs.get('城中派出所');
  xg = orgs.get('西关派出所');
});
after(async () => { await srv?.stop(); });

const post = (who, body) => srv.api('POST', `${API}/cases`, { token: S[who].token, body });
const act = (who, id, action, fields, note) =>
  srv.api('POST', `${API}/cases/${id}/actions`, { token: S[who].token, body: { action, fields, note } });
const getCase = (who, id) => getOk(srv, `${API}/cases/${id}`, S[who]);
async function created(who, body) {
  const r = await post(who, { org_id: cz.id, title: unique('desk'), ...body });
  assert.equal(r.status, 201, r.text);
  return r.json;
}
async function ok(who, id, action, fields, note) {
  const r = await act(who, id, action, fields, note);
  assert.equal(r.status, 200, `${action}: ${r.text}`);
  return r.json;
}
async function notes(who) {
  return (await getOk(srv, `${API}/notifications?limit=200`, S[who])).items;
}
const HOUR = 3600 * 1000;
const iso = (ms) => new Date(ms).toISOString();

test('GET /types lists the five desk types with their actions and the incident catalogue in both languages', async () => {
  const t = await getOk(srv, `${API}/types`, S['cz-officer']);
  const by = Object.fromEntries(t.items.map((x) => [x.type, x]));
  for (const [code, acts] of Object.entries({
    visit: ['finish'], help: ['assign', 'resolve'], incident: ['file', 'no_case', 'solve', 'close'],
    cctv: ['approve', 'refuse', 'record_view', 'conclude'], archive: ['approve', 'refuse', 'answer', 'close'],
  })) {
    assert.ok(by[code], `type ${code} listed`);
    assert.deepEqual(by[code].actions.map((a) => a.code), acts);
  }
  const names = Object.fromEntries(by.incident.category_names.map((c) => [c.code, c]));
  assert.equal(names.XS01.name_zh, '刑事 / 盗窃手机');
  assert.equal(names.XS02.name_en, 'Criminal / E-bike theft');
  assert.ok(!by.incident.categories.includes('XS'), 'a main category is not a case category');
  assert.equal(Object.fromEntries(by.help.category_names.map((c) => [c.code, c])).seek_person.name_zh, '寻人');
});

test('a visit starts a help request in one step, linked both ways; finish needs the outcome and minutes', async () => {
  const v = await created('cz-aux', { type: 'visit', purpose: 'help', handling: '询问走失经过' });
  assert.equal(v.status, 'open');
  assert.equal(v.purpose, 'help');
  assert.deepEqual(v.links, []);
  const h = await created('cz-aux', { type: 'help', category: 'lost_elder_child', urgency: 'urgent', links: [v.id] });
  assert.deepEqual(h.links.map((l) => [l.id, l.type]), [[v.id, 'visit']]);
  const v2 = await getCase('cz-officer', v.id);
  assert.deepEqual(v2.links.map((l) => [l.id, l.type, l.status]), [[h.id, 'help', 'open']]);
  // finish: outcome and minutes are required
  assertError(await act('cz-aux', v.id, 'finish', { minutes: 15 }), 422, 'missing_field', 'fields.outcome');
  assertError(await act('cz-aux', v.id, 'finish', { outcome: '已登记求助', minutes: 0 }), 422, undefined, 'fields.minutes');
  const f = await ok('cz-aux', v.id, 'finish', { outcome: '已登记求助并安排民警寻找', minutes: 15 });
  assert.equal(f.status, 'finished');
  assert.equal(f.minutes, 15);
  assert.ok(f.closed_at);
  assertError(await act('cz-aux', v.id, 'finish', { outcome: 'x', minutes: 1 }), 409, 'action_not_allowed');
});

test('persons: the visitor of a visit and the requester of its help request go through the registry, masked; roles are the types\' own', async () => {
  const t = await getOk(srv, `${API}/types`, S['cz-officer']);
  const roles = Object.fromEntries(t.items.map((x) => [x.type, (x.person_roles || []).map((r) => [r.code, r.min, r.max])]));
  assert.deepEqual(roles.visit, [['visitor', 0, 1]]);
  assert.deepEqual(roles.help, [['requester', 0, 1]]);
  assert.deepEqual(roles.incident, [['reporter', 0, 1], ['victim', 0, 5]]);
  assert.deepEqual(roles.archive, [['requester', 1, 1]]);
  assert.deepEqual(roles.cctv, []);
  const v = await created('cz-aux', { type: 'visit', purpose: 'help', persons: [{ role: 'visitor', name: '李建华', phone: '13957905678' }] });
  assert.deepEqual(v.persons.map((p) => [p.role, p.name, p.phone]), [['visitor', '李*华', '139****5678']]);
  assert.ok(!JSON.stringify(v).includes('13957905678'), 'the phone is never shown whole');
  const h = await created('cz-aux', { type: 'help', category: 'seek_person', links: [v.id],
    persons: [{ role: 'requester', name: '李建华', phone: '13957905678' }] });
  assert.equal(h.persons[0].role, 'requester');
  assertError(await post('cz-aux', { type: 'visit', title: 'x', org_id: cz.id, purpose: 'help',
    persons: [{ role: 'requester', name: '甲' }] }), 422, undefined, 'persons[0].role');
  assertError(await post('cz-aux', { type: 'visit', title: 'x', org_id: cz.id, purpose: 'help',
    persons: [{ role: 'visitor', name: '甲' }, { role: 'visitor', name: '乙' }] }), 422);
  // the person's cases, found by phone, carry both
  const found = await getOk(srv, `${API}/persons?phone=13957905678`, S['cz-officer']);
  const cases = found.items.flatMap((p) => p.cases.map((c) => c.type)).sort();
  assert.deepEqual(cases, ['help', 'visit']);
});

test('a visit must be at a police station, with a known purpose', async () => {
  const orgs = await orgsByName(srv, S.admin);
  const r = await post('cz-officer', { type: 'visit', title: 'x', purpose: 'help', org_id: orgs.get('城中街道').id });
  assertError(r, 422, 'invalid_value', 'org_id');
  assertError(await post('cz-officer', { type: 'visit', title: 'x', purpose: 'chat', org_id: cz.id }), 422, undefined, 'purpose');
  assertError(await post('cz-officer', { type: 'visit', title: 'x', org_id: cz.id }), 422, 'missing_field', 'purpose');
});

test('links: a case the creator may not see, a bad id or a repeat is 422 and nothing is written', async () => {
  const theirs = await created('cz-officer', { type: 'visit', purpose: 'consult' });
  const count = async () => (await getOk(srv, `${API}/cases?type=help&limit=200`, S['xg-officer'])).items.length;
  const before = await count();
  assertError(await post('xg-officer', { type: 'help', title: 'x', category: 'other', org_id: xg.id, links: [theirs.id] }), 422, 'invalid_value', 'links[0]');
  assertError(await post('xg-officer', { type: 'help', title: 'x', category: 'other', org_id: xg.id, links: ['1'] }), 422, 'invalid_value', 'links[0]');
  const mine = (await post('xg-officer', { type: 'visit', title: 'x', purpose: 'help', org_id: xg.id })).json;
  assertError(await post('xg-officer', { type: 'help', title: 'x', category: 'other', org_id: xg.id, links: [mine.id, mine.id] }), 422, 'invalid_value', 'links[1]');
  assert.equal(await count(), before);
});

test('help request: assign names who went (a staff member of the station), resolve needs the result', async () => {
  const h = await created('cz-aux', { type: 'help', category: 'seek_item' });
  assert.equal(h.urgency, 'normal');
  assertError(await post('cz-aux', { type: 'help', title: 'x', org_id: cz.id }), 422, 'missing_field', 'category');
  assertError(await post('cz-aux', { type: 'help', title: 'x', category: 'ufo', org_id: cz.id }), 422, 'invalid_value', 'category');
  const xgOfficer = S['xg-officer'].user.id;
  assertError(await act('cz-aux', h.id, 'assign', { assignee_id: xgOfficer }), 422, 'invalid_value', 'fields.assignee_id');
  const a = await ok('cz-aux', h.id, 'assign', { assignee_id: S['cz-officer'].user.id });
  assert.equal(a.status, 'in_progress');
  assert.ok((await notes('cz-officer')).some((n) => n.case_id === h.id && n.kind === 'assigned' && !n.done_at));
  assertError(await act('cz-officer', h.id, 'resolve', {}), 422, 'missing_field', 'fields.result');
  const r = await ok('cz-officer', h.id, 'resolve', { result: '已在公交站找回钱包并交还' });
  assert.equal(r.status, 'resolved');
  assert.ok(r.resolved_at);
  assert.ok((await notes('cz-officer')).some((n) => n.case_id === h.id && n.kind === 'assigned' && n.done_at));
});

test('incident: file, solve with the date and how, close; dates may not lie in the future or before filing', async () => {
  assertError(await post('cz-officer', { type: 'incident', title: 'x', category: 'XS', org_id: cz.id }), 422, 'invalid_value', 'category');
  assertError(await post('cz-officer', { type: 'incident', title: 'x', org_id: cz.id }), 422, undefined, 'category');
  assertError(await post('cz-officer', { type: 'incident', title: 'x', category: 'XS01', org_id: cz.id,
    occurred_at: iso(Date.now() + 48 * HOUR) }), 422, 'invalid_value', 'occurred_at');
  assertError(await post('cz-officer', { type: 'incident', title: 'x', category: 'XS01', org_id: cz.id,
    officer_id: S['xg-officer'].user.id }), 422, 'invalid_value', 'officer_id');
  const occurred = Date.now() - 5 * 24 * HOUR;
  const i = await created('cz-aux', { type: 'incident', category: 'XS01', occurred_at: iso(occurred),
    officer_id: S['cz-officer'].user.id, address: '城中路菜市场门口' });
  assert.equal(i.status, 'reported');
  assert.equal(i.assignee_id, S['cz-officer'].user.id, 'the officer in charge is the assignee');
  assert.equal(Date.parse(i.occurred_at), Math.floor(occurred / 1000) * 1000);
  // an auxiliary registers, but filing and solving are for officers and leaders
  assertError(await act('cz-aux', i.id, 'file', {}), 409, 'action_not_allowed');
  assertError(await act('cz-officer', i.id, 'solve', { solved_at: iso(Date.now()), method: 'x' }), 409, 'action_not_allowed');
  assertError(await act('cz-officer', i.id, 'file', { filed_at: iso(Date.now() + 48 * HOUR) }), 422, 'invalid_value', 'fields.filed_at');
  const filedAt = Date.now() - 4 * 24 * HOUR;
  const f = await ok('cz-officer', i.id, 'file', { filed_at: iso(filedAt), case_no: '婺公(城)立字[2026]101号' });
  assert.equal(f.status, 'filed');
  assert.equal(Date.parse(f.filed_at), Math.floor(filedAt / 1000) * 1000);
  assertError(await act('cz-officer', i.id, 'solve', { solved_at: iso(filedAt - 24 * HOUR), method: '调取监控' }), 422, 'invalid_value', 'fields.solved_at');
  assertError(await act('cz-officer', i.id, 'solve', { solved_at: iso(Date.now()) }), 422, 'missing_field', 'fields.method');
  const s = await ok('cz-officer', i.id, 'solve', { solved_at: iso(Date.now() - HOUR), method: '调取监控锁定嫌疑人并抓获' });
  assert.equal(s.status, 'solved');
  assert.equal(s.solve_method, '调取监控锁定嫌疑人并抓获');
  const c = await ok('cz-leader', i.id, 'close', {}, '赃物已发还');
  assert.equal(c.status, 'closed');
  assert.equal(c.close_note, '赃物已发还');
});

test('incident: no_case needs a reason and ends it', async () => {
  const i = await created('cz-officer', { type: 'incident', category: 'JF01' });
  assertError(await act('cz-officer', i.id, 'no_case', {}), 422, 'missing_field', 'note');
  const n = await ok('cz-officer', i.id, 'no_case', {}, '属民事纠纷，已调解');
  assert.equal(n.status, 'not_filed');
  assert.equal(n.no_case_reason, '属民事纠纷，已调解');
  assertError(await act('cz-officer', i.id, 'file', {}), 409, 'action_not_allowed');
});

test('CCTV review: viewing before approval is 409; the leader is told and approves; every viewing is on the timeline; conclude', async () => {
  const h = await created('cz-officer', { type: 'help', category: 'seek_person' });
  const t0 = Date.now() - 6 * HOUR;
  assertError(await post('cz-officer', { type: 'cctv', title: 'x', org_id: cz.id, cameras: '城中路口', reason: 'x',
    window_from: iso(t0), window_to: iso(t0 - HOUR) }), 422, 'invalid_value', 'window_to');
  const v = await created('cz-officer', { type: 'cctv', cameras: '城中路与人民路口 3 号、4 号探头', reason: '寻找走失老人去向',
    window_from: iso(t0), window_to: iso(t0 + 2 * HOUR), links: [h.id] });
  assert.equal(v.status, 'pending');
  assert.deepEqual(v.links.map((l) => l.id), [h.id]);
  assert.deepEqual((await getCase('cz-officer', h.id)).links.map((l) => l.id), [v.id]);
  // the leader's to-do
  const todo = (await notes('cz-leader')).find((n) => n.case_id === v.id);
  assert.ok(todo && todo.kind === 'approval' && !todo.done_at, 'the leader has a to-do');
  // viewing before approval: 409 naming the rule, nothing written
  const e = assertError(await act('cz-officer', v.id, 'record_view', { cameras: '3 号探头' }), 409, 'not_approved', 'action');
  assert.match(e.message, /批准/, 'the message names the rule');
  assert.equal((await getCase('cz-officer', v.id)).version, v.version);
  // only a leader approves
  assertError(await act('cz-officer', v.id, 'approve', {}), 409, 'action_not_allowed');
  assertError(await act('xg-leader', v.id, 'approve', {}), 404, 'not_found');
  const a = await ok('cz-leader', v.id, 'approve', {});
  assert.equal(a.status, 'approved');
  assert.equal(a.approved_by, S['cz-leader'].user.id);
  assert.ok((await notes('cz-leader')).find((n) => n.case_id === v.id && n.kind === 'approval').done_at, 'to-do done');
  assert.ok((await notes('cz-officer')).some((n) => n.case_id === v.id && n.kind === 'approved'), 'requester told');
  // conclude needs a viewing first
  assertError(await act('cz-officer', v.id, 'conclude', { found: true }), 409, 'action_not_allowed');
  await ok('cz-officer', v.id, 'record_view', { cameras: '3 号探头', viewed_from: iso(t0), viewed_to: iso(t0 + HOUR) });
  const w = await ok('cz-aux', v.id, 'record_view', { cameras: '4 号探头' });
  assert.equal(w.views, 2);
  const views = w.timeline.filter((x) => x.action === 'record_view');
  assert.equal(views.length, 2);
  assert.deepEqual(views.map((x) => x.actor_id), [S['cz-officer'].user.id, S['cz-aux'].user.id]);
  assert.equal(JSON.stringify(views[0]).includes('3 号探头'), true, 'which cameras is on the timeline');
  assertError(await act('cz-officer', v.id, 'conclude', {}), 422, 'missing_field', 'fields.found');
  const c = await ok('cz-officer', v.id, 'conclude', { found: true, notes: '老人 14:05 向西步行' });
  assert.equal(c.status, 'concluded');
  assert.equal(c.found, true);
  assertError(await act('cz-officer', v.id, 'record_view', { cameras: '5 号探头' }), 409, 'not_approved');
});

test('CCTV review refused with a reason: the requester is told, the to-do is done, nobody may view', async () => {
  const v = await created('cz-aux', { type: 'cctv', cameras: '城中小区门口', reason: '邻里纠纷取证',
    window_from: iso(Date.now() - 3 * HOUR), window_to: iso(Date.now() - 2 * HOUR) });
  assertError(await act('cz-leader', v.id, 'refuse', {}), 422, 'missing_field', 'note');
  const r = await ok('cz-leader', v.id, 'refuse', {}, '不属于调阅范围，请当事人自行协商');
  assert.equal(r.status, 'refused');
  assert.equal(r.refuse_reason, '不属于调阅范围，请当事人自行协商');
  assert.ok((await notes('cz-aux')).some((n) => n.case_id === v.id && n.kind === 'refused'));
  assert.ok((await notes('cz-leader')).find((n) => n.case_id === v.id && n.kind === 'approval').done_at);
  assertError(await act('cz-aux', v.id, 'record_view', { cameras: 'x' }), 409, 'not_approved');
});

const REQUESTER = [{ role: 'requester', name: '王秀英', phone: '13857901234' }];

test('archive query: the requester is required; leader approves or refuses; answer needs the result; close', async () => {
  assertError(await post('cz-aux', { type: 'archive', title: 'x', org_id: cz.id, purpose: '入学', asked: 'dna', persons: REQUESTER }), 422, undefined, 'asked');
  assertError(await post('cz-aux', { type: 'archive', title: 'x', org_id: cz.id, purpose: '入学', asked: 'household' }), 422, undefined, 'persons');
  const q = await created('cz-aux', { type: 'archive', purpose: '子女入学', asked: 'household', persons: REQUESTER });
  assert.deepEqual(q.persons.map((p) => [p.role, p.name, p.phone]), [['requester', '王*英', '138****1234']]);
  assert.equal(q.status, 'pending');
  assert.ok((await notes('cz-leader')).some((n) => n.case_id === q.id && n.kind === 'approval' && !n.done_at));
  assertError(await act('cz-aux', q.id, 'answer', { result: 'x' }), 409, 'action_not_allowed');
  assertError(await act('cz-aux', q.id, 'approve', {}), 409, 'action_not_allowed');
  await ok('cz-leader', q.id, 'approve', {});
  assert.ok((await notes('cz-aux')).some((n) => n.case_id === q.id && n.kind === 'approved'));
  assertError(await act('cz-aux', q.id, 'answer', {}), 422, 'missing_field', 'fields.result');
  const a = await ok('cz-aux', q.id, 'answer', { result: '已出具户籍证明一份' });
  assert.equal(a.status, 'answered');
  assert.equal((await ok('cz-aux', q.id, 'close', {})).status, 'closed');
  const q2 = await created('cz-aux', { type: 'archive', purpose: '出国', asked: 'exit_entry', persons: REQUESTER });
  const r = await ok('cz-leader', q2.id, 'refuse', {}, '需本人持证件到场');
  assert.equal(r.status, 'refused');
  assert.ok((await notes('cz-aux')).some((n) => n.case_id === q2.id && n.kind === 'refused'));
});

test('scope: 西关 sees nothing of 城中 (404, not in lists, not in links), and may not register at 城中', async () => {
  const v = await created('cz-officer', { type: 'visit', purpose: 'consult' });
  const h = await created('cz-officer', { type: 'help', category: 'other', links: [v.id] });
  for (const who of ['xg-officer', 'xg-leader']) {
    for (const id of [v.id, h.id]) assertError(await srv.api('GET', `${API}/cases/${id}`, { token: S[who].token }), 404, 'not_found');
    assertError(await act(who, h.id, 'resolve', { result: 'x' }), 404, 'not_found');
    for (const type of ['visit', 'help', 'incident', 'cctv', 'archive']) {
      const l = await getOk(srv, `${API}/cases?type=${type}&limit=200`, S[who]);
      assert.ok(l.items.every((c) => c.org_id !== cz.id), `${who} lists no ${type} of 城中`);
    }
  }
  assertError(await post('xg-officer', { type: 'visit', title: 'x', purpose: 'consult', org_id: cz.id }), 403, 'forbidden');
  // a 西关 case linked to nothing of 城中 shows no foreign link
  const mine = (await post('xg-officer', { type: 'visit', title: 'x', purpose: 'consult', org_id: xg.id })).json;
  assert.deepEqual(mine.links, []);
});
