// Error messages in the caller's language (错误信息的语言): Accept-Language "en..." gives the
// English message, anything else (or none) the Chinese one; the code and field stay the same.
// Chinese messages carry no English words and no internal codes (field names, action codes,
// versions), and name a field by its Chinese label.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, unique, orgsByName } from './lib.mjs';

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

// ------------------------------------------------------------------------- nested fields (issue 11)
// A field inside a list (a person of a case, in an action's fields) is named by its label in
// both languages, with the element counted from 1 ("ID number of person 1", 第1位当事人的证件号码);
// the error's field keeps the path for programs. A lost report's loss window is said in words.
const PATH_LIKE = /\w+\[\d+\]|fields\.|\b[a-z]+_[a-z_]+\b/;

test('a person\'s ID number in an action\'s fields: 第1位当事人的证件号码 in Chinese, "ID number of person 1" in English', async () => {
  const operator = await srv.login('operator');
  const org = await orgsByName(srv, operator);
  const ev = await srv.api('POST', `${API}/cases`, { token: operator.token, body: { type: 'event',
    title: unique('msg-person'), category: 'SZ02', org_id: org.get('将军社区第一网格').id, body: '楼道堆物' } });
  assert.equal(ev.status, 201, ev.text);
  const field = 'fields.persons[0].id_number';
  const m = await inThree(422, 'invalid_value', field, (headers) =>
    srv.api('POST', `${API}/cases/${ev.json.id}/actions`, { token: operator.token, headers,
      body: { action: 'accept', fields: { persons: [{ role: 'party', id_number: '330702199003073521' }] } } }));
  assert.ok(m.zh.message.startsWith('第1位当事人的证件号码不是有效的居民身份证号码'), m.zh.message);
  assert.doesNotMatch(m.zh.message, NO_ASCII_WORD, m.zh.message);
  assert.match(m.en.message, /^ID number of person 1 /, m.en.message);
  assert.doesNotMatch(m.en.message, PATH_LIKE, m.en.message);

  // the second person's phone, on a new case: person 2, never persons[1]
  const two = await inThree(422, 'invalid_value', 'persons[1].phone', (headers) =>
    srv.api('POST', `${API}/cases`, { token: operator.token, headers, body: { type: 'event', title: '当事人',
      category: 'SZ02', org_id: org.get('将军社区第一网格').id,
      persons: [{ role: 'party', name: '甲' }, { role: 'party', phone: '12345678' }] } }));
  assert.match(two.en.message, /^phone number of person 2 must be/, two.en.message);
  assert.ok(two.zh.message.startsWith('第2位当事人的联系电话'), two.zh.message);

  // a person with nothing in it: the element itself
  const none = await inThree(422, 'missing_field', 'persons[0]', (headers) =>
    srv.api('POST', `${API}/cases`, { token: operator.token, headers, body: { type: 'event', title: '当事人',
      category: 'SZ02', org_id: org.get('将军社区第一网格').id, persons: [{ role: 'party' }] } }));
  assert.match(none.en.message, /^person 1 needs/, none.en.message);
  assert.ok(none.zh.message.startsWith('第1位当事人'), none.zh.message);
  assert.doesNotMatch(none.zh.message, /第1位当事人的/, none.zh.message);
});

// Chinese says which element too, not only the field (第3位当事人的…): the third of three persons
// in an action's fields, beside two valid ones; the English says the same element.
test('the third person\'s ID number in an action\'s fields: 第3位当事人的证件号码 in Chinese', async () => {
  const operator = await srv.login('operator');
  const org = await orgsByName(srv, operator);
  const ev = await srv.api('POST', `${API}/cases`, { token: operator.token, body: { type: 'event',
    title: unique('msg-third'), category: 'SZ02', org_id: org.get('将军社区第一网格').id, body: '楼道堆物' } });
  assert.equal(ev.status, 201, ev.text);
  const persons = [{ role: 'party', name: '甲' }, { role: 'party', name: '乙', phone: '13800138000' },
    { role: 'party', name: '丙', id_number: '330702199003073521' }];
  const m = await inThree(422, 'invalid_value', 'fields.persons[2].id_number', (headers) =>
    srv.api('POST', `${API}/cases/${ev.json.id}/actions`, { token: operator.token, headers,
      body: { action: 'accept', fields: { persons } } }));
  assert.equal(m.zh.message, '第3位当事人的证件号码不是有效的居民身份证号码：校验位不正确');
  assert.equal(m.none.message, m.zh.message);
  assert.doesNotMatch(m.zh.message, NO_ASCII_WORD, m.zh.message);
  assert.match(m.en.message, /^ID number of person 3 is not a valid ID card number/, m.en.message);
});

test('a lost report\'s lost_to: 丢失时间 in Chinese, "lost-until time" in English, never lost_to', async () => {
  const ahead = new Date(Date.now() + 86400000).toISOString();
  const lost = (body) => (headers) => srv.api('POST', `${API}/cases`, { token: officer.token, headers,
    body: { type: 'lost', category: 'phone', body: '丢了手机', ...body } });
  const future = await inThree(422, 'invalid_value', 'lost_to', lost({
    lost_from: new Date(Date.now() - 3600000).toISOString(), lost_to: ahead }));
  assert.equal(future.en.message, 'the lost-until time must not be in the future');
  assert.match(future.zh.message, /丢失时间/);
  const bad = await inThree(422, 'invalid_value', 'lost_to', lost({ lost_to: 'yesterday' }));
  assert.match(bad.en.message, /^lost-until time must be a time/, bad.en.message);
  assert.ok(bad.zh.message.startsWith('丢失时间（止）'), bad.zh.message);
  const reversed = await inThree(422, 'invalid_value', 'lost_from', lost({
    lost_from: new Date(Date.now() - 3600000).toISOString(), lost_to: new Date(Date.now() - 7200000).toISOString() }));
  assert.match(reversed.en.message, /lost-from time .* lost-until time/, reversed.en.message);
  for (const m of [future, bad, reversed]) {
    assert.doesNotMatch(m.en.message, PATH_LIKE, m.en.message);
    assert.doesNotMatch(m.zh.message, NO_ASCII_WORD, m.zh.message);
  }
});
