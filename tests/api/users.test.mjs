// User administration: create with grants, log in, refusals, grants, disabling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, orgsByName, listAll } from './lib.mjs';

let srv;
const S = {};
let orgs;

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'xg-leader']) S[u] = await srv.login(u);
  orgs = await orgsByName(srv, S.admin);
});
after(async () => { await srv?.stop(); });

const createUser = (who, body) => srv.api('POST', `${API}/users`, { token: S[who].token, body });
const userCount = async () => (await getOk(srv, `${API}/users`, S.admin)).items.length;
let seq = 0;
const newLogin = () => `u${process.pid % 10000}-${Date.now() % 100000}-${++seq}`;

test('admin creates a user with a grant; the user logs in and has that scope', async () => {
  const n0 = await userCount();
  const login = newLogin();
  const station = orgs.get('城中派出所');
  const r = await createUser('admin', {
    login, name: '赵辅警', password: 'a-new-password-1', grants: [{ role: 'auxiliary', org_id: station.id }],
  });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.login, login);
  assert.equal(r.json.name, '赵辅警');
  assert.equal(r.json.disabled, false);
  assert.ok(Number.isInteger(r.json.id));
  assert.equal(r.json.grants.length, 1);
  assert.equal(r.json.grants[0].role, 'auxiliary');
  assert.equal(r.json.grants[0].org_id, station.id);
  assert.equal(r.json.grants[0].org_name, '城中派出所');
  assert.ok(!JSON.stringify(r.json).includes('a-new-password-1'), 'the password is not echoed');
  assert.equal(await userCount(), n0 + 1);

  const s = await srv.login(login, 'a-new-password-1');
  assert.equal(s.user.id, r.json.id);
  const me = await getOk(srv, `${API}/me`, s);
  assert.equal(me.login, login);
  const myOrgs = await getOk(srv, `${API}/orgs`, s);
  assert.equal(myOrgs.items[0].id, station.id);
  // And can post on the board there.
  const p = await srv.api('POST', `${API}/cases`, { token: s.token, body: { type: 'suggestion', title: '新同事的建议' } });
  assert.equal(p.status, 201, p.text);
  assert.equal(p.json.org_id, station.id);
  assert.equal(p.json.reporter_id, r.json.id);
  // The wrong password still fails for the new user.
  const bad = await srv.api('POST', `${API}/session`, { body: { login, password: 'a-new-password-2' } });
  assertError(bad, 401, 'invalid_credentials');
});

test('non-admins cannot create users (403), and nothing is created', async () => {
  const n0 = await userCount();
  const body = { login: newLogin(), name: 'x', password: 'password-123', grants: [{ role: 'officer', org_id: orgs.get('城中派出所').id }] };
  assertError(await createUser('cz-leader', body), 403, 'forbidden');
  assertError(await createUser('cz-officer', body), 403, 'forbidden');
  assert.equal(await userCount(), n0);
  const login = await srv.api('POST', `${API}/session`, { body: { login: body.login, password: body.password } });
  assertError(login, 401, 'invalid_credentials');
});

test('duplicate login → 409 conflict', async () => {
  const n0 = await userCount();
  assertError(await createUser('admin', { login: 'cz-officer', name: '冒名', password: 'password-123' }), 409, 'conflict');
  assert.equal(await userCount(), n0);
  // The existing account is untouched: its demo password still works.
  const s = await srv.login('cz-officer');
  assert.equal(s.user.id, S['cz-officer'].user.id);
});

