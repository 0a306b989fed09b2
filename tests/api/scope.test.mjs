// Scope: a grant covers its unit and the subtree below it; outside it a case is 404, exactly
// as if it did not exist, and nothing can be done to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, listAll, snapshot, subtreeIds, unique } from './lib.mjs';

let srv;
const S = {};
let adminOrgs; // all org items (admin's view)
const byName = (name) => {
  const o = adminOrgs.find((x) => x.name === name);
  assert.ok(o, `org ${name} exists`);
  return o;
};
let czTree;
let xgTree;
let czCases; // cz station cases (admin's view)
let xgCases;

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-officer', 'xg-leader', 'grid-worker', 'operator']) {
    S[u] = await srv.login(u);
  }
  adminOrgs = (await getOk(srv, `${API}/orgs`, S.admin)).items;
  czTree = subtreeIds(adminOrgs, byName('城中派出所').id);
  xgTree = subtreeIds(adminOrgs, byName('西关派出所').id);
  const all = await listAll(srv, S.admin, `${API}/cases`);
  czCases = all.filter((c) => czTree.has(c.org_id));
  xgCases = all.filter((c) => xgTree.has(c.org_id));
  assert.ok(czCases.length > 0 && xgCases.length > 0, 'demo posts at both stations');
});
after(async () => { await srv?.stop(); });

/** The error body with the case id taken out, for comparing two 404s. */
const normalised = (r, id) => JSON.parse(r.text.split(String(id)).join('<id>'));

test('admin sees the whole demo org tree, parents before children', async () => {
  for (const name of ['浙江省', '金华市', '婺城区', '城中街道', '将军社区', '飘萍社区', '西关街道', '婺城公安分局', '城中派出所', '西关派出所']) {
    byName(name);
  }
  const kinds = new Set(['province', 'city', 'county', 'township', 'community', 'grid', 'police_bureau', 'police_station', 'police_area', 'department']);
  const seen = new Set();
  for (const o of adminOrgs) {
    assert.ok(kinds.has(o.kind), `kind ${o.kind}`);
    if (o.parent_id !== null) assert.ok(seen.has(o.parent_id), `${o.name} comes after its parent`);
    seen.add(o.id);
  }
  assert.equal(byName('浙江省').kind, 'province');
  assert.equal(byName('城中派出所').kind, 'police_station');
  assert.equal(byName('将军社区').kind, 'community');
  assert.equal(byName('城中派出所').parent_id, byName('婺城公安分局').id);
  assert.equal(byName('婺城公安分局').parent_id, byName('婺城区').id);
  assert.equal(byName('将军社区').parent_id, byName('城中街道').id);
  for (const c of ['将军社区', '飘萍社区']) {
    const grids = adminOrgs.filter((o) => o.parent_id === byName(c).id && o.kind === 'grid');
    assert.equal(grids.length, 3, `${c} has three grids`);
  }
  const d = Object.fromEntries(adminOrgs.map((o) => [o.id, o]));
  for (const o of adminOrgs) if (o.parent_id !== null && d[o.parent_id]) assert.equal(o.depth, d[o.parent_id].depth + 1, o.name);
});

test('GET /orgs for cz-officer lists only 城中派出所 and its subtree', async () => {
  const j = await getOk(srv, `${API}/orgs`, S['cz-officer']);
  const ids = j.items.map((o) => o.id);
  assert.deepEqual(new Set(ids), czTree);
  assert.equal(j.items[0].id, byName('城中派出所').id, 'the root of the scope comes first');
  assert.ok(!j.items.some((o) => ['西关派出所', '城中街道', '婺城区', '婺城公安分局', '浙江省'].includes(o.name)));
});

test('GET /orgs for other users follows their grants', async () => {
  const xg = await getOk(srv, `${API}/orgs`, S['xg-officer']);
  assert.deepEqual(new Set(xg.items.map((o) => o.id)), xgTree);
  const op = await getOk(srv, `${API}/orgs`, S.operator);
  const streetTree = subtreeIds(adminOrgs, byName('城中街道').id);
  assert.deepEqual(new Set(op.items.map((o) => o.id)), streetTree);
  assert.ok(op.items.some((o) => o.name === '将军社区') && op.items.some((o) => o.name === '飘萍社区'));
  const gw = await getOk(srv, `${API}/orgs`, S['grid-worker']);
  assert.ok(gw.items.length >= 1);
  assert.equal(gw.items[0].kind, 'grid');
  assert.ok(streetTree.has(gw.items[0].id), 'the grid worker\'s grid is in 城中街道');
  assert.deepEqual(new Set(gw.items.map((o) => o.id)), subtreeIds(adminOrgs, gw.items[0].id));
});

