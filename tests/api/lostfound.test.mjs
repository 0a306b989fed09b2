// Lost and found (拾遗物返还, issue 11): lost reports and found items registered through the API,
// their match candidates with reasons, confirm / dismiss, the return with the claimant's ID
// checked, the receipt data, the public notice and its redaction, the claim clock, matching
// across stations only for neighbours and never outside the caller's scope, statistics and
// exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, API, orgsByName } from './lib.mjs';
import { ago, ID_OK, lfKit } from './lfkit.mjs';

let srv;
const S = {};
const { create, act, get, sql } = lfKit(() => srv, S);
let org;

const ID_BAD = '330702199001013527';     // check digit wrong

const lostPhone = (extra = {}) => ({
  type: 'lost', category: 'phone', body: '在人民广场公交站丢了一部黑色华为手机，手机壳背面有小熊贴纸',
  color: '黑色', brand: '华为', model: 'Mate 40', serial: 'IMEI 8612 3456 7890 123',
  marks: '背面贴着小熊贴纸', address: '人民广场公交站', lat: 29.0805, lon: 119.6470,
  lost_from: ago(300), lost_to: ago(240),
  persons: [{ role: 'owner', name: '王小明', phone: '13812345678', id_number: ID_OK }], ...extra,
});
const foundPhone = (extra = {}) => ({
  type: 'found', category: 'phone', body: '乘客在人民广场东侧捡到手机一部，后盖有卡通熊贴画',
  color: '哑光黑', brand: 'HUAWEI', serial: '861234567890123', marks: '后盖有卡通熊贴画，锁屏壁纸为柴犬',
  address: '人民广场东侧3号站台', lat: 29.0807, lon: 119.6473, found_at: ago(200),
  storage_place: '值班室A柜', persons: [{ role: 'finder', name: '李拾金', phone: '13900001111' }],
  ...extra,
});

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-officer', 'xg-leader', 'operator', 'citizen'])
    S[u] = await srv.login(u);
  org = await orgsByName(srv, S.admin);
});
after(async () => { await srv?.stop(); });

test('the shared catalogue: GET /categories?type=lost and ?type=found; admins extend it', async () => {
  const lost = (await get('cz-officer', '/categories?type=lost')).json.items.map((c) => c.code);
  // in the catalogue's own order (its sort), the desk's commonest first — not by code
  assert.deepEqual(lost, ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash',
    'jewelry', 'electronics', 'other']);
  const found = (await get('cz-officer', '/categories?type=found')).json.items.map((c) => c.code);
  assert.deepEqual(found, lost);
  // the event catalogue is still there and separate
  const ev = (await get('cz-officer', '/categories?type=event')).json.items.map((c) => c.code);
  assert.ok(ev.length > 10 && !ev.includes('phone'));
  const r = await srv.api('POST', `${API}/categories`, { token: S.admin.token,
    body: { code: 'umbrella', name: '雨伞', type: 'lost' } });
  assert.equal(r.status, 201, r.text);
  const again = (await get('cz-officer', '/categories?type=lost')).json.items.map((c) => c.code);
  assert.ok(again.includes('umbrella'));
  await create('cz-officer', { type: 'lost', category: 'umbrella', body: '黑色长柄伞' });
  // an event code is not a lost-and-found category, and the reverse
  const bad = await create('cz-officer', { type: 'lost', category: 'MD01', body: 'x' }, 422);
  assert.equal(bad.error.field, 'category');
});

test('register both sides; the match shows with reasons in Chinese, best first, likely; the desk is told', async () => {
  const L = await create('cz-officer', lostPhone());
  assert.equal(L.type, 'lost');
  assert.equal(L.status, 'open');
  assert.equal(L.title, '手机（黑色，华为）', 'a title made from category, colour and brand');
  assert.equal(L.persons[0].role, 'owner');
  assert.equal(L.persons[0].name, '王*明', 'persons are masked');
  // a different phone and the right one
  const other = await create('cz-aux', foundPhone({ brand: '苹果', serial: '869999999999999', color: '白色',
    body: '捡到白色苹果手机', marks: '透明手机壳' }));
  const F = await create('cz-aux', foundPhone());
  assert.equal(F.status, 'registered');
  assert.equal(F.storage_place, '值班室A柜');
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json;
  assert.equal(m.items[0].case_id, F.id);
  assert.equal(m.items[0].likely, true);
  assert.ok(m.items[0].score > 0.8 && m.items[0].score <= 1);
  const factors = m.items[0].reasons.map((r) => r.factor);
  for (const f of ['category', 'serial', 'brand', 'color', 'place', 'time']) assert.ok(factors.includes(f), f);
  for (const r of m.items[0].reasons) {
    assert.match(r.detail, /[\u4e00-\u9fff]/, 'reasons in Chinese');
    assert.equal(typeof r.points, 'number');
  }
  const o = m.items.find((i) => i.case_id === other.id);
  if (o) assert.equal(o.likely, false);
  // from the found side too
  const mf = (await get('cz-officer', `/cases/${F.id}/matches`)).json;
  assert.equal(mf.items[0].case_id, L.id);
  // the desk's officers are told of the likely match (not the one who registered it)
  const n = (await get('cz-officer', '/notifications')).json.items;
  assert.ok(n.some((x) => x.kind === 'lf_match' && x.case_id === F.id), JSON.stringify(n.slice(0, 3)));
  // csv export of the candidates
  const csv = await get('cz-officer', `/cases/${L.id}/matches?format=csv`);
  assert.match(csv.text, /匹配度/);
  await get('cz-officer', `/cases/${L.id}/matches?format=pdf`, 422);
});

test('a lost report with nothing handed in has no likely candidate; found before the loss is never one', async () => {
  const early = await create('cz-officer', foundPhone({ found_at: ago(5000), serial: undefined,
    body: '捡到黑色华为手机', marks: undefined }));
  const L = await create('cz-officer', lostPhone({ serial: undefined, lost_from: ago(3000), lost_to: ago(2900),
    persons: undefined, brand: 'huawei', body: '黑色华为手机丢了' }));
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json;
  assert.ok(!m.items.some((i) => i.case_id === early.id), 'found before the loss began');
  assert.ok(!m.items.some((i) => i.likely && i.case_id !== undefined && i.score < 0.58));
});

test('times not said: a lost report without its window ends at the registration and began up to 30 days before it (an item handed in earlier is still its candidate); a found item without found_at was found at the registration', async () => {
  const F = await create('cz-aux', foundPhone({ found_at: ago(2 * 24 * 60), serial: '867530900011224',
    brand: '小米', color: '蓝色', model: '红米Note 12', body: '捡到蓝色小米手机一部', marks: '背面贴着皮卡丘贴纸' }));
  const t0 = Date.now();
  const L = await create('cz-officer', { type: 'lost', category: 'phone', body: '蓝色红米手机丢了，背面有皮卡丘贴纸',
    color: '蓝色', brand: 'Redmi', serial: 'IMEI尾号1224' });
  const to = Date.parse(L.lost_to), from = Date.parse(L.lost_from);
  assert.ok(Math.abs(to - t0) < 60000, `lost_to is the registration: ${L.lost_to}`);
  assert.equal(to - from, 30 * 24 * 3600 * 1000, `lost_from 30 days before: ${L.lost_from}`);
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json;
  assert.equal(m.items[0]?.case_id, F.id, JSON.stringify(m.items[0]));
  assert.ok(!m.items[0].reasons.some((r) => /早于丢失/.test(r.detail)), 'not found before the loss');
  // only the end said: the window is the 30 days before it; only the beginning: it ends now
  const L2 = await create('cz-officer', { type: 'lost', category: 'keys', body: '钥匙', lost_to: ago(60) });
  assert.equal(Date.parse(L2.lost_to) - Date.parse(L2.lost_from), 30 * 24 * 3600 * 1000);
  const L3 = await create('cz-officer', { type: 'lost', category: 'keys', body: '钥匙', lost_from: ago(600) });
  assert.ok(Math.abs(Date.parse(L3.lost_to) - Date.now()) < 60000, L3.lost_to);
  // times as people write them: no seconds, no zone (China time), a space for T
  const L4 = await create('cz-officer', { type: 'lost', category: 'keys', body: '钥匙',
    lost_from: '2026-01-02T08:30+08:00', lost_to: '2026-01-02 09:00' });
  assert.equal(L4.lost_from, '2026-01-02T08:30:00+08:00');
  assert.equal(L4.lost_to, '2026-01-02T09:00:00+08:00');
  const bad = await create('cz-officer', { type: 'lost', category: 'keys', body: '钥匙', lost_from: '2026-01-02T8:30' }, 422);
  assert.equal(bad.error.field, 'lost_from');
  assert.match(bad.error.message, /例如 2026-10-01 08:30/);
  const F2 = await create('cz-aux', { type: 'found', category: 'keys', body: '钥匙一串' });
  assert.ok(Math.abs(Date.parse(F2.found_at) - Date.now()) < 60000, F2.found_at);
});

test('a category named as people name it (手机, Phone, PHONE) is its code; a blank title is made like a missing one; a name not in the catalogue is refused', async () => {
  for (const category of ['手机', 'Phone', 'PHONE']) {
    const c = await create('cz-officer', { type: 'lost', category, title: '', body: '黑色手机', color: '黑色' });
    assert.equal(c.category, 'phone', category);
    assert.equal(c.title, '手机（黑色）');
  }
  const bad = await create('cz-officer', { type: 'lost', category: '飞机', body: 'x' }, 422);
  assert.equal(bad.error.field, 'category');
  assert.match(bad.error.message, /物品类别/);
});

