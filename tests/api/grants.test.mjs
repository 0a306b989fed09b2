// Authorization of user administration (issue 7 §3, issue 8 §1): grants are never cut silently,
// an admin administers only users whose every grant is inside the admin's scope, the users
// list shows only grants inside the caller's scope and pages with a cursor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, runCli, API, assertError, getOk, listAll } from './lib.mjs';

let srv;
const S = {};
let orgs;
const org = (name) => {
  const o = orgs.find((x) => x.name === name);
  assert.ok(o, `no org ${name}`);
  return o;
};
const as = (who) => ({
  get: (p) => srv.api('GET', `${API}${p}`, { token: S[who].token }),
  post: (p, body) => srv.api('POST', `${API}${p}`, { token: S[who].token, body }),
  patch: (p, body) => srv.api('PATCH', `${API}${p}`, { token: S[who].token, body }),
  del: (p) => srv.api('DELETE', `${API}${p}`, { token: S[who].token }),
});

/** Runs a python3 sqlite3 script on the server's database (behind the server's back). */
function sql(script, ...args) {
  const r = spawnSync('python3', ['-c', `import sqlite3,sys\nc=sqlite3.connect(sys.argv[1],timeout=30)\n${script}\nc.commit()`, srv.db, ...args],
    { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, `python3: ${r.stderr}`);
  return r.stdout.trim();
}

/** The 16 grants (role × unit) a street worker could hold, all inside 城中街道. */
function streetGrants() {
  const units = ['城中街道', '将军社区', '将军社区第一网格', '将军社区第二网格', '将军社区第三网格',
    '飘萍社区', '飘萍社区第一网格', '飘萍社区第二网格'];
  const out = [];
  for (const u of units) for (const role of ['grid_worker', 'mediator']) out.push({ role, org_id: org(u).id });
  return out;
}

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'citizen']) S[u] = await srv.login(u);
  orgs = (await as('admin').get('/orgs')).json.items;
  const town = await as('admin').post('/users', {
    login: 'town-admin', name: '街道管理员', password: 'town-admin-pass',
    grants: [{ role: 'admin', org_id: org('城中街道').id }],
  });
  assert.equal(town.status, 201, town.text);
  S['town-admin'] = await srv.login('town-admin', 'town-admin-pass');
});
after(async () => { await srv?.stop(); });

test('the grant cap is refused with 422 over the API, never cut: the 17th grant is not written', async () => {
  const grants = streetGrants();
  assert.equal(grants.length, 16);
  const u = await as('admin').post('/users', { login: 'many-hats', name: '多岗', password: 'many-hats-pass', grants });
  assert.equal(u.status, 201, u.text);
  assert.equal(u.json.grants.length, 16);
  // a 17th: province admin — refused, with the documented error
  const r = await as('admin').post(`/users/${u.json.id}/grants`, { role: 'admin', org_id: org('浙江省').id });
  assertError(r, 422, 'too_many_grants');
  assert.match(r.json.error.message, /16/);
  const now = (await as('admin').get(`/users?q=many-hats`)).json.items.find((x) => x.login === 'many-hats');
  assert.equal(now.grants.length, 16);
  assert.ok(!now.grants.some((g) => g.role === 'admin'), 'no admin grant was written');
  // the same grant twice is still a conflict, not the cap
  assertError(await as('admin').post(`/users/${u.json.id}/grants`, grants[3]), 409, 'conflict');
  // 17 grants at creation: 422 naming grants, nothing created
  const many = await as('admin').post('/users', {
    login: 'too-many-hats', name: '太多', password: 'too-many-hats-pass',
    grants: [...grants, { role: 'officer', org_id: org('城中派出所').id }],
  });
  assertError(many, 422, undefined, 'grants');
  assert.equal((await as('admin').get('/users?q=too-many-hats')).json.items.length, 0);
});

