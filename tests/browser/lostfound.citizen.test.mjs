// Browser test of a citizen's own lost report (群众自行登记) on a phone (390x844): the citizen's
// menu has 登记失物 and 我的失物登记 (staff menus do not), the form picks the station and shows
// its claim office, the report lands in 我的失物登记 as 寻找中; an officer (another browser)
// registers a found item and confirms it on the report; the citizen sees the notice in 消息 —
// where and how to claim — and the report as 已找到待认领 with the station's office, never the
// found item, its candidates or the officer's note; then withdraws another report of theirs after
// the question that says it cannot be undone. The Chinese pages hold no English words or codes,
// and no coordinates. Screenshots: tests/browser/out/lfcitizen-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot, DESKTOP, USER } from './harness.mjs';

const PHONE390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...USER };
let browser;
let page;      // the citizen, on a phone
let desk;      // cz-officer, on a desktop
const contexts = [];
const h = createHarness({
  tmpPrefix: 'pingan-lfcitizen-', logFile: 'lfcitizen-server.log', failPrefix: 'lfcitizen-FAILED-', slugMax: 40,
  pages: () => [['citizen', page], ['desk', desk]],
});
const { step } = h;

before(async () => {
  ({ browser } = await h.start());
  const c1 = await browser.newContext(PHONE390);
  const c2 = await browser.newContext(DESKTOP);
  contexts.push(c1, c2);
  page = await c1.newPage();
  desk = await c2.newPage();
  h.trackPage(page, 'citizen');
  h.trackPage(desk, 'cz-officer');
});
after(() => h.stop(contexts));

const ago = (min) => new Date(Date.now() - min * 60000).toISOString();
/** No English word of three letters or more and no coordinate in a Chinese page's visible text. */
function chineseOnly(text, where) {
  const words = (text.match(/[A-Za-z_]{3,}/g) || []).filter((w) => !['IMEI'].includes(w))   // the serial the citizen typed;
  assert.deepEqual(words, [], `${where}: English words or codes in the Chinese page`);
  assert.ok(!/\b\d{2,3}\.\d{4,}\b/.test(text), `${where}: a raw coordinate`);
}
let L;      // the citizen's report

