// Lost and found, the outside read of audit 11 (review9): what a neighbouring station is told
// of a likely match and what it may open (no other station's title), told once per pair and
// not to the officer who did the act; a confirmed pair across stations names the keeping
// station and the item's code; who may hand an item over; a return clears a requested
// disposal and no disposal while an owner waits; the candidates' cut; the registers' exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, orgsByName } from './lib.mjs';
import { ago, ID_OK, lfKit } from './lfkit.mjs';

let srv;
const S = {};
const { create, act, get, told, edit: patch, sql } = lfKit(() => srv, S);
let org;

// a lost report's title as an officer may type it: a name, a phone and an ID number
const PII_TITLE = '张三丰 13812345678 身份证330702199001013523 的电动车';

async function neighbours(list) {
  const r = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { neighbours: list } });
  assert.equal(r.status, 200, r.text);
}

before(async () => {
  // the scheduler every second: the claim clock's notices (lostfound_tick) come within seconds
  srv = await startServer(null, { args: ['--sla-interval', '1'] });
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-officer', 'xg-leader', 'county-mediator', 'county-operator'])
    S[u] = await srv.login(u);
  org = await orgsByName(srv, S.admin);
});
after(async () => { await srv?.stop(); });

test('a neighbour\'s likely match: its desk is told what the item is and who registered it, never the other title; it sees the summary among its candidates; told once per pair, not the actor', async () => {
  const cz = org.get('城中派出所').id, xg = org.get('西关派出所').id;
  await neighbours([{ org_id: cz, neighbour_id: xg }]);
  const F = await create('xg-officer', { type: 'found', category: 'ebike', body: '路边停放的绿色电动车',
    color: '墨绿', brand: 'Yadea', serial: 'LXYA1122334', found_at: ago(300), storage_place: '车棚' });
  const L = await create('cz-officer', { type: 'lost', category: 'ebike', title: PII_TITLE, body: '绿色雅迪电动车被人骑走',
    color: '绿色', brand: '雅迪', serial: 'LXYA1122334', lost_from: ago(600), lost_to: ago(500),
    persons: [{ role: 'owner', name: '张三丰', phone: '13812345678' }] });
  const x = await told('xg-leader', F.id, 'lf_match');
  assert.equal(x.length, 1, '西关 is told on its own item');
  for (const secret of ['张三丰', '13812345678', '3307021990', L.title])
    assert.ok(!x[0].message.includes(secret), `the neighbour's notice must not hold ${secret}: ${x[0].message}`);
  for (const what of ['城中派出所', '电动车', '绿色', F.code])
    assert.ok(x[0].message.includes(what), `the notice names ${what}: ${x[0].message}`);
  assert.equal((await told('xg-officer', F.id, 'lf_match')).length, 1, '西关\'s officer is told too');
  // our own desk: told, but not the officer who registered it
  assert.equal((await told('cz-leader', L.id, 'lf_match')).length, 1);
  assert.equal((await told('cz-officer', L.id, 'lf_match')).length, 0, 'not told of one\'s own act');
  // the neighbour opens what it is told about: the candidate's summary, nothing personal
  const m = await get('xg-leader', `/cases/${F.id}/matches`);
  assert.equal(m.status, 200, m.text);
  const it = m.json.items.find((i) => i.case_id === L.id);
  assert.ok(it, `the neighbour's candidate is listed: ${m.text}`);
  assert.equal(it.title, null);
  assert.equal(it.visible, false);
  assert.equal(it.station, '城中派出所');
  assert.equal(it.category, 'ebike');
  assert.equal(it.color, '绿色');
  assert.match(it.summary, /电动车/);
  assert.equal(it.likely, true);
  assert.deepEqual(it.reasons, []);
  for (const secret of ['张三丰', '13812345678', '3307021990', '雅迪', '骑走'])
    assert.ok(!m.text.includes(secret), `the neighbour's candidates must not hold ${secret}`);
  // 城中 itself still sees its own title in full on its found-side... and F's full row
  const own = await get('cz-officer', `/cases/${L.id}/matches`);
  assert.equal(own.json.items.find((i) => i.case_id === F.id)?.visible, false, 'F is 西关\'s: a summary for 城中');
  // an edit that keeps the same likely pair tells nobody again (either desk)
  await patch('cz-officer', L.id, { marks: '车座有划痕' });
  await patch('cz-officer', L.id, { marks: '车座有划痕，后视镜缺一个' });
  await patch('xg-officer', F.id, { marks: '车筐变形' });
  assert.equal((await told('xg-leader', F.id, 'lf_match')).length, 1, '西关 told once');
  assert.equal((await told('cz-leader', L.id, 'lf_match')).length, 1, '城中 told once');
  assert.equal((await told('cz-leader', F.id, 'lf_match')).length, 0);
  assert.equal((await told('xg-leader', L.id, 'lf_match')).length, 0);
  await neighbours([]);
});

