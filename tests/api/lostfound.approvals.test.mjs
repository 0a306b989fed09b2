// 待我审批 (the leader's approvals on the 阳光坐席 desk) and a found item's disposal (失物招领,
// issue 11): the desk listed a disposal request (申请处置) by code and title only, so a leader
// approved blind. GET /desk now gives each approval of a found item its `detail` — the disposal
// asked for, the reason, who asked, and the item: category, colour, station, end of the claim
// period — in the reader's language. The other approval kinds in the list are unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, orgsByName } from './lib.mjs';
import { lfKit } from './lfkit.mjs';

let srv;
let station;
const S = {};
const { create, act, sql } = lfKit(() => srv, S);
const EN = { 'accept-language': 'en' };
const ZH = { 'accept-language': 'zh-CN' };

/** GET path as who in a language (headers); the body (200 asserted). */
async function read(who, path, headers = ZH) {
  const r = await srv.api('GET', `${API}${path}`, { token: S[who].token, headers });
  assert.equal(r.status, 200, `GET ${path}: ${r.status} ${r.text}`);
  return r.json ?? r.text;
}

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-officer', 'cz-leader'])
    S[u] = await srv.login(u);
  station = (await orgsByName(srv, S.admin)).get('城中派出所').id;
});
after(async () => { await srv?.stop(); });

test('待我审批: a found item\'s disposal request lists the disposal, the reason, who asked and the item, in the reader\'s language; approving it works; other approvals unchanged', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'keys', color: '银色', body: '钥匙一串', storage_place: 'C柜' });
  sql(`UPDATE found_details SET claim_end_at = 1000 WHERE case_id = ${F.id}`);
  await act('cz-officer', F.id, 'request_disposal', { disposal: 'treasury' }, 200, '期满无人认领，申请上缴国库');
  const officer = (await read('cz-officer', `/cases/${F.id}`)).timeline.find((e) => e.action === 'request_disposal').actor_name;
  const desk = await read('cz-leader', `/desk?org_id=${station}`);
  const it = desk.approvals.items.find((i) => i.id === F.id);
  assert.ok(it, 'the request waits in the leader\'s list');
  assert.equal(it.action, 'approve_disposal');
  assert.equal(it.can_approve, true);
  const rows = Object.fromEntries(it.detail.map((r) => [r.name, [r.label, r.value]]));
  assert.deepEqual(rows.disposal, ['处置方式', '上缴国库']);
  assert.deepEqual(rows.reason, ['申请理由', '期满无人认领，申请上缴国库']);
  assert.deepEqual(rows.asked_by, ['申请人', officer]);
  assert.deepEqual(rows.category, ['物品类别', '钥匙']);
  assert.deepEqual(rows.color, ['颜色', '银色']);
  assert.deepEqual(rows.station, ['保管单位', '城中派出所']);
  assert.deepEqual(rows.claim_end, ['认领期限届满', '1970-01-01']);
  assert.equal(it.title, '钥匙（银色）');
  // in English: the labels, the disposal's and category's names, the colour and the title
  const en = (await read('cz-leader', `/desk?org_id=${station}`, EN)).approvals.items.find((i) => i.id === F.id);
  const enRows = Object.fromEntries(en.detail.map((r) => [r.name, [r.label, r.value]]));
  assert.deepEqual(enRows.disposal, ['Disposal', 'Handed to the treasury']);
  assert.deepEqual(enRows.reason, ['Reason given', '期满无人认领，申请上缴国库'], 'what a person wrote, as written');
  assert.deepEqual(enRows.category, ['Category', 'Keys']);
  assert.deepEqual(enRows.color, ['Colour', 'silver']);
  assert.deepEqual(enRows.station, ['Kept by', '城中派出所']);
  assert.equal(en.title, 'Keys (silver)');
  // the other kinds of approval in the list (the demo's archive query and CCTV review) are
  // listed as before, without rows of their own (a custody disposal has its own rows:
  // tests/api/desk.approvals.test.mjs)
  const others = desk.approvals.items.filter((i) => i.type !== 'found' && i.type !== 'custody');
  assert.ok(others.length >= 1, JSON.stringify(desk.approvals.items.map((i) => i.type)));
  for (const o of others) {
    assert.equal(o.detail, undefined, o.type);
    assert.ok(o.action && o.title && typeof o.can_approve === 'boolean', JSON.stringify(o));
  }
  // approved: disposed of, out of the list
  await act('cz-leader', F.id, 'approve_disposal', {});
  assert.equal((await read('cz-leader', `/cases/${F.id}`)).status, 'disposed');
  assert.ok(!(await read('cz-leader', `/desk?org_id=${station}`)).approvals.items.some((i) => i.id === F.id));
});
