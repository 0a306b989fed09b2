// page-campaign.js — rectification campaigns (专项整治): the list (#/campaigns, new campaign for
// leaders), one campaign (#/campaigns/ID: checklist, per-unit progress, the items table with its
// filters, export and 登记问题, closing) and the printable closing report (#/campaigns/ID/report,
// A4). An item's own actions (整改完成, 验收通过, 验收不通过) are on its case page.

import { h, clear, append } from './dom.js';
import { t, statusLabel } from './i18n.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { exportLinks } from './export.js';
import { showNotice, fmtTime, statusBadge, field, openDialog } from './ui.js';
import { replaceQuery, navigate } from './router.js';
import { hasRole, abilities } from './state.js';
import { loadOrgs } from './page-board.js';

const fill = (el, content) => append(clear(el), [content]);
const day = (s) => (s ? fmtTime(s).slice(0, 10) : '');
const pct = (r) => (r === null || r === undefined ? '—' : (Math.round(r * 1000) / 10) + '%');
const PAGE = 50;

/* ================================================================ the list */

export async function renderList(view, q, ctx) {
  document.title = `${t('camp.title')} - ${t('app.name')}`;
  let status = ['running', 'closed'].includes(q.get('status')) ? q.get('status') : '';
  const exports = exportLinks('campaigns');
  const leader = hasRole('leader', 'admin');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('camp.title')), h('p', { class: 'muted' }, t('camp.intro'))),
    h('div', { class: 'page-actions' },
      leader ? h('button', { type: 'button', class: 'btn btn-primary', dataset: { testid: 'campaign-new' }, onclick: () => newCampaign() }, t('camp.new')) : null,
      exports.el)));
  const tabs = h('div', { class: 'tabs', role: 'tablist' }, ['', 'running', 'closed'].map((k) => h('button', {
    type: 'button', role: 'tab', class: 'tab' + (k === status ? ' active' : ''), dataset: { tab: k, testid: 'campaign-tab-' + (k || 'all') },
    onclick: () => { status = k; replaceQuery({ status }); for (const b of tabs.children) b.classList.toggle('active', b.dataset.tab === status); load(); },
  }, k ? t('camp.status.' + k) : t('common.all'))));
  const tbody = h('tbody');
  view.append(tabs, h('section', { class: 'panel' }, h('div', { class: 'table-wrap' }, h('table', { class: 'cases', dataset: { testid: 'campaign-table' } },
    h('thead', null, h('tr', null, ['camp.col.code', 'camp.col.title', 'camp.col.unit', 'camp.col.period', 'camp.col.status', 'camp.col.found', 'camp.col.verified', 'camp.col.rate'].map((k) => h('th', { scope: 'col' }, t(k))))),
    tbody))));
  const latest = newest(ctx);   // two tabs clicked quickly: the second one's list
  async function load() {
    exports.set('/campaigns', status ? { status } : {});
    const res = await latest(() => api('GET', '/campaigns' + query({ status, limit: 200 })));
    if (!res) return;
    // data-label: the column's name beside each value where a phone shows a row as a card
    const td = (k, cls, ...content) => h('td', { class: cls, 'data-label': t('camp.col.' + k) }, ...content);
    fill(tbody, res.items.length ? res.items.map((c) => h('tr', { dataset: { testid: 'campaign-row', id: String(c.id) } },
      td('code', null, h('a', { href: '#/campaigns/' + c.id }, c.code)), td('title', null, h('a', { href: '#/campaigns/' + c.id }, c.title)),
      td('unit', null, c.org_name), td('period', null, day(c.period_from) + ' — ' + day(c.period_to)),
      td('status', null, statusBadge(c.status, 'campaign')), td('found', 'num', String(c.found)),
      td('verified', 'num', String(c.verified)), td('rate', 'num', pct(c.rate))))
      : h('tr', null, h('td', { colspan: 8, class: 'empty' }, t('camp.empty'))));
  }
  await load();
}

/** The new-campaign dialog: the running unit (where the user leads), period, covered units
 *  (the units below it, ticked), checklist (one item a line). */