test('cut on the candidates counts only rows the caller may see: a hidden better row neither takes a place nor says cut', async () => {
  const F = await create('xg-officer', { type: 'found', category: 'jewelry', body: '银色手镯一只', color: '银色',
    found_at: ago(30), storage_place: '保险柜' });
  for (let i = 0; i < 50; i++)   // LF_MATCHES_MAX: exactly one answer's worth the caller sees
    await create('xg-officer', { type: 'lost', category: 'jewelry', body: `丢了银色手镯（第${i + 1}位失主）`, color: '银色',
      lost_from: ago(120), lost_to: ago(60) });
  // a lost report of a station that is no neighbour (any more): its stored pair is no one's business here
  const L = await create('cz-officer', { type: 'lost', category: 'jewelry', body: '银色手镯', color: '银色', lost_from: ago(120) });
  sql(`INSERT INTO lf_matches (lost_id, found_id, score, sure, reasons, created_at) VALUES (${L.id}, ${F.id}, 99, 0, '[]', 0)`);
  const r = await get('xg-officer', `/cases/${F.id}/matches`);
  assert.equal(r.status, 200, r.text);
  assert.ok(!r.json.items.some((i) => i.case_id === L.id), 'not listed');
  assert.equal(r.json.items.length, 50);
  assert.equal(r.json.cut, false, 'nothing the caller may see was left out');
});

test('disposal: a return clears the method asked for; no disposal (asked, approved or decided) while a confirmed lost report waits for the item', async () => {
  const G = await create('cz-officer', { type: 'found', category: 'other', body: '蓝色保温杯', storage_place: 'B柜' });
  sql(`UPDATE found_details SET claim_end_at = 1000 WHERE case_id = ${G.id}`);
  let c = await act('cz-officer', G.id, 'request_disposal', { disposal: 'destroy' }, 200, '期满无人认领');
  assert.equal(c.disposal, 'destroy');
  c = await act('cz-officer', G.id, 'return', { persons: [{ role: 'claimant', name: '乙', id_number: ID_OK }], verification: '杯底贴纸' });
  assert.equal(c.status, 'returned');
  assert.equal(c.disposal, null, 'a returned item has no disposal');
  const csv = await get('cz-officer', `/cases?type=found&status=returned&format=csv`);
  const line = csv.text.split(/\r?\n/).find((l) => l.includes(G.code));
  assert.ok(line && !line.includes('销毁'), line);
  // the owner is known: a confirmed lost report waits for the item
  const H = await create('cz-aux', { type: 'found', category: 'other', body: '黑色长柄伞', storage_place: 'B柜' });
  const L = await create('cz-officer', { type: 'lost', category: 'other', body: '黑色长柄伞', lost_from: ago(60) });
  await act('cz-officer', L.id, 'match', { found_id: H.id });
  sql(`UPDATE found_details SET claim_end_at = 1000 WHERE case_id = ${H.id}`);
  let e = await act('cz-aux', H.id, 'request_disposal', { disposal: 'treasury' }, 409, '期满');
  assert.equal(e.error.code, 'owner_waiting');
  assert.match(e.error.message, /失主/);
  e = await act('cz-leader', H.id, 'dispose', { disposal: 'treasury' }, 409, '期满');
  assert.equal(e.error.code, 'owner_waiting');
  assert.equal((await get('cz-aux', `/cases/${H.id}`)).json.status, 'registered', 'nothing changed');
  // asked before the match was confirmed: the leader cannot approve it afterwards
  const K = await create('cz-aux', { type: 'found', category: 'other', body: '红色折叠伞', storage_place: 'B柜' });
  sql(`UPDATE found_details SET claim_end_at = 1000 WHERE case_id = ${K.id}`);
  await act('cz-aux', K.id, 'request_disposal', { disposal: 'auction' }, 200, '期满');
  const M = await create('cz-officer', { type: 'lost', category: 'other', body: '红色折叠伞', lost_from: ago(60) });
  await act('cz-officer', M.id, 'match', { found_id: K.id });
  e = await act('cz-leader', K.id, 'approve_disposal', undefined, 409);
  assert.equal(e.error.code, 'owner_waiting');
  // once the pair is dismissed, the disposal may go on
  await act('cz-officer', M.id, 'dismiss_match', { found_id: K.id });
  c = await act('cz-leader', K.id, 'approve_disposal', undefined, 200);
  assert.equal(c.status, 'disposed');
});

