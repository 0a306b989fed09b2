// found.js — the public notice page (招领公告), no login: GET /api/v1/public/found shows only
// the category, colour, date found, the station's area and the claim deadline of each item.
const rows = document.getElementById('pf-rows');
const sel = document.getElementById('pf-category');
const more = document.getElementById('pf-more');
const params = new URLSearchParams(location.search);
let cursor = null;

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '—';
  return td;
}

async function load(reset) {
  const q = new URLSearchParams();
  if (params.get('org_id')) q.set('org_id', params.get('org_id'));
  if (sel.value) q.set('category', sel.value);
  if (!reset && cursor) q.set('cursor', cursor);
  const r = await fetch(`/api/v1/public/found?${q}`);
  const j = await r.json();
  if (reset) rows.replaceChildren();
  if (!r.ok) {
    rows.replaceChildren();
    const tr = document.createElement('tr');
    tr.append(cell(j.error?.message || '暂时无法加载'));
    rows.append(tr);
    return;
  }
  for (const i of j.items) {
    const tr = document.createElement('tr');
    tr.dataset.testid = 'pf-row';
    tr.append(cell(i.code), cell(i.category_name), cell(i.color), cell(i.found_date), cell(i.area),
      cell(i.claim_until));
    rows.append(tr);
  }
  if (reset && j.items.length === 0) {
    const tr = document.createElement('tr');
    const td = cell('目前没有招领公告');
    td.colSpan = 6;
    tr.append(td);
    rows.append(tr);
  }
  cursor = j.next_cursor;
  more.hidden = !cursor;
}

sel.addEventListener('change', () => load(true));
more.addEventListener('click', () => load(false));
// category names from the public list itself (the catalogue needs a login)
const names = new Map([['id_doc', '证件'], ['phone', '手机'], ['wallet', '钱包'], ['keys', '钥匙'],
  ['ebike', '电动车'], ['bicycle', '自行车'], ['bag', '包'], ['cash', '现金'], ['jewelry', '首饰'],
  ['electronics', '电子产品'], ['other', '其他']]);
for (const [code, name] of names) {
  const o = document.createElement('option');
  o.value = code;
  o.textContent = name;
  sel.append(o);
}
load(true);
