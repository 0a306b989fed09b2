// Persons (当事人, issue 9 §1): cases created with persons, lookups through the blind index that
// find earlier visits, masking in lists and case JSON, reveals (refused without a reason, for
// auxiliaries and citizens, out of scope; logged on the timeline and in the access log a leader
// reads), 422 for a bad check digit and a bad phone, and the raw database, -wal and backup files
// holding none of the test values in plain text (UTF-8, UTF-16, without separators).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  startServer, runCli, API, orgsByName, unique, assertError, getOk, listAll,
} from './lib.mjs';

let srv;
const S = {};
let org;

// Test values: valid GB 11643 numbers (check digits computed from the weights) and phones.
const ID1 = '33070219900307352X';
const ID2 = '440304198511086310';
const PHONE1 = '13912345678';
const PHONE2 = '13598761234';
const LANDLINE = '0579-82345678';
const NAME1 = '诸葛孔明';
const NAME2 = '司马仲达';
const ADDRESS = '浙江省金华市婺城区城中街道将军路社区卧龙岗18号2幢301室';
const SECRETS = [ID1, ID2, PHONE1, PHONE2, '057982345678', NAME1, NAME2, '卧龙岗18号'];

const PW = 'persons-Pw-7731x';

async function post(login, body) {
  return srv.api('POST', `${API}/cases`, { token: S[login].token, body });
}

function event(persons, extra = {}) {
  return { type: 'event', title: unique('当事人测试'), category: 'SZ02',
    org_id: org.get('将军社区第一网格').id, persons, ...extra };
}

async function mustCreate(login, body) {
  const r = await post(login, body);
  assert.equal(r.status, 201, r.text);
  return r.json;
}

let first, second, xgCase;

before(async () => {
  srv = await startServer();
  for (const l of ['admin', 'operator', 'xg-operator', 'cz-aux', 'cz-officer', 'citizen', 'grid-worker', 'county-operator'])
    S[l] = await srv.login(l);
  org = await orgsByName(srv, S.admin);
  // leaders of the two townships, for the access log
  for (const [login, unit] of [['pleader-cz', '城中街道'], ['pleader-xg', '西关街道']]) {
    const u = await srv.api('POST', `${API}/users`, { token: S.admin.token,
      body: { login, name: '街道领导', password: PW, grants: [{ role: 'leader', org_id: org.get(unit).id }] } });
    assert.equal(u.status, 201, u.text);
    S[login] = await srv.login(login, PW);
  }
  first = await mustCreate('operator', event([
    { role: 'party', name: NAME1, phone: PHONE1, id_number: ID1.toLowerCase(), address: ADDRESS, note: '第一次来访' },
  ], { caller_name: NAME2, caller_phone: '+86 135-9876-1234' }));
  // a second visit of the same person, the phone written another way
  second = await mustCreate('operator', event([
    { role: 'party', name: NAME1, phone: '139 1234 5678', id_type: 'id_card', id_number: ID1 },
    { role: 'party', name: '黄承彦', phone: LANDLINE, id_number: ID2 },
  ]));
  xgCase = await mustCreate('xg-operator', { type: 'event', title: unique('西关当事人'), category: 'SZ02',
    org_id: org.get('西关社区第一网格').id, persons: [{ role: 'party', name: NAME1, phone: PHONE1 }] });
});

after(async () => { await srv?.stop(); });

