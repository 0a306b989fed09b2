// The timeline proves itself: cases made through the API, the server stopped (its last anchor
// written), the raw database edited with the sqlite3 command line behind its back; then
// `pingan audit verify` names what was changed and exits 1. And the key file: serve refuses to
// start without it (or with a loose mode), init never overwrites it. An old database migrates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, chmodSync, existsSync, readFileSync, renameSync, statSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, runCli, API, BIN, freePort, request, login, listeningPort } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
let srv;
let scratch;
const cases = {}; // name -> {id, code}

before(async () => {
  srv = await startServer();
  scratch = mkdtempSync(path.join(tmpdir(), 'pingan-audit-'));
});
after(() => {
  srv?.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs SQL on a database file with the sqlite3 command line; returns its stdout. */
function sql(db, text) {
  const r = spawnSync('sqlite3', [db, text], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, `sqlite3: ${r.stderr}`);
  return r.stdout.trim();
}

/** A copy of the stopped server's database with its key and anchor files beside it. */
function copy(name) {
  const db = path.join(scratch, name);
  for (const ext of ['', '.key', '.anchors']) copyFileSync(`${srv.db}${ext}`, `${db}${ext}`);
  return db;
}

/** Asserts a command failed with exit 1 and a single line on stderr. */
function assertRefused(r, what, pattern) {
  assert.equal(r.signal, null, `${what}: ${r.stderr}`);
  assert.equal(r.status, 1, `${what}: exit ${r.status}: ${r.stdout}${r.stderr}`);
  assert.equal(r.stderr.trim().split('\n').length, 1, `${what}: one line: ${r.stderr}`);
  assert.match(r.stderr, pattern);
}

test('cases made through the API; the stopped server leaves an anchor and a verifying database', async () => {
  const officer = await srv.login('cz-officer');
  const leader = await srv.login('cz-leader');
  const aux = await srv.login('cz-aux');
  for (const name of ['commented', 'accepted']) {
    const c = await srv.api('POST', `${API}/cases`, { token: officer.token, body: { type: 'suggestion', title: `审计-${name}` } });
    assert.equal(c.status, 201, c.text);
    const a = await srv.api('POST', `${API}/cases/${c.json.id}/actions`, { token: leader.token, body: { action: 'accept', fields: { assignee_id: aux.user.id } } });
    assert.equal(a.status, 200, a.text);
    cases[name] = { id: c.json.id, code: c.json.code };
  }
  const m = await srv.api('POST', `${API}/cases/${cases.commented.id}/comments`, { token: aux.token, body: { body: '已到现场' } });
  assert.equal(m.status, 201, m.text);

  const res = await srv.stopKeep();
  assert.deepEqual(res, { code: 0, signal: null }, srv.output().slice(-2000));
  // the final anchor covers the comment, the last row written
  const anchors = readFileSync(`${srv.db}.anchors`, 'utf8').trim().split('\n');
  const [lastId, , lastHash] = anchors.at(-1).split(' ');
  assert.equal(sql(srv.db, 'SELECT MAX(id) FROM anchors'), lastId);
  assert.equal(sql(srv.db, `SELECT lower(hex(hash)) FROM anchors WHERE id = ${lastId}`), lastHash);
  assert.equal(sql(srv.db, `SELECT COUNT(*) FROM anchor_heads WHERE case_id = ${cases.commented.id} AND seq = 3`), '1');
  assert.equal(statSync(`${srv.db}.anchors`).mode & 0o777, 0o600);
  assert.equal(statSync(`${srv.db}.key`).mode & 0o777, 0o600);

  const v = runCli(['audit', 'verify', '--db', srv.db]);
  assert.equal(v.status, 0, `audit verify: ${v.stdout}${v.stderr}`);
  assert.match(v.stdout, /^ok: /m);
});

test('a deleted last timeline row is named through the anchor (exit 1)', () => {
  const db = copy('last-row.db');
  // the comment: the case's state is unchanged by it, only the anchor can tell it is gone
  sql(db, `DELETE FROM timeline WHERE case_id = ${cases.commented.id} AND seq = (SELECT MAX(seq) FROM timeline WHERE case_id = ${cases.commented.id})`);
  const r = runCli(['audit', 'verify', '--db', db]);
  assert.equal(r.signal, null, r.stderr);
  assert.equal(r.status, 1, `not detected: ${r.stdout}${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.some((l) => l.includes(cases.commented.code) && /missing/.test(l)), r.stdout);
  assert.ok(!lines.some((l) => l.includes(cases.accepted.code)), `only the edited case is named: ${r.stdout}`);
  assert.match(lines.at(-1), /^BROKEN: 1 findings/);
});

test('an edited case status is named by its case code (exit 1)', () => {
  const db = copy('status.db');
  sql(db, `UPDATE cases SET status = 'done' WHERE id = ${cases.accepted.id}`);
  const r = runCli(['audit', 'verify', '--db', db]);
  assert.equal(r.status, 1, `not detected: ${r.stdout}${r.stderr}`);
  const hit = r.stdout.split('\n').filter((l) => l.includes(cases.accepted.code));
  assert.equal(hit.length, 1, r.stdout);
  assert.match(hit[0], /status is done/);
});

test('an edited anchor row or anchor file line is found (exit 1)', () => {
  const db = copy('anchor-row.db');
  sql(db, 'UPDATE anchors SET at = at + 1 WHERE id = (SELECT MAX(id) FROM anchors)');
  const r = runCli(['audit', 'verify', '--db', db]);
  assert.equal(r.status, 1, `not detected: ${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /anchor \d+ does not match its keyed hash/);

  const db2 = copy('anchor-gone.db');
  sql(db2, 'DELETE FROM anchor_heads WHERE anchor_id = (SELECT MAX(id) FROM anchors); DELETE FROM anchors WHERE id = (SELECT MAX(id) FROM anchors)');
  const r2 = runCli(['audit', 'verify', '--db', db2]);
  assert.equal(r2.status, 1, `not detected: ${r2.stdout}${r2.stderr}`);
  assert.match(r2.stdout, /in the anchor file but not in the database/);
});

test('serve refuses to start without its key file, or with one others may read', async () => {
  const db = copy('nokey.db');
  const port = await freePort();
  const serve = (extra = []) => runCli(['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--threads', '1', ...extra], { timeout: 20000 });
  renameSync(`${db}.key`, `${db}.key.away`);
  assertRefused(serve(), 'serve without a key file', /key file .*nokey\.db\.key is missing/);
  assert.equal(existsSync(`${db}.key`), false, 'serve made no key file');
  assertRefused(runCli(['audit', 'verify', '--db', db]), 'audit without a key file', /missing/);
  // init does not make a new key for a database that had one
  assertRefused(runCli(['init', '--db', db]), 'init without the key file', /missing/);
  assert.equal(existsSync(`${db}.key`), false, 'init made no key file');
  // the key given elsewhere: --key-file or PINGAN_KEY_FILE
  assert.equal(runCli(['audit', 'verify', '--db', db, '--key-file', `${db}.key.away`]).status, 0);
  assert.equal(runCli(['audit', 'verify', '--db', db], { env: { PINGAN_KEY_FILE: `${db}.key.away` } }).status, 0);
  renameSync(`${db}.key.away`, `${db}.key`);
  chmodSync(`${db}.key`, 0o644);
  assertRefused(serve(), 'serve with a 0644 key file', /readable by its owner only/);
});

test('another key file is refused: nothing is verified or written with it', async () => {
  const db = copy('otherkey.db');
  const other = path.join(scratch, 'fresh.db');
  assert.equal(runCli(['init', '--db', other]).status, 0);
  assertRefused(runCli(['audit', 'verify', '--db', db, '--key-file', `${other}.key`]), 'audit with another key', /is not the key of/);
  const port = await freePort();
  assertRefused(runCli(['serve', '--db', db, '--key-file', `${other}.key`, '--listen', `127.0.0.1:${port}`, '--threads', '1'], { timeout: 20000 }),
    'serve with another key', /is not the key of/);
  // the check value removed or replaced: refused as well
  sql(db, 'DELETE FROM key_check');
  assertRefused(runCli(['audit', 'verify', '--db', db]), 'audit without a check value', /is not the key of/);
  sql(db, "INSERT INTO key_check (purpose, mac) VALUES ('timeline', zeroblob(32))");
  assertRefused(runCli(['audit', 'verify', '--db', db]), 'audit with a forged check value', /is not the key of/);
});

test('init never overwrites a key file', () => {
  const db = copy('again.db');
  const key = readFileSync(`${db}.key`);
  const r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readFileSync(`${db}.key`), key);
  // a new database whose key path already holds a key keeps that key
  const fresh = path.join(scratch, 'new.db');
  copyFileSync(`${db}.key`, `${fresh}.key`);
  const n = runCli(['init', '--db', fresh]);
  assert.equal(n.status, 0, n.stderr);
  assert.doesNotMatch(n.stdout, /created/);
  assert.deepEqual(readFileSync(`${fresh}.key`), key);
});

test('a running server anchors the chains that changed, every interval', async () => {
  const db = copy('running.db');
  const before = readFileSync(`${db}.anchors`, 'utf8').trim().split('\n').length;
  const child = spawn(BIN, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--threads', '2', '--anchor-interval', '1'],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stdout.on('data', (d) => { err += d; });
  child.stderr.on('data', (d) => { err += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    const port = await listeningPort(child, () => err);
    assert.ok(port, `server did not say its port: ${err}`);
    const base = `http://127.0.0.1:${port}`;
    let up = false;
    for (let i = 0; i < 200 && !up; i++) {
      try { up = (await fetch(`${base}${API}/health`)).status === 200; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    assert.ok(up, `server did not start: ${err}`);
    const officer = await login(base, 'cz-officer');
    const c = await request(base, 'POST', `${API}/cases`, { token: officer.token, body: { type: 'suggestion', title: '审计-运行中' } });
    assert.equal(c.status, 201, c.text);
    // within a few intervals a new anchor holds the new case's head, while the server runs
    // (the anchor row commits before its line is appended to the file: wait for both)
    let heads = '0';
    let lines = [];
    for (let i = 0; i < 100 && (heads === '0' || lines.length <= before); i++) {
      await new Promise((r) => setTimeout(r, 100));
      heads = sql(db, `SELECT COUNT(*) FROM anchor_heads WHERE case_id = ${c.json.id}`);
      lines = readFileSync(`${db}.anchors`, 'utf8').trim().split('\n');
    }
    assert.equal(heads, '1', `no anchor of the new case: ${err}`);
    assert.equal(lines.length, before + 1, lines.join('\n'));
  } finally {
    child.kill('SIGTERM');
    assert.deepEqual(await exited, { code: 0, signal: null }, err);
  }
  const v = runCli(['audit', 'verify', '--db', db]);
  assert.equal(v.status, 0, `${v.stdout}${v.stderr}`);
});

/** A schema-2 database (before the key file) from the fixture, through the sqlite3 CLI. */
function oldDb(name) {
  const db = path.join(scratch, name);
  const r = spawnSync('sqlite3', [db], { input: readFileSync(path.join(HERE, 'fixtures', 'schema2-demo.sql')), timeout: 30000 });
  assert.equal(r.status, 0, `sqlite3: ${r.stderr}`);
  assert.equal(sql(db, 'PRAGMA user_version'), '2');
  return db;
}

test('an existing database migrates: init makes the key, rebuilds every chain once and says so', async () => {
  const db = oldDb('old.db');
  const chains = sql(db, 'SELECT COUNT(DISTINCT case_id) FROM timeline');
  assert.ok(Number(chains) > 0);
  const port = await freePort();
  const s = runCli(['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--threads', '1'], { timeout: 20000 });
  assert.equal(s.status, 1, 'serve refuses the old schema');
  const r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /key file .*old\.db\.key created/);
  assert.match(r.stdout, new RegExp(`timeline: rebuilt ${chains} chains with the keyed hash`));
  assert.equal(statSync(`${db}.key`).mode & 0o777, 0o600);
  const v = runCli(['audit', 'verify', '--db', db]);
  assert.equal(v.status, 0, `${v.stdout}${v.stderr}`);
  // once: a second init neither rebuilds nor makes a key
  const again = runCli(['init', '--db', db]);
  assert.equal(again.status, 0, again.stderr);
  assert.doesNotMatch(again.stdout, /rebuilt|created/);
  // the replay works on migrated cases too
  const id = sql(db, "SELECT MIN(id) FROM cases WHERE status <> 'done'");
  const code = sql(db, `SELECT code FROM cases WHERE id = ${id}`);
  sql(db, `UPDATE cases SET status = 'done' WHERE id = ${id}`);
  const t = runCli(['audit', 'verify', '--db', db]);
  assert.equal(t.status, 1, t.stdout);
  assert.ok(t.stdout.split('\n').some((l) => l.includes(code) && /status is done/.test(l)), t.stdout);
});

test('a migration does not launder a broken old chain', () => {
  const db = oldDb('old-broken.db');
  const ev = sql(db, 'SELECT MIN(id) FROM timeline WHERE note IS NOT NULL');
  sql(db, `UPDATE timeline SET note = '改过' WHERE id = ${ev}`);
  const r = runCli(['init', '--db', db]);
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stderr, new RegExp(`broken at event ${ev}\\b`));
  assert.equal(runCli(['audit', 'verify', '--db', db]).status, 1, 'not verified while not rebuilt');
  const f = runCli(['init', '--db', db, '--accept-broken-timeline']);
  assert.equal(f.status, 0, f.stderr);
  assert.match(f.stdout, new RegExp(`broken at event ${ev}; rebuilt anyway`));
});
