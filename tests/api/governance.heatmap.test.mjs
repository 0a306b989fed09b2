// The grid map's risk heat layer (风险热力, issue #12 §5) through the platform's map_heat: GET
// /types names the levels, GET /grids counts each unit's open risks by level (a community with
// its grids'), a resolved risk leaves the count, and scope holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, getOk, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'operator', 'street-leader', 'xg-operator'];
let srv;
let w;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, USERS);
});
after(async () => { await srv?.stop(); });

async function layer(who, name) {
  const fc = await getOk(srv, `${API}/grids`, w.S[who]);
  const f = fc.features.find((x) => x.properties.name === name);
  if (!f) return null;
  const l = f.properties.layers?.risk ?? { total: 0, counts: {} };
  return { total: l.total, red: l.counts.red ?? 0, orange: l.counts.orange ?? 0, yellow: l.counts.yellow ?? 0, blue: l.counts.blue ?? 0 };
}
async function risk(who, org, likelihood, impact) {
  const r = await srv.api('POST', `${API}/cases`, { token: w.S[who].token, body: {
    type: 'risk', title: unique('风险'), category: 'public_safety', source: 'patrol', org_id: w.org(org).id, likelihood, impact } });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

test('GET /types: the risk layer\'s levels, most severe first; other types have none', async () => {
  const types = await getOk(srv, `${API}/types`, w.S.operator);
  const r = types.items ? types.items.find((x) => x.type === 'risk') : types.find((x) => x.type === 'risk');
  assert.equal(r.map_heat.field, 'level');
  assert.deepEqual(r.map_heat.levels.map((l) => l.code), ['red', 'orange', 'yellow', 'blue']);
  assert.equal(r.map_heat.levels[0].name_zh, '红色（重大）');
  const ev = types.items ? types.items.find((x) => x.type === 'event') : types.find((x) => x.type === 'event');
  assert.equal(ev.map_heat, null);
});

test('GET /grids: open risks per unit and level, a community with its grids; resolved ones leave', async () => {
  const g0 = await layer('operator', '飘萍社区第一网格');
  const c0 = await layer('operator', '飘萍社区');
  const red = await risk('operator', '飘萍社区第一网格', 5, 5);
  await risk('operator', '飘萍社区', 1, 1);
  const g1 = await layer('operator', '飘萍社区第一网格');
  const c1 = await layer('operator', '飘萍社区');
  assert.deepEqual(g1, { ...g0, total: g0.total + 1, red: g0.red + 1 }, 'the grid: one more red');
  assert.deepEqual(c1, { ...c0, total: c0.total + 2, red: c0.red + 1, blue: c0.blue + 1 }, 'the community: its own blue and its grid\'s red');
  // another township's operator sees neither unit on its map
  assert.equal(await layer('xg-operator', '飘萍社区'), null);
  // resolved: no longer open, no longer counted
  await w.act('street-leader', red.id, { action: 'assess', fields: { likelihood: 5, impact: 5 } }, 'assessed');
  await w.act('street-leader', red.id, { action: 'resolve', note: '已整改销号' }, 'resolved');
  assert.deepEqual(await layer('operator', '飘萍社区第一网格'), g0);
});
