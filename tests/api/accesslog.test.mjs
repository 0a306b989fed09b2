// The access log (issue 8 §5) and the client address behind a reverse proxy (issue 8 §2):
// one line per request "time address user method path?names status bytes µs", with no query
// values, tokens, cookies or passwords; SIGHUP reopens it, --access-log-max-mb rotates it.
// X-Forwarded-For is read only from a --trusted-proxy, and a spoofed one is ignored otherwise.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, renameSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, startServer, API, DEMO_PASSWORD } from './lib.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const LINE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00) (\S+) (\d+|-) (\S+) (\S+) (\d{3}) (\d+|-) (\d+)$/;

/** The parsed lines of a log file ([] if it does not exist). */
function lines(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
    const m = LINE.exec(l);
    assert.ok(m, `not an access log line: ${JSON.stringify(l)}`);
    return { raw: l, time: m[1], addr: m[2], user: m[3], method: m[4], path: m[5], status: Number(m[6]), bytes: m[7], us: Number(m[8]) };
  });
}

/** Waits (the line is written when the answer is complete) for a line matching fn. */
async function waitLine(file, fn) {
  for (let i = 0; i < 50; i++) {
    const hit = lines(file).filter(fn);
    if (hit.length) return hit[hit.length - 1];
    await sleep(50);
  }
  assert.fail(`no matching line in ${file}:\n${existsSync(file) ? readFileSync(file, 'utf8').slice(-2000) : '(no file)'}`);
}

/** GET from a chosen loopback source address with extra headers: status. */
function getFrom(srv, p, localAddress, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: srv.port, path: p, localAddress, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    }).on('error', reject);
  });
}

let plain, proxied, plainLog, proxiedLog;

/** A fresh demo database in a temp dir, served with extra options: the log goes in that dir. */
async function serveWithLog(extra) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pingan-alog-'));
  const db = path.join(dir, 't.db');
  const init = runCli(['init', '--db', db, '--demo'], { env: { PINGAN_DEMO_PASSWORD: DEMO_PASSWORD } });
  assert.equal(init.status, 0, init.stderr);
  const log = path.join(dir, 'access.log');
  return { log, srv: await startServer({ dir, db }, { args: ['--access-log', log, ...extra] }) };
}

before(async () => {
  ({ srv: plain, log: plainLog } = await serveWithLog([]));
  ({ srv: proxied, log: proxiedLog } = await serveWithLog(
    ['--trusted-proxy', '127.0.0.1', '--trusted-proxy', '::1', '--access-log-max-mb', '1']));
});
after(async () => { await plain?.stop(); await proxied?.stop(); });

test('one line per request: time in China time, address, user, method, path, status, bytes, µs', async () => {
  const r = await plain.api('GET', `${API}/health?first=1`);
  assert.equal(r.status, 200);
  const l = await waitLine(plainLog, (x) => x.path === `${API}/health?first=`);
  assert.equal(l.addr, '127.0.0.1');
  assert.equal(l.user, '-');
  assert.equal(l.method, 'GET');
  assert.equal(l.status, 200);
  assert.equal(Number(l.bytes), Buffer.byteLength(r.text));
  assert.ok(Math.abs(Date.parse(l.time) - Date.now()) < 5000, `time ${l.time}, now ${new Date().toISOString()}`);
  assert.ok(l.us >= 0 && l.us < 5e6);
  assert.equal(statSync(plainLog).mode & 0o077, 0);
});

test('query values, tokens, cookies and passwords never reach the log', async () => {
  const s = await plain.login('admin');
  const phone = '13800138000';
  const r = await plain.api('GET', `${API}/cases?type=suggestion&q=${phone}&limit=5`, { token: s.token });
  assert.equal(r.status, 200);
  const l = await waitLine(plainLog, (x) => x.path.startsWith(`${API}/cases?`));
  assert.equal(l.path, `${API}/cases?type=&q=&limit=`);
  assert.equal(l.user, String(s.user.id));
  await plain.api('GET', `${API}/me`, { cookie: s.cookie });
  await waitLine(plainLog, (x) => x.path === `${API}/me`);
  const all = readFileSync(plainLog, 'utf8');
  for (const secret of [phone, s.token, s.csrf, DEMO_PASSWORD, 'suggestion', 'pingan_session']) {
    assert.ok(!all.includes(secret), `the log holds ${secret}`);
  }
  // the login itself is logged, without its body
  assert.ok(lines(plainLog).some((x) => x.method === 'POST' && x.path === `${API}/session` && x.status === 200));
});

