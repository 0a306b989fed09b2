// Browser test of correcting a time on the case pages of lost and found (lfedit): the found
// item's page has 修改登记信息, whose dialog offers 拾得时间 as a date-and-time input filled with
// the time the page shows; the officer moves it to the day before the loss, the page shows the
// new time, the timeline says 拾得时间：old → new on the page's clock, and the lost report's
// page no longer offers the item as likely. A time ahead of the clock is refused inside the
// dialog in Chinese, nothing changed. The lost report's dialog offers the loss window; in English
// the timeline says Found at: old → new.
// Screenshots: tests/browser/out/lfedit-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot, DESKTOP } from './harness.mjs';

let browser;
let page;
const contexts = [];
const ids = {};
const h = createHarness({
  tmpPrefix: 'pingan-lfedit-', logFile: 'lfedit-server.log', failPrefix: 'lfedit-FAILED-', slugMax: 40,
  pages: () => [['officer', page]],
});
const { step } = h;

before(async () => {
  ({ browser } = await h.start());
  const ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  page = await ctx.newPage();
  h.trackPage(page, 'cz-officer');
});
after(() => h.stop(contexts));

const MIN = 60000;
const ago = (min) => new Date(Date.now() - min * MIN).toISOString();
/** A time as the page writes it (北京时间, "YYYY-MM-DD HH:MM"). */
const wall = (ms) => new Date(ms + 8 * 60 * MIN).toISOString().slice(0, 16).replace('T', ' ');

