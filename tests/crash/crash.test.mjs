// crash.test.mjs — crash safety under load: SIGKILL the server at random moments while clients
// create cases, restart it, and check that every acknowledged (201) case survived intact, that no
// half-written case or timeline exists, and that `pingan audit verify` passes.
// CRASH_ROUNDS sets the number of kills (make check: 3; make crash-test: 12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.resolve(root, process.env.PINGAN_BIN || 'bin/pingan');
const rounds = Number(process.env.CRASH_ROUNDS || 3);
const clients = 16;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startServer(db, port) {
  const proc = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--quiet'],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 400; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (r.ok) return proc;
    } catch { /* not up yet */ }
    await sleep(25);
  }
  proc.kill('SIGKILL');
  throw new Error('server did not start');
}

test(`acknowledged creates survive ${rounds} SIGKILLs`, { timeout: 300000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingan-crash-'));
  const db = path.join(dir, 'crash.db');
  const init = spawnSync(bin, ['init', '--db', db, '--demo'],
    { env: { ...process.env, PINGAN_DEMO_PASSWORD: 'crash-pass-1' } });
  assert.equal(init.status, 0, init.stderr?.toString());
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/api/v1`;
  let server = await startServer(db, port);
  const login = await fetch(`${base}/session`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: 'cz-officer', password: 'crash-pass-1' }),
  });
  assert.equal(login.status, 200);
  const { token } = await login.json();
  const auth = { Authorization: `Bearer ${token}` };

  const acked = new Map();   // id → title, only for 201 answers
  let seq = 0;
  let failures = 0;
  for (let round = 0; round < rounds; round++) {
    let running = true;
    const loops = Array.from({ length: clients }, async () => {
      while (running) {
        const title = `crash ${round}-${seq++} 三楼楼道灯坏了`;
        try {
          const r = await fetch(`${base}/cases`, {
            method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' },
            body: JSON.stringify({ type: 'suggestion', title, body: 'crash test' }),
          });
          if (r.status === 201) {
            const c = await r.json();
            acked.set(c.id, title);
          } else {
            await r.arrayBuffer();
          }
        } catch {
          failures++;      // the connection died with the server: not acknowledged
          await sleep(5);
        }
      }
    });
    await sleep(300 + Math.floor(Math.random() * 900));
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
    running = false;
    await Promise.all(loops);
    server = await startServer(db, port);
  }
  assert.ok(acked.size > 0, 'some creates were acknowledged');
  assert.ok(failures > 0, 'the kills interrupted requests in flight');

  // every acknowledged case is there, intact, with its create event
  for (const [id, title] of acked) {
    const r = await fetch(`${base}/cases/${id}`, { headers: auth });
    assert.equal(r.status, 200, `acknowledged case ${id} is missing`);
    const c = await r.json();
    assert.equal(c.title, title);
    assert.equal(c.status, 'open');
    assert.equal(c.timeline.length, 1);
    assert.equal(c.timeline[0].kind, 'create');
  }
  server.kill('SIGTERM');
  const code = await new Promise((r) => server.once('exit', r));
  assert.equal(code, 0, 'clean shutdown after the crashes');

  // no half-written case or timeline, hash chain intact, file consistent
  const audit = spawnSync(bin, ['audit', 'verify', '--db', db]);
  assert.equal(audit.status, 0, audit.stdout.toString() + audit.stderr.toString());
  assert.match(audit.stdout.toString(), /hash chain intact/);
  fs.rmSync(dir, { recursive: true, force: true });
});
