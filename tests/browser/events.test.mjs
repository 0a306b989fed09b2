// Browser test of the grid-event flow (网格事件, four platforms) against a real pingan server.
//
//   node --test tests/browser/            (PINGAN_BIN overrides bin/pingan)
//
// Demo database in a temp dir, `pingan serve` on a free port, Debian's chromium through
// playwright-core. The operator keeps the intake desk open while grid-worker, on a 360x740 phone,
// reports an event: category in two steps, the place by tapping inside their grid on the SVG map
// (the grid is located), a PNG photo made here uploaded. The event appears on the operator's desk
// by itself (live updates, no reload). The operator accepts it and dispatches it to 城中街道城建办;
// the handler signs for it and reports a result; the grid worker verifies it (pass) and, as the
// reporter, rates it 满意 — and the operator's open detail page follows on its own. The dashboard
// counts it (上报数, 办结数), the downloads answer, the map shows the grid and lists the event, and
// the bell matches the unread notifications. Then: a small matter settled on the spot (就地解决,
// a photo required), and an extension asked by the department and granted from 督办.
// Screenshots go to tests/browser/out/.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { createHarness, expectStatus, shot, DESKTOP, PHONE } from './harness.mjs';

const GRID = '将军社区第一网格';
const DEPT = '城中街道城建办';
const TITLE = '将军路 12 号门前人行道路面塌陷';
const BODY = '人行道路面塌陷约一平方米，行人容易绊倒，夜间尤其危险。';
const RESULT = '已回填夯实并重新铺设人行道砖，路面恢复平整。';
const COMMENT = '处理及时，谢谢！';
const LIVE_TIMEOUT = 20_000;

let base;
let browser;
let gw; // grid-worker, on a phone
let op; // operator, desktop
let hd; // handler, desktop
const contexts = [];
let caseId;
let caseCode;
let subCategory; // the category picked: {code, name, parent}
let photoId;

const h = createHarness({
  tmpPrefix: 'pingan-events-',
  logFile: 'server-events.log',
  failPrefix: 'FAILED-events-',
  slugMax: 60,
  pages: () => [['gridworker', gw], ['operator', op], ['handler', hd]],
});
const { step } = h;

/* ---------- helpers ---------- */

async function newPage(label, phone = false) {
  const ctx = await browser.newContext(phone ? PHONE : DESKTOP);
  contexts.push(ctx);
  const page = await ctx.newPage();
  h.trackPage(page, label);
  return page;
}

function login(page, name, landing) {
  return h.login(page, name, landing, 'attached'); // the user name is hidden on a narrow phone
}

async function navKeys(page) {
  return page.locator('.topnav a[data-nav]').evaluateAll((els) => els.map((e) => e.dataset.nav));
}

async function actionButtons(page) {
  await page.locator('.actions-panel h2').waitFor();
  return page.locator('.actions-panel [data-action]').evaluateAll((els) => els.map((e) => e.dataset.action));
}

/** Open the action's dialog from the case page and answer the dialog locator. */
async function openAction(page, action) {
  await page.locator(`.actions-panel [data-action="${action}"]`).click();
  const dlg = page.locator(`dialog[data-testid="action-${action}"]`);
  await dlg.waitFor();
  return dlg;
}

