// Browser test of the 我爱我家 board against a real pingan server.
//
//   node --test tests/browser/            (PINGAN_BIN overrides bin/pingan)
//
// It builds a demo database in a temp dir, starts `pingan serve` on a free port and drives
// Debian's chromium through playwright-core: cz-officer posts "三楼楼道灯坏了", cz-leader (a second
// browser context) accepts it and assigns it to cz-officer, cz-officer marks it done with a
// result, and the board shows 已办结 and the result. Along the way it checks the visible error on
// a wrong password and on the 429 lock-out (with Retry-After), the language switch, that a double
// click posts once (Idempotency-Key), that only the allowed action buttons are shown, the comment
// box, the 409 stale-version message (a dialog opened before another user's change, which the
// page otherwise follows live), a 401 leading to the login page and back, the filters, the
// phone layout at 360x740, logout, and "load more" through next_cursor.
// Screenshots (and the server's log) go to tests/browser/out/.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, expectStatus as expectCaseStatus, shot, DESKTOP, PHONE, PASSWORD } from './harness.mjs';

const TITLE = '三楼楼道灯坏了';
const BODY = '三楼东侧楼道的灯不亮了，晚上值班人员上下楼不方便。';
const RESULT = '已更换三楼楼道灯泡，照明恢复正常。';
const COMMENT = '请今天下班前处理好。';

let base;
let browser;
let officerCtx;
let officer; // cz-officer's page
let leaderCtx;
let leader; // cz-leader's page
let officerName;
let caseId;
let caseCode;
let postsBefore; // posts titled TITLE before ours (the demo data may have one already)

// Once a step fails, the later steps (which build on it) are skipped.
const h = createHarness({
  tmpPrefix: 'pingan-browser-',
  logFile: 'server.log',
  failPrefix: 'FAILED-',
  pages: () => [['officer', officer], ['leader', leader]],
});
const { step, trackPage } = h;

/* ---------- helpers ---------- */

