// GET /api/v1/places: the names (and, with shapes=1, the outlines) of the places a report can be
// made in, for anyone signed in — a citizen sees no grids through /grids (scope-filtered) but must
// still be able to say where something happened. Names only: no counts, no police or departments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, orgsByName } from './lib.mjs';

let srv;
let citizen;
let admin;
let orgs; // name → org, as the admin sees them

before(async () => {
  srv = await startServer();
  citizen = await srv.login('citizen');
  admin = await srv.login('admin');
  orgs = await orgsByName(srv, admin);
});
after(() => srv && srv.stop());

test('a citizen sees no grids in scope, but the places under the district by name', async () => {
  const grids = await getOk(srv, `${API}/grids`, citizen);
  assert.equal(grids.features.filter((f) => f.properties.kind === 'grid').length, 0, 'the scope-filtered list stays empty');

  const county = orgs.get('婺城区');
  const top = await getOk(srv, `${API}/places?parent_id=${county.id}`, citizen);
  const names = top.items.map((p) => p.name);
  assert.ok(names.includes('城中街道') && names.includes('西关街道'), `townships listed: ${names}`);
  assert.ok(!names.includes('婺城公安分局'), 'no police units in the place picker');
  assert.equal(top.truncated, false);
  for (const p of top.items) {
    assert.deepEqual(Object.keys(p).sort(), ['has_shape', 'id', 'kind', 'name'], 'names only, no counts');
  }

  const town = top.items.find((p) => p.name === '城中街道');
  const comms = await getOk(srv, `${API}/places?parent_id=${town.id}`, citizen);
  assert.ok(comms.items.some((p) => p.name === '将军社区' && p.kind === 'community'));
  assert.ok(!comms.items.some((p) => p.kind === 'department'), 'departments are not places');
  const jj = comms.items.find((p) => p.name === '将军社区');
  const gridsOf = await getOk(srv, `${API}/places?parent_id=${jj.id}`, citizen);
  assert.deepEqual(gridsOf.items.map((p) => p.kind), ['grid', 'grid', 'grid']);
  assert.ok(gridsOf.items.every((p) => p.has_shape));
});

test('shapes=1 answers the outlines of the communities and grids below a place, without counts', async () => {
  const county = orgs.get('婺城区');
  const fc = await getOk(srv, `${API}/places?parent_id=${county.id}&shapes=1`, citizen);
  assert.equal(fc.type, 'FeatureCollection');
  const grid = fc.features.find((f) => f.properties.name === '将军社区第一网格');
  assert.ok(grid, 'the grid is drawn');
  assert.equal(grid.geometry.type, 'Polygon');
  assert.equal(grid.properties.kind, 'grid');
  assert.equal(grid.properties.open_events, undefined, 'no counts');
  assert.ok(fc.features.every((f) => ['grid', 'community'].includes(f.properties.kind)));
  // Only what lies below the place asked for.
  const town = orgs.get('西关街道');
  const xg = await getOk(srv, `${API}/places?parent_id=${town.id}&shapes=1`, citizen);
  assert.ok(xg.features.length > 0);
  assert.ok(!xg.features.some((f) => f.properties.name.startsWith('将军社区')), 'another township is not included');
});

test('bad parameters are refused', async () => {
  assertError(await srv.api('GET', `${API}/places?parent_id=abc`, { token: citizen.token }), 400, 'bad_request', 'parent_id');
  assertError(await srv.api('GET', `${API}/places?parent_id=99999`, { token: citizen.token }), 404, 'not_found', 'parent_id');
  assertError(await srv.api('GET', `${API}/places?shapes=1`, { token: citizen.token }), 422, 'invalid_value', 'parent_id');
  assertError(await srv.api('GET', `${API}/places?shapes=2&parent_id=1`, { token: citizen.token }), 422, 'invalid_value', 'shapes');
  assert.equal((await srv.api('GET', `${API}/places`)).status, 401, 'signed-in users only');
});
