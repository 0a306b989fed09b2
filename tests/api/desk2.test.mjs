// The front desk, second half (issue 10): custody of non-case property (非涉案物品) and its
// refusals (custodian rule, disposal without approval, release with a wrong ID), the inventory
// count (盘点), the shift handover (交接班) and its seal, commendations (锦旗/表扬), their
// statistics on a hand-worked fixture, the desk page's data and scope (西关 sees nothing of 城中).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, orgsByName, snapshot, unique } from './lib.mjs';

let srv;
const S = {};
let cz;
let xg;
let bureau;
let czJiangjun; // a community: not a police station

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-officer', 'xg-leader', 'operator']) {
    S[u] = await srv.login(u);
  }
  const orgs = await orgsByName(srv, S.admin);
  cz = orgs.get('城中派出所');
  xg = orgs.get('西关派出所');
  bureau = orgs.get('婺城公安分局');
  czJiangjun = orgs.get('将军社区');
  assert.ok(cz && xg && bureau && czJiangjun);
});
after(async () => { await srv?.stop(); });

const api = (who, method, p, body) => srv.api(method, p, { token: S[who].token, body });
const act = (who, id, action, fields, note) =>
  api(who, 'POST', `${API}/cases/${id}/actions`, { action, fields, note });
const getCase = (who, id) => getOk(srv, `${API}/cases/${id}`, S[who]);
/** An 18-digit 居民身份证 number with its GB 11643 check digit (worked out here, not copied). */
function idCard(first17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((a, d, i) => a + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}
const OWNER_ID = idCard('33070219900101123');
const OTHER_ID = idCard('33070219881212456');
const future = (days) => new Date(Date.now() + days * 86400000).toISOString();

async function newItem(who = 'cz-officer', extra = {}, org = cz) {
  const r = await api(who, 'POST', `${API}/cases`, {
    type: 'custody', title: unique('物品'), org_id: org.id, item_category: 'wallet', quantity: 1, ...extra,
  });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

async function storedItem(place = '物品保管室 / 1号柜 / 1层', extra = {}) {
  const c = await newItem('cz-officer', extra);
  const r = await act('cz-aux', c.id, 'store', { place });
  assert.equal(r.status, 200, r.text);
  return r.json;
}

test('the types are listed with the desk flag, approvals and sealed statuses', async () => {
  const j = await getOk(srv, `${API}/types`, S['cz-officer']);
  const by = Object.fromEntries(j.items.map((t) => [t.type, t]));
  for (const t of ['custody', 'handover', 'commendation']) assert.equal(by[t]?.desk, true, t);
  assert.equal(by.suggestion.desk, false);
  assert.deepEqual(by.custody.approvals, ['approve_disposal']);
  assert.deepEqual(by.handover.sealed, ['accepted']);
  assert.deepEqual(by.event.approvals, []);
  const codes = by.custody.actions.map((a) => a.code);
  for (const a of ['store', 'move', 'lend', 'return_in', 'release', 'dispose']) assert.ok(codes.includes(a), a);
});

test('custody: an item is kept at a police station only', async () => {
  const r = await api('admin', 'POST', `${API}/cases`,
    { type: 'custody', title: '钱包', org_id: czJiangjun.id, item_category: 'wallet' });
  assertError(r, 422, 'invalid_value', 'org_id');
  const bad = await api('cz-officer', 'POST', `${API}/cases`,
    { type: 'custody', title: '钱包', org_id: cz.id, item_category: 'gold' });
  assertError(bad, 422, undefined, 'item_category');
  const other = await api('xg-officer', 'POST', `${API}/cases`,
    { type: 'custody', title: '钱包', org_id: cz.id, item_category: 'wallet' });
  assertError(other, 403, 'forbidden', 'org_id');
});

test('custody: the officer who registered an item may not store it (custodian rule), another officer becomes the custodian', async () => {
  const c = await newItem('cz-officer');
  assert.equal(c.status, 'registered');
  assert.ok(!c.allowed_actions.includes('store'), 'the registering officer is not offered store');
  const before = await snapshot(srv, S['cz-officer'], c.id);
  const r = await act('cz-officer', c.id, 'store', { place: '物品保管室 / 1号柜' });
  const e = assertError(r, 409, 'custodian_rule');
  assert.match(e.message, /保管人与登记人分离/);
  const en = await srv.api('POST', `${API}/cases/${c.id}/actions`, { token: S['cz-officer'].token,
    headers: { 'accept-language': 'en' }, body: { action: 'store', fields: { place: 'x' } } });
  assert.match(en.json.error.message, /custodian rule/);
  assert.deepEqual(await snapshot(srv, S['cz-officer'], c.id), before, 'a refused store writes nothing');
  const ok = await act('cz-aux', c.id, 'store', { place: '物品保管室 / 1号柜' });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.status, 'stored');
  assert.equal(ok.json.assignee_id, S['cz-aux'].user.id, 'the one who stored it is the custodian');
  assert.equal(ok.json.place, '物品保管室 / 1号柜');
  assert.ok(ok.json.stored_at);
  assert.equal(ok.json.overdue, false);
});

test('custody: move, lend (due back in the future), return, with who and where on the timeline', async () => {
  const c = await storedItem();
  const moved = await act('cz-aux', c.id, 'move', { place: '物品保管室 / 2号柜 / 3层' });
  assert.equal(moved.status, 200, moved.text);
  assert.equal(moved.json.status, 'stored');
  assert.equal(moved.json.place, '物品保管室 / 2号柜 / 3层');
  // another officer is not the custodian: no move
  assertError(await act('cz-officer', c.id, 'move', { place: 'x' }), 409, 'action_not_allowed');
  assertError(await act('cz-aux', c.id, 'lend', { borrower: '刑侦中队', due_back: '2001-01-01' }),
    422, 'invalid_value', 'fields.due_back');
  assertError(await act('cz-aux', c.id, 'lend', { borrower: '刑侦中队' }), 422, undefined, 'fields.due_back');
  const lent = await act('cz-aux', c.id, 'lend', { borrower: '刑侦中队', due_back: future(3) });
  assert.equal(lent.status, 200, lent.text);
  assert.equal(lent.json.status, 'on_loan');
  assert.equal(lent.json.borrower, '刑侦中队');
  assert.ok(lent.json.loan_due_at);
  assert.equal(lent.json.loan_overdue, false);
  const back = await act('cz-aux', c.id, 'return_in', {});
  assert.equal(back.status, 200, back.text);
  assert.equal(back.json.status, 'stored');
  assert.equal(back.json.borrower, null);
  assert.equal(back.json.place, '物品保管室 / 2号柜 / 3层', 'returned to where it was');
  const tl = back.json.timeline.filter((e) => e.kind === 'action').map((e) => e.action);
  assert.deepEqual(tl, ['store', 'move', 'lend', 'return_in']);
  const mv = back.json.timeline.find((e) => e.action === 'move');
  assert.equal(mv.actor_id, S['cz-aux'].user.id, 'who');
  assert.equal(mv.data.place, '物品保管室 / 2号柜 / 3层', 'where');
  assert.ok(mv.at, 'when');
});

test('custody: release checks the owner\'s ID number — a wrong one is refused and writes nothing', async () => {
  const c = await storedItem('物品保管室 / 1号柜 / 1层', {
    persons: [{ role: 'owner', name: '张三', phone: '13812345678', id_number: OWNER_ID }],
  });
  assert.equal(c.persons.length, 1);
  assert.equal(c.persons[0].role, 'owner');
  assert.notEqual(c.persons[0].id_number, OWNER_ID, 'masked');
  const before = await snapshot(srv, S['cz-aux'], c.id);
  assertError(await act('cz-aux', c.id, 'release', { id_number: OTHER_ID }), 409, 'identity_mismatch', 'fields.id_number');
  const badCheck = OWNER_ID.slice(0, 17) + (OWNER_ID[17] === '0' ? '1' : '0'); // a wrong check digit
  assertError(await act('cz-aux', c.id, 'release', { id_number: badCheck }), 422, 'invalid_value', 'fields.id_number');
  assertError(await act('cz-aux', c.id, 'release', {}), 422, 'missing_field', 'fields.id_number');
  // only the custodian (or a leader) releases
  assertError(await act('cz-officer', c.id, 'release', { id_number: OWNER_ID }), 409, 'action_not_allowed');
  assert.deepEqual(await snapshot(srv, S['cz-aux'], c.id), before);
  const ok = await act('cz-aux', c.id, 'release', { id_number: OWNER_ID });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.status, 'released');
  assert.ok(ok.json.released_at && ok.json.closed_at);
  assert.ok(!JSON.stringify(ok.json.timeline).includes(OWNER_ID), 'the ID number is not on the timeline');
  // an item without a registered owner is released to nobody
  const orphan = await storedItem();
  assertError(await act('cz-aux', orphan.id, 'release', { id_number: OWNER_ID }), 409, 'identity_mismatch');
});

