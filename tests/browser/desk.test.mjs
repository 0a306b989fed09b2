// Browser test of the front desk's first half (阳光坐席): the desk officer (cz-officer) receives a
// visitor who asks for help, registers the help request from the visit (linked both ways),
// asks for a CCTV review; the leader (cz-leader) finds it in the notices and approves it; the
// officer records the viewing, concludes, resolves the help request and finishes the visit;
// the leader opens the desk statistics (the demo's 城中派出所 year). Screenshots: desk-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot, expectStatus, DESKTOP } from './harness.mjs';

const WIDE = { ...DESKTOP, viewport: { width: 1366, height: 860 } };
const contexts = [];
let browser;
let officer;
let leader;
const ids = {};
const h = createHarness({
  tmpPrefix: 'pingan-desk-', logFile: 'server-desk.log', failPrefix: 'FAILED-desk-', slugMax: 40,
  pages: () => [['officer', officer], ['leader', leader]],
});

before(async () => {
  ({ browser } = await h.start());
  for (const who of ['officer', 'leader']) {
    const ctx = await browser.newContext(WIDE);
    contexts.push(ctx);
    const page = await ctx.newPage();
    h.trackPage(page, who);
    if (who === 'officer') officer = page; else leader = page;
  }
});
after(() => h.stop(contexts));

