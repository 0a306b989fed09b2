// Patrol checks (排查, issue #12 §2): a grid worker records a patrol of their grid with the
// kind's checklist; a finding (an item answered "problem") becomes a grid event or a risk in one
// create, linked both ways; refusals (another grid 403, an unknown item 422 naming it, a finding
// turned twice 409); scope; the community told of problems; the list's filters, pages and
// exports; the catalogue of kinds that an admin extends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, listAll, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const USERS = ['admin', 'operator', 'street-leader', 'grid-worker', 'xg-operator', 'citizen', 'mediator'];
let srv;
let w;
let kinds;
let G1;
let G2;

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv, USERS);
  kinds = (await getOk(srv, `${API}/patrol-kinds`, w.S['grid-worker'])).items;
  G1 = w.org('将军社区第一网格');
  G2 = w.org('将军社区第二网格');
});
after(async () => { await srv?.stop(); });

const kind = (code) => {
  const k = kinds.find((x) => x.code === code);
  assert.ok(k, `patrol kind ${code} in GET /patrol-kinds`);
  return k;
};
/** Every item of kind answered ok, except those in problems ({item: note}). */
const answers = (code, problems = {}) => kind(code).items.map((i) => (problems[i.item]
  ? { item: i.item, answer: 'problem', note: problems[i.item] } : { item: i.item, answer: 'ok' }));
