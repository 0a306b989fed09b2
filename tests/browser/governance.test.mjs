// Browser test of governance (issue #12): a mediation from the first session to the 30-day
// follow-up, and the risk table exported with a filter.
//
// The operator registers a dispute with its two parties (#/disputes/new). The community
// mediator, on a 360x740 phone, lands on the mediation queue, opens the dispute, records a
// session, records the agreement, prints the agreement (parties masked, signature lines), and
// records the 7-day and the 30-day follow-ups (kept): the dispute is resolved. The street leader
// opens the risk register, filters it to red risks, sorts it by score, and the CSV export link
// carries the filter and answers only red rows; the heat map shows the open risks. The warnings
// queue and the appraisal (with its bulletin) render. The grid map's risk heat layer shades the
// units, a unit lists its risks and links the register filtered to it. At 390x844 neither the
// mediator's queue nor a dispute reaches past the screen. Screenshots go to tests/browser/out/.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot, DESKTOP, PHONE } from './harness.mjs';

const TITLE = '楼上装修噪声扰民纠纷';
let base;
let browser;
let op;
let med;
let lead;
const contexts = [];
let caseId;

const h = createHarness({
  tmpPrefix: 'pingan-gov-',
  logFile: 'server-governance.log',
  failPrefix: 'FAILED-gov-',
  slugMax: 60,
  pages: () => [['operator', op], ['mediator', med], ['leader', lead]],
});
const { step } = h;

async function newPage(label, phone = false) {
  const ctx = await browser.newContext(phone ? PHONE : DESKTOP);
  contexts.push(ctx);
  const page = await ctx.newPage();
  h.trackPage(page, label);
  return page;
}

async function act(page, action, fill) {
  await page.locator(`.actions-panel [data-action="${action}"]`).click();
  const dlg = page.locator(`dialog[data-testid="action-${action}"]`);
  await dlg.waitFor();
  await fill(dlg);
  const answer = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${caseId}/actions`) && r.request().method() === 'POST');
  await dlg.locator('button[type=submit]').click();
  const res = await answer;
  assert.equal(res.status(), 200, `${action}: ${res.status()} ${await res.text().catch(() => '')}`);
  await dlg.waitFor({ state: 'detached' });
}

before(async () => {
  ({ base, browser } = await h.start());
});
after(() => h.stop(contexts));

step('the operator registers a dispute with two parties, one on each side', async () => {
  op = await newPage('operator');
  await h.login(op, 'operator', /#\/events\/intake/);
  assert.ok(await op.locator('[data-testid=nav-disputes]').isVisible(), 'the operator has the mediation menu');
  await op.goto(base + '/#/disputes/new');
  await op.locator('[data-testid=dispute-kind]').selectOption('neighbour');
  const grid = await op.locator('[data-testid=dispute-org] option', { hasText: '将军社区第一网格' }).getAttribute('value');
  await op.locator('[data-testid=dispute-org]').selectOption(grid);
  await op.locator('[data-testid=dispute-body]').fill('402室夜间装修，楼下住户多次投诉未果，双方发生口角。');
  const names = op.locator('[data-testid=dispute-persons-name]');
  const phones = op.locator('[data-testid=dispute-persons-phone]');
  assert.equal(await names.count(), 2, 'one row per required side');
  await names.nth(0).fill('王建明');
  await phones.nth(0).fill('13805791234');
  await names.nth(1).fill('李秀英');
  await phones.nth(1).fill('13905792345');
  // a title left empty is asked for by its name (it said 请填写必填项); nothing is sent
  await op.locator('[data-testid=dispute-submit]').click();
  await op.locator('.alert-error', { hasText: '请填写标题。' }).waitFor();
  assert.match(op.url(), /#\/disputes\/new$/);
  await op.locator('[data-testid=dispute-title]').fill(TITLE);
  await shot(op, 'gov-01-new-dispute');
  await op.locator('[data-testid=dispute-submit]').click();
  await op.waitForURL(/#\/case\/\d+/);
  caseId = Number(op.url().match(/#\/case\/(\d+)/)[1]);
  await op.locator('[data-testid=persons-panel]').waitFor();
  const panel = await op.locator('[data-testid=persons-panel]').innerText();
  assert.match(panel, /王\*明/);
  assert.match(panel, /李\*英/);
  assert.ok(!panel.includes('王建明'), 'names are masked');
});

step('the mediator, on a phone, finds it in the queue and records a session', async () => {
  med = await newPage('mediator', true);
  await h.login(med, 'mediator', /#\/disputes/, 'attached');
  const card = med.locator(`[data-testid=dispute-card][data-id="${caseId}"]`);
  await card.waitFor();
  await shot(med, 'gov-02-mediator-queue-phone');
  const overflow = await med.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the queue fits the phone (overflow ${overflow}px)`);
  await card.click();
  await med.waitForURL(new RegExp(`#/case/${caseId}$`));
  await act(med, 'record_session', async (dlg) => {
    await dlg.locator('[name=date]').fill('2026-12-01T19:30');
    await dlg.locator('[name=place]').fill('将军社区调解室');
    await dlg.locator('[name=attendees]').fill('王建明、李秀英、调解员陈红');
    await dlg.locator('[name=notes]').fill('双方陈述，402室同意晚八点后停止施工。');
  });
  await med.locator('[data-testid=dispute-session]').first().waitFor();
  assert.equal(await med.locator('[data-testid=dispute-session]').count(), 1);
  await shot(med, 'gov-03-session-phone');
});

