// Indicator breakdowns hold at most 64 groups; the 64th gathers every category beyond the first
// 63 (其他（合并）), so a breakdown never drops a case: its groups add up to the total.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, getOk } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

let srv;
let w;
before(async () => { srv = await startServer(); w = await eventWorld(srv); });
after(() => srv && srv.stop());

test('70 categories with events: 63 groups and one that gathers the rest; nothing is lost', async () => {
  const pt = w.pointIn('将军社区第一网格');
  for (let i = 0; i < 70; i++) {
    const top = `RZ${String(i).padStart(2, '0')}`;
    let r = await w.raw('admin', 'POST', `${API}/categories`, { body: { code: top, name: `合并测试${i}`, platform: 'bianmin' } });
    assert.equal(r.status, 201, r.text);
    r = await w.raw('admin', 'POST', `${API}/categories`, {
      body: { code: `${top}01`, name: `合并测试小类${i}`, parent: top, platform: 'bianmin', accept_hours: 2, handle_days: 3 },
    });
    assert.equal(r.status, 201, r.text);
    await w.report('grid-worker', { category: `${top}01`, ...pt });
  }
  const j = await getOk(srv, `${API}/indicators`, w.S.admin);
  const total = j.indicators.find((x) => x.code === 'reported').value;
  assert.ok(total >= 70, `at least the 70 new events are counted (${total})`);
  assert.equal(j.by_category.length, 64, 'a breakdown holds 64 groups at most');
  const rest = j.by_category[63];
  assert.equal(rest.code, '_rest');
  assert.equal(rest.name, '其他（合并）');
  assert.ok(rest.reported >= 1, 'the rest group holds the categories beyond 63');
  const sum = j.by_category.reduce((s, c) => s + c.reported, 0);
  assert.equal(sum, total, 'the groups add up to the total: no case is dropped');
});
