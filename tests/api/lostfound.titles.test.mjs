// Lost and found in the reader's language (失物招领, issue 11).
//
// A lost report or found item created without "title" gets one made from its category (or the
// kind of object its description names: 雨伞（黑色） under 其他), colour and brand: 钥匙（银色）, stored and shown to a Chinese reader as before. A reader of English
// (Accept-Language: en; lang=en for an export) read that Chinese in every heading, list, dialog,
// receipt and notice: the made title is now rendered in English (Keys (silver)) in the case
// JSON, the lists (cases, search, matches, alerts, the desk, the claim deadlines), the exports
// and the English text of the notices written from then on. A title a person typed is never
// translated, and one edited by PATCH is typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, orgsByName } from './lib.mjs';
import { ago, lfKit } from './lfkit.mjs';

let srv;
let station;
const S = {};
const { create, act, edit, sql } = lfKit(() => srv, S);
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
  for (const u of ['admin', 'cz-officer', 'cz-aux', 'cz-leader'])
    S[u] = await srv.login(u);
  station = (await orgsByName(srv, S.admin)).get('城中派出所').id;
});
after(async () => { await srv?.stop(); });

test('a made title: Chinese as before for zh-CN, English for an English reader of the case; a typed title is never translated', async () => {
  const L = await create('cz-officer', { type: 'lost', category: 'keys', color: '银色', lost_from: ago(300) });
  assert.equal(L.title, '钥匙（银色）', 'the stored title is the Chinese one, as before');
  let c = await read('cz-officer', `/cases/${L.id}`);
  assert.equal(c.title, '钥匙（银色）');
  assert.equal(c.summary, '钥匙（银色）');
  c = await read('cz-officer', `/cases/${L.id}`, EN);
  assert.equal(c.title, 'Keys (silver)');
  assert.equal(c.summary, 'Keys (silver)');
  // a colour with a shade, and a brand (a known maker typed in Chinese: its Latin name)
  const F = await create('cz-aux', { type: 'found', category: 'phone', color: '深蓝色', brand: '华为', storage_place: 'A柜' });
  assert.equal(F.title, '手机（深蓝色，华为）');
  assert.equal((await read('cz-aux', `/cases/${F.id}`, EN)).title, 'Mobile phone (dark blue, Huawei)');
  // category only, and a colour the desk's words do not know: its families
  const B = await create('cz-aux', { type: 'found', category: 'bag', storage_place: 'A柜' });
  assert.equal((await read('cz-aux', `/cases/${B.id}`, EN)).title, 'Bag');
  const M = await create('cz-aux', { type: 'found', category: 'bag', color: '黑白相间', storage_place: 'A柜' });
  assert.equal(M.title, '包（黑白相间）');
  assert.match((await read('cz-aux', `/cases/${M.id}`, EN)).title, /^Bag \((black\/white|white\/black)\)$/);
  // the kind the description names, when the matcher knows one, names the object in place of
  // the category (其他 said nothing of an umbrella); a kind another category owns does not (a
  // phone's description naming a watch is still a phone)
  const U = await create('cz-aux', { type: 'found', category: 'other', color: '黑色', body: '捡到一把黑色格子雨伞', storage_place: 'A柜' });
  assert.equal(U.title, '雨伞（黑色）');
  assert.equal((await read('cz-aux', `/cases/${U.id}`, EN)).title, 'Umbrella (black)');
  const K = await create('cz-aux', { type: 'found', category: 'bag', body: '拾得双肩背包一个', storage_place: 'A柜' });
  assert.equal(K.title, '双肩包');
  const W = await create('cz-aux', { type: 'found', category: 'phone', color: '黑色', body: '黑色手机一部，旁边还有一块手表', storage_place: 'A柜' });
  assert.equal(W.title, '手机（黑色）');
  // a title a person typed stays as typed, in English too
  const T = await create('cz-officer', { type: 'lost', category: 'keys', title: '家门钥匙一串', color: '银色' });
  assert.equal((await read('cz-officer', `/cases/${T.id}`, EN)).title, '家门钥匙一串');
  // the reply of the create itself follows the request's language
  const r = await srv.api('POST', `${API}/cases`, { token: S['cz-officer'].token, headers: EN,
    body: { type: 'lost', category: 'wallet', color: '棕色' } });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.title, 'Wallet (brown)');
  assert.equal((await read('cz-officer', `/cases/${r.json.id}`)).title, '钱包（棕色）');
  // a title edited by PATCH is typed: never translated from then on
  await edit('cz-officer', L.id, { title: '银色钥匙一串，挂小熊' });
  assert.equal((await read('cz-officer', `/cases/${L.id}`, EN)).title, '银色钥匙一串，挂小熊');
  // an edit of another field leaves a made title made
  await edit('cz-aux', F.id, { marks: '背面有划痕' });
  assert.equal((await read('cz-aux', `/cases/${F.id}`, EN)).title, 'Mobile phone (dark blue, Huawei)');
  assert.equal((await read('cz-aux', `/cases/${F.id}`)).title, '手机（深蓝色，华为）');
  // the timeline's creation entry keeps both, for the page to show the reader's
  const made = (await read('cz-aux', `/cases/${F.id}`)).timeline.find((e) => e.kind === 'create');
  assert.deepEqual(made.data.title_made, { zh: '手机（深蓝色，华为）', en: 'Mobile phone (dark blue, Huawei)' });
});

