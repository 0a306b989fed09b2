// Disputes and mediation (矛盾纠纷调解, issue #12 §1): levels village → township → county →
// court held by the level's unit, sessions, outcomes, 7/30-day follow-ups (broken reopens), the
// 民转刑 flag with a risk, a grid event turned into a dispute, scope and refusals; follow-up
// deadlines crossed with the test clock (PINGAN_TEST_CLOCK_OFFSET_MS).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, runCli, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'mediator', 'town-mediator', 'county-mediator', 'street-leader', 'operator',
  'grid-worker', 'citizen', 'xg-operator'];
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

const dispute = (who, body) => w.srv.api('POST', `${API}/cases`, { token: w.S[who].token, body: { type: 'dispute', title: unique('纠纷'), persons: PARTIES, ...body } });
async function newDispute(who = 'operator', body = {}) {
  const r = await dispute(who, { category: 'neighbour', org_id: w.org('将军社区第一网格').id, ...body });
  assert.equal(r.status, 201, r.text);
  return r.json;
}
const session = (n = 1) => ({ action: 'record_session', fields: { date: new Date().toISOString(), place: '将军社区调解室', attendees: `双方当事人（第${n}次）`, notes: '双方陈述' } });
const notes = async (who) => (await getOk(srv, `${API}/notifications`, w.S[who])).items;

/** The fields a refused request must leave alone. */
async function snap(id) {
  const c = await w.get('admin', id);
  return { version: c.version, status: c.status, level: c.level, unit_id: c.unit_id, sessions: c.sessions, stage: c.stage, tl: c.timeline.length };
}
async function refused(who, id, body, status, code, field) {
  const b = await snap(id);
  const e = assertError(await w.actRaw(who, id, body), status, code, field);
  assert.deepEqual(await snap(id), b, `refused ${body.action} changed dispute ${id}`);
  return e;
}

test('a dispute starts at the village level, held by its community; the community mediator is told', async () => {
  const d = await newDispute();
  assert.equal(d.status, 'mediating');
  assert.equal(d.level, 'village');
  assert.equal(d.start_level, 'village');
  assert.equal(d.unit_id, w.org('将军社区').id, 'held by the community (调委会)');
  assert.equal(d.kind_name, '邻里纠纷');
  assert.deepEqual(d.sessions, []);
  assert.ok((await notes('mediator')).some((n) => n.case_id === d.id && n.kind === 'dispute_new'), 'the community mediator has a to-do');
  const t = (await getOk(srv, `${API}/types`, w.S.mediator)).items.find((x) => x.type === 'dispute');
  assert.ok(t, 'GET /types lists dispute');
});

test('parties: one on each side at least, shown masked with their side', async () => {
  const d = await newDispute();
  assert.deepEqual(d.persons.map((p) => [p.role, p.name, p.phone]).sort(),
    [['applicant', '王*明', '138****1234'], ['respondent', '李*英', '139****2345']]);
  assert.ok(d.persons.every((p) => typeof p.role_name === 'string' && p.role_name.length));
  assertError(await dispute('operator', { category: 'neighbour', org_id: w.org('将军社区').id, persons: [] }), 422);
  assertError(await dispute('operator', { category: 'neighbour', org_id: w.org('将军社区').id, persons: [PARTIES[0]] }), 422);
  assertError(await dispute('operator', { category: 'neighbour', org_id: w.org('将军社区').id,
    persons: [...PARTIES, { role: 'witness', name: '路人' }] }), 422);
});

test('create refusals: a citizen 403, no kind 422, an unknown kind 422, a department 422', async () => {
  assertError(await dispute('citizen', { category: 'neighbour', org_id: w.org('将军社区').id }), 403, 'forbidden');
  assertError(await dispute('operator', { org_id: w.org('将军社区').id }), 422, undefined, 'category');
  assertError(await dispute('operator', { category: 'gossip', org_id: w.org('将军社区').id }), 422, undefined, 'category');
  assertError(await dispute('admin', { category: 'neighbour', org_id: w.org('浙江省').id }), 422, undefined, 'org_id');
});