async function newCampaign() {
  const orgs = await loadOrgs();
  const grants = (await api('GET', '/me')).grants || [];
  const runIds = new Set(grants.filter((g) => g.role === 'leader' || g.role === 'admin').map((g) => g.org_id));
  const runs = orgs.filter((o) => runIds.has(o.id) || (hasRole('admin') && ['county', 'township'].includes(o.kind)));
  const title = h('input', { type: 'text', maxlength: '200', required: true, dataset: { testid: 'cn-title' } });
  const body = h('textarea', { rows: '2', dataset: { testid: 'cn-body' } });
  const run = h('select', { dataset: { testid: 'cn-org' } }, runs.map((o) => h('option', { value: String(o.id) }, o.name)));
  const from = h('input', { type: 'date', required: true, dataset: { testid: 'cn-from' } });
  const to = h('input', { type: 'date', required: true, dataset: { testid: 'cn-to' } });
  const units = h('div', { class: 'camp-units', dataset: { testid: 'cn-units' } });
  const check = h('textarea', { rows: '4', placeholder: t('camp.f.checklist_hint'), dataset: { testid: 'cn-checklist' } });
  const drawUnits = () => {
    const id = Number(run.value);
    const kids = orgs.filter((o) => o.parent_id === id && o.kind !== 'department');
    fill(units, kids.map((o) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: String(o.id), checked: true }), ' ', o.name)));
  };
  run.addEventListener('change', drawUnits);
  drawUnits();
  openDialog({
    title: t('camp.new'), testid: 'campaign-new-dialog', submitLabel: t('camp.create'),
    body: h('div', null, field(t('camp.f.title'), title, { required: true }), field(t('camp.f.org'), run, { required: true }),
      field(t('camp.f.from'), from, { required: true }), field(t('camp.f.to'), to, { required: true }),
      field(t('camp.f.units'), units, { required: true }), field(t('camp.f.checklist'), check, { required: true }), field(t('camp.f.body'), body)),
    onSubmit: async () => {
      const c = await api('POST', '/cases', {
        type: 'campaign', title: title.value, body: body.value || undefined, org_id: Number(run.value),
        period_from: from.value, period_to: to.value,
        unit_ids: [...units.querySelectorAll('input:checked')].map((i) => Number(i.value)),
        checklist: check.value.split('\n').map((s) => s.trim()).filter(Boolean),
      });
      showNotice(t('camp.created', c.code));
      navigate('#/campaigns/' + c.id);
      return true;
    },
  });
}

/* ================================================================ one campaign */

