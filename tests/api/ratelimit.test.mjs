// Login rate limiting: more than 5 failures for one account within 15 minutes → 429.
// A server of its own, so that the per-address counter (20 failures) starts from zero.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, DEMO_PASSWORD, assertError } from './lib.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv?.stop(); });

const attempt = (login, password) => srv.api('POST', `${API}/session`, { body: { login, password } });

test('six wrong passwords lock the account with 429 and Retry-After', async () => {
  for (let i = 1; i <= 5; i++) {
    const r = await attempt('cz-officer', `wrong-password-${i}`);
    assertError(r, 401, 'invalid_credentials');
  }
  const sixth = await attempt('cz-officer', 'wrong-password-6');
  assertError(sixth, 429, 'rate_limited');
  const ra = sixth.headers.get('retry-after');
  assert.ok(ra !== null, 'Retry-After header is present');
  assert.match(ra, /^\d+$/, `Retry-After is a number of seconds: ${ra}`);
  assert.ok(Number(ra) > 0, `Retry-After > 0: ${ra}`);
  assert.ok(Number(ra) <= 15 * 60, `Retry-After within the 15-minute window: ${ra}`);

  // Even the right password is refused now, with no token and no cookie.
  const right = await attempt('cz-officer', DEMO_PASSWORD);
  assertError(right, 429, 'rate_limited');
  assert.ok(!('token' in right.json));
  assert.equal(right.headers.getSetCookie().filter((c) => /^pingan_session=[^;]+/.test(c)).length, 0);
  const ra2 = right.headers.get('retry-after');
  assert.match(ra2 ?? '', /^\d+$/);
  assert.ok(Number(ra2) > 0);
});

test('other accounts still log in from the same address', async () => {
  for (const login of ['cz-leader', 'xg-officer', 'admin']) {
    const r = await attempt(login, DEMO_PASSWORD);
    assert.equal(r.status, 200, `${login}: ${r.status} ${r.text}`);
    assert.equal(r.json.user.login, login);
  }
});

test('the locked account stays locked (the window is 15 minutes)', async () => {
  const r = await attempt('cz-officer', DEMO_PASSWORD);
  assertError(r, 429, 'rate_limited');
});

test('a session made before the lock keeps working', async () => {
  // cz-aux: log in, then lock the account, then use the earlier session.
  const s = await srv.login('cz-aux');
  for (let i = 0; i < 6; i++) await attempt('cz-aux', `nope-${i}`);
  assertError(await attempt('cz-aux', DEMO_PASSWORD), 429, 'rate_limited');
  const me = await srv.api('GET', `${API}/me`, { token: s.token });
  assert.equal(me.status, 200, me.text);
  assert.equal(me.json.login, 'cz-aux');
});

test('more than 20 failures from one address lock out every account from it', async () => {
  // Distinct unknown logins, so that no single account reaches its own limit.
  const statuses = [];
  for (let i = 0; i < 25; i++) {
    const r = await attempt(`ghost-${i}`, 'whatever-password');
    statuses.push(r.status);
    if (r.status === 429) {
      const ra = r.headers.get('retry-after');
      assert.match(ra ?? '', /^\d+$/);
      assert.ok(Number(ra) > 0);
    } else {
      assertError(r, 401, 'invalid_credentials');
    }
  }
  const first429 = statuses.indexOf(429);
  assert.ok(first429 >= 0, `no 429 after 25 failures: ${statuses}`);
  assert.ok(statuses.slice(first429).every((s) => s === 429), `lock did not hold: ${statuses}`);
  // xg-leader never failed, but the address is locked now.
  assertError(await attempt('xg-leader', DEMO_PASSWORD), 429, 'rate_limited');
});
