// Browser test: a citizen reports events. A citizen sees no grids in scope (GET /grids is
// scope-filtered), yet the report form draws the map of the places below the citizen's grant
// (GET /places?shapes=1) and offers a community and grid picker. The citizen reports once by
// tapping the map on a 390 px phone and once by the picker (with an address) at 1366 px. The form
// names the grid and its community and never shows coordinates. Screenshots: report-citizen-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, expectStatus, shot } from './harness.mjs';

const WIDE = { viewport: { width: 1366, height: 860 }, locale: 'zh-CN' };
const PHONE390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' };
const COMMUNITY = '飘萍社区';
const GRID = '飘萍社区第二网格';
const COORDS = /\d{2,3}\.\d{3,}/; // anything that looks like a latitude or longitude

const contexts = [];
let browser;
let page;
const h = createHarness({
  tmpPrefix: 'pingan-report-', logFile: 'server-report.log', failPrefix: 'FAILED-report-', slugMax: 40,
  pages: () => [['citizen', page]],
});

before(async () => { ({ browser } = await h.start()); });
after(() => h.stop(contexts));

async function open(opts) {
  const ctx = await browser.newContext(opts);
  contexts.push(ctx);
  page = await ctx.newPage();
  h.trackPage(page, 'citizen');
  await h.login(page, 'citizen', /#\/events\/mine$/, 'attached');
  await page.locator('[data-testid=nav-events-new]').click();
  await page.waitForURL(/#\/events\/new$/);
  await page.waitForFunction(() => document.querySelector('[data-testid=cat-top]')?.disabled === false);
  await page.locator('[data-testid=report-map]').waitFor();
}

async function pickCategory() {
  const cats = await page.evaluate(async () => (await (await fetch('/api/v1/categories?type=event')).json()).items);
  const sub = cats.find((c) => c.parent);
  await page.locator('[data-testid=cat-top]').selectOption(sub.parent);
  await page.locator('[data-testid=cat-sub]').selectOption(sub.code);
  return sub;
}

async function submitAndCheck(title, want) {
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/v1/cases') && r.method() === 'POST');
  await page.locator('[data-testid=event-submit]').click();
  const body = JSON.parse((await sent).postData());
  await page.waitForURL(/#\/case\/\d+$/);
  await expectStatus(page, '已上报');
  assert.equal((await page.locator('[data-testid=case-title]').textContent()).trim(), title);
  assert.equal((await page.locator('[data-testid=case-org]').textContent()).trim(), want);
  assert.doesNotMatch(await page.locator('.details-panel').innerText(), COORDS, 'the case page shows no coordinates');
  return body;
}

h.step('a citizen sees the map and the picker, not "no grid in your scope"', async () => {
  await open(PHONE390);
  const text = await page.locator('#main').innerText();
  assert.doesNotMatch(text, /没有网格/);
  const communities = await page.locator('[data-testid=community-select] option').allTextContents();
  assert.ok(communities.includes('将军社区') && communities.includes(COMMUNITY), `communities: ${communities}`);
  assert.ok(await page.locator(`[data-testid=report-map] path.grid-shape[data-name="${GRID}"]`).count() === 1);
});

h.step('a citizen reports by tapping the map (390 px phone)', async () => {
  await pickCategory();
  await page.locator('#ev-title').fill('路灯不亮（地图）');
  const shape = page.locator(`[data-testid=report-map] path.grid-shape[data-name="${GRID}"]`);
  await shape.scrollIntoViewIfNeeded();
  const pt = await shape.evaluate((p) => {
    const bb = p.getBBox();
    const q = p.ownerSVGElement.createSVGPoint();
    q.x = bb.x + bb.width / 2; q.y = bb.y + bb.height / 2;
    if (!p.isPointInFill(q)) return null;
    const s = new DOMPoint(q.x, q.y).matrixTransform(p.getScreenCTM());
    return { x: s.x, y: s.y };
  });
  assert.ok(pt, 'the middle of the grid is inside it');
  await page.touchscreen.tap(pt.x, pt.y);
  const located = page.locator('[data-testid=located-grid]');
  await located.filter({ hasText: GRID }).waitFor();
  const said = (await located.innerText()).trim();
  assert.equal(said, `${COMMUNITY} › ${GRID}`, 'the grid is named with its community');
  assert.doesNotMatch(await page.locator('#main').innerText(), COORDS, 'no coordinates on the form');
  assert.equal(await page.locator('[data-testid=community-select] option:checked').textContent(), COMMUNITY);
  assert.equal(await page.locator('[data-testid=grid-select] option:checked').textContent(), GRID);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await shot(page, 'report-citizen-map-phone');
  const body = await submitAndCheck('路灯不亮（地图）', GRID);
  assert.ok(typeof body.lat === 'number' && typeof body.lon === 'number' && !('org_id' in body), 'the point is sent');
  await shot(page, 'report-citizen-case-phone');
});

h.step('a citizen reports by the community and grid picker with an address (1366 px)', async () => {
  await open(WIDE);
  await pickCategory();
  await page.locator('#ev-title').fill('楼道堆放杂物（选择）');
  await page.locator('#ev-address').fill('飘萍路 8 号 2 单元');
  await page.locator('[data-testid=community-select]').selectOption({ label: COMMUNITY });
  const grids = await page.locator('[data-testid=grid-select] option').allTextContents();
  assert.ok(grids.includes(GRID) && !grids.includes('将军社区第一网格'), `the grids of ${COMMUNITY} only: ${grids}`);
  await page.locator('[data-testid=grid-select]').selectOption({ label: GRID });
  await shot(page, 'report-citizen-picker-desktop');
  const body = await submitAndCheck('楼道堆放杂物（选择）', GRID);
  assert.equal(typeof body.org_id, 'number');
  assert.equal(body.address, '飘萍路 8 号 2 单元');
  assert.ok(!('lat' in body), 'no point was sent');
  await shot(page, 'report-citizen-case-desktop');
});