test('one object, one owner: a found item held better by another lost report is not likely for a weaker one', async () => {
  const place = { address: '江滨公园草坪', lat: 29.0655, lon: 119.6801 };
  const F = await create('cz-officer', { type: 'found', category: 'electronics', ...place,
    body: '在江滨公园草坪捡到无人机一台，机身有星空图案贴膜，一片桨叶有裂口', brand: 'DJI',
    color: '深空灰', model: 'Mini 3', marks: '星空贴膜；桨叶裂口', found_at: ago(100) });
  // a weaker report first: alone it would be likely (brand, model, colour, place, time agree)
  const L2 = await create('cz-officer', { type: 'lost', category: 'electronics', ...place,
    body: '江滨公园丢了无人机', brand: '大疆', color: '灰', model: 'Mini 3',
    lost_from: ago(200), lost_to: ago(150) });
  const L1 = await create('cz-officer', { type: 'lost', category: 'electronics', ...place,
    body: '在江滨公园草坪放飞时丢了大疆无人机，机身贴着星空贴膜，一片桨叶有裂口', brand: '大疆',
    color: '灰色', model: 'Mini 3', marks: '机身星空贴膜；桨叶有裂口', lost_from: ago(200), lost_to: ago(150) });
  const m1 = (await get('cz-officer', `/cases/${L1.id}/matches`)).json.items;
  assert.equal(m1[0].case_id, F.id);
  assert.equal(m1[0].likely, true);
  const m2 = (await get('cz-officer', `/cases/${L2.id}/matches`)).json.items;
  assert.equal(m2[0].case_id, F.id);
  assert.ok(m2[0].score < m1[0].score);
  assert.equal(m2[0].likely, false, 'the found item is the other report\'s');
  assert.ok(m2.every((i) => !i.likely));
});

test('one object, one owner in the order: a found item another report holds far better ranks after the candidates nobody holds, and is no tie for them', async () => {
  const place = { address: '东阳江大桥公交站', lat: 29.0312, lon: 119.6011 };
  const L1 = await create('cz-officer', lostPhone({ ...place, serial: 'IMEI 8677 1122 3344 556',
    lost_from: ago(3300), lost_to: ago(3240), persons: undefined }));
  const F = await create('cz-officer', foundPhone({ ...place, serial: '867711223344556',
    found_at: ago(3200), persons: undefined }));
  // a second owner's plain report: the same kind of phone at the same stop, a bear sticker too
  const L2 = await create('cz-officer', { type: 'lost', category: 'phone', ...place,
    body: '在东阳江大桥公交站丢了黑色华为手机，背面有小熊贴纸', color: '黑色', brand: '华为',
    lost_from: ago(3300), lost_to: ago(3240) });
  const G = await create('cz-officer', { type: 'found', category: 'phone', ...place,
    body: '东阳江大桥公交站捡到黑色华为手机一部', color: '黑色', brand: 'HUAWEI', found_at: ago(3190) });
  const m1 = (await get('cz-officer', `/cases/${L1.id}/matches`)).json.items;
  assert.equal(m1[0].case_id, F.id, 'the serial agrees: F is the first report\'s');
  assert.equal(m1[0].likely, true);
  const m2 = (await get('cz-officer', `/cases/${L2.id}/matches`)).json.items;
  const f2 = m2.findIndex((i) => i.case_id === F.id), g2 = m2.findIndex((i) => i.case_id === G.id);
  assert.ok(f2 >= 0 && g2 >= 0, 'both found phones are the second report\'s candidates');
  const own = (m) => m.reasons.reduce((t, r) => t + r.points, 0) / 100;
  assert.ok(own(m2[f2]) > m2[g2].score, 'F\'s own points are higher for the second report as well');
  assert.ok(m1[0].score >= own(m2[f2]) + 0.05, 'the first report holds F far better');
  assert.ok(g2 < f2, 'F is the first report\'s: it ranks after G for the second');
  // best first holds for the score too: F shows less than G and says why
  assert.ok(m2[f2].score < m2[g2].score, `${m2[f2].score} < ${m2[g2].score}`);
  for (let i = 1; i < m2.length; i++) assert.ok(m2[i].score <= m2[i - 1].score, 'scores never rise down the list');
  const held = m2[f2].reasons.find((r) => r.factor === 'held');
  assert.ok(held && held.points === 0, JSON.stringify(m2[f2].reasons));
  assert.match(held.detail, /另有一份登记与它更相符/);
  // round 39: F being the first report's, it is no rival of G here — G (the same phone's make
  // and colour, found at the stop fifty minutes later) is judged on its own and is likely;
  // F never is for the second report
  assert.equal(m2[g2].likely, true, JSON.stringify(m2[g2]));
  assert.equal(m2[f2].likely, false);
  // and G's own page says the same of the pair (the tie read from the lost report's side there
  // too: F is held better by the first report)
  const mg = (await get('cz-officer', `/cases/${G.id}/matches`)).json.items;
  assert.equal(mg[0].case_id, L2.id, JSON.stringify(mg));
  assert.equal(mg[0].likely, true);
  // the desk's alerts rank and judge as the matches do: F the first report's, G the second's
  const al = (await get('cz-officer', `/lostfound/alerts?org_id=${org.get('城中派出所').id}&limit=50`)).json.items;
  assert.ok(al.some((x) => x.lost_id === L1.id && x.case_id === F.id));
  assert.ok(al.some((x) => x.lost_id === L2.id && x.case_id === G.id));
  assert.ok(!al.some((x) => x.lost_id === L2.id && x.case_id === F.id));
});

test('brands by their sound: a maker the table does not know, 锦绣 on one side and Jinxiu or 牌子是锦绣 on the other, agrees; another maker does not', async () => {
  const place = { address: '江北客运中心', lat: 29.1122, lon: 119.6455 };
  const L = await create('cz-officer', { type: 'lost', category: 'bag', ...place,
    body: '在江北客运中心候车时丢了一个黑色女式手提包，身份证也在包里', color: '黑色', brand: '锦绣',
    lost_from: ago(600), lost_to: ago(580) });
  const F1 = await create('cz-officer', { type: 'found', category: 'bag', ...place,
    body: '江北客运中心3号发车位捡到黑色女式手提包一个', color: '黑色', brand: 'Jinxiu', found_at: ago(560) });
  const F2 = await create('cz-officer', { type: 'found', category: 'bag', ...place,
    body: '江北客运中心售票厅捡到黑色女式手提包，牌子是锦绣', color: '黑色', found_at: ago(555) });
  const F3 = await create('cz-officer', { type: 'found', category: 'bag', ...place,
    body: '江北客运中心候车室捡到黑色女式手提包一个', color: '黑色', brand: 'Jincheng', found_at: ago(550) });
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  const of = (id) => m.find((i) => i.case_id === id);
  for (const F of [F1, F2]) {
    assert.ok(of(F.id), 'a candidate');
    assert.ok(of(F.id).reasons.some((x) => x.factor === 'brand' && x.points > 0 && x.detail === '品牌读音相同'),
      JSON.stringify(of(F.id).reasons));
  }
  assert.ok(of(F3.id), 'the other maker\'s bag is a candidate too');
  assert.ok(!of(F3.id).reasons.some((x) => x.factor === 'brand' && x.points > 0), 'Jincheng is another maker');
  assert.ok(of(F1.id).score > of(F3.id).score, 'the bag of the maker that sounds alike ranks higher');
});

test('round 31 readings through the API: an IMEI glued to its label after 电话 is the serial; cash handed in as a small bag is a candidate of a lost 红包', async () => {
  const place = { address: '龙潭乡村客运站', lat: 29.1301, lon: 119.6511 };
  const L = await create('cz-officer', { type: 'lost', category: 'phone', ...place,
    body: '去龙潭的小巴上 丢华为电话 IMEI864017356643535', lost_from: ago(300), lost_to: ago(290) });
  const F = await create('cz-officer', { type: 'found', category: 'phone', ...place,
    body: '乡村客运班车驾驶员收车时在车厢里发现一部手机，背面贴有平安贴纸，IMEI:864017356643535。',
    found_at: ago(280) });
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  const hit = m.find((i) => i.case_id === F.id);
  assert.ok(hit, 'the phone with that IMEI is a candidate');
  assert.ok(hit.reasons.some((x) => x.factor === 'serial' && x.points > 0), JSON.stringify(hit.reasons));
  assert.equal(m[0].case_id, F.id, 'and the best');

  const R = await create('cz-officer', { type: 'lost', category: 'cash', ...place,
    body: '在客运站一个红包不见了，红包上写了名字罗国富，一共600元', lost_from: ago(500), lost_to: ago(480) });
  const B = await create('cz-officer', { type: 'found', category: 'bag', ...place,
    body: '客运站拾的红色小包 经清点内有现金600元', found_at: ago(470) });
  const mr = (await get('cz-officer', `/cases/${R.id}/matches`)).json.items;
  const bag = mr.find((i) => i.case_id === B.id);
  assert.ok(bag, 'the small bag holding the sum is a candidate of the lost 红包');
  assert.ok(bag.reasons.some((x) => x.factor === 'category' && x.points > 0 && /类别相近/.test(x.detail)),
    JSON.stringify(bag.reasons));
});

test('round 34 readings through the API: a name masked in the middle (常*军) agrees where it shows; a brand field typed by its sound (索妮) is the maker', async () => {
  const place = { address: '万嘉广场地下停车场', lat: 29.1402, lon: 119.6611 };
  const L = await create('cz-officer', { type: 'lost', category: 'bag', ...place, color: '深灰色',
    body: '在万嘉广场地下停车场遗失双肩背包。iPad，身份证（常宁军）。', lost_from: ago(300), lost_to: ago(290) });
  const F = await create('cz-officer', { type: 'found', category: 'bag', ...place, color: '深灰色',
    body: '超市收银员在万嘉广场一楼服务台捡到一个背包。平板电脑一台，身份证一张（常*军）。', found_at: ago(280) });
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  const hit = m.find((i) => i.case_id === F.id);
  assert.ok(hit, 'the bag holding a card of that name is a candidate');
  assert.ok(hit.reasons.some((x) => x.factor === 'holder' && x.points > 0 && /部分遮挡/.test(x.detail)),
    JSON.stringify(hit.reasons));

  const E = await create('cz-officer', { type: 'lost', category: 'electronics', ...place, brand: '索妮',
    body: '机场丢了浅灰的无线耳机', color: '浅灰', lost_from: ago(600), lost_to: ago(580) });
  const S = await create('cz-officer', { type: 'found', category: 'electronics', ...place,
    body: '在安检口拾得深灰色Sony耳机一副', color: '灰色', found_at: ago(570) });
  const me = (await get('cz-officer', `/cases/${E.id}/matches`)).json.items;
  const buds = me.find((i) => i.case_id === S.id);
  assert.ok(buds, 'the Sony earphones are a candidate');
  assert.ok(buds.reasons.some((x) => x.factor === 'brand' && x.points > 0 && /索尼/.test(x.detail)),
    JSON.stringify(buds.reasons));
});