/** Submit a dialog and wait until the action's answer has arrived and the dialog is gone. */
async function submitDialog(page, dlg, action) {
  const answer = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${caseId}/actions`) && r.request().method() === 'POST');
  await dlg.locator('button[type=submit]').click();
  const res = await answer;
  const sent = JSON.parse(res.request().postData());
  assert.equal(sent.action, action);
  assert.equal(res.status(), 200, `${action}: HTTP ${res.status()} ${await res.text().catch(() => '')}`);
  await dlg.waitFor({ state: 'detached' });
  return sent;
}

/** A small valid PNG (a red square with a white cross), made here. */
function makePng(size = 24) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // 8-bit RGB
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const white = Math.abs(x - y) < 2 || Math.abs(x + y - size + 1) < 2;
      row[1 + x * 3] = white ? 255 : 200; row[2 + x * 3] = white ? 255 : 30; row[3 + x * 3] = white ? 255 : 30;
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function noSidewaysScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
}

/* ---------- server and browser ---------- */

before(async () => {
  ({ base, browser } = await h.start());
});

after(() => h.stop(contexts));

/* ---------- the scenario ---------- */

step('operator logs in, lands on the intake desk, and the header shows the operator\'s links', async () => {
  op = await newPage('operator');
  await login(op, 'operator', /#\/events\/intake$/);
  const keys = await navKeys(op);
  for (const k of ['events-intake', 'supervision', 'events-escalated', 'map', 'dashboard']) {
    assert.ok(keys.includes(k), `operator has ${k} (got ${keys.join(', ')})`);
  }
  for (const k of ['events-verify', 'events-dept', 'board']) assert.ok(!keys.includes(k), `operator has no ${k}`);
  assert.equal((await op.locator('.topnav a.active').textContent()).trim(), '受理台');
  assert.equal((await op.locator('h1').textContent()).trim(), '受理台');
  await op.locator('[data-testid=bell]').waitFor();
  // Marks this document: it must survive until the end (live updates never reload the page).
  await op.evaluate(() => { window.__sameDocument = 'intake'; });
  await op.locator('[data-testid=event-list] > p.muted').first().waitFor({ state: 'hidden' });
});

step('grid-worker reports an event from a 360x740 phone: category, map tap, photo', async () => {
  gw = await newPage('grid-worker', true);
  await login(gw, 'grid-worker', /#\/events\/mine$/);
  const keys = await navKeys(gw);
  for (const k of ['events-new', 'events-mine', 'events-verify', 'map', 'dashboard']) {
    assert.ok(keys.includes(k), `grid worker has ${k} (got ${keys.join(', ')})`);
  }
  for (const k of ['events-intake', 'supervision', 'events-dept']) assert.ok(!keys.includes(k), `grid worker has no ${k}`);

  await gw.locator('[data-testid=nav-events-new]').click();
  await gw.waitForURL(/#\/events\/new$/);
  await gw.waitForFunction(() => document.querySelector('[data-testid=cat-top]')?.disabled === false);

  // A sub-category that the catalogue routes to 城中街道城建办 if there is one (else the first).
  const cats = await gw.evaluate(async () => (await (await fetch('/api/v1/categories?type=event')).json()).items);
  const subs = cats.filter((c) => c.parent);
  assert.ok(subs.length > 0, 'the catalogue has sub-categories');
  const toDept = subs.filter((c) => (c.department_name || '').includes('城建'));
  subCategory = toDept.find((c) => /道路|路面/.test(c.name)) || toDept[0] || subs[0];
  const top = cats.find((c) => c.code === subCategory.parent);
  assert.ok(top, 'the sub-category has its 大类');
  const topOptions = await gw.locator('[data-testid=cat-top] option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  assert.deepEqual(topOptions, cats.filter((c) => !c.parent).map((c) => c.code), '大类 lists the top-level categories');
  assert.ok(await gw.locator('[data-testid=cat-sub]').isDisabled(), '小类 waits for 大类');
  await gw.locator('[data-testid=cat-top]').selectOption(top.code);
  const subOptions = await gw.locator('[data-testid=cat-sub] option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  assert.deepEqual(subOptions, subs.filter((c) => c.parent === top.code).map((c) => c.code), '小类 lists the sub-categories of the 大类');
  await gw.locator('[data-testid=cat-sub]').selectOption(subCategory.code);
  assert.equal(await gw.locator('#ev-title').inputValue(), subCategory.name, 'the title starts as the sub-category name');
  await gw.locator('#ev-title').fill(TITLE);
  await gw.locator('#ev-body').fill(BODY);

  // Tap a point inside the grid on the map: find one in the polygon, in screen coordinates.
  const map = gw.locator('[data-testid=report-map]');
  await map.waitFor();
  const shape = map.locator(`path.grid-shape[data-name="${GRID}"]`);
  assert.equal(await shape.count(), 1, `the map draws ${GRID}`);
  await map.scrollIntoViewIfNeeded();
  await gw.evaluate(() => window.scrollBy(0, 80));
  const pt = await shape.evaluate((p) => {
    const bb = p.getBBox();
    const svgEl = p.ownerSVGElement;
    const inside = (x, y) => { const q = svgEl.createSVGPoint(); q.x = x; q.y = y; return p.isPointInFill(q); };
    let best = null;
    for (let r = 0; r <= 20 && !best; r++) {
      for (let i = -r; i <= r && !best; i++) {
        for (let j = -r; j <= r && !best; j++) {
          const x = bb.x + bb.width / 2 + (i * bb.width) / 44; const y = bb.y + bb.height / 2 + (j * bb.height) / 44;
          if (inside(x, y)) best = [x, y];
        }
      }
    }
    const s = new DOMPoint(best[0], best[1]).matrixTransform(p.getScreenCTM());
    return { x: s.x, y: s.y, orgId: p.dataset.orgId };
  });
  const locate = gw.waitForResponse((r) => r.url().includes('/api/v1/grids/locate?'));
  await gw.touchscreen.tap(pt.x, pt.y);
  const located = await locate;
  assert.equal(located.status(), 200, 'the tapped point is inside a grid');
  const q = new URL(located.url()).searchParams;
  const lat = Number(q.get('lat')); const lon = Number(q.get('lon'));
  assert.ok(lat > 0 && lat < 90 && lon > 0 && lon < 180, `lat/lon look like lat/lon (${lat}, ${lon})`);
  const locatedBox = gw.locator('[data-testid=located-grid]');
  await locatedBox.filter({ hasText: GRID }).waitFor();
  assert.equal(await locatedBox.getAttribute('data-org-id'), pt.orgId, 'the located grid is the one tapped');
  await map.locator('[data-testid=marker]').waitFor();
  assert.ok(await gw.locator('[data-testid=grid-select]').isDisabled(), 'the grid follows from the point');

  // A photo made here, uploaded as the raw body with its own type, shown from the server.
  const upload = gw.waitForRequest((r) => r.url().endsWith('/api/v1/attachments') && r.method() === 'POST');
  const uploaded = gw.waitForResponse((r) => r.url().endsWith('/api/v1/attachments') && r.request().method() === 'POST');
  await gw.locator('[data-testid=photos-input]').setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: makePng() });
  assert.equal((await upload).headers()['content-type'], 'image/png');
  const up = await uploaded;
  assert.equal(up.status(), 201, 'the photo is stored');
  photoId = (await up.json()).id;
  const thumb = gw.locator(`[data-testid=photos-thumbs] .thumb[data-attachment-id="${photoId}"] img`);
  await thumb.waitFor();
  await gw.waitForFunction((id) => {
    const img = document.querySelector(`[data-testid=photos-thumbs] .thumb[data-attachment-id="${id}"] img`);
    return img && img.complete && img.naturalWidth > 0 && img.src.startsWith('blob:');
  }, photoId);
  await noSidewaysScroll(gw);
  await gw.evaluate(() => window.scrollTo(0, 0));
  await shot(gw, 'event-report-phone');

  const sent = gw.waitForRequest((r) => r.url().endsWith('/api/v1/cases') && r.method() === 'POST');
  await gw.locator('[data-testid=event-submit]').click();
  const req = await sent;
  assert.match(req.headers()['idempotency-key'] || '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const body = JSON.parse(req.postData());
  assert.deepEqual(body, { type: 'event', title: TITLE, body: BODY, category: subCategory.code, lat, lon, photos: [photoId] });

  await gw.waitForURL(/#\/case\/\d+$/);
  caseId = Number(/#\/case\/(\d+)$/.exec(gw.url())[1]);
  await expectStatus(gw, '已上报');
  caseCode = (await gw.locator('[data-testid=case-code]').textContent()).trim();
  assert.ok(caseCode.length > 0);
  assert.equal((await gw.locator('[data-testid=case-title]').textContent()).trim(), TITLE);
  assert.equal((await gw.locator('[data-testid=case-org]').textContent()).trim(), GRID);
  assert.match(await gw.locator('[data-testid=case-category]').textContent(), new RegExp(subCategory.name));
  assert.equal((await gw.locator('[data-testid=case-source]').textContent()).trim(), '网格员上报');
  await gw.waitForFunction(() => {
    const img = document.querySelector('[data-testid=case-photos] img');
    return img && img.complete && img.naturalWidth > 0;
  });
  const first = gw.locator('[data-testid=timeline] > li').first();
  assert.equal(await first.getAttribute('data-kind'), 'create');
  await noSidewaysScroll(gw);
});

step('the event reaches the operator\'s intake desk by itself (live update, no reload)', async () => {
  const row = op.locator(`tr.case-row[data-case-id="${caseId}"]`);
  await row.waitFor({ timeout: LIVE_TIMEOUT });
  assert.equal(await op.evaluate(() => window.__sameDocument), 'intake', 'the page was not reloaded');
  assert.equal((await row.locator('.col-title').textContent()).trim(), TITLE);
  assert.match(await row.locator('.col-status').textContent(), /已上报/);
  assert.equal((await row.locator('.col-grid').textContent()).trim(), GRID);
  const quick = await row.locator('[data-action]').evaluateAll((els) => els.map((e) => e.dataset.action));
  assert.deepEqual(quick, ['accept', 'reject'], 'the row offers the next steps');
  await shot(op, 'operator-intake');
});

step('operator accepts it and dispatches it to 城中街道城建办', async () => {
  await op.locator(`tr.case-row[data-case-id="${caseId}"] .col-title a`).click();
  await op.waitForURL(new RegExp(`#/case/${caseId}$`));
  await expectStatus(op, '已上报');
  const acts = await actionButtons(op);
  for (const a of ['accept', 'reject', 'escalate']) assert.ok(acts.includes(a), `operator may ${a} (got ${acts})`);
  assert.ok(!acts.includes('verify_pass') && !acts.includes('sign'), 'no actions of other roles');
  assert.equal((await op.locator('[data-action=accept]').textContent()).trim(), '受理');

  let dlg = await openAction(op, 'accept');
  await submitDialog(op, dlg, 'accept');
  await expectStatus(op, '已受理');

  assert.ok((await actionButtons(op)).includes('dispatch'));
  dlg = await openAction(op, 'dispatch');
  await op.waitForFunction(() => {
    const s = document.querySelector('dialog[data-testid=action-dispatch] [data-testid=unit-select]');
    return s && !s.disabled;
  });
  const select = dlg.locator('[data-testid=unit-select]');
  const names = await select.locator('option[data-name]').evaluateAll((os) => os.map((o) => o.dataset.name));
  assert.ok(names.includes(DEPT), `the departments include ${DEPT} (got ${names})`);
  // The category's own department is the default.
  if (subCategory.department_id) assert.equal(await select.inputValue(), String(subCategory.department_id));
  const deptId = await select.locator(`option[data-name="${DEPT}"]`).getAttribute('value');
  // A dispatch needs a department: an empty choice is refused in the dialog.
  await select.selectOption('');
  await dlg.locator('button[type=submit]').click();
  await dlg.locator('.alert-error', { hasText: '请选择承办部门' }).waitFor();
  await select.selectOption(deptId);
  await shot(op, 'dispatch-dialog', false);
  const sent = await submitDialog(op, dlg, 'dispatch');
  assert.deepEqual(sent.fields, { unit_id: Number(deptId) });
  assert.equal(typeof sent.version, 'number', 'the action carries the version on screen');
  await expectStatus(op, '已交办');
  assert.equal((await op.locator('[data-testid=case-unit]').textContent()).trim(), DEPT);
  // Each stage shows its own deadline: the accept deadline is not the handling deadline.
  const shown = await op.evaluate(async (id) => (await (await fetch('/api/v1/cases/' + id)).json()), caseId);
  const acceptDue = (await op.locator('[data-testid=case-accept-due]').textContent()).trim();
  const handleDue = (await op.locator('[data-testid=case-handle-due]').textContent()).trim();
  assert.notEqual(acceptDue, handleDue, 'two deadlines');
  assert.equal(acceptDue, shown.accept_due_at.slice(0, 16).replace('T', ' '), 'the accept deadline is accept_due_at');
  assert.equal(handleDue, shown.handle_due_at.slice(0, 16).replace('T', ' '), 'the handling deadline is handle_due_at');
  const entry = op.locator('[data-testid=timeline] > li[data-action=dispatch]');
  assert.equal(await entry.count(), 1);
  assert.match(await entry.textContent(), /分流交办/);
  assert.match(await entry.textContent(), /已受理\s*→\s*已交办/);
  assert.match(await entry.textContent(), new RegExp(DEPT));
  await op.evaluate(() => { window.__sameDocument = 'detail'; });
});

