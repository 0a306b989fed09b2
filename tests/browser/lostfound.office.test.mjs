// Browser test of where to claim (认领地点): the admin sets 城中派出所's claim office on the
// catalogue page (目录维护 › 失物招领物品类别: 认领地点) — a wrong phone is refused in Chinese —
// and the public notice (found.html, no login) shows it under the station's name, once in a
// block above the list when filtered by the station, in English too, and on a 360 px phone
// without sideways scrolling; the receipt (领取凭证) of a returned item prints the address and
// phone. Screenshots: tests/browser/out/lf-office-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot, DESKTOP, PHONE, PASSWORD } from './harness.mjs';

let base;
let browser;
let admin;
const contexts = [];
const h = createHarness({
  tmpPrefix: 'pingan-lf-office-', logFile: 'server-lf-office.log', failPrefix: 'FAILED-lf-office-', slugMax: 40,
  pages: () => [['admin', admin]],
});
const { step } = h;

const OFFICE = { address: '婺城区八一南街218号 城中派出所一楼接待大厅2号窗口', phone: '0579-82301110转8001', hours: '周一至周五 8:30-17:30' };
let item;           // a found item of 城中 on notice

async function call(token, method, path, body) {
  const r = await fetch(`${base}/api/v1${path}`, { method, headers: { 'Content-Type': 'application/json',
    ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const j = await r.json();
  assert.ok(r.ok, `${method} ${path}: ${r.status} ${JSON.stringify(j)}`);
  return j;
}
const login = async (who) => (await call(null, 'POST', '/session', { login: who, password: PASSWORD })).token;

before(async () => {
  ({ base, browser } = await h.start());
  const ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  admin = await ctx.newPage();
  h.trackPage(admin, 'admin');
});
after(() => h.stop(contexts));

step('admin: the catalogue page sets a station\'s claim office; a wrong phone is refused in Chinese', async () => {
  await h.login(admin, 'admin', /#\//);
  await admin.goto(`${base}/#/catalogue?kind=lost`);
  const form = admin.locator('[data-testid=lf-offices]');
  await form.waitFor();
  await admin.waitForFunction(() => document.querySelectorAll('[data-testid=lf-office-station] option').length >= 2);
  await form.locator('[data-testid=lf-office-station]').selectOption({ label: '城中派出所' });
  // the demo's invented office fills the inputs
  assert.match(await form.locator('[data-testid=lf-office-address]').inputValue(), /城中派出所/);
  await form.locator('[data-testid=lf-office-address]').fill(OFFICE.address);
  await form.locator('[data-testid=lf-office-phone]').fill('0579-82301110 分机8001');
  await form.locator('[data-testid=lf-office-hours]').fill(OFFICE.hours);
  await form.locator('[data-testid=lf-office-save]').click();
  const err = admin.locator('.alert-error');
  await err.waitFor();
  assert.match(await err.textContent(), /联系电话只能包含数字/);
  await shot(admin, 'lf-office-admin-refused');
  await err.locator('.alert-close').click();
  await form.locator('[data-testid=lf-office-phone]').fill(OFFICE.phone);
  await form.locator('[data-testid=lf-office-save]').click();
  await admin.locator('.alert-success').filter({ hasText: '已保存城中派出所的认领地点' }).waitFor();
  await form.scrollIntoViewIfNeeded();
  await shot(admin, 'lf-office-admin-saved');
  // stored: another station and back shows what was saved
  await form.locator('[data-testid=lf-office-station]').selectOption({ label: '西关派出所' });
  assert.notEqual(await form.locator('[data-testid=lf-office-address]').inputValue(), OFFICE.address);
  await form.locator('[data-testid=lf-office-station]').selectOption({ label: '城中派出所' });
  assert.equal(await form.locator('[data-testid=lf-office-phone]').inputValue(), OFFICE.phone);
  const stored = await admin.evaluate(async () => (await (await fetch('/api/v1/lostfound/offices')).json()).items);
  const cz = stored.find((o) => o.name === '城中派出所');
  assert.deepEqual([cz.address, cz.phone, cz.hours], [OFFICE.address, OFFICE.phone, OFFICE.hours]);
});

step('the public notice shows where to claim under the station\'s name, and once above the list filtered by it', async () => {
  const a = await login('admin');
  const officer = await login('cz-officer');
  await call(a, 'PUT', '/lostfound/settings', { notice_days: 0 });
  item = await call(officer, 'POST', '/cases', { type: 'found', category: 'bag', body: '黑色双肩包，内有笔记本电脑',
    color: '黑色', serial: 'SN-99887766', storage_place: 'C柜' });
  await call(a, 'PUT', '/lostfound/settings', { notice_days: 3 });
  const ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  const p = await ctx.newPage();
  h.trackPage(p, 'public');
  await p.goto(`${base}/found.html`);
  const row = p.locator('[data-testid=pf-row]').filter({ hasText: item.code });
  await row.waitFor();
  const cellText = await row.locator('td').nth(4).textContent();
  assert.ok(cellText.startsWith('城中派出所'), cellText);
  for (const part of ['认领地址', OFFICE.address, '联系电话', OFFICE.phone, '办公时间', OFFICE.hours])
    assert.ok(cellText.includes(part), `the station's cell shows ${part}: ${cellText}`);
  assert.equal(await row.locator('[data-testid=pf-office-phone] a').getAttribute('href'), 'tel:057982301110;ext=8001');
  const text = await p.locator('main').textContent();
  for (const secret of ['笔记本', '99887766', 'C柜', '王磊', '张建国'])
    assert.ok(!text.includes(secret), `the public page must not show ${secret}`);
  assert.equal(await p.locator('[data-testid=pf-office]').isVisible(), false, 'no block without a station chosen');
  await shot(p, 'lf-office-public');
  // filtered by 城中: the block says it once, the rows name the station only
  await p.locator('#pf-station').selectOption({ label: (await p.locator('#pf-station option').allTextContents()).find((t) => t.startsWith('城中派出所')) });
  const block = p.locator('[data-testid=pf-office]');
  await block.waitFor();
  assert.match(await block.locator('h2').textContent(), /^城中派出所 认领地点$/);
  assert.ok((await block.textContent()).includes(OFFICE.address));
  await p.locator('#pf-shown').filter({ hasText: /已显示 \d+ 件/ }).waitFor();
  // the rows of the filtered list, not the unfiltered one still on screen (seen under load)
  const chosen = await p.locator('#pf-station').inputValue();
  await p.locator(`#pf-rows[data-query="${chosen}/"]`).waitFor({ state: 'attached' });
  for (const t of await p.locator('[data-testid=pf-row]').evaluateAll((rs) => rs.map((r) => r.cells[4].textContent)))
    assert.equal(t, '城中派出所');
  await shot(p, 'lf-office-public-station');
  // a link to the station opens with its block
  await p.goto(`${base}/found.html?org_id=${item.org_id}`);
  await p.locator('[data-testid=pf-office]').waitFor();
});

step('in English and on a 360 px phone: the labels in English, nothing wider than the phone', async () => {
  const ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  const p = await ctx.newPage();
  h.trackPage(p, 'public-en');
  await p.goto(`${base}/found.html?lang=en`);
  const row = p.locator('[data-testid=pf-row]').filter({ hasText: item.code });
  await row.waitFor();
  const cellText = await row.locator('td').nth(4).textContent();
  for (const part of ['Address', 'Phone', 'Hours', OFFICE.phone])
    assert.ok(cellText.includes(part), `${part} in ${cellText}`);
  assert.ok(!/认领|联系|办公/.test(cellText.replace(OFFICE.address, '').replace(OFFICE.hours, '')), cellText);
  await p.goto(`${base}/found.html?lang=en&org_id=${item.org_id}`);
  await p.locator('[data-testid=pf-office] h2').filter({ hasText: 'Where to claim: 城中派出所' }).waitFor();
  await shot(p, 'lf-office-public-en');
  const phone = await browser.newContext(PHONE);
  contexts.push(phone);
  const pp = await phone.newPage();
  h.trackPage(pp, 'phone');
  for (const url of ['/found.html', `/found.html?org_id=${item.org_id}`]) {
    await pp.goto(base + url);
    await pp.locator('[data-testid=pf-row]').first().waitFor();
    const overflow = await pp.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${url}: the page is as wide as the phone (${overflow}px more)`);
  }
  await shot(pp, 'lf-office-public-phone-station');
  await pp.goto(base + '/found.html');
  await pp.locator('[data-testid=pf-row]').filter({ hasText: item.code }).waitFor();
  await shot(pp, 'lf-office-public-phone');
});

step('the receipt of a returned item prints the station\'s address and phone', async () => {
  const officer = await login('cz-officer');
  await call(officer, 'POST', `/cases/${item.id}/actions`, { action: 'return', fields: {
    persons: [{ role: 'claimant', name: '李小红', id_number: '330702199001013523' }], verification: '说出包内笔记本电脑的型号' } });
  const ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  const p = await ctx.newPage();
  h.trackPage(p, 'cz-officer');
  await h.login(p, 'cz-officer', /#\//);
  await p.goto(`${base}/#/lostfound/receipt/${item.id}`);
  await p.locator('[data-testid=lf-receipt]').waitFor();
  await p.locator('[data-testid=lf-r-address]').waitFor();
  assert.equal(await p.locator('[data-testid=lf-r-address]').textContent(), OFFICE.address);
  assert.equal(await p.locator('[data-testid=lf-r-phone]').textContent(), OFFICE.phone);
  await shot(p, 'lf-office-receipt');
});

step('the station\'s 失物招领 page: its officers read the office, its leader edits it there', async () => {
  const ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  const p = await ctx.newPage();
  h.trackPage(p, 'cz-officer-page');
  await h.login(p, 'cz-officer', /#\//);
  await p.goto(`${base}/#/lostfound`);
  const box = p.locator('[data-testid=lf-office]');
  await box.locator('[data-testid=lf-office-address]').waitFor();
  assert.equal(await box.locator('[data-testid=lf-office-address]').textContent(), OFFICE.address);
  assert.equal(await box.locator('[data-testid=lf-office-edit]').count(), 0, 'an officer does not edit it');
  assert.doesNotMatch(await box.textContent(), /null|undefined/, 'nothing in the panel but the office');
  const lctx = await browser.newContext(DESKTOP);
  contexts.push(lctx);
  const l = await lctx.newPage();
  h.trackPage(l, 'cz-leader');
  await h.login(l, 'cz-leader', /#\//);
  await l.goto(`${base}/#/lostfound`);
  const lbox = l.locator('[data-testid=lf-office]');
  await lbox.locator('[data-testid=lf-office-edit]').click();
  await lbox.locator('[data-testid=lf-office-in-phone]').fill('0579-8230 1110 ext 8');
  await lbox.locator('[data-testid=lf-office-save]').click();
  await l.locator('.alert-error').filter({ hasText: '联系电话只能包含数字' }).waitFor();
  await lbox.locator('[data-testid=lf-office-in-phone]').fill(OFFICE.phone);
  await lbox.locator('[data-testid=lf-office-in-hours]').fill('周一至周日 8:00-20:00');
  await lbox.locator('[data-testid=lf-office-save]').click();
  await lbox.locator('[data-testid=lf-office-hours]').filter({ hasText: '周一至周日 8:00-20:00' }).waitFor();
  await lbox.scrollIntoViewIfNeeded();
  await shot(l, 'lf-office-leader');
  // stored (the station has nothing on notice any more: read as staff)
  const all = await l.evaluate(async () => (await (await fetch('/api/v1/lostfound/offices')).json()).items);
  const cz = all.find((o) => o.name === '城中派出所');
  assert.deepEqual([cz.address, cz.phone, cz.hours], [OFFICE.address, OFFICE.phone, '周一至周日 8:00-20:00']);
});
