// page-catalogue.js — #/catalogue (目录维护): the admin-editable catalogues (event categories,
// the lost-and-found item categories, patrol kinds), each entry with its Chinese name and its
// optional English name. GET /categories and /patrol-kinds answer both names (name_zh,
// name_en) besides the name in the reader's language; an admin of the whole tree adds entries
// and edits both names (the server refuses anyone else with 403, shown as it comes). Each
// catalogue exports as CSV and Excel, the catalogue chosen being its only filter: the category
// ones through GET /categories?type=…&format=csv|xlsx, the patrol kinds (a kind a row, with its
// checklist) through GET /patrol-kinds?format=csv|xlsx.

import { h, clear } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';
import { openDialog, field, showError, showNotice, clearAlerts, dash, confirmDialog } from './ui.js';
import { hasRole } from './state.js';
import { replaceQuery } from './router.js';
import { PLATFORMS, platformLabel } from './events.js';
import { exportLinks } from './export.js';

export const KINDS = ['event', 'lost', 'patrol'];
const CODE_RE = /^[A-Za-z0-9_-]{1,30}$/;

/** Whether the page is in the menu: admins (writes are checked by the server). */
export function canSeeCatalogue() {
  return hasRole('admin');
}

async function load(kind) {
  const res = kind === 'patrol' ? await api('GET', '/patrol-kinds') : await api('GET', `/categories?type=${kind}`);
  return (res && res.items) || [];
}

function nameInputs(entry) {
  const zh = h('input', { type: 'text', name: 'name', maxlength: '40', value: entry ? entry.name_zh : '', dataset: { testid: 'cat-name-zh' } });
  const en = h('input', { type: 'text', name: 'name_en', maxlength: '60', lang: 'en', value: entry && entry.name_en ? entry.name_en : '', dataset: { testid: 'cat-name-en' } });
  return { zh, en, nodes: [field(t('catalogue.name_zh'), zh, { required: true }), field(t('catalogue.name_en'), en, { hint: t('catalogue.name_en_hint') })] };
}

/** The body of a write: both names (an empty English name clears it). */
function names(inp) {
  return { name: inp.zh.value.trim(), name_en: inp.en.value.trim() || null };
}

function editDialog(kind, entry, done) {
  const inp = nameInputs(entry);
  openDialog({
    title: t('catalogue.edit_title', entry.code),
    body: h('div', null, ...inp.nodes),
    testid: 'cat-edit',
    onSubmit: async (dlg) => {
      const body = names(inp);
      if (!body.name) { dlg.showError(t('catalogue.need_name')); return false; }
      if (kind === 'patrol') {
        // a kind is written whole: its checklist goes back as it is (GET answers an item
        // without an English label with its Chinese one in label_en: that is not sent back)
        await api('PUT', `/patrol-kinds/${encodeURIComponent(entry.code)}`, { ...body,
          items: entry.items.map((i) => ({ item: i.item, label: i.label,
            label_en: i.label_en && i.label_en !== i.label ? i.label_en : null })) });
      } else {
        await api('PATCH', `/categories/${encodeURIComponent(entry.code)}`, body);
      }
      // saved: a refusal still shown above (of this page's settings) is no longer the news
      clearAlerts();
      showNotice(t('catalogue.saved', body.name));
      done();
      return true;
    },
  });
}

function addDialog(kind, items, done) {
  const code = h('input', { type: 'text', name: 'code', maxlength: '30', dataset: { testid: 'cat-code' } });
  const inp = nameInputs(null);
  const extra = [];
  let parent = null, platform = null, checklist = null;
  if (kind === 'event') {
    parent = h('select', { name: 'parent', dataset: { testid: 'cat-parent' } },
      h('option', { value: '' }, t('catalogue.parent_none')),
      ...items.filter((c) => !c.parent).map((c) => h('option', { value: c.code }, c.name)));
    platform = h('select', { name: 'platform', dataset: { testid: 'cat-platform' } },
      ...PLATFORMS.map((p) => h('option', { value: p }, platformLabel(p))));
    extra.push(field(t('catalogue.parent'), parent), field(t('catalogue.platform'), platform, { required: true }));
  }
  if (kind === 'patrol') {
    checklist = h('textarea', { name: 'items', rows: '4', dataset: { testid: 'cat-items' } });
    extra.push(field(t('catalogue.items'), checklist, { required: true }));
  }
  openDialog({
    title: t('catalogue.add_title', t('catalogue.kind.' + kind)),
    body: h('div', null, field(t('catalogue.code'), code, { required: true }), ...inp.nodes, ...extra),
    testid: 'cat-add',
    onSubmit: async (dlg) => {
      const c = code.value.trim();
      const body = names(inp);
      if (!CODE_RE.test(c)) { dlg.showError(t('catalogue.need_code')); return false; }
      if (!body.name) { dlg.showError(t('catalogue.need_name')); return false; }
      if (kind === 'patrol') {
        const lines = checklist.value.split('\n').map((s) => s.trim()).filter(Boolean);
        if (!lines.length) { dlg.showError(t('catalogue.need_items')); return false; }
        await api('PUT', `/patrol-kinds/${encodeURIComponent(c)}`, { ...body,
          items: lines.map((label, i) => ({ item: `i${i + 1}`, label })) });
      } else {
        const post = { code: c, type: kind, ...body };
        if (post.name_en === null) delete post.name_en;
        if (kind === 'event') {
          post.platform = platform.value;
          if (parent.value) post.parent = parent.value;
        }
        await api('POST', '/categories', post);
      }
      clearAlerts();
      showNotice(t('catalogue.saved', body.name));
      done();
      return true;
    },
  });
}

