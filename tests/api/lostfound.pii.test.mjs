// ID numbers in lost-and-found items (证件号码脱敏): a full resident ID number typed into a lost
// report's or found item's serial, description, marks or title is stored masked; the number
// goes to the persons registry as the ID's holder (证件持有人) linked to the case (a lost
// report's owner with that number is the holder already). The case JSON, the registers, the
// CSV export, the search and the public notice never show it; the desk's persons lookup by ID
// number finds the case; a reveal with a reason shows it and is logged. Matching an ID card
// pair stays likely.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, API, getOk } from './lib.mjs';

let srv;
const S = {};
// GB 11643 valid numbers (check characters computed by hand from the weights)
const ID1 = '330702199001011237';
const MASK1 = '330702********1237';
const ID2 = '11010519491231002X';
const MASK2 = '110105********002X';
const ID3 = '440304198511064517';
const MASK3 = '440304********4517';
const CARD = '6217001234567890122';   // Luhn-valid
const ago = (min) => new Date(Date.now() - min * 60000).toISOString();

async function create(who, body, status = 201) {
  const r = await srv.api('POST', `${API}/cases`, { token: S[who].token, body });
  assert.equal(r.status, status, `create as ${who}: ${r.status} ${r.text}`);
  return r.json;
}
/** Every place an officer may read the item: its JSON, the register, its CSV, the search. */
async function everywhere(id, type, who = 'cz-officer') {
  const out = [];
  for (const p of [`/cases/${id}`, `/cases?type=${type}&limit=200`, `/cases?type=${type}&format=csv&limit=200`,
    `/cases/${id}/matches`]) {
    const r = await srv.api('GET', `${API}${p}`, { token: S[who].token });
    assert.equal(r.status, 200, `${p}: ${r.status} ${r.text}`);
    out.push([p, r.text]);
  }
  return out;
}

