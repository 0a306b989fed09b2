// The people-centred appraisal (以人民为中心的考评, issue #12 §4) on a fixture worked out by hand
// (docs/indicators.md, "Appraisal"): the numerators and denominators agree with the cases
// behind them, the score with the formula and the weights, the ranking, the export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'operator', 'street-leader', 'grid-worker', 'handler', 'mediator', 'town-mediator', 'xg-operator', 'citizen', 'cz-leader', 'cz-officer'];
const YEAR = 365 * 24 * 3600 * 1000;
// two parties, one on each side (当事人: 申请人 and 被申请人)
const PARTIES = [{ role: 'applicant', name: '王建明', phone: '13805791234' }, { role: 'respondent', name: '李秀英', phone: '13905792345' }];
let srv;
let w;
let from;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, USERS);
  from = new Date(Date.now() - 1000).toISOString();   // after the demo data
  // two events of 将军社区第一网格 dispatched to 城中街道城建办, both closed before their deadline:
  // E1 passes verification and is rated 满意; E2 fails once (返工), passes, is rated 不满意 and
  // the operator confirms it.
  for (const rework of [false, true]) {
    const e = await w.report('grid-worker', { category: 'SZ01', ...w.pointIn('将军社区第一网格') });
    await w.act('operator', e.id, { action: 'accept' }, 'accepted');
    await w.act('operator', e.id, { action: 'dispatch', fields: { unit_id: w.org('城中街道城建办').id } }, 'dispatched');
    await w.act('handler', e.id, { action: 'sign' }, 'signed');
    await w.act('handler', e.id, { action: 'handle', fields: { result: '已修复' } }, 'handled');
    if (rework) {
      await w.act('grid-worker', e.id, { action: 'verify_fail', note: '仍不亮' }, 'signed');
      await w.act('handler', e.id, { action: 'handle', fields: { result: '更换线路' } }, 'handled');
    }
    await w.act('grid-worker', e.id, { action: 'verify_pass' }, 'closed');
    await w.act('grid-worker', e.id, { action: 'rate', fields: { rating: rework ? 'unsatisfied' : 'satisfied' } });
    if (rework) await w.act('operator', e.id, { action: 'confirm', note: '已按标准修复' }, 'closed');
  }
  // three disputes of 将军社区: D1 agreed at the village (就地化解), D2 escalated and agreed at
  // the township, D3 still mediating.
  const session = { action: 'record_session', fields: { date: new Date().toISOString(), place: '调解室', attendees: '双方', notes: '调解' } };
  const d = [];
  for (let i = 0; i < 3; i++) {
    const r = await w.srv.api('POST', `${API}/cases`, { token: w.S.operator.token,
      body: { type: 'dispute', title: unique('考评纠纷'), category: 'neighbour', org_id: w.org('将军社区第一网格').id, persons: PARTIES } });
    assert.equal(r.status, 201, r.text);
    d.push(r.json);
  }
  await w.act('mediator', d[0].id, session);
  await w.act('mediator', d[0].id, { action: 'agree', fields: { terms: '和解' } }, 'agreed');
  await w.act('mediator', d[1].id, { action: 'escalate', note: '上报' });
  await w.act('town-mediator', d[1].id, session);
  await w.act('town-mediator', d[1].id, { action: 'agree', fields: { terms: '和解' } }, 'agreed');
  // two risks of 将军社区 resolved: R1 on time, R2 with a measure done after its due date
  for (const late of [false, true]) {
    const r = await w.srv.api('POST', `${API}/cases`, { token: w.S.operator.token, body: { type: 'risk', title: unique('考评风险'),
      category: 'public_safety', source: 'patrol', likelihood: 2, impact: 3, org_id: w.org('将军社区').id } });
    assert.equal(r.status, 201, r.text);
    const due = late ? '2026-01-01' : new Date(Date.now() + 86400000).toISOString();
    await w.act('operator', r.json.id, { action: 'add_measure', fields: { text: '整改', owner_unit_id: w.org('将军社区').id, due_at: due } });
    await w.act('operator', r.json.id, { action: 'complete_measure', fields: { measure_id: 1 } });
    await w.act('operator', r.json.id, { action: 'assess', fields: { likelihood: 2, impact: 3 } }, 'assessed');
    await w.act('operator', r.json.id, { action: 'control' }, 'controlled');
    await w.act('street-leader', r.json.id, { action: 'resolve', note: '销号' }, 'resolved');
  }
  // 城中派出所 (under 婺城公安分局): complaints C1 upheld (naming 王磊, cz-officer), C2 rejected, C3
  // still open; one commendation of cz-officer; two visits finished by cz-officer (cases handled);
  // incidents filed by cz-officer: I1 filed and solved now, I2 filed now, I3 filed 365 days ago.
  const cz = w.org('城中派出所').id;
  const post = async (who, body) => {
    const r = await w.srv.api('POST', `${API}/cases`, { token: w.S[who].token, body: { title: unique('考评'), org_id: cz, ...body } });
    assert.equal(r.status, 201, r.text);
    return r.json;
  };
  const complainant = [{ role: 'complainant', name: '赵立新', phone: '13805791111' }];
  const c1 = await post('cz-officer', { type: 'complaint', about: 'attitude', staff_id: w.S['cz-officer'].user.id, persons: complainant });
  await w.act('cz-leader', c1.id, { action: 'uphold', fields: { findings: '属实' } }, 'upheld');
  const c2 = await post('cz-officer', { type: 'complaint', about: 'delay', persons: complainant });
  await w.act('cz-leader', c2.id, { action: 'reject', fields: { findings: '不属实' } }, 'rejected');
  await post('cz-officer', { type: 'complaint', about: 'other', persons: complainant });
  await post('cz-officer', { type: 'commendation', received_on: new Date().toISOString(), form: 'banner', giver_kind: 'person', officer_id: w.S['cz-officer'].user.id });
  for (let i = 0; i < 2; i++) {
    const v = await post('cz-officer', { type: 'visit', purpose: 'consult' });
    await w.act('cz-officer', v.id, { action: 'finish', fields: { outcome: '已解答', minutes: 10 } }, 'finished');
  }
  const i1 = await post('cz-officer', { type: 'incident', category: 'XS01' });
  await w.act('cz-officer', i1.id, { action: 'file' }, 'filed');
  await w.act('cz-officer', i1.id, { action: 'solve', fields: { solved_at: new Date().toISOString(), method: '侦查破案' } }, 'solved');
  const i2 = await post('cz-officer', { type: 'incident', category: 'XS01' });
  await w.act('cz-officer', i2.id, { action: 'file' }, 'filed');
  const i3 = await post('cz-officer', { type: 'incident', category: 'XS02' });
  await w.act('cz-officer', i3.id, { action: 'file', fields: { filed_at: new Date(Date.now() - YEAR).toISOString() } }, 'filed');
});
after(async () => { await srv?.stop(); });

