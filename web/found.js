// found.js — the public notice page (招领公告), no login: GET /api/v1/public/found shows only
// the category, colour, date found, the keeping station with its claim office (认领地点: address,
// phone, hours, as set) and the claim deadline of each item — marked 已过认领期 once it has passed
// (claim_ended: the item is not disposed of yet, so the owner may still ask the station);
// GET /api/v1/public/found/stations fills the station filter (the stations with items on notice)
// and, filtered by one station, the block above the list that says once where to claim there.
const params = new URLSearchParams(location.search);
const rows = document.getElementById('pf-rows');
const cat = document.getElementById('pf-category');
const station = document.getElementById('pf-station');
const more = document.getElementById('pf-more');
const shown = document.getElementById('pf-shown');

// Chinese first, English on the switch (the app's choice too, pingan.lang; or ?lang=en in a
// link): the page's words here, the categories' and colours' names from the server in the same
// language, whatever language the browser prefers. Stations are named as registered.
const STORAGE_KEY = 'pingan.lang';
const WORDS = {
  zh: {
    brand: '平安', title: '招领公告', enter: '进入系统', how: document.querySelector('[data-i18n=how]').textContent,
    privacy: document.querySelector('[data-i18n=privacy]').textContent, station: '派出所', category: '物品类别',
    all: '全部', col_code: '招领编号', col_category: '物品类别', col_color: '颜色', col_date: '拾得日期',
    col_station: '认领地点', col_until: '认领截止', loading: '正在加载…', more: '加载更多',
    failed: '暂时无法加载，请稍后再试', empty: '目前没有符合条件的招领公告',
    shown: (n, more) => `已显示 ${n} 件${more ? '，还有更多' : ''}`, station_count: (s) => `${s.name}（${s.count}件）`,
    asked_station: '所选派出所（暂无公告）', no_station: '所选单位不存在',
    office_address: '认领地址', office_phone: '联系电话', office_hours: '办公时间',
    office_title: (name) => `${name} 认领地点`,
    ended: '已过认领期', ended_hint: '物品尚未处理，请先向派出所询问能否认领',
  },
  en: {
    brand: 'Pingan', title: 'Found items on notice', enter: 'Sign in',
    how: 'These items were handed in and are kept by a police station. If one is yours, bring your ID card to the station that keeps it and describe the item (its serial number, contents or marks); once checked it is handed back to you in person.',
    privacy: 'To protect the owners, the notice lists only the category, colour, date found and the station. The claim period runs from the day of the notice; an item nobody claims by then is disposed of as the law provides. Items past their claim period but not yet disposed of stay listed, marked “Claim period over”: ask the station first.',
    station: 'Police station', category: 'Category', all: 'All', col_code: 'Notice no.', col_category: 'Category',
    col_color: 'Colour', col_date: 'Found on', col_station: 'Claim at', col_until: 'Claim by', loading: 'Loading…',
    more: 'Load more', failed: 'Cannot load the list now; please try again later', empty: 'No found items on notice match',
    shown: (n, more) => `${n} shown${more ? '; there are more' : ''}`, station_count: (s) => `${s.name} (${s.count})`,
    asked_station: 'The station asked for (nothing on notice)', no_station: 'There is no such station',
    office_address: 'Address', office_phone: 'Phone', office_hours: 'Hours',
    office_title: (name) => `Where to claim: ${name}`,
    ended: 'Claim period over', ended_hint: 'not disposed of yet: ask the station whether it can still be claimed',
  },
};
function pickLang() {
  const asked = params.get('lang');
  if (asked === 'en' || asked === 'zh') return asked;
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}
const lang = pickLang();
const W = WORDS[lang];
const HEADERS = { headers: { 'Accept-Language': lang === 'en' ? 'en' : 'zh-CN' } };
if (lang === 'en') {
  document.documentElement.lang = 'en';
  document.title = `${W.title} - ${W.brand}`;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = W[el.dataset.i18n];
}
for (const b of document.querySelectorAll('[data-testid=pf-lang] .lang-btn')) {
  const on = b.dataset.lang === lang;
  b.classList.toggle('active', on);
  b.setAttribute('aria-pressed', String(on));
  b.addEventListener('click', () => {
    if (on) return;
    try { localStorage.setItem(STORAGE_KEY, b.dataset.lang); } catch { /* the link below still says it */ }
    const u = new URL(location.href);
    u.searchParams.set('lang', b.dataset.lang);
    location.replace(u);
  });
}
let cursor = null;
let count = 0;
const stations = new Map();        // org_id → {name, count, office}: the filter's stations
const officeBlock = document.getElementById('pf-office');

// the columns' names, also each cell's label where a phone shows a row as a card
const LABELS = [...document.querySelectorAll('[data-testid=pf-table] th')].map((th) => th.textContent);

