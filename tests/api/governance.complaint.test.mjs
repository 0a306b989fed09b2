// Complaints about a unit (投诉, issue #12 §2 and §4): registered at the desk or by a citizen against
// a unit (and optionally one of its staff), concluded by a leader of the unit or above with
// uphold (属实) or reject (不属实); who is told; refusals; scope; the citizen's view; the
// 15-day deadline with the test clock; the monitoring threshold "complaints about one unit".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-leader', 'xg-officer', 'citizen', 'operator', 'street-leader'];
const DAY = 24 * 3600 * 1000;
const COMPLAINANT = { role: 'complainant', name: '赵立新', phone: '13805791111' };
let srv;
let w;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, USERS);
});
after(async () => { await srv?.stop(); });

const post = (who, body) => w.raw(who, 'POST', `${API}/cases`, { body: { type: 'complaint', title: unique('投诉'), body: '窗口民警态度生硬', ...body } });
const file = async (who, body) => {
  const r = await post(who, body);
  assert.equal(r.status, 201, r.text);
  return r.json;
};
const station = () => w.org('城中派出所').id;
const notices = async (who) => (await getOk(srv, `${API}/notifications`, w.S[who])).items;

test('the desk registers a complaint against its station and an officer; the leader upholds it', async () => {
  const c = await file('cz-aux', { org_id: station(), about: 'attitude', staff_id: w.S['cz-officer'].user.id, persons: [COMPLAINANT] });
  assert.equal(c.status, 'open');
  assert.equal(c.about, 'attitude');
  assert.equal(c.staff_id, w.S['cz-officer'].user.id);
  assert.equal(c.stage, 'conclude');
  assert.match(c.code, /^TS\d{12}$/);
  // due 15 days after filing
  assert.ok(Math.abs(Date.parse(c.due_at) - Date.parse(c.created_at) - 15 * DAY) < 1000, 'due in 15 days');
  assert.equal(c.persons.length, 1);
  assert.equal(c.persons[0].role, 'complainant');
  assert.notEqual(c.persons[0].phone, COMPLAINANT.phone, 'masked');
  // the station's leader is told (a to-do)
  assert.ok((await notices('cz-leader')).some((n) => n.case_id === c.id && n.kind === 'complaint_new'));
  // an officer may not conclude (403); the leader may, with findings
  assertError(await w.actRaw('cz-officer', c.id, { action: 'uphold', fields: { findings: '属实' } }), 403);
  assertError(await w.actRaw('cz-leader', c.id, { action: 'uphold', fields: {} }), 422, undefined, 'fields.findings');
  const u = await w.act('cz-leader', c.id, { action: 'uphold', fields: { findings: '经调取执法记录仪，民警态度生硬，已批评教育' } }, 'upheld');
  assert.equal(u.outcome, 'upheld');
  assert.equal(u.concluded_by, w.S['cz-leader'].user.id);
  assert.equal(u.on_time, true);
  assert.ok(u.closed_at);
  // uphold twice, or reject after upholding: 409, nothing written
  const before = u.version;
  assertError(await w.actRaw('cz-leader', c.id, { action: 'uphold', fields: { findings: '再次' } }), 409);
  assertError(await w.actRaw('cz-leader', c.id, { action: 'reject', fields: { findings: '改判' } }), 409);
  assert.equal((await w.get('cz-leader', c.id)).version, before);
  const done = (await notices('cz-leader')).find((n) => n.case_id === c.id && n.kind === 'complaint_new');
  assert.ok(done.done_at, 'the to-do is done once concluded');
});

test('refusals: bad unit, a grid, a stranger as staff, no complainant, a citizen naming staff', async () => {
  const count = async () => (await getOk(srv, `${API}/cases?type=complaint&limit=200`, w.S.admin)).items.length;
  const before = await count();
  assertError(await post('cz-officer', { org_id: 999999, about: 'delay', persons: [COMPLAINANT] }), 422, undefined, 'org_id');
  assertError(await post('operator', { org_id: w.org('将军社区第一网格').id, about: 'delay', persons: [COMPLAINANT] }), 422, undefined, 'org_id');
  assertError(await post('cz-officer', { org_id: station(), about: 'rudeness', persons: [COMPLAINANT] }), 422, undefined, 'about');
  assertError(await post('cz-officer', { org_id: station(), about: 'delay' }), 422, 'missing_field', 'persons');
  assertError(await post('cz-officer', { org_id: station(), about: 'delay', staff_id: w.S['xg-officer'].user.id, persons: [COMPLAINANT] }), 422, undefined, 'staff_id');
  assertError(await post('citizen', { org_id: station(), about: 'delay', staff_id: w.S['cz-officer'].user.id }), 422, undefined, 'staff_id');
  // a desk of another station may not register against this one
  assertError(await post('xg-officer', { org_id: station(), about: 'delay', persons: [COMPLAINANT] }), 403);
  assert.equal(await count(), before, 'no refused request wrote a complaint');
});

