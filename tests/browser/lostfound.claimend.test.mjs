// Browser test of an ended claim period (认领期限届满), judged on the server's clock: the server
// runs 10 days ahead of the browser (PINGAN_TEST_CLOCK_OFFSET_MS), as a station PC whose clock is
// behind would be, and one found item's claim period ends between the two clocks. The public
// notice (found.html, no login) still lists it, marked 已过认领期 with a word to ask the station
// (in English too); its page says the period ended and disposal may be asked for (it read
// 届满后方可申请处置 under a 申请处置 button); the 临近认领期限 list says 已届满 (it read 0), in
// English "ended". The 申请处置 and 依法处置 dialogs name the field left empty (请选择处置方式,
// 请填写理由: they said 请填写必填项), and the registration form names the owner (the finder) in a
// refused phone number in English as in Chinese ("phone number of person 1" before).
// Then the successful disposal, end to end, in Chinese and in English: the officer asks (the
// page says it waits for the leader and may still be returned), the leader approves from the
// notice (the dialog's one question names how), a leader disposes of another item himself (the
// second question names the disposal chosen: it named none); the item is 已处置 with who, when,
// how and why on its timeline (批准处置 named only who and when) and no button; the officers are
// told (of the leader's own disposal too: nobody was), the leader's to-do is done, the
// 临近认领期限 list, 待我审批 and the public notice drop it, and the statistics count it —
// 失物招领统计 on the server's period (the browser's dates left the last 10 days out) and
// 所情统计's new 失物招领 block.
// Screenshots: tests/browser/out/lf-claimend-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHarness, shot, expectStatus, DESKTOP } from './harness.mjs';

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

// ---- the successful disposal, end to end: an officer asks (申请处置), the leader is told and
// approves from the notice (批准处置, its one confirmation naming how); a leader disposes of his
// own accord (依法处置, asked once more naming the disposal chosen, the desk told — it told
// nobody); the item is 已处置 with who, when, how and why on its timeline and no button left;
// the 临近认领期限 list, the desk's 待我审批 and the public notice drop it; the statistics count it
// (失物招领统计 on the server's period: a PC whose clock is behind left the last days out; 所情统计
// has a 失物招领 block now). Then the same in English.

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const more = {};                 // G (zh, the leader's own), D and H (English)

/** The action buttons of the item's page (not the timeline's entries, which carry data-action too). */
const buttons = (p) => p.locator('.actions-panel button[data-action]').evaluateAll((bs) => bs.map((b) => b.dataset.action));
/** What the page's API says of case id (in the page's language). */
const caseOf = (p, id) => p.evaluate(async (i) => (await import('/api.js')).api('GET', `/cases/${i}`), id);
/** The China date of the server's clock, days from now. */
const serverDay = (days = 0) => new Date(Date.now() + AHEAD + days * DAY + 8 * 3600000).toISOString().slice(0, 10);

step('three more found items whose claim period has ended (one to dispose of in Chinese, two in English)', async () => {
  const made = await officer.evaluate(async () => {
    const { api } = await import('/api.js');
    const G = await api('POST', '/cases', { type: 'found', category: 'wallet', body: '棕色钱包，内无证件', color: '棕色', storage_place: 'C柜' });
    const D = await api('POST', '/cases', { type: 'found', category: 'phone', body: '黑色手机一部，屏幕碎裂', color: '黑色', storage_place: 'D柜' });
    const H = await api('POST', '/cases', { type: 'found', category: 'cash', body: '现金50元', storage_place: '保险柜' });
    return { G, D, H };
  });
  Object.assign(more, made);
  const now = Date.now();
  for (const c of Object.values(made))
    sql(`UPDATE found_details SET notice_at = ${now - DAY}, claim_end_at = ${now + 5 * DAY} WHERE case_id = ${c.id}`);
});

step('申请处置 (the officer): the item waits for the leader, and its page says so and that its owner may still claim it', async () => {
  await officer.goto(`${h.base}/#/case/${items.E.id}`);
  await officer.locator('button[data-action=request_disposal]').click();
  const dlg = officer.locator('dialog[open][data-testid=action-request_disposal]');
  await dlg.locator('select[name=disposal]').selectOption('treasury');
  await dlg.locator('[name=note]').fill('认领期满无人认领，申请上缴国库');
  await dlg.locator('button[type=submit]').click();
  await expectStatus(officer, '处置待审批');
  const waiting = officer.locator('[data-testid=lf-disposal-waiting]');
  assert.equal((await waiting.textContent()).trim(), '已申请处置（上缴国库），待所长审批；审批前失主来认领仍可返还。');
  // the owner may still come: 移库 and 返还失主 stay; 申请处置 is done
  assert.deepEqual(await buttons(officer), ['move', 'return']);
  const asked = officer.locator('[data-testid=timeline] li[data-action=request_disposal]');
  assert.match(await asked.innerText(), /认领期满无人认领，申请上缴国库[\s\S]*处置方式：上缴国库/);
  assert.doesNotMatch(await asked.locator('.event-label, .event-status, .event-data').allInnerTexts().then((x) => x.join(' ')), /[A-Za-z]/);
  await shot(officer, 'lf-claimend-requested');
});

