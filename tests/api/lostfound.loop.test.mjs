// Lost and found (issue 11), the loop closed for every role: who is told when a likely match
// is found (also at a neighbouring station), when a match is confirmed and when the item is
// returned; a return at the station that keeps the item closes a confirmed lost report of a
// neighbouring station the returning officer cannot open. The statistics by period (by month)
// and whether they are complete; the claim clock's notices (public notice out, 30 days left,
// period ended). Checked by the audit of issue 11.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, orgsByName } from './lib.mjs';
import { ago, ID_OK, lfKit } from './lfkit.mjs';

let srv;
const S = {};
const { create, act, get, told, sql } = lfKit(() => srv, S);
let org;

before(async () => {
  // the scheduler every second: the claim clock's notices (lostfound_tick) come within seconds
  srv = await startServer(null, { args: ['--sla-interval', '1'] });
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-officer', 'xg-leader'])
    S[u] = await srv.login(u);
  org = await orgsByName(srv, S.admin);
});
after(async () => { await srv?.stop(); });

test('one station: a confirmed match tells the officer who registered the other side; a return tells the lost report\'s officer', async () => {
  const L = await create('cz-officer', { type: 'lost', category: 'phone', body: '丢了黑色华为手机',
    color: '黑色', brand: '华为', serial: 'IMEI 8612 3456 7890 555', lost_from: ago(300), lost_to: ago(240) });
  const F = await create('cz-aux', { type: 'found', category: 'phone', body: '捡到黑色手机一部',
    color: '黑色', brand: 'HUAWEI', serial: '861234567890555', found_at: ago(200), storage_place: 'A柜' });
  // the likely match: the station's desk is told
  assert.equal((await told('cz-leader', F.id, 'lf_match')).length, 1, 'the leader is told of the likely match');
  // cz-officer confirms: cz-aux, who registered the found item and keeps it, is told; the actor is not
  await act('cz-officer', L.id, 'match', { found_id: F.id });
  const c = await told('cz-aux', F.id, 'lf_confirmed');
  assert.equal(c.length, 1, 'the found item\'s officer is told of the confirmed match');
  assert.match(c[0].message, /已确认/);
  assert.ok(c[0].message.includes(L.title) && c[0].message.includes(F.title), c[0].message);
  assert.equal((await told('cz-officer', L.id, 'lf_confirmed')).length, 0, 'not told of one\'s own act');
  assert.equal(c[0].kind_name, '失物匹配已确认');
  // cz-aux records the return (cz-leader hands it over: an auxiliary is never the 经办民警):
  // cz-officer, who took the lost report, is told on the lost report
  await act('cz-aux', F.id, 'return', { persons: [{ role: 'claimant', name: '王小明', id_number: ID_OK }],
    verification: '说出锁屏图片', handed_by: S['cz-leader'].user.id });
  const r = await told('cz-officer', L.id, 'lf_returned');
  assert.equal(r.length, 1, 'the lost report\'s officer is told of the return');
  assert.match(r[0].message, /已返还/);
  assert.equal((await told('cz-aux', F.id, 'lf_returned')).length, 0, 'the returning officer is not told');
});

test('neighbouring stations: both desks are told of a likely match; the keeping station is told of the confirm and returns the item, which closes the other station\'s lost report', async () => {
  const cz = org.get('城中派出所').id, xg = org.get('西关派出所').id;
  const put = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token,
    body: { neighbours: [{ org_id: cz, neighbour_id: xg }] } });
  assert.equal(put.status, 200, put.text);
  const F = await create('xg-officer', { type: 'found', category: 'ebike', body: '路边停放的绿色电动车',
    color: '墨绿', brand: 'Yadea', serial: 'LXYA7654321', found_at: ago(300), storage_place: '车棚' });
  const L = await create('cz-officer', { type: 'lost', category: 'ebike', body: '绿色雅迪电动车被人骑走',
    color: '绿色', brand: '雅迪', serial: 'LXYA7654321', lost_from: ago(600), lost_to: ago(500) });
  // 城中 registered the lost report: its desk is told on it; 西关 keeps the item: told on its own
  // registration, the one its officers can open
  assert.equal((await told('cz-leader', L.id, 'lf_match')).length, 1, '城中 is told');
  const x = await told('xg-leader', F.id, 'lf_match');
  assert.equal(x.length, 1, '西关, the neighbour that keeps the item, is told too');
  assert.equal((await srv.api('GET', `${API}/cases/${F.id}`, { token: S['xg-leader'].token })).status, 200);
  // the bureau's admin (who sees both) confirms: 西关's desk and both registering officers are told
  await act('admin', L.id, 'match', { found_id: F.id });
  assert.equal((await told('xg-leader', F.id, 'lf_confirmed')).length, 1, '西关 is told to prepare the return');
  assert.equal((await told('xg-officer', F.id, 'lf_confirmed')).length, 1);
  assert.equal((await told('cz-officer', L.id, 'lf_confirmed')).length, 1);
  // 西关's officer returns it without naming the lost report (he cannot open it): the confirmed
  // one closes with it
  const R = await act('xg-officer', F.id, 'return', { persons: [{ role: 'claimant', name: '陈立', id_number: ID_OK }],
    verification: '说出车筐里的物品' });
  assert.equal(R.status, 'returned');
  assert.equal(R.lost_id, L.id);
  const l = await srv.api('GET', `${API}/cases/${L.id}`, { token: S['cz-officer'].token });
  assert.equal(l.json.status, 'returned', 'the lost report closed with the return');
  assert.equal((await told('cz-officer', L.id, 'lf_returned')).length, 1, '城中\'s officer is told');
  // naming a lost report outside one's scope is still refused like a missing one
  const F2 = await create('xg-officer', { type: 'found', category: 'keys', body: '钥匙一串' });
  const L2 = await create('cz-officer', { type: 'lost', category: 'keys', body: '钥匙一串', lost_from: ago(60) });
  const e = await act('xg-officer', F2.id, 'return', { lost_id: L2.id, persons: [{ role: 'claimant', name: '甲', id_number: ID_OK }],
    verification: 'x' }, 422);
  assert.equal(e.error.field, 'fields.lost_id');
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { neighbours: [] } });
});

