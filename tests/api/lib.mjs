// Shared helpers for the HTTP API tests (node:test, no dependencies).
//
// Each test file calls startServer() in a before() hook: it makes a temporary database with the
// demo data (`pingan init --demo`, or under make check a recent copy of it: demoDatabase), runs
// `pingan serve` on a free port and waits for /api/v1/health. stop() sends SIGTERM and checks
// that the server shut down cleanly (exit 0).
//
// The binary is process.env.PINGAN_BIN (for example a sanitizer build) or bin/pingan, relative to
// the repository root.

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync,
  writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.resolve(ROOT, process.env.PINGAN_BIN || 'bin/pingan');
export const DEMO_PASSWORD = 'demo-pass-123';
export const API = '/api/v1';

const START_TIMEOUT_MS = 20000;
// `init --demo` is ~5 s of CPU (argon2id for every demo account); on a shared, loaded machine
// with test files running side by side (make check) it can take minutes of wall-clock time.
const INIT_TIMEOUT_MS = 600000;
// With PINGAN_TEST_TEMPLATE_DIR set (make check sets it), a file's demo database is a copy of
// one made by the same binary (path, size and mtime) less than this long ago: `init --demo` is
// ~5 s of CPU, ~26 s under ASan, for each of some 50 files and two binaries.
const TEMPLATE_MAX_AGE_MS = 5 * 60 * 1000;

function initDemo(db) {
  const init = runCli(['init', '--db', db, '--demo'],
    { env: { PINGAN_DEMO_PASSWORD: DEMO_PASSWORD }, timeout: INIT_TIMEOUT_MS });
  assert.equal(init.status, 0,
    `pingan init failed (status ${init.status}, signal ${init.signal}):\n${init.stdout}${init.stderr}`);
}

/**
 * Makes dir/t.db (and its key file) with the demo data: `pingan init --demo`, or under
 * PINGAN_TEST_TEMPLATE_DIR a copy of the template of this binary and this 5-minute window, made
 * here when no test file has made it yet (in a private dir, then renamed into place: the
 * first rename wins, the others use its copy). The demo data is dated relative to the moment
 * of init, so a copy is at most TEMPLATE_MAX_AGE_MS older than a fresh one; the same init code
 * still runs, under each binary, once per window.
 */
function demoDatabase(dir, db) {
  const root = process.env.PINGAN_TEST_TEMPLATE_DIR;
  if (!root) {
    initDemo(db);
    return;
  }
  const st = statSync(BIN);
  const id = createHash('sha256').update(`${BIN}\0${st.size}\0${st.mtimeMs}`).digest('hex').slice(0, 16);
  const tpl = path.join(root, `${id}-${Math.floor(Date.now() / TEMPLATE_MAX_AGE_MS)}`);
  if (!existsSync(path.join(tpl, 'ready'))) {
    mkdirSync(root, { recursive: true });
    const mine = mkdtempSync(path.join(root, 'making-'));
    initDemo(path.join(mine, 't.db'));
    writeFileSync(path.join(mine, 'ready'), '');
    try {
      renameSync(mine, tpl);
    } catch {
      rmSync(mine, { recursive: true, force: true });   // another file's template won
    }
  }
  for (const f of readdirSync(tpl)) {
    if (f.startsWith('t.db')) copyFileSync(path.join(tpl, f), path.join(dir, f));
  }
  assert.ok(existsSync(db), `no t.db in the template ${tpl}`);
}
const STOP_TIMEOUT_MS = 15000;
const REQUEST_TIMEOUT_MS = 30000;

/** Runs one command of the binary synchronously: {status, signal, stdout, stderr}. */
export function runCli(args, opts = {}) {
  const r = spawnSync(BIN, args, {
    encoding: 'utf8',
    // PINGAN_TEST_CLI_TIMEOUT_MS: a slower machine (the ASan build under load) may need longer
    // init (argon2id per demo account; ~26 s of CPU under ASan) and bench-data (thousands of
    // cases) get the init limit: under ASan with the suites side by side they take minutes
    timeout: opts.timeout ?? (['init', 'bench-data'].includes(args[0]) ? INIT_TIMEOUT_MS
      : Number(process.env.PINGAN_TEST_CLI_TIMEOUT_MS || 60000)),
    input: opts.input ?? '',
    env: { ...process.env, ...(opts.env || {}) },
  });
  // EPIPE: the command refused before reading its standard input (a bad login with a password
  // piped in) and exited; its status and message are the answer (seen once under load)
  if (r.error && r.error.code !== 'ETIMEDOUT' && !(r.error.code === 'EPIPE' && r.status !== null))
    throw r.error;
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    timedOut: !!(r.error && r.error.code === 'ETIMEDOUT'),
  };
}

/** A TCP port that was free a moment ago (bind port 0, read it, close). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Like sleep, but does not keep the process alive (for timeouts raced against an exit). */
const deadlineTimer = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/**
 * Starts a server on a fresh demo database (or, with {dir, db}, on an existing one);
 * opts.args (or opts itself, an array) are extra `serve` options.
 * Returns {base, db, dir, bin, port, stop(), stopKeep(), login(user), api(method, path, opts), output()}.
 */
