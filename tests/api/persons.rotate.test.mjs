// `pingan key rotate` (issue 9 §1): every person is re-encrypted under a new key generation and
// re-indexed; a run killed half way leaves K.next, the old key file stays in place and every
// command refuses until a second run finishes; afterwards lookups and reveals work, the old key
// is kept as K.gen0, and `pingan audit verify` still holds (the timeline key did not change).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { startServer, runCli, API, orgsByName, getOk } from './lib.mjs';

const PHONES = ['13811110001', '13811110002', '13811110003', '13811110004'];

test('key rotate: killed half way it resumes; values, lookups and the timeline survive', async () => {
  let srv = await startServer();
  const op = await srv.login('operator');
  const org = await orgsByName(srv, op);
  const ids = [];
  for (const [i, phone] of PHONES.entries()) {
    const r = await srv.api('POST', `${API}/cases`, { token: op.token, body: {
      type: 'event', title: `轮换测试${i}`, category: 'SZ02', org_id: org.get('将军社区第一网格').id,
      persons: [{ role: 'party', name: `轮换${i}号`, phone }] } });
    assert.equal(r.status, 201, r.text);
    ids.push(r.json.persons[0].id);
  }
  const { dir, db } = srv;
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  const key = `${db}.key`;
  const oldKey = readFileSync(key);

  // a run that dies after its first batch of one row
  let r = runCli(['key', 'rotate', '--db', db], { env: { PINGAN_ROTATE_BATCH: '1', PINGAN_ROTATE_CRASH_AFTER: '1' } });
  assert.equal(r.status, 9, r.stdout + r.stderr);
  assert.ok(existsSync(`${key}.next`), 'the new key waits in K.next');
  assert.deepEqual(readFileSync(key), oldKey, 'the old key file is untouched until the end');
  // nothing runs on a half-rotated database
  r = runCli(['serve', '--db', db, '--listen', '127.0.0.1:1']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /unfinished/);

  // the second run continues with the rest
  r = runCli(['key', 'rotate', '--db', db], { env: { PINGAN_ROTATE_BATCH: '2' } });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /continuing/);
  assert.match(r.stdout, /done/);
  assert.ok(!existsSync(`${key}.next`));
  assert.deepEqual(readFileSync(`${key}.gen0`), oldKey, 'the old key is kept for older backups');
  const fresh = readFileSync(key);
  assert.equal(fresh.length, 32 + 36, 'master and one generation');
  assert.deepEqual(fresh.subarray(0, 32), oldKey, 'the master (timeline key) is kept');
  assert.equal(statSync(key).mode & 0o777, 0o600);
  r = runCli(['audit', 'verify', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);

  // a second rotation works from the first's result
  r = runCli(['key', 'rotate', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.ok(existsSync(`${key}.gen1`));

  srv = await startServer({ dir, db });
  try {
    const op2 = await srv.login('operator');
    for (const [i, phone] of PHONES.entries()) {
      const found = await getOk(srv, `${API}/persons?phone=${phone}`, op2);
      assert.deepEqual(found.items.map((p) => p.id), [ids[i]], `lookup of ${phone} after rotation`);
      assert.equal(found.items[0].name, '轮**号');
      const v = await srv.api('POST', `${API}/persons/${ids[i]}/reveal`, { token: op2.token,
        body: { field: 'phone', reason: '轮换后核对' } });
      assert.equal(v.status, 200, v.text);
      assert.equal(v.json.value, phone);
    }
    const buf = readFileSync(db);
    for (const p of PHONES) assert.equal(buf.indexOf(Buffer.from(p)), -1);
  } finally {
    await srv.stop();
  }
});

test('key rotate refuses while a server runs on the key file', async () => {
  const srv = await startServer();
  try {
    const key = `${srv.db}.key`;
    const before = readFileSync(key);
    // the running server keeps its keys in memory: rows moved under a generation it does not
    // hold would not open, and rows it seals meanwhile would stay under the dropped one
    const r = runCli(['key', 'rotate', '--db', srv.db]);
    assert.notEqual(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /running/);
    assert.ok(!existsSync(`${key}.next`), 'no rotation started');
    assert.deepEqual(readFileSync(key), before);
    const me = await srv.login('operator');
    assert.ok(me.token);
  } finally {
    await srv.stop();
  }
});

test('key rotate killed while writing K.next leaves no truncated K.next that blocks the server', async () => {
  let srv = await startServer();
  const { dir, db } = srv;
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  const key = `${db}.key`;
  const oldKey = readFileSync(key);
  // dies with half of the new key file written
  let r = runCli(['key', 'rotate', '--db', db], { env: { PINGAN_KEYS_WRITE_CRASH: '1' } });
  assert.equal(r.status, 9, r.stdout + r.stderr);
  assert.ok(!existsSync(`${key}.next`), 'no partial K.next');
  assert.deepEqual(readFileSync(key), oldKey);
  // the server starts on the untouched key; a new rotation finishes
  srv = await startServer({ dir, db });
  assert.ok((await srv.login('operator')).token);
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  r = runCli(['key', 'rotate', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.ok(!existsSync(`${key}.next`) && !existsSync(`${key}.next.tmp`));
  srv = await startServer({ dir, db });
  await srv.stop();
});
