// Browser test of the header search (全文检索): a 城中 officer types 楼道 into the search box of the
// header, lands on #/search?q=楼道 and sees the demo post with 楼道 marked (<mark>), its type,
// status and unit; a title holding HTML shows as text (the marks are built from text nodes); a
// case number finds its one case; the export links carry q; the board's 关键词 filter narrows
// its posts and counts; a 西关 officer finds nothing of 城中; a citizen's header has no search
// box. Screenshots: tests/browser/out/search-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot, DESKTOP, PASSWORD } from './harness.mjs';

let base;
let browser;
let ctx;
let page;
const contexts = [];
const h = createHarness({
  tmpPrefix: 'pingan-search-', logFile: 'server-search.log', failPrefix: 'FAILED-search-', slugMax: 40,
  pages: () => [['page', page]],
});
const { step } = h;
const HOSTILE = '<img src=x onerror="window.__pwned=1">麒麟摆件';
let hostile;

async function apiAs(login, method, p, body) {
  const s = await fetch(`${base}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: PASSWORD }),
  });
  const { token } = await s.json();
  const r = await fetch(`${base}/api/v1${p}`, {
    method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return r.json();
}

async function headerSearch(q) {
  const box = page.locator('[data-testid=header-search]');
  await box.fill(q);
  await box.press('Enter');
  await page.waitForURL(/#\/search\?q=/);
  // the answer for these words, not the page before it (a search from the search page
  // replaces a finished list: waiting for "not loading" alone read the old one)
  await page.locator(`[data-testid=search-status][data-done="${q}"]`).waitFor();
}

before(async () => {
  ({ base, browser } = await h.start());
  hostile = await apiAs('cz-officer', 'POST', '/cases', { type: 'suggestion', title: HOSTILE, category: 'other' });
  assert.ok(hostile.id, JSON.stringify(hostile));
  ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  page = await ctx.newPage();
  h.trackPage(page, 'cz-officer');
});
after(() => h.stop(contexts));

step('cz-officer: the header search box finds 楼道 with the word marked', async () => {
  await h.login(page, 'cz-officer', /#\/board/);
  await headerSearch('楼道');
  assert.match(decodeURIComponent(page.url()), /#\/search\?q=楼道$/);
  const items = page.locator('[data-testid=search-item]');
  assert.ok(await items.count() >= 1, 'at least the demo post about the corridor light');
  const first = items.first();
  const marks = await first.locator('.search-snippet mark').allTextContents();
  assert.ok(marks.length >= 1 && marks.every((m) => m === '楼道'), `marks: ${marks}`);
  const text = await first.textContent();
  assert.match(text, /我爱我家/, 'the type');
  assert.match(text, /城中派出所/, 'the unit');
  assert.ok(await first.locator('.badge[data-status]').count() === 1, 'the status badge');
  // the export links carry the words
  const csv = await page.locator('[data-testid=search-export-csv]').getAttribute('href');
  assert.match(decodeURIComponent(csv), /^\/api\/v1\/search\?q=楼道&format=csv/);
  await shot(page, 'search-results');
});

step('a title holding HTML is shown as text, marks and all', async () => {
  await headerSearch('麒麟');
  const item = page.locator(`[data-testid=search-item][data-id="${hostile.id}"]`);
  await item.waitFor();
  assert.equal(await item.locator('.search-title').textContent(), HOSTILE);
  assert.equal(await page.locator('#main img[src=x]').count(), 0, 'no element from the title');
  assert.deepEqual(await item.locator('.search-snippet mark').allTextContents(), ['麒麟']);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

step('a case number finds its case, and a click opens it', async () => {
  await headerSearch(hostile.code.toLowerCase());
  const items = page.locator('[data-testid=search-item]');
  assert.equal(await items.count(), 1);
  await items.first().locator('.search-title').click();
  await page.waitForURL(new RegExp(`#/case/${hostile.id}$`));
});

step('the board filters its posts and counts by 关键词', async () => {
  await page.goto(base + '/#/board');
  await page.locator('table.cases tbody tr').first().waitFor();
  assert.ok(await page.locator('table.cases tbody tr').count() > 1, 'several posts before');
  await page.locator('[data-testid=board-q]').fill('楼道');
  await page.locator('[data-testid=board-q]').press('Enter');
  await page.waitForURL(/q=/);
  await page.waitForFunction(() => [...document.querySelectorAll('table.cases tbody tr')].length === 1);
  assert.match(await page.locator('table.cases tbody tr').first().textContent(), /楼道/);
  // the counts are their own request: read them once it has answered, not while it is in flight
  await page.waitForFunction(() => document.querySelector('section.counts')?.getAttribute('aria-busy') === 'false');
  const open = await page.locator('[data-count=open] .count-value').textContent();
  assert.equal(open.trim(), '1', 'the counts follow the words');
  await shot(page, 'search-board-filter');
});

step('xg-officer finds nothing of 城中; a citizen has no search box', async () => {
  const xg = await browser.newContext(DESKTOP);
  contexts.push(xg);
  page = await xg.newPage();
  h.trackPage(page, 'xg-officer');
  await h.login(page, 'xg-officer', /#\/board/);
  await headerSearch('楼道');
  assert.equal(await page.locator('[data-testid=search-item]').count(), 0);
  assert.match(await page.locator('[data-testid=search-status]').textContent(), /没有找到/);
  await shot(page, 'search-xg-nothing');
  const cit = await browser.newContext(DESKTOP);
  contexts.push(cit);
  page = await cit.newPage();
  h.trackPage(page, 'citizen');
  await h.login(page, 'citizen', /#\/events\/mine/);
  assert.equal(await page.locator('[data-testid=header-search]').count(), 0);
});