export async function startServer(existing = null, opts = {}) {
  let dir;
  let db;
  if (existing) {
    ({ dir, db } = existing);
  } else {
    dir = mkdtempSync(path.join(tmpdir(), 'pingan-api-'));
    db = path.join(dir, 't.db');
    demoDatabase(dir, db);
  }
  const srv = await trySpawn(dir, db, Array.isArray(opts) ? opts : (opts.args || []));
  if (srv.ok) return srv.server;
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`server did not start:\n${srv.error}`);
}

/**
 * The port a server started with `--listen 127.0.0.1:0` bound, read from its own "listening on
 * port N" line (out() is its output so far); null if it exits or says nothing within ms.
 * Probing a free port and passing it raced with the other test files' servers: one that took the
 * port first answered this file's health check, and its requests (and rate limits) were another's.
 */
export async function listeningPort(child, out, ms = START_TIMEOUT_MS) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    const m = /listening on port (\d+)/.exec(out());
    if (m) return Number(m[1]);
    await sleep(50);
  }
  return null;
}

async function trySpawn(dir, db, args) {
  const child = spawn(BIN, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--threads', '4', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (chunk) => {
    out += chunk.toString('utf8');
    if (out.length > 200000) out = out.slice(-100000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); });
  });

  const port = await listeningPort(child, () => out);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  let healthy = false;
  while (port !== null && Date.now() < deadline && !exited) {
    try {
      const r = await fetch(`${base}${API}/health`, { signal: AbortSignal.timeout(2000) });
      await r.arrayBuffer();
      if (r.status === 200) { healthy = true; break; }
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  if (!healthy) {
    if (!exited) { child.kill('SIGKILL'); await exitPromise; }
    return { ok: false, error: `exit ${JSON.stringify(exited)} output:\n${out}` };
  }

  let stopped = false;
  const server = {
    base, db, dir, port, bin: BIN, child,
    output: () => out,
    /** SIGTERM, wait, assert a clean exit (status 0, no signal), remove the temp dir. */
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (!exited) child.kill('SIGTERM');
        const res = await Promise.race([exitPromise, deadlineTimer(STOP_TIMEOUT_MS).then(() => null)]);
        if (!res) {
          child.kill('SIGKILL');
          await exitPromise;
          assert.fail(`server did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM; output:\n${out.slice(-4000)}`);
        }
        assert.deepEqual(res, { code: 0, signal: null },
          `server did not shut down cleanly; output:\n${out.slice(-4000)}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    /** Stops the server but keeps the temp dir (for CLI checks on the database): {code, signal} or null on timeout. */
    async stopKeep() {
      if (stopped) return null;
      stopped = true;
      if (!exited) child.kill('SIGTERM');
      const res = await Promise.race([exitPromise, deadlineTimer(STOP_TIMEOUT_MS).then(() => null)]);
      if (!res) { child.kill('SIGKILL'); await exitPromise; }
      return res;
    },
    cleanup() { rmSync(dir, { recursive: true, force: true }); stopped = true; },
    api: (method, p, opts) => request(base, method, p, opts),
    login: (user, password) => login(base, user, password),
  };
  return { ok: true, server };
}

/**
 * One HTTP request. opts: {token | cookie + csrf, body (JSON-encoded), rawBody (string/Buffer as is),
 * contentType (default application/json when there is a body; null for none), headers}.
 * Returns {status, headers, json, text}.
 */
export async function request(base, method, p, opts = {}) {
  const headers = {};
  if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
  if (opts.cookie) headers['cookie'] = opts.cookie;
  if (opts.csrf) headers['x-csrf-token'] = opts.csrf;
  let body;
  if (opts.rawBody !== undefined) body = Buffer.from(opts.rawBody);
  else if (opts.body !== undefined) body = Buffer.from(JSON.stringify(opts.body), 'utf8');
  if (body !== undefined) {
    // A Buffer body keeps fetch from adding a Content-Type of its own.
    if (opts.contentType === undefined) headers['content-type'] = 'application/json';
    else if (opts.contentType !== null) headers['content-type'] = opts.contentType;
  }
  Object.assign(headers, opts.headers || {});
  let res;
  const send = () => fetch(base + p, {
    method, headers, body, redirect: 'manual',
    signal: AbortSignal.timeout(opts.timeout ?? REQUEST_TIMEOUT_MS),
  });
  try {
    try {
      res = await send();
    } catch (e) {
      // A kept-alive connection the server shut down while it sat idle in fetch's pool (its
      // head deadline, LIM_HEAD_MS: 10 s after the previous answer) fails before the request
      // is read — its timer to drop idle sockets cannot run while a test blocks the event loop
      // in a synchronous child process (sql(), runCli()). The server never saw the request, so
      // it is sent once more on a fresh connection, as a browser does; any other error stands.
      if (e.cause?.code !== 'UND_ERR_SOCKET') throw e;
      res = await send();
    }
  } catch (e) {
    // fetch says only "fetch failed": name the request and the socket's own error (a reset, a
    // refused connection, a timeout) so that a failure in a long run can be read from its log
    const why = e.cause?.code || e.cause?.message || e.name;
    throw new Error(`${method} ${p}: ${e.message} (${why})`, { cause: e });
  }
  const text = await res.text();
  let json = null;
  if (text.length) {
    try { json = JSON.parse(text); } catch { json = null; }
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** Logs in with the demo password: {token, csrf, cookie, user, setCookie, expires_at}. */
export async function login(base, user, password = DEMO_PASSWORD) {
  const r = await request(base, 'POST', `${API}/session`, { body: { login: user, password } });
  assert.equal(r.status, 200, `login ${user}: ${r.status} ${r.text}`);
  const setCookie = r.headers.getSetCookie();
  const sc = setCookie.find((c) => c.startsWith('pingan_session='));
  assert.ok(sc, `login ${user}: no pingan_session cookie in ${JSON.stringify(setCookie)}`);
  const cookie = sc.split(';')[0];
  return {
    token: r.json.token, csrf: r.json.csrf_token, cookie, user: r.json.user, setCookie: sc,
    expires_at: r.json.expires_at, login: user,
  };
}

/** Asserts the documented error shape and returns the error object. */
export function assertError(r, status, code, field) {
  assert.equal(r.status, status, `expected ${status} ${code ?? ''}, got ${r.status}: ${r.text}`);
  assert.ok(r.json && typeof r.json === 'object' && r.json.error && typeof r.json.error === 'object',
    `error body is not {"error": {...}}: ${r.text}`);
  const e = r.json.error;
  assert.equal(typeof e.code, 'string', `error.code missing: ${r.text}`);
  assert.equal(typeof e.message, 'string', `error.message missing: ${r.text}`);
  assert.ok(e.message.length > 0, 'error.message is empty');
  if (code !== undefined) {
    if (Array.isArray(code)) assert.ok(code.includes(e.code), `error.code ${e.code} not in ${code}: ${r.text}`);
    else assert.equal(e.code, code, `error.code: ${r.text}`);
  }
  if (field !== undefined) {
    if (Array.isArray(field)) assert.ok(field.includes(e.field), `error.field ${e.field} not in ${field}: ${r.text}`);
    else assert.equal(e.field, field, `error.field: ${r.text}`);
  }
  return e;
}

/** GET that must answer 200; returns the JSON. */
export async function getOk(srv, p, session) {
  const r = await srv.api('GET', p, { token: session.token });
  assert.equal(r.status, 200, `GET ${p}: ${r.status} ${r.text}`);
  return r.json;
}

/** Follows next_cursor through a list and returns all items (limit 200 per page). */
export async function listAll(srv, session, p) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 1000; page++) {
    const sep = p.includes('?') ? '&' : '?';
    const url = `${p}${sep}limit=200${cursor !== null ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const j = await getOk(srv, url, session);
    assert.ok(Array.isArray(j.items), `GET ${url}: no items array`);
    items.push(...j.items);
    if (j.next_cursor === null || j.next_cursor === undefined) return items;
    cursor = j.next_cursor;
  }
  throw new Error(`list ${p} did not end`);
}

/** {name → org} of the orgs visible to the session. */
export async function orgsByName(srv, session) {
  const j = await getOk(srv, `${API}/orgs`, session);
  const m = new Map();
  for (const o of j.items) m.set(o.name, o);
  return m;
}

/** The state of a case that a refused request must not change (read as `session`). */
export async function snapshot(srv, session, id) {
  const c = await getOk(srv, `${API}/cases/${id}`, session);
  return {
    version: c.version, status: c.status, title: c.title, body: c.body,
    assignee_id: c.assignee_id, result: c.result, updated_at: c.updated_at,
    closed_at: c.closed_at, priority: c.priority,
    timeline: c.timeline.map((e) => e.id),
  };
}

/** Number of cases in the session's list (all pages) for a query string like "?type=suggestion". */
export async function countCases(srv, session, query = '') {
  return (await listAll(srv, session, `${API}/cases${query}`)).length;
}

/** Today's date in China (UTC+8) as YYYYMMDD and YYYY-MM-DD. */
export function chinaToday(now = Date.now()) {
  const d = new Date(now + 8 * 3600 * 1000);
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return { compact: `${y}${m}${day}`, iso: `${y}-${m}-${day}` };
}

/** Epoch ms of this week's Monday 00:00 China time. */
export function chinaWeekStart(now = Date.now()) {
  const d = new Date(now + 8 * 3600 * 1000);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - sinceMonday) - 8 * 3600 * 1000;
}

/** RFC 3339 written in China Standard Time, as the contract requires for every time. */
export const CST_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+08:00$/;

/** Per-run unique text, so titles from one test never collide with another's. */
let uniq = 0;
export function unique(prefix = 't') {
  uniq += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${uniq}`;
}

/** The ids of `rootId` and every unit below it, from an /orgs item list. */
export function subtreeIds(items, rootId) {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of items) {
      if (!ids.has(o.id) && o.parent_id !== null && ids.has(o.parent_id)) { ids.add(o.id); grew = true; }
    }
  }
  return ids;
}