test('neighbouring stations without the bureau: 城中 sees 西关\'s likely item in its alerts and confirms it; 西关 sees the pair with the owner masked and returns it (the claimant named); a station that is no neighbour is refused', async () => {
  const cz = org.get('城中派出所').id, xg = org.get('西关派出所').id;
  const put = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token,
    body: { neighbours: [{ org_id: cz, neighbour_id: xg }] } });
  assert.equal(put.status, 200, put.text);
  const F = await create('xg-officer', { type: 'found', category: 'phone', body: '公交站捡到蓝色手机一部',
    color: '蓝色', brand: 'OPPO', serial: 'IMEI 8677 0011 2233 445', found_at: ago(300), storage_place: '值班室' });
  const L = await create('cz-officer', { type: 'lost', category: 'phone', body: '蓝色OPPO手机丢了',
    color: '蓝', brand: 'oppo', serial: '867700112233445', lost_from: ago(600), lost_to: ago(500),
    persons: [{ role: 'owner', name: '赵敏华', id_number: ID_OK }] });
  // 城中's desk: the neighbour's item in its alerts, by what it is and who keeps it (no title,
  // no reasons: free text can carry personal data)
  const al = (await get('cz-officer', `/lostfound/alerts?org_id=${cz}`)).json.items.find((a) => a.lost_id === L.id);
  assert.ok(al, 'the likely neighbour item is an alert of 城中');
  assert.equal(al.case_id, F.id);
  assert.equal(al.visible, false);
  assert.equal(al.title, null);
  assert.equal(al.station, '西关派出所');
  assert.match(al.summary, /手机/);
  assert.deepEqual(al.reasons, []);
  assert.ok(!JSON.stringify(al).includes('公交站'), 'nothing of the item\'s words');
  // 西关's desk, which keeps the item: the same pair among its alerts, from its item's side —
  // the report by what it is and whose (never its words), its own item in full
  const xa = (await get('xg-officer', `/lostfound/alerts?org_id=${xg}`)).json.items.find((a) => a.lost_id === L.id);
  assert.ok(xa, 'the keeping station\'s alerts have it too');
  assert.equal(xa.case_id, F.id);
  assert.equal(xa.title, F.title);
  assert.equal(xa.lost_visible, false);
  assert.equal(xa.lost_title, null);
  assert.equal(xa.lost_station, '城中派出所');
  assert.match(xa.lost_summary, /手机/);
  assert.deepEqual(xa.reasons, []);
  assert.ok(!JSON.stringify(xa).includes('OPPO手机丢了'), 'nothing of the report\'s words');
  const csv = await srv.api('GET', `${API}/lostfound/alerts?org_id=${xg}&format=csv`, { token: S['xg-officer'].token });
  assert.equal(csv.status, 200);
  assert.ok(csv.text.includes(L.code) && csv.text.includes(F.code), csv.text);
  // a station that keeps nothing of it: no such alert
  assert.ok(!(await get('cz-officer', `/lostfound/alerts?org_id=${cz}`)).json.items.some((a) => a.lost_visible === false));
  // 城中's officer confirms it on his lost report (no bureau needed)
  await act('cz-officer', L.id, 'match', { found_id: F.id });
  assert.equal((await told('xg-officer', F.id, 'lf_confirmed')).length, 1, '西关 is told to prepare the return');
  // 西关's page of its item: the confirmed report by code, not opened, its owner masked
  const m = (await get('xg-officer', `/cases/${F.id}/matches`)).json.items;
  assert.equal(m[0].case_id, L.id);
  assert.equal(m[0].confirmed, true);
  assert.equal(m[0].visible, false);
  assert.ok(m[0].owner && m[0].owner.name && m[0].owner.name !== '赵敏华' && m[0].owner.name.startsWith('赵'),
    JSON.stringify(m[0].owner));
  assert.ok(m[0].owner.id_number.includes('*') && m[0].owner.id_number !== ID_OK, m[0].owner.id_number);
  await get('xg-officer', `/cases/${L.id}`, 404);
  // the item's timeline says which report, in words the English page can say from the code
  const ev = (await get('xg-officer', `/cases/${F.id}`)).json.timeline.find((e) => e.action === 'match');
  assert.equal(ev.data.lf_note, 'confirmed');
  assert.equal(ev.data.lost_code, L.code);
  // a return without the claimant's name is refused, naming the field, and changes nothing
  const before = (await get('xg-officer', `/cases/${F.id}`)).json;
  const e = await act('xg-officer', F.id, 'return', { persons: [{ role: 'claimant', name: ' ', id_number: ID_OK }],
    verification: '说出手机壳图案' }, 422);
  assert.equal(e.error.field, 'fields.persons');
  assert.match(e.error.message, /领取人姓名/);
  const still = (await get('xg-officer', `/cases/${F.id}`)).json;
  assert.equal(still.status, before.status);
  assert.equal(still.version, before.version);
  const R = await act('xg-officer', F.id, 'return', { persons: [{ role: 'claimant', name: '赵敏华', id_number: ID_OK }],
    verification: '说出手机壳图案' });
  assert.equal(R.status, 'returned');
  const lt = (await get('cz-officer', `/cases/${L.id}`)).json;
  assert.equal(lt.status, 'returned');
  assert.equal(lt.timeline.find((x) => x.action === 'return').data.lf_note, 'returned');
  // no longer neighbours: a confirmation of the other station's item is refused like a missing one
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { neighbours: [] } });
  const F3 = await create('xg-officer', { type: 'found', category: 'keys', body: '钥匙三把', found_at: ago(30) });
  const L3 = await create('cz-officer', { type: 'lost', category: 'keys', body: '三把钥匙', lost_from: ago(90), lost_to: ago(60) });
  const e3 = await act('cz-officer', L3.id, 'match', { found_id: F3.id }, 422);
  assert.equal(e3.error.field, 'fields.found_id');
  assert.equal((await get('cz-officer', `/cases/${L3.id}`)).json.status, 'open');
});