test('round 35 through the API: a find a few minutes before the loss began is a candidate with the early time said, never likely; an hour before is none', async () => {
  const place = { address: '海鲜市场大门口', lat: 29.1502, lon: 119.6711 };
  const L = await create('cz-officer', { type: 'lost', category: 'electronics', ...place, color: '珍珠白',
    body: '在海鲜市场大门口买鱼的时候游戏机丢了，珍珠白，有蓝色硅胶套', lost_from: ago(300), lost_to: ago(200) });
  const F = await create('cz-officer', { type: 'found', category: 'electronics', ...place, color: '白色',
    body: '在海鲜市场冰块堆旁捡着白色掌上游戏机', found_at: ago(320) });
  const E = await create('cz-officer', { type: 'found', category: 'electronics', ...place, color: '白色',
    body: '在海鲜市场门口捡着白色掌上游戏机', found_at: ago(400) });
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  const early = m.find((i) => i.case_id === F.id);
  assert.ok(early, 'found 20 minutes before the window: still a candidate');
  assert.ok(early.reasons.some((x) => x.factor === 'time' && x.points < 0 && /早于丢失时段20分钟/.test(x.detail)),
    JSON.stringify(early.reasons));
  assert.equal(early.likely, false);
  assert.ok(!m.some((i) => i.case_id === E.id), 'found 100 minutes before the loss began: cannot be it');
});

test('round 36 through the API: one glove against a pair is contradicted, never likely; a maker the table knows against one it does not is another brand, in the reason; a plate written without its cue is read', async () => {
  const place = { address: '学一食堂一楼', lat: 29.1602, lon: 119.6811 };
  const G = await create('cz-officer', { type: 'lost', category: 'other', ...place, color: '灰色',
    body: '在学一食堂一楼吃饭时丢了一只手套，左手的，是皮手套', lost_from: ago(300), lost_to: ago(280) });
  const P = await create('cz-officer', { type: 'found', category: 'other', ...place, color: '灰色',
    body: '保安在学一食堂一楼拾得灰色的手套一副（两只）', found_at: ago(270) });
  const mg = (await get('cz-officer', `/cases/${G.id}/matches`)).json.items;
  const pair = mg.find((i) => i.case_id === P.id);
  assert.ok(pair, 'the pair of gloves is a candidate');
  assert.ok(pair.reasons.some((x) => x.factor === 'kind' && x.points < 0 && /单只与成对不符/.test(x.detail)),
    JSON.stringify(pair.reasons));
  assert.equal(pair.likely, false);

  const E = await create('cz-officer', { type: 'lost', category: 'electronics', ...place, brand: 'Xiaomi',
    body: '在学一食堂一楼丢了蓝色无线耳机', color: '蓝色', lost_from: ago(600), lost_to: ago(580) });
  const S = await create('cz-officer', { type: 'found', category: 'electronics', ...place, brand: '声屿',
    body: '在学一食堂一楼捡到蓝色耳机', color: '蓝色', found_at: ago(570) });
  const me = (await get('cz-officer', `/cases/${E.id}/matches`)).json.items;
  const buds = me.find((i) => i.case_id === S.id);
  assert.ok(buds, 'the earphones of another maker are still a candidate');
  assert.ok(buds.reasons.some((x) => x.factor === 'brand' && x.points < 0 && x.detail === '品牌不同（小米 / 声屿）'),
    JSON.stringify(buds.reasons));
  // the other order: the found item stored first, the report scored against its stored features
  const S2 = await create('cz-officer', { type: 'found', category: 'electronics', ...place, brand: '声屿',
    body: '在学一食堂二楼捡到白色耳机', color: '白色', found_at: ago(1570) });
  const E2 = await create('cz-officer', { type: 'lost', category: 'electronics', ...place, brand: 'Xiaomi',
    body: '在学一食堂二楼丢了白色无线耳机', color: '白色', lost_from: ago(1600), lost_to: ago(1580) });
  const me2 = (await get('cz-officer', `/cases/${E2.id}/matches`)).json.items;
  const buds2 = me2.find((i) => i.case_id === S2.id);
  assert.ok(buds2, 'the stored earphones are a candidate');
  assert.ok(buds2.reasons.some((x) => x.factor === 'brand' && x.points < 0 && x.detail === '品牌不同（小米 / 声屿）'),
    JSON.stringify(buds2.reasons));

  const V = await create('cz-officer', { type: 'lost', category: 'ebike', ...place, serial: '浙A·66021',
    body: '在学一食堂门口停的电动车不见了', color: '银白', lost_from: ago(900), lost_to: ago(880) });
  const W = await create('cz-officer', { type: 'found', category: 'ebike', ...place,
    body: '拾得银白色电动车，浙A·66021，停在食堂门口', found_at: ago(870) });
  const mv = (await get('cz-officer', `/cases/${V.id}/matches`)).json.items;
  const same = mv.find((i) => i.case_id === W.id);
  assert.ok(same, 'the e-bike with the plate is a candidate');
  assert.ok(same.reasons.some((x) => x.factor === 'serial' && x.points > 0), JSON.stringify(same.reasons));
});

test('related categories: an ID card filed as 证件 is read for a lost wallet, an e-bike filed as 自行车 for a lost e-bike; earphones are no phone', async () => {
  const place = { address: '五一广场南门', lat: 29.1021, lon: 119.6203 };
  // no serial on either side: only the category read can bring these in (the serial tail read
  // finds other categories already)
  const W = await create('cz-officer', { type: 'lost', category: 'wallet', ...place,
    body: '在五一广场南门丢了一个棕色钱包，里面有身份证，姓名王梓萱', color: '棕色',
    lost_from: ago(400), lost_to: ago(380) });
  const D = await create('cz-officer', { type: 'found', category: 'id_doc', ...place,
    body: '五一广场南门拾得身份证一张，姓名王梓萱', found_at: ago(350) });
  const mw = (await get('cz-officer', `/cases/${W.id}/matches`)).json.items;
  const hit = mw.find((i) => i.case_id === D.id);
  assert.ok(hit, 'the ID card filed under 证件 is a candidate of the lost wallet');
  assert.ok(hit.reasons.some((x) => x.factor === 'category' && x.points > 0 && /类别相近/.test(x.detail)));
  assert.ok(hit.reasons.some((x) => x.factor === 'holder' && x.points > 0));

  const E = await create('cz-officer', { type: 'lost', category: 'ebike', ...place,
    body: '五一广场南门停放的红色雅迪电动车不见了，车筐里有一顶黄色头盔', brand: '雅迪', color: '红色',
    marks: '车筐里有黄色头盔', lost_from: ago(600), lost_to: ago(500) });
  const B = await create('cz-officer', { type: 'found', category: 'bicycle', ...place,
    body: '五一广场南门有一辆红色雅迪电瓶车无人认领，车筐里有黄色头盔', brand: 'Yadea', color: '红',
    found_at: ago(300) });
  const me = (await get('cz-officer', `/cases/${E.id}/matches`)).json.items;
  assert.ok(me.some((i) => i.case_id === B.id), 'the e-bike filed under 自行车 is a candidate');

  // a lost phone and earphones of the same brand filed under 电子产品: another object
  const P = await create('cz-officer', { type: 'lost', category: 'phone', ...place,
    body: '五一广场南门丢了白色苹果手机', brand: '苹果', color: '白色', lost_from: ago(700), lost_to: ago(650) });
  const A = await create('cz-officer', { type: 'found', category: 'electronics', ...place,
    body: '五一广场南门拾得白色苹果耳机一副', brand: 'Apple', color: '白', found_at: ago(640) });
  const mp = (await get('cz-officer', `/cases/${P.id}/matches`)).json.items;
  const ear = mp.find((i) => i.case_id === A.id);
  assert.ok(!ear || (!ear.likely && ear.reasons.some((x) => x.factor === 'kind' && x.points < 0)),
    'earphones are not the phone');
});

test('其他 and a category of its own: a hearing aid filed under 其他 is read for one reported as 电子产品, both ways; another kind under 其他 is not', async () => {
  const place = { address: '翠苑新村菜市场', lat: 29.1121, lon: 119.6303 };
  const L = await create('cz-officer', { type: 'lost', category: 'electronics', ...place,
    body: '在翠苑新村菜市场丢了助听器一个，左耳的，银灰色', color: '银灰色',
    lost_from: ago(900), lost_to: ago(880) });
  const F = await create('cz-officer', { type: 'found', category: 'other', ...place,
    body: '翠苑新村菜市场捡到助听器，银灰，左耳用', found_at: ago(860) });
  const U = await create('cz-officer', { type: 'found', category: 'other', ...place,
    body: '翠苑新村菜市场捡到雨伞一把，银灰色', found_at: ago(850) });
  const ml = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  const hit = ml.find((i) => i.case_id === F.id);
  assert.ok(hit, 'the hearing aid filed under 其他 is a candidate of the lost one');
  assert.ok(hit.reasons.some((x) => x.factor === 'category' && x.points > 0 && /类别相近/.test(x.detail)));
  assert.ok(!ml.some((i) => i.case_id === U.id), 'an umbrella under 其他 is not read for a lost hearing aid');
  // the other way round: the found item's own candidates include the lost report
  const mf = (await get('cz-officer', `/cases/${F.id}/matches`)).json.items;
  assert.ok(mf.some((i) => i.case_id === L.id), 'the lost hearing aid is a candidate of the one filed under 其他');
});

