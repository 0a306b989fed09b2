// Where to claim (认领地点, issue 11): a unit's claim office — address, phone, opening hours —
// set by an admin or a leader over the unit (PUT /lostfound/offices/{org_id}), read by staff
// (GET /lostfound/offices: the receipt, the admin page), and carried by the public notice
// (GET /public/found items and /public/found/stations) where a citizen looks, with nothing else
// of the station: never an officer's name, never a serial.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, orgsByName } from './lib.mjs';
import { lfKit } from './lfkit.mjs';

let srv;
const S = {};
const { create, sql } = lfKit(() => srv, S);
let org;
let cz, xg;

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'xg-leader', 'county-operator', 'citizen'])
    S[u] = await srv.login(u);
  org = await orgsByName(srv, S.admin);
  cz = org.get('城中派出所').id;
  xg = org.get('西关派出所').id;
});
after(async () => { await srv?.stop(); });

const put = (who, id, body, lang) => srv.api('PUT', `${API}/lostfound/offices/${id}`,
  { token: S[who]?.token, body, headers: lang ? { 'Accept-Language': lang } : {} });
const offices = async (who = 'cz-officer') => {
  const r = await srv.api('GET', `${API}/lostfound/offices`, { token: S[who].token });
  assert.equal(r.status, 200, r.text);
  return new Map(r.json.items.map((o) => [o.org_id, o]));
};

test('the demo\'s stations have a claim office; any staff member reads every office', async () => {
  for (const who of ['cz-officer', 'xg-leader', 'county-operator']) {
    const m = await offices(who);
    assert.match(m.get(cz)?.address ?? '', /城中派出所/, `${who} reads 城中's office`);
    assert.match(m.get(xg)?.phone ?? '', /^0579-/, `${who} reads 西关's office`);
    assert.ok(m.get(cz).hours, 'with its hours');
    assert.equal(m.get(cz).name, '城中派出所');
  }
  assert.equal((await srv.api('GET', `${API}/lostfound/offices`, { token: S.citizen.token })).status, 403);
  assert.equal((await srv.api('GET', `${API}/lostfound/offices`)).status, 401);
});

test('a station\'s leader sets his own station\'s office, reads it back, and unsets a part; all unset removes it', async () => {
  const body = { address: '婺城区八一南街218号 接待大厅3号窗口', phone: '0579-8230 1110转8001', hours: '工作日 8:30-17:30' };
  const r = await put('cz-leader', cz, body);
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json, { org_id: cz, name: '城中派出所', ...body });
  assert.deepEqual((await offices()).get(cz), { org_id: cz, name: '城中派出所', ...body });
  // the whole office is put: an absent part and a blank one are unset
  const r2 = await put('cz-leader', cz, { address: body.address, phone: '  ' });
  assert.equal(r2.status, 200, r2.text);
  assert.equal(r2.json.phone, null);
  assert.equal(r2.json.hours, null);
  assert.equal(sql(`SELECT count(*) FROM lf_stations WHERE org_id = ${cz} AND phone IS NULL AND hours IS NULL`), '1');
  // nothing set: no row, and the list leaves it out
  const r3 = await put('admin', cz, { address: null });
  assert.equal(r3.status, 200, r3.text);
  assert.equal(sql(`SELECT count(*) FROM lf_stations WHERE org_id = ${cz}`), '0');
  assert.equal((await offices()).has(cz), false);
  // the admin (of the whole tree) sets any unit's
  assert.equal((await put('admin', cz, body)).status, 200);
  assert.equal((await offices()).get(cz).phone, body.phone);
});