const comp = (item, key) => item.components.find((c) => c.key === key);
const figures = (item) => Object.fromEntries(item.components.map((c) => [c.key, [c.numerator, c.denominator]]));

test('units of 城中街道: figures, score and rank as worked out by hand', async () => {
  const to = new Date(Date.now() + 60000).toISOString();
  const j = await getOk(srv, `${API}/appraisal?level=unit&org_id=${w.org('城中街道').id}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, w.S['street-leader']);
  assert.equal(j.level, 'unit');
  const names = j.items.map((x) => x.name);
  assert.deepEqual([...names].sort(), ['城中街道城建办', '城中街道综合执法队', '将军社区', '飘萍社区'].sort(), 'the direct children of 城中街道');
  const jj = j.items.find((x) => x.name === '将军社区');
  assert.deepEqual(figures(jj), {
    on_time_rate: [2, 2], rework_rate: [1, 2], satisfaction_rate: [1, 2],
    dispute_resolution_rate: [2, 3], local_resolution_rate: [1, 2], risk_on_time_rate: [1, 2],
    // no complaint, no incident: skipped; 4 cases handled (2 events, 2 risks), no commendation
    complaint_upheld_rate: [0, 0], commendation_rate: [0, 4], incident_change: [0, 0], clearance_rate: [0, 0],
  });
  // 100 × (25·1 + 15·(1−½) + 20·½ + 15·⅔ + 10·½ + 15·½ + 5·0) / 105 = 6500 / 105 = 61.90
  assert.equal(jj.score, 61.9);
  const cj = j.items.find((x) => x.name === '城中街道城建办');
  assert.deepEqual(figures(cj), {
    on_time_rate: [2, 2], rework_rate: [1, 2], satisfaction_rate: [1, 2],
    dispute_resolution_rate: [0, 0], local_resolution_rate: [0, 0], risk_on_time_rate: [0, 0],
    complaint_upheld_rate: [0, 0], commendation_rate: [0, 2], incident_change: [0, 0], clearance_rate: [0, 0],
  });
  // the event components and commendations (0 of 2 handled): 100 × (25·1 + 15·½ + 20·½ + 5·0) / 65 = 65.38
  assert.equal(cj.score, 65.38);
  assert.equal(comp(cj, 'dispute_resolution_rate').value, null);
  assert.equal(comp(jj, 'satisfaction_rate').value, 0.5);
  assert.equal(comp(jj, 'rework_rate').weight, 15);
  assert.deepEqual(j.items.slice(0, 2).map((x) => [x.name, x.rank]), [['城中街道城建办', 1], ['将军社区', 2]]);
  for (const x of j.items.slice(2)) assert.equal(x.score, null, `${x.name} has no data`);
  assert.equal(jj.change.year_ago, null, 'nothing a year earlier');
  assert.ok(jj.change.previous === null || typeof jj.change.previous === 'number');
});

test('people: the mediators are judged on the disputes they hold', async () => {
  const to = new Date(Date.now() + 60000).toISOString();
  const j = await getOk(srv, `${API}/appraisal?level=person&org_id=${w.org('城中街道').id}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, w.S['street-leader']);
  const m = j.items.find((x) => x.user_id === w.S.mediator.user.id);
  assert.deepEqual(figures(m).dispute_resolution_rate, [1, 1]);
  assert.deepEqual(figures(m).local_resolution_rate, [1, 1]);
  assert.equal(m.score, 100);
  const t = j.items.find((x) => x.user_id === w.S['town-mediator'].user.id);
  assert.deepEqual(figures(t).local_resolution_rate, [0, 1], 'agreed above the level where it arose');
  const h = j.items.find((x) => x.user_id === w.S.handler.user.id);
  assert.deepEqual(figures(h).on_time_rate, [2, 2]);
  assert.equal(h.score, 65.38);
});