// ---- the unit picker (GET /complaint-units) -----------------------------------------------------

const TARGET_KINDS = ['police_bureau', 'police_station', 'police_area', 'department', 'township', 'community'];
/** Whether org unit o is id or lies below it (by the admin's whole org list). */
function within(o, id) {
  for (let x = o; x; x = w.orgs.find((y) => y.id === x.parent_id)) if (x.id === id) return true;
  return false;
}
const units = async (who, headers) => {
  const r = await w.raw(who, 'GET', `${API}/complaint-units`, { headers });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.truncated, false);
  return r.json.items;
};

test('complaint-units: a citizen gets the police, departments, townships and communities of their area, by name only', async () => {
  const mine = await units('citizen');
  const area = w.S.citizen.user.grants[0].org_id;
  const want = w.orgs.filter((o) => TARGET_KINDS.includes(o.kind) && within(o, area));
  assert.deepEqual(mine.map((u) => u.id).sort((a, b) => a - b), want.map((o) => o.id).sort((a, b) => a - b),
    'exactly the units of those kinds in the citizen\'s area');
  for (const name of ['城中派出所', '西关派出所', '婺城公安分局', '城中街道城建办', '婺城区市场监督管理局', '城中街道', '将军社区']) {
    assert.ok(mine.some((u) => u.name === name), `${name} is offered`);
  }
  for (const name of ['婺城区', '金华市', '浙江省', '将军社区第一网格']) assert.ok(!mine.some((u) => u.name === name), `${name} is not`);
  for (const u of mine) assert.deepEqual(Object.keys(u).sort(), ['id', 'kind_name', 'name', 'parent_name'], 'names only, no codes');
  // police first, then departments, then the places
  const order = ['公安分局', '派出所', '警务区', '职能部门', '乡镇/街道', '社区/村'];
  const ranks = mine.map((u) => order.indexOf(u.kind_name));
  assert.ok(ranks.every((r) => r >= 0), `kind names: ${mine.map((u) => u.kind_name)}`);
  assert.deepEqual(ranks, ranks.slice().sort((a, b) => a - b), 'grouped in order');
  assert.equal(mine.find((u) => u.name === '城中派出所').parent_name, '婺城公安分局');
  const en = await units('citizen', { 'accept-language': 'en' });
  assert.equal(en.find((u) => u.name === '城中派出所').kind_name, 'Police station');
  // the desk of a station: its own station (it may only file there)
  assert.deepEqual((await units('cz-aux')).map((u) => u.name), ['城中派出所']);
  assertError(await srv.api('GET', `${API}/complaint-units`), 401);
});

test('a citizen complains about a police station and a department from the picker; each goes to that unit', async () => {
  const offered = await units('citizen');
  const st = offered.find((u) => u.name === '城中派出所');
  const dept = offered.find((u) => u.name === '城中街道城建办');
  const c = await file('citizen', { org_id: st.id, about: 'delay' });
  assert.equal(c.org_id, st.id);
  assert.equal(c.org_name, '城中派出所');
  // the station's leader is told and may open it; another station's leader may not
  assert.ok((await notices('cz-leader')).some((n) => n.case_id === c.id && n.kind === 'complaint_new'), 'the station\'s leader is told');
  assert.ok(!(await notices('xg-leader')).some((n) => n.case_id === c.id), 'not another station\'s');
  assert.equal((await w.get('cz-leader', c.id)).id, c.id);
  assertError(await w.raw('xg-leader', 'GET', `${API}/cases/${c.id}`), 404);
  const d = await file('citizen', { org_id: dept.id, about: 'inaction' });
  assert.equal(d.org_name, '城中街道城建办');
  // the township's leader above the department investigates it
  assert.ok((await notices('street-leader')).some((n) => n.case_id === d.id && n.kind === 'complaint_new'), 'the leader above the department is told');
  await w.act('street-leader', d.id, { action: 'reject', fields: { findings: '已按期办理，系误解' } }, 'rejected');
});

test('a unit that is not one to complain about: 422 org_id, nothing written', async () => {
  const count = async () => (await getOk(srv, `${API}/cases?type=complaint&limit=200`, w.S.admin)).items.length;
  const before = await count();
  const offered = new Set((await units('citizen')).map((u) => u.id));
  for (const name of ['婺城区', '金华市', '浙江省', '将军社区第一网格']) {
    const o = w.org(name);
    assert.ok(!offered.has(o.id), `${name} is not offered`);
    const e = assertError(await post('citizen', { org_id: o.id, about: 'delay' }), 422, 'invalid_value', 'org_id');
    assert.match(e.message, /被投诉单位|网格/, `a Chinese message: ${e.message}`);
  }
  const en = await w.raw('citizen', 'POST', `${API}/cases`, { body: { type: 'complaint', title: unique('投诉'), org_id: w.org('婺城区').id, about: 'delay' }, headers: { 'accept-language': 'en' } });
  assert.match(assertError(en, 422, 'invalid_value', 'org_id').message, /police station/);
  assertError(await post('admin', { org_id: w.org('婺城区').id, about: 'delay', persons: [COMPLAINANT] }), 422, 'invalid_value', 'org_id');
  assert.equal(await count(), before, 'no refused request wrote a complaint');
});

