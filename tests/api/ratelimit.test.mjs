// Login throttling without a lock-out weapon: failures are counted per address and per
// (account, address), never per account alone. After 5 failures for an account from one
// address, attempts from there wait (429 + Retry-After) a delay that doubles; after 20 from one
// address, every attempt from it waits. A correct password from an address that never failed
// still works. Requests are sent from 127.0.0.x source addresses (node's localAddress).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, API, DEMO_PASSWORD, assertError } from './lib.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv?.stop(); });

/** POST /session from a given local source address: {status, headers, json, text}. */
function attempt(login, password, from = '127.0.0.1') {
  const body = JSON.stringify({ login, password });
  return new Promise((resolve, reject) => {
    const req = http.request(`${srv.base}${API}/session`, {
      method: 'POST', localAddress: from, agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        let json = null;
        try { json = JSON.parse(text); } catch { /* not JSON */ }
        const h = res.headers;
        resolve({ status: res.statusCode, json, text, headers: { get: (k) => h[k.toLowerCase()] ?? null } });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const retryAfter = (r) => {
  const ra = r.headers.get('retry-after');
  assert.match(ra ?? '', /^\d+$/, `Retry-After is a number of seconds: ${ra}`);
  return Number(ra);
};

test('five failures from one address throttle that account there with 429 and Retry-After', async () => {
  for (let i = 1; i <= 5; i++) {
    assertError(await attempt('cz-officer', `wrong-password-${i}`, '127.0.0.2'), 401, 'invalid_credentials');
  }
  const sixth = await attempt('cz-officer', 'wrong-password-6', '127.0.0.2');
  assertError(sixth, 429, 'rate_limited');
  const ra = retryAfter(sixth);
  assert.ok(ra >= 1 && ra <= 2, `the first delay is 2 s: ${ra}`);
  // even the right password waits there, with no token and no cookie
  const right = await attempt('cz-officer', DEMO_PASSWORD, '127.0.0.2');
  assertError(right, 429, 'rate_limited');
  assert.ok(!('token' in right.json));
  assert.ok(!right.headers.get('set-cookie'));
});

test('the real user at another address is not locked out', async () => {
  // the attacker at 127.0.0.2 keeps failing on cz-officer ...
  for (let i = 0; i < 5; i++) await attempt('cz-officer', `more-guesses-${i}`, '127.0.0.2');
  // ... and cz-officer signs in from an address that never failed
  const r = await attempt('cz-officer', DEMO_PASSWORD, '127.0.0.3');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.user.login, 'cz-officer');
  // other accounts from the attacker's own address are not held back by the pair either
  const other = await attempt('cz-leader', DEMO_PASSWORD, '127.0.0.2');
  assert.equal(other.status, 200, other.text);
});

test('the delay grows with every further failure', async () => {
  for (let i = 0; i < 5; i++) await attempt('xg-officer', `guess-${i}-abcdef`, '127.0.0.4');
  const first = retryAfter(await attempt('xg-officer', 'x-guess-abcdef', '127.0.0.4'));
  assert.ok(first <= 2);
  await sleep(first * 1000 + 100);
  assertError(await attempt('xg-officer', 'guess-6-abcdef', '127.0.0.4'), 401, 'invalid_credentials');
  const second = await attempt('xg-officer', DEMO_PASSWORD, '127.0.0.4');
  assertError(second, 429, 'rate_limited');
  assert.ok(retryAfter(second) > first, `${retryAfter(second)} > ${first}`);
  assert.ok(retryAfter(second) <= 4);
  // after the wait the right password gets in
  await sleep(retryAfter(second) * 1000 + 100);
  const ok = await attempt('xg-officer', DEMO_PASSWORD, '127.0.0.4');
  assert.equal(ok.status, 200, ok.text);
});

test('a session made before the throttle keeps working', async () => {
  const s = await srv.login('cz-aux');
  for (let i = 0; i < 6; i++) await attempt('cz-aux', `nope-${i}-abcdef`);
  assertError(await attempt('cz-aux', DEMO_PASSWORD), 429, 'rate_limited');
  const me = await srv.api('GET', `${API}/me`, { token: s.token });
  assert.equal(me.status, 200, me.text);
  assert.equal(me.json.login, 'cz-aux');
});

test('more than 20 failures from one address throttle every login from it, and only from it', async () => {
  // distinct unknown logins, so that no (account, address) pair reaches its own limit
  const statuses = [];
  for (let i = 0; i < 22; i++) {
    const r = await attempt(`ghost-${i}`, 'whatever-password', '127.0.0.5');
    statuses.push(r.status);
    if (r.status === 429) assert.ok(retryAfter(r) > 0);
    else assertError(r, 401, 'invalid_credentials');
  }
  const first429 = statuses.indexOf(429);
  assert.equal(first429, 20, `the 21st attempt waits: ${statuses}`);
  // xg-leader never failed, but this address waits now ...
  assertError(await attempt('xg-leader', DEMO_PASSWORD, '127.0.0.5'), 429, 'rate_limited');
  // ... while any other address signs in
  const r = await attempt('xg-leader', DEMO_PASSWORD, '127.0.0.6');
  assert.equal(r.status, 200, r.text);
});