async function create2(server, who, body) {
  const r = await server.api('POST', `${API}/cases`, { token: who.token, body });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

before(async () => {
  srv = await startServer();
  for (const u of ['cz-officer', 'cz-aux', 'cz-leader']) S[u] = await srv.login(u);
});
after(async () => { await srv?.stop(); });

test('a found ID card: the number in serial and description is masked everywhere and its holder is linked', async () => {
  const F = await create('cz-aux', { type: 'found', category: 'id_doc', title: `身份证${ID1}`,
    body: `公交站捡到居民身份证一张，号码${ID1}，姓名王子涵`, serial: ID1,
    marks: `背面有划痕，证号${ID1}`, found_at: ago(60), storage_place: 'A柜' });
  for (const [p, text] of await everywhere(F.id, 'found'))
    assert.ok(!text.includes(ID1) && !text.includes('19900101'), `${p} must not hold the number`);
  const c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer']);
  assert.equal(c.serial, MASK1);
  assert.equal(c.body, `公交站捡到居民身份证一张，号码${MASK1}，姓名王子涵`);
  assert.equal(c.marks, `背面有划痕，证号${MASK1}`);
  assert.equal(c.title, `身份证${MASK1}`);
  assert.ok(!JSON.stringify(c.timeline).includes(ID1), 'the timeline holds no number');
  // the station is told of the new found item by its title: masked
  const notes = await getOk(srv, `${API}/notifications?limit=100`, S['cz-leader']);
  assert.ok(notes.items.some((n) => n.case_id === F.id), 'the leader is told of the item');
  assert.ok(!JSON.stringify(notes).includes(ID1), 'no notice holds the number');
  const holders = c.persons.filter((p) => p.role === 'holder');
  assert.equal(holders.length, 1, 'one holder for the one number');
  assert.equal(holders[0].id_number, MASK1);
  assert.equal(holders[0].role_name, '证件持有人');
  // the search finds it by its visible parts, and shows no number
  const s = await getOk(srv, `${API}/search?q=${encodeURIComponent('王子涵')}`, S['cz-officer']);
  assert.ok(s.items.some((i) => i.id === F.id), 'found by the rest of its text');
  assert.ok(!JSON.stringify(s).includes(ID1));
  const whole = await getOk(srv, `${API}/search?q=${ID1}`, S['cz-officer']);
  assert.ok(!JSON.stringify(whole).includes(ID1));
  // the public notice, both languages
  for (const lang of ['zh-CN', 'en']) {
    const r = await fetch(`${srv.base}${API}/public/found?category=id_doc`, { headers: { 'Accept-Language': lang } });
    assert.equal(r.status, 200);
    const t = await r.text();
    assert.ok(!t.includes(ID1) && !t.includes('19900101'), `public (${lang})`);
  }
  // the desk's lookup by ID number finds the holder and the case
  const found = await getOk(srv, `${API}/persons?id_number=${ID1}`, S['cz-officer']);
  const pcases = found.items.flatMap((p) => p.cases.map((k) => k.id));
  assert.ok(pcases.includes(F.id), 'the persons lookup finds the found ID card\'s case');
  assert.ok(!JSON.stringify(found).includes(ID1));
  // a reveal with a reason shows the whole number, and is logged without it
  const r = await srv.api('POST', `${API}/persons/${holders[0].id}/reveal`, { token: S['cz-officer'].token,
    body: { field: 'id_number', reason: '联系失主核对身份', case_id: F.id } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.value, ID1);
  const log = await getOk(srv, `${API}/access-log`, S['cz-leader']);
  const entry = log.items.find((e) => e.person_id === holders[0].id && e.field === 'id_number');
  assert.ok(entry, `the reveal is logged: ${JSON.stringify(log.items.slice(0, 3))}`);
  assert.ok(!JSON.stringify(log).includes(ID1));
});

test('not an ID number: a wrong check character, an IMEI or a phone number stay as typed, no holder', async () => {
  const F = await create('cz-aux', { type: 'found', category: 'phone', body: '捡到手机，联系电话13812345678',
    serial: 'IMEI 861234567890123', marks: '编号330702199001011238', found_at: ago(30) });
  const c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer']);
  assert.equal(c.marks, '编号330702199001011238');
  assert.ok(c.body.includes('13812345678'));
  assert.ok(c.serial.includes('861234567890123'));
  assert.equal(c.persons.filter((p) => p.role === 'holder').length, 0);
});

test('a lost report: the owner given with the number is the holder; another number is a holder of its own', async () => {
  const L = await create('cz-officer', { type: 'lost', category: 'id_doc', body: `丢了身份证，号码${ID2}，还有孩子的身份证${ID3}`,
    lost_from: ago(300), lost_to: ago(240), persons: [{ role: 'owner', name: '李建华', id_number: ID2.toLowerCase() }] });
  const c = await getOk(srv, `${API}/cases/${L.id}`, S['cz-officer']);
  assert.equal(c.body, `丢了身份证，号码${MASK2}，还有孩子的身份证${MASK3}`);
  assert.equal(c.persons.filter((p) => p.role === 'owner').length, 1);
  const holders = c.persons.filter((p) => p.role === 'holder');
  assert.deepEqual(holders.map((p) => p.id_number), [MASK3], 'the owner\'s number is not linked twice');
  for (const [p, text] of await everywhere(L.id, 'lost'))
    assert.ok(!text.includes(ID2) && !text.includes(ID3), `${p}`);
  // the same owner chosen from the registry (person_id) is the holder of that number too
  const owner = c.persons.find((p) => p.role === 'owner');
  const L2 = await create('cz-officer', { type: 'lost', category: 'id_doc', body: `又丢了身份证 ${ID2}`,
    lost_from: ago(100), lost_to: ago(90), persons: [{ role: 'owner', person_id: owner.id }] });
  const c2 = await getOk(srv, `${API}/cases/${L2.id}`, S['cz-officer']);
  assert.equal(c2.body, `又丢了身份证 ${MASK2}`);
  assert.deepEqual(c2.persons.map((p) => [p.role, p.id]), [['owner', owner.id]]);
});

test('an edit with a number in the serial or the description: masked, the holder linked, the timeline without it', async () => {
  const F = await create('cz-aux', { type: 'found', category: 'id_doc', body: '捡到一张证件', found_at: ago(20) });
  let c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-aux']);
  const r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token,
    body: { version: c.version, serial: ID3, body: `捡到一张证件，号码${ID3}` } });
  assert.equal(r.status, 200, r.text);
  c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-aux']);
  assert.equal(c.serial, MASK3);
  assert.equal(c.body, `捡到一张证件，号码${MASK3}`);
  assert.deepEqual(c.persons.filter((p) => p.role === 'holder').map((p) => p.id_number), [MASK3]);
  for (const [p, text] of await everywhere(F.id, 'found'))
    assert.ok(!text.includes(ID3), `${p}`);
  // edited again with the same number: still one holder
  const r2 = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token,
    body: { version: c.version, marks: `证号${ID3}` } });
  assert.equal(r2.status, 200, r2.text);
  c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-aux']);
  assert.equal(c.marks, `证号${MASK3}`);
  assert.equal(c.persons.filter((p) => p.role === 'holder').length, 1);
});