test('a case carries its persons masked; the event caller is a person of the registry', () => {
  const party = first.persons.find((p) => p.role === 'party');
  assert.equal(party.role_name, '涉事人');
  assert.equal(party.name, '诸**明');
  assert.equal(party.phone, '139****5678');
  assert.equal(party.id_type, 'id_card');
  assert.equal(party.id_number, '330702********352X');
  assert.equal(party.address, '浙江省金华市婺城区城中街道将军路社区***');
  assert.equal(party.note, undefined, 'a note is never in a list or case JSON');
  const caller = first.persons.find((p) => p.role === 'caller');
  assert.equal(caller.name, '司**达');
  assert.equal(caller.phone, '135****1234');
  assert.equal(first.caller_name, null, 'the event keeps no copy of the caller');
  assert.equal(first.caller_phone, null);
  const land = second.persons.find((p) => p.name === '黄*彦');
  assert.equal(land.phone, '057****5678', 'a landline keeps its area code and last four digits');
  const text = JSON.stringify([first, second]);
  for (const s of SECRETS) assert.ok(!text.includes(s), `${s} is shown in a case`);
});

test('the timeline of a create names the roles, never a value', () => {
  const create = first.timeline.find((e) => e.kind === 'create');
  assert.deepEqual(create.data.persons.map((p) => p.role).sort(), ['caller', 'party']);
  for (const s of SECRETS) assert.ok(!JSON.stringify(first.timeline).includes(s));
});

test('lists and exports show persons masked', async () => {
  const list = await srv.api('GET', `${API}/cases?type=event&limit=200`, { token: S.operator.token });
  assert.equal(list.status, 200);
  const item = list.json.items.find((c) => c.id === first.id);
  assert.ok(item, 'the case is in the list');
  assert.equal(item.persons.find((p) => p.role === 'party').phone, '139****5678');
  for (const s of SECRETS) assert.ok(!list.text.includes(s), `${s} in the list`);
  const csv = await srv.api('GET', `${API}/cases?type=event&format=csv`, { token: S.operator.token });
  assert.equal(csv.status, 200);
  for (const s of SECRETS) assert.ok(!csv.text.includes(s), `${s} in the export`);
});

test('GET /persons?phone= finds the earlier visits through the blind index, masked, in scope', async () => {
  for (const phone of [PHONE1, '+86 139-1234-5678', '139 1234 5678']) {
    const r = await getOk(srv, `${API}/persons?phone=${encodeURIComponent(phone)}`, S.operator);
    // two persons (two visits), each on one case of 城中; the 西关 one is not the operator's
    const ids = r.items.map((p) => p.id);
    assert.equal(ids.length, 2, JSON.stringify(r));
    const codes = r.items.flatMap((p) => p.cases.map((c) => c.code)).sort();
    assert.deepEqual(codes, [first.code, second.code].sort());
    for (const p of r.items) {
      assert.equal(p.phone, '139****5678');
      assert.equal(p.cases[0].type, 'event');
      assert.equal(p.cases[0].role, 'party');
      assert.ok(p.cases[0].status && p.cases[0].created_at);
    }
    assert.equal(r.next_cursor, null);
    for (const s of SECRETS) assert.ok(!JSON.stringify(r).includes(s));
  }
  // by ID number (lower-case x written) and by full name: exact only
  let r = await getOk(srv, `${API}/persons?id_number=${ID1.toLowerCase()}`, S.operator);
  assert.equal(r.items.length, 2);
  r = await getOk(srv, `${API}/persons?name=${encodeURIComponent(NAME1)}`, S.operator);
  assert.equal(r.items.length, 2);
  r = await getOk(srv, `${API}/persons?name=${encodeURIComponent('诸葛')}`, S.operator);
  assert.equal(r.items.length, 0, 'a name is found only whole');
  // the 西关 operator finds only the 西关 visit
  r = await getOk(srv, `${API}/persons?phone=${PHONE1}`, S['xg-operator']);
  assert.deepEqual(r.items.flatMap((p) => p.cases.map((c) => c.id)), [xgCase.id]);
  // pages: one person per page, the cursor reaches the other
  const p1 = await getOk(srv, `${API}/persons?phone=${PHONE1}&limit=1`, S.operator);
  assert.equal(p1.items.length, 1);
  assert.ok(p1.next_cursor);
  const p2 = await getOk(srv, `${API}/persons?phone=${PHONE1}&limit=1&cursor=${encodeURIComponent(p1.next_cursor)}`, S.operator);
  assert.equal(p2.items.length, 1);
  assert.notEqual(p2.items[0].id, p1.items[0].id);
  // exports
  const csv = await srv.api('GET', `${API}/persons?phone=${PHONE1}&format=csv`, { token: S.operator.token });
  assert.equal(csv.status, 200);
  assert.ok(csv.text.includes(first.code) && csv.text.includes(second.code));
  assert.ok(!csv.text.includes(PHONE1));
  const xlsx = await srv.api('GET', `${API}/persons?phone=${PHONE1}&format=xlsx`, { token: S.operator.token });
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
});

