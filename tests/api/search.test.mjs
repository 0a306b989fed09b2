// Chinese full-text search (issue 9 §3, 全文检索): q= on the case list and the board, and
// GET /api/v1/search. One-, two- and three-character queries, mixed Latin and digits, full-width
// and case folding, words that appear only apart (no match), empty and too long q, a case
// number typed in the box, q combined with filters, keyset pages, the caller's scope (a 西关 user
// finds nothing of 城中), comments and edits reaching the index, marked snippets, exports, and
// personal data (an event's caller) never being found.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, orgsByName } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

let srv;
let w;
const S = {};
const P = {}; // posts by name

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv);
  for (const u of ['admin', 'cz-officer', 'cz-leader', 'xg-officer']) S[u] = w.S[u] || await srv.login(u);
  const orgs = await orgsByName(srv, S.admin);
  assert.ok(orgs.get('城中派出所') && orgs.get('西关派出所'));
  // Words made of characters the demo data does not use, so that every expected hit is ours.
  const posts = [
    ['hotpot', 'cz-officer', '鸳鸯锅底座漏电', '值班室的鸳鸯锅底座漏电，请尽快检修。'],
    ['statue', 'cz-officer', '麒麟雕塑掉漆', '门口石兽是一对麒麟，油漆剥落。'],
    ['phone', 'cz-officer', '捡到 iPhone 13 黑色手机', '在接待大厅捡到一部 iPhone13 黑色手机。'],
    ['ebike', 'cz-officer', '雅迪电动车停在消防通道', '一辆雅迪牌电动车长期停放。'],
    ['apart', 'cz-officer', '鹦哥与鹉鸟', '院里的鹦哥和鹉鸟吵闹。'],
    ['xg', 'xg-officer', '麒麟灯笼破损', '西关门口的麒麟灯笼破损。'],
  ];
  for (const [name, who, title, body] of posts) {
    const r = await srv.api('POST', `${API}/cases`, { token: S[who].token, body: { type: 'suggestion', title, body, category: 'facility' } });
    assert.equal(r.status, 201, r.text);
    P[name] = r.json;
  }
});
after(async () => { await srv?.stop(); });

const list = (who, qs) => getOk(srv, `${API}/cases?${qs}`, S[who]);
const ids = (res) => res.items.map((c) => c.id);
const searchIds = async (who, q, extra = '') => ids(await list(who, `q=${encodeURIComponent(q)}${extra}`));

test('one, two and three characters find the post that holds them, and only it', async () => {
  assert.deepEqual(await searchIds('cz-officer', '鸳'), [P.hotpot.id], 'one character');
  assert.deepEqual(await searchIds('cz-officer', '鸳鸯'), [P.hotpot.id], 'two characters');
  assert.deepEqual(await searchIds('cz-officer', '鸳鸯锅'), [P.hotpot.id], 'three characters');
  assert.deepEqual(await searchIds('cz-officer', '锅底座漏电'), [P.hotpot.id], 'five characters, from the body');
  // the same characters, not next to each other in this order: nothing
  assert.deepEqual(await searchIds('cz-officer', '锅座底'), [], 'three characters out of order');
  assert.deepEqual(await searchIds('cz-officer', '鸯鸳'), [], 'two characters reversed');
});

test('two characters that appear only apart do not match', async () => {
  // 鹦 and 鹉 are both in the post, never as 鹦鹉
  assert.deepEqual(await searchIds('cz-officer', '鹦'), [P.apart.id]);
  assert.deepEqual(await searchIds('cz-officer', '鹉'), [P.apart.id]);
  assert.deepEqual(await searchIds('cz-officer', '鹦鹉'), []);
  // across punctuation or a field boundary is apart too
  assert.deepEqual(await searchIds('cz-officer', '修大'), [], 'end of one post and start of another field');
});

