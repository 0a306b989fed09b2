// 待我审批 (the leader's approvals on the 阳光坐席 desk) and a custody item's disposal (非涉案物品,
// issue 10): the desk listed a disposal request (申请处置) of an item in custody by code and title
// only, so a leader approved without seeing the method or the reason. GET /desk now gives it,
// through the same approval_detail hook as a found item's disposal, its `detail`: the method
// asked for, the reason and who asked, and the item (category, quantity, why it is held, where
// and since when it is kept, the station), in the reader's language. The other kinds of
// approval (archive query, CCTV review) are listed as before, without rows; a found item's keep
// theirs (tests/api/lostfound.approvals.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, orgsByName, unique } from './lib.mjs';

let srv;
let station;
const S = {};
const ZH = { 'accept-language': 'zh-CN' };
const EN = { 'accept-language': 'en' };

/** GET path as who in a language; the body (200 asserted). */
async function read(who, path, headers = ZH) {
  const r = await srv.api('GET', `${API}${path}`, { token: S[who].token, headers });
  assert.equal(r.status, 200, `GET ${path}: ${r.status} ${r.text}`);
  return r.json;
}

/** An action as who; the case after it (200 asserted). */
async function act(who, id, action, fields, note) {
  const r = await srv.api('POST', `${API}/cases/${id}/actions`,
    { token: S[who].token, body: { action, fields, ...(note ? { note } : {}) } });
  assert.equal(r.status, 200, `${action} on ${id} as ${who}: ${r.status} ${r.text}`);
  return r.json;
}

/** The approval row of case id in the leader's desk (in a language), or undefined. */
async function approval(id, headers = ZH) {
  return (await read('cz-leader', `/desk?org_id=${station}`, headers)).approvals.items.find((i) => i.id === id);
}

const rowsOf = (it) => Object.fromEntries(it.detail.map((r) => [r.name, [r.label, r.value]]));

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-officer', 'cz-aux', 'cz-leader'])
    S[u] = await srv.login(u);
  station = (await orgsByName(srv, S.admin)).get('城中派出所').id;
});
after(async () => { await srv?.stop(); });

test('待我审批: a custody item\'s disposal request lists the method, the reason, who asked and the item, in zh-CN and English', async () => {
  const title = unique('旧手机');
  const r = await srv.api('POST', `${API}/cases`, { token: S['cz-officer'].token, body: {
    type: 'custody', title, org_id: station, item_category: 'phone', quantity: 2, reason_held: '群众送交，物主不明',
  } });
  assert.equal(r.status, 201, r.text);
  const C = r.json;
  await act('cz-aux', C.id, 'store', { place: '物品保管室 / 4号柜' });
  await act('cz-aux', C.id, 'request_disposal', { method: 'auction' }, '超过保管期限无人认领，申请拍卖');
  const asked = (await read('cz-aux', `/cases/${C.id}`)).timeline.find((e) => e.action === 'request_disposal');
  const it = await approval(C.id);
  assert.ok(it, 'the request waits in the leader\'s list');
  assert.equal(it.type, 'custody');
  assert.equal(it.action, 'approve_disposal');
  assert.equal(it.can_approve, true);
  assert.equal(it.title, title);
  const rows = rowsOf(it);
  assert.deepEqual(rows.disposal, ['处置方式', '拍卖']);
  assert.deepEqual(rows.reason, ['申请理由', '超过保管期限无人认领，申请拍卖']);
  assert.deepEqual(rows.asked_by, ['申请人', asked.actor_name]);
  assert.deepEqual(rows.category, ['物品类别', '手机及电子产品']);
  assert.deepEqual(rows.quantity, ['数量', '2']);
  assert.deepEqual(rows.reason_held, ['保管原因', '群众送交，物主不明']);
  assert.deepEqual(rows.place, ['存放位置', '物品保管室 / 4号柜']);
  assert.match(rows.stored_at[1], /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(rows.stored_at[0], '入库时间');
  assert.deepEqual(rows.station, ['保管单位', '城中派出所']);
  // the labels and the names of the method and category in English; what people wrote as written
  const en = rowsOf(await approval(C.id, EN));
  assert.deepEqual(en.disposal, ['Disposal method', 'Auction']);
  assert.deepEqual(en.reason, ['Reason given', '超过保管期限无人认领，申请拍卖']);
  assert.deepEqual(en.category, ['Item category', 'Phones and electronics']);
  assert.deepEqual(en.quantity, ['Quantity', '2']);
  assert.equal(en.asked_by[0], 'Asked by');
  assert.equal(en.stored_at[0], 'In store since');
  assert.deepEqual(en.station, ['Kept by', '城中派出所']);
  for (const [label] of Object.values(en)) assert.doesNotMatch(label, /[\u4e00-\u9fff]/, label);
  for (const [label] of Object.values(rows)) assert.doesNotMatch(label, /[A-Za-z]/, label);
  // approved: out of the list; the custodian disposes of it
  const ok = await act('cz-leader', C.id, 'approve_disposal', {});
  assert.equal(ok.status, 'disposal_approved');
  assert.equal(await approval(C.id), undefined);
  assert.equal((await act('cz-aux', C.id, 'dispose', {})).status, 'disposed');
});

test('待我审批: the demo\'s custody disposal has its rows; a refused one leaves the list; archive and CCTV approvals are as before', async () => {
  const desk = await read('cz-leader', `/desk?org_id=${station}`);
  const keys = desk.approvals.items.find((i) => i.type === 'custody' && /钥匙一串/.test(i.title));
  assert.ok(keys, JSON.stringify(desk.approvals.items.map((i) => [i.type, i.title])));
  const rows = rowsOf(keys);
  assert.deepEqual(rows.disposal, ['处置方式', '销毁']);
  assert.deepEqual(rows.reason, ['申请理由', '超过保管期限无人认领']);
  assert.deepEqual(rows.category, ['物品类别', '钥匙']);
  assert.deepEqual(rows.quantity, ['数量', '5']);
  assert.deepEqual(rows.reason_held, ['保管原因', '—'], 'none given: a dash, not an empty cell');
  const others = desk.approvals.items.filter((i) => i.type !== 'custody' && i.type !== 'found');
  assert.ok(others.some((o) => o.type === 'cctv') && others.some((o) => o.type === 'archive'),
    JSON.stringify(others.map((o) => o.type)));
  for (const o of others) {
    assert.equal(o.detail, undefined, o.type);
    assert.ok(o.action && o.title && typeof o.can_approve === 'boolean', JSON.stringify(o));
  }
  // the leader refuses (a reason): back in store, out of the list
  const back = await act('cz-leader', keys.id, 'refuse_disposal', {}, '物主已来电，暂缓处置');
  assert.equal(back.status, 'stored');
  assert.equal(back.disposal_method, null);
  assert.equal(await approval(keys.id), undefined);
});
