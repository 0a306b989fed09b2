// The indicators read whole days from the summary event_stats (kept by triggers, 008_speed.sql)
// and only the rest from the events. This test compares every answer of that fast path with a
// recomputation event by event (a second server with PINGAN_INDICATORS_SCAN=1, on a copy of
// the database made after the fixture is written: `serve` allows one server per database) on
// a fixture of a year of bench-data events plus events walked
// through the workflow today (so that the triggers follow updates of cases and event_details),
// for several users, units, filters, day and week trends, and a period that does not start or
// end at midnight.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, runCli, request, API, DEMO_PASSWORD, chinaToday, unique } from './lib.mjs';
import { eventWorld, addDays } from './fixtures/events.mjs';

let dir;
let dir2;
let fast;
let scan;
let w;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pingan-indsum-'));
  const db = path.join(dir, 't.db');
  const init = runCli(['init', '--db', db, '--demo'], { env: { PINGAN_DEMO_PASSWORD: DEMO_PASSWORD }, timeout: 300000 });
  assert.equal(init.status, 0, init.stderr);
  const gen = runCli(['bench-data', '--db', db, '--events', '2000', '--open-share', '40', '--seed', '11'], { timeout: 300000 });
  assert.equal(gen.status, 0, `bench-data: ${gen.stdout}${gen.stderr}`);
  delete process.env.PINGAN_INDICATORS_SCAN;
  fast = await startServer({ dir, db }, { args: ['--sla-interval', '86400'] });
  w = await eventWorld(fast);

  // today's events through the workflow: inserts and updates of cases and event_details
  const cj = w.org('城中街道城建办');
  const home = w.pointIn('将军社区第一网格');
  const cat = w.sub((c) => c.handle_days > 0, 'a sub-category with a handling deadline').code;
  const rep = (who) => w.report(who, { title: unique('汇总'), category: cat, ...home });
  const act = (who, id, action, status, extra = {}) => w.act(who, id, { action, ...extra }, status);
  const a = await rep('grid-worker');
  await act('operator', a.id, 'accept', 'accepted');
  await act('operator', a.id, 'dispatch', 'dispatched', { fields: { unit_id: cj.id } });
  await act('handler', a.id, 'sign', 'signed');
  await act('handler', a.id, 'handle', 'handled', { fields: { result: '已处理' } });
  await act('grid-worker', a.id, 'verify_fail', 'signed', { note: '未整改到位' });
  await act('handler', a.id, 'handle', 'handled', { fields: { result: '已处理' } });
  await act('grid-worker', a.id, 'verify_pass', 'closed');
  await act('grid-worker', a.id, 'rate', 'closed', { fields: { rating: 'satisfied' } });
  const b = await rep('citizen');
  await act('operator', b.id, 'reject', 'rejected', { note: '重复上报' });
  const c = await rep('grid-worker');
  await act('operator', c.id, 'accept', 'accepted');
  await act('operator', c.id, 'dispatch', 'dispatched', { fields: { unit_id: cj.id } });
  await act('handler', c.id, 'return', 'accepted', { note: '非本部门职责' });
  await rep('citizen');

  // the recomputing server on a copy (sessions included), taken with the first one stopped
  assert.deepEqual(await fast.stopKeep(), { code: 0, signal: null });
  dir2 = mkdtempSync(path.join(tmpdir(), 'pingan-indsum2-'));
  for (const f of readdirSync(dir)) if (f.startsWith('t.db')) copyFileSync(path.join(dir, f), path.join(dir2, f));
  fast = await startServer({ dir, db }, { args: ['--sla-interval', '86400'] });
  process.env.PINGAN_INDICATORS_SCAN = '1';
  try {
    scan = await startServer({ dir: dir2, db: path.join(dir2, 't.db') }, { args: ['--sla-interval', '86400'] });
  } finally {
    delete process.env.PINGAN_INDICATORS_SCAN;
  }
});

after(async () => {
  await scan?.stop();
  await fast?.stop();
  rmSync(dir, { recursive: true, force: true });
  if (dir2) rmSync(dir2, { recursive: true, force: true });
});

async function both(who, query) {
  const token = w.S[who].token;
  const p = `${API}/indicators?${query}`;
  const [x, y] = await Promise.all([request(fast.base, 'GET', p, { token }), request(scan.base, 'GET', p, { token })]);
  assert.equal(x.status, 200, `${who} ${query}: ${x.text}`);
  assert.equal(y.status, 200, `${who} ${query} (scan): ${y.text}`);
  return [x.json, y.json];
}

test('the summary gives the same indicators as counting every event', async () => {
  const today = chinaToday().iso;
  const year = `from=${addDays(today, -365)}&to=${addDays(today, 1)}`;
  const county = w.org('婺城区').id;
  const town = w.org('城中街道').id;
  const parent = w.cats.find((k) => !k.parent && w.subs.some((s) => s.parent === k.code)).code;
  const sub = w.subs[0].code;
  // a period that starts and ends inside a day: its edges are counted from the events
  const odd = `from=${encodeURIComponent(`${addDays(today, -100)}T13:37:00+08:00`)}&to=${encodeURIComponent(`${addDays(today, -3)}T08:05:00+08:00`)}`;
  const queries = [
    ['admin', `${year}&group=week`],
    ['admin', `${year}&org_id=${county}&group=week`],
    ['admin', `${year}&org_id=${town}`],
    ['admin', `${year}&category=${parent}&group=week`],
    ['admin', `${year}&category=${sub}`],
    ['admin', `${year}&platform=shichang&group=week`],
    ['admin', odd],
    ['admin', ''],
    ['operator', `${year}&group=week`],
    ['xg-operator', `${year}&group=week`],
    ['handler', `${year}&group=week`],
    ['grid-worker', `${year}&group=week`],
    ['county-operator', odd],
  ];
  let seen = 0;
  for (const [who, q] of queries) {
    const [x, y] = await both(who, q);
    if (!q.includes('to=')) {
      // without "to" each server's period ends at its own now (the two requests are not in the
      // same second under load): the echoed period is checked, then left out of the comparison
      for (const r of [x, y]) assert.equal(Date.parse(r.to) - Date.parse(r.from), 30 * 86400000, `${who} ${q}: ${r.from} ${r.to}`);
      assert.ok(Math.abs(Date.parse(x.to) - Date.parse(y.to)) < 600000, `${x.to} ${y.to}`);
      for (const r of [x, y]) { delete r.from; delete r.to; }
    }
    assert.deepEqual(x, y, `${who} ${q}: the summary and the count of every event differ`);
    seen += x.indicators.find((i) => i.code === 'reported').value;
  }
  // the fixture is not empty: the comparisons compared numbers
  assert.ok(seen > 2000, `reported events over the queries: ${seen}`);
  const [all] = await both('admin', `${year}&group=week`);
  const ind = Object.fromEntries(all.indicators.map((i) => [i.code, i]));
  for (const code of ['acceptance_rate', 'settled_rate', 'on_time_rate', 'closure_rate', 'rework_rate', 'satisfaction_rate']) {
    assert.ok(ind[code].numerator > 0 && ind[code].denominator > ind[code].numerator, `${code}: ${JSON.stringify(ind[code])}`);
  }
});