test('a case out of scope is 404, the same answer as a case that does not exist', async () => {
  const target = xgCases[0];
  const outside = await srv.api('GET', `${API}/cases/${target.id}`, { token: S['cz-officer'].token });
  assertError(outside, 404, 'not_found');
  const absent = await srv.api('GET', `${API}/cases/999999999`, { token: S['cz-officer'].token });
  assertError(absent, 404, 'not_found');
  assert.deepEqual(normalised(outside, target.id), normalised(absent, 999999999));
  assert.ok(!outside.text.includes(target.title), 'nothing of the case leaks');
  assert.ok(!outside.text.includes(target.code));
});

test('every cz user gets 404 on every 西关 case; every xg user on every 城中 case', async () => {
  for (const who of ['cz-officer', 'cz-leader', 'cz-aux']) {
    for (const c of xgCases.slice(0, 8)) {
      assertError(await srv.api('GET', `${API}/cases/${c.id}`, { token: S[who].token }), 404, 'not_found');
    }
  }
  for (const who of ['xg-officer', 'xg-leader']) {
    for (const c of czCases.slice(0, 8)) {
      assertError(await srv.api('GET', `${API}/cases/${c.id}`, { token: S[who].token }), 404, 'not_found');
    }
  }
  // The township's operator and grid worker are not in the police line either.
  for (const who of ['operator', 'grid-worker']) {
    assertError(await srv.api('GET', `${API}/cases/${czCases[0].id}`, { token: S[who].token }), 404, 'not_found');
    assertError(await srv.api('GET', `${API}/cases/${xgCases[0].id}`, { token: S[who].token }), 404, 'not_found');
  }
});

test('actions, comments and edits on an out-of-scope case → 404, and it is unchanged', async () => {
  // Fresh 西关 posts in three states, made by the 西关 staff themselves.
  const xgPost = async () => {
    const r = await srv.api('POST', `${API}/cases`, { token: S['xg-officer'].token, body: { type: 'suggestion', title: unique('西关') } });
    assert.equal(r.status, 201, r.text);
    return r.json;
  };
  const xgAct = async (who, id, body) => {
    const r = await srv.api('POST', `${API}/cases/${id}/actions`, { token: S[who].token, body });
    assert.equal(r.status, 200, r.text);
    return r.json;
  };
  const open = await xgPost();
  const inProgress = await xgAct('xg-leader', (await xgPost()).id, { action: 'accept', fields: { assignee_id: S['xg-officer'].user.id } });
  let done = await xgAct('xg-leader', (await xgPost()).id, { action: 'accept', fields: { assignee_id: S['xg-officer'].user.id } });
  done = await xgAct('xg-officer', done.id, { action: 'done', fields: { result: '西关办结' } });
  assert.deepEqual([open.status, inProgress.status, done.status], ['open', 'in_progress', 'done']);
  const before = {};
  for (const c of [open, inProgress, done]) before[c.id] = await snapshot(srv, S.admin, c.id);

  const auxId = S['cz-aux'].user.id;
  const tries = [
    ['cz-leader', open.id, 'actions', { action: 'accept', fields: { assignee_id: auxId } }],
    ['cz-leader', open.id, 'actions', { action: 'decline', note: '越权' }],
    ['cz-leader', inProgress.id, 'actions', { action: 'done', fields: { result: '越权办结' } }],
    ['cz-officer', done.id, 'actions', { action: 'reopen', note: '越权重开' }],
    ['cz-officer', open.id, 'comments', { body: '越权评论' }],
    ['cz-aux', inProgress.id, 'comments', { body: '越权评论' }],
  ];
  for (const [who, id, what, body] of tries) {
    const r = await srv.api('POST', `${API}/cases/${id}/${what}`, { token: S[who].token, body });
    assertError(r, 404, 'not_found');
  }
  const p = await srv.api('PATCH', `${API}/cases/${open.id}`, { token: S['cz-leader'].token, body: { version: before[open.id].version, title: '越权修改' } });
  assertError(p, 404, 'not_found');
  // A bad body on an out-of-scope case must not reveal that it exists (404, not 422).
  const bad = await srv.api('POST', `${API}/cases/${open.id}/actions`, { token: S['cz-leader'].token, body: { action: 'accept' } });
  assertError(bad, 404, 'not_found');

  for (const c of [open, inProgress, done]) assert.deepEqual(await snapshot(srv, S.admin, c.id), before[c.id]);
});

