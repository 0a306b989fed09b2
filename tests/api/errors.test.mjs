// Bad input: every refusal has the documented status and error shape, and creates nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, countCases, snapshot, unique } from './lib.mjs';

let srv;
let s; // cz-officer
let admin;

before(async () => {
  srv = await startServer();
  s = await srv.login('cz-officer');
  admin = await srv.login('admin');
});
after(async () => { await srv?.stop(); });

const create = (opts) => srv.api('POST', `${API}/cases`, { token: s.token, ...opts });

/** Runs a refused create and checks the case count did not move. */
async function refusedCreate(opts, status, code, field) {
  const n0 = await countCases(srv, admin);
  const r = await create(opts);
  const e = assertError(r, status, code, field);
  assert.equal(await countCases(srv, admin), n0, `refused request created a case: ${JSON.stringify(opts).slice(0, 200)}`);
  return e;
}

test('malformed JSON → 400 malformed_json', async () => {
  await refusedCreate({ rawBody: '{"type": "suggestion", "title": ' }, 400, 'malformed_json');
  await refusedCreate({ rawBody: '{type: suggestion}' }, 400, 'malformed_json');
  await refusedCreate({ rawBody: '' }, 400, 'malformed_json');
  await refusedCreate({ rawBody: '{"type":"suggestion","title":"a"} trailing' }, 400, 'malformed_json');
  await refusedCreate({ rawBody: Buffer.from([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }, 400, 'malformed_json');
});

test('a body that is not one JSON object → 400', async () => {
  await refusedCreate({ rawBody: JSON.stringify([{ type: 'suggestion', title: 'in an array' }]) }, 400, 'malformed_json');
  await refusedCreate({ rawBody: '"just a string"' }, 400, 'malformed_json');
  await refusedCreate({ rawBody: '42' }, 400, 'malformed_json');
  await refusedCreate({ rawBody: 'null' }, 400, 'malformed_json');
});

test('duplicate keys → 400', async () => {
  await refusedCreate({ rawBody: `{"type":"suggestion","title":"${unique('a')}","title":"${unique('b')}"}` }, 400, 'malformed_json');
});

test('nesting deeper than 16 → 400', async () => {
  let deep = '1';
  for (let i = 0; i < 40; i++) deep = `{"a":${deep}}`;
  await refusedCreate({ rawBody: `{"type":"suggestion","title":"deep","x":${deep}}` }, 400, 'malformed_json');
  let arr = '1';
  for (let i = 0; i < 10000; i++) arr = `[${arr}]`;
  await refusedCreate({ rawBody: `{"type":"suggestion","title":"deep","x":${arr}}` }, 400, 'malformed_json');
});

test('missing or wrong Content-Type → 415', async () => {
  const body = JSON.stringify({ type: 'suggestion', title: unique('ct') });
  await refusedCreate({ rawBody: body, contentType: null }, 415, 'unsupported_media_type');
  await refusedCreate({ rawBody: body, contentType: 'text/plain' }, 415, 'unsupported_media_type');
  await refusedCreate({ rawBody: body, contentType: 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type');
  await refusedCreate({ rawBody: body, contentType: 'application/jsonx' }, 415, 'unsupported_media_type');
});

test('application/json with charset=utf-8 is accepted', async () => {
  const n0 = await countCases(srv, admin);
  const r = await create({ rawBody: JSON.stringify({ type: 'suggestion', title: unique('charset') }), contentType: 'application/json; charset=utf-8' });
  assert.equal(r.status, 201, r.text);
  const r2 = await create({ rawBody: JSON.stringify({ type: 'suggestion', title: unique('charset') }), contentType: 'Application/JSON;charset=UTF-8' });
  assert.equal(r2.status, 201, r2.text);
  assert.equal(await countCases(srv, admin), n0 + 2);
});

test('a body over 1 MiB → 413 too_large', async () => {
  const pad = 'x'.repeat(1024 * 1024);
  await refusedCreate({ rawBody: JSON.stringify({ type: 'suggestion', title: 'big', body: pad }) }, 413, 'too_large');
  // The server is still fine afterwards.
  const ok = await create({ body: { type: 'suggestion', title: unique('after-big') } });
  assert.equal(ok.status, 201, ok.text);
});

test('a body just under 1 MiB is read (and then judged on its fields)', async () => {
  // 1 MiB minus a little: not 413. The body field is too long for a case, so 422 (or 201 if allowed).
  const raw = JSON.stringify({ type: 'suggestion', title: unique('near-cap'), body: '' });
  const pad = 'y'.repeat(1024 * 1024 - raw.length - 16);
  const r = await create({ rawBody: JSON.stringify({ type: 'suggestion', title: unique('near-cap'), body: pad }) });
  assert.ok([201, 422].includes(r.status), `${r.status} ${r.text.slice(0, 300)}`);
  if (r.status === 422) assertError(r, 422, undefined, 'body');
});

test('unknown field → 422 unknown_field naming it', async () => {
  await refusedCreate({ body: { type: 'suggestion', title: unique('u'), colour: 'red' } }, 422, 'unknown_field', 'colour');
  await refusedCreate({ body: { type: 'suggestion', title: unique('u'), status: 'done' } }, 422, 'unknown_field', 'status');
  await refusedCreate({ body: { type: 'suggestion', title: unique('u'), reporter_id: 1 } }, 422, 'unknown_field', 'reporter_id');
  await refusedCreate({ body: { type: 'suggestion', title: unique('u'), id: 5 } }, 422, 'unknown_field', 'id');
});

test('wrong JSON types → 422 invalid_type naming the field', async () => {
  await refusedCreate({ body: { type: 'suggestion', title: 5 } }, 422, 'invalid_type', 'title');
  await refusedCreate({ body: { type: 'suggestion', title: null } }, 422, undefined, 'title');
  await refusedCreate({ body: { type: 'suggestion', title: ['a'] } }, 422, 'invalid_type', 'title');
  await refusedCreate({ body: { type: 7, title: unique('t') } }, 422, 'invalid_type', 'type');
  await refusedCreate({ body: { type: 'suggestion', title: unique('t'), org_id: 'abc' } }, 422, 'invalid_type', 'org_id');
  await refusedCreate({ body: { type: 'suggestion', title: unique('t'), org_id: 1.5 } }, 422, undefined, 'org_id');
  await refusedCreate({ body: { type: 'suggestion', title: unique('t'), lat: '29.1' } }, 422, 'invalid_type', 'lat');
  await refusedCreate({ body: { type: 'suggestion', title: unique('t'), body: { text: 'x' } } }, 422, 'invalid_type', 'body');
});

test('invalid values → 422 naming the field', async () => {
  // a blank title is no title: the board's posts need one
  await refusedCreate({ body: { type: 'suggestion', title: '' } }, 422, 'missing_field', 'title');
  await refusedCreate({ body: { type: 'suggestion', title: ' \u3000' } }, 422, 'missing_field', 'title');
  // an unknown type is named as such, not the first field no table knows
  await refusedCreate({ body: { type: '失物', category: 'phone', color: '黑色' } }, 422, 'invalid_value', 'type');
  await refusedCreate({ body: { type: 'suggestion', title: 'x'.repeat(201) } }, 422, 'invalid_value', 'title');
  await refusedCreate({ body: { type: 'suggestion', title: unique('p'), priority: 'asap' } }, 422, 'invalid_value', 'priority');
  await refusedCreate({ body: { type: 'complaint-box', title: unique('t') } }, 422, 'invalid_value', 'type');
  await refusedCreate({ body: { type: '', title: unique('t') } }, 422, 'invalid_value', 'type');
  await refusedCreate({ body: { type: 'suggestion', title: unique('t'), lat: 91 } }, 422, 'invalid_value', 'lat');
  await refusedCreate({ body: { type: 'suggestion', title: unique('t'), lon: -181 } }, 422, 'invalid_value', 'lon');
  await refusedCreate({ body: { type: 'suggestion', title: unique('t'), due_at: 'next tuesday' } }, 422, 'invalid_value', 'due_at');
  await refusedCreate({ body: { type: 'suggestion', title: unique('t'), due_at: '2026-13-45' } }, 422, 'invalid_value', 'due_at');
  // 200 Chinese characters are 200 characters (600 bytes), so they fit.
  const ok = await create({ body: { type: 'suggestion', title: '灯'.repeat(200) } });
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.title, '灯'.repeat(200));
});

test('missing required fields → 422 missing_field', async () => {
  await refusedCreate({ body: { type: 'suggestion' } }, 422, 'missing_field', 'title');
  await refusedCreate({ body: { title: unique('no type') } }, 422, 'missing_field', 'type');
  await refusedCreate({ body: {} }, 422, 'missing_field');
});

test('unknown fields and bad bodies on actions change nothing', async () => {
  const c = await create({ body: { type: 'suggestion', title: unique('act-errors') } });
  assert.equal(c.status, 201);
  const leader = await srv.login('cz-leader');
  const snap = await snapshot(srv, admin, c.json.id);
  const post = (opts) => srv.api('POST', `${API}/cases/${c.json.id}/actions`, { token: leader.token, ...opts });
  assertError(await post({ body: { action: 'decline', note: 'x', urgent: true } }), 422, 'unknown_field', 'urgent');
  assertError(await post({ rawBody: '{"action":"decline",' }), 400, 'malformed_json');
  assertError(await post({ rawBody: '[]' }), 400, 'malformed_json');
  assertError(await post({ rawBody: '{"action":"decline","note":"x"}', contentType: 'text/plain' }), 415, 'unsupported_media_type');
  assertError(await post({ body: { action: 'decline', note: 'x', version: 'one' } }), 422, 'invalid_type', 'version');
  assertError(await post({ body: { action: 'accept', fields: 'cz-aux' } }), 422, 'invalid_type', 'fields');
  assertError(await post({ body: { action: 'decline', note: 5 } }), 422, 'invalid_type', 'note');
  assert.deepEqual(await snapshot(srv, admin, c.json.id), snap);
});

test('non-numeric or absurd case ids → 404 or 400, JSON error', async () => {
  // '1%00' and '1%00abc': a percent-encoded NUL must not cut the id short to "1".
  const wrong = [];
  for (const id of ['abc', '1abc', '-1', '0', '1.5', '99999999999999999999999', '%20', '1%20', '0x1', '1%00', '1%00abc']) {
    const r = await srv.api('GET', `${API}/cases/${id}`, { token: s.token });
    if (![400, 404].includes(r.status)) { wrong.push(`/cases/${id} → ${r.status} ${r.text.slice(0, 80)}`); continue; }
    assertError(r, r.status, r.status === 404 ? 'not_found' : 'bad_request');
  }
  assert.deepEqual(wrong, [], 'each of these should be 404 or 400');
  assertError(await srv.api('GET', `${API}/cases/999999999`, { token: s.token }), 404, 'not_found');
  assertError(await srv.api('POST', `${API}/cases/999999999/actions`, { token: s.token, body: { action: 'done' } }), 404, 'not_found');
  assertError(await srv.api('POST', `${API}/cases/999999999/comments`, { token: s.token, body: { body: 'x' } }), 404, 'not_found');
  assertError(await srv.api('PATCH', `${API}/cases/999999999`, { token: s.token, body: { version: 1, title: 'x' } }), 404, 'not_found');
});

test('unknown API paths → 404 JSON error, even signed in', async () => {
  for (const p of ['/api/v1/whatever', '/api/v1/cases/1/nothing', '/api/v2/cases', '/api/v1/', '/api/nothing']) {
    const r = await srv.api('GET', p, { token: s.token });
    assertError(r, 404, 'not_found');
    assert.match(r.headers.get('content-type') || '', /^application\/json/, p);
  }
});

test('a known path with another method → 405 method_not_allowed', async () => {
  assertError(await srv.api('DELETE', `${API}/cases`, { token: s.token }), 405, 'method_not_allowed');
  assertError(await srv.api('PUT', `${API}/me`, { token: s.token, body: {} }), 405, 'method_not_allowed');
  assertError(await srv.api('POST', `${API}/health`, { body: {} }), 405, 'method_not_allowed');
  assertError(await srv.api('DELETE', `${API}/orgs`, { token: s.token }), 405, 'method_not_allowed');
});

test('errors and answers are JSON with the right content type', async () => {
  const r = await srv.api('GET', `${API}/cases`, { token: s.token });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') || '', /^application\/json/);
  assert.ok(Array.isArray(r.json.items));
  assert.ok('next_cursor' in r.json);
  const e = await srv.api('POST', `${API}/cases`, { token: s.token, rawBody: '{' });
  assert.match(e.headers.get('content-type') || '', /^application\/json/);
});

test('the server is healthy after all of the above', async () => {
  const h = await srv.api('GET', `${API}/health`);
  assert.equal(h.status, 200);
  assert.equal(h.json.status, 'ok');
});

test('a path that names no page → 404 in Chinese with a way home (it was the English words "not found")', async () => {
  const r = await fetch(`${srv.base}/no-such-page.html`);
  assert.equal(r.status, 404);
  assert.match(r.headers.get('content-type'), /^text\/html; charset=utf-8/);
  assert.match(r.headers.get('content-security-policy') || '', /default-src 'self'/);
  const body = await r.text();
  assert.match(body, /<html lang="zh-CN">/);
  assert.match(body, /页面不存在/);
  assert.match(body, /<a href="\/">返回首页<\/a>/);
  assert.doesNotMatch(body.replace(/<[^>]*>/g, ''), /not found/i);
});
