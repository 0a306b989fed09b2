// types/complaint.js — the front end of case type `complaint` (投诉): the create form
// (#/new/complaint, from the desk's quick button with ?org_id= or by a citizen), the case page's
// rows and deadline badge, and the list (#/complaints: open, upheld, not upheld; paged by
// cursor; exports with the filter). A citizen sees only their own complaints (the server's
// scope) and never the persons; staff pick the officer complained about from GET /staff. The
// unit complained about (police stations, departments, townships, communities) comes from
// GET /complaint-units for everyone: the units where the user may file one, by name.

import { h, clear } from '../dom.js';
import { typeLabel, statusLabel } from '../i18n.js';
import { api, query } from '../api.js';
import { newest } from '../loader.js';
import { session, isStaff } from '../state.js';
import { showError, clearAlerts, field, fmtTime, statusBadge } from '../ui.js';
import { replaceQuery } from '../router.js';
import { exportLinks } from '../export.js';
import { fieldRows } from './generic.js';
import { L, descField, choiceName, deskRows, postCreate, timelineLines as makeLines } from './desk-kit.js';

export const type = 'complaint';
export const newHash = '#/new/complaint';
export const backHash = '#/complaints';
export const backLabel = 'nav.complaints';
export const timelineLines = makeLines('complaint');
/** The unit complained about is the case's unit: the page's own 所属单位 row is left out. */
export const ownsOrgRow = true;
const PAGE = 20;

export function isDanger(action) {
  return action === 'uphold';
}

/** The deadline light of an open complaint (due in 15 days). */
function warnBadge(c) {
  if (!c.warn || c.warn === 'normal') return null;
  return h('span', { class: 'badge warn-' + c.warn, dataset: { testid: 'complaint-warn' } },
    c.warn === 'red' ? L('已超期', 'Overdue') : L('即将到期', 'Almost due'));
}

export function headBadges(c) {
  return [warnBadge(c)];
}

export function detailRows(c, ui) {
  return [
    [L('被投诉单位', 'Unit complained about'), c.org_name || '', 'complaint-unit'],
    c.closed_at ? null : [L('办结期限', 'Due'), h('span', null, fmtTime(c.due_at), ' ', warnBadge(c)), 'complaint-due'],
    // concluded_at is the page's own 办结时间 (closed_at); a citizen is not shown staff ids
    ...deskRows(type, c, ui, isStaff() ? ['concluded_at'] : ['concluded_at', 'staff_id', 'concluded_by'], fieldRows),
  ].filter(Boolean);
}

/* ---------- create form ---------- */