test('registrations as people write them: a frame-number tail in the description, traditional characters, a brand run into its model', async () => {
  const place = { address: '双龙风景区停车场', lat: 29.2105, lon: 119.6650 };
  // an e-bike: the owner writes only the last six of the frame number in a sentence; the
  // finder fills the fields, the frame number whole, the brand in English, in traditional
  // characters
  const E = await create('cz-officer', { type: 'lost', category: 'ebike', ...place,
    body: '今天十点左右去双龙风景区停车场，回来发现小牛UQi电动车没了，车架号末六位WX6M4J。',
    lost_from: ago(900), lost_to: ago(880) });
  const F = await create('cz-officer', { type: 'found', category: 'ebike', ...place,
    body: '電瓶車一件', brand: 'NIU', color: '銀色', serial: '車架號LLDA7B2XP6KWX6M4J', found_at: ago(700) });
  const me = (await get('cz-officer', `/cases/${E.id}/matches`)).json.items;
  const hit = me.find((i) => i.case_id === F.id);
  assert.ok(hit, 'the e-bike is a candidate');
  assert.ok(hit.reasons.some((x) => x.factor === 'serial' && x.points > 0 && /尾号/.test(x.detail)),
    `the tail agrees: ${JSON.stringify(hit.reasons)}`);
  assert.ok(hit.reasons.some((x) => x.factor === 'brand' && x.points > 0), 'NIU is 小牛');
  assert.equal(me[0].case_id, F.id);
  // a phone: 香芋紫vivoS16 against 維沃 in traditional characters, 紫色
  const P = await create('cz-officer', { type: 'lost', category: 'phone', ...place,
    body: '香芋紫vivoS16手机中午落在双龙风景区停车场了', lost_from: ago(1000), lost_to: ago(990) });
  const Q = await create('cz-officer', { type: 'found', category: 'phone', ...place,
    body: '撿到維沃手機一部，紫色的', found_at: ago(960) });
  const mp = (await get('cz-officer', `/cases/${P.id}/matches`)).json.items;
  const ph = mp.find((i) => i.case_id === Q.id);
  assert.ok(ph, 'the phone is a candidate');
  assert.ok(ph.reasons.some((x) => x.factor === 'brand' && x.points > 0), `vivoS16 is vivo: ${JSON.stringify(ph.reasons)}`);
  assert.ok(ph.reasons.some((x) => x.factor === 'color' && x.points > 0), '香芋紫 is 紫色');
});

test('a quick officer against a citizen in one sentence: the model names its maker, the middle of an IMEI agrees, marks read from both sentences', async () => {
  const place = { address: '兰江大桥桥头', lat: 29.2160, lon: 119.4700 };
  // the owner remembers only the middle of the IMEI, says Pro Max in full and no maker;
  // the officer writes the maker-less model with its desk abbreviation and the whole IMEI
  const L = await create('cz-officer', { type: 'lost', category: 'phone', ...place,
    body: '早上在兰江大桥桥头丢了手机，13 Pro Max，串号中间几位是451203，手机壳上贴着小熊贴纸，屏幕右上角有裂纹',
    lost_from: ago(600), lost_to: ago(560) });
  const F = await create('cz-officer', { type: 'found', category: 'phone', ...place,
    body: '拾得手机一部，13PM，背面小熊贴纸，屏幕右上角裂纹', serial: 'IMEI:86-451203-987712-5',
    found_at: ago(500) });
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  assert.equal(m[0].case_id, F.id);
  const why = JSON.stringify(m[0].reasons);
  for (const f of ['serial', 'brand', 'model', 'marks'])
    assert.ok(m[0].reasons.some((x) => x.factor === f && x.points > 0), `${f} agrees: ${why}`);
  assert.equal(m[0].likely, true, why);
});

test('dismiss_match: the pair never comes back; match confirms', async () => {
  const L = await create('cz-officer', lostPhone({ serial: '尾号4471', brand: '小米', color: '蓝色', model: undefined,
    body: '蓝色小米手机丢在菜市场', marks: '挂着红色挂绳', persons: undefined }));
  const F1 = await create('cz-officer', foundPhone({ serial: '6222****4471', brand: 'Xiaomi', color: '深蓝',
    body: '菜市场捡到蓝色手机', marks: '带一根红绳', persons: undefined }));
  let m = (await get('cz-officer', `/cases/${L.id}/matches`)).json;
  assert.equal(m.items[0].case_id, F1.id);
  await act('cz-officer', L.id, 'dismiss_match', { found_id: F1.id });
  m = (await get('cz-officer', `/cases/${L.id}/matches`)).json;
  assert.ok(!m.items.some((i) => i.case_id === F1.id));
  // registering another item re-scores nothing of that pair: it stays away
  await create('cz-officer', foundPhone({ serial: undefined, brand: 'Xiaomi', color: '蓝色', body: '蓝色手机',
    marks: undefined, persons: undefined }));
  m = (await get('cz-officer', `/cases/${L.id}/matches`)).json;
  assert.ok(!m.items.some((i) => i.case_id === F1.id));
  assert.equal(sql(`SELECT dismissed FROM lf_matches WHERE lost_id = ${L.id} AND found_id = ${F1.id}`), '1');
  // confirming another
  const c = await act('cz-officer', L.id, 'match', { found_id: F1.id });
  assert.equal(c.status, 'matched');
  m = (await get('cz-officer', `/cases/${L.id}/matches`)).json;
  assert.equal(m.items[0].case_id, F1.id);
  assert.equal(m.items[0].confirmed, true);
  // found_id must name a found item the caller sees
  await act('cz-officer', L.id, 'match', { found_id: L.id }, 409);
});

test('return: without a valid ID card number it is refused and nothing changes; with one both cases close', async () => {
  const L = await create('cz-officer', lostPhone({ serial: '尾号9001', brand: 'OPPO', color: '粉色', model: 'Reno 8',
    body: '粉色OPPO手机', marks: '屏幕右上角有裂痕' }));
  const F = await create('cz-aux', foundPhone({ serial: '861111222239001', brand: 'oppo', color: '樱花粉',
    model: 'Reno8', body: '捡到粉色手机', marks: '屏幕右上角碎了一角' }));
  await act('cz-officer', L.id, 'match', { found_id: F.id });
  const before = sql(`SELECT COUNT(*) FROM case_persons`);
  const fields = (id) => ({ persons: [{ role: 'claimant', name: '王小明', id_number: id }],
    verification: '失主说出锁屏壁纸为柴犬、壳内夹公交卡，均与实物一致' });
  let r = await srv.api('POST', `${API}/cases/${F.id}/actions`,
    { token: S['cz-officer'].token, body: { action: 'return', fields: fields(ID_BAD) } });
  assert.equal(r.status, 422, r.text);
  assert.match(r.json.error.field, /id_number/);
  r = await srv.api('POST', `${API}/cases/${F.id}/actions`,
    { token: S['cz-officer'].token, body: { action: 'return', fields: { verification: '核对' } } });
  assert.equal(r.status, 422);
  assert.equal(sql(`SELECT COUNT(*) FROM case_persons`), before, 'a refused return writes nothing');
  assert.equal((await get('cz-officer', `/cases/${F.id}`)).json.status, 'registered');
  assert.equal((await get('cz-officer', `/cases/${L.id}`)).json.status, 'matched');
  // the right one
  const done = await act('cz-officer', F.id, 'return', fields(ID_OK));
  assert.equal(done.status, 'returned');
  assert.equal(done.lost_id, L.id);
  assert.match(done.verification, /柴犬/);
  const claimant = done.persons.find((p) => p.role === 'claimant');
  assert.equal(claimant.id_number, '330702********3523', 'the receipt shows the claimant masked');
  assert.ok(!JSON.stringify(done.timeline ?? '').includes(ID_OK), 'no ID number on the timeline');
  const l = (await get('cz-officer', `/cases/${L.id}`)).json;
  assert.equal(l.status, 'returned');
  assert.equal(l.found_id, F.id);
  // the ID number is stored encrypted: not in the database in clear
  assert.equal(sql(`SELECT COUNT(*) FROM persons WHERE CAST(id_number AS TEXT) LIKE '%${ID_OK}%'`), '0');
  // audit verify still holds after the return closed two cases in one job
  await srv.stopKeep();
  const v = spawnSync(srv.bin, ['audit', 'verify', '--db', srv.db], { encoding: 'utf8' });
  assert.equal(v.status, 0, v.stdout + v.stderr);
  srv = await startServer({ dir: srv.dir, db: srv.db });
  for (const u of Object.keys(S)) S[u] = await srv.login(u);
});

test('return without a lost report', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'keys', body: '钥匙一串，黄色小鸭挂件' });
  const done = await act('cz-officer', F.id, 'return', { persons: [{ role: 'claimant', name: '赵六', id_number: ID_OK }],
    verification: '说出挂件为黄色小鸭' });
  assert.equal(done.status, 'returned');
  assert.equal(done.lost_id, null);
});

test('a found ID card returned without a lost report: to its holder, or to another with a proxy statement (409 without, nothing written)', async () => {
  const OTHER = '330702198505051238';      // valid, not the holder's
  const F = await create('cz-officer', { type: 'found', category: 'id_doc', body: `拾得身份证一张，号码${ID_OK}`, found_at: ago(60) });
  assert.ok(F.persons.some((p) => p.role === 'holder'), JSON.stringify(F.persons));
  const fields = (id, extra = {}) => ({ persons: [{ role: 'claimant', name: '钱冒领', id_number: id }],
    verification: '核对证件照片', ...extra });
  const before = sql(`SELECT COUNT(*) FROM case_persons`);
  const r = await srv.api('POST', `${API}/cases/${F.id}/actions`,
    { token: S['cz-officer'].token, body: { action: 'return', fields: fields(OTHER) } });
  assert.equal(r.status, 409, r.text);
  assert.equal(r.json.error.code, 'claimant_not_owner');
  assert.equal(r.json.error.field, 'fields.proxy');
  assert.match(r.json.error.message, /持有人.*代领说明/, 'said in Chinese, naming the holder and what to give');
  assert.equal(sql(`SELECT COUNT(*) FROM case_persons`), before, 'a refused return writes nothing');
  assert.equal((await get('cz-officer', `/cases/${F.id}`)).json.status, 'registered');
  const done = await act('cz-officer', F.id, 'return', fields(OTHER, { proxy: '持有人之母，持户口本' }));
  assert.equal(done.status, 'returned');
  assert.equal(done.timeline.filter((e) => e.action === 'return').pop().data.proxy, '持有人之母，持户口本');
  // the holder themself needs no statement
  const F2 = await create('cz-officer', { type: 'found', category: 'id_doc', body: `拾得身份证一张，号码${ID_OK}`, found_at: ago(60) });
  assert.equal((await act('cz-officer', F2.id, 'return', fields(ID_OK))).status, 'returned');
});