test('custody: dispose needs a leader\'s approval', async () => {
  const c = await storedItem();
  // straight to dispose: refused, naming the rule
  const direct = await act('cz-aux', c.id, 'dispose', {});
  const e = assertError(direct, 409, 'approval_required');
  assert.match(e.message, /审批/);
  assertError(await act('cz-aux', c.id, 'request_disposal', { method: 'destroy' }), 422, 'missing_field', 'note');
  const req = await act('cz-aux', c.id, 'request_disposal', { method: 'destroy' }, '超期无人认领');
  assert.equal(req.status, 200, req.text);
  assert.equal(req.json.status, 'disposal_pending');
  // still not approved: dispose refused; an officer cannot approve
  assertError(await act('cz-aux', c.id, 'dispose', {}), 409, 'approval_required');
  assertError(await act('cz-officer', c.id, 'approve_disposal', {}), 409, 'action_not_allowed');
  // the leader's view offers the approval
  const asLeader = await getCase('cz-leader', c.id);
  assert.ok(asLeader.allowed_actions.includes('approve_disposal'));
  const ok = await act('cz-leader', c.id, 'approve_disposal', {});
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.approved_by, S['cz-leader'].user.id);
  const done = await act('cz-aux', c.id, 'dispose', {});
  assert.equal(done.status, 200, done.text);
  assert.equal(done.json.status, 'disposed');
  assert.ok(done.json.closed_at);
  assert.equal(done.json.place, null);
});

