// The web app's dictionary (web/i18n.js): both languages have the same keys, and every key the
// code asks for with t('...') exists (without a server or a browser). Then, in a browser, the
// server's error messages: a Chinese page shows the Chinese message with no English in it, an
// English page the English one (api.js sends the chosen language as Accept-Language).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHarness, DESKTOP, shot } from './harness.mjs';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

// i18n.js touches localStorage and document only inside functions; give it stand-ins anyway.
// (It imports state.js, which has no imports of its own.)
globalThis.localStorage ??= { getItem: () => null, setItem: () => {} };
const { _dict: dict } = await import(path.join(WEB, 'i18n.js'));

test('zh and en have the same keys, none empty', () => {
  const zh = Object.keys(dict.zh).sort();
  const en = Object.keys(dict.en).sort();
  assert.deepEqual(zh.filter((k) => !(k in dict.en)), [], 'keys missing in en');
  assert.deepEqual(en.filter((k) => !(k in dict.zh)), [], 'keys missing in zh');
  for (const lang of ['zh', 'en']) {
    for (const [k, v] of Object.entries(dict[lang])) assert.ok(typeof v === 'string' && v.length > 0, `${lang}.${k} is empty`);
  }
});

test('every literal t() key used in web/*.js and web/types/*.js exists', async () => {
  const files = [...(await readdir(WEB)).filter((f) => f.endsWith('.js')),
    ...(await readdir(path.join(WEB, 'types'))).filter((f) => f.endsWith('.js')).map((f) => 'types/' + f)];
  const missing = [];
  for (const f of files) {
    const src = await readFile(path.join(WEB, f), 'utf8');
    for (const m of src.matchAll(/\bt\('([a-z0-9_.]+)'\s*[,)]/g)) {
      if (!(m[1] in dict.zh)) missing.push(`${f}: ${m[1]}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the return question names the claimant with each language\'s brackets (English had 王小明（330702…3523）)', async () => {
  const fill = (lang) => dict[lang]['lf.return_who'].replace('{0}', '王小明').replace('{1}', '330702').replace('{2}', '3523');
  assert.equal(fill('zh'), '王小明（330702…3523）');
  assert.equal(fill('en'), '王小明 (330702…3523)');
  // the dialog builds the name with it, not with brackets of its own
  const src = await readFile(path.join(WEB, 'lostfound.js'), 'utf8');
  assert.match(src, /const who = t\('lf\.return_who'/);
});

test('the priority labels of the brief', () => {
  const want = {
    'priority.low': ['低', 'Low'], 'priority.normal': ['普通', 'Normal'],
    'priority.high': ['高', 'High'], 'priority.urgent': ['紧急', 'Urgent'],
  };
  for (const [k, [zh, en]] of Object.entries(want)) {
    assert.equal(dict.zh[k], zh, k);
    assert.equal(dict.en[k], en, k);
  }
});

test('the grid-event labels: platform, rating, warning, source and queue', () => {
  const keys = [
    ...['zongzhi', 'shichang', 'zonghe_zhifa', 'bianmin'].map((p) => 'platform.' + p),
    ...['satisfied', 'basically_satisfied', 'unsatisfied'].map((r) => 'rating.' + r),
    ...['normal', 'yellow', 'red'].map((w) => 'warn.' + w),
    ...['grid_worker', 'citizen', 'operator'].map((s) => 'source.' + s),
    ...['mine', 'verify', 'intake', 'escalated', 'dept'].flatMap((k) => ['title', 'intro', 'empty'].map((x) => `events.${k}.${x}`)),
    ...['reported', 'accepted', 'reviewing', 'escalated', 'dispatched', 'signed'].map((s) => 'events.tab.' + s),
  ];
  for (const k of keys) {
    assert.ok(k in dict.zh && k in dict.en, `${k} is translated`);
  }
  const want = { 'rating.satisfied': '满意', 'rating.basically_satisfied': '基本满意', 'rating.unsatisfied': '不满意' };
  for (const [k, zh] of Object.entries(want)) assert.equal(dict.zh[k], zh, k);
});

test('no copy of the workflow words: statuses, actions and type names come from GET /types', () => {
  const actions = ['accept', 'decline', 'done', 'reopen', 'reject', 'settle', 'escalate', 'dispatch', 'sign', 'return',
    'request_extension', 'grant_extension', 'refuse_extension', 'handle', 'verify_pass', 'verify_fail', 'rate', 'confirm'];
  const copies = Object.keys(dict.zh).filter((k) => k.startsWith('status.') || k.startsWith('case.type.') ||
    actions.some((a) => k === 'action.' + a || k === 'evaction.' + a));
  assert.deepEqual(copies, []);
});

test('no page decides anything by matching Chinese prose (codes only)', async () => {
  const files = [...(await readdir(WEB)).filter((f) => f.endsWith('.js') && f !== 'i18n.js'),
    ...(await readdir(path.join(WEB, 'types'))).filter((f) => f.endsWith('.js')).map((f) => 'types/' + f)];
  const bad = [];
  for (const f of files) {
    const src = await readFile(path.join(WEB, f), 'utf8');
    // A regular expression literal with Chinese in it, used to test or match text.
    for (const m of src.matchAll(/\/[^/\n]*[\u4e00-\u9fff][^/\n]*\/[gimsuy]*\.(test|exec)\(|\.match\(\/[^/\n]*[\u4e00-\u9fff]/g)) bad.push(`${f}: ${m[0]}`);
  }
  assert.deepEqual(bad, []);
});

/* ---------- server messages in the browser ---------- */

const h = createHarness({
  tmpPrefix: 'pingan-i18n-',
  logFile: 'i18n-server.log',
  failPrefix: 'FAILED-i18n-',
  pages: () => [['zh', zhPage], ['en', enPage]],
});
let zhCtx;
let zhPage;
let enCtx;
let enPage;
let browser;
const extra = [];      // the contexts of the catalogue steps (signed in as admin)

before(async () => {
  ({ browser } = await h.start());
  zhCtx = await browser.newContext(DESKTOP);
  zhPage = await zhCtx.newPage();
  h.trackPage(zhPage, 'zh');
  // English chosen in the app (the language switch keeps it in localStorage)
  enCtx = await browser.newContext({ ...DESKTOP, locale: 'en-US' });
  await enCtx.addInitScript(() => localStorage.setItem('pingan.lang', 'en'));
  enPage = await enCtx.newPage();
  h.trackPage(enPage, 'en');
});
after(() => h.stop([zhCtx, enCtx, ...extra]));

const HAN = /\p{Script=Han}/u;

/** A page of a new context signed in as admin, in English or Chinese. */
async function adminPage(lang) {
  const ctx = await browser.newContext({ ...DESKTOP, acceptDownloads: true, ...(lang === 'en' ? { locale: 'en-US' } : {}) });
  if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('pingan.lang', 'en'));
  extra.push(ctx);
  const page = await ctx.newPage();
  h.trackPage(page, 'catalogue-' + lang);
  await h.login(page, 'admin', /#\/board$/, 'attached');
  return page;
}

// The catalogues (目录维护) before the lock-out steps below (they exhaust the address's logins).
h.step('English page: the catalogue page shows both names; an admin sets an English name and lists use it', async () => {
  const page = await adminPage('en');
  await page.goto(h.base + '/#/catalogue?kind=lost');
  const row = page.locator('[data-testid=cat-row][data-code=wallet]');
  await row.waitFor();
  assert.equal((await row.locator('[data-testid=cat-zh]').textContent()).trim(), '钱包');
  assert.equal((await row.locator('[data-testid=cat-en]').textContent()).trim(), 'Wallet');
  // the catalogue exports as CSV and Excel, English headers for an English reader
  const csvLink = page.locator('[data-testid=cat-export-csv]');
  assert.equal(await csvLink.textContent(), 'Export CSV');
  assert.equal(await page.locator('[data-testid=cat-export-xlsx]').textContent(), 'Export Excel');
  const file = await page.evaluate(async (href) => {
    const r = await fetch(href);
    return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
  }, await csvLink.getAttribute('href'));
  assert.equal(file.status, 200, file.text.slice(0, 200));
  assert.match(file.type, /^text\/csv/);
  const lines = file.text.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[0], 'Code,Chinese name,English name');
  assert.ok(lines.includes('wallet,钱包,Wallet'), lines.slice(0, 5).join(' | '));
  // add an item category with only its Chinese name: English pages fall back to it
  await page.locator('[data-testid=cat-add-btn]').click();
  const add = page.locator('[data-testid=cat-add]');
  await add.locator('[data-testid=cat-code]').fill('umbrella_ui');
  await add.locator('[data-testid=cat-name-zh]').fill('雨伞');
  await add.locator('button[type=submit]').click();
  const um = page.locator('[data-testid=cat-row][data-code=umbrella_ui]');
  await um.waitFor();
  assert.equal((await um.locator('[data-testid=cat-en]').textContent()).trim(), 'not set');
  // then give it its English name through the edit dialog
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/categories/umbrella_ui') && r.request().method() === 'PATCH');
  await um.locator('[data-testid=cat-edit-btn]').click();
  const dlg = page.locator('[data-testid=cat-edit]');
  await dlg.locator('[data-testid=cat-name-en]').fill('Umbrella');
  await dlg.locator('button[type=submit]').click();
  assert.equal((await answer).status(), 200);
  await page.locator('[data-testid=cat-row][data-code=umbrella_ui] [data-testid=cat-en]', { hasText: 'Umbrella' }).waitFor();
  // the event catalogue: the English names, the platform in English, nothing Chinese outside the 中文名称 column
  await page.locator('[data-testid=cat-kind]').selectOption('event');
  const xf = page.locator('[data-testid=cat-row][data-code=XF01]');
  await xf.waitFor();
  assert.equal((await xf.locator('[data-testid=cat-en]').textContent()).trim(), 'Blocked fire lane');
  const other = await xf.locator('td:not([data-testid=cat-zh])').allTextContents();
  assert.doesNotMatch(other.join(' '), HAN, `Chinese in the English row: ${other}`);
  // the export follows the catalogue chosen
  assert.match(await page.locator('[data-testid=cat-export-xlsx]').getAttribute('href'),
    /^\/api\/v1\/categories\?(?=.*type=event)(?=.*format=xlsx)(?=.*lang=en)/);
  await shot(page, 'catalogue-en');
  // a patrol kind's names: the kind is written whole, its checklist comes back unchanged
  const kinds = () => page.evaluate(async () => (await (await fetch('/api/v1/patrol-kinds', { headers: { 'Accept-Language': 'zh-CN' } })).json()).items);
  const before = (await kinds()).find((k) => k.code === 'pc_fire');
  await page.locator('[data-testid=cat-kind]').selectOption('patrol');
  const pk = page.locator('[data-testid=cat-row][data-code=pc_fire]');
  await pk.waitFor();
  // the patrol kinds export too, their own list, English headers and checklist for this reader
  const pkCsv = page.locator('[data-testid=cat-export-csv]');
  assert.equal(await pkCsv.textContent(), 'Export CSV');
  assert.match(await page.locator('[data-testid=cat-export-xlsx]').getAttribute('href'),
    /^\/api\/v1\/patrol-kinds\?(?=.*format=xlsx)(?=.*lang=en)(?!.*type=)/);
  const pkFile = await page.evaluate(async (href) => {
    const r = await fetch(href);
    return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
  }, await pkCsv.getAttribute('href'));
  assert.equal(pkFile.status, 200, pkFile.text.slice(0, 200));
  assert.match(pkFile.type, /^text\/csv/);
  const pkLines = pkFile.text.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(pkLines[0], 'Code,Chinese name,English name,Checklist');
  assert.ok(pkLines.some((l) => l.startsWith('pc_fire,消防安全,')), pkLines.slice(0, 5).join(' | '));
  const put = page.waitForResponse((r) => r.url().endsWith('/api/v1/patrol-kinds/pc_fire') && r.request().method() === 'PUT');
  await pk.locator('[data-testid=cat-edit-btn]').click();
  await page.locator('[data-testid=cat-edit] [data-testid=cat-name-en]').fill('Fire safety checks');
  await page.locator('[data-testid=cat-edit] button[type=submit]').click();
  assert.equal((await put).status(), 200);
  await page.locator('[data-testid=cat-row][data-code=pc_fire] [data-testid=cat-en]', { hasText: 'Fire safety checks' }).waitFor();
  const after_ = (await kinds()).find((k) => k.code === 'pc_fire');
  assert.deepEqual(after_.items, before.items, 'the checklist is unchanged');
  assert.deepEqual([after_.name_zh, after_.name_en], ['消防安全', 'Fire safety checks']);
  // the event list of an English reader names categories in English
  await page.goto(h.base + '/#/events/intake');
  const cell = page.locator('td.col-category').first();
  await cell.waitFor();
  const name = (await cell.textContent()).trim();
  assert.ok(name.length > 0 && !HAN.test(name), `an English category name in the list: ${name}`);
});

h.step('Chinese page: the catalogue page speaks Chinese; the names follow the language', async () => {
  const page = await adminPage('zh');
  await page.goto(h.base + '/#/catalogue?kind=lost');
  const um = page.locator('[data-testid=cat-row][data-code=umbrella_ui]');
  await um.waitFor();
  assert.equal((await um.locator('[data-testid=cat-zh]').textContent()).trim(), '雨伞');
  assert.match(await page.locator('#main h1').textContent(), /目录维护/);
  const heads = await page.locator('[data-testid=cat-table] th').allTextContents();
  assert.doesNotMatch(heads.join(' '), /[A-Za-z]/, `English in the Chinese headers: ${heads}`);
  // the export buttons in Chinese; the Excel file is a workbook of the catalogue
  assert.equal(await page.locator('[data-testid=cat-export-csv]').textContent(), '导出 CSV');
  const xlsxLink = page.locator('[data-testid=cat-export-xlsx]');
  assert.equal(await xlsxLink.textContent(), '导出 Excel');
  const [download] = await Promise.all([page.waitForEvent('download'), xlsxLink.click()]);
  assert.match(download.suggestedFilename(), /^[\u4e00-\u9fff]+-\d{8}\.xlsx$/, 'named in Chinese');
  const csvText = await page.evaluate(async (href) => (await fetch(href)).text(),
    await page.locator('[data-testid=cat-export-csv]').getAttribute('href'));
  const csvLines = csvText.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(csvLines[0], '代码,中文名称,英文名称');
  assert.ok(csvLines.includes('umbrella_ui,雨伞,Umbrella'), csvLines.slice(-4).join(' | '));
  // add an event sub-category under 消防隐患 with both names
  await page.locator('[data-testid=cat-kind]').selectOption('event');
  await page.locator('[data-testid=cat-row][data-code=XF01]').waitFor();
  await page.locator('[data-testid=cat-add-btn]').click();
  const add = page.locator('[data-testid=cat-add]');
  await add.locator('[data-testid=cat-code]').fill('XF09');
  await add.locator('[data-testid=cat-name-zh]').fill('楼道堆放杂物');
  await add.locator('[data-testid=cat-name-en]').fill('Clutter in stairwells');
  await add.locator('[data-testid=cat-parent]').selectOption({ label: '消防隐患' });
  await add.locator('[data-testid=cat-platform]').selectOption('zonghe_zhifa');
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/v1/categories') && r.request().method() === 'POST');
  await add.locator('button[type=submit]').click();
  assert.equal((await posted).status(), 201);
  const row = page.locator('[data-testid=cat-row][data-code=XF09]');
  await row.waitFor();
  assert.deepEqual((await row.locator('td').allInnerTexts()).slice(0, 5).map((x) => x.trim()),
    ['XF09', '消防隐患', '综合执法', '楼道堆放杂物', 'Clutter in stairwells']);
  await shot(page, 'catalogue-zh');
});

/** Submits the login form with a wrong password; answers the alert's text and the response. */
async function wrongLogin(page, name, n) {
  await page.locator('#login-name').fill(name);
  await page.locator('#login-password').fill('wrong-password-' + n);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
  await page.locator('[data-testid=login-submit]').click();
  const res = await answer;
  const alert = page.locator('#alerts .alert-error');
  await alert.waitFor();
  return { res, code: await alert.getAttribute('data-code'), text: (await alert.textContent()).trim(), alert };
}

h.step('Chinese page: a wrong password reads 登录名或密码错误, with no English word', async () => {
  await zhPage.goto(h.base + '/#/login');
  const a = await wrongLogin(zhPage, 'xg-officer', 0);
  assert.equal(a.res.status(), 401);
  assert.equal(a.code, 'invalid_credentials');
  assert.match(a.text, /登录名或密码错误/);
  assert.doesNotMatch(a.text, /[A-Za-z]/, `English in the Chinese alert: ${a.text}`);
});

h.step('Chinese page: the lock-out shows the server\'s Chinese message, no English, no code', async () => {
  let a;
  for (let i = 1; i < 10; i++) {
    a = await wrongLogin(zhPage, 'xg-officer', i);
    if (a.res.status() === 429) break;
  }
  assert.equal(a.res.status(), 429);
  const server = (await a.res.json()).error.message;
  assert.match(server, /^登录失败次数过多/, 'the server answers in Chinese');
  assert.equal((await a.alert.locator('.alert-message').textContent()).trim(), server, 'the page shows the server\'s message');
  assert.doesNotMatch(a.text, /[A-Za-z]/, `English in the Chinese alert: ${a.text}`);
});

h.step('English page: a wrong password reads "wrong login or password", no Chinese', async () => {
  await enPage.goto(h.base + '/#/login');
  await enPage.locator('[data-testid=login-submit]').waitFor();
  const a = await wrongLogin(enPage, 'xg-leader', 0);
  assert.equal(a.res.status(), 401);
  assert.equal((await a.res.json()).error.message, 'wrong login or password');
  assert.match(a.text, /wrong login or password/i);
  assert.doesNotMatch(a.text, HAN, `Chinese in the English alert: ${a.text}`);
});

h.step('English page: quotes are drawn by a Latin font, not full-width as the Chinese font draws them', async () => {
  // the width of one curly quote at the body's font, in ems, on each page
  const quoteEm = async (page) => page.evaluate(() => {
    const s = document.createElement('span');
    s.textContent = '\u201C';
    document.body.appendChild(s);
    const w = s.getBoundingClientRect().width / parseFloat(getComputedStyle(s).fontSize);
    s.remove();
    return w;
  });
  await enPage.goto(h.base + '/#/login');
  await enPage.locator('[data-testid=login-submit]').waitFor();
  await zhPage.goto(h.base + '/#/login');
  await zhPage.locator('[data-testid=login-submit]').waitFor();
  const en = await quoteEm(enPage), zh = await quoteEm(zhPage);
  assert.ok(en < 0.7, `an English page's quote is ${en.toFixed(2)} em wide`);
  assert.ok(zh > en, `the Chinese page keeps its full-width quote (${zh.toFixed(2)} em against ${en.toFixed(2)})`);
});

h.step('English page: the lock-out shows the server\'s English message', async () => {
  let a;
  for (let i = 1; i < 10; i++) {
    a = await wrongLogin(enPage, 'xg-leader', i);
    if (a.res.status() === 429) break;
  }
  assert.equal(a.res.status(), 429);
  const msg = (await a.alert.locator('.alert-message').textContent()).trim();
  assert.match(msg, /^too many failed logins; try again in \d+ seconds$/);
  assert.doesNotMatch(a.text, HAN, `Chinese in the English alert: ${a.text}`);
});
