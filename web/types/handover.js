// types/handover.js — the shift handover (交接班): the case page shows the compiled sheet and a
// link to its A4 print view (#/handover/<id>/print, page-desk.js). The sheet's sections come
// from the server generically (open cases by type), so types added later show up here too.

import { h } from '../dom.js';
import { t, typeLabel, getLang } from '../i18n.js';
import { fmtTime, fmtHours } from '../ui.js';

export const type = 'handover';
export const backLabel = 'desk.title';
export const backHash = '#/desk';

const lang = () => getLang();
const statusName = (i) => (lang() === 'en' ? i.status_en : i.status_zh) || i.status;

/** The sheet ({open_by_type, custody, approvals, truncated, compiled_at}) as sections. */
export function sheetView(sheet, notes) {
  if (!sheet || typeof sheet !== 'object') return h('p', { class: 'muted' }, t('sheet.none'));
  const groups = Array.isArray(sheet.open_by_type) ? sheet.open_by_type : [];
  const loans = (sheet.custody && Array.isArray(sheet.custody.on_loan)) ? sheet.custody.on_loan : [];
  const approvals = Array.isArray(sheet.approvals) ? sheet.approvals : [];
  return h('div', { class: 'sheet', dataset: { testid: 'handover-sheet' } },
    h('p', { class: 'muted' }, `${t('sheet.compiled_at')}：${fmtTime(sheet.compiled_at)}`),
    sheet.truncated ? h('p', { class: 'alert alert-warning' }, t('sheet.cut', 300)) : null,
    h('h3', null, t('sheet.open')),
    groups.length ? groups.map((g) => h('div', { class: 'sheet-group', dataset: { type: g.type } },
      h('h4', null, `${typeLabel(g.type) || (lang() === 'en' ? g.name_en : g.name_zh)}（${g.count}）`),
      h('table', { class: 'table sheet-table' },
        h('thead', null, h('tr', null, ['sheet.col.code', 'sheet.col.title', 'sheet.col.status', 'sheet.col.age', 'sheet.col.due']
          .map((k) => h('th', null, t(k))))),
        h('tbody', null, (g.items || []).map((i) => h('tr', { class: i.overdue ? 'late' : null },
          h('td', { class: 'code' }, i.code),
          h('td', null, i.title),
          h('td', null, statusName(i)),
          h('td', null, fmtHours(i.age_hours)),
          h('td', null, i.due_at ? fmtTime(i.due_at) + (i.overdue ? ` · ${t('sheet.overdue')}` : '') : t('common.none'))))))))
      : h('p', { class: 'muted' }, t('sheet.none')),
    h('h3', null, t('sheet.custody')),
    h('p', null, t('sheet.custody.in_store', sheet.custody ? sheet.custody.in_store : 0, sheet.custody ? sheet.custody.overdue : 0)),
    h('h4', null, t('sheet.custody.on_loan')),
    loans.length ? h('ul', { class: 'sheet-list' }, loans.map((l) => h('li', { class: l.overdue ? 'late' : null },
      h('span', { class: 'code' }, l.code), ' ', l.title, ' · ', l.borrower || '', ' · ',
      t('desk.due.back_by', fmtTime(l.loan_due_at)), l.overdue ? ` · ${t('sheet.overdue')}` : '')))
      : h('p', { class: 'muted' }, t('sheet.none')),
    h('h3', null, t('sheet.approvals')),
    approvals.length ? h('ul', { class: 'sheet-list' }, approvals.map((a) => h('li', null,
      h('span', { class: 'code' }, a.code), ' ', typeLabel(a.type), ' · ', a.title, ' · ', a.action_zh && lang() === 'zh' ? a.action_zh : a.action)))
      : h('p', { class: 'muted' }, t('sheet.none')),
    h('h3', null, t('sheet.notes')),
    h('p', { class: 'sheet-notes' }, notes || t('sheet.none')));
}

export function panels(c) {
  return {
    before: [h('section', { class: 'panel' },
      h('div', { class: 'panel-head' }, h('h2', null, t('sheet.title')),
        h('a', { class: 'btn', href: `#/handover/${c.id}/print`, dataset: { testid: 'handover-print' } }, t('sheet.print'))),
      sheetView(c.sheet, c.notes))],
    after: [],
  };
}
