// Defects found in review, each pinned by a test that failed before its fix: administering users
// outside one's scope, global settings, fields PATCH must not change, a third catalogue level,
// truncated UTF-8, unauthenticated uploads, parallel password guessing, live streams that
// outlive their session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, API, assertError } from './lib.mjs';

let srv;
const S = {};
let orgs;

const as = (who) => ({
  get: (p) => srv.api('GET', `${API}${p}`, { token: S[who].token }),
  post: (p, body) => srv.api('POST', `${API}${p}`, { token: S[who].token, body }),
  patch: (p, body) => srv.api('PATCH', `${API}${p}`, { token: S[who].token, body }),
  put: (p, body) => srv.api('PUT', `${API}${p}`, { token: S[who].token, body }),
  del: (p) => srv.api('DELETE', `${API}${p}`, { token: S[who].token }),
});
const org = (name) => orgs.find((o) => o.name === name);

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-officer', 'grid-worker', 'operator', 'handler']) S[u] = await srv.login(u);
  orgs = (await as('admin').get('/orgs')).json.items;
  // a street-level admin, and a province admin who also works in that street
  const sub = await as('admin').post('/users', {
    login: 'sub-admin', name: '街道管理员', password: 'sub-admin-pass',
    grants: [{ role: 'admin', org_id: org('城中街道').id }],
  });
  assert.equal(sub.status, 201, sub.text);
  S['sub-admin'] = await srv.login('sub-admin', 'sub-admin-pass');
});
after(async () => { await srv?.stop(); });

test('a street admin cannot administer someone who also holds grants above the street', async () => {
  const boss = await as('admin').post('/users', {
    login: 'boss', name: '省管理员', password: 'boss-pass-123',
    grants: [{ role: 'admin', org_id: org('浙江省').id }, { role: 'officer', org_id: org('将军社区第一网格').id }],
  });
  assert.equal(boss.status, 201);
  const r = await as('sub-admin').patch(`/users/${boss.json.id}`, { password: 'owned-by-sub' });
  assertError(r, 404, 'not_found');
  const grant = await as('sub-admin').post(`/users/${boss.json.id}/grants`, { role: 'officer', org_id: org('城中街道').id });
  assertError(grant, 404, 'not_found');
  // the password did not change: the old one still works, the new one does not
  const ok = await srv.api('POST', `${API}/session`, { body: { login: 'boss', password: 'boss-pass-123' } });
  assert.equal(ok.status, 200);
  // someone wholly inside the street is the street admin's to administer
  const local = await as('admin').post('/users', {
    login: 'local-worker', name: '本街道网格员', password: 'local-pass-123',
    grants: [{ role: 'grid_worker', org_id: org('将军社区第二网格').id }],
  });
  const mine = await as('sub-admin').patch(`/users/${local.json.id}`, { name: '改名' });
  assert.equal(mine.status, 200);
  assert.equal(mine.json.name, '改名');
});

test('system-wide settings (catalogue, holidays, supervision pass) need an admin of the whole tree', async () => {
  const cats = (await as('admin').get('/categories?type=event')).json.items;
  const before = cats.find((k) => k.code === 'SZ01');
  const p = await as('sub-admin').patch('/categories/SZ01', { handle_days: 30 });
  assertError(p, 403, 'forbidden');
  const c = await as('sub-admin').post('/categories', { code: 'ZZ', name: '测试', platform: 'bianmin' });
  assertError(c, 403, 'forbidden');
  const h = await as('sub-admin').put('/holidays', { items: [{ date: '2027-01-01', name: '元旦' }] });
  assertError(h, 403, 'forbidden');
  const t = await as('sub-admin').post('/admin/sla-tick');
  assertError(t, 403, 'forbidden');
  const after = (await as('admin').get('/categories?type=event')).json.items.find((k) => k.code === 'SZ01');
  assert.equal(after.handle_days, before.handle_days);
  assert.equal((await as('admin').get('/holidays?year=2027')).json.items.length, 0);
});

test('PATCH refuses a null or unknown category, and an event\'s category, place and deadline', async () => {
  const post = await as('cz-officer').post('/cases', { type: 'suggestion', title: '类别测试', category: 'facility' });
  assert.equal(post.status, 201);
  for (const [body, field] of [[{ category: null }, 'category'], [{ category: 'bogus' }, 'category']]) {
    const r = await as('cz-officer').patch(`/cases/${post.json.id}`, { version: 1, ...body });
    assertError(r, 422, undefined, field);
  }
  const same = await as('cz-officer').get(`/cases/${post.json.id}`);
  assert.equal(same.json.category, 'facility');
  assert.equal(same.json.version, 1);

  const ev = await as('grid-worker').post('/cases', { type: 'event', title: '锁定字段', category: 'SZ01', lat: 29.083, lon: 119.642 });
  assert.equal(ev.status, 201, ev.text);
  for (const body of [{ category: 'SZ02' }, { due_at: '2030-01-01' }, { lat: 29.0835, lon: 119.6415 }]) {
    const r = await as('grid-worker').patch(`/cases/${ev.json.id}`, { version: 1, ...body });
    assert.equal(r.status, 422, JSON.stringify(body));
  }
  const ev2 = (await as('grid-worker').get(`/cases/${ev.json.id}`)).json;
  assert.equal(ev2.category, 'SZ01');
  assert.equal(ev2.due_at, ev.json.due_at);
  assert.equal(ev2.version, 1);
  // the indicators still answer (a NULL category once crashed them)
  assert.equal((await as('admin').get('/indicators')).status, 200);
});