const caseId = (page) => Number(new URL(page.url()).hash.match(/#\/case\/(\d+)/)[1]);
async function act(page, action, fill = async () => {}) {
  await page.locator(`button[data-action=${action}]`).click();
  const dlg = page.locator(`dialog[data-testid=action-${action}]`);
  await dlg.waitFor();
  await fill(dlg);
  await dlg.locator('button[type=submit]').click();
  await dlg.waitFor({ state: 'detached' });
}

h.step('the desk officer registers a visitor who asks for help', async () => {
  await h.login(officer, 'cz-officer', /#\/board/);
  // the visit is registered from the 阳光坐席 desk's quick button (its own form, #/new/visit)
  await officer.locator('[data-testid=nav-desk]').click();
  await officer.locator('[data-testid=desk-new-visit]').click();
  await officer.waitForURL(/#\/new\/visit\?org_id=\d+/);
  const form = officer.locator('[data-testid=new-visit]');
  await form.waitFor();
  await form.locator('[name=title]').fill('群众来所求助：父亲走失');
  await form.locator('[name=purpose]').selectOption('help');
  await form.locator('[name=handling]').fill('询问走失经过，安抚家属情绪');
  await form.locator('[name=person_name]').fill('李建华');
  await form.locator('[name=person_phone]').fill('13957905678');
  await shot(officer, 'desk-visit-form');
  await form.locator('[data-testid=desk-submit]').click();
  await officer.waitForURL(/#\/case\/\d+/);
  await expectStatus(officer, '接待中');
  ids.visit = caseId(officer);
  assert.equal((await officer.locator('[data-testid=case-field-purpose]').textContent()).trim(), '求助');
  // the visitor is in the persons registry and shows masked
  assert.match(await officer.locator('[data-testid=case-person-visitor]').textContent(), /李\*华.*139\*{4}5678/);
});

h.step('registers the help request from the visit: linked both ways', async () => {
  await officer.locator('[data-testid=start-help]').click();
  const form = officer.locator('[data-testid=new-help]');
  await form.waitFor();
  await officer.locator('[data-testid=desk-from]').filter({ hasText: '父亲走失' }).waitFor();
  await form.locator('[name=category]').selectOption('lost_elder_child');
  await form.locator('[name=urgency]').selectOption('urgent');
  await form.locator('[data-testid=desk-submit]').click();
  await officer.waitForURL(/#\/case\/\d+/);
  await expectStatus(officer, '待处置');
  ids.help = caseId(officer);
  assert.notEqual(ids.help, ids.visit);
  const link = officer.locator('[data-testid=case-link]');
  await link.filter({ hasText: '坐堂接待' }).waitFor();
  assert.match(await officer.locator('[data-testid=case-field-category]').textContent(), /老人儿童走失/);
  await shot(officer, 'desk-help');
  // and back: the visit lists the help request
  await officer.goto(`${h.base}/#/case/${ids.visit}`);
  await officer.locator('[data-testid=case-link]').filter({ hasText: '群众求助' }).waitFor();
});

h.step('asks for a CCTV review from the help request; no viewing before approval', async () => {
  await officer.goto(`${h.base}/#/case/${ids.help}`);
  await officer.locator('[data-testid=start-cctv]').click();
  const form = officer.locator('[data-testid=new-cctv]');
  await form.waitFor();
  await form.locator('[name=title]').fill('调阅人民路口监控寻找走失老人');
  await form.locator('[name=cameras]').fill('人民路与八一街交叉口 1–4 号探头');
  await form.locator('[name=window_from]').fill('2026-11-30T13:00');
  await form.locator('[name=window_to]').fill('2026-11-30T16:00');
  await form.locator('[name=reason]').fill('老人下午从家中走失，查找去向');
  await form.locator('[data-testid=desk-submit]').click();
  await officer.waitForURL(/#\/case\/\d+/);
  await expectStatus(officer, '待审批');
  ids.cctv = caseId(officer);
  assert.equal(await officer.locator('button[data-action=record_view]').count(), 0, 'no viewing before approval');
  await shot(officer, 'desk-cctv-pending');
});

h.step('the leader is told and approves the review', async () => {
  await h.login(leader, 'cz-leader', /#\/board/);
  await leader.locator('[data-testid=bell]').click();
  await leader.locator('[data-testid=notif-list]').filter({ hasText: '视频调阅待审批' }).waitFor();
  await shot(leader, 'desk-leader-notices');
  await leader.goto(`${h.base}/#/case/${ids.cctv}`);
  await expectStatus(leader, '待审批');
  await act(leader, 'approve');
  await expectStatus(leader, '已批准');
  await shot(leader, 'desk-cctv-approved');
});

h.step('the officer records the viewing (on the timeline) and concludes: found', async () => {
  await officer.goto(`${h.base}/#/case/${ids.cctv}`);
  await expectStatus(officer, '已批准');
  await act(officer, 'record_view', (d) => d.locator('[name=cameras]').fill('2 号探头'));
  await officer.locator('[data-testid=timeline]').filter({ hasText: '登记调阅' }).waitFor();
  await act(officer, 'conclude', async (d) => {
    await d.locator('[name=found]').check();
    await d.locator('[name=notes]').fill('14:05 老人沿人民路向西步行');
  });
  await expectStatus(officer, '已完成');
  await shot(officer, 'desk-cctv-concluded');
});

h.step('resolves the help request and finishes the visit', async () => {
  await officer.goto(`${h.base}/#/case/${ids.help}`);
  await officer.locator('[data-testid=case-link]').filter({ hasText: '视频调阅' }).waitFor();
  await act(officer, 'resolve', (d) => d.locator('[name=result]').fill('根据监控在西关公园找到老人，已交还家属'));
  await expectStatus(officer, '已解决');
  await shot(officer, 'desk-help-resolved');
  await officer.goto(`${h.base}/#/case/${ids.visit}`);
  await act(officer, 'finish', async (d) => {
    await d.locator('[name=outcome]').fill('已登记求助并找回老人');
    await d.locator('[name=minutes]').fill('25');
  });
  await expectStatus(officer, '已结束');
});

h.step('the leader opens the desk statistics: the year against the year before', async () => {
  await leader.locator('[data-testid=nav-desk-stats]').click();
  const table = leader.locator('[data-testid=incident-table]');
  await table.waitFor();
  const total = table.locator('tr.total-row');
  // the demo's 城中派出所: 50 filed against 100 a year earlier, 破案率 46.0 % against 31.0 %
  await total.filter({ hasText: '46.0%' }).waitFor();
  const cells = await total.locator('td').allTextContents();
  assert.deepEqual(cells.slice(0, 3), ['50', '100', '-50.0%']);
  assert.match(cells[5], /31\.0%/);
  assert.equal(cells[6], '+48.4%');
  const phone = await table.locator('tr[data-group=XS01] td').allTextContents();
  assert.match(phone[4], /91\.7%/);
  await leader.locator('[data-testid=help-table] tbody tr').first().waitFor();
  await shot(leader, 'desk-stats');
  await leader.locator('select[name=group]').selectOption('month');
  await table.locator('tr[data-group]').nth(11).waitFor();
  await shot(leader, 'desk-stats-month');
});

h.step('in English the desk statistics punctuate in English: no Chinese comma or brackets around the counts', async () => {
  await leader.locator('select[name=group]').selectOption('category');
  await leader.evaluate(() => localStorage.setItem('pingan.lang', 'en'));
  await leader.reload();
  const table = leader.locator('[data-testid=incident-table]');
  await table.locator('tr.total-row').filter({ hasText: '46.0%' }).waitFor();
  const cells = await table.locator('tr.total-row td').allTextContents();
  assert.equal(cells[4], '46.0% (23/50)');
  assert.equal(cells[5], '31.0% (31/100)');
  const filed = await leader.locator('[data-count=filed] .muted').textContent();
  assert.equal(filed, 'A year earlier 100, -50.0%');
  assert.doesNotMatch(await leader.locator('[data-testid=stats-cards]').textContent(), /[，（）]/);
  // the chart's category labels fit English: each criminal category read "Criminal …" (the
  // labels were cut as if every letter were as wide as a Chinese character)
  const labels = await leader.locator('[data-testid=stats-chart] text.axis-cat').evaluateAll((ts) => ts.map((e) => e.firstChild.textContent));
  assert.ok(labels.includes('Criminal / Phone theft'), labels.join(' | '));
  assert.equal(new Set(labels).size, labels.length, `distinct: ${labels.join(' | ')}`);
  await shot(leader, 'desk-stats-en');
  await leader.evaluate(() => localStorage.setItem('pingan.lang', 'zh'));
  await leader.reload();
  await table.locator('tr.total-row').filter({ hasText: '46.0%（23/50）' }).waitFor();
});
