// Indicators (考核指标) of grid events: a fixture of events with known outcomes is built through the
// API on a fresh server, and every numerator and denominator is checked against values worked
// out by hand from docs/indicators.md. The fixture uses a category of its own (IX), so the demo
// events never enter the population.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, API, assertError, getOk, chinaToday, unique } from './lib.mjs';
import { eventWorld, addDays } from './fixtures/events.mjs';
import { png } from './fixtures/images.mjs';

let srv;
let w;
let cz;          // 城中街道
let county;      // 婺城区
let cj;          // 城中街道城建办
let today;       // YYYY-MM-DD (China)
let tomorrow;
const F = {};    // the fixture events by letter

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv);
  cz = w.org('城中街道');
  county = w.org('婺城区');
  cj = w.org('城中街道城建办');
  today = chinaToday().iso;
  tomorrow = addDays(today, 1);

  // A catalogue branch of our own: 大类 IX (市场监管) with IX01 (may be settled) and IX02.
  const mk = async (body) => {
    const r = await w.raw('admin', 'POST', `${API}/categories`, { body });
    assert.equal(r.status, 201, r.text);
  };
  await mk({ code: 'IX', name: '指标测试', platform: 'shichang' });
  await mk({ code: 'IX01', name: '指标测试一', parent: 'IX', platform: 'shichang', accept_hours: 4, handle_days: 5, settle_on_spot: true });
  await mk({ code: 'IX02', name: '指标测试二', parent: 'IX', platform: 'shichang', accept_hours: 4, handle_days: 5, settle_on_spot: false });

  const home = w.pointIn('将军社区第一网格');
  const rep = (who, code, extra = {}) => w.report(who, { title: unique(`指标${code}`), category: code, ...home, ...extra });
  const act = (who, id, action, status, extra = {}) => w.act(who, id, { action, ...extra }, status);
  const handle = (id) => act('handler', id, 'handle', 'handled', { fields: { result: '已处理' } });

  // A: settled on the spot by the grid worker, rated 基本满意.
  F.A = await rep('grid-worker', 'IX01');
  const photo = await w.upload('grid-worker', png(42, 42, 42), 'image/png');
  await act('grid-worker', F.A.id, 'settle', 'settled', { fields: { result: '当场处理', photos: [photo.id] } });
  await act('grid-worker', F.A.id, 'rate', 'settled', { fields: { rating: 'basically_satisfied' } });

  // B: not accepted (不予受理).
  F.B = await rep('grid-worker', 'IX02');
  await act('operator', F.B.id, 'reject', 'rejected', { note: '重复上报' });

  // C: accepted, dispatched, handled, fails verification once, handled again, passes; rated 满意.
  F.C = await rep('grid-worker', 'IX02');
  await act('operator', F.C.id, 'accept', 'accepted');
  await act('operator', F.C.id, 'dispatch', 'dispatched', { fields: { unit_id: cj.id } });
  await act('handler', F.C.id, 'sign', 'signed');
  await handle(F.C.id);
  await act('grid-worker', F.C.id, 'verify_fail', 'signed', { note: '未整改到位' });
  await handle(F.C.id);
  await act('grid-worker', F.C.id, 'verify_pass', 'closed');
  await act('grid-worker', F.C.id, 'rate', 'closed', { fields: { rating: 'satisfied' } });

  // D: accepted and dispatched, deadline ahead; an extension asked for and refused.
  F.D = await rep('grid-worker', 'IX02');
  await act('operator', F.D.id, 'accept', 'accepted');
  await act('operator', F.D.id, 'dispatch', 'dispatched', { fields: { unit_id: cj.id } });
  await act('handler', F.D.id, 'request_extension', 'dispatched', { fields: { days: 2 }, note: '材料未齐' });
  await act('operator', F.D.id, 'refuse_extension', 'dispatched', { note: '请按期办理' });

  // E: reported, waiting for a decision.
  F.E = await rep('grid-worker', 'IX02');

  // F: escalated, accepted by the county, dispatched, extension granted, handled, verified,
  // rated 不满意 → reviewing → confirmed closed by the county operator.
  F.F = await rep('grid-worker', 'IX02');
  await act('operator', F.F.id, 'escalate', 'escalated', { note: '需区级协调' });
  await act('county-operator', F.F.id, 'accept', 'accepted');
  await act('county-operator', F.F.id, 'dispatch', 'dispatched', { fields: { unit_id: cj.id } });
  await act('handler', F.F.id, 'sign', 'signed');
  await act('handler', F.F.id, 'request_extension', 'signed', { fields: { days: 3 }, note: '需协调' });
  await act('county-operator', F.F.id, 'grant_extension', 'signed');
  await handle(F.F.id);
  await act('grid-worker', F.F.id, 'verify_pass', 'closed');
  await act('grid-worker', F.F.id, 'rate', 'reviewing', { fields: { rating: 'unsatisfied' } });
  await act('county-operator', F.F.id, 'confirm', 'closed', { note: '经复核已办结' });

  // G: escalated, waiting for the county.
  F.G = await rep('grid-worker', 'IX02');
  await act('operator', F.G.id, 'escalate', 'escalated', { note: '需区级协调' });

  // I: reported by a citizen, accepted, dispatched, returned by the department: accepted again.
  F.I = await rep('citizen', 'IX02');
  await act('operator', F.I.id, 'accept', 'accepted');
  await act('operator', F.I.id, 'dispatch', 'dispatched', { fields: { unit_id: cj.id } });
  await act('handler', F.I.id, 'return', 'accepted', { note: '非本部门职责' });

  // H: in 西关街道, not accepted there. Outside 城中街道.
  const xgGrid = w.grids.features.find((f) => f.properties.kind === 'grid' && f.properties.name.startsWith('西关'));
  assert.ok(xgGrid, 'a 西关 grid');
  F.H = await w.report('xg-operator', { title: unique('指标H'), category: 'IX02', org_id: xgGrid.id, caller_name: '西关群众' });
  await act('xg-operator', F.H.id, 'reject', 'rejected', { note: '不属于受理范围' });

  for (const [k, c] of Object.entries(F)) F[k] = await w.get('admin', c.id);
});
after(async () => { await srv?.stop(); });