export async function renderNew(view, q, ctx) {
  const deskOrg = q && q.get('org_id') && /^\d+$/.test(q.get('org_id')) ? Number(q.get('org_id')) : null;
  const staff = isStaff();
  document.title = `${L('登记', 'Register')}${typeLabel(type)}`;
  const title = h('input', { name: 'title', type: 'text', maxlength: 200, placeholder: L('如：办理户口迁移被多次退回', 'e.g. sent back several times with a residence transfer') });
  const org = h('select', { name: 'org_id', dataset: { testid: 'complaint-org' } });
  const about = h('select', { name: 'about', dataset: { testid: 'complaint-about' } }, h('option', { value: '' }, L('请选择', 'Choose')),
    (descField(type, 'about').choices || []).map((ch) => h('option', { value: ch.code }, choiceName(type, 'about', ch.code))));
  const officer = h('select', { name: 'staff_id', dataset: { testid: 'complaint-staff' } });
  const body = h('textarea', { name: 'body', rows: 4, maxlength: 10000 });
  const who = {
    name: h('input', { name: 'person_name', type: 'text', maxlength: 64, autocomplete: 'off', dataset: { testid: 'complaint-person-name' } }),
    phone: h('input', { name: 'person_phone', type: 'tel', maxlength: 20, autocomplete: 'off', dataset: { testid: 'complaint-person-phone' } }),
  };
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'complaint-submit' } }, L('提交投诉', 'Submit'));
  const form = h('form', { class: 'panel post-form', novalidate: true, dataset: { testid: 'new-complaint' } },
    field(L('被投诉单位', 'Unit complained about'), org, { required: true }),
    staff ? field(L('被投诉人员', 'Staff member'), officer, { hint: L('可不选', 'optional') }) : null,
    field(L('投诉事项', 'About'), about, { required: true }),
    field(L('投诉摘要', 'Summary'), title, { required: true }),
    field(L('具体情况', 'Details'), body),
    h('fieldset', { class: 'person-inputs', dataset: { testid: 'complaint-person' } },
      h('legend', null, L('投诉人', 'Complainant')),
      h('div', { class: 'field-row' }, field(L('姓名', 'Name'), who.name, { required: staff }), field(L('联系电话', 'Phone'), who.phone))),
    h('p', { class: 'hint' }, L('投诉由被投诉单位或上级单位领导调查核实，15日内办结并告知结果。',
      'A leader of the unit or above investigates and concludes within 15 days; the complainant is told the result.')),
    h('div', { class: 'form-buttons' }, h('a', { href: deskOrg ? `#/desk?org_id=${deskOrg}` : backHash, class: 'btn' }, L('取消', 'Cancel')), submit));
  clear(view).append(h('div', { class: 'page-head' }, h('h1', null, `${L('登记', 'Register ')}${typeLabel(type)}`)), form);
  const orgs = await complaintUnits();
  if (!ctx.isCurrent()) return;
  // nothing chosen until the user chooses (the desk's own station is chosen for it below)
  org.replaceChildren(h('option', { value: '' }, L('请选择', 'Choose')), ...unitOptions(orgs));
  const mine = ((session.user && session.user.grants) || []).find((g) => g.role !== 'citizen');
  if (deskOrg && orgs.some((o) => o.id === deskOrg)) org.value = String(deskOrg);
  else if (mine && orgs.some((o) => o.id === mine.org_id)) org.value = String(mine.org_id);
  async function loadStaff() {
    if (!staff) return;
    officer.replaceChildren(h('option', { value: '' }, L('（不指明）', '(none named)')));
    if (!org.value) return;
    try {
      const r = await api('GET', '/staff' + query({ org_id: org.value, limit: 200 }));
      officer.append(...(r.items || []).map((u) => h('option', { value: String(u.id) }, u.name)));
    } catch (e) { if (e.status !== 401 && e.status !== 404) showError(e); }
  }
  org.addEventListener('change', loadStaff);
  await loadStaff();
  const idem = { key: null, for: null };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearAlerts();
    const payload = { type, title: title.value.trim(), org_id: Number(org.value), about: about.value };
    if (!org.value) { showError(L('请选择被投诉单位', 'Please choose the unit complained about')); org.focus(); return; }
    if (!payload.title) { showError(L('请填写投诉摘要', 'Please give a summary')); title.focus(); return; }
    if (!payload.about) { showError(L('请选择投诉事项', 'Please choose what it is about')); about.focus(); return; }
    if (staff && officer.value) payload.staff_id = Number(officer.value);
    if (body.value.trim()) payload.body = body.value.trim();
    const p = { role: 'complainant' };
    for (const [k, el] of Object.entries(who)) if (el.value.trim()) p[k] = el.value.trim();
    if (Object.keys(p).length > 1) payload.persons = [p];
    else if (staff) { showError(L('请填写投诉人', 'Please name the complainant')); who.name.focus(); return; }
    await postCreate({ form, submit, ctx, payload, idem, flash: (c) => L(`投诉已登记：${c.code}`, `Complaint registered: ${c.code}`) });
  });
  title.focus();
}

/** The units the user may complain about (GET /complaint-units: police, departments,
 *  townships and communities where they may file one, names only). */
async function complaintUnits() {
  return ((await api('GET', '/complaint-units')) || {}).items || [];
}

/** The options of the unit picker, grouped by kind (公安分局, 派出所, 职能部门 …) in the server's
 *  order; a department or police office says which unit it belongs to. */