function cell(text, col) {
  const td = document.createElement('td');
  td.textContent = text ?? '—';
  if (col !== undefined) td.dataset.label = LABELS[col];
  return td;
}
// A phone number as a tel: link (digits and + only; what follows 转 is the extension).
function telHref(phone) {
  const [main, ext] = phone.split('转');
  const digits = main.replace(/[^\d+]/g, '');
  const e = (ext || '').replace(/\D/g, '');
  return `tel:${digits}${e ? `;ext=${e}` : ''}`;
}
// The claim office's lines (address, phone, hours; only those set), each with its label.
function officeLines(office) {
  const ul = document.createElement('ul');
  ul.className = 'pf-office';
  for (const k of ['address', 'phone', 'hours']) {
    if (!office?.[k]) continue;
    const li = document.createElement('li');
    li.dataset.testid = `pf-office-${k}`;
    const label = document.createElement('span');
    label.className = 'pf-office-label';
    label.textContent = W[`office_${k}`];
    let value;
    if (k === 'phone') {
      value = document.createElement('a');
      value.href = telHref(office.phone);
    } else {
      value = document.createElement('span');
    }
    value.className = 'pf-office-value';
    value.textContent = office[k];
    li.append(label, value);
    ul.append(li);
  }
  return ul.childElementCount ? ul : null;
}
// The station's cell: its name and, unless the block above already says it (filtered by that
// station), where to claim there.
function stationCell(item, col) {
  const td = cell(null, col);
  td.textContent = '';
  const name = document.createElement('span');
  name.className = 'pf-station-name';
  name.textContent = item.station ?? '—';
  const office = station.value ? null : officeLines(item.office);
  if (!office) {
    td.append(name);
    return td;
  }
  const box = document.createElement('div');
  box.className = 'pf-claim';
  box.append(name, office);
  td.append(box);
  return td;
}
// Filtered by one station that has an office: a block above the list says it once.
function showOfficeBlock() {
  const s = stations.get(station.value);
  const lines = s ? officeLines(s.office) : null;
  officeBlock.replaceChildren();
  officeBlock.hidden = !lines;
  if (!lines) return;
  const h2 = document.createElement('h2');
  h2.textContent = W.office_title(s.name);
  officeBlock.append(h2, lines);
}

// The claim deadline's cell: the day and, once it has passed (the server's clock says so), a mark
// that the claim period is over and that the station should be asked first — the item stays
// listed until it is disposed of, and its owner may still come.
function untilCell(item, col) {
  const td = cell(item.claim_until, col);
  if (!item.claim_ended) return td;
  // one box beside the label where a phone shows the row as a card
  const box = document.createElement('div');
  box.className = 'pf-until';
  box.textContent = item.claim_until ?? '—';
  const mark = document.createElement('span');
  mark.className = 'badge pf-ended';
  mark.dataset.testid = 'pf-ended';
  mark.textContent = W.ended;
  const hint = document.createElement('span');
  hint.className = 'pf-ended-hint muted';
  hint.textContent = W.ended_hint;
  box.append(' ', mark, hint);
  td.replaceChildren(box);
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
    r = await fetch(`/api/v1/public/found?${q}`, HEADERS);
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
    // a link naming no station: said in the page's words (the server's English names its field)
    const noStation = r && r.status >= 400 && r.status < 500 && /(^|\.)org_id$/.test(j?.error?.field || '');
    rows.replaceChildren(line(noStation ? W.no_station : j?.error?.message || W.failed));
    more.hidden = true;
    shown.textContent = '';
    return;
  }
  for (const i of j.items) {
    const tr = document.createElement('tr');
    tr.dataset.testid = 'pf-row';
    const code = cell(i.code, 0);
    code.className = 'code';
    if (i.claim_ended) tr.dataset.ended = '1';
    tr.append(code, cell(i.category_name, 1), cell(i.color, 2), cell(i.found_date, 3), stationCell(i, 4),
      untilCell(i, 5));
    rows.append(tr);
  }
  count += j.items.length;
  if (count === 0) rows.append(line(W.empty));
  cursor = j.next_cursor;
  more.hidden = !cursor;
  shown.textContent = count ? W.shown(count, Boolean(cursor)) : '';
  // which filters the rows on screen answer (a test waits for its own, not the previous list)
  rows.dataset.query = `${station.value}/${cat.value}`;
}

// the filters' choices; the list still loads without them
async function options(sel, url, value, label) {
  try {
    const r = await fetch(url, HEADERS);
    if (!r.ok) return;
    for (const c of (await r.json()).items) {
      if (sel === station) stations.set(String(c.org_id), c);
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
station.addEventListener('change', () => {
  showOfficeBlock();
  load(true);
});
more.addEventListener('click', () => load(false));
await Promise.all([
  // the lost-and-found catalogue (admins extend it), no login needed
  options(cat, '/api/v1/categories?type=found', 'code', (c) => c.name),
  options(station, '/api/v1/public/found/stations', 'org_id', W.station_count),
]);
// a link may name the station (found.html?org_id=) or the category
for (const [sel, key] of [[station, 'org_id'], [cat, 'category']]) {
  const v = params.get(key);
  if (!v) continue;
  if (![...sel.options].some((o) => o.value === v)) {
    // a station with nothing on notice now is still the one asked for (an unknown one says so)
    const o = document.createElement('option');
    o.value = v;
    // a link naming no unit at all (org_id=abc) says so; a real one with nothing on notice
    o.textContent = key === 'org_id' ? (/^\d+$/.test(v) ? W.asked_station : W.no_station) : v;
    sel.append(o);
  }
  sel.value = v;
}
showOfficeBlock();
load(true);
