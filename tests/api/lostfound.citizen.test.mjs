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
  for (const u of ['admin', 'cz-officer', 'cz-aux', 'cz-leader', 'xg-officer', 'xg-leader', 'citizen']) S[u] = await srv.login(u);
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
  // in the owner's words, not the desk's 确认匹配
  assert.equal(m.label_zh, '已找到疑似您的物品');
  assert.equal(m.label_en, 'An item that may be yours was found');
  assert.ok(!text.includes('确认匹配') && !text.includes('Confirm match'), 'no desk wording of the confirmation');
  noDeskData(text);
  noDeskData((await citizenReads('en')).text);
  // staff still read it whole
  const staff = (await get('cz-officer', `/cases/${L.id}`)).json;
  assert.equal(staff.found_id, F.id);
  assert.ok(staff.timeline.some((e) => e.kind === 'comment' && /内部备注/.test(e.note)));
  assert.ok(staff.timeline.some((e) => e.action === 'match' && e.data && e.data.found_id === F.id));
  // the desk reads its own wording: no poster label on its entries, 确认匹配 from GET /types
  assert.ok(staff.timeline.every((e) => !('label_zh' in e) && !('label_en' in e)));
  const lostType = (await get('cz-officer', '/types')).json.items.find((t) => t.type === 'lost');
  const match = lostType.actions.find((a) => a.code === 'match');
  assert.deepEqual([match.name_zh, match.name_en], ['确认匹配', 'Confirm match']);
});

/** PUT a station's claim office (认领地点) as who; the answer's status asserted. */
async function putOffice(who, orgId, body) {
  const r = await srv.api('PUT', `${API}/lostfound/offices/${orgId}`, { token: S[who].token, body });
  assert.equal(r.status, 200, r.text);
}
/** The claim office a reader reads on lost report id: its page and its row of the list. */
async function claimOffices(who, id) {
  const one = (await get(who, `/cases/${id}`)).json.claim_office;
  const row = (await get(who, '/cases?type=lost&limit=100')).json.items.find((c) => c.id === id);
  assert.ok(row, `report ${id} in the list of ${who}`);
  return [one, row.claim_office];
}

test('the station changes its claim office after the confirmation: the report reads the office as it is now, the notice keeps its moment', async () => {
  const then = (await get('cz-leader', `/lostfound/offices`)).json.items.find((i) => i.org_id === cz);
  const moved = { address: '婺城区新华街88号城中派出所新址一楼失物招领窗口', phone: '0579-82309999转6', hours: '每日 8:00-20:00（午间不休）' };
  await putOffice('cz-leader', cz, moved);
  try {
    // the owner and the desk read the new office: the case page and the list row (我的失物登记)
    for (const who of ['citizen', 'cz-officer'])
      assert.deepEqual(await claimOffices(who, L.id), Array(2).fill({ station: '城中派出所', ...moved }), who);
    // a part unset leaves its key (the documented shape), none set leaves the station alone
    await putOffice('cz-leader', cz, { hours: '工作日 9:00-17:00' });
    assert.deepEqual((await get('citizen', `/cases/${L.id}`)).json.claim_office, { station: '城中派出所', hours: '工作日 9:00-17:00' });
    await putOffice('cz-leader', cz, {});
    assert.deepEqual(await claimOffices('citizen', L.id), Array(2).fill({ station: '城中派出所' }));
    // the notice is a message of its moment: the office as it was then, and where to read it now
    const n = await told('citizen', L.id, 'lf_owner_found');
    assert.equal(n.length, 1);
    assert.ok(n[0].message.includes(`地址：${then.address}`), n[0].message);
    assert.ok(!n[0].message.includes(moved.address) && !n[0].message.includes('8:00-20:00'), n[0].message);
    assert.match(n[0].message, /认领地点如有变动，以失物登记页面所示为准。$/);
    const en = (await srv.api('GET', `${API}/notifications?limit=100`, { token: S.citizen.token,
      headers: { 'Accept-Language': 'en' } })).json.items.find((x) => x.kind === 'lf_owner_found' && x.case_id === L.id);
    assert.match(en.message, /Should the claim office change, the page of your lost report shows it as it is\.$/);
  } finally {
    await putOffice('cz-leader', cz, { address: then.address, phone: then.phone, hours: then.hours });
  }
  assert.deepEqual((await get('citizen', `/cases/${L.id}`)).json.claim_office, { station: '城中派出所',
    ...Object.fromEntries(['address', 'phone', 'hours'].filter((k) => then[k]).map((k) => [k, then[k]])) });
});

