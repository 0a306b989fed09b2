// Files are the owner's alone (issue 8 §5): the database, its -wal and -shm files and the access
// log are created 0600 whatever the umask of whoever starts Pingan (they were 0644).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, startServer, DEMO_PASSWORD, API } from './lib.mjs';

const modeOf = (f) => statSync(f).mode & 0o777;
const assertPrivate = (f) =>
  assert.equal(modeOf(f) & 0o077, 0, `${path.basename(f)} is mode ${modeOf(f).toString(8)}`);

test('init and serve create the database, -wal, -shm and the access log owner-only', async () => {
  const old = process.umask(0o022);           // a usual umask: files would be 0644
  const dir = mkdtempSync(path.join(tmpdir(), 'pingan-modes-'));
  let srv;
  try {
    const db = path.join(dir, 't.db');
    const init = runCli(['init', '--db', db, '--demo'], { env: { PINGAN_DEMO_PASSWORD: DEMO_PASSWORD } });
    assert.equal(init.status, 0, init.stderr);
    assertPrivate(db);

    const log = path.join(dir, 'access.log');
    srv = await startServer({ dir, db }, { args: ['--access-log', log] });
    const s = await srv.login('admin');           // a write: the WAL is in use
    const r = await srv.api('POST', `${API}/cases`, { token: s.token, body: { type: 'suggestion', title: '权限' } });
    assert.equal(r.status, 201, r.text);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) {
      assert.ok(existsSync(f), `${path.basename(f)} missing`);
      assertPrivate(f);
    }
    for (let i = 0; i < 100 && !existsSync(log); i++) await new Promise((res) => setTimeout(res, 100));
    assertPrivate(log);
  } finally {
    process.umask(old);
    if (srv) await srv.stop(); else rmSync(dir, { recursive: true, force: true });
  }
});