test('login and password rules → 422 naming the field', async () => {
  const n0 = await userCount();
  const cases = [
    [{ login: 'A', name: 'x', password: 'password-123' }, 'login'],
    [{ login: 'Has Space', name: 'x', password: 'password-123' }, 'login'],
    [{ login: 'UPPER', name: 'x', password: 'password-123' }, 'login'],
    [{ login: 'x'.repeat(65), name: 'x', password: 'password-123' }, 'login'],
    [{ login: '中文名', name: 'x', password: 'password-123' }, 'login'],
    [{ login: newLogin(), name: 'x', password: 'short' }, 'password'],
    [{ login: newLogin(), name: 'x', password: 'nine-char' }, 'password'],
    [{ login: newLogin(), name: 'x', password: '1234567890' }, 'password'],       // common
    [{ login: newLogin(), name: 'x', password: 'QWERTYUIOP' }, 'password'],       // common, any case
    [{ login: 'same-as-login', name: 'x', password: 'Same-As-Login' }, 'password'],
    [{ login: 'Bad Login<script>', name: 'x', password: 'password-123' }, 'login'],
    [{ login: newLogin(), name: 'x', password: 'p'.repeat(129) }, 'password'],
    [{ login: newLogin(), name: 'x', password: 12345678 }, 'password'],
    [{ login: newLogin(), password: 'password-123' }, 'name'],
    [{ login: newLogin(), name: 'x', password: 'password-123', role: 'admin' }, 'role'],
  ];
  for (const [body, field] of cases) {
    assertError(await createUser('admin', body), 422, undefined, field);
  }
  const badGrant = await createUser('admin', { login: newLogin(), name: 'x', password: 'password-123', grants: [{ role: 'emperor', org_id: orgs.get('城中派出所').id }] });
  assert.equal(badGrant.status, 422, badGrant.text);
  const badOrg = await createUser('admin', { login: newLogin(), name: 'x', password: 'password-123', grants: [{ role: 'officer', org_id: 999999999 }] });
  assert.ok([404, 422].includes(badOrg.status), badOrg.text);
  assert.equal(await userCount(), n0);
  // The edges are fine: 2-character login, 10- and 128-character passwords.
  const edge = 'zz';
  const ok = await createUser('admin', { login: edge, name: '边界', password: '1234567z90' });
  assert.equal(ok.status, 201, ok.text);
  const ok2 = await createUser('admin', { login: `${newLogin()}.a_b-c`, name: '边界2', password: 'p'.repeat(128) });
  assert.equal(ok2.status, 201, ok2.text);
  await srv.login(edge, '1234567z90');
});

test('GET /users: admin and leaders only, narrowed by org_id and q', async () => {
  assertError(await srv.api('GET', `${API}/users`, { token: S['cz-officer'].token }), 403, 'forbidden');
  const all = await getOk(srv, `${API}/users`, S.admin);
  const logins = all.items.map((u) => u.login);
  for (const l of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-officer', 'xg-leader', 'grid-worker', 'operator']) {
    assert.ok(logins.includes(l), `${l} listed for the admin`);
  }
  const xg = await getOk(srv, `${API}/users?org_id=${orgs.get('西关派出所').id}`, S.admin);
  const xgLogins = xg.items.map((u) => u.login);
  assert.ok(xgLogins.includes('xg-officer') && xgLogins.includes('xg-leader'));
  assert.ok(!xgLogins.includes('cz-officer'));
  const q = await getOk(srv, `${API}/users?q=cz-o`, S.admin);
  assert.ok(q.items.some((u) => u.login === 'cz-officer'));
  assert.ok(q.items.every((u) => u.login.includes('cz-o') || u.name.includes('cz-o')));
  const qName = await getOk(srv, `${API}/users?q=${encodeURIComponent(S['cz-officer'].user.name)}`, S.admin);
  assert.ok(qName.items.some((u) => u.login === 'cz-officer'), 'q matches the name too');
});