test('stations of 婺城公安分局: complaints upheld, commendations, 发案同比 and 破案率', async () => {
  const to = new Date(Date.now() + 60000).toISOString();
  const q = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  const j = await getOk(srv, `${API}/appraisal?level=unit&org_id=${w.org('婺城公安分局').id}&${q}`, w.S.admin);
  const cz = j.items.find((x) => x.name === '城中派出所');
  assert.deepEqual(figures(cz), {
    on_time_rate: [0, 0], rework_rate: [0, 0], satisfaction_rate: [0, 0],
    dispute_resolution_rate: [0, 0], local_resolution_rate: [0, 0], risk_on_time_rate: [0, 0],
    complaint_upheld_rate: [1, 2],   // C1 upheld of C1, C2 concluded (C3 open)
    commendation_rate: [1, 2],       // one commendation, two visits finished
    incident_change: [2, 3],         // I1, I2 now; I3 a year earlier: 2 of 2 + 1
    clearance_rate: [1, 2],          // I1 solved of I1, I2
  });
  assert.equal(comp(cz, 'commendation_rate').value, 1, '10 × 1/2 capped at 1');
  assert.equal(comp(cz, 'commendation_rate').scale, 10);
  assert.equal(comp(cz, 'complaint_upheld_rate').inverse, true);
  assert.equal(comp(cz, 'incident_change').inverse, true);
  assert.equal(comp(cz, 'incident_change').value, 0.6667);
  // 100 × (10·(1−½) + 5·1 + 10·(1−⅔) + 10·½) / 35 = 100 × 18.333 / 35 = 52.38
  assert.equal(cz.score, 52.38);
  assert.equal(cz.rank, 1);
  const xg = j.items.find((x) => x.name === '西关派出所');
  assert.equal(xg.score, null, 'no data in the period: not ranked on nothing');
  // the officer: C1 names him (1 of 1 upheld), the commendation names him, he finished both
  // visits and filed the three incidents: 100 × (10·0 + 5·1 + 10·⅓ + 10·½) / 35 = 38.10
  const p = await getOk(srv, `${API}/appraisal?level=person&org_id=${w.org('婺城公安分局').id}&${q}`, w.S.admin);
  const o = p.items.find((x) => x.user_id === w.S['cz-officer'].user.id);
  assert.deepEqual([figures(o).complaint_upheld_rate, figures(o).commendation_rate, figures(o).incident_change, figures(o).clearance_rate],
    [[1, 1], [1, 2], [2, 3], [1, 2]]);
  assert.equal(o.score, 38.1);
  const l = p.items.find((x) => x.user_id === w.S['cz-leader'].user.id);
  assert.deepEqual(figures(l).complaint_upheld_rate, [0, 0], 'concluding a complaint is not being complained about');
  // the new weights are admin-settable like the others
  const r = await w.raw('admin', 'PUT', `${API}/appraisal/weights`, { body: { items: [{ key: 'commendation_rate', weight: 0 }, { key: 'incident_change', weight: 0 }] } });
  assert.equal(r.status, 200, r.text);
  const k = await getOk(srv, `${API}/appraisal?level=unit&org_id=${w.org('婺城公安分局').id}&${q}`, w.S.admin);
  // 100 × (10·½ + 10·½) / 20 = 50
  assert.equal(k.items.find((x) => x.name === '城中派出所').score, 50);
  await w.raw('admin', 'PUT', `${API}/appraisal/weights`, { body: { items: [{ key: 'commendation_rate', weight: 5 }, { key: 'incident_change', weight: 10 }] } });
});