step('cz-officer: the found item\'s page offers 修改登记信息 with 拾得时间 as it is shown', async () => {
  await h.login(page, 'cz-officer', /#\/board/);
  const made = await page.evaluate(async ([from, to, at]) => {
    const { api } = await import('/api.js');
    const L = await api('POST', '/cases', { type: 'lost', category: 'wallet', body: '丢了棕色钱包，里面有银行卡',
      color: '棕色', brand: 'COACH', serial: '尾号7731', lost_from: from, lost_to: to });
    const F = await api('POST', '/cases', { type: 'found', category: 'wallet', body: '捡到咖啡色钱包，内有银行卡6222****7731',
      color: '咖啡色', brand: '蔻驰', serial: '尾号7731', found_at: at, storage_place: '值班室A柜' });
    return { L, F };
  }, [ago(300), ago(240), ago(200)]);
  Object.assign(ids, { lost: made.L.id, found: made.F.id, foundCode: made.F.code, foundAt: Date.parse(made.F.found_at) });
  // likely at first, on the lost report's page
  await page.goto(`${h.base}/#/case/${ids.lost}`);
  const match = page.locator('[data-testid=lf-case-matches] [data-testid=lf-match]').filter({ hasText: ids.foundCode });
  await match.waitFor();
  assert.equal(await match.locator('[data-testid=lf-likely]').count(), 1, 'likely before the edit');

  await page.goto(`${h.base}/#/case/${ids.found}`);
  const row = page.locator('[data-testid=case-field-found_at]');
  await row.waitFor();
  assert.equal((await row.textContent()).trim(), wall(ids.foundAt));
  await page.locator('[data-testid=case-edit-open]').click();
  const dlg = page.locator('dialog[open][data-testid=case-edit]');
  await dlg.waitFor();
  const input = dlg.locator('input[type=datetime-local][name=found_at]');
  assert.equal(await input.inputValue(), wall(ids.foundAt).replace(' ', 'T'));
  assert.ok((await dlg.locator('label').allTextContents()).some((l) => l.includes('拾得时间')));
  assert.doesNotMatch(await dlg.textContent(), /found_at|Save|Edit/, 'no English or field codes in the dialog');
  await shot(page, 'lfedit-found-dialog');
});

step('a time ahead of the clock is refused inside the dialog, in Chinese; nothing changes', async () => {
  const dlg = page.locator('dialog[open][data-testid=case-edit]');
  const input = dlg.locator('input[name=found_at]');
  await input.fill(wall(Date.now() + 2 * 24 * 60 * MIN).replace(' ', 'T'));
  await dlg.locator('button[type=submit]').click();
  const err = dlg.locator('.alert-error');
  await err.waitFor();
  assert.match(await err.textContent(), /拾得时间不能晚于现在/);
  assert.equal(await page.locator('dialog[open][data-testid=case-edit]').count(), 1, 'the dialog stays open');
  await shot(page, 'lfedit-found-refused');
  const v = await page.evaluate(async (id) => (await (await import('/api.js')).api('GET', `/cases/${id}`)).version, ids.found);
  assert.equal(v, 1, 'nothing written');
});

step('moved to the day before the loss: the page and the timeline show it, the lost report no longer offers it as likely', async () => {
  const dlg = page.locator('dialog[open][data-testid=case-edit]');
  const to = Date.now() - 26 * 60 * MIN;
  const typed = wall(to - (to % MIN)).replace(' ', 'T');
  await dlg.locator('input[name=found_at]').fill(typed);
  await dlg.locator('button[type=submit]').click();
  await page.locator('dialog[open][data-testid=case-edit]').waitFor({ state: 'detached' });
  const row = page.locator('[data-testid=case-field-found_at]');
  await row.filter({ hasText: typed.replace('T', ' ') }).waitFor();
  const line = page.locator('[data-testid=timeline]').filter({ hasText: `拾得时间：${wall(ids.foundAt)} → ${typed.replace('T', ' ')}` });
  await line.waitFor();
  assert.doesNotMatch(await page.locator('[data-testid=timeline]').textContent(), /found_at|\+08:00/);
  await shot(page, 'lfedit-found-moved');
  await page.goto(`${h.base}/#/case/${ids.lost}`);
  const panel = page.locator('[data-testid=lf-case-matches]');
  await panel.waitFor();
  // the candidates are drawn when their own request answers (the panel comes first): read them then
  await panel.locator('[data-testid=lf-matches]').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  const match = panel.locator('[data-testid=lf-match]').filter({ hasText: ids.foundCode });
  assert.equal(await match.locator('[data-testid=lf-likely]').count(), 0, 'no longer likely');
  await shot(page, 'lfedit-lost-after');
});

step('the lost report\'s dialog offers the loss window (丢失时间（起）/（止）) and a reversed one is refused', async () => {
  await page.locator('[data-testid=case-edit-open]').click();
  const dlg = page.locator('dialog[open][data-testid=case-edit]');
  await dlg.waitFor();
  assert.equal(await dlg.locator('input[type=datetime-local][name=lost_from]').count(), 1);
  assert.equal(await dlg.locator('input[type=datetime-local][name=lost_to]').count(), 1);
  const text = await dlg.textContent();
  assert.ok(text.includes('丢失时间（起）') && text.includes('丢失时间（止）'), text);
  await dlg.locator('input[name=lost_to]').fill(wall(Date.now() - 400 * MIN).replace(' ', 'T'));
  await dlg.locator('button[type=submit]').click();
  const err = dlg.locator('.alert-error');
  await err.waitFor();
  assert.match(await err.textContent(), /丢失时间的起点不能晚于终点/);
  await shot(page, 'lfedit-lost-refused');
  await dlg.locator('button', { hasText: '取消' }).click();
});

step('in English the found item\'s timeline names the change "Found at: old → new" on the same clock', async () => {
  await page.evaluate(() => localStorage.setItem('pingan.lang', 'en'));
  await page.goto(`${h.base}/#/case/${ids.found}`);
  await page.reload();
  const tl = page.locator('[data-testid=timeline]');
  await tl.waitFor();
  const text = await tl.textContent();
  assert.match(text, new RegExp(`Found at: ${wall(ids.foundAt)} → \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}`), text);
  assert.doesNotMatch(text, /found_at|拾得时间/);
  await page.locator('[data-testid=case-edit-open]').click();
  const dlg = page.locator('dialog[open][data-testid=case-edit]');
  await dlg.waitFor();
  assert.ok((await dlg.textContent()).includes('Found at'));
  await shot(page, 'lfedit-found-english');
  await dlg.locator('button', { hasText: 'Cancel' }).click();
  await page.evaluate(() => localStorage.setItem('pingan.lang', 'zh'));
});

step('cz-aux, who registered neither, is not offered 修改登记信息 on the lost report (the server would refuse it)', async () => {
  const ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  const aux = await ctx.newPage();
  h.trackPage(aux, 'cz-aux');
  await h.login(aux, 'cz-aux', /#\/board/);
  await aux.goto(`${h.base}/#/case/${ids.lost}`);
  await aux.locator('[data-testid=case-code]').waitFor();
  await aux.locator('.actions-panel').waitFor();
  assert.equal(await aux.locator('[data-testid=case-edit-open]').count(), 0);
  // the officer who registered it still is
  await page.goto(`${h.base}/#/case/${ids.lost}`);
  await page.locator('[data-testid=case-edit-open]').waitFor();
  await shot(aux, 'lfedit-aux-no-edit');
});
