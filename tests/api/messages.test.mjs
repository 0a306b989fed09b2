// Error messages in the caller's language (错误信息的语言): Accept-Language "en..." gives the
// English message, anything else (or none) the Chinese one; the code and field stay the same.
// Chinese messages carry no English words and no internal codes (field names, action codes,
// versions), and name a field by its Chinese label.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, unique } from './lib.mjs';

let srv;
let officer;
let leader;
let aux;

before(async () => {
  srv = await startServer();
  officer = await srv.login('cz-officer');
  leader = await srv.login('cz-leader');
  aux = await srv.login('cz-aux');
});
after(async () => { await srv?.stop(); });

const ZH = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };
const EN = { 'accept-language': 'en-US,en;q=0.9' };
const NO_ASCII_WORD = /[A-Za-z]/;

/** The same request in Chinese, in English and without Accept-Language: three error objects. */
async function inThree(status, code, field, send) {
  const zh = assertError(await send(ZH), status, code, field);
  const en = assertError(await send(EN), status, code, field);
  const none = assertError(await send({}), status, code, field);
  return { zh, en, none };
}

test('a wrong password: 登录名或密码错误 in Chinese, "wrong login or password" in English', async () => {
  const m = await inThree(401, 'invalid_credentials', undefined, (headers) =>
    srv.api('POST', `${API}/session`, { body: { login: 'cz-officer', password: 'not-the-password' }, headers }));
  assert.equal(m.zh.message, '登录名或密码错误');
  assert.equal(m.en.message, 'wrong login or password');
  assert.equal(m.none.message, m.zh.message, 'no Accept-Language: Chinese');
});

test('a field is named by its Chinese label, never by its JSON name', async () => {
  const m = await inThree(422, 'invalid_value', 'title', (headers) =>
    srv.api('POST', `${API}/cases`, { token: officer.token, body: { type: 'suggestion', title: 'x'.repeat(201) }, headers }));
  assert.match(m.en.message, /^title /, m.en.message);
  assert.ok(m.zh.message.startsWith('标题'), m.zh.message);
  assert.ok(m.zh.message.includes('200'), `the limit is still said: ${m.zh.message}`);
  assert.doesNotMatch(m.zh.message, NO_ASCII_WORD, m.zh.message);

  const miss = await inThree(422, 'missing_field', 'title', (headers) =>
    srv.api('POST', `${API}/cases`, { token: officer.token, body: { type: 'suggestion' }, headers }));
  assert.equal(miss.zh.message, '缺少必填项：标题');
  assert.equal(miss.en.message, 'title is required');
});

test('a stale version: the Chinese says the case changed, without version numbers', async () => {
  const c = await srv.api('POST', `${API}/cases`, { token: officer.token, body: { type: 'suggestion', title: unique('msg') } });
  assert.equal(c.status, 201, c.text);
  const edit = await srv.api('PATCH', `${API}/cases/${c.json.id}`, { token: officer.token, body: { version: c.json.version, title: unique('edited') } });
  assert.equal(edit.status, 200, edit.text);
  const m = await inThree(409, 'stale_version', 'version', (headers) =>
    srv.api('POST', `${API}/cases/${c.json.id}/actions`, {
      token: leader.token, headers,
      body: { action: 'accept', version: c.json.version, fields: { assignee_id: aux.user.id } },
    }));
  assert.ok(m.en.message.includes(String(c.json.version)), m.en.message);
  assert.ok(m.zh.message.includes('刷新'), m.zh.message);
  assert.doesNotMatch(m.zh.message, /\d/, `no version numbers: ${m.zh.message}`);
  assert.doesNotMatch(m.zh.message, NO_ASCII_WORD, m.zh.message);
});

test('refusals across the API: every Chinese message is Chinese, every English one differs', async () => {
  const c = await srv.api('POST', `${API}/cases`, { token: officer.token, body: { type: 'suggestion', title: unique('msg') } });
  assert.equal(c.status, 201, c.text);
  const tries = [
    // [status, code, field, request]
    [404, 'not_found', undefined, (h) => srv.api('GET', `${API}/cases/999999999`, { token: officer.token, headers: h })],
    [401, 'unauthorized', undefined, (h) => srv.api('GET', `${API}/me`, { headers: h })],
    [422, 'unknown_field', 'colour', (h) => srv.api('POST', `${API}/cases`, { token: officer.token, body: { type: 'suggestion', title: 't', colour: 'red' }, headers: h })],
    [422, 'invalid_type', 'org_id', (h) => srv.api('POST', `${API}/cases`, { token: officer.token, body: { type: 'suggestion', title: 't', org_id: 'abc' }, headers: h })],
    [400, 'malformed_json', undefined, (h) => srv.api('POST', `${API}/cases`, { token: officer.token, rawBody: '{"title": ', headers: h })],
    [400, 'bad_request', 'limit', (h) => srv.api('GET', `${API}/cases?limit=abc`, { token: officer.token, headers: h })],
    [422, 'invalid_value', 'limit', (h) => srv.api('GET', `${API}/cases?limit=100000`, { token: officer.token, headers: h })],
    [422, 'invalid_value', 'action', (h) => srv.api('POST', `${API}/cases/${c.json.id}/actions`, { token: leader.token, body: { action: 'teleport' }, headers: h })],
    [409, 'action_not_allowed', 'action', (h) => srv.api('POST', `${API}/cases/${c.json.id}/actions`, { token: leader.token, body: { action: 'done' }, headers: h })],
    [415, 'unsupported_media_type', 'Content-Type', (h) => srv.api('POST', `${API}/cases`, { token: officer.token, rawBody: 'x', contentType: 'text/plain', headers: h })],
  ];
  for (const [status, code, field, send] of tries) {
    const m = await inThree(status, code, field, send);
    assert.doesNotMatch(m.zh.message, NO_ASCII_WORD, `${code}: ${m.zh.message}`);
    assert.match(m.en.message, /[a-z]/, `${code}: English ${m.en.message}`);
    assert.notEqual(m.zh.message, m.en.message, code);
    assert.equal(m.none.message, m.zh.message, `${code}: no Accept-Language → Chinese`);
    // internal codes stay in code and field, not in the Chinese message
    assert.ok(!m.zh.message.includes(code), `${code} in ${m.zh.message}`);
  }
});
