// Browser test of the 阳光坐席 front desk (custody, handover, the leader's view) against a real
// pingan server with the demo data:
//   cz-officer opens the desk page (1366 px desk screen), registers an item into custody from a
//   quick-register button; he may not store it himself (custodian rule); cz-aux, the second
//   officer, stores it and becomes its custodian; cz-officer creates the shift handover whose
//   sheet lists the item, signs it; cz-aux (the next shift) accepts it, after which a comment is
//   refused (sealed); the A4 print view; cz-leader's desk shows the approvals waiting (the demo's
//   disposal) with the link to approve, the station's numbers and the handover list; the desk on
//   a tablet (768x1024).
// Screenshots go to tests/browser/out/desk2-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, expectStatus, shot } from './harness.mjs';

const ITEM = '黑色钱包（内有银行卡两张）';
const OWNER_PHONE = '13912345670';
const DESK_SCREEN = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' };
const TABLET = { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true, locale: 'zh-CN' };

let base;
let browser;
let officer;
let aux;
let leader;
let itemUrl;
let handoverUrl;
const contexts = [];

const h = createHarness({
  tmpPrefix: 'pingan-desk2-',
  logFile: 'desk2-server.log',
  failPrefix: 'desk2-FAILED-',
  pages: () => [['officer', officer], ['aux', aux], ['leader', leader]],
});
const { step, trackPage } = h;

async function newPage(options, label) {
  const ctx = await browser.newContext(options);
  contexts.push(ctx);
  const p = await ctx.newPage();
  trackPage(p, label);
  return p;
}

async function actionButtons(page) {
  return page.locator('.actions-panel [data-action]').evaluateAll((els) => els.map((e) => e.dataset.action));
}

before(async () => {
  ({ base, browser } = await h.start());
  officer = await newPage(DESK_SCREEN, 'officer');
  aux = await newPage(DESK_SCREEN, 'aux');
  leader = await newPage(DESK_SCREEN, 'leader');
});
after(() => h.stop(contexts));

