// Rectification campaigns (专项整治, issue #12 §3): a campaign of 城中街道 over its communities,
// items found under it (open → rectified → verified, a rejected verification back to open),
// the refusals, scope, the per-unit progress table checked against the items this test made,
// overdue warnings and notices, the items table's filters and export, and closing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, DEMO_PASSWORD, assertError, getOk, listAll, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'operator', 'street-leader', 'jj-leader', 'pp-leader', 'xg-operator', 'grid-worker', 'citizen'];
const DAY = 24 * 3600 * 1000;
let srv;
let w;

// The demo has one community leader (community-leader, 将军社区); the test makes its own leaders
// of both communities, so that 飘萍社区 has one too.
const COMMUNITY_LEADERS = [['jj-leader', '将军社区'], ['pp-leader', '飘萍社区']];

before(async () => {
  srv = await startServer();
  const admin = await srv.login('admin');
  const orgs = (await getOk(srv, `${API}/orgs`, admin)).items;
  for (const [login, unit] of COMMUNITY_LEADERS) {
    const r = await srv.api('POST', `${API}/users`, { token: admin.token, body: { login, name: `${unit}书记`,
      password: DEMO_PASSWORD, grants: [{ role: 'leader', org_id: orgs.find((o) => o.name === unit).id }] } });
    assert.equal(r.status, 201, r.text);
  }
  w = await eventWorld(srv, USERS);
});
after(async () => { await srv?.stop(); });

const at = (days) => new Date(Date.now() + days * DAY).toISOString();
const cases = (who, body) => w.raw(who, 'POST', `${API}/cases`, { body });
const act = (who, id, body) => w.raw(who, 'POST', `${API}/cases/${id}/actions`, { body });
const CHECK = ['消防通道堵塞', '电动车违规充电', '出租屋未登记'];

function campaignBody(extra = {}) {
  return {
    type: 'campaign', title: unique('专项整治'), org_id: w.org('城中街道').id,
    period_from: at(-10), period_to: at(30),
    unit_ids: [w.org('将军社区').id, w.org('飘萍社区').id], checklist: CHECK, ...extra,
  };
}
async function newCampaign(extra = {}) {
  const r = await cases('street-leader', campaignBody(extra));
  assert.equal(r.status, 201, r.text);
  return r.json;
}
async function newItem(campaign, unit, extra = {}, who = 'street-leader') {
  const r = await cases(who, {
    type: 'campaign_item', title: unique('问题'), address: '某幢楼道', campaign_id: campaign.id,
    org_id: w.org(unit).id, deadline: at(5), checklist_seq: 1, ...extra,
  });
  assert.equal(r.status, 201, r.text);
  return r.json;
}
async function actOk(who, id, body, status) {
  const r = await act(who, id, body);
  assert.equal(r.status, 200, `${who} ${body.action}: ${r.text}`);
  if (status) assert.equal(r.json.status, status);
  return r.json;
}

test('create: the checklist and units are stored; the SQL-readable checklist keeps the order', async () => {
  const c = await newCampaign();
  assert.equal(c.type, 'campaign');
  assert.equal(c.status, 'running');
  assert.deepEqual(c.checklist, CHECK);
  assert.equal(c.units, 2);
  const d = await getOk(srv, `${API}/campaigns/${c.id}`, w.S['street-leader']);
  assert.deepEqual(d.checklist.map((x) => [x.seq, x.item]), CHECK.map((t, i) => [i + 1, t]));
  assert.deepEqual(d.units.map((u) => u.name).sort(), ['将军社区', '飘萍社区'].sort());
  assert.deepEqual(d.totals, { found: 0, rectified: 0, verified: 0, open: 0, overdue: 0, rate: null });
  assert.ok(d.allowed_actions.includes('close'));
  assert.equal(d.can_add_item, true);
});

test('create refusals: bad dates name the field, units outside the running unit, empty checklist, non-leaders', async () => {
  assertError(await cases('street-leader', campaignBody({ period_to: at(-20) })), 422, undefined, 'period_to');
  assertError(await cases('street-leader', campaignBody({ period_from: 'next week' })), 422, undefined, 'period_from');
  assertError(await cases('street-leader', campaignBody({ unit_ids: [w.org('西关社区').id] })), 422, undefined, 'unit_ids');
  assertError(await cases('street-leader', campaignBody({ unit_ids: [] })), 422, undefined, 'unit_ids');
  assertError(await cases('street-leader', campaignBody({ checklist: [] })), 422, undefined, 'checklist');
  assertError(await cases('street-leader', campaignBody({ checklist: ['消防', '消防'] })), 422, undefined, 'checklist');
  assertError(await cases('street-leader', campaignBody({ checklist: ['x'.repeat(61)] })), 422, undefined, 'checklist');
  assertError(await cases('operator', campaignBody()), 403, 'forbidden');
  assertError(await cases('jj-leader', campaignBody()), 403, 'forbidden');
});

