// The one-case cache (单案缓存, src/core/case_one.c): GET /api/v1/cases/{id} of an event keeps
// the case as loaded and its JSON and timeline, and computes per request what is the viewer's
// own: whether they see the case at all, the persons segment (当事人, staff of the case's units
// only), the links and the allowed actions. Each test reads a case once (it is kept), then as
// other viewers, or after a change through the API: nothing one viewer's read put in the cache
// may show in another's, and every change shows in the next read. The drop paths one by one
// (the case row, the side row, a timeline event, a share, a person link, names) are in
// tests/unit/test_case_one.c.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, orgsByName, unique } from './lib.mjs';

let srv;
const S = {};
let org;
const WHO = ['citizen', 'grid-worker', 'operator', 'xg-operator', 'admin'];

const get = (who, id) => srv.api('GET', `${API}/cases/${id}`, { token: S[who].token });

async function create(who, extra = {}) {
  const r = await srv.api('POST', `${API}/cases`, { token: S[who].token, body: { type: 'event',
    title: unique('单案缓存'), category: 'SZ02', org_id: org.get('将军社区第一网格').id, ...extra } });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

// Every viewer's GET of id, first in the order given (the first one fills the cache).
async function readAll(id, order) {
  const out = {};
  for (const w of order) {
    const r = await get(w, id);
    out[w] = { status: r.status, text: r.text, json: r.json };
  }
  return out;
}

before(async () => {
  srv = await startServer();
  for (const l of WHO) S[l] = await srv.login(l);
  org = await orgsByName(srv, S.admin);
});
after(async () => { await srv?.stop(); });

test("each viewer's response is the same whoever read the case first", async () => {
  // a citizen's report that staff accepted with a party registered: persons for staff of
  // its units only, actions for whoever may take them, invisible to another township
  const c = await create('citizen', { body: '楼道堆物' });
  const a = await srv.api('POST', `${API}/cases/${c.id}/actions`, { token: S.operator.token,
    body: { action: 'accept', fields: { persons: [{ role: 'party', name: '欧阳修远', phone: '13766661234' }] } } });
  assert.equal(a.status, 200, a.text);
  const first = await readAll(c.id, WHO);                 // the citizen fills the cache
  // a write that changes nothing any viewer sees, but drops every kept case (users)
  const me = (await srv.api('GET', `${API}/me`, { token: S.admin.token })).json;
  const p = await srv.api('PATCH', `${API}/users/${me.id ?? me.user?.id}`, { token: S.admin.token,
    body: { name: me.name ?? me.user?.name } });
  assert.equal(p.status, 200, p.text);
  const second = await readAll(c.id, [...WHO].reverse());   // the admin fills it
  for (const w of WHO) {
    assert.equal(second[w].status, first[w].status, w);
    assert.equal(second[w].text, first[w].text, w);
  }
  // and what each one sees is theirs
  assert.equal(first['xg-operator'].status, 404);
  for (const w of ['citizen', 'grid-worker', 'operator', 'admin']) assert.equal(first[w].status, 200, w);
  assert.ok(!('persons' in first.citizen.json), 'the reporter gets no persons');
  assert.equal(first.operator.json.persons.length, 1);
  assert.equal(first.operator.json.persons[0].name, '欧**远');
  assert.equal(first['grid-worker'].json.persons.length, 1);
  const acts = (w) => first[w].json.allowed_actions.join(',');
  assert.notEqual(acts('operator'), acts('citizen'));
  assert.ok(first.operator.json.allowed_actions.length > 0, 'the township operator may act');
  // apart from persons, actions and may_edit, one case for all
  for (const w of ['citizen', 'grid-worker', 'admin']) {
    const x = { ...first[w].json }, y = { ...first.operator.json };
    for (const o of [x, y]) { delete o.persons; delete o.allowed_actions; delete o.may_edit; }
    assert.deepEqual(x, y, w);
  }
});

test('a comment, an action and a new party show in the next read', async () => {
  const c = await create('operator');
  const r0 = (await get('operator', c.id)).json;
  assert.equal(r0.timeline.length, 1);
  await get('grid-worker', c.id);                        // kept, and served from the cache
  const cm = await srv.api('POST', `${API}/cases/${c.id}/comments`, { token: S['grid-worker'].token,
    body: { body: '现场已核实' } });
  assert.equal(cm.status, 201, cm.text);
  const r1 = (await get('operator', c.id)).json;
  assert.equal(r1.timeline.length, 2);
  assert.equal(r1.timeline[1].note, '现场已核实');
  const a = await srv.api('POST', `${API}/cases/${c.id}/actions`, { token: S.operator.token,
    body: { action: 'accept', fields: { persons: [{ role: 'party', name: '段誉', phone: '13899990000' }] } } });
  assert.equal(a.status, 200, a.text);
  const r2 = (await get('grid-worker', c.id)).json;
  assert.equal(r2.status, a.json.status);
  assert.equal(r2.version, a.json.version);
  assert.equal(r2.timeline.length, 3);
  assert.equal(r2.persons.length, 1);
  assert.equal(r2.persons[0].name, '段*');
  // the response to the action (never cached) is the case as the next GET shows it
  assert.deepEqual((await get('operator', c.id)).json, a.json);
});

test("a reporter's new name shows in the next read", async () => {
  const c = await create('operator');
  assert.equal((await get('admin', c.id)).json.reporter_name, '周涛（受理员）');
  const u = (await srv.api('GET', `${API}/users?q=operator`, { token: S.admin.token })).json;
  const id = (u.items ?? u).find((x) => x.login === 'operator').id;
  const name = unique('改名').slice(0, 20);
  let r = await srv.api('PATCH', `${API}/users/${id}`, { token: S.admin.token, body: { name } });
  assert.equal(r.status, 200, r.text);
  assert.equal((await get('admin', c.id)).json.reporter_name, name);
  r = await srv.api('PATCH', `${API}/users/${id}`, { token: S.admin.token, body: { name: '周涛（受理员）' } });
  assert.equal(r.status, 200, r.text);
});

test('a board post (suggestion, kept too): a decline and its reason show in the next read', async () => {
  const r = await srv.api('POST', `${API}/cases`, { token: S.operator.token, body: { type: 'suggestion',
    title: unique('留言'), body: '小区路灯坏了', category: 'facility', org_id: org.get('将军社区').id } });
  assert.equal(r.status, 201, r.text);
  const id = r.json.id;
  const o0 = (await get('operator', id)).json;
  assert.equal(o0.status, 'open');
  assert.deepEqual((await get('admin', id)).json.allowed_actions.sort(), ['accept', 'decline']);
  assert.deepEqual((await get('operator', id)).json, o0);         // kept: the same case
  const d = await srv.api('POST', `${API}/cases/${id}/actions`, { token: S.admin.token,
    body: { action: 'decline', note: '不在本单位职责范围' } });
  assert.equal(d.status, 200, d.text);
  const o1 = (await get('operator', id)).json;
  assert.equal(o1.status, 'declined');
  assert.equal(o1.decline_reason, '不在本单位职责范围');
  assert.equal(o1.timeline.length, 2);
  assert.deepEqual((await get('admin', id)).json.allowed_actions, []);
});

test("a new link shows on the kept case it points to; each viewer gets the linked cases they may see", async () => {
  const a = await create('operator');                               // 将军社区 (城中街道)
  assert.deepEqual((await get('operator', a.id)).json.links, []);   // kept: no links
  assert.deepEqual((await get('admin', a.id)).json.links, []);
  // the admin registers a case in 西关 (another township) linked to it
  const r = await srv.api('POST', `${API}/cases`, { token: S.admin.token, body: { type: 'event',
    title: unique('关联'), category: 'SZ02', org_id: org.get('西关社区第一网格').id, links: [a.id] } });
  assert.equal(r.status, 201, r.text);
  const x = r.json.id;
  // the kept case without links has one now: not for its own township's operator, who may not
  // see the case in 西关 (read first: the case is kept again by this read), for the admin
  assert.deepEqual((await get('operator', a.id)).json.links, []);
  assert.deepEqual((await get('admin', a.id)).json.links.map((l) => l.id), [x]);
  // the new case, read by the admin first (kept with its link), then by 西关's operator, who
  // may see it but not the case in 城中街道 it links to, then again by the admin
  assert.deepEqual((await get('admin', x)).json.links.map((l) => l.id), [a.id]);
  assert.deepEqual((await get('xg-operator', x)).json.links, []);
  assert.deepEqual((await get('admin', x)).json.links.map((l) => l.id), [a.id]);
});