export async function renderDetail(view, id, q, ctx) {
  const c = await api('GET', '/campaigns/' + id);
  if (!ctx.isCurrent()) return;
  document.title = `${c.title} - ${t('app.name')}`;
  const canClose = (c.allowed_actions || []).includes('close');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', { dataset: { testid: 'campaign-title' } }, c.title),
      h('p', { class: 'muted' }, c.code, '　', statusBadge(c.status, 'campaign'), '　', t('camp.run_by', c.org_name), '　',
        day(c.period_from), ' — ', day(c.period_to))),
    h('div', { class: 'page-actions' },
      h('a', { class: 'btn', href: '#/campaigns' }, t('common.back')),
      c.can_add_item ? h('button', { type: 'button', class: 'btn btn-primary', dataset: { testid: 'campaign-add-item' }, onclick: () => addItem(c, reload) }, t('camp.add_item')) : null,
      canClose ? h('button', { type: 'button', class: 'btn btn-danger', dataset: { testid: 'campaign-close' }, onclick: () => closeCampaign(c) }, t('camp.close')) : null,
      h('a', { class: 'btn', href: `#/campaigns/${c.id}/report`, dataset: { testid: 'campaign-report' } }, t('camp.report')))));
  // A grid worker finds the problems on patrol: the campaign's checklist is one tap away, and the
  // campaign's patrols (their items are the units' to rectify, not in the grid worker's scope).
  const a = abilities();
  if ((a.patrolNew && c.status === 'running') || a.patrols) {
    view.append(h('div', { class: 'form-buttons camp-patrol-links' },
      a.patrols ? h('a', { class: 'btn', href: '#/patrols?campaign_id=' + c.id, dataset: { testid: 'campaign-patrols' } }, t('patrol.campaign_list')) : null,
      a.patrolNew && c.status === 'running'
        ? h('a', { class: 'btn btn-primary', href: '#/patrols/new?campaign_id=' + c.id, dataset: { testid: 'campaign-patrol-new' } }, t('patrol.campaign_new')) : null));
  }
  if (c.body) view.append(h('p', null, c.body));
  view.append(h('section', { class: 'panel' }, h('h2', null, t('camp.checklist')),
    h('ol', { class: 'camp-checklist', dataset: { testid: 'campaign-checklist' } }, c.checklist.map((x) => h('li', null, x.item)))));

  // per-unit progress (各单位整改进度)
  const progExports = exportLinks('progress');
  const progBody = h('tbody');
  // the counts are of the items the user sees (the list below); said when that is not all of them
  const progNote = h('p', { class: 'muted', hidden: true, dataset: { testid: 'progress-partial' } }, t('camp.progress_partial'));
  view.append(h('section', { class: 'panel' }, h('div', { class: 'page-head' }, h('h2', null, t('camp.progress')), progExports.el),
    progNote, h('div', { class: 'table-wrap' }, progressTable(progBody, 'campaign-progress'))));

  // the items (整改事项) with their filters
  const state = { status: q.get('status') || '', unit_id: q.get('unit_id') || '', overdue: q.get('overdue') || '', checklist_seq: q.get('checklist_seq') || '' };
  const sel = (key, options) => {
    const el = h('select', { dataset: { testid: 'cf-' + key }, 'aria-label': t('camp.f.' + key) }, h('option', { value: '' }, t('common.all')), options.map(([v, l]) => h('option', { value: v }, l)));
    el.value = state[key];
    el.addEventListener('change', () => { state[key] = el.value; replaceQuery(state); loadItems(); });
    return h('label', { class: 'filter' }, t('camp.f.' + key), ' ', el);
  };
  const itemExports = exportLinks('items');
  const itemBody = h('tbody');
  const more = h('button', { type: 'button', class: 'btn btn-small', hidden: true, dataset: { testid: 'items-more' } }, t('camp.more'));
  view.append(h('section', { class: 'panel' },
    h('div', { class: 'page-head' }, h('h2', null, t('camp.items')), itemExports.el),
    h('div', { class: 'filters' },
      sel('status', ['open', 'rectified', 'verified'].map((s) => [s, statusLabel(s, 'campaign_item')])),
      sel('unit_id', c.units.map((u) => [String(u.id), u.name])),
      sel('overdue', [['true', t('camp.overdue_yes')], ['false', t('camp.overdue_no')]]),
      sel('checklist_seq', c.checklist.map((x) => [String(x.seq), x.item]))),
    h('div', { class: 'table-wrap' }, h('table', { class: 'cases', dataset: { testid: 'campaign-items' } },
      h('thead', null, h('tr', null, ['camp.col.code', 'camp.col.place', 'camp.col.check', 'camp.col.owner', 'camp.col.deadline', 'camp.col.status', 'camp.col.rectified', 'camp.col.verified_at'].map((k) => h('th', { scope: 'col' }, t(k))))),
      itemBody)), more));

  let cursor = null;
  const latest = newest(ctx);   // an older answer (a filter changed meanwhile) is dropped
  async function loadItems(append_ = false) {
    const p = {};
    for (const [k, v] of Object.entries(state)) if (v) p[k] = v;
    itemExports.set(`/campaigns/${c.id}/items`, p);
    const res = await latest(() => api('GET', `/campaigns/${c.id}/items` + query({ ...p, limit: PAGE, cursor: append_ ? cursor : '' })));
    if (!res) return;
    cursor = res.next_cursor;
    more.hidden = !cursor;
    const td = (k, ...content) => h('td', { 'data-label': t('camp.col.' + k) }, ...content);
    const rows = res.items.map((i) => h('tr', { dataset: { testid: 'item-row', id: String(i.id), status: i.status } },
      td('code', h('a', { href: '#/case/' + i.id }, i.code)),
      td('place', h('a', { href: '#/case/' + i.id }, i.title), i.address ? h('div', { class: 'muted' }, i.address) : null),
      td('check', i.checklist_item || ''), td('owner', i.owner_unit_name),
      td('deadline', day(i.deadline), i.overdue ? h('span', { class: 'badge warn-red', dataset: { testid: 'item-overdue' } }, t('camp.overdue')) : null),
      td('status', statusBadge(i.status, 'campaign_item'), i.rejections ? h('span', { class: 'muted' }, ' ', t('camp.rejected_n', i.rejections)) : null),
      td('rectified', day(i.rectified_at)), td('verified_at', day(i.verified_at))));
    if (append_) itemBody.append(...rows);
    else fill(itemBody, rows.length ? rows : h('tr', null, h('td', { colspan: 8, class: 'empty' }, t('camp.items_empty'))));
  }
  more.addEventListener('click', () => loadItems(true));
  async function loadProgress() {
    progExports.set(`/campaigns/${c.id}/progress`);
    const p = await api('GET', `/campaigns/${c.id}/progress`);
    if (!ctx.isCurrent()) return;
    progNote.hidden = p.complete !== false;
    progressRows(progBody, p);
  }
  async function reload() { await Promise.all([loadProgress(), loadItems()]); }
  await reload();
}