test('a neighbouring station keeps the item: its office is the one read, as it is now; the report\'s own station\'s is not', async () => {
  const was = (await get('admin', '/lostfound/settings')).json.neighbours;
  const put = (neighbours) => srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { neighbours } });
  assert.equal((await put([...was, { org_id: cz, neighbour_id: xg }])).status, 200);
  const offices = (await get('admin', '/lostfound/offices')).json.items;
  const [xgThen, czThen] = [xg, cz].map((id) => offices.find((i) => i.org_id === id));
  try {
    const K = await create('citizen', mine({ category: 'other', body: '一把墨绿色长柄雨伞，伞柄是木头的', color: '墨绿色', brand: null,
      model: null, serial: null, marks: '伞柄木质，挂着红绳', persons: undefined }));
    const H = await create('xg-officer', found({ category: 'other', body: '捡到墨绿色长柄伞一把', color: '墨绿色', brand: null,
      serial: null, marks: '木质伞柄上有红绳', storage_place: '西关值班室', persons: undefined }));
    await act('cz-officer', K.id, 'match', { found_id: H.id });
    assert.equal((await get('citizen', `/cases/${K.id}`)).json.claim_office.station, '西关派出所');
    await putOffice('xg-leader', xg, { address: '婺城区西关街2号西关派出所', phone: '0579-82201234', hours: '周一至周六 8:30-17:30' });
    await putOffice('cz-leader', cz, { address: '不应出现的城中派出所地址' });
    const want = { station: '西关派出所', address: '婺城区西关街2号西关派出所', phone: '0579-82201234', hours: '周一至周六 8:30-17:30' };
    assert.deepEqual(await claimOffices('citizen', K.id), [want, want]);
    assert.deepEqual((await get('cz-officer', `/cases/${K.id}`)).json.claim_office, want);
    // undone: the office leaves the report, whatever the station sets afterwards
    await act('cz-officer', K.id, 'dismiss_match', { found_id: H.id });
    await putOffice('xg-leader', xg, { hours: '全天' });
    assert.deepEqual(await claimOffices('citizen', K.id), [null, null]);
  } finally {
    const restore = (o) => (o ? { address: o.address, phone: o.phone, hours: o.hours } : {});
    await putOffice('xg-leader', xg, restore(xgThen));
    await putOffice('cz-leader', cz, restore(czThen));
    assert.equal((await put(was)).status, 200);
  }
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
  assert.deepEqual(one.timeline.filter((e) => e.kind === 'action').map((e) => [e.action, e.label_zh, e.label_en]),
    [['match', '已找到疑似您的物品', 'An item that may be yours was found'], ['return', '失物已领回', 'Item handed back']]);
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
  assert.deepEqual([e.label_zh, e.label_en], ['失物登记已撤销', 'Lost report withdrawn']);
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
  const bw = (await get('citizen', `/cases/${B.id}`)).json.timeline.find((x) => x.action === 'withdraw');
  assert.deepEqual([bw.label_zh, bw.note, bw.actor_name], ['失物登记已撤销', null, null]);
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
  assert.deepEqual(one.timeline.filter((e) => e.kind === 'action').map((e) => [e.action, e.to_status, e.label_zh]),
    [['match', 'matched', '已找到疑似您的物品'], ['dismiss_match', 'open', '经核对不是您的物品，继续查找']]);
  assert.equal(one.timeline.find((e) => e.action === 'dismiss_match').label_en, 'Not your item after all; still looking');
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