test('one object, one owner: a confirmed item names its lost report at once; a second report cannot confirm it nor a return name another; undoing it says so on the item and tells its officer', async () => {
  const phone = (who, extra) => create(who, { type: 'lost', category: 'phone', body: '丢了白色苹果手机',
    color: '白色', brand: '苹果', lost_from: ago(300), lost_to: ago(240), ...extra });
  const L = await phone('cz-officer', { serial: '尾号4411' });
  const L2 = await phone('cz-leader', { body: '白色iPhone丢了' });
  const F = await create('cz-aux', { type: 'found', category: 'phone', body: '捡到白色iPhone一部',
    color: '白', brand: 'Apple', serial: '356789012344411', found_at: ago(200), storage_place: 'B柜' });
  const v0 = (await srv.api('GET', `${API}/cases/${F.id}`, { token: S['cz-aux'].token })).json.version;
  // the other report's candidate says whether the item is confirmed for another report
  const taken = async () => {
    const m = (await srv.api('GET', `${API}/cases/${L2.id}/matches`, { token: S['cz-leader'].token })).json;
    const it = m.items.find((i) => i.case_id === F.id);
    assert.ok(it, 'the item is a candidate of the second report');
    return it.confirmed_elsewhere;
  };
  assert.equal(await taken(), false);
  await act('cz-officer', L.id, 'match', { found_id: F.id });
  assert.equal(await taken(), true, 'confirmed for L: L2 sees it taken');
  const own = (await srv.api('GET', `${API}/cases/${L.id}/matches`, { token: S['cz-officer'].token })).json
    .items.find((i) => i.case_id === F.id);
  assert.equal(own.confirmed, true);
  assert.equal(own.confirmed_elsewhere, false, 'its own pair is no other');
  // the item's 对应失物登记 is the confirmed report before any return (its export reads it too)
  let f = (await srv.api('GET', `${API}/cases/${F.id}`, { token: S['cz-aux'].token })).json;
  assert.equal(f.lost_id, L.id);
  assert.equal(f.status, 'registered');
  assert.ok(f.version > v0, 'the item moved on: an action read before the confirmation retries');
  // a second report cannot take the same item: 409 naming found_id, in Chinese, nothing written
  // the rows of these three registrations (the server's own sweeps may write others' meanwhile)
  const rows = () => sql(`SELECT COUNT(*) FROM timeline WHERE case_id IN (${L.id}, ${L2.id}, ${F.id})`);
  const before = rows();
  let r = await srv.api('POST', `${API}/cases/${L2.id}/actions`,
    { token: S['cz-leader'].token, body: { action: 'match', fields: { found_id: F.id } } });
  assert.equal(r.status, 409, r.text);
  assert.equal(r.json.error.code, 'already_matched');
  assert.equal(r.json.error.field, 'fields.found_id');
  assert.match(r.json.error.message, /另一份失物登记/);
  assert.equal(rows(), before, 'a refused confirmation writes nothing');
  assert.equal((await srv.api('GET', `${API}/cases/${L2.id}`, { token: S['cz-leader'].token })).json.status, 'open');
  // nor may a return name the other report while the item is confirmed for this one
  r = await srv.api('POST', `${API}/cases/${F.id}/actions`, { token: S['cz-aux'].token, body: { action: 'return',
    fields: { lost_id: L2.id, persons: [{ role: 'claimant', name: '甲', id_number: ID_OK }], verification: '核对',
      handed_by: S['cz-officer'].user.id } } });
  assert.equal(r.status, 409, r.text);
  assert.equal(r.json.error.field, 'fields.lost_id');
  assert.equal(rows(), before);
  // the confirmation undone (排除匹配 on the confirmed item): the item's side is cleared and says
  // so on its timeline; its officer, told of the confirmation, is told it no longer holds
  await act('cz-officer', L.id, 'dismiss_match', { found_id: F.id });
  assert.equal(await taken(), false, 'undone: free again');
  f = (await srv.api('GET', `${API}/cases/${F.id}`, { token: S['cz-aux'].token })).json;
  assert.equal(f.lost_id, null);
  const undone = f.timeline.filter((e) => e.action === 'dismiss_match');
  assert.equal(undone.length, 1);
  assert.match(undone[0].note, new RegExp(`已撤销与失物登记 ${L.code} 的匹配确认`));
  const u = await told('cz-aux', F.id, 'lf_unconfirmed');
  assert.equal(u.length, 1, 'the item\'s officer is told the confirmation was undone');
  assert.ok(u[0].message.includes(L.title) && u[0].message.includes(F.code), u[0].message);
  assert.equal(u[0].kind_name, '失物匹配确认已撤销');
  assert.equal((await told('cz-officer', L.id, 'lf_unconfirmed')).length, 0, 'not told of one\'s own act');
  // a pair dismissed before it was confirmed writes nothing on the item
  const F3 = await create('cz-aux', { type: 'found', category: 'phone', body: '捡到白色手机', color: '白色',
    found_at: ago(200) });
  await act('cz-leader', L2.id, 'dismiss_match', { found_id: F3.id });
  const f3 = (await srv.api('GET', `${API}/cases/${F3.id}`, { token: S['cz-aux'].token })).json;
  assert.equal(f3.timeline.filter((e) => e.action === 'dismiss_match').length, 0);
  // the never-offered entry is not an action on the item itself
  r = await srv.api('POST', `${API}/cases/${F.id}/actions`,
    { token: S['cz-aux'].token, body: { action: 'dismiss_match', fields: { found_id: F.id } } });
  assert.equal(r.status, 409, r.text);
  // now the second report may take the item, and a return closes it
  await act('cz-leader', L2.id, 'match', { found_id: F.id });
  const R = await act('cz-aux', F.id, 'return', { persons: [{ role: 'claimant', name: '乙', id_number: ID_OK }],
    verification: '说出锁屏', handed_by: S['cz-officer'].user.id });
  assert.equal(R.lost_id, L2.id);
  assert.equal((await srv.api('GET', `${API}/cases/${L.id}`, { token: S['cz-officer'].token })).json.status, 'open');
});

