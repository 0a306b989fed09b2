// Lost and found: the order of candidates with equal points (候选排序) is a property of each pair
// — the better fit in time, then the nearer place, then the lower case id — never the order in
// which the items were registered. Each registration order runs on a fresh database, so the
// case ids (the last key) follow the order registered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API } from './lib.mjs';

const ago = (min) => new Date(Date.now() - min * 60000).toISOString();

async function create(srv, tok, body) {
  const r = await srv.api('POST', `${API}/cases`, { token: tok, body });
  assert.equal(r.status, 201, `create: ${r.status} ${r.text}`);
  return r.json;
}

// Two found items that are the same thing in every word the matcher reads, each registered
// with its own time and place; then the lost report. Returns the report's candidates and the
// ids of the two items by name.
async function register(order, a, b, lost) {
  const srv = await startServer();
  try {
    const tok = (await srv.login('cz-officer')).token;
    const ids = {};
    for (const [name, body] of order === 'a-first' ? [['a', a], ['b', b]] : [['b', b], ['a', a]])
      ids[name] = (await create(srv, tok, body)).id;
    const L = await create(srv, tok, lost);
    const r = await srv.api('GET', `${API}/cases/${L.id}/matches`, { token: tok });
    assert.equal(r.status, 200, r.text);
    // a found item registered after the report keeps it from its own side: the same order
    const late = await create(srv, tok, { ...b, body: b.body });
    const r2 = await srv.api('GET', `${API}/cases/${L.id}/matches`, { token: tok });
    assert.equal(r2.status, 200, r2.text);
    return { items: r.json.items, ids, late: late.id, after: r2.json.items };
  } finally {
    await srv.stop();
  }
}

const keysFound = (extra) => ({
  type: 'found', category: 'keys', body: '捡到一串钥匙，挂着一个蓝色的小海豚挂件',
  marks: '蓝色小海豚挂件', storage_place: '值班室B柜', ...extra,
});
const keysLost = {
  type: 'lost', category: 'keys', body: '丢了一串钥匙，上面挂着蓝色小海豚挂件',
  marks: '蓝色小海豚挂件', lost_from: ago(300), lost_to: ago(240),
};

test('equal points: the found item inside the loss window ranks before one found after it, whichever was registered first', async () => {
  // both earn the time factor's full points (inside the window; within two hours after it)
  const a = keysFound({ found_at: ago(260) });
  const b = keysFound({ found_at: ago(200) });
  const firsts = [];
  for (const order of ['a-first', 'b-first']) {
    const { items, ids, late, after } = await register(order, a, b, keysLost);
    const pa = items.find((i) => i.case_id === ids.a), pb = items.find((i) => i.case_id === ids.b);
    assert.ok(pa && pb, `${order}: both are candidates ${JSON.stringify(items)}`);
    assert.equal(pa.score, pb.score, `${order}: the two score alike (the tie this test is about)`);
    assert.equal(items[0].case_id, ids.a, `${order}: inside the window first`);
    // a third of the same kind found later still (same points): it ranks after both
    const pl = after.find((i) => i.case_id === late);
    assert.ok(pl && pl.score === pa.score, `${order}: the late one ties too ${JSON.stringify(after)}`);
    assert.deepEqual(after.slice(0, 3).map((i) => i.case_id), [ids.a, Math.min(ids.b, late), Math.max(ids.b, late)],
      `${order}: after a, the two found after the window by their ids (same gap)`);
    firsts.push(items.map((i) => i.case_id === ids.a ? 'a' : i.case_id === ids.b ? 'b' : i.case_id));
  }
  assert.deepEqual(firsts[0], firsts[1], 'the same order either way');
});

test('equal points and time fit: the nearer place ranks first, whichever was registered first', async () => {
  // one found time for both; both within 150 m of the loss (the place factor's full points)
  const a = keysFound({ found_at: ago(200), lat: 29.08055, lon: 119.64705 });   // about 10 m
  const b = keysFound({ found_at: ago(200), lat: 29.08135, lon: 119.64700 });   // about 95 m
  const lost = { ...keysLost, lat: 29.0805, lon: 119.6470 };
  for (const order of ['a-first', 'b-first']) {
    const { items, ids } = await register(order, a, b, lost);
    const pa = items.find((i) => i.case_id === ids.a), pb = items.find((i) => i.case_id === ids.b);
    assert.ok(pa && pb, `${order}: both are candidates ${JSON.stringify(items)}`);
    assert.equal(pa.score, pb.score, `${order}: the two score alike`);
    assert.equal(items[0].case_id, ids.a, `${order}: the nearer first`);
    assert.equal(items[1].case_id, ids.b, `${order}: then the farther`);
  }
});