test('return to someone other than the owner on the lost report: 409 without a proxy statement and nothing written; with one it returns, the statement on the timeline', async () => {
  const OTHER = '330702198505051238';      // valid, not the owner's
  const L = await create('cz-officer', lostPhone({ serial: '尾号7002', brand: 'vivo', color: '蓝色', model: 'X90',
    body: '蓝色vivo手机', marks: '背面贴着星星贴纸' }));
  const F = await create('cz-aux', foundPhone({ serial: '861111222237002', brand: 'VIVO', color: '蓝',
    model: 'X90', body: '捡到蓝色手机', marks: '背面有星星贴纸' }));
  await act('cz-officer', L.id, 'match', { found_id: F.id });
  // the found item's own timeline says it was confirmed, and for which report (the keeper's page)
  const fm = (await get('cz-aux', `/cases/${F.id}`)).json.timeline.filter((e) => e.action === 'match');
  assert.equal(fm.length, 1, 'one entry on the found item');
  assert.match(fm[0].note, new RegExp(`已确认与失物登记 ${L.code} 为同一物品`));
  assert.equal(fm[0].actor_name && fm[0].actor_name.length > 0, true);
  const fields = (id, extra = {}) => ({ persons: [{ role: 'claimant', name: '李冒领', id_number: id }],
    verification: '说出背面贴着星星贴纸', ...extra });
  const before = sql(`SELECT COUNT(*) FROM case_persons`);
  let r = await srv.api('POST', `${API}/cases/${F.id}/actions`,
    { token: S['cz-officer'].token, body: { action: 'return', fields: fields(OTHER) } });
  assert.equal(r.status, 409, r.text);
  assert.equal(r.json.error.code, 'claimant_not_owner');
  assert.equal(r.json.error.field, 'fields.proxy');
  assert.match(r.json.error.message, /代领说明/, 'said in Chinese, naming what to give');
  r = await srv.api('POST', `${API}/cases/${F.id}/actions`,
    { token: S['cz-officer'].token, body: { action: 'return', fields: fields(OTHER, { proxy: '' }) } });
  assert.ok(r.status === 409 || r.status === 422, `an empty statement is none: ${r.status}`);
  assert.equal(sql(`SELECT COUNT(*) FROM case_persons`), before, 'a refused return writes nothing');
  assert.equal((await get('cz-officer', `/cases/${F.id}`)).json.status, 'registered');
  assert.equal((await get('cz-officer', `/cases/${L.id}`)).json.status, 'matched');
  // with the statement it goes through, and the receipt's timeline event carries it
  const done = await act('cz-officer', F.id, 'return', fields(OTHER, { proxy: '失主之子，持失主身份证和委托书' }));
  assert.equal(done.status, 'returned');
  assert.equal((await get('cz-officer', `/cases/${L.id}`)).json.status, 'returned');
  const ev = done.timeline.filter((e) => e.action === 'return').pop();
  assert.equal(ev.data.proxy, '失主之子，持失主身份证和委托书');
  assert.ok(!JSON.stringify(done.timeline).includes(OTHER), 'no ID number on the timeline');
  // the owner themself needs no statement (the test above); a report with no ID on file is not compared
  const L2 = await create('cz-officer', lostPhone({ persons: [{ role: 'owner', name: '周某' }], serial: '尾号7003',
    brand: 'vivo', color: '蓝色', model: 'X90', body: '蓝色vivo手机' }));
  const F2 = await create('cz-aux', foundPhone({ serial: '861111222237003', brand: 'VIVO', color: '蓝', model: 'X90' }));
  await act('cz-officer', L2.id, 'match', { found_id: F2.id });
  assert.equal((await act('cz-officer', F2.id, 'return', fields(OTHER))).status, 'returned');
  // a document's holder named on the report (its number read from the words into the registry)
  // is not its owner: a parent collecting a child's ID card with their own needs no statement
  const L3 = await create('cz-officer', { type: 'lost', category: 'id_doc', body: `孩子的身份证丢了，身份证号${ID_OK}`,
    lost_from: ago(300), lost_to: ago(240), persons: [{ role: 'owner', name: '周某' }] });
  assert.ok(L3.persons.some((p) => p.role === 'holder'), JSON.stringify(L3.persons));
  const F3 = await create('cz-aux', { type: 'found', category: 'id_doc', body: `拾得身份证一张，号码${ID_OK}`, found_at: ago(200) });
  await act('cz-officer', L3.id, 'match', { found_id: F3.id });
  assert.equal((await act('cz-officer', F3.id, 'return', fields(OTHER))).status, 'returned');
});

test('store and move: where the item is kept, moves counted; move before store is refused', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'bag', body: '黑色双肩包' });
  assert.equal(F.handed_in, false);
  await act('cz-officer', F.id, 'move', { storage_place: 'B柜' }, 409);
  let c = await act('cz-officer', F.id, 'store', { storage_place: '值班室A柜' });
  assert.equal(c.handed_in, true);
  assert.equal(c.storage_place, '值班室A柜');
  c = await act('cz-officer', F.id, 'move', { storage_place: '库房2号架', reason: '柜满' });
  assert.equal(c.storage_place, '库房2号架');
  assert.equal(c.moves, 1);
});

test('dispose: 409 before the claim period ends, a leader only; allowed after it', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'cash', body: '现金200元', storage_place: '保险柜' });
  assert.ok(F.claim_days_left >= 360, `claim clock of a year: ${F.claim_days_left}`);
  const r = await srv.api('POST', `${API}/cases/${F.id}/actions`, { token: S['cz-leader'].token,
    body: { action: 'dispose', fields: { disposal: 'treasury' }, note: '期满上缴国库' } });
  assert.equal(r.status, 409, r.text);
  assert.equal(r.json.error.code, 'claim_period_running');
  // the refusal says the day the period ends (the item's claim_end_at, China time)
  const ends = (await srv.api('GET', `${API}/cases/${F.id}`, { token: S['cz-leader'].token })).json.claim_end_at;
  assert.match(ends, /^\d{4}-\d{2}-\d{2}T/);
  assert.equal(r.json.error.message, `认领期限至${ends.slice(0, 10)}，期满前不能处置该物品`);
  await act('cz-officer', F.id, 'dispose', { disposal: 'treasury' }, 409, '上缴');
  // the period ended (the column moved into the past behind the server's back)
  sql(`UPDATE found_details SET claim_end_at = 1000 WHERE case_id = ${F.id}`);
  const d = await act('cz-leader', F.id, 'dispose', { disposal: 'treasury' }, 200, '期满上缴国库');
  assert.equal(d.status, 'disposed');
});

test('public notice: no login, after the notice delay, category/colour/date/area only', async () => {
  const put = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 0 } });
  assert.equal(put.status, 200, put.text);
  assert.equal(put.json.notice_days, 0);
  assert.equal(put.json.claim_days, 365);
  const F = await create('cz-officer', foundPhone({ serial: 'SN7788XYZ123', marks: '壳内夹着身份证和公交卡',
    body: '在八一北街永辉超市收银台捡到黑色华为手机', address: '八一北街88号永辉超市收银台',
    persons: [{ role: 'finder', name: '张拾得', phone: '13700001234' }] }));
  const r = await srv.api('GET', `${API}/public/found?org_id=${org.get('城中派出所').id}&category=phone`);
  assert.equal(r.status, 200, r.text);
  const item = r.json.items.find((i) => i.code === F.code);
  assert.ok(item, 'published');
  assert.deepEqual(Object.keys(item).sort(), ['area', 'category', 'category_name', 'claim_ended', 'claim_until', 'code',
    'color', 'found_date', 'office', 'org_id', 'station']);
  assert.equal(item.claim_ended, false, 'a claim period that runs');
  // where to claim: the station's claim office (the demo's invented one), nothing else of it
  assert.deepEqual(Object.keys(item.office).sort(), ['address', 'hours', 'phone']);
  assert.equal(item.color, '黑色');
  // where to claim it: the keeping station, by name and id
  assert.equal(item.station, '城中派出所');
  assert.equal(item.org_id, org.get('城中派出所').id);
  assert.match(item.found_date, /^\d{4}-\d{2}-\d{2}$/);
  for (const secret of ['SN7788', '7788XYZ', '861234567890123', '身份证', '公交卡', '张拾得', '拾得', '13700001234',
    '88号', '收银台', '永辉', 'HUAWEI', '卡通熊'])
    assert.ok(!r.text.includes(secret), `public JSON must not hold ${secret}`);
  // the public page is served without login and names none of it either
  const page = await srv.api('GET', '/found.html');
  assert.equal(page.status, 200);
  assert.match(page.text, /招领公告/);
  // the station filter's choices: the stations with items on notice now, each with how many
  const st = await srv.api('GET', `${API}/public/found/stations`);
  assert.equal(st.status, 200, st.text);
  const cz = st.json.items.find((i) => i.org_id === org.get('城中派出所').id);
  assert.ok(cz, 'the station of a published item is offered');
  assert.equal(cz.name, '城中派出所');
  const all = await srv.api('GET', `${API}/public/found?org_id=${cz.org_id}&limit=100`);
  assert.equal(cz.count, all.json.items.length, 'its count is what its list holds');
  assert.ok(!st.json.items.some((i) => i.org_id === org.get('西关派出所').id), 'nothing on notice there: not offered');
  assert.equal(st.json.cut, false);
  // bad parameters: a category or unit that does not exist is 422 naming it
  let bad = await srv.api('GET', `${API}/public/found?category=nope`);
  assert.equal(bad.status, 422);
  assert.equal(bad.json.error.field, 'category');
  bad = await srv.api('GET', `${API}/public/found?org_id=987654`);
  assert.equal(bad.status, 422, bad.text);
  assert.equal(bad.json.error.field, 'org_id');
  assert.equal((await srv.api('GET', `${API}/public/found?org_id=abc`)).status, 400);
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 3 } });
});