test('mediation to agreement, then the 7-day and the 30-day follow-ups close it as resolved', async () => {
  const d = await newDispute();
  await refused('mediator', d.id, { action: 'agree', fields: { terms: '赔偿' } }, 409, 'action_not_allowed');
  assertError(await w.actRaw('mediator', d.id, { action: 'record_session', fields: { date: '2026-12-01' } }), 422, undefined, 'fields.place');
  let c = await w.act('mediator', d.id, session(1), 'mediating');
  assert.equal(c.sessions.length, 1);
  assert.equal(c.sessions[0].place, '将军社区调解室');
  assert.equal(c.assignee_id, w.S.mediator.user.id, 'the mediator who records the first session takes it');
  c = await w.act('mediator', d.id, session(2));
  assert.equal(c.sessions.length, 2);
  assert.equal(c.sessions[1].n, 2);
  assertError(await w.actRaw('mediator', d.id, { action: 'agree', fields: {} }), 422, undefined, 'fields.terms');
  c = await w.act('mediator', d.id, { action: 'agree', fields: { terms: '楼上住户承担维修费用八百元，十日内修复。' } }, 'agreed');
  assert.equal(c.outcome, 'agree');
  assert.equal(c.stage, 'follow7');
  const agreed = Date.parse(c.agreed_at);
  assert.ok(Math.abs(Date.parse(c.due_at) - (agreed + 7 * DAY)) < 2000, `7-day visit due: ${c.due_at} vs ${c.agreed_at}`);
  assert.ok((await notes('mediator')).length >= 0);
  c = await w.act('mediator', d.id, { action: 'follow_up', fields: { visit_result: 'kept' } }, 'agreed');
  assert.equal(c.follow7, 'kept');
  assert.equal(c.stage, 'follow30');
  assert.ok(Math.abs(Date.parse(c.due_at) - (agreed + 30 * DAY)) < 2000, '30-day visit due 30 days after the agreement');
  c = await w.act('mediator', d.id, { action: 'follow_up', fields: { visit_result: 'kept' } }, 'resolved');
  assert.equal(c.follow30, 'kept');
  assert.equal(c.follow_ups.length, 2);
  assert.deepEqual(c.follow_ups.map((f) => f.visit), ['7', '30']);
  assert.ok(c.closed_at, 'resolved closes it');
  assert.equal(c.resolved_level, 'village');
  assert.deepEqual(c.allowed_actions, []);
});

test('a broken agreement reopens the mediation', async () => {
  const d = await newDispute();
  await w.act('mediator', d.id, session());
  await w.act('mediator', d.id, { action: 'agree', fields: { terms: '各退一步' } }, 'agreed');
  assertError(await w.actRaw('mediator', d.id, { action: 'follow_up', fields: { visit_result: 'maybe' } }), 422, undefined, 'fields.visit_result');
  const c = await w.act('mediator', d.id, { action: 'follow_up', fields: { visit_result: 'broken' }, note: '对方未履行' }, 'mediating');
  assert.equal(c.reopened, 1);
  assert.equal(c.outcome, null);
  assert.equal(c.stage, null, 'no follow-up runs while mediating again');
  assert.equal(c.follow7, 'broken');
  assert.equal(c.closed_at, null);
});

test('levels: escalate with a reason moves it up to the next unit; the level above sends it back; past court is refused', async () => {
  const d = await newDispute();
  await refused('mediator', d.id, { action: 'escalate' }, 422, 'missing_field', 'note');
  await refused('mediator', d.id, { action: 'send_back', note: '下放' }, 409, 'action_not_allowed');
  let c = await w.act('mediator', d.id, { action: 'escalate', note: '涉及多户，社区调解未果' }, 'mediating');
  assert.equal(c.level, 'township');
  assert.equal(c.unit_id, w.org('城中街道').id);
  assert.equal(c.escalations, 1);
  assert.equal(c.assignee_id, null, 'nobody holds it at the new level yet');
  assert.ok((await notes('town-mediator')).some((n) => n.case_id === d.id && n.kind === 'dispute_escalated'), 'the township mediator is told');
  // the community mediator no longer acts on it
  await refused('mediator', d.id, session(), 409, 'action_not_allowed');
  c = await w.act('town-mediator', d.id, { action: 'send_back', note: '属邻里小事，请社区继续调解' }, 'mediating');
  assert.equal(c.level, 'village');
  assert.equal(c.unit_id, w.org('将军社区').id);
  await w.act('mediator', d.id, session());
  c = await w.act('mediator', d.id, { action: 'escalate', note: '再次上报' });
  assert.equal(c.level, 'township');
  c = await w.act('town-mediator', d.id, { action: 'escalate', note: '报区矛调中心' });
  assert.equal(c.level, 'county');
  assert.equal(c.unit_id, w.org('婺城区').id);
  await refused('town-mediator', d.id, session(), 409, 'action_not_allowed');
  c = await w.act('county-mediator', d.id, { action: 'escalate', note: '诉前调解' });
  assert.equal(c.level, 'court');
  const e = await refused('county-mediator', d.id, { action: 'escalate', note: '再上报' }, 409, 'action_not_allowed');
  assert.match(e.message, /诉调对接/);
  c = await w.act('county-mediator', d.id, { action: 'send_back', note: '退回区矛调中心' });
  assert.equal(c.level, 'county');
  assert.equal(c.escalations, 4);
});

