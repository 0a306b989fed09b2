// A citizen registers their own lost report (群众自行登记, 失物登记): the station chosen from
// GET /lostfound/stations, the owner (失主) from the account, matched exactly like a desk
// registration (the desk is told of it and of a likely match), and what the citizen reads of
// it — their own reports only, the status, never the candidates, the found item, other persons
// or the officers' notes — and is told: where and how to claim once the desk confirms a found
// item, that the item was handed back, a withdrawal by the desk. The refusals write nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, orgsByName, assertError } from './lib.mjs';
import { ago, ID_OK, lfKit } from './lfkit.mjs';

let srv;
const S = {};
const { create, act, get, told, sql } = lfKit(() => srv, S);
let org, cz, xg, county;

/* the citizen's own words: a black Huawei, the tail of its IMEI, a bear sticker */
const mine = (extra = {}) => ({
  type: 'lost', category: 'phone', org_id: cz, body: '在人民广场公交站丢了一部黑色华为手机，手机壳背面有小熊贴纸',
  color: '黑色', brand: '华为', model: 'Mate 40', serial: 'IMEI 8612 3456 7890 123',
  marks: '背面贴着小熊贴纸', address: '人民广场公交站', lat: 29.0805, lon: 119.6470,
  lost_from: ago(300), lost_to: ago(240),
  persons: [{ role: 'owner', phone: '13812348000', id_number: ID_OK }], ...extra,
});
const found = (extra = {}) => ({
  type: 'found', category: 'phone', body: '乘客在人民广场东侧捡到手机一部，后盖有卡通熊贴画',
  color: '哑光黑', brand: 'HUAWEI', serial: '861234567890123', marks: '后盖有卡通熊贴画，锁屏壁纸为柴犬',
  address: '人民广场东侧3号站台', lat: 29.0807, lon: 119.6473, found_at: ago(200),
  storage_place: '值班室A柜', persons: [{ role: 'finder', name: '李拾金', phone: '13900001111' }], ...extra,
});
const post = (who, body, headers = {}) => srv.api('POST', `${API}/cases`, { token: S[who].token, body, headers });
const count = () => sql("SELECT (SELECT COUNT(*) FROM cases) || '/' || (SELECT COUNT(*) FROM persons) || '/' || " +
  '(SELECT COUNT(*) FROM case_persons) || \'/\' || (SELECT COUNT(*) FROM timeline)');

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-officer', 'cz-aux', 'cz-leader', 'xg-officer', 'citizen']) S[u] = await srv.login(u);
  org = await orgsByName(srv, S.admin);
  cz = org.get('城中派出所').id;
  xg = org.get('西关派出所').id;
  county = org.get('婺城区').id;
  // a second citizen of the same area
  const u = await srv.api('POST', `${API}/users`, { token: S.admin.token, body: { login: 'citizen2', name: '孙先生',
    password: 'citizen-two-pw-4471', grants: [{ role: 'citizen', org_id: county }] } });
  assert.equal(u.status, 201, u.text);
  S.citizen2 = await srv.login('citizen2', 'citizen-two-pw-4471');
});
after(async () => { await srv?.stop(); });

test('the stations a citizen may register with, each with its claim office; not without a session', async () => {
  const r = (await get('citizen', '/lostfound/stations')).json;
  const names = r.items.map((i) => i.name);
  assert.ok(names.includes('城中派出所') && names.includes('西关派出所'), names.join());
  assert.equal(r.cut, false);
  const c = r.items.find((i) => i.org_id === cz);
  assert.match(c.office.address, /城中派出所/);
  assert.match(c.office.phone, /^0579-/);
  // police stations only: no bureau, no township
  assert.ok(!names.some((n) => /分局|街道|社区/.test(n)), names.join());
  assert.equal((await srv.api('GET', `${API}/lostfound/stations`)).status, 401);
});

let L, F;   // the citizen's report and the found item the desk confirms for it