/**
 * The claim clock of lost and found (失物招领): the days before a found item goes on the public
 * notice (notice_days) and the claim period from the notice (claim_days: one year by default,
 * six months where local rules say so). They were settings of the API only, with no page. The
 * neighbouring stations stay as they are (PUT without "neighbours").
 */
function lfSettingsPanel() {
  const notice = h('input', { type: 'number', name: 'notice_days', min: '0', max: '365', step: '1', inputmode: 'numeric', dataset: { testid: 'lf-set-notice' } });
  const claim = h('input', { type: 'number', name: 'claim_days', min: '30', max: '3650', step: '1', inputmode: 'numeric', dataset: { testid: 'lf-set-claim' } });
  const save = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'lf-set-save' } }, t('catalogue.lf_save'));
  const form = h('form', { class: 'panel', novalidate: true, dataset: { testid: 'lf-settings' } },
    h('h2', null, t('catalogue.lf_settings')),
    h('p', { class: 'muted small' }, t('catalogue.lf_settings_intro')),
    h('div', { class: 'field-row' }, field(t('catalogue.lf_notice_days'), notice), field(t('catalogue.lf_claim_days'), claim)),
    h('div', { class: 'form-buttons' }, save));
  const show = (v) => { notice.value = String(v.notice_days); claim.value = String(v.claim_days); };
  api('GET', '/lostfound/settings').then(show).catch((e) => { if (e.status !== 401) showError(e); });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearAlerts();
    const whole = (el) => /^\d+$/.test(el.value.trim());
    for (const el of [notice, claim]) {
      if (!whole(el)) { showError(t('catalogue.lf_need_days')); el.focus(); return; }
    }
    save.disabled = true;
    try {
      show(await api('PUT', '/lostfound/settings', { notice_days: Number(notice.value), claim_days: Number(claim.value) }));
      showNotice(t('catalogue.lf_saved'));
    } catch (e) {
      if (e.status !== 401) showError(e);
    } finally {
      save.disabled = false;
    }
  });
  return h('div', null, form, lfNeighboursPanel(), lfOfficesPanel());
}

/**
 * Where to claim (认领地点): each police station's claim office — address, phone, opening hours —
 * that the public notice (found.html) shows under the station's name and the receipt (领取凭证)
 * prints. PUT /lostfound/offices/{org_id} writes one station's whole office (an empty input
 * unsets that part); the server checks the phone and says why it refuses, in the user's language.
 */
