// Browser test of an ended claim period (认领期限届满), judged on the server's clock: the server
// runs 10 days ahead of the browser (PINGAN_TEST_CLOCK_OFFSET_MS), as a station PC whose clock is
// behind would be, and one found item's claim period ends between the two clocks. The public
// notice (found.html, no login) still lists it, marked 已过认领期 with a word to ask the station
// (in English too); its page says the period ended and disposal may be asked for (it read
// 届满后方可申请处置 under a 申请处置 button); the 临近认领期限 list says 已届满 (it read 0), in
// English "ended". The 申请处置 and 依法处置 dialogs name the field left empty (请选择处置方式,
// 请填写理由: they said 请填写必填项), and the registration form names the owner (the finder) in a
// refused phone number in English as in Chinese ("phone number of person 1" before).
// Screenshots: tests/browser/out/lf-claimend-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHarness, shot, DESKTOP } from './harness.mjs';

const DAY = 86400000;
const AHEAD = 10 * DAY;          // the server's clock, ahead of the browser's

let browser;
let officer;
let leader;
let visitor;
const contexts = [];
const items = {};                // ended: E, running: R (both 城中派出所, both on notice)
const h = createHarness({
  tmpPrefix: 'pingan-lf-claimend-', logFile: 'server-lf-claimend.log', failPrefix: 'FAILED-lf-claimend-', slugMax: 40,
  pages: () => [['officer', officer], ['leader', leader], ['visitor', visitor]],
});
const { step } = h;