step('the handler (城中街道城建办) finds it in 部门待办, signs for it and reports the result', async () => {
  hd = await newPage('handler');
  await login(hd, 'handler', /#\/events\/dept$/);
  const keys = await navKeys(hd);
  assert.equal(keys[0], 'events-dept', `the handler's queue comes first (got ${keys})`);
  for (const k of ['map', 'dashboard', 'board', 'supervision']) assert.ok(!keys.includes(k), `a department has no ${k} (got ${keys})`);
  assert.ok(!keys.includes('events-intake') && !keys.includes('events-new'), 'no operator or grid-worker links');
  const row = hd.locator(`tr.case-row[data-case-id="${caseId}"]`);
  await row.waitFor();
  assert.match(await row.locator('.col-status').textContent(), /已交办/);
  assert.equal((await row.locator('.col-dept').textContent()).trim(), DEPT);
  await shot(hd, 'department-queue');

  await row.locator('.col-title a').click();
  await hd.waitForURL(new RegExp(`#/case/${caseId}$`));
  await expectStatus(hd, '已交办');
  const acts = await actionButtons(hd);
  for (const a of ['sign', 'return', 'request_extension']) assert.ok(acts.includes(a), `handler may ${a} (got ${acts})`);
  let dlg = await openAction(hd, 'sign');
  await submitDialog(hd, dlg, 'sign');
  await expectStatus(hd, '处置中');

  dlg = await openAction(hd, 'handle');
  await dlg.locator('button[type=submit]').click();
  await dlg.locator('.alert-error', { hasText: '请填写办理结果' }).waitFor(); // nothing sent without a result
  await dlg.locator('textarea[name=result]').fill(RESULT);
  const sent = await submitDialog(hd, dlg, 'handle');
  assert.deepEqual(sent.fields, { result: RESULT });
  await expectStatus(hd, '待核查');
  assert.equal((await hd.locator('.case-result-text').textContent()).trim(), RESULT);
});

step('the grid worker finds it in 待核查 and verifies it on site (pass)', async () => {
  await gw.locator('[data-testid=nav-events-verify]').click();
  await gw.waitForURL(/#\/events\/verify$/);
  const row = gw.locator(`tr.case-row[data-case-id="${caseId}"]`);
  await row.waitFor();
  assert.match(await row.locator('.col-status').textContent(), /待核查/);
  await noSidewaysScroll(gw);
  await row.locator('.col-title a').click();
  await gw.waitForURL(new RegExp(`#/case/${caseId}$`));
  await expectStatus(gw, '待核查');
  const acts = await actionButtons(gw);
  assert.ok(acts.includes('verify_pass') && acts.includes('verify_fail'), `verification buttons (got ${acts})`);
  assert.equal((await gw.locator('[data-action=verify_pass]').textContent()).trim(), '核查通过');
  const dlg = await openAction(gw, 'verify_pass');
  await submitDialog(gw, dlg, 'verify_pass');
  await expectStatus(gw, '已办结');
});

step('the reporter rates it 满意, and the operator\'s open page follows by itself', async () => {
  assert.ok((await actionButtons(gw)).includes('rate'), 'the reporter may rate');
  const dlg = await openAction(gw, 'rate');
  await dlg.locator('button[type=submit]').click();
  await dlg.locator('.alert-error', { hasText: '请选择满意度' }).waitFor();
  const labels = await dlg.locator('.rating-option').allTextContents();
  assert.deepEqual(labels.map((s) => s.trim()), ['满意', '基本满意', '不满意']);
  await dlg.locator('input[data-rating=satisfied]').check();
  await dlg.locator('textarea[name=comment]').fill(COMMENT);
  const sent = await submitDialog(gw, dlg, 'rate');
  assert.deepEqual(sent.fields, { rating: 'satisfied', comment: COMMENT });
  await gw.locator('[data-testid=case-rating]', { hasText: '满意' }).waitFor();
  assert.ok(!(await actionButtons(gw)).includes('rate'), 'a second rating is not offered');
  const kinds = await gw.locator('[data-testid=timeline] > li').evaluateAll((els) => els.map((e) => e.dataset.action || e.dataset.kind));
  for (const k of ['create', 'accept', 'dispatch', 'sign', 'handle', 'verify_pass', 'rate']) assert.ok(kinds.includes(k), `timeline has ${k} (got ${kinds})`);
  await noSidewaysScroll(gw);
  await shot(gw, 'event-detail-phone');

  // The operator never touched the page since dispatching: it caught up over the stream.
  await expectStatus(op, '已办结');
  await op.locator('[data-testid=case-rating]', { hasText: '满意' }).waitFor({ timeout: LIVE_TIMEOUT });
  assert.equal(await op.evaluate(() => window.__sameDocument), 'detail', 'the page was not reloaded');
  assert.equal((await op.locator('[data-testid=case-unit]').textContent()).trim(), DEPT);
  assert.match(await op.locator('.case-result-text').textContent(), /重新铺设/);
  await op.locator('[data-testid=case-photos] img').first().waitFor();
  // no internal bookkeeping on the page: the case version travels with actions, never shown
  assert.doesNotMatch(await op.locator('.detail-panel, dl').first().textContent(), /版本/);
  await shot(op, 'event-detail-timeline');
});

step('the dashboard counts it: 上报数 ≥ 1 and the closed count, with charts and downloads', async () => {
  await op.locator('[data-testid=nav-dashboard]').click();
  await op.waitForURL(/#\/dashboard/);
  const table = op.locator('[data-testid=indicator-table]');
  await table.locator('tbody tr[data-code]').first().waitFor();
  const api = await op.evaluate(async () => (await fetch('/api/v1/indicators')).json());
  const rows = await table.locator('tbody tr[data-code]').evaluateAll((els) => els.map((e) => ({
    code: e.dataset.code, value: e.dataset.value, name: e.querySelector('th').textContent.trim(),
    cells: [...e.querySelectorAll('td')].map((td) => td.textContent.trim()),
  })));
  assert.deepEqual(rows.map((r) => r.code), api.indicators.map((i) => i.code), 'every indicator is listed');
  const reported = rows.find((r) => r.name === '上报数' || r.code === 'reported');
  assert.ok(reported, '上报数 is shown');
  assert.ok(Number(reported.value) >= 1, `上报数 ≥ 1 (got ${reported.value})`);
  // The closed count: the numerator of 结案率 (closed or settled), shown as its own card too.
  const closure = api.indicators.find((i) => i.code === 'closure_rate');
  assert.ok(closure, '结案率 is computed');
  assert.ok(closure.numerator >= 1, `the closed event is counted (结案率 numerator ${closure.numerator})`);
  const closureRow = rows.find((r) => r.code === 'closure_rate');
  assert.equal(Number(closureRow.cells[1]), closure.numerator, '结案率 shows its numerator');
  const closedCard = op.locator('.dash-cards [data-count=closed] .count-value');
  assert.equal(Number((await closedCard.textContent()).trim()), closure.numerator, 'the 办结数 card');
  assert.equal(Number((await op.locator('.dash-cards [data-count=reported] .count-value').textContent()).trim()), Number(reported.value));
  assert.ok(api.trend.reduce((s, p) => s + Number(p.closed || 0), 0) >= 1, 'the trend counts the closing');
  for (const r of rows) {
    const ind = api.indicators.find((i) => i.code === r.code);
    if (ind.numerator !== null && ind.numerator !== undefined) assert.equal(Number(r.cells[1]), Math.round(ind.numerator * 100) / 100, `${r.code} numerator`);
    if (ind.denominator !== null && ind.denominator !== undefined) assert.equal(Number(r.cells[2]), Math.round(ind.denominator * 100) / 100, `${r.code} denominator`);
  }
  // Charts drawn as inline SVG from the same numbers.
  await op.locator('[data-testid=chart-trend] svg').waitFor();
  const trendSum = await op.locator('[data-testid=chart-trend] [data-series=reported]').evaluateAll((els) => els.reduce((s, e) => s + Number(e.dataset.value), 0));
  assert.equal(trendSum, api.trend.reduce((s, p) => s + Number(p.reported || 0), 0), 'the trend chart shows the reported series');
  const catBars = await op.locator('[data-testid=chart-category] rect[data-series=reported]').count();
  assert.equal(catBars, api.by_category.length, 'one bar per category');
  const platBars = await op.locator('[data-testid=chart-platform] rect[data-series=reported]').count();
  assert.equal(platBars, api.by_platform.length, 'one bar per platform');
  // Downloads: the same query with format=csv / format=xlsx, fetched with the cookie.
  const csvHref = await op.locator('[data-testid=dash-csv]').getAttribute('href');
  const xlsxHref = await op.locator('[data-testid=dash-xlsx]').getAttribute('href');
  assert.match(csvHref, /^\/api\/v1\/indicators\?.*format=csv/);
  assert.match(xlsxHref, /^\/api\/v1\/indicators\?.*format=xlsx/);
  const dl = await op.evaluate(async ([a, b]) => {
    const r1 = await fetch(a); const r2 = await fetch(b);
    const t1 = await r1.text(); const b2 = new Uint8Array(await r2.arrayBuffer());
    return { s1: r1.status, ct1: r1.headers.get('content-type'), csv: t1, s2: r2.status, ct2: r2.headers.get('content-type'), zip: b2[0] === 0x50 && b2[1] === 0x4b };
  }, [csvHref, xlsxHref]);
  assert.equal(dl.s1, 200, 'CSV download');
  assert.match(dl.ct1 || '', /csv/);
  assert.match(dl.csv, /上报数|reported/);
  assert.equal(dl.s2, 200, 'Excel download');
  assert.ok(dl.zip, 'the Excel file is an .xlsx (zip)');
  // The week grouping goes to the server and stays in the address.
  const weekly = op.waitForResponse((r) => r.url().includes('/api/v1/indicators?') && r.url().includes('group=week'));
  await op.locator('select[name=group]').selectOption('week');
  assert.equal((await weekly).status(), 200);
  await op.waitForURL(/group=week/);
  await shot(op, 'dashboard');
});

step('the map draws the grid, and a click on it lists the event', async () => {
  await op.locator('[data-testid=nav-map]').click();
  await op.waitForURL(/#\/map/);
  const shape = op.locator(`[data-testid=grid-map] path.grid-shape[data-name="${GRID}"]`);
  await shape.waitFor();
  const fc = await op.evaluate(async () => (await fetch('/api/v1/grids')).json());
  const grids = fc.features.filter((f) => f.properties.kind === 'grid');
  assert.equal(await op.locator('[data-testid=grid-map] path.grid-shape').count(), grids.length, 'every grid is drawn');
  const feature = grids.find((f) => f.properties.name === GRID);
  assert.equal(await shape.getAttribute('data-open'), String(feature.properties.open_events));
  assert.equal(await shape.evaluate((p) => p.classList.contains('has-red')), feature.properties.red > 0, 'red outline when red > 0');
  await shape.click();
  await op.locator('[data-testid=map-selected]', { hasText: GRID }).waitFor();
  const row = op.locator(`[data-testid=map-events] tr.case-row[data-case-id="${caseId}"]`);
  await row.waitFor();
  assert.match(await row.locator('.col-status').textContent(), /已办结/);
  await op.waitForURL(new RegExp(`grid=${feature.id}`));
  await shot(op, 'map');
});

step('the bell shows the unread notifications; read-all clears them', async () => {
  const res = await hd.evaluate(async () => (await fetch('/api/v1/notifications')).json());
  const count = hd.locator('[data-testid=bell-count]');
  if (res.unread > 0) {
    await count.filter({ hasText: String(res.unread > 99 ? '99+' : res.unread) }).waitFor();
  } else {
    // the bell is refreshed on its own schedule: no count once it has read none unread (an
    // immediate isHidden raced with a refresh under a loaded make check)
    await count.waitFor({ state: 'hidden', timeout: 10000 });
  }
  await hd.locator('[data-testid=bell]').click();
  await hd.waitForURL(/#\/notifications$/);
  await hd.locator('[data-testid=notif-list]').waitFor({ state: 'attached' });
  await hd.locator('.notif-panel > p.muted').waitFor({ state: 'hidden' });
  assert.equal(await hd.locator('[data-testid=notif-list] > li').count(), res.items.length, 'every message is listed');
  if (res.unread > 0) {
    await hd.locator('[data-testid=read-all]').click();
    await count.waitFor({ state: 'hidden' });
    // the bell is cleared as the list is asked for again; the list is redrawn only when that
    // answer comes (正在加载 shows until then): read it once the note is hidden
    await hd.locator('.notif-panel > p.muted').waitFor({ state: 'hidden' });
    const after = await hd.evaluate(async () => (await fetch('/api/v1/notifications')).json());
    assert.equal(after.unread, 0);
    assert.equal(await hd.locator('[data-testid=notif-list] > li.unread').count(), 0);
  }
});

step('the event pages speak English too, and the supervision queue loads', async () => {
  await gw.goto(`${base}/#/case/${caseId}`);
  await expectStatus(gw, '已办结');
  await gw.locator('.lang-btn[data-lang=en]').click();
  await expectStatus(gw, 'Closed');
  assert.equal((await gw.locator('[data-testid=case-rating]').textContent()).trim(), 'Satisfied');
  assert.equal((await gw.locator('[data-testid=case-source]').textContent()).trim(), 'Grid worker');
  await gw.locator('.lang-btn[data-lang=zh]').click();
  await expectStatus(gw, '已办结');

  await op.locator('[data-testid=nav-supervision]').click();
  await op.waitForURL(/#\/supervision/);
  await op.locator('[data-testid=supervision-list] > p.muted').first().waitFor({ state: 'hidden' });
  const sup = await op.evaluate(async () => (await fetch('/api/v1/supervision')).json());
  assert.equal(await op.locator('[data-testid=supervision-list] tr.case-row').count(), sup.items.length);
  assert.ok(!sup.items.some((c) => c.id === caseId), 'a closed event is not chased');
  await op.locator('.tab[data-level=red]').click();
  await op.waitForURL(/level=red/);
  await op.locator('[data-testid=supervision-list] > p.muted').first().waitFor({ state: 'hidden' });
  const warns = await op.locator('[data-testid=supervision-list] tr.case-row').evaluateAll((els) => els.map((e) => e.className));
  assert.ok(warns.every((c) => c.includes('warn-row-red')), 'the red filter shows red rows only');
});

step('the grid worker settles a small matter on the spot (就地解决 needs a result and a photo)', async () => {
  const cats = await gw.evaluate(async () => (await (await fetch('/api/v1/categories?type=event')).json()).items);
  const settleable = cats.find((c) => c.parent && c.settle_on_spot);
  assert.ok(settleable, 'the catalogue has a category that may be settled on the spot');
  // Reported without a map point this time: the grid is named instead (org_id).
  const created = await gw.evaluate(async (code) => {
    const me = await (await fetch('/api/v1/me')).json();
    const res = await fetch('/api/v1/cases', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
      body: JSON.stringify({ type: 'event', title: '楼道口电动车挡住消防通道', category: code, org_id: me.grants[0].org_id, address: '将军路 8 号楼道口' }),
    });
    return { status: res.status, body: await res.json() };
  }, settleable.code);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  await gw.goto(`${base}/#/case/${created.body.id}`);
  await expectStatus(gw, '已上报');
  assert.ok((await actionButtons(gw)).includes('settle'), 'the reporting grid worker may settle it');
  const dlg = await openAction(gw, 'settle');
  await dlg.locator('textarea[name=result]').fill('已当场劝离电动车，通道畅通。');
  await dlg.locator('button[type=submit]').click();
  await dlg.locator('.alert-error', { hasText: '请至少上传一张现场照片' }).waitFor(); // refused before sending
  await dlg.locator('[data-testid=action-photos-input]').setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: makePng(32) });
  await dlg.locator('[data-testid=action-photos-thumbs] .thumb img').waitFor();
  await gw.waitForFunction(() => !document.querySelector('dialog[data-testid=action-settle] .photo-picker.is-busy'));
  const answer = gw.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${created.body.id}/actions`));
  await dlg.locator('button[type=submit]').click();
  const res = await answer;
  assert.equal(res.status(), 200);
  const sent = JSON.parse(res.request().postData());
  assert.equal(sent.fields.result, '已当场劝离电动车，通道畅通。');
  assert.equal(sent.fields.photos.length, 1);
  await expectStatus(gw, '就地解决');
  await gw.locator('[data-testid=timeline] > li[data-action=settle] .thumb img').waitFor();
  await noSidewaysScroll(gw);
});

step('the department asks for an extension and the operator grants it from 督办', async () => {
  const list = await hd.evaluate(async () => (await (await fetch('/api/v1/cases?type=event&status=dispatched,signed')).json()).items);
  const target = list.find((c) => !c.extension_pending);
  assert.ok(target, 'the department has an open event');
  await hd.goto(`${base}/#/case/${target.id}`);
  await hd.locator('[data-testid=case-status] .badge').waitFor();
  const dlg = await openAction(hd, 'request_extension');
  await dlg.locator('input[name=days]').fill('40');
  await dlg.locator('textarea[name=note]').fill('需要等待材料到货');
  await dlg.locator('button[type=submit]').click();
  await dlg.locator('.alert-error', { hasText: '1 到 30' }).waitFor(); // days are 1-30
  await dlg.locator('input[name=days]').fill('3');
  const answer = hd.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${target.id}/actions`));
  await dlg.locator('button[type=submit]').click();
  const res = await answer;
  assert.equal(res.status(), 200, await res.text());
  assert.deepEqual(JSON.parse(res.request().postData()).fields, { days: 3 });
  await hd.locator('[data-testid=case-extension-pending]', { hasText: '3' }).waitFor();

  await op.goto(`${base}/#/supervision`);
  const row = op.locator(`[data-testid=supervision-list] tr.case-row[data-case-id="${target.id}"]`);
  await row.locator('[data-testid=ext-pending]').waitFor();
  assert.match(await row.locator('[data-testid=ext-pending]').textContent(), /3 天.*需要等待材料到货/);
  await row.locator('[data-action=grant_extension]').click();
  const grant = op.locator('dialog[data-testid=action-grant_extension]');
  await grant.locator('[data-testid=extension-pending]', { hasText: '3' }).waitFor();
  await shot(op, 'supervision-grant-extension', false);
  const granted = op.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${target.id}/actions`));
  await grant.locator('button[type=submit]').click();
  assert.equal((await granted).status(), 200);
  await grant.waitFor({ state: 'detached' });
  await row.locator('.col-ext', { hasText: '3 天' }).waitFor();
  assert.equal(await row.locator('[data-testid=ext-pending]').count(), 0, 'no longer pending');
  await shot(op, 'supervision');
});