function progressTable(tbody, testid) {
  return h('table', { class: 'table sheet-table', dataset: { testid } },
    h('thead', null, h('tr', null, ['camp.col.owner', 'camp.col.found', 'camp.col.rectified_n', 'camp.col.verified', 'camp.col.open', 'camp.col.overdue', 'camp.col.rate'].map((k) => h('th', { scope: 'col' }, t(k))))),
    tbody);
}
function progressRows(tbody, p) {
  const row = (name, r, total) => h('tr', { class: total ? 'total' : '', dataset: { testid: total ? 'progress-total' : 'progress-row' } },
    h('td', null, name), ...['found', 'rectified', 'verified', 'open', 'overdue'].map((k) => h('td', { class: 'num', dataset: { k } }, String(r[k]))),
    h('td', { class: 'num', dataset: { k: 'rate' } }, pct(r.rate)));
  fill(tbody, [...p.items.map((r) => row(r.org_name, r, false)), row(t('camp.total'), p.total, true)]);
}

function addItem(c, done) {
  const title = h('input', { type: 'text', maxlength: '200', required: true, dataset: { testid: 'ci-title' } });
  const address = h('input', { type: 'text', maxlength: '200', dataset: { testid: 'ci-address' } });
  const unit = h('select', { dataset: { testid: 'ci-unit' } }, c.units.map((u) => h('option', { value: String(u.id) }, u.name)));
  const check = h('select', { dataset: { testid: 'ci-check' } }, h('option', { value: '' }, t('camp.f.no_check')), c.checklist.map((x) => h('option', { value: String(x.seq) }, x.item)));
  const deadline = h('input', { type: 'date', required: true, dataset: { testid: 'ci-deadline' } });
  openDialog({
    title: t('camp.add_item'), testid: 'campaign-item-dialog', submitLabel: t('camp.add_item'),
    body: h('div', null, field(t('camp.f.place'), title, { required: true }), field(t('camp.f.address'), address),
      field(t('camp.f.unit_id'), unit, { required: true }), field(t('camp.f.checklist_seq'), check),
      field(t('camp.f.deadline'), deadline, { required: true })),
    onSubmit: async () => {
      const i = await api('POST', '/cases', {
        type: 'campaign_item', campaign_id: c.id, title: title.value, address: address.value || undefined,
        org_id: Number(unit.value), checklist_seq: check.value ? Number(check.value) : undefined, deadline: deadline.value,
      });
      showNotice(t('camp.item_added', i.code));
      await done();
      return true;
    },
  });
}