test('mixed Latin, digits and Chinese: words are ANDed, each matches contiguous text', async () => {
  assert.deepEqual(await searchIds('cz-officer', 'iPhone 13 黑色'), [P.phone.id]);
  assert.deepEqual(await searchIds('cz-officer', 'iphone13黑色'), [P.phone.id], 'no spaces, lower case');
  assert.deepEqual(await searchIds('cz-officer', 'ＩＰＨＯＮＥ　１３'), [P.phone.id], 'full-width letters, digits and space');
  assert.deepEqual(await searchIds('cz-officer', 'iPhone 14'), [], 'every word must be there');
  assert.deepEqual(await searchIds('cz-officer', '电动车 雅迪'), [P.ebike.id]);
  assert.deepEqual(await searchIds('cz-officer', '雅迪 黑色'), [], 'words of two different posts');
  // syntax characters of the index are plain text
  assert.deepEqual(await searchIds('cz-officer', '鸳鸯" OR "麒麟'), [], 'quotes and OR are not syntax');
  assert.deepEqual(await searchIds('cz-officer', '麒麟*'), [P.statue.id], 'a star is a separator');
});

test('empty and blank q are no filter; too long or too many words are 422 and name q', async () => {
  const plain = await list('cz-officer', 'limit=20');
  assert.deepEqual(ids(await list('cz-officer', 'q=&limit=20')), ids(plain));
  assert.deepEqual(ids(await list('cz-officer', `q=${encodeURIComponent('  　 ')}&limit=20`)), ids(plain));
  assertError(await srv.api('GET', `${API}/cases?q=${encodeURIComponent('字'.repeat(65))}`, { token: S['cz-officer'].token }), 422, 'invalid_value', 'q');
  assert.equal((await srv.api('GET', `${API}/cases?q=${encodeURIComponent('字'.repeat(64))}`, { token: S['cz-officer'].token })).status, 200, '64 characters is the limit');
  assertError(await srv.api('GET', `${API}/cases?q=${encodeURIComponent('a b c d e f g h i')}`, { token: S['cz-officer'].token }), 422, 'invalid_value', 'q');
  assertError(await srv.api('GET', `${API}/search?q=${encodeURIComponent('字'.repeat(65))}`, { token: S['cz-officer'].token }), 422, 'invalid_value', 'q');
  assertError(await srv.api('GET', `${API}/board?q=${encodeURIComponent('字'.repeat(65))}`, { token: S['cz-officer'].token }), 422, 'invalid_value', 'q');
  // punctuation only: searched, nothing found (not the whole list)
  assert.deepEqual(await searchIds('cz-officer', '！？'), []);
});

test('a case number typed as q finds that case at once, in any letter case', async () => {
  assert.deepEqual(await searchIds('cz-officer', P.statue.code), [P.statue.id]);
  assert.deepEqual(await searchIds('cz-officer', P.statue.code.toLowerCase()), [P.statue.id]);
  const s = await getOk(srv, `${API}/search?q=${P.statue.code}`, S['cz-officer']);
  assert.deepEqual(ids(s), [P.statue.id]);
  // out of scope: the number of a 西关 post finds nothing for a 城中 officer
  assert.deepEqual(await searchIds('cz-officer', P.xg.code), []);
  assert.deepEqual(await searchIds('xg-officer', P.xg.code), [P.xg.id]);
});

test('scope: a 西关 user finds nothing of 城中, and the reverse', async () => {
  assert.deepEqual(await searchIds('cz-officer', '麒麟'), [P.statue.id]);
  assert.deepEqual(await searchIds('xg-officer', '麒麟'), [P.xg.id]);
  assert.deepEqual(await searchIds('xg-officer', '鸳鸯'), []);
  assert.deepEqual(await searchIds('xg-officer', '鸳'), []);
  assert.deepEqual(ids(await getOk(srv, `${API}/search?q=${encodeURIComponent('鸳鸯')}`, S['xg-officer'])), []);
  // the county admin sees both, newest first
  assert.deepEqual(await searchIds('admin', '麒麟'), [P.xg.id, P.statue.id]);
});