test('an 18-character document of another type is found with id_type; unknown types are 422', async () => {
  const PASSPORT = 'E12345678901234567';   // 18 characters, not an ID card
  const c = await mustCreate('operator', event([{ role: 'party', name: '外籍来访', id_type: 'passport', id_number: PASSPORT }]));
  const pid = c.persons[0].id;
  // without a type an 18-character number is checked as an ID card
  assertError(await srv.api('GET', `${API}/persons?id_number=${PASSPORT}`, { token: S.operator.token }), 422, 'invalid_value', 'id_number');
  const r = await getOk(srv, `${API}/persons?id_number=${PASSPORT.toLowerCase()}&id_type=passport`, S.operator);
  assert.deepEqual(r.items.map((p) => p.id), [pid]);
  assert.equal(r.items[0].id_type, 'passport');
  assert.ok(!JSON.stringify(r).includes(PASSPORT));
  // the id card default still holds with the type written out
  const card = await getOk(srv, `${API}/persons?id_number=${ID1}&id_type=id_card`, S.operator);
  assert.equal(card.items.length, 2);
  assertError(await srv.api('GET', `${API}/persons?id_number=${PASSPORT}&id_type=visa`, { token: S.operator.token }), 422, 'invalid_value', 'id_type');
  assertError(await srv.api('GET', `${API}/persons?phone=${PHONE1}&id_type=passport`, { token: S.operator.token }), 422, 'invalid_value', 'id_type');
});

test('lookups refuse bad values and roles that may not look people up', async () => {
  assertError(await srv.api('GET', `${API}/persons?phone=12345678`, { token: S.operator.token }), 422, 'invalid_value', 'phone');
  assertError(await srv.api('GET', `${API}/persons?id_number=330702199003073521`, { token: S.operator.token }), 422, 'invalid_value', 'id_number');
  assertError(await srv.api('GET', `${API}/persons`, { token: S.operator.token }), 422, 'missing_field');
  assertError(await srv.api('GET', `${API}/persons?phone=${PHONE1}&name=x`, { token: S.operator.token }), 422);
  assertError(await srv.api('GET', `${API}/persons?phone=${PHONE1}&format=pdf`, { token: S.operator.token }), 422, 'invalid_value', 'format');
  for (const l of ['citizen', 'grid-worker'])
    assertError(await srv.api('GET', `${API}/persons?phone=${PHONE1}`, { token: S[l].token }), 403);
});