function lfOfficesPanel() {
  const which = h('select', { name: 'office_station', dataset: { testid: 'lf-office-station' } });
  const address = h('input', { type: 'text', name: 'address', maxlength: '100', dataset: { testid: 'lf-office-address' } });
  const phone = h('input', { type: 'tel', name: 'phone', maxlength: '30', dataset: { testid: 'lf-office-phone' } });
  const hours = h('input', { type: 'text', name: 'hours', maxlength: '60', dataset: { testid: 'lf-office-hours' } });
  const save = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'lf-office-save' } }, t('catalogue.lf_office_save'));
  const form = h('form', { class: 'panel', novalidate: true, dataset: { testid: 'lf-offices' } },
    h('h2', null, t('catalogue.lf_office_title')),
    h('p', { class: 'muted small' }, t('catalogue.lf_office_intro')),
    h('div', { class: 'field-row' }, field(t('catalogue.lf_nb_station'), which)),
    field(t('catalogue.lf_office_address'), address, { hint: t('catalogue.lf_office_address_hint') }),
    h('div', { class: 'field-row' }, field(t('catalogue.lf_office_phone'), phone, { hint: t('catalogue.lf_office_phone_hint') }),
      field(t('catalogue.lf_office_hours'), hours, { hint: t('catalogue.lf_office_hours_hint') })),
    h('div', { class: 'form-buttons' }, save));
  let stations = [];
  const offices = new Map();       // org_id → {address, phone, hours}
  const fill = () => {
    const o = offices.get(Number(which.value)) || {};
    address.value = o.address || '';
    phone.value = o.phone || '';
    hours.value = o.hours || '';
  };
  Promise.all([api('GET', '/orgs'), api('GET', '/lostfound/offices')]).then(([orgs, v]) => {
    stations = ((orgs && orgs.items) || []).filter((o) => o.kind === 'police_station');
    for (const o of (v && v.items) || []) offices.set(o.org_id, o);
    clear(which).append(...stations.map((o) => h('option', { value: String(o.id) }, o.name)));
    fill();
  }).catch((e) => { if (e.status !== 401) showError(e); });
  which.addEventListener('change', () => { clearAlerts(); fill(); });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearAlerts();
    const id = Number(which.value);
    if (!id) { showError(t('catalogue.lf_nb_pick')); return; }
    const val = (el) => el.value.trim() || null;
    save.disabled = true;
    try {
      const o = await api('PUT', `/lostfound/offices/${id}`, { address: val(address), phone: val(phone), hours: val(hours) });
      offices.set(id, o);
      fill();
      showNotice(t('catalogue.lf_office_saved', o.name));
    } catch (e) {
      if (e.status !== 401) showError(e);
    } finally {
      save.disabled = false;
    }
  });
  return form;
}

/**
 * The neighbouring police stations (相邻派出所) whose found items and lost reports are matched
 * with a station's own (lostfound settings "neighbours", stored both ways; the whole list is
 * PUT). They were settings of the API only. Each pair is shown once.
 */
function lfNeighboursPanel() {
  const list = h('ul', { class: 'plain-list', dataset: { testid: 'lf-nb-list' } });
  const a = h('select', { name: 'nb_a', dataset: { testid: 'lf-nb-a' } });
  const b = h('select', { name: 'nb_b', dataset: { testid: 'lf-nb-b' } });
  const add = h('button', { type: 'submit', class: 'btn', dataset: { testid: 'lf-nb-add' } }, t('catalogue.lf_nb_add'));
  const form = h('form', { class: 'panel', novalidate: true, dataset: { testid: 'lf-neighbours' } },
    h('h2', null, t('catalogue.lf_nb_title')),
    h('p', { class: 'muted small' }, t('catalogue.lf_nb_intro')),
    list,
    h('div', { class: 'field-row' }, field(t('catalogue.lf_nb_station'), a), field(t('catalogue.lf_nb_neighbour'), b)),
    h('div', { class: 'form-buttons' }, add));
  let stations = new Map();
  let pairs = [];
  const name = (id) => stations.get(id) || String(id);
  const key = (x, y) => (x < y ? `${x}-${y}` : `${y}-${x}`);
  const save = async (next, done) => {
    clearAlerts();
    try {
      const v = await api('PUT', '/lostfound/settings', { neighbours: next.map(([x, y]) => ({ org_id: x, neighbour_id: y })) });
      show(v);
      showNotice(done);
    } catch (e) {
      if (e.status !== 401) showError(e);
    }
  };
  function show(v) {
    const seen = new Set();
    pairs = [];
    for (const n of (v && v.neighbours) || []) {
      const k = key(n.org_id, n.neighbour_id);
      if (seen.has(k)) continue;
      seen.add(k);
      pairs.push([Math.min(n.org_id, n.neighbour_id), Math.max(n.org_id, n.neighbour_id)]);
    }
    clear(list);
    if (!pairs.length) list.append(h('li', { class: 'muted' }, t('catalogue.lf_nb_none')));
    for (const [x, y] of pairs) {
      const rm = h('button', { type: 'button', class: 'btn btn-small', dataset: { testid: 'lf-nb-remove' } }, t('catalogue.lf_nb_remove'));
      rm.addEventListener('click', async () => {
        if (!(await confirmDialog(t('catalogue.lf_nb_confirm_remove', `${name(x)} — ${name(y)}`), t('catalogue.lf_nb_remove')))) return;
        await save(pairs.filter(([p, q]) => key(p, q) !== key(x, y)), t('catalogue.lf_nb_removed'));
      });
      list.append(h('li', { dataset: { testid: 'lf-nb-pair' } }, `${name(x)} — ${name(y)} `, rm));
    }
  }
  Promise.all([api('GET', '/orgs'), api('GET', '/lostfound/settings')]).then(([orgs, v]) => {
    const st = ((orgs && orgs.items) || []).filter((o) => o.kind === 'police_station');
    stations = new Map(st.map((o) => [o.id, o.name]));
    for (const sel of [a, b]) {
      clear(sel).append(h('option', { value: '' }, t('catalogue.lf_nb_pick')),
        ...st.map((o) => h('option', { value: String(o.id) }, o.name)));
    }
    show(v);
  }).catch((e) => { if (e.status !== 401) showError(e); });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearAlerts();
    const x = Number(a.value), y = Number(b.value);
    if (!x || !y) { showError(t('catalogue.lf_nb_need_two')); return; }
    if (x === y) { showError(t('catalogue.lf_nb_same')); return; }
    if (pairs.some(([p, q]) => key(p, q) === key(x, y))) { showError(t('catalogue.lf_nb_exists')); return; }
    add.disabled = true;
    try {
      await save([...pairs, [x, y]], t('catalogue.lf_nb_added'));
    } finally {
      add.disabled = false;
    }
  });
  return form;
}