test('statistics by month: every month of the period, the registration\'s month counts; a bad group is 422; complete is said', async () => {
  const r0 = await srv.api('GET', `${API}/lostfound/stats?group=month`, { token: S['cz-leader'].token });
  assert.equal(r0.status, 200, r0.text);
  assert.equal(r0.json.group, 'month');
  assert.equal(r0.json.complete, true);
  const rows = r0.json.items;
  // the default period is the last 365 days: 12 or 13 months, oldest first, then the total
  assert.ok(rows.length >= 13 && rows.length <= 14, String(rows.length));
  const total = rows[rows.length - 1];
  assert.equal(total.month, null);
  const months = rows.slice(0, -1).map((i) => i.month);
  assert.deepEqual([...months].sort(), months);
  for (const m of months) assert.match(m, /^\d{4}-\d{2}$/);
  // this month holds what was registered now: both sides, and the returns of the tests above
  const now = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 7);
  const cur = rows.find((i) => i.month === now);
  assert.ok(cur, `the current month ${now} is a row`);
  assert.ok(cur.lost >= 1 && cur.found >= 1 && cur.found_returned >= 1, JSON.stringify(cur));
  assert.equal(cur.lost, total.lost, 'everything was registered this month');
  assert.equal(cur.found_returned, total.found_returned);
  // a category row answers the same totals
  const byCat = (await srv.api('GET', `${API}/lostfound/stats`, { token: S['cz-leader'].token })).json;
  assert.equal(byCat.group, 'category');
  assert.equal(byCat.items[byCat.items.length - 1].found, total.found);
  // refusals
  let r = await srv.api('GET', `${API}/lostfound/stats?group=week`, { token: S['cz-leader'].token });
  assert.equal(r.status, 422);
  assert.equal(r.json.error.field, 'group');
  r = await srv.api('GET', `${API}/lostfound/stats?group=month&from=2000-01-01`, { token: S['cz-leader'].token });
  assert.equal(r.status, 422, 'more than 120 months');
  assert.equal(r.json.error.field, 'to');
  // the export has a month column and the same rows
  r = await srv.api('GET', `${API}/lostfound/stats?group=month&format=csv`, { token: S['cz-leader'].token });
  assert.equal(r.status, 200);
  const lines = r.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.match(lines[0], /^月份,/);
  assert.equal(lines.length, rows.length + 1);
  assert.ok(lines.some((l) => l.startsWith(now + ',')));
});