test('a bad check digit, an impossible birth date and a bad phone are 422 naming the field; nothing is written', async () => {
  const before0 = await listAll(srv, S.operator, `${API}/cases?type=event`);
  assertError(await post('operator', event([{ role: 'party', id_number: '330702199003073521' }])),
    422, 'invalid_value', 'persons[0].id_number');
  assertError(await post('operator', event([{ role: 'party', id_number: '330702199002303522' }])),
    422, 'invalid_value', 'persons[0].id_number');
  assertError(await post('operator', event([{ role: 'party', name: '甲' }, { role: 'party', phone: '2345678' }])),
    422, 'invalid_value', 'persons[1].phone');
  assertError(await post('operator', event([{ role: 'party', phone: '1380013800' }])),
    422, 'invalid_value', 'persons[0].phone');
  assertError(await post('operator', event([], { caller_phone: '12345' })), 422, 'invalid_value', 'caller_phone');
  assertError(await post('operator', event([{ role: 'party', id_number: 'E1234567' }])),
    422, 'missing_field', 'persons[0].id_type');
  // the message is in Chinese and names the field by its label
  const zh = await srv.api('POST', `${API}/cases`, { token: S.operator.token,
    body: event([{ role: 'party', id_number: '330702199003073521' }]), headers: { 'accept-language': 'zh-CN' } });
  assert.match(zh.json.error.message, /证件号码.*校验位/);
  // someone else's person by id: not one the 西关 operator may see
  assertError(await post('xg-operator', { type: 'event', title: 'x', category: 'SZ02',
    org_id: org.get('西关社区第一网格').id, persons: [{ role: 'party', person_id: first.persons[0].id }] }),
  422, 'invalid_value', 'persons[0].person_id');
  const after0 = await listAll(srv, S.operator, `${API}/cases?type=event`);
  assert.equal(after0.length, before0.length);
});

test('an existing person links by person_id; an action links persons with fields.persons', async () => {
  const pid = first.persons.find((p) => p.role === 'party').id;
  const c = await mustCreate('operator', event([{ role: 'party', person_id: pid }]));
  assert.equal(c.persons[0].id, pid);
  assert.equal(c.persons[0].name, '诸**明');
  const one = await getOk(srv, `${API}/persons/${pid}`, S.operator);
  assert.ok(one.cases.some((x) => x.id === c.id) && one.cases.some((x) => x.id === first.id));
  assertError(await srv.api('GET', `${API}/persons/${pid}`, { token: S['xg-operator'].token }), 404);
});

async function reveal(login, id, body) {
  return srv.api('POST', `${API}/persons/${id}/reveal`, { token: S[login].token, body });
}

test('reveal: refused without a reason, for auxiliaries and citizens, and out of scope; nothing logged', async () => {
  const pid = first.persons.find((p) => p.role === 'party').id;
  assertError(await reveal('operator', pid, { field: 'phone' }), 422, 'missing_field', 'reason');
  assertError(await reveal('operator', pid, { field: 'phone', reason: '   ' }), 422, undefined, 'reason');
  assertError(await reveal('operator', pid, { field: 'phone,name', reason: '回访' }), 422, 'invalid_value', 'field');
  assertError(await reveal('cz-aux', pid, { field: 'phone', reason: '回访' }), 403);
  assertError(await reveal('citizen', pid, { field: 'phone', reason: '回访' }), 403);
  assertError(await reveal('grid-worker', pid, { field: 'phone', reason: '回访' }), 403);
  assertError(await reveal('xg-operator', pid, { field: 'phone', reason: '回访' }), 404);
  // an officer of the police station: may see values, but not this township's case
  assertError(await reveal('cz-officer', pid, { field: 'phone', reason: '回访' }), 404);
  // a case the person is not on
  assertError(await reveal('operator', pid, { field: 'phone', reason: '回访', case_id: xgCase.id }), 404);
  const c = await getOk(srv, `${API}/cases/${first.id}`, S.operator);
  assert.ok(!c.timeline.some((e) => e.kind === 'reveal'), 'a refused reveal is not logged');
  const log = await getOk(srv, `${API}/access-log`, S['pleader-cz']);
  assert.equal(log.items.length, 0);
});

