// Browser test of the export buttons (表格化管理): every list page has "导出 CSV" and
// "导出 Excel"; a click downloads the file of the list with the page's current filters.
// Screenshots (and the server's log) go to tests/browser/out/.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createHarness, shot, DESKTOP } from './harness.mjs';

let base;
let browser;
let ctx;
let page;

const h = createHarness({
  tmpPrefix: 'pingan-browser-exports-',
  logFile: 'exports-server.log',
  failPrefix: 'FAILED-exports-',
  pages: () => [['page', page]],
});
const { step, trackPage } = h;

before(async () => {
  ({ base, browser } = await h.start());
  ctx = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  page = await ctx.newPage();
  trackPage(page, 'page');
});

after(() => h.stop([ctx]));

/** Clicks the link and answers {name, buf} of the download it starts. */
async function download(testid) {
  const link = page.locator(`[data-testid=${testid}]`);
  await link.waitFor();
  const [dl] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await dl.path();
  assert.ok(file, `the download of ${testid} finished: ${await dl.failure()}`);
  return { name: dl.suggestedFilename(), buf: await readFile(file), url: dl.url() };
}

/** The records of a downloaded CSV (BOM, CRLF; no quoted newlines in these lists). */
function csvRows(buf) {
  assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  return buf.subarray(3).toString('utf8').split('\r\n').filter((l) => l.length)
    .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).filter((x, i, a) => i < a.length - 1 || x !== '')
      .map((c) => c.replace(/,$/, '').replace(/^"(.*)"$/s, '$1').replace(/""/g, '"')));
}

