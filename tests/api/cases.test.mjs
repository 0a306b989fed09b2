// Case editing, optimistic versions, idempotent creation, list filters and pagination.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, API, assertError, getOk, listAll, orgsByName, snapshot, countCases, chinaToday,
  CST_TIME, unique, subtreeIds,
} from './lib.mjs';

let srv;
const S = {};
let czStation;
let xgStation;

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-officer']) S[u] = await srv.login(u);
  const orgs = await orgsByName(srv, S.admin);
  czStation = orgs.get('城中派出所');
  xgStation = orgs.get('西关派出所');
});
after(async () => { await srv?.stop(); });

const post = (who, body, headers) => srv.api('POST', `${API}/cases`, { token: S[who].token, body, headers });
const act = (who, id, body, headers) => srv.api('POST', `${API}/cases/${id}/actions`, { token: S[who].token, body, headers });
const patch = (who, id, body) => srv.api('PATCH', `${API}/cases/${id}`, { token: S[who].token, body });
const getCase = (who, id) => getOk(srv, `${API}/cases/${id}`, S[who]);

async function newPost(who = 'cz-officer', extra = {}) {
  const r = await post(who, { type: 'suggestion', title: unique('case'), ...extra });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

// ---- versions -------------------------------------------------------------------------------

test('stale version on an action: the second of two writers gets 409, the case is unchanged', async () => {
  const c = await newPost();
  const readA = await getCase('cz-leader', c.id);
  const readB = await getCase('admin', c.id);
  assert.equal(readA.version, readB.version);
  const v = readA.version;

  const first = await act('cz-leader', c.id, { action: 'accept', version: v, fields: { assignee_id: S['cz-aux'].user.id } });
  assert.equal(first.status, 200, first.text);
  const snap = await snapshot(srv, S.admin, c.id);

  const second = await act('admin', c.id, { action: 'decline', version: v, note: '我来拒绝' });
  assertError(second, 409, 'stale_version');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
  const g = await getCase('admin', c.id);
  assert.equal(g.status, 'in_progress');
  assert.equal(g.assignee_id, S['cz-aux'].user.id);
});

test('stale version after an edit: an action that is still legal is refused', async () => {
  const c = await newPost();
  const v = (await getCase('cz-leader', c.id)).version;
  const p = await patch('cz-officer', c.id, { version: v, title: unique('edited') });
  assert.equal(p.status, 200, p.text);
  const snap = await snapshot(srv, S.admin, c.id);
  const r = await act('cz-leader', c.id, { action: 'accept', version: v, fields: { assignee_id: S['cz-aux'].user.id } });
  assertError(r, 409, 'stale_version');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
  assert.equal((await getCase('admin', c.id)).status, 'open');
  // With the current version it works.
  const ok = await act('cz-leader', c.id, { action: 'accept', version: p.json.version, fields: { assignee_id: S['cz-aux'].user.id } });
  assert.equal(ok.status, 200, ok.text);
});

test('If-Match carries the version too', async () => {
  const c = await newPost();
  const v = c.version;
  const p = await patch('cz-officer', c.id, { version: v, body: 'new body' });
  assert.equal(p.status, 200, p.text);
  const snap = await snapshot(srv, S.admin, c.id);
  const stale = await act('cz-leader', c.id, { action: 'decline', note: 'x' }, { 'if-match': String(v) });
  assertError(stale, 409, 'stale_version');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
  // A value longer than any version is refused whole, never cut to fit (it used to be cut to
  // 31 characters, so that the digits of the current version followed by junk were taken).
  const long = `"${String(p.json.version).padStart(31, '0')}x"`;
  assertError(await act('cz-leader', c.id, { action: 'decline', note: 'x' }, { 'if-match': long }), 422, 'invalid_value', 'If-Match');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
  const ok = await act('cz-leader', c.id, { action: 'decline', note: 'x' }, { 'if-match': `W/"${p.json.version}"` });
  assert.equal(ok.status, 200, ok.text);
});

test('PATCH with the current version changes the title and adds an update event', async () => {
  const c = await newPost();
  const g0 = await getCase('cz-officer', c.id);
  const title = unique('新标题');
  const r = await patch('cz-officer', c.id, { version: g0.version, title, priority: 'high' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.title, title);
  assert.equal(r.json.priority, 'high');
  assert.ok(r.json.version > g0.version, 'version grows');
  assert.equal(r.json.status, 'open');
  const g1 = await getCase('cz-leader', c.id);
  assert.equal(g1.title, title);
  assert.equal(g1.version, r.json.version);
  assert.ok(g1.timeline.length > g0.timeline.length);
  const added = g1.timeline.slice(g0.timeline.length);
  assert.ok(added.every((e) => e.kind === 'update'), JSON.stringify(added));
  assert.equal(added[0].actor_id, S['cz-officer'].user.id);
  assert.match(added[0].at, CST_TIME);
  const text = JSON.stringify(added);
  assert.ok(text.includes('title') && text.includes(title), `the title change is on the timeline: ${text}`);
  assert.ok(text.includes('priority'), `the priority change is on the timeline: ${text}`);
});

test('PATCH with a stale version → 409, nothing changes', async () => {
  const c = await newPost();
  const p1 = await patch('cz-officer', c.id, { version: c.version, title: unique('first') });
  assert.equal(p1.status, 200, p1.text);
  const snap = await snapshot(srv, S.admin, c.id);
  const p2 = await patch('cz-leader', c.id, { version: c.version, title: unique('second') });
  assertError(p2, 409, 'stale_version');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
});

test('PATCH requires a version, and validates like create', async () => {
  const c = await newPost();
  const snap = await snapshot(srv, S.admin, c.id);
  assertError(await patch('cz-officer', c.id, { title: 'no version' }), 422, 'missing_field', 'version');
  assertError(await patch('cz-officer', c.id, { version: String(c.version), title: 'x' }), 422, 'invalid_type', 'version');
  assertError(await patch('cz-officer', c.id, { version: c.version, title: '' }), 422, 'invalid_value', 'title');
  assertError(await patch('cz-officer', c.id, { version: c.version, priority: 'asap' }), 422, 'invalid_value', 'priority');
  assertError(await patch('cz-officer', c.id, { version: c.version, status: 'done' }), 422, 'unknown_field', 'status');
  assertError(await patch('cz-officer', c.id, { version: c.version, reporter_id: 1 }), 422, 'unknown_field', 'reporter_id');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
});

test('PATCH by someone who is neither poster nor leader → 403, nothing changes', async () => {
  const c = await newPost('cz-officer');
  const snap = await snapshot(srv, S.admin, c.id);
  const r = await patch('cz-aux', c.id, { version: c.version, title: unique('not mine') });
  assertError(r, 403, 'forbidden');
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
  // A leader may.
  const l = await patch('cz-leader', c.id, { version: c.version, title: unique('leader edit') });
  assert.equal(l.status, 200, l.text);
});

test('PATCH on a closed case is refused and changes nothing', async () => {
  const c = await newPost('cz-officer');
  const d = await act('cz-leader', c.id, { action: 'decline', note: 'closed' });
  assert.equal(d.status, 200, d.text);
  const snap = await snapshot(srv, S.admin, c.id);
  const r = await patch('cz-officer', c.id, { version: d.json.version, title: unique('too late') });
  assert.ok([403, 409].includes(r.status), `${r.status} ${r.text}`);
  assertError(r, r.status);
  assert.deepEqual(await snapshot(srv, S.admin, c.id), snap);
});

// ---- idempotency -----------------------------------------------------------------------------

test('the same Idempotency-Key twice creates one case', async () => {
  const n0 = await countCases(srv, S['cz-officer']);
  const key = unique('idem');
  const body = { type: 'suggestion', title: unique('idempotent'), body: '网络不好重试' };
  const a = await post('cz-officer', body, { 'idempotency-key': key });
  assert.equal(a.status, 201, a.text);
  const b = await post('cz-officer', body, { 'idempotency-key': key });
  assert.equal(b.status, 201, b.text);
  assert.equal(b.json.id, a.json.id);
  assert.equal(b.json.code, a.json.code);
  assert.equal(await countCases(srv, S['cz-officer']), n0 + 1);
  assert.equal((await getCase('cz-officer', a.json.id)).timeline.length, 1, 'one create event');
});

test('the same key with a different body → 409 idempotency_key_reused', async () => {
  const key = unique('idem');
  const a = await post('cz-officer', { type: 'suggestion', title: unique('one') }, { 'idempotency-key': key });
  assert.equal(a.status, 201, a.text);
  const n1 = await countCases(srv, S['cz-officer']);
  const b = await post('cz-officer', { type: 'suggestion', title: unique('two') }, { 'idempotency-key': key });
  assertError(b, 409, 'idempotency_key_reused');
  assert.equal(await countCases(srv, S['cz-officer']), n1);
});

test('different users with the same key get different cases', async () => {
  const key = unique('shared-key');
  const body = { type: 'suggestion', title: unique('same body') };
  const a = await post('cz-officer', body, { 'idempotency-key': key });
  const b = await post('cz-aux', body, { 'idempotency-key': key });
  assert.equal(a.status, 201, a.text);
  assert.equal(b.status, 201, b.text);
  assert.notEqual(a.json.id, b.json.id);
  assert.equal(a.json.reporter_id, S['cz-officer'].user.id);
  assert.equal(b.json.reporter_id, S['cz-aux'].user.id);
});

test('without a key, the same body twice makes two cases', async () => {
  const body = { type: 'suggestion', title: unique('twice') };
  const a = await post('cz-officer', body);
  const b = await post('cz-officer', body);
  assert.equal(a.status, 201);
  assert.equal(b.status, 201);
  assert.notEqual(a.json.id, b.json.id);
});

// ---- create fields ---------------------------------------------------------------------------

test('create with all optional fields', async () => {
  const r = await post('cz-leader', {
    type: 'suggestion', title: unique('全字段'), body: '内容', category: 'facility', priority: 'urgent',
    org_id: czStation.id, lat: 29.0791, lon: 119.6474, address: '金华市婺城区城中路1号',
    due_at: '2031-01-02T03:04:05Z',
  });
  assert.equal(r.status, 201, r.text);
  const c = r.json;
  assert.equal(c.priority, 'urgent');
  assert.equal(c.org_id, czStation.id);
  assert.ok(Math.abs(c.lat - 29.0791) < 1e-9 && Math.abs(c.lon - 119.6474) < 1e-9);
  assert.equal(c.address, '金华市婺城区城中路1号');
  // 03:04:05Z is 11:04:05 China time.
  assert.match(c.due_at, CST_TIME);
  assert.equal(Date.parse(c.due_at), Date.parse('2031-01-02T03:04:05Z'));
  assert.ok(c.due_at.startsWith('2031-01-02T11:04:05'), c.due_at);
});

test('a bare due_at date means 00:00 China time', async () => {
  const r = await post('cz-officer', { type: 'suggestion', title: unique('date'), due_at: '2031-05-06' });
  assert.equal(r.status, 201, r.text);
  assert.equal(Date.parse(r.json.due_at), Date.parse('2031-05-06T00:00:00+08:00'));
});

test('posting to a unit outside the caller\'s grants is refused', async () => {
  const n0 = await countCases(srv, S.admin, `?org_id=${xgStation.id}`);
  const r = await post('cz-officer', { type: 'suggestion', title: unique('wrong unit'), org_id: xgStation.id });
  assert.ok([403, 404, 422].includes(r.status), `${r.status} ${r.text}`);
  assertError(r, r.status);
  assert.equal(await countCases(srv, S.admin, `?org_id=${xgStation.id}`), n0);
});

// ---- lists -----------------------------------------------------------------------------------

test('list order is newest first, and pages cover the list without overlap', async () => {
  for (let i = 0; i < 3; i++) await newPost('cz-officer');
  const all = await listAll(srv, S['cz-officer'], `${API}/cases`);
  assert.ok(all.length >= 5);
  for (let i = 1; i < all.length; i++) {
    const a = Date.parse(all[i - 1].created_at);
    const b = Date.parse(all[i].created_at);
    assert.ok(a > b || (a === b && all[i - 1].id > all[i].id),
      `order at ${i}: ${all[i - 1].id} (${all[i - 1].created_at}) then ${all[i].id} (${all[i].created_at})`);
  }
  const seen = [];
  let cursor = null;
  for (let page = 0; page <= all.length; page++) {
    const url = `${API}/cases?limit=2${cursor !== null ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const j = await getOk(srv, url, S['cz-officer']);
    assert.ok(j.items.length <= 2);
    seen.push(...j.items.map((c) => c.id));
    if (j.next_cursor === null) break;
    assert.equal(typeof j.next_cursor, 'string');
    assert.equal(j.items.length, 2, 'a page before the last is full');
    assert.notEqual(j.next_cursor, cursor, 'the cursor moves on');
    cursor = j.next_cursor;
  }
  assert.deepEqual(seen, all.map((c) => c.id));
});

test('limit: default 50, and limit=1 gives the newest', async () => {
  const all = await listAll(srv, S.admin, `${API}/cases`);
  const def = await getOk(srv, `${API}/cases`, S.admin);
  assert.equal(def.items.length, Math.min(50, all.length));
  if (all.length > 50) assert.notEqual(def.next_cursor, null);
  const one = await getOk(srv, `${API}/cases?limit=1`, S.admin);
  assert.equal(one.items.length, 1);
  assert.equal(one.items[0].id, all[0].id);
  const max = await getOk(srv, `${API}/cases?limit=200`, S.admin);
  assert.equal(max.items.length, Math.min(200, all.length));
});

test('limit outside 1–200 and a forged cursor are refused', async () => {
  for (const bad of ['0', '201', '-1', '1e2']) {
    const r = await srv.api('GET', `${API}/cases?limit=${bad}`, { token: S.admin.token });
    assert.ok([400, 422].includes(r.status), `limit=${bad}: ${r.status} ${r.text}`);
    assertError(r, r.status);
  }
  for (const cur of ['%25%25%25not-a-cursor', 'garbage', Buffer.from('c:abc').toString('base64')]) {
    assertError(await srv.api('GET', `${API}/cases?cursor=${cur}`, { token: S.admin.token }), 400, 'bad_request');
  }
});

test('query parameters that do not parse → 400 bad_request', async () => {
  // The error table: 400 bad_request for "bad query parameter syntax".
  const wrong = [];
  for (const q of ['limit=abc', 'limit=2%00x', 'created_from=yesterday', 'created_to=2026-13-45']) {
    const r = await srv.api('GET', `${API}/cases?${q}`, { token: S.admin.token });
    if (r.status !== 400 || r.json?.error?.code !== 'bad_request') wrong.push(`${q} → ${r.status} ${r.text.slice(0, 160)}`);
    else assertError(r, 400, 'bad_request');
  }
  assert.deepEqual(wrong, [], 'each of these should be 400 bad_request');
});

test('filters: status, reporter=me, assignee=me, type, org_id', async () => {
  const mine = await newPost('cz-aux');
  const other = await newPost('cz-officer');
  const acc = await act('cz-leader', other.id, { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } });
  assert.equal(acc.status, 200);

  const open = await listAll(srv, S['cz-leader'], `${API}/cases?status=open`);
  assert.ok(open.length > 0 && open.every((c) => c.status === 'open'));
  assert.ok(open.some((c) => c.id === mine.id));
  const two = await listAll(srv, S['cz-leader'], `${API}/cases?status=open,in_progress`);
  assert.ok(two.every((c) => ['open', 'in_progress'].includes(c.status)));
  assert.ok(two.some((c) => c.id === mine.id) && two.some((c) => c.id === other.id));
  const all = await listAll(srv, S['cz-leader'], `${API}/cases`);
  assert.equal(two.length, all.filter((c) => ['open', 'in_progress'].includes(c.status)).length);

  const rep = await listAll(srv, S['cz-aux'], `${API}/cases?reporter=me`);
  assert.ok(rep.length > 0 && rep.every((c) => c.reporter_id === S['cz-aux'].user.id));
  assert.ok(rep.some((c) => c.id === mine.id));
  const repId = await listAll(srv, S['cz-leader'], `${API}/cases?reporter=${S['cz-aux'].user.id}`);
  assert.deepEqual(repId.map((c) => c.id), rep.map((c) => c.id));

  const asg = await listAll(srv, S['cz-aux'], `${API}/cases?assignee=me`);
  assert.ok(asg.every((c) => c.assignee_id === S['cz-aux'].user.id));
  assert.ok(asg.some((c) => c.id === other.id));

  const sug = await listAll(srv, S.admin, `${API}/cases?type=suggestion`);
  assert.ok(sug.every((c) => c.type === 'suggestion'));
  const byOrg = await listAll(srv, S.admin, `${API}/cases?org_id=${xgStation.id}`);
  const xgTree = subtreeIds((await getOk(srv, `${API}/orgs`, S.admin)).items, xgStation.id);
  assert.ok(byOrg.length > 0);
  assert.ok(byOrg.every((c) => xgTree.has(c.org_id)), 'org_id filter keeps to the subtree');
  const adminAll = await listAll(srv, S.admin, `${API}/cases`);
  assert.equal(byOrg.length, adminAll.filter((c) => xgTree.has(c.org_id)).length, 'and misses none of it');

  // A status that does not exist matches nothing (or is refused); it never widens the list.
  const bogus = await srv.api('GET', `${API}/cases?status=bogus`, { token: S.admin.token });
  if (bogus.status === 200) assert.deepEqual(bogus.json.items, []);
  else assertError(bogus, bogus.status);
  assert.ok([200, 400, 422].includes(bogus.status), `status=bogus: ${bogus.status} ${bogus.text}`);
});

test('created_from is inclusive, created_to exclusive; bare dates are China days', async () => {
  const c = await newPost('cz-officer');
  const today = chinaToday().iso;
  const from = await listAll(srv, S['cz-officer'], `${API}/cases?created_from=${today}`);
  assert.ok(from.some((x) => x.id === c.id));
  assert.ok(from.every((x) => Date.parse(x.created_at) >= Date.parse(`${today}T00:00:00+08:00`)));
  const to = await listAll(srv, S['cz-officer'], `${API}/cases?created_to=${today}`);
  assert.ok(!to.some((x) => x.id === c.id));
  assert.ok(to.every((x) => Date.parse(x.created_at) < Date.parse(`${today}T00:00:00+08:00`)));
  // The creation instant itself: from is inclusive, to is exclusive.
  const at = encodeURIComponent(c.created_at);
  assert.ok((await listAll(srv, S['cz-officer'], `${API}/cases?created_from=${at}`)).some((x) => x.id === c.id));
  assert.ok(!(await listAll(srv, S['cz-officer'], `${API}/cases?created_to=${at}`)).some((x) => x.id === c.id));
  // Any offset and Z are accepted: the same instant written three ways gives the same list.
  const inst = Date.parse(c.created_at);
  const z = new Date(inst).toISOString().replace(/\.\d+Z$/, 'Z');
  const plus2 = new Date(inst + 2 * 3600e3).toISOString().replace(/\.\d+Z$/, '+02:00');
  const ids = async (v) => (await listAll(srv, S['cz-officer'], `${API}/cases?created_from=${encodeURIComponent(v)}`)).map((x) => x.id);
  const base = await ids(c.created_at);
  assert.deepEqual(await ids(z), base);
  assert.deepEqual(await ids(plus2), base);
});
