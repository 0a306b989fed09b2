// Correcting the times of lost and found (lfedit): PATCH of a lost report's loss window
// (lost_from, lost_to) and of a found item's found_at — an RFC 3339 value, old → new on the
// timeline, the window checked as a whole (not reversed, not ahead of the clock), nothing
// written on a refusal, the lists showing the new time at once, and the candidates scored
// again: a found item moved before the loss drops out, moved back it is likely again, and a
// dismissed pair stays dismissed. GET /types says which fields PATCH may change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API } from './lib.mjs';
import { ago, lfKit } from './lfkit.mjs';

let srv;
const S = {};
const { create, get: getRes, patch } = lfKit(() => srv, S);
/** GET path as who; the body (200 asserted). */
const get = async (who, path) => (await getRes(who, path)).json;

const MIN = 60000;
const ms = (s) => Date.parse(s);

/** The lost report L's candidate for found item F, or undefined. */
async function pair(L, F) {
  return (await get('cz-officer', `/cases/${L.id}/matches`)).items.find((i) => i.case_id === F.id);
}

let n = 0;
/** A lost phone and the found phone that is it (same IMEI), at a place of their own. */
async function phones() {
  n++;
  const serial = `8691230000${String(n).padStart(5, '0')}`;
  const place = { address: `江北街道${n}号门口`, lat: 29.05 + n / 1000, lon: 119.6 + n / 1000 };
  const L = await create('cz-officer', { type: 'lost', category: 'phone', body: '丢了黑色华为手机',
    color: '黑色', brand: '华为', serial, ...place, lost_from: ago(300), lost_to: ago(240) });
  const F = await create('cz-aux', { type: 'found', category: 'phone', body: '捡到黑色手机一部',
    color: '黑色', brand: 'HUAWEI', serial, ...place, found_at: ago(200), storage_place: 'A柜' });
  return { L, F };
}

before(async () => {
  srv = await startServer();
  for (const u of ['cz-officer', 'cz-aux', 'cz-leader'])
    S[u] = await srv.login(u);
});
after(async () => { await srv?.stop(); });

test('GET /types: the loss window and the found time are editable, the bookkeeping times are not', async () => {
  const types = await get('cz-officer', '/types');
  const fields = (code) => Object.fromEntries(types.items.find((t) => t.type === code).fields.map((f) => [f.name, f]));
  const lost = fields('lost'), found = fields('found');
  assert.equal(lost.lost_from.edit, true);
  assert.equal(lost.lost_to.edit, true);
  assert.equal(lost.color.edit, true, 'a text field PATCH takes is said so too');
  assert.equal(lost.returned_at.edit, false);
  assert.equal(found.found_at.edit, true);
  assert.equal(found.claim_end_at.edit, false);
  assert.equal(found.storage_place.edit, false);
});