test('handed_by: an officer or leader of the station, never someone of a unit above; the server names them for the receipt', async () => {
  const claim = { persons: [{ role: 'claimant', name: '丙', id_number: ID_OK }], verification: '说出钥匙扣的样子' };
  const F = await create('cz-officer', { type: 'found', category: 'keys', body: '钥匙两把' });
  for (const who of ['county-mediator', 'county-operator', 'admin', 'xg-officer']) {
    const e = await act('cz-officer', F.id, 'return', { ...claim, handed_by: S[who].user.id }, 422);
    assert.equal(e.error.field, 'fields.handed_by', who);
    assert.match(e.error.message, /[\u4e00-\u9fff]/);
  }
  assert.equal((await get('cz-officer', `/cases/${F.id}`)).json.status, 'registered', 'nothing changed');
  const R = await act('cz-officer', F.id, 'return', { ...claim, handed_by: S['cz-leader'].user.id });
  assert.equal(R.handed_by, S['cz-leader'].user.id);
  const ev = R.timeline.filter((e) => e.action === 'return').pop();
  assert.ok(S['cz-leader'].user.name, 'the login names the user');
  assert.equal(ev.data.handed_by_name, S['cz-leader'].user.name, 'the receipt\'s officer comes from the server');
  assert.notEqual(ev.actor_name, S['cz-leader'].user.name);
});