test('outcomes: partial, fail (needs a reason) and refer (to a known body)', async () => {
  const a = await newDispute();
  await w.act('mediator', a.id, session());
  let c = await w.act('mediator', a.id, { action: 'partial', fields: { terms: '赔偿金额已达成一致，修复时间待定' } }, 'partial');
  assert.equal(c.outcome, 'partial');
  await refused('mediator', a.id, { action: 'fail' }, 422, 'missing_field', 'note');
  c = await w.act('mediator', a.id, { action: 'fail', note: '一方拒绝继续调解' }, 'failed');
  assert.ok(c.closed_at);
  const b = await newDispute();
  await refused('mediator', b.id, { action: 'refer', fields: { referred_to: 'mars' }, note: '移交' }, 422, undefined, 'fields.referred_to');
  c = await w.act('mediator', b.id, { action: 'refer', fields: { referred_to: 'court' }, note: '当事人要求诉讼' }, 'referred');
  assert.equal(c.referred_to, 'court');
  assert.equal(c.outcome, 'refer');
});

test('scope: another township cannot see it (404); a citizen cannot act', async () => {
  const d = await newDispute();
  assertError(await w.raw('xg-operator', 'GET', `${API}/cases/${d.id}`), 404, 'not_found');
  assertError(await w.actRaw('xg-operator', d.id, session()), 404);
  assertError(await w.actRaw('citizen', d.id, session()), 404);
});

test('a grid event of the dispute category becomes a dispute in one step, linked both ways', async () => {
  const ev = await w.report('grid-worker', { category: 'MD01', title: unique('邻里吵架'), ...w.pointIn('将军社区第一网格'),
    persons: [{ role: 'caller', name: '张卫东', phone: '13612345678' }, { role: 'party', name: '钱美玲', phone: '13712345678' }] });
  const r = await dispute('operator', { event_id: ev.id, title: '由事件转入的邻里纠纷', persons: undefined });
  assert.equal(r.status, 201, r.text);
  const d = r.json;
  assert.equal(d.event_id, ev.id);
  assert.equal(d.event_code, ev.code);
  assert.equal(d.category, 'neighbour', 'MD01 is a neighbours dispute');
  assert.equal(d.org_id, ev.org_id, 'placed where the event is');
  assert.deepEqual(d.persons.map((p) => [p.role, p.name]).sort(), [['applicant', '张*东'], ['respondent', '钱*玲']],
    'the event\'s caller applies, its party responds (masked)');
  const bare = await w.report('grid-worker', { category: 'MD01', title: unique('邻里吵架'), ...w.pointIn('将军社区第一网格') });
  assert.match(assertError(await dispute('operator', { event_id: bare.id, persons: undefined }), 422).field || '', /^persons/,
    'an event without persons needs them given');
  const e = await w.get('operator', ev.id);
  assert.ok(e.timeline.some((t) => t.note === '已转为矛盾纠纷调解'), 'the event records the conversion');
  assertError(await dispute('operator', { event_id: ev.id }), 409, 'conflict', 'event_id');
  const other = await w.report('grid-worker', { category: 'SZ01', title: unique('路灯'), ...w.pointIn('将军社区第一网格') });
  assertError(await dispute('operator', { event_id: other.id }), 422, undefined, 'event_id');
  assertError(await dispute('xg-operator', { event_id: ev.id }), 422, undefined, 'event_id');
});