test('a citizen registers a lost report: the owner is the account, masked for staff; the desk is told', async () => {
  L = await create('citizen', mine());
  assert.equal(L.type, 'lost');
  assert.equal(L.status, 'open');
  assert.equal(L.org_id, cz);
  assert.equal(L.reporter_id, S.citizen.user.id);
  assert.equal(L.self_reported, true);
  assert.equal(L.title, '手机（黑色，华为）');
  assert.equal('persons' in L, false, 'the citizen is not shown the persons staff see');
  // the desk sees the owner: the account's own name, the phone and ID given, masked
  const staff = (await get('cz-officer', `/cases/${L.id}`)).json;
  const owner = staff.persons.filter((p) => p.role === 'owner');
  assert.equal(owner.length, 1);
  assert.equal(owner[0].name, '钱*****）', 'the account\'s name 钱女士（群众）, masked as the registry masks a name');
  assert.equal(owner[0].phone, '138****8000');
  assert.match(owner[0].id_number, /^330702\*+3523$/);
  // encrypted at rest: the phone is nowhere in the database in clear
  assert.equal(sql("SELECT COUNT(*) FROM persons WHERE CAST(phone AS TEXT) LIKE '%13812348000%'"), '0');
  // the station's officers and leader are told of the new report
  assert.equal((await told('cz-officer', L.id, 'lf_lost')).length, 1);
  assert.equal((await told('cz-leader', L.id, 'lf_lost')).length, 1);
  assert.equal((await told('xg-officer', L.id, 'lf_lost')).length, 0);
});

test('it is matched like a desk registration: a found item handed in is a likely candidate, the desk is told', async () => {
  F = await create('cz-aux', found());
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json;
  assert.equal(m.items[0].case_id, F.id);
  assert.equal(m.items[0].likely, true);
  const n = await told('cz-officer', F.id, 'lf_match');
  assert.equal(n.length, 1, 'the desk is told of the likely match');
  // the citizen is told nothing of candidates and may not read them
  const mineNotes = (await get('citizen', '/notifications?limit=100')).json.items;
  assert.ok(!mineNotes.some((x) => x.kind === 'lf_match' || x.case_id === F.id), JSON.stringify(mineNotes));
  assertError(await srv.api('GET', `${API}/cases/${L.id}/matches`, { token: S.citizen.token }), 403);
  assertError(await srv.api('GET', `${API}/cases/${F.id}`, { token: S.citizen.token }), 404, 'not_found');
});

/** Everything the citizen reads of their report, as text: the case, the list, the export, the inbox. */
async function citizenReads(lang) {
  const h = lang ? { 'Accept-Language': lang } : {};
  const one = await srv.api('GET', `${API}/cases/${L.id}`, { token: S.citizen.token, headers: h });
  assert.equal(one.status, 200, one.text);
  const list = await srv.api('GET', `${API}/cases?type=lost`, { token: S.citizen.token, headers: h });
  const csv = await srv.api('GET', `${API}/cases?type=lost&format=csv`, { token: S.citizen.token, headers: h });
  const inbox = await srv.api('GET', `${API}/notifications?limit=100`, { token: S.citizen.token, headers: h });
  const search = await srv.api('GET', `${API}/search?q=${encodeURIComponent('手机')}`, { token: S.citizen.token });
  for (const r of [list, csv, inbox, search]) assert.equal(r.status, 200, r.text);
  return { one: one.json, text: [one.text, list.text, csv.text, inbox.text, search.text].join('\n') };
}
/** Nothing of the found item, the candidates or other persons in what the citizen reads. */
function noDeskData(text) {
  for (const s of [F.code, '861234567890123', '8612345', '李拾金', '139****1111', '值班室A柜', '卡通熊贴画', '柴犬',
    '"score"', '"reasons"', '"likely"', '"found_id"', '"persons"', '内部备注'])
    assert.ok(!text.includes(s), `the citizen reads ${s}`);
}

