// Browser test of patrol checks (排查, issue #12 §2) at phone size: the grid worker, on a
// 360x740 phone, opens 登记排查 from the menu, answers the 消防安全 checklist with the big
// toggles (one item a problem, with its note), submits, sees the patrol's page with the finding
// and its two one-step buttons, turns the finding into a grid event (event category picked in
// the dialog), and finds the event linked on the patrol and the patrol linked on the event. The
// street leader's list (排查记录) finds the patrol with the 有问题 filter, the export link carries
// the filter. Screenshots go to tests/browser/out/patrol-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot, DESKTOP, PHONE } from './harness.mjs';

let base;
let browser;
let gw;
let lead;
const contexts = [];
let patrolId;
let patrolCode;

const h = createHarness({
  tmpPrefix: 'pingan-patrol-',
  logFile: 'server-patrol.log',
  failPrefix: 'FAILED-patrol-',
  slugMax: 60,
  pages: () => [['grid-worker', gw], ['leader', lead]],
});
const { step } = h;

async function newPage(label, phone = false) {
  const ctx = await browser.newContext(phone ? PHONE : DESKTOP);
  contexts.push(ctx);
  const page = await ctx.newPage();
  h.trackPage(page, label);
  return page;
}

before(async () => {
  ({ base, browser } = await h.start());
});
after(() => h.stop(contexts));

