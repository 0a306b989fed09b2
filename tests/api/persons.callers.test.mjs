// Events registered before the persons registry (issue 9 §1: "Events' caller_name and
// caller_phone move into this registry; the old masked values stay as they were"): their
// plain-text event_details.caller_name is moved into the registry as a `caller` person by
// `pingan init` and at `serve` start, the column is cleared, and the cleared name is left
// nowhere in the raw database file (secure_delete, WAL truncated); the masked phone stays.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { startServer, runCli, API, orgsByName, getOk, unique } from './lib.mjs';

/** Runs SQL on the database file with the sqlite3 command line, as the old code wrote. */
function sql(db, text) {
  const r = spawnSync('sqlite3', [db, text], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, `sqlite3: ${r.stderr}`);
  return r.stdout.trim();
}

function holds(file, s) {
  if (!existsSync(file)) return false;
  const buf = readFileSync(file);
  return buf.indexOf(Buffer.from(s, 'utf8')) >= 0 || buf.indexOf(Buffer.from(s, 'utf16le')) >= 0;
}

const OLD1 = '慕容复兴';      // moved by `pingan init`
const OLD2 = '端木蓉蓉';      // moved at `serve` start

async function oldEvent(srv, op, org, name) {
  const r = await srv.api('POST', `${API}/cases`, { token: op.token, body: {
    type: 'event', title: unique('旧来电'), category: 'SZ02', org_id: org.get('将军社区第一网格').id } });
  assert.equal(r.status, 201, r.text);
  assert.deepEqual(r.json.persons, []);
  return r.json.id;
}

test('old plain-text caller names move into the registry (init and serve) and leave the raw file', async () => {
  let srv = await startServer();
  const { dir, db } = srv;
  let op = await srv.login('operator');
  const org = await orgsByName(srv, op);
  const id1 = await oldEvent(srv, op, org);
  const id2 = await oldEvent(srv, op, org);
  const id3 = await oldEvent(srv, op, org);
  assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  // what the code before the registry stored: the name in plain text, the phone masked
  sql(db, `UPDATE event_details SET caller_name = '${OLD1}', caller_phone = '138****5678' WHERE case_id = ${id1};
           UPDATE event_details SET caller_name = '   ' WHERE case_id = ${id3};`);
  assert.ok(holds(db, OLD1), 'the premise: the old name is in the raw file');

  // `pingan init` on the existing database moves it
  let r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /1 old caller names moved/);
  for (const f of [db, `${db}-wal`]) assert.ok(!holds(f, OLD1), `${f} still holds the old name`);
  assert.equal(sql(db, `SELECT count(*) FROM event_details WHERE caller_name IS NOT NULL`), '0');
  // a second init finds nothing left to move
  r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout, /old caller names moved/);

  // an old name appearing in a database that is served without init: moved at start
  sql(db, `UPDATE event_details SET caller_name = '${OLD2}' WHERE case_id = ${id2};`);
  assert.ok(holds(db, OLD2));
  srv = await startServer({ dir, db });
  try {
    // while the server runs: neither the database file nor its WAL holds the name
    for (const f of [db, `${db}-wal`]) assert.ok(!holds(f, OLD2), `${f} still holds the second old name`);
    op = await srv.login('operator');
    const c1 = await getOk(srv, `${API}/cases/${id1}`, op);
    assert.equal(c1.caller_name, null);
    assert.equal(c1.caller_phone, '138****5678', 'the masked phone stays as it was');
    assert.equal(c1.persons.length, 1);
    assert.equal(c1.persons[0].role, 'caller');
    assert.equal(c1.persons[0].name, '慕**兴');
    assert.equal(c1.persons[0].phone, null);
    const c2 = await getOk(srv, `${API}/cases/${id2}`, op);
    assert.deepEqual(c2.persons.map((p) => [p.role, p.name]), [['caller', '端**蓉']]);
    const c3 = await getOk(srv, `${API}/cases/${id3}`, op);
    assert.deepEqual(c3.persons, [], 'a blank old name is only cleared');
    // the registry finds the old caller by full name, and a reveal gives it back
    const found = await getOk(srv, `${API}/persons?name=${encodeURIComponent(OLD1)}`, op);
    assert.deepEqual(found.items.map((p) => p.id), [c1.persons[0].id]);
    const v = await srv.api('POST', `${API}/persons/${c1.persons[0].id}/reveal`, { token: op.token,
      body: { field: 'name', reason: '回访旧来电' } });
    assert.equal(v.status, 200, v.text);
    assert.equal(v.json.value, OLD1);
  } finally {
    await srv.stop();
  }
});