test('grants: add and remove change what the user sees', async () => {
  const login = newLogin();
  const cz = orgs.get('城中派出所');
  const xg = orgs.get('西关派出所');
  const u = await createUser('admin', { login, name: '两所民警', password: 'password-123', grants: [{ role: 'officer', org_id: cz.id }] });
  assert.equal(u.status, 201, u.text);
  const add = await srv.api('POST', `${API}/users/${u.json.id}/grants`, { token: S.admin.token, body: { role: 'officer', org_id: xg.id } });
  assert.equal(add.status, 201, add.text);
  assert.equal(add.json.grants.length, 2);
  const s = await srv.login(login, 'password-123');
  const seen = (await getOk(srv, `${API}/orgs`, s)).items.map((o) => o.name);
  assert.ok(seen.includes('城中派出所') && seen.includes('西关派出所'));
  const xgCase = (await listAll(srv, S.admin, `${API}/cases?org_id=${xg.id}`))[0];
  assert.equal((await srv.api('GET', `${API}/cases/${xgCase.id}`, { token: s.token })).status, 200);

  const g = add.json.grants.find((x) => x.org_id === xg.id);
  const del = await srv.api('DELETE', `${API}/users/${u.json.id}/grants/${g.id}`, { token: S.admin.token });
  assert.equal(del.status, 200, del.text);
  assert.deepEqual(del.json.grants.map((x) => x.org_id), [cz.id]);
  assertError(await srv.api('GET', `${API}/cases/${xgCase.id}`, { token: s.token }), 404, 'not_found');

  // Only the admin manages grants.
  assertError(await srv.api('POST', `${API}/users/${u.json.id}/grants`, { token: S['cz-leader'].token, body: { role: 'leader', org_id: cz.id } }), 403, 'forbidden');
  const after = await getOk(srv, `${API}/users?q=${login}`, S.admin);
  assert.equal(after.items.find((x) => x.login === login).grants.length, 1);
});

test('PATCH /users: rename, new password, disable ends sessions', async () => {
  const login = newLogin();
  const u = await createUser('admin', { login, name: '旧名', password: 'password-123', grants: [{ role: 'officer', org_id: orgs.get('城中派出所').id }] });
  assert.equal(u.status, 201, u.text);
  const s = await srv.login(login, 'password-123');

  assertError(await srv.api('PATCH', `${API}/users/${u.json.id}`, { token: S['cz-leader'].token, body: { name: '越权' } }), 403, 'forbidden');
  const ren = await srv.api('PATCH', `${API}/users/${u.json.id}`, { token: S.admin.token, body: { name: '新名' } });
  assert.equal(ren.status, 200, ren.text);
  assert.equal(ren.json.name, '新名');
  assert.equal((await getOk(srv, `${API}/me`, s)).name, '新名');

  // a new password meets the same rules: nothing changes when it does not
  for (const bad of ['short-pw', 'qwertyuiop', login.toUpperCase()]) {
    assertError(await srv.api('PATCH', `${API}/users/${u.json.id}`, { token: S.admin.token, body: { password: bad, name: '不应改名' } }), 422, 'invalid_value', 'password');
  }
  assert.equal((await getOk(srv, `${API}/me`, s)).name, '新名');
  const pw = await srv.api('PATCH', `${API}/users/${u.json.id}`, { token: S.admin.token, body: { password: 'another-pass-456' } });
  assert.equal(pw.status, 200, pw.text);
  assertError(await srv.api('POST', `${API}/session`, { body: { login, password: 'password-123' } }), 401, 'invalid_credentials');
  const s2 = await srv.login(login, 'another-pass-456');

  const dis = await srv.api('PATCH', `${API}/users/${u.json.id}`, { token: S.admin.token, body: { disabled: true } });
  assert.equal(dis.status, 200, dis.text);
  assert.equal(dis.json.disabled, true);
  assertError(await srv.api('GET', `${API}/me`, { token: s.token }), 401, 'unauthorized');
  assertError(await srv.api('GET', `${API}/me`, { token: s2.token }), 401, 'unauthorized');
  const again = await srv.api('POST', `${API}/session`, { body: { login, password: 'another-pass-456' } });
  assert.ok([401, 403].includes(again.status), `a disabled user cannot log in: ${again.status} ${again.text}`);
  assert.ok(!again.json?.token);

  assertError(await srv.api('PATCH', `${API}/users/${u.json.id}`, { token: S.admin.token, body: { login: 'renamed' } }), 422, 'unknown_field', 'login');
  assertError(await srv.api('PATCH', `${API}/users/999999999`, { token: S.admin.token, body: { name: 'x' } }), 404, 'not_found');
});
