// Browser test of lost and found (失物招领) on the 阳光坐席 desk page, against a real pingan server
// with the demo data:
//   cz-officer opens the desk (1366 px): the quick-register buttons are the desk types (desk1's
//   visit, help, incident, cctv, archive among them, each leading to its own create form at the
//   desk's station) and no lost/found button (one registration path: lostfound's own form, a
//   section of the desk); the match alerts and the items near the claim deadline are sections
//   too. He registers a visitor through the quick button, then a found phone and a lost one from
//   the desk's lost-and-found section; the match alert appears on the desk with its reasons; he
//   confirms it and the return dialog opens from there. The desk on a tablet (768x1024) and in
//   English. Screenshots go to tests/browser/out/desklf-*.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, expectStatus, shot, PASSWORD, USER } from './harness.mjs';
import { login as apiLogin, request } from '../api/lib.mjs';

const DESK_SCREEN = { viewport: { width: 1366, height: 768 }, ...USER };
const TABLET = { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true, ...USER };
const DESK1 = ['visit', 'help', 'incident', 'cctv', 'archive'];
const HAN = /[\u4e00-\u9fff]/;

let base;
let browser;
let officer;
let stationId;
const contexts = [];

const h = createHarness({
  tmpPrefix: 'pingan-desklf-',
  logFile: 'desklf-server.log',
  failPrefix: 'desklf-FAILED-',
  pages: () => [['officer', officer]],
});
const { step, trackPage } = h;

async function newPage(options, label, init) {
  const ctx = await browser.newContext(options);
  if (init) await ctx.addInitScript(init);
  contexts.push(ctx);
  const p = await ctx.newPage();
  trackPage(p, label);
  return p;
}

async function noSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

async function registerOnDesk(page, side, values) {
  const reg = page.locator('[data-testid=desk-lf-register]');
  await reg.locator(`[data-testid=lf-tab-${side}]`).click();
  await reg.locator('[data-testid=lf-category]').selectOption('phone');
  for (const [k, v] of Object.entries(values)) await reg.locator(`[data-testid=lf-${k}]`).fill(v);
  const before = await reg.locator('[data-testid=lf-registered]').textContent();
  await reg.locator('[data-testid=lf-save]').click();
  // a lost report without its owner is asked about first (nobody to call back); passed
  if (side === 'lost' && !values.person_name && !values.person_phone) {
    const ask = page.locator('dialog[data-testid=confirm]');
    await ask.waitFor();
    assert.match(await ask.textContent(), /无法联系失主/);
    await ask.locator('button[type=submit]').click();
  }
  await page.waitForFunction((b) => {
    const el = document.querySelector('[data-testid=desk-lf-register] [data-testid=lf-registered]');
    return el && el.textContent !== b && /已登记/.test(el.textContent);
  }, before);
  return (await reg.locator('[data-testid=lf-registered]').textContent()).match(/[A-Z]+\d+/)[0];
}

before(async () => {
  ({ base, browser } = await h.start());
  officer = await newPage(DESK_SCREEN, 'officer');
});
after(() => h.stop(contexts));