test('matching an ID card pair stays likely: whole number against whole number, masked and tail', async () => {
  const ID = '330702200002290018';
  const L = await create('cz-officer', { type: 'lost', category: 'id_doc', body: `在城中菜场丢了身份证，号码${ID}`,
    lost_from: ago(600), lost_to: ago(540) });
  const F = await create('cz-aux', { type: 'found', category: 'id_doc', body: '城中菜场门口捡到身份证一张',
    serial: ID, found_at: ago(500) });
  const m = await getOk(srv, `${API}/cases/${L.id}/matches`, S['cz-officer']);
  assert.equal(m.items[0]?.case_id, F.id, JSON.stringify(m.items.slice(0, 2)));
  assert.ok(m.items[0].likely, 'the same card is likely');
  const ser = m.items[0].reasons.find((x) => x.factor === 'serial');
  assert.ok(ser && ser.points >= 50, `the whole numbers agree: ${JSON.stringify(m.items[0].reasons)}`);
  // a report that remembers only the tail still finds it
  const T = await create('cz-officer', { type: 'lost', category: 'id_doc', body: '在城中菜场丢了身份证，尾号0018',
    lost_from: ago(600), lost_to: ago(540) });
  const mt = await getOk(srv, `${API}/cases/${T.id}/matches`, S['cz-officer']);
  const t = mt.items.find((i) => i.case_id === F.id);
  assert.ok(t && t.reasons.some((x) => x.factor === 'serial' && x.points > 0), JSON.stringify(mt.items.slice(0, 2)));
  // another card's number is a different card: no serial agreement
  const O = await create('cz-officer', { type: 'lost', category: 'id_doc', body: `在城中菜场丢了身份证，号码${ID1}`,
    lost_from: ago(600), lost_to: ago(540) });
  const mo = await getOk(srv, `${API}/cases/${O.id}/matches`, S['cz-officer']);
  const o = mo.items.find((i) => i.case_id === F.id);
  assert.ok(!o || !o.likely, 'another number is not likely the same card');
  assert.ok(!o || o.reasons.some((x) => x.factor === 'serial' && x.points < 0), JSON.stringify(o));
});

test('a bank card number: masked 前6后4 everywhere, kept nowhere whole, and the pair stays exact after an edit', async () => {
  const CMASK = '621700*********0122';
  const F = await create('cz-aux', { type: 'found', category: 'wallet', body: `捡到黑色钱包，内有建设银行卡，卡号${CARD}`,
    color: '黑色', found_at: ago(100) });
  const L = await create('cz-officer', { type: 'lost', category: 'wallet', body: '丢了黑色钱包，里面有银行卡',
    color: '黑色', serial: `卡号${CARD}`, lost_from: ago(300), lost_to: ago(200) });
  for (const [id, type] of [[F.id, 'found'], [L.id, 'lost']])
    for (const [p, text] of await everywhere(id, type))
      assert.ok(!text.includes(CARD) && !text.includes(CARD.slice(0, 16)), `${p} must not hold the card number`);
  const f = await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer']);
  assert.equal(f.body, `捡到黑色钱包，内有建设银行卡，卡号${CMASK}`);
  assert.equal(f.persons.filter((p) => p.role === 'holder').length, 0, 'a card makes no person');
  const serialPoints = async () => {
    const m = await getOk(srv, `${API}/cases/${L.id}/matches`, S['cz-officer']);
    const top = m.items.find((i) => i.case_id === F.id);
    assert.ok(top, JSON.stringify(m.items.slice(0, 2)));
    const ser = top.reasons.find((x) => x.factor === 'serial');
    return [top.likely, ser?.points, ser?.detail];
  };
  const at = await serialPoints();
  assert.deepEqual(at, [true, 50, '串号完全一致（19位）'], 'the whole card numbers agree at registration');
  // the found item edited: its features come from the masked text and the kept seal
  let cur = await getOk(srv, `${API}/cases/${F.id}`, S['cz-aux']);
  let r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token, body: { version: cur.version, marks: '钱包角上有划痕' } });
  assert.equal(r.status, 200, r.text);
  // then the lost report: its candidates are scored again against the found item's stored features
  cur = await getOk(srv, `${API}/cases/${L.id}`, S['cz-officer']);
  r = await srv.api('PATCH', `${API}/cases/${L.id}`, { token: S['cz-officer'].token, body: { version: cur.version, marks: '钱包是皮的' } });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(await serialPoints(), at, 'still the whole numbers agreeing after both edits');
});