test('PATCH lost_from and lost_to of a lost report, found_at of a found item: stored, on the timeline, in the list', async () => {
  const { L, F } = await phones();
  // the list read before the edit (the list-row cache keeps rows rendered)
  const listed = async (type, id) => (await get('cz-officer', `/cases?type=${type}&limit=100`)).items.find((c) => c.id === id);
  assert.equal(ms((await listed('lost', L.id)).lost_from), ms(L.lost_from));
  const from = ago(360), to = ago(330);
  let r = await patch('cz-officer', L.id, { version: L.version, lost_from: from, lost_to: to });
  assert.equal(r.status, 200, r.text);
  assert.equal(Math.floor(ms(r.json.lost_from) / 1000), Math.floor(ms(from) / 1000));
  assert.equal(Math.floor(ms(r.json.lost_to) / 1000), Math.floor(ms(to) / 1000));
  assert.equal(r.json.version, L.version + 1);
  // the one-case JSON and the list show it at once
  const one = await get('cz-officer', `/cases/${L.id}`);
  assert.equal(Math.floor(ms(one.lost_from) / 1000), Math.floor(ms(from) / 1000));
  assert.equal(Math.floor(ms((await listed('lost', L.id)).lost_from) / 1000), Math.floor(ms(from) / 1000));
  // the timeline: one update with both times old → new (RFC 3339, for the reader's zone)
  const ev = one.timeline.filter((e) => e.kind === 'update');
  assert.equal(ev.length, 1);
  assert.equal(Math.floor(ms(ev[0].data.lost_from.from) / 1000), Math.floor(ms(L.lost_from) / 1000));
  assert.equal(Math.floor(ms(ev[0].data.lost_from.to) / 1000), Math.floor(ms(from) / 1000));
  assert.equal(Math.floor(ms(ev[0].data.lost_to.from) / 1000), Math.floor(ms(L.lost_to) / 1000));
  assert.equal(Math.floor(ms(ev[0].data.lost_to.to) / 1000), Math.floor(ms(to) / 1000));
  // the same time again changes nothing: no new version, no entry
  r = await patch('cz-officer', L.id, { version: one.version, lost_from: one.lost_from });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.version, one.version);

  // the found item: a date alone is midnight China time
  r = await patch('cz-aux', F.id, { version: F.version, found_at: '2026-11-30' });
  assert.equal(r.status, 200, r.text);
  assert.equal(ms(r.json.found_at), ms('2026-11-30T00:00:00+08:00'));
  const f = await get('cz-aux', `/cases/${F.id}`);
  const fe = f.timeline.filter((e) => e.kind === 'update');
  assert.equal(fe.length, 1);
  assert.equal(ms(fe[0].data.found_at.to), ms('2026-11-30T00:00:00+08:00'));
  assert.equal(Math.floor(ms(fe[0].data.found_at.from) / 1000), Math.floor(ms(F.found_at) / 1000));
  assert.equal(ms((await listed('found', F.id)).found_at), ms('2026-11-30T00:00:00+08:00'));
});

test('a malformed time is 422 naming the field, and nothing is written', async () => {
  const { L, F } = await phones();
  for (const [id, who, v, body] of [
    [L.id, 'cz-officer', L.version, { lost_from: 'yesterday' }],
    [L.id, 'cz-officer', L.version, { lost_to: '2026-13-45T10:00:00+08:00' }],
    [L.id, 'cz-officer', L.version, { lost_to: null }],
    [L.id, 'cz-officer', L.version, { lost_from: 1764000000000 }],
    [F.id, 'cz-aux', F.version, { found_at: '2026/11/30 10:00' }],
    [F.id, 'cz-aux', F.version, { found_at: '10:00' }],
    [F.id, 'cz-aux', F.version, { found_at: '', color: '白色' }],
  ]) {
    const r = await patch(who, id, { version: v, ...body });
    assert.equal(r.status, 422, `${JSON.stringify(body)}: ${r.status} ${r.text}`);
    assert.equal(r.json.error.field, Object.keys(body)[0], r.text);
    assert.equal((await get(who, `/cases/${id}`)).version, v, 'nothing written');
  }
  // a time field of the other type, or a bookkeeping time, is not PATCH's
  let r = await patch('cz-aux', F.id, { version: F.version, lost_to: ago(10) });
  assert.equal(r.status, 422, r.text);
  r = await patch('cz-aux', F.id, { version: F.version, claim_end_at: ago(10) });
  assert.equal(r.status, 422, r.text);
  assert.equal(r.json.error.field, 'claim_end_at');
  // in Chinese, the field by its label
  r = await srv.api('PATCH', `${API}/cases/${L.id}`, { token: S['cz-officer'].token,
    headers: { 'accept-language': 'zh-CN' }, body: { version: L.version, lost_from: 'yesterday' } });
  assert.equal(r.status, 422);
  assert.match(r.json.error.message, /丢失时间/);
  assert.doesNotMatch(r.json.error.message, /[A-Za-z]/, r.json.error.message);
});