function unitOptions(units) {
  const groups = [];
  for (const u of units) {
    let g = groups.find((x) => x.label === u.kind_name);
    if (!g) groups.push(g = { label: u.kind_name, items: [] });
    g.items.push(u);
  }
  return groups.map((g) => h('optgroup', { label: g.label }, g.items.map((u) => h('option', { value: String(u.id) },
    u.parent_name && !u.name.startsWith(u.parent_name) ? L(`${u.name}（${u.parent_name}）`, `${u.name} (${u.parent_name})`) : u.name))));
}

/* ---------- the list (#/complaints) ---------- */

const COLS = () => [L('编号', 'Code'), L('投诉摘要', 'Summary'), L('被投诉单位', 'Unit'), L('投诉事项', 'About'),
  L('状态', 'Status'), L('办理期限', 'Due'), L('登记时间', 'Registered')];

const TABS = { open: 'open', upheld: 'upheld', rejected: 'rejected' };

export async function renderList(view, q, ctx) {
  document.title = `${typeLabel(type)} - ${L('平安', 'Pingan')}`;
  const tab = TABS[q.get('status')] ? q.get('status') : 'open';
  const exports = exportLinks('complaints');
  const tabs = h('div', { class: 'tabs', role: 'tablist' }, Object.keys(TABS).map((s) => h('a', {
    class: 'tab' + (s === tab ? ' active' : ''), href: '#/complaints?status=' + s, dataset: { testid: 'complaint-tab-' + s },
  }, statusLabel(s, type))));
  const rows = h('tbody');
  const more = h('button', { type: 'button', class: 'btn', hidden: true, dataset: { testid: 'complaint-more' } }, L('加载更多', 'Load more'));
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, isStaff() ? L('投诉', 'Complaints') : L('我的投诉', 'My complaints')),
      h('p', { class: 'muted' }, L('群众对单位和人员的投诉：15日内调查办结，结论为属实或不属实。', 'Complaints about units and staff, concluded within 15 days as upheld or not.'))),
    h('div', null, h('a', { class: 'btn btn-primary', href: newHash, dataset: { testid: 'complaint-new' } }, L('登记投诉', 'New complaint')), ' ', exports.el)),
  h('section', { class: 'panel' }, tabs,
    h('div', { class: 'table-wrap' }, h('table', { class: 'table phone-cards', dataset: { testid: 'complaint-list' } },
      h('thead', null, h('tr', null, COLS().map((x) => h('th', null, x)))), rows)),
    h('div', { class: 'form-buttons' }, more)));
  replaceQuery({ status: tab });
  exports.set('/cases', { type, status: tab });
  let cursor = '';
  const latest = newest(ctx, { busy: (on) => { more.disabled = on; } });
  async function page() {
    const r = await latest(() => api('GET', '/cases' + query({ type, status: tab, limit: PAGE, cursor })));
    if (!r) return;
    const items = r.items || [];
    if (!items.length && !cursor) rows.append(h('tr', null, h('td', { colspan: 7, class: 'empty' }, L('暂无投诉', 'No complaints'))));
    const cols = COLS();
    // data-label: on a phone each row is a card, each cell with its column's name (app.css)
    const td = (i, ...content) => h('td', { 'data-label': cols[i] }, ...content);
    rows.append(...items.map((c) => h('tr', { dataset: { testid: 'complaint-row', id: String(c.id) } },
      td(0, h('a', { href: '#/case/' + c.id, class: 'code' }, c.code)),
      td(1, h('a', { href: '#/case/' + c.id }, c.title)),
      td(2, c.org_name || ''),
      td(3, c.about ? choiceName(type, 'about', c.about) : ''),
      td(4, statusBadge(c.status, type), ' ', warnBadge(c)),
      td(5, c.closed_at ? '' : fmtTime(c.due_at)),
      td(6, fmtTime(c.created_at)))));
    cursor = r.next_cursor || '';
    more.hidden = !cursor;
  }
  more.addEventListener('click', page);
  await page();
}