test('a bank card number typed alone in the serial field: the field is its own cue, masked and still matched; an IMEI stays', async () => {
  const CMASK = '621700*********0122';
  const F = await create('cz-aux', { type: 'found', category: 'wallet', title: '捡到银行卡', body: '建设银行储蓄卡一张',
    serial: CARD, found_at: ago(100), storage_place: 'A柜' });
  const L = await create('cz-officer', { type: 'lost', category: 'wallet', body: '丢了建设银行储蓄卡',
    serial: CARD.replace(/(\d{4})(?=\d)/g, '$1 '), lost_from: ago(300), lost_to: ago(200) });
  for (const [id, type] of [[F.id, 'found'], [L.id, 'lost']])
    for (const [p, text] of await everywhere(id, type))
      assert.ok(!text.includes(CARD) && !text.includes(CARD.slice(0, 16)) && !text.includes('0012 3456'),
        `${p} must not hold the card number`);
  assert.equal((await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer'])).serial, CMASK);
  assert.equal((await getOk(srv, `${API}/cases/${L.id}`, S['cz-officer'])).serial, CMASK);
  const m = await getOk(srv, `${API}/cases/${L.id}/matches`, S['cz-officer']);
  const top = m.items.find((i) => i.case_id === F.id);
  assert.ok(top && top.reasons.some((x) => x.factor === 'serial' && x.points >= 50), JSON.stringify(m.items.slice(0, 2)));
  // an edit of the serial is scrubbed the same way
  let cur = await getOk(srv, `${API}/cases/${F.id}`, S['cz-aux']);
  const r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token, body: { version: cur.version, serial: CARD } });
  assert.equal(r.status, 200, r.text);
  cur = await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer']);
  assert.ok(!JSON.stringify(cur).includes(CARD), 'the edit keeps no whole card number');
  // a phone's IMEI (15 digits) in the serial field is not a card
  const P = await create('cz-aux', { type: 'found', category: 'phone', body: '捡到黑色手机', serial: '861234567890123',
    found_at: ago(100), storage_place: 'A柜' });
  assert.equal((await getOk(srv, `${API}/cases/${P.id}`, S['cz-officer'])).serial, '861234567890123');
});