test('the catalogue stays two levels deep', async () => {
  const r = await as('admin').patch('/categories/SZ', { parent: 'HJ' });
  assertError(r, 422, undefined, 'parent');
  const sz = (await as('admin').get('/categories?type=event')).json.items.find((k) => k.code === 'SZ');
  assert.equal(sz.parent, null);
});

test('long Chinese names survive fixed buffers whole (no cut characters, no lost category)', async () => {
  const name = '😀'.repeat(40);
  const c = await as('admin').post('/categories', { code: 'EMOJI', name, platform: 'bianmin' });
  assert.equal(c.status, 201, c.text);
  assert.equal(c.json.name, name);
  assert.ok((await as('admin').get('/categories?type=event')).json.items.some((k) => k.name === name));

  const title = '井'.repeat(200);
  const ev = await as('grid-worker').post('/cases', { type: 'event', title, category: 'SZ01', lat: 29.083, lon: 119.642 });
  assert.equal(ev.status, 201, ev.text);
  assert.equal((await as('operator').post(`/cases/${ev.json.id}/actions`, { action: 'accept' })).status, 200);
  const d = await as('operator').post(`/cases/${ev.json.id}/actions`,
    { action: 'dispatch', fields: { unit_id: org('城中街道城建办').id } });
  assert.equal(d.status, 200, d.text);
  const inbox = await as('handler').get('/notifications');
  assert.equal(inbox.status, 200);
  const note = inbox.json.items.find((n) => n.case_id === ev.json.id);
  assert.ok(note, 'the department was told');
  assert.ok(!note.message.includes('\uFFFD'), 'no broken character in the message');
  assert.ok(note.message.includes('井'.repeat(50)));
});

test('an unauthenticated upload is refused from its headers, before any body is sent', async () => {
  const port = new URL(srv.base).port;
  const answer = await new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), '127.0.0.1');
    let got = '';
    const timer = setTimeout(() => { sock.destroy(); resolve(got); }, 5000);
    sock.on('connect', () => sock.write(
      'POST /api/v1/attachments HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\n' +
      'Content-Length: 8000000\r\n\r\n'));   // and then nothing: the body never comes
    sock.on('data', (b) => { got += b.toString(); if (got.includes('\r\n\r\n')) { clearTimeout(timer); sock.destroy(); resolve(got); } });
    sock.on('error', reject);
  });
  assert.match(answer, /^HTTP\/1\.1 401/, `answer: ${JSON.stringify(answer.slice(0, 80))}`);
});

test('parallel wrong passwords are counted before they are checked: at most 5 guesses', async () => {
  const made = await as('admin').post('/users', {
    login: 'target', name: '目标', password: 'target-pass-123',
    grants: [{ role: 'officer', org_id: org('城中派出所').id }],
  });
  assert.equal(made.status, 201);
  const tries = await Promise.all(Array.from({ length: 30 }, () =>
    srv.api('POST', `${API}/session`, { body: { login: 'target', password: 'wrong-guess' } })));
  const guessed = tries.filter((r) => r.status === 401).length;
  const limited = tries.filter((r) => r.status === 429).length;
  assert.equal(guessed + limited, 30);
  assert.ok(guessed <= 5, `${guessed} guesses were checked`);
});

test('a live stream ends when its session ends', async () => {
  const s = await srv.login('operator');
  const ctl = new AbortController();
  const res = await fetch(`${srv.base}${API}/stream`, { headers: { authorization: `Bearer ${s.token}` }, signal: ctl.signal });
  assert.equal(res.status, 200);
  const reader = res.body.getReader();
  const ended = (async () => {
    for (;;) {
      const { done } = await reader.read();
      if (done) return true;
    }
  })();
  const out = await srv.api('DELETE', `${API}/session`, { token: s.token });
  assert.equal(out.status, 204);
  const result = await Promise.race([ended, new Promise((r) => setTimeout(() => r(false), 15000))]);
  ctl.abort();
  assert.equal(result, true, 'the stream was closed after the logout');
});

test('a user search matches % and _ literally, not as wildcards', async () => {
  const all = await as('admin').get('/users');
  assert.ok(all.json.items.length > 5);
  for (const q of ['%25', '_']) {
    const r = await as('admin').get(`/users?q=${q}`);
    assert.equal(r.status, 200);
    assert.equal(r.json.items.length, 0, `q=${q} matched ${r.json.items.map((u) => u.login)}`);
  }
  const real = await as('admin').get('/users?q=cz-');
  assert.ok(real.json.items.length >= 3 && real.json.items.every((u) => u.login.includes('cz-')));
});

test('one user may hold at most 8 live streams', async () => {
  const s = await srv.login('cz-officer');
  const ctls = [];
  const statuses = [];
  for (let i = 0; i < 9; i++) {
    const ctl = new AbortController();
    ctls.push(ctl);
    const res = await fetch(`${srv.base}${API}/stream`, { headers: { authorization: `Bearer ${s.token}` }, signal: ctl.signal });
    statuses.push(res.status);
    if (res.status !== 200) await res.text();
  }
  for (const c of ctls) c.abort();
  assert.deepEqual(statuses.slice(0, 8), Array(8).fill(200));
  assert.equal(statuses[8], 429);
});
