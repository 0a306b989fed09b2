// Sessions: login, cookie attributes, bearer vs cookie, CSRF, logout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, DEMO_PASSWORD, assertError, countCases, CST_TIME, unique } from './lib.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv?.stop(); });

test('health answers without auth', async () => {
  const r = await srv.api('GET', `${API}/health`);
  assert.equal(r.status, 200);
  assert.equal(r.json.status, 'ok');
  assert.equal(typeof r.json.version, 'string');
  assert.ok(r.json.version.length > 0);
  assert.match(r.headers.get('content-type') || '', /^application\/json/);
});

test('login succeeds with the right password and sets a safe cookie', async () => {
  const before = Date.now();
  const r = await srv.api('POST', `${API}/session`, { body: { login: 'cz-officer', password: DEMO_PASSWORD } });
  assert.equal(r.status, 200, r.text);
  assert.equal(typeof r.json.token, 'string');
  assert.ok(r.json.token.length >= 32, 'a 256-bit token needs at least 32 characters');
  assert.equal(typeof r.json.csrf_token, 'string');
  assert.ok(r.json.csrf_token.length >= 16);
  assert.notEqual(r.json.csrf_token, r.json.token);
  assert.match(r.json.expires_at, CST_TIME);
  const exp = Date.parse(r.json.expires_at);
  assert.ok(exp > before, 'expires_at is in the future');
  assert.ok(exp <= before + 12 * 3600 * 1000 + 60000, 'sessions last at most 12 hours');
  assert.equal(r.json.user.login, 'cz-officer');
  assert.equal(r.json.user.disabled, false);
  assert.ok(Number.isInteger(r.json.user.id));
  assert.ok(!('password' in r.json.user) && !('password_hash' in r.json.user));
  assert.ok(r.json.user.grants.some((g) => g.role === 'officer' && g.org_name === '城中派出所'),
    JSON.stringify(r.json.user.grants));

  const cookies = r.headers.getSetCookie();
  const sc = cookies.find((c) => c.startsWith('pingan_session='));
  assert.ok(sc, `no pingan_session cookie: ${JSON.stringify(cookies)}`);
  const value = sc.split(';')[0].slice('pingan_session='.length);
  assert.ok(value.length >= 32, 'cookie carries a token');
  const attrs = sc.split(';').slice(1).map((a) => a.trim().toLowerCase());
  assert.ok(attrs.includes('httponly'), `HttpOnly missing: ${sc}`);
  assert.ok(attrs.includes('samesite=strict'), `SameSite=Strict missing: ${sc}`);
  assert.ok(attrs.includes('path=/'), `Path=/ missing: ${sc}`);
});

test('two logins give two different tokens', async () => {
  const a = await srv.login('cz-aux');
  const b = await srv.login('cz-aux');
  assert.notEqual(a.token, b.token);
  assert.notEqual(a.csrf, b.csrf);
});

test('wrong password and unknown user answer the same 401', async () => {
  const wrong = await srv.api('POST', `${API}/session`, { body: { login: 'cz-leader', password: 'not-the-password' } });
  assertError(wrong, 401, 'invalid_credentials');
  assert.equal(wrong.headers.getSetCookie().filter((c) => /^pingan_session=[^;]+/.test(c)).length, 0,
    'no session cookie on a failed login');
  const unknown = await srv.api('POST', `${API}/session`, { body: { login: 'no-such-user', password: 'not-the-password' } });
  assertError(unknown, 401, 'invalid_credentials');
  assert.deepEqual(unknown.json, wrong.json, 'unknown user and wrong password must be indistinguishable');
  assert.ok(!('token' in wrong.json));
});

test('login body is validated like any other body', async () => {
  const missing = await srv.api('POST', `${API}/session`, { body: { login: 'cz-officer' } });
  assert.ok([400, 401, 422].includes(missing.status), `missing password: ${missing.status} ${missing.text}`);
  assert.ok(!missing.json?.token);
  const extra = await srv.api('POST', `${API}/session`, { body: { login: 'cz-officer', password: DEMO_PASSWORD, admin: true } });
  assertError(extra, 422, 'unknown_field', 'admin');
  const textPlain = await srv.api('POST', `${API}/session`, {
    rawBody: JSON.stringify({ login: 'cz-officer', password: DEMO_PASSWORD }), contentType: 'text/plain',
  });
  assertError(textPlain, 415, 'unsupported_media_type');
});

test('GET /me works with the bearer token and with the cookie', async () => {
  const s = await srv.login('cz-officer');
  const viaBearer = await srv.api('GET', `${API}/me`, { token: s.token });
  assert.equal(viaBearer.status, 200, viaBearer.text);
  assert.equal(viaBearer.json.login, 'cz-officer');
  assert.equal(viaBearer.json.id, s.user.id);
  assert.equal(viaBearer.json.csrf_token, s.csrf);
  assert.ok(Array.isArray(viaBearer.json.grants) && viaBearer.json.grants.length >= 1);
  for (const g of viaBearer.json.grants) {
    assert.ok(Number.isInteger(g.id) && Number.isInteger(g.org_id));
    assert.equal(typeof g.role, 'string');
    assert.equal(typeof g.org_name, 'string');
  }

  const viaCookie = await srv.api('GET', `${API}/me`, { cookie: s.cookie });
  assert.equal(viaCookie.status, 200, viaCookie.text);
  assert.equal(viaCookie.json.id, s.user.id);
  assert.equal(viaCookie.json.csrf_token, s.csrf);
});