test('every free text of an item and of its actions is scrubbed: model, brand, colour, address, storage place on create and edit, a return\'s verification and a reason', async () => {
  const F = await create('cz-aux', { type: 'found', category: 'id_doc', title: '捡到证件', body: '证件一张', found_at: ago(60),
    storage_place: `A柜，证号${ID1}`, model: `证号${ID2}`, brand: `品牌${ID3}`, color: `黑色${ID1}`, address: `城中路1号，证号${ID2}` });
  const nums = [ID1, ID2, ID3];
  const clean = async (id, type, what) => {
    for (const [p, text] of await everywhere(id, type))
      for (const n of nums) assert.ok(!text.includes(n), `${what}: ${p} must not hold ${n}`);
  };
  await clean(F.id, 'found', 'create');
  let c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer']);
  assert.equal(c.model, `证号${MASK2}`);
  assert.equal(c.storage_place, `A柜，证号${MASK1}`);
  assert.equal(c.address, `城中路1号，证号${MASK2}`);
  assert.deepEqual(c.persons.filter((p) => p.role === 'holder').map((p) => p.id_number).sort(), [MASK1, MASK2, MASK3].sort());
  const s = await getOk(srv, `${API}/search?q=${ID2}`, S['cz-officer']);
  assert.ok(!JSON.stringify(s).includes(ID2));
  // an edit of the same fields
  let r = await srv.api('PATCH', `${API}/cases/${F.id}`, { token: S['cz-aux'].token,
    body: { version: c.version, address: `城南路2号${ID3}`, model: `型号${ID1}`, brand: `${ID2}`, color: `白色${ID3}` } });
  assert.equal(r.status, 200, r.text);
  await clean(F.id, 'found', 'edit');
  c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer']);
  assert.equal(c.address, `城南路2号${MASK3}`);
  assert.equal(c.brand, MASK2);
  // the return: 权属核验 as officers write it
  r = await srv.api('POST', `${API}/cases/${F.id}/actions`, { token: S['cz-officer'].token, body: { action: 'return',
    fields: { persons: [{ role: 'claimant', name: '王小明', id_number: ID1 }], verification: `核验身份证${ID2}一致` } } });
  assert.equal(r.status, 200, r.text);
  for (const n of nums) assert.ok(!r.text.includes(n), `the return's reply must not hold ${n}`);
  await clean(F.id, 'found', 'return');
  c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer']);
  assert.equal(c.verification, `核验身份证${MASK2}一致`);
  // a reason (note) of an action: a lost report withdrawn
  const L = await create('cz-officer', { type: 'lost', category: 'id_doc', body: '丢了身份证', lost_from: ago(300), lost_to: ago(240) });
  r = await srv.api('POST', `${API}/cases/${L.id}/actions`, { token: S['cz-officer'].token, body: { action: 'withdraw',
    note: `失主已找回身份证${ID3}` } });
  assert.equal(r.status, 200, r.text);
  await clean(L.id, 'lost', 'withdraw');
  const l = await getOk(srv, `${API}/cases/${L.id}`, S['cz-officer']);
  assert.ok(JSON.stringify(l.timeline).includes(`失主已找回身份证${MASK3}`), 'the reason stays, masked');
  // the reason given as fields.reason (the engine takes it as the note too)
  const L2 = await create('cz-officer', { type: 'lost', category: 'id_doc', body: '丢了证件', lost_from: ago(300), lost_to: ago(240) });
  r = await srv.api('POST', `${API}/cases/${L2.id}/actions`, { token: S['cz-officer'].token, body: { action: 'withdraw',
    fields: { reason: `重复登记，证号${ID2}` } } });
  assert.equal(r.status, 200, r.text);
  await clean(L2.id, 'lost', 'withdraw by fields.reason');
  const l2 = await getOk(srv, `${API}/cases/${L2.id}`, S['cz-officer']);
  assert.ok(JSON.stringify(l2.timeline).includes(`重复登记，证号${MASK2}`), 'the reason stays, masked');
});

test('forms an IME or a habit produces: full-width digits and Ｘ, a letter touching, other separators, 3-3-4-4-4 groups', async () => {
  const fw = (t) => t.replace(/[0-9X]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xFEE0));
  const F = await create('cz-aux', { type: 'found', category: 'id_doc', title: `捡到身份证IDNo${ID1}`,
    body: `号码${fw(ID2)}，另一张${ID3.slice(0, 6)}\u3000${ID3.slice(6, 14)}\u3000${ID3.slice(14)}`,
    marks: `${ID1.slice(0, 3)} ${ID1.slice(3, 6)} ${ID1.slice(6, 10)} ${ID1.slice(10, 14)} ${ID1.slice(14)}；卡号${fw(CARD)}`,
    found_at: ago(60), storage_place: 'A柜' });
  // each text read as the number's forms: full width to ASCII, spaces of both widths dropped
  const flat = (t) => t.replace(/[\uFF10-\uFF19\uFF38]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0)).replace(/[ \u3000]/g, '');
  for (const [p, text] of await everywhere(F.id, 'found'))
    for (const n of [ID1, ID2, ID3, CARD])
      assert.ok(!flat(text).includes(n), `${p} must not hold ${n}`);
  const c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer']);
  assert.equal(c.title, `捡到身份证IDNo${MASK1}`);
  assert.equal(c.body, `号码${MASK2}，另一张${MASK3}`);
  assert.equal(c.marks, `${MASK1}；卡号621700*********0122`);
  assert.deepEqual(c.persons.filter((p) => p.role === 'holder').map((p) => p.id_number).sort(), [MASK1, MASK2, MASK3].sort());
});

test('a card number after its bank\'s name, no 卡 before it, is masked; an order number stays', async () => {
  const ORDER = '2026120208153009';   // 16 digits, Luhn-valid, with no cue in its sentence
  const F = await create('cz-aux', { type: 'found', category: 'wallet', title: '捡到钱包',
    body: `钱包里有工商银行 ${CARD}。另有订单号${ORDER}`, found_at: ago(60), storage_place: 'A柜' });
  const c = await getOk(srv, `${API}/cases/${F.id}`, S['cz-officer']);
  assert.equal(c.body, `钱包里有工商银行 621700*********0122。另有订单号${ORDER}`);
});