test('lists, search, matches, alerts, the desk, the claim deadlines and the exports honour the language; the notices are written in both', async () => {
  const imei = '869123004455667';
  const L = await create('cz-officer', { type: 'lost', category: 'phone', color: '黑色', brand: '华为', serial: imei,
    body: '丢了一部手机', lost_from: ago(300), lost_to: ago(240) });
  const F = await create('cz-aux', { type: 'found', category: 'phone', color: '黑色', brand: '华为', serial: imei,
    body: '捡到手机一部', found_at: ago(200), storage_place: 'B柜' });
  const zhL = '手机（黑色，华为）', enL = 'Mobile phone (black, Huawei)';
  // GET /cases by type and without, and q= (search)
  for (const p of ['/cases?type=lost&limit=50', '/cases?limit=50']) {
    assert.equal((await read('cz-officer', p, EN)).items.find((i) => i.id === L.id).title, enL, p);
    assert.equal((await read('cz-officer', p)).items.find((i) => i.id === L.id).title, zhL, p);
  }
  const q = await read('cz-officer', `/cases?type=found&q=${encodeURIComponent(F.code)}`, EN);
  assert.equal(q.items.find((i) => i.id === F.id).title, enL);
  const sr = await read('cz-officer', `/search?q=${encodeURIComponent(F.code)}`, EN);
  assert.equal(sr.items.find((i) => i.id === F.id).title, enL);
  // the candidates and the alerts
  const m = (await read('cz-officer', `/cases/${L.id}/matches`, EN)).items.find((i) => i.case_id === F.id);
  assert.equal(m.title, enL);
  assert.equal((await read('cz-officer', `/cases/${L.id}/matches`)).items.find((i) => i.case_id === F.id).title, zhL);
  const a = (await read('cz-officer', `/lostfound/alerts?org_id=${station}&limit=100`, EN)).items.find((i) => i.lost_id === L.id);
  assert.ok(a, 'a likely pair: an alert');
  assert.equal(a.lost_title, enL);
  assert.equal(a.title, enL);
  const az = (await read('cz-officer', `/lostfound/alerts?org_id=${station}&limit=100`)).items.find((i) => i.lost_id === L.id);
  assert.equal(az.lost_title, zhL);
  // the desk's items of the day
  const today = (await read('cz-officer', `/desk?org_id=${station}`, EN)).today.items;
  assert.equal(today.find((i) => i.id === F.id).title, enL);
  assert.equal((await read('cz-officer', `/desk?org_id=${station}`)).today.items.find((i) => i.id === F.id).title, zhL);
  // the claim deadlines
  sql(`UPDATE found_details SET claim_end_at = ${Date.now() + 5 * 86400000} WHERE case_id = ${F.id}`);
  assert.equal((await read('cz-officer', '/lostfound/expiring', EN)).items.find((i) => i.case_id === F.id).title, enL);
  assert.equal((await read('cz-officer', '/lostfound/expiring')).items.find((i) => i.case_id === F.id).title, zhL);
  // the exports: lang= as for every other English word of them
  const csvEn = await read('cz-officer', '/cases?type=found&format=csv&lang=en');
  assert.ok(csvEn.includes(enL), 'the register in English names the made title in English');
  assert.ok(!csvEn.includes(zhL));
  assert.ok((await read('cz-officer', '/cases?type=found&format=csv&lang=zh')).includes(zhL));
  assert.ok((await read('cz-officer', '/lostfound/expiring?format=csv&lang=en')).includes(enL));
  assert.ok((await read('cz-officer', `/cases/${L.id}/matches?format=csv&lang=en`)).includes(enL));
  // notices: written once in both languages, the English one with the English made title
  const notes = async (who, headers) => (await read(who, '/notifications?limit=100', headers)).items;
  const created = (await notes('cz-leader', EN)).find((n) => n.case_id === L.id && n.kind === 'lf_lost');
  assert.equal(created.message, `New lost report: ${enL}`);
  assert.equal((await notes('cz-leader')).find((n) => n.case_id === L.id && n.kind === 'lf_lost').message, `新的失物登记：${zhL}`);
  const likely = (await notes('cz-officer', EN)).find((n) => n.case_id === F.id && n.kind === 'lf_match');
  assert.ok(likely, 'the likely match was told');
  assert.match(likely.message, new RegExp(`"${enL.replace(/[()]/g, '\\$&')}" probably matches`));
  assert.ok(!/[\u4e00-\u9fff]/.test(likely.message), `no Chinese left, the brand neither: ${likely.message}`);
  // confirmed: both sides' English made titles
  await act('cz-officer', L.id, 'match', { found_id: F.id });
  const conf = (await notes('cz-aux', EN)).find((n) => n.kind === 'lf_confirmed' && n.case_id === F.id);
  assert.ok(conf, 'the finder\'s officer was told of the confirmation');
  assert.equal(conf.message, `Lost and found: lost report "${enL}" is confirmed to match found item ${F.code} "${enL}"; arrange the return`);
});