test('民转刑风险: a risk created for the dispute flags it and puts it on the leader\'s watch list', async () => {
  const d = await newDispute();
  const r = await w.srv.api('POST', `${API}/cases`, { token: w.S.mediator.token, body: {
    type: 'risk', title: '邻里纠纷激化风险', category: 'social_conflict', likelihood: 4, impact: 4, dispute_id: d.id } });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.source, 'dispute');
  assert.equal(r.json.org_id, d.org_id, 'the risk sits where the dispute is');
  const c = await w.get('mediator', d.id);
  assert.equal(c.violent_risk, true);
  assert.equal(c.risk_id, r.json.id);
  const watch = await getOk(srv, `${API}/disputes/watch`, w.S['street-leader']);
  assert.ok(watch.items.some((x) => x.id === d.id && x.risk_id === r.json.id), 'on the street leader\'s watch list');
  assert.ok(!(await getOk(srv, `${API}/disputes/watch`, w.S['xg-operator'])).items.some((x) => x.id === d.id));
  const csv = await w.raw('street-leader', 'GET', `${API}/disputes/watch?format=csv`);
  assert.equal(csv.status, 200);
  assert.ok(csv.text.includes(d.code));
  // linking an existing risk by the action
  const d2 = await newDispute();
  await refused('mediator', d2.id, { action: 'flag_risk', fields: { risk_id: d.id }, note: '有过激言行' }, 422, undefined, 'fields.risk_id');
  const c2 = await w.act('mediator', d2.id, { action: 'flag_risk', fields: { risk_id: r.json.id }, note: '有过激言行' });
  assert.equal(c2.violent_risk, true);
  assert.equal(c2.risk_id, r.json.id);
});

test('demo: disputes at each level', async () => {
  const all = (await getOk(srv, `${API}/cases?type=dispute&limit=200`, w.S.admin)).items;
  for (const l of ['village', 'township', 'county', 'court']) assert.ok(all.some((x) => x.level === l), `a demo dispute at ${l}`);
});

test('test clock: 8 days later the 7-day follow-up is overdue; the tick warns the mediator; audit verify agrees', async () => {
  const d = await newDispute();
  await w.act('mediator', d.id, session());
  await w.act('mediator', d.id, { action: 'agree', fields: { terms: '按期赔偿' } }, 'agreed');
  const res = await srv.stopKeep();
  assert.deepEqual(res, { code: 0, signal: null });
  process.env.PINGAN_TEST_CLOCK_OFFSET_MS = String(8 * DAY);
  try {
    srv = await startServer({ dir: srv.dir, db: srv.db });
  } finally {
    delete process.env.PINGAN_TEST_CLOCK_OFFSET_MS;
  }
  const admin = await srv.login('admin');
  const med = await srv.login('mediator');
  const tick = await srv.api('POST', `${API}/admin/sla-tick`, { token: admin.token });
  assert.equal(tick.status, 200, tick.text);
  const c = await getOk(srv, `${API}/cases/${d.id}`, med);
  assert.equal(c.warn, 'red');
  assert.ok(c.timeline.some((e) => e.kind === 'supervise'), 'the tick marked it');
  const n = (await getOk(srv, `${API}/notifications`, med)).items;
  assert.ok(n.some((x) => x.case_id === d.id && x.kind === 'warning'), 'the mediator is told the visit is overdue');
  const sup = (await getOk(srv, `${API}/supervision`, med)).items;
  assert.ok(sup.some((x) => x.id === d.id), 'in the supervision queue');
  const again = await srv.api('POST', `${API}/admin/sla-tick`, { token: admin.token });
  assert.equal(again.status, 200);
  assert.equal((await getOk(srv, `${API}/cases/${d.id}`, med)).timeline.filter((e) => e.kind === 'supervise').length, 1, 'warned once');
  const keep = { dir: srv.dir, db: srv.db };
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  const v = runCli(['audit', 'verify', '--db', keep.db]);
  assert.equal(v.status, 0, v.stdout + v.stderr);
  srv = await startServer(keep);
});