/* ---- the citizen corrects their own report (PATCH) ---- */

/** PATCH /cases/{id} as who at version v (the current one when not given); the response. */
async function patchAs(who, id, body, headers = {}, v) {
  const version = v ?? (await get(who, `/cases/${id}`)).json.version;
  return srv.api('PATCH', `${API}/cases/${id}`, { token: S[who].token, body: { version, ...body }, headers });
}

let E, G;   // a report the citizen corrects, and the found phone its correction matches

test('the citizen corrects their open report: the description, place and loss window; the change is read back and matched again', async () => {
  // two alike phones handed in at 江滨公园, told apart by their IMEI only
  const plain = { marks: undefined, body: '捡到手机一部', color: undefined, brand: undefined, address: '江滨公园',
    lat: 29.07, lon: 119.66, found_at: ago(100), persons: undefined };
  G = await create('cz-aux', found({ ...plain, serial: '864000111222333' }));
  await create('cz-aux', found({ ...plain, serial: '864999888777666' }));
  E = await create('citizen', mine({ body: '手机丢了', color: undefined, brand: undefined, model: undefined,
    serial: undefined, marks: undefined, address: '江滨公园附近', lat: undefined, lon: undefined,
    lost_from: ago(200), lost_to: ago(150), persons: undefined }));
  const first = (await get('cz-officer', `/cases/${E.id}/matches`)).json.items;
  assert.ok(!first.some((i) => i.likely), 'two alike phones: nothing likely yet');
  const cur = (await get('citizen', `/cases/${E.id}`)).json;
  assert.equal(cur.may_edit, true, 'the page offers 修改');
  // the owner finds the IMEI on the box, and says where and when more exactly
  const r = await patchAs('citizen', E.id, { serial: '8640 0011 1222 333', body: '在江滨公园长椅上丢了手机',
    color: '黑色', marks: '屏幕左下角有裂痕', address: '江滨公园', lat: 29.07, lon: 119.66,
    lost_from: ago(190), lost_to: ago(140) }, {}, cur.version);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.version, cur.version + 1);
  // the answer is the citizen's view too: their timeline, no persons, no desk data
  assert.deepEqual(r.json.timeline.map((e) => e.kind), ['create', 'update']);
  assert.equal('persons' in r.json, false);
  const now = (await get('citizen', `/cases/${E.id}`)).json;
  assert.equal(now.serial, '8640 0011 1222 333');
  assert.equal(now.body, '在江滨公园长椅上丢了手机');
  assert.equal(now.color, '黑色');
  assert.equal(now.marks, '屏幕左下角有裂痕');
  assert.equal(now.address, '江滨公园');
  assert.equal(now.status, 'open');
  assert.equal('persons' in now, false);
  // their own edit is on the timeline they read, with what changed
  const upd = now.timeline.filter((e) => e.kind === 'update');
  assert.equal(upd.length, 1);
  assert.deepEqual(upd[0].data.serial, { from: null, to: '8640 0011 1222 333' });
  // the correction was matched again: the phone with that IMEI is now the likely one
  const m = (await get('cz-officer', `/cases/${E.id}/matches`)).json.items;
  assert.equal(m[0].case_id, G.id, JSON.stringify(m.slice(0, 2)));
  assert.equal(m[0].likely, true, JSON.stringify(m[0]));
  assert.ok(m[0].reasons.some((x) => x.factor === 'serial' && x.points > 0));
  // and the desk is told of the likely match the correction made, as of one at a registration
  const told1 = [...await told('cz-officer', E.id, 'lf_match'), ...await told('cz-officer', G.id, 'lf_match')];
  assert.equal(told1.length, 1, JSON.stringify(told1));
});