test('a found item held by more lost reports than one answer shows: the candidates say cut, the export has them all', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'jewelry', body: '金色手链一条', color: '金色',
    found_at: ago(30), storage_place: '保险柜' });
  const n = 51;   // LF_MATCHES_MAX (50) + 1
  for (let i = 0; i < n; i++) {
    await create('cz-aux', { type: 'lost', category: 'jewelry', body: `丢了金色手链（第${i + 1}位失主）`, color: '金色',
      lost_from: ago(120), lost_to: ago(60) });
  }
  const r = await srv.api('GET', `${API}/cases/${F.id}/matches`, { token: S['cz-officer'].token });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.limit, 50);
  assert.equal(r.json.items.length, 50);
  assert.equal(r.json.cut, true, 'the answer says it is cut');
  const csv = await srv.api('GET', `${API}/cases/${F.id}/matches?format=csv`, { token: S['cz-officer'].token });
  assert.equal(csv.status, 200);
  assert.equal(csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).length, n + 1, 'the export holds every candidate');
  // one lost report: its one candidate, not cut
  const some = r.json.items[0].case_id;
  const one = await srv.api('GET', `${API}/cases/${some}/matches`, { token: S['cz-officer'].token });
  assert.equal(one.json.cut, false);
});

test('the public notice in English: colour families and the area in English words; nothing of the title, body, marks or place leaks in either language', async () => {
  const put = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 0 } });
  assert.equal(put.status, 200, put.text);
  // an officer's title made of identifying words, a brand and serial, names and a house number
  const F = await create('cz-officer', { type: 'found', category: 'wallet', title: 'LV钱包 卡号6222021234568842 张三',
    body: '钱包内有张三的身份证和现金500元', color: '哑光黑', brand: 'LV', serial: '6222021234568842',
    marks: '内有身份证张三、银行卡', address: '婺城区八一北街128号3单元501室', lat: 29.0851, lon: 119.6513,
    storage_place: '柜B', persons: [{ role: 'finder', name: '王小明', phone: '13700001111' }] });
  for (const lang of ['zh-CN', 'en']) {
    const r = await fetch(`${srv.base}${API}/public/found?category=wallet`, { headers: { 'Accept-Language': lang } });
    const text = await r.text();
    assert.equal(r.status, 200, text);
    const item = JSON.parse(text).items.find((i) => i.code === F.code);
    assert.ok(item, `published (${lang})`);
    if (lang === 'en') {
      assert.equal(item.color, 'black');
      assert.equal(item.category_name, 'Wallet');
      assert.equal(item.area, '城中派出所 area');
    } else {
      assert.equal(item.color, '黑色');
      assert.equal(item.area, '城中派出所辖区');
    }
    for (const secret of ['LV', '6222', '8842', '张三', '王小明', '13700001111', '128号', '501', '八一北街', '身份证', '500元', '哑光', '29.085', '119.651', '柜B'])
      assert.ok(!text.includes(secret), `public JSON (${lang}) must not hold ${secret}`);
  }
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 3 } });
});