step('批准处置 (the leader): from the notice to the item; the dialog shows what was asked and asks once, naming how; the item is 已处置 with who, when, how and why, and no button left', async () => {
  await leader.goto(`${h.base}/#/notifications`);
  const n = leader.locator('li[data-kind=lf_disposal]').filter({ hasText: items.E.code });
  await n.waitFor();
  // the officer's reason is quoted in the leader's to-do notice
  assert.equal((await n.locator('.notif-message').textContent()).trim(), `拾遗物处置待审批：${items.E.title}（备注：认领期满无人认领，申请上缴国库）`);
  assert.equal((await n.locator('.tag').textContent()).trim(), '拾遗物处置待审批');
  await shot(leader, 'lf-claimend-leader-inbox');
  await n.locator('.notif-message').click();
  await leader.waitForURL(new RegExp(`#/case/${items.E.id}$`));
  await expectStatus(leader, '处置待审批');
  assert.deepEqual(await buttons(leader), ['move', 'return', 'approve_disposal', 'refuse_disposal']);
  await leader.locator('button[data-action=approve_disposal]').click();
  const dlg = leader.locator('dialog[open][data-testid=action-approve_disposal]');
  await dlg.waitFor();
  assert.equal((await dlg.locator('[data-testid=lf-asked-disposal]').textContent()).trim(), '上缴国库');
  assert.equal((await dlg.locator('[data-testid=lf-asked-reason]').textContent()).trim(), '认领期满无人认领，申请上缴国库');
  assert.match(await dlg.locator('[data-testid=lf-asked-asked_by]').textContent(), /^王磊/);
  assert.equal((await dlg.locator('[data-testid=action-question]').textContent()).trim(),
    `处置「${items.E.code} ${items.E.title}」？处置方式：上缴国库。处置后物品不再返还失主，不可撤销。`);
  // the leader may say a word with it (备注（可选）), kept on the timeline
  assert.match(await dlg.innerText(), /备注（可选）/);
  await dlg.locator('textarea[name=note]').fill('同意上缴，入账后归档');
  await shot(leader, 'lf-claimend-approve');
  await dlg.locator('button[type=submit]').click();
  await expectStatus(leader, '已处置');
  assert.equal(await leader.locator('dialog[data-testid=confirm]').count(), 0, 'asked once');
  // nothing left to do on it: no action, no edit
  await leader.locator('[data-testid=no-actions]').waitFor();
  assert.deepEqual(await buttons(leader), []);
  assert.equal(await leader.locator('[data-testid=case-edit-open]').count(), 0);
  // the timeline: who asked, why and how; who approved, when, and how it was disposed of
  const tl = leader.locator('[data-testid=timeline]');
  const approved = tl.locator('li[data-action=approve_disposal]');
  assert.match(await approved.locator('.event-actor').textContent(), /^张建国/);
  assert.match(await approved.locator('.event-time').textContent(), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  assert.equal((await approved.locator('.event-data').textContent()).trim(), '处置方式：上缴国库');
  assert.equal((await approved.locator('.event-note').textContent()).trim(), '同意上缴，入账后归档');
  assert.match(await tl.locator('li[data-action=request_disposal]').innerText(), /王磊[\s\S]*认领期满无人认领，申请上缴国库/);
  // the item's rows: how and when, not the return's (never returned) nor the notice's
  assert.equal((await leader.locator('[data-testid=case-field-disposal]').textContent()).trim(), '上缴国库');
  assert.match(await leader.locator('[data-testid=case-field-disposed_at]').textContent(), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  for (const f of ['returned_at', 'handed_by', 'verification', 'lost_id', 'notice_at', 'claim_end_at'])
    assert.equal(await leader.locator(`[data-testid=case-field-${f}]`).count(), 0, f);
  assert.equal(await leader.locator('[data-testid=lf-disposal-waiting], [data-testid=lf-claim-clock]').count(), 0);
  const page = await leader.locator('main').innerText();
  assert.doesNotMatch(page, /treasury|disposal_pending|disposed\b|approve_disposal/, 'no codes');
  await shot(leader, 'lf-claimend-disposed');
});

step('afterwards: the officer is told, the leader\'s to-do is done, 临近认领期限, 待我审批 and the public notice drop the item, the statistics count it', async () => {
  await officer.goto(`${h.base}/#/notifications`);
  const n = officer.locator('li[data-kind=lf_disposal_approved]').filter({ hasText: items.E.code });
  await n.waitFor();
  // the leader's note is quoted in the notice (同意上缴，入账后归档)
  assert.equal((await n.locator('.notif-message').textContent()).trim(), `拾遗物处置已批准：${items.E.title}（备注：同意上缴，入账后归档）`);
  const todo = await leader.evaluate(async (id) => ((await (await import('/api.js')).api('GET', '/notifications')).items || [])
    .find((x) => x.case_id === id && x.kind === 'lf_disposal'), items.E.id);
  assert.ok(todo && todo.done_at, 'the leader\'s to-do is done');
  // 临近认领期限: the running item and the ended ones not yet disposed of stay
  await leader.goto(`${h.base}/#/lostfound`);
  const exp = leader.locator('[data-testid=lf-expiring]');
  await exp.locator('tr', { hasText: items.R.code }).waitFor();
  await exp.locator('tr', { hasText: more.G.code }).waitFor();
  assert.equal(await exp.locator('tr', { hasText: items.E.code }).count(), 0);
  // 失物招领统计, on the server's period (the browser is 10 days behind): one bag disposed of
  const stats = leader.locator('[data-testid=lf-stats]');
  const bag = stats.locator('[data-testid=lf-stats-row]').filter({ hasText: /^包/ });
  await bag.locator('td').nth(8).filter({ hasText: /^1$/ }).waitFor();
  assert.equal(await stats.locator('[data-testid=lf-stats-to]').inputValue(), serverDay());
  await stats.scrollIntoViewIfNeeded();
  await shot(leader, 'lf-claimend-stats');
  // the desk: nothing waits for approval of it
  await leader.goto(`${h.base}/#/desk`);
  await leader.locator('[data-testid=desk-approval]').first().waitFor();
  assert.equal(await leader.locator(`[data-testid=desk-approval][data-id="${items.E.id}"]`).count(), 0);
  // 所情统计: its 失物招领 block, on the server's period too (the browser is 10 days behind:
  // its own year left the disposal out); the inputs then show the server's days
  await leader.goto(`${h.base}/#/desk-stats`);
  const lf = leader.locator('[data-testid=lf-desk-stats]');
  await lf.locator('[data-count=lf-disposed] .count-value').filter({ hasText: /^1$/ }).waitFor();
  assert.equal(await leader.locator('input[name=to]').inputValue(), serverDay(1));
  const today = serverDay();
  assert.equal(await leader.locator('input[name=from]').inputValue(), `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`);
  assert.doesNotMatch(leader.url(), /from=|to=/, 'the address keeps no period it did not pick');
  assert.equal((await lf.locator('[data-count=lf-disposed] .count-label').textContent()).trim(), '依法处置');
  assert.equal((await lf.locator('[data-count=lf-found] .count-value').textContent()).trim(), '5');
  await lf.scrollIntoViewIfNeeded();
  await shot(leader, 'lf-claimend-desk-stats');
  // the public notice: gone; the running item stays
  await visitor.goto(`${h.base}/found.html?org_id=${items.E.org_id}`);
  await visitor.locator('[data-testid=pf-row]').filter({ hasText: items.R.code }).waitFor();
  assert.equal(await visitor.locator('[data-testid=pf-row]').filter({ hasText: items.E.code }).count(), 0);
  await shot(visitor, 'lf-claimend-public-after');
});

step('依法处置 (the leader\'s own): the question names the disposal chosen; the desk is told', async () => {
  const G = more.G;
  await leader.goto(`${h.base}/#/case/${G.id}`);
  await leader.locator('button[data-action=dispose]').click();
  const dlg = leader.locator('dialog[open][data-testid=action-dispose]');
  await dlg.locator('select[name=disposal]').selectOption('destroy');
  await dlg.locator('[name=note]').fill('认领期满无人认领，钱包破损，依法销毁');
  await dlg.locator('button[type=submit]').click();
  const ask = leader.locator('dialog[open][data-testid=confirm]');
  await ask.waitFor();
  assert.match(await ask.innerText(), new RegExp(`处置「${G.code} ${G.title.replace(/[()（）]/g, '.')}」？处置方式：销毁。处置后物品不再返还失主，不可撤销。`));
  await shot(leader, 'lf-claimend-dispose-confirm');
  await ask.locator('button[type=submit]').click();
  await expectStatus(leader, '已处置');
  const ev = leader.locator('[data-testid=timeline] li[data-action=dispose]');
  assert.match(await ev.innerText(), /依法处置[\s\S]*张建国[\s\S]*认领期满无人认领，钱包破损，依法销毁[\s\S]*处置方式：销毁/);
  assert.deepEqual(await buttons(leader), []);
  await officer.goto(`${h.base}/#/notifications`);
  const n = officer.locator('li[data-kind=lf_disposed]').filter({ hasText: G.code });
  await n.waitFor();
  assert.equal((await n.locator('.notif-message').textContent()).trim(), `拾遗物已依法处置：${G.title}（备注：认领期满无人认领，钱包破损，依法销毁）`);
  assert.equal((await n.locator('.tag').textContent()).trim(), '拾遗物已依法处置');
  await shot(officer, 'lf-claimend-officer-inbox');
});

step('in English: the officer asks, the leader approves from the notice and disposes of another item — English words only, no codes', async () => {
  for (const p of [officer, leader]) await p.evaluate(() => localStorage.setItem('pingan.lang', 'en'));
  const { D, H } = more;
  await officer.goto(`${h.base}/#/case/${D.id}`);
  await officer.reload();
  const titleD = (await caseOf(officer, D.id)).title;
  const titleH = (await caseOf(officer, H.id)).title;
  assert.doesNotMatch(titleD + titleH, CJK, 'made titles in English');
  await officer.locator('button[data-action=request_disposal]').click();
  const ask = officer.locator('dialog[open][data-testid=action-request_disposal]');
  const opts = await ask.locator('select[name=disposal] option').allTextContents();
  assert.deepEqual(opts.slice(1), ['Handed to the treasury', 'Auctioned', 'Destroyed', 'Transferred to the competent authority']);
  await ask.locator('select[name=disposal]').selectOption('auction');
  await ask.locator('[name=note]').fill('Unclaimed after the claim period; asking for a public sale.');
  assert.doesNotMatch(await ask.innerText(), CJK);
  await ask.locator('button[type=submit]').click();
  await expectStatus(officer, 'Disposal awaiting approval');
  const waiting = (await officer.locator('[data-testid=lf-disposal-waiting]').textContent()).trim();
  assert.equal(waiting, 'Disposal asked for: Auctioned. It awaits the station leader\'s approval; until then the item can still be returned to its owner.');
  const entry = officer.locator('[data-testid=timeline] li[data-action=request_disposal]');
  assert.equal((await entry.locator('.event-data').textContent()).trim(), 'Disposal: Auctioned');
  assert.doesNotMatch((await officer.locator('.actions-panel').innerText()) + (await entry.locator('.event-label, .event-status').allInnerTexts()).join(' '), CJK);
  // the long English status badge wraps in its row (it ran 35px past the panel: the page
  // scrolled sideways)
  assert.ok(await officer.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  await shot(officer, 'lf-claimend-en-requested');

  // the leader: the notice, in English, leads to the item
  await leader.goto(`${h.base}/#/notifications`);
  await leader.reload();
  const n = leader.locator('li[data-kind=lf_disposal]').filter({ hasText: D.code });
  await n.waitFor();
  assert.equal((await n.locator('.notif-message').textContent()).trim(), `A disposal of a found item waits for your approval: ${titleD} (note: Unclaimed after the claim period; asking for a public sale.)`);
  assert.equal((await n.locator('.tag').textContent()).trim(), 'Disposal awaiting approval');
  await n.locator('.notif-message').click();
  await leader.waitForURL(new RegExp(`#/case/${D.id}$`));
  await leader.locator('button[data-action=approve_disposal]').click();
  const dlg = leader.locator('dialog[open][data-testid=action-approve_disposal]');
  await dlg.waitFor();
  assert.equal((await dlg.locator('.dialog-title').textContent()).trim(), 'Approve disposal');
  const labels = await dlg.locator('[data-testid=lf-disposal-asked] dt').allTextContents();
  assert.deepEqual(labels, ['Disposal', 'Reason given', 'Asked by', 'Category', 'Colour', 'Kept by', 'Claim period ended']);
  assert.equal((await dlg.locator('[data-testid=lf-asked-disposal]').textContent()).trim(), 'Auctioned');
  await dlg.locator('[data-testid=lf-asked-category]', { hasText: 'Mobile phone' }).waitFor();
  const q = (await dlg.locator('[data-testid=action-question]').textContent()).trim();
  assert.equal(q, `Dispose of "${D.code} ${titleD}"? Disposal: Auctioned. It can no longer be returned to its owner; this cannot be undone.`);
  assert.doesNotMatch((await dlg.locator('button').allTextContents()).join(' '), CJK);
  assert.ok(await leader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  assert.match(await dlg.locator('button[type=submit]').getAttribute('class'), /btn-danger/, 'drawn as what cannot be undone');
  await shot(leader, 'lf-claimend-en-approve');
  await dlg.locator('button[type=submit]').click();
  await expectStatus(leader, 'Disposed of');
  const approved = leader.locator('[data-testid=timeline] li[data-action=approve_disposal]');
  assert.equal((await approved.locator('.event-label').textContent()).trim(), 'Approve disposal');
  assert.equal((await approved.locator('.event-data').textContent()).trim(), 'Disposal: Auctioned');
  await leader.locator('[data-testid=no-actions]').waitFor();
  // the words of the page are English: the actions panel, the timeline's labels, statuses and
  // lines, the rows' labels (values typed in Chinese — the colour, the place, the names — stay)
  const words = [
    await leader.locator('.actions-panel').innerText(),
    ...(await leader.locator('[data-testid=timeline] .event-label, [data-testid=timeline] .event-status, [data-testid=timeline] .event-data').allInnerTexts()),
    ...(await leader.locator('dl.details dt').allTextContents()),
    await leader.locator('[data-testid=case-status]').innerText(),
    await leader.locator('[data-testid=case-field-disposal]').innerText(),
  ].join(' | ');
  assert.doesNotMatch(words, CJK, words);
  assert.doesNotMatch(await leader.locator('main').innerText(), /\bauction\b|disposal_pending|approve_disposal|lf_/, 'no codes');
  await shot(leader, 'lf-claimend-en-disposed');

  // the leader's own disposal of another, in English; the desk is told in English
  await leader.goto(`${h.base}/#/case/${H.id}`);
  await leader.locator('button[data-action=dispose]').click();
  const d2 = leader.locator('dialog[open][data-testid=action-dispose]');
  await d2.locator('select[name=disposal]').selectOption('transfer');
  await d2.locator('[name=note]').fill('Unclaimed cash: transferred to the finance office.');
  await d2.locator('button[type=submit]').click();
  const confirm = leader.locator('dialog[open][data-testid=confirm]');
  await confirm.waitFor();
  const cq = await confirm.innerText();
  assert.match(cq, new RegExp(`Dispose of "${H.code} ${titleH}"\\? Disposal: Transferred to the competent authority\\. It can no longer be returned to its owner; this cannot be undone\\.`));
  assert.doesNotMatch(cq, CJK);
  await shot(leader, 'lf-claimend-en-dispose-confirm');
  await confirm.locator('button[type=submit]').click();
  await expectStatus(leader, 'Disposed of');
  assert.equal((await leader.locator('[data-testid=timeline] li[data-action=dispose] .event-data').textContent()).trim(),
    'Disposal: Transferred to the competent authority');

  await officer.goto(`${h.base}/#/notifications`);
  for (const [kind, c, text] of [['lf_disposal_approved', D, `The disposal of a found item was approved: ${titleD}`],
    ['lf_disposed', H, `A found item was disposed of: ${titleH} (note: Unclaimed cash: transferred to the finance office.)`]]) {
    const li = officer.locator(`li[data-kind=${kind}]`).filter({ hasText: c.code });
    await li.waitFor();
    assert.equal((await li.locator('.notif-message').textContent()).trim(), text);
    assert.doesNotMatch(await li.innerText(), CJK);
  }
  await shot(officer, 'lf-claimend-en-officer-inbox');

  // the lists: 临近认领期限 keeps the running item only; 所情统计 counts four disposals
  await leader.goto(`${h.base}/#/lostfound`);
  const exp = leader.locator('[data-testid=lf-expiring]');
  await exp.locator('tr', { hasText: items.R.code }).waitFor();
  for (const c of [items.E, more.G, D, H]) assert.equal(await exp.locator('tr', { hasText: c.code }).count(), 0, c.code);
  await leader.goto(`${h.base}/#/desk-stats`);
  const lf = leader.locator('[data-testid=lf-desk-stats]');
  await lf.locator('[data-count=lf-disposed] .count-value').filter({ hasText: /^4$/ }).waitFor();
  assert.doesNotMatch(await lf.innerText(), CJK);
  await lf.scrollIntoViewIfNeeded();
  await shot(leader, 'lf-claimend-en-desk-stats');
  for (const p of [officer, leader]) await p.evaluate(() => localStorage.setItem('pingan.lang', 'zh'));
});