function sql(db, text) {
  const r = spawnSync('sqlite3', [db, text], { encoding: 'utf8', timeout: 30000, maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, `sqlite3: ${r.stderr}`);
  return r.stdout.trim();
}

test('a database written before: the upgrade pass at start moves the numbers out of the texts, once, and matching still finds the card', async () => {
  const own = await startServer();
  const { dir, db } = own;
  let op = await own.login('cz-aux');
  const F = await create2(own, op, { type: 'found', category: 'id_doc', body: '捡到身份证一张', found_at: ago(100) });
  const L = await create2(own, op, { type: 'lost', category: 'id_doc', body: '丢了身份证', lost_from: ago(300), lost_to: ago(240),
    persons: [{ role: 'owner', name: '赵晓光', id_number: ID3 }] });
  assert.deepEqual(await own.stopKeep(), { code: 0, signal: null });
  // as the build before this one stored them: whole numbers in the texts, features of another
  // layout, and no pass run yet
  sql(db, `UPDATE cases SET body = '捡到身份证一张，号码${ID1}', title = '身份证${ID1}' WHERE id = ${F.id};
           UPDATE found_details SET serial = '${ID1}', marks = '证号 ${ID1}；证件夹里还有银行卡，卡号${CARD}', m_feat = NULL WHERE case_id = ${F.id};
           UPDATE cases SET body = '丢了身份证，号码${ID3}' WHERE id = ${L.id};
           UPDATE lost_details SET m_feat = NULL WHERE case_id = ${L.id};
           DELETE FROM lf_settings WHERE name = 'pii_moved';`);
  const srv2 = await startServer({ dir, db });
  try {
    assert.match(srv2.output(), /lost-and-found: 2 items' ID numbers moved into the persons registry/, srv2.output());
    const dump = sql(db, '.dump');
    assert.ok(!dump.includes(ID1) && !dump.includes(ID3) && !dump.includes(CARD), 'no whole number left anywhere in the database');
    op = await srv2.login('cz-officer');
    const f = await getOk(srv2, `${API}/cases/${F.id}`, op);
    assert.equal(f.serial, MASK1);
    assert.equal(f.body, `捡到身份证一张，号码${MASK1}`);
    assert.equal(f.title, `身份证${MASK1}`);
    assert.equal(f.marks, `证号 ${MASK1}；证件夹里还有银行卡，卡号621700*********0122`);
    assert.deepEqual(f.persons.filter((p) => p.role === 'holder').map((p) => p.id_number), [MASK1]);
    // the lost report's owner holds that number already: no holder added
    const l = await getOk(srv2, `${API}/cases/${L.id}`, op);
    assert.equal(l.body, `丢了身份证，号码${MASK3}`);
    assert.equal(l.persons.filter((p) => p.role === 'holder').length, 0);
    const found = await getOk(srv2, `${API}/persons?id_number=${ID1}`, op);
    assert.ok(found.items.flatMap((p) => p.cases.map((k) => k.id)).includes(F.id));
    // matching after the upgrade: a report with the whole number finds the card by it
    const N = await create2(srv2, op, { type: 'lost', category: 'id_doc', body: `丢了身份证，号码${ID1}`,
      lost_from: ago(300), lost_to: ago(240) });
    const m = await getOk(srv2, `${API}/cases/${N.id}/matches`, op);
    assert.equal(m.items[0]?.case_id, F.id);
    assert.ok(m.items[0].reasons.some((x) => x.factor === 'serial' && x.points >= 50), JSON.stringify(m.items[0].reasons));
    // and a report with the card's whole number: the seal the pass kept makes it exact
    const K = await create2(srv2, op, { type: 'lost', category: 'id_doc', body: `丢了证件夹，有银行卡，卡号${CARD}`,
      lost_from: ago(300), lost_to: ago(240) });
    const mk = await getOk(srv2, `${API}/cases/${K.id}/matches`, op);
    const k = mk.items.find((i) => i.case_id === F.id);
    assert.ok(k && k.reasons.some((x) => x.factor === 'serial' && x.points >= 50), JSON.stringify(mk.items.slice(0, 2)));
  } finally {
    await srv2.stopKeep();
  }
  // once: a second start says nothing
  const srv3 = await startServer({ dir, db });
  try {
    assert.doesNotMatch(srv3.output(), /ID numbers moved/);
  } finally {
    await srv3.stop();
  }
});

test('the upgrade pass reads every text the create path masks (model, brand, colour, address, storage place, verification) and 15-digit ID numbers, also on a database the earlier pass marked done', async () => {
  const ID15 = '330702900101123';            // first generation: region 330702, born 1990-01-01
  const MASK15 = '330702*****1123';
  const own = await startServer();
  const { dir, db } = own;
  let op = await own.login('cz-aux');
  const F = await create2(own, op, { type: 'found', category: 'id_doc', body: '捡到证件夹一个', found_at: ago(100),
    storage_place: 'A柜' });
  const L = await create2(own, op, { type: 'lost', category: 'id_doc', body: '丢了证件夹', lost_from: ago(300), lost_to: ago(240),
    persons: [{ role: 'owner', name: '赵晓光', id_number: ID3 }] });
  assert.deepEqual(await own.stopKeep(), { code: 0, signal: null });
  // as a build before wrote them, and the earlier pass (title, body, serial, marks) marked done
  sql(db, `UPDATE cases SET body = '捡到证件夹一个，里面有老身份证，身份证号${ID15}', address = '城中路1号，证号${ID1}' WHERE id = ${F.id};
           UPDATE found_details SET model = '证号${ID1}', brand = '品牌${ID2}', color = '黑色，证号${ID3}',
             storage_place = 'A柜，卡号${CARD}', verification = '核验身份证${ID2}一致' WHERE case_id = ${F.id};
           UPDATE cases SET address = '丢在城中路，卡号${CARD}' WHERE id = ${L.id};
           UPDATE lost_details SET color = '证号${ID2}' WHERE case_id = ${L.id};
           INSERT INTO lf_settings (name, value) VALUES ('pii_moved', 1)
             ON CONFLICT (name) DO UPDATE SET value = 1;`);
  const srv2 = await startServer({ dir, db });
  try {
    assert.match(srv2.output(), /lost-and-found: 2 items' ID numbers moved into the persons registry/, srv2.output());
    const dump = sql(db, '.dump');
    for (const n of [ID1, ID2, ID3, CARD, ID15])
      assert.ok(!dump.includes(n), `no ${n} left anywhere in the database`);
    op = await srv2.login('cz-officer');
    const f = await getOk(srv2, `${API}/cases/${F.id}`, op);
    assert.equal(f.body, `捡到证件夹一个，里面有老身份证，身份证号${MASK15}`);
    assert.equal(f.address, `城中路1号，证号${MASK1}`);
    assert.equal(f.model, `证号${MASK1}`);
    assert.equal(f.brand, `品牌${MASK2}`);
    assert.equal(f.color, `黑色，证号${MASK3}`);
    assert.equal(f.storage_place, 'A柜，卡号621700*********0122');
    assert.equal(f.verification, `核验身份证${MASK2}一致`);
    // the 18-character numbers are holders; the registry takes no 15-digit number
    assert.deepEqual(f.persons.filter((p) => p.role === 'holder').map((p) => p.id_number).sort(), [MASK1, MASK2, MASK3].sort());
    const l = await getOk(srv2, `${API}/cases/${L.id}`, op);
    assert.equal(l.address, '丢在城中路，卡号621700*********0122');
    assert.equal(l.color, `证号${MASK2}`);
    assert.deepEqual(l.persons.filter((p) => p.role === 'holder').map((p) => p.id_number), [MASK2]);
    // the found item is still found by the 15-digit number a later report gives whole
    const N = await create2(srv2, op, { type: 'lost', category: 'id_doc', body: `丢了老身份证，身份证号${ID15}`,
      lost_from: ago(300), lost_to: ago(240) });
    const m = await getOk(srv2, `${API}/cases/${N.id}/matches`, op);
    const k = m.items.find((i) => i.case_id === F.id);
    assert.ok(k && k.reasons.some((x) => x.factor === 'serial' && x.points > 0), JSON.stringify(m.items.slice(0, 2)));
    const n = await getOk(srv2, `${API}/cases/${N.id}`, op);
    assert.equal(n.body, `丢了老身份证，身份证号${MASK15}`);
  } finally {
    await srv2.stopKeep();
  }
  const srv3 = await startServer({ dir, db });
  try {
    assert.doesNotMatch(srv3.output(), /ID numbers moved/);
  } finally {
    await srv3.stop();
  }
});