test('custody: a refused disposal goes back to the store', async () => {
  const c = await storedItem();
  await act('cz-aux', c.id, 'request_disposal', { method: 'auction' }, '申请拍卖');
  assertError(await act('cz-leader', c.id, 'refuse_disposal', {}), 422, 'missing_field', 'note');
  const r = await act('cz-leader', c.id, 'refuse_disposal', {}, '物主已联系，暂缓处置');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'stored');
  assert.equal(r.json.disposal_method, null);
});

test('inventory and counts: missing, unexpected and wrong place; counts are kept and listed', async () => {
  // a station of its own for this count: the demo's 西关 items plus ours, as 西关's leader
  const mk = async (place) => {
    const c = await newItem('xg-officer', {}, xg);
    const r = await act('xg-leader', c.id, 'store', { place });
    assert.equal(r.status, 200, r.text);
    return r.json;
  };
  const a = await mk('西关所保管室 / 2号柜');
  const b = await mk('西关所保管室 / 3号柜');
  const lent = await mk('西关所保管室 / 4号柜');
  await act('xg-leader', lent.id, 'lend', { borrower: '交警中队', due_back: future(2) });
  const registered = await newItem('xg-officer', {}, xg); // not yet in the store
  const inv = await getOk(srv, `${API}/custody/inventory?org_id=${xg.id}`, S['xg-leader']);
  const ids = inv.items.map((i) => i.case_id);
  assert.ok(ids.includes(a.id) && ids.includes(b.id));
  assert.ok(!ids.includes(lent.id) && !ids.includes(registered.id));
  assert.deepEqual(inv.on_loan.map((i) => i.case_id), [lent.id]);
  assert.equal(inv.items.find((i) => i.case_id === a.id).place, '西关所保管室 / 2号柜');
  assert.equal(inv.truncated, false);
  // the count: everything in place but b missing, a in the wrong place, and the lent item and
  // a 城中 item counted although they should not be in this store
  const czItem = await storedItem();
  const others = inv.items.filter((i) => i.case_id !== a.id && i.case_id !== b.id);
  const counted = [
    ...others.map((i) => ({ case_id: i.case_id, place: i.place })),
    { case_id: a.id, place: '西关所保管室 / 9号柜' },
    { case_id: lent.id, place: '西关所保管室 / 4号柜' },
    { case_id: czItem.id, place: '别处' },
    { case_id: a.id, place: '西关所保管室 / 9号柜' }, // counted twice: once
  ];
  const r = await api('xg-leader', 'POST', `${API}/custody/counts`, { org_id: xg.id, counted, note: '月度盘点' });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.expected, inv.items.length);
  assert.equal(r.json.counted, others.length + 3);
  assert.deepEqual(r.json.missing.map((m) => m.case_id), [b.id]);
  assert.deepEqual(r.json.wrong_place.map((m) => [m.case_id, m.place, m.counted_place]),
    [[a.id, '西关所保管室 / 2号柜', '西关所保管室 / 9号柜']]);
  assert.deepEqual(r.json.unexpected.map((m) => m.case_id).sort((x, y) => x - y),
    [lent.id, czItem.id].sort((x, y) => x - y));
  assert.equal(r.json.unexpected.find((m) => m.case_id === czItem.id).code, undefined,
    'nothing of another station is told');
  assert.equal(r.json.matches, false);
  // a clean count
  const clean = await api('xg-leader', 'POST', `${API}/custody/counts`, { org_id: xg.id,
    counted: inv.items.map((i) => ({ case_id: i.case_id, place: i.place })) });
  assert.equal(clean.status, 201, clean.text);
  assert.equal(clean.json.matches, true);
  const list = await getOk(srv, `${API}/custody/counts?org_id=${xg.id}`, S['xg-officer']);
  assert.deepEqual(list.items.slice(0, 2).map((k) => k.id), [clean.json.id, r.json.id]);
  assert.equal(list.items[1].missing, 1);
  assert.equal(list.items[1].wrong_place, 1);
  assert.equal(list.items[1].unexpected, 2);
  assert.equal(list.items[1].note, '月度盘点');
  // refusals: bad shape, another station, not a station
  assertError(await api('xg-leader', 'POST', `${API}/custody/counts`, { org_id: xg.id, counted: [{ case_id: 1 }] }),
    422, 'missing_field', 'counted[0].place');
  assertError(await api('xg-leader', 'POST', `${API}/custody/counts`, { org_id: xg.id, counted: [7] }),
    422, 'invalid_value', 'counted[0]');
  assertError(await api('xg-leader', 'POST', `${API}/custody/counts`, { org_id: cz.id, counted: [] }), 404);
  assertError(await api('admin', 'POST', `${API}/custody/counts`, { org_id: czJiangjun.id, counted: [] }),
    422, 'invalid_value', 'org_id');
  const csv = await srv.api('GET', `${API}/custody/counts?org_id=${xg.id}&format=csv`, { token: S['xg-leader'].token });
  assert.equal(csv.status, 200);
  assert.match(csv.text, /月度盘点/);
  const invCsv = await srv.api('GET', `${API}/custody/inventory?org_id=${xg.id}&format=xlsx`, { token: S['xg-leader'].token });
  assert.equal(invCsv.status, 200);
  assertError(await srv.api('GET', `${API}/custody/inventory?org_id=${xg.id}&format=pdf`, { token: S['xg-leader'].token }), 422);
});