test('the CLI refuses a grant beyond the cap with a clear message', async () => {
  const r = runCli(['user', 'grant', '--db', srv.db, '--login', 'many-hats', '--role', 'admin', '--org', '330000']);
  assert.notEqual(r.status, 0, r.stdout);
  assert.match(r.stderr, /at most 16 grants/);
  const n = sql("print(c.execute(\"SELECT count(*) FROM grants g JOIN users u ON u.id = g.user_id WHERE u.login = 'many-hats'\").fetchone()[0])");
  assert.equal(n, '16');
});

test('escalation: a township admin cannot reset the password of a user whose 17th grant is province admin', async () => {
  // 16 grants inside the street, then (behind the server's back, as an older version allowed)
  // a 17th: admin of the province. Before the fix the loader kept 16 and the street's admin
  // could take the account over.
  const grants = streetGrants();
  const u = await as('admin').post('/users', { login: 'hidden-boss', name: '隐藏的省管理员', password: 'hidden-boss-pass', grants });
  assert.equal(u.status, 201, u.text);
  sql('c.execute("INSERT INTO grants (user_id, role, org_id) VALUES (?, \'admin\', ?)", (int(sys.argv[2]), int(sys.argv[3])))',
    String(u.json.id), String(org('浙江省').id));
  const hashBefore = sql('print(c.execute("SELECT pw_hash FROM users WHERE id = ?", (int(sys.argv[2]),)).fetchone()[0])', String(u.json.id));

  const pw = await as('town-admin').patch(`/users/${u.json.id}`, { password: 'taken-over-by-town' });
  assert.ok([403, 404].includes(pw.status), `password reset refused: ${pw.status} ${pw.text}`);
  assertError(await as('town-admin').patch(`/users/${u.json.id}`, { disabled: true }), pw.status);
  assertError(await as('town-admin').patch(`/users/${u.json.id}`, { name: '改名' }), pw.status);
  assertError(await as('town-admin').post(`/users/${u.json.id}/grants`, { role: 'grid_worker', org_id: org('飘萍社区第三网格').id }), pw.status);
  assertError(await as('town-admin').del(`/users/${u.json.id}/grants/${u.json.grants[0].id}`), pw.status);
  // nothing changed
  const hashAfter = sql('print(c.execute("SELECT pw_hash FROM users WHERE id = ?", (int(sys.argv[2]),)).fetchone()[0])', String(u.json.id));
  assert.equal(hashAfter, hashBefore);
  const n = sql('print(c.execute("SELECT count(*) FROM grants WHERE user_id = ?", (int(sys.argv[2]),)).fetchone()[0])', String(u.json.id));
  assert.equal(n, '17');
  const bad = await srv.api('POST', `${API}/session`, { body: { login: 'hidden-boss', password: 'taken-over-by-town' } });
  assert.equal(bad.status, 401, bad.text);
  // the account itself cannot sign in either while it holds more than the cap (its grants
  // could not all be loaded): a clear 403, not a session with grants missing
  const own = await srv.api('POST', `${API}/session`, { body: { login: 'hidden-boss', password: 'hidden-boss-pass' } });
  assertError(own, 403, 'too_many_grants');
  assert.match(own.json.error.message, /命令行/, 'the message says where it is repaired');
  const ownEn = await srv.api('POST', `${API}/session`, { body: { login: 'hidden-boss', password: 'hidden-boss-pass' },
    headers: { 'Accept-Language': 'en' } });
  assertError(ownEn, 403, 'too_many_grants');
  assert.match(ownEn.json.error.message, /pingan user revoke/, 'the English message names the command that repairs it');
  // the users list still shows the account, with the grants inside the caller's scope only
  const seen = (await as('town-admin').get('/users?q=hidden-boss')).json.items[0];
  assert.equal(seen.grants.length, 16);
  assert.ok(!seen.grants.some((g) => g.org_id === org('浙江省').id));

  // an operator on the server fixes it with the CLI; then the account is whole again and
  // still not the street admin's (its province grant is outside the street)
  const rv = runCli(['user', 'revoke', '--db', srv.db, '--login', 'hidden-boss', '--role', 'mediator', '--org', String(org('城中街道').id)]);
  assert.equal(rv.status, 0, rv.stderr);
  const again = runCli(['user', 'revoke', '--db', srv.db, '--login', 'hidden-boss', '--role', 'mediator', '--org', String(org('城中街道').id)]);
  assert.notEqual(again.status, 0);
  assert.match(again.stderr, /no such grant/);
  assertError(await as('town-admin').patch(`/users/${u.json.id}`, { password: 'taken-over-by-town' }), 404, 'not_found');
  const s = await srv.login('hidden-boss', 'hidden-boss-pass');
  assert.ok(s.user.grants.some((g) => g.role === 'admin' && g.org_id === org('浙江省').id));
  assert.equal(s.user.grants.length, 16);
});

