// The desk's numbers: GET /api/v1/stats/incidents (发案, 破案, 破案率, the same period a year
// earlier and the change in percent) on a fixture in 2019–2020, far from the demo's history,
// whose answers are worked out by hand below; and GET /api/v1/stats/desk (help requests, visits,
// CCTV reviews) counted over a window that only this test's cases fall in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, orgsByName, unique } from './lib.mjs';

let srv;
const S = {};
let cz;
let xg;

const post = (who, body) => srv.api('POST', `${API}/cases`, { token: S[who].token, body });
async function act(who, id, action, fields, note) {
  const r = await srv.api('POST', `${API}/cases/${id}/actions`, { token: S[who].token, body: { action, fields, note } });
  assert.equal(r.status, 200, `${action}: ${r.text}`);
  return r.json;
}
// An incident of 城中 (or org) filed on `filed` and solved on `solved` (null: not).
async function incident(category, filed, solved, org = cz, who = 'cz-officer') {
  const r = await post(who, { type: 'incident', title: unique('警情'), category, org_id: org.id });
  assert.equal(r.status, 201, r.text);
  if (filed) await act(who, r.json.id, 'file', { filed_at: filed });
  if (solved) await act(who, r.json.id, 'solve', { solved_at: solved, method: '侦查破案' });
  return r.json.id;
}

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-leader', 'xg-officer']) S[u] = await srv.login(u);
  const orgs = await orgsByName(srv, S.admin);
  cz = orgs.get('城中派出所');
  xg = orgs.get('西关派出所');
  // the period 2020-01-01 .. 2020-07-01 (China time) and the one a year earlier
  await incident('XS01', '2020-02-10', '2020-03-01');                 // A: filed, solved, cleared
  await incident('XS01', '2020-03-05', '2020-08-01');                 // B: filed; solved after the period
  await incident('XS02', '2020-04-01', null);                         // C: filed
  await incident('XS02', '2019-12-20', '2020-01-15');                 // D: solved in the period only
  await incident('XS01', '2020-06-30T23:00:00+08:00', '2020-07-01T00:00:00+08:00'); // E: filed; solved at the end (outside)
  await incident('XS01', '2019-02-01', '2019-02-20');                 // F: a year earlier: filed, solved, cleared
  await incident('XS01', '2019-03-01', null);                         // G
  await incident('XS01', '2019-05-01', '2019-09-01');                 // H: solved after the earlier period
  await incident('XS02', '2019-01-10', '2019-06-30');                 // I: filed, solved, cleared
  await incident('XS02', '2019-06-01', null);                         // J
  await incident('XS02', '2019-06-15', null);                         // K
  await incident('XS01', null, null);                                 // L: never filed
  await incident('XS01', '2020-02-01', '2020-02-02', xg, 'xg-officer'); // 西关: never in 城中's numbers
});
after(async () => { await srv?.stop(); });

const Q = 'from=2020-01-01&to=2020-07-01';
const stats = (who, q) => getOk(srv, `${API}/stats/incidents?${q}`, S[who]);

test('totals of 城中: 发案 4, 破案 2, 破案率 1/4, a year earlier 6, 2, 2/6; changes -33.3 %, 0 %, -25 %', async () => {
  const s = await stats('cz-leader', `org_id=${cz.id}&${Q}`);
  const t = s.total;
  assert.equal(t.filed, 4);
  assert.equal(t.solved, 2);
  assert.deepEqual(t.clearance, { numerator: 1, denominator: 4, value: 0.25 });
  assert.equal(t.previous.filed, 6);
  assert.equal(t.previous.solved, 2);
  assert.deepEqual(t.previous.clearance, { numerator: 2, denominator: 6, value: 0.3333 });
  assert.deepEqual(t.change_pct, { filed: -33.3, solved: 0, clearance: -25 });
  assert.equal(s.previous.from.slice(0, 10), '2019-01-01');
  assert.equal(s.previous.to.slice(0, 10), '2019-07-01');
});

