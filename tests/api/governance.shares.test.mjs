// Per-case sharing (单案共享): a risk's measure whose owner unit lies outside the risk's subtree
// shares the risk with that unit (case_shares, migration 018). Its people open the risk from
// the notice and complete their own measure; they take no other action and complete no other
// unit's measure; a user of a third unit still gets 404 for the risk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'operator', 'street-leader', 'handler', 'xg-operator', 'cz-officer'];
const DAY = 24 * 3600 * 1000;
let srv;
let w;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, USERS);
});
after(async () => { await srv?.stop(); });

const inDays = (n) => new Date(Date.now() + n * DAY).toISOString();

test('the owner unit of a measure outside the risk\'s subtree opens the risk and completes its measure; a third unit gets 404', async () => {
  const r = await srv.api('POST', `${API}/cases`, { token: w.S.operator.token, body: {
    type: 'risk', title: unique('风险'), category: 'public_safety', source: 'patrol',
    org_id: w.org('飘萍社区').id, likelihood: 3, impact: 4, review_at: inDays(30) } });
  assert.equal(r.status, 201, r.text);
  const id = r.json.id;

  // before any measure names it, 西关街道 (outside 城中街道) cannot open the risk
  assert.equal((await w.raw('xg-operator', 'GET', `${API}/cases/${id}`)).status, 404);

  // measure 1 → 城中街道城建办 (inside the subtree), measure 2 → 西关街道 (outside)
  await w.act('operator', id, { action: 'add_measure', fields: { text: '拆除违建广告牌', owner_unit_id: w.org('城中街道城建办').id, due_at: inDays(5) } });
  await w.act('operator', id, { action: 'add_measure', fields: { text: '联合排查周边商铺', owner_unit_id: w.org('西关街道').id, due_at: inDays(10) } });

  // the notice leads to a case 西关街道 may open, with only the measure action offered
  const note = (await w.raw('xg-operator', 'GET', `${API}/notifications?limit=100`)).json.items
    .find((n) => n.case_id === id && n.kind === 'risk_measure');
  assert.ok(note, '西关街道 is told of its measure');
  const seen = await w.raw('xg-operator', 'GET', `${API}/cases/${id}`);
  assert.equal(seen.status, 200, seen.text);
  assert.equal(seen.json.id, id);
  assert.deepEqual(seen.json.allowed_actions, ['complete_measure']);
  assert.ok(seen.json.timeline.some((e) => e.action === 'add_measure'), 'with its timeline');
  const said = await w.raw('xg-operator', 'POST', `${API}/cases/${id}/comments`, { body: { body: '已安排排查' } });
  assert.equal(said.status, 201, said.text);

  // no other action: assessing or resolving the risk stays with its keepers
  const assess = await w.actRaw('xg-operator', id, { action: 'assess', fields: { likelihood: 1, impact: 1 } });
  assert.equal(assess.status, 409, assess.text);
  assert.equal(assess.json.error.code, 'action_not_allowed');
  // not the other unit's measure; nothing is written
  const v0 = (await w.get('operator', id)).version;
  const other = await w.actRaw('xg-operator', id, { action: 'complete_measure', fields: { measure_id: 1 } });
  assert.equal(other.status, 403, other.text);
  assert.equal(other.json.error.field, 'fields.measure_id');
  assert.equal((await w.get('operator', id)).version, v0, 'a refused completion changes nothing');
  // its own measure: done, and the risk's owner side sees it done
  const done = await w.act('xg-operator', id, { action: 'complete_measure', fields: { measure_id: 2 } });
  assert.equal(done.measures[1].state, 'done');
  assert.equal(done.measures[0].state, 'open');
  const after = await w.get('operator', id);
  assert.equal(after.measures[1].state, 'done');

  // a third unit (城中派出所) is told nothing and still cannot open or act on the risk
  assert.equal((await w.raw('cz-officer', 'GET', `${API}/cases/${id}`)).status, 404);
  const c3 = await w.raw('cz-officer', 'POST', `${API}/cases/${id}/comments`, { body: { body: '看看' } });
  assert.equal(c3.status, 404, c3.text);
  const third = await w.actRaw('cz-officer', id, { action: 'complete_measure', fields: { measure_id: 1 } });
  assert.equal(third.status, 404, third.text);

  // the unit inside the subtree acts as before (its roles at the risk's place)
  await w.act('handler', id, { action: 'complete_measure', fields: { measure_id: 1 } });
});

