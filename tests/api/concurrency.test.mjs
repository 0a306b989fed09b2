// Many requests at once: exactly one winner for a version, no lost or doubled writes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, listAll, countCases, runCli, unique } from './lib.mjs';

let srv;
const S = {};

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'cz-aux', 'xg-officer']) S[u] = await srv.login(u);
});
after(async () => { await srv?.stop(); });

const post = (who, body, headers) => srv.api('POST', `${API}/cases`, { token: S[who].token, body, headers });

test('30 parallel posts: all created, distinct ids and codes, count +30', async () => {
  const n0 = await countCases(srv, S.admin);
  const who = ['cz-officer', 'cz-aux', 'xg-officer'];
  const titles = Array.from({ length: 30 }, (_, i) => unique(`parallel-${i}`));
  const rs = await Promise.all(titles.map((t, i) => post(who[i % 3], { type: 'suggestion', title: t })));
  for (const r of rs) assert.equal(r.status, 201, r.text);
  assert.equal(new Set(rs.map((r) => r.json.id)).size, 30);
  assert.equal(new Set(rs.map((r) => r.json.code)).size, 30, 'codes are unique under load');
  rs.forEach((r, i) => assert.equal(r.json.title, titles[i], 'each answer is for its own request'));
  assert.equal(await countCases(srv, S.admin), n0 + 30);
});

test('10 parallel accepts with the same version: exactly one wins', async () => {
  const c = (await post('cz-officer', { type: 'suggestion', title: unique('race') })).json;
  const v = c.version;
  const rs = await Promise.all(Array.from({ length: 10 }, () => srv.api('POST', `${API}/cases/${c.id}/actions`, {
    token: S['cz-leader'].token, body: { action: 'accept', version: v, fields: { assignee_id: S['cz-aux'].user.id } },
  })));
  const ok = rs.filter((r) => r.status === 200);
  assert.equal(ok.length, 1, `winners: ${rs.map((r) => r.status)}`);
  for (const r of rs.filter((x) => x.status !== 200)) assertError(r, 409, 'stale_version');
  const g = await getOk(srv, `${API}/cases/${c.id}`, S.admin);
  assert.equal(g.status, 'in_progress');
  assert.equal(g.version, ok[0].json.version);
  assert.equal(g.timeline.filter((e) => e.action === 'accept').length, 1, 'one accept on the timeline');
  assert.equal(g.timeline.length, 2);
});

test('parallel decline and accept on one post: one wins, the other is refused', async () => {
  const c = (await post('cz-officer', { type: 'suggestion', title: unique('race2') })).json;
  const [a, d] = await Promise.all([
    srv.api('POST', `${API}/cases/${c.id}/actions`, { token: S['cz-leader'].token, body: { action: 'accept', fields: { assignee_id: S['cz-aux'].user.id } } }),
    srv.api('POST', `${API}/cases/${c.id}/actions`, { token: S.admin.token, body: { action: 'decline', note: '并发' } }),
  ]);
  const statuses = [a.status, d.status].sort();
  assert.deepEqual(statuses, [200, 409], `${a.status} ${a.text} / ${d.status} ${d.text}`);
  const loser = a.status === 409 ? a : d;
  assertError(loser, 409, 'action_not_allowed');
  const g = await getOk(srv, `${API}/cases/${c.id}`, S.admin);
  assert.equal(g.status, a.status === 200 ? 'in_progress' : 'declined');
  assert.equal(g.timeline.length, 2);
});

test('30 parallel comments: all kept, version unchanged, seq unique', async () => {
  const c = (await post('cz-officer', { type: 'suggestion', title: unique('comments') })).json;
  const who = ['cz-officer', 'cz-aux', 'cz-leader'];
  const texts = Array.from({ length: 30 }, (_, i) => unique(`评论${i}`));
  const rs = await Promise.all(texts.map((t, i) => srv.api('POST', `${API}/cases/${c.id}/comments`, { token: S[who[i % 3]].token, body: { body: t } })));
  for (const r of rs) assert.equal(r.status, 201, r.text);
  const g = await getOk(srv, `${API}/cases/${c.id}`, S.admin);
  assert.equal(g.version, c.version);
  assert.equal(g.timeline.length, 31);
  const seqs = g.timeline.map((e) => e.seq);
  assert.equal(new Set(seqs).size, 31, 'seq unique');
  for (let i = 1; i < seqs.length; i++) assert.ok(seqs[i] > seqs[i - 1]);
  const body = JSON.stringify(g.timeline);
  for (const t of texts) assert.ok(body.includes(t), `comment ${t} kept`);
});

test('parallel retries with one Idempotency-Key make one case', async () => {
  const n0 = await countCases(srv, S['cz-officer']);
  const key = unique('retry');
  const body = { type: 'suggestion', title: unique('weak signal') };
  const rs = await Promise.all(Array.from({ length: 8 }, () => post('cz-officer', body, { 'idempotency-key': key })));
  for (const r of rs) assert.equal(r.status, 201, r.text);
  assert.equal(new Set(rs.map((r) => r.json.id)).size, 1, `ids: ${rs.map((r) => r.json.id)}`);
  assert.equal(await countCases(srv, S['cz-officer']), n0 + 1);
});

test('readers are served while writers write', async () => {
  const writes = Array.from({ length: 20 }, (_, i) => post('cz-aux', { type: 'suggestion', title: unique(`rw-${i}`) }));
  const reads = [];
  for (let i = 0; i < 40; i++) {
    reads.push(srv.api('GET', `${API}/cases?limit=5`, { token: S[i % 2 ? 'cz-leader' : 'admin'].token }));
    reads.push(srv.api('GET', `${API}/board`, { token: S['cz-leader'].token }));
    reads.push(srv.api('GET', `${API}/me`, { token: S['xg-officer'].token }));
  }
  const [w, r] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
  for (const x of w) assert.equal(x.status, 201, x.text);
  for (const x of r) assert.equal(x.status, 200, x.text);
  // Each /me answered for its own session.
  for (const x of r.filter((y) => y.json && 'login' in y.json)) assert.equal(x.json.login, 'xg-officer');
});

test('parallel logins and logouts keep sessions apart', async () => {
  const users = ['cz-officer', 'cz-aux', 'cz-leader', 'xg-officer', 'admin'];
  const sessions = await Promise.all(users.map((u) => srv.login(u)));
  const mes = await Promise.all(sessions.map((s) => srv.api('GET', `${API}/me`, { token: s.token })));
  mes.forEach((m, i) => assert.equal(m.json.login, users[i]));
  const outs = await Promise.all(sessions.slice(0, 2).map((s) => srv.api('DELETE', `${API}/session`, { token: s.token })));
  for (const o of outs) assert.equal(o.status, 204);
  const after = await Promise.all(sessions.map((s) => srv.api('GET', `${API}/me`, { token: s.token })));
  assert.deepEqual(after.map((a) => a.status), [401, 401, 200, 200, 200]);
});

test('the audit chain verifies after all the concurrent writes (server still running)', async () => {
  const all = await listAll(srv, S.admin, `${API}/cases`);
  assert.ok(all.length > 0);
  const r = runCli(['audit', 'verify', '--db', srv.db]);
  assert.equal(r.signal, null);
  assert.equal(r.status, 0, `audit verify: ${r.stdout}${r.stderr}`);
});