test('reveal: one whole value with a reason, written on the timeline without the value', async () => {
  const party = first.persons.find((p) => p.role === 'party');
  let r = await reveal('operator', party.id, { field: 'phone', reason: '回访核实情况', case_id: first.id });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.value, PHONE1);
  assert.equal(r.json.case_id, first.id);
  r = await reveal('operator', party.id, { field: 'id_number', reason: '核对身份' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.value, ID1);
  r = await reveal('county-operator', party.id, { field: 'address', reason: '上门走访' });
  assert.equal(r.json.value, ADDRESS);
  r = await reveal('pleader-cz', party.id, { field: 'note', reason: '了解来访经过' });
  assert.equal(r.json.value, '第一次来访');
  const c = await getOk(srv, `${API}/cases/${first.id}`, S.operator);
  const ev = c.timeline.filter((e) => e.kind === 'reveal');
  assert.ok(ev.length >= 1);
  const phoneEv = ev.find((e) => e.data.field === 'phone');
  assert.equal(phoneEv.note, '回访核实情况');
  assert.equal(phoneEv.actor_id, S.operator.user.id);
  assert.equal(phoneEv.data.person_id, party.id);
  for (const s of SECRETS) assert.ok(!JSON.stringify(c.timeline).includes(s), `${s} on the timeline`);
});

test('the access log: a leader lists the reveals of the unit for a period; paged and exported', async () => {
  const log = await getOk(srv, `${API}/access-log?org_id=${org.get('城中街道').id}`, S['pleader-cz']);
  assert.ok(log.items.length >= 4, JSON.stringify(log));
  const it = log.items.find((x) => x.field === 'phone');
  assert.equal(it.user_id, S.operator.user.id);
  assert.equal(it.reason, '回访核实情况');
  assert.equal(it.case_code, first.code);
  assert.equal(it.field_name, '联系电话');
  for (const s of SECRETS) assert.ok(!JSON.stringify(log).includes(s));
  // a period before the reveals holds none
  const past = await getOk(srv, `${API}/access-log?from=2020-01-01&to=2020-02-01`, S['pleader-cz']);
  assert.equal(past.items.length, 0);
  // paged
  const p1 = await getOk(srv, `${API}/access-log?limit=2`, S['pleader-cz']);
  assert.equal(p1.items.length, 2);
  const p2 = await getOk(srv, `${API}/access-log?limit=2&cursor=${encodeURIComponent(p1.next_cursor)}`, S['pleader-cz']);
  assert.ok(p2.items.length >= 1 && p2.items[0].id < p1.items[1].id);
  // another township's leader sees none of them, and cannot ask for this unit
  const xg = await getOk(srv, `${API}/access-log`, S['pleader-xg']);
  assert.equal(xg.items.length, 0);
  assertError(await srv.api('GET', `${API}/access-log?org_id=${org.get('城中街道').id}`, { token: S['pleader-xg'].token }), 404);
  // not for officers or operators
  assertError(await srv.api('GET', `${API}/access-log`, { token: S.operator.token }), 403);
  const csv = await srv.api('GET', `${API}/access-log?format=csv`, { token: S['pleader-cz'].token });
  assert.equal(csv.status, 200);
  assert.ok(csv.text.includes('回访核实情况') && csv.text.includes('联系电话'));
  assertError(await srv.api('GET', `${API}/access-log?format=doc`, { token: S['pleader-cz'].token }), 422, 'invalid_value', 'format');
});

test('GET /types lists each type\'s person roles', async () => {
  const t = await getOk(srv, `${API}/types`, S.operator);
  const ev = t.items.find((x) => x.type === 'event');
  assert.deepEqual(ev.person_roles.map((r) => r.code), ['caller', 'party']);
  assert.equal(ev.person_roles[0].name_zh, '来电人');
  assert.equal(ev.person_roles[0].max, 1);
  assert.deepEqual(t.items.find((x) => x.type === 'suggestion').person_roles, []);
});

// ------------------------------------------------------------------------------------ raw files

