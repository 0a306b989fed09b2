// The full-text index holds the English names of a case's category (and of its choice fields)
// beside the Chinese ones, so a reader of the English interface finds a case by the name the
// English pages show; databases indexed by an older build are indexed again once (migration 021,
// case_index_fill at init and serve start), with one line saying how many cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, runCli, API, getOk } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

const LINE = /search index: (\d+) cases indexed/;

function sql(db, text) {
  const r = spawnSync('sqlite3', [db, text], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, `sqlite3: ${r.stderr}`);
  return r.stdout.trim();
}

test('a case is found by its category\'s English name, before and after the index is rebuilt', async () => {
  let srv = await startServer();
  const { dir, db } = srv;
  let ev;
  let word;
  let cat;
  try {
    const w = await eventWorld(srv);
    cat = w.sub((c) => typeof c.name_en === 'string' && /charging/i.test(c.name_en), 'a sub-category named in English with "charging"');
    // one English word of the name that no Chinese text holds
    word = 'charging';
    ev = await w.report('grid-worker', { category: cat.code, body: '楼道里有人拉线给电瓶车充电。', ...w.pointIn('将军社区第一网格') });
    const hits = await getOk(srv, `${API}/cases?type=event&q=${word}&limit=100`, w.S.operator);
    assert.ok(hits.items.some((c) => c.id === ev.id), 'the new event is found by its category\'s English name');
    for (const c of hits.items) assert.equal(c.category, cat.code, `only cases of that category match "${word}" (${c.code})`);
    const upper = await getOk(srv, `${API}/cases?type=event&q=${word.toUpperCase()}&limit=100`, w.S.operator);
    assert.deepEqual(upper.items.map((c) => c.id), hits.items.map((c) => c.id), 'any letter case');
  } finally {
    assert.deepEqual(await srv.stopKeep(), { code: 0, signal: null });
  }

  // as a database left by the build before migration 021: init indexes every case again, once
  sql(db, 'PRAGMA user_version = 20');
  const cases = Number(sql(db, 'SELECT count(*) FROM cases'));
  let r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(Number(r.stdout.match(LINE)?.[1]), cases, r.stdout);
  assert.equal(sql(db, 'SELECT fill_from FROM search_state'), '0');
  r = runCli(['init', '--db', db]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout, LINE, 'nothing left to index: nothing said');

  srv = await startServer({ dir, db });
  try {
    const op = await srv.login('operator');
    const hits = await getOk(srv, `${API}/cases?type=event&q=${word}&limit=100`, op);
    assert.ok(hits.items.some((c) => c.id === ev.id), 'still found after the rebuild');
    const zh = await getOk(srv, `${API}/cases?type=event&q=${encodeURIComponent(cat.name)}&limit=100`, op);
    assert.ok(zh.items.some((c) => c.id === ev.id), 'and by its Chinese name');
  } finally {
    await srv.stop();
  }
});

// The index holds both names of the category, but a snippet shows the reader only the names of
// the reader's language: no English inside a Chinese page, no Chinese category name on an English
// one; unless the words searched for are in that other name, which is then why the case matched.
test('a search snippet shows the category in the reader\'s language only', async () => {
  const srv = await startServer();
  try {
    const w = await eventWorld(srv);
    const cat = w.sub((c) => typeof c.name_en === 'string' && /charging/i.test(c.name_en), 'a sub-category named in English with "charging"');
    const ev = await w.report('grid-worker', { category: cat.code, title: '楼道飞线充电', body: '楼道里有人拉线给电瓶车充电。', ...w.pointIn('将军社区第一网格') });
    const op = w.S.operator;
    const snip = async (q, lang) => {
      const r = await srv.api('GET', `${API}/search?q=${encodeURIComponent(q)}&limit=100`, { token: op.token, headers: { 'accept-language': lang } });
      assert.equal(r.status, 200, r.text);
      const it = r.json.items.find((c) => c.id === ev.id);
      assert.ok(it, `the event is found by ${q}`);
      return { text: it.snippet.map((s) => s.text).join(''), marks: it.snippet.filter((s) => s.mark).map((s) => s.text) };
    };
    let s = await snip('楼道', 'zh-CN');
    assert.ok(s.text.includes('楼道'), s.text);
    assert.doesNotMatch(s.text, /[A-Za-z]/, `no Latin letters in a Chinese snippet: ${s.text}`);
    s = await snip('楼道', 'en');
    assert.ok(!s.text.includes(cat.name), `no Chinese category name in an English snippet: ${s.text}`);
    assert.ok(s.text.includes(cat.name_en) || !s.text.includes('/'), s.text);
    // the English words searched for from the Chinese page: the English name is why it matched
    s = await snip('charging', 'zh-CN');
    assert.ok(s.marks.some((m) => /charging/i.test(m)), `the matched English name stays: ${JSON.stringify(s)}`);
  } finally {
    await srv.stop();
  }
});