const q = (params) => new URLSearchParams({ from: today, to: tomorrow, ...params }).toString();
const indicators = async (who, params) => getOk(srv, `${API}/indicators?${q(params)}`, w.S[who]);
const byCode = (j) => Object.fromEntries(j.indicators.map((i) => [i.code, i]));

/** Checks one indicator: numerator, denominator and value = numerator / denominator (null on 0). */
function rate(ind, code, num, den) {
  const i = ind[code];
  assert.ok(i, `indicator ${code} present`);
  assert.equal(i.numerator, num, `${code} numerator`);
  assert.equal(i.denominator, den, `${code} denominator`);
  if (den === 0) assert.equal(i.value, null, `${code}: a zero denominator gives null`);
  else assert.ok(Math.abs(i.value - num / den) < 1e-9, `${code} value ${i.value} = ${num}/${den}`);
  assert.equal(typeof i.name, 'string');
}

const hours = (c) => (Date.parse(c.closed_at) - Date.parse(c.created_at)) / 3600000;

test('the fixture is as planned', () => {
  const st = Object.fromEntries(Object.entries(F).map(([k, c]) => [k, c.status]));
  assert.deepEqual(st, { A: 'settled', B: 'rejected', C: 'closed', D: 'dispatched', E: 'reported', F: 'closed', G: 'escalated', I: 'accepted', H: 'rejected' });
  assert.equal(F.C.rework_count, 1);
  assert.equal(F.F.extension_days, 3);
  assert.equal(F.D.extension_days, 0);
  for (const c of Object.values(F)) assert.equal(c.created_at.slice(0, 10), today, 'reported today (China time)');
});