test('handed_by: an auxiliary (辅警) assists but never signs the receipt as 经办民警 — named, or by default when they record the return, 422 on fields.handed_by and nothing written; naming a sworn officer goes through', async () => {
  const claim = { persons: [{ role: 'claimant', name: '丁', id_number: ID_OK }], verification: '说出钥匙扣的样子' };
  const F = await create('cz-officer', { type: 'found', category: 'keys', body: '钥匙三把，红色钥匙扣' });
  const unchanged = async (why) => {
    const c = (await get('cz-officer', `/cases/${F.id}`)).json;
    assert.equal(c.status, 'registered', why);
    assert.equal(c.handed_by ?? null, null, why);
    assert.equal(c.persons.filter((p) => p.role === 'claimant').length, 0, `${why}: no claimant linked`);
    assert.equal(c.timeline.filter((e) => e.action === 'return').length, 0, `${why}: no return event`);
  };
  // an officer names the auxiliary: refused, in Chinese and in English
  let e = await act('cz-officer', F.id, 'return', { ...claim, handed_by: S['cz-aux'].user.id }, 422);
  assert.equal(e.error.field, 'fields.handed_by');
  assert.match(e.error.message, /经办民警须为本所民警（辅警不能作为经办人）/);
  const en = await srv.api('POST', `${API}/cases/${F.id}/actions`, { token: S['cz-officer'].token,
    headers: { 'accept-language': 'en' }, body: { action: 'return', fields: { ...claim, handed_by: S['cz-aux'].user.id } } });
  assert.equal(en.status, 422, en.text);
  assert.equal(en.json.error.field, 'fields.handed_by');
  assert.match(en.json.error.message, /auxiliary cannot/);
  await unchanged('an auxiliary named');
  // the auxiliary names themself, or names nobody: refused all the same
  e = await act('cz-aux', F.id, 'return', { ...claim, handed_by: S['cz-aux'].user.id }, 422);
  assert.equal(e.error.field, 'fields.handed_by');
  e = await act('cz-aux', F.id, 'return', claim, 422);
  assert.equal(e.error.field, 'fields.handed_by');
  assert.equal(e.error.code, 'missing_field');
  assert.match(e.error.message, /请选择经办民警/);
  await unchanged('an auxiliary recording without handed_by');
  // the auxiliary records the return naming a sworn officer: the receipt names the officer
  const R = await act('cz-aux', F.id, 'return', { ...claim, handed_by: S['cz-officer'].user.id });
  assert.equal(R.status, 'returned');
  assert.equal(R.handed_by, S['cz-officer'].user.id);
  const ev = R.timeline.filter((x) => x.action === 'return').pop();
  assert.equal(ev.data.handed_by_name, S['cz-officer'].user.name, 'the receipt names the officer');
  assert.equal(ev.actor_name, S['cz-aux'].user.name, 'the auxiliary recorded it');
});

test('a confirmed pair across stations: the lost report\'s side learns the keeping station and the item\'s code; the keeping station never the report\'s title', async () => {
  const cz = org.get('城中派出所').id, xg = org.get('西关派出所').id;
  await neighbours([{ org_id: cz, neighbour_id: xg }]);
  const F = await create('xg-officer', { type: 'found', category: 'bicycle', body: '蓝色山地自行车',
    color: '蓝色', brand: '捷安特', found_at: ago(300), storage_place: '车棚' });
  const L = await create('cz-officer', { type: 'lost', category: 'bicycle', title: '李四 13955556666 的捷安特自行车', body: '蓝色捷安特山地车',
    color: '蓝色', brand: '捷安特', lost_from: ago(600), lost_to: ago(500) });
  await neighbours([]);   // confirmed pairs stay readable when the neighbours change
  await act('admin', L.id, 'match', { found_id: F.id });
  const mine = await told('cz-officer', L.id, 'lf_confirmed');
  assert.equal(mine.length, 1);
  for (const what of ['西关派出所', F.code, F.title])
    assert.ok(mine[0].message.includes(what), `the lost side's notice names ${what}: ${mine[0].message}`);
  for (const who of ['xg-officer', 'xg-leader']) {
    const n = await told(who, F.id, 'lf_confirmed');
    assert.equal(n.length, 1, who);
    for (const secret of ['李四', '13955556666', L.title])
      assert.ok(!n[0].message.includes(secret), `${who}'s notice must not hold ${secret}: ${n[0].message}`);
    for (const what of ['城中派出所', L.code, F.code])
      assert.ok(n[0].message.includes(what), `${who}'s notice names ${what}: ${n[0].message}`);
  }
  // the lost report's page: its candidates name the confirmed item by code and station
  const m = await get('cz-officer', `/cases/${L.id}/matches`);
  const it = m.json.items.find((i) => i.case_id === F.id);
  assert.ok(it, m.text);
  assert.equal(it.confirmed, true);
  assert.equal(it.code, F.code);
  assert.equal(it.station, '西关派出所');
  assert.equal(it.title, null);
});

