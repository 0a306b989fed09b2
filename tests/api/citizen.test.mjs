// Staff-only routes answer 403 to citizens (群众). The list of routes comes from the route
// table itself (`pingan routes`, its role column), so a route marked for staff is checked
// here without a copy of the table; the supervision queue and the indicators are named too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, runCli, API, assertError, getOk } from './lib.mjs';

let srv;
const S = {};
before(async () => {
  srv = await startServer();
  for (const u of ['citizen', 'cz-officer', 'admin']) S[u] = await srv.login(u);
});
after(async () => { await srv?.stop(); });

/** {method, path, roles} of every route in the table. */
function routeTable() {
  const r = runCli(['routes']);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((x) => ({ method: x.method, path: x.pattern, roles: x.roles }));
}
const STAFF = ['admin', 'leader', 'officer', 'auxiliary', 'grid_worker', 'operator', 'handler', 'mediator'];

test('the route table marks the staff-only routes', () => {
  const rt = routeTable();
  assert.ok(rt.length > 20, `parsed ${rt.length} routes`);
  const roles = (m, p) => rt.find((r) => r.method === m && r.path === p)?.roles;
  for (const p of ['/api/v1/indicators', '/api/v1/supervision']) {
    assert.deepEqual([...roles('GET', p)].sort(), [...STAFF].sort(), `${p} is staff-only`);
  }
});

test('every route with a role requirement that excludes citizens answers 403 to a citizen', async () => {
  const limited = routeTable().filter((r) => r.roles.length && !r.roles.includes('citizen'));
  assert.ok(limited.length >= 8, JSON.stringify(limited));
  for (const r of limited) {
    const p = r.path.replace(/\{[^}]+\}/g, '1');
    const opts = { token: S.citizen.token };
    if (['POST', 'PUT', 'PATCH'].includes(r.method)) opts.body = {};
    const res = await srv.api(r.method, p, opts);
    assertError(res, 403, 'forbidden');
  }
});

test('a citizen gets 403 from the indicators and the supervision queue; staff get 200', async () => {
  for (const p of ['/indicators', '/supervision', '/holidays']) {
    assertError(await srv.api('GET', `${API}${p}`, { token: S.citizen.token }), 403, 'forbidden');
    await getOk(srv, `${API}${p}`, S['cz-officer']);
  }
});

test('what a citizen needs stays open: reporting, own cases, categories, grids, notifications', async () => {
  for (const p of ['/me', '/cases', '/categories?type=event', '/grids', '/types', '/notifications', '/orgs']) {
    const r = await srv.api('GET', `${API}${p}`, { token: S.citizen.token });
    assert.equal(r.status, 200, `${p}: ${r.status} ${r.text}`);
  }
});