test('城中街道, category IX (大类): every indicator worked out by hand', async () => {
  const j = await indicators('operator', { org_id: cz.id, category: 'IX' });
  assert.equal(j.org_id, cz.id);
  const ind = byCode(j);
  // E = {A, B, C, D, E, F, G, I}: the eight events reported today in 城中街道 (H is in 西关).
  assert.equal(ind.reported.value, 8);
  assert.equal(ind.reported.numerator, 8);
  assert.equal(ind.reported.denominator, null);
  // Each indicator says what it is, so that a page never guesses from its name.
  assert.equal(ind.reported.kind, 'count');
  assert.equal(ind.avg_close_hours.kind, 'hours');
  for (const c of ['acceptance_rate', 'settled_rate', 'on_time_rate', 'closure_rate', 'rework_rate', 'extension_rate', 'satisfaction_rate']) {
    assert.equal(ind[c].kind, 'ratio', c);
  }
  // 受理率: accepted C, D, F (by the county after escalation), I → 4; not accepted B → 1.
  // A (settled, never needed a decision), E (waiting) and G (escalated, waiting) are left out.
  rate(ind, 'acceptance_rate', 4, 5);
  // 就地解决率: A of 8.
  rate(ind, 'settled_rate', 1, 8);
  // 按期办结率: with a handling deadline = dispatched at least once: C, D, F, I. Of those closed or
  // past the deadline: C, F (D and I are open with deadlines days ahead). Both closed on time.
  rate(ind, 'on_time_rate', 2, 2);
  // 结案率: closed or settled: A, C, F of 8.
  rate(ind, 'closure_rate', 3, 8);
  // 返工率: handled by a department at least once: C, F (I was returned unhandled, D not handled);
  // failed verification at least once: C.
  rate(ind, 'rework_rate', 1, 2);
  // 延期率: dispatched at least once: C, D, F, I; granted an extension: F (D's was refused).
  rate(ind, 'extension_rate', 1, 4);
  // 满意率: rated A (基本满意), C (满意), F (不满意): 2 of 3.
  rate(ind, 'satisfaction_rate', 2, 3);
  // 平均办结时长: closed or settled A, C, F; numerator the sum of (closed − reported) in hours.
  const avg = ind.avg_close_hours;
  assert.ok(avg, 'avg_close_hours present');
  assert.equal(avg.denominator, 3);
  const sum = hours(F.A) + hours(F.C) + hours(F.F);
  assert.ok(typeof avg.numerator === 'number' && Math.abs(avg.numerator - sum) < 3 * 2 / 3600,
    `numerator = the sum in hours (${sum}): ${JSON.stringify(avg)}`);
  assert.ok(Math.abs(avg.value - sum / 3) < 2 / 3600, `value = the mean (${sum / 3}): ${avg.value}`);

  // trend (by day): one day, 8 reported, 3 closed or settled.
  assert.deepEqual(j.trend.filter((t) => t.reported || t.closed), [{ period: today, reported: 8, closed: 3 }]);
  // by_category groups by 大类; by_platform by platform.
  const cat = j.by_category.find((c) => c.code === 'IX');
  assert.deepEqual(cat, { code: 'IX', name: '指标测试', reported: 8, closed: 3 });
  assert.ok(j.by_category.every((c) => c.code === 'IX' || (c.reported === 0 && c.closed === 0)));
  const plat = j.by_platform.find((p) => p.code === 'shichang');
  assert.deepEqual(plat, { code: 'shichang', name: '市场监管', reported: 8, closed: 3 });
  assert.ok(j.by_platform.every((p) => p.code === 'shichang' || (p.reported === 0 && p.closed === 0)));
});

test('a 小类 filter narrows E; the platform filter matches; another platform gives nothing', async () => {
  // IX01: only A.
  const one = byCode(await indicators('operator', { org_id: cz.id, category: 'IX01' }));
  assert.equal(one.reported.value, 1);
  rate(one, 'settled_rate', 1, 1);
  rate(one, 'closure_rate', 1, 1);
  rate(one, 'acceptance_rate', 0, 0);
  rate(one, 'satisfaction_rate', 1, 1);
  // IX02: B, C, D, E, F, G, I.
  const two = byCode(await indicators('operator', { org_id: cz.id, category: 'IX02' }));
  assert.equal(two.reported.value, 7);
  rate(two, 'acceptance_rate', 4, 5);
  rate(two, 'settled_rate', 0, 7);
  rate(two, 'closure_rate', 2, 7);
  rate(two, 'satisfaction_rate', 1, 2);
  // The platform of IX is 市场监管.
  const sc = byCode(await indicators('operator', { org_id: cz.id, category: 'IX', platform: 'shichang' }));
  assert.equal(sc.reported.value, 8);
  rate(sc, 'acceptance_rate', 4, 5);
  // 便民服务 has none of them: every rate has a zero denominator → null.
  const none = byCode(await indicators('operator', { org_id: cz.id, category: 'IX', platform: 'bianmin' }));
  assert.equal(none.reported.value, 0);
  for (const code of ['acceptance_rate', 'settled_rate', 'on_time_rate', 'closure_rate', 'rework_rate', 'extension_rate', 'satisfaction_rate']) {
    rate(none, code, 0, 0);
  }
  assert.equal(none.avg_close_hours.value, null);
  assert.equal(none.avg_close_hours.denominator, 0);
});