test('q combines with the other filters; pages are newest first by keyset cursor', async () => {
  const made = [];
  for (let i = 0; i < 5; i++) {
    const r = await srv.api('POST', `${API}/cases`, { token: S['cz-officer'].token, body: { type: 'suggestion', title: `貔貅摆件第${i}号`, category: 'other' } });
    assert.equal(r.status, 201, r.text);
    made.push(r.json.id);
  }
  const newest = [...made].reverse();
  const seen = [];
  let cursor = null;
  for (let page = 0; page < 5; page++) {
    const res = await list('cz-officer', `q=${encodeURIComponent('貔貅')}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    seen.push(...ids(res));
    cursor = res.next_cursor;
    if (!cursor) break;
  }
  assert.deepEqual(seen, newest, 'every match once, newest first, over pages of 2');
  // filters: type, status, reporter, org
  assert.deepEqual(await searchIds('cz-officer', '貔貅', '&type=event'), []);
  const acted = await srv.api('POST', `${API}/cases/${made[1]}/actions`, { token: S['cz-leader'].token, body: { action: 'accept', fields: { assignee_id: S['cz-officer'].user.id } } });
  assert.equal(acted.status, 200, acted.text);
  assert.deepEqual(await searchIds('cz-officer', '貔貅', '&status=in_progress'), [made[1]]);
  assert.deepEqual(await searchIds('cz-officer', '貔貅', '&status=open'), newest.filter((id) => id !== made[1]));
  assert.deepEqual(await searchIds('cz-leader', '貔貅', '&reporter=me'), []);
  assert.deepEqual(await searchIds('cz-officer', '貔貅', '&reporter=me'), newest);
  // the board counts only the matching posts
  const b = await getOk(srv, `${API}/board?q=${encodeURIComponent('貔貅')}`, S['cz-officer']);
  assert.equal(b.open, 4);
  assert.equal(b.in_progress, 1);
  const none = await getOk(srv, `${API}/board?q=${encodeURIComponent('貔貅')}`, S['xg-officer']);
  assert.equal(none.open + none.in_progress, 0, 'the board is in scope too');
  const byCode = await getOk(srv, `${API}/board?q=${P.hotpot.code}`, S['cz-officer']);
  assert.equal(byCode.open, 1);
});

test('comments and edits reach the index in the same write', async () => {
  const c = await srv.api('POST', `${API}/cases/${P.hotpot.id}/comments`, { token: S['cz-leader'].token, body: { body: '已联系饕餮维修队' } });
  assert.equal(c.status, 201, c.text);
  assert.deepEqual(await searchIds('cz-officer', '饕餮'), [P.hotpot.id]);
  const before = await getOk(srv, `${API}/cases/${P.statue.id}`, S['cz-officer']);
  const u = await srv.api('PATCH', `${API}/cases/${P.statue.id}`, { token: S['cz-officer'].token, body: { title: '狻猊雕塑掉漆', version: before.version } });
  assert.equal(u.status, 200, u.text);
  assert.deepEqual(await searchIds('cz-officer', '狻猊'), [P.statue.id], 'the new title');
  assert.deepEqual(await searchIds('cz-officer', '麒麟'), [P.statue.id], 'still in the body');
  assert.deepEqual(await searchIds('cz-officer', '雕塑'), [P.statue.id], 'the rest of the title');
  assert.deepEqual(await searchIds('cz-officer', '麒麟雕塑'), [], 'the old title is gone');
  // an action's result (a TF_SEARCH field of the type) is searchable
  const acc = await srv.api('POST', `${API}/cases/${P.ebike.id}/actions`, { token: S['cz-leader'].token, body: { action: 'accept', fields: { assignee_id: S['cz-officer'].user.id } } });
  assert.equal(acc.status, 200, acc.text);
  const done = await srv.api('POST', `${API}/cases/${P.ebike.id}/actions`, { token: S['cz-officer'].token, body: { action: 'done', fields: { result: '已移至蜈蚣岭车棚' } } });
  assert.equal(done.status, 200, done.text);
  assert.deepEqual(await searchIds('cz-officer', '蜈蚣岭'), [P.ebike.id]);
});

test('GET /search: every type in scope, with type, status, unit and marked words', async () => {
  const res = await getOk(srv, `${API}/search?q=${encodeURIComponent('鸳鸯')}`, S['cz-officer']);
  assert.equal(res.items.length, 1);
  const it = res.items[0];
  assert.equal(it.id, P.hotpot.id);
  assert.equal(it.type, 'suggestion');
  assert.equal(it.type_name, '我爱我家');
  assert.equal(it.status, 'open');
  assert.equal(it.status_name, '待处理');
  assert.equal(it.org_name, '城中派出所');
  assert.ok(Array.isArray(it.snippet) && it.snippet.length > 1, JSON.stringify(it.snippet));
  const marked = it.snippet.filter((s) => s.mark).map((s) => s.text);
  assert.ok(marked.length >= 1 && marked.every((m) => m === '鸳鸯'), `marks: ${JSON.stringify(it.snippet)}`);
  assert.ok(it.snippet.map((s) => s.text).join('').includes('鸳鸯锅底座漏电'));
  // a one-character word marks that character, not the bigram around it
  const one = await getOk(srv, `${API}/search?q=${encodeURIComponent('鸯')}`, S['cz-officer']);
  assert.deepEqual(one.items[0].snippet.filter((s) => s.mark).map((s) => s.text).filter((m) => m !== '鸯'), []);
  // English names on request
  const en = await srv.api('GET', `${API}/search?q=${encodeURIComponent('鸳鸯')}`, { token: S['cz-officer'].token, headers: { 'accept-language': 'en' } });
  assert.equal(en.json.items[0].type_name, 'Suggestion board');
  // events too: a grid event's words
  const ev = await w.report('operator', { category: w.sub().code, org_id: w.org('将军社区第一网格').id, title: '窨井盖松动异响', caller_name: '诸葛孔明', caller_phone: '13912345678' });
  const found = await getOk(srv, `${API}/search?q=${encodeURIComponent('窨井')}`, S.admin);
  assert.deepEqual(ids(found), [ev.id]);
  assert.equal(found.items[0].type, 'event');
  // personal data is never indexed: the caller's name and phone find nothing
  assert.deepEqual(ids(await getOk(srv, `${API}/search?q=${encodeURIComponent('诸葛')}`, S.admin)), []);
  assert.deepEqual(ids(await getOk(srv, `${API}/search?q=13912345678`, S.admin)), []);
  // bad parameters as on every list
  assertError(await srv.api('GET', `${API}/search?q=a&type=nope`, { token: S.admin.token }), 422, 'invalid_value', 'type');
  assertError(await srv.api('GET', `${API}/search?q=a&format=pdf`, { token: S.admin.token }), 422, 'invalid_value', 'format');
});

test('search results export as CSV and xlsx with q applied', async () => {
  const csv = await srv.api('GET', `${API}/search?q=${encodeURIComponent('麒麟')}&format=csv`, { token: S.admin.token });
  assert.equal(csv.status, 200, csv.text);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  const lines = csv.text.trim().split(/\r?\n/);
  assert.equal(lines.length, 3, 'header and the two 麒麟 posts');
  assert.ok(lines.some((l) => l.includes(P.xg.code)) && lines.some((l) => l.includes(P.statue.code)));
  const xlsx = await srv.api('GET', `${API}/cases?q=${encodeURIComponent('麒麟')}&format=xlsx`, { token: S['xg-officer'].token });
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  const list2 = await srv.api('GET', `${API}/cases?q=${encodeURIComponent('麒麟')}&format=csv`, { token: S['xg-officer'].token });
  assert.equal(list2.text.trim().split(/\r?\n/).length, 2, 'the 西关 officer exports only the 西关 post');
});
