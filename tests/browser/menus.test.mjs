// Browser test: the header's links and the home page follow the roles the user holds (and the
// kind of org unit each grant is on). Every demo account signs in; its home page is the list it
// acts on, its menu holds the links it needs and none of the pages that can only be empty for it
// (station staff: no grid map, supervision or indicators; citizens: not the station's internal
// board; a department handler: its queue first). No home page logs a console error or a
// Content-Security-Policy refusal (the leaders' risk register did, for inline styles). Screenshots of each home page at 1366 px and
// at a 390 px phone go to tests/browser/out/menu-<login>-{desktop,phone}.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot, collectErrors } from './harness.mjs';

const WIDE = { viewport: { width: 1366, height: 860 }, locale: 'zh-CN' };
const PHONE390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' };

const ALL = ['events-dept', 'events-intake', 'events-mine', 'events-new', 'events-verify', 'supervision',
  'events-escalated', 'map', 'dashboard', 'desk', 'lostfound', 'board', 'new', 'persons', 'access-log', 'users', 'desk-stats',
  'disputes', 'risks', 'warnings', 'appraisal', 'complaints', 'campaigns', 'patrols', 'patrol-new', 'catalogue', 'found-notice', 'mylost-new', 'mylost'];
// patrol checks (排查): grid workers record them (登记排查); grid workers, leaders and operators of
// places read the list (排查记录)
// governance (治理): mediators, leaders and operators of places see the disputes and risks;
// leaders and operators the warnings; leaders of places the appraisal; campaigns (专项整治) for
// leaders, operators and grid workers of places
// persons (当事人): the lookup for officers, auxiliaries, leaders, operators and mediators; the
// reveals log (查看记录) and the users list (用户) for leaders and admins; the 阳光坐席 front desk and 失物招领 (lost and
// found) for station roles only; the catalogues (目录维护) for admins; 所情统计 for officers and leaders; 投诉 (complaints) for the
// citizens (their own), the station roles and the operators who register or judge them
const STATION = { home: /#\/board$/, first: 'board', has: ['board', 'desk', 'lostfound', 'new', 'persons', 'desk-stats', 'complaints'] };
const STATION_LEADER = { ...STATION, has: [...STATION.has, 'access-log', 'users'] };
const AUXILIARY = { home: /#\/board$/, first: 'board', has: ['board', 'desk', 'lostfound', 'new', 'persons', 'complaints'] };

// leaders of places (a township's or a community's): the risk register first (its heat table drew
// each cell's shade in a style attribute, which the CSP refused on every load); mediators: disputes
const PLACE_LEADER = { home: /#\/risks$/, first: 'risks', has: ['risks', 'supervision', 'map', 'dashboard', 'disputes', 'patrols', 'warnings', 'complaints', 'appraisal', 'campaigns', 'persons', 'access-log', 'users'] };
const MEDIATOR = { home: /#\/disputes$/, first: 'disputes', has: ['disputes', 'map', 'dashboard', 'risks', 'persons'] };

// login → the home page, the first link, and exactly the links the menu holds.
const ROLES = {
  admin: { home: /#\/board$/, first: 'board', has: ['events-intake', 'supervision', 'events-escalated', 'map', 'dashboard', 'lostfound', 'board', 'new', 'access-log', 'users', 'desk-stats', 'disputes', 'risks', 'warnings', 'appraisal', 'complaints', 'campaigns', 'patrols', 'catalogue'] },
  'cz-leader': STATION_LEADER,
  'cz-officer': STATION,
  'cz-aux': AUXILIARY,
  'xg-leader': STATION_LEADER,
  'xg-officer': STATION,
  'grid-worker': { home: /#\/events\/mine$/, first: 'events-mine', has: ['events-mine', 'events-new', 'events-verify', 'map', 'dashboard', 'campaigns', 'patrol-new', 'patrols'] },
  operator: { home: /#\/events\/intake$/, first: 'events-intake', has: ['events-intake', 'events-new', 'supervision', 'events-escalated', 'map', 'dashboard', 'persons', 'disputes', 'risks', 'warnings', 'complaints', 'campaigns', 'patrols'] },
  'xg-operator': { home: /#\/events\/intake$/, first: 'events-intake', has: ['events-intake', 'events-new', 'supervision', 'events-escalated', 'map', 'dashboard', 'persons', 'disputes', 'risks', 'warnings', 'complaints', 'campaigns', 'patrols'] },
  'county-operator': { home: /#\/events\/intake$/, first: 'events-intake', has: ['events-intake', 'events-new', 'supervision', 'events-escalated', 'map', 'dashboard', 'persons', 'disputes', 'risks', 'warnings', 'complaints', 'campaigns', 'patrols'] },
  handler: { home: /#\/events\/dept$/, first: 'events-dept', has: ['events-dept'] },
  citizen: { home: /#\/events\/mine$/, first: 'events-mine', has: ['events-mine', 'events-new', 'complaints', 'mylost-new', 'mylost', 'found-notice'] },
  mediator: MEDIATOR,
  'town-mediator': MEDIATOR,
  'county-mediator': MEDIATOR,
  'street-leader': PLACE_LEADER,
  'community-leader': PLACE_LEADER,
};

const contexts = [];
let browser;
let current = null;
const h = createHarness({
  tmpPrefix: 'pingan-menus-', logFile: 'server-menus.log', failPrefix: 'FAILED-menus-', slugMax: 40,
  pages: () => [['page', current]],
});

before(async () => { ({ browser } = await h.start()); });
after(() => h.stop(contexts));

for (const [login, want] of Object.entries(ROLES)) {
  h.step(`${login}: home page and menu`, async () => {
    for (const [size, opts] of [['desktop', WIDE], ['phone', PHONE390]]) {
      const ctx = await browser.newContext(opts);
      contexts.push(ctx);
      const page = await ctx.newPage();
      current = page;
      h.trackPage(page, login);
      const errors = await collectErrors(page);
      await h.login(page, login, want.home, 'attached');
      const keys = await page.locator('.topnav a[data-nav]').evaluateAll((els) => els.map((e) => e.dataset.nav));
      assert.deepEqual([...keys].sort(), [...want.has].sort(), `${login} (${size}) menu`);
      assert.equal(keys[0], want.first, `${login}: the home list leads the menu`);
      for (const k of ALL.filter((x) => !want.has.includes(x))) assert.ok(!keys.includes(k), `${login} has no ${k}`);
      // The page has finished loading (no "loading" note left) and speaks Chinese only.
      await page.locator('#main h1').first().waitFor();
      await page.waitForFunction(() => ![...document.querySelectorAll('#main .muted')]
        .some((e) => e.offsetParent !== null && e.textContent.trim() === '正在加载…'));
      const text = await page.locator('body').innerText();
      assert.doesNotMatch(text, /您的范围内没有/, `${login}: no empty-scope note on the home page`);
      if (size === 'phone') {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${login}: no sideways scrolling at 390 px (${overflow}px)`);
      }
      await page.waitForLoadState('networkidle');
      assert.deepEqual(errors, [], `${login} (${size}): no console error or CSP refusal on the home page`);
      await shot(page, `menu-${login}-${size}`, false);
      await ctx.close();
    }
  });
}