/** The first `event: case` about case id on the stream of user (its token), within ms; null if none. */
async function streamSees(token, id, trigger, ms = 5000) {
  const ac = new AbortController();
  const res = await fetch(`${srv.base}${API}/stream`, { headers: { authorization: `Bearer ${token}` }, signal: ac.signal });
  assert.equal(res.status, 200);
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  let buf = '';
  const timer = setTimeout(() => ac.abort(), ms);
  await trigger();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return null;
      buf += dec.decode(value, { stream: true });
      for (const block of buf.split('\n\n').slice(0, -1)) {
        const data = /^data: (.*)$/m.exec(block);
        if (/^event: case$/m.test(block) && data && JSON.parse(data[1]).id === id) return JSON.parse(data[1]);
      }
      buf = buf.slice(buf.lastIndexOf('\n\n') + 2);
    }
  } catch {
    return null;                       // aborted: nothing within ms
  } finally {
    clearTimeout(timer);
    ac.abort();
  }
}

test('a shared risk is in the sharing unit\'s case list, its search and its live updates; never a third unit\'s', async () => {
  const title = unique('共享风险');
  const r = await srv.api('POST', `${API}/cases`, { token: w.S.operator.token, body: {
    type: 'risk', title, category: 'public_safety', source: 'patrol',
    org_id: w.org('飘萍社区').id, likelihood: 2, impact: 3, review_at: inDays(30) } });
  assert.equal(r.status, 201, r.text);
  const id = r.json.id;
  const listed = async (user, q = '') => (await w.raw(user, 'GET', `${API}/cases?type=risk&limit=200${q}`)).json.items.map((c) => c.id);

  assert.ok(!(await listed('xg-operator')).includes(id), 'not listed before it is shared');
  await w.act('operator', id, { action: 'add_measure', fields: { text: '夜间联合巡查', owner_unit_id: w.org('西关街道').id, due_at: inDays(7) } });

  assert.ok((await listed('xg-operator')).includes(id), 'in the sharing unit\'s list');
  assert.ok((await listed('xg-operator', `&q=${encodeURIComponent(title)}`)).includes(id), 'and its search');
  const csv = await w.raw('xg-operator', 'GET', `${API}/cases?type=risk&format=csv`);
  assert.equal(csv.status, 200);
  assert.ok(csv.text.includes(title), 'and its export');
  assert.ok(!(await listed('cz-officer')).includes(id), 'a third unit does not list it');
  const register = async (user) => (await w.raw(user, 'GET', `${API}/risks?limit=200`)).json.items.map((x) => x.id);
  assert.ok((await register('xg-operator')).includes(id), 'and in its risk register');
  const rows = (await w.raw('xg-operator', 'GET', `${API}/risks?limit=200`)).json.items;
  assert.equal(rows.find((x) => x.id === id).shared, true, 'marked as shared there');
  const own = rows.filter((x) => x.org_name.startsWith('西关'));
  assert.ok(own.length > 0 && own.every((x) => x.shared === false), 'its own street\'s risks are not');
  assert.equal((await w.raw('operator', 'GET', `${API}/risks?limit=200`)).json.items.find((x) => x.id === id).shared, false,
    'not shared for the risk\'s own street');
  assert.ok(!(await register('cz-officer')).includes(id), 'not in a third unit\'s register');
  assert.ok((await listed('operator')).includes(id), 'its keepers still do');

  // a change to the risk reaches the sharing unit's live stream, not the third unit's
  const seen = await streamSees(w.S['xg-operator'].token, id, () =>
    w.act('operator', id, { action: 'add_measure', fields: { text: '张贴告示', owner_unit_id: w.org('城中街道城建办').id, due_at: inDays(3) } }));
  assert.ok(seen, 'the sharing unit hears of the change');
  assert.equal(seen.type, 'risk');
  const unseen = await streamSees(w.S['cz-officer'].token, id, () =>
    w.act('operator', id, { action: 'add_measure', fields: { text: '回访群众', owner_unit_id: w.org('城中街道城建办').id, due_at: inDays(4) } }), 1500);
  assert.equal(unseen, null, 'a third unit hears nothing');
});
