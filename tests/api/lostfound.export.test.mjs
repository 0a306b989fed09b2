// The registers' exports (登记簿, GET /cases?type=lost|found&format=csv|xlsx) show who lost or
// found the item, masked as the register page shows it (失主 王*明, 拾得人 李*得): the column was
// missing (lfux), so an exported register could not be read back to its owner. Never the whole
// name or the phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API } from './lib.mjs';
import { lfKit } from './lfkit.mjs';

let srv;
const S = {};
const { create } = lfKit(() => srv, S);

before(async () => {
  srv = await startServer();
  S['cz-officer'] = await srv.login('cz-officer');
});
after(async () => { await srv?.stop(); });

/** The CSV export of q as cz-officer in lang: header cells and the row holding code. */
async function csv(q, code, lang = 'zh-CN') {
  const r = await srv.api('GET', `${API}/cases?${q}&format=csv`,
    { token: S['cz-officer'].token, headers: { 'Accept-Language': lang } });
  assert.equal(r.status, 200, r.text);
  const lines = r.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const row = lines.find((l) => l.startsWith(code + ','));
  assert.ok(row, `${code} is exported`);
  return { head: lines[0].split(','), row: row.split(','), text: r.text };
}

test('the lost register\'s export has 失主 and the found register\'s 拾得人, masked as on the page', async () => {
  const L = await create('cz-officer', { type: 'lost', category: 'wallet', body: '棕色钱包',
    persons: [{ role: 'owner', name: '王小明', phone: '13700001111' }] });
  const F = await create('cz-officer', { type: 'found', category: 'wallet', body: '捡到钱包一个', storage_place: 'A柜',
    persons: [{ role: 'finder', name: '李拾得', phone: '13700002222' }] });
  const N = await create('cz-officer', { type: 'found', category: 'keys', body: '钥匙一串' });
  // the page's list shows the same masked names
  const page = await srv.api('GET', `${API}/cases?type=lost&limit=50`, { token: S['cz-officer'].token });
  assert.equal(page.json.items.find((c) => c.id === L.id).persons[0].name, '王*明');

  let { head, row, text } = await csv('type=lost', L.code);
  assert.equal(head.at(-1), '失主');
  assert.equal(row.at(-1), '王*明');
  for (const secret of ['王小明', '13700001111']) assert.ok(!text.includes(secret), `no ${secret}`);
  ({ head, row, text } = await csv('type=found', F.code));
  assert.equal(head.at(-1), '拾得人');
  assert.equal(row.at(-1), '李*得');
  for (const secret of ['李拾得', '13700002222']) assert.ok(!text.includes(secret), `no ${secret}`);
  // an item without a finder: the cell is empty
  ({ row } = await csv('type=found', N.code));
  assert.equal(row.at(-1), '');
  // in English: the role's English name heads it
  ({ head, row } = await csv('type=lost', L.code, 'en'));
  assert.equal(head.at(-1), 'Owner');
  assert.equal(row.at(-1), '王*明');
});
