// pingan bench-data --events: grid events for `make bench` that the rest of the server takes as
// its own (audit verify, the API, the scheduler), with the deadlines the scheduler's rule gives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, runCli, request, login, API, DEMO_PASSWORD } from './lib.mjs';

const N = 3000;
let dir;
let db;
let stats;

/** Runs a python3 sqlite3 script on the database; returns its stdout parsed as JSON. */
function pyJson(script) {
  const r = spawnSync('python3', ['-c', script, db], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, `python3: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pingan-benchdata-'));
  db = path.join(dir, 'b.db');
  const init = runCli(['init', '--db', db, '--demo'], { env: { PINGAN_DEMO_PASSWORD: DEMO_PASSWORD } });
  assert.equal(init.status, 0, init.stderr);
  const t0 = Date.now();
  const r = runCli(['bench-data', '--db', db, '--events', String(N), '--open-share', '40', '--seed', '7']);
  assert.equal(r.status, 0, `bench-data: ${r.stdout}${r.stderr}`);
  // what the generator wrote, read with SQLite itself
  stats = pyJson(`
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
q = lambda s, *a: c.execute(s, a).fetchall()
ev = "FROM cases WHERE type = 'event' AND code LIKE 'SJB%'"
out = {
  'n': q("SELECT COUNT(*) " + ev)[0][0],
  'statuses': dict(q("SELECT status, COUNT(*) " + ev + " GROUP BY status")),
  'open': q("SELECT COUNT(*) " + ev + " AND closed_at IS NULL")[0][0],
  'no_details': q("SELECT COUNT(*) " + ev + " AND id NOT IN (SELECT case_id FROM event_details)")[0][0],
  'bad_cat': q("SELECT COUNT(*) " + ev + " AND category NOT IN (SELECT code FROM categories WHERE parent IS NOT NULL AND case_type = 'event')")[0][0],
  'bad_org': q("SELECT COUNT(*) " + ev + " AND org_id NOT IN (SELECT id FROM orgs WHERE kind = 'grid')")[0][0],
  'grids': q("SELECT COUNT(DISTINCT org_id) " + ev)[0][0],
  'all_grids': q("SELECT COUNT(*) FROM orgs WHERE kind = 'grid'")[0][0],
  'created': q("SELECT MIN(created_at), MAX(created_at) " + ev)[0],
  'closed_stage': q("SELECT COUNT(*) " + ev + " AND closed_at IS NOT NULL AND (stage IS NOT NULL OR next_warn_at IS NOT NULL)")[0][0],
  'staged': q("SELECT id, stage_started_at, due_at, warn, next_warn_at " + ev + " AND stage IS NOT NULL"),
  'platform_mismatch': q("SELECT COUNT(*) FROM event_details d JOIN cases c ON c.id = d.case_id JOIN categories k ON k.code = c.category WHERE c.code LIKE 'SJB%' AND d.platform <> k.platform")[0][0],
  'timeline': q("SELECT COUNT(*) FROM timeline t JOIN cases c ON c.id = t.case_id WHERE c.code LIKE 'SJB%'")[0][0],
}
print(json.dumps(out))
`);
  stats.t0 = t0;
  stats.t1 = Date.now();
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('bench-data --events writes N events over every demo grid, with their side rows and timelines', () => {
  assert.equal(stats.n, N);
  assert.equal(stats.no_details, 0, 'every event has its event_details row');
  assert.equal(stats.bad_cat, 0, 'categories are sub-categories of the catalogue');
  assert.equal(stats.platform_mismatch, 0, 'the platform is the category\'s');
  assert.equal(stats.bad_org, 0, 'events are in grids');
  assert.equal(stats.grids, stats.all_grids, 'every grid has events');
  const year = 366 * 86400 * 1000;
  assert.ok(stats.created[0] >= stats.t0 - year && stats.created[1] <= stats.t1,
    `created_at within the last year: ${stats.created}`);
  assert.ok(stats.created[1] - stats.created[0] > 300 * 86400 * 1000, 'spread over the year');
  // a create row each, and an action row for each event that moved on from reported
  const reported = stats.statuses.reported || 0;
  assert.equal(stats.timeline, 2 * N - reported);
  // open about as asked (40%), and the statuses of a real workflow on both sides
  assert.ok(stats.open > N * 0.33 && stats.open < N * 0.47, `open ${stats.open} of ${N}`);
  for (const s of ['reported', 'accepted', 'dispatched', 'signed', 'handled', 'closed', 'settled', 'rejected'])
    assert.ok(stats.statuses[s] > 0, `some ${s}: ${JSON.stringify(stats.statuses)}`);
  assert.equal(stats.closed_stage, 0, 'a finished event has no running stage');
});

test('each running stage has the next warning instant of the scheduler\'s rule; about 1% are due', () => {
  const due = stats.staged.filter(([, , , , next]) => next !== null && next <= stats.t1);
  for (const [id, start, dueAt, warn, next] of stats.staged) {
    assert.ok(start <= stats.t1 && dueAt > start, `case ${id}: stage from ${start} to ${dueAt}`);
    // case_next_warn_at: yellow at 70% of the stage (rounded up), red after the deadline
    const want = warn === 'red' ? null : warn === 'yellow' ? dueAt + 1
      : start + Math.floor(((dueAt - start) * 700 + 999) / 1000);
    assert.equal(next, want, `case ${id} (${warn}): next_warn_at`);
  }
  assert.ok(stats.staged.length > 300, `staged ${stats.staged.length}`);
  assert.ok(due.length >= 1 && due.length < stats.staged.length * 0.05,
    `due ${due.length} of ${stats.staged.length}`);
});

test('audit verify accepts the generated chains; the scheduler marks the due ones, then little', async () => {
  const v = runCli(['audit', 'verify', '--db', db]);
  assert.equal(v.status, 0, `audit verify: ${v.stdout}${v.stderr}`);
  const srv = await startServer({ dir, db }, { args: ['--sla-interval', '86400'] });
  try {
    const admin = await login(srv.base, 'admin');
    const due = pyJson(`
import json, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1])
print(json.dumps(c.execute("SELECT COUNT(*) FROM cases WHERE next_warn_at <= ?", (int(time.time() * 1000),)).fetchone()[0]))
`);
    const t1 = await request(srv.base, 'POST', `${API}/admin/sla-tick`, { token: admin.token });
    assert.equal(t1.status, 200, t1.text);
    assert.ok(t1.json.changed >= due, `first pass marked ${t1.json.changed}, ${due} were due`);
    const t2 = await request(srv.base, 'POST', `${API}/admin/sla-tick`, { token: admin.token });
    assert.ok(t2.json.changed < t1.json.changed, `second pass ${t2.json.changed}`);
    // the list API reads them like any event
    const l = await request(srv.base, 'GET', `${API}/cases?type=event&status=signed&limit=50`, { token: admin.token });
    assert.equal(l.status, 200, l.text);
    assert.equal(l.json.items.length, 50);
    assert.ok(l.json.items.every((c) => c.status === 'signed' && c.assignee_id), 'signed events have their handler');
  } finally {
    assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null }, 'clean stop');
  }
  const v2 = runCli(['audit', 'verify', '--db', db]);
  assert.equal(v2.status, 0, `audit verify after the ticks: ${v2.stdout}${v2.stderr}`);
});

test('bench-data refuses a share outside 0-100 and writes nothing', () => {
  const before = stats.n;
  const r = runCli(['bench-data', '--db', db, '--events', '10', '--open-share', '101']);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /--open-share/);
  const n = pyJson(`
import json, sqlite3, sys
print(json.dumps(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM cases WHERE code LIKE 'SJB%'").fetchone()[0]))
`);
  assert.equal(n, before);
});