test('return: who handed it over must be a member of the station\'s staff (a made-up or another station\'s id is 422, nothing changes)', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'keys', body: '钥匙一串，挂着小熊' });
  const claim = { persons: [{ role: 'claimant', name: '甲', id_number: ID_OK }], verification: '说出钥匙扣的样子' };
  for (const by of [999999, S['xg-officer'].user.id]) {
    const e = await act('cz-officer', F.id, 'return', { ...claim, handed_by: by }, 422);
    assert.equal(e.error.field, 'fields.handed_by');
    assert.match(e.error.message, /[\u4e00-\u9fff]/);
  }
  const still = await srv.api('GET', `${API}/cases/${F.id}`, { token: S['cz-officer'].token });
  assert.equal(still.json.status, 'registered', 'nothing changed');
  assert.equal(still.json.persons.filter((p) => p.role === 'claimant').length, 0, 'no claimant linked');
  const R = await act('cz-officer', F.id, 'return', { ...claim, handed_by: S['cz-leader'].user.id });
  assert.equal(R.handed_by, S['cz-leader'].user.id);
});

test('disposal with a leader\'s approval: an officer asks after the claim period (409 before), the leader is told and sees it in 待我审批, refuses with a reason or approves; the officer cannot approve', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'other', body: '黑色雨伞一把', storage_place: 'B柜' });
  const ask = { disposal: 'treasury' };
  let e = await act('cz-officer', F.id, 'request_disposal', ask, 409, '期满无人认领');
  assert.equal(e.error.code, 'claim_period_running');
  spawnSqlEnd(F.id);
  await act('cz-officer', F.id, 'request_disposal', ask, 422);   // a reason is needed
  let c = await act('cz-officer', F.id, 'request_disposal', ask, 200, '期满无人认领，申请上缴国库');
  assert.equal(c.status, 'disposal_pending');
  const n = await told('cz-leader', F.id, 'lf_disposal');
  assert.equal(n.length, 1, 'the leader is told');
  assert.equal(n[0].kind_name, '拾遗物处置待审批');
  assert.equal(n[0].done_at, null);
  // the desk's 待我审批
  const desk = await srv.api('GET', `${API}/desk?org_id=${org.get('城中派出所').id}`, { token: S['cz-leader'].token });
  assert.equal(desk.status, 200, desk.text);
  const it = desk.json.approvals.items.find((i) => i.id === F.id);
  assert.ok(it, 'listed for approval');
  assert.equal(it.action, 'approve_disposal');
  assert.equal(it.can_approve, true);
  // the officer cannot approve; the leader refuses with a reason
  await act('cz-officer', F.id, 'approve_disposal', undefined, 409);
  await act('cz-leader', F.id, 'refuse_disposal', undefined, 422);
  c = await act('cz-leader', F.id, 'refuse_disposal', undefined, 200, '再公告一个月');
  assert.equal(c.status, 'registered');
  assert.equal(c.disposal, null);
  assert.equal((await told('cz-officer', F.id, 'lf_disposal_refused')).length, 1, 'the desk is told of the refusal');
  assert.notEqual((await told('cz-leader', F.id, 'lf_disposal'))[0].done_at, null, 'the to-do is done');
  // asked again, approved: disposed, off the public notice
  await act('cz-aux', F.id, 'request_disposal', { disposal: 'auction' }, 200, '申请依法拍卖');
  c = await act('cz-leader', F.id, 'approve_disposal', undefined, 200);
  assert.equal(c.status, 'disposed');
  assert.equal(c.disposal, 'auction');
  assert.ok(c.disposed_at);
  assert.equal((await told('cz-aux', F.id, 'lf_disposal_approved')).length, 1);
  // an owner who turns up while a disposal waits still gets the item back
  const G = await create('cz-officer', { type: 'found', category: 'other', body: '蓝色保温杯', storage_place: 'B柜' });
  spawnSqlEnd(G.id);
  await act('cz-officer', G.id, 'request_disposal', ask, 200, '期满');
  c = await act('cz-officer', G.id, 'return', { persons: [{ role: 'claimant', name: '乙', id_number: ID_OK }], verification: '说出杯底贴纸' });
  assert.equal(c.status, 'returned');
  assert.notEqual((await told('cz-leader', G.id, 'lf_disposal'))[0].done_at, null, 'nothing waits for approval any more');
});