/** The ways a value could sit in a file: UTF-8, UTF-16 LE and BE, digits without separators. */
test('a citizen reporter does not see the persons staff added to the report; staff do', async () => {
  // the citizen reports in their grid; the operator accepts it and registers a party
  const mine = await mustCreate('citizen', { type: 'event', title: unique('群众上报当事人'), category: 'SZ02',
    org_id: org.get('将军社区第一网格').id, body: '楼道堆物' });
  const act = await srv.api('POST', `${API}/cases/${mine.id}/actions`, { token: S.operator.token,
    body: { action: 'accept', fields: { persons: [{ role: 'party', name: '欧阳修远', phone: '13766661234' }] } } });
  assert.equal(act.status, 200, act.text);
  assert.equal(act.json.persons.length, 1, 'staff see the party');
  assert.equal(act.json.persons[0].name, '欧**远');
  const staff = await getOk(srv, `${API}/cases/${mine.id}`, S.operator);
  assert.equal(staff.persons.length, 1);
  // the citizen: case get, the case list and a search find the case, never its persons
  const own = await getOk(srv, `${API}/cases/${mine.id}`, S.citizen);
  assert.equal(own.id, mine.id);
  assert.ok(!('persons' in own), JSON.stringify(own.persons));
  const listed = (await listAll(srv, S.citizen, `${API}/cases`)).find((x) => x.id === mine.id);
  assert.ok(listed, 'the citizen lists their report');
  assert.ok(!('persons' in listed));
  const hit = (await listAll(srv, S.citizen, `${API}/cases?type=event&q=${encodeURIComponent('楼道堆物')}`))
    .find((x) => x.id === mine.id);
  assert.ok(hit, 'the citizen finds their report by q=');
  assert.ok(!('persons' in hit));
  const sr = await srv.api('GET', `${API}/search?q=${encodeURIComponent('楼道堆物')}`, { token: S.citizen.token });
  const found = sr.status === 200 ? sr.json.items.filter((x) => x.id === mine.id) : [];
  for (const x of found) assert.ok(!('persons' in x));
  const text = JSON.stringify([own, listed, hit, found]);
  for (const v of ['欧**远', '137****1234']) assert.equal(text.indexOf(v), -1, v);
  const staffList = (await listAll(srv, S.operator, `${API}/cases?type=event`)).find((x) => x.id === mine.id);
  assert.equal(staffList.persons.length, 1, 'staff lists keep the persons');
});

function forms(s) {
  const out = [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')];
  const be = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
  out.push(be);
  const digits = s.replace(/[^0-9Xx]/g, '');
  if (digits.length >= 7 && digits !== s) out.push(Buffer.from(digits, 'utf8'));
  return out;
}

function scan(file, label) {
  if (!existsSync(file)) return 0;
  const buf = readFileSync(file);
  for (const s of SECRETS)
    for (const f of forms(s)) assert.equal(buf.indexOf(f), -1, `${label} holds ${s} in plain text`);
  return buf.length;
}

test('the raw database, -wal and a backup hold none of the values in plain text; audit verify still holds', async () => {
  // the checks above ran while the values were in the WAL: read it while the server runs
  let bytes = scan(srv.db, 'the database') + scan(`${srv.db}-wal`, 'the -wal file');
  assert.ok(bytes > 0);
  // a backup: sqlite's online backup if the shell is there, else a copy of the files
  const backup = path.join(srv.dir, 'backup.db');
  const sh = spawnSync('sqlite3', [srv.db, `.backup '${backup}'`], { encoding: 'utf8' });
  if (sh.error || sh.status !== 0) copyFileSync(srv.db, backup);
  bytes = scan(backup, 'the backup');
  assert.ok(bytes > 0);
  scan(`${srv.db}.anchors`, 'the anchor file');
  for (const s of SECRETS) assert.ok(!srv.output().includes(s), `the server log holds ${s}`);
  const res = await srv.stopKeep();
  assert.deepEqual(res, { code: 0, signal: null });
  scan(srv.db, 'the database after shutdown');
  const audit = runCli(['audit', 'verify', '--db', srv.db]);
  assert.equal(audit.status, 0, audit.stdout + audit.stderr);
  srv.cleanup();
  srv = null;
});