test('what the citizen may not change: the station\'s fields (422 naming them), the category, another\'s report; nothing written', async () => {
  const v = (await get('citizen', `/cases/${E.id}`)).json.version;
  for (const [body, field] of [[{ priority: 'urgent' }, 'priority'], [{ due_at: ago(-600) }, 'due_at'],
    [{ color: '白色', priority: 'high' }, 'priority']]) {
    const e = assertError(await patchAs('citizen', E.id, body, { 'Accept-Language': 'zh-CN' }, v), 422, 'invalid_value', field);
    assert.match(e.message, /由派出所填写，自行登记的失物不能修改此项$/, e.message);
  }
  const en = assertError(await patchAs('citizen', E.id, { priority: 'urgent' }, { 'Accept-Language': 'en' }, v), 422,
    'invalid_value', 'priority');
  assert.match(en.message, /set by the station: it cannot be changed in a report of one's own/);
  // the category is fixed for everyone; a field the report does not have is unknown
  assertError(await patchAs('citizen', E.id, { category: 'wallet' }, {}, v), 422, 'invalid_value', 'category');
  assertError(await patchAs('citizen', E.id, { storage_place: 'A柜' }, {}, v), 422, 'unknown_field', 'storage_place');
  // a bad loss window is refused as at the desk
  assertError(await patchAs('citizen', E.id, { lost_from: ago(10), lost_to: ago(60) }, {}, v), 422, 'invalid_value', 'lost_from');
  // another citizen: not theirs to read, so not to change (404, as for reading)
  assertError(await patchAs('citizen2', E.id, { color: '白色' }, {}, v), 404, 'not_found');
  const after = (await get('citizen', `/cases/${E.id}`)).json;
  assert.equal(after.version, v, 'nothing written');
  assert.equal(after.color, '黑色');
});

test('once the station confirms a found item, or the report closes, the citizen may not change it (409 saying why); staff still may', async () => {
  await act('cz-officer', E.id, 'match', { found_id: G.id });
  const c = (await get('citizen', `/cases/${E.id}`)).json;
  assert.equal(c.status, 'matched');
  assert.equal(c.may_edit, false, 'no 修改 on the page');
  let e = assertError(await patchAs('citizen', E.id, { marks: '屏幕右下角有裂痕' }, { 'Accept-Language': 'zh-CN' }), 409,
    'report_confirmed');
  assert.equal(e.message, '派出所已找到疑似您的物品，登记不能再修改；如需更正请联系派出所');
  e = assertError(await patchAs('citizen', E.id, { marks: '屏幕右下角有裂痕' }, { 'Accept-Language': 'en' }), 409,
    'report_confirmed');
  assert.match(e.message, /found an item that may be yours: the report can no longer be changed/);
  // the desk's rule is unchanged: a leader of the station corrects the confirmed report
  const r = await patchAs('cz-leader', E.id, { marks: '屏幕左下角有裂痕，手机壳为蓝色' });
  assert.equal(r.status, 200, r.text);
  // closed: the report handed back earlier, and one the citizen withdrew
  assert.equal((await get('citizen', `/cases/${L.id}`)).json.may_edit, false);
  e = assertError(await patchAs('citizen', L.id, { color: '白色' }, { 'Accept-Language': 'zh-CN' }), 409, 'report_closed');
  assert.equal(e.message, '该失物登记已办结（物品已领回或登记已撤销），不能再修改');
  const W = await create('citizen', mine({ category: 'keys', body: '一串钥匙，挂着蓝色挂绳', color: '蓝色', brand: null, model: null,
    serial: null, marks: null, persons: undefined }));
  await act('citizen', W.id, 'withdraw', undefined, 200, '伞找到了');
  e = assertError(await patchAs('citizen', W.id, { color: '深蓝色' }, { 'Accept-Language': 'en' }), 409, 'report_closed');
  assert.match(e.message, /the report is closed \(the item was handed back or the report withdrawn\)/);
});