test('handover: the sheet is compiled from the live data; sign, accept by another officer, then sealed', async () => {
  const lent = await storedItem();
  await act('cz-aux', lent.id, 'lend', { borrower: '刑侦中队', due_back: future(1) });
  const pending = await storedItem();
  await act('cz-aux', pending.id, 'request_disposal', { method: 'destroy' }, '无人认领');
  const r = await api('cz-officer', 'POST', `${API}/cases`,
    { type: 'handover', title: unique('白班交接'), org_id: cz.id, shift: 'day', notes: '注意催还借出物品' });
  assert.equal(r.status, 201, r.text);
  const h = r.json;
  assert.equal(h.status, 'draft');
  const sheet = h.sheet;
  const types = sheet.open_by_type.map((g) => g.type);
  assert.ok(types.includes('custody') && types.includes('suggestion'), JSON.stringify(types));
  assert.ok(!types.includes('handover') && !types.includes('commendation'));
  const custody = sheet.open_by_type.find((g) => g.type === 'custody');
  assert.equal(custody.count, custody.items.length);
  const item = custody.items.find((i) => i.id === lent.id);
  assert.ok(item && typeof item.age_hours === 'number' && item.status === 'on_loan');
  assert.ok(sheet.custody.on_loan.some((l) => l.id === lent.id && l.borrower === '刑侦中队'));
  assert.ok(sheet.approvals.some((a) => a.id === pending.id && a.action === 'approve_disposal'));
  assert.equal(h.notes, '注意催还借出物品');
  // the outgoing officer may not accept his own; an officer of 西关 does not see it
  assertError(await act('cz-officer', h.id, 'accept', {}), 409);
  assertError(await act('xg-officer', h.id, 'sign', {}), 404);
  assertError(await act('cz-aux', h.id, 'accept', {}), 409, 'action_not_allowed');   // not signed yet
  const signed = await act('cz-officer', h.id, 'sign', {});
  assert.equal(signed.status, 200, signed.text);
  assert.equal(signed.json.status, 'signed');
  assert.ok(signed.json.signed_at);
  assertError(await act('cz-officer', h.id, 'accept', {}), 409, 'action_not_allowed');
  const acc = await act('cz-aux', h.id, 'accept', { remarks: '已清点，无异议' });
  assert.equal(acc.status, 200, acc.text);
  assert.equal(acc.json.status, 'accepted');
  assert.equal(acc.json.accepted_by, S['cz-aux'].user.id);
  assert.equal(acc.json.remarks, '已清点，无异议');
  assert.deepEqual(acc.json.allowed_actions, []);
  // sealed: no action, edit or comment, and nothing is written
  const before = await snapshot(srv, S['cz-leader'], h.id);
  for (const [who, res] of [
    ['cz-leader', await act('cz-leader', h.id, 'refresh', {})],
    ['cz-officer', await api('cz-officer', 'PATCH', `${API}/cases/${h.id}`, { version: acc.json.version, title: '改标题' })],
    ['cz-leader', await api('cz-leader', 'PATCH', `${API}/cases/${h.id}`, { version: acc.json.version, priority: 'high' })],
    ['cz-aux', await api('cz-aux', 'POST', `${API}/cases/${h.id}/comments`, { body: '补充一句' })],
    ['admin', await api('admin', 'POST', `${API}/cases/${h.id}/comments`, { body: '管理员也不行' })],
  ]) {
    const e = assertError(res, 409, 'case_sealed');
    assert.match(e.message, /封存/, who);
  }
  assert.deepEqual(await snapshot(srv, S['cz-leader'], h.id), before);
  // the list of handovers
  const list = await getOk(srv, `${API}/cases?type=handover&org_id=${cz.id}`, S['cz-leader']);
  assert.ok(list.items.some((c) => c.id === h.id && c.status === 'accepted'));
});

test('handover: only a police station; a shift is required', async () => {
  assertError(await api('admin', 'POST', `${API}/cases`, { type: 'handover', title: 'x', org_id: czJiangjun.id, shift: 'day' }),
    422, 'invalid_value', 'org_id');
  assertError(await api('cz-officer', 'POST', `${API}/cases`, { type: 'handover', title: 'x', org_id: cz.id }),
    422, 'missing_field', 'shift');
  assertError(await api('cz-officer', 'POST', `${API}/cases`, { type: 'handover', title: 'x', org_id: cz.id, shift: 'noon' }),
    422, undefined, 'shift');
});