step('the desk holds the desk types\' buttons and the lost-and-found sections, no second path', async () => {
  await h.login(officer, 'cz-officer', /#\/board/);
  await officer.locator('[data-testid=nav-desk]').click();
  await officer.waitForURL(/#\/desk/);
  await officer.locator('[data-testid=desk-quick] a').first().waitFor();
  const quick = await officer.locator('[data-testid=desk-quick] a').evaluateAll((els) =>
    els.map((e) => ({ id: e.dataset.testid, href: e.getAttribute('href'), text: e.textContent })));
  const ids = quick.map((q) => q.id);
  for (const t of [...DESK1, 'custody', 'handover', 'commendation']) assert.ok(ids.includes('desk-new-' + t), t);
  assert.ok(!ids.includes('desk-new-lost') && !ids.includes('desk-new-found'), 'lost/found register in their own section only');
  for (const q of quick) assert.match(q.text, HAN, `a Chinese label on ${q.id}`);
  // desk1's types lead to their own forms (datetime ranges, the person), the station kept
  stationId = Number(new URL(quick[0].href.replace('#', 'x:'), 'x:/').searchParams.get('org_id'));
  assert.ok(stationId > 0);
  for (const t of DESK1) assert.equal(quick.find((q) => q.id === 'desk-new-' + t).href, `#/new/${t}?org_id=${stationId}`);
  assert.equal(quick.find((q) => q.id === 'desk-new-custody').href, `#/desk/new/custody?org_id=${stationId}`);
  // the lost-and-found sections
  await officer.locator('[data-testid=desk-lf-register] [data-testid=lf-save]').waitFor();
  await officer.locator('[data-testid=desk-lf-alerts] [data-testid=lf-alerts]').waitFor();
  await officer.locator('[data-testid=desk-lf-expiring] [data-testid=lf-expiring]').waitFor();
  assert.equal(await officer.locator('.desk-col').count(), 2);
  assert.ok(await noSideways(officer), 'no sideways scroll at 1366 px');
  await shot(officer, 'desklf-1-desk-1366');
});

step('a desk1 quick button opens the type\'s own form at the desk\'s station; a visitor is registered', async () => {
  await officer.locator('[data-testid=desk-new-cctv]').click();
  await officer.waitForURL(/#\/new\/cctv\?org_id=\d+/);
  const cctv = officer.locator('[data-testid=new-cctv]');
  await cctv.waitFor();
  await officer.waitForFunction(() => document.querySelector('[data-testid=new-cctv] select[name=org_id]')?.disabled === false);
  assert.equal(Number(await cctv.locator('select[name=org_id]').inputValue()), stationId);
  assert.equal(await cctv.locator('a.btn', { hasText: '取消' }).getAttribute('href'), `#/desk?org_id=${stationId}`);
  await shot(officer, 'desklf-2-cctv-form');
  await cctv.locator('a.btn', { hasText: '取消' }).click();
  await officer.waitForURL(/#\/desk\?org_id=/);
  await officer.locator('[data-testid=desk-new-visit]').click();
  const form = officer.locator('[data-testid=new-visit]');
  await form.waitFor();
  await form.locator('[name=title]').fill('群众来所咨询户籍业务');
  await form.locator('[name=purpose]').selectOption({ index: 1 });
  await form.locator('[data-testid=desk-submit]').click();
  await officer.waitForURL(/#\/case\/\d+/);
  await expectStatus(officer, '接待中');
  await officer.goto(base + '/#/desk');
  await officer.locator('[data-testid=desk-today-item]', { hasText: '群众来所咨询户籍业务' }).waitFor();
});

step('a found item and a lost report registered from the desk: the match alert shows there', async () => {
  await officer.locator('[data-testid=desk-lf-register] [data-testid=lf-save]').waitFor();
  const found = await registerOnDesk(officer, 'found', { body: '大厅座椅上拾得手机一部', color: '银色', brand: 'OPPO',
    serial: 'IMEI 8698 7654 3210 987', marks: '透明手机壳内夹着一张公交卡', address: '城中派出所大厅', storage_place: '值班室B柜' });
  // registered at the desk's station, as a found item
  const c = await officer.evaluate(async (code) => {
    const { api } = await import('/api.js');
    const r = await api('GET', '/cases?type=found&limit=50');
    return r.items.find((i) => i.code === code);
  }, found);
  assert.ok(c, 'the found item is listed');
  assert.equal(c.org_id, stationId);
  // the desk's cases of the day list it too, and its type is counted (no quick button for it)
  await officer.locator('[data-testid=desk-today-item]', { hasText: found }).waitFor();
  await officer.locator('[data-testid=desk-bytype-found]').filter({ hasText: /拾遗物登记/ }).waitFor();
  assert.match(await officer.locator('[data-testid=desk-bytype-found]').textContent(), /今日\s*[1-9]/);
  await shot(officer, 'desklf-3-found-registered');
  // the alerts come from one call for the station, never one per open lost report
  const asked = [];
  const onReq = (r) => { if (r.url().includes('/api/v1/')) asked.push(new URL(r.url()).pathname + new URL(r.url()).search); };
  officer.on('request', onReq);
  const lost = await registerOnDesk(officer, 'lost', { body: '在派出所大厅丢了银色OPPO手机', color: '银色', brand: 'OPPO',
    serial: '尾号0987', marks: '透明壳里有公交卡', address: '城中派出所' });
  // the alert redraws after the registration, with the found item and its reasons
  const alert = officer.locator('[data-testid=desk-lf-alerts] [data-testid=lf-alert]', { hasText: lost });
  await alert.waitFor();
  const match = alert.locator('[data-testid=lf-match]').first();
  assert.match(await match.textContent(), new RegExp(found));
  const shown = await match.textContent();
  if (!/尾号一致/.test(shown)) {
    // seen once in a full run (session 9), never alone: say what the server holds for the pair
    const held = await officer.evaluate(async (code) => {
      const { api } = await import('/api.js');
      const l = (await api('GET', '/cases?type=lost&limit=50')).items.find((i) => i.code === code);
      const f = (await api('GET', '/cases?type=found&limit=50')).items;
      return { lost: l, found: f.slice(0, 3), matches: l && await api('GET', `/cases/${l.id}/matches`) };
    }, lost);
    assert.fail(`no 尾号一致 in ${shown}; the server holds ${JSON.stringify(held)}`);
  }
  assert.match(await match.textContent(), /（\+\d+分）/, 'the points in Chinese');
  officer.off('request', onReq);
  assert.ok(asked.some((u) => u.startsWith(`/api/v1/lostfound/alerts?org_id=${stationId}`)), JSON.stringify(asked));
  assert.ok(!asked.some((u) => /\/cases\/\d+\/matches/.test(u)), `no per-report calls: ${JSON.stringify(asked)}`);
  const csvHref = await officer.locator('[data-testid=desk-lf-alerts] [data-testid=lf-alerts-export-csv]').getAttribute('href');
  assert.match(csvHref, new RegExp(`^/api/v1/lostfound/alerts\\?.*org_id=${stationId}.*format=csv`));
  assert.doesNotMatch(csvHref, /limit=|cursor=/);
  await shot(officer, 'desklf-4-match-alert');
  await match.locator('[data-testid=lf-confirm]').click();
  await officer.locator('dialog[data-testid=confirm] button[type=submit]').click();
  const ret = officer.locator('[data-testid=desk-lf-alerts] [data-testid=lf-return]').first();
  await ret.waitFor();
  await ret.click();
  const dlg = officer.locator('[data-testid=lf-return-dialog]');
  await dlg.waitFor();
  assert.match(await dlg.locator('h2').textContent(), new RegExp(found));
  assert.match(await dlg.locator('h2').textContent(), /^返还失主：/);
  assert.equal(await dlg.evaluate((d) => getComputedStyle(d.querySelector('form')).paddingTop), '18px', 'the app\'s dialog layout');
  await shot(officer, 'desklf-5-return-dialog');
  await dlg.locator('button', { hasText: '取消' }).click();
  await dlg.waitFor({ state: 'detached' });
});

step('the form refuses what it cannot take, in Chinese: no category, an ID card number that is not one', async () => {
  const reg = officer.locator('[data-testid=desk-lf-register]');
  const msg = reg.locator('[data-testid=lf-registered]');
  await reg.locator('[data-testid=lf-tab-lost]').click();
  // nothing is picked by default (the first of the catalogue, 包, was taken for a forgotten pick)
  assert.equal(await reg.locator('[data-testid=lf-category]').inputValue(), '');
  await reg.locator('[data-testid=lf-body]').fill('丢了一把伞');
  await reg.locator('[data-testid=lf-save]').click();
  await msg.filter({ hasText: '请选择物品类别' }).waitFor();
  await reg.locator('[data-testid=lf-category]').selectOption('other');
  // the form has no 证件类型: a short number is refused here, not with 须填写证件类型
  await reg.locator('[data-testid=lf-person_id]').fill('12345');
  await reg.locator('[data-testid=lf-save]').click();
  await msg.filter({ hasText: '身份证号码应为18位' }).waitFor();
  await reg.locator('[data-testid=lf-person_id]').fill('330702199001013527');
  await reg.locator('[data-testid=lf-save]').click();
  await msg.filter({ hasText: '校验位' }).waitFor();
  assert.equal(await officer.evaluate(() => document.activeElement.dataset.testid), 'lf-person_id');
  assert.equal(await reg.locator('[data-testid=lf-registered-link]').count(), 0, 'nothing registered');
  await reg.locator('[data-testid=lf-person_id]').fill('');
  await reg.locator('[data-testid=lf-body]').fill('');
});

step('a live change of the station redraws the desk around the form: the focus and the typing stay; the claim-deadline list follows', async () => {
  // a found item whose claim period ends within 30 days as soon as it is registered
  const admin = await apiLogin(base, 'admin', PASSWORD);
  const settings = (body) => request(base, 'PUT', '/api/v1/lostfound/settings', { token: admin.token, body });
  assert.equal((await settings({ notice_days: 0, claim_days: 30 })).status, 200);
  try {
    const reg = officer.locator('[data-testid=desk-lf-register]');
    await reg.locator('[data-testid=lf-tab-found]').click();
    const brand = reg.locator('[data-testid=lf-brand]');
    await brand.click();
    await officer.keyboard.type('HUA');
    // the panels drawn before the change are marked: the redraw replaces them
    await officer.evaluate(() => { document.querySelector('[data-testid=desk-today]').dataset.old = '1'; });
    // someone at the station registers a found item meanwhile (a live change of the station)
    const code = await officer.evaluate(async () => {
      const { api } = await import('/api.js');
      return (await api('POST', '/cases', { type: 'found', category: 'bicycle', body: '门口停放多日的蓝色自行车', color: '蓝色' })).code;
    });
    await officer.waitForFunction(() => !document.querySelector('[data-testid=desk-today][data-old]'));
    await officer.locator('[data-testid=desk-lf-expiring] tr', { hasText: code }).waitFor();
    assert.equal(await officer.evaluate(() => document.activeElement && document.activeElement.dataset.testid), 'lf-brand',
      'the input being typed in keeps the focus');
    await officer.keyboard.type('WEI');
    assert.equal(await brand.inputValue(), 'HUAWEI');
    await brand.fill('');
  } finally {
    assert.equal((await settings({ notice_days: 3, claim_days: 365 })).status, 200);
  }
});

step('on a tablet (768x1024) the sections stack without sideways scroll; English is available', async () => {
  const tab = await newPage(TABLET, 'tablet');
  await h.login(tab, 'cz-aux', /#\/board/);
  await tab.goto(base + '/#/desk');
  await tab.locator('[data-testid=desk-lf-register] [data-testid=lf-save]').waitFor();
  await tab.locator('[data-testid=desk-lf-expiring] [data-testid=lf-expiring]').waitFor();
  assert.ok(await noSideways(tab), 'no sideways scroll on a tablet');
  await shot(tab, 'desklf-6-tablet');
  const en = await newPage(DESK_SCREEN, 'english', () => localStorage.setItem('pingan.lang', 'en'));
  await h.login(en, 'cz-officer', /#\/board/);
  await en.goto(base + '/#/desk');
  await en.locator('[data-testid=desk-lf-register] [data-testid=lf-save]').waitFor();
  await en.locator('[data-testid=desk-lf-alerts] [data-testid=lf-alerts]').waitFor();
  assert.equal((await en.locator('[data-testid=desk-lf-register] [data-testid=lf-tab-found]').textContent()).trim(), 'Found item');
  assert.equal((await en.locator('[data-testid=desk-lf-alerts] h2').first().textContent()).trim(), 'Match alerts');
  const enMatch = await en.locator('[data-testid=desk-lf-alerts] [data-testid=lf-match]').first().textContent();
  assert.match(enMatch, /\(\+\d+ points\)/);
  assert.doesNotMatch(enMatch, /分）/);
  // the reasons themselves in English (a typed title stays as typed; a made one is English too)
  const enReasons = await en.locator('[data-testid=desk-lf-alerts] [data-testid=lf-match] .lf-reasons li').allTextContents();
  assert.ok(enReasons.length >= 4);
  for (const r of enReasons) assert.doesNotMatch(r, HAN, `English reason: ${r}`);
  assert.ok(enReasons.some((r) => /serial tail agrees/.test(r)), JSON.stringify(enReasons));
  await shot(en, 'desklf-7-english');
});