test('scope: covered units see the campaign, a unit not covered does not', async () => {
  const c = await newCampaign({ unit_ids: [w.org('将军社区').id] });
  await getOk(srv, `${API}/campaigns/${c.id}`, w.S['jj-leader']);
  await getOk(srv, `${API}/campaigns/${c.id}`, w.S['grid-worker']);   // a grid inside 将军社区
  assertError(await w.raw('pp-leader', 'GET', `${API}/campaigns/${c.id}`), 404, 'not_found');
  assertError(await w.raw('xg-operator', 'GET', `${API}/campaigns/${c.id}`), 404, 'not_found');
  assertError(await w.raw('xg-operator', 'GET', `${API}/campaigns/${c.id}/progress`), 404, 'not_found');
  assertError(await w.raw('xg-operator', 'GET', `${API}/campaigns/${c.id}/items`), 404, 'not_found');
  assertError(await w.raw('citizen', 'GET', `${API}/campaigns/${c.id}`), 403, 'forbidden');
  const jj = await getOk(srv, `${API}/campaigns?limit=200`, w.S['jj-leader']);
  assert.ok(jj.items.some((x) => x.id === c.id));
  const pp = await getOk(srv, `${API}/campaigns?limit=200`, w.S['pp-leader']);
  assert.ok(!pp.items.some((x) => x.id === c.id));
  const xg = await getOk(srv, `${API}/campaigns?limit=200`, w.S['xg-operator']);
  assert.ok(!xg.items.some((x) => x.id === c.id));
  // an item placed in a unit the campaign does not cover
  const r = await cases('street-leader', { type: 'campaign_item', title: '问题', campaign_id: c.id,
    org_id: w.org('飘萍社区').id, deadline: at(3) });
  assertError(r, 422, undefined, 'org_id');
});