test('lists keep to scope: cz never sees 西关, xg never sees 城中, admin sees both', async () => {
  // Earlier tests made posts: take the admin's list afresh.
  const fresh = await listAll(srv, S.admin, `${API}/cases`);
  czCases = fresh.filter((c) => czTree.has(c.org_id));
  xgCases = fresh.filter((c) => xgTree.has(c.org_id));
  const cz = await listAll(srv, S['cz-officer'], `${API}/cases`);
  assert.ok(cz.length > 0);
  assert.ok(!cz.some((c) => xgTree.has(c.org_id)), 'cz-officer list holds a 西关派出所 case');
  assert.deepEqual(new Set(cz.map((c) => c.id)), new Set(czCases.map((c) => c.id)), 'cz-officer sees every 城中 case');

  const xg = await listAll(srv, S['xg-officer'], `${API}/cases`);
  assert.ok(xg.length > 0);
  assert.ok(!xg.some((c) => czTree.has(c.org_id)), 'xg-officer list holds a 城中派出所 case');
  assert.deepEqual(new Set(xg.map((c) => c.id)), new Set(xgCases.map((c) => c.id)));

  const adminIds = new Set((await listAll(srv, S.admin, `${API}/cases`)).map((c) => c.id));
  for (const c of [...czCases, ...xgCases]) assert.ok(adminIds.has(c.id));

  // Asking for the other station's unit does not widen the scope.
  const r = await srv.api('GET', `${API}/cases?org_id=${byName('西关派出所').id}&limit=200`, { token: S['cz-officer'].token });
  if (r.status === 200) assert.deepEqual(r.json.items, []);
  else assertError(r, r.status);
  assert.ok([200, 403, 404].includes(r.status), `${r.status}`);
  // Nor do status or type filters.
  for (const q of ['?status=open,in_progress,done,declined', '?type=suggestion', `?reporter=${S['xg-officer'].user.id}`]) {
    const items = await listAll(srv, S['cz-officer'], `${API}/cases${q}`);
    assert.ok(!items.some((c) => xgTree.has(c.org_id)), q);
  }
});

test('the township operator and the grid worker see no police posts', async () => {
  for (const who of ['operator', 'grid-worker']) {
    const items = await listAll(srv, S[who], `${API}/cases`);
    assert.ok(!items.some((c) => czTree.has(c.org_id) || xgTree.has(c.org_id)), who);
  }
});

test('a new post is visible in scope at once and nowhere else', async () => {
  const r = await srv.api('POST', `${API}/cases`, { token: S['xg-officer'].token, body: { type: 'suggestion', title: unique('西关新帖') } });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.org_id, byName('西关派出所').id);
  assert.equal((await srv.api('GET', `${API}/cases/${r.json.id}`, { token: S['xg-leader'].token })).status, 200);
  assert.equal((await srv.api('GET', `${API}/cases/${r.json.id}`, { token: S.admin.token })).status, 200);
  assertError(await srv.api('GET', `${API}/cases/${r.json.id}`, { token: S['cz-leader'].token }), 404, 'not_found');
  const czList = await listAll(srv, S['cz-leader'], `${API}/cases`);
  assert.ok(!czList.some((c) => c.id === r.json.id));
});

test('a 西关 post cannot be assigned to a 城中 user, even by the admin', async () => {
  // The assignee must hold a grant in the case's line (its unit, above or below it).
  const open = (await listAll(srv, S.admin, `${API}/cases?status=open&org_id=${byName('西关派出所').id}`))[0];
  assert.ok(open);
  const snap = await snapshot(srv, S.admin, open.id);
  const r = await srv.api('POST', `${API}/cases/${open.id}/actions`, {
    token: S.admin.token, body: { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } },
  });
  assertError(r, 422, 'invalid_value', 'fields.assignee_id');
  assert.deepEqual(await snapshot(srv, S.admin, open.id), snap);
  assertError(await srv.api('GET', `${API}/cases/${open.id}`, { token: S['cz-aux'].token }), 404, 'not_found');
});

test('board and users stay in scope', async () => {
  const xgId = byName('西关派出所').id;
  const r = await srv.api('GET', `${API}/board?org_id=${xgId}`, { token: S['cz-leader'].token });
  assert.ok([403, 404].includes(r.status) || (r.status === 200 && r.json.open === 0 && r.json.in_progress === 0),
    `cz-leader board of 西关: ${r.status} ${r.text}`);
  const users = await getOk(srv, `${API}/users`, S['cz-leader']);
  const logins = users.items.map((u) => u.login);
  assert.ok(logins.includes('cz-officer') && logins.includes('cz-aux'), logins.join(','));
  assert.ok(!logins.includes('xg-officer') && !logins.includes('xg-leader'), logins.join(','));
  const xgUsers = await srv.api('GET', `${API}/users?org_id=${xgId}`, { token: S['cz-leader'].token });
  if (xgUsers.status === 200) assert.ok(!xgUsers.json.items.some((u) => u.login.startsWith('xg-')));
  else assert.ok([403, 404].includes(xgUsers.status));
});