test('a path cannot forge a line: controls and spaces are escaped', async () => {
  const r = await plain.api('GET', `${API}/no%0A2026-01-01T00:00:00+08:00 6.6.6.6 1 GET /x 200 0 0%20x`);
  assert.equal(r.status, 404);
  const l = await waitLine(plainLog, (x) => x.path.startsWith(`${API}/no`));
  assert.ok(l.path.includes('%0A') && l.path.includes('%20'), l.raw);
  assert.ok(!lines(plainLog).some((x) => x.addr === '6.6.6.6'));
});

test('without --trusted-proxy a spoofed X-Forwarded-For is ignored', async () => {
  assert.equal(await getFrom(plain, `${API}/health?xff=1`, '127.0.0.1', { 'X-Forwarded-For': '203.0.113.9' }), 200);
  const l = await waitLine(plainLog, (x) => x.path === `${API}/health?xff=`);
  assert.equal(l.addr, '127.0.0.1');
});

test('behind a trusted proxy the address the proxy saw is used; from anyone else the header is ignored', async () => {
  const cases = [
    // [source, X-Forwarded-For, expected address]
    ['127.0.0.1', '203.0.113.9', '203.0.113.9'],
    ['127.0.0.1', '6.6.6.6, 203.0.113.10', '203.0.113.10'],          // the client's own entry is not believed
    ['127.0.0.1', '203.0.113.11, 127.0.0.1', '203.0.113.11'],        // a second trusted hop is skipped
    ['127.0.0.1', 'not-an-address', '127.0.0.1'],
    ['127.0.0.1', '::ffff:198.51.100.7', '198.51.100.7'],
    ['127.0.0.1', '2001:db8::1', '2001:db8::1'],
    ['127.0.0.2', '203.0.113.12', '127.0.0.2'],                      // not a trusted proxy: spoofing
  ];
  for (const [i, [src, xff, want]] of cases.entries()) {
    assert.equal(await getFrom(proxied, `${API}/health?case${i}=1`, src, { 'X-Forwarded-For': xff }), 200);
    const l = await waitLine(proxiedLog, (x) => x.path === `${API}/health?case${i}=`);
    assert.equal(l.addr, want, `from ${src} with X-Forwarded-For: ${xff}`);
  }
});

test('SIGHUP reopens the log after it was moved away (logrotate)', async () => {
  await plain.api('GET', `${API}/health?before=1`);
  await waitLine(plainLog, (x) => x.path === `${API}/health?before=`);
  renameSync(plainLog, `${plainLog}.moved`);
  plain.child.kill('SIGHUP');
  await sleep(300);
  await plain.api('GET', `${API}/health?after=1`);
  const l = await waitLine(plainLog, (x) => x.path === `${API}/health?after=`);
  assert.equal(l.status, 200);
  assert.ok(!lines(plainLog).some((x) => x.path === `${API}/health?before=`), 'the new file holds old lines');
  assert.ok(lines(`${plainLog}.moved`).some((x) => x.path === `${API}/health?before=`));
});

test('--access-log-max-mb rotates the log to PATH.1', async () => {
  // long unknown paths: ~1.1 KB a line, so about a thousand requests pass 1 MiB
  const long = 'x'.repeat(1000);
  let sent = 0;
  const worker = async () => {
    while (sent < 1100) {
      sent++;
      const r = await proxied.api('GET', `${API}/${long}`);
      assert.equal(r.status, 404);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await proxied.api('GET', `${API}/health?rotated=1`);
  const l = await waitLine(proxiedLog, (x) => x.path === `${API}/health?rotated=`);
  assert.equal(l.status, 200);
  assert.ok(existsSync(`${proxiedLog}.1`), 'no PATH.1');
  assert.ok(statSync(`${proxiedLog}.1`).size >= 1024 * 1024, `PATH.1 is ${statSync(`${proxiedLog}.1`).size} bytes`);
  assert.ok(statSync(proxiedLog).size < 1024 * 1024);
  assert.equal(statSync(`${proxiedLog}.1`).mode & 0o077, 0);
});
