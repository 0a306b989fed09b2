// The demo's history reads in time order (demo.h, demo_history_seed): every seeder's cases come
// from one job list run oldest first, so across the whole demo a case made later has a larger
// id. A job's own later steps (a help request a visit opened seconds after it) may overlap the
// next job by seconds, never by more than a minute.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, listAll } from './lib.mjs';

let srv;
let admin;
before(async () => {
  srv = await startServer();
  admin = await srv.login('admin');
});
after(async () => { await srv?.stop(); });

test('case ids grow with creation time across every demo seeder', async () => {
  const all = (await listAll(srv, admin, `${API}/cases`)).sort((a, b) => a.id - b.id);
  const types = new Set(all.map((c) => c.type));
  for (const t of ['incident', 'commendation', 'suggestion', 'event', 'dispute', 'risk', 'complaint', 'campaign', 'patrol', 'handover']) {
    assert.ok(types.has(t), `the demo holds ${t} cases`);
  }
  const late = [];
  for (let i = 1; i < all.length; i++) {
    const back = Date.parse(all[i - 1].created_at) - Date.parse(all[i].created_at);
    if (back > 60 * 1000) late.push(`${all[i - 1].code} (${all[i - 1].created_at}) before ${all[i].code} (${all[i].created_at})`);
  }
  assert.deepEqual(late, [], 'no case was made before one with a smaller id');
});