/** Every item of a JSON list, fetched in the page (its cookie). */
function jsonAll(path) {
  return page.evaluate(async (p) => {
    const out = [];
    let cursor = '';
    for (let i = 0; i < 100; i++) {
      const res = await fetch(p + (p.includes('?') ? '&' : '?') + 'limit=200' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
      const body = await res.json();
      out.push(...body.items);
      if (!body.next_cursor) return out;
      cursor = body.next_cursor;
    }
    throw new Error('too many pages');
  }, path);
}

step('the board: the CSV button downloads the posts of the filtered list (all of them)', async () => {
  await h.login(page, 'cz-leader', /#\/board/);
  await page.goto(base + '/#/board?status=open');
  await page.locator('[data-testid=board-export-csv]').waitFor();
  await page.waitForFunction(() => /status=open/.test(document.querySelector('[data-testid=board-export-csv]').href));
  await shot(page, 'exports-board');
  const { name, buf, url } = await download('board-export-csv');
  assert.match(name, /^我爱我家-\d{8}\.csv$/, 'named as the user reads it');
  assert.ok(!/[?&](limit|cursor)=/.test(url), `no paging in ${url}`);
  const rows = csvRows(buf);
  assert.equal(rows[0][0], '编号');
  const status = rows[0].indexOf('状态');
  const want = await jsonAll('/api/v1/cases?type=suggestion&status=open');
  assert.equal(rows.length - 1, want.length, 'every open post, not one page');
  assert.ok(rows.slice(1).every((r) => r[status] === '待处理'), 'only the filtered status');
});

step('the board: the Excel button downloads an .xlsx', async () => {
  const { name, buf } = await download('board-export-xlsx');
  assert.match(name, /^我爱我家-\d{8}\.xlsx$/);
  assert.equal(buf.subarray(0, 2).toString('latin1'), 'PK');
});

step('supervision, the grid map, an event list and the inbox have the buttons too', async () => {
  await ctx.close();                   // a fresh browser session for the operator
  ctx = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  page = await ctx.newPage();
  trackPage(page, 'page');
  await h.login(page, 'operator', /#\//);
  for (const [hash, testid, file, header] of [
    ['#/supervision?level=red', 'supervision-export-csv', /^督办-\d{8}\.csv$/, '预警'],
    ['#/map', 'grids-export-csv', /^网格-\d{8}\.csv$/, '名称'],
    ['#/events/intake', 'events-export-csv', /^[\u4e00-\u9fff]+-\d{8}\.csv$/, '编号'],
    ['#/notifications', 'notifications-export-csv', /^消息-\d{8}\.csv$/, '时间'],
  ]) {
    await page.goto(base + '/' + hash);
    const { name, buf } = await download(testid);
    assert.match(name, file, hash);
    const rows = csvRows(buf);
    assert.equal(rows[0][0], header, `${hash}: ${rows[0]}`);
    if (hash.includes('level=red')) assert.ok(rows.slice(1).every((r) => r[0] === '红色'), 'the level filter holds');
  }
  await shot(page, 'exports-notifications');
});

step('the users list (用户): a page of its own with filters and the two buttons, for a leader', async () => {
  await ctx.close();
  ctx = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  page = await ctx.newPage();
  trackPage(page, 'page');
  await h.login(page, 'cz-leader', /#\/board/);
  await page.locator('[data-testid=nav-users]').click();
  await page.waitForURL(/#\/users$/);
  await page.locator('[data-testid=users-row]').first().waitFor();
  const all = await jsonAll('/api/v1/users');
  const logins = await page.locator('[data-testid=users-row]').evaluateAll((rs) => rs.map((r) => r.dataset.login));
  assert.deepEqual(logins, all.map((u) => u.login), 'the rows are the users of the leader\'s scope');
  assert.ok(logins.includes('cz-officer') && !logins.includes('xg-officer'), logins.join(' '));
  // a filter goes into the address, the table and both buttons
  await page.locator('[data-testid=users-q]').fill('aux');
  await page.locator('[data-testid=users-q]').press('Enter');
  await page.waitForURL(/#\/users\?q=aux$/);
  await page.waitForFunction(() => /q=aux/.test(document.querySelector('[data-testid=users-export-csv]').href));
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=users-row]')].every((r) => r.dataset.login.includes('aux')));
  await shot(page, 'exports-users');
  const want = await jsonAll('/api/v1/users?q=aux');
  assert.ok(want.length >= 1, 'the demo has an auxiliary at the station');
  const { name, buf, url } = await download('users-export-csv');
  assert.match(name, /^人员-\d{8}\.csv$/);
  assert.ok(!/[?&](limit|cursor)=/.test(url), `no paging in ${url}`);
  const rows = csvRows(buf);
  assert.equal(rows[0][0], '登录名');
  assert.deepEqual(rows.slice(1).map((r) => r[0]), want.map((u) => u.login), 'the filtered users, all of them');
  const x = await download('users-export-xlsx');
  assert.match(x.name, /^人员-\d{8}\.xlsx$/, 'the file named as the user reads it (RFC 6266 filename*)');
  assert.equal(x.buf.subarray(0, 2).toString('latin1'), 'PK');
  // the reveals log (查看记录) takes its dates from the address, and its buttons carry them
  await page.goto(base + '/#/access-log?from=2026-01-01&to=2026-12-31');
  await page.waitForFunction(() => /from=2026-01-01/.test(document.querySelector('[data-testid=access-log-export-csv]')?.href || ''));
  assert.equal(await page.locator('input[name=from]').inputValue(), '2026-01-01');
  assert.equal(await page.locator('input[name=to]').inputValue(), '2026-12-31');
});

step('a user at two stations: the handovers list and its buttons follow the station in the address', async () => {
  // the admin makes an officer of both stations (the demo has none)
  const made = await page.evaluate(async (password) => {
    const ctx0 = await fetch('/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password }) }).then((r) => r.json());
    const auth = { authorization: 'Bearer ' + ctx0.token, 'content-type': 'application/json' };
    const orgs = (await fetch('/api/v1/orgs', { headers: auth }).then((r) => r.json())).items;
    const cz = orgs.find((o) => o.name === '城中派出所');
    const xg = orgs.find((o) => o.name === '西关派出所');
    const r = await fetch('/api/v1/users', { method: 'POST', headers: auth, body: JSON.stringify({
      login: 'two-stations', name: '两所民警', password: 'Two-stations-77',
      grants: [{ role: 'officer', org_id: cz.id }, { role: 'officer', org_id: xg.id }] }) });
    return { status: r.status, cz: cz.id, xg: xg.id };
  }, 'demo-pass-123');
  assert.equal(made.status, 201);
  await ctx.close();
  ctx = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  page = await ctx.newPage();
  trackPage(page, 'page');
  await page.goto(base + '/#/login');
  await page.locator('#login-name').fill('two-stations');
  await page.locator('#login-password').fill('Two-stations-77');
  await page.locator('[data-testid=login-submit]').click();
  await page.locator('[data-testid=user-name]').waitFor();
  for (const [id, name] of [[made.xg, '西关派出所'], [made.cz, '城中派出所']]) {
    await page.goto(base + `/#/desk/handovers?org_id=${id}`);
    await page.locator('[data-testid=handovers-export-csv]').waitFor();
    await page.waitForFunction((n) => document.querySelector('#main h1')?.textContent.includes(n), name);
    const href = await page.locator('[data-testid=handovers-export-csv]').getAttribute('href');
    assert.match(href, new RegExp(`[?&]org_id=${id}(&|$)`), `${name}: ${href}`);
  }
  await shot(page, 'exports-handovers-second-station');
});