test('a reversed window or a time ahead of the clock is 422 naming the field; nothing is written', async () => {
  const { L, F } = await phones();
  const refused = async (who, C, body, field, re) => {
    const r = await srv.api('PATCH', `${API}/cases/${C.id}`, { token: S[who].token,
      headers: { 'accept-language': 'zh-CN' }, body: { version: C.version, color: '白色', ...body } });
    assert.equal(r.status, 422, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.json.error.field, field, r.text);
    assert.match(r.json.error.message, re);
    const now = await get(who, `/cases/${C.id}`);
    assert.equal(now.version, C.version, 'nothing written');
    assert.equal(now.color, '黑色', 'not even the other field');
  };
  // the loss began after it ended: named by the field the request changed
  await refused('cz-officer', L, { lost_from: ago(200) }, 'lost_from', /起点不能晚于终点/);
  await refused('cz-officer', L, { lost_to: ago(400) }, 'lost_to', /起点不能晚于终点/);
  await refused('cz-officer', L, { lost_from: ago(100), lost_to: ago(120) }, 'lost_from', /起点不能晚于终点/);
  // in the future (beyond the clock's slack of minutes)
  await refused('cz-officer', L, { lost_from: ago(-120), lost_to: ago(-180) }, 'lost_from', /不能晚于现在/);
  await refused('cz-officer', L, { lost_to: ago(-120) }, 'lost_to', /不能晚于现在/);
  await refused('cz-aux', F, { found_at: ago(-24 * 60) }, 'found_at', /拾得时间不能晚于现在/);
  // a few minutes ahead (a desk PC's clock) is taken
  const r = await patch('cz-aux', F.id, { version: F.version, found_at: ago(-5) });
  assert.equal(r.status, 200, r.text);
  const l = await patch('cz-officer', L.id, { version: L.version, lost_to: ago(-5) });
  assert.equal(l.status, 200, l.text);
});

test('a changed time scores the candidates again: a found item moved before the loss drops out of likely, moved back it is likely again', async () => {
  const { L, F } = await phones();
  let p = await pair(L, F);
  assert.ok(p && p.likely, `likely at first: ${JSON.stringify(p)}`);
  // found 3 hours before the loss began: it cannot be it
  let r = await patch('cz-aux', F.id, { version: F.version, found_at: ago(480) });
  assert.equal(r.status, 200, r.text);
  p = await pair(L, F);
  assert.ok(!p || !p.likely, `not likely after the found time moved: ${JSON.stringify(p)}`);
  const fm = (await get('cz-aux', `/cases/${F.id}/matches`)).items;
  assert.ok(!fm.some((i) => i.case_id === L.id && i.likely), JSON.stringify(fm.slice(0, 2)));
  // the officer typed the wrong day: corrected, it is likely again
  r = await patch('cz-aux', F.id, { version: r.json.version, found_at: ago(200) });
  assert.equal(r.status, 200, r.text);
  p = await pair(L, F);
  assert.ok(p && p.likely, `likely again: ${JSON.stringify(p)}`);
  // the lost side: a window that ends long before the item was found is scored again — the time
  // now speaks against the pair (round 39: the serial agreeing whole still makes it the same
  // phone, so whether it stays likely is the judgement's, not this test's)
  const timePoints = (q) => q.reasons.filter((x) => x.factor === 'time').reduce((t, x) => t + x.points, 0);
  assert.ok(timePoints(p) > 0, JSON.stringify(p.reasons));
  const cur = await get('cz-officer', `/cases/${L.id}`);
  r = await patch('cz-officer', L.id, { version: cur.version, lost_from: ago(60 * 24 * 40), lost_to: ago(60 * 24 * 39) });
  assert.equal(r.status, 200, r.text);
  p = await pair(L, F);
  assert.ok(p, 'still a candidate: the serial agrees');
  assert.ok(timePoints(p) < 0 && p.reasons.some((x) => x.factor === 'time' && /天后/.test(x.detail)),
    `the time scored again: ${JSON.stringify(p.reasons)}`);
  r = await patch('cz-officer', L.id, { version: r.json.version, lost_from: ago(300), lost_to: ago(240) });
  assert.equal(r.status, 200, r.text);
  p = await pair(L, F);
  assert.ok(p && p.likely && timePoints(p) > 0, `likely again: ${JSON.stringify(p)}`);
});