function closeCampaign(c) {
  const open = c.totals.found - c.totals.verified;
  const carry = h('input', { type: 'checkbox', dataset: { testid: 'cc-carry' } });
  const reason = h('textarea', { rows: '3', dataset: { testid: 'cc-reason' } });
  openDialog({
    title: t('camp.close'), testid: 'campaign-close-dialog', submitLabel: t('camp.close'), danger: true,
    body: h('div', null, h('p', null, open > 0 ? t('camp.close_open', open) : t('camp.close_all_done')),
      open > 0 ? h('label', { class: 'check' }, carry, ' ', t('camp.f.carry_over')) : null,
      field(t('camp.f.reason'), reason)),
    onSubmit: async () => {
      const fields = {};
      if (carry.checked) fields.carry_over = true;
      if (reason.value.trim()) fields.reason = reason.value.trim();
      await api('POST', `/cases/${c.id}/actions`, { action: 'close', fields, note: reason.value.trim() || undefined });
      showNotice(t('camp.closed'));
      navigate(`#/campaigns/${c.id}/report`);
      return true;
    },
  });
}

/* ================================================================ the closing report (A4) */

export async function renderReport(view, id, ctx) {
  const [c, p, open] = await Promise.all([api('GET', '/campaigns/' + id), api('GET', `/campaigns/${id}/progress`),
    api('GET', `/campaigns/${id}/items` + query({ status: 'open', limit: 200 }))]);
  if (!ctx.isCurrent()) return;
  document.body.classList.add('print-page');
  document.title = `${t('camp.report_title')} ${c.code} - ${t('app.name')}`;
  const progBody = h('tbody');
  progressRows(progBody, p);
  const paper = h('article', { class: 'a4 camp-report', dataset: { testid: 'campaign-report-paper' } },
    h('h1', null, c.title), h('p', { class: 'agr-no' }, t('camp.report_title'), '　', c.code),
    h('table', { class: 'sign-table' },
      h('tr', null, h('th', null, t('camp.f.org')), h('td', null, c.org_name)),
      h('tr', null, h('th', null, t('camp.col.period')), h('td', { dataset: { testid: 'report-period' } }, day(c.period_from), ' — ', day(c.period_to))),
      h('tr', null, h('th', null, t('camp.col.status')), h('td', null, statusLabel(c.status, 'campaign'), c.closed_at ? '　' + day(c.closed_at) : '')),
      h('tr', null, h('th', null, t('camp.f.units')), h('td', null, c.units.map((u) => u.name).join('、')))),
    h('h2', null, t('camp.checklist')), h('ol', null, c.checklist.map((x) => h('li', null, x.item))),
    h('h2', null, t('camp.progress')), progressTable(progBody, 'report-progress'),
    h('p', { class: 'muted' }, t('camp.rate_formula')),
    h('h2', null, t('camp.carried')),
    open.items.length ? h('ul', { dataset: { testid: 'report-open' } }, open.items.map((i) => h('li', null, i.code, '　', i.title, '　', i.owner_unit_name, '　', t('camp.col.deadline'), ' ', day(i.deadline))))
      : h('p', null, t('camp.none_open')),
    c.close_reason ? h('p', { dataset: { testid: 'report-reason' } }, t('camp.f.reason'), '：', c.close_reason) : null,
    h('div', { class: 'agr-signs' }, h('div', { class: 'agr-sign' }, h('span', null, t('camp.sign'), '：'), h('span', { class: 'agr-line' }), h('span', { class: 'agr-date' }, t('agr.date')))),
    h('p', { class: 'agr-seal' }, c.org_name));
  view.append(h('div', { class: 'page-head no-print' },
    h('a', { href: '#/campaigns/' + c.id, class: 'btn btn-small' }, t('common.back')),
    h('button', { type: 'button', class: 'btn btn-primary', onclick: () => window.print(), dataset: { testid: 'report-print' } }, t('camp.print'))), paper);
}