step('the grid worker records a patrol on a phone with the checklist toggles', async () => {
  gw = await newPage('grid-worker', true);
  await h.login(gw, 'grid-worker', /#\/events\/mine/, 'attached');
  await gw.locator('[data-testid=nav-patrol-new]').click();
  await gw.waitForURL(/#\/patrols\/new/);
  await gw.locator('[data-testid=patrol-form-item]').first().waitFor();
  await gw.locator('[data-testid=patrol-kind]').selectOption('pc_fire');
  const items = gw.locator('[data-testid=patrol-form-item]');
  const n = await items.count();
  assert.ok(n >= 4, `the 消防安全 checklist has its items (${n})`);
  assert.match(await gw.locator('[data-testid=patrol-progress]').innerText(), new RegExp(`还有 ${n} 项未填写`));
  // big touch targets: every toggle at least 44 px high
  const box = await gw.locator('[data-testid=patrol-exits-ok]').boundingBox();
  assert.ok(box.height >= 44, `toggle height ${box.height}`);
  // a submit with items unanswered is stopped in the page
  await gw.locator('[data-testid=patrol-submit]').click();
  assert.ok(gw.url().includes('#/patrols/new'), 'not sent with items unanswered');
  const codes = await items.evaluateAll((els) => els.map((e) => e.dataset.item));
  for (const code of codes) {
    const a = code === 'exits' ? 'problem' : code === 'gas' ? 'na' : 'ok';
    await gw.locator(`[data-testid=patrol-${code}-${a}]`).click();
  }
  assert.equal(await gw.locator('[data-testid=patrol-exits-problem]').getAttribute('aria-checked'), 'true');
  await gw.locator('[data-testid=patrol-note-exits]').fill('2号楼安全出口被电动车和杂物堵塞');
  assert.match(await gw.locator('[data-testid=patrol-progress]').innerText(), /已全部填写/);
  await gw.locator('[data-testid=patrol-found]').fill('2号楼、3号楼楼道检查。');
  const overflow = await gw.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on the phone (${overflow}px)`);
  await shot(gw, 'patrol-01-form-phone');
  const answer = gw.waitForResponse((r) => r.url().endsWith('/api/v1/cases') && r.request().method() === 'POST');
  await gw.locator('[data-testid=patrol-submit]').click();
  const res = await answer;
  assert.equal(res.status(), 201, await res.text());
  const made = await res.json();
  assert.equal(made.type, 'patrol');
  assert.equal(made.problems, 1);
  await gw.waitForURL(/#\/case\/\d+/);
  patrolId = made.id;
  patrolCode = made.code;
  await gw.locator('[data-testid=patrol-checklist]').waitFor();
  const text = await gw.locator('#main').innerText();
  assert.ok(text.includes('2号楼安全出口被电动车和杂物堵塞'), 'the finding is shown');
  assert.ok(text.includes('有问题') && text.includes('不适用'), 'answers in Chinese');
  assert.doesNotMatch(text, /\bproblem\b|\bpc_fire\b|\bexits\b/, 'no internal codes on the page');
  assert.ok(await gw.locator('[data-testid=finding-to-event-exits]').isVisible());
  assert.ok(await gw.locator('[data-testid=finding-to-risk-exits]').isVisible());
  assert.equal(await gw.locator('[data-testid=finding-to-event-gas]').count(), 0, 'only problems have the buttons');
  await shot(gw, 'patrol-02-patrol-page-phone');
});

step('the grid worker turns the finding into a grid event in one step; both cases show the link', async () => {
  await gw.locator('[data-testid=finding-to-event-exits]').click();
  const dlg = gw.locator('dialog[data-testid=turn-dialog]');
  await dlg.waitFor();
  assert.equal(await dlg.locator('[data-testid=turn-title]').inputValue(), '排查发现：疏散通道、安全出口畅通');
  await dlg.locator('[data-testid=turn-category]').selectOption('XF01');
  await shot(gw, 'patrol-03-turn-dialog-phone', false);
  const answer = gw.waitForResponse((r) => r.url().endsWith('/api/v1/cases') && r.request().method() === 'POST');
  await dlg.locator('button[type=submit]').click();
  const res = await answer;
  assert.equal(res.status(), 201, await res.text());
  const ev = await res.json();
  assert.equal(ev.type, 'event');
  await dlg.waitFor({ state: 'detached' });
  const link = gw.locator('[data-testid=finding-case-exits] a');
  await link.waitFor();
  assert.ok((await link.innerText()).includes(ev.code), 'the finding names the event it became');
  assert.equal(await gw.locator('[data-testid=finding-to-event-exits]').count(), 0, 'no second turn offered');
  await shot(gw, 'patrol-04-finding-turned-phone');
  await link.click();
  await gw.waitForURL(new RegExp(`#/case/${ev.id}$`));
  await gw.locator('#main h1').first().waitFor();
  await gw.waitForFunction((code) => document.querySelector('#main').innerText.includes(code), patrolCode);
  await shot(gw, 'patrol-05-event-linked-phone');
});

step('the street leader finds the patrol in the list filtered to problems; the export keeps the filter', async () => {
  lead = await newPage('leader');
  await h.login(lead, 'street-leader', /#\//);
  await lead.locator('[data-testid=nav-patrols]').click();
  await lead.waitForURL(/#\/patrols/);
  await lead.locator('[data-testid=patrol-card]').first().waitFor();
  await lead.locator('[data-testid=pf-problems]').selectOption('true');
  const answer = lead.waitForResponse((r) => r.url().includes('/api/v1/patrols?') && r.url().includes('has_problems=true'));
  await lead.locator('[data-testid=pf-show]').click();
  await answer;
  await lead.locator(`[data-testid=patrol-card][data-id="${patrolId}"]`).waitFor();
  const cards = await lead.locator('[data-testid=patrol-card]').allInnerTexts();
  for (const c of cards) assert.match(c, /发现问题/, 'every card shown has problems');
  const href = await lead.locator('[data-testid=patrols-export-csv]').getAttribute('href');
  assert.match(href, /has_problems=true/);
  assert.match(href, /format=csv/);
  const csv = await lead.evaluate(async (u) => (await fetch(u)).text(), href);
  assert.ok(csv.includes(patrolCode), 'the export holds the patrol');
  assert.ok(lead.url().includes('has_problems=true'), 'the filter stays in the address');
  await shot(lead, 'patrol-06-list-desktop');
});