test('refusals: 422 names the field, in Chinese or English; nothing changes', async () => {
  const before = sql(`SELECT address, phone, hours FROM lf_stations WHERE org_id = ${xg}`);
  const cases = [
    [{ address: '地'.repeat(101) }, 'address', /地址/, /address/],
    [{ phone: '0579-82301110 分机8001' }, 'phone', /联系电话只能包含数字/, /^phone number may hold only digits/],
    [{ phone: 'call me' }, 'phone', /联系电话/, /phone/],
    [{ phone: '---' }, 'phone', /联系电话/, /phone/],
    [{ phone: '1'.repeat(31) }, 'phone', /联系电话/, /phone/],
    [{ hours: '全天'.repeat(31) }, 'hours', /办公时间/, /hours/],
    [{ address: '八一南街\n218号' }, 'address', /一行/, /one line/],
    [{ hours: 9 }, 'hours', /办公时间/, /hours/],
  ];
  for (const [body, field, zh, en] of cases) {
    const a = await put('xg-leader', xg, body);
    assert.equal(a.status, 422, `${JSON.stringify(body)}: ${a.text}`);
    assert.equal(a.json.error.field, field);
    assert.match(a.json.error.message, zh);
    assert.doesNotMatch(a.json.error.message, /[A-Za-z]{3,}/, `Chinese only: ${a.json.error.message}`);
    const b = await put('xg-leader', xg, body, 'en');
    assert.equal(b.status, 422);
    assert.match(b.json.error.message, en);
  }
  // at the limits exactly: accepted
  const ok = await put('xg-leader', xg, { address: '地'.repeat(100), phone: '+86 (579) 8220-5110转8'.padEnd(30, '1'), hours: '时'.repeat(60) });
  assert.equal(ok.status, 200, ok.text);
  assert.equal((await put('admin', xg, Object.fromEntries(['address', 'phone', 'hours'].map((k, i) =>
    [k, before.split('|')[i] || null])))).status, 200);
  assert.equal(sql(`SELECT address, phone, hours FROM lf_stations WHERE org_id = ${xg}`), before, 'set back');
});

test('403 for a role that may not set offices, 404 for a unit outside the caller\'s scope (nothing changes)', async () => {
  const before = sql('SELECT org_id, address, phone, hours FROM lf_stations ORDER BY org_id');
  const body = { address: '别处' };
  assert.equal((await put('cz-officer', cz, body)).status, 403, 'an officer of the station');
  assert.equal((await put('county-operator', cz, body)).status, 403, 'an operator over it');
  assert.equal((await put('citizen', cz, body)).status, 403);
  assert.equal((await put(undefined, cz, body)).status, 401);
  const other = await put('xg-leader', cz, body);
  assert.equal(other.status, 404, 'another station\'s leader');
  assert.equal(other.json.error.field, 'org_id');
  assert.equal((await put('cz-leader', xg, body)).status, 404);
  assert.equal((await put('cz-leader', org.get('婺城公安分局').id, body)).status, 404, 'the bureau above him');
  assert.equal((await put('admin', 987654, body)).status, 404, 'no such unit');
  assert.equal(sql('SELECT org_id, address, phone, hours FROM lf_stations ORDER BY org_id'), before);
});

test('the public notice: each item and each station carries the keeping station\'s office, only the parts set; no names, no serials', async () => {
  const s = await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 0 } });
  assert.equal(s.status, 200, s.text);
  assert.equal((await put('cz-leader', cz, { address: '八一南街218号 城中派出所一楼', phone: '0579-82301110' })).status, 200);
  const F = await create('cz-officer', { type: 'found', category: 'bag', body: '黑色双肩包一个', color: '黑色',
    serial: 'SN-77441122', storage_place: '柜C', persons: [{ role: 'finder', name: '王小明', phone: '13700001111' }] });
  for (const lang of ['zh-CN', 'en']) {
    const r = await fetch(`${srv.base}${API}/public/found?org_id=${cz}`, { headers: { 'Accept-Language': lang } });
    const text = await r.text();
    assert.equal(r.status, 200, text);
    const item = JSON.parse(text).items.find((i) => i.code === F.code);
    assert.ok(item, 'published');
    assert.deepEqual(item.office, { address: '八一南街218号 城中派出所一楼', phone: '0579-82301110' }, 'no hours: unset');
    const st = await (await fetch(`${srv.base}${API}/public/found/stations`, { headers: { 'Accept-Language': lang } })).json();
    assert.deepEqual(st.items.find((x) => x.org_id === cz).office, item.office);
    for (const secret of ['张建国', '王磊', '王小明', '13700001111', '77441122', '柜C', 'leader', 'officer'])
      assert.ok(!text.includes(secret), `public JSON (${lang}) must not hold ${secret}`);
  }
  // a station without an office: no office key at all
  assert.equal((await put('admin', cz, {})).status, 200);
  const r = await (await fetch(`${srv.base}${API}/public/found?org_id=${cz}`)).json();
  assert.ok(r.items.length > 0);
  assert.ok(r.items.every((i) => !('office' in i)), 'absent when unset');
  await srv.api('PUT', `${API}/lostfound/settings`, { token: S.admin.token, body: { notice_days: 3 } });
});
