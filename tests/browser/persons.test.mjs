// Browser test: persons (当事人). An operator registers an event with a party through the
// shared person inputs of the create form (a wrong ID check digit is caught in the form); the
// case page shows the persons masked with 查看 buttons; a reveal without a reason is refused
// in the dialog, one with a reason shows the whole value once and lands on the timeline without
// it; the lookup page finds the case by phone; an auxiliary sees no 查看 button. Screenshots:
// persons-form.png, persons-case.png, persons-revealed.png, persons-lookup.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot } from './harness.mjs';

const WIDE = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN' };
const PHONE = '13912340000';
const ID = '33070219900307352X';

const contexts = [];
let browser;
let page;
let caseUrl;
const h = createHarness({
  tmpPrefix: 'pingan-persons-', logFile: 'server-persons.log', failPrefix: 'FAILED-persons-', slugMax: 40,
  pages: () => [['page', page]],
});

before(async () => { ({ browser } = await h.start()); });
after(() => h.stop(contexts));

h.step('an operator registers an event with a party through the person inputs', async () => {
  const ctx = await browser.newContext(WIDE);
  contexts.push(ctx);
  page = await ctx.newPage();
  h.trackPage(page, 'operator');
  await h.login(page, 'operator', /#\/events\/intake$/);
  await page.goto(h.base + '/#/events/new');
  // category: the first 大类 and its first 小类; the place: the grid 将军社区第一网格
  await page.waitForFunction(() => document.querySelector('[data-testid=cat-top]')?.disabled === false);
  const tops = await page.locator('[data-testid=cat-top] option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  await page.locator('[data-testid=cat-top]').selectOption(tops[0]);
  const subs = await page.locator('[data-testid=cat-sub] option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  await page.locator('[data-testid=cat-sub]').selectOption(subs[0]);
  await page.locator('#ev-title').fill('楼下邻里噪音纠纷');
  await page.locator('#ev-address').fill('将军路12号');
  await page.waitForFunction(() => document.querySelector('[data-testid=grid-select]')?.disabled === false ||
    document.querySelector('[data-testid=community-select]')?.disabled === false);
  if (!(await page.locator('[data-testid=community-select]').isDisabled()))
    await page.locator('[data-testid=community-select]').selectOption({ label: '将军社区' });
  await page.waitForFunction(() => document.querySelector('[data-testid=grid-select]')?.disabled === false);
  await page.locator('[data-testid=grid-select]').selectOption({ label: '将军社区第一网格' });
  await page.locator('[data-testid=persons-add]').click();
  await page.locator('[data-testid=persons-name]').fill('诸葛孔明');
  await page.locator('[data-testid=persons-phone]').fill(PHONE);
  await page.locator('[data-testid=persons-id]').fill('330702199003073521');
  await page.locator('[data-testid=event-submit]').click();
  await page.locator('.alert-error').filter({ hasText: '居民身份证号码不正确' }).waitFor();
  assert.match(page.url(), /#\/events\/new$/, 'a wrong check digit stays in the form');
  await page.locator('[data-testid=persons-id]').fill(ID);
  await shot(page, 'persons-form');
  await page.locator('[data-testid=event-submit]').click();
  await page.waitForURL(/#\/case\/\d+$/);
  caseUrl = page.url();
});

h.step('the case page shows the party masked; a reveal needs a reason and is logged', async () => {
  const panel = page.locator('[data-testid=persons-panel]');
  await panel.waitFor();
  await assert.doesNotReject(panel.locator('[data-testid=person-phone]').filter({ hasText: '139****0000' }).waitFor());
  await panel.locator('[data-testid=person-id_number]').filter({ hasText: '330702********352X' }).waitFor();
  assert.ok(!(await page.locator('body').innerText()).includes(PHONE), 'the whole phone is not on the page');
  await shot(page, 'persons-case');
  await panel.locator('[data-testid=reveal-phone]').click();
  const dlg = page.locator('[data-testid=reveal-dialog]');
  await dlg.waitFor();
  await dlg.locator('button[type=submit]').click();
  await dlg.locator('.alert-error').waitFor();
  await dlg.locator('[data-testid=reveal-reason]').fill('回访核实噪音情况');
  await dlg.locator('button[type=submit]').click();
  const shown = page.locator('[data-testid=revealed-value]');
  await shown.waitFor();
  assert.equal((await shown.innerText()).trim(), PHONE);
  await shot(page, 'persons-revealed');
  await page.locator('[data-testid=revealed-dialog] button[type=submit]').click();
  const entry = page.locator('[data-testid=timeline] li[data-kind=reveal]');
  await entry.waitFor();
  const text = await entry.innerText();
  assert.match(text, /回访核实噪音情况/);
  assert.match(text, /联系电话/);
  assert.ok(!text.includes(PHONE), 'the timeline never holds the value');
});

h.step('the lookup page finds the case by phone', async () => {
  await page.locator('[data-testid=nav-persons]').click();
  await page.waitForURL(/#\/persons$/);
  await page.locator('[data-testid=person-lookup-value]').fill(PHONE);
  await page.locator('[data-testid=person-lookup] button[type=submit]').click();
  const hit = page.locator('[data-testid=lookup-person]');
  await hit.first().waitFor();
  assert.equal(await hit.count(), 1);
  const code = await hit.locator('a').first().innerText();
  assert.match(code, /^SJ\d+/);
  await shot(page, 'persons-lookup');
  await hit.locator('a').first().click();
  await page.waitForURL(caseUrl);
});

h.step('a grid worker who sees the case has no 查看 button', async () => {
  const ctx = await browser.newContext(WIDE);
  contexts.push(ctx);
  const p2 = await ctx.newPage();
  h.trackPage(p2, 'grid-worker');
  await h.login(p2, 'grid-worker', /#\/events\/mine$/);
  await p2.goto(caseUrl.replace(/^.*#/, h.base + '/#'));
  const panel = p2.locator('[data-testid=persons-panel]');
  await panel.waitFor();
  assert.equal(await panel.locator('.reveal-btn').count(), 0);
  await ctx.close();
});