test('commendation: recorded with its date, giver, form and officer; refusals', async () => {
  const r = await api('cz-officer', 'POST', `${API}/cases`, { type: 'commendation', title: '帮助寻回走失老人',
    org_id: cz.id, received_on: '2026-01-05', form: 'banner', giver_kind: 'organisation',
    giver_org: '将军社区居委会', officer_id: S['cz-officer'].user.id });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.status, 'recorded');
  assert.equal(r.json.form, 'banner');
  assert.equal(r.json.giver_org, '将军社区居委会');
  assert.equal(r.json.officer_id, S['cz-officer'].user.id);
  assertError(await api('cz-officer', 'POST', `${API}/cases`, { type: 'commendation', title: 'x', org_id: cz.id,
    received_on: '2099-01-01', form: 'banner', giver_kind: 'person' }), 422, 'invalid_value', 'received_on');
  assertError(await api('cz-officer', 'POST', `${API}/cases`, { type: 'commendation', title: 'x', org_id: cz.id,
    received_on: '2026-01-01', form: 'banner', giver_kind: 'organisation' }), 422, 'missing_field', 'giver_org');
  assertError(await api('cz-officer', 'POST', `${API}/cases`, { type: 'commendation', title: 'x', org_id: cz.id,
    received_on: '2026-01-01', form: 'statue', giver_kind: 'person' }), 422, undefined, 'form');
  assertError(await api('cz-officer', 'POST', `${API}/cases`, { type: 'commendation', title: 'x', org_id: cz.id,
    received_on: '2026-01-01', form: 'banner', giver_kind: 'person', officer_id: S['xg-officer'].user.id }),
  422, 'invalid_value', 'officer_id');
  // a linked case must be one the caller sees
  const xgItem = await newItem('xg-officer', {}, xg);
  assertError(await api('cz-officer', 'POST', `${API}/cases`, { type: 'commendation', title: 'x', org_id: cz.id,
    received_on: '2026-01-01', form: 'letter', giver_kind: 'person', linked_case_id: xgItem.id }),
  422, 'invalid_value', 'linked_case_id');
  // void: the leader, with a reason
  assertError(await act('cz-officer', r.json.id, 'void', {}, '重复登记'), 409);
  const v = await act('cz-leader', r.json.id, 'void', {}, '重复登记');
  assert.equal(v.status, 200, v.text);
  assert.equal(v.json.status, 'voided');
});

test('statistics on a hand-worked fixture: commendations by unit and by officer', async () => {
  const mk = async (who, org, day, form, officer, kind = 'person') => {
    const body = { type: 'commendation', title: unique('表扬'), org_id: org.id, received_on: day, form, giver_kind: kind };
    if (officer) body.officer_id = S[officer].user.id;
    if (kind === 'organisation') body.giver_org = '某单位';
    const r = await api(who, 'POST', `${API}/cases`, body);
    assert.equal(r.status, 201, r.text);
    return r.json;
  };
  // 2020: 城中 banner (cz-officer), letter (cz-officer), phone (nobody named); online 2019-12-31
  // (outside); a voided banner (not counted); 西关 one banner (xg-officer)
  await mk('cz-officer', cz, '2020-03-05', 'banner', 'cz-officer');
  await mk('cz-aux', cz, '2020-07-01', 'letter', 'cz-officer', 'organisation');
  await mk('cz-leader', cz, '2020-12-31', 'phone', null);
  await mk('cz-officer', cz, '2019-12-31', 'online', 'cz-aux');
  const voided = await mk('cz-officer', cz, '2020-05-05', 'banner', 'cz-aux');
  assert.equal((await act('cz-leader', voided.id, 'void', {}, '登记错误')).status, 200);
  await mk('xg-officer', xg, '2020-06-01', 'banner', 'xg-officer');
  const q = `from=2020-01-01&to=2021-01-01`;
  const byUnit = await getOk(srv, `${API}/stats/commendations?org_id=${bureau.id}&${q}`, S.admin);
  assert.equal(byUnit.total, 4);
  const u = Object.fromEntries(byUnit.items.map((i) => [i.name, i]));
  assert.deepEqual(u['城中派出所'].by_form, { banner: 1, letter: 1, phone: 1, online: 0 });
  assert.equal(u['城中派出所'].total, 3);
  assert.equal(u['西关派出所'].total, 1);
  assert.equal(byUnit.items[0].name, '城中派出所', 'most first');
  const byOfficer = await getOk(srv, `${API}/stats/commendations?org_id=${cz.id}&${q}&group=officer`, S['cz-leader']);
  assert.deepEqual(byOfficer.items.map((i) => [i.officer_id, i.total]),
    [[S['cz-officer'].user.id, 2], [null, 1]]);
  // 西关's leader sees only 西关; the bureau is outside his scope
  const xgOnly = await getOk(srv, `${API}/stats/commendations?${q}`, S['xg-leader']);
  assert.deepEqual(xgOnly.items.map((i) => [i.name, i.total]), [['西关派出所', 1]]);
  assertError(await api('xg-leader', 'GET', `${API}/stats/commendations?org_id=${cz.id}&${q}`), 404);
  assertError(await api('admin', 'GET', `${API}/stats/commendations?group=month`), 422, 'invalid_value', 'group');
  assertError(await api('admin', 'GET', `${API}/stats/commendations?from=2021-01-01&to=2020-01-01`), 422, 'invalid_value', 'from');
  const csv = await srv.api('GET', `${API}/stats/commendations?org_id=${bureau.id}&${q}&format=csv`, { token: S.admin.token });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /csv/);
  assert.match(csv.text, /城中派出所,3,1,1,1,0/);
  const xlsx = await srv.api('GET', `${API}/stats/commendations?${q}&group=officer&format=xlsx`, { token: S.admin.token });
  assert.equal(xlsx.status, 200);
});

