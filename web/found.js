// found.js — the public notice page (招领公告), no login: GET /api/v1/public/found shows only
// the category, colour, date found, the keeping station and the claim deadline of each item;
// GET /api/v1/public/found/stations fills the station filter (the stations with items on notice).
const rows = document.getElementById('pf-rows');
const cat = document.getElementById('pf-category');
const station = document.getElementById('pf-station');
const more = document.getElementById('pf-more');
const shown = document.getElementById('pf-shown');
const params = new URLSearchParams(location.search);
// the page is Chinese: its names too, whatever language the browser prefers
const ZH = { headers: { 'Accept-Language': 'zh-CN' } };
let cursor = null;
let count = 0;

// the columns' names, also each cell's label where a phone shows a row as a card
const LABELS = [...document.querySelectorAll('[data-testid=pf-table] th')].map((th) => th.textContent);

function cell(text, col) {
  const td = document.createElement('td');
  td.textContent = text ?? '—';
  if (col !== undefined) td.dataset.label = LABELS[col];
  return td;
}
function line(text) {
  const tr = document.createElement('tr');
  const td = cell(text);
  td.colSpan = 6;
  td.className = 'muted';
  tr.append(td);
  return tr;
}

async function load(reset) {
  const q = new URLSearchParams();
  if (station.value) q.set('org_id', station.value);
  if (cat.value) q.set('category', cat.value);
  if (!reset && cursor) q.set('cursor', cursor);
  more.disabled = true;
  let r, j;
  try {
    r = await fetch(`/api/v1/public/found?${q}`, ZH);
    j = await r.json();
  } catch {
    r = null;
  }
  more.disabled = false;
  if (reset) {
    rows.replaceChildren();
    count = 0;
  }
  if (!r || !r.ok) {
    rows.replaceChildren(line(j?.error?.message || '暂时无法加载，请稍后再试'));
    more.hidden = true;
    shown.textContent = '';
    return;
  }
  for (const i of j.items) {
    const tr = document.createElement('tr');
    tr.dataset.testid = 'pf-row';
    const code = cell(i.code, 0);
    code.className = 'code';
    tr.append(code, cell(i.category_name, 1), cell(i.color, 2), cell(i.found_date, 3), cell(i.station, 4),
      cell(i.claim_until, 5));
    rows.append(tr);
  }
  count += j.items.length;
  if (count === 0) rows.append(line('目前没有符合条件的招领公告'));
  cursor = j.next_cursor;
  more.hidden = !cursor;
  shown.textContent = count ? `已显示 ${count} 件${cursor ? '，还有更多' : ''}` : '';
}

// the filters' choices; the list still loads without them
async function options(sel, url, value, label) {
  try {
    const r = await fetch(url, ZH);
    if (!r.ok) return;
    for (const c of (await r.json()).items) {
      const o = document.createElement('option');
      o.value = c[value];
      o.textContent = label(c);
      sel.append(o);
    }
  } catch {
    // no choices: 全部 only
  }
}

cat.addEventListener('change', () => load(true));
station.addEventListener('change', () => load(true));
more.addEventListener('click', () => load(false));
await Promise.all([
  // the lost-and-found catalogue (admins extend it), no login needed
  options(cat, '/api/v1/categories?type=found', 'code', (c) => c.name),
  options(station, '/api/v1/public/found/stations', 'org_id', (s) => `${s.name}（${s.count}件）`),
]);
// a link may name the station (found.html?org_id=) or the category
for (const [sel, key] of [[station, 'org_id'], [cat, 'category']]) {
  const v = params.get(key);
  if (!v) continue;
  if (![...sel.options].some((o) => o.value === v)) {
    // a station with nothing on notice now is still the one asked for (an unknown one says so)
    const o = document.createElement('option');
    o.value = v;
    o.textContent = key === 'org_id' ? '所选派出所（暂无公告）' : v;
    sel.append(o);
  }
  sel.value = v;
}
load(true);