test('a dismissed pair stays dismissed after a time is changed on either side', async () => {
  const { L, F } = await phones();
  const d = await srv.api('POST', `${API}/cases/${L.id}/actions`, { token: S['cz-officer'].token,
    body: { action: 'dismiss_match', fields: { found_id: F.id } } });
  assert.equal(d.status, 200, d.text);
  assert.ok(!(await pair(L, F)), 'dismissed: not offered');
  const cur = await get('cz-officer', `/cases/${L.id}`);
  let r = await patch('cz-officer', L.id, { version: cur.version, lost_from: ago(320) });
  assert.equal(r.status, 200, r.text);
  assert.ok(!(await pair(L, F)), 'still dismissed after the lost report\'s edit');
  const f = await get('cz-aux', `/cases/${F.id}`);
  r = await patch('cz-aux', F.id, { version: f.version, found_at: ago(210) });
  assert.equal(r.status, 200, r.text);
  assert.ok(!(await pair(L, F)), 'still dismissed after the found item\'s edit');
  assert.ok(!(await get('cz-aux', `/cases/${F.id}/matches`)).items.some((i) => i.case_id === L.id));
});

test('may_edit: the poster and a leader may change a case, another officer is not offered it, nor anyone once it is closed', async () => {
  const { L } = await phones();
  assert.equal((await get('cz-officer', `/cases/${L.id}`)).may_edit, true, 'the poster');
  assert.equal((await get('cz-leader', `/cases/${L.id}`)).may_edit, true, 'the station leader');
  const other = await get('cz-aux', `/cases/${L.id}`);
  assert.equal(other.may_edit, false, 'an auxiliary who did not register it');
  // the flag says what PATCH does
  const r = await patch('cz-aux', L.id, { version: other.version, lost_to: ago(230) });
  assert.equal(r.status, 403, r.text);
  const w = await srv.api('POST', `${API}/cases/${L.id}/actions`, { token: S['cz-officer'].token,
    body: { action: 'withdraw', version: other.version, note: '找到了' } });
  assert.equal(w.status, 200, w.text);
  const closed = await get('cz-officer', `/cases/${L.id}`);
  assert.ok(closed.closed_at, 'withdrawn closes the report');
  assert.equal(closed.may_edit, false, 'closed: nobody is offered 修改');
});

test('registration holds the times to the same rule as an edit: a loss window ending hours ahead is refused on lost_to', async () => {
  const ahead = (min) => new Date(Date.now() + min * MIN).toISOString();
  const base = { type: 'lost', category: 'keys', body: '一串钥匙，挂着蓝色小熊' };
  const bad = await srv.api('POST', `${API}/cases`, { token: S['cz-officer'].token,
    body: { ...base, lost_from: ago(60), lost_to: ahead(180) } });
  assert.equal(bad.status, 422, bad.text);
  assert.equal(bad.json.error.field, 'lost_to');
  // a few minutes ahead (a desk PC's clock) is still taken, at registration as on an edit
  const ok = await create('cz-officer', { ...base, lost_from: ago(60), lost_to: ahead(5) });
  assert.ok(ok.id);
  const f = await srv.api('POST', `${API}/cases`, { token: S['cz-aux'].token,
    body: { type: 'found', category: 'keys', body: '捡到钥匙', found_at: ahead(180), storage_place: 'A柜' } });
  assert.equal(f.status, 422, f.text);
  assert.equal(f.json.error.field, 'found_at');
});