function login(page, name) {
  return h.login(page, name, /#\/board/);
}

/** How many posts titled `title` the signed-in user can see (every page of GET /cases). */
function countPostsTitled(page, title) {
  return page.evaluate(async (want) => {
    let n = 0;
    let cursor = '';
    for (let i = 0; i < 100; i++) {
      const res = await fetch('/api/v1/cases?type=suggestion&limit=200' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
      if (!res.ok) throw new Error('GET /cases: HTTP ' + res.status);
      const body = await res.json();
      n += body.items.filter((c) => c.title === want).length;
      if (!body.next_cursor) return n;
      cursor = body.next_cursor;
    }
    throw new Error('GET /cases: too many pages');
  }, title);
}

async function actionButtons(page) {
  return page.locator('.actions-panel [data-action]').evaluateAll((els) => els.map((e) => e.dataset.action));
}

/* ---------- server and browser ---------- */

before(async () => {
  ({ base, browser } = await h.start());
  officerCtx = await browser.newContext(DESKTOP);
  officer = await officerCtx.newPage();
  trackPage(officer, 'officer');
});

after(() => h.stop());

/* ---------- the scenario ---------- */

step('a wrong password shows the server error and stays on the login page', async () => {
  await officer.goto(base + '/');
  await officer.waitForURL(/#\/login/); // signed out: / goes to the login page
  await officer.locator('#login-name').fill('cz-officer');
  await officer.locator('#login-password').fill('not-the-password');
  await officer.locator('[data-testid=login-submit]').click();
  const alert = officer.locator('#alerts .alert-error');
  await alert.waitFor();
  assert.equal(await alert.getAttribute('data-code'), 'invalid_credentials');
  assert.match(await alert.textContent(), /登录名或密码错误/);
  assert.match(officer.url(), /#\/login$/);
  assert.equal(await officer.locator('[data-testid=user-name]').count(), 0);
});

step('repeated wrong passwords are rate limited and the wait is shown (429 Retry-After)', async () => {
  // xg-officer is not used elsewhere; its lock-out does not touch the accounts of the scenario.
  let last;
  for (let i = 0; i < 8; i++) {
    await officer.locator('#login-name').fill('xg-officer');
    await officer.locator('#login-password').fill('wrong-' + i);
    const answer = officer.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
    await officer.locator('[data-testid=login-submit]').click();
    last = await answer;
    await officer.locator('#alerts .alert-error').waitFor();
    if (last.status() === 429) break;
  }
  assert.equal(last.status(), 429, 'the server limits failed logins');
  const alert = officer.locator('#alerts .alert-error');
  assert.equal(await alert.count(), 1, 'one alert, not a pile');
  assert.equal(await alert.getAttribute('data-code'), 'rate_limited');
  const retry = last.headers()['retry-after'];
  assert.match(retry || '', /^\d+$/, 'Retry-After is sent');
  assert.match(await alert.textContent(), new RegExp(`请在 ${retry} 秒后再试`));
});

step('cz-officer logs in and sees the board', async () => {
  await login(officer, 'cz-officer');
  officerName = (await officer.locator('[data-testid=user-name]').textContent()).trim();
  assert.ok(officerName.length > 0, 'the header shows the user name');
  assert.equal(await officer.locator('#alerts .alert-error').count(), 0, 'login cleared the error');
  await officer.locator('.counts [data-count]').first().waitFor();
  assert.deepEqual(
    await officer.locator('.counts [data-count]').evaluateAll((els) => els.map((e) => e.dataset.count)),
    ['open', 'in_progress', 'done_this_week', 'avg_hours_to_done', 'declined']);
  assert.equal((await officer.locator('h1').textContent()).trim(), '我爱我家');
  assert.equal(await officer.locator('html').getAttribute('lang'), 'zh-CN');

  // The language switch re-renders in English and back.
  await officer.locator('.lang-btn[data-lang=en]').click();
  await officer.locator('h1', { hasText: 'Our Home board' }).waitFor();
  assert.equal(await officer.locator('html').getAttribute('lang'), 'en');
  await officer.locator('.lang-btn[data-lang=zh]').click();
  await officer.locator('h1', { hasText: '我爱我家' }).waitFor();
});

step('cz-officer posts 三楼楼道灯坏了 (a double click posts once)', async () => {
  await officer.locator('[data-testid=nav-new]').click();
  await officer.waitForURL(/#\/new$/);
  const org = officer.locator('#new-org');
  await officer.waitForFunction(() => {
    const s = document.querySelector('#new-org');
    return s && !s.disabled; // the units are loaded
  });
  assert.match(await org.inputValue(), /^\d+$/, 'the unit defaults to the first grant');
  assert.match(await org.locator('option:checked').textContent(), /城中派出所/);
  postsBefore = await countPostsTitled(officer, TITLE);
  await officer.locator('#new-title').fill(TITLE);
  await officer.locator('#new-body').fill(BODY);
  await officer.locator('#new-priority').selectOption('high');
  const orgId = Number(await org.inputValue());
  const sent = officer.waitForRequest((r) => r.url().endsWith('/api/v1/cases') && r.method() === 'POST');
  await officer.locator('[data-testid=new-submit]').dblclick();
  const headers = (await sent).headers();
  assert.match(headers['idempotency-key'] || '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(headers['x-csrf-token'], 'the CSRF token goes with the POST');
  assert.deepEqual(JSON.parse((await sent).postData()),
    { type: 'suggestion', title: TITLE, body: BODY, org_id: orgId, priority: 'high' });

  await officer.waitForURL(/#\/case\/\d+$/);
  caseId = Number(/#\/case\/(\d+)$/.exec(officer.url())[1]);
  await officer.locator('[data-testid=case-title]', { hasText: TITLE }).waitFor();
  await expectCaseStatus(officer, '待处理');
  caseCode = (await officer.locator('[data-testid=case-code]').textContent()).trim();
  assert.ok(caseCode.length > 0, 'the case has a code');
  assert.equal((await officer.locator('[data-testid=case-reporter]').textContent()).trim(), officerName);
  assert.match(await officer.locator('[data-testid=case-org]').textContent(), /城中派出所/);
  assert.match(await officer.locator('.case-body').textContent(), /三楼东侧楼道/);
  // An officer may not accept or decline: no action buttons at all.
  assert.deepEqual(await actionButtons(officer), []);
  await officer.locator('[data-testid=no-actions]').waitFor();
  // The timeline starts with the creation.
  const first = officer.locator('[data-testid=timeline] > li').first();
  assert.equal(await first.getAttribute('data-kind'), 'create');
  assert.match(await first.textContent(), new RegExp(officerName));
  await officer.locator('#alerts .alert-success').waitFor(); // "发布成功"
});

step('cz-leader sees it on the board, accepts it and assigns cz-officer', async () => {
  leaderCtx = await browser.newContext(DESKTOP);
  leader = await leaderCtx.newPage();
  trackPage(leader, 'leader');
  await login(leader, 'cz-leader');

  const row = leader.locator(`tr.case-row[data-case-id="${caseId}"]`);
  await row.waitFor();
  assert.equal((await row.locator('.col-title').textContent()).trim(), TITLE);
  assert.equal((await row.locator('.col-status .badge').textContent()).trim(), '待处理');
  assert.equal((await row.locator('.col-poster').textContent()).trim(), officerName);
  await row.locator('.col-created').click(); // a click anywhere on the row opens the detail
  await leader.waitForURL(new RegExp(`#/case/${caseId}$`));
  await expectCaseStatus(leader, '待处理');
  await leader.locator('.actions-panel [data-action]').first().waitFor();
  assert.deepEqual(await actionButtons(leader), ['accept', 'decline']);
  assert.equal((await leader.locator('[data-action=accept]').textContent()).trim(), '受理并指派');
  assert.equal((await leader.locator('[data-action=decline]').textContent()).trim(), '不采纳');

  await leader.locator('[data-action=accept]').click();
  const dlg = leader.locator('dialog[data-testid=action-accept]');
  await dlg.waitFor();
  const select = dlg.locator('select[name=assignee_id]');
  await leader.waitForFunction(() => {
    const s = document.querySelector('dialog[data-testid=action-accept] select');
    return s && !s.disabled;
  });
  const value = await select.locator('option[data-login="cz-officer"]').getAttribute('value');
  assert.match(value, /^\d+$/, 'cz-officer is offered as assignee');
  await select.selectOption(value);
  await dlg.locator('button[type=submit]').click();

  await expectCaseStatus(leader, '处理中');
  assert.equal(await dlg.count(), 0, 'the dialog closed');
  assert.equal((await leader.locator('[data-testid=case-assignee]').textContent()).trim(), officerName);
  assert.ok(!(await actionButtons(leader)).includes('accept'), 'accept is gone once accepted');
  const accepted = leader.locator('[data-testid=timeline] > li[data-action=accept]');
  assert.equal(await accepted.count(), 1);
  assert.match(await accepted.textContent(), /受理并指派/);
  assert.match(await accepted.textContent(), /待处理\s*→\s*处理中/);

  // A comment appears on the timeline.
  await leader.locator('#comment-body').fill(COMMENT);
  await leader.locator('[data-testid=comment-submit]').click();
  await leader.locator('[data-testid=timeline] > li[data-kind=comment]', { hasText: COMMENT }).waitFor();
  assert.equal(await leader.locator('#comment-body').inputValue(), '', 'the comment box is cleared');
  await shot(leader, 'case-leader-accepted');
});

step('cz-officer marks it done with a result', async () => {
  // Meanwhile the leader starts to mark it done too. The leader's page follows changes live
  // (GET /stream), but a dialog that is already open keeps the version it was opened on: that is
  // how a stale action really happens (the next step sends it).
  assert.deepEqual(await actionButtons(leader), ['done']);
  await leader.locator('[data-action=done]').click();
  const leaderDlg = leader.locator('dialog[data-testid=action-done]');
  await leaderDlg.locator('textarea[name=result]').fill('领导也想办结');

  // The officer's tab still shows the case as posted; reloading shows the leader's changes.
  assert.match(officer.url(), new RegExp(`#/case/${caseId}$`));
  await officer.reload();
  await expectCaseStatus(officer, '处理中');
  await officer.locator('[data-testid=timeline] > li[data-kind=comment]', { hasText: COMMENT }).waitFor();
  assert.deepEqual(await actionButtons(officer), ['done']);
  assert.equal((await officer.locator('[data-action=done]').textContent()).trim(), '办结');

  await officer.locator('[data-action=done]').click();
  const dlg = officer.locator('dialog[data-testid=action-done]');
  await dlg.waitFor();
  // The result is required: an empty one is refused in the dialog, nothing is sent.
  await dlg.locator('button[type=submit]').click();
  await dlg.locator('.alert-error', { hasText: '请填写办理结果' }).waitFor();
  await dlg.locator('textarea[name=result]').fill(RESULT);
  await dlg.locator('button[type=submit]').click();

  await expectCaseStatus(officer, '已办结');
  assert.equal((await officer.locator('.case-result-text').textContent()).trim(), RESULT);
  const buttons = await actionButtons(officer);
  assert.ok(!buttons.includes('done'), 'done is gone once done');
  assert.deepEqual(buttons, ['reopen'], 'the poster may reopen within 7 days');
  const doneEvent = officer.locator('[data-testid=timeline] > li[data-action=done]');
  assert.equal(await doneEvent.count(), 1);
  assert.match(await doneEvent.textContent(), /处理中\s*→\s*已办结/);
  await shot(officer, 'case-officer-done');
});

step('a stale page gets a clear message and is reloaded (409 stale_version)', async () => {
  // The leader's dialog was opened before "done": the page behind it still shows the case in
  // progress, and the action goes with the version from before.
  const dlg = leader.locator('dialog[data-testid=action-done]');
  assert.equal(await dlg.count(), 1, 'the dialog is still open');
  assert.equal((await leader.locator('[data-testid=case-status] .badge').textContent()).trim(), '处理中');
  await dlg.locator('button[type=submit]').click();
  const alert = leader.locator('#alerts .alert-error');
  await alert.waitFor();
  assert.equal(await alert.getAttribute('data-code'), 'stale_version');
  assert.match(await alert.textContent(), /其他人更新/);
  await expectCaseStatus(leader, '已办结'); // reloaded
  assert.equal((await leader.locator('.case-result-text').textContent()).trim(), RESULT);
  assert.deepEqual(await actionButtons(leader), []);
});

step('a 401 (session gone) goes to the login page and back to the case after logging in', async () => {
  await leaderCtx.clearCookies(); // the browser loses the session cookie
  await leader.locator('#comment-body').fill('会话过期后的评论');
  await leader.locator('[data-testid=comment-submit]').click();
  await leader.waitForURL(/#\/login$/);
  await leader.locator('#alerts .alert-info', { hasText: '登录已失效' }).waitFor();
  await leader.locator('#login-name').fill('cz-leader');
  await leader.locator('#login-password').fill(PASSWORD);
  await leader.locator('[data-testid=login-submit]').click();
  await leader.waitForURL(new RegExp(`#/case/${caseId}$`)); // back where the user was
  await expectCaseStatus(leader, '已办结');
  assert.equal(await leader.locator('[data-testid=timeline] > li', { hasText: '会话过期后的评论' }).count(), 0,
    'the refused comment was not posted');
});

step('the board shows 已办结 and the result', async () => {
  await officer.goto(`${base}/#/board`);
  const row = officer.locator(`tr.case-row[data-case-id="${caseId}"]`);
  await row.waitFor();
  assert.equal((await row.locator('.col-status .badge').textContent()).trim(), '已办结');
  assert.equal((await row.locator('.col-result').textContent()).trim(), RESULT);
  assert.equal((await row.locator('.col-assignee').textContent()).trim(), officerName);
  assert.equal((await row.locator('.col-code').textContent()).trim(), caseCode);
  assert.equal(await countPostsTitled(officer, TITLE), postsBefore + 1, 'the double click posted once');
  const doneWeek = Number((await officer.locator('[data-count=done_this_week] .count-value').textContent()).trim());
  assert.ok(doneWeek >= 1, `本周办结 counts the post (got ${doneWeek})`);
  assert.match(await officer.locator('[data-count=avg_hours_to_done] .count-value').textContent(), /小时/);

  // Filters: "done" keeps the row, "open" drops it; the filter lives in the URL.
  await officer.locator('select[name=status]').selectOption('done');
  await officer.waitForURL(/status=done/);
  // the row is on the unfiltered list too: wait for the filtered answer (done rows only)
  await officer.waitForFunction(() => {
    const badges = [...document.querySelectorAll('tr.case-row .col-status .badge')];
    return badges.length > 0 && badges.every((b) => b.dataset.status === 'done');
  });
  await row.waitFor();
  await officer.locator('select[name=status]').selectOption('open');
  await row.waitFor({ state: 'detached' });
  await officer.locator('select[name=status]').selectOption('');
  await row.waitFor();
  await shot(officer, 'board-desktop');
});

step('the board at 360x740 (phone) shows cards without sideways scrolling', async () => {
  const phoneCtx = await browser.newContext({ ...PHONE, storageState: await officerCtx.storageState() });
  try {
    const phone = await phoneCtx.newPage();
    trackPage(phone, 'phone');
    await phone.goto(`${base}/#/board`);
    const row = phone.locator(`tr.case-row[data-case-id="${caseId}"]`);
    await row.waitFor();
    await phone.locator('[data-count=done_this_week] .count-value').waitFor();
    assert.equal(await row.evaluate((el) => getComputedStyle(el).display), 'grid', 'rows are cards');
    assert.ok(await row.locator('.col-result').isVisible(), 'the result is on the card');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
    const newBtn = await phone.locator('[data-testid=board-new]').boundingBox();
    assert.ok(newBtn.height >= 40, `buttons are large enough to tap (${newBtn.height}px)`);
    await shot(phone, 'board-phone', false);
    await shot(phone, 'board-phone-full');
  } finally {
    await phoneCtx.close();
  }
});

step('logout ends the session and protected pages go to the login page', async () => {
  await officer.locator('[data-testid=logout]').click();
  await officer.waitForURL(/#\/login$/);
  await officer.locator('#login-name').waitFor();
  await officer.goto(`${base}/#/case/${caseId}`);
  await officer.waitForURL(/#\/login$/);
  assert.equal(await officer.locator('[data-testid=user-name]').count(), 0);
  const me = await officer.evaluate(async () => (await fetch('/api/v1/me')).status);
  assert.equal(me, 401, 'the session cookie no longer works');
});

step('"load more" follows next_cursor to the end without duplicates', async () => {
  const ctx = await browser.newContext(DESKTOP);
  try {
    const page = await ctx.newPage();
    trackPage(page, 'aux');
    await login(page, 'cz-aux');
    // Enough posts for a second page (the board asks for 50 at a time).
    const made = await page.evaluate(async () => {
      const csrf = sessionStorage.getItem('pingan.csrf');
      let n = 0;
      for (let i = 1; i <= 55; i++) {
        const res = await fetch('/api/v1/cases', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
          body: JSON.stringify({ type: 'suggestion', title: `分页测试 ${i}` }),
        });
        if (res.status === 201) n++;
      }
      return n;
    });
    assert.equal(made, 55);
    await page.goto(`${base}/#/board?posted=1`);
    const rows = page.locator('tr.case-row');
    const more = page.locator('[data-testid=load-more]');
    await more.waitFor();
    assert.equal(await rows.count(), 50, 'the first page has 50 rows');
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('tr.case-row').length > 50);
    await more.waitFor({ state: 'hidden' });
    const ids = await rows.evaluateAll((els) => els.map((e) => e.dataset.caseId));
    assert.equal(new Set(ids).size, ids.length, 'no post listed twice');
    const titles = await page.locator('tr.case-row .col-title').allTextContents();
    for (let i = 1; i <= 55; i++) assert.ok(titles.some((x) => x.trim() === `分页测试 ${i}`), `post ${i} is listed`);
    assert.match(await page.locator('.shown-count').textContent(), new RegExp(`已显示 ${ids.length} 条`));
  } finally {
    await ctx.close();
  }
});