test('public notice: an item whose owner is confirmed leaves it (a notice would invite false claims); undoing the match or withdrawing the report brings it back; the item\'s JSON says which (noticed, notice_withheld)', async () => {
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 0 } });
  const cz = org.get('城中派出所').id;
  const F = await create('cz-officer', { type: 'found', category: 'jewelry', body: '银色手链一条，刻有字母', color: '银色',
    storage_place: '保险柜' });
  const L1 = await create('cz-officer', { type: 'lost', category: 'jewelry', body: '丢了银手链', color: '银色',
    lost_from: ago(600), lost_to: ago(500) });
  /** Whether F is on the public notice (every page of the station's jewelry), and the station's count. */
  const listed = async () => {
    const codes = [];
    let cursor = '';
    for (;;) {
      const r = await srv.api('GET', `${API}/public/found?org_id=${cz}&category=jewelry&limit=100${cursor ? '&cursor=' + encodeURIComponent(cursor) : ''}`);
      assert.equal(r.status, 200, r.text);
      codes.push(...r.json.items.map((i) => i.code));
      if (!r.json.next_cursor) break;
      cursor = r.json.next_cursor;
    }
    const st = (await srv.api('GET', `${API}/public/found/stations`)).json.items.find((i) => i.org_id === cz);
    return { on: codes.includes(F.code), count: st ? st.count : 0 };
  };
  /** The item as staff read it: whether its JSON says it is on the notice, and why not. It said
   *  noticed true while the public list left it out. */
  const item = async () => (await get('cz-officer', `/cases/${F.id}`)).json;
  const said = async () => { const c = await item(); return [c.noticed, c.notice_withheld]; };
  const before = await listed();
  assert.ok(before.on, 'on notice while nobody owns it');
  assert.deepEqual(await said(), [true, null]);
  await act('cz-officer', L1.id, 'match', { found_id: F.id });
  let now = await listed();
  assert.equal(now.on, false, 'the owner is confirmed: no longer on the public notice');
  assert.equal(now.count, before.count - 1, 'nor counted for the station filter');
  assert.deepEqual(await said(), [false, 'owner_waiting'], 'the item says it is off the notice, and why');
  // undoing the match (排除 on the confirmed pair): on the notice again
  await act('cz-officer', L1.id, 'dismiss_match', { found_id: F.id });
  assert.equal((await listed()).on, true, 'the pair undone: back on the notice');
  assert.deepEqual(await said(), [true, null]);
  // confirmed with another report, which is then withdrawn: back again
  const L2 = await create('cz-officer', { type: 'lost', category: 'jewelry', body: '银色手链丢失', color: '银色',
    lost_from: ago(600), lost_to: ago(500) });
  await act('cz-officer', L2.id, 'match', { found_id: F.id });
  assert.equal((await listed()).on, false);
  assert.deepEqual(await said(), [false, 'owner_waiting']);
  assert.equal((await item()).lost_id, L2.id);
  await act('cz-officer', L2.id, 'withdraw', { reason: '失主说已在家中找到' });
  now = await listed();
  assert.equal(now.on, true, 'the report withdrawn: nobody waits for the item');
  assert.equal(now.count, before.count);
  assert.deepEqual(await said(), [true, null]);
  // the item's 对应失物登记 no longer names the withdrawn report, and its timeline says why
  const after = await item();
  assert.equal(after.lost_id, null);
  const ev = after.timeline.filter((e) => e.action === 'dismiss_match').pop();
  assert.equal(ev.data.lf_note, 'withdrawn');
  assert.equal(ev.note, `失物登记 ${L2.code} 已撤销，与其的匹配确认随之失效`);
  // an item whose notice time has not come: not on the notice, and no owner waits
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 3 } });
  const G = await create('cz-officer', { type: 'found', category: 'jewelry', body: '金色耳钉一只', storage_place: '保险柜' });
  assert.equal(G.noticed, false);
  assert.equal(G.notice_withheld, null);
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 3 } });
});

test('a claim period that has ended: still on the public notice (not disposed of yet), claim_ended there, on the item and in the expiring list', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'other', body: '蓝色折叠伞一把', storage_place: 'A柜' });
  assert.equal(F.claim_ended, false);
  const end = Date.now() - 60000;
  sql(`UPDATE found_details SET notice_at = 1000, claim_end_at = ${end} WHERE case_id = ${F.id}`);
  const pub = await srv.api('GET', `${API}/public/found?org_id=${F.org_id}&limit=100`);
  const item = pub.json.items.find((i) => i.code === F.code);
  assert.ok(item, 'an ended item not disposed of stays listed: its owner may still come');
  assert.equal(item.claim_ended, true);
  assert.equal(item.claim_until, new Date(end + 8 * 3600000).toISOString().slice(0, 10));
  // the item's own JSON says so, on the clock the disposal guard reads
  const c = (await get('cz-officer', `/cases/${F.id}`)).json;
  assert.equal(c.claim_ended, true);
  assert.equal(c.claim_days_left, 0);
  const row = (await get('cz-officer', '/lostfound/expiring')).json.items.find((i) => i.case_id === F.id);
  assert.equal(row.claim_ended, true);
  assert.equal(row.days_left, 0);
  // disposed of, it leaves the notice and the item says nothing of a claim clock
  await act('cz-leader', F.id, 'dispose', { disposal: 'treasury' }, 200, '期满上缴国库');
  const after = await srv.api('GET', `${API}/public/found?org_id=${F.org_id}&limit=100`);
  assert.ok(!after.json.items.some((i) => i.code === F.code));
  assert.equal((await get('cz-officer', `/cases/${F.id}`)).json.claim_ended, undefined);
});

test('settings: only an admin of the whole tree; bad values 422', async () => {
  let r = await srv.api('PUT', `${API}/lostfound/settings`, { token: S['cz-leader'].token, body: { claim_days: 180 } });
  assert.equal(r.status, 403);
  r = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { claim_days: 5 } });
  assert.equal(r.status, 422);
  assert.equal(r.json.error.field, 'claim_days');
  r = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token,
    body: { neighbours: [{ org_id: 1, neighbour_id: 1 }] } });
  assert.equal(r.status, 422);
  r = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { claim_days: 180 } });
  assert.equal(r.json.claim_days, 180, 'six months where a local rule says so');
  const F = await create('cz-officer', { type: 'found', category: 'other', body: '雨伞' });
  assert.ok(F.claim_days_left <= 184 && F.claim_days_left >= 180, String(F.claim_days_left));
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { claim_days: 365 } });
});

test('matching across stations only for neighbours, never outside the caller\'s scope', async () => {
  const cz = org.get('城中派出所').id, xg = org.get('西关派出所').id;
  const lostBike = { type: 'lost', category: 'ebike', body: '绿色雅迪电动车被人骑走', color: '绿色', brand: '雅迪',
    serial: 'LXYA1234567', lost_from: ago(600), lost_to: ago(500) };
  const foundBike = { type: 'found', category: 'ebike', body: '路边停放的绿色电动车', color: '墨绿', brand: 'Yadea',
    serial: 'LXYA1234567', found_at: ago(300) };
  // no neighbours: a 西关 item is never a candidate of a 城中 report
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { neighbours: [] } });
  const F1 = await create('xg-officer', foundBike);
  const L1 = await create('cz-officer', lostBike);
  assert.equal(sql(`SELECT COUNT(*) FROM lf_matches WHERE lost_id = ${L1.id} AND found_id = ${F1.id}`), '0');
  // the other station cannot read the candidates of a case it cannot see
  await get('xg-officer', `/cases/${L1.id}/matches`, 404);
  // neighbours: stored, but 城中's officer still sees no 西关 case; the bureau's admin does
  const put = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token,
    body: { neighbours: [{ org_id: cz, neighbour_id: xg }] } });
  assert.equal(put.status, 200, put.text);
  const L2 = await create('cz-officer', { ...lostBike, body: '雅迪电动车丢了' });
  assert.equal(sql(`SELECT COUNT(*) FROM lf_matches WHERE lost_id = ${L2.id} AND found_id = ${F1.id}`), '1');
  // the neighbour's item is listed only as a summary (review9: the desk is told of it), never
  // with its title or reasons
  const mine = (await get('cz-officer', `/cases/${L2.id}/matches`)).json.items;
  const seen = mine.find((i) => i.case_id === F1.id);
  assert.ok(seen, 'the neighbour\'s candidate is listed as a summary');
  assert.equal(seen.visible, false);
  assert.equal(seen.title, null);
  assert.deepEqual(seen.reasons, []);
  assert.equal(seen.station, '西关派出所');
  const all = (await get('admin', `/cases/${L2.id}/matches`)).json.items;
  assert.equal(all[0].case_id, F1.id);
  // confirming a match with a case outside scope is refused like a missing one once the
  // stations are no neighbours (a neighbour's item the report's station confirms: session 26,
  // lostfound.loop.test.mjs)
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { neighbours: [] } });
  const e = await act('cz-officer', L2.id, 'match', { found_id: F1.id }, 422);
  assert.equal(e.error.field, 'fields.found_id');
});