test('a made title in English names a maker typed in Chinese by its Latin name — also misspelt by its sound — and keeps anything else as typed; the Chinese title is unchanged', async () => {
  const cases = [
    ['phone', '华为', 'Huawei'], ['phone', '华伟', 'Huawei'], ['phone', '華為', 'Huawei'], ['phone', '苹果', 'Apple'],
    ['phone', '小米', 'Xiaomi'], ['phone', '欧珀', 'OPPO'], ['phone', '维沃', 'vivo'], ['phone', '荣耀', 'Honor'],
    ['phone', '三星', 'Samsung'], ['electronics', '联想', 'Lenovo'], ['ebike', '雅迪', 'Yadea'], ['ebike', '亚迪', 'Yadea'],
    ['ebike', '爱玛', 'Aima'], ['bicycle', '捷安特', 'Giant'], ['bicycle', '杰安特', 'Giant'], ['bicycle', '美利达', 'Merida'],
    ['bicycle', '美丽达', 'Merida'],
    // as typed: Latin letters already, more than the maker's name, a sub-brand of its own, a
    // maker nobody knows, a word the matcher does not read as the maker (化为)
    ['phone', 'HUAWEI', 'HUAWEI'], ['phone', '华为手机', '华为手机'], ['phone', '苹果13', '苹果13'], ['phone', '红米', '红米'],
    ['bag', '莞溪皮具', '莞溪皮具'], ['phone', '化为', '化为'],
  ];
  for (const [category, brand, en] of cases) {
    const F = await create('cz-aux', { type: 'found', category, color: '黑色', brand, storage_place: 'A柜' });
    const zh = (await read('cz-aux', `/cases/${F.id}`)).title;
    assert.match(zh, new RegExp(`（黑色，${brand}）$`), 'the Chinese title keeps the brand as typed');
    assert.equal(F.title, zh);
    const t = (await read('cz-aux', `/cases/${F.id}`, EN)).title;
    assert.ok(t.endsWith(`(black, ${en})`), `${brand}: ${t}`);
  }
});