test('weights: an admin sets them and the score follows; refusals', async () => {
  assertError(await w.raw('operator', 'PUT', `${API}/appraisal/weights`, { body: { items: [{ key: 'on_time_rate', weight: 50 }] } }), 403);
  assertError(await w.raw('admin', 'PUT', `${API}/appraisal/weights`, { body: { items: [{ key: 'luck', weight: 50 }] } }), 422, undefined, 'items[0].key');
  assertError(await w.raw('admin', 'PUT', `${API}/appraisal/weights`, { body: { items: [{ key: 'on_time_rate', weight: -1 }] } }), 422, undefined, 'items[0].weight');
  const r = await w.raw('admin', 'PUT', `${API}/appraisal/weights`, { body: { items: [{ key: 'satisfaction_rate', weight: 0 }, { key: 'rework_rate', weight: 0 }] } });
  assert.equal(r.status, 200, r.text);
  const to = new Date(Date.now() + 60000).toISOString();
  const j = await getOk(srv, `${API}/appraisal?level=unit&org_id=${w.org('城中街道').id}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, w.S.operator);
  // 城建办: on_time and commendations are left: 100 × 25 / 30 = 83.33;
  // 将军社区: (25·1 + 15·⅔ + 10·½ + 15·½ + 5·0) / 70 = 47.5 / 70 = 67.86
  assert.equal(j.items.find((x) => x.name === '城中街道城建办').score, 83.33);
  assert.equal(j.items.find((x) => x.name === '将军社区').score, 67.86);
  await w.raw('admin', 'PUT', `${API}/appraisal/weights`, { body: { items: [{ key: 'satisfaction_rate', weight: 20 }, { key: 'rework_rate', weight: 15 }] } });
});

test('export, bad parameters, scope', async () => {
  const csv = await w.raw('street-leader', 'GET', `${API}/appraisal?org_id=${w.org('城中街道').id}&from=${encodeURIComponent(from)}&format=csv`);
  assert.equal(csv.status, 200, csv.text);
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.match(lines[0], /名次/);
  assert.match(lines[0], /按期办结率分子/);
  assert.equal(lines.length, 5);
  assertError(await w.raw('operator', 'GET', `${API}/appraisal?level=team`), 422, 'invalid_value', 'level');
  assertError(await w.raw('operator', 'GET', `${API}/appraisal?from=2026-12-01&to=2026-11-01`), 422, undefined, 'from');
  assertError(await w.raw('xg-operator', 'GET', `${API}/appraisal?org_id=${w.org('城中街道').id}`), 404);
  assertError(await w.raw('citizen', 'GET', `${API}/appraisal`), 403);
});
