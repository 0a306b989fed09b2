// Browser test of lost and found (失物招领) walked as its roles, for what the walk of session 29
// found: a found ID card handed back without a lost report names its holder (证件持有人, masked)
// and asks for the 代领说明 when the claimant's number is another's, and the last question no
// longer speaks of a lost report that does not exist; 确认匹配 of a neighbouring station's item
// (相邻派出所) names what the item is and where it is kept, not its bare code; a receipt link
// opened by someone who may not see it (a grid worker) says so as the case page does and leads
// to their own home page, not to a lost-and-found page they cannot use.
// Screenshots: tests/browser/out/lfroles-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot, DESKTOP } from './harness.mjs';

let browser;
let page;
let other;
const contexts = [];
const h = createHarness({
  tmpPrefix: 'pingan-lfroles-', logFile: 'lfroles-server.log', failPrefix: 'lfroles-FAILED-', slugMax: 40,
  pages: () => [['officer', page], ['other', other]],
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

const ago = (min) => new Date(Date.now() - min * 60000).toISOString();

/** A second signed-in page (a new context) for login. */
async function signIn(login) {
  const ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  other = await ctx.newPage();
  h.trackPage(other, login);
  await h.login(other, login, /#\//);
  return other;
}

let returned;   // a found item returned, for the receipt link

step('cz-officer: a found ID card without a lost report goes back to its holder; another claimant needs the 代领说明, and the last question names no lost report', async () => {
  await h.login(page, 'cz-officer', /#\/board/);
  const F = await page.evaluate(async (at) => {
    const { api } = await import('/api.js');
    return api('POST', '/cases', { type: 'found', category: 'id_doc', body: '在公交车上捡到身份证一张',
      serial: '330702199001013523', found_at: at, storage_place: '值班室A柜' });
  }, ago(60));
  await page.goto(`${h.base}/#/case/${F.id}`);
  await page.locator('[data-action=return]').click();
  const dlg = page.locator('[data-testid=lf-return-dialog]');
  // the holder the number on the card names, masked
  const holder = dlg.locator('[data-testid=lf-return-holder]');
  await holder.waitFor();
  assert.equal((await holder.textContent()).trim(), '330702********3523');
  assert.equal((await dlg.locator('dt').filter({ hasText: '证件持有人' }).count()), 1);
  await dlg.locator('[data-testid=lf-claimant_name]').fill('李四');
  await dlg.locator('[data-testid=lf-claimant_id]').fill('11010519491231002X');
  await dlg.locator('[data-testid=lf-verification]').fill('说出证件上的姓名和住址');
  await dlg.locator('[data-testid=lf-do-return]').click();
  await dlg.locator('[data-testid=lf-return-error]').filter({ hasText: '领取人与证件持有人的身份证号不符' }).waitFor();
  assert.equal(await page.locator('dialog[data-testid=confirm]').count(), 0, 'not asked: refused first');
  await shot(page, 'lfroles-holder-proxy');
  await dlg.locator('[data-testid=lf-proxy]').fill('持有人之妻，持户口本');
  await dlg.locator('[data-testid=lf-do-return]').click();
  const ask = page.locator('dialog[data-testid=confirm]');
  await ask.waitFor();
  const q = await ask.textContent();
  assert.match(q, /返还给 李四（110105…002X）？返还后拾遗物登记将结案，不可撤销/);
  assert.doesNotMatch(q, /失物登记都将结案/, 'no lost report to close');
  await shot(page, 'lfroles-holder-ask');
  await ask.locator('button[type=submit]').click();
  await page.waitForURL(/#\/lostfound\/receipt\/\d+$/);
  assert.match(await page.locator('[data-testid=lf-r-proxy]').textContent(), /持有人之妻/);
  returned = F.id;
  // the holder's own number needs no statement (the same dialog on another card)
  const G = await page.evaluate(async (at) => {
    const { api } = await import('/api.js');
    return api('POST', '/cases', { type: 'found', category: 'id_doc', serial: '330702199001013523', found_at: at, storage_place: 'B柜' });
  }, ago(30));
  await page.goto(`${h.base}/#/case/${G.id}`);
  await page.locator('[data-action=return]').click();
  await dlg.locator('[data-testid=lf-return-holder]').waitFor();
  await dlg.locator('[data-testid=lf-claimant_name]').fill('王小明');
  await dlg.locator('[data-testid=lf-claimant_id]').fill('330702199001013523');
  await dlg.locator('[data-testid=lf-verification]').fill('本人证件，人证相符');
  await dlg.locator('[data-testid=lf-do-return]').click();
  await ask.waitFor();
  await ask.locator('button', { hasText: '取消' }).click();
  assert.equal(await dlg.locator('[data-testid=lf-return-error]').textContent(), '');
});

step('cz-officer: 确认匹配 of a neighbouring station\'s item names what it is and where it is kept', async () => {
  const admin = await signIn('admin');
  await admin.evaluate(async () => {
    const { api } = await import('/api.js');
    const orgs = await api('GET', '/orgs');
    const by = (n) => (orgs.items || orgs).find((o) => o.name === n).id;
    await api('PUT', '/lostfound/settings', { neighbours: [{ org_id: by('城中派出所'), neighbour_id: by('西关派出所') }] });
  });
  const xg = await signIn('xg-officer');
  const F = await xg.evaluate(async (at) => {
    const { api } = await import('/api.js');
    return api('POST', '/cases', { type: 'found', category: 'phone', body: '公园长椅上捡到银色vivo手机', color: '银色',
      brand: 'vivo', serial: 'IMEI 8655 4433 2211 009', found_at: at, storage_place: '值班室' });
  }, ago(100));
  const L = await page.evaluate(async ([from, to]) => {
    const { api } = await import('/api.js');
    return api('POST', '/cases', { type: 'lost', category: 'phone', body: '银色vivo手机丢了', color: '银',
      brand: 'VIVO', serial: '865544332211009', lost_from: from, lost_to: to });
  }, [ago(300), ago(200)]);
  await page.goto(`${h.base}/#/case/${L.id}`);
  const cand = page.locator('[data-testid=lf-case-matches] [data-testid=lf-match]').filter({ hasText: F.code });
  await cand.locator('[data-testid=lf-confirm]').click();
  const ask = page.locator('dialog[data-testid=confirm]');
  await ask.waitFor();
  const q = await ask.textContent();
  assert.ok(q.includes(`「${F.code} 手机（银色）（西关派出所）」`), q);
  await shot(page, 'lfroles-nb-confirm-ask');
  await ask.locator('button', { hasText: '取消' }).click();
  // and 排除 the same
  await cand.locator('[data-testid=lf-dismiss]').click();
  await ask.waitFor();
  assert.ok((await ask.textContent()).includes(`「${F.code} 手机（银色）（西关派出所）」`), await ask.textContent());
  await ask.locator('button', { hasText: '取消' }).click();
});

step('grid-worker: a receipt link not theirs says so as the case page does, and leads home — not to 失物招领', async () => {
  const gw = await signIn('grid-worker');
  await gw.goto(`${h.base}/#/lostfound/receipt/${returned}`);
  const none = gw.locator('[data-testid=lf-receipt-none]');
  await none.waitFor();
  assert.match(await none.textContent(), /事项不存在，或不在您的权限范围内/);
  const back = none.locator('[data-testid=lf-receipt-back]');
  assert.equal(await back.getAttribute('href'), '#/events/mine');
  assert.equal((await back.textContent()).trim(), '返回');
  await shot(gw, 'lfroles-gw-receipt');
  // a station's officer with a wrong number is still led back to the lost-and-found page
  await page.goto(`${h.base}/#/lostfound/receipt/987654`);
  const mine = page.locator('[data-testid=lf-receipt-none]');
  await mine.waitFor();
  assert.equal(await mine.locator('[data-testid=lf-receipt-back]').getAttribute('href'), '#/lostfound');
});

step('admin: a return recorded by an admin (none of the station\'s staff) asks who hands it over; the receipt names that officer, not 系统管理员', async () => {
  const admin = await signIn('admin');
  const F = await admin.evaluate(async () => {
    const { api } = await import('/api.js');
    const orgs = await api('GET', '/orgs');
    const cz = (orgs.items || orgs).find((o) => o.name === '城中派出所').id;
    return api('POST', '/cases', { type: 'found', category: 'keys', org_id: cz, body: '一串钥匙，挂蓝色绳', storage_place: 'C柜' });
  });
  await admin.goto(`${h.base}/#/case/${F.id}`);
  await admin.locator('[data-action=return]').click();
  const dlg = admin.locator('[data-testid=lf-return-dialog]');
  const by = dlg.locator('[data-testid=lf-handed-by]');
  await by.locator('option').filter({ hasText: '王磊' }).waitFor({ state: 'attached' });
  assert.equal((await by.locator('option').first().textContent()).trim(), '请选择经办民警');
  await dlg.locator('[data-testid=lf-claimant_name]').fill('赵六');
  await dlg.locator('[data-testid=lf-claimant_id]').fill('330702199001013523');
  await dlg.locator('[data-testid=lf-verification]').fill('说出钥匙上挂着蓝色绳');
  await dlg.locator('[data-testid=lf-do-return]').click();
  await dlg.locator('[data-testid=lf-return-error]').filter({ hasText: '请选择经办民警' }).waitFor();
  assert.equal(await admin.locator('dialog[data-testid=confirm]').count(), 0, 'not asked yet');
  await shot(admin, 'lfroles-admin-pick-officer');
  await by.selectOption({ label: '王磊（民警）' });
  await dlg.locator('[data-testid=lf-do-return]').click();
  await admin.locator('dialog[data-testid=confirm] button[type=submit]').click();
  await admin.waitForURL(/#\/lostfound\/receipt\/\d+$/);
  assert.equal((await admin.locator('[data-testid=lf-r-officer]').textContent()).trim(), '王磊（民警）');
});

step('cz-aux: an auxiliary (辅警) recording a return is offered no 本人 and no auxiliary as 经办民警 — they pick a sworn officer, whom the receipt names', async () => {
  const aux = await signIn('cz-aux');
  const F = await aux.evaluate(async () => {
    const { api } = await import('/api.js');
    return api('POST', '/cases', { type: 'found', category: 'keys', body: '两把钥匙，挂红色绳', storage_place: 'D柜' });
  });
  await aux.goto(`${h.base}/#/case/${F.id}`);
  await aux.locator('[data-action=return]').click();
  const dlg = aux.locator('[data-testid=lf-return-dialog]');
  const by = dlg.locator('[data-testid=lf-handed-by]');
  await by.locator('option').filter({ hasText: '王磊' }).waitFor({ state: 'attached' });
  const opts = (await by.locator('option').allTextContents()).map((o) => o.trim());
  assert.equal(opts[0], '请选择经办民警', JSON.stringify(opts));
  assert.ok(!opts.includes('本人'), `no 本人: ${JSON.stringify(opts)}`);
  assert.ok(!opts.some((o) => /李娜|辅警/.test(o)), `no auxiliary: ${JSON.stringify(opts)}`);
  assert.ok(opts.some((o) => /张建国/.test(o)), `the station's leader is a sworn officer: ${JSON.stringify(opts)}`);
  await dlg.locator('[data-testid=lf-claimant_name]').fill('钱八');
  await dlg.locator('[data-testid=lf-claimant_id]').fill('330702199001013523');
  await dlg.locator('[data-testid=lf-verification]').fill('说出钥匙上挂着红色绳');
  await dlg.locator('[data-testid=lf-do-return]').click();
  await dlg.locator('[data-testid=lf-return-error]').filter({ hasText: '请选择经办民警' }).waitFor();
  assert.equal(await aux.locator('dialog[data-testid=confirm]').count(), 0, 'not asked yet');
  await shot(aux, 'lfroles-aux-pick-officer');
  await by.selectOption({ label: '王磊（民警）' });
  await dlg.locator('[data-testid=lf-do-return]').click();
  await aux.locator('dialog[data-testid=confirm] button[type=submit]').click();
  await aux.waitForURL(/#\/lostfound\/receipt\/\d+$/);
  assert.equal((await aux.locator('[data-testid=lf-r-officer]').textContent()).trim(), '王磊（民警）');
});

step('cz-officer: 撤销登记 of a lost report asks once more after the reason, naming it and saying it cannot be undone; cancelled, the report stays open', async () => {
  const L = await page.evaluate(async (at) => {
    const { api } = await import('/api.js');
    return api('POST', '/cases', { type: 'lost', category: 'other', body: '丢了一把格子雨伞',
      lost_from: at[0], lost_to: at[1] });
  }, [ago(300), ago(240)]);
  await page.goto(`${h.base}/#/case/${L.id}`);
  const open = async () => {
    await page.locator('[data-action=withdraw]').click();
    const dlg = page.locator('dialog[data-testid=action-withdraw]');
    await dlg.locator('textarea').fill('失主已自行找回');
    await dlg.locator('button[type=submit]').click();
    const ask = page.locator('dialog[data-testid=confirm]');
    await ask.waitFor();
    return ask;
  };
  let ask = await open();
  const text = await ask.locator('.confirm-text').textContent();
  assert.match(text, new RegExp(`撤销登记「${L.code} `));
  assert.match(text, /不能恢复/);
  await shot(page, 'lfroles-withdraw-ask');
  await ask.locator('button[type=button]').click();
  await ask.waitFor({ state: 'detached' });
  const still = await page.evaluate(async (id) => (await (await import('/api.js')).api('GET', `/cases/${id}`)).status, L.id);
  assert.equal(still, 'open', 'cancelled: nothing sent');
  // asked and answered: withdrawn
  const dlg = page.locator('dialog[data-testid=action-withdraw]');
  if (await dlg.count()) await dlg.locator('button[type=submit]').click();
  else ask = await open();
  await page.locator('dialog[data-testid=confirm] button[type=submit]').click();
  await page.waitForFunction(async (id) => (await (await import('/api.js')).api('GET', `/cases/${id}`)).status === 'withdrawn', L.id);
});