const post = (who, body) => w.raw(who, 'POST', `${API}/cases`, { body: { type: 'patrol', ...body } });
async function record(body, who = 'grid-worker') {
  const r = await post(who, { org_id: G1.id, category: 'pc_fire', checklist: answers('pc_fire'), ...body });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

test('the catalogue holds the four kinds with their default checklists', async () => {
  for (const [code, name] of [['pc_fire', '消防安全'], ['pc_rental', '出租屋'], ['pc_place', '重点场所'], ['pc_dispute', '矛盾纠纷排查']]) {
    assert.equal(kind(code).name, name);
    assert.ok(kind(code).items.length >= 4, `${code} has its checklist`);
    for (const i of kind(code).items) assert.ok(i.item && i.label && i.label_en, JSON.stringify(i));
  }
  const types = await getOk(srv, `${API}/types`, w.S['grid-worker']);
  const t = types.items.find((x) => x.type === 'patrol');
  assert.ok(t, 'patrol is a registered type');
  assert.equal(t.name_zh, '排查');
});

test('a grid worker records a patrol: checklist answered, problems counted, title made', async () => {
  const p = await record({ category: 'pc_fire', checklist: answers('pc_fire', { ebike: '3单元楼道有两辆电动车充电', wiring: '车棚私拉电线' }), body: '楼道堆放杂物较多' });
  assert.equal(p.type, 'patrol');
  assert.match(p.code, /^PC\d{12}$/);
  assert.equal(p.status, 'recorded');
  assert.equal(p.org_id, G1.id);
  assert.equal(p.title, '将军社区第一网格·消防安全排查');
  assert.equal(p.items, kind('pc_fire').items.length);
  assert.equal(p.problems, 2);
  assert.equal(p.open_findings, 2);
  assert.equal(p.has_problems, true);
  assert.equal(p.checklist.length, kind('pc_fire').items.length);
  const eb = p.checklist.find((c) => c.item === 'ebike');
  assert.equal(eb.answer, 'problem');
  assert.equal(eb.note, '3单元楼道有两辆电动车充电');
  assert.equal(eb.label, kind('pc_fire').items.find((i) => i.item === 'ebike').label);
  assert.ok(p.patrolled_at, 'patrolled_at defaults to now');
  // a patrol with nothing wrong
  const ok = await record({ category: 'pc_rental', checklist: answers('pc_rental').map((a, i) => (i === 0 ? { ...a, answer: 'na', note: '无出租户' } : a)) });
  assert.equal(ok.problems, 0);
  assert.equal(ok.has_problems, false);
});

test('refusals: another grid 403, an unknown item 422 naming it, missing items, a problem without its note, a bad kind', async () => {
  const count = async () => (await listAll(srv, w.S.admin, `${API}/patrols`)).length;
  const n0 = await count();
  // the grid worker of 第一网格 patrols 第二网格: not theirs
  assertError(await post('grid-worker', { org_id: G2.id, category: 'pc_fire', checklist: answers('pc_fire') }), 403, 'forbidden', 'org_id');
  // the community is not a grid
  assertError(await post('grid-worker', { org_id: w.org('将军社区').id, category: 'pc_fire', checklist: answers('pc_fire') }), 422, undefined, 'org_id');
  // only grid workers record patrols
  assertError(await post('operator', { org_id: G1.id, category: 'pc_fire', checklist: answers('pc_fire') }), 403, 'forbidden');
  const bad = answers('pc_fire');
  bad[2] = { item: 'no-such-item', answer: 'ok' };
  assertError(await post('grid-worker', { org_id: G1.id, category: 'pc_fire', checklist: bad }), 422, 'invalid_value', 'checklist[2].item');
  // an item of another kind is not an item of this checklist
  const other = answers('pc_fire');
  other[0] = { item: 'register', answer: 'ok' };
  assertError(await post('grid-worker', { org_id: G1.id, category: 'pc_fire', checklist: other }), 422, undefined, 'checklist[0].item');
  assertError(await post('grid-worker', { org_id: G1.id, category: 'pc_fire', checklist: answers('pc_fire').slice(1) }), 422, 'missing_field', 'checklist');
  const twice = answers('pc_fire');
  twice[1] = { ...twice[0] };
  assertError(await post('grid-worker', { org_id: G1.id, category: 'pc_fire', checklist: twice }), 422, undefined, 'checklist[1].item');
  const noNote = answers('pc_fire');
  noNote[0] = { item: noNote[0].item, answer: 'problem' };
  assertError(await post('grid-worker', { org_id: G1.id, category: 'pc_fire', checklist: noNote }), 422, 'missing_field', 'checklist[0].note');
  const badAnswer = answers('pc_fire');
  badAnswer[0] = { item: badAnswer[0].item, answer: 'maybe' };
  assertError(await post('grid-worker', { org_id: G1.id, category: 'pc_fire', checklist: badAnswer }), 422, undefined, 'checklist[0].answer');
  assertError(await post('grid-worker', { org_id: G1.id, category: 'XF01', checklist: answers('pc_fire') }), 422, undefined, 'category');
  assertError(await post('grid-worker', { org_id: G1.id, checklist: answers('pc_fire') }), 422, undefined, 'category');
  assertError(await post('grid-worker', { org_id: G1.id, category: 'pc_fire', checklist: answers('pc_fire'), patrolled_at: new Date(Date.now() + 86400000).toISOString() }), 422, undefined, 'patrolled_at');
  // the Chinese message names the field
  const zh = await post('grid-worker', { org_id: G1.id, category: 'pc_fire', checklist: bad });
  assert.match(zh.json.error.message, /检查项/);
  assert.equal(await count(), n0, 'a refused patrol writes nothing');
});

test('a finding becomes a grid event in one step, linked both ways; turned twice is 409', async () => {
  const p = await record({ checklist: answers('pc_fire', { exits: '2号楼安全出口被杂物堵塞' }) });
  const cat = w.sub((c) => c.code === 'XF01', 'XF01 消防通道堵塞');
  const r = await w.raw('grid-worker', 'POST', `${API}/cases`, { body: { type: 'event', category: cat.code, patrol_id: p.id, patrol_item: 'exits' } });
  assert.equal(r.status, 201, r.text);
  const ev = r.json;
  assert.equal(ev.type, 'event');
  assert.equal(ev.org_id, G1.id, 'placed in the patrol\'s grid');
  assert.equal(ev.title, '排查发现：' + kind('pc_fire').items.find((i) => i.item === 'exits').label);
  assert.equal(ev.body, '2号楼安全出口被杂物堵塞');
  assert.ok(ev.links.some((l) => l.id === p.id && l.type === 'patrol'), 'the event links the patrol');
  const p2 = await w.get('grid-worker', p.id);
  assert.ok(p2.links.some((l) => l.id === ev.id && l.type === 'event'), 'the patrol links the event');
  const f = p2.checklist.find((c) => c.item === 'exits');
  assert.equal(f.case_id, ev.id);
  assert.equal(f.case_type, 'event');
  assert.equal(p2.open_findings, 0);
  assert.equal(p2.problems, 1);
  assert.ok(p2.timeline.some((e) => e.note === '发现问题已转为网格事件'), 'the patrol\'s timeline says so');
  assert.ok(p2.version > p.version);
  // twice: 409, nothing written
  const again = await w.raw('grid-worker', 'POST', `${API}/cases`, { body: { type: 'event', category: cat.code, patrol_id: p.id, patrol_item: 'exits' } });
  assertError(again, 409, 'conflict', 'patrol_item');
  assert.equal((await w.get('grid-worker', p.id)).version, p2.version);
  // an item answered ok is no finding; patrol_item alone is incomplete; a case that is not a patrol
  assertError(await w.raw('grid-worker', 'POST', `${API}/cases`, { body: { type: 'event', category: cat.code, patrol_id: p.id, patrol_item: 'gas' } }), 422, undefined, 'patrol_item');
  assertError(await w.raw('grid-worker', 'POST', `${API}/cases`, { body: { type: 'event', category: cat.code, patrol_item: 'gas' } }), 422, 'missing_field', 'patrol_id');
  assertError(await w.raw('grid-worker', 'POST', `${API}/cases`, { body: { type: 'event', category: cat.code, patrol_id: ev.id, patrol_item: 'exits' } }), 422, undefined, 'patrol_id');
});

test('a finding becomes a risk with likelihood and impact, source patrol, linked both ways', async () => {
  const p = await record({ category: 'pc_dispute', checklist: answers('pc_dispute', { labour: '工地拖欠12名工人工资，情绪激动' }) });
  const r = await w.raw('grid-worker', 'POST', `${API}/cases`, { body: { type: 'risk', category: 'social_conflict', likelihood: 4, impact: 4, patrol_id: p.id, patrol_item: 'labour' } });
  assert.equal(r.status, 201, r.text);
  const risk = r.json;
  assert.equal(risk.source, 'patrol');
  assert.equal(risk.source_case_id, p.id);
  assert.equal(risk.level, 'orange');
  assert.equal(risk.org_id, G1.id);
  assert.match(risk.title, /^排查发现：/);
  assert.ok(risk.links.some((l) => l.id === p.id));
  const p2 = await w.get('street-leader', p.id);
  assert.ok(p2.links.some((l) => l.id === risk.id && l.type === 'risk'));
  assert.equal(p2.checklist.find((c) => c.item === 'labour').case_type, 'risk');
  assert.ok(p2.timeline.some((e) => e.note === '发现问题已登记为风险'));
  // the same finding cannot also become an event
  assertError(await w.raw('grid-worker', 'POST', `${API}/cases`, { body: { type: 'event', category: 'MD03', patrol_id: p.id, patrol_item: 'labour' } }), 409, 'conflict');
  // one source only
  assertError(await w.raw('operator', 'POST', `${API}/cases`, { body: { type: 'risk', category: 'social_conflict', likelihood: 2, impact: 2, patrol_id: p.id, patrol_item: 'labour', dispute_id: 1 } }), 422, undefined, 'patrol_id');
});

test('scope: the grid worker and the units above see the patrol; another grid\'s worker and another township do not', async () => {
  const p = await record({ checklist: answers('pc_fire', { gas: '餐馆燃气软管老化' }) });
  for (const who of ['grid-worker', 'street-leader', 'operator', 'admin']) await w.get(who, p.id);
  for (const who of ['xg-operator', 'citizen']) assertError(await w.raw(who, 'GET', `${API}/cases/${p.id}`), 404);
  // a grid worker of 第二网格 sees none of 第一网格's patrols
  const login = `gw2-${process.pid % 10000}-${Date.now() % 100000}`;
  const mk = await w.raw('admin', 'POST', `${API}/users`, { body: { login, name: '第二网格网格员', password: 'a-new-password-1', grants: [{ role: 'grid_worker', org_id: G2.id }] } });
  assert.equal(mk.status, 201, mk.text);
  const s2 = await srv.login(login, 'a-new-password-1');
  assertError(await srv.api('GET', `${API}/cases/${p.id}`, { token: s2.token }), 404);
  const l2 = await listAll(srv, s2, `${API}/patrols`);
  assert.ok(!l2.some((x) => x.id === p.id));
  assert.ok(!(await listAll(srv, w.S['xg-operator'], `${API}/patrols`)).some((x) => x.id === p.id));
  assert.ok((await listAll(srv, w.S['street-leader'], `${API}/patrols`)).some((x) => x.id === p.id));
  // and cannot turn its findings
  const r = await srv.api('POST', `${API}/cases`, { token: s2.token, body: { type: 'event', category: 'XF02', org_id: G2.id, patrol_id: p.id, patrol_item: 'gas' } });
  assertError(r, 422, undefined, 'patrol_id');
  // the citizen has no patrol list at all
  assertError(await w.raw('citizen', 'GET', `${API}/patrols`), 403);
});

test('problems tell the community (its leader) with a to-do that review marks done; no problems, no notice', async () => {
  // a leader of 将军社区: the nearest unit above the grid with a leader
  const login = `cl-${process.pid % 10000}-${Date.now() % 100000}`;
  const mk = await w.raw('admin', 'POST', `${API}/users`, { body: { login, name: '社区书记', password: 'a-new-password-1', grants: [{ role: 'leader', org_id: w.org('将军社区').id }] } });
  assert.equal(mk.status, 201, mk.text);
  const cl = await srv.login(login, 'a-new-password-1');
  const notices = async () => (await getOk(srv, `${API}/notifications?limit=200`, cl)).items;
  const quiet = await record({});
  assert.ok(!(await notices()).some((n) => n.case_id === quiet.id), 'no problems: nobody told');
  const p = await record({ checklist: answers('pc_fire', { extinguisher: '灭火器过期' }) });
  const mine = (await notices()).filter((n) => n.case_id === p.id);
  assert.equal(mine.length, 1, JSON.stringify(mine));
  assert.equal(mine[0].kind, 'patrol_problems');
  assert.match(mine[0].message ?? mine[0].text ?? JSON.stringify(mine[0]), /排查发现问题/);
  // the grid worker cannot mark it reviewed; the community leader can, and the to-do is done
  assertError(await w.raw('grid-worker', 'POST', `${API}/cases/${p.id}/actions`, { body: { action: 'review' } }), 409);
  const rv = await srv.api('POST', `${API}/cases/${p.id}/actions`, { token: cl.token, body: { action: 'review', note: '已安排更换' } });
  assert.equal(rv.status, 200, rv.text);
  assert.equal(rv.json.status, 'reviewed');
  const after2 = (await notices()).find((n) => n.case_id === p.id);
  assert.ok(after2.done_at || after2.done, `the to-do is done: ${JSON.stringify(after2)}`);
});

test('the list filters by grid, unit, dates, problems and kind, pages, and exports with the filters; unknown values 422', async () => {
  const tag = unique('筛选');
  const a = await record({ title: `${tag}-a`, checklist: answers('pc_fire', { wiring: '电线老化' }), patrolled_at: '2026-01-05T10:00:00+08:00' });
  const b = await record({ title: `${tag}-b`, category: 'pc_place', checklist: answers('pc_place'), patrolled_at: '2026-01-20T10:00:00+08:00' });
  const L = (q) => listAll(srv, w.S['street-leader'], `${API}/patrols?${q}`);
  const ids = (xs) => xs.map((x) => x.id);
  let xs = await L(`grid_id=${G1.id}&from=2026-01-01&to=2026-01-31`);
  assert.ok(ids(xs).includes(a.id) && ids(xs).includes(b.id));
  xs = await L(`grid_id=${G1.id}&from=2026-01-01&to=2026-01-10`);
  assert.ok(ids(xs).includes(a.id) && !ids(xs).includes(b.id));
  xs = await L('from=2026-01-05&to=2026-01-05');   // a date alone counts its whole day
  assert.ok(ids(xs).includes(a.id) && !ids(xs).includes(b.id));
  xs = await L('has_problems=true&from=2026-01-01&to=2026-01-31');
  assert.ok(ids(xs).includes(a.id) && !ids(xs).includes(b.id));
  for (const x of xs) assert.ok(x.problems > 0);
  xs = await L('has_problems=false&from=2026-01-01&to=2026-01-31');
  assert.ok(!ids(xs).includes(a.id) && ids(xs).includes(b.id));
  xs = await L('category=pc_place&from=2026-01-01&to=2026-01-31');
  assert.deepEqual(ids(xs).filter((i) => i === a.id || i === b.id), [b.id]);
  xs = await L(`org_id=${w.org('将军社区').id}`);
  assert.ok(ids(xs).includes(a.id));
  xs = await L(`org_id=${w.org('西关街道').id}`);
  assert.ok(!ids(xs).includes(a.id));
  xs = await L(`grid_id=${G2.id}`);
  assert.ok(!ids(xs).includes(a.id));
  // the item's fields
  const row = (await L(`grid_id=${G1.id}&from=2026-01-05&to=2026-01-05`)).find((x) => x.id === a.id);
  assert.equal(row.org_name, '将军社区第一网格');
  assert.equal(row.category_name, '消防安全');
  assert.equal(row.problems, 1);
  assert.equal(row.patrolled_at, '2026-01-05T10:00:00+08:00');
  // pages: newest first, each page at most limit, the cursor continues
  const p1 = await getOk(srv, `${API}/patrols?limit=1`, w.S['street-leader']);
  assert.equal(p1.items.length, 1);
  assert.ok(p1.next_cursor);
  const p2 = await getOk(srv, `${API}/patrols?limit=1&cursor=${encodeURIComponent(p1.next_cursor)}`, w.S['street-leader']);
  assert.ok(p2.items[0].id < p1.items[0].id);
  // exports with the filters
  const csv = await w.raw('street-leader', 'GET', `${API}/patrols?format=csv&has_problems=true&from=2026-01-01&to=2026-01-31`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  assert.ok(csv.text.includes(a.code) && !csv.text.includes(b.code), 'the export keeps the filter');
  assert.ok(csv.text.includes('排查类别') && csv.text.includes('发现问题'));
  const xlsx = await w.raw('street-leader', 'GET', `${API}/patrols?format=xlsx&grid_id=${G1.id}`);
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  // unknown values
  assertError(await w.raw('street-leader', 'GET', `${API}/patrols?has_problems=maybe`), 422, undefined, 'has_problems');
  assertError(await w.raw('street-leader', 'GET', `${API}/patrols?category=nope`), 422, undefined, 'category');
  assertError(await w.raw('street-leader', 'GET', `${API}/patrols?grid_id=${w.org('将军社区').id}`), 422, undefined, 'grid_id');
  assertError(await w.raw('street-leader', 'GET', `${API}/patrols?format=pdf`), 422);
  assertError(await w.raw('street-leader', 'GET', `${API}/patrols?campaign_id=999999`), 422, undefined, 'campaign_id');
  assertError(await w.raw('street-leader', 'GET', `${API}/patrols?campaign_id=${a.id}`), 422, undefined, 'campaign_id');
  assertError(await w.raw('street-leader', 'GET', `${API}/patrols?from=yesterday`), 400);
});

test('an admin adds a patrol kind with its checklist; others may not; a code of another catalogue is refused', async () => {
  const body = { name: '校园周边', items: [{ item: 'traffic', label: '上下学交通秩序', label_en: 'School run traffic' }, { item: 'vendors', label: '流动摊贩' }] };
  assertError(await w.raw('street-leader', 'PUT', `${API}/patrol-kinds/pc_school`, { body }), 403);
  const r = await w.raw('admin', 'PUT', `${API}/patrol-kinds/pc_school`, { body });
  assert.equal(r.status, 200, r.text);
  const k = (await getOk(srv, `${API}/patrol-kinds`, w.S['grid-worker'])).items.find((x) => x.code === 'pc_school');
  assert.deepEqual(k.items.map((i) => i.item), ['traffic', 'vendors']);
  assert.equal(k.items[1].label_en, '流动摊贩', 'no English label: the Chinese one');
  const p = await post('grid-worker', { org_id: G1.id, category: 'pc_school', checklist: [{ item: 'traffic', answer: 'ok' }, { item: 'vendors', answer: 'problem', note: '校门口有烧烤摊' }] });
  assert.equal(p.status, 201, p.text);
  assertError(await w.raw('admin', 'PUT', `${API}/patrol-kinds/XF01`, { body }), 409, 'conflict', 'code');
  assertError(await w.raw('admin', 'PUT', `${API}/patrol-kinds/pc_x`, { body: { name: 'x', items: [{ item: 'a b', label: 'x' }] } }), 422, undefined, 'items[0].item');
  assertError(await w.raw('admin', 'PUT', `${API}/patrol-kinds/pc_x`, { body: { name: 'x', items: [{ item: 'a', label: 'x' }, { item: 'a', label: 'y' }] } }), 422, undefined, 'items[1].item');
  assertError(await w.raw('admin', 'PUT', `${API}/patrol-kinds/pc_x`, { body: { name: 'x', items: [] } }), 422, undefined, 'items');
});

test('a patrol under a campaign answers the campaign\'s checklist, only in the units it covers; listed by campaign', async () => {
  const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
  const mk = async (unit, checklist) => {
    const r = await w.raw('street-leader', 'POST', `${API}/cases`, { body: { type: 'campaign', title: unique('专项整治'), org_id: w.org('城中街道').id,
      period_from: today, period_to: new Date(Date.now() + 8 * 3600e3 + 90 * 86400e3).toISOString().slice(0, 10), unit_ids: [w.org(unit).id], checklist } });
    assert.equal(r.status, 201, r.text);
    return r.json;
  };
  const c = await mk('将军社区', ['群租房消防隐患', '电动车入户充电']);
  const body = (over = {}) => ({ org_id: G1.id, campaign_id: c.id, checklist: [{ item: 'c1', answer: 'problem', note: '8幢302群租12人' }, { item: 'c2', answer: 'ok' }], ...over });
  const r = await post('grid-worker', body());
  assert.equal(r.status, 201, r.text);
  const p = r.json;
  assert.equal(p.campaign_id, c.id);
  assert.equal(p.title, '将军社区第一网格·专项整治排查');
  assert.deepEqual(p.checklist.map((i) => [i.item, i.label]), [['c1', '群租房消防隐患'], ['c2', '电动车入户充电']]);
  assert.equal(p.problems, 1);
  // the kind's items are not the campaign's
  assertError(await post('grid-worker', body({ category: 'pc_fire', checklist: answers('pc_fire') })), 422, undefined, 'checklist[0].item');
  assertError(await post('grid-worker', body({ checklist: [{ item: 'c1', answer: 'ok' }] })), 422, 'missing_field', 'checklist');
  // a campaign of 飘萍社区 does not cover 将军社区第一网格
  const other = await mk('飘萍社区', ['出租屋']);
  assertError(await post('grid-worker', body({ campaign_id: other.id, checklist: [{ item: 'c1', answer: 'ok' }] })), 422, undefined, 'org_id');
  // a case that is not a campaign
  assertError(await post('grid-worker', body({ campaign_id: p.id })), 422, undefined, 'campaign_id');
  const xs = await listAll(srv, w.S['street-leader'], `${API}/patrols?campaign_id=${c.id}`);
  assert.deepEqual(xs.map((x) => x.id), [p.id]);
  // its finding turns like any other
  const ev = await w.raw('grid-worker', 'POST', `${API}/cases`, { body: { type: 'event', category: 'XF01', patrol_id: p.id, patrol_item: 'c1' } });
  assert.equal(ev.status, 201, ev.text);
  assert.equal(ev.json.title, '排查发现：群租房消防隐患');
});