test('a citizen files one, sees only their own and no persons; is told the outcome', async () => {
  const mine = await file('citizen', { org_id: station(), about: 'delay', persons: [{ role: 'complainant', name: '钱女士', phone: '13905790000' }] });
  const theirs = await file('cz-officer', { org_id: station(), about: 'inaction', persons: [COMPLAINANT] });
  const list = (await getOk(srv, `${API}/cases?type=complaint&limit=200`, w.S.citizen)).items;
  assert.ok(list.some((x) => x.id === mine.id), 'their own is listed');
  assert.ok(!list.some((x) => x.id === theirs.id), 'not the one the desk registered');
  assert.ok(list.every((x) => x.reporter_id === w.S.citizen.user.id), 'only their own (the demo has two more of theirs)');
  const seen = await w.get('citizen', mine.id);
  assert.equal(seen.persons, undefined, 'no persons for the citizen');
  assertError(await w.raw('citizen', 'GET', `${API}/cases/${theirs.id}`), 404);
  assertError(await w.raw('citizen', 'GET', `${API}/staff?org_id=${station()}`), 403);
  // the leader of the same unit judges; the citizen hears of it
  await w.act('cz-leader', mine.id, { action: 'reject', fields: { findings: '按规定时限办理，未拖延' } }, 'rejected');
  const n = (await notices('citizen')).find((x) => x.case_id === mine.id);
  assert.ok(n, 'the citizen is told');
  assert.equal(n.kind, 'complaint_result');
  // the kind is named for people, in the language of the request, never by its code
  assert.equal(n.kind_name, '投诉处理结果');
  const en = await w.raw('citizen', 'GET', `${API}/notifications`, { headers: { 'accept-language': 'en' } });
  assert.equal(en.json.items.find((x) => x.id === n.id)?.kind_name, 'Complaint outcome');
  assert.match(n.text_zh ?? n.text ?? JSON.stringify(n), /不属实/);
  // the unit's leaders are told of the conclusion made by an admin above
  await w.act('admin', theirs.id, { action: 'uphold', fields: { findings: '属实' } }, 'upheld');
  assert.ok((await notices('cz-leader')).some((x) => x.case_id === theirs.id && x.kind === 'complaint_concluded'));
});