test('the period: events reported outside [from, to) are not counted', async () => {
  const j = await getOk(srv, `${API}/indicators?${new URLSearchParams({ org_id: cz.id, category: 'IX', from: tomorrow, to: addDays(today, 2) })}`, w.S.operator);
  assert.equal(byCode(j).reported.value, 0);
  const y = await getOk(srv, `${API}/indicators?${new URLSearchParams({ org_id: cz.id, category: 'IX', from: addDays(today, -3), to: today })}`, w.S.operator);
  assert.equal(byCode(y).reported.value, 0);
  // group=week: one period holding all of them.
  const wk = await indicators('operator', { org_id: cz.id, category: 'IX', group: 'week' });
  const periods = wk.trend.filter((t) => t.reported || t.closed);
  assert.equal(periods.length, 1, JSON.stringify(wk.trend));
  assert.equal(periods[0].reported, 8);
  assert.equal(periods[0].closed, 3);
  const dow = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  assert.equal(periods[0].period, addDays(today, -dow), 'a week is named by its Monday');
});

test('scope: the county counts 西关 too; 西关 sees only its own; 城中 is 404 for 西关', async () => {
  // 婺城区: E = the eight of 城中 + H (rejected in 西关).
  const c = byCode(await indicators('county-operator', { org_id: county.id, category: 'IX' }));
  assert.equal(c.reported.value, 9);
  rate(c, 'acceptance_rate', 4, 6);
  rate(c, 'settled_rate', 1, 9);
  rate(c, 'closure_rate', 3, 9);
  // xg-operator, default org_id = own scope: only H.
  const x = byCode(await indicators('xg-operator', { category: 'IX' }));
  assert.equal(x.reported.value, 1);
  rate(x, 'acceptance_rate', 0, 1);
  rate(x, 'closure_rate', 0, 1);
  rate(x, 'extension_rate', 0, 0);
  // 城中街道 is outside xg-operator's scope: refused, or (as GET /board does) answered from the
  // caller's scope only, which holds none of 城中's events.
  const r = await w.raw('xg-operator', 'GET', `${API}/indicators?${q({ org_id: cz.id, category: 'IX' })}`);
  if (r.status === 200) {
    const o = byCode(r.json);
    assert.equal(o.reported.value, 0, `nothing of 城中 leaks to xg-operator: ${r.text}`);
    assert.ok(r.json.indicators.every((i) => !i.numerator), r.text);
    assert.ok([...r.json.by_category, ...r.json.by_platform, ...r.json.trend].every((x) => !x.reported && !x.closed), r.text);
  } else {
    assertError(r, [403, 404].includes(r.status) ? r.status : 404);
  }
  // A grid: only the events placed in it (all of 城中's are in 将军社区第一网格).
  const g = byCode(await indicators('operator', { org_id: w.feature('将军社区第一网格').id, category: 'IX' }));
  assert.equal(g.reported.value, 8);
  const g2 = byCode(await indicators('operator', { org_id: w.feature('将军社区第二网格').id, category: 'IX' }));
  assert.equal(g2.reported.value, 0);
});

test('bad parameters: unparsable → 400, unknown group/format/platform → 422', async () => {
  const bad = async (p, status, field) => {
    const r = await w.raw('operator', 'GET', `${API}/indicators?${q({ org_id: cz.id, ...p })}`);
    assertError(r, status, undefined, field);
  };
  await bad({ org_id: 'abc' }, 400);
  await bad({ from: 'yesterday' }, 400);
  await bad({ to: '2026-13-45' }, 400);
  await bad({ group: 'month' }, 422, 'group');
  await bad({ format: 'pdf' }, 422, 'format');
  await bad({ platform: 'nowhere' }, 422, 'platform');
  assertError(await srv.api('GET', `${API}/indicators`), 401, 'unauthorized');
});