test('each user sees their own identity', async () => {
  const a = await srv.login('admin');
  const l = await srv.login('xg-leader');
  const me1 = await srv.api('GET', `${API}/me`, { token: a.token });
  const me2 = await srv.api('GET', `${API}/me`, { token: l.token });
  assert.equal(me1.json.login, 'admin');
  assert.equal(me2.json.login, 'xg-leader');
  assert.ok(me1.json.grants.some((g) => g.role === 'admin'));
  assert.ok(me2.json.grants.some((g) => g.role === 'leader' && g.org_name === '西关派出所'));
  assert.notEqual(me1.json.id, me2.json.id);
});

test('no auth → 401 on /cases, /me, /orgs, /board, /users', async () => {
  for (const p of ['/cases', '/me', '/orgs', '/board', '/users', '/types']) {
    const r = await srv.api('GET', `${API}${p}`);
    assertError(r, 401, 'unauthorized');
  }
  const post = await srv.api('POST', `${API}/cases`, { body: { type: 'suggestion', title: unique('anon') } });
  assertError(post, 401, 'unauthorized');
});

test('a made-up bearer token or cookie → 401', async () => {
  const fake = 'A'.repeat(43);
  assertError(await srv.api('GET', `${API}/me`, { token: fake }), 401, 'unauthorized');
  assertError(await srv.api('GET', `${API}/me`, { cookie: `pingan_session=${fake}` }), 401, 'unauthorized');
  assertError(await srv.api('GET', `${API}/me`, { headers: { authorization: 'Basic Y3otb2ZmaWNlcjpkZW1vLXBhc3MtMTIz' } }), 401, 'unauthorized');
});

test('cookie-authenticated POST needs the CSRF header; bearer does not', async () => {
  const s = await srv.login('cz-officer');
  const n0 = await countCases(srv, s, '?type=suggestion');

  const noCsrf = await srv.api('POST', `${API}/cases`, {
    cookie: s.cookie, body: { type: 'suggestion', title: unique('csrf-none') },
  });
  assertError(noCsrf, 403, 'csrf_failed');
  const wrongCsrf = await srv.api('POST', `${API}/cases`, {
    cookie: s.cookie, csrf: 'x'.repeat(s.csrf.length), body: { type: 'suggestion', title: unique('csrf-wrong') },
  });
  assertError(wrongCsrf, 403, 'csrf_failed');
  // Another session's CSRF token is no good either.
  const other = await srv.login('cz-officer');
  const foreign = await srv.api('POST', `${API}/cases`, {
    cookie: s.cookie, csrf: other.csrf, body: { type: 'suggestion', title: unique('csrf-foreign') },
  });
  assertError(foreign, 403, 'csrf_failed');
  assert.equal(await countCases(srv, s, '?type=suggestion'), n0, 'refused posts created nothing');

  const withCsrf = await srv.api('POST', `${API}/cases`, {
    cookie: s.cookie, csrf: s.csrf, body: { type: 'suggestion', title: unique('csrf-ok') },
  });
  assert.equal(withCsrf.status, 201, withCsrf.text);
  const bearer = await srv.api('POST', `${API}/cases`, {
    token: s.token, body: { type: 'suggestion', title: unique('bearer-ok') },
  });
  assert.equal(bearer.status, 201, bearer.text);
  assert.equal(await countCases(srv, s, '?type=suggestion'), n0 + 2);
});

test('cookie-authenticated PATCH and comment need the CSRF header too', async () => {
  const s = await srv.login('cz-officer');
  const c = await srv.api('POST', `${API}/cases`, { token: s.token, body: { type: 'suggestion', title: unique('csrf-patch') } });
  assert.equal(c.status, 201, c.text);
  const patch = await srv.api('PATCH', `${API}/cases/${c.json.id}`, {
    cookie: s.cookie, body: { version: c.json.version, title: 'changed without csrf' },
  });
  assertError(patch, 403, 'csrf_failed');
  const comment = await srv.api('POST', `${API}/cases/${c.json.id}/comments`, { cookie: s.cookie, body: { body: 'no csrf' } });
  assertError(comment, 403, 'csrf_failed');
  const after = await srv.api('GET', `${API}/cases/${c.json.id}`, { token: s.token });
  assert.equal(after.json.title, c.json.title);
  assert.equal(after.json.version, c.json.version);
  assert.equal(after.json.timeline.length, 1);
});

test('logout with bearer makes the token useless', async () => {
  const s = await srv.login('cz-officer');
  assert.equal((await srv.api('GET', `${API}/me`, { token: s.token })).status, 200);
  const out = await srv.api('DELETE', `${API}/session`, { token: s.token });
  assert.equal(out.status, 204, out.text);
  assertError(await srv.api('GET', `${API}/me`, { token: s.token }), 401, 'unauthorized');
  assertError(await srv.api('GET', `${API}/cases`, { token: s.token }), 401, 'unauthorized');
  assertError(await srv.api('GET', `${API}/me`, { cookie: s.cookie }), 401, 'unauthorized');
  // Another session of the same user is untouched.
  const s2 = await srv.login('cz-officer');
  assert.equal((await srv.api('GET', `${API}/me`, { token: s2.token })).status, 200);
});

test('logout with the cookie needs CSRF, then ends the session', async () => {
  const s = await srv.login('cz-aux');
  const noCsrf = await srv.api('DELETE', `${API}/session`, { cookie: s.cookie });
  assertError(noCsrf, 403, 'csrf_failed');
  assert.equal((await srv.api('GET', `${API}/me`, { cookie: s.cookie })).status, 200, 'refused logout kept the session');
  const out = await srv.api('DELETE', `${API}/session`, { cookie: s.cookie, csrf: s.csrf });
  assert.equal(out.status, 204, out.text);
  assertError(await srv.api('GET', `${API}/me`, { cookie: s.cookie }), 401, 'unauthorized');
  assertError(await srv.api('GET', `${API}/me`, { token: s.token }), 401, 'unauthorized');
});