test('依法处置, a leader\'s own disposal: the station\'s officers and auxiliaries are told (lf_disposed), as of an approved one; the leader is not (it told nobody)', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'cash', body: '现金100元', storage_place: '保险柜' });
  spawnSqlEnd(F.id);
  const c = await act('cz-leader', F.id, 'dispose', { disposal: 'treasury' }, 200, '期满无人认领，上缴国库');
  assert.equal(c.status, 'disposed');
  for (const who of ['cz-officer', 'cz-aux']) {
    const n = await told(who, F.id, 'lf_disposed');
    assert.equal(n.length, 1, `${who} is told`);
    assert.equal(n[0].message, `拾遗物已依法处置：${F.title}（备注：期满无人认领，上缴国库）`, "the leader's note is quoted");
    assert.equal(n[0].kind_name, '拾遗物已依法处置');
    assert.equal(n[0].done_at, null);
  }
  assert.equal((await told('cz-leader', F.id, 'lf_disposed')).length, 0, 'not told of one\'s own act');
  assert.equal((await told('xg-officer', F.id, 'lf_disposed')).length, 0, 'nor another station');
  // in English, in English
  const en = (await srv.api('GET', `${API}/notifications?limit=100`, { token: S['cz-aux'].token, headers: { 'Accept-Language': 'en' } }))
    .json.items.find((n) => n.case_id === F.id && n.kind === 'lf_disposed');
  assert.equal(en.message, 'A found item was disposed of: Cash (note: 期满无人认领，上缴国库)');
  assert.equal(en.kind_name, 'Found item disposed of');
});

/** The claim period of found item id ended long ago. */
function spawnSqlEnd(id) {
  sql(`UPDATE found_details SET claim_end_at = 1000 WHERE case_id = ${id}`);
}

test('the claim clock tells: the public notice is out (the registering officer), 30 days left (the station), ended (officer and leader) — each once', async () => {
  const put = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 0 } });
  assert.equal(put.status, 200, put.text);
  const A = await create('cz-aux', { type: 'found', category: 'bag', body: '灰色双肩包', storage_place: 'C柜' });
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 3 } });
  const B = await create('cz-officer', { type: 'found', category: 'bag', body: '红色手提袋', storage_place: 'C柜' });
  const C = await create('cz-aux', { type: 'found', category: 'bag', body: '蓝色帆布包', storage_place: 'C柜' });
  const now = Date.now();
  // B: published 60 days ago (before the clock started: not news), 30 days left now — a claim
  // period of 90 days; 30 days before an end that comes less than 30 days after the notice is
  // never told (it would come with the publication), so B's notice time moves back with its end
  sql(`UPDATE found_details SET notice_at = ${now - 60 * 86400000}, claim_end_at = ${now + 30 * 86400000 - 1000} WHERE case_id = ${B.id}; `
    + `UPDATE found_details SET claim_end_at = ${now - 1000} WHERE case_id = ${C.id}`);
  const want = [['cz-aux', A.id, 'lf_noticed'], ['cz-leader', B.id, 'lf_claim_ending'], ['cz-officer', B.id, 'lf_claim_ending'],
    ['cz-aux', C.id, 'lf_claim_ended'], ['cz-leader', C.id, 'lf_claim_ended']];
  const deadline = Date.now() + 30000;
  for (const [who, id, kind] of want) {
    let got = [];
    while (Date.now() < deadline && !(got = await told(who, id, kind)).length) await new Promise((r) => setTimeout(r, 500));
    assert.equal(got.length, 1, `${who} told ${kind} of ${id}`);
    assert.match(got[0].message, /[\u4e00-\u9fff]/);
  }
  assert.match((await told('cz-aux', A.id, 'lf_noticed'))[0].message, /招领公告已发布/);
  assert.equal((await told('cz-leader', C.id, 'lf_claim_ending')).length, 0, 'a moment before the clock started is not news');
  assert.equal((await told('cz-officer', B.id, 'lf_noticed')).length, 0, 'B\'s publication passed before the clock started');
  // each once: a few more passes tell nobody again
  await new Promise((r) => setTimeout(r, 3000));
  for (const [who, id, kind] of want) assert.equal((await told(who, id, kind)).length, 1, `${who} ${kind} once`);
  // the marks are no settings an admin sees
  const st = await srv.api('GET', `${API}/lostfound/settings`, { token: S['cz-officer'].token });
  assert.deepEqual(Object.keys(st.json).sort(), ['claim_days', 'neighbours', 'notice_days']);
});

test('the registers (GET /cases?type=lost|found): an unknown status of the type is 422, not an empty list; known ones filter and export', async () => {
  for (const q of ['type=found&status=nosuch', 'type=found&status=open', 'type=lost&status=registered', 'type=lost&status=open,,matched']) {
    const r = await srv.api('GET', `${API}/cases?${q}`, { token: S['cz-officer'].token });
    assert.equal(r.status, 422, `${q}: ${r.status} ${r.text}`);
    assert.equal(r.json.error.field, 'status');
  }
  const F = await create('cz-officer', { type: 'found', category: 'phone', body: '白色手机', storage_place: 'A柜' });
  const r = await srv.api('GET', `${API}/cases?type=found&status=registered,disposal_pending&limit=200`, { token: S['cz-officer'].token });
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.items.some((i) => i.id === F.id));
  assert.ok(r.json.items.every((i) => ['registered', 'disposal_pending'].includes(i.status)));
  const csv = await srv.api('GET', `${API}/cases?type=found&status=registered&format=csv`, { token: S['cz-officer'].token });
  assert.equal(csv.status, 200);
  assert.ok(csv.text.includes(F.code));
  // the register's header in the desk's words: 登记人, 登记时间 (not a report's 上报人, 上报时间)
  const head = csv.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
  assert.ok(head.includes('登记人') && head.includes('登记时间'), head.join(','));
  assert.ok(!head.includes('上报人') && !head.includes('上报时间'), head.join(','));
  // other types keep the common words
  const ev = await srv.api('GET', `${API}/cases?type=event&format=csv&limit=1`, { token: S['cz-officer'].token });
  assert.ok(ev.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',').includes('上报人'));
  assert.equal((await srv.api('GET', `${API}/cases?type=found&status=nosuch&format=csv`, { token: S['cz-officer'].token })).status, 422);
});