test('dismiss_match of a neighbouring station\'s candidate: the report\'s timeline keeps what the candidate list showed of it (code, category, colour, station), never its title, finder or serial; a station further away gets nothing written; no found item is 422', async () => {
  const cz = org.get('城中派出所').id, xg = org.get('西关派出所').id;
  const put = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token,
    body: { neighbours: [{ org_id: cz, neighbour_id: xg }] } });
  assert.equal(put.status, 200, put.text);
  const F = await create('xg-officer', { type: 'found', category: 'bicycle', body: '拾得人赵拾金交来蓝色山地车一辆',
    color: '深蓝', brand: '捷安特', serial: 'GNT20240088', found_at: ago(300), storage_place: '车棚',
    persons: [{ role: 'finder', name: '赵拾金', phone: '13600002222' }] });
  const L = await create('cz-officer', { type: 'lost', category: 'bicycle', body: '蓝色捷安特山地车被偷', color: '蓝色',
    brand: 'Giant', lost_from: ago(600), lost_to: ago(500) });
  const listed = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items.find((i) => i.case_id === F.id);
  assert.ok(listed && listed.visible === false, 'listed as the neighbour\'s summary');
  const en = await srv.api('GET', `${API}/cases/${L.id}/matches`, { token: S['cz-officer'].token,
    headers: { 'accept-language': 'en' } });
  assert.equal(en.status, 200, en.text);
  const listedEn = en.json.items.find((i) => i.case_id === F.id);
  assert.equal(listedEn.summary, 'Bicycle (dark blue)', 'the English list names the colour in English words');
  await act('cz-officer', L.id, 'dismiss_match', { found_id: F.id });
  const ev = (await get('cz-officer', `/cases/${L.id}`)).json.timeline.find((e) => e.action === 'dismiss_match');
  assert.ok(ev, 'the entry');
  assert.equal(ev.data.found_id, F.id);
  // what the candidate list showed, in both languages (the page says it in the reader's)
  assert.equal(ev.data.found_code, listed.code);
  assert.equal(ev.data.found_station, '西关派出所');
  assert.equal(ev.data.found_summary, listed.summary);
  assert.equal(ev.data.found_summary, '自行车（深蓝）');
  assert.equal(ev.data.found_summary_en, listedEn.summary, 'as the English list said it');
  for (const secret of [F.title, '赵拾金', '13600002222', 'GNT20240088', '捷安特', '车棚'])
    assert.ok(!JSON.stringify(ev).includes(secret), `the entry must not hold ${secret}`);
  // an item the report's officer may open (own station): the link names it, nothing copied
  const F2 = await create('cz-officer', { type: 'found', category: 'bicycle', body: '蓝色自行车', color: '蓝色', found_at: ago(300) });
  await act('cz-officer', L.id, 'dismiss_match', { found_id: F2.id });
  const ev2 = (await get('cz-officer', `/cases/${L.id}`)).json.timeline.filter((e) => e.action === 'dismiss_match')
    .find((e) => e.data.found_id === F2.id);
  assert.deepEqual(Object.keys(ev2.data), ['found_id']);
  // a station no neighbour (its items are never listed): nothing of the item is written
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { neighbours: [] } });
  const F3 = await create('xg-officer', { type: 'found', category: 'bicycle', body: '红色自行车', color: '红色', found_at: ago(300) });
  await act('cz-officer', L.id, 'dismiss_match', { found_id: F3.id });
  const ev3 = (await get('cz-officer', `/cases/${L.id}`)).json.timeline.filter((e) => e.action === 'dismiss_match')
    .find((e) => e.data.found_id === F3.id);
  assert.deepEqual(Object.keys(ev3.data), ['found_id']);
  // a found_id that names no found item: 422 naming the field (it failed in the writer), nothing written
  const n = (await get('cz-officer', `/cases/${L.id}`)).json.timeline.length;
  for (const bad of [987654321, L.id]) {
    const e = await act('cz-officer', L.id, 'dismiss_match', { found_id: bad }, 422);
    assert.equal(e.error.field, 'fields.found_id');
  }
  assert.equal((await get('cz-officer', `/cases/${L.id}`)).json.timeline.length, n);
});

test('refusals: who may register and act; bad fields', async () => {
  // a citizen registers only their own lost report (lostfound.citizen.test.mjs), never a found item;
  // an operator neither
  await create('citizen', { type: 'found', category: 'phone', body: 'x', org_id: org.get('城中派出所').id }, 403);
  await create('operator', { type: 'found', category: 'phone', body: 'x', org_id: org.get('城中派出所').id }, 403);
  await create('operator', { type: 'lost', category: 'phone', body: 'x', org_id: org.get('城中派出所').id }, 403);
  let e = await create('cz-officer', { type: 'lost', category: 'phone', body: 'x', lost_from: ago(10), lost_to: ago(60) }, 422);
  assert.equal(e.error.field, 'lost_from');
  e = await create('cz-officer', { type: 'found', category: 'phone', body: 'x', found_at: new Date(Date.now() + 86400000).toISOString() }, 422);
  assert.equal(e.error.field, 'found_at');
  e = await create('cz-officer', { type: 'lost', body: 'x' }, 422);
  assert.equal(e.error.field, 'category');
  e = await create('cz-officer', { type: 'lost', category: 'phone', body: 'x', serial: 'x'.repeat(65) }, 422);
  assert.equal(e.error.field, 'serial');
  // kept and matched at a police station: an admin naming the province (or a township) is refused
  for (const unit of ['浙江省', '城中街道']) {
    e = await create('admin', { type: 'found', category: 'phone', body: 'x', org_id: org.get(unit).id }, 422);
    assert.equal(e.error.field, 'org_id');
  }
  e = await create('admin', { type: 'found', category: 'phone', body: 'x' }, 422);
  assert.equal(e.error.field, 'org_id', 'an admin without a station grant names the station');
  const F = await create('cz-officer', { type: 'found', category: 'phone', body: '手机' });
  await act('cz-officer', F.id, 'return', { persons: [{ role: 'finder', name: '甲', id_number: ID_OK }], verification: 'x' }, 422);
  await act('cz-officer', F.id, 'return', { persons: [{ role: 'claimant', name: '甲', id_number: ID_OK },
    { role: 'claimant', name: '乙', id_number: ID_OK }], verification: 'x' }, 422);
  sql(`UPDATE found_details SET claim_end_at = 1000 WHERE case_id = ${F.id}`);
  await act('cz-leader', F.id, 'dispose', { disposal: 'sell' }, 422, 'x');
  // another station's officer cannot act on it
  await act('xg-officer', F.id, 'store', { storage_place: 'A' }, 404);
});

test('expiring list, statistics and their exports', async () => {
  const F = await create('cz-officer', { type: 'found', category: 'wallet', body: '棕色钱包' });
  sql(`UPDATE found_details SET claim_end_at = ${Date.now() + 10 * 86400000} WHERE case_id = ${F.id}`);
  const ex = (await get('cz-officer', '/lostfound/expiring')).json;
  const row = ex.items.find((i) => i.case_id === F.id);
  assert.ok(row, 'listed within 30 days of the end');
  assert.ok(row.days_left >= 9 && row.days_left <= 10);
  assert.equal(row.claim_ended, false);
  assert.ok(!(await get('xg-officer', '/lostfound/expiring')).json.items.some((i) => i.case_id === F.id));
  // the export carries the days left, as the page shows them
  const lines = (await get('cz-officer', '/lostfound/expiring?format=csv')).text.replace(/^\uFEFF/, '').split('\r\n');
  const head = lines[0].split(','), mine = lines.find((l) => l.includes(F.code));
  assert.ok(head.includes('认领期限') && head.includes('剩余天数'), lines[0]);
  assert.ok(mine, 'the item is in the export');
  assert.equal(mine.split(',')[head.indexOf('剩余天数')], String(row.days_left));
  const st = (await get('cz-leader', '/lostfound/stats')).json;
  const total = st.items[st.items.length - 1];
  assert.equal(total.category, null);
  const phone = st.items.find((i) => i.category === 'phone');
  assert.ok(phone.lost >= 1 && phone.found >= 1);
  assert.ok(total.found_returned >= 2);
  assert.ok(total.median_hours_to_return !== null);
  assert.ok(total.disposed >= 1);
  assert.ok(phone.return_rate > 0 && phone.return_rate <= 1);
  const x = await get('cz-leader', '/lostfound/stats?format=xlsx');
  assert.equal(x.headers.get('content-type').includes('spreadsheet'), true);
  await get('cz-leader', '/lostfound/stats?from=2026-13-01', 400);
  await get('citizen', '/lostfound/stats', 403);
});

test('PATCH of a lost report scores its candidates again: a serial edited in makes the match, edited out unmakes it', async () => {
  // a found phone whose serial is the only thing telling it apart, and a lost report without
  // a serial: too little to say "likely"
  const F = await create('cz-aux', foundPhone({ serial: '864000111222333', marks: undefined,
    body: '捡到手机一部', color: undefined, brand: undefined, address: '江滨公园', lat: 29.07, lon: 119.66,
    found_at: ago(100) }));
  const F2 = await create('cz-aux', foundPhone({ serial: '864999888777666', marks: undefined,
    body: '捡到手机一部', color: undefined, brand: undefined, address: '江滨公园', lat: 29.07, lon: 119.66,
    found_at: ago(100) }));
  const L = await create('cz-officer', lostPhone({ serial: undefined, marks: undefined, body: '手机丢了',
    color: undefined, brand: undefined, model: undefined, address: '江滨公园', lat: 29.07, lon: 119.66,
    lost_from: ago(200), lost_to: ago(150), persons: undefined }));
  const before = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  assert.ok(!before.some((i) => i.likely), 'two alike phones: nothing likely yet');
  // the owner remembers the IMEI
  let r = await srv.api('PATCH', `${API}/cases/${L.id}`, { token: S['cz-officer'].token,
    body: { version: L.version, serial: '8640 0011 1222 333' } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.serial, '8640 0011 1222 333');
  let m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  assert.equal(m[0].case_id, F.id);
  assert.equal(m[0].likely, true, JSON.stringify(m[0]));
  assert.ok(m[0].reasons.some((x) => x.factor === 'serial' && x.points > 0));
  const other = m.find((i) => i.case_id === F2.id);
  if (other) assert.ok(other.reasons.some((x) => x.factor === 'serial' && x.points < 0));
  // the serial was written wrong: edited to the other phone's, the match moves with it
  r = await srv.api('PATCH', `${API}/cases/${L.id}`, { token: S['cz-officer'].token,
    body: { version: r.json.version, serial: '864999888777666' } });
  assert.equal(r.status, 200, r.text);
  m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  assert.equal(m[0].case_id, F2.id);
  assert.equal(m[0].likely, true);
  assert.ok(!m.some((i) => i.case_id === F.id && i.likely));
  // and removed: nothing is likely any more
  r = await srv.api('PATCH', `${API}/cases/${L.id}`, { token: S['cz-officer'].token,
    body: { version: r.json.version, serial: null } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.serial ?? null, null);
  m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  assert.ok(!m.some((i) => i.likely), JSON.stringify(m.slice(0, 2)));
  // the found side sees the same: its candidate lost report is scored again too
  r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token,
    body: { version: F.version, serial: null, marks: '背面贴着小熊贴纸' } });
  assert.equal(r.status, 200, r.text);
  // a field of another type, or an unknown one, is refused and nothing is written
  const v = r.json.version;
  r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token,
    body: { version: v, lost_from: ago(10) } });
  assert.equal(r.status, 422, r.text);
  r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token,
    body: { version: v, serial: 'x'.repeat(200) } });
  assert.equal(r.status, 422, r.text);
  assert.equal(r.json.error.field, 'serial');
  assert.equal((await get('cz-aux', `/cases/${F.id}`)).json.version, v);
});

