// types/suggestion.js — the front end of case type `suggestion` (我爱我家 board posts): how its
// own fields show on the case page and in lists, its create form (#/new) and its action dialogs
// (accept and assign, decline, done, reopen). See docs/architecture.md "Web app".

import { h, clear } from '../dom.js';
import { t, actionLabel, priorityLabel, roleLabel, categoryLabel } from '../i18n.js';
import { api, query } from '../api.js';
import { openDialog, confirmDialog, field } from '../ui.js';
import { sendCaseAction, openGenericAction } from './generic.js';

export { render as renderNew } from '../page-new.js';

export const type = 'suggestion';
export const newHash = '#/new';
export const backLabel = 'case.back';
export const backHash = '#/board';
export const resultLabel = 'event.result';

const PRIORITY_CHOICES = ['low', 'normal', 'high', 'urgent'];

/** The type's own fields, in the shape of GET /api/v1/types (see types/event.js). */
export const fields = [
  { name: 'priority', label_zh: '优先级', label_en: 'Priority', kind: 'choice', list: true, public: true,
    choices: PRIORITY_CHOICES.map((code) => ({ code })) },
  { name: 'category', label_zh: '类别', label_en: 'Category', kind: 'text', list: false, public: true },
  { name: 'address', label_zh: '地址', label_en: 'Address', kind: 'text', list: false, public: true },
  { name: 'due_at', label_zh: '期限', label_en: 'Due', kind: 'time', list: false, public: true },
  { name: 'result', label_zh: '办理结果', label_en: 'Result', kind: 'text', list: true, public: true },
  { name: 'reopened', label_zh: '重新打开', label_en: 'Reopened', kind: 'int', list: false, public: true },
];

const TEXT_MAX = 2000;

function textArea(name, { required, placeholder } = {}) {
  return h('textarea', { name, rows: 4, maxlength: TEXT_MAX, required, placeholder });
}

export function isDanger(action) {
  return action === 'decline';
}

/** Badges beside the status in the case head. */
export function headBadges(c) {
  return [c.priority && c.priority !== 'normal' ? h('span', { class: 'prio prio-' + c.priority }, priorityLabel(c.priority)) : null];
}

/** The case page's rows for this type ([label, value, testid]). */
export function detailRows(c, ui) {
  return [
    c.category ? [t('case.field.category'), categoryLabel(c.category)] : null,
    [t('case.field.priority'), h('span', { class: 'prio prio-' + String(c.priority).replace(/[^a-z]/g, '') }, c.priority ? priorityLabel(c.priority) : t('common.none'))],
    c.address ? [t('case.field.address'), c.address] : null,
    c.due_at ? [t('case.field.due_at'), ui.fmtTime(c.due_at)] : null,
    c.reopened ? [t('case.field.reopened'), t('case.reopened_times', c.reopened)] : null,
  ].filter(Boolean);
}

/** Panels of the main column: the result (or the rejected one of a reopened post), the reason. */
export function panels(c) {
  const result = c.result
    ? h('section', { class: 'panel result-panel' + (c.status === 'done' ? '' : ' result-previous'), dataset: { testid: 'case-result' } },
      h('h2', null, t(c.status === 'done' ? 'case.field.result' : 'case.field.previous_result')),
      h('p', { class: 'case-result-text' }, c.result))
    : null;
  const declineReason = c.decline_reason
    ? h('section', { class: 'panel decline-panel', dataset: { testid: 'case-decline-reason' } },
      h('h2', null, t('case.field.decline_reason')),
      h('p', { class: 'case-decline-text' }, c.decline_reason))
    : null;
  return { before: [result, declineReason], after: [] };
}

/* ---------- action dialogs ---------- */

function openAccept(c, handlers) {
  const sel = h('select', { name: 'assignee_id', required: true, disabled: true, dataset: { testid: 'assignee-select' } },
    h('option', { value: '' }, t('action.users_loading')));
  const note = textArea('note');
  const dlg = openDialog({
    title: t('action.accept.title'),
    testid: 'action-accept',
    submitLabel: actionLabel('accept', type),
    body: [field(t('action.field.assignee'), sel, { required: true }), field(t('action.field.note'), note)],
    onSubmit: async (d) => {
      if (!sel.value) { d.showError(t('action.need_assignee')); sel.focus(); return false; }
      const extra = { fields: { assignee_id: Number(sel.value) } };
      if (note.value.trim()) extra.note = note.value.trim();
      return sendCaseAction(d, c, 'accept', extra, handlers);
    },
  });
  // GET /users pages with a cursor: follow it, so a large unit's people are all offered
  (async () => {
    const all = [];
    let cursor = null;
    do {
      const res = await api('GET', '/users' + query({ org_id: c.org_id, limit: 200, ...(cursor ? { cursor } : {}) }));
      all.push(...((res && res.items) || []));
      cursor = res && res.next_cursor;
    } while (cursor);
    return { items: all };
  })().then((res) => {
    const users = ((res && res.items) || []).filter((u) => !u.disabled);
    clear(sel);
    if (!users.length) {
      sel.append(h('option', { value: '' }, t('action.users_empty')));
      return;
    }
    sel.append(h('option', { value: '' }, t('action.field.assignee_pick')));
    for (const u of users) {
      const g = (u.grants || [])[0];
      const label = `${u.name || u.login} (${u.login})` + (g ? ` · ${roleLabel(g.role)} · ${g.org_name || ''}` : '');
      sel.append(h('option', { value: String(u.id), dataset: { login: u.login } }, label));
    }
    sel.disabled = false;
    sel.focus();
  }).catch((e) => {
    clear(sel).append(h('option', { value: '' }, t('common.none')));
    dlg.showError(e);
  });
  return dlg;
}

function openReasonAction(c, action, handlers) {
  const reason = textArea('note', { required: true });
  return openDialog({
    title: t(`action.${action}.title`),
    testid: 'action-' + action,
    submitLabel: actionLabel(action, type),
    danger: action === 'decline',
    body: [field(t('action.field.reason'), reason, { required: true })],
    onSubmit: async (d) => {
      const note = reason.value.trim();
      if (!note) { d.showError(t('action.need_reason')); reason.focus(); return false; }
      if (action === 'decline' && !(await confirmDialog(t('action.decline.confirm'), t('action.decline.confirm_btn')))) {
        return false;
      }
      return sendCaseAction(d, c, action, { note }, handlers);
    },
  });
}

function openDone(c, handlers) {
  const result = textArea('result', { required: true });
  return openDialog({
    title: t('action.done.title'),
    testid: 'action-done',
    submitLabel: actionLabel('done', type),
    body: [field(t('action.field.result'), result, { required: true })],
    onSubmit: async (d) => {
      const r = result.value.trim();
      if (!r) { d.showError(t('action.need_result')); result.focus(); return false; }
      return sendCaseAction(d, c, 'done', { fields: { result: r } }, handlers);
    },
  });
}

/** Open the dialog of an action (handlers: onDone(res, action), onConflict(e)). */
export function openAction(c, action, handlers) {
  if (action === 'accept') return openAccept(c, handlers);
  if (action === 'done') return openDone(c, handlers);
  if (action === 'decline' || action === 'reopen') return openReasonAction(c, action, handlers);
  return openGenericAction(c, action, type, handlers);
}