test('a dismissed pair never comes back after an edit of the other side: no likely notice, no candidate', async () => {
  const L = await create('cz-officer', { type: 'lost', category: 'phone', body: '丢了红色vivo手机', color: '红色', brand: 'vivo',
    serial: 'IMEI 8677 7700 0011 999', lost_from: ago(300), lost_to: ago(240) });
  // the report may have been judged likely with an earlier phone of this file already: counted
  const toldOfL = (await told('cz-leader', L.id, 'lf_match')).length;
  const F = await create('cz-aux', { type: 'found', category: 'phone', body: '捡到红色手机', color: '红色', brand: 'VIVO',
    serial: '867777000011999', found_at: ago(200) });
  const likely = async () => (await told('cz-leader', F.id, 'lf_match')).length + (await told('cz-leader', L.id, 'lf_match')).length - toldOfL;
  assert.equal(await likely(), 1, 'the likely match was told once');
  await act('cz-officer', L.id, 'dismiss_match', { found_id: F.id });
  // the found item is corrected: its candidates are scored again, the dismissed pair stays away
  const cur = (await srv.api('GET', `${API}/cases/${F.id}`, { token: S['cz-aux'].token })).json;
  const r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token,
    body: { version: cur.version, marks: '屏幕右上角有裂痕' } });
  assert.equal(r.status, 200, r.text);
  assert.equal(await likely(), 1, 'no new likely notice for a dismissed pair');
  const m = await srv.api('GET', `${API}/cases/${F.id}/matches`, { token: S['cz-aux'].token });
  assert.ok(!m.json.items.some((i) => i.case_id === L.id));
  const alerts = await srv.api('GET', `${API}/lostfound/alerts?org_id=${org.get('城中派出所').id}&limit=100`, { token: S['cz-officer'].token });
  assert.ok(!alerts.json.items.some((a) => a.lost_id === L.id && a.case_id === F.id));
});

test('store once: an item already in the station\'s keeping is not offered 入库保管 again (409), it is moved', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'bag', body: '黑色挎包', storage_place: '值班室A柜' });
  assert.equal(F.handed_in, true);
  assert.ok(!F.allowed_actions.includes('store'), JSON.stringify(F.allowed_actions));
  assert.ok(F.allowed_actions.includes('move'));
  const e = await act('cz-officer', F.id, 'store', { storage_place: 'B柜' }, 409);
  assert.match(e.error.message, /已入库/);
  const G = await create('cz-officer', { type: 'found', category: 'bag', body: '蓝色挎包' });
  assert.ok(G.allowed_actions.includes('store') && !G.allowed_actions.includes('move'));
  const c = await act('cz-officer', G.id, 'store', { storage_place: 'B柜' });
  assert.equal(c.moves, 0);
  assert.ok(!c.allowed_actions.includes('store'));
});

test('a withdrawn report\'s confirmation is history: the released item is no longer taken on another report\'s candidates', async () => {
  const lost = (who, body) => create(who, { type: 'lost', category: 'other', body,
    color: '绿色', lost_from: ago(300), lost_to: ago(240) });
  const L = await lost('cz-officer', '丢了绿色折叠伞，伞柄缠红绳');
  const L2 = await lost('cz-leader', '绿色雨伞不见了');
  const F = await create('cz-aux', { type: 'found', category: 'other', body: '拾得绿色折叠雨伞，伞柄缠红绳',
    color: '绿色', found_at: ago(200), storage_place: 'D柜' });
  const taken = async () => (await get('cz-leader', `/cases/${L2.id}/matches`)).json.items
    .find((i) => i.case_id === F.id).confirmed_elsewhere;
  await act('cz-officer', L.id, 'match', { found_id: F.id });
  assert.equal(await taken(), true);
  await act('cz-officer', L.id, 'withdraw', undefined, 200, '失主已自行找到');
  assert.equal((await get('cz-officer', `/cases/${L.id}`)).json.status, 'withdrawn');
  assert.equal(await taken(), false, 'released: the second report may confirm it');
  await act('cz-leader', L2.id, 'match', { found_id: F.id });
});