test('GET /users shows only the grants inside the caller\'s scope', async () => {
  const both = await as('admin').post('/users', {
    login: 'two-stations', name: '两所民警', password: 'two-stations-pass',
    grants: [{ role: 'officer', org_id: org('城中派出所').id }, { role: 'officer', org_id: org('西关派出所').id }],
  });
  assert.equal(both.status, 201, both.text);
  const byLeader = (await as('cz-leader').get('/users?q=two-stations')).json.items;
  assert.equal(byLeader.length, 1);
  assert.deepEqual(byLeader[0].grants.map((g) => g.org_id), [org('城中派出所').id]);
  const byAdmin = (await as('admin').get('/users?q=two-stations')).json.items;
  assert.equal(byAdmin[0].grants.length, 2);
  // the demo admin (province) is listed to the station leader? Only through a grant inside
  // the station — it holds none, so it is not listed at all
  const all = await listAll(srv, S['cz-leader'], `${API}/users`);
  assert.ok(!all.some((x) => x.login === 'admin'));
  for (const x of all) {
    for (const g of x.grants) assert.equal(g.org_id, org('城中派出所').id, `${x.login}: ${JSON.stringify(g)}`);
  }
});

test('GET /users pages with limit and an opaque cursor, past 500 users, without repeats', async () => {
  // 520 users in one street grid, written behind the server's back (hashing 520 passwords
  // over the API would take minutes)
  sql(`g=int(sys.argv[2])
for i in range(520):
    cur=c.execute("INSERT INTO users (login, name, pw_hash, disabled, created_at) VALUES (?, ?, 'x', 0, 0)", ("bulk-%03d" % i, "批量%d" % i))
    c.execute("INSERT INTO grants (user_id, role, org_id) VALUES (?, 'grid_worker', ?)", (cur.lastrowid, g))`, String(org('飘萍社区第三网格').id));
  const total = Number(sql('print(c.execute("SELECT count(*) FROM users").fetchone()[0])'));
  assert.ok(total > 520);

  const first = await getOk(srv, `${API}/users?limit=7`, S.admin);
  assert.equal(first.items.length, 7);
  assert.equal(typeof first.next_cursor, 'string');
  const second = await getOk(srv, `${API}/users?limit=7&cursor=${encodeURIComponent(first.next_cursor)}`, S.admin);
  assert.equal(second.items.length, 7);
  assert.ok(second.items[0].id > first.items[6].id);

  const all = await listAll(srv, S.admin, `${API}/users`);
  const ids = all.map((x) => x.id);
  assert.equal(new Set(ids).size, ids.length, 'no user twice');
  assert.equal(all.length, total, 'every user, none cut');
  const bulk = await listAll(srv, S['town-admin'], `${API}/users?q=bulk-`);
  assert.equal(bulk.length, 520);
  // the default page is LIM_LIST_DEFAULT (50) with a cursor
  const def = await getOk(srv, `${API}/users`, S.admin);
  assert.equal(def.items.length, 50);
  assert.equal(typeof def.next_cursor, 'string');
  // bad paging parameters
  assertError(await as('admin').get('/users?cursor=not-a-cursor'), 400, 'bad_request', 'cursor');
  const lim = await as('admin').get('/users?limit=0');
  assert.ok([400, 422].includes(lim.status), lim.text);
  const big = await as('admin').get('/users?limit=201');
  assert.ok([400, 422].includes(big.status), big.text);
});
