// The authorization matrix (issue 8 §6): every route of the route table (read from the binary:
// `pingan routes`) × every demo account (and no account) × a target inside and outside the
// caller's scope. A route without an entry in EXPECT fails the test, so a new route cannot ship
// without saying who may call it.
//
// Scope targets: the 城中 side (城中街道 events, 城中派出所 posts, a 城中 user) and the 西关 side.
// A refused write must change nothing: the database fingerprint (`pingan db-fingerprint`, a hash
// of every table) is taken before and after the refused cells of each write route. Writes that
// are allowed run each on a fresh target, so that one success does not change the next cell.
//
// MATRIX_OBSERVE=1 prints what the server answers instead of asserting (to review a new route).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, runCli, API, DEMO_PASSWORD, orgsByName, unique, listAll,
} from './lib.mjs';
import { png } from './fixtures/images.mjs';

const OBSERVE = !!process.env.MATRIX_OBSERVE;

const LOGINS = ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-leader', 'xg-officer',
  'grid-worker', 'operator', 'xg-operator', 'county-operator', 'handler', 'citizen'];
// Role classes, so that an expectation names groups instead of twelve logins.
const CLASSES = {
  '*': LOGINS,
  staff: LOGINS.filter((l) => l !== 'citizen'),
  police: ['cz-leader', 'cz-officer', 'cz-aux', 'xg-leader', 'xg-officer'],
  cz: ['cz-leader', 'cz-officer', 'cz-aux'],
  xg: ['xg-leader', 'xg-officer'],
  township: ['grid-worker', 'operator', 'xg-operator', 'county-operator', 'handler'],
  leaders: ['cz-leader', 'xg-leader'],
};

/** Expands {"class or logins": status, ...} (later keys win) to a login → status map. */
function expand(spec) {
  const m = new Map();
  for (const [k, v] of Object.entries(spec)) {
    const who = k.split(/\s+/).flatMap((w) => CLASSES[w] ?? [w]);
    for (const w of who) {
      assert.ok(LOGINS.includes(w) || w === 'anon', `unknown login or class ${w}`);
      m.set(w, v);
    }
  }
  return m;
}

const PW = 'matrix-Pw-7731x';

// ------------------------------------------------------------------------------------ fixtures

let srv;
const S = {};                 // login → session
let org;                      // name → org
const fx = {};                // shared fixtures, made once

async function must(status, login, method, path, body, opts = {}) {
  const r = await srv.api(method, path, { token: S[login].token, body, ...opts });
  assert.equal(r.status, status, `fixture ${method} ${path} as ${login}: ${r.status} ${r.text}`);
  return r.json;
}