test('the confirm notice holds both titles whole, however long (two maximal titles fit)', async () => {
  const long = '丢失'.repeat(50);   // 100 characters
  const L = await create('cz-officer', { type: 'lost', category: 'other', title: long, body: '一只绿色水壶', lost_from: ago(60) });
  const F = await create('cz-aux', { type: 'found', category: 'other', title: '绿色水壶一只'.repeat(15), body: '绿色水壶' });
  await act('cz-officer', L.id, 'match', { found_id: F.id });
  const n = await told('cz-aux', F.id, 'lf_confirmed');
  assert.equal(n.length, 1);
  assert.ok(n[0].message.includes(L.title) && n[0].message.includes(F.title), n[0].message);
  assert.match(n[0].message, /请安排返还$/);
});

test('the claim clock: more items of one millisecond than one pass tells are all told, once; an item registered after its moment was passed (a writer backlog) is still told', async () => {
  const n = 205;   // LF_TICK_MAX (200) + 5: one pass is full, the tie goes on in the next
  const ids = [];
  for (let i = 0; i < n; i++)
    ids.push((await create('cz-aux', { type: 'found', category: 'cash', body: `现金一笔（第${i + 1}笔）`, storage_place: '保险柜' })).id);
  const at = Date.now() + 2000;
  sql(`UPDATE found_details SET notice_at = ${at} WHERE case_id IN (${ids.join(',')})`);
  const count = () => Number(sql(`SELECT COUNT(DISTINCT case_id) FROM notifications WHERE kind = 'lf_noticed' AND case_id IN (${ids.join(',')})`));
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline && count() < n) await new Promise((r) => setTimeout(r, 500));
  assert.equal(count(), n, 'every item of the tie is told');
  // a registration that committed after the clock had passed its moment
  const late = await create('cz-aux', { type: 'found', category: 'cash', body: '现金一笔（晚到）', storage_place: '保险柜' });
  sql(`UPDATE found_details SET notice_at = ${Date.now() - 60000} WHERE case_id = ${late.id}`);
  const told1 = () => Number(sql(`SELECT COUNT(*) FROM notifications WHERE kind = 'lf_noticed' AND case_id = ${late.id}`));
  const d2 = Date.now() + 15000;
  while (Date.now() < d2 && told1() < 1) await new Promise((r) => setTimeout(r, 500));
  assert.equal(told1(), 1, 'the late item is told');
  await new Promise((r) => setTimeout(r, 3000));
  assert.equal(told1(), 1, 'once');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM notifications WHERE kind = 'lf_noticed' AND case_id IN (${ids.join(',')})`)), n, 'each once');
});

test('the registers\' exports name the pair\'s other side by its code, never a raw id', async () => {
  const F = await create('cz-aux', { type: 'found', category: 'id_doc', body: '学生证一张', storage_place: 'A柜' });
  const L = await create('cz-officer', { type: 'lost', category: 'id_doc', body: '学生证', lost_from: ago(60) });
  await act('cz-officer', L.id, 'match', { found_id: F.id });
  const csvOf = async (q) => {
    const r = await get('cz-officer', `/cases?${q}&format=csv&limit=200`);
    assert.equal(r.status, 200, r.text);
    const lines = r.text.replace(/^\uFEFF/, '').split(/\r?\n/);
    return { head: lines[0].split(','), lines };
  };
  let { head, lines } = await csvOf('type=lost&status=matched');
  const col = head.indexOf('匹配的拾遗物');
  assert.ok(col > 0, head.join(','));
  let row = lines.find((l) => l.startsWith(L.code + ',') || l.includes(',' + L.code + ','));
  assert.ok(row, 'the lost report is exported');
  assert.ok(row.includes(F.code), `the found item by its code: ${row}`);
  assert.ok(!row.split(',').includes(String(F.id)), `no raw id: ${row}`);
  await act('cz-aux', F.id, 'return', { persons: [{ role: 'claimant', name: '丁', id_number: ID_OK }], verification: '照片相符',
    handed_by: S['cz-officer'].user.id });
  ({ head, lines } = await csvOf('type=found&status=returned'));
  row = lines.find((l) => l.includes(F.code));
  assert.ok(row && row.includes(L.code), `the lost report by its code: ${row}`);
  assert.ok(!row.split(',').includes(String(L.id)), `no raw id: ${row}`);
});