step('citizen on a phone: the menu has 登记失物 and 我的失物登记; the form names the station\'s claim office', async () => {
  await h.login(page, 'citizen', /#\//, 'attached');
  const nav = page.locator('nav.topnav');
  assert.equal(await nav.locator('[data-testid=nav-mylost-new]').textContent(), '登记失物');
  assert.equal(await nav.locator('[data-testid=nav-mylost]').textContent(), '我的失物登记');
  await nav.locator('[data-testid=nav-mylost-new]').click();
  await page.waitForURL(/#\/mylost\/new/);
  const station = page.locator('[data-testid=mylost-station]');
  await page.waitForFunction(() => document.querySelector('[data-testid=mylost-station]')?.options.length > 1);
  // nothing picked yet: submitting asks for the station, naming it
  await page.locator('[data-testid=mylost-submit]').click();
  await page.locator('.alert, [role=alert]').filter({ hasText: '请选择受理的派出所' }).first().waitFor();
  await station.selectOption({ label: '城中派出所' });
  const office = await page.locator('[data-testid=mylost-office]').textContent();
  assert.match(office, /^认领地点：地址：.*城中派出所.*；电话：0579-/);
  await page.locator('[data-testid=mylost-category]').selectOption({ label: '手机' });
  await page.locator('[data-testid=mylost-body]').fill('在人民广场公交站丢了一部黑色华为手机，手机壳背面有小熊贴纸');
  await page.locator('[data-testid=mylost-color]').fill('黑色');
  await page.locator('[data-testid=mylost-brand]').fill('华为');
  await page.locator('[data-testid=mylost-serial]').fill('IMEI 8612 3456 7890 123');
  await page.locator('[data-testid=mylost-marks]').fill('背面贴着小熊贴纸');
  await page.locator('[data-testid=mylost-address]').fill('人民广场公交站');
  await page.locator('[data-testid=mylost-person_phone]').fill('13812348000');
  // the form fits the phone: nothing wider than the screen
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `the page is ${wide}px wide on a 390px phone`);
  chineseOnly(await page.locator('#main').innerText(), 'the form');
  await shot(page, 'lfcitizen-form');
  await page.locator('[data-testid=mylost-submit]').click();
  await page.waitForURL(/#\/case\/\d+/);
  L = { id: Number(/#\/case\/(\d+)/.exec(page.url())[1]) };
  await page.locator('[data-testid=lf-owner-panel]').waitFor();
  assert.equal(await page.locator('[data-testid=case-status]').textContent(), '寻找中');
  assert.match(await page.locator('[data-testid=lf-owner-panel]').textContent(), /正在将您的登记与拾到的物品比对/);
  assert.equal(await page.locator('[data-testid=lf-case-matches]').count(), 0, 'no candidates panel');
  // where it was lost reads back on the report (the page showed it nowhere)
  const place = page.locator('dd[data-testid=case-field-address]');
  assert.equal(await place.textContent(), '人民广场公交站');
  assert.equal(await place.evaluate((d) => d.previousElementSibling.textContent), '丢失地点');
  await shot(page, 'lfcitizen-registered');
});

step('我的失物登记 lists it as 寻找中; staff menus have neither entry', async () => {
  await page.locator('nav.topnav [data-testid=nav-mylost]').click();
  const row = page.locator(`[data-testid=mylost-row][data-id="${L.id}"]`);
  await row.waitFor();
  assert.match(await row.textContent(), /手机（黑色，华为）/);
  assert.match(await row.textContent(), /寻找中/);
  assert.match(await row.textContent(), /城中派出所/);
  chineseOnly(await page.locator('#main').innerText().then((t) => t.replace(/SW\d+/g, '')), 'the list');
  await shot(page, 'lfcitizen-list-open');
  await h.login(desk, 'cz-officer', /#\/board/);
  assert.equal(await desk.locator('[data-testid=nav-mylost-new], [data-testid=nav-mylost]').count(), 0);
});

step('修改 on the open report: the form holds what it says; a reversed window is refused, naming it; the correction is saved', async () => {
  const row = page.locator(`[data-testid=mylost-row][data-id="${L.id}"]`);
  await row.locator('[data-testid=mylost-edit]').click();
  await page.waitForURL(new RegExp(`#/mylost/edit/${L.id}$`));
  const form = page.locator('[data-testid=mylost-edit-form]');
  await form.waitFor();
  assert.equal(await form.locator('[data-testid=mylost-marks]').inputValue(), '背面贴着小熊贴纸');
  assert.equal(await form.locator('[data-testid=mylost-address]').inputValue(), '人民广场公交站');
  assert.match(await form.locator('[data-testid=mylost-lost_from]').inputValue(), /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  // the window the wrong way round: the message the server gives for it, before anything is sent
  const from = await form.locator('[data-testid=mylost-lost_from]').inputValue();
  const to = await form.locator('[data-testid=mylost-lost_to]').inputValue();
  await form.locator('[data-testid=mylost-lost_from]').fill(to);
  await form.locator('[data-testid=mylost-lost_to]').fill('2020-01-01T00:00');
  await form.locator('[data-testid=mylost-save]').click();
  await page.locator('.alert, [role=alert]').filter({ hasText: '丢失时间的起点不能晚于终点' }).first().waitFor();
  await form.locator('[data-testid=mylost-lost_to]').fill(to);
  await form.locator('[data-testid=mylost-lost_from]').fill(from);
  await form.locator('[data-testid=mylost-marks]').fill('背面贴着小熊贴纸，屏幕右上角有划痕');
  chineseOnly(await page.locator('#main').innerText().then((t) => t.replace(/SW\d+/g, '')), 'the correction');
  await shot(page, 'lfcitizen-edit');
  await form.locator('[data-testid=mylost-save]').click();
  await page.waitForURL(new RegExp(`#/case/${L.id}$`));
  await page.locator('ol[data-testid=timeline] li[data-kind=update]').waitFor();
  assert.match(await page.locator('ol[data-testid=timeline] li[data-kind=update]').textContent(), /屏幕右上角有划痕/);
  const now = await page.evaluate(async (id) => (await (await import('/api.js')).api('GET', `/cases/${id}`)), L.id);
  assert.equal(now.marks, '背面贴着小熊贴纸，屏幕右上角有划痕');
  assert.equal(now.status, 'open');
});

step('the officer registers a found item, sees the citizen\'s report as likely and confirms it', async () => {
  const F = await desk.evaluate(async (at) => {
    const { api } = await import('/api.js');
    return api('POST', '/cases', { type: 'found', category: 'phone', body: '乘客在人民广场东侧捡到手机一部，后盖有卡通熊贴画',
      color: '哑光黑', brand: 'HUAWEI', serial: '861234567890123', marks: '后盖有卡通熊贴画，锁屏壁纸为柴犬',
      address: '人民广场东侧3号站台', found_at: at, storage_place: '值班室A柜',
      persons: [{ role: 'finder', name: '李拾金', phone: '13900001111' }] });
  }, ago(10));
  L.found = F;
  await desk.goto(`${h.base}/#/case/${L.id}`);
  assert.match(await desk.locator('[data-testid=lf-self-reported]').textContent(), /群众自行登记/);
  const match = desk.locator('[data-testid=lf-match]').first();
  await match.waitFor();
  assert.equal(await match.locator('[data-testid=lf-likely]').count(), 1, 'likely');
  await match.locator('[data-testid=lf-confirm]').click();
  const ask = desk.locator('dialog[data-testid=confirm]');
  await ask.waitFor();
  await ask.locator('button[type=submit]').click();
  await desk.waitForFunction(async (id) => (await (await import('/api.js')).api('GET', `/cases/${id}`)).status === 'matched', L.id);
  await shot(desk, 'lfcitizen-desk-confirmed');
});

step('the citizen sees the notice — where and how to claim — and the report as 已找到待认领, nothing of the desk\'s', async () => {
  await page.goto(`${h.base}/#/notifications`);
  const n = page.locator('li.notif[data-kind=lf_owner_found]');
  await n.waitFor();
  const text = await n.textContent();
  assert.match(text, /您登记的失物「手机（黑色，华为）」可能已经找到。请携带本人身份证件到城中派出所认领（地址：/);
  assert.match(text, /失物可能已找到/);
  assert.ok(!text.includes(L.found.code) && !text.includes('8612'), 'no found item code or serial');
  await shot(page, 'lfcitizen-notice');
  await n.locator('a.notif-message').click();
  await page.waitForURL(new RegExp(`#/case/${L.id}$`));
  await page.locator('[data-testid=lf-owner-office]').waitFor();
  assert.equal(await page.locator('[data-testid=case-status]').textContent(), '已找到待认领');
  const panel = await page.locator('[data-testid=lf-owner-panel]').textContent();
  assert.match(panel, /请携带本人身份证件到城中派出所认领/);
  assert.match(await page.locator('[data-testid=lf-owner-office]').textContent(), /地址：.*；电话：0579-.*；办公时间：/);
  const main = await page.locator('#main').innerText();
  for (const s of [L.found.code, '8612345', '李拾金', '值班室', '卡通熊', '柴犬', '匹配候选', '匹配的拾遗物'])
    assert.ok(!main.includes(s), `the citizen's page shows ${s}`);
  chineseOnly(main.replace(/SW\d+/g, ''), 'the case page');
  // the only action: withdraw; no 修改 once the station has found it
  assert.deepEqual(await page.locator('.actions-panel [data-action]').evaluateAll((b) => b.map((x) => x.dataset.action)), ['withdraw']);
  assert.equal(await page.locator('[data-testid=case-edit-open]').count(), 0);
  // the timeline in the citizen's words: 已找到疑似您的物品, not the desk's 确认匹配
  const ev = page.locator('ol[data-testid=timeline] li[data-action=match] .event-label');
  assert.equal(await ev.textContent(), '已找到疑似您的物品');
  assert.ok(!main.includes('确认匹配'), 'the desk\'s wording on the citizen\'s page');
  await shot(page, 'lfcitizen-found');
  await page.locator('nav.topnav [data-testid=nav-mylost]').click();
  const row = page.locator(`[data-testid=mylost-row][data-id="${L.id}"]`);
  await row.waitFor();
  assert.match(await row.textContent(), /已找到待认领/);
  assert.match(await row.textContent(), /请携带本人身份证件到城中派出所认领/);
  assert.equal(await row.locator('[data-testid=mylost-edit]').count(), 0, 'no 修改 on a found report');
  await shot(page, 'lfcitizen-list-found');
  // the correction page, opened all the same, says why and sends nothing
  await page.goto(`${h.base}/#/mylost/edit/${L.id}`);
  await page.locator('.alert, [role=alert]').filter({ hasText: '派出所已找到疑似您的物品，登记不能再修改' }).first().waitFor();
  assert.equal(await page.locator('[data-testid=mylost-save]').isDisabled(), true);
  // the desk reads its own wording of the same entry
  await desk.goto(`${h.base}/#/case/${L.id}`);
  const deskEv = desk.locator('ol[data-testid=timeline] li[data-action=match] .event-label');
  await deskEv.waitFor();
  assert.equal(await deskEv.textContent(), '确认匹配');
});

step('in English the notice and the status are English', async () => {
  await page.goto(`${h.base}/#/case/${L.id}`);
  await page.locator('[data-testid=lf-owner-panel]').waitFor();
  await page.locator('.lang-switch button[data-lang=en]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=case-status]')?.textContent === 'Found, waiting for you to claim it');
  assert.equal(await page.locator('ol[data-testid=timeline] li[data-action=match] .event-label').textContent(),
    'An item that may be yours was found');
  assert.match(await page.locator('[data-testid=lf-owner-panel]').textContent(), /Bring your ID card to 城中派出所/);
  assert.equal(await page.locator('nav.topnav [data-testid=nav-mylost]').textContent(), 'My lost reports');
  await shot(page, 'lfcitizen-found-en');
  await page.goto(`${h.base}/#/notifications`);
  const n = page.locator('li.notif[data-kind=lf_owner_found]');
  await n.waitFor();
  assert.match(await n.textContent(), /may have been found\. Bring your ID card to 城中派出所 to claim it \(address: /);
  await page.locator('.lang-switch button[data-lang=zh]').click();
  await page.waitForFunction(() => document.querySelector('nav.topnav [data-testid=nav-mylost]')?.textContent === '我的失物登记');
});

step('the citizen withdraws another report of theirs after the question that it cannot be undone', async () => {
  const A = await page.evaluate(async () => {
    const { api } = await import('/api.js');
    const st = (await api('GET', '/lostfound/stations')).items.find((s) => s.name === '西关派出所');
    return api('POST', '/cases', { type: 'lost', category: 'wallet', org_id: st.org_id, body: '棕色皮钱包', color: '棕色' });
  });
  await page.goto(`${h.base}/#/case/${A.id}`);
  await page.locator('[data-action=withdraw]').click();
  const dlg = page.locator('dialog[data-testid=action-withdraw]');
  await dlg.locator('textarea').fill('已自行找到');
  await dlg.locator('button[type=submit]').click();
  const ask = page.locator('dialog[data-testid=confirm]');
  await ask.waitFor();
  assert.match(await ask.locator('.confirm-text').textContent(), /不能恢复/);
  await shot(page, 'lfcitizen-withdraw-ask');
  await ask.locator('button[type=submit]').click();
  await page.waitForFunction(async (id) => (await (await import('/api.js')).api('GET', `/cases/${id}`)).status === 'withdrawn', A.id);
  await page.reload();
  await page.locator('[data-testid=lf-owner-panel]').waitFor();
  assert.equal(await page.locator('[data-testid=case-status]').textContent(), '已撤销');
  assert.match(await page.locator('[data-testid=lf-owner-panel]').textContent(), /该登记已撤销/);
  await shot(page, 'lfcitizen-withdrawn');
});

step('in English the form\'s hint and an open report\'s panel name the Messages page in English (消息 was left in them)', async () => {
  const B = await page.evaluate(async () => {
    const { api } = await import('/api.js');
    const st = (await api('GET', '/lostfound/stations')).items.find((s) => s.name === '西关派出所');
    return api('POST', '/cases', { type: 'lost', category: 'keys', org_id: st.org_id, body: '一串钥匙，挂红绳' });
  });
  await page.evaluate(() => localStorage.setItem('pingan.lang', 'en'));
  await page.goto(`${h.base}/#/mylost/new`);
  await page.reload();
  const hint = page.locator('p.hint', { hasText: 'Messages tells you where to claim it' });
  await hint.waitFor();
  assert.doesNotMatch(await hint.textContent(), /[\u4e00-\u9fff]/);
  await page.goto(`${h.base}/#/case/${B.id}`);
  const panel = page.locator('[data-testid=lf-owner-panel]');
  await panel.filter({ hasText: 'Messages tells you when it is found' }).waitFor();
  assert.doesNotMatch(await panel.textContent(), /[\u4e00-\u9fff]/);
  await shot(page, 'lfcitizen-open-en');
  await page.evaluate(() => localStorage.setItem('pingan.lang', 'zh'));
});