const make = {
  // an event in 将军社区第一网格 (城中街道), reported by the grid worker
  async evCz() {
    const c = await must(201, 'grid-worker', 'POST', `${API}/cases`,
      { type: 'event', title: unique('mx-ev-cz'), category: 'XF03', lat: 29.083, lon: 119.642 });
    return { params: { id: c.id }, version: c.version, kind: 'event' };
  },
  // an event in 西关社区第一网格, taken by the 西关 operator on the phone
  async evXg() {
    const c = await must(201, 'xg-operator', 'POST', `${API}/cases`,
      { type: 'event', title: unique('mx-ev-xg'), category: 'SZ02',
        org_id: org.get('西关社区第一网格').id, caller_name: '赵大爷' });
    return { params: { id: c.id }, version: c.version, kind: 'event' };
  },
  async sgCz() {
    const c = await must(201, 'cz-officer', 'POST', `${API}/cases`,
      { type: 'suggestion', title: unique('mx-sg-cz'), org_id: org.get('城中派出所').id });
    return { params: { id: c.id }, version: c.version, kind: 'suggestion' };
  },
  async sgXg() {
    const c = await must(201, 'xg-officer', 'POST', `${API}/cases`,
      { type: 'suggestion', title: unique('mx-sg-xg'), org_id: org.get('西关派出所').id });
    return { params: { id: c.id }, version: c.version, kind: 'suggestion' };
  },
  // lost reports (失物登记) of each police station
  async lfCz() {
    const c = await must(201, 'cz-officer', 'POST', `${API}/cases`,
      { type: 'lost', category: 'phone', body: unique('mx-lf-cz'), org_id: org.get('城中派出所').id });
    return { params: { id: c.id }, version: c.version, kind: 'lost' };
  },
  async lfXg() {
    const c = await must(201, 'xg-officer', 'POST', `${API}/cases`,
      { type: 'lost', category: 'phone', body: unique('mx-lf-xg'), org_id: org.get('西关派出所').id });
    return { params: { id: c.id }, version: c.version, kind: 'lost' };
  },
  async user(unitName) {
    make.users ??= {};
    make.users[unitName] ??= make.newUser(unitName);
    return make.users[unitName];
  },
  async newUser(unitName) {
    const u = await must(201, 'admin', 'POST', `${API}/users`,
      { login: unique('mx').toLowerCase(), name: '矩阵测试', password: PW,
        grants: [{ role: 'operator', org_id: org.get(unitName).id }] });
    return { params: { id: u.id, gid: u.grants[0].id }, login: u.login };
  },
  async holiday() {
    // a date of its own per call, far in the future
    make.hday = (make.hday ?? 0) + 1;
    const d = new Date(Date.UTC(2090, 0, 1) + make.hday * 86400000).toISOString().slice(0, 10);
    await must(200, 'admin', 'PUT', `${API}/holidays`, { items: [{ date: d, name: '矩阵' }] });
    return { params: { date: d } };
  },
  async upload(login) {
    const a = await must(201, login, 'POST', `${API}/attachments`, undefined,
      { rawBody: png(1, 2, 3), contentType: 'image/png' });
    return { params: { id: a.id } };
  },
  // a person (当事人) on an event of either side, registered by that side's operator
  async person(side) {
    make.persons ??= {};
    make.persons[side] ??= (async () => {
      const login = side === 'cz' ? 'operator' : 'xg-operator';
      const grid = side === 'cz' ? '将军社区第一网格' : '西关社区第一网格';
      const c = await must(201, login, 'POST', `${API}/cases`,
        { type: 'event', title: unique(`mx-person-${side}`), category: 'SZ02', org_id: org.get(grid).id,
          persons: [{ role: 'party', name: '矩阵人', phone: side === 'cz' ? '13700000001' : '13700000002' }] });
      return { params: { id: c.persons[0].id } };
    })();
    return make.persons[side];
  },
  async notification(login) {
    // the supervision pass of before() warned each township's operator of its late events
    // (read or not: read-all may have run before)
    const j = await must(200, login, 'GET', `${API}/notifications`);
    assert.ok(j.items.length > 0, `no notification for ${login}`);
    return { params: { id: j.items[0].id } };
  },
};

const caseTargets = {
  'ev-cz': make.evCz, 'ev-xg': make.evXg, 'sg-cz': make.sgCz, 'sg-xg': make.sgXg,
};
const userTargets = { 'u-cz': () => make.user('城中街道'), 'u-xg': () => make.user('西关街道') };
const one = { '-': async () => ({ params: {} }) };
const q = (query) => ({ '-': async () => ({ params: {}, query }) });
// a list narrowed to a unit on either side (org_id)
const demoCampaign = async () => {
  const l = await srv.api('GET', `${API}/campaigns`, { token: S.admin.token });
  const c = l.json.items.find((x) => x.title === '城中街道消防安全和出租屋专项整治');
  assert.ok(c, 'the demo campaign exists');
  return { params: { id: c.id } };
};
const CAMPAIGN_SEE = { demo: { '*': 404, 'admin operator county-operator grid-worker': 200, citizen: 403 } };
const unitTargets = (czName, xgName) => ({
  cz: async () => ({ params: {}, query: `?org_id=${org.get(czName).id}` }),
  xg: async () => ({ params: {}, query: `?org_id=${org.get(xgName).id}` }),
});

