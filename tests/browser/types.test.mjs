// Browser test: a case type with no front-end module of its own still gets a usable case page,
// built from its descriptor in GET /api/v1/types (statuses, actions and fields with labels and
// kinds). The server has no such type yet, so this test answers /types, the case and its action
// itself (page.route) for a made-up type `lost_item` (失物招领), and checks the page: status and
// action names from the descriptor in both languages, the fields shown by kind (a choice by its
// name, a time formatted, a user by name), and the action dialog built from the action's fields
// posting {note, fields} with the version on screen. Screenshot: type-generic-case.png.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, shot } from './harness.mjs';

const WIDE = { viewport: { width: 1366, height: 860 }, locale: 'zh-CN' };
const CASE_ID = 990001;

const DESCRIPTOR = {
  type: 'lost_item', name: '失物招领', name_zh: '失物招领', name_en: 'Lost and found',
  statuses: [
    { code: 'found', name_zh: '待认领', name_en: 'Waiting', closed: false },
    { code: 'returned', name_zh: '已归还', name_en: 'Returned', closed: true },
  ],
  actions: [{
    code: 'return_item', name_zh: '归还失主', name_en: 'Return to owner', from: ['found'], to: 'returned',
    requires: ['fields.owner_name', 'note?'],
    fields: [
      { name: 'owner_name', label_zh: '失主姓名', label_en: 'Owner', kind: 'text' },
      { name: 'channel', label_zh: '归还方式', label_en: 'How', kind: 'choice',
        choices: [{ code: 'desk', name_zh: '前台领取', name_en: 'At the desk' }, { code: 'post', name_zh: '邮寄', name_en: 'By post' }] },
    ],
  }],
  fields: [
    { name: 'item_kind', label_zh: '物品类别', label_en: 'Item', kind: 'choice', list: true, public: true,
      choices: [{ code: 'wallet', name_zh: '钱包', name_en: 'Wallet' }, { code: 'phone', name_zh: '手机', name_en: 'Phone' }] },
    { name: 'found_at', label_zh: '拾获时间', label_en: 'Found at', kind: 'time', list: true, public: true },
    { name: 'keeper_id', label_zh: '保管人', label_en: 'Keeper', kind: 'user', list: false, public: false },
    { name: 'valuable', label_zh: '贵重物品', label_en: 'Valuable', kind: 'bool', list: false, public: false },
  ],
};

function theCase(status, version) {
  return {
    id: CASE_ID, code: 'SW202612010001', type: 'lost_item', title: '黑色钱包一个', body: '在城中路公交站拾获。',
    status, version, org_id: 21, org_name: '城中派出所', reporter_name: '王磊（民警）', assignee_name: null,
    created_at: '2026-12-01T09:00:00+08:00', updated_at: '2026-12-01T09:00:00+08:00', closed_at: null,
    item_kind: 'wallet', found_at: '2026-12-01T08:30:00+08:00', keeper_id: 3, keeper_name: '王磊（民警）', valuable: true,
    allowed_actions: status === 'found' ? ['return_item'] : [],
    timeline: [{ id: 1, seq: 1, kind: 'create', at: '2026-12-01T09:00:00+08:00', actor_name: '王磊（民警）', to_status: 'found' }],
  };
}

const contexts = [];
let browser;
let page;
const h = createHarness({
  tmpPrefix: 'pingan-types-', logFile: 'server-types.log', failPrefix: 'FAILED-types-', slugMax: 40,
  pages: () => [['page', page]],
});

before(async () => { ({ browser } = await h.start()); });
after(() => h.stop(contexts));

h.step('a type known only by its descriptor shows its fields and its action', async () => {
  const ctx = await browser.newContext(WIDE);
  contexts.push(ctx);
  page = await ctx.newPage();
  h.trackPage(page, 'officer');
  let posted = null;
  await page.route('**/api/v1/types', async (route) => {
    const res = await route.fetch();
    const j = await res.json();
    j.items.push(DESCRIPTOR);
    await route.fulfill({ response: res, json: j });
  });
  await page.route(`**/api/v1/cases/${CASE_ID}`, (route) => route.fulfill({ json: posted ? theCase('returned', 5) : theCase('found', 4) }));
  await page.route(`**/api/v1/cases/${CASE_ID}/actions`, (route) => {
    posted = JSON.parse(route.request().postData());
    return route.fulfill({ json: theCase('returned', 5) });
  });
  await h.login(page, 'cz-officer', /#\/board$/);
  await page.goto(`${h.base}/#/case/${CASE_ID}`);
  await page.locator('[data-testid=case-title]').waitFor();

  assert.equal((await page.locator('[data-testid=case-status] .badge').textContent()).trim(), '待认领');
  assert.equal((await page.locator('[data-testid=case-field-item_kind]').textContent()).trim(), '钱包');
  assert.equal((await page.locator('[data-testid=case-field-found_at]').textContent()).trim(), '2026-12-01 08:30');
  assert.equal((await page.locator('[data-testid=case-field-keeper_id]').textContent()).trim(), '王磊（民警）');
  assert.equal((await page.locator('[data-testid=case-field-valuable]').textContent()).trim(), '是');
  const details = await page.locator('.details-panel').innerText();
  for (const label of ['物品类别', '拾获时间', '保管人', '贵重物品', '失物招领']) assert.match(details, new RegExp(label));
  assert.doesNotMatch(details, /wallet|lost_item|item_kind/, 'no codes shown');
  const btn = page.locator('.actions-panel [data-action=return_item]');
  assert.equal((await btn.textContent()).trim(), '归还失主');
  await shot(page, 'type-generic-case');

  await btn.click();
  const dlg = page.locator('dialog[data-testid=action-return_item]');
  await dlg.waitFor();
  // The owner's name is required: an empty form is refused in the dialog.
  await dlg.locator('button[type=submit]').click();
  await dlg.locator('.alert-error').waitFor();
  assert.equal(posted, null, 'nothing sent');
  await dlg.locator('textarea[name=owner_name]').fill('李先生');
  await dlg.locator('select[name=channel]').selectOption({ label: '前台领取' });
  await shot(page, 'type-generic-dialog', false);
  await dlg.locator('button[type=submit]').click();
  await dlg.waitFor({ state: 'detached' });
  assert.deepEqual(posted, { action: 'return_item', version: 4, fields: { owner_name: '李先生', channel: 'desk' } });
  await page.locator('[data-testid=case-status] .badge', { hasText: '已归还' }).waitFor();

  await page.locator('.lang-btn[data-lang=en]').click();
  await page.locator('[data-testid=case-status] .badge', { hasText: 'Returned' }).waitFor();
  assert.equal((await page.locator('[data-testid=case-field-item_kind]').textContent()).trim(), 'Wallet');
  await page.locator('.lang-btn[data-lang=zh]').click();
});