test('format=csv: text/csv (UTF-8 with a BOM) with a Chinese header row and one row per indicator', async () => {
  const res = await fetch(`${srv.base}${API}/indicators?${q({ org_id: cz.id, category: 'IX', format: 'csv' })}`,
    { headers: { authorization: `Bearer ${w.S.operator.token}` }, signal: AbortSignal.timeout(30000) });
  const raw = Buffer.from(await res.arrayBuffer());
  assert.equal(res.status, 200, raw.toString('utf8'));
  assert.match(res.headers.get('content-type'), /^text\/csv/);
  assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
  const text = raw.subarray(3).toString('utf8');
  assert.ok(text.includes('受理率'), 'Chinese names in UTF-8');
  const lines = text.split(/\r?\n/).filter((l) => l.length);
  const header = lines[0].split(',');
  assert.deepEqual(header, ['指标', '值', '分子', '分母'], `header: ${lines[0]}`);
  const j = await indicators('operator', { org_id: cz.id, category: 'IX' });
  assert.equal(lines.length - 1, j.indicators.length, 'one row per indicator');
  const rows = Object.fromEntries(lines.slice(1).map((l) => {
    const cells = l.split(',');
    return [cells[0], cells];
  }));
  for (const i of j.indicators) assert.ok(rows[i.name], `row for ${i.name}`);
  // no internal codes: the names, not acceptance_rate
  assert.ok(!text.includes('acceptance_rate'), 'no indicator codes');
  assert.equal(rows['受理率'][2], '4');
  assert.equal(rows['受理率'][3], '5');
  assert.equal(rows['受理率'][1], '80.0%', 'a ratio is a percentage');
  assert.equal(rows['上报数'][2], '8');
});

test('format=xlsx: an .xlsx (ZIP) with the spreadsheet content type', async () => {
  const res = await fetch(`${srv.base}${API}/indicators?${q({ org_id: cz.id, category: 'IX', format: 'xlsx' })}`,
    { headers: { authorization: `Bearer ${w.S.operator.token}` }, signal: AbortSignal.timeout(30000) });
  const body = Buffer.from(await res.arrayBuffer());
  assert.equal(res.status, 200, body.toString('utf8').slice(0, 300));
  assert.equal(res.headers.get('content-type').split(';')[0].trim(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.equal(body.subarray(0, 2).toString('latin1'), 'PK', 'a ZIP file');
  // Open it: a workbook with a sheet that names the indicators.
  const dir = mkdtempSync(path.join(tmpdir(), 'pingan-xlsx-'));
  try {
    const f = path.join(dir, 'i.xlsx');
    writeFileSync(f, body);
    const r = spawnSync('python3', ['-c', `
import zipfile,sys
z=zipfile.ZipFile(sys.argv[1])
names=z.namelist()
print('\\n'.join(names))
text=''.join(z.read(n).decode('utf-8','replace') for n in names if n.endswith('.xml'))
print('HAS_ACCEPT' if ('受理率' in text or 'acceptance_rate' in text) else 'NO_ACCEPT')
wb=z.read('xl/workbook.xml').decode('utf-8')
print('SHEETS ' + ','.join(__import__('re').findall(r'<sheet name="([^"]+)"', wb)))
`, f], { encoding: 'utf8', timeout: 30000 });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes('xl/workbook.xml'), r.stdout);
    assert.ok(/xl\/worksheets\/sheet\d+\.xml/.test(r.stdout), r.stdout);
    assert.ok(r.stdout.includes('HAS_ACCEPT'), 'the sheet names the indicators');
    // the trend and the breakdowns are sheets of the same workbook
    const sheets = (r.stdout.match(/^SHEETS (.*)$/m) || [])[1]?.split(',') || [];
    for (const name of ['指标', '趋势', '按分类', '按平台']) assert.ok(sheets.includes(name), `sheet ${name}: ${sheets}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