test('PATCH of a found item scores its stored candidates again: the lost report it fits becomes likely, and stops being when the serial differs', async () => {
  const place = { address: '双龙南街停车场', lat: 29.0812, lon: 119.6611 };
  const L = await create('cz-officer', lostPhone({ serial: '866555444333222', marks: undefined, body: '手机丢了',
    color: undefined, brand: undefined, model: undefined, ...place, lost_from: ago(200), lost_to: ago(150),
    persons: undefined }));
  const plain = { serial: undefined, marks: undefined, body: '捡到手机一部', color: undefined, brand: undefined,
    ...place, found_at: ago(100) };
  const F = await create('cz-aux', foundPhone(plain));
  const F2 = await create('cz-aux', foundPhone(plain));
  let m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  assert.ok(m.some((i) => i.case_id === F.id) && m.some((i) => i.case_id === F2.id), 'both stored as candidates');
  assert.ok(!m.some((i) => i.likely), 'two alike phones and no serial on them: nothing likely');
  // the finder reads the IMEI off the SIM tray later: the edit re-scores the stored pair
  let r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token,
    body: { version: F.version, serial: 'IMEI 8665 5544 4333 222' } });
  assert.equal(r.status, 200, r.text);
  m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  assert.equal(m[0].case_id, F.id);
  assert.equal(m[0].likely, true, JSON.stringify(m[0]));
  assert.ok(m[0].reasons.some((x) => x.factor === 'serial' && x.points > 0));
  const fm = (await get('cz-aux', `/cases/${F.id}/matches`)).json.items;
  assert.equal(fm[0].case_id, L.id);
  assert.equal(fm[0].likely, true);
  // read wrong: another whole IMEI is another phone
  r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token,
    body: { version: r.json.version, serial: '866555444333999' } });
  assert.equal(r.status, 200, r.text);
  m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  // vetoed (held at 30 points at most): dropped from the kept candidates or kept as a conflict
  const f = m.find((i) => i.case_id === F.id);
  if (f) assert.ok(f.score <= 0.3 && f.reasons.some((x) => x.factor === 'serial' && x.points < 0),
    JSON.stringify(f));
  assert.ok(!f || !f.likely, 'another IMEI is never likely');
  // the other phone handed in there then is first again, and no longer tied with this one: the
  // learned judgement calls it (nothing against it), and says why
  assert.equal(m[0].case_id, F2.id, JSON.stringify(m.slice(0, 2)));
  assert.equal(m[0].likely, true, JSON.stringify(m[0]));
  assert.ok(m[0].reasons.some((x) => x.factor === 'judged'), JSON.stringify(m[0]));
});

test('a dismissed pair stays dismissed after an edit', async () => {
  const F = await create('cz-aux', foundPhone({ serial: '867777000011112', address: '火车站', lat: 29.1, lon: 119.63 }));
  const L = await create('cz-officer', lostPhone({ serial: '867777000011112', address: '火车站', lat: 29.1, lon: 119.63,
    persons: undefined }));
  await act('cz-officer', L.id, 'dismiss_match', { found_id: F.id });
  const cur = (await get('cz-officer', `/cases/${L.id}`)).json;
  const r = await srv.api('PATCH', `${API}/cases/${L.id}`, { token: S['cz-officer'].token,
    body: { version: cur.version, marks: '背面贴着小熊贴纸，屏幕右上角有裂痕' } });
  assert.equal(r.status, 200, r.text);
  const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items;
  assert.ok(!m.some((i) => i.case_id === F.id));
});

test('match reasons speak English when the request does (Accept-Language: en); Chinese otherwise, never mixed', async () => {
  const L = await create('cz-officer', lostPhone({ serial: '868888000011119', persons: undefined }));
  await create('cz-aux', foundPhone({ serial: '868888000011119' }));
  const en = await srv.api('GET', `${API}/cases/${L.id}/matches`, { token: S['cz-officer'].token,
    headers: { 'accept-language': 'en-GB,en;q=0.8' } });
  assert.equal(en.status, 200);
  const top = en.json.items[0];
  assert.ok(top.reasons.length >= 5);
  for (const x of top.reasons) {
    assert.doesNotMatch(x.detail, /[\u4e00-\u9fff]/, `English only: ${x.detail}`);
    assert.equal(x.detail_en, undefined);
  }
  assert.ok(top.reasons.some((x) => /^identical serial \(15 characters\)$/.test(x.detail)));
  assert.ok(top.reasons.some((x) => x.detail === 'same brand (Huawei)'), JSON.stringify(top.reasons));
  const zh = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items[0];
  for (const x of zh.reasons) assert.doesNotMatch(x.detail, /[A-Za-z]{3,}/, `no English in Chinese: ${x.detail}`);
  assert.ok(zh.reasons.some((x) => x.detail === '串号完全一致（15位）'));
  const csv = await srv.api('GET', `${API}/cases/${L.id}/matches?format=csv`, { token: S['cz-officer'].token,
    headers: { 'accept-language': 'en' } });
  assert.match(csv.text, /identical serial/);
  assert.doesNotMatch(csv.text, /detail_en|串号完全一致/);
});

test('GET /lostfound/alerts?org_id=: one call lists a unit\'s likely matches, paged, in scope, exported', async () => {
  const cz = org.get('城中派出所').id, xg = org.get('西关派出所').id;
  const pairs = [];
  for (let i = 0; i < 3; i++) {
    const serial = `86555500001111${i}`;
    const F = await create('cz-aux', foundPhone({ serial, persons: undefined }));
    const L = await create('cz-officer', lostPhone({ serial, persons: undefined }));
    pairs.push({ L, F });
  }
  // a report whose only candidate is a different phone: no alert
  const lone = await create('cz-officer', lostPhone({ serial: '869191919191919', brand: '小米', color: '白色',
    body: '白色小米手机丢了', marks: '无', persons: undefined }));
  const all = [];
  let cursor = null;
  let pages = 0;
  do {
    const r = (await get('cz-officer', `/lostfound/alerts?org_id=${cz}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json;
    assert.ok(r.items.length <= 2);
    all.push(...r.items);
    cursor = r.next_cursor;
    pages++;
  } while (cursor && pages < 50);
  assert.ok(pages >= 2, 'paged');
  for (const { L, F } of pairs) {
    const a = all.find((x) => x.lost_id === L.id);
    assert.ok(a, `alert for ${L.code}`);
    assert.equal(a.case_id, F.id);
    assert.equal(a.likely, true);
    assert.equal(a.lost_code, L.code);
    assert.ok(a.reasons.some((x) => x.factor === 'serial' && /串号/.test(x.detail)));
    // the same judgement as the report's own matches
    const m = (await get('cz-officer', `/cases/${L.id}/matches`)).json.items[0];
    assert.equal(m.case_id, a.case_id);
    assert.equal(m.score, a.score);
  }
  assert.ok(!all.some((x) => x.lost_id === lone.id));
  // ids strictly descending across the pages (keyset)
  for (let i = 1; i < all.length; i++) assert.ok(all[i].lost_id < all[i - 1].lost_id);
  // confirmed pairs stay listed (the return is next)
  await act('cz-officer', pairs[0].L.id, 'match', { found_id: pairs[0].F.id });
  const after = (await get('cz-officer', `/lostfound/alerts?org_id=${cz}&limit=100`)).json.items;
  const conf = after.find((x) => x.lost_id === pairs[0].L.id);
  assert.equal(conf.confirmed, true);
  assert.equal(conf.lost_status, 'matched');
  // English reasons on request
  const en = await srv.api('GET', `${API}/lostfound/alerts?org_id=${cz}&limit=100`, { token: S['cz-officer'].token,
    headers: { 'accept-language': 'en' } });
  for (const a of en.json.items) for (const x of a.reasons) assert.doesNotMatch(x.detail, /[\u4e00-\u9fff]/);
  // another station's alerts are not this officer's; a bad parameter is refused
  await get('xg-officer', `/lostfound/alerts?org_id=${cz}`, 404);
  assert.equal((await get('xg-officer', `/lostfound/alerts?org_id=${xg}`)).json.items.length, 0);
  await get('cz-officer', '/lostfound/alerts', 422);
  await get('cz-officer', `/lostfound/alerts?org_id=${cz}&limit=0`, 422);
  await get('cz-officer', `/lostfound/alerts?org_id=${cz}&format=pdf`, 422);
  await get('citizen', `/lostfound/alerts?org_id=${cz}`, 403);
  // exports with every alert, names not codes
  const csv = await get('cz-officer', `/lostfound/alerts?org_id=${cz}&format=csv`);
  assert.match(csv.text, /失物登记编号/);
  for (const { L } of pairs) assert.ok(csv.text.includes(L.code));
  const x = await get('cz-officer', `/lostfound/alerts?org_id=${cz}&format=xlsx`);
  assert.match(x.headers.get('content-type'), /spreadsheetml/);
});

test('GET /categories?type=found needs no login (the public notice page); other catalogues still do', async () => {
  const r = await srv.api('GET', `${API}/categories?type=found`);
  assert.equal(r.status, 200, r.text);
  const codes = r.json.items.map((c) => c.code);
  assert.ok(codes.includes('phone') && codes.includes('umbrella'), 'admin-extended categories too');
  for (const c of r.json.items) assert.deepEqual(Object.keys(c).sort(), ['code', 'name']);
  assert.equal((await srv.api('GET', `${API}/categories?type=event`)).status, 401);
  assert.equal((await srv.api('GET', `${API}/categories`)).status, 401);
  // a bad session is still refused, not taken as anonymous
  assert.equal((await srv.api('GET', `${API}/categories?type=found`, { token: 'nonsense' })).status, 401);
  // signed in: the whole rows as before
  const full = (await get('cz-officer', '/categories?type=found')).json.items[0];
  assert.ok('platform' in full);
});