test('by category: 盗窃手机 3/1/(1 of 3) both years; 盗窃电动车 1/1/(0 of 1) against 3/1/(1 of 3)', async () => {
  const s = await stats('cz-leader', `org_id=${cz.id}&${Q}&group=category`);
  const g = Object.fromEntries(s.groups.map((x) => [x.key, x]));
  assert.deepEqual(Object.keys(g).sort(), ['XS01', 'XS02']);
  assert.equal(g.XS01.name, '刑事 / 盗窃手机');
  assert.equal(g.XS01.parent, 'XS');
  assert.deepEqual([g.XS01.filed, g.XS01.solved, g.XS01.clearance.numerator, g.XS01.clearance.denominator], [3, 1, 1, 3]);
  assert.deepEqual([g.XS01.previous.filed, g.XS01.previous.solved, g.XS01.previous.clearance.numerator], [3, 1, 1]);
  assert.deepEqual(g.XS01.change_pct, { filed: 0, solved: 0, clearance: 0 });
  assert.deepEqual([g.XS02.filed, g.XS02.solved, g.XS02.clearance.numerator, g.XS02.clearance.denominator], [1, 1, 0, 1]);
  assert.deepEqual([g.XS02.previous.filed, g.XS02.previous.solved, g.XS02.previous.clearance.numerator], [3, 1, 1]);
  assert.deepEqual(g.XS02.change_pct, { filed: -66.7, solved: 0, clearance: -100 });
  const en = await srv.api('GET', `${API}/stats/incidents?org_id=${cz.id}&${Q}&group=category`,
    { token: S['cz-leader'].token, headers: { 'accept-language': 'en' } });
  assert.equal(en.json.groups.find((x) => x.key === 'XS02').name, 'Criminal / E-bike theft');
});

test('by month: filed and 破案率 by the month filed, 破案 by the month solved, each against the same month a year earlier', async () => {
  const s = await stats('cz-leader', `org_id=${cz.id}&${Q}&group=month`);
  assert.deepEqual(s.groups.map((x) => x.key), ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06']);
  const row = (x) => [x.filed, x.solved, x.clearance.numerator, x.previous.filed, x.previous.solved, x.previous.clearance.numerator];
  assert.deepEqual(s.groups.map(row), [
    [0, 1, 0, 1, 0, 1],   // D solved; I filed (cleared 06-30)
    [1, 0, 1, 1, 1, 1],   // A filed (cleared 03-01); F filed and solved
    [1, 1, 0, 1, 0, 0],   // B filed, A solved; G filed
    [1, 0, 0, 0, 0, 0],   // C
    [0, 0, 0, 1, 0, 0],   // H filed a year earlier
    [1, 0, 0, 2, 1, 0],   // E filed; J, K filed, I solved
  ]);
  assert.equal(s.groups[0].change_pct.filed, -100);
  assert.equal(s.groups[0].change_pct.solved, null, 'no change in percent from zero');
});

test('unit and scope: without org_id the admin counts 西关 too; 西关 sees none of 城中; bad parameters are 4xx', async () => {
  const all = await stats('admin', Q);
  assert.equal(all.total.filed, 5);
  assert.equal(all.total.solved, 3);
  const x = await stats('xg-leader', Q);
  assert.deepEqual([x.total.filed, x.total.solved], [1, 1]);
  assertError(await srv.api('GET', `${API}/stats/incidents?org_id=${cz.id}&${Q}`, { token: S['xg-leader'].token }), 404, 'not_found', 'org_id');
  assertError(await srv.api('GET', `${API}/stats/incidents?${Q}&group=week`, { token: S['cz-leader'].token }), 422, 'invalid_value', 'group');
  assertError(await srv.api('GET', `${API}/stats/incidents?from=2020-07-01&to=2020-01-01`, { token: S['cz-leader'].token }), 422, 'invalid_value', 'from');
  assertError(await srv.api('GET', `${API}/stats/incidents?from=2000-01-01&to=2020-07-01&group=month`, { token: S['cz-leader'].token }), 422, 'invalid_value', 'to');
  assertError(await srv.api('GET', `${API}/stats/incidents?from=yesterday`, { token: S['cz-leader'].token }), 400, undefined, 'from');
  assertError(await srv.api('GET', `${API}/stats/incidents?${Q}&format=pdf`, { token: S['cz-leader'].token }), 422);
});

test('export: csv rows per category and 合计 with the same numbers; xlsx is a workbook', async () => {
  const r = await srv.api('GET', `${API}/stats/incidents?org_id=${cz.id}&${Q}&format=csv`, { token: S['cz-leader'].token });
  assert.equal(r.status, 200, r.text);
  const lines = r.text.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
  assert.equal(lines[0][2], '发案数');
  const total = lines.find((l) => l[1] === '合计');
  assert.deepEqual(total.slice(2, 6), ['4', '2', '1', '4']);
  assert.equal(total[6], '25.0%');
  assert.equal(total[10], '-33.3');
  const xs01 = lines.find((l) => l[0] === 'XS01');
  assert.deepEqual(xs01.slice(2, 4), ['3', '1']);
  const x = await srv.api('GET', `${API}/stats/incidents?org_id=${cz.id}&${Q}&format=xlsx`, { token: S['cz-leader'].token });
  assert.equal(x.status, 200);
  assert.match(x.headers.get('content-type'), /spreadsheetml/);
});

test('desk stats: help requests by category with average time to resolve, visits by purpose and minutes, CCTV found / not found', async () => {
  const from = new Date(Date.now() - 1000).toISOString();
  const to = new Date(Date.now() + 3600 * 1000).toISOString();
  const mk = async (body) => { const r = await post('cz-officer', { org_id: cz.id, title: unique('d'), ...body }); assert.equal(r.status, 201, r.text); return r.json; };
  const h1 = await mk({ type: 'help', category: 'seek_person' });
  await mk({ type: 'help', category: 'seek_person' });
  await mk({ type: 'help', category: 'traffic' });
  await act('cz-officer', h1.id, 'resolve', { result: '已找到' });
  const v1 = await mk({ type: 'visit', purpose: 'consult' });
  const v2 = await mk({ type: 'visit', purpose: 'consult' });
  await mk({ type: 'visit', purpose: 'certificate', minutes: 5 });
  await act('cz-officer', v1.id, 'finish', { outcome: '已解答', minutes: 10 });
  await act('cz-officer', v2.id, 'finish', { outcome: '已解答', minutes: 25 });
  for (const found of [true, false, true]) {
    const c = await mk({ type: 'cctv', cameras: '路口', reason: '查找', window_from: '2026-01-01', window_to: '2026-01-02' });
    await act('cz-leader', c.id, 'approve', {});
    await act('cz-officer', c.id, 'record_view', { cameras: '路口' });
    await act('cz-officer', c.id, 'conclude', { found });
  }
  await mk({ type: 'cctv', cameras: '路口', reason: '查找', window_from: '2026-01-01', window_to: '2026-01-02' });
  const q = `org_id=${cz.id}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  const s = await getOk(srv, `${API}/stats/desk?${q}`, S['cz-leader']);
  const help = Object.fromEntries(s.help.map((x) => [x.category, x]));
  assert.deepEqual([help.seek_person.count, help.seek_person.resolved, help.traffic.count, help.traffic.resolved], [2, 1, 1, 0]);
  assert.equal(help.seek_person.name, '寻人');
  assert.ok(help.seek_person.avg_hours_to_resolve >= 0 && help.seek_person.avg_hours_to_resolve < 0.1);
  assert.equal(help.traffic.avg_hours_to_resolve, null);
  const visits = Object.fromEntries(s.visits.map((x) => [x.purpose, x]));
  assert.deepEqual([visits.consult.count, visits.consult.minutes_total, visits.consult.minutes_avg], [2, 35, 17.5]);
  assert.deepEqual([visits.certificate.count, visits.certificate.minutes_total], [1, 5]);
  assert.deepEqual(s.cctv, { total: 4, pending: 1, approved: 0, refused: 0, concluded: 3, found: 2, not_found: 1 });
  const none = await getOk(srv, `${API}/stats/desk?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, S['xg-leader']);
  assert.equal(none.cctv.total, 0, '西关 counts none of 城中');
  const csv = await srv.api('GET', `${API}/stats/desk?${q}&format=csv`, { token: S['cz-leader'].token });
  assert.equal(csv.status, 200);
  assert.match(csv.text, /寻人,2,1,/);
  assert.match(csv.text, /视频调阅/);
});