step('cz-officer opens the 阳光坐席 desk: quick-register buttons per desk type, items due', async () => {
  await h.login(officer, 'cz-officer', /#\/board/);
  const nav = officer.locator('[data-testid=nav-desk]');
  assert.equal(await nav.count(), 1, 'a station officer has the desk in the menu');
  await nav.click();
  await officer.waitForURL(/#\/desk/);
  await officer.locator('[data-testid=desk-quick] a').first().waitFor();
  const quick = await officer.locator('[data-testid=desk-quick] a').evaluateAll((els) => els.map((e) => e.dataset.testid));
  for (const t of ['custody', 'handover', 'commendation']) assert.ok(quick.includes('desk-new-' + t), t);
  assert.ok(!quick.includes('desk-new-event') && !quick.includes('desk-new-suggestion'), 'only desk types');
  // the demo's bicycle is on loan past its due date, the backpack held past its period
  await officer.locator('[data-testid=desk-loan]', { hasText: '蓝色自行车' }).waitFor();
  assert.match(await officer.locator('[data-testid=desk-loan]', { hasText: '蓝色自行车' }).textContent(), /已逾期/);
  await officer.locator('[data-testid=desk-overdue]', { hasText: '黑色双肩包' }).waitFor();
  // a 1366 px screen holds both columns side by side, nothing wider than the window
  const cols = await officer.locator('.desk-col').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
  assert.equal(cols.length, 2);
  assert.ok(cols[1] > cols[0] + 300, 'two columns');
  assert.ok(await officer.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  await shot(officer, 'desk2-1-desk-officer-1366');
});

step('cz-officer registers an item into custody from the quick-register button', async () => {
  await officer.locator('[data-testid=desk-new-custody]').click();
  await officer.waitForURL(/#\/desk\/new\/custody/);
  await officer.locator('[data-testid=desknew-title]').fill(ITEM);
  await officer.locator('form.desk-form select[name=item_category]').selectOption('wallet');
  await officer.locator('form.desk-form input[name=quantity]').fill('1');
  await officer.locator('form.desk-form [name=reason_held]').fill('群众在大厅拾得交来');
  // the owner (物主) is known from a bank card: a person of the persons registry
  await officer.locator('[data-testid=desknew-persons-add]').click();
  await officer.locator('[data-testid=desknew-persons-name]').fill('赵小红');
  await officer.locator('[data-testid=desknew-persons-phone]').fill(OWNER_PHONE);
  await shot(officer, 'desk2-2-register-custody');
  await officer.locator('[data-testid=desknew-submit]').click();
  await officer.waitForURL(/#\/case\/\d+/);
  itemUrl = officer.url();
  await expectStatus(officer, '已登记待入库');
  // the custodian rule: the registering officer is not offered 入库
  assert.ok(!(await actionButtons(officer)).includes('store'), 'no store for the officer who registered it');
});

step('the same officer storing it is refused naming the rule; cz-aux stores it and becomes the custodian', async () => {
  // asked directly (as an outdated page would), the server names the rule
  const refused = await officer.evaluate(async (url) => {
    const id = url.split('/').pop();
    // the app's own api module (same URL, same instance: it holds the CSRF token)
    const { api } = await import('/api.js');
    try { await api('POST', `/cases/${id}/actions`, { action: 'store', fields: { place: '物品保管室' } }); return null; } catch (e) { return { status: e.status, code: e.code, message: e.message }; }
  }, itemUrl);
  assert.equal(refused.status, 409);
  assert.equal(refused.code, 'custodian_rule');
  assert.match(refused.message, /保管人与登记人分离/);
  await h.login(aux, 'cz-aux', /#\/board/);
  await aux.goto(itemUrl);
  await expectStatus(aux, '已登记待入库');
  await aux.locator('.actions-panel [data-action=store]').click();
  const dlg = aux.locator('dialog[data-testid=action-store]');
  await dlg.waitFor();
  await dlg.locator('[name=place]').fill('物品保管室 / 2号柜 / 1层');
  await dlg.locator('button[type=submit]').click();
  await expectStatus(aux, '在库');
  assert.match(await aux.locator('[data-testid=case-assignee]').textContent(), /李娜/);
  assert.match(await aux.locator('[data-testid=case-field-place]').textContent(), /2号柜/);
  await shot(aux, 'desk2-3-stored-by-second-officer');
});

step('cz-officer creates the shift handover: the sheet lists the item; he signs it', async () => {
  await officer.goto(base + '/#/desk');
  await officer.locator('[data-testid=desk-today-item]', { hasText: ITEM }).waitFor();
  // the lookup by phone finds the owner and the item registered for her (masked)
  await officer.locator('[data-testid=desk-lookup-kind]').selectOption('phone');
  await officer.locator('[data-testid=desk-lookup-value]').fill(OWNER_PHONE);
  await officer.locator('[data-testid=desk-lookup] button[type=submit]').click();
  const found = officer.locator('[data-testid=lookup-person]');
  await found.first().waitFor();
  assert.match(await found.first().textContent(), /赵\*红|赵\*/);
  assert.ok(!(await found.first().textContent()).includes(OWNER_PHONE), 'masked');
  assert.match(await found.first().textContent(), /WP\d+/);
  await shot(officer, 'desk2-3b-desk-lookup');
  await officer.locator('[data-testid=desk-handover-new]').click();
  await officer.waitForURL(/#\/desk\/new\/handover/);
  await officer.locator('[data-testid=desknew-title]').fill('城中派出所白班交接');
  await officer.locator('form.desk-form select[name=shift]').selectOption('day');
  await officer.locator('form.desk-form [name=notes]').fill('钱包已入库，等待失主认领。');
  await officer.locator('[data-testid=desknew-submit]').click();
  await officer.waitForURL(/#\/case\/\d+/);
  handoverUrl = officer.url();
  await expectStatus(officer, '待交班签字');
  const sheet = officer.locator('[data-testid=handover-sheet]');
  await sheet.waitFor();
  assert.match(await sheet.textContent(), new RegExp(ITEM.replace(/[()（）]/g, '.')));
  assert.match(await sheet.textContent(), /蓝色自行车/, 'items on loan');
  assert.ok(!(await actionButtons(officer)).includes('accept'), 'the outgoing officer does not accept');
  await officer.locator('.actions-panel [data-action=sign]').click();
  const dlg = officer.locator('dialog[data-testid=action-sign]');
  await dlg.waitFor();
  await dlg.locator('button[type=submit]').click();
  await expectStatus(officer, '已签字待接班');
  await shot(officer, 'desk2-4-handover-signed');
});

step('the next shift (cz-aux) accepts the handover; then nothing about it changes', async () => {
  await aux.goto(handoverUrl);
  await expectStatus(aux, '已签字待接班');
  await aux.locator('.actions-panel [data-action=accept]').click();
  const dlg = aux.locator('dialog[data-testid=action-accept]');
  await dlg.waitFor();
  await dlg.locator('[name=remarks]').fill('已清点在库物品，无异议。');
  await dlg.locator('button[type=submit]').click();
  await expectStatus(aux, '已接班');
  await aux.locator('[data-testid=no-actions]').waitFor();
  // a comment on the accepted sheet is refused (409 case_sealed), shown to the user
  await aux.locator('#comment-body').fill('补充：钥匙柜已上锁');
  await aux.locator('[data-testid=comment-submit]').click();
  const alert = aux.locator('#alerts .alert-error');
  await alert.waitFor();
  assert.equal(await alert.getAttribute('data-code'), 'case_sealed');
  assert.match(await alert.textContent(), /封存/);
  await shot(aux, 'desk2-5-handover-accepted-sealed');
  // the A4 print view
  await aux.locator('[data-testid=handover-print]').click();
  await aux.locator('[data-testid=handover-print-view]').waitFor();
  assert.match(await aux.locator('[data-testid=handover-print-view]').textContent(), /已清点在库物品/);
  await aux.emulateMedia({ media: 'print' });
  await shot(aux, 'desk2-6-handover-print-a4');
  await aux.emulateMedia({ media: 'screen' });
});

step('交接班记录 from the desk page: every handover of the station, who handed over and who accepted, paged, exports', async () => {
  await aux.goto(base + '/#/desk');
  // a month of earlier shifts (the demo holds one handover): more than one page of 20
  await aux.evaluate(async () => {
    const { api } = await import('/api.js');
    const me = await api('GET', '/me');
    const org = me.grants.find((g) => g.org_kind === 'police_station').org_id;
    for (let i = 1; i <= 22; i++) await api('POST', '/cases', { type: 'handover', title: `第${i}班交接`, org_id: org, shift: 'night' });
  });
  await aux.locator('[data-testid=desk-handover-all]').click();
  await aux.waitForURL(/#\/desk\/handovers/);
  await aux.locator('[data-testid=handover-row]').first().waitFor();
  // the accepted one is older than the 22 just made: on the second page
  const before = await aux.locator('[data-testid=handover-row]').count();
  assert.equal(before, 20, 'a page of 20');
  await aux.locator('[data-testid=handovers-more]').click();
  const row = aux.locator('[data-testid=handover-row]', { hasText: '城中派出所白班交接' }).first();
  await row.waitFor();
  const cells = await row.locator('td').allTextContents();
  assert.ok(cells.includes('王磊（民警）'), cells.join(' | '));   // handed over (the creator, who signed)
  assert.ok(cells.includes('李娜（辅警）'), cells.join(' | '));   // accepted by the next shift
  assert.ok(cells.includes('白班') && cells.includes('已接班'), cells.join(' | '));
  assert.ok(cells.filter((c) => /\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/.test(c)).length >= 2, 'signed and accepted times');
  // load more added the rest, no one twice; nothing more to load
  const ids = await aux.locator('[data-testid=handover-row]').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.length > 20 && ids.length <= 40, String(ids.length));
  assert.ok(await aux.locator('[data-testid=handovers-more]').isHidden());
  const csv = await aux.locator('[data-testid=handovers-export-csv]').getAttribute('href');
  assert.match(csv, /^\/api\/v1\/handovers\?.*format=csv/);
  const body = await aux.evaluate((u) => fetch(u).then((r) => r.text()), csv);
  assert.match(body, /交班人.*接班人/);
  assert.match(body, /城中派出所白班交接/);
  assert.ok(!(await aux.locator('main').textContent()).match(/accepted|draft|signed|night/), 'no codes shown');
  await shot(aux, 'desk2-6a-handover-records');
});

step('an auxiliary records a 锦旗 from the quick button: the officer picker lists the station\'s colleagues', async () => {
  await aux.goto(base + '/#/desk');
  await aux.locator('[data-testid=desk-new-commendation]').click();
  await aux.waitForURL(/#\/desk\/new\/commendation/);
  const pick = aux.locator('form.desk-form select[name=officer_id]');
  await aux.waitForFunction(() => { const s = document.querySelector('form.desk-form select[name=officer_id]'); return s && !s.disabled; });
  const names = await pick.locator('option').evaluateAll((els) => els.filter((e) => e.value).map((e) => e.textContent));
  // GET /users is for leaders and admins; the picker reads the station's staff (GET /staff)
  assert.ok(names.includes('王磊（民警）'), names.join(' | '));
  assert.ok(names.includes('李娜（辅警）'), names.join(' | '));
  assert.ok(!names.some((n) => /西关|officer|auxiliary/.test(n)), 'only 城中 colleagues, in Chinese');
  await aux.locator('[data-testid=desknew-title]').fill('感谢帮助寻回走失老人');
  await aux.locator('form.desk-form input[name=received_on]').fill(new Date(Date.now() - 86400000).toISOString().slice(0, 10));
  await aux.locator('form.desk-form select[name=form]').selectOption('banner');
  await aux.locator('form.desk-form select[name=giver_kind]').selectOption('organisation');
  await aux.locator('form.desk-form [name=giver_org]').fill('将军社区居委会');
  await pick.selectOption({ label: '王磊（民警）' });
  await shot(aux, 'desk2-6b-commendation-officer-picker');
  await aux.locator('[data-testid=desknew-submit]').click();
  await aux.waitForURL(/#\/case\/\d+/);
  // the case page names the officer (the case JSON carries the id only)
  await aux.locator('[data-testid=case-field-officer_id]', { hasText: '王磊（民警）' }).waitFor();
});

step('the leader\'s view: approvals waiting (CCTV, archive, disposal) approved or refused from the desk, numbers, the handover list', async () => {
  await h.login(leader, 'cz-leader', /#\/board/);
  await leader.goto(base + '/#/desk');
  const panelEl = leader.locator('[data-testid=desk-approvals]');
  assert.match(await panelEl.locator('h2').textContent(), /待我审批/);
  // the demo's pending CCTV review, archive query and disposal, each with approve and refuse
  const row = (type) => leader.locator(`[data-testid=desk-approval][data-type=${type}]`).first();
  for (const [type, approve, refuse] of [['cctv', '批准调阅', '不予批准'], ['archive', '批准查询', '不予批准'],
    ['custody', '批准处置', '不批准处置']]) {
    await row(type).waitFor();
    assert.equal((await row(type).locator('[data-testid=desk-approve]').textContent()).trim(), approve, type);
    assert.equal((await row(type).locator('[data-testid=desk-refuse]').textContent()).trim(), refuse, type);
  }
  assert.match(await row('custody').textContent(), /钥匙一串/);
  // the disposal says what is asked and of what under its row (it showed the code and the title
  // only): the method, the reason, who asked, the item; CCTV and archive rows have none
  const asked = row('custody').locator('[data-testid=desk-approval-detail]');
  const said = async (name) => (await asked.locator(`dd[data-name=${name}]`).textContent()).trim();
  assert.equal(await said('disposal'), '销毁');
  assert.equal(await said('reason'), '超过保管期限无人认领');
  assert.match(await said('asked_by'), /\S/);
  assert.equal(await said('category'), '钥匙');
  assert.equal(await said('quantity'), '5');
  assert.equal(await said('station'), '城中派出所');
  assert.match(await asked.innerText(), /处置方式\s*销毁/);
  for (const type of ['cctv', 'archive']) assert.equal(await row(type).locator('[data-testid=desk-approval-detail]').count(), 0, type);
  // the latest handovers (the 22 made above) and the link to all of them (交接班记录)
  await leader.locator('[data-testid=desk-handover]', { hasText: '第22班交接' }).first().waitFor();
  assert.equal(await leader.locator('[data-testid=desk-handover-all]').count(), 1);
  assert.notEqual((await leader.locator('[data-testid=num-commendations] .desk-num-v').textContent()).trim(), '0');
  await shot(leader, 'desk2-7-leader-view');
  const idOf = async (type) => row(type).getAttribute('data-id');
  const statusOf = (id) => leader.evaluate(async (i) => (await (await import('/api.js')).api('GET', `/cases/${i}`)).status, id);
  // approve the CCTV review: a confirmation, then it leaves the list and the case is approved
  const cctv = await idOf('cctv');
  await row('cctv').locator('[data-testid=desk-approve]').click();
  let dlg = leader.locator('dialog[data-testid=action-approve]');
  await dlg.waitFor();
  await dlg.locator('button[type=submit]').click();
  await leader.locator(`[data-testid=desk-approval][data-id="${cctv}"]`).waitFor({ state: 'detached' });
  assert.equal(await statusOf(cctv), 'approved');
  // refuse the archive query: a reason is asked for
  const archive = await idOf('archive');
  await row('archive').locator('[data-testid=desk-refuse]').click();
  dlg = leader.locator('dialog[data-testid=action-refuse]');
  await dlg.waitFor();
  await dlg.locator('[name=note]').fill('申请材料不全，请补充委托书');
  await dlg.locator('button[type=submit]').click();
  await leader.locator(`[data-testid=desk-approval][data-id="${archive}"]`).waitFor({ state: 'detached' });
  assert.equal(await statusOf(archive), 'refused');
  // approve the disposal of the keys: the dialog shows the row's words (method, reason, the
  // item) and is the one question — no second confirmation follows
  const keys = await idOf('custody');
  await row('custody').locator('[data-testid=desk-approve]').click();
  dlg = leader.locator('dialog[data-testid=action-approve_disposal]');
  await dlg.waitFor();
  const inDialog = await dlg.locator('[data-testid=custody-disposal-asked]').innerText();
  assert.match(inDialog, /处置方式\s*销毁/);
  assert.match(inDialog, /申请理由\s*超过保管期限无人认领/);
  assert.match(inDialog, /物品类别\s*钥匙/);
  assert.match(await dlg.locator('[data-testid=action-question]').textContent(), /保管人/);
  // the leader's word on it (备注（可选）), kept on the item's timeline
  await dlg.locator('[name=note]').fill('同意销毁，注意留存照片');
  await shot(leader, 'desk2-7a-leader-approve-dialog');
  await dlg.locator('button[type=submit]').click();
  await leader.locator(`[data-testid=desk-approval][data-id="${keys}"]`).waitFor({ state: 'detached' });
  assert.equal(await leader.locator('dialog[data-testid=confirm]').count(), 0, 'no second confirmation');
  assert.equal(await statusOf(keys), 'disposal_approved');
  const noted = await leader.evaluate(async (id) => ((await (await import('/api.js')).api('GET', `/cases/${id}`)).timeline || [])
    .find((e) => e.action === 'approve_disposal'), keys);
  assert.equal(noted && noted.note, '同意销毁，注意留存照片');
  await shot(leader, 'desk2-7b-leader-approved');
});

step('from the item\'s page: the leader\'s 批准处置 / 不批准处置 dialogs show the method, the reason and the item read off the case', async () => {
  await aux.goto(itemUrl);
  await expectStatus(aux, '在库');
  await aux.locator('.actions-panel [data-action=request_disposal]').click();
  const ask = aux.locator('dialog[data-testid=action-request_disposal]');
  await ask.waitFor();
  await ask.locator('select[name=method]').selectOption('donate');
  await ask.locator('textarea').first().fill('物主联系不上，申请捐赠');
  await ask.locator('button[type=submit]').click();
  await expectStatus(aux, '处置待审批');
  await leader.goto(itemUrl);
  await expectStatus(leader, '处置待审批');
  for (const action of ['approve_disposal', 'refuse_disposal']) {
    await leader.locator(`.actions-panel [data-action=${action}]`).click();
    const dlg = leader.locator(`dialog[data-testid=action-${action}]`);
    await dlg.waitFor();
    const rows = dlg.locator('[data-testid=custody-disposal-asked]');
    const said = async (name) => (await rows.locator(`[data-testid=custody-asked-${name}]`).textContent()).trim();
    assert.equal(await said('disposal'), '捐赠', action);
    assert.equal(await said('reason'), '物主联系不上，申请捐赠');
    assert.match(await said('asked_by'), /李娜/);
    assert.equal(await said('category'), '钱包及现金');
    assert.equal(await said('quantity'), '1');
    assert.equal(await said('reason_held'), '群众在大厅拾得交来');
    assert.match(await said('place'), /2号柜/);
    assert.match(await said('stored_at'), /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(await said('station'), '城中派出所');
    if (action === 'approve_disposal') {
      await shot(leader, 'desk2-7c-approve-from-the-page');
      await dlg.locator('button', { hasText: '取消' }).click();
      await dlg.waitFor({ state: 'detached' });
    }
  }
  const refuse = leader.locator('dialog[data-testid=action-refuse_disposal]');
  await refuse.locator('[name=note]').fill('物主已来电，暂缓处置');
  await refuse.locator('button[type=submit]').click();
  await expectStatus(leader, '在库');
});

step('the desk on a tablet (768x1024) stacks its columns; a grid worker has no desk', async () => {
  const tab = await newPage(TABLET, 'tablet');
  await h.login(tab, 'cz-aux', /#\/board/);
  await tab.goto(base + '/#/desk');
  await tab.locator('[data-testid=desk-quick] a').first().waitFor();
  assert.ok(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scroll');
  const cols = await tab.locator('.desk-col').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
  assert.equal(cols[0], cols[1], 'one column on a tablet');
  await shot(tab, 'desk2-8-desk-tablet');
  const gw = await newPage(DESK_SCREEN, 'grid-worker');
  await h.login(gw, 'grid-worker', /#\/events/);
  assert.equal(await gw.locator('[data-testid=nav-desk]').count(), 0);
});
