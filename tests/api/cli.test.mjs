// The command line: version, bad options, audit verify (and that it catches tampering), serve on
// bad databases, clean restart on the same database.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync, copyFileSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, runCli, API, getOk, freePort, unique } from './lib.mjs';

let srv;   // the first server
let srv2;  // the same database, restarted
let scratch;
const made = []; // cases made in this file: {id, title, version}
let oldToken;    // a session made before the restart

before(async () => {
  srv = await startServer();
  scratch = mkdtempSync(path.join(tmpdir(), 'pingan-cli-'));
});
after(async () => {
  try {
    await srv2?.stop();
    await srv?.stop();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

/** Runs a small python3 sqlite3 script on a database file; returns its stdout. */
function py(script, ...args) {
  const r = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, `python3: ${r.stderr}`);
  return r.stdout.trim();
}

/** A consistent copy of a live (WAL) database, through SQLite's backup API, with its key file
 * and its anchor file beside it (DB.key, DB.anchors). */
function copyDb(src, name) {
  const dst = path.join(scratch, name);
  py('import sqlite3,sys\ns=sqlite3.connect(sys.argv[1]);d=sqlite3.connect(sys.argv[2])\ns.backup(d);d.close();s.close()', src, dst);
  copyFileSync(`${src}.key`, `${dst}.key`);
  if (existsSync(`${src}.anchors`)) copyFileSync(`${src}.anchors`, `${dst}.anchors`);
  return dst;
}

/** Asserts a command failed cleanly: non-zero exit, no signal, a short message on stderr. */
function assertCleanFailure(r, what) {
  assert.equal(r.timedOut, false, `${what}: timed out`);
  assert.equal(r.signal, null, `${what}: killed by ${r.signal} (crash): ${r.stderr}`);
  assert.notEqual(r.status, 0, `${what}: exit 0`);
  assert.ok(r.stderr.trim().length > 0, `${what}: no error message`);
  assert.ok(!/AddressSanitizer|runtime error|Segmentation|core dumped/.test(r.stderr), `${what}: ${r.stderr}`);
}

test('`pingan version` exits 0 and prints the version the server reports', async () => {
  const r = runCli(['version']);
  assert.equal(r.signal, null);
  assert.equal(r.status, 0, r.stderr);
  const health = await getOk(srv, `${API}/health`, {});
  assert.ok(r.stdout.includes(health.version), `"${r.stdout.trim()}" vs health ${health.version}`);
});

test('unknown options and commands exit non-zero', () => {
  assertCleanFailure(runCli(['--bogus']), '--bogus');
  assertCleanFailure(runCli(['no-such-command']), 'no-such-command');
  assertCleanFailure(runCli(['serve', '--bogus']), 'serve --bogus');
  assertCleanFailure(runCli(['audit', 'verify']), 'audit verify without --db');
});

test('after creates, actions and comments, audit verify passes on the live database', async () => {
  const officer = await srv.login('cz-officer');
  const leader = await srv.login('cz-leader');
  const aux = await srv.login('cz-aux');
  oldToken = officer.token;
  for (let i = 0; i < 3; i++) {
    const title = unique('审计');
    const c = await srv.api('POST', `${API}/cases`, { token: officer.token, body: { type: 'suggestion', title } });
    assert.equal(c.status, 201, c.text);
    const a = await srv.api('POST', `${API}/cases/${c.json.id}/actions`, { token: leader.token, body: { action: 'accept', note: '请处理', fields: { assignee_id: aux.user.id } } });
    assert.equal(a.status, 200, a.text);
    const m = await srv.api('POST', `${API}/cases/${c.json.id}/comments`, { token: aux.token, body: { body: '在办' } });
    assert.equal(m.status, 201, m.text);
    const d = await srv.api('POST', `${API}/cases/${c.json.id}/actions`, { token: aux.token, body: { action: 'done', fields: { result: '办好了' } } });
    assert.equal(d.status, 200, d.text);
    made.push({ id: c.json.id, title, version: d.json.version });
  }
  const r = runCli(['audit', 'verify', '--db', srv.db]);
  assert.equal(r.signal, null, r.stderr);
  assert.equal(r.status, 0, `audit verify: ${r.stdout}${r.stderr}`);
});

test('a second server on a port in use fails cleanly', () => {
  // its own database: a second server on srv's is refused before it binds (one server per
  // database, lists.rowcache.test.mjs)
  const db = path.join(scratch, 'port.db');
  const init = runCli(['init', '--db', db]);
  assert.equal(init.status, 0, init.stderr);
  const r = runCli(['serve', '--db', db, '--listen', `127.0.0.1:${srv.port}`, '--threads', '2'], { timeout: 20000 });
  assertCleanFailure(r, 'serve on a busy port');
  assert.doesNotMatch(r.stderr, /another server/);
});

test('SIGTERM stops the server cleanly; a restart on the same database keeps everything', async () => {
  const res = await srv.stopKeep();
  assert.deepEqual(res, { code: 0, signal: null }, `server output:\n${srv.output().slice(-3000)}`);
  const v = runCli(['audit', 'verify', '--db', srv.db]);
  assert.equal(v.status, 0, `audit verify after stop: ${v.stdout}${v.stderr}`);

  srv2 = await startServer({ dir: srv.dir, db: srv.db });
  const admin = await srv2.login('admin');
  for (const m of made) {
    const c = await getOk(srv2, `${API}/cases/${m.id}`, admin);
    assert.equal(c.title, m.title);
    assert.equal(c.status, 'done');
    assert.equal(c.version, m.version);
  }
  // Sessions live in the database, so one made before the restart still works.
  const me = await srv2.api('GET', `${API}/me`, { token: oldToken });
  assert.equal(me.status, 200, me.text);
  assert.equal(me.json.login, 'cz-officer');
});

test('audit verify catches an edited note and names the event', () => {
  const db = copyDb(srv2.db, 'edited.db');
  assert.equal(runCli(['audit', 'verify', '--db', db]).status, 0, 'the untouched copy verifies');
  const id = py(`import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
i=c.execute("SELECT min(id) FROM timeline WHERE note IS NOT NULL").fetchone()[0]
c.execute("UPDATE timeline SET note='tampered' WHERE id=?", (i,))
c.commit()
print(i)`, db);
  assert.match(id, /^\d+$/, 'a timeline row with a note exists');
  const r = runCli(['audit', 'verify', '--db', db]);
  assert.equal(r.signal, null, r.stderr);
  assert.notEqual(r.status, 0, `tampering not detected: ${r.stdout}${r.stderr}`);
  assert.match(r.stdout + r.stderr, new RegExp(`(^|\\D)${id}(\\D|$)`), `the broken event id ${id} is named: ${r.stdout}${r.stderr}`);
});

test('audit verify catches a deleted event and an edited last event', () => {
  const db = copyDb(srv2.db, 'deleted.db');
  const out = py(`import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
ids=[r[0] for r in c.execute("SELECT id FROM timeline ORDER BY id")]
mid=ids[len(ids)//2]
c.execute("DELETE FROM timeline WHERE id=?", (mid,))
c.commit()
print(mid)`, db);
  assert.match(out, /^\d+$/);
  const r = runCli(['audit', 'verify', '--db', db]);
  assert.equal(r.signal, null, r.stderr);
  assert.notEqual(r.status, 0, `deletion not detected: ${r.stdout}${r.stderr}`);

  const db2 = copyDb(srv2.db, 'last.db');
  const last = py(`import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
i=c.execute("SELECT max(id) FROM timeline").fetchone()[0]
c.execute("UPDATE timeline SET to_status='declined' WHERE id=?", (i,))
c.commit()
print(i)`, db2);
  const r2 = runCli(['audit', 'verify', '--db', db2]);
  assert.equal(r2.signal, null, r2.stderr);
  assert.notEqual(r2.status, 0, `edit of the last event not detected: ${r2.stdout}${r2.stderr}`);
  assert.match(r2.stdout + r2.stderr, new RegExp(`(^|\\D)${last}(\\D|$)`));
});

test('serve on a database that cannot exist fails with a one-line error', () => {
  const r = runCli(['serve', '--db', '/nonexistent/x.db', '--listen', '127.0.0.1:0', '--threads', '1'], { timeout: 20000 });
  assertCleanFailure(r, 'serve /nonexistent/x.db');
  assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
});

test('serve and audit verify on a corrupt file fail cleanly', async () => {
  const bad = path.join(scratch, 'garbage.db');
  writeFileSync(bad, Buffer.concat([Buffer.from('this is not a database at all\n'), randomBytes(64 * 1024)]));
  const port = await freePort();
  const r = runCli(['serve', '--db', bad, '--listen', `127.0.0.1:${port}`, '--threads', '1'], { timeout: 20000 });
  assertCleanFailure(r, 'serve on garbage');
  assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
  assertCleanFailure(runCli(['audit', 'verify', '--db', bad]), 'audit verify on garbage');

  // A real SQLite file whose pages after the first (the schema) are overwritten: the timeline
  // cannot be read, which is an error, not a crash and not a pass.
  const torn = copyDb(srv2.db, 'torn.db');
  const fd = py(`import sys
p=sys.argv[1]
b=bytearray(open(p,'rb').read())
ps=int.from_bytes(b[16:18],'big')
ps=65536 if ps==1 else ps
for i in range(ps, len(b)): b[i]=(i*7+13)&0xff
open(p,'wb').write(b)
print(len(b)//ps)`, torn);
  assert.match(fd, /^\d+$/);
  const v = runCli(['audit', 'verify', '--db', torn]);
  assert.equal(v.signal, null, `audit verify on a torn file crashed: ${v.stderr}`);
  assert.notEqual(v.status, 0, 'a damaged database does not verify');
});

test('an empty file does not crash audit verify; a directory is refused', () => {
  const empty = path.join(scratch, 'empty.db');
  writeFileSync(empty, '');
  // An empty file is a valid (empty) SQLite database to SQLite; serve may initialise or refuse it,
  // but must not crash. audit verify on it must not claim tampering with a signal.
  const v = runCli(['audit', 'verify', '--db', empty]);
  assert.equal(v.signal, null);
  const dir = runCli(['serve', '--db', scratch, '--listen', '127.0.0.1:0', '--threads', '1'], { timeout: 20000 });
  assertCleanFailure(dir, 'serve --db <directory>');
});

// `pingan user`: passwords come from a prompt or stdin, never argv (ps shows argv); the same
// login and password rules as the API. The CLI writes to the live database of the first server.
test('user add/passwd read the password from stdin, with the API\'s rules; argv passwords are refused', async () => {
  const live = srv2 ?? srv;   // the first server was restarted above
  const db = live.db;
  // the synchronous commands before this one kept the event loop from noticing that the
  // server closed fetch's idle keep-alive connection (30 s): let it, so none is reused
  await new Promise((r) => setTimeout(r, 300));
  const add = (login, input, extra = []) => runCli(['user', 'add', '--db', db, '--login', login, '--name', '命令行用户', '--role', 'officer', '--org', '330702-GA-CZ', ...extra], { input });

  // --password on the command line is gone, with a message that says what to do instead
  const argv = runCli(['user', 'add', '--db', db, '--login', 'cli-argv', '--password', 'cli-argv-pass-1']);
  assertCleanFailure(argv, 'user add --password');
  assert.match(argv.stderr, /standard input|prompt/);
  const argv2 = runCli(['init', '--db', path.join(scratch, 'x.db'), '--demo', '--demo-password', 'pingan-demo']);
  assertCleanFailure(argv2, 'init --demo-password');
  assert.match(argv2.stderr, /PINGAN_DEMO_PASSWORD/);

  // the login rules of the API (the CLI used to accept this one)
  const badLogin = add('Bad Login<script>', 'cli-user-pass-1\n');
  assertCleanFailure(badLogin, 'bad login');
  assert.match(badLogin.stderr, /login/);
  // the password rules
  for (const [pw, why] of [['short-pw', /10-128/], ['1234567890', /common/], ['QwertyUIOP', /common/], ['cli-same-login', /login/], ['', /password/]]) {
    const r = add('cli-same-login', `${pw}\n`);
    assertCleanFailure(r, `password "${pw}"`);
    assert.match(r.stderr, why, `password "${pw}": ${r.stderr}`);
  }
  const none = add('cli-same-login', '');
  assertCleanFailure(none, 'no input');
  // none of them was created
  const list = runCli(['user', 'list', '--db', db]);
  assert.equal(list.status, 0, list.stderr);
  assert.ok(!/cli-same-login|Bad Login|cli-argv/.test(list.stdout), list.stdout);

  // a good one from stdin; it signs in with that password
  const ok = add('cli-user', 'cli-user-pass-1\n');
  assert.equal(ok.status, 0, ok.stderr);
  const s = await live.login('cli-user', 'cli-user-pass-1');
  assert.equal(s.user.login, 'cli-user');
  // passwd from stdin: the old password stops working, the new one works
  const pw = runCli(['user', 'passwd', '--db', db, '--login', 'cli-user'], { input: 'cli-user-pass-2\n' });
  assert.equal(pw.status, 0, pw.stderr);
  await new Promise((r) => setTimeout(r, 2100));   // another process's change: the session cache
  const old = await live.api('POST', `${API}/session`, { body: { login: 'cli-user', password: 'cli-user-pass-1' } });
  assert.equal(old.status, 401, old.text);
  await live.login('cli-user', 'cli-user-pass-2');
  const weak = runCli(['user', 'passwd', '--db', db, '--login', 'cli-user'], { input: 'password123\n' });
  assertCleanFailure(weak, 'passwd common');
  await live.login('cli-user', 'cli-user-pass-2');
});