test('the demo: 城中派出所\'s last year shows the article\'s shape — 发案 about halved, 破案率 up about half, phone and e-bike thefts solved at about 90 %', async () => {
  const s = await stats('cz-leader', `org_id=${cz.id}&group=category`);
  const t = s.total;
  assert.ok(t.filed >= 30 && t.previous.filed >= 2 * t.filed * 0.8, `filed ${t.filed} against ${t.previous.filed}`);
  assert.ok(t.change_pct.filed <= -40 && t.change_pct.filed >= -60, `发案 change ${t.change_pct.filed} %`);
  assert.ok(t.change_pct.clearance >= 35 && t.change_pct.clearance <= 65, `破案率 change ${t.change_pct.clearance} %`);
  // the numbers hold together: the rate is its numerator over its denominator
  assert.equal(t.clearance.denominator, t.filed);
  assert.equal(t.clearance.value, Math.round((t.clearance.numerator / t.clearance.denominator) * 10000) / 10000);
  const g = Object.fromEntries(s.groups.map((x) => [x.key, x]));
  const num = g.XS01.clearance.numerator + g.XS02.clearance.numerator;
  const den = g.XS01.clearance.denominator + g.XS02.clearance.denominator;
  assert.ok(num / den >= 0.85 && num / den <= 0.95, `phone and e-bike thefts ${num}/${den}`);
  // 西关 has its own, smaller history
  const x = await stats('xg-leader', `org_id=${xg.id}`);
  assert.ok(x.total.filed > 0 && x.total.filed < t.filed);
  // and the desk's other numbers are there for the year
  const d = await getOk(srv, `${API}/stats/desk?org_id=${cz.id}`, S['cz-leader']);
  assert.ok(d.visits.length > 0 && d.help.length > 0 && d.cctv.concluded > 0 && d.cctv.found > 0);
});
