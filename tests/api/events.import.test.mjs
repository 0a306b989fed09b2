// `pingan import grids`: what it imports, what it refuses and why, all-or-nothing unless
// --skip-errors, and a running server places events in the new grids without a restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import path from 'node:path';
import { startServer, runCli, API } from './lib.mjs';

let srv;
let admin;

// A rectangle as a GeoJSON polygon ring, counter-clockwise, closed.
const rect = (x0, y0, x1, y1) => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});
const feature = (props, geometry) => ({ type: 'Feature', properties: props, geometry });
const collection = (features) => ({ type: 'FeatureCollection', features });

// New grids far west of the demo ones (lon 119.60-119.62), so no demo grid overlaps them.
const good = [
  feature({ name: '测试社区', code: 'T-C1', parent: '330702002', kind: 'community' },
    rect(119.60, 29.07, 119.62, 29.09)),
  feature({ name: '测试社区第一网格', code: 'T-C1-G1', parent: 'T-C1' }, rect(119.60, 29.07, 119.61, 29.09)),
  feature({ name: '测试社区第二网格', code: 'T-C1-G2', parent: 'T-C1' }, rect(119.61, 29.07, 119.62, 29.09)),
];

function writeJson(name, doc) {
  const f = path.join(srv.dir, name);
  writeFileSync(f, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return f;
}

async function locate(lat, lon) {
  return admin.get(`${API}/grids/locate?lat=${lat}&lon=${lon}`);
}

before(async () => {
  srv = await startServer();
  const s = await srv.login('admin');
  admin = {
    get: (p) => srv.api('GET', p, { token: s.token }),
    post: (p, body) => srv.api('POST', p, { token: s.token, body }),
  };
});
after(async () => { await srv?.stop(); });

test('a file with refused features imports nothing, and says why for each', async () => {
  const bad = collection([
    feature({ name: '好网格', code: 'T-OK', parent: '330702002' }, rect(119.58, 29.07, 119.59, 29.09)),
    feature({ name: '未闭合', code: 'T-OPEN', parent: '330702002' },
      { type: 'Polygon', coordinates: [[[119.5, 29.0], [119.51, 29.0], [119.51, 29.01], [119.5, 29.01]]] }),
    feature({ name: '无上级', code: 'T-ORPHAN', parent: 'NO-SUCH-UNIT' }, rect(119.56, 29.07, 119.57, 29.09)),
    feature({ name: '重复', code: '330702001001-G01', parent: '330702001001' }, rect(119.55, 29.07, 119.555, 29.09)),
  ]);
  const r = runCli(['import', 'grids', '--db', srv.db, writeJson('bad.geojson', bad)]);
  assert.notEqual(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.signal, null);
  assert.match(r.stdout, /T-OPEN.*end where it starts/);
  assert.match(r.stdout, /T-ORPHAN.*unknown parent/);
  assert.match(r.stdout, /330702001001-G01.*duplicate code/);
  assert.match(r.stdout, /imported nothing: 3 of 4/);
  // the one good feature was not imported either
  assert.equal((await locate(29.08, 119.585)).status, 404);
  const orgs = await admin.get(`${API}/orgs`);
  assert.ok(!orgs.json.items.some((o) => o.code === 'T-OK'));
});

test('--skip-errors imports the good features and lists the refused ones', async () => {
  const mixed = collection([
    feature({ name: '好网格二', code: 'T-OK2', parent: '330702002' }, rect(119.57, 29.07, 119.575, 29.09)),
    feature({ name: '坏几何', code: 'T-BAD', parent: '330702002' }, { type: 'Point', coordinates: [119.5, 29.0] }),
  ]);
  const r = runCli(['import', 'grids', '--db', srv.db, '--skip-errors', writeJson('mixed.geojson', mixed)]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /T-BAD.*Polygon or MultiPolygon/);
  assert.match(r.stdout, /imported 1 grids, refused 1/);
  const orgs = await admin.get(`${API}/orgs`);
  const ok2 = orgs.json.items.find((o) => o.code === 'T-OK2');
  assert.ok(ok2, 'the good grid is in the org tree');
  assert.equal(ok2.kind, 'grid');
  assert.ok(!orgs.json.items.some((o) => o.code === 'T-BAD'));
});

test('a community with its grids: the running server places points in them at once', async () => {
  const r = runCli(['import', 'grids', '--db', srv.db, writeJson('good.geojson', collection(good))]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /imported 3 grids/);
  const orgs = (await admin.get(`${API}/orgs`)).json.items;
  const c1 = orgs.find((o) => o.code === 'T-C1');
  const g1 = orgs.find((o) => o.code === 'T-C1-G1');
  const g2 = orgs.find((o) => o.code === 'T-C1-G2');
  assert.equal(c1.kind, 'community');
  assert.equal(g1.parent_id, c1.id);
  assert.equal(g2.parent_id, c1.id);

  // no restart: the index notices the new shapes; a point picks the grid, not the community
  const a = await locate(29.08, 119.605);
  assert.equal(a.status, 200);
  assert.equal(a.json.org_id, g1.id);
  const b = await locate(29.08, 119.615);
  assert.equal(b.json.org_id, g2.id);
  // the shared edge belongs to a grid (either), never to nothing
  const edge = await locate(29.08, 119.61);
  assert.ok([g1.id, g2.id].includes(edge.json.org_id));

  // the features come back from /grids with the org ids as Feature ids
  const fc = (await admin.get(`${API}/grids`)).json;
  const f1 = fc.features.find((f) => f.id === g1.id);
  assert.equal(f1.properties.code, 'T-C1-G1');
  assert.equal(f1.geometry.type, 'Polygon');

  // an event reported at a point inside is placed in that grid
  const cats = (await admin.get(`${API}/categories?type=event`)).json.items;
  const sub = cats.find((k) => k.parent !== null);
  const ev = await admin.post(`${API}/cases`, {
    type: 'event', title: '导入网格里的事件', category: sub.code, lat: 29.08, lon: 119.615,
  });
  assert.equal(ev.status, 201, JSON.stringify(ev.json));
  assert.equal(ev.json.org_id, g2.id);
});

test('not GeoJSON, not a FeatureCollection, a missing file: one line, non-zero, no crash', async () => {
  for (const [name, body, re] of [
    ['junk.geojson', '{"type": "Feature', /is not JSON/],
    ['point.geojson', { type: 'Point', coordinates: [1, 2] }, /not a GeoJSON FeatureCollection/],
  ]) {
    const r = runCli(['import', 'grids', '--db', srv.db, writeJson(name, body)]);
    assert.equal(r.status, 1, name);
    assert.equal(r.signal, null);
    assert.match(r.stdout + r.stderr, re);
  }
  const missing = runCli(['import', 'grids', '--db', srv.db, path.join(srv.dir, 'nope.geojson')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stdout + missing.stderr, /cannot open/);
  const usage = runCli(['import', 'rivers', '--db', srv.db, 'x']);
  assert.equal(usage.status, 2);
});

test('a file over the import cap (64 MiB) is refused whole before it is read', async () => {
  // a sparse file: 64 MiB + 1 byte on the disk's books, nothing written
  const big = path.join(srv.dir, 'big.geojson');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 64 * 1024 * 1024 + 1);
  closeSync(fd);
  const r = runCli(['import', 'grids', '--db', srv.db, big]);
  assert.equal(r.status, 1);
  assert.equal(r.signal, null);
  assert.match(r.stdout + r.stderr, /larger than 64 MiB/);
});