test('the demo: 76 commendations for 城中派出所 in the last year; custody in several states', async () => {
  const j = await getOk(srv, `${API}/stats/commendations?org_id=${cz.id}`, S['cz-leader']);
  // the demo's 76 of the last 365 days (the test's own are dated 2019-2020 or voided, or 2026-01-05
  // voided above); the 30 of the year before are outside the default period
  const czRow = j.items.find((i) => i.name === '城中派出所');
  assert.equal(czRow.total, 76);
  const xgStats = await getOk(srv, `${API}/stats/commendations?org_id=${xg.id}`, S['xg-leader']);
  assert.equal(xgStats.items[0].total, 14);
});

test('statistics: custody on hand, on loan and overdue (the demo\'s 城中 items, worked out from desk2_demo.c, plus this test\'s)', async () => {
  const base = await getOk(srv, `${API}/stats/custody?org_id=${cz.id}`, S['cz-leader']);
  const row0 = base.items[0];
  // demo: 双肩包 stored 140 days (hold 90: overdue), 自行车 lent 20 days ago for 7 days (loan
  // overdue), 钥匙 disposal pending (stored 200 days: overdue), 雨伞 disposed 118 days ago
  assert.ok(row0.overdue >= 2 && row0.loan_overdue >= 1, JSON.stringify(row0));
  // two new items: one stored, one on loan, one registered only
  const a = await storedItem();
  const b = await storedItem();
  await act('cz-aux', b.id, 'lend', { borrower: '刑侦中队', due_back: future(5) });
  await newItem();
  const after1 = await getOk(srv, `${API}/stats/custody?org_id=${cz.id}`, S['cz-leader']);
  const row1 = after1.items[0];
  assert.equal(row1.on_hand - row0.on_hand, 1);
  assert.equal(row1.on_loan - row0.on_loan, 1);
  assert.equal(row1.registered - row0.registered, 3);
  assert.equal(row1.overdue, row0.overdue);
  assert.equal(row1.loan_overdue, row0.loan_overdue);
  assert.ok(a.id);
  const totals = await getOk(srv, `${API}/stats/custody?org_id=${bureau.id}`, S.admin);
  assert.deepEqual(totals.items.map((i) => i.name), ['城中派出所', '西关派出所']);
  assert.equal(totals.totals.on_hand, totals.items.reduce((s, i) => s + i.on_hand, 0));
  const csv = await srv.api('GET', `${API}/stats/custody?org_id=${bureau.id}&format=csv`, { token: S.admin.token });
  assert.equal(csv.status, 200);
  assert.match(csv.text, /西关派出所/);
});

test('the desk page: desk types, today\'s items, approvals waiting for the leader, loans due', async () => {
  const c = await storedItem();
  await act('cz-aux', c.id, 'request_disposal', { method: 'destroy' }, '无人认领');
  const asLeader = await getOk(srv, `${API}/desk?org_id=${cz.id}`, S['cz-leader']);
  for (const t of ['custody', 'handover', 'commendation']) assert.ok(asLeader.desk_types.includes(t));
  assert.ok(!asLeader.desk_types.includes('event'));
  const ap = asLeader.approvals.items.find((i) => i.id === c.id);
  assert.ok(ap && ap.action === 'approve_disposal' && ap.can_approve === true);
  const asOfficer = await getOk(srv, `${API}/desk?org_id=${cz.id}`, S['cz-officer']);
  assert.equal(asOfficer.approvals.items.find((i) => i.id === c.id).can_approve, false);
  assert.ok(asOfficer.today.items.some((i) => i.id === c.id), 'registered today');
  assert.ok(asOfficer.today.items.every((i) => asOfficer.desk_types.includes(i.type)));
  const bike = asOfficer.due.loans.items.find((i) => i.title === '蓝色自行车');
  assert.ok(bike && bike.overdue === true);
  assert.ok(asOfficer.due.custody_overdue.items.some((i) => i.title === '黑色双肩包（内有衣物）'));
  assert.ok(asOfficer.handovers.length >= 1);
  assert.ok(asOfficer.numbers.commendations_year >= 76);
  assert.ok(asOfficer.numbers.custody_on_loan >= 1);
  // 西关 sees nothing of 城中
  assertError(await api('xg-officer', 'GET', `${API}/desk?org_id=${cz.id}`), 404);
  const xgDesk = await getOk(srv, `${API}/desk?org_id=${xg.id}`, S['xg-officer']);
  assert.ok(xgDesk.today.items.every((i) => i.id !== c.id));
  assertError(await api('admin', 'GET', `${API}/desk?org_id=${czJiangjun.id}`), 422, 'invalid_value', 'org_id');
  assertError(await api('admin', 'GET', `${API}/desk`), 422, 'missing_field', 'org_id');
});