step('agreement: the terms, the printable 调解协议书 with masked parties and signature lines', async () => {
  await act(med, 'agree', async (dlg) => {
    await dlg.locator('[name=terms]').fill('402室每日20:00后及周末不施工；楼下住户不再投诉；如有损坏照价赔偿。');
  });
  await med.locator('[data-testid=dispute-follow-ups]').waitFor();
  assert.match(await med.locator('[data-testid=follow-7]').innerText(), /待回访/);
  await shot(med, 'gov-04-agreed-phone');
  await med.locator('[data-testid=agreement-link]').click();
  await med.locator('[data-testid=agreement]').waitFor();
  const text = await med.locator('[data-testid=agreement]').innerText();
  assert.match(text, /人民调解协议书/);
  assert.match(text, /王\*明/);
  assert.match(text, /李\*英/);
  assert.ok(!text.includes('王建明') && !text.includes('13805791234'), 'no unmasked name or phone on the paper');
  assert.match(text, /402室每日20:00后/);
  assert.equal(await med.locator('.agr-sign').count(), 3, 'two parties and the mediator sign');
  const desk = await newPage('mediator-desk');
  await h.login(desk, 'mediator', /#\/disputes/);
  await desk.goto(base + '/#/agreement/' + caseId);
  await desk.locator('[data-testid=agreement]').waitFor();
  await desk.emulateMedia({ media: 'print' });
  await shot(desk, 'gov-05-agreement-print');
});

step('the 7-day and the 30-day follow-ups (kept) resolve it', async () => {
  await med.goto(base + '/#/case/' + caseId);
  await act(med, 'follow_up', async (dlg) => { await dlg.locator('[name=visit_result]').selectOption('kept'); });
  await med.locator('[data-testid=follow-7] .gov-follow-kept').waitFor();
  await act(med, 'follow_up', async (dlg) => { await dlg.locator('[name=visit_result]').selectOption('kept'); });
  await med.locator('[data-testid=follow-30] .gov-follow-kept').waitFor();
  await med.locator('.badge[data-status=resolved]').first().waitFor();
  await shot(med, 'gov-06-resolved-phone');
});

step('the street leader filters the risk register to red, sorts it, exports it with the filter', async () => {
  lead = await newPage('leader');
  await h.login(lead, 'street-leader', /#\/risks/);
  // three risks of 将军社区 registered through the API (two red, one blue)
  const login = await fetch(base + '/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'street-leader', password: 'demo-pass-123' }) }).then((r) => r.json());
  const orgs = await fetch(base + '/api/v1/orgs', { headers: { authorization: 'Bearer ' + login.token } }).then((r) => r.json());
  const jj = orgs.items.find((o) => o.name === '将军社区').id;
  for (const [l, i] of [[5, 5], [2, 2], [4, 5]]) {
    const r = await fetch(base + '/api/v1/cases', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + login.token },
      body: JSON.stringify({ type: 'risk', title: `风险${l}x${i}`, category: 'public_safety', source: 'patrol', likelihood: l, impact: i, org_id: jj }) });
    assert.equal(r.status, 201, await r.text());
  }
  await lead.goto(base + '/#/risks?sort=created_at');
  await lead.locator('[data-testid=risk-row]').first().waitFor();
  await lead.locator('[data-testid=rf-level]').selectOption('red');
  await lead.waitForFunction(() => [...document.querySelectorAll('[data-testid=risk-row]')].every((r) => r.dataset.level === 'red'));
  const levels = await lead.locator('[data-testid=risk-row]').evaluateAll((rs) => rs.map((r) => r.dataset.level));
  assert.ok(levels.length >= 2 && levels.every((l) => l === 'red'), JSON.stringify(levels));
  await lead.locator('[data-testid=sort-score]').click();
  const href = await lead.locator('[data-testid=risks-export-csv]').getAttribute('href');
  assert.match(href, /level=red/);
  assert.match(href, /format=csv/);
  const res = await lead.request.get(base + href);
  assert.equal(res.status(), 200);
  const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.ok(lines.length - 1 === levels.length, `the export holds the ${levels.length} rows shown: ${lines.length - 1}`);
  assert.ok(lines.slice(1).every((l) => l.includes('红色')), lines.join('\n'));
  await lead.locator('[data-testid=heat-row]').first().waitFor();
  await shot(lead, 'gov-07-risk-table-red');
});

step('a risk shared with another street through a measure is in that street\'s register (单案共享)', async () => {
  const tok = async (login) => (await fetch(base + '/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'demo-pass-123' }) }).then((r) => r.json())).token;
  const lt = await tok('street-leader');
  const orgs = await fetch(base + '/api/v1/orgs', { headers: { authorization: 'Bearer ' + lt } }).then((r) => r.json());
  const xg = (await fetch(base + '/api/v1/orgs', { headers: { authorization: 'Bearer ' + (await tok('admin')) } }).then((r) => r.json()))
    .items.find((o) => o.name === '西关街道').id;
  const jj = orgs.items.find((o) => o.name === '将军社区').id;
  const title = '共享风险' + Date.now() % 100000;
  const r = await fetch(base + '/api/v1/cases', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + lt },
    body: JSON.stringify({ type: 'risk', title, category: 'public_safety', source: 'patrol', likelihood: 3, impact: 3, org_id: jj }) });
  const rtext = await r.text();
  assert.equal(r.status, 201, rtext);
  const risk = JSON.parse(rtext);
  const due = new Date(Date.now() + 5 * 86400000).toISOString();
  const m = await fetch(base + `/api/v1/cases/${risk.id}/actions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + lt },
    body: JSON.stringify({ action: 'add_measure', version: risk.version, fields: { text: '西关街道联合排查', owner_unit_id: xg, due_at: due } }) });
  assert.equal(m.status, 200, await m.text());
  const xgp = await newPage('xg-operator');
  await h.login(xgp, 'xg-operator', /#\//);
  await xgp.goto(base + '/#/risks?sort=created_at');
  await xgp.locator('[data-testid=risk-row]').filter({ hasText: title }).waitFor();
  const row = xgp.locator('[data-testid=risk-row]').filter({ hasText: title });
  assert.equal(await row.locator('[data-testid=risk-shared]').innerText(), '共享', 'marked as shared');
  assert.equal(await xgp.locator('[data-testid=risk-shared]').count(), 1, 'only the shared one is marked');
  await shot(xgp, 'gov-07b-shared-risk-in-register');
});

step('the warnings queue and the appraisal with its bulletin render', async () => {
  await lead.goto(base + '/#/warnings');
  await lead.locator('[data-testid=warning-list]').waitFor();
  await shot(lead, 'gov-08-warnings');
  await lead.goto(base + '/#/appraisal');
  await lead.locator('[data-testid=appr-row]').first().waitFor();
  await lead.locator('[data-testid=appr-bulletin]').click();
  await lead.locator('[data-testid=bulletin]').waitFor();
  await shot(lead, 'gov-09-appraisal');
});

step('the grid map\'s risk heat layer: units shaded by their highest open level, a legend, a unit lists its risks and links the register', async () => {
  await lead.goto(base + '/#/map');
  await lead.locator('[data-testid=grid-map]').waitFor();
  await lead.locator('[data-testid=layer-risk]').check();
  await lead.waitForURL(/layer=risk/);
  await lead.locator('[data-testid=heat-unit]').first().waitFor();
  // the demo's red risk is at 将军社区第一网格; the community shows the highest of its subtree
  const shape = (name) => lead.locator(`[data-testid=grid-map] path.heat-shape[data-name="${name}"]`);
  assert.equal(await shape('将军社区第一网格').getAttribute('data-level'), 'red');
  assert.match(await shape('将军社区第一网格').getAttribute('class'), /heat-lv-0/);
  assert.equal(await shape('将军社区').getAttribute('data-level'), 'red');
  assert.equal(await shape('飘萍社区第三网格').getAttribute('data-level'), 'blue');
  assert.equal(await shape('飘萍社区第一网格').getAttribute('data-level'), '', 'a grid without open risks is not shaded');
  const legend = await lead.locator('[data-testid=map-legend]').innerText();
  for (const w of ['红色', '橙色', '黄色', '蓝色', '无在办风险']) assert.ok(legend.includes(w), `legend has ${w}: ${legend}`);
  // the table beside it (the accessible alternative) lists the same units
  const rows = await lead.locator('[data-testid=heat-unit]').evaluateAll((rs) => rs.map((r) => r.innerText));
  assert.ok(rows.some((r) => r.includes('将军社区第一网格')), rows.join('\n'));
  // no raw coordinates anywhere on the page
  const text = await lead.locator('main, body').first().innerText();
  assert.doesNotMatch(text, /\d{2,3}\.\d{4,}/, 'no coordinates shown');
  await shape('将军社区第一网格').click();
  await lead.locator('[data-testid=heat-case]').first().waitFor();
  const listed = await lead.locator('[data-testid=heat-cases]').innerText();
  assert.match(listed, /老旧小区燃气管道老化/);
  assert.doesNotMatch(listed, /沿街商铺消防通道堵塞/, 'only the unit\'s own risks');
  await shot(lead, 'gov-10-risk-heatmap');
  const id = await shape('将军社区第一网格').getAttribute('data-org-id');
  const link = lead.locator('[data-testid=heat-register]');
  assert.equal(await link.getAttribute('href'), `#/risks?org_id=${id}&status=open`);
  await link.click();
  await lead.waitForURL(new RegExp(`#/risks\\?.*org_id=${id}`));
  await lead.locator('[data-testid=risk-row]').first().waitFor();
  const titles = await lead.locator('[data-testid=risk-row]').evaluateAll((rs) => rs.map((r) => r.innerText));
  assert.ok(titles.length >= 1 && titles.every((r) => r.includes('将军社区第一网格')), titles.join('\n'));
});

step('the mediator\'s queue and a dispute at 390×844: nothing wider than the screen', async () => {
  const ctx = await browser.newContext({ ...PHONE, viewport: { width: 390, height: 844 } });
  contexts.push(ctx);
  const p = await ctx.newPage();
  h.trackPage(p, 'mediator-390');
  await h.login(p, 'mediator', /#\/disputes/, 'attached');
  await p.locator('[data-testid=dispute-card]').first().waitFor();
  // an element reaching past the right edge, unless a box that fits the screen scrolls it on
  // purpose (the menu strip); and a table wider than its box (a column to scroll to)
  const wide = () => p.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [];
    const scrolled = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= w + 1) return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('[hidden]') || el.closest('dialog:not([open])')) continue;
      const r = el.getBoundingClientRect();
      if (r.width && r.right > w + 1 && !scrolled(el)) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(r.right)}`);
    }
    for (const t of document.querySelectorAll('main table')) {
      const box = t.parentElement;
      if (t.offsetParent && t.scrollWidth > box.clientWidth + 1) out.push(`table.${[...t.classList].join('.')} ${t.scrollWidth} in ${box.clientWidth}`);
    }
    return { page: document.documentElement.scrollWidth - w, out: out.slice(0, 8) };
  });
  let o = await wide();
  assert.ok(o.page <= 0 && o.out.length === 0, `the queue fits 390px: ${JSON.stringify(o)}`);
  await shot(p, 'gov-11-mediator-queue-390');
  await p.locator('[data-testid=dispute-card]').first().click();
  await p.waitForURL(/#\/case\/\d+$/);
  await p.locator('.actions-panel').waitFor();
  o = await wide();
  assert.ok(o.page <= 0 && o.out.length === 0, `a dispute fits 390px: ${JSON.stringify(o)}`);
  await shot(p, 'gov-12-dispute-390');
});