function sql(text) {
  const r = spawnSync('sqlite3', [path.join(h.tmp, 't.db'), text], { encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

async function newPage(label) {
  const ctx = await browser.newContext(DESKTOP);
  contexts.push(ctx);
  const p = await ctx.newPage();
  h.trackPage(p, label);
  return p;
}

before(async () => {
  process.env.PINGAN_TEST_CLOCK_OFFSET_MS = String(AHEAD);
  try {
    ({ browser } = await h.start());
  } finally {
    delete process.env.PINGAN_TEST_CLOCK_OFFSET_MS;
  }
  officer = await newPage('cz-officer');
  leader = await newPage('cz-leader');
  visitor = await newPage('visitor');
});
after(() => h.stop(contexts));

step('two found items on notice: one whose claim period has ended on the server\'s clock (not yet on the browser\'s), one running', async () => {
  await h.login(officer, 'cz-officer', /#\//);
  const made = await officer.evaluate(async () => {
    const { api } = await import('/api.js');
    const E = await api('POST', '/cases', { type: 'found', category: 'bag', body: '黑色双肩包一个', color: '黑色', storage_place: 'A柜' });
    const R = await api('POST', '/cases', { type: 'found', category: 'keys', body: '钥匙一串', storage_place: 'B柜' });
    return { E, R };
  });
  Object.assign(items, made);
  // on notice since yesterday; E's period ended 5 days ago for the server, ends in 5 days for the
  // browser; R's ends in 10 days for the server (20 for the browser): both within 30 days
  const now = Date.now();
  sql(`UPDATE found_details SET notice_at = ${now - DAY}, claim_end_at = ${now + 5 * DAY} WHERE case_id = ${made.E.id}`);
  sql(`UPDATE found_details SET notice_at = ${now - DAY}, claim_end_at = ${now + AHEAD + 10 * DAY} WHERE case_id = ${made.R.id}`);
});

step('the public notice keeps the ended item listed, marked 已过认领期 with a word to ask the station; the running one is not marked', async () => {
  await visitor.goto(`${h.base}/found.html?org_id=${items.E.org_id}`);
  const ended = visitor.locator('[data-testid=pf-row]').filter({ hasText: items.E.code });
  await ended.waitFor();
  assert.equal(await ended.getAttribute('data-ended'), '1');
  assert.equal((await ended.locator('[data-testid=pf-ended]').textContent()).trim(), '已过认领期');
  const cell = await ended.locator('td').nth(5).textContent();
  assert.match(cell, /^\d{4}-\d{2}-\d{2} 已过认领期物品尚未处理，请先向派出所询问能否认领$/, cell);
  const running = visitor.locator('[data-testid=pf-row]').filter({ hasText: items.R.code });
  await running.waitFor();
  assert.equal(await running.getAttribute('data-ended'), null);
  assert.equal(await running.locator('[data-testid=pf-ended]').count(), 0);
  assert.match(await running.locator('td').nth(5).textContent(), /^\d{4}-\d{2}-\d{2}$/);
  await shot(visitor, 'lf-claimend-public');
  // in English the mark and the word are English, nothing Chinese
  await visitor.goto(`${h.base}/found.html?lang=en&org_id=${items.E.org_id}`);
  const en = visitor.locator('[data-testid=pf-row]').filter({ hasText: items.E.code });
  await en.waitFor();
  assert.equal((await en.locator('[data-testid=pf-ended]').textContent()).trim(), 'Claim period over');
  const enCell = await en.locator('td').nth(5).textContent();
  assert.match(enCell, /ask the station whether it can still be claimed/, enCell);
  assert.doesNotMatch(enCell, /[\u4e00-\u9fff]/, enCell);
});

step('the ended item\'s page says the period ended and disposal may be asked for; the running one\'s says until when', async () => {
  await officer.goto(`${h.base}/#/case/${items.E.id}`);
  const clock = officer.locator('[data-testid=lf-claim-clock]');
  await clock.waitFor();
  assert.match(await clock.textContent(), /^认领期限已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 届满，可以申请处置或依法处置。$/);
  // and the server offers 申请处置 on it
  await officer.locator('[data-action=request_disposal]').waitFor();
  await shot(officer, 'lf-claimend-item');
  await officer.goto(`${h.base}/#/case/${items.R.id}`);
  await officer.locator('[data-testid=lf-claim-clock]').filter({ hasText: /^认领期限至 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 届满，届满后方可申请处置或依法处置。$/ }).waitFor();
});

step('申请处置 names the field left empty: 请选择处置方式, then 请填写理由; nothing is sent', async () => {
  await officer.goto(`${h.base}/#/case/${items.E.id}`);
  await officer.locator('[data-action=request_disposal]').click();
  const dlg = officer.locator('dialog[open][data-testid=action-request_disposal]');
  await dlg.waitFor();
  await dlg.locator('button[type=submit]').click();
  const err = dlg.locator('.alert-error');
  await err.filter({ hasText: '请选择处置方式。' }).waitFor();
  assert.doesNotMatch(await err.textContent(), /必填项/);
  assert.equal(await officer.evaluate(() => document.activeElement.name), 'disposal');
  await dlg.locator('select[name=disposal]').selectOption('treasury');
  await dlg.locator('button[type=submit]').click();
  await err.filter({ hasText: '请填写理由。' }).waitFor();
  assert.equal(await officer.evaluate(() => document.activeElement.name), 'note');
  await shot(officer, 'lf-claimend-request-empty');
  await dlg.locator('button', { hasText: '取消' }).click();
  const v = await officer.evaluate(async (id) => (await (await import('/api.js')).api('GET', `/cases/${id}`)).status, items.E.id);
  assert.equal(v, 'registered', 'nothing sent');
});

step('依法处置 (a leader) names the field left empty the same way', async () => {
  await h.login(leader, 'cz-leader', /#\//);
  await leader.goto(`${h.base}/#/case/${items.E.id}`);
  await leader.locator('[data-action=dispose]').click();
  const dlg = leader.locator('dialog[open][data-testid=action-dispose]');
  await dlg.waitFor();
  await dlg.locator('button[type=submit]').click();
  const err = dlg.locator('.alert-error');
  await err.filter({ hasText: '请选择处置方式。' }).waitFor();
  await dlg.locator('select[name=disposal]').selectOption('auction');
  await dlg.locator('button[type=submit]').click();
  await err.filter({ hasText: '请填写理由。' }).waitFor();
  await shot(leader, 'lf-claimend-dispose-empty');
  await dlg.locator('button', { hasText: '取消' }).click();
  await dlg.waitFor({ state: 'detached' });
});

step('the 临近认领期限 list says 已届满 for the ended item (it read 0) and the days for the running one; in English "ended"', async () => {
  await officer.goto(`${h.base}/#/lostfound`);
  const list = officer.locator('[data-testid=lf-expiring]');
  const ended = list.locator('tr', { hasText: items.E.code });
  await ended.waitFor();
  assert.equal((await ended.locator('[data-testid=lf-days-left]').textContent()).trim(), '已届满');
  const running = list.locator('tr', { hasText: items.R.code });
  assert.equal((await running.locator('[data-testid=lf-days-left]').textContent()).trim(), '10');
  await list.scrollIntoViewIfNeeded();
  await shot(officer, 'lf-claimend-expiring');
  await officer.evaluate(() => localStorage.setItem('pingan.lang', 'en'));
  await officer.reload();
  const enRow = officer.locator('[data-testid=lf-expiring] tr', { hasText: items.E.code });
  await enRow.waitFor();
  assert.equal((await enRow.locator('[data-testid=lf-days-left]').textContent()).trim(), 'ended');
});

step('in English a refused phone number on the registration form names the owner (the finder), as the Chinese does', async () => {
  // still in English, on the 失物招领 page
  const form = officer.locator('.lf-form');
  const msg = form.locator('[data-testid=lf-registered]');
  await form.locator('[data-testid=lf-tab-lost]').click();
  await form.locator('[data-testid=lf-category]').selectOption('bag');
  await form.locator('[data-testid=lf-body]').fill('lost a grey backpack');
  await form.locator('[data-testid=lf-person_phone]').fill('12345');
  await form.locator('[data-testid=lf-save]').click();
  await msg.filter({ hasText: /^the owner's phone number must be a mainland mobile number/ }).waitFor();
  assert.doesNotMatch(await msg.textContent(), /person 1|[\u4e00-\u9fff]/);
  assert.equal(await officer.evaluate(() => document.activeElement.dataset.testid), 'lf-person_phone');
  await shot(officer, 'lf-claimend-phone-en');
  await form.locator('[data-testid=lf-tab-found]').click();
  await form.locator('[data-testid=lf-category]').selectOption('bag');
  await form.locator('[data-testid=lf-person_phone]').fill('12345');
  await form.locator('[data-testid=lf-save]').click();
  await msg.filter({ hasText: /^the finder's phone number must be/ }).waitFor();
  // and in Chinese, 失主的联系电话 as before
  await officer.evaluate(() => localStorage.setItem('pingan.lang', 'zh'));
  await officer.reload();
  const zh = officer.locator('.lf-form');
  await zh.locator('[data-testid=lf-category]').selectOption('bag');
  await zh.locator('[data-testid=lf-body]').fill('丢了一个灰色双肩包');
  await zh.locator('[data-testid=lf-person_phone]').fill('12345');
  await zh.locator('[data-testid=lf-save]').click();
  await zh.locator('[data-testid=lf-registered]').filter({ hasText: /^失主的联系电话应为/ }).waitFor();
  assert.equal(await zh.locator('[data-testid=lf-registered-link]').count(), 0, 'nothing registered');
});