test('scope: 西关 sees nothing of 城中', async () => {
  const c = await storedItem();
  assertError(await api('xg-officer', 'GET', `${API}/cases/${c.id}`), 404);
  assertError(await act('xg-leader', c.id, 'move', { place: 'x' }), 404);
  assertError(await api('xg-officer', 'GET', `${API}/custody/inventory?org_id=${cz.id}`), 404);
  assertError(await api('xg-officer', 'GET', `${API}/custody/counts?org_id=${cz.id}`), 404);
  assertError(await api('xg-leader', 'GET', `${API}/stats/custody?org_id=${cz.id}`), 404);
  const xgStats = await getOk(srv, `${API}/stats/custody`, S['xg-leader']);
  assert.deepEqual(xgStats.items.map((i) => i.name), ['西关派出所']);
  const lists = await getOk(srv, `${API}/cases?type=custody&limit=200`, S['xg-officer']);
  assert.ok(lists.items.every((i) => i.org_id === xg.id));
  const hl = await getOk(srv, `${API}/cases?type=handover`, S['xg-officer']);
  assert.equal(hl.items.length, 0);
  const cl = await getOk(srv, `${API}/custody/counts`, S['xg-officer']);
  assert.ok(cl.items.every((k) => k.org_id === xg.id));
  // a citizen has no desk
  const citizen = await srv.login('citizen');
  assertError(await srv.api('GET', `${API}/desk?org_id=${cz.id}`, { token: citizen.token }), 403);
});