test('scope: another station neither sees nor concludes; a leader does not judge a complaint about themselves', async () => {
  const c = await file('cz-officer', { org_id: station(), about: 'misconduct', staff_id: w.S['cz-leader'].user.id, persons: [COMPLAINANT] });
  assertError(await w.raw('xg-leader', 'GET', `${API}/cases/${c.id}`), 404);
  assertError(await w.actRaw('xg-leader', c.id, { action: 'reject', fields: { findings: '不属实' } }), 404);
  assertError(await w.actRaw('cz-leader', c.id, { action: 'reject', fields: { findings: '不属实' } }), 403);
  assert.equal((await w.get('cz-leader', c.id)).status, 'open');
  assert.ok(!(await getOk(srv, `${API}/cases?type=complaint&limit=200`, w.S['xg-officer'])).items.some((x) => x.id === c.id));
  // the list carries the side fields and filters by status; the export names the statuses
  const open = (await getOk(srv, `${API}/cases?type=complaint&status=open&limit=200`, w.S['cz-leader'])).items;
  assert.ok(open.some((x) => x.id === c.id && x.about === 'misconduct' && x.staff_id === w.S['cz-leader'].user.id));
  assert.ok(open.every((x) => x.status === 'open'));
  const csv = await w.raw('cz-leader', 'GET', `${API}/cases?type=complaint&status=upheld&format=csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.text, /属实/);
  assert.doesNotMatch(csv.text, /待调查/);
});

test('monitoring: complaints about one unit in 30 days ≥ 3 raise one warning, not two', async () => {
  // 飘萍社区 has no complaint in the demo; its own threshold decides for it
  const pp = w.org('飘萍社区').id;
  const put = await w.raw('admin', 'PUT', `${API}/monitor/thresholds`, { body: { org_id: pp, indicator: 'complaint_unit', threshold: 3, window_days: 30 } });
  assert.equal(put.status, 200, put.text);
  const tick = async () => (await w.raw('admin', 'POST', `${API}/admin/monitor-tick`)).json.raised;
  const mine = async () => (await getOk(srv, `${API}/cases?type=warning&limit=200`, w.S.admin)).items.filter((x) => x.indicator === 'complaint_unit');
  await file('operator', { org_id: pp, about: 'delay', persons: [COMPLAINANT] });
  await file('operator', { org_id: pp, about: 'delay', persons: [COMPLAINANT] });
  assert.equal(await tick(), 0, 'two is under the threshold of three');
  await file('operator', { org_id: pp, about: 'other', persons: [COMPLAINANT] });
  assert.equal(await tick(), 1, 'the third crosses it');
  assert.equal(await tick(), 0, 'not a second time while open');
  await file('operator', { org_id: pp, about: 'other', persons: [COMPLAINANT] });
  assert.equal(await tick(), 0, 'nor with a fourth');
  const ws = await mine();
  assert.equal(ws.length, 1);
  assert.equal(ws[0].org_id, pp);
  assert.equal(ws[0].value, 3);
  assert.equal(ws[0].threshold, 3);
  assert.match(ws[0].title, /飘萍社区30日内被投诉3起/);
  assert.ok((await notices('street-leader')).some((n) => n.case_id === ws[0].id && n.kind === 'warning_raised'), 'the township leader acknowledges it');
  // the complained-about community's leaders (the township's, nearest up) heard of each complaint
  assert.ok((await notices('street-leader')).some((n) => n.kind === 'complaint_new'));
});

test('test clock: 16 days on, an open complaint is overdue (red) and the leader is told', async () => {
  const open = (await getOk(srv, `${API}/cases?type=complaint&status=open&limit=200`, w.S['cz-leader'])).items;
  assert.ok(open.length > 0);
  const keep = { dir: srv.dir, db: srv.db };
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  process.env.PINGAN_TEST_CLOCK_OFFSET_MS = String(16 * DAY);
  try {
    srv = await startServer(keep);
  } finally {
    delete process.env.PINGAN_TEST_CLOCK_OFFSET_MS;
  }
  w = await eventWorld(srv, USERS);
  const t = await w.raw('admin', 'POST', `${API}/admin/sla-tick`);
  assert.equal(t.status, 200, t.text);
  const c = await w.get('cz-leader', open[0].id);
  assert.equal(c.warn, 'red');
  assert.ok((await notices('cz-leader')).some((n) => n.case_id === c.id && n.kind === 'warning'), 'told it is overdue');
  const late = await w.act('admin', c.id, { action: 'reject', fields: { findings: '逾期办结' } }, 'rejected');
  assert.equal(late.on_time, false);
});

test('test clock: 31 days on, the 30-day window is empty: no complaint warning is raised again', async () => {
  const keep = { dir: srv.dir, db: srv.db };
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  process.env.PINGAN_TEST_CLOCK_OFFSET_MS = String(31 * DAY);
  try {
    srv = await startServer(keep);
  } finally {
    delete process.env.PINGAN_TEST_CLOCK_OFFSET_MS;
  }
  w = await eventWorld(srv, USERS);
  const open = (await getOk(srv, `${API}/cases?type=warning&limit=200`, w.S.admin)).items.filter((x) => x.indicator === 'complaint_unit' && x.closed_at === null);
  assert.equal(open.length, 1, 'still open');
  for (const x of open) {
    if (x.status === 'open') await w.act('admin', x.id, { action: 'acknowledge' }, 'acknowledged');
    await w.act('admin', x.id, { action: 'dismiss', note: '已约谈整改' }, 'dismissed');
  }
  const r = await w.raw('admin', 'POST', `${API}/admin/monitor-tick`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.raised, 0, 'no complaint in the last 30 days');
});

test('a complaint against a unit with no leader at or above it (婺城公安分局 in the demo) reaches the nearest admins instead of nobody', async () => {
  const bureau = (await units('citizen')).find((u) => u.name === '婺城公安分局');
  assert.ok(bureau, 'the bureau is offered');
  const c = await file('citizen', { org_id: bureau.id, about: 'attitude' });
  const told = (await notices('admin')).find((n) => n.case_id === c.id);
  assert.ok(told, 'the admin is told');
  assert.equal(told.kind, 'complaint_new');
  for (const who of ['cz-leader', 'xg-leader', 'street-leader', 'operator'])
    assert.ok(!(await notices(who)).some((n) => n.case_id === c.id), `${who} is not`);
  // a unit with a leader: its leader, and no admin
  const st = (await units('citizen')).find((u) => u.name === '城中派出所');
  const d = await file('citizen', { org_id: st.id, about: 'delay' });
  assert.ok(!(await notices('admin')).some((n) => n.case_id === d.id), 'the admin is not told when a leader is');
});