// What each case target lets each role see: the scope rule of DESIGN.md §2 (a grant covers its
// unit's whole subtree). Events of 城中街道 are seen by its operator, the grid's worker and the
// county; 婺城区 holds the police stations too, so the county operator sees their boards. A
// department's handler sees only what is dispatched to it; a citizen only their own reports.
const SEE = {
  'ev-cz': { '*': 404, 'admin operator county-operator grid-worker': 200 },
  'ev-xg': { '*': 404, 'admin xg-operator county-operator': 200 },
  'sg-cz': { '*': 404, 'admin cz county-operator': 200 },
  'sg-xg': { '*': 404, 'admin xg county-operator': 200 },
};
const seeAs = (ok) => Object.fromEntries(Object.entries(SEE).map(([t, e]) =>
  [t, Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v === 200 ? ok : v]))]));

/**
 * The expectation table: "METHOD pattern" → {targets, body?, expect}. expect is per target
 * ('-' when there is one) a map of login or class → status; '*' is every demo account; anon
 * (no session) is 401 on every route that is not public unless the entry says otherwise.
 */
const ADMIN_ONLY = (ok) => ({ '-': { '*': 403, admin: ok } });
const EXPECT = {
  'GET /api/v1/health': { targets: one, expect: { '-': { '* anon': 200 } } },
  // public: a session or none makes no difference. Only anon signs in (argon2 is slow under
  // ASan); the signed-in callers send a body without a password, refused before any hashing.
  'POST /api/v1/session': {
    targets: one,
    body: (t, login) => (login === 'anon' ? { login: 'citizen', password: DEMO_PASSWORD } : { login }),
    expect: { '-': { '*': 422, anon: 200 } },
  },
  // runs last (see below): it ends each account's session
  'DELETE /api/v1/session': { targets: one, expect: { '-': { '*': 204 } } },
  'GET /api/v1/me': { targets: one, expect: { '-': { '*': 200 } } },
  'GET /api/v1/orgs': { targets: one, expect: { '-': { '*': 200 } } },
  'GET /api/v1/users': {
    targets: unitTargets('城中街道', '西关街道'),
    // admins and leaders; a unit outside a leader's scope narrows the list to nothing
    expect: {
      cz: { '*': 403, 'admin leaders': 200 },
      xg: { '*': 403, 'admin leaders': 200 },
    },
  },
  'POST /api/v1/users': {
    targets: one,
    body: () => ({ login: unique('mxn').toLowerCase(), name: '新用户', password: PW,
      grants: [{ role: 'citizen', org_id: org.get('婺城区').id }] }),
    expect: ADMIN_ONLY(201),
  },
  'PATCH /api/v1/users/{id}': {
    targets: userTargets, body: () => ({ name: unique('改名') }),
    expect: { 'u-cz': { '*': 403, admin: 200 }, 'u-xg': { '*': 403, admin: 200 } },
  },
  'POST /api/v1/users/{id}/grants': {
    targets: userTargets, body: () => ({ role: 'handler', org_id: org.get('城中街道城建办').id }),
    expect: { 'u-cz': { '*': 403, admin: 201 }, 'u-xg': { '*': 403, admin: 201 } },
  },
  'DELETE /api/v1/users/{id}/grants/{gid}': {
    targets: userTargets,
    expect: { 'u-cz': { '*': 403, admin: 200 }, 'u-xg': { '*': 403, admin: 200 } },
  },
  'GET /api/v1/types': { targets: one, expect: { '-': { '*': 200 } } },
  'GET /api/v1/cases': {
    targets: unitTargets('城中街道', '西关街道'),
    expect: { cz: { '*': 200 }, xg: { '*': 200 } },
  },
  'POST /api/v1/cases': {
    // a post on each station's board: only staff whose grant covers the station may post there
    targets: {
      cz: async () => ({ params: {}, unit: '城中派出所' }),
      xg: async () => ({ params: {}, unit: '西关派出所' }),
    },
    body: (t) => ({ type: 'suggestion', title: unique('mx-new'), org_id: org.get(t.unit).id }),
    expect: {
      cz: { '*': 403, 'admin cz county-operator': 201 },
      xg: { '*': 403, 'admin xg county-operator': 201 },
    },
  },
  'GET /api/v1/cases/{id}': { targets: caseTargets, expect: SEE },
  'PATCH /api/v1/cases/{id}': {
    targets: caseTargets, fresh: true, body: (t) => ({ version: t.version, priority: 'high' }),
    // the poster or a leader (the admin leads everywhere); others who see it: 403
    expect: {
      'ev-cz': { '*': 404, 'operator county-operator': 403, 'admin grid-worker': 200 },
      'ev-xg': { '*': 404, 'county-operator': 403, 'admin xg-operator': 200 },
      'sg-cz': { '*': 404, 'cz county-operator': 403, 'admin cz-officer cz-leader': 200 },
      'sg-xg': { '*': 404, 'xg county-operator': 403, 'admin xg-officer xg-leader': 200 },
    },
  },
  'POST /api/v1/cases/{id}/actions': {
    targets: caseTargets, fresh: true,
    body: (t) => (t.kind === 'event' ? { action: 'accept' }
      : { action: 'decline', note: '矩阵测试' }),
    expect: {
      'ev-cz': { '*': 404, 'admin operator county-operator': 200, 'grid-worker': 409 },
      'ev-xg': { '*': 404, 'admin xg-operator county-operator': 200 },
      'sg-cz': { '*': 404, 'admin cz-leader': 200, 'cz-officer cz-aux county-operator': 409 },
      'sg-xg': { '*': 404, 'admin xg-leader': 200, 'xg-officer county-operator': 409 },
    },
  },
  'POST /api/v1/cases/{id}/comments': {
    targets: caseTargets, body: () => ({ body: '矩阵测试的评论' }), expect: seeAs(201),
  },
  'GET /api/v1/board': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200 },
      xg: { '*': 404, 'admin xg county-operator': 200 },
    },
  },
  // full-text search: anyone signed in; the scope narrows the results (search.test.mjs)
  'GET /api/v1/search': {
    targets: { '-': async () => ({ params: {}, query: `?q=${encodeURIComponent('楼道')}` }) },
    expect: { '-': { '*': 200 } },
  },
  'GET /api/v1/grids': { targets: one, expect: { '-': { '*': 200 } } },
  'GET /api/v1/grids/locate': { targets: q('?lat=29.083&lon=119.642'), expect: { '-': { '*': 200 } } },
  // the catalogue and its export (表格化管理): any session; the file needs one even for the
  // public lost-and-found list; an unknown format is 422 before anything else
  'GET /api/v1/categories': {
    targets: {
      '-': one['-'], 'lost-public': q('?type=lost')['-'], 'lost-csv': q('?type=lost&format=csv')['-'],
      'lost-xlsx': q('?type=lost&format=xlsx')['-'], 'lost-pdf': q('?type=lost&format=pdf')['-'],
      'event-csv': q('?type=event&format=csv')['-'],
    },
    expect: {
      '-': { '*': 200 }, 'lost-public': { '* anon': 200 }, 'lost-csv': { '*': 200 },
      'lost-xlsx': { '*': 200 }, 'lost-pdf': { '* anon': 422 }, 'event-csv': { '*': 200 },
    },
  },
  'POST /api/v1/categories': {
    targets: one,
    body: () => ({ code: `ZZ${(make.cat = (make.cat ?? 10) + 1)}`, name: '矩阵类别', platform: 'bianmin' }),
    expect: ADMIN_ONLY(201),
  },
  'PATCH /api/v1/categories/{code}': {
    targets: { '-': async () => ({ params: { code: 'SZ01' } }) },
    body: () => ({ handle_days: 3 }),
    expect: ADMIN_ONLY(200),
  },
  'GET /api/v1/holidays': { targets: q('?year=2026'), expect: { '-': { '*': 200, citizen: 403 } } },
  'PUT /api/v1/holidays': {
    targets: one, body: () => ({ items: [{ date: '2091-10-01', name: '国庆节' }] }),
    expect: ADMIN_ONLY(200),
  },
  'DELETE /api/v1/holidays/{date}': { targets: { '-': make.holiday }, expect: ADMIN_ONLY(204) },
  // staff only (issue 8 §1: a citizen could read the supervision queue)
  'GET /api/v1/supervision': { targets: one, expect: { '-': { '*': 200, citizen: 403 } } },
  'POST /api/v1/admin/sla-tick': { targets: one, expect: ADMIN_ONLY(200) },
  // governance (issue #12): staff lists narrowed by scope; settings for admins
  'GET /api/v1/disputes/watch': {
    targets: unitTargets('城中街道', '西关街道'),
    expect: { cz: { '*': 200, citizen: 403 }, xg: { '*': 200, citizen: 403 } },
  },
  'GET /api/v1/risks': {
    targets: unitTargets('城中街道', '西关街道'),
    expect: { cz: { '*': 200, citizen: 403 }, xg: { '*': 200, citizen: 403 } },
  },
  'GET /api/v1/risks/heatmap': {
    targets: unitTargets('城中街道', '西关街道'),
    expect: { cz: { '*': 200, citizen: 403 }, xg: { '*': 200, citizen: 403 } },
  },
  // campaigns (专项整治): the demo campaign of 城中街道 over 将军社区 and 飘萍社区 is seen by the
  // running unit and above (operator, county-operator, admin) and inside a covered unit (the grid
  // worker); a department of the street, the police and 西关 do not see it
  'GET /api/v1/campaigns': { targets: one, expect: { '-': { '*': 200, citizen: 403 } } },
  'GET /api/v1/campaigns/{id}': { targets: { demo: demoCampaign }, expect: CAMPAIGN_SEE },
  'GET /api/v1/campaigns/{id}/items': { targets: { demo: demoCampaign }, expect: CAMPAIGN_SEE },
  'GET /api/v1/campaigns/{id}/progress': { targets: { demo: demoCampaign }, expect: CAMPAIGN_SEE },
  // patrol checks (排查): the list narrowed by scope, the kinds for staff, the catalogue for admins
  'GET /api/v1/patrols': {
    targets: unitTargets('城中街道', '西关街道'),
    expect: { cz: { '*': 200, citizen: 403 }, xg: { '*': 200, citizen: 403 } },
  },
  // the patrol kinds and their export, as the other catalogues: an unknown format is 422
  'GET /api/v1/patrol-kinds': {
    targets: { '-': one['-'], csv: q('?format=csv')['-'], xlsx: q('?format=xlsx')['-'], pdf: q('?format=pdf')['-'] },
    expect: {
      '-': { '*': 200, citizen: 403 }, csv: { '*': 200, citizen: 403 }, xlsx: { '*': 200, citizen: 403 },
      pdf: { '*': 422, citizen: 403 },
    },
  },
  'PUT /api/v1/patrol-kinds/{code}': {
    targets: { '-': async () => ({ params: { code: 'pc_matrix' } }) },
    body: () => ({ name: '矩阵排查', items: [{ item: 'a', label: '检查项' }] }),
    expect: ADMIN_ONLY(200),
  },
  'GET /api/v1/monitor/thresholds': { targets: one, expect: { '-': { '*': 200, citizen: 403 } } },
  'PUT /api/v1/monitor/thresholds': {
    targets: one,
    body: () => ({ org_id: org.get('将军社区').id, indicator: 'event_grid', threshold: 999, window_days: 30 }),
    expect: ADMIN_ONLY(200),
  },
  'POST /api/v1/admin/monitor-tick': { targets: one, expect: ADMIN_ONLY(200) },
  // the ranking of a unit's children: only for a unit the caller's grants cover (404 otherwise)
  'GET /api/v1/appraisal': {
    targets: unitTargets('城中街道', '西关街道'),
    expect: {
      cz: { '*': 404, citizen: 403, 'admin operator county-operator': 200 },
      xg: { '*': 404, citizen: 403, 'admin xg-operator county-operator': 200 },
    },
  },
  'GET /api/v1/appraisal/weights': { targets: one, expect: { '-': { '*': 200, citizen: 403 } } },
  'PUT /api/v1/appraisal/weights': {
    targets: one, body: () => ({ items: [{ key: 'on_time_rate', weight: 25 }] }),
    expect: ADMIN_ONLY(200),
  },
  'GET /api/v1/places': { targets: one, expect: { '-': { '*': 200 } } },
  'GET /api/v1/complaint-units': { targets: one, expect: { '-': { '*': 200 } } },
  'GET /api/v1/notifications': { targets: one, expect: { '-': { '*': 200 } } },
  'POST /api/v1/notifications/read-all': { targets: one, expect: { '-': { '*': 204 } } },
  'POST /api/v1/notifications/{id}/read': {
    targets: { 'n-cz': () => make.notification('operator'), 'n-xg': () => make.notification('xg-operator') },
    expect: { 'n-cz': { '*': 404, operator: 204 }, 'n-xg': { '*': 404, 'xg-operator': 204 } },
  },
  'GET /api/v1/stream': { targets: one, stream: true, expect: { '-': { '*': 200 } } },
  'POST /api/v1/attachments': {
    targets: one, raw: () => png(9, 8, 7), expect: { '-': { '*': 201 } },
  },
  'GET /api/v1/attachments/{id}': {
    // the demo's photo of a settled event in 将军社区第一网格, and an unattached upload
    targets: {
      'att-cz': async () => ({ params: { id: fx.demoPhoto } }),
      'att-xg': () => make.upload('xg-operator'),
    },
    expect: {
      'att-cz': { '*': 404, 'admin operator county-operator grid-worker': 200 },
      'att-xg': { '*': 404, 'xg-operator': 200 },
    },
  },
  // the desk's numbers: staff whose grant covers the station (issue 10)
  'GET /api/v1/stats/incidents': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  'GET /api/v1/stats/desk': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  // the front desk (issue 10): a station's desk page, store, counts and statistics are for the
  // staff whose grant covers the station (the county operator's 婺城区 holds the stations)
  'GET /api/v1/desk': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  // the staff picker of a unit (id, name, roles): any staff whose grant covers the unit
  'GET /api/v1/staff': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  'GET /api/v1/handovers': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  'GET /api/v1/custody/inventory': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  'GET /api/v1/custody/counts': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  // counting takes a desk role at the station (officer, auxiliary, leader); the admin leads
  // everywhere only through the leader role, so an admin without one is refused
  'POST /api/v1/custody/counts': {
    targets: {
      cz: async () => ({ params: {}, unit: '城中派出所' }),
      xg: async () => ({ params: {}, unit: '西关派出所' }),
    },
    body: (t) => ({ org_id: org.get(t.unit).id, counted: [] }),
    expect: {
      cz: { '*': 404, 'cz': 201, 'admin county-operator': 403, citizen: 403 },
      xg: { '*': 404, 'xg': 201, 'admin county-operator': 403, citizen: 403 },
    },
  },
  'GET /api/v1/stats/custody': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  'GET /api/v1/stats/commendations': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  // lost and found (失物招领): a case's candidates for whoever sees the case (staff only); the
  // public notice for anyone, signed in or not; the settings and lists for staff, written by
  // an admin of the whole tree
  'GET /api/v1/cases/{id}/matches': {
    targets: { 'lf-cz': make.lfCz, 'lf-xg': make.lfXg },
    expect: {
      'lf-cz': { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      'lf-xg': { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  'GET /api/v1/public/found': { targets: one, expect: { '-': { '* anon': 200 } } },
  'GET /api/v1/public/found/stations': { targets: one, expect: { '-': { '* anon': 200 } } },
  'GET /api/v1/lostfound/settings': { targets: one, expect: { '-': { '*': 200, citizen: 403 } } },
  'PUT /api/v1/lostfound/settings': { targets: one, body: () => ({ notice_days: 3 }), expect: ADMIN_ONLY(200) },
  // the claim offices (认领地点) are public: every staff member reads them all
  'GET /api/v1/lostfound/stations': { targets: one, expect: { '-': { '*': 200 } } },
  'GET /api/v1/lostfound/offices': { targets: one, expect: { '-': { '*': 200, citizen: 403 } } },
  // a unit's office: an admin or leader over it; a unit outside the caller's scope is 404
  'PUT /api/v1/lostfound/offices/{id}': {
    targets: {
      cz: async () => ({ params: { id: org.get('城中派出所').id } }),
      xg: async () => ({ params: { id: org.get('西关派出所').id } }),
    },
    body: () => ({ address: '矩阵测试地址', phone: '0579-82301110', hours: '工作日' }),
    expect: {
      cz: { '*': 403, 'admin cz-leader': 200, 'xg-leader': 404 },
      xg: { '*': 403, 'admin xg-leader': 200, 'cz-leader': 404 },
    },
  },
  'GET /api/v1/lostfound/expiring': { targets: one, expect: { '-': { '*': 200, citizen: 403 } } },
  'GET /api/v1/lostfound/stats': { targets: one, expect: { '-': { '*': 200, citizen: 403 } } },
  // a unit's match alerts (the 阳光坐席 page): its staff, leaders above it and admins
  'GET /api/v1/lostfound/alerts': {
    targets: unitTargets('城中派出所', '西关派出所'),
    expect: {
      cz: { '*': 404, 'admin cz county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg county-operator': 200, citizen: 403 },
    },
  },
  // staff only (issue 8 §1: a citizen could read the indicators)
  'GET /api/v1/indicators': {
    targets: unitTargets('城中街道', '西关街道'),
    expect: {
      cz: { '*': 404, 'admin operator county-operator': 200, citizen: 403 },
      xg: { '*': 404, 'admin xg-operator county-operator': 200, citizen: 403 },
    },
  },
  // persons (当事人): masked lookups for officers, auxiliaries, leaders, operators and mediators
  // (answers hold only what the caller's scope holds); one person for any staff who sees a case
  // of theirs; a whole value for an officer, leader, operator or mediator of such a case
  'GET /api/v1/persons': {
    targets: q('?phone=13700000001'),
    expect: { '-': { '*': 200, 'admin grid-worker handler citizen': 403 } },
  },
  'GET /api/v1/persons/{id}': {
    targets: { 'p-cz': () => make.person('cz'), 'p-xg': () => make.person('xg') },
    expect: {
      'p-cz': { '*': 404, citizen: 403, 'admin operator county-operator grid-worker': 200 },
      'p-xg': { '*': 404, citizen: 403, 'admin xg-operator county-operator': 200 },
    },
  },
  'POST /api/v1/persons/{id}/reveal': {
    targets: { 'p-cz': () => make.person('cz'), 'p-xg': () => make.person('xg') },
    body: () => ({ field: 'phone', reason: '矩阵测试回访' }),
    expect: {
      'p-cz': { '*': 404, 'admin grid-worker handler citizen cz-aux': 403, 'operator county-operator': 200 },
      'p-xg': { '*': 404, 'admin grid-worker handler citizen cz-aux': 403, 'xg-operator county-operator': 200 },
    },
  },
  // the reveals of the leader's units (查看记录)
  'GET /api/v1/access-log': { targets: one, expect: { '-': { '*': 403, 'admin leaders': 200 } } },
};

// ------------------------------------------------------------------------------------ running

function fill(pattern, params) {
  return pattern.replace(/\{(\w+)\}/g, (_, k) => {
    assert.ok(params[k] !== undefined, `no value for {${k}} in ${pattern}`);
    return encodeURIComponent(String(params[k]));
  });
}

/** The fingerprint of every table but sessions (each request touches its session's last_seen). */
function fingerprint() {
  const r = runCli(['db-fingerprint', '--db', srv.db]);
  assert.equal(r.status, 0, `db-fingerprint: ${r.stderr}`);
  const j = JSON.parse(r.stdout);
  delete j.sessions;
  // written by the server's minute timer (docs/architecture.md, anchors), not by a request: a
  // slow run (ASan) may see it record the heads of earlier, allowed writes between two
  // fingerprints. The timelines themselves stay compared.
  delete j.anchors;
  delete j.anchor_heads;
  return j;
}

async function call(route, entry, login, target) {
  const url = fill(route.pattern, target.params) + (target.query ?? '');
  const opts = {};
  if (login !== 'anon') opts.token = S[login].token;
  if (entry.raw) { opts.rawBody = entry.raw(target); opts.contentType = 'image/png'; }
  else if (entry.body) opts.body = entry.body(target, login);
  if (entry.stream) {
    const ac = new AbortController();
    const headers = opts.token ? { authorization: `Bearer ${opts.token}` } : {};
    const res = await fetch(srv.base + url, { headers, signal: ac.signal });
    const status = res.status;
    ac.abort();
    return { status, text: '' };
  }
  return srv.api(route.method, url, opts);
}

// DELETE /session last: its allowed cells end the sessions every other route uses
const LAST = 'DELETE /api/v1/session';
const listed = runCli(['routes']).stdout.trim().split('\n').map((l) => JSON.parse(l));
const routes = [...listed.filter((r) => `${r.method} ${r.pattern}` !== LAST),
  ...listed.filter((r) => `${r.method} ${r.pattern}` === LAST)];
const observed = [];

before(async () => {
  srv = await startServer();
  for (const l of LOGINS) S[l] = await srv.login(l);
  org = await orgsByName(srv, S.admin);
  const settled = (await listAll(srv, S.admin, `${API}/cases?type=event&status=settled`))[0];
  const full = await must(200, 'admin', 'GET', `${API}/cases/${settled.id}`);
  fx.demoPhoto = full.photos[0];
  await must(200, 'admin', 'POST', `${API}/admin/sla-tick`);
});

after(async () => {
  if (OBSERVE) console.log(observed.join('\n'));
  await srv?.stop();
});

test('the route table is non-empty and every route has an entry in the matrix', () => {
  assert.ok(routes.length >= 30, `only ${routes.length} routes from pingan routes`);
  const missing = routes.map((r) => `${r.method} ${r.pattern}`).filter((k) => !EXPECT[k]);
  assert.deepEqual(missing, [], 'routes without an authorization matrix entry: add them to EXPECT');
  const known = new Set(routes.map((r) => `${r.method} ${r.pattern}`));
  assert.deepEqual(Object.keys(EXPECT).filter((k) => !known.has(k)), [],
    'matrix entries for routes that no longer exist');
});

for (const route of routes) {
  const key = `${route.method} ${route.pattern}`;
  const entry = EXPECT[key];
  if (!entry) continue;
  const write = route.method !== 'GET';
  test(`matrix: ${key}`, async () => {
    const cells = [];
    for (const [tname, make1] of Object.entries(entry.targets)) {
      const exp = expand(entry.expect[tname] ?? assert.fail(`${key}: no expectation for ${tname}`));
      for (const login of [...LOGINS, 'anon']) {
        let want = exp.get(login);
        if (login === 'anon' && want === undefined) want = 401;
        assert.ok(want !== undefined, `${key} ${tname}: no expectation for ${login}`);
        cells.push({ tname, make1, login, want });
      }
    }
    const fails = [];
    const check = (c, r) => {
      observed.push(`${key}\t${c.tname}\t${c.login}\t${r.status}\t${c.want}${r.status !== c.want ? '\tDIFF ' + r.text.slice(0, 100) : ''}`);
      if (OBSERVE) return;
      if (r.status !== c.want) fails.push(`${c.login} on ${c.tname}: ${r.status} (want ${c.want}) ${r.text.slice(0, 160)}`);
      if (r.status >= 400 && !entry.stream) {
        // the documented error body
        const e = r.json?.error;
        if (!e || typeof e.code !== 'string' || typeof e.message !== 'string')
          fails.push(`${c.login} on ${c.tname}: error body ${r.text.slice(0, 160)}`);
      }
    };
    // refused cells first, on targets shared by all of them, inside one fingerprint
    const shared = {};
    for (const t of Object.keys(entry.targets)) shared[t] = await entry.targets[t]();
    const refused = cells.filter((c) => c.want >= 400);
    const before0 = write ? fingerprint() : null;
    for (const c of refused) check(c, await call(route, entry, c.login, shared[c.tname]));
    if (write) {
      const after0 = fingerprint();
      if (!OBSERVE) assert.deepEqual(after0, before0, `${key}: a refused write changed the database`);
    }
    // allowed cells: a write gets a fresh target (and a fresh session when it ends one)
    for (const c of cells.filter((x) => x.want < 400)) {
      const t = entry.fresh ? await c.make1() : shared[c.tname];
      check(c, await call(route, entry, c.login, t));
    }
    assert.deepEqual(fails, [], `${key}: cells that differ from the matrix`);
  });
}