test('staff picker: station staff list their colleagues (id, name, roles only); 西关 is 404; users list stays for leaders', async () => {
  // an officer may not read the administration list ...
  assert.equal((await api('cz-officer', 'GET', `${API}/users?org_id=${cz.id}`)).status, 403);
  // ... but lists the station's active staff for a picker
  const r = await api('cz-aux', 'GET', `${API}/staff?org_id=${cz.id}`);
  assert.equal(r.status, 200, r.text);
  const byId = new Map(r.json.items.map((u) => [u.id, u]));
  for (const who of ['cz-leader', 'cz-officer', 'cz-aux']) {
    const me = S[who].user;
    assert.ok(byId.has(me.id), `${who} listed`);
    assert.equal(byId.get(me.id).name, me.name);
  }
  assert.deepEqual(byId.get(S['cz-officer'].user.id).roles, ['officer']);
  assert.deepEqual(byId.get(S['cz-aux'].user.id).roles, ['auxiliary']);
  assert.ok(!byId.has(S['xg-officer'].user.id), 'no 西关 officer');
  for (const u of r.json.items) assert.deepEqual(Object.keys(u).sort(), ['id', 'name', 'roles']);
  // every listed id is accepted as a commendation's officer
  const c = await api('cz-aux', 'POST', `${API}/cases`, { type: 'commendation', title: unique('表扬'), org_id: cz.id,
    received_on: '2026-01-06', form: 'phone', giver_kind: 'person', officer_id: S['cz-officer'].user.id });
  assert.equal(c.status, 201, c.text);
  // paging: one per page, the cursor goes on, no one twice
  const seen = [];
  let cursor = '';
  for (let i = 0; i < 50; i++) {
    const p = await api('cz-officer', 'GET', `${API}/staff?org_id=${cz.id}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(p.status, 200, p.text);
    seen.push(...p.json.items.map((u) => u.id));
    if (!p.json.next_cursor) break;
    cursor = p.json.next_cursor;
  }
  assert.deepEqual([...new Set(seen)].sort(), [...byId.keys()].sort());
  // a disabled colleague is not offered
  const made = await api('admin', 'POST', `${API}/users`, { login: `tmp${Date.now() % 1000000}`,
    name: '临时辅警', password: 'Qx7!long-enough-pw', grants: [{ role: 'auxiliary', org_id: cz.id }] });
  assert.equal(made.status, 201, made.text);
  const with1 = await api('cz-officer', 'GET', `${API}/staff?org_id=${cz.id}&limit=200`);
  assert.ok(with1.json.items.some((u) => u.id === made.json.id));
  assert.equal((await api('admin', 'PATCH', `${API}/users/${made.json.id}`, { disabled: true })).status, 200);
  const without = await api('cz-officer', 'GET', `${API}/staff?org_id=${cz.id}&limit=200`);
  assert.ok(!without.json.items.some((u) => u.id === made.json.id));
  // scope: another station is 404; org_id is required; csv in Chinese
  assertError(await api('xg-officer', 'GET', `${API}/staff?org_id=${cz.id}`), 404);
  assertError(await api('cz-officer', 'GET', `${API}/staff`), 422, 'missing_field', 'org_id');
  const csv = await srv.api('GET', `${API}/staff?org_id=${cz.id}&format=csv`, { token: S['cz-officer'].token });
  assert.equal(csv.status, 200);
  assert.match(csv.text, /姓名/);
  assert.match(csv.text, /民警/);
  assert.doesNotMatch(csv.text, /officer/);
});

test('the handover list (交接班记录): who handed over, who accepted, when, status; paged; csv/xlsx; scope', async () => {
  const title = unique('夜班交接');
  const made = await api('cz-officer', 'POST', `${API}/cases`, { type: 'handover', title, org_id: cz.id, shift: 'night' });
  assert.equal(made.status, 201, made.text);
  assert.equal((await act('cz-officer', made.json.id, 'sign', {})).status, 200);
  const acc = await act('cz-aux', made.json.id, 'accept', { remarks: '接班无异议' });
  assert.equal(acc.status, 200, acc.text);
  const open = await api('cz-aux', 'POST', `${API}/cases`, { type: 'handover', title: unique('白班交接'), org_id: cz.id, shift: 'day' });
  assert.equal(open.status, 201, open.text);
  // an auxiliary (no GET /users) reads the list; newest first
  const r = await api('cz-aux', 'GET', `${API}/handovers?org_id=${cz.id}`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.items[0].id, open.json.id);
  const row = r.json.items.find((i) => i.id === made.json.id);
  assert.ok(row, 'the accepted handover is listed');
  assert.equal(row.title, title);
  assert.equal(row.shift, 'night');
  assert.equal(row.status, 'accepted');
  assert.equal(row.handed_by_name, S['cz-officer'].user.name);
  assert.equal(row.accepted_by_name, S['cz-aux'].user.name);
  assert.equal(row.signed_at, acc.json.signed_at);
  assert.equal(row.accepted_at, acc.json.accepted_at);
  assert.equal(row.remarks, '接班无异议');
  const draft = r.json.items[0];
  assert.equal(draft.status, 'draft');
  assert.equal(draft.accepted_by_name, null);
  assert.equal(draft.signed_at, null);
  // more than the desk page's latest 10: every page in turn, no one twice, to the end
  let n = (await getOk(srv, `${API}/cases?type=handover&org_id=${cz.id}&limit=200`, S['cz-leader'])).items.length;
  for (; n < 12; n++) {
    assert.equal((await api('cz-officer', 'POST', `${API}/cases`, { type: 'handover', title: unique('交接'), org_id: cz.id, shift: 'full' })).status, 201);
  }
  const ids = [];
  let cursor = '';
  for (let i = 0; i < 200; i++) {
    const p = await api('cz-leader', 'GET', `${API}/handovers?org_id=${cz.id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(p.status, 200, p.text);
    assert.ok(p.json.items.length <= 3);
    ids.push(...p.json.items.map((x) => x.id));
    if (!p.json.next_cursor) break;
    cursor = p.json.next_cursor;
  }
  assert.equal(new Set(ids).size, ids.length);
  const all = await getOk(srv, `${API}/cases?type=handover&org_id=${cz.id}&limit=200`, S['cz-leader']);
  assert.deepEqual([...ids].sort(), all.items.map((c) => c.id).sort());
  assert.ok(ids.length > 10, `${ids.length} handovers (demo + tests), more than the desk shows`);
  // exports: Chinese headers and names, no codes
  const csv = await srv.api('GET', `${API}/handovers?org_id=${cz.id}&format=csv`, { token: S['cz-aux'].token });
  assert.equal(csv.status, 200);
  const line = csv.text.split('\r\n').find((l) => l.includes(title));
  assert.ok(line, 'the handover is in the file');
  assert.match(csv.text, /交班人/);
  assert.match(line, /夜班/);
  assert.match(line, /已接班|接班/);
  assert.ok(line.includes(S['cz-aux'].user.name));
  assert.doesNotMatch(line, /night|accepted/);
  const xlsx = await srv.api('GET', `${API}/handovers?org_id=${cz.id}&format=xlsx`, { token: S['cz-aux'].token });
  assert.equal(xlsx.status, 200);
  assertError(await api('cz-aux', 'GET', `${API}/handovers?org_id=${cz.id}&format=pdf`), 422);
  // scope: 西关 does not see 城中's list; org_id is required
  assertError(await api('xg-officer', 'GET', `${API}/handovers?org_id=${cz.id}`), 404);
  assertError(await api('cz-aux', 'GET', `${API}/handovers`), 422, 'missing_field', 'org_id');
});
