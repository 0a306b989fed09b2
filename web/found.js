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
  // the page is Chinese: its names too, whatever language the browser prefers
  const r = await fetch(`/api/v1/public/found?${q}`, { headers: { 'Accept-Language': 'zh-CN' } });
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
// the categories of the lost-and-found catalogue (admins extend it), no login needed
async function categories() {
  try {
    const r = await fetch('/api/v1/categories?type=found', { headers: { 'Accept-Language': 'zh-CN' } });
    if (!r.ok) return;
    for (const c of (await r.json()).items) {
      const o = document.createElement('option');
      o.value = c.code;
      o.textContent = c.name;
      sel.append(o);
    }
  } catch {
    // the list still loads without the filter's options
  }
}
categories();
load(true);