test('the desk confirms the match: the citizen is told where and how to claim, in Chinese or English', async () => {
  // an officer's internal note on the report
  const cm = await srv.api('POST', `${API}/cases/${L.id}/comments`, { token: S['cz-officer'].token,
    body: { body: '内部备注：已电话联系失主未接通' } });
  assert.equal(cm.status, 201, cm.text);
  await act('cz-officer', L.id, 'match', { found_id: F.id }, 200, '内部备注：拾得人称在站台长椅上捡到');
  const n = await told('citizen', L.id, 'lf_owner_found');
  assert.equal(n.length, 1);
  assert.equal(n[0].kind_name, '失物可能已找到');
  assert.match(n[0].message, /您登记的失物「手机（黑色，华为）」可能已经找到/);
  assert.match(n[0].message, /请携带本人身份证件到城中派出所认领/);
  assert.match(n[0].message, /地址：[^；]*城中派出所/);
  assert.match(n[0].message, /电话：0579-/);
  assert.match(n[0].message, /办公时间：/);
  // the desk's own notice of the confirmation is not the citizen's
  assert.equal((await told('citizen', L.id, 'lf_confirmed')).length, 0);
  assert.equal((await told('cz-aux', F.id, 'lf_confirmed')).length, 1, 'the found item\'s officer is told as before');
  const en = (await srv.api('GET', `${API}/notifications?limit=100`,
    { token: S.citizen.token, headers: { 'Accept-Language': 'en' } })).json.items.find((x) => x.kind === 'lf_owner_found');
  assert.match(en.message, /may have been found\. Bring your ID card to 城中派出所 to claim it \(address: /);
  assert.equal(en.kind_name, 'Your item may have been found');
});

test('what the citizen reads of a confirmed report: status, where to claim; never the desk\'s work', async () => {
  const { one, text } = await citizenReads();
  assert.equal(one.status, 'matched');
  assert.equal(one.claim_office.station, '城中派出所');
  assert.match(one.claim_office.address, /城中派出所/);
  assert.match(one.claim_office.phone, /^0579-/);
  assert.deepEqual(one.allowed_actions, ['withdraw']);
  // the timeline: the registration and the status change, without the officer, note or data
  assert.deepEqual(one.timeline.map((e) => [e.kind, e.action, e.to_status]),
    [['create', null, 'open'], ['action', 'match', 'matched']].map(([k, a, t]) => [k, a, k === 'create' ? one.timeline[0].to_status : t]));
  const m = one.timeline.find((e) => e.action === 'match');
  assert.equal(m.note, null);
  assert.equal(m.data, null);
  assert.equal(m.actor_name, null);
  assert.equal(one.timeline[0].data, null, 'no creation snapshot');
  noDeskData(text);
  noDeskData((await citizenReads('en')).text);
  // staff still read it whole
  const staff = (await get('cz-officer', `/cases/${L.id}`)).json;
  assert.equal(staff.found_id, F.id);
  assert.ok(staff.timeline.some((e) => e.kind === 'comment' && /内部备注/.test(e.note)));
  assert.ok(staff.timeline.some((e) => e.action === 'match' && e.data && e.data.found_id === F.id));
});

test('the citizen may take no desk action: match, dismiss, return are refused and nothing changes', async () => {
  const before = count();
  for (const [action, fields] of [['match', { found_id: F.id }], ['dismiss_match', { found_id: F.id }], ['return', {}]]) {
    const r = await srv.api('POST', `${API}/cases/${L.id}/actions`, { token: S.citizen.token, body: { action, fields } });
    const e = assertError(r, 409, 'action_not_allowed', 'action');
    assert.match(e.message, /[\u4e00-\u9fff]/, 'in Chinese');
    assert.deepEqual(r.json.error.allowed_actions, ['withdraw']);
  }
  // the found item's actions: not even visible to them
  assertError(await srv.api('POST', `${API}/cases/${F.id}/actions`, { token: S.citizen.token,
    body: { action: 'return', fields: { persons: [{ role: 'claimant', name: '钱女士', id_number: ID_OK }], verification: 'x' } } }),
  404, 'not_found');
  assert.equal(count(), before);
});

test('the item is handed back: the report shows it and the citizen is told', async () => {
  const done = await act('cz-officer', F.id, 'return', { persons: [{ role: 'claimant', name: '钱女士', id_number: ID_OK }],
    verification: '说出锁屏壁纸为柴犬' });
  assert.equal(done.status, 'returned');
  const n = await told('citizen', L.id, 'lf_owner_returned');
  assert.equal(n.length, 1);
  assert.match(n[0].message, /您登记的失物「手机（黑色，华为）」已领回，登记已办结/);
  assert.equal((await told('citizen', L.id, 'lf_returned')).length, 0, 'not the desk\'s notice');
  const { one, text } = await citizenReads();
  assert.equal(one.status, 'returned');
  assert.ok(one.returned_at);
  assert.deepEqual(one.allowed_actions, []);
  assert.deepEqual(one.timeline.filter((e) => e.kind === 'action').map((e) => e.action), ['match', 'return']);
  assert.ok(one.timeline.every((e) => e.kind === 'create' || (e.note === null && e.data === null)));
  noDeskData(text);
  assert.ok(!text.includes('说出锁屏壁纸'), 'nor how ownership was verified');
});

test('a citizen withdraws their own open report (a reason asked); the desk withdrawing one tells them why', async () => {
  const A = await create('citizen', mine({ category: 'wallet', body: '棕色皮钱包', color: '棕色', brand: null, model: null,
    serial: null, marks: '内有公交卡', persons: undefined }));
  assert.deepEqual((await get('citizen', `/cases/${A.id}`)).json.allowed_actions, ['withdraw']);
  assertError(await srv.api('POST', `${API}/cases/${A.id}/actions`, { token: S.citizen.token,
    body: { action: 'withdraw' } }), 422);
  const w = await act('citizen', A.id, 'withdraw', undefined, 200, '已自行找到');
  assert.equal(w.status, 'withdrawn');
  const one = (await get('citizen', `/cases/${A.id}`)).json;
  const e = one.timeline.find((x) => x.action === 'withdraw');
  assert.equal(e.note, '已自行找到', 'their own reason they read');
  assert.equal(e.actor_name, '钱女士（群众）');
  assert.equal((await told('citizen', A.id, 'lf_owner_withdrawn')).length, 0, 'not told of their own act');
  // the owner without a phone or ID is still the owner, by the account's name
  const staff = (await get('cz-officer', `/cases/${A.id}`)).json;
  assert.deepEqual(staff.persons.map((p) => [p.role, p.name]), [['owner', '钱*****）']]);
  // the desk withdraws another: the citizen is told, with the reason
  const B = await create('citizen', mine({ category: 'keys', body: '一串钥匙，挂着蓝色钥匙扣', serial: null, brand: null,
    model: null, color: '银色', marks: '蓝色钥匙扣', persons: undefined }));
  await act('cz-officer', B.id, 'withdraw', undefined, 200, '失主来电称已找到');
  const n = await told('citizen', B.id, 'lf_owner_withdrawn');
  assert.equal(n.length, 1);
  assert.match(n[0].message, /您登记的失物「钥匙（银色）」已由派出所撤销登记。原因：失主来电称已找到/);
});

test('an undone confirmation tells the citizen not to come; the claim office leaves the report', async () => {
  const C = await create('citizen', mine({ category: 'bag', body: '黑色双肩包，内有笔记本电脑', brand: '小米', model: null,
    serial: null, marks: '侧袋有一把折叠伞', persons: undefined }));
  const G = await create('cz-officer', found({ category: 'bag', body: '捡到黑色双肩包', brand: '小米', serial: null,
    marks: '侧袋有折叠伞', color: '黑色', persons: undefined }));
  await act('cz-officer', C.id, 'match', { found_id: G.id });
  assert.equal((await get('citizen', `/cases/${C.id}`)).json.claim_office.station, '城中派出所');
  await act('cz-officer', C.id, 'dismiss_match', { found_id: G.id });
  const n = await told('citizen', C.id, 'lf_owner_unconfirmed');
  assert.equal(n.length, 1);
  assert.match(n[0].message, /经派出所核对不是您登记的失物「双肩包（黑色，小米）」，请勿前往认领/);
  const one = (await get('citizen', `/cases/${C.id}`)).json;
  assert.equal(one.status, 'open');
  assert.equal(one.claim_office, null);
  assert.deepEqual(one.timeline.filter((e) => e.kind === 'action').map((e) => [e.action, e.to_status]),
    [['match', 'matched'], ['dismiss_match', 'open']]);
  assert.ok(!JSON.stringify(one).includes(G.code));
});

test('refusals: a found item, another owner, staff-only fields, no station; 4xx in Chinese naming the field, nothing written', async () => {
  const before = count();
  let e = assertError(await post('citizen', found({ org_id: cz })), 403, 'forbidden');
  assert.equal(e.message, '拾遗物由派出所登记，捡到物品请送交附近派出所');
  e = assertError(await post('citizen', mine({ persons: [{ role: 'owner', name: '张三', phone: '13800001111' }] })), 422,
    'invalid_value', 'persons[0].name');
  assert.equal(e.message, '自行登记的失物只能登记本人为失主，不能填写他人');
  assertError(await post('citizen', mine({ persons: [{ role: 'holder', id_number: ID_OK }] })), 422, 'invalid_value',
    'persons[0].role');
  assertError(await post('citizen', mine({ persons: [{ role: 'owner', person_id: 1 }] })), 422, 'invalid_value',
    'persons[0].person_id');
  assertError(await post('citizen', mine({ persons: [{ role: 'owner' }, { role: 'owner', name: '李四' }] })), 422,
    'invalid_value', 'persons');
  e = assertError(await post('citizen', mine({ priority: 'urgent' })), 422, 'invalid_value', 'priority');
  assert.match(e.message, /由派出所填写，自行登记失物时不能填写$/);
  assertError(await post('citizen', mine({ storage_place: 'A柜' })), 422, undefined, 'storage_place');
  e = assertError(await post('citizen', mine({ org_id: undefined })), 422, 'missing_field', 'org_id');
  assert.equal(e.message, '请选择受理的派出所');
  assertError(await post('citizen', mine({ org_id: county })), 422, 'invalid_value', 'org_id');
  // an ID number that fails its check digit (the registry's rule)
  assertError(await post('citizen', mine({ persons: [{ role: 'owner', id_number: '330702199001013527' }] })), 422,
    undefined, 'persons[0].id_number');
  e = assertError(await post('citizen', mine({ priority: 'urgent' }), { 'Accept-Language': 'en' }), 422, 'invalid_value', 'priority');
  assert.match(e.message, /set by the station/);
  assert.equal(count(), before, 'nothing written');
});

test('another citizen reads none of it: not in their list, 404 on the case, on its actions and comments', async () => {
  const list = (await get('citizen2', '/cases?type=lost')).json.items;
  assert.deepEqual(list, []);
  for (const path of [`/cases/${L.id}`, `/cases/${F.id}`]) await get('citizen2', path, 404);
  assertError(await srv.api('POST', `${API}/cases/${L.id}/comments`, { token: S.citizen2.token, body: { body: '看看' } }), 404);
  // the citizen's list: only their own reports, none of the desk's
  await create('cz-officer', mine({ org_id: cz, persons: [{ role: 'owner', name: '王小明', phone: '13812345678' }] }));
  const own = (await get('citizen', '/cases?type=lost&limit=100')).json.items;
  assert.ok(own.length >= 4, JSON.stringify(own.map((c) => [c.code, c.status])));
  assert.ok(own.every((c) => c.reporter_id === S.citizen.user.id && c.self_reported === true));
  const desk = (await get('cz-officer', '/cases?type=lost&limit=100')).json.items;
  assert.ok(desk.some((c) => c.self_reported === null || c.self_reported === undefined), 'a desk report is not self-reported');
});