/** #/catalogue?kind=event|lost|patrol */
export async function render(view, q) {
  document.title = `${t('catalogue.title')} - ${t('app.name')}`;
  let kind = KINDS.includes(q.get('kind')) ? q.get('kind') : 'event';
  const which = h('select', { name: 'kind', dataset: { testid: 'cat-kind' } },
    ...KINDS.map((k) => h('option', { value: k, selected: k === kind }, t('catalogue.kind.' + k))));
  const addBtn = h('button', { type: 'button', class: 'btn btn-primary', dataset: { testid: 'cat-add-btn' } }, t('catalogue.add'));
  const body = h('tbody');
  const head = h('tr');
  const settings = h('div', { dataset: { testid: 'cat-settings' } });
  const exp = exportLinks('cat');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('catalogue.title')), h('p', { class: 'muted' }, t('catalogue.intro'))),
    h('div', { class: 'page-actions' }, addBtn, exp.el)),
  // the catalogue's picker spans two of the filter grid's columns: nested in a .field-row it
  // had an eighth of the width, and 失物招领物品类别 showed cut to 失物招领物品
  h('section', { class: 'panel filters' }, field(t('catalogue.which'), which)),
  settings,
  h('section', { class: 'panel' }, h('div', { class: 'table-wrap' },
    h('table', { class: 'table simple-table', dataset: { testid: 'cat-table' } }, h('thead', null, head), body))));

  let items = [];
  async function show() {
    try {
      items = await load(kind);
    } catch (e) {
      showError(e);
      return;
    }
    clear(settings);
    if (kind === 'lost') settings.append(lfSettingsPanel());
    // the file of the catalogue shown (its one filter); patrol kinds are their own list
    if (kind === 'patrol') exp.set('/patrol-kinds');
    else exp.set('/categories', { type: kind });
    const cols = ['code', ...(kind === 'event' ? ['parent', 'platform'] : []), 'name_zh', 'name_en'];
    clear(head);
    head.append(...cols.map((c) => h('th', null, t('catalogue.' + c))), h('th', null, ''));
    clear(body);
    if (!items.length) body.append(h('tr', null, h('td', { colspan: String(cols.length + 1) }, t('catalogue.empty'))));
    for (const it of items) {
      // the entry's code (its key in the CSV file) and its English name are data of this
      // admin page, marked as such (<code>, lang="en") for readers and the language walk
      const cells = [h('td', null, h('code', { translate: 'no' }, it.code))];
      if (kind === 'event') {
        const p = it.parent ? items.find((x) => x.code === it.parent) : null;
        cells.push(h('td', null, p ? p.name : t('catalogue.parent_none')), h('td', null, platformLabel(it.platform, it.platform_name)));
      }
      cells.push(h('td', { dataset: { testid: 'cat-zh' } }, dash(it.name_zh)),
        h('td', { dataset: { testid: 'cat-en' }, lang: it.name_en ? 'en' : null }, it.name_en || h('span', { class: 'muted' }, t('catalogue.no_en'))),
        h('td', null, h('button', { type: 'button', class: 'btn btn-small', dataset: { testid: 'cat-edit-btn' },
          onclick: () => editDialog(kind, it, show) }, t('catalogue.edit'))));
      body.append(h('tr', { dataset: { testid: 'cat-row', code: it.code } }, ...cells));
    }
  }
  which.addEventListener('change', () => {
    kind = which.value;
    replaceQuery({ kind });
    show();
  });
  addBtn.addEventListener('click', () => addDialog(kind, items, show));
  await show();
}