test('the full workflow with notices, refusals, the per-unit table and closing', async () => {
  const c = await newCampaign();
  const jj = w.org('将军社区').id; const pp = w.org('飘萍社区').id;
  // item refusals: deadline before the campaign, a checklist item it has not, a campaign that is not one
  assertError(await cases('street-leader', { type: 'campaign_item', title: '问题', campaign_id: c.id, org_id: jj, deadline: at(-30) }), 422, undefined, 'deadline');
  assertError(await cases('street-leader', { type: 'campaign_item', title: '问题', campaign_id: c.id, org_id: jj, deadline: at(3), checklist_seq: 4 }), 422, undefined, 'checklist_seq');
  assertError(await cases('street-leader', { type: 'campaign_item', title: '问题', campaign_id: 999999, org_id: jj, deadline: at(3) }), 422, undefined, 'campaign_id');
  assertError(await cases('street-leader', { type: 'campaign_item', title: '问题', campaign_id: c.id, org_id: jj }), 422, undefined, 'deadline');

  const a = await newItem(c, '将军社区', { checklist_seq: 2 });
  const b = await newItem(c, '将军社区', { deadline: at(-2) });       // overdue
  const d = await newItem(c, '飘萍社区', {}, 'pp-leader');             // found by the owner unit itself
  const e = await newItem(c, '飘萍社区');
  assert.equal(a.status, 'open');
  assert.equal(a.checklist_item, '电动车违规充电');
  assert.equal(a.unit_id, w.org('城中街道').id, 'the campaign unit verifies');
  assert.ok(a.links === undefined || Array.isArray(a.links));
  const full = await w.get('street-leader', a.id);
  assert.ok(full.links.some((l) => l.id === c.id), 'the item is linked to its campaign');
  assert.equal((await w.get('jj-leader', a.id)).campaign_id, c.id, 'the owner unit sees which campaign');

  // the owner unit was told
  const nj = (await getOk(srv, `${API}/notifications`, w.S['jj-leader'])).items;
  assert.ok(nj.some((n) => n.case_id === a.id && n.kind === 'campaign_item'), 'jj-leader told of the item');
  // scope of items: 飘萍社区 does not see 将军社区's items
  assertError(await w.raw('pp-leader', 'GET', `${API}/cases/${a.id}`), 404);

  // rectify: not by another unit, not by the campaign's unit, needs a note
  assert.equal((await act('pp-leader', a.id, { action: 'rectify', note: '已整改' })).status, 404);
  assertError(await act('street-leader', a.id, { action: 'rectify', note: '已整改' }), 403, 'forbidden');
  assertError(await act('jj-leader', a.id, { action: 'rectify' }), 422);
  await actOk('jj-leader', a.id, { action: 'rectify', note: '已拆除飞线充电' }, 'rectified');
  // the campaign's unit is told; the owner unit may not verify its own work
  const ns = (await getOk(srv, `${API}/notifications`, w.S['street-leader'])).items;
  assert.ok(ns.some((n) => n.case_id === a.id && n.kind === 'campaign_rectified'));
  assertError(await act('jj-leader', a.id, { action: 'verify' }), 403, 'forbidden');
  // rejected: back to open with a reason, the owner unit told again
  assertError(await act('street-leader', a.id, { action: 'reject' }), 422);
  const rej = await actOk('street-leader', a.id, { action: 'reject', note: '复查仍有飞线' }, 'open');
  assert.equal(rej.rejections, 1);
  assert.equal(rej.stage, 'rectify');
  const nj2 = (await getOk(srv, `${API}/notifications`, w.S['jj-leader'])).items;
  assert.ok(nj2.some((n) => n.case_id === a.id && n.kind === 'campaign_rejected'));
  await actOk('jj-leader', a.id, { action: 'rectify', note: '已安装充电桩' }, 'rectified');
  await actOk('street-leader', a.id, { action: 'verify' }, 'verified');
  await actOk('pp-leader', d.id, { action: 'rectify', note: '已清理' }, 'rectified');

  // overdue: the scheduler's pass warns and notifies both units
  const t = await w.raw('admin', 'POST', `${API}/admin/sla-tick`);
  assert.equal(t.status, 200, t.text);
  const bb = await w.get('jj-leader', b.id);
  assert.equal(bb.warn, 'red');
  const nr = (await getOk(srv, `${API}/notifications`, w.S['jj-leader'])).items;
  assert.ok(nr.some((n) => n.case_id === b.id && n.kind === 'warning'), 'the owner unit is warned');

  // the per-unit table: worked out from what this test did
  // 将军社区: a verified, b open and overdue → found 2, rectified 1, verified 1, overdue 1
  // 飘萍社区: d rectified, e open in time → found 2, rectified 1, verified 0, overdue 0
  const p = await getOk(srv, `${API}/campaigns/${c.id}/progress`, w.S['street-leader']);
  const row = (id) => p.items.find((x) => x.org_id === id);
  assert.deepEqual({ ...row(jj), org_name: undefined, org_id: undefined },
    { found: 2, rectified: 1, verified: 1, open: 1, overdue: 1, rate: 0.5, org_name: undefined, org_id: undefined });
  assert.deepEqual({ ...row(pp), org_name: undefined, org_id: undefined },
    { found: 2, rectified: 1, verified: 0, open: 1, overdue: 0, rate: 0, org_name: undefined, org_id: undefined });
  assert.deepEqual(p.total, { found: 4, rectified: 2, verified: 1, open: 2, overdue: 1, rate: 0.25 });
  assert.equal(p.complete, true, 'the running unit sees every item');
  const one = await getOk(srv, `${API}/campaigns/${c.id}/progress?unit_id=${pp}`, w.S['street-leader']);
  assert.deepEqual(one.items.map((x) => x.org_id), [pp]);
  // 将军社区's leader sees none of 飘萍社区's items, so none of its figures either
  const theirs = await getOk(srv, `${API}/campaigns/${c.id}/progress?unit_id=${pp}`, w.S['jj-leader']);
  assert.deepEqual(theirs.items, []);
  assert.equal(theirs.total.found, 0);
  assert.equal(theirs.complete, false);
  assertError(await w.raw('street-leader', 'GET', `${API}/campaigns/${c.id}/progress?unit_id=${w.org('西关社区').id}`), 422, undefined, 'unit_id');

  // the items table: filters, scope, export with a filter
  const all = await getOk(srv, `${API}/campaigns/${c.id}/items`, w.S['street-leader']);
  assert.deepEqual(all.items.map((x) => x.id).sort(), [a.id, b.id, d.id, e.id].sort());
  const od = await getOk(srv, `${API}/campaigns/${c.id}/items?overdue=true`, w.S['street-leader']);
  assert.deepEqual(od.items.map((x) => x.id), [b.id]);
  const open = await getOk(srv, `${API}/campaigns/${c.id}/items?status=open&unit_id=${pp}`, w.S['street-leader']);
  assert.deepEqual(open.items.map((x) => x.id), [e.id]);
  const seq2 = await getOk(srv, `${API}/campaigns/${c.id}/items?checklist_seq=2`, w.S['street-leader']);
  assert.deepEqual(seq2.items.map((x) => x.id), [a.id]);
  const mine = await getOk(srv, `${API}/campaigns/${c.id}/items`, w.S['pp-leader']);
  assert.deepEqual(mine.items.map((x) => x.id).sort(), [d.id, e.id].sort(), 'an owner unit sees its own items');
  const page = await getOk(srv, `${API}/campaigns/${c.id}/items?limit=3`, w.S['street-leader']);
  assert.equal(page.items.length, 3);
  const page2 = await getOk(srv, `${API}/campaigns/${c.id}/items?limit=3&cursor=${encodeURIComponent(page.next_cursor)}`, w.S['street-leader']);
  assert.equal(page2.items.length, 1);
  assertError(await w.raw('street-leader', 'GET', `${API}/campaigns/${c.id}/items?status=done`), 422, undefined, 'status');
  assertError(await w.raw('street-leader', 'GET', `${API}/campaigns/${c.id}/items?overdue=maybe`), 422, undefined, 'overdue');
  assertError(await w.raw('street-leader', 'GET', `${API}/campaigns?status=open`), 422, undefined, 'status');
  const csv = await w.raw('street-leader', 'GET', `${API}/campaigns/${c.id}/items?status=open&format=csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  assert.ok(csv.text.includes(b.code) && csv.text.includes(e.code), 'the open items are exported');
  assert.ok(!csv.text.includes(a.code) && !csv.text.includes(d.code), 'the filter applies to the export');
  const pcsv = await w.raw('street-leader', 'GET', `${API}/campaigns/${c.id}/progress?format=csv`);
  assert.equal(pcsv.status, 200);
  assert.ok(pcsv.text.includes('将军社区') && pcsv.text.includes('合计'));
  const x = await w.raw('street-leader', 'GET', `${API}/campaigns/${c.id}/progress?format=xlsx`);
  assert.equal(x.status, 200);
  assert.match(x.headers.get('content-type'), /spreadsheetml/);

  // closing: not by a non-leader; 409 with open items; carry-over needs a reason
  assertError(await act('operator', c.id, { action: 'close' }), 403, 'forbidden');
  assertError(await act('jj-leader', c.id, { action: 'close' }), 404);
  const refused = assertError(await act('street-leader', c.id, { action: 'close' }), 409, 'items_open');
  assert.match(refused.message, /3/);
  assertError(await act('street-leader', c.id, { action: 'close', fields: { carry_over: true } }), 422, undefined, 'fields.reason');
  const closed = await actOk('street-leader', c.id, { action: 'close', fields: { carry_over: true, reason: '剩余事项转入日常监管' } }, 'closed');
  assert.equal(closed.open_at_close, 3);
  // a closed campaign takes no more items
  assertError(await cases('street-leader', { type: 'campaign_item', title: '问题', campaign_id: c.id, org_id: jj, deadline: at(3) }), 409, undefined, 'campaign_id');
  const cl = await getOk(srv, `${API}/campaigns?status=closed`, w.S['street-leader']);
  assert.ok(cl.items.some((i) => i.id === c.id));
});

test('a campaign whose items are all verified closes without carry-over', async () => {
  const c = await newCampaign();
  const i = await newItem(c, '飘萍社区');
  await actOk('pp-leader', i.id, { action: 'rectify', note: '已整改' }, 'rectified');
  await actOk('operator', i.id, { action: 'verify' }, 'verified');
  const closed = await actOk('street-leader', c.id, { action: 'close' }, 'closed');
  assert.equal(closed.open_at_close, 0);
});

test('the demo campaign has items in every state', async () => {
  const l = await getOk(srv, `${API}/campaigns`, w.S['street-leader']);
  const demo = l.items.find((x) => x.title === '城中街道消防安全和出租屋专项整治');
  assert.ok(demo, 'the demo campaign is listed');
  const items = (await getOk(srv, `${API}/campaigns/${demo.id}/items`, w.S['street-leader'])).items;
  for (const s of ['open', 'rectified', 'verified']) assert.ok(items.some((i) => i.status === s), s);
  assert.ok(items.some((i) => i.overdue), 'one is overdue');
  assert.ok(items.some((i) => i.rejections > 0), 'one was sent back');
});

// ---- one definition: the progress counts the items the list shows -------------------------------

/** Asserts that who's progress, totals and campaign-list counts are those of who's items list. */
async function countsMatchList(who, c) {
  const S = w.S[who];
  const items = await listAll(srv, S, `${API}/campaigns/${c.id}/items`);
  const p = await getOk(srv, `${API}/campaigns/${c.id}/progress`, S);
  const tally = (list) => ({
    found: list.length,
    rectified: list.filter((i) => i.status === 'rectified' || i.status === 'verified').length,
    verified: list.filter((i) => i.status === 'verified').length,
    open: list.filter((i) => i.status === 'open').length,
    overdue: list.filter((i) => i.overdue).length,
  });
  const strip = ({ rate, org_id, org_name, ...rest }) => rest;   // eslint-disable-line no-unused-vars
  assert.deepEqual(strip(p.total), tally(items), `${who}: the totals are the list's`);
  for (const row of p.items) {
    const mine = items.filter((i) => i.owner_unit_id === row.org_id);
    assert.deepEqual(strip(row), tally(mine), `${who}: ${row.org_name}'s row is the list's rows of that unit`);
    const filtered = await listAll(srv, S, `${API}/campaigns/${c.id}/items?unit_id=${row.org_id}`);
    assert.equal(filtered.length, row.found, `${who}: ${row.org_name} leads to as many items as it counts`);
  }
  for (const i of items) assert.ok(p.items.some((r) => r.org_id === i.owner_unit_id), `${who}: ${i.owner_unit_name} has a row`);
  const detail = await getOk(srv, `${API}/campaigns/${c.id}`, S);
  assert.deepEqual(strip(detail.totals), tally(items), `${who}: the campaign page's totals`);
  assert.equal(detail.totals_complete, p.complete);
  const listed = (await listAll(srv, S, `${API}/campaigns`)).find((x) => x.id === c.id);
  assert.ok(listed, `${who} sees the campaign in the list`);
  assert.deepEqual([listed.found, listed.verified], [items.length, tally(items).verified], `${who}: the campaign list's counts`);
  return { items, p };
}

test('progress counts what the items list shows, for a grid worker, community leaders and the street leader', async () => {
  const grid = '将军社区第一网格';
  const c = await newCampaign({ unit_ids: [w.org('将军社区').id, w.org(grid).id, w.org('飘萍社区').id] });
  const a = await newItem(c, '将军社区');
  const b = await newItem(c, '将军社区');
  await actOk('jj-leader', b.id, { action: 'rectify', note: '已清理' }, 'rectified');
  const g1 = await newItem(c, grid, {}, 'grid-worker');          // the grid worker's own find
  const g2 = await newItem(c, grid, { deadline: at(-1) });       // in their grid, overdue
  const d = await newItem(c, '飘萍社区');
  const ids = (list) => list.map((i) => i.id).sort((x, y) => x - y);
  const sorted = (...xs) => xs.map((x) => x.id).sort((x, y) => x - y);

  // the grid worker: the items of their grid, which they can open and rectify
  let gw = await countsMatchList('grid-worker', c);
  assert.deepEqual(ids(gw.items), sorted(g1, g2));
  assert.equal(gw.p.total.overdue, 1);
  assert.equal(gw.p.complete, false);
  assert.ok(!gw.p.items.some((r) => r.org_id === w.org('飘萍社区').id), 'no figures of a community they have no part in');
  await actOk('grid-worker', g2.id, { action: 'rectify', note: '已整改' }, 'rectified');
  gw = await countsMatchList('grid-worker', c);
  assert.equal(gw.p.total.rectified, 1, 'what they did shows in their progress');
  assert.equal(gw.p.total.overdue, 0);

  // 将军社区's leader: the community and its grid; 飘萍社区's leader: theirs
  const jj = await countsMatchList('jj-leader', c);
  assert.deepEqual(ids(jj.items), sorted(a, b, g1, g2));
  const pp = await countsMatchList('pp-leader', c);
  assert.deepEqual(ids(pp.items), sorted(d));
  // the running unit's leader and operator: every item, complete
  for (const who of ['street-leader', 'operator']) {
    const all = await countsMatchList(who, c);
    assert.deepEqual(ids(all.items), sorted(a, b, g1, g2, d));
    assert.equal(all.p.complete, true);
  }
  // the demo campaign (城中街道 over its two communities): the grid worker of 将军社区第一网格 saw
  // 6 found in the progress and an empty items list; both now agree, as for its leader
  const demo = (await listAll(srv, w.S['street-leader'], `${API}/campaigns`)).find((x) => x.title.includes('消防安全和出租屋'));
  assert.ok(demo, 'the demo campaign');
  const dg = await countsMatchList('grid-worker', demo);
  const dl = await countsMatchList('street-leader', demo);
  assert.ok(dl.items.length >= 6 && dl.p.complete, 'the leader counts all of the demo items');
  assert.ok(dg.items.length < dl.items.length, 'the grid worker counts only what they see');
});
